"""Outlet and date from the article's own text when no manifest says so (bylines, wire datelines, lead lines)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis import load_corpus
from analysis.corpus.provenance import looks_like_outlet, read_provenance


@pytest.mark.parametrize(
    ("text", "outlet", "basis"),
    [
        ("Nvidia rebounds\n\nBy Jane Doe, Reuters\n\nNvidia shares rose 8.9% on Tuesday.", "Reuters", "byline"),
        ("NEW YORK, Jan 28 (Reuters) - Nvidia shares rose on Tuesday.", "Reuters", "wire dateline"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "Associated Press", "wire dateline"),
        ("Title\n\nBy Jane Doe and John Roe | Bloomberg News\n\nText.", "Bloomberg", "byline"),
        ("Title\n\nBy Ana Lee (AFP)\n\nBody text.", "Agence France-Presse", "byline"),
        ("Title\n\nBy Jane Doe, Financial Times\n\nBody text.", "Financial Times", "byline"),
        ("Some title\n\nRead at https://www.ft.com/content/abc\n\nText", "ft.com", "url in the text"),
        ("Title\n\nBy Jane Doe, Senior Correspondent\n\nBody text.", None, None),
        ("LONDON, Jan 28 2025 - Shares rose.", None, None),
        ("Plain article. Nobody says where it comes from. By the way, prices rose.", None, None),
    ],
)
def test_outlet_from_the_text(text: str, outlet: str | None, basis: str | None) -> None:
    found = read_provenance(text)
    assert (found.outlet, found.outlet_basis) == (outlet, basis)


def test_a_dated_lead_line_gives_the_date() -> None:
    found = read_provenance("Reuters, Jan 28 2025: Nvidia shares rose 8.9% on Tuesday.")
    assert (found.outlet, found.published, found.published_basis) == ("Reuters", date(2025, 1, 28), "lead line")
    assert read_provenance("LONDON, 28 January 2025 - Shares rose.").published == date(2025, 1, 28)


def test_job_titles_and_cities_are_not_outlets() -> None:
    assert not looks_like_outlet("Staff Writer")
    assert not looks_like_outlet("LONDON")
    assert looks_like_outlet("Hindustan Times") and looks_like_outlet("AP") and looks_like_outlet("example.com")


def test_an_uploaded_article_gets_its_outlet_and_date_from_its_text(tmp_path) -> None:
    (tmp_path / "reuters_nvidia_rebound.txt").write_text(
        "Nvidia rebounds after record rout\n\nBy Jane Doe, Reuters\n\n"
        "Nvidia shares rose 8.9% on Tuesday, a day after the chipmaker lost almost $600 billion in market value.\n",
        encoding="utf-8",
    )
    (tmp_path / "wire.txt").write_text(
        "Reuters, Jan 28 2025: Nvidia shares rose 8.9% on Tuesday, recovering part of Monday's record loss.\n",
        encoding="utf-8",
    )
    docs = load_corpus(tmp_path).docs.set_index("file")
    assert (docs.at["reuters_nvidia_rebound.txt", "outlet"], docs.at["reuters_nvidia_rebound.txt", "outlet_basis"]) == (
        "Reuters", "byline")
    assert docs.at["wire.txt", "published"].date() == date(2025, 1, 28)
    assert docs.at["wire.txt", "published_basis"] == "lead line"


@pytest.mark.parametrize(
    ("line", "published", "outlet"),
    [
        # a masthead or byline line: the date, and the outlet beside the byline or heading the masthead
        ("Harbour Courier | Regional | Tuesday, 14 October 2025", date(2025, 10, 14), "Harbour Courier"),
        ("By Jane Roe | The Vale Ledger | Thursday, March 13, 2025", date(2025, 3, 13), "The Vale Ledger"),
        ('TRANSCRIPT - "Closing Bell", Channel 4 Business, Tuesday March 11, 2025', date(2025, 3, 11), "Channel 4 Business"),
        ("By Carol Mint • Thursday, Sept. 12, 2024", date(2024, 9, 12), None),
        # a job title is who wrote it, a section is no outlet
        ("By Lena Vogt, Markets Editor · Tuesday, 11 March 2025, 18:20", date(2025, 3, 11), None),
        ("Published: Tuesday, 4 March 2025 | Business", date(2025, 3, 4), None),
        # a writer and an outlet without "By": the name with its article is the outlet; a reading time marks the stamp
        ("March 11, 2025 | Jane Roe, The Vale Ledger", date(2025, 3, 11), "The Vale Ledger"),
        ("11 March 2025 · 4 min read", date(2025, 3, 11), None),
    ],
)
def test_a_masthead_line_gives_the_date_and_outlet(line: str, published: date, outlet: str | None) -> None:
    found = read_provenance(f"Some headline of the day\n\n{line}\n\nThe body of the article follows here.")
    assert (found.published, found.published_basis) == (published, "masthead line")
    assert found.outlet == outlet


def test_a_date_of_the_story_is_no_masthead() -> None:
    found = read_provenance("Key dates\n\nAnnual general meeting: April 8, 2025\n\nResults: May 2, 2025")
    assert found.published is None
    assert read_provenance("Shares fell 4% on Monday, March 10, 2025, the steepest drop since the group listed.").published is None


def test_a_wire_dateline_names_an_outlet_that_looks_like_one() -> None:
    found = read_provenance("Headline\n\nOSLO, March 10 (Harbour Wire) - Shares of Arbeck fell 4% on Monday.")
    assert (found.outlet, found.outlet_basis, found.dateline_day) == ("Harbour Wire", "wire dateline", (3, 10))
    found = read_provenance("Headline\n\nOSLO/BERGEN, May 11 (Fjord Markets Wire) - Shares of Arbeck fell 4%.")
    assert (found.outlet, found.dateline_day) == ("Fjord Markets Wire", (5, 11))


def test_a_yearless_dateline_takes_the_year_of_the_corpus(tmp_path) -> None:
    (tmp_path / "wire.txt").write_text(
        "Arbeck falls\n\nOSLO, Jan 2 (Harbour Wire) - Shares of Arbeck fell 4% on Thursday.\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text(
        "Arbeck slides again on weak orders\n\nThe Vale Ledger | Regional news | Tuesday, December 30, 2025\n\nArbeck fell again on Tuesday as orders slowed for a third month, the company said.\n",
        encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<html><head><title>Arbeck's week | Fjord Money Daily</title></head><body><article><h1>Arbeck's week</h1>"
        "<p>Arbeck fell 4% this week, its worst week in a year, as orders slowed.</p></article></body></html>",
        encoding="utf-8")
    docs = load_corpus(tmp_path).docs.set_index("file")
    # the nearest January 2 to the corpus's other date is the next year's
    assert docs.at["wire.txt", "published"].date() == date(2026, 1, 2)
    assert docs.at["wire.txt", "published_basis"] == "wire dateline, year of the corpus"
    assert docs.at["paper.txt", "title"] == "Arbeck slides again on weak orders"  # the masthead line is no headline
    assert (docs.at["wire.txt", "outlet"], docs.at["paper.txt", "outlet"]) == ("Harbour Wire", "The Vale Ledger")
    # a page's <title> names its site after the headline
    assert (docs.at["page.html", "outlet"], docs.at["page.html", "outlet_basis"]) == ("Fjord Money Daily", "page title")
    assert "_dateline_day" not in docs.columns


@pytest.mark.parametrize(
    ("line", "outlet", "published"),
    [
        # press-release wires: the agency between slashes or in capitals in brackets, the date with its year
        ("BOSTON, Oct. 28, 2025 /PRNewswire/ -- Halvard Robotics, Inc. today announced its results.",
         "PR Newswire", date(2025, 10, 28)),
        ("TORONTO, March 3, 2025 (GLOBE NEWSWIRE) -- Quellon Mining Corp. reported first gold.",
         "GlobeNewswire", date(2025, 3, 3)),
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--Brindle Systems today named a new chief executive.", "Business Wire", None),
        # a news wire's dateline with the year gives the date too
        ("WASHINGTON, Jan. 28, 2025 (AP) — The Senate voted on Tuesday.", "Associated Press", date(2025, 1, 28)),
    ],
)
def test_a_wire_dateline_gives_the_outlet_and_its_full_date(line: str, outlet: str, published: date | None) -> None:
    found = read_provenance(f"Headline of the release\n\n{line}\n\nMore text follows.")
    assert (found.outlet, found.outlet_basis) == (outlet, "wire dateline")
    assert found.published == published
    assert found.published_basis == ("wire dateline" if published else None)
    assert found.dateline_day is None or published is None


def test_a_slash_in_a_line_is_no_wire() -> None:
    assert read_provenance("Revenue/margin mix /improved/ - the company said.").outlet is None
    assert read_provenance("LONDON/PARIS, Jan 28 (Reuters) - Shares rose.").outlet == "Reuters"


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Jane Doe\nWrenfield Money Daily\nOctober 28, 2025", "Wrenfield Money Daily"),  # a byline without "By"
        ("By JANE DOE\nBloomberg\n28 Oct 2025, 14:02 GMT", "Bloomberg"),
        # a menu's or a section's line, a reprint's source: not this page's outlet
        ("Markets > Biotech\nBy Ticker Staff | Sep 23, 2026", None),
        ("Wednesday, February 4, 2026\nBusiness News", None),
        ("Source: Reuters", None),
    ],
)
def test_an_outlet_on_the_line_after_the_byline(head: str, outlet: str | None) -> None:
    found = read_provenance(f"Quillow Bank slides on bad loans\n\n{head}\n\nHarrow Bank shares fell 6% on Tuesday.")
    assert found.outlet == outlet
    assert found.outlet_basis == ("byline" if outlet else None)


def test_a_copyright_line_names_the_agency_by_its_name(tmp_path) -> None:
    body = "Quillow Bank shares fell 6% on Tuesday after the lender set aside more money for bad loans in its home market."
    (tmp_path / "wire.txt").write_text(
        f"Quillow Bank slides on bad loans\n\n{body}\n\nCopyright 2025 The Associated Press. All rights reserved.\n",
        encoding="utf-8")
    (tmp_path / "linked.txt").write_text(
        f"Quillow Bank slides\n\nOriginally published at https://www.wrenfieldmoney.com/markets/harrow\n\n{body}\n",
        encoding="utf-8")
    docs = load_corpus(tmp_path).docs.set_index("file")
    assert (docs.at["wire.txt", "outlet"], docs.at["wire.txt", "outlet_basis"]) == ("Associated Press", "copyright line")
    # a line with a link is no headline
    assert (docs.at["linked.txt", "title"], docs.at["linked.txt", "outlet"]) == ("Quillow Bank slides", "wrenfieldmoney.com")


def test_a_page_states_its_article_in_schema_org(tmp_path) -> None:
    """A news page's JSON-LD (schema.org NewsArticle) gives headline, date and publisher when no meta tag does."""
    (tmp_path / "page.html").write_text(
        '<html><head><title>Quillow slides</title><script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@graph": [{"@type": "WebSite", "name": "KMD"}, {"@type": "NewsArticle", "headline": "Quillow Bank slides on'
        ' bad loans", "datePublished": "2025-10-28T09:14:00Z", "publisher": {"@type": "Organization", "name":'
        ' "Wrenfield Money Daily"}}]}</script></head><body><article><p>Quillow Bank shares fell 6% on Tuesday after the'
        ' lender set aside more money for bad loans.</p></article></body></html>', encoding="utf-8")
    (tmp_path / "broken.html").write_text(
        '<html><body><article><time itemprop="datePublished" datetime="2025-10-29">Wednesday</time><p>Quillow Bank'
        ' shares rose 2% on Wednesday as bargain hunters returned.</p></article><script type="application/ld+json">'
        '{not json</script></body></html>', encoding="utf-8")
    docs = load_corpus(tmp_path).docs.set_index("file")
    page = docs.loc["page.html"]
    assert (page["title"], page["outlet"], page["published"].date()) == (
        "Quillow Bank slides on bad loans", "Wrenfield Money Daily", date(2025, 10, 28))
    assert docs.at["broken.html", "published"].date() == date(2025, 10, 29)  # a bad JSON-LD block is skipped


