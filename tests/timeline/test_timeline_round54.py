"""Round 54 (timeline54): a level set "against" an earlier figure at a date frames that figure, no event; a move's weekday
that the timeline reads as a coming day of a plan places no move on that weekday a week before; a run of sessions "after
the <event>" read from the date of an earlier sentence that names no such event dates nothing; a run "in two sessions"
told in the past after an earlier day of its sentence runs from that day. One test per rule, each with what it must leave
alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_a_level_against_an_earlier_figure_is_no_event() -> None:
    # Thursday 2041-05-09
    got = rows(HEAD + "Orrin Metals' shares fell 8% on Tuesday, and at Tuesday's close the company was valued at about "
                      "1.2 billion euros, against 3.1 billion at the start of the year.\n", "2041-05-09")
    assert not any(expression == "the start of the year" for expression, _, _ in got)
    assert ("Tuesday", "2041-05-07", "2041-05-07") in got
    got = rows(HEAD + "Its operating margin was 4.1% in the first quarter, against 5.3% in 2040, Orrin Metals said on "
                      "Tuesday.\n", "2041-05-09")
    assert not any(expression == "2040" for expression, _, _ in got)


def test_against_without_a_figure_keeps_its_date() -> None:
    got = rows(HEAD + "The growers' union, which campaigned against the 2039 orchard law, said on Tuesday it would sue.\n",
               "2041-05-09")
    assert ("2039", "2039-01-01", "2039-12-31") in got


def test_a_move_on_the_weekday_of_a_coming_plan_is_not_placed_a_week_before() -> None:
    # Monday 2041-07-22: Wednesday is the 24th, the reopening; the move is no move of Wednesday the 17th
    got = with_moves(HEAD + "Brenvik Lines Inc said on Monday it would resume its island ferry sailings on Wednesday, "
                            "sending its shares up 6.2%.\n", "2041-07-22")
    assert not any(start == "2041-07-17" for _, start, _ in got)
    assert ("Wednesday", "2041-07-24", "2041-07-24") in got


def test_a_move_on_a_past_weekday_stays_on_it() -> None:
    got = with_moves(HEAD + "Brenvik Lines Inc shares fell 6.2% on Wednesday after the company halted its island ferry "
                            "sailings.\n", "2041-07-19")
    assert any(start == "2041-07-17" for _, start, _ in got)


def test_sessions_after_an_event_read_from_an_unrelated_earlier_date_date_nothing() -> None:
    # the renewals of 1 January are no accident: the two sessions after the accident are not January's
    text = (HEAD + "Liability premiums for ferry operators rose 12% to 18% at 1 January 2041 renewals, brokers said.\n\n"
            "Underwriters expect a harder market this autumn.\n\n"
            "Brenvik Lines' shares, which slid 13.7% in the two sessions after the accident, have since steadied.\n")
    got = rows(text, "2041-07-19")
    assert not any(start == "2041-01-02" for _, start, _ in got)
    assert ("1 January 2041", "2041-01-01", "2041-01-01") in got


def test_sessions_after_an_event_its_earlier_sentence_dates_keep_their_date() -> None:
    # Tuesday 2041-03-05 names the announcement: the two sessions after it are the 6th and the 7th
    text = (HEAD + "Orrin Metals announced 900 job cuts on March 5, 2041.\n\n"
            "Its shares fell 9% in the two sessions after the announcement.\n")
    got = rows(text, "2041-03-12")
    assert any(expression.startswith("the two sessions") and start == "2041-03-06" for expression, start, _ in got)


def test_a_run_of_sessions_after_an_earlier_day_of_its_sentence_runs_from_that_day() -> None:
    # Thursday 2041-03-21; Saturday the 9th: the two sessions are Monday 11 and Tuesday 12
    got = rows(HEAD + "The latest video, filmed in a car park on March 9, wiped nearly 12% off Brenvik Lines' market "
                      "value in two sessions.\n", "2041-03-21")
    assert ("two sessions", "2041-03-11", "2041-03-12") in got
    assert ("March 9", "2041-03-09", "2041-03-09") in got


def test_a_run_of_sessions_told_in_the_perfect_runs_up_to_the_article() -> None:
    got = rows(HEAD + "Brenvik Lines, which reported a fire on March 9, has lost nearly 12% in two sessions.\n",
               "2041-03-21")
    assert ("two sessions", "2041-03-20", "2041-03-21") in got
    # a background date long before the article is no start of the run
    got = rows(HEAD + "Brenvik Lines, which listed on March 4, 2039, slid nearly 12% in two sessions.\n", "2041-03-21")
    assert ("two sessions", "2041-03-20", "2041-03-21") in got


def test_a_coming_state_through_at_least_a_year_is_its_horizon() -> None:
    # Wednesday 2041-05-08: the decision's day is the event, the year how long the rates stay low
    got = rows(HEAD + "The central bank on Wednesday signaled it would keep interest rates near zero through at least "
                      "2043, but offered few new details.\n", "2041-05-08")
    assert got == [("Wednesday", "2041-05-08", "2041-05-08")]
    # alone in its sentence the year stays
    got = rows(HEAD + "The central bank will keep interest rates near zero through at least 2043.\n", "2041-05-08")
    assert ("2043", "2043-01-01", "2043-12-31") in got


def test_a_count_tallied_over_a_past_period_is_a_statistic() -> None:
    got = rows(HEAD + "Valdmere Gardens, which opened in 2012, drew about 1.4 million visitors last year and is the "
                      "largest of the group's parks.\n", "2041-07-16")
    assert got == [("2012", "2012-01-01", "2012-12-31")]
    got = rows(HEAD + "Brenvik Lines, founded in 2019, carried 3.2 million passengers in 2040.\n", "2041-07-16")
    assert not any(expression == "2040" for expression, _, _ in got)


def test_an_act_in_a_past_period_beside_a_count_keeps_its_date() -> None:
    # no tally verb: the acquisition is an event of last year
    got = rows(HEAD + "Valdmere Gardens, which opened in 2012, bought two rival parks last year.\n", "2041-07-16")
    assert ("last year", "2040-01-01", "2040-12-31") in got


def test_a_promise_through_at_least_a_day_keeps_that_day() -> None:
    # Monday 2041-07-22: Friday the 26th is the near bound of the promise, a date of its own
    got = rows(HEAD + "The park's president told employees in an email on Sunday night that hourly staff would be paid "
                      "for scheduled shifts through at least Friday.\n", "2041-07-22")
    assert ("Friday", "2041-07-26", "2041-07-26") in got


def test_sessions_after_an_event_named_otherwise_in_an_earlier_sentence_keep_its_date() -> None:
    # "the slaying" and "the shooting" are one event: the weeks before it are counted from its day
    text = (HEAD + "Investigators have searched for the suspect since shortly after the Oct. 23, 2040 slaying.\n\n"
            "His car was spotted near the house in the weeks before the shooting, investigators said.\n")
    got = rows(text, "2041-01-10")
    assert any(expression == "weeks before" and end == "2040-10-22" for expression, _, end in got)
