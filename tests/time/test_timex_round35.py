"""Round 35 (timex, time38): "year-earlier", "year-ago" and "the <year> period" in a sentence about a running total
of six or nine months (or a half) are the year, not the quarter the report is about. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2037, 10, 28)  # a results season: the third quarter was reported

QUARTER = "Brellock Industries said third-quarter net rose 12% to $41 million. "


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_year_earlier_after_a_running_total_is_the_year() -> None:
    text = QUARTER + "For the nine months, the company posted a loss, compared with year-earlier net of $5 million."
    assert values(text)[-1] == ("year-earlier", "2036")
    text = QUARTER + "In the first half, sales fell short of year-ago levels."
    assert values(text)[-1] == ("year-ago", "2036")
    text = QUARTER + "Over the six-month period, margins were below the year-ago period."
    assert values(text)[-1] == ("the year-ago period", "2036")
    # left alone: the same words about the quarter, a running total named in another sentence, and six months of
    # something else ("after six months of declines" names no total of results)
    assert values(QUARTER + "The year-earlier results included a gain.")[-1] == ("year-earlier", "2036-Q3")
    text = QUARTER + "For the nine months, net was $96 million. The year-earlier results included a gain."
    assert values(text)[-1] == ("year-earlier", "2036-Q3")
    text = QUARTER + "Orders rose after six months of declines, above year-earlier levels."
    assert values(text)[-1] == ("year-earlier", "2036-Q3")


def test_the_year_period_after_a_running_total_is_the_year() -> None:
    text = QUARTER + "In the first nine months, net was $96 million, compared with a loss in the 2036 period."
    assert values(text)[-1] == ("the 2036 period", "2036")
    # left alone: the same words about the quarter
    assert values(QUARTER + "Net compared with a loss in the 2036 period.")[-1] == ("the 2036 period", "2036-Q3")


def test_a_year_earlier_after_a_running_total_keeps_the_quarter() -> None:
    # (not changed this round: the timeline would draw a figure's baseline of a year as an event)
    text = QUARTER + "For the nine months, net was $96 million, up from $80 million a year earlier."
    assert values(text)[-1] == ("a year earlier", "2036-Q3")
