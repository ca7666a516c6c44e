"""Round 68 (timeline, dated events). One test per rule, each with what it must leave alone. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from tests.timeline.test_round64b_events import _days, _rows


def test_a_yearless_line_of_a_chronology_is_in_the_year_of_the_line_above() -> None:
    # published on 2041-11-20: "Jan. 20" alone reads as the coming January, but the list runs forward from 2040
    body = ("Corran Power's year, line by line.\n\n"
            "Nov. 3, 2040 - Corran Power sells its ferry arm.\n\n"
            "Jan. 9, 2041 - Corran opens a wind farm near Valdmere.\n\n"
            "Jan. 20 - The regulator opens an inquiry into Corran's accounts.\n\n"
            "June 4 - Corran names Ana Varga chief executive.\n\n"
            "September - Corran wins a licence to build a dam.\n\n"
            "Nov. 12 - Corran sells its grid unit.\n")
    got = _rows("Corran Power's year", body, "2041-11-20")
    assert _days(got, "Jan. 20 - ") == {"2041-01-20"}
    assert _days(got, "June 4 - ") == {"2041-06-04"}
    assert _days(got, "September - ") == {"2041-09-01"}
    assert _days(got, "Nov. 12 - ") == {"2041-11-12"}


def test_a_chronology_told_backwards_is_left_as_read() -> None:
    body = ("Corran Power's autumn, latest first.\n\n"
            "Nov. 12 - Corran sells its grid unit.\n\n"
            "Oct. 30 - Corran cuts its dividend.\n\n"
            "Oct. 2 - The regulator downgrades Corran's licence.\n\n"
            "June 4 - Corran names Ana Varga chief executive.\n")
    got = _rows("Corran Power's autumn", body, "2041-11-20")
    assert _days(got, "Oct. 2 - ") == {"2041-10-02"}
    assert _days(got, "June 4 - ") == {"2041-06-04"}


def test_a_plan_s_horizon_beside_the_past_day_it_was_told_is_no_event_of_the_sentence() -> None:
    # published on Friday 2041-07-26; Thursday is 2041-07-25
    body = ("SANTA RITA (One Wire) - Ardent Chips shares fell 12% on Friday.\n\n"
            "Ardent said on Thursday that its new mill would open late, in late 2042 or early 2043.\n\n"
            "At a briefing on Thursday, Ardent's chief executive said the board would pick a site for a second mill "
            "early next year.\n\n"
            "Corran Micro said last month it would shut its old plant, starting later this year.\n\n"
            "Ardent's new mill is due to open in 2043.\n\n"
            "Pellham Semiconductor said on Thursday it would report its results in October.\n\n"
            "Ardent's fine on Thursday was the largest since the one Corran paid in March 2039, and larger than a "
            "penalty imposed in 2040.\n")
    got = _rows("Ardent Chips falls", body, "2041-07-26")
    assert _days(got, "Ardent said on Thursday") == {"2041-07-25"}
    assert _days(got, "At a briefing on Thursday") == {"2041-07-25"}
    assert _days(got, "Corran Micro said") == {"2041-06-01"}
    assert _days(got, "Ardent's new mill") == {"2043-01-01"}  # alone, the year is its date
    assert _days(got, "Pellham Semiconductor") == {"2041-07-25", "2041-10-01"}  # a month to come stays
    assert "2040-01-01" in _days(got, "Ardent's fine on Thursday")  # a year already over stays


def test_a_close_named_as_a_record_or_told_with_what_it_was_is_that_day_s_event() -> None:
    # published on Tuesday 2041-09-17
    body = ("NEW YORK (One Wire) - The Valdmere 100 fell 2.6% on Tuesday, leaving it 8% below its Sept. 4 record close.\n\n"
            "Corran Power has recovered 3.1% from its Sept. 10 close, a ten-year low.\n\n"
            "Pellham Foods is down 21% from Wednesday's record close.\n\n"
            "Arnby Mills shares are up 140% since Aug. 27, the first session after the listing.\n\n"
            "Tarrow Ferries is 12% below its close on Sept. 6, before the accounts came out.\n\n"
            "Varden Rail is up 12% from Monday's close.\n\n"
            "Ostrava Leather is 18% below its Sept. 6 close.\n")
    got = _rows("Stocks fall", body, "2041-09-17")
    assert "2041-09-04" in _days(got, "NEW YORK")
    assert _days(got, "Corran Power") == {"2041-09-10"}
    assert _days(got, "Pellham Foods") == {"2041-09-11"}
    assert _days(got, "Arnby Mills") == {"2041-08-27"}
    assert _days(got, "Tarrow Ferries") == {"2041-09-06"}
    # a plain close stays the start of the move's span
    assert ("2041-09-17", "2041-09-17") in {(a, b) for s, a, b in got if s.startswith("Varden Rail")}
    assert ("2041-09-09", "2041-09-17") in {(a, b) for s, a, b in got if s.startswith("Ostrava Leather")}
