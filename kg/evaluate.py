"""Measure the extractor: precision and recall against hand-made gold data.

Two yardsticks:

* the development gold set (``../shared/eval``: ``gold.jsonl`` + ``articles/``): entity and triple
  P/R/F1 per category and per document, in the scoring the gold README recommends, plus the error
  lists (misses with the gold evidence, false positives with the sentence and the rule) a developer
  reads to improve the lexicon;
* the PLOVER gold standard records (one coded sentence each): the share of records whose event the
  extractor states between the right countries, and the precision of everything it states there.

Scoring works on ``Extraction`` records directly (label + aliases are the graph's labels), so it
needs no RDF. Every function below the loaders is pure: tests feed it hand-made extractions.
"""

from __future__ import annotations

import inspect
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, InputError
from .model import ENTITY_TYPES, Extraction, Relation
from .resources import relation_properties

# ---------------------------------------------------------------------------------------------
# Constants

SPLITS = ("all", "tune", "report")
MODES = ("strict", "lenient")

#: Categories whose triples are unordered pairs (gold README, "Symmetry").
SYMMETRIC = frozenset({"share_intelligence", "cooperate_militarily", "sign_agreement",
                       "ally_with", "partner_with", "meet_with"})
#: ally_with and partner_with are one scoring class (the name gold's validate.py uses).
MERGED = {"ally_with": "ally_or_partner", "partner_with": "ally_or_partner"}
SYMMETRIC_CLASSES = frozenset(MERGED.get(c, c) for c in SYMMETRIC)
POSITION = "holds_position"
#: The relation categories the gold set annotates (its README); the graph may state more kinds.
GOLD_CATEGORIES = frozenset({
    "share_intelligence", "cooperate_militarily", "sign_agreement", "ally_with", "partner_with", "meet_with",
    "provide_aid", "express_intent_to_cooperate", "demand", "criticize_or_accuse", "threaten", "sanction",
    "reduce_relations", "coerce_or_arrest", "use_force", "spy_on", "counter", "member_of", "holds_position",
    "located_in"})

#: Error types of misses and false positives, in the order they are tested.
ERROR_TYPES = ("entity missing", "self-loop", "negated in gold", "not folded", "direction",
               "wrong category", "no relation")
#: Where a missed triple's two arguments are mentioned, seen from its gold evidence sentence: both
#: named there (a within-sentence construction the rules do not read), one of them only through a
#: resolved mention (pronoun, description, surname), or one outside the sentence (a cross-sentence
#: relation no mention in it links to); "unknown" when the evidence is not found in the text.
SCOPES = ("named in sentence", "resolved in sentence", "outside sentence", "unknown")

#: The 17 PLOVER event categories, and the older/alternative names the GSR file uses.
PLOVER_EVENTS = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                 "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                 "ASSAULT", "INVESTIGATE")
PLOVER_ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
#: CAMEO-style country codes in the GSR file that are not ISO 3166-1 alpha-3.
CAMEO_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: CAMEO codes for non-state actors (international/non-governmental bodies, militant groups):
#: they match an Organization or Alliance entity that belongs to no country.
NONSTATE_CODES = frozenset({"IGO", "NGO", "IMG", "ISM"})
NONSTATE = "<non-state>"

# ---------------------------------------------------------------------------------------------
# Normalisation


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|s')$|'$")
_NON_WORD = re.compile(r"[^\w]+")


def normalise_form(text: str) -> str:
    """Fold a surface form so spelling variants compare equal ("the U.S.'s" == "US").

    Lowercase, ’ as ', no accents, no leading "the ", no trailing possessive, dots dropped
    ("U.S." -> "us"), every other run of punctuation or space a single space.
    """
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    text = re.sub(r"^the\s+", "", text)
    text = _POSSESSIVE.sub("", text.rstrip())
    text = text.replace(".", "")
    return _NON_WORD.sub(" ", text).strip()


def scoring_class(category: str) -> str:
    """The class a category is scored in (ally_with and partner_with are one)."""
    return MERGED.get(category, category)


def triple_key(s: str, category: str, o: str) -> tuple[str, str, str]:
    """(s, class, o) with symmetric pairs in a fixed order, so both readings are one key."""
    cls = scoring_class(category)
    if cls in SYMMETRIC_CLASSES and o < s:
        s, o = o, s
    return (s, cls, o)


def category_of_predicate(predicate: str) -> str | None:
    """Eval category of an ontology property (sub-properties carry their parent's), None if unknown."""
    info = relation_properties().get(predicate)
    return info.category if info else None


def normalise_plover_event(name: str) -> str:
    """One PLOVER name per category: "REQUEST/DEMAND", "DEMAND" and "REQUEST" all give REQUEST."""
    for part in name.strip().upper().split("/"):
        part = PLOVER_ALIASES.get(part.strip(), part.strip())
        if part in PLOVER_EVENTS:
            return part
    return name.strip().upper()


# ---------------------------------------------------------------------------------------------
# Counts


@dataclass
class Counts:
    """Micro counts. ``tp_pred`` (predictions that match) and ``tp_gold`` (gold items found)
    differ for entities, where several predicted entities may match one gold entity."""

    pred: int = 0
    gold: int = 0
    tp_pred: int = 0
    tp_gold: int = 0

    def add(self, other: Counts) -> None:
        self.pred += other.pred
        self.gold += other.gold
        self.tp_pred += other.tp_pred
        self.tp_gold += other.tp_gold

    @property
    def fp(self) -> int:
        return self.pred - self.tp_pred

    @property
    def fn(self) -> int:
        return self.gold - self.tp_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"pred": self.pred, "gold": self.gold, "tp": self.tp_gold, "tp_pred": self.tp_pred,
                "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


