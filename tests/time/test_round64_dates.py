"""Round 64 (timex64): dates of news text. Every name and sentence is invented; each test fails without its rule and
checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Saturday 2 October 2032
SAT = date(2032, 10, 2)


def days(text: str, dct: date) -> list[tuple[str, str, str]]:
    """(text, value, first day) of every expression of ``text``."""
    return [(t.text, t.value, str(t.date_start)) for t in find_timexes(text, dct)]


# 1. The stop of an abbreviation in initials ("U.S.", "F.") or of a title ("Mr.") ends no sentence: a count of days
#    after X set off by a comma still tells its sentence's own day ("agreed on Saturday ..., two days after X": X two
#    days before Saturday, not two days after it).
def test_an_abbreviation_in_initials_ends_no_sentence() -> None:
    text = ("Orsa's chief agreed on Saturday to pay a fine to settle charges brought by the U.S. Trade Commission, "
            "two days after the regulator sued him.")
    assert days(text, SAT) == [("Saturday", "2032-10-02", "2032-10-02"), ("two days", "P2D", "2032-09-30")]
    text = ("The board met on Saturday with Mr. Halvard Lentz, a day after the lender pulled its offer.")
    assert days(text, SAT) == [("Saturday", "2032-10-02", "2032-10-02"), ("a day", "P1D", "2032-10-01")]
    # left alone: a real stop before the count's sentence; the count then reads from the day stated before it
    text = "Orsa's chief agreed on Saturday to pay a fine. Two days later the regulator closed its file."
    assert days(text, SAT) == [("Saturday", "2032-10-02", "2032-10-02"), ("Two days", "P2D", "2032-10-04")]


# Friday 8 October 2032
FRI = date(2032, 10, 8)


def found(text: str, dct: date) -> list[tuple[str, str]]:
    """(text, value) of every expression of ``text``."""
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 2. A market figure counted up to a weekday ("is down 7.2% this week through Thursday") runs to a close already made:
#    the day gone by, though the verb is in the present.
def test_a_figure_through_a_weekday_is_the_day_gone_by() -> None:
    assert found("Orsa is down 7.2% this week through Thursday, and Velto 3.1%.", FRI) \
        == [("this week", "2032-W41"), ("Thursday", "2032-10-07")]
    assert found("The index is up 3 points through Wednesday.", FRI) == [("Wednesday", "2032-10-06")]
    # left alone: a plan running through a weekday looks ahead
    assert found("The offer is open through Thursday.", FRI) == [("Thursday", "2032-10-14")]


# Thursday 22 July 2032
THU = date(2032, 7, 22)


# 3. A relative clause closed by its own date ("the year that ended in March") tells no tense of a second date right
#    after it: "plans to file its accounts for the year that ended in March in late August" is the coming August.
def test_a_relative_clause_dated_of_its_own_tells_no_tense_of_the_next_date() -> None:
    assert found("Orsa plans to file its audited accounts for the year that ended in March in late August.", THU) \
        == [("March", "2032-03"), ("late August", "2032-08")]
    assert found("Velto said it would file its accounts for the year which ended in March in September.", THU) \
        == [("the year", "P1Y"), ("March", "2032-03"), ("September", "2032-09")]
    # left alone: a main clause told in the past keeps the month gone by
    assert found("Orsa published its results for the year that ended in March in late May.", THU) \
        == [("March", "2032-03"), ("late May", "2032-05")]


# Friday 23 July 2032
JUL23 = date(2032, 7, 23)


# 4. A report's months named after it ("its results for the April-June quarter") are the stretch still being reported,
#    as before it ("its April-June quarter results"), whatever the tense of the release.
def test_a_report_for_a_range_of_months_is_the_stretch_just_ended() -> None:
    assert found("Orsa said on Friday it would postpone its results for the April-June quarter.", JUL23) \
        == [("Friday", "2032-07-23"), ("April", "2032-04"), ("June", "2032-06")]
    # left alone: a range of months with no report before or after it keeps the tense's reading
    assert found("Orsa said on Friday it would close the plant in the April-June quarter.", JUL23) \
        == [("Friday", "2032-07-23"), ("April", "2033-04"), ("June", "2033-06")]


# Tuesday 21 September 2032
SEP21 = date(2032, 9, 21)


# 5. "Two weeks ago (today)" valued as a day moves the text to that day, as "twelve days ago" does: "that afternoon"
#    after it is that day's afternoon, not the day of writing's.
def test_weeks_ago_moves_the_text_to_that_day() -> None:
    assert found("Two weeks ago today, Orsa's founder posted a short message.\n\nShares of Orsa rose 8% that afternoon.",
                 SEP21) == [("Two weeks ago today", "2032-09-07"), ("that afternoon", "2032-09-07TAF")]
    # left alone: a week as a bound ("more than three weeks ago") is no day to move to
    assert found("More than three weeks ago, Orsa's founder posted a short message. Shares of Orsa rose 8% that afternoon.",
                 SEP21)[-1] == ("that afternoon", "2032-09-21TAF")


# Wednesday 13 May 2032
MAY13 = date(2032, 5, 13)


# 6. "year-end" naming a payment by the period it closes ("a year-end dividend", as "an interim dividend") is no date,
#    and "a year-end ..." holds no year's length; a month ending a stretch ("the year that ended in March") is no event
#    a later "the next trading day" counts from.
def test_a_year_end_dividend_is_no_date() -> None:
    assert found("Orsa scrapped its year-end dividend in May.", MAY13) == [("May", "2032-05")]
    assert found("On May 6 it withdrew its outlook for the year that ended in March and said it would not pay a "
                 "year-end dividend, and the shares lost 11.2% the next trading day.", MAY13) \
        == [("May 6", "2032-05-06"), ("March", "2032-03"), ("the next trading day", "2032-05-07")]
    # left alone: year-end as a time
    assert found("Orsa expects to close the deal by year-end.", MAY13) == [("year-end", "2032-12-31")]
    assert found("A year-end rally lifted the index.", MAY13) == [("year-end", "2032-12-31")]


# Tuesday 2 November 2032, Friday 30 July 2032
NOV2 = date(2032, 11, 2)
JUL30 = date(2032, 7, 30)


# 7. "the month" with nothing after it to place it is the month the text is telling: the month it last named (one of
#    the three up to the day of writing), else the month of writing, or the one just ended when told in the past in
#    a month's first days.
def test_the_month_is_the_month_told() -> None:
    assert found("Orsa and Velto each lost about 9% over the month.", JUL30) == [("the month", "2032-07")]
    assert found("Orsa ended October valued at $12 billion. For its backers, the month was grim.", NOV2) \
        == [("October", "2032-10"), ("the month", "2032-10")]
    assert found("Orsa ended October valued at $12 billion, down from $30 billion at its August peak. For its backers, "
                 "the month was grim.", NOV2)[-1] == ("the month", "2032-10")
    # left alone: a month named after it, a label, a share of it, a stretch
    assert found("Sales rose in the month of May.", JUL30) == [("May", "2032-05")]
    assert found("It was the deal of the month.", JUL30) == []
    assert found("He will leave by the end of the month.", JUL30) == [("the end of the month", "2032-07")]
