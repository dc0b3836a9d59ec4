"""Relations from the grammar of each sentence, driven by the lexicon in ``ontology/lexicon.json``.

A trigger (a verb or noun lemma of a lexicon entry) fires; its arguments are read from the
dependency parse: subject (nsubj, passive agent, possessor, the subject of a light verb such as
"impose" in "imposed sanctions on"), objects (direct object, the prepositions the entry names),
each expanded over coordination ("Japan, South Korea and India") and appositions. Arguments link
to entities through the token -> entity map built by :mod:`kg.entities`; a generic noun modified
by a country ("Chinese forces") stands for that country. Structural relations (membership, positions,
locations) have their own small rules below. Nothing is read off mere co-occurrence.

Pure generator functions over a ``Doc``: no files, no RDF.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any

from . import resources
from .errors import ConfigError
from .docview import view
from .entities import HEADLINE_VERBS, DocEntities, clean_surface, load_gazetteer
from .model import Article, Evidence, Relation
from .timeref import resolve_date

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJ_DEPS = frozenset({"dobj", "obj"})
#: Confidence factor for each argument that was resolved from another sentence (pronoun, "the bloc").
RESOLVED_PENALTY = 0.8
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
#: Nouns for the states a quoted "our" speaks for: '"Our countries will not attend," the seven said'.
STATE_NOUNS = frozenset({"state", "country", "nation", "government"})
DENIALS = frozenset({"deny", "reject", "dismiss", "refute"})
#: Verbs whose subjects stand between the parties, never among them.
MEDIATING = frozenset({"mediate", "broker", "facilitate", "host", "arbitrate", "convene", "chair"})
#: Nouns for a mediation, whose modifiers name the mediators: "under Qatari and Turkish mediation".
MEDIATION_NOUNS = frozenset({"mediation", "auspices", "brokering", "facilitation"})
#: Relations that state what something is, not an event: negation of the clause around them does not apply.
STRUCTURAL = frozenset({"holdsPosition", "memberOf", "locatedIn"})
ACTOR_TYPES = frozenset({"Country", "Alliance", "Organization", "Agency", "Person"})
STATE_TYPES = frozenset({"Country", "Alliance", "Organization", "Agency"})
GROUP_TYPES = frozenset({"Alliance", "Organization"})


@dataclass(frozen=True)
class Rule:
    id: str
    predicate: str
    trigger: str  # "verb" | "noun"
    lemmas: frozenset[str]
    objects: tuple[str, ...]
    confidence: float
    require_object_lemmas: frozenset[str] = frozenset()
    require_object_lemmas_for: tuple[tuple[str, frozenset[str]], ...] = ()
    require_modifier_lemmas: frozenset[str] = frozenset()
    implicit_subject: bool = False
    copula_subject: bool = False
    symmetric_subjects: bool = False
    object_types: frozenset[str] = ACTOR_TYPES
    topic_carrier: bool = False
    reverse: bool = False  # the grammatical object is the relation's subject ("bought from")
    require_xcomp_lemmas: frozenset[str] = frozenset()  # "vowed to retaliate against": the planned act
    require_prep_lemmas: frozenset[str] = frozenset()  # "arrived ... for talks / on a visit": the purpose
    require_preps: frozenset[str] = frozenset()  # ... under these prepositions only ("was behind the attack")
    # "Beijing said Manila had provoked the clash": the one reporting the act is the relation's
    # subject, the actor of the reported act its object
    speaker_subject: bool = False
    # "summoned the Russian embassy's envoy", "expelled the French ambassador": the state behind the body or envoy
    state_objects: bool = False
    require_subtree_words: frozenset[str] = frozenset()  # "declared two diplomats persona non grata"
    require_particle: frozenset[str] = frozenset()  # "called off the talks"
    require_subject_lemmas: frozenset[str] = frozenset()  # "demonstrators protested": people, not a state
    require_future: bool = False  # "would work to maintain relations with": an intent, not a report of ties
    forbid_future: bool = False  # "restored relations with": a report, read as an intent elsewhere when announced
    #: objects the trigger never acts on in this sense: "end the war" ends no relation, "gave him 72 hours" no aid
    forbid_object_lemmas: frozenset[str] = frozenset()
    forbid_deps: frozenset[str] = frozenset()  # "called Zelensky a dictator" (oprd): a label, not a phone call
    forbid_particle: frozenset[str] = frozenset()  # "giving in to Japan": a concession, no gift
    passive_subject: bool = False  # "Israel is opposed to ...": a state, not an act done to Israel
    # "Sudan said it was recalling its ambassador, days after accusing the UAE": the one other state in reach
    posted_object: bool = False
    also: bool = False  # other rules of the trigger are still read after this one fired ("an ultimatum")
    # "Iran condemned the strikes": the doers of an act reported before; a predicate name fixes the act's
    # kind ("rejected the claims": an accusation, whatever the noun)
    event_object: bool | str = False
    #: with no object named, the act answers whoever last acted against its subject ("Cambodia
    #: responded by downgrading ties")
    doer_object: bool = False
    subject_types: frozenset[str] = frozenset()  # only these kinds of subject (empty: any)
    # "Russia was suspended from the Council of Europe": with no agent, the body in "from" did it
    passive_from_body: bool = False
    # "will not tolerate any provocation": the rule reads only the negated verb, and the negation is the act
    negated_form: bool = False
    #: a reason in "for" or "over" ("blasted Hungary for blocking EU aid"): words, not weapons
    require_reason: bool = False
    #: "Britain, France and Germany, the parties to the deal": each is bound with the deal's other side, never
    #: paired with the others named beside it
    no_subject_pairs: bool = False
    #: no object looked for deeper in the clause when its slots name none: "deploy nuclear weapons on Polish soil"
    no_subtree: bool = False


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]
    verb_rules: dict[str, tuple[Rule, ...]]
    noun_rules: dict[str, tuple[Rule, ...]]
    generic_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    # verbs whose clause is a report of someone's words: the speech verbs and "warn", which is not one
    # of them for modality ("warned that X would strike" stays a threat, not a report)
    reporting_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    prospective: frozenset[str]
    conditional_marks: frozenset[str]
    hypothetical_modals: frozenset[str]
    light_verbs: frozenset[str]
    member_verbs: frozenset[str]
    member_nouns: frozenset[str]
    titles: tuple[str, ...]
    symmetric: frozenset[str]
    agent_acl_lemmas: frozenset[str]
    person_bodies: frozenset[str]
    territory_titles: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    population_nouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()  # "protesters", "activists": groups a demonym gives a country
    org_descriptors: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()  # "the move", "the decision": any act reported just before
    #: act nouns no rule reads, by the verb that states their act: "that seizure" -> "seize"
    act_nouns: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data: dict[str, Any] = resources.lexicon()
    rules = []
    known = {f.name for f in fields(Rule)}
    for e in data["relations"]:
        unknown = sorted(set(e) - known)
        if unknown:  # a misspelt key would otherwise be ignored and the rule read wider than its author meant
            raise ConfigError(f"ontology/lexicon.json: rule {e.get('id', '?')!r} has unknown key(s) "
                              f"{', '.join(unknown)}; the keys a rule takes are the fields of kg.relations.Rule")
        rules.append(Rule(
            id=e["id"], predicate=e["predicate"], trigger=e["trigger"], lemmas=frozenset(e["lemmas"]),
            objects=tuple(e.get("objects", ())), confidence=float(e.get("confidence", 0.6)),
            require_object_lemmas=frozenset(e.get("require_object_lemmas", ())),
            require_object_lemmas_for=tuple((k, frozenset(v)) for k, v in e.get("require_object_lemmas_for", {}).items()),
            require_modifier_lemmas=frozenset(e.get("require_modifier_lemmas", ())),
            implicit_subject=bool(e.get("implicit_subject")), copula_subject=bool(e.get("copula_subject")),
            symmetric_subjects=bool(e.get("symmetric_subjects")),
            object_types=frozenset(e.get("object_types", ACTOR_TYPES)),
            topic_carrier=bool(e.get("topic_carrier")),
            reverse=bool(e.get("reverse")),
            require_xcomp_lemmas=frozenset(e.get("require_xcomp_lemmas", ())),
            require_prep_lemmas=frozenset(e.get("require_prep_lemmas", ())),
            require_preps=frozenset(e.get("require_preps", ())),
            speaker_subject=bool(e.get("speaker_subject")),
            state_objects=bool(e.get("state_objects")),
            require_subtree_words=frozenset(e.get("require_subtree_words", ())),
            require_particle=frozenset(e.get("require_particle", ())),
            require_subject_lemmas=frozenset(e.get("require_subject_lemmas", ())),
            require_future=bool(e.get("require_future")),
            forbid_future=bool(e.get("forbid_future")),
            forbid_object_lemmas=frozenset(e.get("forbid_object_lemmas", ())),
            forbid_deps=frozenset(e.get("forbid_deps", ())),
            forbid_particle=frozenset(e.get("forbid_particle", ())),
            passive_subject=bool(e.get("passive_subject")),
            posted_object=bool(e.get("posted_object")),
            also=bool(e.get("also")),
            event_object=e.get("event_object") if isinstance(e.get("event_object"), str) else bool(e.get("event_object")),
            doer_object=bool(e.get("doer_object")),
            subject_types=frozenset(e.get("subject_types", ())),
            passive_from_body=bool(e.get("passive_from_body")),
            negated_form=bool(e.get("negated_form")),
            require_reason=bool(e.get("require_reason")),
            no_subject_pairs=bool(e.get("no_subject_pairs")),
            no_subtree=bool(e.get("no_subtree")),
        ))
    verb: dict[str, list[Rule]] = {}
    noun: dict[str, list[Rule]] = {}
    for r in rules:
        for lemma in r.lemmas:
            (verb if r.trigger == "verb" else noun).setdefault(lemma, []).append(r)
    # per lemma, rules that demand a particular object or modifier are tried before the general ones
    def specific_first(rs: list[Rule]) -> list[Rule]:
        # ("told the envoy to leave": an expulsion before any told-to demand, "*")
        return sorted(rs, key=lambda r: (not (r.require_object_lemmas or r.require_modifier_lemmas
                                              or r.require_xcomp_lemmas or r.require_prep_lemmas
                                              or r.require_subtree_words or r.require_particle
                                              or r.require_subject_lemmas), "*" in r.require_xcomp_lemmas))
    verb = {k: specific_first(v) for k, v in verb.items()}
    noun = {k: specific_first(v) for k, v in noun.items()}
    roles = resources.roles()
    props = resources.relation_properties()
    symmetric = frozenset(name for name, info in props.items() if info.symmetric)
    return Lexicon(
        rules=tuple(rules),
        verb_rules={k: tuple(v) for k, v in verb.items()},
        noun_rules={k: tuple(v) for k, v in noun.items()},
        generic_nouns=frozenset(data["generic_actor_nouns"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        reporting_verbs=frozenset(data["speech_verbs"]) | {"warn", "vow", "pledge", "swear"},
        negating_verbs=frozenset(data["negating_verbs"]),
        prospective=frozenset(data["prospective_words"]),
        conditional_marks=frozenset(data["conditional_marks"]),
        hypothetical_modals=frozenset(data["hypothetical_modals"]),
        light_verbs=frozenset(data["light_verbs"]),
        member_verbs=frozenset(data["member_verbs"]),
        member_nouns=frozenset(data["member_nouns"]),
        titles=tuple(sorted((t.lower() for t in roles.get("titles", [])), key=len, reverse=True)),
        symmetric=symmetric,
        agent_acl_lemmas=frozenset(data.get("agent_acl_lemmas", ())),
        person_bodies=frozenset(data.get("person_bodies", ())),
        territory_titles=frozenset(roles.get("territory_titles", ())),
        title_words=frozenset(w for t in roles.get("titles", ()) for w in t.lower().split()),
        population_nouns=frozenset(data.get("population_nouns", ())),
        group_nouns=frozenset(data.get("demonym_group_nouns", ())),
        org_descriptors=frozenset(data.get("org_descriptor_nouns", ())),
        quantity_nouns=frozenset(data.get("quantity_nouns", ())),
        event_nouns=frozenset(data.get("event_nouns", ())),
        act_nouns=dict(data.get("act_nouns", {})),
    )


# ---------------------------------------------------------------- argument reading

class Args:
    """Token -> entity resolution for one document."""

    def __init__(self, doc, ents: DocEntities, lex: Lexicon, date: str | None = None):
        self.doc = doc
        self.repeated = False  # the last rule applied stated only relations already stated in its sentence
        self.dateline: list[tuple[int, int]] | None = None  # character span of the story's dateline, when read
        self.ents = ents
        self.lex = lex
        self.date = date  # the article's date, for dated facts such as who held an office
        self.found_subjects: list[tuple[str, object]] = []  # set by _apply: the subjects the last rule tried found
        # asserted acts read so far, in order: (sentence start, predicate, doer, doer token)
        self.events: list[tuple[int, str, str, object]] = []
        # acts that named no party ("Russia suspended its participation in New START"): read by a later
        # "the decision" only when no act with a party is in reach
        self.bare_events: list[tuple[int, str, str, object]] = []
        #: asserted clashes and attacks: (sentence start, doer, target, doer token, target token)
        self.conflicts: list[tuple[int, str, str, object, object]] = []
        # asserted acts by whom they were done to: object -> [(sentence start, predicate, doer, doer token)]
        self.done_to: dict[str, list[tuple[int, str, str, object]]] = {}
        self.posts: dict[str, str] = {}  # person -> the country whose office they were first said to hold
        self.sides: dict[str, set[str]] = {}  # person -> every body they were said to serve
        self._sent_no: dict[int, int] | None = None
        self._sent_starts: list[int] = []  # filled with _sent_no: sentence ordinal -> its first token
        self.across_sentences = True  # read acts named by a description back to an earlier sentence
        # "Poland's interior minister accused Belarus ...": (sentence number, state, title noun) of a title
        # named without its holder, whom the next sentence may name ("Tomasz Siemoniak said ...")
        self.untitled_post: tuple[int, str, object] | None = None

    def home_state(self) -> str | None:
        """The country of the story's dateline ("MANILA, Philippines —", "LONDON (Reuters) —"), if any."""
        if not hasattr(self, "_home"):
            from .coref import dateline_places
            self._home = None
            gaz = load_gazetteer()
            for place in dateline_places(self.doc.text)[:1]:
                for part in reversed([p.strip() for p in place.split(",") if p.strip()]):
                    found = gaz.forms.get(part) or gaz.forms.get(part.title())
                    if found and found[1] in ("name", "alias", "capital", "seat") \
                            and gaz.entries[found[0]].type == "Country" \
                            and (found[0] in self.ents.entities or _add_known(self.ents, found[0])):
                        self._home = found[0]
                        break
        return self._home

    def sent_no(self, start: int) -> int:
        """Ordinal of the sentence starting at token ``start``."""
        if self._sent_no is None:
            self._sent_no = {s.start: i for i, s in enumerate(self.doc.sents)}
            self._sent_starts = list(self._sent_no)
        return self._sent_no[start]

    def sentence_back(self, start: int, back: int) -> int:
        """Start of the sentence ``back`` sentences before the one starting at token ``start`` (the
        article's first sentence at most)."""
        n = self.sent_no(start)  # first: it fills _sent_starts on the first call
        return self._sent_starts[max(0, n - back)]

    def entity_at(self, tok) -> str | None:
        """The entity a noun-phrase head stands for, if any."""
        key = self.ents.token_entity.get(tok.i)
        if key:
            return key
        if tok.lower_ in FIRST_PERSON and _in_quote(tok):
            return self.quoted_self(tok)
        # "the M23, an ethnic Tutsi force widely linked to Rwanda": the force is the M23
        if tok.dep_ == "appos" and tok.pos_ == "NOUN":
            key = self.ents.token_entity.get(tok.head.i)
            if key:
                return key
            key = self._described_group(tok.head)  # "the M23 rebel group, an ethnic Tutsi force"
            if key:
                return key
        # "airman, Jack Teixeira": the apposition names it
        for child in tok.children:
            if child.dep_ == "appos":
                key = self.ents.token_entity.get(child.i)
                if key:
                    return key
        # "the Trump administration", "the former administration of President Moon": not the man himself
        # but the state he leads or led, when the sentence or the actor dictionary says which
        if tok.lemma_.lower() in self.lex.person_bodies:
            heads = list(tok.children) + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                          for p in c.children if p.dep_ == "pobj"]
            for c in heads:
                k = self.ents.token_entity.get(c.i)
                if k is None or self.ents.entities[k].type != "Person":
                    continue
                state = _home_state(k, c, self) or office_of(k, None, None)
                if state and (state in self.ents.entities or _add_known(self.ents, state)) \
                        and self.ents.entities[state].type == "Country":
                    return state
                return None
        key = self._described_group(tok)
        if key:
            return key
        if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG":
            # "the US Treasury Department": the gazetteer named "US Treasury", the tagger's name goes on
            for c in tok.children:
                k = self.ents.token_entity.get(c.i)
                if c.dep_ == "compound" and c.ent_type_ == "ORG" and k \
                        and self.ents.entities[k].type in ("Agency", "Organization", "Alliance"):
                    return k
        # "thousands of Iraqi Kurds", "a group of Chechen refugees": the people counted
        if tok.lemma_.lower() in self.lex.quantity_nouns or (tok.like_num and tok.pos_ == "NUM"):
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for p in child.children:
                        if p.dep_ == "pobj":
                            return self.entity_at(p)
        # "Chinese forces", "U.S. officials", "China's coast guard vessels"
        if tok.lemma_.lower() in self.lex.generic_nouns or tok.lower_ in self.lex.generic_nouns:
            # a country's group before the country: "Ugandan opposition candidates" are the opposition's
            for child in tok.children:
                key = self.ents.token_entity.get(child.i)
                if child.dep_ in ("amod", "compound") and key and self.ents.entities[key].type == "Organization" \
                        and self.ents.entities[key].parent:
                    return key
            # a demonym or name on the noun before its possessor: "his Saudi counterpart" is Saudi
            for child in sorted(tok.children, key=lambda c: c.dep_ == "poss"):
                if child.dep_ in ("amod", "compound", "poss", "nmod"):
                    key = self.ents.token_entity.get(child.i)
                    if key is None and child.dep_ == "poss" and child.lower_ in FIRST_PERSON and _in_quote(child):
                        key = self.quoted_self(child)  # "our country", said a minister
                    if key and self.ents.entities[key].type in STATE_TYPES:
                        return key
                    if key and child.dep_ == "poss" and child.pos_ == "PRON" and tok.lower_ in self.lex.title_words \
                            and self.ents.entities[key].type == "Person":
                        # "Petro ordered his trade minister to raise tariffs": the leader's state acts
                        state = _home_state(key, child, self)
                        if state and self.ents.entities.get(state) is not None:
                            return state
                    if key and self.ents.entities[key].type == "Location" and tok.lemma_.lower() in PLACE_NOUNS \
                            and child.dep_ in ("compound", "nmod") and not (
                                tok.lower_ == "state" and (child.lower_,) in _coref_rules().regions):
                        return key  # "the Nagorno-Karabakh region": the place named; "the Gulf state" is a country
                    for sub in child.children:  # "China's coast guard": compound -> poss
                        if sub.dep_ in ("poss", "compound"):
                            key = self.ents.token_entity.get(sub.i)
                            if key and self.ents.entities[key].type in STATE_TYPES:
                                return key
            # "forces of China", "imports from the European Union", "students throughout Indonesia"
            preps = ("of", "from", "in", "throughout", "across") if tok.lemma_.lower() in self.lex.population_nouns \
                else ("of", "from", "for") if tok.lemma_.lower() in SPOKES_TITLES else ("of", "from")
            # ("a spokesperson for the Chinese embassy": the body spoken for)
            if tok.lemma_.lower() in GOVERNMENT_NOUNS or (tok.lemma_.lower() == "force" and any(
                    c.dep_ in ("compound", "amod") and c.lower_ == "security" for c in tok.children)):
                # "the new government in Seoul", "the regime in Damascus", "security forces in Guinea":
                # the state of that capital or country
                for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children):
                    key = self.ents.capital_of.get(p.i)
                    if key and (key in self.ents.entities or _add_known(self.ents, key)):
                        return key
                    key = self.ents.token_entity.get(p.i)
                    if key and self.ents.entities[key].type == "Country":
                        return key
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    for p in child.children:
                        if p.dep_ == "pobj":
                            key = self.ents.token_entity.get(p.i)
                            if key is None and (p.lemma_.lower() in GOVERNMENT_NOUNS or (
                                    p.lemma_.lower() in self.lex.generic_nouns and p.i > tok.i)):
                                # "leaders of Romania's new government", "imports of U.S. farm goods"
                                key = self.entity_at(p)
                            if key and self.ents.entities[key].type in STATE_TYPES:
                                return key
            # "30 militants belonging to the Pakistani Taliban", "fighters loyal to Hamas": the group's
            for child in tok.children:
                if (child.dep_ == "acl" and child.lemma_.lower() in ("belong", "affiliate")) or \
                        (child.dep_ == "amod" and child.lower_ == "loyal"):
                    for p in (p for c in child.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                              for p in c.children if p.dep_ == "pobj"):
                        key = self.ents.token_entity.get(p.i)
                        if key and self.ents.entities[key].type in GROUP_TYPES | {"Agency"}:
                            return key
        return None

    def _described_group(self, noun) -> str | None:
        """ "al-Qaeda's terror network", "the Hamas movement": a descriptor noun of the group it names."""
        if noun.lemma_.lower() not in self.lex.org_descriptors:
            return None
        for child in noun.children:
            if child.dep_ in ("compound", "nmod"):
                key = self.ents.token_entity.get(child.i)
                if key and self.ents.entities[key].type in GROUP_TYPES | {"Agency"}:  # "the Taliban faction"
                    return key
        return None

    def quoted_self(self, tok, speaker=None) -> str | None:
        """ "We will respond," the ministry said: "we" is the speaker's side, "I" the speaker."""
        speaker = speaker if speaker is not None else _speaker_token(tok, self.lex)
        if speaker is None or speaker.lower_ in FIRST_PERSON:
            return None
        key = self.entity_at(speaker)
        if key is None or tok.lower_ in ("i", "me", "my"):
            return key
        if self.ents.entities[key].type == "Person":
            return _home_state(key, speaker, self) or key
        return key

    def _reported_speakers(self, tok) -> list[tuple[str, object]] | None:
        """ "We condemn it," the leaders of France and Germany said / France and Germany said they would
        respond: a pronoun for the reporting side stands for every speaker. None when not such a pronoun."""
        if tok.i in self.ents.token_entity:
            return None
        word = tok.lower_
        reporting = word in ("we", "us", "our") and _in_quote(tok)
        if not reporting and word == "they" and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp":
            verb = tok.head.head.lemma_.lower()
            reporting = verb in self.lex.reporting_verbs or verb in PLEDGE_VERBS
        if not reporting:
            return None
        speaker = _speaker_token(tok, self.lex) if word != "they" else next(
            (c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.lower_ in FIRST_PERSON or (
                speaker.lower_ == "they" and (word == "they" or speaker.i not in self.ents.groups)):
            return None  # ("our states," they said: a "they" resolved to a group speaks for all of it)
        found = self.expand(speaker)
        if word == "they" and len(found) < 2:
            return None  # "they" for one named speaker is someone else
        out = []
        for key, t in found:
            if self.ents.entities[key].type == "Person" and word != "they":
                key = _home_state(key, t, self) or key
            if all(k != key for k, _ in out):
                out.append((key, t))
        return out

    def named_after_title(self, tok):
        """The state named right after "NATO ally" or "EU member" when the parser left the name apart."""
        if tok.lemma_.lower() not in ("ally", "member", "partner") or tok.i in self.ents.token_entity \
                or tok.i + 1 >= len(tok.doc) or not tok.whitespace_:
            return None
        nxt = tok.doc[tok.i + 1]
        key = self.ents.token_entity.get(nxt.i)
        if key is None or nxt.pos_ != "PROPN" or self.ents.entities[key].type != "Country" or nxt.head.i == tok.i:
            return None
        body = any(c.dep_ in ("compound", "nmod", "amod") and self.ents.token_entity.get(c.i)
                   and self.ents.entities[self.ents.token_entity[c.i]].type in GROUP_TYPES for c in tok.children)
        return nxt if body else None

    def expand(self, tok) -> list[tuple[str, object]]:
        """Entities named by a head token and everything coordinated with it."""
        if tok.dep_ in ("dobj", "obj") and tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl" \
                and tok.i not in self.ents.token_entity and tok.head.head.i != tok.head.i:
            return self.expand(tok.head.head)  # "Ukraine, which Russia invaded in 2022": the noun the clause is on
        named = self.named_after_title(tok)
        if named is not None:
            return self.expand(named)  # "sanctions on NATO ally Turkey", the name parsed apart from its title
        if tok.i not in self.ents.token_entity and tok.lemma_.lower() in STATE_NOUNS:
            # '"Our states are pausing participation," the seven said': every one of them
            ours = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "our"), None)
            if ours is not None and ours.i in self.ents.groups:  # resolved to a group (kg.coref)
                return [(k, ours) for k in self.ents.groups[ours.i]]
            speakers = self._reported_speakers(ours) if ours is not None else None
            if speakers and len(speakers) > 1:
                return speakers
        reported = self._reported_speakers(tok)
        if reported is not None:
            return reported
        out: list[tuple[str, object]] = []
        heads = [tok] + list(tok.conjuncts)
        # "two US defense firms -- Lockheed Martin and Northrop Grumman": the named firms, not the US
        if tok.i not in self.ents.token_entity:
            named = [c for c in tok.children if c.dep_ == "appos" and c.i in self.ents.token_entity]
            if not named and tok.lemma_.lower() in self.lex.title_words:
                # "a spokesman for Niger's junta, Colonel Amadou Abdramane, accused ...": the name hung on the body
                named = [a for prep in ("for", "of", "to") for p in _prep_objects(tok, prep) for a in p.children
                         if a.dep_ == "appos" and self.ents.entities.get(self.ents.token_entity.get(a.i, ""))
                         and self.ents.entities[self.ents.token_entity[a.i]].type == "Person"]
            if named:
                heads = [t for c in named for t in [c] + list(c.conjuncts)]
        # "The AES, a confederation of Mali, Burkina Faso and Niger, ...": the grouping's members act with it
        for h in list(heads):
            for child in h.children:
                if child.dep_ != "appos":
                    continue
                for p in _prep_objects(child, "of"):
                    # a grouping noun, or any noun (not a title) whose "of" names a list of states
                    listed = [p] + list(p.conjuncts)
                    if child.lemma_.lower() in GROUPING_NOUNS or (
                            len(listed) >= 2 and child.lower_ not in self.lex.title_words
                            and sum(self.ents.entities.get(self.ents.token_entity.get(x.i, ""), None) is not None
                                    and self.ents.entities[self.ents.token_entity[x.i]].type == "Country"
                                    for x in listed) >= 2):
                        heads += listed
        # "... hosted President al-Sisi and Somali President Mohamud" parsed with Sisi as a modifier of
        # Mohamud: a modifier that is another entity of the same kind, with its own "and", is coordinated
        for h in list(heads):
            hk = self.ents.token_entity.get(h.i)
            if hk is None:
                continue
            for child in [g for c in h.children if c.dep_ in ("amod", "compound", "nmod") for g in (c, *c.children)]:
                ck = self.ents.token_entity.get(child.i)
                if child.dep_ in ("amod", "compound", "nmod") and ck and ck != hk \
                        and self.ents.entities[ck].type == self.ents.entities[hk].type \
                        and any(c.dep_ in ("cc", "conj") for c in child.children):
                    heads.append(child)
        # "countries such as Japan, India and Vietnam" / "(US, India, Japan and Australia)"
        for h in list(heads):
            for child in h.children:
                if child.dep_ == "prep" and child.lower_ == "including" and self.entity_at(h) is not None:
                    # "imports from the European Union, including Denmark": the members named too
                    heads += [p for q in child.children if q.dep_ == "pobj" for p in [q] + list(q.conjuncts)]
                    continue
                if child.dep_ == "appos" and child.i in self.ents.token_entity and h.i in self.ents.token_entity:
                    # "Lebanese group Hezbollah, Yemeni group Houthi": an appositive list member
                    if self.ents.entities[self.ents.token_entity[child.i]].type == \
                            self.ents.entities[self.ents.token_entity[h.i]].type:
                        heads += [child] + list(child.conjuncts)  # "Mali, Burkina Faso and Niger" parsed as an apposition
                    continue
                if child.dep_ == "prep" and child.lower_ == "as" and any(c.lower_ == "such" for c in child.children):
                    for p in child.children:
                        if p.dep_ == "pobj":
                            heads += [p] + list(p.conjuncts)
                elif child.dep_ == "appos" and child.i not in self.ents.token_entity and self.entity_at(h) is None:
                    heads += [child] + list(child.conjuncts)
                elif child.dep_ == "appos" and self.ents.token_entity.get(child.i) and self.entity_at(h) is None:
                    heads += list(child.conjuncts)
                elif child.dep_ == "appos" and child.i not in self.ents.token_entity and h.i in self.ents.token_entity \
                        and child.i > h.i:
                    # "France, the former colonial power, and the European Union": the "and" hangs on the
                    # apposition, whose conjuncts are the name's
                    heads += [c for c in child.conjuncts if c.i in self.ents.token_entity]
        seen = set()
        for h in heads:
            key = self.entity_at(h)
            if key is None:
                continue
            group = self.ents.groups.get(h.i)
            if group is None and h.i not in self.ents.token_entity:
                # "the foreign ministers of both countries", "the two countries' leaders": the group's
                group = next((self.ents.groups[p.i] for p in _holders(h)
                              if p.i in self.ents.groups and self.ents.groups[p.i][0] == key), None)
            for k in group or (key,):  # "the two countries": every member
                if k not in seen:
                    seen.add(k)
                    out.append((k, h))
            if h.i not in self.ents.token_entity:
                # "leaders of Japan and the United States": every coordinated "of" object
                for child in h.children:
                    if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                        for p in child.children:
                            if p.dep_ == "pobj":
                                for conj in p.conjuncts:
                                    k = self.entity_at(conj)
                                    if k and k not in seen:
                                        seen.add(k)
                                        out.append((k, conj))
                # "Indian and Chinese troops": every coordinated modifier of a generic noun
                for child in h.children:
                    if child.dep_ in ("amod", "compound", "nmod") and child.i in self.ents.token_entity:
                        for conj in child.conjuncts:
                            k = self.ents.token_entity.get(conj.i)
                            if k and k not in seen and self.ents.entities[k].type in STATE_TYPES:
                                seen.add(k)
                                out.append((k, conj))
        return out


PLEDGE_VERBS = frozenset({"vow", "pledge"})  # "France and Germany vowed they would ...": they are the vowers
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
OPENING_QUOTES = frozenset({"“", "«", "‘"})
CLOSING_QUOTES = frozenset({"”", "»", "’"})


