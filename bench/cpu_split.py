"""CPU time of kg's parts against raw spaCy on the synthetic corpus, best of three in one process.

    .venv/bin/python bench/cpu_split.py [N]      # N synthetic articles, 300 by default

raw: ``nlp.pipe`` of the texts; extract: ``extract_parallel(jobs=1)`` (parse + kg's stages); graph:
``add_extraction`` of every result and ``finalize`` inside ``settled_gc``, as ``kg build`` does;
turtle: ``turtle_bytes``. Prints the kg/raw throughput ratios with and without the graph and Turtle.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import synthetic_articles  # noqa: E402

from kg import graph as kgraph  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.parallel import extract_parallel, limit_blas_threads  # noqa: E402
from kg.turtle import turtle_bytes  # noqa: E402


def main() -> None:
    limit_blas_threads()
    nlp = load_pipeline()
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    arts = list(synthetic_articles(n))
    texts = [a.text for a in arts]
    list(nlp.pipe(texts[:10]))
    g = kgraph.build_graph(extract_parallel(arts[:10], jobs=1))
    turtle_bytes(g)
    del g
    best: dict[str, float] = {}

    def rec(key: str, start: float) -> None:
        best[key] = min(best.get(key, 9e9), time.process_time() - start)

    for _ in range(3):
        c = time.process_time()
        sum(1 for _ in nlp.pipe(texts, batch_size=32))
        rec("raw", c)
        c = time.process_time()
        exs = list(extract_parallel(arts, jobs=1))
        rec("extract", c)
        c = time.process_time()
        g = kgraph.new_graph()
        with kgraph.settled_gc() as tick:
            for ex in exs:
                kgraph.add_extraction(g, ex)
                tick()
            kgraph.finalize(g)
        rec("graph", c)
        c = time.process_time()
        turtle_bytes(g)
        rec("turtle", c)
        del g, exs
        gc.collect()
    raw = best["raw"]
    print(" ".join(f"{k} {v:.3f}" for k, v in best.items()))
    print(f"kg/raw: extraction only {100 * raw / best['extract']:.1f} %; with the graph and Turtle "
          f"{100 * raw / (best['extract'] + best['graph'] + best['turtle']):.1f} %")


if __name__ == "__main__":
    main()
