"""A weekday between a verb of telling with its object and the clause told ("told customers on Tuesday it would
restart"): the day of the telling, in the past, as after "said". Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.time.timex import find_timexes

DCT = date(2031, 6, 11)  # a Wednesday


def values(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(sentence, DCT)]


@pytest.mark.parametrize("sentence", [
    "Hesketh Mills told customers on Tuesday it would restart the line.",
    "The regulator informed the bank on Tuesday it would need more capital.",
    "Vell Air assured passengers on Tuesday they would be rebooked.",
    "The company said Tuesday it would cut jobs.",
])
def test_the_day_of_the_telling_is_past(sentence: str) -> None:
    assert values(sentence) == [("Tuesday", "2031-06-10")]


def test_a_plan_on_a_weekday_stays_ahead() -> None:
    assert values("Hesketh Mills will restart the line on Tuesday.") == [("Tuesday", "2031-06-17")]
    assert values("Hesketh Mills told customers it would restart the line on Tuesday.")[0][1] in ("2031-06-17", "2031-06-10")
