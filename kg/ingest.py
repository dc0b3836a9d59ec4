"""Articles in, robustly: files, directories, JSONL and stdin become ``Article`` records.

Nothing lost, nothing let in: every input either becomes an ``Article`` or is reported as a
``Skipped`` record whose one-line reason names the file and says what to do. Bad input never
raises a traceback; the only exception is ``InputError``.

Text rule (one rule, used everywhere):

* ``Article.text`` is the text as the user gave it, except: newlines normalised to ``\\n``,
  control characters removed (they cannot be stored in XML/RDF), Unicode NFC, whole boilerplate
  lines of scraped pages removed (``BOILERPLATE_LINES``), a trailing block of page navigation cut
  (``TAIL_MARKERS``), runs of blank lines collapsed to one and the ends stripped. Sentences are
  never rewritten, so offsets into ``Article.text`` are offsets into what the user wrote, minus
  whole lines.
* ``Article.id`` is computed over a further-normalised form (zero-width and bidi controls removed,
  whitespace collapsed), so trivially different copies of one text are one article.
* Very long lines (e.g. 100k characters without a space) are kept intact: ingest never truncates;
  the NLP stage clips text that is too long for spaCy.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import email.utils
import errno
import hashlib
import json
import logging
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .errors import InputError
from .model import Article

__all__ = [
    "MAX_BYTES",
    "EXTENSIONS",
    "BOILERPLATE_LINES",
    "TAIL_MARKERS",
    "Skipped",
    "iter_articles",
    "read_article",
    "article_from_text",
    "normalise_text",
    "article_id",
    "content_hash",
    "parse_date",
]

log = logging.getLogger(__name__)

#: Files larger than this are skipped: no news article is 20 MB of text, and reading it would
#: only exhaust memory in spaCy.
MAX_BYTES = 20 * 1024 * 1024

#: File extensions read from directories, and the reader used for each.
EXTENSIONS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}

# Boilerplate of scraped news pages, as data: a line is removed when its stripped text matches one
# of these patterns in full (``fullmatch``). Only whole lines go; a sentence is never rewritten.
# Patterns are bounded in length so an article paragraph that happens to start the same way stays.
# Seen in real scraped pages (../shared/seeds); the lead may move them to ontology/.
_I = re.IGNORECASE
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+(?:de |van |al-)?[A-Z][\w.'\u2019-]*)*"
# one credit: "Additional reporting by Jane Doe and John Roe in Cairo"
_CREDIT = (r"(?:[Aa]dditional |[Ee]xtra )?(?:[Rr]eporting|[Ww]riting|[Ww]ritten|[Ee]diting|[Ee]dited|[Cc]ompiled|"
           r"[Pp]roduced|[Gg]raphics|[Rr]esearch)(?: and \w+)? by\s+" + _NAME + r"(?:(?:,\s*|\s+and\s+)" + _NAME + r")*"
           r"(?:\s+in\s+" + _NAME + r"(?:(?:,\s*|\s+and\s+)" + _NAME + r")*)?")
BOILERPLATE_LINES: tuple[re.Pattern[str], ...] = (
    # calls to action and navigation
    re.compile(r"(?:donate|subscribe|sign in|log ?in|register|menu|search|skip to (?:main )?content)(?: now)?!?", _I),
    re.compile(r"sign up\b.{0,100}", _I),  # "Sign Up for Lisa's Top Ten"
    re.compile(r"subscribe (?:to|for|now)\b.{0,100}", _I),
    re.compile(r"follow us\b.{0,80}", _I),
    re.compile(r"home of\b.{0,150}", _I),  # site taglines: "Home of Lisa's Top Ten, the daily email ..."
    re.compile(r"the first task of the day", _I),  # newsletter tagline seen in the seeds
    re.compile(r"[\w ]{1,40}\(required\)", _I),  # leftover form fields: "Untitled(Required)"
    # share widgets and counters ("Total / 0 / Shares")
    re.compile(r"(?:total|shares?|total shares|tweet|email|print)", _I),
    re.compile(r"share (?:this|on)\b.{0,60}", _I),  # "Share this articleClose Button", "Share on X"
    re.compile(r"close this search box\.?", _I),
    re.compile(r"\d{1,3}(?:[.,]\d)?[km]?(?: shares?)?", _I),  # "0", "12", "1.2K Shares" (not years)
    # related content and comments
    re.compile(r"related (?:story|stories|posts?|articles?|reading|content|news)\b.{0,200}", _I),
    re.compile(r"read (?:more|next|also)\b.{0,200}", _I),
    re.compile(r"(?:more|recommended|trending) (?:stories|from|on)\b.{0,80}", _I),
    re.compile(r"leave a (?:reply|comment)\b.{0,60}", _I),
    re.compile(r"your email address will not be published\b.{0,200}", _I),
    re.compile(r"(?:\d+ )?comments?", _I),
    re.compile(r"(?:previous|prev|next) (?:post|article|story)\b.{0,150}", _I),
    re.compile(r"advertisement|sponsored(?: content)?", _I),
    # photo credits and bylines
    re.compile(r"\(?(?:photo(?:graph)?|image|picture|video)s?(?: by|:| credit:?| courtesy(?: of)?)\s.{0,200}", _I),
    re.compile(r"by:\s.{1,120}", _I),  # "By: Micaela Burrow, Daily Caller News Foundation"
    # labelled credits: "Contributing: Jane Doe, USA TODAY", "Edited by: John Roe"
    re.compile(r"(?:contributors?|contributing|(?:edited|written|reported) by|reporting|editing|writing|authors?)"
               r"\s*:\s.{1,120}", _I),
    # "Associated Press writer Jane Doe in Brussels contributed to this report.", "CNN's Jane Doe contributed reporting."
    re.compile(r".{1,200}? contributed (?:additional )?(?:reporting|to this (?:report|story|article))"
               r"(?:\s+(?:from|in)\s[^.]{1,80})?\.?", _I),
    # author bios: "Jane Doe is a correspondent based in Tallinn.", "... is a senior reporter at Example News."
    # (a bio ends at its employer or beat: "... a reporter for the Journal who was detained in Russia" is news)
    re.compile(_NAME + r" is (?:a|an|the)\s(?:[\w'\u2019-]+\s){0,5}?(?:correspondent|reporter|journalist|editor|writer|"
               r"columnist|contributor|producer|photographer)\s(?:based in|at|for|with|covering|who (?:covers|writes))\s"
               r"(?:(?!\b(?:who|which|that|was|were|is|has|had|been)\b)[^.;]){1,150}\.?"),
    re.compile(r"follow\s.{1,80}\son\s(?:x|twitter|facebook|instagram|linkedin|threads|bluesky|mastodon|telegram|"
               r"youtube|tiktok)(?:\s(?:at\s)?@\S+)?\.?", _I),  # "Follow Jane Doe on X @janedoe"
    # wire credits: "(Reporting by Jane Doe in Cairo; Editing by John Roe)"
    re.compile(r"[(\[]?{c}(?:\s*[;,]\s*{c})*[)\]]?\.?".replace("{c}", _CREDIT)),
    re.compile(r"our standards:.{0,100}", _I),  # "Our Standards: The Thomson Reuters Trust Principles."
    re.compile(r"By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:(?:,|\s+and)\s[^.]{0,80})?"),  # "By Jane Doe, Reuters"
    # legal footer
    re.compile(r"(?:©|\(c\)|copyright)\s.{0,150}", _I),
    re.compile(r"all rights reserved\.?", _I),
)

# A trailing block of navigation (comment forms, previous/next links) starts at one of these
# lines. Everything from the marker to the end is cut, but only when no line after it is longer
# than TAIL_PROSE_CHARS (i.e. it holds headlines and links, not article prose). Every marker is
# also a boilerplate line, which keeps normalise_text idempotent.
TAIL_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"leave a (?:reply|comment)\b.{0,60}", _I),
    re.compile(r"(?:previous|prev|next) (?:post|article|story)", _I),
    re.compile(r"related (?:posts|stories|articles)", _I),
)
TAIL_PROSE_CHARS = 200

#: A plain-text title is the first non-empty line when it is shorter than this.
TITLE_MAX_CHARS = 200

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Invisible characters that make two copies of a text differ: zero-width, word joiner, BOM,
# soft hyphen and bidi controls. Removed only for hashing.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
# Characters that do not occur in text: C0/C1 controls (not tab/newline), surrogates, private use,
# noncharacters and the replacement character. Used to tell text from binary.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd\ufffe\uffff]")

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"{\\rtf", "RTF document"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"),
)


@dataclass(frozen=True)
class Skipped:
    """A file (or JSONL line) that was not read, and why: one line that names the file."""

    source: str
    reason: str
    duplicate: bool = False  # the same text was already read: nothing is lost, so not an error

    def __str__(self) -> str:
        return self.reason


# ---------------------------------------------------------------------------------------------
# Text normalisation and ids


def _clean_chars(text: str) -> str:
    """Newlines to ``\\n``, controls out, lone surrogates to U+FFFD, then NFC."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


