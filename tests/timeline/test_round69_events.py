"""Round 69 (timeline, dated events). One test per rule, each with what it must leave alone. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from tests.timeline.test_round64b_events import _days, _rows


def test_a_coming_month_read_most_of_a_year_off_with_nothing_ahead_is_the_last_one() -> None:
    # published on Friday 2041-10-11: the central bank's "September meeting" is last month's
    body = ("VALDMERE (One Wire) - Corran Power shares fell 5% this week, matching their slide in the week of the "
            "inspection in September.\n\n"
            "Minutes of the central bank's September meeting are due on Wednesday.\n\n"
            "Corran will open its new plant in September, the company said.\n\n"
            "2040 - November 20: Corran signs a deal with Pellham Foods.\n")
    got = _rows("Corran Power slides", body, "2041-10-11")
    assert "2041-09-01" in _days(got, "Minutes of the central bank")
    assert "2042-09-01" not in _days(got, "Minutes of the central bank")
    assert _days(got, "Corran will open") == {"2042-09-01"}  # told as ahead: the coming September
    assert _days(got, "2040 - November 20") == {"2040-11-20"}  # its year stated on its line


def test_a_past_month_read_most_of_a_year_off_that_starts_a_plan_is_the_coming_one() -> None:
    # published on 2041-05-07: "a trial to begin on July 14" is the coming July's
    body = ("DOVERTON, May 1 (One Wire) - A judge on Tuesday agreed to fast-track Corran's suit against Pellham, "
            "scheduling a trial to begin on July 14.\n\n"
            "Corran rose 8% last week, including a 7% jump on Tuesday after the judge agreed to hear the case quickly "
            "and set a July trial.\n\n"
            "Corran approved the sale of its grid arm in July, the company said.\n")
    got = _rows("Corran wins fast trial", body, "2041-05-07")
    assert "2041-07-14" in _days(got, "DOVERTON")
    assert "2040-07-14" not in _days(got, "DOVERTON")
    assert _days(got, "Corran approved the sale") == {"2040-07-01"}  # a past act's month: last July, as read


def test_a_record_measured_from_at_least_a_year_or_a_level_last_seen_is_no_event() -> None:
    # published on Tuesday 2041-12-10
    body = ("VALDMERE (One Wire) - Corran closed 9.4% lower at 187p, its worst day since at least 2033.\n\n"
            "Over the third quarter the Valdmere 100 fell 6.2%, its steepest quarterly decline since the same period of "
            "2031.\n\n"
            "Pellham shares have shed 10.3 percent since the verdict against its unit last Friday, and are trading at "
            "levels last seen in 2033.\n\n"
            "The stock is now off as much as 7.3 percent at 141.20 crowns, a level last seen in mid-2036.\n\n"
            "Prices were last seen there in 2031.\n\n"
            "Corran fell 6.4 percent, its worst day since the company floated in 2031.\n")
    got = _rows("Corran slumps", body, "2041-12-10")
    assert "2033-01-01" not in _days(got, "VALDMERE")
    assert "2031-01-01" not in _days(got, "Over the third quarter")
    assert _days(got, "Pellham shares have shed") == {"2041-12-06"}
    assert "2036-05-01" not in _days(got, "The stock is now off")
    assert _days(got, "Prices were last seen") == {"2031-01-01"}  # alone, with no move: its date stays
    assert "2031-01-01" in _days(got, "Corran fell 6.4 percent")  # an event's clause after "since" stays (earlier pins)
