"""Find the actors of an article and link every surface form to one entity.

Gazetteer names (``ontology/gazetteer.jsonl``: countries with their short forms, demonyms,
capitals and seats of government; alliances, organisations, agencies) are matched first; spaCy's
named entities fill in people, other organisations and places. Within an article a surname alone
links to the full name seen before it. Pure functions over a ``Doc``: no files, no RDF.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from . import resources
from .docview import view
from .model import Entity, Mention

#: spaCy entity labels we turn into entities, and the class each gives when nothing better is known.
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location",
             "FAC": "Location", "EVENT": "Event", "LAW": "Event", "NORP": None}

#: Prepositions after which a capital names the city, not its government ("a think tank in Washington").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "within", "into"})

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _locative(span) -> bool:
    """A capital named as the place where something is ("in Kabul"), not as its government."""
    head = span.root
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


def entity_key(label: str) -> str:
    """CamelCase id for an entity label: ``United States`` -> ``UnitedStates``.

    Accents are folded so spellings with and without them meet; anything not alphanumeric
    that survives is percent-encoded, so the key is always a valid IRI segment.
    """
    folded = unicodedata.normalize("NFKD", label.translate(_QUOTES))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    parts = re.split(r"[^0-9A-Za-z\u0080-\U0010ffff]+", folded)
    key = "".join(p[:1].upper() + p[1:] for p in parts if p)
    key = re.sub(r"[^0-9A-Za-z]", lambda m: quote(m.group(0), safe=""), key)
    # nothing alphanumeric ("..."): every byte percent-encoded, so distinct labels stay distinct
    return key or "Entity" + "".join(f"%{b:02X}" for b in label.encode("utf-8"))


@lru_cache(maxsize=8192)  # the same names come back in every article: ~12k calls per 300 articles
def clean_surface(text: str) -> str:
    """Surface form as stored: quotes straightened, a leading "the " and trailing possessive dropped.

    A final period stays on abbreviations ("U.S.").
    """
    text = _WS.sub(" ", text.translate(_QUOTES)).strip(" \"',;:()[]")
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"\s*'s?$", "", text)
    text = text.strip(" \"',;:()[]")
    if text.endswith(".") and not re.search(r"(?:^|[.\s])[A-Za-z]\.$", text):
        text = text.rstrip(".")
    return text


@dataclass(frozen=True)
class GazetteerEntry:
    key: str
    label: str
    type: str
    iso3: str | None
    parent: str | None


@dataclass
class Gazetteer:
    """Surface form -> (entry, kind). Kinds: name, alias, demonym, capital, seat, person.

    People of the actor dictionary (``people.jsonl``) are entries of type Person; their full names
    are matched like any name, and a surname alone (``surnames``) links to them when nothing in the
    article says otherwise.
    """

    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    forms: dict[str, tuple[str, str]] = field(default_factory=dict)
    lower_forms: dict[str, tuple[str, str]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    for row in resources.gazetteer():
        entry = GazetteerEntry(row["key"], row["label"], row["type"], row.get("iso3"), row.get("parent"))
        gaz.entries[entry.key] = entry
        for kind, forms in (("name", [row["label"]]), ("alias", row.get("aliases", [])),
                            ("demonym", row.get("demonyms", [])), ("capital", row.get("capitals", [])),
                            ("seat", row.get("seats", []))):
            for form in forms:
                for variant in {form, form.translate(_QUOTES), form.replace("'", "’")}:
                    gaz.forms.setdefault(variant, (entry.key, kind))
                form = form.translate(_QUOTES)
                # case-insensitive only for multi-word names ("the european union"): a lone
                # lower-case "turkey" or "china" is a bird or a plate
                if kind in ("name", "alias") and " " in form and not form.isupper():
                    gaz.lower_forms.setdefault(form.lower(), (entry.key, kind))
    for row in resources.people():
        entry = GazetteerEntry(row["key"], row["label"], "Person", None, None)
        gaz.entries.setdefault(entry.key, entry)
        for form in (row["label"], *row.get("aliases", ())):
            folded = _fold(form)
            for variant in {form, folded, form.replace("'", "’")}:
                gaz.forms.setdefault(variant, (entry.key, "person"))
        surname = row.get("surname")
        if surname:
            # the surname as the dictionary's other spellings of the full name write it ("Volodymyr Zelenskiy")
            spelled = {a.split()[-1] for a in row.get("aliases", ()) if " " in a
                       and SequenceMatcher(None, a.split()[-1].lower(), surname.lower()).ratio() >= 0.8}
            for variant in {surname, _fold(surname), *spelled}:
                gaz.surnames.setdefault(variant, entry.key)
    return gaz


def _state_word(word: str, gaz: Gazetteer) -> bool:
    """Is ``word`` a country's name or demonym ("Russian President Vladimir Putin" tagged as one person)?
    A town that is also a first name ("Aden Duale") is not: the person keeps the name."""
    hit = gaz.forms.get(word)
    return hit is not None and (gaz.entries[hit[0]].type == "Country" or hit[1] == "demonym")


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The relation lexicon plus the derived word sets entity linking needs."""
    lex = dict(resources.lexicon())
    lex["non_entities"] = frozenset(lex.get("non_entities", ()))
    lex["non_entities_lower"] = frozenset(w.lower() for w in lex["non_entities"])
    roles = resources.roles()
    lex["agency_words"] = frozenset(w.lower() for w in roles.get("agency_words", ()))
    lex["state_owned_forms"] = frozenset(lex.get("state_owned_forms", ()))
    lex["document_heads"] = frozenset(lex.get("document_heads", ()))
    lex["org_descriptor_nouns"] = frozenset(lex.get("org_descriptor_nouns", ()))
    lex["vessel_nouns"] = frozenset(lex.get("vessel_nouns", ()))
    lex["vessel_prefixes"] = frozenset(lex.get("vessel_prefixes", ()))
    lex["weapon_nouns"] = frozenset(lex.get("weapon_nouns", ()))
    lex["body_words"] = lex["agency_words"] | ORG_HEADS  # words that make a name a body's
    lex["title_words"] = frozenset(w for t in roles.get("titles", ()) for w in t.lower().split()
                                   if w not in ("of", "the", "and", "for")) | frozenset(lex.get("title_modifiers", ()))
    return lex


@dataclass
class DocEntities:
    """The entities of one article and a token -> entity map for the relation extractor."""

    entities: dict[str, Entity]
    mentions: list[Mention]
    token_entity: dict[int, str]  # token index -> entity key
    mention_spans: list[tuple[int, int, str]]  # (start token, end token, key), sorted
    kinds: dict[int, str] = field(default_factory=dict)  # token index -> kind (name, demonym, capital, ...)
    #: tokens linked by mention resolution (pronouns, "the bloc", a capital): token index -> what it
    #: was resolved from, e.g. "it -> China (sentence 3)"; filled by kg.coref
    resolved: dict[int, str] = field(default_factory=dict)
    #: "the two countries", "both sides", "they": head token -> every entity it stands for (the token
    #: itself maps to the first in token_entity); filled by kg.coref, expanded by kg.relations
    groups: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: a capital named as a place ("arrived in Amman"): its head token -> the country it is the capital of
    capital_of: dict[int, str] = field(default_factory=dict)

    def span_entities(self, start: int, end: int) -> list[str]:
        seen: list[str] = []
        for i in range(start, end):
            key = self.token_entity.get(i)
            if key and key not in seen:
                seen.append(key)
        return seen