# ---------------------------------------------------------------------------------------------
# Gold set


@dataclass(frozen=True)
class GoldEntity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True)
class GoldTriple:
    s: str
    rel: str
    o: str
    evidence: str = ""
    negated: bool = False


@dataclass(frozen=True)
class GoldDoc:
    doc: str
    entities: tuple[GoldEntity, ...]
    triples: tuple[GoldTriple, ...]

    @property
    def split(self) -> str:
        return split_of(self.doc)


def split_of(doc: str) -> str:
    """Articles 01-12 are the tune half, 13-24 the report half (gold README, "Split")."""
    match = re.match(r"(\d+)", doc)
    if not match:
        return "?"
    n = int(match.group(1))
    return "tune" if 1 <= n <= 12 else "report" if 13 <= n <= 24 else "?"


def parse_gold_line(line: str, where: str = "gold") -> GoldDoc:
    """One gold.jsonl object -> GoldDoc; InputError names the line when a field is missing."""
    try:
        row = json.loads(line)
        ents = tuple(GoldEntity(id=e["id"], name=e["name"], type=e["type"],
                                aliases=tuple(e.get("aliases") or ()), parent=e.get("parent"))
                     for e in row["entities"])
        triples = tuple(GoldTriple(s=t["s"], rel=t["rel"], o=t["o"], evidence=t.get("evidence", ""),
                                   negated=bool(t.get("negated", False)))
                        for t in row["triples"])
        return GoldDoc(doc=row["doc"], entities=ents, triples=triples)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc}); each line must be one gold object") from exc
    except (KeyError, TypeError) as exc:
        raise InputError(f"{where}: gold object lacks field {exc}; see the gold README for the format") from exc


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Every document of a gold.jsonl file, in file order."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.strerror or exc})") from exc
    return [parse_gold_line(line, f"{path} line {n}") for n, line in enumerate(lines, 1) if line.strip()]


def select_split(docs: Iterable[GoldDoc], split: str) -> list[GoldDoc]:
    if split not in SPLITS:
        raise ConfigError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    return [d for d in docs if split == "all" or d.split == split]


# ---------------------------------------------------------------------------------------------
# Gold scoring: records


@dataclass(frozen=True)
class Miss:
    """A gold triple the extractor did not state."""

    doc: str
    s: str
    rel: str
    o: str
    s_name: str
    o_name: str
    evidence: str
    error: str
    scope: str = "unknown"  # one of SCOPES


@dataclass(frozen=True)
class EntityError:
    """A gold entity no extracted entity matched ("miss"), or an extracted one no gold entity has
    ("false positive")."""

    doc: str
    error: str
    name: str
    type: str


@dataclass(frozen=True)
class FalsePositive:
    """A triple the extractor asserted that the gold does not have (or has negated)."""

    doc: str
    s: str  # gold id it aligned to, or "?" + predicted key
    rel: str
    o: str
    s_label: str
    o_label: str
    predicate: str
    sentence: str
    rule: str
    trigger: str
    error: str
    support: int = 1  # how many extracted relations collapse into this triple


@dataclass
class DocScore:
    doc: str
    entities: Counts
    triples: Counts
    duplicate_entities: int = 0  # predicted entities beyond the first aligned to the same gold entity


@dataclass
class EvalReport:
    split: str
    mode: str
    docs: list[DocScore] = field(default_factory=list)
    entities: Counts = field(default_factory=Counts)
    triples: Counts = field(default_factory=Counts)
    categories: dict[str, Counts] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    entity_errors: list[EntityError] = field(default_factory=list)
    fn_errors: Counter = field(default_factory=Counter)
    fp_errors: Counter = field(default_factory=Counter)
    fn_scopes: Counter = field(default_factory=Counter)  # (error, scope) of each miss
    negated_gold: int = 0  # negated gold triples (never positives)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "gold", "split": self.split, "mode": self.mode,
            "entities": self.entities.as_dict(), "triples": self.triples.as_dict(),
            "negated_gold": self.negated_gold,
            "categories": {k: v.as_dict() for k, v in sorted(self.categories.items())},
            "docs": [{"doc": d.doc, "entities": d.entities.as_dict(), "triples": d.triples.as_dict(),
                      "duplicate_entities": d.duplicate_entities} for d in self.docs],
            "errors": {"fn": dict(sorted(self.fn_errors.items())), "fp": dict(sorted(self.fp_errors.items())),
                       "fn_scope": {e: {sc: n for (e2, sc), n in sorted(self.fn_scopes.items()) if e2 == e}
                                    for e in sorted({e for e, _ in self.fn_scopes})}},
            "misses": [asdict(m) for m in self.misses],
            "false_positives": [asdict(f) for f in self.false_positives],
            "entity_errors": [asdict(e) for e in self.entity_errors],
        }


# ---------------------------------------------------------------------------------------------
# Gold scoring: entities