#: Lines longer than this are never boilerplate (every pattern above is shorter), which also
#: bounds the regex work on very long lines.
BOILERPLATE_MAX_CHARS = 300


def _is_boilerplate(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= BOILERPLATE_MAX_CHARS and any(p.fullmatch(s) for p in BOILERPLATE_LINES)


def _cut_tail(lines: list[str]) -> list[str]:
    """Drop a trailing navigation block: from the first marker after which no line is prose."""
    longest_after = 0
    cut = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        s = lines[i].strip()
        if longest_after <= TAIL_PROSE_CHARS and len(s) <= BOILERPLATE_MAX_CHARS and any(
                p.fullmatch(s) for p in TAIL_MARKERS):
            cut = i
        longest_after = max(longest_after, len(s))
    return lines[:cut]


def normalise_text(text: str) -> str:
    """The text kept for an article (see the module docstring); idempotent."""
    lines = _cut_tail(_clean_chars(text).split("\n"))
    out: list[str] = []
    for line in lines:
        if _is_boilerplate(line):
            continue
        if not line.strip() and out and not out[-1].strip():
            continue  # collapse runs of blank lines
        out.append(line)
    return "\n".join(out).strip()


def _hash_form(text: str) -> str:
    """What the id is computed over: NFC, invisible characters out, whitespace collapsed."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", _SURROGATES.sub("\ufffd", text)))
    return unicodedata.normalize("NFC", " ".join(text.split()))


def content_hash(normalised_text: str) -> str:
    """Full sha256 (hex) of the hash form of ``normalised_text``."""
    return hashlib.sha256(_hash_form(normalised_text).encode("utf-8")).hexdigest()


def article_id(normalised_text: str) -> str:
    """First 16 hex characters of ``content_hash``: same text (up to invisible characters and
    whitespace) -> same id, whatever the file name."""
    return content_hash(normalised_text)[:16]


# ---------------------------------------------------------------------------------------------
# Metadata: dates and urls

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?"), "ymd"),
    (re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})"), "ymd"),
    (re.compile(r"(\d{4})(\d{2})(\d{2})"), "ymd"),
    (re.compile(_WEEKDAY + rf"({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?:\b.*)?", _I), "mdy"),
    (re.compile(_WEEKDAY + rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})(?:\b.*)?", _I), "dmy"),
    (re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})"), "numeric"),
)


def _make_date(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat() if 1000 <= y <= 2999 else None
    except ValueError:
        return None


def parse_date(value: str | None) -> str | None:
    """ISO or common written dates -> ``YYYY-MM-DD``; None when absent, partial or ambiguous.

    ``03/04/2024`` is ambiguous (March or April) and gives None; ``13/04/2024`` does not.
    """
    if not value:
        return None
    s = " ".join(str(value).split())[:100]
    for pattern, order in _DATE_PATTERNS:
        m = pattern.fullmatch(s)
        if not m:
            continue
        if order == "ymd":
            return _make_date(int(m[1]), int(m[2]), int(m[3]))
        if order == "mdy":
            return _make_date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
        if order == "dmy":
            return _make_date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            return _make_date(int(m[3]), b, a)
        if b > 12 >= a:
            return _make_date(int(m[3]), a, b)
        return _make_date(int(m[3]), a, b) if a == b else None
    try:  # RFC 2822, as in e-mail and RSS: "Thu, 02 May 2024 10:00:00 +0000"
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return _make_date(parsed.year, parsed.month, parsed.day)


_URL_RE = re.compile(r"https?://[^\s<>\"'{}|\\^`\x00-\x20\x7f]{1,2000}", _I)


def _clean_url(value: object) -> str | None:
    """A URL safe to use as an IRI (http/https, no spaces or quotes), else None."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    return s if _URL_RE.fullmatch(s) else None


def _clean_title(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(_clean_chars(value).split())[:500]


# ---------------------------------------------------------------------------------------------
# Formats: plain text, markdown, HTML

_HEADER_RE = re.compile(r"(title|date|url|source)\s*:\s*(.*)", _I)
# Some scrapers prefix the first line with its date: "date 2023-08-26 The military junta ..."
_DATE_PREFIX_RE = re.compile(r"date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|$)", _I)


def _read_header(text: str) -> tuple[dict[str, str], str]:
    """Metadata header lines at the very top (``Title:``, ``Date:``, ``URL:``/``Source:``)."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _HEADER_RE.fullmatch(lines[i].strip())
        if not m:
            break
        key = m[1].lower()
        meta.setdefault("url" if key == "source" else key, m[2].strip())
        i += 1
    rest = "\n".join(lines[i:])
    m = _DATE_PREFIX_RE.match(rest)
    if m and "date" not in meta and parse_date(m[1]):
        meta["date"] = m[1]
        rest = rest[m.end():]
    return meta, rest


def _first_line_title(text: str) -> str:
    """The first non-empty line, when it looks like a headline (short, no final period)."""
    for line in text.split("\n"):
        s = line.strip()
        if s:
            return s if len(s) < TITLE_MAX_CHARS and not s.endswith(".") else ""
    return ""


_FRONT_MATTER_RE = re.compile(r"---[ \t]*\n(.{0,20000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
_FRONT_KEY_RE = re.compile(r"([A-Za-z_]+)\s*:\s*(.*)")
_FENCE_RE = re.compile(r"\s{0,3}(```|~~~)")
_ATX_RE = re.compile(r"\s{0,3}(#{1,6})(?:\s|$)")
_HR_RE = re.compile(r"\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|=+)")
_REF_DEF_RE = re.compile(r"\s{0,3}\[[^\]\n]{1,500}\]:\s*\S+.*")
_MD_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s{0,3}(?:>\s?)+"), ""),  # blockquote markers
    (re.compile(r"^(\s*)[-*+]\s+"), r"\1"),  # bullets
    (re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)"), ""),  # images
    (re.compile(r"!\[[^\]\n]{0,500}\]\[[^\]\n]{0,500}\]"), ""),
    (re.compile(r"\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,500}\]"), r"\1"),  # [text][ref] -> text
    (re.compile(r"<(https?://[^>\s]{1,2000})>"), r"\1"),  # autolinks
    (re.compile(r"`([^`\n]{1,2000})`"), r"\1"),  # inline code
    (re.compile(r"(\*\*|__)(?=\S)([^*\n]{1,500}?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,500}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)([^~\n]{1,500}?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # backslash escapes
)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """A leading ``---`` YAML block: read ``title:``, ``date:``, ``url:`` and remove it."""
    m = _FRONT_MATTER_RE.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m[1].split("\n"):
        km = _FRONT_KEY_RE.fullmatch(line.strip())
        if km and km[1].lower() in ("title", "date", "url", "link", "canonical_url"):
            key = "url" if km[1].lower() in ("link", "canonical_url") else km[1].lower()
            meta.setdefault(key, km[2].strip().strip("'\""))
    return meta, text[m.end():]


def _heading_text(rest: str) -> str:
    """Text of an ATX heading without its optional closing ``#``s (linear: no regex)."""
    rest = rest.strip()
    bare = rest.rstrip("#")
    if bare != rest and (not bare or bare[-1].isspace()):
        rest = bare.rstrip()
    return rest


def _strip_markdown(text: str) -> tuple[str, str]:
    """Light markdown stripping; returns (text, first ``# `` heading). Code is kept as text."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out: list[str] = []
    title = ""
    fence: str | None = None
    for line in text.split("\n"):
        fm = _FENCE_RE.match(line)
        if fm:
            if fence is None:
                fence = fm[1]
                continue
            if fm[1] == fence:
                fence = None
                continue
        if fence is not None:
            out.append(line)
            continue
        if _REF_DEF_RE.fullmatch(line):
            continue
        if _HR_RE.fullmatch(line):
            out.append("")
            continue
        hm = _ATX_RE.match(line)
        if hm:
            line = _heading_text(line[hm.end():])
        for pattern, repl in _MD_INLINE:
            line = pattern.sub(repl, line)
        if hm and not title and len(hm[1]) == 1:
            title = line.strip()  # the first "# " heading, its markup stripped
        out.append(line)
    return "\n".join(out), _clean_title(title)


_TITLE_TAG_RE = re.compile(r"<title[^>]{0,200}>([^<]{1,1000})</title>", _I)
_PUBLISHED_RE = re.compile(r"<meta[^>]{0,200}?property=[\"']article:published_time[\"'][^>]{0,200}?"
                           r"content=[\"']([^\"']{1,100})[\"']", _I)
_CANONICAL_RE = re.compile(r"<link[^>]{0,200}?rel=[\"']canonical[\"'][^>]{0,200}?href=[\"']([^\"']{1,2000})[\"']", _I)


def _html_to_text(html: str) -> tuple[str, str, str | None, str | None]:
    """Main text, title, date and url of an HTML page, read with trafilatura.

    The main text must be extracted (else InputError); metadata is optional: when trafilatura's
    metadata reader fails on a broken page, title, date and url come from plain tag patterns.
    """
    import trafilatura  # imported here: slow to import, needed only for HTML

    try:
        body = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=True) or ""
    except (AssertionError, ValueError, TypeError, LookupError, RecursionError) as exc:
        raise InputError(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    title, date, url = "", None, None
    if body:
        try:
            meta = trafilatura.extract_metadata(html, extensive=False)
        except (AssertionError, ValueError, TypeError, LookupError, RecursionError):
            meta = None  # htmldate/lxml give up on some broken trees; use the fallbacks below
        if meta is not None:
            title, date, url = _clean_title(meta.title), parse_date(meta.date), _clean_url(meta.url)
    if not title and (m := _TITLE_TAG_RE.search(html)):
        title = _clean_title(m[1])
    if not date and (m := _PUBLISHED_RE.search(html)):
        date = parse_date(m[1])
    if not url and (m := _CANONICAL_RE.search(html)):
        url = _clean_url(m[1])
    return body, title, date, url


def article_from_text(text: str, *, title: str = "", source: str = "", url: str | None = None,
                      date: str | None = None, fmt: str = "txt") -> Article:
    """Build an Article from text already decoded; ``fmt`` is ``txt``, ``md`` or ``html``.

    Explicit ``title``/``url``/``date`` win over what the text says. Never raises for ``txt`` and
    ``md``; for ``html`` raises InputError only if the HTML parser fails. When nothing is left
    (empty input, only boilerplate, HTML without main text) the Article has empty text: readers
    report those as skipped.
    """
    if fmt not in ("txt", "md", "html"):
        raise ValueError(f"unknown article format {fmt!r}; use txt, md or html")
    text = _clean_chars(text).lstrip("\ufeff")
    found_title, found_date, found_url = "", None, None
    if fmt == "html":
        text, found_title, found_date, found_url = _html_to_text(text)
    elif fmt == "md":
        meta, text = _front_matter(text)
        text, heading = _strip_markdown(text)
        found_title = _clean_title(meta.get("title")) or heading
        found_date, found_url = parse_date(meta.get("date")), _clean_url(meta.get("url"))
    else:
        meta, text = _read_header(text)
        found_title = _clean_title(meta.get("title"))
        found_date, found_url = parse_date(meta.get("date")), _clean_url(meta.get("url"))
    body = normalise_text(text)
    if not found_title and fmt != "html":
        found_title = _first_line_title(body)
    return Article(
        id=article_id(body),
        text=body,
        title=_clean_title(title) or found_title,
        source=source,
        url=_clean_url(url) or found_url,
        date=parse_date(date) or found_date,
        content_hash=content_hash(body),
    )


# ---------------------------------------------------------------------------------------------
# Bytes -> text


def _looks_like_text(text: str) -> bool:
    """At most 1 % of the characters may be ones that never occur in text."""
    return len(_NOT_TEXT.findall(text)) <= len(text) // 100


def _latin_plausible(text: str) -> bool:
    """cp1252 is right for Western text: accented letters are a minority among the letters.
    (Cyrillic or Greek read as cp1252 gives words made only of accented letters.)"""
    letters = sum(map(str.isalpha, text))
    non_ascii = sum(map(str.isalpha, _ASCII.sub("", text)))
    return _looks_like_text(text) and non_ascii * 10 <= letters * 3


_ASCII = re.compile(r"[\x00-\x7f]+")


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as cp1252 (latin-1 where cp1252
    has no character), the usual repair for UTF-8 text with a few pasted legacy bytes."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start:err.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), err.end


codecs.register_error("kg-cp1252", _cp1252_fallback)


def _decode(data: bytes, name: str) -> str:
    """Bytes -> str: BOMs, then UTF-8 (stray legacy bytes repaired), then cp1252, then
    charset-normalizer's best guess; refuses binary files."""
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: binary file ({kind}), not text; convert it to text first")
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig":
                data = data[len(bom):]
                break
            text = data.decode(encoding, errors="replace")
            if not _looks_like_text(text):
                raise InputError(f"{name}: starts with a {encoding.upper()} byte-order mark but is not "
                                 f"valid {encoding.upper()}; save it as UTF-8")
            break
    if text is None:
        if b"\x00" in data:
            raise InputError(f"{name}: binary file (contains NUL bytes), not text; if it is UTF-16 "
                             "text, save it as UTF-8")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_not_utf8(data, name)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: empty file (no text)")
    if not _looks_like_text(text):
        raise InputError(f"{name}: binary file (control characters), not text; convert it to text first")
    return text


def _decode_not_utf8(data: bytes, name: str) -> str:
    """Mostly UTF-8 with a few bad bytes -> UTF-8 with those bytes as cp1252; else a legacy
    single-byte encoding (cp1252 first, then charset-normalizer's best guess)."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    valid = _non_ascii(replaced) - replaced.count("\ufffd")  # well-formed non-ASCII UTF-8 characters
    if valid and valid >= bad:
        return data.decode("utf-8", errors="kg-cp1252")
    try:
        text = data.decode("cp1252")
        if _latin_plausible(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _looks_like_text(text):
            return text
    raise InputError(f"{name}: cannot decode: not UTF-8, UTF-16 or a recognisable text encoding; "
                     "save it as UTF-8")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file or is larger than MAX_BYTES."""
    name = str(path)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory; pass it to iter_articles to read the files in it")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: not a regular file (device, socket or pipe); use - to read stdin")
        if st.st_size > MAX_BYTES:
            raise InputError(_too_large(name, st.st_size))
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(_os_reason(name, exc)) from exc
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(name, len(data)))
    return data


