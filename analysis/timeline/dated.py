"""Dated expressions for the timeline, read off the timex table (:mod:`analysis.timeline.timexes`).

:func:`timex_expressions` turns a document's rows of the timex table into :class:`TemporalExpression`: every
DATE or TIME resolved to a day, a week, a weekend or a month, and every expression anchored on another date or
event ("three days after X", "the weekend following X", "two weeks later"), which the TIMEX3 tagger dates
(:mod:`analysis.time.timex_anchored`). Articles without any publication date get "March 13" placed in the
corpus's year (:func:`story_year_dates`) and "on Friday" read against the last full date their text stated
(:func:`text_dated`); what still has no date is listed by :func:`undated_rows`.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

import pandas as pd

from analysis.time.timex import _entry_stamp, find_timexes
from analysis.time.timex_calendar import WORKING_DAYS, interval
from analysis.lexicon import VERBS_PATH, move_words, verb_forms
from analysis.time.timex_context import is_future, past_in_clause, planned
from analysis.time.timex_patterns import LEX

Precision = Literal["day", "range", "week", "month", "year"]
Kind = Literal["absolute", "weekday", "relative", "month", "year", "after_event"]

_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(?:T.*)?$")
_WEEK_VALUE = re.compile(r"^\d{4}-W\d\d$")
_WEEKEND_VALUE = re.compile(r"^\d{4}-W\d\d-WE$")
_MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")
#: A month, a year, a quarter or a half: the periods whose end, after a bound, is a deadline on their last day.
_BOUNDED_VALUE = re.compile(r"^\d{4}(?:-\d\d|-[QH]\d)?$")
_YEARLESS_DAY = re.compile(r"^XXXX-\d\d-\d\d$")
#: The end of a month, a year, a quarter or a half ("the end of the month", "end-September", "the end of 2033") after a
#: word that makes it a bound: the period's last day ("by the end of June", "to name a chair before end-September",
#: "to settle the claim by the end of the year"), as TIMEX3 readers of a
#: deadline take it (the stretch of its last days would put the deadline before its day).
_END_OF = re.compile(r"^(?:the\s+)?(?:very\s+)?end(?:\s+of\s+|-)", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:by|before|until|till|through|ahead\s+of|no\s+later\s+than|not\s+later\s+than)\s+$",
                           re.IGNORECASE)
#: A bound and "the end of" before a period the tagger reads without them: "before the end of this quarter".
_BOUND_END_OF_BEFORE = re.compile(r"\b(?:by|before|until|till|through|ahead\s+of|no\s+later\s+than|not\s+later\s+than)\s+"
                                  r"(?:the\s+)?(?:very\s+)?end\s+of\s+$", re.IGNORECASE)
#: A part of a year this many days long or shorter is placed as a range ("by the end of the year").
PART_OF_YEAR_DAYS = 92
#: A quarter or a half year: a coming one in a clause about the future is a plan; others are the periods of
#: reported results ("its third-quarter loss"), not events.
_PART_OF_YEAR = re.compile(r"^\d{4}-[QH]\d$")
#: A quarter or half as an adjective names the period of a report, never the date of its event ("will report
#: third-quarter results on October 29", "fiscal fourth-quarter results").
#: "Be to" and a verb in the clause before a date: a plan ("Keel was to open the plant in the fourth quarter",
#: "the mill is to close in the first half"), as "was due to" is.
_BE_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:also|still|originally|initially|first|then|now)\s+)?to\s+"
                    r"(?!blame\b)[a-z]{3,}\b[^.;:!?\n]{0,80}$", re.IGNORECASE)
#: A season of a year, placed as its three months ("the spring of 2019": March to May) when past or planned.
#: A decade ("199"), and one written out ("the 1990s", "the early 1970s"; not "a decade ago" or "the last decade").
_DECADE_VALUE = re.compile(r"^\d{3}$")
_DECADE_NAMED = re.compile(r"\b(?:1[89]|20)\d0s\b")
#: Before a decade: a preposition placing something in it or starting a span at it; after it: no noun or "-era" it
#: modifies, no second decade ("in the 1960s and '70s", a run of decades).
_PLACED_IN_DECADE = re.compile(r"\b(?:in|since|during|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_DECADE_MODIFIES = re.compile(r"(?:-|\s+[a-z]|\s+(?:and|or|to)\s+(?:the\s+)?['’\d])", re.IGNORECASE)
_SEASON_VALUE = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")
#: Only a season with its year or a word that fixes it ("summer demand" names no particular summer).
_SEASON_NAMED = re.compile(r"\d{4}|\b(?:last|next|this|coming)\b", re.IGNORECASE)
#: A preposition placing a plan in a season named without its year ("will reopen in the summer", "by the autumn"):
#: the coming one. Not a season as a modifier ("summer demand") nor one told of the past.
_SEASON_PLACED = re.compile(r"\b(?:in|by|over|during|until|before|through)\s+$", re.IGNORECASE)
#: "in", "over" or "during" right before a season named without its year ("over the summer").
_SEASON_OVER = re.compile(r"\b(?:in|over|during)\s+$", re.IGNORECASE)
#: A season named by its word alone ("the summer", "the early summer"), no year in words or digits.
_BARE_SEASON = re.compile(r"(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)", re.IGNORECASE)
#: A past verb right before the season's preposition, and the word before that verb ("report issued over the summer",
#: not "set to be released in the summer").
_VERB_BEFORE_SEASON = re.compile(r"([A-Za-z'’]+)\s+([A-Za-z]+)\s+(?:in|over|during)\s+$", re.IGNORECASE)
_PERIOD_ADJECTIVE = re.compile(r"-(?:quarter|half)$", re.IGNORECASE)
#: A preposition placing what a clause tells in a past quarter or half ("in the third quarter", "during the first
#: half", "over the second quarter of 2024"); not "for" (the period a report covers: "results for the quarter").
_PLACED_IN_PERIOD = re.compile(r"\b(?:in|during|over|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
#: A figure the clause reports: a percentage or an amount ("fell 12%", "$8 million", "335 million euros"), also in the
#: Indian notation ("Rs 850 crore", "₹40 lakh", "INR 1,200").
_REPORTED_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:%|percent\b|per\s*cent\b|(?:million|billion|trillion|bn|crore|lakhs?)\b)"
                               r"|[$€£¥₹]\s?\d|\b(?:Rs\.?|INR)\s?\d", re.IGNORECASE)
#: A comparison measured from a date: "its weakest session since July 2026", "the first time since 2011", "its highest
#: since the second quarter of 2026" (the date is a yardstick; :func:`analysis.timeline.clauses.last_time` says when it is
#: also the last time the thing compared happened).
_COMPARISON_SINCE = re.compile(
    r"(?<!-)\b(?:worst|best|biggest|largest|highest|lowest|steepest|sharpest|strongest|weakest|first\s+time|most|"
    r"least|longest|fastest|slowest)\b(?!-|\s+of\b)[^.;]{0,60}\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)


class SearchedWithWords:
    """A pattern every match of which holds one of ``words`` (lower-case ASCII letters, matched case-insensitively):
    ``search`` runs it only on a stretch that holds one, so the many stretches without any are passed over at the
    cost of a lower-casing. A stretch holding "ſ", "ı" or "İ" is always searched: IGNORECASE matches these to "s" and
    "i" but they do not lower-case to them (every other character it matches to an ASCII letter lower-cases to that
    letter, and ``str.lower`` maps character by character). The same answers as ``pattern.search``."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern, self.words = pattern, words

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        stretch = string[max(pos, 0):endpos]
        low = stretch.lower()
        if not any(w in low for w in self.words) and not any(c in stretch for c in "ſıİ"):
            return None  # (a match lies inside the stretch, so it would hold one of the words)
        return self.pattern.search(string, pos, endpos)


#: :data:`_COMPARISON_SINCE`, searched only where "since" is (most dates have none before them).
COMPARISON_SINCE = SearchedWithWords(_COMPARISON_SINCE, ("since",))
_COUNTED = re.compile(r"^PT?\d+(?P<unit>[DWM])$")
#: "the first seven months" of a year, and the year after it.
_FIRST = re.compile(r"^the\s+(?:(?P<first>first)|last|final)\s+", re.IGNORECASE)
_OF_YEAR = re.compile(r"\s+of\s+(?:the\s+year|this\s+year|(?P<year>(?:19|20)\d\d))\b", re.IGNORECASE)
#: A span from now: "the next two weeks", "the coming ten days".
_COMING = re.compile(r"^(?:the\s+)?(?:next|coming)\s+", re.IGNORECASE)
#: The relation word of an anchored duration, shown with it on the timeline ("Days after", "Two weeks later").
_RELATION = re.compile(r"\s+(?:after|following|before|later|earlier|afterwards?)\b", re.IGNORECASE)
#: The basis of a move measured from a day's close ("8% below the level of April 9"), read by
#: :func:`analysis.timeline.clauses.since_ranges`: a span, not the baseline of a comparison.
MOVE_FROM = "a move from the close of"
#: A forecast in the clause before a figure: "expects sales to grow 5% this year", "forecast a 10% gain over the past
#: week's level" tell no move so far.
OUTLOOK = re.compile(r"\b(?:expects?|expected|forecasts?|predicts?|sees|projects?|targets?|guidance|outlook|"
                     r"estimates?|aims?|plans?)\b[^.;:!?\n]*$", re.IGNORECASE)
#: The basis of "year to date" (:func:`year_to_date`) and of a move over "this year" up to the article's date.
YEAR_TO_DATE = "the year to date"
YEAR_SO_FAR = "the year so far"
#: Bases of the spans of a move, which frame no other date of their sentence and no other date frames
#: (:mod:`analysis.timeline.yardsticks`).
MOVE_SPANS = (MOVE_FROM, YEAR_TO_DATE, YEAR_SO_FAR)
#: The basis of another event placed from its sentence's day ("on Monday, a week after X's failure": X), which is
#: no date of the sentence's own clauses (:func:`_event_from_day`).
OTHER_EVENT = "another event:"


def _clause_around(text: str, start: int, end: int) -> str:
    """The stretch of ``text`` between the sentence or clause breaks (. ; : ! ? or a line end) around ``start:end``."""
    left = max(text.rfind(ch, 0, start) for ch in ".;:!?\n") + 1
    rights = [i for i in (text.find(ch, end) for ch in ";!?\n") if i >= 0]
    stop = re.search(r"\.(?:\s|$)", text[end:])
    if stop:
        rights.append(end + stop.start())
    return text[left:min(rights) if rights else len(text)]


@dataclass(frozen=True)
class TemporalExpression:
    """One dated expression of a text: ``start``/``end`` offsets into it; ``date_start``/``date_end`` an
    inclusive interval (None when it cannot be resolved); ``precision`` how exact it is; ``kind`` what sort of
    expression it is (``after_event`` for one anchored on another date or event); ``basis`` how it was dated;
    ``anchor`` the date it was resolved against; ``ref_start`` the offset of X for "days after X"."""

    expression: str
    start: int
    end: int
    date_start: date | None
    date_end: date | None
    precision: Precision
    kind: Kind
    basis: str = ""
    anchor: date | None = None
    ref_start: int | None = None

    @property
    def resolved(self) -> bool:
        """Whether it has a date interval."""
        return self.date_start is not None and self.date_end is not None

    @property
    def eventful(self) -> bool:
        """Whether a sentence carrying this expression can be placed on a timeline (years alone cannot)."""
        return self.resolved and self.precision != "year"

    @property
    def coming_year(self) -> bool:
        """Whether it is a whole year after the year of the date it was read against ("starting in 2029" in a 2026
        article): with a clause about the future, a plan placed in its year."""
        return (
            self.resolved and self.precision == "year" and self.anchor is not None and self.date_start is not None
            and self.date_start.year > self.anchor.year and self.date_end is not None
            and (self.date_end - self.date_start).days >= 364 and self.date_start.year - self.anchor.year <= 10
        )

    @property
    def past_year(self) -> bool:
        """Whether it is a year before the year of the date it was read against: a fact of the background the
        timeline places in its year ("since the lender listed in 2011", "a 2024 agreement", "last year"). The
        current year is too vague to place an event; a coming one only in a plan (:attr:`coming_year`)."""
        return (
            self.resolved and self.precision == "year" and self.anchor is not None and self.date_end is not None
            and self.date_end.year < self.anchor.year
        )


def precision_of(value: str) -> str | None:
    """The timeline precision of a TIMEX3 value: "day" (a date or a time), "week", "range" (a weekend),
    "month", "year" (kept, never drawn), or None for what the timeline does not place (quarters, seasons,
    decades, unresolved X-values)."""
    if _DAY_VALUE.match(value):
        return "day"
    if _WEEK_VALUE.match(value):
        return "week"
    if _WEEKEND_VALUE.match(value):
        return "range"
    if _MONTH_VALUE.match(value):
        return "month"
    if len(value) == 4 and value.isdigit():
        return "year"
    return None


def _kind_of(value: str, anchor: str) -> Kind:
    """The kind of a dated timex: absolute, relative, month or year."""
    precision = precision_of(value)
    if precision == "year":
        return "year"
    if precision == "month":
        return "month"
    return "relative" if anchor else "absolute"


def _basis(anchor: str, value: str) -> str:
    """How a timex was dated, in words for the Timeline page."""
    if not anchor:
        return f"stated in the text (TIMEX3 {value})"
    if anchor.startswith("publication"):
        return f"relative to the publication date {anchor.removeprefix('publication ')} (TIMEX3 {value})"
    if anchor.startswith("earliest publication"):
        day = anchor.removeprefix("earliest publication ")
        return f"relative to the earliest possible publication date {day} (TIMEX3 {value})"
    if anchor.startswith("text"):
        return f"relative to the date stated earlier in the text, {anchor.removeprefix('text ')} (TIMEX3 {value})"
    return f"relative to {anchor} (TIMEX3 {value})"


def working_week(monday: date, dct: date | None, future: bool) -> tuple[date, date]:
    """The days a week (starting on ``monday``) places an event on: its working days, Monday to Friday, as news
    of a week's trading, rulings and releases tells them; the week of the publication date, in a clause not about
    the future, only up to that date ("the stock fell 9% this week" in a Thursday article: Monday to Thursday)."""
    friday = monday + timedelta(days=WORKING_DAYS - 1)
    if dct is not None and monday <= dct <= monday + timedelta(days=6) and not future:
        return monday, min(dct, friday)
    return monday, friday


def _anchored_precision(value: str, start: date, end: date) -> Precision:
    """The precision of an expression anchored on another date: a counted duration ("two weeks later") keeps
    its unit, a date value ("the weekend following X") its own, "days after X" is a range."""
    counted = _COUNTED.match(value)
    if start == end:
        return "day"
    if counted and counted.group("unit") in ("W", "M"):
        return "week" if counted.group("unit") == "W" else "month"
    return (precision_of(value) or "range")  # type: ignore[return-value]


