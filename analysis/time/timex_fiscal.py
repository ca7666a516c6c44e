"""Fiscal years for :mod:`analysis.time.timex`: "fiscal 2027", "FY28", "the 2027 fiscal year", "last fiscal year",
"the first quarter of fiscal 2027", "the fiscal year ended March 31".

TimeML writes a fiscal year with the ``FY`` prefix of its value notation (``FY2027``; a fiscal quarter or half
``FY2027-Q1``, ``FY2027-H2``): a company's fiscal year need not be the calendar year, so the calendar year ``2027``
would date a fiscal 2027 that ran from April 2026 to March 2027 wrongly. The interval such a value covers is known
only when the text gives the fiscal year's end: right after the expression ("fiscal 2025, which ended Sept. 30",
"the fiscal year ending March 31") or once for the whole text ("Its fiscal year ends June 30"). A fiscal year is
named by the calendar year it ends in ("fiscal 2027" ending March 31 runs from April 1, 2026 to March 31, 2027)
unless the text gives that end's year. Without an end, a fiscal value covers no interval.

"calendar year 2027", "the year 2027" and "financial" outside "financial year" ("the financial crisis of 2008")
are left alone.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .timex_calendar import add_months, safe_date
from .timex_context import LEX, Candidate, Context, Resolved, g, is_future, year_of, yearless_day

_MONTHS: dict[str, int] = LEX["months"]
#: The prefix of a fiscal value. Empty: the notation of the TempEval-3 gold, which writes a fiscal year as the
#: calendar year it ends in ("fiscal 1989" -> ``1989``, 12 rows of TempEval-3 train; ``FY1989`` cost 0.007 of tune
#: value F1). "FY" gives the notation of the TIMEX guidelines (``FY2027``, ``FY2027-Q1``). The interval is the fiscal
#: year's either way, and none when the text does not say when its fiscal year ends.
FISCAL_PREFIX = ""
#: The interval of a fiscal value whose year end the text does not give: none. Not ``None``, which would let the value
#: ("2027" in TempEval-3's notation) be read as the calendar year 2027.
_UNPLACED: tuple[None, None] = (None, None)

#: The words that make a year, quarter or half fiscal, inside the expression ("FY" only in capitals).
_FISCAL_IN = re.compile(r"(?i:\bfiscal\b|\bfinancial\s+year\b)|\bFY")
#: A quarter or half written as a code right after a fiscal year ("FY26 Q3", "fiscal 2027 2H", "FY2026-Q1").
_PART_AFTER = re.compile(r"[\s-](?:(?P<q>Q[1-4]|H[12])|(?P<q2>[1-4]Q|[12]H))\b(?![\s-]?(?:19|20)?\d\d\b)")
#: Fiscal years listed before a bare year: "fiscal years 2027 through", "fiscal 2026, 2027 and", "fiscal 2025-".
_FISCAL_LIST_BEFORE = re.compile(r"\b(?:fiscal(?:\s+years)?|financial\s+years|FY)\s*(?:(?:19|20)\d\d(?:\s*,\s*(?:and\s+|or\s+)?|"
                                 r"\s+(?:and|or|to|through|thru|until)\s+|\s*[-–]\s*))+$", re.IGNORECASE)
#: "the fiscal year-end" ("year-end" read as December 31 by its own pattern).
_YEAR_END = re.compile(r"(?i:year[-\s]end)")
#: "of its fiscal year" after a quarter or half ("the second half of its fiscal year").
_OF_FISCAL_YEAR = re.compile(r"\s+of\s+(?:its|the|their|this|our)\s+(?:fiscal|financial)\s+year\b(?![-'’])", re.IGNORECASE)
#: "fiscal" right before a quarter written after its year ("fiscal 2026 first-quarter sales").
_FISCAL_BEFORE = re.compile(r"(?:\b(?i:the|its|their)\s+)?\b(?i:fiscal|financial)(?:\s+|-)$")
#: A calendar value a fiscal expression was read as: a year, or a quarter or half of one.
_YEARLIKE = re.compile(r"(?P<y>\d{4})(?:-(?P<part>[QH])(?P<n>[1-4]))?$")
#: "the fiscal year" / "the financial year" read as the duration P1Y.
_THE_FISCAL_YEAR = re.compile(r"(?:the|its|their)\s+(?:fiscal|financial)\s+year$", re.IGNORECASE)
_MON = r"(?P<mon>[A-Za-z]{3,9})\.?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
#: The end of a fiscal year stated right after it: "fiscal 2025, which ended Sept. 30", "the fiscal year ending
#: March 31", "the fiscal year ended in June" (not "through" or "to": "from fiscal 2025 to June" is a range).
_END_AFTER = re.compile(r"[\s,]+(?:(?:that|which)\s+)?(?:ended|ending|ends|closed|closing|closes)\s+(?:on\s+|in\s+)?"
                        r"(?:the\s+end\s+of\s+)?" + _MON, re.IGNORECASE)
#: The first month of a fiscal year stated right after it with its year: "the fiscal year starting April 2025", "the
#: financial year beginning on July 1, 2030" (that year is named by its start, not by the year under way).
_START_AFTER = re.compile(r"[\s,]+(?:(?:that|which)\s+)?(?:starting|beginning|starts|begins|started|began)\s+"
                          r"(?:on\s+|in\s+)?" + _MON, re.IGNORECASE)
#: British "the financial year to March 31", and "the fiscal year through June": after "the fiscal year" only.
_END_TO_AFTER = re.compile(r"\s+(?:to|through)\s+(?:the\s+end\s+of\s+|end-)?" + _MON, re.IGNORECASE)
#: The end of the fiscal year stated for the text ("Its fiscal year ends June 30", "a fiscal year that ends in
#: March", "fiscal years ending March 31", "fiscal 2025, which ended Sept. 30").
_END_STATED = re.compile(r"\b(?:fiscal|financial)\s+(?:years?|(?:19|20)\d\d)(?:\s*,)?\s+(?:that\s+|which\s+)?"
                         r"(?P<verb>ends|ended|ending|end|closes|closed|closing|close|runs\s+(?:through|to))\s+"
                         r"(?:on\s+|in\s+)?(?:the\s+end\s+of\s+)?" + _MON, re.IGNORECASE)
#: The start of the fiscal year stated for the text ("a fiscal year that begins Oct. 1", "starts in April").
_START_STATED = re.compile(r"\b(?:fiscal|financial)\s+(?:years?|(?:19|20)\d\d)(?:\s*,)?\s+(?:that\s+|which\s+)?"
                           r"(?P<verb>begins|began|begin|beginning|starts|started|start|starting|opens|opened)\s+"
                           r"(?:on\s+|in\s+)?" + _MON, re.IGNORECASE)
#: "Its fiscal year runs from July to June", "fiscal years running from April through March".
_RUN_STATED = re.compile(r"\b(?:fiscal|financial)\s+years?\s+(?:that\s+|which\s+)?(?P<verb>runs|run|ran|running)\s+"
                         r"from\s+(?P<mon>[A-Za-z]{3,9})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:to|through|until|till)\s+"
                         r"(?P<mon2>[A-Za-z]{3,9})\.?(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)?", re.IGNORECASE)
#: A word before "fiscal year" that makes it one year ("this fiscal year, which ends Sept. 30"), not the calendar.
_ONE_YEAR_BEFORE = re.compile(r"\b(?:this|last|next|current|coming|previous|prior|that|same|latest|new)\s+$", re.IGNORECASE)
#: The verbs of a fiscal calendar told in the present: every year's end or start, not one year's.
_PRESENT_VERB = re.compile(r"ends|end|closes|close|runs\s+(?:through|to)|begins|begin|starts|start|opens|runs|run",
                           re.IGNORECASE)


def _month_day(m: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) of an end matched by ``_MON``: a month's last day when the day is not given; None if the word
    is no month."""
    mon = m.group("mon").lower()
    if mon not in _MONTHS:
        return None
    month = _MONTHS[mon]
    day = int(m.group("day")) if m.group("day") else calendar.monthrange(2001, month)[1]
    return (month, day) if safe_date(2001, month, day) else None