def gold_forms(gold: GoldDoc) -> dict[str, set[str]]:
    """Normalised surface forms of each gold entity (name + aliases)."""
    return {e.id: {f for f in (normalise_form(x) for x in (e.name, *e.aliases)) if f} for e in gold.entities}


def align_entities(gold: GoldDoc, extraction: Extraction) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Match predicted entities to gold entities by surface form.

    Returns every gold id each predicted entity matches (for entity P/R) and the one gold id it
    stands for in triples: the gold entity named like its label first, then the one sharing the
    most forms, then one of the same type, then the smallest id (deterministic).
    """
    forms = gold_forms(gold)
    gtype = {e.id: e.type for e in gold.entities}
    by_form: dict[str, set[str]] = defaultdict(set)
    for gid, fs in forms.items():
        for f in fs:
            by_form[f].add(gid)
    matches: dict[str, set[str]] = {}
    chosen: dict[str, str] = {}
    for ent in extraction.entities:
        if ent.type not in ENTITY_TYPES:
            continue
        label = normalise_form(ent.label)
        pforms = {f for f in (normalise_form(x) for x in (ent.label, *ent.aliases)) if f}
        hits = set().union(*(by_form.get(f, set()) for f in pforms)) if pforms else set()
        matches[ent.key] = hits
        if hits:
            chosen[ent.key] = min(hits, key=lambda g: (label not in forms[g], -len(forms[g] & pforms),
                                                       gtype[g] != ent.type, g))
    return matches, chosen


def score_entities(gold: GoldDoc, matches: Mapping[str, set[str]]) -> Counts:
    found = set().union(*matches.values()) if matches else set()
    return Counts(pred=len(matches), gold=len(gold.entities),
                  tp_pred=sum(1 for hits in matches.values() if hits),
                  tp_gold=len(found & {e.id for e in gold.entities}))


# ---------------------------------------------------------------------------------------------
# Gold scoring: triples


def _fold_map(parents: Mapping[str, str]) -> dict[str, str]:
    """Follow person->post and agency->parent links to the end (cycles stop where they close)."""
    out = {}
    for start in parents:
        seen, cur = {start}, start
        while cur in parents and parents[cur] not in seen:
            cur = parents[cur]
            seen.add(cur)
        out[start] = cur
    return out


def _pick_post(targets: Iterable[str], types: Mapping[str, str]) -> str | None:
    """A person's state: a Country post preferred, then any (deterministic)."""
    targets = sorted(set(targets))
    if not targets:
        return None
    countries = [t for t in targets if types.get(t) == "Country"]
    return (countries or targets)[0]


def _fold(entities: Iterable[tuple[str, str, str | None]], posts: Mapping[str, list[str]]) -> dict[str, str]:
    """Each agency (id, "Agency", parent) to its parent, each person to the state of its position."""
    entities = list(entities)
    types = {eid: etype for eid, etype, _ in entities}
    up: dict[str, str] = {}
    for eid, etype, parent in entities:
        if etype == "Agency" and parent and parent != eid:
            up[eid] = parent
        elif etype == "Person":
            post = _pick_post(posts.get(eid, ()), types)
            if post and post != eid:
                up[eid] = post
    return _fold_map(up)


def gold_fold(gold: GoldDoc) -> dict[str, str]:
    """Lenient mode: each person to the state of its position, each agency to its parent."""
    posts: dict[str, list[str]] = defaultdict(list)
    for t in gold.triples:
        if t.rel == POSITION and not t.negated:
            posts[t.s].append(t.o)
    return _fold(((e.id, e.type, e.parent) for e in gold.entities), posts)


def predicted_fold(extraction: Extraction) -> dict[str, str]:
    """Lenient mode on the prediction side, from what the extractor itself stated."""
    posts: dict[str, list[str]] = defaultdict(list)
    for r in extraction.relations:
        if category_of_predicate(r.predicate) == POSITION and r.evidence.modality == "asserted":
            posts[r.subject].append(r.object)
    return _fold(((e.key, e.type, e.parent) for e in extraction.entities), posts)


@dataclass
class _Pred:
    key: tuple[str, str, str]
    category: str
    relations: list[Relation]


def _gold_keys(gold: GoldDoc, mode: str) -> tuple[dict[tuple, GoldTriple], dict[tuple, GoldTriple]]:
    """Positive and negated gold triples by key (positive wins where both fold to one key)."""
    fold = gold_fold(gold) if mode == "lenient" else {}
    pos: dict[tuple, GoldTriple] = {}
    neg: dict[tuple, GoldTriple] = {}
    for t in gold.triples:
        s, o = fold.get(t.s, t.s), fold.get(t.o, t.o)
        if mode == "lenient" and (t.rel == POSITION or s == o):
            continue
        key = triple_key(s, t.rel, o)
        (neg if t.negated else pos).setdefault(key, t)
    for key in pos:
        neg.pop(key, None)
    return pos, neg


def _predicted_keys(extraction: Extraction, chosen: Mapping[str, str], mode: str) -> dict[tuple, _Pred]:
    """Asserted predicted triples by key; an entity with no gold match keeps "?" + its own key."""
    fold = predicted_fold(extraction) if mode == "lenient" else {}
    out: dict[tuple, _Pred] = {}
    for rel in extraction.relations:
        if rel.evidence.modality != "asserted":
            continue
        cat = category_of_predicate(rel.predicate)
        if cat is None or cat not in GOLD_CATEGORIES:
            continue  # the gold set annotates its 20 categories only; other kinds cannot be judged
        s_key, o_key = fold.get(rel.subject, rel.subject), fold.get(rel.object, rel.object)
        if mode == "lenient" and (cat == POSITION or s_key == o_key):
            continue
        s = chosen.get(s_key, "?" + s_key)
        o = chosen.get(o_key, "?" + o_key)
        if mode == "lenient" and s == o:
            continue
        key = triple_key(s, cat, o)
        if key in out:
            out[key].relations.append(rel)
        else:
            out[key] = _Pred(key=key, category=cat, relations=[rel])
    return out


