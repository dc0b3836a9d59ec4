"""One article kg fails to extract must not abort a build: it is skipped, named, and read next time.

The failure is forced with the real model and real files: ``extract_relations`` as kg.pipeline
calls it raises for an article holding a marker word. Worker processes of ``--jobs 2`` do not see
a monkeypatch (forkserver), so the code a worker runs, :func:`kg.parallel.extract_chunk`, is tested
in this process, and the process pool with the "fork" start method, whose workers inherit it; the
dask path is tested end to end on an in-process cluster, whose worker threads see it.
"""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

import kg.pipeline
from kg.cli import main
from kg.graph import load_graph
from kg.ingest import article_from_text, iter_articles
from kg.model import Extraction, Failed
from kg.parallel import extract_chunk, extract_parallel
from kg.pipeline import article_ids, build, extract_article, extract_articles, failure

MARKER = "Quxbrook"
BAD_TEXT = f"Japan and the Philippines signed a defence agreement in Manila on Tuesday, said {MARKER}.\n"
GOOD = ("03_india_china_border_clash.txt", "04_japan_philippines_access_agreement.txt")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def corpus(tmp_path):
    """Two example articles and, between them in reading order, one that kg will fail on."""
    d = tmp_path / "in"
    d.mkdir()
    for name in GOOD:
        shutil.copy(EXAMPLES / name, d)
    (d / "03b_bad.txt").write_text(BAD_TEXT)
    return d


@pytest.fixture
def bad_id(corpus):
    return next(a.id for a in iter_articles([corpus]) if MARKER in a.text)


def _raising(exc_type=IndexError):
    real = kg.pipeline.extract_relations

    def extract_relations(doc, ents, article, **kw):
        if MARKER in article.text:
            raise exc_type("boom on an unusual parse")
        return real(doc, ents, article, **kw)

    return extract_relations


@pytest.fixture
def broken(monkeypatch, nlp):
    monkeypatch.setattr(kg.pipeline, "extract_relations", _raising())
    return monkeypatch


def _good_only(tmp_path):
    d = tmp_path / "good"
    d.mkdir()
    for name in GOOD:
        shutil.copy(EXAMPLES / name, d)
    return d


def test_build_guard_file_skips_the_failing_article_names_it_and_builds_the_rest(tmp_path, corpus, bad_id, broken):
    out = tmp_path / "g.ttl"
    res = run("build", corpus, "-o", out)
    assert res.exit_code == 3, res.output  # built, but something was skipped (as for an unreadable file)
    assert "Traceback" not in res.output
    lines = [ln for ln in res.output.splitlines() if "03b_bad.txt" in ln]
    assert len(lines) == 1
    assert "skipped: internal error in kg's extraction" in lines[0]
    assert "IndexError: boom on an unusual parse" in lines[0] and "please report it" in lines[0]
    assert "read 3 article(s), 2 new, 1 skipped" in res.output
    g = load_graph(out)
    ids = article_ids(g)
    assert len(ids) == 2 and bad_id not in ids
    # nothing half-written: the graph is exactly the graph of the two good articles
    alone = tmp_path / "alone.ttl"
    assert run("build", _good_only(tmp_path), "-o", alone, "-q").exit_code == 0
    assert out.read_bytes() == alone.read_bytes()


def test_build_guard_strict_fails(tmp_path, corpus, broken):
    res = run("build", corpus, "-o", tmp_path / "g.ttl", "--strict")
    assert res.exit_code not in (0, 3)
    assert "03b_bad.txt" in res.output and "--strict" in res.output
    assert "Traceback" not in res.output


def test_build_guard_append_after_the_fix_reads_it(tmp_path, corpus, bad_id, broken):
    out = tmp_path / "g.ttl"
    assert run("build", corpus, "-o", out, "-q").exit_code == 3
    broken.undo()  # "kg is fixed"
    res = run("build", corpus, "-o", out, "--append")
    assert res.exit_code == 0, res.output
    assert "read 3 article(s), 1 new, 0 skipped" in res.output
    assert bad_id in article_ids(load_graph(out))
    whole = tmp_path / "whole.ttl"
    assert run("build", corpus, "-o", whole, "-q").exit_code == 0
    assert out.read_bytes() == whole.read_bytes()  # as if it had never failed


def test_build_guard_store_after_the_fix_reads_it(tmp_path, corpus, bad_id, broken):
    store = tmp_path / "store"
    res = run("build", corpus, "--store", store)
    assert res.exit_code == 3, res.output
    assert "03b_bad.txt: skipped: internal error" in res.output
    assert "articles: 2" in res.output
    broken.undo()
    again = run("build", corpus, "--store", store)
    assert again.exit_code == 0, again.output
    assert "read 3 article(s), 1 new, 0 skipped" in again.output and "articles: 3" in again.output
    q = run("query", store, f"SELECT ?a WHERE {{ ?a a geo:Article FILTER(STRENDS(STR(?a), '{bad_id}')) }}",
            "--format", "csv")
    assert bad_id in q.output


