"""Normalisation of absolute expressions for :mod:`analysis.time.timex`: calendar dates, months, years,
decades, centuries, quarters and halves, fiscal periods and holidays."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .timex_calendar import add_quarters, easter, instant_before, month_part, nth_weekday, quarter_of, safe_date, week_value, year_part, ym, ymd
from .timex_context import (
    _PAST_WORD as _PAST_WORD_IN,
    _SENT_END as SENT_END,
    CAP_BEFORE,
    COUNT_NOUN,
    LEX,
    PREP_BEFORE,
    SUSPECT_YEAR_GAP,
    YEARLESS_PAST_SLACK_DAYS,
    PAST_VERB_GOVERNS,
    PAST_VERB_OBJECT,
    REPORT_AFTER,
    Candidate,
    Context,
    Resolved,
    _told_in_past,
    clock_value,
    forward_infinitive,
    framing_day,
    framing_month,
    framing_year,
    heading_future,
    g,
    is_future,
    planned,
    intended_then,
    planned_then,
    put_off_plan,
    is_name,
    infinitive_ahead,
    modal_over_possessive,
    month_ahead,
    present_ahead,
    latest_quarter,
    running_total_before,
    low,
    month_no,
    narrative,
    past_in_clause,
    year_of,
    yearless_day,
    yearless_month,
)
from .timex_order import text_day_first
from .timex_patterns import _MONTH_WORD as MONTH_WORD, number_value, spelled_year

_ORDS: dict[str, int] = LEX["ordinals"]
_MONTHS: dict[str, int] = LEX["months"]
#: "the quarter ended Sept. 30": the day a reporting period ended, right after the period's name.
#: The day may be left out ("the quarter ending in June", "the three months to September", British "to end-June"): the
#: month's last day.
_ENDED = re.compile(r"[\s,]+(?:(?:that|which)\s+)?(?:ended|ending|ends|through|to)\s+(?:on\s+|in\s+)?"
                    r"(?:the\s+end\s+of\s+|end-)?(?P<mon>[A-Za-z]{3,9})\b\.?(?:\s+(?P<day>\d{1,2})\b)?")


def _ended_match(text: str, end: int) -> re.Match[str] | None:
    """The day a period right before ``end`` ended ("the quarter ended Sept. 30", "the three months to June"), if the
    text names it: a month (with or without its day) after "ended / ending / through / to"."""
    m = _ENDED.match(text, end)
    return m if m is not None and m.group("mon").lower() in _MONTHS else None
#: A reporting period is named by the calendar quarter holding most of it: the quarter this many days before its end.
QUARTER_BODY_DAYS = 45
#: Punctuation closing the clause right after "the year"; "throughout/over/through the year" is a stretch of time.
_CLAUSE_END = re.compile(r"\s*[,.;]")
_SPAN_PREP = re.compile(r"(?i)\b(?:through|throughout|over)\s+$")
#: "at" right before "the end of June" / "the start of the year": an instant, not a stretch.
#: "that June", "the same November": the month of the year the text last stated.
_THAT_BEFORE = re.compile(r"\b(?:that|the\s+same)\s+$", re.IGNORECASE)
#: "October of that year", "June of the same year", "March of the following / previous year" (after a month).
_OF_THAT_YEAR = re.compile(r"\s+of\s+(that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|"
                           r"the\s+prior)\s+year\b(?![-\w'’])", re.IGNORECASE)
_OF_YEAR_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
#: "by the end of June", "until / before the end of June": the month's last day, as "at the end of June" is.
_UNTIL_BEFORE = re.compile(r"\b(?:by|until|till|through|before)\s+$", re.IGNORECASE)


def _ended_quarter(c: Candidate, ctx: Context) -> tuple[int, int] | None:
    """(year, quarter) of a period followed by the day it ended ("the quarter ended July 31" -> its calendar
    quarter, the one holding most of its three months), placed in the year that keeps that day on or before the
    publication date (after it in a clause about the future, "the quarter ending in June" not "ended"); None without
    such a day or a publication date."""
    m = _ended_match(ctx.text, c.end)
    if m is None or ctx.dct is None:
        return None
    month = month_no(m.group("mon"))
    day = int(m.group("day")) if m.group("day") else calendar.monthrange(ctx.dct.year, month)[1]
    end = safe_date(ctx.dct.year, month, day)
    if end is None:
        return None
    ahead = "ended" not in m.group(0) and is_future(ctx.text, c.start, c.end)  # "expects sales in the quarter ending in June to rise"
    if end > ctx.dct and not ahead:
        end = safe_date(ctx.dct.year - 1, end.month, end.day) or end
    body = end - timedelta(days=QUARTER_BODY_DAYS)
    return body.year, quarter_of(body)


#: The year written after the day a period ended: "the fourth quarter ended March 31, 2031".
_ENDED_YEAR_AFTER = re.compile(r",?\s+(?P<year>(?:19|20)\d\d)\b")


def _ended_part(c: Candidate, ctx: Context, n: int, months: int) -> tuple[int, tuple[date, date] | None] | None:
    """A quarter or half named by its number and then the day it ended ("the fourth quarter ending March 31", "its
    second quarter ended Oct. 31"): the year that day falls in (placed on or before the publication date unless the
    period is told as still to come, as ``_ended_quarter`` does; or the year written after it) and, when the period's
    months are not those of the calendar quarter or half of that number (a fiscal year: "the fourth quarter ending
    March 31" runs from January to March), the stretch it covers, ``months`` long and ending on that day. TimeML keeps
    the period's own number in its value (``2031-Q4``). None without such a day."""
    m = _ended_match(ctx.text, c.end)
    if m is None or ctx.dct is None:
        return None
    month = month_no(m.group("mon"))
    written = _ENDED_YEAR_AFTER.match(ctx.text, m.end()) if m.group("day") else None
    year = int(written.group("year")) if written else ctx.dct.year
    day = int(m.group("day")) if m.group("day") else calendar.monthrange(year, month)[1]
    end = safe_date(year, month, day)
    if end is None:
        return None
    # (a period "ending" on a day ahead that has already begun is the one under way: "the fourth quarter ending March
    # 31" in February, whatever the tense)
    under_way = "ended" not in m.group(0) and end > ctx.dct and (end.year * 12 + end.month) - months \
        < ctx.dct.year * 12 + ctx.dct.month
    ahead = "ended" not in m.group(0) and (under_way or is_future(ctx.text, c.start, c.end))
    if written is None and end > ctx.dct and not ahead:
        end = safe_date(end.year - 1, end.month, end.day) or end
    if end.day == calendar.monthrange(end.year, end.month)[1]:  # whole months: exactly those, when not the calendar's
        first_year, first_month = divmod(end.year * 12 + end.month - months, 12)
        start = date(first_year, first_month + 1, 1)
        own = end.month == n * months and start.year == end.year
    else:  # a period of whole weeks ("the fourth quarter ended Aug. 26"): 13 or 26 of them, when mostly another part
        start = end - timedelta(days=91 * months // 3 - 1)
        own = ((start + timedelta(days=(end - start).days // 2)).month - 1) // months + 1 == n
    return end.year, None if own else (start, end)


_SLASH_DATE = re.compile(r"(?<![\d/.$-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?!\d|/\d)")
#: A dotted day ("12.06.2030", "3.7.2029"): written day first wherever it is used, so a text that writes one writes
#: its slash dates day first too.
_DOTTED_DATE = re.compile(r"(?<![\d.])(?:[0-3]?\d)\.(?:[01]?\d)\.(?:19|20)\d\d(?!\d|\.\d)")
_DAY_FIRST_MEMO: dict[tuple[str, date | None], bool | None] = {}
#: A slash date with its year, in a sentence told in the past, lies at most this many days after the publication date.
DATED_PAST_SLACK_DAYS = 2


def _day_first(text: str, dct: date | None) -> bool | None:
    """How the text writes its slash dates, from the evidence of the whole text, in order: another slash date that
    can only be read one way ("14/06/2030" day first, "06/14/2030" month first; both kinds: no evidence); a dotted
    date ("12.06.2030", written day first); a slash date that is the publication date read one way and not the
    other (a byline or dateline "12/06/2030" over a text of June 12, 2030: day first); how the text writes its
    long dates ("22 July" or "July 22"), else the country of its dateline
    (:func:`analysis.time.timex_order.text_day_first`). True for day first, False for month first, None when the
    text tells nothing (each date is then read by its own sentence: :func:`_slash_reading`)."""
    key = (text, dct)
    if key in _DAY_FIRST_MEMO:
        return _DAY_FIRST_MEMO[key]
    day_first = month_first = dated_day = dated_month = False
    for m in _SLASH_DATE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        day_first |= a > 12 and 1 <= b <= 12
        month_first |= b > 12 and 1 <= a <= 12
        if dct is not None and a <= 12 and b <= 12 and a != b:
            year = year_of(m.group("year"), dct)
            dated_day |= safe_date(year, b, a) == dct
            dated_month |= safe_date(year, a, b) == dct
    hit: bool | None
    if day_first != month_first:
        hit = day_first
    elif not (day_first or month_first) and _DOTTED_DATE.search(text):
        hit = True
    elif dated_day != dated_month:
        hit = dated_day
    else:
        hit = text_day_first(text)  # how the text writes its long dates, else its dateline's country
    if len(_DAY_FIRST_MEMO) >= 1000:
        _DAY_FIRST_MEMO.clear()
    _DAY_FIRST_MEMO[key] = hit
    return hit


def _read_day_first(month: int, day: int, year: int, c: Candidate, ctx: Context) -> bool:
    """Whether an ambiguous slash date with its year ("07/06/2030") is read day first: as the text writes its dates
    (:func:`_day_first`) unless that puts a deed told in the past after publication (:func:`_past_on_the_wrong_side`),
    else by its own sentence (:func:`_slash_reading`)."""
    order = _day_first(ctx.text, ctx.dct)
    if order is None:
        return _slash_reading(month, day, year, c, ctx)
    return not order if _past_on_the_wrong_side(month, day, year, order, c, ctx) \
        or _ahead_on_the_wrong_side(month, day, year, order, c, ctx) else order


def _slash_order_shown(text: str) -> bool:
    """Whether another slash date of the text can be read one way only ("14/06/2030", "06/14/2030")."""
    return any((int(m.group("a")) > 12) != (int(m.group("b")) > 12) for m in _SLASH_DATE.finditer(text))


def _past_on_the_wrong_side(month: int, day: int, year: int, day_first: bool, c: Candidate, ctx: Context) -> bool:
    """Whether the order the text's other evidence gives an ambiguous slash date with its year (its long dates, its
    dateline's country) puts a day told in the past after the publication date while the other order puts it before:
    "the directive, issued 01/06/2024" in an article of 9 January 2024 that writes "9 January" is 6 January, not
    1 June ("had fallen to 25% as of 3/12/2021" on 17 March 2021: 12 March). A deed told in the past has been done;
    another slash date that shows the order outweighs this."""
    if ctx.dct is None or month == day:
        return False
    chosen, other = (safe_date(year, day, month), safe_date(year, month, day)) if day_first \
        else (safe_date(year, month, day), safe_date(year, day, month))
    latest = ctx.dct + timedelta(days=DATED_PAST_SLACK_DAYS)
    if chosen is None or other is None or not (other <= latest < chosen):
        return False
    return _told_in_past(ctx.text, c.start) and not is_future(ctx.text, c.start, c.end) \
        and not _slash_order_shown(ctx.text)


def _ahead_on_the_wrong_side(month: int, day: int, year: int, day_first: bool, c: Candidate, ctx: Context) -> bool:
    """The mirror of :func:`_past_on_the_wrong_side`: whether the order the text's other evidence gives an ambiguous
    slash date with its year puts a day its sentence tells as still to come before the publication date while the
    other order puts it on or after it ("will be given a deadline until 08/07/2024" in a text of 6 August 2024 that
    writes "5.8.2024" is 7 August, not 8 July: a deadline still to come has not passed). Not a plan told in the past
    (it may have lapsed), nor when another slash date shows the order."""
    if ctx.dct is None or month == day:
        return False
    chosen, other = (safe_date(year, day, month), safe_date(year, month, day)) if day_first \
        else (safe_date(year, month, day), safe_date(year, day, month))
    earliest = ctx.dct - timedelta(days=DATED_PAST_SLACK_DAYS)
    if chosen is None or other is None or not (chosen < earliest <= other):
        return False
    return is_future(ctx.text, c.start, c.end) and not planned_then(ctx.text, c.start) \
        and not _slash_order_shown(ctx.text)


def _slash_reading(month: int, day: int, year: int, c: Candidate, ctx: Context) -> bool:
    """Whether an ambiguous slash date ("04/09/2030") in a text that tells nothing of its order is read day first:
    when month first puts it on the wrong side of the publication date for its sentence and day first does not (a
    sentence told in the past holds no day months after publication, a sentence about the future none months
    before it), the reverse month first; when the tense allows both, day first only if it lies less than half as
    far from the publication date. Else month first, the default."""
    if ctx.dct is None:
        return False
    m_first, d_first = safe_date(year, month, day), safe_date(year, day, month)
    if m_first is None or d_first is None:
        return False
    slack = timedelta(days=YEARLESS_PAST_SLACK_DAYS)
    if is_future(ctx.text, c.start, c.end):
        if (m_first < ctx.dct - slack) != (d_first < ctx.dct - slack):
            return m_first < ctx.dct - slack
    else:
        # a date written with its year leaves no doubt of the year: a past event lies no more than a day or two after
        # publication (a dateline a time zone ahead), so "had removed the pots on 11/10/2031" in an article of 12
        # October 2031 is 11 October, not 10 November (the yearless slack is for a day whose year is guessed)
        near = timedelta(days=DATED_PAST_SLACK_DAYS)
        if _told_in_past(ctx.text, c.start) and (d_first <= ctx.dct + near) != (m_first <= ctx.dct + near):
            return d_first <= ctx.dct + near
    # both readings allowed by the tense: a text's numeric dates are mostly of days near its publication, so day
    # first when that reading lies less than half as far from the publication date as month first ("published its
    # report on 07/09/2030" in an article of 12 September: 7 September, not 9 July); else month first, the default
    return 2 * abs((d_first - ctx.dct).days) < abs((m_first - ctx.dct).days)


#: Numbers written like a month and day that name something else: an event ("9/11") or a span ("24/7").
_SLASH_NAMES = frozenset(LEX["slash_names"])


#: A period named by the day it ends, with "ending" (not "ended"), the day right after it or joined to such a day by
#: "and": "a covenant test for the quarters ending March 31 and June 30", "the year ending 30 June". "Ending" tells no
#: tense: the period may be over or still to come, so the day is the nearest such day on either side of the
#: publication date (as for a plan told in the past), not the last one gone by.
#: A year written right before a month and day, in the order of East Asian dates and their translations ("Black Monday
#: (1987 October 20)"): the day's year.
_YEAR_RIGHT_BEFORE = re.compile(r"(?<![\d,.$])(?P<year>(?:1[0-9]|20)\d\d)\s+$")
_PERIOD_ENDING_BEFORE = re.compile(r"\b(?:quarters?|periods?|years?|months?|halves|half|weeks?)\s+ending\s+(?:on\s+)?"
                                   r"(?:(?:[A-Za-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]+\.?),?\s+and\s+)?$",
                                   re.IGNORECASE)
#: A day in the infinitive of an agreement, decision or schedule earlier in the clause ("agreed to hold a ballot on
#: June 3", "setting a hearing to start on June 3"): what is agreed or scheduled comes after the agreeing (TimeML orders
#: the infinitive's event after its governing one), so the day may lie on either side of the publication date even when
#: the agreeing is told in the past; as a month so told (``forward_infinitive``), the nearest such day.
_PLAN_INFINITIVE_DAY_BEFORE = re.compile(
    r"\b(?:agreed|agreement|decided|decision|voted|planned|plans?|promised|pledged|vowed|intended|proposed|proposal|"
    r"schedul(?:ed|ing)|setting)\s+(?:[^.;:!?\n,]{0,60}?\s)?to\s+(?!be\b|have\b)[a-z]+\b"
    r"(?:[^.;:!?\n]|\.(?=[\d,])){0,60}?\s(?:on|from|by)\s+$", re.IGNORECASE)


#: A day named without its year as the modifier of a scheduled event's noun (``scheduled_event_nouns`` of the lexicon,
#: at most two words between: "at the May 20 annual meeting", "its June 3 hearing", "the Oct. 9 deadline"): the event's
#: own name, which the verb of the sentence does not place ("said it had nominated candidates for the May 20 annual
#: meeting" in March is the coming meeting): the nearest such day on either side.
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(LEX["scheduled_event_nouns"], key=len, reverse=True))
    + r")\b(?!['’])")


#: A day set as a deadline or extended to, written before the day: "extending the deadline for delivering audited
#: statements to Sept. 30", "set a deadline of June 5", "extended the offer until March 3" (not "missed the deadline on
#: March 3": the day it was missed). Such a day is set ahead of
#: the setting, whatever tense tells the setting: the nearest such day on either side of the publication date.
#: A role's complement, then "from" right before the date ("named Ana Reed as its new chief executive from Jan. 1",
#: "as chair from March 1"): the day the role starts, fixed when the naming was told, so on either side of it.
_ROLE_FROM_BEFORE = re.compile(r"\bas\s+(?!(?:much|many|early|soon|late|long|far|well|high|low)\b)"
                               r"(?:[A-Za-z'’&.-]+\s+){1,5}?from\s+$")
_DEADLINE_BEFORE = re.compile(r"(?:\bdeadlines?\b[^.;:!?\n]{0,60}?\b(?:to|until|till|of|for)|"
                              r"\b(?:extend(?:s|ed|ing)?|extension)\b[^.;:!?\n]{0,60}?\b(?:to|until|till|through))\s+$",
                              re.IGNORECASE)


def _names_an_event(c: Candidate, ctx: Context) -> bool:
    """Whether the yearless day ``c`` stands between an article or possessive (or opens on "the": "the 3 July
    hearing") and an event's noun (see :data:`_EVENT_NOUN_AFTER`)."""
    article = _ARTICLE_BEFORE.search(ctx.text, max(0, c.start - 30), c.start) \
        or ctx.text[c.start:c.start + 4].lower() == "the "
    return bool(article and _NOUN_AFTER.match(ctx.text, c.end) and _EVENT_NOUN_AFTER.match(ctx.text, c.end))


def _weekday_slash_day(first: int, second: int, weekday: int, ctx: Context) -> date | None:
    """The day of "Tuesday 1/23" (``first``/``second`` as written, ``weekday`` ISO): of the readings month first and
    day first in the year before, of and after the publication, those that fall on the weekday, the nearest the
    publication date (the weekday tells the year and the order that a yearless number cannot); None when none
    falls on it (a misprint: the day is left to the weekday alone)."""
    if ctx.dct is None:
        return None
    options = [d for k in (-1, 0, 1) for month, day in ((first, second), (second, first))
               if (d := safe_date(ctx.dct.year + k, month, day)) is not None and d.isoweekday() == weekday]
    return min(options, key=lambda d: abs((d - ctx.dct).days)) if options else None


def resolve_calendar(c: Candidate, ctx: Context) -> Resolved | None:
    """iso / slash / slashday / wdslash / slashhead / dotted / mdy / dmy: a calendar day (with an optional clock
    time)."""
    if c.kind in ("wdslash", "slashwd"):  # "Tuesday 1/23", "2/20 (Thursday)": the year and the order that put
        # the day on its weekday
        month, day = int(g(c, "m")), int(g(c, "d"))
        if f"{month}/{day}" in _SLASH_NAMES:
            return None
        d = _weekday_slash_day(month, day, LEX["weekdays"][low(c, "wd")], ctx)
        if d is None:  # no reading falls on the weekday: read as a yearless day
            d = yearless_day(month, day, ctx, is_future(ctx.text, c.start, c.end), c.start) if 1 <= month <= 12 else None
        if d is not None:
            month, day = d.month, d.day
    elif c.kind in ("slashday", "slashhead"):  # "on 11/11", "- 1/31: results": ordered as the text writes its
        # slash dates, in the year of its tense
        month, day = int(g(c, "m")), int(g(c, "d"))
        if f"{month}/{day}" in _SLASH_NAMES or ctx.dct is None:
            return None  # "since 9/11": the name of an event, not a day of the publication year
        if month > 12 and day <= 12 or day <= 12 and _day_first(ctx.text, ctx.dct):
            month, day = day, month
        d = yearless_day(month, day, ctx, is_future(ctx.text, c.start, c.end), c.start) if 1 <= month <= 12 else None
    elif c.kind in ("iso", "slash", "dashed", "dotted"):
        month, day = int(g(c, "m") or g(c, "m2") or g(c, "m3")), int(g(c, "d") or g(c, "d2") or g(c, "d3"))
        year = year_of(g(c, "year"), ctx.dct)
        if c.kind in ("slash", "dashed") and (month > 12 and day <= 12
                                              or day <= 12 and _read_day_first(month, day, year, c, ctx)):
            month, day = day, month  # "27/01/2031": day first (and "07/06/2030" in a text that writes its days first)
        d = safe_date(year, month, day)
    elif g(c, "mon2"):  # "27-Jan-2031"
        month, day = month_no(g(c, "mon2")), int(g(c, "day"))
        d = safe_date(year_of(g(c, "year2"), ctx.dct), month, day)
    else:
        month, day = month_no(g(c, "mon")), int(g(c, "day"))
        if g(c, "year"):
            d = safe_date(int(g(c, "year")), month, day)
        elif g(c, "rel2") and ctx.dct:
            d = safe_date(ctx.dct.year + {"this": 0, "last": -1, "next": 1}[low(c, "rel2")], month, day)
        elif (written := _YEAR_RIGHT_BEFORE.search(ctx.text, max(0, c.start - 6), c.start)) is not None:
            d = safe_date(int(written.group("year")), month, day)  # "1987 October 20"
        elif ctx.coarse is not None and not g(c, "weekof") and not clock_value(c) \
                and (of_year := _OF_THAT_YEAR.match(ctx.text, c.end)) is not None:
            # "ended its first session on May 18, 2012, and had lost half its value by Sept. 4 of that year": one
            # expression, the day of the year the text last stated (or the one after / before it), as for a month
            ref, anchor = narrative(ctx, "year")
            d = safe_date(ref.year + _OF_YEAR_STEP.get(of_year.group(1).lower().split()[-1], 0), month, day) \
                if ref is not None else None
            if d is None:
                return None
            ctx.narrative, ctx.narrative_value = d, ymd(d)
            return Resolved(c.start, of_year.end(), "DATE", ymd(d), anchor)
        else:
            # a plan told in the past ("had been due to publish its annual figures on September 3", "was set to vote
            # on July 2", "sealed bids were due on 27 June")
            # may lie on either side of the publication date: the nearest such day, as for a weekday
            future = is_future(ctx.text, c.start, c.end) and not planned_then(ctx.text, c.start) \
                or put_off_plan(ctx.text, c.start)  # ("had been due on May 2", put off: the coming one)
            plan = not future and (planned(ctx.text, c.start, c.end) or planned_then(ctx.text, c.start)
                                   or bool(_PERIOD_ENDING_BEFORE.search(ctx.text, max(0, c.start - 60), c.start))
                                   or _names_an_event(c, ctx)
                                   or bool(_DEADLINE_BEFORE.search(ctx.text, max(0, c.start - 80), c.start))
                                   or bool(_ROLE_FROM_BEFORE.search(ctx.text, max(0, c.start - 60), c.start))
                                   or bool(_PLAN_INFINITIVE_DAY_BEFORE.search(ctx.text, max(0, c.start - 160), c.start)))
            frame = framing_year(ctx.text, c.start)  # "In 2008, ... on March 3": that year's
            framed = framing_day(ctx.text, c.start) if frame is None and ctx.dct is not None else None
            if framed is not None and abs(framed.year - ctx.dct.year) > 0:
                # "On Jan. 30, 2019, shares fell 13%, and another 15% on Feb. 1": the day nearest the framing day
                near = [x for x in (safe_date(framed.year + k, month, day) for k in (-1, 0, 1)) if x is not None]
                d = min(near, key=lambda x: abs((x - framed).days)) if near else None
            else:
                d = safe_date(frame, month, day) if frame is not None else \
                    yearless_day(month, day, ctx, future, -2 if plan else c.start)
            if frame is None and framed is None and d is not None and not clock_value(c) \
                    and (before := _list_predecessor(ctx, c.start, c.end)) is not None:
                # a chronology runs in order ("Jan. 12, 2031 - A charge on the mill." then "Jan. 20 - The
                # regulator looks into it.", told in the present): a day heading the next entry is the first such
                # day after the last one the entries gave, whatever the tense of its line
                after = [x for x in (safe_date(before.year + k, month, day) for k in (0, 1))
                         if x is not None and x >= before]
                d = after[0] if after else d
            elif frame is None and framed is None and d is not None and not clock_value(c) and not g(c, "wd") \
                    and (lone := _list_predecessor(ctx, c.start, c.end, lone=True)) is not None:
                # the second entry of a chronology whose first gave its year ("Feb. 10, 2031 - A charge." then
                # "April 1 - The regulator looks into it.", written in November): the year the first entry wrote
                # runs on, whichever way the list runs; the nearest such day to that entry's
                near = [x for x in (safe_date(lone.year + k, month, day) for k in (-1, 0, 1)) if x is not None]
                d = min(near, key=lambda x: abs((x - lone).days)) if near else d
            if ctx.dct is None and not g(c, "weekof") and 1 <= month <= 12 and safe_date(2000, month, day):
                return Resolved(c.start, c.end, "DATE", f"XXXX-{month:02d}-{day:02d}", "")  # no year to read it by
    if d is None or day == 0:
        return None
    clock = clock_value(c)
    anchor = "" if g(c, "year") or g(c, "year2") else "publication"
    if g(c, "weekof"):
        return Resolved(c.start, c.end, "DATE", week_value(d), anchor)
    if not clock:
        ctx.narrative, ctx.narrative_value = d, ymd(d)
        last = safe_date(d.year, d.month, int(g(c, "day2"))) if g(c, "day2") else None
        if last is not None and last > d:  # "March 18-19": the first day's value, both days' interval
            return Resolved(c.start, c.end, "DATE", ymd(d), anchor, span=(d, last))
        return Resolved(c.start, c.end, "DATE", ymd(d), anchor)
    return Resolved(c.start, c.end, "TIME", ymd(d) + clock, anchor)


def resolve_slashmonth(c: Candidate, ctx: Context) -> Resolved | None:
    """"12/2029 - ..." opening a chronology's line: that month of that year."""
    return Resolved(c.start, c.end, "DATE", ym(int(g(c, "year")), int(g(c, "m"))))


#: "July-September", "April–June": the second month of a range joined by a dash is a month too.
_MONTH_DASH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                                r"December)\s?[-–—]\s?$")


#: "the March accession", "a May meeting": after an article, "March" and "May" modifying a lower-case noun are the
#: month (the verb and the modal never stand there); not "the March on Washington", "the May to June rise". So after
#: a possessive pronoun or a lower-case noun's possessive: "the company's March initial public offering", "since their
#: March debut" (not a name's: "the Women's March organisers").
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|\b[a-z]+['’]s)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|for|of|to|from|in|at|by|with|against|through|and|or|but|is|was|will|would|has|"
                         r"have|had|may|might|can|could|should|must|did|does|do)\b)[a-z]{3,}\b")
#: A government named after its leader ("the May government", "the May cabinet"): no month.
_LEADER_NOUN_AFTER = re.compile(r"\s+(?:government|administration|cabinet|ministry|era|doctrine|team|camp|years|premiership)\b")


#: The noun of a vote or a party gathering right after a month: "the November election", "a May referendum".
_VOTE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:elections?|primary|primaries|ballot|runoff|referendum|caucus|"
                         r"caucuses|conventions?|plebiscite|polls)\b")
#: A futures or options contract named by its month ("for December delivery", "the March contract", "July futures"):
#: the next such month, a contract still open (one that expired is no longer quoted).
_CONTRACT_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures|options)\b")
#: The same with a benchmark's name between ("the March New York cocoa contract", "March Brent futures"), a
#: commodity's benchmark right after the month ("March Brent eased 1.1%", "March gold settled"), or the commodity and
#: "for" right before it ("copper for March rose", "Brent crude for March slid 2%"): the delivery month of a contract.
_COMMODITY = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                      for w in sorted(LEX["contract_commodities"], key=len, reverse=True))
_CONTRACT_NAMED_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w&-]*|" + _COMMODITY + r")\s+){1,3}"
                                   r"(?:delivery|contracts?|futures|options)\b|\s+(?:" + _COMMODITY + r")\b"
                                   r"(?!\s+(?:prices?|output|production|exports?|imports?|demand|supply|inventories|"
                                   r"stocks|sales)\b)")