def _in_quote(tok) -> bool:
    """Is the token inside quotation marks in its sentence?"""
    inside = False
    for t in tok.doc[tok.sent.start: tok.i]:
        if t.text in OPENING_QUOTES:
            inside = True
        elif t.text in CLOSING_QUOTES:
            inside = False
        elif t.text in ('"', "``", "''"):
            inside = not inside
    return inside


FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
#: Verbs of going on with an act, which name it in their own xcomp: "continue sharing", "keep supporting".
ASPECTUAL = frozenset({"continue", "keep", "resume", "start", "begin", "remain"})
INTENT_VERBS = frozenset({"work", "seek", "aim", "want", "pledge", "vow", "promise", "commit", "strive", "hope",
                          "plan", "intend", "agree", "try", "look", "move", "wish", "offer"})


def _is_future(tok, lex: Lexicon) -> bool:
    """Is the act announced or intended rather than reported: "will deepen", "pledged to deepen",
    "would work to maintain", "its commitment to strengthen"?"""
    if tok.tag_ == "VBD":
        return False  # "flew to Niamey to try to mediate and met both": a verb in the past tense reports a done act
    node, hops = tok, 0
    while hops < 4:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return True
        if node is not tok and (node.lemma_.lower() in INTENT_VERBS or node.lemma_.lower() in lex.prospective):
            return True
        if node.dep_ not in ("xcomp", "acl", "conj", "advcl", "pcomp", "pobj", "prep") or node.head.i == node.i:
            return False
        if node.dep_ == "acl" and node.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in node.children):
            return False  # "agreed ... in a deal brokered by China": the participle reports a done act
        if node.dep_ == "prep" and node.lower_ in TIME_CAUSE_PREPS:
            return False  # "agreed to a ceasefire after talks in Doha": the talks are no plan
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "because", "as",
                                                                        "when", "while") for c in node.children):
            return False  # "agreed ... after talks mediated by Qatar": a clause of time or cause
        node, hops = node.head, hops + 1
    return False


def _named_or_holder(p, args: Args, depth: int = 2, doer_of_patient: bool = False) -> list[tuple[str, object]]:
    """The actors a noun names, or else the actor it belongs to: "South Korea's drills",
    "the policies of Israel", "violations by the Israeli military", "disapproval of the US' policies"."""
    got = args.expand(p)
    if not got:
        # "protest at Moscow's invasion of Ukraine": the possessor acts, the "of" names its victim
        has_poss = any(c.dep_ == "poss" and c.pos_ == "PROPN" and args.entity_at(c) for c in p.children)
        for c in p.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and args.ents.token_entity.get(c.i)):
                held = args.expand(c)  # "nmod": "the Council of Europe's committee", a possessor of several words
                if doer_of_patient and p.lemma_.lower() in PATIENT_ACTS:
                    # "concern over Castillo's removal": whoever removed him, if told; never Castillo
                    held = [d for k, _ in held for d in [_doer_of(k, p.sent, args)] if d is not None]
                got += held
            elif c.dep_ in ("prep", "agent") and c.lower_ in (("by",) if has_poss else ("of", "by", "from")):
                for q in (q for q in c.children if q.dep_ == "pobj"):
                    got += _named_or_holder(q, args, depth - 1) if depth > 1 else args.expand(q)
    return got


def _clause_verb(pobj):
    """The verb an "in ..." phrase of ``pobj`` belongs to, directly or through the verb's object
    ("recalled its ambassador in protest": the parser hangs the phrase on "ambassador")."""
    up = pobj.head.head
    if up.pos_ == "NOUN" and up.dep_ in ("dobj", "obj") and up.head.pos_ == "VERB":
        up = up.head
    return up if up.pos_ == "VERB" else None


PARTICIPATE_VERBS = frozenset({"participate", "engage", "partake", "join", "involve"})
OWN_SIDE_EXCLUDED = frozenset({"threatens", "reducesRelationsWith", "sanctions", "demands"})  # never against one's own state
UNDERGO_VERBS = frozenset({"face", "suffer", "endure", "weather", "undergo", "sustain"})
#: Verbs by which an act or an actor earns a reaction from someone: "the strike drew condemnation from Poland",
#: "..., prompting a rebuke from China", "Russia faced criticism from the EU".
DRAWING_VERBS = frozenset({"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn", "elicit", "face",
                           "incur"})
STRIKING_VERBS = frozenset({"hit", "target", "affect", "strike", "punish", "slap", "sanction"})  # "hit by X's tariffs"
REASON_PREPS = frozenset({"over", "about", "despite", "amid", "because", "than", "against"})
AFTER_EVENT = frozenset({"after", "following", "during", "at", "in"})  # prepositions placing a speaker at a past event


def _people_token(tok, args: Args):
    """The plural demonym that heads ``tok``'s phrase ("Palestinians", "thousands of Nigerians"), if any:
    the people of a country, not its state."""
    for t in [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj"]:
        if args.ents.kinds.get(t.i) == "demonym" and t.tag_ in ("NNPS", "NNS") and t.pos_ in ("PROPN", "NOUN"):
            return t
    return None


def _opposes_something(tok) -> bool:
    """Does the protest name what it opposes ("against job quotas", "over fuel prices", "protested the law")?"""
    return any((c.dep_ == "prep" and c.lower_ in ("against", "over")) or c.dep_ in ("dobj", "obj") for c in tok.children)


def _own_people(noun, state: str, args: Args, groups_only: bool = False) -> tuple[str, object] | None:
    """ "hundreds of protesters", "opposition supporters": a group of ``state``'s people, when the phrase
    names no entity of its own. ``groups_only``: not "people" or "civilians", whom a state's forces
    may as well kill abroad ("a US strike killed 11 people")."""
    from .entities import entity_key
    from .model import Entity

    if noun.lemma_.lower() in args.lex.quantity_nouns or noun.pos_ == "NUM":
        inner = _prep_objects(noun, "of")
        noun = inner[0] if inner else noun
    lemma = noun.lemma_.lower()
    if lemma not in args.lex.group_nouns and (groups_only or lemma not in args.lex.population_nouns):
        return None
    if any(t.i in args.ents.token_entity for t in noun.subtree) or not (state in args.ents.entities or
                                                                        _add_known(args.ents, state)) \
            or args.ents.entities[state].type != "Country":
        return None  # the state may come from the actor dictionary alone ("Sheikh Hasina's police")
    plural = lemma if lemma.endswith("s") or lemma in ("people", "police", "personnel", "staff") else lemma + "s"
    label = f"{plural.capitalize()} ({args.ents.entities[state].label})"
    group = entity_key(label)
    if group not in args.ents.entities:
        args.ents.entities[group] = Entity(key=group, label=label, type="Organization", iso3=None, parent=state)
    return group, noun


def _population(key: str, tok, args: Args) -> tuple[str, object]:
    """The people a plural demonym names ("Nigerians", "thousands of Kenyans"), as a group of that
    country (Organization with the country as parent)."""
    from .entities import entity_key
    from .model import Entity

    ent = args.ents.entities[key]
    head = _people_token(tok, args)
    if ent.type != "Country" or head is None:
        return key, tok
    label = f"{head.text} ({ent.label})"
    group = entity_key(label)
    if group not in args.ents.entities:
        args.ents.entities[group] = Entity(key=group, label=label, type="Organization", iso3=None, parent=key)
    return group, tok


def _agent_acls(noun, lex: Lexicon) -> list:
    """Participles that give a noun its doer: "the exercise conducted by X", "sanctions imposed by X"."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in lex.agent_acl_lemmas and any(a.dep_ == "agent" for a in c.children)]


def _doing_relatives(noun, lex: Lexicon) -> list:
    """Relative clauses whose subject does the noun: "the sanctions (that) Washington imposed on Turkey", "the
    exercises which China conducted"; the noun is the clause's object."""
    return [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in lex.agent_acl_lemmas
            and not _is_passive(c) and all(o.lower_ in ("that", "which") for o in _children(c, OBJ_DEPS))
            and not any(s.lower_ in ("that", "which", "who") for s in _children(c, {"nsubj"}))]


# acts of cooperation whose announcement is a pledge to cooperate (CAMEO 03x: 031-036)
COOPERATIVE = frozenset({"providesAidTo", "cooperatesMilitarilyWith", "sharesIntelligenceWith", "signsAgreementWith",
                         "meetsWith"})
EVENT_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
EVENT_PENALTY = 0.8  # an act named by a description is read less surely than one named in its own clause


#: Verbs that name what a free relative "what" stands for: "condemned what it called Thailand's aggression".
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})
#: ... and those that also give a label to a verbless clause's subject ("declaring it an aggressor state").
LABELLING_VERBS = NAMING_VERBS | {"declare", "deem", "consider"}


def _what_called(verb) -> list:
    """The label of a free relative object: "condemned what it called Thailand's aggression" -> "aggression"."""
    return [o for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_VERBS
            and any(w.dep_ in ("dobj", "obj") and w.lower_ == "what" for w in c.children)
            for o in c.children if o.dep_ in ("oprd", "attr") and o.pos_ == "NOUN"]


def _labelled(verb) -> list:
    """ "declaring it an aggressor state", "called Russia a threat": with no object, the subject of the
    verbless clause that gives the label is the one labelled (a name or a pronoun: an act labelled, "called
    the strikes a violation", is read for its doers by the dobj_of slot)."""
    if verb.lemma_.lower() not in LABELLING_VERBS:
        return []
    return [g for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")
            for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.pos_ in ("PRON", "PROPN")]


def _existential(verb) -> list:
    """What "there is" or "there will be" says is: "there will be consequences"."""
    if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return []
    return _children(verb, {"attr"})


def _act_objects(verb) -> list:
    """The nouns a verb's object names: "condemned the strikes"; "called the burning "deeply
    disrespectful"", where the parser hangs the noun on the label; "there will be consequences for the
    barrage": the act the consequences are for."""
    if (there := _existential(verb)):
        return [p for a in there for p in _prep_objects(a, "for")]
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")] or [
        g for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") for g in c.children
        if g.dep_ in ("nsubj", "npadvmod") and g.pos_ == "NOUN" and g.i < c.i] or [
        c for c in verb.children if c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in verb.children)]
    # (the last: "the talks were mediated by Qatar", "the strikes were condemned by Iran")


def _event_doers(verb, args: Args, sent, kind: str | None = None, subject_act: bool = False) -> list[tuple[str, object]]:
    """ "The US and Britain struck Houthi sites. Iran condemned the strikes.": the doers of the act a
    definite description names, from the nearest sentence before that reported one of its kind ("the
    strikes": an attack, up to ten sentences back; "the move", "the decision": any act, up to two).
    With ``kind`` the act is of that kind whatever the noun ("rejected the claims": an accusation);
    "..., a charge Caracas rejected" reads the accusation of its own sentence. With ``subject_act`` the act is
    the verb's subject: "the strikes would not go unpunished"."""
    # (with no subject, "there will be consequences for the barrage", the act the verb's object is for)
    nouns = (subject_act and [c for c in verb.children if c.dep_ == "nsubj"]) or _act_objects(verb)
    same_sentence = False
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in args.lex.event_nouns:
        # "Maduro ordered the creation of a province, a move Georgetown called a threat": the act the
        # description sets beside a clause is that clause's, and its doer the clause's subject
        noun = verb.head
        edge = noun.left_edge.i
        if edge > 0 and noun.doc[edge - 1].text == "," and noun.doc[edge].lower_ in ("a", "an", "another"):
            clause = noun.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in ("VERB", "AUX") and clause.i < noun.i:
                speakers = {k for k, _ in _subject_actors(verb, args)}
                return [(k, t) for k, t in _subject_actors(clause, args) if k not in speakers]
    if not nouns and kind and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        nouns, same_sentence = [verb.head], True
    if not nouns and verb.dep_ in ("acomp", "attr") and verb.head.lemma_ == "be":
        nouns = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "this is unacceptable", "the move was illegal"
    elif kind is None:  # "this will have consequences", "this is intolerable and will have consequences"
        holder = verb.head if verb.dep_ == "conj" and not _children(verb, {"nsubj"}) else verb
        nouns = [c for c in holder.children if c.dep_ == "nsubj" and c.lower_ in ("this", "that")] or nouns
    found: list[tuple[str, object]] = []
    here = args.sent_no(sent.start)
    for noun in nouns:
        if noun.lower_ in ("this", "that") and noun.pos_ in ("PRON", "DET"):
            found += _latest_doers(args, here, None, 1, found)  # "This is intolerable," said X: the act just reported
            continue
        if noun.pos_ != "NOUN" or noun.i in args.ents.token_entity:
            continue
        det = next((c.lower_ for c in noun.children if c.dep_ in ("det", "predet")), None)
        if det is None and noun.i > 0 and noun.doc[noun.i - 1].dep_ == "det" and noun.doc[noun.i - 1].head.i > noun.i:
            det = noun.doc[noun.i - 1].lower_  # "called the burning "disrespectful"": "the" hung on the label
        if not same_sentence and (det not in EVENT_DETERMINERS or any(
                c.dep_ in ("poss", "prep", "acl", "relcl", "appos", "nummod") and not _manner(c)
                or c.i in args.ents.token_entity for c in noun.children)):
            continue  # "the attack on Kyiv", "Russia's decision": the noun names its own act
        lemma = noun.lemma_.lower()
        if kind:
            kinds = {kind} | KINDS_ALSO.get(kind, set())
        else:
            verb_lemma = args.lex.act_nouns.get(lemma, lemma)  # "that seizure": an act "seize" states
            # (a rule whose subject is the one reporting the act, "said Iran planned the attack", names the
            # report's kind, not the act's: "the compensation plan" is no accusation)
            kinds = None if lemma in args.lex.event_nouns else \
                {r.predicate for r in (*args.lex.noun_rules.get(lemma, ()), *args.lex.verb_rules.get(verb_lemma, ()))
                 if not r.speaker_subject}
        if kinds is not None and not kinds:
            continue
        doers = _latest_doers(args, here, kinds, 2 if kinds is None else 10, found, same_sentence,
                              NOT_DECIDED if kinds is None else frozenset())
        if lemma in AGREEMENT_NOUNS:  # "called the treaty a threat": the parties of a treaty are states
            doers = _as_states(doers, args)
        if kinds and not same_sentence:
            # "... set fire to the Koran. The ministry condemned the burning. The premier called the burning
            # disrespectful": each naming of the act keeps its doer in reach of the next
            args.bare_events += [(sent.start, k, key, tok) for key, tok in doers for k in sorted(kinds)]
        found += doers
    return found


#: Acts that are also of a kind an event object asks for: charges brought are accusations ("rejected the charges").
KINDS_ALSO = {"criticizesOrAccuses": {"charged"}}

#: Nouns of a phrase that says how something was said, not to whom: "condemned the burning in the strongest terms".
MANNER_NOUNS = frozenset({"term", "way", "manner", "fashion", "tone", "statement"})


def _manner(prep) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in MANNER_NOUNS for p in prep.children)


#: Act nouns whose possessor is the one the act was done to ("Glas' detention", "the envoy's expulsion").
PATIENT_ACTS = frozenset({"detention", "arrest", "killing", "assassination", "abduction", "kidnapping", "expulsion",
                          "imprisonment", "execution", "jailing", "deportation", "murder", "capture", "removal",
                          "ouster", "ousting", "overthrow", "toppling", "impeachment", "dismissal", "sentencing",
                          "conviction", "poisoning"})
#: Acts done to someone that a later "X's detention" may name.
HOSTILE_ACTS = frozenset({"arrested", "coercesOrArrests", "attacked", "usesForceAgainst", "reducesRelationsWith", "sanctions",
                          "charged"})


def _drawn_by(verb, sent, args: Args, conf: float) -> tuple[list, str, float]:
    """Who drew a reaction (``verb``: "drew", "prompting"): the verb's subject when it names an actor ("Russia
    drew condemnation", "Russia struck Kyiv, prompting condemnation": the participle's is the clause's),
    else the doer of the act it names ("the strike drew", "a move that drew")."""
    found = _subject_actors(verb, args) or [
        x for n in _children(verb, {"nsubj"}) for p in _prep_objects(n, "by") for x in args.expand(p)]  # "the attack by X"
    if found:
        return found, "drawn_by", conf
    if not args.across_sentences and verb.dep_ != "relcl":
        return [], "drawn_by", conf
    return _event_doers(verb, args, sent, None, subject_act=True), "event", conf * EVENT_PENALTY


def _doer_of(patient: str, sent, args: Args) -> tuple[str, object] | None:
    """Who did the latest hostile act to ``patient`` reported up to ten sentences before this one."""
    here = args.sent_no(sent.start)
    for start, predicate, doer, doer_tok in reversed(args.done_to.get(patient, ())):
        n = args.sent_no(start)
        if n > here or here - n > 10:
            continue
        if predicate in HOSTILE_ACTS and doer != patient:
            return doer, doer_tok
    return None


#: What "the decision", "the move" or "the step" does not name: talks held and intentions voiced are no decision
#: taken ("Zelensky said Ukraine was ready to sign ... The Kremlin welcomed the decision": not Zelensky's).
NOT_DECIDED = frozenset({"meetsWith", "expressesIntentToCooperateWith"})


def _latest_doers(args: Args, here: int, kinds, reach: int, found, same_sentence: bool = False,
                  skip: frozenset[str] = frozenset()) -> list:
    """Who did the latest act (of ``kinds``, any if None, never of ``skip``) asserted at most ``reach`` sentences
    before ``here``; an act that named no party only when no other is in reach, and only from the sentence before."""
    out = _latest_in(args.events, args, here, kinds, reach, found, same_sentence, skip)
    return out or _latest_in(args.bare_events, args, here, kinds, min(reach, 1 if kinds is None else 3), found,
                             same_sentence, skip)


def _latest_in(events, args: Args, here: int, kinds, reach: int, found, same_sentence: bool,
               skip: frozenset[str] = frozenset()) -> list:
    out: list[tuple[str, object]] = []
    nearest = None
    for start, predicate, key, key_tok in reversed(events):
        n = args.sent_no(start)
        if n > here or (n == here and not same_sentence):
            continue
        if here - n > reach or (nearest is not None and n != nearest):
            break
        if (kinds is not None and predicate not in kinds) or predicate in skip:
            continue
        nearest = n
        if all(key != k for k, _ in [*found, *out]):
            out.append((key, key_tok))
    return out


def _with_partners(heads, subjects, args: Args) -> list[tuple[str, object]]:
    """Those a "with" inside the phrases ``heads`` names, besides the subjects: "signed agreements to
    normalise relations with Israel"."""
    return [x for h in heads for t in h.subtree if t.dep_ == "prep" and t.lower_ == "with"
            for p in t.children if p.dep_ == "pobj" for x in args.expand(p) if all(x[0] != k for k, _ in subjects)]


def _hyphen_partner(tok, args: Args):
    """The entity joined to ``tok`` by a hyphen in a pair such as "US-China" or "Saudi-Iranian"."""
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i + 2 == tok.i and tok.doc[c.i + 1].text in ("-", "–", "—") \
                and args.ents.token_entity.get(c.i) and args.ents.token_entity.get(c.i) != args.ents.token_entity.get(tok.i):
            return c
    return None


def _reciprocal(verb) -> bool:
    """Is the verb's object (or its preposition's) "each other" or "one another"?"""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    heads += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any((h.lower_ == "other" and any(d.lower_ == "each" for d in h.children))
               or (h.lower_ == "one" and any(d.lower_ == "another" for d in h.children))
               or (h.lower_ == "another" and any(d.lower_ == "one" for d in h.children)) for h in heads)


