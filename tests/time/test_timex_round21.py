"""Round 21 (timex, TempEval-3 values): a range of counts before one unit. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2031, 6, 12)  # a Thursday


def values(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_a_range_of_counts_before_one_unit_is_one_stretch_of_an_unstated_number_of_units() -> None:
    assert values("Repairs at the Quenby depot will take two to three weeks.") == [
        ("two to three weeks", "DURATION", "PXW")]
    assert values("Tavrin Foods plans more deals over the next 12 to 18 months.") == [
        ("the next 12 to 18 months", "DURATION", "PXM")]
    assert values("The Orlan refit takes 12-18 months.") == [("12-18 months", "DURATION", "PXM")]
    assert values("Marla Quist has run the Pellam mill for five or six years.") == [
        ("five or six years", "DURATION", "PXY")]
    assert values("The Brenholt hearing lasted about eight to 10 hours.") == [
        ("about eight to 10 hours", "DURATION", "PTXH")]


def test_what_the_range_rule_leaves_alone() -> None:
    # a change from one stretch to another, not a range
    assert values("Tavrin Foods cut its delivery time from five to three days.") == [("three days", "DURATION", "P3D")]
    # a count that is no range: a figure of another noun, a lone count
    assert values("Orlan shares rose 2 to 3 percent in two days.") == [("two days", "DURATION", "P2D")]
    assert values("The Quenby plant needs three years.") == [("three years", "DURATION", "P3Y")]


def test_the_end_of_a_unit_in_the_possessive_is_the_end_of_that_unit() -> None:
    # "by year's end" reads as "by the end of the year": the same value and the same last day
    assert values("The Quenby plant should reopen by year's end.") == [("year's end", "DATE", "2031")]
    assert values("Tavrin Foods expects the merger to close by month's end.") == [("month's end", "DATE", "2031-06")]
    assert values("Orlan will name a chief executive by week's end.") == [("week's end", "DATE", "2031-W24")]
    a = find_timexes("The Quenby plant should reopen by year's end.", DCT)[0]
    b = find_timexes("The Quenby plant should reopen by the end of the year.", DCT)[0]
    assert (a.date_start, a.date_end) == (b.date_start, b.date_end)


def test_the_end_of_the_year_told_in_the_past_before_this_years_end_is_an_earlier_one() -> None:
    # told in the past months before this year's end: the end of the year the text last named, else of last year
    assert values("Tavrin Foods raised $12 million in 2029 and had more cash at the end of the year.") == [
        ("2029", "DATE", "2029"), ("the end of the year", "DATE", "2029")]
    assert values("By year's end, Marla Quist had doubled the Pellam mill's output.") == [
        ("year's end", "DATE", "2030")]


def test_the_end_of_the_year_keeps_this_year_otherwise() -> None:
    # the present, the future, an infinitive, and late in the year
    assert values("The Orlan lease expires at the end of the year.") == [("the end of the year", "DATE", "2031")]
    assert values("Tavrin Foods said it would finish the Quenby depot by the end of the year.") == [
        ("the end of the year", "DATE", "2031")]
    assert values("Brenholt was determined to sell the unit before the end of the year.") == [
        ("the end of the year", "DATE", "2031")]
    assert values("Pellam had more cash at the end of the year.", date(2031, 11, 20)) == [
        ("the end of the year", "DATE", "2031")]