_CONTRACT_FOR_BEFORE = re.compile(r"\b(?:" + _COMMODITY + r")\s+(?:(?:crude|oil|futures|contracts?)\s+)?for\s+$",
                                  re.IGNORECASE)
#: The same nouns right before the month: "the party's convention in July", "the primaries in June", "cast a ballot in
#: November".
_VOTE_BEFORE = re.compile(r"\b(?:elections?|primary|primaries|ballot|runoff|referendum|caucus|caucuses|conventions?|"
                          r"plebiscite|polls)\s+(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


#: The earlier side of a comparison, right before a month that modifies a noun: "down from its August forecast",
#: "compared with the July estimate", "higher than its March peak", "below the June high".
#: A stock held, its amount, then "at" the month (its end): "a cash balance of $40 million at the end of June",
#: "net debt of $1.2 billion as of June" (a level read off the books on that day, which has come).
_LEVEL_AT_BEFORE = re.compile(r"\b(?:balance|cash|debt|deposits|reserves|holdings|inventor(?:y|ies)|liquidity|borrowings|"
                              r"assets|backlog)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
                              r"[A-Z]{0,3}[$€£¥]?\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m|k)?\s+"
                              r"(?:at|as\s+of|as\s+at)\s+$", re.IGNORECASE)
#: A word of what is expected or aimed at: a level "at the end of June" after it may be a target ("expects net cash of
#: $90 million at the end of June").
_AIMED_WORD = re.compile(r"\b(?:expect\w*|forecast\w*|project\w*|target\w*|aim\w*|plan\w*|guid\w*|sees|see|hope\w*|"
                         r"predict\w*|estimat\w*)\b", re.IGNORECASE)


def _level_at_month(text: str, start: int) -> bool:
    """Whether the month at ``start`` is the day a stock's level was read ("the retailer's cash balance of $40 million
    at the end of June would not last the winter": the June gone by, though "would" follows), with no word of
    expectation or aim before it in its sentence."""
    if not _LEVEL_AT_BEFORE.search(text, max(0, start - 70), start):
        return False
    s = max(0, start - 200)
    for m in SENT_END.finditer(text, s, min(len(text), start + 1)):
        s = m.end()
    return _AIMED_WORD.search(text, s, start) is None


_BASELINE_BEFORE = re.compile(r"\b(?:(?:down|up|higher|lower|off|rise|fall|increase|decrease|drop|gain|change|cut|"
                              r"rose|fell|dropped|climbed|slipped)\s+from|compared\s+(?:with|to)|versus|vs\.?|"
                              r"(?:higher|lower|more|less|above|below|under|over)\s+than|above|below)\s+"
                              r"(?:its|their|his|her|the|our)\s+(?:own\s+|earlier\s+|previous\s+|prior\s+|initial\s+)?$",
                              re.IGNORECASE)
#: A report's noun then "for" right before a month: "UK inflation data for June, due next Wednesday", "sales figures for
#: March", "the PMI reading for May" name the period the report covers, a month that has ended (as "the June sales
#: figures" does with ``REPORT_AFTER``), whatever the tense of the release.
_REPORT_FOR_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in LEX["report_nouns"]
                                                   if w not in ("update", "statement", "trading", "report"))
                                + r")s?\s+for\s+(?:the\s+)?(?:" + MONTH_WORD + r"\s?[-–]\s?)?$", re.IGNORECASE)
