"""Which session or period a move covers, resolved to dates against the publication date.

One session: "on Tuesday", "Tuesday's", "yesterday", "overnight", "in the prior session" / "the previous day"
(the session before the sentence's own). Part of a session: premarket, after-hours, intraday (morning, midday,
"as much as"). Several sessions: "this year" (Jan 1 .. publication), "this week" (Monday .. publication), "last
week" (Monday .. Friday), "over the previous three sessions" (the three sessions before the sentence's own),
"over the past two years" / "over the last 12 months", "since March", "over the same period" (the previous
interval of the article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from analysis.lexicon import move_words, norm_words

from .figures import BELOW_BEFORE

PeriodKind = Literal["session", "intraday", "premarket", "after-hours", "multi-day", "year-to-date"]

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "a": 1, "one": 1}
WEEKDAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)(?:['’]s)?\b")
PREVIOUS = re.compile(
    r"\b(?:in\s+the\s+(?:prior|previous)\s+session|(?:the|a)\s+(?:previous|prior)\s+(?:day|session)|a\s+day\s+earlier|"
    r"the\s+day\s+before|the\s+session\s+before)\b",
    re.IGNORECASE,
)
YESTERDAY = re.compile(r"\b(?:yesterday|overnight)\b", re.IGNORECASE)
SPAN = re.compile(
    r"\b(?:over|in|during|for|within)\s+"
    r"(?P<approx>(?:less|more|fewer)\s+than\s+|under\s+|just\s+(?:over|under)\s+|about\s+|around\s+|nearly\s+|"
    r"almost\s+|roughly\s+)?"
    r"(?:(?:the\s+)?(?:past|last|previous|prior)\s+|(?=(?:\d+|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(?:trading\s+)?(?:sessions?|days?|weeks?|months?|years?|decades?)\b))"
    r"(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(?P<unit>(?:trading\s+)?sessions?|(?:trading\s+)?days?|weeks?|months?|years?|decades?)"
    r"|(?P<unit1>week|month|year|quarter|decade))\b",
    re.IGNORECASE,
)
SINCE_MONTH = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<m>January|February|March|April|May|June|July|"
                         r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", re.IGNORECASE)
SINCE_DAY = re.compile(r"\b[Ss]ince\s+(?:last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)\b")
SINCE_OTHER = re.compile(r"\bsince\s+(?:(?P<y>(?:19|20)\d\d)\b|(?:its|their|the)\s+[\w-]+)", re.IGNORECASE)
IN_YEAR = re.compile(r"\b(?:in|during|for|over)\s+(?:all\s+of\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*(?:so\s+far|to\s+date))")
#: A closing verb whose object is a week with words before it ("ended a wild week", "ends outage week"); "ended the
#: week" itself is a period phrase of the vocabulary.
ENDED_WEEK = re.compile(r"\b(?:ended|finished|closed|ends|finishes|closes)\s+(?:(?:the|a|an|its)\s+)?(?:[a-z][\w-]*\s+){1,2}?week\b",
                        re.IGNORECASE)
SAME_PERIOD = re.compile(r"\bover\s+the\s+same\s+(?:period|time|span|stretch)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(
    r",\s*(?:which|who|when|where|while|whereas|but|and)\b|;|\b(?:which|who|when|after|because|following|though|"
    r"although|despite|said|says|due|ahead\s+of)\b|(?<!much )(?<!many )\bas\b(?!\s+(?:much|many|of)\b)"
    r"|,\s*(?:its|their)\b|,\s*the\s+(?:lowest|highest|biggest|best|worst|steepest|largest|sharpest|most|first)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    """What a figure's words say about its time span (before resolving to dates)."""

    kind: PeriodKind
    day: int | None = None  # weekday named (0 = Monday)
    previous: bool = False  # "the previous day", "in the prior session"
    yesterday: bool = False
    interval: str = ""  # ytd | week | last_week | month | last_month | last_year | quarter | span | since | same
    count: int = 0
    unit: str = ""
    month: int = 0


