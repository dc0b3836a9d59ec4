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
from rdflib.plugins.stores.memory import Memory

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
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def statement_iri(s: str, p: str, o: str) -> URIRef:
    return STMT[_hash(s, p, o)]


def form_iri(key: str, text: str) -> URIRef:
    return FORM[_hash(key, text)]


def evidence_iri(rel: Relation) -> URIRef:
    ev = rel.evidence
    return EV[_hash(ev.article, ev.start, ev.end, rel.subject, rel.predicate, rel.object, ev.rule)]


def add_entity(g: Graph, ent: Entity, count: int = 0) -> None:
    _add_entity(_Writer(g), ent)


def _add_entity(w: _Writer, ent: Entity) -> None:
    node = _ent(ent.key)
    w.add_once(node, _RDF_TYPE, _geo(ent.type))
    if not w.has(node, _RDFS_LABEL):
        w.add(node, _RDFS_LABEL, _lit(ent.label))
    for alias in ent.aliases:
        if alias != ent.label:
            w.add_once(node, _ALT_LABEL, _lit(alias))
    if ent.iso3:
        w.set_once(node, _ISO_CODE, _lit(ent.iso3))
    if ent.parent:
        w.set_once(node, _PARENT, _ent(ent.parent))


def _set_once(g: Graph, triple) -> None:
    """``g.set(triple)``, skipped when its object is already the only value: set() removes and re-adds
    it, the dearest way to change nothing (entities, forms and statements recur in article after article)."""
    s, p, o = triple
    if list(g.objects(s, p)) != [o]:
        g.set(triple)


# Terms used for every article, made once (a Namespace makes a new URIRef on each access).
_RDF_TYPE, _RDFS_LABEL, _ALT_LABEL = RDF.type, RDFS.label, SKOS.altLabel
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = RDF.subject, RDF.predicate, RDF.object
_ISO_CODE, _PARENT, _MENTIONS, _USES_FORM = GEO.isoCode, GEO.parent, GEO.mentions, GEO.usesForm
_ARTICLE, _SURFACE_FORM, _FORM_OF, _FORM_TEXT = GEO.Article, GEO.SurfaceForm, GEO.formOf, GEO.formText
_STATEMENT, _EVIDENCE, _HAS_EVIDENCE = GEO.Statement, GEO.Evidence, GEO.hasEvidence
_DERIVED, _ATTRIBUTED = PROV.wasDerivedFrom, PROV.wasAttributedTo
_IDENTIFIER, _TITLE, _SOURCE, _DATE = DCTERMS.identifier, DCTERMS.title, DCTERMS.source, DCTERMS.date
_EV_PROPS = (GEO.sentence, GEO.charStart, GEO.charEnd, GEO.rule, GEO.confidence, GEO.modality, GEO.trigger,
             GEO.subjectText, GEO.objectText, GEO.claimant, GEO.eventDate, GEO.resolvedFrom, GEO.contentHash)
(_SENTENCE, _CHAR_START, _CHAR_END, _RULE, _CONFIDENCE, _MODALITY, _TRIGGER, _SUBJECT_TEXT, _OBJECT_TEXT, _CLAIMANT,
 _EVENT_DATE, _RESOLVED_FROM, _CONTENT_HASH) = _EV_PROPS
_XSD_DATE, _XSD_DECIMAL = XSD.date, XSD.decimal

#: Terms made before, by what they are made of: entity keys, predicates and literal values recur in
#: article after article, and rdflib's constructors check and normalise each time. Emptied when big.
_TERMS: dict = {}
_MAX_TERMS = 20_000


def _ent(key: str) -> URIRef:
    term = _TERMS.get(("e", key))
    if term is None:
        term = _TERMS[("e", key)] = ENT[key]
    return term


def _geo(name: str) -> URIRef:
    term = _TERMS.get(("g", name))
    if term is None:
        term = _TERMS[("g", name)] = GEO[name]
    return term


def _lit(value, datatype=None) -> Literal:
    # the type is part of the key: True == 1 and 1 == 1.0, but their literals differ
    key = (value.__class__, value, datatype)
    term = _TERMS.get(key)
    if term is None:
        term = _TERMS[key] = Literal(value, datatype=datatype)
    return term


_EMPTY: dict = {}
#: Write kg's in-memory graphs through the store's indexes (:class:`_Writer`); tests compare both ways.
_DIRECT = True


