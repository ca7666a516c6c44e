"""Round 31b (timex): "the week before last", "overnight" as the night of the news, and a weekday given a point
within its day ("in the early hours of Tuesday") in a noun phrase whose clause looks ahead only after it. Every
sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2036, 9, 18)  # a Thursday


def rows(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def test_the_unit_before_last_is_two_units_back_from_the_day_of_writing() -> None:
    assert rows("Brokers began sounding out funds the week before last, two bankers said.") == [
        ("the week before last", "DATE", "2036-W36")]
    t = find_timexes("The week before last, Ostervik had already warned its suppliers.", DCT)[0]
    assert (t.date_start, t.date_end) == (date(2036, 9, 1), date(2036, 9, 7))
    assert rows("Output fell the month before last.") == [("the month before last", "DATE", "2036-07")]
    # left alone: "before last year's vote" is not "the week before last"
    assert ("the week before last", "DATE", "2036-W36") not in rows("Polls shifted the week before last year's vote.")


def test_overnight_after_a_verb_of_telling_or_a_measured_change_is_the_night_before() -> None:
    assert rows("Quarrendon Foods announced overnight that it would shut two bakeries.") == [
        ("overnight", "TIME", "2036-09-17TNI")]
    assert rows("The river level dropped another six centimetres overnight, the agency said.")[-1] == (
        "overnight", "TIME", "2036-09-17TNI")
    assert ("overnight", "TIME", "2036-09-17TNI") in rows("Its depositary shares slid 7% overnight in New York.")
    # left alone: a manner ("did not happen overnight", "almost overnight"), a modifier of a noun, a night of another
    # year, a change of state with no news verb
    for text in ("The turnaround did not happen overnight, Pellham said.",
                 "Demand doubled almost overnight.",
                 "The overnight rate rose to 4.5%.",
                 "In 2021 the lender cut its credit line by a third overnight.",
                 "Overnight, Brannick became the favourite in the race."):
        assert all(t[0].lower() != "overnight" for t in rows(text)), text


def test_a_point_within_a_weekday_in_a_noun_phrase_is_past_when_the_future_comes_only_after_it() -> None:
    # the future verb is the main clause's; the loss happened in the early hours of this week's Tuesday
    text = ("The loss of the Corvath-3 probe in the early hours of Tuesday is set to be the costliest claim "
            "in a decade.")
    assert rows(text)[0] == ("Tuesday", "DATE", "2036-09-16")
    text = "The blaze that broke out late on Tuesday will be examined by inspectors."
    assert rows(text)[0] == ("Tuesday", "DATE", "2036-09-16")
    # left alone: a future verb before the day governs it; a bare weekday subject of a future verb
    assert rows("The probe will lift off in the early hours of Tuesday.")[0] == ("Tuesday", "DATE", "2036-09-23")
    assert rows("The vote on Tuesday is set to be close.")[0] == ("Tuesday", "DATE", "2036-09-23")
