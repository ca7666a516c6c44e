"""A clock time told with its day in one phrase: "reported at 10:52 p.m. local time on 16 September", "a call at 4:00
p.m. (Hong Kong time) on 22 June 2022", "on June 22, at 9 a.m.". The hour is an hour of that day, whatever day a
clock time read alone would take (the publication day, or a date stated earlier in the text)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from analysis.timeline.dated.model import TemporalExpression

#: A clock time alone: "10:52 p.m.", "4:00 p.m. EDT", "about 3 a.m. local time", "14:30", "1820 GMT" (four figures with a
#: time zone or "local time", as wire copy gives the hour), "noon" (an hour, no day), or a
#: part of the day told before its day ("by early afternoon on Friday", "late morning on 4 May").
_CLOCK = re.compile(r"(?:(?:at|about|around|shortly\s+(?:before|after))\s+)*(?:\d{1,2}(?:[:.][0-5]\d\s*(?:[ap]\.?\s?m\.?)?"
                    r"|\s*[ap]\.?\s?m\.?)|[012]\d[0-5]\d(?=(?-i:\s*[A-Z]{2,4}\b)|\s+local\s+time)|noon|midnight|midday|lunchtime"
                    r"|(?:the\s+)?(?:(?:early|late|mid)[\s-]?)?(?:morning|afternoon|evening))(?-i:\s*\(?[A-Z]{2,4}\)?)?(?:\s+local\s+time)?", re.IGNORECASE)
#: Between a clock time and the day after it: a time zone or "local time", perhaps in brackets, a comma, "on" ("10:52
#: p.m. local time on", "4:00 p.m. (Hong Kong time) on", "5 p.m. EST,"); the bracket closing a clock time given again in
#: another zone ("at 19:20 BST (1820 GMT) on Sunday").
_CLOCK_THEN_DAY = re.compile(r"\)?(?:\s*\([^()\n]{1,30}\)|\s+local\s+time|(?-i:\s+[A-Z]{2,4}))*\s*,?\s*(?:on\s+)?(?:the\s+)?",
                             re.IGNORECASE)
#: Between a day and the clock time after it: "on June 22 at", "on 22 June, at", "Tuesday, ".
_DAY_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at\s+)?", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def _clock_words(words: str) -> bool:
    """Whether ``words`` are a clock time alone (read once per wording)."""
    return _CLOCK.fullmatch(words.strip()) is not None


def _clock_only(e: TemporalExpression) -> bool:
    """Whether ``e`` is a clock time alone, read to a single day."""
    return e.precision == "day" and e.resolved and e.date_start == e.date_end and _clock_words(e.expression)


def clock_days(found: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``found`` (the dated expressions of one sentence of ``text``) with each clock time joined to a day right after
    or before it ("at 10:52 p.m. local time on 09/16/2023", "on 22 June 2022 at 4 p.m.") dated on that day: one
    time, the day's hour (put after the other expressions). Other expressions, and a clock time with no day joined to
    it, are kept as they are."""
    clocks = {id(e) for e in found if _clock_only(e)}
    if not clocks:
        return found
    days = [o for o in found if o.precision == "day" and o.resolved and o.date_start == o.date_end
            and id(o) not in clocks
            and o.kind != "after_event"]  # (not a day placed from another event: "at 6 a.m. ten days before the X")
    if not days:
        return found
    out, joined = [], []
    for e in found:
        if id(e) in clocks:
            day = next((o for o in days if o.start >= e.end and _CLOCK_THEN_DAY.fullmatch(text, e.end, o.start)), None) \
                or next((o for o in days if o.end <= e.start and _DAY_THEN_CLOCK.fullmatch(text, o.end, e.start)), None)
            if day is not None and day.date_start != e.date_start:
                joined.append(replace(e, date_start=day.date_start, date_end=day.date_end, anchor=day.date_start,
                                      basis=f"the hour of {day.expression!r} ({day.date_start})"))
                continue
        out.append(e)
    return out + joined  # (after the days: a sentence's row on that day is the day's, when the day is kept)
