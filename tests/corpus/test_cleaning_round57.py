"""Round 57 (lead): furniture of scraped news pages that was read as article text: lists of other stories under a
footer's heading whose items end on an abbreviation ("... on Sept. 10"), a brief with no prose above such lists,
newsletter and live-page pitches in other words, a plea for support, a comments note, a reprint's wire credit, a
link's screen-reader label. Invented lines, names and sites."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import clean_document
from analysis.corpus.furniture import (REASON_CAPTION, REASON_CREDIT, REASON_LOGIN, REASON_NAV, REASON_NEWSLETTER,
                                       furniture_reason)


@pytest.mark.parametrize(("line", "reason"), [
    ("Harrow Closing Bell newsletter - sign up for free.", REASON_NEWSLETTER),
    ("Follow @HarrowMarketsLive for live coverage every trading day.", REASON_NEWSLETTER),
    ("Get county news delivered every evening. Sign up for the Vell Courier Daily.", REASON_NEWSLETTER),
    ("Sign up for Quayside Brief, our daily note on the stories moving ports. Enter your email address | Sign up",
     REASON_NEWSLETTER),
    ("Get Freight Ledger in your inbox. The daily newsletter for shipping and logistics managers. [Work email] [Sign up]",
     REASON_NEWSLETTER),
    ("The Tillbury Review has no owner. If you value our reporting, please consider a contribution. [Support us]",
     REASON_LOGIN),
    ("Have your say: comments are moderated. Log in or register to comment.", REASON_LOGIN),
    ("Live coverage has ended.", REASON_LOGIN),
    ("With files from Harrow Wire", REASON_CREDIT),
    ("Via Harrow Wire. (Reporting by Ana Quiroga; Editing by Tomas Reyl)", REASON_CREDIT),
    ("Purchase Licensing Rights, opens new tab", REASON_NAV),
    ("SPONSORED CONTENT — Advertisement", REASON_NAV),
    ("Nikkei 225 14,707.78 -1.4% ┃ Hang Seng 22,932.39 +0.9% ┃ Gold $1,326.4 +1.4% ┃ Brent $84.10 +1.2%", REASON_NAV),
    ("Sample trays on a lab bench. (Vellum Images/Ana Quiroga)", REASON_CAPTION),
])
def test_page_furniture_lines(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The minister said donors should please consider a contribution to the flood fund.",
    "Quint will follow the board's advice, a spokesman for the group said.",
    "Orders are delivered every morning by truck, and the company said it would sign up more drivers.",
    "Via Harrow, the bank's online arm, customers can trade shares from next month.",
    "More than 300 workers were sent home.",
    "Shares rose 4% on the news. (Reporting by Jo Roe/Editing by Al Poe)",
    "\u201cYes to the new bridge\u201d (2015). (VPK/Harrow Risk Review.)",
])
def test_article_sentences_are_not_furniture(line):
    assert furniture_reason(line) is None


_LIVE_PAGE_END = [
    "Follow @HarrowMarketsLive for live coverage every trading day.",
    "More live coverage",
    "- 'The worst is behind us': Quorra Mills says demand has turned",
    "- Pennock Motors recalls 40,000 vans; shares off 5.7%",
    "Most read",
    "1. Dunvale Retail same-store sales fall 6.3% in second quarter",
    "2. Sablehurst Energy agrees $2.1 billion takeover of Tern Oil",
    "3. Vantry Chemicals shares hit five-year low after profit warning on Sept. 10",
    "4. Osgood Pharma to seek approval for sleep drug by Dec. 18",
    "Harrow Opening Bell newsletter - sign up for free.",
]


def test_a_list_of_other_stories_is_footer_even_when_its_items_end_on_an_abbreviation():
    page = "\n".join([
        "Quayside Holdings shares slide as lenders balk",
        "",
        "09:31 ET - Opening bell. Quayside Holdings down 5.4% at the open after talks with its lenders stalled overnight.",
        "",
        "11:40 ET - The company's finance chief Ana Quiroga told analysts the group must repay 400 million pesos by March.",
        "",
        "16:05 ET - Closing bell. Quayside ends the day down 3.1% at $6.59 after trading as low as $6.41 in the afternoon.",
        "",
        *_LIVE_PAGE_END,
    ])
    text = "\n".join(clean_document(page).paragraphs)
    assert "Quayside ends the day down 3.1%" in text
    for gone in ("Vantry Chemicals", "Osgood Pharma", "Pennock Motors", "Most read", "More live coverage", "@Harrow",
                 "newsletter"):
        assert gone not in text


def test_a_brief_of_bullet_lines_ends_where_a_list_of_other_stories_begins():
    page = "\n".join([
        "BRIEF-Quayside says Vell 2 turbine to stay offline until at least Feb. 5",
        "",
        "Jan 16 (Harrow Wire) - Quayside NV:",
        "",
        "* SAYS VELL 2 TURBINE SHUT DOWN ON JAN. 15 AFTER FAULT ON A MAIN GEARBOX",
        "* SAYS RESTART NOT EXPECTED BEFORE FEB. 5, 2024",
        "",
        "Purchase Licensing Rights, opens new tab",
        "Related stories",
        "· Fashion group Ivrelle cuts 800 jobs across Europe",
        "· Halvern Freight jumps 26% after lifting full-year forecast",
        "Most read",
        "1. Vantry Chemicals shares hit five-year low after profit warning on Jan. 10",
        "2. Pennock Motors recalls 40,000 vans; shares off 6.7%",
    ])
    text = "\n".join(clean_document(page).paragraphs)
    assert "RESTART NOT EXPECTED BEFORE FEB. 5, 2024" in text
    for gone in ("Ivrelle", "Halvern", "Vantry", "Pennock", "Licensing", "Related stories"):
        assert gone not in text


def test_a_numbered_list_in_the_article_stays():
    page = "\n".join([
        "Quayside sets out three steps to calm lenders",
        "",
        "Quayside Holdings said on Tuesday it would take three steps to calm its lenders after its shares fell 6% in a week.",
        "",
        "1. It will sell its Vell terminal by March.",
        "2. It will cut its dividend for 2025 by half.",
        "3. It will hire an adviser to review its debt.",
        "",
        "Lenders will meet again next week to weigh the plan, two people familiar with the talks said on Tuesday.",
    ])
    text = "\n".join(clean_document(page).paragraphs)
    assert "sell its Vell terminal by March" in text and "review its debt" in text
    assert "Lenders will meet again" in text
