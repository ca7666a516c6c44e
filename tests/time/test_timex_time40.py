"""Round 36 (timex, time40): date values of news prose read by tense and by what the article already named. Every
sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 14)  # a Thursday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_slash_date_with_its_year_told_in_the_past_lies_no_later_than_publication() -> None:
    # month first would be 3 April, three weeks after an article of 14 March; day first is yesterday
    assert values("Brackwell said it had pulled the jars from sale on 04/03/2041 and warned shoppers.") == [
        ("04/03/2041", "2041-03-04")]
    assert values("Brackwell said it had pulled the jars from sale on 13/03/2041.") == [("13/03/2041", "2041-03-13")]
    # left alone: both readings before publication (month first, the default), and a plan ahead
    assert values("Brackwell said it had pulled the jars from sale on 03/02/2041.") == [("03/02/2041", "2041-03-02")]
    assert values("Brackwell will pull the jars from sale on 04/03/2041.") == [("04/03/2041", "2041-04-03")]


def test_a_plan_word_counting_a_noun_after_a_figure_is_no_future_cue() -> None:
    # "of 900 planned departures": the departures' word; the clause's verb is past
    assert values("At Ostmere airport, about 410 of 900 planned departures were scrapped, after 380 on Wednesday.") == [
        ("Wednesday", "2041-03-13")]
    assert values("Some scheduled ferries sailed late, after 40 on Tuesday.") == [("Tuesday", "2041-03-12")]
    # left alone: a plan word that is the clause's own future ("are planned for"), and a future verb
    assert values("Two strikes are planned for Wednesday.") == [("Wednesday", "2041-03-20")]
    assert values("The 12 planned sailings will leave on Wednesday.") == [("Wednesday", "2041-03-20")]


def test_a_sentence_opened_by_from_and_a_date_takes_the_tense_of_its_main_clause() -> None:
    # "From Saturday, ...": a change that starts then; the main clause is present or future
    assert values("From Saturday, Korrin Air expects a normal timetable.") == [("Saturday", "2041-03-16")]
    assert values("From Monday, customers will pay 4% more.") == [("Monday", "2041-03-18")]
    assert values("From April, the levy rises to 3%.") == [("April", "2041-04")]
    # left alone: a past main clause, a present perfect, and a range
    assert values("From Monday, the shares fell every day.")[0] == ("Monday", "2041-03-11")
    assert values("From Monday, the index has risen 4%.") == [("Monday", "2041-03-11")]
    assert values("From Monday to Wednesday, trains ran late.") == [("Monday", "2041-03-11"), ("Wednesday", "2041-03-13")]


AHEAD = "Talks between Korrin Air and its pilots are due to resume on Tuesday. The union agreed on Sunday. "


def test_a_weekday_with_no_tense_of_its_own_is_the_one_the_article_named_ahead() -> None:
    # Tuesday 19 March was named ahead; "We go into Tuesday's talks" tells no tense
    assert values(AHEAD + "We go into Tuesday's talks in good faith.")[-1] == ("Tuesday", "2041-03-19")
    # left alone: a sentence told in the past (or by "said"), and an article that named no Tuesday ahead
    assert values(AHEAD + "Tuesday's talks collapsed.")[-1] == ("Tuesday", "2041-03-12")
    assert values(AHEAD + "Halbrook said Tuesday's offer was fair.")[-1] == ("Tuesday", "2041-03-12")
    assert values("The union agreed on Sunday. We go into Tuesday's talks in good faith.")[-1] == ("Tuesday", "2041-03-12")


def test_an_earlier_days_figure_after_after_moves_no_story() -> None:
    # "..., after 380 on Wednesday": a baseline; the morning of the next sentence is the day the story tells
    text = ("Ostmere airport was quiet on Thursday: 410 flights were cancelled, after 380 on Wednesday. "
            "Ostmere Holdings shares fell in the morning.")
    assert values(text)[-1] == ("the morning", "2041-03-14TMO")
    # left alone: a day the story goes on to
    text = "Ostmere airport was quiet on Thursday. On Wednesday, 380 flights were cancelled. Shares fell in the morning."
    assert values(text)[-1] == ("the morning", "2041-03-13TMO")


SEPT = date(2041, 9, 18)  # a Wednesday


def test_the_earlier_side_of_a_comparison_is_a_month_gone_by() -> None:
    # "now expects ..., down from its August forecast": the forecast already given, whatever the sentence's tense
    assert values("Cardwell now expects revenue of $4.1 billion, down from its August forecast of $4.4 billion.",
                  SEPT)[-1] == ("August", "2041-08")
    # left alone: a month ahead in a sentence about the future, and a contract month
    assert values("Cardwell expects revenue to recover in November.", SEPT) == [("November", "2041-11")]
    assert values("Cardwell expects copper to rise from the March contract level.", SEPT)[-1][1] == "2042-03"


def test_a_forecast_for_a_quarter_is_for_one_still_to_come() -> None:
    assert values("Cardwell cut its fourth-quarter revenue forecast on Monday.", SEPT)[0] == ("fourth-quarter", "2041-Q4")
    assert values("Analysts trimmed their fourth-quarter earnings estimates.", SEPT) == [("fourth-quarter", "2041-Q4")]
    # left alone: a result of a quarter told in the past is the last one
    assert values("Cardwell reported fourth-quarter revenue of $4 billion.", SEPT) == [("fourth-quarter", "2040-Q4")]


def test_a_season_ahead_named_after_this_years_has_ended_is_next_years() -> None:
    assert values("But the real test comes in the spring, when the rules are reviewed.", SEPT) == [("the spring", "2042-SP")]
    # ("is not expected": a passive with a negation is no past verb)
    assert values("The central bank is not expected to move again before the spring.", SEPT) == [("the spring", "2042-SP")]
    # (a relative clause between commas keeps its past to itself, a decimal point inside it included)
    text = ("The central bank, which lowered its rate to 0.5 percent in May, is not expected to move again before "
            "the spring.")
    assert values(text, SEPT)[-1] == ("the spring", "2042-SP")
    # left alone: a sentence told in the past, the end of the season in its first days after, a season still to come
    assert values("His visits and the summer ads helped lift him in the polls.", SEPT)[0] == ("the summer", "2041-SU")
    assert values("This weekend marks the unofficial end of summer.", SEPT)[-1] == ("summer", "2041-SU")
    assert values("The plant will reopen in the winter.", SEPT) == [("the winter", "2041-WI")]


def test_midnight_tonight_is_one_time_of_the_day_of_writing() -> None:
    text = "Thousands of flights were cancelled on Tuesday. The strike is due to end at midnight tonight."
    assert values(text, SEPT)[-1] == ("midnight tonight", "2041-09-18T24:00")


def test_a_semicolon_keeps_the_past_of_the_clause_before_it() -> None:
    # "slid ...; its waivers remain valid through the end of the year": this year's end, not last year's
    text = "Halmark slid 2.2%; its waivers remain valid through the end of the year."
    assert values(text, SEPT) == [("the end of the year", "2041")]
    # left alone: a past in the expression's own clause
    assert values("Halmark slid 2.2% and had more cash at the end of the year.", SEPT) == [("the end of the year", "2040")]


def test_a_weekday_before_a_comparison_base_moves_no_story() -> None:
    # "a premium to Friday's closing price": the baseline; "by mid-afternoon" is the day of writing
    text = ("Orvane bid 90 crowns a share on Monday, a 30% premium to Friday's closing price. "
            "Tessel shares were up 24% by mid-afternoon.")
    assert values(text, date(2041, 9, 16))[-1] == ("mid-afternoon", "2041-09-16TAF")


def test_a_weekday_with_its_calendar_day_written_after_it_is_that_day() -> None:
    text = "The union calls on pilots to stop work from 00:01 CEST on Thursday, 19 September 2041, until Friday."
    assert values(text, SEPT)[0] == ("00:01 CEST on Thursday, 19 September 2041", "2041-09-19T00:01")
    # left alone: a calendar day that is not that weekday stays out of the expression
    assert values("The call is at 9 a.m. on Monday, Sept. 17, the firm said.", SEPT)[0] == (
        "9 a.m. on Monday", "2041-09-16T09:00")


def test_a_weekday_opening_a_two_word_brand_is_no_date() -> None:
    assert values("Greenlow, which sells Friday Harvest soups in some regions, was little changed.") == []
    assert values("Its brands include Pell Orchard and Friday Harvest.") == []
    assert values("Regulators warned about two meals of the brand Friday Harvest, made by Pell Orchard.") == []
    # left alone: a day after a preposition, a determiner or a possessive, a person's name before a verb of saying,
    # a day before a part of the day, a month or a capitalised event
    assert values("Greenlow said on Friday Harvest soups were safe.") == [("Friday", "2041-03-08")]
    assert values("In his Sunday Mass at the cathedral, the bishop spoke.") == [("Sunday", "2041-03-10")]
    assert values("Ahead of the Friday Labor Department report, stocks rose.")[0][0] == "Friday"
    assert values("Greenlow sells Friday Harvest soups, Tessa Lund said Friday.") == [("Friday", "2041-03-08")]
    assert values("Trump said Monday Democrats were wrong.") == [("Monday", "2041-03-11")]


def test_a_move_on_the_week_then_its_cause_is_the_week_of_the_text() -> None:
    # "rose 4.3% on the week after an upbeat note": "on the week" is the move's period; "after ..." its cause
    assert values("Corvel rose 4.3% on the week after an upbeat note from its broker.", SEPT) == [("the week", "2041-WXX")]
    # left alone: "the week after X" without a move before it, and a session's day after X
    assert values("Corvel's chief resigned the week after the vote.", SEPT)[0][0] == "the week after"
    assert [t.text for t in find_timexes("Corvel fell 6% on the day after the collision.", SEPT)] == ["the day after"]


def test_a_negated_count_dates_nothing() -> None:
    # "not a day earlier": an emphasis; the count is no date a day before the deadline
    text = ("The interview aired on Monday, September 16. "
            "Our target is to reopen by the end of November, and not a day earlier if the tests fail.")
    got = [t for t in find_timexes(text, SEPT) if t.text == "a day"]
    assert [(t.value, t.date_start) for t in got] == [("P1D", None)]
    # left alone: a count after a day, "a day earlier", dates the day before it
    got = [t for t in find_timexes("The interview aired on Monday, September 16. A day earlier, Corvel had sold its "
                                   "plant.", SEPT) if t.text == "A day"]
    assert [(t.value, t.date_start) for t in got] == [("P1D", date(2041, 9, 15))]
