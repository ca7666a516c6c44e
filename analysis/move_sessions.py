"""Which trading session a reported share move refers to ("on Monday", "by the end of Monday's trading",
"yesterday", "Jan. 27"), resolved against the article's publication date.

A small local resolver used by :mod:`analysis.moves` until a shared temporal resolver is available.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import MONTHS, WEEKDAYS, find_dates

_WEEKDAY = re.compile(r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b(?:'s)?")
_RELATIVE = re.compile(r"\b(yesterday|today|on the day|overnight)\b", re.IGNORECASE)
_MONTH_DAY = re.compile(
    r"\b(" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d{2})"
)


def previous_weekday(ref: date, weekday: int) -> date:
    """The latest date on or before ``ref`` that falls on ``weekday`` (0 = Monday)."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def trading_day(ref: date) -> date:
    """``ref`` itself on a weekday, else the Friday before it."""
    return ref - timedelta(days=max(0, ref.weekday() - 4))


def session_in_text(text: str, ref: date | None) -> date | None:
    """The session date a sentence or paragraph names, or None.

    Absolute dates with a year win; then "Jan 27" (year from ``ref``); then a weekday name (the latest such
    day on or before ``ref``); then "yesterday" / "today".
    """
    for found, *_ in find_dates(text):
        return found
    if ref is None:
        return None
    m = _MONTH_DAY.search(text)
    if m:
        month = MONTHS[m.group(1).lower()]
        try:
            found = date(ref.year, month, int(m.group(2)))
        except ValueError:
            found = None
        if found is not None:
            if found > ref + timedelta(days=7):
                found = found.replace(year=ref.year - 1)
            return found
    m = _WEEKDAY.search(text)
    if m:
        return previous_weekday(ref, WEEKDAYS.index(m.group(1).lower()))
    m = _RELATIVE.search(text)
    if m:
        word = m.group(1).lower()
        if word == "yesterday":
            return trading_day(ref - timedelta(days=1))
        return trading_day(ref)
    return None
