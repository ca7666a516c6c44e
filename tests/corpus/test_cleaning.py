"""Cleaning on the real seeds and on synthetic page furniture."""

from __future__ import annotations

from conftest import SEEDS

from analysis.corpus.cleaning import REASON_LINK, REASON_SHARE, clean_document, dedupe_key


def clean(name: str):
    return clean_document((SEEDS / name).read_text(encoding="utf-8"))


def test_seed_000_body_appears_once_and_furniture_is_gone():
    doc = clean("000_249e7fa9a8165267.txt")
    text = doc.text
    assert text.count("Silicon Valley was on edge this week after DeepSeek") == 1
    assert text.count("Days after DeepSeek’s announcement") == 1
    for furniture in (
        "Advertise", "Login", "No Result", "View All Result", "Share on Facebook", "Tags:", "Related Posts",
        "Previous Post", "Popular Post", "This website uses cookies", "© 2021", "Wednesday, February 4, 2026",
        "Forgotten Password", "February 3, 2026", "Pakistani Students",
    ):
        assert furniture not in text, furniture
    assert doc.title == "Meta’s chief AI scientist says DeepSeek’s success shows that “open source models are surpassing proprietary ones”"
    assert doc.dateline.isoformat() == "2025-01-25"
    assert doc.site_name == "Daily The Business"
    assert len(doc.paragraphs) == 15
    repeated = [r for r in doc.removals if r.reason.startswith("repeated paragraph")]
    assert len(repeated) == 15


def test_seed_002_debris_also_read_and_repeated_paragraph():
    doc = clean("002_d7fa40523d25d390.txt")
    assert "{{" not in doc.text and "Also Read" not in doc.text
    assert doc.text.count("Various comments flooded the Meta scientist’s post") == 1
    reasons = sorted({r.reason.split(" (")[0] for r in doc.removals})
    assert reasons == ["'Also Read' style link", "repeated paragraph", "template debris"]
    assert [r.text for r in doc.removals if r.reason == "template debris"] == ["{{/usCountry}}", "{{/usCountry}}"]
    assert "About Deepseek" in doc.paragraphs


def test_every_gold_sentence_survives_cleaning(gold):
    sentences = [item for key in ("share_moves", "dated_events") for item in gold[key]]
    for item in sentences:
        assert item["sentence"] in clean(item["file"]).text, item["sentence"]


def test_seed_003_newsletter_promo_dropped_and_004_untouched():
    doc3 = clean("003_877fc2d5a0b2fa8b.txt")
    assert doc3.text.startswith("If you haven’t heard")
    assert [r.reason for r in doc3.removals] == ["newsletter promo"]
    raw4 = (SEEDS / "004_7edf549026a98687.txt").read_text(encoding="utf-8")
    doc4 = clean("004_7edf549026a98687.txt")
    assert doc4.removals == ()
    assert doc4.text.replace("\n\n", "\n") == raw4.strip()


def test_seed_001_caption_dropped_and_subheads_kept():
    doc = clean("001_9d4eccda8b18999b.txt")
    assert [(r.line_no, r.reason) for r in doc.removals] == [(1, "page header (before the article)"), (2, "photo caption")]
    assert "A Threat to AI Giants?" in doc.paragraphs


SYNTHETIC = """Skip to content
Home
Menu
Markets tumble as chipmakers slide
By Jane Doe
Published: March 3, 2025
Share on Facebook Share on Twitter Email
Chip stocks fell sharply on Monday as investors reassessed the cost of artificial intelligence.
Also Read: Ten stocks to watch this week
The selloff wiped out gains made since December, traders said on Monday.
<div class="ad"></div>
Chip stocks fell sharply on Monday as investors reassessed the cost of artificial intelligence.
Related Articles
Why investors love dividends
Copyright © 2025 Example Media Group. All rights reserved.
We use cookies to improve your experience. Accept all cookies
"""


def test_synthetic_page_furniture():
    doc = clean_document(SYNTHETIC)
    assert doc.paragraphs == (
        "Chip stocks fell sharply on Monday as investors reassessed the cost of artificial intelligence.",
        "The selloff wiped out gains made since December, traders said on Monday.",
    )
    assert doc.title == "Markets tumble as chipmakers slide"
    assert doc.dateline.isoformat() == "2025-03-03"
    assert doc.site_name == "Example Media Group"
    reasons = {r.text: r.reason for r in doc.removals}
    assert reasons["Also Read: Ten stocks to watch this week"] == "'Also Read' style link"
    assert reasons["By Jane Doe"] == "byline"
    assert reasons["We use cookies to improve your experience. Accept all cookies"] == "cookie notice"
    assert reasons["Why investors love dividends"] == "page footer / related posts (after the article)"
    assert reasons['<div class="ad">'] == "template debris"


