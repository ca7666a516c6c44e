"""Round 41 (timex, timex48): a weekday closing the infinitive of a plan told in the past ("said it hoped to run a
reduced schedule on Wednesday") is the nearest such day; "before" a named party's event on a weekday ("before the
Central Bank of Norland's rate decision on Thursday") looks ahead as "before its meeting on Thursday" does. Every
sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 12)  # a Tuesday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_weekday_after_a_past_plans_infinitive_is_the_nearest() -> None:
    # the plan's day: the Wednesday right after the Tuesday of writing, not the one six days back
    assert values("Skylane said it hoped to run a reduced timetable on Wednesday.") == [("Wednesday", "2041-03-13")]
    assert values("The union had intended to resume the strike on Thursday.") == [("Thursday", "2041-03-14")]
    assert values("Brantley Foods was hoping to publish the audit on Friday.") == [("Friday", "2041-03-15")]
    # a plan whose day is nearer behind the day of writing stays there ("wanted to settle on Monday", written Tuesday)
    assert values("The landlord wanted to settle the claim on Monday.") == [("Monday", "2041-03-11")]


def test_a_past_verb_or_a_clause_break_after_the_plan_leaves_the_weekday_alone() -> None:
    # the weekday belongs to another verb told in the past: the day gone by
    assert values("Orlen hoped to reach a deal, the minister said on Wednesday.") == [("Wednesday", "2041-03-06")]
    assert values("The council agreed to sell the depot and signed the papers on Thursday.") == [
        ("Thursday", "2041-03-07")]
    # no plan's verb at all: a weekday told in the past
    assert values("Skylane ran a reduced timetable on Wednesday.") == [("Wednesday", "2041-03-06")]
    # a verb of an act done on the day, not of a wish: the day is the act's ("agreed", "promised", "vowed")
    assert values("Corvane Telecom agreed to buy Tessel for $2 billion on Thursday.") == [("Thursday", "2041-03-07")]
    assert values("The mayor vowed to rebuild the bridge on Thursday.") == [("Thursday", "2041-03-07")]


def test_before_a_named_partys_event_on_a_weekday_looks_ahead() -> None:
    assert values("Shares of Varnholt edged lower before the Central Bank of Norland's rate decision on Thursday.") == [
        ("Thursday", "2041-03-14")]
    assert values("Chipmakers slipped before Torvane's results on Friday.") == [("Friday", "2041-03-15")]
    # left alone: the event told as done ("after"), and "before" with a verb of its own ("before Torvane reported")
    assert values("Chipmakers slipped after Torvane's results on Friday.") == [("Friday", "2041-03-08")]
    assert values("Chipmakers slipped before Torvane reported results on Friday.") == [("Friday", "2041-03-08")]


def test_the_last_or_next_fiscal_or_financial_year_is_one_year() -> None:
    # one fiscal year, named from the publication year as "last fiscal year" is: a date, not the duration P1Y
    assert [(t.text, t.type, t.value) for t in find_timexes(
        "Its sales to grocers grew 24% in the last fiscal year, the annual report shows.", DCT)] == [
        ("the last fiscal year", "DATE", "2040")]
    assert [(t.text, t.type, t.value) for t in find_timexes(
        "Marrow Foods expects a loss in the next fiscal year.", DCT)] == [("the next fiscal year", "DATE", "2042")]
    # "financial year" as "fiscal year": the British and Australian name
    assert values("Punters lost an estimated A$9 billion on betting last financial year.") == [
        ("last financial year", "2040")]
    assert values("Tollan expects margins to widen in the current financial year.") == [
        ("the current financial year", "2041")]
    # left alone: a calendar "past year" stays the duration up to now; "financial" before another word is no year
    assert [(t.text, t.type, t.value) for t in find_timexes("Over the past year, sales at Tollan rose.", DCT)] == [
        ("the past year", "DURATION", "P1Y")]
    assert values("The last financial crisis hit Tollan hard.") == []


NOV = date(2041, 11, 19)  # a Tuesday in the fourth quarter


def test_a_quarter_long_over_told_as_still_to_come_is_next_years() -> None:
    # written in November: the second quarter and the first half of this year ended months ago; told ahead, next year's
    assert values("The Commission publishes its review of the sector in the second quarter; until then, "
                  "investors will wait.", NOV) == [("the second quarter", "2042-Q2")]
    assert values("Stocks of unsold panels will last well into the second quarter, Tarrow's buyers say.", NOV) == [
        ("the second quarter", "2042-Q2")]
    assert values("The Hollen plant is expected to restart in the first half.", NOV) == [("the first half", "2042-H1")]
    # left alone: a sentence told in the past; the quarter just ended, whose results are still to be reported; a
    # quarter of results (fiscal quarters need not follow the calendar); the other side of a comparison
    assert values("Sales at Hollen fell in the second quarter.", NOV) == [("the second quarter", "2041-Q2")]
    assert values("Hollen said it expects to report a third-quarter loss.", NOV) == [("third-quarter", "2041-Q3")]
    assert values("Tarrow is scheduled to report its second-quarter results on Thursday.", NOV)[0] == (
        "second-quarter", "2041-Q2")
    assert values("Margins will be thinner than in the second quarter.", NOV) == [("the second quarter", "2041-Q2")]


def test_one_or_any_before_a_preposition_or_time_is_no_indefinite_weekday() -> None:
    fri = date(2041, 3, 15)  # a Friday
    # "one on Sunday" is the pronoun "one" and the day it was on; "at any time Thursday" is a time on that Thursday
    assert values("Organisers held two calls in the past week, including one on Sunday in which they claimed 400 backers.",
                  fri)[-1] == ("Sunday", "2041-03-10")
    assert values("Marsh did not at any time Thursday mention the donation.", fri) == [("Thursday", "2041-03-14")]
    # left alone: an indefinite weekday names no day
    assert values("Clients of Marsh do not leave over one bad Tuesday.", fri) == [("Tuesday", "XXXX-WXX-2")]
    assert values("Fares at Orvane do not change from one Friday to the next.", fri) == [("Friday", "XXXX-WXX-5")]