def _split_listed_names(ents: list, gaz) -> list:
    """A list of names the tagger took for one ("Macron, Scholz", "Trump, Zelenskiy"): each name of one to three
    capitalised words between the commas is a name of its own, a person's when it is a known surname."""
    out: list = []
    for ent in ents:
        commas = [t.i for t in ent if t.text == ","] if ent.label_ in ("PERSON", "ORG") else []
        parts = list(zip([ent.start] + [c + 1 for c in commas], commas + [ent.end]))
        if commas and all(0 < b - a <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in ent.doc[a:b])
                          for a, b in parts):
            out += [type(ent)(ent.doc, a, b, "PERSON" if ent.label_ == "PERSON" or ent.doc[a:b].text in gaz.surnames
                              else ent.label_) for a, b in parts]
            continue
        out.append(ent)
    return out


def _join_split_names(ents: list, known: Mapping[str, Any]) -> list:
    """A person's name the tagger cut apart is one name when its first part is a compound of what follows:
    "Ana Cecilia" + "Gervasi" (a second person, or a one-word place no gazetteer knows) is Ana Cecilia
    Gervasi."""
    out: list = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PERSON" and prev.end == ent.start \
                and (ent.label_ == "PERSON" or (len(ent) == 1 and ent.text not in known)) \
                and prev[-1].dep_ == "compound" and prev[-1].head.i in range(ent.start, ent.end) \
                and all(t.pos_ == "PROPN" for t in (*prev, *ent)):
            out[-1] = type(ent)(ent.doc, prev.start, ent.end, "PERSON")
            continue
        out.append(ent)
    return out


def _phrase_matcher(nlp):  # -> (PhraseMatcher, dict)
    from spacy.matcher import PhraseMatcher

    cache = getattr(nlp, "_kg_gazetteer_matcher", None)
    if cache is not None:
        return cache
    gaz = load_gazetteer()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms = sorted(gaz.forms)
    matcher.add("GAZ", list(nlp.tokenizer.pipe(forms)))
    lower.add("GAZL", list(nlp.tokenizer.pipe(sorted(gaz.lower_forms))))
    nlp._kg_gazetteer_matcher = (matcher, lower)
    return nlp._kg_gazetteer_matcher


def _norm_span_text(span) -> str:
    return span.text.translate(_QUOTES)


#: First words of named storms and other natural events, which the tagger may take for actors.
NATURAL_EVENTS = frozenset({"Typhoon", "Hurricane", "Cyclone", "Storm", "Tropical", "Super", "Tornado", "Earthquake",
                            "Tsunami", "Wildfire", "Flood", "Floods", "Drought", "Covid", "Covid-19", "COVID-19", "Locust", "Locusts"})


@lru_cache(maxsize=1)
def _regional_descriptions() -> tuple[frozenset[str], frozenset[str]]:
    """The region words and description heads of the coreference rules ("islamic", "republic")."""
    from .coref import load_rules  # kg.coref imports this module: read its rules, parsed once, when first asked

    rules = load_rules()
    return frozenset(" ".join(words) for words in rules.regions), frozenset(rules.descriptions)


def _is_description(text: str) -> bool:
    """ "the Islamic Republic", "the Jewish State": a description coreference resolves, not a place."""
    words = text.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    regions, heads = _regional_descriptions()
    return len(words) >= 2 and words[-1] in heads and " ".join(words[:-1]) in regions


def _is_junk_name(text: str) -> bool:
    lex = lexicon()
    if text in lex["non_entities"] or text.lower() in lex["non_entities_lower"] or _is_description(text):
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return True
    if not any(c.isupper() for c in text):  # "jargon": names are capitalised
        return True
    if "/" in text or text.split()[0] in ("Copyright", "Photo", "Image", "Credit"):  # photo credits
        return True
    if text.split()[0] in NATURAL_EVENTS:  # "Typhoon Haiyan hit the Philippines": weather is no actor
        return True
    if text.isupper() and len(text) > 6 and " " not in text:  # shouted boilerplate: DONATE, SUBSCRIBE
        return True
    return False


#: Last words of a body's name, never of a person's.
ORG_HEADS = frozenset({"party", "council", "union", "front", "movement", "ministry", "agency", "committee", "commission",
                       "court", "bank", "organisation", "organization", "league", "alliance", "assembly", "parliament",
                       "army", "forces", "guard", "group", "company", "corporation", "institute", "university"})


def _named_by_title(span, lex) -> bool:
    """Is this proper-noun span a person's name set beside a title ("the ambassador, X", "envoy X")?"""
    if not all(t.pos_ == "PROPN" and t.is_title for t in span):
        return False
    if span[-1].lower_ in ORG_HEADS:
        return False  # "the main opposition Democratic Party": a body's name, whatever word comes before it
    titles = lex["title_words"]
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in titles and root.head.pos_ == "NOUN":
        return True
    if any(c.dep_ == "appos" and c.i == span.end + 1 and span.doc[span.end].text == "," and c.pos_ == "NOUN"
           and (c.lower_ in titles or c.lemma_ in PERSON_APPOSITIONS) for c in root.children):
        return True  # "Rasmus Paludan, leader of the party Hard Line"
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.is_title and prev.lower_ in PERSONAL_TITLES and span.text not in load_gazetteer().forms:
        return True  # "Vice-President Moody Awori", "President Laurent Gbago": the tagger's ORG is the holder
    return _person_word_before(span.start, span.doc, lex)


#: Capitalised titles that only ever stand before a person's name.
PERSONAL_TITLES = frozenset({"president", "minister", "secretary", "ambassador", "senator", "governor", "chancellor",
                             "premier", "king", "queen", "prince", "sheikh", "emir", "envoy", "spokesman",
                             "spokeswoman", "general", "admiral", "colonel"})


def _person_word_before(start: int, doc, lex) -> bool:
    """Is the word before ``start`` a title or a noun for a person, written small ("envoy", "far-right
    politician", "journalist")?"""
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.is_lower and prev.pos_ == "NOUN" and not _body_word_before(start, doc, lex) and (
        prev.lower_ in lex["title_words"] or prev.lemma_ in PERSON_APPOSITIONS)


def _body_word_before(start: int, doc, lex) -> bool:
    """Is the word before ``start`` a noun for a body, written small ("the party Hard Line", "the group")?"""
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.is_lower and prev.pos_ == "NOUN" and prev.lemma_ in lex["org_descriptor_nouns"]


#: Nouns for a settlement or a district, written small before "of" and a name: "the city of Gyumri".
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "region", "province", "district", "county",
                              "municipality", "island", "islands", "enclave", "oblast", "governorate", "capital"})


def _place_word_before(start: int, doc) -> bool:
    """Is the name at ``start`` a place by the words before it ("in the city of Gyumri", "the town of Bucha")?"""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].is_lower \
        and doc[start - 2].lemma_.lower() in SETTLEMENT_NOUNS


#: Titles a portfolio's name comes before: "Agriculture Minister", "Homeland Security Secretary".
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner"})
#: Last words of a ministerial portfolio ("Secretary of State for African Affairs", "Minister for Defence").
PORTFOLIO_ENDS = frozenset({"affairs", "defence", "defense", "security", "development", "trade", "justice", "finance",
                            "commerce", "energy", "europe", "asia", "africa", "americas", "intelligence", "policy"})


def _name_after_portfolio(span):
    """The person's name a tagger ran together with the portfolio before it, or None."""
    if len(span) < 4:
        return None
    ends = [i for i, t in enumerate(span) if t.lower_ in PORTFOLIO_ENDS]
    if not ends or not any(t.lower_ in ("for", "of") for t in span[:ends[-1]]):
        return None
    tail = span[ends[-1] + 1:]
    if 2 <= len(tail) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in tail):
        return tail
    return None


#: First words of a treaty's or a law's clauses ("Article 5", "Section 301").
CLAUSE_WORDS = frozenset({"Article", "Articles", "Section", "Chapter", "Paragraph", "Clause", "Title"})


