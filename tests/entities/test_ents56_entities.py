"""Entity layer, round 44 (ents56): classes counted across the two read corpora of the round and on real news text,
one invented case per rule with what the rule must leave alone. Every person, body, company, product and building
here is fictional."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities

from analysis.entities.aliases import mixed_short_form
from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def _aliases(text: str) -> dict[str, set[str]]:
    """name -> the surfaces merged into it, for the story mentions of `text`."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return {name: set(rows["surface"]) for name, rows in df.groupby("name")}


# --- a short form in mixed case is the name whose words its letters open -------------------------------------------
def test_a_mixed_case_short_form_spells_its_name() -> None:
    assert mixed_short_form("MoD", ["Ministry", "of", "Defence"])
    assert mixed_short_form("DfQ", ["Department", "for", "Quistery"])
    assert not mixed_short_form("MoD", ["Ministry", "Defence"])          # no small word for the small letter
    assert not mixed_short_form("MOD", ["Ministry", "of", "Defence"])    # capitals only: an acronym's rule
    assert not mixed_short_form("MoQ", ["Ministry", "of", "Defence"])


def test_a_mixed_case_short_form_joins_its_ministry() -> None:
    text = ("Frigates\n\nThe Ministry of Quistery chose a new design on Tuesday. The MoQ said the ships would "
            "replace the older ones.")
    assert _aliases(text) == {"Ministry of Quistery": {"Ministry of Quistery", "MoQ"}}


# --- the name before "maker's" is what the maker makes ---------------------------------------------------------------
def test_a_product_before_a_possessive_maker_is_no_company() -> None:
    text = ("Forecast\n\nShares of Quistsoft fell 7% after the Zorbopaint maker's revenue forecast came in below "
            "estimates.")
    assert _story(text) == {"Quistsoft": "ORG", "Zorbopaint": "PRODUCT"}


# --- a building named by its head is no person ------------------------------------------------------------------------
def test_a_house_or_a_tower_without_a_given_name_is_a_building() -> None:
    text = ("Sale\n\nThe fund agreed to sell Brannock House, a Quistford office block, to Zorbo Capital. Harlow Tower "
            "is also for sale.")
    types = _story(text)
    assert types["Brannock House"] == "PLACE"
    assert types["Harlow Tower"] == "PLACE"
    assert types["Zorbo Capital"] == "ORG"
    # a listed given name before the head keeps the person
    assert _story("Talks\n\nJane House said the talks would resume.") == {"Jane House": "PERSON"}


# --- a currency's letters before its dollar sign are no word of a name ---------------------------------------------
def test_a_currency_prefix_joins_no_name() -> None:
    text = "Levy\n\nCharging A$1 a litre would hurt growers, the Quistland Cane Group said."
    assert _story(text) == {"Quistland Cane Group": "ORG"}


# --- a one-word ministry that also names its bonds ---------------------------------------------------------------------
def test_the_treasury_is_the_ministry_where_an_agent_noun_or_the_article_says_so() -> None:
    assert _story("Levy\n\nIndustry groups will meet Treasury officials on Tuesday.") == {"Treasury": "ORG"}
    assert _story("Levy\n\nThe price would rise 12%, according to Treasury modelling.") == {"Treasury": "ORG"}
    assert _story("Levy\n\nThat is the flaw in the Treasury's numbers, Quistco said.") == {
        "Treasury": "ORG", "Quistco": "ORG"}


def test_the_treasury_of_bonds_stays_no_entity() -> None:
    assert _story("Bonds\n\nIt was priced 110 basis points above the Treasury's 10-year note.") == {}
    assert "ORG" not in _story("Bonds\n\nTreasury yields rose as the Treasury sold more debt.").values()


# --- a government's name after its people's adjective -----------------------------------------------------------------
def test_a_demonym_and_a_capitalised_government_is_the_government() -> None:
    assert _story("Jobs\n\nThe Scottish Government said it would work with Quistco.") == {
        "Scottish Government": "ORG", "Quistco": "ORG"}
    assert _story("Jobs\n\nThe Scottish government said it would help.") == {}  # the common noun: no name


