"""Round 55 (timex55): the resolver's dates on the cases of the newly opened corpora. Every name and sentence is
invented; each test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def found(text: str, dct: date) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression of ``text``."""
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


# 1. A month without a year joined to a month with one right after it shares that year: "in January and July 2032".
def test_a_month_shares_the_year_written_after_the_next_month() -> None:
    september = date(2031, 9, 4)
    assert found("The accord restores the wage cuts in two stages, in January and July 2032.", september) == \
        [("January", "DATE", "2032-01"), ("July 2032", "DATE", "2032-07")]
    assert found("Sales at Brindle Foods fell in January and July 2029.", september) == \
        [("January", "DATE", "2029-01"), ("July 2029", "DATE", "2029-07")]
    # the first month before the second: "from December to March 2032" opens in December 2031
    assert found("Output rose from December to March 2032.", september)[0] == ("December", "DATE", "2031-12")
    # left alone: a month with no month and year after it
    assert found("Sales at Brindle Foods fell in January.", september) == [("January", "DATE", "2031-01")]


# 2. A range of two months named without a year ends where the second month alone lands: "would examine the
#    procedures between January and March", written in March, is this year's January to March, not next year's.
def test_a_range_of_two_yearless_months_ends_where_the_second_lands() -> None:
    march = date(2031, 3, 14)
    text = "The regulator said the review would examine the plant's procedures between January and March."
    assert found(text, march) == [("January", "DATE", "2031-01"), ("March", "DATE", "2031-03")]
    # left alone: a range ahead stays ahead, a range told in the past stays past
    may = date(2031, 5, 14)
    assert found("The ban will run from November to February.", may) == \
        [("November", "DATE", "2031-11"), ("February", "DATE", "2032-02")]
    assert found("Sales fell between November and February.", may) == \
        [("November", "DATE", "2030-11"), ("February", "DATE", "2031-02")]


# 3. A month after "this year, after ... in" is of this year, whatever the tense around it.
def test_a_month_of_an_event_counted_this_year_is_of_this_year() -> None:
    november = date(2031, 11, 21)
    text = "The company said the increase, its second this year after a 5% rise in March, would apply to all bars."
    assert found(text, november) == [("this year", "DATE", "2031"), ("March", "DATE", "2031-03")]
    # left alone: with no "this year" before it, a month of a clause about the future is the coming one
    assert found("The company said a rise would apply from March.", november) == [("March", "DATE", "2032-03")]


# 4. A stock's level "at the end of" a month was read off the books: the month gone by, though "would" follows.
def test_a_level_at_a_months_end_is_the_one_gone_by() -> None:
    may = date(2031, 5, 13)
    text = "She said the miner's cash balance of $96 million at the end of March would not last the year."
    assert found(text, may)[0] == ("the end of March", "DATE", "2031-03")
    # left alone: a level that is expected, and a month-end with no level before it
    assert found("The miner expects a cash balance of $96 million at the end of March.", may) == \
        [("the end of March", "DATE", "2032-03")]
    assert found("She said the mine would reopen at the end of March.", may) == [("the end of March", "DATE", "2032-03")]


# 5. The end of a stretch after "through" / "until" lies after the day the sentence opens it on.
def test_a_stretch_through_a_yearless_day_ends_after_the_day_it_opens() -> None:
    october = date(2031, 10, 22)
    assert found("Quill: We got extensions from the banks on Monday through March 31.", october) == \
        [("Monday", "DATE", "2031-10-20"), ("March 31", "DATE", "2032-03-31")]
    # left alone: a day after "since", and a "through" day with no day before it in the sentence
    assert found("The index rose on Monday and has fallen since March 31.", october)[1] == \
        ("March 31", "DATE", "2031-03-31")
    assert found("The offer ran through March 31.", october) == [("March 31", "DATE", "2031-03-31")]
    # nor a wait "until" a day with another day earlier in the sentence, not right before it
    text = "On Monday, the paper reported that Orrin Metals waited until Tuesday, Oct. 8, to file a notice."
    assert ("Tuesday, Oct. 8", "DATE", "2041-10-08") in found(text, date(2041, 10, 16))


# 6. What runs "since" a weekday runs from a day gone by: a request's infinitive later in the sentence does not move
#    it a week ahead.
def test_since_a_weekday_is_not_moved_ahead_by_a_request() -> None:
    thursday = date(2031, 10, 9)
    text = ("Ministers summoned Corvel Air to talks on Friday after ground crews voted to join a strike that has "
            "grounded the carrier since Tuesday.")
    assert found(text, thursday) == [("Friday", "DATE", "2031-10-10"), ("Tuesday", "DATE", "2031-10-07")]
    # left alone: a day in the infinitive itself still moves ahead of the asking
    text = "Ministers on Tuesday asked Corvel Air to restore flights on Monday."
    assert found(text, thursday) == [("Tuesday", "DATE", "2031-10-07"), ("Monday", "DATE", "2031-10-13")]


