"""Round 65 (clean65): the article's figures that cleaning took out or hid. A quote strip at the article's foot
("VLM -4.2% | BRT +1.3%") is handed to the share-move reader as one over the article is, and so is one with prices
that stayed in the text; an item's heading with a signed percent is no other story's headline; a labelled line of
movers after the last paragraph ("Winners: ...") is the article's. Page debris kept in the text: the note on a
columnist, the helpline note under a story of a suicide, a prompt to follow the site, a line of its trending stories,
a labelled sign-up, a live page's clock note and sign-off, a page's stamp line whose parts dashes set off. Invented
lines, names and sites."""

from __future__ import annotations

import json

import pytest

from analysis.corpus.cleaning import clean_document, page_stamp
from analysis.corpus.furniture import (REASON_CONTACT, REASON_CREDIT, REASON_DATE, REASON_LINK, REASON_NAV,
                                       REASON_NEWSLETTER, furniture_reason)
from analysis.corpus.load import head_lines
from tests.corpus.test_corpus_round60 import _BODY

_HEADLINE = "Velmora Textil cuts outlook, share slides"


def _heads(text: str) -> list[str]:
    return [line for _at, line in json.loads(head_lines(clean_document(text), text))]


def test_a_quote_strip_at_the_foot_is_a_head_line():
    strip = "VLM -4.2% | BRT +1.3% | NDX -0.3%"
    text = "\n".join((_HEADLINE, "", *_BODY, "", strip))
    doc = clean_document(text)
    assert strip not in doc.text
    assert _heads(text) == [_HEADLINE, strip]
    captioned = "Movers: VLM 21.48 -4.2% | BRT 8.10 +1.3%"  # a caption and prices
    text = "\n".join((_HEADLINE, "", *_BODY, "", "Market movers", captioned, "", "© 2031 Harlow Ledger"))
    assert _heads(text)[-1] == captioned


def test_lines_below_the_article_that_are_no_strip_are_no_head_lines():
    text = "\n".join((_HEADLINE, "", *_BODY, "", "Related: Velmora shares slide 4.2% | Brandt up 1.3%", "",
                      "Home | Markets | Companies | Opinion"))
    assert _heads(text) == [_HEADLINE]


def test_an_item_heading_with_a_signed_percent_between_paragraphs_is_the_articles():
    text = "\n".join((
        "Stocks to watch: Velmora, Brandt", "",
        "European futures pointed higher on Tuesday as a run of results lifted retailers.", "",
        "Stocks we are watching before the open:", "",
        "VELMORA TEXTIL (VLM) +6.2% premarket",
        "The clothing maker said orders from the south had recovered in the spring and raised its outlook for the year.",
        "",
        "BRANDT LOGISTICS (BRT) -3.4%; NORDIX SHIPPING (NDX) -1.1% premarket",
        "The hauliers fell after a rival warned that freight volumes would keep falling through the summer months.",
    ))
    doc = clean_document(text)
    assert "VELMORA TEXTIL (VLM) +6.2% premarket" in doc.paragraphs
    assert "BRANDT LOGISTICS (BRT) -3.4%; NORDIX SHIPPING (NDX) -1.1% premarket" in doc.paragraphs


def test_another_storys_headline_between_paragraphs_still_goes():
    text = "\n".join((
        _HEADLINE, "", _BODY[0], "", "Brandt Logistics shares jump 12% after a surprise bid from a rival", "",
        *_BODY[2:],
    ))
    assert "Brandt Logistics shares jump 12% after a surprise bid from a rival" not in clean_document(text).paragraphs


def test_labelled_lists_of_movers_after_the_last_paragraph_stay():
    winners = "WINNERS: Velmora +5.3%, Brandt Logistics +3.7%, Nordix +1.4%"
    losers = "Top fallers: Orvane -2.8%, Quist Group -0.6%"
    text = "\n".join((_HEADLINE, "", *_BODY, "", "The euro bought 1.0842 dollars late in the day.", "", winners, losers))
    doc = clean_document(text)
    assert winners in doc.paragraphs and losers in doc.paragraphs


