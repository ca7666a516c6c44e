"""Page furniture of scraped news pages that an outsider's wrapped pages let through: reading times and players,
ticker strips and market-data notes, captions that end on their bracketed credit, bylines with a dash or a stamp,
a live page's teaser list, comment counters, headings of link boxes and of a press release's end, and a box set
before the article's last paragraph. Invented lines and pages."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import clean_document
from analysis.corpus.furniture import (
    REASON_BYLINE, REASON_CAPTION, REASON_COMMENTS, REASON_CONTACT, REASON_LINK, REASON_LOGIN, REASON_NAV, REASON_NEWSLETTER,
    REASON_SHARE, furniture_reason, sentence_like,
)


@pytest.mark.parametrize("line, reason", [
    ("View comments (43)", REASON_COMMENTS),
    ("Comments (1,204)", REASON_COMMENTS),
    ("Orla Brandt · 3 min read", REASON_NAV),
    ("Friday 12 May 2031 · 4 min read · Share [in] [X]", REASON_NAV),
    ("Listen to this article · 3 min", REASON_NAV),
    ("VIDEO 2:51", REASON_NAV),
    ("QRVL -5.88%  MNTE +2.64%  OPRX -2.62%", REASON_NAV),
    ("Market data shown with a delay of 15 minutes or more. Prices are indicative only.", REASON_NAV),
    ("All quotes delayed a minimum of 20 minutes.", REASON_NAV),
    ("Index levels shown may be delayed.", REASON_NAV),
    ("A courier waits outside a depot (Photo: Ada Roe/Harbour Images)", REASON_CAPTION),
    ("The plant's main gate. (Representational image/Stock Agency)", REASON_CAPTION),
    ("(Source: Harbour Images)", REASON_CAPTION),
    ("ADA ROE | Harbour Images", REASON_CAPTION),
    ("By Ada Roe – Staff Reporter, The Tidewater Ledger", REASON_BYLINE),
    ("Ada Roe | Updated: 16 Oct 2031, 17:24 IST", REASON_BYLINE),
    ("12.39 Our live coverage of the vote continues…", REASON_LINK),
    ("Promoted by Ambergate Savings", REASON_NAV),
    ("ANZEIGE / ADVERTISEMENT", REASON_NAV),
    ("Ad feedback", REASON_NAV),
    ("In this article:", REASON_NAV),
    ("Editor's pick", REASON_NAV),
    ("Advertisement · Scroll to continue", REASON_NAV),
    ("Story continues below the ad", REASON_NAV),
    ("Like Tweet Share Follow", REASON_SHARE),
    ("Comment Share Print Text size", REASON_SHARE),
    ("Try unlimited access: only $1 for 4 weeks, then $60 per month.", REASON_LOGIN),
    ("Complete digital access to quality journalism on any device. Cancel anytime during your trial.", REASON_LOGIN),
    ("[Image] Credit: Harbour Images", REASON_CAPTION),
    ("Photograph: Ada Roe/Harbour Images", REASON_CAPTION),
    ("Filed under: Stocks", REASON_NAV),
    ("Please turn on JavaScript for the best experience of live coverage.", REASON_NAV),
    ("From staff and wire reports", REASON_NAV),
    ("Posted by Ada Roe on May 3, 2031 | 191 Comments", REASON_BYLINE),
    ("Join 63,000+ investors. Get our free daily email. [Subscribe]", REASON_NEWSLETTER),
    (">> Don't miss: Orvane profit falls 28.8% in third quarter", REASON_LINK),
    ("EUR/USD 1.1173 +1.33%", REASON_NAV),
    ("Brent 82.10 -1.1%", REASON_NAV),
    ("Intraday data provided by Orvane Data and subject to terms of use.", REASON_NAV),
    ("[14]Contact | [15]Terms of Use | [16]Privacy Policy", REASON_NAV),
    ("Tags", REASON_NAV),
    ("Ada Roe is a former sell-side analyst who has covered shipping for 12 years. Follow on Twitter @adaroe.",
     REASON_CONTACT),
])
def test_page_furniture_line(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Shares of Orvane fell 3% on Monday, the company said.",
    "Orvane rose 4% and Tessa 2% (Reuters).",
    "Revenue rose 12% in the quarter (source: company filings), the fastest in years.",
    "The report, which takes 5 min. to read, was published on Monday.",
    "Orvane (ORV) -12.5%",  # a list of movers in the article keeps its lines
    "09:30 — Orvane has pared its losses to 5.2%.",  # a live page's entry, not a teaser
    "By noon the stock had lost another 11.2 percent.",
    "He said customers can cancel anytime.",
    "The data provided by the agency showed a 4% fall.",
    "Topics: what the minister said on Monday was wrong.",
    "Live coverage continues on Monday.",
])
def test_article_lines_are_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None


def test_a_german_closing_mark_ends_a_sentence() -> None:
    assert sentence_like("„That is its great advantage,“ he said. „We will see.“")


def _kept(page: str) -> list[str]:
    return list(clean_document(page).paragraphs)


_BODY = [
    "Orvane Logistics shares fell 6.2% on Tuesday after the company cut its forecast for the year.",
    "The carrier said demand in its two largest markets had slowed sharply since the spring.",
    "\u201cWe are not going to chase volume at any price,\u201d chief executive Ada Roe told analysts on a call.",
    "Analysts at Tessa Bank lowered their price target to 410 pence from 480 pence.",
]


def test_a_box_before_the_articles_last_paragraph_leaves_it_in() -> None:
    page = "\n\n".join(["Orvane cuts forecast", *_BODY[:3], "Also of interest",
                        "Ferry fares to rise 4% in May", _BODY[3], "Trending tickers", "Tessa Bank +3.10%",
                        "Ambergate -1.20%"])
    kept = _kept(page)
    assert _BODY[3] in kept
    assert "Ferry fares to rise 4% in May" not in kept and "Tessa Bank +3.10%" not in kept


def test_comments_counter_and_ticker_list_end_the_article() -> None:
    page = "\n\n".join(["Orvane cuts forecast", *_BODY, "View comments (43)", "Trending Tickers",
                        "Lumen Grid +8.94%", "Halvorsen Marine +6.17%", "Pinecliff Bank -4.49%"])
    kept = _kept(page)
    assert kept[-1] == _BODY[3]


@pytest.mark.parametrize("heading", ["###", "Media contact:", "Investor contacts"])
def test_a_press_releases_end_mark_ends_the_article(heading: str) -> None:
    page = "\n\n".join(["Orvane cuts forecast", *_BODY, heading, "Ada Roe, Head of Communications",
                        "+44 20 7946 0000", "About Orvane: Orvane Logistics runs 40 depots in six countries."])
    kept = _kept(page)
    assert kept[-1] == _BODY[3]


def test_a_forward_looking_note_run_into_its_text_ends_the_release() -> None:
    page = "\n\n".join(["Orvane cuts forecast", *_BODY,
                        "Forward-looking statements: This release contains statements about future events that "
                        "involve risks and uncertainties."])
    assert _kept(page)[-1] == _BODY[3]


@pytest.mark.parametrize("link", [
    "Ferry fares to rise 4% in May as fuel costs bite",
    "Opinion: \u201cWe will fight this in court,\u201d says Tessa Bank chief Ada Roe",
    "LIVE \u2013 Ambergate halts two plants after a cyberattack",
    "Ada Roe to step down as Tessa Bank chief executive on May 3",
])
def test_a_headline_of_another_story_between_two_paragraphs_goes(link: str) -> None:
    page = "\n\n".join(["Orvane cuts forecast", *_BODY[:2], link, *_BODY[2:]])
    kept = _kept(page)
    assert link not in kept and kept == _BODY


@pytest.mark.parametrize("line", [
    "What the forecast cut means for the depots",  # a subheading of the article: no figure, no label
    "\u201cWe are not going to chase volume at any price,\u201d she said",  # the article's quotation
])
def test_a_subheading_or_quotation_between_paragraphs_stays(line: str) -> None:
    page = "\n\n".join(["Orvane cuts forecast", *_BODY[:2], line, *_BODY[2:]])
    assert line in _kept(page)


def test_a_headline_between_a_live_pages_entries_goes() -> None:
    entries = ["The port authority said crews had reached the wreck and would start pumping fuel tonight.",
               "Hong Kong close: shipping stocks were mixed, with two of the largest lines down about 1%.",
               "The ministry said the strait would not reopen before the weekend at the earliest."]
    link = "Opinion: \u201cWe will fight this in court,\u201d says Tessa Bank chief Ada Roe"
    page = "\n\n".join(["Strait closure, day 3: live", "6:40pm SGT", entries[0], "4:15pm SGT", link, entries[1],
                        "2:30pm SGT", entries[2]])
    kept = _kept(page)
    assert link not in kept and all(e in kept for e in entries)
