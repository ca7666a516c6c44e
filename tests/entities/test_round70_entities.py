"""Entity layer, round 70: invented sentences for each rule (every person, company and product here is fictional;
the places are real)."""
from __future__ import annotations

from analysis.entities.recognize import recognize_rows_scored
from tests.entity_helpers import corpus_story_mentions


def _types(text: str, surface: str) -> set[str]:
    return {r[4] for r in recognize_rows_scored(text) if r[2] == surface}


def _names_of(text: str, surface: str) -> set[str]:
    return {r[3] for r in recognize_rows_scored(text) if r[2] == surface}


# --- a word opening a holding company's name and its brand's is the holding company's short name -----------------
_OWNER_AND_BRAND = ("Quistel Holdings, the owner of the Quistel Varro bakery chain, named a new auditor on Monday. "
                    "\"The review is going well,\" Quistel said. Quistel stock gained 3% over the week. Shoppers at "
                    "Quistel Varro bakeries noticed nothing. The Quistel Varro chain opened 12 bakeries in May.\n")


def test_a_word_opening_a_holding_company_and_its_brand_shortens_the_holding_company() -> None:
    assert _names_of(_OWNER_AND_BRAND, "Quistel") == {"Quistel Holdings"}


def test_the_chain_of_which_a_company_is_the_owner_is_its_banner() -> None:
    assert _types(_OWNER_AND_BRAND, "Quistel Varro") == {"PRODUCT"}


def test_a_word_opening_two_companies_names_alone_stays_apart() -> None:
    text = ("Quistung Electronics and Quistung Chemicals both reported on Monday. Quistung Electronics said sales "
            "rose. Quistung Chemicals said sales fell. Quistung said nothing more.\n")
    assert "Quistung Electronics" not in _names_of(text, "Quistung")
    assert "Quistung Chemicals" not in _names_of(text, "Quistung")


# --- a list of brands may hold a name joined by "&" -----------------------------------------------------------------
def test_a_name_joined_by_an_ampersand_in_a_list_of_brands_is_a_brand() -> None:
    text = "Its bakeries trade under the Varro, Brantley & Moss and Flour Tower brands in six countries.\n"
    assert _types(text, "Brantley & Moss") == {"PRODUCT"}
    assert _types(text, "Varro") == {"PRODUCT"}
    assert _types(text, "Flour Tower") == {"PRODUCT"}


def test_a_name_joined_by_an_ampersand_outside_a_list_of_brands_stays_a_company() -> None:
    text = "Brantley & Moss, the law firm, said on Monday it would appeal.\n"
    assert _types(text, "Brantley & Moss") == {"ORG"}


# --- a name the text also counts in the plural is a product ---------------------------------------------------------
def test_a_name_also_counted_in_the_plural_is_a_product() -> None:
    text = ("Nurses praised Zorvapen in a survey. A box of Zorvapens sells for $90 in most states. Clinics handed out "
            "three Zorvapens per patient.\n")
    assert _types(text, "Zorvapen") == {"PRODUCT"}
    assert _types(text, "Zorvapens") == {"PRODUCT"}
    assert _names_of(text, "Zorvapens") == {"Zorvapen"}


def test_a_plural_that_speaks_or_trades_is_no_counted_product() -> None:
    text = ("Quistmark said sales rose. Quistmarks said on Monday that the deal was off. Quistmarks shares fell "
            "2%.\n")
    assert "PRODUCT" not in _types(text, "Quistmarks")


# --- a name after the indefinite article with no noun of its own is one thing of its kind ---------------------------
def test_a_name_after_an_indefinite_article_and_no_noun_is_a_product() -> None:
    text = ("Every classroom that keeps a Zorvapen has a trained nurse, the report found. A pharmacist may not hand "
            "out a Zorvapen without a form.\n")
    assert _types(text, "Zorvapen") == {"PRODUCT"}


def test_a_name_after_an_indefinite_article_before_its_noun_stays_the_company() -> None:
    text = "A Quistelco spokesman said on Monday the company would appeal. Quistelco shares fell 3%.\n"
    assert "PRODUCT" not in _types(text, "Quistelco")


