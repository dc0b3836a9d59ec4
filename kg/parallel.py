"""Extraction on several cores, or on a dask cluster, with the same output as one core.

Each worker process loads the spaCy pipeline once (``kg.nlp.load_pipeline`` is cached per
process) and turns a chunk of articles into ``Extraction`` records; only those small records
travel back, never spaCy Docs. Results come back in input order, and at most a few chunks per
worker are in flight, so memory stays bounded however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .model import Article, Extraction
from .store import batched

__all__ = ["default_jobs", "extract_parallel", "extract_dask", "extract_chunk"]

#: Chunks queued per worker: enough to keep it busy while the parent merges results.
IN_FLIGHT_PER_WORKER = 2


def default_jobs() -> int:
    """Cores this process may use (respects CPU affinity and cgroup-limited containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_chunk(articles: list[Article], coref: bool = True, model: str | None = None) -> list[Extraction]:
    """Extract one chunk in this process: what a worker runs. The pipeline is loaded once per process."""
    from .nlp import load_pipeline
    from .pipeline import extract_articles

    nlp = load_pipeline(model)
    return list(extract_articles(articles, nlp=nlp, batch_size=max(1, len(articles)), coref=coref))


def _warm(model: str | None) -> None:
    from .nlp import load_pipeline

    load_pipeline(model)


def _ordered(submit, articles: Iterable[Article], batch_size: int, window: int) -> Iterator[Extraction]:
    """Submit chunks with ``submit(chunk) -> handle`` (``handle()`` waits), ``window`` at a time, yield in order."""
    pending: deque = deque()
    for chunk in batched(articles, max(1, batch_size)):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft()()
    while pending:
        yield from pending.popleft()()


def _mp_context(name: str | None):
    if name is None:
        name = "forkserver" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(name)


def extract_parallel(articles: Iterable[Article], jobs: int = 1, batch_size: int = 32, *, coref: bool = True,
                     model: str | None = None, mp_context: str | None = None) -> Iterator[Extraction]:
    """Extractions of ``articles`` in input order, parsed by ``jobs`` worker processes.

    ``jobs=1`` runs in this process (no start-up cost). Output is identical whatever ``jobs`` is.
    ``mp_context`` is a multiprocessing start method; the default ``forkserver`` starts workers
    from a clean process, so an open store or thread pool in the parent is never forked. As with
    any multiprocessing code, a script calling this needs the ``if __name__ == "__main__":`` guard;
    without it the workers fail and a ConfigError says so (they are never respawned in a loop).
    """
    if jobs <= 1:
        from .nlp import load_pipeline
        from .pipeline import extract_articles

        yield from extract_articles(articles, nlp=load_pipeline(model), batch_size=batch_size, coref=coref)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_mp_context(mp_context), initializer=_warm,
                               initargs=(model,))
    try:
        def submit(chunk: list[Article]):
            return pool.submit(extract_chunk, chunk, coref, model).result

        yield from _ordered(submit, articles, batch_size, jobs * IN_FLIGHT_PER_WORKER)
    except BrokenProcessPool:
        from .errors import ConfigError

        raise ConfigError(
            f"a worker process of extract_parallel(jobs={jobs}) died: out of memory, or a script that calls it "
            "without the `if __name__ == \"__main__\":` guard (workers import the main script); "
            "retry with jobs=1 to see the error"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def extract_dask(articles: Iterable[Article], scheduler: str | None = None, batch_size: int = 32, *,
                 client=None, coref: bool = True, model: str | None = None,
                 in_flight: int | None = None) -> Iterator[Extraction]:
    """Extractions of ``articles`` in input order, computed on a dask.distributed cluster.

    Give the scheduler address (``tcp://host:8786``) or a connected ``client``. Every worker
    needs kg and the spaCy model installed; each loads the pipeline once and keeps it. At most
    ``in_flight`` chunks (default: 2 per worker thread) are submitted at a time.
    """
    try:
        from distributed import Client
    except ImportError:
        from .errors import ConfigError

        raise ConfigError("dask.distributed is not installed: `pip install 'kg[cluster]'` (or 'dask[distributed]')") from None
    own = client is None
    if own:
        if not scheduler:
            from .errors import ConfigError

            raise ConfigError("extract_dask needs a scheduler address such as tcp://127.0.0.1:8786, or a client")
        client = Client(scheduler)
    try:
        if in_flight is None:
            threads = sum(client.nthreads().values()) or 1
            in_flight = threads * IN_FLIGHT_PER_WORKER
        client.run(_warm, model)  # load the pipeline on every worker now, not inside the first task

        def submit(chunk: list[Article]):
            return client.submit(extract_chunk, chunk, coref, model, pure=False).result

        yield from _ordered(submit, articles, batch_size, max(1, in_flight))
    finally:
        if own:
            client.close()
