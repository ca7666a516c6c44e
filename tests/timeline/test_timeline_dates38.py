"""Round 45 (timeline, dates38): a coming year right after a verb of a term's end ("licences that expire in 2027",
"permits that lapse next year", "leases that run to 2031") dates that end, as a goal's year does; a month before a
statistical index ("its March used-vehicle price index") is the period the report covers, no event; a state since a
month of a year ("run by X since December 2019") dates its start beside the sentence's day; a past act with its object
before a bare season ("held meetings over the summer") dates the season just gone; weeks "spent" on an act in the
present perfect are the weeks up to the article; "next spring" is the coming spring whatever the tense; the middle of
the current or a coming year ("mid-2025") is placed as its months; "the Christmas quarter" is no day. One test per
rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows


def test_a_coming_year_after_a_verb_of_a_term_s_end_dates_that_end() -> None:
    got = rows(HEAD + "Velmora Telecom spent most of the money renewing licences that expire in 2043.\n", "2041-06-04")
    assert got == [("2043", "2043-01-01", "2043-12-31")]
    got = rows(HEAD + "The auction opened on Tuesday, as carriers stuck to renewing permits that lapse next year.\n",
               "2041-06-04")
    # round 68: beside the day the sentence tells, the coming year is no event of it (the writers list the day:
    # :func:`analysis.timeline.background.coming_horizons`)
    assert ("next year", "2042-01-01", "2042-12-31") not in got
    assert ("Tuesday", "2041-06-04", "2041-06-04") in got
    got = rows(HEAD + "The 40 trains are leased from Keel Stock under agreements that run to 2046.\n", "2041-06-04")
    assert got == [("2046", "2046-01-01", "2046-12-31")]


def test_a_coming_year_not_right_after_a_term_s_end_or_modifying_a_noun_stays_out() -> None:
    # left alone: a year modifying the noun after it, and a term's end told in the past with the year elsewhere
    assert rows(HEAD + "The expiring licences were auctioned at 2043 prices.\n", "2041-06-04") == []
    assert rows(HEAD + "Velmora's licences, which lapsed, were renewed, the regulator's 2043 plan shows.\n",
                "2041-06-04") == []


def test_a_month_before_a_price_index_is_the_period_it_covers() -> None:
    for determiner in ("its", "the"):
        got = rows(HEAD + f"Carrow Data will publish {determiner} March used-vehicle price index on April 7.\n",
                   "2041-03-13")
        assert got == [("April 7", "2041-04-07", "2041-04-07")]


def test_a_month_of_an_event_after_a_possessive_stays() -> None:
    # left alone: the month of an event after a possessive ("the company's March debut") is that event's
    got = rows(HEAD + "Curbs on insiders selling after the company's March stock market debut expired on Tuesday.\n",
               "2041-09-12")
    assert ("March", "2041-03-01", "2041-03-31") in got


def test_a_state_since_a_month_of_a_year_dates_its_start_beside_the_sentence_s_day() -> None:
    got = rows(HEAD + "The minister said on Tuesday that the Velden line, run by Keel Group since December 2036, would "
                      "pass to the state on June 29.\n", "2041-06-05")
    assert ("December 2036", "2036-12-01", "2036-12-31") in got
    assert ("June 29", "2041-06-29", "2041-06-29") in got


def test_a_figure_or_a_comparison_since_a_month_of_a_year_stays_a_yardstick() -> None:
    # left alone: a change measured since the month, and a record since it
    got = rows(HEAD + "Velden fares have risen 4% since December 2036, the office said on Tuesday.\n", "2041-06-05")
    assert got == [("Tuesday", "2041-06-04", "2041-06-04")]
    got = rows(HEAD + "Keel shares rose 6% on Tuesday, their largest gain since December 2036.\n", "2041-06-05")
    assert got == [("Tuesday", "2041-06-04", "2041-06-04")]


def test_a_past_act_with_its_object_before_a_bare_season_dates_the_season_just_gone() -> None:
    # published in October: "over the summer" is this year's
    got = rows(HEAD + "The vote came despite a campaign that included mandatory meetings over the summer.\n", "2041-10-10")
    assert got == [("the summer", "2041-06-01", "2041-08-31")]
    got = rows(HEAD + "Orla Venn joined the Velden board in the spring.\n", "2041-10-10")
    assert got == [("the spring", "2041-03-01", "2041-05-31")]


def test_a_bare_season_after_an_infinitive_or_a_gerund_stays_out() -> None:
    # left alone: what is still ahead ("winning voters in the fall", "decided to run for the seat in the spring")
    assert rows(HEAD + "Orla Venn had trouble winning voters in the fall.\n", "2041-07-10") == []
    assert rows(HEAD + "Orla Venn decided to run for the seat in the spring.\n", "2041-07-10") == []


def test_weeks_spent_on_an_act_told_in_the_present_perfect_are_the_weeks_up_to_the_article() -> None:
    # published on Wednesday 2041-07-10: the act filled the working days of the last week
    got = rows(HEAD + "Orla Venn has spent the past week fielding calls from worried Keel shareholders.\n", "2041-07-10")
    assert got == [("the past week", "2041-07-04", "2041-07-10")]


def test_weeks_spent_told_in_the_simple_past_or_ahead_stay_out() -> None:
    # left alone: no perfect ("spent the past week in Velden" may lie anywhere before), and a future perfect
    assert rows(HEAD + "Orla Venn spent the past week in Velden.\n", "2041-07-10") == []
    assert not any(e == "a week" for e, _, _ in rows(HEAD + "By Friday Orla Venn will have spent a week in Velden.\n",
                                                      "2041-07-10"))


def test_a_season_named_next_is_the_coming_one_whatever_the_tense() -> None:
    got = rows(HEAD + "We launch in Valdmere with Keel Stores next spring and in the north shortly after.\n", "2041-09-15")
    assert got == [("next spring", "2042-03-01", "2042-05-31")]


def test_the_middle_of_the_current_or_a_coming_year_is_placed_as_its_months() -> None:
    got = rows(HEAD + "The Velden plant could reopen in mid-2041, the council said.\n", "2041-03-11")
    assert ("mid-2041", "2041-05-01", "2041-08-31") in got
    got = rows(HEAD + "Keel Foods will open its second press in the middle of 2043.\n", "2041-03-11")
    assert got == [("the middle of 2043", "2043-05-01", "2043-08-31")]


def test_the_middle_of_a_past_year_stays_as_it_was() -> None:
    # left alone: a past year's middle, already placed by the year of the background
    got = rows(HEAD + "The Velden plant closed in mid-2038.\n", "2041-03-11")
    assert got == [("mid-2038", "2038-05-01", "2038-08-31")]


def test_a_holiday_naming_a_quarter_of_trade_is_no_day() -> None:
    got = rows(HEAD + "Keel Stores reports third-quarter results on November 4, but the first real evidence will come "
                      "in the numbers for the Christmas quarter, due early next year.\n", "2041-10-09")
    assert ("Christmas", "2041-12-25", "2041-12-25") not in got
    assert ("November 4", "2041-11-04", "2041-11-04") in got


def test_a_holiday_on_which_something_happens_stays_a_day() -> None:
    # left alone: a day something is planned for
    assert rows(HEAD + "Keel Foods will close the Velden plant at Christmas.\n", "2041-10-09") == [
        ("Christmas", "2041-12-25", "2041-12-25")]
