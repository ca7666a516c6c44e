"""Round 66 (timeline, dated events). One test per rule, each with what it must leave alone. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from tests.timeline.test_round64b_events import _days, _rows


def test_a_stated_past_year_beside_the_sentences_day_is_background() -> None:
    body = ("VALDMERE (One Wire) - Shares of Corran Power jumped 41% on Thursday after inspectors cleared it over the 2037 "
            "substation explosion.\n\n"
            "The stock closed at $12.40 on Thursday, its highest since the 2036 listing.\n\n"
            "Judge Ana Varga, who oversees the probation stemming from its 2035 conviction, set the conditions on Jan. 9.\n\n"
            "Corran said on Monday it would sell the grid business in 2042.\n\n"
            "Corran was founded in 1998 and listed in 2036.\n\n"
            "A 2037 review found faults in its lines, the company said on Monday.\n")
    got = _rows("Corran Power jumps after inspectors' finding", body, "2041-01-18")
    assert _days(got, "VALDMERE") == {"2041-01-17"}
    assert _days(got, "The stock closed") == {"2041-01-17"}
    assert _days(got, "Judge Ana Varga") == {"2041-01-09"}
    # round 68: a plan's year after the day of its telling is no event of the sentence (the writers list the telling)
    assert _days(got, "Corran said on Monday") == {"2041-01-14"}
    assert _days(got, "Corran was founded") == {"1998-01-01", "2036-01-01"}  # no day told: the years are the events
    assert _days(got, "A 2037 review found") == {"2037-01-01", "2041-01-14"}  # the subject of a verb of its own


def test_a_release_of_data_is_told_on_the_report_s_day() -> None:
    # published on Thursday 2041-03-14
    body = ("NEW YORK (One Wire) - Stocks fell on Thursday as investors weighed a batch of weak figures.\n\n"
            "Valdmere's exports fell 4.1% in February, official data showed.\n\n"
            "Jobless claims rose by 12,000 to 231,000 last week, the Labor Department said.\n\n"
            "Fuel stocks rose by 2.2 million barrels in the week to March 8, the Energy Information Administration said.\n\n"
            "The Energy Information Administration said last week that stocks had reached a record.\n\n"
            "Corran Foods cut 400 jobs in February.\n")
    got = _rows("Stocks fall on weak figures", body, "2041-03-14")
    assert _days(got, "Valdmere's exports") == {"2041-03-14"}
    assert _days(got, "Jobless claims rose") == {"2041-03-14"}
    assert _days(got, "Fuel stocks rose") == {"2041-03-14"}
    assert _days(got, "The Energy Information Administration said last week") == {"2041-03-04"}  # the telling's week
    assert _days(got, "Corran Foods cut") == {"2041-02-01"}  # no release: the month is the event's


def test_results_for_a_past_quarter_are_told_on_the_report_s_day() -> None:
    # published on Thursday 2041-04-25
    body = ("LONDON (One Wire) - Corran Oil cut its dividend on Thursday as the slump in prices hit its earnings.\n\n"
            "Adjusted earnings fell 38% to $2.1 billion in the first quarter from $3.4 billion a year earlier.\n\n"
            "Net sales rose 9% to $1.2 billion in the second quarter ended March 30.\n\n"
            "On March 4 it reported a 12% rise in revenue for the three months to Feb. 28.\n\n"
            "Corran expects earnings to recover in the third quarter.\n")
    got = _rows("Corran Oil cuts dividend", body, "2041-04-25")
    assert _days(got, "Adjusted earnings fell") == {"2041-04-25"}
    assert _days(got, "Net sales rose") == {"2041-04-25"}
    assert "2041-04-25" not in _days(got, "On March 4")  # the day it names tells its event
    assert "2041-04-25" not in _days(got, "Corran expects")  # a coming quarter is no release