#: A start date appended after a comma: "named her finance chief, starting in January", "a new fee, effective
#: March". What is appointed or set to start lies after the announcing of it, so the month is the nearest such one
#: on either side (the coming one when as near: "effective January" told in July), not the last one gone by.
_START_APPENDED_BEFORE = re.compile(r"[,(]\s*(?:starting|beginning|effective|commencing)\s+(?:(?:in|from)\s+)?"
                                    r"(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
#: A figure a release is to show for a month: "Thursday's CPI report is expected to show annual inflation of 2.8% in
#: August" (a month's data, released once the month is over: the month gone by, whatever the tense of the release).
_SHOWN_FIGURE_BEFORE = re.compile(r"\bto\s+show\b(?:[^.;:!?\n]|\.(?=\d)){0,60}?\d\s*(?:%|per\s*cent|percent)\s+"
                                  r"(?:in|for)\s+$", re.IGNORECASE)
#: A fiscal year named by the month it starts in, no year given: "its forecast for the fiscal year starting April",
#: "the financial year beginning in July" (the participle tells no tense: the year that starts in the nearest such
#: month, on either side of the publication date; "starts" / "began" are read by their tense).
_FISCAL_START_BEFORE = re.compile(r"\b(?:fiscal|financial|business)\s+year\s*,?\s+(?:starting|beginning)\s+"
                                  r"(?:(?:on|in|from)\s+)?$", re.IGNORECASE)
#: A reporting period of a stated length right before the month that ends it: "the six months to August", "the 12
#: months ended March", "the year to January", "the half-year ending June", "the quarter through September".
_PERIOD_TO_BEFORE = re.compile(r"\b(?:(?P<n>[\w-]+)[\s-]+(?P<unit>months?|weeks?)|(?P<whole>year|half|half-year|quarter))"
                               r"\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_PERIOD_MONTHS = {"year": 12, "half": 6, "half-year": 6, "quarter": 3}


def _period_months_before(text: str, start: int) -> int:
    """The length in whole months of the reporting period that a month at ``start`` ends ("the six months to
    August": 6; "the four weeks to September": 1; "the year to March": 12), or 0 when none stands right before it."""
    m = _PERIOD_TO_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return 0
    if m.group("whole"):
        return _PERIOD_MONTHS[m.group("whole").lower()]
    n = number_value(m.group("n"))
    if n is None or n <= 0 or n != int(n):
        return 0
    return max(1, int(n) // 4) if m.group("unit").lower().startswith("week") else int(n)


#: An extension reaching to a month: "has extended the loans through January", "extended the ban to February", "the
#: deadline was extended into January", "renewed the waiver until March". An extension looks ahead from when it is
#: made, so the month is the coming one whatever the tense (as "postponed to May" is, in ``is_future``); not a run of
#: moves extended up to a month ("extended its losing streak to October", "extended gains into March").
_EXTENDED_TO_BEFORE = re.compile(r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?)\b"
                                 r"(?![^.;:!?]{0,40}?\b(?:streak|run|gains?|loss(?:es)?|rally|slide|slump|declines?|"
                                 r"lead|falls?|drops?|rises?|advances?|winning|losing|record)\b)[^.;:!?]{0,60}?"
                                 r"\b(?:through|until|till|to|into)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
#: After a month used as a given name: a capitalised surname, then an apposition ("April Lane, a spokeswoman") or a
#: verb of saying ("June Haber said").
_PERSON_AFTER = re.compile(r"[ \t]+(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,[ \t]+(?:a|an|the|who|whose|one)\b|"
                           r"[ \t]+(?:said|says|told|added|wrote|declined|did\s+not|does\s+not)\b)")


#: What may join a month to the coming month named right before it in the same clause, so that it runs on from it:
#: "and", a determiner and up to three words of a noun, then a preposition of time ("a restart in mid-March and a
#: ramp-up through April", "will close in November and reopen in January"); no past verb, no clause break and no word
#: turning back ("after", "since", "than") between (``_past_word_between`` checks the verbs).
_CHAIN_GAP = re.compile(r"\s*(?:,\s*)?(?:and|then|and\s+then)\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?"
                        r"(?:(?!(?:after|since|than|from|last|ago|earlier|previous|before)\b)[\w'’-]+\s+){0,3}?"
                        r"(?:in|through|until|till|into|by|during)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
#: How far the month of such a chain may stand after the month before it.
CHAIN_GAP_CHARS = 60


def _runs_on_from_month(ctx: Context, start: int, month: int) -> int | None:
    """The year of a month named without one at ``start`` when it is joined (``_CHAIN_GAP``) to a month just resolved
    after the month of writing: the first such month on or after that one ("assumes a restart in mid-March and a
    ramp-up through April", written in February: the coming April, not the one gone by). None otherwise."""
    end, year, mon = ctx.last_month
    if end < 0 or ctx.dct is None or not 0 <= start - end <= CHAIN_GAP_CHARS \
            or year * 12 + mon <= ctx.dct.year * 12 + ctx.dct.month:
        return None
    if not _CHAIN_GAP.fullmatch(ctx.text, end, start) or _PAST_WORD_IN.search(ctx.text, end, start):
        return None
    return year if month >= mon else year + 1


#: "since" right before a month (an optional "early", "mid", "late"): the month a stretch up to now began.
_SINCE_MONTH_BEFORE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
#: A preposition of time right before a month: the month is when the clause's deed happened ("suspended his
#: campaign in February"), not a modifier ("orders for November transactions").
_WHEN_MONTH_BEFORE = re.compile(r"\b(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)


#: A relative clause closed by its own date, then a second date with its own preposition: "publish results for the
#: year that ended in March in late August". The second date is the main clause's (a stretch cannot end in March in
#: August), so the relative clause's tense is no tense of it.
_RELATIVE_DATE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[a-z]+\s+){1,2}?(?:in|on|during)\s+(?:(?:early|mid|late)[\s-]+)?"
                                   + MONTH_WORD + r"(?:\s+(?:19|20)\d\d)?\s+(?:in|by|during)\s+(?:(?:early|mid|late)[\s-]+)?$",
                                   re.IGNORECASE)


def _done_in_clause(text: str, start: int, end: int) -> bool:
    """Whether the month at ``text[start:end]`` is the time of a deed its clause tells in the past (after "in" or
    "during", a past verb that is no verb of saying: "he suspended his campaign in February"), or the month a stretch
    runs "since": the month is then no later than the month of writing (a month just ahead is read only for what is
    told in advance: "told buyers of a price cut in September"). Not a month that modifies a noun after it."""
    if _NOUN_AFTER.match(text, end):
        return False  # "placed orders to start the first trading day for November transactions"
    if _SINCE_MONTH_BEFORE.search(text, max(0, start - 12), start):
        return True
    if not _WHEN_MONTH_BEFORE.search(text, max(0, start - 12), start):
        return False
    s = max(0, start - 200)
    for m in SENT_END.finditer(text, s, min(len(text), start + 1)):
        s = m.end()
    return past_in_clause(text, s, start, reporting=False)


_ORD_WEEK = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1,
             "final": -1}


def resolve_ordweekday(c: Candidate, ctx: Context) -> Resolved | None:
    """the last Friday in August / the first Monday of October 2031: that weekday of the month, the month placed as
    it would be alone (its year, else the tense of its clause)."""
    mstart = ctx.text.index(g(c, "mcore"), c.start)
    month = resolve_month(Candidate("month", mstart, mstart + len(g(c, "mcore")),
                                    {"mon": g(c, "mon"), "year": g(c, "year") or None}), ctx)
    if month is None or not re.fullmatch(r"\d{4}-\d\d", month.value):
        return None
    year, mon = int(month.value[:4]), int(month.value[5:])
    day = nth_weekday(year, mon, LEX["weekdays"][low(c, "wd")], _ORD_WEEK[low(c, "ord")])
    if day.month != mon:
        return None  # no fifth such day
    ctx.narrative, ctx.narrative_value = day, ymd(day)  # the day the text goes on to tell, as a date written in full
    return Resolved(c.start, c.end, "DATE", ymd(day), month.anchor)


#: A month without a year joined to a month with one right after it ("in January and July 2032", "from December to
#: March 2032", "March-April 2031"): the two months share the year written once (the first month before the second).
_YEAR_SHARED_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|till|into|and\s+(?:again\s+)?in|or\s+in|"
                                r"(?<=\w)[-–—]|\s[-–—])\s*(?:(?:early|mid|late)[\s-]+)?(?P<mon>" + MONTH_WORD
                                + r")\s+(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)")
#: The first month of a range of two months named without a year: "between January and March", "from November to
#: February" (the second month right after: ``_RANGE_SECOND_AFTER``).
_RANGE_FIRST_BEFORE = re.compile(r"\b(?:between|from)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
_RANGE_SECOND_AFTER = re.compile(r"\s+(?:and|to|through|until|till)\s+(?:(?:early|mid|late)[\s-]+)?(?P<mon>"
                                 + MONTH_WORD + r")(?!\s+(?:(?:19|20)\d\d|[0-3]?\d)\b)")
#: A range of months joined by a dash, a quarter's span: "its July-September results" (the second month right after).
_RANGE_DASH_SECOND_AFTER = re.compile(r"[-–](?P<mon>" + MONTH_WORD + r")(?!\s+(?:(?:19|20)\d\d|[0-3]?\d)\b)")


#: "this year", then a word turning to another event of it and that event's month: "its second increase this year, after
#: one in February", "the third cut this year following one in June" (up to six words between, no clause break).
_THIS_YEAR_EVENT_BEFORE = re.compile(r"\bthis\s+year,?\s+(?:after|following|since|before|including|behind|besides)\s+"
                                     r"(?:[\w$€£%.'’-]+\s+){0,6}?(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?$",
                                     re.IGNORECASE)


def _year_shared(ctx: Context, c: Candidate, month: int) -> int | None:
    """The year of a month named without one at ``c`` that opens a pair of months: the year written after the second
    month ("restores the cuts in two stages, in January and July 2032": January 2032, not the January gone by), or,
    for a range of two yearless months ("would audit the accounts between January and March", written in March),
    the year the second month takes alone; for a report's months joined by a dash ("its July-September results"),
    the year of the last such stretch ended within a quarter (the range ends there). The first month lies before the
    second: "from December to March 2032" opens in December 2031. None when the month opens no such pair."""
    text = ctx.text
    m = _YEAR_SHARED_AFTER.match(text, c.end)
    if m is not None:
        year, second = int(m.group("year")), month_no(m.group("mon"))
        return year if month <= second else year - 1
    m = _RANGE_DASH_SECOND_AFTER.match(text, c.end)
    if m is not None and ctx.dct is not None and (REPORT_AFTER.match(text, m.end())
                                                  or _REPORT_FOR_BEFORE.search(text, max(0, c.start - 30), c.start)):
        # "would postpone its July-September quarter results", written in October: the months a report covers end
        # in the last such month gone by, when it ended within a quarter of the day of writing (else the coming one:
        # "will publish January-March sales" in January), whatever the tense of the release
        second = month_no(m.group("mon"))
        year = ctx.dct.year - (second > ctx.dct.month)
        if (ctx.dct.year * 12 + ctx.dct.month) - (year * 12 + second) > 3:
            year += 1
        return year if month <= second else year - 1
    if not _RANGE_FIRST_BEFORE.search(text, max(0, c.start - 16), c.start) \
            or (m := _RANGE_SECOND_AFTER.match(text, c.end)) is None:
        return None
    second_word = m.group("mon").rstrip(".")
    alone = Candidate("month", m.start("mon"), m.start("mon") + len(second_word), {"mon": second_word})
    end = resolve_month(alone, ctx)
    if end is None or not re.fullmatch(r"\d{4}-\d\d", end.value):
        return None
    year, second = int(end.value[:4]), int(end.value[5:])
    return year if month <= second else year - 1


#: A month named without a year that falls this many months or more after the publication month (the month right before
#: it, a year on) is read as the one a year earlier: the coming one that far ahead is written "next October" or with its
#: year. (Ten months would take a January text's "the vote in November" of an election year back a year.)
MONTH_AHEAD_NEEDS_NEXT = 11


def resolve_month(c: Candidate, ctx: Context) -> Resolved | None:
    """January / mid-January / last November / January 2025: a month (names like "May" need a preposition)."""
    mon = g(c, "mon")
    rel = low(c, "rel").split(" ")[-1] if g(c, "rel") else ""
    rel2 = low(c, "rel2")
    has_year = bool(g(c, "year") or g(c, "sy"))
    if not has_year and not rel and not rel2 and not g(c, "mod") and not g(c, "wkord"):
        if mon.endswith(".") or len(mon) <= 4 and mon.lower() not in ("may", "june", "july"):
            return None
        if mon in ("May", "March") and not PREP_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]) \
                and not _MONTH_DASH_BEFORE.search(ctx.text, max(0, c.start - 12), c.start) \
                and not (_ARTICLE_BEFORE.search(ctx.text, max(0, c.start - 30), c.start) and _NOUN_AFTER.match(ctx.text, c.end)
                         and not (mon == "May" and _LEADER_NOUN_AFTER.match(ctx.text, c.end))):
            return None
        if CAP_BEFORE.search(ctx.text[max(0, c.start - 25):c.start]):
            return None
        if _PERSON_AFTER.match(ctx.text, c.end) and not PREP_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]):
            return None  # "April Lane, a spokeswoman, said": a given name, its surname and an apposition or a report
    month = month_no(mon)
    if g(c, "sy") and spelled_year(g(c, "sy")):
        year: int | None = spelled_year(g(c, "sy"))
        anchor = ""
    elif has_year:
        year = int(g(c, "year"))
        anchor = ""
    elif rel2:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel2] if ctx.dct else None
        anchor = "publication"
    elif not rel and (shared := _year_shared(ctx, c, month)) is not None:
        year, anchor = shared, ""  # "in January and July 2032", "between January and March"
    elif not rel and ctx.dct is not None and _THIS_YEAR_EVENT_BEFORE.search(ctx.text, max(0, c.start - 90), c.start):
        # "the fare rise, its second this year after one in February, would apply to all routes": a month of the year the
        # phrase names, whatever the tense of the clause around it
        year, anchor = ctx.dct.year, "publication"
    elif not rel and not g(c, "mod") and ctx.coarse is not None and _THAT_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        ref, anchor = narrative(ctx, "year")  # "output peaked in 2018 and fell back that June"
        year = ref.year if ref is not None else None
    elif not rel and ctx.coarse is not None and (of_year := _OF_THAT_YEAR.match(ctx.text, c.end)):
        # "peaked in October of that year", "ended in June of the following year": one expression, the month of the
        # year the text last stated (or the one after / before it), not of the publication year
        ref, anchor = narrative(ctx, "year")
        if ref is None:
            return None
        year = ref.year + _OF_YEAR_STEP.get(of_year.group(1).lower().split()[-1], 0)
        at = bool(_AT_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)
                  or _UNTIL_BEFORE.search(ctx.text, max(0, c.start - 8), c.start))
        return Resolved(c.start, of_year.end(), "DATE", ym(year, month), anchor,
                        span=month_part(year, month, low(c, "mod"), at))
    else:
        # a month naming the period a report covers has ended ("will get the November retail sales figures on Friday")
        # ... and so does "inflation data for June" or "is expected to show inflation of 2.8% in August" (released
        # within a quarter of the month's end: "the data for September" in July looks ahead, to the coming September's)
        report = (bool(REPORT_AFTER.match(ctx.text, c.end))
                  or bool(_REPORT_FOR_BEFORE.search(ctx.text, max(0, c.start - 24), c.start)
                          or _SHOWN_FIGURE_BEFORE.search(ctx.text, max(0, c.start - 90), c.start))
                  and ctx.dct is not None and (ctx.dct.month - month) % 12 <= 3) and not g(c, "mod")
        # a vote named by its month in a sentence not told in the past is the coming one ("residents cannot vote in
        # the November general election", "the threat of an exit in a May referendum"; not "won February's primary")
        vote = bool(_VOTE_AFTER.match(ctx.text, c.end)) and not _told_in_past(ctx.text, c.start)
        # the earlier figure of a comparison ("now expects $6.5 billion, down from its August forecast of $6.9
        # billion", "above the March peak"): a figure already given, in a month gone by, whatever the sentence's tense
        contract = bool(_CONTRACT_AFTER.match(ctx.text, c.end)) \
            or not PREP_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]) \
            and bool(_CONTRACT_NAMED_AFTER.match(ctx.text, c.end)) \
            or bool(_CONTRACT_FOR_BEFORE.search(ctx.text, max(0, c.start - 40), c.start))
        baseline = bool(_BASELINE_BEFORE.search(ctx.text, max(0, c.start - 40), c.start)) and not g(c, "mod") \
            and not contract and bool(_NOUN_AFTER.match(ctx.text, c.end))
        extended = not report and not baseline and not rel \
            and bool(_EXTENDED_TO_BEFORE.search(ctx.text, max(0, c.start - 90), c.start))
        level = not rel and _level_at_month(ctx.text, c.start)
        past = not extended and (report or baseline or level
                                 or bool(PAST_VERB_OBJECT.search(ctx.text, max(0, c.start - 40), c.start)))
        quarter_ahead = bool(_QUARTER_NAMED_AFTER.match(ctx.text, c.end)) and month % 3 == 0 and ctx.dct is not None \
            and (ctx.dct.month - month) % 12 > QUARTER_LONG_REPORTED_MONTHS and present_ahead(ctx, c.start)
        ahead = extended or quarter_ahead or not past and not rel and (month_ahead(ctx, c.start) or infinitive_ahead(ctx, c.start)
                                                      or not g(c, "mod") and contract)
        # a vote named by its month, in a sentence told in the past or with no tense to go by, the month not the
        # object of a past verb ("is poised to face her in November's general election", "angered voters by
        # suggesting the November election may be rigged", "bent on winning before the party's convention in July"):
        # the nearest such vote, on either side ("carried by Quist in February's primary" in April is that February);
        # "lost the November election" keeps the last one
        told_vote = not vote and not past and (
            bool(_VOTE_AFTER.match(ctx.text, c.end)) and not PAST_VERB_GOVERNS.search(ctx.text, max(0, c.start - 40), c.start)
            or bool(_VOTE_BEFORE.search(ctx.text, max(0, c.start - 40), c.start)))
        # a plan told in the past ("had scheduled three launches, one of them in August", "the vote was due in May"):
        # the nearest such month, on either side
        # (of two as near, the coming one: "no changes were planned before the December timetable change" in June)
        # (the tense read before a relative clause that closes with a date of its own, right before this one)
        relative = _RELATIVE_DATE_BEFORE.search(ctx.text, max(0, c.start - 60), c.start) if not rel else None
        lead = relative.start() if relative is not None else c.start
        future = is_future(ctx.text, lead, c.end)
        plan = not rel and (planned_then(ctx.text, c.start) or planned(ctx.text, c.start, c.end)
                            or bool(_START_APPENDED_BEFORE.search(ctx.text, max(0, c.start - 30), c.start))
                            or bool(_FISCAL_START_BEFORE.search(ctx.text, max(0, c.start - 40), c.start)))
        year = yearless_month(month, ctx, rel, (future and not planned_then(ctx.text, c.start) or vote or ahead)
                              and not report and not baseline and not level,
                              past=past or not future and not ahead and _done_in_clause(ctx.text, lead, c.end),
                              nearest=not past and not rel and (told_vote or plan or forward_infinitive(ctx.text, c.start)
                                                                or intended_then(ctx.text, c.start)
                                                                or modal_over_possessive(ctx.text, c.start, c.end)),
                              tie_ahead=plan and future)
        if not rel and not has_year and put_off_plan(ctx.text, c.start):
            # "The vote, which had been expected in December, is likely to slip": what is put off is to come
            year = yearless_month(month, ctx, rel, True)
        if not rel and not g(c, "mod") and not report and not vote \
                and _INDEFINITE_BEFORE.search(ctx.text, max(0, c.start - 4), c.start) \
                and _MONTH_EVENT_NOUN_AFTER.match(ctx.text, c.end):
            # "would cut prices from Feb. 15, absorbing a January excise increase": a month naming one event among
            # others of its kind ("a January increase") dates that event, not the clause's verb: the nearest such month
            year = yearless_month(month, ctx, rel, False, nearest=True)
        elif not rel and not g(c, "mod") and not report and not vote and not has_year \
                and ((event := _MONTH_EVENT_NOUN_BEFORE.search(ctx.text, max(0, c.start - 80), c.start)) is not None
                     and not _governed_in_past(ctx.text, event.start())
                     or _CAUSE_EVENT_OF_BEFORE.search(ctx.text, max(0, c.start - 90), c.start)):
            # (and an event of the cause a main clause gives: "will resign over the collapse of the Arnby dam in June",
            # "would cut her pay after the failure of the Velto bank in March": the event's month, not the plan's)
            # the same event named before its month: "Powell said a cut in March was unlikely", "priced a 64% chance
            # of a rate cut by the Federal Reserve in March" (not the object of a past verb: "announced a cut in March")
            year = yearless_month(month, ctx, rel, False, nearest=True)
        if year is not None and not rel and ctx.dct is not None \
                and year * 12 + month - (ctx.dct.year * 12 + ctx.dct.month) >= MONTH_AHEAD_NEEDS_NEXT \
                and (not future or _NOUN_AFTER.match(ctx.text, c.end)):
            # "minutes of the central bank's March meeting come out on Friday", "March store sales down 4%", "took out
            # a loan in March", written in April: the month that ended right before the day of writing is still news,
            # and a writer who means the one eleven months ahead says "next October" or gives the year. (A clause told
            # ahead whose verb the month dates keeps the coming one: "the engine will be tested in October", written
            # in November.)
            year -= 1
        if year is not None and not rel and not past and not report and not baseline and not vote \
                and ctx.dct is not None and year * 12 + month <= ctx.dct.year * 12 + ctx.dct.month \
                and (chained := _runs_on_from_month(ctx, c.start, month)) is not None:
            year = chained  # "a restart in mid-March and a ramp-up through April": the April after that March
        if year is not None and not rel and not has_year and (months := _period_months_before(ctx.text, c.start)) \
                and ctx.dct is not None and year * 12 + month - months > ctx.dct.year * 12 + ctx.dct.month - 1:
            # "expect Tesco to report growth for the six months to August", written in September: a period not begun
            # by the day of writing has no figures to report; the one that ended last
            year -= 1
        anchor = "publication"
        if not rel and (frame := framing_year(ctx.text, c.start)) is not None:
            year, anchor = frame, f"text:{frame:04d}"  # "In 2008, ... in mid-September": the framing year's
        elif not rel and not has_year and (framed := framing_month(ctx.text, c.start)) is not None:
            # "March 2017 — The regulator certifies the jet; the first delivery follows in May": the nearest May
            fyear, fmonth = framed
            year = min((fyear - 1, fyear, fyear + 1), key=lambda y: abs(y * 12 + month - fyear * 12 - fmonth))
            anchor = f"text:{fyear:04d}-{fmonth:02d}"
        before = None if rel or g(c, "mod") and low(c, "mod") not in ("mid", "early", "late") else _list_predecessor(ctx, c.start, c.end)
        if before is not None and year is not None and (year, month) < (before.year, before.month):
            # a list of key dates runs in order: a month after an entry of October 2026 is the next such month
            year = before.year if month >= before.month else before.year + 1
            anchor = "text:" + ctx.narrative_value
    if year is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-{month:02d}", "")
    if g(c, "wkord"):  # "the last week of October": the ISO week holding that stretch of the month
        last_day = calendar.monthrange(year, month)[1]
        nth = _ORDS.get(low(c, "wkord"), 4)
        day = last_day - 3 if low(c, "wkord") in ("last", "final") else min(4 + 7 * (nth - 1), last_day)
        return Resolved(c.start, c.end, "DATE", week_value(date(year, month, day)), anchor)
    at = bool(_AT_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)
              or _UNTIL_BEFORE.search(ctx.text, max(0, c.start - 8), c.start))
    ctx.last_month = (c.end, year, month)
    return Resolved(c.start, c.end, "DATE", ym(year, month), anchor, span=month_part(year, month, low(c, "mod"), at))


