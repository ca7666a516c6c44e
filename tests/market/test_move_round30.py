"""Round 30: share moves the twenty-ninth corpus held but the engine missed, each a widened general mechanism shown on an
invented text (no word, name or figure of any corpus), with what it must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import Mention, every_mention

PUB = date(2026, 9, 16)  # a Wednesday


def _rows(text: str, mentions: list[Mention]) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


# 1. A plain-text table of two columns (a ticker and its change) is read, and a row's bare ticker is the company of the
# document whose name its letters abbreviate (or that the entity layer names for the ticker's letters): an analyst
# note prints its peer table by tickers and names the peers in prose.

_PEERS = ("Peer moves since Monday\n"
          "Ticker      Chg\n"
          "BRANW.ST    -4.4%\n"
          "QTMR.HE     +2.2%\n"
          "ZZXQ.DE     -0.7%\n"
          "\n"
          "Brannwick Tools has lagged Quilltimmer Oy this week.\n")


def test_a_ticker_table_row_is_the_company_its_letters_abbreviate() -> None:
    rows = _rows(_PEERS, every_mention(_PEERS, "BRANW.ST", "QTMR.HE", "ZZXQ.DE", "Brannwick Tools", "Quilltimmer Oy"))
    assert ("share", "Brannwick Tools", -4.4) in rows
    assert ("share", "Quilltimmer Oy", 2.2) in rows


def test_a_ticker_no_company_of_the_text_abbreviates_keeps_its_letters() -> None:
    rows = _rows(_PEERS, every_mention(_PEERS, "BRANW.ST", "QTMR.HE", "ZZXQ.DE", "Brannwick Tools", "Quilltimmer Oy"))
    assert ("share", "ZZXQ.DE", -0.7) in rows  # no name fits: left as written, not given to another company


def test_two_companies_the_letters_fit_leave_the_ticker() -> None:
    text = _PEERS.replace("Quilltimmer Oy this week", "Brannwood Holdings this week")
    rows = _rows(text, every_mention(text, "BRANW.ST", "QTMR.HE", "ZZXQ.DE", "Brannwick Tools", "Brannwood Holdings"))
    assert ("share", "BRANW.ST", -4.4) in rows  # "BRANW" abbreviates both: no guess


# 2. A plain-text table whose header names each figure column's period ("Ticker  1-day  Since Oct 2") is read column
# by column, a price with its currency sign ("C$12.40") being a cell of its own; a table whose headers do not name as
# many periods as its rows hold signed figures is left alone.

_PERIODS = ("Exhibit 4: Price moves\n"
            "Ticker    Close (local)   1-day    Since pricing\n"
            "Hallowmere Retail   C$12.40   -2.5%   +8.8%\n"
            "Tansy Biolabs   C$7.15   +1.2%   -3.6%\n")


def test_a_table_headed_by_periods_gives_every_column() -> None:
    rows = _rows(_PERIODS, every_mention(_PERIODS, "Hallowmere Retail", "Tansy Biolabs"))
    assert sorted(rows) == sorted([("share", "Hallowmere Retail", -2.5), ("share", "Hallowmere Retail", 8.8),
                                   ("share", "Tansy Biolabs", 1.2), ("share", "Tansy Biolabs", -3.6)])


def test_a_header_naming_fewer_periods_than_the_figures_is_no_such_table() -> None:
    text = _PERIODS.replace("1-day    Since pricing", "Result   Outlook")
    assert ("share", "Hallowmere Retail", 8.8) not in _rows(text, every_mention(text, "Hallowmere Retail", "Tansy Biolabs"))


# 3. A price change in money with the percent after it in brackets ("fell 23.40 kronor (14.2%)", "added $6.14 (7.9%)",
# "dropped 4,460c (10.4%)") is the move, as ", or 14.2%" is; a bare count in brackets' stead ("cut 1,200 (4%) of its
# jobs") and a price the stock rose to ("rose to $83.90 (7.9%)") are not read by it.

def test_money_then_the_percent_in_brackets_is_the_move() -> None:
    text = ("Orvando Freight shares fell 31.20 kronor (11.3%) to 244.90 kronor. Pellucid Foods added $4.18 (6.6%) "
            "to $67.50. Varga Mining dropped 2,340c (7.7%) to 28,050c.")
    rows = _rows(text, every_mention(text, "Orvando Freight", "Pellucid Foods", "Varga Mining"))
    assert rows == [("share", "Orvando Freight", -11.3), ("share", "Pellucid Foods", 6.6), ("share", "Varga Mining", -7.7)]


def test_a_count_or_a_price_reached_before_brackets_is_not_read_so() -> None:
    text = "Orvando Freight cut 1,200 (4%) of its jobs. Pellucid Foods rose to $67.50 (6.6%) after the note."
    assert _rows(text, every_mention(text, "Orvando Freight", "Pellucid Foods")) == []
