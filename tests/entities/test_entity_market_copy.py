"""Entity layer on market copy: wire credits, defined terms and trial code names, lists of moves, ratings.

One invented sentence per general rule (round 9b); every person, company, outlet and town here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from analysis.corpus.load import load_corpus
from analysis.entities.recognize import recognize_entities
from analysis.entities.resolve import entity_mentions


def _rows(text: str):
    return recognize_entities(text)


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text`."""
    df = _rows(text)
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def _people_orgs(text: str) -> set[str]:
    return {n for n, t in _story(text).items() if t in ("PERSON", "ORG")}


# --- credits -------------------------------------------------------------------------------------------------
def test_a_dateline_without_its_place_is_a_credit() -> None:
    text = "May 4 (Quill Newswire) - Zorbo Holdings lifted its dividend on Tuesday.\n"
    assert _people_orgs(text) == {"Zorbo Holdings"}
    credit = _rows(text)
    assert set(credit.loc[credit["role"] == "credit", "name"]) == {"Quill Newswire"}


def test_a_reprint_line_is_a_credit() -> None:
    text = "Zorbo Holdings lifted its dividend on Tuesday.\n\nThis report is based on reporting by Quill Newswire.\n"
    assert _people_orgs(text) == {"Zorbo Holdings"}
    # the source a republished article names is an organisation of the story (round 38, test_ents42_entities.py)
    text = "Zorbo Holdings lifted its dividend on Tuesday.\n\nThis article was republished from Quill Newswire.\n"
    assert _people_orgs(text) == {"Zorbo Holdings", "Quill Newswire"}


def test_a_newswire_named_in_the_story_is_an_organisation() -> None:
    assert _story("Jane Roe told Quill Newswire that the plan was sound.")["Quill Newswire"] == "ORG"


# --- terms and code names ------------------------------------------------------------------------------------
def test_an_acronym_defined_by_a_lower_case_phrase_is_a_term() -> None:
    text = ("Zorbo Holdings said its pill for chronic quistal fibrosis (CQF) failed. "
            "Patients with CQF were disappointed.")
    assert _people_orgs(text) == {"Zorbo Holdings"}
    assert _story(text)["CQF"] == "OTHER"


def test_an_acronym_defined_by_capitalised_words_stays_an_organisation() -> None:
    text = "The Quist Valley Authority (QVA) said on Monday that QVA would review the plan."
    assert _story(text)["Quist Valley Authority"] == "ORG"


def test_a_trial_code_name_is_no_organisation() -> None:
    text = ("Zorbo Holdings said the 620-person QUEST-AF trial had failed. The QUEST-AF study opened in 2021, "
            "and the Phase 3 ORBIT trial reads out next year.")
    assert _people_orgs(text) == {"Zorbo Holdings"}


def test_a_term_defined_in_one_article_is_a_term_across_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Zorbo falls\n\nZorbo Holdings said its drug for chronic quistal fibrosis "
                                    "(CQF) failed on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Zorbo slides again\n\nZorbo Holdings fell 4% as CQF investors sold. "
                                    "The CQF market is small.\n", encoding="utf-8")
    mentions = entity_mentions(load_corpus(tmp_path))
    assert set(mentions.loc[mentions["entity"] == "CQF", "type"]) == {"OTHER"}


# --- lists of moves, ratings, indices, towns -----------------------------------------------------------------
def test_a_company_opening_a_line_of_moves_is_found() -> None:
    assert "Brindlejet" in _people_orgs("Peers: Brindlejet +4.2%, Quistair -0.6%.")
    assert "Brindlejet" in _people_orgs("11:05 BST\nBrindlejet closed up 0.7% in Oslo.")
    assert "Brindlejet" in _people_orgs("Quistair fell.\n\nBrindlejet is down 3% over the past month.")


def test_an_airline_named_with_air_is_an_organisation() -> None:
    assert _story("Zorbo Air advanced 0.4% on Friday.")["Zorbo Air"] == "ORG"


def test_an_index_before_a_comma_keeps_its_number() -> None:
    assert _story("The CAC 40, by contrast, rose 1.2% on the day.") == {"CAC 40": "INDEX"}


def test_a_credit_rating_is_no_organisation() -> None:
    text = "Quill Ratings affirmed the carrier's AA rating. A rival was cut to BB+ from BBB- by Quill later."
    assert _people_orgs(text) == {"Quill Ratings"}
    assert "BBB" in _people_orgs("The BBB said it had received complaints about Zorbo Holdings.")


def test_an_adjective_before_a_common_acronym_is_no_name() -> None:
    assert _people_orgs("Huge R&D costs weighed. Zorbo Holdings said so.") == {"Zorbo Holdings"}


