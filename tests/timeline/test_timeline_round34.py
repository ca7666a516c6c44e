"""Dated events, round 34: which date of a sentence dates its event (the last session before an event named beside a
baseline, "a week ago today", a move timed only by another event). One test per rule, each with what it must leave
alone. Every sentence is invented (fictional companies, people and places)."""

from __future__ import annotations

import pandas as pd

from analysis.timeline.sessions import placed_moves
from tests.timeline.test_timeline_dated import dates_of


def test_a_baseline_day_named_the_last_session_before_an_event_is_that_days_event() -> None:
    # "below their level of 9 May, the last session before the flood": the day is an event of its own, no span start
    got = dates_of("Corbel Tools shares closed on Friday 7.2% below their level of 9 May, the last session before "
                   "the flood.", "2031-05-19")
    assert got == [("9 May", "2031-05-09", "2031-05-09"), ("Friday", "2031-05-16", "2031-05-16")]
    got = dates_of("Corbel Tools shares rose 1.5% on Friday, though the stock remains 2.0% below its close on May 9, "
                   "the last trading day before the flood.", "2031-05-19")
    assert got == [("Friday", "2031-05-16", "2031-05-16"), ("May 9", "2031-05-09", "2031-05-09")]
    # left alone: a baseline with no such apposition is the start of the move's span
    got = dates_of("Corbel Tools shares closed on Friday 7.2% below their level of 9 May.", "2031-05-19")
    assert got == [("9 May", "2031-05-12", "2031-05-19"), ("Friday", "2031-05-16", "2031-05-16")]


def test_a_count_ago_today_is_one_day_and_today_no_date_of_its_own() -> None:
    # "A week ago today": the day a week before the article's, not the article's day beside it
    assert dates_of("A week ago today, two barges collided near Lenbury.", "2031-05-19") == [
        ("A week ago today", "2031-05-12", "2031-05-12")]
    assert dates_of("A year ago today, a barge sank in the Lenbury canal.", "2031-05-19") == [
        ("A year ago today", "2030-05-19", "2030-05-19")]
    # left alone: "today" of another clause, and "today's" naming a thing
    assert dates_of("A week ago, two barges collided near Lenbury; today the canal reopened.", "2031-05-19") == [
        ("A week ago", "2031-05-12", "2031-05-12"), ("today", "2031-05-19", "2031-05-19")]
    assert dates_of("Three days ago today's winner was unknown.", "2031-05-19") == [
        ("Three days ago", "2031-05-16", "2031-05-16"), ("today", "2031-05-19", "2031-05-19")]


def _placed(sentence: str) -> int:
    """How many of one move guessed on the article's day (no date in its sentence) the timeline places."""
    moves = pd.DataFrame({"doc_id": ["d"], "sent_id": [1], "session_date": [pd.Timestamp("2031-05-19")],
                          "session_basis": ["publication date"], "sentence": [sentence]})
    dated = pd.DataFrame({"doc_id": ["d"], "sent_id": [2], "date_start": [pd.Timestamp("2031-05-12").date()],
                          "date_end": [pd.Timestamp("2031-05-12").date()], "expression": ["Monday"],
                          "sentence": ["Two barges collided on Monday."], "basis": ["stated in the text"]})
    return len(placed_moves(moves, dated))


def test_a_move_timed_only_by_another_event_is_not_put_on_the_articles_day() -> None:
    # "fell 4.2% on the day after the collision": the session is the collision's neighbour, not the article's day
    assert _placed("Harrow Shipping shares fell 4.2% on the day after the collision.") == 0
    assert _placed("Harrow Shipping shares rose 2% in the session before the vote.") == 0
    # left alone: "a day after" another event (the move of the article's day), and a move with nothing to time it
    assert _placed("Harrow Shipping shares fell 4.2%, a day after the collision.") == 1
    assert _placed("Harrow Shipping shares fell 4.2%.") == 1


def test_a_press_release_dateline_is_the_storys_date_not_an_event() -> None:
    # "Lenbury, 12 May 2031 – X announces that ... on Monday, 19 May 2031": the dateline repeats the story's date
    got = dates_of("Lenbury, 12 May 2031 – Keel Components S.p.A. announces that its Dunmore plant will reopen on "
                   "Monday, 19 May 2031.", "2031-05-14")
    assert got == [("Monday, 19 May 2031", "2031-05-19", "2031-05-19")]
    # left alone: a dateline with no other day in its sentence, and a weekday opening a line of a list
    got = dates_of("Lenbury, 12 May 2031 – Keel Components S.p.A. announces a new chief executive.", "2031-05-14")
    assert got == [("12 May 2031", "2031-05-12", "2031-05-12")]
    got = dates_of("Monday, 12 May 2031 – Keel Components reopens its plant on 19 May 2031.", "2031-05-14")
    assert got == [("19 May 2031", "2031-05-19", "2031-05-19"), ("Monday, 12 May 2031", "2031-05-12", "2031-05-12")]