def _headline_end(text: str) -> int:
    """Where the headline ends, when the text starts with one (a short first line without a final
    full stop, followed by more text); 0 otherwise."""
    end = text.find("\n")
    first = text[:end].strip() if end > 0 else ""
    if not first or len(first) > 200 or first.endswith((".", "!", "?", ":")) or not text[end:].strip():
        return 0
    return end


def _rest_of_title(span, lex) -> bool:
    """Does the span finish a title begun before it ("Secretary of" + "State", "Minister for" + "Defence")?"""
    if span.start < 2:
        return False
    prep, title = span.doc[span.start - 1], span.doc[span.start - 2]
    return prep.lower_ in ("of", "for") and title.lower_ in lex["title_words"] and (
        span[-1].lower_ in PORTFOLIO_ENDS or span.text == "State")


HEADLINE_VERBS = frozenset({"says", "said", "tells", "told", "warns", "warned", "urges", "urged", "slams", "blasts",
                            "accuses", "meets", "calls", "asks", "rejects", "backs", "vows", "threatens", "praises",
                            "hits", "sanctions", "thanks", "welcomes", "condemns", "criticises", "criticizes"})


#: Particles inside Arabic names, written small before a hyphen: "Mariam al-Sadiq al-Mahdi".
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "bin", "bint", "ibn", "abu", "abd", "ould", "ag"})


def _strip_span(span):
    """Drop leading determiners, quotes and possessives from an NER span.

    A person's name ends at a possessive ("Donald Trump's Greenland" is Donald Trump) and runs on
    over name parts the tagger cut off ("Yoon Suk" + "Yeol", "Moon Jae" + "-in").
    """
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    if start >= end:
        return doc[start:start]  # nothing but punctuation and articles
    if span.label_ == "PERSON":
        # a Title Case headline runs its verb into the name: "Prime Minister Tells Trump to ..."
        while end - start > 1 and doc[start].lower_ in HEADLINE_VERBS:
            start += 1
        for i in range(start + 1, end):
            if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s"):
                end = i
                break
        sent_start, sent_end = doc[start].sent.start, doc[start].sent.end
        titles = lexicon()["title_words"]
        while start > sent_start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].lower_ not in titles and start <= doc[start - 1].head.i < end \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1  # "Tomasz Siemoniak" tagged from "Siemoniak" on; never over a title ("Prime Minister")
        while end < sent_end:
            nxt = doc[end]
            if nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_type_ and not doc[end - 1].whitespace_ == "" \
                    and "\n" not in doc[end - 1].whitespace_:
                end += 1
            elif nxt.text == "-" and not doc[end - 1].whitespace_ and not nxt.whitespace_ and end + 1 < sent_end \
                    and doc[end + 1].is_alpha and doc[end + 1].text.islower():
                end += 2  # "Moon Jae-in"
            elif doc[end - 1].text == "-" and not doc[end - 1].whitespace_ and nxt.is_alpha and nxt.is_title:
                end += 1  # "Mariam al-" + "Sadiq": a name the tagger cut at a hyphen
            elif nxt.lower_ in NAME_PARTICLES and end + 2 < sent_end and doc[end + 1].text == "-" \
                    and not nxt.whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_title:
                end += 3  # "... Sadiq" + "al-Mahdi"
            else:
                break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s")
                           or doc[end - 1].lower_ in ("of", "and", "for", "the")):
        end -= 1  # "the Doha Agreement of [2020]": the tagger's span ends at a dangling preposition
    return doc[start:end]


