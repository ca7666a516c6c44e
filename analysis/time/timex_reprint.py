"""A syndicated copy's own day: the note that says when a text was first published elsewhere.

A reprint keeps the words of the text it copies: "yesterday", "today" and "on Tuesday" were written on the day the
note names ("This article first appeared in X on September 17, 2026 and is republished with permission."), not on
the day the copy is published a few days later. :func:`first_publication` reads that day and where the copied text
ends: a paragraph the copying outlet added under a label ("Update, September 22:", "[Editor's note, 16 September:",
"Canadian context:", "UAE reaction:") or signed "(Added by X)" is written on the copy's own day. A note that says the
text itself was brought up to date ("has been updated", "edited and updated with ...") leaves every expression on
the copy's day. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

#: A copy's note, a line of its own near the top of the text: "This article first appeared in X on <day>", "(This
#: story was originally published by X on <day>.", "Originally published by X on <day>.", "[Translated from German.
#: This report first appeared in X on <day>.]", "(Reprinted from X, 13 Oct 2023.". Read on the note's line only.
_NOTE = re.compile(r"^[ \t]*[\[(]?[ \t]*(?:translated\s+from\s+[A-Z][a-z]+\.\s*)?(?:"
                   r"this\s+(?:[a-z-]+\s+){1,2}(?:was\s+|has\s+been\s+|is\s+)?(?:first|originally)\s+"
                   r"(?:appeared|published|ran|posted|printed)\b"
                   r"|(?:first|originally)\s+(?:appeared|published|ran)\b|(?:reprinted|republished)\s+from\b)",
                   re.IGNORECASE | re.MULTILINE)
#: The note says the text was brought up to the copy's day ("has been updated", "updated with", "adds Monday
#: trading"): its expressions are the copy's.
_UPDATED = re.compile(r"\b(?:has\s+been|have\s+been|was|and)\s+updated\b|\bupdated\s+(?:with|to|for|on|since)\b"
                      r"|\badd(?:s|ed|ing)\s+(?:\w+\s+){0,2}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
#: A paragraph the copying outlet added: a short label before a colon naming an update, a note, local reaction or
#: context ("Update, September 22:", "UPDATE (Friday, 13 October):", "[Editor's note, 16 September:", "UAE
#: reaction:", "Canadian context:"), or a paragraph signed "(Added by X)".
_ADDED = re.compile(r"^[\[(]?[^\n:]{0,50}?\b(?i:update|editor['’]s\s+note|note|reaction|context|addendum)\b[^\n:]{0,30}:"
                    r"|\((?i:added\s+by)\b", re.MULTILINE)
#: Where a note is looked for: the first lines of the text (a headline, a dateline, the note).
_HEAD_CHARS = 600
#: A copy this many days or more after the day its note names is no reprint of a news text (an archive, a book).
MAX_DAYS = 31


def reprint_note(text: str) -> tuple[int, int] | None:
    """(start, end) of the line of ``text`` opening with a copy's note near its top, the text going on after it;
    else None."""
    m = _NOTE.search(text, 0, _HEAD_CHARS)
    if m is None:
        return None
    end = text.find("\n", m.end())
    if end < 0 or not text[end:].strip():
        return None  # a note closing the text: nothing of the copied text after it
    return m.start(), end


def first_publication(text: str, note: tuple[int, int], days: list[tuple[int, int, date | None]],
                      dct: date | None) -> tuple[date, int] | None:
    """The day a copy's text was first published and where the copied text ends, or None.

    ``note`` is :func:`reprint_note`'s line; ``days`` the (start, end, day) of the expressions of that line that name
    one day (resolved against ``dct``). The day is the note's first, at most :data:`MAX_DAYS` before ``dct``; the
    copied text ends where the first added paragraph after the note starts (else at the end of the text)."""
    if dct is None:
        return None
    start, end = note
    if _UPDATED.search(text, start, end):
        return None
    day = next((d for s, e, d in days if start <= s and e <= end and d is not None), None)
    if day is None or not dct - timedelta(days=MAX_DAYS) <= day < dct:
        return None
    added = _ADDED.search(text, end)
    return day, len(text) if added is None else text.rfind("\n", 0, added.start()) + 1
