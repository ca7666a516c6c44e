"""Round 33 (time32): date resolution of constructions seen misread on a dev corpus, each a general construction of
news prose. Invented sentences, fictional companies and people."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def tags(text: str, dct: date) -> list[tuple[str, str, str]]:
    """(text, type, value) of every timex found in ``text``."""
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


# 1. A clock time on a month and day with its year ("at 14:46 local time on March 11, 2011"): the year belongs to the
#    expression; read without it, the day went to the year nearest the publication date.
def test_clock_time_on_a_day_with_its_year() -> None:
    friday = date(2031, 5, 16)
    assert tags("The Brelstad dam failed at 14:46 local time on March 11, 2019, flooding the valley.", friday) == [
        ("14:46 local time on March 11, 2019", "TIME", "2019-03-11T14:46")]
    assert tags("Quarnby's doors opened at 6:30 a.m. on April 2 2024 for the sale.", friday) == [
        ("6:30 a.m. on April 2 2024", "TIME", "2024-04-02T06:30")]
    # without a year the day keeps the publication year's reading
    assert tags("Quarnby's doors opened at 6:30 a.m. on May 12 for the sale.", friday) == [
        ("6:30 a.m. on May 12", "TIME", "2031-05-12T06:30")]


# 2. The order of an all-number date ("9/5/2030") that the text's other slash dates cannot tell: how the text writes
#    its long dates ("22 July" or "July 22"), else the country of its dateline (a small data file of the countries
#    that write month first or year first; every other country writes day first).
def _slash(text: str, dct: date) -> tuple[str, str, str]:
    return next(t for t in tags(text, dct) if "/" in t[0])


def test_slash_date_order_from_long_dates_and_dateline() -> None:
    monday = date(2030, 7, 22)
    deal = "Telvora, which bought the rights from Ondaris on 9/5/2030, lost its stream on Sunday."
    # a dateline of a country that writes day first
    assert _slash("LIMA - " + deal, monday) == ("9/5/2030", "DATE", "2030-05-09")
    assert _slash("SANTIAGO, July 22 (Andes Wire) - " + deal, monday) == ("9/5/2030", "DATE", "2030-05-09")
    # of one that writes month first: a US town, the state after it as the AP writes it (a sentence whose tense
    # allows both days: "bought ... on 9/5/2030" read 5 September would be a deed of the future, which the text's order
    # does not outweigh since round 61)
    dated = "Telvora's rights deal with Ondaris is dated 9/5/2030."
    assert _slash("DENVER - " + dated, monday) == ("9/5/2030", "DATE", "2030-09-05")
    assert _slash("CAMBRIDGE, Mass. (Hillcrest Wire) - " + dated, monday) == ("9/5/2030", "DATE", "2030-09-05")
    assert _slash("DENVER - " + deal, monday) == ("9/5/2030", "DATE", "2030-05-09")
    # the text's long dates come first: "21 July" is written day first, whatever the dateline
    assert _slash("DENVER - " + deal + " The final was on 21 July.", monday) == ("9/5/2030", "DATE", "2030-05-09")
    assert _slash("LIMA - " + dated + " The final was on July 21.", monday) == ("9/5/2030", "DATE", "2030-09-05")
    # no evidence at all: read month first as before, unless its tense rules month first out ("bought ... on
    # 9/5/2030" in an article of 22 July: 5 September has not come yet, so 9 May; round 36, time40)
    assert _slash(dated, monday) == ("9/5/2030", "DATE", "2030-09-05")
    assert _slash(deal, monday) == ("9/5/2030", "DATE", "2030-05-09")
    # a word in capitals that is no place is no dateline
    assert _slash("UPDATE 2 - " + dated, monday) == ("9/5/2030", "DATE", "2030-09-05")


# 3. A 24-hour clock time in a later paragraph than the day the text last told: the wires' time of the session (the
#    day of writing) only in a sentence of the market or a timed statement; an incident told minute by minute stays
#    on the day the text tells.
def test_24_hour_clock_after_a_paragraph_break() -> None:
    tuesday = date(2030, 7, 23)
    incident = ("Quellbridge published its findings on the outage of Sunday, 21 July 2030.\n\n"
                "A change deployed at 21:41 CEST removed the nodes. Engineers undid it at 22:25 CEST.")
    assert [t for t in tags(incident, tuesday) if "CEST" in t[0]] == [
        ("21:41 CEST", "TIME", "2030-07-21T21:41"), ("22:25 CEST", "TIME", "2030-07-21T22:25")]
    # a sentence of the market, and a timed statement: the day of writing
    strike = "Varrow shares sank on Tuesday after a strike that began on Sunday night.\n\n"
    assert tags(strike + "The shares were 5% lower at 1115 GMT.", tuesday)[-1] == ("1115 GMT", "TIME", "2030-07-23T11:15")
    assert tags(strike + "The union said in a statement at 09:40 that talks would resume.", tuesday)[-1] == (
        "09:40", "TIME", "2030-07-23T09:40")


# 4. An anaphoric day ("the following Monday", "the next day", "a week later") in an entry or sentence framed by a year
#    ("2026: ...", "In 2019, ...") that does not hold the day the text last told: a day of that year, not one counted
#    from the last day told (an earlier paragraph's, or the publication date).
def test_anaphoric_day_in_a_year_framed_entry() -> None:
    tuesday = date(2030, 7, 23)
    history = ("Morvale shares fell again on Tuesday, after Monday's slide.\n\nA short history\n"
               "2026: Won the league rights. The deal was signed in Oslo, and the apology came the following Monday.\n"
               "2029: Listed in Lima and, a week later, in New York. The next day it raised prices.\n"
               "2030: Lost the stream on 21 July. The next day the shares fell.\n")
    found = {t.text: t for t in find_timexes(history, tuesday)}
    assert found["the following Monday"].value == "2026"
    assert (found["a week"].date_start, found["a week"].date_end) == (date(2029, 1, 1), date(2029, 12, 31))
    assert [t.value for t in find_timexes(history, tuesday) if t.text == "The next day"] == ["2029", "2030-07-22"]
    # (the entry of the year the last day told is in keeps counting from that day: "2030: ... 21 July. The next day")


# 5. A bare clock time of a main clause after a relative clause set off by commas that states a day ("Telvora, which
#    bought the rights on 9 May, went dark at 13:47"): the relative clause's day dates its own event; the clock time
#    is on the day told before that sentence.
def test_clock_time_after_a_day_in_a_relative_aside() -> None:
    monday = date(2030, 7, 22)
    text = "Shares of Ondaris rose on Monday. The final was on Sunday. Telvora, which listed on 3 May, went dark at 1:47 p.m."
    assert tags(text, monday)[-1] == ("1:47 p.m.", "TIME", "2030-07-21T13:47")
    # a day of the main clause still dates the clock time
    text = "Shares of Ondaris rose on Monday. The final was on Sunday. Telvora listed on 3 May and went dark at 1:47 p.m."
    assert tags(text, monday)[-1] == ("1:47 p.m.", "TIME", "2030-05-03T13:47")


# 6. X of "N days after X" is a day later in the sentence only within X's own phrase: after a comma that ends the phrase
#    ("Retaliating 13 days after the bombings, Corvane forces on Thursday struck ...") the day is the main clause's,
#    not X's; an apposition set off by two commas stays inside the phrase.
def test_later_day_of_another_clause_is_no_x() -> None:
    def span(text: str, dct: date, word: str) -> tuple[date | None, date | None]:
        t = next(t for t in find_timexes(text, dct) if t.text == word)
        return t.date_start, t.date_end

    assert span("Retaliating 13 days after the bombings, Corvane forces on Thursday struck the camps.",
                date(1998, 8, 20), "13 days") == (None, None)
    assert span("The unions chanted three days after the mill closed on March 3.", date(2015, 12, 4), "three days") == (
        date(2015, 3, 6), date(2015, 3, 6))
    assert span("Donors flocked in the days after Jem Bastow, a former mayor, dropped out Feb. 20.", date(2016, 3, 20),
                "days") == (date(2016, 2, 21), date(2016, 3, 4))


# 7. A plan denied ("would not raise the price again") names no coming event: a month in a phrase of "after" and a
#    gerund set off by a comma after it (", after raising it by 18% in October") is the last such month.
def test_month_after_a_denied_plan() -> None:
    may = date(2030, 5, 9)
    assert tags("The minister said the board would not raise the price again, after raising it by 18% in October.",
                may) == [("October", "DATE", "2029-10")]
    # a plan not denied, or "until after", still looks ahead
    assert tags("The minister said the board would raise the price again, after raising it by 18% in October.",
                may) == [("October", "DATE", "2030-10")]
    assert tags("The board will not reopen the mill until after testing it in October.", may) == [
        ("October", "DATE", "2030-10")]


# 8. A weekday's event named as a point of reference ("an aftershock of Monday's tremor", "regardless of Tuesday's
#    results", "since Friday's close") does not move the day the text tells: "the evening" after it is still the day
#    told before.
def test_possessive_day_of_reference_keeps_the_told_day() -> None:
    wednesday = date(2029, 5, 16)
    text = ("A quake struck Tarnby in the small hours of Wednesday. It was not an aftershock of Monday's tremor. "
            "Power was restored by the evening.")
    assert tags(text, wednesday)[-1] == ("the evening", "TIME", "2029-05-16TEV")
    # the day's event as a subject is the day the text goes on to tell
    text = "A quake struck Tarnby in the small hours of Wednesday. Monday's tremor was bigger. Power was back by the evening."
    assert tags(text, wednesday)[-1] == ("the evening", "TIME", "2029-05-14TEV")