def stated_end(text: str) -> tuple[int, int] | None:
    """The (month, day) the text says its fiscal years end on, when it says so and names one end only (an end
    stated, the day before a stated start, or the last month of a stated run "from July to June")."""
    ends = {md for m in _END_STATED.finditer(text) if (md := _month_day(m)) is not None}
    for m in _START_STATED.finditer(text):
        if (md := _month_day(m)) is not None:
            first = date(2001, *md) if m.group("day") else date(2001, md[0], 1)
            before = first - timedelta(days=1)
            ends.add((before.month, before.day))
    for m in _RUN_STATED.finditer(text):
        mon = m.group("mon2").lower().rstrip(".")
        if mon in _MONTHS and m.group("mon").lower().rstrip(".") in _MONTHS:
            month = _MONTHS[mon]
            ends.add((month, int(m.group("day2")) if m.group("day2") else calendar.monthrange(2001, month)[1]))
    return ends.pop() if len(ends) == 1 else None


#: A Japanese company's accounts: a figure in yen and the Tokyo market or Japan named. News convention: a Japanese
#: company's fiscal year runs from April 1 to March 31 and is named by the calendar year it starts in ("fiscal 2014"
#: and "FY2014" run from April 2014 to March 2015; "last fiscal year" in July 2015 is April 2014 to March 2015).
_YEN_FIGURE = re.compile(r"\d\s*(?:(?:million|billion|trillion)\s+)?yen\b|¥\s?\d")
#: (Japan's market or a Japanese company, not Japan alone: "sales in Japan", "the dollar at 110 yen" tell of an
#: exporter whose fiscal year may be any)
_JAPAN = re.compile(r"\bTokyo\s+(?:Stock\s+Exchange|bourse|market)|\bTokyo-listed\b|\bTOKYO\b|\bTopix\b|\bJapanese\s+"
                    r"(?:company|companies|firm|group|conglomerate|maker|makers|bank|lender|retailer|insurer)\b"
                    # a Tokyo code ("(6502.T)") or a share price in yen ("the stock closed at 382.4 yen")
                    r"|\(\d{4}\.T\)|\b(?:shares?|stock)\b[^.\n]{0,40}?\b(?:closed|ended|finished|trades?|traded)\s+at\s+"
                    r"\d[\d,]*(?:\.\d+)?\s*yen\b")