class _Writer:
    """Adds to and reads ``g`` as ``g.add``, ``in g``, ``g.objects`` and ``g.set`` do.

    On an rdflib ``Memory`` store holding this graph alone (kg's in-memory graphs), the store's own
    indexes are read and written directly, with the same operations in the same order as
    ``Memory.add`` makes for this graph (its per-triple context record always equals the store's
    default and is never kept): rdflib's layers (assertions, an event per triple, the context name
    formatted again for every triple, generators for every lookup) were most of the time of adding an
    article. Any other graph or store goes through rdflib.
    """

    __slots__ = ("g", "spo", "pos", "osp", "in_all", "in_graph")

    def __init__(self, g: Graph):
        self.g = g
        self.spo = None
        store = g.store
        if not _DIRECT or type(g) is not Graph or type(store) is not Memory or store.dispatcher.get_map() is not None:
            return
        try:
            default = store._Memory__defaultContexts
            contexts = store._Memory__contextTriples
            ctx = "{}:{}".format(g.identifier.__class__.__name__, g.identifier)
            if default is None or default != {ctx: False, None: False} or store._Memory__tripleContexts \
                    or ctx not in contexts or store._Memory__context_obj_map.get(ctx) is not g \
                    or g not in store._Memory__all_contexts:
                return  # an empty store (its first triple sets the default), or other graphs in it
            self.spo, self.pos, self.osp = store._Memory__spo, store._Memory__pos, store._Memory__osp
            self.in_all, self.in_graph = contexts[None], contexts[ctx]
        except AttributeError:  # another version of rdflib's Memory
            self.spo = None

    def add(self, s, p, o) -> None:
        spo = self.spo
        if spo is None:
            self.g.add((s, p, o))
            return
        by_p = spo.get(s)
        if by_p is None:
            by_p = spo[s] = {}
        by_o = by_p.get(p)
        if by_o is None:
            by_o = by_p[p] = {}
        triple = (s, p, o)
        if o in by_o:
            self.in_all.add(triple)
            self.in_graph.add(triple)
            return
        by_o[o] = 1
        self.in_all.add(triple)
        self.in_graph.add(triple)
        pos = self.pos
        by_o = pos.get(p)
        if by_o is None:
            by_o = pos[p] = {}
        by_s = by_o.get(o)
        if by_s is None:
            by_s = by_o[o] = {}
        by_s[s] = 1
        osp = self.osp
        by_s = osp.get(o)
        if by_s is None:
            by_s = osp[o] = {}
        by_p = by_s.get(s)
        if by_p is None:
            by_p = by_s[s] = {}
        by_p[p] = 1

    def has(self, s, p, o=None) -> bool:
        """``(s, p, o) in g``; with ``o`` None, whether ``s`` has any ``p``."""
        spo = self.spo
        if spo is None:
            return (s, p, o) in self.g
        by_o = spo.get(s, _EMPTY).get(p)
        if not by_o:
            return False
        return o is None or o in by_o

    def is_new(self, node) -> bool:
        """No triple about ``node`` yet (``(node, None, None) not in g``)."""
        spo = self.spo
        if spo is None:
            return (node, None, None) not in self.g
        return not any(spo.get(node, _EMPTY).values())  # removals leave empty dicts behind

    def add_once(self, s, p, o) -> None:
        if not self.has(s, p, o):
            self.add(s, p, o)

    def set_once(self, s, p, o) -> None:
        """``g.set((s, p, o))`` unless ``o`` is already the only value (:func:`_set_once`)."""
        spo = self.spo
        if spo is None:
            _set_once(self.g, (s, p, o))
            return
        by_o = spo.get(s, _EMPTY).get(p, _EMPTY)
        if len(by_o) == 1 and o in by_o:
            return
        self.g.set((s, p, o))  # rdflib's remove and add: rare

    def set(self, s, p, o) -> None:
        """``g.set((s, p, o))``: every ``(s, p, *)`` removed as ``Memory.remove`` does, then the add."""
        spo = self.spo
        by_o = spo.get(s, _EMPTY).get(p) if spo is not None else None
        if by_o:
            if len(by_o) >= len(self.in_graph):
                self.g.set((s, p, o))  # would empty the graph's context, which rdflib then drops
                return
            for old in list(by_o):
                self._drop(s, p, old, by_o)
        elif spo is None:
            self.g.set((s, p, o))
            return
        self.add(s, p, o)

    def remove(self, s, p, o) -> None:
        """``g.remove((s, p, o))`` of one triple."""
        spo = self.spo
        if spo is None or len(self.in_graph) <= 1:
            self.g.remove((s, p, o))
            return
        by_o = spo.get(s, _EMPTY).get(p, _EMPTY)
        if o in by_o:
            self._drop(s, p, o, by_o)

    def _drop(self, s, p, o, by_o) -> None:
        # Memory.remove for a triple of this graph alone: out of the graph's context, then the default
        # one, then the three indexes (the emptied dicts stay, as rdflib leaves them)
        triple = (s, p, o)
        self.in_graph.remove(triple)
        self.in_all.remove(triple)
        del by_o[o]
        del self.pos[p][o][s]
        del self.osp[o][s][p]

    def value(self, s, p):
        """``g.value(s, p)``: the first object, or None."""
        spo = self.spo
        if spo is None:
            return self.g.value(s, p)
        for o in spo.get(s, _EMPTY).get(p, _EMPTY):
            return o
        return None

    def objects(self, s, p) -> list:
        """``list(g.objects(s, p))``."""
        spo = self.spo
        if spo is None:
            return list(self.g.objects(s, p))
        return list(spo.get(s, _EMPTY).get(p, _EMPTY))

    def subjects(self, p, o) -> list:
        """``list(g.subjects(p, o))``."""
        if self.spo is None:
            return list(self.g.subjects(p, o))
        return list(self.pos.get(p, _EMPTY).get(o, _EMPTY))

    def triples_p(self, p) -> list:
        """``list(g.triples((None, p, None)))``."""
        if self.spo is None:
            return list(self.g.triples((None, p, None)))
        return [(s, p, o) for o, by_s in list(self.pos.get(p, _EMPTY).items()) for s in list(by_s)]

    def put(self, node):
        """How to write a single-valued property of ``node``: add() on a node the graph has never seen
        (nothing to replace: the same result as set()), else :meth:`set_once`."""
        return self.add if self.is_new(node) else self.set_once


