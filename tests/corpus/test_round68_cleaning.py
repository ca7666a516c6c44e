"""Round 68 (clean68): page debris that reached the extractors as text, and article lines that cleaning damaged.
The publisher's notes under an article (a writer's disclosure, a site's disclaimer, when a column runs, the offer of
more behind a log-in) and a live page's notes on its clock and its order, each sentence of a line such a note. A
headline written as a question over the site's strip in more cells than its name and section ("<Site> | Analysis |
By <Name>"), its name and section between dashes, or the kind of piece alone ("ANALYSIS"), was read as the first
paragraph, and the strip with it; a strip of the site's name, section, date and clock time was read as prose. A day
alone on its line over a chronology's entries was taken out as a date line. The lines of a week's list headed by
their day alone ("Tue: ...", "Thu: ...") were read as the page's footer or as another story's headline between the
list's items. A snapshot's rows by ticker whose figures the article reports were taken for a market widget's other
companies. A label of more stories in words of its own over headlines between bars, and a box of links each opened
by an arrow (its last headline a question), were kept as text.
Invented lines, names and sites."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import _site_strip, clean_document
from analysis.corpus.furniture import REASON_CREDIT, REASON_LINK, REASON_NAV, furniture_reason


@pytest.mark.parametrize("line", [
    "Mara Quist has no position in any of the stocks mentioned.",
    "Mara Quist has no position in any of the stocks mentioned. Tallow Investor has a disclosure policy.",
    "Fenwick Markets Daily is not a registered investment adviser. Data delayed at least 15 minutes.",
    "For real-time quotes and charts, log in to Harlow Brief Pro. Not investment advice.",
    "Orla Penn's column appears every Thursday.",
    "Quarry Weekly subscribers can download our full dealer scorecard here.",
    "Subscribe to Harlow Deals Premium for full access to league tables and analysis.",
    "Follow live markets coverage all day on The Vale Ledger.",
])
def test_publisher_notes_are_credits(line: str) -> None:
    assert furniture_reason(line) == REASON_CREDIT


@pytest.mark.parametrize("line", [
    "All times are Bergen time (CEST). Newest entries at the top.",
    "All times Eastern. Latest updates at the top. Refresh for more.",
    "All times GMT, oldest entries first.",
    "Vale Post live coverage, Tuesday, March 4, 2031. All times Singapore (SGT).",
    "All times Pacific. Latest first.",
])
def test_live_page_notes_are_page_chrome(line: str) -> None:
    assert furniture_reason(line) == REASON_NAV


@pytest.mark.parametrize("line", [
    "Times are tough for the airline, its chief executive said.",
    "The fund has no position in the bonds, its manager said.",
    "Acme has no position in the market for small turbines.",
    "Shares were down 30% at the top of the hour.",
    "Her column on the bank's troubles appeared in print on Monday.",
    "Members of the union can vote on the offer until Friday.",
])
def test_story_sentences_stay(line: str) -> None:
    assert furniture_reason(line) is None


def test_disclosure_under_the_article_leaves_the_text() -> None:
    text = "\n\n".join((
        "Quillow shares slide after profit warning",
        "By Mara Quist",
        "Quillow Systems shares fell 8.4% on Tuesday after the chipmaker cut its annual forecast, citing weak orders.",
        "The company said demand from carmakers had slowed in the second quarter.",
        "Mara Quist has no position in any of the stocks mentioned.",
    ))
    clean = clean_document(text)
    assert clean.paragraphs[-1] == "The company said demand from carmakers had slowed in the second quarter."
    assert any(r.reason == REASON_CREDIT and r.text.startswith("Mara Quist has no position") for r in clean.removals)


def _headed(headline: str, strip: str, byline: str | None = None) -> str:
    return "\n\n".join(x for x in (
        headline, strip, byline,
        "At $4.10, where it closed on Tuesday, Quillow Systems trades at a level last seen a decade ago, and the shares are "
        "down 41% this year.",
        "The bulls argue that the price now reflects most of what could go wrong with the chip business.",
        "The bears say the debt could still sink it.",
    ) if x)


@pytest.mark.parametrize("strip, byline", [
    ("Tallow Review | Analysis | By Mara Quist and Orla Penn", None),
    ("The Vale Ledger — Analysis", "By Mara Quist"),
    ("ANALYSIS", "By Mara Quist"),
    ("Tallow Business Daily | Markets in brief | Mar. 4, 2031 | 8:52 a.m. ET", None),
])
def test_question_headline_over_the_site_strip_is_the_headline(strip: str, byline: str | None) -> None:
    headline = "Quillow at $4: bargain or trap for the patient investor?"
    clean = clean_document(_headed(headline, strip, byline))
    assert clean.title == headline
    assert clean.paragraphs[0].startswith("At $4.10, where it closed on Tuesday")
    assert strip not in clean.paragraphs


def test_strip_of_site_date_and_time_under_a_plain_headline_is_no_paragraph() -> None:
    strip = "Tallow Business Daily | Markets in brief | Mar. 4, 2031 | 8:52 a.m. ET"
    clean = clean_document(_headed("Broker cuts Quillow to sell, sets $1 target", strip))
    assert clean.title == "Broker cuts Quillow to sell, sets $1 target"
    assert clean.paragraphs[0].startswith("At $4.10")


@pytest.mark.parametrize("line", [
    "Acme Corp | 2031 | 4.1%",
    "Revenue | Profit",
    "Quillow | By the numbers",
])
def test_table_rows_are_no_site_strip(line: str) -> None:
    assert not _site_strip(line)


_CHRONOLOGY = "\n\n".join((
    "How the Quillow outage unfolded",
    "Vale Journal | March 20, 2031",
    "The halt at the Quillow exchange on March 4 has now cost its president his job. Here is how the crisis unfolded.",
    "November 5, 2030 - The exchange switches on a new trading system built by Harrow Systems.",
    "Tuesday, March 4, 2031",
    "6:15 a.m. - A power unit at the data centre trips. Staff restart it by hand.",
    "10:30 a.m. - The open is delayed. That evening, the regulator asks for a report.",
    "Friday, March 7 - Trading resumes normally.",
))


def test_a_day_heading_a_chronology_stays_in_the_text() -> None:
    clean = clean_document(_CHRONOLOGY)
    assert "Tuesday, March 4, 2031" in clean.paragraphs
    assert clean.paragraphs.index("Tuesday, March 4, 2031") + 1 == next(
        i for i, p in enumerate(clean.paragraphs) if p.startswith("6:15 a.m."))


@pytest.mark.parametrize("tail", [
    ("March 4, 2031",),  # a date closing the article: nothing under it
    ("Updated March 4, 2031 10:12 a.m.", "The regulator said it would publish its report within a month."),
])
def test_a_page_stamp_in_the_body_still_goes(tail: tuple[str, ...]) -> None:
    text = "\n\n".join((
        "Quillow exchange halts trading",
        "By Mara Quist",
        "The Quillow exchange halted all trading on Tuesday after a memory card failed in its main disk array.",
        "Brokers said they had never seen a full-day halt.",
        *tail,
    ))
    clean = clean_document(text)
    assert tail[0] not in clean.paragraphs


def test_a_week_at_a_glance_keeps_every_day() -> None:
    text = "\n\n".join((
        "Week in review: Quillow's worst week in years",
        "Vale Business Daily | Saturday, March 8, 2031",
        "Quillow Systems stock lost 11.2% this week, its worst run since 2027, after the toolmaker scrapped its payout "
        "and warned that margins would shrink.",
        "Brokers blamed weaker orders from builders.",
    )) + "\n\nTHE WEEK IN BRIEF\n" + "\n".join((
        "Mon: Quillow -0.6% before the trading update",
        "Tue: Quillow scraps payout, warns on margins; shares -7.1%",
        "Wed: Two brokers turn bearish; shares -5.3%",
        "Thu: Stock claws back 2.2%",
        "Fri: Stock -0.4%; retail sales disappoint",
    ))
    clean = clean_document(text)
    assert clean.paragraphs[-5:] == (
        "Mon: Quillow -0.6% before the trading update",
        "Tue: Quillow scraps payout, warns on margins; shares -7.1%",
        "Wed: Two brokers turn bearish; shares -5.3%",
        "Thu: Stock claws back 2.2%",
        "Fri: Stock -0.4%; retail sales disappoint",
    )


def test_a_snapshot_row_whose_figure_the_article_reports_is_the_articles() -> None:
    text = "\n\n".join((
        "Vale shares slide; Quillow sinks on dilution",
        "Tallow Brief | Wednesday, March 12, 2031",
        "Vale stocks fell on Wednesday. The Vale 50 ended 1.6% lower and Harbour's HBX lost 1.9%.",
        "Quillow Ferries was the day's worst performer, down 27.4% as a rights issue began.",
        "Brio's main index lost 1.3% and the krone weakened.",
    )) + "\n\nMARKET SNAPSHOT (close)\nVale 50 -1.6%\nHBX -1.9%\nBRX -1.3%\nQLF -27.4%\n\nQFRN +1.8%\nBLDX 12.40 ▲ -0.47%"
    paragraphs = clean_document(text).paragraphs
    assert "BRX -1.3%" in paragraphs and "QLF -27.4%" in paragraphs  # figures the article reports
    assert "QFRN +1.8%" not in paragraphs and "BLDX 12.40 ▲ -0.47%" not in paragraphs  # a widget's other companies


def test_a_label_of_more_stories_over_three_headlines_is_a_link() -> None:
    assert furniture_reason("More local business: Vale approves data centre rules | Harbour hiring slows | "
                            "Bridge repairs to finish in June") == REASON_LINK
    assert furniture_reason("Other costs: fuel 12 | staff 14 | rent 3") is None  # a row of figures


def test_a_box_of_arrowed_links_after_the_article_goes_whole() -> None:
    text = "\n\n".join((
        "Quillow bondholders back debt swap, shares jump",
        "By Mara Quist",
        "Quillow Air's bondholders on Monday approved a plan to convert debt into shares, clearing a hurdle for state aid.",
        "The shares rose 22.7% in Brio.",
    )) + "\n\nMore on Quillow Air (QLA)\n› Quillow says lessors back debt conversion\n› Quillow crew units go bankrupt\n" \
        "› Opinion: Who should pay for the airlines?"
    clean = clean_document(text)
    assert clean.paragraphs[-1] == "The shares rose 22.7% in Brio."
