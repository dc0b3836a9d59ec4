"""Exports: RDF formats (provenance kept) and GraphML/GEXF for Gephi and networkx.

The network exports are an actor graph, not an RDF dump: one node per entity (label, type, ISO
code, aliases), one edge per asserted relation statement (relation, category, family, number of
supporting evidence sentences and articles, confidence). GraphML takes only plain values, so
everything is converted here, at the edge.
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from rdflib import Graph

from . import graph as kgraph
from . import resources
from .errors import ConfigError
from .vocab import GEO, RDF, RDFS, SKOS, local_name

NETWORK_FORMATS = {".graphml": "graphml", ".gexf": "gexf"}
ENTITY_CLASSES = ("Country", "Alliance", "Organization", "Agency", "Person", "Location", "Event")


def to_networkx(g: Graph, include_negated: bool = False) -> nx.MultiDiGraph:
    """The actor network of a kg graph, deterministic in node and edge order."""
    props = resources.relation_properties()
    net = nx.MultiDiGraph()
    nodes = {}
    for cls in ENTITY_CLASSES:
        for ent in g.subjects(RDF.type, GEO[cls]):
            nodes[ent] = cls
    for ent in sorted(nodes, key=str):
        aliases = sorted({str(a) for a in g.objects(ent, SKOS.altLabel)})
        attrs = {"label": str(g.value(ent, RDFS.label) or local_name(ent)), "type": nodes[ent], "iri": str(ent),
                 "aliases": "; ".join(aliases)}
        iso = g.value(ent, GEO.isoCode)
        if iso:
            attrs["iso3"] = str(iso)
        parent = g.value(ent, GEO.parent)
        if parent:
            attrs["parent"] = local_name(parent)
        mc = g.value(ent, GEO.mentionCount)
        attrs["articles"] = int(mc) if mc is not None else 0
        net.add_node(local_name(ent), **attrs)
    edges = []
    for st in g.subjects(RDF.type, GEO.Statement):
        asserted = str(g.value(st, GEO.asserted)).lower() == "true"
        if not asserted and not include_negated:
            continue
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        if s not in nodes or o not in nodes:
            continue
        name = local_name(p)
        info = props.get(name)
        edges.append((local_name(s), local_name(o), name, {
            "relation": name,
            "label": info.label if info else name,
            "category": info.category if info else "",
            "family": info.family if info else "",
            "symmetric": bool(info.symmetric) if info else False,
            "mentions": int(g.value(st, GEO.evidenceCount) or 0),
            "sources": int(g.value(st, GEO.sourceCount) or 0),
            "confidence": float(g.value(st, GEO.confidence) or 0.0),
            "asserted": asserted,
        }))
    for s, o, key, attrs in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        net.add_edge(s, o, key=key, **attrs)
    return net


def write_network(g: Graph, path: str | Path) -> None:
    path = Path(path)
    fmt = NETWORK_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ConfigError(f"{path}: not a network format (use .graphml or .gexf)")
    net = to_networkx(g)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(net, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    else:
        nx.write_gexf(net, buf, encoding="utf-8", prettyprint=True)
        # networkx stamps the GEXF with today's date; drop it so output is reproducible
        import re

        data = re.sub(rb'lastmodifieddate="[^"]*"', b"", buf.getvalue())
        buf = io.BytesIO(data)
    kgraph.atomic_write(path, buf.getvalue())


def export(g: Graph, path: str | Path) -> None:
    """Write ``g`` to ``path``; the format follows the suffix."""
    suffix = Path(path).suffix.lower()
    if suffix in NETWORK_FORMATS:
        write_network(g, path)
    else:
        kgraph.save_graph(g, path)


def export_formats() -> list[str]:
    return sorted(set(kgraph.FORMATS) | set(NETWORK_FORMATS))
