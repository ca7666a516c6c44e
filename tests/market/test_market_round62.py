"""Round 62 (moves62): share-move rules from the misses of the dev corpora, each tried on invented text (no word, name
or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd

from analysis.market.coref import DocMentions
from analysis.market.moves import one_name_per_company
from analysis.market.strips import HEAD_STRIP_SENT, head_strip_rows
from tests.move_helpers import move_days as _days

SUNDAY = date(2026, 3, 8)


def _head(*lines: str) -> str:
    """A page's head lines as the corpus stores them (JSON ``[offset, line]``)."""
    return json.dumps([[i * 100, line] for i, line in enumerate(lines)])


def _orgs(*names: str) -> DocMentions:
    """Organisation mentions of ``names`` in an article body (offsets made up, one mention each)."""
    return DocMentions([(i * 50, i * 50 + len(n), n, n, "ORG") for i, n in enumerate(names)])


# 1. The quote strip a market page prints over its article ("KLDK 41.20 -3.15%   ORVS 12.08 +0.66%   ^IDX ..."): each
# cell whose ticker the article ties to a company it names is that company's move on the page's day; an index, a
# currency pair, a level with no percent and a ticker the article does not name give no row; prose is no strip.

def test_a_quote_strip_in_the_page_head() -> None:
    mentions = _orgs("Kellar Docks", "Orlen Vasko Holdings", "Tollan Brau")
    head = _head("Markets  >  Europe",
                 "KLDK 41.20 -3.15%   ORVSH 12.08 +0.66%   ZZQX 8.10 +1.2%   ^IDX 4,120.55 -0.84%   EUR/USD 1.0811 +0.2%",
                 "Kellar Docks falls 3% as freight rates slide")
    rows = head_strip_rows(head, date(2026, 3, 4), mentions)
    assert [(r["company"], r["pct"], r["session_date"]) for r in rows] == [
        ("Kellar Docks", -3.15, date(2026, 3, 4)), ("Orlen Vasko Holdings", 0.66, date(2026, 3, 4))]
    assert {r["sent_start"] for r in rows} == {HEAD_STRIP_SENT}
    # cells spread over gaps, the change in points and the percent in brackets; a caption first; a Sunday's page
    head = _head("Ticker: KLDK  41.20  -1.34  (-3.15%)    TLNB  7.75  +0.12  (+1.57%)    IDXA  9,001.2  -40.1")
    rows = head_strip_rows(head, SUNDAY, mentions)
    assert [(r["company"], r["pct"], r["session_date"]) for r in rows] == [
        ("Kellar Docks", -3.15, date(2026, 3, 6)), ("Tollan Brau", 1.57, date(2026, 3, 6))]
    # a ticker the letters of two names fit goes to the one whose initials it spells
    rows = head_strip_rows(_head("KDH 10.5 -2.1%   OVH 3.3 +1.0%"), SUNDAY, _orgs("Kellar Docks Holdings", "Kodiak Holdings",
                                                                                     "Orlen Vasko Holdings"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar Docks Holdings", -2.1), ("Orlen Vasko Holdings", 1.0)]
    # not a strip: a headline, a research note's header, one cell alone
    for line in ("Kellar Docks sinks 3% as KLDK -3.15% leads losers", "Price: 41.20 | Target: 55 | Upside: 33%",
                 "KLDK 41.20 -3.15%"):
        assert head_strip_rows(_head(line), SUNDAY, mentions) == []


# 2. A mark the move counts from, dated by a stated day or month: "down 60% from its March 2 peak", "58% below its 12
# January high", "up 30% from its October trough" run from that day (the month's first) to now; an undated "record
# high" stays a span with no start.

def test_a_move_from_a_dated_peak_runs_from_that_day() -> None:
    pub = date(2026, 3, 20)
    assert _days("Kellar Docks closed at $12.40, down 60% from its March 2 peak.", "Kellar Docks", published=pub) == [
        ("Kellar Docks", -60.0, "", "2026-03-02", "2026-03-20")]
    assert _days("Kellar Docks rose 1.2%; the stock remains 58% below its 12 January high.", "Kellar Docks",
                 published=pub)[1] == ("Kellar Docks", -58.0, "", "2026-01-12", "2026-03-20")
    assert _days("Kellar Docks is up 30% from its October trough.", "Kellar Docks", published=pub) == [
        ("Kellar Docks", 30.0, "", "2025-10-01", "2026-03-20")]
    assert _days("Kellar Docks is down 30% from its record high.", "Kellar Docks", published=pub) == [
        ("Kellar Docks", -30.0, "", "", "")]


# 3. A change told as a noun beside the level it came from, dated ("trades at 80 pence, down from 310 pence in May
# 2024, a fall of 74%"): the figure runs from that month to now, not over one session.

def test_a_fall_beside_the_dated_level_it_came_from() -> None:
    text = "Kellar Docks now trades at 80 pence, down from 310 pence in May 2024, a fall of 74%."
    assert _days(text, "Kellar Docks", published=date(2026, 3, 6)) == [
        ("Kellar Docks", -74.0, "", "2024-05-01", "2026-03-06")]
    text = "Kellar Docks now trades at 80 pence, down from 310 pence on March 2, a fall of 74%."
    assert _days(text, "Kellar Docks", published=date(2026, 3, 6)) == [
        ("Kellar Docks", -74.0, "", "2026-03-02", "2026-03-06")]
    text = "Kellar Docks closed at 80 pence on Tuesday, a fall of 4%."  # no level dated: the session
    assert _days(text, "Kellar Docks", published=date(2026, 3, 6)) == [("Kellar Docks", -4.0, "2026-03-03", "", "")]


# 4. A one-word name written with its legal form ("Kellar Corp fell 6%") is that firm's whole name: across the corpus it
# does not become the longer name of another firm that opens on the same word ("Kellar Docks Financial Group").

def test_a_name_with_its_legal_form_stays_apart_from_a_longer_namesake() -> None:
    moves = pd.DataFrame({
        "company": ["Kellar"] + ["Kellar Docks Financial Group"] * 6,
        "kind": ["share"] * 7, "pct": [-6.0, -1.0, -2.0, -3.0, -4.0, -5.0, -7.0],
        "sentence": ["Trading houses Kellar Corp and Orlen fell 6% and 5%."] + ["Kellar Docks Financial Group fell."] * 6})
    assert one_name_per_company(moves)["company"].tolist()[0] == "Kellar"
    short = moves.assign(sentence=["Kellar fell 6%."] + ["Kellar Docks Financial Group fell."] * 6)
    assert one_name_per_company(short)["company"].tolist()[0] == "Kellar Docks Financial Group"


# 5. A line that opens on its date dates the moves it tells that name no day of their own: a chronology's date with its
# weekday in brackets ("Sept 9 (Tue) - ..."), a date in figures day first ("28/04/2025 — ...", "- 02.04.2025: ..."), a
# day-by-day recap's weekday as a sentence of its own ("Friday. The stock opened down 27%"); "the next day" is the session
# after the label's. A slash date that may be month first ("04/02/2025") gives no day.

def test_a_line_dated_by_its_label() -> None:
    pub = date(2025, 9, 28)
    assert _days("Sept 17 (Wed) - Kellar Docks shares lose 24%, Orlen Vasko 14%.", "Kellar Docks", "Orlen Vasko",
                 published=pub) == [("Kellar Docks", -24.0, "2025-09-17", "", ""), ("Orlen Vasko", -14.0, "2025-09-17", "", "")]
    assert _days("28/04/2025 — Kellar Docks report. Kellar Docks down 26%.", "Kellar Docks", published=pub) == [
        ("Kellar Docks", -26.0, "2025-04-28", "", "")]
    assert _days("- 02.04.2025: Kellar Docks discloses a loss; its shares drop 8.2% the next day.", "Kellar Docks",
                 published=pub) == [("Kellar Docks", -8.2, "2025-04-03", "", "")]
    assert _days("Tuesday. Kellar Docks opened down 27%, and never recovered, closing 26.06% lower.", "Kellar Docks",
                 published=pub) == [("Kellar Docks", -27.0, "2025-09-23", "", ""), ("Kellar Docks", -26.06, "2025-09-23", "", "")]
    assert _days("04/02/2025 — Kellar Docks down 26%.", "Kellar Docks", published=pub)[0][2] != "2025-04-02"


# 6. A day named with "last" ("Last Friday it lost 5.8%") in a later day's article is a session before the story's: it
# does not become the session of the article's moves that name no day ("is down 8.3%"); a plain "on Friday" still does.

def test_last_friday_is_not_the_articles_session() -> None:
    monday = date(2025, 9, 22)
    text = "Kellar Docks is down 17.8%. Orlen Vasko is down 8.3%. Last Friday it lost 5.8%."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=monday) == [
        ("Kellar Docks", -17.8, "2025-09-22", "", ""), ("Orlen Vasko", -8.3, "2025-09-22", "", ""),
        ("Orlen Vasko", -5.8, "2025-09-19", "", "")]
    text = "Kellar Docks fell 17.8% on Friday. Orlen Vasko is down 8.3%."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=monday) == [
        ("Kellar Docks", -17.8, "2025-09-19", "", ""), ("Orlen Vasko", -8.3, "2025-09-19", "", "")]


