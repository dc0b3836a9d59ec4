"""kg benchmarks: extraction speed, memory, graph loading and queries, BLIS or not.

    .venv/bin/python bench/run.py --quick        # ~6 minutes on 2 cores; `make bench`
    .venv/bin/python bench/run.py                # full sizes (1k/10k articles): much longer

Writes ``bench/results/*.csv``, ``bench/results/RESULTS.md`` and ``bench/results/bench.png`` (when
matplotlib is installed), and copies the markdown to ``bench/RESULTS.md``. The corpus is
synthetic (bench/corpus.py) and the graphs too (bench/synth_graph.py), with fixed seeds.
Anything measured in a fresh process (memory, graphs, BLIS) runs as ``run.py --worker ...``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import synthetic_articles  # noqa: E402

QUICK = {"extract": 300, "memory": (300, 1000), "graphs": (10_000, 100_000, 1_000_000), "blis": 150, "budget": 60,
         "scale": (1000,), "cli": 300}
BLIS_MODES = ("default", "noblis", "noblis-1thread")
FULL = {"extract": 1000, "memory": (1000, 10_000), "graphs": (10_000, 100_000, 1_000_000), "blis": 400, "budget": 900,
        "scale": (10_000,), "cli": 3000}


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB.

    Linux's VmHWM, which starts afresh in an exec'd worker; ru_maxrss would carry the parent's
    peak over (it survives fork + exec), so it is only the fallback.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def words(articles) -> int:
    return sum(len(a.text.split()) for a in articles)


# --- workers (each in its own process) -------------------------------------------------------


def worker_memory(n: int, target: str) -> dict:
    """Extract ``n`` articles and build them into an rdflib graph or a store; peak memory and time."""
    from kg import store
    from kg.graph import build_graph
    from kg.nlp import load_pipeline
    from kg.parallel import extract_parallel

    load_pipeline()
    base = rss_mb()
    arts = list(synthetic_articles(n))
    t = time.perf_counter()
    if target == "memory":
        g = build_graph(extract_parallel(arts, jobs=1))
        triples = len(g)
    else:
        tmp = tempfile.mkdtemp(prefix="kg-bench-store-")
        try:
            g = store.open_store(Path(tmp) / "s", create=True)
            store.ingest(g, extract_parallel(arts, jobs=1), batch_articles=64)
            triples = len(g)
            store.close_store(g)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    secs = time.perf_counter() - t
    return {"articles": n, "target": target, "seconds": round(secs, 2), "articles_per_s": round(n / secs, 1),
            "triples": triples, "rss_model_mb": base, "peak_rss_mb": rss_mb()}


def write_jsonl(folder: Path, n: int, per_file: int = 5000) -> int:
    """``n`` synthetic articles as JSONL files of ``per_file`` articles in ``folder`` (kg reads files up to
    20 MB, as a user's archive would be split); returns the number of words."""
    folder.mkdir(parents=True, exist_ok=True)
    n_words = 0
    fh = None
    for i, a in enumerate(synthetic_articles(n)):
        if i % per_file == 0:
            if fh:
                fh.close()
            fh = (folder / f"part-{i // per_file:05d}.jsonl").open("w", encoding="utf-8")
        n_words += len(a.text.split())
        fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text}) + "\n")
    if fh:
        fh.close()
    return n_words


def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants (Linux /proc), in MiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
            status = (d / "status").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(d.name))
        rss[int(d.name)] = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total / 1024


