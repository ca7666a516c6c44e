"""Round 14 resolver rules, each on invented sentences (fictional companies and people)."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def tags(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def test_a_reporting_period_ended_in_a_month_without_its_day() -> None:
    march = date(2031, 3, 14)
    # "the quarter ending in June", "the quarter to September", British "to end-June": the quarter holding that month
    assert tags("The quarter ending in June was Orlan's weakest since 2020.", march)[:2] == [
        ("The quarter", "DATE", "2030-Q2"), ("June", "DATE", "2030-06")]
    assert tags("Revenue for the quarter that ended in September rose 8%.", march)[0] == ("the quarter", "DATE", "2030-Q3")
    assert tags("Sales at Harlow fell in the quarter to end-June.", march)[0] == ("the quarter", "DATE", "2030-Q2")
    # with the day, as before; in a clause about the future a quarter still "ending" is the coming one
    assert tags("Revenue for the quarter ended Sept. 30 rose 8%.", march)[0] == ("the quarter", "DATE", "2030-Q3")
    assert tags("Orlan expects sales in the quarter ending in June to rise.", march)[0] == (
        "the quarter", "DATE", "2031-Q2")


def test_a_day_of_a_plan_told_in_the_past_is_the_nearest_one() -> None:
    june = date(2031, 6, 10)
    # "had been due to publish its annual figures on September 3" (now postponed): that September is still ahead
    assert tags("Kestrel had been due to publish its annual figures on September 3.", june) == [
        ("September 3", "DATE", "2031-09-03")]
    assert tags("The vote was set to take place on July 2.", june) == [("July 2", "DATE", "2031-07-02")]
    # a past event keeps the past day
    assert tags("Kestrel shares were suspended on September 3.", june) == [("September 3", "DATE", "2030-09-03")]


def test_a_weekday_in_brackets_after_a_day_is_that_day() -> None:
    friday = date(2031, 6, 13)
    text = "Main events:\n\nJune 3 (Tuesday) - Inspectors at the Lisle mill find a crack in a boiler.\n\n" \
           "9 June (Monday): Orlan halts two lines."
    assert tags(text, friday) == [("June 3", "DATE", "2031-06-03"), ("Tuesday", "DATE", "2031-06-03"),
                                  ("9 June", "DATE", "2031-06-09"), ("Monday", "DATE", "2031-06-09")]
    # a weekday that is not the day's stays as it was (no guess)
    assert tags("June 5 (Wednesday) - a slip in the list.", friday)[1] == ("Wednesday", "DATE", "2031-06-11")


def test_a_change_starting_from_a_day_in_a_clause_about_the_future() -> None:
    friday = date(2031, 10, 10)
    assert tags("Harlow Savings said on Thursday it would lower its fixed deposit rate from Monday.", friday) == [
        ("Thursday", "DATE", "2031-10-09"), ("Monday", "DATE", "2031-10-13")]
    assert tags("Orlan said it will raise prices from Monday.", friday) == [("Monday", "DATE", "2031-10-13")]
    # "from" after a past or present perfect, or before a possessive, still looks back
    assert tags("The shares have risen 8% from Monday.", friday) == [("Monday", "DATE", "2031-10-06")]
    assert tags("Shares will recover from Monday's slump, analysts said.", friday) == [
        ("Monday", "DATE", "2031-10-06")]


def test_a_weekday_before_last_or_next_week() -> None:
    wednesday = date(2031, 10, 8)
    assert tags("Factory orders dipped, the survey published on Tuesday last week showed.", wednesday)[0] == (
        "Tuesday", "DATE", "2031-09-30")
    assert tags("The council will announce its decision on Friday next week.", wednesday)[0] == (
        "Friday", "DATE", "2031-10-17")
    assert tags("The figures were published on Monday of last week.", wednesday)[0] == ("Monday", "DATE", "2031-09-29")
    # "last week's" is the next noun's, not the weekday's week
    assert tags("He said on Tuesday last week's decision was wrong.", wednesday)[0] == ("Tuesday", "DATE", "2031-10-07")


def test_a_finite_verb_of_expecting_after_its_subject_is_no_plan() -> None:
    october = date(2031, 10, 8)
    # "than we expected in July": the expecting was in July (past), not a plan for next July
    assert tags('"Demand is cooling more quickly than they expected in July," the mayor said.', october) == [
        ("July", "DATE", "2031-07")]
    # a participle modifying a noun still looks ahead
    assert tags("A board decision expected in May will settle it.", october) == [("May", "DATE", "2032-05")]


def test_a_typical_weekday_is_no_particular_day() -> None:
    friday = date(2031, 10, 10)
    assert tags("The ferry carried 300 riders yesterday, against a typical Thursday of 120.", friday) == [
        ("yesterday", "DATE", "2031-10-09"), ("Thursday", "DATE", "XXXX-WXX-4")]
    assert tags("A rally Saturday drew 2,000 people.", friday) == [("Saturday", "DATE", "2031-10-04")]


def test_before_a_day_in_a_clause_with_no_past_verb_looks_ahead() -> None:
    friday = date(2031, 4, 18)
    assert tags("Everyone wonders if a rescuer appears before Monday morning.", friday)[-1] == (
        "Monday morning", "TIME", "2031-04-21TMO")
    assert tags("Officials warned that the grants won't reach towns before November.", date(2031, 6, 29)) == [
        ("November", "DATE", "2031-11")]
    # a past verb keeps the past; before a possessive (an event that may be past or ahead) nothing changes
    assert tags("Shares fell before Monday's vote.", friday) == [("Monday", "DATE", "2031-04-14")]
    assert tags("Orlan's stake of 4% before Friday's deal is small.", date(2031, 4, 21)) == [
        ("Friday", "DATE", "2031-04-18")]


def test_a_holiday_before_a_noun_of_its_season_is_the_nearest_one() -> None:
    """'Easter trips' cancelled in March are trips for the coming Easter, though the clause is past."""
    march = date(2025, 3, 17)
    assert ("Easter", "DATE", "2025-04-20") in tags(
        "Travel agents said customers had cancelled Easter trips booked with the carrier.", march)
    # without such a noun, a past clause still speaks of the last one
    assert ("Easter", "DATE", "2024-03-31") in tags("Sales had been weak over Easter, the company said.", march)
