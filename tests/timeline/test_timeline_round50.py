"""Round 50 (timeline50): a state or an act going on "since" a day dates that day; a part of the day told before its
day; a weekday naming a weekly broadcast slot; a holiday the clause is timed against; a run of sessions that ended
before the article's date. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_a_state_since_a_day_in_the_past_perfect_dates_that_day() -> None:
    # Friday 2041-11-15: "had not slept since Tuesday night" began on Tuesday, not a run of days up to Friday
    got = rows(HEAD + "Tomas Vell had not slept properly since Tuesday night.\n", "2041-11-15")
    assert ("Tuesday night", "2041-11-12", "2041-11-12") in got
    got = rows(HEAD + "Relatives had kept vigil outside the gate since Wednesday.\n", "2041-11-15")
    assert ("Wednesday", "2041-11-13", "2041-11-13") in got


def test_an_act_going_on_since_a_day_dates_that_day() -> None:
    got = rows(HEAD + "Ilse Marr, a fund manager in Valdmere, has cut her holdings in two ferry firms since Monday.\n",
               "2041-11-15")
    assert ("Monday", "2041-11-11", "2041-11-11") in got


def test_a_figure_since_a_day_is_still_the_run_up_to_the_article() -> None:
    got = with_moves(HEAD + "Keel Lines has fallen 12% since Tuesday.\n", "2041-11-15")
    assert ("Tuesday", "2041-11-12", "2041-11-15") in got
    got = rows(HEAD + "Orchard growers said inquiries from buyers had tripled since Tuesday.\n", "2041-11-15")
    assert ("Tuesday", "2041-11-12", "2041-11-12") not in got
    got = rows(HEAD + "Keel Lines has added 38 extra sailings since Tuesday.\n", "2041-11-15")
    assert ("Tuesday", "2041-11-12", "2041-11-12") not in got


def test_a_part_of_the_day_before_its_day_is_on_that_day() -> None:
    # Friday 2041-11-15, after a sentence about Monday: "by early afternoon on Friday" is Friday's, not Monday's
    got = rows(HEAD + "Investigators had traced Monday's leak to a corroded flange on a scrubber.\n\nShares in Keel rose "
                      "4.2 per cent to 2.81 marks by early afternoon on Friday, recovering some ground after falling 3.2 "
                      "per cent on Thursday.\n", "2041-11-15")
    assert ("early afternoon", "2041-11-11", "2041-11-11") not in got
    assert ("Friday", "2041-11-15", "2041-11-15") in got


def test_a_weekday_naming_a_weekly_broadcast_slot_is_no_day() -> None:
    got = rows(HEAD + "Norrvik TV, which carries the league's national Saturday package, keeps those rights through "
                      "2049.\n", "2041-11-14")
    assert not any(expression == "Saturday" for expression, _, _ in got)
    got = rows(HEAD + "Norrvik TV kept its Sunday broadcast window.\n", "2041-11-14")
    assert not any(expression == "Sunday" for expression, _, _ in got)


def test_a_weekday_before_another_noun_is_still_a_day() -> None:
    got = rows(HEAD + "Norrvik TV said at a Tuesday briefing that its league deal was safe.\n", "2041-11-14")
    assert ("Tuesday", "2041-11-12", "2041-11-12") in got


def test_a_holiday_the_clause_is_timed_against_is_no_event() -> None:
    got = rows(HEAD + "Valdmere stocks ended slightly higher on Friday in thin trading ahead of the Memorial Day "
                      "holiday.\n", "2041-05-24")
    assert not any(expression == "Memorial Day" for expression, _, _ in got)
    assert ("Friday", "2041-05-24", "2041-05-24") in got
    got = rows(HEAD + "Pilots walked out on Friday, at the start of the Memorial Day holiday weekend.\n", "2041-05-24")
    assert not any(expression == "Memorial Day" for expression, _, _ in got)


def test_a_holiday_named_as_the_day_of_an_act_stays() -> None:
    got = rows(HEAD + "Pilots said they would walk out on Memorial Day.\n", "2041-05-24")
    assert ("Memorial Day", "2041-05-27", "2041-05-27") in got


def test_a_christmas_trading_update_is_no_event_on_christmas() -> None:
    got = rows(HEAD + "Keel Foods will publish a Christmas trading update in mid-January.\n", "2041-11-14")
    assert not any(expression == "Christmas" for expression, _, _ in got)


def test_a_run_of_sessions_in_a_past_week_is_that_week() -> None:
    # Tuesday 2041-11-12: "in five sessions last week" is the week of 4 to 8 November, not the five days up to Tuesday
    got = with_moves(HEAD + "Keel stock fell 27% in five sessions last week.\n", "2041-11-12")
    assert not any(expression == "five sessions" for expression, _, _ in got)
    assert ("last week", "2041-11-04", "2041-11-08") in got


def test_a_run_of_sessions_followed_by_a_later_act_does_not_run_to_the_article() -> None:
    got = with_moves(HEAD + "Keel fell 9.6% in two sessions, then clawed back about a third of the loss.\n", "2041-11-12")
    assert not any(expression == "two sessions" for expression, _, _ in got)


def test_a_run_of_sessions_up_to_now_stays() -> None:
    got = with_moves(HEAD + "Keel shares have fallen 9.6% in two sessions.\n", "2041-11-12")
    assert ("two sessions", "2041-11-11", "2041-11-12") in got


def test_a_day_after_read_from_a_weekly_slot_is_no_day() -> None:
    # Tuesday 2041-11-12: "the day after" the tagger reads from "its Saturday package" (Saturday 2041-11-09) is no day
    got = rows(HEAD + "Norrvik TV gained 3.1%, having kept its Saturday package.\n\nAdvertiser Brell Media slid 1.7% on "
                      "the day after the announcement.\n", "2041-11-12")
    assert ("the day after", "2041-11-10", "2041-11-10") not in got


def test_a_count_before_a_present_saying_is_counted_from_the_article() -> None:
    # Monday 2041-11-18: six days after the loss of the rights, told from the present of the main clause
    got = rows(HEAD + "Six days after Norrvik TV lost the streaming rights to the ice league, its finance chief insists "
                      "the company can survive without the sport.\n", "2041-11-18")
    assert ("Six days after", "2041-11-12", "2041-11-12") in got


def test_the_end_of_a_year_a_contract_runs_to_is_its_last_day() -> None:
    got = rows(HEAD + "Brell Power takes about 60% of the mine's output under a contract that runs to the end of 2049.\n",
               "2041-11-14")
    assert ("the end of 2049", "2049-12-31", "2049-12-31") in got


def test_repeated_acts_since_a_day_are_still_the_run_up_to_the_article() -> None:
    got = rows(HEAD + "The veterans' league has twice complained to the campaign since Nov. 4 about its leaflets.\n",
               "2041-11-15")
    assert ("Nov. 4", "2041-11-04", "2041-11-04") not in got


def test_a_move_at_the_moment_of_an_undated_past_event_is_on_no_guessed_session() -> None:
    # Monday 2041-11-18: the move was told of the day the numbers landed, which the sentence does not date
    got = with_moves(HEAD + "Neither rival has escaped suspicion: when Keel's numbers landed, Brask Lines shares fell "
                            "5.1% in a single session.\n", "2041-11-18")
    assert not any(expression.endswith("(share move)") for expression, _, _ in got)


def test_a_move_told_with_its_day_after_a_when_clause_stays() -> None:
    got = with_moves(HEAD + "When Keel's numbers landed on Thursday, Brask Lines shares fell 5.1%.\n", "2041-11-18")
    # (round 62: the move and the sentence's own row of Thursday are one event, told by the sentence's row)
    assert got == [("Thursday", "2041-11-14", "2041-11-14")]


def test_a_year_fixed_to_pre_or_post_is_no_event() -> None:
    got = rows(HEAD + "Cider duty rose 3.6% in February, and energy costs remain well above pre-2038 levels.\n", "2041-06-10")
    assert not any(expression == "2038" for expression, _, _ in got)
    assert ("February", "2041-02-01", "2041-02-28") in got
    got = rows(HEAD + "The post-2031 politics have split thousands of families in Valdmere, he said.\n", "2041-06-10")
    assert not any(expression == "2031" for expression, _, _ in got)


def test_a_rejected_alternative_date_is_no_event() -> None:
    got = rows(HEAD + "Norrlink now says commercial service will start in the second quarter of 2049, not 2048.\n",
               "2041-06-10")
    assert not any(expression == "2048" for expression, _, _ in got)
    got = rows(HEAD + "The levy takes effect in 2044 rather than 2042, the ministry said on Tuesday.\n", "2041-06-10")
    assert not any(expression == "2042" for expression, _, _ in got)
    assert ("Tuesday", "2041-06-04", "2041-06-04") in got


def test_a_sum_before_its_perfect_since_a_day_is_still_the_run_up_to_the_article() -> None:
    got = rows(HEAD + "\u201cThe numbers we\u2019ve seen since Nov. 4 put the campaign on pace,\u201d its manager said.\n",
               "2041-11-15")
    assert ("Nov. 4", "2041-11-04", "2041-11-04") not in got


def test_a_count_of_people_keeping_a_state_since_a_day_still_dates_that_day() -> None:
    got = rows(HEAD + "Ms Vell spoke outside the gate, where dozens of relatives had kept vigil since Wednesday.\n",
               "2041-11-15")
    assert ("Wednesday", "2041-11-13", "2041-11-13") in got
