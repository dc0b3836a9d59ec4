"""Read the data files of ``ontology/`` (shipped as package ``kg.ontology``).

The ontology, shapes, gazetteer, roles, lexicon and SPARQL queries are data, not code: adding a
relation, an alias or a query means editing a file there. Everything is read through
``importlib.resources`` so kg works when installed outside the repository, and cached because
the files never change while kg runs. Returned objects are shared: do not mutate them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from .errors import ConfigError
from .vocab import GEO

PACKAGE = "kg.ontology"

_HEADER = re.compile(r"^#\s*(name|description|params)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True)
class RelationInfo:
    """What the ontology says about one relation property (``geo:<name>``)."""

    name: str  # local name, e.g. "sharesIntelligenceWith"
    label: str
    comment: str
    category: str  # short eval name, e.g. "share_intelligence"
    cameo: tuple[str, ...]  # CAMEO codes, e.g. ("064",)
    plover: str | None  # PLOVER category, e.g. "COOPERATE"
    family: str  # "cooperation", "conflict" or "structural"
    symmetric: bool
    parent: str | None  # local name of the super-property, for sub-properties
    domain: tuple[str, ...] = ()  # local names of the classes allowed as subject
    range: tuple[str, ...] = ()  # local names of the classes allowed as object


@dataclass(frozen=True)
class NamedQuery:
    """A ready-made SPARQL query of ``ontology/queries/``; ``params`` are its initBindings names."""

    name: str
    description: str
    params: tuple[str, ...]
    text: str

    @property
    def select(self) -> bool:
        """True for a SELECT query (its first keyword after the prologue and comments)."""
        body = "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("#"))
        return re.match(r"\s*(?:(?:PREFIX|BASE)\s[^\n]*\s+)*SELECT\b", body, re.IGNORECASE) is not None


def ontology_path(name: str) -> Traversable:
    """Path of a data file inside the package, e.g. ``ontology_path("kg.ttl")``."""
    path = files(PACKAGE)
    for part in name.split("/"):
        path = path / part
    if not path.is_file():
        raise ConfigError(f"ontology file {name!r} not found in package {PACKAGE}: reinstall kg")
    return path


def _read_text(name: str) -> str:
    return ontology_path(name).read_text(encoding="utf-8")


def _parse_turtle(name: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    try:
        graph.parse(data=_read_text(name), format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise ConfigError(f"ontology/{name} is not valid Turtle: {exc}") from exc
    return graph


def _freeze(value: Any) -> Any:
    """JSON lists become tuples, so cached data cannot be appended to by accident."""
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return {k: _freeze(v) for k, v in value.items()}
    return value


def _load_json(name: str) -> Any:
    try:
        return json.loads(_read_text(name))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"ontology/{name} is not valid JSON: {exc}") from exc


@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    """The OWL/RDFS ontology (``kg.ttl``)."""
    return _parse_turtle("kg.ttl")


@lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    """The SHACL shapes a written graph must conform to (``shapes.ttl``)."""
    return _parse_turtle("shapes.ttl")


def _load_jsonl(name: str, required: set[str], what: str) -> tuple[dict[str, Any], ...]:
    """One JSON object per line, each with the ``required`` fields, frozen and sorted by key."""
    rows = []
    for number, line in enumerate(_read_text(name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"ontology/{name} line {number} is not valid JSON: {exc}") from exc
        if not isinstance(row, dict) or not required <= row.keys():
            raise ConfigError(f"ontology/{name} line {number} needs {what}")
        rows.append(_freeze(row))
    return tuple(sorted(rows, key=lambda r: r["key"]))


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, Any], ...]:
    """Known entities (``gazetteer.jsonl``), one dict per line, sorted by key."""
    return _load_jsonl("gazetteer.jsonl", {"key", "label", "type"}, "a key, a label and a type")


@lru_cache(maxsize=1)
def roles() -> dict[str, tuple[str, ...]]:
    """Position titles and agency words (``roles.json``): lists become tuples of lowercase strings."""
    data = _load_json("roles.json")
    return {k: v for k, v in _freeze(data).items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The relation lexicon (``lexicon.json``) exactly as written."""
    return _load_json("lexicon.json")