def test_build_guard_library_build_reports_through_on_skip(corpus, bad_id, broken):
    seen = []
    result = build([corpus], on_skip=seen.append)
    assert [s.source for s in seen] == [str(corpus / "03b_bad.txt")]
    assert result.skipped == seen and result.articles == 3 and result.new_articles == 2
    assert bad_id not in article_ids(result.graph)


def test_build_guard_extract_chunk_keeps_the_rest_of_the_chunk_in_order(corpus, broken):
    """What a worker of ``--jobs 2`` and of a dask cluster runs, here in this process."""
    arts = list(iter_articles([corpus]))
    assert [MARKER in a.text for a in arts] == [False, True, False]
    got = extract_chunk(arts, keep_going=True)
    assert [type(r) for r in got] == [Extraction, Failed, Extraction]
    assert [r.article for r in got] == arts
    assert got[1].error == "IndexError: boom on an unusual parse"
    assert got[1].where.startswith("kg/pipeline.py:") and got[1].where.endswith(" in extract_doc")
    assert [got[0], got[2]] == extract_chunk([arts[0], arts[2]], keep_going=True)


def test_build_guard_two_forked_workers_keep_the_rest_in_input_order(corpus, broken):
    """The real process pool of ``--jobs 2``; "fork" (a start method extract_parallel offers) lets the
    workers inherit the patch that the default forkserver's fresh processes would not see."""
    arts = list(iter_articles([corpus])) + [
        article_from_text(f"China criticized the United States over Taiwan. Item {i}.", source=f"x/{i}")
        for i in range(5)]
    got = list(extract_parallel(arts, jobs=2, batch_size=2, mp_context="fork", keep_going=True))
    assert [r.article for r in got] == arts
    assert [type(r) for r in got] == [Extraction, Failed] + [Extraction] * 6
    assert got[1].error == "IndexError: boom on an unusual parse"
    good = [a for a in arts if MARKER not in a.text]
    assert [r for r in got if isinstance(r, Extraction)] == list(extract_articles(good))


def test_build_guard_library_calls_on_one_article_still_raise(corpus, broken):
    arts = list(iter_articles([corpus]))
    with pytest.raises(IndexError):
        extract_article(arts[1])
    with pytest.raises(IndexError):
        extract_chunk(arts)  # without keep_going, as before
    with pytest.raises(IndexError):
        list(extract_articles(arts))


@pytest.mark.parametrize("exc_type", [KeyboardInterrupt, MemoryError, SystemExit])
def test_build_guard_does_not_swallow_interrupts_or_memory_errors(monkeypatch, nlp, exc_type):
    monkeypatch.setattr(kg.pipeline, "extract_relations", _raising(exc_type))
    arts = [article_from_text("India and Japan signed a pact.", source="a"), article_from_text(BAD_TEXT, source="b")]
    with pytest.raises(exc_type):
        list(extract_articles(arts, nlp=nlp, keep_going=True))


class _ParseFails:
    """The real pipeline, except that parsing the marked text raises (as a kg component might)."""

    def __init__(self, nlp):
        self._nlp = nlp

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def __call__(self, text):
        if MARKER in text:
            raise ValueError("parse failed")
        return self._nlp(text)

    def pipe(self, texts, **kw):
        texts = list(texts)
        if any(MARKER in t for t in texts):
            raise ValueError("parse failed")
        return self._nlp.pipe(texts, **kw)


def test_build_guard_a_parse_error_costs_only_its_own_article(nlp):
    arts = [article_from_text(t, source=str(i)) for i, t in enumerate((
        "India and Japan signed a defence pact in Tokyo.", BAD_TEXT, "China criticized the United States."))]
    got = list(extract_articles(arts, nlp=_ParseFails(nlp), batch_size=3, keep_going=True))
    assert [type(r) for r in got] == [Extraction, Failed, Extraction]
    assert got[1].error == "ValueError: parse failed"
    assert [got[0], got[2]] == list(extract_articles([arts[0], arts[2]], nlp=nlp))


def test_build_guard_message_is_one_printable_line():
    art = article_from_text("Some text.", source="wire/1.txt")
    try:
        raise RuntimeError("line one\nline two \x1b[31mred" + "x" * 500)
    except RuntimeError as exc:
        f = failure(art, exc)
    assert f.error.startswith("RuntimeError: line one line two [31mred") and len(f.error) < 240
    assert f.where == ""  # raised outside kg's own code
    line = kg.pipeline.failed_reason(f)
    assert line.startswith("wire/1.txt: skipped: internal error in kg's extraction of this article (RuntimeError: ")
    assert line.isprintable()


def test_build_guard_dask_path_skips_the_article(tmp_path, corpus, bad_id, broken):
    distributed = pytest.importorskip("distributed", reason="dask.distributed not installed (pip install 'kg[cluster]')")
    # worker threads in this process, so they see the patch (a process cluster runs the same extract_chunk)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        res = run("build", corpus, "-o", tmp_path / "g.ttl", "--scheduler", cluster.scheduler_address)
    assert res.exit_code == 3, res.output
    assert "03b_bad.txt: skipped: internal error" in res.output
    ids = article_ids(load_graph(tmp_path / "g.ttl"))
    assert len(ids) == 2 and bad_id not in ids