def test_the_town_after_an_age_is_a_place() -> None:
    assert _story("Jane Roe, 52, of Brindleford, said her train was late.")["Brindleford"] == "PLACE"


# --- subsidiaries and parents --------------------------------------------------------------------------------
def test_a_subsidiary_before_its_parent_is_its_own_organisation() -> None:
    text = "Quistair owner Zorbo International Airlines Group (ZIAG) slipped 0.3%. Quistair parent ZIAG said it would help."
    df = _rows(text)
    assert set(df.loc[df["surface"] == "Quistair", "name"]) == {"Quistair"}
    assert set(df.loc[df["surface"] == "ZIAG", "name"]) == {"Zorbo International Airlines Group"}
    assert _story(text)["Quistair"] == "ORG"


# --- possessives and tickers ---------------------------------------------------------------------------------
def test_the_employer_before_a_person_is_an_organisation() -> None:
    story = _story("Brindle's Roe said demand was weak.")
    assert story == {"Brindle": "ORG", "Roe": "PERSON"}
    assert _story("Marwick Lyle's Peter Osgood, who rates the stock a buy, said so.")["Marwick Lyle"] == "ORG"
    assert _story("Freedonia's Jane Roe won.")["Jane Roe"] == "PERSON"


def test_an_undefined_ticker_joins_the_company_it_abbreviates() -> None:
    df = _rows("Quistaven slid 2% on Friday. The writer owns QSTV stock.")
    assert set(df.loc[df["surface"] == "QSTV", "name"]) == {"Quistaven"}
    df = _rows("Brindle Labs rose 2%. BLX was quiet.")  # letters that are no abbreviation of the company
    assert set(df.loc[df["surface"] == "BLX", "name"]) == {"BLX"}


