"""kg.docview: the rules read the same parse from a view as from spaCy's own objects."""

import pytest

from kg.docview import view

TEXTS = [
    "Japan, South Korea and India signed a pact in Tokyo in July 2024, officials said.",
    "\"We will respond,\" the ministry said, according to Reuters.\n\nChina criticized the United States.",
    "Indian and Chinese troops clashed; neither side, which denied it, reported casualties.",
    "",
]
TOKEN_ATTRS = ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "idx", "whitespace_",
               "is_punct", "is_title", "like_num", "is_sent_start")
TREE_ATTRS = ("children", "lefts", "rights", "conjuncts", "subtree", "ancestors")


@pytest.mark.parametrize("text", TEXTS)
def test_docview_token_attributes_equal_spacy(nlp, text):
    doc = nlp(text)
    v = view(doc)
    assert len(v) == len(doc) and v.text == doc.text
    for tok, tv in zip(doc, v):
        assert [getattr(tv, a) for a in TOKEN_ATTRS] == [getattr(tok, a) for a in TOKEN_ATTRS]
        assert len(tv) == len(tok)
        assert tv.head.i == tok.head.i
        for attr in TREE_ATTRS:
            assert [t.i for t in getattr(tv, attr)] == [t.i for t in getattr(tok, attr)], attr
        assert (tv.left_edge.i, tv.right_edge.i) == (tok.left_edge.i, tok.right_edge.i)
        assert (tv.sent.start, tv.sent.end) == (tok.sent.start, tok.sent.end)


@pytest.mark.parametrize("text", TEXTS)
def test_docview_spans_equal_spacy(nlp, text):
    doc = nlp(text)
    v = view(doc)
    def shape(span):
        return (span.start, span.end, span.text, span.start_char, span.end_char, [t.i for t in span],
                span.root.i if len(span) else None)
    assert [shape(s) for s in v.sents] == [shape(s) for s in doc.sents]
    assert [(shape(e), e.label_) for e in v.ents] == [(shape(e), e.label_) for e in doc.ents]
    assert [[e.start for e in s.ents] for s in v.sents] == [[e.start for e in s.ents] for s in doc.sents]
    n = len(doc)
    for a, b in [(0, n), (1, 4), (-3, None), (2, 1), (None, -1), (n + 5, n + 9)]:
        assert shape(v[a:b]) == shape(doc[a:b])


@pytest.mark.parametrize("text", TEXTS)
def test_docview_root_of_every_short_span_is_spacys(nlp, text):
    doc = nlp(text + " Kyiv , \n\n and the talks ( in Doha ) .")  # spaces and punctuation without children too
    v = view(doc)
    n = len(doc)
    for a in range(n):
        for b in range(a + 1, min(n, a + 8) + 1):
            assert v[a:b].root.i == doc[a:b].root.i, (a, b)


def test_docview_is_shared_and_falls_back_to_spacy(nlp):
    doc = nlp("Finland joined NATO in April 2023.")
    v = view(doc)
    assert view(doc) is v and view(v) is v  # the stages of one article build it once
    assert v[0].is_stop == doc[0].is_stop and v[0].morph == doc[0].morph  # not held: read from spaCy
    assert v[2].nbor(-1) is v[1]
    with pytest.raises(IndexError):
        v[0].nbor(-1)


def test_docview_extract_doc_frees_only_the_view_it_made(nlp):
    from kg.docview import cached
    from kg.ingest import article_from_text
    from kg.pipeline import extract_doc

    art = article_from_text("Finland joined NATO in April 2023.", title="t", source="s")
    doc = nlp(art.text)
    first = extract_doc(doc, art, nlp)
    assert not cached(doc)  # made and released by extract_doc: no cycle left for the garbage collector
    v = view(doc)
    assert extract_doc(doc, art, nlp) == first
    assert cached(doc) and view(doc) is v and v[0].head.i == doc[0].head.i  # the caller's view is kept


def test_docview_tree_attributes_behave_like_spacy_generators(nlp):
    doc = nlp("Finland joined NATO.")
    v = view(doc)
    leaf = next(t for t in v if t.text == "Finland")
    # a spaCy generator is true even when it yields nothing, and is used up by one pass
    assert leaf.children and list(leaf.children) == [] and bool(doc[leaf.i].children)
    kids = v[1].children
    first = next(kids)
    assert [first.i] + [t.i for t in kids] == [t.i for t in doc[1].children]
    assert list(kids) == []


def test_docview_reads_entities_and_sentences_from_the_arrays_as_spacy_does(nlp):
    """The view reads Doc.ents and Doc.sents from the ENT_IOB/ENT_TYPE and SENT_START columns; set by hand,
    with B/I/O runs, adjacent entities and an entity at the end, they are still spaCy's; a sentence hook
    and a Doc without boundaries (spaCy's error) go through spaCy."""
    from spacy.tokens import Doc, Span

    from kg.docview import DocView

    words = ["Japan", "and", "South", "Korea", "met", "in", "New", "York", "City", "Paris"]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True, False, False, False, False, True, False, False, False, True],
              ents=["B-GPE", "O", "B-GPE", "I-GPE", "O", "O", "B-GPE", "I-GPE", "B-LOC", "B-GPE"])
    v = DocView(doc)
    assert [(e.start, e.end, e.label_) for e in v.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert [(s.start, s.end) for s in v.sents] == [(s.start, s.end) for s in doc.sents] == [(0, 5), (5, 9), (9, 10)]
    doc.ents = [Span(doc, 2, 4, label="ORG")]
    assert [(e.start, e.end, e.label_) for e in DocView(doc).ents] == [(2, 4, "ORG")]
    hooked = nlp("Finland joined NATO. Sweden did too.")
    hooked.user_hooks["sents"] = lambda d: iter([d[0:len(d)]])
    assert [(s.start, s.end) for s in DocView(hooked).sents] == [(0, len(hooked))]
    bare = Doc(nlp.vocab, words=["no", "parse", "here"])
    with pytest.raises(ValueError):
        list(bare.sents)
    with pytest.raises(ValueError):
        DocView(bare)


def test_docview_to_array_gives_spacys_columns(nlp):
    import numpy

    doc = nlp("Finland joined NATO in April 2023, officials said.")
    v = view(doc)
    for attr in ("POS", "LOWER", "TAG", "lemma", ["POS", "LOWER"]):
        ours, theirs = v.to_array(attr), doc.to_array(attr)
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape and numpy.array_equal(ours, theirs), attr
    v.to_array("POS")[0] = 0  # a copy: the view's own column is untouched
    assert v.to_array("POS").tolist() == doc.to_array("POS").tolist()
