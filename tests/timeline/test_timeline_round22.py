"""Round 22: dated events on real text (a recall read of TempEval-3 train). Invented sentences."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_earlier_this_year_dates_a_past_act_over_the_year_so_far() -> None:
    got = dates_of("Earlier this year, Quillmark Labs made a $15-a-share offer for Brontel Corp.", "2029-10-30")
    assert got == [("Earlier this year", "2029-01-01", "2029-10-29")]
    got = dates_of("Tansey Mills earlier this year adopted a shareholder-rights plan.", "2029-10-30")
    assert got == [("earlier this year", "2029-01-01", "2029-10-29")]
    got = dates_of("A venture of Ferrowind Ltd. and Orlepp Corp. earlier in the year opened a glass recycling plant.",
                   "2029-10-30")
    assert got == [("earlier in the year", "2029-01-01", "2029-10-29")]
    # left alone: a figure's change over the year so far, a state, something said
    assert dates_of("Sales at Tansey Mills rose 4% earlier this year.", "2029-10-30") == []
    assert dates_of("Earlier this year, orders at Tansey Mills were weak.", "2029-10-30") == []
    assert dates_of("Mr. Quarle said the problems that hurt the mill earlier this year are now behind it.",
                    "2029-10-30") == []
    assert dates_of("Tansey Mills plans to sell the plant this year.", "2029-10-30") == []


def test_a_bare_past_season_dates_a_fronted_act_or_a_past_verb_right_before_it() -> None:
    got = dates_of("Over the summer, Pellick Foods' rivals offered deeper discounts than ever.", "2029-10-30")
    assert got == [("the summer", "2029-06-01", "2029-08-31")]
    got = dates_of("A report issued over the summer by the Dunmere Institute found that rents doubled.", "2029-10-30")
    assert got == [("the summer", "2029-06-01", "2029-08-31")]
    # left alone: a figure over the season, a state, a plan, a season with its year in words (a yardstick)
    assert dates_of("Sales at Pellick Foods rose 4% over the summer.", "2029-10-30") == []
    assert dates_of("Orders at Pellick Foods were weak during the summer.", "2029-10-30") == []
    # (a plan: since round 36 the season is the coming summer, not the one gone by, and the plan is drawn at it)
    assert dates_of("Mr. Harrow said the film is set to be released in the summer.", "2029-10-30") == [
        ("the summer", "2030-06-01", "2030-08-31")]
    assert dates_of("Next is the level we saw in the winter of nineteen ninety-four.", "2029-10-30") == []