def _children(tok, deps) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def _holders(noun) -> list:
    """The possessor and "of" objects of a noun: whose it is ("both countries' leaders", "leaders of both")."""
    return [c for c in noun.children if c.dep_ == "poss"] + \
        [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


#: What coordinated parties may pledge each other: "A and B pledged cooperation" is mutual, "promised troops" is not.
RECIPROCAL_AIMS = frozenset({"cooperation", "tie", "relation", "relationship", "partnership", "friendship", "dialogue",
                             "contact", "coordination", "collaboration", "peace", "talk", "negotiation", "support"})

#: Verbs whose object, not subject, did what "of"/"for" + gerund says ("accused X of supplying").
ACCUSING = frozenset({"accuse", "suspect", "blame", "charge", "convict", "punish", "sanction", "condemn", "denounce",
                      "criticise", "criticize", "fault", "penalise", "penalize", "target", "thank", "praise"})

#: Words making a meeting one of all its parties with each other.
MULTILATERAL = frozenset({"trilateral", "three-way", "quadrilateral", "four-way", "multilateral"})

#: Prepositions whose gerund shares the subject of the verb they hang on ("retaliated by expelling").
SUBJECT_PREPS = frozenset({"by", "after", "before", "while", "since", "upon", "without"})

#: Nouns for meetings and documents that are about something (see STATEMENT_NOUNS).
TOPIC_NOUNS = frozenset({"report", "debate", "vote", "talk", "meeting", "summit", "conference", "session", "briefing",
                         "draft", "text", "bill", "law", "motion", "proposal", "plan", "initiative", "negotiation"})

#: Nouns naming an agreement between parties.
AGREEMENT_NOUNS = frozenset({"accord", "agreement", "pact", "treaty", "deal", "arrangement", "memorandum"})
#: Stances of being bound to something: "committed to the deal" is a pledge to its other parties.
COMMITTED = frozenset({"committed", "commit", "dedicate"})

#: What an agreement is of, in its name: the preposition after "memorandum of understanding" is the memorandum's.
DOCUMENT_KINDS = frozenset({"understanding", "intent", "cooperation", "friendship", "association", "partnership"})
#: Heads of a partitive whose "of" object is what is acted on: "suspended part of its aid programme for Bosnia".
PARTITIVES = frozenset({"part", "some", "all", "most", "much", "half", "portion", "bulk", "rest", "share", "parts"})
#: Light verbs of being present at an event held by others: "attended the talks".
ATTENDING = frozenset({"attend", "observe", "witness", "monitor"})
#: Nouns of handing something over whose "of" object carries the other party: "the sharing of intelligence
#: with Kyiv", "the delivery of tanks to Ukraine".
HANDOVER_NOUNS = frozenset({"sharing", "exchange", "supply", "delivery", "sale", "transfer", "provision", "shipment"})


def _reads_any(tok, words) -> bool:
    """Can a token of the document of ``tok`` (a token or a span) read (``lower_``) one of ``words``? False
    only where the document's view (kg.docview) knows that none does: rules looking for a word skip their
    walk in the many documents without it."""
    known = getattr(tok.doc, "lower_words", None)
    return known is None or not known.isdisjoint(words)


def _prep_objects(tok, prep: str, through_object: bool = False) -> list:
    """Objects of a preposition attached to ``tok`` (and, for verbs, to its direct object:
    "shares intelligence with Japan" attaches "with" to "intelligence")."""
    first, _, second = prep.partition(" ")  # "out of": "pulled out of BRICS", either way the parser reads it
    words = getattr(tok.doc, "lower_words", None)  # _reads_any, inline: ~26,000 calls per 300 articles
    if words is not None and first not in words and prep not in words:
        return []  # every branch below needs a token that reads ``prep`` or its first word
    out = []
    heads = [tok]
    if through_object:
        heads += [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if tok.pos_ == "NOUN":  # "a memorandum of understanding with Somaliland", "a treaty of friendship with"
        heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and (p.lemma_.lower() in DOCUMENT_KINDS
                                                               or tok.lemma_.lower() in HANDOVER_NOUNS)]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
                out += [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            elif prep == "with" and c.dep_ == "advcl" and _with_clause(c):
                out += [p for p in c.children if p.dep_ == "nsubj"]  # "work with the US to counter ..."
            elif second and c.lower_ == first and c.dep_ in ("prep", "prt", "advmod"):
                inner = [d for d in c.children if d.dep_ == "prep" and d.lower_ == second]
                if c.dep_ != "prep":
                    inner += [d for d in h.children if d.dep_ == "prep" and d.lower_ == second]
                out += [p for d in inner for p in d.children if p.dep_ in ("pobj", "pcomp")]
    return out


#: Speech acts a speaker goes on to make after a reported clause ("said ..., and urged ...").
URGING_VERBS = frozenset({"urge", "call", "demand", "warn", "accuse", "ask", "press", "appeal", "vow", "pledge"})


def _with_clause(tok) -> bool:
    """ "to work closely with the United States to counter threats": the parser's clause "with [the
    United States] to counter", whose "subject" is the object of "with"."""
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "with" for m in tok.children) \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


#: Verbs whose subject authors the document they take ("circulated a draft resolution that calls on ...").
AUTHORING_VERBS = frozenset({"issue", "circulate", "draft", "adopt", "pass", "submit", "release", "publish", "send",
                             "table", "present", "propose", "sign", "deliver", "write", "put"})


def _subject_tokens(verb) -> list:
    """Grammatical subject of a verb, following conjunction, xcomp and relative clauses upward."""
    if _with_clause(verb) and verb.head.i != verb.i:
        return _subject_tokens(verb.head)  # "work with the US to counter threats": those who work counter
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subj:  # "Egypt and Qatar are mediating": the parser may hang the subject on the auxiliary
        subj = [g for c in verb.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"]
    if not subj and verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBD", "VBP"):
        # "the council, which Russia chairs": a finite verb read as a noun with the name as its compound
        subj = [c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == verb.i - 1]
    if len(subj) > 1:
        # "Danish politician Rasmus Paludan criticised": a noun parsed as a second subject describes the name after it
        subj = [s for s in subj if not (s.pos_ == "NOUN" and any(
            o.pos_ == "PROPN" and o.left_edge.i == s.i + 1 for o in subj))]
    if subj and verb.dep_ == "relcl" and subj[0].lower_ in RELATIVE_PRONOUNS:
        noun = verb.head
        if noun.lemma_.lower() in STATEMENT_NOUNS and noun.dep_ in ("dobj", "obj") \
                and noun.head.lemma_.lower() in AUTHORING_VERBS:
            # "Tunisia has circulated a draft resolution that calls on Egypt ...": the document's author
            return _subject_tokens(noun.head)
        return [noun]  # "Russia, which invaded Ukraine"
    if subj:
        return subj
    agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agent:
        return agent
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    if verb.dep_ == "acomp" and verb.head.i != verb.i:  # "Germany is ready to ...": the copula's subject
        return _subject_tokens(verb.head)
    if verb.dep_ == "ccomp" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc" and verb.head.i < verb.i:
        # "declared the UAE an aggressor state and severed relations": a conjunct parsed as a clause
        return _subject_tokens(verb.head)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return []
        head = verb.head
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and head.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in head.children) \
                and head.head.pos_ == "VERB" and head.head.tag_ == "VBD":
            # "Chang said South Korea would reconsider its policy, and called the treaty a threat": a past
            # tense after a reported "would" goes on with the speaker, not the reported clause
            return _subject_tokens(head.head)
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.lemma_.lower() in URGING_VERBS \
                and not any(c.dep_ == "aux" for c in verb.children) and head.dep_ == "ccomp" \
                and head.head.pos_ == "VERB" and head.head.lemma_.lower() in ("say", "tell", "add", "state"):
            # "Zhao told a briefing that India had a responsibility ..., and urged New Delhi to correct its
            # mistake": the speaker urges, not the one reported on
            return _subject_tokens(head.head)
        if verb.dep_ == "xcomp" and not _is_passive(verb.head):
            # object control: "called on Russia to withdraw", "urged Iran to stop": the one urged acts
            controller = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
            controller += [p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "on"
                           and verb.head.lemma_.lower() == "call" for p in c.children if p.dep_ == "pobj"]
            if controller and verb.head.lemma_.lower() not in SUBJECT_CONTROL:
                return controller[:1]
        if verb.dep_ == "xcomp" and _is_passive(verb.head) and not any(c.dep_ == "agent" for c in verb.head.children):
            # "APT28 is believed to have links with ...", "Iran is said to supply ...": the raised subject
            return [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        return _subject_tokens(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ in SUBJECT_PREPS and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ == "VERB":
        # "Moscow retaliated by expelling German diplomats", "Erdogan spoke after hosting the two leaders"
        return _subject_tokens(verb.head.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.lemma_.lower() == "join":
        # "Britain joined the United States in sanctioning Russian firms": both do it
        gov = verb.head.head
        return [c for c in gov.children if c.dep_ in ("nsubj", "dobj")]
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ("of", "for"):
        # "accused Russia of launching attacks", "denounced Russia for launching attacks": the accused acts
        gov = verb.head.head
        # the accused: the object of "accused", or the subject of "was accused"
        objs = [c for c in gov.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if objs and gov.pos_ == "VERB":
            return objs
        if gov.dep_ == "relcl" and gov.pos_ == "VERB" and gov.lemma_.lower() in ACCUSING and gov.head.pos_ in ("NOUN", "PROPN"):
            return [gov.head]  # "four Chinese companies it accused of supplying drone parts": the companies
        if gov.dep_ == "conj" and gov.pos_ in ("NOUN", "PROPN"):
            # "accused Washington and its NATO allies of helping Ukraine": the phrase hangs on the last accused
            first = gov
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.dep_ in ("dobj", "obj") and first.head.lemma_.lower() in ACCUSING:
                return [first]
        return _subject_tokens(gov) if gov.pos_ == "VERB" else []
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "Mexico announced its decision to break off ties": the decision's holder decides
        noun = verb.head
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if poss:
            return poss
        if noun.dep_ in ("dobj", "pobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            return _subject_tokens(noun.head)
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "pobj") \
            and verb.head.head.pos_ == "VERB" and verb.head.lemma_.lower() in STATEMENT_NOUNS:
        # "issued a declaration demanding that ...": the one who issued it demands
        return _subject_tokens(verb.head.head)
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        return [verb.head]
    return []


def _subject_actors(verb, args: Args) -> list[tuple[str, object]]:
    """The actors the grammatical subject of ``verb`` names (see _subject_tokens), in order.

    "The seven Western members of the Arctic Council paused ...": members left unnamed act as their body.
    """
    out = []
    subjects = _subject_tokens(verb)
    if subjects and _reads_any(verb, ("along", "together")):
        # "Japan, along with the United States, imposed sanctions": those it acts together with act too
        for head in (verb, *subjects):
            for c in head.children:
                if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together"):
                    subjects = subjects + _prep_objects(c, "with")
                elif c.dep_ == "prep" and c.lower_ == "with" and any(
                        a.dep_ == "advmod" and a.lower_ in ("along", "together") for a in c.children):
                    subjects = subjects + [p for p in c.children if p.dep_ == "pobj"]
    for s in subjects:
        found = args.expand(s)
        if not found and s.lemma_.lower() in ("member", "ally") and s.tag_ == "NNS" \
                and s.i not in args.ents.token_entity:
            found = [(k, t) for p in _prep_objects(s, "of") for k, t in args.expand(p)
                     if args.ents.entities[k].type in GROUP_TYPES]
        out += found
    return out


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def whose_antecedent(noun, depth: int = 4):
    """The noun a "whose" clause describes, from the noun "whose" qualifies ("the United States, whose envoy
    ... had pressed": the United States), looking up at most ``depth`` heads; None outside such a clause."""
    rel = noun
    for _ in range(depth):
        if rel.dep_ == "relcl" or rel.head.i == rel.i:
            break
        rel = rel.head
    return rel.head if rel.dep_ == "relcl" else None


def _apposed(tok):
    """The apposition ``tok`` stands in: itself, or the one it is coordinated with ("the US, Israel's closest
    ally and main arms supplier"); None outside an apposition."""
    if tok.dep_ == "appos":
        return tok
    return tok.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else None


def _reduced_participle(verb) -> bool:
    """A past participle describing a noun, with no clause of its own: "Belgrade, backed by Russia"
    (not "accusations that Pyongyang has supplied shells")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)


# ---------------------------------------------------------------- modality, attribution, time

CAUSE_PREPS = frozenset({"at", "over", "after", "amid", "following", "despite", "because", "due"})
TIME_CAUSE_PREPS = CAUSE_PREPS | {"before", "during", "since"}
REASON_NOUNS = frozenset({"protest", "response", "retaliation", "reprisal", "solidarity", "defiance"})


def _cut_off(tok) -> bool:
    """A phrasal verb that ends what it takes: "cut off intelligence sharing", "called off the talks"."""
    return tok.lemma_.lower() in ("cut", "call", "break") and any(c.dep_ == "prt" and c.lower_ == "off"
                                                                   for c in tok.children)


def modality_of(trigger, lex: Lexicon, predicate: str = "") -> str:
    """asserted, negated or hypothetical, from negation, denial verbs, conditionals and modals around the trigger.

    An accusation stays an accusation when the accused denies it ("a charge Kyiv denies").
    """
    if trigger.pos_ in ("NOUN", "PROPN"):
        done = _agent_acls(trigger, lex)
        if done:  # "the deal, signed by A and B, calls for ...": the participle states the act
            return "negated" if any(c.dep_ == "neg" for c in done[0].children) else "asserted"
    chain = [trigger]
    coordinated = set()  # heads reached over "and": their own "not" is theirs ("did not attack and withdrew")
    reason_at = 99  # chain position above which a verb's own negating sense does not reach the trigger
    tok = trigger
    while tok.head.i != tok.i and len(chain) < 8:
        if tok.dep_ in ("ccomp",) and tok.head.lemma_ in lex.speech_verbs:
            break  # a report of the event: the reporting verb's own modality does not apply
        if tok.dep_ in ("ccomp", "parataxis") and tok.i < tok.head.i and \
                any(t.text == ";" for t in tok.doc[tok.i: tok.head.i]):
            break  # "Thailand recalled its ambassador; Cambodia denied the charge": two statements
        if (tok.dep_ in ("advcl", "relcl", "parataxis", "appos") or _reduced_participle(tok)) and not _with_clause(tok):
            # "severed ties, accusing it of ...": a clause of its own, not the severing's object; "China, a
            # close ally of Pakistan, called for restraint": what the apposition says is said outright, and so
            # is a participle's ("Belgrade, backed by Russia, does not recognise Kosovo")
            break
        if tok.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in tok.children):
            break  # "..., with Algiers accusing Rabat of ...": a clause with a subject of its own
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and (tok.lemma_.lower() in ACCUSING or tok.lemma_ in lex.speech_verbs):
            break  # "was suspending the treaty, accusing Washington of helping ...": what the charge says is said
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in REASON_NOUNS:
            reason_at = len(chain)  # "ended the pact in protest of ...": the protest is made, whatever was ended
        if tok.dep_ == "prep" and tok.lower_ in CAUSE_PREPS and tok.head.pos_ == "VERB":
            reason_at = len(chain)  # "paused its work in protest at Moscow's invasion": the reason is not paused
        if tok.dep_ == "conj":
            coordinated.add(tok.head.i)
        tok = tok.head
        chain.append(tok)
    if predicate in ENDED_EVENTS:
        # "a truce to end the war between A and B", "called for an end to the fighting": they fought; what
        # is said above the ending (its negation, a call or a plan) is said of the ending
        ended = next((i for i, tok in enumerate(chain) if i and tok.lemma_.lower() in TERMINATIVE and (
            chain[i - 1].dep_ in ("dobj", "nsubjpass") or chain[i - 1].lower_ in ("to", "of"))), None)
        if ended is not None:
            chain = chain[:ended]
    for i, tok in enumerate(chain):
        if 0 < i < reason_at and tok.lemma_.lower() in lex.negating_verbs and tok.i not in coordinated \
                and any(c.dep_ == "neg" for c in tok.children):
            return "hypothetical"  # "does not rule out military cooperation": a possibility left open
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "longer" and any(
                g.lower_ == "no" for g in c.children)) for c in tok.children) \
                and (i == 0 or tok.pos_ in ("VERB", "AUX", "ADJ")) and tok.i not in coordinated:
            return "negated"  # "not", "no longer bound by the agreement"
        if i > 0 and tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return "negated"  # "has no right to ask", "no intention of invading"
        if 0 < i and i < reason_at and (tok.lemma_.lower() in lex.negating_verbs or _cut_off(tok)) \
                and tok.i not in coordinated:
            if chain[i - 1].dep_ == "nsubj":
                continue  # "the meeting ended", "talks stalled": what ends or stops had taken place
            if predicate == "criticizesOrAccuses" and tok.lemma_.lower() in DENIALS:
                continue
            return "negated"
    if predicate in FORCE_ACTS:  # "Israel would strike Hezbollah", "will attack": an attack yet to come
        verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return "hypothetical"
    for i, tok in enumerate(chain):
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in tok.children):
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ in lex.hypothetical_modals for c in tok.children):
            return "hypothetical"
        if predicate == "threatens" and tok.lemma_.lower() in THREAT_VERBS:
            continue  # "warned that it would respond": the warning is the threat, made
        if i > 0 and tok.lemma_.lower() in ATTEMPT_VERBS and predicate in ATTEMPTED_ACTS and tok.tag_ in ("VBD", "VBN") \
                and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
            continue  # "tried to hack into the computers of": an attempted intrusion or attack took place
        if i > 0 and tok.lemma_.lower() in lex.prospective and predicate != "expressesIntentToCooperateWith" \
                and not (predicate == "coercesOrArrests" and trigger.lemma_.lower() in ("reward", "bounty")) \
                and tok.i not in coordinated and not any(c.dep_ == "oprd" for c in tok.children):
            # "called on NATO to act and urged Washington to ...": two acts; but "called Japan one of
            # Britain's closest partners" names what is, it asks for nothing
            return "hypothetical"  # a stated hope or plan to cooperate is itself the intent, asserted
    return "asserted"


def attribution_of(trigger, args: Args, lex: Lexicon) -> tuple[str | None, str | None]:
    """Who made the claim: the subject of a reporting verb above the trigger, or 'according to X'."""
    tok = _speaker_token(trigger, lex)
    return _claimant(tok, args) if tok is not None else (None, None)


def _report_modality(tok, rule: Rule, lex: Lexicon) -> str | None:
    """A reported act's mood is the report's own ("warned that X would pay" is a threat made, not a
    hypothesis), unless the reported clause itself is negated ("said X had not provoked"). None for
    other rules: their trigger's own mood applies."""
    if not rule.speaker_subject:
        return None
    own = modality_of(tok, lex, rule.predicate)
    report = _speech_verb(tok, lex)
    if rule.predicate == "demands" and report is not None:
        own = None  # "said the two sides should not target third parties": a call to refrain is a demand
    clause = tok.head if tok.dep_ == "aux" else tok
    if own == "hypothetical" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return own  # "said it was assessing whether Beijing's measures breached WTO rules": an open question
    return own if own == "negated" or report is None else modality_of(report, lex, rule.predicate)


#: Relations whose object may be a place (ontology/shapes.ttl); every other one links actors only.
PLACE_OBJECTS = frozenset({"attacked", "usesForceAgainst", "locatedIn", "holdsPosition"})
#: What a hostile verb may hit in a business story without any act of force ("invaded the Indian market").
MARKET_NOUNS = frozenset({"market", "economy", "sector", "industry", "currency", "lira", "rupee", "peso", "rouble",
                          "ruble", "yuan", "stock", "share", "bond", "price", "brand", "profit", "earnings", "sale"})
#: Hostile acts a sports report states in the same words ("beat", "hit", "penalty", "clash").
CONTEST_ACTS = frozenset({"attacked", "usesForceAgainst", "clashedWith", "sanctions", "threatens", "coercesOrArrests",
                          "repelled", "mobilizesAgainst"})
SPORT_WORDS = frozenset({"hat-trick", "goalkeeper", "striker", "midfielder", "semi-final", "semi-finals",
                         "quarter-final", "quarter-finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals",
                         "tournament", "championship", "scored", "equaliser", "equalizer", "innings", "wicket",
                         "wickets", "kick-off", "playoff", "playoffs"})
_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")


def _sporting(sent) -> bool:
    """Does the sentence report a match: a score ("4-2"), "on penalties", "a hat-trick", "the World Cup"?"""
    doc = sent.doc
    score = any(_SCORE.match(t.text) or (t.like_num and t.i + 2 < sent.end and doc[t.i + 1].text == "-"
                                          and doc[t.i + 2].like_num and not t.whitespace_
                                          and not doc[t.i + 1].whitespace_) for t in sent)
    for t in sent:
        low = t.lower_
        if low in SPORT_WORDS or (score and t.lemma_.lower() in ("beat", "win", "lose", "draw", "defeat", "final",
                                                                 "match", "game", "victory")):
            return True
        nxt = doc[t.i + 1].lower_ if t.i + 1 < sent.end else ""
        if (low == "on" and nxt == "penalties") or (low == "world" and nxt == "cup") or (low == "hat" and nxt == "-"):
            return True
    return False


#: Verbs whose clause is the threat itself ("vowed that it would respond").
THREAT_VERBS = frozenset({"warn", "threaten", "vow", "pledge", "promise", "swear"})
#: Acts that have not happened when announced with "will" or "would".
FORCE_ACTS = frozenset({"attacked", "usesForceAgainst"})
#: Fighting that what ends or halts it presupposes ("to end the war between A and B": they fought).
ENDED_EVENTS = FORCE_ACTS | {"clashedWith", "repelled"}
TERMINATIVE = frozenset({"end", "stop", "halt", "cease", "suspend", "pause", "terminate"})
#: Ongoing cooperation whose halt reduces relations: "stopped sending weapons", "the pause in military aid".
HALTABLE = frozenset({"providesAidTo", "sharesIntelligenceWith", "cooperatesMilitarilyWith"})
HALT_NOUNS = frozenset({"halt", "pause", "suspension", "end", "freeze", "cessation", "termination", "cutoff"})


#: What a body does that a member can be kept out of: "suspended from the Arctic Council's work".
BODY_WORK = frozenset({"work", "activity", "meeting", "session", "membership", "body", "institution", "structure"})


def _work_owners(noun) -> list:
    """Whose work a noun of BODY_WORK names ("the Arctic Council's work", "the bodies of the bloc"); [] for
    any other noun."""
    if noun.lemma_.lower() not in BODY_WORK:
        return []
    return [c for c in noun.children if c.dep_ == "poss"] + _prep_objects(noun, "of")


def _halted(trigger) -> bool:
    """Is the act said to have stopped, not never to have happened: "stopped sending weapons to", "paused
    intelligence sharing with", "is no longer transferring weapons to", "the pause in U.S. military aid to";
    not "did not send", nor "did not stop sending"."""
    tok = trigger
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
               for c in tok.children) and tok.pos_ in ("VERB", "AUX", "ADJ"):
            return True  # "no longer transferring"
        if any(c.dep_ == "neg" for c in tok.children):
            return False
        head = tok.head
        if head.i == tok.i:
            return False
        if head.lemma_.lower() in TERMINATIVE and head.pos_ == "VERB" and tok.dep_ in ("dobj", "obj", "xcomp", "ccomp") \
                and not any(c.dep_ == "neg" for c in head.children):
            return True  # "stopped sending", "paused intelligence sharing"
        if head.dep_ == "prep" and head.lower_ in ("in", "of", "on", "to") and head.head.lemma_.lower() in HALT_NOUNS \
                and tok.dep_ == "pobj":
            return True  # "the pause in military aid", "an end to intelligence sharing"
        if tok.dep_ not in ("compound", "amod", "conj", "dobj", "obj", "pobj", "prep", "xcomp", "acl"):
            return False
        tok = head
    return False
#: Acts whose attempt is itself the event, as event coders count it ("tried to hack", "attempted to assassinate").
ATTEMPTED_ACTS = frozenset({"attacked", "usesForceAgainst", "spiesOn", "arrested", "coercesOrArrests"})
ATTEMPT_VERBS = frozenset({"try", "attempt"})
#: Acts that, held out as what one's side could or would do, are threats.
WARNED_ACTS = frozenset({"attacked", "usesForceAgainst", "mobilizesAgainst", "sanctions", "reducesRelationsWith",
                         "coercesOrArrests"})
#: Reporting verbs that make such an act a warning ("said it could strike" is one too).
WARNING_VERBS = frozenset({"warn", "threaten", "say", "declare", "signal", "caution", "hint", "state", "tell", "announce"})


def _left_open(trigger, lex: Lexicon) -> bool:
    """Does a negated negating verb govern the trigger ("does not rule out", "did not exclude")?"""
    tok = trigger
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in lex.negating_verbs and any(c.dep_ == "neg" for c in tok.children):
            return True
    return False


UNLESS = frozenset({"unless"})
#: Verbs of asking to join a body: "applied to join NATO", "is seeking to join the EU".
APPLYING = frozenset({"apply", "seek", "bid", "ask", "request", "want", "aspire", "push", "hope", "plan"})


def _on_condition(trigger, lex: Lexicon, marks: frozenset[str] | None = None) -> bool:
    """Is the trigger's clause the consequence of a condition: "Russia will expel British diplomats if
    London does not apologise", "will withdraw its troops unless Damascus guarantees ..."? ``marks``
    narrows the conditions ("unless" only)."""
    tok = trigger
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "advcl" and c.i > tok.i and any(
                    m.dep_ == "mark" and m.lower_ in (marks or lex.conditional_marks) and m.lower_ != "whether"
                    for m in c.children) for c in tok.children):
                return True
            if tok.dep_ not in ("xcomp", "conj"):
                return False
        if tok.head.i == tok.i or tok.dep_ in ("ccomp", "advcl", "relcl", "parataxis"):
            return False
        tok = tok.head
    return False


def _warned_by_own_side(actor: str, speaker: str, trigger, args: Args) -> bool:
    """The trigger's clause is reported, as a plain statement, by a warning verb whose speaker is the
    actor or speaks for the actor's state ("Erdogan warned that Turkey could ...")."""
    report = _speech_verb(trigger, args.lex)
    if report is None or report.lemma_.lower() not in WARNING_VERBS or \
            modality_of(report, args.lex, "threatens") != "asserted":
        return False
    if speaker == actor or actor in args.sides.get(speaker, ()):
        return True
    tok = _speaker_token(trigger, args.lex)
    return tok is not None and _home_state(speaker, tok, args) == actor


def _speech_verb(trigger, lex: Lexicon):
    """The reporting verb whose clause holds the trigger, if any."""
    tok = trigger
    while tok.head.i != tok.i:
        if tok.head.lemma_.lower() in lex.reporting_verbs and tok.dep_ in ("ccomp", "parataxis", "conj"):
            return tok.head
        tok = tok.head
    return None


def _speaker_token(trigger, lex: Lexicon):
    """The head of the phrase naming who reports the trigger's clause, if anyone does."""
    sent = trigger.sent
    tok = trigger
    while tok.head.i != tok.i:
        parent = tok.head
        if parent.lemma_.lower() in lex.reporting_verbs and \
                tok.dep_ in ("ccomp", "parataxis", "advcl", "xcomp", "dobj", "conj"):
            subj = [c for c in parent.children if c.dep_ == "nsubj"]
            if subj:
                return subj[0]
        tok = parent
    for tok in sent if _reads_any(trigger, ("according",)) else ():
        if tok.lower_ == "according" and tok.dep_ in ("prep", "advmod"):
            for to in tok.children:
                for p in to.children:
                    if p.dep_ == "pobj":
                        return p
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                for p in nxt.children:
                    if p.dep_ == "pobj":
                        return p
    # "..., U.S. officials said." with the reporting verb as root and the trigger in its ccomp
    root = sent.root
    if root.lemma_.lower() in lex.speech_verbs and trigger.i != root.i:
        subj = [c for c in root.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
    return None


def _claimant(tok, args: Args) -> tuple[str | None, str | None]:
    span = tok.doc[tok.left_edge.i: tok.right_edge.i + 1]
    key = args.entity_at(tok)
    text = clean_surface(span.text)
    if len(text) > 60:
        text = args.ents.entities[key].label if key else clean_surface(tok.text)
    return key, text or None


def date_of(trigger, article_date: str | None) -> str | None:
    """The date or period the sentence places the event at, resolved against the article date."""
    sent = trigger.sent
    best = None
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        # prefer a date attached to the trigger's clause
        distance = abs(ent.root.i - trigger.i)
        anc = {a.i for a in ent.root.ancestors}
        score = distance - (100 if trigger.i in anc or ent.root.head.i == trigger.i else 0)
        if best is None or score < best[0]:
            best = (score, ent.text)
    if best is None:
        return None
    return resolve_date(best[1], article_date)


# ---------------------------------------------------------------- the extractor

#: Spans of time, which a "for" names without giving a reason: "shelled the town for hours".
TIME_SPANS = frozenset({"hour", "day", "week", "month", "year", "minute", "night", "time", "while", "decade"})


#: Verbs of telephoning, whose lone object the parser may read as a name given ("called Aliyev").
PHONING = frozenset({"call", "phone", "ring"})


def _called_actor(tok, args: Args) -> list:
    """ "Blinken called Aliyev on Tuesday": with no object, an actor parsed as what one is called is the
    one telephoned."""
    if tok.lemma_.lower() not in PHONING or _children(tok, OBJ_DEPS):
        return []
    return [c for c in _children(tok, {"oprd"}) if args.entity_at(c)
            and args.ents.entities[args.entity_at(c)].type in ACTOR_TYPES]


def relation_verb(verb, lex: Lexicon) -> bool:
    """Does some rule read ``verb`` as a relation of its own? A rule of the negated verb only ("will not
    allow") does so only when it is negated: "opened the bridge to allow the delivery of grain" is the delivery's."""
    negated = None
    for r in lex.verb_rules.get(verb.lemma_.lower(), ()):
        if not r.negated_form:
            return True
        if negated is None:
            negated = any(c.dep_ == "neg" for c in verb.children)
        if negated:
            return True
    return False


def _rule_matches(rule: Rule, tok, args: Args) -> bool:
    if rule.predicate == "demands" and tok.dep_ == "aux" and (any(
            c.dep_ == "aux" and c.lower_ == "have" and c.i > tok.i for c in tok.head.children) or any(
            c.dep_ == "acomp" and c.lemma_.lower() in ("ashamed", "embarrassed") for c in tok.head.children)):
        return False  # "Spain should have known", "should be ashamed": a reproach, no demand
    if rule.require_reason and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
                p.dep_ in ("pobj", "pcomp") and p.lemma_.lower() not in TIME_SPANS and not p.like_num
                for p in c.children) for c in tok.children):
        return False
    if rule.forbid_particle and any(c.dep_ == "prt" and c.lower_ in rule.forbid_particle for c in tok.children):
        return False
    if rule.forbid_deps:
        called = _called_actor(tok, args)
        if any(c.dep_ in rule.forbid_deps and c not in called for c in tok.children):
            return False
    if rule.require_subtree_words and not any(t.lower_ in rule.require_subtree_words for t in tok.subtree):
        return False
    if rule.require_particle and not any((c.dep_ in ("prt", "advmod") or c.dep_ == "prep" and c.lower_ in ("out", "off"))
                                         and c.lower_ in rule.require_particle for c in tok.children):
        # "drove Russian forces out of the region": the parser makes "out" a preposition
        return False
    if rule.forbid_future and _is_future(tok, args.lex):
        return False
    if rule.forbid_object_lemmas and any(o.lemma_.lower() in rule.forbid_object_lemmas
                                         for o in _children(tok, OBJ_DEPS | {"npadvmod"})):
        return False
    if tok.lemma_.lower() in INTERCEPTING and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) \
            and any(o.lower_ in ("it", "them") for o in _children(tok, OBJ_DEPS)):
        return False  # "fired a missile at a U.S. destroyer, which shot it down": the pronoun is the missile
    if rule.forbid_object_lemmas and (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in
                                      rule.forbid_object_lemmas or not _children(tok, OBJ_DEPS) and any(
                                          s.lemma_.lower() in rule.forbid_object_lemmas for s in _subject_tokens(tok))):
        return False  # "the patrolling deal struck between India and China": the noun is what was struck, though
        # the parser may make it the subject
    if rule.require_future and not _is_future(
            tok.head if rule.trigger == "noun" and tok.dep_ in OBJ_DEPS else tok, args.lex):
        return False  # a noun's plan is its verb's: "will take countermeasures against"
    if rule.require_subject_lemmas and not any(
            s.lemma_.lower() in rule.require_subject_lemmas or _people_token(s, args) is not None or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in rule.require_subject_lemmas
                                                             for p in c.children) for c in s.children)
            for s in _subject_tokens(tok)):
        return False
    if rule.require_object_lemmas:
        objs = _children(tok, OBJ_DEPS | {"nsubjpass"}) or _existential(tok)
        if objs and all(o.lower_ in ("that", "which") for o in objs) and tok.dep_ == "relcl":
            objs = []  # "the agreement that India and China reached": the relative pronoun stands for the noun
        if not objs and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
            objs = [tok.head]  # "a charge Caracas rejected", "the sanctions Washington imposed"
        elif not objs and _reduced_participle(tok) and tok.head.pos_ in ("NOUN", "PROPN"):
            objs = [tok.head]  # "the treaty, signed in 2010 by Obama and Medvedev"
        elif not objs and tok.dep_ == "conj" and tok.tag_ == "VBN":
            objs = _children(tok.head, {"nsubjpass"})  # "the attack was orchestrated and sponsored by Iran"
        objs += [c for o in objs for c in o.conjuncts]
        objs += [p for o in objs if o.lemma_.lower() in PARTITIVES for p in _prep_objects(o, "of")]  # "part of its aid"
        lemmas = {o.lemma_.lower() for o in objs} | {c.lemma_.lower() for o in objs for c in o.children if c.dep_ in ("compound", "amod")}
        if any(args.ents.entities[k].type == "Event" for o in objs for k in [args.ents.token_entity.get(o.i)] if k):
            lemmas.add("agreement")  # "New START, signed in 2010 by ...": a named agreement
        lemmas |= {p.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "into")
                   for p in c.children}
        if not lemmas & rule.require_object_lemmas:
            return False
    if rule.require_xcomp_lemmas:
        # "would not allow China to isolate Taiwan": an infinitive with its own subject is parsed as a ccomp
        xcomps = {x.lemma_.lower() for x in _children(tok, {"xcomp"})} | {
            x.lemma_.lower() for x in _children(tok, {"ccomp"})
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)}
        if not (xcomps & rule.require_xcomp_lemmas or (xcomps and "*" in rule.require_xcomp_lemmas)):
            return False  # "*": any act ("said Belgrade had to hand over the gunmen")
    if rule.require_prep_lemmas and not {p.lemma_.lower() for c in _children(tok, {"prep", "advcl", "xcomp"})
                                         if not rule.require_preps or c.lower_ in rule.require_preps
                                         for p in [c, *c.children, *(q for g in c.children if g.dep_ == "prep"
                                                                    for q in g.children)]} & rule.require_prep_lemmas:
        return False  # "turned to Russia for support", "pulled out of the deal"
    for lemma, needed in rule.require_object_lemmas_for:
        if tok.lemma_.lower() == lemma:
            objs = _children(tok, OBJ_DEPS)
            if not {o.lemma_.lower() for o in objs} & needed:
                return False
    if rule.require_modifier_lemmas:
        mods = set()
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
                mods.add(c.lemma_.lower())
                mods.add(c.lower_)
                mods |= {g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod", "npadvmod")}
            elif c.dep_ == "prep" and c.lower_ == "of":  # "the sharing of intelligence with Kyiv"
                mods |= {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
        # "the intelligence-sharing partnership": compound may be split by hyphens
        left = tok.doc[max(tok.left_edge.i, tok.i - 4): tok.i]
        mods |= {t.lemma_.lower() for t in left} | {t.lower_ for t in left}
        # "intelligence ties", "network of intelligence partnerships": the noun's own head
        if tok.dep_ == "pobj":
            mods |= {c.lemma_.lower() for c in tok.head.head.children if c.dep_ in ("compound", "amod")}
        if not mods & rule.require_modifier_lemmas:
            return False
    return True


#: Verbs that own an act: "claimed responsibility for the attack", "took responsibility for".
OWNING_VERBS = frozenset({"claim", "take", "accept", "admit", "assume", "bear"})


#: Nouns of a meeting whose state modifier may stand for the leader who held it.
MEETING_NOUNS = frozenset({"meeting", "talk", "summit", "conversation", "call", "discussion"})


def _host_of(noun, key: str, args: Args) -> tuple[str, object] | None:
    """The person of state ``key`` whose phrase or clause the meeting hangs on: "Trump's decision ... after an Oval
    Office meeting with Zelensky" was Trump's meeting, not the United States'."""
    node = noun
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        for c in node.children:
            if c.dep_ in ("poss", "nsubj") and c.i != noun.i:
                k = args.ents.token_entity.get(c.i)
                if k and args.ents.entities[k].type == "Person" and _home_state(k, c, args) == key:
                    return k, c
    return None


def _after_misparsed(noun, args: Args):
    """The verb an "after"-phrase really hangs on when the parser read a trailing attribution as its clause: in
    "A and B agreed to a ceasefire after talks in Doha, Qatar's ministry said", "talks" comes out as the subject of
    "said", marked by "after", under "agreed"."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in args.lex.reporting_verbs and verb.dep_ == "advcl" \
            and verb.head.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ in ("after", "following")
                                                  and c.i < noun.i for c in verb.children) \
            and sum(c.dep_ == "nsubj" for c in verb.children) >= 2:
        return verb.head
    return None


def _own_venue(noun, key: str, args: Args) -> bool:
    """Is the state ``key`` named on ``noun`` the home of a person the noun is "with" or "between" ("an Oval Office
    meeting between Trump and Zelensky"): the seat where it took place, not a party?"""
    return args.ents.entities[key].type == "Country" and any(
        args.ents.entities[k].type == "Person" and _home_state(k, t, args) == key
        for prep in ("with", "between") for p in _prep_objects(noun, prep) for k, t in args.expand(p))


def _noun_subjects(tok, args: Args, rule: Rule) -> tuple[list[tuple[str, object]], str]:
    """Subject of a noun trigger: possessor, demonym, the light verb's subject, or the copula's subject."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in PARTICIPATE_VERBS \
            and tok.head.head.pos_ == "VERB":
        # "Lockheed Martin participated in the US arms sale to Taiwan": the participant acts
        subj = _subject_actors(tok.head.head, args)
        if subj:
            return subj, "participant"
    owned = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    if owned is not None and owned.lemma_.lower() == "responsibility" and owned.head.pos_ == "VERB" \
            and owned.head.lemma_.lower() in OWNING_VERBS:
        # "the Houthis claimed responsibility for a missile attack on a U.S. destroyer": the claimant did it
        subj = _subject_actors(owned.head, args)
        if subj:
            return subj, "claimed"
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in DRAWING_VERBS and rule.predicate == "criticizesOrAccuses":
        # "the strike drew condemnation from Poland": the critic is the one it came from (its target: _drawn_by)
        critics = [x for h in (tok, tok.head) for p in _prep_objects(h, "from") for x in args.expand(p)]
        if critics:
            return critics, "drawn_from"
    if rule.predicate in ("alliesWith", "partnersWith") and any(c.dep_ == "poss" for c in tok.children):
        # "Russia's ally Belarus": the name the title is on (its compound, or a second subject the parser made of it)
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        named = tok.head if tok.dep_ == "compound" else nxt if (
            nxt is not None and tok.dep_ == "nsubj" and nxt.dep_ == "nsubj" and nxt.head.i == tok.head.i) else None
        if named is not None and named.pos_ == "PROPN" and named.i in args.ents.token_entity:
            return args.expand(named), "titled"
    for c in tok.children:
        if c.dep_ == "poss" and "poss" not in rule.objects:  # "Ukraine's allies": the possessor is the object
            found = args.expand(c)
            if found:
                return found, "poss"
    # "a NATO bombing campaign": the name may modify the noun's own modifier
    mods = [m for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
            for m in ([c] + [g for g in c.children if g.dep_ == "compound" and c.dep_ == "compound"
                             and c.i not in args.ents.token_entity])]
    for c in mods:
        if c.dep_ in ("amod", "compound", "nmod") and args.ents.token_entity.get(c.i):
            if _hyphen_partner(c, args) is not None:
                continue  # "US-China talks": two parties, read as a pair, neither the subject
            key = args.ents.token_entity[c.i]
            if tok.lemma_.lower() in ("ally", "member") and args.ents.entities[key].type in ("Alliance", "Organization"):
                continue  # "our NATO ally Lithuania": a member of the alliance (_membership), no party to it
            if _own_venue(tok, key, args):
                continue  # "a White House meeting with Trump": his own state's seat is where, not who
            host = _host_of(tok, key, args) if tok.lemma_.lower() in MEETING_NOUNS else None
            if host is not None:
                return [host], "host"
            if args.ents.entities[key].type in STATE_TYPES | {"Person"}:
                return [(key, c)], "modifier"
    for p in _prep_objects(tok, "by"):  # "the attack by Russia on Kyiv"
        found = args.expand(p)
        if found:
            return found, "agent"
    for c in _agent_acls(tok, args.lex):
        # "the military exercise conducted by the Philippines and the United States"
        agents = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        found = [x for p in agents for x in args.expand(p)]
        if found:
            return found, "agent"
    for c in _doing_relatives(tok, args.lex):
        found = _subject_actors(c, args)  # "the sanctions that Washington imposed"
        if found:
            return found, "relative"
    apposed = _apposed(tok) if rule.copula_subject else None
    if apposed is not None:
        # "The United States and Britain, long-time allies, ...": the noun describes what it is set beside
        # ("The United States, Israel's closest ally and main arms supplier": either noun)
        found = args.expand(apposed.head)
        if found:
            return found, "appos"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        tok = tok.head.head  # "Britain is one of Ukraine's closest allies": read at "one"
    head = tok.head
    # "imposed sanctions on", "announced an agreement", "deepening intelligence ties with"
    if tok.dep_ == "pobj" and head.lower_ in REASON_PREPS:
        return [], ""  # "imposed sanctions over arms sales to Taiwan": the sales are not the sanctioner's
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "pobj", "conj", "appos", "nsubj"):
        verb = head
        if tok.dep_ == "pobj":
            verb = head.head  # "in a partnership with": prep -> verb or noun
        if tok.dep_ == "conj":
            verb = tok.head.head
        # "X launched an attack": the attacker; "X condemned the attack": not X, whose verb is an event of
        # its own (a trigger that is no light verb)
        own_event = relation_verb(verb, args.lex) and verb.lemma_.lower() not in args.lex.light_verbs
        if verb.lemma_.lower() in UNDERGO_VERBS:
            return [], ""  # "Australia faced Chinese tariffs": the one who faces them is their target
        if verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in args.lex.light_verbs
                                             or (tok.dep_ in ("dobj",) and not own_event)
                                             or (tok.dep_ == "attr" and rule.copula_subject)):
            subj = _subject_actors(verb, args)
            if tok.dep_ == "nsubj":
                subj = []
            if subj:
                return subj, "light_verb:" + verb.lemma_.lower()
    if tok.dep_ == "pobj" and head.lower_ == "in" and tok.lemma_.lower() == "protest" and _clause_verb(tok) is not None:
        # "ended the pact in protest of Tokyo's export curbs": who ended it protests
        subj = _subject_actors(_clause_verb(tok), args)
        if subj:
            return subj, "in_protest"
    gov = _after_misparsed(tok, args) if rule.predicate == "meetsWith" else None
    if gov is not None:  # "agreed to a ceasefire after talks in Doha mediated by Qatar, its ministry said"
        subj = _subject_actors(gov, args)
        if subj:
            return subj, "after"
    if tok.dep_ == "pobj" and head.lower_ in AFTER_EVENT and head.head.pos_ == "VERB" \
            and rule.predicate in ("meetsWith", "protestsAgainst"):
        # "After talks with Rutte, Zelensky said ...", "threw stones during demonstrations against ...":
        # who acts after or during the event took part in it
        subj = _subject_actors(head.head, args)
        if subj:
            return subj, "after"
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "in") and head.head.pos_ in ("NOUN", "PROPN"):
        # "the network of intelligence partnerships with X": the holder of the network
        holder = head.head
        for c in holder.children:
            if c.dep_ == "poss":
                found = args.expand(c)
                if found:
                    return found, "poss"
        if holder.dep_ in ("dobj", "attr") and holder.head.pos_ in ("VERB", "AUX"):
            subj = _subject_actors(holder.head, args)
            if subj:
                return subj, "light_verb:" + holder.head.lemma_.lower()
    return [], ""


def _objects(tok, rule: Rule, args: Args, verb: bool) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for slot in rule.objects:
        # the commonest slot first
        if slot.startswith("prep:") and not verb and tok.dep_ in ("dobj", "attr") and not _prep_objects(tok, slot[5:]):
            for p in _prep_objects(tok.head, slot[5:]):
                found += args.expand(p)
        elif slot.startswith("prep:"):
            # "shares intelligence with Japan" hangs "with" on the object; "condemn attacks against
            # Germany" does not make Germany the one condemned
            for p in _prep_objects(tok, slot[5:], through_object=verb and slot[5:] == "with"):
                # "suspended from the bloc's decision-making bodies": the bloc
                found += args.expand(p) or [x for q in _work_owners(p) for x in args.expand(q)]
            if not verb and not found:
                # "the sanctions imposed by Washington on Moscow": the preposition hangs on the participle
                for acl in _agent_acls(tok, args.lex) + _doing_relatives(tok, args.lex):
                    for p in _prep_objects(acl, slot[5:]):
                        found += args.expand(p)
            # the object of a light verb's noun: "imposed sanctions on China" is read on the noun
        elif slot in ("dobj", "dobj_actor"):
            heads = _children(tok, OBJ_DEPS) or _called_actor(tok, args) or _labelled(tok)
            if verb and _is_passive(tok):
                heads = _children(tok, {"nsubjpass"})
                if tok.dep_ == "relcl" and any(h.lower_ in RELATIVE_PRONOUNS for h in heads):
                    heads = [tok.head]  # "the council, which is chaired by Russia": the council
            elif verb and _reduced_participle(tok) and _children(tok, {"agent"}):
                heads = [tok.head]  # "Belgrade, backed by Russia and China": the noun the participle describes
            for h in heads:
                found += args.expand(h)
        elif slot == "blamed_on":
            # "blamed the drone attacks on Port Sudan on the RSF": the parser hangs the one blamed on the act
            if tok.lemma_.lower() == "blame" and not _prep_objects(tok, "on"):
                ons = [t for o in _children(tok, OBJ_DEPS) for t in o.subtree if t.dep_ == "prep" and t.lower_ == "on"]
                for p in _children(ons[-1], {"pobj"}) if ons else ():
                    found += args.expand(p)
        elif slot == "wanted_for":
            # "its reward for information leading to Maduro's arrest": the one whose capture the reward is for
            for n in tok.subtree:
                if n.i != tok.i and n.pos_ == "NOUN" and n.lemma_.lower() in CAPTURE_NOUNS:
                    for c in n.children:
                        if c.dep_ == "poss" and not _prep_objects(n, "of") or c.dep_ == "prep" and c.lower_ == "of":
                            for p in ([c] if c.dep_ == "poss" else _children(c, {"pobj"})):
                                found += args.expand(p)
        elif slot == "dobj_of":
            for h in _children(tok, OBJ_DEPS) or _what_called(tok):
                if h.lower_ in ("which", "that") and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
                    h = tok.head  # "a U.S. naval build-up, which he called a threat": the build-up is called so
                if rule.predicate in CONTEST_ACTS and h.lemma_.lower() in MARKET_NOUNS:
                    continue  # "Netflix invaded the Indian market", "hit Turkey's lira": trade, not war
                # "condemned Russia's invasion of Ukraine": the possessor, not the victim
                has_poss = any(c.dep_ == "poss" and args.entity_at(c) for c in h.children)
                # "the U.S. killing of Soleimani": the "of" names the one killed, the modifier the killer
                patient_named = h.lemma_.lower() in PATIENT_ACTS and bool(_prep_objects(h, "of")) and any(
                    c.dep_ in ("poss", "amod", "compound") and args.ents.token_entity.get(c.i) for c in h.children)
                for c in h.children:
                    if (has_poss or patient_named) and c.dep_ == "prep" and c.lower_ != "by":
                        continue
                    if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and args.ents.token_entity.get(c.i)):
                        held = args.expand(c)
                        if rule.predicate == "criticizesOrAccuses" and h.lemma_.lower() in PATIENT_ACTS \
                                and not patient_named:
                            # "calling Glas' detention an authoritarian act": who detained him, told before
                            held = [d for k, _ in held for d in [_doer_of(k, h.sent, args)] if d is not None]
                        found += held
                    # "condemned the attack by Russia", "rejected calls by Belarus": the noun's agent
                    # "condemned the cooperation between Pyongyang and Moscow": both parties
                    if c.dep_ == "prep" and c.lower_ == "from" and rule.predicate == "demands" \
                            and h.lemma_.lower() in args.lex.noun_rules:
                        continue  # "ordered the withdrawal of its staff from Argentina": the act's own place
                    if c.dep_ in ("prep", "agent") and c.lower_ in (("of", "by", "between", "from")
                                                                    if rule.predicate == "criticizesOrAccuses"
                                                                    else ("of", "with", "from", "by")):
                        for p in c.children:
                            if p.dep_ == "pobj":
                                found += args.expand(p)
                if rule.predicate == "criticizesOrAccuses":
                    # "called the image, posted on Twitter by spokesman Zhao Lijian, repugnant": who made it
                    found += [x for acl in _agent_acls(h, args.lex) for a in acl.children if a.dep_ == "agent"
                              for p in a.children if p.dep_ == "pobj" for x in args.expand(p)]
        elif slot.startswith("prep_holder:") or slot == "in_protest":
            # "rallied against Israeli military policies", "a hunger strike in protest of Russia's
            # refusal": the actor named on the thing opposed
            if slot == "in_protest":
                pobjs = [q for p in _prep_objects(tok, "in") if p.lemma_.lower() in ("protest", "defiance")
                         for prep in ("of", "at", "against", "over") for q in _prep_objects(p, prep)]
            else:
                pobjs = _prep_objects(tok, slot[12:])
                if not pobjs and not verb and tok.dep_ == "dobj":  # "staged a rally outside the embassy"
                    pobjs = _prep_objects(tok.head, slot[12:])
                if not pobjs and not verb and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                        and _clause_verb(tok) is not None:  # "recalled its envoy in protest at X": "at" on the verb
                    pobjs = _prep_objects(_clause_verb(tok), slot[12:])
            for p in pobjs:
                found += _named_or_holder(p, args)
        elif slot.startswith("visit:"):
            # "arrived in Amman", "travelled to Beijing": the capital stands for the state visited
            for p in _prep_objects(tok, slot[6:]):
                key = args.ents.capital_of.get(p.i)
                if key:
                    if key in args.ents.entities or _add_known(args.ents, key):
                        found.append((key, p))
                else:
                    found += [(k, t) for k, t in args.expand(p) if args.ents.entities[k].type == "Country"]
        elif slot.startswith("obj_prep:"):
            # "threatened retaliation against Finland": the preposition hangs on the object;
            # "voiced concern over China's drills": whose drills
            objs = _children(tok, OBJ_DEPS) or _existential(tok)
            for h in objs + [p for o in objs if o.lemma_.lower() in HANDOVER_NOUNS | PARTITIVES
                             for p in _prep_objects(o, "of")]:
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ == slot[9:]:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                found += _named_or_holder(p, args, doer_of_patient=rule.predicate == "criticizesOrAccuses")
        elif slot == "latest_meeting":
            # "Celso Amorim also took part", "China's envoy also attended the talks": those at a meeting
            # just reported meet its parties
            named = [c for c in tok.children if c.dep_ in ("dobj", "dative") and args.entity_at(c)]
            if not found and not named and args.across_sentences:
                found += _latest_doers(args, args.sent_no(tok.sent.start), {"meetsWith"}, 2, [], same_sentence=True)
        elif slot == "conflict_parties":
            # "China also urged restraint": with no one named, the sides of the fighting just reported
            named = [c for c in tok.children if c.dep_ in ("dobj", "dative") and args.entity_at(c)]
            if not found and not named and not _prep_objects(tok, "on") and args.across_sentences:
                if args.conflicts:  # the latest fighting, if it is at most six sentences back
                    start, a, b, at, bt = args.conflicts[-1]
                    if args.sent_no(tok.sent.start) - args.sent_no(start) <= 6:
                        found += [(a, at), (b, bt)]
        elif slot == "conj_verb_obj":
            # "declared the UAE an aggressor state and severed relations": a verb with no party of its own
            # acts on the one named by the verb it is coordinated with
            if not found and verb and not any(o.lemma_.lower() in args.lex.population_nouns
                                              for o in _children(tok, OBJ_DEPS)):
                # (not "to target Russian forces and to warn civilians": the warned are its own)
                kin = ([tok.head] if tok.head.pos_ in ("VERB", "AUX") and (tok.dep_ == "conj" or (
                    tok.dep_ == "ccomp" and not _children(tok, SUBJ_DEPS))) else []) \
                    + [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
                for v in kin:
                    for h in _children(v, OBJ_DEPS):
                        if h.lemma_.lower() in ENVOY_TITLES and v.lemma_.lower() in RECALLING:
                            continue  # "sever relations and recall Sudan's ambassador from Abu Dhabi": one's own envoy
                        found += [(k, t) for k, t in args.expand(h) if args.ents.entities[k].type == "Country"]
                    for prep in ("from", "with", "to", "at", "on", "against"):
                        for p in _prep_objects(v, prep, through_object=True):
                            found += [(k, t) for k, t in _named_or_holder(p, args)
                                      if args.ents.entities[k].type == "Country"]
        elif slot == "obj_appos":
            # "formed a mutual defence pact, the Alliance of Sahel States": the object's apposition names it
            for o in _children(tok, OBJ_DEPS):
                for c in o.children:
                    if c.dep_ == "appos":
                        found += args.expand(c)
        elif slot.startswith("obj_place:"):
            # "closed its embassy in Kyiv": the state whose capital or land the object is in
            for h in _children(tok, OBJ_DEPS):
                for p in _prep_objects(h, slot[10:]):
                    key = args.ents.capital_of.get(p.i)
                    if key and (key in args.ents.entities or _add_known(args.ents, key)):
                        found.append((key, p))
                    else:
                        found += [(k, t) for k, t in args.expand(p) if args.ents.entities[k].type == "Country"]
        elif slot == "place_if_none":
            # "airstrikes killed dozens of people in Gaza", "drones hit a refinery in Russia's Ryazan region",
            # "carried out airstrikes inside Afghanistan": where an attack with no named target fell
            if not found:
                heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower()
                                 in args.lex.light_verbs else [])
                for h in heads:
                    for prep in ("in", "inside", "across", "within"):
                        for p in _prep_objects(h, prep):
                            for k, t in args.expand(p):
                                if args.ents.entities[k].type == "Country" or (
                                        args.ents.entities[k].type == "Location" and not _at_sea(k, args)):
                                    found.append((k, t))  # not "attacked ships in the Red Sea": no one's land
                            found += [(args.ents.token_entity[c.i], c) for c in p.children
                                      if c.dep_ == "poss" and c.i in args.ents.token_entity
                                      and args.ents.entities[args.ents.token_entity[c.i]].type == "Country"]
        elif slot == "border":
            # "fighting along their disputed border", "clashes on the Thai-Cambodian border": the states
            # whose border it is
            if not found:
                for prep in ("along", "on", "at", "across", "near"):
                    for b in _prep_objects(tok, prep):
                        if b.lemma_.lower() not in ("border", "frontier", "boundary"):
                            continue
                        for c in b.children:
                            if c.dep_ == "poss":
                                found += args.expand(c)
                        found += [(args.ents.token_entity[t.i], t) for t in tok.doc[b.left_edge.i: b.i]
                                  if t.i in args.ents.token_entity and t.dep_ != "poss"]
                        for p in _prep_objects(b, "between"):
                            found += args.expand(p)
        elif slot == "accord_party":
            # "revoked an accord that allows U.S. military personnel to operate on its territory": the state
            # the agreement's own clause names is the other party
            if not found:
                for h in _children(tok, OBJ_DEPS):
                    if h.lemma_.lower() not in AGREEMENT_NOUNS:
                        continue
                    for x in _children(h, {"relcl", "acl"}):
                        found += [(k, t) for t in x.subtree if t.i in args.ents.token_entity
                                  for k in [args.ents.token_entity[t.i]] if args.ents.entities[k].type == "Country"]
        elif slot == "obj_acl":
            # "expressed willingness to negotiate with the United States"
            for h in _children(tok, OBJ_DEPS):
                for x in _children(h, {"acl"}):
                    for o in _children(x, OBJ_DEPS):
                        if args.entity_at(o):
                            found += args.expand(o)
                    for prep in ("with", "on", "to", "against"):
                        for p in _prep_objects(x, prep, through_object=True):
                            # "reserves the right to respond to Israel's aggression": whose aggression
                            found += _named_or_holder(p, args)
        elif slot == "ccomp_target":
            # "warned that American ships would be legitimate targets": whose ships
            for cc in _children(tok, {"ccomp"}):
                if any(a.lemma_.lower() in ("target", "objective") for a in _children(cc, {"attr"})):
                    for sj in _children(cc, {"nsubj"}):
                        found += _named_or_holder(sj, args)
        elif slot == "ccomp_subj":
            # "demanded that Belarus release the prisoners", "warned that Moscow would respond"
            if not found:  # "called for China to respect the ruling": a for-to clause is parsed as advcl
                clauses = _children(tok, {"ccomp"}) + [a for a in _children(tok, {"advcl"})
                                                        if any(m.dep_ == "mark" and m.lower_ == "for" for m in a.children)]
                for cc in clauses:
                    for sj in _children(cc, {"nsubj", "nsubjpass"}):
                        found += args.expand(sj)
        elif slot == "xcomp":
            # "threatened to cut ties with Y", "vowed to impose sanctions on Y": the objects of the plan
            if not found and not _children(tok, OBJ_DEPS):
                plans = _children(tok, {"xcomp"})
                # "pledged to continue sharing intelligence with Y", "vowed to keep supporting Y": the act kept on
                plans += [g for x in plans if x.lemma_.lower() in ASPECTUAL for g in _children(x, {"xcomp"})]
                for x in plans:
                    if rule.predicate == "expressesIntentToCooperateWith" and _no_cooperation(x, args):
                        continue
                    for h in _children(x, OBJ_DEPS):
                        if args.entity_at(h):
                            found += args.expand(h)
                    for cc in _children(x, {"ccomp"}):  # "offered to help Ukraine rebuild"
                        for sj in _children(cc, {"nsubj"}):
                            found += args.expand(sj)
                    for prep in ("with", "on", "against", "to", "from", "for", "between"):
                        for p in _prep_objects(x, prep, through_object=True):
                            # "vowed to retaliate against South Korea's drills": whose drills; "refused to
                            # respond to a demand from the US": whose demand
                            found += _named_or_holder(p, args) if prep in ("against", "to") else args.expand(p)
        elif slot == "cond_subj":
            # "threatened to stop the talks if the United States goes ahead", "... unless Baghdad accepts":
            # the one whose act the condition names is the one threatened ("to cut gas transit to Europe if
            # the EU imposes ...": a place the threat names is no party)
            if all(args.ents.entities[k].type == "Location" for k, _ in found):
                clauses = [tok] + _children(tok, {"xcomp"})
                for cl in clauses:
                    for adv in _children(cl, {"advcl"}):
                        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in adv.children):
                            for sj in _children(adv, {"nsubj"}):
                                found += args.expand(sj)
        elif slot == "purpose":
            # "began a hunger strike to protest Sweden's decision", "blocked roads demanding the removal of
            # President X": what the action is for names whom it is against
            anchors = [tok] + ([tok.head] if not verb and tok.dep_ in ("dobj", "nsubj") else [])
            for a in anchors:
                for cl in _children(a, {"xcomp", "advcl", "acl"}):
                    if cl.lemma_.lower() not in PURPOSE_VERBS:
                        continue
                    for h in _children(cl, OBJ_DEPS):
                        found += _named_or_holder(h, args)
                    for prep in ("against", "for", "over", "at"):
                        for p in _prep_objects(cl, prep, through_object=True):
                            found += _named_or_holder(p, args)
                    for cc in _children(cl, {"ccomp"}):
                        for sj in _children(cc, {"nsubj", "nsubjpass"}):
                            found += args.expand(sj)
        elif slot == "ccomp_self_obj":
            # "Russia warned that it would respond to any deployment of missiles in Germany": when the
            # warner is the one who will act, the one acted on is threatened
            if not found:
                own = {k for st in _subject_tokens(tok) for k, _ in args.expand(st)}
                for cc in _children(tok, {"ccomp"}):
                    actors = {k for sj in _children(cc, {"nsubj"}) for k, _ in args.expand(sj)}
                    if own and actors and actors <= own:
                        found += _subtree_objects(cc, [(k, t) for st in _children(cc, {"nsubj"})
                                                       for k, t in args.expand(st)], rule, args)
        elif slot == "clause_subj" and not verb:
            # "its demand that Israel ease restrictions": the subject of the noun's clause
            for cl in _children(tok, {"acl", "ccomp", "relcl"}):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children) or cl.dep_ == "ccomp":
                    for sj in _children(cl, {"nsubj", "nsubjpass"}):
                        found += args.expand(sj)
        elif slot.startswith("pp:"):
            # "open to normalizing relations with Israel", "ready for talks with Iran": A's object, then B on it
            first, second = slot[3:].split(">")
            for p in _prep_objects(tok, first):
                for q in _prep_objects(p, second):
                    found += args.expand(q)
        elif slot == "copula_subj":
            # "said Washington was the biggest threat", "believes the court is a political tool": who is called so
            if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
                for h in _subject_tokens(tok.head):
                    found += _named_or_holder(h, args)  # "the NATO exercises were provocative": NATO's
        elif slot == "subj":
            # the actor of a reported act: "Manila had provoked", "Japan's remarks interfered";
            # for a modal ("Sudan must return"), its verb's subject
            for h in _subject_tokens(tok.head if tok.dep_ == "aux" else tok):
                got = args.expand(h)
                if not got:
                    for c in h.children:
                        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and args.ents.token_entity.get(c.i)):
                            got += args.expand(c)
                found += got
        elif slot == "dative":
            for h in _children(tok, {"dative"}):
                if h.pos_ == "ADP":
                    for p in h.children:
                        if p.dep_ == "pobj":
                            found += args.expand(p)
                else:
                    found += args.expand(h)
            if verb and not _children(tok, {"dative"}):
                # "promised Chad military equipment", parsed with the recipient as a word of the thing given
                for o in _children(tok, {"dobj"}):
                    first = o.doc[o.left_edge.i]
                    if first.dep_ in ("compound", "nmod") and first.i == tok.i + 1 and first.pos_ == "PROPN" and first.head.i == o.i \
                            and args.ents.kinds.get(first.i) in ("name", "capital", "alias"):
                        found += [(k, t) for k, t in args.expand(first) if args.ents.entities[k].type == "Country"]
        elif slot == "compound" and not verb:
            for c in tok.children:
                if c.dep_ in ("compound", "amod") and args.ents.token_entity.get(c.i) \
                        and not _own_venue(tok, args.ents.token_entity[c.i], args):
                    found += args.expand(c)
                    partner = _hyphen_partner(c, args)
                    if partner is not None:  # "US-China talks", "the Israel-Hamas war": both parties
                        found += args.expand(partner)
        elif slot == "poss":
            owners = _children(tok, {"poss"})
            if not owners and tok.dep_ == "conj" and _apposed(tok) is not None and not _children(tok, {"det"}):
                owners = _children(tok.head, {"poss"})  # "the US, Israel's closest ally and main arms supplier"
            for c in owners:
                found += args.expand(c)
        elif slot == "appos_head" and not verb:
            # "Belarus, a close Russian ally": the noun the trigger is set beside is the other party
            # whose ally is told by a modifier or possessor; "Turkey and Sweden, two close partners of the
            # United States" are no partners of each other
            noun = _apposed(tok)
            if noun is not None and any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod")
                                                              and c.i in args.ents.token_entity)
                                        for n in (tok, noun) for c in n.children):
                found += args.expand(noun.head)
    return found


def _no_cooperation(plan, args: Args) -> bool:
    """Is a plan no cooperation with those it names? "pledged not to allow al Qaeda to ...", "agreed to widen
    its sanctions against Minsk": a friendly act refused, or a hostile act planned."""
    # ("agreed not to attack each other", "agreed to end hostilities" are cooperation)
    return _hostile_plan(plan, args.lex) != any(c.dep_ == "neg" for c in plan.children)


def _doc_actor(args: Args, article: Article) -> str | None:
    """The article's main actor: the entity most often the subject in its first sentences."""
    counts: Counter[str] = Counter()
    for i, sent in enumerate(args.doc.sents):
        if i > 6:
            break
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                key = args.entity_at(tok)
                if key and args.ents.entities[key].type in ("Country", "Alliance", "Organization"):
                    counts[key] += 3 if i < 3 else 1
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def extract_relations(doc, ents: DocEntities, article: Article, coref: bool = True) -> Iterator[Relation]:
    """Yield every relation the sentences of ``doc`` state, with evidence; deterministic order.

    Without ``coref`` no act is read across sentences ("Iran condemned the strikes" names no doer).
    """
    lex = load_lexicon()
    doc = view(doc)  # the rules walk the tree many times per word: plain Python objects (kg.docview)
    args = Args(doc, ents, lex, article.date)
    args.across_sentences = coref
    doc_actor: list[str | None] = []  # computed lazily
    seen: set[tuple] = set()
    moods: dict[tuple[int, str], str] = {}  # (trigger, predicate) -> modality
    claims: dict[int, tuple] = {}  # trigger -> ((speaker, claimant), date)
    sporting: dict[int, bool] = {}  # sentence start -> is it a match report
    # the same sentences and argument tokens come back in many statements: their texts are read once
    phrases: dict[int, str] = {}  # token -> _np_text
    sentences: dict[int, tuple[str, int, int]] = {}  # sentence start -> (text, start char, end char)

    def actor() -> str | None:
        if not doc_actor:
            doc_actor.append(_doc_actor(args, article))
        return doc_actor[0]

    def np_text(tok) -> str:
        if tok is None:
            return ""
        text = phrases.get(tok.i)
        if text is None:
            text = phrases[tok.i] = _np_text(tok)
        return text

    def emit(s, o, predicate, rule_id, conf, trigger, s_tok, o_tok, sent, mood=None, note=None) -> Iterator[Relation]:
        # what something is (a member, a minister) ignores the clause's negation; joining is an event
        structural = predicate in STRUCTURAL and not (rule_id.startswith("member.verb") or (
            rule_id.startswith("member.noun") and trigger.lemma_.lower() == "membership")  # "blocked its membership"
            or (rule_id.startswith("member.attr") and any(c.dep_ == "neg" for c in trigger.head.children)))  # "is not a member"
        if s == o:
            return
        et = ents.entities
        if et[s].type in ("Location", "Event") and predicate not in ("locatedIn",):
            return
        if predicate == "memberOf" and et[s].type == "Person":
            # "Gonsalves, who holds the rotating presidency of CELAC", "Skerrit, the chair of CARICOM": a person
            # serves in a body (the eval guidelines' holds_position), states are its members
            if rule_id.startswith(("member.chair", "member.presidency")) and s_tok is not None:
                home = _home_state(s, s_tok, args)  # "Nigerian President Bola Tinubu, who chairs ECOWAS":
                if home is not None and home != o and et[home].type == "Country":  # his state holds the chair
                    yield from emit(home, o, predicate, rule_id + ":state", conf * 0.9, trigger, None, o_tok, sent,
                                    mood, note)
            predicate, rule_id = "holdsPosition", rule_id + ":person"
        if predicate in CONTEST_ACTS:
            if sent.start not in sporting:
                sporting[sent.start] = _sporting(sent)
            if sporting[sent.start]:
                return  # "Argentina beat France on penalties", "saved a penalty": a match, not a war
        if predicate in lex.symmetric and ((et[s].type == "Person" and s_tok is not None and _home_state(s, s_tok, args) == o)
                                           or (et[o].type == "Person" and o_tok is not None
                                               and _home_state(o, o_tok, args) == s)):
            return  # "talks between Thai Prime Minister X and ...": no one meets their own state
        if predicate in FORCE_ACTS and et[o].type == "Agency" and "ministry" in et[o].label.lower() and et[o].parent \
                and (et[o].parent in et or _add_known(ents, et[o].parent)):
            o = et[o].parent  # "opened fire on its positions", said the defence ministry: the state's positions
        if et[o].type == "Event" or (et[o].type == "Location" and predicate not in PLACE_OBJECTS):
            return  # the ontology's ranges (ontology/shapes.ttl): "a mediation effort between the Emirates
            # [read as a place] and Saudi Arabia" meets no place
        if predicate in SPOKEN_STANCES and s_tok is not None and et[s].type != "Person" and not structural:
            speaker = _speaking_for(trigger, [(s, s_tok)], args)
            if speaker is not None and speaker[0] != o:
                (s, s_tok), rule_id = speaker, rule_id + ":speaking_for"
        first = (s, o, s_tok, o_tok, rule_id, conf)  # as called: before the pair is ordered and penalised
        if predicate in lex.symmetric and s > o:
            s, o, s_tok, o_tok = o, s, o_tok, s_tok
        key = (s, predicate, o, sent.start)
        if key in seen:
            args.repeated = True  # the trigger stated it again: it is read, the next rule need not try
            return
        seen.add(key)
        notes = [ents.resolved[t.i] for t in (s_tok, o_tok) if t is not None and t.i in ents.resolved]
        if note:  # "the strikes -> United States": an act named before, whose doer is the object
            notes = [note]
        if notes:
            conf *= RESOLVED_PENALTY ** len(notes)
            rule_id += "+resolved"
        # a reported act's mood is the report's (_report_modality): "said Sudan must return" is a demand, asserted
        if structural:
            modality = "asserted"
        elif mood:
            modality = mood
        else:  # one trigger often states several pairs: its mood is read once per predicate
            modality = moods.get((trigger.i, predicate))
            if modality is None:
                modality = moods[(trigger.i, predicate)] = modality_of(trigger, lex, predicate)
        if predicate == "holdsPosition":
            args.sides.setdefault(s, set()).add(o)  # every body the person serves: their own side
            if et[o].type == "Country":
                args.posts.setdefault(s, o)  # the person's state, for later sentences that name them alone
        if trigger.i not in claims:
            claims[trigger.i] = (attribution_of(trigger, args, lex), date_of(trigger, article.date))
        (who, claimant), when = claims[trigger.i]
        # "Russia will expel British diplomats if London does not apologise": a conditional warning is a
        # threat made (the eval guidelines' rule 7); the act itself has not happened
        conditional = modality == "asserted" and not structural and (
            (predicate in WARNED_ACTS and _on_condition(trigger, lex))
            # "will withdraw its peacekeepers from Chad unless ...": a withdrawal held over a state is a threat;
            # "will withdraw if Hamas frees the hostages" is an offer
            or (predicate == "retreatsFrom" and _on_condition(trigger, lex, UNLESS))) and (
            who is None or _warned_by_own_side(s, who, trigger, args))
        if conditional:
            modality = "hypothetical"
        if modality == "asserted" and not structural and predicate in FIGHTING:
            args.conflicts.append((sent.start, s, o, s_tok, o_tok))
        if modality == "asserted" and not structural:
            args.events.append((sent.start, predicate, s, s_tok))
            if predicate in lex.symmetric:
                args.events.append((sent.start, predicate, o, o_tok))
            else:
                args.done_to.setdefault(o, []).append((sent.start, predicate, s, s_tok))
        also = None  # a second relation the same act states
        if modality == "asserted" and predicate == "mobilizesAgainst":
            # "deployed warships off the coast of Venezuela": a force posture aimed at a state threatens it
            also = ("threatens", ":posture")
        elif modality == "asserted" and predicate in COOPERATIVE and \
                _is_future(trigger if trigger.pos_ in ("VERB", "AUX", "ADJ") else trigger.head, lex):
            # "Finland will give Tanzania a grant": an announced act of cooperation is also a pledge (CAMEO 03x)
            also = ("expressesIntentToCooperateWith", ":announced")
        elif conditional:
            also = ("threatens", ":warned")
        elif modality == "negated" and predicate in HALTABLE and _halted(trigger):
            # "Poland is no longer transferring weapons to Ukraine", "paused intelligence sharing with Kyiv":
            # aid or cooperation stopped is relations reduced (CAMEO 16x), asserted
            also = ("reducesRelationsWith", ":halted")
        elif modality == "hypothetical" and predicate == "memberOf" and trigger.dep_ == "xcomp" \
                and trigger.head.lemma_.lower() in APPLYING:
            # "Finland applied to join the alliance": an application is a stated wish to cooperate (CAMEO 03x)
            also = ("expressesIntentToCooperateWith", ":applied")
        elif modality == "hypothetical" and predicate in COOPERATIVE and _left_open(trigger, lex):
            # "Putin said Russia does not rule out military cooperation with Pyongyang": an openness stated
            also = ("expressesIntentToCooperateWith", ":left_open")
        elif modality == "hypothetical" and predicate in WARNED_ACTS and who is not None and \
                _warned_by_own_side(s, who, trigger, args) and not any(
                    c.dep_ == "mark" and c.lower_ == "whether" for c in trigger.children):
            # ("would decide whether to leave the alliance" is a question left open, no warning)
            # "Erdogan warned that Turkey could launch an incursion into Syria": an act one's own side
            # might take, held out as a warning, is a threat made (CAMEO 13x)
            also = ("threatens", ":warned")
        if also:
            a, b, a_tok, b_tok, first_rule, first_conf = first
            yield from emit(a, b, also[0], first_rule + also[1], first_conf * 0.8, trigger, a_tok, b_tok, sent,
                            mood="asserted" if also[1] in (":warned", ":left_open", ":applied", ":halted") else None)
        if modality == "asserted" and predicate in REPORTED_WRONGS and who is not None and who != s \
                and who in et and o in (who, et[who].parent) and et[s].type != "Person":
            # "Armenia's defence ministry said Azerbaijani troops had opened fire on its positions": the victim's
            # report of the act accuses its doer (the eval guidelines' rule 1: claims attributed to someone)
            yield from emit(who, s, "criticizesOrAccuses", rule_id + ":reported_by_victim", conf * 0.8, trigger,
                            None, s_tok, sent, mood="asserted")
        where = sentences.get(sent.start)
        if where is None:
            # the article's own words: the parsed text differs only in dashes read for spaced hyphens
            where = sentences[sent.start] = (article.text[sent.start_char:sent.end_char].strip(), sent.start_char,
                                             sent.end_char)
        yield Relation(
            subject=s, predicate=predicate, object=o,
            evidence=Evidence(
                article=article.id, sentence=where[0], start=where[1], end=where[2],
                rule=rule_id, confidence=round(conf, 3), trigger=trigger.text, modality=modality,
                attributed_to=who, claimant=claimant, date=when,
                subject_text=np_text(s_tok), object_text=np_text(o_tok),
                resolved="; ".join(notes) or None,
            ),
        )

    topic: list = [None, -10]  # (predicate, sentence number) of the last topical partnership noun
    for n_sent, sent in enumerate(doc.sents):
        lemmas: set[str] = set()  # the sentence's, for _structural
        for tok in sent:
            lemma = tok.lemma_.lower()
            lemmas.add(lemma)
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acomp")):
                rules = lex.verb_rules.get(lemma, ())
                is_verb = True
            elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in ents.token_entity:
                rules = lex.noun_rules.get(lemma, ())
                is_verb = False
            else:
                continue
            if not rules:
                continue
            done = False
            retry: list[Rule] = []  # rules that found a subject but no object: the fallback's candidates
            act = None  # (predicate, doers) of the first of them that is an act, not a standing
            # first every rule by its slots; only if none fired, the subtree fallback (_subtree_objects)
            for fallback in (False, True):
                if done:
                    break
                for rule in (retry if fallback else rules):
                    # a reported act is read besides what the act itself states ("said X violated Y's airspace")
                    if (done and not rule.speaker_subject) or (fallback and rule.speaker_subject) \
                            or (not fallback and not _rule_matches(rule, tok, args)):
                        continue
                    if rule.topic_carrier and topic[0] and n_sent - topic[1] <= 2 and not is_verb:
                        # "a network of intelligence partnerships ... Others involve partnerships with Japan":
                        # a bare partnership noun continues the topic of the one just before it.
                        rule = replace(rule, predicate=topic[0], id=rule.id + ":topic", confidence=rule.confidence * 0.85)
                    args.found_subjects, args.repeated = [], False
                    fired = list(_apply(rule, tok, is_verb, args, sent, emit, actor, fallback))
                    if not fired and not fallback and args.found_subjects and is_verb:
                        if act is None and rule.predicate not in STRUCTURAL:
                            act = (rule.predicate, args.found_subjects)
                        retry.append(rule)
                    if rule.require_modifier_lemmas and not is_verb and not fallback:
                        topic[0], topic[1] = rule.predicate, n_sent
                    yield from fired
                    if (fired or args.repeated) and not rule.speaker_subject and not rule.also:
                        done = True
            if not done and act is not None and args.across_sentences and modality_of(tok, lex, act[0]) == "asserted":
                # "Russia suspended its participation in New START. Blinken called the decision
                # irresponsible": an act that names no party is still an act, whose doer "the decision" names
                args.bare_events += [(sent.start, act[0], k, t) for k, t in act[1]]
        yield from _structural(sent, args, emit, lemmas)


#: "X-led", "X-backed": the one who leads or backs a thing, in its name.
NAMED_LEADERS = frozenset({"lead", "back", "sponsor", "broker", "mediate", "run", "dominate"})


#: What "A and B agreed to ..." pledges rather than settles: "agreed to work towards a treaty" is an intent.
STRIVING = frozenset({"work", "cooperate", "negotiate", "talk", "consult", "explore", "consider", "continue", "seek",
                      "pursue", "strive", "discuss", "study", "try", "look"})


#: Stances a statement takes: said of one's own side by its official, they are the official's (as event coders
#: credit verbal events to the speaker): "Trump said Washington would work with Britain".
SPOKEN_STANCES = frozenset({"expressesIntentToCooperateWith", "threatens", "demands", "criticizesOrAccuses"})


def _speaking_for(verb, subjects, args: Args) -> tuple[str, object] | None:
    """The one person or state body who reports ``verb``'s clause, when its subjects are all their own side:
    a person's state, a body they serve or one named in their title ("NATO Secretary-General Jens Stoltenberg
    said the alliance ..."); a ministry's state ("China's foreign ministry said Beijing would ...")."""
    speaker = _speaker_token(verb, args.lex)
    if speaker is None or speaker.i == verb.i or any(t.i == speaker.i for _, t in subjects):
        return None
    tok = verb
    while tok.head.i != tok.i and tok.head.i != speaker.head.i:
        if tok.dep_ in ("relcl", "acl", "appos"):
            return None  # "accused Stockholm of harbouring the PKK, which Ankara considers ...": the writer's aside
        tok = tok.head
    people = [(k, t) for k, t in args.expand(speaker) if args.ents.entities[k].type in ("Person", "Agency")]
    if len(people) != 1:
        return None
    person, tok = people[0]
    if args.ents.entities[person].type == "Agency":  # "the ministry said Beijing would ...": the state's body
        own = {args.ents.entities[person].parent}
    else:
        own = set(args.sides.get(person, ())) | {_home_state(person, tok, args)}
        own.update(k for t in tok.doc[tok.left_edge.i: tok.i] if (k := args.ents.token_entity.get(t.i)) and k != person)
    return people[0] if all(k in own for k, _ in subjects) else None


def _own_side(actors, args: Args) -> set[str]:
    """The actors and the states they belong to."""
    return {k for a, t in actors for k in (a, _home_state(a, t, args)) if k}


def _other_side(actors, own: set[str], args: Args) -> list[tuple[str, object]]:
    """Those of ``actors`` that are not of ``own`` side, nor belong to a state of it."""
    return [(k, t) for k, t in actors if k not in own and _home_state(k, t, args) not in own]


def _signatory_states(args: Args, sent) -> list[tuple[str, object]]:
    """The parties of the agreement reported last, up to ten sentences back, a signatory by their state:
    "signed by Khalilzad and Baradar" binds the United States and the Taliban."""
    return _as_states(_latest_doers(args, args.sent_no(sent.start), {"signsAgreementWith"}, 10, []), args)


def _as_states(actors, args: Args) -> list[tuple[str, object]]:
    """``actors`` with each person read as their state, each actor once (its first token kept)."""
    out: list[tuple[str, object]] = []
    for k, t in actors:
        k = (_home_state(k, t, args) or k) if args.ents.entities[k].type == "Person" else k
        if all(k != o for o, _ in out):
            out.append((k, t))
    return out


def _place_state(verb, args: Args) -> list:
    """The state of the country or capital an event is placed "in" (a direct "in" of the verb)."""
    out = []
    for p in _prep_objects(verb, "in"):
        key = args.ents.capital_of.get(p.i)
        if key:
            if key in args.ents.entities or _add_known(args.ents, key):
                out.append((key, p))
        elif (key := args.ents.token_entity.get(p.i)) and args.ents.entities[key].type == "Country":
            out.append((key, p))
    return out


def _apply(rule: Rule, tok, is_verb: bool, args: Args, sent, emit, actor, fallback: bool = False) -> Iterator[Relation]:
    if rule.negated_form and not any(c.dep_ == "neg" for c in tok.children):
        return  # the rule reads only the negated verb
    ents = args.ents
    conf = rule.confidence
    if rule.speaker_subject:
        speaker = _speaker_token(tok, args.lex)
        subjects = args.expand(speaker) if speaker is not None and speaker.i != tok.i else []
        how = "reported"
    elif is_verb:
        subjects = _subject_actors(tok, args)
        how = "verb"
        if _is_passive(tok) and rule.passive_subject:
            # "Washington is alarmed by North Korea's launches": who is alarmed, whatever alarmed it
            # ("the Houthis, who are allied with Iran": the relative pronoun's antecedent)
            subjects = [x for c in tok.children if c.dep_ == "nsubjpass" for x in args.expand(
                tok.head if tok.dep_ == "relcl" and c.lower_ in RELATIVE_PRONOUNS else c)]
        elif _is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children):
            subjects = []
            if rule.predicate in ("charged", "arrested"):
                # "Three men were charged under the National Security Act, the Metropolitan Police said":
                # a state body reporting an arrest or a charge it does not attribute made it
                speaker = _speaker_token(tok, args.lex)
                subjects = [(k, t) for k, t in (args.expand(speaker) if speaker is not None else [])
                            if ents.entities[k].type == "Agency"]
                if subjects:
                    how, conf = "reported_by", conf * 0.8
                else:
                    # "Saab was arrested in Cape Verde", "was detained in Moscow": no one named, the state
                    # where it happened did it
                    subjects = _place_state(tok, args)
                    if subjects:
                        how, conf = "passive_in", conf * 0.8
                    elif args.across_sentences:
                        # "Three men were charged ..., the Metropolitan Police said. Wai, Trickett and Yuen were
                        # charged under the National Security Act": whoever did it just before
                        subjects = _latest_doers(args, args.sent_no(sent.start), {rule.predicate}, 2, [])
                        if subjects:
                            how, conf = "earlier_doer", conf * EVENT_PENALTY
    else:
        subjects, how = _noun_subjects(tok, args, rule)
    if rule.subject_types:  # "South Korea ended the pact in protest of ...": a state's protest is a complaint
        subjects = [(k, t) for k, t in subjects if ents.entities[k].type in rule.subject_types]
    if rule.predicate == "protestsAgainst":
        # "Thousands of Nigerians rallied": the people of a country demonstrate, its state does not
        subjects = [_population(k, t, args) for k, t in subjects]
    elif is_verb and tok.lemma_.lower() == "protest":
        subjects = [(k, t) for k, t in subjects if _people_token(t, args) is None]  # their protest is read above
    objects = _objects(tok, rule, args, is_verb)
    if is_verb and objects:
        # "forged agreements with Australia in 2022 and Britain in 2023": a name coordinated with the verb
        # itself repeats its object
        objects += [x for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                    and c.i in ents.token_entity for x in args.expand(c) if x not in objects]
    if not is_verb and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in UNDERGO_VERBS:
        # "Australia, which faced Chinese tariffs": the one who faces the act is its object
        objects = _subject_actors(tok.head, args) or objects
    elif not is_verb and not objects and tok.dep_ == "pobj" and tok.head.dep_ == "agent" \
            and tok.head.head.lemma_.lower() in STRIKING_VERBS:
        # "Canada, hit by Trump's tariffs", "firms targeted by EU sanctions": who the act hit
        verb = tok.head.head
        hit = _children(verb, {"nsubjpass"}) or ([verb.head] if verb.dep_ == "acl" else [])
        objects = [a for h in hit for a in args.expand(h)]
    if subjects:
        # "they are suspending their participation in the forum": the subject's own possessive is no party
        own = {k for k, _ in subjects}
        objects = [(k, t) for k, t in objects if not (t.pos_ == "PRON" and t.dep_ == "poss" and k in own)]
        if len(own) > 1 and objects and {k for k, _ in objects} <= own and not (is_verb and _reciprocal(tok)):
            objects = []  # "the three countries were recalling their envoys": a group does not act on itself
    if rule.state_objects:
        objects = [_state_behind(k, t, args) for k, t in objects]
    objects = [(k, t) for k, t in objects if ents.entities[k].type in rule.object_types or
               (rule.predicate == "memberOf" and ents.entities[k].type in GROUP_TYPES)]
    if is_verb and rule.passive_from_body and not subjects and _is_passive(tok) \
            and not any(c.dep_ == "agent" for c in tok.children):
        # "was expelled from the Council of Europe", "was suspended from the Arctic Council's work"
        places = [q for p in _prep_objects(tok, "from") for q in (
            [p] if p.lemma_.lower() not in BODY_WORK else _work_owners(p))]
        bodies = [x for p in places for x in args.expand(p) if ents.entities[x[0]].type in GROUP_TYPES]
        if bodies:
            subjects, how = bodies, "passive_from"
            objects = [x for c in tok.children if c.dep_ == "nsubjpass" for x in args.expand(c)]
    symmetric = rule.predicate in args.lex.symmetric
    if rule.predicate in ("arrested", "coercesOrArrests", "attacked") and is_verb and not objects and subjects:
        # "Iranian police arrested hundreds of protesters": people given no nationality are the acting state's own
        home = _home_state(subjects[0][0], subjects[0][1], args)
        targets = _children(tok, OBJ_DEPS) + [p for prep in ("on", "at") for p in _prep_objects(tok, prep, True)]
        objects = [g for t in targets for g in [_own_people(t, home, args, groups_only=rule.predicate == "attacked")]
                   if g is not None] if home else []
        if objects:
            how, conf = "own_people", conf * 0.7
    if rule.predicate == "protestsAgainst" and not objects and _opposes_something(tok):
        # "Bangladeshi students protested against job quotas": a people's protest at a policy no one is
        # named for is aimed at its own state
        objects = [(p, tok) for k, _ in subjects for p in [ents.entities[k].parent]
                   if ents.entities[k].type == "Organization" and p and ents.entities[k].label.endswith(")")
                   and (p in ents.entities or _add_known(ents, p)) and ents.entities[p].type == "Country"]
        if objects:
            how, conf = "own_state", conf * 0.7
    if rule.doer_object and is_verb and subjects and not objects and args.across_sentences:
        doer = _doer_of(subjects[0][0], sent, args)
        if doer is not None and all(doer[0] != k for k, _ in subjects):
            objects, how, conf = [doer], "answers", conf * EVENT_PENALTY
    if rule.posted_object and is_verb and subjects and not objects and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for o in _children(tok, OBJ_DEPS) for c in o.children):
        # "recalled its ambassador" with no "from": the envoy is posted to the one other state the sentence,
        # or else the sentence before, names
        objects = _posting(subjects, sent, args)
        if objects:
            how, conf = "posting", conf * EVENT_PENALTY
    if how == "drawn_from" and not objects:
        objects, how, conf = _drawn_by(tok.head, sent, args, conf)
        objects = _other_side(objects, _own_side(subjects, args), args)
    if rule.event_object and is_verb and subjects and not objects and args.across_sentences:
        objects = _event_doers(tok, args, sent, rule.event_object if isinstance(rule.event_object, str) else None,
                               subject_act="subj" in rule.objects)
        # "India rejected the accusation": not its own ministry's, which had spoken for India before
        objects = _other_side(objects, _own_side(subjects, args), args)
        if objects:
            how, conf = "event", conf * EVENT_PENALTY
    if rule.predicate == "expressesIntentToCooperateWith" and is_verb and subjects and not objects \
            and args.across_sentences and tok.lemma_.lower() in COMMITTED:
        # "the Taliban were committed to the deal": to the other parties of the agreement reported before
        deals = [p for p in _prep_objects(tok, "to") if p.lemma_.lower() in AGREEMENT_NOUNS and all(
            c.dep_ == "det" and c.lower_ in EVENT_DETERMINERS for c in p.children) and list(p.children)]
        if deals:
            own = _own_side(subjects, args)
            parties = _signatory_states(args, sent)
            if any(k in own for k, _ in parties):  # one's own deal: a pledge to the other side of it
                objects = _other_side(parties, own, args)
            if objects:
                how, conf = "event", conf * EVENT_PENALTY

    def pairs(parties, suffix):
        # symmetric relations once per pair; a directional one reported as mutual ("clashed") both ways
        for i, (a, at) in enumerate(parties):
            for b, bt in parties[i + 1:]:
                yield from emit(a, b, rule.predicate, f"{rule.id}:{suffix}", conf, tok, at, bt, sent)
                if not symmetric:
                    yield from emit(b, a, rule.predicate, f"{rule.id}:{suffix}", conf, tok, bt, at, sent)

    if not is_verb and rule.predicate == "meetsWith" and tok.lemma_.lower() in MEDIATION_NOUNS \
            and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
        # "Pakistan and Afghanistan met in Doha under Qatari and Turkish mediation": each mediator meets each
        # party of the act the mediation hangs on; co-mediators meet no one through it
        mediators = [x for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                     for x in args.expand(c) if ents.entities[x[0]].type in STATE_TYPES | {"Person"}]
        act = tok.head.head
        parties = _subject_actors(act, args) + [x for o in _children(act, OBJ_DEPS) for x in args.expand(o)]
        for m, mt in mediators:
            for o, ot in parties:
                if o != m:
                    yield from emit(m, o, "meetsWith", f"{rule.id}:mediator", conf, tok, mt, ot, sent)
        return
    between = [x for prep in ("between", "among") for p in _prep_objects(tok, prep) for x in args.expand(p)]
    if not between and not is_verb and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OCCURRING:
        # "Heavy clashes erupted between Afghan and Pakistani forces": the parser hangs "between" on the verb
        between = [x for prep in ("between", "among") for p in _prep_objects(tok.head, prep) for x in args.expand(p)]
    if is_verb and not symmetric and tok.lemma_.lower() in args.lex.light_verbs:
        between = []  # "launched a mediation effort between A and B" is no attack between them
    if between and len(between) >= 2:
        # "talks between India and China": pairs among the parties; "Qatar hosted talks between
        # A and B": the host or mediator meets each party too
        yield from pairs(between, "between")
        if symmetric and not (not is_verb and tok.dep_ == "pobj" and tok.head.lower_ in TIME_CAUSE_PREPS):
            # (not "briefed reporters after the talks between A and B": the briefer was not at them)
            for s_key, st in subjects:
                if st.dep_ == "compound" and st.head.i == tok.i and ents.kinds.get(st.i) in ("seat", "capital"):
                    continue  # "an Oval Office meeting between Trump and Zelensky": the seat is the venue
                for o_key, ot in between:  # "China brokered a deal between A and B": China meets each, signs nothing
                    yield from emit(s_key, o_key, "meetsWith", f"{rule.id}:mediator", conf, tok, st, ot, sent)
        return
    talks_clause = is_verb and tok.dep_ == "advcl" and tok.tag_ == "VBN" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in args.lex.noun_rules for c in tok.children)
    if is_verb and symmetric and tok.lemma_.lower() in MEDIATING and (
            (tok.dep_ == "acl" and tok.tag_ == "VBN") or talks_clause):
        # "A and B signed the deal brokered by Qatar and Turkey": each broker meets each signer; "A and B
        # agreed to a ceasefire after talks mediated by Qatar" (the talks parsed as the clause's subject)
        brokers = [x for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                   for x in args.expand(p) if not _in_title(x[1], args)]  # "hosted by St Vincent Prime Minister X": X
        deal = tok.head if not talks_clause else next(
            c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in args.lex.noun_rules)
        if talks_clause and not _prep_objects(deal, "between"):
            parties = _subject_actors(tok.head, args)
        elif (gov := _after_misparsed(deal, args)) is not None:
            parties = _subject_actors(gov, args)
        else:
            parties = _subject_actors(deal.head, args) \
                if deal.dep_ in ("dobj", "nsubjpass") and deal.head.pos_ == "VERB" else []
            gov = deal
            while gov.dep_ == "pobj" and gov.head.dep_ == "prep" and gov.head.head.pos_ in ("VERB", "NOUN"):
                gov = gov.head.head  # "shook hands at the start of talks hosted by X": up to the verb
            if gov is not deal and gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "obj") and gov.head.pos_ == "VERB":
                gov = gov.head  # "agreed to ... the release of hostages, in a deal mediated by Qatar": the agreeing
            if not parties and gov is not deal and gov.pos_ == "VERB":
                # "A and B agreed to a ceasefire after talks in Doha mediated by Qatar": the verb's parties
                parties = _subject_actors(gov, args)
            if not parties:  # "talks between A and B brokered by Qatar"
                parties = [x for p in _prep_objects(deal, "between") for x in args.expand(p)]
        for b, bt in brokers:
            for p_, pt in parties:
                yield from emit(b, p_, rule.predicate, f"{rule.id}:broker", conf * 0.9, tok, bt, pt, sent)
        return
    if is_verb and rule.predicate == "meetsWith" and tok.lemma_.lower() in MEDIATING and not objects \
            and args.across_sentences:
        # "The Trump administration brokered both deals", "The deal was brokered by the United Nations": the
        # brokers meet the parties of the agreement reported before
        deals = [d for d in _children(tok, {"dobj", "obj", "nsubjpass"}) if (d.lemma_.lower() in AGREEMENT_NOUNS | {
            "ceasefire", "truce"} and any(c.dep_ in ("det", "predet") and c.lower_ in EVENT_DETERMINERS | {"both"}
                                          for c in d.children) or _names_event(d, args))
                 and not any(c.dep_ in ("prep", "acl", "relcl") for c in d.children)]
        brokers = [x for a in _children(tok, {"agent"}) for p in _children(a, {"pobj"}) for x in args.expand(p)] \
            if _is_passive(tok) else subjects
        if deals and brokers:
            parties = _signatory_states(args, sent)
            own = _own_side(brokers, args)
            for b, bt in brokers:
                for p_, pt in parties:
                    if p_ not in own:
                        yield from emit(b, p_, rule.predicate, f"{rule.id}:broker_of_deal", conf * EVENT_PENALTY,
                                        tok, bt, pt, sent, note=f"{_np_text(deals[0])} -> {ents.entities[p_].label}")
            return
    if how.split(":")[-1] in MEDIATING and not objects:
        return  # "brokered by Qatar and Turkey": the mediators did not meet or sign with each other
    if is_verb and symmetric and 2 <= len(objects) <= 4 and (
            any(t.lower_ == "together" for c in tok.children for t in (c, *c.children))
            or (rule.predicate == "meetsWith" and tok.lemma_.lower() in MEDIATING)):
        # "talks that brought together Armenia and Azerbaijan", "met X and Y separately and then together",
        # "Anwar hosted Hun Manet and Phumtham": those brought together meet each other
        yield from pairs(objects, "together")
    if rule.predicate == "signsAgreementWith" and not objects and (
            (is_verb and rule.symmetric_subjects) or (not is_verb and len(subjects) >= 2)):
        # "the UAE and Bahrain signed agreements to normalise relations with Israel": each signer with Israel,
        # not with each other
        partners = _with_partners(_children(tok, OBJ_DEPS) if is_verb else [tok], subjects, args)
        for s_key, st in subjects:
            for o_key, ot in partners:
                yield from emit(s_key, o_key, rule.predicate, f"{rule.id}:with_partner", conf * 0.9, tok, st, ot, sent)
        if partners:
            return
    if not is_verb and symmetric and not objects and len(subjects) >= 2 and how != "document_actor":
        # "the military exercise conducted by A and B", "A and B held joint exercises"; but "the U.S.
        # ambassador and China's envoy also attended the talks": observers of talks do not meet each other
        if not (how.startswith("light_verb") and tok.head.lemma_.lower() in ATTENDING) and not rule.no_subject_pairs:
            yield from pairs(subjects, how.split(":")[0])
        return
    if not objects and len(subjects) >= 2 and _reciprocal(tok):
        # "India and Pakistan accused each other": each of the other
        yield from pairs(subjects, "reciprocal")
        return
    if is_verb and rule.symmetric_subjects and objects and len(subjects) >= 2 and rule.predicate == "meetsWith" \
            and len({_home_state(k, t, args) or k for k, t in subjects}) > 1 \
            and not any(o.lemma_.lower() == "counterpart" for o in _children(tok, OBJ_DEPS)):
        # "Lavrov and Rubio met in Riyadh": with each other too; but "the Philippine defence and foreign
        # secretaries met their Japanese counterparts": colleagues of one state meet the others, not each other
        yield from pairs(subjects, "coordinated")
    if rule.predicate == "meetsWith" and len(objects) >= 2 and any(t.lower_ in MULTILATERAL for t in tok.subtree):
        # "met with leaders of Japan and the United States for a trilateral summit": all of them met
        yield from pairs(objects, "multilateral")
    if is_verb and rule.symmetric_subjects and not objects:
        # "India and China signed a border deal", "Indian and Chinese troops clashed"; but "the BJP and
        # the ANC welcomed the vote" is no meeting: a met party or a meeting must be the object if any
        if rule.predicate == "meetsWith" and not rule.require_object_lemmas and tok.lemma_.lower() not in TALKING \
                and any(o.lemma_.lower() not in args.lex.noun_rules for o in _children(tok, OBJ_DEPS)):
            return  # but "Modi and Starmer discussed trade": what two discuss is their talks' subject
        if rule.predicate == "expressesIntentToCooperateWith" and any(
                o.lemma_.lower() not in RECIPROCAL_AIMS for o in _children(tok, OBJ_DEPS)):
            return  # "A and B pledged to deepen their ties" is an intent towards each other; "promised troops" is not
        if len(subjects) >= 2 and rule.predicate == "expressesIntentToCooperateWith" and tok.lemma_.lower() == "agree" \
                and not any(x.lemma_.lower() in STRIVING for x in _children(tok, {"xcomp"})):
            # "Yoon and Kishida agreed to resume regular visits": an agreement reached between them (CAMEO 057)
            for i, (a, at) in enumerate(subjects):
                for b, bt in subjects[i + 1:]:
                    yield from emit(a, b, "signsAgreementWith", f"{rule.id}:agreed_between", conf, tok, at, bt, sent)
            return
        if len(subjects) >= 2:
            yield from pairs(subjects, "coordinated")
        return
    if not subjects and not is_verb and (symmetric or rule.predicate == "clashedWith") and len(objects) >= 2 and any(
            t.dep_ in ("compound", "amod", "poss") for _, t in objects):
        yield from pairs(objects, "compound")  # "the Israel-Hamas war": a clash is mutual
        return
    args.found_subjects = subjects
    if fallback and is_verb and subjects and not objects and not rule.speaker_subject and not rule.symmetric_subjects \
            and not rule.no_subtree and tok.lemma_.lower() not in args.lex.light_verbs:  # "launched a mediation effort between A and B"
        objects = _subtree_objects(tok, subjects, rule, args)
        if objects:
            how = "subtree"
            conf = conf * 0.6
    if not subjects and rule.implicit_subject and objects and not is_verb and tok.dep_ == "pobj" \
            and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        # "Canberra will acquire submarines under a new security partnership with Washington and London":
        # the clause's subject is the partner, not the story's main actor
        subjects = [x for x in _subject_actors(tok.head.head, args) if all(x[0] != k for k, _ in objects)]
        if subjects:
            how = "clause_subject"
    if not subjects and rule.implicit_subject and objects:
        key = actor()
        if key:
            subjects = [(key, tok)]
            how = "document_actor"
            conf = conf * 0.6
    mood = _report_modality(tok, rule, args.lex) if subjects and objects else None
    if rule.negated_form:
        mood = "asserted"  # "will not tolerate": the refusal is the threat
    for s, st in subjects:
        home = _home_state(s, st, args) if symmetric or rule.speaker_subject or rule.predicate in OWN_SIDE_EXCLUDED \
            else None
        # "Xi told Modi the two countries should strengthen cooperation": a word that names both sides, the
        # speaker's own among them, asks nothing of the other
        ours = {ot.i for o, ot in objects if ot is not None and (o == home or o in args.sides.get(s, ()))} \
            if rule.speaker_subject else set()
        if rule.speaker_subject and rule.predicate == "demands":
            # "Xi told Modi that China and India should strengthen cooperation": a call on both sides, the
            # speaker's among them, is a proposal, not a demand on the other
            ours |= {c.i for o, ot in objects if ot is not None and o == home for c in ot.conjuncts}
        for o, ot in objects:
            if symmetric and (o == home or (ot is not None and _home_state(o, ot, args) == s)):
                continue  # "Speaking in Nairobi, Kenyan President Ruto": no one meets their own state
            if rule.predicate in OWN_SIDE_EXCLUDED and o == home:
                continue  # "Japan's coast guard expelled Chinese vessels from its waters", "she warned of China's response"
            if rule.speaker_subject and (o == home or o in args.sides.get(s, ()) or (ot is not None and ot.i in ours)):
                continue  # "Ukraine needs more air defence, Zelensky said": no demand on one's own side
            if rule.predicate in OWN_SIDE_EXCLUDED and ents.entities[o].type == "Agency" and ents.entities[o].parent == home:
                continue  # "the IDF spokesman warned the Israeli Air Force will strike": his own side acts; "would
                # suspend visa processing at the U.S. embassy": a state's measure at its own embassy
            if rule.reverse:  # "Turkey bought missiles from Russia": Russia supplies Turkey
                yield from emit(o, s, rule.predicate, f"{rule.id}:{how.split(':')[0]}", conf, tok, ot, st, sent)
            else:
                # the act's description: the verb's object, or the noun a relative clause hangs on
                act = ((_children(tok, {"nsubj"}) if "subj" in rule.objects else []) or _children(tok, OBJ_DEPS)
                       or _act_objects(tok) or [p for p in _prep_objects(tok, "to") if p.lemma_.lower() in AGREEMENT_NOUNS]
                       or [tok.head])[0] if how == "event" else None
                note = None
                if act is not None:
                    start = act.left_edge.i
                    if start == act.i and start > 0 and act.doc[start - 1].dep_ == "det":
                        start -= 1  # "the" hung on the label: "called the burning "disrespectful""
                    note = f"{' '.join(tok.doc[start: act.i + 1].text.split())} -> {ents.entities[o].label}"
                yield from emit(s, o, rule.predicate, f"{rule.id}:{how.split(':')[0]}", conf, tok, st, ot, sent,
                                mood=mood, note=note)


