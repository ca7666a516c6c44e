"""Round 60 (timex60): the resolver's dates on general cases of news text. Every name and sentence is invented; each
test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def found(text: str, dct: date) -> list[tuple[str, str]]:
    """(text, value) of every expression of ``text``."""
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A passive in the present progressive ("is being introduced", "are being held") is no past verb: the clause is
#    told in the present, so a month or a holiday named in it is the coming one.
def test_a_present_progressive_passive_is_no_past() -> None:
    september = date(2034, 9, 20)
    assert found("The new fares are being introduced in April.", september) == [("April", "2035-04")]
    assert found("Ms. Varga is being made to campaign in small towns as Election Day grows near.", september) == \
        [("Election Day", "2034-11-07")]
    # left alone: the past progressive tells the past
    assert found("The new fares were being introduced in April.", september) == [("April", "2034-04")]


# 2. "In one interview Friday", "At one point Tuesday": after a preposition other than "on", the word after "one" is
#    the noun the preposition heads and the weekday an adverb of the clause, a particular day.
def test_one_after_a_preposition_heads_a_noun() -> None:
    thursday = date(2034, 3, 16)
    assert found("In one interview Friday, the minister defended the levy.", thursday) == [("Friday", "2034-03-10")]
    assert found("At one point Tuesday, the Brenmark index was down 300 points.", thursday) == \
        [("Tuesday", "2034-03-14")]
    # left alone: an indefinite day
    assert found("He lost his job over one bad Monday.", thursday) == [("Monday", "XXXX-WXX-1")]
    assert found("Prices can swing wildly on any given Monday.", thursday) == [("Monday", "XXXX-WXX-1")]


# 3. "less than forecast in July": the participle after "than" is the forecast made then, past, whatever the clause's
#    future (as "than expected in July" is).
def test_a_comparison_with_a_forecast_looks_back() -> None:
    october = date(2034, 10, 4)
    assert found("Output will grow 1.6 percent, half a point less than forecast in July.", october) == \
        [("July", "2034-07")]
    assert found("Output will grow 1.6 percent, more than originally forecast on Tuesday.", october) == \
        [("Tuesday", "2034-10-03")]
    # left alone: a month of the future clause itself
    assert found("Output will slow in July.", october) == [("July", "2035-07")]


# 4. "this past weekend" is the last weekend and "this coming weekend" the next one, as "this past Saturday" and
#    "this coming Saturday" are.
def test_this_past_and_this_coming_weekend() -> None:
    monday, thursday = date(2034, 3, 20), date(2034, 3, 16)
    assert found("Protesters marched through Dunholt this past weekend.", monday) == [("this past weekend", "2034-W11-WE")]
    assert found("Protesters marched through Dunholt this past weekend.", thursday) == \
        [("this past weekend", "2034-W10-WE")]
    assert found("The Tarns play at home this coming weekend.", monday) == [("this coming weekend", "2034-W12-WE")]
    # left alone: "last weekend", "this weekend"
    assert found("The Tarns won last weekend.", monday) == [("last weekend", "2034-W11-WE")]
    assert found("The Tarns will play at home this weekend.", monday) == [("this weekend", "2034-W12-WE")]


# 5. "N units from now" is the date that far ahead of the publication date, as "N units ago" is behind it (TimeML
#    writes one date, not a duration and a "now").
def test_units_from_now_is_a_date() -> None:
    thursday = date(2034, 3, 16)
    assert found("The Corvell plant will be finished a year from now.", thursday) == [("a year from now", "2035")]
    assert found("The vote is three days from now.", thursday) == [("three days from now", "2034-03-19")]
    # left alone: "from now on" and "from now to" a date
    assert found("From now on, Corvell fares will rise.", thursday) == [("now", "PRESENT_REF")]


# 6. "every other day" is a set of every second day (P2D), as "every two days" is.
def test_every_other_unit_is_every_second_one() -> None:
    thursday = date(2034, 3, 16)
    assert found("Inspectors visit the Harnley site every other day.", thursday) == [("every other day", "P2D")]
    assert found("The Orne panel meets every other month.", thursday) == [("every other month", "P2M")]
    # left alone: "every day", "each other"
    assert found("The two firms help each other every day.", thursday) == [("every day", "P1D")]


# 7. "the 1800s", "the early 1900s": a century (TimeML "18", "19"), not the century's first decade; "the 2000s" and
#    "the 1820s" stay decades.
def test_hundreds_are_a_century() -> None:
    thursday = date(2034, 3, 16)
    assert found("The Varne mill was founded in the mid-1800s.", thursday) == [("the mid-1800s", "18")]
    assert found("Settlers reached the valley in the early 1900s.", thursday) == [("the early 1900s", "19")]
    # left alone: a decade
    assert found("The Varne mill was rebuilt in the 1820s.", thursday) == [("the 1820s", "182")]
    assert found("The party grew throughout the 2000s.", thursday) == [("the 2000s", "200")]


# 8. A holiday's weekend ("the Labor Day weekend", "Thanksgiving weekend") is the weekend nearest the holiday, told as
#    the week's weekend (TimeML "2033-W35-WE"), not the holiday alone.
def test_a_holiday_weekend_is_a_weekend() -> None:
    thursday = date(2034, 3, 16)
    # Labor Day 2033 is Monday 5 September: the weekend of 3-4 September, ISO week 35
    assert found("Traffic was heavy over the Labor Day weekend.", thursday) == [("Labor Day weekend", "2033-W35-WE")]
    # Thanksgiving 2033 is Thursday 24 November: the weekend of 26-27 November, ISO week 47
    assert found("Shoppers crowded the Dunmore mall over the Thanksgiving weekend.", thursday) == \
        [("Thanksgiving weekend", "2033-W47-WE")]
    # left alone: a holiday's week, and the holiday alone
    assert found("The Christmas week was slow.", thursday) == [("Christmas week", "2033-W51")]
    assert found("Shoppers crowded the Dunmore mall on Thanksgiving.", thursday) == [("Thanksgiving", "2033-11-24")]