def _pair(key: tuple[str, str, str]) -> frozenset[str]:
    return frozenset((key[0], key[2]))


def _classify_miss(key, pred_keys, gold_pos, present: set[str], gold_fold_map: Mapping[str, str]) -> str:
    s, cls, o = key
    if s not in present or o not in present:
        return "entity missing"
    if gold_fold_map and any(
            k[1] == cls and triple_key(gold_fold_map.get(k[0], k[0]), cls, gold_fold_map.get(k[2], k[2])) == key
            for k in pred_keys):
        return "not folded"  # stated, but by a person/agency the extractor did not fold to its state
    if cls not in SYMMETRIC_CLASSES and (o, cls, s) in pred_keys:
        return "direction"
    if any(_pair(k) == _pair(key) and k not in gold_pos for k in pred_keys):
        return "wrong category"  # the pair was read, with a label the gold does not have
    return "no relation"


def _classify_fp(key, pred_keys, gold_pos, gold_neg, gold_fold_map: Mapping[str, str]) -> str:
    s, cls, o = key
    if s.startswith("?") or o.startswith("?"):
        return "entity missing"
    if s == o:
        return "self-loop"
    if key in gold_neg:
        return "negated in gold"
    if any(gold_fold_map.get(x, x) != x for x in (s, o)):
        return "not folded"
    if (o, cls, s) in gold_pos:
        return "direction"
    if any(_pair(k) == _pair(key) and k not in pred_keys for k in gold_pos):
        return "wrong category"  # the gold has this pair under a label the extractor missed
    return "no relation"


def _scope(extraction: Extraction, evidence: str, s: str, o: str, to_gold: Mapping[str, str]) -> str:
    """Where the arguments of a gold triple are mentioned relative to its evidence sentence (SCOPES)."""
    text = extraction.article.text
    at = text.find(evidence) if evidence else -1
    if at < 0:
        return "unknown"
    end = at + len(evidence)
    named: set[str] = set()
    resolved: set[str] = set()
    for m in extraction.mentions:
        if at <= m.start and m.end <= end and m.entity in to_gold:
            (resolved if m.resolved_from else named).add(to_gold[m.entity])
    if s in named and o in named:
        return "named in sentence"
    if {s, o} <= named | resolved:
        return "resolved in sentence"
    return "outside sentence"


def _position(extraction: Extraction, evidence: str) -> int:
    """Where gold evidence sits in the article, so errors read in text order (unknown: last)."""
    at = extraction.article.text.find(evidence) if evidence else -1
    return at if at >= 0 else len(extraction.article.text)


@dataclass
class DocResult:
    """Everything scored in one document (a report aggregates these)."""

    score: DocScore
    categories: dict[str, Counts]
    misses: list[Miss]
    false_positives: list[FalsePositive]
    negated_gold: int
    entity_errors: list[EntityError] = field(default_factory=list)


def score_document(gold: GoldDoc, extraction: Extraction, mode: str = "strict") -> DocResult:
    """Score one extraction against its gold document."""
    if mode not in MODES:
        raise ConfigError(f"unknown scoring mode {mode!r}: use one of {', '.join(MODES)}")
    matches, chosen = align_entities(gold, extraction)
    entities = score_entities(gold, matches)
    per_gold = Counter(chosen.values())
    duplicates = sum(n - 1 for n in per_gold.values())

    gold_pos, gold_neg = _gold_keys(gold, mode)
    preds = _predicted_keys(extraction, chosen, mode)
    gfold = gold_fold(gold) if mode == "lenient" else {}
    names = {e.id: e.name for e in gold.entities}
    labels = {e.key: e.label for e in extraction.entities}

    cats: dict[str, Counts] = defaultdict(Counts)
    for key in gold_pos:
        cats[key[1]].gold += 1
    for key in preds:
        cats[key[1]].pred += 1
        if key in gold_pos:
            cats[key[1]].tp_pred += 1
            cats[key[1]].tp_gold += 1

    # entities present on the prediction side, in the key space of the triples
    pfold = predicted_fold(extraction) if mode == "lenient" else {}
    present = {chosen[x] for x in (pfold.get(k, k) for k in labels) if x in chosen}
    to_gold = {k: chosen[pfold.get(k, k)] for k in labels if pfold.get(k, k) in chosen}

    misses = [Miss(doc=gold.doc, s=k[0], rel=k[1], o=k[2], s_name=names.get(k[0], k[0]),
                   o_name=names.get(k[2], k[2]), evidence=t.evidence,
                   error=_classify_miss(k, preds, gold_pos, present, gfold),
                   scope=_scope(extraction, t.evidence, k[0], k[2], to_gold))
              for k, t in sorted(gold_pos.items(), key=lambda kv: (_position(extraction, kv[1].evidence), kv[0]))
              if k not in preds]
    fps = []
    for key, pred in sorted(preds.items(), key=lambda kv: (min(r.evidence.start for r in kv[1].relations), kv[0])):
        if key in gold_pos:
            continue
        first = min(pred.relations, key=lambda r: (r.evidence.start, r.evidence.rule))
        fps.append(FalsePositive(
            doc=gold.doc, s=key[0], rel=key[1], o=key[2],
            s_label=labels.get(first.subject, first.subject), o_label=labels.get(first.object, first.object),
            predicate=first.predicate, sentence=" ".join(first.evidence.sentence.split()),
            rule=first.evidence.rule, trigger=first.evidence.trigger,
            error=_classify_fp(key, preds, gold_pos, gold_neg, gfold), support=len(pred.relations)))
    triples = Counts(pred=len(preds), gold=len(gold_pos), tp_pred=sum(1 for k in preds if k in gold_pos),
                     tp_gold=sum(1 for k in gold_pos if k in preds))
    found = set().union(*matches.values()) if matches else set()
    entity_errors = [EntityError(gold.doc, "miss", e.name, e.type) for e in gold.entities if e.id not in found]
    entity_errors += [EntityError(gold.doc, "false positive", e.label, e.type) for e in extraction.entities
                      if e.key in matches and not matches[e.key]]
    return DocResult(score=DocScore(doc=gold.doc, entities=entities, triples=triples,
                                    duplicate_entities=duplicates),
                     categories=dict(cats), misses=misses, false_positives=fps, negated_gold=len(gold_neg),
                     entity_errors=entity_errors)


