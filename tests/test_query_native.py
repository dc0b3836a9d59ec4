"""SELECTs on Oxigraph-backed graphs write their cells straight from Oxigraph's terms: the table must be
the one rdflib's engine gives on the same triples, whatever the kind of term."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg import store
from kg.graph import new_graph
from kg.query import run_query
from kg.vocab import ENT, GEO

ODD = [
    Literal("plain"), Literal("Inde", lang="fr"), Literal("0.850", datatype=XSD.decimal),
    Literal("1.000", datatype=XSD.decimal), Literal("7", datatype=XSD.integer), Literal("true", datatype=XSD.boolean),
    Literal("2024-05-01", datatype=XSD.date), Literal("x", datatype=URIRef("https://example.org/dt")),
    ENT.India, URIRef("https://example.org/other#x"), BNode("b1"), Literal("quote \" and\nnewline"),
]


def test_native_select_cells_equal_rdflib_engine():
    mem = new_graph()
    for i, value in enumerate(ODD):
        mem.add((ENT[f"e{i}"], GEO.value, value))
        mem.add((ENT[f"e{i}"], GEO.rank, Literal(i)))
    ox = store.memory_oxigraph_graph()
    for t in mem:
        ox.add(t)
    text = "SELECT ?s ?v ?missing WHERE { ?s geo:value ?v ; geo:rank ?r OPTIONAL { ?s geo:none ?missing } } ORDER BY ?r"
    want, got = run_query(mem, text), run_query(ox, text)
    assert got.columns == want.columns == ["s", "v", "missing"]
    assert got.rows == want.rows
    assert [r[1] for r in got.rows][:4] == ["plain", "Inde", "0.85", "1"]
    assert got.rows[0][0] == "ent:e0" and got.rows[0][2] == ""


def test_native_select_binds_parameters():
    ox = store.memory_oxigraph_graph()
    ox.add((ENT.India, GEO.value, Literal("India")))
    ox.add((ENT.China, GEO.value, Literal("China")))
    text = "SELECT ?s ?name WHERE { ?s geo:value ?v FILTER(STR(?v) = STR(?name)) }"
    assert run_query(ox, text, {"name": "China"}).rows == [["ent:China", "China"]]
