"""Round 47 (lead): page furniture found on a writer's scraped pages, in the forms real sites print: a box of other
stories under "Don't miss these stories from <the site's paid tier>:", the comments' heading run into its prompt to
sign in (and the readers' comments under it), a list of topics under "Explore more on these topics:", a market-data
widget's movers and an economic calendar between bars, and a newsletter's sponsor. Invented lines and pages."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import clean_document
from analysis.corpus.furniture import REASON_NAV, furniture_reason

FURNITURE = [
    "Top risers: Tarrow Mills +5.12% | Pell Harbour Retail +1.85% | Dunmore Rail +1.00%",
    "Top fallers: Quell Telecom -3.28% | Varga Pharma -3.77% | Ossing Foods -1.47%",
    "Thu 13 Mar 09:30 Services PMI (final) | 13:30 Jobless claims | 15:00 Factory orders",
    "This issue is sponsored by Tarrow Cables — export cable, made in Hull. Learn more",
    "Explore more on these topics: Ports, Shipping, Regulation",
    "Sponsored · Trade shares from £0 commission with Tarrow Invest. Capital at risk.",
]

ARTICLE = [
    "Tarrow Mills rose 5.1% and Pell Harbour Retail gained 1.9%, while Dunmore Rail added 1%.",
    "This issue is one the board will have to settle, the chairman said.",
    "At 09:30 the index was flat; by 13:30 it had fallen 1.2%.",
    "Readers can explore more of the archive online, the library said.",
    "Sponsored events drew 4,000 visitors in May, the council said.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_a_widget_a_sponsor_line_or_a_topics_list_is_furniture(line):
    assert furniture_reason(line) == REASON_NAV


@pytest.mark.parametrize("line", ARTICLE)
def test_the_article_s_own_sentences_stay(line):
    assert furniture_reason(line) is None


_BOX_PAGE = """Tarrow Mills Wins Port Contract
Harbour Daily | Markets | Business | Tech | Sign In
Tarrow Mills Wins Port Contract
Published Thu, Mar 13 2031 2:58 PM EDT
Tarrow Mills won a ten-year contract to run the Dunmore container terminal, the port authority said on Thursday.
The contract is worth about $1.2 billion and starts in July, Ada Quell, the authority's chief executive, told reporters.
Don't miss these stories from Harbour PRO:
Stocks making the biggest moves midday: Pell Harbour, Quell Telecom, Ossing Foods and more
'We are not in a bubble,' says Varga Capital CIO Ilse Varga
Tarrow Mills shares rose 4.1% after the announcement, their biggest gain in a year.
Analysts at Dunmore Securities said the deal would add about 6% to the company's earnings next year.
Explore more on these topics: Ports, Shipping, Business
Comments (1,204) · Sign in or create your Harbour account to join the discussion.
Old Salt · 4h ago: The fees were always going to rise once the terminal changed hands.
seabreeze77 · 6h ago: Good news for the town if the jobs stay local, which I doubt very much.
© 2031 Harbour Media LLC. All Rights Reserved.
"""


def test_a_box_of_other_stories_the_topics_and_the_comments_leave_the_article_whole():
    doc = clean_document(_BOX_PAGE)
    assert doc.paragraphs == (
        "Tarrow Mills won a ten-year contract to run the Dunmore container terminal, the port authority said on Thursday.",
        "The contract is worth about $1.2 billion and starts in July, Ada Quell, the authority's chief executive, told "
        "reporters.",
        "Tarrow Mills shares rose 4.1% after the announcement, their biggest gain in a year.",
        "Analysts at Dunmore Securities said the deal would add about 6% to the company's earnings next year.",
    )


def test_a_brand_written_in_lower_case_ends_a_movers_list_and_stays():
    page = ("Airline shares slide\n\nLONDON - Airline shares fell on Monday after Tarrow Aero ordered engine checks, and "
            "the index of European travel stocks lost 2.1%.\n\nBiggest fallers:\nTarrow Aero -17.4%\nPell Air -7.9%\n"
            "easyJet -1.8%\n")
    doc = clean_document(page)
    assert doc.paragraphs[-1].endswith("easyJet -1.8%")
    assert not doc.removals


def test_a_table_s_caption_naming_its_columns_stays_with_the_table():
    page = ("Toolmakers weigh their exposure\n\nInvestors are asking whether the rest of the industry faces the same "
            "rules. Tarrow's peers all sell heavily into the region:\n\n"
            "Regional share of revenue, and share-price change since the March 6 close\n\n"
            "Tarrow Tools | 29% | -21.2%\n\nPell Systems | 31% | -5.8%\n\nDunmore Optics | 27% | -4.6%\n\n"
            "The market has priced Tarrow for the worst case, an analyst said on Thursday.\n")
    doc = clean_document(page)
    assert "Regional share of revenue, and share-price change since the March 6 close" in doc.paragraphs
    assert not doc.removals
