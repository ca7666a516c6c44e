"""Round 63 (timex63): dates of news text. Every name and sentence is invented; each test fails without its rule and
checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Tuesday 3 February 2032
TUE = date(2032, 2, 3)
# Monday 13 September 2032
MON = date(2032, 9, 13)


def found(text: str, dct: date) -> list[tuple[str, str]]:
    """(text, value) of every expression of ``text``."""
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. "added" before an amount is a deed told in the past, not the verb of saying of "she added": a quarter later in
#    the year than the day of writing is last year's ("Velto added 4 million subscribers in the third quarter", written
#    in February).
def test_added_before_an_amount_is_a_past_deed() -> None:
    assert found("Velto added 4 million subscribers in the third quarter.", TUE) == [("the third quarter", "2031-Q3")]
    assert found("The network added just 900,000 users in the third quarter, to 61 million.", TUE) \
        == [("the third quarter", "2031-Q3")]
    # left alone: "added" as the verb of saying keeps the reported clause's own tense
    assert found('"Demand will recover in the third quarter," the chief executive added.', TUE) \
        == [("the third quarter", "2032-Q3")]


# 2. A month followed by a clause of its own ("in October when it reports results") names no report of that month: a
#    plan told under "would" is the coming October, not the last one.
def test_a_clause_after_a_month_names_no_report_of_it() -> None:
    assert found("The carrier has said it would brief investors in October when it reports results.", MON) \
        == [("October", "2032-10")]
    assert found("Orlan said it would give an update in November if it reports a loss.", MON) \
        == [("November", "2032-11")]
    # left alone: a month naming the period of a report
    assert found("Traders will get the August retail sales figures on Friday.", MON) \
        == [("August", "2032-08"), ("Friday", "2032-09-17")]


# 3. "go(es) on sale" is the present of a scheduled event: "goes on sale on Friday" is the coming Friday.
def test_goes_on_sale_is_a_schedule() -> None:
    assert found("The Velto X2 handset goes on sale on Friday.", MON) == [("Friday", "2032-09-17")]
    # left alone: the past
    assert found("The Velto X2 handset went on sale on Friday.", MON) == [("Friday", "2032-09-10")]


# 4. An indirect question after the date keeps its own back-shifted tense: "would hold talks on Tuesday over whether a
#    recall was needed" is the coming Tuesday.
def test_an_indirect_question_after_the_date_keeps_its_own_tense() -> None:
    assert found("The safety agency said it would hold talks with Velto on Tuesday over whether a recall was needed.",
                 MON) == [("Tuesday", "2032-09-14")]
    # left alone: a past auxiliary of the date's own clause
    assert found("The safety agency held talks with Velto on Tuesday and was told a recall was needed.", MON) \
        == [("Tuesday", "2032-09-07")]


# 5. An infinitive phrase closed by a comma before a verb in the past ("The listing, set to be the largest, was
#    suspended on Tuesday") sends no day ahead: the day is the past verb's, even after a dateline's day.
def test_an_infinitive_aside_sends_no_day_ahead() -> None:
    text = "ORLAN, Sept 15 (Wire) - The share sale, set to be the year's largest, was suspended on Tuesday."
    assert found(text, date(2032, 9, 15)) == [("Sept 15", "2032-09-15"), ("Tuesday", "2032-09-14")]
    # left alone: a request whose infinitive holds the day
    text = "ORLAN, Sept 15 (Wire) - The regulator on Wednesday asked the firm to suspend the sale on Tuesday."
    assert found(text, date(2032, 9, 15))[-1] == ("Tuesday", "2032-09-21")


# 6. A past verb of holding on before "until" tells a stretch that is over: "held out until Wednesday morning".
def test_held_out_until_is_over() -> None:
    assert found("Brevia held out until Wednesday morning.", date(2032, 9, 17)) \
        == [("Wednesday morning", "2032-09-15TMO")]
    # left alone: a future
    assert found("Brevia will hold out until Wednesday morning.", date(2032, 9, 17)) \
        == [("Wednesday morning", "2032-09-22TMO")]


# 7. A month written with its year heading a chronology's line places a yearless month of that line near it:
#    "March 2029 — ...; the first delivery follows in May" is May 2029, not the May nearest the day of writing.
def test_a_month_heading_a_chronology_line_frames_its_line() -> None:
    text = "March 2029 — The agency certifies the Velto jet; the first delivery follows in May."
    assert found(text, MON) == [("March 2029", "2029-03"), ("May", "2029-05")]
    # left alone: a month and year opening a sentence with a comma (an adjunct; its clause may look ahead)
    assert found("In June 2032, the firm said it would float in January.", MON) \
        == [("June 2032", "2032-06"), ("January", "2033-01")]


# 8. A quarter before a noun of its results, written within a quarter of that quarter's end, is the one whose results
#    are still coming out, whatever the tense: "will report fourth-quarter results on Wednesday", written in
#    February, is last year's fourth quarter.
def test_results_of_a_quarter_just_ended_are_last_years() -> None:
    assert found("On Wednesday, Velto will report fourth-quarter results.", TUE) \
        == [("Wednesday", "2032-02-04"), ("fourth-quarter", "2031-Q4")]
    assert found("The shares rose ahead of Orlan's fourth-quarter earnings on Thursday.", TUE) \
        == [("fourth-quarter", "2031-Q4"), ("Thursday", "2032-02-05")]
    # left alone: a forecast of the quarter, a quarter with no results noun, and a quarter long reported
    assert found("Velto cut its fourth-quarter results forecast.", TUE) == [("fourth-quarter", "2032-Q4")]
    assert found("Sales will slow in the fourth quarter.", TUE) == [("the fourth quarter", "2032-Q4")]
    assert found("The carrier will publish its third-quarter traffic figures on 19 July.", date(2032, 6, 24)) \
        == [("third-quarter", "2032-Q3"), ("19 July", "2032-07-19")]