#: Words of the names of seas and straits, where an attack falls on no one's land.
WATERS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "channel", "waters"})


def _at_sea(key: str, args: Args) -> bool:
    """Does the place ``key`` name a sea or a strait ("the Red Sea", "the Strait of Hormuz"; "the Caribbean",
    whose dictionary entry also calls it the Caribbean Sea)?"""
    return bool(WATERS & set(args.ents.entities[key].label.lower().split())) or key in _named_waters()


@lru_cache(maxsize=1)
def _named_waters() -> frozenset[str]:
    """Places the gazetteer names, by any of their names, as a sea, a gulf, a strait..."""
    gaz = load_gazetteer()
    return frozenset(key for form, (key, _) in gaz.forms.items()
                     if WATERS & set(form.lower().split()) and key in gaz.entries and gaz.entries[key].type == "Location")


#: Prepositions that place an act near something, not on it: "missiles landed off Japan's coast".
NEAR_PREPS = frozenset({"off", "near", "around", "toward", "towards", "outside", "beyond", "close"})


def _subtree_objects(tok, subjects, rule: Rule, args: Args) -> list[tuple[str, object]]:
    """The one actor named inside the trigger's own phrase when no slot found the object: the parser
    of a small model often hangs it a level off ("demanded the release of the crew by Iran"). Not
    inside a reported or relative clause, nor the subject's own words; none when several compete."""
    if rule.predicate in args.lex.symmetric:
        return []  # who met or signed with whom needs the parties named as such
    if any(o.lemma_.lower() in args.lex.noun_rules for o in _children(tok, OBJ_DEPS)):
        return []  # "launched a probe into Iran's programme": the event is the noun's, read there
    if _children(tok, {"oprd"}) and rule.predicate != "criticizesOrAccuses":
        return []  # "called the U.S. move a dumb thing": what one calls a thing is no other act on it
    if _reduced_participle(tok) and _children(tok, {"agent"}):
        return []  # "a tanker seized by the Guards in the Strait of Hormuz": the tanker was acted on, no place
    if rule.predicate in FORCE_ACTS:
        hosted = _hosted_forces(tok, args)
        if hosted:
            return hosted
    skip = {t.i for _, st in subjects for t in st.subtree}
    # a passive verb's grammatical subject is the one acted on: "a camp for Congolese refugees was attacked by ..."
    subject_deps = ("nsubj", "csubj") if _is_passive(tok) else ("nsubj", "nsubjpass", "csubj")
    for c in tok.children:
        if c.dep_ in subject_deps + ("punct", "conj", "parataxis", "npadvmod") or (
                c.dep_ == "prep" and c.lower_ == "according"):  # "according to Israeli tallies": a source
            skip |= {t.i for t in c.subtree}
    found: dict[str, object] = {}
    for t in tok.subtree:
        if t.i == tok.i or t.i in skip:
            continue
        key = args.ents.token_entity.get(t.i)
        if not key or args.ents.entities[key].type not in rule.object_types:
            continue
        # not inside another clause, and not the agent of another event noun ("after Hamas attacks")
        path, node = [], t
        while node.i != tok.i:
            path.append(node)
            node = node.head
        # a threat's own act is its xcomp: "threatened to resume attacks in Israel" threatens Israel
        closed = ("ccomp", "advcl", "relcl", "acl", "pcomp") + (() if rule.predicate == "threatens" else ("xcomp",))
        if any(n.dep_ in closed for n in path):
            continue
        if rule.predicate in CONTEST_ACTS and any(n.lemma_.lower() in MARKET_NOUNS for n in path):
            continue  # "invaded the Indian market": trade, not war
        if rule.predicate not in FORCE_ACTS and any(n.lemma_.lower() in NAMED_LEADERS and n.dep_ in ("amod", "compound", "acl")
                                                    for n in path):
            continue  # "freezes participation in Russia-led security bloc": the bloc, not the one leading it
        if (rule.predicate in COOPERATIVE or rule.predicate == "supports") and any(
                n.dep_ == "prep" and n.lower_ == "against" for n in path):
            continue  # "would defend its sovereignty against Egypt": whom one defends against is not helped
        if rule.predicate in FORCE_ACTS and any((n.dep_ == "prep" and n.lower_ in NEAR_PREPS) or n.lemma_.lower()
                                                in ("water", "sea", "vicinity") for n in path):
            continue  # "firing ballistic missiles into waters off Taiwan": a show of force near it, no strike on it
        if rule.predicate in FORCE_ACTS and args.ents.entities[key].type == "Location" and _at_sea(key, args):
            continue  # "seized a tanker in the Strait of Hormuz": where, not whom
        if rule.predicate == "threatens" and path[-1].dep_ == "prep" and path[-1].lower_ in ("of", "about"):
            continue  # "warned of Chinese hackers": the danger warned of, not the one threatened
        if any(n.dep_ == "prep" and ((n.lower_ in CAUSE_PREPS and (n.lower_ != "at" or any(
                p.lemma_.lower() in args.lex.noun_rules for p in n.children))) or (n.lower_ == "in" and any(
                p.lemma_.lower() in REASON_NOUNS for p in n.children))) for n in path):
            continue  # "boycotted the meetings in protest at Moscow's invasion of Ukraine": the cause, not the target
        if t.dep_ in ("compound", "poss", "amod", "nmod") and t.head.lemma_.lower() in args.lex.noun_rules:
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in PLACE_NOUNS:
            continue  # "seized the city of Goma": the name of a place, whatever the tagger made of it
        if any(n.dep_ == "agent" for n in path):
            continue  # "was supported by the OIC and by countries including Malaysia": a co-agent, not the object
        if any(n.lemma_.lower() in ("border", "frontier", "boundary") for n in path[1:]):
            continue  # "arrested near the border with Colombia": where, not whom
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "about", "regarding", "concerning") and \
                t.head.head.lemma_.lower() in STATEMENT_NOUNS | TOPIC_NOUNS:
            continue  # "vetoed the resolution on Syria": what a text is about is not whom it is aimed at
        found.setdefault(key, (len(path), t))
    own = _own_side(subjects, args)
    found = {k: v for k, v in found.items() if k not in own}
    if not found:
        return []
    # the nearest in the tree, when it is nearer than every other ("denounced as a crime Serbia's
    # suppression of unrest in Montenegro": Serbia)
    ranked = sorted(found.items(), key=lambda kv: kv[1][0])
    if len(ranked) > 1 and ranked[0][1][0] == ranked[1][1][0]:
        return []
    return [(ranked[0][0], ranked[0][1][1])]


