"""Round 46 (timex, dates39): a month, or a month's day, of a plan told in the past ("had scheduled three launches,
one in August", "sealed bids were due on 27 June") is the nearest such one to the day of writing, on either side.
Every sentence, outlet and name is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 6, 12)  # a Wednesday in June


def values(text: str, dct: date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_month_of_a_plan_told_in_the_past_is_the_nearest_one() -> None:
    got = values("Orvale Launch had scheduled three more flights before the end of September, including one for "
                 "Keel Telecom in August.")
    assert ("August", "2041-08") in got
    assert ("the end of September", "2041-09") in got
    # of two as near, the coming one ("planned before the December change", six months either way)
    assert ("December", "2041-12") in values("The chief executive said no changes to rosters were planned before the "
                                             "December timetable change.")
    # left alone: a month told in the past with no plan, and a plan told now
    assert ("August", "2040-08") in values("Orvale Launch flew three missions in August.")
    assert ("August", "2041-08") in values("Orvale Launch will fly three missions in August.")


def test_a_day_a_plan_was_due_in_the_past_is_the_nearest_one() -> None:
    got = values("The guaranteed prices were set in February, and sealed bids were due on 27 March.")
    assert ("27 March", "2041-03-27") in got
    # left alone: a day still due, told in the present
    assert ("27 March", "2042-03-27") in values("Sealed bids are due on 27 March.")


def test_a_weekday_awaited_in_the_present_is_the_coming_one() -> None:
    # published on Wednesday 2041-06-12
    assert ("Thursday", "2041-06-13") in values("Investors are awaiting Valdmere price data on Thursday.")
    assert ("Friday", "2041-06-14") in values("Traders await the Keel Bank rate decision on Friday.")
    # left alone: waiting told in the past
    assert ("Thursday", "2041-06-06") in values("Investors were awaiting Valdmere price data on Thursday.")
