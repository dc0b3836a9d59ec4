"""Bounded fuzz loop for kg.ingest: random and mutated bytes, written as files of every extension.

Any exception other than InputError is a finding, and so is an Article that breaks the text rule
(not normalised, id not the hash of its text, not storable as UTF-8) or a read slower than
--slow seconds. Findings are saved under fuzz/crashes/ so they can be replayed:

    .venv/bin/python fuzz/fuzz_ingest.py --seconds 120 --seed 1
    .venv/bin/python fuzz/fuzz_ingest.py --replay fuzz/crashes/<file>

Exit status: 0 when nothing was found, 1 otherwise. No atheris needed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.errors import InputError  # noqa: E402
from kg.ingest import article_id, iter_articles, normalise_text, read_article  # noqa: E402
from kg.model import Article  # noqa: E402

MAX_INPUT = 2_000_000  # bytes; the 20 MB limit itself is covered by tests/test_ingest.py
EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".dat")
CRASHES = Path(__file__).resolve().parent / "crashes"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

BODY = ("The United States and India agreed on Tuesday to share intelligence on Chinese naval "
        "movements in the Indian Ocean, officials said.")
CORPUS_TEXT = [
    f"Title: Quad pact\nDate: May 1, 2024\nURL: https://example.org/q\n\n{BODY}\n",
    f"date 2023-08-26 {BODY}\n\nDONATE\nRelated Posts\nLeave a Reply\nPrevious Post\nX\n",
    f"---\ntitle: T\ndate: 2024-03-05\n---\n# The *Quad* meets\n\n[India](u) **bold** _e_\n```\ncode\n```\n{BODY}",
    f"<!doctype html><html><head><title>T</title><meta property=\"og:url\" content=\"https://e.org/a\">"
    f"<script>x()</script></head><body><nav>Home</nav><article><p>{BODY}</p><p>{BODY}</p></article>"
    "<footer>Copyright</footer></body></html>",
    json.dumps({"id": "a", "title": "T", "text": BODY, "url": "https://e.org", "date": "2024-01-02"})
    + "\n" + json.dumps({"text": "Second."}) + "\n{broken\n",
    "Le café est très bon, said the envoy \u201cquoted\u201d \u2014 dash.",
    "\u05e9\u05dc\u05d5\u05dd \u202eRTL\u202c \u200bzero\u200d width \ufeff",
]
MAGIC = [b"%PDF-", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
         b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"{\\rtf"]
TOKENS = [b"\x00", b"\xff", b"\xfe", b"\xc3", b"\xe9", b"\x81", b"\r", b"\n", b"\r\n", b"<", b">", b"<p>",
          b"</p>", b"<script>", b"<!--", b"-->", b"<title>", b"{", b"}", b"[", b"]", b'"', b"\\u", b"\\ud800",
          b"\\", b"*", b"**", b"_", b"#", b"# ", b"---\n", b"```", b"](", b"!", b"Title: ", b"Date: ",
          b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"DONATE\n", b"Related Posts\n",
          b"&#0;", b"&#xD800;", b"&amp;", b"<![CDATA[", b"<?xml version='1.0' encoding='ebcdic'?>",
          b'<meta charset="utf-16">', b"<html>", b"</html>", b"<body>", b"<article>",
          b"By ", b"By: ", b"A.", b"Ab ", b" ", b"\t", b"(Photo by ", b"Sign up ", b"Leave a Reply\n",
          b"Previous Post\n", b"0\n", b"date 2024-01-01 ", b"May 1, 2024", b"](http://a", b"![", b"`", b"~~",
          b"> ", b"- ", b"[x]: http://a\n", b"https://", b"&#", b";"]


def corpus() -> list[bytes]:
    items = [t.encode("utf-8") for t in CORPUS_TEXT]
    items += [CORPUS_TEXT[5].encode("cp1252"), CORPUS_TEXT[0].encode("utf-16"), CORPUS_TEXT[6].encode("utf-8-sig")]
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        items += [p.read_bytes() for p in sorted(seeds.glob("*.txt"))]
    return items


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """A few random edits: flips, inserts of interesting tokens, deletions, splices, repeats."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(8)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = rng.choice(TOKENS)
        elif op == 2 and buf:
            del buf[pos:pos + rng.randint(1, 64)]
        elif op == 3:
            other = rng.choice(pool)
            start = rng.randint(0, len(other))
            buf[pos:pos] = other[start:start + rng.randint(1, 512)]
        elif op == 4:
            buf[pos:pos] = rng.choice(TOKENS) * rng.randint(2, 5000)
        elif op == 5:
            buf = bytearray(rng.choice(MAGIC)) + buf
        elif op == 6:
            buf[pos:pos] = rng.randbytes(rng.randint(1, 32))
        else:
            buf = buf[: rng.randint(0, len(buf))]
    return bytes(buf)


TAGS = ["div", "p", "article", "main", "section", "span", "a", "b", "table", "td", "li", "script", "style",
        "nav", "footer", "header", "h1", "title", "meta", "svg", "math", "template", "iframe", "noscript"]


