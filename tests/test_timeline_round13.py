"""Round 13 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

from tests.test_timeline_dated import dates_of


def test_a_live_blog_stamp_alone_on_its_line_dates_the_entry_below_it() -> None:
    text = ("Markets live: Orion Metals under pressure\n\n"
            "09:10 BST - Orion Metals opens down 9% in London.\n\n"
            "3:40 p.m.\n"
            "Trading in Orion Metals is halted again, pending news. Keel Bank is down 2%.\n\n"
            "1:05 p.m.\n\n"
            "The regulator says in a statement it is watching closely.\n\n"
            "11:20 a.m.\n"
            "Hello again.\n")
    got = dates_of(text, "2026-05-14")
    assert ("3:40 p.m.", "2026-05-14", "2026-05-14") in got  # the entry on the next line
    assert ("1:05 p.m.", "2026-05-14", "2026-05-14") in got  # a blank line between stamp and entry
    assert all(x != "11:20 a.m." for x, _, _ in got)  # a greeting tells no news
    # one clock time alone on a line is no live blog (a table's cell, a caption)
    assert dates_of("Orion Metals results\n\n10:30\nThe board meets shareholders in Leeds.\n", "2026-05-14") == []


def test_a_period_of_a_plan_reported_on_a_day_is_the_plan_s_date() -> None:
    got = dates_of("Keel Pharma said on Tuesday it would take an impairment charge of up to $300 million in the first "
                   "quarter after its partner reported trial data.", "2026-03-10")
    assert got == [("Tuesday", "2026-03-10", "2026-03-10"), ("the first quarter", "2026-01-01", "2026-03-31")]
    # a week that only holds the day the sentence names still frames it
    assert dates_of("The central bank meets next week, on April 29.", "2026-04-22") == [("April 29", "2026-04-29", "2026-04-29")]
    assert dates_of("The outage this week will cost Keel $4 million, it said on Thursday.", "2026-03-12") == [
        ("Thursday", "2026-03-12", "2026-03-12")]


def test_be_to_and_a_verb_is_a_plan_for_a_coming_quarter() -> None:
    got = dates_of("Under the agreement, Keel was to file with the regulator in the third quarter of 2026.", "2026-03-10")
    assert got == [("the third quarter of 2026", "2026-07-01", "2026-09-30")]
    assert dates_of("The Orlen Bay plant is to close in the second half.", "2026-03-10") == [
        ("the second half", "2026-07-01", "2026-12-31")]
    # a quarter's figure is still no event
    assert dates_of("Keel's profit is to be compared with 12% in the third quarter.", "2026-03-10") == []


def test_a_forecast_of_a_coming_year_is_placed_in_it() -> None:
    got = dates_of("Orion Bank finance chief Ada Vell told a conference on Tuesday that the bank expected the deal to add "
                   "to earnings per share in 2028.", "2026-04-21")
    assert got == [("2028", "2028-01-01", "2028-12-31"), ("Tuesday", "2026-04-21", "2026-04-21")]


def test_the_first_weeks_of_a_month_are_a_range_of_its_days() -> None:
    got = dates_of("Keel Bank fell 30% on Thursday after it said customers had withdrawn $2 billion of deposits in the "
                   "first two weeks of April.", "2026-04-16")
    assert got == [("Thursday", "2026-04-16", "2026-04-16"), ("the first two weeks of April", "2026-04-01", "2026-04-14")]
    assert dates_of("Orion said output stopped in the last ten days of March.", "2026-04-16") == [
        ("the last ten days of March", "2026-03-22", "2026-03-31")]


def test_a_clock_time_before_another_date_is_that_date_s_hour() -> None:
    got = dates_of("Keel Bank opened its branches early on Friday. A spokesman said branches would stay open until 6 p.m. "
                   "through next week.", "2026-04-17")
    assert got == [("Friday", "2026-04-17", "2026-04-17"), ("next week", "2026-04-20", "2026-04-24")]


def test_a_covered_period_frames_a_sentence_dated_otherwise() -> None:
    got = dates_of("The firm said merchants could apply for a fee rebate for June, and promised more details by the end "
                   "of next week.", "2026-06-03")
    assert got == [("the end of next week", "2026-06-11", "2026-06-12")]
    # the only date of its sentence stays
    assert dates_of("Merchants can apply for a fee rebate for June.", "2026-06-03") == [("June", "2026-06-01", "2026-06-30")]
