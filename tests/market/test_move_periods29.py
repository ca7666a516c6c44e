"""Round 29 (lead): a move over a span of whole years is that span, not a session."""

from __future__ import annotations

from datetime import date

from tests.market.test_move_periods19 import _rows


def test_a_move_between_two_years_spans_them() -> None:
    # read before as a session move on the publication day: a "+100%" bar on the Market page's one-session view
    got = _rows("Quorvale Holdings' stock more than doubled between 2019 and 2023.")
    assert got == [("Quorvale Holdings", 100.0, "2019-01-01/2023-12-31")]
    got = _rows("Shares of Ressly Freight fell 40% from 2020 to 2022, then recovered.")
    assert got == [("Ressly Freight", -40.0, "2020-01-01/2022-12-31")]


def test_a_years_range_that_is_no_span_is_left_alone() -> None:
    # the first year after the second is no span; a single year stays the whole year
    assert _rows("Quorvale Holdings fell 3% on Tuesday, from 2024 to 2021 levels.")[0][2] == "2025-04-08"
    assert _rows("Quorvale Holdings shares fell 12% in 2024.") == [("Quorvale Holdings", -12.0, "2024-01-01/2024-12-31")]


def test_a_move_told_as_what_came_before_does_not_date_the_sentence() -> None:
    # "after falling 8.1% in the previous session / on Tuesday" dates the fall; the rise is the article's own session
    wed = date(2027, 9, 22)
    assert _rows("Quorvale Bank rose 4.2% after falling 8.1% in the previous session.", wed) == [
        ("Quorvale Bank", 4.2, "2027-09-22"), ("Quorvale Bank", -8.1, "2027-09-21")]
    assert _rows("Quorvale Bank rose 4.2% after falling 8.1% on Tuesday.", wed) == [
        ("Quorvale Bank", 4.2, "2027-09-22"), ("Quorvale Bank", -8.1, "2027-09-21")]
    assert _rows("Quorvale Bank rose 4.2%, following a 6% drop on Tuesday.", wed) == [
        ("Quorvale Bank", 4.2, "2027-09-22"), ("Quorvale Bank", -6.0, "2027-09-21")]
    # left alone: coordinated moves share their closing day; a consequence clause keeps the main clause's day
    assert _rows("Quorvale Bank fell 2% and Tessaly Foods rose 1.5% on Monday.", wed) == [
        ("Quorvale Bank", -2.0, "2027-09-20"), ("Tessaly Foods", 1.5, "2027-09-20")]
    assert _rows("Ressly Air cancelled flights on Tuesday after a system failed, sending its shares down 5.6%.", wed) == [
        ("Ressly Air", -5.6, "2027-09-21")]


def test_a_day_of_the_month_alone_opening_a_sentence_dates_its_move() -> None:
    fri = date(2029, 5, 18)
    assert _rows("On the 14th, the first trading day after the fire, Quorvale Bank dropped 7.2%.", fri) == [
        ("Quorvale Bank", -7.2, "2029-05-14")]
    assert _rows("On the 20th, Quorvale Bank dropped 7.2%.", fri) == [("Quorvale Bank", -7.2, "2029-04-20")]
    # left alone: an ordinal that is no day
    assert _rows("On the 14th floor, Quorvale Bank dropped 7.2%.", fri) == [("Quorvale Bank", -7.2, "2029-05-18")]


def test_since_part_of_a_month_is_a_period_from_that_part() -> None:
    fri = date(2029, 5, 18)
    assert _rows("Ressly Air has shed 12% since mid-April.", fri) == [("Ressly Air", -12.0, "2029-04-15/2029-05-18")]
    assert _rows("Ressly Air has fallen 12% since early May.", fri) == [("Ressly Air", -12.0, "2029-05-01/2029-05-18")]
    assert _rows("Ressly Air has fallen 12% since April.", fri) == [("Ressly Air", -12.0, "2029-04-01/2029-05-18")]
