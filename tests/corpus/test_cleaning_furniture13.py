"""Page furniture that wrapped articles in the furniture bench (`bench/bench_furniture.py`) let through: labelled ads
and pull quotes, labelled links to other stories, notes on the writer, a site's social links and disclaimer,
newsletters named in a sentence, market-data strips, and footers that start with a heading of other stories or
comments. Invented lines and pages."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import REASON_LINK, clean_document
from analysis.corpus.furniture import (
    REASON_CAPTION, REASON_CONTACT, REASON_CREDIT, REASON_NAV, REASON_NEWSLETTER, furniture_reason,
)


@pytest.mark.parametrize("line, reason", [
    ("SPONSORED: Cut your heating bill with Ambergate Boilers", REASON_NAV),
    ("Paid post | Ten ways to retire early", REASON_NAV),
    ('PULL QUOTE: "Nobody saw the second wave coming."', REASON_NAV),
    ("Trending tickers: QRVL +8.4% | MNTE -2.1% | OPRX +0.9%", REASON_NAV),
    ("Like Loading...", REASON_NAV),
    ("Also on The Harbour Post: Ferry fares to rise in May", REASON_LINK),
    ("More from Markets | Tin hits a ten-year high", REASON_LINK),
    ("WATCH: Traders react to the rate decision", REASON_LINK),
    ("About the author: Ines Varga has covered shipping since 2011.", REASON_CREDIT),
    ("(Disclaimer: The views of the analysts are their own, not the site's.)", REASON_CREDIT),
    ("For live market news, also follow us on Facebook, X and Instagram.", REASON_CONTACT),
    ("Ines Varga covers shipping. Reach her at ivarga@harbourpost.example or 555-0117.", REASON_CONTACT),
    ("Follow him on X @ivarga", REASON_CONTACT),
    ("Get the Harbour Business newsletter every weekday", REASON_NEWSLETTER),
    ("Subscribe to Shipping Weekly", REASON_NEWSLETTER),
    ("Dockers leave the terminal on Monday. Ola Berntsen/The Harbour Post", REASON_CAPTION),
])
def test_a_furniture_line_of_a_scraped_page_is_furniture(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Analysts could not reach him for comment.",
    "More from the statement: the company expects a loss in the second half.",
    "Subscribe to the idea that markets are efficient, and you will lose money, she said.",
    "Video games maker Zentor said on Tuesday its shares would list in May.",
    "Get ready for a rough week, analysts said.",
    "Watch makers in Geneva reported a 4% fall in exports.",
    "The newsletter, which has 200,000 readers, said the bank would cut 300 jobs.",
])
def test_an_article_sentence_is_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None


ARTICLE = [
    "Harbour dockers strike for a second day",
    "Dockers at the port of Vellmar stayed out on Tuesday, the second day of a strike over pay, and the port said ships were waiting at anchor.",
    "The port operator's shares fell 3.1% in Oslo, and the union said talks would resume on Thursday.",
    '"We are ready to talk, but not at any price," union leader Pia Holm told reporters outside the gates.',
    "Shipping agents said about a dozen vessels had been diverted to other ports since Monday morning.",
]


def test_a_comments_heading_starts_the_footer_after_a_short_article() -> None:
    page = ARTICLE + ["Replies (12)", "dockfan_22", "Up 8% on my shares since I bought, holding on.", "Reply",
                      "Salt_and_Steel", "They always settle by Friday, mark my words.", "Reply"]
    kept = clean_document("\n\n".join(page)).paragraphs
    assert kept[-1] == ARTICLE[-1]


def test_a_most_read_list_after_the_article_is_removed() -> None:
    page = ARTICLE + ["Most read", "Ferry operator Kvellan slumps 9% on fuel costs", "City to vote on tram plan on Monday",
                      "Data is delayed at least 15 minutes. Prices are indicative only.",
                      "News, quotes and market data from around the world, every day."]
    kept = clean_document("\n\n".join(page)).paragraphs
    assert not any("Kvellan" in p for p in kept)


def test_forward_looking_statements_end_a_press_release() -> None:
    page = ARTICLE + ["Forward-Looking Statements",
                      "This release contains forward-looking statements, including statements about growth of 12% in "
                      "2027, that involve risks and uncertainties. Actual results may differ materially from those "
                      "expressed or implied by them, and the company undertakes no duty to update them."]
    kept = clean_document("\n\n".join(page)).paragraphs
    assert kept[-1] == ARTICLE[-1]


@pytest.mark.parametrize("line, reason", [
    ("We use cookies to personalise content and ads and to analyse our traffic.", "cookie notice"),
    ("Accept All Cookies", REASON_NAV),
    ("Download the Quillford News app for breaking alerts", REASON_NAV),
    ("Read the Harbour Post — Open in app", REASON_NAV),
    ("Listen to the Dockside podcast wherever you get your podcasts", REASON_NAV),
    ("Please read our Comment Policy before commenting.", REASON_NAV),
    ("Keep reading for free: create an account or log in", REASON_NAV),
    ("This story is for subscribers only. You have 2 free articles remaining this month.", REASON_NAV),
    ("Get a note from our editors when a big story breaks. Sign up for the Post's Breaking News Alert.", REASON_NAV),
    ("Click to share on X (Opens in new window)Click to email a link (Opens in new window)", REASON_NAV),
    ("Quotes are delayed by at least 15 minutes unless otherwise noted.", REASON_NAV),
    ("Tin miner Orvale slumps 9% — The Harbour Post · 2 hours ago", REASON_LINK),
    ("Ferry operator Kvellan jumps 5.9% on fuel deal ›", REASON_LINK),
    ("Hot Topics: QRVL crash thread (284 replies) | MNTE takeover chat", REASON_LINK),
    ("Contributing: Ola Berntsen, The Harbour Post", REASON_CREDIT),
    ("Appeared in the May 4, 2027, print edition as 'Tin Slides'.", REASON_CREDIT),
    ("Disclosure: I hold no shares in any company mentioned.", REASON_CREDIT),
    ("Follow Ines Varga on X @ivarga", REASON_CREDIT),
    ("I'm a senior staff writer at the Harbour Post, where I've covered ports since 2016.", REASON_CREDIT),
    ("Ciarán Ó Dálaigh is Shipping Correspondent with The Harbour Post", REASON_CREDIT),
    ("By Ines Varga Business reporter", "byline"),
    ("Tourists at a Vellmar beach café. File photo.", REASON_CAPTION),
])
def test_more_furniture_of_scraped_pages(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Supporters hope more people will sign up.",
    "The regulator said it would study how banks use cookies to track customers, a practice it called unlawful.",
    "Shares of Orvale, which listed in 2019, fell 9% — the most since March.",
    "The company said it would create an account for each customer affected by the outage.",
    '<tweet author="@orvale">We are open as usual! SIGN UP FOR OUR NEWSLETTER — Orvale (@orvale) May 4, 2027</tweet>.',
])
def test_an_article_line_is_not_taken_for_the_site_prompts(line: str) -> None:
    assert furniture_reason(line) is None


def test_removed_comment_headings_end_the_article() -> None:
    page = ARTICLE + ["Would you like to comment on this article?", "dockfan_22 · 1d", "Another one bites the dust.",
                      "Salt_and_Steel · 20h", "They always settle by Friday, mark my words."]
    kept = clean_document("\n\n".join(page)).paragraphs
    assert kept[-1] == ARTICLE[-1]


def test_a_long_headline_after_the_last_sentence_is_not_article_text() -> None:
    page = ARTICLE + ["'We are confident in our plan,' says Kvellan chief as results loom on Friday",
                      "Port authority to vote on new fees on Monday"]
    kept = clean_document("\n\n".join(page)).paragraphs
    assert kept[-1] == ARTICLE[-1]


def test_a_box_heading_alone_inside_the_article_goes_and_the_article_stays() -> None:
    page = ARTICLE[:3] + ["Related Content"] + ARTICLE[3:]
    kept = clean_document("\n\n".join(page)).paragraphs
    assert kept == tuple(ARTICLE[1:])


def test_a_live_blog_entry_labelled_latest_is_article_text() -> None:
    assert furniture_reason("LATEST: Orvale shares fall 5% as the outage enters its second day") is None


@pytest.mark.parametrize("line", [
    "Users must create an account to watch the final.",
    "The feature is for subscribers only, the company said.",
    "Meal kits are delivered every week to 2 million homes.",
    "Orvale said the posts broke its community guidelines.",
    "Viewers pay less when you subscribe for a year, the analyst noted.",
])
def test_a_sentence_about_accounts_or_subscriptions_is_article_text(line: str) -> None:
    assert furniture_reason(line) is None