def _coming_span(r: Any, dct: date | None) -> TemporalExpression | None:
    """"(within) the next two weeks", "the coming ten days": the days from the publication date to the end of
    the span, for a timex row that is such a duration (days or weeks), else None."""
    counted = _COUNTED.match(str(r.value))
    if dct is None or r.type != "DURATION" or counted is None or counted.group("unit") == "M" \
            or not _COMING.match(str(r.text)):
        return None
    days = int(str(r.value)[1:-1].lstrip("T")) * (7 if counted.group("unit") == "W" else 1)
    return TemporalExpression(str(r.text), int(r.clean_start), int(r.clean_end), dct, dct + timedelta(days=days),
                              "range", "relative", f"from the publication date {dct.isoformat()} (TIMEX3 {r.value})", dct)


#: "(in|over) (the previous|past|last) two sessions" after a figure of its clause: a move over the sessions up to
#: the article's date ("It has shed 9.1% in two sessions").
_SESSIONS = re.compile(r"^(?:the\s+)?(?:(?:previous|past|last)\s+)?\S+\s+sessions$", re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\b(?:in|over|across)\s+$", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(r"(?:\d(?:%|\s*percent\b|\s+per\s*cent\b)|\b(?:half|(?:a|one|two)\s+(?:thirds?|quarters?|fifths?|tenths?))\s+of\s+"
                            r"(?:its|their)\s+value\b|\b(?:doubled|tripled|trebled|quadrupled|halved)\b)[^.;:\n]{0,60}$",
                            re.IGNORECASE)
#: At most this many sessions are read as a run of days up to the article's date.
MAX_SESSIONS = 10


def _past_sessions(r: Any, text: str, dct: date | None) -> TemporalExpression | None:
    """"shed 9.1% in two sessions", "slid 2.4% over the five sessions": the last N working days up to the
    publication date (its weekday, or the Friday before a weekend), for a timex row that is such a duration
    after a figure of its clause, else None."""
    counted = _COUNTED.match(str(r.value))
    if dct is None or r.type != "DURATION" or counted is None or counted.group("unit") != "D" \
            or not _SESSIONS.match(str(r.text)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    n = int(str(r.value)[1:-1])
    if not 1 <= n <= MAX_SESSIONS or not _OVER_BEFORE.search(text, max(0, start - 8), start) \
            or not _FIGURE_BEFORE.search(text, max(0, start - 80), start):
        return None
    first, last = _last_working_days(dct, n)
    return TemporalExpression(str(r.text), start, end, first, last, "range", "relative",
                              f"the last {n} sessions up to {last.isoformat()} (TIMEX3 {r.value})", dct)


def _first_months(r: Any, text: str, dct: date | None) -> TemporalExpression | None:
    """"the first seven months of the year" / "of 2025": January to the end of the seventh month, for a timex row
    that is such a duration followed by its year, else None ("the last four months of 2030": its last four,
    with the year stated). "The year" is the publication year when those
    months are over by then, else the year before."""
    counted = _COUNTED.match(str(r.value))
    of_year = _OF_YEAR.match(text, int(r.clean_end))
    first = _FIRST.match(str(r.text))
    if r.type != "DURATION" or counted is None or counted.group("unit") != "M" or of_year is None or first is None:
        return None
    n = int(str(r.value)[1:-1])
    if not 1 <= n <= 11:
        return None
    if not first.group("first"):  # "the last four months of 2030": September to December of a year stated
        if not of_year.group("year"):
            return None
        year = int(of_year.group("year"))
        return TemporalExpression(text[int(r.clean_start):of_year.end()], int(r.clean_start), of_year.end(),
                                  date(year, 13 - n, 1), date(year, 12, 31), "range", "relative",
                                  f"the last {n} months of {year} (TIMEX3 {r.value})", dct)
    if of_year.group("year"):
        year = int(of_year.group("year"))
    elif dct is not None:
        year = dct.year if n < dct.month else dct.year - 1
    else:
        return None
    last = interval(f"{year:04d}-{n:02d}")[1]
    if last is None:
        return None
    return TemporalExpression(text[int(r.clean_start):of_year.end()], int(r.clean_start), of_year.end(),
                              date(year, 1, 1), last, "range", "relative", f"the first {n} months of {year} (TIMEX3 {r.value})", dct)


#: The basis of "the last ten days of May" (:func:`_first_weeks`): a stretch of a month, which dates a clause's
#: event of its own as the month would.
PART_OF_MONTH = "part of a month:"
_OF_BEFORE_MONTH = re.compile(r"\s+of\s+$", re.IGNORECASE)


def _first_weeks(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """"the first three weeks of July", "the last ten days of May": those days of the month the tagger dates right
    after "of", for a timex row that is such a count of weeks or days, else None (TIMEX3 gives the duration and the
    month apart)."""
    counted = _COUNTED.match(str(r.value))
    first = _FIRST.match(str(r.text))
    if r.type != "DURATION" or counted is None or counted.group("unit") not in ("D", "W") or first is None:
        return None
    end = int(r.clean_end)
    month = next((x for x in rows if int(x.clean_start) > end and _OF_BEFORE_MONTH.fullmatch(text, end, int(x.clean_start))
                  and _MONTH_VALUE.match(str(x.value)) and x.date_start is not None and not pd.isna(x.date_start)), None)
    if month is None:
        return None
    days = int(str(r.value)[1:-1]) * (7 if counted.group("unit") == "W" else 1)
    m0, m1 = month.date_start, month.date_end
    if not 1 <= days < (m1 - m0).days + 1:
        return None
    span = (m0, m0 + timedelta(days=days - 1)) if first.group("first") else (m1 - timedelta(days=days - 1), m1)
    expression = text[int(r.clean_start):int(month.clean_end)]
    return TemporalExpression(expression, int(r.clean_start), int(month.clean_end), span[0], span[1], "range", "relative",
                              f"{PART_OF_MONTH} {expression.lower()} of {month.value} (TIMEX3 {r.value})", dct)


#: "two years earlier", "a year later", "six months later": a count of years or months then the direction.
_SHIFT = re.compile(r"^(?P<n>[a-z]+|\d+)\s+(?P<unit>years?|months?)(?:\s+(?P<dir>later|earlier|afterwards?))?$",
                    re.IGNORECASE)
_SHIFT_AFTER = re.compile(r"\s+(?P<dir>later|earlier|afterwards?)\b", re.IGNORECASE)
#: The stated date a narrative's "a year later" counts from is at most this far before it, with no paragraph break.
SHIFT_REACH_CHARS = 300
_DAY_SHIFT_AFTER = re.compile(r"\s+(?:later|afterwards?)\b", re.IGNORECASE)
_DAY_SHIFT_BEFORE = re.compile(r"\s+earlier\b", re.IGNORECASE)


def _count(word: str) -> int | None:
    """The number a count word or figure names ("a", "two", "12"), else None."""
    if word.isdigit():
        return int(word)
    if word.lower() in ("a", "an"):
        return 1
    n = LEX["numbers"].get(word.lower())
    return n if isinstance(n, int) else None


def _shift(day: date, years: int, months: int) -> date:
    """``day`` moved by whole years and months (the day of month kept, or the month's last day)."""
    m = day.year * 12 + day.month - 1 + years * 12 + months
    year, month = divmod(m, 12)
    last = interval(f"{year:04d}-{month + 1:02d}")[1]
    assert last is not None
    return date(year, month + 1, min(day.day, last.day))


def _stated_shift(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """"Two years earlier" after "in 2019" in its sentence, "a year later" or "six months later" after a year, month
    or day stated before it (same paragraph, :data:`SHIFT_REACH_CHARS`): that date moved by the count, at its
    precision, for a timex row that is such a count of years or months (a duration the tagger left undated, or a
    date it read from the publication date or an earlier sentence's date while its own sentence states a date before
    it), else None."""
    start, end = int(r.clean_start), int(r.clean_end)
    expression = str(r.text)
    m = _SHIFT.match(expression)
    if m is None:
        return None
    direction = m.group("dir")
    if direction is None:
        after = _SHIFT_AFTER.match(text, end)
        if after is None or r.type != "DURATION":
            return None
        direction, end, expression = after.group("dir"), after.end(), text[start:after.end()]
    elif not r.anchor:
        return None
    n = _count(m.group("n"))
    if n is None or not 1 <= n <= 50:
        return None
    stated = [
        x for x in rows if int(x.clean_end) <= start and not x.anchor and x.type == "DATE"
        and x.date_start is not None and not pd.isna(x.date_start) and precision_of(str(x.value)) in ("day", "month", "year")
        and start - int(x.clean_end) <= SHIFT_REACH_CHARS and "\n\n" not in text[int(x.clean_end):start]
    ]
    if r.type != "DURATION":  # a date read from the publication date: only a date of its own sentence re-anchors it
        stated = [x for x in stated if _SENTENCE_BREAK.search(text, int(x.clean_end), start) is None]
    if not stated:
        return None
    x = max(stated, key=lambda x: int(x.clean_start))
    sign = -1 if direction.lower() == "earlier" else 1
    years, months = (sign * n, 0) if m.group("unit").lower().startswith("year") else (0, sign * n)
    precision = precision_of(str(x.value))
    first, last = _shift(x.date_start, years, months), _shift(x.date_end, years, months)
    if precision == "year":
        first, last = date(first.year, 1, 1), date(first.year, 12, 31)
    elif precision == "month":
        last = interval(f"{first.year:04d}-{first.month:02d}")[1] or last
    return TemporalExpression(expression, start, end, first, last, precision, "after_event",  # type: ignore[arg-type]
                              f"{expression.lower()} {str(x.text)!r} ({x.date_start})", dct, int(x.clean_start))


#: "A week ago today", "a year ago today": a count of days, weeks, months or years back, then the day it counts from.
_POSSESSIVE = re.compile(r"['’]s\b")
_AGO = re.compile(r"^(?:exactly\s+)?(?P<n>[a-z]+|\d+)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago$", re.IGNORECASE)


def ago_today(found: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"A week ago today, two barges collided": "today" is the day "a week ago" counts from, no date of its own; the
    pair is that day moved back by the count (an anniversary to the day: "a year ago today" is one day, not the year
    the tagger gives). Other expressions as they are."""
    drop: set[int] = set()
    out = []
    for e in found:
        m = _AGO.match(e.expression.strip())
        if m is None or e.anchor is None or id(e) in drop:
            out.append(e)
            continue
        nxt = next((o for o in found if o.start > e.end and not text[e.end:o.start].strip()
                    and o.expression.strip().lower() == "today" and not _POSSESSIVE.match(text, o.end)), None)
        n = _count(m.group("n"))
        if nxt is None or n is None or not 1 <= n <= 50 or nxt.date_start != e.anchor:
            out.append(e)
            continue
        drop.add(id(nxt))
        unit = m.group("unit").lower()[0]
        day = {"d": lambda: e.anchor - timedelta(days=n), "w": lambda: e.anchor - timedelta(days=7 * n),  # type: ignore[operator]
               "m": lambda: _shift(e.anchor, 0, -n), "y": lambda: _shift(e.anchor, -n, 0)}[unit]()  # type: ignore[arg-type]
        out.append(replace(e, expression=text[e.start:nxt.end], end=nxt.end, date_start=day, date_end=day,
                           precision="day", basis=f"{text[e.start:nxt.end].lower()}: {n} {unit} before {e.anchor}"))
    return [e for e in out if id(e) not in drop]


def _exact_day(r: Any, text: str, first: date, last: date) -> tuple[date, date]:
    """"A week later", "two weeks earlier" counted from a day: that day moved by the weeks (the tagger gives the
    days around it); other anchored spans as they are."""
    counted = _COUNTED.match(str(r.value))
    anchor = str(r.anchor).removeprefix("text ")
    if r.type != "DURATION" or counted is None or counted.group("unit") != "W" or not _DAY_VALUE.match(anchor):
        return first, last
    weeks = int(str(r.value)[1:-1])
    day = date.fromisoformat(anchor[:10])
    if _DAY_SHIFT_AFTER.match(text, int(r.clean_end)):
        return (day + timedelta(days=7 * weeks),) * 2
    if _DAY_SHIFT_BEFORE.match(text, int(r.clean_end)):
        return (day - timedelta(days=7 * weeks),) * 2
    return first, last


def _last_working_days(dct: date, n: int) -> tuple[date, date]:
    """The last ``n`` working days up to ``dct`` (its weekday, or the Friday before a weekend)."""
    last = dct - timedelta(days=max(0, dct.isoweekday() - WORKING_DAYS))
    first, left = last, n - 1
    while left > 0:
        first -= timedelta(days=1)
        if first.isoweekday() <= WORKING_DAYS:
            left -= 1
    return first, last


#: "(in|over) the past week", "the last two weeks", "a week": the weeks up to the article's date.
_PAST_WEEKS = re.compile(r"^(?:(?:the\s+)?(?:past|last|previous)\s+(?:\S+\s+)?(?:weeks?|months?)|a\s+week)$", re.IGNORECASE)
#: At most this many months are read as the months up to the article's date.
MAX_PAST_MONTHS = 24
_DURING_BEFORE = re.compile(r"\b(?:in|over|across|during)\s+$", re.IGNORECASE)
#: A present perfect in the clause before: "has questioned at least two suppliers in the past week".
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:not|also|now|already|since)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|wn)\b"
                              r"[^.;:!?\n]{0,80}$", re.IGNORECASE)
#: A past perfect reported by a past verb of saying is the present perfect of what was said: "she said the board had
#: met the bidders twice over the past two weeks" (the weeks up to the article's date, as "has met" tells them).
_REPORTED_PERFECT = re.compile(r"\b(?:said|told|added|noted|explained|confirmed|acknowledged|disclosed)\b(?:\s+[\w'’-]+){0,8}?"
                               r"\s+had\s+(?:(?:not|also|now|already)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|wn)\b[^.;:!?\n]{0,80}$",
                               re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
#: At most this many weeks are read as the working days up to the article's date.
MAX_PAST_WEEKS = 4


def _past_weeks(r: Any, text: str, dct: date | None) -> TemporalExpression | None:
    """"lost a third of its value in a week", "has questioned two suppliers in the past week": the working days of
    the last N weeks up to the publication date ("tripled over the past nine months": the last N months), for a timex row that is such a duration after "in", "over" or
    "during", with a figure of change or a present perfect before it in its clause (and no future), else None.
    ("a week" alone needs the figure: "will report in a week" is ahead.)"""
    counted = _COUNTED.match(str(r.value))
    if dct is None or r.type != "DURATION" or counted is None or counted.group("unit") not in ("W", "M") \
            or not _PAST_WEEKS.match(str(r.text)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    n = int(str(r.value)[1:-1])
    if not 1 <= n <= (MAX_PAST_WEEKS if counted.group("unit") == "W" else MAX_PAST_MONTHS) \
            or not _DURING_BEFORE.search(text, max(0, start - 8), start) or is_future(text, start, end):
        return None
    figure = _FIGURE_BEFORE.search(text, max(0, start - 80), start) is not None
    perfect = _PRESENT_PERFECT.search(text, max(0, start - 120), start) is not None \
        or _REPORTED_PERFECT.search(text, max(0, start - 200), start) is not None
    outlook = OUTLOOK.search(text, max(0, start - 80), start)
    if outlook and not (perfect and _DETERMINER_BEFORE.search(text, max(0, outlook.start() - 8), outlook.start())):
        return None  # a forecast; but "had studied the plan with the unions over the past two weeks" is an act
    if not figure and not (perfect and counted.group("unit") == "W" and not str(r.text).lower().startswith("a ")):
        return None  # months need the figure ("has served as adviser over the past four months" is a state)
    if counted.group("unit") == "M":  # "tripled over the past nine months": the months up to the article's date
        first = _shift(dct, 0, -n) + timedelta(days=1)
        return TemporalExpression(str(r.text), start, end, first, dct, "range", "relative",
                                  f"the last {n} month(s) up to {dct.isoformat()} (TIMEX3 {r.value})", dct)
    first, last = _last_working_days(dct, WORKING_DAYS * n)
    return TemporalExpression(str(r.text), start, end, first, last, "range", "relative",
                              f"the working days of the last {n} week(s) up to {last.isoformat()} (TIMEX3 {r.value})", dct)


#: "a week after <event>", "four days before <event>": the relation word then no date.
_RELATION_TO_EVENT = re.compile(r"\s+(?P<rel>after|before)\s+(?!(?:the\s+|last\s+|next\s+)?(?:[A-Z][a-z]+day|\d|"
                                r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))")
_SPAN_BEFORE = re.compile(r"\b(?:within|for|over|up\s+to|until)\s+(?:(?:about|around|roughly|some)\s+)?$", re.IGNORECASE)
#: At most this many days are counted back or forward from the sentence's day to another event.
MAX_EVENT_GAP_DAYS = 60


#: After "A week after <event>": its clause, a comma, then a main clause in the present ("insurers are still counting
#: the cost", "the stock remains 20% lower").
_PRESENT_MAIN = re.compile(r"[^,;:.!?\n]{1,80},\s+(?:[\w'’-]+\s+){0,6}?(?:is|are|has|have|remains?|stays?|looks?|stands?|"
                           r"sits?|trades?|seems?)\b(?![^.;!?\n]*\b(?:will|would|shall)\b)", re.IGNORECASE)


#: The main clause before an undated count of days ("It comes two days after ...", "Keel says its chief has quit, a day
#: after ..."): a verb in the present tells the article's day (the reference time of news prose in the present).
_PRESENT_TELLING = re.compile(r"\b(?:comes?|says?|is|are|falls?|lands?|arrives?|follows?)\b", re.IGNORECASE)
#: ... one in the past tells the day the sentence before it names ("Orvane's owners voted on Thursday. The vote came
#: three days after ..."); a modal, "to", a conditional or a relative clause tells no day.
_PAST_TELLING = re.compile(r"\b(?:came|was|were|followed|arrived|happened|[a-z]{3,}ed)\b", re.IGNORECASE)
_NOT_TOLD = re.compile(r"\b(?:will|would|shall|should|could|can|may|might|must|to|if|until|unless|who|whom|whose|which)\b|"
                       r"\b(?:more|less|fewer)\s+than\s+$|\b(?:nearly|almost|about|around|roughly|some|at\s+least|"
                       r"at\s+most|within|for|over)\s+$", re.IGNORECASE)
#: An approximate count ("more than a week after", "nearly two weeks after") places no day.
_APPROXIMATE = re.compile(r"(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|some|at\s+(?:least|most)|"
                          r"over|under|just\s+(?:over|under))\b", re.IGNORECASE)


def _told_day(text: str, rows: list[Any], s: int, start: int, dct: date) -> tuple[date, str] | None:
    """The day of the main clause before an undated count of days at ``start`` (its sentence opening at ``s``), and
    what tells it: the article's day for a verb in the present ("The move comes two days after Keel's warning"), the
    one day the sentence before names for a verb in the past ("Orvane's owners voted on Thursday. The vote came three
    days after Keel tabled its offer"); None for a modal, a conditional or an approximate count, or when
    the sentence before names no day, or one after the article's."""
    before = text[s:start]
    if _NOT_TOLD.search(before):
        return None
    present, past = _PRESENT_TELLING.search(before), _PAST_TELLING.search(before)
    if present is not None and (past is None or present.start() < past.start()):  # the first verb is the main one
        return dct, "the article's day"
    q = s
    while q > 0 and text[q - 1].isspace():
        q -= 1
    if past is None or q == 0:
        return None
    p = _sentence_start(text, q - 1)
    days = {x.date_start for x in rows if p <= int(x.clean_start) and int(x.clean_end) <= s and x.type in ("DATE", "TIME")
            and x.date_start is not None and not pd.isna(x.date_start) and x.date_start == x.date_end
            and precision_of(str(x.value)) == "day" and x.date_start <= dct}
    if len(days) != 1:
        return None
    return next(iter(days)), "the day of the sentence before"


def _event_from_day(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """"Keel said on Monday ..., a week after Orvane's trial failure", "asked to delay the vote on June 2, four days
    before it was held": the other event is that many days before (after) the day its sentence names before
    it, for a timex row that is such an undated count of days or weeks, or one the tagger read from the day right
    before it ("on June 2, four days before ..." describes June 2 from the other event), else None. (Not a count
    the tagger dates from a day after it: "two weeks after March 3".)"""
    counted = _COUNTED.match(str(r.value))
    start, end = int(r.clean_start), int(r.clean_end)
    dated = r.date_start is not None and not pd.isna(r.date_start)
    appositive = dated and r.ref_start is not None and not pd.isna(r.ref_start) and any(
        int(x.clean_start) == int(r.ref_start) and text[int(x.clean_end):start].strip() == "," for x in rows)
    # "OSLO, June 4 - The bridge reopened on Thursday, six days after a barge struck it": the tagger read the
    # count from an earlier day of the same sentence, which is the sentence's own day, not the other event's
    same_sentence = dated and r.ref_start is not None and not pd.isna(r.ref_start) and int(r.ref_start) < start \
        and _SENTENCE_BREAK.search(text, int(r.ref_start), start) is None
    appositive = appositive or same_sentence
    if r.type != "DURATION" or counted is None or counted.group("unit") not in ("D", "W") or (dated and not appositive):
        return None  # the tagger's own "two weeks after March 3"; but "on June 2, four days before it was held"
    rel = _RELATION_TO_EVENT.match(text, end)
    if rel is None or _SPAN_BEFORE.search(text, max(0, start - 16), start):
        return None  # "within 30 days after the ruling": a deadline, no gap between two events
    days = int(str(r.value)[1:-1].lstrip("T")) * (7 if counted.group("unit") == "W" else 1)
    if not 1 <= days <= MAX_EVENT_GAP_DAYS:
        return None
    named = [
        x for x in rows if int(x.clean_end) <= start and x.type in ("DATE", "TIME") and x.date_start is not None
        and not pd.isna(x.date_start) and x.date_start == x.date_end and precision_of(str(x.value)) == "day"
        and _SENTENCE_BREAK.search(text, int(x.clean_end), start) is None
    ]
    sign = -1 if rel.group("rel").lower() == "after" else 1
    expression = text[start:rel.end("rel")]
    if not named:
        # "Two weeks after the plant fire, insurers are still counting the cost": the main clause tells the present, the
        # article's day, and the other event is that long before it (only the sentence's opening, no other date)
        s = _sentence_start(text, start)
        stop = _SENTENCE_BREAK.search(text, rel.end())
        s_end = stop.start() if stop else len(text)
        if dct is not None and text[s:start].strip(" \t\"“'‘(") and not any(
                s <= int(x.clean_start) < s_end and x is not r and x.type in ("DATE", "TIME") for x in rows):
            told = None if _APPROXIMATE.match(str(r.text)) else _told_day(text, rows, s, start, dct)
            # "The vote came three days after Keel tabled its offer": that many days from the main clause's day
            if told is None:
                return None
            day = told[0] + timedelta(days=sign * days)
            return TemporalExpression(expression, start, rel.end("rel"), day, day, "day", "relative",
                                      f"{OTHER_EVENT} {expression.lower()} the event, told from {told[1]} "
                                      f"({told[0].isoformat()})", dct)
        if dct is None or rel.group("rel").lower() != "after" or text[s:start].strip(" \t\"“'‘(") \
                or any(s <= int(x.clean_start) < s_end and x is not r for x in rows) \
                or not _PRESENT_MAIN.match(text, rel.end(), s_end):
            return None
        day = dct - timedelta(days=days)
        return TemporalExpression(expression, start, rel.end("rel"), day, day, "day", "relative",
                                  f"{OTHER_EVENT} {expression.lower()} the event, told from the article's day "
                                  f"({dct.isoformat()})", dct)
    x = max(named, key=lambda x: int(x.clean_start))
    day = x.date_start + timedelta(days=sign * days)
    return TemporalExpression(expression, start, rel.end("rel"), day, day, "day", "relative",
                              f"{OTHER_EVENT} {expression.lower()} the event of {str(x.text)!r} ({x.date_start})", dct)


#: A part of the trading day: "in midday trading", "in the morning", "in late-morning deals".
_PART_OF_DAY = re.compile(r"^(?:the\s+)?(?:(?:early|late)[\s-]+|mid-?)?(?:morning|midday|noon|lunchtime|afternoon)$", re.IGNORECASE)
_TRADING_AFTER = re.compile(r"\s+(?:trading|trade|deals|session)\b", re.IGNORECASE)


def _session_part(r: Any, text: str, dct: date | None, rows: list[Any]) -> TemporalExpression | None:
    """"Shares dipped 0.7% in midday trading", "fell as much as 6% in the morning": a part of the trading day told
    of a move, with no day of its own, is the article's session (its publication day, a weekday), not the day an
    earlier sentence named (which the tagger reads it from), for such a timex row, else None."""
    if dct is None or dct.isoweekday() > WORKING_DAYS or r.type != "TIME" or not str(r.anchor).startswith("text ") \
            or not _PART_OF_DAY.match(str(r.text)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    if _FIGURE_BEFORE.search(text, max(0, start - 80), start) is None and _TRADING_AFTER.match(text, end) is None:
        return None
    if any(int(x.clean_end) <= start and x.type in ("DATE", "TIME") and _SENTENCE_BREAK.search(text, int(x.clean_end), start) is None
           for x in rows):
        return None  # "On Friday, Keel rose 5% in the morning": the morning of the sentence's own day
    return TemporalExpression(str(r.text), start, end, dct, dct, "day", "relative",
                              f"a part of the article's session, {dct.isoformat()} (TIMEX3 {r.value})", dct)


def _past_anaphor(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """"The union leader said she had met the owners the day before": an anaphoric day the tagger read from the
    last date stated before it, when that date is still to come ("the night shift would stop from June 29"), in a
    clause told in the past, is read instead from the last day stated before it that is not after the publication
    date (a past event counts from a past reference time, never from a plan); for such a timex row, else None."""
    anchor = str(r.anchor)
    if dct is None or r.type != "DATE" or not anchor.startswith("text ") or not _DAY_VALUE.match(anchor[5:]) \
            or r.date_start is None or pd.isna(r.date_start) or r.date_start != r.date_end or r.date_start <= dct \
            or not _DAY_VALUE.match(str(r.value)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    s = _sentence_start(text, start)
    if is_future(text, start, end) or not past_in_clause(text, s, start):
        return None
    told = date.fromisoformat(anchor[5:15])
    if told <= dct:
        return None
    past = [x for x in rows if int(x.clean_end) <= start and x.type == "DATE" and _DAY_VALUE.match(str(x.value))
            and x.date_start is not None and not pd.isna(x.date_start) and x.date_start == x.date_end
            and x.date_start <= dct and x is not r]
    if not past:
        return None
    x = max(past, key=lambda x: int(x.clean_start))
    day = x.date_start + (r.date_start - told)
    return TemporalExpression(str(r.text), start, end, day, day, "day", "relative",
                              f"relative to the last past date stated earlier in the text, {x.date_start} "
                              f"(not the coming {told}) (TIMEX3 {r.value})", dct)


#: A modal of the future or of a report about it ("will", "would"): what a past verb after it tells is past again.
_MODAL = re.compile(r"(?<![\w'])(?:will|would|shall|'ll)(?![\w'])", re.IGNORECASE)


_IN_BEFORE = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
#: A figure in a clause: a percentage, an amount or a quantity ("fell 17%", "$4 billion", "2.75 million tonnes").
_ANY_FIGURE = re.compile(r"\d")
#: A count of things, told of a past act in the period as a figure is ("cut 300 jobs", "shipped 2.5 million tonnes").
_COUNT = re.compile(r"\b\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+[a-z]+s\b")


#: A year standing alone ("for the first time since 2023", "the 2019 listing"): a date, not a figure of the period.
_YEAR_WORD = re.compile(r"(?<![\d.,$€£])\b(?:1[89]|20)\d\d\b(?![\d.,]\d|\s*(?:%|percent\b|per\s+cent\b))")


def _figure_in(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` holds a digit other than a count of things (:data:`_COUNT`) or a year."""
    counts = [(m.start(), m.end()) for m in _COUNT.finditer(text, begin, end)]
    counts += [(m.start(), m.end()) for m in _YEAR_WORD.finditer(text, begin, end)]
    return any(not any(a <= d.start() < b for a, b in counts) for d in _ANY_FIGURE.finditer(text, begin, end))
#: The end of a clause, not a thousands comma or a decimal point ("1,200 units", "2.5 million").
_CLAUSE_END = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?\n]|\s[-–—]\s")


def _clause_span(text: str, start: int, end: int, stop: re.Pattern[str]) -> tuple[int, int]:
    """Where the clause of ``text[start:end]`` begins (after the last clause break of its sentence before it) and
    ends (at the first match of ``stop`` after it, else the text's end)."""
    sentence = _sentence_start(text, start)
    begin = sentence
    for found in _CLAUSE_END.finditer(text, sentence, start):
        begin = found.end()
    after = stop.search(text, end)
    return begin, after.start() if after else len(text)


def past_action(text: str, start: int, end: int, placed: bool = True) -> bool:
    """Whether the past quarter or half at ``text[start:end]``, after "in" or "during", is when a past act happened
    ("the group sold its ferry arm in the third quarter", "the plant was shut during the second half") rather than the
    period of a reported figure ("profit fell 17% in the fourth quarter"): a past verb (not one of saying) in its
    clause and no figure in the clause, or, the period set off by a comma after it, a past act in the clause after it
    (:func:`_act_after`)."""
    if placed and not _IN_BEFORE.search(text, max(0, start - 10), start):
        return False  # (``placed`` False: an expression with no "in" of its own, as "earlier this year")
    if _OPENS_SENTENCE.fullmatch(text, _sentence_start(text, start), start) and _FRONTED_AFTER.match(text, end) is None \
            and _act_after(text, _SPACES.match(text, end).end()):  # type: ignore[union-attr]
        return True  # "In the first quarter of 2024 Ambrose recalled 800,000 pumps": fronted with no comma, then the act
    begin, clause_end = _clause_span(text, start, end, _CLAUSE_END)
    if _figure_in(text, begin, start) or _figure_in(text, end, clause_end):
        return False
    fronted = _FRONTED_AFTER.match(text, end)
    if fronted is not None and _act_after(text, fronted.end()):
        return True  # "During the third quarter, the group bought a plant"
    return (any(not _STATE_VERB.fullmatch(w.group(0)) and not w.group(0)[0].isupper()
                for w in _PAST_ACT.finditer(text, begin, start)) and past_in_clause(text, begin, start, reporting=False, names=False)) \
        or _bare_past(text, begin, start)


#: Words before a bare verb form that make it no past: an infinitive, a modal, a determiner (a noun: "a cut"), a negation.
_NOT_PAST_BEFORE = frozenset({
    "to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "do", "does", "did", "not",
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "any", "no", "each", "every",
})
_WORD_RUN = re.compile(r"[A-Za-z'’]+")


@functools.lru_cache(maxsize=1)
def _same_past_verbs() -> frozenset[str]:
    """Event verbs whose past is their bare form ("cut", "shut", "set", "hit") in ``analysis/data/event_verbs.csv``."""
    return frozenset(lemma for lemma, v in verb_forms().items() if v.lemma == lemma and lemma in _bare_pasts())


@functools.lru_cache(maxsize=1)
def _bare_pasts() -> frozenset[str]:
    import csv

    with VERBS_PATH.open(encoding="utf-8") as fh:
        return frozenset(r["lemma"].strip().lower() for r in csv.DictReader(fh) if r["lemma"].strip().lower() == r["past"].strip().lower())


def _bare_past(text: str, begin: int, start: int) -> bool:
    """Whether the clause ``text[begin:start]``, before a past quarter or half, holds a verb whose past is its bare
    form, used as a finite verb: "the insurer last set aside reserves in the third quarter of 2023", "the plant
    shut in the second half" (a past period: the bare form is its past). Not after "to", a modal or a determiner ("plans to
    cut", "a cut"), nor capitalised (a name), nor as the third person would be ("cuts" is present)."""
    words = [(m.group(0), m.start()) for m in _WORD_RUN.finditer(text, begin, start)]
    verbs = _same_past_verbs()
    for k, (w, _) in enumerate(words):
        if w.lower() in verbs and not w[0].isupper() and k > 0 and words[k - 1][0].lower() not in _NOT_PAST_BEFORE:
            return True
    return False


#: A comma right after the period: the phrase is fronted or set off ("During the third quarter, the group bought ...",
#: "the chief who, in the third quarter of 2022, signed the order"); the act is told in the clause after it.
_FRONTED_AFTER = re.compile(r"\s*,\s*")
#: Only "In" or "During" between the sentence's start and the period: it opens the sentence.
_OPENS_SENTENCE = re.compile(r"\W*(?:in|during)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s*")
#: An amount or a percentage: the period of a reported figure ("In the third quarter, it charged $46 million").
_AMOUNT = re.compile(r"[$€£¥]\s?\d|\d\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|bn|mn)\b)", re.IGNORECASE)


#: The end of a clause, not a decimal point or a thousands comma ("2.5 million", "1,500").
_CLAUSE_STOP = re.compile(r"[,.](?!\d)|[;:!?\n]|\s[-–—]\s")
#: What may stand between the period and the act's verb: its subject, a few words, no clause opener and no noun of a
#: period ("In the year-ago quarter, the second quarter ended Oct. 31, ..." is the quarter's gloss).
_SUBJECT_WORDS = re.compile(r"(?:[\w.'’&-]+\s+){0,6}?$")
_NOT_SUBJECT = re.compile(r"\b(?:that|which|who|when|where|while|as|if|because|quarter|half|year|month|week|period|"
                          r"given|compared|including)\b", re.IGNORECASE)
#: Past participles that are no past tense: never the act's verb ("a worry given that ...").
_PARTICIPLE_ONLY = frozenset({"given", "taken", "shown", "known", "seen", "done", "written", "driven", "chosen", "spoken",
                              "broken", "fallen", "risen", "grown", "drawn", "thrown", "begun", "gone", "been"})


def _act_after(text: str, begin: int, amounts: bool = False) -> bool:
    """Whether the clause from ``begin`` (after a fronted or set-off period) tells a past act: its subject (a few
    words, no clause opener, no noun of a period) then a past verb that is not one of a state or of saying, in lower
    case, and no amount or percentage in the clause."""
    stop = _CLAUSE_STOP.search(text, begin)
    clause_end = stop.start() if stop else len(text)
    if not amounts and _AMOUNT.search(text, begin, clause_end):
        return False  # (``amounts``: an amount is an act's object, as "made a $15-a-share offer", not a period's figure)
    verb = next((w for w in _PAST_ACT.finditer(text, begin, clause_end) if w.group(0).lower() not in _PARTICIPLE_ONLY),
                None)
    if verb is None or _STATE_VERB.fullmatch(verb.group(0)) or verb.group(0)[0].isupper():
        return False
    subject = text[begin:verb.start()]
    return _SUBJECT_WORDS.fullmatch(subject) is not None and not _NOT_SUBJECT.search(subject) \
        and past_in_clause(text, begin, clause_end, reporting=False, names=False)


#: Past verbs of a state, not an act: "orders were slow in the third quarter" tell the period of a condition.
#: Verbs of saying tell when something was said, not what was done in the quarter.
_STATE_VERB = re.compile(r"(?:was|were|had|did|seemed|remained|stayed|looked|appeared|felt|said|told|reported|added|"
                         r"noted|stated|explained|confirmed|disclosed|announced|warned|expected|estimated)", re.IGNORECASE)
_PAST_ACT = re.compile(r"\b(?:\w+ed|" + "|".join(LEX["past_verbs_before"]) + r")\b", re.IGNORECASE)


#: "earlier this year", "earlier in the year": the current year up to the article's date.
_EARLIER_THIS_YEAR = re.compile(r"earlier\s+(?:this|in\s+the)\s+year", re.IGNORECASE)
#: Verbs of a figure's change: with one, "earlier this year" is the period of a figure ("sales rose 4% earlier this year").
_CHANGE_VERB = re.compile(r"\b(?:rose|fell|grew|gained|lost|climbed|jumped|dropped|declined|slid|slipped|surged|soared|"
                          r"slumped|plunged|tumbled|increased|decreased|earned|posted|reported|risen|fallen|grown)\b",
                          re.IGNORECASE)


#: A verb of saying right before "earlier this year" and its complement right after ("Acme said earlier this year that
#: it was looking for a buyer"): the phrase dates the saying, as "said on Monday that" does.
_SAYING_BEFORE = re.compile(r"\b(?:said|announced|disclosed|confirmed|revealed|stated|warned|signall?ed|indicated|"
                            r"told\s+(?:[\w'’]+\s+){1,3}?)\s*$", re.IGNORECASE)
_COMPLEMENT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)


def earlier_this_year_act(text: str, start: int, end: int) -> bool:
    """Whether "earlier this year" (or a past season, "over the summer") at ``text[start:end]`` dates a past act told
    in its clause: fronted ("Earlier this year, the board adopted a rights plan"), between the subject and its verb
    ("the group earlier this year opened a plant") or after the verb with no figure ("the lender sold its card arm
    earlier this year"). Not with a verb of a figure's change (the year so far of a figure), nor of saying or of a
    state ("said sales had risen earlier this year"), unless the phrase stands between a verb of saying and its
    "that" ("said earlier this year that ..."): then it dates the saying."""
    if _SAYING_BEFORE.search(text, max(0, start - 40), start) and _COMPLEMENT_AFTER.match(text, end):
        return True  # "Kaiyo said earlier this year that it was looking for acquisitions": the saying's date
    begin, clause_end = _clause_span(text, start, end, _CLAUSE_STOP)
    if _CHANGE_VERB.search(text, begin, start) or _CHANGE_VERB.search(text, end, clause_end):
        return False
    fronted = _FRONTED_AFTER.match(text, end) or _SPACES.match(text, end)
    after = fronted.end()
    if _act_after(text, after, amounts=True):
        return True  # "Earlier this year, the board adopted ...", "the group earlier this year opened ..."
    return past_action(text, start, end, placed=False)


def _season_act(text: str, start: int, end: int) -> bool:
    """Whether a season named without its year at ``text[start:end]`` dates a past act: fronted, the act told after
    its comma ("Over the summer, rivals offered deeper discounts"), or a past verb right before its preposition
    ("a report issued over the summer", "the numbers changed over the summer"), not after "be", "to" or a modal
    ("is set to be released in the summer"). The tagger reads a bare season back to the last one gone, so anything
    less (a plan, "winning in the fall") would be dated to the wrong year."""
    fronted = _FRONTED_AFTER.match(text, end)
    if fronted is not None and _act_after(text, fronted.end(), amounts=True):
        return True
    m = _VERB_BEFORE_SEASON.search(text, max(0, start - 60), start)
    return (m is not None and _PAST_ACT.fullmatch(m.group(2)) is not None and not _STATE_VERB.fullmatch(m.group(2))
            and m.group(2).lower() not in _PARTICIPLE_ONLY and m.group(1).lower() not in _NOT_PAST_BEFORE | {"be"})


def past_after_modal(text: str, start: int) -> bool:
    """"Pensioners would keep the bonus under the deal signed with the trustees in 2021": a past verb after the
    last "will"/"would" of the sentence, before ``start``, tells its own past event (the year its date), whatever the
    modal says of the main clause. ("In 1926, we will open two plants" has none: a garbled year.)"""
    s = _sentence_start(text, start)
    cue = None
    for cue in _MODAL.finditer(text, s, start):
        pass
    return cue is not None and past_in_clause(text, cue.end(), start, reporting=False, names=False)


#: A present of a schedule right before "in" and a year ("The story begins in 2011", "the saga starts in 1998"): with a
#: past year it is the narrative present of a feature, no plan.
_NARRATIVE_PRESENT = re.compile(r"\b(?:begins|starts|opens|ends|closes)\s+in\s+$", re.IGNORECASE)


def narrative_present(text: str, start: int, end: int) -> bool:
    """Whether the past year at ``text[start:end]`` is read as ahead only for a present of a schedule right before it
    (:data:`_NARRATIVE_PRESENT`): with that verb blanked out, its clause no longer speaks of the future."""
    m = _NARRATIVE_PRESENT.search(text, max(0, start - 16), start)
    if m is None:
        return False
    verb_end = m.start() + len(m.group(0).split()[0])
    blanked = text[:m.start()] + " " * (verb_end - m.start()) + text[verb_end:]
    return not is_future(blanked, start, end)


#: A verb or noun of a goal, then "by" right before the date: the year a target is set for.
_TARGET_BY = re.compile(r"\b(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|goals?|pledged?|pledges|committed|commits?|vowed|promised|"
                        r"intends?|intended)\b[^.;:!?\n]{0,120}\bby\s+$", re.IGNORECASE)


_NOUN_AFTER = re.compile(r"\s+[a-z]")


#: A verb of a forecast, its object, then "to" and a verb, then "in" right before the date: "the insurer expected the
#: merger to lift profit in 2031", "sees the plant opening ... in": the year the forecast event is to happen.
_FORECAST_TO = re.compile(r"\b(?:expects?|expected|forecasts?|predicts?|predicted|projects?|projected)\s+"
                          r"(?:[\w'’-]+\s+){1,5}?to\s+[a-z]{3,}\b[^.;:!?\n]{0,80}?\bin\s+$", re.IGNORECASE)


def target_year(text: str, start: int, end: int) -> bool:
    """"Keel Motors pledged in May to sell only electric cars by 2030": a coming year after "by" in a clause
    that sets a goal is the year of that plan, whatever the tense of the report (the sentence's start bounds the
    search), and so is one after "in" that a forecast's "expected X to <verb>" dates ("said it expected the merger
    to lift profit in 2031"). Not a year that modifies a noun ("by 2030 levels")."""
    s = _sentence_start(text, start)
    return (_TARGET_BY.search(text, max(s, start - 160), start) is not None
            or _FORECAST_TO.search(text, max(s, start - 160), start) is not None) and _NOUN_AFTER.match(text, end) is None


def _sentence_start(text: str, at: int) -> int:
    """The start of the sentence holding offset ``at`` (after the last sentence break before it)."""
    s = max(0, at - 300)
    last = None
    for last in _SENTENCE_BREAK.finditer(text, s, at):
        pass
    return last.end() if last is not None else s


#: "late last year", "early this year": a part of a year named relative to the article's (the tagger reads the
#: whole year; "late 2024" it reads as its last quarter, "mid-2024" as May to August).
_PART_OF_RELATIVE_YEAR = re.compile(r"^(early|mid|late)[\s-]+(?:last|this|next|the\s+(?:previous|following))\s+year$",
                                    re.IGNORECASE)
_YEAR_PARTS = {"ear": ((1, 1), (3, 31)), "mid": ((5, 1), (8, 31)), "lat": ((10, 1), (12, 31))}


#: A date heading a line of a list: a bullet or nothing before it on its line, a colon or a dash after it.
_LINE_OPENING = re.compile(r"[ \t]*(?:[*•·–—-][ \t]+)?$")
_HEADING_BREAK = re.compile(r"[ \t]*(?:[-–—]{1,2}|:)[ \t]+\S")


#: A preposition placing something in a period (not "for", the period a report or a figure covers: "guidance for the
#: first half of 2027"), or nothing before the date in its sentence (the period as the subject: "The first half of
#: 2027 could bring ...").
_IN_PERIOD = re.compile(r"\b(?:in|from|by|during|until|till|through|starting|beginning|before|after)\s+(?:the\s+)?$", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)(?:[A-Z][a-z]+:\s+)?$")
_STATED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _stated_coming_part(text: str, start: int, expression: str, first: date, dct: date) -> bool:
    """Whether a quarter or half of a stated year, wholly after the publication date, places something in it: a
    present tense of a schedule or a rule ("the first of those starts production in the second quarter of 2027",
    "bars brokers from keeping rebates from the third quarter of 2027") or the period as the subject of a modal
    after it ("The first half of 2027 could bring another cut"). Nothing past can lie there, so, like a plan, it
    dates what its clause tells."""
    if first <= dct or not _STATED_YEAR.search(expression):
        return False
    before = text[max(0, start - 40) : start]
    return _IN_PERIOD.search(before) is not None or _SENTENCE_OPENING.search(text[max(0, start - 12) : start]) is not None


def _heads_line(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` heads its line ("* Q1 2032: court ruling on the patent due")."""
    line = text.rfind("\n", 0, start) + 1
    return _LINE_OPENING.fullmatch(text, line, start) is not None and _HEADING_BREAK.match(text, end) is not None


def _line_dated(text: str, end: int, rows: list[Any]) -> bool:
    """Whether the rest of the line after a date heading it (``end``) holds a day or a month of its own ("- Q4 2027:
    the mill restarts, on November 3", "* Q2 2028: two strikes, on April 9 and June 21"): that date then dates the
    line's event, finer than its heading."""
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    return any(end <= int(o.clean_start) < stop and precision_of(str(o.value)) in ("day", "month") for o in rows)


#: A fiscal year named by the month it ends in, after a preposition placing something in it: "plans to open the mine
#: in the fiscal year ending June 2034", "a tenth of its revenue by the fiscal year ending September 2035". ("Targets
#: for the financial year ending 30 June 2034" and "profit for the year ended May 31" name a report's period: not here.)
_FISCAL_YEAR_ENDING = re.compile(r"\b(?:in|by|during|within)\s+(?:the|its|their)\s+(?:fiscal|financial)\s+year\s+"
                                 r"(?:ending|ended|that\s+ends)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)


#: After a fiscal year, the words that lead to the month or day it ends on ("the fiscal year| ending June 2034").
_ENDING_AFTER = re.compile(r"\s+(?:ending|ended|that\s+ends)\s+(?:in\s+|on\s+)?", re.IGNORECASE)


def _ends_in_next_row(r: Any, text: str, by_start: dict[int, Any]) -> bool:
    """Whether the timex row ``r`` is the fiscal year of "the fiscal year ending June 2034" with a row for its month
    right after: the month's row reads the whole phrase (:func:`_fiscal_year_ending`), as one expression."""
    after = _ENDING_AFTER.match(text, int(r.clean_end))
    return after is not None and after.end() in by_start and _FISCAL_YEAR_ENDING.search(text, max(0, int(r.clean_start) - 20), after.end()) is not None


def _fiscal_year_ending(r: Any, text: str, dct: date | None) -> TemporalExpression | None:
    """"in the fiscal year ending June 2034": the twelve months up to the end of that month (July 2033 to June
    2034), for a timex row that is the month (or the last day) such a phrase names, else None (and for a past year
    with an amount in its sentence: the period of a figure). The expression is the phrase from "the"."""
    value = str(r.value)
    if r.type != "DATE" or r.date_end is None or pd.isna(r.date_end) or not (_MONTH_VALUE.match(value) or _DAY_VALUE.match(value)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    phrase = _FISCAL_YEAR_ENDING.search(text, max(0, start - 60), start)
    if phrase is None:
        return None
    last = r.date_end if _MONTH_VALUE.match(value) else r.date_start
    month = last.month % 12 + 1  # the month after the last one, a year earlier, opens the fiscal year
    first = date(last.year - (1 if month > 1 else 0), month, 1)
    stop = _SENTENCE_BREAK.search(text, end)
    if dct is not None and r.date_end < dct and _AMOUNT.search(text, _sentence_start(text, start), stop.start() if stop else len(text)):
        return None  # "earned $7 billion in the fiscal year ended June 2029": the period of a past figure
    begin = text.index(" ", phrase.start()) + 1  # after the preposition
    return TemporalExpression(text[begin:end], begin, end, first, last, "range", "absolute",
                              f"a fiscal year ending {last.isoformat()} (TIMEX3 {value})", dct)


#: A holiday's name (no figure: "Christmas", "Easter", "Thanksgiving", "the Lunar New Year").
_HOLIDAY = re.compile(r"^(?:the\s+)?(?:Christmas|Easter|Thanksgiving|(?:Lunar\s+)?New\s+Year(?:['’]s)?|Hanukkah|Ramadan|Diwali|"
                      r"Passover|Halloween|Golden\s+Week)$", re.IGNORECASE)
#: After a holiday's name, a noun of what is bought, booked or sold for it ("Easter trips", "Christmas shopping", "the
#: Christmas period", "Christmas, the season in which ..."): the holiday names a season of demand or a thing, not a day
#: something happened on. ("Christmas week", "New Year's weekend", "Christmas Day" stay: days and weeks events happen in.)
_DEMAND_AFTER = re.compile(r"(?:\s+|,\s+the\s+)(?:trips?|travel|travell?ers|bookings?|shopping|shoppers|sales|spending|"
                           r"demand|orders|trade|trading\s+season|period|season|gifts?|cards?|trees?|part(?:y|ies)|"
                           r"menus?|lights|decorations|rush|goods|stock|lines|flights)\b", re.IGNORECASE)
#: Before it, a noun of demand and "for": "bookings for Easter", "demand for the Christmas season".
_DEMAND_BEFORE = re.compile(r"\b(?:trips|travel|bookings?|sales|spending|demand|orders|flights|stock|stocking\s+up|shopping)"
                            r"\s+(?:for|over|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _demand_season(text: str, start: int, end: int) -> bool:
    """Whether the holiday at ``text[start:end]`` names a season of demand or a thing rather than a day:
    :data:`_DEMAND_AFTER` or :data:`_DEMAND_BEFORE`."""
    return _HOLIDAY.match(text[start:end].strip()) is not None and (
        _DEMAND_AFTER.match(text, end) is not None or _DEMAND_BEFORE.search(text, max(0, start - 40), start) is not None)


def _in_index_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a number inside the name of a stock index of the curated move words ("the Russell
    2000 index of smaller companies"): part of a name, not a year."""
    if not text[start:end].strip().isdigit():
        return False
    return any(m.start() <= start and end <= m.end()
               for m in move_words().index_names.finditer(text, max(0, start - 40), min(len(text), end + 10)))


#: A law cited by its name, with the year the name carries ("under the Companies Act 2006", "pursuant to the
#: Securities Exchange Act of 1934", "not in compliance with the National Voter Registration Act of 1993"): the
#: year names the law, and what the sentence tells (a power used, a clearance needed, a filing) is not of that year.
#: Only after the words that invoke a law (not "voted against the ... Act of 2015", whose year is the vote's).
_LAW_CITED = re.compile(
    r"\b(?:under|pursuant\s+to|(?:compliance|accordance|conformity)\s+with|(?:requirements|provisions|terms)\s+of|"
    r"(?:section|sections|article|part|schedule)\s+[\dA-Za-z().]+\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|for|on|in|to|the)\s+)*){1,10}Act,?\s+(?:of\s+)?$")


#: A year right before a noun of a company's accounts as a document, with adjectives of such accounts between: "its
#: audited 2029 results", "the 2029 accounts". The year names the period the accounts cover, not when anything happened
#: (they are drawn up and published after it), as a quarter before such a noun does ("third-quarter results"). Not a
#: figure of the period ("his 1995 tax return show he took a $916 million loss": the loss is of that year), nor "a 2009
#: report" (a report is written in its year).
_ACCOUNTS_AFTER = re.compile(r"(?:\s+(?:full[-\s]year|annual|audited|unaudited|financial|fiscal|operating|consolidated|"
                             r"interim))*\s+(?:results|accounts|financial\s+statements|annual\s+report)\b", re.IGNORECASE)


def _year_of_accounts(text: str, start: int, end: int) -> bool:
    """Whether the bare year at ``text[start:end]`` modifies a noun of accounts (:data:`_ACCOUNTS_AFTER`)."""
    return text[start:end].isdigit() and _ACCOUNTS_AFTER.match(text, end) is not None


def _in_law_name(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` closes the name of a law cited after a word invoking it
    (:data:`_LAW_CITED`): part of a name, no date of the sentence's event."""
    return text[start:end].strip().isdigit() and _LAW_CITED.search(text, max(0, start - 160), start) is not None


#: A year framing its sentence: nothing but a preposition of time before it ("In 2019, ...", "Early 2027 - ...", the
#: tagger's "Early 2027" is the year's part), then a comma, a dash or a colon (not a year modifying a noun: "Some 2016
#: candidates", "Kopp's 1987 Chevrolet").
_FRAME_BEFORE = re.compile(r"[\s\"“'‘(*•-]*(?:(?:and|but|then|back)\s+)?(?:(?:in|during|throughout)\s+)?$", re.IGNORECASE)
_FRAME_AFTER = re.compile(r"\s*(?:,|:|[-–—]{1,2}\s)")
#: A month named without its year or a word placing it from now ("in January", "on March 3", "mid-September").
_BARE_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_FROM_NOW = re.compile(r"\b(?:last|next|this|previous|coming|following|past|that|same|ago)\b", re.IGNORECASE)
_MONTH_OR_DAY_VALUE = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")


def framed_months(text: str, rows: list[Any]) -> list[Any]:
    """"In 2008, the campaign began airing ads in mid-September", "Early 2027 - Keel cuts 4% of its staff in
    January", "2011: The quake struck at 14:46 on March 11": a month (or a day, or a clock time on a named day) named
    without its year in a sentence a stated year frames is in that year, not the
    one the tagger reads from the article's date. The frame opens the sentence (:data:`_FRAME_BEFORE`), is set off
    by a comma, a dash or a colon, and no other year is stated between it and the month; the month must lie in the
    frame's span ("Early 2027": January to March). ``rows`` are a document's timex rows (named tuples); the others
    pass as they are."""
    out = list(rows)
    for i, r in enumerate(out):
        if r.type != "DATE" or not re.fullmatch(r"\d{4}", str(r.value)) or not _STATED_YEAR.search(str(r.text)) \
                or r.date_start is None or pd.isna(r.date_start):
            continue
        start, end = int(r.clean_start), int(r.clean_end)
        s = _sentence_start(text, start)
        if not _FRAME_BEFORE.fullmatch(text, s, start) or not _FRAME_AFTER.match(text, end):
            continue
        stop = _SENTENCE_BREAK.search(text, end)
        s_end = stop.start() if stop else len(text)
        for j in range(i + 1, len(out)):
            x = out[j]
            if int(x.clean_start) >= s_end:
                break
            if _STATED_YEAR.search(str(x.text)):
                break  # another year stated: it frames what follows
            value = str(x.value)
            # (a clock time on a named day, "at 14:46 on March 11", is that day's: its value's day part)
            if x.type not in ("DATE", "TIME") or not _MONTH_OR_DAY_VALUE.match(value if x.type == "DATE" else value[:10]) \
                    or x.type == "TIME" and "T" not in value or not _BARE_MONTH.search(str(x.text)) \
                    or _FROM_NOW.search(str(x.text)) or x.date_start is None or pd.isna(x.date_start) \
                    or value[:4] == str(r.value):
                continue
            year = int(str(r.value))
            try:
                first, last = x.date_start.replace(year=year), x.date_end.replace(year=year)
            except ValueError:
                continue  # February 29 of a year without one
            if first < r.date_start or last > r.date_end:
                continue
            out[j] = x._replace(value=f"{year}{value[4:]}", date_start=first, date_end=last, anchor=f"text {year}")
    return out


def year_frames(text: str, found: list[TemporalExpression]) -> set[int]:
    """The ids of the expressions of ``found`` (one sentence's) that are a year framing the sentence (as
    :func:`framed_months` reads one: "Early 2027 - Keel cuts 4% of its staff in January and in February reports ...")
    when a later date of the sentence lies inside the frame's span and is narrower: those dates tell its events, the
    frame only sets their year."""
    out: set[int] = set()
    for e in found:
        if not e.resolved or not _STATED_YEAR.search(e.expression) or e.precision not in ("year", "range"):
            continue
        s = _sentence_start(text, e.start)
        if not _FRAME_BEFORE.fullmatch(text, s, e.start) or not _FRAME_AFTER.match(text, e.end):
            continue
        if any(o is not e and o.start >= e.end and o.resolved and e.date_start <= o.date_start  # type: ignore[operator]
               and o.date_end <= e.date_end and (o.date_start, o.date_end) != (e.date_start, e.date_end)  # type: ignore[operator]
               for o in found):
            out.add(id(e))
    return out


def _anaphor_of_a_period(r: Any, text: str, rows: list[Any]) -> Any:
    """"... more serious than the August 2023 outage, which was followed by a 5% decline in the shares the next day":
    a day the tagger read from a day D stated earlier in the text (its anchor ``text D``) whose own sentence states,
    before it, a month, a quarter or a year that does not hold D. The anaphor counts from that period, not from D:
    returns that period's row (the last such before it), else None."""
    anchor = str(r.anchor)
    if r.type != "DATE" or not anchor.startswith("text ") or not _DAY_VALUE.match(anchor[5:]) \
            or not _DAY_VALUE.match(str(r.value)) or r.date_start is None or pd.isna(r.date_start):
        return None
    told = date.fromisoformat(anchor[5:15])
    start = int(r.clean_start)
    s = _sentence_start(text, start)
    periods = [x for x in rows if x is not r and s <= int(x.clean_start) and int(x.clean_end) <= start
               and x.type == "DATE" and (precision_of(str(x.value)) in ("month", "year") or _PART_OF_YEAR.match(str(x.value)))
               and x.date_start is not None and not pd.isna(x.date_start) and not x.date_start <= told <= x.date_end]
    return max(periods, key=lambda x: int(x.clean_start)) if periods else None


def _day_from_a_period(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """The day of an anaphor counted from a month of its sentence (:func:`_anaphor_of_a_period`): "the next day" after
    "the August 2023 outage" is a day from August 2 to September 1, 2023, placed as that range. None for a quarter or
    a year (too wide to place a day in) and for anything else."""
    x = _anaphor_of_a_period(r, text, rows)
    if x is None or precision_of(str(x.value)) != "month":
        return None
    shift = r.date_start - date.fromisoformat(str(r.anchor)[5:15])
    if abs(shift.days) > 7:
        return None
    return TemporalExpression(str(r.text), int(r.clean_start), int(r.clean_end), x.date_start + shift, x.date_end + shift,
                              "range", "relative", f"counted from {str(x.text)!r} of its sentence (TIMEX3 {x.value})", dct)


#: A weekday after an indefinite determiner ("on a Saturday", "any Monday"), and what may follow it when it is the
#: noun itself: a clause word or punctuation ("pushed a change on a Saturday that should have waited"), not a noun it
#: modifies ("at a Tuesday rally", "in a Friday interview": that week's day, which the tagger places).
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|some|one|another)\s+$", re.IGNORECASE)
_WEEKDAY_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?)”\"'’—–-]|$|(?:that|which|when|who|where|and|or|but|to|in|at|on|of|for|"
                                 r"with|before|after|while|as|because|so|than|is|was|would|could|will|can|night|morning|"
                                 r"afternoon|evening)\b)", re.IGNORECASE)
_WEEKDAY_TEXT = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _indefinite_weekday(text: str, start: int, end: int, expression: str) -> bool:
    """"We pushed a change on a Saturday that should have waited for Monday": a weekday after "a" (or "any", "one")
    standing as a noun is some Saturday, no day the article's week fixes."""
    return _WEEKDAY_TEXT.match(expression) is not None and _INDEFINITE_BEFORE.search(text, max(0, start - 10), start) \
        is not None and _WEEKDAY_NOUN_AFTER.match(text, end) is not None


#: A modal perfect and its verb right before a date, at most two words between (its object) and no preposition
#: tying the date to that object ("would not have prevented a crisis in 2008": the crisis was real): "should have waited
#: for Monday", "could have written those things last week", "would have had to quit that very day".
_COUNTERFACTUAL = re.compile(r"\b(?:should|could|would|might|must)(?:\s+not|n['’]t)?\s+have\s+(?:been\s+|had\s+to\s+)?"
                             r"[a-z]+(?P<object>(?:\s+[a-z]+){0,2}?)\s+(?P<prep>(?:in|on|of|during|at|for|until|by)\s+)?$",
                             re.IGNORECASE)


#: A coming event called off, right before its date: "removing the threat of a second strike next week", "averting a
#: walkout planned for Monday", "lifted the risk of a shutdown in May". The date is of what will no longer happen.
_AVERTED = re.compile(r"\b(?:(?:remov|lift|end|eas)(?:e|es|ed|ing)\s+(?:the|any)\s+(?:threat|risk|prospect|spectre|specter)"
                      r"\s+of|avert(?:s|ed|ing)?|head(?:s|ed|ing)?\s+off|call(?:s|ed|ing)?\s+off)\s+(?:a|an|the|its|their)?"
                      r"\s*(?:[\w'’-]+\s+){0,3}?(?:(?:planned|scheduled|set|due)\s+)?(?:for\s+|on\s+|in\s+)?$", re.IGNORECASE)


_AVERTED_SEARCHED = SearchedWithWords(_AVERTED, ("threat", "risk", "prospect", "spect", "avert", "off"))


def _counterfactual(text: str, start: int) -> bool:
    """Whether the date at ``start`` dates what a modal perfect says did not (or may not) happen: "We pushed a change on
    a Saturday that should have waited for Monday", "I could have written those things last week", "would have been
    drafted six to eight weeks ago". Not a date after an object and "in", "of" or "during" (it dates that object's own
    event: "would not have prevented a crisis in 2008")."""
    m = _COUNTERFACTUAL.search(text, max(0, start - 80), start)
    if m is None:
        return False
    prep = (m.group("prep") or "").strip().lower()
    return not (m.group("object").strip() and prep in ("in", "of", "during"))


#: A time pointed back to with "that" ("that morning", "That day", "that same night", "that week"): the time the text
#: told last, never the day of writing ("this morning", "today").
_THAT_TIME = re.compile(r"that\s+(?:same\s+|very\s+)?(?:morning|afternoon|evening|night|day|week|weekend|month|year)",
                        re.IGNORECASE)


def _that_time_unplaced(r: Any) -> bool:
    """Whether the row ``r`` is a time pointed back to with "that" (:data:`_THAT_TIME`) that the tagger read from the
    publication date, the text having stated no earlier date to point to ("On the morning the rains stopped, he
    walked the rows. That morning, in the last week of April, the note was wrong.", a book's "That night, I could
    barely stop grinning"): it names a time of the story the text does not date, not the day of writing."""
    return _THAT_TIME.fullmatch(str(r.text).strip()) is not None and str(r.anchor).startswith(
        ("publication", "earliest publication"))


#: A plan given up: the date something was first set for ("The vote, first scheduled for Tuesday, was delayed", "a
#: hearing that had originally been set for Wednesday", "the offer previously had been scheduled to expire at midnight
#: Friday"), not when it happened. Not "as originally planned" (it happened so).
_SUPERSEDED_PLAN = re.compile(r"(?<!\bas )\b(?:first|originally|initially|previously)\s+(?:had\s+)?(?:been\s+)?"
                              r"(?:scheduled|set|planned|slated|due|timed)\s+(?:to\s+[a-z]+\s+)?(?:(?:for|on|at|in)\s+)?"
                              r"(?:the\s+)?$", re.IGNORECASE)
#: How the plan moved, told later in its sentence: "was pushed back by a day", "postponed by two weeks", "brought
#: forward by a day".
_PLAN_MOVED = re.compile(r"\b(?P<way>pushed\s+back|put\s+back|moved\s+back|postponed|delayed|deferred|brought\s+forward|"
                         r"moved\s+(?:up|forward))\s+by\s+(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+"
                         r"(?P<unit>days?|weeks?)\b", re.IGNORECASE)


def _plan_given_up(text: str, start: int, end: int) -> tuple[bool, int | None]:
    """Whether the date at ``text[start:end]`` is the one a plan was first set for (:data:`_SUPERSEDED_PLAN`), and
    then by how many days its sentence says the plan moved ("had first been set for Wednesday and was pushed back by
    a day": one; None when it does not say): the event is on the day it moved to, or on no day the date tells."""
    if _SUPERSEDED_PLAN.search(text, max(0, start - 80), start) is None:
        return False, None
    stop = _SENTENCE_BREAK.search(text, end)
    moved = _PLAN_MOVED.search(text, end, stop.start() if stop else len(text))
    if moved is None:
        return True, None
    n = _count(moved.group("n"))
    if n is None:
        return True, None
    days = n * (7 if moved.group("unit").lower().startswith("week") else 1)
    way = moved.group("way").lower()
    return True, -days if way.startswith(("brought", "moved up", "moved forward")) else days


def timex_expressions(text: str, rows: list[Any], dct: date | None) -> list[TemporalExpression]:
    """The dated timexes of one document (its rows of :func:`analysis.timeline.timexes.timex_mentions` as named
    tuples, ``text`` its cleaned text) as timeline expressions."""
    out = []
    rows = framed_months(text, rows)
    by_start = {int(r.clean_start): r for r in rows}
    covered = -1  # the end of the last span built from a duration and the year after it
    for r in rows:
        if _that_time_unplaced(r):
            continue  # "That morning, in the last week of April, ...": a time of the story, no day of writing
        ahead = (_coming_span(r, dct) or _first_months(r, text, dct) or _first_weeks(r, text, rows, dct)
                 or _past_sessions(r, text, dct)
                 or _past_weeks(r, text, dct) or _stated_shift(r, text, rows, dct) or _session_part(r, text, dct, rows)
                 or _event_from_day(r, text, rows, dct) or _past_anaphor(r, text, rows, dct)
                 or _fiscal_year_ending(r, text, dct) or _day_from_a_period(r, text, rows, dct))
        if ahead is not None:
            out.append(ahead)
            covered = max(covered, ahead.end)
            continue
        if _ends_in_next_row(r, text, by_start):
            continue
        if r.date_start is None or pd.isna(r.date_start) or r.suspect or r.type == "SET" or int(r.clean_end) <= covered:
            continue  # "2030" of "the last four months of 2030" is part of that span
        if r.type in ("DATE", "TIME") and _counterfactual(text, int(r.clean_start)):
            continue  # "a change that should have waited for Monday": what did not happen has no date
        if r.type in ("DATE", "TIME") and dct is not None and r.date_start is not None and not pd.isna(r.date_start) \
                and r.date_start > dct and _AVERTED_SEARCHED.search(text, max(0, int(r.clean_start) - 90), int(r.clean_start)):
            continue  # "removing the threat of a second strike next week": what will no longer happen has no date
        if r.type in ("DATE", "TIME"):
            given_up, moved = _plan_given_up(text, int(r.clean_start), int(r.clean_end))
            if given_up and (moved is None or precision_of(str(r.value)) != "day"):
                continue  # "The announcement, first scheduled for Tuesday, was delayed": the day given up, no event's
            if given_up and moved is not None:
                # "a hearing that had first been set for Wednesday and was pushed back by a day": the day it moved to
                first = r.date_start + timedelta(days=moved)
                r = r._replace(value=first.isoformat(), date_start=first, date_end=first)
        if _indefinite_weekday(text, int(r.clean_start), int(r.clean_end), str(r.text)):
            continue  # "pushed a change on a Saturday that should have waited": some Saturday, no date
        if _anaphor_of_a_period(r, text, rows) is not None:
            continue  # "the 2023 outage ... a decline the next day": no day after a year
        if _in_index_name(text, int(r.clean_start), int(r.clean_end)):
            continue  # "The Russell 2000 fell 0.2%": the number of an index's name, no year
        if _in_law_name(text, int(r.clean_start), int(r.clean_end)):
            continue  # "a call-in notice under the National Security and Investment Act 2021": a law's name, no date
        if _year_of_accounts(text, int(r.clean_start), int(r.clean_end)):
            continue  # "publishes its audited 2029 results": the period the accounts cover, no date of an event
        value, start, end = str(r.value), int(r.clean_start), int(r.clean_end)
        ref = None if r.ref_start is None or pd.isna(r.ref_start) else int(r.ref_start)
        if ref is not None:
            x = by_start.get(ref)
            expression = str(r.text)
            if r.type == "DURATION":
                rel = _RELATION.match(text, end)
                if rel:
                    end = rel.end()
                    expression = text[start:end]
            x_text = str(x.text) if x is not None else ""
            basis = f"{expression.lower()} {x_text!r} ({r.anchor.removeprefix('text ')})"
            first, last = _exact_day(r, text, r.date_start, r.date_end)
            out.append(TemporalExpression(expression, start, end, first, last,
                                          _anchored_precision(value, first, last), "after_event",
                                          basis, dct, ref))
            continue
        if r.type not in ("DATE", "TIME"):
            continue
        if _demand_season(text, start, end):
            continue  # "cancelled Easter trips", "bookings for the Christmas period": a season of demand, no event
        precision = precision_of(value)
        if (precision is None and _PART_OF_YEAR.match(value) and dct is not None and r.date_end >= dct
                and not _PERIOD_ADJECTIVE.search(str(r.text))
                and (planned(text, start, end) or _heads_line(text, start, end) or _BE_TO.search(text, max(0, start - 120), start)
                     or _stated_coming_part(text, start, str(r.text), r.date_start, dct))):
            # a coming quarter or half is a plan ("expected to close in the second quarter"), and so is one heading
            # a line of a list of what is to come ("Q1 2032: court ruling on the patent due"), as a month heading one is
            precision = "range"
        if (precision is None and _PART_OF_YEAR.match(value) and dct is not None and r.date_end < dct
                and not _PERIOD_ADJECTIVE.search(str(r.text)) and past_action(text, start, end)):
            precision = "range"  # "sold its ferry arm in the third quarter": a past act in a quarter, no figure of it
        if (precision is None and _PART_OF_YEAR.match(value) and dct is not None and r.date_end < dct
                and _STATED_YEAR.search(str(r.text)) and _heads_line(text, start, end) and not _line_dated(text, end, rows)):
            precision = "range"  # "Q3 2027 - The mill restarts" in a chronology: the line's event, as a coming one is
        if (precision is None and _PART_OF_YEAR.match(value) and dct is not None and r.date_end < dct
                and COMPARISON_SINCE.search(text, max(0, start - 90), start)):
            precision = "range"  # "its weakest session since the second quarter of 2026": a comparison's yardstick
        if (precision is None and _PART_OF_YEAR.match(value) and dct is not None and r.date_end < dct
                and not _PERIOD_ADJECTIVE.search(str(r.text)) and _PLACED_IN_PERIOD.search(text, max(0, start - 12), start)
                and _REPORTED_FIGURE.search(_clause_around(text, start, end))):
            # "sales fell 12% in the third quarter", "burned 74 million in the first half": what the figure tells
            # happened over that period, placed on it (a product decision: see docs/what_counts.md)
            precision = "range"
        if precision is None and _DECADE_VALUE.match(value) and dct is not None and r.date_end is not None \
                and r.date_end < dct and _DECADE_NAMED.search(str(r.text)) \
                and _PLACED_IN_DECADE.search(text, max(0, start - 12), start) and not _DECADE_MODIFIES.match(text, end):
            precision = "range"  # "the tannery shut in the 1980s", "has farmed here since the 1960s": a past decade
        if precision is None and _SEASON_VALUE.match(value) and dct is not None and r.date_start is not None \
                and _SEASON_NAMED.search(str(r.text)) \
                and ((r.date_end < dct and not is_future(text, start, end)) or (r.date_start > dct and planned(text, start, end))):
            precision = "range"  # "in the spring of 2019" (a past season), "due to open in autumn 2030" (a plan)
        if precision is None and _SEASON_VALUE.match(value) and dct is not None and r.date_end is not None \
                and r.date_end < dct and not _SEASON_NAMED.search(str(r.text)) \
                and _BARE_SEASON.fullmatch(str(r.text).strip()) and _SEASON_OVER.search(text, max(0, start - 12), start) \
                and _season_act(text, start, end):
            precision = "range"  # "Over the summer, rivals offered deeper discounts": a past act in the season just gone
        if precision is None and _SEASON_VALUE.match(value) and dct is not None and r.date_start is not None \
                and r.date_start > dct and _SEASON_PLACED.search(text, max(0, start - 12), start) \
                and planned(text, start, end):
            precision = "range"  # "will resume flights in the summer", "to open by the autumn": the coming season
        if (precision == "year" and dct is not None and re.fullmatch(r"\d{4}", value) and r.date_start is not None
                and r.date_start.year == dct.year and _EARLIER_THIS_YEAR.fullmatch(str(r.text).strip())
                and earlier_this_year_act(text, start, end)):
            # "the board earlier this year adopted a rights plan": a past act in the year so far (the tagger's span, up
            # to the day before the article's), placed on it
            precision = "range"
        if precision is None:
            continue
        part = _PART_OF_RELATIVE_YEAR.match(str(r.text))
        if precision == "year" and part and (r.date_start.month, r.date_end.month) == (1, 12):
            # "late last year" as "late 2025": the part of the year the tagger gives a stated year
            (m0, d0), (m1, d1) = _YEAR_PARTS[part.group(1).lower()[:3]]
            r = r._replace(date_start=date(r.date_start.year, m0, d0), date_end=date(r.date_start.year, m1, d1))
        if precision == "year" and (r.date_end - r.date_start).days <= PART_OF_YEAR_DAYS:
            precision = "range"  # "the end of the year": its last quarter ("earlier this year" stays a year)
        if precision in ("day", "month") and (r.date_start, r.date_end) != interval(value[:10]):
            precision = "range"  # "March 18-19", "late December", "earlier this month": a part or a run of days
        first, last = r.date_start, r.date_end
        if precision == "week" and (first, last) == interval(value):
            first, last = working_week(first, dct, is_future(text, start, end))
        basis = _basis(str(r.anchor), value)
        if first != last and _BOUNDED_VALUE.match(value) and (
                (_END_OF.match(str(r.text)) and _BOUND_BEFORE.search(text, max(0, start - 24), start))
                or _BOUND_END_OF_BEFORE.search(text, max(0, start - 40), start)):
            # "expects a ruling before the end of the month", "before end-September", "to settle the claim by the end of
            # the year", "the lease lasts until the end of 2033", "before the end of this quarter": a bound on its last day
            first, precision, basis = last, "day", f"{basis}; the last day, a deadline"
        out.append(TemporalExpression(
            str(r.text), start, end, first, last, precision,  # type: ignore[arg-type]
            _kind_of(value, str(r.anchor)), basis, dct,
        ))
    return ago_today(out, text)


_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def weekday_asides(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` without a weekday that only names the day of a calendar date beside it in parentheses: "May 6
    (Wednesday) - Inspectors find a leak", "Monday (May 11)". The date dates the event; the tagger reads the weekday
    on its own, from the article's date (the Wednesday of the article's week, not May 6's)."""
    days = [e for e in found if e.precision == "day" and not _WEEKDAY.fullmatch(e.expression.strip())]
    drop = set()
    for e in found:
        if not _WEEKDAY.fullmatch(e.expression.strip()):
            continue
        for o in days:
            if (o.end <= e.start and re.fullmatch(r"\s*\(", text[o.end:e.start]) and text[e.end:e.end + 1] == ")") or \
                    (e.end <= o.start and re.fullmatch(r"\s*\(", text[e.end:o.start]) and text[o.end:o.end + 1] == ")"):
                drop.add(id(e))
    return [e for e in found if id(e) not in drop]


#: A past perfect before a day: "who had defended the stock on Tuesday", "had been cut on Monday".
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:not|already|also|just|previously|earlier|first)\s+)*(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b"
                         r"[^.;:!?,()]{0,60}?\bon\s+$", re.IGNORECASE)
_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
#: A clause that tells an earlier event than its sentence's: "after the union failed to reach a contract on Friday".
_EARLIER_CLAUSE = re.compile(r"\b(?:after|since|because|following|when|before|until|once)\b", re.IGNORECASE)


def _clause_start(text: str, at: int) -> int:
    """Where the clause of ``text[at]`` starts: after the last clause break (, ; : ( — – or a sentence end) before it."""
    breaks = [m.end() for m in re.finditer(r"[,;:(—–]|[.!?]\s|\n", text[max(0, at - 200):at])]
    return max(0, at - 200) + breaks[-1] if breaks else max(0, at - 200)


def past_perfect_days(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` with a weekday of a past perfect clause put before the day of its sentence's simple past: "analyst
    X, who had defended the stock on Tuesday, downgraded it on Thursday" in a Tuesday article is the Tuesday before
    that Thursday, not the article's own day the tagger reads. Only a weekday read against the article's date, on or
    after another weekday of its sentence that is no past perfect's, moves back a week; not after the day of a clause
    of an earlier event ("had gathered on Wednesday, chanting after the union failed to reach a contract on Friday")."""
    days = [e for e in found if e.precision == "day" and e.date_start is not None
            and re.fullmatch(_WEEKDAY.pattern + _DAY_PART, e.expression.strip(), re.IGNORECASE)]
    had = {id(e) for e in days if _HAD_BEFORE.search(text, max(0, e.start - 120), e.start)}
    out = []
    for e in found:
        if id(e) in had and e.basis.startswith("relative to the publication date"):
            later = [o for o in days if id(o) not in had and o.date_start <= e.date_start  # type: ignore[operator]
                     and not _SENTENCE_BREAK.search(text, min(o.end, e.end), max(o.start, e.start))
                     and not _EARLIER_CLAUSE.search(text, _clause_start(text, o.start), o.start)]
            if later:
                week = timedelta(days=7)
                e = replace(e, date_start=e.date_start - week, date_end=e.date_end - week,  # type: ignore[operator]
                            basis=f"{e.basis}; a past perfect, the week before")
        out.append(e)
    return out


#: "Between Monday evening, when X said ..., and Wednesday's close": the two ends of a span of days.
_SPAN_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|should|shall|must)\b", re.IGNORECASE)
_BETWEEN_DAYS = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_END = re.compile(r"[^.;:!?]*?\band\s+$", re.IGNORECASE)


def past_day_spans(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` with the two weekdays of "between <day> ... and <day>" put in the past when the span's main clause
    is told in the past ("Between Monday evening, when Arakane said it would delay its cars, and Wednesday's close,
    the shares lost 26 percent"): a span something happened over ends no later than the article's day, and starts
    before it ends. The tagger may read the end as a coming day (a future cue of the clause between) and the start as
    the article's own day; each moves back a week, the end while it is after the article's day, the start while it is
    not before the end."""
    days = {e.start: e for e in found if e.precision == "day" and e.date_start is not None and e.anchor is not None
            and e.basis.startswith("relative to the publication date")
            and re.fullmatch(_WEEKDAY.pattern + _DAY_PART, e.expression.strip(), re.IGNORECASE)}
    moved: dict[int, TemporalExpression] = {}
    week = timedelta(days=7)
    for a in days.values():
        if not _BETWEEN_DAYS.search(text, max(0, a.start - 10), a.start):
            continue
        b = next((o for o in sorted(days.values(), key=lambda o: o.start) if o.start > a.end
                  and _AND_END.fullmatch(text, a.end, o.start) and not _SENTENCE_BREAK.search(text, a.end, o.start)), None)
        if b is None:
            continue
        comma = re.compile(r"(?:['’]s\s+[a-z]+)?\s*,").match(text, b.end)
        stop = re.compile(r"[,;:!?]|\.(?!\d)|\n").search(text, comma.end()) if comma else None
        clause = text[comma.end():stop.start() if stop else len(text)] if comma else ""
        if not clause or _SPAN_MODAL.search(clause) or not past_in_clause(clause, 0, len(clause)):
            continue  # the span's own clause is not told in the past
        end_day, start_day = b.date_start, a.date_start
        while end_day > b.anchor:  # type: ignore[operator]
            end_day -= week  # type: ignore[operator]
        while start_day >= end_day:  # type: ignore[operator]
            start_day -= week  # type: ignore[operator]
        if end_day != b.date_start:
            moved[b.start] = replace(b, date_start=end_day, date_end=end_day, basis=f"{b.basis}; the end of a past span")
        if start_day != a.date_start:
            moved[a.start] = replace(a, date_start=start_day, date_end=start_day, basis=f"{a.basis}; the start of a past span")
    return [moved.get(e.start, e) if e.start in days else e for e in found]


#: What joins the two months of a range: "between May and July", "from March to May", "July-September".
_MONTH_JOIN = re.compile(r"\s?[-–—]\s?|\s+(?:to|through|until|till|and)\s+")
_BETWEEN_FROM = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
#: A date moved from one month to another ("the vote was postponed from March to May"): two dates, no range.
_MOVED_BEFORE = re.compile(r"\b(?:postponed|postpone|delayed|delay|moved|move|pushed|push|brought|bring|shifted|shift|"
                           r"rescheduled|reschedule|deferred|defer|advanced|put\s+off)\b[^.;:!?]{0,40}$", re.IGNORECASE)


def month_ranges(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` with two months that make a range joined into one expression: "expects a ruling between May and
    July" is one stretch, May to July, as "the July-September quarter" and "April-June sales" are (the
    tagger dates each month; TIMEX3 has no value for a run of months). "And" joins a range only after "between" or
    "from"; the second month must not come before the first."""
    out: list[TemporalExpression] = []
    for e in sorted(found, key=lambda e: e.start):
        a = out[-1] if out else None
        if (a is not None and a.precision == "month" and e.precision == "month" and a.kind == e.kind == "month"
                and a.date_end is not None and e.date_start is not None and a.date_end < e.date_start
                and (e.date_start - a.date_end).days < 335):
            join = _MONTH_JOIN.fullmatch(text, a.end, e.start)
            if join is not None and (join.group(0).strip() != "and" or _BETWEEN_FROM.search(text, max(0, a.start - 10), a.start)) \
                    and not _MOVED_BEFORE.search(text, max(0, a.start - 60), a.start):
                out[-1] = TemporalExpression(text[a.start:e.end], a.start, e.end, a.date_start, e.date_end, "range",
                                             "month", f"a range of months, {a.basis} to {e.basis}", a.anchor)
                continue
        out.append(e)
    return out


#: "on the week", "over the week", "for the week" after a figure of its clause: a move over the article's week
#: ("the index slipped 0.6% over the week", "down 17% for the week"). (This pattern and the next open with a lookahead
#: on the first letters of their words: the engine passes over the other positions of a text faster, same matches.)
_THE_WEEK = re.compile(r"(?=[of])\b(?:on|over|for)\s+the\s+(?P<w>week)\b(?!\s+(?:ahead|before|after|to|ending|ended)\b)",
                       re.IGNORECASE)
#: "closed the week 9% higher", "ended the week down 8%": a move over the article's week, its figure after it.
_END_WEEK = re.compile(r"(?=[cef])\b(?:closed|ended|finished|closes|ends|finishes)\s+the\s+(?P<w>week)\b"
                       r"(?=\s+(?:(?:up|down|higher|lower|about|nearly|almost|some|roughly)\s+)*\d[\d.]*\s*(?:%|percent\b|per\s*cent\b))",
                       re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
#: Two expressions this close with no sentence break between them share a sentence.
SAME_SENTENCE_CHARS = 300
_FIGURE_IN_CLAUSE = re.compile(r"\d(?:%|\s*percent\b|\s+per\s*cent\b)[^.;:\n]{0,60}$", re.IGNORECASE)


def week_moves(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """The article's own week as a move's period, where the timex table has no date: "the week" after "on",
    "over" or "for", with a percentage before it in its clause, or after "closed" or "ended" with the percentage
    right after it ("closed the week 9% higher"); its working days up to the publication date. In a Monday article
    it is the week before ("They ended the week up 3.9%"), the article's own having had one session at most.
    Not when its sentence names another week (``found``, the document's dated expressions): "the week" may then
    be that one ("gained 1.2% for the week, helped by figures published last week")."""
    if dct is None:
        return []
    out = []
    monday = dct - timedelta(days=dct.isoweekday() - 1)
    if dct.isoweekday() == 1:
        monday -= timedelta(days=7)  # a Monday article's week move is the week just ended: its own has one session
    weeks = [e.start for e in found if e.precision == "week"]
    for at, w_at, end in _week_spots(text):
        if any(_SENTENCE_BREAK.search(text, min(w, at), max(w, at)) is None
               and abs(w - at) < SAME_SENTENCE_CHARS for w in weeks):
            continue
        first, last = working_week(monday, dct, False)
        out.append(TemporalExpression(text[w_at - 4:end], w_at - 4, end, first, last, "week",
                                      "relative", f"the article's week, to {dct.isoformat()}", dct))
    return out


def _the_week_in(low: str) -> bool:
    """Whether the lower-cased text ``low`` holds "the", white space and "week", as every match of :data:`_THE_WEEK`
    and :data:`_END_WEEK` does (their letters lower-case to these, white space to itself): most texts that name a
    week have no such phrase, and are passed over without the two patterns."""
    at = low.find("week")
    while at >= 0:
        begin = at
        while begin > 0 and low[begin - 1].isspace():  # (what the patterns' white space matches)
            begin -= 1
        if begin < at and low.endswith("the", 0, begin):
            return True
        at = low.find("week", at + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _week_spots(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, start of "week", end) of each "the week" of :func:`week_moves` in ``text``, in text order: what depends
    on the text alone, read once per text (a reprint's is the original's). A text without the word has none."""
    if not _the_week_in(text.lower()):  # (what the patterns match case-insensitively lower-cases to "the week")
        return ()
    ended = list(_END_WEEK.finditer(text))
    return tuple((m.start(), m.start("w"), m.end()) for m in sorted(list(_THE_WEEK.finditer(text)) + ended, key=lambda m: m.start())
                 if m in ended or _FIGURE_IN_CLAUSE.search(text, max(0, m.start() - 80), m.start()) is not None)


#: "year to date", "year-to-date", "YTD": the year up to the article's date, told of a move.
_YEAR_TO_DATE = re.compile(r"\b(?:year[- ]to[- ]date|YTD)\b", re.IGNORECASE)
_FIGURE_AFTER = re.compile(r"[^.;:!?\n]{0,60}?\d[\d.,]*(?:%|\s*percent\b|\s+per\s*cent\b)", re.IGNORECASE)


def year_to_date(text: str, dct: date | None) -> list[TemporalExpression]:
    """"Down 3.7% year to date", "Year to date, the stock is down 12%": a move from January 1 up to the publication
    date, with a percentage in its clause before or after it (the timex table has no date for it)."""
    if dct is None:
        return []
    return [TemporalExpression(words, start, end, date(dct.year, 1, 1), dct, "range", "relative",
                               f"{YEAR_TO_DATE}, from {dct.year}-01-01 up to {dct.isoformat()}", dct)
            for words, start, end in _year_to_date_spots(text)]


@functools.lru_cache(maxsize=4096)
def _year_to_date_spots(text: str) -> tuple[tuple[str, int, int], ...]:
    """(words, start, end) of each "year to date" of a move in ``text`` (:func:`year_to_date`), read once per text. A
    text without "to date", "to-date" or "ytd" (lower-cased: what the pattern matches case-insensitively) has none."""
    low = text.lower()
    if "to date" not in low and "to-date" not in low and "ytd" not in low:
        return ()
    out = []
    for m in _YEAR_TO_DATE.finditer(text):
        if (_FIGURE_IN_CLAUSE.search(text, max(0, m.start() - 80), m.start()) is None
                and _FIGURE_AFTER.match(text, m.end()) is None) or OUTLOOK.search(text, max(0, m.start() - 80), m.start()):
            continue
        out.append((m.group(0), m.start(), m.end()))
    return tuple(out)


#: A live blog's time stamp opening an entry on its own line ("09:20 BST - ", "9.15am ET: ", "13:40 - "): the
#: entry is news of the blog's day.
_ENTRY_STAMP = re.compile(r"^[ \t]*(?P<t>\d{1,2}[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?)\s*(?:[-–—]{1,2}|:)[ \t]+(?=\S)",
                          re.MULTILINE)
#: A stamp alone on its line, the entry on the lines after it ("3:12 p.m.", "14:05", "17:25 CET"): a live blog only
#: when its text has at least :data:`MIN_OWN_LINE_STAMPS` of them (a lone clock time on a line may be a table's cell).
_OWN_LINE_STAMP = re.compile(r"^[ \t]*(?P<t>\d{1,2}[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,4}\b)?)[ \t]*\n"
                             r"(?:[ \t]*\n)?[ \t]*(?=[^\W\d_])", re.MULTILINE)
MIN_OWN_LINE_STAMPS = 2
_ENTRY_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
#: A cue of what is still to come in an entry, outside its quotations (the timex lexicon's future cues).
_ENTRY_AHEAD = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in LEX["future_cues"])
                          + r")(?![\w'])", re.IGNORECASE)
#: An entry sentence with fewer words after its stamp is a greeting or a sign-off, no news of its own.
MIN_ENTRY_WORDS = 3
#: The basis of a live blog entry dated by its time stamp (:func:`entry_stamps`).
ENTRY_STAMP = "a live blog entry's time stamp, on the publication day"


#: A verb of saying: what an entry reports after it ("X said executives should testify") is what was said that day.
_ENTRY_SAYING = re.compile(r"\b(?:said|says|told|tells|announced|announces|confirmed|confirms|added|adds|wrote|writes)\b")


def _before_saying(told: str) -> str:
    """``told`` up to its first verb of saying: an entry reporting a statement ("State Sen. X said executives should
    testify", "KB Home said two planned developments were inside the zone") is news of its day, whatever future the
    statement speaks of; a calendar's line ("09:30 GMT - UK inflation data due") has no such verb."""
    m = _ENTRY_SAYING.search(told)
    return told[: m.start()] if m else told


def _entry_end(text: str, start: int) -> int:
    """The end of the sentence an entry opens at ``start`` (its first sentence break, else the line's end)."""
    stop = _SENTENCE_BREAK.search(text, start)
    return stop.start() if stop else len(text)


def _digit_opens_a_line(text: str) -> bool:
    """Whether a line of ``text`` opens with a digit, perhaps after spaces or tabs, as every time stamp of
    :func:`_stamp_matches` does (a line starts the text or follows a line break; ``str.isdigit`` holds for every
    character the patterns take for a digit)."""
    return any(line.lstrip(" \t")[:1].isdigit() for line in text.split("\n"))


@functools.lru_cache(maxsize=4096)
def _stamp_matches(text: str) -> tuple[re.Match[str], ...]:
    """The time stamps opening the entries of a live blog, in text order: a stamp then a separator and the entry on
    its line ("09:20 BST - Tarnwell opens down 6.1%."), or a stamp alone on its line with the entry on the next
    ("3:12 p.m." then "Tarnwell shares are suspended."), when the text has at least :data:`MIN_OWN_LINE_STAMPS` of
    those. A match's end is where its entry starts."""
    if not _digit_opens_a_line(text):
        return ()  # (both patterns want one: most texts have none, passed over without reading them twice)
    inline = list(_ENTRY_STAMP.finditer(text))
    own = list(_OWN_LINE_STAMP.finditer(text))
    if len(own) < MIN_OWN_LINE_STAMPS:
        own = []
    return tuple(sorted(inline + own, key=lambda m: m.start()))


def entry_lines(text: str, dct: date | None) -> list[tuple[int, int, int, bool]]:
    """(stamp start, entry start, line end, news) of every live blog entry of ``text`` opened by its time stamp,
    but a calendar's line of what is to come (a future cue outside quotations in its first sentence: "09:30 GMT -
    UK inflation data due"). ``news`` is False for a greeting (fewer than :data:`MIN_ENTRY_WORDS` words in the first
    sentence: "09:05 BST - Good morning."), whose later sentences are still the day's. Empty without a publication
    date."""
    if dct is None:
        return []
    return list(_entry_lines(text))


@functools.lru_cache(maxsize=4096)
def _entry_lines(text: str) -> tuple[tuple[int, int, int, bool], ...]:
    """:func:`entry_lines` of a dated text (they depend on the text alone), read once per text."""
    out = []
    for m in _stamp_matches(text):
        start, end = m.start("t"), m.end()  # the separator too: the entry's label starts after it
        stop = _entry_end(text, end)
        told = _before_saying(text[end:stop].split('"')[0].split("“")[0])
        if _ENTRY_AHEAD.search(told):
            continue
        line_end = text.find("\n", end)
        news = len(_ENTRY_WORDS.findall(text, end, stop)) >= MIN_ENTRY_WORDS
        out.append((start, end, len(text) if line_end < 0 else line_end, news))
    return tuple(out)


def _kicker_news(text: str, entry: int, line_end: int) -> int:
    """Where the news of an entry opened by a kicker or a greeting ("BREAKING.", "Good morning.", "Quick update.")
    starts: the next sentence of the entry's line when it has at least :data:`MIN_ENTRY_WORDS` words and no cue of
    what is to come outside its quotations; else -1."""
    stop = _entry_end(text, entry)
    nxt = re.compile(r"[.!?]?[ \t]+(?=\S)").match(text, stop)
    if nxt is None or nxt.end() >= line_end:
        return -1
    told_end = _entry_end(text, nxt.end())
    told = _before_saying(text[nxt.end():told_end].split('"')[0].split("“")[0])
    if len(_ENTRY_WORDS.findall(text, nxt.end(), told_end)) < MIN_ENTRY_WORDS or _ENTRY_AHEAD.search(told):
        return -1
    return nxt.end()


def entry_stamps(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """"09:20 BST - Tarnwell opens down 6.1%.", "10:45 BST - The finance chief, speaking at a breakfast: ...": a
    live blog entry opened by its time stamp is told on the publication day (TimeML anchors such a bare clock time
    to the document's date). Returns ``found`` without what lies inside a stamp (the tagger reads "2:15pm ET" from
    the day an earlier entry named) and one expression per entry of :func:`entry_lines`; the timeline keeps a stamp
    only for an entry sentence that has no other date (:func:`analysis.timeline.events`)."""
    if dct is None:
        return found
    stamps = [(m.start("t"), m.end()) for m in _stamp_matches(text)]
    out = []
    for start, end, line_end, news in entry_lines(text, dct):
        stamp = text[start:end].rstrip(" \t-–—:\n")
        if not news:
            # "14:10 / BREAKING. The bank has raised its rate.", "08:05 BST - Good morning. Figures out at 7 show ...": the
            # entry's news starts after its kicker or greeting, in the next sentence of its line
            start = end = _kicker_news(text, end, line_end)
            if start < 0:
                continue
        elif "\n" in text[start:end]:  # a stamp alone on its line dates the entry's first sentence, on the next line
            start = end
        out.append(TemporalExpression(stamp, start, end, dct, dct, "day", "relative", f"{ENTRY_STAMP} {dct.isoformat()}", dct))
    return [e for e in found if not any(a <= e.start and e.end <= b for a, b in stamps)] + out


#: A sentence told in the present perfect from its opening: a subject of at most eight words (a capital or "We"
#: first, no quotation mark), then "has"/"have", perhaps an adverb and "been", and a past participle: "Chief financial
#: officer Priya Natarajan has been placed on leave", "We have notified the regulator". The tense of news just in.
_PERFECT_OPENING = re.compile(r"(?:[A-Z][\w'’&.-]*|We)(?:[ \t]+[\w'’&.-]+,?){0,7}?[ \t]+(?:has|have)[ \t]+"
                              r"(?:(?:also|now|just|already)[ \t]+)?(?:been[ \t]+)?(?P<verb>[a-z]+)\b")
#: The start of a sentence inside an entry: after a stop (and a closing quote or bracket) or a line break.
_NEXT_SENTENCE = re.compile(r"(?:(?<=[.!?])[\"”’)]*[ \t]+|\n[ \t\n]*)(?=[A-Z])")
#: What an entry's perfect sentences are searched over, at most (a statement page's entries are short).
ENTRY_REACH = 1500
#: The basis of a sentence under an entry stamp told in the present perfect (:func:`perfect_under_stamps`).
PERFECT_UNDER_STAMP = "told in the present perfect under the stamp of its entry"


def _participle(word: str) -> bool:
    """Whether ``word`` (lower case) is a past participle: an "-ed" form or an inflected form of an event verb of
    ``analysis/data/event_verbs.csv`` other than its "-ing" or third person ("found", "put" are; "been", "to" not)."""
    if word.endswith("ed"):
        return True
    form = verb_forms().get(word)
    return form is not None and word != form.lemma + "s" and not word.endswith("ing") and (
        word != form.lemma or word in _same_past_verbs())


def perfect_under_stamps(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` and, for each sentence of a live blog's entry or of a statement page's update with no date of its
    own, told in the present perfect from its opening (:data:`_PERFECT_OPENING`), the day of its entry: "11:30 a.m. /
    Ashdown has put out the announcement. Its chief financial officer has been placed on leave." (the publication
    day, as the entry's first sentence), "UPDATE 2 - Monday 10 March 2031, 14:15 GMT / We have notified the regulator."
    (the stamp's day). The present perfect is what such a page writes of what has just happened; a past ("The company
    said ...") or present sentence may tell the background and stays undated. The entry runs to the next stamp."""
    if dct is None:
        return found
    # (stamp start, entry start, day, whether the entry's first sentence is dated already: a clock stamp's is, by
    # :func:`entry_stamps`)
    stamps: list[tuple[int, int, date, bool, str]] = []
    for start, end, _line_end, _news in entry_lines(text, dct):
        stamps.append((start, end, dct, True, text[start:end].strip(" \t-–—:\n")))
    for e in found:
        if e.precision == "day" and e.date_start is not None and e.date_start == e.date_end \
                and _entry_stamp(text, e.start, e.end):
            line_end = text.find("\n", e.end)
            if line_end >= 0:
                stamps.append((text.rfind("\n", 0, e.start) + 1, line_end + 1, e.date_start, False, e.expression))
    if not stamps:
        return found
    stamps.sort()
    out = list(found)
    for k, (_, entry, day, dated, stamp) in enumerate(stamps):
        stop = min(stamps[k + 1][0] if k + 1 < len(stamps) else len(text), entry + ENTRY_REACH)
        at = entry + len(text[entry:stop]) - len(text[entry:stop].lstrip())  # (the cleaning may leave a blank line)
        first = dated
        if dated:  # a live blog's entry: only the sentence right after its first, on its line (the news retold)
            line_end = text.find("\n", at)
            stop = min(stop, len(text) if line_end < 0 else line_end)
        told = 0
        while at < stop and (not dated or told < 2):
            told += 1
            nxt = _NEXT_SENTENCE.search(text, at + 1, stop)
            end = nxt.start() if nxt else stop
            if not first:
                m = _PERFECT_OPENING.match(text, at, end)
                if m is not None and _participle(m.group("verb")) and not _ENTRY_AHEAD.search(text, at, m.start("verb")):
                    out.append(TemporalExpression(stamp, at, at, day, day, "day", "relative",
                                                  f"{ENTRY_STAMP} {day.isoformat()}; {PERFECT_UNDER_STAMP}", dct))
            first = False
            if nxt is None:
                break
            at = nxt.end()
    return out


def story_year_dates(text: str, story_day: date) -> list[TemporalExpression]:
    """For an article with no publication date: "March 13" (day and month, no year, TIMEX3 ``XXXX-03-13``)
    takes its year from the corpus, read against ``story_day`` (the latest publication date of the corpus);
    every other expression ("on Monday", "last week") stays undated, since it needs the article's own date."""
    undated = {(t.start, t.end) for t in find_timexes(text, None) if _YEARLESS_DAY.match(t.value)}
    if not undated:
        return []
    basis = f"day and month stated; the article is undated, so the year is the corpus's ({story_day.isoformat()})"
    return [
        TemporalExpression(t.text, t.start, t.end, t.date_start, t.date_end, "day", "absolute", basis, story_day)
        for t in find_timexes(text, story_day)
        if (t.start, t.end) in undated and t.date_start is not None
    ]


def _stated_days(rows: list[Any]) -> list[tuple[int, date]]:
    """(end offset, day) of every full date an undated article states (absolute, to the day)."""
    return [
        (int(r.clean_end), r.date_start) for r in rows
        if r.date_start is not None and not pd.isna(r.date_start) and not r.anchor and _DAY_VALUE.match(str(r.value))
    ]


def _needs_date(r: Any) -> bool:
    """Whether a timex row of an undated article is a date or time left as an X-value (not "March 13")."""
    value = str(r.value)
    return r.type in ("DATE", "TIME") and value.startswith("XXXX") and not _YEARLESS_DAY.match(value)


def text_dated(text: str, rows: list[Any]) -> list[TemporalExpression]:
    """For an article with no publication date: relative expressions ("on Friday", "the next day") read against
    the latest full date the text stated before them, when it stated one (the timex table leaves them as
    X-values, as TimeML does without a document date)."""
    stated = _stated_days(rows)
    pending: dict[date, list[tuple[int, int]]] = {}
    for r in rows:
        if _needs_date(r):
            before = [d for end, d in stated if end <= int(r.clean_start)]
            if before:
                pending.setdefault(max(before), []).append((int(r.clean_start), int(r.clean_end)))
    out = []
    for anchor, spans in pending.items():
        wanted = set(spans)
        basis = f"relative to the latest date stated earlier in the text, {anchor.isoformat()}"
        for t in find_timexes(text, anchor):
            precision = precision_of(t.value)
            if (t.start, t.end) in wanted and t.date_start is not None and precision not in (None, "year"):
                out.append(TemporalExpression(t.text, t.start, t.end, t.date_start, t.date_end, precision,  # type: ignore[arg-type]
                                              "relative", f"{basis} (TIMEX3 {t.value})", anchor))
    return out


def undated_rows(rows: list[Any]) -> list[Any]:
    """The timex rows of an article with no publication date that nothing dates: X-valued dates and times with
    no full date stated before them in the text (:func:`text_dated` dates the others)."""
    stated = _stated_days(rows)
    return [r for r in rows if _needs_date(r) and not any(end <= int(r.clean_start) for end, _ in stated)]