def bench_scale(n: int, jobs: int, work: Path) -> dict:
    """``kg build DIR --store STORE --jobs N`` as a user runs it; wall time and peak memory.

    ``peak_rss_mb`` is the largest resident set of the build process (RUSAGE_CHILDREN of a fresh
    child that runs it); ``peak_tree_rss_mb`` the largest sum over the build and all its
    descendants (forkserver, workers), sampled twice a second.
    """
    src = work / f"scale-{n}"
    n_words = write_jsonl(src, n)
    store_dir = work / f"scale-{n}-store"
    cmd = [str(Path(sys.executable).with_name("kg")), "build", str(src), "--store", str(store_dir), "--jobs", str(jobs)]
    probe = ("import resource, subprocess, sys, json; "
             "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
             "print(json.dumps({'rc': rc, 'peak_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", probe, *cmd], stdout=subprocess.PIPE, text=True)
    tree = 0.0
    while proc.poll() is None:
        tree = max(tree, _tree_rss_mb(proc.pid))
        time.sleep(0.5)
    secs = time.perf_counter() - t
    res = json.loads(proc.stdout.read().strip().splitlines()[-1])
    if res["rc"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {res['rc']}")
    from kg import store

    g = store.open_store(store_dir, read_only=True)
    triples = len(g)
    store.close_store(g)
    size_mb = sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file()) / 2**20
    shutil.rmtree(store_dir, ignore_errors=True)
    shutil.rmtree(src, ignore_errors=True)
    return {"articles": n, "jobs": jobs, "words": n_words, "seconds": round(secs, 1), "articles_per_s": round(n / secs, 1),
            "triples": triples, "store_mb": round(size_mb), "peak_rss_mb": round(res["peak_kb"] / 1024, 1),
            "peak_tree_rss_mb": round(tree, 1)}


def _named_queries():
    from kg.resources import queries

    qs = queries()
    runs = [(name, None) for name in sorted(qs)]
    runs.append(("relations", {"entity": "India"}))
    return qs, runs


def worker_graph(path: str, backend: str) -> None:
    """Load a graph file with one backend and time every ready-made query; one JSON line per step."""
    from rdflib import Literal

    from kg import store
    from kg.graph import load_graph
    from kg.query import prepare, run_named, unwrapped

    def emit(**row) -> None:
        print(json.dumps(row), flush=True)

    qs, runs = _named_queries()
    # beside the graph file, in the parent's temporary directory: removed even if this worker is killed
    tmp = tempfile.mkdtemp(prefix=f"store-{backend}-", dir=Path(path).parent)
    try:
        t = time.perf_counter()
        if backend == "rdflib":
            g = load_graph(path)
        elif backend == "oxigraph-memory":
            g = store.memory_oxigraph_graph()
            store.import_file(g, path)
        else:
            g = store.open_store(Path(tmp) / "s", create=True)
            store.import_file(g, path)
        emit(step="load", seconds=round(time.perf_counter() - t, 3), triples=len(g), peak_rss_mb=rss_mb())
        engines = {"rdflib": ["rdflib"], "oxigraph-store": ["native", "rdflib"], "oxigraph-memory": ["native"]}[backend]
        for engine in engines:
            for name, params in runs:
                label = name + (f"(entity={params['entity']})" if params else "")
                t = time.perf_counter()
                if engine == "native":  # what kg query does on a store or big file: Oxigraph's engine, text cells
                    n_rows = len(run_named(g, name, params).rows)
                else:  # rdflib's engine over whatever store backs the graph (the text kg gives rdflib's engine)
                    init = {k: Literal(v) for k, v in (params or {}).items()}
                    n_rows = len(list(g.query(prepare(unwrapped(qs[name].text)), initBindings=init)))
                emit(step="query", engine=engine, query=label, seconds=round(time.perf_counter() - t, 3), rows=n_rows,
                     peak_rss_mb=rss_mb())
        if backend == "oxigraph-store":
            store.close_store(g)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def worker_blis(mode: str, n: int) -> dict:
    """Parse ``n`` articles with thinc's default ops or NumpyOps(use_blis=False); time and annotation digest."""
    if mode.startswith("noblis"):  # noblis-1thread also gets OPENBLAS_NUM_THREADS=1 from its parent
        from thinc.api import NumpyOps, set_current_ops

        set_current_ops(NumpyOps(use_blis=False))
    from kg.graph import build_graph, serialize
    from kg.nlp import load_pipeline
    from kg.pipeline import extract_doc

    nlp = load_pipeline()
    from thinc.api import get_current_ops

    ops = type(get_current_ops()).__name__ + ("" if getattr(get_current_ops(), "use_blis", True) else "(use_blis=False)")
    arts = list(synthetic_articles(n))
    list(nlp.pipe([a.text for a in arts[:10]]))  # warm up
    digest = hashlib.sha256()
    t, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe([a.text for a in arts], batch_size=32))
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    for doc in docs:
        for tok in doc:
            digest.update(f"{tok.i}\t{tok.tag_}\t{tok.dep_}\t{tok.head.i}\t{tok.ent_iob_}\t{tok.ent_type_}\t{tok.lemma_}\n".encode())
    graph = serialize(build_graph(extract_doc(d, a, nlp) for d, a in zip(docs, arts)), "nt")
    return {"mode": mode, "ops": ops, "articles": n, "seconds": round(secs, 2), "cpu_seconds": round(cpu, 2),
            "articles_per_s": round(n / secs, 1),
            "annotations": digest.hexdigest()[:16], "graph": hashlib.sha256(graph).hexdigest()[:16]}


