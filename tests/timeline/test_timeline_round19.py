"""Round 19: timeline rules for constructions found in three or more dev corpora by different writers (invented
sentences, one rule each)."""

from __future__ import annotations

import pandas as pd

from analysis.timeline.sessions import placed_moves
from tests.timeline.test_timeline_dated import dates_of


def test_an_undated_count_after_a_main_clause_is_told_from_that_clause_day() -> None:
    # "<main clause> N days after <event>", no date in the sentence: a verb in the present is the article's day
    assert dates_of("Keel Pay says its finance chief has quit, a day after its chairman left.", "2031-09-09") == [
        ("a day after", "2031-09-08", "2031-09-08")]
    assert dates_of("The warning comes a day before Orvane meets its lenders.", "2031-10-03") == [
        ("a day before", "2031-10-04", "2031-10-04")]
    # a verb in the past: the day the sentence before names
    got = dates_of("Orvane Software's owners on Thursday voted down Keel Corp's offer.\n\nThe vote came three days "
                   "after Keel first tabled its offer and a day after a fund said it was weighing a rival bid.",
                   "2031-06-05")
    assert got == [("Thursday", "2031-06-05", "2031-06-05"), ("a day after", "2031-06-04", "2031-06-04"),
                   ("three days after", "2031-06-02", "2031-06-02")]
    # no day before it, a future or a conditional, an approximate count, a relative clause: no date
    assert dates_of("The stock fell again. The notice came a day after the board approved a budget.", "2031-10-03") == []
    assert dates_of("The caucuses will come three days after the primary.", "2031-10-03") == []
    assert dates_of("It comes more than a week after the vote.", "2031-03-17") == []
    assert dates_of("Orvane said on Thursday it would appeal. The family of a driver, who was hurt eight days before "
                    "the crash, has sued.", "2031-03-17") == [("Thursday", "2031-03-13", "2031-03-13")]
    # the opening count keeps its rule: a past main clause tells another day
    assert dates_of("Two weeks after the Keel plant fire, the stock fell again.", "2031-03-17") == []


def _placed(sentence: str, session: str) -> int:
    moves = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "session_date": [pd.Timestamp(session)],
                          "session_basis": ["sentence"], "sentence": [sentence]})
    dated = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "date_start": [pd.Timestamp("2031-04-21").date()],
                          "date_end": [pd.Timestamp("2031-04-21").date()], "expression": ["Monday"],
                          "sentence": [sentence], "basis": ["stated in the text"]})
    return len(placed_moves(moves, dated))


def test_a_move_measured_from_a_days_close_is_on_no_session_of_that_day() -> None:
    # "still down 42% from Tuesday's close", "2% below its close on April 15": the day is a baseline, not a session
    assert _placed("Monday: Orlan shares close up 9.8%, still down 42% from Tuesday's close.", "2031-04-15") == 0
    assert _placed("Orlan ended the fortnight down about 2% from its close on April 15, wiping out a rally that had "
                   "added 31%.", "2031-04-15") == 0
    # the same day named as the move's own session keeps it there
    assert _placed("Orlan fell 5% on Tuesday and is down 9% from Tuesday's close a week earlier.", "2031-04-15") == 1
    assert _placed("Orlan closed down 4% on Tuesday, 9% below Friday's close.", "2031-04-15") == 1


def test_a_holiday_naming_a_season_of_demand_or_a_thing_is_no_event() -> None:
    # "cancelled Easter trips", "bookings for the Christmas period", "Christmas, the season in which ...": no day
    assert dates_of("Agents said customers had cancelled Easter trips booked with Orlan Air, and the office received "
                    "63 complaints last week.", "2031-03-17") == [("last week", "2031-03-10", "2031-03-14")]
    assert dates_of("Fuel surcharges were already denting bookings for the Christmas period.", "2031-03-17") == []
    assert dates_of("In between sits Christmas, the season in which Keel earns most of its cash.", "2031-03-17") == []
    # a holiday bounding a plan, and the week of a holiday, stay
    assert dates_of("Keel will reopen the plant after Easter.", "2031-03-17") == [("Easter", "2031-04-13", "2031-04-13")]
    assert dates_of("We will find an agreement before Christmas, Keel said.", "2031-03-17") == [
        ("Christmas", "2031-12-25", "2031-12-25")]


def test_the_date_of_another_event_leaves_a_moves_guessed_session_in_place() -> None:
    # issue 13: "Orlan slid 12%, a day after losing a quarter of its value": the day after which it slid is the other
    # event's; the move stays on the session the article gives it
    sentence = "Orlan slid 12% in Sydney, a day after losing a quarter of its value."
    moves = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "session_date": [pd.Timestamp("2031-06-11")],
                          "session_basis": ["publication date"], "sentence": [sentence]})
    dated = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "date_start": [pd.Timestamp("2031-06-10").date()],
                          "date_end": [pd.Timestamp("2031-06-10").date()], "expression": ["a day after"],
                          "sentence": [sentence], "basis": ["another event: a day after the event, told from the "
                                                            "article's day (2031-06-11)"]})
    assert len(placed_moves(moves, dated)) == 1