# --- places ----------------------------------------------------------------------------------------------------
def test_one_country_under_its_short_names_is_one_place(tmp_path: Path) -> None:
    text = "The U.S. said the United States would act. America is big. The UK agreed with Britain."
    story = _story(text)
    assert story == {"United States": "PLACE", "United Kingdom": "PLACE"}
    (tmp_path / "a.txt").write_text("Talks\n\nThe US and Freedonia met on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("More talks\n\nAmerica and Freedonia met again.\n", encoding="utf-8")
    mentions = entity_mentions(load_corpus(tmp_path))
    places = mentions.loc[mentions["type"] == "PLACE"]
    assert set(places.loc[places["alias"].isin(["US", "America"]), "entity"]) == {"United States"}


def test_a_seat_of_government_that_acts_is_an_organisation() -> None:
    assert _story("The White House said on Monday it would act. Jane Roe spoke at the White House.")[
        "White House"] == "ORG"
    assert _story("Kremlin officials denied the report.")["Kremlin"] == "ORG"
    assert _story("Protesters gathered outside the Kremlin on Monday.")["Kremlin"] == "PLACE"


def test_an_exchange_and_its_market_inside_ticker_notation_is_no_entity() -> None:
    df = _rows("Quistaven Pharma A/S (Nasdaq Helsinki: QSTV) fell 4%.")
    assert set(df["name"]) == {"Quistaven Pharma"}


def test_a_name_said_to_be_a_treatment_is_a_product() -> None:
    assert _story("Zorbo Holdings rose. Zorvex is a weekly injection for gout.")["Zorvex"] == "PRODUCT"
    assert _story("Quistmed, whose Quistrel is among the approved therapies for gout, rose 0.7%.")[
        "Quistrel"] == "PRODUCT"


def test_a_c_suite_title_between_a_company_and_a_person_splits_them() -> None:
    from analysis import analyse
    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle

    text = ("Harbor drug fails\n\nHarbor Biosciences shares fell 60% on Monday.\n\n"
            "Harbor Chief Medical Officer Dana Whitlow said the company would study the data.")
    corpus = build_corpus([(RawArticle(file="a.txt", text=text), {"published": "2026-06-11", "outlet": "Wire"}, "corpus")])
    found = dict(zip(analyse(corpus).entity_mentions["entity"], analyse(corpus).entity_mentions["type"]))
    assert found.get("Dana Whitlow") == "PERSON"
    assert not any("Officer" in name for name in found)


# --- round 9c: fronted places, ships, two-city datelines, newsletter promos, routes --------------------------
def test_a_fronted_place_splits_from_the_subject() -> None:
    text = "Zorvel Group cut prices in Norway. In Norway Zorvel is the number two player, said Jane Roe."
    found = _story(text)
    assert found.get("Norway") == "PLACE" and found.get("Zorvel Group") == "ORG"
    assert not any(name.startswith("Norway ") for name in found)


def test_a_ship_named_with_the_article_is_no_entity() -> None:
    text = ("The Morwen Dawn, laden with 7,300 boxes, ran aground on Monday. "
            "Salvors failed to refloat the Morwen Dawn on Tuesday, Zorbo Holdings said.")
    assert _people_orgs(text) == {"Zorbo Holdings"}
    assert _story("The Federal Register published the rule. Officials cited the Federal Register.") == {
        "Federal Register": "ORG"}


def test_a_dateline_with_two_cities_is_a_credit() -> None:
    text = "OSLO/BERGEN, March 9 (Quill Newswire) - Shares in Zorbo Holdings slid 3.3% on Thursday.\n"
    assert _people_orgs(text) == {"Zorbo Holdings"}


def test_a_newsletter_promotion_and_a_currency_headline_are_no_organisations() -> None:
    text = ("Zorbo Holdings slid 3.3% on Thursday.\n\n"
            "Sign up for the Quill Evening Digest to get our picks in your inbox.\n\n"
            "Quill Sixty is our weekly newsletter - subscribe today.\n\n"
            "Top stories: 1. Pound firms as inflation eases\n")
    assert _people_orgs(text) == {"Zorbo Holdings"}


def test_the_cape_of_a_sea_route_is_a_place() -> None:
    text = "Zorbo Lines said its ships would sail around the Cape of Tarrin. Sailing round the Cape takes a week longer."
    assert _people_orgs(text) == {"Zorbo Lines"}
    assert _story(text).get("Cape of Tarrin") == "PLACE"


def test_the_ends_of_a_route_and_a_town_near_a_firm_are_places() -> None:
    assert _story("The ship sailed from Harwick to Tallinn with 6,100 crates.").get("Harwick") == "PLACE"
    assert _story("Jane Roe runs a bakery near Ossley and expects delays.").get("Ossley") == "PLACE"


def test_two_short_acronyms_in_prose_are_one_name() -> None:
    text = ("Rates rise\n\nQRX TLM, the privately held barge operator, said on Friday it would trim fees. "
            "QRX TLM later trimmed them again.")
    assert _people_orgs(text) == {"QRX TLM"}


def test_a_unit_after_a_number_and_a_class_of_securities_are_no_organisations() -> None:
    text = ("Rates rise\n\nSome 3.7 million QTU of storage was added, Zorbo Holdings said. "
            "Quell Capital bought 8 million ACME shares. Zorbo Holdings' U.S. ADRs dipped 0.9% in New York.")
    assert _people_orgs(text) == {"Zorbo Holdings", "Quell Capital", "ACME"}


def test_a_leading_trade_descriptor_and_a_house_colour_are_no_part_of_a_name() -> None:
    text = ("Activist Rookery Ridge takes stake in Zorbo Holdings\n\n"
            "Activist investor Rookery Ridge Capital has built a position in Zorbo Holdings. "
            "Jane Roe, its chief executive, likes to wear a Zorbo-green scarf.")
    found = _people_orgs(text)
    assert "Activist" not in found and "Zorbo-green" not in found
    assert {"Rookery Ridge Capital", "Zorbo Holdings", "Jane Roe"} <= found


def test_a_demonym_led_consortium_and_a_named_brand() -> None:
    text = ("Rates rise\n\n09:05 GMT - Jane Roe of the Freedonian Grocers Consortium: \"Shelves look full.\"\n\n"
            "Zorbo Holdings, which owns the Vellora brand, eased 0.4% in Vienna.")
    found = _story(text)
    assert found.get("Freedonian Grocers Consortium") == "ORG"
    assert found.get("Vellora") == "PRODUCT"


def test_a_trade_lane_between_places_is_no_organisation() -> None:
    text = ("Rates rise\n\nGrain shipping rates on the Africa-South America route climbed 12% this month, Zorbo Holdings said. "
            "Quell-Marrow Partners, a broker, sees rates on Africa-South America easing.")
    assert _people_orgs(text) == {"Zorbo Holdings", "Quell-Marrow Partners"}


def test_a_company_opening_a_line_of_moves_with_its_market_in_brackets() -> None:
    text = ("Rates rise\n\nHow the group's stocks have fared:\n\nQuistel (Vienna): -2.3% since Monday\n\n"
            "Brellin (Oslo): +0.8% since Monday\n")
    assert _people_orgs(text) == {"Quistel", "Brellin"}


def test_the_possessive_before_an_accented_name_is_the_employer() -> None:
    text = "Rates rise\n\nA reader asks whether Zorbo Holdings could be bought. Quellwater's Éloïse Roe thinks so."
    assert _people_orgs(text) == {"Zorbo Holdings", "Quellwater", "Éloïse Roe"}
