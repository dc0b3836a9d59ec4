"""The library API: articles -> extractions -> graph, and the operations the CLI offers.

    >>> import kg
    >>> g = kg.build(["examples/articles"]).graph
    >>> kg.stats(g).relations["sharesIntelligenceWith"]

Each CLI command calls one function here.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rdflib import Graph

from . import docview
from . import graph as kgraph
from .coref import resolve_mentions
from .entities import find_entities
from .errors import KgError
from .model import Article, Extraction, Failed
from .nlp import load_pipeline, parse_text
from .relations import extract_relations
from .vocab import GEO, RDF, local_name

BATCH_SIZE = 32


def extract_doc(doc, article: Article, nlp=None, coref: bool = True) -> Extraction:
    """Entities and relations of one parsed article.

    With ``coref`` the mention-resolution stage (kg.coref) links pronouns, descriptions such as
    "the bloc" and surnames to actors before relations are read.
    """
    own_view = not docview.cached(doc)  # the stages share one view of the parse (kg.docview)
    try:
        ents = find_entities(doc, nlp)
        if coref:
            ents = resolve_mentions(doc, ents)
        relations = tuple(sorted(
            extract_relations(doc, ents, article, coref=coref),
            key=lambda r: (r.evidence.start, r.subject, r.predicate, r.object, r.evidence.rule),
        ))
    finally:
        if own_view:
            docview.release(doc)
    return Extraction(article=article, entities=_used_entities(ents, relations),
                      mentions=tuple(ents.mentions), relations=relations)


def _used_entities(ents, relations) -> tuple:
    """The entities the article mentions or a relation links, with their parents: a state the rules only
    consulted ("Jens Stoltenberg" -> his office in the actor dictionary) is not the article's."""
    used = {m.entity for m in ents.mentions} | {k for r in relations for k in (r.subject, r.object)}
    todo = list(used)
    while todo:
        parent = ents.entities[key].parent if (key := todo.pop()) in ents.entities else None
        if parent and parent not in used and parent in ents.entities:
            used.add(parent)
            todo.append(parent)
    return tuple(sorted((e for k, e in ents.entities.items() if k in used), key=lambda e: e.key))


def extract_article(article: Article, nlp=None, coref: bool = True) -> Extraction:
    """One article; an error in kg's extraction propagates (a build over many reports it and goes on)."""
    nlp = nlp or load_pipeline()
    return extract_doc(nlp(parse_text(article.text)), article, nlp, coref=coref)


def extract_articles(articles: Iterable[Article], nlp=None, batch_size: int = BATCH_SIZE,
                     coref: bool = True, *, keep_going: bool = False) -> Iterator[Extraction | Failed]:
    """Stream extractions in input order; spaCy parses in batches.

    With ``keep_going`` an article whose parse or extraction raises (a bug in kg on an unusual
    text) becomes a :class:`~kg.model.Failed` record in its place and the others are read as
    usual: one bad article must not cost a build of thousands. Without it the error propagates
    and only Extraction records come out.
    """
    nlp = nlp or load_pipeline()
    if not keep_going:
        pairs = ((parse_text(a.text), a) for a in articles)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield extract_doc(doc, article, nlp, coref=coref)
        return
    for parsed, article in _parse_guarded(nlp, articles, batch_size):
        if isinstance(parsed, Failed):
            yield parsed
            continue
        try:
            result: Extraction | Failed = extract_doc(parsed, article, nlp, coref=coref)
        except (MemoryError, KgError):
            raise  # KgError: a broken rule file (ontology/) fails every article alike: stop, say which file
        except Exception as exc:  # noqa: BLE001 - a bug of kg on this article; KeyboardInterrupt, SystemExit stop it
            result = failure(article, exc)
        yield result


def _parse_guarded(nlp, articles: Iterable[Article], batch_size: int) -> Iterator[tuple[object, Article]]:
    """(Doc or Failed, article) pairs, parsed in the batches ``nlp.pipe`` would use; a batch whose
    parse raises is parsed again one article at a time, so only the article at fault fails."""
    it = iter(articles)
    size = max(1, batch_size)
    while chunk := list(islice(it, size)):
        texts = [parse_text(a.text) for a in chunk]
        try:
            docs: list = list(nlp.pipe(texts, batch_size=size))
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - one of the batch is at fault: parse them one by one to find it
            docs = []
            for text, article in zip(texts, chunk):
                try:
                    docs.append(nlp(text))
                except MemoryError:
                    raise
                except Exception as exc:  # noqa: BLE001 - this is the one
                    docs.append(failure(article, exc))
        yield from zip(docs, chunk)


