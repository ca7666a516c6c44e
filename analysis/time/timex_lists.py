"""Weekday-headed lists for :mod:`analysis.time.timex`: a week-ahead or week-in-review list ("Monday: The forum
opens (through Friday). / Tuesday: Orvane results.") read as one run of days in order."""

from __future__ import annotations

import re
from datetime import date

from .timex_calendar import weekday_date
from .timex_context import WEEKDAYS, past_in_clause

#: A line opening with a weekday and a colon: one entry of a week-ahead or week-in-review list.
_HEADING_LINE = re.compile(r"(?P<wd>" + "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
                           + r")\s*:\s+(?P<body>[^\n]*)", re.IGNORECASE)
#: At most this many lines of a list are read on each side of an entry.
HEADING_BLOCK_LINES = 8


def _heading_lines(text: str, line_start: int) -> list[tuple[int, int, bool]]:
    """(line start, ISO weekday, told in the past) of the weekday-headed lines next to each other (blank lines
    between them allowed) around the line starting at ``line_start``; [] when that line is no such entry."""

    def entry(at: int) -> tuple[int, int, bool] | None:
        m = _HEADING_LINE.match(text, at)
        if m is None:
            return None
        return at, WEEKDAYS[m["wd"].lower()], past_in_clause(text, m.start("body"), m.end("body"))

    here = entry(line_start)
    if here is None:
        return []
    lines = [here]
    at = line_start
    for _ in range(HEADING_BLOCK_LINES):  # back over earlier entries
        prev_end = text.rfind("\n", 0, at)
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        if prev_end <= 0:
            break
        at = text.rfind("\n", 0, prev_end) + 1
        found = entry(at)
        if found is None:
            break
        lines.insert(0, found)
    at = line_start
    for _ in range(HEADING_BLOCK_LINES):  # on over later ones
        nl = text.find("\n", at)
        if nl < 0:
            break
        at = nl + 1
        while text[at:at + 1] == "\n":
            at += 1
        found = entry(at)
        if found is None:
            break
        lines.append(found)
    return lines


def heading_day(text: str, start: int, ref: date) -> date | None:
    """For a weekday heading its line in a list of such lines ("Monday: X reports. / Tuesday: ..."): its day, the
    list read as one run of days in order. The list is told in the past (a week in review, its last entry
    this day or before ``ref``, the publication date) when its last entry holds a past verb; else it is the
    days ahead (a week-ahead list: its first entry this day or after, a Friday list the next week). None when
    the expression does not head such a line."""
    lines = _heading_lines(text, start) if text[max(0, start - 1):start] in ("", "\n") else []
    if not lines:
        return None
    days: list[date] = []
    if lines[-1][2]:
        d = weekday_date(ref, lines[-1][1], "past")
        days.append(d)
        for _, wd, _ in reversed(lines[:-1]):
            d = weekday_date(d, wd, "last")
            days.insert(0, d)
    else:
        d = weekday_date(ref, lines[0][1], "future")
        days.append(d)
        for _, wd, _ in lines[1:]:
            d = weekday_date(d, wd, "next")
            days.append(d)
    return next(d for (at, _, _), d in zip(lines, days) if at == start)


def in_heading_line(text: str, start: int, ref: date, weekday: int) -> date | None:
    """A weekday inside a line headed by a weekday of such a list ("Monday: The forum opens (through Friday).")
    counts on from the heading's day (:func:`heading_day`); None when its line has no such heading."""
    line = text.rfind("\n", 0, start) + 1
    if line == start or _HEADING_LINE.match(text, line) is None:
        return None
    head = heading_day(text, line, ref)
    return None if head is None else weekday_date(head, weekday, "future")
