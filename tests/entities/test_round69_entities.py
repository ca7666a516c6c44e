"""Entity layer, round 69: invented sentences for each rule (every person, company and product here is fictional;
the places are real)."""
from __future__ import annotations

from tests.entity_helpers import corpus_story_mentions

_RUNDOWN = """Index futures were flat ahead of the open on Thursday.

These companies may move today:

QUISTEL
Quistel stock was seen 3 percent weaker before the bell after its results.

ZORBANK, VELMIRA
Lenders with loans in Ruritania stay in the spotlight. Zorbank lost 1.4 percent on Wednesday.

MARVELTON
The Dutch paint maker may react to the court's decision, dealers said.

DORKAS MINING
The tin miner slid 4.1% on Wednesday.
"""


def _names(mentions) -> set[str]:
    return set(mentions["entity"])


# --- a rundown's headings in capitals each name a company, the ones only described below too ----------------------
def test_a_rundowns_headings_in_capitals_name_companies() -> None:
    names = _names(corpus_story_mentions({"a.txt": _RUNDOWN}, outlet="Example Wire",
                                         title="Stocks in focus: Quistel, Zorbank, Dorkas Mining"))
    assert {"Velmira", "Marvelton", "Dorkas Mining"} <= {n.title() for n in names}


def test_section_labels_in_capitals_name_nothing() -> None:
    text = ("The jury found for the plaintiff on Friday.\n\nWHAT COMES NEXT\nThe company will appeal.\n\n"
            "THE APPEAL\nLawyers expect a ruling next year.\n\nBANKS\nThe banks said nothing.\n")
    names = _names(corpus_story_mentions({"a.txt": text}, outlet="Example Wire", title="Verdict explained"))
    assert not {"What Comes Next", "WHAT COMES NEXT", "THE APPEAL", "BANKS", "Banks"} & names


def test_a_rundown_needs_names_written_elsewhere() -> None:
    text = ("Markets were calm on Monday.\n\nMORVANE\nThe group said little.\n\nTESSALOR\nThe firm was flat.\n\n"
            "KRINDOL\nThe maker said nothing.\n")
    names = _names(corpus_story_mentions({"a.txt": text}, outlet="Example Wire", title="Markets calm"))
    assert not {"MORVANE", "TESSALOR", "KRINDOL", "Morvane", "Tessalor", "Krindol"} & names


# --- two initials joined by "&" in one article are the two names joined by "&" of another: one company -----------
def test_two_initials_with_an_ampersand_link_to_the_full_name_across_articles() -> None:
    mentions = corpus_story_mentions({
        "a.txt": "Jarrow & Quist shares fell 4% on Monday after the drugmaker cut its forecast. Jarrow & Quist said "
                 "demand was weak.\n",
        "b.txt": "J&Q said on Tuesday it would appeal the ruling. Shares in J&Q rose 2%.\n",
    }, outlet="Example Wire")
    assert mentions["entity"].nunique() == 1


def test_two_initials_with_an_ampersand_stay_apart_where_two_names_fit() -> None:
    mentions = corpus_story_mentions({
        "a.txt": "Jarrow & Quist shares fell 4% on Monday. Jessop & Quarry rose 1%.\n",
        "b.txt": "J&Q said on Tuesday it would appeal the ruling.\n",
    }, outlet="Example Wire")
    assert set(mentions["entity"]) == {"Jarrow & Quist", "Jessop & Quarry", "J&Q"}


# --- a word an organisation's mentions write alone in article after article is no given name of one guessed person -
def test_a_word_typed_alone_in_many_articles_is_no_given_name_of_a_guessed_person() -> None:
    texts = {f"{k}.txt": f"Growers said on Monday that Quistup sales held up in week {k} despite the ruling.\n"
             for k in range(6)}
    texts["z.txt"] = "The maker introduced those Quistup Ready seeds in 1996, growers said.\n"
    mentions = corpus_story_mentions(texts, outlet="Example Wire")
    alone = mentions[mentions["alias"] == "Quistup"]
    assert len(alone) == 6
    assert set(alone["entity"]) == {"Quistup"}
    assert "PERSON" not in set(alone["type"])


