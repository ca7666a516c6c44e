"""Round 18b (timex, TempEval-3 values): rules for constructions that recur across several documents by different
writers. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2031, 8, 14)  # a Thursday


def tags(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str, date | None]]:
    return [(t.text, t.type, t.value, t.date_start) for t in find_timexes(sentence, dct)]


def test_the_week_with_nothing_to_place_it_is_an_unknown_week_of_the_year() -> None:
    # a market report's "For the week" and "the week's": TimeML's underspecified week, no interval
    assert tags("The Pellam index fell 12 points on Friday. For the week, it lost 2.1%.")[1:] == [
        ("the week", "DATE", "2031-WXX", None)]
    assert tags("Brackwater Mills was the week's most traded share.") == [("the week", "DATE", "2031-WXX", None)]
    assert tags("Analysts will watch Quenby Foods for the rest of the week.") == [
        ("the week", "DATE", "2031-WXX", None)]
    assert tags("For the week, Tellow Glass rose 3%.", None) == [("the week", "DATE", "XXXX-WXX", None)]


def test_the_week_as_a_label_or_placed_by_another_expression_is_not_an_unknown_week() -> None:
    assert tags("Orlan Shoes was the deal of the week for many traders.") == []
    assert tags("PICK OF THE WEEK: Hesketh Tiles.") == []
    assert tags("Deliveries to Pellam can arrive on any day of the week.") == []
    assert [t[0] for t in tags("The Quenby strike began the week before the vote.")] != ["the week"]
    assert tags("Brackwater held the week-long sale.") == [("week-long", "DURATION", "P1W", None)]


def test_soon_in_a_clause_about_the_future_is_future_ref() -> None:
    assert tags("Pellam Tiles may soon sell its kilns.") == [("soon", "DATE", "FUTURE_REF", None)]
    assert tags("Quenby Foods soon will open a second bakery.") == [("soon", "DATE", "FUTURE_REF", None)]
    assert tags("Orlan expects its exports to soon reach a third of sales.") == [("soon", "DATE", "FUTURE_REF", None)]


def test_soon_in_a_comparison_an_anchored_time_or_a_past_narrative_is_not_tagged() -> None:
    assert tags("Hesketh will pay the bonus as soon as the audit is done.") == []
    assert tags("The Brackwater plant reopened soon after the fire.") == []
    assert tags("The Tellow shares were soon trading above the offer.") == []
    assert tags("Orlan told staff to go home, and the hall was soon empty.") == []


def test_the_future_of_something_is_its_fate_not_a_time() -> None:
    assert tags("The vote will decide the future of the Pellam Tiles plant.") == []
    assert tags("Quenby Foods plans to hire more engineers in the future.") == [
        ("the future", "DATE", "FUTURE_REF", None)]


def test_the_week_to_a_day_is_not_an_unknown_week() -> None:
    # (round 37: "the week to Sunday" is the seven days up to Sunday, P1W, as "the year to March 31" is P1Y)
    assert [t[:3] for t in tags("Pellam imported 40 tonnes in the week to Sunday.")][0] == ("the week", "DURATION", "P1W")
    assert tags("Quenby fell 2%, bringing its loss for the week to 9%.") == [("the week", "DATE", "2031-WXX", None)]