def test_a_labelled_line_without_movers_after_the_article_still_goes():
    text = "\n".join((_HEADLINE, "", *_BODY, "", "Filed under: Velmora Textil, Brandt Logistics"))
    assert not any("Filed under" in p for p in clean_document(text).paragraphs)


def test_a_priced_quote_strip_after_the_article_is_chrome_handed_to_the_move_reader():
    strip = "VLM 21.48 -4.20% | BRT 8.10 +1.25% | DJIA -0.31% | S&P 500 -0.44%"
    captioned = "Market data: VLM 412.30p -3.1% | BRT 88.05p +0.7% | FTSE 100 7,204.10 -0.6%"
    for line in (strip, captioned):
        assert furniture_reason(line) == REASON_NAV
        text = "\n".join((_HEADLINE, "", *_BODY, "", line))
        assert line not in clean_document(text).paragraphs
        assert _heads(text) == [_HEADLINE, line]


def test_a_table_row_with_bars_is_no_quote_strip():
    assert furniture_reason("VLM | 4.17 | -12.0% BRT | -31.0%") is None
    assert furniture_reason("Velmora | 21.48 | -4.2% | +1.3%") is None


@pytest.mark.parametrize(("line", "reason"), [
    ("Oda Brenner is The Harlow Ledger's shipping columnist.", REASON_CREDIT),
    ("Ivo Lund ran a grain elevator for 25 years. His column appears every other Monday.", REASON_CREDIT),
    ("If you or someone you know is in crisis, call or text the national crisis line on 0800 111.", REASON_CREDIT),
    ("For confidential support, call the Samaritans branch in Harlowshire on 0300 555 010.", REASON_CREDIT),
    ("Enjoyed this story? Follow Harlow Ledger on X and Facebook.", REASON_CONTACT),
    ("Trending on Harlow Ledger: Is Velmora a buy? | Five shipping stocks to watch", REASON_LINK),
    ("Price alerts: sign up for the Ledger's weekly markets roundup.", REASON_NEWSLETTER),
    ("Subscribe to the Harlow Markets evening briefing.", REASON_NEWSLETTER),
    ("Harlow Ledger rolling coverage. All times Pacific time; reload the page for new updates.", REASON_NAV),
    ("Thank you for following along. We will be back at 8am tomorrow.", REASON_NAV),
    ("18:30 GMT - That's all for tonight. Thank you for following along.", REASON_NAV),
    ("Prices: Harlow Data Services. Closing quotes as of 4:30 p.m. GMT.", REASON_NAV),
    ("Trading is shut for the holiday. Share prices as of Wednesday's close.", REASON_NAV),
])
def test_debris_lines_have_their_reason(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Oda Brenner is the company's chief executive.",
    "Calls to the national crisis line rose 45% in its first month, the ministry said.",
    "The helpline said it had taken 4,000 calls since Monday.",
    "Liked the results? Investors did: Velmora shares rose 6% on Tuesday.",
    "Trending lower all week, the shares closed at 21.48 on Friday.",
    "17:35 CET - Close. Velmora ended down 4.2% at 21.48. Thanks for following along.",
    "Her column on the merger appeared in the Ledger on Monday, she said.",
    "Data: the company said sales fell in every region.",
    "Share prices as of the close on Friday valued the group at $4 billion.",
])
def test_the_storys_sentences_of_the_same_words_stay(line):
    assert furniture_reason(line) is None


def test_a_stamp_line_of_parts_set_off_by_dashes_is_the_pages():
    assert str(page_stamp("Harlow Ledger - Business - Aug. 31, 2031 6:40 p.m.")) == "2031-08-31"
    assert str(page_stamp("Harlow Capital Report — Market Close — 19 August 2031")) == "2031-08-19"
    assert page_stamp("Shares fell 5% - the most since March 3, 2031") is None
    text = "\n".join((_HEADLINE, "", "Harlow Ledger - Business - Aug. 31, 2031 6:40 p.m.", "", *_BODY))
    doc = clean_document(text)
    assert not any("Harlow Ledger" in p for p in doc.paragraphs)
    assert [r.reason for r in doc.removals] == [REASON_DATE]
