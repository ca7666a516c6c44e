"""Round 69 on dates (timex69): a month named without a year that would fall eleven months ahead is the one that ended
right before the day of writing. Every name and sentence is invented; each test fails without its rule and checks what
the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Thursday 20 November 2031
THU = date(2031, 11, 20)
# Tuesday 13 January 2032
JAN = date(2032, 1, 13)


def values(text: str, dct: date) -> dict[str, str]:
    """Value of every expression of ``text`` by its words (the last one of equal words)."""
    return {t.text: t.value for t in find_timexes(text, dct)}


# 1. The month right before the day of writing, naming a thing ("October meeting") or in a clause not told ahead:
#    the one just ended, not the one eleven months on ("next October" would say that). A clause told ahead whose verb
#    the month dates keeps the coming one.
def test_a_meeting_of_the_month_just_ended_in_a_clause_told_ahead() -> None:
    found = values("The central bank's October meeting minutes come out on Wednesday.", THU)
    assert found["October"] == "2031-10"


def test_a_month_a_clause_told_ahead_dates_stays_ahead() -> None:
    found = values("The new engine will be tested in a wind tunnel in October.", THU)
    assert found["October"] == "2032-10"


def test_a_month_just_ended_after_a_clause_told_ahead() -> None:
    found = values("Dealers held back ahead of the minutes of the central bank's October meeting.", THU)
    assert found["October"] == "2031-10"


# 2. Left alone: a month ten months ahead stays ahead when the clause looks ahead (an election year's "in November",
#    written in January), and a month told with "next" keeps it.
def test_a_month_ten_months_ahead_stays_ahead() -> None:
    found = values("Voters will choose a new governor in November, the party chairman said.", JAN)
    assert found["November"] == "2032-11"


def test_next_with_the_month_just_ended_is_a_year_on() -> None:
    found = values("The plant will reopen next October, the company said.", THU)
    assert found["next October"] == "2032-10"


# 3. A day in the infinitive of a schedule or agreement told in the past lies after the scheduling: the nearest such
#    day, here the coming one, not the one ten months back. A day told in the past alone stays gone by.
MAY = date(2031, 5, 1)


def test_a_day_in_the_infinitive_of_a_schedule_is_the_nearest() -> None:
    found = values("The court allowed the request, setting a hearing to start on July 14.", MAY)
    assert found["July 14"] == "2031-07-14"


def test_a_day_in_the_infinitive_of_an_agreement_is_the_nearest() -> None:
    found = values("The lenders agreed to roll over the loan on July 14, Orvel said.", MAY)
    assert found["July 14"] == "2031-07-14"


def test_a_day_told_in_the_past_alone_stays_gone_by() -> None:
    found = values("The shares fell 4% on July 14, the company said.", MAY)
    assert found["July 14"] == "2030-07-14"


# 4. A holiday a few days after New Year, named in late December in a clause not told in the past, is the coming one
#    (the same reach the resolver gives a holiday ahead of the day of writing); told in the past it is last year's.
DEC = date(2031, 12, 30)


def test_new_years_day_named_in_late_december_is_the_coming_one() -> None:
    found = values("The exchange shuts on Thursday for New Year's Day.", DEC)
    assert found["New Year's Day"] == "2032-01-01"


def test_new_years_day_told_in_the_past_in_december_is_gone_by() -> None:
    found = values("Markets were closed for New Year's Day, and shares fell.", DEC)
    assert found["New Year's Day"] == "2031-01-01"


# 5. The new day of something put off is not the day the text goes on to tell: "That evening" after it is still the
#    day the entry opened with.
def test_that_evening_after_a_postponement_stays_on_the_entry_day() -> None:
    text = ("22/09/2031 - Orvel warns on profit. Its results are put back to 4 November. The shares fall 9%. "
            "That evening a rating agency puts Orvel on review.")
    found = values(text, date(2031, 10, 1))
    assert found["That evening"] == "2031-09-22TEV"


def test_that_evening_after_a_day_told_is_that_day() -> None:
    text = "Orvel warned on profit on 22 September. Its shares fell 9% on 23 September. That evening its chief resigned."
    found = values(text, date(2031, 10, 1))
    assert found["That evening"] == "2031-09-23TEV"


# 6. "a year ago" keeps TimeML's value (the year back) but covers the month of writing a year back; "three years ago"
#    keeps its whole year.
def test_a_year_ago_covers_the_month_a_year_back() -> None:
    found = {t.text: t for t in find_timexes("Orvel halved its dividend a year ago, the company said.", THU)}
    t = found["a year ago"]
    assert (t.value, t.date_start, t.date_end) == ("2030", date(2030, 11, 1), date(2030, 11, 30))


def test_three_years_ago_covers_the_year() -> None:
    found = {t.text: t for t in find_timexes("Orvel halved its dividend three years ago, the company said.", THU)}
    t = found["three years ago"]
    assert (t.value, t.date_start, t.date_end) == ("2028", date(2028, 1, 1), date(2028, 12, 31))


# 7. "to the day" after "N years ago" is the very day of writing, that many years back.
def test_a_year_ago_to_the_day_is_that_day() -> None:
    found = values("The lease, renewed two years ago to the day, ends.", THU)
    assert found["two years ago to the day"] == "2029-11-20"
