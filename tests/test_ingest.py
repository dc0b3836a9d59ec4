"""kg.ingest: every file becomes an Article or a one-line Skipped reason naming the file."""

from __future__ import annotations

import io
import json
import os
import signal
import unicodedata
from pathlib import Path

import pytest

from kg import ingest
from kg.errors import InputError
from kg.ingest import (
    MAX_BYTES,
    Skipped,
    article_from_text,
    article_id,
    iter_articles,
    normalise_text,
    parse_date,
    read_article,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

BODY = ("The United States and India agreed on Tuesday to share intelligence on Chinese naval "
        "movements in the Indian Ocean, officials said.")


def read_all(*paths, stdin=None) -> tuple[list, list[Skipped]]:
    skipped: list[Skipped] = []
    articles = list(iter_articles([str(p) for p in paths], stdin=stdin, on_skip=skipped.append))
    return articles, skipped


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def skip_reason(path: Path) -> str:
    articles, skipped = read_all(path)
    assert articles == []
    assert len(skipped) == 1
    assert str(path) in skipped[0].reason and "\n" not in skipped[0].reason
    with pytest.raises(InputError) as err:
        read_article(path)
    assert str(path) in str(err.value)
    return skipped[0].reason


# --- plain text -------------------------------------------------------------------------------


def test_ingest_plain_text_header_is_read_and_removed(tmp_path):
    p = write(tmp_path / "a.txt", f"Title: Quad pact\nDate: May 1, 2024\nURL: https://example.org/q\n\n{BODY}\n")
    a = read_article(p)
    assert (a.title, a.date, a.url, a.source) == ("Quad pact", "2024-05-01", "https://example.org/q", str(p))
    assert a.text == BODY
    assert a.id == article_id(BODY) and len(a.id) == 16 and a.content_hash.startswith(a.id)


def test_ingest_plain_text_title_is_first_short_line_and_stays_in_text(tmp_path):
    a = read_article(write(tmp_path / "a.txt", f"India and US deepen ties\n\n{BODY}"))
    assert a.title == "India and US deepen ties"
    assert a.text.startswith("India and US deepen ties\n")
    assert a.text[a.text.index(BODY):].startswith(BODY)  # offsets into the text stay valid


def test_ingest_plain_text_sentence_first_line_is_not_a_title(tmp_path):
    assert read_article(write(tmp_path / "a.txt", BODY)).title == ""


def test_ingest_source_header_that_is_not_a_url_is_dropped(tmp_path):
    a = read_article(write(tmp_path / "a.txt", f"Source: Bloomberg\n{BODY}"))
    assert a.url is None and a.text == BODY


def test_ingest_date_prefix_of_scraped_first_line(tmp_path):
    a = read_article(write(tmp_path / "a.txt", f"date 2023-08-26 {BODY}\n\nMore text here."))
    assert a.date == "2023-08-26" and a.text.startswith("The United States")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-05-01", "2024-05-01"),
        ("2024-05-01T10:00:00+02:00", "2024-05-01"),
        ("2024/5/1", "2024-05-01"),
        ("20240501", "2024-05-01"),
        ("May 1, 2024", "2024-05-01"),
        ("Thursday, Sept. 5, 2024", "2024-09-05"),
        ("1st May 2024", "2024-05-01"),
        ("Thu, 02 May 2024 10:00:00 +0000", "2024-05-02"),
        ("25/12/2023", "2023-12-25"),
        ("12/25/2023", "2023-12-25"),
        ("03/04/2024", None),  # March or April: ambiguous
        ("2024-02-30", None),
        ("2024", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_ingest_parse_date(value, expected):
    assert parse_date(value) == expected


# --- normalisation and ids ----------------------------------------------------------------------


def test_ingest_same_text_under_two_names_is_one_article(tmp_path):
    a = write(tmp_path / "a.txt", BODY)
    b = write(tmp_path / "sub" / "b.md", BODY)
    articles, skipped = read_all(a, b)
    assert [x.source for x in articles] == [str(a)]
    assert read_article(a).id == read_article(b).id
    assert len(skipped) == 1 and str(b) in skipped[0].reason and "same text as" in skipped[0].reason
    assert [s.reason for s in read_all(a, a)[1]] == [f"{a}: already read (article {article_id(BODY)}); read once"]


def test_ingest_trivially_different_copies_have_one_id():
    base = article_from_text(f"Title line\n\n{BODY}")
    copies = [
        f"Title line\r\n\r\n{BODY}\r\n",
        f"  Title line\n\n\n\n{BODY.replace(' ', '  ')}  ",
        f"Title\u200b line\n\n\ufeff{BODY}",
        unicodedata.normalize("NFD", f"Title line\n\n{BODY}"),
    ]
    assert {article_from_text(c).id for c in copies} == {base.id}
    assert article_from_text(BODY + " Another sentence.").id != base.id


def test_ingest_normalise_text_keeps_user_text_except_newlines_controls_and_nfc():
    raw = "Cafe\u0301 \u200bnews\r\nline two\x07\r\rend"
    assert normalise_text(raw) == "Café \u200bnews\nline two\n\nend"


def test_ingest_normalise_text_removes_only_whole_boilerplate_lines():
    text = ("Subscribe\nDONATE\nIn 2022 India said it would subscribe to the pact. Read more below.\n"
            "2022\nTotal\n0\nShares\n(Photo by Jane Roe/Getty Images)\nBy: Jane Roe, Example\n"
            "By 2030, China will field six carriers, the report said.\n"
            "(Reporting by Jane Roe in Port Sudan; Additional reporting by Ali Haddad in Cairo; Editing by Tom Li)\n"
            "Reporting by state media said the border was closed.\n"
            "Our Standards: The Thomson Reuters Trust Principles.")
    assert normalise_text(text).split("\n") == [
        "In 2022 India said it would subscribe to the pact. Read more below.",
        "2022",
        "By 2030, China will field six carriers, the report said.",
        "Reporting by state media said the border was closed.",
    ]


def test_ingest_normalise_text_removes_contributor_lines_and_author_bios():
    text = ("Russia expelled two Estonian diplomats on Monday.\n"
            "Associated Press writer Lorne Cook in Brussels contributed to this report.\n"
            "CNN's Ivana Kottasova and Anna Chernova contributed reporting.\n"
            "Contributing: Sam Lee, USA TODAY\nEdited by: Ruth Brown\n"
            "Photograph: Kirill Kudryavtsev/AFP/Getty Images\n"
            "Jane Whitfield is a correspondent based in Tallinn.\n"
            "Follow Jane Whitfield on X @jwhitfield\n"
            "Evan Gershkovich is a Wall Street Journal reporter.\n"
            "Evan Gershkovich is a reporter for the Wall Street Journal who was detained in Russia in March.\n"
            "Three United Nations agencies contributed to the report, which found 40 sites.\n"
            "Estonia said Russian agents contributed to this report of unrest, an accusation Moscow denied.")
    assert normalise_text(text).split("\n") == [
        "Russia expelled two Estonian diplomats on Monday.",
        "Evan Gershkovich is a Wall Street Journal reporter.",
        "Evan Gershkovich is a reporter for the Wall Street Journal who was detained in Russia in March.",
        "Three United Nations agencies contributed to the report, which found 40 sites.",
        "Estonia said Russian agents contributed to this report of unrest, an accusation Moscow denied.",
    ]


def test_ingest_normalise_text_cuts_trailing_navigation_but_not_prose():
    nav = "Leave a Reply\nYour email address will not be published.\nPrevious Post\nOther headline\nNext Post"
    assert normalise_text(f"{BODY}\n{nav}") == BODY
    long_para = "A paragraph of the article. " * 10
    kept = normalise_text(f"{BODY}\nRelated Posts\n{long_para}")
    assert kept == f"{BODY}\n{long_para.strip()}"


@pytest.mark.parametrize("fmt", ["txt", "md"])
@pytest.mark.parametrize(
    "line",
    ["By " + "A." * 5000 + " x.", "By " + "Ab " * 5000, "# " + " " * 50_000 + "x", "# a" + " #" * 50_000 + "x",
     "[a" * 50_000, "![" * 50_000, "**a" * 50_000, "(Photo by " + "x" * 100_000,
     "(Reporting by " + "Ab Cd and " * 28 + "x", "Reporting by Ab" + " in Cd, Ef" * 25 + ";", "---\n" + "a: b\n" * 20_000],
)
def test_ingest_pathological_lines_are_fast(line, fmt):
    def too_slow(signum, frame):
        raise TimeoutError("regex backtracking")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(5)
    try:
        assert article_from_text(line, fmt=fmt).text
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_ingest_long_line_without_spaces_is_kept_whole(tmp_path):
    blob = "x" * 150_000
    a = read_article(write(tmp_path / "a.txt", f"{BODY}\n{blob}\n"))
    assert a.text == f"{BODY}\n{blob}"


# --- encodings and bad files --------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        "Le café est très bon à Paris, said the French envoy.".encode("latin-1"),
        "Le café est très bon à Paris, said the French envoy.".encode("cp1252"),
        "Le café est très bon à Paris, said the French envoy.".encode("utf-8-sig"),
        "Le café est très bon à Paris, said the French envoy.".encode("utf-16"),
        "Le café est très bon à Paris, said the French envoy.".encode("utf-32"),
    ],
)
def test_ingest_decodes_legacy_and_bom_encodings(tmp_path, data):
    assert read_article(write(tmp_path / "a.txt", data)).text == "Le café est très bon à Paris, said the French envoy."


