"""A capitalised word inside a sentence that is spelled like a past verb is a name's ("from Port Said on Saturday",
"Edward Said on Monday"): no past verb before the day, so a plan's weekday stays ahead. Invented sentences."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 22)  # a Friday


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_a_place_spelled_like_a_past_verb_does_not_make_a_plan_s_day_past() -> None:
    text = "The authority said on Thursday that two dredgers would arrive from Port Said on Saturday."
    assert values(text) == [("Thursday", "2041-03-21"), ("Saturday", "2041-03-23")]


def test_a_past_verb_before_the_day_still_makes_it_past() -> None:
    text = "The authority said on Thursday that two dredgers arrived from the port on Saturday."
    assert values(text)[-1] == ("Saturday", "2041-03-16")
    assert values("Officials said on Saturday that the channel had reopened.") == [("Saturday", "2041-03-16")]
