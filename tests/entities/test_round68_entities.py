"""Entity layer, round 68: invented sentences for each rule (every person, company and product here is fictional;
the places are real)."""
from __future__ import annotations

from tests.entity_helpers import corpus_story_mentions, linked_mentions, story_types


# --- a word opening two companies' names of the article is their group, no short form of either -------------------
def test_a_word_opening_two_companies_names_alone_is_their_group() -> None:
    found = story_types("Verdict\n\nQuistung Electronics shares fell 3% on Monday and Quistung Marine rose 1%. "
                        "Quistung said on Tuesday it would appeal the ruling.")
    assert found == {"Quistung Electronics": "ORG", "Quistung Marine": "ORG", "Quistung": "ORG"}


def test_the_group_named_as_such_takes_the_word_alone() -> None:
    found = story_types("Verdict\n\nQuistung Group shares fell 3% on Monday. Quistung Marine rose 1%. Quistung "
                        "said it would appeal.")
    assert found == {"Quistung Group": "ORG", "Quistung Marine": "ORG"}


def test_a_word_opening_one_company_is_its_short_form() -> None:
    found = story_types("Results\n\nQuistung Electronics shares fell 3% on Monday. Quistung said sales fell.")
    assert found == {"Quistung Electronics": "ORG"}


def test_capitals_after_a_family_name_of_two_companies_are_no_tickers() -> None:
    linked = linked_mentions({
        "a": "Markets\n\nQuistung Electronics fell 2%, Quistung K&P lost 1% and Quistung ZMI rose 3%. Quistung "
             "Marine was flat.",
        "b": "Markets\n\nQuistung, the group, said on Monday it would appeal. Quistung Marine rose.",
    })
    entities = dict(zip(linked["surface"], linked["entity"]))
    assert entities["Quistung K&P"] == "Quistung K&P"
    assert entities["Quistung ZMI"] == "Quistung ZMI"


# --- a trade name after ", known as" belongs to the name right before it, never to the story's first company -------
def test_a_trade_name_after_another_name_is_no_name_of_the_first_company() -> None:
    linked = linked_mentions({
        "a": "Deal\n\nVorlo Motors will take over the freight unit of Quistel Global, known as ZORBA, for $2 "
             "billion. Vorlo said the deal would close in May.",
        "b": "Debt\n\nVorlo Motors sold notes to fund its ZORBA purchase. The ZORBA depots are pledged.",
    })
    assert set(linked.loc[linked["surface"] == "ZORBA", "entity"]) == {"ZORBA"}


def test_a_trade_name_after_the_company_noun_is_the_first_companys() -> None:
    found = story_types("Assembler\n\nQuistel Precision shares rose 2% on Monday. The company, known as Quistcon, "
                        "also builds servers. Quistcon said demand was strong.")
    assert found == {"Quistcon": "ORG"}  # one company, shown by the trade name the text goes on to use


# --- an exchange's short name with an index's figures or beside an index is the index ------------------------------
def test_the_nasdaq_in_a_market_line_without_verbs_is_the_index() -> None:
    found = story_types("Markets\n\n11:15 ET - At noon: Dow down 0.7%, S&P 500 down 0.9%, Nasdaq down 1.3%.")
    assert found["Nasdaq"] == "INDEX"


def test_the_nasdaq_with_its_level_and_move_in_brackets_is_the_index() -> None:
    found = story_types("Markets\n\nAt the bell: S&P 500 4,102.55 (-0.31%) | Nasdaq 12,345.67 (-0.42%) | Dow flat")
    assert found["Nasdaq"] == "INDEX"


def test_the_nasdaq_opening_a_headline_with_its_figure_is_the_index() -> None:
    assert story_types("Nasdaq jumps 5.1% as yields ease\n\nStocks rallied.")["Nasdaq"] == "INDEX"


def test_the_nasdaq_falling_into_correction_in_a_headline_is_the_index() -> None:
    found = story_types("Vorlo drags as Nasdaq slides into correction\n\nStocks fell.")
    assert found["Nasdaq"] == "INDEX"


def test_the_nasdaq_joined_to_an_index_is_the_index() -> None:
    found = story_types("Markets\n\nThe S&P 500 and the Nasdaq both hit records on Tuesday.")
    assert found == {"S&P 500": "INDEX", "Nasdaq": "INDEX"}


def test_the_nasdaq_having_its_worst_day_is_the_index() -> None:
    found = story_types("Markets\n\nVidlo fell 6% as the Nasdaq had its worst week since March.")
    assert found == {"Vidlo": "ORG", "Nasdaq": "INDEX"}


def test_the_nasdaq_as_a_listing_venue_or_beside_an_exchange_stays_the_exchange() -> None:
    assert story_types("Markets\n\nVidlo listed on the Nasdaq in 2015 at $21 a share.")["Nasdaq"] == "ORG"
    found = story_types("Markets\n\nVidlo moved its listing from the NYSE and the Nasdaq said it welcomed the firm.")
    assert found["Nasdaq"] == "ORG"


# --- a label in capitals opening a line is no name ------------------------------------------------------------------
def test_a_label_in_capitals_before_a_line_of_figures_is_no_name() -> None:
    found = story_types("Markets\n\nVorlo shares fell 3% on Monday.\n\nMARKETS AT A GLANCE: Dow 31,204.10 (+1.10%) | "
                        "S&P 500 4,120.02 (+0.84%)\n\nCLOSE: S&P 500 4,102.55 (-0.31%) | Dow 31,870.40 (+0.12%)\n")
    assert found == {"Vorlo": "ORG", "Dow": "INDEX", "S&P 500": "INDEX"}


