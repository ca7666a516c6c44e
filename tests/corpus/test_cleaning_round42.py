"""Round 42 (clean50): furniture of whole scraped pages that the cleaning kept: a headline of another story set
inside the article's list or table of moves. Invented pages and lines."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document
from analysis.corpus.furniture import REASON_LINK

_LEAD = ("Port operators had a mixed week on the exchange as freight rates eased and volumes held up, traders in "
         "the city said on Friday.")
_CLOSE = "Brokers expect the sector to stay volatile until the autumn contract season begins in earnest next month."


def _page(*middle: str) -> str:
    return "\n\n".join(["Port stocks mixed as rates ease", _LEAD, *middle, _CLOSE])


def _reasons(doc) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removals}


def test_a_headline_between_two_move_lines_goes():
    doc = clean_document(_page("Week's movers:", "Ostmark Freight +2.1%", "Tamsin Holt to step down as Velloria Shipping CEO on May 3",
                               "Brannock Lines -1.4%", "Quayside Group +12.5%"))
    assert "Tamsin Holt to step down as Velloria Shipping CEO on May 3" not in doc.paragraphs
    assert _reasons(doc)["Tamsin Holt to step down as Velloria Shipping CEO on May 3"] == REASON_LINK
    assert [p for p in doc.paragraphs if p.endswith("%")] == ["Ostmark Freight +2.1%", "Brannock Lines -1.4%", "Quayside Group +12.5%"]


def test_a_headline_under_the_lead_in_and_inside_a_pipe_table_goes():
    doc = clean_document(_page("Selected movers:", 'Opinion: "We will not sell," says Corvane Bank chief Ilse Marrow',
                               "Ostmark Freight +2.1%", "Brannock Lines, a feeder operator: -1.4%"))
    assert not any("Ilse Marrow" in p for p in doc.paragraphs)
    doc = clean_document(_page("Company | Listing | Change", "Ostmark Freight | Oslo | -2.9%",
                               "Pell Harrow wins a grain contract worth 4.4% of its sales", "Brannock Lines | Riga | -3.4%"))
    assert "Pell Harrow wins a grain contract worth 4.4% of its sales" not in doc.paragraphs
    assert "Brannock Lines | Riga | -3.4%" in doc.paragraphs


def test_list_lines_and_notes_stay():
    # an item that is a move in other words, a lower-case name, a sentence under the list, a short sub-heading
    doc = clean_document(_page("Ostmark Freight +2.1%", "easyQuay (EQY.L) -3.1%", "Brannock Lines -1.4%",
                               "Losers", "Quayside Group -12.5%", "Figures are at the close of trading on Friday.",
                               "Tallow Port -0.4%"))
    for line in ("easyQuay (EQY.L) -3.1%", "Losers", "Figures are at the close of trading on Friday.", "Tallow Port -0.4%"):
        assert line in doc.paragraphs


_HEAD = "Ferrow Mills cuts 300 jobs as orders slump\n\nSep. 12, 2031, 3:06 p.m.\nUpdated Sep. 12, 2031, 4:13 p.m.\n\n"
_BODY = ("DUNMORE — Ferrow Mills will cut 300 jobs at its weaving plant, the textile group said on Tuesday, blaming a "
         "slump in orders from retailers.\n\nThe shares fell 6.1% by the close.\n\nUnions said they would meet "
         "the management on Friday to discuss the plans for the plant.")


def test_the_photo_caption_over_its_credit_at_the_top_goes():
    doc = clean_document(_HEAD + "Workers leave the plant at the end of a shift.\nADA ROE | Harbour Images\n\n" + _BODY)
    assert doc.paragraphs[0].startswith("DUNMORE — Ferrow Mills")
    assert "Workers leave the plant at the end of a shift." not in doc.paragraphs
    assert doc.title == "Ferrow Mills cuts 300 jobs as orders slump"


def test_the_caption_under_the_image_label_and_its_bare_credit_go():
    doc = clean_document(_HEAD + "Image:\nWorkers leave the plant at the end of a shift.\nTallis Pictures\n\n"
                         "Harbour Courier | Companies | 12.09.2031\n\n" + _BODY)
    assert doc.paragraphs[0].startswith("DUNMORE — Ferrow Mills")
    assert not any(p in doc.paragraphs for p in ("Tallis Pictures", "Harbour Courier | Companies | 12.09.2031"))


def test_a_caption_in_brackets_goes_and_a_bracketed_note_stays():
    doc = clean_document(_HEAD + "[Workers leave the plant at the end of a shift]\n\n" + _BODY)
    assert doc.paragraphs[0].startswith("DUNMORE — Ferrow Mills")
    note = "[Translated from the Danish original. Dates follow the original.]"
    doc = clean_document(_HEAD + note + "\n\n" + _BODY)
    assert note in doc.paragraphs


def test_a_short_first_sentence_without_a_photo_stays():
    # no label above it, no credit below it: the article's own first line
    doc = clean_document(_HEAD + "Workers leave the plant at the end of a shift.\nBy Ada Roe\n\n" + _BODY)
    assert doc.paragraphs[0] == "Workers leave the plant at the end of a shift."


import pytest  # noqa: E402

from analysis.corpus.furniture import (  # noqa: E402
    REASON_CREDIT, REASON_HEADER, REASON_LOGIN, REASON_NAV, REASON_NEWSLETTER, furniture_reason,
)


@pytest.mark.parametrize("line, reason", [
    ("Download the Tidewater Post app for breaking news alerts. Available on the App Store and Google Play.", REASON_NAV),
    ("Webinar: Is the rally in freight rates over?", REASON_LINK),
    ("Whitepaper: Resilient ports in a volatile market – download now", REASON_LINK),
    ("Nothing in this newsletter is financial advice; speak to a broker.", REASON_CREDIT),
    ("This column does not constitute financial advice.", REASON_CREDIT),
    ("This story has been translated from the original version.", REASON_CREDIT),
    ("This transcript has been generated by software and checked by a producer.", REASON_CREDIT),
    ("AI-aided translation, reviewed by the night editors.", REASON_CREDIT),
    ("Käännetty suomesta / Translated from Finnish", REASON_HEADER),
    ("Écouter l'article (3:17)", REASON_NAV),
    ("Listen to this article (4:02)", REASON_NAV),
    ("#Markets #Asia-Pacific #Freight", REASON_NAV),
    ("Shipping headlines and analysis, delivered each weekday. No charge for members.", REASON_NEWSLETTER),
    ("Business e-mail *", REASON_LOGIN),
    ("First name Company Email address Submit", REASON_LOGIN),
    ("You've read 4 of 5 free stories this week; an account keeps them coming.", REASON_LOGIN),
])
def test_page_furniture_lines(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "This article was translated from Danish. The original was published on 11/06/2031 at 06:00.",
    "Meal kits are delivered every week to 2 million homes.",
    "Translated from French. Published 27/09/2031 at 18:20.",
    "Translated from Dutch. 07/10/2031, 14:05",
    "Sales translated from dollars into euros fell 3%.",
    "Parcels delivered every morning by the firm's vans fell 4% last year.",
    "Company", "Name", "Company Name", "Email marketing costs rose 3%.",
    "Webinars drew 3,000 viewers, the company said.",
    "Nothing in the filing suggests the bank needs more capital.",
    "#1 in its market, the group said its shares would list in May.",
])
def test_article_lines_that_look_like_them_stay(line):
    assert furniture_reason(line) is None


def test_the_last_paragraph_after_a_link_box_stays_over_a_sign_up_form():
    page = "\n\n".join([
        "Canal cuts transits as drought bites",
        "The canal authority said on Monday it would cut the number of ships allowed through each day from next week.",
        "The maximum draft for the largest ships will also fall to 44 feet from 50 feet, the authority said.",
        "Container lines rallied on the news, with two of the largest gaining more than 5% in New York.",
        "Related content", "Tallow index closes 0.3% higher as rate-cut bets build", "Port stocks slip 2.0% as rates weigh",
        "Pilots expect the queue of waiting tankers to shrink by the end of the month.",
        "Get the Harbour Daily newsletter", "Business e-mail *", "Company name *", "Yes, send it to me",
        "Reader comments", "PortWatcher 08/09/2031 22:59", "Same story every dry season. Why is nobody planning ahead?",
    ])
    doc = clean_document(page)
    assert doc.paragraphs[-1] == "Pilots expect the queue of waiting tankers to shrink by the end of the month."
    assert "Port stocks slip 2.0% as rates weigh" not in doc.paragraphs


_FIRST = ("Ilse Marrow first queued for a Dunmore terrace place in 1994. She writes a monthly column for the club's "
          "supporters' magazine and runs a fan podcast.")
_SECOND = ("On Thursday the league decided that from next August the Saturday games will be shown only on a streaming "
           "service, ending three decades of radio and pub broadcasts.")


def test_a_teaser_over_its_paragraph_goes():
    # cut short
    doc = clean_document("\n\n".join(["Fans count the cost of the rights deal",
                                      "Ilse Marrow first queued for a Dunmore terrace place in 1994.", _FIRST, _SECOND]))
    assert doc.paragraphs == (_FIRST, _SECOND)
    # told in a few other words
    teaser = ("On Thursday the league ruled that from next August the Saturday games will be shown only on a streaming "
              "service.")
    doc = clean_document("\n\n".join(["Fans count the cost of the rights deal", _FIRST, teaser, _SECOND]))
    assert doc.paragraphs == (_FIRST, _SECOND)


def test_paragraphs_that_open_alike_but_differ_stay():
    first = "Ilse Marrow first queued for a Dunmore terrace place in 1994, and her father before her."
    second = "Ilse Marrow first queued for a Dunmore terrace place in 1994. She says she will not go back."
    short = "The league said on Thursday it had sold the rights to a streaming service."  # a short paragraph, then
    doc = clean_document("\n\n".join(["Fans count the cost of the rights deal", first, second, short,  # another
                                      "The league said on Friday that fans would pay less than they feared, not more."]))
    assert doc.paragraphs[:3] == (first, second, short)


def test_the_page_title_line_with_the_site_name_goes_with_the_menu_under_it():
    head = "Comment: Savers left the Tallow bourse. Can a dividend season lure them?"
    body = ("Household savers took 2.3 billion crowns out of Tallow equity funds in the quarter, the fund "
            "association says, the most since it began counting.")
    page = "\n\n".join([f"{head} | The Harbour Ledger", "News • Politics • Business • Money • Opinion • Sport",
                        "Home > Business > Companies", head, body,
                        "Brokers say the outflow slowed in the last fortnight as the first interim dividends were paid."])
    doc = clean_document(page)
    assert doc.paragraphs[0] == head
    assert not any("Harbour Ledger" in p or p.startswith(("News •", "Home >")) for p in doc.paragraphs)
    # a table row whose cells are not the headline stays
    row = "Comment on the quarter's flows by fund and by sector. | Source: fund association."
    doc = clean_document("\n\n".join([row, head, body]))
    assert row in doc.paragraphs
