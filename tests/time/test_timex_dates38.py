"""Round 45 (timex, dates38): a four-digit measure in a unit ("the 1800 MHz band") is no year; "March" after a
possessive and before a noun ("the company's March listing") is the month; a plan's participle after a preposition
("14 per cent of scheduled services") modifies its noun, no future of the clause; a past auxiliary after "and" opens a
verb phrase of its own ("would report on Thursday and had suspended"); a day's report the clause expects ("Thursday's
CPI report is expected to show") is still to come. Every sentence, outlet and name is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 20)  # a Wednesday


def values(text: str, dct: date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_four_digit_measure_in_a_unit_is_no_year() -> None:
    got = values("Velmora Telecom spent most of the money on the 900 MHz and 1800 MHz bands.")
    assert got == []
    assert values("The Keelby plant, a 2100 MW coal unit, opened in 2019.") == [("2019", "2019")]


def test_march_after_a_possessive_and_before_a_noun_is_the_month() -> None:
    # published in September: the company's March listing was this March
    dct = date(2041, 9, 12)
    assert ("March", "2041-03") in values("Lock-up rules from the company's March stock market debut expired on "
                                          "Tuesday.", dct)
    assert ("March", "2041-03") in values("Orla Venn cited her March comment that the fund was sound.", dct)


def test_march_after_a_name_s_possessive_or_before_no_noun_stays_unread() -> None:
    # left alone: a named march ("the Women's March"), and the verb after a possessive noun
    assert values("The Women's March organisers met the mayor.") == []
    assert values("The workers' march on the capital was peaceful.") == []


def test_a_plan_participle_after_a_preposition_is_its_noun_s_modifier() -> None:
    # published in June: a past peak "in December" is last December, not the coming one
    got = values("Cancellations at Velden Rail peaked at 14 per cent of scheduled services in December, when a "
                 "shortage of drivers hit.", date(2041, 6, 5))
    assert got == [("December", "2040-12")]


def test_a_plan_participle_with_no_past_in_its_sentence_still_looks_ahead() -> None:
    # left alone: a plan with no past verb ("will vote on planned cuts in December")
    assert values("The Velden board will vote on planned cuts in December.", date(2041, 6, 5)) == [
        ("December", "2041-12")]


def test_a_past_auxiliary_after_and_does_not_turn_a_plan_back() -> None:
    # published on Wednesday: "said it would update the market on Thursday" is tomorrow, whatever "and had" says
    got = values("Harlow Finance said it would update the market on its provisions on Thursday and had suspended "
                 "its buyback.")
    assert got == [("Thursday", "2041-03-21")]


def test_a_past_auxiliary_of_the_main_clause_still_reads_back() -> None:
    # left alone: a sentence opening with the date and a past auxiliary of its clause
    assert values("Until Thursday, the Velden board had not named a chair.") == [("Thursday", "2041-03-14")]


def test_a_day_s_report_a_clause_expects_is_still_to_come() -> None:
    got = values("Thursday's CPI report is expected to show annual inflation of 2.8% in Valdmere.")
    assert got == [("Thursday", "2041-03-21")]
    assert ("Friday", "2041-03-22") in values("Friday's jobs report will show whether Valdmere hiring slowed.")


def test_a_day_s_event_that_will_have_effects_stays_past() -> None:
    # left alone: a decision that has been taken and will have effects
    assert values("Monday's ruling will reverberate through the Valdmere courts.") == [("Monday", "2041-03-18")]
