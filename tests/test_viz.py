"""The HTML viewer: one self-contained, escaped, deterministic file; filters pick the right subgraph.

Graphs are built by hand in the shape of docs/SCHEMA.md, so these tests need no spaCy model.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import ConfigError, KgError
from kg.viz import graph_to_view_data, view_graph
from kg.vocab import ART, ENT, EV, GEO, STMT

EVIL_SCRIPT = "<script>alert(1)</script>"
EVIL_IMG = "<img src=x onerror=alert(1)>"
EVIL_QUOTES = "\"quotes'"
EVIL_URL = "javascript:alert(1)"
EVIL_HREF_TITLE = 'Read <a href="javascript:alert(2)">this</a> href'
LINE_SEP = "\u2028"


class GraphBuilder:
    """Writes entities, articles and statements the way the graph module does (docs/SCHEMA.md)."""

    def __init__(self) -> None:
        self.graph = rdflib.Graph()
        self._n = 0

    def entity(self, key: str, etype: str, label: str, *, aliases: tuple[str, ...] = (), iso: str | None = None,
               mentions: int = 1) -> URIRef:
        iri = ENT[key]
        g = self.graph
        g.add((iri, RDF.type, GEO[etype]))
        g.add((iri, RDFS.label, Literal(label)))
        for alias in aliases:
            g.add((iri, SKOS.altLabel, Literal(alias)))
        if iso:
            g.add((iri, GEO.isoCode, Literal(iso)))
        g.add((iri, GEO.mentionCount, Literal(mentions)))
        return iri

    def article(self, key: str, title: str, source: str, date: str) -> URIRef:
        iri = ART[key]
        g = self.graph
        g.add((iri, RDF.type, GEO.Article))
        g.add((iri, DCTERMS.identifier, Literal(key)))
        g.add((iri, DCTERMS.title, Literal(title)))
        g.add((iri, DCTERMS.source, Literal(source)))
        g.add((iri, DCTERMS.date, Literal(date, datatype=XSD.date)))
        return iri

    def statement(self, s: URIRef, prop: str, o: URIRef, category: str,
                  evidence: list[tuple[URIRef, str, dict[str, str]]], *, asserted: bool = True,
                  parent: str | None = None) -> URIRef:
        """``evidence`` is (article, sentence, extra fields such as claimant/modality) per piece."""
        g = self.graph
        p = GEO[prop]
        st = STMT[hashlib.sha1(f"{s} {p} {o}".encode()).hexdigest()[:16]]
        if asserted:
            g.add((s, p, o))
            if parent:  # materialised parent property: has no statement of its own
                g.add((s, GEO[parent], o))
        sources = {art for art, _, _ in evidence}
        g.add((st, RDF.type, GEO.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, GEO.category, Literal(category)))
        g.add((st, GEO.asserted, Literal(asserted)))
        g.add((st, GEO.confidence, Literal(round(1 - 0.2 ** len(sources), 4))))
        g.add((st, GEO.sourceCount, Literal(len(sources))))
        g.add((st, GEO.evidenceCount, Literal(len(evidence))))
        for art, sentence, extra in evidence:
            self._n += 1
            ev = EV[f"{self._n:016x}"]
            g.add((st, GEO.hasEvidence, ev))
            g.add((ev, RDF.type, GEO.Evidence))
            g.add((ev, PROV.wasDerivedFrom, art))
            g.add((ev, GEO.sentence, Literal(sentence)))
            g.add((ev, GEO.rule, Literal("test")))
            g.add((ev, GEO.confidence, Literal(0.8)))
            g.add((ev, GEO.modality, Literal(extra.get("modality", "asserted"))))
            if "claimant" in extra:
                g.add((ev, GEO.claimant, Literal(extra["claimant"])))
            if "eventDate" in extra:
                g.add((ev, GEO.eventDate, Literal(extra["eventDate"])))
        return st


def sample_graph() -> rdflib.Graph:
    """Nine entities (one without relations), six drawn relations, evil article text."""
    b = GraphBuilder()
    us = b.entity("UnitedStates", "Country", "United States", aliases=("U.S.", "US", "Washington"), iso="USA",
                  mentions=12)
    india = b.entity("India", "Country", "India", iso="IND", mentions=4)
    china = b.entity("China", "Country", "China", aliases=("Beijing",), iso="CHN", mentions=5)
    russia = b.entity("Russia", "Country", "Russia", aliases=("Moscow", "Россия"), iso="RUS", mentions=6)
    ukraine = b.entity("Ukraine", "Country", "Ukraine", iso="UKR", mentions=3)
    nato = b.entity("NATO", "Alliance", "NATO", aliases=("North Atlantic Treaty Organization",))
    doj = b.entity("USJusticeDepartment", "Agency", "U.S. Department of Justice", aliases=("DOJ",))
    b.graph.add((doj, GEO.parent, us))
    evil = b.entity("EvilCorp", "Organization", EVIL_SCRIPT, aliases=(EVIL_IMG, EVIL_QUOTES))
    b.entity("LonelyIsland", "Location", "Lonely Island")

    a1 = b.article("a1", "U.S. and India deepen ties", "https://news.example.org/us-india?a=1&b=2", "2024-05-01")
    a2 = b.article("a2", EVIL_HREF_TITLE, EVIL_URL, "2024-05-02")
    a3 = b.article("a3", "Sanctions round-up", "articles/sanctions.txt", "2024-06-01")
    a4 = b.article("a4", "More sanctions", "http://wire.example.com/s", "2024-06-02")
    a5 = b.article("a5", "Yet more sanctions", "https://wire.example.com/t", "2024-06-03")

    b.statement(us, "sharesIntelligenceWith", india, "share_intelligence", [
        (a1, "The U.S. is sharing intelligence with India.", {"claimant": "U.S. officials", "eventDate": "2022-05"}),
        (a2, f"India shares intelligence with the U.S. {EVIL_SCRIPT}{LINE_SEP}next line", {}),
    ])
    b.statement(china, "criticizesOrAccuses", us, "criticize_or_accuse", [
        (a2, f"China accused Washington {EVIL_IMG}.", {"claimant": EVIL_QUOTES}),
        (a3, "China did not accuse Washington of anything.", {"modality": "negated"}),
    ])
    b.statement(russia, "attacked", ukraine, "use_force", [(a3, "Russia attacked Ukraine.", {})],
                parent="usesForceAgainst")
    b.statement(us, "sanctions", russia, "sanction", [
        (a3, "The U.S. sanctioned Russia.", {}), (a4, "Washington sanctions Moscow.", {}),
        (a5, "New U.S. sanctions on Russia.", {}),
    ])
    b.statement(us, "memberOf", nato, "member_of", [(a1, "The U.S. is a member of NATO.", {})])
    b.statement(doj, "charged", evil, "coerce_or_arrest", [(a2, f"The DOJ charged {EVIL_SCRIPT}.", {})])
    # Only hypothetical: a statement node but no plain triple, so nothing is drawn.
    b.statement(india, "threatens", china, "threaten", [(a1, "India might threaten China.",
                                                         {"modality": "hypothetical"})], asserted=False)
    return b.graph


class _Tags(HTMLParser):
    """Collects start tags and their attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((dict(attrs), ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def _page_data(html: str) -> dict:
    scripts = [text for attrs, text in _parse(html).scripts if attrs.get("id") == "kg-data"]
    assert len(scripts) == 1
    assert scripts[0].strip().startswith("{")
    return json.loads(scripts[0])


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("view") / "graph.html"
    view_graph(sample_graph(), out, title=f"Graph {EVIL_SCRIPT}")
    return out, out.read_text(encoding="utf-8")


def test_viz_page_is_self_contained(rendered: tuple[Path, str]) -> None:
    out, html = rendered
    tags = _parse(html).tags
    for tag, attrs in tags:
        for name in ("src", "href", "srcset", "data", "action"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:)?//", value), f"<{tag} {name}={value!r}> loads from the network"
    assert not [t for t, a in tags if t == "script" and "src" in a]
    assert not [t for t, a in tags if t == "link"]
    for cdn in ("bootstrap", "unpkg.com", "jsdelivr", "cdnjs", "visjs.org"):
        assert cdn not in html.lower(), f"{cdn} is referenced"
    assert "vis.Network" in html and "vis-network" in html  # the library is inlined
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.html"]  # no lib/ folder, no temp file left
    csp = [a for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")


def test_viz_data_has_expected_nodes_and_edges(rendered: tuple[Path, str]) -> None:
    data = _page_data(rendered[1])
    labels = sorted(n["label"] for n in data["nodes"])
    assert len(data["nodes"]) == 9
    assert "Lonely Island" in labels  # an entity without relations is still shown in the full view
    preds = sorted(e["predicate"] for e in data["edges"])
    # usesForceAgainst only mirrors `attacked` and the hypothetical threat has no plain triple
    assert preds == ["attacked", "charged", "criticizesOrAccuses", "memberOf", "sanctions", "sharesIntelligenceWith"]
    by_pred = {e["predicate"]: e for e in data["edges"]}
    share = by_pred["sharesIntelligenceWith"]
    assert share["symmetric"] is True and share["family"] == "cooperation" and share["sourceCount"] == 2
    assert by_pred["sanctions"]["symmetric"] is False and by_pred["sanctions"]["family"] == "conflict"
    assert by_pred["memberOf"]["family"] == "structural"
    assert by_pred["attacked"]["category"] == "use_force"
    first = share["evidence"][0]
    assert first["title"] == "U.S. and India deepen ties"
    assert first["url"] == "https://news.example.org/us-india?a=1&b=2"
    assert first["claimant"] == "U.S. officials" and first["date"] == "2024-05-01" and first["eventDate"] == "2022-05"
    negated = [e for e in by_pred["criticizesOrAccuses"]["evidence"] if e["modality"] == "negated"]
    assert len(negated) == 1
    us = next(n for n in data["nodes"] if n["label"] == "United States")
    assert us["type"] == "Country" and us["iso"] == "USA" and us["altLabels"] == ["U.S.", "US", "Washington"]
    assert us["degree"] == 4


def test_viz_untrusted_text_only_escaped(rendered: tuple[Path, str]) -> None:
    html = rendered[1]
    before, rest = html.split('<script type="application/json" id="kg-data">')
    block, after = rest.split("</script>", 1)
    for evil in (EVIL_SCRIPT, EVIL_IMG, EVIL_HREF_TITLE, EVIL_QUOTES, "onerror=alert", "alert(2)", LINE_SEP):
        assert evil not in before and evil not in after, f"{evil!r} appears outside the data block"
    for char in ("<", ">", "&", LINE_SEP, "\u2029"):
        assert char not in block, f"{char!r} is not escaped in the JSON data block"
    assert '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e' in block
    assert "<title>Graph &lt;script&gt;alert(1)&lt;/script&gt;</title>" in before
    data = _page_data(html)
    by_pred = {e["predicate"]: e for e in data["edges"]}
    evil_node = next(n for n in data["nodes"] if n["type"] == "Organization")
    assert evil_node["label"] == EVIL_SCRIPT  # the text survives the round trip intact
    assert EVIL_IMG in evil_node["altLabels"] and EVIL_QUOTES in evil_node["altLabels"]
    share_evidence = by_pred["sharesIntelligenceWith"]["evidence"]
    evil_ev = next(e for e in share_evidence if e["title"] == EVIL_HREF_TITLE)
    assert evil_ev["url"] is None and evil_ev["source"] == EVIL_URL  # javascript: never becomes a link
    assert LINE_SEP in evil_ev["sentence"]
    # the page builds text with textContent and titles as plain strings, never innerHTML
    assert "innerHTML" not in html.split('id="kg-data"')[1].split("</script>", 2)[2]


def test_viz_same_graph_same_bytes(tmp_path: Path, rendered: tuple[Path, str]) -> None:
    again = tmp_path / "again.html"
    view_graph(sample_graph(), again, title=f"Graph {EVIL_SCRIPT}")
    assert again.read_bytes() == rendered[0].read_bytes()


def test_viz_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Set and dict order changes with PYTHONHASHSEED between runs; the page must not."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from test_viz import sample_graph; "
        "from kg.viz import view_graph; view_graph(sample_graph(), sys.argv[2], title='t')"
    )
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.html"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent), str(out)], check=True, env=env,
                       cwd=Path(__file__).resolve().parents[1], timeout=120)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]


