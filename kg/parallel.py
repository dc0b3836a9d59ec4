"""Extraction on several cores, or on a dask cluster, with the same output as one core.

Each worker process loads the spaCy pipeline once (``kg.nlp.load_pipeline`` is cached per
process) and turns a chunk of articles into ``Extraction`` records; only those small records
travel back, never spaCy Docs. Results come back in input order, and at most a few chunks per
worker are in flight, so memory stays bounded however long the input is.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .model import Article, Extraction, Failed
from .store import batched

__all__ = ["default_jobs", "extract_parallel", "extract_dask", "extract_chunk", "limit_blas_threads"]

#: Chunks queued per worker: enough to keep it busy while the parent merges results.
IN_FLIGHT_PER_WORKER = 2


def default_jobs() -> int:
    """Cores this process may use (respects CPU affinity and cgroup-limited containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


#: Environment variables that size the BLAS and OpenMP thread pools when numpy is first imported.
_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
#: OpenBLAS setters, as numpy's bundled build (scipy-openblas) and a system OpenBLAS name them.
_OPENBLAS_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
                     "openblas_set_num_threads")


def limit_blas_threads(n: int = 1) -> bool:
    """Parse with ``n`` BLAS threads (default one); True when the running BLAS was told.

    spaCy's matrix products go through numpy's OpenBLAS (kg uses thinc's NumpyOps), which starts
    a thread per core. Those threads fight over the cores with each other and with any other
    worker: measured on 2 cores, one thread parses ~10 % faster alone and makes ``--jobs 2``
    ~1.7x faster instead of slower (bench/RESULTS.md). Annotations are identical. Before numpy is
    imported this sets the usual environment variables; afterwards it calls OpenBLAS itself.
    """
    if "numpy" not in sys.modules:
        for var in _THREAD_VARS:
            os.environ[var] = str(n)
        return True
    import ctypes
    from pathlib import Path

    import numpy

    done = False
    libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for lib in sorted(libs.glob("*openblas*.so*")) if libs.is_dir() else ():
        try:
            handle = ctypes.CDLL(str(lib))
        except OSError:
            continue
        for name in _OPENBLAS_SETTERS:
            setter = getattr(handle, name, None)
            if setter is not None:
                setter(ctypes.c_int(n))
                done = True
                break
    return done


def extract_chunk(articles: list[Article], coref: bool = True, model: str | None = None,
                  keep_going: bool = False) -> list[Extraction | Failed]:
    """Extract one chunk in this process: what a worker runs. The pipeline is loaded once per process.

    With ``keep_going`` an article kg fails on comes back as a Failed record in its place, so the
    rest of the chunk is not lost (kg.pipeline.extract_articles).
    """
    from .nlp import load_pipeline
    from .pipeline import extract_articles

    nlp = load_pipeline(model)
    return list(extract_articles(articles, nlp=nlp, batch_size=max(1, len(articles)), coref=coref,
                                 keep_going=keep_going))


def warm_up(model: str | None = None) -> None:
    """Load the pipeline and fill kg's per-process caches (gazetteer matcher, lexicon, coref rules) with
    one tiny article, so that a process forked afterwards starts with all of it."""
    from .ingest import article_from_text
    from .nlp import load_pipeline
    from .pipeline import extract_article

    limit_blas_threads()
    extract_article(article_from_text("Japan and India signed a pact. It was welcomed by the Quad."),
                    load_pipeline(model))


def _fork_is_safe() -> bool:
    """True on Linux when this process runs a single thread (of any kind, native ones included): then
    a fork copies no lock another thread holds. An open store or a progress bar adds threads."""
    try:
        return sys.platform.startswith("linux") and len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _warm(model: str | None) -> None:
    from .nlp import load_pipeline

    limit_blas_threads()
    load_pipeline(model)  # instant when forked from a forkserver that preloaded it (kg._preload)


def _ordered(submit, articles: Iterable[Article], batch_size: int, window: int) -> Iterator[Extraction | Failed]:
    """Submit chunks with ``submit(chunk) -> handle`` (``handle()`` waits), ``window`` at a time, yield in order."""
    pending: deque = deque()
    for chunk in batched(articles, max(1, batch_size)):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft()()
    while pending:
        yield from pending.popleft()()


