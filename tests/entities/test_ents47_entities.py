"""Entity layer, round 47 (ents47): classes read on the two corpora newly opened this round and counted on the
others and on real news text, one invented case per rule with what the rule must leave alone. Every person, body
and company here is fictional."""
from __future__ import annotations

from pathlib import Path

from test_entity_round11 import _corpus_entities

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def _surfaces(text: str) -> dict[int, tuple[str, str]]:
    """start -> (surface, name) of the story mentions of `text`."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return {int(s): (a, n) for s, a, n in zip(df["start"], df["surface"], df["name"])}


# --- "Q." and "A." opening the lines of a question-and-answer piece mark the turns, no initials -----------------------
QA_TEXT = ("Q&A: what the Varnock price cuts mean\n\n"
           "Q. What exactly has Varnock done?\n"
           "A. Varnock cut prices on 900 products. Halbridge Foods said it would follow.\n"
           "Q. Will my shopping get cheaper?\n"
           "A. Probably. Ostrey Mart joined on Friday, said analyst Maren Tolley of Carrow Securities.\n")


def test_question_and_answer_letters_are_no_initials() -> None:
    found = _story(QA_TEXT)
    assert not any(name.startswith(("Q. ", "A. ")) for name in found), found
    assert found.get("Varnock") == "ORG", found
    assert found.get("Maren Tolley") == "PERSON", found
    assert "Halbridge Foods" in found and "Carrow Securities" in found, found


def test_an_initial_outside_a_question_and_answer_piece_stays() -> None:
    text = ("Board\n\nA. Dunmore Pellow, the chairman, said the board backed the plan.\n"
            "A. Dunmore Pellow has led the board since 2019.\n")
    assert "A. Dunmore Pellow" in _story(text), _story(text)


# --- a company's name that opens on a title word ("Premier Foods") -------------------------------------------------
def test_a_title_word_before_an_organisation_head_opens_a_company_name() -> None:
    text = "Food stocks\n\nVarnock rose 1%. Halbery and Premier Foods were among the worst performers last week.\n"
    found = _story(text)
    assert found.get("Premier Foods") == "ORG", found
    assert "Halbery" in found and "Foods" not in found, found


def test_a_title_before_a_person_stays_a_title() -> None:
    text = "Talks\n\nPremier Tomas Vell said on Monday that the talks with Varnock Brands would resume.\n"
    found = _story(text)
    assert found.get("Tomas Vell") == "PERSON", found
    assert found.get("Varnock Brands") == "ORG", found


# --- an acronym the text defines in brackets names that body, not another the lexicon spells the same way ------------
def test_an_acronym_defined_in_brackets_names_the_defined_body_throughout() -> None:
    text = ("Licences revoked\n\nCastor Tooling said on Monday that the Bureau of Industry and Security (BIS) had "
            "revoked its licences.\nThe company has asked BIS for an explanation, and a BIS spokesman declined to "
            "comment.\n")
    names = {name for _surface, name in _surfaces(text).values()}
    assert "Bureau of Industry and Security" in names, names
    assert "Bank for International Settlements" not in names, names


def test_an_acronym_the_text_does_not_define_keeps_the_lexicon_name() -> None:
    text = "Rates\n\nThe BIS said on Monday that central banks should keep rates high, Castor Tooling noted.\n"
    assert _story(text).get("Bank for International Settlements") == "ORG", _story(text)


# --- an acronym a corpus writes only short is shown under the name the lexicon spells it out to, unless the alias
# catalog names the body by the acronym ------------------------------------------------------------------------------
def test_an_acronym_only_the_corpus_writes_takes_the_lexicon_name(tmp_path: Path) -> None:
    texts = {
        "a": "Miners slide\n\nVellmar Lithium fell 4% on the ASX on Monday, its worst day in a year.\n",
        "b": "Vellmar lower again\n\nVellmar Lithium told the ASX on Tuesday that it had received no offer.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    for stem in ("a", "b"):
        assert ("Australian Securities Exchange", "ORG") in ents[stem], ents[stem]
        assert not any(e == "ASX" for e, _t in ents[stem]), ents[stem]


def test_an_acronym_the_catalog_names_the_body_by_stays(tmp_path: Path) -> None:
    texts = {
        "a": "Crude climbs\n\nVellmar Oil rose 3% on Monday after OPEC agreed to hold output steady.\n",
        "b": "Output\n\nOPEC ministers meet again in June, Vellmar Oil said on Tuesday.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("OPEC", "ORG") in ents["a"], ents["a"]
    assert not any(e.startswith("Organization of") for e, _t in ents["a"]), ents["a"]


# --- a demonym, then words closed by a body's or a publication's head word, names a body or an outlet ---------------
def test_a_demonym_led_name_closed_by_a_publication_word_is_an_outlet() -> None:
    text = ("Bid talk\n\nThe Australian Quarry Review, citing two people familiar with the matter, reported that "
            "Tallis Minerals had hired advisers.\n")
    assert _story(text).get("Australian Quarry Review") == "ORG", _story(text)


def test_a_demonym_before_common_words_stays_untyped() -> None:
    text = "Holidays\n\nTallis Minerals said the British Summer Holiday had slowed shipments in August.\n"
    found = _story(text)
    assert "British Summer Holiday" not in found, found


# --- a family's name before a lettered model designator is the model, no organisation -------------------------------
def test_a_name_closed_by_a_lettered_designator_is_a_model() -> None:
    text = ("Engine checks\n\nHaldor Precision, which machines fan blades for the Quistral Q7, slumped 8.8%. The "
            "directive covers the Quistral Q7-24 and Q7-27 turbofans, but not the smaller Q7-20.\n")
    found = _story(text)
    assert found.get("Quistral Q7") == "PRODUCT", found
    assert found.get("Quistral Q7-24") == "PRODUCT", found
    assert found.get("Q7-27") == "PRODUCT" and found.get("Q7-20") == "PRODUCT", found
    assert found.get("Haldor Precision") == "ORG", found


def test_a_catalog_maker_before_its_model_stays_the_maker() -> None:
    text = "Deliveries\n\nVarnock Air will fly the Airbus A320 from June, the carrier said.\n"
    assert _story(text).get("Airbus A320") == "ORG", _story(text)


# --- "River" opening a two-word name without other evidence names a river -------------------------------------------
def test_the_river_and_its_name_is_a_place() -> None:
    text = "Spills\n\nSewage flowed into the River Quell on Monday, Varnock Utilities said.\n"
    assert _story(text).get("River Quell") == "PLACE", _story(text)


def test_a_company_opening_on_river_stays_a_company() -> None:
    text = "Deal\n\nShares of River Quellnet Networks rose 4% on Monday.\n"
    assert _story(text).get("River Quellnet Networks") == "ORG", _story(text)


# --- a catalog company written with "and" for its "&", and more of its name after it, is one name --------------------
def test_a_catalog_name_written_with_and_stays_one_name() -> None:
    text = "Grocers\n\nVarnock Foods slipped 1%, while Marks and Spencer Group fell 3.1% on Monday.\n"
    found = _story(text)
    assert found.get("Marks and Spencer Group") == "ORG", found
    assert "Marks" not in found and "Spencer Group" not in found, found


def test_two_companies_joined_by_and_stay_two() -> None:
    text = "Grocers\n\nVarnock Foods and Halbery Stores fell 3.1% on Monday.\n"
    found = _story(text)
    assert "Varnock Foods" in found and "Halbery Stores" in found, found


# --- "MP" is a member's title: the party before it and the person after it are two names, the seat after "for" a place
def test_a_party_and_a_member_title_before_a_person() -> None:
    text = ("Vote\n\nLabour MP Tamsin Vorle said the bank had failed. The MP for Quistford North, Tom Penn, "
            "agreed.\n")
    found = _story(text)
    assert found.get("Tamsin Vorle") == "PERSON", found
    assert found.get("Tom Penn") == "PERSON", found
    assert found.get("Quistford North") == "PLACE", found
    assert "Labour MP Tamsin Vorle" not in found and "MP" not in found, found


# --- a dateline whose date is written in figures is a dateline: its wire is a credit --------------------------------
def test_a_dateline_with_a_date_in_figures_credits_its_wire() -> None:
    text = ("Week\n\nLONDON, 15/03/2027 (Quistgate Wire) — A week that began with an engine shutdown ended with "
            "Corvane Aero down 9%.\n")
    found = _story(text)
    assert "Quistgate Wire" not in found, found
    assert found.get("Corvane Aero") == "ORG", found


# --- a listed company whose name an exchange also writes before its tickers, moving as a company's shares do ---------
def test_a_catalog_company_named_like_an_exchange_code_in_a_list_of_moves() -> None:
    text = "Peers\n\nListed peers fell in sympathy:\nVarnock Water: -6.1%\nSSE: -0.9%\n"
    assert _story(text).get("SSE") == "ORG", _story(text)


def test_an_exchange_code_before_a_ticker_stays_no_company() -> None:
    text = "Listing\n\nQuistel Pharma (SSE: 600123) rose 4% on its first day.\n"
    assert "SSE" not in _story(text), _story(text)


# --- a region named with compass words ("Mid West", "West Country") is a place ---------------------------------------
def test_a_region_of_compass_words_is_a_place() -> None:
    text = ("Mine\n\nThe Kalgrove mine, in Quistralia's Mid West, produced more. Factories in the West Country pay "
            "for it, Zorbo West said.\n")
    found = _story(text)
    assert found.get("Mid West") == "PLACE" and found.get("West Country") == "PLACE", found
    assert found.get("Zorbo West") == "ORG", found


# --- a company's premises named after their place, after the owner ("Tollgate's Quistfair office") -------------------
def test_premises_after_their_owner_are_a_place() -> None:
    text = ("Office\n\nWe spoke to him at Tollgate's Quistfair office on Friday. Pennard Vale Dairies employs 140 "
            "people at its Zorbcombe creamery.\n")
    found = _story(text)
    assert found.get("Quistfair") == "PLACE" and found.get("Zorbcombe") == "PLACE", found
    assert found.get("Tollgate") == "ORG" and found.get("Pennard Vale Dairies") == "ORG", found


def test_a_body_before_office_after_the_stays_the_body() -> None:
    text = "Office\n\nThe Senate office said on Monday that Tollgate had been told.\n"
    assert _story(text).get("Senate") == "ORG", _story(text)
