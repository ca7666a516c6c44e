"""Round 54 (timex54): values and spans of temporal expressions, from classes of TempEval-3 errors read again. Every
name and sentence is invented; each test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

MONDAY = date(2031, 11, 3)  # a Monday


def found(text: str, dct: date) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression of ``text``."""
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


# 1. The same months a year back, counted ("the year-earlier nine months", "the year-ago six months"): one duration,
#    as TimeML writes "the nine months" (P9M); not the adjective's year and a second, bare duration.
def test_the_year_earlier_months_are_one_duration() -> None:
    text = "Net for the year-earlier nine months included a gain of $4 million at Pellworth Mills."
    assert found(text, MONDAY) == [("the year-earlier nine months", "DURATION", "P9M")]
    text = "Orvale Foods lost $2 million in the year-ago six months."
    assert found(text, MONDAY) == [("the year-ago six months", "DURATION", "P6M")]
    assert found("Sales were flat in the comparable nine months.", MONDAY) == \
        [("the comparable nine months", "DURATION", "P9M")]
    # left alone: the adjective before another noun, and the year-ago quarter
    assert found("Profit rose from year-earlier levels.", MONDAY) == [("year-earlier", "DATE", "2030")]
    assert found("Net for the year-ago quarter was flat.", MONDAY) == [("the year-ago quarter", "DATE", "2030-Q3")]


# 2. "the first two quarters of 2032" is the first half of that year (TimeML 2032-H1), "the last two quarters of this
#    year" the second; without a year the stretch stays the duration "two quarters".
def test_two_quarters_of_a_year_are_its_half() -> None:
    text = "Brannock Steel expects losses through the first two quarters of 2032."
    assert found(text, MONDAY) == [("the first two quarters of 2032", "DATE", "2032-H1")]
    text = "Orders should recover in the last two quarters of next year."
    assert found(text, MONDAY) == [("the last two quarters of next year", "DATE", "2032-H2")]
    # left alone: no year named, and two quarters named by their numbers
    assert found("Brannock Steel lost money in the first two quarters.", MONDAY) == \
        [("the first two quarters", "DURATION", "P6M")]
    assert found("Orders rose in the third and fourth quarters of 2032.", MONDAY)[-1] == \
        ("fourth quarters of 2032", "DATE", "2032-Q4")


# 3. A sentence opened by its day and told in the future keeps its future over the past verb of a relative clause
#    inside its subject ("On Monday, the group he co-founded will hold a rally"): that verb is the clause's own.
def test_a_relative_clause_in_the_subject_does_not_make_the_day_past() -> None:
    sunday = date(2031, 11, 2)  # a Sunday
    text = "And on Monday, he and other members of the club he co-founded will hold a rally in Dunmore."
    assert found(text, sunday) == [("Monday", "DATE", "2031-11-03")]
    text = "On Friday, the firm that bought the Ashby mill will close it."
    assert found(text, sunday) == [("Friday", "DATE", "2031-11-07")]
    # left alone: a main verb told in the past, and a relative clause followed by the main clause's own past verb
    assert found("On Monday, he said the bank will raise rates.", MONDAY)[0] == ("Monday", "DATE", "2031-11-03")
    assert found("On Friday, the officials I spoke to said the plant will close.", sunday) == \
        [("Friday", "DATE", "2031-10-31")]


# 4. "effective" after a word of degree ("very effective", "tremendously effective", "cost-effective") says how well
#    something works, not when it comes into force: no future cue for a season or a day told in the past.
def test_effective_of_degree_is_no_future_cue() -> None:
    january = date(2032, 1, 14)
    text = "The canvassers were tremendously effective in small towns throughout the spring, said Dara Quill."
    assert found(text, january) == [("the spring", "DATE", "2031-SP")]
    assert found("The old levy was very effective in the summer.", january) == [("the summer", "DATE", "2031-SU")]
    # left alone: "effective" as "in force from"
    assert found("The new levy is effective in the summer.", january) == [("the summer", "DATE", "2032-SU")]
    assert found("The cut will be effective in the spring.", january) == [("the spring", "DATE", "2032-SP")]


