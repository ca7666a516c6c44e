"""Round 57 (timex57): the resolver's dates on the cases of the newly opened corpora. Every name and sentence is
invented; each test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def found(text: str, dct: date) -> list[tuple[str, str]]:
    """(text, value) of every expression of ``text``."""
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A straight quotation mark after a comma and a space opens a partial quotation; it closes nothing, so the
#    future of the reported clause reaches the date inside it.
def test_a_partial_quotation_keeps_the_reported_future() -> None:
    january = date(2032, 1, 20)
    assert found('Brandt said the group would choose a site, "in the second half of the year".', january) == \
        [("the second half of the year", "2032-H2")]
    assert found('Brandt said the mill would reopen, "probably in March".', january) == [("March", "2032-03")]
    # left alone: a quotation that closed before the date keeps its future to itself
    assert found('"We will reopen," Brandt said in March.', january) == [("March", "2031-03")]
    assert found('"We will reopen in March," Brandt said on Monday.', january) == \
        [("March", "2032-03"), ("Monday", "2032-01-19")]


def interval_of(text: str, dct: date, span: str) -> tuple[date | None, date | None]:
    """The interval of the expression ``span`` of ``text``."""
    t = next(t for t in find_timexes(text, dct) if t.text == span)
    return t.date_start, t.date_end


# 2. "The X comes a month after Y ...": the news of the day of writing comes that long after Y, so Y lies in the
#    month a month before it (not a month after the last day the text told); "less than a month after": between.
def test_the_news_comes_months_after_an_event() -> None:
    monday = date(2032, 3, 15)
    text = "Shares fell on Monday. The audit comes a month after regulators raided Velmor's offices."
    assert interval_of(text, monday, "a month") == (date(2032, 2, 1), date(2032, 2, 29))
    text = "Shares fell on Monday. The audit comes less than a month after regulators raided Velmor's offices."
    assert interval_of(text, monday, "less than a month") == (date(2032, 2, 15), date(2032, 3, 15))
    text = "Shares fell on Monday. The audit comes two months after regulators raided Velmor's offices."
    assert interval_of(text, monday, "two months") == (date(2032, 1, 1), date(2032, 1, 31))
    # left alone: a lower bound tells no month; days keep their day
    text = "Shares fell on Monday. The audit comes more than a month after regulators raided Velmor's offices."
    assert interval_of(text, monday, "more than a month") == (None, None)
    text = "Shares fell on Monday. The audit comes eight days after regulators raided Velmor's offices."
    assert interval_of(text, monday, "eight days") == (date(2032, 3, 7), date(2032, 3, 7))


# 3. "on a Monday": a day told by its weekday alone, not by its nearness to the day of writing (that is "on
#    Monday"): the one on or before the last day the text told, else, told in the past, one before the week of
#    writing; in a plan or a habit told in the present, any such day.
def test_a_weekday_after_an_indefinite_article() -> None:
    monday = date(2032, 9, 20)
    text = "Ferrow's staff worked through Sunday. The intruders posted a sample on a Monday and dumped the rest later."
    assert found(text, monday) == [("Sunday", "2032-09-19"), ("Monday", "2032-09-13")]
    tuesday = date(2032, 9, 21)
    assert found("Nine days ago, at 4:10 on a Sunday morning, Ferrow told its clients to wait.", tuesday) == \
        [("Nine days ago", "2032-09-12"), ("Sunday morning", "2032-09-12TMO")]
    friday = date(2032, 9, 24)
    assert found("The finance chief left on a Thursday evening, and investors noticed.", friday) == \
        [("Thursday evening", "2032-09-16TEV")]
    assert found("It is the kind of memo that lands on a Monday.", friday) == [("Monday", "XXXX-WXX-1")]
    assert found("The board will meet on a Thursday in the spring.", friday)[0] == ("Thursday", "XXXX-WXX-4")
    # left alone: the weekday without the article, and "a typical Monday"
    assert found("The intruders posted a sample on Monday.", monday) == [("Monday", "2032-09-20")]
    assert found("On a typical Monday the plant ships 400 tonnes.", monday) == [("Monday", "XXXX-WXX-1")]


# 4. A halt of a share's trading asked for "from" a day starts after the asking: the nearest such day.
def test_a_trading_halt_asked_for_from_a_day() -> None:
    tuesday = date(2032, 11, 9)
    assert found("Korvell asked for a trading halt from Wednesday morning pending an announcement.", tuesday) == \
        [("Wednesday morning", "2032-11-10TMO")]
    assert found("Korvell applied for a suspension of its shares from Wednesday.", tuesday) == \
        [("Wednesday", "2032-11-10")]
    # left alone: the day of the asking
    assert found("Korvell requested a trading halt in its shares on Thursday.", tuesday) == [("Thursday", "2032-11-04")]


# 5. A holiday after its season's stretch ("the peak season before Christmas") or before a plan, range or promotion of
#    it ("our Christmas plan") is the nearest one, whatever the tense, as "Christmas stock" already was.
def test_a_holiday_of_its_season_is_the_nearest() -> None:
    october = date(2032, 10, 14)
    assert found("The strike came at the worst moment: the peak shipping season before Christmas.", october) == \
        [("Christmas", "2032-12-25")]
    assert found('"We had built buffers into our Christmas plan," Dunmore said.', october) == \
        [("Christmas", "2032-12-25")]
    assert found("Dunmore had already launched its Christmas range.", october) == [("Christmas", "2032-12-25")]
    # left alone: a holiday told in the past with no noun of its season, and the nearer one gone by
    assert found("Sales slumped over Christmas, Dunmore said.", october) == [("Christmas", "2031-12-25")]
    assert found("Dunmore had built buffers into its Easter plan.", october) == [("Easter", "2032-03-28")]


# 6. A day arranged in the past ("set a deadline for Thursday") after a day its own sentence told, gone by before the
#    week of writing, is the first such day after that day, not the one nearest the day of writing.
def test_a_day_arranged_after_a_day_told_earlier_in_its_sentence() -> None:
    monday = date(2032, 9, 20)
    text = "The intruders posted a sample on Sept. 13, set a deadline for Thursday and dumped the rest on Friday."
    assert found(text, monday) == [("Sept. 13", "2032-09-13"), ("Thursday", "2032-09-16"), ("Friday", "2032-09-17")]
    # left alone: with no day told before it, or after a day of the week of writing, the nearest
    assert found("The intruders set a deadline for Thursday.", monday) == [("Thursday", "2032-09-23")]
    assert found("The intruders posted a sample on Monday and set a deadline for Thursday.", monday) == \
        [("Monday", "2032-09-20"), ("Thursday", "2032-09-23")]


# 7. A month after "a" naming one event of its kind ("a January excise increase") dates that event, not the clause's
#    verb: the nearest such month on either side of the day of writing.
def test_a_month_naming_one_event_of_its_kind() -> None:
    february = date(2032, 2, 10)
    text = "Tarvo said on Monday it would cut prices from Feb. 15, absorbing a January excise increase."
    assert found(text, february)[-1] == ("January", "2032-01")
    assert found("Tarvo will hold a March shareholder meeting.", february) == [("March", "2032-03")]
    # left alone: the month of the clause's own verb, told ahead
    assert found("Tarvo said it would cut prices in January.", february) == [("January", "2033-01")]