# --- a product named by the head noun of its apposition -------------------------------------------------------------
def test_a_name_in_apposition_to_a_product_noun_is_a_product() -> None:
    text = "Games\n\nProject Quistfall, a co-operative survival game, is due to launch this year."
    assert _story(text) == {"Project Quistfall": "PRODUCT"}
    text = "Games\n\nJane Quistfall, a game designer, said the launch was near."
    assert _story(text) == {"Jane Quistfall": "PERSON"}


# --- a commercial site named by its two-word head ----------------------------------------------------------------------
def test_a_business_park_is_a_place() -> None:
    text = ("Fund\n\nThe fund owns warehouses across the country, including the Quistside Business Park in "
            "Nottingham, Zorbo Holdings said.")
    types = _story(text)
    assert types["Quistside Business Park"] == "PLACE"
    assert types["Zorbo Holdings"] == "ORG"


# --- the town or district before an owner's headquarters ------------------------------------------------------------
def test_a_name_between_its_and_headquarters_is_the_site() -> None:
    text = "Cuts\n\nZorbo Rentals Inc will cut 340 jobs at its Quistshore headquarters, it said."
    assert _story(text) == {"Zorbo Rentals": "ORG", "Quistshore": "PLACE"}


# --- a name glued to a lower-case comparison suffix is no name ------------------------------------------------------
def test_a_sized_or_type_compound_is_no_entity() -> None:
    text = "Rentals\n\nIt is an industry problem with a Zorbolane-sized hole in it, said Jane Roe."
    assert _story(text) == {"Jane Roe": "PERSON"}
    text = "Rentals\n\nThey want a Quistgrave-type candidate, said Jane Roe."
    assert _story(text) == {"Jane Roe": "PERSON"}


# --- an acronym the text counts after "a" or "an" is a kind of thing everywhere in it ---------------------------------
def test_an_acronym_after_the_indefinite_article_is_a_term() -> None:
    text = ("Funds\n\nQ: I hold the fund in a QSA. Does that change anything?\nA: You cannot switch the fund to "
            "another QSA provider as cash, Zorbo Capital said.")
    types = _story(text)
    assert types["QSA"] == "OTHER"
    assert types["Zorbo Capital"] == "ORG"
    # before a noun it modifies, the acronym is still a company's
    assert _story("Banks\n\nJane Roe, a QBC analyst, said QBC would win.")["QBC"] == "ORG"


# --- the first column of a table of models names products --------------------------------------------------------------
def test_a_model_column_names_products() -> None:
    text = ("Prices\n\nUsed electric cars fell in price, Quistmark Analytics said.\n\n"
            "Model | Avg. price | Change y/y\nZorbo Velo 5 | $21,850 | -13.9%\nBrindle Quill | $11,900 | -19.3%\n"
            "Harlan Mach-Q | $20,650 | -16.7%\n")
    types = _story(text)
    assert types["Brindle Quill"] == "PRODUCT"
    assert types["Harlan Mach-Q"] == "PRODUCT"
    assert types["Quistmark Analytics"] == "ORG"
    # a table of companies keeps them
    text = ("Prices\n\nShares fell, Quistmark Analytics said.\n\n"
            "Company | Price | Change\nBrindle Quill | $11.90 | -19.3%\nHarlan Motors | $20.65 | -16.7%\n")
    assert _story(text)["Brindle Quill"] in ("ORG", "PERSON")


# --- a lone word no article types, always before a product's noun, is a brand or a design -------------------------------
def test_a_word_only_seen_before_product_nouns_is_no_organisation(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Frigates\n\nQuistwell Marine said the new ship is derived from its Brannock designs.",
        "a2.txt": "Frigates\n\nThe design is mature, we have built Brannock hulls before, Quistwell Marine said.",
    })
    assert {name for name, _ in found["a1"] | found["a2"]} == {"Quistwell Marine"}
    # the same word as a subject in one article keeps the name everywhere
    (tmp_path / "b").mkdir()
    found = story_entities(tmp_path / "b", {
        "a1.txt": "Frigates\n\nQuistwell Marine said the new ship is derived from its Brannock designs.",
        "a2.txt": "Frigates\n\nBrannock said on Monday it would bid for the work.",
    })
    assert ("Brannock", "ORG") in found["a1"]
