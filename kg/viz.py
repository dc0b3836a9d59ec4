"""Write the graph as ONE self-contained HTML page to explore it in a browser (vis-network).

pyvis ships the vis-network library but its own page template links CDNs, writes a ``lib/``
folder and splices unescaped text into HTML, so we only borrow its vis-network files and render
the page with our own template: the data travels as escaped JSON in a ``<script
type="application/json">`` block and the page builds every text node with ``textContent``. A
Content-Security-Policy forbids any request leaving the page. Same graph in, same bytes out.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
import string
import tempfile
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import rdflib
from rdflib import Literal, URIRef

from .errors import ConfigError
from .model import ENTITY_TYPES, MODALITIES
from .vocab import GEO, PREFIXES

#: Graphs with more nodes than this get a layout computed in Python, and no physics in the page.
LAYOUT_THRESHOLD = 300
#: Seed of every layout, in Python and in the page, so the same graph gives the same picture.
LAYOUT_SEED = 42
#: vis-network assets inside the pyvis package.
VIS_DIR = ("templates", "lib", "vis-9.1.2")

CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"

#: Colour and vis-network shape of each entity type; shapes that draw the label outside, so the
#: shape's size can show the degree.
TYPE_STYLES: dict[str, dict[str, str]] = {
    "Country": {"color": "#3b75af", "shape": "dot"},
    "Alliance": {"color": "#8e63b5", "shape": "hexagon"},
    "Organization": {"color": "#1aa3b5", "shape": "square"},
    "Agency": {"color": "#d964b0", "shape": "diamond"},
    "Person": {"color": "#f28e2b", "shape": "triangle"},
    "Location": {"color": "#9c6b4e", "shape": "triangleDown"},
    "Event": {"color": "#b8b020", "shape": "star"},
    "Other": {"color": "#8c8c8c", "shape": "dot"},
}

#: Edge colour of each relation family (cooperation green, conflict red, structural grey).
FAMILY_COLORS: dict[str, str] = {
    "cooperation": "#2e9e44",
    "conflict": "#d62728",
    "structural": "#8c8c8c",
    "other": "#5b7fa8",
}

#: Family and symmetry by category, used only when ``kg.resources`` cannot be read.
_FALLBACK_FAMILY = {
    "share_intelligence": "cooperation",
    "cooperate_militarily": "cooperation",
    "sign_agreement": "cooperation",
    "ally_with": "cooperation",
    "partner_with": "cooperation",
    "meet_with": "cooperation",
    "provide_aid": "cooperation",
    "express_intent_to_cooperate": "cooperation",
    "demand": "conflict",
    "criticize_or_accuse": "conflict",
    "threaten": "conflict",
    "sanction": "conflict",
    "reduce_relations": "conflict",
    "coerce_or_arrest": "conflict",
    "use_force": "conflict",
    "spy_on": "conflict",
    "counter": "conflict",
    "member_of": "structural",
    "holds_position": "structural",
    "located_in": "structural",
}
_FALLBACK_SYMMETRIC = frozenset(
    {"sharesIntelligenceWith", "cooperatesMilitarilyWith", "signsAgreementWith", "alliesWith",
     "partnersWith", "meetsWith"}
)

_ENTITIES_Q = """
SELECT ?e ?type ?label ?alt ?iso ?mentions WHERE {
  ?e a ?type .
  FILTER(STRSTARTS(STR(?type), STR(geo:)) && STRSTARTS(STR(?e), STR(ent:)))
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?e geo:isoCode ?iso }
  OPTIONAL { ?e geo:mentionCount ?mentions }
}"""

# Only statements whose plain triple is present: asserted ones. Parent-property triples that
# merely mirror a sub-property have no statement of their own, so they are not drawn twice.
_STATEMENTS_Q = """
SELECT ?st ?s ?p ?o ?cat ?conf ?sc WHERE {
  ?st a geo:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  ?s ?p ?o .
  OPTIONAL { ?st geo:category ?cat }
  OPTIONAL { ?st geo:confidence ?conf }
  OPTIONAL { ?st geo:sourceCount ?sc }
}"""

_EVIDENCE_Q = """
SELECT ?st ?ev ?sentence ?title ?src ?adate ?claimant ?mod ?edate WHERE {
  ?st a geo:Statement ; geo:hasEvidence ?ev .
  ?ev geo:sentence ?sentence .
  OPTIONAL { ?ev prov:wasDerivedFrom ?art .
             OPTIONAL { ?art dcterms:title ?title }
             OPTIONAL { ?art dcterms:source ?src }
             OPTIONAL { ?art dcterms:date ?adate } }
  OPTIONAL { ?ev geo:claimant ?claimant }
  OPTIONAL { ?ev geo:modality ?mod }
  OPTIONAL { ?ev geo:eventDate ?edate }
}"""

_PROPERTY_NOTES_Q = """
SELECT ?p ?label ?family ?sym WHERE {
  ?p geo:family ?family .
  OPTIONAL { ?p rdfs:label ?label }
  BIND(EXISTS { ?p a owl:SymmetricProperty } AS ?sym)
}"""

_FIND_ENTITY_Q = """
SELECT DISTINCT ?e ?how WHERE {
  { ?e rdfs:label ?l . BIND(0 AS ?how) } UNION { ?e skos:altLabel ?l . BIND(1 AS ?how) }
  FILTER(LCASE(STR(?l)) = ?needle)
}"""


@dataclass(frozen=True)
class ViewStats:
    """What the page shows, for the CLI to print."""

    nodes: int
    edges: int
    dropped_nodes: int = 0  # left out by ``max_nodes``


@dataclass(frozen=True)
class _RelationNote:
    label: str
    category: str
    family: str
    symmetric: bool


def _query(graph: rdflib.Graph, text: str, **bindings: rdflib.term.Node) -> Iterable[Any]:
    return graph.query(text, initNs=PREFIXES, initBindings=bindings or None)


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _text(value: rdflib.term.Node | None) -> str | None:
    return None if value is None else str(value)


def _camel_words(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def _http_url(value: str | None) -> str | None:
    """The value if it is an absolute http(s) URL, else None: only such links reach the page."""
    if not value:
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not re.search(r"\s", value.strip()):
        return value.strip()
    return None


def _relation_notes(graph: rdflib.Graph) -> dict[str, _RelationNote]:
    """Label, category, family and symmetry of each relation property, by local name.

    The ontology (``kg.resources``) wins; annotations found in the graph itself and a small
    built-in table fill in when it cannot be read.
    """
    notes: dict[str, _RelationNote] = {}
    for row in _query(graph, _PROPERTY_NOTES_Q):
        name = _local(str(row.p))
        notes[name] = _RelationNote(
            label=str(row.label) if row.label is not None else _camel_words(name),
            category="",
            family=str(row.family),
            symmetric=bool(row.sym and row.sym.toPython()),
        )
    try:
        from . import resources  # lazy: viewing must not fail if the ontology files are broken

        infos = resources.relation_properties()
    except Exception:  # noqa: BLE001 - any failure means "use the fallback"
        infos = {}
    for info in infos.values() if isinstance(infos, dict) else infos:
        notes[info.name] = _RelationNote(info.label, info.category, info.family, bool(info.symmetric))
    return notes


def _note_for(name: str, category: str | None, notes: dict[str, _RelationNote]) -> _RelationNote:
    note = notes.get(name)
    cat = category or (note.category if note and note.category else None) or name
    if note is not None:
        return _RelationNote(note.label, cat, note.family or _FALLBACK_FAMILY.get(cat, "other"), note.symmetric)
    return _RelationNote(_camel_words(name), cat, _FALLBACK_FAMILY.get(cat, "other"), name in _FALLBACK_SYMMETRIC)


def _entity_rows(graph: rdflib.Graph) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for row in _query(graph, _ENTITIES_Q):
        iri = str(row.e)
        ent = found.setdefault(iri, {"types": set(), "labels": set(), "alts": set(), "iso": set(), "mentions": None})
        ent["types"].add(_local(str(row.type)))
        if row.label is not None:
            ent["labels"].add((row.label.language or "", str(row.label)))
        if row.alt is not None:
            ent["alts"].add(str(row.alt))
        if row.iso is not None:
            ent["iso"].add(str(row.iso))
        if row.mentions is not None:
            try:
                ent["mentions"] = int(row.mentions)
            except (TypeError, ValueError):
                pass
    return found


def _node(iri: str, raw: dict[str, Any] | None) -> dict[str, Any]:
    raw = raw or {"types": set(), "labels": set(), "alts": set(), "iso": set(), "mentions": None}
    etype = next((t for t in ENTITY_TYPES if t in raw["types"]), "Other")
    labels = sorted(raw["labels"], key=lambda lang_text: (lang_text[0] not in ("", "en"), lang_text[0], lang_text[1]))
    label = labels[0][1] if labels else unquote(_local(iri))
    return {
        "id": iri,
        "label": label,
        "type": etype,
        "altLabels": sorted(a for a in raw["alts"] if a != label),
        "iso": min(raw["iso"]) if raw["iso"] else None,
        "mentions": raw["mentions"],
    }


def _number(value: rdflib.term.Node | None, kind: type, default: Any) -> Any:
    if value is None:
        return default
    try:
        return kind(value.toPython() if isinstance(value, Literal) else value)
    except (TypeError, ValueError):
        return default


def _edges(graph: rdflib.Graph, notes: dict[str, _RelationNote]) -> list[dict[str, Any]]:
    edges: dict[str, dict[str, Any]] = {}
    for row in _query(graph, _STATEMENTS_Q):
        if not isinstance(row.s, URIRef) or not isinstance(row.o, URIRef):
            continue
        name = _local(str(row.p))
        note = _note_for(name, _text(row.cat), notes)
        edges[str(row.st)] = {
            "id": str(row.st),
            "from": str(row.s),
            "to": str(row.o),
            "predicate": name,
            "label": note.label,
            "category": note.category,
            "family": note.family if note.family in FAMILY_COLORS else "other",
            "symmetric": note.symmetric,
            "confidence": round(_number(row.conf, float, 0.0), 4),
            "sourceCount": max(1, _number(row.sc, int, 1)),
            "evidence": [],
        }
    evidence: dict[tuple[str, str], dict[str, Any]] = {}
    for row in _query(graph, _EVIDENCE_Q):
        st = str(row.st)
        if st not in edges:
            continue
        key = (st, str(row.ev))
        item = evidence.get(key)
        if item is None:  # several titles/dates would multiply rows: keep the smallest, stably
            item = evidence[key] = {"sentence": str(row.sentence), "title": None, "url": None, "source": None,
                                    "date": None, "claimant": None, "modality": None, "eventDate": None}
        for field, value in (("title", row.title), ("source", row.src), ("date", row.adate),
                             ("claimant", row.claimant), ("modality", row.mod), ("eventDate", row.edate)):
            text = _text(value)
            if text is not None and (item[field] is None or text < item[field]):
                item[field] = text
    for (st, _ev), item in evidence.items():
        item["url"] = _http_url(item["source"])
        if item["modality"] not in MODALITIES:
            item["modality"] = item["modality"] or "asserted"
        edges[st]["evidence"].append(item)
    for edge in edges.values():
        edge["evidence"].sort(key=lambda e: (e["modality"] != "asserted", e["date"] or "", e["title"] or "",
                                             e["sentence"], e["claimant"] or "", e["source"] or ""))
    return sorted(edges.values(), key=lambda e: (e["from"], e["to"], e["predicate"], e["id"]))


def _resolve_focus(graph: rdflib.Graph, focus: str, nodes: dict[str, dict[str, Any]]) -> str:
    """The entity IRI a user means by a label, alias, IRI or IRI local name (any case)."""
    needle = focus.strip()
    if needle in nodes:
        return needle
    hits = sorted((int(row.how), str(row.e)) for row in _query(graph, _FIND_ENTITY_Q, needle=Literal(needle.lower()))
                  if str(row.e) in nodes)
    if hits:
        best = [iri for how, iri in hits if how == hits[0][0]]
        return min(best, key=lambda iri: (-(nodes[iri]["mentions"] or 0), iri))
    by_local = sorted(iri for iri in nodes if unquote(_local(iri)).lower() == needle.lower())
    if by_local:
        return by_local[0]
    names = sorted({n["label"] for n in nodes.values()})
    close = difflib.get_close_matches(needle, names, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else "; run `kg query` to list entities"
    raise ConfigError(f"--focus {focus!r}: no entity in the graph has this name or alias{hint}")


def _relation_matcher(relation: str, edges: list[dict[str, Any]], notes: dict[str, _RelationNote]) -> set[str]:
    """Categories a ``relation`` option selects: a property local name or a category name."""
    wanted = relation.strip().lower()
    names = {e["predicate"]: e["category"] for e in edges}
    names.update({name: (note.category or name) for name, note in notes.items()})
    categories = {c.lower(): c for c in names.values()} | {c: c for c in _FALLBACK_FAMILY}
    if wanted in categories:
        return {categories[wanted]}
    by_name = {name.lower(): cat for name, cat in names.items()}
    if wanted in by_name:
        return {by_name[wanted]}
    close = difflib.get_close_matches(relation, sorted(set(names) | set(categories.values())), n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(sorted(set(names)))}"
    raise ConfigError(f"--relation {relation!r}: not a relation property or category of the ontology{hint}")


def graph_to_view_data(
    graph: rdflib.Graph,
    *,
    focus: str | None = None,
    hops: int = 2,
    relation: str | None = None,
    min_sources: int = 1,
) -> dict[str, Any]:
    """Nodes and edges (plain dicts, sorted) of the part of the graph a user asked to see.

    Without filters every entity is a node, with or without relations; with a relation or
    source filter only entities on a kept edge remain; ``focus`` keeps what lies within ``hops``
    edges of that entity, whatever their direction.
    """
    if hops < 0:
        raise ConfigError(f"--hops {hops}: must be 0 or more")
    if min_sources < 1:
        raise ConfigError(f"--min-sources {min_sources}: must be 1 or more")
    notes = _relation_notes(graph)
    raw_entities = _entity_rows(graph)
    edges = _edges(graph, notes)
    nodes = {iri: _node(iri, raw) for iri, raw in raw_entities.items()}
    for edge in edges:  # an endpoint without a type or label still gets a node
        for end in (edge["from"], edge["to"]):
            if end not in nodes:
                nodes[end] = _node(end, raw_entities.get(end))

    filtered = relation is not None or min_sources > 1
    if relation is not None:
        categories = _relation_matcher(relation, edges, notes)
        edges = [e for e in edges if e["category"] in categories]
    edges = [e for e in edges if e["sourceCount"] >= min_sources]
    keep: set[str] = set(nodes) if not filtered else {end for e in edges for end in (e["from"], e["to"])}
    focus_iri = None
    if focus is not None:
        focus_iri = _resolve_focus(graph, focus, nodes)
        keep = _within_hops(focus_iri, edges, hops)
    edges = [e for e in edges if e["from"] in keep and e["to"] in keep]
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    kept_nodes = []
    for iri in sorted(keep):
        node = dict(nodes[iri])
        node["degree"] = degree[iri]
        kept_nodes.append(node)
    return {"nodes": kept_nodes, "edges": edges, "focus": focus_iri}


def _within_hops(start: str, edges: list[dict[str, Any]], hops: int) -> set[str]:
    neighbours: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        neighbours[edge["from"]].add(edge["to"])
        neighbours[edge["to"]].add(edge["from"])
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        node, dist = queue.popleft()
        if dist == hops:
            continue
        for other in sorted(neighbours[node]):
            if other not in seen:
                seen.add(other)
                queue.append((other, dist + 1))
    return seen


def _limit_nodes(data: dict[str, Any], max_nodes: int | None) -> int:
    """Keep the ``max_nodes`` best-connected nodes (and the focus); return how many were dropped."""
    if max_nodes is None or len(data["nodes"]) <= max_nodes:
        return 0
    if max_nodes < 1:
        raise ConfigError(f"--max-nodes {max_nodes}: must be 1 or more")
    ranked = sorted(data["nodes"], key=lambda n: (n["id"] != data["focus"], -n["degree"], n["label"], n["id"]))
    keep = {n["id"] for n in ranked[:max_nodes]}
    dropped = len(data["nodes"]) - len(keep)
    data["edges"] = [e for e in data["edges"] if e["from"] in keep and e["to"] in keep]
    degree: dict[str, int] = defaultdict(int)
    for edge in data["edges"]:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    data["nodes"] = [dict(n, degree=degree[n["id"]]) for n in data["nodes"] if n["id"] in keep]
    return dropped


def _layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> dict[str, tuple[int, int]] | None:
    """Positions in pixels for big graphs (seeded ForceAtlas2), or None to let the page lay out.

    Browser physics on thousands of nodes takes long to settle; a layout computed once here
    opens at once. Positions are rounded to whole pixels so the page bytes are stable.
    """
    import networkx as nx

    if len(nodes) <= LAYOUT_THRESHOLD or not hasattr(nx, "forceatlas2_layout"):
        return None
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in nodes)
    g.add_edges_from((e["from"], e["to"]) for e in edges if e["from"] != e["to"])
    n = len(nodes)
    iterations = max(30, min(100, 60_000 // n))  # ForceAtlas2 here is O(n^2) per iteration
    pos = nx.forceatlas2_layout(g, seed=LAYOUT_SEED, max_iter=iterations, scaling_ratio=2.0, gravity=1.0,
                                 node_size={v["id"]: 1 + math.sqrt(v["degree"]) for v in nodes})
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    radius = 40.0 * math.sqrt(n)  # pixels: room for labels when zoomed in
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {v: (round((p[0] - cx) / span * 2 * radius), round((p[1] - cy) / span * 2 * radius))
            for v, p in pos.items()}


def _curves(edges: list[dict[str, Any]]) -> None:
    """Bend parallel edges apart (same two entities), so every relation stays visible."""
    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in edges:
        by_pair[tuple(sorted((edge["from"], edge["to"])))].append(edge)
    for (low, _high), group in by_pair.items():
        for i, edge in enumerate(group):
            if i == 0:
                edge["curve"] = 0.0
                continue
            bend = 0.2 * ((i + 1) // 2) * (1 if i % 2 else -1)
            edge["curve"] = round(bend if edge["from"] == low else -bend, 3)


def _json_for_html(data: Any) -> str:
    """JSON that cannot close the ``<script>`` block it sits in, nor be read as HTML."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _asset(*parts: str, package: str = "pyvis") -> str:
    """A text file shipped inside a package: pyvis's vis-network files, or our page template."""
    try:
        if package == "kg":
            return Path(__file__).parent.joinpath(*parts).read_text(encoding="utf-8")
        resource = files(package)
        for part in parts:
            resource = resource.joinpath(part)
        return resource.read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError) as exc:
        raise ConfigError(f"cannot read {'/'.join(parts)} from package {package}: reinstall kg ({exc})") from exc


