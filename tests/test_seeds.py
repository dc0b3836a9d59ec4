"""What the graph must state about the two real seed articles (../shared/seeds)."""

from __future__ import annotations

import pytest
from rdflib import Literal

from kg.graph import serialize
from kg.query import run_query
from kg.vocab import ENT, GEO, RDFS, SKOS

US = ENT.UnitedStates


def has(g, s, p, o) -> bool:
    return (ENT[s] if isinstance(s, str) else s, GEO[p], ENT[o] if isinstance(o, str) else o) in g


def related(g, a, p, b) -> bool:
    """Symmetric relations are stored once per unordered pair."""
    return has(g, a, p, b) or has(g, b, p, a)


@pytest.mark.parametrize("partner", ["India", "Japan", "SouthKorea", "Philippines", "Vietnam"])
def test_seeds_us_shares_intelligence_with(seed_graph, partner):
    assert related(seed_graph, "UnitedStates", "sharesIntelligenceWith", partner)


def test_seeds_us_shares_intelligence_with_australia_via_quad(seed_graph):
    g = seed_graph
    direct = related(g, "UnitedStates", "sharesIntelligenceWith", "Australia")
    via_quad = related(g, "UnitedStates", "sharesIntelligenceWith", "Quad") and has(g, "Australia", "memberOf", "Quad")
    assert direct or via_quad


@pytest.mark.parametrize("group,members", [
    ("Quad", {"UnitedStates", "India", "Australia", "Japan"}),
    ("FiveEyes", {"UnitedStates", "UnitedKingdom", "Canada", "Australia", "NewZealand"}),
])
def test_seeds_group_members(seed_graph, group, members):
    found = {str(s).rsplit("/", 1)[-1] for s in seed_graph.subjects(GEO.memberOf, ENT[group])}
    assert found == members


def test_seeds_india_repelled_china(seed_graph):
    assert has(seed_graph, "India", "repelled", "China")
    assert has(seed_graph, "India", "usesForceAgainst", "China")  # the parent property is materialised


def test_seeds_positions(seed_graph):
    g = seed_graph
    assert has(g, "DanielByman", "holdsPosition", "CenterForStrategicAndInternationalStudies")
    assert has(g, "LloydAustin", "holdsPosition", "UnitedStates")
    assert has(g, "MinoruKihara", "holdsPosition", "Japan")


def test_seeds_justice_department_charged_teixeira(seed_graph):
    g = seed_graph
    doj = [s for s, o in g.subject_objects(GEO.charged) if o == ENT.JackTeixeira]
    assert len(doj) == 1
    assert g.value(doj[0], GEO.parent) == US
    assert "Justice" in str(g.value(doj[0], RDFS.label)) or any(
        "Justice" in str(a) for a in g.objects(doj[0], SKOS.altLabel))


def test_seeds_one_node_for_the_united_states(seed_graph):
    g = seed_graph
    labels = {str(a) for a in g.objects(US, SKOS.altLabel)} | {str(g.value(US, RDFS.label))}
    assert {"United States", "U.S.", "US", "Washington"} <= labels
    assert g.value(US, GEO.isoCode) == Literal("USA")
    assert "Chinese" in {str(a) for a in g.objects(ENT.China, SKOS.altLabel)}
    # no second node for any of these forms
    for form in ("U.S.", "US", "Washington", "the United States"):
        holders = set(g.subjects(RDFS.label, Literal(form))) | set(g.subjects(SKOS.altLabel, Literal(form)))
        assert holders <= {US, ENT.Washington}, form


@pytest.mark.parametrize("junk", ["DONATE", "SUBSCRIBE", "Related Posts", "Total", "Shares", "Leave a Reply",
                                  "Previous Post", "Next Post", "Goldman Sachs", "Reliance Retail"])
def test_seeds_boilerplate_makes_no_entities(seed_graph, junk):
    g = seed_graph
    assert not set(g.subjects(RDFS.label, Literal(junk)))
    assert not set(g.subjects(SKOS.altLabel, Literal(junk)))


def test_seeds_evidence_is_queryable(seed_graph, shared_dir):
    res = run_query(seed_graph, """
        SELECT ?sentence ?title ?start ?end ?rule ?conf WHERE {
          ?st rdf:subject ent:India ; rdf:predicate geo:repelled ; rdf:object ent:China ; geo:hasEvidence ?ev .
          ?ev geo:sentence ?sentence ; geo:charStart ?start ; geo:charEnd ?end ; geo:rule ?rule ;
              geo:confidence ?conf ; prov:wasDerivedFrom ?art .
          ?art dcterms:title ?title .
        }""")
    assert res.rows
    sentence, title, start, end, rule, conf = res.rows[0]
    assert "India repelled Chinese forces" in sentence
    assert title and rule and 0 < float(conf) <= 1
    assert int(start) < int(end)


def test_seeds_build_is_deterministic_and_idempotent(shared_dir, nlp, seed_graph):
    from kg.pipeline import build

    again = build([shared_dir / "seeds"], nlp=nlp).graph
    assert serialize(again, "turtle") == serialize(seed_graph, "turtle")
    before = serialize(again, "turtle")
    build([shared_dir / "seeds"], graph=again, nlp=nlp)  # the same articles added twice
    assert serialize(again, "turtle") == before
