"""Round 40 (timex, timex46): a change told to start "from" a day after a plan's verb and its participle; a quarter
later in the year than the publication date, in a sentence with no past and no results. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 13)  # a Wednesday, in the first quarter


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_participle_after_the_plans_verb_leaves_from_a_day_ahead() -> None:
    # "would run reduced shifts from Friday": "reduced" is the object's participle, no past verb of another clause
    assert values("Orvik Motors said it would run reduced shifts at its Talmer plant from Friday.") == [
        ("Friday", "2041-03-15")]
    assert values("The ferry line will offer discounted fares from Monday.") == [("Monday", "2041-03-18")]
    # a quoted term and a capitalised word of a title are no verbs either
    assert values('Brenholt will run what it calls "staggered" shifts from Thursday.') == [("Thursday", "2041-03-14")]
    assert values("Calloway Foods says it will cut prices under a new 'Prices Frozen' label from Monday.") == [
        ("Monday", "2041-03-18")]
    # left alone: a past verb with a subject of its own is another clause's, and a change told in the past stays past
    assert values("The bakery will reopen what it closed from Monday.") == [("Monday", "2041-03-11")]
    assert values("The mill will recover the ground it lost from Tuesday.") == [("Tuesday", "2041-03-12")]
    assert values("Orvik Motors ran reduced shifts from Monday.") == [("Monday", "2041-03-11")]


def test_a_later_quarter_in_a_sentence_with_no_past_is_this_years() -> None:
    # "reads out in the third quarter" written in March: this year's third quarter, not last year's
    assert values("Their new asthma drug reads out in the third quarter.") == [("the third quarter", "2041-Q3")]
    assert values("The plan: about 900 positions go by the end of the fourth quarter;") == [
        ("the fourth quarter", "2041-Q4")]
    # left alone: a sentence told in the past, a sentence of results (told in the present too), the hyphenated
    # adjective of a figure
    assert values("Halbrook lost money in the third quarter.") == [("the third quarter", "2040-Q3")]
    assert values("The bank is raising its loan-loss reserves for the third quarter.") == [
        ("the third quarter", "2040-Q3")]
    assert values("Spending drives much of the third-quarter growth.") == [("the third-quarter", "2040-Q3")]


def test_a_day_an_arrangement_in_the_present_perfect_is_made_for_is_ahead() -> None:
    # "has added flights for Friday and Saturday": the arrangement is made by now, for the days to come
    assert values("Skyvale says it has added 30 extra flights from Lisle for Friday and Saturday.") == [
        ("Friday", "2041-03-15"), ("Saturday", "2041-03-16")]
    assert values("The central bank has called an emergency meeting of its board for Thursday.") == [
        ("Thursday", "2041-03-14")]
    # left alone: a possessive day, a simple past, a past verb after the perfect, a passive perfect
    assert values("The senator has apologised for Monday's remarks.") == [("Monday", "2041-03-11")]
    assert values("The club booked the hall for Friday.") == [("Friday", "2041-03-08")]
    assert values("The airline has said it cancelled flights for Monday.") == [("Monday", "2041-03-11")]
    assert values("The union has been fined for Friday.") == [("Friday", "2041-03-08")]