# 7. A gapped list item keeps the verb's "by" ("Kellar Docks fell by 2.1%, Orlen Vasko by 1.7%") or opens its description
# with "the" ("... and the reinsurer Tollan Brau 2.8%"); a "by" after a participle ("boosted by 3% growth") stays no item.

def test_gapped_items_with_by_and_a_described_name() -> None:
    assert [r[:2] for r in _days("Kellar Docks fell by 2,1 %, Orlen Vasko by 1,7 %.", "Kellar Docks", "Orlen Vasko")] == [
        ("Kellar Docks", -2.1), ("Orlen Vasko", -1.7)]
    assert [r[:2] for r in _days("Kellar Docks gave up 3,5 % and the reinsurer Tollan Brau 2,8 %.", "Kellar Docks",
                                 "Tollan Brau")] == [("Kellar Docks", -3.5), ("Tollan Brau", -2.8)]
    assert [r[:2] for r in _days("Kellar Docks rose 5%, boosted by 3% growth in sales.", "Kellar Docks")] == [
        ("Kellar Docks", 5.0)]


# 8. "firmer" and "softer" after a figure are a close's direction as "higher" and "lower" are ("closed 0.9% firmer").

def test_firmer_and_softer() -> None:
    assert [r[:2] for r in _days("Kellar Docks closed 0,9 % firmer, while Orlen Vasko ended 1.2% softer.", "Kellar Docks",
                                 "Orlen Vasko")] == [("Kellar Docks", 0.9), ("Orlen Vasko", -1.2)]


