"""Normalisation for :mod:`analysis.time.timex`: turns a pattern match (a :class:`Candidate`) into a TIMEX3
type and value, given the document creation time and the narrative state of the text read so far.

Deictic expressions ("yesterday", "last week", "two years ago") resolve against the publication date;
anaphoric ones ("the next day", "a year earlier", "that week") against the narrative date (the last full
date the text stated), falling back on the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from .timex_calendar import (
    add_months,
    add_quarters,
    nth_weekday,
    quarter_of,
    safe_date,
    week_value,
    weekday_date,
    ym,
    ymd,
)
from .timex_patterns import LEX, Candidate, number_value, spelled_year

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

_MONTHS: dict[str, int] = LEX["months"]
_WEEKDAYS: dict[str, int] = LEX["weekdays"]
_SEASONS: dict[str, str] = LEX["seasons"]
_POD: dict[str, str] = LEX["parts_of_day"]
_UNITS: dict[str, str] = LEX["units"]
_TIME_UNITS = {"second", "minute", "hour"}
_FUTURE = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in LEX["future_cues"])
                     + r")(?!\w)", re.IGNORECASE)
_SENT_END = re.compile(r"(?<![A-Z])(?<!Mr|Ms|Dr|St|Jr|Sr|No)(?<!Mrs|Gen|Sen|Rep|Gov|Inc)(?<!Corp)[.!?]['\"`]*\s+"
                       r"(?=[A-Z\"'`])|\n")
_PASSIVE_AUX = re.compile(r"\b(?:will|be|to|would|shall|'ll)\s+$", re.IGNORECASE)
_PAST_PREP = re.compile(r"\b(?:since|ago|from)\s+$", re.IGNORECASE)
_FUTURE_PREP = re.compile(r"\b(?:effective|payable|due)\s+$", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:\w+ed|" + "|".join(LEX["past_verbs_before"]) + r")\s+(?:on\s+|late\s+|early\s+)?$",
                        re.IGNORECASE)
_COUNT_NOUN = re.compile(r"\s+(?:" + "|".join(LEX["count_nouns"]) + r")\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in LEX["name_words_before"]) + r")\s+$",
                          re.IGNORECASE)
_NAME_AFTER = re.compile(r"^(?:'s)?\s+(?:" + "|".join(re.escape(w) for w in LEX["name_followers"]) + r")\b",
                         re.IGNORECASE)
_PREP_BEFORE = re.compile(r"\b(?:in|of|since|until|till|by|through|from|to|during|before|after|and|or|on|early|late|"
                          r"mid|last|next|this|between|around|until|for)\s+$", re.IGNORECASE)
_CAP_BEFORE = re.compile(r"(?<![.!?\"'`\n])\s([A-Z][a-z]+)\s+$")
_ORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: A bare year this many years or more away from the publication date, in a sentence about plans, is suspect.
SUSPECT_YEAR_GAP = 30
#: A day without a year, in a clause not about the future, may fall at most this many days after the publication
#: date (else it is last year's); in a clause about the future, at most this many days before it.
YEARLESS_PAST_SLACK_DAYS = 45


@dataclass
class Context:
    """What resolution needs: the publication date and the narrative state of the text read so far."""

    dct: date | None
    text: str
    narrative: date | None = None
    narrative_value: str = ""
    quarter: tuple[int, int] | None = None
    coarse: date | None = None
    coarse_value: str = ""
    seen: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Resolved:
    """The outcome for one candidate: span (possibly trimmed), type, value, anchor and the suspect flag."""

    start: int
    end: int
    type: TimexType
    value: str
    anchor: str = ""
    suspect: bool = False


def is_future(text: str, start: int, end: int) -> bool:
    """True when the clause around ``text[start:end]`` speaks of the future (a future cue before it in its
    sentence, or just after it)."""
    s = max(0, start - 200)
    last = None
    for last in _SENT_END.finditer(text, s, start):
        pass
    if last is not None:
        s = last.end()
    verb = _PAST_VERB.search(text, max(0, start - 30), start)
    if verb and _PASSIVE_AUX.search(text, max(0, verb.start() - 12), verb.start()):
        verb = None
    if verb or _PAST_PREP.search(text, max(0, start - 12), start):
        return False
    if _FUTURE_PREP.search(text, max(0, start - 12), start):
        return True
    after = min(len(text), end + 25)
    stop = _SENT_END.search(text, end, after)
    return bool(_FUTURE.search(text, s, start) or _FUTURE.search(text, end, stop.start() if stop else after))


def _g(c: Candidate, name: str) -> str:
    return (c.groups.get(name) or "").strip()


def _low(c: Candidate, name: str) -> str:
    return re.sub(r"\s+", " ", _g(c, name).lower())


def _month_no(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _year_of(word: str, dct: date | None) -> int:
    y = int(word)
    if len(word) == 2:
        century = (dct.year if dct else 2000) // 100 * 100
        y += century
        if dct and y - dct.year > 20:
            y -= 100
    return y


def _publication(ctx: Context) -> tuple[date | None, str]:
    return ctx.dct, "publication" if ctx.dct else ""


def _narrative(ctx: Context, unit: str = "day") -> tuple[date | None, str]:
    """The date anaphoric expressions resolve against: for a year (or a month) the last absolute date of at
    least that precision the text stated, else the last full day it stated, else the publication date."""
    coarse = ctx.coarse_value
    if coarse and (unit in ("year", "decade", "century") or unit == "month" and re.match(r"\d{4}-\d\d", coarse)):
        return ctx.coarse, f"text:{coarse}"
    if ctx.narrative is not None:
        return ctx.narrative, f"text:{ctx.narrative_value}"
    return _publication(ctx)


def _latest_quarter(ctx: Context) -> tuple[int, int] | None:
    if ctx.quarter:
        return ctx.quarter
    if ctx.dct is None:
        return None
    return add_quarters(ctx.dct.year, quarter_of(ctx.dct), -1)


def _yearless_day(month: int, day: int, ctx: Context, future: bool) -> date | None:
    """A month and day without a year, placed in the year that keeps it near the publication date."""
    ref = ctx.dct
    if ref is None:
        return None
    options = [d for d in (safe_date(ref.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    if not options:
        return None
    best = min(options, key=lambda d: abs((d - ref).days))
    if not future and (best - ref).days > YEARLESS_PAST_SLACK_DAYS:
        best = min(options, key=lambda d: (d > ref, abs((d - ref).days)))
    elif future and (ref - best).days > YEARLESS_PAST_SLACK_DAYS:
        best = min(options, key=lambda d: (d < ref, abs((d - ref).days)))
    return best


def _yearless_month(month: int, ctx: Context, rel: str, future: bool) -> int | None:
    ref = ctx.dct
    if ref is None:
        return None
    if rel == "last":
        return ref.year if month < ref.month else ref.year - 1
    if rel == "next":
        return ref.year if month > ref.month else ref.year + 1
    if rel == "this":
        return ref.year
    here = ref.year * 12 + ref.month - 1
    options = [(ref.year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    if future:
        best = min(t for t in options if t >= here)
    else:
        best = max(t for t in options if t <= here + 1)
    return best // 12


def _clock(c: Candidate) -> str | None:
    h = _g(c, "h")
    if not h:
        return None
    hour = int(h)
    ap = _low(c, "ap").replace(".", "")
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    return f"T{hour:02d}:{_g(c, 'mi') or '00'}"


def _is_name(ctx: Context, c: Candidate) -> bool:
    """True when the matched word is part of a name: "Black Monday", "the Today show", "USA Today"."""
    before = ctx.text[max(0, c.start - 20):c.start]
    after = ctx.text[c.end:c.end + 25]
    return bool(_NAME_BEFORE.search(before) or _NAME_AFTER.match(after))


# --------------------------------------------------------------------------------------------- absolute


def _resolve_calendar(c: Candidate, ctx: Context) -> Resolved | None:
    """iso / slash / dotted / mdy / dmy: a calendar day (with an optional clock time)."""
    if c.kind in ("iso", "slash", "dotted"):
        month, day = int(_g(c, "m")), int(_g(c, "d"))
        year = _year_of(_g(c, "year"), ctx.dct)
        d = safe_date(year, month, day)
    else:
        month, day = _month_no(_g(c, "mon")), int(_g(c, "day"))
        if _g(c, "year"):
            d = safe_date(int(_g(c, "year")), month, day)
        elif _g(c, "rel2") and ctx.dct:
            d = safe_date(ctx.dct.year + {"this": 0, "last": -1, "next": 1}[_low(c, "rel2")], month, day)
        else:
            d = _yearless_day(month, day, ctx, is_future(ctx.text, c.start, c.end))
    if d is None or day == 0:
        return None
    clock = _clock(c)
    anchor = "" if _g(c, "year") else "publication"
    if not clock:
        ctx.narrative, ctx.narrative_value = d, ymd(d)
        return Resolved(c.start, c.end, "DATE", ymd(d), anchor)
    return Resolved(c.start, c.end, "TIME", ymd(d) + clock, anchor)


def _resolve_month(c: Candidate, ctx: Context) -> Resolved | None:
    mon = _g(c, "mon")
    rel = _low(c, "rel").split(" ")[-1] if _g(c, "rel") else ""
    rel2 = _low(c, "rel2")
    has_year = bool(_g(c, "year") or _g(c, "sy"))
    if not has_year and not rel and not rel2 and not _g(c, "mod"):
        if mon.endswith(".") or len(mon) <= 4 and mon.lower() not in ("may", "june", "july"):
            return None
        if mon in ("May", "March") and not _PREP_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]):
            return None
        if _CAP_BEFORE.search(ctx.text[max(0, c.start - 25):c.start]):
            return None
    month = _month_no(mon)
    if _g(c, "sy") and spelled_year(_g(c, "sy")):
        year: int | None = spelled_year(_g(c, "sy"))
        anchor = ""
    elif has_year:
        year = int(_g(c, "year"))
        anchor = ""
    elif rel2:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel2] if ctx.dct else None
        anchor = "publication"
    else:
        year = _yearless_month(month, ctx, rel, is_future(ctx.text, c.start, c.end))
        anchor = "publication"
    if year is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-{month:02d}", "")
    return Resolved(c.start, c.end, "DATE", ym(year, month), anchor)


def _resolve_year(c: Candidate, ctx: Context) -> Resolved | None:
    year = int(_g(c, "year"))
    if _COUNT_NOUN.match(ctx.text, c.end):
        return None
    bare = not _g(c, "mod") and not _g(c, "fisc")
    if bare and year < 1900 and not _PREP_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]):
        return None
    suspect = bool(ctx.dct and abs(year - ctx.dct.year) > SUSPECT_YEAR_GAP
                   and is_future(ctx.text, c.start, c.end))
    return Resolved(c.start, c.end, "DATE", f"{year:04d}", "", suspect)


def _resolve_decade(c: Candidate, ctx: Context) -> Resolved | None:
    if _g(c, "dec"):
        return Resolved(c.start, c.end, "DATE", _g(c, "dec")[:3])
    century = (ctx.dct.year // 100) if ctx.dct else 19
    short = int(_g(c, "short"))
    if ctx.dct and century * 100 + short > ctx.dct.year:
        century -= 1
    return Resolved(c.start, c.end, "DATE", f"{century:02d}{short // 10}", "publication")


def _resolve_century(c: Candidate, ctx: Context) -> Resolved | None:
    n = int(_g(c, "cent"))
    if not 1 <= n <= 21:
        return None
    return Resolved(c.start, c.end, "DATE", f"{n - 1:02d}")


def _resolve_quarter(c: Candidate, ctx: Context) -> Resolved | None:
    unit = _low(c, "unit")
    ordw = _low(c, "ord")
    n = _ORDS.get(ordw, 4 if unit == "quarter" else 2)
    code = "Q" if unit == "quarter" else "H"
    year_s = _g(c, "year") or _g(c, "year2")
    anchor = ""
    if year_s:
        year = int(year_s)
    elif ctx.dct is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-{code}{n}")
    else:
        anchor = "publication"
        year = ctx.dct.year
        ryr = _low(c, "ryr")
        if ryr:
            year += {"this": 0, "last": -1, "next": 1}[ryr]
        else:
            current = quarter_of(ctx.dct) if code == "Q" else (1 if ctx.dct.month <= 6 else 2)
            if n > current and not is_future(ctx.text, c.start, c.end):
                year -= 1
            if _g(c, "ago"):
                year -= 1
    if code == "Q" and not _g(c, "ago"):
        ctx.quarter = (year, n)
    return Resolved(c.start, c.end, "DATE", f"{year:04d}-{code}{n}", anchor)


def _resolve_qcode(c: Candidate, ctx: Context) -> Resolved | None:
    q = _g(c, "q") or _g(c, "q2")[::-1]
    code, n = q[0], int(q[1])
    if code == "H" and n > 2:
        return None
    if _g(c, "year"):
        year: int | None = int(_g(c, "year"))
    elif _g(c, "yy"):
        year = _year_of(_g(c, "yy"), ctx.dct)
    else:
        year = ctx.dct.year if ctx.dct else None
    if year is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-{code}{n}")
    return Resolved(c.start, c.end, "DATE", f"{year:04d}-{code}{n}", "" if _g(c, "year") else "publication")


def _resolve_period(c: Candidate, ctx: Context) -> Resolved | None:
    which = _low(c, "which")
    unit = _low(c, "unit")
    if unit == "period" and not which or which in ("same", "recent") or which == "fiscal" and unit == "period":
        return None
    if ctx.dct is None:
        return Resolved(c.start, c.end, "DATE", "XXXX-QX")
    if which == "current":
        yq: tuple[int, int] | None = (ctx.dct.year, quarter_of(ctx.dct))
    else:
        yq = _latest_quarter(ctx)
    if yq is None:
        return None
    year, q = yq
    if _g(c, "year"):
        return Resolved(c.start, c.end, "DATE", f"{_g(c, 'year')}-Q{q}", "publication")
    if "ago" in which or "earlier" in which or "prior" in which or _g(c, "ago"):
        year -= 1
    return Resolved(c.start, c.end, "DATE", f"{year:04d}-Q{q}", "publication")


def _resolve_yearadj(c: Candidate, ctx: Context) -> Resolved | None:
    if ctx.dct is None:
        return None
    yq = ctx.quarter
    if yq:
        return Resolved(c.start, c.end, "DATE", f"{yq[0] - 1:04d}-Q{yq[1]}", "publication")
    return Resolved(c.start, c.end, "DATE", f"{ctx.dct.year - 1:04d}", "publication")


def _resolve_holiday(c: Candidate, ctx: Context) -> Resolved | None:
    name = _low(c, "hol")
    if name[0] != _g(c, "hol")[0].lower() or not _g(c, "hol")[0].isupper():
        return None
    year = int(_g(c, "year")) if _g(c, "year") else (ctx.dct.year if ctx.dct else None)
    if year is None:
        return None
    def on(y: int) -> date:
        if name in LEX["fixed_holidays"]:
            mm, dd = LEX["fixed_holidays"][name].split("-")
            return date(y, int(mm), int(dd))
        month, wd, n = LEX["floating_holidays"][name]
        return nth_weekday(y, month, wd, n)
    d = on(year)
    if not _g(c, "year") and ctx.dct and d > ctx.dct + timedelta(days=30) \
            and not is_future(ctx.text, c.start, c.end):
        d = on(year - 1)
    return Resolved(c.start, c.end, "DATE", ymd(d), "" if _g(c, "year") else "publication")


def _resolve_spelled_year(c: Candidate, ctx: Context) -> Resolved | None:
    year = spelled_year(_g(c, "sy"))
    if year is None or not 1000 <= year <= 2100:
        return None
    return Resolved(c.start, c.end, "DATE", f"{year:04d}")


def _resolve_theyear(c: Candidate, ctx: Context) -> Resolved | None:
    """for/in/during the year: a year-long period (P1Y); the full/entire/calendar year: the publication year."""
    if _low(c, "which") in ("", "fiscal"):
        return Resolved(c.start, c.end, "DURATION", "P1Y")
    if ctx.dct is None:
        return None
    return Resolved(c.start, c.end, "DATE", f"{ctx.dct.year:04d}", "publication")