#: Places that house troops, and the verbs that say whose: "bases in Iraq hosting U.S.-led coalition troops".
FACILITY_WORDS = frozenset({"base", "bases", "camp", "camps", "outpost", "outposts", "garrison", "compound"})
HOUSING_VERBS = frozenset({"host", "house", "use", "station", "shelter", "accommodate"})
TROOP_NOUNS = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "personnel", "contingent",
                         "marines", "service"})


def _hosted_forces(tok, args: Args) -> list[tuple[str, object]]:
    """The states whose troops a base struck houses: "fired missiles at two bases in Iraq hosting U.S.-led
    coalition troops" strikes the United States, not Iraq, the country the bases are in."""
    out: list[tuple[str, object]] = []
    for prep in _children(tok, {"prep"}):
        for base in _children(prep, {"pobj"}):
            if base.lower_ not in FACILITY_WORDS:
                continue
            for acl in _children(base, {"acl"}):
                if acl.lemma_.lower() not in HOUSING_VERBS:
                    continue
                troops = [t for t in acl.subtree if t.lower_ in TROOP_NOUNS and t.pos_ == "NOUN"]
                for t in (m for tr in troops for m in tr.children if m.dep_ in ("amod", "compound", "poss", "nmod")):
                    for x in (t, *t.children):
                        key = args.ents.token_entity.get(x.i) or _led_by(x, args)
                        if key and args.ents.entities[key].type == "Country" and all(key != k for k, _ in out):
                            out.append((key, x))
    return out