#: A line of a list opening with its date: a bullet or none, the date (a weekday in brackets may follow), then a colon
#: or a dash ("* Oct. 9: the estimate", "Mid-November - the peak"); cleaning keeps such lines and drops the bullet.
_LIST_BULLET = re.compile(r"[ \t]*(?:[*•·\-–—][ \t]+)?")
_ENTRY_LINE = re.compile(r"[ \t]*(?:[*•·\-–—][ \t]+)?[^\W_][^\n:]{1,28}?(?:\s*\([^)\n]{1,12}\))?(?:\s*:|\s+[-–—])\s")
_ENTRY_AFTER = re.compile(r"(?:\s*\([^)\n]{1,12}\))?(?:\s*:|\s+[-–—])\s")
#: At most this many entries of such a list are read back for the last day it gave.
LIST_REACH_LINES = 6


def _list_predecessor(ctx: Context, start: int, end: int, lone: bool = False) -> date | None:
    """For a month heading a line of a bulleted list of dates ("* Mid-November: procurement peaks"): the last day the
    entries before it in the list gave (:attr:`Context.days`), when they gave two or more in order (a list of key
    dates read forward, not a timeline told backwards); None otherwise. With ``lone``, the day of the one entry before
    it when only one gave a day (its order unknown: the caller takes the nearest such day to it)."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    if not ctx.days or not _LIST_BULLET.fullmatch(text, line, start) or _ENTRY_AFTER.match(text, end) is None:
        return None
    first = line
    bullet = text[line:start].strip()
    for _ in range(1 if lone else LIST_REACH_LINES):  # back over the list's entries (under the same bullet as this one)
        prev_end = first - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        prev = text.rfind("\n", 0, prev_end) + 1
        if prev_end <= 0 or not _ENTRY_LINE.match(text, prev) or bullet and not text.startswith(bullet, prev):
            break
        first = prev
    # the days the entries open with ("* Aug. 31 - Deadline to file the report for the year ended March 31, 2015":
    # August, not the March inside the entry)
    days = [d for end, d in ctx.days if first <= end <= line and _ENTRY_AFTER.match(text, end)]
    if lone:  # the entry right above gave one day
        return days[0] if len(days) == 1 and first < line else None
    if len(days) < 2 or any(b < a for a, b in zip(days, days[1:])):
        return None
    return days[-1]


#: An exchange's suffix right after a number, no space between: a listed company's code ("1917.HK", "2603.TW", "6758.T").
_EXCHANGE_SUFFIX = re.compile(r"\.[A-Z]{1,4}\b(?![.'’]\w)")


#: Words of a poll or survey right before a number (``survey_words_before_count``): "a poll of 2047 registered voters".
_SURVEY_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEX["survey_words_before_count"])
                            + r")\s+(?:(?:about|some|nearly|almost|roughly|more\s+than|over|just\s+over|under)\s+)?$",
                            re.IGNORECASE)
#: The people counted after such a number: a plural, perhaps after an adjective or two ("registered voters", "adults").
_PEOPLE_AFTER = re.compile(r"\s+(?:[a-z]+[\s-]+){0,2}[a-z]{2,}s\b")


def resolve_year(c: Candidate, ctx: Context) -> Resolved | None:
    """1998 / fiscal 1998 / mid-1996: a year (counts such as "1500 troops" are not; far years in plans are suspect)."""
    year = int(g(c, "year"))
    if COUNT_NOUN.match(ctx.text, c.end) or _EXCHANGE_SUFFIX.match(ctx.text, c.end):
        return None  # (nor a listed company's code with its exchange: "Orlan Shipping (1917.HK) fell 2%")
    if ctx.dct is not None and year > ctx.dct.year + 1 and _SURVEY_BEFORE.search(ctx.text, max(0, c.start - 40), c.start) \
            and _PEOPLE_AFTER.match(ctx.text, c.end):
        # "a poll of 2047 registered voters" (2015): the people asked, counted; no survey asks the voters of a year
        # still to come ("a survey of 1998 graduates" may be that year's class, and stays)
        return None
    bare = not g(c, "mod") and not g(c, "fisc")
    if bare and year < 1900 and not PREP_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]) \
            and not (_LINE_HEAD_BEFORE.fullmatch(ctx.text, ctx.text.rfind("\n", 0, c.start) + 1, c.start)
                     and _CHRONOLOGY_AFTER.match(ctx.text, c.end)):
        return None  # (a year heading a chronology's line is one, however old: "1887 - Hollins opens a works")
    suspect = bool(ctx.dct and abs(year - ctx.dct.year) > SUSPECT_YEAR_GAP
                   and is_future(ctx.text, c.start, c.end))
    # "late 2022": its last quarter; "until the end of 2028" its last day, "since the start of 2024" January
    part = year_part(year, low(c, "mod"), *instant_before(ctx.text, c.start)) if g(c, "mod") else None
    start, end = c.start, c.end
    if not g(c, "fisc") and (after := _FISCAL_YEAR_AFTER.match(ctx.text, c.end)):
        # "the 2029 fiscal year", "its 2031 financial year": the year with its noun, as "fiscal year 2029" is
        end = after.end()
        if (the := _THE_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)) and not g(c, "mod"):
            start = the.start()
    return Resolved(start, end, "DATE", f"{year:04d}", "", suspect, span=part)


#: What may stand before a date heading its line (a list's bullet), and the dash or colon after it that opens the
#: entry of a chronology ("1887 - The works opens.", "* 1852: A mill is built.").
_LINE_HEAD_BEFORE = re.compile(r"[ \t]*(?:[*•·\-–—][ \t]*)?")
_CHRONOLOGY_AFTER = re.compile(r"[ \t]*(?:[-–—:][ \t]+|—)(?=[A-Z\"“'‘])")


#: "fiscal year" / "financial year" right after a year ("the 2029 fiscal year").
_FISCAL_YEAR_AFTER = re.compile(r"\s+(?:fiscal|financial)\s+year\b(?!\s*-|'s)", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")


_HEAT_BEFORE = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|heat|thermometers?|mercury)\b[^.!?]*$", re.IGNORECASE)
_SPELLED_DECADES = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]


def resolve_decade(c: Candidate, ctx: Context) -> Resolved | None:
    """the 1990s / the early '80s / the Sixties: the decade value (``199``)."""
    if g(c, "sdec") and _HEAT_BEFORE.search(ctx.text, max(0, c.start - 50), c.start):
        return None  # "highs in the nineties": degrees
    if g(c, "sdec"):  # a decade of the twentieth century spelled out ("the Sixties", "the mid-Nineties")
        return Resolved(c.start, c.end, "DATE", "19" + str(_SPELLED_DECADES.index(low(c, "sdec")) + 2))
    if g(c, "dec"):
        if g(c, "dec").endswith("00") and g(c, "dec") < "2000":
            # "the 1800s", "the early 1900s": a century (TimeML "18", "19"), as a writer means it, not its first
            # decade; "the 2000s" is read as a decade, as "the early 2000s" mostly is
            return Resolved(c.start, c.end, "DATE", g(c, "dec")[:2])
        return Resolved(c.start, c.end, "DATE", g(c, "dec")[:3])
    century = (ctx.dct.year // 100) if ctx.dct else 19
    short = int(g(c, "short"))
    if ctx.dct and century * 100 + short > ctx.dct.year:
        century -= 1
    return Resolved(c.start, c.end, "DATE", f"{century:02d}{short // 10}", "publication")


def resolve_century(c: Candidate, ctx: Context) -> Resolved | None:
    """the 20th century: the century value (``19``)."""
    n = int(g(c, "cent"))
    if not 1 <= n <= 21:
        return None
    return Resolved(c.start, c.end, "DATE", f"{n - 1:02d}")


def _reported(c: Candidate, ctx: Context, year: int, n: int) -> bool:
    """Whether quarter ``n`` of ``year`` can be the one a report is about: it ended before the publication date,
    or the text says when it ended ("the fourth quarter ended Aug. 26", a fiscal quarter). A quarter still ahead
    ("the quake will result in a fourth-quarter charge", "losses through the third quarter of 1990") is not."""
    if ctx.dct is None or _ended_match(ctx.text, c.end):
        return True
    return (year, n) < (ctx.dct.year, quarter_of(ctx.dct))


#: A noun of what is expected of a period, at most two words after it: "its fourth-quarter revenue forecast", "the
#: second-half outlook", "fourth-quarter earnings estimates".
_FORECAST_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(re.escape(w) for w in LEX["forecast_nouns"]) + r")\b")
#: The same noun, then "for", right before it: "cut their copper forecast for the second half", "guidance for the
#: fourth quarter".
#: A verb of forecasting right before it, its object the quarter's figure: "It forecast fourth-quarter revenue of $9
#: million" (written in May: the quarter to come, though the verb is past).
_FORECAST_VERB_BEFORE = re.compile(r"\b(?:forecast|forecasts|projected|projects|predicted|predicts)\s+(?:its\s+|their\s+)?$")
_FORECAST_FOR_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in LEX["forecast_nouns"]) + r")\s+for\s+$",
                                  re.IGNORECASE)