def test_ingest_short_latin1_word_decodes():
    assert read_article_bytes("café".encode("latin-1")).text == "café"


def test_ingest_utf8_with_stray_legacy_bytes_keeps_the_utf8(tmp_path):
    data = "“Quoted” in UTF-8, ".encode() + "then a pasted naïve café.".encode("cp1252")
    assert read_article(write(tmp_path / "a.txt", data)).text == "“Quoted” in UTF-8, then a pasted naïve café."


def test_ingest_cp1252_smart_quotes_decode(tmp_path):
    text = "“Intelligence liaison can serve as a force multiplier,” Byman said — in Washington."
    assert read_article(write(tmp_path / "a.txt", text.encode("cp1252"))).text == text


def read_article_bytes(data: bytes, name: str = "a.txt") -> ingest.Article:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        return read_article(write(Path(d) / name, data))


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG"),
        (b"hello\x00world\x00", "NUL bytes"),
        (bytes(range(1, 32)) * 20, "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 50 + bytes(range(1, 9)) * 30, "cannot decode"),
        (b"\xff\xfe\x00\xd8", "UTF-16 byte-order mark but is not valid"),  # BOM, then a lone surrogate
    ],
)
def test_ingest_bad_file_is_skipped_with_one_line_reason(tmp_path, data, words):
    reason = skip_reason(write(tmp_path / "bad.txt", data))
    assert words in reason