def _led_by(tok, args: Args) -> str | None:
    """The country a one-token "U.S.-led" names (the tokenizer keeps "U.S." whole), as an entity."""
    head, _, tail = tok.text.rpartition("-")
    if not head or tail.lower() not in ("led", "backed"):
        return None
    found = load_gazetteer().forms.get(head)
    if not found or found[1] not in ("name", "alias"):
        return None
    key = found[0]
    return key if key in args.ents.entities or _add_known(args.ents, key) else None


def _posting(subjects, sent, args: Args) -> list[tuple[str, object]]:
    """The one state other than the subjects' own that ``sent`` names, else the sentence before (same paragraph)."""
    own = _own_side(subjects, args) | {_home_state(k, t, args) for k, t in subjects}
    ents = args.ents
    prev = _sentence_before(args, sent) if args.across_sentences else None
    for span in [sent] + ([prev] if prev is not None else []):
        found: dict[str, object] = {}
        for t in span:
            k = ents.token_entity.get(t.i)
            if k and ents.entities[k].type == "Country" and k not in own:
                found.setdefault(k, t)
        if found:
            return list(found.items()) if len(found) == 1 else []
    return []


def _home_state(key: str, tok, args: Args) -> str | None:
    """The state an actor belongs to, as far as the sentence or the actor dictionary says; always an
    entity of the article (a state known only to the dictionary is added to it)."""
    state = _home_state_key(key, tok, args)
    if state is None or state in args.ents.entities or _add_known(args.ents, state):
        return state
    return None


def _home_state_key(key: str, tok, args: Args) -> str | None:
    ent = args.ents.entities[key]
    if ent.type == "Country":
        return key
    if ent.type == "Agency":
        return ent.parent
    if ent.type == "Person":
        doc = tok.doc
        for t in reversed(doc[max(tok.sent.start, tok.left_edge.i): tok.i]):  # "Kenyan President William Ruto"
            k = args.ents.token_entity.get(t.i)
            if k and k != key and args.ents.entities[k].type == "Country":
                return k
            if k and k != key and args.ents.entities[k].type == "Agency" and args.ents.entities[k].parent:
                return args.ents.entities[k].parent  # "IDF spokesman Daniel Hagari"
        # "talks between Thai acting Prime Minister X and ...": the title before the name, however parsed
        i = tok.i
        while i > tok.sent.start and args.ents.token_entity.get(i - 1) == key:
            i -= 1
        for t in reversed(doc[max(tok.sent.start, i - 6): i]):
            if not (t.is_title or t.lower_ in ("acting", "interim", "deputy", "former")) or t.is_punct:
                break
            k = args.ents.token_entity.get(t.i)
            if k and k != key and args.ents.entities[k].type == "Country":
                return k
        # "Chinese spokeswoman Mao Ning ... She warned of China's response": the post read before
        return args.posts.get(key) or office_of(key, None, args.date)
    return None


#: Verbs that bring one's own envoys home: the envoy's state is the one recalling, not a party.
RECALLING = frozenset({"recall", "withdraw", "pull", "evacuate"})
#: Titles of envoys, who stand for their state where a rule wants states ("expelled the Russian ambassador").
ENVOY_TITLES = frozenset({"ambassador", "envoy", "chargé", "charge", "consul", "diplomat", "attaché", "attache",
                          "commissioner"})


def _state_behind(key: str, tok, args: Args) -> tuple[str, object]:
    """The state an agency, an envoy or a capital stands for: the agency's parent, the state in the title
    set beside the envoy's name ("Sylvain Itte, the French ambassador"), the capital's state."""
    ent = args.ents.entities[key]
    if ent.type == "Agency" and ent.parent and (ent.parent in args.ents.entities or _add_known(args.ents, ent.parent)):
        return ent.parent, tok
    capital = args.ents.capital_of.get(tok.i)
    if ent.type == "Location" and capital and (capital in args.ents.entities or _add_known(args.ents, capital)):
        return capital, tok  # "hit back at Washington": the capital read as a place stands for its state here
    if ent.type == "Person":
        while tok.dep_ == "compound" and args.ents.token_entity.get(tok.head.i) == key:
            tok = tok.head  # "Georgy" of "Georgy Zinoviev": the name's head carries its title
        for c in tok.children:
            if c.dep_ == "compound" and c.lower_ in ENVOY_TITLES:
                # "summoned Russian Ambassador Georgy Zinoviev": the envoy's state, named in the title
                for m in c.children:
                    k = args.ents.token_entity.get(m.i) if m.dep_ in ("amod", "compound", "poss") else None
                    if k and args.ents.entities[k].type == "Country":
                        return k, m
            if c.dep_ == "appos":
                for m in c.children:
                    k = args.ents.token_entity.get(m.i) if m.dep_ in ("amod", "compound", "poss") else None
                    if k and args.ents.entities[k].type == "Country":
                        return k, m
        if tok.dep_ == "appos" and tok.head.lower_ in ENVOY_TITLES:
            # "summoned Morocco's ambassador, Karima Benyaich": the title the name is set beside
            for m in tok.head.children:
                k = args.ents.token_entity.get(m.i) if m.dep_ in ("amod", "compound", "poss") else None
                if k and args.ents.entities[k].type == "Country":
                    return k, m
    return key, tok


def _np_text(tok) -> str:
    if tok is None:
        return ""
    doc = tok.doc
    left = tok.i
    # the word before first: the phrase's left edge is read from spaCy, only when that word may belong to it
    while doc[left - 1].dep_ in ("compound", "amod", "det", "poss", "case", "nmod", "punct") \
            and doc[left - 1].text not in (",", "(") and left > tok.left_edge.i:
        left -= 1
    # the text of doc[left:tok.i + 1], sliced from the document's at once
    return clean_surface(doc.text[doc[left].idx:tok.idx + len(tok.text)])


# ---------------------------------------------------------------- structural relations

#: Verbs that say whom a measure is aimed at: "The sanctions target Turkey's defence procurement agency".
AIMING_VERBS = frozenset({"target", "hit", "affect", "cover", "penalise", "penalize", "punish"})
#: Measures whose noun names their kind, and the relation a measure aimed at someone states.
AIMED_KINDS = frozenset({"sanctions"})


def _aimed_measures(sent, args: Args, emit) -> Iterator[Relation]:
    """A measure's aim: "The sanctions target the SSB and its head" (the sanctions the article reported
    last, by their doers), "U.S. sanctions hit Russian banks" (the doer on the noun itself)."""
    ents = args.ents
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in AIMING_VERBS:
            continue
        for noun in _children(tok, {"nsubj"}):
            kinds = {r.predicate for r in args.lex.noun_rules.get(noun.lemma_.lower(), ())} & AIMED_KINDS
            if not kinds or noun.i in ents.token_entity:
                continue
            doers = [(ents.token_entity[c.i], c) for c in noun.children if c.dep_ in ("amod", "compound", "poss")
                     and c.i in ents.token_entity and ents.entities[ents.token_entity[c.i]].type in STATE_TYPES]
            how = "modifier"
            if not doers and args.across_sentences and any(
                    c.dep_ == "det" and c.lower_ in EVENT_DETERMINERS for c in noun.children):
                doers, how = _latest_doers(args, args.sent_no(sent.start), kinds, 10, []), "event"
            aimed = [x for o in _children(tok, OBJ_DEPS) for x in args.expand(o)]
            for (d, dt), (o, ot) in ((d, o) for d in doers for o in aimed):
                if d != o:
                    conf = 0.7 * (EVENT_PENALTY if how == "event" else 1)
                    yield from emit(d, o, sorted(kinds)[0], f"sanction.aimed:{how}", conf, tok, dt, ot, sent)


def _structural(sent, args: Args, emit, lemmas: set[str]) -> Iterator[Relation]:
    # the rules below that fire only at a word of their own list (among the sentence's ``lemmas``, lower
    # case) are tried only where the sentence has one
    ents = args.ents
    named = {ents.entities[k].type for k in map(ents.token_entity.get, range(sent.start, sent.end)) if k}
    if not lemmas.isdisjoint(BACKING):
        yield from _backed(sent, args, emit)
    if args.across_sentences:
        yield from _post_named_next(sent, args, emit)
    if not lemmas.isdisjoint(MEDIATING):
        yield from _hyphen_brokers(sent, args, emit)
    if "target" in lemmas:
        yield from _declared_targets(sent, args, emit)
    if not lemmas.isdisjoint(DESIGNATING):
        yield from _designations(sent, args, emit)
    if not lemmas.isdisjoint(AIMING_VERBS):
        yield from _aimed_measures(sent, args, emit)
    # membership starts from a body's name or one of its words ("led" as written: "the Russia-led bloc")
    if not (named.isdisjoint(GROUP_TYPES) and lemmas.isdisjoint(MEMBERSHIP_WORDS)
            and lemmas.isdisjoint(args.lex.member_verbs) and lemmas.isdisjoint(args.lex.member_nouns)) \
            or (_reads_any(sent, ("led",)) and any(tok.lower_ == "led" for tok in sent)):
        yield from _membership(sent, args, emit)
    yield from _positions(sent, args, emit)
    if "Location" in named:
        yield from _locations(sent, args, emit)
    if not lemmas.isdisjoint(DENIALS):
        yield from _clause_denials(sent, args, emit)
        if args.across_sentences:
            yield from _act_denials(sent, args, emit)
    if not lemmas.isdisjoint(CALL_WORDS):
        yield from _in_a_call(sent, args, emit)
    if not lemmas.isdisjoint(THREAT_VERBS):
        yield from _conditional_demands(sent, args, emit)
    if not lemmas.isdisjoint(WARNING_VERBS | THREAT_VERBS):
        yield from _conditional_threats(sent, args, emit)


ACCUSING_VERBS = frozenset({"accuse", "blame", "charge"})


def _clause_denials(sent, args: Args, emit) -> Iterator[Relation]:
    """ "India accused Pakistan of backing the attackers, which Islamabad denied": a denial of the whole
    accusation answers the accuser (the eval guidelines' rule 7: the denial is the accused's criticism)."""
    for tok in sent:
        which = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "which"), None) \
            if tok.dep_ == "relcl" and tok.lemma_.lower() in DENIALS else None
        if which is None or which.i == 0 or sent.doc[which.i - 1].text != ",":
            continue  # "the claims which Islamabad denied": a restrictive clause on its noun, read elsewhere
        root = sent.root
        if root.lemma_.lower() not in ACCUSING_VERBS:
            continue
        accused = {k for o in _children(root, OBJ_DEPS) for k, _ in args.expand(o)}
        accusers = _subject_actors(root, args)
        for s_key, st in _subject_actors(tok, args):
            if s_key not in accused and _home_state(s_key, st, args) not in accused:
                continue  # only the accused answers with a denial
            for a_key, at in accusers:
                yield from emit(s_key, a_key, "criticizesOrAccuses", "criticize.denial_of_clause", 0.6, tok, st, at,
                                sent)


#: What "deny" takes when it refuses rather than denies: "denied entry", "denied him a visa".
REFUSED = frozenset({"entry", "access", "visa", "permission", "request", "application", "asylum", "landing",
                     "passage", "right", "overflight", "bail", "service", "approval", "license", "licence", "use"})
#: Nouns naming a claim, which "reject", "dismiss" and "refute" deny: "Minsk rejects the claim".
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "report", "assertion", "suggestion",
                         "assessment", "finding", "statement", "narrative", "version"})


def _denied(tok, args: Args) -> bool:
    """Does the verb deny a wrong done rather than refuse or turn down something: "denied any involvement",
    "deny the arms transfers", "denied sending weapons", "denied that ...", "rejects the claim", "denies this"?"""
    lemma = tok.lemma_.lower()
    if lemma not in DENIALS or tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and lemma == "deny" and not any(d.dep_ == "nsubj" and args.entity_at(d)
                                                                       for d in c.children):
            return True  # "denied sending weapons", "denies that it has troops there"
        if c.dep_ not in ("dobj", "obj") or args.entity_at(c):
            continue
        if c.lower_ in ("this", "that", "it"):
            return True
        noun = c.lemma_.lower()
        if noun in CLAIM_NOUNS or (lemma == "deny" and c.pos_ == "NOUN" and noun not in REFUSED
                                   and not _children(tok, {"dative"})):
            return True
    return False


