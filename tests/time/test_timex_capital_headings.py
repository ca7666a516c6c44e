"""Round 18c: a factbox's or chronology's day heading written in capitals ("TUESDAY, MARCH 10", "- MONDAY, JUNE
2: ...") is read as the same heading in ordinary case. Every article and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.corpus import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.time.timex import find_timexes
from analysis.timeline.events import timeline_mentions
from analysis.timeline.timexes import timex_mentions

DCT = date(2031, 3, 18)  # a Tuesday

FACTBOX = (
    "FACTBOX-Orlan Tools and Keel Works: how the week unfolded\n"
    "\n"
    "March 18 (Harbour Wire) - Toolmaker Orlan Tools said on Tuesday its shares would resume trading on Thursday. "
    "Following are key events since the report:\n"
    "\n"
    "- TUESDAY, MARCH 10: Pellam Research publishes its report. Orlan closes down 21.2%.\n"
    "\n"
    "- THURSDAY, MARCH 12: Orlan publishes its rebuttal. The regulator opens a review.\n"
    "\n"
    "- SUNDAY, MARCH 15: Dunmere Audit resigns as auditor.\n"
)


def tags(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def _events(text: str):
    raw = RawArticle(file="orlan.txt", text=text, outlet="Harbour Wire", published=DCT.isoformat())
    corpus = build_corpus([(raw, {}, "corpus")])
    events = timeline_mentions(corpus, timex_mentions(corpus))
    return sorted(zip(events["date_start"], events["event"]))


def _ordinary_case(text: str) -> str:
    for upper in ("TUESDAY, MARCH 10", "THURSDAY, MARCH 12", "SUNDAY, MARCH 15"):
        text = text.replace(upper, upper.title())
    return text


def test_a_day_heading_in_capitals_is_tagged_as_in_ordinary_case() -> None:
    assert tags("TUESDAY, MARCH 10") == [("TUESDAY, MARCH 10", "DATE", "2031-03-10")]
    assert tags("Tuesday, March 10") == [("Tuesday, March 10", "DATE", "2031-03-10")]
    assert tags("MONDAY, JUNE 2, 2031:") == [("MONDAY, JUNE 2, 2031", "DATE", "2031-06-02")]
    assert tags("SATURDAY 14 MARCH") == [("SATURDAY 14 MARCH", "DATE", "2031-03-14")]


def test_capitals_without_a_day_and_month_are_no_date() -> None:
    # "MAY" is a modal verb in a headline in capitals; a weekday in capitals alone is left as it was
    assert tags("ORLAN SHARES MAY FALL FURTHER, ANALYSTS SAY") == []
    assert tags("MONDAY'S VOTE") == []
    # next to a number it is the month
    assert tags("MAY 6: Orlan holds its annual meeting.") == [("MAY 6", "DATE", "2031-05-06")]
    assert tags("* 6 MAY 2031 - Keel Works lists its shares") == [("6 MAY 2031", "DATE", "2031-05-06")]


def test_a_factbox_with_capital_headings_dates_its_lines_as_in_ordinary_case() -> None:
    upper = _events(FACTBOX)
    assert upper == _events(_ordinary_case(FACTBOX))
    dated = {day for day, _ in upper}
    assert {date(2031, 3, 10), date(2031, 3, 12), date(2031, 3, 15)} <= dated
    # both sentences of a heading's line take its day
    assert sum(day == date(2031, 3, 12) for day, _ in upper) == 2
