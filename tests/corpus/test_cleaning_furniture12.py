"""Round 12: page furniture of scraped pages met inside the article (captions with a credit, newsletter boxes, a
"READ MORE" box of headline links, pay walls, reporter credits and notes), on invented pages and lines."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import REASON_LINK, REASON_NEWSLETTER, clean_document
from analysis.corpus.furniture import (
    REASON_BYLINE, REASON_CAPTION, REASON_CONTACT, REASON_CREDIT, REASON_LOGIN, REASON_NAV, furniture_reason,
)


@pytest.mark.parametrize("line", [
    "A Quarry Motors van at a show in Detroit. (Photo by Ysolde Marrin/Getty Images)",
    "Traders work on the floor of the exchange. (AP Photo/Sam Dunn)",
    "Shoppers at a Brisa Foods store in Porto. Photograph: Joana Reis/Bloomberg",
    "The Orvik Bank tower in Bergen. Image credit: Kari Lund",
    "Workers at the plant in Ohio. Credit: Linus Fairweather for The Evening Quill",
    "FILE PHOTO: The logo of Orvik Bank at its headquarters in Bergen, May 3, 2029. REUTERS/Kari Lund/File Photo",
    "The logo of Orvik Bank at its headquarters in Bergen, May 3, 2029. REUTERS/Kari Lund/File Photo",
    "(Image: Getty)", "Sam Dunn/Getty Images", "Getty Images",
])
def test_a_line_ending_with_a_photo_credit_is_a_caption(line: str) -> None:
    assert furniture_reason(line) == REASON_CAPTION


@pytest.mark.parametrize("line", [
    "Get the day's top stories delivered to your inbox every weekday.", "Enter your email", "Enter your email address",
    "By subscribing you agree to our Terms of Use and Privacy Policy.", "By signing up, you agree to our Privacy Policy.",
    "Privacy Notice: Newsletters may contain info about charities and online ads.", "Free daily newsletter",
    "Quill Dawn newsletter",
])
def test_the_lines_of_a_newsletter_box_are_a_promo(line: str) -> None:
    assert furniture_reason(line) == REASON_NEWSLETTER


@pytest.mark.parametrize("line, reason", [
    ("Write to Tamsin Orwell at tamsin.orwell@example.com", REASON_CONTACT),
    ("Follow Tamsin Orwell", REASON_CONTACT),
    ("Jo Roe contributed to this report.", REASON_CREDIT),
    ("— Jo Roe in London contributed reporting.", REASON_CREDIT),
    ("Jo Roe and Sam Lee contributed reporting.", REASON_CREDIT),
    ("Jo Roe is a reporter at The Evening Quill covering banks.", REASON_CREDIT),
    ("Already a subscriber? Log in", REASON_LOGIN), ("Subscribe to read", REASON_LOGIN),
    ("Create a free account to continue reading", REASON_LOGIN), ("Thanks for signing up!", REASON_LOGIN),
    ("Published 3 hours ago", REASON_NAV), ("Click to share on Twitter (Opens in new window)", REASON_NAV),
    ("Story continues below advertisement", REASON_NAV), ("Enlarge this image", REASON_NAV),
    ("Opinion by Perpetua Quist | July 17, 2031", REASON_BYLINE), ("Analysis by Sam Brook", REASON_BYLINE),
    ("Key events", REASON_NAV), ("Show key events only", REASON_NAV), ("Presented by Example Bank", REASON_NAV),
    ("Please disable your ad blocker", REASON_NAV), ("Sign in to continue", REASON_LOGIN),
    ("Log in or subscribe to read more", REASON_LOGIN), ("Already have an account? Sign in", REASON_LOGIN),
    ("You've reached the maximum of 5 free articles this month.", REASON_LOGIN),
])
def test_reporter_credits_pay_walls_and_widgets_are_furniture(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Shares of Acme rose 5% on Monday (photo finish for the index).",
    "Sales rose 4% (Reuters calculations).",
    "The rating agency cut its outlook. Credit: the bank said it would appeal",
    "He wrote a newsletter",
    "The fund said it would sell the newsletter.",
    "Sam Lee is a former reporter who now advises the board, he said.",
    "Linus Brook is an editor at Trade Quill, which tracks the sector.",
    "The company said an analyst contributed to this report.",
    "Follow the money, analysts said.",
    "This article first appeared on The Evening Quill.",  # names the article's source: the entities read it
    "By Friday the shares had recovered.",
    "You have reached the limit of what the bank can do, he said.",
    "The company said it would register for free trade status.",
    "The company said ad blockers hurt publishers' revenue, which fell 12% last year as more readers installed them.",
])
def test_story_sentences_near_those_shapes_are_kept(line: str) -> None:
    assert furniture_reason(line) is None


PAGE = """Skip to content
Quarry Motors shares tumble 12% as recall widens
By Tamsin Orwell
Shares of Quarry Motors fell 12% on Tuesday after the carmaker widened a recall of its electric vans to 40,000.