def test_a_day_something_is_made_ready_for_is_a_plan_even_on_the_articles_day() -> None:
    # "as two plants prepared to restart today": the restart is scheduled for the article's day
    got = dates_of("Its shares closed on Friday 9.8% lower, although they rose 2.6% on Friday itself as two plants "
                   "prepared to restart today.", "2031-05-19")
    assert got == [("Friday", "2031-05-16", "2031-05-16"), ("today", "2031-05-19", "2031-05-19")]
    # left alone: the article's day of a past act in the subordinate clause gives way to the main clause's day
    got = dates_of("Its shares closed on Friday 9.8% lower, although they rose 2.6% on Friday itself as two plants "
                   "restarted today.", "2031-05-19")
    assert got == [("Friday", "2031-05-16", "2031-05-16")]


def test_the_date_in_a_polls_answer_is_no_event() -> None:
    # "62% of shoppers planned to finish ... by mid-December": the respondents' plan, part of the poll's figure
    got = dates_of("A survey published on Monday by the Lenbury Retail Council showed 62% of shoppers planned to "
                   "finish their gift buying by mid-December.", "2031-11-12")
    assert got == [("Monday", "2031-11-10", "2031-11-10")]
    assert dates_of("62% of shoppers plan to finish their gift buying by mid-December, a survey said.",
                    "2031-11-12") == []
    # left alone: a day naming an event the poll asks about, a company's own plan, and a plan beside a figure of
    # another clause
    got = dates_of("A majority of voters expect Orla Vantreese to win Monday's debate, 44 percent to 34 percent.",
                   "2031-11-12")
    assert got == [("Monday", "2031-11-10", "2031-11-10")]
    assert dates_of("Keel Stores plans to finish its refit by mid-December.", "2031-11-12") == [
        ("mid-December", "2031-12-11", "2031-12-20")]
    got = dates_of("Shoppers spent 62% more in October, and Keel Stores plans to reopen by mid-December.", "2031-11-12")
    assert got == [("October", "2031-10-01", "2031-10-31"), ("mid-December", "2031-12-11", "2031-12-20")]


def test_today_of_a_present_state_compared_with_the_past_is_no_event() -> None:
    # "I doubt the figure is much better today": nowadays, beside the dated finding the sentence tells
    got = dates_of("A 2027 study found that 40% of Dovrecht ferries ran late; I doubt the figure is much better today.",
                   "2031-05-19")
    assert got == [("2027", "2027-01-01", "2027-12-31")]
    # left alone: "today" with no earlier date in the sentence, and an act of the article's day
    assert dates_of("Dovrecht ferries are more punctual today, the operator said.", "2031-05-19") == [
        ("today", "2031-05-19", "2031-05-19")]
    got = dates_of("A 2027 study found that ferries ran late, and the operator is hiring more captains today.",
                   "2031-05-19")
    assert got == [("2027", "2027-01-01", "2027-12-31"), ("today", "2031-05-19", "2031-05-19")]


def test_since_a_day_before_a_perfect_is_the_day_an_ongoing_act_began() -> None:
    # "the flood that since 12 May has interrupted the lines": the flood's day, no span up to the article's day
    got = dates_of("Keel Components announces that, following the flood that since 12 May 2031 has interrupted the "
                   "ordering systems of its main customer, 300 employees will be placed on leave from Monday, 19 May "
                   "2031.", "2031-05-16")
    assert got == [("12 May 2031", "2031-05-12", "2031-05-12"), ("Monday, 19 May 2031", "2031-05-19", "2031-05-19")]
    # left alone: a sum gathered since the day is a span, as is a move measured since it
    assert dates_of("The depot that since 12 May has shipped 40,000 tonnes will close.", "2031-05-16") == [
        ("12 May", "2031-05-12", "2031-05-16")]
    assert dates_of("Keel shares, which since 12 May have fallen 9%, rose on Friday.", "2031-05-16") == [
        ("Friday", "2031-05-16", "2031-05-16")]


def test_a_live_entrys_day_stays_beside_a_year_of_the_background() -> None:
    # "2:05 p.m. / The bank has raised its rate ..., its largest increase since 2004": the entry's day dates the news,
    # the year the comparison's own event
    blog = ("LIVE: Keel Bank rate decision\n\nWednesday, June 11, 2031\n2:05 p.m. ET\nThe Dovrecht central bank has "
            "raised its benchmark rate by 75 basis points, its largest increase since 2004. Its governor speaks at "
            "2:30 p.m. ET.\n11:40 a.m. ET\nKeel Bank shares are flat after the bank said on Monday it would cut 300 "
            "jobs.")
    assert dates_of(blog, "2031-06-11") == [("2004", "2004-01-01", "2004-12-31"), ("2:05 p.m. ET", "2031-06-11", "2031-06-11"),
                                            ("2:30 p.m. ET", "2031-06-11", "2031-06-11"), ("Monday", "2031-06-09", "2031-06-09")]
    # left alone: a day of the sentence's own still tells its event instead of the entry's ("said on Monday")
    got = dates_of("LIVE: Keel Bank\n\nWednesday, June 11, 2031\n11:40 a.m. ET\nKeel Bank shares are flat after the "
                   "bank said on Monday it would cut 300 jobs.", "2031-06-11")
    assert got == [("Monday", "2031-06-09", "2031-06-09")]
