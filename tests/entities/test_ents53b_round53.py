"""Entity layer, round 53 (helper ents53b): classes read on CORPUS82 and CORPUS83, one invented case per rule with
what the rule must leave alone. Every place, person, body, company and ship here is fictional."""
from __future__ import annotations

from analysis.entities.evidence import FORM
from analysis.entities.recognize import recognize_entities, recognize_rows_scored


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a shoal a ship runs aground on is a place, no bank ----------------------------------------------------------
def test_a_bank_a_ship_runs_aground_on_is_a_place() -> None:
    found = _story("Ship stuck\n\nThe bulk carrier Marisol Dawn ran aground on the Quellin Bank early on Monday.")
    assert found.get("Quellin Bank") == "PLACE"


def test_a_bank_an_apposition_calls_a_sandbank_is_a_place() -> None:
    found = _story("Ship stuck\n\nThe vessel sits on the Quellin Bank, a sandbank in the middle of the channel.")
    assert found.get("Quellin Bank") == "PLACE"


def test_a_ship_pulled_off_a_bank_names_a_place() -> None:
    found = _story("Tugs fail\n\nTugs tried to pull the carrier Marisol Dawn off the Quellin Bank at high tide.")
    assert found.get("Quellin Bank") == "PLACE"


def test_a_run_on_a_bank_and_a_loan_from_one_stay_organisations() -> None:
    found = _story("Depositors queue\n\nThere was a run on the Quellin Bank on Monday, and Zorvex got a loan "
                   "from the Quellin Bank. Quellin Bank said it had enough cash.")
    assert found.get("Quellin Bank") == "ORG"


# --- a headline's place named by its head word ---------------------------------------------------------------
def test_a_headline_place_with_its_head_is_not_its_first_word() -> None:
    # "Dunmarsh" alone would be an organisation's name (or a catalog company's); "Dunmarsh Strait" is the place
    text = ("Ship aground in Dunmarsh Strait, coastguard says\n\nA ship ran aground in the Strait of Dunmarsh "
            "on Wednesday. Shares of Dunmarsh Ferries fell 3%.")
    df = recognize_entities(text, text.find("\n"))
    head = df[df["start"] < text.find("\n")]
    assert set(head["name"]) <= {"Dunmarsh Strait"}


# --- a Q&A turn's label is no word of a title-case line ---------------------------------------------------------
def test_a_question_after_a_turn_label_is_no_title() -> None:
    found = _story("Q&A with a grocer\n\nQuist Review: What happens with Marrow Orchards?\n\nRoe: We keep buying.")
    assert "Marrow Orchards" in found  # found at all (its type is the linking's to settle)


def test_a_title_case_heading_after_a_label_stays_a_title() -> None:
    df = recognize_entities("Plans\n\nAnalysis: Why Quellin Ferrous Is Losing Ground?\n\nThe market is calm.", 5)
    assert "Quellin Ferrous" not in set(df["name"])


# --- lexicon: "Produce" closes a company's name, "Commons" a site's, "Cap" opens a cape's --------------------------
def test_produce_closes_a_company_name() -> None:
    assert _story("Supply\n\nThe grocer stopped buying from Marrow Produce last week.").get("Marrow Produce") == "ORG"


def test_commons_closes_a_site_name() -> None:
    found = _story("Closing\n\nShe worked at the Quillan Commons mall in 1994. Quillan Commons is owned by Zorvex.")
    assert found.get("Quillan Commons") == "PLACE"


def test_cap_opens_a_cape_name() -> None:
    assert _story("At sea\n\nCap Quistel lies 20 miles south of the port.").get("Cap Quistel") == "PLACE"


# --- a ship lies off a coast ------------------------------------------------------------------------------------
def test_a_coast_a_ship_lies_off_is_a_place() -> None:
    found = _story("At sea\n\nAbout 30 vessels were waiting at anchor off Quistness on Wednesday.")
    assert found.get("Quistness") in (None, "PLACE")
    assert found.get("Quistness") != "ORG"


# --- a given name of two hyphened syllables ("Sun-hee", "Ji-hoon") ----------------------------------------------
def test_a_hyphened_syllable_given_name_is_kept_before_the_surname() -> None:
    found = _story("Analysts split\n\nMin-jun Park, an analyst at Quist Securities, said the deal was fair.")
    assert found.get("Min-jun Park") == "PERSON"
    assert "Park" not in found


def test_a_surname_first_name_with_a_syllable_given_name_is_a_person() -> None:
    # typed by its form, not a bare name's default that another article's guess could outvote
    rows = recognize_rows_scored("Analysts split\n\nPark Ji-hoon said the deal was fair.", 14)
    assert [(r[3], r[4]) for r in rows] == [("Park Ji-hoon", "PERSON")]
    assert rows[0][6] >= FORM


def test_a_compound_adjective_before_a_name_is_still_trimmed() -> None:
    found = _story("Movers\n\nMid-cap Quistel rose 3% and Short-dated Zorbo bonds fell.")
    assert "Mid-cap Quistel" not in found


def test_a_co_op_is_an_organisation() -> None:
    assert _story("Dairy\n\nThe Quistel Co-op said milk prices would rise.").get("Quistel Co-op") == "ORG"


# --- the employer of a company's post is an organisation, though named after its founder ------------------------
def test_a_firm_named_after_its_founder_is_the_employer_of_his_post() -> None:
    found = _story("Tow begins\n\nPieter Halvorsen, managing director of Halvorsen Salvage, said the tow would start. "
                   "Halvorsen Salvage has three tugs.")
    assert found.get("Halvorsen Salvage") == "ORG"
    assert found.get("Pieter Halvorsen") == "PERSON"


# --- lexicon: "State Sen.", "State Rep." are titles ------------------------------------------------------------
def test_state_before_an_abbreviated_title_is_part_of_the_title() -> None:
    found = _story("Plant closes\n\nState Sen. Tamsin Vorle, whose district includes the plant, said it was not enough.")
    assert "State" not in found
    assert found.get("Tamsin Vorle") == "PERSON"