def test_header_date_before_headline_is_not_a_dateline():
    doc = clean_document(
        "Wednesday, February 4, 2026\nBig News Site\nA headline about the chip selloff today\n"
        "Shares of chipmakers fell on Monday after a Chinese start-up released a cheap model.\n"
    )
    assert doc.dateline is None


def test_dedupe_key_ignores_quote_style_and_bullets():
    assert dedupe_key("• “Open source” wins.") == dedupe_key('"Open source" wins')


WIRE_PAGE = """Skip to main content
Exclusive news, data and analytics for financial market professionals
Markets
Nvidia sheds almost $600 billion in market value as DeepSeek rattles investors
By Jane Doe and John Roe
January 27, 20257:01 PM GMT+9Updated 2 hours ago
Item 1 of 3
[1/3] A trader works on the floor of the New York Stock Exchange. REUTERS/Brendan McDermid
NEW YORK, Jan 27 (Reuters) - Nvidia shares fell 17% on Monday, wiping almost $600 billion off its market value.
The Nasdaq Composite dropped 3.1%, while the Philadelphia SE semiconductor index slid 9.2%.
"This is a wake-up call," said one portfolio manager, who asked not to be named.
Reporting by Jane Doe in New York; Editing by Richard Chang
Our Standards: The Thomson Reuters Trust Principles., opens new tab
"""


def test_wire_page_furniture():
    doc = clean_document(WIRE_PAGE)
    assert doc.title == "Nvidia sheds almost $600 billion in market value as DeepSeek rattles investors"
    assert doc.dateline.isoformat() == "2025-01-27"
    assert doc.paragraphs == (
        "NEW YORK, Jan 27 (Reuters) - Nvidia shares fell 17% on Monday, wiping almost $600 billion off its market value.",
        "The Nasdaq Composite dropped 3.1%, while the Philadelphia SE semiconductor index slid 9.2%.",
        '"This is a wake-up call," said one portfolio manager, who asked not to be named.',
    )
    reasons = {r.text: r.reason for r in doc.removals}
    assert reasons["Reporting by Jane Doe in New York; Editing by Richard Chang"] == "credit / publisher boilerplate"
    assert reasons["By Jane Doe and John Roe"] == "byline"
    assert reasons["Item 1 of 3"] == "navigation / page chrome"


def test_list_and_table_lines_with_share_moves_are_article_text() -> None:
    """A closing list of movers ("Meituan: -4.87%", "BNP Paribas (BNPP.PA) -2.9%") is content, not a footer;
    its lead-in line ending with ":" stays with it. Short link lines after the article still go."""
    from analysis.corpus.cleaning import clean_document, is_move_line

    text = (
        "Trading in three regional lenders was halted on Thursday after sharp falls, the exchange said.\n"
        "Biggest decliners at the close:\n"
        "Granite Shoals Bancorp: -24.6%\n"
        "- SoftBank Group (9984) +6.2 pct\n"
        "Commerzbank (CBKG.DE) +1.2%\n"
        "Read more\n"
    )
    doc = clean_document(text)
    assert doc.paragraphs[1:] == (
        "Biggest decliners at the close:", "Granite Shoals Bancorp: -24.6%", "SoftBank Group (9984) +6.2 pct",
        "Commerzbank (CBKG.DE) +1.2%",
    )
    assert [r.text for r in doc.removals] == ["Read more"]
    assert not is_move_line("Home | News | Markets")
    assert not is_move_line("Revenue rose 12% in the quarter")


def test_a_short_bullet_with_a_percentage_is_a_list_of_movers_not_a_menu():
    text = ("Drugmakers fell on Monday.\n\nThe biggest losers:\n\n- Regeneron Pharmaceuticals: -5.8%\n- Amgen: -1.9%\n"
            "- Acme +3%\n\n- Home\n- Markets\n")
    doc = clean_document(text)
    kept = "\n".join(doc.paragraphs)
    assert "Amgen: -1.9%" in kept and "Acme +3%" in kept and "Regeneron" in kept
    assert {r.text for r in doc.removals} >= {"- Home", "- Markets"}