def test_a_live_blogs_entry_label_in_capitals_is_no_name() -> None:
    found = story_types("Markets live\n\n13:30 ET - Vorlo shares fell 3%.\n\n14:45 ET - CLOSE. The Dow ends 0.8% "
                        "lower.\n")
    assert found == {"Vorlo": "ORG", "Dow": "INDEX"}


def test_a_company_in_capitals_opening_a_movers_line_stays_a_company() -> None:
    found = story_types("Movers\n\nShares moved on Monday.\n\nQUISTEL: Shares rose 3% after results beat forecasts.\n")
    assert found == {"QUISTEL": "ORG"}


# --- a legal form in capitals standing alone as a company's subject is a name ---------------------------------------
def test_a_legal_form_alone_with_its_shares_or_its_move_is_a_company() -> None:
    found = story_types("Airlines\n\nRival SAS shares slid 1.4% and Quistair lost 0.8%. Elsewhere, ASA lost 1.9% in "
                        "Stockholm. SAS said it would add routes.")
    assert found == {"SAS": "ORG", "Quistair": "ORG", "ASA": "ORG", "Stockholm": "PLACE"}


def test_a_legal_form_after_a_name_stays_the_names_form() -> None:
    found = story_types("Deal\n\nQuistel SAS said it would cut jobs, and Zorbo ASA shares fell 2%.")
    assert found == {"Quistel": "ORG", "Zorbo": "ORG"}


# --- the article's own outlet on a line that sells it or disclaims advice is page furniture ----------------------
_MOVES = "Quistel shares rose 4% on Tuesday after the retailer raised its forecast.\n\n"


def test_the_own_outlet_in_a_subscribers_line_is_no_organisation_of_the_story() -> None:
    text = "Quistel rises\n\n" + _MOVES + "Marrowby Weekly subscribers can download our scorecard here.\n"
    assert _story_orgs(text, "Marrowby Weekly") == {"Quistel"}


def test_the_own_outlets_paid_service_and_its_disclaimer_are_no_organisations() -> None:
    text = ("Quistel rises\n\n" + _MOVES + "For real-time quotes, log in to Marrowby Brief Pro. Not investment advice."
            "\n\nMarrowby Brief is not a registered investment adviser.\n")
    assert _story_orgs(text, "Marrowby Brief") == {"Quistel"}


def test_another_outlet_on_a_subscribers_line_stays_an_organisation() -> None:
    text = "Quistel rises\n\n" + _MOVES + "Harrowgate Post subscribers were told first.\n"
    assert _story_orgs(text, "Marrowby Weekly") == {"Quistel", "Harrowgate Post"}


def _story_orgs(text: str, outlet: str) -> set[str]:
    mentions = corpus_story_mentions({"a.txt": text}, outlet, "Quistel rises")
    return set(mentions.loc[mentions["type"].isin(["ORG", "PERSON"]), "entity"])


# --- a day named after people, with the plural's apostrophe, is no organisation; nor is its "Eve" -----------------
def test_a_plurals_day_is_no_organisation() -> None:
    found = story_types("Sales\n\nQuistel said sales during the Bachelors' Day shopping festival rose 20%.")
    assert found == {"Quistel": "ORG", "Bachelors": "OTHER"}


def test_the_eve_of_a_named_day_is_no_organisation() -> None:
    found = story_types("Rally\n\nQuistel shares have doubled since New Year's Eve, traders said.")
    assert "Eve" not in found


# --- a place's abbreviated head in a dateline's capitals stays on the place -----------------------------------------
def test_saint_in_a_datelines_capitals_is_part_of_the_place() -> None:
    found = story_types("Verdict\n\nST. LOUIS, Missouri - A jury cleared Quistel of fraud on Tuesday in St. Louis.")
    assert found == {"St. Louis": "PLACE", "Missouri": "PLACE", "Quistel": "ORG"}


# --- a wire brief's sentences in capitals: names by their head words or given names, no title-cased runs ------------
_BRIEF = ("BRIEF-Vorlo slides\n\nFeb 20 (Quist Wire) -\n\n"
          "* VORLO SHARES ROSE 2.3% AS THE BOARD APPOINTS FORMER MINISTER JOAQUIM ZORBA E QUIST AS CHAIR AFTER "
          "ROBERTO QUISTAL\n\n"
          "* QUISTBY SECURITIES RAISES PRICE TARGET TO 88 EUROS FROM 80, KEEPS HOLD\n\n"
          "* ZORBELLWICK & CO RAISES PRICE TARGET TO 91 EUROS FROM 84\n")


def test_a_shouted_briefs_companies_are_named_by_their_head_words() -> None:
    found = story_types(_BRIEF)
    assert found["QUISTBY SECURITIES"] == "ORG"
    assert found["ZORBELLWICK & CO"] == "ORG"


def test_a_shouted_briefs_people_are_named_by_their_given_names() -> None:
    found = story_types(_BRIEF)
    assert found["Joaquim Zorba E Quist"] == "PERSON"
    assert found["Roberto Quistal"] == "PERSON"


def test_a_shouted_sentence_yields_no_title_cased_run_nor_a_word_of_it() -> None:
    assert story_types(_BRIEF) == {"Joaquim Zorba E Quist": "PERSON", "Roberto Quistal": "PERSON",
                                   "QUISTBY SECURITIES": "ORG", "ZORBELLWICK & CO": "ORG"}  # no "As The Board", "Target"