def test_ingest_only_boilerplate_is_skipped(tmp_path):
    assert "no article text left" in skip_reason(write(tmp_path / "a.txt", "DONATE\nSUBSCRIBE\nRead More\n"))


def test_ingest_too_large_file_is_skipped_with_the_limit(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: the size is checked before reading
    assert "larger than the 20 MB limit" in skip_reason(p)


def test_ingest_unreadable_file_is_skipped(tmp_path, monkeypatch):
    good = write(tmp_path / "d" / "a.txt", BODY)
    bad = write(tmp_path / "d" / "b.txt", "Other text entirely.")
    real_open = open

    def fake_open(file, *args, **kwargs):
        if Path(file) == bad:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    articles, skipped = read_all(tmp_path / "d")
    assert [a.source for a in articles] == [str(good)]
    assert skipped == [Skipped(str(bad), f"{bad}: permission denied; check the file's permissions")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_ingest_chmod_000_file_is_skipped(tmp_path):
    p = write(tmp_path / "a.txt", BODY)
    p.chmod(0)
    try:
        assert "permission denied" in skip_reason(p)
    finally:
        p.chmod(0o644)


def test_ingest_unreadable_directory_is_skipped(tmp_path, monkeypatch):
    write(tmp_path / "locked" / "a.txt", BODY)
    b = write(tmp_path / "open" / "b.txt", "Other text entirely.")
    real_scandir = os.scandir

    def fake_scandir(path="."):
        if Path(path) == tmp_path / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    articles, skipped = read_all(tmp_path)
    assert [a.source for a in articles] == [str(b)]
    assert len(skipped) == 1 and skipped[0].reason.startswith(f"{tmp_path / 'locked'}: permission denied")


def test_ingest_symlink_loops_are_skipped(tmp_path):
    root = tmp_path / "root"
    a = write(root / "a.txt", BODY)
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "x.txt").symlink_to(root / "y.txt")
    (root / "y.txt").symlink_to(root / "x.txt")
    (root / "z.txt").symlink_to(root / "missing.txt")
    articles, skipped = read_all(root)
    assert [x.source for x in articles] == [str(a)]
    reasons = sorted(s.reason for s in skipped)
    assert reasons == sorted([
        f"{root / 'loop'}: symlink loop (leads back to {root}); not followed",
        f"{root / 'x.txt'}: symlink loop; fix or remove the link",
        f"{root / 'y.txt'}: symlink loop; fix or remove the link",
        f"{root / 'z.txt'}: no such file or directory (broken symlink?)",
    ])


def test_ingest_fifo_in_directory_is_skipped_not_read(tmp_path):
    write(tmp_path / "a.txt", BODY)
    os.mkfifo(tmp_path / "pipe.txt")
    articles, skipped = read_all(tmp_path)
    assert len(articles) == 1
    assert [s.reason for s in skipped] == [f"{tmp_path / 'pipe.txt'}: not a regular file (device, socket or pipe); use - to read stdin"]


# --- paths, directories, stdin ------------------------------------------------------------------


def test_ingest_missing_path_raises_before_reading(tmp_path):
    write(tmp_path / "a.txt", BODY)
    with pytest.raises(InputError, match=r"nope/x\.txt: no such file or directory"):
        iter_articles([tmp_path / "a.txt", "nope/x.txt"])
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")


def test_ingest_directory_is_recursive_sorted_and_ignores_other_files(tmp_path):
    write(tmp_path / "b" / "z.md", "# Zed\n\nZed text is here.")
    write(tmp_path / "b" / "a.txt", "Text of a.")
    write(tmp_path / "a.html", f"<html><body><article><p>{BODY}</p></article></body></html>")
    write(tmp_path / "c.jsonl", '{"text": "From JSONL."}\n')
    write(tmp_path / "notes.csv", "x,y\n1,2")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / ".hidden" / "h.txt", "Hidden text.")
    write(tmp_path / ".draft.txt", "Draft text.")
    articles, skipped = read_all(tmp_path)
    assert skipped == []
    assert [Path(a.source.split(":")[0]).relative_to(tmp_path).as_posix() for a in articles] == [
        "a.html", "b/a.txt", "b/z.md", "c.jsonl"]