def _too_large(name: str, size: int) -> str:
    return (f"{name}: file is {size / 2**20:.1f} MB, larger than the {MAX_BYTES // 2**20} MB limit; "
            "split it into smaller files")


def _os_reason(name: str, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return f"{name}: symlink loop; fix or remove the link"
    if exc.errno == errno.ENOENT:
        return f"{name}: no such file or directory (broken symlink?)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{name}: permission denied; check the file's permissions"
    return f"{name}: cannot read ({exc.strerror or exc})"


def _sniff_fmt(text: str) -> str:
    """Text of unknown kind (stdin, unknown extension): HTML when it starts with ``<``."""
    return "html" if text.lstrip("\ufeff \t\r\n").startswith("<") else "txt"


def _empty_reason(name: str, fmt: str) -> str:
    if fmt == "html":
        return f"{name}: no main text found in the HTML (only scripts, styles or navigation); skipped"
    return f"{name}: no article text left after removing markup and page boilerplate; skipped"


_WORD_RE = re.compile(r"[^\W_]")  # a letter or digit in any script


def _has_words(text: str) -> bool:
    """An article needs at least one letter or digit; a lone U+FFFD or dashes are not text."""
    return _WORD_RE.search(text) is not None


def _article(text: str, name: str, fmt: str, source: str) -> Article:
    article = article_from_text(text, source=source, fmt=fmt)
    if not _has_words(article.text):
        raise InputError(_empty_reason(name, fmt))
    return article


def _iter_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """One article per JSON line; a broken line is reported and the rest of the file is read."""
    name = str(path)
    text = _decode(_read_bytes(path), name)
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"{where}: invalid JSON ({exc.msg} at column {exc.colno}); fix or remove the line")
            continue
        except RecursionError:
            yield Skipped(where, f"{where}: invalid JSON (nested too deeply); fix or remove the line")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Skipped(where, f'{where}: expected a JSON object with a "text" string; fix or remove the line')
            continue
        ident = obj.get("id")
        ident = str(ident).strip() if isinstance(ident, (str, int)) and not isinstance(ident, bool) else ""
        source = f"{name}#{ident}" if ident else where
        article = article_from_text(
            obj["text"],
            title=obj.get("title") if isinstance(obj.get("title"), str) else "",
            source=source,
            url=obj.get("url") if isinstance(obj.get("url"), str) else None,
            date=obj.get("date") if isinstance(obj.get("date"), str) else None,
        )
        if _has_words(article.text):
            yield article
        else:
            yield Skipped(source, f"{where}: empty text after removing page boilerplate; skipped")


