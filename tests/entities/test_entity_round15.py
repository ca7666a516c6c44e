"""Entity layer, round 15: general rules of news prose, one invented sentence each.

Every person, company, outlet, place and figure here is fictional.
"""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities
from test_entity_round10 import _people_orgs, _story


# --- a place whose name opens with "The" ---------------------------------------------------------------------------
def test_the_article_of_a_known_place_is_kept() -> None:
    story = _story("Quistel Holdings has been careful not to pick a fight with The Hague. Officials in The Hague "
                   "declined to comment on Monday.\n")
    assert story.get("The Hague") == "PLACE"
    assert "Hague" not in story
    assert _people_orgs("Quistel Holdings has been careful not to pick a fight with The Hague.\n") \
        == {"Quistel Holdings"}


# --- a Spanish article opens a place's name, not a person's ----------------------------------------------------------
def test_a_name_after_a_spanish_article_is_no_person() -> None:
    text = ("Zorbo Mining said the tailings dam, known as El Quisco, failed on Tuesday. Last week it was El Quisco, "
            "in the north; next year it may be Las Brindas.\n")
    story = _story(text)
    assert story.get("El Quisco") == "PLACE"
    assert _people_orgs(text) == {"Zorbo Mining"}


# --- a factbox of companies in capitals, each with its home city in brackets -------------------------------------
_EXPOSED = ("FACTBOX-Who is exposed to the Freedonian export ban\n\n"
            "May 5 (Example Wire) - A court upheld the ban on Wednesday. Below are the companies most exposed.\n\n"
            "* QUISTMOOR OPTICS (Frankfurt): Supplies lenses. Shares: -4.6% on Wednesday.\n\n"
            "* ZORBEL VACUUM SYSTEMS (Amsterdam): Vacuum parts. Shares: -1.7% on Wednesday.\n\n"
            "* HARLOW MICRODEVICES (Seoul): Had two tools on order. Shares: -3.9% on Thursday.\n\n"
            "KEY DATES\n\n* June 11: talks in Washington.\n")


def test_companies_in_capitals_with_their_home_city_head_a_factbox() -> None:
    story = _story(_EXPOSED, _EXPOSED.index("\n"))
    for name in ("Quistmoor Optics", "Zorbel Vacuum Systems", "Harlow Microdevices"):
        assert story.get(name) == "ORG", name
    for place in ("Frankfurt", "Amsterdam", "Seoul"):
        assert story.get(place) == "PLACE", place


def test_one_item_with_a_city_is_no_list_of_companies() -> None:
    text = ("Officials met on Tuesday.\n\n* WEATHER DESK (London): Rain is expected.\n\n"
            "More later.\n")
    assert not any(n.isupper() or n == "Weather Desk" for n in _people_orgs(text))


def test_the_same_factbox_without_bullets_is_no_run_of_datelines() -> None:
    text = _EXPOSED.replace("* ", "")
    story = _story(text, text.index("\n"))
    for name in ("Quistmoor Optics", "Zorbel Vacuum Systems", "Harlow Microdevices"):
        assert story.get(name) == "ORG", name


def test_a_dateline_with_its_wire_still_opens_a_story() -> None:
    df = recognize_entities("BRINDLEFORD (Example Wire): Workers at Quistmoor Optics walked out on Monday.\n")
    credits = df[df["role"] == "credit"]
    assert "Brindleford" in set(credits["name"]) or "BRINDLEFORD" in set(credits["surface"])


# --- a rulebook or code named in Title Case is no organisation ----------------------------------------------------
def test_a_named_rulebook_is_no_organisation() -> None:
    text = ("Quistel Holdings breached the Listing Rules and the Takeover Code, the Zorbia Conduct Authority said. "
            "Its board must follow the Disclosure Guidelines and the Harbour Rules.\n")
    story = _story(text)
    for name in ("Listing Rules", "Takeover Code", "Disclosure Guidelines", "Harbour Rules"):
        assert story.get(name) == "OTHER", name
    assert _people_orgs(text) == {"Quistel Holdings", "Zorbia Conduct Authority"}
