"""Entity layer, round 43 (ents51): classes counted across the eighteen read corpora and on real news text, one
invented case per rule with what the rule must leave alone. Every person, body, company and small town here is
fictional; "London", "Texas" and "Mosul" stand for any known place."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a name led by a place or a body's head takes no person's type from its last word standing alone --------------
def test_an_airport_after_its_city_is_no_person() -> None:
    text = ("Slots deal\n\nThe two airlines agreed to hand 20 slot pairs at London Brannock to rivals. Quistair said "
            "it would compete harder at Brannock, and wants more Brannock slots.")
    types = _story(text)
    assert types["London Brannock"] == "PLACE"
    assert "PERSON" not in types.values()


def test_a_town_after_a_chamber_stays_the_town() -> None:
    text = ("Inquiry\n\nThe House Mosul committee met on Monday to hear about the attack in Mosul. Mosul was quiet, "
            "officials said.")
    types = _story(text)
    assert types["Mosul"] == "PLACE"
    assert types["House Mosul"] == "ORG"


def test_an_ordinary_last_word_makes_no_surname() -> None:
    text = ("Poll\n\nVoters saw an ad from Texas Onward on Monday. Onward said it would keep going onward whatever "
            "the polls said.")
    assert _story(text) == {"Texas Onward": "ORG"}
    text = "Poll\n\nThe ad came from Ohio Veterans on Monday. Veterans said the veterans were angry."
    assert _story(text) == {"Ohio Veterans": "ORG"}


def test_a_person_named_like_a_place_keeps_the_surname() -> None:
    # a given name that is also a place, then a surname of a name's shape used alone: a person still
    text = ("Tariffs\n\nLondon Quistley, an economist at the Quist Institute, said tariffs would rise. Quistley added "
            "that prices were high.")
    assert _story(text)["London Quistley"] == "PERSON"
    text = "Tariffs\n\nChad Vorbeck, an economist, said tariffs would rise. Vorbeck added that prices were high."
    assert _story(text)["Chad Vorbeck"] == "PERSON"


# --- a weak cue in one article outvotes another article's bare guess ----------------------------------------------
def test_a_weak_place_cue_outvotes_a_bare_guess(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Plant\n\nThe plant is in Brannockby, near the coast.",
        "a2.txt": "Talks\n\nThe union said the talks for Brannockby would resume later.",
    })
    assert found["a1"] == {("Brannockby", "PLACE")}
    assert found["a2"] == {("Brannockby", "PLACE")}


def test_a_bare_guess_still_votes_without_a_cue_elsewhere(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Talks\n\nThe union said the talks for Brannockby would resume later.",
        "a2.txt": "Talks\n\nThe staff said the offer for Brannockby would come later.",
    })
    assert found["a1"] == {("Brannockby", "ORG")}
    assert found["a2"] == {("Brannockby", "ORG")}


# --- a name owning the place after "in" or "at" is no place itself -------------------------------------------------
def test_a_possessor_after_in_or_at_is_no_place(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Doctor shot\n\nBarnett Quorble, a doctor, was shot on Friday. Quorble was 52.",
        "a2.txt": "Vigil\n\nFriends gathered in Quorble's home town on Sunday to remember him.",
        "a3.txt": "Night out\n\nThe senator ate at Zembrino's casino on Monday.",
    })
    assert found["a2"] == {("Barnett Quorble", "PERSON")}
    assert ("Zembrino", "PLACE") not in found["a3"]


def test_a_town_after_in_or_at_is_still_a_place() -> None:
    assert _story("Plant\n\nThe plant is in Brannockby, near the coast.") == {"Brannockby": "PLACE"}
    assert _story("Rally\n\nThe rally at Brannockby drew 300 people.") == {"Brannockby": "PLACE"}