#: The end (month, day) of a Japanese fiscal year.
JAPANESE_END = (3, 31)


@lru_cache(maxsize=1)
def japanese_years(text: str) -> bool:
    """Whether ``text`` tells a Japanese company's accounts (a figure in yen, Japan or its market named), so that its
    fiscal years are Japan's, April to March, named by their first year, unless the text states another end."""
    return _YEN_FIGURE.search(text) is not None and _JAPAN.search(text) is not None


def calendar_days(text: str) -> set[int]:
    """Where the months of a company's fiscal calendar stated in the present start ("Its fiscal year ends June 30",
    "a fiscal year that begins Oct. 1", "runs from July to June"): a day or month of every year, not one date."""
    return set(_calendar_days(text))


@lru_cache(maxsize=1)
def _calendar_days(text: str) -> frozenset[int]:
    """:func:`calendar_days`, kept for the last text (a text is tagged against each of its reprints' dates in turn)."""
    if "iscal" not in text and "inancial" not in text:
        return frozenset()
    out: set[int] = set()
    for pattern in (_END_STATED, _START_STATED, _RUN_STATED):
        for m in pattern.finditer(text):
            if _PRESENT_VERB.fullmatch(m.group("verb")) and not any(ch.isdigit() for ch in m.group(0)[:m.start("verb") - m.start()]) \
                    and not _ONE_YEAR_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                out.update(m.start(k) for k in ("mon", "mon2") if k in m.re.groupindex and m.group(k))
    return frozenset(out)


