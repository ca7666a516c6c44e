"""Round 64 (clean64): page debris that stayed in the text — a caption under its "Photo caption:" label, credits of
the material a story used and of its translation, a live page's note on its clock, a newsletter's sign-up line with
its rhythm and its disclaimer, the note on a columnist with the title of a book — and the story's own sentences of
the same words that stay. Invented sentences, writers and outlets."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import clean_document, site_name_from_copyright
from analysis.corpus.furniture import (REASON_CAPTION, REASON_CREDIT, REASON_NAV, REASON_NEWSLETTER,
                                       furniture_reason)


@pytest.mark.parametrize(("line", "reason"), [
    ("Photo caption: Jo Roe, chief executive of Harlow Pharma, in a 2019 file photo. (Vell Wire/File)", REASON_CAPTION),
    ("From Harbour Ledger Wire reports.", REASON_CREDIT),
    ("Harbour Wire material was used in this story. Gazette staff contributed additional reporting.", REASON_CREDIT),
    ("Ostmark Daily correspondents contributed local reporting.", REASON_CREDIT),
    ("Translated from the Danish by our foreign desk.", REASON_CREDIT),
    ("(Translated from Korean by the Harlow Online English desk)", REASON_CREDIT),
    ("All times CET; newest first.", REASON_NAV),
    ("Follow the vote with us through the night. All times CET; latest first.", REASON_NAV),
    ("Harlow Markets live desk | Thursday 4 March 2021 | All times GMT (Seoul is GMT+9)", REASON_NAV),
    ("Subscribe to the Harlow Freight bulletin, free every Tuesday.", REASON_NEWSLETTER),
    ("Not investment advice. Readers get this note each Monday morning by e-mail.", REASON_CREDIT),
])
def test_debris_lines_have_their_reason(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "From Monday, reports on the spill will be filed twice a day, the agency said.",
    "From the start reports of the merger were mixed.",
    "Staff at the Harlow plant contributed to a fund for the families of the injured crew.",
    "The shares closed at their lowest level of all times, traders said.",
    "All times great and small are remembered at the old dock, the mayor said.",
    "Not investment advice, the regulator said, but a warning that the fund had been frozen.",
    "He translated from the German by hand every letter the founder had written to the bank.",
    "Subscribe to the fund, the brokers told clients every Tuesday.",
])
def test_the_story_s_own_sentences_of_the_same_words_stay(line):
    assert furniture_reason(line) is None


def _kept(text: str) -> list[str]:
    return list(clean_document(text).paragraphs)


_COLUMN = ("Opinion: The harbour cannot wait another winter\n\nBy Odile Varnay\n\n"
           "The ferry operator has cancelled its timetable twice in a month, and the town has run out of patience.\n\n"
           "Its shares have lost a third of their value since the first engine failure, and the board is silent.\n\n"
           "The council should stop waiting for the company and charter its own boat before the first storm.\n\n")


def test_the_note_on_a_columnist_with_the_title_of_her_book_goes():
    kept = _kept(_COLUMN + "Odile Varnay writes on shipping and towns. Her latest book is “The Last Crossing”.\n")
    assert kept[-1].startswith("The council should stop waiting")


def test_a_quotation_under_the_column_stays():
    # the writer's name with a quotation is the story's, not the note on her
    line = "Odile Varnay writes on shipping and towns. “The boat is the town,” she told a meeting of the council."
    assert _kept(_COLUMN + line + "\n")[-1] == line


def test_a_market_strip_under_the_headline_is_no_standfirst():
    # set off by a blank line under the headline, a strip of signed figures (an index in title case among the
    # tickers) is the page's, not the article's deck: it leaves the text and stays a head line for the market reader
    text = ("Harbour stocks jump as the port reopens; Tarrow Lines extends rally\n\n"
            "DJIA +1.2% | S&P 500 +0.9% | Nasdaq +1.1% | TRWL +6.4% | PELH -2.2%\n\n"
            "NEW YORK - Shipping stocks rallied on Tuesday after the port authority reopened the northern terminal.\n\n"
            "Tarrow Lines rose 6.4% and Pell Harbour fell 2.2% as traders switched between the two operators.\n")
    clean = clean_document(text)
    assert clean.title == "Harbour stocks jump as the port reopens; Tarrow Lines extends rally"
    assert clean.paragraphs[0].startswith("NEW YORK - Shipping stocks rallied")
    assert [(r.line_no, r.reason) for r in clean.removals] == [(3, "page header (before the article)")]


def test_a_caption_with_the_outlet_s_photo_credit_above_the_article_is_no_headline():
    text = ("Harlow ferry operator says winter crossings will run as usual\n\nBy Jo Roe, Courier Staff Writer\n\n"
            "The ferry terminal at Harlow on Tuesday morning. (Courier photo/Al Poe)\n\n"
            "HARLOW - Brannock Ferries told its crews on Tuesday that the winter timetable would run as usual despite "
            "the engine failure on its largest vessel.\n\n"
            "The operator said a chartered ship would take over the northern crossing from Friday.\n")
    clean = clean_document(text)
    assert clean.title == "Harlow ferry operator says winter crossings will run as usual"
    assert (5, REASON_CAPTION) in [(r.line_no, r.reason) for r in clean.removals]


@pytest.mark.parametrize("line", [
    "The council said the files had been seized. (Her photos of the meeting were taken too.)",
    "The harbour master said nothing. (Harbour staff photos were later released by the council.)",
])
def test_a_story_s_bracketed_sentence_about_photos_stays(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize(("line", "name"), [
    ("© Harlow Business Daily 2015", "Harlow Business Daily"),
    ("© Harlow Business Daily 2015 | Read next: Analysis: the port after the strike", "Harlow Business Daily"),
    ("© Vell Ledger 2012-2018", "Vell Ledger"),
    ("© 2018 Vell Wire. All rights reserved.", "Vell Wire"),
    ("© Studio 2000", "Studio 2000"),  # one word and a year: maybe the name itself
])
def test_the_year_after_the_name_in_a_copyright_line_is_no_part_of_the_site_s_name(line, name):
    assert site_name_from_copyright(line) == name