def add_extraction(g: Graph, ex: Extraction) -> None:
    """Merge one article's extraction into ``g``. Call :func:`finalize` once after the last one."""
    if len(_TERMS) > _MAX_TERMS:
        _TERMS.clear()
    w = _Writer(g)
    art = ex.article
    a = ART[art.id]
    put = w.put(a)
    w.add(a, _RDF_TYPE, _ARTICLE)
    put(a, _IDENTIFIER, Literal(art.id))
    if art.title:
        put(a, _TITLE, Literal(art.title))
    if art.url or art.source:
        put(a, _SOURCE, Literal(art.url or art.source))
    if art.date:
        dtype = _XSD_DATE if len(art.date) == 10 else None
        put(a, _DATE, Literal(art.date, datatype=dtype))
    if art.content_hash:
        put(a, _CONTENT_HASH, Literal(art.content_hash))
    counts: dict[str, int] = {}
    for m in ex.mentions:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    for ent in ex.entities:
        _add_entity(w, ent)
        # mention counts are per article, stored on the article link so re-adding it changes nothing
        if counts.get(ent.key):
            w.add(a, _MENTIONS, _ent(ent.key))
        for alias in ent.aliases:
            if alias != ent.label:
                form = form_iri(ent.key, alias)
                put_form = w.put(form)
                w.add_once(form, _RDF_TYPE, _SURFACE_FORM)
                put_form(form, _FORM_OF, _ent(ent.key))
                put_form(form, _FORM_TEXT, _lit(alias))
                w.add(a, _USES_FORM, form)
    parents = {e.parent for e in ex.entities if e.parent} - {e.key for e in ex.entities}
    for key in sorted(parents):
        _ensure_gazetteer_entity(w, key)
    for rel in ex.relations:
        _add_relation(w, rel, a if rel.evidence.article == art.id else None)


def _ensure_gazetteer_entity(w: _Writer, key: str) -> None:
    node = _ent(key)
    if w.has(node, _RDF_TYPE):
        return
    for row in resources.gazetteer():
        if row["key"] == key:
            _add_entity(w, Entity(key=key, label=row["label"], type=row["type"], iso3=row.get("iso3"),
                                  parent=row.get("parent")))
            return


def add_relation(g: Graph, rel: Relation) -> None:
    _add_relation(_Writer(g), rel)


def _add_relation(w: _Writer, rel: Relation, source: URIRef | None = None) -> None:
    ev = rel.evidence
    st = statement_iri(rel.subject, rel.predicate, rel.object)
    e = evidence_iri(rel)
    w.add_once(st, _RDF_TYPE, _STATEMENT)
    w.set_once(st, _RDF_SUBJECT, _ent(rel.subject))
    w.set_once(st, _RDF_PREDICATE, _geo(rel.predicate))
    w.set_once(st, _RDF_OBJECT, _ent(rel.object))
    w.add(st, _HAS_EVIDENCE, e)
    # set() removes the old value first; a node the graph has never seen has none, so add() gives
    # the same graph at a fraction of the cost (evidence nodes are almost always new)
    put = w.put(e)
    w.add(e, _RDF_TYPE, _EVIDENCE)
    put(e, _DERIVED, source if source is not None else ART[ev.article])
    put(e, _SENTENCE, _lit(ev.sentence))
    put(e, _CHAR_START, _lit(ev.start))
    put(e, _CHAR_END, _lit(ev.end))
    put(e, _RULE, _lit(ev.rule))
    put(e, _CONFIDENCE, _lit(_dec(ev.confidence), _XSD_DECIMAL))
    put(e, _MODALITY, _lit(ev.modality))
    if ev.trigger:
        put(e, _TRIGGER, _lit(ev.trigger))
    if ev.subject_text:
        put(e, _SUBJECT_TEXT, _lit(ev.subject_text))
    if ev.object_text:
        put(e, _OBJECT_TEXT, _lit(ev.object_text))
    if ev.claimant:
        put(e, _CLAIMANT, _lit(ev.claimant))
    if ev.attributed_to:
        put(e, _ATTRIBUTED, _ent(ev.attributed_to))
    if ev.date:
        put(e, _EVENT_DATE, _lit(ev.date))
    if ev.resolved:
        put(e, _RESOLVED_FROM, _lit(ev.resolved))


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
    return _set_aggregates(_Writer(g), st, p, props, n_ev, by_article, prior)


