"""Push to a real Oxigraph SPARQL server and run the ready-made queries there."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from conftest import free_port
from kg.endpoint import EndpointError, push, query_endpoint, run_named_remote, with_values
from kg.errors import QueryError
from kg.query import run_named, run_query
from kg.resources import queries

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def server(oxigraph_server):
    return oxigraph_server


def norm(rows: list[list[str]]) -> list[list[str]]:
    """Decimals in canonical form: a server keeps 0.850 as 0.85."""
    return [[format(Decimal(c).normalize(), "f") if re.fullmatch(r"\d+\.\d+", c) else c for c in r] for r in rows]


def count(base: str, graph_iri: str | None = None) -> int:
    where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
    res = query_endpoint(f"{base}/query", f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(res.rows[0][0])


@pytest.mark.parametrize("protocol", ["gsp", "update"])
def test_endpoint_push_then_ready_made_queries_match_local(server, example_graph, protocol):
    result = push(example_graph, server, batch_triples=300, protocol=protocol)
    assert result.protocol == protocol and result.triples == len(example_graph) and result.batches > 1
    assert count(server) == len(example_graph)
    # pushing again replaces, never duplicates
    push(example_graph, server, protocol=protocol)
    assert count(server) == len(example_graph)

    local, remote = run_named(example_graph, "relations"), run_named_remote(f"{server}/query", "relations")
    assert remote.columns == local.columns
    assert norm(remote.rows) == norm(local.rows) and len(local.rows) > 10


@pytest.mark.parametrize("name", sorted(queries()))
@pytest.mark.parametrize("entity", [None, "India"])
def test_endpoint_every_ready_made_query_matches_local(server, example_graph, name, entity):
    push(example_graph, server)
    params = {"entity": entity} if entity and "entity" in queries()[name].params else None
    local, remote = run_named(example_graph, name, params), run_named_remote(f"{server}/query", name, params)
    assert remote.columns == local.columns
    assert norm(remote.rows) == norm(local.rows)


def test_endpoint_named_graph_and_append(server):
    g = Graph()
    a = URIRef("https://w3id.org/kg/entity/A")
    g.add((a, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("A")))
    iri = "https://example.org/graph/one"
    push(g, server, graph_iri=iri)
    h = Graph()
    h.add((a, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), Literal("Ay")))
    push(h, server, graph_iri=iri, replace=False)
    assert count(server, iri) == 2
    with pytest.raises(EndpointError, match="absolute IRI"):
        push(g, server, graph_iri="not an iri> }")


EVIL = 'He said "}" ; DROP ALL # \\ \n<script>é\u2028 \'\'\' """'


@pytest.mark.parametrize("protocol", ["gsp", "update"])
def test_endpoint_evil_literals_round_trip(server, protocol):
    g = Graph()
    s = URIRef("https://w3id.org/kg/evidence/evil")
    g.add((s, URIRef("https://w3id.org/kg/geo#sentence"), Literal(EVIL)))
    g.add((s, URIRef("https://w3id.org/kg/geo#claimant"), Literal("x", lang="en")))
    iri = f"https://example.org/graph/evil-{protocol}"
    push(g, server, graph_iri=iri, protocol=protocol)
    res = query_endpoint(f"{server}/query", f"SELECT ?o WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} ORDER BY ?o")
    assert sorted(r[0] for r in res.rows) == sorted([EVIL, "x"])


def test_endpoint_bindings_cannot_change_the_query(server, example_graph):
    push(example_graph, server)
    before = count(server)
    hostile = 'India") } } ; DROP ALL ; SELECT * WHERE { ("'
    res = run_named_remote(f"{server}/query", "relations", {"entity": hostile})
    assert res.rows == []
    assert count(server) == before
    local = run_query(example_graph, 'SELECT ?x WHERE { BIND(?v AS ?x) }', {"v": hostile})
    remote = query_endpoint(f"{server}/query", 'SELECT ?x WHERE { BIND(?v AS ?x) }', {"v": hostile})
    assert remote.rows == local.rows == [[hostile]]


def test_endpoint_with_values_skips_braces_in_iris_strings_and_comments():
    q = '# a { comment\nPREFIX a: <http://x/#>\nSELECT ?s WHERE { ?s a:p "{" }'
    out = with_values(q, {"s": "v"})
    assert out.endswith('WHERE { VALUES (?s) { ("v") }\n ?s a:p "{" }')
    with pytest.raises(QueryError, match="variable name"):
        with_values(q, {"s) } DROP": "v"})


def test_endpoint_refuses_updates_and_reports_unreachable(server):
    with pytest.raises(QueryError, match="Update is not allowed"):
        query_endpoint(f"{server}/query", "DROP ALL")
    with pytest.raises(EndpointError, match="cannot reach"):
        query_endpoint(f"http://127.0.0.1:{free_port()}/query", "ASK {}", timeout=2)
    with pytest.raises(QueryError, match="query"):
        query_endpoint(f"{server}/query", "SELECT ?x WHERE { ?x ?y }")


def test_endpoint_ask_and_construct(server, example_graph):
    push(example_graph, server)
    assert query_endpoint(f"{server}/query", "ASK { ?s a <https://w3id.org/kg/geo#Country> }").ask is True
    res = query_endpoint(f"{server}/query",
                         "CONSTRUCT { ?s <http://x/p> ?o } WHERE { ?s a <https://w3id.org/kg/geo#Country> ; "
                         "<http://www.w3.org/2000/01/rdf-schema#label> ?o }")
    assert res.graph is not None and len(res.graph) == len(res.rows) > 0


def test_endpoint_auto_falls_back_to_update_without_graph_store(server, example_graph):
    result = push(example_graph, server, store_url=f"{server}/no-graph-store-here", batch_triples=400)
    assert result.protocol == "update" and result.batches == -(-len(example_graph) // 400)
    assert count(server) == len(example_graph)
    with pytest.raises(EndpointError, match="HTTP 404"):
        push(example_graph, server, store_url=f"{server}/no-graph-store-here", protocol="gsp")