def _accusers(key: str, tok, args: Args, here: int) -> list[tuple[str, object, object]]:
    """Who accused ``key`` (or its state) in this sentence before ``tok`` or in the three before it, as
    (accuser, token, None); failing that, who said in the two sentences before that ``key`` had done
    something, as (speaker, token, the reporting verb): "Poland says Belarus is pushing migrants"."""
    sides = {key, _home_state(key, tok, args) or key}
    found: list[tuple[str, object, object]] = []
    for side in sides:
        for start, predicate, doer, doer_tok in args.done_to.get(side, ()):
            n = args.sent_no(start)
            if predicate == "criticizesOrAccuses" and here - 3 <= n <= here and doer not in sides \
                    and doer_tok.i < tok.i and all(doer != k for k, _, _ in found):
                found.append((doer, doer_tok, None))
    if found:
        return found
    doc = args.doc
    for verb in doc[args.sentence_back(tok.sent.start, 2):tok.sent.start]:
        if verb.lemma_.lower() not in args.lex.speech_verbs or verb.pos_ != "VERB":
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        said_of = {k for c in (clause.children if clause is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
                   for k, _ in args.expand(c)}
        if not said_of & sides:
            continue
        for k, kt in _subject_actors(verb, args):
            if k not in sides and _home_state(k, kt, args) not in sides and all(k != f for f, _, _ in found):
                found.append((k, kt, verb))  # not "Putin told reporters Russia ...": his own state
    return found


#: Exchanges in which whoever speaks to someone meets them: "apologised to Putin in a phone call".
EXCHANGES = frozenset({"call", "conversation", "phone", "telephone", "videoconference", "meeting"})
#: Every word _in_a_call reads a meeting at: an exchange, or being "in touch" or "in contact".
CALL_WORDS = EXCHANGES | {"touch", "contact"}


def _name_after(noun, args: Args) -> list[tuple[str, object]]:
    """The person named right after a title noun the parser set apart from the name ("told his Chinese
    counterpart Wang Yi", with "Wang Yi" hung on the verb)."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    key = args.ents.token_entity.get(nxt.i) if nxt is not None and nxt.pos_ == "PROPN" else None
    if key is None or args.ents.entities[key].type != "Person" or noun.lemma_.lower() not in args.lex.title_words:
        return []
    return [(key, nxt)]


def _in_a_call(sent, args: Args, emit) -> Iterator[Relation]:
    """ "Aliyev apologised to President Vladimir Putin in a phone call", "told Trudeau during a brief meeting":
    a verb said in or during a call or meeting, to or with someone, is a meeting of its subject with them."""
    for tok in sent:
        if tok.lemma_.lower() in ("touch", "contact") and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and tok.head.head.lemma_ in ("be", "remain", "stay", "keep"):
            # "said it was in touch with the Iranian government": those in contact meet
            verb = tok.head.head
            if not any(c.dep_ == "neg" for c in verb.children):
                for s_key, st in _subject_actors(verb, args):
                    for o_key, ot in [x for p in _prep_objects(tok, "with") for x in args.expand(p)]:
                        if o_key != s_key and args.ents.entities[o_key].type != "Location":
                            yield from emit(s_key, o_key, "meetsWith", "meet.in_touch", 0.6, verb, st, ot, sent)
            continue
        if tok.lemma_.lower() not in EXCHANGES or tok.pos_ != "NOUN" or tok.dep_ != "pobj" \
                or tok.head.lower_ not in ("in", "during", "over", "on") or tok.head.head.pos_ != "VERB":
            continue
        verb = tok.head.head
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        others = [x for prep in ("to", "with") for p in _prep_objects(verb, prep) for x in args.expand(p)]
        for c in verb.children:
            if c.dep_ in ("dative", "dobj"):
                others += [x for x in args.expand(c) if args.ents.entities[x[0]].type == "Person"] or _name_after(c, args)
        for s_key, st in _subject_actors(verb, args):
            for o_key, ot in others:
                if o_key != s_key and args.ents.entities[o_key].type != "Location":
                    yield from emit(s_key, o_key, "meetsWith", "meet.in_a_call", 0.65, verb, st, ot, sent)


def _conditional_demands(sent, args: Args, emit) -> Iterator[Relation]:
    """ "Britain warned Iran of serious consequences if it did not release the tanker", "threatened
    sanctions unless Minsk halts the flights": the condition set is a demand on the one it names."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in THREAT_VERBS or any(c.dep_ == "neg" for c in tok.children):
            continue
        for cond in (t for t in tok.subtree if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX")):
            mark = next((m.lower_ for m in cond.children if m.dep_ == "mark"), None)
            # "if it did not release", "if Caracas fails to meet its commitments"
            negated = any(c.dep_ == "neg" for c in cond.children) or cond.lemma_.lower() == "fail"
            if not ((mark == "if" and negated) or (mark == "unless" and not negated)):
                continue
            subj = [c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")]
            speakers = _subject_actors(tok, args)
            if subj and subj[0].pos_ == "PRON" and subj[0].lower_ in ("it", "they"):
                # "Britain warned Iran ... if it did not release the tanker": the one warned, whatever "it"
                # was read as
                named = [x for c in tok.children if c.dep_ in ("dobj", "dative") for x in args.expand(c)]
            else:
                named = [x for c in subj for x in args.expand(c)]
            for s_key, st in speakers:
                for o_key, ot in named:
                    if o_key != s_key and args.ents.entities[o_key].type != "Location":
                        yield from emit(s_key, o_key, "demands", "demand.conditional", 0.6, tok, st, ot, sent,
                                        mood="asserted")


#: Hostile acts whose victim's report of them is an accusation of the doer.
REPORTED_WRONGS = frozenset({"attacked", "usesForceAgainst", "spiesOn"})
#: Modals that hold an act out: "would reimpose", "could strike".
HOLDING_OUT = FUTURE_AUX | {"could", "might", "may", "can"}
#: Acts held out as a threat (CAMEO 13x): force, sanctions, cutting ties, arrests, threats themselves.
THREATENED_ACTS = WARNED_ACTS | {"threatens", "arrested", "spiesOn"}


def _conditional_threats(sent, args: Args, emit) -> Iterator[Relation]:
    """ "The United States has warned it will reimpose the sanctions if Caracas fails to meet its commitments",
    "Esper said the United States would not hesitate to annul the agreement if the Taliban failed to honour
    it": a hostile act a speaker holds out on a condition threatens the one the condition names (the eval
    guidelines' rule 7: a conditional warning is a threat)."""
    lex = args.lex
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in WARNING_VERBS | THREAT_VERBS \
                or any(c.dep_ == "neg" for c in tok.children):
            continue
        for cc in _children(tok, {"ccomp"}):
            if not any(a.dep_ == "aux" and a.lower_ in HOLDING_OUT for a in cc.children):
                continue
            chain = [cc] + _children(cc, {"xcomp"})
            if not any(_hostile_act(v, lex) for v in chain):
                continue
            targets = [x for v in chain for adv in _children(v, {"advcl"})
                       if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in adv.children)
                       for sj in _children(adv, {"nsubj", "nsubjpass"}) for x in args.expand(sj)]
            for s_key, st in _subject_actors(tok, args):
                own = _home_state(s_key, st, args)
                for o_key, ot in targets:
                    if o_key not in (s_key, own) and args.ents.entities[o_key].type not in ("Location", "Event"):
                        yield from emit(s_key, o_key, "threatens", "threaten.conditional", 0.6, tok, st, ot, sent,
                                        mood="asserted")


def _hostile_act(verb, lex) -> bool:
    """Does ``verb`` state a hostile act, by itself or by its object ("reimpose the sanctions", "annul the
    agreement", "strike"; not "strike a deal"), and not negated?"""
    if any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() != "hesitate":
        return False
    return _hostile_plan(verb, lex)


def _hostile_plan(verb, lex) -> bool:
    """Is the act ``verb`` states hostile, whether or not it is negated (see _hostile_act)?"""
    lemma = verb.lemma_.lower()
    objs = _children(verb, OBJ_DEPS)
    obj_preds = {r.predicate for o in objs for r in lex.noun_rules.get(o.lemma_.lower(), ())}
    # a rule of the negated verb only ("will not allow X to ...") says nothing of the verb itself
    verb_preds = {r.predicate for r in lex.verb_rules.get(lemma, ()) if not r.negated_form}
    if lemma in UNDOING and objs:
        return bool(obj_preds & COOPERATIVE)  # "cancel the agreement"; not "lift the sanctions", "drop the case"
    if obj_preds & THREATENED_ACTS:
        return True  # "reimpose the sanctions"
    if obj_preds & COOPERATIVE and verb_preds & COOPERATIVE:
        return False  # "would strike a deal"
    return bool(verb_preds & THREATENED_ACTS)  # "annul the agreement", "strike"


#: Verbs that undo what their object names: "lift the sanctions", "end the blockade".
UNDOING = frozenset({"lift", "ease", "remove", "end", "drop", "relax", "waive", "scrap", "suspend", "halt", "stop",
                     "cancel", "withdraw", "rescind", "revoke", "reverse", "roll", "loosen", "unfreeze"})


def _act_denials(sent, args: Args, emit) -> Iterator[Relation]:
    """ "Britain accused Russia of the poisoning. Moscow has denied any involvement.": the accused's denial
    of the act answers its accusers (the eval guidelines' rule 7), whatever the denial's object names;
    "Poland says Belarus is pushing migrants to its border. Minsk rejects the claim.": a claim about a
    state that the state denies was an accusation, and the denial answers it."""
    here = args.sent_no(sent.start)
    for tok in sent:
        if not _denied(tok, args):
            continue
        for s_key, st in _subject_actors(tok, args):
            for a_key, at, said in _accusers(s_key, st, args, here):
                if said is not None:
                    claim = next(c for c in said.children if c.dep_ == "ccomp")
                    target = next((t for c in claim.children if c.dep_ in ("nsubj", "nsubjpass")
                                   for k, t in args.expand(c) if k == s_key), None)
                    yield from emit(a_key, s_key, "criticizesOrAccuses", "criticize.claim_denied", 0.55, said, at,
                                    target, said.sent, mood="asserted")
                yield from emit(s_key, a_key, "criticizesOrAccuses", "criticize.denial", 0.6, tok, st, at, sent)


def _coref_rules():
    from .coref import load_rules  # kg.coref reads relations' lexicon: imported when first needed
    return load_rules()


#: Numbers written as words or digits, as far as a list of members runs.
NUMBER_WORDS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve"))} | {str(i): i for i in range(13)}


def _set_beside(noun, named, args: Args) -> list[tuple[str, object]]:
    """The states listed after "members of the council," that the parser coordinated with ``noun``: "The
    Western members of the council, the United States, Canada, ... and Sweden, condemned": two names or more,
    right after the comma that closes ``named``, the list closed by punctuation as an apposition is."""
    doc = named.doc
    after = named.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    first = next((c for c in noun.children if c.dep_ == "conj" and c.left_edge.i == after + 1), None)
    if first is None:
        return []
    listed = [m for m in args.expand(first) if args.ents.entities[m[0]].type == "Country"]
    end = max(t.right_edge.i for t in [first, *first.conjuncts] if t.i >= first.i) + 1
    while end - 1 > first.i and doc[end - 1].is_punct:
        end -= 1  # the closing comma may hang on the last name
    if len(listed) < 2 or end >= len(doc) or doc[end].text not in (",", "-", "–", "—", ")", ";"):
        return []
    return listed


def _group_of(tok, args: Args) -> tuple[str, object] | None:
    key = args.ents.token_entity.get(tok.i)
    if key and args.ents.entities[key].type in GROUP_TYPES:
        return key, tok
    for c in tok.children:  # "Iran's Axis of Resistance" parsed as Iran + appos; "imports from the EU"
        if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("from", "of") and tok.pos_ == "NOUN"):
            for g in ([c] if c.dep_ == "appos" else [p for p in c.children if p.dep_ == "pobj"]):
                key = args.ents.token_entity.get(g.i)
                if key and args.ents.entities[key].type in GROUP_TYPES:
                    return key, g
    for c in tok.children:  # "the Quad grouping", "Quad countries", "Five Eyes members"
        if c.dep_ in ("compound", "nmod", "amod", "poss"):
            key = args.ents.token_entity.get(c.i)
            if key and args.ents.entities[key].type in GROUP_TYPES:
                return key, c
    return None


BACKING = frozenset({"back", "support", "sponsor", "fund", "finance", "arm", "ally", "align", "link", "affiliate"})


def _hyphen_maker(tok, sent, args: Args, lemmas) -> str | None:
    """The state or body named before the hyphen of a participle of ``lemmas``: "Rwanda-backed",
    "EU-brokered"."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in lemmas or tok.i < sent.start + 2:
        return None
    doc = sent.doc
    if doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return None
    key = args.ents.token_entity.get(tok.i - 2)
    return key if key and args.ents.entities[key].type in STATE_TYPES else None


def _backed(sent, args: Args, emit) -> Iterator[Relation]:
    """ "Rwanda-backed M23 rebels", "Iran-aligned Houthis": the named backer partners with the group."""
    ents = args.ents
    doc = sent.doc
    for tok in sent:
        backer = _hyphen_maker(tok, sent, args, BACKING)
        if backer is None:
            continue
        backed = args.entity_at(tok.head)
        if backed is None:  # "Rwanda-backed M23 rebels": the name stands beside the noun
            for c in tok.head.children:
                if c.dep_ in ("compound", "nmod") and ents.token_entity.get(c.i) not in (None, backer):
                    backed = ents.token_entity[c.i]
        if backed and backed != backer:
            yield from emit(backed, backer, "partnersWith", "partner.backed", 0.75, tok, tok.head, doc[tok.i - 2], sent)


#: Nouns for taking a wanted person: what a reward or bounty is offered for.
CAPTURE_NOUNS = frozenset({"arrest", "capture", "conviction", "apprehension", "extradition"})
#: Verbs whose object is the subject of talks, not a party to them.
TALKING = frozenset({"discuss", "debate"})
#: Verbs whose "down" downs a projectile or an aircraft: "shot it down", "brought them down".
INTERCEPTING = frozenset({"shoot", "bring", "knock"})
#: Verbs that say only that an event happened: "clashes erupted between ...", "talks took place among ...".
OCCURRING = frozenset({"erupt", "break", "occur", "happen", "flare", "resume", "continue", "escalate", "intensify",
                       "begin", "start", "end", "take", "rage", "open", "conclude"})


def _names_event(tok, args: Args) -> bool:
    """Is ``tok`` the head of a named agreement ("The Black Sea Grain Initiative was brokered by ...")?"""
    key = args.entity_at(tok)
    return key is not None and args.ents.entities[key].type == "Event"


#: Verbs that make their object a target: "declared U.S. ships legitimate targets".
TARGETING_VERBS = frozenset({"declare", "consider", "deem", "call", "brand", "regard"})


def _declared_targets(sent, args: Args, emit) -> Iterator[Relation]:
    """ "The Houthis said U.S. and British ships were legitimate targets", "declared American bases legitimate
    targets": the speaker threatens the states whose people or things are called targets."""
    ents = args.ents
    for tok in sent:
        if tok.lemma_.lower() != "target" or tok.dep_ not in ("attr", "oprd", "ccomp") or tok.pos_ != "NOUN" \
                or _prep_objects(tok, "of") or not (tok.tag_ == "NNS" or any(
                    c.dep_ == "amod" and c.lower_ in ("legitimate", "legal", "fair") for c in tok.children)):
            continue  # "Iran itself had been the target of cyberattacks": a victim, no threat
        verb = tok.head
        if verb.lemma_ == "be" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in args.lex.reporting_verbs:
            named, doers = _children(verb, {"nsubj"}), _subject_actors(verb.head, args)
        elif tok.dep_ == "ccomp" and verb.lemma_.lower() in TARGETING_VERBS:
            named, doers = _children(tok, {"nsubj"}), _subject_actors(verb, args)  # the small clause, parsed so
        elif verb.lemma_.lower() in TARGETING_VERBS:
            named, doers = _children(verb, {"dobj", "obj"}) or _children(tok.head, {"nsubjpass"}), \
                _subject_actors(verb, args)
        else:
            continue
        victims = []
        for n in named:
            victims += args.expand(n) if args.entity_at(n) else [
                v for c in n.children if c.dep_ in ("nmod", "amod", "compound", "poss") for v in args.expand(c)]
        own = _own_side(doers, args)
        for d, dt in doers:
            for v, vt in victims:
                if v != d and v not in own and ents.entities[v].type in STATE_TYPES:
                    yield from emit(d, v, "threatens", "threaten.target", 0.7, tok, dt, vt, sent)


def _hyphen_brokers(sent, args: Args, emit) -> Iterator[Relation]:
    """ "Kosovo and Serbia reached an EU-brokered deal", "fought Moroccan forces until a United
    Nations-brokered ceasefire": the named broker meets each party: those between whom the deal is, else the
    subjects and objects of the clause the deal belongs to."""
    doc = sent.doc
    for tok in sent:
        broker = _hyphen_maker(tok, sent, args, MEDIATING) if tok.dep_ == "amod" else None
        if broker is None:
            continue
        deal = tok.head
        parties = [x for p in _prep_objects(deal, "between") for x in args.expand(p)]
        gov = deal
        while not parties and gov.dep_ == "pobj" and gov.head.dep_ == "prep" and gov.head.head.pos_ == "VERB":
            gov = gov.head.head  # "fought ... until a UN-brokered ceasefire", "agreed to a Qatar-mediated truce"
        if not parties and gov is deal and deal.dep_ in ("dobj", "obj") and deal.head.pos_ == "VERB":
            gov = deal.head  # "reached an EU-brokered deal"
        if not parties and gov is not deal:
            parties = _subject_actors(gov, args) + [x for o in _children(gov, {"dobj", "obj"}) for x in args.expand(o)]
        for p_, pt in parties:
            if p_ != broker:
                yield from emit(broker, p_, "meetsWith", "meet.hyphen_broker", 0.7, tok, doc[tok.i - 2], pt, sent)


def _post_named_next(sent, args: Args, emit) -> Iterator[Relation]:
    """ "Poland's interior minister accused Belarus of sabotage. Tomasz Siemoniak said ...": a title
    named without its holder, then a speaker named without a title in the very next sentence, is that
    speaker's post (unless the actor dictionary knows the speaker's office)."""
    ents = args.ents
    here = args.sent_no(sent.start)
    pending, args.untitled_post = args.untitled_post, None
    root = sent.root
    if pending is not None and pending[0] == here - 1 and root.lemma_.lower() in args.lex.reporting_verbs:
        for subj in _children(root, {"nsubj"}):
            key = ents.token_entity.get(subj.i)
            first = subj.left_edge
            if key and ents.entities[key].type == "Person" and first.i == sent.start \
                    and ents.token_entity.get(first.i) == key and office_of(key, None, None) is None \
                    and key not in args.posts:
                yield from emit(key, pending[1], "holdsPosition", "position.named_next", 0.55, subj, subj,
                                pending[2], sent)
    for subj in _children(root, {"nsubj"}):
        if subj.pos_ == "NOUN" and subj.lower_ in args.lex.title_words and not any(
                ents.entities.get(ents.token_entity.get(t.i, ""), None) is not None
                and ents.entities[ents.token_entity[t.i]].type == "Person" for t in subj.subtree):
            states = [ents.token_entity[c.i] for c in subj.children if c.dep_ in ("poss", "amod", "compound")
                      and c.i in ents.token_entity and ents.entities[ents.token_entity[c.i]].type == "Country"]
            if len(states) == 1:
                args.untitled_post = (here, states[0], subj)


#: Verbs that make their object what a second noun says: "designated Kenya a major non-NATO ally".
DESIGNATING = frozenset({"designate", "name", "declare", "call", "consider", "regard", "see", "view", "dub",
                         "recognise", "recognize", "make", "list", "classify", "brand", "label", "treat"})
#: The standing such a verb may give, and the relation it states between the designator and the designated.
STANDINGS = {"ally": "alliesWith", "partner": "partnersWith", "threat": "criticizesOrAccuses",
             "enemy": "criticizesOrAccuses", "adversary": "criticizesOrAccuses", "aggressor": "criticizesOrAccuses",
             "menace": "criticizesOrAccuses", "foe": "criticizesOrAccuses",
             # "Taiwan, which China regards as its own territory": a territorial claim (a demand, guideline 11)
             "territory": "demands", "province": "demands"}
#: Kinds of body that a designation as terrorist or extremist makes an accusation: "a terrorist group".
OUTLAWED = frozenset({"terrorist", "terror", "extremist"})


def _skip_bracketed(doc, i: int) -> int:
    """The index before a bracketed group that ends at token ``i`` ("... Party (PKK)": the index of
    "Party"); ``i`` itself when no bracket ends there."""
    if i >= 0 and doc[i].text == ")":
        i -= 1
        while i > 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return i


def _name_before(tok, args: Args):
    """The token of a name that ends right before ``tok``, past a comma and a bracketed acronym
    ("the Kurdistan Workers' Party (PKK), which"), or None."""
    doc = tok.doc
    i = tok.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    i = _skip_bracketed(doc, i)
    if i > 0 and not args.ents.token_entity.get(i) and doc[i].pos_ == "NOUN" and args.ents.token_entity.get(i - 1) \
            and doc[i - 1].dep_ in ("compound", "amod") and doc[i - 1].head.i == i:
        i -= 1  # "the Tren de Aragua gang, which Washington has designated ...": the name on the noun
    return doc[i] if i >= 0 and args.ents.token_entity.get(i) else None


def _designations(sent, args: Args, emit) -> Iterator[Relation]:
    """ "The United States designated Kenya a major non-NATO ally", "Tokyo regards Manila as a strategic
    partner": the designator and the designated are allies or partners."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in DESIGNATING:
            continue
        named = [c for c in tok.children if c.dep_ in ("dobj", "dative") and args.entity_at(c)]
        # "considers NATO a threat" parsed as a small clause: the noun's subject is the one named
        small = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "NOUN"
                 and any(g.dep_ == "nsubj" and args.entity_at(g) for g in c.children)]
        named = named or [g for c in small for g in c.children if g.dep_ == "nsubj"]
        rel = next((c for c in tok.children if c.lower_ in RELATIVE_PRONOUNS and c.i < tok.i), None)
        if not named and tok.dep_ == "relcl" and (rel is not None or not _children(tok, {"dobj"})):
            # "the PKK, which Ankara considers a terrorist group"; the parser may hang the clause higher up
            # ("members of the Kurdistan Workers' Party (PKK), which ..."): the name just before "which"
            before = _name_before(rel, args) if rel is not None else None
            if before is not None:
                named = [before]
            elif args.entity_at(tok.head):
                named = [tok.head]
        if not named:
            continue
        standing = [c for c in tok.children if c.dep_ in ("oprd", "dobj", "ccomp", "xcomp") and c.i > named[0].i]
        standing += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ == "pobj"]
        standing += [a for a in named[0].children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > tok.i]
        for noun in standing:
            holders = _subject_actors(tok, args)
            if noun.lemma_.lower() == "part" and _prep_objects(noun, "of"):
                noun = _prep_objects(noun, "of")[0]  # "considers Taiwan part of its territory"
            if noun.lemma_.lower() == "one":  # "called Japan one of Britain's closest partners": Britain's
                inner = _prep_objects(noun, "of")
                noun = inner[0] if inner else noun
                holders = [a for c in _children(noun, {"poss"}) for a in args.expand(c)] or holders
            elif STANDINGS.get(noun.lemma_.lower()) == "demands":
                if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
                    continue  # "its own territory": the holder's claim; "Ukraine's territory" claims nothing
            elif _prep_objects(noun, "of") or _children(noun, {"poss"}):
                continue  # "named Qatar an ally of Iran": whose ally is said
            predicate = STANDINGS.get(noun.lemma_.lower())
            if predicate is None and any(c.lower_ in OUTLAWED for c in noun.children if c.dep_ in ("amod", "compound")):
                predicate = "criticizesOrAccuses"  # "designated the Houthis a terrorist organisation"
            if predicate is None or (args.entity_at(noun) and noun.dep_ != "appos"):
                continue
            # a designation is stated outright ("considers" is no plan here), unless denied
            mood = "negated" if any(c.dep_ == "neg" for c in tok.children) else "asserted"
            for s, st in holders:
                for o, ot in args.expand(named[0]):
                    yield from emit(s, o, predicate, f"{noun.lemma_.lower()}.designated", 0.75, noun, st, ot, sent,
                                    mood=mood)


#: Nouns for a grouping that states act "through" or "in": "the grouping known as the Quad", "the Five Eyes network".
FORUM_NOUNS = frozenset({"grouping", "group", "network", "forum", "format", "framework", "alliance", "bloc",
                         "partnership", "club", "mechanism"})


def _acting_through(tok, args: Args) -> list[tuple[str, object]]:
    """States that act through or in a grouping ``tok`` names: "Australia, the United States, Japan and India
    have stepped up security cooperation through the grouping known as the Quad"; at least two of them."""
    noun = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in ("know", "call", "dub", "name") \
            and tok.head.head.dep_ == "acl":
        noun = tok.head.head.head  # "the grouping known as the Quad"
    elif tok.dep_ == "compound":
        noun = tok.head  # "the Five Eyes network"
    if noun is tok or noun.lemma_.lower() not in FORUM_NOUNS or noun.dep_ != "pobj" \
            or noun.head.lower_ not in ("through", "within", "in", "via") or noun.head.head.pos_ != "VERB":
        return []
    states = [x for x in _subject_actors(noun.head.head, args) if args.ents.entities[x[0]].type == "Country"]
    return states if len(states) >= 2 else []


def _membership(sent, args: Args, emit) -> Iterator[Relation]:
    lex = args.lex
    ents = args.ents
    for tok in sent:
        g = ents.token_entity.get(tok.i)
        if g and ents.entities[g].type in ("Alliance", "Organization"):
            for key, st in _acting_through(tok, args):
                yield from emit(key, g, "memberOf", "member.through", 0.75, tok, st, tok, sent)
        if tok.lower_ == "led" and tok.i >= 2 and sent.doc[tok.i - 1].text in ("-", "–") \
                and ents.token_entity.get(tok.i - 2) and ents.token_entity.get(tok.head.i):
            # "the Russia-led Collective Security Treaty Organization", "the U.S.-led coalition": the leader
            # is a member of what it leads
            leader, body = ents.token_entity[tok.i - 2], ents.token_entity[tok.head.i]
            if ents.entities[leader].type == "Country" and ents.entities[body].type in ("Alliance", "Organization"):
                yield from emit(leader, body, "memberOf", "member.led", 0.75, tok, sent.doc[tok.i - 2], tok.head, sent)
        lemma = tok.lemma_.lower()
        # "X, a group comprising A, B and C" / "X comprises A, B and C" / "X, including A"
        made_up = lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        if made_up and tok.dep_ != "acl" and not any(c.dep_ == "nsubjpass" for c in tok.children) and (
                tok.dep_ != "relcl" or any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in tok.children)):
            # "India, Australia, Japan and the United States make up the Quad"; "Canada, ... and the United
            # States, which along with Russia make up the Arctic Council"
            for o in _children(tok, {"dobj"}):
                group = _group_of(o, args)
                for key, st in _subject_actors(tok, args) if group else ():
                    if ents.entities[key].type in ("Country", "Organization", "Alliance") and key != group[0]:
                        yield from emit(key, group[0], "memberOf", "member.make_up", 0.85, tok, st, group[1], sent)
            continue
        if (lemma in lex.member_verbs or made_up) and tok.pos_ in ("VERB", "ADP"):
            group = None
            if tok.dep_ in ("acl", "relcl"):
                head = tok.head
                group = _group_of(head, args)
                if group is None and head.dep_ == "appos":
                    group = _group_of(head.head, args)
                if group is None and head.lemma_.lower() in GROUPING_NOUNS | {"confederation", "organisation",
                                                                               "organization", "body"}:
                    # "the Alliance of Sahel States (AES), the confederation that groups ...", its apposition
                    # parsed as a second subject: the name just before the description
                    before = _name_before(head.doc[head.left_edge.i], args)
                    group = _group_of(before, args) if before is not None else None
            elif tok.dep_ == "prep":  # "the European Union, including Denmark"
                # ("leaders of the BRICS nations, including Brazil": the group the phrase's "of" names)
                group = _group_of(tok.head, args) or next(
                    (g for p in _prep_objects(tok.head, "of") for g in [_group_of(p, args)] if g), None)
            else:
                for s in _subject_tokens(tok) or (_children(tok, {"nsubjpass"}) if made_up else []):
                    group = _group_of(s, args)
                    if group is None and s.lower_ in ("which", "that") and tok.dep_ == "relcl":
                        group = _group_of(tok.head, args)
            if group is None:
                continue
            members = []
            for o in _children(tok, OBJ_DEPS | {"pobj"}):
                members += args.expand(o)
            # "made up of eight states: Canada, ...", the "of" hung on the particle
            for p in _prep_objects(tok, "of") + [p for c in _children(tok, {"prt"}) for p in _prep_objects(c, "of")]:
                members += args.expand(p)
                members += [m for ap in _children(p, {"appos"}) for m in args.expand(ap) if m not in members]
            for key, mt in members:
                if ents.entities[key].type in ("Country", "Organization", "Alliance"):
                    yield from emit(key, group[0], "memberOf", f"member.{lemma}", 0.85, tok, mt, group[1], sent)
        # "the AES, a confederation of Mali, Burkina Faso and Niger"
        if tok.dep_ == "appos" and lemma in GROUPING_NOUNS:
            group = _group_of(tok.head, args)
            if group is not None:
                for p in _prep_objects(tok, "of"):
                    for key, mt in args.expand(p):
                        if ents.entities[key].type in ("Country", "Organization") and key != group[0]:
                            yield from emit(key, group[0], "memberOf", f"member.appos_{lemma}", 0.8, tok, mt, group[1], sent)
        # "Quad countries (US, India, Japan and Australia)", "Five Eyes members such as Australia"
        lemma = NAME_TAGGED_PLURALS.get(lemma, lemma)  # "member states" tagged as a name: its lemma is the word
        if tok.pos_ in ("NOUN", "PROPN") and (lemma in lex.member_nouns or lemma in ("country", "nation", "state", "grouping", "group")):
            group = _group_of(tok, args)
            if group is None and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() == "have":
                # "The Arctic Council has eight members: Canada, Denmark, ..."
                group = next(((k, t) for k, t in _subject_actors(tok.head, args)
                              if ents.entities[k].type in GROUP_TYPES), None)
            if group is not None and group[1].i != tok.i:
                members = []
                for c in tok.children:
                    if c.dep_ == "appos":
                        members += args.expand(c)
                    if c.dep_ == "prep" and c.lower_ == "as":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                members += args.expand(p)
                # "NATO ally Turkey", "EU member state Hungary": the noun is a compound of the member's name
                named = tok.head
                while named.dep_ == "compound" and named.lemma_.lower() in MEMBER_HEADS and named.head.i != named.i:
                    named = named.head
                if tok.dep_ == "compound" and ents.token_entity.get(named.i):
                    members += [(ents.token_entity[named.i], named)]
                # "Turkey, a NATO member, ...": the noun is in apposition to the member
                if tok.dep_ == "appos" and ents.token_entity.get(tok.head.i):
                    members += [(ents.token_entity[tok.head.i], tok.head)]
                if tok.dep_ == "attr" and tok.head.lemma_ in ("be", "become", "remain") and lemma != "member":
                    # "Turkey became the first NATO country to be sanctioned" (a member: read below)
                    members += _subject_actors(tok.head, args)
                if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.tag_ == "NNS":
                    # "The Arctic Council's members are Canada, Denmark, ..."
                    members += [m for a in _children(tok.head, {"attr"}) for m in args.expand(a)]
                # "to defend NATO ally Turkey", the name parsed apart from its title
                nxt = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
                if nxt is not None and tok.dep_ != "compound" and tok.tag_ in ("NN", "NNP") and nxt.pos_ == "PROPN" \
                        and ents.token_entity.get(nxt.i) and nxt.head.i in (tok.i, tok.head.i):
                    members += [(ents.token_entity[nxt.i], nxt)]
                elif nxt is not None and tok.dep_ != "compound" and args.named_after_title(tok) is nxt:
                    members += [(ents.token_entity[nxt.i], nxt)]  # "sanctions on NATO ally Turkey", Turkey apart
                if tok.dep_ == "conj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
                    members += [m for m in args.expand(tok.head) if m[1].i < tok.i]  # "Washington and its NATO allies"
                elif lemma in ("ally", "member", "partner"):
                    # "together with its NATO allies", "Poland's EU partners": who has allies in a body belongs to it
                    members += [m for c in tok.children if c.dep_ == "poss" for m in args.expand(c)]
                if any(c.dep_ == "amod" and c.lower_ in ("other", "fellow") for c in tok.children):
                    if tok.dep_ == "conj":  # "Germany and other NATO allies"
                        members += [m for m in args.expand(tok.head) if m[1].i < tok.i]
                    elif tok.dep_ == "pobj" and tok.head.lower_ == "like" and tok.head.head.pos_ in ("VERB", "AUX"):
                        members += _subject_actors(tok.head.head, args)  # "Poland, like other NATO countries, ..."
                    elif tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
                        members += _subject_actors(tok.head, args)  # "Lithuania urged other EU members to leave"
                for key, mt in members:
                    if ents.entities[key].type in ("Country", "Organization") and key != group[0]:
                        yield from emit(key, group[0], "memberOf", f"member.noun_{lemma}", 0.8, tok, mt, group[1], sent)
            # "the permanent members of the UN Security Council, the US, Britain, France, ...": the list
            # set beside the group names its members
            if lemma == "member":
                for g in _prep_objects(tok, "of"):
                    gk = ents.token_entity.get(g.i)
                    if not gk or ents.entities[gk].type not in GROUP_TYPES:
                        continue
                    listed = [m for ap in _children(g, {"appos"}) for m in args.expand(ap)]
                    # "the seven other members of the Arctic Council, Canada, Denmark, ...", the list parsed as
                    # the council's conjuncts: as many names as the members counted
                    count = next((NUMBER_WORDS.get(c.lower_) for c in tok.children if c.dep_ == "nummod"), None)
                    conj = [m for c in _children(g, {"conj"}) for m in args.expand(c)
                            if m[0] != gk and ents.entities[m[0]].type == "Country"]
                    if count and len(conj) == count and g.i + 1 < len(g.doc) and g.doc[g.i + 1].text == ",":
                        listed += conj
                    listed += _set_beside(tok, g, args)
                    for key, mt in listed:
                        if ents.entities[key].type == "Country":
                            yield from emit(key, gk, "memberOf", "member.list_of", 0.8, tok, mt, g, sent)
            # "A is a member of G"
            if lemma in lex.member_nouns:
                # "a member of NATO", "NATO's 32nd member"
                groups = [g for p in _prep_objects(tok, "of") + _children(tok, {"poss", "compound"})
                          for g in args.expand(p) if ents.entities[g[0]].type in GROUP_TYPES]  # "a NATO member" too
                if groups:  # "members of BRICS and the SCO", the second body parsed as the noun's conjunct
                    groups += [g for c in _children(tok, {"conj"}) if not c.children or c.pos_ == "PROPN"
                               for g in args.expand(c) if ents.entities[g[0]].type in GROUP_TYPES and g not in groups]
                if not groups and tok.dep_ == "attr" and tok.head.dep_ == "relcl" and any(
                        p.lower_ in ("which", "whom") for p in _prep_objects(tok.head, "of")):
                    # "the Shanghai Cooperation Organisation, of which China and Russia are members"
                    groups = [g for g in args.expand(tok.head.head) if ents.entities[g[0]].type in GROUP_TYPES]
                verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
                if groups and verb is not None and verb.pos_ in ("VERB", "AUX"):
                    # "was admitted as a full member of BRICS", "As members of the SCO, China and Russia ...",
                    # "welcomed Sweden as its newest member"
                    named = [a for o in _children(verb, {"dobj", "nsubjpass"}) for a in args.expand(o)]
                    for key, st in named or _subject_actors(verb, args):
                        for g, gt in groups:
                            if key != g:
                                yield from emit(key, g, "memberOf", "member.as", 0.8, tok, st, gt, sent)
                among = tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.pos_ in ("AUX", "VERB")
                one_of = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "attr" \
                    and tok.head.head.lower_ in ("one", "first", "last", "latest", "newest", "two", "three") \
                    and tok.head.head.head.pos_ in ("AUX", "VERB")
                if groups and one_of:
                    # "Hungary is one of the 27 members of the EU", "Ankara was the last of NATO's 30 members"
                    for key, st in _subject_actors(tok.head.head.head, args):
                        for g, gt in groups:
                            if key != g:
                                yield from emit(key, g, "memberOf", "member.one_of", 0.8, tok, st, gt, sent)
                if groups and (tok.dep_ in ("attr", "appos") or among):
                    # "Egypt and Ethiopia are among the new BRICS members"
                    subj = _subject_actors(tok.head.head if among else tok.head, args) if tok.dep_ != "appos" \
                        else [x for x in args.expand(tok.head) if tok.tag_ == "NNS" or x[1].i == tok.head.i
                              or x[1].dep_ != "conj"]
                    # "Skerrit, the chair of CARICOM, and Celso Amorim": the apposition is Skerrit's alone
                    for key, st in subj:
                        for g, gt in groups:
                            yield from emit(key, g, "memberOf", "member.attr", 0.85, tok, st, gt, sent)


#: Words that make a title a past one: "former US President", "then-Home Secretary".
MEMBER_HEADS = frozenset({"state", "country", "nation", "member", "ally", "partner"})
PURPOSE_VERBS = frozenset({"protest", "demand", "denounce", "oppose", "condemn", "show", "press", "call", "seek",
                           "demonstrate", "express", "voice"})
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "offer", "agree", "decide", "refuse"})
GROUPING_NOUNS = frozenset({"group", "grouping", "confederation", "alliance", "bloc", "coalition", "union", "trio",
                            "pair", "league", "federation", "consortium", "quartet", "club", "partnership"})
#: Plural heads the tagger leaves unlemmatised when it reads them as names ("member states" as NNP).
NAME_TAGGED_PLURALS = {"states": "state", "nations": "nation", "members": "member", "countries": "country",
                       "allies": "ally"}
#: Every lemma _membership reads a membership at, besides the lexicon's member verbs and nouns.
MEMBERSHIP_WORDS = GROUPING_NOUNS | frozenset(NAME_TAGGED_PLURALS) | {"make", "country", "nation", "state", "group"}
PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "port", "capital", "district",
                         "island", "area", "state", "territory", "enclave", "municipality"})
STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "resolution", "letter",
                             "message", "note", "ultimatum", "appeal", "decree", "order", "announcement"})
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "authority", "leadership", "junta"})
LEADING = frozenset({"lead", "head", "chair", "command", "run", "helm"})
FORMER = frozenset({"former", "ex", "then", "late", "erstwhile", "outgoing", "retired", "previous", "ousted", "deposed",
                    "toppled", "overthrown", "exiled"})


PORTFOLIOS = frozenset({"foreign", "defense", "defence", "interior", "home", "finance", "trade", "business",
                        "energy", "justice", "health", "economy", "commerce", "treasury", "state", "affairs",
                        "security", "education", "transport", "agriculture", "labour", "labor", "environment"})


def _national_office(words: list[str]) -> bool:
    """Is the title one a national government's member holds ("Defense Secretary", "Foreign Minister",
    "Prime Minister")? Not "Secretary-General", not a company's "President"."""
    w = set(words)
    if "general" in w or "former" in w:
        return False
    if {"minister", "secretary"} & w:
        return bool(w & PORTFOLIOS) or "prime" in w
    if {"adviser", "advisor"} & w:
        return "security" in w  # "National security adviser Chang Ho-jin"
    # "President Omar El Bashir", "Vice-President Moody Awori": a bare presidency, no body named before it
    return "president" in w and w <= HEAD_OF_STATE_WORDS


HEAD_OF_STATE_WORDS = frozenset({"president", "vice", "acting", "interim", "transitional", "then", "incumbent"})


#: Titles of the one who speaks for a body: "Spokesman X", "Ministry spokesperson X".
SPOKES_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


#: Heads of the titles a state's demonym or name may qualify: "Mexican Foreign Minister".
TITLE_NOUNS = SPOKES_TITLES | {"minister", "secretary", "president", "premier", "chancellor", "ambassador", "envoy",
                               "adviser", "advisor", "chief", "leader", "counterpart"}


def _in_title(tok, args: Args, end: int | None = None) -> bool:
    """Does the state token qualify someone's title ("Mexican Foreign Minister Marcelo Ebrard", "St Vincent
    and the Grenadines Prime Minister Ralph Gonsalves", however the parser splits the name)? ``end``: the
    end of the mention the token starts, when the caller has it."""
    if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.pos_ in ("PROPN", "NOUN") and any(
            t.lower_ in TITLE_NOUNS for t in tok.doc[tok.i + 1: tok.head.i + 1]):
        return True
    if end is None:
        end = next((e for s_, e, _k in args.ents.mention_spans if s_ <= tok.i < e), None)
    return end is not None and end + 1 < len(tok.doc) and tok.doc[end].lower_ in ("prime", "foreign", "deputy") \
        and tok.doc[end + 1].lower_ in TITLE_NOUNS


def _acted_on_by(person, state: str, args: Args) -> bool:
    """Is ``state`` named among the objects of the clause ``person`` is the subject of ("President Smith criticised
    China", "met Russian officials"), not in a clause reported in it ("said France would respond")?"""
    if person.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = person.head
    for t in verb.subtree:
        if args.ents.token_entity.get(t.i) != state:
            continue
        node = t
        while node.i != verb.i and node.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "nsubj", "nsubjpass", "parataxis") \
                and not (node.dep_ == "prep" and node.lower_ in ("in", "at", "within", "inside", "across", "throughout")):
            node = node.head  # "opened a new port in Namibia": where he acts may well be his state
        if node.i == verb.i:
            return True
    return False


def _sole_state(args: Args, sent) -> str | None:
    """The only state the article has named up to the end of ``sent``, not counting states that only
    qualify someone's title ("Mexican Foreign Minister Marcelo Ebrard")."""
    named = {k for s_, e, k in args.ents.mention_spans if s_ < sent.end and args.ents.entities[k].type == "Country"
             and not _in_title(args.doc[s_], args, e) and args.doc[e - 1].head.lemma_.lower() != "counterpart"}
    return next(iter(named)) if len(named) == 1 else None  # "met their Japanese counterparts": not Japan's


def _sentence_before(args: Args, sent):
    """The sentence before ``sent`` when it is in the same paragraph, else None."""
    doc = args.doc
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is None or "\n\n" in doc[prev.end - 1:sent.start + 1].text_with_ws:
        return None
    return prev


