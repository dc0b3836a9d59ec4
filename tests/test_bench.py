"""bench/run.py's large-corpus part measures the real command line: it must build every article it wrote."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _run_module():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("kg_bench_run", BENCH / "run.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(BENCH))


def test_write_jsonl_splits_files_kg_can_read(tmp_path):
    from kg.ingest import iter_articles

    run = _run_module()
    words = run.write_jsonl(tmp_path / "c", 25, per_file=10)
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    arts = list(iter_articles([tmp_path / "c"]))
    assert len(arts) == 25 and sum(len(a.text.split()) for a in arts) == words


def test_bench_scale_builds_a_store_with_the_cli_and_measures_memory(tmp_path):
    run = _run_module()
    row = run.bench_scale(12, 1, tmp_path)
    assert row["articles"] == 12 and row["triples"] > 500
    assert 50 < row["peak_rss_mb"] < 4096 and 50 < row["peak_tree_rss_mb"] < 4096
    assert not any(tmp_path.iterdir())  # corpus and store removed


def test_a_fresh_clone_keeps_the_published_large_corpus_rows(tmp_path):
    # bench/results/ is not in the repository: the first `make bench` of a clone reads the rows measured by
    # earlier runs (hours each) back from the published report instead of dropping them
    run = _run_module()
    report = tmp_path / "RESULTS.md"
    report.write_text("# kg benchmarks\n\n" + run.SCALE_HEADING + "\n\nSome prose.\n\n"
                      "| articles | jobs | seconds | peak_rss_mb |\n|---|---|---|---|\n"
                      "| 10000 | 1 | 346.0 | 827.6 |\n| 100000 | 2 | 2330.1 | – |\n\n## Loading synthetic graphs\n\n"
                      "| triples | backend |\n|---|---|\n| 11163 | rdflib |\n", encoding="utf-8")
    assert run.published_rows(report, run.SCALE_HEADING) == [
        {"articles": 10000, "jobs": 1, "seconds": 346.0, "peak_rss_mb": 827.6},
        {"articles": 100000, "jobs": 2, "seconds": 2330.1, "peak_rss_mb": None}]
    assert run.published_rows(report, "## No such part") == []
    assert run.published_rows(tmp_path / "missing.md", run.SCALE_HEADING) == []
    shipped = run.published_rows(run.HERE / "RESULTS.md", run.SCALE_HEADING)
    assert {r["articles"] for r in shipped} >= {10000, 100000}  # the report in the repository has them