def test_ingest_explicit_unknown_extension_is_read_as_text(tmp_path):
    p = write(tmp_path / "story.dat", BODY)
    assert read_all(p)[0][0].text == BODY
    assert "binary" in skip_reason(write(tmp_path / "x.bin", b"\x00\x01\x02"))


def test_ingest_stdin_text_and_html():
    articles, _ = read_all("-", stdin=io.StringIO(f"Title: From stdin\n\n{BODY}"))
    assert [(a.title, a.source, a.text) for a in articles] == [("From stdin", "-", BODY)]
    html = f"<html><head><title>Piped</title></head><body><article><p>{BODY}</p></article></body></html>"
    articles, _ = read_all("-", stdin=io.StringIO(html))
    assert [(a.title, a.text) for a in articles] == [("Piped", BODY)]


def test_ingest_stdin_bytes_are_decoded_and_bad_stdin_is_skipped():
    articles, _ = read_all("-", stdin=io.TextIOWrapper(io.BytesIO("Le café, dit-il.".encode("latin-1"))))
    assert [a.text for a in articles] == ["Le café, dit-il."]
    articles, skipped = read_all("-", stdin=io.TextIOWrapper(io.BytesIO(b"%PDF-1.4 junk")))
    assert articles == [] and skipped == [Skipped("-", "stdin: binary file (PDF), not text; convert it to text first")]
    articles, skipped = read_all("-", stdin=io.StringIO("  \n"))
    assert articles == [] and skipped[0].reason == "stdin: empty input (no text)"
    articles, skipped = read_all("-", stdin=io.StringIO("\x01\x02\x03 abc"))
    assert articles == [] and skipped[0].reason.startswith("stdin: binary data")


