"""Round 15 resolver rules, each on invented sentences (fictional companies and people)."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def tags(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def test_a_day_of_the_month_alone_is_the_nearest_on_the_side_its_clause_tells() -> None:
    june = date(2031, 6, 12)
    # a plan or a schedule in the present: on or after the publication day (the next month when the day is past)
    assert tags("PRESENTER: What about Orlan? Orlan pays its dividend on the 24th.", june) == [("the 24th", "DATE", "2031-06-24")]
    assert tags("The Harlow council votes on the 3rd.", june) == [("the 3rd", "DATE", "2031-07-03")]
    # told in the past: on or before it
    assert tags("The Harlow board met on the 2nd.", june) == [("the 2nd", "DATE", "2031-06-02")]
    assert tags("The Harlow board met on the 20th.", june) == [("the 20th", "DATE", "2031-05-20")]
    # an ordinal before a noun is no day
    assert tags("Orlan moved to the 7th floor on the 2nd of May.", june) == [("the 2nd of May", "DATE", "2031-05-02")]
    assert tags("The firm sits on the 12th floor.", june) == []


def test_a_quarter_heading_a_bullet_of_coming_events_is_the_coming_one() -> None:
    june = date(2031, 6, 5)
    text = "Key dates:\n* July 2: Orlan results.\n* Third quarter: Harlow review of its pricing rules.\n"
    assert ("Third quarter", "DATE", "2031-Q3") in tags(text, june)
    # a result's figure on the line, or a past verb: the quarter reported, as before
    assert ("Third quarter", "DATE", "2030-Q3") in tags("* Third quarter: revenue up 4%.\n", june)
    assert ("Third quarter", "DATE", "2030-Q3") in tags("* Third quarter: Orlan posted a loss.\n", june)