def score_extractions(pairs: Iterable[tuple[GoldDoc, Extraction]], *, split: str = "all",
                      mode: str = "strict") -> EvalReport:
    """Micro-average over documents: the report behind ``kg eval``."""
    report = EvalReport(split=split, mode=mode)
    cats: dict[str, Counts] = defaultdict(Counts)
    for gold, extraction in pairs:
        res = score_document(gold, extraction, mode)
        report.docs.append(res.score)
        report.entities.add(res.score.entities)
        report.triples.add(res.score.triples)
        for cat, counts in res.categories.items():
            cats[cat].add(counts)
        report.misses.extend(res.misses)
        report.false_positives.extend(res.false_positives)
        report.entity_errors.extend(res.entity_errors)
        report.fn_errors.update(m.error for m in res.misses)
        report.fn_scopes.update((m.error, m.scope) for m in res.misses)
        report.fp_errors.update(f.error for f in res.false_positives)
        report.negated_gold += res.negated_gold
    report.categories = dict(sorted(cats.items()))
    return report


# ---------------------------------------------------------------------------------------------
# Running the extractor


def _extract(articles: Iterable, nlp=None, coref: bool = True) -> Iterator[Extraction]:
    """Batch through the pipeline; ``coref`` is passed on only if the pipeline knows it."""
    from .pipeline import extract_articles

    kwargs: dict[str, Any] = {"nlp": nlp}
    if "coref" in inspect.signature(extract_articles).parameters:
        kwargs["coref"] = coref
    return extract_articles(articles, **kwargs)