def find_entities(doc, nlp=None) -> DocEntities:
    """Link the mentions of one parsed article to entities."""
    from spacy.util import filter_spans

    gaz = load_gazetteer()
    lex = lexicon()
    matcher, lower_matcher = _phrase_matcher(nlp) if nlp is not None else _phrase_matcher_for(doc)
    parsed, doc = doc, view(doc)  # the parse as plain Python objects, shared with kg.coref and kg.relations
    candidates = []  # (span, key, kind)
    for _, start, end in matcher(parsed):
        span = doc[start:end]
        key, kind = gaz.forms[span.text]
        candidates.append((span, key, kind))
    for _, start, end in lower_matcher(parsed):
        span = doc[start:end]
        hit = gaz.lower_forms.get(_norm_span_text(span).lower())
        if hit:
            candidates.append((span, hit[0], hit[1]))

    # A person's name is not a place: "George Washington", "Tom Holland"
    persons_ner = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]
    candidates = candidates if not persons_ner else [c for c in candidates if not any(
        p.start <= c[0].start and c[0].end <= p.end and (c[0].end - c[0].start) < len(p)
        and c[2] != "person" and gaz.entries[c[1]].type in ("Location", "Country")
        and c[2] in ("name", "capital", "alias")
        and not _state_word(p.text.split()[0], gaz) for p in persons_ner)]
    # "Russia's Security Council", "Iran's Supreme National Security Council": a body's short name inside
    # another name, or owned by a state it does not belong to, is not that body
    def foreign_body(span, key) -> bool:
        entry = gaz.entries[key]
        if entry.type not in ("Organization", "Agency") or span.start == 0:
            return False
        prev = doc[span.start - 1]
        if prev.pos_ == "PROPN" and prev.ent_type_ == "ORG" and any(
                e.label_ == "ORG" and e.start <= prev.i and span.end <= e.end for e in doc.ents):
            return True  # the tagger reads one longer name ("Supreme National Security Council")
        if (prev.tag_ == "POS" or prev.text in ("'s", "’s")) and span.text in lex["state_owned_forms"]:
            # a form every state's body shares ("Security Council"): the possessor's own body
            owner = [c for c in candidates if c[0].end == span.start - 1 and gaz.entries[c[1]].type == "Country"]
            return bool(owner) and all(c[1] != entry.parent for c in owner)
        return False

    candidates = [c for c in candidates if not foreign_body(c[0], c[1])]
    # "the Washington Post", "the Times of India", "Sudan Tribune": a news outlet's name holds no place
    outlets = _outlet_chars(doc.text)
    if outlets:
        candidates = [c for c in candidates if not any(a < c[0].end_char and c[0].start_char < b for a, b in outlets)]
    # "the Doha Agreement", "the Minsk Protocol", "the Paris Accords": a place in a document's name is no
    # actor or place of the story
    candidates = [c for c in candidates if not (
        gaz.entries[c[1]].type in ("Country", "Location", "Agency") and c[2] in ("name", "capital", "seat")
        and _names_document(c[0], lex))]
    # "British Columbia", "Arabian Peninsula": a demonym that opens a longer place name the tagger reads is no state
    places = [(e.start, e.end) for e in parsed.ents if e.label_ in ("GPE", "LOC")]
    candidates = [c for c in candidates if not (c[2] == "demonym" and any(
        a == c[0].start and b > c[0].end and doc[c[0].end].is_title for a, b in places))]
    # Gazetteer spans win over NER spans they overlap; among gazetteer spans the longest wins.
    by_span = {(s.start, s.end): (key, kind) for s, key, kind in candidates}
    gaz_spans = filter_spans([s for s, _, _ in candidates])
    sites = _named_sites(doc, gaz_spans, by_span, gaz)
    gaz_spans = [s for s in gaz_spans if not any(a < s.end and s.start < b for a, _, b in sites)]
    taken = set()
    for s in gaz_spans:
        taken.update(range(s.start, s.end))

    entities: dict[str, Entity] = {}
    aliases: dict[str, set[str]] = {}
    mentions: list[Mention] = []
    token_entity: dict[int, str] = {}
    kinds: dict[int, str] = {}
    spans: list[tuple[int, int, str]] = []
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    sent_starts = sorted(sent_index)

    def sentence_of(tok_i: int) -> int:
        return max(0, bisect.bisect_right(sent_starts, tok_i) - 1)

    def add(span, key: str, label: str, etype: str, kind: str, iso3=None, parent=None, surface=None):
        if key not in entities:
            entities[key] = Entity(key=key, label=label, type=etype, iso3=iso3, parent=parent)
            aliases[key] = set()
        text = span.text
        surface = surface or clean_surface(text)
        if surface and kind not in ("demonym",) and surface != entities[key].label:
            aliases[key].add(surface)
        elif kind == "demonym" and surface:
            aliases[key].add(surface)
        start, end = span.start, span.end
        mentions.append(Mention(entity=key, text=text, start=span.start_char, end=span.end_char,
                                sentence=sentence_of(start)))
        for i in range(start, end):
            token_entity[i] = key
            kinds[i] = kind
        spans.append((start, end, key))

    def add_gazetteer(span, key: str, kind: str):
        entry = gaz.entries[key]
        if kind == "person":
            add(span, key, entry.label, "Person", "name")
            persons[clean_surface(span.text)] = key
            return
        if kind == "capital":
            head = span.root
            if _locative(span):
                capital_of[head.i] = key
                if key not in governing:
                    # the city itself ("a think tank in Washington"): a Location
                    label = span.text
                    add(span, entity_key(label), label, "Location", "name")
                    return
                # "Islamabad accuses Kabul ... jets struck targets in Kabul": a capital that speaks for its
                # government anywhere in the article names the state there too
        add(span, key, entry.label, entry.type, kind, entry.iso3, entry.parent)

    for a, name_end, b in sites:  # "the Rafah crossing", "the Adji Kossei air base": the place is the site,
        site = doc[a:b]  # also called by its name alone ("Ta Muen Thom" for "the Ta Muen Thom temple")
        label = clean_surface(site.text)
        add(site, entity_key(label), label, "Location", "name")
        aliases[entity_key(label)].add(clean_surface(doc[a:name_end].text))
        taken.update(range(a, b))
    persons: dict[str, str] = {}  # surname / full name -> key
    capital_of: dict[int, str] = {}
    governing = {by_span[(sp.start, sp.end)][0] for sp in gaz_spans
                 if by_span[(sp.start, sp.end)][1] == "capital" and not _locative(sp)}
    for span in gaz_spans:
        key, kind = by_span[(span.start, span.end)]
        add_gazetteer(span, key, kind)
    for form, key in list(persons.items()):  # dictionary people seen in full: their surnames link back
        surname = next((sn for sn, k in gaz.surnames.items() if k == key), None) or form.split()[-1]
        persons.setdefault(surname, key)
        last = form.split()[-1]
        if last != surname and SequenceMatcher(None, last.lower(), surname.lower()).ratio() >= 0.8:
            persons.setdefault(last, key)  # "Abdourahamane Tiani", the article's spelling of "Tchiani"

    # People first so that surnames can link back; then organisations and places.
    ner = _join_split_names(_split_listed_names(sorted(doc.ents, key=lambda e: (e.start, e.end)), gaz), gaz.forms)
    vessels = _vessel_names(ner, lex)
    weapons = lex["weapon_nouns"]
    armed = any(t.lemma_ in weapons for t in doc)  # no weapon's noun, no weapon's name (~2 % of the stage)
    headline_end = _headline_end(doc.text)
    for ent in ner:
        etype = NER_TYPES.get(ent.label_)
        if etype is None:
            continue
        span = _strip_span(ent)
        if vessels and len(span) and _vessel_form(span, lex) in vessels:
            continue  # "the tanker Stena Impero", "the Galaxy Leader, a cargo ship": a ship is no actor
        if armed and len(span) and _weapon_name(span, lex) and not any(i in taken for i in range(span.start, span.end)):
            continue  # "BrahMos cruise missiles": a weapon's name; "Hezbollah rockets" are the dictionary's Hezbollah's
        if etype == "Organization" and len(span):
            start = span.start
            while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
                    and doc[start - 1].dep_ == "compound" and span.start <= doc[start - 1].head.i < span.end \
                    and start - 1 not in taken and doc[start - 1].lower_ not in lex["title_words"]:
                start -= 1  # "its Parliamentary Assembly", where the tagger's name is "Assembly"
            if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN" \
                    and not doc[start - 2].ent_type_ and start - 2 not in taken \
                    and doc[start - 2].lower_ in lex["body_words"]:
                start -= 2  # "the Presidency of Defence Industries", where the tagger's name is "Defence Industries"
            span = doc[start:span.end]
            if span.end < len(doc) and doc[span.end].lower_ in PORTFOLIO_TITLES and not span.text.isupper() \
                    and not {t.lower_ for t in span} & ORG_HEADS and span.text not in gaz.forms:
                continue  # "Ukraine's Agriculture Minister": a portfolio, no body
        if len(span) and etype == "Organization" and (span.start in taken or span.end - 1 in taken):
            # "the Hong Kong Economic and Trade Office", "the Pakistan Telecommunication Authority": a body
            # named after its place, whose place the gazetteer has already taken
            body = _body_after_place(span, taken, token_entity, entities, lex)
            if body is not None:
                rest, owner = body
                label = clean_surface(span.text)
                if entities[owner].type == "Country":
                    add(rest, entity_key(label), label, "Agency", "name", parent=owner)
                else:
                    add(rest, entity_key(label), label, "Organization", "name")
                taken.update(range(rest.start, rest.end))
                continue
        if len(span) == 0 or any(i in taken for i in range(span.start, span.end)):
            continue
        text = clean_surface(span.text)
        if not text or _is_junk_name(text):
            continue
        if etype == "Event" and text.split()[0] in CLAUSE_WORDS:
            continue  # "Article 4", "Chapter VII": a clause of a treaty, not a named event or agreement
        if etype == "Event" and set(text.lower().split()) & HISTORY_WORDS \
                and text.split()[-1].lower() not in lex["document_heads"]:
            continue  # "the Cold War", "World War Two": history the story recalls, no party to it
        if span.end_char <= headline_end and text.split()[-1] not in doc.text[headline_end:]:
            continue  # "Tells Trump to Screw Off": a headline's capitals make names the body never mentions
        if etype == "Organization" and _rest_of_title(span, lex) and text not in gaz.forms:
            continue  # "Under Secretary of [State for Political Affairs]": a portfolio, no organisation
        if len(span) == 1 and etype in ("Organization", "Location") and (
                text in gaz.surnames or _fold(text) in gaz.surnames or text in persons) and text not in gaz.forms:
            etype = "Person"  # "Trump said ...", "Tiani has rejected": the tagger's ORG is a person named before
        elif etype in ("Organization", "Location") and 2 <= len(span) <= 4 and _named_by_title(span, lex):
            etype = "Person"  # "Ukraine's ambassador to Germany, Oleksii Makeiev": a title names a person
        elif etype == "Person" and text not in persons and _body_word_before(span.start, doc, lex):
            etype = "Organization"  # "the anti-immigration party Hard Line": the word before says what it names
        if etype in ("Organization", "Person") and _place_word_before(span.start, doc):
            etype = "Location"  # "in the city of Gyumri", "the town of Bucha": the tagger's name is a place
        named = _name_after_portfolio(span)
        if named is not None and etype in ("Organization", "Location", "Person"):
            span, etype = named, "Person"  # "State for African Affairs Molly Phee": the title's holder
            text = clean_surface(span.text)
        if etype in ("Organization", "Location") and len(span) > 1 and (
                span[-1].lower_ in lex["document_heads"] or span[0].text in ("Operation", "Exercise")):
            etype = "Event"  # "the Indus Waters Treaty", "Operation Southern Spear": a named agreement or operation
        if etype == "Person":
            if "\n" in span.text:
                continue
            span = _without_titles(span, lex)  # "Field Marshal Asim Munir", "President Xi"
            text = clean_surface(span.text)
            words = text.split()
            if len(words) == 1 and text not in persons and (_fold(text) in gaz.surnames or text in gaz.surnames):
                known = gaz.surnames.get(text) or gaz.surnames[_fold(text)]
                persons[text] = known
                entities.setdefault(known, Entity(key=known, label=gaz.entries[known].label, type="Person"))
                aliases.setdefault(known, set())
            if len(words) == 1 and text in persons:
                key = persons[text]
                add(span, key, entities[key].label, "Person", "alias")
            else:
                key = entity_key(text)
                add(span, key, text, "Person", "name")
                persons[text] = key
                if len(words) > 1:
                    persons.setdefault(words[-1], key)
        elif etype == "Organization":
            if all(t.lower_ in lex["title_words"] or t.is_punct for t in span):
                continue
            body = _body_by_head(text, entities, aliases) if len(span) == 1 else None
            if body is not None:  # "the Revolutionary Guards ... the Guards": the body named in full
                add(span, body, entities[body].label, entities[body].type, "alias", entities[body].iso3,
                    entities[body].parent)
                taken.update(range(span.start, span.end))
                continue
            if any(t.pos_ == "CCONJ" for t in span) and not ({t.lower_ for t in span} & lex["agency_words"]) and not (
                    span[-1].lower_ in ORG_HEADS and all(t.is_title or t.lower_ in ("and", "of", "for", "&") for t in span)):
                continue  # "Teodoro and Foreign Affairs": two things run together by the tagger; not "Security
                # and Defence Council", a body's name
            parent = _agency_parent(span, token_entity, entities, lex)
            if parent:
                label = _agency_label(span, parent, token_entity, entities)
                add(span, entity_key(label), label, "Agency", "name", parent=parent)
            else:
                add(span, entity_key(text), text, "Organization", "name")
        else:
            add(span, entity_key(text), text, etype, "name")
            if etype == "Location":
                aliases[entity_key(text)].update(_place_forms(span))
        taken.update(range(span.start, span.end))

    _demonym_agencies(doc, lex, entities, add, token_entity)
    _located_groups(doc, lex, entities, add, token_entity, capital_of)

    _untagged_people(doc, lex, gaz, token_entity, persons, add)
    # Surnames mentioned before the full name, and names spaCy did not tag: a PROPN equal to a known surname.
    for tok in doc:
        if tok.i in token_entity or tok.pos_ not in ("PROPN", "NOUN") or (tok.pos_ == "NOUN" and not tok.is_title):
            continue
        key = persons.get(tok.text) if tok.pos_ == "PROPN" else None
        if key is None and tok.is_title and tok.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP") and (
                tok.text in gaz.surnames or _fold(tok.text) in gaz.surnames):
            # "Modi met Xi": a surname the actor dictionary knows, not part of a longer name
            if not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].is_title) and not (
                    tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].is_title
                    and doc[tok.i - 1].lower_ not in lex["title_words"]):
                key = gaz.surnames.get(tok.text) or gaz.surnames[_fold(tok.text)]
                if key not in entities:
                    entities[key] = Entity(key=key, label=gaz.entries[key].label, type="Person")
                    aliases[key] = set()
        if key:
            add(doc[tok.i:tok.i + 1], key, entities[key].label, "Person", "alias")

    _merge_acronyms(doc, entities, aliases, mentions, token_entity, kinds, spans, add)
    _state_agency_aliases(doc, entities, aliases, spans, token_entity)
    _drop_group_demonyms(doc, entities, mentions, token_entity, kinds, spans)
    counted = {m.entity for m in mentions}
    final = {}
    for key, ent in entities.items():
        if key not in counted:
            continue
        final[key] = Entity(key=ent.key, label=ent.label, type=ent.type, iso3=ent.iso3, parent=ent.parent,
                            aliases=tuple(sorted(aliases[key] - {ent.label})))
    spans.sort()
    mentions.sort(key=lambda m: (m.start, m.end, m.entity))
    return DocEntities(final, mentions, token_entity, spans, kinds, capital_of=capital_of)


