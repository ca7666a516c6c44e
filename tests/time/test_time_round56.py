"""Round 56 (timex56): the resolver's dates on the cases of the newly opened corpora. Every name and sentence is
invented; each test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def found(text: str, dct: date) -> list[tuple[str, str]]:
    """(text, value) of every expression of ``text``."""
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A day written with dashes and a four-digit year is read as the slash dates are: "27-10-2031" day first.
def test_a_day_written_with_dashes() -> None:
    october = date(2031, 10, 20)
    assert found("The guild will hold a meeting for members on 27-10-2031, the day after Brask's results.", october)[0] == \
        ("27-10-2031", "2031-10-27")
    assert found("In a letter dated 18-10-2031, the buyer asked suppliers to wait.", october) == [("18-10-2031", "2031-10-18")]
    assert found("In a filing dated 10-27-2031, the buyer asked suppliers to wait.", october) == [("10-27-2031", "2031-10-27")]
    # left alone: no year, a product code, a score
    assert found("The team won 12-10 on Sunday.", october) == [("Sunday", "2031-10-19")]
    assert found("The part AB-12-10-2031X failed.", october) == []


# 2. A weekday with its day of the month after it, "on Friday the 8th", is that day (the nearest month where the 8th
#    is a Friday), not the Friday nearest the day of writing.
def test_a_weekday_with_its_day_of_the_month() -> None:
    monday = date(2031, 9, 22)  # Friday the 12th is 2031-09-12
    assert found("On the evening of Friday the 12th, a sample from the line came back positive.", monday) == \
        [("Friday the 12th", "2031-09-12")]
    assert found("The recall came on Monday the 15th.", monday) == [("Monday the 15th", "2031-09-15")]
    # left alone: a weekday alone
    assert found("On Friday, a sample from the line came back positive.", monday) == [("Friday", "2031-09-19")]


# 3. A wait told in the past ("it took until Thursday", "why did it take until Thursday?") ended on the day gone by.
def test_a_wait_told_in_the_past_until_a_weekday() -> None:
    monday = date(2031, 9, 22)
    assert found("Why did it take until Thursday to find the leak?", monday) == [("Thursday", "2031-09-18")]
    assert found("It took until Thursday to find the leak.", monday) == [("Thursday", "2031-09-18")]
    # left alone: a wait still ahead
    assert found("It will take until Thursday to find the leak.", monday) == [("Thursday", "2031-09-25")]


# 4. A share's last close on a weekday was made already, whatever the sentence says of the deal.
def test_a_last_close_on_a_weekday_is_gone_by() -> None:
    friday = date(2031, 5, 16)
    text = ("Holders will receive $1.46 a share, a premium of 21% to Tarnby's last close of $1.21 on Wednesday, the "
            "companies said.")
    assert found(text, friday) == [("Wednesday", "2031-05-14")]
    # left alone: a payment on a weekday in the same kind of sentence looks ahead
    assert found("Holders will receive $1.46 a share on Wednesday, the companies said.", friday) == \
        [("Wednesday", "2031-05-21")]


# 5. A day in an "after" clause of a past main clause is not moved past the main clause's day by an infinitive:
#    "rose on Monday after the two agreed to merge on Friday" (the agreement came first).
def test_an_infinitive_in_an_after_clause_keeps_its_day_before() -> None:
    monday = date(2031, 5, 19)
    text = "Shares edged higher on Monday as trading resumed in Tarnby after the two agreed to merge on Friday."
    assert found(text, monday) == [("Monday", "2031-05-19"), ("Friday", "2031-05-16")]
    # left alone: a request's infinitive still sends its day after the asking
    assert found("The grid operator on Monday asked shops to dim their signs on Friday.", monday) == \
        [("Monday", "2031-05-19"), ("Friday", "2031-05-23")]


# 6. A day fixed in the past for an event ("a hearing was set for Tuesday") is the nearest such day; "is set for" and
#    "has been set for" look ahead.
def test_a_day_set_for_an_event() -> None:
    monday = date(2031, 3, 3)
    assert found("A hearing was set for Tuesday.", monday) == [("Tuesday", "2031-03-04")]
    assert found("A hearing was set for Friday.", monday) == [("Friday", "2031-02-28")]
    # left alone: the present and the present perfect look ahead
    assert found("A hearing is set for Friday.", monday) == [("Friday", "2031-03-07")]
    assert found("A hearing has been set for Friday.", monday) == [("Friday", "2031-03-07")]


# 7. A fixed end in a relative clause in the present ("licences that expire in November") is still ahead, whatever
#    the main clause's tense.
def test_a_fixed_end_in_the_present_is_ahead() -> None:
    march = date(2031, 3, 13)
    text = "Most of the money came from carriers buying back airwaves under licences that expire in November."
    assert found(text, march) == [("November", "2031-11")]
    assert found("The fund bought bonds which mature in June.", march) == [("June", "2031-06")]
    # left alone: an end told in the past
    assert found("Most of the money came from licences that expired in November.", march) == [("November", "2030-11")]


# 8. A year written before a holiday after "the" is that holiday's year: "since the 2030 Labor Day fires".
def test_a_year_before_a_holiday() -> None:
    september = date(2035, 9, 4)
    assert found("Juries have awarded large damages since the 2030 Labor Day fires.", september) == \
        [("2030 Labor Day", "2030-09-02")]
    # left alone: a holiday with no year, and a year after it
    assert found("Juries have awarded large damages since the Labor Day fires.", september) == [("Labor Day", "2035-09-03")]
    assert found("Sales rose at Christmas 2030.", september) == [("Christmas 2030", "2030-12-25")]


# 9. "the new year" (lower case) is the year about to begin, told in the autumn; early in a year, the year it is.
def test_the_new_year() -> None:
    november = date(2031, 11, 18)
    assert found("The ministry says it will respond in the new year.", november) == [("the new year", "2032")]
    assert found("Sales have risen since the new year.", date(2032, 1, 20)) == [("the new year", "2032")]
    # left alone: the holiday's name and a resolution
    assert found("Families gathered for the New Year holiday.", november) == []
    assert found("They broke a new year resolution.", november) == []


# 10. The months of a report joined by a dash ("its July-September results") end in the last such month gone by, when
#     it ended within a quarter of the day of writing, whatever the tense of the release.
def test_a_reports_months_joined_by_a_dash() -> None:
    october = date(2031, 10, 15)
    text = "The company said it would postpone the release of its July-September quarter results."
    assert found(text, october) == [("July", "2031-07"), ("September", "2031-09")]
    # left alone: a report of months still to come
    assert found("Keel will publish January-March sales in late April.", date(2031, 1, 20))[:2] == \
        [("January", "2031-01"), ("March", "2031-03")]


# 11. "the first half hour" of trading is no half of the year.
def test_the_first_half_hour_is_no_half_year() -> None:
    may = date(2031, 5, 17)
    assert found("Tarnby jumped as much as 8.4% in the first half hour.", may) == []
    # left alone: the first half of the year
    assert found("Tarnby's sales rose in the first half.", may) == [("the first half", "2031-H1")]


# 12. "the weekend" after a day told in its sentence, with "after" or a pluperfect between, is the weekend before that
#     day.
def test_the_weekend_before_a_day_told() -> None:
    monday = date(2031, 9, 22)
    text = "The formal announcement came on Monday the 15th, after we had informed the regulator over the weekend."
    assert found(text, monday) == [("Monday the 15th", "2031-09-15"), ("the weekend", "2031-W37-WE")]
    # left alone: a weekend after the day told
    assert found("Shares fell on Monday the 15th and recovered over the weekend.", monday)[1] == \
        ("the weekend", "2031-W38-WE")


# 13. A request told in the past for a meeting on a weekday: the nearest such day.
def test_a_meeting_asked_for_a_weekday() -> None:
    tuesday = date(2031, 6, 10)
    text = "She said the council had asked the company for a meeting on Thursday to discuss the harvest."
    assert found(text, tuesday) == [("Thursday", "2031-06-12")]
    # left alone: a meeting told as held
    assert found("The council met the company on Thursday to discuss the harvest.", tuesday) == [("Thursday", "2031-06-05")]


def spans(text: str, dct: date) -> list[tuple[str, str, str, str]]:
    """(text, value, first day, last day) of every expression of ``text``."""
    return [(t.text, t.value, str(t.date_start), str(t.date_end)) for t in find_timexes(text, dct)]


# 14. "at the end of the fourth quarter" is the quarter's last day (its value stays the quarter); "toward the end of"
#     its last month.
def test_the_end_of_a_quarter() -> None:
    march = date(2031, 3, 7)
    assert spans("Net debt stood at 4.8 times earnings at the end of the fourth quarter.", march) == \
        [("the fourth quarter", "2030-Q4", "2030-12-31", "2030-12-31")]
    assert spans("Orders slowed toward the end of the fourth quarter.", march) == \
        [("the fourth quarter", "2030-Q4", "2030-12-01", "2030-12-31")]
    # left alone: the quarter itself
    assert spans("Orders slowed in the fourth quarter.", march) == \
        [("the fourth quarter", "2030-Q4", "2030-10-01", "2030-12-31")]


# 15. "the week after <an event>" told in the past, counted from the day of writing, is a week the text does not date
#     (as "the day after" is): not the week after publication.
def test_the_week_after_an_undated_event() -> None:
    thursday = date(2031, 6, 19)
    text = "Vallmar said on Thursday that clients had withdrawn 2% of assets in the week after it agreed to a settlement."
    assert found(text, thursday) == [("Thursday", "2031-06-19"), ("the week after", "XXXX-WXX")]
    # left alone: a week after a day the text told before the day of writing
    assert found("Shares fell on Monday. The week after, they recovered.", thursday)[1] == ("The week after", "2031-W26")


# 16. "overnight" after a past passive of a deed done to people ("were brought to the surface overnight") is the night
#     before the day of writing, as after a verb of telling.
def test_overnight_after_a_past_passive_deed() -> None:
    tuesday = date(2031, 2, 18)
    text = "Nine other workers were brought to the surface overnight, two of them with serious injuries, Tarka said."
    assert found(text, tuesday) == [("overnight", "2031-02-17TNI")]
    assert found("Three men were arrested overnight in Ashby.", tuesday) == [("overnight", "2031-02-17TNI")]
    # left alone: a manner ("transformed overnight") and a deed still to come
    assert found("The town was transformed overnight.", tuesday) == []
    assert found("Power will be restored overnight.", tuesday) == []
