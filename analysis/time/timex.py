"""TIMEX3 tagging: every temporal expression in a text, found and resolved to a TimeML TIMEX3 type and value.

``find_timexes(text, dct)`` runs a few compiled patterns over the text once each
(:mod:`analysis.time.timex_patterns`, each only near its trigger words: :mod:`analysis.time.timex_find`), keeps
the longest non-overlapping matches, and resolves them left to right (:mod:`analysis.time.timex_resolve` for
absolute expressions, :mod:`analysis.time.timex_relative` for relative ones and times of day,
:mod:`analysis.time.timex_durations` for durations, sets and vague references) against the document creation
time ``dct`` or, for anaphoric expressions ("the next day", "later that year"), against the last date the text
stated (:mod:`analysis.time.timex_context`); expressions anchored on another date or event ("three days after the
launch", "the weekend following X") then get the interval they date (:mod:`analysis.time.timex_anchored`). Pure
functions: no pandas, no I/O beyond reading the lexicon once (the memos of the finder and of ``is_future`` only
save work: the result depends on the text and the date alone).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal

from . import timex_durations as dur
from . import timex_relative as rel
from . import timex_resolve as res
from .timex_anchored import anchored_dates
from .timex_calendar import interval, safe_date, week_value, ymd
from .timex_context import _PAST_WORD, Context, Resolved, _told_in_past, is_future, quotation_closes
from .timex_find import find_candidates
from .timex_fiscal import calendar_days, fiscal, resolve_fysplit
from .timex_patterns import LEX, Candidate
from .timex_reprint import first_publication, reprint_note

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

_RESOLVERS: dict[str, Callable[[Candidate, Context], Resolved | None]] = {
    "iso": res.resolve_calendar,
    "slash": res.resolve_calendar,
    "slashday": res.resolve_calendar,
    "wdslash": res.resolve_calendar,
    "slashwd": res.resolve_calendar,
    "slashhead": res.resolve_calendar,
    "slashmonth": res.resolve_slashmonth,
    "dotted": res.resolve_calendar,
    "dashed": res.resolve_calendar,
    "mdy": res.resolve_calendar,
    "dmy": res.resolve_calendar,
    "month": res.resolve_month,
    "ordweekday": res.resolve_ordweekday,
    "year": res.resolve_year,
    "decade": res.resolve_decade,
    "spelled_decade": res.resolve_decade,
    "century": res.resolve_century,
    "quarter": res.resolve_quarter,
    "qcode": res.resolve_qcode,
    "fyshort": res.resolve_fyshort,
    "fysplit": resolve_fysplit,
    "fysplit2": resolve_fysplit,
    "weekno": res.resolve_weekno,
    "period": res.resolve_period,
    "yearadj": res.resolve_yearadj,
    "holiday": res.resolve_holiday,
    "spelled_year": res.resolve_spelled_year,
    "theyear": res.resolve_theyear,
    "newyear": res.resolve_new_year,
    "theweek": res.resolve_theweek,
    "themonth": res.resolve_themonth,
    "clock_date": rel.resolve_clock,
    "noon": rel.resolve_clock,
    "dayword": rel.resolve_dayword,
    "weekday": rel.resolve_weekday,
    "relunit": rel.resolve_relunit,
    "thepart": rel.resolve_thepart,
    "inunit": rel.resolve_inunit,
    "ago": rel.resolve_ago,
    "theday": rel.resolve_theday,
    "ordday": rel.resolve_ordday,
    "monthday": rel.resolve_monthday,
    "duration": dur.resolve_duration,
    "hyphdur": dur.resolve_duration,
    "bareunit": dur.resolve_duration,
    "firstunit": dur.resolve_duration,
    "longdur": dur.resolve_duration,
    "set": dur.resolve_set,
    "aunit": dur.resolve_set,
    "vague": dur.resolve_vague,
    "weekend": rel.resolve_weekend,
    "overnight": rel.resolve_overnight,
}


#: A capitalised unit word after the first word of an expression makes it a title, not a time ("60 Minutes").
_TITLE_UNIT = re.compile(r"(?<=\S)[\s-]+(?:Second|Minute|Hour|Day|Week|Weekend|Month|Quarter|Year|Decade|Century|"
                         r"Centuries|Morning|Afternoon|Evening|Night)s?\b")


@dataclass(frozen=True)
class Timex:
    """One temporal expression: ``text[start:end] == text``; ``type`` and ``value`` as TIMEX3 has them;
    ``date_start``/``date_end`` the calendar interval a DATE or TIME covers (None for durations, sets and vague
    references); ``anchor`` what a relative expression was resolved against ("publication", "text:<value>" for
    the narrative date, "first publication:<day>" for the day a copy's note says its text first ran, "" for
    absolute ones); ``suspect`` True for a year far from the publication date in a
    sentence about plans (likely garbled; kept so the caller can decide); ``ref_start`` the offset of X for an
    expression anchored on another date or event ("three days after X": the duration ``P3D`` with the interval
    it dates, :mod:`analysis.time.timex_anchored`), else None."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    date_start: date | None
    date_end: date | None
    anchor: str
    suspect: bool = False
    ref_start: int | None = None


#: A day, weekend or part-of-day word alone (a determiner may open it): "the weekend", "Sunday", "a Sunday night";
#: after a determiner only ("poll released Friday shows that ...": a verb).
_DAY_WORD_ALONE = re.compile(r"(?:(?P<det>(?i:the|a|an))\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?i:weekend|morning|"
                             r"afternoon|evening|night))(?:\s+(?i:morning|afternoon|evening|night))?")
#: A week named by one of its days ("the week of November 11", "the week beginning 4 March"): its Monday is kept as
#: ``Context.named_week``.
_WEEK_OF_VALUE = re.compile(r"\d{4}-W\d\d")
_WEEK_OF_TEXT = re.compile(r"(?i)\bweek\s+(?:of|beginning|starting|commencing)\s+\S")
#: What stands before a week that opens its sentence ("The week of November 11 undid much of that."): the text's
#: start, a line break or a full stop, then "the" perhaps (not "its sales in the week of November 11 were weak").
_OPENS_SENTENCE = re.compile(r"(?:^|[\n.!?][\"”’']?\s+)(?:[Tt]he\s+)?$")
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|his|her|its|their|our|extra|additional|more|fewer|regular|several)\s+$")
#: A noun of a standing arrangement right after it, one word perhaps between (``arrangement_nouns`` of the lexicon).
_ARRANGEMENT_AFTER = re.compile(r"\s+(?:[a-z][a-z-]*\s+)?(?:" + "|".join(LEX["arrangement_nouns"]) + r")\b(?!['’])")

#: A unit word joined to a second one by "-to-", "-over-", "-on-" or "-by-" right after an expression: a compound
#: modifier ("the quarter-to-quarter comparison", "on a day-to-day basis", "month-on-month growth"), no time.
_UNIT_COMPOUND_AFTER = re.compile(r"-(?:to|over|on|by)-(?:second|minute|hour|day|week|month|quarter|year)s?\b",
                                  re.IGNORECASE)
_ENDS_IN_UNIT_WORD = re.compile(r"(?:second|minute|hour|day|week|month|quarter|year)$", re.IGNORECASE)

