"""RDF namespaces of kg. Only the graph, query, export and view modules use these."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

GEO = Namespace("https://w3id.org/kg/geo#")  # ontology: classes and properties
ENT = Namespace("https://w3id.org/kg/entity/")  # entities
ART = Namespace("https://w3id.org/kg/article/")  # articles
EV = Namespace("https://w3id.org/kg/evidence/")  # evidence (one extraction from one sentence)
STMT = Namespace("https://w3id.org/kg/statement/")  # statement: one (s, p, o) with its evidence
FORM = Namespace("https://w3id.org/kg/form/")  # a surface form of an entity, linked from the articles using it

def local_name(iri) -> str:
    """The last segment of an IRI: ``geo:sharesIntelligenceWith`` -> ``sharesIntelligenceWith``."""
    s = str(iri)
    return s.rsplit("#", 1)[-1] if "#" in s else s.rsplit("/", 1)[-1]


PREFIXES = {
    "geo": GEO,
    "ent": ENT,
    "art": ART,
    "ev": EV,
    "stmt": STMT,
    "form": FORM,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "xsd": XSD,
}

__all__ = ["local_name", "GEO", "ENT", "ART", "EV", "STMT", "FORM", "PREFIXES", "RDF", "RDFS", "OWL", "SKOS", "PROV", "DCTERMS", "XSD"]
