"""Entity layer, round 65: invented sentences for each rule (every person, company and product here is fictional;
the places are real)."""
from __future__ import annotations

import pandas as pd

from tests.entity_helpers import corpus_story_mentions, story_types as _story


# --- a name glued to a plus is a product; the maker named alone elsewhere is split off ---------------------------
def test_a_name_closed_by_a_plus_is_a_product_and_its_maker_a_company() -> None:
    found = _story("Safety\n\nInspectors told families to unplug every Vorlo Stride+ in the house. "
                   "Vorlo called the advice alarmist.\n\nA Stride+ costs about $3,100.")
    assert found == {"Vorlo": "ORG", "Stride": "PRODUCT"}


def test_a_plus_name_whose_maker_is_never_named_alone_stays_one_product() -> None:
    found = _story("Streaming\n\nQuistel Play+ ended June with 9 million subscribers, a filing showed.")
    assert found == {"Quistel Play": "PRODUCT"}


def test_a_credit_rating_sign_is_no_product() -> None:
    found = _story("Ratings\n\nQuistland is rated AA+ by the agency, which said its outlook was stable.")
    assert "AA" not in found


# --- a negated auxiliary opening a question is no word of the name ---------------------------------------------
def test_a_negated_auxiliary_before_a_name_is_trimmed() -> None:
    found = _story("Questions\n\nVorlo rose on Monday.\n\nDidn't Vorlo warn about the motor last year?\n\n"
                   "Isn’t Zorbo Bank the larger lender?")
    assert found == {"Vorlo": "ORG", "Zorbo Bank": "ORG"}


# --- "the Nasdaq" moving or standing in the red is the index, not the exchange -------------------------------------
def test_the_nasdaq_after_an_epithet_with_its_move_is_the_index() -> None:
    found = _story("Markets\n\nChipmakers slid, and the tech-heavy Nasdaq shed 1.4% by noon.")
    assert found["Nasdaq"] == "INDEX"


def test_the_nasdaq_in_the_red_is_the_index() -> None:
    assert _story("Markets\n\nA late slide in software names left the Nasdaq in negative territory.")["Nasdaq"] == "INDEX"


def test_the_nasdaq_each_rose_is_the_index() -> None:
    found = _story("Markets\n\nBy the close the Dow and the Nasdaq each gained 0.8%, traders said.")
    assert found["Nasdaq"] == "INDEX"


def test_the_nasdaq_as_a_listing_venue_stays_the_exchange() -> None:
    assert _story("Markets\n\nQuistco moved its listing to the Nasdaq in 2017 to court tech investors.")["Nasdaq"] == "ORG"


# --- nationality nouns and adjectives of a people name no organisation ---------------------------------------------
def test_nationality_nouns_are_no_organisations() -> None:
    found = _story("Succession\n\nQuistco hired the Swede from a rival in 2016. An Englishwoman, Jane Roe's deputy, runs "
                   "the smelter. Critics cited Indigenous land rights and Aboriginal burial grounds.")
    assert found["Jane Roe"] == "PERSON"
    assert not {"Swede", "Englishwoman", "Indigenous", "Aboriginal"} & set(found)


def test_a_peoples_affairs_are_a_ministers_portfolio() -> None:
    found = _story("Heritage\n\nA spokesman for Aboriginal Affairs Minister Ben Quayle said the bill would pass.")
    assert found == {"Ben Quayle": "PERSON"}


# --- a given name, then a surname that is also a people's word ------------------------------------------------------
def test_a_titled_person_whose_surname_is_a_demonym_is_kept() -> None:
    found = _story("Court\n\nJudge Wayne Welsh said he would rule within a week. Sen. Dorma French disagreed.")
    assert found == {"Wayne Welsh": "PERSON", "Dorma French": "PERSON"}


def test_a_people_named_with_its_modifier_is_still_no_name() -> None:
    assert _story("Unrest\n\nEthnic Serbs blocked two border roads overnight.") == {}


# --- a common word after a country's possessive is a name ----------------------------------------------------------
def test_a_common_word_after_a_countrys_possessive_is_a_company() -> None:
    found = _story("Retail\n\nQuistmart fell 2%. Germany's Next rose 2.4% on Monday, and Spain's Whole, which sells "
                   "groceries, lost 1.1%.")
    assert found["Next"] == "ORG"
    assert found["Whole"] == "ORG"


def test_a_common_word_opening_a_sentence_stays_out() -> None:
    found = _story("Output\n\nTotal output dropped 5% in May, Germany's statistics office reported.")
    assert "Total" not in found