#: A figure of a result: a percentage or an amount ("Third quarter: revenue up 4%", "Q3: EUR 1.2bn").
_RESULT_FIGURE = re.compile(r"\d\s*(?:%|per\s*cent|(?:million|billion|bn|mn|m)\b)|[$€£¥]\s*\d", re.IGNORECASE)


def _plan_heading(text: str, start: int, end: int) -> bool:
    """A quarter heading a line of a list of what is to come ("* Third quarter: a pricing review"): no
    past verb on the line (:func:`heading_future`, a bullet allowed) and no result's figure."""
    if not heading_future(text, start, end, bullet=True):
        return False
    stop = text.find("\n", end)
    return _RESULT_FIGURE.search(text, end, stop if stop >= 0 else len(text)) is None


#: "last quarter" / "the last quarter" written alone (no "of ...", no hyphen): the latest quarter, a relative date.
_LAST_QUARTER = re.compile(r"(?:(?i:the)\s+)?(?i:last)\s+(?i:quarter)")
_OF_AFTER = re.compile(r"\s+(?i:of)\b")


#: What makes a quarter a baseline the report's quarter is set against: "After a flat second quarter, the gain came
#: from ...", "up from the first quarter", "compared with a weak second quarter" (one adjective allowed).
_BASELINE_QUARTER_BEFORE = re.compile(r"\b(?:after|following|from|than|compared\s+(?:with|to)|versus|vs\.?)\s+"
                                      r"(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)


#: Words of a period's results or accounts: a sentence holding one is about a quarter reported, whatever its tense
#: ("the bank is increasing its loan-loss reserves for the third quarter", "net income rises in the fourth quarter").
_RESULT_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in LEX["report_nouns"]) + r"|earnings|profits?|loss(?:es)?|"
                           r"revenues?|income|reserves?|charges?|margins?|dividends?|output|growth|deficit|surplus|"
                           r"shipments|orders|deliveries|quarterly)\b", re.IGNORECASE)


