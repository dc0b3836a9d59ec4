"""Properties of kg.ingest over arbitrary text: total, stable, idempotent."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import article_from_text, article_id, normalise_text

# Arbitrary text plus the characters that break naive readers: controls, RTL marks, zero-width,
# combining marks, line separators and boilerplate lines.
TRICKY = ["\r\n", "\r", "\u2028", "\x85", "\x0c", "\u200b", "\u200f", "\u202e", "\u2066", "\ufeff",
          "\u0301", "\x07", "\x1b", "\x7f", "\ud800", "\ufffe", "\n\n\n", "DONATE\n", "\nRelated Posts\n",
          "\nLeave a Reply\n", "# ", "**", "[a](b)", "---\n", "```\n", "Title: x\n", "date 2024-01-02 ",
          "<p>", "&amp;", " "]
texts = st.lists(st.one_of(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40),
                           st.sampled_from(TRICKY)), max_size=20).map("".join)
fmts = st.sampled_from(["txt", "md"])
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts, fmts)
def test_ingest_props_article_from_text_is_total(text, fmt):
    a = article_from_text(text, fmt=fmt)
    assert a.id == article_id(a.text) and len(a.id) == 16
    assert a.text == normalise_text(a.text)
    assert unicodedata.is_normalized("NFC", a.text)
    assert "\r" not in a.text and "\x00" not in a.text
    a.text.encode("utf-8")  # no lone surrogates: storable in RDF/JSON
    assert "\n" not in a.title and len(a.title) <= 500


@settings(max_examples=50, deadline=None)
@given(texts)
def test_ingest_props_html_raises_only_input_error(text):
    try:
        a = article_from_text("<html><body><p>" + text, fmt="html")
    except InputError:
        return
    assert a.text == normalise_text(a.text)


@SETTINGS
@given(texts)
def test_ingest_props_normalise_text_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@SETTINGS
@given(texts, fmts)
def test_ingest_props_id_is_stable_across_trivial_copies(text, fmt):
    a = article_from_text(text, fmt=fmt)
    assert article_from_text(text, fmt=fmt) == a
    assert article_id(a.text.replace("\n", "\r\n")) == a.id
    assert article_id("  " + a.text.replace(" ", " \u200b ") + "\n") == a.id