def trading_day(day: date) -> date:
    """``day`` on a weekday, else the Friday before."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def previous_session(day: date) -> date:
    """The weekday before ``day``."""
    day -= timedelta(days=1)
    while day.weekday() > 4:
        day -= timedelta(days=1)
    return day


def weekday_on_or_before(ref: date, weekday: int) -> date:
    """The latest date on or before ``ref`` that falls on ``weekday``."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def last_weekday(text: str) -> int | None:
    """The last weekday named in ``text`` (0 = Monday), or None ("recouping part of Tuesday's 9% slide")."""
    days = list(WEEKDAY.finditer(text))
    return _DAYS.index(days[-1].group("day").lower()) if days else None


def session_kind(text: str) -> PeriodKind:
    """The part of a session the last session phrase of ``text`` names ("In after-hours trading, X rose ...")."""
    lex = move_words()
    found = list(lex.session_re.finditer(text))
    if not found:
        return "session"
    kind: PeriodKind = lex.session_words[norm_words(found[-1].group(0))]  # type: ignore[assignment]
    return kind


def read_period(window: str) -> Period:
    """The period a figure's own words name. Input: the text from the figure's verb to the next figure or clause
    break. Output: a :class:`Period` (``kind == "session"`` and nothing else set when the words name none)."""
    lex = move_words()
    text = window
    cut = _CLAUSE_END.search(text)
    if cut:
        text = text[: cut.start()]
    kind: PeriodKind = "session"
    sess = lex.session_re.search(text)
    if sess:
        kind = lex.session_words[norm_words(sess.group(0))]  # type: ignore[assignment]
    found: list[tuple[int, Period]] = []
    per = lex.period_re.search(text)
    if per:
        key = lex.period_phrases[norm_words(per.group(0))]
        found.append((per.start(), Period("year-to-date" if key == "ytd" else "multi-day", interval=key)))
    anchored = BELOW_BEFORE.search(text)
    if anchored:  # "48% below where they were before the crisis": since an event the text does not date
        found.append((anchored.start(), Period("multi-day", interval="approximate")))
    span = SPAN.search(text)
    if span:
        n = span.group("n") or "one"
        count = int(n) if n.isdigit() else _NUMBERS.get(n.lower(), 1)
        unit = (span.group("unit") or span.group("unit1")).lower().split()[-1].rstrip("s")
        if unit == "quarter":
            count, unit = 3 * count, "month"
        if unit == "decade":
            count, unit = 10 * count, "year"
        if span.group("approx"):  # "in less than a year": a span whose dates the text does not give
            found.append((span.start(), Period("multi-day", interval="approximate", count=count, unit=unit)))
        elif not (count == 1 and unit in ("day", "session")):  # "in a day" is one session
            found.append((span.start(), Period("multi-day", interval="span", count=count, unit=unit)))
    since = SINCE_MONTH.search(text)
    if since:
        month = [m[:3] for m in _MONTHS].index(since.group("m")[:3].lower()) + 1  # "since November", "since Nov. 3"
        found.append((since.start(), Period("year-to-date" if month == 1 else "multi-day", interval="since", month=month)))
    since_day = SINCE_DAY.search(text)
    if since_day:
        found.append((since_day.start(), Period("multi-day", interval="since_day",
                                                day=_DAYS.index(since_day.group("day").lower()))))
    since_other = SINCE_OTHER.search(text)
    if since_other and not since:
        year = since_other.group("y")
        found.append((since_other.start(), Period("multi-day", interval="since", month=1, count=int(year) if year else 0)))
    year = IN_YEAR.search(text)
    if year:
        found.append((year.start(), Period("multi-day", interval="year", count=int(year.group("y")))))
    ended = ENDED_WEEK.search(text)
    if ended and not per:
        found.append((ended.start(), Period("multi-day", interval="week")))
    same = SAME_PERIOD.search(text)
    if same:
        found.append((same.start(), Period("multi-day", interval="same")))
    wd = WEEKDAY.search(text)
    if wd and not (since_day and since_day.start() < wd.start() <= since_day.end()):
        found.append((wd.start(), Period(kind, day=_DAYS.index(wd.group("day").lower()))))
    prev = PREVIOUS.search(text)
    if prev:
        found.append((prev.start(), Period(kind, previous=True)))
    yest = YESTERDAY.search(text)
    if yest:
        found.append((yest.start(), Period(kind, yesterday=True)))
    if found:
        return min(found, key=lambda x: x[0])[1]
    return Period(kind)


