"""Calendar helpers for the TIMEX3 tagger: value formatting (days, weeks, quarters), month and weekday
arithmetic, and the calendar interval a TIMEX3 DATE value covers."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

_SEASON_SPAN = {"SP": (3, 1, 5, 31), "SU": (6, 1, 8, 31), "FA": (9, 1, 11, 30), "WI": (12, 1, 2, 28)}
_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?:-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$|^(?P<dec>\d{3})X?$|^(?P<cen>\d{2})(?:XX)?$"
)


def ymd(d: date) -> str:
    """``d`` as a TIMEX3 day value ``YYYY-MM-DD``."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def ym(year: int, month: int) -> str:
    """A TIMEX3 month value ``YYYY-MM``."""
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    """The ISO week containing ``d`` as a TIMEX3 value ``YYYY-Www``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    """The calendar quarter (1-4) of ``d``."""
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def add_quarters(year: int, q: int, delta: int) -> tuple[int, int]:
    """(year, quarter) moved by ``delta`` quarters."""
    total = year * 4 + (q - 1) + delta
    return total // 4, total % 4 + 1


#: The days of a month that "early", "mid" and "late" name (first day, last day; 0 is the month's last day).
_MONTH_PARTS = {"early": (1, 10), "the beginning of": (1, 10), "the start of": (1, 10), "mid": (11, 20),
                "the middle of": (11, 20), "late": (21, 0), "the end of": (21, 0), "end": (21, 0), "the close of": (21, 0),
                "the first half of": (1, 15), "the second half of": (16, 0), "the latter half of": (16, 0)}


def month_part(year: int, month: int, mod: str, at: bool = False) -> tuple[date, date] | None:
    """The days of a month that ``mod`` names ("late" -> the 21st to the last day), None for no such part. With
    ``at`` ("at the end of June": the instant a figure is reported at) "the end of" is the month's last day."""
    part = _MONTH_PARTS.get(" ".join(mod.lower().split()))
    if part is None:
        return None
    last = calendar.monthrange(year, month)[1]
    if at and part[1] == 0 and mod.lower() != "late":
        return date(year, month, last), date(year, month, last)
    return date(year, month, part[0]), date(year, month, part[1] or last)


#: The months of a year that "the beginning/start/middle/end of the year" and "early/mid/late 2022" name (first
#: month, last month). "The close of 2021" is its end.
_YEAR_PARTS = {"beginning": (1, 3), "start": (1, 3), "middle": (5, 8), "end": (10, 12), "close": (10, 12),
               "early": (1, 3), "mid": (5, 8), "late": (10, 12)}
#: The days of a week that "early", "mid" and "late" name (first, last ISO weekday): its working days, as news of
#: a week tells them ("late last week" is its Thursday and Friday, "by the end of next week" its Friday at most).
_WEEK_PARTS = {"early": (1, 2), "beginning": (1, 2), "start": (1, 2), "mid": (2, 4), "middle": (2, 4),
               "late": (4, 5), "end": (4, 5), "close": (4, 5)}
#: The working days of a week (ISO Monday to Friday).
WORKING_DAYS = 5


def week_part(monday: date, mod: str) -> tuple[date, date] | None:
    """The days of the week starting on ``monday`` that ``mod`` names ("late" -> its Thursday and Friday), None
    for no such part."""
    part = _WEEK_PARTS.get(mod.lower().removeprefix("the ").removesuffix(" of"))
    if part is None:
        return None
    return monday + timedelta(days=part[0] - 1), monday + timedelta(days=part[1] - 1)


def year_part(year: int, mod: str, at: bool = False, deadline: bool = False) -> tuple[date, date] | None:
    """The days of a year that ``mod`` names ("end" -> October to December, its last quarter), None for no such
    part. With ``at`` ("at the start of the year", "since the beginning of last year": an instant) the start is
    January and the end December; with ``deadline`` ("by / until the end of 2028": the end of a stretch) the end
    is the year's last day, as "by the end of June" is the month's."""
    word = mod.lower().removeprefix("the ").removesuffix(" of")
    word = "end" if word == "close" else word
    part = _YEAR_PARTS.get(word)
    if part is None:
        return None
    if deadline and word == "end":
        return date(year, 12, 31), date(year, 12, 31)
    if (at or deadline) and word in ("beginning", "start", "end"):
        part = (part[0], part[0]) if word != "end" else (part[1], part[1])
    return date(year, part[0], 1), date(year, part[1], calendar.monthrange(year, part[1])[1])


