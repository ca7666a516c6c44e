"""Round 44 (timex, dates56): "this <weekday>" of the week of writing already gone by, in a clause told in the past
with words between the verb and the day ("issued at 7.02am this Monday"), is that past day. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 20)  # a Wednesday


def values(text: str, dct: date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_this_weekday_gone_by_in_a_past_clause_is_that_day() -> None:
    text = ("Velmora Foods' statement, issued at 7.02am this Monday and announcing that its grain fund had stopped "
            "dealing, was a fine example of the genre.")
    assert ("this Monday", "2041-03-18") in values(text)
    assert ("this Tuesday", "2041-03-19") in values("The Varden board met in private this Tuesday, members said.")


def test_this_weekday_ahead_or_in_a_plan_stays_ahead() -> None:
    # left alone: a future clause, a weekday later in the week, and no past verb in the clause
    assert ("this Monday", "2041-03-25") in values("Velmora Foods will vote on the offer this Monday.")
    assert ("this Friday", "2041-03-22") in values("The board met on Tuesday and meets again this Friday.")
    assert ("this Monday", "2041-03-25") in values("The mayor hopes to sign the lease this Monday.")


def test_a_capitalised_verb_opening_a_list_item_after_its_colon_tells_a_schedule() -> None:
    # a stocks-to-watch line: "Reports ... on Thursday" is the company's coming report, not last Thursday's
    got = values("• Keel Foods (KEEL): Reports full-year results on Thursday.")
    assert ("Thursday", "2041-03-21") in got


def test_a_capitalised_word_without_the_item_s_colon_stays_a_title() -> None:
    # left alone: a capitalised noun of a name before the day
    assert ("Thursday", "2041-03-14") in values("The Varden Reports on Thursday showed a gap in the grain accounts.")


def test_a_comparison_in_an_earlier_joined_clause_does_not_turn_a_month_back() -> None:
    # published on 2041-03-20: "less than" belongs to the first clause; the second's December is the coming one
    text = ("The Keel Foods fee begins less than four weeks before the spring fair, and grain returns typically peak "
            "in early December.")
    assert ("early December", "2041-12") in values(text)


def test_a_comparison_in_the_month_s_own_clause_still_does() -> None:
    # left alone: the comparison is the month's own clause's ("lower than in January")
    assert ("January", "2041-01") in values("Grain returns are lower than in January, the Varden board says.")