def _local(term: rdflib.term.Node) -> str:
    return str(term).removeprefix(str(GEO))


def _classes(graph: rdflib.Graph, node: rdflib.term.Node | None) -> tuple[str, ...]:
    """Local names of a class or of the members of an ``owl:unionOf`` class."""
    if node is None:
        return ()
    union = graph.value(node, OWL.unionOf)
    if union is None:
        return (_local(node),)
    return tuple(_local(c) for c in Collection(graph, union))


@lru_cache(maxsize=1)
def relation_properties() -> dict[str, RelationInfo]:
    """Every relation property (those with a ``geo:category``), by local name, sorted by name."""
    graph = ontology_graph()
    found: dict[str, RelationInfo] = {}
    for prop in set(graph.subjects(RDF.type, OWL.ObjectProperty)):
        category = graph.value(prop, GEO.category)
        if category is None or not str(prop).startswith(str(GEO)):
            continue
        parents = [p for p in graph.objects(prop, RDFS.subPropertyOf) if str(p).startswith(str(GEO))]
        plover = graph.value(prop, GEO.ploverCategory)
        name = _local(prop)
        found[name] = RelationInfo(
            name=name,
            label=str(graph.value(prop, RDFS.label) or name),
            comment=str(graph.value(prop, RDFS.comment) or ""),
            category=str(category),
            cameo=tuple(sorted(str(c) for c in graph.objects(prop, GEO.cameoCode))),
            plover=str(plover) if plover is not None else None,
            family=str(graph.value(prop, GEO.family) or ""),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            parent=_local(min(parents)) if parents else None,
            domain=_classes(graph, graph.value(prop, RDFS.domain)),
            range=_classes(graph, graph.value(prop, RDFS.range)),
        )
    return dict(sorted(found.items()))


def category_of(predicate: str) -> str:
    """Short category name (``"share_intelligence"``) of a property given by local name or full IRI."""
    name = predicate.removeprefix(str(GEO))
    info = relation_properties().get(name)
    if info is None:
        raise ConfigError(
            f"unknown relation property {predicate!r}: it is not declared in ontology/kg.ttl "
            f"(known: {', '.join(relation_properties())})"
        )
    return info.category


def _parse_query(file_name: str, text: str) -> NamedQuery:
    meta = {"name": file_name.removesuffix(".rq"), "description": "", "params": ""}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if match:
            meta[match.group(1)] = match.group(2)
    params = tuple(p.strip().lstrip("?") for p in meta["params"].split(",") if p.strip())
    return NamedQuery(name=meta["name"], description=meta["description"], params=params, text=text)


@lru_cache(maxsize=1)
def queries() -> dict[str, NamedQuery]:
    """The ready-made queries of ``queries/*.rq`` by name, sorted by name."""
    folder = files(PACKAGE) / "queries"
    found: dict[str, NamedQuery] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq") and entry.is_file():
            query = _parse_query(entry.name, entry.read_text(encoding="utf-8"))
            if query.name in found:
                raise ConfigError(f"two queries in ontology/queries are named {query.name!r}")
            found[query.name] = query
    return dict(sorted(found.items()))


@lru_cache(maxsize=1)
def people() -> tuple[dict[str, Any], ...]:
    """Political office holders (``people.jsonl``): dated positions by gazetteer org, sorted by key."""
    return _load_jsonl("people.jsonl", {"key", "label", "positions"}, "a key, a label and positions")


__all__ = [
    "people",
    "NamedQuery",
    "RelationInfo",
    "category_of",
    "gazetteer",
    "lexicon",
    "ontology_graph",
    "ontology_path",
    "queries",
    "relation_properties",
    "roles",
    "shapes_graph",
]