# 9. A class of shares ("Class A", "Class K") is no company: "its Class K stock", "The company's Class A shares" are the
# stock of the company named before; "Kellar Docks Class A shares" stays Kellar Docks.

def test_a_share_class_is_the_issuers_stock() -> None:
    text = "Kellar Docks shares fell 9% on Tuesday. The company's Class A shares (KLDKA) dropped 7.4% on Tuesday."
    assert [r[:2] for r in _days(text, "Kellar Docks")] == [("Kellar Docks", -9.0), ("Kellar Docks", -7.4)]
    text = "Kellar Docks's Class A shares fell 10.4%, while its Class K stock lost 9.2%."
    assert [r[:2] for r in _days(text, "Kellar Docks")] == [("Kellar Docks", -10.4), ("Kellar Docks", -9.2)]


# 10. A company's depositary receipts or foreign listing: "Global depositary receipts (GDRs) of X", "X's receipts",
# "X's London receipts" in a gapped item, "X's U.S. listing" are X's stock.

def test_receipts_and_listings_are_the_companys_stock() -> None:
    assert [r[:2] for r in _days("Global depositary receipts (GDRs) of Kellar Docks rose 21.4% in London.",
                                 "Kellar Docks")] == [("Kellar Docks", 21.4)]
    assert [r[:2] for r in _days("Kellar Docks's receipts were down 9.3%.", "Kellar Docks")] == [("Kellar Docks", -9.3)]
    assert [r[:2] for r in _days("Orlen Vasko lost 14.2%, Kellar Docks's London receipts 7.5%.", "Orlen Vasko",
                                 "Kellar Docks")] == [("Orlen Vasko", -14.2), ("Kellar Docks", -7.5)]
    assert [r[:2] for r in _days("Shares of Kellar Docks's U.S. listing slid 11.5%.", "Kellar Docks")] == [
        ("Kellar Docks", -11.5)]
