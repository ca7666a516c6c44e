"""Entity layer, round 66: invented sentences for each rule (every person, company and product here is fictional;
the places are real)."""
from __future__ import annotations

from tests.entity_helpers import corpus_story_mentions, linked_mentions as _linked, story_types as _story


# --- the letters of an office or an honour after a name are no organisation ----------------------------------------
def test_counsel_letters_after_a_name_are_no_organisation() -> None:
    found = _story("Review\n\nVorlo Retail appointed barrister Tamsin Quarrel KC to lead a review of its suppliers.")
    assert found == {"Vorlo Retail": "ORG", "Tamsin Quarrel": "PERSON"}


def test_honour_letters_after_a_comma_are_no_organisation() -> None:
    found = _story("Review\n\nThe report was written by Edwin Marlow, QC, and published on Monday by Zorbo Group.")
    assert found == {"Edwin Marlow": "PERSON", "Zorbo Group": "ORG"}


def test_letters_that_open_a_sentence_are_left_to_the_other_rules() -> None:
    found = _story("Review\n\nThe lender said its QC team had checked every file. OBE Holdings rose 2%.")
    assert "OBE Holdings" in found


# --- two trades joined by "and" inside one company's name ----------------------------------------------------------
def test_two_trades_joined_by_and_before_a_legal_form_are_one_company() -> None:
    found = _story("Utility\n\nIts unit, Marrowby Gas and Electric Co, would also seek protection, Quistel said.")
    assert "Marrowby Gas and Electric" in found
    assert not {"Marrowby Gas", "Electric", "Electric Co"} & set(found)


def test_two_trades_joined_by_and_without_a_legal_form_are_one_company() -> None:
    found = _story("Utility\n\nRegulators fined Brellick Gas and Electric for the outage on Tuesday.")
    assert "Brellick Gas and Electric" in found


def test_two_companies_joined_by_and_stay_two() -> None:
    found = _story("Deal\n\nQuistel Energy and Zorbo Power agreed to merge, and Vorlo Bank and Brellick Corp advised.")
    assert {"Quistel Energy", "Zorbo Power", "Vorlo Bank", "Brellick"} <= set(found)


# --- initials never written in brackets are the name whose capitals they spell, across the corpus -----------------
def test_initials_spelling_a_commodity_name_in_another_article_are_one_entity() -> None:
    linked = _linked({
        "a": "Oil\n\nMarrow Basin Sour fell 4% to $31 a barrel on Monday as storage filled.",
        "b": "Oil\n\nMBS crude slid again on Tuesday, traders said, and the contract fell 3%.",
    })
    rows = linked[linked["surface"].isin(["Marrow Basin Sour", "MBS"])]
    assert len(set(rows["entity"])) == 1


def test_initials_of_a_company_written_after_its_full_name_in_another_article_are_one_company() -> None:
    linked = _linked({
        "a": "Utility\n\nQG&E said on Monday it would file for bankruptcy. QG&E shares fell 50%.",
        "b": "Utility\n\nQuistford Gas and Electric Co, the utility, said it had paid its suppliers.",
    })
    assert set(linked.loc[linked["doc_id"] == "b", "entity"]) >= {"QG&E"}
    assert "Quistford Gas and Electric" not in set(linked["entity"])


def test_initials_that_fit_two_names_link_neither() -> None:
    linked = _linked({
        "a": "Banks\n\nQZB said on Monday its profit rose 4%.",
        "b": "Banks\n\nQuist Zorbo Bank and Quarrel Zenith Brokers both said they would cut jobs.",
    })
    assert {"Quist Zorbo Bank", "Quarrel Zenith Brokers"} <= set(linked["entity"])


# --- a listed company named by a common word, where a company's grammar stands around it ---------------------------
def test_a_listed_common_word_company_with_a_move_or_a_statement_is_a_company() -> None:
    found = _story("Retail\n\nBrellick Retail fell 4%, while Next rose 0.6%. Next said in a statement it had "
                   "removed the range.")
    assert found == {"Brellick Retail": "ORG", "Next": "ORG"}


def test_a_listed_common_word_company_listed_with_another_listed_company_is_a_company() -> None:
    found = _story("Retail\n\nZalando and Next removed the range on Tuesday, a day after the report.")
    assert found == {"Zalando": "ORG", "Next": "ORG"}


def test_the_common_word_without_a_company_s_grammar_is_no_name() -> None:
    found = _story("Retail\n\nNext, the board will meet in June. Next week Brellick Retail reports, and next "
                   "year it may move.")
    assert "Next" not in found


