"""The patterns and calendar arithmetic behind :mod:`analysis.temporal`: regular expressions for every kind of
temporal expression, the candidate finder that picks non-overlapping matches, and small date helpers.
Internal to the temporal package of functions; use :func:`analysis.temporal.find_temporal_expressions`."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from analysis.time.dates import MONTHS

#: A date without a year is put in the previous year when it would fall more than this many days after the anchor.
YEARLESS_FUTURE_DAYS = 60

_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# Case-sensitive on purpose: "may" the verb is not "May" the month.
_MON = rf"(?P<month>(?:{_MONTH_NAMES})|(?:{_MONTH_ABBR})\.?)"
_MON_FULL = rf"(?P<month>{_MONTH_NAMES})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NOT_QUANTITY = r"(?![\d.,:]\d|\s*(?:%|per\s?cent|percent|million|billion|trillion|bn\b|m\b|GW|MW|years?|yuan|dollars))"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WD = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "couple of": 2,
}
_NUM = r"(?P<num>\d{1,2}|a couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is due|are due|is scheduled|are scheduled|is set to|are set to|is expected to|"
    r"are expected to|is slated|are slated|plans? to|intends? to|upcoming|coming)\b",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------------------------- helpers


def _as_date(value: object) -> date | None:
    """A ``date`` from a date, datetime, pandas Timestamp or None/NaT."""
    if value is None:
        return None
    try:
        if value != value:  # NaT / NaN
            return None
    except (TypeError, ValueError):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _month_no(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Rough sentence around ``pos`` (for tense checks and same-sentence lookups)."""
    left = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos), text.rfind("\n", 0, pos))
    ends = [i for i in (text.find(". ", pos), text.find("? ", pos), text.find("! ", pos), text.find("\n", pos)) if i >= 0]
    return left + 1, (min(ends) + 1 if ends else len(text))


_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:after|when|as|because|since|while|but|and|following|before)\b", re.IGNORECASE)


