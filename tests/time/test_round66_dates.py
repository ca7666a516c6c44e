"""Round 66 on dates (timex66): a yearless slash date with its weekday in brackets after it; "the following day"
counted from the day its own sentence states; a day in a relative aside; a noun spelled like a participle; the day a
span starts from, told by a "when" clause or inside a "since" clause; the first day of a day-first pair. Every name and
sentence is invented; each test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Monday 10 March 2031
MON = date(2031, 3, 10)


def values(text: str, dct: date) -> dict[str, str]:
    """Value of every expression of ``text`` by its words (the last one of equal words)."""
    return {t.text: t.value for t in find_timexes(text, dct)}


# 1. A month and day with no year and the weekday after it in brackets ("2/20 (Thursday) - The mill shuts"), as a
#    chronology's lines are written: that day, in the year and order that put it on the weekday; the bracketed
#    weekday is part of the date, not a weekday of its own read from the publication day.
def test_a_slash_date_with_its_weekday_in_brackets() -> None:
    text = ("Key dates\n\n2/20 (Thursday), at dawn - The Lisle mill shuts its kilns.\n\n"
            "2/21 (Friday) - Corvane asks the county for a loan.\n\n3/3 (Mon) - The union votes.")
    got = values(text, MON)
    assert got["2/20 (Thursday)"] == "2031-02-20"
    assert got["2/21 (Friday)"] == "2031-02-21"
    assert got["3/3 (Mon)"] == "2031-03-03"
    assert "Thursday" not in got and "Friday" not in got
    # a day-first date is read so when only that order falls on the weekday (4 March 2031 is a Tuesday)
    assert values("The vote is on 4/3 (Tuesday).", MON)["4/3 (Tuesday)"] == "2031-03-04"
    # left alone: a fraction with no weekday after it
    assert values("Turnout was 3/4 of the roll.", MON) == {}


# 2. "the following day" after a day its own sentence states is the day after it, though a month stands between them
#    as a noun's modifier ("the February jobs report": what the report covers); a relative clause of the month's noun
#    still counts from the month.
def test_the_following_day_after_a_day_of_its_own_sentence() -> None:
    sat = date(2031, 3, 8)
    text = ("Coming up: Orvel holds its vote on Thursday, March 13, and the February rainfall tables come out the "
            "following day.")
    assert values(text, sat)["the following day"] == "2031-03-14"
    # left alone: the day counted in a relative clause of the month's noun, and a month with no day in its sentence
    text = ("Orvel said on March 4 that its systems were down. The outage is worse than the June 2030 failure, "
            "which was followed by a 6% fall in the shares the next day.")
    assert values(text, sat)["the next day"] == "2030-06"
    text = "Orvel said on March 4 that its systems were down, worse than the June 2030 failure, which hit the next day."
    assert values(text, sat)["the next day"] == "2030-06"


# 3. A yearless day inside a relative clause set off by commas takes the tense of that clause, not of the main verb
#    after it (as the main clause's tense was already kept from a day inside the aside's own past).
def test_a_day_inside_a_relative_aside_keeps_the_aside_tense() -> None:
    wed = date(2031, 1, 29)
    text = "The order, which would oblige the port to dredge the channel by June 21, was too costly, its owners said."
    assert values(text, wed)["June 21"] == "2031-06-21"
    # left alone: a past verb inside the aside, and a day outside it
    assert values("The order, which the port received on June 21, was too costly.", wed)["June 21"] == "2030-06-21"
    assert values("The order, which would cost too much, was issued on June 21.", wed)["June 21"] == "2030-06-21"


# 4. A word spelled like a past participle after a determiner is a noun ("another read", "the rebound"), so it opens
#    no participle phrase whose event is done: the future of the clause sets the day.
def test_a_noun_spelled_like_a_participle_opens_no_past_phrase() -> None:
    tue = date(2031, 3, 4)
    text = "Growers will get another read on the harvest on Thursday, when the Lisle board counts the bales."
    assert values(text, tue)["Thursday"] == "2031-03-06"
    # left alone: a participle after a noun ("customers charged by the bank on Monday": done)
    text = "Fees for tenants billed by the council on Monday will be refunded soon."
    assert values(text, tue)["Monday"] == "2031-03-03"


# 5. A day a span starts from, followed by a clause of "when" that tells what happened then ("since Feb. 20, when the
#    mill closed ..."), is the day the text goes on from: "the next day" after it is the day after it.
def test_a_span_start_told_by_a_when_clause_moves_the_story() -> None:
    mon = date(2031, 4, 21)
    text = ("Lisle has lost 400 jobs since Feb. 20, when the Corvane mill closed its gates. "
            "The union marched to the town hall the next day.")
    assert values(text, mon)["the next day"] == "2031-02-21"
    # left alone: a span's start with no clause telling it (the day after is of an undated event)
    text = "Lisle has lost 400 jobs since Feb. 20. The union marched to the town hall the next day."
    assert values(text, mon)["the next day"] == "XXXX-XX-XX"


# 6. The bare first day of a pair or range written day first ("on 12 and 13 May", "from 3 to 5 March") is that day
#    of the second one's month and year, as the bare second day of "August 16 and 17" already was.
def test_the_first_day_of_a_day_first_pair() -> None:
    sep = date(2031, 9, 1)
    got = values("The Lisle fair was held on 12 and 13 May, in the rain.", sep)
    assert got["12"] == "2031-05-12" and got["13 May"] == "2031-05-13"
    assert values("The plant was shut from 3 to 5 March 2030.", sep)["3"] == "2030-03-03"
    # left alone: a number with no preposition of time before it, and a later day first
    assert "16" not in values("Output rose 16 and 17 August was quiet.", sep)
    assert "18" not in values("The fair ran on 18 and 17 August.", sep)


# 7. A day in a clause opened by "since" ("her first remarks since the grocer booked a charge on Thursday") is
#    the start of a span running up to the time of writing, as "since Thursday" is: the text does not go on from it, so
#    a later time of day is the day of writing's.
def test_a_day_in_a_since_clause_does_not_move_the_story() -> None:
    mon = date(2031, 2, 24)
    text = ("Ana Reed spoke on Monday about the harvest. It was her first remark since the grain board cut its "
            "forecast on Thursday. Wheat was 2% lower in late morning trading.")
    assert values(text, mon)["late morning"] == "2031-02-24TMO"
    # left alone: a day told outside such a clause moves the story
    text = "Ana Reed spoke on Monday about the harvest. The grain board cut its forecast on Thursday. " \
           "Wheat was 2% lower in late morning trading."
    assert values(text, mon)["late morning"] == "2031-02-20TMO"


# 8. A weekday joined to "tomorrow" ("closed tomorrow and on Monday") looks ahead with it.
def test_a_weekday_joined_to_tomorrow_is_ahead() -> None:
    thu = date(2031, 4, 10)
    assert values("Markets in Lisle are closed tomorrow and on Monday for Easter.", thu)["Monday"] == "2031-04-14"
    # left alone: a weekday joined to "yesterday"
    assert values("The Lisle pool shut yesterday and on Monday.", thu)["Monday"] == "2031-04-07"