#: Longest exception message kept in a Failed record: enough to report, one line in a terminal.
ERROR_MAX_CHARS = 200
_KG_DIR = Path(__file__).resolve().parent


def failure(article: Article, exc: Exception) -> Failed:
    """The record of ``article`` failing with ``exc``: type, message on one printable line, and the
    innermost frame of kg's own code, which is what a bug report needs. The message may quote
    article text, so it is cut and stripped of control characters."""
    message = "".join(c if c.isprintable() else " " for c in str(exc))
    message = " ".join(message.split())
    if len(message) > ERROR_MAX_CHARS:
        message = message[: ERROR_MAX_CHARS - 3] + "..."
    where = ""
    for frame in traceback.extract_tb(exc.__traceback__):
        path = Path(frame.filename)
        if path.parent.resolve() == _KG_DIR:
            where = f"kg/{path.name}:{frame.lineno} in {frame.name}"
    error = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return Failed(article=article, error=error, where=where)


def failed_reason(f: Failed) -> str:
    """The one line a build prints for an article kg could not extract."""
    where = f", raised in {f.where}" if f.where else ""
    source = f.article.source or f"article {f.article.id}"
    return f"{source}: skipped: internal error in kg's extraction of this article ({f.error}{where}); please report it"


@dataclass
class BuildResult:
    graph: Graph
    articles: int = 0  # articles read in this run
    new_articles: int = 0  # articles added: not already in the graph, and extracted
    skipped: list = field(default_factory=list)  # ingest.Skipped records: files not read, articles kg failed on
    duplicates: list = field(default_factory=list)  # same text given twice: read once, nothing lost


def article_ids(g: Graph) -> set[str]:
    return {local_name(a) for a in g.subjects(RDF.type, GEO.Article)}


def _extractor(nlp=None, jobs: int = 1, scheduler: str | None = None, coref: bool = True):
    """How articles become extractions (or Failed records): here, in ``jobs`` processes, or on a dask cluster."""
    from .parallel import limit_blas_threads

    if scheduler:
        from .parallel import extract_dask

        return lambda arts: extract_dask(arts, scheduler=scheduler, coref=coref, keep_going=True)
    if jobs and jobs > 1:
        from .parallel import extract_parallel

        return lambda arts: extract_parallel(arts, jobs=jobs, coref=coref, keep_going=True)
    limit_blas_threads()  # one BLAS thread parses faster on its own too (kg.parallel.limit_blas_threads)
    return lambda arts: extract_articles(arts, nlp=nlp, coref=coref, keep_going=True)


def build(paths: Sequence[str | Path], *, graph: Graph | None = None, stdin=None,
          on_skip: Callable | None = None, progress: Callable[[Article], None] | None = None,
          nlp=None, jobs: int = 1, scheduler: str | None = None, coref: bool = True) -> BuildResult:
    """Read articles from files/directories (or stdin for "-") and merge them into ``graph``.

    Articles already in the graph (same normalised text) are not parsed again. ``graph`` may be
    an in-memory graph or an on-disk store (:func:`kg.store.open_store`), which is written in
    committed batches. ``jobs`` > 1 parses in that many processes and ``scheduler`` on a dask
    cluster; the graph is the same either way. An article kg fails to extract (a bug in kg) is
    reported to ``on_skip`` like an unreadable file and left out of the graph, so a later build
    reads it again; the rest is built.
    """
    from .ingest import Skipped, iter_articles
    from .store import ingest as store_ingest
    from .store import is_store_graph

    g = graph if graph is not None else kgraph.new_graph()
    known = article_ids(g)
    result = BuildResult(graph=g)

    def skip(s) -> None:
        if getattr(s, "duplicate", False):
            result.duplicates.append(s)
        else:
            result.skipped.append(s)
        if on_skip:
            on_skip(s)

    def fresh() -> Iterator[Article]:
        for art in iter_articles(paths, stdin=stdin, on_skip=skip):  # each text once: ingest de-duplicates
            result.articles += 1
            if progress:
                progress(art)
            if art.id in known:
                continue
            result.new_articles += 1
            yield art

    def extracted() -> Iterator[Extraction]:
        for ex in _extractor(nlp, jobs, scheduler, coref)(fresh()):
            if isinstance(ex, Failed):
                result.new_articles -= 1  # not added: nothing of it is written, not even its article node
                skip(Skipped(ex.article.source, failed_reason(ex)))
            else:
                yield ex

    extractions = extracted()
    if is_store_graph(g):
        store_ingest(g, extractions)  # batches committed one by one; only touched statements re-finalised
    else:
        with kgraph.settled_gc() as tick:  # the collector would walk the whole graph again and again
            for ex in extractions:
                kgraph.add_extraction(g, ex)
                tick()
            kgraph.finalize(g)
    return result


