"""Round 53 (timex53): values and intervals of temporal expressions on unseen text. Every name and sentence is
invented; each test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

TUESDAY = date(2031, 4, 8)  # a Tuesday


def value_of(text: str, expression: str, dct: date) -> str:
    """The value of the one expression ``expression`` of ``text``."""
    found = [t.value for t in find_timexes(text, dct) if t.text == expression]
    assert len(found) == 1, found
    return found[0]


def interval_of(text: str, expression: str, dct: date) -> tuple[str, str]:
    """The interval (start, end) the one expression ``expression`` of ``text`` dates."""
    found = [(str(t.date_start), str(t.date_end)) for t in find_timexes(text, dct) if t.text == expression]
    assert len(found) == 1, found
    return found[0]


def expressions(text: str, dct: date) -> list[str]:
    """The text of every expression found."""
    return [t.text for t in find_timexes(text, dct)]


# 1. "plan to" / "plans" followed by "to" and a determiner or a possessive name is the noun and its preposition, not
#    a plan: the weekday keeps the past of its clause.
def test_a_plan_handed_to_someone_is_no_plan_ahead() -> None:
    text = "The two lenders submitted their rescue plan to Norland's finance ministry on Monday, ahead of the deadline."
    assert value_of(text, "Monday", TUESDAY) == "2031-04-07"
    assert value_of("Brakefield presented its plans to the board on Monday.", "Monday", TUESDAY) == "2031-04-07"
    # left alone: the infinitive of a plan looks ahead
    assert value_of("Brakefield plans to open the plant on Monday.", "Monday", TUESDAY) == "2031-04-14"


# 2. The weekday by which a request must be met lies after the asking: "asked X for a written report by Friday".
def test_a_request_deadline_by_a_weekday_is_ahead() -> None:
    text = "The watchdog said it had asked Corvell for a written report by Friday and would then decide on a probe."
    assert value_of(text, "Friday", TUESDAY) == "2031-04-11"
    text = "The watchdog says it has asked Corvell for a full written account of the failure by Friday."
    assert value_of(text, "Friday", TUESDAY) == "2031-04-11"
    # left alone: a state reached by a day gone by, and a day of the asking itself
    assert value_of("The watchdog said it had received the report by Friday.", "Friday", TUESDAY) == "2031-04-04"
    assert value_of("The watchdog asked the lender on Friday for details.", "Friday", TUESDAY) == "2031-04-04"


# 3. A second reported clause joined by "and that" keeps its own past auxiliary: the first clause's plan stays ahead.
def test_a_plan_followed_by_and_that_clause_stays_ahead() -> None:
    text = ("Mira Tollan told the committee that the agency expected to publish its findings by the end of January "
            "and that it had not ruled out a penalty.")
    assert value_of(text, "the end of January", date(2031, 11, 12)) == "2032-01"


# 4. An apposition between a past verb and its date does not hide the verb: "I met the association, VAAS, on Friday
#    and I will decide ...".
def test_an_apposition_before_the_date_keeps_the_past_verb() -> None:
    text = "I met the growers' council, the GCA, on Friday and I will have a decision before the levy starts."
    assert value_of(text, "Friday", TUESDAY) == "2031-04-04"
    # left alone: no past verb before the apposition, the future cue after it places the day
    assert value_of("Our partner, the bank, on Friday will decide.", "Friday", TUESDAY) == "2031-04-11"


# 5. A day a deadline is set or extended to, without its year, is the nearest such day: "extending the deadline ... to
#    Sept. 30" written in May is this September, not last.
def test_a_deadline_extended_to_a_day_is_the_nearest_such_day() -> None:
    may = date(2031, 5, 20)
    text = ("Pelham said it had received a waiver from its banks, extending the deadline for filing audited accounts "
            "to Sept. 30.")
    assert value_of(text, "Sept. 30", may) == "2031-09-30"
    assert value_of("Pelham said it had extended its tender offer until Aug. 2.", "Aug. 2", may) == "2031-08-02"
    # left alone: the day a deadline was missed is the day of the telling's tense
    assert value_of("Pelham said it had missed the deadline on Sept. 30.", "Sept. 30", may) == "2030-09-30"


# 6. "The resignation ... comes N days after X": the present of the day's news is counted from the day of writing,
#    not from a day the sentence names in another verb phrase.
def test_comes_n_days_after_is_counted_from_the_day_of_writing() -> None:
    text = ("The resignation follows that of the finance chief last Wednesday and comes eight days after Pelham said "
            "its accounts could not be relied upon.")
    assert interval_of(text, "eight days", TUESDAY) == ("2031-03-31", "2031-03-31")
    # left alone: the day of the sentence's own verb is the count's later side
    assert interval_of("Shares fell on Monday, a day after the recall.", "a day", TUESDAY) == \
        ("2031-04-06", "2031-04-06")


# 7. "N months later" chained from a month told last in its paragraph, a sentence or two before.
def test_months_later_counts_from_the_month_told_last_in_the_paragraph() -> None:
    text = ("Markets opened calmly on Monday.\nA short seller flagged the problem in February. The company dismissed "
            "it. Three months later it told investors not to rely on its accounts.")
    assert interval_of(text, "Three months", date(2031, 5, 22)) == ("2031-05-01", "2031-05-31")
    # left alone: a day told after the month is the count's start
    text = "Orders fell in February. The plant shut on April 2. Two months later it reopened."
    assert interval_of(text, "Two months", date(2031, 8, 1)) == ("2031-06-01", "2031-06-30")


# 8. "the quarter" followed by a clause about any such event ("in the quarter a contract was signed") is no quarter of
#    the calendar.
def test_the_quarter_of_any_event_is_no_date() -> None:
    text = "Former staff said the firm booked the fees in the quarter a contract was signed, not over its life."
    assert "the quarter" not in expressions(text, TUESDAY)
    # left alone: the quarter under discussion
    assert value_of("The firm booked the fees in the quarter, it said.", "the quarter", TUESDAY) == "2031-Q1"


# 9. "N days ahead of X" after the day its sentence tells dates X, as "N days before X" does.
def test_days_ahead_of_an_event_date_the_event() -> None:
    text = "Dunmore said it had filed the report to the regulator on Wednesday, two days ahead of the deadline."
    assert interval_of(text, "two days", date(2031, 4, 10)) == ("2031-04-11", "2031-04-11")


# 10. A weekday named as gone by ("last Tuesday's outage") in the infinitive of an order keeps its past.
def test_last_weekday_in_an_ordered_infinitive_stays_past() -> None:
    monday = date(2031, 4, 7)
    text = ("LONDON, April 7 (Kestrel) - The regulator has ordered Halden to commission a review of last Tuesday's "
            "outage, the operator said on Monday.")
    assert value_of(text, "last Tuesday", monday) == "2031-04-01"
    # left alone: a plain weekday in the infinitive of an order comes after the ordering
    assert value_of("The regulator on April 7 ordered Halden to shut its gates on Tuesday.", "Tuesday", monday) == \
        "2031-04-08"


# 11. A day of the month alone before the verb of its clause ("landed by the 20th is going to cost more").
def test_a_day_of_the_month_before_its_verb() -> None:
    text = "\"Anything that isn't landed by the 20th is going to cost more,\" one broker said."
    assert value_of(text, "the 20th", date(2031, 10, 9)) == "2031-10-20"
    # left alone: the ordinal of a noun
    assert expressions("On the 20th floor is a bar.", date(2031, 10, 9)) == []


# 12. Time granted to do something ("gives it 60 days to submit a plan") ends that long after the day its sentence
#     named last: the deadline.
def test_time_granted_ends_on_a_deadline() -> None:
    text = ("Pelham disclosed on Wednesday that it had received a notice from the exchange on May 20, a routine step "
            "that gives it 60 days to submit a plan.")
    assert interval_of(text, "60 days", date(2031, 5, 22)) == ("2031-07-19", "2031-07-19")
    # left alone: no day named in the sentence
    assert interval_of("The lender has 30 days to appeal.", "30 days", date(2031, 5, 22)) == ("None", "None")


# 13. "a quarter" before a comparative is a fraction of an amount, no duration.
def test_a_quarter_more_is_a_fraction() -> None:
    assert expressions("It is going to cost a quarter more.", TUESDAY) == []
    assert expressions("It took a quarter to recover.", TUESDAY) == ["a quarter"]


# 14. A weekday after "since" runs from a day gone by, even when the article named that weekday ahead before.
def test_since_a_weekday_named_ahead_before_is_the_past_one() -> None:
    text = "Halbrook said it would announce new prices on Friday. Its shares are up 9.5% since Friday's close."
    assert [t.value for t in find_timexes(text, date(2031, 4, 9))] == ["2031-04-11", "2031-04-04"]
    # left alone: with no "since", the day named ahead stays the one ahead
    text = "Halbrook said it would announce new prices on Friday. We go into Friday's talks in good faith."
    assert [t.value for t in find_timexes(text, date(2031, 4, 9))] == ["2031-04-11", "2031-04-11"]


# 15. A relative clause after a future cue, told in the past ("every decision that led to Tuesday"), dates its own
#     past.
def test_a_relative_clause_told_in_the_past_after_a_future_cue() -> None:
    text = "\"We will look at every decision that led to Tuesday, including the suppliers,\" the chair said."
    assert value_of(text, "Tuesday", date(2031, 4, 9)) == "2031-04-08"
    # left alone: a relative clause of what is still to come
    assert value_of("We will look at every decision that will shape Tuesday.", "Tuesday", date(2031, 4, 9)) == \
        "2031-04-15"


# 16. A schedule word right after a past verb is that verb's object, a noun ("told host Ann Lee on Thursday"), not the
#     present of a scheduled event.
def test_a_schedule_word_after_a_past_verb_is_a_noun() -> None:
    tuesday = date(2031, 4, 8)
    assert value_of("Pell told host Ann Lee on Thursday how surprised he is.", "Thursday", tuesday) == "2031-04-03"
    # left alone: the present of a scheduled event
    assert value_of("The senator meets voters on Thursday.", "Thursday", tuesday) == "2031-04-10"


# 17. A month without its year that times a deed told in the past ("suspended his campaign in February"), or that a
#     stretch runs "since", is no later than the month of writing: not the next month.
def test_a_month_of_a_past_deed_is_not_the_coming_one() -> None:
    january = date(2031, 1, 17)
    assert value_of("He suspended his campaign in February.", "February", january) == "2030-02"
    assert value_of("Intel has lost roughly 55% since February.", "February", january) == "2030-02"
    # left alone: what is told in advance, and a month that modifies a noun
    assert value_of("He told buyers of a price cut in February.", "February", january) == "2031-02"
    assert value_of("Dealers placed orders to start the first trading day for February transactions.", "February",
                    january) == "2031-02"