def extract_gold_articles(docs: Sequence[GoldDoc], articles_dir: str | Path, *, nlp=None,
                          coref: bool = True) -> list[tuple[GoldDoc, Extraction]]:
    """Read and extract the article of each gold document (InputError names a missing file)."""
    from .ingest import read_article

    folder = Path(articles_dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: articles folder not found; pass the folder holding the gold articles")
    articles = [read_article(folder / d.doc) for d in docs]
    return list(zip(docs, _extract(articles, nlp, coref)))


def evaluate_gold(gold_path: str | Path, articles_dir: str | Path | None = None, *, split: str = "all",
                  mode: str = "strict", nlp=None, coref: bool = True) -> EvalReport:
    """Extract the gold articles of ``split`` and score them in ``mode`` (strict or lenient).

    ``articles_dir`` defaults to ``articles/`` beside the gold file.
    """
    if mode not in MODES:
        raise ConfigError(f"unknown scoring mode {mode!r}: use one of {', '.join(MODES)}")
    docs = select_split(load_gold(gold_path), split)
    folder = Path(articles_dir) if articles_dir else Path(gold_path).parent / "articles"
    return score_extractions(extract_gold_articles(docs, folder, nlp=nlp, coref=coref), split=split, mode=mode)


# ---------------------------------------------------------------------------------------------
# PLOVER gold standard records


@dataclass(frozen=True)
class PloverRecord:
    id: str
    event: str  # normalised PLOVER category (REQUEST for "DEMAND", ...)
    raw_event: str
    text: str
    source: frozenset[str]  # ISO alpha-3 codes, or NONSTATE
    target: frozenset[str]


def _strip_trailing_commas(text: str) -> str:
    """Drop commas that precede a closing } or ] outside strings (the GSR file has them)."""
    out: list[str] = []
    in_str = esc = False
    pending: list[str] = []  # a comma plus the whitespace after it, held until we know what follows
    for ch in text:
        if in_str:
            out.append(ch)
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if pending:
            if ch.isspace():
                pending.append(ch)
                continue
            if ch in "}]":
                out.extend(pending[1:])
            else:
                out.extend(pending)
            pending = []
        if ch == ",":
            pending = [ch]
        else:
            out.append(ch)
            in_str = ch == '"'
    return "".join(out)  # a trailing comma at the very end is dropped too


def _codes(actors: Any) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()  # "" or a stray string ("diplomatic") means no actor
    codes = set()
    for actor in actors:
        code = str(actor.get("code") or "").strip().upper() if isinstance(actor, dict) else ""
        if code in NONSTATE_CODES:
            codes.add(NONSTATE)
        elif code:
            codes.add(CAMEO_COUNTRY_CODES.get(code, code))
    return frozenset(codes)


def parse_plover(text: str, where: str = "PLOVER file") -> list[PloverRecord]:
    """Records of a GSR file (JSON-like with trailing commas); DOCUMENT records and records
    without text are skipped."""
    cleaned = _strip_trailing_commas(text).strip()
    if not cleaned.startswith("["):
        cleaned = "[" + cleaned + "]"
    try:
        rows = json.loads(cleaned)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: cannot parse the records ({exc}); is it the PLOVER GSR file?") from exc
    records = []
    for row in rows:
        if not isinstance(row, dict):
            continue
        event = str(row.get("event") or "")
        body = str(row.get("text") or "").strip()
        if not event or event.upper() == "DOCUMENT" or not body:
            continue
        records.append(PloverRecord(id=str(row.get("id", "")), event=normalise_plover_event(event),
                                    raw_event=event, text=body, source=_codes(row.get("source")),
                                    target=_codes(row.get("target"))))
    return records


def load_plover(path: str | Path) -> list[PloverRecord]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read PLOVER file ({exc.strerror or exc})") from exc
    return parse_plover(text, str(path))


def entity_countries(extraction: Extraction) -> dict[str, frozenset[str]]:
    """The actor codes each entity stands for: a Country its ISO code; an Agency its parent's;
    a Person the codes of the posts it holds (holdsPosition in the same extraction);
    an Organization or Alliance with no state NONSTATE."""
    from .relations import office_of

    ents = {e.key: e for e in extraction.entities}
    posts: dict[str, set[str]] = defaultdict(set)
    for r in extraction.relations:
        if category_of_predicate(r.predicate) == POSITION and r.evidence.modality == "asserted":
            posts[r.subject].add(r.object)

    def codes(key: str, seen: frozenset[str]) -> frozenset[str]:
        ent = ents.get(key)
        if key in seen:
            return frozenset()
        if ent is None:  # a parent the text does not name ("Sudanese rebels" -> Sudan): the gazetteer's code
            return _gazetteer_codes(key)
        seen = seen | {key}
        if ent.iso3:
            return frozenset({ent.iso3.upper()})
        if ent.type == "Agency" and ent.parent:
            return codes(ent.parent, seen)
        if ent.type == "Person":
            held = sorted(posts.get(key, ()))
            if not held:
                # the actor dictionary, as event coders' actor lists do: "Putin offered to negotiate"
                office = office_of(key, None, extraction.article.date)
                held = [office] if office else []
                if office and office not in ents:
                    return _gazetteer_codes(office)
            return frozenset().union(*(codes(p, seen) for p in held))
        if ent.type == "Organization" and ent.parent:
            return codes(ent.parent, seen)  # "Sudanese rebels": the country's non-state actors
        if ent.type in ("Organization", "Alliance"):
            return frozenset({NONSTATE})
        return frozenset()

    return {key: codes(key, frozenset()) for key in ents}


def _gazetteer_codes(key: str) -> frozenset[str]:
    from .entities import load_gazetteer

    entry = load_gazetteer().entries.get(key)
    if entry is None:
        return frozenset()
    if entry.iso3:
        return frozenset({entry.iso3.upper()})
    return _gazetteer_codes(entry.parent) if entry.parent else frozenset()


def relation_matches(rel: Relation, record: PloverRecord, countries: Mapping[str, frozenset[str]]) -> bool:
    """Does ``rel`` state the record's event between its source and target actors?"""
    info = relation_properties().get(rel.predicate)
    if info is None or info.plover is None or normalise_plover_event(info.plover) != record.event:
        return False
    s, o = countries.get(rel.subject, frozenset()), countries.get(rel.object, frozenset())
    readings = [(s, o), (o, s)] if info.symmetric else [(s, o)]
    for subj, obj in readings:
        if subj & record.source and (not record.target or obj & record.target):
            return True
    return False


@dataclass
class PloverCounts:
    records: int = 0
    right: int = 0  # records with a matching relation
    category_found: int = 0  # records with any asserted relation of the record's category
    relations: int = 0  # asserted relations with a PLOVER category, by the relation's category
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.right / self.records if self.records else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.relations if self.relations else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"records": self.records, "right": self.right, "share_right": round(self.recall, 4),
                "category_found": self.category_found, "relations": self.relations,
                "correct": self.correct, "precision": round(self.precision, 4)}


@dataclass(frozen=True)
class PloverMiss:
    id: str
    event: str
    text: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    predicted: tuple[str, ...]  # "subject -predicate-> object [CATEGORY]" of asserted relations


@dataclass
class PloverReport:
    path: str
    split: str = "all"
    overall: PloverCounts = field(default_factory=PloverCounts)
    categories: dict[str, PloverCounts] = field(default_factory=dict)
    expressible: PloverCounts = field(default_factory=PloverCounts)  # records of categories kg can state
    misses: list[PloverMiss] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": "plover", "path": self.path, "split": self.split, "overall": self.overall.as_dict(),
                "expressible": self.expressible.as_dict(),
                "categories": {k: v.as_dict() for k, v in sorted(self.categories.items())},
                "misses": [asdict(m) for m in self.misses]}


