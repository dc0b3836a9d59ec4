"""Mention resolution inside an article: the stage between entities and relations.

A relation is read off one sentence, but news prose names an actor once and then says "it",
"the country", "the bloc", "the two countries" or "the defence secretary". This stage links such
tokens to the actors they stand for, so that the relation extractor can read them, and records in
``DocEntities.resolved`` what each linked token said (the extractor lowers the confidence of
relations on them and keeps the note as ``geo:resolvedFrom``).

The rules follow the classic salience approach (Hobbs; Lappin and Leass): look back sentence by
sentence (the current one first, then at most ``window_sentences`` before it, or further inside the
same paragraph); in the first sentence that holds a compatible antecedent prefer subjects to
objects to possessors to the rest; when two different antecedents are equally good, leave the
token unresolved rather than guess. Noun phrases that are not actors ("the deal", "officials")
compete too, so "it" after "The agreement was signed" stays unresolved. The word lists are data
in ``ontology/coref.json``; capitals and seats of government come from the gazetteer, titles from
``roles.json``. No model is downloaded: rules and data only.

Pure function over a parsed ``Doc`` and the ``DocEntities`` of kg.entities, which it extends.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from . import resources
from .docview import view
from .entities import DocEntities, entity_key, lexicon, load_gazetteer, state_qualified_names
from .errors import ConfigError
from .model import Entity, Mention
from .relations import (MEDIATING, Args, _add_known, _skip_bracketed, _speaker_token, load_lexicon, relation_verb,
                        whose_antecedent)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
#: Entity types a singular neuter pronoun ("it") can stand for.
NEUTER_TYPES = frozenset({"Country", "Organization", "Alliance", "Agency", "Location", "Event"})
#: Entity types that act: the only ones allowed as subject of a reporting or relation verb.
ACTOR_TYPES = frozenset({"Country", "Organization", "Alliance", "Agency", "Person"})
#: Noun phrases that name a date, an amount or a number do not compete as antecedents.
NON_REFERRING_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
#: Dependents that attach an adjunct: a pronoun does not c-command into them for binding purposes.
ADJUNCT_DEPS = frozenset({"prep", "advcl", "advmod", "npadvmod", "mark", "punct", "intj", "agent"})
#: Role ranks: lower is more salient.
SUBJECT, OBJECT, POSSESSOR, OTHER = 0, 1, 2, 3

#: "MANILA, Philippines —", "WASHINGTON (Reuters) -", "Kyiv, Ukraine, June 3 (AP) —" at the start of a paragraph.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?(?:/[A-Z][A-Z.'\- ]{1,40}?){0,3}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}?){0,2})"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?P<agency>[A-Za-z .&]{2,30})\))?\s*(?:[—–]|--?)\s")
#: The dashes _DATELINE ends with.
DATELINE_DASHES = ("—", "–", "-")


# ---------------------------------------------------------------------------------------------
# Rules (data)


@dataclass(frozen=True)
class Description:
    """What a definite description's head noun ("the bloc") may stand for."""

    types: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()  # when set: only these entities
    also: frozenset[str] = frozenset()  # entities it may stand for whatever their type ("the group": the Taliban)
    exclude: frozenset[str] = frozenset()
    require_modifier: bool = False
    fallback_keys: frozenset[str] = frozenset()  # "the bloc" is NATO only when no bloc of ``keys`` is in view
    named_by_head: bool = False  # "the council", "the court": only an entity whose name holds the noun
    # "the body was recovered": not a description of an actor with these verbs
    not_with_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CorefRules:
    window: int
    pronouns: Mapping[str, str]  # lowercase pronoun -> "sg" | "pl" | "person"
    possessives: frozenset[str]
    descriptions: Mapping[str, Description]
    group_descriptions: Mapping[str, frozenset[str]]
    group_numbers: Mapping[str, int]
    group_pronouns: frozenset[str]
    blocking: frozenset[str]
    pleonastic_verbs: frozenset[str]
    pleonastic_adjectives: frozenset[str]
    pleonastic_object_verbs: frozenset[str]
    person_nouns: frozenset[str]
    actor_nouns: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    title_changers: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()  # "the neighbours", "the rivals": two, with no number said
    first_person: frozenset[str] = frozenset()  # "we", "our": in a quote, whoever the quote is given to
    regions: Mapping[tuple[str, ...], frozenset[str]] = field(default_factory=dict)  # words -> ISO3 codes
    title_heads: frozenset[str] = field(default=frozenset())  # last words of the titles in roles.json
    titles: frozenset[str] = field(default=frozenset())  # the titles of roles.json, lowercase
    #: heads a definite noun phrase repeats to name the same side's forces again ("Russian drones ... the drones")
    repeated_heads: frozenset[str] = frozenset()


def _words(data: Mapping[str, Any], name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(name, ()))


#: The entries coref.json may have, and those of one description: a misspelt one would be ignored without a word.
RULE_ENTRIES = frozenset({
    "_comment", "window_sentences", "pronouns", "possessive_pronouns", "descriptions", "group_descriptions",
    "group_numbers", "group_pronouns", "blocking_modifiers", "pleonastic_verbs", "pleonastic_adjectives",
    "pleonastic_object_verbs", "person_nouns", "actor_nouns", "collective_nouns", "title_changers", "pair_nouns",
    "first_person_pronouns", "regions", "repeated_heads", "armed"})
DESCRIPTION_ENTRIES = frozenset({"types", "keys", "keys_of", "also_keys_of", "exclude_keys_of", "require_modifier",
                                 "fallback_keys", "named_by_head", "not_with_verbs"})


def parse_rules(data: Mapping[str, Any], titles: Iterable[str] = ()) -> CorefRules:
    """Rules from the JSON object of ``ontology/coref.json`` (ConfigError names a bad entry)."""
    unknown = sorted(set(data) - RULE_ENTRIES) + sorted(
        f"descriptions.{noun}.{k}" for noun, spec in (data.get("descriptions") or {}).items()
        if isinstance(spec, Mapping) for k in set(spec) - DESCRIPTION_ENTRIES)
    if unknown:
        raise ConfigError(f"ontology/coref.json: unknown entr{'y' if len(unknown) == 1 else 'ies'} "
                          f"{', '.join(unknown)}; see its _comment")
    try:
        named_keys = {name: frozenset(data[name]["keys"]) for name in ("armed",) if name in data}
        descriptions: dict[str, Description] = {}
        for noun, spec in data["descriptions"].items():
            keys = frozenset(spec.get("keys", ()))
            if "keys_of" in spec:
                keys |= named_keys[spec["keys_of"]]
            also = named_keys[spec["also_keys_of"]] if "also_keys_of" in spec else frozenset()
            exclude = frozenset()
            if "exclude_keys_of" in spec:
                exclude = frozenset(data["descriptions"][spec["exclude_keys_of"]]["keys"])
            descriptions[noun.lower()] = Description(
                types=frozenset(spec.get("types", ())), keys=keys, also=also, exclude=exclude,
                require_modifier=bool(spec.get("require_modifier")),
                fallback_keys=frozenset(spec.get("fallback_keys", ())),
                named_by_head=bool(spec.get("named_by_head")),
                not_with_verbs=frozenset(spec.get("not_with_verbs", ())))
        pronouns = {p.lower(): n for p, n in data["pronouns"].items()}
        if set(pronouns.values()) - {"sg", "pl", "person"}:
            raise ValueError("pronoun numbers must be sg, pl or person")
        return CorefRules(
            window=int(data.get("window_sentences", 2)),
            pronouns=pronouns,
            possessives=_words(data, "possessive_pronouns"),
            descriptions=descriptions,
            group_descriptions={k.lower(): frozenset(v) for k, v in data["group_descriptions"].items()},
            group_numbers={k.lower(): int(v) for k, v in data["group_numbers"].items()},
            group_pronouns=_words(data, "group_pronouns"),
            blocking=_words(data, "blocking_modifiers"),
            pleonastic_verbs=_words(data, "pleonastic_verbs"),
            pleonastic_adjectives=_words(data, "pleonastic_adjectives"),
            pleonastic_object_verbs=_words(data, "pleonastic_object_verbs"),
            person_nouns=_words(data, "person_nouns"),
            actor_nouns=_words(data, "actor_nouns"),
            collective_nouns=_words(data, "collective_nouns"),
            title_changers=_words(data, "title_changers"),
            pair_nouns=frozenset(w.lower() for w in data.get("pair_nouns", ())),
            first_person=_words(data, "first_person_pronouns"),
            regions={tuple(k.lower().split()): frozenset(v) for k, v in data.get("regions", {}).items()},
            title_heads=frozenset(t.lower().split()[-1].rstrip(".") for t in titles if t.strip()),
            titles=frozenset(t.lower().strip() for t in titles if t.strip()),
            repeated_heads=_words(data, "repeated_heads"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"ontology/coref.json: bad or missing entry ({exc!r}); see its _comment") from exc


@lru_cache(maxsize=1)
def load_rules() -> CorefRules:
    """The rules of ``ontology/coref.json`` (read once)."""
    text = resources.ontology_path("coref.json").read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"ontology/coref.json is not valid JSON: {exc}") from exc
    return parse_rules(data, resources.roles().get("titles", ()))


