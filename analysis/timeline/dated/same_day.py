"""A day named back: "earlier in the day", "during the session", "later in the session".

A report tells a day's event, then goes on with what happened on that day without naming it again: "Corran ended 2.3%
lower on Tuesday. Its shares in Perth had finished 0.8% up earlier in the day.", "Heating oil had its worst day in a
decade on Monday. ... It touched $3.12 during the session." The tagger reads no date in such a phrase.
:func:`same_day_anaphors` dates the sentence on the day the text named last before it: the first of the (at most
:data:`REACH`) sentences before it that names any date, when that date is one day, not after the article's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from analysis.timeline.dated.model import TemporalExpression

#: The day or the session told before, named back.
_SAME_DAY = re.compile(r"\b(?:(?:earlier|later)\s+in\s+the\s+(?:day|session)|during\s+the\s+(?:day|session)|"
                       r"earlier\s+that\s+day|later\s+that\s+day)\b", re.IGNORECASE)
#: The most sentences read back for the day named.
REACH = 3
#: The basis of a day named back.
SAME_DAY = "the day the text named before, named back"


def same_day_anaphors(text: str, dct: date | None, found: list[TemporalExpression], starts: list[int],
                      ends: list[int]) -> list[TemporalExpression]:
    """An expression on the day named before for each sentence of ``text`` (sentences at ``starts``/``ends``) with no
    date of its own that names it back (:data:`_SAME_DAY`); ``found`` are the text's dated expressions. New
    expressions, for ``found`` to be extended with."""
    if dct is None or _SAME_DAY.search(text) is None:
        return []
    by_sentence: dict[int, list[TemporalExpression]] = {}
    for e in found:
        by_sentence.setdefault(bisect_right(starts, e.start) - 1, []).append(e)
    out = []
    for m in _SAME_DAY.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= ends[k] or by_sentence.get(k):
            continue  # a date of its own
        day = None
        for j in range(k - 1, max(-1, k - 1 - REACH), -1):
            told = by_sentence.get(j)
            if not told:
                continue
            days = {e.date_start for e in told if e.resolved and e.precision == "day" and e.date_start == e.date_end}
            if len(days) == 1 and len(told) == len([e for e in told if e.precision == "day"]):
                day = days.pop()
            break
        if day is None or day > dct:
            continue
        out.append(TemporalExpression(m.group(0), m.start(), m.end(), day, day, "day", "relative",
                                      f"{SAME_DAY}: {day.isoformat()}", dct))
    return out
