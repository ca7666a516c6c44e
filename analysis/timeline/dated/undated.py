"""Articles without a publication date: "March 13" placed in the story's year, relative expressions read
against the last full date the text stated, and the rows nothing dates."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd

from analysis.time.timex import find_timexes
from analysis.timeline.dated.model import DAY_VALUE, TemporalExpression, precision_of


_YEARLESS_DAY = re.compile(r"^XXXX-\d\d-\d\d$")


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
        if r.date_start is not None and not pd.isna(r.date_start) and not r.anchor and DAY_VALUE.match(str(r.value))
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