# --- the article's own outlet in the page around the story is a credit ---------------------------------------------
def _story_orgs(text: str, outlet: str) -> set[str]:
    """The people and organisations of one invented article's story (cleaned as the product cleans it)."""
    mentions = corpus_story_mentions({"a.txt": text}, outlet, "Brellick Retail slides")
    return set(mentions.loc[mentions["type"].isin(["ORG", "PERSON"]), "entity"])


_BODY = ("Brellick Retail shares fell 6% on Tuesday after the retailer cut its forecast, and Quorvane Cinemas rose 2% "
         "in a quiet market.\n\nThe company said sales fell 4% in the quarter to March, its third fall in a row.\n")


def test_the_own_outlet_opening_a_masthead_with_dashes_is_a_credit() -> None:
    text = "Brellick Retail slides\n\nMarrowby Examiner - Business - May 7, 2024 6:10 a.m.\n\n" + _BODY
    assert _story_orgs(text, "Marrowby Examiner") == {"Brellick Retail", "Quorvane Cinemas"}


def test_the_own_outlet_in_a_promotion_line_and_its_networks_are_credits() -> None:
    text = ("Brellick Retail slides\n\n" + _BODY + "\nTrending on Marrowby: Malls after the boom | Three retailers to hold\n\n"
            "Enjoyed this? Follow Marrowby on Twitter and Facebook for more.\n")
    assert _story_orgs(text, "Marrowby Investor") == {"Brellick Retail", "Quorvane Cinemas"}


def test_the_own_outlet_after_a_data_label_and_its_desk_are_credits() -> None:
    text = ("Brellick Retail slides\n\n" + _BODY + "\nMarrowby Data Desk: store closures to date: Brellick 40 | "
            "others to follow.\n\nData: Marrowby Energy Review. Quotes delayed 15 minutes.\n")
    assert _story_orgs(text, "Marrowby Energy Review") == {"Brellick Retail", "Quorvane Cinemas"}


def test_another_outlet_cited_in_prose_stays_an_organisation() -> None:
    text = ("Brellick Retail slides\n\n" + _BODY + "\nThe Harrowgate Post reported the cut first, and Follow-on "
            "sales fell too.\n")
    assert "Harrowgate Post" in _story_orgs(text, "Marrowby Examiner")


# --- an exchange-traded fund is quoted like an index, in every article once one names it so -------------------------
def test_a_fund_whose_apposition_says_it_is_exchange_traded_is_no_organisation() -> None:
    found = _story("Gas\n\nThe Quistal Gas Fund, an exchange-traded fund that holds futures, dropped 4.4% on Friday. "
                   "Exchange-traded funds such as the Zorbo Grain Fund drew inflows.")
    assert found == {"Quistal Gas Fund": "INDEX", "Zorbo Grain Fund": "INDEX"}


def test_a_state_fund_stays_an_organisation() -> None:
    found = _story("Stake\n\nThe Quistland Investment Fund, a sovereign wealth fund, bought 5% of Zorbo Mining.")
    assert found["Quistland Investment Fund"] == "ORG"


def test_a_fund_named_exchange_traded_in_one_article_is_a_fund_in_every_article() -> None:
    texts = {"a.txt": "Gas fund\n\nThe Quistal Gas Fund, an exchange-traded fund that holds futures, "
                      "dropped 4.4% on Friday.\n",
             "b.txt": "Gas fund\n\nThe Quistal Gas Fund told investors in a filing on Monday that it would roll "
                      "its positions.\n"}
    mentions = corpus_story_mentions(texts, "Marrowby Wire", "Oil fund")
    fund: pd.DataFrame = mentions.loc[mentions["entity"] == "Quistal Gas Fund"]
    assert len(fund) == 2
    assert set(fund["type"]) == {"INDEX"}


# --- vocabulary: a national oil stockpile and emergency medical services -----------------------------------------
def test_the_strategic_petroleum_reserve_is_a_stockpile_not_a_body() -> None:
    found = _story("Energy\n\nCongress voted to refill the Strategic Petroleum Reserve, and the Federal Reserve stayed quiet.")
    assert found == {"Congress": "ORG", "Strategic Petroleum Reserve": "OTHER", "Federal Reserve": "ORG"}


def test_ems_is_no_organisation() -> None:
    assert _story("Crash\n\nEMS crews took two drivers to hospital, the fire chief said.") == {}


