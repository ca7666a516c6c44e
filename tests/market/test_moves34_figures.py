"""Round 34 (moves34): figures and their periods, in classes of financial prose the share-move grammar missed or
misread. Invented companies, people and sentences; each rule has a case it must read and a case it must leave
alone."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.market.extract import extract_moves

DAY = date(2031, 11, 21)  # a Friday


def _rows(text: str) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, None)
    return [(str(c), float(p)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True) if k == "share"]


def _dated(text: str) -> list[tuple[str, float, object, object, object]]:
    frame = extract_moves(text, DAY, None)
    return [(str(r.company), float(r.pct), r.session_date, r.period_start, r.period_end) for r in frame.itertuples()]


def test_day_is_a_friday() -> None:
    assert DAY.weekday() == 4


def test_a_level_below_a_close_on_a_day_first_date_is_a_move() -> None:
    """"14% below their close on 3 October" (the day first, as British and European copy writes it) is a move since
    that close, as "below their close on October 3" is; a target's upside over such a close stays no move."""
    text = "Halden Cargo shares are still 14% below their close on 3 October, when the strike began."
    assert _rows(text) == [("Halden Cargo", -14.0)]
    target = "Brokers set Halden Cargo a target price of 90 crowns, about 7% above its close on 3 October."
    assert _rows(target) == []


def test_a_figure_the_stock_gained_in_a_relative_clause_is_its_move() -> None:
    """"wiped out the 20% the stock had gained in the first three months of the year": the stock's move, over January
    to March; a figure other people gained is none."""
    text = ("Pellow Foods fell 9% on Friday. The slide wiped out the 20% the stock had gained in the first three "
            "months of the year.")
    rows = _dated(text)
    assert [(c, p) for c, p, *_ in rows] == [("Pellow Foods", -9.0), ("Pellow Foods", 20.0)]
    assert rows[1][2:] == (None, date(2031, 1, 1), date(2031, 3, 31))
    assert _rows("Pellow Foods rose 1% on Friday. That is the 12% the voters gained.") == [("Pellow Foods", 1.0)]


def test_a_rise_in_counted_things_is_no_stock_move() -> None:
    """"an 18% jump in burglaries": things counted, not a stock, whoever reported it; a move noun in a session ("in
    early deals") is left to the grammar as before."""
    assert _rows("Insurer Vexcom recorded an 18% jump in burglaries among its clients last year.") == []
    assert _rows("Tellaro posted a 5% gain in early deals.") == [("Tellaro", 5.0)]


@pytest.mark.parametrize("text, expected", [
    ("Over the past two weeks Tellaro has lost 9%.", (None, date(2031, 11, 7), DAY)),
    ("Vexa closed flat; over the last three sessions Orrin has shed 6%.", (None, date(2031, 11, 19), DAY)),
    ("Over the past two weeks, Tellaro said, orders rose. Tellaro fell 2% on Friday.", (DAY, None, None)),
])
def test_a_span_fronted_without_a_comma_dates_its_clause(text: str, expected: tuple) -> None:
    """"Over the past two weeks Tellaro has lost 9%": the span; a span of another clause dates nothing."""
    assert _dated(text)[-1][2:] == expected


def test_a_month_right_after_a_figure_is_that_month() -> None:
    """"is up 11% in November": November to the article's day (a month before it: the whole month); a month named
    after another clause of the figure ("after results in November") dates nothing."""
    assert _dated("Halden Cargo is up 11% in November.")[0][2:] == (None, date(2031, 11, 1), DAY)
    assert _dated("Halden Cargo rose 3% in May.")[0][2:] == (None, date(2031, 5, 1), date(2031, 5, 31))
    assert _dated("Halden Cargo rose 2% on Tuesday after results in November.")[0][2] == date(2031, 11, 18)