A Quarry Motors van at a show in Detroit. (Photo by Ysolde Marrin/Getty Images)

The company said in a filing that a faulty battery latch could come loose in a collision and would be replaced.

READ MORE
Quarry Motors names a new finance chief
Carmakers slump 5% as tariff talk returns

"We are moving quickly to fix this for every customer," Chief Executive Harold Vane said in a statement.

Quill Dawn
Free daily newsletter
Our morning email breaks down the key business stories of the day.
Privacy Notice: Newsletters may contain info about charities, online ads and content funded by outside parties.

Rival Denholm Auto rose 2.3%, while the broader market ended down 0.4% on the day.

Analysts at Tiberly & Co cut their price target to $41 from $55, saying the recall could cost $300 million.

Jo Roe contributed to this report.
"""


def test_read_more_links_newsletter_box_caption_and_credit_inside_an_article_are_dropped() -> None:
    doc = clean_document(PAGE)
    text = doc.text
    for story in ("fell 12% on Tuesday", "faulty battery latch", "moving quickly", "Denholm Auto rose 2.3%",
                  "cut their price target"):
        assert story in text, story
    for furniture in ("Photo by", "names a new finance chief", "Carmakers slump 5%", "Quill Dawn",
                      "Free daily newsletter", "morning email", "Privacy Notice", "contributed to this report"):
        assert furniture not in text, furniture
    reasons = {r.text: r.reason for r in doc.removals}
    assert reasons["Carmakers slump 5% as tariff talk returns"] == REASON_LINK
    assert reasons["Quill Dawn"] == REASON_NEWSLETTER
    assert reasons["Our morning email breaks down the key business stories of the day."] == REASON_NEWSLETTER


def test_a_read_more_line_before_a_subhead_and_prose_drops_no_sentence() -> None:
    page = ("Harbor Foods beat forecasts on Thursday, sending its shares up 4% in early trade.\n\n"
            "READ MORE\n\n"
            "The grocer said sales in its stores rose 6% in the quarter, helped by lower prices.\n\n"
            "It kept its forecast for the year unchanged and said margins would hold.\n")
    doc = clean_document(page)
    assert "sales in its stores rose 6%" in doc.text and "READ MORE" not in doc.text


def test_a_short_heading_before_a_newsletter_line_that_names_a_footer_is_not_a_box_title() -> None:
    page = ("Harbor Foods beat forecasts on Thursday, sending its shares up 4% in early trade.\n\n"
            "The grocer said sales in its stores rose 6% in the quarter, helped by lower prices.\n\n"
            "Most read\n\nFree daily newsletter\n")
    doc = clean_document(page)
    reasons = {r.text: r.reason for r in doc.removals}
    assert reasons["Most read"] != REASON_NEWSLETTER


def test_a_pictures_caption_in_html_is_labelled_and_dropped_and_a_tables_caption_is_not() -> None:
    from analysis.corpus.page_text import html_to_text

    page = """<html><body><article><h1>Harbor Foods beats forecasts</h1>
