"""Constructions of earnings and market coverage found by probing the engine with invented sentences (CheckList
style): a company's business figure reported beside its share move is no second move, and "since <January day>" is
a stated day, not the year to date. Every name and figure is invented."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.market.extract import extract_moves

PUB = date(2025, 4, 9)  # a Wednesday


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    iso = lambda d: d.isoformat() if d is not None else ""  # noqa: E731
    return [(r.company, r.pct, iso(r.period_start), iso(r.session_date))
            for r in extract_moves(text, PUB, None).itertuples()]


@pytest.mark.parametrize("sentence", [
    "Brisco Labs gained 3.1% after reporting quarterly revenue that rose 18%.",  # a restrictive relative clause
    "Brisco Labs gained 3.1% after reporting orders which rose 18%.",
    "Brisco Labs gained 3.1% on quarterly revenue up 18%.",  # a noun with "up"/"down" and its figure
    "Brisco Labs gained 3.1% as deliveries, up 18% on the year, beat forecasts.",  # an appositive figure
    "Brisco Labs gained 3.1% after its earnings per share rose 18%.",  # a per-share quantity
])
def test_a_business_figure_beside_the_move_is_no_second_move(sentence: str) -> None:
    assert [(c, p) for c, p, _, _ in _rows(sentence)] == [("Brisco Labs", 3.1)]


def test_a_business_figure_lends_the_move_no_period() -> None:
    """"from a year earlier" belongs to the sales figure after the move, not to the move."""
    assert _rows("Everly Retail climbed 5% on sales up 9% from a year earlier.") == [("Everly Retail", 5.0, "", "2025-04-09")]


@pytest.mark.parametrize(("sentence", "start"), [
    ("Harbor Metals shares have dropped 14% since January 3.", "2025-01-03"),
    ("Harbor Metals shares have dropped 14% since Jan. 27, when the curbs were first reported.", "2025-01-27"),
    ("Harbor Metals shares have dropped 14% since January.", "2025-01-01"),  # the month alone: the year to date
    ("Harbor Metals shares have dropped 14% since March 14.", "2025-03-14"),
])
def test_since_a_day_of_january_starts_on_that_day(sentence: str, start: str) -> None:
    assert _rows(sentence) == [("Harbor Metals", -14.0, start, "")]


def test_the_value_of_the_stock_is_still_its_move() -> None:
    assert [(c, p) for c, p, _, _ in _rows("Ardwell Foods lost about a third of its market value, falling 32.65%.")] == \
        [("Ardwell Foods", -32.65)]