# --- HTML -----------------------------------------------------------------------------------------

PAGE = f"""<!doctype html><html><head><title>Quad agrees on intelligence sharing | Example News</title>
<meta property="og:title" content="Quad agrees on intelligence sharing">
<meta property="article:published_time" content="2024-05-01T10:00:00Z">
<link rel="canonical" href="https://example.org/news/quad">
<style>body {{ color: red }}</style><script>var s = "India attacks Pakistan";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<header><h1>Quad agrees on intelligence sharing</h1></header>
<article><p>{BODY}</p>
<p>Japan and Australia joined the arrangement, which builds on a 2022 maritime awareness initiative.</p></article>
<footer><p>Copyright 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<script>console.log("tracking pixel Russia")</script></body></html>"""


def test_ingest_html_main_text_only_with_metadata(tmp_path):
    a = read_article(write(tmp_path / "page.html", PAGE))
    assert a.text == (f"{BODY}\nJapan and Australia joined the arrangement, which builds on a 2022 "
                      "maritime awareness initiative.")
    assert (a.title, a.date, a.url) == ("Quad agrees on intelligence sharing", "2024-05-01",
                                        "https://example.org/news/quad")
    for junk in ("Subscribe", "Copyright", "tracking", "color: red", "Pakistan", "Privacy"):
        assert junk not in a.text


def test_ingest_html_title_tag_and_published_time_fallback(tmp_path):
    page = ('<html><head><title>Plain title</title><meta property="article:published_time" '
            f'content="2023-11-02"></head><body><article><p>{BODY}</p></article></body></html>')
    a = read_article(write(tmp_path / "p.htm", page))
    assert (a.title, a.date, a.text) == ("Plain title", "2023-11-02", BODY)


def test_ingest_html_without_main_text_is_skipped(tmp_path):
    page = "<html><head><script>var a = 1;</script><style>p{}</style></head><body><script>b()</script></body></html>"
    assert "no main text found in the HTML" in skip_reason(write(tmp_path / "empty.html", page))


def test_ingest_html_metadata_failure_keeps_the_text(tmp_path):
    # found by fuzz/fuzz_ingest.py: htmldate (via trafilatura.extract_metadata) asserts on this tree
    page = f'<math>&#0;<p>{BODY}<b><td><style><meta>'
    a = read_article(write(tmp_path / "m.html", page))
    assert a.text == BODY and a.title == ""


def test_ingest_text_without_letters_or_digits_is_skipped(tmp_path):
    assert "no main text found" in skip_reason(write(tmp_path / "e.html", "<math>&#0;<p><b><td><style><meta>"))
    assert "no article text left" in skip_reason(write(tmp_path / "e.txt", "--- ... ***\n\n  -- "))


# --- Markdown -------------------------------------------------------------------------------------


def test_ingest_markdown_front_matter_heading_and_light_stripping(tmp_path):
    md = ("---\ntitle: \"Front title\"\ndate: 2024-03-05\nurl: https://example.org/md\nauthor: X\n---\n"
          "# The *Quad* meets\n\n"
          "The **United States** and [India](https://example.org/india) agreed to _share_ intelligence.\n"
          "![satellite](img.png)\n\n"
          "- first point\n> quoted line\n\n```\ncode *stays* [as](text)\n```\n")
    a = read_article(write(tmp_path / "a.md", md))
    assert (a.title, a.date, a.url) == ("Front title", "2024-03-05", "https://example.org/md")
    assert a.text == ("The Quad meets\n\nThe United States and India agreed to share intelligence.\n\n"
                      "first point\nquoted line\n\ncode *stays* [as](text)")


@pytest.mark.parametrize(
    "line, text",
    [("# Title #", "Title"), ("## Sub ##  ", "Sub"), ("# C#", "C#"), ("#hashtag", "#hashtag"), ("#", ""),
     ("   # Indented", "Indented"), ("# #", "")],
)
def test_ingest_markdown_atx_headings(line, text):
    assert article_from_text(f"{line}\n\nBody.", fmt="md").text == f"{text}\n\nBody.".lstrip()


