"""Round 67 on dates (timex67): "next <weekday>" written the day before it; a yearless day in a relative clause told
in the past, or in an aside set off by dashes, before a main clause's future cue; a day a "since" span starts from
under a future main clause; a leader's departure told in the present. Every name and sentence is invented; each test
fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Tuesday 11 March 2031
TUE = date(2031, 3, 11)
# Sunday 4 May 2031
SUN = date(2031, 5, 4)


def values(text: str, dct: date) -> dict[str, str]:
    """Value of every expression of ``text`` by its words (the last one of equal words)."""
    return {t.text: t.value for t in find_timexes(text, dct)}


# 1. "next Wednesday" written on a Tuesday is the Wednesday of the week after (tomorrow would be "tomorrow" or "on
#    Wednesday"), the converse of "last Thursday" written on a Friday; two days ahead or more stays the nearest.
def test_next_weekday_written_the_day_before() -> None:
    assert values("Orvel reports its annual results next Wednesday.", TUE)["next Wednesday"] == "2031-03-19"
    assert values("Orvel reports its annual results next Thursday.", TUE)["next Thursday"] == "2031-03-13"
    assert values("Orvel reports its annual results on Wednesday.", TUE)["Wednesday"] == "2031-03-12"


# 2. A yearless day inside a relative clause told in the past ("who were turned away ... on Feb. 28") keeps that
#    clause's tense, though the main clause's "would" follows the date with no comma between; a relative clause in the
#    present stays ahead.
def test_a_day_in_a_relative_clause_told_in_the_past() -> None:
    text = "The hope was that the growers who were turned away from the depot on Feb. 28 would come back."
    assert values(text, SUN)["Feb. 28"] == "2031-02-28"
    assert values("The notes that mature on June 1 will be repaid in cash.", SUN)["June 1"] == "2031-06-01"


# 3. An aside set off by dashes holds its own tense: the day of a deed told in it is gone by, whatever the main
#    clause's "must" after it.
def test_a_day_in_an_aside_between_dashes() -> None:
    text = ("The payouts - made possible when the ministry invoked an emergency clause on March 12 - must be "
            "recovered from the mills.")
    assert values(text, SUN)["March 12"] == "2031-03-12"
    assert values("The payouts must be recovered from the mills by March 12.", SUN)["March 12"] == "2032-03-12"


# 4. A day that a "since" phrase starts from, under a main clause's future ("will become the third mill to close since
#    the Lisle works on March 10"), is gone by.
def test_a_day_a_since_span_starts_from_under_a_future() -> None:
    text = "Corvane will become the third mill to close since the Lisle works on March 10 and Orvel two days later."
    assert values(text, SUN)["March 10"] == "2031-03-10"
    assert values("Corvane will close the Lisle works on March 10.", SUN)["March 10"] == "2032-03-10"


# 5. A leader's departure told in the present ("leaves on Friday", "steps down on Friday") is a date already fixed,
#    the coming one, as "leaves for Asia on Sunday" already was; the past tense stays the day gone by.
def test_a_departure_told_in_the_present() -> None:
    assert values("Ana Reed, the chief executive, leaves on Friday.", SUN)["Friday"] == "2031-05-09"
    assert values("The board chair steps down on Friday.", SUN)["Friday"] == "2031-05-09"
    assert values("Ana Reed, the chief executive, left on Friday.", SUN)["Friday"] == "2031-05-02"


# 6. A past spelled like its base right after "he", "she" or "it" ("even as it beat estimates on Thursday") is past:
#    its present would end in "-s"; after a verb taking a bare infinitive ("will let it cut") it is no past.
def test_a_bare_past_after_a_singular_pronoun() -> None:
    # Friday 30 May 2031
    fri = date(2031, 5, 30)
    text = ("Orvel fell 3% after warning that sales would slow in the current quarter, even as it beat profit "
            "estimates on Thursday.")
    assert values(text, fri)["Thursday"] == "2031-05-29"
    assert values("The board will let it cut prices on Monday.", fri)["Monday"] == "2031-06-02"


# 7. A plan's participle before "as early as" / "as soon as" ("with a final vote expected as early as Tuesday") puts
#    the day ahead, however long the noun phrase before it; the sentence's past verb does not reach it.
def test_a_plan_expected_as_early_as_a_day() -> None:
    # Monday 12 May 2031
    mon = date(2031, 5, 12)
    text = ("In Lisle, the council moved closer to passing a $1 billion harbour dredging budget, with a final vote "
            "expected as early as Tuesday.")
    assert values(text, mon)["Tuesday"] == "2031-05-13"
    assert values("The council passed the budget as early as Tuesday.", mon)["Tuesday"] == "2031-05-06"


# 8. "follows" before a day's possessive ("The filing follows Friday's approval") names an event before the one told,
#    not the next day of a series ("Corran follows on Wednesday", which stays after the day just told).
def test_follows_a_days_possessive() -> None:
    text = ("LISLE, May 12 - Orvel on Monday filed to sell new shares.\n\n"
            "The filing follows Friday's approval of the plan by the county court.")
    assert values(text, date(2031, 5, 12))["Friday"] == "2031-05-09"
    text = "Halvard reports before Monday's open on May 12; Corran follows on Wednesday."
    assert values(text, date(2031, 5, 9))["Wednesday"] == "2031-05-14"


# 9. A role's complement then "from" before a yearless day ("named Ana Reed as its new chief executive from Jan. 1")
#    gives the day the role starts: the nearest such day on either side of the naming, not the one gone by that
#    "from" alone would give; an amount's "from" stays a day gone by.
def test_a_role_from_a_day() -> None:
    sat = date(2031, 11, 8)
    text = "Orvel on Saturday named Ana Reed, the head of a rival mill, as its new chief executive from Jan. 1."
    assert values(text, sat)["Jan. 1"] == "2032-01-01"
    assert values("Prices rose as much as 5% from Jan. 1.", sat)["Jan. 1"] == "2031-01-01"


# 10. The paragraph right under a heading of what is ahead ("NEXT WEEK", "THE WEEK AHEAD") tells coming days, though
#     its line ends with a stop (a list's items were read so already); a day on a calendar or an agenda ("On the
#     calendar for Tuesday:") is scheduled, ahead, unless its clause is told in the past.
def test_a_section_and_a_calendar_of_coming_days() -> None:
    sat = date(2031, 11, 8)
    text = ("Friday was the chief executive's last day.\n\nNEXT WEEK\nQuiet for Orvel. Watch the county jobs survey "
            "on Tuesday and any comment from the new chair.")
    assert values(text, sat)["Tuesday"] == "2031-11-11"
    text = "Friday was the chief executive's last day.\n\nQuiet for Orvel. The county jobs survey came out on Tuesday."
    assert values(text, sat)["Tuesday"] == "2031-11-04"
    mon = date(2031, 11, 10)
    assert values("On the calendar for Tuesday: county job openings and results from Orvel.", mon)["Tuesday"] \
        == "2031-11-11"
    assert values("The agenda for Tuesday was dominated by the budget.", mon)["Tuesday"] == "2031-11-04"


# 11. A dated heading and a clock time after a blank line are two expressions (a chronology's day, then its first
#     entry; a live page's day, then its first stamp): the clock times of the entries below are on that day, not on a
#     day named earlier in the text; on one line, or wrapped onto the next, the two stay one.
def test_a_dated_heading_then_a_clock_time_after_a_blank_line() -> None:
    text = ("How the recall unfolded\n\nMarch 4, 2029 - The carmaker opens a new plant.\n\n"
            "Thursday, October 1, 2030\n\n7:04 a.m. - A supplier warns.\n\n8:54 a.m. - The carmaker stops the line.")
    got = values(text, date(2030, 10, 20))
    assert got["Thursday, October 1, 2030"] == "2030-10-01"
    assert got["7:04 a.m."] == "2030-10-01T07:04"
    assert got["8:54 a.m."] == "2030-10-01T08:54"
    got = values("The vote is on Thursday, October 1, 2030 at 9 a.m. in Lisle.", date(2030, 9, 20))
    assert got["Thursday, October 1, 2030 at 9 a.m."] == "2030-10-01T09:00"


# 12. A month and day then "of that year" ("had lost half its value by Sept. 4 of that year") is one expression: the
#     day of the year the text last stated, as "October of that year" already was for a month.
def test_a_day_of_that_year() -> None:
    text = ("Orvel ended its first session on May 18, 2012, up just 0.6%, and had lost half its value by Sept. 4 of "
            "that year.")
    got = values(text, date(2031, 7, 30))
    assert got["Sept. 4 of that year"] == "2012-09-04"
    assert "that year" not in got
    got = values("The mill opened in 2015. It closed on March 3 of the following year.", date(2031, 7, 30))
    assert got["March 3 of the following year"] == "2016-03-03"


# 13. "the first trading day after last Friday's filing": a market's (or a business) day after an event, not "the day
#     after" the weekday; "last Friday" is tagged alone, and "the day after Friday's meeting" stays one expression.
def test_a_trading_day_after_a_weekday() -> None:
    wed = date(2031, 5, 28)
    got = values("Orvel sold its stake on Tuesday, the first trading day after last Friday's filing.", wed)
    assert got["last Friday"] == "2031-05-23"
    assert not any("day after" in k for k in got)
    assert values("The vote is the day after Friday's meeting.", wed)["the day after Friday"] == "2031-05-31"


# 14. "on the Monday" in a story told of days well before the week of writing is one of the story's days: the first
#     such after the day it last told; "on Monday" alone, and a weekday as a noun's modifier ("the Friday attacks"),
#     stay read from the day of writing.
def test_on_the_weekday_in_a_story_told_of_earlier_days() -> None:
    fri = date(2031, 1, 31)
    text = ("On January 18, Orvel disclosed that it had turned down three offers. Corvane confirmed its interest "
            "within hours and, on the Monday morning, tried to sell the deal to its own shareholders.")
    assert values(text, fri)["Monday morning"] == "2031-01-20TMO"
    text = "On January 18, Orvel disclosed that it had turned down three offers. On Monday, Corvane gave up."
    assert values(text, fri)["Monday"] == "2031-01-27"
    text = "On January 18, Orvel turned down three offers. As the shock of the Friday attacks wore off, it rallied."
    assert values(text, fri)["Friday"] == "2031-01-31"
