"""kg.graph writes in-memory graphs through rdflib's Memory indexes (kg.graph._Writer): the result must be
rdflib's own add/set/remove, down to the order of every index and of the graph's triples."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.plugins.stores.memory import Memory
from rdflib.store import TripleAddedEvent, TripleRemovedEvent

from kg import graph as kgraph
from kg.ingest import iter_articles
from kg.pipeline import extract_articles
from kg.store import remove_article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def _state(g) -> tuple:
    """Everything of the store that an iteration, a query or a serializer can see, in its order."""
    store = g.store
    assert type(store) is Memory

    def nested(index: dict) -> list:
        return [(a, [(b, list(c)) for b, c in by_b.items()]) for a, by_b in index.items()]

    contexts = store._Memory__contextTriples
    return (nested(store._Memory__spo), nested(store._Memory__pos), nested(store._Memory__osp), list(contexts[None]),
            [list(triples) for key, triples in contexts.items() if key is not None], len(store._Memory__tripleContexts),
            list(g), kgraph.serialize(g, "nt"))


@pytest.fixture(scope="module")
def extractions(nlp) -> list:
    return list(extract_articles(iter_articles([EXAMPLES]), nlp=nlp))


def _steps(extractions: list, tmp_path) -> list:
    states = []
    g = kgraph.new_graph()
    for ex in extractions:
        kgraph.add_extraction(g, ex)
    kgraph.finalize(g)
    states.append(_state(g))
    for ex in extractions[:3]:  # the same articles again: every single value is there already
        kgraph.add_extraction(g, ex)
    kgraph.finalize(g)
    states.append(_state(g))
    gone = extractions[1].article.id
    remove_article(g, gone)  # rdflib's removals leave empty dicts behind in the indexes
    states.append(_state(g))
    kgraph.add_extraction(g, extractions[1])
    kgraph.finalize(g)
    states.append(_state(g))
    path = tmp_path / "g.ttl"
    kgraph.save_graph(g, path)
    loaded = kgraph.load_graph(path)  # what `kg build --append` adds to
    for ex in extractions[::2]:
        kgraph.add_extraction(loaded, ex)
    kgraph.finalize(loaded)
    states.append(_state(loaded))
    return states


def test_direct_writes_equal_rdflib_writes(extractions, tmp_path, monkeypatch):
    assert len(extractions) >= 3
    direct = _steps(extractions, tmp_path / "direct")
    monkeypatch.setattr(kgraph, "_DIRECT", False)
    through_rdflib = _steps(extractions, tmp_path / "rdflib")
    assert len(direct) == len(through_rdflib)
    for a, b in zip(direct, through_rdflib):
        assert a == b


def test_the_writer_uses_the_indexes_on_kg_graphs_only(extractions):
    g = kgraph.new_graph()
    assert kgraph._Writer(g).spo is None  # an empty store: its first triple sets rdflib's default context record
    kgraph.add_extraction(g, extractions[0])
    assert kgraph._Writer(g).spo is not None
    other = kgraph.new_graph()
    heard: list = []
    for event in (TripleAddedEvent, TripleRemovedEvent):  # someone listens to rdflib's events: they all go out
        other.store.dispatcher.subscribe(event, heard.append)
    kgraph.add_extraction(other, extractions[0])
    kgraph.add_extraction(other, extractions[1])
    kgraph.finalize(other)
    assert kgraph._Writer(other).spo is None
    assert sum(isinstance(e, TripleAddedEvent) for e in heard) >= len(other) > 0


def test_settled_gc_freezes_after_the_first_article_and_still_collects_garbage():
    import gc
    import weakref

    class Node:
        pass

    if gc.get_freeze_count() or not gc.isenabled():
        pytest.skip("the collector is frozen or off in this process")
    with kgraph.settled_gc(every=4) as tick:
        tick()
        assert gc.get_freeze_count() > 0  # the model and kg's tables: never walked again during the build
        cycle = Node()
        cycle.me = cycle  # garbage made during the build ...
        ref = weakref.ref(cycle)
        del cycle
        for _ in range(3):
            tick()
        assert ref() is None  # ... is collected at the next settling
    assert gc.get_freeze_count() == 0
