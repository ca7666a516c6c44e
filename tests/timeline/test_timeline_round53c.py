"""Round 53, third wave (timeline53c): a "today" that judges a past deed now ("the cuts we announced on Thursday are
the ones we believe are necessary today") is no event of the article's day; a run's last session told by a participle
after its figure ("gained 30.2% for the week, closing on Thursday at $36.18") is no event beside an earlier date of the
sentence; a count after a request told in the past ("asked the board to open its books within five business days")
runs from the request's day and dates nothing; a stake's size after a verb taking or telling it ("disclosed a 6.2%
stake in Orlan last year") is no figure over that year, which dates the disclosure; "this year" after a deed told in the
perfect ("had repurchased about 2% of its shares this year") is the year so far. One test per rule, each with what it
must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows


def test_a_today_judging_a_past_deed_is_no_event() -> None:
    # Monday 2041-10-14
    got = rows(HEAD + "What I can say is that the closures we announced on Thursday are the ones we believe are "
                      "necessary today.\n", "2041-10-14")
    assert got == [("Thursday", "2041-10-10", "2041-10-10")]
    got = rows(HEAD + "The price Velmora paid in March is still justified today, its chairman said.\n", "2041-10-14")
    assert got == [("March", "2041-03-01", "2041-03-31")]


def test_a_today_of_its_own_deed_stays() -> None:
    got = rows(HEAD + "The closures announced on Thursday take effect today.\n", "2041-10-14")
    assert got == [("Thursday", "2041-10-10", "2041-10-10"), ("today", "2041-10-14", "2041-10-14")]
    got = rows(HEAD + "Velmora said today that the closures are necessary.\n", "2041-10-14")
    assert got == [("today", "2041-10-14", "2041-10-14")]


def test_a_run_s_closing_day_after_its_figure_is_no_event_beside_an_earlier_one() -> None:
    # Friday 2041-10-18
    got = rows(HEAD + "Since Velmora made its offer public on Monday, Orlan's shares have gained 30.2% for the week, "
                      "closing on Thursday at $36.18.\n", "2041-10-18")
    assert got == [("Monday", "2041-10-14", "2041-10-14")]


def test_a_closing_day_alone_or_without_a_figure_stays() -> None:
    got = rows(HEAD + "Orlan shares gained 30.2% for the week, closing on Thursday at $36.18.\n", "2041-10-18")
    assert got == [("Thursday", "2041-10-17", "2041-10-17")]
    got = rows(HEAD + "Velmora opened its bid on Monday, closing on Thursday with 60% of the shares tendered.\n",
               "2041-10-18")
    assert got == [("Monday", "2041-10-14", "2041-10-14"), ("Thursday", "2041-10-17", "2041-10-17")]


def test_a_count_within_a_request_told_in_the_past_is_no_date() -> None:
    # Wednesday 2041-02-13: the five business days run from the letter's day, not the article's
    got = rows(HEAD + "In a letter dated 02/12/2041 and released with the offer, Velmora asked Orlan's board to waive "
                      "its rights plan and open its books within five business days.\n", "2041-02-13")
    assert got == [("02/12/2041", "2041-02-12", "2041-02-12")]


def test_a_count_within_a_request_to_come_or_a_plan_stays() -> None:
    got = rows(HEAD + "Velmora will ask Orlan's board to open its books within five business days.\n", "2041-02-13")
    assert got == [("five business days", "2041-02-13", "2041-02-20")]
    got = rows(HEAD + "The regulator, which asked for comments last year, said it would rule within 30 days.\n",
               "2041-02-13")
    assert ("30 days", "2041-02-13", "2041-03-15") in got


def test_a_stake_disclosed_in_a_year_dates_the_disclosure() -> None:
    # Friday 2041-02-08
    got = rows(HEAD + "Larkspur Capital, which disclosed a 6.2% stake in Orlan last year, said in a letter on Thursday "
                      "that the board must act.\n", "2041-02-08")
    assert got == [("Thursday", "2041-02-07", "2041-02-07"), ("last year", "2040-01-01", "2040-12-31")]


def test_a_figure_over_a_period_beside_a_day_stays_a_yardstick() -> None:
    got = rows(HEAD + "Larkspur Capital, which holds a 6.2% stake in Orlan, said on Thursday its shares rose 4% last "
                      "year.\n", "2041-02-08")
    assert got == [("Thursday", "2041-02-07", "2041-02-07")]


def test_this_year_after_a_deed_told_in_the_perfect_is_the_year_so_far() -> None:
    # Tuesday 2041-09-24
    got = rows(HEAD + "The company also suspended its buyback, under which it had repurchased about 2% of its shares "
                      "this year.\n", "2041-09-24")
    assert got == [("this year", "2041-01-01", "2041-09-23")]
    got = rows(HEAD + "Velmora has opened two plants this year.\n", "2041-09-24")
    assert got == [("this year", "2041-01-01", "2041-09-24")]


def test_this_year_of_a_plan_or_a_forecast_stays_no_date() -> None:
    for sentence in ("Velmora has cut its profit forecast for this year.",
                     "Velmora has budgeted $40 million for this year.",
                     "Velmora has said it will open two plants this year."):
        assert rows(HEAD + sentence + "\n", "2041-09-24") == []