#: "the evening of", "the early morning of" right before a day: the day names which evening it is.
_POD_OF = re.compile(r"\b(?:the|The)\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
#: A value that names one day (a time of day on it included), and the kinds of expression that name a day by the
#: publication date or the text's last day without moving the text's narrative day ("yesterday", "tonight", "the
#: next day", "that day").
_DAY_PREFIX = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:$|T)")
_DAY_NAMERS = frozenset({"dayword", "theday", "relunit"})
_FORWARD_DAY = re.compile(r"(?i)\b(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b|\bday\s+after\b")


def _part_of_a_day(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` without a part of day tagged alone right before "of <day>" ("on the evening of May 9": "the
    evening" was resolved against the publication date's day; the day after it is the expression that dates it,
    as the TempEval annotators mark it)."""
    out: list[Timex] = []
    for t in found:
        if out and t.type == "DATE" and _DAY_VALUE.match(t.value) and out[-1].type == "TIME":
            lead = _POD_OF.search(text, max(0, t.start - 40), t.start)
            if lead and out[-1].start >= lead.start():
                out.pop()
        out.append(t)
    return out


#: What joins the two months of a range: "between May and July", "from March to May", "July-September".
_MONTH_JOIN = re.compile(r"\s?[-–—]\s?|\s+(?:to|through|until|till|and)\s+")
_BETWEEN_FROM = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
#: A date moved from one month to another ("the vote was postponed from March to May"): two dates, no range.
_MOVED_BEFORE = re.compile(r"\b(?:postponed|postpone|delayed|delay|moved|move|pushed|push|brought|bring|shifted|shift|"
                           r"rescheduled|reschedule|deferred|defer|advanced|put\s+off)\b[^.;:!?]{0,40}$", re.IGNORECASE)
_MONTH_ONLY = re.compile(r"\d{4}-\d\d$")
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?$")


def _in_year(t: Timex, year: int) -> Timex:
    """``t`` (a month or a day) moved to ``year``, the part of the month it covers kept ("the end of June")."""
    shift = year - int(t.value[:4])
    d0, d1 = interval(f"{year:04d}{t.value[4:]}")
    if t.date_start is not None and t.date_end is not None:
        d0 = safe_date(t.date_start.year + shift, t.date_start.month, t.date_start.day) or d0
        d1 = safe_date(t.date_end.year + shift, t.date_end.month, t.date_end.day) or d1
    return replace(t, value=f"{year:04d}{t.value[4:]}", date_start=d0, date_end=d1)


def _month_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with the two months of a range in order ("between May and July" in an April article: the July
    after that May, though July alone, in no clause about the future, is read as the last one; "from November to
    February": the February after that November). A range told in the past moves its first month back instead
    ("output rose from March to May" in a March article). "And" joins a range only after "between" or "from"; a year
    the text states for one month ("between May and July 2030") gives the other its year."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "DATE" or b.type != "DATE" or not _MONTH_OR_DAY.match(a.value) or not _MONTH_OR_DAY.match(b.value) \
                or not (_MONTH_ONLY.match(a.value) or _MONTH_ONLY.match(b.value)):
            continue  # (a day may stand at one end: "from May 3 to the end of August")
        if not (_MONTH_ONLY.match(a.value) and _MONTH_ONLY.match(b.value)) \
                and not _BETWEEN_FROM.search(text, max(0, a.start - 10), a.start):
            continue  # a day and a month make a range only after "from" or "between" ("a revision Friday to May's data")
        join = _MONTH_JOIN.fullmatch(text, a.end, b.start)
        if join is None or (join.group(0).strip() == "and" and not _BETWEEN_FROM.search(text, max(0, a.start - 10), a.start)) \
                or _MOVED_BEFORE.search(text, max(0, a.start - 60), a.start):
            continue
        (y0, m0), (y1, m1) = (int(a.value[:4]), int(a.value[5:7])), (int(b.value[:4]), int(b.value[5:7]))
        if 0 <= (y1 * 12 + m1) - (y0 * 12 + m0) < 12:
            continue  # already in order
        if b.anchor == "publication" and (a.anchor == "" or not _told_in_past(text, a.start)
                                          or is_future(text, a.start, a.end)):  # "a launch targeted for May-July"
            y0, y1 = y0, y0 + (m1 < m0)  # the second month follows the first
        elif a.anchor == "publication":
            y0, y1 = y1 - (m0 > m1), y1  # the first month comes before the second
        else:
            continue
        for j, (t, y) in enumerate(((a, y0), (b, y1))):
            if int(t.value[:4]) != y:
                out[i + j] = _in_year(t, y)
    return out


#: A move of a date told before its two ends: "pushed that to the second quarter of 2030 from December", "postponed
#: the vote from March to May" (its verb, then up to 60 characters, then "to"/"until"/"into" or "from" right before the
#: first end). A deferral's old date lies before its new one, a date brought forward after it.
_MOVE_VERB = re.compile(r"\b(?:(?P<back>postponed|postpones?|delayed|delays?|pushed|push(?:es)?|deferred|defers?|"
                        r"put\s+off|puts\s+off)|(?P<ahead>(?:brought|brings?)(?=[^.;:!?\n]{0,40}?\bforward\b)|"
                        r"advanced|advances?|moved\s+up|moves?\s+up|pulled\s+forward)|"
                        r"moved|moves?|shifted|shifts?|rescheduled|reschedules?)"
                        r"\b(?:\s+(?:back|forward))?[^.;:!?\n]{0,60}?\b(?P<prep>to|until|into|from)\s+$", re.IGNORECASE)
#: What joins the new date to the old one after it ("to June from March"), or the old to the new ("from March to June").
_FROM_BETWEEN = re.compile(r"\s+from\s+(?:(?:early|late|mid)[\s-]+)?")
_TO_BETWEEN = re.compile(r"\s+(?:to|until|till|into)\s+(?:(?:early|late|mid)[\s-]+)?")


def _moved_months(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with the old date of a move, a month placed by the publication date alone, set beside the new date
    the move names: "RWE has pushed that to the second quarter of 2030 from December" written in October 2029 is
    December 2029, the one the new date was put off from, not the December gone by that the past tense would pick.
    A deferral's old month is the last such month before the new date, a date brought forward ("moved up to March
    from June") the first after it, a plain move ("rescheduled") the nearest either way. Only beside a new date that
    states its year ("to May 2030", "to the second quarter of 2030")."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        verb = _MOVE_VERB.search(text, max(0, a.start - 90), a.start)
        if verb is None or a.type != "DATE" or b.type != "DATE":
            continue
        prep = verb.group("prep").lower()
        if prep == "from" and _TO_BETWEEN.fullmatch(text, a.end, b.start):
            old, new = i, i + 1  # "postponed the vote from March to May"
        elif prep != "from" and _FROM_BETWEEN.fullmatch(text, a.end, b.start):
            old, new = i + 1, i  # "pushed that to the second quarter of 2030 from December"
        else:
            continue
        o, n = out[old], out[new]
        if o.anchor != "publication" or not _MONTH_ONLY.match(o.value) or any(ch.isdigit() for ch in o.text) \
                or n.anchor != "" or n.date_start is None or n.date_end is None:
            continue  # (a new date placed by the publication date too may itself be the one misread)
        month = int(o.value[5:7])
        years = [n.date_start.year + k for k in (-1, 0, 1)]
        before = [y for y in years if (y, month) < (n.date_start.year, n.date_start.month)]
        after = [y for y in years if (y, month) > (n.date_end.year, n.date_end.month)]
        if verb.group("back"):
            year = max(before) if before else None
        elif verb.group("ahead"):
            year = min(after) if after else None
        else:
            options = [y for y in years if y in before or y in after]
            year = min(options, key=lambda y: abs((y * 12 + month) - (n.date_start.year * 12 + n.date_start.month))) \
                if options else None
        if year is not None and year != int(o.value[:4]):
            out[old] = _in_year(o, year)
    return out


#: A weekday named alone (a part of day may follow): "Thursday", "Friday night".
_PLAIN_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
#: An expression ending in a weekday: "Thursday", "8 p.m. on Wednesday", "noon Friday".
_ENDS_IN_WEEKDAY = re.compile(r"(?:^|\s)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$")
_DAY_PART = re.compile(r"(\d{4}-\d\d-\d\d)(T.*)?$")
#: A clock time named without its day ("3 p.m."), the first of a range whose second names the day.
_BARE_CLOCK = re.compile(r"(?i)(?:about\s+|around\s+|at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+[A-Z]{2,4})?")


#: A weekday after "next" or "this coming" ("next Monday"), and what lists a second weekday after it ("next Monday and
#: Tuesday", "next Monday or Tuesday", "next Monday, Tuesday"): the second shares the first's "next".
_NEXT_WEEKDAY = re.compile(r"(?i:next|this\s+coming|coming)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_DAYS_LISTED = re.compile(r"\s*,\s*|\s+(?:and|or|&)\s+")


def _day_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with the two ends of a range of days in order: "from Tuesday through Thursday" in a Monday article
    (the Tuesday ahead) is the Thursday after that Tuesday, not the one before it; "between 2 p.m. and 7 p.m. on
    Wednesday": the first clock time is on the day the second names (TimeML values both on that day). A weekday
    listed after "next Monday" shares its "next": "markets will be closed next Monday and Tuesday" written on a
    Tuesday is the Tuesday after that Monday, not the day of writing."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        join = _MONTH_JOIN.fullmatch(text, a.end, b.start)
        shared = _NEXT_WEEKDAY.fullmatch(a.text) is not None and _DAYS_LISTED.fullmatch(text, a.end, b.start) is not None
        if not shared and (join is None or (join.group(0).strip() == "and"
                                            and not _BETWEEN_FROM.search(text, max(0, a.start - 10), a.start))):
            continue
        da, db = _DAY_PART.match(a.value), _DAY_PART.match(b.value)
        if da is None or db is None or a.date_start is None or b.date_start is None:
            continue
        if a.type == "TIME" and b.type == "TIME" and da.group(2) and db.group(2) and da.group(1) != db.group(1) \
                and _BARE_CLOCK.fullmatch(a.text) and not _BARE_CLOCK.fullmatch(b.text):
            day = b.date_start
            out[i] = replace(a, value=db.group(1) + da.group(2), date_start=day, date_end=day, anchor=b.anchor)
        elif b.anchor == "publication" and _PLAIN_WEEKDAY.fullmatch(b.text) and b.date_start < a.date_start \
                and (a.date_start - b.date_start).days < 7 and a.type in ("DATE", "TIME"):
            day = b.date_start + timedelta(days=7)
            out[i + 1] = replace(b, value=day.isoformat() + (db.group(2) or ""), date_start=day, date_end=day)
    return out


#: "through", "until" or "till" right before a date: the end of a stretch.
_THROUGH_BEFORE = re.compile(r"(?i)\b(?:through|until|till)\s+$")
#: What joins the day a stretch opens on to the day it runs to: "on Monday through April 30".
_THROUGH_BETWEEN = re.compile(r"(?i)\s*,?\s*(?:through|until|till)\s+")


def _stretch_ends_after(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with the end of a stretch that opens on an earlier date of its sentence placed after that date: "We got
    a waiver on Monday through April 30", written in November, runs to the coming April 30, not the one gone by
    that the past tense picks. Only for a month or a day named without its year, placed by the publication date, right
    after "through", "until" or "till" and a day right before that."""
    out = list(found)
    for j in range(1, len(out)):
        a, b = out[j - 1], out[j]
        if b.type != "DATE" or b.anchor != "publication" or not _MONTH_OR_DAY.match(b.value) or b.date_end is None \
                or re.search(r"\d{4}", b.text) or not _THROUGH_BEFORE.search(text, max(0, b.start - 8), b.start):
            continue
        if a.type not in ("DATE", "TIME") or a.date_start is None or not _DAY_PART.match(a.value) \
                or b.date_end >= a.date_start or not _THROUGH_BETWEEN.fullmatch(text, a.end, b.start):
            continue  # (the day right before "through": "waited until Tuesday, Oct. 8" after "On Monday, ... reported"
            # ends a wait, not a stretch opened on that Monday)
        moved = _in_year(b, int(b.value[:4]) + 1)
        if moved.date_start is not None and moved.date_start >= a.date_start:
            out[j] = moved
    return out


#: A verb that sends what its infinitive names ahead of it: "asked shops to dim their signs", "agreed to vote", "set to open"
#: (not the adverbial "as planned", "as agreed": "would end the scheme on Friday as planned, delivering a message to
#: pension funds late Tuesday" has no infinitive after it).
_FORWARD_INFINITIVE = re.compile(
    r"\b(?<!\bas\s)(?:asked|urged|told|ordered|called\s+on|invited|summoned|instructed|directed|agreed|decided|voted|promised|"
    r"pledged|vowed|planned|scheduled|set|intended|hoped|prepared)\b[^;:!?\n]*?\bto\s+[a-z]+\b")
#: A subordinate clause of what came first, between the day told and the verb of the infinitive: "rose on Monday after
#: the two agreed to merge on Friday" (the agreement is Friday's, before the Monday).
_EARLIER_CLAUSE = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
#: The infinitive's phrase closed by a comma and a verb in the past with its auxiliary, between it and the day: "The
#: listing, set to be the largest, was suspended on Tuesday" (the day is the past verb's, not the infinitive's).
_CLOSED_THEN_PAST = re.compile(r",\s+(?:(?:also|then|later|abruptly|suddenly)\s+)?(?:was|were|had)\s+(?:(?:been|not|also|then)\s+)*"
                               r"[a-z]+(?:ed|en|wn|t)\b(?![^,;]*\bto\s+[a-z]+)", re.IGNORECASE)
#: A request whose infinitive holds a weekday: "asked households to cut power use on Wednesday", "urged residents to stay
#: indoors on Friday", or a request's participle ("a statement calling both unions to a meeting on Friday") (not an
#: agreement or a vote: "Ministers voted to back the plan Friday" dates the vote).
_REQUEST_INFINITIVE = re.compile(
    r"\b(?:asked|urged|told|ordered|called\s+on|instructed|directed|invited|summoned|advised|warned|"
    r"calling|summoning|inviting|urging|asking|ordering)\b"
    r"[^;:!?\n]*?\bto\s+[a-z]+\b(?P<rest>[^;:!?\n]*)$")
#: A request whose deadline is the weekday: "asked the operator for a written report by Friday", "ordered the
#: lender to deliver ... by Friday" (the infinitive's form is the one above), "gave the union until Friday".
_REQUEST_BY = re.compile(
    r"\b(?:asked|ordered|demanded|requested|called\s+for|gave|given)\b(?P<rest>[^;:!?\n]*?)\b(?:by|until)\s+$")
#: A determiner, then at most one word, right before a participle: the participle modifies a noun ("a written report",
#: "a full written account").
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+(?:[a-z]+\s+)?$",
                                 re.IGNORECASE)
#: A request's day is put on the nearer side of the publication date when the past one is more than this many days back.
REQUEST_DAY_PAST_DAYS = 3
#: A sentence's end: a stop, "!" or "?", closing quotes or brackets, spaces and a capital or an opening quote; or a line
#: break. (Opening on its one character, so that the regex engine jumps between such characters: the same matches as
#: the two alternatives written apart.)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|[\"'”’“‘«»)]*\s+(?=[A-Z\"“„‚«»]))")


#: "since" right before a date: the day a stretch up to now began.
_SINCE_RIGHT_BEFORE = re.compile(r"(?i)\bsince\s+$")
#: A weekday named as gone by: "last Tuesday", "this past Friday", "the previous Monday".
_BACK_WORD = re.compile(r"(?i)(?:last|this\s+past|past|(?:the\s+)?(?:previous|preceding))\s")


def _request_day_ahead(text: str, found: list[Timex], j: int, dct: date | None) -> bool:
    """Whether weekday ``found[j]``, the only date of its sentence so far, sits in the infinitive of a request told
    before it ("The grid operator asked households to cut power use between 2 p.m. and 6 p.m. on Wednesday") and was put more
    than :data:`REQUEST_DAY_PAST_DAYS` days back: what one is asked to do lies after the asking, so the nearer day
    on either side of the publication date (the asking itself may be the day named: on a Thursday, "asked ... on
    Wednesday" stays the day before)."""
    b = found[j]
    if dct is None or b.date_start is None or (dct - b.date_start).days <= REQUEST_DAY_PAST_DAYS:
        return False
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, b.start - 300), b.start)]
    s = starts[-1] if starts else max(0, b.start - 300)
    if any(t.end > s and t.start < b.start and t.type in ("DATE", "TIME") and not _BARE_CLOCK.fullmatch(t.text)
           for t in found[:j]):
        return False  # an earlier date of the sentence orders the day (below)
    m = _REQUEST_INFINITIVE.search(text, s, b.start)
    if m is None and (m := _REQUEST_BY.search(text, s, b.start)) is not None:
        # "asked the operator for a written report by Friday": a participle inside the noun phrase asked for is no verb
        return not any(_NOUN_PHRASE_BEFORE.search(text, max(0, w.start() - 30), w.start()) is None
                       for w in _PAST_WORD.finditer(text, m.start("rest"), b.start))
    # (a past verb between the infinitive and the day dates the day: "who asked police to show them the video,
    # watched it on Thursday", "to keep it out of politics,'' she told reporters Wednesday")
    return m is not None and _PAST_WORD.search(text, m.start("rest"), b.start) is None


def _days_after_infinitive(text: str, found: list[Timex], dct: date | None = None) -> list[Timex]:
    """``found`` with a weekday inside the infinitive of a verb that sends it ahead ("The grid operator on Tuesday
    asked shops to dim their signs on Wednesday") on or after the day that verb's clause named before it in the sentence:
    what one is asked, agrees or votes to do on a day comes after the asking (TimeML orders the infinitive's event
    after its governing one). A plain weekday resolved before that day moves a week on; not when a quotation holding the
    infinitive closes before the weekday ("... we have decided to ground the fleet," the chief said late on Friday:
    the day of the saying)."""
    out = list(found)
    for j, b in enumerate(out):
        if b.anchor != "publication" or not _ENDS_IN_WEEKDAY.search(b.text) or b.date_start is None \
                or _BACK_WORD.match(b.text) or _SINCE_RIGHT_BEFORE.search(text, max(0, b.start - 8), b.start):
            continue  # ("ordered X to commission a review of last Tuesday's outage": a day named as gone by; "summoned
            # the airline to talks on Friday after workers voted to join a strike that has run since Tuesday": what
            # runs since a day runs from a day gone by)
        if _request_day_ahead(text, out, j, dct):
            day = b.date_start + timedelta(days=7)
            db = _DAY_PART.match(b.value)
            out[j] = replace(b, value=day.isoformat() + ((db.group(2) or "") if db else ""), date_start=day, date_end=day)
            continue
        for i in range(j - 1, -1, -1):
            a = out[i]
            if _SENTENCE_BREAK.search(text, a.end, b.start):
                break
            if a.type not in ("DATE", "TIME") or not _DAY_PART.match(a.value) or a.date_start is None \
                    or _BARE_CLOCK.fullmatch(a.text):
                continue  # (a clock time opening a range whose end names the day: "between 2 p.m. and 7 p.m. on ...")
            if b.date_start < a.date_start and (a.date_start - b.date_start).days < 7 \
                    and (fwd := _FORWARD_INFINITIVE.search(text, a.end, b.start)) \
                    and not _EARLIER_CLAUSE.search(text, a.end, fwd.start()) \
                    and not _CLOSED_THEN_PAST.search(text, fwd.end(), b.start) \
                    and not quotation_closes(text, fwd.end(), b.start):
                day = b.date_start + timedelta(days=7)
                db = _DAY_PART.match(b.value)
                out[j] = replace(b, value=day.isoformat() + ((db.group(2) or "") if db else ""), date_start=day, date_end=day)
            break
    return out


#: "the September quarter", "its June-quarter sales": the quarter that ends in the month.
_QUARTER_AFTER = re.compile(r"[ -]quarter\b")


def _quarters_by_month(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with a month that names a quarter by its last month ("the September quarter", "its June-quarter
    sales", a usage of some markets' reporting) read as that calendar quarter (TIMEX3 ``2030-Q4``), the
    word "quarter" included. Only a month that ends a calendar quarter, and not the end of a range of months ("the
    July-September quarter" is that range)."""
    out: list[Timex] = []
    for t in found:
        m = _QUARTER_AFTER.match(text, t.end)
        ranged = bool(out) and _MONTH_ONLY.match(out[-1].value) is not None \
            and _MONTH_JOIN.fullmatch(text, out[-1].end, t.start) is not None  # "the July-September quarter"
        if m is not None and not ranged and t.type == "DATE" and _MONTH_ONLY.match(t.value) and int(t.value[5:]) % 3 == 0:
            value = f"{t.value[:4]}-Q{int(t.value[5:]) // 3}"
            d0, d1 = interval(value)
            t = replace(t, end=m.end(), text=text[t.start:m.end()], value=value, date_start=d0, date_end=d1)
        out.append(t)
    return out


#: A recurring weekday, a part of day perhaps after it: "Tuesday nights", "Tuesdays" (TIMEX3 ``XXXX-WXX-2TNI``).
_WEEKDAY_SET = re.compile(r"XXXX-WXX-\d(?:T[A-Z]{2})?$")
#: A weekday made recurring by a plural alone ("Tuesdays", "Tuesday nights"; not "each Tuesday").
_PLURAL_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s|\s+(?:mornings|afternoons|evenings|nights))",
                             re.IGNORECASE)
_AND_OR = re.compile(r"\s+(?:and|or|&)\s+")
_WEEKDAY_NAMES = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}


def _shared_recurrence(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with a bare weekday joined by "and"/"or" to a recurring one ("flights leave on Monday and Tuesday
    nights from March 30", "open Saturday and Sundays") read as recurring too, with the same part of day: the plural
    and its part of day belong to both weekdays."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "DATE" or b.type != "SET" or not _WEEKDAY_SET.match(b.value) or not _PLURAL_WEEKDAY.fullmatch(b.text) \
                or a.text.lower() not in _WEEKDAY_NAMES or not _AND_OR.fullmatch(text, a.end, b.start):
            continue
        out[i] = replace(a, type="SET", value=f"XXXX-WXX-{_WEEKDAY_NAMES[a.text.lower()]}{b.value[10:]}",
                         date_start=None, date_end=None, anchor="")
    return out


#: A month and day ("April 24", "Sept. 19") written alone, no year or weekday after it.
_MONTH_AND_DAY = re.compile(r"[A-Z][a-z]{2,8}\.?\s+(?P<day>[0-3]?\d)$")
#: A second day of the same month after a month and day: "on April 24 and 25", "from Sept. 19 to 22" (TimeML tags the
#: bare day apart, in that month). The number ends its phrase: a stop or a comma, or a preposition or conjunction
#: ("conducted July 8 to 12 on cellphones") or an adverb ("had fallen on Aug. 2 and 5 mainly because of ...", "on
#: April 24 and 25 respectively"); not a count or a figure ("rose from 40 percent on July 14 to 46 percent", "on May 3
#: and 4 others").
_SECOND_DAY_AFTER = re.compile(r"\s+(?:and|to|through|until|till)\s+(?P<day>[0-3]?\d)(?!\d|[.,:/]\d)"
                               r"(?=\s*(?:[.,;:)!?\n]|$)|\s+(?:on|in|at|among|via|with|by|when|before|after|and|but|"
                               r"from|for|as|while|during)\b|\s+[a-z]+ly\b)")


def _second_days(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with the bare second day of a pair or range of days in one month ("the summit on April 24 and 25",
    "from Sept. 19 to 22") tagged as that day of the first one's month and year; only a later day of that month."""
    out: list[Timex] = []
    for i, t in enumerate(found):
        out.append(t)
        first = _MONTH_AND_DAY.search(t.text)
        if t.type != "DATE" or not _DAY_VALUE.match(t.value) or first is None:
            continue
        m = _SECOND_DAY_AFTER.match(text, t.end)
        if m is None or (i + 1 < len(found) and found[i + 1].start < m.end()):
            continue
        day = safe_date(int(t.value[:4]), int(t.value[5:7]), int(m.group("day")))
        if day is None or day.day <= int(first.group("day")):
            continue
        out.append(Timex(m.start("day"), m.end("day"), m.group("day"), "DATE", ymd(day), day, day, t.anchor))
    return out


#: A day of the month written first ("17 August", "17 August 2031"), and a bare first day of a pair or range before it,
#: after a preposition of time: "on 12 and 13 May", "between 3 and 5 March", "from 9 to 11 June".
_DAY_AND_MONTH = re.compile(r"(?P<day>[0-3]?\d)\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?$")
_FIRST_DAY_BEFORE = re.compile(r"\b(?:[Oo]n|[Bb]etween|[Ff]rom|[Oo]ver|[Ff]or)\s+(?P<day>[0-3]?\d)"
                               r"\s*(?:\s(?:and|or|to|through|until)\s|[-–])\s*$")


def _first_days(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with the bare first day of a pair or range of days written day first ("on 12 and 13 May", "from
    9 to 11 June") tagged as that day of the second one's month and year (as :func:`_second_days` tags the bare
    second day of "August 16 and 17"); only an earlier day of that month."""
    out: list[Timex] = []
    for i, t in enumerate(found):
        second = _DAY_AND_MONTH.fullmatch(t.text)
        m = _FIRST_DAY_BEFORE.search(text, max(0, t.start - 24), t.start) if second is not None else None
        if m is not None and t.type == "DATE" and _DAY_VALUE.match(t.value) and (not out or out[-1].end <= m.start("day")):
            day = safe_date(int(t.value[:4]), int(t.value[5:7]), int(m.group("day")))
            if day is not None and day.day < int(second.group("day")):
                out.append(Timex(m.start("day"), m.end("day"), m.group("day"), "DATE", ymd(day), day, day, t.anchor))
        out.append(t)
    return out


#: "or so" right after an expression ending in a unit word ("the next week or so", "a decade or so"): TimeML's
#: approximation modifier (mod APPROX, like "about"), part of the expression's extent; not "or so-called", not after
#: a comma ("three days, or so the guard says").
_OR_SO_AFTER = re.compile(r"\s+or\s+so\b(?!-)", re.IGNORECASE)
_ENDS_IN_UNIT = re.compile(r"\b(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century|"
                           r"centuries)s?$", re.IGNORECASE)


#: A second bare plural unit joined to a first ("weeks or months", "days and weeks", "months or years"): one vague
#: stretch, as the TempEval-3 gold marks it ("within weeks or months of his capture" PXW, "recent weeks and months").
_OR_UNITS_AFTER = re.compile(r"\s+(?:or|and)\s+(?:hours|days|weeks|months|years|decades)\b", re.IGNORECASE)
_ENDS_IN_PLURAL_UNIT = re.compile(r"\b(?:hours|days|weeks|months|years|decades)$", re.IGNORECASE)


def _or_so(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with "or so" after a count or stretch of units taken into its span, and a second bare plural unit
    joined by "or"/"and" after an unspecified number of units (the value is unchanged: the approximation has no
    value of its own; the pair keeps the first unit's)."""
    out: list[Timex] = []
    for i, t in enumerate(found):
        m = _OR_SO_AFTER.match(text, t.end)
        if m is None or not _ENDS_IN_UNIT.search(t.text):
            m = _OR_UNITS_AFTER.match(text, t.end)
            if m is not None and not (t.type == "DURATION" and "X" in t.value and _ENDS_IN_PLURAL_UNIT.search(t.text)):
                m = None
        if m is not None and (i + 1 == len(found) or found[i + 1].start >= m.end()):
            t = replace(t, end=m.end(), text=text[t.start:m.end()])
        out.append(t)
    return out


#: A stretch of months, a quarter or a year that a date right after it ends: "the year ending March 2030", "the six
#: months ended Aug. 12", "the year to March 31" (TimeML tags the duration, ``P1Y``, and the date apart).
_ENDED_BY = re.compile(r"\s+(?:ended|ending|to|through)\s+(?:on\s+)?$")
_SPAN_DURATION = re.compile(r"P(?P<n>\d+)(?P<unit>[YMQ])$")
_SPAN_MONTHS = {"Y": 12, "Q": 3, "M": 1}


def _periods_ended(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with a duration of years, quarters or months that the next expression ends ("the year ending March
    2030") given the interval it covers: up to that day, or to the end of that month (April 1, 2029 to March 31,
    2030). The value is unchanged."""
    out = list(found)
    for i in range(len(out) - 1):
        t, nxt = out[i], out[i + 1]
        if t.type == "DATE" and t.value.endswith("-WXX") and t.text.lower() == "the week" and nxt.type == "DATE" \
                and nxt.date_end is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value) \
                and _ENDED_BY.fullmatch(text, t.end, nxt.start):
            # "the week to 12 July", "the week ended Friday": seven days up to that day (TimeML's duration, P1W)
            out[i] = replace(t, type="DURATION", value="P1W", date_start=nxt.date_end - timedelta(days=6),
                             date_end=nxt.date_end, anchor="")
            continue
        span = _SPAN_DURATION.match(t.value)
        if t.type != "DURATION" or span is None or t.date_start is not None or nxt.type != "DATE" \
                or nxt.date_end is None or not _ENDED_BY.fullmatch(text, t.end, nxt.start) \
                or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", nxt.value):
            continue
        months = int(span.group("n")) * _SPAN_MONTHS[span.group("unit")]
        end = nxt.date_end
        if len(nxt.value) == 7 or (end + timedelta(days=1)).day == 1:  # to a month's end: whole months
            y, m = divmod(end.year * 12 + end.month - 1 - (months - 1), 12)
            begin = date(y, m + 1, 1)
        else:  # "the six months ended Aug. 12": February 13 to August 12
            y, m = divmod(end.year * 12 + end.month - 1 - months, 12)
            begin = date(y, m + 1, min(end.day, calendar.monthrange(y, m + 1)[1])) + timedelta(days=1)
        out[i] = replace(t, date_start=begin, date_end=end)
    return out


#: What may stand between a day and a clock time that is on it: a comma, "at", spaces (no line break): "UPDATE 2 -
#: Monday 10 March 2031, 14:15 GMT", "on 3 June 2030 at 0800 GMT".
_DAY_CLOCK_GAP = re.compile(r"[ \t]*,?[ \t]*(?:at[ \t]+)?")
_CLOCK_ON_DAY = re.compile(r"\d{4}-\d\d-\d\dT")
#: A clock time that names its own day ("9 a.m. Tuesday", "10:30 p.m. yesterday", "0800 GMT on June 4").
_CLOCK_OWN_DAY = re.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|"
                            r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _clocks_on_their_day(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with a clock time written right after a day ("Monday 10 March 2031, 14:15 GMT") given that day: it
    is the day's time of day, whatever day the text told last (a statement page's update stamps repeat one day, which
    is no new day of the narrative, so a 24-hour clock after a paragraph break took the publication date)."""
    out = list(found)
    for i in range(1, len(out)):
        t, day = out[i], out[i - 1]
        if t.type != "TIME" or day.type != "DATE" or not _DAY_VALUE.match(day.value) \
                or not _CLOCK_ON_DAY.match(t.value) or t.value.startswith(day.value) or _CLOCK_OWN_DAY.search(t.text) \
                or _DAY_CLOCK_GAP.fullmatch(text, day.end, t.start) is None:
            continue
        value = day.value + t.value[10:]
        d0, d1 = interval(value)
        out[i] = replace(t, value=value, date_start=d0, date_end=d1, anchor=f"text:{day.value}")
    return out


#: "that day" / "the same day" right after a clock time, and what may stand between them: spaces, a bracketed
#: equivalent in another zone, "on" ("at 8 a.m. London time that day", "at 9 a.m. (0100 GMT) on the same day").
_ANAPHORIC_DAY = re.compile(r"(?i)(?:that|the\s+same)\s+day")
_CLOCK_DAY_GAP = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,?[ \t]*(?:on[ \t]+)?")


def _clocks_before_their_day(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with a clock time that names no day of its own given the day an anaphor written right after it names
    ("will hold a call at 7:30 a.m. New York time that day", "at 9 a.m. (0100 GMT) the same day"): the day's time of
    day, not the day told last. A clock in brackets between (the time in another zone) is skipped; its own day may
    differ. (A weekday or a calendar day after a clock is the timeline's to pair with it: it shows the day.)"""
    out = list(found)
    for i, t in enumerate(out):
        if t.type != "TIME" or not _CLOCK_ON_DAY.match(t.value) or _CLOCK_OWN_DAY.search(t.text):
            continue
        j = i + 1
        if j < len(out) and out[j].type == "TIME" and text[t.end:out[j].start].strip() in ("(", "["):
            j += 1  # the bracketed equivalent: the day comes after it
        if j >= len(out) or out[j].type != "DATE" or not _DAY_VALUE.match(out[j].value) \
                or not _ANAPHORIC_DAY.fullmatch(out[j].text) \
                or _CLOCK_DAY_GAP.fullmatch(text, t.end, out[j].start) is None or t.value.startswith(out[j].value):
            continue
        day = out[j]
        value = day.value + t.value[10:]
        d0, d1 = interval(value)
        out[i] = replace(t, value=value, date_start=d0, date_end=d1, anchor=f"text:{day.value}")
    return out


#: A clock time with its equivalent in universal time in brackets right after it ("11:40 p.m. local time (0240 GMT
#: Wednesday)", "at 9 p.m. (0100 GMT on Friday)"): the gap between them, and the universal time's zone.
_ZONE_PAIR_GAP = re.compile(r"[ \t]*[(\[][ \t]*")
_UNIVERSAL = re.compile(r"\b(?:GMT|UTC)\b")
_CLOCK_PARTS = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$")


def _local_of_universal(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with a local clock time that names no day of its own given the day its bracketed universal time
    names, shifted by the gap between the two clocks (``_ZONE_PAIR_GAP``): "burst at 11:40 p.m. local time (0240 GMT
    Wednesday)" in Chile is Tuesday 23:40, the zone three hours behind; "at 9 a.m. (0100 GMT Wednesday)" in Asia is
    Wednesday. The offset is the clocks' difference taken between -11 and +13 hours (Hawaii is -10, New Zealand's
    summer +13)."""
    out = list(found)
    for i in range(len(out) - 1):
        t, u = out[i], out[i + 1]
        mt, mu = _CLOCK_PARTS.match(t.value), _CLOCK_PARTS.match(u.value)
        if t.type != "TIME" or u.type != "TIME" or mt is None or mu is None or _UNIVERSAL.search(t.text) \
                or _CLOCK_OWN_DAY.search(t.text) or not _UNIVERSAL.search(u.text) or not _CLOCK_OWN_DAY.search(u.text) \
                or _ZONE_PAIR_GAP.fullmatch(text, t.end, u.start) is None:
            continue
        local, universal = int(mt.group(2)) * 60 + int(mt.group(3)), int(mu.group(2)) * 60 + int(mu.group(3))
        offset = (local - universal) % 1440
        if offset > 13 * 60:
            offset -= 1440
        at = datetime.fromisoformat(u.value) + timedelta(minutes=offset)
        value = at.date().isoformat() + t.value[10:]
        if value == t.value:
            continue
        d0, d1 = interval(value)
        out[i] = replace(t, value=value, date_start=d0, date_end=d1, anchor=f"text:{u.value[:10]}")
    return out


#: An entry stamp heading its line: a label ("UPDATE 2 -", "Updated:", "Posted"), a day, a clock time and its zone
#: ("UPDATE 1 - Monday 10 March 2031, 09:40 GMT", "Updated: 14/05/2029 09:12"); a label or a clock must be there (a
#: day alone on its line may head a chronology's entry).
_STAMP_LABEL = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z]*(?:[ \t]+[A-Za-z]+)?(?:[ \t]+\d{1,2})?[ \t]*"
                          r"(?:[-–—:|][ \t]*|[ \t]))?")
_STAMP_REST = re.compile(r"(?P<clock>[ \t]*,?[ \t]*(?:at[ \t]+)?(?:[01]?\d|2[0-3])[:.]?[0-5]\d(?:[ \t]*[ap]\.?m\.?)?"
                         r"(?:[ \t]+[A-Z]{2,4})?)?[ \t]*(?:\n|$)", re.IGNORECASE)
_STAMP_KINDS = frozenset({"iso", "slash", "dashed", "dotted", "mdy", "dmy"})


def _entry_stamp(text: str, start: int, end: int) -> bool:
    """Whether the day written at ``start:end`` is an entry stamp heading its line (see ``_STAMP_LABEL``)."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _STAMP_LABEL.fullmatch(text, line_start, start)
    rest = _STAMP_REST.match(text, end)
    return label is not None and rest is not None and bool(label.group("label") or rest.group("clock"))


def _as_date(dct: date | datetime | None) -> date | None:
    """A ``date`` from a date or datetime (None stays None)."""
    if dct is None:
        return None
    if isinstance(dct, datetime):
        return dct.date()
    return dct


#: What opens a span that runs from a day up to the time of writing: "since Friday", "since the close on May 29".
_SPAN_START_BEFORE = re.compile(r"\bsince\s+(?:(?:the|its|their)\s+(?:close|closing\s+(?:price|level))\s+(?:on|of)\s+)?$",
                                re.IGNORECASE)
#: A clause opened by "since" whose date is the day the span starts from ("her first remarks since the grocer
#: booked a charge on Thursday"): no clause break between "since" and the date.
_SPAN_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:the|a|an|its|their|his|her|[A-Z][\w&'’.-]*)\b(?:[^,;:!?\n.]|\.(?=\d))*"
                                 r"\b(?:on|late\s+on|early\s+on)\s+$")
#: A clause of "when" right after the day a span starts from ("since March 3, when the mill closed ..."): it
#: tells what happened that day, so the text is at that day after all.
_WHEN_TELLS_AFTER = re.compile(r",?\s+when\b")
#: The new day of something put off or brought forward ("Its interim figures are put back to 4 March. That
#: evening ...", "the hearing was moved to Friday"): a day the thing is now set for, not the day the text goes on to
#: tell, as the day a span runs from.
_RESET_TO_BEFORE = re.compile(r"\b(?:postponed|delayed|deferred|pushed\s+back|put\s+back|put\s+off|brought\s+forward|"
                              r"moved|rescheduled|adjourned)\s+(?:[\w'’-]+\s+){0,3}?(?:to|until|till)\s+$", re.IGNORECASE)


#: "N units ago" and the day, week, month or year of writing right after it: "a week ago today", "five years ago
#: this week", "eight years ago this month" are one expression, that day, week or month N units back.
_AGO = re.compile(r"(?i)(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+)"
                  r"(?P<unit>day|week|month|year)s?\s+ago")
_OF_WRITING = re.compile(r"(?i)today|this\s+(?P<unit>week|month|year)")


def _ago_of_writing(text: str, found: list[Timex], dct: date | None) -> list[Timex]:
    """Join "N units ago" with "today" / "this week" / "this month" / "this year" right after it (``_AGO``)."""
    if dct is None:
        return found
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        ago = _AGO.fullmatch(t.text)
        own = _OF_WRITING.fullmatch(nxt.text) if nxt is not None else None
        if ago is None or own is None or text[t.end:nxt.start] != " " or text[nxt.end:nxt.end + 2] in ("'s", "’s"):
            # ("three days ago today's winner": "today's" names a thing of its own)
            out.append(t)
            i += 1
            continue
        word = ago.group("n").lower()
        n = 1 if word in ("a", "an") else int(word) if word.isdigit() else int(LEX["numbers"][word])
        unit = ago.group("unit").lower()
        if unit in ("day", "week"):
            back = dct - timedelta(days=n * (7 if unit == "week" else 1))
        else:
            months = dct.year * 12 + dct.month - 1 - n * (12 if unit == "year" else 1)
            back = safe_date(months // 12, months % 12 + 1, min(dct.day, 28)) or dct
        grain = (own.group("unit") or "day").lower()
        value = {"day": ymd(back), "week": week_value(back), "month": f"{back.year:04d}-{back.month:02d}",
                 "year": f"{back.year:04d}"}[grain]
        d0, d1 = interval(value)
        out.append(Timex(t.start, nxt.end, text[t.start:nxt.end], "DATE", value, d0, d1, "publication"))
        i += 2
    return out


#: A weekday with no word that places it ("Tuesday", "Wednesday morning"; not "last Friday", "next Tuesday").
_BARE_WEEKDAY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?i:morning|afternoon|evening|night))?")


def _copy_day_after(cand: Candidate, first: date, written: date | None, text: str) -> bool:
    """Whether a weekday of a copied text is the one after the day the copy's note names (``first``) and not after
    the copy's own day (``written``), and nearer ``first`` than the same weekday read from ``first``: a day the copy
    added ("first published on Tuesday 17 June ... was higher on Wednesday morning", printed the 18th), not the
    Wednesday before."""
    if cand.kind != "weekday" or written is None or _BARE_WEEKDAY.fullmatch(text, cand.start, cand.end) is None:
        return False  # "last Friday" is the writer's: the Friday before the day the note names
    then = _RESOLVERS[cand.kind](cand, Context(dct=first, text=text))
    now = _RESOLVERS[cand.kind](cand, Context(dct=written, text=text))
    if then is None or now is None or (a := _DAY_PREFIX.match(then.value)) is None \
            or (b := _DAY_PREFIX.match(now.value)) is None:
        return False
    before = safe_date(int(a.group(1)), int(a.group(2)), int(a.group(3)))
    after = safe_date(int(b.group(1)), int(b.group(2)), int(b.group(3)))
    return before is not None and after is not None and first < after <= written \
        and (after - first) < (first - before)


def find_timexes(text: str, dct: date | None) -> list[Timex]:
    """Every temporal expression in ``text``, resolved against the document creation time ``dct`` (a date or
    None: relative expressions then get X-values or are skipped).

    Returns a list of :class:`Timex` sorted by ``start``, non-overlapping, offsets into ``text``.
    """
    ctx = Context(dct=_as_date(dct), text=text)

    def accept(cand: Candidate) -> bool:
        """Whether a candidate resolves at all (tried on a scratch context: state must not leak)."""
        return _RESOLVERS[cand.kind](cand, Context(dct=ctx.dct, text=text)) is not None

    out: list[Timex] = []
    every_year = calendar_days(text)  # "Its fiscal year ends June 30": the day of every year
    written = ctx.dct
    note = reprint_note(text)  # a copy's note: "This article first appeared in X on September 17, 2026"
    copy: tuple[date, int] | None = None
    for cand in find_candidates(text, accept):
        if note is not None and cand.start >= note[1]:
            # the copied text was written on the day its note names (up to a paragraph the copy added)
            copy = first_publication(text, note, [(t.start, t.end, t.date_start) for t in out
                                                  if t.type == "DATE" and t.date_start is not None
                                                  and t.date_start == t.date_end], written)
            note = None
        if copy is not None:
            ctx.dct = written if cand.start >= copy[1] or _copy_day_after(cand, copy[0], written, text) else copy[0]
        if cand.kind != "holiday" and _TITLE_UNIT.search(text, cand.start, cand.end):
            continue  # a title: the "60 Minutes" programme, ABC's "This Week"
        if (day_word := _DAY_WORD_ALONE.fullmatch(text, cand.start, cand.end)) is not None \
                and (day_word.group("det") or _DETERMINER_BEFORE.search(text, max(0, cand.start - 12), cand.start)) \
                and _ARRANGEMENT_AFTER.match(text, cand.end):
            continue  # "the weekend driving ban", "a Sunday talk show", "extra Saturday shifts": a kind, no time
        told, told_value = ctx.narrative, ctx.narrative_value
        if out and cand.start < out[-1].end:
            continue  # read already as part of the expression before ("October of that year")
        if _UNIT_COMPOUND_AFTER.match(text, cand.end) and _ENDS_IN_UNIT_WORD.search(text, cand.start, cand.end):
            continue  # "The quarter-to-quarter comparison": a compound modifier, no time (resolved not at all: no state)
        resolved = _RESOLVERS[cand.kind](cand, ctx)
        if resolved is None or resolved.end <= resolved.start:
            continue
        resolved = fiscal(resolved, ctx)  # "fiscal 2027", "last fiscal year": TimeML's FY2027
        if resolved.span is None and resolved.type == "DATE" and resolved.value in ctx.fiscal_parts:
            # "the fourth quarter ending March 31 ... the quarter": the same fiscal quarter, January to March
            resolved = replace(resolved, span=ctx.fiscal_parts[resolved.value])
        if (day := ctx.fiscal_days.get(resolved.start)) is not None and _DAY_VALUE.match(resolved.value) \
                and resolved.type == "DATE":
            resolved = replace(resolved, value=ymd(day), span=None)  # "fiscal 2025, which ended Sept. 30"
        elif resolved.start in every_year and _MONTH_OR_DAY.match(resolved.value) and resolved.type == "DATE":
            resolved = replace(resolved, value="XXXX" + resolved.value[4:], anchor="", span=None)
        if cand.kind in _DAY_NAMERS and resolved.type in ("DATE", "TIME") \
                and (named := _DAY_PREFIX.match(resolved.value)) is not None:
            # a clock time later in the sentence is on this day ("Yesterday, workers met at 9 a.m.")
            ctx.day_named = (resolved.end, safe_date(int(named.group(1)), int(named.group(2)), int(named.group(3))))
            if ctx.narrative == told and cand.kind != "dayword" and _FORWARD_DAY.search(text, resolved.start, resolved.end):
                # "The next day, ... The next day, ...": a story told forward goes on to that day
                ctx.narrative, ctx.narrative_value = ctx.day_named[1], ymd(ctx.day_named[1]) if ctx.day_named[1] else ""
        if ctx.narrative != told and (_SPAN_START_BEFORE.search(text, max(0, resolved.start - 30), resolved.start)
                                      or _SPAN_CLAUSE_BEFORE.search(text, max(0, resolved.start - 120), resolved.start)
                                      or _RESET_TO_BEFORE.search(text, max(0, resolved.start - 60), resolved.start)) \
                and not _WHEN_TELLS_AFTER.match(text, resolved.end):
            # "grounded thousands of flights since Friday. The stock fell 15% in the morning": the day a span starts
            # from, running up to the time of writing, is not the day the text goes on to tell
            ctx.narrative, ctx.narrative_value = told, told_value
        elif ctx.narrative != told:
            ctx.narrative_end = resolved.end
            if ctx.narrative is not None:
                ctx.days.append((resolved.end, ctx.narrative))
            if ctx.narrative is not None and (ctx.dct is None or ctx.narrative <= ctx.dct):
                ctx.settled, ctx.settled_value = ctx.narrative, ctx.narrative_value
        if cand.kind in _STAMP_KINDS and resolved.type in ("DATE", "TIME") and ctx.dct is not None \
                and (stamped := _DAY_PREFIX.match(resolved.value)) is not None \
                and _entry_stamp(text, resolved.start, resolved.end):
            # an update's stamp: its entry's "today" is that day, up to the next stamp (none before the publication day)
            day = safe_date(int(stamped.group(1)), int(stamped.group(2)), int(stamped.group(3)))
            ctx.entry_day = day if day is not None and day < ctx.dct else None
        span = text[resolved.start:resolved.end]
        if resolved.span is not None:
            d0, d1 = resolved.span
        elif resolved.type in ("DATE", "TIME"):
            d0, d1 = interval(resolved.value)
        else:
            d0, d1 = None, None
        if resolved.type == "DATE" and d0 is not None and resolved.value[:4].isdigit():
            # the last date the text named, for "that year" / "the following month" ("In March, ... The
            # following month" is April, whether March was written with its year or placed by the publication date)
            ctx.coarse, ctx.coarse_value, ctx.coarse_end = d0, resolved.value, resolved.end
            if _WEEK_OF_VALUE.fullmatch(resolved.value) and _WEEK_OF_TEXT.search(span) \
                    and _OPENS_SENTENCE.search(text, max(0, resolved.start - 12), resolved.start):
                ctx.named_week = (d0, resolved.end)  # the week opens its sentence: the story moves to it
        anchor = resolved.anchor
        if ctx.dct != written and anchor == "publication" and ctx.dct is not None:
            anchor = f"first publication:{ctx.dct.isoformat()}"  # the day the copy's note names
        out.append(Timex(resolved.start, resolved.end, span, resolved.type, resolved.value, d0, d1,
                         anchor, resolved.suspect))
    ctx.dct = written
    out = _clocks_before_their_day(text, _clocks_on_their_day(text, out))
    out = _ago_of_writing(text, _local_of_universal(text, out), ctx.dct)
    out = _shared_recurrence(text, _first_days(text, _second_days(text, _periods_ended(text, _or_so(text, _quarters_by_month(text, _stretch_ends_after(text, _day_ranges(text, _days_after_infinitive(text, _moved_months(text, _month_ranges(text, _part_of_a_day(text, out))), ctx.dct)))))))))
    for i, lo, hi, value, ref, ref_value in anchored_dates(text, out, ctx.dct):
        if ref < 0:  # counted from the day of writing (a figure's baseline "a week earlier" in a sentence with no day)
            out[i] = replace(out[i], date_start=lo, date_end=hi, value=value, anchor="publication")
            continue
        out[i] = replace(out[i], date_start=lo, date_end=hi, value=value, anchor=f"text:{ref_value}", ref_start=ref)
    return out
