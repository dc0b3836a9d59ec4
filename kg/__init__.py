"""kg: geopolitical knowledge graphs from news articles.

The library API (the command line is a thin layer over it)::

    from kg import build, stats, run_named, export, view_graph
    result = build(["examples/articles"])
    print(stats(result.graph).relations)
    print(run_named(result.graph, "members", {"entity": "Quad"}).rows)

Stages, in the order the data flows: :mod:`kg.ingest` -> :mod:`kg.nlp` -> :mod:`kg.entities`
-> :mod:`kg.coref` -> :mod:`kg.relations` -> :mod:`kg.graph` -> :mod:`kg.query`,
:mod:`kg.export`, :mod:`kg.viz`; :mod:`kg.store` for on-disk stores, :mod:`kg.endpoint` for
SPARQL servers, :mod:`kg.evaluate` for accuracy.
"""

from __future__ import annotations

import os

# spaCy's small model parses fastest here on one BLAS thread with thinc's plain numpy ops (see
# kg.nlp); the thread limit only takes effect before numpy is first imported.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"

from .pipeline import build, build_file, build_store, extract_article, extract_articles, remove, stats  # noqa: E402


def __getattr__(name: str):
    """Lazy access to the heavier parts, so `import kg` stays quick."""
    if name in ("run_query", "run_named"):
        from . import query

        return getattr(query, name)
    if name == "export":
        from .export import export

        return export
    if name == "view_graph":
        from .viz import view_graph

        return view_graph
    if name in ("load_graph", "save_graph"):
        from . import graph

        return getattr(graph, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


__all__ = ["build", "build_file", "build_store", "extract_article", "extract_articles", "remove", "stats",
           "run_query", "run_named", "export", "view_graph", "load_graph", "save_graph", "__version__"]
