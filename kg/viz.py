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
import re
import string
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
from .model import ENTITY_TYPES
from .vocab import PREFIXES, local_name

#: Graphs with more nodes than this get a layout computed in Python, and no physics in the page.
LAYOUT_THRESHOLD = 300
#: Seed of every layout, in Python and in the page, so the same graph gives the same picture.
LAYOUT_SEED = 42
#: vis-network assets inside the pyvis package.
VIS_DIR = ("templates", "lib", "vis-9.1.2")

CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")

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

# Flat queries joined in Python: rdflib evaluates OPTIONAL row by row, which is ten times slower
# on big graphs than a few plain patterns. All texts are constants; values go in initBindings.
_ENTITY_TYPES_Q = "SELECT ?e ?type WHERE { VALUES ?type { %s } ?e a ?type . }" % " ".join(
    f"geo:{name}" for name in ENTITY_TYPES
)
_ENTITY_ATTRS_Q = {
    "label": "SELECT ?x ?v WHERE { ?x rdfs:label ?v }",
    "alt": "SELECT ?x ?v WHERE { ?x skos:altLabel ?v }",
    "iso": "SELECT ?x ?v WHERE { ?x geo:isoCode ?v }",
    "mentions": "SELECT ?x ?v WHERE { ?x geo:mentionCount ?v }",
}
# Only statements whose plain triple is present: asserted ones. Parent-property triples that
# merely mirror a sub-property have no statement of their own, so they are not drawn twice.
_STATEMENTS_Q = """
SELECT ?st ?s ?p ?o WHERE {
  ?st a geo:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  ?s ?p ?o .
}"""
_STATEMENT_ATTRS_Q = {
    "category": "SELECT ?x ?v WHERE { ?x geo:category ?v }",
    "confidence": "SELECT ?x ?v WHERE { ?x geo:confidence ?v }",
    "sourceCount": "SELECT ?x ?v WHERE { ?x geo:sourceCount ?v }",
}
_EVIDENCE_Q = "SELECT ?st ?ev ?sentence WHERE { ?st geo:hasEvidence ?ev . ?ev geo:sentence ?sentence . }"
_EVIDENCE_ATTRS_Q = {
    "article": "SELECT ?x ?v WHERE { ?x prov:wasDerivedFrom ?v }",
    "claimant": "SELECT ?x ?v WHERE { ?x geo:claimant ?v }",
    "modality": "SELECT ?x ?v WHERE { ?x geo:modality ?v }",
    "eventDate": "SELECT ?x ?v WHERE { ?x geo:eventDate ?v }",
}
_ARTICLE_ATTRS_Q = {
    "title": "SELECT ?x ?v WHERE { ?x dcterms:title ?v }",
    "source": "SELECT ?x ?v WHERE { ?x dcterms:source ?v }",
    "date": "SELECT ?x ?v WHERE { ?x dcterms:date ?v }",
}

_PROPERTY_NOTES_Q = """
SELECT ?p ?label ?family ?sym WHERE {
  ?p geo:family ?family .
  OPTIONAL { ?p rdfs:label ?label }
  BIND(EXISTS { ?p a owl:SymmetricProperty } AS ?sym)
}"""