def started_end(text: str, pos: int) -> date | None:
    """The last day of the fiscal year named at ``pos`` by its first month and year ("the fiscal year starting April
    2025" ends on March 31, 2026); None unless such a start, with its year, follows right at ``pos``."""
    m = _START_AFTER.match(text, pos)
    if m is None or not m.group("year") or m.group("mon").lower() not in _MONTHS:
        return None
    first = safe_date(int(m.group("year")), _MONTHS[m.group("mon").lower()], int(m.group("day") or 1))
    if first is None:
        return None
    before = first - timedelta(days=1)
    return _end_day(before.year + 1, (before.month, before.day))


def _end_day(year: int, md: tuple[int, int]) -> date:
    """The day fiscal year ``year`` ends on (the last of the month for February 29 in other years)."""
    return safe_date(year, *md) or date(year, md[0], calendar.monthrange(year, md[0])[1])


def _interval(end: date, part: str, n: int) -> tuple[date, date]:
    """The days of the fiscal year ending on ``end``, or of its quarter/half ``n`` (``part`` "Q"/"H")."""
    first = _end_day(end.year - 1, (end.month, end.day)) + timedelta(days=1)
    if not part:
        return first, end
    months = 3 if part == "Q" else 6
    y0, m0 = add_months(first.year, first.month, months * (n - 1))
    y1, m1 = add_months(first.year, first.month, months * n)
    return date(y0, m0, 1), date(y1, m1, 1) - timedelta(days=1)


