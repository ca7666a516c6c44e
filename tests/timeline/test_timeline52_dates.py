"""Round 52 (timeline52): the first date of a plan since moved, with its object between ("originally set for delivery
on Dec. 4"), dates no event; a run of sessions told before another event ("in the two sessions before the May 4
announcement") is the sessions before the day it names, not the sessions up to the article; the end of a coming
period told as a plan's deadline ("by the end of September") beside the day of its telling dates nothing. One test per
rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows


def test_the_first_date_of_a_moved_plan_with_its_object_is_no_event() -> None:
    # Tuesday 2041-11-12: the turbine was to ship on Dec. 4; it now ships in the first half of 2042
    got = rows(HEAD + "Brasko said on Tuesday that the turbine, originally set for delivery on Dec. 4, would now ship "
                      "in the first half of 2042.\n", "2041-11-12")
    assert not any(expression == "Dec. 4" for expression, _, _ in got)
    # round 68: the plan's horizon beside the day of its telling is no event either (the blind gold lists the telling)
    assert ("Tuesday", "2041-11-12", "2041-11-12") in got
    assert ("the first half of 2042", "2042-01-01", "2042-06-30") not in got
    got = rows(HEAD + "The hearing, initially due to open in June, will now start on Sept. 9.\n", "2041-03-12")
    assert not any(expression == "June" for expression, _, _ in got)
    assert ("Sept. 9", "2041-09-09", "2041-09-09") in got


def test_a_plan_set_for_a_day_still_dates_it() -> None:
    got = rows(HEAD + "Brasko said on Tuesday that the turbine is set for delivery on Dec. 4.\n", "2041-11-12")
    assert ("Dec. 4", "2041-12-04", "2041-12-04") in got


def test_a_run_of_sessions_before_a_dated_event_ends_before_that_day() -> None:
    # Monday 2041-11-18: the two sessions before Monday 2041-11-11 are Thursday 7 and Friday 8 November
    got = rows(HEAD + "Orrin Metals fell 6 per cent in the two sessions before the November 11 announcement.\n",
               "2041-11-18")
    assert ("the two sessions", "2041-11-07", "2041-11-08") in got
    assert ("the two sessions", "2041-11-15", "2041-11-18") not in got
    # an undated event after "before": no span at all, certainly not the sessions up to the article
    got = rows(HEAD + "Orrin Metals fell 6 per cent in the two sessions before the announcement.\n", "2041-11-18")
    assert not any(expression == "the two sessions" for expression, _, _ in got)


def test_a_run_of_sessions_with_no_event_after_it_still_runs_to_the_article() -> None:
    got = rows(HEAD + "Orrin Metals fell 6 per cent in the two sessions.\n", "2041-11-18")
    assert ("the two sessions", "2041-11-15", "2041-11-18") in got


def test_the_end_of_a_period_as_a_deadline_beside_the_telling_day_is_no_event() -> None:
    # Tuesday 2041-03-12: told on Monday 2041-03-11; the stores shut any day up to the end of September
    got = rows(HEAD + "On Monday, Keel told workers that it would close 300 stores by the end of September.\n",
               "2041-03-12")
    assert got == [("Monday", "2041-03-11", "2041-03-11")]
    got = rows(HEAD + "The mayor said the council had written to Voss on Thursday asking for a meeting before the end "
                      "of the month.\n", "2041-03-07")
    assert got == [("Thursday", "2041-03-07", "2041-03-07")]


def test_a_deadline_alone_or_a_coming_day_stays() -> None:
    got = rows(HEAD + "Keel will close 300 stores by the end of September.\n", "2041-03-12")
    assert ("the end of September", "2041-09-30", "2041-09-30") in got
    got = rows(HEAD + "Keel said on Monday it would close 300 stores by Friday.\n", "2041-03-12")
    assert ("Friday", "2041-03-15", "2041-03-15") in got


def test_a_year_or_month_after_before_bounds_and_dates_nothing() -> None:
    # Tuesday 2041-11-12: a release before 2043 lies in none of 2043's days, a sale before March in none of March's
    got = rows(HEAD + "Tarn Games has no other major release planned before 2043.\n", "2041-11-12")
    assert not any(expression == "2043" for expression, _, _ in got)
    got = rows(HEAD + "Pellham had sold its stake before March, the filing showed.\n", "2041-11-12")
    assert not any(expression == "March" for expression, _, _ in got)


def test_a_year_or_month_of_its_own_beside_before_still_dates() -> None:
    got = rows(HEAD + "Pellham sold its stake in March 2038, before the 2039 crash.\n", "2041-11-12")
    assert ("March 2038", "2038-03-01", "2038-03-31") in got
    got = rows(HEAD + "Tarn Games will release its next title in 2043.\n", "2041-11-12")
    assert ("2043", "2043-01-01", "2043-12-31") in got


def test_since_the_start_of_this_year_runs_to_the_article_like_the_start_of_the_year() -> None:
    # a change since the start of this year spans January 1 to the article's day, not January alone
    got = rows(HEAD + "Tarn Games' shooter has lost about half its daily players since the start of this year.\n",
               "2041-11-12")
    assert got == [("the start of this year", "2041-01-01", "2041-11-12")]
    got = rows(HEAD + "Tarn Games' shooter has lost about half its daily players since the start of the year.\n",
               "2041-11-12")
    assert got == [("the start of the year", "2041-01-01", "2041-11-12")]


def test_a_run_of_months_in_a_subordinate_clause_is_a_background_event() -> None:
    # Friday 2041-09-13: the letter is dated Sept. 12; the complaints came in between January and July
    got = rows(HEAD + "The regulator's letter, dated Sept. 12, lists seven faults, including that Keel did not study 19 "
                      "complaints of early battery drain received between January and July.\n", "2041-09-13")
    assert ("January and July", "2041-01-01", "2041-07-31") in got
    assert ("Sept. 12", "2041-09-12", "2041-09-12") in got


def test_a_day_in_a_subordinate_clause_still_gives_way_to_the_main_clause() -> None:
    got = rows(HEAD + "Keel shares fell on Friday after the company said on Tuesday that sales had slowed.\n",
               "2041-09-13")
    assert ("Tuesday", "2041-09-10", "2041-09-10") not in got
    assert ("Friday", "2041-09-13", "2041-09-13") in got


def test_a_past_year_a_state_lasted_until_dates_its_end_beside_another_date() -> None:
    got = rows(HEAD + "Ada Voss, 51, was finance chief of Pellham Foods until 2036 and joined Keel's board in May "
                      "2038.\n", "2041-03-07")
    assert ("2036", "2036-01-01", "2036-12-31") in got
    assert ("May 2038", "2038-05-01", "2038-05-31") in got



def test_a_past_year_after_until_of_a_count_is_no_state_end() -> None:
    # "until" right before the year only: "the lowest until then" is no year, and a year of its own stays a year
    got = rows(HEAD + "Keel listed its shares in 2031 and kept its plant open until the strike of 2036.\n", "2041-03-07")
    assert ("2031", "2031-01-01", "2031-12-31") in got


def test_news_told_before_the_market_opened_keeps_its_session_beside_a_coming_day() -> None:
    # Monday 2041-11-11: the filing before the open is the session's news; the launch on Dec. 12 is the plan told
    got = rows(HEAD + "Tarn Games said in a regulatory filing before the market opened that its next title would now "
                      "launch on Dec. 12.\n", "2041-11-11")
    assert ("before the market opened", "2041-11-11", "2041-11-11") in got
    assert ("Dec. 12", "2041-12-12", "2041-12-12") in got


def test_news_told_before_the_market_opened_gives_way_to_a_past_day_of_its_sentence() -> None:
    got = rows(HEAD + "Tarn Games said in a regulatory filing before the market opened that it had closed a studio on "
                      "Friday.\n", "2041-11-11")
    assert ("before the market opened", "2041-11-11", "2041-11-11") not in got


def test_a_count_after_an_event_named_in_passing_gives_way_to_the_sentence_day() -> None:
    # Monday 2041-06-17: "a week after a flood" names the flood in passing; the sentence is Monday's
    got = rows(HEAD + "Valdmere shares rose on Monday, with Orrin Rail leading gains after it reopened its network a "
                      "week after a flood, while banks fell.\n", "2041-06-17")
    assert got == [("Monday", "2041-06-17", "2041-06-17")]


def test_a_count_after_an_event_told_by_a_clause_or_named_definitely_stays() -> None:
    got = rows(HEAD + "The board on Friday ordered Keel to shut its plant, two days after an explosion there killed "
                      "five workers.\n", "2041-06-17")
    assert ("two days after", "2041-06-12", "2041-06-12") in got
    got = rows(HEAD + "Keel shares rose on Monday, a week after the flood.\n", "2041-06-17")
    assert ("a week after", "2041-06-10", "2041-06-10") in got


def test_the_weekdays_after_a_sentence_opened_by_a_past_week_are_that_week_s() -> None:
    # Friday 2041-11-22: the story moves to the week of November 11; its Monday and Thursday are the 11th and 14th
    got = rows(HEAD + "The week of November 11 undid much of that. Tarn Games delayed the game on Monday; by Thursday, "
                      "Pellham had agreed to sell its stake. Tarn shares hit a low on Wednesday.\n", "2041-11-22")
    assert ("Monday", "2041-11-11", "2041-11-11") in got
    assert ("Thursday", "2041-11-14", "2041-11-14") in got
    assert ("Wednesday", "2041-11-20", "2041-11-20") in got  # the sentence after that one is the article's week again


def test_the_weekdays_after_a_week_named_inside_a_sentence_stay_in_the_article_s_week() -> None:
    got = rows(HEAD + "Tarn Games said its sales in the week of November 11 were weak. Pellham sold its stake on "
                      "Monday.\n", "2041-11-22")
    assert ("Monday", "2041-11-18", "2041-11-18") in got


def test_the_move_came_days_after_counts_from_a_lead_of_the_article_s_day() -> None:
    # Thursday 2041-03-07: the lead's news is the article's day; two days before it is Tuesday 2041-03-05
    text = ("Keel chief quits\n\nOSLO, March 7 (Valdmere Wire) - Keel Foods Chief Executive Ilse Marr stepped down on "
            "Thursday, and a director will run the company. She will stay on as an adviser until June 30.\n\n"
            "The move came two days after Tarn Capital, which owns 6% of Keel, demanded her departure.\n")
    got = rows(text, "2041-03-07")
    assert ("two days after", "2041-03-05", "2041-03-05") in got


def test_the_move_came_days_after_a_lead_of_another_day_dates_nothing() -> None:
    text = ("Keel chief quits\n\nKeel Foods Chief Executive Ilse Marr stepped down on Monday, and a director will run "
            "the company. She will stay on as an adviser until June 30.\n\n"
            "The move came two days after Tarn Capital, which owns 6% of Keel, demanded her departure.\n")
    got = rows(text, "2041-03-07")
    assert not any(expression == "two days after" for expression, _, _ in got)
