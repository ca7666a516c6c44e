"""Quote engine, round 63 (quotes63). Invented people, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

import json

import pandas as pd
from test_quote_engine import quotes

from analysis.quotes.find import find_corpus_quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,"), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


BODIES = [("Harrow Research", "Harrow Research", "ORG"), ("Quillon", "Quillon Holdings", "ORG"),
          ("Transport Select Committee", "Transport Select Committee", "ORG"), ("Ivo Hale", "Ivo Hale", "PERSON")]


def test_a_report_set_off_by_commas_after_its_issuer_speaks_for_it() -> None:
    # "X, in a report published on its website, said … “…,” the report said": X, as "X said in a report"
    text = ("Quillon fell 6% on Tuesday.\n\nHarrow Research, in a report published on its website, said Quillon had "
            "overstated its sales by a third, and Quillon's shares fell 4%. \"We think the accounts cannot be "
            "trusted,\" the report said.")
    assert _rows(text, BODIES) == [("We think the accounts cannot be trusted", "Harrow Research")]


def test_a_report_fronting_its_issuers_sentence_speaks_for_it() -> None:
    # "In a 90-page report, the X committee said … “…,” the report said": the body the subject opens on
    text = ("In a 90-page report, the Transport Select Committee said Quillon's board had ignored warnings.\n\n"
            "\"The failures were avoidable,\" the report said.")
    assert _rows(text, BODIES) == [("The failures were avoidable", "Transport Select Committee")]


RELEASE = [("Quillon Holdings", "Quillon Holdings", "ORG"),
           ("NASDAQ", "Nasdaq", "ORG"), ("Company", "Company", "ORG"), ("Harrow Research", "Harrow Research", "ORG")]


def test_the_company_a_release_defines_is_the_organisation_before_the_term() -> None:
    # 'Acme Inc. (NASDAQ: AC) ("Acme" or the "Company") … “…,” the Company said': Acme, not a firm named "Company"
    text = ("OSLO, May 3, 2024 -- Quillon Holdings Inc. (NASDAQ: QLH) (\"Quillon\" or the \"Company\") today denied "
            "the claims in a report circulated by Harrow Research.\n\n\"The report is flawed and its evidence is "
            "unsupported,\" the Company said.")
    assert _rows(text, RELEASE) == [("The report is flawed and its evidence is unsupported", "Quillon Holdings")]


def test_a_defined_term_with_more_in_its_parenthesis_is_no_quotation() -> None:
    # '(the "Company"; OSE: 1234)': the term, not a quotation; the Company's words are the company's
    text = ("OSLO -- Quillon Holdings Co., Ltd. (the \"Company\"; OSE Main: 8791) today announced delays on its "
            "platform.\n\n\"Order volume was the highest since our founding,\" the Company said.")
    assert _rows(text, RELEASE) == [("Order volume was the highest since our founding", "Quillon Holdings")]


def _note_rows(head: list[tuple[int, str]], outlet: str, text: str) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["n"], "text": [text], "title": ["Autos: cutting targets"],
                         "head_lines": [json.dumps(head)], "outlet": [outlet]})
    rows = find_corpus_quotes(docs, None)
    return [(q.rstrip(" ,"), s) for q, s in zip(rows["quote"], rows["speaker"], strict=True)]


NOTE = ("Quillon fell 9% since Friday, in line with its exposure. We keep the stock at Sell.\n\n"
        "\"Neither rival has been named by any regulator, and we see no sign of the same fault,\" we write.")


def test_we_of_a_research_note_is_the_firm_its_head_names() -> None:
    # the note's heading and disclosures were set apart from the text as page furniture; the head lines kept
    # ("ACME STREET RESEARCH | Autos", "Analysts: …") name the firm whose "we" the note is
    head = [(0, "TARNWELL STREET RESEARCH | European Autos | 22 September 2015"), (60, "Analysts: Jo Roe, CFA")]
    assert _note_rows(head, "a forum repost", NOTE) == [
        ("Neither rival has been named by any regulator, and we see no sign of the same fault", "Tarnwell Street Research")]


def test_we_of_a_research_note_is_its_outlet_when_the_head_names_no_firm() -> None:
    head = [(0, "28/06/2016"), (12, "Analysts: Jo Roe (lead); Ivo Hale")]
    assert _note_rows(head, "Tarnwell Sterling Equity Research (via a notes site)", NOTE)[0][1] == "Tarnwell Sterling"


def test_we_of_a_page_that_is_no_research_note_names_no_one() -> None:
    # a column's "we" is no firm: no head line names analysts
    head = [(0, "Opinion | 22 September 2015")]
    assert _note_rows(head, "Tarnwell Sterling Equity Research", NOTE)[0][1] == ""

