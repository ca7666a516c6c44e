"""Which trading session a reported share move refers to ("on Monday", "by the end of Monday's trading",
"yesterday", "Jan. 27"), resolved against the article's publication date by the shared temporal resolver
(:func:`analysis.temporal.find_temporal_expressions`) and moved back to a weekday.
"""

from __future__ import annotations

from datetime import date, timedelta

from .temporal import find_temporal_expressions


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