# 5. "as soon as" opening a clause told in the past ("as soon as the blast was heard on Tuesday") is a clause of time
#    gone by, not the earliest day of what is to come.
def test_as_soon_as_with_a_past_clause_is_past() -> None:
    wednesday = date(2031, 11, 5)
    text = ("Almost as soon as the storm hit Corran Bay on Tuesday morning, a row about the sea wall in the heart of "
            "the old town was under way in the council.")
    assert found(text, wednesday)[0] == ("Tuesday morning", "TIME", "2031-11-04TMO")
    # left alone: the earliest day of what may come, and a present clause of time under a future
    assert found("The ferry could sail again as soon as Tuesday.", wednesday) == [("Tuesday", "DATE", "2031-11-11")]
    assert found("She will call as soon as the board meets on Tuesday.", wednesday) == \
        [("Tuesday", "DATE", "2031-11-11")]


# 6. "looming" before an event is still to come, as "upcoming" is: "was not hopeful about the looming showdown in July".
def test_a_looming_event_is_ahead() -> None:
    april = date(2032, 4, 17)
    text = "But Ms. Harrow was not hopeful about the looming showdown in July."
    assert found(text, april) == [("July", "DATE", "2032-07")]
    # left alone: a month told in the past without the word
    assert found("But Ms. Harrow was not hopeful about the showdown in July.", april) == [("July", "DATE", "2031-07")]


# 7. A clause after a colon has a tense of its own: a month in a present clause after a colon is the coming one, as
#    after ", and" or ";".
def test_a_clause_after_a_colon_keeps_its_own_tense() -> None:
    june = date(2032, 6, 10)
    text = "She leads the party in a year that already had a kind map: rivals have 24 seats up in November, hers 10."
    assert found(text, june)[-1] == ("November", "DATE", "2032-11")
    # left alone: a clause after the colon told in the past
    assert found("The figures were clear: sales fell in November.", june) == [("November", "DATE", "2031-11")]


# 8. A verb whose past is its bare form ("hit", "cut", "set", "put"), right after a modal, is the modal's infinitive,
#    not a past: "could hit Ferrin airwaves Monday" is the coming Monday.
def test_a_bare_verb_after_a_modal_is_no_past() -> None:
    saturday = date(2032, 3, 13)
    text = "The spot, which is airing on cable and could hit Ferrin airwaves Monday, opens with a montage."
    assert found(text, saturday)[-1] == ("Monday", "DATE", "2032-03-15")
    assert found("The storm could hit the Vell coast on Monday.", saturday) == [("Monday", "DATE", "2032-03-15")]
    # left alone: a perfect after the modal, and a past verb of its own later in the clause
    assert found("The bank could have cut rates on Monday.", saturday) == [("Monday", "DATE", "2032-03-08")]


# 9. "on pace to", "poised to", "in a (strong) position to" look ahead, as "on track to" does.
def test_on_pace_and_poised_look_ahead() -> None:
    wednesday = date(2032, 1, 28)
    text = "Ms. Orrin is currently on pace to finish the tour on Monday afternoon, hours before the vote."
    assert found(text, wednesday)[1] == ("Monday afternoon", "TIME", "2032-02-02TAF")
    text = "He is also in a strong position to win a few more contests on Saturday."
    assert found(text, wednesday) == [("Saturday", "DATE", "2032-01-31")]
    assert found("Brellin is poised to report results on Tuesday.", wednesday) == [("Tuesday", "DATE", "2032-02-03")]
    # left alone: the same words told in the past, then a past verb
    assert found("He was poised to win on Tuesday but lost.", wednesday) == [("Tuesday", "DATE", "2032-01-27")]


