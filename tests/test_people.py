"""The actor dictionary ``ontology/people.jsonl``: who held which position of which state, and when.

Entity linking uses it to give "President Donald Trump" its state when no country word is near, and to
link a surname alone ("Netanyahu") to the known person, so its keys must be the keys kg builds, its
organisations gazetteer keys, its dates comparable and its surnames unambiguous. The file is as known at
the end of 2025: ``"to": null`` means in office then, and no date is later than 2025.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from kg import resources
from kg.entities import entity_key, load_gazetteer

FIELDS = ["key", "label", "aliases", "surname", "positions"]
POSITION_FIELDS = ["org", "title", "from", "to"]
DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
#: Titles several people may hold in one organisation at once (Hamas had a Gaza leader and a politburo chief).
SHARED_TITLES = {"Leader", "Special Envoy"}
#: Words a person's name must not be, because they are also ordinary words or other people's first names.
COMMON = {"may", "moon", "rice", "hunt", "bishop", "austin", "bar", "ban", "borne", "champagne", "younger",
          "moore", "parker", "salami", "carter", "gabriel", "philippe", "michel", "henry", "martin", "pavel",
          "kim", "lee", "park", "wang", "li", "khan", "ali", "singh", "sharif", "hussein", "cohen", "wong",
          "dan", "paz", "mustafa", "patel", "rodriguez", "rodríguez", "costa", "store", "montenegro"}
#: Surnames that are also another listed person's first name, kept because news uses them alone for this
#: person only ("Abbas" is Mahmoud Abbas, never Abbas Araghchi; "Najib" is Najib Razak, not Najib Mikati).
FIRST_NAME_SURNAMES = {"Abbas", "Najib", "Petro", "Qassem", "Teodoro"}


def _lines() -> list[str]:
    return resources.ontology_path("people.jsonl").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def people() -> list[dict]:
    return [json.loads(line) for line in _lines()]


@pytest.fixture(scope="module")
def gaz_keys() -> set[str]:
    return {row["key"] for row in resources.gazetteer()}


def _names(person: dict) -> list[str]:
    return [person["label"], *person["aliases"]]


def _before(a: str, b: str | None) -> bool:
    """``a`` strictly before ``b`` at the precision both dates share ("2019" is not before "2019-05")."""
    if b is None:
        return True
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def holders(people: list[dict], org: str, title: str, day: str) -> set[str]:
    """Keys of the people holding ``title`` in ``org`` on ``day`` (YYYY-MM-DD)."""
    return {p["key"] for p in people for pos in p["positions"]
            if pos["org"] == org and pos["title"] == title
            and pos["from"][:len(day)] <= day and (pos["to"] is None or day < pos["to"].ljust(10, "~"))}


def test_people_file_is_one_sorted_object_per_line(people):
    lines = _lines()
    assert len(people) == len(lines) and all(line.strip() for line in lines)
    keys = [p["key"] for p in people]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys), [k for k, n in Counter(keys).items() if n > 1]
    for person in people:
        assert list(person) == FIELDS, person
        assert isinstance(person["aliases"], list) and person["positions"], person["key"]
        for pos in person["positions"]:
            assert list(pos) == POSITION_FIELDS, person["key"]
            assert all(isinstance(pos[f], str) and pos[f] for f in ("org", "title", "from")), person["key"]


def test_people_covers_the_brief(people):
    assert len(people) >= 250


def test_people_keys_are_entity_keys_of_labels(people):
    for person in people:
        assert person["key"] == entity_key(person["label"]), person["label"]
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", person["key"]), person["key"]


def test_people_names_are_clean_and_unique(people):
    owners: dict[str, set[str]] = defaultdict(set)
    for person in people:
        names = _names(person)
        assert len(names) == len(set(names)), person["key"]
        for name in names:
            assert name == name.strip() and "  " not in name and name[0].isupper(), (person["key"], name)
            owners[name.lower()].add(person["key"])
    assert {n: k for n, k in owners.items() if len(k) > 1} == {}


def test_people_names_do_not_collide_with_gazetteer_forms(people):
    gaz = load_gazetteer()
    # the linker's table holds the people too; compare with the places, states and bodies only
    forms = {f.lower() for f, (_, kind) in gaz.forms.items() if kind != "person"} | set(gaz.lower_forms)
    for person in people:
        for name in [*_names(person), person["surname"] or ""]:
            assert name.lower() not in forms, (person["key"], name)


def test_people_orgs_are_gazetteer_keys(people, gaz_keys):
    missing = {(p["key"], pos["org"]) for p in people for pos in p["positions"] if pos["org"] not in gaz_keys}
    assert missing == set()


def test_people_titles_are_known_titles(people):
    titles = set(resources.roles()["titles"])
    unknown = {pos["title"] for p in people for pos in p["positions"] if pos["title"].lower() not in titles}
    assert unknown == set()


def test_people_dates_are_iso_and_ordered(people):
    for person in people:
        for pos in person["positions"]:
            for field in ("from", "to"):
                value = pos[field]
                if value is None:
                    assert field == "to", person["key"]
                    continue
                assert DATE.fullmatch(value), (person["key"], value)
                dt.date.fromisoformat((value + "-01-01"[len(value) - 4:]) if len(value) < 10 else value)
                assert "1945" <= value[:4] <= "2025", (person["key"], value)
            assert pos["to"] is None or not _before(pos["to"], pos["from"]), (person["key"], pos)
        starts = [pos["from"] for pos in person["positions"]]
        assert starts == sorted(starts), person["key"]


def test_people_surnames_are_unambiguous(people):
    surnames = [p["surname"] for p in people if p["surname"] is not None]
    assert [s for s, n in Counter(surnames).items() if n > 1] == []
    for person in people:
        surname = person["surname"]
        if surname is None:
            continue
        assert any(surname in name for name in _names(person)), person["key"]
        assert surname[0].isupper() or surname.startswith(("al-", "von ", "de ")), person["key"]
        assert surname.lower() not in STOP_WORDS and surname.lower() not in COMMON, person["key"]
        # a surname that is another person's first name would link that person's mentions wrongly
        first_names = {name.split()[0] for p in people if p is not person for name in _names(p)}
        assert surname not in first_names or surname in FIRST_NAME_SURNAMES, person["key"]


def test_people_one_holder_of_a_position_at_a_time(people):
    spells = defaultdict(list)
    for person in people:
        for pos in person["positions"]:
            if pos["title"] not in SHARED_TITLES:
                spells[pos["org"], pos["title"]].append((pos["from"], pos["to"], person["key"]))
    clashes = []
    for (org, title), found in spells.items():
        for i, (a_from, a_to, a_key) in enumerate(found):
            for b_from, b_to, b_key in found[i + 1:]:
                if _before(a_from, b_to) and _before(b_from, a_to):
                    clashes.append((org, title, a_key, b_key))
    assert clashes == []


@pytest.mark.parametrize(("org", "title", "day", "expected"), [
    ("UnitedStates", "President", "2016-06-01", "BarackObama"),
    ("UnitedStates", "President", "2019-06-01", "DonaldTrump"),
    ("UnitedStates", "President", "2022-06-01", "JoeBiden"),
    ("UnitedStates", "President", "2025-06-01", "DonaldTrump"),
    ("UnitedStates", "Secretary of State", "2025-03-01", "MarcoRubio"),
    ("UnitedStates", "Secretary of Defense", "2022-01-01", "LloydAustin"),
    ("UnitedKingdom", "Prime Minister", "2022-10-01", "LizTruss"),
    ("UnitedKingdom", "Prime Minister", "2023-06-01", "RishiSunak"),
    ("Russia", "Foreign Minister", "2024-01-01", "SergeyLavrov"),
    ("Russia", "Defense Minister", "2024-06-01", "AndreiBelousov"),
    ("China", "Foreign Minister", "2023-05-01", "QinGang"),
    ("China", "Foreign Minister", "2024-05-01", "WangYi"),
    ("Japan", "Prime Minister", "2024-12-01", "ShigeruIshiba"),
    ("Germany", "Chancellor", "2023-01-01", "OlafScholz"),
    ("France", "Prime Minister", "2024-03-01", "GabrielAttal"),
    ("Israel", "Prime Minister", "2022-01-01", "NaftaliBennett"),
    ("Iran", "President", "2023-01-01", "EbrahimRaisi"),
    ("Ukraine", "Foreign Minister", "2023-01-01", "DmytroKuleba"),
    ("SouthKorea", "President", "2023-01-01", "YoonSukYeol"),
    ("Philippines", "President", "2020-01-01", "RodrigoDuterte"),
    ("Pakistan", "Prime Minister", "2020-01-01", "ImranKhan"),
    ("Greenland", "Premier", "2024-01-01", "MuteBourupEgede"),
    ("Afghanistan", "President", "2020-01-01", "AshrafGhani"),
    ("Taliban", "Supreme Leader", "2020-01-01", "HibatullahAkhundzada"),
    ("NATO", "Secretary-General", "2020-01-01", "JensStoltenberg"),
    ("NATO", "Secretary-General", "2025-01-01", "MarkRutte"),
    ("UnitedNations", "Secretary-General", "2016-01-01", "BanKiMoon"),
    ("EuropeanCommission", "President", "2018-01-01", "JeanClaudeJuncker"),
    ("EuropeanUnion", "High Representative", "2022-01-01", "JosepBorrell"),
    ("CentralIntelligenceAgency", "Director", "2022-01-01", "WilliamBurns"),
    ("SecretIntelligenceService", "Chief", "2022-01-01", "RichardMoore"),
])
def test_people_known_office_holders(people, org, title, day, expected):
    assert holders(people, org, title, day) == {expected}


def test_people_the_same_day_changes_hands_once(people):
    # the day a successor takes office belongs to the successor only
    assert holders(people, "UnitedStates", "President", "2021-01-20") == {"JoeBiden"}
    assert holders(people, "UnitedKingdom", "Prime Minister", "2019-07-24") == {"BorisJohnson"}


# The states the brief names: each has at least one person in office now.
IN_NEWS = ["UnitedStates", "UnitedKingdom", "China", "Russia", "Japan", "India", "France", "Germany", "Italy", "Canada",
           "Brazil", "Argentina", "Mexico", "Australia", "Indonesia", "SaudiArabia", "SouthAfrica", "SouthKorea",
           "Turkey", "Ukraine", "Israel", "Iran", "Poland", "Hungary", "Philippines", "Taiwan", "NorthKorea",
           "Pakistan", "Afghanistan", "Venezuela", "Colombia", "Ecuador", "Denmark", "Greenland", "Sudan", "Rwanda",
           "DemocraticRepublicOfTheCongo", "Niger", "Qatar", "Egypt", "Syria", "Belarus", "Serbia", "Vietnam",
           "Thailand", "Myanmar", "EuropeanUnion", "EuropeanCommission", "NATO", "UnitedNations"]


@pytest.mark.parametrize("org", IN_NEWS)
def test_people_someone_in_office_now(people, org):
    assert any(pos["org"] == org and pos["to"] is None for p in people for pos in p["positions"])


@pytest.mark.parametrize("org", ["UnitedStates", "UnitedKingdom", "China", "Russia", "Japan", "India", "France",
                                 "Germany", "SouthKorea", "Israel", "Iran", "Australia", "Philippines", "Ukraine",
                                 "Turkey", "Pakistan"])
def test_people_foreign_and_defence_ministers_since_2015(people, org):
    """Each of these states has its foreign and defence minister listed for most of 2015-2025."""
    foreign = {"Foreign Minister", "Foreign Secretary", "Secretary of State", "External Affairs Minister"}
    defence = {"Defense Minister", "Defence Minister", "Defence Secretary", "Defense Secretary", "Secretary of Defense"}
    for titles in (foreign, defence):
        covered = sum(bool(set().union(*(holders(people, org, t, f"{year}-07-01") for t in titles)))
                      for year in range(2015, 2026))
        assert covered >= 9, (org, sorted(titles)[0], covered)
