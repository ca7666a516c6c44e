"""Entity layer, round 61: one invented case per rule with what the rule must leave alone. Every person and company
here is fictional; the places are real."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from analysis.corpus.load import load_corpus
from analysis.entities.aliases import link_entities
from analysis.entities.resolve import entity_mentions, research_authors, source_outlet
from tests.entity_helpers import linked_mentions as _linked, story_types as _story


def _entity_of(linked: pd.DataFrame, doc_id: str, surface: str) -> set[str]:
    rows = linked[(linked["doc_id"] == doc_id) & (linked["surface"] == surface)]
    return set(rows["entity"])


# --- a name without the words that only say the company's form is that company, across articles -------------------
_FORM_DOCS = {
    "a": "Shares of Quorvane Cinemas Holdings rose 30% on Tuesday after the chain raised cash.",
    "b": "Quorvane Cinemas gained 12% on Wednesday, and Brellick Retail slipped 3%.",
    "c": "Quorvane slumped 20% on Thursday as traders sold the cinema chain.",
    "d": "Talbrook Capital Management said it had cut its position. Talbrook Capital lost 40% in January.",
    "e": "Talbrook Capital said on Friday it had closed its short position.",
}


def test_a_name_without_its_form_word_joins_the_longer_name() -> None:
    linked = _linked(_FORM_DOCS)
    full = _entity_of(linked, "a", "Quorvane Cinemas Holdings")
    assert len(full) == 1
    assert _entity_of(linked, "b", "Quorvane Cinemas") == full


def test_the_first_word_follows_once_the_longer_names_are_one() -> None:
    linked = _linked(_FORM_DOCS)
    assert _entity_of(linked, "c", "Quorvane") == _entity_of(linked, "a", "Quorvane Cinemas Holdings")


def test_a_fund_without_its_management_word_joins_it() -> None:
    linked = _linked(_FORM_DOCS)
    assert _entity_of(linked, "e", "Talbrook Capital") == _entity_of(linked, "d", "Talbrook Capital Management")


def test_a_longer_name_that_adds_a_business_stays_apart() -> None:
    docs = {"a": "Quorvane Cinemas Holdings shares rose 4% on Monday.",
            "b": "Quorvane Cinemas Services Holdings, a separately listed unit, fell 2% on Monday."}
    linked = _linked(docs)
    assert _entity_of(linked, "a", "Quorvane Cinemas Holdings") != \
        _entity_of(linked, "b", "Quorvane Cinemas Services Holdings")


def test_two_longer_names_that_are_not_one_leave_the_short_one_alone() -> None:
    docs = {"a": "Velbright Air Group said profit rose.", "b": "Velbright Air Holdings said it would sell a plant.",
            "c": "Shares of Velbright Air rose 2% on Monday."}
    linked = _linked(docs)
    assert _entity_of(linked, "a", "Velbright Air Group") != _entity_of(linked, "b", "Velbright Air Holdings")
    assert _entity_of(linked, "c", "Velbright Air") not in (_entity_of(linked, "a", "Velbright Air Group"),
                                                            _entity_of(linked, "b", "Velbright Air Holdings"))


# --- an exchange's name with a move right after it is its index ------------------------------------------------------
def test_the_exchange_with_a_move_after_it_is_its_index() -> None:
    text = "Tech rallies\n\nQuorvane Cinemas rose 3% on Friday, and the Nasdaq gained 6% in the week.\n"
    assert _story(text).get("Nasdaq") == "INDEX"


def test_the_exchange_with_a_lower_case_composite_is_its_index() -> None:
    text = "Stocks fall\n\nThe Nasdaq composite dropped 1.5 percent on Tuesday as Quorvane Cinemas slid.\n"
    assert _story(text).get("Nasdaq") != "ORG"


def test_the_exchange_that_lists_a_company_stays_an_organisation() -> None:
    text = ("Quorvane lists\n\nQuorvane Cinemas listed on the Nasdaq in June, and its shares rose 9.2% on the "
            "Nasdaq.\n")
    assert _story(text).get("Nasdaq") == "ORG"


def test_the_exchange_after_an_adjective_with_a_move_is_its_index() -> None:
    text = "Stocks fall\n\nQuorvane Cinemas fell 3%, with the tech-heavy Nasdaq sliding 2.1% by noon.\n"
    assert _story(text).get("Nasdaq") == "INDEX"


# --- a research note's header line names its authors -----------------------------------------------------------------
def test_a_research_header_line_names_its_authors() -> None:
    assert research_authors("Analysts: Tilda Marquand, CFA (lead) · Oren Baptiste · Ines Valcourt") == \
        ["Tilda Marquand", "Oren Baptiste", "Ines Valcourt"]


def test_a_second_role_label_in_the_line_names_its_author_too() -> None:
    assert research_authors("9 May 2024 | Analyst: Tilda Marquand, CFA | Associate: Oren Baptiste | +44 20 7946 0000") \
        == ["Tilda Marquand", "Oren Baptiste"]


def test_a_phone_number_in_brackets_does_not_hide_the_name() -> None:
    assert research_authors("Analysts: Tilda Marquand (+852 3900 1122) | Oren Baptiste (+65 6800 4411)") == \
        ["Tilda Marquand", "Oren Baptiste"]


def test_cells_under_another_label_and_prose_name_no_author() -> None:
    assert research_authors("Sector: Banks | Rating: Hold | Target Price: 40") == []
    assert research_authors("Analysts: the bank looks cheap, Tilda Marquand said") == []


def test_authors_in_a_header_line_that_cleaning_took_out_are_people_of_the_article() -> None:
    text = ("QUORVANE RESEARCH | EQUITY NOTE\n"
            "Analysts: Tilda Marquand, CFA (lead) · Oren Baptiste\n\n"
            "Brellick Retail: cutting our target\n\n"
            "We cut our target price for Brellick Retail to 40 pence after a weak quarter. The shares fell 6% on "
            "Tuesday, and we see more downside as margins shrink.\n\n"
            "Brellick Retail said sales fell 4% in the quarter to March.\n")
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "note.txt").write_text(text, encoding="utf-8")
        corpus = load_corpus(folder)
        mentions = entity_mentions(corpus)
    people = set(mentions.loc[mentions["type"] == "PERSON", "entity"])
    assert {"Tilda Marquand", "Oren Baptiste"} <= people


# --- a reprint's "Source:" line names the outlet whose story it carries ----------------------------------------------
def test_a_source_line_names_its_outlet() -> None:
    assert source_outlet("Source: Quillfield Wire &middot; 20 Jul 2024") == "Quillfield Wire"
    assert source_outlet("Tue, 7 Dec 2021 · Source: Harrowgate Post") == "Harrowgate Post"


def test_a_source_line_of_data_names_no_outlet() -> None:
    assert source_outlet("Source: company filings, exchange data") is None
    assert source_outlet("Sources say the deal is close") is None


def _reprint_people_and_orgs(text: str, outlet: str) -> set[str]:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "reprint.txt").write_text(text, encoding="utf-8")
        Path(folder, "manifest.csv").write_text(
            f"file,outlet,url,published,title\nreprint.txt,{outlet},,2024-05-07,Brellick Retail slides\n",
            encoding="utf-8")
        mentions = entity_mentions(load_corpus(folder))
    return set(mentions.loc[mentions["type"].isin(["ORG", "PERSON"]) & (mentions["role"] == "story"), "entity"])


_REPRINT = ("Brellick Retail slides\n"
            "Tue, 7 May 2024 · Source: Harrowgate Post\n\n"
            "Brellick Retail shares fell 6% on Tuesday after the retailer cut its forecast, and Quorvane Cinemas "
            "rose 2% in a quiet market.\n\n"
            "The company said sales fell 4% in the quarter to March.\n")


def test_the_source_of_a_reprint_is_an_organisation_of_the_article() -> None:
    assert "Harrowgate Post" in _reprint_people_and_orgs(_REPRINT, "Quillfield Digest")


def test_the_article_s_own_outlet_as_its_source_is_no_mention() -> None:
    assert "Harrowgate Post" not in _reprint_people_and_orgs(_REPRINT, "Harrowgate Post")


def test_a_source_line_after_a_reprint_s_story_names_its_outlet() -> None:
    text = ("Brellick Retail slides\n\n"
            "Brellick Retail shares fell 6% on Tuesday after the retailer cut its forecast, and Quorvane Cinemas "
            "rose 2% in a quiet market.\n\n"
            "The company said sales fell 4% in the quarter to March.\n\n"
            "Source: Harrowgate Post\n\n"
            "Reader comments: shares of Quorvane Cinemas fell 3% on Wednesday, and the chain said it would open "
            "two more screens in Leeds.\n")
    assert "Harrowgate Post" in _reprint_people_and_orgs(text, "Quillfield Digest")


# --- the G7 and the G20 are the forums they abbreviate ----------------------------------------------------------------
def test_the_g7_is_the_group_of_seven_an_organisation() -> None:
    text = "Yen falls\n\nThe G7 statement calmed markets on Friday, and G20 finance ministers meet next week.\n"
    story = _story(text)
    assert story.get("Group of Seven") == "ORG"
    assert story.get("Group of 20") == "ORG"


def test_a_short_name_some_article_reads_as_a_person_is_left_as_linking_finds_it() -> None:
    def rows(*mentions: tuple[str, str, str, str]) -> pd.DataFrame:
        return pd.DataFrame({"doc_id": [m[0] for m in mentions], "start": range(len(mentions)),
                             "end": [i + 5 for i in range(len(mentions))], "surface": [m[1] for m in mentions],
                             "name": [m[2] for m in mentions], "type": [m[3] for m in mentions], "role": "story"})
    group = [("a", "China Quorvane Group", "China Quorvane Group", "ORG")] * 3
    short = [("b", "China Quorvane", "China Quorvane", "ORG"), ("c", "China Quorvane", "China Quorvane", "PERSON")]
    linked = link_entities(rows(*group, *short))
    assert set(linked.loc[linked["doc_id"] == "a", "entity"]) == {"China Quorvane Group"}
    assert set(linked.loc[linked["doc_id"] == "a", "type"]) == {"ORG"}
    # without the person's reading, the short name joins the group
    linked = link_entities(rows(*group, short[0]))
    assert set(linked["entity"]) == {"China Quorvane Group"}


# --- a code the catalog gives to a company the corpus never names is the corpus's company it opens -------------------
def test_a_code_in_capitals_joins_the_one_company_it_opens() -> None:
    def rows(*mentions: tuple[str, str, str, str]) -> pd.DataFrame:
        return pd.DataFrame({"doc_id": [m[0] for m in mentions], "start": range(len(mentions)),
                             "end": [i + 5 for i in range(len(mentions))], "surface": [m[1] for m in mentions],
                             "name": [m[2] for m in mentions], "type": [m[3] for m in mentions], "role": "story"})
    code = next(t for t in ("AMC", "GM", "BA", "IBM") if _catalog_reads_as_other(t))
    full = f"{code} Quorvane Holdings"
    linked = link_entities(rows(("a", full, full, "ORG"), ("a", full, full, "ORG"), ("b", code, code, "ORG")))
    assert set(linked.loc[linked["doc_id"] == "b", "entity"]) == {full}


def _catalog_reads_as_other(code: str) -> bool:
    from analysis.entities.catalog import company_for_ticker
    company = company_for_ticker(code)
    return company is not None and company.split()[0].upper() != code


def test_a_code_of_a_company_the_corpus_names_keeps_that_company() -> None:
    def rows(*mentions: tuple[str, str, str, str]) -> pd.DataFrame:
        return pd.DataFrame({"doc_id": [m[0] for m in mentions], "start": range(len(mentions)),
                             "end": [i + 5 for i in range(len(mentions))], "surface": [m[1] for m in mentions],
                             "name": [m[2] for m in mentions], "type": [m[3] for m in mentions], "role": "story"})
    linked = link_entities(rows(("a", "General Motors", "General Motors", "ORG"),
                                ("a", "GM Quorvane Holdings", "GM Quorvane Holdings", "ORG"),
                                ("b", "GM", "GM", "ORG")))
    assert set(linked.loc[linked["doc_id"] == "b", "entity"]) != {"GM Quorvane Holdings"}


def test_one_word_without_its_form_word_joins_the_company() -> None:
    docs = {"a": "Velmora Motor said on Monday it would cut output at two plants.",
            "b": "Shares of Velmora fell 3% on Tuesday after the carmaker cut output."}
    linked = _linked(docs)
    assert _entity_of(linked, "b", "Velmora") == _entity_of(linked, "a", "Velmora Motor")