# 10. A request or invitation told in the present perfect ("has invited Ms. Lee to meet ... on Thursday morning"): the
#     day closing the infinitive is the coming one (a present perfect takes no day gone by of its own).
def test_a_day_asked_for_in_the_present_perfect_is_ahead() -> None:
    friday = date(2032, 5, 7)
    text = "Speaker Vance has invited Ms. Lee to meet the party's leaders in Ostra on Thursday morning to begin talks."
    assert found(text, friday) == [("Thursday morning", "TIME", "2032-05-13TMO")]
    assert found("The board has asked Ms. Rell to testify on Thursday.", friday) == [("Thursday", "DATE", "2032-05-13")]
    # left alone: the request told in the past, a past verb between, and a day gone by named as a noun's
    assert found("The board asked Ms. Rell to testify on Thursday.", friday) == [("Thursday", "DATE", "2032-05-06")]
    assert found("The board has asked Ms. Rell, who resigned on Thursday, to testify.", friday) == \
        [("Thursday", "DATE", "2032-05-06")]
    text = "The regulator has ordered Pell Exchange to commission a review of last Tuesday's outage."
    assert found(text, friday) == [("last Tuesday", "DATE", "2032-05-04")]


# 11. An ordinal weekday of a month ("the last Friday in August", "the first Monday of October 2031") is that day,
#     one expression; the month placed as it would be alone. The story goes on from that day.
def test_an_ordinal_weekday_of_a_month_is_that_day() -> None:
    january = date(2032, 1, 20)
    text = "On the last Friday in August, the board of Ressel Tools convened. Early the next day, the chief walked the halls."
    assert found(text, january) == [("the last Friday in August", "DATE", "2031-08-29"),
                                    ("the next day", "DATE", "2031-08-30")]
    assert found("Labor Day falls on the first Monday in September.", january)[-1] == \
        ("the first Monday in September", "DATE", "2032-09-06")
    assert found("It happened on the second Tuesday of March 2029.", january) == \
        [("the second Tuesday of March 2029", "DATE", "2029-03-13")]
    # left alone: no such fifth day, and a weekday with a month that is not its frame
    assert [t for t, _, _ in found("The fifth Monday in February 2031 never came.", january)] == ["Monday", "February 2031"]


# 12. A day opening a clause after a semicolon, then a present of a schedule ("; on Saturday, Kell, Varro and Dune hold
#     caucuses"), is the coming one, as at a sentence's start; a subject listing names keeps the clause whole.
def test_a_scheduled_present_after_a_semicolon_and_a_list_of_names() -> None:
    monday = date(2032, 3, 22)
    text = "On Tuesday, members vote in Ostra and Pell; on Saturday, Kell, Varro and Dune hold caucuses with 142 delegates."
    assert found(text, monday) == [("Tuesday", "DATE", "2032-03-23"), ("Saturday", "DATE", "2032-03-27")]
    assert found("On Saturday, Kell, Varro and Dune hold caucuses.", monday) == [("Saturday", "DATE", "2032-03-27")]
    # left alone: the same told in the past
    assert found("On Saturday, Kell, Varro and Dune held caucuses.", monday) == [("Saturday", "DATE", "2032-03-20")]
    assert found("Shares fell; on Saturday, the company held a meeting.", monday) == [("Saturday", "DATE", "2032-03-20")]


# 13. A participle completing the object of "make", "keep" or "get" ("make their voice known on Tuesday") is no past
#     verb right before the day.
def test_a_participle_completing_an_object_is_no_past() -> None:
    thursday = date(2032, 3, 11)
    text = "Voters in Ostra will have a chance to make their voice known on Tuesday."
    assert found(text, thursday) == [("Tuesday", "DATE", "2032-03-16")]
    # left alone: the verb itself in the past
    assert found("Voters in Ostra made their voice known on Tuesday.", thursday) == [("Tuesday", "DATE", "2032-03-09")]
    assert found("The firm kept investors informed on Tuesday.", thursday) == [("Tuesday", "DATE", "2032-03-09")]


# 14. A number after the words of a poll that would be a year still to come counts the people asked ("a poll of 2047
#     registered voters"); a past year there may name a class and stays.
def test_a_poll_count_is_no_year_ahead() -> None:
    december = date(2031, 12, 10)
    assert found("The Ostra Herald poll of 2047 registered voters was released Wednesday.", december) == \
        [("Wednesday", "DATE", "2031-12-10")]
    assert found("Pollsters surveyed about 2044 adults.", december) == []
    # left alone: a past year, and the coming year's voters
    assert found("A survey of 1998 graduates was released.", december) == [("1998", "DATE", "1998")]
    assert found("The poll of 2032 voters is in.", december) == [("2032", "DATE", "2032")]
