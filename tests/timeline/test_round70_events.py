"""Round 70 (timeline, dated events). One test per rule, each with what it must leave alone. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from tests.timeline.test_round64b_events import _days, _rows


def test_a_past_year_in_an_aside_on_the_subject_dates_no_act_of_the_day() -> None:
    # published on Tuesday 2041-07-16, a report of its day
    body = ("VALDMERE, July 16 (One Wire) - Corran Power chief executive Ana Varga quit on Tuesday over a billing "
            "scandal.\n\n"
            "The finance chief, Tom Brask, and Eli Lund, who ran the group from 2029 to 2033 and now sits on its "
            "advisory board, also left.\n\n"
            "Pellham, which bought the grid unit in 2031 when it took over Orrin, said in a statement that it had "
            "cut its tariffs.\n\n"
            "Dovercorp, set up in 2027 by two farm lenders, said it was weighing asset sales to shore up its "
            "capital.\n\n"
            "Orrin, which was founded in 2012, listed its shares in 2019.\n\n"
            "Orrin, which was founded in 2012, is a small lender.\n\n"
            "Keel, which bought the mill in 2030, said on Tuesday it would close it.\n")
    got = _rows("Corran chief quits", body, "2041-07-16")
    assert _days(got, "Pellham, which bought") == {"2041-07-16"}
    assert _days(got, "Dovercorp, set up") == {"2041-07-16"}
    assert _days(got, "The finance chief") == set()  # the tenure is no date of the act
    assert _days(got, "Orrin, which was founded in 2012, listed") == {"2012-01-01", "2019-01-01"}  # a year of its own
    assert _days(got, "Orrin, which was founded in 2012, is") == {"2012-01-01"}  # a state: the founding is its event
    assert _days(got, "Keel, which bought") == {"2030-01-01", "2041-07-16"}  # a day named: the writers list both


def test_the_end_of_a_run_of_reporting_years_names_their_period_beside_the_event() -> None:
    # published on 2041-07-24; "June" without its year is read as last June, the end of the year ended then
    body = ("Feb. 15 - Keel hires an auditor to lead the review, and puts the shortfall at about 80 million crowns "
            "for the four years to June 2039.\n\n"
            "In January the company put the likely shortfall at about 80 million crowns across the two financial "
            "years to June 2039.\n\n"
            "On May 8 it scrapped its outlook for the year ended in June.\n\n"
            "Keel closed its mill in June 2039.\n")
    got = _rows("How the Keel affair unfolded", body, "2041-07-24")
    assert _days(got, "Feb. 15") == {"2041-02-15"}
    assert _days(got, "In January") == {"2041-01-01"}
    assert _days(got, "On May 8") == {"2041-05-08"}
    assert _days(got, "Keel closed its mill") == {"2039-06-01"}  # an event's month, alone in its sentence


def test_a_span_up_to_the_session_beside_an_undated_move_of_the_day_is_its_state() -> None:
    # published on Friday 2041-11-15, a report of its session
    body = ("VALDMERE, Nov 15 (One Wire) - Corran Power shares fell 6% on Friday after the regulator opened an inquiry.\n\n"
            "Corran closed down 5.9% at 412 pence, leaving it 13.3% lower on the week.\n\n"
            "Pellham Foods shares finished up 3.8% at 1,073 pence, clawing back part of the 29% they shed over the "
            "previous three sessions.\n\n"
            "Keel Group has lost 30% this week.\n")
    got = _rows("Corran slides on inquiry", body, "2041-11-15")
    assert _days(got, "Corran closed down") == {"2041-11-15"}
    assert _days(got, "Pellham Foods shares finished") == {"2041-11-15"}
    assert _days(got, "Keel Group has lost") == {"2041-11-11"}  # alone in its sentence, the span stays
