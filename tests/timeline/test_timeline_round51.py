"""Round 51 (timeline51): a count of months after a month of its own sentence counts from that month; a run of
sessions told to end on a day it names, or "the next four days" after a day and "then", is no span from the article's
day; a weekday before "shifts" is a works' weekly slot; a run of sessions told in the past perfect is no move on the
article's day; "a week after" an event gives way to a day its sentence names for it; a guessed move told at a clock
time ("By 1130 GMT") is on that clock's day. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_a_count_of_months_counts_from_the_month_of_its_own_sentence() -> None:
    # Friday 2041-06-14: "four months later" follows February (this year), not the April 2038 of the sentence before
    got = rows(HEAD + "Ilse Marr, who became chief executive of Keel Hearing in April 2038, has had a hard week. The "
                      "first complaint reached Keel in February; the recall came four months later.\n", "2041-06-14")
    assert ("four months later", "2041-06-01", "2041-06-30") in got
    assert ("four months later", "2038-08-01", "2038-08-31") not in got


def test_a_count_of_years_after_a_stated_year_still_counts_from_it() -> None:
    got = rows(HEAD + "Keel Hearing listed its shares in 2030. Two years later, it bought a rival in Valdmere.\n",
               "2041-06-14")
    assert ("Two years later", "2032-01-01", "2032-12-31") in got


def test_a_run_of_sessions_to_a_named_day_is_no_run_up_to_the_article() -> None:
    # Wednesday 2041-11-13: "over the three sessions to last Friday" ended on Friday 2041-11-08
    got = rows(HEAD + "Orrin Metals rose 10.4% over the three sessions to last Friday before giving some back.\n",
               "2041-11-13")
    assert not any(expression == "the three sessions" for expression, _, _ in got)
    assert ("last Friday", "2041-11-08", "2041-11-08") in got


def test_a_run_of_sessions_to_a_price_is_still_the_run_up_to_the_article() -> None:
    got = rows(HEAD + "Orrin Metals rose 10.4% over the three sessions to 212 pence.\n", "2041-11-13")
    assert ("the three sessions", "2041-11-11", "2041-11-13") in got


def test_the_next_days_after_a_day_and_then_are_not_counted_from_the_article() -> None:
    # Friday 2041-11-15: "the next four days" after "on Monday, then" are Tuesday to Friday, not from Friday on
    got = rows(HEAD + "Tarn Cloud was the week's oddest trade: down 6.1% on Monday, then up on three of the next four "
                      "days as investors accepted its account of the outage.\n", "2041-11-15")
    assert ("the next four days", "2041-11-15", "2041-11-19") not in got
    assert ("Monday", "2041-11-11", "2041-11-11") in got


def test_the_next_days_of_a_plan_still_run_from_the_article() -> None:
    got = rows(HEAD + "Tarn Cloud said it would restore every account over the next four days.\n", "2041-11-15")
    assert ("the next four days", "2041-11-15", "2041-11-19") in got


def test_a_weekday_before_shifts_is_a_weekly_slot() -> None:
    got = rows(HEAD + "A spokesman said the lost output would be made up through extra Saturday shifts in December.\n",
               "2041-11-11")
    assert not any(expression == "Saturday" for expression, _, _ in got)
    assert ("December", "2041-12-01", "2041-12-31") in got


def test_a_weekday_told_before_shifts_of_its_own_is_still_a_day() -> None:
    got = rows(HEAD + "Welders at the plant walked out on Saturday, cancelling two shifts.\n", "2041-11-15")
    assert ("Saturday", "2041-11-09", "2041-11-09") in got


def test_a_run_told_in_the_past_perfect_is_no_move_on_the_article_day() -> None:
    # Friday 2041-11-15: "had fallen 11% over the same period" ended before the article's day
    got = with_moves(HEAD + "Until the flood, Orrin Metals shares had gained 30% this year. Valdmere Platinum had fallen "
                            "11% over the same period as palladium slid.\n", "2041-11-15")
    assert not any(expression == "11% (share move)" for expression, _, _ in got)


def test_a_run_told_in_the_present_perfect_is_still_a_move_on_the_article_day() -> None:
    got = with_moves(HEAD + "Orrin Metals shares have dropped 3.5% since the flood, the exchange said.\n", "2041-11-15")
    assert ("3.5% (share move)", "2041-11-15", "2041-11-15") in got


def test_a_week_after_an_event_whose_day_the_sentence_names_is_that_day() -> None:
    # Friday 2041-11-15: "A week after ..." gives way to "the November 6 disclosure" of its own sentence
    got = rows(HEAD + "A week after Keel Pharmacy told investors to ignore two years of its accounts, the stock has "
                      "settled around 12 marks, some 35% below where it traded before the November 6 disclosure.\n",
               "2041-11-15")
    assert ("A week after", "2041-11-08", "2041-11-08") not in got
    assert ("November 6", "2041-11-06", "2041-11-06") in got


def test_a_week_after_an_event_the_sentence_does_not_date_counts_back_from_the_article() -> None:
    got = rows(HEAD + "A week after Keel Pharmacy told investors to ignore two years of its accounts, the stock has "
                      "settled around 12 marks, some 35% below where it traded before.\n", "2041-11-15")
    assert ("A week after", "2041-11-08", "2041-11-08") in got


def test_a_guessed_move_told_at_a_clock_time_is_on_that_clock_day() -> None:
    # Wednesday 2041-11-13: the only dated move names November 5 ("the 12.5% it lost on November 5"); the index's
    # undated move "by 1130 GMT" is the article's day's
    got = with_moves(HEAD + "Shares in Valdmere miners rallied after the regulator eased its export rules. Orrin Metals "
                            "rose 8.8%, recouping more than half of the 12.5% it lost on November 5.\n\nBy 1130 GMT the "
                            "STOXX 600 was up 0.3% and the technology sector had gained 1.6%.\n", "2041-11-13")
    assert ("0.3% (share move)", "2041-11-13", "2041-11-13") in got
    # (round 62: the sector's move and the sentence's own row at 1130 GMT are one event, told once by that row; two
    # rows of one event before)
    assert ("1130 GMT", "2041-11-13", "2041-11-13") in got
    assert not any(e == "1.6% (share move)" for e, _, _ in got)
    assert ("0.3% (share move)", "2041-11-05", "2041-11-05") not in got