def _context_state(args: Args, sent) -> str | None:
    """The one state named in the sentence before ``sent`` (its agencies counting as their state), if it
    is in the same paragraph: "Moscow reacted swiftly. ... Deputy Foreign Minister Alexander Grushko said"."""
    doc, ents = args.doc, args.ents
    prev = _sentence_before(args, sent)
    if prev is None:
        return None
    found = set()
    for i in range(prev.start, prev.end):
        k = ents.token_entity.get(i)
        if k is None:
            continue
        e = ents.entities[k]
        state = k if e.type == "Country" else e.parent if e.type == "Agency" else None
        if state and (state in ents.entities or _add_known(ents, state)) and ents.entities[state].type == "Country":
            found.add(state)
        elif e.type in ("Country", "Agency"):
            return None  # an agency of no known state: no telling
    return next(iter(found)) if len(found) == 1 else None


#: Titles of the head of an international body, never of a state's office.
BODY_HEAD_TITLES = frozenset({"secretary general", "director general", "deputy secretary general"})


def _latest_named(args: Args, sent, before: int, fits, sole=None) -> str | None:
    """The entity that ``fits`` named last in this sentence before token ``before`` or in the two before it; else
    the only entity that ``sole`` accepts (if given) the article has named before."""
    ents = args.ents
    for i in range(before - 1, args.sentence_back(sent.start, 2) - 1, -1):
        k = ents.token_entity.get(i)
        if k is not None and fits(ents.entities[k]):
            return k
    if sole is None:
        return None
    named = {k for _, b, k in ents.mention_spans if b <= before and sole(ents.entities[k])}
    return next(iter(named)) if len(named) == 1 else None


def _body_in_view(args: Args, sent, before: int) -> str | None:
    """The international body (organisation or alliance) named last in this sentence before token ``before`` or
    in the two before it; else the only one the article has named before."""
    def body(e) -> bool:
        return e.type in ("Organization", "Alliance")
    return _latest_named(args, sent, before, body, body)


def _spoken_for(args: Args, sent, before: int, title_words: list[str]) -> str | None:
    """The body a bare spokesman speaks for: the latest agency named (or resolved) in this sentence before
    the name or in the two before it ("The ministry also said ... Ministry spokesperson Mao Ning told
    reporters", "Iran's foreign ministry rejected ... Spokesman Nasser Kanaani said"); a "ministry
    spokesperson" speaks for a ministry, and else for the one such ministry the article has named before
    ("Russia's foreign ministry said ... [paragraphs on] Foreign ministry spokeswoman Maria Zakharova")."""
    words = [w for w in title_words if w not in SPOKES_TITLES]
    return _latest_named(
        args, sent, before,
        lambda e: e.type == "Agency" and ("ministry" not in title_words or "ministry" in e.label.lower()),
        (lambda e: e.type == "Agency" and all(w in e.label.lower() for w in words)) if "ministry" in title_words
        else None)


#: Acts whose two sides a later call for restraint is addressed to.
FIGHTING = frozenset({"attacked", "clashedWith", "usesForceAgainst", "repelled"})
#: Words before a name that make the person an opponent of the actor named before them: "Kremlin critic X".
CRITIC_WORDS = frozenset({"critic", "critics", "opponent", "foe", "dissident"})
#: Words before a title that do not change the office: "acting Prime Minister" is the prime minister's office.
TITLE_QUALIFIERS = frozenset({"acting", "interim", "caretaker", "new", "incoming"})


def _state_of_title(args: Args, title_words: list[str], before: int) -> str | None:
    """The one state the article names as holder of the same title before token ``before``
    ("Thailand's acting prime minister", "the Thai prime minister"), if there is exactly one."""
    ents, doc = args.ents, args.doc
    core = list(title_words)
    while core and core[0] in TITLE_QUALIFIERS:
        core.pop(0)
    n = len(core)
    found = set()
    for i in range(max(0, before - 4000), before - n + 1):
        if doc[i].lower_ != core[0] or [t.lower_ for t in doc[i:i + n]] != core:
            continue
        j = i - 1
        while j >= 0 and doc[j].lower_ in TITLE_QUALIFIERS:
            j -= 1
        if j >= 0 and doc[j].text in ("'s", "’s", "'"):
            j -= 1
        k = ents.token_entity.get(j) if j >= 0 else None
        if k and ents.entities[k].type == "Country":
            found.add(k)
    return next(iter(found)) if len(found) == 1 else None


#: Verbs whose object the article reports dead: a dead man holds no current post.
KILLING = frozenset({"kill", "assassinate", "execute", "slay", "murder"})


def _killed(args: Args) -> frozenset[str]:
    """People the article says were killed ("the drone strike that killed its commander, Qassem Soleimani",
    "Soleimani was killed along with Abu Mahdi al-Muhandis"), once per article."""
    if not hasattr(args, "_killed"):
        dead: set[str] = set()
        for tok in args.doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in KILLING or tok.tag_ not in ("VBD", "VBN") or any(
                    c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.children):
                continue  # "they could kill him": no one is dead yet
            heads = _children(tok, {"dobj", "obj", "nsubjpass"})
            heads += _prep_objects(tok, "along with")
            for h in heads:
                dead.update(k for k, _ in args.expand(h) if args.ents.entities[k].type == "Person")
        args._killed = frozenset(dead)
    return args._killed


def _positions(sent, args: Args, emit) -> Iterator[Relation]:
    """Person -> organisation they serve: "US Defense Secretary Lloyd Austin", "Byman, a senior fellow at CSIS"."""
    ents = args.ents
    doc = sent.doc
    titles = args.lex.titles
    for start, end, key in ents.mention_spans:
        if start < sent.start or end > sent.end or ents.entities[key].type != "Person":
            continue
        if key in _killed(args):
            continue  # no current post (the eval guidelines' rule 10)
        # Title words immediately before the name, with an organisation or country among them.
        left = start
        org = None
        org_tok = None
        org_rank = 9
        boss = None  # the person whose aide the title makes the name's holder
        title_words: list[str] = []
        while left > sent.start and start - left < 8:
            t = doc[left - 1]
            if t.tag_ == "POS" or t.text in ("'s", "’s", "-", "'"):
                left -= 1
                continue
            if t.lower_ in HEADLINE_VERBS:
                break  # "Danish Prime Minister Tells Trump ...": a headline's verb ends the title
            if t.text == ")" and left - 3 >= sent.start and doc[left - 3].text == "(":
                left -= 3  # "Israel Defense Forces (IDF) spokesman": the acronym repeats the body
                continue
            k = ents.token_entity.get(t.i)
            if k and k != key and ents.entities[k].type in STATE_TYPES | {"Location"}:
                rank = {"Agency": 0, "Country": 1, "Location": 3}.get(ents.entities[k].type, 2)
                if org is None or rank < org_rank:
                    org, org_tok, org_rank = k, t, rank
                left -= 1
                continue
            if t.lower_ in ("of", "for", "to") and (title_words or org) and left - 2 >= sent.start \
                    and (doc[left - 2].is_title or doc[left - 2].lower_ in args.lex.title_words):
                title_words.insert(0, t.lower_)  # "Secretary of State", "Ambassador to the United Nations"
                left -= 1
                continue
            if t.lower_ in ("and", "&") and title_words and left - 2 >= sent.start and doc[left - 2].is_title \
                    and doc[left].is_title and doc[left - 2].i not in ents.token_entity:
                title_words.insert(0, t.lower_)  # "Business and Trade Secretary": one portfolio of two words
                left -= 1
                continue
            if t.lower_ == "the" and org and left - 2 >= sent.start and doc[left - 2].lower_ in ("to", "of", "for"):
                left -= 1  # "Ambassador to the United Nations"
                continue
            if t.is_title or t.is_lower and (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.tag_ == "VBG"
                                             or t.lower_ in FORMER):
                # "Jordan's visiting King Abdullah", "the acting Prime Minister", "ousted President X"
                if k and ents.entities[k].type == "Person":
                    if title_words and org is None and t.i + 1 < start and doc[t.i + 1].tag_ == "POS":
                        boss = (k, t)  # "Zelensky's chief of staff Andriy Yermak": he serves Zelensky's state
                    break
                title_words.insert(0, t.lower_)
                left -= 1
                continue
            break
        title = " ".join(title_words)
        if set(title_words) & FORMER:
            continue
        if boss is not None and org is None and left == boss[1].i + 1:
            org = _home_state(boss[0], boss[1], args)
            org_tok = boss[1] if org else None
            if org == key:
                org = org_tok = None
        name_head = doc[start:end].root
        if name_head.dep_ == "pobj" and name_head.head.lower_ == "of" and any(
                c.lower_ in FORMER for c in name_head.head.head.children):
            continue  # "the former administration of President Moon Jae-in"
        spokes = not org and title_words and title_words[-1] in SPOKES_TITLES \
            and set(title_words) <= SPOKES_TITLES | {"ministry", "foreign", "deputy", "chief", "government"}
        body = _spoken_for(args, sent, start, title_words) if spokes else None
        if body:  # "Beijing condemned the pact. Foreign ministry spokesman Zhao Lijian said": the ministry's,
            # before any state the dictionary knows him for
            yield from emit(key, body, "holdsPosition", "position.spokesman+context", 0.55,
                            doc[start:end].root, doc[start:end].root, None, sent)
            continue
        if not org and title and any(tt in title for tt in titles):
            # "President Donald Trump": the office's state comes from the actor dictionary
            held = office_of(key, title, args.date)
            if held and (held in ents.entities or _add_known(ents, held)):
                yield from emit(key, held, "holdsPosition", "position.title+dictionary", 0.75, doc[start:end].root,
                                doc[start:end].root, None, sent)
                continue
        if not org and title and _national_office(title_words):
            # "MANILA, Philippines — ... Defense Secretary Gilbert Teodoro Jr.": a bare government title
            # in a story filed from a capital is that country's
            held = args.home_state()
            if held and office_of(key, title, None) not in (None, held):
                held = None  # "Prime Minister Justin Trudeau" in a story filed from Beijing: the dictionary knows better
            if held:
                yield from emit(key, held, "holdsPosition", "position.title+dateline", 0.6, doc[start:end].root,
                                doc[start:end].root, None, sent)
                continue
        if not org and title and _national_office(title_words):
            # "Thailand's acting prime minister warned ... Acting Prime Minister Phumtham said": the state the
            # article gave the same title before; else the only state the article has named so far
            held, how = _state_of_title(args, title_words, start), "position.title_before"
            if held is None:
                held, how = _sole_state(args, sent), "position.title+sole_state"
                if held is not None and _acted_on_by(doc[start:end].root, held, args):
                    held = None  # "President Smith criticised China": the state he acts on is not his
            if held is None:
                held, how = _context_state(args, sent), "position.title+context"
            if held and office_of(key, title, None) not in (None, held):
                held = None  # a dictionary leader out of office on that date: the state named is not his"
            if held:
                yield from emit(key, held, "holdsPosition", how, 0.55, doc[start:end].root,
                                doc[start:end].root, None, sent)
                continue
        if not org and " ".join(title_words).replace("-", " ") in BODY_HEAD_TITLES:
            # "The Council of Europe expelled Russia. Secretary General Marija Pejcinovic Buric said": a title only
            # an international body has, of the body in view
            body = _body_in_view(args, sent, start)
            if body:
                yield from emit(key, body, "holdsPosition", "position.title+body", 0.55, doc[start:end].root,
                                doc[start:end].root, None, sent)
                continue
        if not org and title_words and title_words[-1] in ("ambassador", "envoy") and len(title_words) == 1:
            # "declared Mexico's ambassador persona non grata ... Ambassador Pablo Monroy": the state the
            # article gave the same title before
            held = _state_of_title(args, title_words, start)
            if held:
                yield from emit(key, held, "holdsPosition", "position.title_before", 0.55, doc[start:end].root,
                                doc[start:end].root, None, sent)
                continue
        if spokes:
            body = _context_state(args, sent)
            if body is None and "government" in title_words:
                # "Government spokesman Piotr Muller said that Poland ...": the only state named so far
                body = _sole_state(args, sent)
            if body:  # "Beijing condemned the pact. Foreign ministry spokesman Zhao Lijian said": China's
                yield from emit(key, body, "holdsPosition", "position.spokesman+context", 0.55,
                                doc[start:end].root, doc[start:end].root, None, sent)
                continue
        if org and ents.entities[org].type == "Location" and not any(
                f" {tt} " in f" {title} " for tt in args.lex.territory_titles):
            org = None  # "Brussels-based analyst": a place is no employer; "Greenland's premier" holds office there
        if org and title_words and title_words[-1] in CRITIC_WORDS and ents.entities[org].type != "Location":
            # "Kremlin critic Vladimir Kara-Murza", "Putin opponent X": the person's standing is a criticism
            yield from emit(key, org, "criticizesOrAccuses", "criticize.critic", 0.7, doc[start:end].root,
                            doc[start:end].root, org_tok, sent, mood="asserted")
            continue
        if org and title and any(title.endswith(tt) or tt in title for tt in titles):
            yield from emit(key, org, "holdsPosition", "position.title", 0.85, doc[start:end].root, doc[start:end].root, org_tok, sent)
            # "Congolese President Felix Tshisekedi, the current AU chairman": a second post set beside the name
            yield from _appos_positions(key, doc[start:end].root, sent, args, emit)
            continue
        head = doc[start:end].root
        if head.dep_ == "appos" and (head.head.pos_ == "NOUN" or (
                head.head.pos_ == "PROPN" and head.head.i not in ents.token_entity
                and head.head.lower_ in args.lex.title_words)):  # "Canada's High Commissioner, Cameron MacKay"
            # "China's foreign minister, Wang Yi, ...": the name stands in apposition to the title
            noun = head.head
            if _current_title(noun, titles):
                holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
                holders += [p for prep in ("of", "for") for p in _prep_objects(noun, prep)]
                for c in holders:
                    o = args.entity_at(c)
                    if o is None and (ruler := _government_of(c, ents)):
                        yield from emit(key, ruler[0], "holdsPosition", "position.appos_title", 0.8, noun, head, ruler[1], sent)
                        break
                    if o is None and c.lower_ == "whose":
                        # "the United States, whose envoy Gabriel Escobar had pressed for the deal"
                        described = whose_antecedent(noun)
                        o = args.entity_at(described) if described is not None else None
                    if o and o != key and ents.entities[o].type in STATE_TYPES:
                        yield from emit(key, o, "holdsPosition", "position.appos_title", 0.8, noun, head, c, sent)
                        break
                    leader = args.entity_at(noun.head) if c.dep_ == "poss" and c.lower_ in ("his", "her") \
                        and noun.dep_ == "conj" else None
                    if o and o != key and c.dep_ == "poss" and c.pos_ == "PROPN" and ents.entities[o].type == "Person" \
                            and noun.lemma_.lower() != "counterpart":
                        leader = o  # "Zelensky's chief of staff, Andriy Yermak": a leader's aide serves his state
                    if leader and ents.entities[leader].type == "Person":
                        # "President Gustavo Petro and his foreign minister, Luis Murillo": the leader's state
                        o = _home_state(leader, c if leader == o else noun.head, args)
                        if o and o != key:
                            yield from emit(key, o, "holdsPosition", "position.appos_title", 0.7, noun, head, None, sent)
                            break
        body_tok = head.head if head.dep_ == "appos" else None
        if body_tok is not None and body_tok.dep_ == "pobj" and body_tok.head.lower_ in ("for", "of", "to") \
                and body_tok.head.head.pos_ == "NOUN":
            # "A spokesman for the Kremlin, Dmitry Peskov": the name set beside the body the title serves
            noun = body_tok.head.head
            o = args.entity_at(body_tok)
            if noun.lemma_.lower() in SENT_TITLES and body_tok.head.lower_ in ("for", "to"):
                # "Russia's envoy to the Arctic Council, Nikolai Korchunov": posted there, sent by Russia
                o, body_tok = next(((args.entity_at(c), c) for c in noun.children if c.dep_ in ("poss", "amod", "compound")
                                    and args.entity_at(c)), (None, None))
            if o and o != key and ents.entities[o].type in STATE_TYPES and _current_title(noun, titles):
                yield from emit(key, o, "holdsPosition", "position.appos_title", 0.75, noun, head, body_tok, sent)
        if title and any(tt in title for tt in titles) and not org:
            # "President Andrés Manuel López Obrador of Mexico"
            for p in _prep_objects(head, "of"):
                for o, ot in args.expand(p):
                    if ents.entities[o].type in STATE_TYPES:
                        yield from emit(key, o, "holdsPosition", "position.title_of", 0.8, head, head, ot, sent)
        if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.lemma_.lower() in LEADING \
                and head.head.head.dep_ == "acl":
            # "the Niger junta led by General Abdourahamane Tchiani": the leader holds a post in the body led
            body = head.head.head.head
            o = args.entity_at(body)
            if o and o != key and ents.entities[o].type in STATE_TYPES:
                yield from emit(key, o, "holdsPosition", "position.led_by", 0.75, head.head.head, head, body, sent)
        for o, ot, trig in _employers(head, args):
            if o != key:
                yield from emit(key, o, "holdsPosition", "position.works_for", 0.7, trig, head, ot, sent)
        yield from _appos_positions(key, head, sent, args, emit)


def _current_title(noun, titles) -> bool:
    """Does the phrase up to ``noun`` hold a title (whole words: no "king" in "speaking") and no word of a
    past post ("a former KGB officer")?"""
    words = " " + " ".join(t.lower_ for t in noun.doc[noun.left_edge.i: noun.i + 1]) + " "
    return any(f" {tt} " in words for tt in titles) and not (set(words.split()) & FORMER)


def _government_of(noun, ents) -> tuple[str, object] | None:
    """The state or ruling group a government noun names: "the Ukrainian government('s envoy)", "the Taliban
    government('s chief spokesman)"."""
    if noun.lemma_.lower() not in GOVERNMENT_NOUNS or noun.i in ents.token_entity:
        return None
    return next(((k, g) for g in noun.children if g.dep_ in ("compound", "amod")
                 for k in [ents.token_entity.get(g.i)] if k and ents.entities[k].type in STATE_TYPES | {"Organization"}),
                None)


def _appos_positions(key: str, head, sent, args: Args, emit) -> Iterator[Relation]:
    """Posts an apposition or a relative clause gives the person ``head`` names: "Daniel Byman, a senior fellow
    at the Center for ...", "Mao Ning, spokesperson of ...", "Radoslaw Sikorski, who is Poland's foreign minister"."""
    ents, titles = args.ents, args.lex.titles
    roles = [c for c in head.children if c.dep_ == "appos"]
    # "Radoslaw Sikorski, who is Poland's foreign minister": the relative clause's predicate
    roles += [a for rc in head.children if rc.dep_ == "relcl" and rc.lemma_ == "be"
              for a in rc.children if a.dep_ == "attr"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":  # "Wai is a Border Force officer"
        roles += [a for a in head.head.children if a.dep_ == "attr" and a.pos_ == "NOUN"]
    for ap in roles:
        if not _current_title(ap, titles):
            continue  # "a senior fellow at CSIS" is no title; "a former KGB officer" holds no post now
        # "Mexico's Secretary of Foreign Relations", "the French ambassador",
        # "head of the Mexican consular section in Quito"; else "a senior fellow at CSIS"
        inner = [ap] + [p for c in ap.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"]
        found = False
        for node in inner:
            o = ents.token_entity.get(node.i) if node is not ap else None
            if o and o != key and ents.entities[o].type in STATE_TYPES:
                # "the leader of South Korea's main opposition Democratic Party": the party, not its state
                found = True
                yield from emit(key, o, "holdsPosition", "position.appos", 0.8, ap, head, node, sent)
                continue
            if node is not ap and any(n.lemma_.lower() in NONSTATE_BODIES for n in (node, *node.children)
                                      if n is node or n.dep_ == "compound"):
                continue  # "leader of the Danish anti-immigration party Hard Line": a party's, not Denmark's
            for c in node.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    o = ents.token_entity.get(c.i)
                    if o and ents.entities[o].type in STATE_TYPES:
                        found = True
                        yield from emit(key, o, "holdsPosition", "position.appos", 0.8, ap, head, c, sent)
                    elif o is None and (ruler := _government_of(c, ents)):
                        found = True
                        yield from emit(key, ruler[0], "holdsPosition", "position.appos", 0.8, ap, head, ruler[1], sent)
        if found:
            continue
        envoy = ap.lemma_.lower() in SENT_TITLES
        for c in ap.children if envoy else ():
            # "Keith Kellogg, Trump's envoy for Ukraine": sent by Trump's state, not by the one he is sent to
            o = args.entity_at(c) if c.dep_ == "poss" else None
            if o and ents.entities[o].type == "Person" and o != key:
                o = _home_state(o, c, args)
                if o:
                    found = True
                    yield from emit(key, o, "holdsPosition", "position.appos", 0.75, ap, head, c, sent)
        if found:
            continue
        for prep in ("at", "of", "with") if envoy else ("at", "of", "for", "with", "to"):
            for p in _prep_objects(ap, prep):
                for o, ot in args.expand(p):
                    if ents.entities[o].type == "Person" and o != key and prep in ("to", "of", "for"):
                        # "Yuri Ushakov, an aide to President Vladimir Putin": the leader's state
                        o = _home_state(o, ot, args) or o
                    if ents.entities[o].type in STATE_TYPES:
                        found = True
                        yield from emit(key, o, "holdsPosition", "position.appos", 0.8, ap, head, ot, sent)
        if not found and not any(c.dep_ in ("prep", "poss") for c in ap.children):
            # "Pete Hegseth, the defense secretary, said": an office named without its state, which the actor
            # dictionary knows he holds
            title = " ".join(t.lower_ for t in ap.doc[ap.left_edge.i: ap.i + 1] if t.dep_ != "det")
            held = office_of(key, title, args.date)
            if held and (held in ents.entities or _add_known(ents, held)):
                yield from emit(key, held, "holdsPosition", "position.appos+dictionary", 0.7, ap, head, None, sent)


#: Titles of those sent to another party, whose "to" or "for" names where they are sent, not who sends them.
SENT_TITLES = ENVOY_TITLES | {"emissary", "representative", "delegate", "negotiator", "mediator"}
#: Bodies no state runs, whose national adjective names no employer: "the Danish party Hard Line".
NONSTATE_BODIES = frozenset({"party", "movement", "group", "company", "firm", "faction", "militia", "union", "bank",
                             "newspaper", "channel", "network", "club", "foundation", "charity", "university"})
#: Verbs of serving a body: "works for Border Force", "served in the foreign ministry".
WORK_VERBS = frozenset({"work", "serve"})
#: Verbs whose passive names the employer: "was employed by the Home Office".
EMPLOY_VERBS = frozenset({"employ", "hire", "recruit", "contract"})


def _employers(head, args: Args) -> list[tuple[str, object, object]]:
    """The bodies a person is said to serve, as (key, token, trigger): "Peter Wai, who works for Border
    Force", "Yuen works as office manager for the trade office", "were employed by the Home Office",
    "Wai is a volunteer officer with the City of London Police". Past service is not current: "worked"."""
    ents = args.ents
    out = []
    verbs = []
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    verbs += [rc for rc in head.children if rc.dep_ == "relcl"
              and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in rc.children)]
    for v in verbs:
        lemma = v.lemma_.lower()
        if v.tag_ in ("VBD",) or any(c.lower_ in ("former", "formerly", "previously", "once") for c in v.children):
            continue  # "worked for the ministry until 2019"
        bodies = []
        if lemma in WORK_VERBS and v.pos_ == "VERB":
            bodies = [p for prep in ("for", "at", "in") for p in _prep_objects(v, prep)]
            for as_ in _prep_objects(v, "as"):  # "works as office manager for ...", "serves as head of ..."
                bodies += [p for prep in ("for", "at", "of", "with") for p in _prep_objects(as_, prep)]
        elif lemma in EMPLOY_VERBS and head.dep_ == "nsubjpass":
            bodies = [p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        elif lemma == "be" and v.i != head.i:
            for attr in (c for c in v.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
                if _current_title(attr, args.lex.titles):
                    bodies += [p for prep in ("at", "with", "for", "of", "in") for p in _prep_objects(attr, prep)]
        for b in bodies:
            for o, ot in args.expand(b):
                if ents.entities[o].type in ("Agency", "Organization"):
                    out.append((o, ot, v))
    return out


def _is_capital_of(name: str, country: str) -> bool:
    """ "MANILA" of the Philippines: the eval guidelines make a capital an alias of its state, not a place in it."""
    gaz = load_gazetteer()
    found = gaz.forms.get(name) or gaz.forms.get(name.title())
    return found is not None and found == (country, "capital")


def _names_country_after(dateline: str) -> bool:
    """Does a dateline write a country after its city ("ARGYLE, St Vincent and the Grenadines (Reuters) -")?"""
    gaz = load_gazetteer()
    for part in re.split(r"[,(—–-]", dateline)[1:]:
        found = gaz.forms.get(part.strip()) or gaz.forms.get(part.strip().title())
        if found and gaz.entries[found[0]].type == "Country" and found[1] in ("name", "alias"):
            return True
    return False


def _locations(sent, args: Args, emit) -> Iterator[Relation]:
    """Place -> country: "Kazan, Russia", "the Himalayas in India"."""
    ents = args.ents
    for tok in sent:
        key = ents.token_entity.get(tok.i)
        if not key or ents.entities[key].type != "Location":
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS:
            # "the Algerian city of Tamanrasset": the demonym of the place noun names the country
            for a in tok.head.head.children:
                k = ents.token_entity.get(a.i)
                if a.dep_ in ("amod", "compound") and k and ents.entities[k].type == "Country":
                    yield from emit(key, k, "locatedIn", "located.city_of", 0.75, tok, tok, a, sent)
        for c in tok.children:
            target = None
            if c.dep_ in ("appos", "npadvmod") or (c.dep_ == "prep" and c.lower_ == "in"):
                cands = [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]
                if c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS | {"enclave", "exclave"}:
                    # "Kazan, a city in Russia", "Goma, the capital of North Kivu province in Congo",
                    # "Tinzaouatine, an Algerian town", "Melilla, Spain's other enclave"
                    cands = [p for prep in ("in", "of") for p in _prep_objects(c, prep)]
                    cands += [a for a in c.children if a.dep_ in ("amod", "compound", "poss")]
                if c.dep_ == "prep":  # "the Vostochny Cosmodrome in Russia's Far East": the region's country
                    cands += [g for p in cands if ents.token_entity.get(p.i) != key for g in p.children
                              if g.dep_ == "poss"]
                for cand in cands:
                    k = ents.token_entity.get(cand.i)
                    if k and ents.entities[k].type == "Country":
                        target = (k, cand)
                    elif k and c.dep_ == "prep" and ents.entities[k].type == "Location":
                        # "the Miraflores presidential palace in Caracas": a place in a capital is in its country
                        found = load_gazetteer().forms.get(ents.entities[k].label)
                        if found and found[1] == "capital" and found[0] != key and (
                                found[0] in ents.entities or _add_known(ents, found[0])):
                            target = (found[0], cand)
            if target:
                yield from emit(key, target[0], "locatedIn", "located.appos", 0.75, tok, tok, target[1], sent)
        # "Japan's southern Okinawa islands", "China's Xinjiang region": a country's own place
        # (not "Ukraine's Black Sea ports": ports on that sea, not the sea itself)
        holder = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in PLACE_NOUNS - {"port", "area"} else tok
        for g in holder.children:
            k = ents.token_entity.get(g.i) if g.dep_ == "poss" else None
            if k and k != key and ents.entities[k].type == "Country":
                yield from emit(key, k, "locatedIn", "located.possessive", 0.7, tok, tok, g, sent)
        if args.dateline is None:
            from .coref import dateline_spans

            args.dateline = dateline_spans(args.doc.text)[:1]
        for a, b in args.dateline:
            # only a country the dateline writes out: "LONDON, July 28 (Reuters)" says nothing of where London is
            home = args.home_state() if a <= tok.idx < b and _names_country_after(args.doc.text[tok.idx:b]) else None
            if home and home != key and ents.entities[home].type == "Country" and not _is_capital_of(tok.text, home):
                # "ARGYLE, St Vincent and the Grenadines (Reuters) -": the place the story is filed from
                yield from emit(key, home, "locatedIn", "located.dateline", 0.7, tok, tok, None, sent)
        verb = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb.dep_ != "ccomp" \
                and not any(c.dep_ == "neg" for c in verb.children):  # not "Russia claims Crimea is part of Russia"
            # "Nagorno-Karabakh is internationally recognised as part of Azerbaijan", "Crimea is part of Ukraine"
            parts = [a for a in verb.children if a.dep_ == "attr" and a.lower_ == "part"]
            parts += [p for p in _prep_objects(verb, "as") if p.lower_ == "part"] \
                if verb.lemma_.lower() in ("recognise", "recognize", "regard", "consider", "see") else []
            for part in parts:
                for p in _prep_objects(part, "of"):
                    k = ents.token_entity.get(p.i)
                    if k and ents.entities[k].type == "Country" and k != key:
                        yield from emit(key, k, "locatedIn", "located.part_of", 0.7, verb, tok, p, sent)
        if tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in ("lie", "sit", "locate", "situate"):
            # "Second Thomas Shoal lies within the Philippines' exclusive economic zone"
            for p in [p for prep in ("in", "within", "inside") for p in _prep_objects(verb, prep)]:
                for k, t in _named_or_holder(p, args):
                    if ents.entities[k].type == "Country":
                        yield from emit(key, k, "locatedIn", "located.verb", 0.7, verb, tok, t, sent)


@lru_cache(maxsize=1)
def _offices() -> dict[str, tuple[dict, ...]]:
    return {row["key"]: tuple(row["positions"]) for row in resources.people()}


def _spelling(title: str) -> str:
    """One spelling for British and American title words ("Defence Minister" = "Defense Minister"), with
    or without hyphens ("Secretary-General" = "Secretary General")."""
    return title.replace("defence", "defense").replace("-", " ")


def office_of(person: str, title: str | None, date: str | None) -> str | None:
    """The body whose office ``title`` (any office if None) the dictionary person held on ``date`` (any time if unknown)."""
    best = None
    if title is not None:
        title = _spelling(title)
    for pos in _offices().get(person, ()):
        full = _spelling(pos["title"].lower())
        words = set(full.split()) - {"of", "the"}
        if title is not None and (not words or not words <= set(title.split()) and full not in title
                                  and title != full.split()[-1]):
            continue  # "Leader Kim Jong Un" names his office of "Supreme Leader" by its head word
        if date:
            day = date[:10]
            if pos["from"][: len(day)] > day or (pos.get("to") and day >= pos["to"].ljust(10, "~")):
                continue
        best = pos["org"]
    return best


def _add_known(ents: DocEntities, key: str) -> bool:
    """Bring a gazetteer entity the text implies but does not name ("President Trump" -> the United States)."""
    from .model import Entity

    entry = load_gazetteer().entries.get(key)
    if entry is None:
        return False
    ents.entities[key] = Entity(key=key, label=entry.label, type=entry.type, iso3=entry.iso3, parent=entry.parent)
    return True