def random_html(rng: random.Random) -> bytes:
    """Tag soup: deep nesting, unclosed tags, entities, odd attributes, encoding declarations."""
    parts = [rng.choice(["", "<!doctype html>", "<?xml version='1.0' encoding='latin-1'?>",
                         '<meta charset="utf-16">', "<html><head><title>" + "T" * rng.randint(0, 3000)])]
    depth = rng.choice([1, 10, 100, 1000, 10_000])
    for _ in range(depth):
        tag = rng.choice(TAGS)
        attrs = rng.choice(["", ' class="content"', ' id="main"', " x=" + "'" * rng.randint(0, 3),
                            ' property="og:url" content="javascript:alert(1)"', ' href="http://a b"'])
        parts.append(f"<{tag}{attrs}>")
        if rng.random() < 0.3:
            parts.append(rng.choice([BODY, "&#0;", "&#xD800;", "&nbsp;", "&bogus;", "\u202e", "<!--", "]]>"]))
    if rng.random() < 0.5:
        parts += [f"</{rng.choice(TAGS)}>" for _ in range(depth)]
    return "".join(parts).encode("utf-8", "surrogatepass")


def random_input(rng: random.Random, pool: list[bytes]) -> bytes:
    kind = rng.randrange(12)
    if kind in (10, 11):
        return random_html(rng)
    if kind == 0:
        return rng.randbytes(rng.choice([0, 1, 3, 16, 256, 4096, 65536]))
    if kind == 1:  # random JSON lines with odd values
        lines = []
        for _ in range(rng.randint(1, 5)):
            obj = {k: rng.choice([None, 7, True, [], {}, "", "x" * 3, "\ud800", BODY, "2024-13-45", "http://a b"])
                   for k in rng.sample(["id", "title", "text", "url", "date"], rng.randint(0, 5))}
            lines.append(json.dumps(obj, ensure_ascii=rng.random() < 0.5))
        return "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == 2:  # long line without spaces
        return rng.choice(pool)[:200] + bytes([rng.choice(b"ax/=.")]) * rng.randint(10_000, 200_000)
    return mutate(rng.choice(pool), rng, pool)[:MAX_INPUT]


def check_article(a: Article) -> None:
    assert a.text, "empty article text"
    assert normalise_text(a.text) == a.text, "text not normalised"
    assert a.id == article_id(a.text), "id is not the hash of the text"
    a.text.encode("utf-8")
    a.title.encode("utf-8")
    assert "\n" not in a.title, "title has a newline"


STATS: dict[str, int] = {}
SLOWEST: list = [0.0, ""]


def run_one(data: bytes, ext: str, workdir: Path, slow: float) -> str | None:
    """None when fine, else a description of the finding."""
    path = workdir / f"input{ext}"
    path.write_bytes(data)
    start = time.monotonic()
    try:
        if ext == ".jsonl":
            for a in iter_articles([path], on_skip=lambda s: None):
                check_article(a)
        try:
            check_article(read_article(path))
            STATS["article"] = STATS.get("article", 0) + 1
        except InputError as exc:
            msg = str(exc)
            kind = msg[len(str(path)) + 2:].split(";")[0].split("(")[0].strip()[:40]
            STATS[kind] = STATS.get(kind, 0) + 1
            assert str(path) in msg and "\n" not in msg, f"bad InputError message: {msg!r}"
    except Exception:  # noqa: BLE001 - a fuzzer reports every kind of failure
        return traceback.format_exc()
    elapsed = time.monotonic() - start
    if elapsed > SLOWEST[0]:
        SLOWEST[:] = [elapsed, f"{len(data)} bytes as {ext}"]
    if elapsed > slow:
        return f"slow: {elapsed:.1f} s for {len(data)} bytes"
    return None


def save(data: bytes, ext: str, finding: str) -> Path:
    CRASHES.mkdir(exist_ok=True)
    name = hashlib.sha256(data).hexdigest()[:16] + ext
    (CRASHES / name).write_bytes(data)
    (CRASHES / (name + ".log")).write_text(finding, encoding="utf-8")
    return CRASHES / name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    ap.add_argument("--seed", type=int, default=0, help="random seed, for reproducible runs")
    ap.add_argument("--slow", type=float, default=5.0, help="report reads slower than this (s)")
    ap.add_argument("--replay", type=Path, help="run one saved input and print the outcome")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as d:
        workdir = Path(d)
        if args.replay:
            finding = run_one(args.replay.read_bytes(), args.replay.suffix, workdir, args.slow)
            print(finding or "ok")
            return 1 if finding else 0
        rng = random.Random(args.seed)
        pool = corpus()
        deadline = time.monotonic() + args.seconds
        runs, findings, seen = 0, 0, set()
        while time.monotonic() < deadline:
            data = random_input(rng, pool)
            for ext in EXTENSIONS:
                finding = run_one(data, ext, workdir, args.slow)
                runs += 1
                if finding:
                    key = finding.strip().splitlines()[-1][:200]
                    if key not in seen:
                        seen.add(key)
                        print(f"FINDING ({ext}, saved as {save(data, ext, finding)}):\n{finding}", flush=True)
                    findings += 1
            if len(data) < 20_000 and rng.random() < 0.1:
                pool.append(data)  # keep some mutants as material for later mutations
        print(f"{runs} reads in {args.seconds:.0f} s, {findings} findings ({len(seen)} distinct)")
        print(f"slowest read: {SLOWEST[0]:.2f} s ({SLOWEST[1]})")
        print("outcomes:", ", ".join(f"{k}: {v}" for k, v in sorted(STATS.items(), key=lambda kv: -kv[1])))
        return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
