"""Small immutable records that carry data between the pipeline stages.

ingest -> Article; entities -> Entity + Mention; relations -> Relation (+ Evidence);
graph turns them into RDF. Nothing here imports spaCy or rdflib.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field


def _quick_init(cls):
    """Give a frozen dataclass an ``__init__`` that fills the instance dict in one step.

    The generated one calls ``object.__setattr__`` once per field (frozen classes refuse plain
    assignment): half the cost of making a record, and kg makes tens of thousands per 300 articles
    (mentions, entities, evidence). Same signature, defaults, field values and dict order; equality,
    hashing, ``repr``, ``dataclasses.replace`` and pickling read the fields and are unchanged.
    """
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or any(
            not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields):
        return cls  # not the plain case this covers: keep the generated __init__
    defaults = {f"_d_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f"{f.name}=_d_{f.name}" if f"_d_{f.name}" in defaults else f.name for f in fields)
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    namespace: dict = dict(defaults)
    exec(f"def __init__(self, {params}):\n    self.__dict__.update({{{values}}})\n", namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls


#: Entity classes of the ontology (local names in the ``geo:`` namespace).
ENTITY_TYPES = ("Country", "Alliance", "Organization", "Agency", "Person", "Location", "Event")

#: Modality of one piece of evidence. Only "asserted" evidence yields a plain triple.
MODALITIES = ("asserted", "negated", "hypothetical")


@_quick_init
@dataclass(frozen=True)
class Article:
    """One input document, already reduced to plain text.

    ``id`` is derived from a hash of the normalised text, so the same article under two file
    names is one article.
    """

    id: str
    text: str
    title: str = ""
    source: str = ""  # file path or "-" for stdin, or the JSONL file + line
    url: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    content_hash: str = ""  # full sha256 of the normalised text


@_quick_init
@dataclass(frozen=True)
class Entity:
    """A real-world actor or place. ``key`` is its canonical id and becomes its IRI."""

    key: str
    label: str
    type: str
    iso3: str | None = None
    parent: str | None = None  # key of the state/body an Agency belongs to
    aliases: tuple[str, ...] = ()  # surface forms seen in the text (besides the label)
    wikidata: str | None = None


@_quick_init
@dataclass(frozen=True)
class Mention:
    """One surface form in one article linked to an entity; offsets are characters in Article.text."""

    entity: str  # Entity.key
    text: str
    start: int
    end: int
    sentence: int = 0  # index of the sentence in the article
    resolved_from: str | None = None  # for pronouns/descriptions: what the text said


@_quick_init
@dataclass(frozen=True)
class Evidence:
    """Where and how a relation was read: the provenance of one extraction."""

    article: str  # Article.id
    sentence: str
    start: int  # character offsets of the sentence in Article.text
    end: int
    rule: str  # id of the lexicon entry / extractor rule that fired
    confidence: float
    trigger: str = ""  # the word(s) that triggered the relation
    modality: str = "asserted"  # one of MODALITIES
    attributed_to: str | None = None  # entity key of who made the claim, if linked
    claimant: str | None = None  # surface text of who made the claim ("U.S. officials", "Bloomberg")
    date: str | None = None  # ISO date/period the event is placed at (YYYY, YYYY-MM or YYYY-MM-DD)
    subject_text: str = ""
    object_text: str = ""
    resolved: str | None = None  # how an argument was resolved across sentences: "it -> China"


@_quick_init
@dataclass(frozen=True)
class Relation:
    """A triple read from one sentence: ``subject -predicate-> object`` with its evidence."""

    subject: str  # Entity.key
    predicate: str  # local name of an ontology property, e.g. "sharesIntelligenceWith"
    object: str  # Entity.key
    evidence: Evidence


@_quick_init
@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    warnings: tuple[str, ...] = field(default=())


@_quick_init
@dataclass(frozen=True)
class Failed:
    """An article whose extraction raised: a build reports it as skipped and goes on.

    Only text travels (``error`` is "IndexError: ..."), so the record crosses process and
    cluster boundaries whatever the exception was.
    """

    article: Article
    error: str  # exception type and message, one line
    where: str = ""  # the innermost kg frame that raised, "kg/relations.py:812 in _subject_actors"