def _weapon_name(span, lex) -> bool:
    """Is the name followed by a weapon's noun, with at most two lowercase words between ("BrahMos cruise missiles",
    "Storm Shadow long-range missiles", "Bayraktar drones")?"""
    doc = span.doc
    for t in doc[span.end:span.end + 4]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in lex["weapon_nouns"]:
            return True
        if not (t.is_lower and t.pos_ in ("NOUN", "ADJ", "VERB") or t.text == "-"):
            return False
    return False


def _vessel_form(span, lex) -> str:
    """A ship's name without its prefix: "USS Gerald R. Ford" -> "Gerald R. Ford"."""
    if len(span) > 1 and span[0].text in lex["vessel_prefixes"]:
        span = span[1:]
    return clean_surface(span.text)


def _vessel_names(ents, lex) -> set[str]:
    """Names the article gives ships: after a ship's prefix ("MV Rubymar", "USS Gerald R. Ford"), after a
    ship's noun ("the tanker Stena Impero", "its warship Admiral Makarov"), before one ("the Dali container
    ship") or in apposition to one ("an Iranian tanker, the Grace 1"; "the Galaxy Leader, a cargo ship")."""
    nouns, prefixes = lex["vessel_nouns"], lex["vessel_prefixes"]
    names = set()
    if not ents or not any(t.text in prefixes or t.lower_ in nouns or t.lemma_.lower() in nouns for t in ents[0].doc):
        return names  # every test below needs a ship's prefix or noun somewhere in the article
    for ent in ents:
        if ent.label_ not in ("ORG", "PERSON", "FAC", "EVENT", "LAW", "PRODUCT", "GPE", "LOC", "WORK_OF_ART"):
            continue
        span = _strip_span(ent) if ent.label_ != "PERSON" else ent
        while len(span) and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
        if not len(span):
            continue
        doc, root = span.doc, span.root
        i = span.start - 1
        while i > 0 and doc[i].is_title and doc[i].lower_ in lex["title_words"]:
            i -= 1  # "its warship Admiral Makarov", where the tagger's name is "Makarov"
        before = doc[i] if i >= 0 else None
        after = next((t for t in doc[span.end:span.end + 3] if t.pos_ != "NOUN" or t.lemma_.lower() in nouns), None)
        vessel = span[0].text in lex["vessel_prefixes"] and len(span) > 1 and span[1].is_title
        if not vessel and {t.lower_ for t in span} & lex["body_words"]:
            continue  # "the Royal Navy destroyer", "the coast guard vessel": the ship's owner is a body
        vessel = vessel or (before is not None and (before.lower_ in nouns or before.lemma_.lower() in nouns)
                            and before.text.islower() and before.whitespace_ != "")
        vessel = vessel or (span.start > 0 and doc[span.start - 1].lower_ == "the" and after is not None
                            and after.lemma_.lower() in nouns and after.pos_ == "NOUN"
                            and all(t.pos_ in ("NOUN", "PROPN") for t in doc[span.end:after.i + 1]))
        vessel = vessel or (root.dep_ == "appos" and root.head.lemma_.lower() in nouns and root.head.pos_ == "NOUN")
        vessel = vessel or any(c.dep_ == "appos" and c.lemma_.lower() in nouns and c.pos_ == "NOUN"
                               for c in root.children)
        if vessel:
            names.add(_vessel_form(span, lex))
    return names


