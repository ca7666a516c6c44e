"""Expressions anchored on another date or event, for :mod:`analysis.time.timex`: "three days after the launch",
"the weekend following DeepSeek's announcement", "the day before the Jan. 27 selloff", "two weeks later".

TIMEX3 tags the duration ("three days", ``P3D``) or the anaphoric date ("the day before"); this pass, run once the
whole text is tagged, gives each such expression the interval it dates (``date_start``/``date_end``) and names
what it was read against (``anchor`` ``text:<value>``, ``ref_start`` the offset of that date in the text).

X of "after/before/following X" is, in this order: a day stated later in the same clause ("two days after the Fed
raised rates on March 19"); the last earlier dated sentence telling an event of X's kind ("the selloff" -> a
sentence with "fell"), read with the event nouns and verbs of ``analysis/data/``; the last day stated in full
before it. X of "N units later/earlier" is the last day the text stated before it. A count of days or weeks after a
day its own sentence names ("Shares fell on Tuesday, a day after the recall") is read the other way: that day
is the count after X, so the row dates X (Monday), the day the sentence tells besides its own. A count after "in",
"within", "over", "during" or "for" ("lost half its value in two sessions before it was suspended", "within 30 days
after the ruling") dates the stretch of that length next to X. Pure functions.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from analysis.lexicon import groups_in, noun_groups

from .timex_calendar import add_months, interval, week_value, ymd
from .timex_context import CLOCK_ZONE_AFTER, _told_in_past, framing_year

#: "days after X" (no count) spans at most this many days after X (and never past the publication date).
DAYS_AFTER_SPAN = 13
#: ... "weeks after X" this many, "months after X" this many.
UNIT_SPAN = {"hour": 1, "day": DAYS_AFTER_SPAN, "week": 60, "month": 365}
#: A day stated this many characters after "after" (in the same sentence) is X.
LATER_X_CHARS = 120
#: The words naming X are read up to this many characters after the relation word.
X_PHRASE_CHARS = 80

_RELATION_AFTER = re.compile(r"\s+(?P<rel>after|following|before|ahead\s+of)\b", re.IGNORECASE)


def _rel(m: re.Match[str]) -> str:
    """The relation word of a match of ``_RELATION_AFTER`` or ``_RELATION_LATER``, lower case; "ahead of" is "before"
    ("submitted it on Wednesday, two days ahead of the deadline": the deadline is two days after Wednesday)."""
    rel = m.group("rel").lower()
    return "before" if rel.startswith("ahead") else rel
#: A negation right before a count ("not a day earlier than that", "not one week later").
_NOT_BEFORE = re.compile(r"\b(?:not|never)\s+$", re.IGNORECASE)
_RELATION_LATER = re.compile(r"\s+(?P<rel>later|earlier|afterwards?)\b", re.IGNORECASE)
#: A figure right before "a week earlier" / "two weeks before" (a number or a percentage, then at most two words of
#: its unit): "fell to $6.40 on Tuesday from $9.10 a week earlier", "7 GW, against 2.5 GW a week earlier". The
#: baseline of a comparison is read on the same day of the week, as "a year earlier" is the same day of the year.
_FIGURE_BEFORE = re.compile(r"[\d%](?:\s+[A-Za-z$€£/-]+){0,2}\s+$")
_DURATION = re.compile(r"^PT?(?P<n>\d+|X)(?P<unit>[HDWM])$")
_THE_DAY = re.compile(r"(?i)^the\s+(?P<unit>day|week)\s+(?P<rel>before|after)$")
_THE_WEEKEND = re.compile(r"(?i)^(?:the|that)\s+weekend$")
_APPOSITION = re.compile(r"\s*,\s*")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(?:T.*)?$")
#: A sentence's end: a stop, "!" or "?", closing marks, spaces and a capital or an opening mark; or a line break. A
#: stop of an initial or an abbreviation in initials ("the U.S. Securities and Exchange Commission", "John F.
#: Kennedy") or of a title before a name ("Mr. Roe") ends no sentence.
_SENTENCE_END = re.compile(r"[.!?](?:(?<=[!?])|(?<![\s.][A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Lt)\.)(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Sgt)\.)"
                           r"(?<!\b(?:Prof|Capt)\.)(?!(?<=[ap]\.m\.)" + CLOCK_ZONE_AFTER + r"))[\"'”’“‘«»)]*\s+(?=[A-Z\"“'‘(„‚«»])|\n")
_PHRASE_STOP = re.compile(r"[,.;:—–(]")
#: What ends X's phrase before a later day of the sentence: that day is another clause's ("ended the week after its
#: blackout 18% lower, after the regulator fined it on Thursday"), not X's.
_CLAUSE_STOP = re.compile(r"[,;:—–]|\s-\s")
#: An apposition set off by a pair of commas inside X's phrase ("after one-time rival Jeb Bush, a former governor,
#: dropped out Feb. 20"): no clause break.
_ASIDE_COMMAS = re.compile(r",[^,;:—–\n]{1,60},")
#: What may stand right before a count that the sentence's own day places: a comma ("fell on Tuesday, a day after
#: X") or a word that is no preposition or determiner ("opened a probe on Monday two days after X"); not "in the two
#: weeks after X", "within 30 days after X" (a span after X, no gap between two events).
_SPAN_LEAD = re.compile(r"(?:\b(?:in|within|for|over|during|until|till|by|through|up\s+to|the|a|an|its|their|his|her|"
                        r"first|last|next|past|those|these)\s*)$", re.IGNORECASE)
#: A plan, a modal or a relative clause between the sentence's day and a count not set off by a comma: the count
#: belongs to what is planned or to the relative clause's event ("said on Monday it would restart the plant three days
#: after the inspection", "recounted on Sunday a talk that took place three weeks after the assault"), not to the day.
_PLAN_BETWEEN = re.compile(r"\b(?:will|would|shall|could|can|may|might|must|should|plans?|planned|intends?|aims?|"
                           r"expects?|expected|wants?|hopes?|set\s+to|due\s+to|going\s+to|that|which|who|whom|whose|"
                           r"where|when)\b|['’]ll\b", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*$")
#: The present "comes" right before a count ("The move comes two days after ...", "comes just a week after ...").
_COMES_BEFORE = re.compile(r"\bcomes?\s+(?:(?:just|only|barely|some|about|nearly|almost)\s+)?$", re.IGNORECASE)
#: "and" or "but" joining a second verb phrase between a day and a count ("follows X last Wednesday and comes ...").
#: A count given as an upper or a lower bound ("less than a month", "more than two months").
_LESS_THAN = re.compile(r"(?i)(?:less\s+than|under|not\s+even|barely|just\s+under)\s")
_MORE_THAN = re.compile(r"(?i)(?:more\s+than|over|at\s+least|well\s+over|just\s+over)\s")
_COORDINATED_VERB = re.compile(r"\b(?:and|but)\s+(?:(?:also|now|only)\s+)?comes?\b", re.IGNORECASE)
_UNITS = {"H": "hour", "D": "day", "W": "week"}


class TimexLike(Protocol):
    """What this pass reads of a timex (:class:`analysis.time.timex.Timex`)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    date_start: date | None
    date_end: date | None
    anchor: str


