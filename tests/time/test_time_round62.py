"""Round 62 (timex62): dates of news text. Every name and sentence is invented; each test fails without its rule and
checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Wednesday 2 June 2032
WED = date(2032, 6, 2)


def found(text: str, dct: date) -> list[tuple[str, str]]:
    """(text, value) of every expression of ``text``."""
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A participle of state after "stay" or "remain" not in the past is no past verb: "the port would stay closed on
#    Friday" is the coming Friday (it was the Friday gone by); "stayed closed" is past.
def test_a_participle_after_stay_or_remain_is_no_past() -> None:
    assert found("Trading at the Velden bourse would stay closed on Friday, the regulator said.", WED) \
        == [("Friday", "2032-06-04")]
    assert found("The Orlan plant will remain shut on Monday.", WED) == [("Monday", "2032-06-07")]
    # left alone: the past of "stay"
    assert found("Trading at the Velden bourse stayed closed on Friday.", WED) == [("Friday", "2032-05-28")]


# 2. A clause of "when" after a date whose verb is a future or a "due" keeps the day ahead in a sentence told in the
#    past too, and a quotation may close on the date before its comma.
def test_a_when_clause_ahead_after_a_quoted_date() -> None:
    text = 'The lenders\' group said its members needed the scheme to run "beyond Friday", when it is due to end.'
    assert found(text, WED) == [("Friday", "2032-06-04")]
    text = "The fund said it needed cash by Friday, when a $40 million coupon is due."
    assert found(text, WED)[0] == ("Friday", "2032-06-04")
    # left alone: a past clause of "when"
    assert found("The bank said it bought bonds on Friday, when markets were in turmoil.", WED) \
        == [("Friday", "2032-05-28")]


# 3. "publish(es)" is a verb of a scheduled event: its present before a day names the coming one.
def test_publishes_is_a_schedule_verb() -> None:
    assert found("Brenmark, which publishes its annual results on Thursday, rose 4.4%.", WED) \
        == [("Thursday", "2032-06-03")]
    assert found("On Friday, the statistics office publishes its first estimate of growth.", WED) \
        == [("Friday", "2032-06-04")]
    # left alone: the past
    assert found("Brenmark, which published its annual results on Monday, rose 4.4%.", WED) \
        == [("Monday", "2032-05-31")]


# 4. A day of the month alone, before a word that opens the next clause or is its verb ("came out on the 24th and
#    in two weeks ...", "announced on 29th that ...", "in the morning of 6th said"), is that day of the month of the
#    moment (nothing was found); not "the 24th and 25th floors", "on the 4th and final day".
def test_a_day_of_the_month_before_a_clause_word() -> None:
    assert found("The report came out on the 24th and in two weeks the stock has halved.", date(2032, 6, 27))[0] \
        == ("the 24th", "2032-06-24")
    assert found("Velden Holdings announced on 1st that it faces a loss.", WED) == [("1st", "2032-06-01")]
    assert found("The minister in the morning of 2nd said he was watching the market.", WED) \
        == [("2nd", "2032-06-02")]
    # left alone: ordinals before a noun
    assert found("The offices on the 24th and 25th floors were empty.", WED) == []
    assert found("He won on the 4th and final day.", WED) == []


# 5. An ambiguous slash date with its year, told as still to come, is not put before the publication date when the
#    other order puts it after (a text writing "5.8.2032" day first, "a deadline until 08/07/2032" in an article of
#    6 August 2032 is 7 August, not 8 July).
def test_a_future_slash_date_is_not_before_publication() -> None:
    text = "Customers called on 5.8.2032 will be given a deadline until 08/07/2032."
    assert found(text, date(2032, 8, 6))[-1] == ("08/07/2032", "2032-08-07")
    # left alone: told in the past, the text's order stands
    text = "Customers called on 5.8.2032 paid on 02/08/2032."
    assert found(text, date(2032, 8, 6))[-1] == ("02/08/2032", "2032-08-02")


# 6. "Next week" earlier in the sentence places its weekdays in that week, across a stop of an abbreviation ("Next
#    week: U.S. inflation (Wednesday), ..."): the weekdays were the ones gone by.
def test_next_week_across_an_abbreviation() -> None:
    fri = date(2032, 6, 4)
    text = "Next week: U.S. inflation (Wednesday) and U.S. retail sales (Thursday)."
    assert [v for _, v in found(text, fri)] == ["2032-W24", "2032-06-09", "2032-06-10"]
    # left alone: no "next week" in the sentence, the week of writing told in the past
    assert found("U.S. inflation rose on Wednesday.", fri) == [("Wednesday", "2032-06-02")]


# 7. A day written with its year heading its sentence or its chronology line frames a day of that sentence written
#    without a year: the nearest such day to it ("Jan. 30, 2029 – ... after a second report on Feb. 1" is
#    1 February 2029; it was the February nearest the publication date).
def test_a_framing_day_places_a_yearless_day() -> None:
    pub = date(2030, 6, 27)
    text = ("Jan. 30, 2029 – The Ledger reports a forgery. Shares fall 13%, and another 15% after a second report "
            "on Feb. 1.")
    assert found(text, pub)[-1] == ("Feb. 1", "2029-02-01")
    assert found("On Dec. 30, 2028, shares fell 13%, and another 15% on Jan. 2.", pub)[-1] == ("Jan. 2", "2029-01-02")
    # left alone: a day of the publication year frames nothing new, and a sentence with no framing day
    assert found("On June 20, 2030, shares fell 13%, and another 15% on June 22.", pub)[-1] == ("June 22", "2030-06-22")
    assert found("Shares fell 15% on Feb. 1.", pub) == [("Feb. 1", "2030-02-01")]


# 8. "as planned" is an adverbial, no verb sending an infinitive ahead: a weekday after "to" + noun later in the
#    sentence is not moved a week on past the day before it ("would end the scheme on Friday as planned, delivering a
#    message to pension funds late Tuesday" is the Tuesday gone by; it was the next one).
def test_as_planned_sends_no_infinitive_ahead() -> None:
    text = ("The governor said the bank would end the scheme on Friday as planned, delivering a message to pension "
            "funds late Tuesday that sent the pound lower.")
    assert found(text, WED) == [("Friday", "2032-06-04"), ("late Tuesday", "2032-06-01")]
    # left alone: a verb that sends its infinitive ahead
    assert found("The board met on Friday and agreed to vote on Tuesday.", date(2032, 6, 2))[-1] \
        == ("Tuesday", "2032-06-01")


# 9. A day of the month alone after a day its sentence told is the one nearest that day ("rose on March 28 and fell
#    back on the 30th" is 30 March; it was the 30th of the month of writing or the one before).
def test_a_day_of_the_month_after_a_day_told() -> None:
    pub = date(2032, 8, 10)
    assert found("Shares rose on March 28 and fell back on the 30th.", pub)[-1] == ("the 30th", "2032-03-30")
    assert found("The yen peaked on 7/3/2032 (my data has it on the 3rd).", pub)[-1] == ("the 3rd", "2032-07-03")
    # left alone: a day told in another sentence, the month of writing
    assert found("Shares rose on Aug. 2. They fell back on the 5th.", pub)[-1] == ("the 5th", "2032-08-05")


# 10. The bare second day of a pair in one month before an adverb ("had fallen on Aug. 2 and 5 mainly because of ...")
#     is that day of the month (it was not tagged); not a count ("on May 3 and 4 others").
def test_a_second_day_before_an_adverb() -> None:
    pub = date(2032, 8, 23)
    assert found("He said stocks had fallen on Aug. 2 and 5 mainly because of rates.", pub) \
        == [("Aug. 2", "2032-08-02"), ("5", "2032-08-05")]
    assert found("Talks were held on May 3 and 4 others were called off.", pub) == [("May 3", "2032-05-03")]


# 11. A year written right before a month and day, in the order of East Asian dates and their translations ("Black
#     Monday (1987 October 20)"), is that day's year (it was the October nearest the publication date), and a day
#     counted from it follows.
def test_a_year_before_month_and_day() -> None:
    pub = date(2032, 8, 6)
    text = "The fall exceeded that of the day after Black Monday (1987 October 20)."
    assert [(t, v) for t, v in found(text, pub) if t != "1987"] \
        == [("the day after", "1987-10-21"), ("October 20", "1987-10-20")]
    # left alone: a year ending a clause before the day
    assert found("Sales in 2031 rose, and on October 20 the firm said more.", pub)[-1] == ("October 20", "2031-10-20")


# 12. A day of the month alone is a day the text is at: "the next day" after it counts from it ("On 5th, the index
#     fell. ... in the morning" is the 5th's morning; it was the day before counted from an older date).
def test_a_day_of_the_month_moves_the_story() -> None:
    pub = date(2032, 8, 6)
    text = "Prices were lower on July 20. On 5th, the index fell 12%. It rose the next day."
    assert found(text, pub)[1:] == [("5th", "2032-08-05"), ("the next day", "2032-08-06")]


# 13. A deadline in a condition under a modal keeps its day ahead, the condition's past being the back-shift of
#     reported speech ("warned that loans could be terminated if it did not publish results by Friday"); not a
#     condition that did not come true ("would have dropped more if buyers had not stepped in by Friday").
def test_a_deadline_in_a_backshifted_condition() -> None:
    thu = date(2032, 6, 3)
    text = "Brenmark warned that its loans could be terminated if it did not publish audited results by Friday."
    assert found(text, thu) == [("Friday", "2032-06-04")]
    text = "Shares could have dropped more if buyers had not stepped in by Friday."
    assert found(text, thu) == [("Friday", "2032-05-28")]


# 14. "was to" / "were to" and a verb tell the future of a past moment: its day is the nearest one on either side
#     ("Their task was to find a buyer by Sunday night" on a Saturday is the next day; it was the Sunday gone by);
#     not "was to blame".
def test_was_to_is_a_plan_of_the_past() -> None:
    sat = date(2032, 6, 5)
    text = "Their task, two people in the room said, was to find a buyer for the bank by Sunday night."
    assert found(text, sat) == [("Sunday night", "2032-06-06TNI")]
    assert found("The storm was to blame for Monday's outage.", sat) == [("Monday", "2032-05-31")]


# 15. "The close of 2031" is its end, as "the end of 2031" is (it was the whole year).
def test_the_close_of_a_year_is_its_end() -> None:
    text = "The ministry said the contract would end at the close of 2031."
    (t,) = find_timexes(text, date(2030, 6, 29))
    assert (t.text, t.value, t.date_start, t.date_end) \
        == ("the close of 2031", "2031", date(2031, 12, 1), date(2031, 12, 31))
    # left alone: the year alone
    (t,) = find_timexes("The contract runs through 2031.", date(2030, 6, 29))
    assert (t.date_start, t.date_end) == (date(2031, 1, 1), date(2031, 12, 31))
