"""The year of a month named without one, when the tagger's reading lies most of a year from the article.

News names a month without its year for the months around the report: "the central bank's July meeting" in an August
report is last July's, "its decline in the week of the report in September" in an October report is last
September's. A month further off is written with its year or with "last"/"next" ("in April last year", "last
April"). The tagger picks the year by the tense around the month, and a tense that belongs to another clause
("minutes of the July meeting are due on Wednesday", "a judge on Tuesday agreed to hold a trial beginning on July 14")
sends it eleven months the wrong way. :func:`nearer_month_year` moves such a reading to the same month of the
article's own year when that one lies within a few months of the article (or, across the new year, within weeks): a
coming month read where no word of its clause tells of the future (the Fed's "September meeting" in an October
report), or a past month that ends a plan's start ("a trial to begin on July 14"). A past month of a past act stays
("approved the sale in July" in a May report is last July's), so does a coming one told as ahead ("will open the
plant in September" in an October report) and a month a thing covers ("a refund for May"); a reading less than
eight months off is never moved.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

#: A month alone, or a day of it, as the expression's whole text: "September", "Sept.", "July 14", "14 July", "late August".
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_BARE_MONTH = re.compile(rf"(?:(?:early|mid|late)[- ])?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)",
                         re.IGNORECASE)
#: A value of a month or a day of it.
_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
#: The start of what is planned, right before the month: "a trial to begin on July 14", "talks set to start in June".
_START_BEFORE = re.compile(r"\bto\s+(?:begin|start|open|commence|resume|run|take\s+place|be\s+held)\s+(?:on|in)\s+$",
                           re.IGNORECASE)
#: A word telling of what is ahead, before the month in its clause: "will open the plant in September", "is due to
#: report in March", "plans to list in June". (The tagger's own cue reads more widely, and a clause about a past
#: month is what it misreads.)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|won['’]t|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|"
                         r"expects?\s+to|expected\s+to|is\s+to|are\s+to|due|scheduled|set\s+(?:to|for)|slated|next|"
                         r"coming|upcoming|ahead|until|by)\b|['’]ll\b", re.IGNORECASE)
#: "for" right before the month: the period a thing covers ("a refund for May").
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: What closes the clause before the month: a sentence's end, a semicolon, a colon, a line break.
_CLAUSE_END = re.compile(r"[.;:!?\n]\s")


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before offset ``start`` (at most 160 characters)."""
    before = text[max(0, start - 160) : start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


#: The reading the tagger gave is moved only when it lies this far from the article's date (its nearer edge).
FAR_DAYS = 240
#: ... and the month of the article's own year lies within this many days of it,
NEAR_DAYS = 100
#: ... or, in the year before or after (across the new year), within this many.
NEAR_ACROSS_YEAR_DAYS = 45


def _gap(first: date, last: date, dct: date) -> int:
    """Days between ``dct`` and the nearer edge of ``first``..``last`` (0 inside it)."""
    if dct < first:
        return (first - dct).days
    if dct > last:
        return (dct - last).days
    return 0


def _shifted(d: date, years: int) -> date | None:
    """``d`` moved by ``years`` years; None for a 29 February with no such day that year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return None


def nearer_month_year(r: Any, text: str, dct: date | None) -> Any:
    """``r`` (a row of the timex table: ``type``, ``text``, ``value``, ``date_start``, ``date_end``, ``anchor``,
    ``clean_start`` in ``text``) with the month it names moved a year toward the article when the tagger read it most
    of a year off (see the module's doc); ``r`` itself otherwise. Only a month (or a day of it) read from the
    publication date, its text the month alone, with no year of that reading on its line before it ("2017 -
    September 20: ..." in a chronology, "in 2017, and again in September")."""
    if dct is None or r.type != "DATE" or r.date_start is None or r.date_end is None:
        return r
    if not str(r.anchor).startswith("publication") or not _MONTH_VALUE.match(str(r.value)):
        return r
    if not _BARE_MONTH.fullmatch(str(r.text).strip()):
        return r
    first, last = r.date_start, r.date_end
    if _gap(first, last, dct) <= FAR_DAYS:
        return r
    start = int(r.clean_start)
    line = text[max(0, text.rfind("\n", 0, start) + 1, start - 200) : start]
    if str(first.year) in line:
        return r
    if first > dct and _FUTURE_CUE.search(_clause_before(text, start)):
        return r  # "will open the plant in September": told as ahead
    if _FOR_BEFORE.search(text, max(0, start - 8), start):
        return r  # "a refund for May": the period a thing covers, which its own reading frames
    if first < dct and not _START_BEFORE.search(text, max(0, start - 40), start):
        return r  # "approved the sale in July", "since the Aug. 14 warning": a past month
    years = -1 if first > dct else 1
    new_first, new_last = _shifted(first, years), _shifted(last, years)
    if new_first is None or new_last is None:
        return r
    gap = _gap(new_first, new_last, dct)
    if not (gap <= NEAR_DAYS and new_first.year == dct.year) and gap > NEAR_ACROSS_YEAR_DAYS:
        return r
    value = f"{new_first.year:04d}{str(r.value)[4:]}"
    return r._replace(value=value, date_start=new_first, date_end=new_last)