# --- a word's inner capitals are counted once, not at every mention -------------------------------------------------
def test_inner_capitals_repeated_do_not_outweigh_a_product_cue() -> None:
    text = ("Quistel cut the cost of its ZorvaPen asthma inhaler, nurses said. ZorvaPen leads its field. ZorvaPen "
            "is popular. Clinics buy ZorvaPen. ZorvaPen demand grew. Reviewers liked ZorvaPen. Pupils carry ZorvaPen. "
            "Coaches carry ZorvaPen.\n")
    assert _types(text, "ZorvaPen") == {"PRODUCT"}


# --- across articles: a type strong evidence gives in most articles outweighs one article's slip -------------------
def test_a_type_strongly_given_in_most_articles_rules_over_one_slip() -> None:
    texts = {f"{k}.txt": f"Quistel cut the cost of its Zorvapen asthma inhaler, report {k}. Zorvapen costs "
                         f"$90.\n" for k in "abc"}
    texts["d.txt"] = "Attorney General Zorvapen said on Monday the inquiry would go on.\n"
    texts.update({f"{k}.txt": "Reviewers liked Zorvapen again. Zorvapen was in the news. Zorvapen costs $90. "
                              "Zorvapen is cheap.\n" for k in "efg"})
    mentions = corpus_story_mentions(texts, outlet="Example Wire")
    assert set(mentions.loc[mentions["alias"] == "Zorvapen", "type"]) == {"PRODUCT"}


# --- a common word opening a sentence before a name the text writes alone is no part of the name ------------------
def test_a_gerund_opening_a_quotation_before_a_name_is_no_part_of_it() -> None:
    text = ('Quistco sold its stake in Zorbelle Labs on Friday. "Selling Zorbelle now makes sense," said Jane Roe, '
            "a fund manager. Shares of Zorbelle slipped.\n")
    surfaces = {r[2] for r in recognize_rows_scored(text)}
    assert "Selling Zorbelle" not in surfaces
    assert "Zorbelle" in surfaces


def test_a_verb_opening_a_sentence_before_a_surname_is_no_part_of_it() -> None:
    text = ("Jane Quorvel takes the stand on Thursday. Observers expect little news. Expect Quorvel to repeat her "
            "defence. Her lawyers said Quorvel was calm.\n")
    assert {r[3] for r in recognize_rows_scored(text) if "Quorvel" in r[2]} == {"Jane Quorvel"}


def test_a_name_whose_last_word_is_never_written_alone_keeps_its_first_word() -> None:
    text = "Rising Quistmoor said on Monday it would hire 200 people. Rising Quistmoor shares rose 2%.\n"
    assert "Rising Quistmoor" in {r[3] for r in recognize_rows_scored(text)}


# --- a minister's title listing the portfolios names the ministry the lower-case form refers to --------------------
def test_a_ministers_title_of_listed_portfolios_names_the_industry_ministry() -> None:
    mentions = corpus_story_mentions({
        "a.txt": ('"We will look closely," Energy, Mines and Industry Minister Jo Quistbury told reporters. Quistco '
                  "owes Ruritania's industry ministry a report in May.\n"),
        "b.txt": "Quistco owes the industry ministry a report on its furnaces in May.\n",
    }, outlet="Example Wire")
    ministry = mentions.loc[mentions["alias"] == "industry ministry"]
    assert set(ministry["entity"]) == {"Ministry of Energy, Mines and Industry"}
    assert set(ministry["doc_id"].astype(str)) == {"a", "b"}


def test_a_lower_case_ministry_no_title_or_full_name_names_is_dropped() -> None:
    mentions = corpus_story_mentions({
        "a.txt": "Quistco owes the industry ministry a report on its furnaces in May.\n",
    }, outlet="Example Wire")
    assert "industry ministry" not in set(mentions["alias"])


# --- a listed maker before its model's designator is named too -------------------------------------------------------
def test_a_listed_maker_before_its_models_designator_is_named_too() -> None:
    text = "Quistair will swap its leased Airbus A320s for Boeing 737s by 2031, its chief said.\n"
    rows = recognize_rows_scored(text)
    assert {(r[3], r[4]) for r in rows if r[2] in ("Airbus", "Boeing")} == {("Airbus", "ORG"), ("Boeing", "ORG")}
    assert ("A320s", "PRODUCT") in {(r[2], r[4]) for r in rows}


def test_an_unlisted_maker_before_its_models_designator_is_no_mention() -> None:
    text = "Quistair will retire its leased Zorbair Q190s by 2031, its chief said.\n"
    assert "Zorbair" not in {r[2] for r in recognize_rows_scored(text)}
