"""Periods counted from a date: a working week, the past N sessions or weeks, the first months or weeks of a
period, the coming days, and shifts stated from a date ("two years earlier", "a week later", "a week ago today")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pandas as pd

from analysis.time.timex_calendar import WORKING_DAYS, interval
from analysis.time.timex_context import is_future
from analysis.time.timex_patterns import LEX
from analysis.timeline.dated.model import (
    DAY_VALUE,
    MONTH_VALUE,
    OUTLOOK,
    SESSIONS_BEFORE,
    Precision,
    TemporalExpression,
    precision_of,
)


COUNTED = re.compile(r"^PT?\d+(?P<unit>[DWM])$")


#: "the first seven months" of a year, and the year after it.
_FIRST = re.compile(r"^the\s+(?:(?P<first>first)|last|final)\s+", re.IGNORECASE)


_OF_YEAR = re.compile(r"\s+of\s+(?:the\s+year|this\s+year|(?P<year>(?:19|20)\d\d))\b", re.IGNORECASE)


#: A span from now: "the next two weeks", "the coming ten days".
_COMING = re.compile(r"^(?:the\s+)?(?:next|coming)\s+", re.IGNORECASE)


def working_week(monday: date, dct: date | None, future: bool) -> tuple[date, date]:
    """The days a week (starting on ``monday``) places an event on: its working days, Monday to Friday, as news
    of a week's trading, rulings and releases tells them; the week of the publication date, in a clause not about
    the future, only up to that date ("the stock fell 9% this week" in a Thursday article: Monday to Thursday)."""
    friday = monday + timedelta(days=WORKING_DAYS - 1)
    if dct is not None and monday <= dct <= monday + timedelta(days=6) and not future:
        return monday, min(dct, friday)
    return monday, friday


#: The first or last sessions of a week named right after: "lost 9.8% in the first three sessions of last week", "the
#: last two trading days of this week".
_SESSIONS_OF = re.compile(r"\bthe\s+(?P<side>first|last|final|opening|closing)\s+(?P<n>\w+)\s+(?:trading\s+)?"
                          r"(?:sessions|days)\s+of\s+$", re.IGNORECASE)


def sessions_of_week(text: str, start: int, first: date, last: date) -> tuple[date, date] | None:
    """The days of the working week ``first``..``last`` (the week at ``text[start:]``) that "the first three sessions
    of" or "the last two trading days of" right before it name, else None (fewer working days than it counts, too)."""
    m = _SESSIONS_OF.search(text, max(0, start - 50), start)
    n = count_of(m.group("n")) if m else None
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    days = [d for d in days if d.isoweekday() <= WORKING_DAYS]
    if m is None or n is None or not 1 <= n < len(days):
        return None
    picked = days[:n] if m.group("side").lower() in ("first", "opening") else days[-n:]
    return picked[0], picked[-1]


def anchored_precision(value: str, start: date, end: date) -> Precision:
    """The precision of an expression anchored on another date: a counted duration ("two weeks later") keeps
    its unit, a date value ("the weekend following X") its own, "days after X" is a range."""
    counted = COUNTED.match(value)
    if start == end:
        return "day"
    if counted and counted.group("unit") in ("W", "M"):
        return "week" if counted.group("unit") == "W" else "month"
    return (precision_of(value) or "range")  # type: ignore[return-value]


#: A move told in the past before the span, in its clause: "fell nearly 22% over the next two sessions".
_PAST_MOVE_BEFORE = re.compile(
    r"\b(?:fell|rose|lost|sank|slid|shed|leapt|dove|sent|[a-z]{3,}ed)\b[^.;:!?\n]{0,40}?\d(?:[.,]\d+)?\s*(?:%|percent\b|"
    r"per\s*cent\b)[^.;:!?\n]{0,30}$", re.IGNORECASE)