def test_a_box_of_related_links_inside_the_article_is_dropped_and_the_text_after_it_kept() -> None:
    page = "\n".join([
        "Harbor Foods to close canneries",
        "Harbor Foods said on Monday it would close four of its canneries by the end of the year.",
        "The company blamed falling demand for tinned fish across its three largest markets, and said about nine "
        "hundred workers would lose their jobs over the next two quarters.",
        "Related coverage",
        "Why tinned fish fell out of fashion",
        "Union vows to fight cannery closures",
        "Harbor Foods shares fell 4.2% on Monday, their worst day since March.",
        "Rival Lindqvist Seafood rose 1.5% in Oslo.",
        "Share this article",
        "Most popular",
        "Ten recipes for a rainy day",
    ])
    doc = clean_document(page)
    assert doc.paragraphs[-2:] == ("Harbor Foods shares fell 4.2% on Monday, their worst day since March.",
                                   "Rival Lindqvist Seafood rose 1.5% in Oslo.")
    box = [r.text for r in doc.removals if r.reason == REASON_LINK]
    assert box == ["Related coverage", "Why tinned fish fell out of fashion", "Union vows to fight cannery closures"]
    assert "Ten recipes for a rainy day" not in doc.paragraphs
    # a related block that ends the article is the footer, as before
    tail = clean_document("\n".join(page.split("\n")[:6]))
    assert all(r.reason.startswith("page footer") for r in tail.removals if r.text != "Harbor Foods to close canneries")
    assert "Union vows to fight cannery closures" not in tail.paragraphs


def test_a_share_bar_naming_linkedin_is_furniture() -> None:
    doc = clean_document("Headline here today\nThe board met on Monday and agreed to sell the unit for $2 billion in cash.\n"
                         "Share this article: Facebook | X | LinkedIn | Email\nThe sale should close in June, it said.")
    assert "Share this article: Facebook | X | LinkedIn | Email" not in doc.paragraphs


def test_an_html_table_after_the_text_is_kept_and_a_ticker_strip_is_not() -> None:
    body = "Marlow Foods fell 6% on Tuesday after it cut its outlook, traders said in London.\n\n"
    table = ("How the shares moved\n\nCompany\n\nListing\n\nChange\n\nMarlow Foods\n\nLondon\n\n-6.0%\n\n"
             "Brightwater Brands\n\nParis\n\n+1.2%\n\nPellan Foods\n\nNew York\n\n-2.4%\n")
    kept = clean_document("Marlow Foods cuts outlook\n\n" + body + table).paragraphs
    assert "-2.4%" in kept and "Brightwater Brands" in kept and "Change" in kept
    strip = "Dow\n\n-0.5%\n\nS&P 500\n\n+0.2%\n\nNasdaq\n\n+0.1%\n\nFTSE\n\n-0.3%\n\nDAX\n\n+0.4%\n"
    assert clean_document("Marlow Foods cuts outlook\n\n" + body + strip).paragraphs == (body.strip(),)


def test_a_short_headline_at_the_top_is_the_title() -> None:
    text = ("Quillow Bank slides\n\nPublished 28 Oct 2025\n\nHarrow Bank shares fell 6% on Tuesday after the lender set "
            "aside more money for bad loans in its home market.\n\nAnalysts said the provisions were larger than expected.\n")
    doc = clean_document(text)
    assert doc.title == "Quillow Bank slides"
    assert doc.dateline.isoformat() == "2025-10-28"
    # a line of names alone may be the site's: no title rather than a wrong one
    site = text.replace("Quillow Bank slides", "Wrenfield Money Daily")
    assert clean_document(site).title is None


def test_a_share_button_between_live_blog_entries_keeps_the_entries_after_it() -> None:
    entries = "".join(f"{t} — Harrow Foods update {n}: the grocer's shares are down {n}.{n}% as traders weigh its warning "
                      "on margins, and analysts at Veldhuis cut their target price again this morning.\n\n"
                      for n, t in enumerate(("09:05", "10:20", "11:45", "12:30", "13:15", "14:40", "15:10", "16:05"), 1))
    text = ("Live: Harrow Foods shares slide\n\n" + entries + "Share this post\n\n"
            "17:40 — Closing bell: Harrow Foods ends the day down 6.1% at €10.20. The AEX finishes 0.3% higher.\n\n"
            "Harbour Media Ltd, 7 Wharf Row, Leeds. Registered in England no. 11203944. © 2041\n")
    doc = clean_document(text)
    kept = doc.paragraphs
    assert "Share this post" not in kept
    assert any(p.startswith("17:40 — Closing bell") for p in kept)
    assert [r.reason for r in doc.removals if r.text == "Share this post"] == [REASON_SHARE]