def run_worker(args: list[str], budget: float | None = None, env: dict | None = None) -> tuple[list[dict], bool]:
    """Run ``run.py --worker args`` and collect its JSON lines; True in the flag when it ran out of time."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})
    rows: list[dict] = []
    timed_out = False
    deadline = time.monotonic() + budget if budget else None
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buf = ""
    while True:
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        if deadline is not None and timeout == 0.0:
            timed_out = True
            proc.kill()
            break
        if not sel.select(timeout):
            continue
        chunk = os.read(proc.stdout.fileno(), 65536).decode()
        if not chunk:
            break
        buf += chunk
        while "\n" in buf:
            line, buf = buf.split("\n", 1)
            if line.strip().startswith("{"):
                rows.append(json.loads(line))
    proc.wait()
    if proc.returncode not in (0, -9) and not timed_out:
        raise RuntimeError(f"worker {args} failed with exit code {proc.returncode}")
    return rows, timed_out


# --- benchmarks run from the main process ----------------------------------------------------


def bench_extraction(n: int, cli_n: int | None = None, cli_runs: int = 2) -> list[dict]:
    """Raw spaCy parsing vs kg extraction (parse + entities + relations), 1 and 2 processes.

    The command-line rows build ``cli_n`` articles (default ``n``) with `--jobs 1` and `--jobs 2`
    taken in turn ``cli_runs`` times, and keep each one's fastest run: on a shared machine one run
    can lose seconds to other work, and the start-up cost is fixed, so larger corpora show the
    throughput scaling (`--cli-articles 3000`).
    """
    from kg.nlp import load_pipeline
    from kg.parallel import extract_parallel, limit_blas_threads

    limit_blas_threads()  # as `kg build` and its workers do: raw spaCy is measured with the same setting
    nlp = load_pipeline()
    arts = list(synthetic_articles(n))
    texts = [a.text for a in arts]
    n_words = words(arts)
    list(nlp.pipe(texts[:10]))  # warm up
    list(extract_parallel(arts[:10], jobs=1))  # and kg's own one-time loads (gazetteer matcher, lexicon, rules)
    rows = []
    for what, jobs, run in [
        ("spaCy nlp.pipe", 1, lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32))),
        ("spaCy nlp.pipe", 2, lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=2))),
        ("kg extraction", 1, lambda: sum(1 for _ in extract_parallel(arts, jobs=1))),
        ("kg extraction", 2, lambda: sum(1 for _ in extract_parallel(arts, jobs=2))),
        ("kg extraction (fork)", 2, lambda: sum(1 for _ in extract_parallel(arts, jobs=2, mp_context="fork"))),
    ]:
        t, cpu = time.perf_counter(), time.process_time()
        assert run() == n
        secs, cpu = time.perf_counter() - t, time.process_time() - cpu
        rows.append({"pipeline": what, "jobs": jobs, "articles": n, "words": n_words, "seconds": round(secs, 2),
                     "articles_per_s": round(n / secs, 1), "words_per_s": round(n_words / secs),
                     "cpu_seconds": round(cpu, 2) if jobs == 1 else None})
    raw = {r["jobs"]: r["seconds"] for r in rows if r["pipeline"].startswith("spaCy")}
    raw_cpu = next(r["cpu_seconds"] for r in rows if r["pipeline"].startswith("spaCy") and r["jobs"] == 1)
    for r in rows:
        r["time_vs_raw_same_jobs"] = round(r["seconds"] / raw[r["jobs"]], 2)
        r["cpu_vs_raw"] = round(r["cpu_seconds"] / raw_cpu, 2) if r["cpu_seconds"] is not None else None
    # the command line as a user runs it: a fresh process, model loading and graph writing included
    cli_n = cli_n or n
    with tempfile.TemporaryDirectory(prefix="kg-bench-cli-") as work:
        src = Path(work) / "corpus"
        cli_words = write_jsonl(src, cli_n)
        kg = str(Path(sys.executable).with_name("kg"))
        best: dict[int, float] = {}
        for _ in range(max(1, cli_runs)):
            for jobs in (1, 2):
                t = time.perf_counter()
                subprocess.run([kg, "build", str(src), "-o", str(Path(work) / f"out{jobs}.ttl"), "--jobs", str(jobs),
                                "-q"], check=True)
                best[jobs] = min(best.get(jobs, float("inf")), time.perf_counter() - t)
        for jobs, secs in best.items():
            rows.append({"pipeline": "kg build -o graph.ttl (command line)", "jobs": jobs, "articles": cli_n,
                         "words": cli_words, "seconds": round(secs, 2), "articles_per_s": round(cli_n / secs, 1),
                         "words_per_s": round(cli_words / secs), "cpu_seconds": None, "time_vs_raw_same_jobs": None,
                         "cpu_vs_raw": None})
        same = (Path(work) / "out1.ttl").read_bytes() == (Path(work) / "out2.ttl").read_bytes()
        rows[-1]["pipeline"] += "" if same else " (OUTPUT DIFFERS)"
    return rows


def bench_graphs(sizes, budget: float, work: Path) -> tuple[list[dict], list[dict]]:
    from synth_graph import write_graph

    loads, queries = [], []
    for size in sizes:
        path = work / f"synthetic-{size}.nt"
        t = time.perf_counter()
        count = write_graph(path, size)
        print(f"  graph {size}: {count} triples written in {time.perf_counter() - t:.1f}s", flush=True)
        for backend in ("rdflib", "oxigraph-store", "oxigraph-memory"):
            rows, timed_out = run_worker(["graph", str(path), backend], budget)
            load = next((r for r in rows if r["step"] == "load"), None)
            loads.append({"size": size, "triples": count, "backend": backend,
                          "load_seconds": load["seconds"] if load else None,
                          "peak_rss_mb": max((r["peak_rss_mb"] for r in rows), default=None),
                          "file_mb": round(path.stat().st_size / 2**20, 1)})
            done = {(r["engine"], r["query"]) for r in rows if r["step"] == "query"}
            for r in rows:
                if r["step"] == "query":
                    queries.append({"size": size, "backend": backend, "engine": r["engine"], "query": r["query"],
                                    "seconds": r["seconds"], "rows": r["rows"]})
            if timed_out:
                _, runs = _named_queries()
                engines = {"rdflib": ["rdflib"], "oxigraph-store": ["native", "rdflib"], "oxigraph-memory": ["native"]}
                for engine in engines[backend]:
                    for name, params in runs:
                        label = name + (f"(entity={params['entity']})" if params else "")
                        if (engine, label) not in done:
                            queries.append({"size": size, "backend": backend, "engine": engine, "query": label,
                                            "seconds": None, "rows": None})
            print(f"  {backend}: load {loads[-1]['load_seconds']}s" + (" (time budget hit)" if timed_out else ""),
                  flush=True)
        path.unlink()
    return loads, queries


# --- output ----------------------------------------------------------------------------------


def write_csv(path: Path, rows: list[dict]) -> None:
    if not rows:
        return
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def _value(v: str):
    """A cell as a number when it is one; empty (or the report's "–") as None."""
    if v in ("", "–"):
        return None
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return v


def read_csv(path: Path) -> list[dict]:
    """Rows of an earlier run's CSV, numbers as numbers and empty cells as None."""
    if not path.exists():
        return []
    with path.open(newline="") as fh:
        return [{k: _value(v) for k, v in row.items()} for row in csv.DictReader(fh)]


#: The heading of the large-corpus table in the report: its rows take hours, so they are kept across runs.
SCALE_HEADING = "## Peak memory of `kg build --store` on large corpora"


def published_rows(report: Path, heading: str) -> list[dict]:
    """The rows of the first table under ``heading`` in a published report (bench/RESULTS.md): a fresh clone has
    no bench/results/*.csv, and its first `make bench` would otherwise drop rows measured by earlier runs."""
    if not report.exists():
        return []
    lines = report.read_text(encoding="utf-8").splitlines()
    if heading not in lines:
        return []
    block: list[str] = []
    for line in lines[lines.index(heading) + 1:]:
        if line.startswith("|"):
            block.append(line)
        elif block or line.startswith("#"):
            break  # the table ended, or the next section began without one
    if len(block) < 3:  # header, rule, at least one row
        return []
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for line in block]
    head = cells[0]
    return [dict(zip(head, map(_value, row))) for row in cells[2:] if len(row) == len(head)]


