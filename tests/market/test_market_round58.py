"""Round 58 (moves58): share-move rules from the misses, extras and wrong sessions of the three newly opened tune
corpora, each tried on invented text (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from tests.move_helpers import move_days as _days
from tests.move_helpers import move_rows as _rows

MONDAY = date(2026, 3, 9)


# 1. A list's last company described by an adjective and a nationality before its description ("A and smaller Danish
# rival B fell 5.1% and 2.3%, respectively", "A and fellow Danish maker B"): the two figures go to the two names in
# order, as they did for "A and rival B" and "A and Danish rival B".

def test_an_adjective_before_a_nationality_describes_the_last_item_of_a_list() -> None:
    text = "Norvane and smaller Danish rival Quillet fell 5.1% and 2.3%, respectively, after the ruling."
    assert _rows(text, "Norvane", "Quillet") == [("share", "Norvane", -5.1), ("share", "Quillet", -2.3)]
    text = "Norvane and fellow Swedish toolmaker Quillet Group rose 3.4% and 1.9%, respectively, in Stockholm on Monday."
    assert _rows(text, "Norvane", "Quillet Group") == [("share", "Norvane", 3.4), ("share", "Quillet Group", 1.9)]
    text = "Norvane and rival Quillet fell 5.1% and 2.3%, respectively."  # (read before)
    assert _rows(text, "Norvane", "Quillet") == [("share", "Norvane", -5.1), ("share", "Quillet", -2.3)]


# 2. A level against the stock's last close before an event ("still 6.2% below their close before the spill", "12%
# below its closing price before the verdict"): a move since that event, as "below their level before the spill" was.

def test_a_level_below_the_close_before_an_event_is_a_move_since_it() -> None:
    text = "Tarvos Mining shares rose 1.4% to 3.10 euros on Thursday but are still 6.2% below their close before the spill."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", 1.4, "2026-03-05", "", ""),
                                            ("Tarvos Mining", -6.2, "", "", "")]
    text = "Tarvos Mining shares were flat on Thursday, about 12% below their closing price before the verdict on March 2."
    assert _days(text, "Tarvos Mining")[-1] == ("Tarvos Mining", -12.0, "", "2026-03-02", "2026-03-06")
    text = "Tarvos Mining shares are down 12% from their close before the verdict on March 2."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", -12.0, "", "2026-03-02", "2026-03-06")]


# 3. "Over the past week" (or month) is the week (month) up to the article's day, as "over the past two weeks" is; "last
# week" and "the previous week" stay the calendar week before.

def test_the_past_week_runs_up_to_the_articles_day() -> None:
    text = "Norvane, one of its biggest customers, has fallen more than 7% in Frankfurt over the past week."
    assert _days(text, "Norvane") == [("Norvane", -7.0, "", "2026-02-27", "2026-03-06")]
    text = "Norvane has gained 11% in the past month."
    assert _days(text, "Norvane") == [("Norvane", 11.0, "", "2026-02-06", "2026-03-06")]
    text = "Norvane fell 7% last week."
    assert _days(text, "Norvane") == [("Norvane", -7.0, "", "2026-02-23", "2026-02-27")]
    text = "Norvane fell 7% last month."
    assert _days(text, "Norvane") == [("Norvane", -7.0, "", "2026-02-01", "2026-02-28")]


# 4. A span up to now cut short, written with the year's number ("had fallen 38% in 2026 before Monday's jump") or by
# the week the article is in ("Before this week, the stock had lost 38% this year"): it ends on the session before
# that day (before this week's Monday). A past year stays the whole year.

def test_the_current_year_named_is_cut_short_as_this_year_is() -> None:
    text = "Tarvos makes boards. Tarvos's shares had fallen 38% in 2026 before Monday's jump, after lockdowns emptied it."
    assert _days(text, "Tarvos", published=date(2026, 3, 11)) == [("Tarvos", -38.0, "", "2026-01-01", "2026-03-06")]
    text = "Tarvos makes boards. Tarvos's shares had fallen 38% in 2025 before the March jump."
    assert _days(text, "Tarvos") == [("Tarvos", -38.0, "", "2025-01-01", "2025-12-31")]


def test_before_this_week_ends_a_span_on_the_friday_before() -> None:
    text = "Tarvos makes boards. Before this week, the stock had lost 38% this year."
    assert _days(text, "Tarvos", published=date(2026, 3, 11)) == [("Tarvos", -38.0, "", "2026-01-01", "2026-03-06")]
    text = "Tarvos makes boards. The stock has lost 38% this year."
    assert _days(text, "Tarvos", published=date(2026, 3, 11)) == [("Tarvos", -38.0, "", "2026-01-01", "2026-03-11")]


# 5. "that day" after a sentence that named the day ("Things got worse on Monday, when its auditor quit. The shares fell
# 11% that day"): the day just told, as "on the day" was; not a day only the story gives ("told investors last week
# ... fell 8.9% that day" keeps the article's session).

def test_that_day_is_the_day_just_told() -> None:
    text = "Tarvos makes boards. Things got worse on Monday, when its auditor resigned. The shares fell 11% that day."
    assert _days(text, "Tarvos") == [("Tarvos", -11.0, "2026-03-02", "", "")]
    text = ("On Tuesday, a newspaper reported that regulators had written to Tarvos asking why it waited until "
            "Thursday to file. Tarvos shares fell 3.9% that day.")
    assert _days(text, "Tarvos") == [("Tarvos", -3.9, "2026-03-03", "", "")]
    text = "Tarvos told investors last week that it would cut output. Its shares fell 8.9% that day."
    assert _days(text, "Tarvos") == [("Tarvos", -8.9, "2026-03-06", "", "")]


# 6. A span of sessions "last week" ("fell 14% over two sessions last week"): the last sessions of the week before the
# article's, not the sessions up to the article's day.

def test_sessions_last_week_end_on_that_weeks_friday() -> None:
    text = "Tarvos's shares, which fell nearly 14% over two sessions last week, were unchanged on Monday."
    assert _days(text, "Tarvos", published=MONDAY)[0] == ("Tarvos", -14.0, "", "2026-03-05", "2026-03-06")
    text = "Tarvos lost 11.3% in three sessions last week because its pilots struck."
    assert _days(text, "Tarvos") == [("Tarvos", -11.3, "", "2026-02-25", "2026-02-27")]
    text = "Tarvos lost 11.3% in three sessions because its pilots struck."
    assert _days(text, "Tarvos") == [("Tarvos", -11.3, "", "2026-03-03", "2026-03-05")]


# 7. The stock's own peak or low dated by its month (and year): "65% below their October 2024 peak", "17% below its peak
# in May" run from the first day of that month; an undated mark ("below its record high") stays undated.

def test_a_peak_dated_by_its_month_starts_the_span() -> None:
    text = "Tarvos shares now trade 65% below their October 2024 peak."
    assert _days(text, "Tarvos") == [("Tarvos", -65.0, "", "2024-10-01", "2026-03-06")]
    text = "Tarvos is 17% below its peak in May."
    assert _days(text, "Tarvos") == [("Tarvos", -17.0, "", "2025-05-01", "2026-03-06")]
    text = "Tarvos is 17% below its record high."
    assert _days(text, "Tarvos") == [("Tarvos", -17.0, "", "", "")]


# 8. A bare figure after one told "since the start of the year" ("has lost 41% since the start of the year, and about
# 21% since the halt was announced on March 2"): the second figure of the same verb, as after "this year".

def test_a_second_figure_after_since_the_start_of_the_year() -> None:
    text = ("Tarvos shares fell 5.6%. The stock has lost 41% since the start of the year, and about 21% since the plant "
            "halt was announced on March 2.")
    assert _days(text, "Tarvos") == [("Tarvos", -5.6, "2026-03-06", "", ""), ("Tarvos", -41.0, "", "2026-01-01", "2026-03-06"),
                                     ("Tarvos", -21.0, "", "2026-03-02", "2026-03-06")]
