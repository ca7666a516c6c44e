"""Round 69 (clean69): a live page's greeting and sign-off set in a line with the entry's news ("07:40 BST - Good
morning and welcome to our rolling blog. Harlow Foods is down 4%."; "... closed 6.2% lower. That's it from me tonight.
Thanks for reading.") reached the extractors as sentences of the story (the timeline made events of them); an
entry heading that only greets or signs off ("06:45 BST - Good morning", "17:05 BST - That's it from me") was kept
as the heading of the entry below. Page debris of known kinds in words the rules did not read: a newsletter's offer
with when it is sent or what it brings, an article's tools between bars without a network's name ("Print | Email |
Comments (N)"), a ticker strip of prices with arrows, a live page's note on another place's clock. The last item of
a wire's list of stocks on the move ("** Acme Inc: down N%") was read as the page's footer.
Invented lines, names and sites."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import clean_document, is_move_line
from analysis.corpus.furniture import REASON_NAV, REASON_NEWSLETTER, REASON_SHARE, furniture_reason, housekeeping_edges

_BODY = ("Harlow Foods said on Monday that its chief financial officer had resigned after an internal review found "
         "errors in the way supplier rebates were booked over two years.")


def _live(*entries: str) -> str:
    return "\n\n".join(("Harlow Foods shares slide as finance chief quits - live", "Vale Markets | Live coverage", *entries))


@pytest.mark.parametrize("line, kept, cut", [
    ("07:40 BST - Good morning and welcome to our rolling blog of the session. Harlow Foods is down 4% in early trade.",
     "07:40 BST - Harlow Foods is down 4% in early trade.",
     ["Good morning and welcome to our rolling blog of the session."]),
    ("08:05 ET - Good morning. Brisco Retail is indicated 7% lower in premarket trading after its profit warning.",
     "08:05 ET - Brisco Retail is indicated 7% lower in premarket trading after its profit warning.", ["Good morning."]),
    ("16:35 BST - Harlow Foods closed 6.2% lower at 310p. That's it from me tonight. Thanks for reading.",
     "16:35 BST - Harlow Foods closed 6.2% lower at 310p.", ["That's it from me tonight.", "Thanks for reading."]),
    ("17:10 GMT - That's where we'll wrap up our coverage for tonight. To recap: Harlow Foods lost a fifth of its value.",
     "17:10 GMT - To recap: Harlow Foods lost a fifth of its value.",
     ["That's where we'll wrap up our coverage for tonight."]),
    ("Brisco closed 3% higher at $41.20. Thank you for following along - we're back tomorrow.",
     "Brisco closed 3% higher at $41.20.", ["Thank you for following along - we're back tomorrow."]),
    ("We'll leave things there for tonight. To recap: Harlow Foods said its finance chief had quit.",
     "To recap: Harlow Foods said its finance chief had quit.", ["We'll leave things there for tonight."]),
    ("Welcome to Thursday's live blog. It is a big day for the grocers.", "It is a big day for the grocers.",
     ["Welcome to Thursday's live blog."]),
    ("10:05 ET - Welcome to Harbour Live. Stocks are set to open higher.", "10:05 ET - Stocks are set to open higher.",
     ["Welcome to Harbour Live."]),
    ("09:02 ET - Good morning, and welcome back from the holiday weekend. Treasury yields are higher.",
     "09:02 ET - Treasury yields are higher.", ["Good morning, and welcome back from the holiday weekend."]),
    ("16:10 ET - Brisco closed down 5%. We're wrapping up our blog now - thanks for reading.",
     "16:10 ET - Brisco closed down 5%.", ["We're wrapping up our blog now - thanks for reading."]),
    ("16:10 ET - Brisco closed down 5%. That's all for today's blog - our news desk will be back on Monday at 8 a.m.",
     "16:10 ET - Brisco closed down 5%.", ["That's all for today's blog - our news desk will be back on Monday at 8 a.m."]),
    ("16:10 ET - Brisco closed down 5%. That's all from us for tonight; we'll be back on Monday.",
     "16:10 ET - Brisco closed down 5%.", ["That's all from us for tonight; we'll be back on Monday."]),
    ("16:10 ET - Brisco closed down 5%. That's a wrap for a busy session.", "16:10 ET - Brisco closed down 5%.",
     ["That's a wrap for a busy session."]),
    ("17:00 JST - Brisco closed down 5%. We'll be back before the open. Signing off.", "17:00 JST - Brisco closed down 5%.",
     ["We'll be back before the open.", "Signing off."]),
])
def test_a_greeting_or_sign_off_leaves_the_entry_and_its_stamp_stays(line: str, kept: str, cut: list[str]) -> None:
    assert housekeeping_edges(line) == (kept, cut)
    doc = clean_document(_live(line, _BODY))
    assert kept in doc.paragraphs
    assert all(any(r.text == c and r.reason == REASON_NAV for r in doc.removals) for c in cut)


@pytest.mark.parametrize("line", [
    "Good morning. The chairman opened the meeting with an apology to the shareholders in the room.",  # no stamp
    "\"Good morning. We'll be back tomorrow,\" the presenter said as the programme ended.",  # a quotation
    "That's all. The regulator has closed its inquiry into the bank's rebates.",  # no stamp, no word of a page
    "15:58 ET - That's the close in New York. Brisco finished up 0.4% at $41.20.",  # the close is the entry's news
    "Welcome to Bergen. The city hosts the airline's shareholder meeting on Friday.",  # no page named
    "15:40 GMT - Join us again tomorrow, when Brisco reports its results.",  # a day's news to come
])
def test_story_lines_keep_their_sentences(line: str) -> None:
    assert housekeeping_edges(line) == (line, [])


def test_an_entry_heading_that_only_greets_or_signs_off_goes_and_a_news_heading_stays() -> None:
    doc = clean_document(_live(
        "17:05 BST - That's it from me", "To recap: Harlow Foods closed 6.2% lower at 310p.",
        "15:50 BST - Closing bell", "Harlow Foods ended the session 6.2% lower.",
        "06:45 BST - Good morning", _BODY))
    assert "17:05 BST - That's it from me" not in doc.paragraphs
    assert "06:45 BST - Good morning" not in doc.paragraphs
    assert "15:50 BST - Closing bell" in doc.paragraphs
    assert "To recap: Harlow Foods closed 6.2% lower at 310p." in doc.paragraphs


@pytest.mark.parametrize("line, reason", [
    ("Sign up to the Vale Business briefing, sent each Friday evening.", REASON_NEWSLETTER),
    ("Subscribe to Quarry Metals Review for weekly copper price analysis.", REASON_NEWSLETTER),
    ("Print | E-mail | Comments (112)", REASON_SHARE),
    ("Save | Print | Share", REASON_SHARE),
    ("Futures: March cocoa $2,410 ▲ | May coffee $1.62 ▼ | Brent $81.30 ▲", REASON_NAV),
    ("Vale Post live blog. All times CET. Lagos is one hour behind.", REASON_NAV),
    ("This page will be updated when more details become available.", REASON_NAV),
    ("That concludes our coverage for the day. Thank you for reading.", REASON_NAV),
])
def test_page_debris_in_other_words(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Subscribers to the fund were told on Friday that redemptions would be suspended.",
    "Comments by the chairman were read as a warning | analysts said.",
    "Corn rose 2% on Friday as dealers bought ahead of the harvest.",
])
def test_story_lines_are_no_debris(line: str) -> None:
    assert furniture_reason(line) is None


def test_the_last_item_of_a_wire_list_of_movers_stays() -> None:
    assert is_move_line("** Quorra Inc: down 2.3%")
    assert is_move_line("Brindle Group: up 8.1% at $48.73")
    assert not is_move_line("Stocks moving: shares rose 3% on the day")
    text = "\n\n".join((
        "STOCKS ON THE MOVE-Brindle, Quorra",
        "May 4 (Example Wire) - U.S. stocks were little changed at midday on Tuesday as investors weighed bank results.",
        "Stocks moving:",
        "** Brindle Corp: up 3.1%",
        "The lender beat first-quarter profit estimates as higher interest rates lifted lending income.",
        "** Quorra Inc: down 2.3%",
        "Compiled by Jo Roe in Bengaluru; Editing by Sam Lee",
    ))
    doc = clean_document(text)
    assert any(p.endswith("Quorra Inc: down 2.3%") for p in doc.paragraphs)
