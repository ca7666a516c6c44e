"""Round 37 (timex, time41): date values of market and news prose (a figure's baseline "a week earlier", a day of
power delivery, a day braced for, the month a statistic covers, Asian wire time zones). Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 13)  # a Wednesday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def dated(text: str, which: str, dct: date | None = DCT) -> list[tuple[str, date | None, date | None]]:
    return [(t.value, t.date_start, t.date_end) for t in find_timexes(text, dct) if t.text == which]


def test_a_figures_baseline_a_week_earlier_is_that_same_weekday() -> None:
    # "from $7.20 a week earlier": the figure of the same day one week before, not a week around it
    assert dated("Crack spreads narrowed to $5.10 a barrel on Tuesday from $7.20 a week earlier.", "a week") == [
        ("P1W", date(2041, 3, 5), date(2041, 3, 5))]
    assert dated("Some 6 GW was offline on Monday, against 1.8 GW two weeks earlier.", "two weeks") == [
        ("P2W", date(2041, 2, 25), date(2041, 2, 25))]
    # left alone: a week later in a story (no figure before it) stays a week around that day
    assert dated("The walkout began on Tuesday; a week later, talks resumed.", "a week") == [
        ("P1W", date(2041, 3, 16), date(2041, 3, 22))]


def test_a_weekday_of_power_delivery_is_the_day_after_trading() -> None:
    # day-ahead power is traded the day before it flows: "for Thursday delivery ... on Wednesday"
    assert values("Day-ahead power for Thursday delivery jumped 38% on Wednesday.") == [
        ("Thursday", "2041-03-14"), ("Wednesday", "2041-03-13")]
    assert values("Baseload power for Friday rose 12%.") == [("Friday", "2041-03-15")]
    # told two days later, the trading day the sentence names still fixes it
    assert values("Day-ahead power for Tuesday delivery jumped 38% on Monday.") == [
        ("Tuesday", "2041-03-12"), ("Monday", "2041-03-11")]
    # left alone: a delivery made on a day gone by, and a weekday after "for" that names no delivery
    assert values("The firm made the delivery on Tuesday.") == [("Tuesday", "2041-03-12")]
    assert values("Orvane paid a fee for Tuesday's delay.") == [("Tuesday", "2041-03-12")]


def test_a_day_braced_for_in_a_past_sentence_is_the_next_one() -> None:
    # "braced for Thursday's meeting": the day after the one the sentence tells (Wednesday's close)
    assert values("Stocks closed lower on Wednesday as investors braced for Thursday's central bank meeting.") == [
        ("Wednesday", "2041-03-13"), ("Thursday", "2041-03-14")]
    assert values("Stocks closed lower on Monday as traders awaited Tuesday's jobs data.", date(2041, 3, 15)) == [
        ("Monday", "2041-03-11"), ("Tuesday", "2041-03-12")]
    # left alone: a possessive weekday after a past verb that looks at no later day
    assert values("The court upheld Tuesday's ruling.") == [("Tuesday", "2041-03-12")]


def test_a_month_a_statistic_is_for_has_ended() -> None:
    # "inflation data for February, due next Wednesday": the month the figure covers, not the coming February
    assert values("Inflation data for February, due next Wednesday, is expected to show a rise.") == [
        ("February", "2041-02"), ("next Wednesday", "2041-03-20")]
    assert values("Payrolls for January, due on Friday, are seen rising.")[0] == ("January", "2041-01")
    # left alone: a month more than a quarter ahead of its release is the coming one, and a plan for a month
    assert values("Analysts expect the data for September to show a fall.") == [("September", "2041-09")]
    assert values("The board will meet in May.") == [("May", "2041-05")]


def test_an_asian_wire_time_zone_makes_a_four_digit_clock() -> None:
    # "by 1130 IST" in a Mumbai report: a clock of the day of writing, not the year 1130
    assert values("Refiners lost 4% by 1130 IST.") == [("1130 IST", "2041-03-13T11:30")]
    assert values("The won weakened at 0900 KST.") == [("0900 KST", "2041-03-13T09:00")]
    # left alone: a four-digit figure with no zone after it
    assert values("Refiners lost 1130 rupees.") == []


def test_a_figures_baseline_in_a_sentence_with_no_day_counts_from_the_day_of_writing() -> None:
    # "rose to 3.1% from 2.4% a week earlier": today's figure against last week's, not a week from a day told before
    got = dated("The krona hit a low on 4 March. Overnight yields rose to 3.1% from 2.4% a week earlier.", "a week")
    assert got == [("P1W", date(2041, 3, 6), date(2041, 3, 6))]
    # left alone: a week later in a story is counted from the day told before it
    got = dated("The krona hit a low on 4 March. A week later, the bank raised its rate.", "A week")
    assert got == [("P1W", date(2041, 3, 8), date(2041, 3, 14))]


def test_a_day_set_off_by_commas_takes_the_tense_of_the_clause_before_it() -> None:
    # ", on Sunday evening, and we'll talk ...": the adjunct belongs to "received", not to the future after it
    assert values("They got the results when we did, on Sunday evening, and we'll meet them this week.",
                  date(2041, 3, 12)) == [("Sunday evening", "2041-03-10TEV"), ("this week", "2041-W11")]
    # left alone: a present clause before the comma keeps the day ahead
    assert values("The panel meets as usual, on Thursday, and a vote will follow.", date(2041, 3, 12)) == [
        ("Thursday", "2041-03-14")]


def test_an_extension_to_a_month_reaches_ahead() -> None:
    # "has extended ... credit lines through January" in November: the coming January, not the one gone by
    nov = date(2041, 11, 20)
    assert values("Three banks have extended Pellam up to $40 million in credit lines through January.", nov) == [
        ("January", "2042-01")]
    assert values("The ministry extended the export ban to February.", nov) == [("February", "2042-02")]
    # left alone: a run of moves extended up to a month, and a month with no extension
    assert values("Pellam extended its losing streak to October.", nov) == [("October", "2041-10")]
    assert values("Pellam's sales rose through January.", nov) == [("January", "2041-01")]


def test_a_noun_of_tomorrow_today_or_yesterday_is_an_age() -> None:
    # "the leaders of tomorrow", "the slogans of yesterday": TimeML's vague references, no day
    assert values("Orvane wants to train the leaders of tomorrow.") == [("tomorrow", "FUTURE_REF")]
    assert values("The party offers only the slogans of yesterday.") == [("yesterday", "PAST_REF")]
    assert values("These are the worries of today.") == [("today", "PRESENT_REF")]
    # left alone: "as of today", a part or an event of the day, and a possessive after the word
    assert values("The fee applies as of today.") == [("today", "2041-03-13")]
    assert values("The bids close at the end of today.") == [("today", "2041-03-13")]
    assert values("The minutes of yesterday were approved.") == [("yesterday", "2041-03-12")]


def test_a_forecast_told_in_the_present_looks_ahead() -> None:
    # "The forecasts say the heat breaks on Thursday" on a Monday: the coming Thursday
    mon = date(2041, 3, 18)
    assert values("The forecasts say the cold snap ends on Thursday.", mon) == [("Thursday", "2041-03-21")]
    assert values("Forecasters say the storm reaches the coast on Friday.", mon) == [("Friday", "2041-03-22")]
    # left alone: a forecast told in the past, and a past verb after a present forecast
    assert values("Forecasters said the storm reached the coast on Friday.", mon) == [("Friday", "2041-03-15")]
    assert values("The forecasts say it snowed on Friday.", mon) == [("Friday", "2041-03-15")]


def test_the_week_a_day_ends_is_the_seven_days_up_to_it() -> None:
    # "the week to 9 March", "the week ended March 9": a week's figures up to that day (P1W, as "the year ended" is P1Y)
    for text in ("Sales of heaters in the week to 9 March were up 80%.", "Fund outflows in the week ended March 9 hit a record.",
                 "Claims in the week ending on Saturday fell."):
        got = [(t.text, t.type, t.value, t.date_start, t.date_end) for t in find_timexes(text, DCT)][0]
        assert got[:3] == ("the week", "DURATION", "P1W")
        assert got[4] - got[3] == date(2041, 3, 15) - date(2041, 3, 9)
    assert dated("Sales of heaters in the week to 9 March were up 80%.", "the week") == [
        ("P1W", date(2041, 3, 3), date(2041, 3, 9))]
    # left alone: "the week to 9%" (a figure), "For the week" (the week of the text), "The week ended with a rally"
    assert values("Its loss for the week to 9% was the largest.") == [("the week", "2041-WXX")]
    assert values("For the week, the index lost 2%.") == [("the week", "2041-WXX")]
    assert values("The week ended with a rally.") == []


def test_later_in_the_day_before_a_clause_is_no_day_before() -> None:
    # "later in the day before flying home": "in the day" is a part of the day told, "before" opens a clause
    assert values("She spends three hours in Lodmar, then two hours in Vessa later in the day before flying home.") == [
        ("three hours", "PT3H"), ("two hours", "PT2H")]
    # left alone: "the day before" an event
    assert values("She left Lodmar the day before the vote.") == [("the day before", "2041-03-12")]


def test_a_day_waited_for_with_no_day_told_stays_the_one_gone_by() -> None:
    # the cue told in the past counts only from a day its sentence tells
    assert values("Traders in Lodmar waited for Friday's jobs report.") == [("Friday", "2041-03-08")]
