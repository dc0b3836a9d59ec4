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


@pytest.mark.parametrize("start", [None, "forkserver"])
def test_parallel_script_without_main_guard(tmp_path, start):
    """Workers forked from a one-thread script (the default) need no `if __name__ == "__main__":` guard;
    a forkserver re-imports the script, and then a ConfigError names the missing guard."""
    script = tmp_path / "noguard.py"
    script.write_text(
        "from kg.ingest import article_from_text\n"
        "from kg.parallel import extract_parallel\n"
        "arts = [article_from_text('Japan and India signed a pact.', source=str(i)) for i in range(4)]\n"
        f"print(len(list(extract_parallel(arts, jobs=2, batch_size=1, mp_context={start!r}))))\n"
    )
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    if start is None:
        assert proc.returncode == 0 and proc.stdout.strip() == "4", proc.stderr[-2000:]
    else:
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


def test_parallel_this_process_extracts_while_workers_are_busy():
    """kg.parallel._shared: chunks done here and by the pool come back in input order, and both do some."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from kg.parallel import _shared

    done_by: dict[str, list[int]] = {"pool": [], "here": []}

    def slow(chunk):
        time.sleep(0.02 * (1 + chunk[0] % 3))  # out of order in the pool
        done_by["pool"].append(chunk[0])
        return [x * 10 for x in chunk]

    def here(chunk):
        assert threading.current_thread() is threading.main_thread()
        time.sleep(0.02)
        done_by["here"].append(chunk[0])
        return [x * 10 for x in chunk]

    with ThreadPoolExecutor(max_workers=2) as pool:
        got = list(_shared(pool, 2, lambda c: pool.submit(slow, c), here, range(200), batch_size=3, window=4))
    assert got == [x * 10 for x in range(200)]
    assert done_by["pool"] and done_by["here"]
    assert sorted(done_by["pool"] + done_by["here"]) == list(range(0, 200, 3))


def test_parallel_empty_input_submits_nothing():
    from kg.parallel import _shared

    class NoPool:
        def submit(self, *a, **k):
            raise AssertionError("a worker was started for no input")

    assert list(_shared(NoPool(), 1, NoPool().submit, lambda c: c, [], batch_size=4, window=2)) == []


def test_parallel_fork_start_method_is_byte_identical(articles, serial):
    par = list(extract_parallel(articles, jobs=2, batch_size=2, mp_context="fork"))
    assert par == serial
