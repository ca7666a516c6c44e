"""Round 60 (dates in news corpora): one invented sentence per rule, each failing without it."""
from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_weekday_before_a_yearless_slash_date_dates_it() -> None:
    # an agenda's "Tuesday 1/23": the weekday makes the numbers a day, and picks its year
    found = _values("What I am watching:\n- Tuesday 3/12: Harlow Foods results.\n- Thu 3/14: the retail sales data.",
                    date(2030, 3, 8))
    assert found["Tuesday 3/12"] == "2030-03-12"
    assert found["Thu 3/14"] == "2030-03-14"


def test_weekday_slash_date_takes_the_year_its_weekday_falls_in() -> None:
    # 1/3 is a Friday in 2031, not in 2030: a list written late in December looks ahead
    assert _values("Key dates: Fri 1/3: the delivery figures.", date(2030, 12, 28))["Fri 1/3"] == "2031-01-03"


def test_next_trading_day_skips_the_weekend() -> None:
    found = _values("The grid operator failed on Friday, March 7, 2031; its shares fell 4% the next trading day.",
                    date(2031, 5, 2))
    assert found["the next trading day"] == "2031-03-10"


def test_previous_business_day_skips_the_weekend() -> None:
    found = _values("The payment, due on Monday, March 10, 2031, was wired the previous business day.", date(2031, 5, 2))
    assert found["the previous business day"] == "2031-03-07"


def test_stamp_with_its_zone_opening_an_entry_is_the_blog_day() -> None:
    text = ("Tuesday, June 3, 2031\n\nLive updates from Washington.\n\n"
            "17:40 ET CLOSE: The index ended flat. Hollin Air says its first plane could fly Friday.\n\n"
            "12:05 ET Senators arrive at the Capitol for a day of meetings.")
    found = _values(text, date(2031, 6, 3))
    assert found["Friday"] == "2031-06-06"
    assert found["12:05 ET"] == "2031-06-03T12:05"


def test_when_clause_with_an_amount_looks_ahead() -> None:
    found = _values("The developer's next hurdle comes on Wednesday, when a $12.5 million coupon is due.",
                    date(2030, 10, 4))
    assert found["Wednesday"] == "2030-10-09"


def test_quoted_thing_expected_by_a_weekday() -> None:
    found = _values('The railway said it expected "a near-normal timetable" by Thursday.', date(2030, 10, 7))
    assert found["Thursday"] == "2030-10-10"


def test_day_of_the_month_without_its_article() -> None:
    # translated copy: "on 26th", "on 10th of this month"
    found = _values("In addition, on 26th, the city bureau said it had set up a working group. "
                    "It is understood that on 10th of this month, the fund held a meeting.", date(2030, 9, 28))
    assert found["26th"] == "2030-09-26"
    assert found["10th of this month"] == "2030-09-10"


def test_day_of_the_month_fronted_before_a_report_is_past() -> None:
    found = _values("On the 25th, the regulator said the review would continue.", date(2030, 9, 28))
    assert found["the 25th"] == "2030-09-25"


def test_year_first_dotted_date() -> None:
    assert _values("Refunds are paid in batches, the first starting from 2030.9.13.", date(2030, 9, 20))["2030.9.13"] \
        == "2030-09-13"


def test_event_noun_before_its_month_is_the_nearest() -> None:
    found = _values("The governor said a hike in April was unlikely.", date(2031, 2, 10))
    assert found["April"] == "2031-04"
    found = _values("Traders priced a 40% chance of a rate cut by the Central Bank in April.", date(2031, 2, 10))
    assert found["April"] == "2031-04"


def test_event_noun_governed_by_a_past_verb_keeps_its_month() -> None:
    assert _values("The grocer announced a price cut in April.", date(2031, 2, 10))["April"] == "2030-04"


def test_infinitive_in_a_closed_quotation_does_not_push_the_saying_day() -> None:
    found = _values('"After tonight\'s incident, we have decided to take every plane out of service," the chief '
                    'executive of Hollin Air said in a statement late on Friday.', date(2031, 3, 8))
    assert found["Friday"] == "2031-03-07"


def test_slash_date_opening_a_list_line() -> None:
    found = _values("Dates to watch:\n- 1/31: Harlow Foods results.\n3/4: of the panel agreed.", date(2031, 1, 20))
    assert found["1/31"] == "2031-01-31"
    assert "3/4" not in found


def test_a_bond_maturing_on_a_weekday_is_ahead() -> None:
    assert _values("Harlow Estates has a $120m bond maturing on Monday.", date(2030, 10, 2))["Monday"] == "2030-10-07"


def test_clause_opening_day_before_a_named_subject_and_its_past_telling() -> None:
    found = _values("On Tuesday the supplier said it would delay its results, and on Wednesday Harlow Foods said its "
                    "finance chief would speak at a conference.", date(2031, 3, 13))
    assert found["Tuesday"] == "2031-03-11"
    assert found["Wednesday"] == "2031-03-12"


def test_day_after_an_adverb_of_sequence_takes_the_main_clause_future() -> None:
    found = _values("Two days later, on Thursday, the chief executive is scheduled to brief investors.", date(2031, 3, 12))
    assert found["Thursday"] == "2031-03-13"


def test_festival_named_after_a_season_is_no_season() -> None:
    found = _values("Markets were closed for the Mid-Autumn Festival. Sales rose in the autumn.", date(2030, 9, 20))
    assert "the Mid-Autumn" not in found and "Mid-Autumn" not in found
    assert found["the autumn"] == "2030-FA"


def test_days_rebooked_to_are_ahead() -> None:
    found = _values("The clinic said it had rebooked 90 appointments to Monday and Tuesday.", date(2031, 3, 8))
    assert found["Monday"] == "2031-03-10"
    assert found["Tuesday"] == "2031-03-11"


def test_infinitive_as_early_as_a_weekday_is_ahead() -> None:
    found = _values('The carrier said it was preparing planes to return "as early as Sunday."', date(2031, 3, 12))
    assert found["Sunday"] == "2031-03-16"