#: A period that opens the sentence before its first comma ("Since Monday, ...", "So far this year, ...").
_OPENING = re.compile(r"^\s*(?P<p>(?:since|so\s+far|over|in|during|for|this|year[\s-]to[\s-]date)\b[^,.;\d%]{0,48}),",
                      re.IGNORECASE)


def opening_period(sentence: str) -> Period | None:
    """The multi-day period a sentence opens with ("Since Monday, X has fallen 40%"), which applies to the
    figures of its first clause that name no period of their own; None when it opens with none."""
    m = _OPENING.match(sentence)
    if not m:
        return None
    period = read_period(m.group("p"))
    return period if period.interval else None


def _months_back(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(y, m + 1, min(day.day, 28 if m + 1 == 2 else 30 if m + 1 in (4, 6, 9, 11) else 31))


def resolve(period: Period, published: date | None, own_session: date | None,
            last_interval: tuple[date, date] | None) -> tuple[date | None, date | None, date | None]:
    """Dates for ``period``: (session_date, period_start, period_end). ``own_session`` is the session the sentence
    is about (for "the previous day" and "the previous three sessions"); ``last_interval`` the article's previous
    multi-day interval (for "over the same period")."""
    ref = published
    if period.interval:
        if ref is None:
            return None, None, None
        end = ref
        if period.interval == "ytd":
            return None, date(ref.year, 1, 1), end
        if period.interval == "week":
            return None, ref - timedelta(days=ref.weekday()), end
        if period.interval == "last_week":
            monday = ref - timedelta(days=ref.weekday() + 7)
            return None, monday, monday + timedelta(days=4)
        if period.interval == "month":
            return None, date(ref.year, ref.month, 1), end
        if period.interval == "last_month":
            first = date(ref.year, ref.month, 1)
            last = first - timedelta(days=1)
            return None, date(last.year, last.month, 1), last
        if period.interval == "last_year":
            return None, date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31)
        if period.interval == "quarter":
            return None, date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), end
        if period.interval == "since":
            if period.count:  # "since 2021"
                return None, date(period.count, 1, 1), end
            if period.month == 1 and not period.count and period.kind == "multi-day":
                return None, None, end  # "since its listing": the start is not in the text
            return None, date(ref.year, period.month, 1), end
        if period.interval == "since_day" and period.day is not None:  # "since Monday": that session to now
            return None, weekday_on_or_before(ref - timedelta(days=1), period.day), end
        if period.interval == "year":
            return None, date(period.count, 1, 1), min(end, date(period.count, 12, 31))
        if period.interval == "same":
            return (None, *last_interval) if last_interval else (None, None, None)
        if period.interval == "span":
            anchor = own_session or trading_day(ref)
            if period.unit in ("session", "day"):
                days = [previous_session(anchor)]
                for _ in range(period.count - 1):
                    days.append(previous_session(days[-1]))
                return None, days[-1], days[0]
            if period.unit == "week":
                return None, ref - timedelta(days=7 * period.count), end
            if period.unit == "month":
                return None, _months_back(ref, period.count), end
            if period.unit == "year":
                return None, _months_back(ref, 12 * period.count), end
        return None, None, None
    if period.day is not None and ref is not None:
        return weekday_on_or_before(ref, period.day), None, None
    if period.previous:
        base = own_session or (trading_day(ref) if ref else None)
        return (previous_session(base) if base else None), None, None
    if period.yesterday and ref is not None:
        return previous_session(ref), None, None
    return None, None, None
