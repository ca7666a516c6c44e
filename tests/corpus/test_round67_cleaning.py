"""Round 67 (clean67): gold sentences that cleaning took from the extractors, and page debris left in the text.
A wire's brief whose lead-in is the day and the agency alone ("Feb 17 (Agency) -") over its bulleted lines in capitals
kept only its first bullet (the rest was read as links after the article); a market report's closing sentence printed
in the outlet's set words with the day's own figures on another page of the corpus ("The krona fell 0.2% to 9.12.") was
taken as the site's footer. Debris kept in the text: the links under a "Read more:" heading that end like questions
(and the wire's credit above them), a label of more stories run into one line with its headlines between bars, a
note on the story's state or its copy ("This is a breaking news story and may be updated."), the note on a writer
named in the strip under the headline, and a headline written as sentences over the site's name and section or its
breadcrumb, read as the first paragraph; a strip with the page's posted stamp written in figures, read as prose; a
note on where a list's figures come from and how firm they are ("Data: <exchange>. Prices are preliminary.").
Invented lines, names and sites."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import REASON_AUTHOR_NOTE, clean_document
from analysis.corpus.furniture import REASON_CREDIT, REASON_LINK, REASON_NAV, furniture_reason
from analysis.corpus.templates import template_lines
from tests.corpus.test_templates import _STORIES


_BRIEF = "\n".join((
    "BRIEF-Velmora Textil shares extend slide after plant closures",
    "",
    "Mar 4 (Harlow Wire) -",
    "",
    "* VELMORA TEXTIL STOCK TRADES 3.2% LOWER AT 41.10 CROWNS BY 1010 GMT",
    "",
    "* THE STOCK SLID 8.5% ON TUESDAY WHEN THE GROUP ANNOUNCED TWO PLANT CLOSURES",
    "",
    "* OSTMARK SECURITIES LOWERS ITS TARGET PRICE TO 45 CROWNS",
    "",
    "* STOCK HAS LOST 11.4% SINCE JANUARY",
    "",
    "Further company coverage: VLM.HX",
    "",
    "(Harlow Newsroom)",
))


def test_a_brief_led_by_the_day_and_the_agency_alone_keeps_every_bullet():
    doc = clean_document(_BRIEF)
    assert doc.paragraphs == (
        "VELMORA TEXTIL STOCK TRADES 3.2% LOWER AT 41.10 CROWNS BY 1010 GMT",
        "THE STOCK SLID 8.5% ON TUESDAY WHEN THE GROUP ANNOUNCED TWO PLANT CLOSURES",
        "OSTMARK SECURITIES LOWERS ITS TARGET PRICE TO 45 CROWNS",
        "STOCK HAS LOST 11.4% SINCE JANUARY",
    )
    assert doc.title == "BRIEF-Velmora Textil shares extend slide after plant closures"
    assert "Mar 4 (Harlow Wire) -" in {r.text for r in doc.removals}


def test_a_dash_alone_without_bullets_under_it_is_no_brief():
    text = "\n".join(("Velmora Textil cuts outlook", "", "Mar 4 (Harlow Wire) -", "",
                      "Velmora Textil cut its outlook on Tuesday, citing weak orders from retailers in the south.", "",
                      "The company said it would close two of its six plants by the end of the summer."))
    doc = clean_document(text)
    assert doc.paragraphs[-2:] == (
        "Velmora Textil cut its outlook on Tuesday, citing weak orders from retailers in the south.",
        "The company said it would close two of its six plants by the end of the summer.")


def _drops(pages: list[list[str]]) -> list[list[str]]:
    return [[page[j] for j in sorted(d)] for page, d in zip(pages, template_lines(pages))]


def test_a_closing_sentence_with_each_days_own_figures_is_no_template():
    pages = [[*_STORIES["ferry"], "The krona fell 0.2% to 9.1240 per euro.", "Cookie policy | Terms"],
             [*_STORIES["mill"], "The krona fell 0.5% to 9.1815 per euro.", "Cookie policy | Terms"]]
    assert _drops(pages) == [["Cookie policy | Terms"], ["Cookie policy | Terms"]]


def test_a_footer_filled_with_the_day_it_was_printed_stays_a_template():
    pages = [[*_STORIES[s], f"Printed from Harlow Gazette on May {n}, 2031. This copy is for your personal use only."]
             for n, s in zip((3, 4, 5), _STORIES)]
    assert [len(d) for d in _drops(pages)] == [1, 1, 1]
    # the same words and the same figures on two pages: the site's line, not each page's news
    pages = [[*_STORIES["ferry"], "Quotes are delayed by at least 15.5 minutes."],
             [*_STORIES["mill"], "Quotes are delayed by at least 15.5 minutes."]]
    assert [len(d) for d in _drops(pages)] == [1, 1]


# --- debris left in the text -------------------------------------------------------------------------------------

_STORY = (
    "Velmora Textil shares fell 4.2% on Monday after the clothing maker cut its outlook for the year.",
    "",
    "The company said it would close two of its six plants by the end of the summer, citing weak orders.",
    "",
    "\"We are adjusting to a market that has changed,\" chief executive Oda Brenner told analysts on a call.",
)


@pytest.mark.parametrize("heading", ["Read more:", "Further reading", "See also:", "More weekend reading:"])
def test_the_links_under_a_read_more_heading_go_though_they_end_like_questions(heading):
    text = "\n".join(("Velmora Textil cuts outlook", "", *_STORY, "", "(Harlow Wire)", "", heading,
                      "- Who is Oda Brenner, the woman running Velmora?", "- Harlow ports brace for strike",
                      "Should you sell Harlow textile stocks now?"))
    doc = clean_document(text)
    assert doc.paragraphs[-1] == _STORY[-1]
    assert not any("?" in p for p in doc.paragraphs)


@pytest.mark.parametrize("line", [
    "MORE IN MARKETS: Harlow 50 edges up 0.4% | Krona steady | Ostmark factory orders slip",
    "More weekend reading: Inside the listing boom | Why autumn deals stall | Your money: what to do with a bonus",
    "Further reading: Who runs Velmora? | Why the bid failed",
])
def test_a_label_of_more_stories_and_its_headlines_between_bars_is_a_link(line):
    assert furniture_reason(line) == REASON_LINK


@pytest.mark.parametrize("line", [
    "Other movers: Velmora 2.1% | Brandt 1.0%",
    "More in Markets: Velmora +2.1% | Brandt -1.0%",  # the day's signed moves: the article's list
    "Reading: three homes sold | prices up",  # a town's name, no label of more reading
])
def test_lines_between_bars_that_are_no_list_of_links(line):
    assert furniture_reason(line) != REASON_LINK


@pytest.mark.parametrize("line", [
    "This is a breaking news story and may be updated.",
    "This article will be updated when further details are available.",
    "This is a developing story. Please check back for more.",
    "This article has been condensed.",
    "Want more analysis like this? Subscribe to our morning briefing.",
])
def test_notes_on_the_storys_state_or_its_copy_are_the_pages(line):
    assert furniture_reason(line) == REASON_NAV


@pytest.mark.parametrize("line", [
    "This report is developing as police say three people were hurt.",
    "This story has been shortened because the court ordered it.",
])
def test_a_sentence_of_the_story_after_such_words_stays(line):
    assert furniture_reason(line) is None


def test_the_note_on_the_writer_named_in_the_strip_under_the_headline_goes():
    text = "\n".join(("Velmora's fight is far from done", "", "Harlow Investor | Opinion | Oda Marsh | 21 January 2031", "",
                      *_STORY, "", "Oda Marsh is a former retail analyst who now writes a weekly column."))
    doc = clean_document(text)
    assert doc.paragraphs[-1] == _STORY[-1]
    assert any(r.text.startswith("Oda Marsh is a former") and r.reason == REASON_AUTHOR_NOTE for r in doc.removals)


@pytest.mark.parametrize("under", [
    ("The Harlow Ledger | Explainer",),
    ("HARLOW STEP JOURNAL  >  News  >  Retail", "", "By Oda Marsh | November 10, 2031"),
])
def test_a_headline_that_ends_like_a_sentence_over_the_sites_strip_is_the_title(under):
    headline = "Velmora has collapsed. What does it mean for your loyalty points?"
    doc = clean_document("\n".join((headline, "", *under, "", *_STORY)))
    assert doc.title == headline
    assert doc.paragraphs == tuple(p for p in _STORY if p)


def test_a_strip_with_the_pages_posted_stamp_in_figures_is_no_first_paragraph():
    text = "\n".join((
        "Velmora taken over by regulators: live", "",
        "Harlow Post money team | Posted 6/2/2031 5:10 a.m. ET | Last updated 3:20 p.m. ET", "",
        "5:10 a.m. ET - Just in: the regulator has shut Velmora Bank overnight and named a receiver for its deposits.", "",
        "5:45 a.m. ET - Brandt Bank will take over every deposit account and most of the loans, the receiver said."))
    doc = clean_document(text)
    assert doc.paragraphs[0].startswith("5:10 a.m. ET - Just in")
    assert not any("Posted" in p for p in doc.paragraphs)


@pytest.mark.parametrize("line", [
    "Sources: exchange filings, company data, Harlow Ledger calculations.",
    "Data: Harlow Exchange. Prices are preliminary.",
    "Premarket quotes are indicative and may change before the open.",
    "Closing prices are provisional.",
])
def test_a_note_on_where_the_figures_come_from_is_a_credit(line):
    assert furniture_reason(line) == REASON_CREDIT


@pytest.mark.parametrize("line", [
    "Source: Harlow Ports Authority.",  # a name alone: a quotation's or a chart's source, left to other rules
    "Data: the index fell 2% on Monday after a week of gains.",
    "Figures are provisional, the statistics office said, and may be revised.",
    "Sources: people familiar with the matter said the data was wrong.",
])
def test_sentences_that_only_open_like_such_a_note_stay(line):
    assert furniture_reason(line) is None
