"""Round 47 (timeline, dates58): a move told over the sessions that followed an event ("sent its shares down 19% over
the following two sessions", "fell 10% over the three sessions that followed"), or on the day of an event the text
does not date ("down 9.6% on the day of the announcement"), is on no session the article's date gives; the moves of a
sentence measured "since Friday's close" run over that span, not on Friday. One test per rule, each with what it must
leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_a_move_over_the_sessions_after_an_event_is_on_no_session() -> None:
    # published on Wednesday 2041-11-13
    text = (HEAD + "The reprieve comes a week after the ministry withdrew the export licence of Pellham Orchards, "
                   "which sent its shares down nearly 19% over the following two sessions.\n")
    got = with_moves(text, "2041-11-13")
    assert not any(e.endswith("(share move)") for e, _, _ in got)
    got = with_moves(HEAD + "Pellham Orchards shares fell 14 percent over the next two sessions.\n", "2041-11-13")
    assert got == []


def test_a_span_of_coming_days_without_a_past_move_stays() -> None:
    # left alone: the coming days of a plan, and a move over the sessions up to the article's day
    got = rows(HEAD + "The council will vote on the levy over the next two days.\n", "2041-11-13")
    assert ("the next two days", "2041-11-13", "2041-11-15") in got
    got = rows(HEAD + "Pellham Orchards shares fell about 10% over the three sessions.\n", "2041-11-13")
    assert ("the three sessions", "2041-11-11", "2041-11-13") in got


def test_the_sessions_that_followed_an_event_are_not_the_article_s() -> None:
    text = (HEAD + "When the founder sold half her stake, Pellham Orchards stock fell about 10% over the three "
                   "sessions that followed.\n")
    assert not any(e == "the three sessions" for e, _, _ in rows(text, "2041-11-13"))


def test_a_move_on_the_day_of_an_undated_event_is_on_no_session() -> None:
    text = (HEAD + "Keel Foods shares, down 9.6% on the day of the announcement, have since recovered part of the "
                   "loss.\n")
    assert not any(e.endswith("(share move)") for e, _, _ in with_moves(text, "2041-11-13"))
    text = HEAD + "Brisk Cider and Keel Foods fell 2.1% and 1.7% respectively on the day of Pellham's warning.\n"
    assert not any(e.endswith("(share move)") for e, _, _ in with_moves(text, "2041-11-13"))


def test_a_move_on_the_day_itself_stays_on_the_article_s_session() -> None:
    # left alone: "on the day" alone is the session the article tells
    got = with_moves(HEAD + "Keel Foods shares closed down 9.6% on the day, the worst showing on the index.\n",
                     "2041-11-13")
    assert ("9.6% (share move)", "2041-11-13", "2041-11-13") in got


def test_moves_listed_after_one_since_a_close_are_not_on_that_close_s_day() -> None:
    # published on Thursday 2041-11-14; Friday is 2041-11-08
    text = (HEAD + "Brisk Cider, which presses apples for supermarkets, is down 8.4% since Friday's close; Keel Foods "
                   "has lost 7.2%; and Pellham Orchards, the grower, is 5.6% lower.\n")
    got = with_moves(text, "2041-11-14")
    assert not any(start == "2041-11-08" for _, start, _ in got)
    assert ("Friday", "2041-11-11", "2041-11-14") in got
