"""kg.relations._reads_any: rules looking for a word skip their walk where the document's view knows no
token reads it; the answers stay those of the walk (checked on spaCy's own Doc, which has no such list)."""

import pytest

from kg.docview import release, view
from kg.relations import _prep_objects, _reads_any

TEXTS = [
    "Japan signed a pact with the Philippines and pulled out of the talks between India and China.",
    "Russia, along with Belarus, held drills. According to officials, Iran will work with the US to counter threats.",
    "Finland joined NATO.",
]
PREPS = ("with", "between", "among", "to", "of", "out of", "according", "against", "by")


def test_reads_any_knows_the_words_of_a_view_and_nothing_of_a_spacy_doc(nlp):
    doc = nlp("Finland joined NATO.")
    v = view(doc)
    try:
        assert v.lower_words == {"finland", "joined", "nato", "."}
        assert _reads_any(v[0], ("nato", "xyz")) and _reads_any(v[0:2], ("joined",))
        assert not _reads_any(v[0], ("along", "together")) and not _reads_any(v[0:2], ())
        assert _reads_any(doc[0], ("along",))  # a spaCy token: the rule walks as before
    finally:
        release(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_prep_objects_on_a_view_equal_the_walk_on_spacy(nlp, text):
    doc = nlp(text)
    v = view(doc)
    try:
        for tok, tv in zip(doc, v):
            for prep in PREPS:
                for through in (False, True):
                    assert [t.i for t in _prep_objects(tv, prep, through)] == \
                        [t.i for t in _prep_objects(tok, prep, through)], (tok.text, prep, through)
    finally:
        release(doc)
