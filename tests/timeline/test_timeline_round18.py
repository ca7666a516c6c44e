"""Round 18 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

import pandas as pd

from analysis.timeline.sessions import placed_moves
from tests.timeline.test_timeline_dated import dates_of


def test_the_date_of_a_comparison_alone_in_its_sentence_is_the_last_time_it_happened() -> None:
    # the yardstick of a comparison, the sentence's only date: when the thing compared last happened
    got = dates_of("The fine is the first time the Varn court has penalised a brewer since 2011.", "2030-03-14")
    assert got == [("2011", "2011-01-01", "2011-12-31")]
    got = dates_of("The Varn court fined two brewers, its biggest penalty since the second quarter of 2026.", "2030-03-14")
    assert got == [("the second quarter of 2026", "2026-04-01", "2026-06-30")]


def test_after_a_percentage_move_the_comparison_is_the_record_of_that_move() -> None:
    # round 35 (changed from round 18): "slid 4.4 percent, its weakest session since July 2026" measures the move, which
    # the move table places on its session; the yardstick is no event (the 35th corpus's gold, 2 sentences; the golds
    # of rounds 18-19 dated it, a convention split)
    assert dates_of("Brask Foods slid 4.4 percent, its weakest session since July 2026, and Ulm Dairy added 0.7%.",
                    "2030-03-14") == []
    assert dates_of("Ulm Dairy ends 3.3% higher, its best run since the second quarter of 2026.", "2030-03-14") == []
    got = dates_of("10:05 - The Ulm grain fund is 2.2% lower, set for its weakest session since the third quarter of 2027.",
                   "2030-03-14")
    assert [x for x, _, _ in got] == ["10:05"]
    # left alone: "the first time since" a date tells when the state compared last held
    got = dates_of("Ulm Dairy's share fell to 31 percent, the first time since March 2027 that it was below a third.",
                   "2030-03-14")
    assert got == [("March 2027", "2027-03-01", "2027-03-31")]


def test_a_when_clause_after_the_date_of_a_comparison_tells_its_event() -> None:
    got = dates_of("Brask shares slid 6.1% on Tuesday, the sharpest slide since the fourth quarter of 2026, when a buyer "
                   "scrapped an order.", "2030-03-14")
    assert got == [("Tuesday", "2030-03-12", "2030-03-12"), ("the fourth quarter of 2026", "2026-10-01", "2026-12-31")]


def test_beside_a_day_of_its_own_the_comparison_only_measures_that_day() -> None:
    got = dates_of("Shares of Ulm Dairy sank 12.2% on Tuesday, their weakest session since 2011, after a silo collapsed.",
                   "2030-03-14")
    assert got == [("Tuesday", "2030-03-12", "2030-03-12")]
    got = dates_of("The Varn grain index gained 2.6% on Tuesday to close at its highest since May.", "2030-08-14")
    assert [x for x, _, _ in got] == ["Tuesday"]
    # alone, a month without its year is the last such month (after a move, the move's record: no date); a span's
    # start is no comparison
    assert dates_of("The Varn grain index stood at its highest since May.", "2030-03-14") == [
        ("May", "2029-05-01", "2029-05-31")]
    assert dates_of("The Varn grain index gained 2.6%, its highest since May.", "2030-03-14") == []
    assert dates_of("Brask sales have slipped since the second quarter of 2028.", "2030-03-14") == []


def test_the_date_of_a_comparison_leaves_the_moves_session_in_place() -> None:
    # issue 13: a share move is an event on its session; the yardstick's month does not contradict a guessed session
    sentence = "Brask Foods slid 4.4 percent, its weakest session since July 2026."
    moves = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "session_date": [pd.Timestamp("2030-03-14")],
                          "session_basis": ["publication date"]})
    dated = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "date_start": [pd.Timestamp("2026-07-01").date()],
                          "date_end": [pd.Timestamp("2026-07-31").date()], "expression": ["July 2026"],
                          "sentence": [sentence], "basis": ["stated in the text (TIMEX3 2026-07)"]})
    assert len(placed_moves(moves, dated)) == 1


def test_the_end_of_a_year_quarter_or_half_after_a_bound_is_a_deadline_on_its_last_day() -> None:
    got = dates_of("Ulm Dairy said it hoped to settle the claim by the end of the year.", "2030-06-08")
    assert got == [("the end of the year", "2030-12-31", "2030-12-31")]
    got = dates_of("The lease on the Varn depot lasts until the end of 2033, and Brask plans to renew it.", "2030-06-08")
    assert got == [("the end of 2033", "2033-12-31", "2033-12-31")]
    got = dates_of("Brask had repaid about 40 million crowns of the loan by the end of last year, its filing shows.",
                   "2030-06-08")
    assert got == [("the end of last year", "2029-12-31", "2029-12-31")]
    got = dates_of("Ulm Dairy will pick a new auditor before the end of this quarter.", "2030-08-14")
    assert got == [("the end of this quarter", "2030-09-30", "2030-09-30")]


def test_on_schedule_for_a_period_is_a_plan_not_the_period_a_figure_covers() -> None:
    got = dates_of("The new Brask kiln is on track for the second half of 2031, and Ulm Dairy will pick a new auditor "
                   "before the end of this quarter.", "2030-08-14")
    assert sorted(got) == [("the end of this quarter", "2030-09-30", "2030-09-30"),
                           ("the second half of 2031", "2031-07-01", "2031-12-31")]


def test_a_year_bounding_a_state_alone_in_its_sentence_dates_the_states_end() -> None:
    assert dates_of("Brask has funds that last into 2033, its finance chief said.", "2030-03-10") == [
        ("2033", "2033-01-01", "2033-12-31")]
    got = dates_of("Brokers said the patent shields the Ulm vaccine from rivals until at least 2035.", "2030-06-25")
    assert got == [("2035", "2035-01-01", "2035-12-31")]
    got = dates_of('"She kept the books honest," said Pia Sand, who served as Brask\'s treasurer until 2024.',
                   "2030-11-13")
    assert got == [("2024", "2024-01-01", "2024-12-31")]
    # beside another date of the sentence the bound is how long a state lasts, not an event
    got = dates_of("Brask said on Monday that it had funds that last into 2033.", "2030-05-22")
    assert [x for x, _, _ in got] == ["Monday"]


def test_a_past_decade_alone_in_its_sentence_dates_what_is_placed_in_it() -> None:
    got = dates_of("The Varn tannery, the valley's main employer for a century, shut in the 1980s.", "2030-06-26")
    assert got == [("the 1980s", "1980-01-01", "1989-12-31")]
    got = dates_of('"The Sand family has farmed this hill since the 1960s," the village mayor said.', "2030-08-31")
    assert got == [("the 1960s", "1960-01-01", "1969-12-31")]
    # a decade modifying a noun, a run of decades, or one beside another date of the sentence is no event's date
    assert dates_of("Brask showed a 1980s-era film at the Varn festival.", "2030-06-26") == []
    assert dates_of("Pia Sand grew up in Varn in the 1960s and '70s.", "2030-06-26") == []
    got = dates_of("Ulm Dairy, which was founded in the 1980s, said on Monday it would close the Varn plant.", "2030-06-26")
    assert [x for x, _, _ in got] == ["Monday"]
