"""Round 54 (timex54b): the resolver's dates on the second wave of this round's cases. Every name and sentence is
invented; each test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def found(text: str, dct: date) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression of ``text``."""
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def spans(text: str, dct: date) -> list[tuple[str, str, date | None, date | None]]:
    """(text, value, first day, last day) of every expression of ``text``."""
    return [(t.text, t.value, t.date_start, t.date_end) for t in find_timexes(text, dct)]


# 1. A month joined by "and" to a coming month of its clause runs on from it: "a restart in mid-March and a ramp-up
#    through April" written in February is the coming April, as the March is, not the April gone by.
def test_a_month_joined_to_a_coming_month_comes_after_it() -> None:
    february = date(2031, 2, 6)
    text = '"Our plan assumes a restart in mid-March and a ramp-up through April," said Tova Renk, the finance chief.'
    assert found(text, february) == [("mid-March", "DATE", "2031-03"), ("April", "DATE", "2031-04")]
    text = "Brisco Mills will shut the line in November and reopen it in January."
    assert found(text, date(2031, 10, 2)) == [("November", "DATE", "2031-11"), ("January", "DATE", "2032-01")]
    # left alone: two months told in the past, a month turned back to with "after", a month with a past verb of its own
    assert found("Sales fell in March and rose in April.", february) == \
        [("March", "DATE", "2030-03"), ("April", "DATE", "2030-04")]
    assert found("The mill will reopen in March, after it closed in January.", february) == \
        [("March", "DATE", "2031-03"), ("January", "DATE", "2031-01")]


# 2. A month's possessive in a clause a modal of what may come governs ("could let insiders sell after November's
#    results") is the nearest such month on either side, not the last one gone by.
def test_a_possessive_month_under_a_modal_is_the_nearest() -> None:
    september = date(2031, 9, 24)
    text = "The chatter has turned to a clause that could let insiders sell a quarter of their stock after November's results."
    assert found(text, september) == [("November", "DATE", "2031-11")]
    text = "A weaker pound could lift October's export figures, said Ilse Marrow of Dunmore Capital."
    assert found(text, september) == [("October", "DATE", "2031-10")]
    # left alone: a month just gone by stays so; no modal; a modal with a past verb between
    assert found("The strike could still weigh on August's figures.", september) == [("August", "DATE", "2031-08")]
    assert found("Shares of Corvel rose after November's results.", september) == [("November", "DATE", "2030-11")]
    assert found("Investors could see the plant had lost money after November's results.", september) == \
        [("November", "DATE", "2030-11")]


# 3. A weekday after "for" closing the object of a deed told as done beforehand ("had already submitted payroll for
#    Friday", "had ordered extra buses for Saturday") is the day that deed readied: the nearest such day on either
#    side, not the one gone by.
def test_a_day_something_was_done_for_is_the_nearest() -> None:
    thursday = date(2031, 10, 9)
    text = "The company said about 85% of clients had already submitted payroll for Friday, and the rest could wait."
    assert found(text, thursday) == [("Friday", "DATE", "2031-10-10")]
    text = "Ferrant Rail had ordered extra buses for Saturday after the storm closed the line."
    assert found(text, thursday) == [("Saturday", "DATE", "2031-10-11")]
    # left alone: on a Monday the Friday gone by is nearer; a move "for" a day; a day the verb itself was on
    assert found(text.replace("Saturday", "Friday"), date(2031, 10, 13)) == [("Friday", "DATE", "2031-10-10")]
    assert found("Shares of Ferrant rose 3% for Friday alone.", thursday) == [("Friday", "DATE", "2031-10-03")]
    assert found("The clients submitted payroll on Friday.", thursday) == [("Friday", "DATE", "2031-10-03")]
    assert found("The club booked the hall for Friday.", thursday) == [("Friday", "DATE", "2031-10-03")]


# 4. A quarter named by its number and then by the day it ends ("the fourth quarter ending March 31") is that fiscal
#    quarter: the three months up to that day (January to March), the value keeping its number as TimeML does, the
#    year that of the day (placed as "the quarter ended July 31" is: on or before the day of writing unless to come).
def test_a_numbered_quarter_ending_on_a_day_covers_the_months_up_to_it() -> None:
    text = "Ravi Menon said the cost would be booked in the fourth quarter ending March 31."
    assert spans(text, date(2031, 3, 14))[0] == ("the fourth quarter", "2031-Q4", date(2031, 1, 1), date(2031, 3, 31))
    text = "In the second quarter ended Oct. 31, Kestrel Homes lost $4 million."
    assert spans(text, date(2031, 10, 27))[0] == ("the second quarter", "2030-Q2", date(2030, 8, 1), date(2030, 10, 31))
    text = "Its first half ended Sept. 30, 2031 brought a loss."
    assert spans(text, date(2032, 1, 5))[0] == ("first half", "2031-H1", date(2031, 4, 1), date(2031, 9, 30))
    # a quarter "ending" on a day ahead that has begun is the one under way, and the text's "the quarter" is it again
    text = "The fourth quarter ending March 31 will be weak, and Kestrel said the quarter would bring a loss."
    assert spans(text, date(2031, 2, 6))[::2] == [("The fourth quarter", "2031-Q4", date(2031, 1, 1), date(2031, 3, 31)),
                                                 ("the quarter", "2031-Q4", date(2031, 1, 1), date(2031, 3, 31))]
    # left alone: a calendar quarter ending on its own last day, and a quarter with no end named
    assert spans("Sales rose in the third quarter ended Sept. 30.", date(2031, 11, 3))[0] == \
        ("the third quarter", "2031-Q3", date(2031, 7, 1), date(2031, 9, 30))
    assert spans("Sales rose in the fourth quarter.", date(2031, 3, 14))[0] == \
        ("the fourth quarter", "2030-Q4", date(2030, 10, 1), date(2030, 12, 31))


# 5. A month's abbreviation in capitals before a day of the month ("ON OCT. 4", a wire brief written in capitals) is
#    that day, as "OCTOBER 4" is; alone ("MAR", "DEC") it may be a ticker or an acronym.
def test_a_capital_month_abbreviation_before_a_day() -> None:
    october = date(2031, 10, 5)
    text = "* KELLOWAY INC SAYS SHUT ITS ASHBY PLANT ON OCT. 4 AFTER A FIRE"
    assert found(text, october) == [("OCT. 4", "DATE", "2031-10-04")]
    assert found("* KELLOWAY SAYS DEAL CLOSED SEPT 30", october) == [("SEPT 30", "DATE", "2031-09-30")]
    # left alone: an abbreviation in capitals with no day, and one before a figure
    assert found("* KELLOWAY SEES DEC SALES FLAT", october) == []
    assert found("* KELLOWAY SAYS NOV 2.5 BLN DLRS ORDER", october) == []
