"""Round 55 (lead): furniture of scraped news pages that was read as article text. A photo's credit after a copyright
sign or as "pic by", a writer's byline with a role in lower case, a breadcrumb between spaced slashes, account links run
into a subscription offer, and the headings "Trending on <site>" and "Latest <things>" over a list of other stories.
Invented lines, names and sites."""

from __future__ import annotations

import pytest

from analysis.corpus import furniture
from analysis.corpus.cleaning import clean_document
from analysis.corpus.furniture import REASON_BYLINE, REASON_CAPTION, REASON_LOGIN, REASON_NAV, furniture_reason


@pytest.mark.parametrize(("line", "reason"), [
    ("Grain silos by a railway siding at dusk. File photo. © Pool/Jo Tarrant", REASON_CAPTION),
    ("Cranes over a half-built tower in Leeds (c) Ray Hollin", REASON_CAPTION),
    ("Travellers wait at a departure gate. File photo — Courier pic by Lim Wei Jie", REASON_CAPTION),
    ("Ola Brenne Vik · journalist", REASON_BYLINE),
    ("Petra Anand | senior reporter", REASON_BYLINE),
    ("Business / Local economy", REASON_NAV),
    ("Log in | Subscribe: first month for 1 kr.", REASON_LOGIN),
])
def test_page_furniture_lines(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The Tarrow Group said the plant would reopen on Monday (c) and the union agreed.",
    "Quist shares fell 4% after the results (c) were published on its website.",
    "Analysts at Brenne Securities said the sale was priced by the book.",
    "Revenue / share rose 4% in the quarter.",
])
def test_article_sentences_are_not_furniture(line):
    assert furniture_reason(line) is None


def test_every_pattern_has_its_gate():
    # the gates are zipped with the patterns: one missing shifts every later gate onto the wrong pattern
    assert len(furniture._PATTERN_GATES) == len(furniture._PATTERNS)


_ARTICLE = ("Corvell Shipping shares fell 8.2% on Tuesday after the company cut its forecast for the year, blaming a "
            "slump in container rates on its Asian routes.\n\n"
            "\"The second half will be harder than we thought,\" chief executive Ines Marlow told analysts on a call.\n\n"
            "Rival Tarnby Lines slipped 2.1% in sympathy, while the wider market was little changed.\n\n")


@pytest.mark.parametrize("heading", ["Trending on Copperfield", "Latest wraps"])
def test_a_list_of_other_stories_under_its_heading_is_not_the_article(heading):
    page = ("Corvell cuts forecast\n\nHome | Markets | Companies | Opinion\n\n" + _ARTICLE
            + "Disclaimer: Market data supplied for information only and delayed by at least 15 minutes.\n\n"
            + heading + "\n"
            "FX: peso slips as Grupo Ventoso sinks 5.2%\n"
            "Asia open: Hinoda Semicon to report on Nov. 28\n"
            "Europe close: Vossmark Chemie drops 8.1% after third-quarter miss\n\n"
            "Get the Bellcourt Open and Close wraps by email. Sign up\n\n"
            "(c) 2024 Bellcourt Markets Ltd. Terms & Conditions | Privacy | Cookies\n")
    kept = "\n".join(clean_document(page).paragraphs)
    assert "Rival Tarnby Lines slipped 2.1% in sympathy" in kept
    assert "Ventoso" not in kept and "Vossmark" not in kept


def test_a_movers_list_item_with_an_aside_after_its_name_is_the_articles() -> None:
    page = ("Nordic stocks slip\n\n" + _ARTICLE + "Other movers in the Nordics on Thursday:\n"
            "- Ericssen +1.4%, on contract hopes\n- Volvane +0.8%\n"
            "- Orvik, a Swedish health-food retailer that stocks Tarlo, -2.7%\n")
    kept = "\n".join(clean_document(page).paragraphs)
    assert "Orvik, a Swedish health-food retailer that stocks Tarlo, -2.7%" in kept