def _quarter_ahead(c: Candidate, ctx: Context) -> bool:
    """Whether a quarter or half named without a year ("the third quarter", not "third-quarter" before a noun), later
    in the year than the publication date's, is this year's because its sentence holds no past at all
    (:func:`month_ahead`, as for a month: "Their new drug reads out in the third quarter", "issuers with maturities
    in the fourth quarter", "a reduction of 1,200 positions by the end of the third quarter") and no word of results or
    accounts (:data:`_RESULT_WORDS`: a report tells a quarter gone by in the present too)."""
    text = ctx.text
    if text[c.end:c.end + 1] == "-" or "-" in text[c.start:c.end]:
        return False  # "third-quarter GNP growth": the period of a figure
    if not month_ahead(ctx, c.start):
        return False
    s = max(0, c.start - 200)
    for last in SENT_END.finditer(text, s, min(len(text), c.start + 1)):
        s = last.end()
    stop = SENT_END.search(text, c.end, min(len(text), c.end + 200))
    return _RESULT_WORDS.search(text, s, stop.start() if stop else min(len(text), c.end + 200)) is None


#: "for" right before a quarter: the period a figure covers ("reserves for the third quarter").
_PERIOD_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: "quarter" right after a month: the month names a quarter by its last month ("the September quarter").
_QUARTER_NAMED_AFTER = re.compile(r"[ -]quarter\b")
#: A month that names a quarter, in a sentence told in the present, is the coming one when last year's such quarter
#: ended more than this many months before the publication date ("you are talking about the September quarter" in
#: March; not "the December quarter" in February, whose results are still coming out).
QUARTER_LONG_REPORTED_MONTHS = 3


#: Goods or capacity set aside "for" a quarter: "secured alternative volumes for the second quarter", "orders for the
#: second quarter had been trimmed", "cargoes for the third quarter" (what is bought, booked or trimmed for a quarter
#: is for one still to come; not a result: "net income for the third quarter").
_SUPPLY_FOR_BEFORE = re.compile(r"\b(?:volumes?|orders|tonnes|tons|tonnage|supplies|supply|cargoes|shipments|deliveries|"
                                r"bookings|capacity|allocations?|slots)\s+for\s+$", re.IGNORECASE)


#: What may open a line before a quarter heading it ("* "), and the heading's colon after it.
_BULLET_OPEN = re.compile(r"[ \t]*(?:[*•·\-–—][ \t]*)?")
_COLON_AFTER = re.compile(r"[ \t]*:")


def _last_years_long_reported(dct: date, code: str, n: int) -> bool:
    """Whether last year's quarter (``code`` "Q") or half ("H") ``n`` ended more than a quarter before ``dct``, so
    that its figures are long reported: the third quarter in February (ended in September), not the fourth quarter
    in February (whose results are still coming out)."""
    last_month = n * 3 if code == "Q" else n * 6
    return dct.month + 12 - last_month > 3


def _quarter_coming(c: Candidate, ctx: Context, code: str, n: int) -> bool:
    """Whether a quarter or half named without a year ("the third quarter", not "third-quarter" before a noun), later
    in the year than the publication date's, is this year's because its sentence is told in the present or the
    future (no past verb but a reporting one: "we are shipping our first blades in the third quarter", she said;
    "if prices rebound, margins get squeezed in the fourth quarter") and last year's such quarter is long reported.
    A comparison's earlier side ("than in the third quarter"), the period a figure covers ("is increasing its
    reserves for the third quarter"), a quarter with the day it ended, a fiscal quarter and a quarter heading a list's
    line (:func:`_plan_heading`) keep their reading."""
    text = ctx.text
    if ctx.dct is None or text[c.end:c.end + 1] == "-" or "-" in text[c.start:c.end]:
        return False
    line = text.rfind("\n", 0, c.start) + 1
    if _BULLET_OPEN.fullmatch(text, line, c.start) and _COLON_AFTER.match(text, c.end):
        return False  # "* Third quarter: revenue up 4%": a list's heading, read by ``_plan_heading``
    if not _last_years_long_reported(ctx.dct, code, n) or _FISCAL_WORD.search(text, c.start, c.end) \
            or _ended_match(text, c.end) or _COMPARED_BEFORE.search(text, max(0, c.start - 30), c.start) \
            or _PERIOD_FOR_BEFORE.search(text, max(0, c.start - 8), c.start):
        return False
    return not _told_in_past(text, c.start)


#: "fiscal" in a quarter's expression: a fiscal quarter need not follow the calendar's.
_FISCAL_WORD = re.compile(r"\bfiscal\b", re.IGNORECASE)
#: The other side of a comparison right before a quarter ("will be weaker than in the second quarter", "up from the
#: first quarter"): a quarter gone by, whatever the tense.
_COMPARED_BEFORE = re.compile(r"\b(?:than|from|since|versus|vs\.?|compared\s+(?:with|to)|against|over)\s+"
                              r"(?:(?:in|during|for|that\s+of|those\s+of)\s+)?$", re.IGNORECASE)


#: Words of a company's results, whose quarters and halves may be fiscal ones not yet reported ("is scheduled to report
#: its second-quarter results on October 24", "reports first-half sales on Tuesday" in October).
_RESULTS_WORD = re.compile(r"\b(?:report|reports|reported|reporting|results?|earnings|sales|revenues?|profits?|loss(?:es)?|"
                           r"income|figures|numbers|trading|update|dividends?|guidance|forecasts?|outlook)\b", re.IGNORECASE)


def _results_near(text: str, start: int, end: int) -> bool:
    """Whether a word of results stands within 60 characters before the expression at ``start`` or 40 after it."""
    return bool(_RESULTS_WORD.search(text, max(0, start - 60), start) or _RESULTS_WORD.search(text, end, end + 40))


def _ended_a_season_ago(dct: date, code: str, n: int) -> bool:
    """Whether quarter (``code`` "Q") or half ("H") ``n`` of the year of ``dct`` ended more than a quarter before it:
    the second quarter or the first half in October, not the third quarter in October."""
    last_month = n * 3 if code == "Q" else n * 6
    return dct.month - last_month > 3


#: A noun of a period's published results right after a quarter or half ("fourth-quarter results", "its fourth-quarter
#: earnings", "second-half sales figures"): one word may come between.
_RESULTS_NOUN_AFTER = re.compile(r"[\s-]+(?:[a-z]+\s+)?(?:results|earnings|sales|figures|numbers|report)\b", re.IGNORECASE)


def _results_still_due(c: Candidate, ctx: Context, code: str, n: int) -> bool:
    """Whether a quarter or half named without a year before a noun of its results ("will report fourth-quarter
    results", "ahead of its fourth-quarter earnings on Tuesday", written in January) is last year's: that period ended
    within a quarter of the publication date, so its results are the ones still coming out, whatever the tense (a
    forecast of the period, "fourth-quarter results forecast", and a fiscal quarter keep their reading)."""
    if ctx.dct is None or _last_years_long_reported(ctx.dct, code, n) or _FISCAL_WORD.search(ctx.text, c.start, c.end):
        return False
    return bool(_RESULTS_NOUN_AFTER.match(ctx.text, c.end)) and not _FORECAST_AFTER.match(ctx.text, c.end)