def _inline(code: str, tag: str) -> str:
    if re.search(rf"</{tag}", code, re.IGNORECASE):
        raise ConfigError(f"an inlined asset contains '</{tag}': it would end the page's <{tag}> block")
    return code


def render_html(data: dict[str, Any], *, title: str = "kg graph", dropped_nodes: int = 0) -> str:
    """The page for ``graph_to_view_data`` output: template + vis-network + escaped JSON data."""
    nodes, edges = data["nodes"], data["edges"]
    positions = _layout(nodes, edges)
    page_nodes = []
    for node in nodes:
        item = dict(node)
        if positions is not None:
            item["x"], item["y"] = positions[node["id"]]
        page_nodes.append(item)
    page_edges = [dict(e) for e in edges]
    _curves(page_edges)
    payload = {
        "title": title,
        "focus": data.get("focus"),
        "nodes": page_nodes,
        "edges": page_edges,
        "layout": "precomputed" if positions is not None else "physics",
        "seed": LAYOUT_SEED,
        "droppedNodes": dropped_nodes,
        "typeStyles": TYPE_STYLES,
        "familyColors": FAMILY_COLORS,
        "typeOrder": [*ENTITY_TYPES, "Other"],
    }
    template = string.Template(_asset("viewer_template.html", package="kg"))
    vis_dir = VIS_DIR
    return template.substitute(
        csp=escape(CSP, quote=True),
        title=escape(title, quote=True),
        vis_css=_inline(_asset(*vis_dir, "vis-network.css"), "style"),
        vis_js=_inline(_asset(*vis_dir, "vis-network.min.js"), "script"),
        data_json=_json_for_html(payload),
    )


def _write_atomic(out: Path, text: str) -> None:
    """Readers never see half a page: write a temp file beside ``out`` and rename it over."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise ConfigError(f"cannot write {out}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ConfigError(f"cannot write {out}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def view_graph(
    graph: rdflib.Graph,
    out: Path | str,
    *,
    focus: str | None = None,
    hops: int = 2,
    relation: str | None = None,
    min_sources: int = 1,
    title: str = "kg graph",
    max_nodes: int | None = None,
) -> ViewStats:
    """Write ``out`` as one HTML file that needs nothing else: open it offline, mail it, archive it."""
    out = Path(out)
    if out.is_dir():
        raise ConfigError(f"cannot write {out}: it is a directory; give a file name such as {out / 'graph.html'}")
    data = graph_to_view_data(graph, focus=focus, hops=hops, relation=relation, min_sources=min_sources)
    dropped = _limit_nodes(data, max_nodes)
    _write_atomic(out, render_html(data, title=title, dropped_nodes=dropped))
    return ViewStats(nodes=len(data["nodes"]), edges=len(data["edges"]), dropped_nodes=dropped)


__all__ = ["ViewStats", "graph_to_view_data", "render_html", "view_graph"]