def test_a_hostile_json_ld_block_is_skipped_and_the_page_still_reads() -> None:
    from analysis.corpus.page_text import html_to_text

    nested = "[" * 200_000 + "]" * 200_000
    text, meta, _ = html_to_text(f'<html><head><script type="application/ld+json">{nested}</script></head><body>'
                                 "<p>Quillow Bank shares fell 6% on Tuesday.</p></body></html>")
    assert text == "Quillow Bank shares fell 6% on Tuesday." and "published" not in meta


def test_a_reporter_title_in_the_byline_is_no_outlet() -> None:
    assert not looks_like_outlet("Business Reporter") and not looks_like_outlet("Staff Reporter")
    assert looks_like_outlet("The Hollywood Reporter")  # an outlet's name with "The" before it
    assert read_provenance("Steel shares sink\nBy Maren Tveit, Business Reporter\nShares fell 8% on Wednesday.").outlet is None


def test_a_page_gives_its_canonical_address_and_the_outlet_its_host(tmp_path) -> None:
    """A page with no site name: its canonical link is the article's URL, and the URL's host names the outlet
    before the byline's job title could."""
    (tmp_path / "page.html").write_text(
        '<html><head><title>Steel shares sink</title>'
        '<link rel="canonical" href="https://www.ledger.example/business/steel-shares-sink"></head><body><article>'
        "<h1>Steel shares sink</h1><p>By Maren Tveit, Business Reporter</p>"
        "<p>Shares of Quarrow Steel fell 8.4% on Wednesday after the tariff announcement.</p></article></body></html>",
        encoding="utf-8")
    doc = load_corpus(tmp_path).docs.iloc[0]
    assert doc["url"] == "https://www.ledger.example/business/steel-shares-sink"
    assert (doc["outlet"], doc["outlet_basis"]) == ("ledger.example", "url")