def _read_any(path: Path, fmt: str | None) -> Iterator[Article | Skipped]:
    """Articles of one file; ``fmt`` None means an unknown extension (read as text)."""
    if fmt == "jsonl":
        yield from _iter_jsonl(path)
        return
    name = str(path)
    text = _decode(_read_bytes(path), name)
    yield _article(text, name, fmt or _sniff_fmt(text), name)


def _fmt_of(path: Path) -> str | None:
    return EXTENSIONS.get(path.suffix.lower())


def read_article(path: Path) -> Article:
    """One article from one file; raises InputError (naming the file) for a bad file.

    A ``.jsonl`` file must hold exactly one article here; use ``iter_articles`` for more.
    """
    path = Path(path)
    if not os.path.lexists(path):
        raise InputError(f"{path}: no such file or directory")
    items = list(_read_any(path, _fmt_of(path)))
    articles = [a for a in items if isinstance(a, Article)]
    skipped = [s for s in items if isinstance(s, Skipped)]
    if len(articles) == 1 and not skipped:
        return articles[0]
    if skipped and not articles:
        raise InputError(skipped[0].reason)
    raise InputError(f"{path}: holds {len(articles)} articles and {len(skipped)} bad lines; "
                     "read it with iter_articles")


# ---------------------------------------------------------------------------------------------
# Paths -> articles