def told_after_event(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` ("the next two sessions") follows a move its clause tells in the past
    ("Its shares fell nearly 22 percent over the next two sessions"): the sessions after an event told before, not
    the days from the article's date."""
    return _PAST_MOVE_BEFORE.search(text, max(0, start - 90), start) is not None and not is_future(text, start, end)


#: A day named, then "then" before the span, in one sentence: "down 6.1% on Monday, then up on three of the next four
#: days" counts the days after that day, not those after the article's.
_THEN_AFTER_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
                             r"nov|dec)[a-z]*\.?\s+\d{1,2})\b[^.;!?\n]{0,60}?\bthen\b[^.;!?\n]{0,40}$", re.IGNORECASE)


def coming_span(r: Any, dct: date | None, text: str = "") -> TemporalExpression | None:
    """"(within) the next two weeks", "the coming ten days": the days from the publication date to the end of
    the span, for a timex row that is such a duration (days or weeks), else None (and None after a move told in the
    past: :func:`told_after_event`, or after a day the sentence names and "then": :data:`_THEN_AFTER_DAY`)."""
    counted = COUNTED.match(str(r.value))
    if dct is None or r.type != "DURATION" or counted is None or counted.group("unit") == "M" \
            or not _COMING.match(str(r.text)):
        return None
    if text and told_after_event(text, int(r.clean_start), int(r.clean_end)):
        return None
    if text and _THEN_AFTER_DAY.search(text, max(0, int(r.clean_start) - 120), int(r.clean_start)):
        return None  # "down 6.1% on Monday, then up on three of the next four days": the days after Monday, not now
    days = int(str(r.value)[1:-1].lstrip("T")) * (7 if counted.group("unit") == "W" else 1)
    return TemporalExpression(str(r.text), int(r.clean_start), int(r.clean_end), dct, dct + timedelta(days=days),
                              "range", "relative", f"from the publication date {dct.isoformat()} (TIMEX3 {r.value})", dct)


#: "within four months", "within 30 days" (the count alone, not "within the next two weeks": :func:`coming_span`).
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:(?:about|around|roughly|some)\s+)?$", re.IGNORECASE)
#: A count of days, weeks or months as the tagger gives it ("P4M", "P30D"), not hours.
_WITHIN_COUNT = re.compile(r"^P(?P<n>\d+)(?P<unit>[DWM])$")
#: After the count, the event it is counted from: "within 30 days after the ruling", "within a month of the vote".
_COUNTED_FROM_AFTER = re.compile(r"\s+(?:after|of|from|following|since|before)\b", re.IGNORECASE)
#: A count of working days: "ten business days", "five working days", "three trading days".
_WORKING_DAYS_WORDS = re.compile(r"\b(?:business|working|trading)\s+days?\b", re.IGNORECASE)
#: A request told in the past before the count, in its sentence: "asked the board to open its books within five business
#: days", "has ordered the lender to repay the funds within 30 days": the count runs from the request's day, not the
#: article's (not "told investors it would ...": a plan of the teller's own).
_PAST_REQUEST = re.compile(r"\b(?:asked|urged|ordered|instructed|directed|requested|called\s+on)\s+(?:[\w'’.&-]+\s+){1,6}?"
                           r"to\s+[^.;!?\n]*$", re.IGNORECASE)
#: The longest count read as a plan's deadline: a year ("within 18 months" is no date a reader would place).
MAX_WITHIN_DAYS = 366


def within_plan(r: Any, text: str, dct: date | None) -> TemporalExpression | None:
    """"The review will ... report to the regulator within four months": a plan told to happen within a count of days,
    weeks or months is placed from the publication date to the end of that count, for a timex row that is such a
    duration right after "within" in a clause about the future; else None (hours are a rule's time limit, "must notify
    ... within four hours", not a date; a past act "was settled within two weeks" stays undated, and a count from
    another event, "will appeal within 30 days after the ruling", or from a request told in the past, "asked the board to
    reply within five business days" (:data:`_PAST_REQUEST`), starts on that day, not the article's)."""
    counted = _WITHIN_COUNT.match(str(r.value))
    if dct is None or r.type != "DURATION" or counted is None:
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    if not _WITHIN_BEFORE.search(text, max(0, start - 20), start) or _COUNTED_FROM_AFTER.match(text, end) \
            or not is_future(text, start, end) or _PAST_REQUEST.search(text, max(0, start - 200), start):
        return None
    n, unit = int(counted.group("n")), counted.group("unit")
    last = _shift(dct, 0, n) if unit == "M" else dct + timedelta(days=n * (7 if unit == "W" else 1))
    if unit == "D" and _WORKING_DAYS_WORDS.search(str(r.text)):  # "within ten business days": working days
        last, left = dct, n
        while left > 0:
            last += timedelta(days=1)
            left -= last.isoweekday() <= WORKING_DAYS
    if not 0 < (last - dct).days <= MAX_WITHIN_DAYS:
        return None
    return TemporalExpression(str(r.text), start, end, dct, last, "range", "relative",
                              f"within {r.value} from the publication date {dct.isoformat()}", dct)


#: "(in|over) (the previous|past|last) two sessions" after a figure of its clause: a move over the sessions up to
#: the article's date ("It has shed 9.1% in two sessions").
_SESSIONS = re.compile(r"^(?:the\s+)?(?:(?:previous|prior|preceding|past|last)\s+)?\S+\s+sessions$", re.IGNORECASE)


_OVER_BEFORE = re.compile(r"\b(?:in|over|across)\s+$", re.IGNORECASE)


FIGURE_BEFORE = re.compile(r"(?:\d(?:%|\s*percent\b|\s+per\s*cent\b)|\b(?:half|(?:a|one|two)\s+(?:thirds?|quarters?|fifths?|tenths?))\s+of\s+"
                            r"(?:its|their)\s+value\b|\b(?:doubled|tripled|trebled|quadrupled|halved)\b)[^.;:\n]{0,60}$",
                            re.IGNORECASE)


_OVER_IN = re.compile(r"^(?:in|over|across)\s+", re.IGNORECASE)
#: A figure of a move later in the sentence: "Over the past two sessions, X has lost 7.9%", "bringing their loss over
#: two sessions to nearly 10%" (not across a sentence's end, a semicolon or a colon).
_FIGURE_AFTER = re.compile(r"[^.;:!?\n]{0,100}?\d(?:[.,]\d+)?\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)
#: "the two sessions through Tuesday": a run that ends on another day, not the article's.
_RUN_END_AFTER = re.compile(r"\s+(?:through|to|until|till|ending|ended)\b", re.IGNORECASE)
#: "the three sessions that followed", "the two sessions after the sale": a run that starts after an event the sentence
#: tells, not one up to the article's date.
_RUN_AFTER_EVENT = re.compile(r"\s+(?:(?:that|which)\s+followed|(?:after|following)\s+(?:the|its|their|his|her|that|this)\b)",
                              re.IGNORECASE)


def _figure_after(text: str, end: int) -> bool:
    """Whether a percentage follows the sessions ending at ``end`` in their sentence, and the run is not told to end on
    another day ("Over the past two sessions, Keel has lost 7.9%", not "over the two sessions through Tuesday")."""
    return _RUN_END_AFTER.match(text, end) is None and _FIGURE_AFTER.match(text, end) is not None


#: "the three sessions to last Friday", "the two sessions through March 4": a run told to end on a day it names (not
#: "over two sessions to 120 pence", a price).
_RUN_TO_DAY = re.compile(r"\s+(?:through|to|until|till|ending|ended)\s+(?:(?:last|this|the)\s+)?(?:(?:mon|tues|wednes|thurs|fri|"
                         r"satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                         r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)", re.IGNORECASE)


#: After the run, a past period it lies in ("fell 27% in five sessions last week") or a later act the sentence goes on to
#: ("fell 9.6% in two sessions, then clawed back a third of the loss"): a run that ended before the article's date.
_RUN_ENDED_BEFORE = re.compile(r"\s+(?:last\s+(?:week|month)|the\s+(?:previous|prior)\s+week|the\s+week\s+before)\b"
                               r"|,?\s+(?:and\s+)?then\s+[a-z]+ed\b", re.IGNORECASE)


#: After a run of sessions, the event it came before: "in the two sessions before the May 4 announcement", "over the
#: three sessions ahead of the results on Thursday".
_RUN_BEFORE_EVENT = re.compile(r"\s+(?:(?:just|immediately|right)\s+)?(?:before|ahead\s+of|prior\s+to|preceding|"
                               r"leading\s+up\s+to)\b", re.IGNORECASE)
#: At most this many characters lie between "before" and the day it names ("before the company's May 4 announcement").
_EVENT_DAY_REACH = 60


def _day_named_after(text: str, at: int, rows: list[Any]) -> date | None:
    """The day a timex row of ``rows`` names within a few words after ``at``, in the same sentence ("before the
    November 11 announcement", "ahead of the results on Thursday"), else None."""
    for x in rows:
        begin = int(x.clean_start)
        if at <= begin <= at + _EVENT_DAY_REACH and x.type in ("DATE", "TIME") and x.date_start is not None \
                and not pd.isna(x.date_start) and x.date_start == x.date_end and precision_of(str(x.value)) == "day" \
                and SENTENCE_BREAK.search(text, at, begin) is None:
            return x.date_start  # type: ignore[no-any-return]
    return None


#: At most this many sessions are read as a run of days up to the article's date.
MAX_SESSIONS = 10

#: A perfect tense before the run: "has lost 12% in two sessions" runs up to the article's date, whatever day its sentence
#: names before.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\b|['’]ve\b", re.IGNORECASE)


#: A run of sessions is read from an earlier day of its sentence at most this many days before the article (the
#: story's recent event, not a background date).
_RUN_AFTER_DAY_REACH = 31
_RUN_UP_TO_NOW = re.compile(r"\b(?:past|last|latest|previous|prior|recent)\b", re.IGNORECASE)


def _event_day_before(text: str, start: int, rows: list[Any], first: date) -> date | None:
    """The day a timex row of ``rows`` names earlier in the sentence of the run at ``start``, before the run's first
    session ``first`` counted back from the article's date, when the run is told in the simple past after it ("The
    latest video, filmed on March 11, wiped nearly 12% off its market value in two sessions"): the event the run followed.
    None when there is none, or the clause says "has lost" (a run up to the article's date)."""
    begin = max((b.end() for b in SENTENCE_BREAK.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    if _PERFECT_BEFORE.search(text, begin, start):
        return None
    found = None
    for x in rows:
        at = int(x.clean_start)
        if begin <= at and int(x.clean_end) <= start and x.type in ("DATE", "TIME") and x.date_start is not None \
                and not pd.isna(x.date_start) and x.date_start == x.date_end and precision_of(str(x.value)) == "day" \
                and x.date_start < first:
            found = x.date_start
    return found  # type: ignore[no-any-return]


def past_sessions(r: Any, text: str, dct: date | None, rows: list[Any] | None = None) -> TemporalExpression | None:
    """"shed 9.1% in two sessions", "slid 2.4% over the five sessions", "Over the past two sessions, Keel has lost
    7.9%": the last N working days up to the publication date (its weekday, or the Friday before a weekend; "the
    previous three sessions", the N before the article's session, up to the working day before it), for a
    timex row that is such a duration after a figure of its clause or before one of its sentence, else None (not "the
    three sessions that followed" an event, nor "the three sessions to last Friday", a run ending on another day).
    A run told before another event ("fell 6% in the two sessions before the May 4 announcement") is the N sessions
    before the day ``rows`` (the document's timex rows) name right after it, or no span when none is named."""
    counted = COUNTED.match(str(r.value))
    over = _OVER_IN.match(str(r.text))  # the tagger may take the preposition in: "over two sessions"
    if dct is None or r.type != "DURATION" or counted is None or counted.group("unit") != "D" \
            or not _SESSIONS.match(str(r.text)[over.end() if over else 0 :]):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    n = int(str(r.value)[1:-1])
    if not 1 <= n <= MAX_SESSIONS or not (over or _OVER_BEFORE.search(text, max(0, start - 8), start)):
        return None
    if not FIGURE_BEFORE.search(text, max(0, start - 80), start) and not _figure_after(text, end):
        return None
    if _RUN_AFTER_EVENT.match(text, end):
        return None  # "fell about 10% over the three sessions that followed": not the sessions up to the article's date
    if _RUN_TO_DAY.match(text, end):
        return None  # "rose 10.4% over the three sessions to last Friday": a run ending on the day named, not today
    if _RUN_ENDED_BEFORE.match(text, end):
        return None  # "fell 27% in five sessions last week": that week dates it; "..., then clawed back": not up to now
    ahead = _RUN_BEFORE_EVENT.match(text, end)
    if ahead is not None:
        day = _day_named_after(text, ahead.end(), rows or [])
        if day is None:
            return None  # "slid 4% in the three sessions before the announcement": a run before an undated event
        first, last = _last_working_days(_working_day_before(day), n)
        return TemporalExpression(str(r.text), start, end, first, last, "range", "relative",
                                  f"the last {n} sessions up to {last.isoformat()}, before {day.isoformat()} "
                                  f"(TIMEX3 {r.value})", dct)
    first, last = _last_working_days(dct, n)
    after = None if _RUN_UP_TO_NOW.search(str(r.text)) else _event_day_before(text, start, rows or [], first)
    if after is not None and (dct - after).days > _RUN_AFTER_DAY_REACH:
        after = None  # "Keel, which listed on March 2, 2019, lost 12% in two sessions": a background date, not the run's
    if after is not None and _BEFORE_THE_SESSION.search(str(r.text)) is None:
        # "filmed on March 11 [a Saturday], wiped 12% off its value in two sessions": the sessions from that day on
        first = after
        while first.isoweekday() > WORKING_DAYS:
            first += timedelta(days=1)
        last, left = first, n - 1
        while left > 0:
            last += timedelta(days=1)
            if last.isoweekday() <= WORKING_DAYS:
                left -= 1
        return TemporalExpression(str(r.text), start, end, first, last, "range", "relative",
                                  f"the {n} sessions from {after.isoformat()} (TIMEX3 {r.value})", dct)
    before = _BEFORE_THE_SESSION.search(str(r.text)) is not None
    if before:
        # "slipped 0.7% on Monday after gaining 5.2% over the previous three sessions": the run before the session the
        # sentence tells, the article's, up to the working day before it
        first, last = _last_working_days(_working_day_before(dct), n)
    return TemporalExpression(str(r.text), start, end, first, last, "range", "relative",
                              f"the last {n} sessions up to {last.isoformat()}{' ' + SESSIONS_BEFORE if before else ''} "
                              f"(TIMEX3 {r.value})", dct)


def first_months(r: Any, text: str, dct: date | None) -> TemporalExpression | None:
    """"the first seven months of the year" / "of 2025": January to the end of the seventh month, for a timex row
    that is such a duration followed by its year, else None ("the last four months of 2030": its last four,
    with the year stated). "The year" is the publication year when those
    months are over by then, else the year before."""
    counted = COUNTED.match(str(r.value))
    of_year = _OF_YEAR.match(text, int(r.clean_end))
    first = _FIRST.match(str(r.text))
    if r.type != "DURATION" or counted is None or counted.group("unit") != "M" or of_year is None or first is None:
        return None
    n = int(str(r.value)[1:-1])
    if not 1 <= n <= 11:
        return None
    if not first.group("first"):  # "the last four months of 2030": September to December of a year stated
        if not of_year.group("year"):
            return None
        year = int(of_year.group("year"))
        return TemporalExpression(text[int(r.clean_start):of_year.end()], int(r.clean_start), of_year.end(),
                                  date(year, 13 - n, 1), date(year, 12, 31), "range", "relative",
                                  f"the last {n} months of {year} (TIMEX3 {r.value})", dct)
    if of_year.group("year"):
        year = int(of_year.group("year"))
    elif dct is not None:
        year = dct.year if n < dct.month else dct.year - 1
    else:
        return None
    last = interval(f"{year:04d}-{n:02d}")[1]
    if last is None:
        return None
    return TemporalExpression(text[int(r.clean_start):of_year.end()], int(r.clean_start), of_year.end(),
                              date(year, 1, 1), last, "range", "relative", f"the first {n} months of {year} (TIMEX3 {r.value})", dct)


#: The basis of "the last ten days of May" (:func:`first_weeks`): a stretch of a month, which dates a clause's
#: event of its own as the month would.
PART_OF_MONTH = "part of a month:"


_OF_BEFORE_MONTH = re.compile(r"\s+of\s+$", re.IGNORECASE)


def first_weeks(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """"the first three weeks of July", "the last ten days of May": those days of the month the tagger dates right
    after "of", for a timex row that is such a count of weeks or days, else None (TIMEX3 gives the duration and the
    month apart)."""
    counted = COUNTED.match(str(r.value))
    first = _FIRST.match(str(r.text))
    if r.type != "DURATION" or counted is None or counted.group("unit") not in ("D", "W") or first is None:
        return None
    end = int(r.clean_end)
    month = next((x for x in rows if int(x.clean_start) > end and _OF_BEFORE_MONTH.fullmatch(text, end, int(x.clean_start))
                  and MONTH_VALUE.match(str(x.value)) and x.date_start is not None and not pd.isna(x.date_start)), None)
    if month is None:
        return None
    days = int(str(r.value)[1:-1]) * (7 if counted.group("unit") == "W" else 1)
    m0, m1 = month.date_start, month.date_end
    if not 1 <= days < (m1 - m0).days + 1:
        return None
    span = (m0, m0 + timedelta(days=days - 1)) if first.group("first") else (m1 - timedelta(days=days - 1), m1)
    expression = text[int(r.clean_start):int(month.clean_end)]
    return TemporalExpression(expression, int(r.clean_start), int(month.clean_end), span[0], span[1], "range", "relative",
                              f"{PART_OF_MONTH} {expression.lower()} of {month.value} (TIMEX3 {r.value})", dct)


#: "two years earlier", "a year later", "six months later": a count of years or months then the direction.
_SHIFT = re.compile(r"^(?P<n>[a-z]+|\d+)\s+(?P<unit>years?|months?)(?:\s+(?P<dir>later|earlier|afterwards?))?$",
                    re.IGNORECASE)


_SHIFT_AFTER = re.compile(r"\s+(?P<dir>later|earlier|afterwards?)\b", re.IGNORECASE)


#: The stated date a narrative's "a year later" counts from is at most this far before it, with no paragraph break.
SHIFT_REACH_CHARS = 300


_DAY_SHIFT_AFTER = re.compile(r"\s+(?:later|afterwards?)\b", re.IGNORECASE)


_DAY_SHIFT_BEFORE = re.compile(r"\s+earlier\b", re.IGNORECASE)


def count_of(word: str) -> int | None:
    """The number a count word or figure names ("a", "two", "12"), else None."""
    if word.isdigit():
        return int(word)
    if word.lower() in ("a", "an"):
        return 1
    n = LEX["numbers"].get(word.lower())
    return n if isinstance(n, int) else None


def _shift(day: date, years: int, months: int) -> date:
    """``day`` moved by whole years and months (the day of month kept, or the month's last day)."""
    m = day.year * 12 + day.month - 1 + years * 12 + months
    year, month = divmod(m, 12)
    last = interval(f"{year:04d}-{month + 1:02d}")[1]
    assert last is not None
    return date(year, month + 1, min(day.day, last.day))


def stated_shift(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """"Two years earlier" after "in 2019" in its sentence, "a year later" or "six months later" after a year, month
    or day stated before it (same paragraph, :data:`SHIFT_REACH_CHARS`): that date moved by the count, at its
    precision, for a timex row that is such a count of years or months (a duration the tagger left undated, or a
    date it read from the publication date or an earlier sentence's date while its own sentence states a date before
    it), else None."""
    start, end = int(r.clean_start), int(r.clean_end)
    expression = str(r.text)
    m = _SHIFT.match(expression)
    if m is None:
        return None
    direction = m.group("dir")
    if direction is None:
        after = _SHIFT_AFTER.match(text, end)
        if after is None or r.type != "DURATION":
            return None
        direction, end, expression = after.group("dir"), after.end(), text[start:after.end()]
    elif not r.anchor:
        return None
    n = count_of(m.group("n"))
    if n is None or not 1 <= n <= 50:
        return None
    stated = [
        x for x in rows if int(x.clean_end) <= start and not x.anchor and x.type == "DATE"
        and x.date_start is not None and not pd.isna(x.date_start) and precision_of(str(x.value)) in ("day", "month", "year")
        and start - int(x.clean_end) <= SHIFT_REACH_CHARS and "\n\n" not in text[int(x.clean_end):start]
    ]
    if r.type != "DURATION":  # a date read from the publication date: only a date of its own sentence re-anchors it
        stated = [x for x in stated if SENTENCE_BREAK.search(text, int(x.clean_end), start) is None]
    if not stated:
        return None
    x = max(stated, key=lambda x: int(x.clean_start))
    if _nearer_date_read(x, r, text, rows):
        return None  # "became chief in April 2023 ... reached Auralis in February; the recall came four months later"
    sign = -1 if direction.lower() == "earlier" else 1
    years, months = (sign * n, 0) if m.group("unit").lower().startswith("year") else (0, sign * n)
    precision = precision_of(str(x.value))
    first, last = _shift(x.date_start, years, months), _shift(x.date_end, years, months)
    if precision == "year":
        first, last = date(first.year, 1, 1), date(first.year, 12, 31)
    elif precision == "month":
        last = interval(f"{first.year:04d}-{first.month:02d}")[1] or last
    return TemporalExpression(expression, start, end, first, last, precision, "after_event",  # type: ignore[arg-type]
                              f"{expression.lower()} {str(x.text)!r} ({x.date_start})", dct, int(x.clean_start))


def _nearer_date_read(stated: Any, r: Any, text: str, rows: list[Any]) -> bool:
    """Whether a date the tagger read from the publication date ("in February") stands between the ``stated`` date and
    the count of months or years ``r`` in the count's own sentence ("became chief executive in April 2023. The first
    report reached Auralis in February; the recall came four months later"): the count follows that nearer date, not
    the stated one (the tagger's own reading is kept)."""
    start = int(r.clean_start)
    if SENTENCE_BREAK.search(text, int(stated.clean_end), start) is None:
        return False
    return any(x.anchor and x.type == "DATE" and int(stated.clean_end) <= int(x.clean_start) and int(x.clean_end) <= start
               and x.date_start is not None and not pd.isna(x.date_start) and precision_of(str(x.value)) in ("day", "month")
               and SENTENCE_BREAK.search(text, int(x.clean_end), start) is None for x in rows)


#: "A week ago today", "a year ago today": a count of days, weeks, months or years back, then the day it counts from.
_POSSESSIVE = re.compile(r"['’]s\b")


_AGO = re.compile(r"^(?:exactly\s+)?(?P<n>[a-z]+|\d+)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago$", re.IGNORECASE)


def ago_today(found: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"A week ago today, two barges collided": "today" is the day "a week ago" counts from, no date of its own; the
    pair is that day moved back by the count (an anniversary to the day: "a year ago today" is one day, not the year
    the tagger gives). Other expressions as they are."""
    drop: set[int] = set()
    out = []
    for e in found:
        m = _AGO.match(e.expression.strip())
        if m is None or e.anchor is None or id(e) in drop:
            out.append(e)
            continue
        nxt = next((o for o in found if o.start > e.end and not text[e.end:o.start].strip()
                    and o.expression.strip().lower() == "today" and not _POSSESSIVE.match(text, o.end)), None)
        n = count_of(m.group("n"))
        if nxt is None or n is None or not 1 <= n <= 50 or nxt.date_start != e.anchor:
            out.append(e)
            continue
        drop.add(id(nxt))
        unit = m.group("unit").lower()[0]
        day = {"d": lambda: e.anchor - timedelta(days=n), "w": lambda: e.anchor - timedelta(days=7 * n),  # type: ignore[operator]
               "m": lambda: _shift(e.anchor, 0, -n), "y": lambda: _shift(e.anchor, -n, 0)}[unit]()  # type: ignore[arg-type]
        out.append(replace(e, expression=text[e.start:nxt.end], end=nxt.end, date_start=day, date_end=day,
                           precision="day", basis=f"{text[e.start:nxt.end].lower()}: {n} {unit} before {e.anchor}"))
    return [e for e in out if id(e) not in drop]


def exact_day(r: Any, text: str, first: date, last: date) -> tuple[date, date]:
    """"A week later", "two weeks earlier" counted from a day: that day moved by the weeks (the tagger gives the
    days around it); other anchored spans as they are."""
    counted = COUNTED.match(str(r.value))
    anchor = str(r.anchor).removeprefix("text ")
    if r.type != "DURATION" or counted is None or counted.group("unit") != "W" or not DAY_VALUE.match(anchor):
        return first, last
    weeks = int(str(r.value)[1:-1])
    day = date.fromisoformat(anchor[:10])
    if _DAY_SHIFT_AFTER.match(text, int(r.clean_end)):
        return (day + timedelta(days=7 * weeks),) * 2
    if _DAY_SHIFT_BEFORE.match(text, int(r.clean_end)):
        return (day - timedelta(days=7 * weeks),) * 2
    return first, last


#: The sessions before the one a sentence tells: "the previous three sessions", "the prior two sessions".
_BEFORE_THE_SESSION = re.compile(r"\b(?:previous|prior|preceding)\b", re.IGNORECASE)


def _working_day_before(day: date) -> date:
    """The last Monday-to-Friday day before ``day``."""
    day -= timedelta(days=1)
    while day.isoweekday() > WORKING_DAYS:
        day -= timedelta(days=1)
    return day


def _last_working_days(dct: date, n: int) -> tuple[date, date]:
    """The last ``n`` working days up to ``dct`` (its weekday, or the Friday before a weekend)."""
    last = dct - timedelta(days=max(0, dct.isoweekday() - WORKING_DAYS))
    first, left = last, n - 1
    while left > 0:
        first -= timedelta(days=1)
        if first.isoweekday() <= WORKING_DAYS:
            left -= 1
    return first, last


#: "(in|over) the past week", "the last two weeks", "a week": the weeks up to the article's date.
_PAST_WEEKS = re.compile(r"^(?:(?:the\s+)?(?:past|last|previous)\s+(?:\S+\s+)?(?:weeks?|months?|days)|a\s+week)$", re.IGNORECASE)
#: At most this many days ("the past 10 days") are read as the days up to the article's date.
MAX_PAST_DAYS = 31


#: At most this many months are read as the months up to the article's date.
MAX_PAST_MONTHS = 24
#: "over the past five years", "the last two years", "the last decade": the years up to the article's date.
_PAST_YEARS = re.compile(r"^(?:the\s+)?(?:past|last|previous)\s+(?:\S+\s+)?(?:years|decade)$", re.IGNORECASE)
#: A duration of whole years (TIMEX3 "P5Y"; "the last decade" is "P10Y").
_COUNTED_YEARS = re.compile(r"^P(?P<n>\d+)Y$")
#: At most this many years are read as the years up to the article's date (not "the past three decades").
MAX_PAST_YEARS = 10


#: What places an act in the weeks before a duration: a preposition, or "spent" taking the weeks as its object ("has
#: spent the past week fielding calls": the act fills them).
_DURING_BEFORE = re.compile(r"\b(?:in|over|across|during|spent(?:\s+(?:much|most|part|all|some|many)\s+of)?)\s+$",
                            re.IGNORECASE)


#: A present perfect in the clause before: "has questioned at least two suppliers in the past week".
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:not|also|now|already|since|together)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|wn)\b"
                              r"[^.;:!?\n]{0,80}$", re.IGNORECASE)


#: A past perfect reported by a past verb of saying is the present perfect of what was said: "she said the board had
#: met the bidders twice over the past two weeks" (the weeks up to the article's date, as "has met" tells them).
_REPORTED_PERFECT = re.compile(r"\b(?:said|told|added|noted|explained|confirmed|acknowledged|disclosed)\b(?:\s+[\w'’-]+){0,8}?"
                               r"\s+had\s+(?:(?:not|also|now|already)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|wn)\b[^.;:!?\n]{0,80}$",
                               re.IGNORECASE)


#: A verb in the simple past in the clause before (not after "had", nor a participle after a form of "be"): "The three
#: wholesalers moved over the past week to reassure customers", "Gas prices fell two cents over the last two weeks".
_SIMPLE_PAST = re.compile(r"(?<!\bhad\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
                          r"\b(?:[a-z]{2,}ed|fell|rose|cut|made|took|sold|bought|lost|won|met|spent|paid|held|sent|went|came|"
                          r"gave|began|grew|saw|shut|told|said)\b[^.;:!?\n]{0,60}$", re.IGNORECASE)


#: A preposition placing an act in the weeks before them: "moved over the past week".
_IN_WEEKS_BEFORE = re.compile(r"\b(?:in|over|across|during)\s+$", re.IGNORECASE)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)


#: At most this many weeks are read as the working days up to the article's date.
MAX_PAST_WEEKS = 4


def _past_years(r: Any, text: str, dct: date) -> TemporalExpression | None:
    """"has struggled to make money over the last decade", "above 120% over the past five years", "said the company had
    spent the last two years diversifying": the last N years up to the publication date, for a timex row that is such a
    duration after "in", "over", "during" or "spent", with a figure of change or a present perfect (or one a past
    verb of saying reports) before it in its clause and no forecast or future; else None."""
    counted = _COUNTED_YEARS.match(str(r.value))
    if counted is None or not _PAST_YEARS.match(str(r.text)) or not 2 <= int(counted.group("n")) <= MAX_PAST_YEARS:
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    if not _DURING_BEFORE.search(text, max(0, start - 8), start) or is_future(text, start, end) \
            or OUTLOOK.search(text, max(0, start - 80), start):
        return None
    if FIGURE_BEFORE.search(text, max(0, start - 80), start) is None \
            and _PRESENT_PERFECT.search(text, max(0, start - 120), start) is None \
            and _REPORTED_PERFECT.search(text, max(0, start - 200), start) is None:
        return None  # "Provigo's profit record over the past two years": no act told over them
    n = int(counted.group("n"))
    first = _shift(dct, -n, 0) + timedelta(days=1)
    return TemporalExpression(str(r.text), start, end, first, dct, "range", "relative",
                              f"the last {n} year(s) up to {dct.isoformat()} (TIMEX3 {r.value})", dct)


def past_weeks(r: Any, text: str, dct: date | None) -> TemporalExpression | None:
    """"lost a third of its value in a week", "has questioned two suppliers in the past week", "has spent the past week
    fielding calls": the working days of the last N weeks up to the publication date ("tripled over the past nine
    months": the last N months), for a timex row that is such a duration after "in", "over", "during" or "spent", with
    a figure of change or a present perfect before it in its clause (and no future), else None.
    ("a week" alone needs the figure: "will report in a week" is ahead.)"""
    if dct is not None and r.type == "DURATION" and _COUNTED_YEARS.match(str(r.value)):
        return _past_years(r, text, dct)
    counted = COUNTED.match(str(r.value))
    if dct is None or r.type != "DURATION" or counted is None or str(r.value).startswith("PT") \
            or not _PAST_WEEKS.match(str(r.text)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    n, unit = int(str(r.value)[1:-1]), counted.group("unit")
    if not (2 if unit == "D" else 1) <= n <= {"W": MAX_PAST_WEEKS, "M": MAX_PAST_MONTHS, "D": MAX_PAST_DAYS}[unit] \
            or not _DURING_BEFORE.search(text, max(0, start - 20), start) or is_future(text, start, end):
        return None
    figure = FIGURE_BEFORE.search(text, max(0, start - 80), start) is not None
    perfect = _PRESENT_PERFECT.search(text, max(0, start - 120), start) is not None \
        or _REPORTED_PERFECT.search(text, max(0, start - 200), start) is not None
    outlook = OUTLOOK.search(text, max(0, start - 80), start)
    if outlook and not (perfect and _DETERMINER_BEFORE.search(text, max(0, outlook.start() - 8), outlook.start())):
        return None  # a forecast; but "had studied the plan with the unions over the past two weeks" is an act
    if not perfect and counted.group("unit") == "W" and not outlook and _IN_WEEKS_BEFORE.search(text, max(0, start - 8), start):
        # "The wholesalers moved over the past week to reassure customers": an act told in the simple past fills the
        # weeks (not "spent the past week in Velden", the weeks as the object: they may lie anywhere before)
        perfect = _SIMPLE_PAST.search(text, max(0, start - 80), start) is not None
    if not figure and not (perfect and unit in ("W", "D") and not str(r.text).lower().startswith("a ")):
        return None  # months need the figure ("has served as adviser over the past four months" is a state)
    if unit == "D":  # "has spent much of the past 10 days with lawyers": the calendar days up to the article's date
        return TemporalExpression(str(r.text), start, end, dct - timedelta(days=n), dct, "range", "relative",
                                  f"the last {n} day(s) up to {dct.isoformat()} (TIMEX3 {r.value})", dct)
    if counted.group("unit") == "M":  # "tripled over the past nine months": the months up to the article's date
        first = _shift(dct, 0, -n) + timedelta(days=1)
        return TemporalExpression(str(r.text), start, end, first, dct, "range", "relative",
                                  f"the last {n} month(s) up to {dct.isoformat()} (TIMEX3 {r.value})", dct)
    first, last = _last_working_days(dct, WORKING_DAYS * n)
    return TemporalExpression(str(r.text), start, end, first, last, "range", "relative",
                              f"the working days of the last {n} week(s) up to {last.isoformat()} (TIMEX3 {r.value})", dct)


#: The end of a sentence: ".", "!" or "?" before a blank, or a line end; not the point of a month's short name before its
#: day ("from Jan. 2, five days after ...", "on Sept. 14").
SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]+\s|[!?]\s|\.\s(?!\d)|(?<!Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<!Sept)\.\s(?=\d)|\n")