@pytest.mark.parametrize(
    ("options", "labels", "edges"),
    [
        ({"relation": "sharesIntelligenceWith"}, ["India", "United States"], 1),
        ({"relation": "share_intelligence"}, ["India", "United States"], 1),
        ({"relation": "usesForceAgainst"}, ["Russia", "Ukraine"], 1),  # parent property -> its category
        ({"relation": "USE_FORCE"}, ["Russia", "Ukraine"], 1),
        ({"min_sources": 2}, ["China", "India", "Russia", "United States"], 3),
        ({"min_sources": 3}, ["Russia", "United States"], 1),
        ({"min_sources": 4}, [], 0),
        ({"focus": "u.s.", "hops": 1}, ["China", "India", "NATO", "Russia", "United States"], 4),
        ({"focus": "Washington", "hops": 2}, ["China", "India", "NATO", "Russia", "Ukraine", "United States"], 5),
        ({"focus": "united states", "hops": 0}, ["United States"], 0),
        ({"focus": "Lonely Island"}, ["Lonely Island"], 0),
        ({"focus": "russia", "hops": 1, "relation": "sanctions"}, ["Russia", "United States"], 1),
        ({"focus": "DOJ", "hops": 5}, ["U.S. Department of Justice", EVIL_SCRIPT], 1),
    ],
)
def test_viz_filters_pick_subgraph(options: dict, labels: list[str], edges: int) -> None:
    data = graph_to_view_data(sample_graph(), **options)
    assert sorted(n["label"] for n in data["nodes"]) == sorted(labels)
    assert len(data["edges"]) == edges


