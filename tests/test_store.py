"""The on-disk store: same graph as an in-memory build, incremental and atomic batches, removal."""

from __future__ import annotations

import json
import os
import pickle
import re
import signal
import subprocess
import sys
from decimal import Decimal

import pytest
from rdflib import Literal, URIRef

from kg import store
from kg.errors import GraphFileError
from kg.graph import build_graph, new_graph, save_graph
from kg.ingest import article_from_text, iter_articles
from kg.pipeline import article_ids, extract_articles
from kg.query import run_named
from kg import vocab
from kg.vocab import ART, GEO

from conftest import EXAMPLES

DECIMAL = vocab.XSD.decimal
ALT_LABEL = vocab.SKOS.altLabel
LABEL = vocab.RDFS.label


# Short articles of our own so the store sees entities and statements shared across articles.
EXTRA = (
    "Finland joined NATO in April 2023. Sweden became a member of NATO in March 2024.",
    "The European Union imposed new sanctions on Russia. Russia expelled German diplomats.",
    "The United States shares intelligence with Japan. Japan and the Philippines signed an access agreement.",
    "Indian and Chinese troops clashed in the Galwan Valley. China criticized India over the clash.",
    "The United States sanctioned Chinese firms accused of supplying Russia.",
    "The U.S. Department of Justice charged two Chinese hackers.",
)


def canon(g) -> set:
    """Triples with decimals in canonical form: Oxigraph stores 0.850 as 0.85."""
    out = set()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype == DECIMAL:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=DECIMAL)
        out.add((s, p, o))
    return out


def norm_rows(rows: list[list[str]]) -> list[list[str]]:
    """Query cells with decimals in canonical form (0.850 -> 0.85, 0.000 -> 0)."""
    return [[format(Decimal(c).normalize(), "f") if re.fullmatch(r"\d+\.\d+", c) else c for c in r] for r in rows]


@pytest.fixture(scope="module")
def extractions(nlp):
    arts = list(iter_articles([EXAMPLES]))
    arts += [article_from_text(t, title=f"extra {i}", source=f"extra/{i}") for i, t in enumerate(EXTRA)]
    return list(extract_articles(arts, nlp=nlp))


@pytest.fixture(scope="module")
def full(extractions):
    return build_graph(extractions)


def test_store_open_creates_marked_directory_and_reopens(tmp_path):
    path = tmp_path / "s"
    assert not store.is_store(path)
    g = store.open_store(path, create=True)
    assert store.is_store(path) and store.is_store_graph(g)
    meta = json.loads((path / store.META_FILE).read_text())
    assert meta["format"] == "kg-store" and meta["version"] == store.FORMAT_VERSION
    g.add((URIRef("https://w3id.org/kg/entity/X"), LABEL, Literal("X ünïcode \"q\"\n")))
    store.close_store(g)
    g = store.open_store(path)
    assert list(g) == [(URIRef("https://w3id.org/kg/entity/X"), LABEL, Literal("X ünïcode \"q\"\n"))]
    g.close()
    with pytest.raises(GraphFileError, match="closed"):
        len(g)  # never a silent new in-memory store
    store.close_store(store.open_store(path))  # the lock was released


@pytest.mark.parametrize("case", ["missing", "plain_dir", "file", "nonempty_create", "bad_version"])
def test_store_open_errors_name_the_path_and_what_to_do(tmp_path, case):
    path = tmp_path / "s"
    kwargs = {}
    if case == "plain_dir":
        path.mkdir()
        (path / "x.txt").write_text("x")
    elif case == "file":
        path.write_text("x")
    elif case == "nonempty_create":
        path.mkdir()
        (path / "x.txt").write_text("x")
        kwargs = {"create": True}
    elif case == "bad_version":
        store.close_store(store.open_store(path, create=True))
        (path / store.META_FILE).write_text(json.dumps({"format": "kg-store", "version": 99}))
    with pytest.raises(GraphFileError, match=str(path.name)):
        store.open_store(path, **kwargs)


def test_store_second_writer_gets_a_clear_error(tmp_path):
    g = store.open_store(tmp_path / "s", create=True)
    try:
        with pytest.raises(GraphFileError, match="another kg process"):
            store.open_store(tmp_path / "s")
    finally:
        store.close_store(g)


def test_store_batches_equal_one_in_memory_build(tmp_path, extractions, full):
    g = store.open_store(tmp_path / "s", create=True)
    changes = store.ingest(g, extractions, batch_articles=3)
    assert len(changes.articles) == len(extractions)
    assert canon(g) == canon(full)
    # the same articles again change nothing
    again = store.ingest(g, extractions, batch_articles=4)
    assert (again.added, again.removed) == (0, 0)
    store.close_store(g)
    g = store.open_store(tmp_path / "s")
    assert canon(g) == canon(full)
    assert article_ids(g) == {ex.article.id for ex in extractions}
    store.close_store(g)


def test_store_incremental_in_memory_graph_is_byte_identical(extractions, full):
    g = new_graph()
    store.ingest(g, extractions[:4])
    store.ingest(g, extractions[4:], batch_articles=2)
    assert set(g) == set(full)


def test_store_ready_made_queries_match_memory(tmp_path, extractions, full):
    g = store.open_store(tmp_path / "s", create=True)
    store.ingest(g, extractions)
    for name, params in [("relations", None), ("relations", {"entity": "Russia"}), ("entities", None)]:
        here, there = run_named(full, name, params), run_named(g, name, params)
        assert there.columns == here.columns
        assert norm_rows(there.rows) == norm_rows(here.rows) and here.rows
    store.close_store(g)