# ---------------------------------------------------------------------------------------------
# Candidates


Referent = tuple[str, ...]


@dataclass
class Candidate:
    """A noun phrase an anaphor may point back to."""

    i: int  # head token
    sent: int
    para: int
    keys: tuple[str, ...]  # entities it stands for; () for a noun phrase that is no actor ("the deal")
    number: str  # "sg" | "pl" | "any" (a body of people: "the junta ... it", "the junta ... they")
    person: bool
    role: int
    actor: bool = False  # a noun that can act though no entity ("the government", "a member")
    unknown: bool = False  # a name no entity was found for: person or not, it blocks either way
    group: bool = False  # a coordination of several entities ("Japan and the Philippines")


@dataclass
class _Context:
    doc: Any
    ents: DocEntities
    rules: CorefRules
    args: Args
    sent_starts: list[int]
    newlines: list[int]
    skip: set[int]  # tokens of datelines: neither anaphors nor antecedents
    quoted: frozenset[int] = frozenset()  # tokens inside quotation marks
    candidates: list[Candidate] = field(default_factory=list)
    groups: dict[int, tuple[str, ...]] = field(default_factory=dict)
    posts: dict[str, str] = field(default_factory=dict)  # person key -> the country of their title
    titles: list[tuple[int, str, frozenset[str], str | None]] = field(default_factory=list)
    described: dict[str, Referent] = field(default_factory=dict)  # head noun -> what it last stood for

    def sent_of(self, i: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, i) - 1)

    def para_of(self, i: int) -> int:
        return bisect.bisect_right(self.newlines, self.doc[i].idx)

    def etype(self, key: str) -> str:
        return self.ents.entities[key].type


def _role(tok, depth: int = 0) -> int:
    dep = tok.dep_
    if dep in SUBJECT_DEPS:
        return SUBJECT
    if dep in OBJECT_DEPS:
        return OBJECT
    if dep == "poss":
        return POSSESSOR
    if dep in ("conj", "appos") and depth < 6 and tok.head.i != tok.i:
        return _role(tok.head, depth + 1)
    return OTHER


def _clause(tok):
    """The verb (or root) above ``tok`` whose clause holds it."""
    cur = tok
    for _ in range(40):
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return cur


def _clause_subjects(tok) -> set[int]:
    """Subjects of the clause holding ``tok``, following clauses without their own subject
    upward ("Iran made a mistake and will pay for it": the subject of "pay" is Iran)."""
    verb = _clause(tok)
    for _ in range(8):
        subj = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
        if subj:
            return subj
        if verb.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "acl") or verb.head.i == verb.i:
            return set()
        verb = _clause(verb)
    return set()


def _dominates(a, b) -> bool:
    return a.i == b.i or any(x.i == a.i for x in b.ancestors)


def _c_commands(a, b) -> bool:
    """``a`` c-commands ``b``: its head dominates ``b`` and ``a`` does not (binding theory)."""
    return a.head.i != a.i and _dominates(a.head, b) and not _dominates(a, b)