#: Words that name what kind of place a name is: "Anbar province", "Ain al-Asad air base", "the Rafah crossing".
PLACE_KIND_NOUNS = frozenset({"district", "province", "region", "airport", "base", "crossing", "dam", "port", "county",
                              "prefecture", "governorate", "oblast", "island", "islands", "camp", "valley", "plateau"})
PLACE_KIND_MODIFIERS = frozenset({"air", "naval", "military", "border", "international", "refugee"})


#: Nouns for a built or bounded site that a name before them names: "the Rafah crossing", "the Miraflores
#: presidential palace", "the Sohae satellite launching ground", "the Yamal-Europe pipeline".
SITE_NOUNS = frozenset({"crossing", "base", "airbase", "airport", "airfield", "palace", "temple", "pipeline", "dam",
                        "corridor", "bridge", "ground", "cosmodrome", "spaceport", "square", "mosque", "church",
                        "cathedral", "shrine", "monastery", "stadium", "checkpoint", "prison", "plant", "reactor",
                        "refinery", "terminal", "harbour", "harbor", "canal", "tunnel", "oilfield", "field",
                        "facility", "complex", "barracks", "outpost", "hospital", "mine"})


def _named_sites(doc, gaz_spans, by_span, gaz) -> list[tuple[int, int, int]]:
    """(start, end of the name, end) of sites named by capitalised words before a lowercase noun for a site, with up to two
    lowercase words between ("Adji Kossei air base", "Miraflores presidential palace"). Names the gazetteer
    knows as a state, body or person ("the U.S. air base", "the Chinese embassy") are not sites' names."""
    known = {}
    for sp in gaz_spans:
        for i in range(sp.start, sp.end):
            known[i] = gaz.entries[by_span[(sp.start, sp.end)][0]].type
    sites = []
    for tok in doc:
        if tok.lower_ not in SITE_NOUNS or not tok.is_lower or tok.tag_ not in ("NN", "NNS"):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("NN", "NNS", "NNP"):
            continue  # "the Rafah crossing point": the site's noun is the last
        i = tok.i - 1
        while i >= 0 and tok.i - i <= 2 and doc[i].is_lower and doc[i].tag_ in ("NN", "JJ", "VBG"):
            i -= 1
        end = i + 1
        while i >= 0 and (doc[i].tag_ == "NNP" and doc[i].is_title or doc[i].text == "-" and i + 1 < end
                          and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_
                          and (doc[i - 1].is_title or doc[i - 1].lower_ in NAME_PARTICLES)):
            i -= 1
            if doc[i].lower_ in NAME_PARTICLES and doc[i + 1].text == "-":
                i -= 1  # "Ain al-Asad"
        start = i + 1
        if start == end or not doc[start].is_title or start > 0 and doc[start - 1].lower_ in ("a", "an"):
            continue  # "a Sikh temple": one of a kind, no site's name
        if any(known.get(j, "Location") != "Location" or doc[j].ent_type_ == "NORP" for j in range(start, end)):
            continue  # "the U.S. air base", "the Kabul airport", "a Sikh temple": a state's, a capital's, a faith's
        sites.append((start, end, tok.i + 1))
    return sites


def _place_forms(span) -> set[str]:
    """A place's name with and without the word for its kind: the tagger's "Ginza district" is also "Ginza",
    its "Anbar" before "province" also "Anbar province"."""
    doc, forms = span.doc, set()
    if len(span) > 1 and span[-1].is_lower and span[-1].lower_ in PLACE_KIND_NOUNS:
        forms.add(clean_surface(span[:-1].text))
    end = span.end
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in PLACE_KIND_MODIFIERS:
        end += 1
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in PLACE_KIND_NOUNS:
        forms.add(clean_surface(doc[span.start:end + 1].text))
    return forms


#: Nouns besides titles that an apposition gives a person: "Alexei Navalny, a fierce critic of ...".
PERSON_APPOSITIONS = frozenset({"critic", "opponent", "dissident", "activist", "journalist", "lawyer", "politician",
                                "diplomat", "analyst", "expert", "businessman", "businesswoman", "tycoon", "oligarch",
                                "writer", "commander", "negotiator", "scholar", "lawmaker", "legislator"})


def _without_titles(span, lex):
    """``span`` without the title words it opens with ("Field Marshal Asim Munir", "Gen. X"), its last word kept:
    a title is not part of the name."""
    while len(span) > 1 and (span[0].lower_ in lex["title_words"] or span[0].lower_.rstrip(".") in lex["title_words"]):
        span = span[1:]
    return span


def _untagged_people(doc, lex, gaz, token_entity, persons, add) -> None:
    """Names the tagger missed but an apposition or a noun before them gives as a person's or a body's: "Alexei
    Navalny, a fierce critic of President Vladimir Putin", "Celso Amorim, chief foreign policy adviser to ...",
    "far-right politician Rasmus Paludan", "the anti-immigration party Hard Line". Capitalised words, none of
    them known to the gazetteer, before a comma and a title or a noun for a person (two words or more), or
    after a noun for a person or a body."""
    for tok in doc:
        if tok.i in token_entity or tok.tag_ != "NNP" or not tok.is_title:
            continue
        role = next((c for c in tok.children if c.dep_ == "appos"), None)
        etype = "Person"
        if role is not None and role.left_edge.i == tok.i + 2 and doc[tok.i + 1].text == "," and (
                role.lemma_.lower() in lex["title_words"] or role.lemma_.lower() in PERSON_APPOSITIONS):
            start = tok.i
            while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title \
                    and doc[start - 1].head.i == tok.i and doc[start - 1].dep_ == "compound" and start - 1 not in token_entity:
                start -= 1
        else:
            # "far-right politician Rasmus Paludan", "the party Hard Line": a noun for a person or a body before it
            if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "NNP" and doc[tok.i + 1].is_title:
                continue  # not the name's last word
            start = tok.i
            while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title and start - 1 not in token_entity:
                start -= 1
            if tok.i - start > 2 or any(t.ent_type_ not in ("", "PERSON", "ORG") for t in doc[start:tok.i + 1]):
                continue
            if _body_word_before(start, doc, lex):
                etype = "Organization"
            elif not _person_word_before(start, doc, lex):
                continue
        span = _without_titles(doc[start:tok.i + 1], lex) if etype == "Person" else doc[start:tok.i + 1]
        text = clean_surface(span.text)
        if len(span) < (2 if etype == "Person" else 1) or text in gaz.forms or _is_junk_name(text) \
                or text in lex["non_entities"]:
            continue
        if etype == "Organization":
            add(span, entity_key(text), text, "Organization", "name")
            continue
        key = persons.get(text) or entity_key(text)
        add(span, key, text, "Person", "name")
        persons[text] = key
        persons.setdefault(text.split()[-1], key)


BODY_TYPES = frozenset({"Organization", "Agency", "Alliance"})


def _body_by_head(word: str, entities: Mapping[str, Entity], aliases: Mapping[str, set[str]]) -> str | None:
    """The one body of the article whose name or alias is headed by ``word`` ("Commission" for "the
    European Commission") or holds it after its first word ("Guards" for "the Islamic Revolutionary
    Guard Corps"), if exactly one is."""
    found = set()
    stem = word.rstrip("s")
    for key, ent in entities.items():
        if ent.type not in BODY_TYPES:
            continue
        for name in (ent.label, *aliases.get(key, ())):
            words = name.split()
            head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
            if len(words) > 1 and (head == word or (len(stem) > 3 and any(
                    w[:1].isupper() and w.rstrip("s") == stem for w in words[1:]))):
                found.add(key)
    return next(iter(found)) if len(found) == 1 else None