_ASSERTED, _SOURCE_COUNT, _EVIDENCE_COUNT, _CATEGORY = GEO.asserted, GEO.sourceCount, GEO.evidenceCount, GEO.category
_MENTION_COUNT = GEO.mentionCount


def _set_aggregates(w: _Writer, st, p, props: dict, n_ev: int, by_article: dict[str, float],
                    prior: tuple[int, float] = (0, 1.0)) -> bool:
    sources, remaining = combine(by_article, prior)
    asserted = sources > 0
    w.set(st, _ASSERTED, _lit(asserted))
    w.set(st, _SOURCE_COUNT, _lit(sources))
    w.set(st, _EVIDENCE_COUNT, _lit(n_ev))
    w.set(st, _CONFIDENCE, _lit(_dec(1.0 - remaining if asserted else 0.0), _XSD_DECIMAL))
    info = props.get(local_name(p))
    if info is not None:
        w.set(st, _CATEGORY, _lit(info.category))
    return asserted


def finalize(g: Graph) -> None:
    """Recompute every statement's aggregates and the plain triples from its evidence.

    Runs over the whole graph so that appending articles, or re-adding one, always yields the
    same result as building everything at once.
    """
    props = resources.relation_properties()
    w = _Writer(g)
    value = w.value
    # mention counts: number of articles mentioning each entity
    mention_counts: dict[URIRef, int] = {}
    for _, _, ent in w.triples_p(_MENTIONS):
        mention_counts[ent] = mention_counts.get(ent, 0) + 1
    for ent, n in mention_counts.items():
        w.set(ent, _MENTION_COUNT, _lit(n))
    plain = set()
    for st in sorted(set(w.subjects(_RDF_TYPE, _STATEMENT))):
        s = value(st, _RDF_SUBJECT)
        p = value(st, _RDF_PREDICATE)
        o = value(st, _RDF_OBJECT)
        by_article: dict[str, float] = {}
        n_ev = 0
        asserted = False
        for e in w.objects(st, _HAS_EVIDENCE):
            n_ev += 1
            modality = str(value(e, _MODALITY) or "asserted")
            if modality != "asserted":
                continue
            asserted = True
            art = str(value(e, _DERIVED))
            conf = float(value(e, _CONFIDENCE) or 0.5)
            by_article[art] = max(by_article.get(art, 0.0), conf)
        _set_aggregates(w, st, p, props, n_ev, by_article)
        info = props.get(local_name(p))
        if asserted:
            plain.add((s, p, o))
            if info is not None and info.parent:
                plain.add((s, GEO[info.parent], o))
    # plain triples exactly mirror asserted statements
    ent_ns = str(ENT)
    for name in sorted(props):
        for s, p, o in w.triples_p(GEO[name]):
            if (s, p, o) not in plain and str(s).startswith(ent_ns):
                w.remove(s, p, o)
    for t in plain:
        w.add(*t)


@contextmanager
def settled_gc(every: int = 32) -> Iterator[Callable[[], None]]:
    """Keep Python's garbage collector off the graph built so far; call the yielded function per article.

    An in-memory graph of 1,000 articles is millions of Python objects, and every full collection
    (one each time the heap grows by a quarter) walks all of them: 0.9 of the 2.9 s of CPU that
    adding 1,000 articles took. After the first call everything is frozen (``gc.freeze``): the
    loaded model and kg's tables are not garbage. Every ``every`` calls, garbage is collected and what
    survives is frozen, so later collections walk only what is new. Everything is unfrozen on
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
        if count == 1:
            # what the process holds once an article is in (the model, kg's tables and caches, the modules) lives
            # as long as the build: frozen without a collection, which would walk all of it (0.07-0.2 s) to find
            # the few dozen objects of garbage model loading leaves
            gc.freeze()
        elif count % every == 0:
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
