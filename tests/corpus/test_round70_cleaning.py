"""Round 70 (clean70): a live page's greeting and sign-off in words the rules did not read reached the extractors as
sentences of the story: a greeting from the desk's place ("<time> - Evening from <City>."), a
farewell ("Enjoy your weekend."), the return alone ("Back next Tuesday."), the close with where the coverage goes on
or the day it closes, and, next to such a sentence in the same entry, a sentence that only speaks to the reader
("Thank you for all your questions today."). A box of links under "More on <Site>:" kept its first link as the
article's last paragraph; a standfirst's byline ("..., writes <Name>") was read as text of the story; a pointer to
another page of the site, a brief item after its label, the page's stamp strip at the foot. Invented lines, names and
sites."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import _foot_stamp, clean_document
from analysis.corpus.furniture import REASON_BYLINE, REASON_NAV, furniture_reason, housekeeping_edges, housekeeping_line

_BODY = ("Harlow Foods said on Monday that its chief financial officer had resigned after an internal review found "
         "errors in the way supplier rebates were booked over two years.")


def _live(*entries: str) -> str:
    return "\n\n".join(("Harlow Foods shares slide as finance chief quits - live", "Quillfield Markets | Live coverage",
                        *entries))


@pytest.mark.parametrize("line, kept, cut", [
    ("18:02 BST - Evening from Leeds. Harlow Foods is down 4% in late dealing.",
     "18:02 BST - Harlow Foods is down 4% in late dealing.", ["Evening from Leeds."]),
    ("06:58 CET - Good morning from Oslo, where the harbour is still frozen. Brisco opened 6% lower.",
     "06:58 CET - Brisco opened 6% lower.", ["Good morning from Oslo, where the harbour is still frozen."]),
    ("17:20 BST - We're signing off. Harlow Foods shed 6.2% to 310p on the day. Back next Tuesday.",
     "17:20 BST - Harlow Foods shed 6.2% to 310p on the day.", ["We're signing off.", "Back next Tuesday."]),
    ("16:31 ET - Brisco slid 5.4% to $43.58. Thank you for joining us, and we will be back on Wednesday.",
     "16:31 ET - Brisco slid 5.4% to $43.58.", ["Thank you for joining us, and we will be back on Wednesday."]),
    ("12:15 HKT - Brisco lost 5.5 per cent by the lunch break. That concludes our Hong Kong coverage for today - our "
     "London desk takes over from here.", "12:15 HKT - Brisco lost 5.5 per cent by the lunch break.",
     ["That concludes our Hong Kong coverage for today - our London desk takes over from here."]),
    ("07:45 SGT - Brisco ended 4.1% lower in Singapore. We're handing over to the New York team.",
     "07:45 SGT - Brisco ended 4.1% lower in Singapore.", ["We're handing over to the New York team."]),
    ("17:35 CET - The index slipped 0.2% at the bell. Enjoy your weekend.", "17:35 CET - The index slipped 0.2% at the bell.",
     ["Enjoy your weekend."]),
])
def test_a_greeting_or_sign_off_in_other_words_leaves_the_entry(line: str, kept: str, cut: list[str]) -> None:
    assert housekeeping_edges(line) == (kept, cut)
    doc = clean_document(_live(line, _BODY))
    assert kept in doc.paragraphs
    assert all(any(r.text == c and r.reason == REASON_NAV for r in doc.removals) for c in cut)


@pytest.mark.parametrize("line", [
    "17:55 BST - That's all from me tonight. Thank you for all your questions today. We'll be back at the open.",
    "21:10 ET - That's it from the New York desk. Our Asia team continues the blog on the overnight page.",
    "18:30 CET - That's it from us after a long week for the grocers. Thanks for following along.",
    "17:40 BST - That's it for this week. Have a restful weekend.",
    "17:02 ET - That's a wrap. Our team picks up the story on the evening live page.",
])
def test_an_entry_of_a_sign_off_in_words_of_its_own_goes_whole(line: str) -> None:
    assert housekeeping_line(line)
    doc = clean_document(_live(line, "15:30 GMT - Harlow Foods closed 6.2% lower at 310p.", _BODY))
    assert line not in doc.paragraphs
    assert "15:30 GMT - Harlow Foods closed 6.2% lower at 310p." in doc.paragraphs


@pytest.mark.parametrize("line", [
    # a sentence in the first person that gives the writer's view of the news is the entry's
    "09:10 GMT - Good morning. We think the shares will fall. Our analysts agree.",
    # the news to come stays, as the house decided
    "15:40 GMT - That's all from us today. Join us again tomorrow, when Brisco reports its results.",
    # a clause of news before the pointer to the next page
    "08:05 GMT - That's it from the Oslo desk. Nordic markets opened flat; our live coverage picks up on the next page.",
    # a figure in the sentence next to the sign-off
    "16:10 GMT - That's it from us. We will see if the 5% fall holds on Monday.",
])
def test_the_entry_keeps_sentences_of_its_news(line: str) -> None:
    assert not housekeeping_line(line)
    kept, _cut = housekeeping_edges(line)
    assert len(kept) > len("16:10 GMT - ")


def test_the_reader_sentence_goes_only_beside_a_sign_off_in_a_live_entry() -> None:
    alone = "16:40 GMT - Thanks for all your emails on the rebates."
    assert housekeeping_edges(alone) == (alone, [])
    unstamped = "That's it from us. Our team picks up the story on the evening live page."
    assert housekeeping_edges(unstamped)[0] == "Our team picks up the story on the evening live page."


def test_a_box_of_links_under_more_on_the_site_is_the_footer() -> None:
    text = "\n\n".join([
        "Harlow Foods sinks 16% as grocers drop its supplier",
        _BODY,
        "Harlow Foods shares fell 16 percent to close at $97.31 on Thursday, their worst day in a decade.",
        "The company said in a statement it was disappointed by the decisions and was reviewing them.",
        "\"We have not seen selling like this since the audit,\" said Tom Ruvo of Bayfield Securities.",
        "More on Quillfield Investor:\n- Harlow Foods: a bargain at last?\n- Why grocers set the terms\n"
        "- Five charts on the rebate row",
        "Advertisement",
    ])
    doc = clean_document(text)
    assert doc.paragraphs[-1].startswith("\"We have not seen selling")
    assert any(r.text == "More on Quillfield Investor:" for r in doc.removals)
    assert any(r.text == "- Harlow Foods: a bargain at last?" for r in doc.removals)


def test_a_subheading_more_on_a_name_inside_the_article_stays() -> None:
    body = [
        _BODY,
        "Harlow Foods shares fell 16 percent to close at $97.31 on Thursday, their worst day in a decade.",
        "More on Brisco",
        "Brisco, the group's largest supplier, said it had stopped deliveries on Wednesday and would review its "
        "contract with the grocer after the audit, which found invoices it had not been paid for since March.",
        "Its chief executive said the company was owed about $40 million and had hired lawyers to recover it, and that "
        "talks with the grocer's board would resume next week in London.",
    ]
    doc = clean_document("\n\n".join(["Harlow Foods sinks 16%", *body]))
    assert doc.paragraphs[-1].startswith("Its chief executive said")


def test_a_standfirst_byline_goes_and_the_standfirst_stays() -> None:
    text = "\n\n".join([
        "Harlow Foods: the test of a new boss",
        "The rebates that made the grocer a market favourite now weigh on its profits, writes Jane Roe",
        _BODY,
        "Harlow Foods shares fell 16 percent to close at $97.31 on Thursday, their worst day in a decade.",
    ])
    doc = clean_document(text)
    assert "The rebates that made the grocer a market favourite now weigh on its profits" in doc.paragraphs
    assert any(r.text == "writes Jane Roe" and r.reason == REASON_BYLINE for r in doc.removals)
    assert not any("Jane Roe" in p for p in doc.paragraphs)


@pytest.mark.parametrize("line", [
    "\"The rebates were booked in the wrong year,\" writes Jane Roe in her review of the accounts.",
    "The rebates were booked in the wrong year, writes Jane Roe.",  # a citation ends with its full stop
])
def test_a_citation_of_a_writer_in_the_story_stays(line: str) -> None:
    doc = clean_document("\n\n".join(["Harlow Foods: the test of a new boss", _BODY, line]))
    assert line in doc.paragraphs


@pytest.mark.parametrize("line, reason", [
    ("For more commodity news, see our metals page.", REASON_NAV),
    ("For more on the takeover, visit our deals hub.", REASON_NAV),
    ("For more details, see the company statement.", None),  # no page of the site's own
    ("For more on the case, see the court filing published on the regulator's site.", None),
    ("For more than a decade, the bank has been the largest lender in the region.", None),
])
def test_a_pointer_to_another_page_of_the_site_is_page_chrome(line: str, reason: str | None) -> None:
    assert furniture_reason(line) == reason


def test_a_brief_item_after_its_label_is_news_and_a_label_of_links_is_not() -> None:
    item = "Also in brief: Quarry Metals said on Tuesday that copper output rose 4% in the second quarter, beating its plan."
    assert furniture_reason(item) is None
    assert furniture_reason("Also in Markets: Copper slides | Gold steady") is not None
    doc = clean_document("\n\n".join(["Harlow Foods sets date for results", _BODY, item]))
    assert item in doc.paragraphs


def test_a_stamp_strip_at_the_foot_goes_and_a_dated_table_row_stays() -> None:
    lines = ["Harlow Foods buys back 12.5 million shares", _BODY,
             "Harlow Foods shares fell 1.8 per cent to $1.10 on Monday, giving back part of Friday's gain."]
    doc = clean_document("\n\n".join([*lines, "Quillfield Ledger | 2 March 2031 | Leeds"]))
    assert doc.paragraphs[-1].startswith("Harlow Foods shares fell 1.8 per cent")
    assert any(r.text == "Quillfield Ledger | 2 March 2031 | Leeds" for r in doc.removals)
    rows = [(1, lines[2]), (3, "March 1, 2031 | Brisco Bank"), (4, "March 8, 2031 | Acme Bank")]
    assert not _foot_stamp(rows, 2)  # the last row of a dated table
    assert _foot_stamp([*rows[:1], (3, "Quillfield Ledger | 2 March 2031 | Leeds")], 1)