# --- the brands a company lists after "brands, including" are products ------------------------------------------
def test_brands_listed_after_a_comma_and_including_are_products() -> None:
    found = _story("Stores\n\nQuistmart plans to retire four of its own brands, including Larkfield, Blue Thimble and "
                   "Loft 9B.")
    assert found["Larkfield"] == "PRODUCT"
    assert found["Blue Thimble"] == "PRODUCT"
    assert found["Loft 9B"] == "PRODUCT"


# --- a people named before "people" is no organisation ------------------------------------------------------------
def test_a_people_named_before_its_noun_is_no_organisation() -> None:
    found = _story("Heritage\n\nThe valley is the homeland of the Quista Korra and Zorbina (QKZ) people. Quistco said it "
                   "would talk to the Banjora people first. The QKZ Aboriginal Corporation welcomed Quistco's delay.")
    assert {name for name, kind in found.items() if kind in ("ORG", "PERSON")} == {"Quistco", "QKZ Aboriginal Corporation"}


def test_companies_with_people_after_them_stay_companies() -> None:
    found = _story("Staff\n\nQuistco and Zorbo people expect a deal, and the Apple people were pleased too.")
    assert found["Zorbo"] == "ORG"
    assert found["Apple"] == "ORG"


# --- a quote page's futures code, a forum on a network, a class of securities, a help line's note -----------------
def test_a_futures_code_is_no_name() -> None:
    found = _story("Energy\n\nPrices at 9:15 a.m.: QST -0.8% | NG=F +2.3%")
    assert "NG" not in found


def test_a_forum_named_after_its_networks_possessive_is_no_organisation() -> None:
    found = _story("Meme\n\nTraders cheered the rally in Reddit's Quistbets forum over the weekend.")
    assert found["Quistbets"] == "OTHER"


def test_a_class_of_securities_after_its_issuer_is_cut_off() -> None:
    found = _story("Listing\n\nQuist Cinemas shares fell 3% as its Quist Preferred Equity units began trading.")
    assert "Quist Preferred Equity" not in found
    assert found["Quist Cinemas"] == "ORG"


def test_the_organisations_of_a_help_lines_note_are_credits() -> None:
    text = ("Brellick Retail slides\n\n" + _BODY + "\nAnyone who needs support can call or text the Quistline Crisis Lifeline at any hour. The "
            "Zorbo Listeners can be reached by phone on 0800 555 010.\n")
    assert _story_orgs(text, "Marrowby Examiner") == {"Brellick Retail", "Quorvane Cinemas"}


# --- a firm's first word that is a descriptor elsewhere; common words a ticker names as a company -----------------
def test_a_descriptor_word_opening_a_firms_name_before_its_head_is_kept() -> None:
    found = _story("Desk\n\nThe view is mixed, said Jo Quarry, who heads research at Carrier Capital in Perth. "
                   "Carmaker Quistel fell.")
    assert found["Carrier Capital"] == "ORG"
    assert found["Quistel"] == "ORG"


def test_common_words_named_by_their_ticker_are_a_company() -> None:
    found = _story("Watch\n\nEvery Other (EO) - The discount grocer slid 4.2% after it trimmed its outlook.")
    assert found["Every Other"] == "ORG"


def test_an_index_familys_short_name_with_its_signed_figure_is_the_index() -> None:
    found = _story("Markets\n\nBenchmarks at noon: Dow -0.12%, S&P +0.41%, Nasdaq +0.66%\n\nQuistco fell 3% on Monday.")
    assert found["S&P"] == "INDEX"
    assert found["Nasdaq"] == "INDEX"


def test_the_rating_agency_acting_stays_an_organisation() -> None:
    assert _story("Ratings\n\nS&P lowered Quistland's rating by one notch on Friday.")["S&P"] == "ORG"


def test_the_nasdaq_closing_its_clause_with_a_verb_of_moves_is_the_index() -> None:
    found = _story("WALL ST-Dow firms, Nasdaq eases as Quistco drags\n\nBlue chips held up on Thursday while the "
                   "Nasdaq retreated, as chip stocks sagged.")
    assert found["Nasdaq"] == "INDEX"



# --- an index named with a common first word; a ship class -------------------------------------------------------
def test_an_index_whose_name_opens_on_a_common_word_is_whole() -> None:
    found = _story("Sydney\n\nMiners led the market higher, and the All Ordinaries added 0.6 per cent by the close.")
    assert found["All Ordinaries"] == "INDEX"
    assert "Ordinaries" not in found


def test_a_ship_class_is_no_organisation() -> None:
    assert _story("Tankers\n\nThe day rate for a VLCC rose to $52,000 this week, brokers said.") == {}