def resolve_quarter(c: Candidate, ctx: Context) -> Resolved | None:
    """the third quarter / third-quarter / the first half of 1998: ``YYYY-Qn`` or ``YYYY-Hn``."""
    unit = low(c, "unit")
    ordw = low(c, "ord")
    n = _ORDS.get(ordw, 4 if unit == "quarter" else 2)
    code = "Q" if unit == "quarter" else "H"
    if g(c, "dec2") or g(c, "dshort"):  # "the last half of the '70s": TimeML has no half-decade, so the decade
        decade = int(g(c, "dec2")) if g(c, "dec2") else year_of(g(c, "dshort"), ctx.dct)
        return Resolved(c.start, c.end, "DATE", f"{decade // 10:03d}")
    if g(c, "cent2") and 1 <= int(g(c, "cent2")) <= 21:  # "the first half of the 20th century": the century
        return Resolved(c.start, c.end, "DATE", f"{int(g(c, 'cent2')) - 1:02d}")
    year_s = g(c, "year") or g(c, "year2")
    if twoord := low(c, "twoord"):
        # "the first two quarters of 1990", "the last two quarters of this year": a half of that year (TimeML writes
        # 1990-H1); without its year the stretch stays the duration "two quarters"
        if not (year_s or low(c, "ofyr")):
            return None
        code, n = "H", 1 if twoord == "first" else 2
    if g(c, "plural") and not year_s and not twoord:  # "in the second and fourth quarters" (of any year): a set, TimeML XXXX-Q4
        return Resolved(c.start, c.end, "SET", f"XXXX-{code}{n}")
    anchor = ""
    if year_s:
        year = int(year_s)
    elif ctx.dct is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-{code}{n}")
    else:
        anchor = "publication"
        year = ctx.dct.year
        ryr = low(c, "ryr") or low(c, "ofyr")
        if ryr == "the":  # "the second half of the year": read as "the second half", by the publication date
            ryr = ""
        if not ryr and ctx.coarse is not None and (of_year := _OF_THAT_YEAR.match(ctx.text, c.end)):
            # "due in the first half of 2026, with a filing in the second half of that year": one expression, the
            # quarter or half of the year the text last stated (or the one after / before it), as for a month
            ref, anchor = narrative(ctx, "year")
            if ref is not None:
                year = ref.year + _OF_YEAR_STEP.get(of_year.group(1).lower().split()[-1], 0)
                return Resolved(c.start, of_year.end(), "DATE", f"{year:04d}-{code}{n}", anchor)
        if ryr:
            year += {"this": 0, "last": -1, "next": 1}[ryr]
        elif (frame := framing_year(ctx.text, c.start)) is not None:
            # "2024 - ... In the fourth quarter it processes more than C$5 billion": the framing year's quarter
            year, anchor = frame, f"text:{frame:04d}"
        elif _LAST_QUARTER.fullmatch(ctx.text, c.start, c.end) and not _OF_AFTER.match(ctx.text, c.end) \
                and not is_future(ctx.text, c.start, c.end):
            # "sales fell last quarter", "raised $8 million in the last quarter": the quarter before the one under
            # way, not the fourth ("the last quarter of the year" and a plan's "in the last quarter" stay the fourth)
            year, n = add_quarters(ctx.dct.year, quarter_of(ctx.dct), -1)
        else:
            current = quarter_of(ctx.dct) if code == "Q" else (1 if ctx.dct.month <= 6 else 2)
            supply = bool(_SUPPLY_FOR_BEFORE.search(ctx.text, max(0, c.start - 24), c.start)) \
                and _last_years_long_reported(ctx.dct, code, n)
            if n > current and _results_still_due(c, ctx, code, n):
                year -= 1  # "will report fourth-quarter results on Wednesday", written on 1 February: last year's
            elif n > current and not supply and not planned(ctx.text, c.start, c.end) \
                    and not _plan_heading(ctx.text, c.start, c.end) \
                    and not _FORECAST_AFTER.match(ctx.text, c.end) and not _quarter_ahead(c, ctx) \
                    and not _FORECAST_FOR_BEFORE.search(ctx.text, max(0, c.start - 24), c.start) \
                    and not _FORECAST_VERB_BEFORE.search(ctx.text, max(0, c.start - 24), c.start) \
                    and not _quarter_coming(c, ctx, code, n):
                # (a forecast of a quarter is of one still to come: "cut its fourth-quarter revenue forecast" in
                # September is this year's fourth quarter, whatever the tense; and so are goods secured for a quarter
                # when last year's such quarter is long reported: "had secured volumes for the second quarter" in March)
                year -= 1
            elif _ended_a_season_ago(ctx.dct, code, n) and is_future(ctx.text, c.start, c.end) \
                    and not _FISCAL_WORD.search(ctx.text, c.start, c.end) \
                    and not _COMPARED_BEFORE.search(ctx.text, max(0, c.start - 30), c.start) \
                    and not _results_near(ctx.text, c.start, c.end):
                # "will publish its review in the second quarter" written in November: a quarter over this year for
                # more than a quarter, told as still to come, is next year's (as "will reopen in March" is next
                # March); the quarter just ended stays this year's, whose results are still reported ("expects to
                # report a third-quarter loss" in late October)
                year += 1
            if g(c, "ago"):
                year -= 1
    span = None
    if not year_s and not twoord and not g(c, "ago") and ctx.dct is not None \
            and (ended := _ended_part(c, ctx, n, 3 if code == "Q" else 6)) is not None:
        year, span = ended  # "the fourth quarter ending March 31": that day's year, January to March
        if span is not None:
            ctx.fiscal_parts[f"{year:04d}-{code}{n}"] = span
    end_of = _END_OF_BEFORE.search(ctx.text, max(0, c.start - 30), c.start) \
        if span is None and not g(c, "plural") and ctx.text[c.start:c.start + 4].lower() == "the " else None
    if end_of is not None:
        # "net debt stood at 4.8 times earnings at the end of the fourth quarter": the quarter's value, its interval
        # the last day after "at", "by", "until" or "as of" (a level read off the books, a deadline), else its last
        # month
        last_month = n * (3 if code == "Q" else 6)
        last = date(year, last_month, calendar.monthrange(year, last_month)[1])
        span = (last, last) if end_of.group("at") else (last.replace(day=1), last)
    if code == "Q" and not g(c, "ago"):
        ctx.named_quarter = (c.end, year, n)
    if code == "Q" and not g(c, "ago") and (ctx.quarter is None or _reported(c, ctx, year, n)) \
            and not (ctx.quarter is not None and (year, n) < ctx.quarter
                     and _BASELINE_QUARTER_BEFORE.search(ctx.text, max(0, c.start - 40), c.start)):
        ctx.quarter = (year, n)
    return Resolved(c.start, c.end, "DATE", f"{year:04d}-{code}{n}", anchor, span=span)


#: "the end of" right before a quarter or a half ("at the end of the fourth quarter"), with the preposition of a
#: point before it when there is one.
_END_OF_BEFORE = re.compile(r"(?:\b(?P<at>at|by|until|till|as\s+of)\s+)?\b(?:the\s+)?end\s+of\s+$",
                            re.IGNORECASE)


def resolve_qcode(c: Candidate, ctx: Context) -> Resolved | None:
    """Q3 2024 / H1 / 3Q89: ``YYYY-Qn`` or ``YYYY-Hn``."""
    q = g(c, "q") or (g(c, "q2")[::-1])
    code, n = q[0], int(q[1])
    if code == "H" and n > 2:
        return None
    if g(c, "year") or g(c, "year3"):
        year: int | None = int(g(c, "year") or g(c, "year3"))
    elif g(c, "yy") or g(c, "yy0") or g(c, "fyy"):
        year = year_of(g(c, "yy") or g(c, "yy0") or g(c, "fyy"), ctx.dct)
    elif g(c, "qrel"):  # "Q3 last year": that year's quarter, by the publication date
        year = None if ctx.dct is None else ctx.dct.year + {"this": 0, "last": -1, "next": 1}[low(c, "qrel")]
    elif ctx.dct is not None:
        # "sales rose in Q3" written in January: last year's Q3, as for "the third quarter"
        current = quarter_of(ctx.dct) if code == "Q" else (1 if ctx.dct.month <= 6 else 2)
        year = ctx.dct.year - (1 if n > current and not is_future(ctx.text, c.start, c.end) else 0)
    else:
        year = None
    if year is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-{code}{n}")
    return Resolved(c.start, c.end, "DATE", f"{year:04d}-{code}{n}",
                    "" if g(c, "year") or g(c, "year3") or len(g(c, "fyy")) == 4 else "publication")


def _quarter_named_in_sentence(c: Candidate, ctx: Context) -> tuple[int, int] | None:
    """(year, quarter) of the quarter named earlier in the sentence of "the quarter" at ``c`` ("would cost $40
    million in lost revenue in the fourth quarter, around 2% of the quarter's sales"): the quarter it goes back to,
    whether or not its results are out (:attr:`Context.quarter` keeps only a reported one). None when no quarter
    was named in the sentence before it."""
    end, year, n = ctx.named_quarter
    if end < 0 or end > c.start or SENT_END.search(ctx.text, end, min(len(ctx.text), c.start + 1)):
        return None
    return year, n


#: A clause right after "the quarter" whose subject is indefinite: "booked the fees in the quarter a contract was
#: signed", "the period in which any loan is repaid". The quarter of whatever such event, any quarter: no date.
_ANY_CASE_CLAUSE_AFTER = re.compile(r"\s+(?:in\s+which\s+|during\s+which\s+|when\s+|that\s+)?(?:a|an|any|each|every)\s+"
                                    r"[a-z-]+\s+(?:is|was|are|were|gets|got|has|had|becomes|became|falls|fell)\b")


def resolve_period(c: Candidate, ctx: Context) -> Resolved | None:
    """the quarter / the latest quarter / the year-ago period: the quarter under discussion (a year back)."""
    which = low(c, "which")
    unit = low(c, "unit")
    back = bool(g(c, "ago") or g(c, "lyr"))  # "the same period last year", "last year's quarter"
    if not which and not back and unit in ("quarter", "period") and _ANY_CASE_CLAUSE_AFTER.match(ctx.text, c.end):
        return None  # "in the quarter a contract was signed": the quarter of any such contract
    if unit == "period" and not (which or back) or which == "recent" or which == "fiscal" and unit == "period" \
            or which in ("same", "corresponding") and not back:
        return None
    if ctx.dct is None:
        return Resolved(c.start, c.end, "DATE", "XXXX-QX")
    # "the quarter ended July 31" with no quarter named before (a named one keeps its fiscal number)
    ended = _ended_quarter(c, ctx) if unit == "quarter" and ctx.quarter is None else None
    if ended is not None:
        ctx.quarter = ended
    if unit == "quarter" and not which and not back and ended is None \
            and (named := _quarter_named_in_sentence(c, ctx)) is not None:
        yq: tuple[int, int] | None = named  # "in the fourth quarter, around 2% of the quarter's sales"
    elif which == "current" or (unit == "quarter" and not which and not back and ended is None and ctx.quarter is None
                                and is_future(ctx.text, c.start, c.end)):
        # (no quarter named yet and a clause about the future: "will cut jobs by the end of the quarter" is the
        # quarter under way, not the last one reported)
        yq = (ctx.dct.year, quarter_of(ctx.dct))
    else:
        yq = ended or latest_quarter(ctx)
    if yq is None:
        return None
    year, q = yq
    total = running_total_before(ctx.text, c.start)  # "In the first nine months, ... in the 1988 period": the year
    if g(c, "year"):
        return Resolved(c.start, c.end, "DATE", g(c, "year") if total else f"{g(c, 'year')}-Q{q}", "publication")
    if "ago" in which or "earlier" in which or "prior" in which or back:
        year -= 1
    if total and unit == "period":
        return Resolved(c.start, c.end, "DATE", f"{year:04d}", "publication")
    return Resolved(c.start, c.end, "DATE", f"{year:04d}-Q{q}", "publication")


def resolve_yearadj(c: Candidate, ctx: Context) -> Resolved | None:
    """year-ago / year-earlier as an adjective: the quarter under discussion a year back, else last year."""
    if ctx.dct is None:
        return None
    yq = ctx.quarter
    if yq and running_total_before(ctx.text, c.start):  # "For the nine months, ... compared with year-earlier net"
        return Resolved(c.start, c.end, "DATE", f"{yq[0] - 1:04d}", "publication")
    if yq:
        return Resolved(c.start, c.end, "DATE", f"{yq[0] - 1:04d}-Q{yq[1]}", "publication")
    return Resolved(c.start, c.end, "DATE", f"{ctx.dct.year - 1:04d}", "publication")


#: A noun of the season's trade or travel after a holiday ("Easter trips", "Christmas bookings", "Christmas freight"),
#: or "for" before it ("stocked up for Christmas"): the holiday is the nearest one, whatever the tense ("customers
#: cancelled Easter trips" in March speaks of the coming Easter; "retailers had warned of thin Christmas stock" in
#: November, of the coming Christmas).
_SEASON_NOUN = re.compile(r"\s+(?:" + "|".join(sorted(LEX["holiday_season_nouns"], key=len, reverse=True)) + r")\b")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")
#: "a January excise increase", "an April price cut": the indefinite article, the month, then a noun of one event of
#: its kind (one word may stand before it; ``month_event_nouns`` in the lexicon).
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$")
_MONTH_EVENT_NOUN_AFTER = re.compile(r"\s+(?:[a-z][a-z-]+\s+)?(?:"
                                     + "|".join(sorted(LEX["month_event_nouns"], key=len, reverse=True)) + r")\b")