@dataclass(frozen=True)
class _Day:
    """A dated day of the text: its span, day and whether it was stated in full (a calendar date)."""

    start: int
    end: int
    day: date
    value: str
    full: bool


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` (looking at most 400 characters each way)."""
    lo = max(0, pos - 400)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    stop = _SENTENCE_END.search(text, pos, min(len(text), pos + 400))
    return start, stop.start() + 1 if stop else min(len(text), pos + 400)


def _days(timexes: list[TimexLike]) -> list[_Day]:
    """The timexes dated to one day, in text order."""
    out = []
    for t in timexes:
        if t.type in ("DATE", "TIME") and t.date_start is not None and t.date_start == t.date_end \
                and _DAY_VALUE.match(t.value):
            out.append(_Day(t.start, t.end, t.date_start, t.value[:10], any(ch.isdigit() for ch in t.text)))
    return out


#: A day read from another one ("the same day", "that day", "the next day"): no X of its own ("came the day after
#: Republicans closed their convention and the same day Clinton spoke").
_ANAPHORIC_DAY = re.compile(r"(?i)(?:the\s+same|that(?:\s+same|\s+very)?|the\s+(?:next|following|previous|preceding))\s+day\b|"
                            r"the\s+day\s+(?:before|after)\b")
#: The relation word ends its phrase: punctuation follows it, so it has no X of its own ("from $3 the day before,").
_NO_OBJECT = re.compile(r"\s*(?:[,.;:!?)\]\"”’]|[-–—]\s)")


def _reference(text: str, start: int, rel_end: int, days: list[_Day]) -> tuple[_Day | None, bool]:
    """X of "<span> after X" whose relation word ends at ``rel_end``: a day later in the sentence, else the
    last earlier dated sentence telling an event of X's kind, else the last earlier day stated in full; and
    whether X was named (the first two) rather than only the last date stated."""
    _, sent_end = _sentence_bounds(text, rel_end)
    later = [d for d in days if rel_end <= d.start < min(sent_end, rel_end + LATER_X_CHARS)
             and not _ANAPHORIC_DAY.match(text, d.start)
             and not _CLAUSE_STOP.search(_ASIDE_COMMAS.sub(" ", text[rel_end:d.start]))]
    if later and not _NO_OBJECT.match(text, rel_end):
        # (not when the relation word closes its phrase: "rose to $4 from $3 the day before, and ... on May 3")
        return later[0], True
    earlier = [d for d in days if d.end <= start]
    phrase = _PHRASE_STOP.split(text[rel_end:rel_end + X_PHRASE_CHARS], maxsplit=1)[0]
    wanted = noun_groups(phrase)
    if wanted:
        for d in reversed(earlier):
            s, e = _sentence_bounds(text, d.start)
            if groups_in(text[s:e]) & wanted:
                return d, True
    full = [d for d in earlier if d.full]
    return (full[-1] if full else None), False


def _own_day(text: str, start: int, days: list[_Day]) -> _Day | None:
    """The day the sentence of a count starting at ``start`` names before it ("Shares fell on Tuesday, a day after
    X"; the last such day; with no plan, modal or relative clause between it and a count not set off by a comma),
    or None."""
    s, _ = _sentence_bounds(text, min(len(text), start + 1))  # (a count opening its sentence is in it, not the last)
    own = next((d for d in reversed(days) if s <= d.start and d.end <= start), None)
    if own is None or _SPAN_LEAD.search(text, max(own.end, start - 12), start):
        return None
    if not _COMMA_BEFORE.search(text, max(own.end, start - 4), start) and _PLAN_BETWEEN.search(text, own.end, start):
        return None  # (set off by a comma, the count tells the main clause's day: "..., six days after the attack")
    return own


def _shifted(x: date, unit: str, n: int | None, sign: int, dct: date | None) -> tuple[date, date, str]:
    """The interval ``n`` (None: some) ``unit``s after (sign 1) or before (sign -1) day ``x``, and its precision
    (day, week, month or range)."""
    if unit == "hour":
        a, b = sorted((x, x + timedelta(days=sign)))
        return a, b, "range"
    if n is not None and unit == "day":
        d = x + timedelta(days=sign * n)
        return d, d, "day"
    if n is not None and unit == "week":
        c = x + timedelta(days=sign * 7 * n)
        return c - timedelta(days=3), c + timedelta(days=3), "week"
    if n is not None and unit == "month":
        y, m = add_months(x.year, x.month, sign * n)
        first, last = interval(f"{y:04d}-{m:02d}")
        assert first is not None and last is not None
        return first, last, "month"
    span = UNIT_SPAN.get(unit, DAYS_AFTER_SPAN)
    if sign > 0:
        lo, hi = x + timedelta(days=1), x + timedelta(days=span)
        if dct is not None and dct >= lo:
            hi = min(hi, dct)
        return lo, hi, "range"
    return x - timedelta(days=span), x - timedelta(days=1), "range"


#: A month value, "2026-02".
_MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")
#: A count set off by a comma right after a month is that month's apposition ("for October 2014, just eight months
#: later"): the month is the count's result, not the date it is counted from.
_MONTH_APPOSITION = re.compile(r"\s*,\s*(?:(?:just|only|some|about|nearly|almost|barely|roughly)\s+)?$", re.IGNORECASE)


#: A word of sequence between the month and the count names what the count runs from ("was preceded by a visit in
#: December 2011 but was also followed by a trip a month later": from the sentence's subject, not December).
_SEQUENCE_WORD = re.compile(r"\b(?:followed|preceded|after|before|following)\b", re.IGNORECASE)


def _month_before_in_sentence(text: str, start: int, timexes: list[TimexLike]) -> _Day | None:
    """The last month (a ``YYYY-MM`` value) stated earlier in the sentence of a count of months "later" or
    "earlier" at ``start`` (or earlier in its paragraph, when it is the last date told there), as a day of that month ("The first report reached the maker in February; the recall came
    four months later": the recall is in June); None when there is none, when the count is set off by a comma
    right after it (an apposition naming the same month), or when a word of sequence stands between the two."""
    s0, _ = _sentence_bounds(text, min(len(text), start + 1))  # (a count opening its sentence is in it)
    month = next((t for t in reversed(timexes) if s0 <= t.start and t.end <= start and t.type == "DATE"
                  and _MONTH_VALUE.match(t.value) and t.date_start is not None), None)
    if month is None:
        # "A short seller flagged the problem in February. The company dismissed it. Three months later it ...": the
        # last date its paragraph told before the count, when that is a month and no other date came after it
        last = next((t for t in reversed(timexes) if t.end <= start and t.type in ("DATE", "TIME")), None)
        if last is not None and last.date_start is not None and _MONTH_VALUE.match(last.value) \
                and "\n" not in text[last.end:start] and not _SEQUENCE_WORD.search(text, last.end, start):
            month = last
    if month is None or month.date_start is None or _MONTH_APPOSITION.fullmatch(text, month.end, start) \
            or _SEQUENCE_WORD.search(text, month.end, start):
        return None
    return _Day(month.start, month.end, month.date_start, month.value, False)


#: A count of years, "P3Y".
_YEARS = re.compile(r"^P(?P<n>\d+)Y$")
#: A count given as a bound ("less than a decade after", "nearly two years later", "more than 30 years after"): the
#: year it reaches is not known.
_BOUND_COUNT = re.compile(r"(?i)(?:less|more|fewer)\s+than\b|(?:over|under|nearly|almost|at\s+least|at\s+most|up\s+to|"
                          r"barely|just\s+under|just\s+over|well\s+over)\s")
#: A value of a year, month or day: "2016", "2016-03", "2016-03-09".
_DATED_VALUE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-\d\d)?)?$")


def _years_off(text: str, start: int, timexes: list[TimexLike], n: int, sign: int, own: bool
               ) -> tuple[date, date, int, str] | None:
    """The interval ``n`` years after (``sign`` 1) or before (-1) the year, month or day the text stated last before
    a count of years at ``start`` ("Work began in 2016, and a year later Kazemura paid ...": 2017; "founded in March
    2009. Two years later it listed": March 2011), stated in its sentence or the one before (``own``: in its
    sentence only, the count's own sentence telling the later side, set off by a comma: "It listed in 2012, three
    years after it was founded" dates the founding, 2009); with where that date is and its value. None when no such
    date is there."""
    s0, _ = _sentence_bounds(text, min(len(text), start + 1))
    if not own and s0 > 0:
        s0, _ = _sentence_bounds(text, max(0, s0 - 2))
    last = next((t for t in reversed(timexes) if t.end <= start), None)
    if last is None or last.start < s0 or last.type != "DATE" or not (m := _DATED_VALUE.match(last.value)):
        return None
    year = int(m.group("year")) + sign * n
    if m.group("month"):
        first, end = interval(f"{year:04d}-{m.group('month')}")
    else:
        first, end = interval(f"{year:04d}")
    if first is None or end is None:
        return None
    return first, end, last.start, last.value


#: A verb granting time right before a count ("gives it 60 days", "was given two weeks", "has 30 days") ...
_GIVEN_BEFORE = re.compile(r"\b(?:gives?|gave|given|giving|grants?|granted|granting|allows?|allowed|allowing|has|have|had)"
                           r"\s+(?:(?:it|them|him|her|us|you|the\s+[a-z]+|[A-Z][\w&.-]*)\s+)?"
                           r"(?:(?:another|a\s+further|an\s+extra|only|just)\s+)?$")
#: ... and the infinitive of what is to be done in it ("60 days to submit a plan"), not "to" and a noun.
_TO_VERB_AFTER = re.compile(r"\s+(?:in\s+which\s+)?to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b")


def _granted_end(x: date, n: int, unit: str) -> date | None:
    """The day ``n`` days (``unit`` "D"), weeks ("W"), months ("M") or years ("Y") after day ``x``."""
    if unit == "D":
        return x + timedelta(days=n)
    if unit == "W":
        return x + timedelta(weeks=n)
    if unit in ("M", "Y"):
        y, m = add_months(x.year, x.month, n * (12 if unit == "Y" else 1))
        for day in (x.day, 30, 29, 28):
            try:
                return date(y, m, day)
            except ValueError:
                continue
    return None


def _weekend_after(x: date) -> date:
    """The Saturday of the weekend after day ``x`` (the next one when ``x`` is itself in a weekend)."""
    ahead = (5 - x.weekday()) % 7 or 7
    if x.weekday() == 6:
        ahead = 6
    return x + timedelta(days=ahead)


#: "after that" with "that" a pronoun (the last thing told), not a determiner of a time noun ("after that day").
_AFTER_THAT = re.compile(r"\s+that\b(?!\s+(?:day|week|month|year|morning|afternoon|evening|night|date|time)\b)", re.IGNORECASE)
#: A count of days or weeks, "P2D", "P1W", that stays inside the month it is counted from.
_SHORT_COUNT = re.compile(r"^P(?P<n>\d+)(?P<unit>[DW])$")


def _month_count_before(text: str, t: TimexLike, i: int, timexes: list[TimexLike],
                        out: list[tuple[int, date, date, str, int, str]], after: re.Match[str] | None
                        ) -> tuple[date, date, int, str] | None:
    """For a short count "later" or "after that" (a few days or weeks, ``timexes[i]``): the month of the last date
    its paragraph told before it, when that date is a count of months this pass anchored to a whole month ("Three
    months later it ...": May) in the count's sentence or the one before, and no dated expression stands between
    (durations with no date of their own may). ``(first, last, where, value)`` of that month, or None."""
    m = _SHORT_COUNT.match(t.value)
    if m is None or int(m.group("n")) * (7 if m.group("unit") == "W" else 1) > 14:
        return None
    if after is not None and not _AFTER_THAT.match(text, after.end()):
        return None
    done = {k: (lo, hi) for k, lo, hi, *_ in out[-4:]}
    for j in range(i - 1, max(-1, i - 4), -1):
        prev = timexes[j]
        if j in done:
            lo, hi = done[j]
            s0, _ = _sentence_bounds(text, min(len(text), t.start + 1))
            s1, _ = _sentence_bounds(text, max(0, s0 - 2)) if s0 > 0 else (s0, s0)
            if prev.start < s1 or "\n" in text[prev.end:t.start] \
                    or lo.day != 1 or (hi + timedelta(days=1)).day != 1 or (lo.year, lo.month) != (hi.year, hi.month):
                return None
            return lo, hi, prev.start, f"{lo.year:04d}-{lo.month:02d}"
        if prev.type != "DURATION" or prev.date_start is not None:
            return None
    return None


def anchored_dates(text: str, timexes: list[TimexLike], dct: date | None) -> list[tuple[int, date, date, str, int, str]]:
    """For each timex of ``timexes`` (a tagged ``text``) anchored on another date or event, ``(index, date_start,
    date_end, value, ref_start, ref_value)``: the interval it dates, its TIMEX3 value (changed only for dates
    such as "the weekend following X"; a duration keeps its own), where X is in the text (-1: the day of writing,
    ``dct``) and X's day.
    ``dct`` caps "days after X"."""
    days = _days(timexes)
    out = []
    for i, t in enumerate(timexes):
        after = _RELATION_AFTER.match(text, t.end)
        later = None if after else _RELATION_LATER.match(text, t.end)
        dur = _DURATION.match(t.value) if t.type == "DURATION" else None
        the_day = _THE_DAY.match(t.text)
        if dur and (after or later) and _NOT_BEFORE.search(text, max(0, t.start - 8), t.start):
            continue  # "not a day earlier", "not a minute too soon": an emphasis, no date counted from another
        if dur and not (after or later) and dur.group("n") != "X" and not t.value.startswith("PT") \
                and _GIVEN_BEFORE.search(text, max(0, t.start - 40), t.start) and _TO_VERB_AFTER.match(text, t.end):
            # "a notice on May 20 ..., a routine step that gives it 60 days to submit a plan": the time granted runs
            # from the day its sentence named last before the count, and the row dates its end (the deadline)
            s0, _ = _sentence_bounds(text, min(len(text), t.start + 1))
            given = next((d for d in reversed(days) if s0 <= d.start and d.end <= t.start), None)
            if given is not None:
                deadline = _granted_end(given.day, int(dur.group("n")), dur.group("unit"))
                if deadline is not None:
                    out.append((i, deadline, deadline, t.value, given.start, given.value))
            continue
        years = _YEARS.match(t.value) if t.type == "DURATION" and (after or later) else None
        if years is not None and not _NOT_BEFORE.search(text, max(0, t.start - 8), t.start) \
                and not _BOUND_COUNT.match(t.text):
            rel = _rel(after or later)  # type: ignore[arg-type]
            sign = -1 if rel in ("before", "earlier") else 1
            if after:  # "listed in 2012, three years after it was founded": X is the count before the sentence's year
                sign = -sign
                if not _COMMA_BEFORE.search(text, max(0, t.start - 4), t.start):
                    continue  # ("opened in 2010 and closed five years before the merger": the year is another verb's)
            off = _years_off(text, t.start, timexes, int(years.group("n")), sign, own=bool(after))
            if off is not None and not _SPAN_LEAD.search(text, max(0, t.start - 12), t.start):
                out.append((i, off[0], off[1], t.value, off[2], off[3]))
            continue
        if dur and (after or later) and (month_count := _month_count_before(text, t, i, timexes, out, after)) is not None:
            # "Three months later it told the market ... Two days after that the finance chief left": counted from a
            # count known only to its month, the day is known only to that month too
            out.append((i, month_count[0], month_count[1], t.value, month_count[2], month_count[3]))
            continue
        if dur and (after or later):
            letter = dur.group("unit")
            unit = ("hour" if letter == "H" else "") if t.value.startswith("PT") else _UNITS.get(letter, "month")
            if not unit:
                continue
            n = None if dur.group("n") == "X" else int(dur.group("n"))
            rel = _rel(after or later)  # type: ignore[arg-type]
            sign = -1 if rel in ("before", "earlier") else 1
            named = True
            if after:
                x, named = _reference(text, t.start, after.end(), days)
                own = _own_day(text, t.start, days) if x is None or x.start < after.end() else None
                if (x is None or not named) and n is not None and unit in ("day", "week") \
                        and dct is not None and sign > 0 and _COMES_BEFORE.search(text, max(0, t.start - 30), t.start) \
                        and (own is None or _COORDINATED_VERB.search(text, own.end, t.start)):
                    # "The resignation ... comes eight days after X said ...": the present of the day's news, counted
                    # from the day of writing, unless X is named by a dated earlier sentence of its kind (a day the
                    # sentence names in another verb phrase, "follows ... last Wednesday and comes ...", is that verb's)
                    d = dct - timedelta(days=n * (7 if unit == "week" else 1))
                    out.append((i, d, d, t.value, -1, ymd(dct)))
                    continue
                if (x is None or not named) and n is not None and unit == "month" and dct is not None and sign > 0 \
                        and _COMES_BEFORE.search(text, max(0, t.start - 30), t.start) and own is None:
                    # "The findings come a month after X reported ...": X a month before the day of writing, that
                    # month ("less than a month after X": from a month before to the day of writing; "more than": not
                    # known)
                    if _MORE_THAN.match(t.text):
                        continue
                    y, m = add_months(dct.year, dct.month, -n)
                    if _LESS_THAN.match(t.text):
                        lo = date(y, m, min(dct.day, monthrange(y, m)[1]))
                        out.append((i, lo, dct, t.value, -1, ymd(dct)))
                    else:
                        out.append((i, date(y, m, 1), date(y, m, monthrange(y, m)[1]), t.value, -1, ymd(dct)))
                    continue
                if own is not None and n is not None and unit in ("day", "week"):
                    # "Shares fell on Tuesday, a day after the recall": the sentence's day is the count after
                    # X, so the row dates X, the day the sentence tells besides its own (Monday)
                    d = own.day - timedelta(days=sign * n * (7 if unit == "week" else 1))
                    out.append((i, d, d, t.value, own.start, own.value))
                    continue
            else:
                x = next((d for d in reversed(days) if d.end <= t.start), None)
                if unit == "month" and (month := _month_before_in_sentence(text, t.start, timexes)) is not None \
                        and (x is None or x.end <= month.start):
                    x = month  # "reached Auralis in February; the recall came four months later": from February
                frame = framing_year(text, t.start)
                if frame is not None and (x is None or x.day.year != frame):
                    # "2029: Listed in Sao Paulo and, a week later, in New York": a day of the year the entry tells,
                    # not one counted from the last day told before it (an earlier entry's)
                    at = text.rfind(f"{frame:04d}", 0, t.start)
                    out.append((i, date(frame, 1, 1), date(frame, 12, 31), t.value, max(at, 0), f"{frame:04d}"))
                    continue
            if x is None:
                continue
            if after and not named and dct is not None and x.day > dct and _told_in_past(text, t.start):
                # "He will stay on until June 30. The move came two days after Larchmont demanded his departure": X
                # is no day still ahead of the writing when the count is told in the past
                continue
            if after and n is not None and unit in ("day", "week") and _SPAN_LEAD.search(text, max(0, t.start - 12), t.start):
                # "lost half its value in two sessions before it was suspended", "within 30 days after the ruling":
                # the stretch of that length next to X, not a day that far from it
                far = x.day + timedelta(days=sign * n * (7 if unit == "week" else 1))
                near = x.day + timedelta(days=sign)
                out.append((i, min(far, near), max(far, near), t.value, x.start, x.value))
                continue
            if later and n is not None and unit == "week" and _FIGURE_BEFORE.search(text, max(0, t.start - 30), t.start):
                # "from $9.10 a week earlier": a figure's baseline, that same weekday n weeks off, not a week around
                # it; counted from the day its own sentence tells, else from the day of writing ("yields rose to 3.1%
                # from 2.4% a week earlier": today's figure), not from a day an earlier sentence told
                s0, _ = _sentence_bounds(text, t.start)
                own = next((d for d in reversed(days) if s0 <= d.start and d.end <= t.start), None)
                if own is None and dct is None:
                    continue
                base, at, value = (own.day, own.start, own.value) if own is not None else (dct, -1, ymd(dct))
                d = base + timedelta(days=sign * 7 * n)
                out.append((i, d, d, t.value, at, value))
                continue
            lo, hi, _ = _shifted(x.day, unit, n, sign, dct)
            out.append((i, lo, hi, t.value, x.start, x.value))
        elif the_day:
            prior = next((d for d in reversed(days) if d.end <= t.start), None)
            x, named = _reference(text, t.start, t.end, days)
            dated_anchor = x is not None and x.start >= t.start  # "the day before the Jan. 27 selloff": that date
            if prior is not None and the_day.group("unit").lower() == "day" and not dated_anchor \
                    and _APPOSITION.fullmatch(text, prior.end, t.start):
                # "Sept. 8, the day before the crash": an apposition that names the day just stated
                out.append((i, prior.day, prior.day, ymd(prior.day), prior.start, prior.value))
                continue
            if x is None or not named:
                continue  # "the day before." alone: the tagger's narrative date stands
            sign = -1 if the_day.group("rel").lower() == "before" else 1
            if the_day.group("unit").lower() == "day":
                d = x.day + timedelta(days=sign)
                out.append((i, d, d, ymd(d), x.start, x.value))
            else:
                week = week_value(x.day + timedelta(weeks=sign))
                first, last = interval(week)
                assert first is not None and last is not None
                out.append((i, first, last, week, x.start, x.value))
        elif _THE_WEEKEND.match(t.text) and after and _rel(after) != "before":
            x, _ = _reference(text, t.start, after.end(), days)
            if x is None:
                continue
            sat = _weekend_after(x.day)
            out.append((i, sat, sat + timedelta(days=1), week_value(sat) + "-WE", x.start, x.value))
    return out
