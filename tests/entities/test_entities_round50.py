"""Entity layer, round 50 (ents50): classes counted across the fourteen read corpora and on real news text, one
invented case per rule with what the rule must leave alone. Every person, body, company and product here is
fictional."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- names coordinated before a product's noun are models, each of them ----------------------------------------------
def test_names_coordinated_before_a_product_noun_are_models() -> None:
    text = ("Recall\n\nQuistmotor Group is recalling 9,000 cars and has stopped delivering its ZVE and ZVS models "
            "after a fault, the carmaker said on Monday. Dealers were told to hold electric ZVE and ZVS vehicles "
            "until further notice.")
    types = _story(text)
    assert types["ZVE"] == "PRODUCT"
    assert types["ZVS"] == "PRODUCT"
    assert types["Quistmotor Group"] == "ORG"


def test_a_list_of_three_models_before_their_noun() -> None:
    text = "Range\n\nQuistmotor Group said its ZVA, ZVB and ZVC cars would get the update first."
    types = _story(text)
    assert [types[n] for n in ("ZVA", "ZVB", "ZVC")] == ["PRODUCT"] * 3


def test_companies_coordinated_before_a_noun_that_is_no_product_stay_companies() -> None:
    text = "Deal\n\nQuistmotor and Zorbelle shares rose on Monday after the two carmakers agreed a joint venture."
    types = _story(text)
    assert types["Quistmotor"] == "ORG"
    assert types["Zorbelle"] == "ORG"


# --- a name its article leaves untyped is the organisation another article types under the same spelling ------------
def test_an_untyped_name_is_the_organisation_another_article_types(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Insurer\n\nQuistam shares fell 1.6% on Tuesday after the insurer put its claim at R600 million.",
        "b.txt": "Week\n\nQuistam, more exposed to platinum, had fallen 11% over the same period.\n",
    })
    assert found["b"] == {("Quistam", "ORG")}


def test_an_untyped_name_no_article_types_is_dropped(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Insurer\n\nQuistam shares fell 1.6% on Tuesday after the insurer put its claim at R600 million.",
        "b.txt": "Week\n\nZorvella was the week's laggard among financials. Asked about it, nobody said more.\n",
    })
    assert found.get("b", set()) == set()


# --- a rundown of companies, each entry's heading in capitals, describes them without tickers ------------------------
_RUNDOWN = ("Stocks to watch\n\nThese companies may be in focus on Tuesday.\n\n"
            "• ZORBEL HEAVY INDUSTRIES: The shipbuilder, which rose 4% on Monday, won a tanker order.\n\n"
            "• QUISTAM MARINE: Said late on Monday it is in talks for four carriers.\n\n"
            "• VELLOR STEEL: Plans to raise plate prices from May.\n\n"
            "• BRISKET OCEAN: The container line climbed 2.9% in the previous session.\n")


def test_the_headings_of_a_rundown_of_companies_are_companies() -> None:
    types = _story(_RUNDOWN)
    assert types.get("Zorbel Heavy Industries") == "ORG"
    assert types.get("Quistam Marine") == "ORG"
    assert types.get("Vellor Steel") == "ORG"


def test_a_page_of_labels_is_no_rundown() -> None:
    text = ("Notes\n\nCLARIFICATION: The first sentence was changed.\n\nBREAKING NEWS: Markets fell.\n\n"
            "FACT CHECK: The claim was wrong.\n")
    assert _story(text) == {}


# --- a name between an owner and "operation(s)" is the site the owner works ------------------------------------------
def test_an_owners_operation_is_a_site() -> None:
    text = ("Mines\n\nZorbel Gold said it had paused hoisting at its Quistfontein operation. Vellor Mining brought forward "
            "inspections at its Brakkloof and Quistdrift operations on Friday.")
    types = _story(text)
    assert types.get("Quistfontein") == "PLACE"
    assert types.get("Brakkloof") == "PLACE"
    assert types.get("Quistdrift") == "PLACE"
    assert types["Zorbel Gold"] == "ORG"


# --- a ministry named by a list of its portfolios, food and science among them, is one name ---------------------------
def test_a_ministry_named_by_a_list_with_food_is_one_name() -> None:
    text = ("Water\n\nA spokesperson for the Department for Quistland, Food and Rural Affairs (Dqfra) said it was "
            "monitoring the situation.")
    types = _story(text)
    assert types.get("Department for Quistland, Food and Rural Affairs") == "ORG"
    assert "Food" not in types
