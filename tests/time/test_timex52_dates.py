"""Round 52 (timex52): values of temporal expressions on unseen text. Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def rows(text: str, dct: date) -> list[tuple[str, str, str]]:
    """(text, value, interval start) of each expression."""
    return [(t.text, t.value, str(t.date_start)) for t in find_timexes(text, dct)]


def value_of(text: str, expression: str, dct: date) -> str:
    """The value of the one expression ``expression`` of ``text``."""
    found = [t.value for t in find_timexes(text, dct) if t.text == expression]
    assert len(found) == 1, found
    return found[0]


# 1. A day without its year that names a scheduled event ("the May 20 annual meeting") is the nearest such day, not
#    one placed by the tense of the sentence.
def test_a_day_naming_a_scheduled_event_is_the_nearest_such_day() -> None:
    april = date(2033, 4, 7)
    text = "Osprey Capital said on Tuesday it had nominated three directors for election at the June 12 annual meeting."
    assert value_of(text, "June 12", april) == "2033-06-12"
    assert value_of("Brantwell said it filed its objections for the 3 July court date.", "the 3 July", april) == \
        "2033-07-03"
    assert value_of("The union missed the Aug. 1 deadline, it said.", "Aug. 1", date(2033, 5, 20)) == "2033-08-01"
    # a past meeting stays past when it is the nearest
    assert value_of("Holders rejected the plan at the Feb. 20 special meeting.", "Feb. 20", april) == "2033-02-20"
    # left alone: a day that names no event keeps the tense of its sentence ("had agreed ... on June 12")
    assert value_of("Osprey said it had agreed the terms on June 12.", "June 12", april) == "2032-06-12"
    assert value_of("Osprey said it had nominated three directors on June 12 at the meeting.", "June 12", april) == \
        "2032-06-12"


# 2. A past participle opening a reduced relative clause dates its own, done event, whatever plan the main clause
#    tells: "to fix problems found in a closed beta test in October".
def test_a_participle_of_a_reduced_relative_clause_tells_a_done_event() -> None:
    november = date(2034, 11, 9)
    text = "Kelvane said the console would now ship next year to fix faults found in an open trial in October."
    assert value_of(text, "October", november) == "2034-10"
    text = "Marrow Bank will refund the fees charged to business clients in September."
    assert value_of(text, "September", november) == "2034-09"
    # left alone: a passive after an auxiliary, a participle of a plan or of a state, no participle at all
    assert value_of("The new engine will be tested in a wind tunnel in October.", "October", november) == "2035-10"
    assert value_of("Kelvane will hold the talks planned in Oslo in October.", "October", november) == "2035-10"
    assert value_of("Kelvane will open shops located in big cities in October.", "October", november) == "2035-10"
    assert value_of("Kelvane will hold the talks in Oslo in October.", "October", november) == "2035-10"


# 3. The weekdays of a story told in a past week named by one of its days ("The week of March 4 ...") are that
#    week's, while the story stays in it.
def test_weekdays_after_a_past_week_named_by_its_day_are_that_weeks() -> None:
    friday = date(2035, 3, 16)
    text = ("The week of March 5 changed everything for Pellworth. The board fired its auditor on Monday; by "
            "Wednesday, two directors had resigned.")
    assert rows(text, friday)[1:] == [("Monday", "2035-03-05", "2035-03-05"), ("Wednesday", "2035-03-07", "2035-03-07")]
    # left alone: a weekday after another period was named, in a later paragraph, or in a clause about the future
    text = "The week of March 5 changed everything. Its shares are down 20% this month and hit a low on Tuesday."
    assert value_of(text, "Tuesday", friday) == "2035-03-13"
    text = "The week of March 5 changed everything.\n\nSpeaking by phone on Tuesday, the chairman was calm."
    assert value_of(text, "Tuesday", friday) == "2035-03-13"
    text = "The week of March 5 changed everything. The board will meet on Monday."
    assert value_of(text, "Monday", friday) == "2035-03-19"
    # and a week still under way places its days by their tense
    assert value_of("The week of March 12 began well. The board met on Monday.", "Monday", friday) == "2035-03-12"


# 4. A count of years "later" or "earlier" is counted from the year, month or day the text stated last, in its
#    sentence or the one before; "<date>, N years after X" dates X.
def test_a_count_of_years_later_is_counted_from_the_date_stated_before_it() -> None:
    today = date(2036, 5, 2)
    text = "Drilling at Corran Ridge began in 2021, and two years later Halvik Metals bought a stake in the mine."
    assert rows(text, today)[1] == ("two years", "P2Y", "2023-01-01")
    text = "Tavira Labs was founded in June 2018. Four years later, it listed in Lisbon."
    assert rows(text, today)[1] == ("Four years", "P4Y", "2022-06-01")
    text = "Tavira listed in 2027, five years after it was founded."
    assert rows(text, today)[1] == ("five years", "P5Y", "2022-01-01")
    # left alone: a bound count, no date in reach, a year of another clause without a comma
    assert rows("Tavira listed in 2027, less than a decade after it was founded.", today)[1][2] == "None"
    assert rows("Tavira was founded in 2018. It grew fast. Four years later, it listed.", today)[1][2] == "None"
    assert rows("The plant opened in 2020 and closed three years before the merger.", today)[1][2] == "None"


# 5. "ahead of" right after a day told in the past places the day before the event, not ahead of the writing.
def test_ahead_of_after_a_day_told_in_the_past_is_no_future_cue() -> None:
    wednesday = date(2037, 4, 15)
    text = "Brisa Foods shares slid 2.4% on Tuesday ahead of the ruling and were flat in early trading on Wednesday."
    assert value_of(text, "Tuesday", wednesday) == "2037-04-14"
    # left alone: a clause about the future keeps its coming day
    assert value_of("The Brisa board will meet on Tuesday ahead of the ruling.", "Tuesday", wednesday) == "2037-04-21"


# 6. A colon before a space ends the clause of a future cue: the clause after it keeps its own past.
def test_a_colon_ends_the_clause_of_a_future_cue() -> None:
    september = date(2038, 9, 20)
    text = "I would ask the board one thing: how many of the warnings reached the chair before July?"
    assert value_of(text, "July", september) == "2038-07"
    # left alone: the clause after the colon with no past of its own
    text = "The plan is simple: Brisa will sell the unit before July."
    assert value_of(text, "July", september) == "2039-07"


# 7. A count "after X" told in the past is not counted from a day still ahead that only the last date stated gives.
def test_a_past_count_is_not_counted_from_a_day_still_ahead() -> None:
    thursday = date(2039, 3, 10)
    text = ("Corvel's chief executive resigned on Thursday. He will stay on as an adviser until June 30. The move "
            "came two days after Harlan Fund, an investor, wrote to the board.")
    assert rows(text, thursday)[-1] == ("two days", "P2D", "None")
    # left alone: a count told about the future, and a past count from a day gone by
    text = "The Corvel talks are set for June 30. Its shares will be listed two days after the talks."
    assert rows(text, thursday)[-1] == ("two days", "P2D", "2039-07-02")
    text = "Corvel cut its forecast on March 1. The move came two days after an investor demanded changes."
    assert rows(text, thursday)[-1] == ("two days", "P2D", "2039-03-03")