def ontology_plover_categories() -> frozenset[str]:
    return frozenset(normalise_plover_event(i.plover) for i in relation_properties().values() if i.plover)


def score_plover(pairs: Iterable[tuple[PloverRecord, Extraction]], path: str = "") -> PloverReport:
    """Share of records stated right, and precision of the relations read from their sentences."""
    report = PloverReport(path=path)
    cats: dict[str, PloverCounts] = defaultdict(PloverCounts)
    expressible = ontology_plover_categories()
    for record, ex in pairs:
        countries = entity_countries(ex)
        labels = {e.key: e.label for e in ex.entities}
        asserted = [r for r in ex.relations if r.evidence.modality == "asserted"]
        right = any(relation_matches(r, record, countries) for r in asserted)
        found = False
        for r in asserted:
            info = relation_properties().get(r.predicate)
            if info is None or info.plover is None:
                continue
            cat = normalise_plover_event(info.plover)
            found = found or cat == record.event
            cats[cat].relations += 1
            cats[cat].correct += relation_matches(r, record, countries)
        c = cats[record.event]
        c.records += 1
        c.right += right
        c.category_found += found
        if not right:
            report.misses.append(PloverMiss(
                id=record.id, event=record.event, text=record.text, source=tuple(sorted(record.source)),
                target=tuple(sorted(record.target)),
                predicted=tuple(f"{labels.get(r.subject, r.subject)} -{r.predicate}-> "
                                f"{labels.get(r.object, r.object)}" for r in asserted)))
    for cat, c in cats.items():
        report.overall.records += c.records
        report.overall.right += c.right
        report.overall.category_found += c.category_found
        report.overall.relations += c.relations
        report.overall.correct += c.correct
        if cat in expressible:
            report.expressible.records += c.records
            report.expressible.right += c.right
            report.expressible.category_found += c.category_found
            report.expressible.relations += c.relations
            report.expressible.correct += c.correct
    report.categories = dict(sorted(cats.items()))
    return report


def select_plover_split(records: Sequence[PloverRecord], split: str) -> list[PloverRecord]:
    """The GSR file has no split of its own; kg's is by position in the file: records 1, 3, 5...
    (first, third, ...) are "tune", records 2, 4, 6... are "report". Each category is split in
    half, so rules read from the tune half can be measured on sentences they were not written for."""
    if split not in SPLITS:
        raise ConfigError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    if split == "all":
        return list(records)
    return list(records[0 if split == "tune" else 1::2])


def evaluate_plover(path: str | Path, *, nlp=None, limit: int | None = None, coref: bool = True,
                    split: str = "all") -> PloverReport:
    """Run the extractor on each GSR sentence (one article each, batched) and score it."""
    from .ingest import article_from_text

    records = select_plover_split(load_plover(path), split)
    if limit is not None:
        records = records[:limit]
    articles = [article_from_text(r.text, title=r.id, source=f"{path}#{r.id}") for r in records]
    report = score_plover(zip(records, _extract(articles, nlp, coref)), str(path))
    report.split = split
    return report


# ---------------------------------------------------------------------------------------------
# Output