def build_file(paths: Sequence[str | Path], output: str | Path, *, append: bool = False, **kw) -> BuildResult:
    """Build and write a graph file atomically; with ``append`` merge into the existing file."""
    kgraph.format_for(output)  # fail on a bad suffix before any work
    g = None
    if append and Path(output).exists():
        g = kgraph.load_graph(output)
    result = build(paths, graph=g, **kw)
    kgraph.save_graph(result.graph, output)
    return result


def build_store(paths: Sequence[str | Path], store: str | Path, **kw) -> BuildResult:
    """Build into (or grow) the on-disk store at ``store``; only unseen articles are parsed."""
    from .store import close_store, open_store

    g = open_store(store, create=True)
    try:
        return build(paths, graph=g, **kw)
    finally:
        close_store(g)


def remove(target: str | Path, article_id: str) -> int:
    """Retract one article from a graph file or store; returns the number of statements touched."""
    from .errors import GraphFileError
    from .store import close_store, is_store, open_store, remove_article

    if is_store(target):
        g = open_store(target)
        try:
            changes = remove_article(g, article_id)
        finally:
            close_store(g)
    else:
        g = kgraph.load_graph(target)
        changes = remove_article(g, article_id)
        if changes.articles:
            kgraph.save_graph(g, target)
    if not changes.articles:
        raise GraphFileError(f"{target}: no article {article_id!r} in this graph (`kg query {target} --name entities` "
                             "lists what it holds; article ids are the art: IRIs)")
    return len(changes.statements)


@dataclass
class Stats:
    articles: int
    entities: Counter
    relations: Counter  # asserted statements by predicate
    statements: int
    evidence: int
    triples: int

    def as_dict(self) -> dict:
        return {"articles": self.articles, "entities": dict(sorted(self.entities.items())),
                "relations": dict(sorted(self.relations.items())), "statements": self.statements,
                "evidence": self.evidence, "triples": self.triples}


ENTITY_CLASSES = ("Country", "Alliance", "Organization", "Agency", "Person", "Location", "Event")


def _count_typed(g: Graph) -> Callable[[object], int]:
    """How many subjects have a given rdf:type: counted by Oxigraph for stores (a type triple is
    unique per subject, so COUNT(*) is the number of subjects), by rdflib otherwise."""
    from .store import is_store_graph

    if is_store_graph(g):
        inner = g.store.ox  # type: ignore[attr-defined]

        def native(cls) -> int:
            query = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{RDF.type}> <{cls}> }}"
            return int(next(iter(inner.query(query)))["n"].value)

        return native
    return lambda cls: len(set(g.subjects(RDF.type, cls)))


def stats(g: Graph) -> Stats:
    count = _count_typed(g)  # on a 100k-article store, sets of every evidence IRI took gigabytes
    ents: Counter = Counter()
    for cls in ENTITY_CLASSES:
        n = count(GEO[cls])
        if n:
            ents[cls] = n
    rels: Counter = Counter()
    for st in g.subjects(RDF.type, GEO.Statement):
        if str(g.value(st, GEO.asserted)).lower() == "true":
            rels[local_name(g.value(st, RDF.predicate))] += 1
    return Stats(
        articles=count(GEO.Article),
        entities=ents,
        relations=rels,
        statements=count(GEO.Statement),
        evidence=count(GEO.Evidence),
        triples=len(g),
    )
