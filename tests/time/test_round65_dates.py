"""Round 65 (timex65): dates of news text. Every name and sentence is invented; each test fails without its rule and
checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Friday 30 July 2032, Monday 2 August 2032, Sunday 1 August 2032, Tuesday 3 August 2032
FRI = date(2032, 7, 30)
SUN = date(2032, 8, 1)
MON = date(2032, 8, 2)
TUE = date(2032, 8, 3)
LEAD = "By Ana Reed\n\nOrsa shares fell 3%.\n\n"


def values(text: str, dct: date) -> dict[str, str]:
    """Value of every expression of ``text`` by its words (the last one of equal words)."""
    return {t.text: t.value for t in find_timexes(text, dct)}


# 1. The look for a future word after a date stops at a word's end, not inside it: "beat expectations" holds no
#    "expect" (the window of a few characters after the date used to cut the word there).
def test_a_future_word_is_a_whole_word() -> None:
    text = "Velto stock gained 2% on Friday, after sales on Thursday morning beat expectations."
    assert values(text, FRI)["Thursday morning"] == "2032-07-29TMO"
    # a participle's aside closed before the future word is done: "The board, formed in June, is expected to ..."
    text = "The review board, formed in June, is expected to publish its findings."
    assert values(text, FRI)["June"] == "2032-06"
    # left alone: a future word right after the date
    assert values("The panel on Thursday is expected to hear evidence.", FRI)["Thursday"] == "2032-08-05"


# 2. A date opening its clause, then a pronoun or "the" and a noun and a past verb of telling: the day of the telling
#    ("but on Thursday it said it would ..."), as after a named subject already.
def test_a_pronoun_subject_tells_the_day_of_the_saying() -> None:
    text = ("Velto had hoped to reopen the plant in the coming days, but on Thursday she said she would keep "
            "it shut.")
    assert values(text, SUN)["Thursday"] == "2032-07-29"
    text = "Velto trimmed its outlook, and on Monday the firm said it would sell the unit."
    assert values(text, TUE)["Monday"] == "2032-08-02"
    # left alone: the plan's own day
    assert values("Velto said it would reopen the plant on Thursday.", SUN)["Thursday"] == "2032-08-05"


# 3. "Next week ... on Monday" is next week's Monday, unless the weekday's clause is told in the past ("the panic that
#    sent their yield to 9% on Monday": the Monday gone by).
def test_next_week_does_not_carry_a_past_clause() -> None:
    text = ("The bonds mature at the end of next week, and dealers still recall the panic that sent their yield "
            "to 9% on Monday.")
    assert values(text, TUE)["Monday"] == "2032-08-02"
    # left alone: a weekday of next week told in the present
    assert values("Next week brings inflation figures on Wednesday.", TUE)["Wednesday"] == "2032-08-11"


# 4. A day after the object of a verb of awaiting told in the present ("are bracing for ... on Wednesday", "await ...
#    on Friday") is the coming one, as the same verb told in the past was read by the day its sentence told.
def test_what_is_being_awaited_is_ahead() -> None:
    assert values(LEAD + "Traders are bracing for inflation data on Wednesday.", MON)["Wednesday"] == "2032-08-04"
    assert values(LEAD + "Investors await the jobs report on Friday.", MON)["Friday"] == "2032-08-06"
    # left alone: a verb of awaiting told in the past, a past clause, a present with no verb of awaiting
    assert values(LEAD + "Investors braced for the jobs report on Friday.", MON)["Friday"] == "2032-07-30"
    assert values(LEAD + "Orsa, which fell 5%, is bracing for a vote on Friday.", MON)["Friday"] == "2032-08-06"
    assert values(LEAD + "They stand in front of the plant on Friday.", MON)["Friday"] == "2032-07-30"


# 5. A schedule verb in the present reaches a date a longer phrase away in a relative clause: "Reed, who speaks at the
#    trade body's annual dinner in Lisle on Friday" (the coming Friday).
def test_a_schedule_verb_reaches_past_a_long_phrase() -> None:
    text = ("Bond prices slipped as dealers weighed a report on Ana Reed, who speaks at the trade body's "
            "annual dinner in Lisle on Friday.")
    assert values(text, MON)["Friday"] == "2032-08-06"


# 6. A commodity's delivery month is the coming one: "copper for June", "June Brent", "the June New York cocoa
#    contract" in April are this June, as "for June delivery" already was (a contract that is still open).
def test_a_commodity_contract_month_is_the_coming_one() -> None:
    apr = date(2032, 4, 21)
    text = ("Copper for June slid 2% to $9,100 a tonne. The June New York cocoa contract jumped 6%. "
            "June Brent eased 1.1% as the fund sold.")
    got = [(t.text, t.value) for t in find_timexes(text, apr)]
    assert got == [("June", "2032-06"), ("June", "2032-06"), ("June", "2032-06")]
    # left alone: a month of output or prices, and a month after a preposition
    assert values("Crude output fell 5% in June, the agency said.", apr)["June"] == "2031-06"
    assert values("June crude prices fell 5%, the agency said.", apr)["June"] == "2031-06"


# 7. "By <day> in <place>, ... had agreed": the state reached by that day, gone by (a place set with the date before the
#    comma, as "By Tuesday afternoon, ... had" already was).
def test_by_a_day_in_a_place_then_a_past_clause() -> None:
    text = ("By Tuesday afternoon in Lisle, the Velto Federation of Retired Teachers (VFRT) and the national nurses' "
            "union Orsa had both agreed that the offer was too low.")
    assert values(text, date(2032, 8, 4))["Tuesday afternoon"] == "2032-08-03TAF"
    # left alone: a deadline ahead
    assert values("By Tuesday afternoon in Lisle, the council must decide.", date(2032, 8, 2))["Tuesday afternoon"] \
        == "2032-08-03TAF"


# 8. A month closing the event a main clause gives as its cause ("over the collapse of the dam in May") dates
#    that event: the nearest such month, whatever the plan of the main clause.
def test_the_month_of_an_event_given_as_a_cause() -> None:
    sep = date(2032, 9, 10)
    text = "Velto's chairman will resign over the collapse of the Arnby dam in May."
    assert values(text, sep)["May"] == "2032-05"
    text = "The board would cut his bonus after the collapse of the Velto fund in June, it said."
    assert values(text, sep)["June"] == "2032-06"
    # left alone: the plan's own month
    assert values("Velto's chairman will resign in May.", sep)["May"] == "2033-05"


# 9. A clock time on a weekday with its calendar day written after it, with no comma ("at about 6:10am on Friday 3
#    September"), is one expression, and the day it names is the day the text goes on to tell ("the following day").
def test_a_clock_time_on_a_weekday_and_its_written_day() -> None:
    text = "The yacht landed at about 6:10am on Friday 3 September. The crew flew home the following day."
    got = [(t.text, t.value) for t in find_timexes(text, date(2032, 9, 7))]
    assert got == [("about 6:10am on Friday 3 September", "2032-09-03T06:10"), ("the following day", "2032-09-04")]
    # the stop after an abbreviated month stays part of it
    got = [(t.text, t.value) for t in find_timexes("Reed left at 9am on Monday, 6 Sept. Velto said so.", date(2032, 9, 7))]
    assert got[0] == ("9am on Monday, 6 Sept.", "2032-09-06T09:00")