def kept_rows(out: Path, name: str) -> list[dict]:
    """The rows of part ``name`` measured by the last run that ran it: its CSV in ``out``; for the large-corpus
    part, when a fresh clone has no CSV yet, the rows the published report holds (see published_rows)."""
    rows = read_csv(out / f"{name}.csv")
    if not rows and name == "scale":
        rows = published_rows(HERE / "RESULTS.md", SCALE_HEADING)
    return rows


def table(rows: list[dict], cols: list[str]) -> str:
    def cell(v) -> str:
        return "–" if v is None else str(v)

    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(cell(r.get(c)) for c in cols) + " |" for r in rows]
    return "\n".join(out)


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import pyoxigraph
    import rdflib
    import spacy
    import thinc

    mem = ""
    try:
        kb = int(next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")).split()[1])
        mem = f", {kb / 2**20:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{cpu}, {len(os.sched_getaffinity(0))} cores{mem}; Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"thinc {thinc.__version__}, rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}")


def query_pivot(queries: list[dict], size: int) -> tuple[list[dict], list[str]]:
    cols = {"rdflib/rdflib": ("rdflib", "rdflib"), "store/rdflib engine": ("oxigraph-store", "rdflib"),
            "store/native": ("oxigraph-store", "native"), "oxigraph memory/native": ("oxigraph-memory", "native")}
    names = list(dict.fromkeys(q["query"] for q in queries if q["size"] == size))
    rows = []
    for name in names:
        row: dict = {"query": name}
        for col, (backend, engine) in cols.items():
            hit = [q for q in queries if q["size"] == size and q["query"] == name and q["backend"] == backend
                   and q["engine"] == engine]
            row[col] = hit[0]["seconds"] if hit and hit[0]["seconds"] is not None else ("timeout" if hit else None)
        counts = {q["rows"] for q in queries if q["size"] == size and q["query"] == name and q["rows"] is not None}
        row["rows"] = "/".join(str(c) for c in sorted(counts)) + ("" if len(counts) <= 1 else " (DIFFER)")
        rows.append(row)
    return rows, ["query", "rows", *cols]