def _phrase_matcher_for(doc):
    import spacy

    # Only used when a Doc is built without its Language (tests); reuse a blank English vocab-compatible matcher.
    nlp = spacy.blank("en", vocab=doc.vocab)
    return _phrase_matcher(nlp)


def _agency_label(span, parent: str, token_entity: dict[int, str], entities: dict[str, Entity]) -> str:
    """A name that tells agencies of different states apart: "Defence Ministry (India)".

    A name that already holds its state ("the US Justice Department") keeps it.
    """
    text = clean_surface(span.text)
    if any(token_entity.get(t.i) == parent for t in span):
        return text
    words = text.split()
    if words and words[0].islower():
        text = " ".join(w[:1].upper() + w[1:] if w.islower() and w not in ("of", "and", "for", "the") else w
                        for w in words)
    return f"{text} ({entities[parent].label})"


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str] | None:
    """Outlets' names of more than one word, longest first, each ending where a word ends. That one starts
    where a word starts is checked by _outlet_chars: a pattern that opens with its names is searched much
    faster than one that opens with a look-behind."""
    names = sorted({n for n in lexicon()["non_entities"] if len(n.split()) > 1 or "-" in n}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])") if names else None


_WORD_CHAR = re.compile(r"[\w-]")


#: Last words of the tagger's events that are periods of history, not agreements or exercises.
HISTORY_WORDS = frozenset({"war", "wars", "revolution", "era"})


def _names_document(span, lex) -> bool:
    """Is ``span`` followed by capitalised words ending in a document's name ("Doha | Agreement",
    "Minsk | Protocol", "Good Friday | Agreement")? A plural head may be lower case ("the Minsk agreements")."""
    doc = span.doc
    for j in range(span.end, min(span.end + 4, len(doc))):
        tok = doc[j]
        head = tok.lower_ in lex["document_heads"] and tok.lower_ not in ("deal", "drill", "drills", "exercise",
                                                                          "exercises")
        if head and (tok.is_title or tok.lower_ in ("agreements", "accords")):
            return True
        if not tok.is_title or tok.is_sent_start:
            return False
    return False


def _merge_acronyms(doc, entities, aliases, mentions, token_entity, kinds, spans, add) -> None:
    """ "the Alliance of Sahel States (AES) ... AES said": an acronym in brackets right after a name is
    that entity's, there and wherever else the article uses it."""
    import dataclasses

    acronyms: dict[str, str] = {}
    for start, end, key in list(spans):
        if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        acr = doc[end + 1]
        if not (acr.text.isupper() and 2 <= len(acr.text) <= 8 and acr.is_alpha) or entities[key].type in (
                "Person", "Location"):
            continue
        other = token_entity.get(acr.i)
        if other == key or (other is not None and entities[other].label != acr.text):
            continue  # already linked, or a name the gazetteer knows for something else
        acronyms[acr.text] = key
        if other is not None:  # a name of its own, made by the tagger from the acronym: the same entity
            for i, k in list(token_entity.items()):
                if k == other:
                    token_entity[i] = key
            mentions[:] = [dataclasses.replace(m, entity=key) if m.entity == other else m for m in mentions]
            spans[:] = [(a, b, key if k == other else k) for a, b, k in spans]
            aliases[key].add(acr.text)
            entities.pop(other, None)
    for tok in doc if acronyms else ():  # later uses the tagger did not read as names
        key = acronyms.get(tok.text)
        if key and tok.i not in token_entity:
            add(doc[tok.i:tok.i + 1], key, entities[key].label, entities[key].type, "alias")


def _outlet_chars(text: str) -> list[tuple[int, int]]:
    """Character spans of news outlets' names of more than one word in ``text``."""
    pattern = _outlet_pattern()
    if pattern is None:
        return []
    out = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1  # inside a word: not a name here, as a look-behind (?<![\w-]) would say
            continue
        out.append(m.span())
        pos = m.end()
    return out


def _body_after_place(span, taken, token_entity: dict[int, str], entities: dict[str, Entity], lex):
    """(the words after the place, the place's key) when ``span`` is a place's name followed by a
    capitalised body name ending in an agency word ("Hong Kong | Economic and Trade Office"); else None."""
    doc = span.doc
    if span.start in taken:
        owner = token_entity.get(span.start)
        i = span.start
        while i < span.end and token_entity.get(i) == owner:
            i += 1
        rest = doc[i:span.end]
    else:  # "the Election Commission of India": the place after "of"
        owner = token_entity.get(span.end - 1)
        i = span.end - 1
        while i > span.start and token_entity.get(i - 1) == owner:
            i -= 1
        if i - 1 <= span.start or doc[i - 1].lower_ != "of":
            return None
        rest = doc[span.start:i - 1]
    if owner is None or entities[owner].type not in ("Country", "Location"):
        return None
    if len(rest) == 0 or any(t.i in taken for t in rest) or not any(t.lower_ in lex["agency_words"] for t in rest) \
            or rest[-1].lower_ in ("forces", "troops", "soldiers", "military", "police", "army", "navy", "government"):
        return None  # "Pakistan Army", "Chinese troops": the state's own forces, read elsewhere
    if not all(t.is_title or t.lower_ in ("and", "of", "for", "&") for t in rest) or not rest[0].is_title:
        return None
    return rest, owner


def _agency_parent(span, token_entity: dict[int, str], entities: dict[str, Entity], lex) -> str | None:
    """The state an organisation mention belongs to, when the mention is a state body.

    "the US Justice Department", "Japan's Defense Ministry", "Chinese coast guard": an agency word
    in the name and a country inside the name or as its possessor/modifier.
    """
    words = {t.lower_ for t in span}
    text = span.text.lower()
    agency_words = lex["agency_words"]
    if not (words & agency_words or any(" " in w and w in text for w in agency_words)):
        return None
    doc = span.doc
    candidates: Iterable[int] = list(range(span.start, span.end))
    root = span.root
    candidates = list(candidates) + [c.i for c in root.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    if span.start > 0:
        candidates.append(span.start - 1)
        if doc[span.start - 1].tag_ == "POS" and span.start > 1:
            candidates.append(span.start - 2)
    for i in candidates:
        key = token_entity.get(i)
        if key and entities[key].type == "Country":
            return key
    return None


def _demonym_agencies(doc, lex, entities: dict[str, Entity], add, token_entity: dict[int, str]) -> None:
    """State bodies named by their state and a body noun: "Ecuadorian police", "China's foreign ministry".

    The state word stays a mention of the state; the body noun (with its qualifiers) becomes an
    Agency whose parent is that state.
    """
    heads = set(lex.get("demonym_agency_nouns", ()))
    groups = set(lex.get("demonym_group_nouns", ()))  # "Sudanese rebels": a group of that country, not its state
    heads |= groups
    qualified = lex.get("agency_qualified_nouns", {})
    # the states' words, in order (what is added below is no state's: the same as every token in turn)
    states = sorted(i for i, k in token_entity.items() if entities[k].type == "Country")
    for tok in (doc[i] for i in states):
        key = token_entity.get(tok.i)
        if not key or entities[key].type != "Country" or tok.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        noun = tok.head
        if noun.i <= tok.i or noun.i in token_entity or tok.conjuncts:
            continue  # "the Chinese and Russian navies": two states' forces, read as each state
        if noun.lemma_.lower() == "opposition" and any(c.dep_ == "amod" and c.lower_ in STANCE_DEGREES
                                                        for c in noun.children):
            continue  # "disregarded China's strong opposition": a stance, not the opposition parties
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and tok.i < c.i < noun.i]
        if noun.lemma_.lower() in groups and noun.tag_ == "NN" and noun.lemma_.lower() != "opposition":
            continue  # "the killing of a Chechen-Georgian dissident": one person, no group of the country
        # "Ugandan opposition candidates", "Syrian rebel fighters": a group word before any head noun
        grouped = noun.pos_ == "NOUN" and any(m.lemma_.lower() in groups for m in mods)
        if noun.lemma_.lower() not in heads and not grouped:
            # "Chinese foreign ministry spokesman Zhao Lijian": the body is a modifier of the title
            between = doc[tok.i + 1: noun.i]
            inner = next((m for m in between if m.lemma_.lower() in heads and m.lemma_.lower() not in groups
                          and (m.pos_ == "NOUN" or m.text.islower()) and m.i not in token_entity), None)
            if inner is None or any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "PART") for t in between):
                continue
            noun = inner
            mods = [m for m in between if m.i < inner.i and m.dep_ in ("compound", "amod") and m.tag_ != "POS"]
        need = qualified.get(noun.lemma_.lower())
        if need and not any(m.lower_ in need for m in mods):
            continue
        start = min([noun.i] + [m.i for m in mods])
        if any(i in token_entity for i in range(start, noun.i + 1)):
            continue
        if grouped and noun.lemma_.lower() not in heads:
            # the group is the modifier's: "Syrian rebel positions" -> Rebels (Syria), read on "rebel"
            word = next(m for m in reversed(mods) if m.lemma_.lower() in groups)
            name = word.lemma_.lower() if word.lemma_.lower() == "opposition" else word.lemma_.lower() + "s"
            label = f"{name.capitalize()} ({entities[key].label})"
            add(doc[word.i:word.i + 1], entity_key(label), label, "Organization", "name", parent=key,
                surface=clean_surface(doc[tok.i:word.i + 1].text) if tok.tag_ != "POS" else None)
            continue
        label = f"{_capitalised(doc[start:noun.i + 1])} ({entities[key].label})"
        # the alias reads as written ("Ecuadorian police"); the state word keeps its own mention
        etype = "Organization" if noun.lemma_.lower() in groups or grouped else "Agency"
        add(doc[start:noun.i + 1], entity_key(label), label, etype, "name", parent=key,
            surface=clean_surface(doc[tok.i:noun.i + 1].text) if tok.tag_ != "POS" else None)


