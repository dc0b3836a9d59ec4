"""`kg build` with time marks: where the wall and the CPU of one build go (serial parts of --jobs N).

    .venv/bin/python bench/build_timeline.py build DIR -o out.ttl -q --jobs 2

Runs the command line as `kg` does and prints to stderr, for each mark, the seconds since start
(wall/CPU of this process): kg imported, first and last article added to the graph, finalize done,
file written, exit functions. What follows the last mark is the end of the process (`/usr/bin/time`).
"""

from __future__ import annotations

import time

T0 = time.time()
marks: list[tuple[str, float, float]] = []


def mark(name: str) -> None:
    marks.append((name, time.time() - T0, time.process_time()))


def main() -> None:
    import atexit
    import sys

    from kg import graph as kgraph
    mark("import kg")
    from kg.cli import main as cli

    add, finalize, save = kgraph.add_extraction, kgraph.finalize, kgraph.save_graph
    added = [0]

    def add_marked(g, ex):
        if not added[0]:
            mark("first add")
        added[0] += 1
        add(g, ex)

    def finalize_marked(g):
        mark("last add")
        finalize(g)
        mark("finalize")

    def save_marked(g, path):
        save(g, path)
        mark("saved")

    kgraph.add_extraction, kgraph.finalize, kgraph.save_graph = add_marked, finalize_marked, save_marked

    def report() -> None:
        mark("atexit")
        sys.stderr.write(" ".join("%s=%.2f/%.2f" % m for m in marks) + "\n")

    atexit.register(report)
    sys.argv[0] = "kg"
    cli()


if __name__ == "__main__":
    main()