def plot(out: Path, extraction: list[dict], loads: list[dict], queries: list[dict]) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.6))
    labels = [f"{r['pipeline'].replace('spaCy ', '').replace(' (', chr(10) + '(')}\n{r['jobs']} job{'s' if r['jobs'] > 1 else ''}"
              for r in extraction]
    ax1.bar(labels, [r["articles_per_s"] for r in extraction],
            color=["#8aa" if r["pipeline"].startswith("spaCy") else "#c84" for r in extraction])
    ax1.set_ylabel("articles / s")
    ax1.set_title("Extraction throughput")
    ax1.tick_params(axis="x", labelsize=8)
    for backend, engine, style in [("rdflib", "rdflib", "o-"), ("oxigraph-store", "rdflib", "s--"),
                                   ("oxigraph-store", "native", "s-"), ("oxigraph-memory", "native", "^-")]:
        pts = []
        for size in sorted({q["size"] for q in queries}):
            sel = [q for q in queries if q["size"] == size and q["backend"] == backend and q["engine"] == engine]
            if sel and all(q["seconds"] is not None for q in sel):
                pts.append((next(r["triples"] for r in loads if r["size"] == size), sum(q["seconds"] for q in sel)))
        if pts:
            ax2.plot(*zip(*pts), style, label=f"{backend} / {engine}")
    ax2.set_xscale("log")
    ax2.set_yscale("log")
    ax2.set_xlabel("triples")
    ax2.set_ylabel("all ready-made queries, s")
    ax2.set_title("Query time")
    ax2.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    return True


