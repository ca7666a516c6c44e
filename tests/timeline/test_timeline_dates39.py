"""Round 46 (timeline, dates39): a sentence holding two dated clauses gives a row for each. One test per rule, each with
what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_a_past_week_in_the_possessive_before_an_event_noun_dates_that_event() -> None:
    # published on Wednesday 2041-11-13: last week is November 4 to 8
    got = dates_of("Varnholt Credit launched a share sale on Wednesday to rebuild its capital after last week's High "
                   "Court ruling on lending fees.", "2041-11-13")
    assert got == [("Wednesday", "2041-11-13", "2041-11-13"), ("last week", "2041-11-04", "2041-11-08")]
    # in the clause a verb of saying reports, with names and figures in the noun phrase
    got = dates_of("Pellacor said Tuesday that a worn valve was the most likely cause of last week's Drummoch-3 furnace "
                   "fire.", "2041-11-13")
    assert got == [("Tuesday", "2041-11-12", "2041-11-12"), ("last week", "2041-11-04", "2041-11-08")]
    got = dates_of("Keel Rail expects no further write-downs, its finance chief said on Tuesday, arguing that last "
                   "week's $40 million charge had been enough.", "2041-11-13")
    assert ("last week", "2041-11-04", "2041-11-08") in got
    # left alone: a move and the data of a past week, and a week in a condition
    assert dates_of("Brisk Cider shares rose on Tuesday after last week's 9% slide.", "2041-11-13") == [
        ("Tuesday", "2041-11-12", "2041-11-12")]
    assert dates_of("Valdmere stocks rose on Tuesday as last week's figures showed hiring slowed.", "2041-11-13") == [
        ("Tuesday", "2041-11-12", "2041-11-12")]
    assert dates_of("If last week's merger talks fail, Keel Rail said on Tuesday it would sell the unit.",
                    "2041-11-13") == [("Tuesday", "2041-11-12", "2041-11-12")]


def test_a_past_week_beside_a_later_day_of_its_clause_dates_its_own_event() -> None:
    got = dates_of("Keel Rail was cut to junk by Orvale Ratings on Tuesday, deepening the fallout from the council's "
                   "decision last week to strip it of its Valdmere franchise.", "2041-11-13")
    assert got == [("Tuesday", "2041-11-12", "2041-11-12"), ("last week", "2041-11-04", "2041-11-08")]
    # left alone: a figure moved over the week is that move's period, dated by the move table
    assert dates_of("Keel Rail shares, which lost 19% last week, rose 2% on Tuesday.", "2041-11-13") == [
        ("Tuesday", "2041-11-12", "2041-11-12")]