def test_ingest_markdown_title_is_first_h1(tmp_path):
    a = read_article(write(tmp_path / "a.markdown", f"Intro line.\n\n## Sub\n\n# Main **title**\n\n{BODY}"))
    assert a.title == "Main title"
    assert "snake_case_name" in read_article(write(tmp_path / "b.md", "Use snake_case_name here.")).text


# --- JSONL ----------------------------------------------------------------------------------------


def test_ingest_jsonl_broken_line_is_skipped_and_the_rest_read(tmp_path):
    lines = [
        json.dumps({"id": "a1", "title": "First", "text": BODY, "url": "https://example.org/1", "date": "2024-05-01"}),
        '{"id": "a2", "text": "unterminated',
        "",
        json.dumps({"text": "Second article text."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 7, "title": None}),
        json.dumps({"id": "dup", "text": BODY}),
        "[" * 100_000,
    ]
    p = write(tmp_path / "f.jsonl", "\n".join(lines) + "\n")
    articles, skipped = read_all(p)
    assert [(a.source, a.title, a.date, a.url) for a in articles] == [
        (f"{p}#a1", "First", "2024-05-01", "https://example.org/1"),
        (f"{p}:4", "", None, None),
    ]
    reasons = [s.reason for s in skipped]
    assert reasons[0].startswith(f"{p}:2: invalid JSON (Unterminated string")
    assert reasons[1] == f'{p}:5: expected a JSON object with a "text" string; fix or remove the line'
    assert reasons[2] == f'{p}:6: expected a JSON object with a "text" string; fix or remove the line'
    assert reasons[3].startswith(f"{p}#dup: same text as {p}#a1")
    assert reasons[4].startswith(f"{p}:8: invalid JSON")
    assert len(reasons) == 5


def test_ingest_jsonl_id_is_content_hash_not_given_id(tmp_path):
    p = write(tmp_path / "f.jsonl", json.dumps({"id": "mine", "text": BODY}) + "\n")
    a = read_article(p)
    assert a.id == article_id(BODY) and a.source == f"{p}#mine"
    two = write(tmp_path / "g.jsonl", json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}))
    with pytest.raises(InputError, match="holds 2 articles.*iter_articles"):
        read_article(two)


# --- real scraped pages ---------------------------------------------------------------------------


def seed_articles() -> dict[str, ingest.Article]:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"../shared not found: {seeds}")
    articles, skipped = read_all(seeds)
    assert skipped == []
    return {Path(a.source).name: a for a in articles}


@pytest.mark.shared
def test_ingest_seeds_boilerplate_gone_article_kept():
    arts = seed_articles()
    assert len(arts) == 2
    for a in arts.values():
        lines = {line.strip() for line in a.text.split("\n")}
        for junk in ("DONATE", "SUBSCRIBE", "Related Posts", "Leave a Reply", "Total", "0", "Shares",
                     "Read More", "Previous Post", "Next Post"):
            assert junk not in lines, (a.source, junk)
        assert "Your email address will not be published" not in a.text
        assert "Daniel Byman" in a.text
    first = arts["000_06ea76898c0de6fe.txt"]
    assert "India repelled Chinese forces" in first.text
    assert first.title == "U.S. Beefing Up Intel Network Across Asia to Counter China’s Spy Threat"
    assert "Photo by" not in first.text and "Micaela Burrow" not in first.text and "Home of" not in first.text
    assert first.text.endswith("request for comment.")
    second = arts["001_9110327822346a91.txt"]
    assert second.title.startswith("US Strengthens Intelligence Alliances")
    assert "Goldman Sachs" not in second.text and "Reliance Retail" not in second.text
    assert second.text.endswith("espionage and cyber activities.")


@pytest.mark.shared
def test_ingest_seeds_lose_only_boilerplate_lines():
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"../shared not found: {seeds}")
    for path in sorted(seeds.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        kept = read_article(path).text
        lost = [line for line in raw.split("\n") if line.strip() and line not in kept]
        assert all(len(line) < 200 for line in lost), lost  # no paragraph of prose was dropped
