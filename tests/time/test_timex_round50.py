"""Round 50 (timex50): values of temporal expressions on unseen text. Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

WED = date(2041, 9, 18)  # a Wednesday
FRI = date(2041, 9, 20)  # a Friday
MON = date(2041, 9, 23)  # a Monday


def values(text: str, dct: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A relative clause opened by "that" with a present verb of a schedule looks ahead, whatever the main clause.
def test_a_schedule_verb_after_relative_that_looks_ahead() -> None:
    assert values("The ministry freed the two sides from talks last month, opening a truce that expires at midnight "
                  "on Thursday.", WED)[-1] == ("midnight on Thursday", "2041-09-19T24:00")
    assert values("Innkeepers had reported cancellations from guests bound for a trade fair that opens Tuesday.",
                  FRI) == [("Tuesday", "2041-09-24")]
    # left alone: "that" as a determiner before a noun, a past verb in the relative clause, and "a Monday" (any)
    # (round 57: "on a Monday" in a habit told in the present is any Monday, TimeML's XXXX-WXX-1)
    assert values("It is the kind of memo that arrives at 7am on a Monday.", WED) == [("7am", "2041-09-18T07:00"),
                                                                                      ("Monday", "XXXX-WXX-1")]
    assert values("Ms. Orrin said that report on Monday was wrong.", WED) == [("Monday", "2041-09-16")]
    assert values("The inquiry that opened on Monday heard from six witnesses.", WED) == [("Monday", "2041-09-16")]


# 2. A condition after the date keeps its own (back-shifted) tense: the date's clause stays ahead.
def test_a_condition_after_the_date_keeps_its_own_tense() -> None:
    assert values("The dockers said stoppages would escalate to a full walkout on Wednesday if the port did not "
                  "improve its offer.", FRI) == [("Wednesday", "2041-09-25")]
    # left alone: a counterfactual "would have", and a past clause
    assert values("Mr. Tarne would have chaired the meeting on Monday if he had been invited.", WED) == [
        ("Monday", "2041-09-16")]
    assert values("The dockers walked out on Monday if the minutes are right.", WED) == [("Monday", "2041-09-16")]


# 3. A stretch "through" a day, told in the present, the present perfect or the progressive, ends ahead.
def test_a_stretch_through_a_day_told_now_ends_ahead() -> None:
    assert values("Vellair has canceled all flights through Monday.", FRI) == [("Monday", "2041-09-23")]
    assert values("Orbanet says it is capping fares at $99 one way through Thursday.", MON) == [
        ("Thursday", "2041-09-26")]
    # left alone: a clause told in the past, a range's second end, and a possessive day
    assert values("Shares of Vellair rose through Monday.", FRI) == [("Monday", "2041-09-16")]
    assert values("The port stayed open through Monday.", FRI) == [("Monday", "2041-09-16")]
    assert values("The fair ran from Tuesday through Thursday.", MON) == [
        ("Tuesday", "2041-09-17"), ("Thursday", "2041-09-19")]
    assert values("Prices held steady through Monday's close.", FRI) == [("Monday", "2041-09-16")]
    # nor a present perfect of another verb, which counts up to a day gone by, nor a month's day
    assert values("Turnout fell in the nine states that have held primaries through Tuesday.", FRI) == [
        ("Tuesday", "2041-09-17")]
    assert values("The Orrin fund has fallen 2% this year through Sept. 12, Larkin says.", FRI) == [
        ("this year", "2041"), ("Sept. 12", "2041-09-12")]


# 3b. A verb of calling off told in the past, then "through" a day: the nearest such day.
def test_days_called_off_in_the_past_take_the_nearest() -> None:
    assert values("The carrier canceled its entire schedule through Monday.", FRI) == [("Monday", "2041-09-23")]
    assert values("Orbanet said it had suspended service through Monday and was rebooking riders.", FRI) == [
        ("Monday", "2041-09-23")]
    # left alone: a present passive or a state, and a deferral, ahead whatever the distance
    assert values("Flights are cancelled through Monday.", WED) == [("Monday", "2041-09-23")]
    assert values("The road stays shut until Monday.", WED) == [("Monday", "2041-09-23")]
    assert values("Officials postponed until Tuesday morning any ruling on the permit.", date(2041, 9, 19)) == [
        ("Tuesday morning", "2041-09-24TMO")]
    # the nearest may lie back
    assert values("The carrier canceled its entire schedule through Monday.", WED) == [("Monday", "2041-09-16")]


# 4. The day an arrangement told in the past is made for: the nearest such day, also with a clock time.
def test_an_arrangement_for_a_day_takes_the_nearest() -> None:
    assert values("Stellan Air slid 4% after its cabin crew union set a strike for 12:01 a.m. Friday.", WED) == [
        ("12:01 a.m. Friday", "2041-09-20T00:01")]
    assert values("The dockers' union set a strike for Friday.", WED) == [("Friday", "2041-09-20")]
    # the nearest such day may lie back
    assert values("The council called a special meeting for Monday.", WED) == [("Monday", "2041-09-16")]
    # left alone: a clock time of a past act
    assert values("The crews walked out at 12:01 a.m. Friday.", WED) == [("12:01 a.m. Friday", "2041-09-13T00:01")]


# 5. A "when" clause after the date whose verb is a present of a schedule or a future: the day of what is to come.
def test_a_when_clause_of_a_schedule_after_the_date_looks_ahead() -> None:
    assert values("Ms. Varga's first public test comes on Tuesday, when she hosts a call with analysts.", MON) == [
        ("Tuesday", "2041-09-24")]
    assert values("The real test comes in March, when the cuts are due.", WED) == [("March", "2042-03")]
    # left alone: a past main clause, and a past "when" clause
    assert values("Orvell shares fell on Tuesday, when the company reports results.", FRI) == [
        ("Tuesday", "2041-09-17")]
    assert values("It happened on Tuesday, when she hosted a call.", FRI) == [("Tuesday", "2041-09-17")]


# 6. A proposal's gerund told in the past ("had proposed resuming talks on Tuesday"): the nearest such day.
def test_a_proposed_act_takes_the_nearest_day() -> None:
    assert values("Orvell said it had proposed resuming talks on Tuesday.", MON) == [("Tuesday", "2041-09-24")]
    # the nearest may lie back
    assert values("Orvell said it had proposed resuming talks on Friday.", MON) == [("Friday", "2041-09-20")]
    # left alone: no gerund of the proposal
    assert values("Orvell proposed a truce on Tuesday.", MON) == [("Tuesday", "2041-09-17")]


# 7. A bare past after its pronoun subject, with an adverb of sequence between, right before the date: past.
def test_a_bare_past_with_an_adverb_after_its_pronoun_is_past() -> None:
    sep18 = date(2041, 9, 18)
    assert values("Ms. Orr said Velmar was on track to break even in 2043, a target it first set in March.", sep18) == [
        ("2043", "2043"), ("March", "2041-03")]
    # left alone: a plan ahead with no such past ("a target it will set in March")
    assert values("Velmar is on track to break even in 2043, a target it will set in March.", sep18) == [
        ("2043", "2043"), ("March", "2042-03")]