#: The same, the noun before the month: "a cut in March", "a rate cut by the Federal Reserve in March" (its doer after
#: "by the" in up to three capitalised words).
_MONTH_EVENT_NOUN_BEFORE = re.compile(r"\ban?\s+(?:[a-z][a-z-]+\s+)?(?:"
                                      + "|".join(w for w in sorted(LEX["month_event_nouns"], key=len, reverse=True)
                                                 if not w.endswith("s") or w.endswith("ss"))
                                      + r")(?:\s+by\s+the(?:\s+[A-Z][\w.&'’-]*){1,3})?\s+in\s+$")
#: An event named by its noun and what it befell, after a preposition of cause: "over the collapse of the Arnby dam
#: in", "after the failure of the Velto bank in" (``cause_event_nouns`` and the month's event nouns).
_CAUSE_EVENT_OF_BEFORE = re.compile(r"\b(?:over|for|after|following|amid|since)\s+the\s+(?:[a-z-]+\s+)?(?:"
                                    + "|".join(sorted(LEX["cause_event_nouns"] + LEX["month_event_nouns"], key=len,
                                                      reverse=True))
                                    + r")\s+of\s+(?:[^\s.;:!?]+\s+){1,7}?in\s+$")
#: Reporting verbs, which tell what was said, not when the thing said of happened.
_REPORTING_VERB = re.compile(r"(?:said|told|wrote|added|noted|argued|warned|signalled|signaled)\b", re.IGNORECASE)


def _governed_in_past(text: str, start: int) -> bool:
    """Whether a past verb other than a reporting one has the noun phrase opening at ``start`` as its object
    ("announced a cut in March"; not "said a cut in March was unlikely")."""
    gov = PAST_VERB_GOVERNS.search(text, max(0, start - 40), start)
    return gov is not None and not _REPORTING_VERB.match(gov.group(0))


#: The stretch of trade that leads up to a holiday, named before it ("the peak shipping season before Christmas", "the
#: rush ahead of Easter"): the nearest one, whatever the tense, as for a season noun after it.
_SEASON_BEFORE_HOLIDAY = re.compile(r"\b(?:season|rush|period|peak|weeks|run-up)\s+(?:before|ahead\s+of|leading\s+up\s+to)\s+$",
                                    re.IGNORECASE)


def _nearest_saturday(d: date) -> date:
    """The Saturday of the weekend nearest day ``d`` (the one it falls on; a Monday's or Tuesday's the one before it, as
    "the Labor Day weekend" is; from Wednesday on the one after it, as "the Thanksgiving weekend" is)."""
    wd = d.isoweekday()
    if wd >= 6:
        return d - timedelta(days=wd - 6)
    if wd <= 2:
        return d - timedelta(days=wd + 1)
    return d + timedelta(days=6 - wd)


def resolve_holiday(c: Candidate, ctx: Context) -> Resolved | None:
    """Christmas Day / Thanksgiving / Good Friday / Easter week: the holiday (or its ISO week) in the publication
    year (last year if it is still ahead)."""
    name = low(c, "hol")
    if name[0] != g(c, "hol")[0].lower() or not g(c, "hol")[0].isupper() or is_name(ctx, c):
        return None  # lower case, or a name: "Easter Seals", "the Good Friday Agreement"
    written = g(c, "year") or g(c, "yb")  # "Christmas 2031", "the 2031 Labor Day fires"
    year = int(written) if written else (ctx.dct.year if ctx.dct else None)
    if year is None:
        return None
    def on(y: int) -> date:
        if name in LEX["fixed_holidays"]:
            mm, dd = LEX["fixed_holidays"][name].split("-")
            return date(y, int(mm), int(dd))
        if name in LEX["easter_holidays"]:
            return easter(y) + timedelta(days=LEX["easter_holidays"][name])
        return nth_weekday(y, *LEX["floating_holidays"][name])
    d = on(year)
    if not written and ctx.dct and d > ctx.dct + timedelta(days=30) \
            and not is_future(ctx.text, c.start, c.end) \
            and not ((d - ctx.dct) < (ctx.dct - on(year - 1))
                     and (present_ahead(ctx, c.start) or _SEASON_NOUN.match(ctx.text, c.end)
                          or _FOR_BEFORE.search(ctx.text, max(0, c.start - 10), c.start)
                          or _SEASON_BEFORE_HOLIDAY.search(ctx.text, max(0, c.start - 40), c.start))):
        # (a clause in the present speaks of the nearer one: "Retailers are hiring extra staff for Christmas"
        # in October is the coming Christmas; told in the past, or nearer last year's, it is last year's)
        d = on(year - 1)
    elif not written and ctx.dct and d < ctx.dct and on(year + 1) <= ctx.dct + timedelta(days=30) \
            and not _told_in_past(ctx.text, c.start):
        # the same reach on the other side of New Year: "the exchange shuts on Thursday for New Year's Day", written on
        # December 30, is the coming one, not the one gone by almost a year
        d = on(year + 1)
    anchor = "" if written else "publication"
    if g(c, "hweek"):  # "Easter week", "Christmas week": the ISO week holding the day
        return Resolved(c.start, c.end, "DATE", week_value(d), anchor)
    if g(c, "hwe"):  # "the Labor Day weekend", "Thanksgiving weekend": the weekend nearest the day
        return Resolved(c.start, c.end, "DATE", week_value(_nearest_saturday(d)) + "-WE", anchor)
    return Resolved(c.start, c.end, "DATE", ymd(d), anchor)


def resolve_fyshort(c: Candidate, ctx: Context) -> Resolved | None:
    """FY31 / FY '31: the fiscal year, its two digits placed in the century nearest the publication date."""
    return Resolved(c.start, c.end, "DATE", f"{year_of(g(c, 'yy'), ctx.dct):04d}", "publication" if ctx.dct else "")


def resolve_spelled_year(c: Candidate, ctx: Context) -> Resolved | None:
    """nineteen ninety-six / the year two thousand: the year."""
    year = spelled_year(g(c, "sy"))
    if year is None or not 1000 <= year <= 2100:
        return None
    return Resolved(c.start, c.end, "DATE", f"{year:04d}")


#: "the end of the year", "the start of the year": a part read whole by the "inunit" pattern.
_PART_BEFORE_OF = re.compile(r"\b(?:end|start|beginning|middle|close|turn)\s+(?:of|for)\s+$", re.IGNORECASE)

#: "player of the year", "Time's person of the year": an award's name, no date.
_AWARD_BEFORE_OF = re.compile(r"\b(?:" + "|".join(LEX["award_nouns"]) + r")\s+of\s+$", re.IGNORECASE)


def resolve_new_year(c: Candidate, ctx: Context) -> Resolved | None:
    """"will respond in the new year": the year about to begin, told from the autumn or winter of the one before it
    (September to December: the next year); early in a year ("sales since the new year", January to March) the year
    it is; in between, the next year when the clause speaks of the future, else the year it is."""
    if ctx.dct is None:
        return None
    ahead = ctx.dct.month >= 9 or (ctx.dct.month > 3 and is_future(ctx.text, c.start, c.end))
    year = ctx.dct.year + 1 if ahead else ctx.dct.year
    return Resolved(c.start, c.end, "DATE", f"{year:04d}", "publication")


def resolve_theyear(c: Candidate, ctx: Context) -> Resolved | None:
    """for/in/during the year: a year-long period (P1Y), unless it closes its clause ("For the year, volume was
    flat": the year under report, the publication year); the full/entire/calendar year: the publication year."""
    if g(c, "of"):
        # "the first six months of the year", "a high for the year": the year the text is in (not "Person of the Year"
        # or "player of the year", an award; "the end of the year" is read whole elsewhere)
        if "Year" in g(c, "core") or g(c, "which") or ctx.dct is None \
                or _PART_BEFORE_OF.search(ctx.text, max(0, c.start - 16), c.start) \
                or _AWARD_BEFORE_OF.search(ctx.text, max(0, c.start - 20), c.start):
            return None
        return _the_year(c, ctx)
    closes = _CLAUSE_END.match(ctx.text, c.end) is not None and not _SPAN_PREP.search(ctx.text, max(0, c.start - 12), c.start)
    if low(c, "which") in ("", "fiscal", "financial") and not (closes and ctx.dct is not None):
        return Resolved(c.start, c.end, "DURATION", "P1Y")
    if ctx.dct is None:
        return None
    return _the_year(c, ctx)


def _the_year(c: Candidate, ctx: Context) -> Resolved:
    """"the year" as a date: the year framing its sentence ("In 2008, sales rose 5% for the year"; "2027 - the
    shares fall 38 per cent in the year": :func:`framing_year`), else the publication year."""
    frame = framing_year(ctx.text, c.start)
    if frame is not None and not low(c, "which"):
        return Resolved(c.start, c.end, "DATE", f"{frame:04d}", f"text:{frame:04d}")
    assert ctx.dct is not None
    return Resolved(c.start, c.end, "DATE", f"{ctx.dct.year:04d}", "publication")


_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
#: "the rest of the week", "much of the week", "the end of the week": a share of the week, still a time.
_SHARE_BEFORE_OF = re.compile(r"\b(?:rest|much|most|part|end|start|beginning|middle|close|remainder|half|balance|"
                              r"all|some|course)\s+of\s+$", re.IGNORECASE)


def resolve_theweek(c: Candidate, ctx: Context) -> Resolved | None:
    """"the week" with nothing to place it ("For the week, the index fell", "the week's busiest session"): TimeML's
    underspecified week of the publication year (``1998-WXX``), covering no interval."""
    if ctx.text[c.start:c.end].isupper():
        return None  # "PICK OF THE WEEK": a heading
    if _OF_BEFORE.search(ctx.text, max(0, c.start - 4), c.start) \
            and not _SHARE_BEFORE_OF.search(ctx.text, max(0, c.start - 24), c.start) \
            and ctx.text[c.end:c.end + 2] not in ("'s", "\u2019s"):
        # "the pick of the week", "the deal of the week": a label, no time ("the rest of the week", "the end of
        # the week's selling" are one)
        return None
    year = f"{ctx.dct.year:04d}" if ctx.dct is not None else "XXXX"
    return Resolved(c.start, c.end, "DATE", f"{year}-WXX", "publication" if ctx.dct is not None else "")


#: Written within this many days of a month's start, "the month" told in the past is the month just ended.
_MONTH_JUST_ENDED_DAYS = 7


def resolve_themonth(c: Candidate, ctx: Context) -> Resolved | None:
    """"the month" with nothing after it to place it ("lost about 9% over the month", "Orsa ended October worth
    $34 billion ... the month was brutal"): the month the text last named, when that is one of the three up to the
    publication month, else the publication month (the month before, told in the past in the first days of a
    month). Not a share of another unit's ("the pick of the month" is a label;
    "the end of the month" is one expression of its own)."""
    if ctx.text[c.start:c.end].isupper():
        return None  # "BOOK OF THE MONTH": a heading
    if _OF_BEFORE.search(ctx.text, max(0, c.start - 4), c.start) \
            and not _SHARE_BEFORE_OF.search(ctx.text, max(0, c.start - 24), c.start):
        return None  # "the deal of the month": a label, no time
    if ctx.dct is None:
        return Resolved(c.start, c.end, "DATE", "XXXX-XX", "")
    here = ctx.dct.year * 12 + ctx.dct.month - 1
    if ctx.coarse is not None and len(ctx.coarse_value) == 7 and 0 <= here - (ctx.coarse.year * 12 + ctx.coarse.month - 1) <= 2:
        return Resolved(c.start, c.end, "DATE", ctx.coarse_value, f"text:{ctx.coarse_value}")
    if ctx.dct.day <= _MONTH_JUST_ENDED_DAYS and _told_in_past(ctx.text, c.start):
        # "the month was brutal", written on November 2: the month just ended
        year, month = (ctx.dct.year, ctx.dct.month - 1) if ctx.dct.month > 1 else (ctx.dct.year - 1, 12)
        return Resolved(c.start, c.end, "DATE", ym(year, month), "publication")
    return Resolved(c.start, c.end, "DATE", ym(ctx.dct.year, ctx.dct.month), "publication")


def resolve_weekno(c: Candidate, ctx: Context) -> Resolved | None:
    """week 7 of 1998: the ISO week value ``1998-W07``."""
    week, year = int(g(c, "wk")), int(g(c, "year"))
    if not 1 <= week <= 53:
        return None
    return Resolved(c.start, c.end, "DATE", f"{year:04d}-W{week:02d}")
