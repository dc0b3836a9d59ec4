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


def test_tsv_cells_equal_object_cells():
    """The table is read from Oxigraph's TSV; every kind of term must give the cell its pyoxigraph object gives."""
    import pyoxigraph as pox

    from kg.query import _native_select, _object_cells

    odd = ODD + [
        Literal("tab\there"), Literal("back\\slash \\n not a newline"), Literal('"quoted"'), Literal("cr\r lf\n end\\"),
        Literal("ctrl \x00\x01\x08\x0b\x0c\x1f\x7f \x85 \u2028 é 😀"), Literal(""), Literal("\\t\\u0041"),
        Literal("1", datatype=XSD.boolean), Literal("0", datatype=XSD.boolean), Literal("-5", datatype=XSD.integer),
        Literal("+5", datatype=XSD.integer), Literal("007", datatype=XSD.integer), Literal("-0.50", datatype=XSD.decimal),
        Literal("1e3", datatype=XSD.double), Literal("NaN", datatype=XSD.double), Literal("-INF", datatype=XSD.float),
        Literal("abc", datatype=XSD.integer), Literal("2024-05-01T10:00:00Z", datatype=XSD.dateTime),
        Literal("x\ty", lang="en-GB"), Literal("x", datatype=XSD.string), URIRef("https://w3id.org/kg/geo#Country"),
        URIRef("urn:x:tab%09"), BNode("other"),
    ]
    ox = store.memory_oxigraph_graph()
    for i, value in enumerate(odd):
        ox.add((ENT[f"e{i}"], GEO.value, value))
        ox.add((ENT[f"e{i}"], GEO.rank, Literal(i)))
    text = "SELECT ?s ?v ?missing ?r WHERE { ?s geo:value ?v ; geo:rank ?r OPTIONAL { ?s geo:none ?missing } } ORDER BY ?r"
    got = _native_select(ox, text, {}).rows
    want = _object_cells(ox.store.ox.query(text, prefixes={"geo": str(GEO)}))
    assert len(got) == len(odd) and got == want
    mem = new_graph()
    for t in ox:
        mem.add(t)
    assert run_query(mem, text).rows == got
    # no rows, and rows whose only cell is empty
    assert _native_select(ox, "SELECT ?x WHERE { ?x geo:none ?y }", {}).rows == []
    assert _native_select(ox, "SELECT ?x WHERE { VALUES ?y { 1 2 } }", {}).rows == [[""], [""]]


def test_ready_made_sub_selects_unwrap_to_the_same_rows(example_graph):
    """The ready-made queries write per-statement properties as sub-selects of one pattern; unwrapped (as for an
    entity) they must answer the same, on rdflib's engine and on Oxigraph's."""
    from kg.query import _ONE_PATTERN, unwrapped
    from kg.resources import queries

    ox = store.memory_oxigraph_graph()
    for t in example_graph:
        ox.add(t)
    wrapped = 0
    for name, nq in queries().items():
        flat = unwrapped(nq.text)
        assert not _ONE_PATTERN.search(flat), name
        wrapped += flat != nq.text
        for g in (example_graph, ox):
            a, b = run_query(g, nq.text), run_query(g, flat)
            assert a.rows == b.rows, (name, g)
    assert wrapped >= 7
