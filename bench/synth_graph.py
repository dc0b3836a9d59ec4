"""Synthetic kg-shaped graphs of a chosen size, written straight to N-Triples (no spaCy, no rdflib graph).

Articles mention gazetteer countries and made-up people; each article yields a few relations
with evidence; statements carry the aggregates ``kg.graph.finalize`` would compute. The shape
(classes, properties, IRIs) is the real one, so the ready-made queries have work to do.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from rdflib import Literal, URIRef

from corpus import SENTENCES
from kg import resources
from kg.graph import statement_iri
from kg.vocab import ART, DCTERMS, ENT, EV, GEO, PROV, RDF, RDFS, SKOS, XSD


def _h(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def write_graph(path: Path, triples: int, seed: int = 11) -> int:
    """Write about ``triples`` triples to ``path`` (N-Triples); returns the exact count written."""
    rng = random.Random(seed)
    props = resources.relation_properties()
    names = sorted(props)
    countries = [(r["key"], r["label"], r.get("iso3")) for r in resources.gazetteer() if r["type"] == "Country"]
    people = [(f"Person{i}", f"Person {i}", None) for i in range(max(20, triples // 2000))]
    pool = countries + people
    lines: list[str] = []
    add = lines.append

    def t(s: URIRef, p: URIRef, o) -> None:
        add(f"{s.n3()} {p.n3()} {o.n3()} .\n")

    mentions: dict[str, int] = {}
    stmts: dict[tuple[str, str, str], list[tuple[str, float, str]]] = {}
    n_art = 0
    # each article adds ~60 triples; statements and entities add ~30% more at 10k triples, less when bigger
    target_articles = max(1, int(triples / 78))
    while n_art < target_articles:
        aid = _h("article", n_art)
        a = ART[aid]
        t(a, RDF.type, GEO.Article)
        t(a, DCTERMS.identifier, Literal(aid))
        t(a, DCTERMS.title, Literal(f"Synthetic report {n_art}"))
        t(a, DCTERMS.source, Literal(f"synthetic/{n_art}.txt"))
        t(a, DCTERMS.date, Literal(f"20{rng.randint(15, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", datatype=XSD.date))
        t(a, GEO.contentHash, Literal(hashlib.sha256(aid.encode()).hexdigest()))
        # a skewed choice: a few states are in most of the news
        ents = {pool[min(int(rng.paretovariate(0.6)) - 1, len(pool) - 1)][0] for _ in range(8)}
        ents |= {rng.choice(pool)[0] for _ in range(2)}
        ents = sorted(ents)
        for key in ents:
            t(a, GEO.mentions, ENT[key])
            mentions[key] = mentions.get(key, 0) + 1
        if len(ents) < 2:
            n_art += 1
            continue
        for r in range(3):
            s, o = rng.sample(ents, 2)
            p = rng.choice(names)
            sentence = rng.choice(SENTENCES)
            start = r * 120
            conf = rng.choice((0.6, 0.7, 0.8, 0.85, 0.9))
            modality = rng.choices(("asserted", "negated", "hypothetical"), (85, 10, 5))[0]
            e = EV[_h(aid, start, s, p, o)]
            t(e, RDF.type, GEO.Evidence)
            t(e, PROV.wasDerivedFrom, a)
            t(e, GEO.sentence, Literal(sentence))
            t(e, GEO.charStart, Literal(start))
            t(e, GEO.charEnd, Literal(start + len(sentence)))
            t(e, GEO.rule, Literal(f"{props[p].category}.verb:verb"))
            t(e, GEO.confidence, Literal(f"{conf:.3f}", datatype=XSD.decimal))
            t(e, GEO.modality, Literal(modality))
            t(e, GEO.trigger, Literal(sentence.split()[2]))
            t(e, GEO.subjectText, Literal(s))
            t(e, GEO.objectText, Literal(o))
            if rng.random() < 0.5:
                t(e, GEO.eventDate, Literal(f"20{rng.randint(15, 24)}-0{rng.randint(1, 9)}"))
            stmts.setdefault((s, p, o), []).append((str(e), conf if modality == "asserted" else -1.0, aid))
        n_art += 1
    for key, label, iso in pool:
        if key not in mentions:
            continue
        node = ENT[key]
        t(node, RDF.type, GEO.Country if iso else GEO.Person)
        t(node, RDFS.label, Literal(label))
        t(node, SKOS.altLabel, Literal(label.upper()))
        t(node, GEO.mentionCount, Literal(mentions[key]))
        if iso:
            t(node, GEO.isoCode, Literal(iso))
    for (s, p, o), evs in sorted(stmts.items()):
        st = statement_iri(s, p, o)
        by_article: dict[str, float] = {}
        for _, conf, aid in evs:
            if conf >= 0:
                by_article[aid] = max(by_article.get(aid, 0.0), conf)
        remaining = 1.0
        for c in by_article.values():
            remaining *= 1.0 - c
        asserted = bool(by_article)
        t(st, RDF.type, GEO.Statement)
        t(st, RDF.subject, ENT[s])
        t(st, RDF.predicate, GEO[p])
        t(st, RDF.object, ENT[o])
        t(st, GEO.category, Literal(props[p].category))
        t(st, GEO.asserted, Literal(asserted))
        t(st, GEO.sourceCount, Literal(len(by_article)))
        t(st, GEO.evidenceCount, Literal(len(evs)))
        t(st, GEO.confidence, Literal(f"{(1 - remaining) if asserted else 0.0:.3f}", datatype=XSD.decimal))
        for e, _, _ in evs:
            t(st, GEO.hasEvidence, URIRef(e))
        if asserted:
            t(ENT[s], GEO[p], ENT[o])
            if props[p].parent:
                t(ENT[s], GEO[props[p].parent], ENT[o])
    unique = sorted(set(lines))
    path.write_text("".join(unique), encoding="utf-8")
    return len(unique)
