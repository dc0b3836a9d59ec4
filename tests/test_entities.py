"""Entity linking on short texts written by the team."""

from __future__ import annotations

from kg.ingest import article_from_text
from kg.pipeline import extract_article


def entities(nlp, text):
    ex = extract_article(article_from_text(text, title="t", source="test", date="2025-06-01"), nlp)
    return {e.key: e for e in ex.entities}


def test_entities_news_outlets_are_not_actors(nlp):
    # guideline: outlets, wire services and platforms are sources, not entities
    found = entities(nlp, "Iran's foreign minister told the Tehran Times and Press TV that talks with the "
                          "United States would resume, Interfax and the South China Morning Post reported.")
    assert {"Iran", "UnitedStates"} <= set(found)
    assert not {k for k in found if "PressTV" in k or "Interfax" in k or "SouthChinaMorningPost" in k}, found


def test_entities_groups_named_by_nationality_belong_to_their_country(nlp):
    found = entities(nlp, "Sudanese rebels shelled the town on Sunday. Demonstrators in Baghdad marched on Friday.")
    assert found["RebelsSudan"].type == "Organization" and found["RebelsSudan"].parent == "Sudan"
    assert found["DemonstratorsIraq"].parent == "Iraq"
    assert "Sudan" not in found  # the demonym describes the group; the state itself is not named


def test_entities_national_groups_carry_their_home_country(nlp):
    # the actor dictionary places Hamas, Hezbollah and hacker units, as event coders' actor lists do
    found = entities(nlp, "Hamas and Hezbollah fired rockets, and APT28 hacked the ministry.")
    assert found["Hamas"].parent == "Palestine" and found["Hezbollah"].parent == "Lebanon"
    assert found["APT28"].parent == "Russia"
    assert found["Hamas"].type == "Organization"
