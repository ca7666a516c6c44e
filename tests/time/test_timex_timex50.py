"""Round 42 (timex50): values of temporal expressions on unseen text. Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2037, 9, 11)  # a Friday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. An all-number date whose order neither the text nor its tense tells: day first when that reading lies less than
#    half as far from the publication date as month first (a text's numeric dates are mostly of days near it).
def test_an_ambiguous_numeric_date_is_read_the_way_that_lies_much_nearer_publication() -> None:
    # month first would be 6 July, two months back; day first is five days back
    assert values("Brisket Analytics published its short report on 06/09/2037, and Orlen Vale has lost 18% since.") == [
        ("06/09/2037", "2037-09-06")]
    # about the future: 14 September, three days ahead, not 9 December
    assert values("Tarvik Bank has called a board meeting for 12/09/2037.") == [("12/09/2037", "2037-09-12")]
    # left alone: readings about as far from publication (5 April and 4 May), month first; and a text that
    # writes its long dates month first
    assert values("Brisket Analytics published its short report on 04/05/2037.") == [("04/05/2037", "2037-04-05")]
    assert values("The vote is on October 2. Brisket published its short report on 06/09/2037.")[-1] == (
        "06/09/2037", "2037-06-09")


# 2. A headline's infinitive is its future: "<subject> to <verb> ... <day>" on a line of its own with no full stop.
def test_a_headlines_infinitive_looks_ahead() -> None:
    # written on a Friday: the coming Monday / Tuesday, not the last
    assert values("Harbour pilots to strike from Monday") == [("Monday", "2037-09-14")]
    assert values("Orvel Steel's Tamsk mill to fully restart on Tuesday, union says") == [("Tuesday", "2037-09-15")]
    # left alone: "to" after a verb or before a level, a past verb before it, and a sentence of the body
    assert values("Copper climbs to record on Tuesday") == [("Tuesday", "2037-09-08")]
    assert values("Brennick shares slide to two-year low on Tuesday")[-1] == ("Tuesday", "2037-09-08")
    assert values("Orvel said to weigh sale of Tamsk mill on Tuesday") == [("Tuesday", "2037-09-08")]
    assert values("Orvel agrees to sell Tamsk mill on Tuesday") == [("Tuesday", "2037-09-08")]
    assert values("The pilots' vote to strike on Monday was close.") == [("Monday", "2037-09-07")]
    assert values("The mood begins to show in how the union greeted the offer on Monday:") == [("Monday", "2037-09-07")]
