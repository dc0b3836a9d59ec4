"""Parallel and cluster extraction give exactly the graph one process gives, in input order."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.errors import ConfigError
from kg.graph import build_graph, serialize
from kg.ingest import article_from_text, iter_articles
from kg.parallel import extract_dask, extract_parallel
from conftest import EXAMPLES


EXTRA = (
    "Finland joined NATO in April 2023 after decades of military non-alignment.",
    "The European Union imposed new sanctions on Russia over the war in Ukraine.",
    "North Korea threatened South Korea after joint military exercises.",
    "Saudi Arabia and Iran agreed to restore diplomatic relations in March 2023.",
    "Canada expelled an Indian diplomat in September 2023.",
    "Mali ended its defence cooperation with France in 2022.",
    "China criticized the United States over arms sales to Taiwan.",
)


@pytest.fixture(scope="module")
def articles():
    arts = list(iter_articles([EXAMPLES]))
    # vary length so chunks finish out of order in the workers
    arts += [article_from_text(" ".join(EXTRA[: 1 + i % len(EXTRA)]) + f" Item {i}.", source=f"x/{i}")
             for i in range(14)]
    return arts


@pytest.fixture(scope="module")
def serial(articles, nlp):
    return list(extract_parallel(articles, jobs=1))


def test_parallel_two_jobs_byte_identical_turtle(articles, serial):
    par = list(extract_parallel(articles, jobs=2, batch_size=3))
    assert [e.article.id for e in par] == [a.id for a in articles]
    assert par == serial
    assert serialize(build_graph(par), "turtle") == serialize(build_graph(serial), "turtle")


def test_parallel_empty_input_starts_nothing():
    assert list(extract_parallel([], jobs=2)) == []


def test_parallel_script_without_main_guard_fails_clearly(tmp_path):
    script = tmp_path / "noguard.py"
    script.write_text(
        "from kg.ingest import article_from_text\n"
        "from kg.parallel import extract_parallel\n"
        "arts = [article_from_text('Japan and India signed a pact.', source=str(i)) for i in range(4)]\n"
        "print(len(list(extract_parallel(arts, jobs=2, batch_size=1))))\n"
    )
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "__main__" in proc.stderr and "ConfigError" in proc.stderr


def test_dask_local_cluster_matches_serial(articles, serial):
    distributed = pytest.importorskip("distributed", reason="dask.distributed not installed (pip install 'kg[cluster]')")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        got = list(extract_dask(articles, scheduler=cluster.scheduler_address, batch_size=4))
        with distributed.Client(cluster) as client:
            pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2  # really two worker processes
    assert got == serial
    assert serialize(build_graph(got), "turtle") == serialize(build_graph(serial), "turtle")


def test_dask_needs_an_address():
    pytest.importorskip("distributed", reason="dask.distributed not installed (pip install 'kg[cluster]')")
    with pytest.raises(ConfigError, match="scheduler address"):
        list(extract_dask([], scheduler=None))