def _shared(pool: ProcessPoolExecutor, workers: int, submit, run_here, articles: Iterable[Article], batch_size: int,
            window: int, spawn_aside: bool = True) -> Iterator[Extraction | Failed]:
    """Chunks in input order, extracted by ``pool``'s workers and by this process between results.

    The workers' start (a fresh interpreter importing spaCy and loading the model, ~1.1 s) used to
    leave this process and one core idle; and once they run, this process only waits for results
    between adding them to the graph. So the workers are started from a helper thread (starting
    one blocks until the forkserver is ready), and whenever the oldest chunk is not back, this
    process extracts the next one itself (``run_here``, the workers' own function: same output).
    ``submit(chunk)`` gives a future; at most ``window`` are in the pool, and at most ``4 * window``
    chunks done here wait behind an unfinished one, so memory stays bounded.
    """
    import threading

    started: list = []  # futures of one no-op per worker, or the error starting them raised

    def spawn() -> None:
        try:
            for _ in range(workers):  # one submit starts one worker
                started.append(pool.submit(os.getpid))
        except Exception as exc:  # noqa: BLE001 - raised in this process's thread below
            started.append(exc)

    chunks = iter(batched(articles, max(1, batch_size)))
    first = next(chunks, None)
    if first is None:
        return  # no input: no worker started
    chunks = itertools.chain([first], chunks)
    starter = threading.Thread(target=spawn, name="kg-start-workers", daemon=True)
    if spawn_aside:
        starter.start()
    else:
        spawn()  # a fork start method must not fork while this thread parses
    pending: deque = deque()  # futures (the pool's) and lists (done here), in input order
    # chunks this process may finish ahead of the oldest of the pool's: extracting as fast as a worker, it
    # would otherwise stop and wait for it every other chunk
    ahead = 4 * window
    in_pool = 0
    local = 0
    more = True
    try:
        while more or pending:
            if more and not starter.is_alive():
                while in_pool < window:
                    chunk = next(chunks, None)
                    if chunk is None:
                        more = False
                        break
                    pending.append(submit(chunk))
                    in_pool += 1
            head = pending[0] if pending else None
            if isinstance(head, list):
                pending.popleft()
                local -= 1
                yield from head
            elif head is not None and head.done():
                pending.popleft()
                in_pool -= 1
                yield from head.result()
            elif more and local < ahead:
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                else:
                    pending.append(run_here(chunk))
                    local += 1
            elif head is not None:
                pending.popleft()
                in_pool -= 1
                yield from head.result()
            else:
                break  # unreachable: nothing pending means no input left
        if starter.ident is not None:
            starter.join()
        for item in started:  # workers that could not start fail the run even if this process did all
            if isinstance(item, Exception):
                raise item
            item.result()
    finally:
        if starter.ident is not None:
            starter.join()


def _mp_context(name: str | None, model: str | None = None):
    """The start method's context; the forkserver is told to preload the default pipeline.

    The preload only takes effect when this process starts its forkserver (the first pool); a
    server started earlier without it still works, its workers just load the model themselves.
    """
    if name is None:
        name = "forkserver" if sys.platform.startswith("linux") else "spawn"
    ctx = multiprocessing.get_context(name)
    if name == "forkserver" and model is None:
        ctx.set_forkserver_preload(["__main__", "kg._preload"])
    return ctx


def extract_parallel(articles: Iterable[Article], jobs: int = 1, batch_size: int = 32, *, coref: bool = True,
                     model: str | None = None, mp_context: str | None = None,
                     keep_going: bool = False) -> Iterator[Extraction | Failed]:
    """Extractions of ``articles`` in input order, parsed by ``jobs`` processes: this one and ``jobs - 1`` workers.

    ``jobs=1`` runs in this process (no start-up cost). Output is identical whatever ``jobs`` is.
    This process extracts chunks itself while the workers start and whenever it would otherwise
    wait for them (:func:`_shared`), so it loads the pipeline too.
    ``keep_going`` yields a Failed record for an article kg fails on instead of raising.
    ``mp_context`` is a multiprocessing start method; the default ``forkserver`` starts workers
    from a clean process, so an open store or thread pool in the parent is never forked. As with
    any multiprocessing code, a script calling this needs the ``if __name__ == "__main__":`` guard;
    without it the workers fail and a ConfigError says so (they are never respawned in a loop).
    """
    if jobs <= 1:
        from .nlp import load_pipeline
        from .pipeline import extract_articles

        yield from extract_articles(articles, nlp=load_pipeline(model), batch_size=batch_size, coref=coref,
                                    keep_going=keep_going)
        return
    # the forkserver and its workers are new processes: set their BLAS thread count before they
    # import numpy (a count set later leaves threads the library already started); a value the
    # user exported wins
    for var in _THREAD_VARS:
        os.environ.setdefault(var, "1")
    if mp_context is None and _fork_is_safe():
        # workers forked from this process once it has loaded the pipeline start at once and share
        # its pages; a forkserver would import spaCy and load the model again (~1.2 s of CPU)
        warm_up(model)
        mp_context = "fork"
    ctx = _mp_context(mp_context, model)
    # this process extracts too (kg.parallel._shared): jobs - 1 workers keep `jobs` processes busy
    pool = ProcessPoolExecutor(max_workers=jobs - 1, mp_context=ctx, initializer=_warm, initargs=(model,))
    try:
        def submit(chunk: list[Article]):
            return pool.submit(extract_chunk, chunk, coref, model, keep_going)

        def run_here(chunk: list[Article]) -> list[Extraction | Failed]:
            if not blas_limited:
                blas_limited.append(limit_blas_threads())
            return extract_chunk(chunk, coref, model, keep_going)

        blas_limited: list = []
        yield from _shared(pool, jobs - 1, submit, run_here, articles, batch_size, (jobs - 1) * IN_FLIGHT_PER_WORKER,
                           spawn_aside=ctx.get_start_method() != "fork")
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
                 in_flight: int | None = None, keep_going: bool = False) -> Iterator[Extraction | Failed]:
    """Extractions of ``articles`` in input order, computed on a dask.distributed cluster.

    Give the scheduler address (``tcp://host:8786``) or a connected ``client``. Every worker
    needs kg and the spaCy model installed; each loads the pipeline once and keeps it. At most
    ``in_flight`` chunks (default: 2 per worker thread) are submitted at a time. ``keep_going`` yields
    a Failed record for an article kg fails on instead of raising.
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
            return client.submit(extract_chunk, chunk, coref, model, keep_going, pure=False).result

        yield from _ordered(submit, articles, batch_size, max(1, in_flight))
    finally:
        if own:
            client.close()