def test_viz_focus_degree_counts_kept_edges_only() -> None:
    data = graph_to_view_data(sample_graph(), focus="US", hops=1)
    us = next(n for n in data["nodes"] if n["label"] == "United States")
    assert us["degree"] == 4 and data["focus"] == str(ENT.UnitedStates)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"focus": "Untied States"}, "United States"),  # suggests the close name
        ({"relation": "sharesIntelligence"}, "sharesIntelligenceWith"),
        ({"min_sources": 0}, "min-sources"),
        ({"hops": -1}, "hops"),
    ],
)
def test_viz_bad_options_raise_kg_error(options: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        graph_to_view_data(sample_graph(), **options)


def test_viz_view_stats_and_max_nodes(tmp_path: Path) -> None:
    stats = view_graph(sample_graph(), tmp_path / "sub" / "g.html", max_nodes=2)
    assert (stats.nodes, stats.dropped_nodes) == (2, 7)
    data = _page_data((tmp_path / "sub" / "g.html").read_text(encoding="utf-8"))
    assert sorted(n["label"] for n in data["nodes"]) == ["Russia", "United States"]  # the best connected
    assert stats.edges == len(data["edges"]) == 1 and data["droppedNodes"] == 7


def test_viz_empty_graph_still_writes_a_page(tmp_path: Path) -> None:
    stats = view_graph(rdflib.Graph(), tmp_path / "empty.html")
    assert (stats.nodes, stats.edges) == (0, 0)
    assert _page_data((tmp_path / "empty.html").read_text(encoding="utf-8"))["nodes"] == []


def test_viz_refuses_directory_as_output(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="directory"):
        view_graph(sample_graph(), tmp_path)


def test_viz_failed_write_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "g.html"
    out.write_text("old", encoding="utf-8")

    def boom(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.graph.os.replace", boom)
    with pytest.raises(KgError, match="No space left"):
        view_graph(sample_graph(), out)
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]


def test_viz_families_without_ontology(monkeypatch: pytest.MonkeyPatch) -> None:
    """If kg.resources cannot be read, the built-in table still colours and directs the edges."""
    import kg.resources

    def broken() -> dict:
        raise OSError("ontology missing")

    monkeypatch.setattr(kg.resources, "relation_properties", broken)
    by_pred = {e["predicate"]: e for e in graph_to_view_data(sample_graph())["edges"]}
    assert by_pred["sharesIntelligenceWith"]["family"] == "cooperation"
    assert by_pred["sharesIntelligenceWith"]["symmetric"] is True
    assert by_pred["attacked"]["family"] == "conflict" and by_pred["attacked"]["symmetric"] is False
    assert by_pred["memberOf"]["family"] == "structural"
    assert by_pred["sharesIntelligenceWith"]["label"] == "shares intelligence with"


def test_viz_non_ascii_text_round_trips(rendered: tuple[Path, str]) -> None:
    html = rendered[1]
    block = html.split('id="kg-data">')[1].split("</script>")[0]
    assert block.isascii() and "\\u0420\\u043e\\u0441\\u0441\\u0438\\u044f" in block  # escaped
    russia = next(n for n in _page_data(html)["nodes"] if n["label"] == "Russia")
    assert russia["altLabels"] == ["Moscow", "Россия"]


def test_viz_same_answers_on_oxigraph_store() -> None:
    """kg may hold big graphs in the Oxigraph store: the viewer reads it the same way."""
    ox = rdflib.Graph(store="Oxigraph")
    for triple in sample_graph():
        ox.add(triple)
    assert graph_to_view_data(ox) == graph_to_view_data(sample_graph())
    assert graph_to_view_data(ox, focus="washington", hops=1)["focus"] == str(ENT.UnitedStates)


def test_viz_big_graph_layout_is_precomputed_and_stable(tmp_path: Path) -> None:
    b = GraphBuilder()
    art = b.article("a", "A", "https://example.org/a", "2024-01-01")
    ents = [b.entity(f"E{i}", "Country", f"Entity {i}") for i in range(420)]
    for i in range(400):  # a ring with chords: connected, more nodes than the page lays out itself
        b.statement(ents[i], "meetsWith", ents[(i + 1) % 400], "meet_with", [(art, f"{i} meets.", {})])
        if i % 7 == 0:
            b.statement(ents[i], "sanctions", ents[(i * 13) % 400], "sanction", [(art, f"{i} sanctions.", {})])
    first, second = tmp_path / "1.html", tmp_path / "2.html"
    view_graph(b.graph, first)
    view_graph(b.graph, second)
    assert first.read_bytes() == second.read_bytes()
    data = _page_data(first.read_text(encoding="utf-8"))
    assert data["layout"] == "precomputed"
    placed = {n["id"]: (n["x"], n["y"]) for n in data["nodes"] if "x" in n}
    assert len(placed) == 400  # the 20 entities without relations are shelved by the page
    assert len(set(placed.values())) > 390  # spread out, not piled up
    xs = [x for x, _ in placed.values()]
    assert max(xs) - min(xs) > 500


def test_viz_small_graph_is_left_to_page_physics(rendered: tuple[Path, str]) -> None:
    data = _page_data(rendered[1])
    assert data["layout"] == "physics" and not any("x" in n for n in data["nodes"])


@pytest.mark.parametrize(
    ("source", "url"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://EXAMPLE.ORG/", "HTTP://EXAMPLE.ORG/"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("file:///etc/passwd", None),
        ("articles/x.txt", None),
        ("https:///no-host", None),
        ("https://exa mple.org/", None),
        ("", None),
    ],
)
def test_viz_only_http_sources_become_links(source: str, url: str | None) -> None:
    from kg.viz import _http_url

    assert _http_url(source) == url