def quarter_part(year: int, q: int, mod: str, at: bool = False, deadline: bool = False) -> tuple[date, date] | None:
    """The days of a quarter that ``mod`` names: its first, middle or last month ("the end of this quarter"), its
    last day after a word of a deadline ("by the end of this quarter"), None for no such part."""
    word = mod.lower().removeprefix("the ").removesuffix(" of")
    word = "end" if word == "close" else word
    offset = {"beginning": 0, "start": 0, "middle": 1, "end": 2}.get(word)
    if offset is None:
        return None
    month = 3 * (q - 1) + 1 + offset
    last = calendar.monthrange(year, month)[1]
    if deadline and word == "end":
        return date(year, month, last), date(year, month, last)
    return date(year, month, 1), date(year, month, last)


#: The word before "the start/end of <a year or quarter>" that makes it an instant: "at", "since", "from" (a
#: starting point) or a deadline, the end of a stretch ("by", "until", "till", "through", "before").
_INSTANT_BEFORE = re.compile(r"(?i)\b(?:(?P<at>at|since|from)|(?P<deadline>by|until|till|through|before))\s+$")


def instant_before(text: str, start: int) -> tuple[bool, bool]:
    """(``at``, ``deadline``) for :func:`year_part` / :func:`quarter_part` from the word before ``start``."""
    m = _INSTANT_BEFORE.search(text, max(0, start - 8), start)
    return (bool(m and m.group("at")), bool(m and m.group("deadline")))


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or None when that day does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int, from_day: int = 1) -> date:
    """The ``n``-th ISO ``weekday`` (1 = Monday) of a month counted from day ``from_day`` (US Election Day is the
    first Tuesday from November 2); ``n = -1`` is the last one."""
    if n > 0:
        first = date(year, month, from_day)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def weekday_date(dct: date, weekday: int, direction: str) -> date:
    """The day named ``weekday`` (ISO) nearest the DCT: ``past`` (this day or before), ``future`` (this day or
    after), ``last`` (strictly before), ``next`` (strictly after)."""
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    if direction == "past":
        return dct - timedelta(days=back)
    if direction == "future":
        return dct + timedelta(days=ahead)
    if direction == "last":
        return dct - timedelta(days=back or 7)
    return dct + timedelta(days=ahead or 7)


@lru_cache(maxsize=16384)
def interval(value: str) -> tuple[date | None, date | None]:
    """The calendar interval (first day, last day) a TIMEX3 DATE/TIME value covers; (None, None) when the value
    is not a calendar date (durations, sets, vague references, values with X). Kept per value: a story's few
    hundred values come back thousands of times (each reprint, each reading of the timeline)."""
    m = _VALUE.match(value)
    if not m or "X" in value[:4]:
        return None, None
    if m["dec"]:
        start = int(m["dec"]) * 10
        return date(start, 1, 1), date(start + 9, 12, 31)
    if m["cen"]:
        start = int(m["cen"]) * 100
        return date(max(start, 1), 1, 1), date(start + 99, 12, 31)
    y = int(m["y"])
    if m["d"]:
        d = safe_date(y, int(m["m"]), int(m["d"]))
        return d, d
    if m["m"]:
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            return None, None
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m["w"]:
        try:
            monday = date.fromisocalendar(y, int(m["w"]), 1)
        except ValueError:
            return None, None
        if value.endswith("-WE"):
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m["q"]:
        q = int(m["q"])
        return date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if m["h"]:
        return (date(y, 1, 1), date(y, 6, 30)) if m["h"] == "1" else (date(y, 7, 1), date(y, 12, 31))
    if m["s"]:
        m1, d1, m2, d2 = _SEASON_SPAN[m["s"]]
        end_year = y + 1 if m["s"] == "WI" else y
        return date(y, m1, d1), date(end_year, m2, calendar.monthrange(end_year, m2)[1] if m2 == 2 else d2)
    return date(y, 1, 1), date(y, 12, 31)


def part_before_or_after(value: str, ref: date, rel: str) -> tuple[date, date] | None:
    """"earlier this month": the part of the period ``value`` before the publication date ``ref``; "later this
    month" the part after it; None for other words or when ``ref`` is not inside the period."""
    first, last = interval(value)
    if first is None or last is None or first == last:
        return None
    if rel == "earlier" and first < ref <= last:
        return first, ref - timedelta(days=1)
    if rel == "later" and first <= ref < last:
        return ref + timedelta(days=1), last
    return None


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)