def _is_future(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future ("will report on Monday")."""
    s, _ = _sentence_bounds(text, start)
    window = text[max(s, start - 90) : start]
    clauses = _CLAUSE_BREAK.split(window)
    return bool(_FUTURE.search(clauses[-1]))


def _yearless(month: int, day: int, anchor: date) -> date | None:
    """Month/day without a year: the anchor's year, or the previous one when that lands well after the anchor."""
    try:
        candidate = date(anchor.year, month, day)
    except ValueError:
        return None
    if (candidate - anchor).days > YEARLESS_FUTURE_DAYS:
        try:
            candidate = date(anchor.year - 1, month, day)
        except ValueError:
            return None
    return candidate


def _named_month(month: int, anchor: date, mode: Literal["past", "strict_past", "future", "this"]) -> tuple[int, int]:
    """Year of a month named without a year ("in September", "last November", "next March")."""
    y = anchor.year
    if mode == "this":
        return y, month
    if mode == "future":
        return (y, month) if month >= anchor.month else (y + 1, month)
    if mode == "strict_past":
        return (y, month) if month < anchor.month else (y - 1, month)
    return (y, month) if month <= anchor.month else (y - 1, month)


def _part_of_month(part: str, year: int, month: int) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    part = part.lower()
    if part.startswith("early") or "start" in part or "beginning" in part:
        return date(year, month, 1), date(year, month, 10)
    if part.startswith("mid") or "middle" in part:
        return date(year, month, 11), date(year, month, 20)
    return date(year, month, 21), date(year, month, last)  # late / end of


# ----------------------------------------------------------------------------------------------- patterns

_PART = r"(?P<part>early|mid|late|the end of|end of|the start of|the beginning of|the middle of)[-\s]+"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("day_range", re.compile(
        rf"\b{_MON}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+{_YEAR})?{_NOT_QUANTITY}")),
    ("part_month", re.compile(rf"\b{_PART}{_MON_FULL}\b(?:,?\s+{_YEAR})?", re.IGNORECASE)),
    ("month_year", re.compile(rf"\b{_MON_FULL},?\s+{_YEAR}\b")),
    ("md", re.compile(rf"(?:\b{_WD},?\s+)?\b{_MON}\s+{_DAY}\b{_NOT_QUANTITY}")),
    ("dm", re.compile(rf"(?<![\d$£€.,])(?:\b{_WD},?\s+)?\b{_DAY}\s+(?:of\s+)?{_MON}(?![a-z])")),
    ("rel_month", re.compile(
        rf"\b(?P<mod>[Ll]ast|[Tt]his past|[Pp]ast|[Nn]ext|[Tt]his coming|[Tt]his|[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|"
        rf"[Uu]ntil|[Tt]hrough|[Ff]rom|[Bb]efore|[Aa]fter|[Ee]arlier in|[Ll]ater in)\s+{_MON_FULL}\b(?!\s+\d)")),
    ("after_event", re.compile(
        r"\b(?P<q>(?:(?:just|only|mere|barely|some)\s+)?(?:(?:a\s+few|several|a\s+couple\s+of|two|three|four|five|six|"
        r"seven|\d{1,2}|a|an|one)\s+)?(?P<unit>hours?|days?|weeks?|months?))\s+(?P<rel>after|following|before)\b",
        re.IGNORECASE)),
    ("weekend_after", re.compile(r"\b(?:the|that)\s+weekend\s+(?:following|after)\b", re.IGNORECASE)),
    ("same_ref", re.compile(
        r"\b(?P<which>the\s+(?:following|next|previous)\s+(?:day|week)|the\s+day\s+(?:after|before)(?!\s+(?:yesterday|tomorrow))"
        r"|(?:a|one)\s+day\s+(?:later|earlier)|(?:days|weeks)\s+later|the\s+same\s+day|later\s+that\s+(?:day|week)"
        r"|that\s+same\s+day)\b", re.IGNORECASE)),
    ("later_n", re.compile(
        rf"\b{_NUM}\s+(?P<unit>days?|weeks?|months?)\s+(?:later|afterwards?)\b", re.IGNORECASE)),
    ("ago", re.compile(rf"\b{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.IGNORECASE)),
    ("rel_day", re.compile(
        r"\b(?P<word>yesterday|today|tonight|tomorrow|last\s+night|this\s+morning|this\s+afternoon|this\s+evening)\b",
        re.IGNORECASE)),
    ("rel_period", re.compile(
        r"\b(?P<mod>earlier\s+this|later\s+this|this\s+past|this|last|next|the\s+past|the\s+previous|over\s+the|"
        r"the\s+coming|previous)\s+(?P<unit>week|weekend|month|year)\b", re.IGNORECASE)),
    ("weekday", re.compile(
        rf"(?<!Cyber )(?<!Black )(?<!Good )(?<!Super )\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his)\s+)?"
        rf"{_WD}(?:'s|’s)?\b(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Morning\s+Herald|Independent|Night\s+Football)\b)")),
    ("year", re.compile(r"(?<![\d$£€.,\-–/])(?:\b(?:mid-)?)(?P<year>(?:19|20)\d{2})\b(?![\d,.]\d|\s*%|-\d|–\d)")),
)
_PRIORITY = {name: i for i, (name, _) in enumerate(_PATTERNS)}
_ANCHORED = ("after_event", "weekend_after", "same_ref", "later_n")


@dataclass(frozen=True)
class _Hit:
    name: str
    start: int
    end: int
    groups: dict[str, str | None]


def _candidates(text: str, full_dates: Sequence[tuple[date, int, int, bool]]) -> list[_Hit]:
    hits: list[_Hit] = []
    for parsed, s, e, _wd in full_dates:
        hits.append(_Hit("full", s, e, {"iso": parsed.isoformat()}))
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if name == "after_event" and not m.group("unit").lower().endswith("s") and not re.search(
                r"(?:a|an|one|\d)\s+\w+$", m.group("q"), re.IGNORECASE
            ):
                continue  # "week after week", "the week after": not "<quantity> week after X"
            hits.append(_Hit(name, m.start(), m.end(), m.groupdict()))
    # Longest match wins; on equal length the earlier pattern (full dates first).
    order = sorted(hits, key=lambda h: (-(h.end - h.start), -1 if h.name == "full" else _PRIORITY[h.name], h.start))
    kept: list[_Hit] = []
    for hit in order:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)
