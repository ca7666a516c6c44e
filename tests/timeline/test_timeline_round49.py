"""Round 49 (timeline49): a plan's day in the past perfect, a move over the past sessions beside another day, a
figure's period whose "when" clause tells an event, a move from one close to a later day, an approximate count before
another event, a period named back in the possessive, the sessions before the article's, "more than" a figure over a
period, and a bound on a count. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_the_day_of_a_plan_in_the_past_perfect_is_not_moved_a_week_back() -> None:
    # Tuesday 2041-11-12: the voyage "had been scheduled to leave on Thursday", the coming Thursday the tagger reads
    got = rows(HEAD + "Keel Lines said on Tuesday it had cancelled the next voyage of both ferries, which had been "
                      "scheduled to leave on Thursday.\n", "2041-11-12")
    assert ("Thursday", "2041-11-14", "2041-11-14") in got
    assert ("Thursday", "2041-11-07", "2041-11-07") not in got


def test_a_past_perfect_day_of_an_act_still_moves_a_week_back() -> None:
    got = rows(HEAD + "Analyst Jo Brenn, who had defended the stock on Tuesday, downgraded it on Thursday.\n", "2041-11-12")
    assert ("Tuesday", "2041-11-05", "2041-11-05") in got


def test_a_move_over_the_past_sessions_is_not_framed_by_another_day() -> None:
    # Friday 2041-11-15: the recovery is the past two sessions'; the day the shares stood at is the writers' own event
    got = rows(HEAD + "Keel's shares have recovered 8.8% over the past two sessions but remain about 13% below where "
                      "they stood on Nov. 5.\n", "2041-11-15")
    assert ("the past two sessions", "2041-11-14", "2041-11-15") in got
    assert ("Nov. 5", "2041-11-05", "2041-11-05") in got


def test_a_figure_period_whose_when_clause_tells_an_event_is_that_event() -> None:
    got = rows(HEAD + "Keel's shares ended Thursday at 18.90 marks, 44% below where they stood in June, when its "
                      "chief executive told a conference that demand was strong.\n", "2041-11-15")
    assert ("June", "2041-06-01", "2041-06-30") in got
    assert ("Thursday", "2041-11-14", "2041-11-14") in got


def test_a_figure_period_without_a_when_clause_still_frames_the_day() -> None:
    got = rows(HEAD + "Keel's shares ended Thursday at 18.90 marks, 44% below where they stood in June.\n", "2041-11-15")
    assert got == [("Thursday", "2041-11-14", "2041-11-14")]


def test_a_move_from_a_close_to_a_later_day_ends_on_that_day() -> None:
    # Thursday 2041-11-14: from the Nov. 1 (Friday) close to the low of last Friday, Nov. 8
    got = with_moves(HEAD + "Keel fell 8.2 per cent from the Nov. 1 close to its low last Friday and has since "
                            "rebounded 6.7 per cent.\n", "2041-11-14")
    assert ("Nov. 1", "2041-11-04", "2041-11-08") in got


def test_a_move_from_a_close_without_an_end_runs_to_the_article() -> None:
    got = with_moves(HEAD + "Keel has fallen 8.2 per cent from the Nov. 1 close.\n", "2041-11-14")
    assert ("Nov. 1", "2041-11-04", "2041-11-14") in got


def test_an_approximate_count_before_another_event_places_no_day() -> None:
    got = rows(HEAD + "Keel Lines said Wednesday that inspectors have cleared its ferry to sail again, a little over a "
                      "week after an outbreak sickened dozens of passengers.\n", "2041-11-14")
    assert got == [("Wednesday", "2041-11-13", "2041-11-13")]


def test_an_exact_count_before_another_event_still_places_it() -> None:
    got = rows(HEAD + "Keel Lines said Wednesday that inspectors have cleared its ferry to sail again, just a week "
                      "after an outbreak sickened dozens of passengers.\n", "2041-11-14")
    assert ("just a week after", "2041-11-06", "2041-11-06") in got


def test_a_period_named_back_in_the_possessive_is_no_event() -> None:
    # the tagger reads "the quarter" back to the last quarter the text named, the first of 2042
    got = rows(HEAD + "Keel expects its volumes to recover in the first quarter of 2042. She estimated the recall "
                      "would cost Keel about 35 million marks in lost revenue in the fourth quarter, around 2% of the "
                      "quarter's sales.\n", "2041-10-18")
    assert not any(e == "the quarter" for e, _, _ in got)
    assert ("the fourth quarter", "2041-10-01", "2041-12-31") in got


def test_the_previous_sessions_end_before_the_article_session() -> None:
    # Monday 2041-11-11: the three sessions before Monday's are Wednesday to Friday of the week before
    got = with_moves(HEAD + "On Monday, Keel shares slipped 0.7% in early trade, after gaining 5.2% over the previous "
                            "three sessions.\n", "2041-11-11")
    assert ("the previous three sessions", "2041-11-06", "2041-11-08") in got
    # (round 62: the move and the sentence's own row of that day are one event, told by the sentence's row)
    assert ("Monday", "2041-11-11", "2041-11-11") in got
    assert not any(e == "0.7% (share move)" and a != "2041-11-11" for e, a, _ in got)


def test_the_past_sessions_still_run_up_to_the_article() -> None:
    got = rows(HEAD + "Keel shed 9.1% in the past two sessions.\n", "2041-11-11")
    assert ("the past two sessions", "2041-11-08", "2041-11-11") in got


def test_more_than_a_figure_over_a_period_is_no_comparison() -> None:
    # Tuesday 2041-11-12: "more than 8%" is the rally's size; its run is the two sessions before Tuesday's
    got = with_moves(HEAD + "Keel shares fell 3.3% to 432.8p as some investors booked profits after a rally of more "
                            "than 8% in the previous two sessions.\n", "2041-11-12")
    assert ("the previous two sessions", "2041-11-08", "2041-11-11") in got
    assert ("3.3% (share move)", "2041-11-12", "2041-11-12") in got
    assert ("this week", "2041-11-11", "2041-11-12") in rows(HEAD + "Keel's shares rose more than 14% this week.\n",
                                                            "2041-11-12")


def test_more_than_a_figure_before_a_count_from_another_date_is_left_alone() -> None:
    # the six months after an undated start of charging: not six months after the text's earlier date
    got = rows(HEAD + "Keel will start charging for returns on November 2. One retailer said order numbers fell by "
                      "less than 2% in the six months after it began charging.\n", "2041-10-08")
    assert got == [("November 2", "2041-11-02", "2041-11-02")]


def test_a_bound_on_a_count_before_another_event_dates_nothing() -> None:
    got = rows(HEAD + "The fee begins less than four weeks before Black Friday on November 29, and return volumes "
                      "typically peak in early December.\n", "2041-10-08")
    assert not any(e.startswith("less than") for e, _, _ in got)
    assert ("Black Friday", "2041-11-29", "2041-11-29") in got
    got = rows(HEAD + "The mill closed on March 3. Less than two weeks later, the company sold it.\n", "2041-10-08")
    assert got == [("March 3", "2041-03-03", "2041-03-03")]


def test_a_count_without_a_bound_still_dates_the_other_event() -> None:
    got = rows(HEAD + "The mill closed on March 3. Two weeks later, the company sold it.\n", "2041-10-08")
    assert ("Two weeks later", "2041-03-17", "2041-03-17") in got


def test_a_change_from_a_close_to_another_close_is_the_sessions_between() -> None:
    # Thursday 2041-11-14: from the close of Wednesday Nov. 6 to Wednesday Nov. 13's
    got = rows(HEAD + "The table below shows each supplier's share-price change from the November 6 close to "
                      "Wednesday's close.\n", "2041-11-14")
    assert ("November 6", "2041-11-07", "2041-11-13") in got
    assert ("November 6", "2041-11-06", "2041-11-06") not in got


def test_a_move_from_a_close_told_at_an_earlier_session_ends_on_that_session() -> None:
    # Monday 2041-11-18: the price was told at Friday's close, 31% below the close of Friday Nov. 8
    got = rows(HEAD + "Keel's shares ended Friday at 18.90 marks, down 31% from their close on November 8.\n", "2041-11-18")
    assert ("November 8", "2041-11-11", "2041-11-15") in got
    got = rows(HEAD + "Keel's shares have fallen 31% from their close on November 8.\n", "2041-11-18")
    assert ("November 8", "2041-11-11", "2041-11-18") in got
