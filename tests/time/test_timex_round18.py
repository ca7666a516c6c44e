"""Round 18 (timex): value and interval rules for constructions that recur across several writers' corpora.
Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2031, 8, 14)  # a Thursday


def covers(sentence: str, dct: date = DCT) -> list[tuple[str, str, date | None, date | None]]:
    return [(t.text, t.value, t.date_start, t.date_end) for t in find_timexes(sentence, dct)]


def test_the_end_of_a_year_after_a_deadline_word_is_its_last_day() -> None:
    # "by / until / before / through the end of <year>": the end of a stretch, as "by the end of June" is June 30
    assert covers("Brackwater Mills expects to sign the lease by the end of the year.") == [
        ("the end of the year", "2031", date(2031, 12, 31), date(2031, 12, 31))]
    assert covers("The supply contract with Tellow Glass runs until the end of 2033.") == [
        ("the end of 2033", "2033", date(2033, 12, 31), date(2033, 12, 31))]
    assert covers("Quenby Foods had spent 40 million on the plant by the end of last year.") == [
        ("the end of last year", "2030", date(2030, 12, 31), date(2030, 12, 31))]
    # without such a word it stays the year's last quarter
    assert covers("Orders usually pick up toward the end of the year.") == [
        ("the end of the year", "2031", date(2031, 10, 1), date(2031, 12, 31))]


def test_the_start_of_a_year_after_since_is_january() -> None:
    assert covers("Sales at Pellam Tiles have doubled since the beginning of last year.") == [
        ("the beginning of last year", "2030", date(2030, 1, 1), date(2030, 1, 31))]
    assert covers("The rate has been fixed from the start of 2029.") == [
        ("the start of 2029", "2029", date(2029, 1, 1), date(2029, 1, 31))]


def test_the_end_of_this_quarter_is_tagged_whole_and_covers_its_last_day_or_month() -> None:
    assert covers("We will close the Hesketh deal by the end of this quarter.") == [
        ("the end of this quarter", "2031-Q3", date(2031, 9, 30), date(2031, 9, 30))]
    assert covers("The board met at the end of last quarter.") == [
        ("the end of last quarter", "2031-Q2", date(2031, 6, 1), date(2031, 6, 30))]


def test_weeks_ago_is_the_day_as_many_weeks_back() -> None:
    # the day on the publication's weekday, as TempEval-3's annotators mostly value it
    assert covers("Two weeks ago the regulator told Varnell Rail to cut fares.") == [
        ("Two weeks ago", "2031-07-31", date(2031, 7, 31), date(2031, 7, 31))]
    assert covers("Shares have fallen since the audit report a week ago.") == [
        ("a week ago", "2031-08-07", date(2031, 8, 7), date(2031, 8, 7))]
    # a bound is no point: the week
    assert covers("The vote ended more than three weeks ago.") == [
        ("more than three weeks ago", "2031-W30", date(2031, 7, 21), date(2031, 7, 27))]


def test_a_decade_ago_is_the_year_ten_years_back() -> None:
    # as "ten years ago" is: in 2031 "a decade ago" is 2021, not the 2020s
    assert covers("Tembry Coaches first listed its shares a decade ago.") == [
        ("a decade ago", "2021", date(2021, 1, 1), date(2021, 12, 31))]
    assert covers("The levee was built nearly two decades ago.") == [
        ("nearly two decades ago", "2011", date(2011, 1, 1), date(2011, 12, 31))]
    # a bound keeps the decade
    assert covers("The mill closed more than a decade ago.") == [
        ("more than a decade ago", "202", date(2020, 1, 1), date(2029, 12, 31))]
