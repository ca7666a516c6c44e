"""Round 29 (lead): the baseline of a comparison and the start of a span, read from the twenty-seventh corpus's wrong
dates as general constructions. Invented sentences."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_a_figure_above_or_below_a_date_compares_with_it() -> None:
    got = dates_of("Ressly Air said last month that forward bookings for the winter were 9% above last year.",
                   "2027-09-22")
    assert got == [("last month", "2027-08-01", "2027-08-31")]
    # left alone: the date of a thing named after it ("their 2022 peak" is the peak's date)
    got = dates_of("\"Copper prices are 40 per cent below their 2022 peak,\" Ilse Brammel said.", "2027-09-22")
    assert got == [("2022", "2022-01-01", "2022-12-31")]


def test_than_in_the_whole_of_a_month_is_a_baseline() -> None:
    got = dates_of("Card payments at Quorin Bank fell on Monday, more than in the whole of January.", "2027-09-22")
    assert got == [("Monday", "2027-09-20", "2027-09-20")]


def test_since_a_month_before_a_later_date_starts_a_span() -> None:
    got = dates_of("Inflation reached 8.7% in August, and the quorin had lost 11% against the dollar since July.",
                   "2027-09-22")
    assert got == [("August", "2027-08-01", "2027-08-31")]
    # left alone: the only date of its sentence, and a month whose own event a "when" clause tells
    assert dates_of("The quorin has lost 11% against the dollar since July.", "2027-09-22") == [
        ("July", "2027-07-01", "2027-07-31")]
    got = dates_of("Inflation reached 8.7% in August, and the quorin had lost 11% since July, when the peg was dropped.",
                   "2027-09-22")
    assert ("July", "2027-07-01", "2027-07-31") in got
