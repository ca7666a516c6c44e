"""Round 67 (timeline, dated events). One test per rule, each with what it must leave alone. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from tests.timeline.test_round64b_events import _days, _rows


def test_the_year_so_far_beside_a_past_day_is_the_day_s_background() -> None:
    # published on Saturday 2041-05-18
    body = ("VALDMERE (One Wire) - Corran Power said on Friday it would sell its grid business.\n\n"
            "Corran shares closed down 4.1% at $3.96 on Friday, leaving them down 71% so far this year.\n\n"
            "Pellham Foods, which had already fallen 48% this year, slumped 13% on Thursday.\n\n"
            "Arnby Mills sank 22% on Wednesday and has lost about 64% since the start of the year.\n\n"
            "Varden Rail had risen 12% this year before Monday, after it reported record sales on March 3.\n\n"
            "Ostrava Leather, whose results are due on Tuesday, has lost 9% this year.\n\n"
            "Tarrow Ferries is down 46% this year.\n")
    got = _rows("Corran Power to sell grid business", body, "2041-05-18")
    assert _days(got, "Corran shares closed") == {"2041-05-17"}
    assert _days(got, "Pellham Foods") == {"2041-05-16"}
    assert _days(got, "Arnby Mills") == {"2041-05-15"}
    assert _days(got, "Varden Rail") == {"2041-01-01", "2041-03-03"}  # the run up to Monday stays
    assert _days(got, "Ostrava Leather") == {"2041-01-01", "2041-05-21"}  # beside a day to come it stays
    assert _days(got, "Tarrow Ferries") == {"2041-01-01"}  # alone it stays


def test_a_close_told_with_its_price_is_that_day_s_event() -> None:
    # published on Friday 2041-06-14
    body = ("VALDMERE (One Wire) - Corran Power shares fell 4% on Friday.\n\n"
            "They are down 44% from Monday's close of $7.40.\n\n"
            "Pellham Foods has gained 160% since May 29, when it ended at $3.15.\n\n"
            "Arnby Mills stock is 19% below its June 3 close of 82.30 crowns.\n\n"
            "Varden Rail is up 12% from Monday's close.\n\n"
            "Tarrow Ferries is 8% above its June 3 close of 2% of its peak.\n")
    got = _rows("Corran Power falls", body, "2041-06-14")
    assert _days(got, "They are down") == {"2041-06-10"}
    assert _days(got, "Pellham Foods") == {"2041-05-29"}
    assert _days(got, "Arnby Mills") == {"2041-06-03"}
    assert ("2041-06-11", "2041-06-14") in {(a, b) for s, a, b in got if s.startswith("Varden Rail")}  # no price: the span
    assert "2041-06-03" not in _days(got, "Tarrow Ferries")  # a percentage is no price


def test_a_live_entry_keeps_its_day_beside_the_priced_close_its_move_is_measured_from() -> None:
    body = ("Corran Power live: shares plunge after the filing\n\n"
            "9:41 a.m. ET - Corran's first trade of the day: $1.15, down 61% from Friday's close of $2.95.\n\n"
            "10:15 a.m. ET - Corran shares are halted.\n")
    got = _rows("Corran Power live", body, "2041-06-17")
    assert _days(got, "9:41 a.m. ET") == {"2041-06-14", "2041-06-17"}


def test_an_index_reading_and_a_named_body_s_figures_are_releases_of_the_report_s_day() -> None:
    # published on Monday 2041-08-05
    body = ("NEW YORK (One Wire) - Stocks rose on Monday as investors weighed factory data.\n\n"
            "The Valdmere Institute for Supply Management said its factory index fell to 51.5 last month.\n\n"
            "The Corran services index rose to 49.2 in July from 48.3 in June.\n\n"
            "Fuel stocks rose by 2.2 million barrels in July, according to the Energy Information Administration.\n\n"
            "The Valdmere 100 index fell to 9,120 in July.\n")
    got = _rows("Stocks rise", body, "2041-08-05")
    assert _days(got, "The Valdmere Institute") == {"2041-08-05"}
    assert _days(got, "The Corran services index") == {"2041-08-05"}
    assert _days(got, "Fuel stocks rose") == {"2041-08-05"}
    assert _days(got, "The Valdmere 100 index") == {"2041-07-01"}  # a market's level is no reading of data


def test_an_act_set_at_the_end_of_a_period_to_come_is_on_its_last_day() -> None:
    # published on Thursday 2041-11-07
    body = ("VALDMERE (One Wire) - Corran Power said on Thursday its chief executive would leave.\n\n"
            "Ana Varga will leave at the end of the year, when her contract expires.\n\n"
            "Pellham Foods' finance chief would step down at the end of January, the company said.\n\n"
            "Corran had $12 billion of debt at the end of 2040.\n")
    got = _rows("Corran chief to leave", body, "2041-11-07")
    assert _days(got, "Ana Varga") == {"2041-12-31"}
    assert _days(got, "Pellham Foods") == {"2042-01-31"}
    assert "2040-12-31" not in _days(got, "Corran had")  # a past period's end is no act to come