#: Words that grade a stance: "China's strong opposition" is a stance, "the Ugandan opposition" its parties.
STANCE_DEGREES = frozenset({"strong", "firm", "resolute", "staunch", "fierce", "vehement", "stiff", "growing",
                            "strenuous", "categorical", "adamant"})


def _capitalised(tokens) -> str:
    """A label from words as written, lower-case words capitalised: "police" -> "Police", "Coast Guard" kept."""
    return " ".join(t.text[:1].upper() + t.text[1:] if t.text.islower() else t.text for t in tokens)


def _located_groups(doc, lex, entities: dict[str, Entity], add, token_entity: dict[int, str],
                    capital_of: dict[int, str]) -> None:
    """ "Rebels in the Ivory Coast", "opposition groups in Zimbabwe", "demonstrators in Baghdad": a group
    placed in a country (or its capital) is a group of that country."""
    groups = set(lex.get("demonym_group_nouns", ()))
    bodies = set(lex.get("demonym_agency_nouns", ())) - set(lex.get("agency_qualified_nouns", {}))
    for noun in doc:
        if noun.pos_ != "NOUN":
            continue
        lemma = noun.lemma_.lower()
        if lemma in ("group", "party", "movement") and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in groups for c in noun.children):
            lemma = next(c.lemma_.lower() for c in noun.children if c.lemma_.lower() in groups)
        if (lemma not in groups and lemma not in bodies) or noun.i in token_entity:
            continue
        state = place = None
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "of", "throughout", "across")):
            for p in (p for p in prep.children if p.dep_ == "pobj"):
                key = token_entity.get(p.i)
                if key and entities[key].type == "Country":
                    state, place = key, p
                elif p.i in capital_of:
                    state, place = capital_of[p.i], p
        if state is None:
            continue
        start = min([noun.i] + [c.i for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i])
        if any(i in token_entity for i in range(start, noun.i + 1)):
            continue
        words = list(doc[start:noun.i + 1])
        if lemma in bodies:  # "the military junta in Niger": the state's body, keyed as "Niger's junta" is
            words = [m for m in words[:-1] if m.lower_ not in ("military", "ruling")] + [noun]
        state_label = entities[state].label if state in entities else load_gazetteer().entries[state].label
        label = f"{_capitalised(words)} ({state_label})"
        # the phrase as written is one of its names: "the ministry in Taipei"
        add(doc[start:noun.i + 1], entity_key(label), label, "Organization" if lemma in groups else "Agency",
            "name", parent=state, surface=clean_surface(doc[start:place.right_edge.i + 1].text))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Country key -> its first demonym in the gazetteer ("France" -> "French")."""
    gaz = load_gazetteer()
    out: dict[str, str] = {}
    for form, (key, kind) in sorted(gaz.forms.items()):
        if kind == "demonym" and not form.endswith("s"):
            out.setdefault(key, form)
    return out


def state_qualified_names(country: str, country_label: str, body: str) -> list[str]:
    """The names of a state's body that give its state: "Cambodia's defence ministry", "Cambodian defence
    ministry" (the second when the gazetteer has a demonym)."""
    names = [f"{country_label}'s {body}"]
    demonym = _demonyms().get(country)
    if demonym:
        names.append(f"{demonym} {body}")
    return names


def _state_agency_aliases(doc, entities, aliases, spans, token_entity) -> None:
    """A state's body named with its state ("the U.S. Treasury Department", "Cambodia's defence ministry")
    is also known by the other ways of naming it with the state: "Cambodian defence ministry", "Cambodia's
    defence ministry", as the text wrote it."""
    for start, end, key in spans:
        ent = entities.get(key)
        if ent is None or ent.type != "Agency" or not ent.parent or ent.parent not in entities:
            continue
        body = clean_surface(doc[start:end].text)
        prev = start - 1
        if prev >= 0 and doc[prev].text in ("'s", "’s"):
            prev -= 1
        if prev < 0 or token_entity.get(prev) != ent.parent:
            continue
        first = prev
        while first > 0 and token_entity.get(first - 1) == ent.parent:
            first -= 1
        aliases[key].add(clean_surface(doc[first:end].text))  # as written
        aliases[key].update(state_qualified_names(ent.parent, entities[ent.parent].label, body))
        aliases[key].discard(ent.label)


def _drop_group_demonyms(doc, entities, mentions, token_entity, kinds, spans) -> None:
    """ "Palestinian group Hamas", "Lebanese militia Hezbollah": a demonym that describes a named
    organisation says where the group is from, not that the state acts; it is no mention of the state."""
    drop = set()
    for i, kind in kinds.items():
        # "ethnic Albanians", "ethnic Russian separatists": kin of a nation, not its state
        if kind == "demonym" and i > 0 and doc[i - 1].lower_ == "ethnic":
            drop.add(i)
            continue
        if kind != "demonym" or doc[i].dep_ != "amod":
            continue
        head = doc[i].head
        targets = [head] + [head.head] if head.dep_ == "compound" else [head]
        if any((k := token_entity.get(t.i)) and k != token_entity.get(i) and entities[k].type == "Organization"
               for t in targets):
            drop.add(i)
    if not drop:
        return
    starts = {doc[i].idx for i in drop}
    mentions[:] = [m for m in mentions if not (m.start in starts and m.entity == token_entity.get(
        doc.char_span(m.start, m.end, alignment_mode="expand").start))]
    for i in drop:
        token_entity.pop(i, None)
        kinds.pop(i, None)
    spans[:] = [sp for sp in spans if not (sp[1] - sp[0] == 1 and sp[0] in drop)]
