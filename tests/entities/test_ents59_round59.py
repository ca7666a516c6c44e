"""Entity layer, round 59: one invented case per rule with what the rule must leave alone. Every person and company
here is fictional; the towns are real."""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a dateline's town in capitals is the town, no short form of a longer name that opens with it ------------------
_COURT = ("Court orders halt at Veldmeer plant\n\n"
          "AMSTERDAM, Sept 14 (Example Wire) - The Amsterdam District Court on Monday ordered Veldmeer Chemie to halt "
          "production at its Rotterdam plant after a fire, a ruling the company said it would appeal.\n")


def test_a_dateline_town_leaves_the_court_named_after_it_an_organisation() -> None:
    assert _story(_COURT)["Amsterdam District Court"] == "ORG"


def test_without_the_dateline_the_court_is_an_organisation_too() -> None:
    assert _story(_COURT.replace("AMSTERDAM, Sept 14 (Example Wire) - ", ""))["Amsterdam District Court"] == "ORG"


def test_a_company_word_in_capitals_still_joins_its_company() -> None:
    # a shouted first word that is no place stays the company's short form
    text = ("Veldmeer halts plant\n\nVELDMEER Chemie said on Monday it would halt its plant. Veldmeer Chemie shares "
            "fell 6.2%.\n")
    assert _story(text).get("Veldmeer Chemie") == "ORG"