def _is_plural(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


def _candidate_for(ctx: _Context, tok) -> Candidate | None:
    """The antecedent candidate a noun-phrase head makes, if it makes one."""
    ents, args, rules = ctx.ents, ctx.args, ctx.rules
    if tok.dep_ == "compound" and tok.i not in ctx.skip:
        # "NATO Secretary-General Jens Stoltenberg said the alliance ...": the body in a title is in view
        head = tok.head
        while head.dep_ == "compound" and head.head.i != head.i and head.i not in ents.token_entity:
            head = head.head  # "EU foreign policy chief Josep Borrell"
        own, holder = ents.token_entity.get(tok.i), ents.token_entity.get(head.i)
        if own is not None and holder is not None and own != holder and ctx.etype(holder) == "Person" \
                and ctx.etype(own) in ("Alliance", "Organization") and ents.token_entity.get(tok.i + 1) != own:
            return Candidate(tok.i, ctx.sent_of(tok.i), ctx.para_of(tok.i), (own,), "sg", False, POSSESSOR,
                             actor=True)
    if tok.i in ctx.skip or tok.dep_ in ("compound", "appos", "det", "predet"):
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    own = ents.token_entity.get(tok.i)
    if own is not None and tok.dep_ in ("amod", "nmod", "npadvmod") and tok.head.pos_ in ("NOUN", "PROPN") \
            and ents.token_entity.get(tok.head.i) != own:
        return None  # "Russian drones": the noun phrase is the drones
    if own is None and tok.i + 1 < len(tok.doc) and not tok.doc[tok.i + 1].is_sent_start:
        nxt = ents.token_entity.get(tok.i + 1)
        if nxt is not None and ctx.etype(nxt) == "Person":
            return None  # "Her Rwandan counterpart Olivier Nduhungirehe" parsed as two subjects: the name is the one
    key = own if own is not None else args.entity_at(tok)
    role = _role(tok)
    lemma = tok.lemma_.lower()
    plural = "pl" if _is_plural(tok) else "any" if lemma in rules.collective_nouns else "sg"
    if own is None and tok.dep_ == "nmod" and (held := ents.token_entity.get(tok.head.i)) is not None \
            and ctx.etype(held) == "Person":
        return None  # "Secretary of State Antony Blinken": the title is the named person's
    if key is None:
        person = lemma in rules.person_nouns or tok.ent_type_ == "PERSON"
        if tok.ent_type_ in NON_REFERRING_ENTS or tok.dep_ in ("npadvmod", "nummod"):
            return None
        unknown = tok.pos_ == "PROPN" and role <= POSSESSOR and not person
        if role > OBJECT and not person and not unknown:
            return None  # "in response", "on the island": too weak to block an actor
        return Candidate(tok.i, ctx.sent_of(tok.i), ctx.para_of(tok.i), (), plural, person, role,
                         actor=lemma in rules.actor_nouns or person or unknown, unknown=unknown)
    etype = ctx.etype(key)
    # "Chinese officials" stand for China but are people: they compete for he/she/they, not for "it"
    person = etype == "Person" or (own is None and lemma in rules.person_nouns)
    # "the Philippines" is one country, "Guterres" (tagged as a plural noun) one person
    number = "sg" if etype in ("Country", "Person") and own is not None else plural
    keys: tuple[str, ...] = (key,)
    if own is None and plural == "pl":
        # "the military governments of Mali, Burkina Faso and Niger ... they": every state named
        keys = tuple(dict.fromkeys([key] + [k for k, _ in args.expand(tok) if ctx.etype(k) == etype]))
    return Candidate(tok.i, ctx.sent_of(tok.i), ctx.para_of(tok.i), keys, number, person, role, actor=True,
                     group=len(keys) > 1)


def _listed(appos, listed) -> bool:
    """Does the apposition go on a list of names: "Mali, Burkina Faso and Niger" parsed as Mali + apposition;
    "Canada, the Kingdom of Denmark, Finland, ..." with the list on the name in "of"?"""
    return any(n.conjuncts and n.i in listed for n in (appos, *(
        p for c in appos.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")))


def _group_for(ctx: _Context, tok) -> Candidate | None:
    """A coordination of two or more entities ("Rwanda and the DRC", "Indian and Chinese troops")."""
    if tok.i in ctx.skip or tok.dep_ == "conj" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    listed = ctx.ents.token_entity
    if tok.dep_ == "appos" and tok.conjuncts and tok.i in listed and tok.head.i in listed:
        return None  # "Mali, Burkina Faso and Niger" parsed as Mali + apposition: the list is Mali's
    if not tok.conjuncts and not any(c.dep_ in ("amod", "compound") and c.conjuncts for c in tok.children) \
            and not (tok.i in listed and any(c.dep_ == "appos" and _listed(c, listed) for c in tok.children)):
        return None
    found = ctx.args.expand(tok)
    keys = tuple(dict.fromkeys(k for k, _ in found if ctx.etype(k) in ACTOR_TYPES))
    if len(keys) < 2:
        return None
    person = all(ctx.etype(k) == "Person" for k in keys)
    return Candidate(tok.i, ctx.sent_of(tok.i), ctx.para_of(tok.i), keys, "pl", person, _role(tok),
                     actor=True, group=True)


# ---------------------------------------------------------------------------------------------
# Anaphors


def is_pleonastic(tok, rules: CorefRules) -> bool:
    """True for an "it" that refers to nothing: "it is likely that", "it is believed that", "made it clear"."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    clausal = [c for c in head.children if c.dep_ in ("ccomp", "csubj", "xcomp")]
    if tok.dep_ == "nsubj":
        lemma = head.lemma_.lower()
        if head.pos_ == "ADJ" and lemma in rules.pleonastic_adjectives and \
                head.head.lemma_.lower() in rules.pleonastic_object_verbs:
            return True  # "made it clear that": spaCy reads "it clear" as a small clause
        if lemma in rules.pleonastic_verbs:
            for c in head.children:
                if c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in rules.pleonastic_adjectives:
                    return True  # "it is likely", "it remains unclear", "it is time"
            if any(c.dep_ in ("ccomp", "csubj") for c in clausal):
                return True  # "it seems (that) China will", "it was China that blocked"
    if tok.dep_ == "nsubjpass" and clausal:
        return True  # "it is believed that", "it has been reported that"
    if tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in rules.pleonastic_object_verbs and \
            any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in head.children):
        return True
    return False


def _modifiers(tok) -> list:
    return [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nummod", "quantmod")]


def _determiner(tok) -> str | None:
    for c in tok.children:
        if c.dep_ in ("det", "predet"):
            return c.lower_
    return None


def _surface(tok) -> str:
    """The words of the description: "the South Pacific nation"; "the country's" gives "the country"."""
    doc = tok.doc
    return " ".join(doc[tok.left_edge.i: tok.i + 1].text.split())


def _region(ctx: _Context, tok) -> frozenset[str] | None:
    """ISO3 codes a regional description allows ("the East Asian nation"), None when it names no region."""
    words = [w for t in tok.doc[tok.left_edge.i: tok.i] if t.dep_ not in ("det", "poss", "case")
             for w in re.split(r"[\s\-]+", t.lower_) if w]
    found: list[tuple[int, int, frozenset[str]]] = []
    for phrase, codes in ctx.rules.regions.items():
        n = len(phrase)
        for start in range(len(words) - n + 1):
            if tuple(words[start: start + n]) == phrase:
                found.append((start, start + n, codes))
    # "south east asian" also holds "east asian": keep only the longest matches
    kept = [f for f in found if not any(g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0] for g in found)]
    if tok.lower_ in ("island",) or not kept:
        return None
    allowed: frozenset[str] | None = None
    for _s, _e, codes in kept:
        allowed = codes if allowed is None else allowed & codes
    return allowed


def _description(ctx: _Context, tok) -> Description | None:
    """The rule of a singular definite description ("the country", "the bloc"), if ``tok`` heads one."""
    rules = ctx.rules
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i in ctx.ents.token_entity:
        return None
    spec = rules.descriptions.get(tok.lower_) or rules.descriptions.get(tok.lemma_.lower())
    if spec is None or (tok.pos_ == "PROPN" and not spec.keys and not spec.named_by_head
                        and _region(ctx, tok) is None):
        return None  # a name-like description ("the North", "the Commission") only for a closed list of
        # referents, for a body whose name holds the word, or in a region ("the Islamic Republic")
    if _is_plural(tok) and tok.lower_ not in rules.descriptions:
        return None  # "the countries": not one actor
    if _determiner(tok) not in ("the", "this"):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos", "poss") for c in tok.children
           if not (c.dep_ == "prep" and c.children and all(p.dep_ == "pcomp" for p in c.children))
           and not (c.dep_ in ("relcl", "appos") and c.left_edge.i > 0 and tok.doc[c.left_edge.i - 1].text == ",")):
        # "the country with the largest army", "the nation of Israel": a new referent; but in "accused
        # the bloc of being manipulated" the "of"-clause is the accusation's, misattached to the noun
        return None
    mods = _modifiers(tok)
    if any((m.lower_ in rules.blocking and not (m.lower_ == "foreign" and tok.lemma_.lower() in STATE_BODY_HEADS))
           or m.dep_ in ("nummod", "quantmod") for m in mods):
        return None  # "the other country", "the two countries"; but "the foreign ministry" is a portfolio
    for m in mods:
        key = ctx.ents.token_entity.get(m.i)
        if key is not None and (ctx.etype(key) != "Location" or ((m.lower_,) not in rules.regions
                                                                 and _region(ctx, tok) is None)):
            # "the Chinese state", "the US department": the extractor reads those itself; "the Hong Kong
            # government" is the place's own, but "the Gulf state" is one of the Gulf's
            return None
    if ctx.args.entity_at(tok):
        return None
    if spec.require_modifier and not mods:
        return None
    if spec.not_with_verbs and tok.head.lemma_.lower() in spec.not_with_verbs:
        return None
    return spec


def _group_number(ctx: _Context, tok) -> tuple[int, frozenset[str]] | None:
    """(how many, member types) when ``tok`` heads "the two countries", "both sides" or a bare "both"."""
    rules = ctx.rules
    if tok.i in ctx.ents.token_entity:
        return None
    if tok.lower_ in rules.group_pronouns and tok.dep_ in SUBJECT_DEPS | OBJECT_DEPS | {"pobj"}:
        return rules.group_numbers.get(tok.lower_, 2), ACTOR_TYPES
    if tok.pos_ == "NUM" and tok.lower_ in rules.group_numbers and tok.dep_ in SUBJECT_DEPS | OBJECT_DEPS \
            and _determiner(tok) == "the":
        return rules.group_numbers[tok.lower_], ACTOR_TYPES  # "the two signed"
    if tok.pos_ != "NOUN" or not _is_plural(tok):
        return None
    types = rules.group_descriptions.get(tok.lemma_.lower())
    if types is None:
        return None
    number = None
    has_det = False
    for c in tok.children:
        if c.dep_ in ("nummod", "det", "predet") and c.lower_ in rules.group_numbers:
            number = rules.group_numbers[c.lower_]
            has_det = has_det or c.lower_ == "both"
        if c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "these", "those"):
            has_det = True
        if c.dep_ in ("amod", "compound") and c.lower_ in rules.blocking \
                and f"{c.lower_} {tok.lemma_.lower()}" not in rules.titles \
                and not (c.lower_ == "member" and any(n.dep_ == "nummod" for n in tok.children)):
            return None  # "the two foreign ministers" is a title; "the seven member states" counts a list
    if number is None and has_det and tok.lemma_.lower() in rules.pair_nouns \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        number = 2  # "the nuclear-armed neighbours", "the two rivals": a bilateral story's pair
    if number is None or not has_det:
        return None
    if any(c.dep_ in ("relcl", "acl", "appos") for c in tok.children):
        return None
    return number, types


# ---------------------------------------------------------------------------------------------
# Choosing an antecedent


def _in_window(ctx: _Context, cand: Candidate, sent: int, para: int) -> bool:
    back = sent - cand.sent
    return back <= ctx.rules.window or (cand.para == para and back <= 2 * ctx.rules.window + 1)


def _visible(ctx: _Context, anaphor) -> list[Candidate]:
    """Candidates before ``anaphor`` from the farthest sentence a window can reach."""
    first = ctx.sent_starts[max(0, ctx.sent_of(anaphor.i) - 2 * ctx.rules.window - 1)]
    lo = bisect.bisect_left(ctx.candidates, first, key=lambda c: c.i)
    hi = bisect.bisect_left(ctx.candidates, anaphor.i, key=lambda c: c.i)
    return ctx.candidates[lo:hi]


def _best(ctx: _Context, anaphor, referent, main_clause_first: bool = False) -> Referent | None:
    """The referent of the most salient candidate before ``anaphor``; None when two differ and tie.

    ``referent(candidate)`` gives the entity keys the candidate would make the anaphor stand
    for, ``()`` for a fitting noun phrase that is no actor (it blocks), None when it does not fit.
    Sentence by sentence backwards; in the first sentence with a fitting candidate the best role
    wins; equally ranked different referents leave the anaphor unresolved.
    """
    sent, para = ctx.sent_of(anaphor.i), ctx.para_of(anaphor.i)
    pool: list[tuple[Candidate, Referent]] = []
    for c in _visible(ctx, anaphor):
        if not _in_window(ctx, c, sent, para):
            continue
        ref = referent(c)
        if ref is not None:
            pool.append((c, ref))
    if not pool:
        return None
    nearest = max(c.sent for c, _ in pool)
    pool = [(c, r) for c, r in pool if c.sent == nearest]
    top = min(c.role for c, _ in pool)
    best = [(c, r) for c, r in pool if c.role == top]
    referents = {r if r else ("#", c.i) for c, r in best}
    if len(referents) > 1 and top == SUBJECT and main_clause_first:
        # "The Taliban pledged not to allow al Qaeda to use ... urged the group": for a description, the main
        # clause's subject outranks a subject of a clause below it (a pronoun's tie stays unresolved)
        depth = {c.i: _clause_depth(ctx.doc[c.i]) for c, _ in best}
        least = min(depth.values())
        best = [(c, r) for c, r in best if depth[c.i] == least]
        referents = {r if r else ("#", c.i) for c, r in best}
    if len(referents) > 1:
        return None
    return best[-1][1]


def _clause_depth(tok) -> int:
    """How many clauses lie between ``tok`` and its sentence's root (0 for the root clause)."""
    depth, cur = 0, _clause(tok)
    for _ in range(20):
        if cur.head.i == cur.i:
            return depth
        cur, depth = _clause(cur), depth + 1
    return depth


def _acts(ctx: _Context, tok) -> bool:
    """True when ``tok`` is the subject of a reporting or relation verb: only actors do that."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return tok.head.lemma_.lower() in ctx.args.lex.speech_verbs or relation_verb(tok.head, ctx.args.lex)


def _child_toward(head, tok):
    """The child of ``head`` whose subtree holds ``tok``."""
    cur = tok
    while cur.head.i != head.i and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _binding_excludes(ctx: _Context, anaphor, cand: Candidate, description: bool) -> bool:
    """Binding theory inside one sentence: "China criticised it" (it is not China), "'... French
    forces,' they added" (they are not the forces), "Washington violated the country's principle"
    (the country is not Washington). A preposed adjunct stays open: "During Vance's trip, he"."""
    # "declaring it an aggressor state": the subject of a verbless small clause is the verb's object
    small_clause = anaphor.dep_ in SUBJECT_DEPS and anaphor.head.pos_ in ("NOUN", "PROPN", "ADJ") \
        and anaphor.head.dep_ in ("ccomp", "xcomp", "oprd")
    if not description and (anaphor.dep_ not in SUBJECT_DEPS or small_clause) \
            and anaphor.lower_ not in ctx.rules.possessives and not anaphor.lower_.endswith(("self", "selves")) \
            and any(ctx.ents.token_entity.get(i) in cand.keys for i in _clause_subjects(anaphor.head if small_clause
                                                                                      else anaphor)):
        return True  # "Blinken called Aliyev. Blinken urged him": him is not the clause's subject, wherever named
    if cand.sent != ctx.sent_of(anaphor.i):
        return False
    ctok = anaphor.doc[cand.i]
    if _c_commands(anaphor, ctok) and _child_toward(anaphor.head, ctok).dep_ not in ADJUNCT_DEPS:
        return True  # nothing in what the anaphor says or does is its antecedent
    if description:
        # a description is not bound by a subject above it, nor by anything in its own clause
        return _c_commands(ctok, anaphor) and (ctok.dep_ in SUBJECT_DEPS or _clause(ctok).i == _clause(anaphor).i)
    rules = ctx.rules
    if anaphor.lower_ in rules.possessives or anaphor.lower_.endswith(("self", "selves")):
        return False  # "Poland defended its airspace"
    if anaphor.dep_ in SUBJECT_DEPS:
        return False
    return cand.i in _clause_subjects(anaphor)


def _resolve_pronoun(ctx: _Context, tok) -> Referent | None:
    rules = ctx.rules
    kind = rules.pronouns[tok.lower_]
    actor_only = _acts(ctx, tok)
    quoted = None if tok.i in ctx.quoted else ctx.quoted

    def referent(c: Candidate) -> Referent | None:
        if quoted is not None and c.i in quoted:
            return None  # quoted speech has its own "we" and "they": "'... French forces,' they added"
        if kind == "person":
            ok = (c.person or c.unknown) and c.number == "sg"
        elif kind == "sg":
            ok = c.number in ("sg", "any") and (not c.person or c.unknown) and \
                all(ctx.etype(k) in NEUTER_TYPES for k in c.keys)
        else:
            ok = c.number in ("pl", "any")
        if not ok:
            return None
        if actor_only and not (c.actor and all(ctx.etype(k) in ACTOR_TYPES for k in c.keys)):
            return None  # "it said": not "the deal", not a place
        if _binding_excludes(ctx, tok, c, description=False):
            return None
        return c.keys

    acted_on = _acted_on(ctx, tok, referent)
    if acted_on is not None:
        return acted_on
    return _best(ctx, tok, referent)


def _acted_on(ctx: _Context, tok, referent) -> Referent | None:
    """ "The Council of Europe expelled Russia over its invasion of Ukraine", "sanctioned Iran for its
    nuclear programme": a possessive in the reason for an act is the one acted on, when it fits."""
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their"):
        return None
    noun = tok.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("over", "for") or noun.head.head.pos_ != "VERB":
        return None
    verb = noun.head.head
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < tok.i):
        cand = next((c for c in ctx.candidates if c.i == obj.i), None)
        if cand is not None:
            return referent(cand)
    return None


#: Nouns for a state's rulers that a later "the junta" may take up when they are military.
RULING_NOUNS = frozenset({"government", "regime", "leadership", "authority", "administration", "ruler"})


def _military_rulers(tok) -> bool:
    """ "Niger's military government", "the military rulers": what "the junta" may name later."""
    return tok.lemma_.lower() in RULING_NOUNS and any(c.lower_ == "military" for c in tok.children)


def _resolve_description(ctx: _Context, tok, spec: Description) -> Referent | None:
    region = _region(ctx, tok) if "Country" in spec.types else None
    gaz = load_gazetteer()
    mods = [m.lower_ for m in _modifiers(tok)]
    lemma = tok.lemma_.lower()
    quoted = None if tok.i in ctx.quoted else ctx.quoted

    def referent(c: Candidate) -> Referent | None:
        if len(c.keys) != 1 or c.group or (quoted is not None and c.i in quoted):
            return None
        key = c.keys[0]
        ent = ctx.ents.entities[key]
        if ent.type == "Agency" and "Country" in spec.types and ent.parent in ctx.ents.entities \
                and not c.person:
            key, ent = ent.parent, ctx.ents.entities[ent.parent]  # "the ministry said the country's law"
        elif ent.type == "Organization" and "Country" in spec.types and ent.parent in gaz.entries \
                and ent.label.endswith(f"({gaz.entries[ent.parent].label})"):
            # "Iranian students protested the government's crackdown": the state of a people named by
            # demonym; another entity than the people, so no binding constraint keeps it out
            return (ent.parent,) if gaz.entries[ent.parent].type == "Country" else None
        if ent.type == "Country" and "Agency" in spec.types and c.i not in ctx.ents.token_entity and (
                ctx.doc[c.i].lemma_.lower() == lemma or (lemma == "junta" and _military_rulers(ctx.doc[c.i]))):
            # "Niger's foreign ministry ... The ministry", "Niger's military government ... the junta": the
            # body the extractor reads as Niger
            return (key,)
        if spec.keys and key not in spec.keys:
            return None
        if spec.types and ent.type not in spec.types and key not in spec.also:
            return None
        if key in spec.exclude or (c.person and ent.type != "Person"):
            return None  # "Chinese officials" are not "the country"
        if region is not None and ent.iso3 not in region:
            return None  # "the East Asian nation" is not the Philippines
        if spec.named_by_head and not {lemma, tok.lower_} & {w.lower() for name in (ent.label, *ent.aliases)
                                                            for w in name.split()}:
            return None  # "the council" is the Arctic Council, not the African Union; "the Guards" the
            # Revolutionary Guards
        if ent.type == "Agency" and any(m not in ent.label.lower() for m in mods):
            return None  # "the justice department" is not the foreign ministry
        if _binding_excludes(ctx, tok, c, description=True):
            return None
        return (key,)

    # "the country" goes on naming what "the country" named before, if that is still in view
    previous = ctx.described.get(tok.lemma_.lower())
    if previous is not None and _in_view(ctx, tok, referent, previous):
        return previous
    found = _best(ctx, tok, referent, main_clause_first=True)
    if found is None and spec.types and spec.types <= BODY_TYPES:
        found = _sole_body(ctx, tok, referent)
    elif found is None and spec.types == {"Agency"}:
        # "The Ministry of External Affairs said ... [five paragraphs on] the ministry said": the one body of
        # that name the article has, however far back
        def named(c: Candidate) -> Referent | None:
            ref = referent(c)
            ent = ctx.ents.entities[ref[0]] if ref else None
            return ref if ent and lemma in {w.lower() for w in ent.label.split()} else None
        found = _sole_body(ctx, tok, named)
    if found is None and spec.fallback_keys:
        return _resolve_description(ctx, tok, replace(spec, keys=spec.fallback_keys, fallback_keys=frozenset()))
    return found


#: Kinds of body an article seldom names two of: "the alliance" reaches back past the window to the one named.
BODY_TYPES = frozenset({"Alliance", "Organization"})


def _sole_body(ctx: _Context, tok, referent) -> Referent | None:
    """ "Finland became the 31st member of NATO ... [four sentences on] He called on the alliance to admit
    Sweden": a body the description fits, if the article has named exactly one before it, however far back."""
    hi = bisect.bisect_left(ctx.candidates, tok.i, key=lambda c: c.i)
    fits = {r for c in ctx.candidates[:hi] if (r := referent(c))}
    return next(iter(fits)) if len(fits) == 1 else None


#: Description heads that, with no body of that kind named before, are a body of the state in view.
STATE_BODY_HEADS = frozenset({"ministry", "department"})


def _state_body(ctx: _Context, tok, spec: Description) -> Referent | None:
    """ "South Korea condemned the pact. The foreign ministry summoned the Russian ambassador": a
    ministry named before no other is the ministry of the state acting as a subject in this sentence or
    the one before, a new Agency "Foreign Ministry (South Korea)" with that state as parent."""
    if tok.lemma_.lower() not in STATE_BODY_HEADS or "Agency" not in spec.types or _determiner(tok) != "the" \
            or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return None
    ents = ctx.ents

    def referent(c: Candidate) -> Referent | None:
        if len(c.keys) != 1 or c.group or c.role > 0 or ctx.etype(c.keys[0]) != "Country":
            return None
        return c.keys
    state = _best(ctx, tok, referent)
    if state is None or ctx.sent_of(tok.i) - max((c.sent for c in ctx.candidates
                                                  if c.keys == state and c.i < tok.i), default=-9) > 1:
        return None  # only the state of this sentence or the one before
    words = [t for t in tok.doc[tok.left_edge.i: tok.i + 1] if t.dep_ in ("compound", "amod") or t.i == tok.i]
    body = " ".join(t.text[:1].upper() + t.text[1:] for t in words)
    country = ents.entities[state[0]]
    label = f"{body} ({country.label})"
    key = entity_key(label)
    if key not in ents.entities:
        ents.entities[key] = Entity(key=key, label=label, type="Agency", parent=country.key,
                                    aliases=tuple(state_qualified_names(country.key, country.label, body.lower())))
    return (key,)


def _in_view(ctx: _Context, anaphor, referent, wanted: Referent) -> bool:
    sent, para = ctx.sent_of(anaphor.i), ctx.para_of(anaphor.i)
    return any(referent(c) == wanted for c in _visible(ctx, anaphor) if _in_window(ctx, c, sent, para))


#: Nouns for the parties to a conflict or a negotiation, which those who mediate it are not.
SIDE_NOUNS = frozenset({"side", "party"})

def _mediating(tok) -> bool:
    """Is ``tok`` (or the coordination it heads or is in) the subject or agent of a verb of mediation ("mediated by
    Qatar and Turkey", "Qatar hosted the talks": kg.relations.MEDIATING)?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head.lemma_.lower() in MEDIATING
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in MEDIATING


def _resolve_group(ctx: _Context, tok, number: int, types: frozenset[str]) -> Referent | None:
    """The pair or triple "the two countries" stands for.

    The nearest coordination of that many ("Rwanda and the DRC signed ... the two countries");
    else the article's most prominent earlier coordination of that many; else the distinct
    actors of the nearest sentences when they are exactly that many.
    """
    sent, para = ctx.sent_of(tok.i), ctx.para_of(tok.i)
    before = [c for c in ctx.candidates if c.i < tok.i and not _binding_excludes(ctx, tok, c, True)]
    if tok.lemma_.lower() in SIDE_NOUNS:
        # "The talks were mediated by Qatar and Turkey. The two sides agreed": mediators are no side
        before = [c for c in before if not _mediating(ctx.doc[c.i])]

    def members(c: Candidate) -> Referent:
        return tuple(k for k in c.keys if ctx.etype(k) in types)

    if "Person" in types:
        # "Nakatani met his counterpart Teodoro ... The two ministers signed": the persons of the sentence
        # before, when they are exactly that many, before any pair of states
        people = _keys_back(ctx, tok, before, frozenset({"Person"}), number, sentences=2)
        if people is not None:
            return people
    coordinations = [c for c in before if c.group and len(members(c)) == number == len(c.keys)]
    near = [c for c in coordinations if _in_window(ctx, c, sent, para)]
    if near:
        nearest = max(c.sent for c in near)
        best = [c for c in near if c.sent == nearest]
        top = min(c.role for c in best)
        best = [c for c in best if c.role == top]
        if len({frozenset(c.keys) for c in best}) == 1:
            return best[-1].keys
        return None
    if coordinations:
        counts: dict[str, int] = {}
        for c in before:
            for k in c.keys:
                counts[k] = counts.get(k, 0) + 1
        ranked = sorted(coordinations, key=lambda c: (min(counts.get(k, 0) for k in c.keys), c.i))
        return ranked[-1].keys
    found = _keys_back(ctx, tok, before, types, number)
    if found and len({ctx.etype(k) for k in found}) > 1:
        # "Cambodia asked the Security Council to meet. ... called on both sides": a state and a body it
        # appealed to are no two sides; a state and an armed group are
        armed = ctx.rules.descriptions["militia"].keys if "militia" in ctx.rules.descriptions else frozenset()
        if any(ctx.etype(k) != "Country" and k not in armed for k in found):
            return None
    return found


def _own_subject_span(tok) -> range:
    """Token indices of the subject of the clause ``tok`` is in (when ``tok`` is not in it)."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                span = range(subj.left_edge.i, subj.right_edge.i + 1)
                return range(0) if tok.i in span else span
            if node.dep_ == "acl" and node.head.pos_ in ("PROPN", "NOUN") and node.head.i < node.i:
                # "Anwar Ibrahim, who chairs ASEAN, called on ..." parsed with the verb modifying the name
                return range(node.head.left_edge.i, node.left_edge.i)
    return range(0)


def _keys_back(ctx: _Context, tok, before: list[Candidate], types: frozenset[str], number: int,
               sentences: int | None = None) -> Referent | None:
    """The distinct actors of ``types`` in the sentences before ``tok`` (its own included), taken
    sentence by sentence backwards, when they come to exactly ``number``; ``sentences`` bounds the look back."""
    sent, para = ctx.sent_of(tok.i), ctx.para_of(tok.i)
    # "Anwar Ibrahim, who chairs ASEAN, called on both sides to ...": who speaks to the sides is none of them
    own = _own_subject_span(tok)
    pool = [c for c in before if _in_window(ctx, c, sent, para) and c.i not in own
            and (sentences is None or sent - c.sent < sentences)]
    seen: list[str] = []
    for s in sorted({c.sent for c in pool}, reverse=True):
        new: list[str] = []
        for c in pool:
            if c.sent == s:
                new += [k for k in c.keys if ctx.etype(k) in types and k not in seen and k not in new]
        for (start, _end, key) in ctx.ents.mention_spans:  # modifiers too: "Indian troops"
            if ctx.sent_of(start) == s and start < tok.i and start not in ctx.skip and ctx.etype(key) in types \
                    and key not in seen and key not in new and start not in own:
                new.append(key)
        seen = new + seen
        if len(seen) == number:
            return tuple(sorted(seen, key=lambda k: _first_mention(ctx, k)))
        if len(seen) > number:
            return None
    return None


def _first_mention(ctx: _Context, key: str) -> int:
    return min((s for s, _e, k in ctx.ents.mention_spans if k == key), default=0)


# ---------------------------------------------------------------------------------------------
# Titles and posts of persons


def _title_words_before(ctx: _Context, start: int) -> tuple[list[str], str | None]:
    """Title words and the country right before a person's name: "Hungary's Prime Minister"."""
    doc, ents = ctx.doc, ctx.ents
    words: list[str] = []
    country = None
    i = start - 1
    lex = lexicon()
    while i >= 0 and start - i <= 8:
        t = doc[i]
        if t.tag_ == "POS" or t.text in ("'s", "’s", "-"):
            i -= 1
            continue
        key = ents.token_entity.get(t.i)
        if key is not None:
            if ctx.etype(key) == "Country" and country is None:
                country = key
                i -= 1
                continue
            break
        if t.is_title or (t.is_lower and t.pos_ in ("NOUN", "PROPN", "ADJ")):
            if t.lower_ in lex["title_words"] or t.lower_ in ctx.rules.title_heads or words:
                words.insert(0, t.lower_.rstrip("."))
                i -= 1
                continue
        break
    return words, country


def _collect_titles(ctx: _Context) -> None:
    """Who was introduced with which title, and the country of each title ("Israeli Prime Minister")."""
    doc, ents = ctx.doc, ctx.ents
    for start, end, key in ents.mention_spans:
        if ctx.etype(key) != "Person" or start in ctx.skip:
            continue
        words, country = _title_words_before(ctx, start)
        head = doc[start:end].root
        for ap in head.children:  # "Lloyd Austin, the US defence secretary,"
            if ap.dep_ == "appos" and ap.pos_ == "NOUN":
                # (not a possessor's words: "John Smith, the Ukrainian government's envoy" is no government)
                owner = {t.i for c in ap.children if c.dep_ == "poss" for t in c.subtree}
                words += [t.lower_ for t in doc[ap.left_edge.i: ap.i + 1]
                          if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i not in ents.token_entity and t.i not in owner]
                for t in doc[ap.left_edge.i: ap.i + 1]:
                    k = ents.token_entity.get(t.i)
                    if k and ctx.etype(k) == "Country" and country is None:
                        country = k
        words = [_norm_title(w) for w in words]
        if words and words[-1] in ctx.rules.title_heads:
            ctx.titles.append((start, key, frozenset(words), country))
        if country and key not in ctx.posts:
            ctx.posts[key] = country


def _norm_title(word: str) -> str:
    return {"defense": "defence", "spokesman": "spokesperson", "spokeswoman": "spokesperson"}.get(word, word)


def _resolve_title(ctx: _Context, tok) -> str | None:
    """ "the defence secretary" -> the one person introduced with that title before."""
    if tok.pos_ != "NOUN" or tok.i in ctx.ents.token_entity or _determiner(tok) != "the":
        return None
    head = _norm_title(tok.lower_)
    if head not in ctx.rules.title_heads or _is_plural(tok):
        return None
    if any(c.dep_ in ("appos", "relcl", "acl", "poss") for c in tok.children) or tok.dep_ == "compound":
        return None
    if tok.head.pos_ == "PROPN" and tok.head.i in ctx.ents.token_entity:
        return None  # "the defence secretary Lloyd Austin"
    country = None
    words = {head}
    for m in _modifiers(tok):
        key = ctx.ents.token_entity.get(m.i)
        if key and ctx.etype(key) == "Country":
            country = key
        elif m.lower_ in ctx.rules.blocking or m.lower_ in ctx.rules.title_changers:
            return None
        else:
            words.add(_norm_title(m.lower_))
    changers = ctx.rules.title_changers
    found = {key for start, key, title, c in ctx.titles
             if start < tok.i and words <= title and not (title - words) & changers
             and (country is None or c == country)}
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------------------------------------
# Surnames the entity linker left apart


#: Name suffixes that are not the surname: "Ferdinand Marcos Jr." is Marcos.
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
#: Words that make a multi-word name an organisation, never a person.
_ORG_WORDS = frozenset({"group", "organization", "organisation", "ministry", "council", "party", "forces",
                        "army", "company", "corporation", "inc", "ltd", "bank", "court", "union", "agency",
                        "institute", "university", "committee", "commission", "front", "movement", "news"})


def _short_names(label: str) -> list[str]:
    """What a person is called after the first mention: "López Obrador", "Obrador"; "Marcos"."""
    words = label.split()
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]
    if len(words) < 2:
        return []
    out = [words[-1]]
    if len(words) >= 3:
        out.append(" ".join(words[-2:]))
    return out


def _merge_surnames(ctx: _Context) -> None:
    """Link the short forms of a person's name that the linker gave their own entity: a surname
    the tagger read as an organisation or place ("Orbán", "Kamikawa"), a family name written
    first ("Yoon" after "Yoon Suk Yeol"), a full name read as an organisation before its surname
    was read as a person ("Sylvain Itte" ... "Itte")."""
    ents = ctx.ents
    gaz = load_gazetteer()
    named = {k: e for k, e in ents.entities.items() if k not in gaz.entries and e.label not in gaz.forms}
    persons = {k: e for k, e in ents.entities.items() if e.type == "Person" and len(e.label.split()) > 1}
    forms: dict[str, set[str]] = {}
    for key, ent in persons.items():
        for form in _short_names(ent.label):
            forms.setdefault(form, set()).add(key)
        first = ent.label.split()[0]
        forms.setdefault("^" + first, set()).add(key)  # family name first, persons only
    merges: dict[str, str] = {}
    for key, ent in named.items():
        if key in persons or ent.type not in ("Person", "Organization", "Location"):
            continue
        owners = forms.get(ent.label, set())
        if not owners and ent.type == "Person":
            owners = forms.get("^" + ent.label, set())
        if len(owners) == 1:
            merges[key] = owners.pop()
    # "Sylvain Itte" read as an organisation, "Itte" as a person: the full name is the person
    singles = {e.label: k for k, e in named.items() if e.type == "Person" and len(e.label.split()) == 1
               and k not in merges}
    for key, ent in named.items():
        words = ent.label.split()
        if ent.type in ("Organization", "Location") and 2 <= len(words) <= 4 and words[-1] in singles \
                and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
                and not {w.lower() for w in words} & _ORG_WORDS and key not in merges:
            ents.entities[key] = replace(ent, type="Person")
            merges[singles.pop(words[-1])] = key
    for old, new in merges.items():
        _merge_entity(ents, old, new)


def _merge_entity(ents: DocEntities, old: str, new: str) -> None:
    surface = ents.entities[old].label
    for i, key in list(ents.token_entity.items()):
        if key == old:
            ents.token_entity[i] = new
            ents.kinds[i] = "alias"
    ents.mention_spans[:] = sorted((s, e, new if k == old else k) for s, e, k in ents.mention_spans)
    ents.mentions[:] = [replace(m, entity=new) if m.entity == old else m for m in ents.mentions]
    target = ents.entities[new]
    aliases = set(target.aliases) | {surface} | set(ents.entities[old].aliases)
    ents.entities[new] = replace(target, aliases=tuple(sorted(aliases - {target.label})))
    del ents.entities[old]


# ---------------------------------------------------------------------------------------------
# Datelines


def _is_capital(name: str) -> bool:
    hit = load_gazetteer().forms.get(name)
    return hit is not None and hit[1] == "capital"


def dateline_spans(text: str, max_paragraphs: int = 4) -> list[tuple[int, int]]:
    """Character spans of datelines at the start of the first paragraphs: "MANILA, Philippines —"."""
    return [(m.start(), m.end()) for m in _datelines(text, max_paragraphs)]


def dateline_places(text: str, max_paragraphs: int = 4) -> list[str]:
    """The places the datelines name, as written: "MANILA, Philippines", "LONDON"."""
    return [m.group("place") for m in _datelines(text, max_paragraphs)]


@lru_cache(maxsize=16)  # the stages of one article ask several times
def _datelines(text: str, max_paragraphs: int) -> tuple[re.Match, ...]:
    spans = []
    pos = 0
    for _ in range(max_paragraphs):
        while pos < len(text) and text[pos] in "\n\r \t":
            pos += 1
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        # a dateline ends with a dash: a paragraph whose first line has none is not tried
        m = _DATELINE.match(text, pos, end) if any(text.find(d, pos, end) >= 0 for d in DATELINE_DASHES) else None
        if m:
            place = m.group("place")
            first = place.split(",")[0].strip()
            if m.group("agency") or first.isupper() or "," in place or _is_capital(first):
                spans.append(m)
        pos = end
    return tuple(spans)


def _apply_datelines(ctx: _Context) -> None:
    """A dateline city is where the story was filed: a Location, not the government of its country;
    the country next to it qualifies the city and is no argument of any relation."""
    doc, ents = ctx.doc, ctx.ents
    for m in _datelines(doc.text, 4):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        ctx.skip.update(range(span.start, span.end))
        cities = m.group("place").split(",")[0].strip()
        at = m.start("place")
        for city in cities.split("/"):  # "DOHA/JERUSALEM, Nov 22 (Reuters) -": filed from both
            if city.isupper():  # "NEW DELHI —", "PORT-AU-PRINCE, Haiti —": the city, whatever was read inside it
                _upper_city(ctx, city, at)
            at += len(city) + 1
        for i in range(span.start, span.end):
            key = ents.token_entity.get(i)
            if key is None or ctx.etype(key) != "Country":
                continue
            kind = ents.kinds.get(i)
            if kind in ("capital", "seat"):
                j = i
                while j + 1 < span.end and ents.token_entity.get(j + 1) == key and ents.kinds.get(j + 1) == kind:
                    j += 1
                city = doc[i: j + 1].text
                label = city.title() if city.isupper() else city
                loc = entity_key(label)
                if loc not in ents.entities:
                    ents.entities[loc] = Entity(key=loc, label=label, type="Location")
                for t in range(i, j + 1):
                    ents.token_entity[t] = loc
                    ents.kinds[t] = "name"
                ents.mentions[:] = [m for m in ents.mentions if not (m.entity == key and m.start == doc[i].idx)]
                ents.mentions.append(Mention(entity=loc, text=city, start=doc[i].idx,
                                             end=doc[j].idx + len(doc[j]), sentence=ctx.sent_of(i)))
            else:
                del ents.token_entity[i]


def _upper_city(ctx: _Context, city: str, start: int) -> None:
    """A dateline city written in capitals is that city, a Location named as the gazetteer writes it
    ("ADDIS ABABA" -> Addis Ababa); an entity read inside it ("AU" in "PORT-AU-PRINCE") goes."""
    doc, ents = ctx.doc, ctx.ents
    span = doc.char_span(start, start + len(city), alignment_mode="expand")
    if span is None:
        return
    known = _upper_places().get(city)
    if known is None and city.title() in load_gazetteer().forms:
        return  # "UNITED NATIONS —": an actor's name, read as such
    label, loc = known or (city.title(), entity_key(city.title()))
    inside = set(range(span.start, span.end))
    old = {ents.token_entity.pop(i) for i in inside if i in ents.token_entity}
    ents.mention_spans[:] = [x for x in ents.mention_spans if x[0] not in inside]
    ents.mentions[:] = [mn for mn in ents.mentions if not span.start_char <= mn.start < span.end_char]
    for key in old - {k for k in ents.token_entity.values()}:
        del ents.entities[key]  # read only inside the city's name
    ents.entities.setdefault(loc, Entity(key=loc, label=label, type="Location"))
    for i in inside:
        ents.token_entity[i] = loc
        ents.kinds[i] = "name"
    ents.mention_spans.append((span.start, span.end, loc))
    ents.mention_spans.sort()
    ents.mentions.append(Mention(entity=loc, text=city, start=span.start_char, end=span.end_char,
                                 sentence=ctx.sent_of(span.start)))


@lru_cache(maxsize=1)
def _upper_places() -> dict[str, tuple[str, str]]:
    """Capitals and gazetteer places by their upper-case form: "NEW DELHI" -> ("New Delhi", key)."""
    gaz = load_gazetteer()
    places: dict[str, tuple[str, str]] = {}
    for form, (key, kind) in sorted(gaz.forms.items()):
        if kind == "capital":
            places.setdefault(form.upper(), (form, entity_key(form)))
        elif kind in ("name", "alias") and gaz.entries[key].type == "Location":
            places.setdefault(form.upper(), (gaz.entries[key].label, key))
    return places


# ---------------------------------------------------------------------------------------------
# Quotations

_OPEN, _CLOSE, _BOTH = frozenset("“«„"), frozenset("”»"), frozenset('"')
_QUOTE_CHARS = tuple(_OPEN | _CLOSE | _BOTH)


def quoted_tokens(doc) -> frozenset[int]:
    """Indices of tokens inside quotation marks; a quote never runs past its paragraph."""
    text = doc.text
    if not any(q in text for q in _QUOTE_CHARS):
        return frozenset()  # no quotation mark at all: nothing to walk through
    inside = False
    out: set[int] = set()
    for tok in doc:
        text = tok.text
        if "\n" in text:
            inside = False
            continue
        if text in _OPEN or (text in _BOTH and not inside):
            inside = True
            continue
        if text in _CLOSE or (text in _BOTH and inside):
            inside = False
            continue
        if inside:
            out.add(tok.i)
    return frozenset(out)


# ---------------------------------------------------------------------------------------------
# The stage


def _link(ctx: _Context, tok, keys: Referent, surface: str) -> None:
    """Record that ``tok`` stands for ``keys``: token map, note, and one Mention per entity."""
    ents = ctx.ents
    for k in keys:
        if k not in ents.entities:
            _add_known(ents, k)  # the state of a people named only by its demonym ("Iranian students")
    ents.token_entity[tok.i] = keys[0]
    ents.kinds[tok.i] = "resolved"
    labels = ", ".join(ents.entities[k].label for k in keys)
    ents.resolved[tok.i] = f"{surface} -> {labels}"
    if len(keys) > 1:
        ctx.groups[tok.i] = keys
    start = tok.idx if surface == tok.text else tok.doc[tok.left_edge.i].idx
    for k in keys:
        ents.mentions.append(Mention(entity=k, text=surface, start=start, end=tok.idx + len(tok),
                                     sentence=ctx.sent_of(tok.i), resolved_from=surface))
    # the noun phrase this token modifies may now stand for an actor: "the country's military"
    if tok.dep_ in ("poss", "compound", "amod", "nmod") and tok.head.i != tok.i:
        _refresh(ctx, tok.head)


def _refresh(ctx: _Context, tok) -> None:
    ctx.candidates = [c for c in ctx.candidates if c.i != tok.i or c.group]
    cand = _candidate_for(ctx, tok)
    if cand is not None:
        _insert(ctx, cand)


def _insert(ctx: _Context, cand: Candidate) -> None:
    bisect.insort(ctx.candidates, cand, key=lambda c: (c.i, c.group))


def _add_candidate(ctx: _Context, tok, keys: Referent, number: str, person: bool) -> None:
    ctx.candidates = [c for c in ctx.candidates if c.i != tok.i]
    _insert(ctx, Candidate(tok.i, ctx.sent_of(tok.i), ctx.para_of(tok.i), keys, number, person, _role(tok),
                           actor=bool(keys) or person, group=len(keys) > 1))


from spacy.symbols import NOUN as NOUN_POS  # noqa: E402
from spacy.symbols import NUM as NUM_POS  # noqa: E402
from spacy.symbols import PRON as PRON_POS  # noqa: E402
from spacy.symbols import PROPN as PROPN_POS  # noqa: E402


def _anaphor_word_ids(rules: CorefRules) -> frozenset[int]:
    """Hashes (spaCy's LOWER attribute) of the pronouns and group pronouns of ``rules``."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in (*rules.pronouns, *rules.group_pronouns))


def _named_description_ids(rules: CorefRules) -> frozenset[int]:
    """Hashes of the description heads, which may be tagged as names ("the North", "the Commission",
    "the Islamic Republic"); _description tells which of them describe."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in rules.descriptions)


_last_word_ids: tuple[CorefRules | None, frozenset[int], frozenset[int]] = (None, frozenset(), frozenset())


def _word_ids(rules: CorefRules) -> tuple[frozenset[int], frozenset[int]]:
    """(_anaphor_word_ids, _named_description_ids) of ``rules``; computed again only for other rules."""
    global _last_word_ids
    if _last_word_ids[0] is not rules:
        _last_word_ids = (rules, _anaphor_word_ids(rules), _named_description_ids(rules))
    return _last_word_ids[1], _last_word_ids[2]


def resolve_mentions(doc, ents: DocEntities, rules: CorefRules | None = None) -> DocEntities:
    """Return ``ents`` with pronouns, descriptions, titles and group phrases linked to entities.

    Adds to ``token_entity`` (head token -> entity), ``resolved`` (token -> "it -> China"),
    ``mentions`` (with ``resolved_from``) and, for "the two countries", ``groups`` (head token ->
    every member; the token itself maps to the first). Entity aliases are left alone.
    """
    rules = rules or load_rules()
    if len(doc) == 0:
        return ents
    doc = view(doc)  # shared with kg.relations: the parse read once into plain Python objects
    ctx = _Context(doc=doc, ents=ents, rules=rules, args=Args(doc, ents, load_lexicon()),
                   sent_starts=[s.start for s in doc.sents],
                   newlines=[m.start() for m in re.finditer(r"\n", doc.text)], skip=set())
    ctx.quoted = quoted_tokens(doc)
    _apply_datelines(ctx)
    _merge_surnames(ctx)
    _collect_titles(ctx)
    # Only some tokens can matter below; picking them from the parse arrays spares creating a
    # spaCy Token for every word twice (which was a third of this stage's time)
    pos = doc.to_array("POS").tolist()
    lower = doc.to_array("LOWER").tolist()
    for i, tag in enumerate(pos):
        if tag == NOUN_POS or tag == PROPN_POS:  # _candidate_for and _group_for return None for the rest
            tok = doc[i]
            for cand in (_candidate_for(ctx, tok), _group_for(ctx, tok)):
                if cand is not None:
                    ctx.candidates.append(cand)
    ctx.candidates.sort(key=lambda c: (c.i, c.group))

    # the branches below need a noun, a pronoun, a number, or one of the pronoun words
    words, keyed = _word_ids(rules)
    for i, tag in enumerate(pos):
        if not (tag == NOUN_POS or tag == PRON_POS or tag == NUM_POS or lower[i] in words
                or (tag == PROPN_POS and lower[i] in keyed)):  # "the North": a name-like description
            continue
        if i in ctx.skip or i in ents.token_entity:
            continue
        tok = doc[i]
        if tok.lower_ in rules.pronouns and (tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$")):
            _pronoun(ctx, tok)
            continue
        group = _group_number(ctx, tok)
        if group is not None:
            keys = _resolve_group(ctx, tok, *group)
            if keys:
                _link(ctx, tok, keys, _surface(tok))
                _add_candidate(ctx, tok, keys, "pl", group[1] == frozenset({"Person"}))
            continue
        spec = _description(ctx, tok)
        if spec is not None:
            keys = _resolve_description(ctx, tok, spec) or _state_body(ctx, tok, spec)
            if keys:
                ctx.described[tok.lemma_.lower()] = keys
                _link(ctx, tok, keys, _surface(tok))
                _add_candidate(ctx, tok, keys, "sg", False)
            continue
        person = _resolve_title(ctx, tok)
        if person is not None:
            _link(ctx, tok, (person,), _surface(tok))
            _add_candidate(ctx, tok, (person,), "sg", True)
            continue
        keys = _repeated_head(ctx, tok)
        if keys:
            _link(ctx, tok, keys, _surface(tok))
            continue
        _possessed_country(ctx, tok)

    _first_person(ctx)
    if ctx.groups:
        ents.groups.update(ctx.groups)
    return ents


def _repeated_head(ctx: _Context, tok) -> Referent | None:
    """ "Russian drones attacked Kyiv. Poland said the drones violated its airspace": a definite noun that repeats
    the head of a phrase of the last sentences which stood for one actor (by a demonym or a possessor) names
    that actor again. Only for the forces and craft of coref.json's repeated_heads, and only with nothing of
    its own that says whose they are."""
    lemma = tok.lemma_.lower()
    if lemma not in ctx.rules.repeated_heads or _determiner(tok) not in ("the", "these", "those") \
            or tok.dep_ in ("compound", "poss"):
        return None
    # a plain adjective is no owner ("the armed drones"); a demonym, a name, a count or a phrase is
    if any(c.dep_ in ("compound", "poss", "nmod", "prep", "relcl", "acl", "appos", "nummod")
           or (c.dep_ == "amod" and (c.i in ctx.ents.token_entity or c.ent_type_)) for c in tok.children):
        return None  # "the Chinese vessels", "the drones of ...", "the two boats": a phrase of its own
    sent = ctx.sent_of(tok.i)
    plural = _is_plural(tok)
    for c in reversed(ctx.candidates):
        if c.i >= tok.i:
            continue
        if sent - c.sent > ctx.rules.window:
            break
        ante = ctx.doc[c.i]
        if ante.lemma_.lower() == lemma and _is_plural(ante) == plural and c.i not in ctx.ents.token_entity:
            return c.keys if len(c.keys) == 1 and not c.group else None
    return None


def _previous_speaker(ctx: _Context, tok):
    """'Pashinyan said Armenia would stay away. "We have frozen our participation."': a sentence that is all
    quote goes on the words of whoever spoke in the sentence before it, in the same paragraph."""
    sent = tok.sent
    if any(t.i not in ctx.quoted and not t.is_punct and not t.is_space for t in sent):
        return None
    n = ctx.sent_of(tok.i)
    if n == 0 or ctx.para_of(ctx.sent_starts[n - 1]) != ctx.para_of(tok.i):
        return None
    root = ctx.doc[ctx.sent_starts[n - 1]].sent.root
    if root.lemma_.lower() not in ctx.args.lex.reporting_verbs:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _first_person(ctx: _Context) -> None:
    """'"We condemn the attack," the ministry said', '"We stand with our ally," Price said': in a quote, "we"
    and "our" are whoever the sentence gives the quote to, when that is one actor outside the quote; a
    minister's or a spokesman's "we" is the state he speaks for."""
    ents = ctx.ents
    for i in sorted(ctx.quoted):
        tok = ctx.doc[i]
        if tok.lower_ not in ctx.rules.first_person or i in ents.token_entity or tok.pos_ != "PRON":
            continue
        speaker = _speaker_token(tok, ctx.args.lex) or _previous_speaker(ctx, tok)
        if speaker is not None and speaker.i in ctx.groups and speaker.i not in ctx.quoted:
            _link(ctx, tok, ctx.groups[speaker.i], tok.text)  # '"Our states will not travel," they said': all of them
            continue
        if speaker is None or speaker.i in ctx.quoted or len({k for k, _ in ctx.args.expand(speaker)}) != 1:
            continue  # "We condemn it," France and Germany said: relations read every speaker's side
        key = ctx.args.quoted_self(tok, speaker)
        if key is not None and ctx.etype(key) in ACTOR_TYPES:
            _link(ctx, tok, (key,), tok.text)


def _pronoun(ctx: _Context, tok) -> None:
    rules = ctx.rules
    kind = rules.pronouns[tok.lower_]
    number = "pl" if kind == "pl" else "sg"
    person = kind == "person"
    if tok.lower_ == "it" and is_pleonastic(tok, rules):
        return
    keys = _conjunct_owner(ctx, tok) or _resolve_pronoun(ctx, tok)
    if keys:
        _link(ctx, tok, keys, tok.text)
    if tok.dep_ in SUBJECT_DEPS | OBJECT_DEPS or keys:
        # a resolved pronoun carries its referent on; an unresolved "it" still competes for the next one
        _add_candidate(ctx, tok, keys or (), number, person)


def _conjunct_owner(ctx: _Context, tok) -> Referent | None:
    """ "sanctions on Iran's intelligence ministry and its minister": a possessive "its" in a conjunct
    stands for the singular body or state named in the conjunct before it."""
    if tok.lower_ != "its" or tok.dep_ != "poss" or tok.head.dep_ != "conj" or tok.i < 2 \
            or ctx.doc[tok.i - 1].lower_ != "and":
        return None
    i = _skip_bracketed(ctx.doc, tok.i - 2)  # the name before "and", past an acronym: "the Ministry ... (MOIS) and its"
    key = ctx.ents.token_entity.get(i)
    if key is None or i in ctx.ents.groups or ctx.etype(key) not in ("Agency", "Organization", "Country"):
        return None
    return (key,)


def _possessed_country(ctx: _Context, tok) -> None:
    """ "his country", "her government": the country of the person the possessive stands for."""
    if tok.pos_ != "NOUN" or tok.lower_ not in ("country", "nation", "government") or tok.i in ctx.ents.token_entity:
        return
    poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "whose")]
    if not poss:
        return
    if poss[0].lower_ == "whose":
        # "Anwar Ibrahim, whose country holds the chairmanship": the person the relative clause describes
        described = whose_antecedent(tok, depth=len(tok.doc))
        person = ctx.ents.token_entity.get(described.i) if described is not None else None
    else:
        person = ctx.ents.token_entity.get(poss[0].i)
    if person is None or ctx.etype(person) != "Person":
        return
    country = ctx.posts.get(person)
    if country is None:  # "Abiy said his country ...": the state the actor dictionary gives the person
        from .relations import office_of

        held = office_of(person, None, ctx.args.date)
        if held and load_gazetteer().entries[held].type == "Country" and (
                held in ctx.ents.entities or _add_known(ctx.ents, held)):
            country = held
    if country:
        _link(ctx, tok, (country,), _surface(tok))
        _add_candidate(ctx, tok, (country,), "sg", False)


__all__ = ["Candidate", "CorefRules", "Description", "dateline_spans", "is_pleonastic", "load_rules",
           "parse_rules", "quoted_tokens", "resolve_mentions"]
