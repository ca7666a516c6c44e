"""Temporal expressions in article text and their resolution to a date interval.

``find_temporal_expressions`` finds absolute dates ("January 20", "Jan. 27", "20 January 2025"), weekday
references ("on Monday", "Monday's trading"), relative phrases ("yesterday", "this week", "last November",
"earlier this month"), expressions anchored on another event ("days after X", "the weekend following X") and
bare years, and resolves each to an inclusive interval ``date_start``–``date_end`` with a precision. It never
invents an exact day: what is only known to a week, a month or a range is returned as such.

The regular expressions and calendar helpers live in :mod:`analysis.temporal_patterns`.

Resolution uses an *anchor*: the publication date, else ``published_earliest``, else the latest complete date
stated earlier in the text (or passed in ``context_dates``). "X" in "days after X" is the most recent absolute
day stated before it in the same text (or a date later in the same sentence); there is no guessing across
documents. Pure functions, no pandas.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from analysis.lexicon import groups_in, noun_groups
from analysis.time.dates import find_dates
from analysis.time.patterns import (
    _ANCHORED,
    _WEEKDAY_NAMES,
    _add_months,
    _as_date,
    _candidates,
    _Hit,
    _is_future,
    _month_end,
    _month_no,
    _named_month,
    _number,
    _part_of_month,
    _sentence_bounds,
    _week_of,
    _yearless,
)

Precision = Literal["day", "range", "week", "month", "year"]
Kind = Literal["absolute", "weekday", "relative", "month", "year", "after_event"]
AnchorSource = Literal["published", "published_earliest", "text", "none"]

#: "days after X" spans at most this many days after X (and never past the anchor).
DAYS_AFTER_SPAN = 13


@dataclass(frozen=True)
class TemporalExpression:
    """One temporal expression found in a text.

    ``start``/``end`` are offsets into the text given; ``date_start``/``date_end`` an inclusive interval
    (both None when it cannot be resolved); ``precision`` how exact the interval is; ``kind`` what sort of
    expression it is; ``basis`` a sentence saying how it was resolved; ``anchor`` the date it was resolved
    against; ``ref_start`` the offset of the date an anchored expression ("days after X") used as X.
    """

    expression: str
    start: int
    end: int
    date_start: date | None
    date_end: date | None
    precision: Precision
    kind: Kind
    basis: str = ""
    anchor: date | None = None
    ref_start: int | None = None

    @property
    def resolved(self) -> bool:
        return self.date_start is not None and self.date_end is not None

    @property
    def eventful(self) -> bool:
        """Whether a sentence carrying this expression can be placed on a timeline (years alone cannot)."""
        return self.resolved and self.precision != "year"


@dataclass(frozen=True)
class _Anchor:
    day: date | None
    source: AnchorSource

    def describe(self) -> str:
        if self.day is None:
            return "no publication date and no earlier date in the text"
        return {
            "published": f"publication date {self.day.isoformat()}",
            "published_earliest": f"earliest possible publication date {self.day.isoformat()}",
            "text": f"latest date stated earlier in the text, {self.day.isoformat()}",
            "none": "",
        }[self.source]


def resolve_anchor(
    published: date | None, earliest: date | None = None, text_before: str = "", context_dates: Sequence[date] = ()
) -> date | None:
    """The date relative expressions are resolved against: ``published``, else ``earliest``, else the latest
    complete date (with a year) stated in ``text_before`` or given in ``context_dates``; None if none."""
    return _anchor(published, earliest, text_before, context_dates).day


def _anchor(
    published: object,
    earliest: object,
    text_before: str,
    context_dates: Sequence[date],
    stated_before: Sequence[date] | None = None,
) -> _Anchor:
    pub, first = _as_date(published), _as_date(earliest)
    if pub is not None:
        return _Anchor(pub, "published")
    if first is not None:
        return _Anchor(first, "published_earliest")
    in_text = list(stated_before) if stated_before is not None else [d for d, *_ in find_dates(text_before)]
    stated = in_text + [d for d in (_as_date(c) for c in context_dates) if d]
    if stated:
        return _Anchor(max(stated), "text")
    return _Anchor(None, "none")


# ----------------------------------------------------------------------------------------------- resolution


def _expr(hit: _Hit, text: str, start: date | None, end: date | None, precision: Precision, kind: Kind,
          basis: str, anchor: date | None, ref_start: int | None = None) -> TemporalExpression:
    return TemporalExpression(text[hit.start : hit.end], hit.start, hit.end, start, end, precision, kind, basis,
                              anchor, ref_start)


def _unresolved(hit: _Hit, text: str, kind: Kind, precision: Precision, why: str) -> TemporalExpression:
    return _expr(hit, text, None, None, precision, kind, f"unresolved: {why}", None)


def _resolve_simple(hit: _Hit, text: str, anc: _Anchor) -> TemporalExpression | None:
    g = hit.groups
    a = anc.day
    how = anc.describe()
    if hit.name == "full":
        d = date.fromisoformat(str(g["iso"]))
        return _expr(hit, text, d, d, "day", "absolute", "date stated in full", a)
    if hit.name == "year":
        y = int(str(g["year"]))
        return _expr(hit, text, date(y, 1, 1), date(y, 12, 31), "year", "year", "year stated alone", a)
    if hit.name == "month_year":
        y, mo = int(str(g["year"])), _month_no(str(g["month"]))
        return _expr(hit, text, date(y, mo, 1), _month_end(y, mo), "month", "month", "month and year stated", a)
    if hit.name in ("md", "dm", "day_range", "part_month"):
        mo = _month_no(str(g["month"]))
        year = int(g["year"]) if g.get("year") else None
        if hit.name == "part_month":
            if year is None:
                if a is None:
                    return _unresolved(hit, text, "month", "range", how)
                year, mo = _named_month(mo, a, "future" if _is_future(text, hit.start) else "past")
            s, e = _part_of_month(str(g["part"]), year, mo)
            return _expr(hit, text, s, e, "range", "month", f"part of a month ({how})" if g.get("year") is None else "part of a month", a)
        if hit.name == "day_range":
            d1, d2 = int(str(g["d1"])), int(str(g["d2"]))
            if year is None:
                if a is None:
                    return _unresolved(hit, text, "absolute", "range", how)
                s0 = _yearless(mo, d1, a)
                year = s0.year if s0 else a.year
            try:
                s, e = date(year, mo, d1), date(year, mo, d2)
            except ValueError:
                return None
            if e < s:
                return None
            return _expr(hit, text, s, e, "range", "absolute", "range of days" + ("" if g.get("year") else f", year from {how}"), a)
        day = int(str(g["day"]))
        if not 1 <= day <= 31:
            return None
        if a is None:
            return _unresolved(hit, text, "absolute", "day", f"no year: {how}")
        d = _yearless(mo, day, a)
        if d is None:
            return None
        return _expr(hit, text, d, d, "day", "absolute", f"day and month stated, year from {how}", a)
    if hit.name == "rel_month":
        mo = _month_no(str(g["month"]))
        mod = str(g["mod"]).lower()
        if a is None:
            return _unresolved(hit, text, "month", "month", how)
        if mod in ("last", "past", "this past"):
            mode: Literal["past", "strict_past", "future", "this"] = "strict_past"
        elif mod in ("next", "this coming"):
            mode = "future"
        elif mod == "this":
            mode = "this"
        elif mod in ("until", "later in") or _is_future(text, hit.start):
            mode = "future"
        else:
            mode = "past"
        y, mo = _named_month(mo, a, mode)
        return _expr(hit, text, date(y, mo, 1), _month_end(y, mo), "month", "month",
                     f"{'next' if mode == 'future' else 'most recent'} {calendar.month_name[mo]} relative to {how}", a)
    if hit.name == "weekday":
        wd = _WEEKDAY_NAMES.index(str(g["weekday"]))
        if a is None:
            return _unresolved(hit, text, "weekday", "day", how)
        mod = (g.get("mod") or "").lower()
        back = (a.weekday() - wd) % 7
        if mod in ("next", "this coming") or (not mod and _is_future(text, hit.start)):
            fwd = (wd - a.weekday()) % 7
            if mod == "next" and fwd == 0:
                fwd = 7
            d = a + timedelta(days=fwd)
            basis = f"next {_WEEKDAY_NAMES[wd]} on or after {how}"
        else:
            if mod in ("last", "this past") and back == 0:
                back = 7
            d = a - timedelta(days=back)
            basis = f"most recent {_WEEKDAY_NAMES[wd]} {'before' if mod else 'on or before'} {how}"
        return _expr(hit, text, d, d, "day", "weekday", basis, a)
    if hit.name == "rel_day":
        if a is None:
            return _unresolved(hit, text, "relative", "day", how)
        word = re.sub(r"\s+", " ", str(g["word"]).lower())
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        d = a + timedelta(days=offset)
        return _expr(hit, text, d, d, "day", "relative", f"'{word}' relative to {how}", a)
    if hit.name == "ago":
        if a is None:
            return _unresolved(hit, text, "relative", "day", how)
        n = _number(g["num"]) or 1
        unit = str(g["unit"]).lower().rstrip("s")
        if unit == "day":
            d = a - timedelta(days=n)
            return _expr(hit, text, d, d, "day", "relative", f"{n} day(s) before {how}", a)
        if unit == "week":
            c = a - timedelta(days=7 * n)
            return _expr(hit, text, c - timedelta(days=3), c + timedelta(days=3), "week", "relative", f"about {n} week(s) before {how}", a)
        if unit == "month":
            y, mo = _add_months(a.year, a.month, -n)
            return _expr(hit, text, date(y, mo, 1), _month_end(y, mo), "month", "relative", f"{n} month(s) before {how}", a)
        y = a.year - n
        return _expr(hit, text, date(y, 1, 1), date(y, 12, 31), "year", "year", f"{n} year(s) before {how}", a)
    if hit.name == "rel_period":
        if a is None:
            unit_precision: dict[str, Precision] = {"week": "week", "weekend": "range", "month": "month", "year": "year"}
            return _unresolved(hit, text, "relative", unit_precision[str(g["unit"]).lower()], how)
        mod = re.sub(r"\s+", " ", str(g["mod"]).lower())
        unit = str(g["unit"]).lower()
        return _resolve_period(hit, text, mod, unit, a, how)
    return None


def _resolve_period(hit: _Hit, text: str, mod: str, unit: str, a: date, how: str) -> TemporalExpression | None:
    shift = {"last": -1, "previous": -1, "the previous": -1, "next": 1, "the coming": 1}.get(mod, 0)
    if unit == "week":
        if mod in ("the past", "this past"):
            return _expr(hit, text, a - timedelta(days=7), a, "range", "relative", f"the 7 days up to {how}", a)
        mon, sun = _week_of(a + timedelta(days=7 * shift))
        if mod == "earlier this":
            sun = max(mon, a - timedelta(days=1))
        elif mod == "later this":
            mon = min(sun, a + timedelta(days=1))
        return _expr(hit, text, mon, sun, "week", "relative", f"'{mod} week' (Monday to Sunday) relative to {how}", a)
    if unit == "weekend":
        # The most recent Saturday–Sunday on or before the anchor ("over the weekend", "last weekend").
        back = (a.weekday() - 5) % 7
        sat = a - timedelta(days=back)
        if shift > 0 or (mod == "this" and _is_future(text, hit.start)):
            sat = a + timedelta(days=(5 - a.weekday()) % 7 or 7)
        elif mod in ("last", "previous", "the previous") and a.weekday() >= 5:
            sat = sat - timedelta(days=7)
        return _expr(hit, text, sat, sat + timedelta(days=1), "range", "relative", f"weekend relative to {how}", a)
    if unit == "month":
        if mod in ("the past", "this past"):
            return _expr(hit, text, a - timedelta(days=30), a, "range", "relative", f"the 30 days up to {how}", a)
        y, mo = _add_months(a.year, a.month, shift)
        s, e = date(y, mo, 1), _month_end(y, mo)
        if mod == "earlier this":
            return _expr(hit, text, s, max(s, a - timedelta(days=1)), "range", "relative", f"earlier in the month of {how}", a)
        if mod == "later this":
            return _expr(hit, text, min(e, a + timedelta(days=1)), e, "range", "relative", f"later in the month of {how}", a)
        return _expr(hit, text, s, e, "month", "relative", f"'{mod} month' relative to {how}", a)
    if mod in ("the past", "this past"):
        return _expr(hit, text, a - timedelta(days=365), a, "year", "relative", f"the year up to {how}", a)
    y = a.year + shift
    s, e = date(y, 1, 1), date(y, 12, 31)
    if mod == "earlier this":
        e = max(s, a - timedelta(days=1))
    elif mod == "later this":
        s = min(e, a + timedelta(days=1))
    return _expr(hit, text, s, e, "year", "relative", f"'{mod} year' relative to {how}", a)


def _pick_reference(
    text: str, hit: _Hit, earlier: list[TemporalExpression], later_same_sentence: list[TemporalExpression]
) -> TemporalExpression | None:
    """X of "days after X": a day stated later in the same sentence; else the most recent earlier dated
    sentence that tells an event of X's kind ("the selloff" → a sentence with "fell"); else the most recent
    earlier absolute date."""
    if later_same_sentence:
        return later_same_sentence[0]
    phrase = re.split(r"[,.;:—–(]", text[hit.end : hit.end + 80], maxsplit=1)[0]
    wanted = noun_groups(phrase)
    if wanted:
        for e in reversed(earlier):
            if e.start < 0:
                continue
            s, t = _sentence_bounds(text, e.start)
            if groups_in(text[s:t]) & wanted:
                return e
    absolute = [e for e in earlier if e.kind == "absolute"]
    return absolute[-1] if absolute else None


def _resolve_anchored(
    hit: _Hit, text: str, anc: _Anchor, earlier: list[TemporalExpression], later_same_sentence: list[TemporalExpression]
) -> TemporalExpression | None:
    """'days after X', 'the weekend following X', 'the next day': X is the most recent absolute day before (or,
    for 'after X', a day stated later in the same sentence)."""
    g = hit.groups
    a = anc.day
    ref: TemporalExpression | None = None
    if hit.name in ("after_event", "weekend_after"):
        ref = _pick_reference(text, hit, earlier, later_same_sentence)
    else:
        ref = earlier[-1] if earlier else None
    if hit.name == "later_n":
        if ref is None or ref.date_start is None:
            return _unresolved(hit, text, "after_event", "range", "the date it counts from is not stated in this text")
        n = _number(g["num"]) or 1
        unit = str(g["unit"]).lower().rstrip("s")
        x = ref.date_end or ref.date_start
        basis = f"{n} {unit}(s) after {ref.expression!r} ({x.isoformat()})"
        if unit == "day":
            d = x + timedelta(days=n)
            return _expr(hit, text, d, d, "day", "after_event", basis, a, ref.start)
        if unit == "week":
            c = x + timedelta(days=7 * n)
            return _expr(hit, text, c - timedelta(days=3), c + timedelta(days=3), "week", "after_event", basis, a, ref.start)
        y, mo = _add_months(x.year, x.month, n)
        return _expr(hit, text, date(y, mo, 1), _month_end(y, mo), "month", "after_event", basis, a, ref.start)
    if hit.name == "same_ref":
        which = re.sub(r"\s+", " ", str(g["which"]).lower())
        if ref is None or ref.date_start is None:
            return _unresolved(hit, text, "after_event", "day", f"'{which}' refers to a date this text does not state")
        x = ref.date_start
        basis = f"'{which}' after {ref.expression!r} ({x.isoformat()})"
        if which in ("the same day", "that same day", "later that day"):
            return _expr(hit, text, x, x, "day", "after_event", basis, a, ref.start)
        if which in ("the following day", "the next day", "the day after", "a day later", "one day later"):
            d = x + timedelta(days=1)
            return _expr(hit, text, d, d, "day", "after_event", basis, a, ref.start)
        if which in ("the previous day", "the day before", "a day earlier", "one day earlier"):
            d = x - timedelta(days=1)
            return _expr(hit, text, d, d, "day", "after_event", basis, a, ref.start)
        if which == "later that week":
            mon, sun = _week_of(x)
            return _expr(hit, text, min(sun, x + timedelta(days=1)), sun, "week", "after_event", basis, a, ref.start)
        if which in ("the following week", "the next week"):
            mon, sun = _week_of(x + timedelta(days=7))
            return _expr(hit, text, mon, sun, "week", "after_event", basis, a, ref.start)
        if which == "the previous week":
            mon, sun = _week_of(x - timedelta(days=7))
            return _expr(hit, text, mon, sun, "week", "after_event", basis, a, ref.start)
        # "days later" / "weeks later"
        span = DAYS_AFTER_SPAN if which.startswith("days") else 60
        end = x + timedelta(days=span)
        if a is not None and a > x:
            end = min(end, a)
        return _expr(hit, text, x + timedelta(days=1), max(end, x + timedelta(days=1)), "range", "after_event", basis, a, ref.start)
    if hit.name == "weekend_after":
        if ref is None or ref.date_start is None:
            if a is None:
                return _unresolved(hit, text, "after_event", "range", "the event it follows has no date in this text")
            return _expr(hit, text, a - timedelta(days=13), a, "range", "after_event",
                         f"the event it follows has no date in this text: the two weeks up to {anc.describe()}", a)
        x = ref.date_end or ref.date_start
        sat = x + timedelta(days=(5 - x.weekday()) % 7 or 7) if x.weekday() != 5 else x + timedelta(days=7)
        if x.weekday() == 6:
            sat = x + timedelta(days=6)
        return _expr(hit, text, sat, sat + timedelta(days=1), "range", "after_event",
                     f"the weekend after {ref.expression!r} ({x.isoformat()})", a, ref.start)
    # after_event: "<quantity> <unit> after/following/before X"
    q = re.sub(r"\s+", " ", str(g["q"]).lower())
    unit = str(g["unit"]).lower().rstrip("s")
    rel = str(g["rel"]).lower()
    qty_m = re.search(r"(a couple of|a few|several|two|three|four|five|six|seven|\d{1,2}|an|a|one)\s+\w+$", q)
    qty_word = qty_m.group(1) if qty_m else None
    n = _number(qty_word) if qty_word not in (None, "a few", "several") else None
    if ref is None or ref.date_start is None:
        if a is None:
            return _unresolved(hit, text, "after_event", "range", "the event it refers to has no date in this text")
        return _expr(hit, text, a - timedelta(days=13), a, "range", "after_event",
                     f"the event it refers to has no date in this text: the two weeks up to {anc.describe()}", a)
    x = ref.date_end if rel != "before" else ref.date_start
    assert x is not None
    sign = -1 if rel == "before" else 1
    basis = f"{q} {rel} {ref.expression!r} ({x.isoformat()})"
    if unit == "hour":
        s, e = sorted((x, x + timedelta(days=sign)))
        return _expr(hit, text, s, e, "range", "after_event", basis, a, ref.start)
    if unit == "day" and n is not None:
        d = x + timedelta(days=sign * n)
        return _expr(hit, text, d, d, "day", "after_event", basis, a, ref.start)
    if unit == "week" and n is not None:
        c = x + timedelta(days=sign * 7 * n)
        return _expr(hit, text, c - timedelta(days=3), c + timedelta(days=3), "week", "after_event", basis, a, ref.start)
    if unit == "month" and n is not None:
        y, mo = _add_months(x.year, x.month, sign * n)
        return _expr(hit, text, date(y, mo, 1), _month_end(y, mo), "month", "after_event", basis, a, ref.start)
    span = {"day": DAYS_AFTER_SPAN, "week": 60, "month": 365}.get(unit, DAYS_AFTER_SPAN)
    if sign > 0:
        s = x + timedelta(days=1)
        e = x + timedelta(days=span)
        if a is not None and a >= s:
            e = min(e, a)
    else:
        e = x - timedelta(days=1)
        s = x - timedelta(days=span)
    return _expr(hit, text, s, e, "range", "after_event", basis, a, ref.start)


def find_temporal_expressions(
    text: str,
    published: date | None,
    earliest: date | None = None,
    context_dates: Sequence[date] = (),
) -> list[TemporalExpression]:
    """Every temporal expression in ``text``, in order, each resolved to an interval (or left unresolved).

    ``published``/``earliest`` are the document's publication date and earliest possible date (dates,
    datetimes or pandas Timestamps; None/NaT when unknown). ``context_dates`` are complete dates stated
    earlier in the same document when ``text`` is only a part of it (e.g. one sentence): they serve as the
    fallback anchor and as "X" for "days after X". Nothing is guessed from other documents.
    """
    full_dates = list(find_dates(text))
    hits = _candidates(text, full_dates)

    def anchor_at(pos: int) -> _Anchor:
        before = [d for d, s, _e, _w in full_dates if s < pos]
        return _anchor(published, earliest, "", context_dates, before)

    ctx = sorted(d for d in (_as_date(c) for c in context_dates) if d is not None)
    ctx_exprs = [TemporalExpression(d.isoformat(), -1, -1, d, d, "day", "absolute", "context date") for d in ctx]
    simple: dict[int, TemporalExpression] = {}
    for i, hit in enumerate(hits):
        if hit.name in _ANCHORED:
            continue
        anc = anchor_at(hit.start)
        resolved = _resolve_simple(hit, text, anc)
        if resolved is not None:
            simple[i] = resolved
    out: list[TemporalExpression] = []
    for i, hit in enumerate(hits):
        if i in simple:
            out.append(simple[i])
            continue
        if hit.name not in _ANCHORED:
            continue
        anc = anchor_at(hit.start)
        days = [e for e in [*simple.values(), *out] if e.precision == "day" and e.resolved]
        earlier = ctx_exprs + sorted((e for e in days if e.end <= hit.start), key=lambda e: e.start)
        _, sent_end = _sentence_bounds(text, hit.end)
        later = sorted(
            (e for e in days if e.kind == "absolute" and hit.end <= e.start < min(sent_end, hit.end + 120)),
            key=lambda e: e.start,
        )
        resolved = _resolve_anchored(hit, text, anc, earlier, later)
        if resolved is not None:
            out.append(resolved)
    return sorted(out, key=lambda e: e.start)