<figure><img src="a.jpg"><figcaption>Shoppers at a Harbor Foods store in Porto on Monday.</figcaption></figure>
<p>Harbor Foods beat forecasts on Thursday, sending its shares up 4% in early trade in London.</p>
<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Chief Executive Ann Grisewood at the 2029 results.</p></div>
<p>The grocer said sales in its stores rose 6% in the quarter, helped by lower prices.</p>
<figure><table><tr><td>Harbor Foods</td><td>+4.0%</td></tr></table><figcaption>Grocers, Thursday close</figcaption></figure>
</article></body></html>"""
    text, _, _ = html_to_text(page)
    assert "Caption: Shoppers at a Harbor Foods store" in text
    assert "Caption: Chief Executive Ann Grisewood" in text and "Caption: Caption" not in text
    assert "Grocers, Thursday close" in text and "Caption: Grocers" not in text
    doc = clean_document(text)
    assert "Shoppers" not in doc.text and "Ann Grisewood" not in doc.text and "sales in its stores rose 6%" in doc.text
    assert {r.reason for r in doc.removals if "Caption:" in r.text} == {REASON_CAPTION}


def test_the_note_on_the_writer_that_ends_a_column_is_dropped_unless_it_states_a_dated_fact() -> None:
    from analysis.corpus.cleaning import REASON_AUTHOR_NOTE

    body = ("Harbor Foods has spent a decade promising investors a leaner business, and this week it finally did so.\n\n"
            "The grocer's board should now explain why the cuts took so long, and what comes after them.\n\n")
    column = "Opinion | Grocers must change\n\nNina Castell\nFriday 20 June 2031\n\n" + body
    doc = clean_document(column + "Nina Castell is a former retail analyst who now teaches economics.\n")
    assert "former retail analyst" not in doc.text and "what comes after them" in doc.text
    assert any(r.reason == REASON_AUTHOR_NOTE for r in doc.removals)
    byline = "Grocers must change\n\nBy Nina Castell | June 20, 2031\n\n" + body
    doc = clean_document(byline + "Nina Castell is a former shipping lawyer.\n")
    assert "shipping lawyer" not in doc.text
    doc = clean_document(byline + "Nina Castell was a harbour pilot in Leith until 2019.\n")
    assert "harbour pilot in Leith until 2019" in doc.text
    doc = clean_document(byline + "Oswin Tarrant is a former shipping lawyer.\n")  # not the writer
    assert "Oswin Tarrant" in doc.text


def test_an_html_table_row_is_read_as_one_line_of_a_pipe_table_and_kept() -> None:
    from analysis.corpus.page_text import html_to_text

    page = """<html><body><article><h1>Grocers after the warning</h1>
<p>Harbor Foods beat forecasts on Thursday, sending its shares up 4% in early trade in London.</p>
<p>The grocer said sales in its stores rose 6% in the quarter, helped by lower prices.</p>
<table><caption>Grocers, Thursday close</caption>
<tr><th>Company</th><th>Ticker</th><th>Change</th></tr>
<tr><td>Harbor Foods</td><td>HBF</td><td>+4.0%</td></tr>
<tr><td>Lumar Markets</td><td>LMR</td><td>-1.2%</td></tr>
<tr><td><p>Note</p><p>Prices at the close.</p></td></tr>
</table></article></body></html>"""
    text, _, _ = html_to_text(page)
    lines = text.splitlines()
    assert "Company | Ticker | Change" in lines and "Harbor Foods | HBF | +4.0%" in lines
    assert "Lumar Markets | LMR | -1.2%" in lines and "Note" in lines  # a cell holding paragraphs keeps them
    doc = clean_document(text)
    assert "Harbor Foods | HBF | +4.0%" in doc.paragraphs and "Company | Ticker | Change" in doc.paragraphs


def test_links_side_by_side_in_html_are_read_apart_as_a_menu_line() -> None:
    from analysis.corpus.page_text import html_to_text

    page = """<html><body><article><h1>Harbor Foods beats forecasts</h1>
<div class="share"><a>Facebook</a><a>Twitter</a><a>LinkedIn</a><a>Email</a></div>
<p>Harbor Foods beat forecasts on Thursday, sending its shares up 4% in early trade in London.</p>
<nav><span>In this article:</span><a>HBF</a><a>LMR</a></nav>
<p>The grocer said sales in its <a>stores</a> rose 6% in the <b>quarter</b>, helped by lower prices.</p>
<p><a>Read more:</a><a>Grocers rally</a></p>
<div class="tags"><a>Retail</a> <a>Harbor Foods</a> <a>Earnings</a></div>
</article></body></html>"""
    text, _, _ = html_to_text(page)
    lines = text.splitlines()
    assert "Facebook | Twitter | LinkedIn | Email" in lines and "In this article: | HBF | LMR" in lines
    assert "Retail | Harbor Foods | Earnings" in lines
    assert "The grocer said sales in its stores rose 6% in the quarter, helped by lower prices." in lines
    assert "Read more:Grocers rally" in lines  # two links: left as the page joins them
    doc = clean_document(text)
    assert "HBF" not in doc.text and "Earnings" not in doc.text and "sales in its stores rose 6%" in doc.text