def report(cfg: dict, quick: bool, extraction, memory, loads, queries, blis, plotted: bool, scale=()) -> str:
    parts = [
        "# kg benchmarks",
        "",
        f"Generated by `bench/run.py{' --quick' if quick else ''}` on {time.strftime('%Y-%m-%d')}. Machine: {machine()}.",
        "Corpus: synthetic articles of 8 sentences recombined from bench/corpus.py; graphs: bench/synth_graph.py.",
        "Timings are wall-clock seconds of one run; 2-job figures include starting the workers and loading the model in each.",
    ]
    if extraction:
        parts += ["", f"## Extraction speed ({extraction[0]['articles']} articles)", "",
                  table(extraction, ["pipeline", "jobs", "articles", "words", "seconds", "articles_per_s", "words_per_s",
                                     "time_vs_raw_same_jobs", "cpu_seconds", "cpu_vs_raw"])]
        one = {r["pipeline"]: r for r in extraction if r["jobs"] == 1}
        two = {r["pipeline"]: r for r in extraction if r["jobs"] == 2}
        if "kg extraction" in one and "kg extraction" in two:
            speed = one["kg extraction"]["seconds"] / two["kg extraction"]["seconds"]
            fork = two.get("kg extraction (fork)")
            parts += ["", "Every row parses with one BLAS thread per process, as `kg build` sets it "
                          "(kg.parallel.limit_blas_threads). "
                          f"kg's extraction costs {one['kg extraction']['time_vs_raw_same_jobs']}x the time of parsing "
                          f"alone ({1 / one['kg extraction']['time_vs_raw_same_jobs']:.0%} of raw spaCy's throughput"
                          + (f"; {one['kg extraction']['cpu_vs_raw']}x the CPU time, "
                             f"{1 / one['kg extraction']['cpu_vs_raw']:.0%}, which other work on the machine disturbs less"
                             if one["kg extraction"].get("cpu_vs_raw") else "") + "); "
                          f"2 jobs run {speed:.2f}x as fast as 1 with the default forkserver start"
                          + (f", {one['kg extraction']['seconds'] / fork['seconds']:.2f}x with fork (workers inherit "
                             "the loaded model)" if fork else "")
                          + " (output identical: tests/test_parallel.py)."]
            cli = [r for r in extraction if r["pipeline"].startswith("kg build")]
            if len(cli) == 2:
                parts += ["", f"The command line (`kg build DIR -o graph.ttl` on {cli[0]['articles']} articles, model "
                              "loading and graph writing included, fastest of the runs): "
                              f"`--jobs 2` takes {cli[0]['seconds'] / cli[1]['seconds']:.2f}x less time than `--jobs 1`"
                              + (" with the same Turtle." if "DIFFERS" not in cli[1]["pipeline"] else
                                 "; the Turtle DIFFERS.")]
    if memory:
        parts += ["", "## Peak memory: extract and build", "",
                  "`rss_model_mb` is the process after loading spaCy; `peak_rss_mb` after building (VmHWM). "
                  "`store` is `kg.store.ingest` into an on-disk store in committed batches of 64 articles, with "
                  "incremental finalisation.", "",
                  table(memory, ["articles", "target", "seconds", "articles_per_s", "triples", "rss_model_mb",
                                 "peak_rss_mb"])]
    if scale:
        parts += ["", SCALE_HEADING, "",
                  "The real command line on a folder of JSONL files of synthetic articles (5,000 a file), into a new "
                  "store. `peak_rss_mb` is the largest resident set of the build process (RUSAGE_CHILDREN; with "
                  "`--jobs` the workers are the forkserver's children and not in it); `peak_tree_rss_mb` the largest "
                  "total over the build, the forkserver and its workers (sampled every 0.5 s; pages they share are "
                  "counted in each); `store_mb` the store's size on disk. Rows of earlier runs (`--scale-sizes`) are kept.",
                  "", table(list(scale), ["articles", "jobs", "words", "seconds", "articles_per_s", "triples", "store_mb",
                                          "peak_rss_mb", "peak_tree_rss_mb"])]
    if loads:
        parts += ["", "## Loading synthetic graphs", "",
                  "`oxigraph-store` is a `kg.store` directory filled with Oxigraph's bulk loader; "
                  "`oxigraph-memory` an in-memory Oxigraph graph (`kg.store.load_any` for big files). "
                  "Peak RSS includes the queries below.", "",
                  table(loads, ["triples", "file_mb", "backend", "load_seconds", "peak_rss_mb"])]
        for size in sorted({q["size"] for q in queries}):
            rows, cols = query_pivot(queries, size)
            summary = []
            for col in cols[2:]:
                vals = [r[col] for r in rows]
                if vals and all(isinstance(v, (int, float)) for v in vals):
                    summary.append(f"{col} {sum(vals):.1f} s")
                elif any(v == "timeout" for v in vals):
                    summary.append(f"{col} over the budget")
            n = next(r["triples"] for r in loads if r["size"] == size)
            parts += ["", f"### Ready-made queries on {n:,} triples (seconds)", "",
                      "`rdflib engine`: the parsed query runs on rdflib's engine over the store's triples (kg.query "
                      "on rdflib graph files); `native`: the query text goes to Oxigraph, as kg.query does for "
                      "stores and big files. `timeout`: the "
                      f"{cfg['budget']} s budget for that backend ran out.", "", table(rows, cols), "",
                      "All queries together: " + "; ".join(summary) + "."]
    if blis:
        parts += ["", "## thinc NumpyOps(use_blis=False) vs the default ops", "",
                  "Each run parses in a fresh process; `cpu_seconds` (process time) is less disturbed than wall time "
                  "by other work on the machine.", "",
                  table(blis, ["mode", "ops", "articles", "seconds", "cpu_seconds", "articles_per_s", "annotations",
                               "graph"])]
        by: dict[str, list[dict]] = {}
        for r in blis:
            by.setdefault(r["mode"], []).append(r)
        if "default" in by and len(by) > 1:
            same_ann = len({r["annotations"] for r in blis}) == 1
            # the graph is compared within a round (default, noblis, ...): kg's own code may change between rounds
            n_modes = len(by)
            rounds = [blis[i:i + n_modes] for i in range(0, len(blis), n_modes)]
            same = same_ann and all(len({r["graph"] for r in rnd}) == 1 for rnd in rounds)
            wall = {m: min(r["seconds"] for r in rs) for m, rs in by.items()}
            cpu = {m: min(r["cpu_seconds"] for r in rs) for m, rs in by.items()}
            parts += ["", f"Annotations and graph are {'identical' if same else 'DIFFERENT'} in every mode. Best of "
                          f"{len(by['default'])} runs, relative to the default (BLIS): "
                          + "; ".join(f"{m}: wall {wall['default'] / wall[m]:.2f}x as fast, CPU {cpu[m] / cpu['default']:.2f}x "
                                      "the CPU time" for m in by if m != "default") + ". "
                          "`noblis` lets numpy's BLAS use every core for one parse; `noblis-1thread` pins it to one "
                          "core, the fair comparison when `--jobs` already keeps every core busy."]
    if plotted:
        parts += ["", "Plot: `bench/results/bench.png` (written by each run, not committed)."]
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller sizes and a 60 s budget per query backend")
    ap.add_argument("--only", action="append", choices=["extract", "memory", "graphs", "blis", "scale"],
                    help="run only these parts (repeatable)")
    ap.add_argument("--graph-sizes", help="comma-separated triple counts for the graph part, e.g. 10000,100000")
    ap.add_argument("--extract-articles", type=int, help="articles of the extraction part (default 300 quick, 1000 full)")
    ap.add_argument("--cli-articles", type=int, help="articles of its `kg build --jobs 1/2` rows (default 300 quick, "
                    "3000 full: enough that starting the workers is not most of what is measured)")
    ap.add_argument("--cli-runs", type=int, default=2, help="runs of each of those builds, fastest kept (default 2)")
    ap.add_argument("--scale-sizes", help="comma-separated article counts for `kg build --store` runs, e.g. 10000,100000 "
                    "(earlier rows of other sizes are kept)")
    ap.add_argument("--scale-jobs", type=int, default=1, help="--jobs of those builds (default 1)")
    ap.add_argument("--out", type=Path, default=HERE / "results")
    ap.add_argument("--report-only", action="store_true", help="measure nothing: rewrite the report from the CSVs")
    ap.add_argument("--no-publish", action="store_true", help="do not copy the markdown to bench/RESULTS.md")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        kind, *rest = args.worker
        if kind == "memory":
            print(json.dumps(worker_memory(int(rest[0]), rest[1])))
        elif kind == "graph":
            worker_graph(rest[0], rest[1])
        elif kind == "blis":
            print(json.dumps(worker_blis(rest[0], int(rest[1]))))
        return 0
    cfg = dict(QUICK if args.quick else FULL)
    if args.extract_articles:
        cfg["extract"] = args.extract_articles
    if args.scale_sizes:
        cfg["scale"] = tuple(int(x) for x in args.scale_sizes.split(","))
    if args.graph_sizes:
        cfg["graphs"] = tuple(int(x) for x in args.graph_sizes.split(","))
    parts = set() if args.report_only else set(args.only or ["extract", "memory", "graphs", "blis", "scale"])
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    extraction, memory, loads, queries, blis, scale = [], [], [], [], [], []
    if "extract" in parts:
        print(f"extraction: {cfg['extract']} articles", flush=True)
        extraction = bench_extraction(cfg["extract"], args.cli_articles or cfg["cli"], args.cli_runs)
        write_csv(out / "extraction.csv", extraction)
    if "memory" in parts:
        for n in cfg["memory"]:
            for target in ("memory", "store"):
                print(f"memory: {n} articles into {target}", flush=True)
                rows, _ = run_worker(["memory", str(n), target])
                memory += rows
        write_csv(out / "memory.csv", memory)
    if "graphs" in parts:
        print("graphs: " + ", ".join(map(str, cfg["graphs"])), flush=True)
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
            loads, queries = bench_graphs(cfg["graphs"], cfg["budget"], Path(work))
        write_csv(out / "graph_load.csv", loads)
        write_csv(out / "queries.csv", queries)
    if "scale" in parts:
        scale = kept_rows(out, "scale")
        for n in cfg["scale"]:
            print(f"scale: kg build --store, {n} articles, --jobs {args.scale_jobs}", flush=True)
            with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as work:
                row = bench_scale(n, args.scale_jobs, Path(work))
            scale = [r for r in scale if (r["articles"], r["jobs"]) != (n, args.scale_jobs)] + [row]
            scale.sort(key=lambda r: (r["jobs"], r["articles"]))
            write_csv(out / "scale.csv", scale)
    if "blis" in parts:
        one_thread = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        for _ in range(3):
            for mode in BLIS_MODES:
                print(f"blis: {mode}", flush=True)
                rows, _ = run_worker(["blis", mode, str(cfg["blis"])], env=one_thread if mode.endswith("1thread") else None)
                blis += rows
        write_csv(out / "blis.csv", blis)
    # parts not run this time: keep the figures of the last run that measured them
    for name, rows in (("extraction", extraction), ("memory", memory), ("graph_load", loads), ("queries", queries),
                       ("blis", blis), ("scale", scale)):
        if not rows:
            rows += kept_rows(out, name)
    plotted = bool(extraction and queries) and plot(out / "bench.png", extraction, loads, queries)
    md = report(cfg, args.quick, extraction, memory, loads, queries, blis, plotted, scale)
    notes = HERE / "NOTES.md"  # findings measured by hand, kept across runs
    if notes.exists():
        md += "\n" + notes.read_text(encoding="utf-8")
    (out / "RESULTS.md").write_text(md)
    if not args.no_publish:
        (HERE / "RESULTS.md").write_text(md)
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