_FIND_ENTITY_Q = """
SELECT DISTINCT ?e ?how ?needle WHERE {
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


#: Plain-string namespaces: the Oxigraph store refuses rdflib's DefinedNamespace classes.
_NS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def _query(graph: rdflib.Graph, text: str, **bindings: rdflib.term.Node) -> Iterable[Any]:
    return graph.query(text, initNs=_NS, initBindings=bindings or None)


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
    rows = sorted(_query(graph, _PROPERTY_NOTES_Q), key=lambda r: tuple(str(v) for v in r), reverse=True)
    for row in rows:  # several labels or families: the smallest wins, whatever the store's order
        name = local_name(str(row.p))
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


def _values(graph: rdflib.Graph, queries: dict[str, str]) -> dict[str, dict[str, list[rdflib.term.Node]]]:
    """``{attribute: {subject IRI: [values]}}`` from flat ``SELECT ?x ?v`` queries."""
    found: dict[str, dict[str, list[rdflib.term.Node]]] = {}
    for name, text in queries.items():
        per_subject: dict[str, list[rdflib.term.Node]] = defaultdict(list)
        for row in _query(graph, text):
            per_subject[str(row.x)].append(row.v)
        found[name] = per_subject
    return found


def _first(values: list[rdflib.term.Node] | None) -> str | None:
    """One value out of possibly several, the same one every run."""
    return min(str(v) for v in values) if values else None


def _entity_types(graph: rdflib.Graph) -> dict[str, str]:
    """Entity IRI -> its type, the first of ``ENTITY_TYPES`` it has."""
    types: dict[str, set[str]] = defaultdict(set)
    for row in _query(graph, _ENTITY_TYPES_Q):
        types[str(row.e)].add(local_name(str(row.type)))
    return {iri: next(t for t in ENTITY_TYPES if t in found) for iri, found in types.items()}


def _node(iri: str, etype: str, attrs: dict[str, dict[str, list[rdflib.term.Node]]]) -> dict[str, Any]:
    labels = sorted(
        ((v.language or "") if isinstance(v, Literal) else "", str(v)) for v in attrs["label"].get(iri, ())
    )
    labels.sort(key=lambda lang_text: lang_text[0] not in ("", "en"))
    label = labels[0][1] if labels else unquote(local_name(iri))
    mentions = _number(min(attrs["mentions"].get(iri) or [None], key=str), int, None)
    return {
        "id": iri,
        "label": label,
        "type": etype,
        "altLabels": sorted({str(a) for a in attrs["alt"].get(iri, ())} - {label}),
        "iso": _first(attrs["iso"].get(iri)),
        "mentions": mentions,
    }


def _number(value: rdflib.term.Node | None, kind: type, default: Any) -> Any:
    if value is None:
        return default
    try:
        return kind(value.toPython() if isinstance(value, Literal) else value)
    except (TypeError, ValueError):
        return default


def _edges(graph: rdflib.Graph, notes: dict[str, _RelationNote]) -> list[dict[str, Any]]:
    attrs = _values(graph, _STATEMENT_ATTRS_Q)
    edges: dict[str, dict[str, Any]] = {}
    for row in _query(graph, _STATEMENTS_Q):
        if not isinstance(row.s, URIRef) or not isinstance(row.o, URIRef):
            continue
        st = str(row.st)
        name = local_name(str(row.p))
        note = _note_for(name, _first(attrs["category"].get(st)), notes)
        confidence = max((_number(v, float, 0.0) for v in attrs["confidence"].get(st, ())), default=0.0)
        sources = max((_number(v, int, 1) for v in attrs["sourceCount"].get(st, ())), default=1)
        edges[st] = {
            "id": st,
            "from": str(row.s),
            "to": str(row.o),
            "predicate": name,
            "label": note.label,
            "category": note.category,
            "family": note.family if note.family in FAMILY_COLORS else "other",
            "symmetric": note.symmetric,
            "confidence": round(confidence, 4),
            "sourceCount": max(1, sources),
            "evidence": [],
        }
    ev_attrs = _values(graph, _EVIDENCE_ATTRS_Q)
    art_attrs = _values(graph, _ARTICLE_ATTRS_Q)
    evidence: dict[tuple[str, str], dict[str, Any]] = {}
    for row in _query(graph, _EVIDENCE_Q):
        st, ev = str(row.st), str(row.ev)
        if st not in edges:
            continue
        art = _first(ev_attrs["article"].get(ev)) or ""
        item = {
            "sentence": str(row.sentence),
            "title": _first(art_attrs["title"].get(art)),
            "source": _first(art_attrs["source"].get(art)),
            "date": _first(art_attrs["date"].get(art)),
            "claimant": _first(ev_attrs["claimant"].get(ev)),
            "modality": _first(ev_attrs["modality"].get(ev)) or "asserted",
            "eventDate": _first(ev_attrs["eventDate"].get(ev)),
        }
        item["url"] = _http_url(item["source"])
        key = (st, ev)
        if key not in evidence or _evidence_order(item) < _evidence_order(evidence[key]):
            evidence[key] = item  # several sentences or articles on one evidence: keep one, stably
    for (st, _ev), item in sorted(evidence.items(), key=lambda kv: _evidence_order(kv[1])):
        edges[st]["evidence"].append(item)
    return sorted(edges.values(), key=lambda e: (e["from"], e["to"], e["predicate"], e["id"]))


def _evidence_order(item: dict[str, Any]) -> tuple[Any, ...]:
    """Asserted evidence first, then by article date and title: the order the page lists them."""
    return (item["modality"] != "asserted", item["date"] or "", item["title"] or "", item["sentence"],
            item["claimant"] or "", item["source"] or "", item["eventDate"] or "")


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
    by_local = sorted(iri for iri in nodes if unquote(local_name(iri)).lower() == needle.lower())
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
    types = _entity_types(graph)
    attrs = _values(graph, _ENTITY_ATTRS_Q)
    edges = _edges(graph, notes)
    for edge in edges:  # an endpoint without a type still gets a node
        for end in (edge["from"], edge["to"]):
            types.setdefault(end, "Other")
    nodes = {iri: _node(iri, etype, attrs) for iri, etype in types.items()}

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
    """Positions in pixels for big graphs, or None to let the page's physics lay out small ones.

    Browser physics on thousands of nodes takes long to settle; a layout computed once here
    opens at once. Positions are rounded to whole pixels so the page bytes are stable.
    """
    nodes = [node for node in nodes if node["degree"] > 0]  # the page shelves the others
    if len(nodes) <= LAYOUT_THRESHOLD:
        return None
    index = {node["id"]: i for i, node in enumerate(nodes)}
    pairs = [(index[e["from"]], index[e["to"]]) for e in edges if e["from"] != e["to"]]
    pos = _force_layout(len(nodes), pairs, seed=LAYOUT_SEED)
    xs, ys = pos[:, 0], pos[:, 1]
    span = float(max(xs.max() - xs.min(), ys.max() - ys.min())) or 1.0
    radius = 25.0 * math.sqrt(len(nodes))  # pixels: about 50 px between neighbours at zoom 1
    cx, cy = float(xs.max() + xs.min()) / 2, float(ys.max() + ys.min()) / 2
    scale = 2 * radius / span
    return {
        node["id"]: (round((float(pos[i, 0]) - cx) * scale), round((float(pos[i, 1]) - cy) * scale))
        for i, node in enumerate(nodes)
    }


def _force_layout(n: int, pairs: list[tuple[int, int]], *, seed: int, block: int = 256) -> Any:
    """ForceAtlas2-style layout (degree-weighted 1/d repulsion, linear attraction, gravity).

    networkx's ``forceatlas2_layout`` builds several n x n x 2 float64 arrays per step (seconds
    and gigabytes at a few thousand nodes); this does the same forces in float32 row blocks,
    with a cooling step limit instead of FA2's adaptive speed, so memory stays O(n * block).
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    side = np.float32(math.sqrt(n))
    pos = (rng.random((n, 2), dtype=np.float32) * 2 - 1) * side
    src = np.array([a for a, _ in pairs], dtype=np.int64)
    dst = np.array([b for _, b in pairs], dtype=np.int64)
    mass = (np.bincount(np.concatenate([src, dst]), minlength=n) + 1).astype(np.float32)
    iterations = int(min(150, max(60, 1.2e8 / max(1, n * n))))
    step0 = float(side) * 0.25
    repulsion = np.empty((n, 2), dtype=np.float32)
    for it in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        for start in range(0, n, block):
            stop = min(n, start + block)
            dx = x[start:stop, None] - x[None, :]
            dy = y[start:stop, None] - y[None, :]
            force = mass[start:stop, None] * mass[None, :] / (dx * dx + dy * dy + np.float32(0.01))
            repulsion[start:stop, 0] = (dx * force).sum(axis=1)
            repulsion[start:stop, 1] = (dy * force).sum(axis=1)
        update = repulsion * np.float32(2.0)
        diff = pos[src] - pos[dst]
        np.add.at(update, src, -diff)
        np.add.at(update, dst, diff)
        centred = pos - pos.mean(axis=0)
        norm = np.linalg.norm(centred, axis=1, keepdims=True)
        update -= mass[:, None] * centred / np.maximum(norm, np.float32(1e-6))
        length = np.linalg.norm(update, axis=1, keepdims=True)
        limit = np.float32(step0 * (1 - it / iterations) + 0.01)
        pos += update * np.minimum(np.float32(1), limit / np.maximum(length, np.float32(1e-6)))
    return pos


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
    """JSON that cannot close the ``<script>`` block it sits in, nor be read as HTML.

    ASCII only: U+2028/2029 and even lone surrogates from a strange N-Triples file travel as
    ``\\u`` escapes that ``JSON.parse`` restores.
    """
    text = json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
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
        if positions is not None and node["id"] in positions:
            item["x"], item["y"] = positions[node["id"]]
        page_nodes.append(item)
    page_edges = [dict(e) for e in edges]
    _curves(page_edges)
    payload = {
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
    return template.substitute(
        csp=escape(CSP, quote=True),
        title=escape(title, quote=True),
        vis_css=_inline(_asset(*VIS_DIR, "vis-network.css"), "style"),
        vis_js=_inline(_asset(*VIS_DIR, "vis-network.min.js"), "script"),
        data_json=_json_for_html(payload),
    )


def _write_atomic(out: Path, text: str) -> None:
    """Readers never see half a page: ``graph.atomic_write`` (a temp file beside ``out``, renamed over)."""
    from .graph import atomic_write

    try:
        atomic_write(out, text.encode("utf-8", errors="replace"))
    except OSError as exc:
        raise ConfigError(f"cannot write {out}: {exc.strerror or exc}") from exc


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
