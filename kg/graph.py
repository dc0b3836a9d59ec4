"""The only module that writes RDF: extractions in, a provenance-carrying graph out.

Shape: see docs/SCHEMA.md. IRIs come from canonical ids and hashes (no blank nodes), so the same
input always gives the same graph, and merging an article twice changes nothing. Reading and
writing graph files is atomic: a failed or interrupted write leaves the old file as it was.
"""

from __future__ import annotations

import gc
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from . import resources
from .errors import ConfigError, GraphFileError
from .model import Entity, Extraction, Relation
from .vocab import ART, DCTERMS, ENT, EV, FORM, GEO, PREFIXES, PROV, RDF, RDFS, SKOS, STMT, local_name

#: Graph file formats by suffix -> rdflib format name.
FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".nq": "nquads",
    ".rdf": "xml",
    ".xml": "xml",
}


def format_for(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        raise ConfigError(
            f"{path}: unknown graph format {suffix or '(no suffix)'!r}; use one of {', '.join(sorted(FORMATS))}"
        ) from None


def new_graph(store: str = "default") -> Graph:
    g = Graph(store=store)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def entity_iri(key: str) -> URIRef:
    return ENT[key]


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def statement_iri(s: str, p: str, o: str) -> URIRef:
    return STMT[_hash(s, p, o)]


def form_iri(key: str, text: str) -> URIRef:
    return FORM[_hash(key, text)]


def evidence_iri(rel: Relation) -> URIRef:
    ev = rel.evidence
    return EV[_hash(ev.article, ev.start, ev.end, rel.subject, rel.predicate, rel.object, ev.rule)]


def add_entity(g: Graph, ent: Entity, count: int = 0) -> None:
    node = entity_iri(ent.key)
    _add_once(g, (node, RDF.type, GEO[ent.type]))
    if (node, RDFS.label, None) not in g:
        g.add((node, RDFS.label, Literal(ent.label)))
    for alias in ent.aliases:
        if alias != ent.label:
            _add_once(g, (node, SKOS.altLabel, Literal(alias)))
    if ent.iso3:
        _set_once(g, (node, GEO.isoCode, Literal(ent.iso3)))
    if ent.parent:
        _set_once(g, (node, GEO.parent, entity_iri(ent.parent)))


def _is_new(g: Graph, node) -> bool:
    """True when ``g`` holds no triple about ``node``: its single values can be added, nothing to replace."""
    return (node, None, None) not in g


def _add_once(g: Graph, triple) -> None:
    """``g.add(triple)`` for a triple that is mostly there already: looking costs a third of adding it again."""
    if triple not in g:
        g.add(triple)


def _set_once(g: Graph, triple) -> None:
    """``g.set(triple)``, skipped when its object is already the only value: set() removes and re-adds
    it, the dearest way to change nothing (entities, forms and statements recur in article after article)."""
    s, p, o = triple
    if list(g.objects(s, p)) != [o]:
        g.set(triple)


def _put(g: Graph, node):
    """How to write a single-valued property of ``node``: add() on a node ``g`` has never seen
    (nothing to replace: same result as set()), else :func:`_set_once`."""
    return g.add if _is_new(g, node) else lambda triple: _set_once(g, triple)


def add_extraction(g: Graph, ex: Extraction) -> None:
    """Merge one article's extraction into ``g``. Call :func:`finalize` once after the last one."""
    art = ex.article
    a = ART[art.id]
    put = _put(g, a)
    g.add((a, RDF.type, GEO.Article))
    put((a, DCTERMS.identifier, Literal(art.id)))
    if art.title:
        put((a, DCTERMS.title, Literal(art.title)))
    if art.url or art.source:
        put((a, DCTERMS.source, Literal(art.url or art.source)))
    if art.date:
        dtype = XSD.date if len(art.date) == 10 else None
        put((a, DCTERMS.date, Literal(art.date, datatype=dtype)))
    if art.content_hash:
        put((a, GEO.contentHash, Literal(art.content_hash)))
    counts: dict[str, int] = {}
    for m in ex.mentions:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    for ent in ex.entities:
        add_entity(g, ent)
        # mention counts are per article, stored on the article link so re-adding it changes nothing
        if counts.get(ent.key):
            g.add((a, GEO.mentions, entity_iri(ent.key)))
        for alias in ent.aliases:
            if alias != ent.label:
                form = form_iri(ent.key, alias)
                put_form = _put(g, form)
                _add_once(g, (form, RDF.type, GEO.SurfaceForm))
                put_form((form, GEO.formOf, entity_iri(ent.key)))
                put_form((form, GEO.formText, Literal(alias)))
                g.add((a, GEO.usesForm, form))
    parents = {e.parent for e in ex.entities if e.parent} - {e.key for e in ex.entities}
    for key in sorted(parents):
        _ensure_gazetteer_entity(g, key)
    for rel in ex.relations:
        add_relation(g, rel)


def _ensure_gazetteer_entity(g: Graph, key: str) -> None:
    node = entity_iri(key)
    if (node, RDF.type, None) in g:
        return
    for row in resources.gazetteer():
        if row["key"] == key:
            add_entity(g, Entity(key=key, label=row["label"], type=row["type"], iso3=row.get("iso3"),
                                 parent=row.get("parent")))
            return


def add_relation(g: Graph, rel: Relation) -> None:
    ev = rel.evidence
    st = statement_iri(rel.subject, rel.predicate, rel.object)
    e = evidence_iri(rel)
    _add_once(g, (st, RDF.type, GEO.Statement))
    _set_once(g, (st, RDF.subject, entity_iri(rel.subject)))
    _set_once(g, (st, RDF.predicate, GEO[rel.predicate]))
    _set_once(g, (st, RDF.object, entity_iri(rel.object)))
    g.add((st, GEO.hasEvidence, e))
    # set() removes the old value first; a node the graph has never seen has none, so add() gives
    # the same graph at a fraction of the cost (evidence nodes are almost always new)
    put = _put(g, e)
    g.add((e, RDF.type, GEO.Evidence))
    put((e, PROV.wasDerivedFrom, ART[ev.article]))
    put((e, GEO.sentence, Literal(ev.sentence)))
    put((e, GEO.charStart, Literal(ev.start)))
    put((e, GEO.charEnd, Literal(ev.end)))
    put((e, GEO.rule, Literal(ev.rule)))
    put((e, GEO.confidence, Literal(_dec(ev.confidence), datatype=XSD.decimal)))
    put((e, GEO.modality, Literal(ev.modality)))
    if ev.trigger:
        put((e, GEO.trigger, Literal(ev.trigger)))
    if ev.subject_text:
        put((e, GEO.subjectText, Literal(ev.subject_text)))
    if ev.object_text:
        put((e, GEO.objectText, Literal(ev.object_text)))
    if ev.claimant:
        put((e, GEO.claimant, Literal(ev.claimant)))
    if ev.attributed_to:
        put((e, PROV.wasAttributedTo, entity_iri(ev.attributed_to)))
    if ev.date:
        put((e, GEO.eventDate, Literal(ev.date)))
    if ev.resolved:
        put((e, GEO.resolvedFrom, Literal(ev.resolved)))


def _dec(x: float) -> str:
    """Confidence as a short xsd:decimal ("0.8", "1.0"): no trailing zeros, one digit after the point
    so Turtle writes it back the same way."""
    out = f"{x:.3f}".rstrip("0")
    return out + "0" if out.endswith(".") else out


def combine(by_article: dict[str, float], prior: tuple[int, float] = (0, 1.0)) -> tuple[int, float]:
    """(sources, remaining): the articles asserting a statement and prod(1 - c) over them.

    ``prior`` is the same pair over articles counted before (a store adding a batch of new
    articles continues its running product instead of re-reading every earlier article).
    """
    sources, remaining = prior
    for c in by_article.values():
        remaining *= 1.0 - c
    return sources + len(by_article), remaining


def set_aggregates(g: Graph, st, p, props: dict, n_ev: int, by_article: dict[str, float],
                   prior: tuple[int, float] = (0, 1.0)) -> bool:
    """Write one statement's support: asserted, sources, evidence count, confidence, category.

    ``by_article`` holds the best confidence of the asserted evidence per article; the combined
    confidence is 1 - prod(1 - c) over those independent articles (and ``prior``, see
    :func:`combine`). True if anything asserts it.
    """
    sources, remaining = combine(by_article, prior)
    asserted = sources > 0
    g.set((st, GEO.asserted, Literal(asserted)))
    g.set((st, GEO.sourceCount, Literal(sources)))
    g.set((st, GEO.evidenceCount, Literal(n_ev)))
    g.set((st, GEO.confidence, Literal(_dec(1.0 - remaining if asserted else 0.0), datatype=XSD.decimal)))
    info = props.get(local_name(p))
    if info is not None:
        g.set((st, GEO.category, Literal(info.category)))
    return asserted


def finalize(g: Graph) -> None:
    """Recompute every statement's aggregates and the plain triples from its evidence.

    Runs over the whole graph so that appending articles, or re-adding one, always yields the
    same result as building everything at once.
    """
    props = resources.relation_properties()
    # mention counts: number of articles mentioning each entity
    mention_counts: dict[URIRef, int] = {}
    for _, _, ent in g.triples((None, GEO.mentions, None)):
        mention_counts[ent] = mention_counts.get(ent, 0) + 1
    for ent, n in mention_counts.items():
        g.set((ent, GEO.mentionCount, Literal(n)))
    plain = set()
    for st in sorted(set(g.subjects(RDF.type, GEO.Statement))):
        s = g.value(st, RDF.subject)
        p = g.value(st, RDF.predicate)
        o = g.value(st, RDF.object)
        by_article: dict[str, float] = {}
        n_ev = 0
        asserted = False
        for e in g.objects(st, GEO.hasEvidence):
            n_ev += 1
            modality = str(g.value(e, GEO.modality) or "asserted")
            if modality != "asserted":
                continue
            asserted = True
            art = str(g.value(e, PROV.wasDerivedFrom))
            conf = float(g.value(e, GEO.confidence) or 0.5)
            by_article[art] = max(by_article.get(art, 0.0), conf)
        set_aggregates(g, st, p, props, n_ev, by_article)
        info = props.get(local_name(p))
        if asserted:
            plain.add((s, p, o))
            if info is not None and info.parent:
                plain.add((s, GEO[info.parent], o))
    # plain triples exactly mirror asserted statements
    ent_ns = str(ENT)
    for name in sorted(props):
        for s, p, o in list(g.triples((None, GEO[name], None))):
            if (s, p, o) not in plain and str(s).startswith(ent_ns):
                g.remove((s, p, o))
    for t in plain:
        g.add(t)


@contextmanager
def settled_gc(every: int = 32) -> Iterator[Callable[[], None]]:
    """Keep Python's garbage collector off the graph built so far; call the yielded function per article.

    An in-memory graph of 1,000 articles is millions of Python objects, and every full collection
    (one each time the heap grows by a quarter) walks all of them: 0.9 of the 2.9 s of CPU that
    adding 1,000 articles took. Every ``every`` calls, garbage is collected and what survives is
    frozen (``gc.freeze``), so later collections walk only what is new. Everything is unfrozen on
    exit, so a graph dropped later is freed as usual; a process that freezes objects itself, or
    runs without the collector, is left as it is.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield lambda: None
        return
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        if count % every == 0:
            gc.collect()
            gc.freeze()

    try:
        yield tick
    finally:
        gc.unfreeze()


def build_graph(extractions: Iterable[Extraction], graph: Graph | None = None) -> Graph:
    g = graph if graph is not None else new_graph()
    with settled_gc() as tick:
        for ex in extractions:
            add_extraction(g, ex)
            tick()
        finalize(g)
    return g


def load_graph(path: str | Path, graph: Graph | None = None) -> Graph:
    """Read a graph file; a clear GraphFileError if it is missing or not valid RDF."""
    path = Path(path)
    fmt = format_for(path)
    if not path.exists():
        raise GraphFileError(f"{path}: no such graph file")
    if path.is_dir():
        raise GraphFileError(f"{path}: is a directory, not a graph file")
    g = graph if graph is not None else new_graph()
    try:
        if fmt in ("trig", "nquads"):
            # quads: kg writes its graph as one named graph; read every graph's triples
            from rdflib import Dataset

            ds = Dataset()
            ds.parse(str(path), format=fmt)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
        else:
            g.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GraphFileError(f"{path}: not a valid {fmt} graph ({msg[:200]})") from None
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def serialize(g: Graph, fmt: str) -> bytes:
    if fmt == "json-ld":
        data = g.serialize(format="json-ld", context={k: str(v) for k, v in PREFIXES.items()}, sort_keys=True,
                           indent=1)
        return data.encode("utf-8") if isinstance(data, str) else data
    if fmt in ("nt", "nquads"):
        data = g.serialize(format=fmt)
        text = data if isinstance(data, str) else data.decode("utf-8")
        return ("".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))).encode("utf-8")
    if fmt == "trig":
        from rdflib import Dataset

        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True, replace=True)
        named = ds.graph(URIRef("https://w3id.org/kg/graph/default"))
        for t in g:
            named.add(t)
        data = ds.serialize(format="trig")
        return data.encode("utf-8") if isinstance(data, str) else data
    if fmt == "turtle":
        from .turtle import turtle_bytes

        return turtle_bytes(g)  # rdflib's bytes, written several times faster (kg.turtle)
    data = g.serialize(format=fmt)
    return data.encode("utf-8") if isinstance(data, str) else data


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same directory and an atomic rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)  # mkstemp makes the file private (0600); the output gets the user's usual mode
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def save_graph(g: Graph, path: str | Path) -> None:
    atomic_write(path, serialize(g, format_for(path)))
