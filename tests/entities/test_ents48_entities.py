"""Entity layer, round 41 (ents48): classes counted across the fourteen read corpora and on real news text, one
invented case per rule with what the rule must leave alone. Every person, company and place here is fictional."""
from __future__ import annotations

from test_entity_round10 import _story


# --- a middle initial between two names is a person's form ---------------------------------------------------------
def test_a_middle_initial_between_two_names_makes_a_person() -> None:
    # neither given name is in the list of common given names; no cue around them
    text = ("Quistel buys a stake\n\nQuistel Holdings agreed to buy a stake in the group, according to a filing. "
            "His former partner at the firm, Osgood T. Brannagh, called him a master of the deal. The fund was "
            "run with Thelonius R. Vorlander, along with five other designees.")
    types = _story(text)
    assert types["Osgood T. Brannagh"] == "PERSON"
    assert types["Thelonius R. Vorlander"] == "PERSON"
    # an organisation's head word after the initial keeps the organisation, and a place first keeps no person
    text = ("Quistel buys a stake\n\nShares of Brannagh T. Holdings rose 4% after the deal was announced on Monday. "
            "Analysts said the deal was well priced.")
    assert _story(text).get("Brannagh T. Holdings") == "ORG"


# --- an occupation written as a title before a name ("false title") is no part of the name -------------------------
def test_an_occupation_written_as_a_title_is_no_part_of_the_name() -> None:
    text = ("Stars back the bill\n\nActress Marisol Quenby spoke at the rally on Monday. Comedian Tobiah Vantreck "
            "joined her. Officer Jax Dunmore stood guard, and Majority Whip Odile Brannock counted the votes.")
    types = _story(text)
    assert {n: types.get(n) for n in ("Marisol Quenby", "Tobiah Vantreck", "Jax Dunmore", "Odile Brannock")} \
        == dict.fromkeys(("Marisol Quenby", "Tobiah Vantreck", "Jax Dunmore", "Odile Brannock"), "PERSON")
    assert not any(n.startswith(("Actress", "Comedian", "Officer", "Majority")) for n in types)
    # the plural of such a word opening a body's name stays in the name (no "Presidents Jane Roe and ..." here)
    text = ("Writers sue\n\nThe Quistland Authors Guild and the Actors Zorbo Union sued the studio on Monday, "
            "the groups said.")
    types = _story(text)
    assert types.get("Quistland Authors Guild") == "ORG"
    assert types.get("Actors Zorbo Union") == "ORG"


# --- a college, a school, a league, a network or a partnership is an organisation, whatever name opens it ----------
def test_a_college_school_league_or_network_is_no_person() -> None:
    text = ("Poll\n\nA poll by Tamsin Quell College found the race tied. Odile Vantreck Law School professors signed "
            "the letter, the Kevin Brannock League backed it, and the Quist Broadcasting Network aired it.")
    types = _story(text)
    assert types.get("Tamsin Quell College") == "ORG"
    assert types.get("Odile Vantreck Law School") == "ORG"
    assert types.get("Kevin Brannock League") == "ORG"
    assert types.get("Quist Broadcasting Network") == "ORG"
    # a person is still a person beside them
    text = "Poll\n\nKevin Brannock, a professor at Quistmoor College, said the race was tied."
    types = _story(text)
    assert types.get("Kevin Brannock") == "PERSON"
    assert types.get("Quistmoor College") == "ORG"
