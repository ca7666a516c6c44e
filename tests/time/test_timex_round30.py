"""Round 30 (timex): a clock time written with "quarter" or "half", and "fall" as a drop, not the season. Every
sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2034, 5, 15)  # a Monday


def rows(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_a_quarter_to_an_hour_is_a_time_of_day_not_three_months() -> None:
    # "a quarter to seven", "quarter past eight", "half past 9 in the evening": a clock time
    assert rows("Talks at Brennor Yards resumed at a quarter to seven on Friday.") == [
        ("a quarter to seven on Friday", "TIME", "2034-05-12T06:45")]
    assert rows("The Ostrel board met at quarter past eight, the chairman said.")[0][1:] == ("TIME", "2034-05-15T08:15")
    assert rows("Doors at the Venlow hall open at half past 9 in the evening.")[0][1:] == ("TIME", "2034-05-15T21:30")
    # the weekday read with the clock names the day the text goes on to tell, as it did alone
    assert rows("At a quarter to seven on Friday morning, Brennor's chief read the statement. At eight o'clock "
                "it went out.")[-1] == ("eight o'clock", "TIME", "2034-05-12T08:00")
    # left alone: a quarter of money or a share before "to" and a figure, a fraction joined to a fraction, a
    # reporting quarter ending in a month
    assert rows("Ostrel shares fell a quarter to 30 cents.") == [("a quarter", "DURATION", "P3M")]
    assert rows("Harl estimated that one-quarter to one-third of the staff agreed.") == [
        ("one-quarter", "DURATION", "P3M")]
    assert [(t, ty) for t, ty, _ in rows("Brennor's sales rose in the quarter to June.")] == [
        ("the quarter", "DATE"), ("June", "DATE")]


def test_fall_as_a_drop_is_not_the_season() -> None:
    # "fall in" and a plural or a noun of an amount; "the fall" opening a clause as the subject of a past verb
    assert rows("After this fall in prices, Dovrane Steel cut jobs.") == []
    assert rows("The fall in Kessly shares was the steepest since 2029.") == [("2029", "DATE", "2029")]
    assert rows("Kessly rallied on Monday. The fall wiped out a year of gains.") == [
        ("Monday", "DATE", "2034-05-15"), ("a year", "DURATION", "P1Y")]
    # left alone: the season with a place, a determiner or a clause after it, and a season before a past verb
    # with "last" or after a preposition
    assert rows("Senator Ulm will campaign this fall in Ohio.") == [("this fall", "DATE", "2034-FA")]
    assert rows("Ulm rose this fall in the polls.") == [("this fall", "DATE", "2034-FA")]
    assert rows("Last fall marked a turn for Dovrane.") == [("Last fall", "DATE", "2033-FA")]
    assert rows("The Dovrane plant closed in the fall.") == [("the fall", "DATE", "2033-FA")]
    assert rows("The fall was busy for the Ulm campaign.") == [("The fall", "DATE", "2033-FA")]
