"""Dated events, round 35: which date of a sentence dates its event (a weekday written with its calendar day, the
baseline of a comparison after "its"/"their", a futures contract's month, the record of a percentage move). One test
per rule, each with what it must leave alone. Every sentence is invented (fictional companies, people and places)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.timeline.sessions import placed_moves
from tests.timeline.test_timeline_dated import dates_of


def _session(sentence: str, expression: str, day: date) -> list[date]:
    """The sessions the timeline gives one move whose sentence named the weekday read as Monday 19 May 2031 (a week
    after the day ``expression`` names, ``day``)."""
    moves = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "session_date": [pd.Timestamp("2031-05-19")],
                          "session_basis": ["sentence"], "sentence": [sentence], "pct": [-4.2]})
    dated = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "date_start": [day], "date_end": [day],
                          "expression": [expression], "sentence": [sentence], "basis": ["stated in the text"]})
    return [t.date() for t in placed_moves(moves, dated)["session_date"]]


def test_a_weekday_written_with_its_calendar_day_is_that_day() -> None:
    # "after plunging 4.2% on Monday 12 May": the move's session is 12 May, not the Monday of the article's week
    sentence = "The Lenbury index lost 3.1% last week, after plunging 4.2% on Monday 12 May."
    assert _session(sentence, "Monday 12 May", date(2031, 5, 12)) == [date(2031, 5, 12)]
    sentence = "Corbel Tools shares slid 4.2% on Monday, May 12, the day the recall began."
    assert _session(sentence, "Monday, May 12", date(2031, 5, 12)) == [date(2031, 5, 12)]
    # left alone: a calendar day of another weekday in the sentence, and a day named without its weekday
    sentence = "Corbel Tools shares slid 4.2% on Monday, after a recall announced on Tuesday 13 May."
    assert _session(sentence, "Tuesday 13 May", date(2031, 5, 13)) == [date(2031, 5, 19)]
    sentence = "Corbel Tools shares slid 4.2% on Monday, a week after the 12 May recall."
    assert _session(sentence, "12 May", date(2031, 5, 12)) == [date(2031, 5, 19)]


def test_a_day_after_its_or_their_in_a_comparison_is_its_baseline() -> None:
    # "0.6% stronger than its Monday low": the day of the level compared with, no event
    got = dates_of("The krone ended the week at 11.23 per euro, 0.6% stronger than its Monday low, after the central "
                   "bank spoke on Wednesday.", "2031-05-20")
    assert got == [("Wednesday", "2031-05-14", "2031-05-14")]
    got = dates_of("Corbel Tools shares are 12% above their March level, the company said on Friday.", "2031-05-20")
    assert got == [("Friday", "2031-05-16", "2031-05-16")]
    # left alone: "its" before a date that no comparison measures from
    got = dates_of("Corbel Tools moved its Friday meeting with lenders to Monday.", "2031-05-20")
    assert ("Monday", "2031-05-19", "2031-05-19") in got


def test_the_month_of_a_futures_contract_is_no_date() -> None:
    # "copper for December delivery": the month names the contract traded, not when anything happened
    assert dates_of("Lenbury nickel futures for December delivery rose 1.5%.", "2031-10-12") == []
    assert dates_of("The March cocoa contract fell 2% on Tuesday.", "2031-10-12") == [
        ("Tuesday", "2031-10-07", "2031-10-07")]
    # left alone: a month of deliveries made, and a month before a noun of no contract
    assert dates_of("Corbel Tools resumed deliveries in December 2030.", "2031-10-12") == [
        ("December 2030", "2030-12-01", "2030-12-31")]
    assert dates_of("Corbel Tools said its September sales fell 3%.", "2031-10-12") == [
        ("September", "2031-09-01", "2031-09-30")]


def test_a_horizon_after_through_in_a_clause_about_the_future_is_no_event() -> None:
    # "expects the krone to trade ... through the summer": how long a coming state lasts; the meeting is the event
    got = dates_of("Analysts expect the krone to trade between 11.1 and 11.4 per euro through the summer, and the bank "
                   "meets on 8 May.", "2031-04-17")
    assert got == [("8 May", "2031-05-08", "2031-05-08")]
    got = dates_of("Lenbury said on Friday that the curfew would stay in force through the weekend.", "2031-04-17")
    assert got == [("Friday", "2031-04-11", "2031-04-11")]
    # left alone: a span from one date through another, and "through" in a clause about the past
    got = dates_of("The plant will close from Monday through Friday, the company said on Tuesday.", "2031-04-17")
    assert sorted(x for x, _, _ in got) == ["Friday", "Monday", "Tuesday"]
    got = dates_of("Lenbury kept the curfew in force through the weekend, police said on Monday.", "2031-04-17")
    assert ("the weekend", "2031-04-12", "2031-04-13") in got


def test_a_move_on_the_first_day_after_an_event_told_before_is_not_put_on_the_articles_day() -> None:
    # "the stock lost 27% on the first day": the first session after the event the article told earlier
    assert _placed("Shareholders punished Corbel Tools: the stock lost 27% on the first day.") == 0
    assert _placed("Corbel Tools shares fell 9% in the first trading session.") == 0
    # left alone: a debut ("on its first day of trading") and a move with nothing to time it
    assert _placed("Corbel Tools shares rose 30% on their first day of trading.") == 1
    assert _placed("Corbel Tools shares fell 9%.") == 1


def _placed(sentence: str) -> int:
    """How many of one move guessed on the article's day (no date in its sentence) the timeline places."""
    moves = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "session_date": [pd.Timestamp("2031-05-19")],
                          "session_basis": ["publication date"], "sentence": [sentence]})
    dated = pd.DataFrame({"doc_id": ["d"], "sent_id": [2], "date_start": [date(2031, 5, 12)],
                          "date_end": [date(2031, 5, 12)], "expression": ["Monday"],
                          "sentence": ["A dam failed on Monday."], "basis": ["stated in the text"]})
    return len(placed_moves(moves, dated))
