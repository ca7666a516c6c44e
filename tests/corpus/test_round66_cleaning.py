"""Round 66 (clean66): the article's figures that cleaning took out and kept from the move reader, and page debris
that stayed in the text. A strip of movers between bars whose names are written in words ("Velmora +6.2% | Brandt
Logistics -3.4%"), under a caption, with levels or with its changes in brackets, is taken out as page chrome and now
handed to the share-move reader as a quote strip in capitals is. Debris kept in the text: a line made only of a page's
housekeeping to its reader (a live page's welcome, pointer to its coverage and sign-off; a prompt to follow the site on a
network or to write to its newsroom, maybe after a question to the reader), a wire's credit at the foot with "from" or
"based on", a site's disclaimer on its stock picks or on external sites, a photo's credit alone on its line, a post's
section and a few more lines of page chrome ("Leave a comment", "Previous article"). Invented lines, names and sites."""

from __future__ import annotations

import json

import pytest

from analysis.corpus.cleaning import clean_document
from analysis.corpus.furniture import REASON_CAPTION, REASON_CREDIT, REASON_NAV, furniture_reason, movers_strip
from analysis.corpus.load import head_lines
from tests.corpus.test_corpus_round60 import _BODY

_HEADLINE = "Velmora Textil cuts outlook, share slides"


def _heads(text: str) -> list[str]:
    return [line for _at, line in json.loads(head_lines(clean_document(text), text))]


@pytest.mark.parametrize("strip", [
    "Velmora +6.2% | Brandt Logistics -3.4% | Nordix-Hale +1.1%",
    "Top risers (Harlow 50): Velmora +6.2% | Brandt Logistics +3.4% | Nordix +1.1%",
    "Yesterday's movers: Velmora Textil -8.5% | Brandt Logistics +2.7% | Nordix -3.9%",
    "Harlow 50: 7,012.40 (-0.6%) | Harlow 250: 12,345.60 (-0.8%) | Harlow Growth: 812.30 (-1.2%)",
    "VLM.HX 44.10 -0.7% | BRT.HX 12.85 -0.9% | Harlow 50 7,012.4 +0.2% | Wheat (HGX) US$6.42 +2.1%",
])
def test_a_strip_of_movers_in_words_taken_out_reaches_the_move_reader(strip):
    for text in ("\n".join((_HEADLINE, "", *_BODY, "", strip, "", "© 2031 Harlow Ledger")),
                 "\n".join((_HEADLINE, "", strip, "", *_BODY))):
        doc = clean_document(text)
        assert strip not in doc.text
        assert _heads(text)[-1 if text.endswith("Ledger") else 1] == strip


@pytest.mark.parametrize("line", [
    "Shares of Velmora rose 6.2% and Brandt fell 3.4% on Tuesday.",
    "Related: Velmora shares slide 4.2% | Brandt up 1.3%",  # unsigned: headlines of other stories
    "Velmora close: 412.5p (+3.6%)",  # one cell
    "Sales rose by +5% in the year, the chairman said; margins fell -2% | outlook",
])
def test_lines_that_are_no_strip_of_movers(line):
    assert not movers_strip(line)


@pytest.mark.parametrize(("line", "reason"), [
    ("Good morning and welcome to our live blog of Thursday's session. Reload this page for new posts.", REASON_NAV),
    ("Follow the live blog here.", REASON_NAV),
    ("Follow our rolling updates on the Velmora vote and what the market makes of it.", REASON_NAV),
    ("That's all for tonight. Thank you for following along, and join us again on Monday.", REASON_NAV),
    ("18:40 GMT - That's it from me. I will be back on Monday at 8am. Thanks for joining us.", REASON_NAV),
    ("Got a tip about the Velmora takeover? Write to our editors in confidence.", REASON_NAV),
    ("Are you a Harlow dock worker? Write to our reporters in confidence.", REASON_NAV),
    ("Follow the Ledger on Facebook and X for the latest on the dock strike.", REASON_NAV),
    ("With additional reporting from Harlow Wire", REASON_CREDIT),
    ("This story is based on reports by Harlow Wire.", REASON_CREDIT),
    ("This column is for information only and is not a recommendation to buy or sell shares.", REASON_CREDIT),
    ("Like this article? Share it with a friend.", REASON_NAV),
    ("Want more stories like this? Subscribe to our daily markets briefing.", REASON_NAV),
    ("The Harlow Ledger is not responsible for the content of external sites.", REASON_CREDIT),
    ("Harlow Press Photo/Oda Brenner", REASON_CAPTION),
    ("Harlow Wire file photo", REASON_CAPTION),
    ("Posted in Markets", REASON_NAV),
    ("Leave a comment", REASON_NAV),
    ("Print this article", REASON_NAV),
    ("Previous article", REASON_NAV),
    ("Join the conversation", REASON_NAV),
])
def test_housekeeping_and_credit_lines_have_their_reason(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Welcome to Harlow Live. Futures point to a firm start after a strong session in Asia.",
    "3.50pm - Closing bell",  # a live entry's heading: its time is the entry's below
    "17:35 CET - Close. Velmora ended down 4.2% at 21.48. Thanks for following along.",
    "That's all for tonight. Join us tomorrow, when the finance minister delivers her budget.",
    "Call us when you land, she told the crew.",
    "The company said it would contact customers by email.",
    "Investors should follow the coverage of the hearing closely.",
    "The estimate is based on reporting from the company's own auditors.",
    "Additional reporting from the field showed the damage was wider.",
    "Quistel/Zorbo Mining",  # a heading of two companies, no photographer
    "Did you like the results? Velmora's investors did, and the shares rose 6%.",
    "The board is not responsible for the content of the report, the auditor said.",
])
def test_the_storys_lines_of_the_same_words_stay(line):
    assert furniture_reason(line) is None