def _table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    """Left-aligned first column, right-aligned numbers."""
    rows = [[_cell(c) for c in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in rows)) if rows else len(str(h))
              for i, h in enumerate(header)]
    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return [line([str(h) for h in header]), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _counts_row(name: str, c: Counts) -> list[Any]:
    return [name, c.pred, c.gold, c.tp_gold, c.fp, c.fn, c.precision, c.recall, c.f1]


COUNT_HEADER = ("", "pred", "gold", "tp", "fp", "fn", "P", "R", "F1")


def _clip(text: str, width: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _gold_text(report: EvalReport, limit: int) -> str:
    out = [f"Gold set: split={report.split}, mode={report.mode}, {len(report.docs)} documents, "
           f"{report.negated_gold} negated gold triples (never positives)", ""]
    out += _table(COUNT_HEADER, [_counts_row("entities", report.entities),
                                 _counts_row("triples", report.triples)])
    out += ["", "Triples per category"]
    out += _table(("category", *COUNT_HEADER[1:]),
                  [_counts_row(k, v) for k, v in report.categories.items()])
    out += ["", "Per document"]
    out += _table(("doc", "ent P", "ent R", "ent F1", "dup", "tri pred", "tri gold", "tp", "tri P", "tri R", "tri F1"),
                  [[d.doc, d.entities.precision, d.entities.recall, d.entities.f1, d.duplicate_entities,
                    d.triples.pred, d.triples.gold, d.triples.tp_gold, d.triples.precision,
                    d.triples.recall, d.triples.f1] for d in report.docs])
    out += ["", "Error types"]
    out += _table(("error", "misses", "false pos"),
                  [[e, report.fn_errors.get(e, 0), report.fp_errors.get(e, 0)] for e in ERROR_TYPES])
    out += ["", "Misses by where their arguments are mentioned, seen from the gold sentence"]
    out += _table(("error", *SCOPES),
                  [[e, *(report.fn_scopes.get((e, sc), 0) for sc in SCOPES)]
                   for e in ERROR_TYPES if report.fn_errors.get(e)])
    shown = report.misses[:limit]
    out += ["", f"Misses (first {len(shown)} of {len(report.misses)})"]
    for m in shown:
        out.append(f"- [{m.error}; {m.scope}] {m.doc}: {m.s_name} -{m.rel}-> {m.o_name}")
        out.append(f"    gold: {_clip(m.evidence)}")
    shown_fp = report.false_positives[:limit]
    out += ["", f"False positives (first {len(shown_fp)} of {len(report.false_positives)})"]
    for f in shown_fp:
        out.append(f"- [{f.error}] {f.doc}: {f.s_label} -{f.predicate}-> {f.o_label}  "
                   f"(as {f.s} {f.rel} {f.o}; rule {f.rule}, trigger {f.trigger!r}, x{f.support})")
        out.append(f"    said: {_clip(f.sentence)}")
    for kind, title in (("miss", "Entity misses"), ("false positive", "Entity false positives")):
        errs = [e for e in report.entity_errors if e.error == kind]
        out += ["", f"{title} (first {min(len(errs), limit)} of {len(errs)})"]
        out += [f"- {e.doc}: {e.name} ({e.type})" for e in errs[:limit]]
    return "\n".join(out)


def _plover_text(report: PloverReport, limit: int) -> str:
    o, x = report.overall, report.expressible
    half = "" if report.split == "all" else f", split={report.split} (every other record)"
    out = [f"PLOVER GSR: {o.records} records ({report.path}{half}); names mapped DEMAND->REQUEST, "
           "DISAPPROVE->ACCUSE, FIGHT->ASSAULT",
           f"records right: {o.right}/{o.records} = {o.recall:.3f}; in categories kg can state: "
           f"{x.right}/{x.records} = {x.recall:.3f}",
           f"relation precision: {o.correct}/{o.relations} = {o.precision:.3f} "
           "(a lower bound: a sentence may state more than its one coded event)", ""]
    out += _table(("category", "records", "right", "share", "cat found", "relations", "correct", "precision"),
                  [[k, v.records, v.right, v.recall, v.category_found, v.relations, v.correct, v.precision]
                   for k, v in report.categories.items()])
    shown = report.misses[:limit]
    out += ["", f"Records missed (first {len(shown)} of {len(report.misses)})"]
    for m in shown:
        out.append(f"- {m.id} {m.event} {'/'.join(m.source) or '-'} -> {'/'.join(m.target) or '-'}: "
                   f"{_clip(m.text, 160)}")
        out.append(f"    got: {'; '.join(m.predicted) or 'nothing'}")
    return "\n".join(out)


def format_report(report: EvalReport | PloverReport, fmt: str = "text", *, limit: int = 30) -> str:
    """Text tables (with the first ``limit`` errors) or JSON of everything."""
    if fmt == "json":
        return json.dumps(report.as_dict(), indent=2, ensure_ascii=False, sort_keys=False)
    if fmt != "text":
        raise ConfigError(f"unknown format {fmt!r}: use text or json")
    if isinstance(report, PloverReport):
        return _plover_text(report, limit)
    return _gold_text(report, limit)


def run_cli(gold: str | Path | None, articles: str | Path | None, plover: str | Path | None,
            split: str = "all", fmt: str = "text", no_coref: bool = False, *, mode: str = "strict",
            limit: int = 30, nlp=None) -> tuple[str, int]:
    """Body of ``kg eval``: score against the gold set and/or PLOVER; (output, exit code).

    ``mode`` may be "strict", "lenient" or "both" (the gold articles are extracted once).
    Errors a user can cause raise KgError.
    """
    if gold is None and plover is None:
        raise ConfigError("kg eval needs --gold FILE (gold.jsonl) and/or --plover FILE")
    modes = MODES if mode == "both" else (mode,)
    if any(m not in MODES for m in modes):
        raise ConfigError(f"unknown scoring mode {mode!r}: use strict, lenient or both")
    if fmt not in ("text", "json"):
        raise ConfigError(f"unknown format {fmt!r}: use text or json")
    reports: list[EvalReport | PloverReport] = []
    if gold is not None:
        docs = select_split(load_gold(gold), split)
        folder = Path(articles) if articles else Path(gold).parent / "articles"
        pairs = extract_gold_articles(docs, folder, nlp=nlp, coref=not no_coref)
        reports += [score_extractions(pairs, split=split, mode=m) for m in modes]
    if plover is not None:
        reports.append(evaluate_plover(plover, nlp=nlp, coref=not no_coref, split=split))
    if fmt == "json":
        return json.dumps([r.as_dict() for r in reports], indent=2, ensure_ascii=False), 0
    return ("\n\n".join(format_report(r, "text", limit=limit) for r in reports), 0)


__all__ = [
    "Counts", "DocScore", "EvalReport", "FalsePositive", "GoldDoc", "GoldEntity", "GoldTriple", "Miss",
    "PloverCounts", "PloverMiss", "PloverRecord", "PloverReport", "align_entities", "entity_countries",
    "evaluate_gold", "evaluate_plover", "extract_gold_articles", "format_report", "load_gold", "load_plover", "normalise_form",
    "normalise_plover_event", "parse_gold_line", "parse_plover", "relation_matches", "run_cli",
    "score_document", "score_extractions", "score_plover", "select_plover_split", "select_split", "split_of", "triple_key",
]
