"""Which trading session a reported share move refers to ("on Monday", "by the end of Monday's trading",
"yesterday", "Jan. 27"), resolved against the article's publication date by the shared temporal resolver
(:func:`analysis.temporal.find_temporal_expressions`) and moved back to a weekday.
"""

from __future__ import annotations

from datetime import date, timedelta

from analysis.time.resolve import find_temporal_expressions


def previous_weekday(ref: date, weekday: int) -> date:
    """The latest date on or before ``ref`` that falls on ``weekday`` (0 = Monday)."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def trading_day(ref: date) -> date:
    """``ref`` itself on a weekday, else the Friday before it."""
    return ref - timedelta(days=max(0, ref.weekday() - 4))


def session_in_text(text: str, published: date | None, earliest: date | None = None) -> date | None:
    """The session date a sentence or paragraph names, or None.

    The first expression resolved to a single day wins ("Jan 27", "Monday's trading", "yesterday"); a weekend
    day becomes the Friday before it. Ranges, months and years ("over the past week", "in 2024") name no session.
    """
    for expr in find_temporal_expressions(text, published, earliest):
        if expr.resolved and expr.precision == "day" and expr.date_start == expr.date_end and expr.date_start:
            return trading_day(expr.date_start)
    return None


def session_near(
    text: str, start: int, end: int, published: date | None, earliest: date | None = None, stop: int | None = None
) -> date | None:
    """The session of the figure at ``text[start:end]`` when the sentence names several days ("lost 24% on
    Wednesday and rebounded 19% on Thursday"): the first single-day expression after the figure and before
    ``stop`` (the next figure), else the last one before it that follows the previous figure; None when the
    sentence names at most one day (use :func:`session_in_text` then)."""
    days = [
        e for e in find_temporal_expressions(text, published, earliest)
        if e.resolved and e.precision == "day" and e.date_start == e.date_end and e.date_start
    ]
    if len({e.date_start for e in days}) < 2:
        return None
    after = [e for e in days if e.start >= end and (stop is None or e.start < stop)]
    if after:
        return trading_day(after[0].date_start)  # type: ignore[arg-type]
    before = [e for e in days if e.end <= start]
    return trading_day(before[-1].date_start) if before else None  # type: ignore[arg-type]


def session_in_undated_text(text: str, story_day: date) -> date | None:
    """For an article with no publication date: the session a stated day and month names ("on March 13"), its
    year taken from ``story_day`` (the corpus's latest publication date). Weekdays and "yesterday" stay unknown."""
    for expr in find_temporal_expressions(text, story_day):
        if expr.kind == "absolute" and expr.resolved and expr.precision == "day" and expr.date_start == expr.date_end and expr.date_start:
            return trading_day(expr.date_start)
    return None