def _walk(path: Path, explicit: bool, ancestors: tuple[tuple[int, int], ...],
          visited: dict[tuple[int, int], str]) -> Iterator[Article | Skipped]:
    """Files under ``path`` in sorted order; directories recursively, each read once."""
    name = str(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        yield Skipped(name, _os_reason(name, exc))
        return
    if stat.S_ISDIR(st.st_mode):
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            yield Skipped(name, f"{name}: symlink loop (leads back to {visited[key]}); not followed")
            return
        if key in visited:
            yield Skipped(name, f"{name}: directory already read as {visited[key]}; not read twice", duplicate=True)
            return
        visited[key] = name
        try:
            with os.scandir(path) as it:
                entries = sorted(e.name for e in it)
        except OSError as exc:
            yield Skipped(name, _os_reason(name, exc).replace("file's", "directory's"))
            return
        for entry in entries:
            if entry.startswith("."):
                continue  # hidden files and folders (.git, .ipynb_checkpoints)
            yield from _walk(path / entry, False, ancestors + (key,), visited)
        return
    fmt = _fmt_of(path)
    if fmt is None and not explicit:
        return  # other files in a directory are ignored silently
    try:
        yield from _read_any(path, fmt)
    except InputError as exc:
        yield Skipped(name, str(exc))


def _read_stdin(stdin: TextIO | None) -> Iterator[Article | Skipped]:
    stream = stdin if stdin is not None else sys.stdin
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = buffer.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise InputError(_too_large("stdin", len(data)))
            text = _decode(data, "stdin")
        else:
            text = stream.read(MAX_BYTES + 1)
            if len(text) > MAX_BYTES:
                raise InputError(_too_large("stdin", len(text)))
            if not text.strip():
                raise InputError("stdin: empty input (no text)")
            if not _looks_like_text(text):
                raise InputError("stdin: binary data (control characters), not text; pipe UTF-8 text")
        yield _article(text, "stdin", _sniff_fmt(text), "-")
    except InputError as exc:
        yield Skipped("-", str(exc))
    except (OSError, UnicodeDecodeError) as exc:
        yield Skipped("-", f"stdin: cannot read ({exc}); pipe UTF-8 text")


def iter_articles(paths: Sequence[str | Path], *, stdin: TextIO | None = None,
                  on_skip: Callable[[Skipped], None] | None = None) -> Iterator[Article]:
    """Articles from files, directories (recursive, sorted) and ``-`` (stdin), in order.

    Raises InputError at once when a path does not exist. Everything else that cannot be read is
    passed to ``on_skip`` (logged as a warning when None) and reading goes on. The same text read
    twice (same ``Article.id``) is yielded once; the copy is reported as skipped.
    """
    for raw in paths:
        if str(raw) != "-" and not os.path.lexists(raw):
            raise InputError(f"{raw}: no such file or directory")
    return _iter(paths, stdin, on_skip)


def _iter(paths: Sequence[str | Path], stdin: TextIO | None,
          on_skip: Callable[[Skipped], None] | None) -> Iterator[Article]:
    report = on_skip or (lambda s: log.warning("%s", s.reason))
    seen: dict[str, str] = {}
    visited: dict[tuple[int, int], str] = {}
    for raw in paths:
        items = _read_stdin(stdin) if str(raw) == "-" else _walk(Path(raw), True, (), visited)
        for item in items:
            if isinstance(item, Skipped):
                report(item)
            elif item.id in seen:
                first = seen[item.id]
                what = "already read" if first == item.source else f"same text as {first}"
                report(Skipped(item.source, f"{item.source}: {what} (article {item.id}); read once", duplicate=True))
            else:
                seen[item.id] = item.source
                yield item