# --- an acronym the text spells out is the text's body, not the lexicon's other body of those initials -------------
def test_an_acronym_the_text_spells_out_after_a_demonym_is_that_body() -> None:
    mentions = corpus_story_mentions({"a.txt": "The Finnish Financial Services Authority said on Monday it would "
                                               "open a new review of Quistbank. Members of parliament questioned the "
                                               "FSA's head, and the FSA defended its work.\n"}, outlet="Example Wire")
    named = dict(zip(mentions["alias"], mentions["entity"]))
    assert named["FSA"] == "Finnish Financial Services Authority"


def test_an_acronym_spelled_by_two_bodies_is_the_one_named_last() -> None:
    mentions = corpus_story_mentions({"a.txt": "The Latvian Financial Stability Authority closed its case. The "
                                               "Finnish Financial Services Authority then opened its own review. A "
                                               "minister said she trusted the FSA's board.\n"}, outlet="Example Wire")
    named = dict(zip(mentions["alias"], mentions["entity"]))
    assert named["FSA"] == "Finnish Financial Services Authority"


def test_an_acronym_the_text_does_not_spell_out_keeps_the_lexicons_body() -> None:
    mentions = corpus_story_mentions({"a.txt": "Japan's FSA said on Monday it would inspect Quistbank's Tokyo "
                                               "branch.\n"}, outlet="Example Wire")
    named = dict(zip(mentions["alias"], mentions["entity"]))
    assert named["FSA"] == "Financial Services Agency"


# --- a credit grade in capitals is no organisation where a word of ratings is near it -----------------------------
def test_a_grade_after_rates_is_no_organisation() -> None:
    mentions = corpus_story_mentions({"a.txt": "Zorbo Ratings rates Quistco BBB with a stable outlook, it said on "
                                               "Friday.\n"}, outlet="Example Wire")
    assert "BBB" not in set(mentions["alias"])


def test_a_grade_a_sentence_after_its_rating_is_no_organisation() -> None:
    text = ("Jane Roe, a strategist at Zorbo Bank, said an investment-grade rating kept suppliers paid on time and "
            "the funding cheap. Suppliers deal with Quistco on easy terms since it is BBB. A cut would hurt.\n")
    mentions = corpus_story_mentions({"a.txt": text}, outlet="Example Wire")
    assert "BBB" not in set(mentions["alias"])


# --- a wire headline's slug is the desk's label, and the index after it is no company ----------------------------
def test_a_wire_slug_before_the_headline_names_nothing() -> None:
    mentions = corpus_story_mentions({"a.txt": "Quistel shares rose 3% on Monday after the deal.\n"},
                                     outlet="Example Wire", title="US STOCKS-Nasdaq gains 1% as Quistel rallies")
    assert not any("STOCKS" in a for a in mentions["alias"])
    assert dict(zip(mentions["alias"], mentions["type"]))["Nasdaq"] == "INDEX"


def test_an_exchange_with_a_verb_a_direction_and_a_figure_is_its_index() -> None:
    mentions = corpus_story_mentions({"a.txt": "10:15 ET - Quistel trades 2.2% higher. The Nasdaq is off 0.3% "
                                               "on chip worries.\n\n16:05 ET - The Nasdaq closes down about 1.5% and "
                                               "Quistel ends 2% lower.\n"}, outlet="Example Wire")
    assert "ORG" not in set(mentions.loc[mentions["alias"] == "Nasdaq", "type"])


# --- a name in apposition after "product," is a product, in the other articles too -------------------------------
def test_a_name_after_product_and_a_comma_is_a_product() -> None:
    mentions = corpus_story_mentions({
        "a.txt": "Jane Roe sprayed another Quistco product, Zorbo Pro, on the orchard for years.\n",
        "b.txt": "Lawyers said Zorbo Pro was sold widely.\n",
    }, outlet="Example Wire")
    assert set(mentions.loc[mentions["alias"] == "Zorbo Pro", "type"]) == {"PRODUCT"}
