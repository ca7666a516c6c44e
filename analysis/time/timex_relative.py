"""Normalisation of relative expressions, times of day, durations, sets and vague references for
:mod:`analysis.time.timex` (the absolute ones are in :mod:`analysis.time.timex_resolve`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .timex_calendar import add_months, add_quarters, quarter_of, week_value, weekday_date, ym, ymd
from .timex_patterns import LEX, Candidate, number_value, spelled_year
from .timex_resolve import (
    _CAP_BEFORE,
    _POD,
    _PREP_BEFORE,
    _SEASONS,
    _TIME_UNITS,
    _UNITS,
    _WEEKDAYS,
    Context,
    Resolved,
    _clock,
    _g,
    _is_name,
    _low,
    _narrative,
    _publication,
    is_future,
)

_SEASON_ORDER = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: "N units earlier" is a date (a shifted year or quarter) for these units, a duration ("three days") for others.
_CALENDAR_UNITS = {"year", "quarter", "decade", "century"}
_DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _unit_key(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    if w.startswith("millenni"):
        return "millennium"
    return w[:-1] if w.endswith("s") and w[:-1] in _UNITS else w


_SMALLER = {"year": (12, "M"), "month": (30, "D"), "week": (7, "D"), "day": (24, "H"), "hour": (60, "M"),
            "minute": (60, "S")}


def _duration_value(n: float | None, unit: str) -> str:
    letter = _UNITS[unit]
    if n is not None and n != int(n) and unit in _SMALLER:
        k, small = _SMALLER[unit]
        whole, part = int(n), round((n - int(n)) * k)
        head = f"{whole}{letter}" if whole else ""
        if unit in _TIME_UNITS:
            return f"PT{head}{part}{small}"
        if unit == "day":
            return f"P{head}T{part}{small}"
        return f"P{head}{part}{small}"
    count = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit in _TIME_UNITS:
        return f"PT{count}{letter}"
    if letter == "Q" and n is not None and n == int(n):
        return f"P{int(n) * 3}M"
    if letter == "DE":
        return f"P{count}0Y" if n is not None and n == int(n) and count != "X" else "PXDE"
    if letter == "CE":
        return f"P{count}00Y" if count != "X" else "PXE"
    if letter == "ML":
        return f"P{count}000Y" if count != "X" else "PXML"
    return f"P{count}{letter}"


def _shifted(ref: date, unit: str, k: int) -> str:
    """The TIMEX3 value of the ``unit``-sized period ``k`` units away from ``ref`` (k < 0: in the past)."""
    if unit in ("day", "weekend"):
        return ymd(ref + timedelta(days=k))
    if unit == "week":
        return week_value(ref + timedelta(weeks=k))
    if unit == "month":
        return ym(*add_months(ref.year, ref.month, k))
    if unit == "quarter":
        y, q = add_quarters(ref.year, quarter_of(ref), k)
        return f"{y:04d}-Q{q}"
    if unit == "decade":
        return f"{(ref.year + 10 * k) // 10:03d}"
    if unit == "century":
        return f"{(ref.year + 100 * k) // 100:02d}"
    if unit == "hour":
        return ymd(ref) + "TXX:XX"
    return f"{ref.year + k:04d}"


def _season_value(code: str, ref: date, rel: str, future: bool) -> str:
    year = ref.year
    start = _SEASON_ORDER[code]
    if rel in ("last", "past", "this past", "previous"):
        if ref.month < start + 3 and not (code == "WI" and ref.month <= 2):
            year -= 1
    elif rel in ("next", "coming", "this coming"):
        if ref.month >= start:
            year += 1
    elif not rel and not future and ref.month < start and code != "WI":
        year -= 1
    if code == "WI" and ref.month <= 2:
        year -= 1
    return f"{year:04d}-{code}"


def resolve_dayword(c: Candidate, ctx: Context) -> Resolved | None:
    rel = _low(c, "rel")
    if rel == "today" and _is_name(ctx, c):
        return None
    ref, anchor = _publication(ctx)
    if ref is None:
        return Resolved(c.start, c.end, "DATE", "PRESENT_REF" if rel in ("today", "tonight") else "XXXX-XX-XX")
    shift = _DAY_SHIFT[rel]
    if _g(c, "ba"):
        shift += -1 if _low(c, "ba") == "before" else 1
    d = ref + timedelta(days=shift)
    pod = _low(c, "pod")
    if rel == "tonight" and not pod:
        pod = "night"
    if pod:
        return Resolved(c.start, c.end, "TIME", ymd(d) + "T" + _POD[pod], anchor)
    return Resolved(c.start, c.end, "DATE", ymd(d), anchor)


def resolve_weekday(c: Candidate, ctx: Context) -> Resolved | None:
    if _is_name(ctx, c):
        return None
    wd = _WEEKDAYS[_low(c, "wd")]
    rel = _low(c, "rel")
    pod = _low(c, "pod")
    pod_code = "T" + _POD[pod] if pod else ""
    if rel in ("every", "each") or _g(c, "plural") or _g(c, "plural2"):
        return Resolved(c.start, c.end, "SET", f"XXXX-WXX-{wd}{pod_code}")
    ref, anchor = _publication(ctx)
    if ref is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-WXX-{wd}{pod_code}")
    if rel in ("last", "this past"):
        d = weekday_date(ref, wd, "last")
    elif rel in ("next", "this coming"):
        d = weekday_date(ref, wd, "next")
    elif rel == "this" or is_future(ctx.text, c.start, c.end):
        d = weekday_date(ref, wd, "future")
    else:
        d = weekday_date(ref, wd, "past")
    ctx.narrative, ctx.narrative_value = d, ymd(d)
    if pod:
        return Resolved(c.start, c.end, "TIME", ymd(d) + pod_code, anchor)
    return Resolved(c.start, c.end, "DATE", ymd(d), anchor)


def resolve_clock(c: Candidate, ctx: Context) -> Resolved | None:
    """clock_date / noon: a time of day, on a named day when one is attached."""
    if c.kind == "noon":
        word = _low(c, "noon")
        clock = "T24:00" if word == "midnight" else "T12:00"
        wd_word = _g(c, "wd") or _g(c, "wd2")
        rel = _low(c, "rel") or _low(c, "rel0")
    else:
        clock = _clock(c) or ""
        wd_word = _g(c, "wd")
        rel = _low(c, "rel")
        start = c.start
        lead = re.match(r"(?i)(?:about|around|at|by|until|before|after)\s+", ctx.text[c.start:c.end])
        if lead and lead.group(0).strip().lower() not in ("about", "around"):
            start += lead.end()
        c = Candidate(c.kind, start, c.end, c.groups)
    ref, anchor = _narrative(ctx) if not (wd_word or rel) else _publication(ctx)
    if ref is None:
        return Resolved(c.start, c.end, "TIME", "XXXX-XX-XX" + clock)
    if wd_word:
        wd = _WEEKDAYS[wd_word.lower()]
        d = weekday_date(ref, wd, "future" if is_future(ctx.text, c.start, c.end) else "past")
    elif rel:
        d = ref + timedelta(days=_DAY_SHIFT[rel])
    elif _g(c, "mon"):
        from .timex_resolve import _month_no, _yearless_day
        d = _yearless_day(_month_no(_g(c, "mon")), int(_g(c, "day")), ctx, is_future(ctx.text, c.start, c.end)) or ref
    else:
        d = ref
    return Resolved(c.start, c.end, "TIME", ymd(d) + clock, anchor)


def resolve_relunit(c: Candidate, ctx: Context) -> Resolved | None:
    """this/last/next/the past ... + week, month, year, quarter, season or part of day."""
    rel = _low(c, "rel")
    words = rel.split(" ")
    base = words[-1]
    unit = _low(c, "unit")
    season = _low(c, "season")
    pod = _low(c, "pod")
    anaphoric = base in ("previous", "following", "that") or rel in ("the same",)
    ref, anchor = _narrative(ctx, unit) if anaphoric else _publication(ctx)
    if ref is None:
        return None
    if season:
        code = _SEASONS[season]
        if anaphoric and base == "that":
            return Resolved(c.start, c.end, "DATE", f"{ref.year:04d}-{code}", anchor)
        return Resolved(c.start, c.end, "DATE",
                        _season_value(code, ref, "this past" if rel == "this past" else base,
                                      is_future(ctx.text, c.start, c.end)), anchor)
    if pod:
        shift = {"last": -1, "next": 1, "following": 1, "previous": -1}.get(base, 0)
        if base in ("past", "coming") or rel in ("the next", "the last", "the latest", "the most recent"):
            return None
        return Resolved(c.start, c.end, "TIME", ymd(ref + timedelta(days=shift)) + "T" + _POD[pod], anchor)
    if rel in ("the past", "the last", "the next", "the coming"):
        if unit == "year" and rel in ("the past", "the last"):
            return Resolved(c.start, c.end, "DATE", _shifted(ref, "year", -1), anchor)
        return Resolved(c.start, c.end, "DURATION", _duration_value(1, unit))
    if unit == "weekend":
        return None
    if base in ("last", "previous", "past") and rel != "this past":
        k = -1
    elif base in ("next", "following", "coming") and rel != "this coming":
        k = 1
    elif rel in ("the latest", "the most recent"):
        if unit != "quarter":
            return None
        if ctx.quarter:
            return Resolved(c.start, c.end, "DATE", f"{ctx.quarter[0]:04d}-Q{ctx.quarter[1]}", anchor)
        k = -1
    elif base == "earlier" or base == "later":
        return None
    else:
        k = 0
    if rel == "this past":
        k = -1 if unit in ("week", "month") else 0
    if unit == "quarter" and ctx.quarter and k == 0 and base not in ("this", "current"):
        return Resolved(c.start, c.end, "DATE", f"{ctx.quarter[0]:04d}-Q{ctx.quarter[1]}", anchor)
    return Resolved(c.start, c.end, "DATE", _shifted(ref, unit, k), anchor)


def resolve_thepart(c: Candidate, ctx: Context) -> Resolved | None:
    """the summer / summer 2024 / the winter of 1994 / the morning."""
    text = ctx.text[c.start:c.end].lower()
    has_det = text.startswith("the ")
    season = _low(c, "season")
    pod = _low(c, "pod")
    year_s = _g(c, "year") or (str(spelled_year(_g(c, "sy")) or "") if _g(c, "sy") else "")
    rel = _low(c, "rel")
    if not (has_det or year_s or rel or _g(c, "mod")):
        if not _PREP_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]) or pod:
            return None
        if season == "fall" and not re.search(r"(?i)\b(?:in|during|this|last|next|since|until|by)\s+$",
                                             ctx.text[max(0, c.start - 10):c.start]):
            return None
    ref, anchor = _publication(ctx)
    if pod:
        if year_s or rel or not has_det or pod == "night":
            return None
        ref, anchor = _narrative(ctx)
        if ref is None:
            return None
        return Resolved(c.start, c.end, "TIME", ymd(ref) + "T" + _POD[pod], anchor)
    code = _SEASONS[season]
    if year_s:
        return Resolved(c.start, c.end, "DATE", f"{int(year_s):04d}-{code}")
    if ref is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-{code}")
    if rel:
        year = ref.year + {"this": 0, "last": -1, "next": 1}[rel]
        return Resolved(c.start, c.end, "DATE", f"{year:04d}-{code}", anchor)
    return Resolved(c.start, c.end, "DATE", _season_value(code, ref, "", is_future(ctx.text, c.start, c.end)), anchor)


def resolve_inunit(c: Candidate, ctx: Context) -> Resolved | None:
    """earlier in the year / the end of this month / year-end."""
    ref, anchor = _publication(ctx)
    if ref is None:
        return None
    if _g(c, "yearend"):
        year = ref.year
        if re.search(r"(?i)\b(?:since|from)\s+$", ctx.text[max(0, c.start - 8):c.start]):
            year -= 1
        return Resolved(c.start, c.end, "DATE", f"{year:04d}-12-31", anchor)
    unit = _low(c, "unit") or _low(c, "unit2")
    rel2 = _low(c, "rel2")
    k = {"last": -1, "next": 1}.get(rel2, 0)
    return Resolved(c.start, c.end, "DATE", _shifted(ref, unit, k), anchor)


def resolve_ago(c: Candidate, ctx: Context) -> Resolved | None:
    """N units ago / earlier / later / before / after / from now."""
    unit = _unit_key(_g(c, "unit"))
    if unit not in _UNITS:
        return None
    direction = _low(c, "dir")
    numw = _g(c, "num")
    n = number_value(numw) if numw else None
    plural = _low(c, "unit").endswith("s")
    if numw == "" and not plural:
        n = 1.0
    follow = ctx.text[c.end:c.end + 3]
    before_event = direction in ("before", "after") and follow[:1].isspace() and follow[1:2].isalnum()
    if before_event or direction == "later" or direction == "earlier" and unit not in _CALENDAR_UNITS:
        # TimeML: in "three days later" / "two weeks before the vote" the timex is the duration "three days".
        core_end = c.end - len(_g(c, "dir"))
        while core_end > c.start and ctx.text[core_end - 1].isspace():
            core_end -= 1
        return Resolved(c.start, core_end, "DURATION", _duration_value(n, unit))
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    deictic = direction in ("ago", "from now", "hence")
    ref, anchor = _publication(ctx) if deictic else _narrative(ctx)
    if n is None:
        return Resolved(c.start, c.end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    if ref is None:
        return None
    if unit == "year" and n == 1 and sign < 0 and ctx.quarter and c.start > 0:
        return Resolved(c.start, c.end, "DATE", f"{ctx.quarter[0] - 1:04d}-Q{ctx.quarter[1]}", anchor)
    k = int(n) * sign
    if n != int(n):
        return Resolved(c.start, c.end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    return Resolved(c.start, c.end, "DATE", _shifted(ref, unit, k), anchor)


def resolve_theday(c: Candidate, ctx: Context) -> Resolved | None:
    """the next day / the previous week / that day / earlier that day."""
    which = _low(c, "which") or _low(c, "that") or {"before": "previous", "after": "next"}.get(_low(c, "ba"), "")
    unit = _low(c, "unit") or _low(c, "unit2") or _low(c, "unit3")
    ref, anchor = _narrative(ctx, unit)
    if ref is None:
        return None
    k = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(which.split(" ")[-1], 0)
    if unit in _POD:
        return Resolved(c.start, c.end, "TIME", ymd(ref + timedelta(days=k)) + "T" + _POD[unit], anchor)
    if which in ("next", "following") and unit in ("month", "year", "week") and not ctx.narrative:
        return Resolved(c.start, c.end, "DURATION", _duration_value(1, unit))
    return Resolved(c.start, c.end, "DATE", _shifted(ref, unit, k), anchor)


def resolve_duration(c: Candidate, ctx: Context) -> Resolved | None:
    """N units / the past N units / two-year (hyphenated) / for years (bare plural unit)."""
    if _g(c, "old"):
        return None
    unit = _unit_key(_g(c, "unit"))
    if unit not in _UNITS:
        return None
    if c.kind == "bareunit":
        m = re.search(r"\S+$", ctx.text[c.start:c.end])
        start = c.start + m.start() if m else c.start
        return Resolved(start, c.end, "DURATION", _duration_value(None, unit))
    numw = _g(c, "num")
    if unit == "second" and numw.lower() in ("a", "an"):
        return None
    if unit == "quarter" and (_low(c, "unit").endswith("s") and "-" in ctx.text[c.start:c.end]
                              or re.match(r"\s+of\b", ctx.text[c.end:c.end + 4])):
        return None
    n = number_value(numw) if numw else 1.0
    if n is not None and _g(c, "half"):
        n += 0.5
    start = c.start
    if c.kind == "duration" and _low(c, "det") in ("a", "an") and numw.lower() not in ("a", "an", "few", "couple"):
        start = c.start + len(_g(c, "det")) + 1
        while ctx.text[start].isspace():
            start += 1
    return Resolved(start, c.end, "DURATION", _duration_value(n, unit))


def resolve_set(c: Candidate, ctx: Context) -> Resolved | None:
    """every day / each July / daily / twice a week / $5 million a year."""
    if c.kind == "aunit":
        unit = _low(c, "unit") or _low(c, "unit2")
        if _g(c, "pre"):
            m = re.search(r"(?i)\b(?:a|per)\s", ctx.text[c.start:c.end])
            start = c.start + (m.start() if m else 0)
        else:
            m = re.search(r"(?i)\b(?:a|per)\s", ctx.text[c.start:c.end])
            start = c.start + (m.start() if m else 0)
        return Resolved(start, c.end, "SET", _duration_value(1, unit))
    adv = _low(c, "adv")
    if adv:
        value, typ = LEX["set_adverbs"][adv]
        return Resolved(c.start, c.end, "SET", value)
    if _g(c, "mon"):
        from .timex_resolve import _month_no
        return Resolved(c.start, c.end, "SET", f"XXXX-{_month_no(_g(c, 'mon')):02d}")
    unit = _low(c, "unit")
    if _low(c, "every") == "per" and unit not in _UNITS:
        return None
    if unit in _POD:
        return Resolved(c.start, c.end, "SET", "XXXX-XX-XXT" + _POD[unit])
    if unit in _SEASONS:
        return Resolved(c.start, c.end, "SET", "XXXX-" + _SEASONS[unit])
    if unit == "weekend":
        return Resolved(c.start, c.end, "SET", "XXXX-WXX-WE")
    return Resolved(c.start, c.end, "SET", "P1Q" if unit == "quarter" else _duration_value(1, unit))


def resolve_vague(c: Candidate, ctx: Context) -> Resolved | None:
    word = _low(c, "v")
    value = LEX["vague_refs"].get(word)
    if value is None:
        return None
    if word == "current" and re.match(r"\s+(?i:account|affairs|events|president|chairman|law|rules|system)\b",
                                      ctx.text[c.end:c.end + 12]):
        return None
    units = _low(c, "units")
    if units and units != "years":
        # "recent weeks" / "the coming months": an unspecified number of those units.
        return Resolved(c.start, c.end, "DURATION", _duration_value(None, _unit_key(units)))
    return Resolved(c.start, c.end, "DATE", value)


def resolve_weekend(c: Candidate, ctx: Context) -> Resolved | None:
    text = ctx.text[c.start:c.end]
    start = c.start
    m = re.match(r"(?i)over\s+", text)
    if m:
        start += m.end()
    rel = _low(c, "rel").split(" ")[-1]
    ref, anchor = _publication(ctx)
    if ref is None:
        return None
    future = rel == "next" or (rel in ("the", "this") and is_future(ctx.text, c.start, c.end))
    if future:
        d = weekday_date(ref, 6, "future")
    else:
        d = weekday_date(ref, 6, "past") if ref.isoweekday() < 6 else ref
        if rel == "last" and ref.isoweekday() >= 6:
            d = ref - timedelta(days=7)
    return Resolved(start, c.end, "DATE", week_value(d) + "-WE", anchor)
