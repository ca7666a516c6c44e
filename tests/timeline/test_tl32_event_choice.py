"""Dated events: which of a sentence's dates dates its event, and which lines' dates belong to another year
(round 33). One test per rule, each with what the rule must leave alone. Every sentence is invented (fictional
companies, places and people)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_a_that_time_with_no_earlier_date_to_point_to_is_no_day_of_writing() -> None:
    # "That morning" points back to a morning the text told without a date; the tagger, finding no earlier date, read
    # it as the publication day, which then pushed the sentence's own week out as a back-reference
    got = dates_of("After the frost lifted, Imre Valkoss walked the terraces of his vineyard above Ostrava Vale. "
                   "That morning, in the last week of April, the buds were black.", "2031-05-12")
    assert got == [("the last week of April", "2031-04-21", "2031-04-25")]
    got = dates_of("Nobody at the Harrowgate depot slept much. That night, the pickets lit fires by the gate.", "2031-05-12")
    assert got == []
    # left alone: a "that" time pointing to a day the text stated, and "this morning" (the day of writing)
    got = dates_of("Pickets blocked the Harrowgate depot on Friday. That night, the drivers voted to stay out.",
                   "2031-05-12")
    assert ("That night", "2031-05-09", "2031-05-09") in got
    got = dates_of("Pickets blocked the Harrowgate depot this morning.", "2031-05-12")
    assert got == [("this morning", "2031-05-12", "2031-05-12")]


def test_a_year_heading_its_line_bounds_the_dates_read_from_outside_it() -> None:
    # a chronology: "the following Monday" and "a week later" are read from the last day the text stated (this week's),
    # not from a day of 2027; the year heading the line dates its events
    text = ("Veltraline shares fell 9% on Monday after the outage.\n\n"
            "A short history of Veltraline\n"
            "2027: Won the Andorin league rights. The deal was signed in Trevasco, and the first stream came the "
            "following Monday.\n"
            "2029: Listed in Trevasco and, a week later, in Ostmark.\n")
    got = dates_of(text, "2031-06-11")
    assert ("the following Monday", "2031-06-16", "2031-06-16") not in got
    assert not any(expression.startswith("a week") for expression, _, _ in got)
    # the heading's sentence and the next one of its line (by the heading, or by "the following Monday" read as a day
    # of the heading's year)
    assert [(a, b) for _, a, b in got].count(("2027-01-01", "2027-12-31")) == 2
    assert ("2029", "2029-01-01", "2029-12-31") in got
    # left alone: a date the line states in full, and one read inside the heading's year
    text = ("Veltraline shares fell 9% on Monday after the outage.\n\n"
            "2028: Opened a studio in Trevasco in March; the first show aired on 4 April 2028.\n")
    got = dates_of(text, "2031-06-11")
    assert ("March", "2028-03-01", "2028-03-31") in got and ("4 April 2028", "2028-04-04", "2028-04-04") in got
    text = ("Veltraline shares fell 9% on Monday after the outage.\n\n"
            "2028: Signed the Andorin deal in December; it closed the following month.\n")
    assert ("the following month", "2029-01-01", "2029-01-31") in dates_of(text, "2031-06-11")


def test_a_clock_time_on_a_named_day_takes_the_year_framing_its_sentence() -> None:
    # "2011: ... at 14:46 local time on March 11, 2011": the tagger read the clock time and its day apart from the
    # year; the year framing the sentence sets the day's year, as it does a bare day
    got = dates_of("Why the Ostmark fabs matter\n\n2019: A fire broke out at 03:10 local time on March 4, 2019, at the "
                   "Brevane substrate plant.", "2031-06-11")
    assert [(a, b) for _, a, b in got] == [("2019-03-04", "2019-03-04")]
    # left alone: a clock time on a named day with no year framing its sentence
    got = dates_of("A fire broke out at 03:10 local time on June 4 at the Brevane substrate plant.", "2031-06-11")
    assert got == [("03:10 local time on June 4", "2031-06-04", "2031-06-04")]


def test_the_end_of_a_reporting_year_gives_way_to_any_other_date_of_its_sentence() -> None:
    # "for the year to March 2032 in Q3 2030": the month ends the period the cover is for; the quarter dates the buying
    got = dates_of("Brevane Confectioners bought most of its sugar cover for the year to March 2032 in the third quarter "
                   "of 2030, when prices were near their lows.", "2031-05-14")
    assert got == [("the third quarter of 2030", "2030-07-01", "2030-09-30")]
    # left alone: the year's end as the sentence's only date
    got = dates_of("Brevane Confectioners bought most of its sugar cover for the year to March 2032.", "2031-05-14")
    assert got == [("March 2032", "2032-03-01", "2032-03-31")]


def test_the_day_a_plan_was_first_set_for_is_no_day_it_happened() -> None:
    # "first scheduled for Tuesday, was delayed": Tuesday was given up
    got = dates_of("The Harrowgate crop estimate, first scheduled for Tuesday, was delayed while clerks checked the "
                   "district returns.", "2031-05-16")
    assert got == []
    # the sentence says how far it moved: the day it moved to
    got = dates_of("The fine was read out at a hearing that had originally been set for Wednesday and was pushed back "
                   "by a day.", "2031-05-16")
    assert got == [("Wednesday", "2031-05-15", "2031-05-15")]
    # left alone: a plan kept, and the first of several events on its schedule
    got = dates_of("The Brevane vote went ahead on Tuesday, as originally planned.", "2031-05-16")
    assert got == [("Tuesday", "2031-05-13", "2031-05-13")]
    got = dates_of("The first of the Brevane hearings is scheduled for Tuesday.", "2031-05-16")
    assert got == [("Tuesday", "2031-05-20", "2031-05-20")]