# --- a code in brackets after a name, then a share move, is the ticker of a listed company ------------------------
def test_a_bracketed_code_before_a_share_move_makes_an_initialled_name_a_company() -> None:
    found = _story("Staples\n\nBrindle Foods (BFD) fell 1.6%, T.R. Quarrel (TRQ) lost 2.0% and Zorbo (ZRB) slipped.")
    assert found["T.R. Quarrel"] == "ORG"
    assert "TRQ" not in found


def test_a_party_in_brackets_after_a_person_stays_the_party() -> None:
    found = _story("Vote\n\nChancellor Jo Quist (ZDP) said the budget would pass.")
    assert found == {"Jo Quist": "PERSON", "ZDP": "ORG"}


# --- a credit rating near a rating agency's name ------------------------------------------------------------------
def test_moody_s_grades_near_the_agency_are_no_organisations() -> None:
    found = _story("Utility\n\nMoody’s cuts Quistel Corp to Caa3 from Ba3. That is six steps in one move.")
    assert not {"Caa3", "Ba3"} & set(found)


# --- a party's member from a place ---------------------------------------------------------------------------------
def test_a_place_before_a_party_member_is_no_organisation() -> None:
    found = _story("Bailout\n\nThe bill was written by Tamsin Vorle, a Fresno Democrat, and opposed by Edwin Marlow, "
                   "a Modesto Republican.")
    assert {k: v for k, v in found.items() if v in ("ORG", "PERSON")} == {"Tamsin Vorle": "PERSON",
                                                                         "Edwin Marlow": "PERSON"}


# --- a bill's code with its number is no organisation, nor the initials of a town ---------------------------------
def test_a_bill_code_with_its_number_is_no_organisation_nor_a_town_s_initials() -> None:
    found = _story("Bailout\n\nHe has criticised the utility since the 2010 Quarry Bend explosion. The author of the "
                   "wildfire bill, QB 901, said lawmakers would revisit it. QB 901 was signed in 2018.")
    assert "QB" not in found
    assert found.get("Quarry Bend") != "ORG"


# --- an operation's, a sporting event's or an era's name is no person -----------------------------------------------
def test_an_operation_a_final_and_an_era_are_no_people() -> None:
    found = _story("Police\n\nThe enforcement effort, codenamed Operation Quillet, is led by Zorbo Authority. The "
                   "brand spent the price of one Super Bowl commercial on it. People lived there before the last "
                   "Ice Age.")
    assert {k: v for k, v in found.items() if v in ("ORG", "PERSON")} == {"Zorbo Authority": "ORG"}


# --- the owner of a named site is a company, across the corpus ------------------------------------------------------
def _corpus_types(texts: dict[str, str]) -> dict[str, set[str]]:
    """entity -> its types in the story mentions of invented articles (file name -> text), read as the product
    reads a corpus."""
    return corpus_story_mentions(texts).groupby("entity")["type"].agg(set).to_dict()


def test_the_owner_of_a_named_mine_is_a_company_over_a_place_cue_elsewhere() -> None:
    types = _corpus_types({
        "a.txt": "Mining\n\nWhen a tailings dam collapsed at Quistel's Zorbadinho mine in Brazil, 27 people died.",
        "b.txt": "Mining\n\nThe Zorbadinho dam collapse at Quistel in 2019 was cited by the fund.",
    })
    assert types["Quistel"] == {"ORG"}


def test_a_country_before_a_named_mine_stays_a_place() -> None:
    found = _story("Mining\n\nChile's Escondida mine is the largest copper mine.")
    assert found["Chile"] == "PLACE"


# --- the names in capitals heading a factbox's items --------------------------------------------------------------
_FACTBOX = ("Factbox\n\nHow investors responded to the report:\n\n"
            "ZORBO - The German retailer paused sales on July 7.\n\n"
            "QUARREL LIFE BRINDLEY - Said on July 9 it had sold most of its holding.\n\n"
            "HOME SECRETARY TAMSIN VORLE - Said on July 6 she was appalled by the reports.\n\n"
            "NATIONAL FRAUD AGENCY - Said on July 7 its officers had visited the factories.\n")


def test_names_in_capitals_heading_a_factbox_s_items_are_named() -> None:
    found = _story(_FACTBOX)
    assert found.get("Quarrel Life Brindley") == "ORG"
    assert found.get("National Fraud Agency") == "ORG"
    assert found.get("Tamsin Vorle") == "PERSON"


def test_a_dateline_in_capitals_before_a_dash_is_no_factbox_item() -> None:
    found = _story("Shares\n\nNEW YORK - Shares of Quistel Corp fell 4% on Monday after the report.")
    assert {k: v for k, v in found.items() if v in ("ORG", "PERSON")} == {"Quistel": "ORG"}
