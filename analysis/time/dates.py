"""Absolute calendar dates written in prose ("January 25, 2025", "25 Jan 2025", "2025-01-25").

Only complete dates with a year are parsed here; relative and partial expressions are the timeline's job.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Iterator

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

MONTH_RE = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAY_RE = r"(?:(?P<weekday>Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day|nesday|urday)?\.?,?\s+)?"
_MDY = _WEEKDAY_RE + MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b"
_DMY = _WEEKDAY_RE + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r",?\s+(?P<year>(?:19|20)\d{2})\b"
_ISO = r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"

# Python forbids repeated group names across alternatives, so each form is compiled on its own.
_FORMS = tuple(re.compile(p, re.IGNORECASE) for p in (_MDY, _DMY, _ISO))
#: A time of day with its zone, abbreviated or spelled out ("09:14 EDT", "04:05 PM Eastern Daylight Time").
_TIME = (r"\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:[A-Z]{2,4}|GMT|UTC"
         r"|(?:[A-Za-z]+\s+){0,2}(?:Standard|Daylight|Summer|Mean)\s+Time)(?:[+-]\d{1,2}(?::?\d{2})?)?)?")
#: A page's reading time after its date ("| Reading time 4 minutes", "· 5 min read"): furniture of the same line.
_READING_TIME = r"(?:\s*[|·•,–—-]\s*(?:(?:estimated\s+)?reading\s+time:?\s*\d{1,3}\s*min(?:ute)?s?|\d{1,3}\s*min(?:ute)?s?\s+read))"
_TIME_TAIL = rf"(?:\s*,?\s*(?:at\s+)?{_TIME})?(?:\s*[|·,]?\s*(?:updated|last updated)\b.*)?{_READING_TIME}?"
#: The place of a dateline before its date, as German and other European pages write it ("Stuttgart/Wolfsburg,
#: 26.09.2015, 10:34", "Frankfurt am Main, 16 March 2023"): capitalised words, a slash between two places.
_PLACE = r"(?:(?!(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b)(?-i:[A-ZÀ-Þ][\w'’.-]+)(?:(?:\s+(?:am|an\s+der|upon|on|sur)\s+|\s*/\s*|\s+)(?-i:[A-ZÀ-Þ][\w'’.-]+)){0,3},\s+)?"
_PREFIX = (rf"(?:(?:published|posted|updated|last updated|first published|date)\s*(?:on|:)?\s*)?{_PLACE}"
           rf"(?:{_TIME}\s*,?\s*)?")


def month_number(name: str) -> int | None:
    """Return 1–12 for an English month name or abbreviation, else None."""
    return MONTHS.get(name.lower().rstrip("."))


def _to_date(match: re.Match[str]) -> date | None:
    month_raw = match.group("month")
    month = int(month_raw) if month_raw.isdigit() else month_number(month_raw)
    try:
        return date(int(match.group("year")), month or 0, int(match.group("day")))
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[tuple[date, int, int, bool]]:
    """Yield ``(date, start, end, has_weekday)`` for every complete date in ``text``, in order."""
    seen: list[tuple[int, int]] = []
    hits: list[tuple[date, int, int, bool]] = []
    for form in _FORMS:
        for m in form.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in seen):
                continue
            parsed = _to_date(m)
            if parsed is not None:
                has_weekday = "weekday" in m.re.groupindex and bool(m.group("weekday"))
                seen.append((m.start(), m.end()))
                hits.append((parsed, m.start(), m.end(), has_weekday))
    yield from sorted(hits, key=lambda h: h[1])


#: Every form of a dateline needs a year: a line without one is not tried (most lines of an article).
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_YEAR_TIME_RE = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")
_LINE_FORMS = tuple(re.compile(_PREFIX + form.pattern + _TIME_TAIL + r"\s*", re.IGNORECASE) for form in _FORMS)


def parse_date_line(line: str) -> tuple[date, bool] | None:
    """Parse a line that is *only* a date (a dateline), with an optional "Published:" prefix and time.

    Returns ``(date, has_weekday)`` or None when the line holds anything else.
    """
    if _YEAR_RE.search(line) is None:
        return None
    stripped = _YEAR_TIME_RE.sub(r"\1 \2", line.strip().strip("|·•-–— "))
    for form in _LINE_FORMS:
        m = form.fullmatch(stripped)
        if m:
            parsed = _to_date(m)
            if parsed is not None:
                return parsed, bool(m.groupdict().get("weekday"))
    m = _NUMERIC_LINE.fullmatch(stripped)
    day = _numeric_day(int(m.group("a")), int(m.group("b")), int(m.group("year"))) if m else None
    return (day, False) if day is not None else None


#: A numeric date alone on a line ("Published: 10/28/2025", "28.10.2025 14:02"): read only when one order is
#: possible (a part above 12), since "05/06/2025" is 6 May in one country and 5 June in another.
_NUMERIC_LINE = re.compile(
    _PREFIX + r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})" + _TIME_TAIL + r"\s*", re.IGNORECASE)


def _numeric_day(a: int, b: int, year: int) -> date | None:
    """Month and day of a numeric date when only one order is a date ("10/28" or "28/10"), else None."""
    orders = {(a, b), (b, a)} if a != b else {(a, b)}
    days = []
    for month, day in orders:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return days[0] if len(days) == 1 else None


def parse_iso(value: object) -> date | None:
    """Parse an ISO date (``2025-01-25``, optionally with a time part); None for blanks or junk."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not m:
        for parsed, *_ in find_dates(text):
            return parsed
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_ISO_TIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?")


def parse_iso_time(value: object) -> datetime | None:
    """The date and time of an ISO timestamp that has a time part (``2025-01-25T09:30``, ``2025-01-25 09:30:00``,
    an offset or ``Z`` is ignored); None when there is no time part or the value is not a timestamp."""
    m = _ISO_TIME.match(str(value or "").strip())
    if not m:
        return None
    try:
        return datetime(*(int(g) for g in m.groups(default="0")))
    except ValueError:
        return None
