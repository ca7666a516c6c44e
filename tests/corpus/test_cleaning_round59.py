"""Round 59 (clean59): page furniture of scraped pages that the cleaning kept. Readers' comments under their heads
without a heading over them; the site's copyright line after the article closes the page (a market-data box under it
is no list of movers of the article); headlines under a removed "Related stories:" heading inside the article; a cookie
banner with its button; newsletter pitches at a post's end; a "WATCH NOW:" link. Invented lines, names and sites."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document
from analysis.corpus.furniture import REASON_COMMENTS, REASON_COOKIE, REASON_LINK, REASON_NEWSLETTER, furniture_reason

_ARTICLE = (
    "Brennick Foods shares slide after recall",
    "",
    "By Tova Marsh",
    "",
    "Brennick Foods shares fell 6.2% on Tuesday after the snack maker recalled 40,000 packs of crackers sold in "
    "three states, citing a labelling error.",
    "",
    "The company said no illness had been reported and that the recall would cost about 3 million dollars, less than "
    "analysts had feared after the first reports on Monday.",
    "",
    "\"We caught this early and we are fixing it,\" chief executive Ilse Garrow said in a statement on Tuesday.",
    "",
    "Analysts at Parrow Securities said the recall was unlikely to dent full-year profit, but kept their rating on "
    "the stock at hold until the company gives more detail on its labelling checks.",
)


def _clean(*lines: str):
    return clean_document("\n".join(lines))


def _text(*lines: str) -> str:
    return "\n".join(_clean(*lines).paragraphs)


def test_readers_comments_under_their_heads_without_a_heading_are_dropped():
    text = _text(
        *_ARTICLE,
        "",
        "Dunmore_Dan · 17 hours ago",
        "Typo in the second paragraph, by the way.",
        "Pell W. · 9 hours ago",
        "Who signs off on these labels anyway?",
        "trader_kit77 · 2 hours ago",
        "Sad for the staff, honestly.",
    )
    assert "Analysts at Parrow Securities" in text
    for gone in ("Dunmore_Dan", "Typo in the second", "Pell W.", "Who signs off", "trader_kit77", "Sad for the staff"):
        assert gone not in text


def test_a_blogs_comments_say_their_readers_over_the_date():
    text = _text(
        *_ARTICLE,
        "",
        "Like this: Like Loading...",
        "Orla P. says:",
        "Mar 14, 2031",
        "Great reporting as always.",
        "Reply",
        "crumb_watch says:",
        "Mar 15, 2031",
        "Is the recall wider than three states?",
        "Reply",
    )
    assert "Analysts at Parrow Securities" in text
    for gone in ("Like Loading", "Orla P.", "Great reporting", "Reply", "crumb_watch", "Is the recall wider"):
        assert gone not in text


def test_a_handle_and_the_day_heads_a_comment():
    text = _text(
        *_ARTICLE,
        "",
        "snackfan_88 Dec 5, 2031",
        "Who is actually accountable here?",
        "harbour2 Dec 6, 2031",
        "Good write-up, thanks.",
    )
    assert "Who is actually accountable" not in text and "Good write-up" not in text


def test_a_line_of_the_article_saying_who_says_is_kept():
    text = _text(*_ARTICLE[:-1], "Analyst Jo Roe says:", "", "\"The labels were the weak point all along.\"", "",
                 _ARTICLE[-1])
    assert "Analyst Jo Roe says:" in text
    assert furniture_reason("The deal closed 3 days ago") is None
    assert furniture_reason("10.45am Dec 5, 2031") is None
    assert furniture_reason("Dunmore_Dan · 17 hours ago") == REASON_COMMENTS


def test_a_market_box_under_the_copyright_line_is_the_footers():
    text = _text(
        *_ARTICLE,
        "",
        "(Reporting by Tova Marsh; Editing by Ken Abbot)",
        "© 2031 Quayside Wire Pty Ltd. Content may not be reproduced without permission.",
        "Markets at a glance",
        "Dellacourt Mining ▼ -4.16%",
        "Harrowgate Bank ▲ +1.93%",
        "Share: Email  LinkedIn  X",
    )
    assert "Analysts at Parrow Securities" in text
    for gone in ("Markets at a glance", "Dellacourt", "Harrowgate"):
        assert gone not in text


def test_the_articles_own_movers_before_the_copyright_line_are_kept():
    text = _text(
        *_ARTICLE,
        "",
        "Biggest movers on Tuesday:",
        "Brennick Foods -6.2%",
        "Ostley Dairy +1.4%",
        "© 2031 Quayside Wire Pty Ltd.",
    )
    assert "Brennick Foods -6.2%" in text and "Ostley Dairy +1.4%" in text


def test_headlines_under_a_related_stories_heading_inside_the_article_are_dropped():
    text = _text(
        *_ARTICLE[:6],
        "",
        "Related stories:",
        "Tin prices up 9% on supply worries",
        "Bond yields climb to highest since March 3",
        "",
        *_ARTICLE[6:],
    )
    assert "Tin prices" not in text and "Bond yields climb" not in text
    assert "We caught this early" in text and "Analysts at Parrow Securities" in text


def test_page_lines_in_other_words():
    assert furniture_reason("Cookies keep this site running. Read our privacy statement. [Close]") == REASON_COOKIE
    assert furniture_reason("We use small files to run this site. [OK]") is None
    assert furniture_reason("Thanks for reading The Quay Letter! Subscribe for free to receive new posts.") == REASON_NEWSLETTER
    assert furniture_reason("Get the free newsletter. Subscribe to Snack Daily for top stories in food.") == REASON_NEWSLETTER
    assert furniture_reason("Don't miss out on the headlines from Markets. Followed categories will be added to My News.") \
        == REASON_NEWSLETTER
    assert furniture_reason("WATCH NOW: VIDEO — Tin miner Kellow to shed 300 jobs") == REASON_LINK
    assert furniture_reason("Reply · Like") == REASON_COMMENTS
    # a sentence of the article about cookies, or about missing out, stays
    assert furniture_reason("The biscuit maker said cookies would cost 5% more from March.") is None
    assert furniture_reason("\"Don't miss out on the headlines,\" the advert said.") is None


def test_a_market_widgets_tickers_that_the_article_does_not_name_are_dropped():
    text = _text(
        *_ARTICLE[:6],
        "",
        "QFRN +1.8%",
        "BLDX 12.40 ▲ -0.4%",
        "",
        *_ARTICLE[6:],
    )
    assert "QFRN" not in text and "BLDX" not in text
    assert "We caught this early" in text


def test_the_articles_own_tickers_and_economic_figures_are_kept():
    text = _text(
        *_ARTICLE[:6],
        "",
        "Brennick Foods (BRNK) led the decliners; rival Ostley Dairy (OSTD) gained.",
        "",
        "BRNK -6.2%",
        "OSTD +1.4%",
        "GDP +2.1%",
        "",
        *_ARTICLE[6:],
    )
    for kept in ("BRNK -6.2%", "OSTD +1.4%", "GDP +2.1%"):
        assert kept in text


def test_a_messaging_channels_promotion_does_not_end_the_article():
    text = _text(
        *_ARTICLE[:-1],
        "JOIN the conversation on our WhatsApp channel",
        "",
        _ARTICLE[-1],
    )
    assert "WhatsApp" not in text
    assert "We caught this early" in text and "Analysts at Parrow Securities" in text