def test_store_remove_article_equals_build_without_it(extractions):
    for i in range(len(extractions)):
        g = build_graph(extractions)
        gone = extractions[i].article.id
        changes = store.remove_article(g, gone)
        assert changes.removed > 0
        want = build_graph(extractions[:i] + extractions[i + 1:])
        # aliases are surface-form nodes linked from the articles using them: they leave with the last one
        diff = set(g) ^ set(want)
        assert not diff, sorted(diff)[:5]
        assert (ART[gone], None, None) not in g


def test_store_remove_article_from_store_drops_its_entities(tmp_path, extractions):
    g = store.open_store(tmp_path / "s", create=True)
    store.ingest(g, extractions)
    doj = extractions[-1]
    assert any(e.key.startswith("US") or "Justice" in e.label for e in doj.entities)
    only_here = {e.key for e in doj.entities} - {e.key for ex in extractions[:-1] for e in ex.entities}
    assert only_here, "the last article should have an entity no other article has"
    store.remove_article(g, doj.article.id)
    want = build_graph(extractions[:-1])
    assert canon(g) == canon(want)
    for key in only_here:
        assert (URIRef("https://w3id.org/kg/entity/" + key), None, None) not in g
    assert store.remove_article(g, "0" * 16).articles == []
    store.close_store(g)


def test_store_load_any_reads_files_and_stores(tmp_path, full):
    ttl, nt = tmp_path / "g.ttl", tmp_path / "g.nt"
    save_graph(full, ttl)
    save_graph(full, nt)
    small = store.load_any(ttl)
    assert not store.is_store_graph(small) and set(small) == set(full)
    for path in (ttl, nt):
        big = store.load_any(path, big_file_bytes=0)
        assert store.is_store_graph(big) and canon(big) == canon(full)
    s = store.open_store(tmp_path / "s", create=True)
    assert store.import_file(s, ttl) == len(full)
    store.close_store(s)
    g = store.load_any(tmp_path / "s")
    assert canon(g) == canon(full)
    # importing again into a non-empty store keeps it finalised and unchanged
    assert store.import_file(g, nt) == 0 and canon(g) == canon(full)
    store.close_store(g)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .")
    with pytest.raises(GraphFileError, match="bad.ttl"):
        store.import_file(store.memory_oxigraph_graph(), bad)


_KILL_SCRIPT = """
import pickle, sys, time
from kg import store
exs = pickle.load(open(sys.argv[1], "rb"))
def slow():
    for i, ex in enumerate(exs):
        if i == 4:  # batches [0, 1] and [2, 3] are committed once the 5th article is asked for
            print("committed", flush=True)
        time.sleep(0.15)
        yield ex
g = store.open_store(sys.argv[2], create=True)
print("open", flush=True)
store.ingest(g, slow(), batch_articles=2)
print("done", flush=True)
"""


def test_store_killed_ingest_keeps_whole_batches_and_rerun_completes(tmp_path, extractions, full):
    data = tmp_path / "exs.pickle"
    data.write_bytes(pickle.dumps(extractions))
    path = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-c", _KILL_SCRIPT, str(data), str(path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "open"
    assert proc.stdout.readline().strip() == "committed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    g = store.open_store(path)
    done = article_ids(g)
    assert 0 < len(done) < len(extractions) and len(done) % 2 == 0
    committed = [ex for ex in extractions if ex.article.id in done]
    assert canon(g) == canon(build_graph(committed))
    store.ingest(g, [ex for ex in extractions if ex.article.id not in done])
    assert canon(g) == canon(full)
    store.close_store(g)


def test_store_mention_counts_follow_articles(extractions):
    g = new_graph()
    store.ingest(g, extractions)
    for ent, n in g.subject_objects(GEO.mentionCount):
        assert int(n) == len(set(g.subjects(GEO.mentions, ent)))


def _hand_extraction(article: str, conf: float, modality: str):
    from kg.model import Article, Entity, Evidence, Extraction, Mention, Relation

    art = Article(id=article, text="Japan sanctions Iran.", title=article, source=f"{article}.txt")
    ev = Evidence(article=article, sentence=art.text, start=0, end=21, rule="hand", confidence=conf,
                  trigger="sanctions", modality=modality)
    ents = (Entity(key="Japan", label="Japan", type="Country", iso3="JPN"),
            Entity(key="Iran", label="Iran", type="Country", iso3="IRN"))
    return Extraction(article=art, entities=ents,
                      mentions=(Mention("Japan", "Japan", 0, 5), Mention("Iran", "Iran", 16, 20)),
                      relations=(Relation("Japan", "sanctions", "Iran", ev),))


@pytest.mark.parametrize("cases", [
    [(0.0, "asserted"), (0.3, "asserted")],  # kg.graph.finalize reads a zero confidence as 0.5
    [(0.9, "negated"), (0.0, "hypothetical")],  # never asserted: no plain triple
    [(0.9, "negated"), (0.4, "asserted"), (0.7, "asserted")],
])
def test_store_native_aggregates_match_finalize_quirks(tmp_path, cases):
    exs = [_hand_extraction(f"{i:016x}", conf, mod) for i, (conf, mod) in enumerate(cases)]
    g = store.open_store(tmp_path / "s", create=True)
    for ex in exs:  # one batch per article: every later batch counts the earlier evidence natively
        store.add_extractions(g, [ex])
    assert canon(g) == canon(build_graph(exs))
    store.close_store(g)