def fiscal(r: Resolved, ctx: Context) -> Resolved:
    """``r`` in TimeML's fiscal notation when it names a fiscal year, quarter or half (``FY2027``, ``FY2027-Q1``),
    with the interval it covers when the text gives the fiscal year's end; else ``r`` unchanged."""
    text = ctx.text
    if r.type == "DURATION" and r.value == "P1Y" and _THE_FISCAL_YEAR.search(text, r.start, r.end):
        # "In the fiscal year ended Jan. 31, the company earned": the year that ended on that day, a date
        after = _END_AFTER.match(text, r.end) or _END_TO_AFTER.match(text, r.end)
        md = _month_day(after) if after is not None else None
        if after is None and (begun := started_end(text, r.end)) is not None:
            # "in the fiscal year starting April 2025": the year that begins then, a date
            return replace(r, type="DATE", value=f"{FISCAL_PREFIX}{begun.year:04d}", span=_interval(begun, "", 0))
        if after is None or md is None:
            return r
        if after.group("year"):
            end = _end_day(int(after.group("year")), md)
        else:
            day = yearless_day(md[0], md[1], ctx, is_future(text, r.start, r.end), r.start)
            if day is None:
                return r
            end = day
        ctx.fiscal_days[after.start("mon")] = end
        return replace(r, type="DATE", value=f"{FISCAL_PREFIX}{end.year:04d}", span=_interval(end, "", 0))
    if r.type != "DATE" or not (m := _YEARLIKE.match(r.value) or _YEAR_END.fullmatch(text, r.start, r.end)):
        return r
    start, end_at = r.start, r.end
    if m.re is _YEAR_END:
        # "the fiscal year-end": the end of a fiscal year, not December 31 (TimeML: the year, mod END)
        before = _FISCAL_BEFORE.search(text, max(0, r.start - 12), r.start)
        if before is None:
            return r
        return replace(r, start=before.start(), value=f"{FISCAL_PREFIX}{r.value[:4]}", span=_UNPLACED)
    if m.group("part") and (of := _OF_FISCAL_YEAR.match(text, r.end)):
        end_at = of.end()  # "the second half of its fiscal year": a part of the fiscal year under way
        if (begun := started_end(text, end_at)) is not None:
            # "in the first half of the fiscal year starting April 2025": a part of the year that begins then
            part, n = m.group("part"), int(m.group("n"))
            return replace(r, start=start, end=end_at, value=f"{FISCAL_PREFIX}{begun.year:04d}-{part}{n}",
                           span=_interval(begun, part, n))
    elif not _FISCAL_IN.search(text, r.start, r.end):
        before = _FISCAL_BEFORE.search(text, max(0, r.start - 12), r.start)
        if before is not None and m.group("part") and (any(ch.isdigit() for ch in text[r.start:r.end])
                                                        or before.group(0).endswith("-")):
            # "fiscal 2026 first-quarter", "the fiscal-first quarter": the fiscal word opens the expression
            start = before.start()
        elif m.group("part") or not text[r.start:r.end].isdigit() \
                or not _FISCAL_LIST_BEFORE.search(text, max(0, r.start - 80), r.start):
            return r
        # (else a year further on in a list or range of fiscal years: "fiscal years 2027 through 2030", "fiscal
        # 2026 and 2027", "fiscal 2025-2030": each is a fiscal year)
    year, part, n = int(m.group("y")), m.group("part") or "", int(m.group("n") or 0)
    if not part and (code := _PART_AFTER.match(text, r.end)):
        # "FY26 Q3", "fiscal 2027 2H": the quarter or half of that fiscal year, one expression
        q = code.group("q") or code.group("q2")[::-1]
        part, n, end_at = q[0], int(q[1]), code.end()
    after = _END_AFTER.match(text, end_at)
    own = _month_day(after) if after is not None else None
    if part and own is not None and after is not None:
        # "its fiscal third quarter ended Sept. 27": the day ends the quarter (or half), not the year; the part is
        # the months up to it, the day placed as its own expression places it
        if after.group("year"):
            last: date | None = _end_day(int(after.group("year")), own)
        else:
            last = yearless_day(own[0], own[1], ctx, is_future(text, r.start, r.end), r.start)
        if last is None:
            return replace(r, start=start, end=end_at, value=f"{FISCAL_PREFIX}{year:04d}-{part}{n}", span=_UNPLACED)
        y0, m0 = add_months(last.year, last.month, -(3 if part == "Q" else 6))
        first = _end_day(y0, (m0, min(last.day, calendar.monthrange(y0, m0)[1]))) + timedelta(days=1)
        return replace(r, start=start, end=end_at, value=f"{FISCAL_PREFIX}{year:04d}-{part}{n}", span=(first, last))
    md = own or stated_end(text)
    # a Japanese company's year, named by the year it starts in (an end stated in the text goes first)
    japanese = md is None and japanese_years(text)
    if japanese:
        md = JAPANESE_END
    relative = not any(ch.isdigit() for ch in text[start:r.end])  # "last fiscal year", "the fiscal first quarter"
    if relative and md is not None and ctx.dct is not None:
        # the fiscal year under way at the publication date ends on the first such day not before it
        current = ctx.dct.year if _end_day(ctx.dct.year, md) >= ctx.dct else ctx.dct.year + 1
        year += current - ctx.dct.year - (1 if japanese else 0)
    value = f"{FISCAL_PREFIX}{year:04d}" + (f"-{part}{n}" if part else "")
    span: tuple[date, date] | tuple[None, None] = _UNPLACED
    if md is not None:
        end = _end_day(int(after.group("year")), md) if own is not None and after is not None and after.group("year") \
            else _end_day(year + (1 if japanese else 0), md)
        span = _interval(end, part, n)
        if own is not None and after is not None and not after.group("year"):
            # "fiscal 2025, which ended Sept. 30": that day is the fiscal year's last (read by its own pattern next)
            ctx.fiscal_days[after.start("mon")] = end
    return replace(r, start=start, end=end_at, value=value, span=span)


def resolve_fysplit(c: Candidate, ctx: Context) -> Resolved | None:
    """the 2025/26 financial year / fiscal 2025-26 / FY25/26: the fiscal year ending in the second calendar year
    (its calendar value here, written ``FY2026`` by :func:`fiscal`); None unless the second year follows the first."""
    first = g(c, "y1") or g(c, "y1b") or g(c, "y1c")
    second = g(c, "y2") or g(c, "y2l") or g(c, "y2h") or g(c, "y2b") or g(c, "y2bl") or g(c, "y2c")
    y1 = year_of(first, ctx.dct)
    if (int(second) if len(second) == 4 else int(second) + y1 // 100 * 100) != y1 + 1 and not (
            len(second) == 2 and second == "00" and y1 % 100 == 99):
        return None
    return Resolved(c.start, c.end, "DATE", f"{y1 + 1:04d}", "" if len(first) == 4 else "publication")
