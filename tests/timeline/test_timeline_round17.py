"""Round 17 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_a_quarter_or_half_of_a_stated_later_year_dates_what_is_placed_in_it() -> None:
    # a present tense of a schedule or a rule, and the period as the subject of a modal: all still ahead
    got = dates_of("Orders from Tarrow Motors are firm, and the first of them starts production in the second quarter "
                   "of 2031.", "2030-11-12")
    assert got == [("the second quarter of 2031", "2031-04-01", "2031-06-30")]
    got = dates_of("The decree bars Kessel brokers from keeping fees on the listed drugs from the third quarter of 2031.",
                   "2030-03-10")
    assert got == [("the third quarter of 2031", "2031-07-01", "2031-09-30")]
    got = dates_of("The first half of 2031 could bring another cut if wage growth in Varn keeps slowing.", "2030-10-15")
    assert got == [("The first half of 2031", "2031-01-01", "2031-06-30")]
    # the period a figure or a report covers is no date of an event; nor a quarter without its year
    assert dates_of("Orvale Foods gave guidance for the first half of 2031 well below forecasts.", "2030-10-15") == []
    assert dates_of("The decree bars Kessel brokers from keeping fees from the third quarter.", "2030-03-10") == []


def test_a_week_in_a_second_main_clause_dates_that_clause() -> None:
    # ", and" opens a clause of its own: its week is no back-reference of the first clause's day
    got = dates_of("Ferry agents in Varn said travellers had cancelled Easter trips with Tarrow Lines, and the Varn "
                   "consumer office received 40 complaints last week.", "2030-03-18")
    assert ("last week", "2030-03-11", "2030-03-15") in got
    got = dates_of("The Kessel regulator ordered Orvale Bank to file a report by Nov. 6, and an official said the "
                   "regulator would inspect its data centre next week.", "2030-10-21")
    assert ("next week", "2030-10-28", "2030-11-01") in got
    # within one clause the earlier week dates the announcement, an event of its own (round 46; a back-reference before)
    got = dates_of("Orvale shares crashed on Monday as the fallout from the announcement last week spread.", "2030-10-22")
    assert [x for x, _, _ in got] == ["Monday", "last week"]
