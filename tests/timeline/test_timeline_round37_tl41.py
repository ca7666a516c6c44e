"""Dated events, round 37 (tl41): which date of a sentence dates its event (a contract's delivery day, a baseline
compared "on", a part of a day beside another date), how much of a named period the event takes (a share of its
value lost this month, the first sessions of a week, the sessions after a close), the event a
present-tense sentence comes "N days after", and the lines of a chronology opened by ISO dates. One test per rule,
each with what it must leave alone. Every sentence is invented (fictional companies, people and places)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_lines_of_a_chronology_opened_by_iso_dates_date_their_later_sentences() -> None:
    text = ("Here is how the affair unfolded.\n"
            "2031-03-03 – Tarvex Mining says it found a leak. Tarvex -12%.\n"
            "2031-03-05 – The regulator opens an inquiry. Tarvex -4.1%.\n")
    got = dates_of(text, "2031-03-20")
    assert got.count(("2031-03-03", "2031-03-03", "2031-03-03")) == 2
    assert got.count(("2031-03-05", "2031-03-05", "2031-03-05")) == 2
    assert len(got) == 4
    # left alone: a single line so opened (one may be a dateline) dates only its own sentence
    got = dates_of("2031-03-03 – Tarvex Mining says it found a leak. The shares fell 12% on Friday.", "2031-03-20")
    assert ("2031-03-03", "2031-03-03", "2031-03-03") in got and len(got) == 2
    assert ("Friday", "2031-03-14", "2031-03-14") in got


def test_the_delivery_day_of_a_contract_is_no_date_of_the_event() -> None:
    got = dates_of("Lenbury day-ahead power for Wednesday delivery jumped 38% on Tuesday as the heat spread.", "2031-07-15")
    assert got == [("Tuesday", "2031-07-15", "2031-07-15")]
    # left alone: a day something is delivered on ("delivered on Wednesday"), not a contract's
    got = dates_of("Keel said on Tuesday that the turbines would be delivered on Wednesday.", "2031-07-15")
    assert ("Wednesday", "2031-07-16", "2031-07-16") in got


def test_a_baseline_compared_on_or_the_same_day_a_year_earlier_is_no_event() -> None:
    got = dates_of("Brisco said sales in the week to 12 July were up 215% on a year earlier.", "2031-07-16")
    assert got == [("12 July", "2031-07-12", "2031-07-12")]
    got = dates_of("Footfall at Lenbury malls fell 9% on Wednesday compared with the same day a year earlier.", "2031-07-17")
    assert got == [("Wednesday", "2031-07-16", "2031-07-16")]
    # left alone: a day a figure moved on ("fell 9% on Monday")
    assert dates_of("Brisco shares fell 9% on Monday.", "2031-07-17") == [("Monday", "2031-07-14", "2031-07-14")]


def test_a_share_of_its_value_lost_this_month_is_a_move_up_to_the_article() -> None:
    # like "lost 7% this month": the month (or year) so far
    assert dates_of("Brisco Energy has lost more than a third of its value this month.", "2031-07-21") == [
        ("this month", "2031-07-01", "2031-07-21")]
    assert dates_of("Brisco Energy has shed half its market value this year.", "2031-07-21") == [
        ("this year", "2031-01-01", "2031-07-21")]
    # left alone: no move, the month itself
    assert dates_of("Brisco Energy will hold its investor day this month.", "2031-07-21") == [
        ("this month", "2031-07-01", "2031-07-31")]


def test_the_first_or_last_sessions_of_a_week_are_those_days() -> None:
    assert dates_of("Corbel Steel lost 9.8% in the first three sessions of last week.", "2031-05-19") == [
        ("last week", "2031-05-12", "2031-05-14")]
    assert dates_of("Corbel Steel gained 4% in the last two trading days of last week.", "2031-05-19") == [
        ("last week", "2031-05-15", "2031-05-16")]
    # left alone: the whole week
    assert dates_of("Corbel Steel lost 9.8% last week.", "2031-05-19") == [("last week", "2031-05-12", "2031-05-16")]


def test_a_part_of_a_day_beside_another_date_is_no_date_of_its_own() -> None:
    got = dates_of("Lenbury produced a record share of its power from wind last week, yet prices still doubled in the "
                   "evening hours.", "2031-07-23")
    assert got == [("last week", "2031-07-14", "2031-07-18")]
    # left alone: a sentence whose only date it is
    assert dates_of("Lenbury power prices doubled in the evening.", "2031-07-23") == [
        ("the evening", "2031-07-23", "2031-07-23")]


def test_the_event_a_present_tense_sentence_comes_days_after_is_dated_back_from_the_article() -> None:
    got = dates_of("Lenbury – The day after the veto from the regulator, Corbel Telecom is trying to calm investors.",
                   "2031-06-11")
    assert got == [("The day after", "2031-06-10", "2031-06-10")]
    got = dates_of("Ten days after Keel Motors announced its recall, here is how its suppliers have fared.", "2031-06-20")
    assert got == [("Ten days after", "2031-06-10", "2031-06-10")]
    # left alone: a main clause in the past, which the article's day does not date
    assert dates_of("The day after the vote, Corbel's chairman resigned.", "2031-06-11") == []


def test_a_performance_since_or_between_closes_runs_over_the_sessions_after_the_first_close() -> None:
    got = dates_of("Here is how the Lenbury grocers have traded since the close on Friday 6 June:", "2031-06-18")
    assert got == [("Friday 6 June", "2031-06-09", "2031-06-18")]
    got = dates_of("Here is how the Lenbury grocers performed between the close on June 6 and Friday's close:", "2031-06-20")
    assert ("June 6", "2031-06-06", "2031-06-06") not in got
    # left alone: a state since a close, which began then
    assert dates_of("Trading in Corbel shares has been halted since the close on Friday 6 June.", "2031-06-18") == [
        ("Friday 6 June", "2031-06-06", "2031-06-06")]


def test_a_deadline_no_later_than_a_day_and_a_change_from_a_coming_day_keep_their_dates() -> None:
    got = dates_of("Corbel will pay Brisco a break fee of 90 million euros no later than 30 September 2031.", "2031-06-12")
    assert got == [("30 September 2031", "2031-09-30", "2031-09-30")]
    got = dates_of("Lenbury Water bills will rise by an average of 7.5% from 1 October 2031.", "2031-06-12")
    assert got == [("1 October 2031", "2031-10-01", "2031-10-01")]
    # left alone: baselines of a comparison
    assert dates_of("Lenbury Water said on Tuesday that bills were up 7.5% from a year earlier.", "2031-06-12") == [
        ("Tuesday", "2031-06-10", "2031-06-10")]
    assert dates_of("Output was 4% higher on Tuesday than on Monday.", "2031-06-12") == [
        ("Tuesday", "2031-06-10", "2031-06-10")]


def test_news_told_before_the_market_opened_is_the_articles_session() -> None:
    got = dates_of("Keel Pharma said before the market opened that its trial had missed its main goal.", "2031-09-15")
    assert got == [("before the market opened", "2031-09-15", "2031-09-15")]
    # left alone: a sentence with a day of its own, and a move (the move table's to date)
    got = dates_of("Keel Pharma said on Friday before the market opened that its trial had failed.", "2031-09-15")
    assert got == [("Friday", "2031-09-12", "2031-09-12")]
    assert dates_of("Keel shares rose before the market opened.", "2031-09-15") == []
    assert dates_of("Keel Pharma announced the recall after the market closed.", "2031-09-15") == []


def test_the_day_a_level_is_held_at_beside_a_coarser_date_of_the_event_is_no_event() -> None:
    got = dates_of("Harlow Capital held a 3.1% stake in Corbel at the end of March, according to filings, and added to it "
                   "earlier this month.", "2031-06-13")
    assert got == [("earlier this month", "2031-06-01", "2031-06-12")]
    # left alone: the sentence's only date
    assert dates_of("Harlow Capital held a 3.1% stake in Corbel at the end of March.", "2031-06-13") == [
        ("the end of March", "2031-03-31", "2031-03-31")]
