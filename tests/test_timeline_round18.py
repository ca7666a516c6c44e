"""Round 18 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

import pandas as pd

from analysis.timeline.sessions import placed_moves
from tests.test_timeline_dated import dates_of


def test_the_date_of_a_comparison_alone_in_its_sentence_is_the_last_time_it_happened() -> None:
    # the yardstick of a comparison, the sentence's only date: when the thing compared last happened
    got = dates_of("Tarrow Bank lost 5.2 percent, its worst day since March 2027, while Orvale gained 1.8%.", "2030-03-14")
    assert got == [("March 2027", "2027-03-01", "2027-03-31")]
    got = dates_of("Kessel Foods finishes 5.9% lower, its biggest one-day fall since the first quarter of 2027.",
                   "2030-03-14")
    assert got == [("the first quarter of 2027", "2027-01-01", "2027-03-31")]
    got = dates_of("The ruling is the first time the Varn regulator has blocked a merger outright since 2016.", "2030-03-14")
    assert got == [("2016", "2016-01-01", "2016-12-31")]
    # a live blog's time stamp is no date of the sentence's own
    got = dates_of("14:10 - The Orvale bond fund is up 1.9%, heading for its best day since the fourth quarter of 2028.",
                   "2030-03-14")
    assert ("the fourth quarter of 2028", "2028-10-01", "2028-12-31") in got


def test_a_when_clause_after_the_date_of_a_comparison_tells_its_event() -> None:
    got = dates_of("Varn shares fell 7.5% on Tuesday, the biggest drop since the third quarter of 2027, when a customer "
                   "cancelled two studies.", "2030-03-14")
    assert got == [("Tuesday", "2030-03-12", "2030-03-12"), ("the third quarter of 2027", "2027-07-01", "2027-09-30")]


def test_beside_a_day_of_its_own_the_comparison_only_measures_that_day() -> None:
    got = dates_of("Shares of Tarrow plunged 18.4% on Tuesday, their biggest one-day drop since 2008, after a dam failed.",
                   "2030-03-14")
    assert got == [("Tuesday", "2030-03-12", "2030-03-12")]
    got = dates_of("The Orvale index rose 3.8% on Tuesday to settle at its highest since April.", "2030-08-14")
    assert got == [("Tuesday", "2030-08-11", "2030-08-11")] or [x for x, _, _ in got] == ["Tuesday"]
    # a month read ahead of the article is no last time; a span's start is no comparison
    assert dates_of("The Orvale index rose 3.8%, its highest since April.", "2030-03-14") == []
    assert dates_of("Orvale sales have fallen since the first quarter of 2028.", "2030-03-14") == []


def test_the_date_of_a_comparison_leaves_the_moves_session_in_place() -> None:
    # issue 13: a share move is an event on its session; the yardstick's month does not contradict a guessed session
    sentence = "Tarrow Bank lost 5.2 percent, its worst day since March 2027."
    moves = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "session_date": [pd.Timestamp("2030-03-14")],
                          "session_basis": ["publication date"]})
    dated = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "date_start": [pd.Timestamp("2027-03-01").date()],
                          "date_end": [pd.Timestamp("2027-03-31").date()], "expression": ["March 2027"],
                          "sentence": [sentence], "basis": ["stated in the text (TIMEX3 2027-03)"]})
    assert len(placed_moves(moves, dated)) == 1


def test_the_end_of_a_year_quarter_or_half_after_a_bound_is_a_deadline_on_its_last_day() -> None:
    got = dates_of("Orion said it planned to file for approval by the end of the year.", "2030-06-08")
    assert got == [("the end of the year", "2030-12-31", "2030-12-31")]
    got = dates_of("Their contract with Keel runs until the end of 2032 and Orion has said it will honour it.", "2030-06-08")
    assert got == [("the end of 2032", "2032-12-31", "2032-12-31")]
    got = dates_of("Orion had spent about 2.3 billion crowns on the programme by the end of last year, according to its "
                   "annual report.", "2030-06-08")
    assert got == [("the end of last year", "2029-12-31", "2029-12-31")]
    # the tagger reads "this quarter" without "the end of": the bound still makes its last day the deadline
    got = dates_of("We'll sign the grid agreement with Keel by the end of this quarter.", "2030-08-14")
    assert got == [("this quarter", "2030-09-30", "2030-09-30")]


def test_on_schedule_for_a_period_is_a_plan_not_the_period_a_figure_covers() -> None:
    got = dates_of("The Tarrow campus is on schedule for the first half of 2031, and we'll sign the grid agreement by the "
                   "end of this quarter.", "2030-08-14")
    assert got == [("the first half of 2031", "2031-01-01", "2031-06-30"), ("this quarter", "2030-09-30", "2030-09-30")]


def test_a_year_bounding_a_state_alone_in_its_sentence_dates_the_states_end() -> None:
    assert dates_of("They have cash into 2032, but that's it.", "2030-03-10") == [("2032", "2032-01-01", "2032-12-31")]
    got = dates_of("Analysts said the failure had removed the main competitive threat until at least 2034.", "2030-06-25")
    assert got == [("2034", "2034-01-01", "2034-12-31")]
    got = dates_of('"He ran the firm like a start-up," said Ida Lund, who was Tarrow\'s head of design until 2027.',
                   "2030-11-13")
    assert got == [("2027", "2027-01-01", "2027-12-31")]
    # beside another date of the sentence the bound is how long a state lasts, not an event
    got = dates_of("Orvale said its new plant would probably slip into 2031, after a delay in the fourth quarter.",
                   "2030-05-20")
    assert got == [("the fourth quarter", "2030-10-01", "2030-12-31")]


def test_a_past_decade_alone_in_its_sentence_dates_what_is_placed_in_it() -> None:
    got = dates_of("Orvale employs about 1,900 people in Tarrow, the town's largest private employer since the old "
                   "printing works closed in the 1990s.", "2030-06-26")
    assert got == [("the 1990s", "1990-01-01", "1999-12-31")]
    got = dates_of('"Some of these families have fished here since the 1970s," association chairman Lin Wen said.',
                   "2030-08-31")
    assert got == [("the 1970s", "1970-01-01", "1979-12-31")]
    # a decade modifying a noun, a run of decades, or one beside another date of the sentence is no event's date
    assert dates_of("Keel showed a 1990s-era film at the Varn festival.", "2030-06-26") == []
    assert dates_of("Ida Lund grew up in Varn in the 1970s and '80s.", "2030-06-26") == []
    got = dates_of("Orvale, which was founded in the 1990s, said on Monday it would close the Tarrow plant.", "2030-06-26")
    assert [x for x, _, _ in got] == ["Monday"]
