"""Round 26 (timex): fiscal years in TimeML's FY notation, and the round's other rules. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex_fiscal import FISCAL_PREFIX as FY  # the notation of a fiscal value ("" as TempEval-3 writes it, or "FY")
from analysis.time.timex import find_timexes

DCT = date(2031, 11, 12)  # a Wednesday


def rows(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str, date | None, date | None]]:
    return [(t.text, t.type, t.value, t.date_start, t.date_end) for t in find_timexes(sentence, dct)]


def test_a_fiscal_year_is_written_fy_and_covers_no_calendar_year() -> None:
    # TimeML's FY prefix; without the year's end in the text no interval (fiscal 2032 may run April to March)
    assert rows("Pellago Tools expects revenue to grow in fiscal 2032.") == [
        ("fiscal 2032", "DATE", FY + "2032", None, None)]
    assert rows("Drennick Foods sees margins widen in FY33.") == [("FY33", "DATE", FY + "2033", None, None)]
    assert rows("Brusk Air lost money in fiscal year 2030 and in the 2031 fiscal year.") == [
        ("fiscal year 2030", "DATE", FY + "2030", None, None), ("the 2031 fiscal year", "DATE", FY + "2031", None, None)]
    assert rows("Sales at Pellago fell 4% last fiscal year.") == [("last fiscal year", "DATE", FY + "2030", None, None)]
    assert rows("Drennick's FY2031 results were strong.") == [("FY2031", "DATE", FY + "2031", None, None)]


def test_a_fiscal_quarter_or_half_is_written_fy_with_its_part() -> None:
    assert rows("Orders at Brusk Air rose in the first half of fiscal 2032.") == [
        ("the first half of fiscal 2032", "DATE", FY + "2032-H1", None, None)]
    assert rows("Pellago said fiscal 2031 first-quarter sales rose.") == [
        ("fiscal 2031 first-quarter", "DATE", FY + "2031-Q1", None, None)]
    assert rows("Drennick's FY31 Q3 sales rose, and Q4 FY31 sales fell.") == [
        ("FY31 Q3", "DATE", FY + "2031-Q3", None, None), ("Q4 FY31", "DATE", FY + "2031-Q4", None, None)]


def test_a_fiscal_year_end_stated_in_the_text_gives_its_interval() -> None:
    # right after the expression; the day after it is that year's last day, not the one nearest the publication
    assert rows("In fiscal 2030, which ended Sept. 30, Brusk Air earned $4 million.") == [
        ("fiscal 2030", "DATE", FY + "2030", date(2029, 10, 1), date(2030, 9, 30)),
        ("Sept. 30", "DATE", "2030-09-30", date(2030, 9, 30), date(2030, 9, 30))]
    # "the fiscal year ended <day>": that year, a date (no longer the duration P1Y)
    assert rows("In the fiscal year ended March 31, Pellago earned $9 million.") == [
        ("the fiscal year", "DATE", FY + "2031", date(2030, 4, 1), date(2031, 3, 31)),
        ("March 31", "DATE", "2031-03-31", date(2031, 3, 31), date(2031, 3, 31))]
    # once for the text: every fiscal year of it, the relative ones counted from the year under way
    found = rows("Drennick's fiscal year ends June 30. It lost money last fiscal year, and in the first quarter "
                 "of fiscal 2031.")
    assert found[1:] == [("last fiscal year", "DATE", FY + "2031", date(2030, 7, 1), date(2031, 6, 30)),
                         ("the first quarter of fiscal 2031", "DATE", FY + "2031-Q1", date(2030, 7, 1), date(2030, 9, 30))]
    # the text's year of the end wins over the name ("fiscal 2030" ending March 2031, as some companies count)
    assert rows("In fiscal 2030, which ended March 31, 2031, Brusk Air grew.")[0] == (
        "fiscal 2030", "DATE", FY + "2030", date(2030, 4, 1), date(2031, 3, 31))


def test_what_the_fiscal_rule_leaves_alone() -> None:
    # the calendar year, "the year", "financial" outside "financial year", a bare quarter, "the year ended <day>",
    # "throughout the fiscal year" (a stretch)
    assert rows("Sales rose in calendar year 2030; the year 2029 was worse; the financial crisis of 2008 hurt.") == [
        ("calendar year 2030", "DATE", "2030", date(2030, 1, 1), date(2030, 12, 31)),
        ("the year 2029", "DATE", "2029", date(2029, 1, 1), date(2029, 12, 31)),
        ("2008", "DATE", "2008", date(2008, 1, 1), date(2008, 12, 31))]
    assert rows("Pellago's sales rose in the third quarter.")[0][2] == "2031-Q3"
    assert rows("In the year ended March 31, Pellago earned $9 million.")[0][:3] == ("the year", "DURATION", "P1Y")
    assert rows("Brusk Air says profit should rise throughout the fiscal year.") == [
        ("the fiscal year", "DURATION", "P1Y", None, None)]
    # two different year ends in one text: none applies to the text's other fiscal years
    assert rows("Pellago's fiscal year ends March 31 and Drennick's fiscal year ends June 30. Both grew in "
                "fiscal 2030.")[-1] == ("fiscal 2030", "DATE", FY + "2030", None, None)


def test_a_fiscal_year_written_over_two_calendar_years_is_the_one_ending_in_the_second() -> None:
    assert rows("Tarrow Rail's profit fell in the 2030/31 financial year.") == [
        ("the 2030/31 financial year", "DATE", FY + "2031", None, None)]
    assert rows("Tarrow Rail grew in fiscal 2029-30 and in FY29/30.") == [
        ("fiscal 2029-30", "DATE", FY + "2030", None, None), ("FY29/30", "DATE", FY + "2030", None, None)]
    # left alone: a season, and two years that do not follow each other
    assert rows("The 2030-31 season of the Tarrow league was long.") == []
    assert rows("Tarrow's 2027-29 fiscal year plan was dropped.") == []


def test_each_year_of_a_list_or_range_of_fiscal_years_is_fiscal() -> None:
    assert rows("Budgets for fiscal years 2032 through 2034 were cut.") == [
        ("fiscal years 2032", "DATE", FY + "2032", None, None), ("2034", "DATE", FY + "2034", None, None)]
    assert [r[2] for r in rows("Losses at Vemmer Steel in fiscal 2029, 2030 and 2031 mounted.")] == [
        FY + "2029", FY + "2030", FY + "2031"]
    # a year after a fiscal one but outside the list stays a calendar year
    assert rows("Vemmer grew in fiscal 2030 and in 2031 it opened a plant.")[1][2] == "2031"


def test_the_financial_year_to_a_day_is_the_fiscal_year_ending_then() -> None:
    # British "the financial year to March 31": the year ending that day; "the year to March 31" stays untagged
    assert rows("Halloran Bank said profit for the financial year to March 31 rose.") == [
        ("the financial year", "DATE", FY + "2031", date(2030, 4, 1), date(2031, 3, 31)),
        ("March 31", "DATE", "2031-03-31", date(2031, 3, 31), date(2031, 3, 31))]
    assert rows("Halloran Bank said profit for the year to March 31 rose.") == [
        ("March 31", "DATE", "2031-03-31", date(2031, 3, 31), date(2031, 3, 31))]
    # "the fiscal year to come" is no year's end
    assert rows("Halloran expects little growth in the fiscal year to come.") == []


def test_a_fiscal_calendar_told_in_the_present_gives_every_years_days() -> None:
    # the days of the calendar are every year's (XXXX), and they give the text's fiscal years their interval
    assert rows("Corvale's fiscal year runs from July to June. In fiscal 2031 it grew.") == [
        ("July", "DATE", "XXXX-07", None, None), ("June", "DATE", "XXXX-06", None, None),
        ("fiscal 2031", "DATE", FY + "2031", date(2030, 7, 1), date(2031, 6, 30))]
    assert rows("The state's fiscal year begins Oct. 1. Spending in fiscal 2031 rose.") == [
        ("Oct. 1", "DATE", "XXXX-10-01", None, None),
        ("fiscal 2031", "DATE", FY + "2031", date(2030, 10, 1), date(2031, 9, 30))]
    # one year's end ("this fiscal year, which ends"): that year's day, the year under way at publication
    assert rows("The deficit for this fiscal year, which ends Sept. 30, will grow.") == [
        ("this fiscal year", "DATE", FY + "2032", date(2031, 10, 1), date(2032, 9, 30)),
        ("Sept. 30", "DATE", "2032-09-30", date(2032, 9, 30), date(2032, 9, 30))]


def test_a_fiscal_quarter_ended_on_a_day_covers_the_months_up_to_it() -> None:
    # the day ends the quarter, not the fiscal year: the quarter is the three months up to it, the day keeps its year
    assert rows("Pellago earned $3 million for the fiscal-first quarter ended Sept. 30.") == [
        ("the fiscal-first quarter", "DATE", FY + "2031-Q1", date(2031, 7, 1), date(2031, 9, 30)),
        ("Sept. 30", "DATE", "2031-09-30", date(2031, 9, 30), date(2031, 9, 30))]
    assert rows("Sales in Drennick's fiscal third quarter ended Aug. 27 rose.")[0] == (
        "fiscal third quarter", "DATE", FY + "2031-Q3", date(2031, 5, 28), date(2031, 8, 27))
    # a calendar quarter ended on a day is left as it was
    assert rows("Sales in the third quarter ended Sept. 30 rose.")[0][:3] == ("the third quarter", "DATE", "2031-Q3")


def test_other_written_forms_of_a_fiscal_year_and_its_parts() -> None:
    assert rows("Vemmer's fiscal-year 2030 sales rose.") == [("fiscal-year 2030", "DATE", FY + "2030", None, None)]
    assert rows("Sales rose in the second half of its fiscal year.") == [
        ("the second half of its fiscal year", "DATE", FY + "2031-H2", None, None)]
    # "the fiscal year-end" is no December 31; "by year-end" still is
    assert rows("The fiscal year-end of Vemmer is near. Sales will rise by year-end.") == [
        ("The fiscal year-end", "DATE", FY + "2031", None, None),
        ("year-end", "DATE", "2031-12-31", date(2031, 12, 31), date(2031, 12, 31))]
