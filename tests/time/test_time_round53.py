"""Round 53 (timex53c): values of temporal expressions on unseen text. Every name and sentence is invented; each test
fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

THURSDAY = date(2031, 4, 10)  # a Thursday


def value_of(text: str, expression: str, dct: date) -> str:
    """The value of the one expression ``expression`` of ``text``."""
    found = [t.value for t in find_timexes(text, dct) if t.text == expression]
    assert len(found) == 1, found
    return found[0]


def expressions(text: str, dct: date) -> list[str]:
    """The text of every expression found."""
    return [t.text for t in find_timexes(text, dct)]


# 1. A month in the infinitive of an intention told in the past ("aimed to", "hoped to") is the nearest such month,
#    on either side of the day of writing: the plan may still lie ahead.
def test_a_month_aimed_at_in_the_past_is_the_nearest() -> None:
    text = "The trustee told the court the retailer had several bidders and aimed to hold an auction in June."
    assert value_of(text, "June", THURSDAY) == "2031-06"
    assert value_of("Kestrel Mills hoped to reopen the plant in May.", "May", THURSDAY) == "2031-05"
    # left alone: a month far back stays the one gone by, and a deed told in the past keeps its past month
    assert value_of("Kestrel Mills aimed to reopen the plant in January.", "January", THURSDAY) == "2031-01"
    assert value_of("Kestrel Mills reopened the plant in June.", "June", THURSDAY) == "2030-06"


# 2. "until" bounds its own stretch: a deed joined after the stretch's date and told in the past is past.
def test_a_past_deed_after_an_until_stretch_stays_past() -> None:
    text = "The barge Orlanda was stuck on a shoal from April 2 until April 6 and docked at Brenmouth on Wednesday."
    assert value_of(text, "Wednesday", THURSDAY) == "2031-04-09"
    # left alone: a stretch to come, and a deed to come after it
    assert value_of("The barge will wait until Friday and then sail on Wednesday.", "Wednesday", THURSDAY) == "2031-04-16"
    assert value_of("The union will stay out until Monday.", "Monday", THURSDAY) == "2031-04-14"


# 3. A day of the month alone after a part of the day and "of" ("the evening of the 17th") is tagged, and the part of
#    the day is not read on another day.
def test_a_day_of_the_month_after_a_part_of_the_day() -> None:
    text = "The barge ran aground on 2 April and was refloated on the evening of the 6th."
    assert value_of(text, "the 6th", THURSDAY) == "2031-04-06"
    assert "the evening" not in expressions(text, THURSDAY)
    # left alone: an ordinal before a noun is no date
    assert "the 6th" not in expressions("Talks resumed on the evening of the 6th round.", THURSDAY)


def interval_of(text: str, expression: str, dct: date) -> tuple[str, str]:
    """The interval (start, end) the one expression ``expression`` of ``text`` dates."""
    found = [(str(t.date_start), str(t.date_end)) for t in find_timexes(text, dct) if t.text == expression]
    assert len(found) == 1, found
    return found[0]


# 4. A short count "after that" or "later", counted from a count of months known only to its month ("Four months
#    later it ..."), is known only to that month too.
def test_a_short_count_after_a_count_of_months_dates_that_month() -> None:
    text = ("A rival flagged the defect in January. The maker denied it. Four months later it recalled the sensors. "
            "Two days after that its quality chief resigned.")
    assert interval_of(text, "Two days", THURSDAY) == ("2031-05-01", "2031-05-31")
    # left alone: a count after a day stated in full, and "after" with a noun of its own
    text = "Tarnwell recalled the sensors on April 1. Two days after that its quality chief resigned."
    assert interval_of(text, "Two days", THURSDAY) == ("2031-04-03", "2031-04-03")
    text = ("A rival flagged the defect in January. Four months later Tarnwell recalled the sensors. "
            "Two days after the recall, its quality chief resigned.")
    assert interval_of(text, "Two days", THURSDAY) == ("None", "None")