# 7. A thing expected for a weekday, told in the past: the nearest such day ("said it expected a similar number on
#    Friday", written on a Thursday, is the next day).
def test_a_thing_expected_on_a_weekday_is_the_nearest() -> None:
    thursday = date(2031, 10, 9)
    text = "The airline cancelled 205 flights on Thursday and said it expected a similar number on Friday."
    assert found(text, thursday) == [("Thursday", "DATE", "2031-10-09"), ("Friday", "DATE", "2031-10-10")]
    # left alone: with no thing expected, a day of a past clause is the one gone by
    assert found("The airline said it cancelled a similar number on Friday.", thursday) == \
        [("Friday", "DATE", "2031-10-03")]


# 8. A forecast "from" a weekday opens ahead: "The weather office forecasts some relief from Thursday".
def test_a_forecast_from_a_weekday_opens_ahead() -> None:
    monday = date(2031, 7, 28)
    text = "The weather office forecasts some relief from Thursday, with storms expected over the hills."
    assert found(text, monday) == [("Thursday", "DATE", "2031-07-31")]
    # left alone: shares "from" a weekday with no forecast, and a forecast from a month (which may look back)
    assert found("Shares of Palk Ltd have risen 8% from Thursday.", monday) == [("Thursday", "DATE", "2031-07-24")]


# 9. A weekday after a participle of onset ("a walkout starting on Saturday"): the nearest such day.
def test_a_weekday_a_thing_starts_on_is_the_nearest() -> None:
    thursday = date(2031, 10, 9)
    text = "Members backed a sympathy walkout starting on Saturday, the union said."
    assert found(text, thursday) == [("Saturday", "DATE", "2031-10-11")]
    # left alone: a done deed on the day
    assert found("Members staged a walkout on Saturday, the union said.", thursday) == [("Saturday", "DATE", "2031-10-04")]


# 10. A plan's participle modifying a noun in the object of a pluperfect ("had operated 492 of the flights scheduled
#     from Saturday to Monday") was a plan of the past: the nearest such days, not the coming ones.
def test_a_plans_participle_in_a_pluperfects_object_is_the_nearest() -> None:
    tuesday = date(2031, 9, 2)
    text = ("Corvel said it had operated 492 of the 1,104 flights scheduled from Saturday to Monday and that it "
            "expected to rebook about 98,000 passengers.")
    assert found(text, tuesday)[:2] == [("Saturday", "DATE", "2031-08-30"), ("Monday", "DATE", "2031-09-01")]
    # left alone: a plan with its auxiliary ("are scheduled") looks ahead
    assert found("Corvel said 1,104 flights are scheduled from Saturday.", tuesday) == \
        [("Saturday", "DATE", "2031-09-06")]


# 11. "the following <weekday>" counted past the day of writing, in a sentence told in the past: the last such day.
def test_the_following_weekday_told_as_gone_by_is_no_later_than_the_day_of_writing() -> None:
    friday = date(2031, 11, 21)
    text = ("It took one filing earlier this month to knock a fifth off the value of Tesk Tools. By the following "
            "Monday, after one of two licences came through, much of that had been clawed back.")
    assert found(text, friday)[1] == ("the following Monday", "DATE", "2031-11-17")
    # left alone: a following day of a sentence about the future
    assert found("Tesk warned on Thursday. The following Monday it will report.", friday)[1] == \
        ("The following Monday", "DATE", "2031-11-24")


# 12. A year written right before "year-end" ("at the 2029 year-end") is the end of that year, not of the year of writing.
def test_a_year_end_after_its_year_is_that_years_end() -> None:
    october = date(2031, 10, 18)
    text = "Its assumptions had been reviewed by the auditor at the 2029 year-end."
    assert found(text, october) == [("2029", "DATE", "2029"), ("year-end", "DATE", "2029-12-31")]
    # left alone: "year-end" alone, and an amount before it
    assert found("Stocks at year-end were high.", october) == [("year-end", "DATE", "2031-12-31")]


# 13. A request's participle ("a statement calling both unions to a meeting on Friday morning") sends its day ahead,
#     as the past "summoned ... to" does.
def test_a_requests_participle_sends_its_day_ahead() -> None:
    thursday = date(2031, 10, 9)
    text = "The ministry has just put out a statement calling Quist's management and both unions to a meeting on Friday."
    assert found(text, thursday) == [("Friday", "DATE", "2031-10-10")]
    # left alone: a participle of no request
    assert found("The ministry put out a statement praising both unions on Friday.", thursday) == \
        [("Friday", "DATE", "2031-10-03")]
