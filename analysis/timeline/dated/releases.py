"""A release of data told in the report of its day: the period the figures cover is no date of the sentence's event.

"China's exports fell unexpectedly in December, official data showed", "U.S. crude inventories rose by 9 million
barrels in the week to April 24, the Energy Information Administration said", "Initial jobless claims fell by 2,000
to 250,000 last week, the Labor Department said", "A survey from the Institute for Supply Management showed the
services sector grew faster than expected in August", "the Valdmere factory index rose to 48.6 in April", "Fuel stocks
rose by 2.2 million barrels in April, according to the Energy Information Administration". News convention: a day's report tells the figures released that
day, dated by the period they cover, and the release itself by no date at all. The event is the release, on the
report's day (:func:`analysis.timeline.dated.acts.report_day`: the day its lead names, the publication day or the day
before); the period is the figures'. When the sentence names a day of its own ("Oil surged on Wednesday after data
showed inventories rose less than expected last week"), that day tells its event and the period is dropped alone.
Not a date right after the verb of saying ("The agency said last week that inventories had reached ..."): the day of
the telling, not of the figures. A company's results for a past quarter or half are read so too ("Adjusted earnings
fell 46% to $2.9 billion in the first quarter", "Net sales rose 19% in the second quarter ended Jan. 27"): reported on
the report's day, unless the sentence names a day of its own ("On June 17 it reported a 45% rise in revenue for the
three months to May 31", "sales fell 4% in the nine months to Sept. 30, it said on Thursday"), which tells its event
beside the period.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from analysis.timeline.dated.acts import report_day
from analysis.timeline.dated.model import TemporalExpression

#: The basis of a release of data dated on the report's day.
DATA_RELEASE = "a release of data of the report's day, dated by the period its figures cover"
#: What tells a release of figures: data, a survey or a report that showed them ("official data showed", "a survey
#: from X showed", "figures published on Tuesday showed"), or a statistics body that said or reported them (", the
#: Energy Information Administration said", "The Labor Department said 4.4 million Americans filed ...").
_RELEASE = re.compile(
    r"\b(?i:data|figures|statistics|numbers|survey|report|readings?|estimates?)\b[^.;:!?\n]{0,60}?"
    r"\b(?P<show>showed|shows|indicated)\b"
    r"|\b(?:Department|Administration|Bureau|Office|Agency|Institute|Statistics|Census)(?:\s+(?:of|for)(?:\s+[A-Z][\w&'’-]*)+)?"
    r"\s+(?P<said>said|reported|says)\b"
    # ", according to the Valdmere Business Board", "according to the Energy Information Administration": a named
    # body of data
    r"|\baccording\s+to\s+the\s+(?:[A-Z][\w&'’-]*\s+){0,5}?(?:Department|Administration|Bureau|Office|Agency|"
    r"Institute|Board|Association|Statistics|Census|Commission|Authority)\b"
    # "the Valdmere factory index rose to 48.6 in April": a reading of an index of data (a small level, not a
    # market's "fell to 23,029")
    r"|\b(?i:index|PMI)\s+(?i:rose|fell|climbed|dropped|slipped|edged\s+(?:up|down|higher|lower)|jumped|declined|"
    r"increased|decreased|slid|improved|eased|rebounded|plunged|sank)\s+to\s+-?\d{1,3}(?:\.\d+)?(?![\d,])")
#: A company's results for a quarter or a half, told with their figures: "Adjusted earnings fell 46% to $2.9 billion in the
#: first quarter", "first-quarter profit fell 35%", "Underlying profit fell to $791 million in the three months to the
#: end of March". Only with such a period (:data:`MIN_RESULTS_DAYS` days or more), ended before the report's day.
_RESULTS = re.compile(r"\b(?i:profits?|earnings|revenues?|sales|net\s+loss|(?:operating|pre-tax|pretax|net)\s+income|"
                      r"ebitda)\b")
MIN_RESULTS_DAYS = 80
#: The longest period of results read so: a half (a year's accounts, "for the year ended July 2", are as often a
#: company's background as its news).
MAX_RESULTS_DAYS = 190
#: A day that ends a quarter or a half of results: "the second quarter ended Jan. 27", "the three months to March 31".
_QUARTER_TO = re.compile(r"\b(?:quarter|half|months)\s*,?\s+(?:which\s+)?(?:to|ended|ending|through)\s+$", re.IGNORECASE)
#: A figure, or a word of change, in the sentence: the release tells figures.
_FIGURES = re.compile(r"\d|\b(?:rose|fell|grew|shrank|dropped|climbed|declined|increased|decreased|slipped|jumped|"
                      r"expanded|contracted)\b", re.IGNORECASE)
#: A verb of saying right before the date, perhaps with "on": the telling's day, not the figures'.
_SAID_BEFORE = re.compile(r"\b(?:said|says|reported|showed|announced|published|released)\s+(?:on\s+)?$", re.IGNORECASE)
#: The end of the release's clause: a semicolon, or a comma that is no thousands separator.
_CLAUSE_BREAK = re.compile(r";|,(?!\d)")
#: A day that ends the period of the figures: "in the week to April 24", "the week ended April 17", "the second quarter
#: ended Jan. 27", "the three months to March 31".
_WEEK_TO = re.compile(r"\b(?:week|month|months|quarter|half|year)\s*,?\s+(?:which\s+)?(?:to|ended|ending|through)\s+$",
                      re.IGNORECASE)


def _period(e: TemporalExpression, text: str, day: date) -> bool:
    """Whether ``e`` reads as the period figures cover, ended before the report's ``day``: a week, a month, a stretch,
    or a day ending a week of data, not right after a verb of saying."""
    if not e.resolved or e.date_end is None or e.date_end >= day:  # type: ignore[operator]
        return False
    before = text[max(0, e.start - 30) : e.start]
    if _SAID_BEFORE.search(before):
        return False
    return e.precision in ("week", "month", "range") or (e.precision == "day" and _WEEK_TO.search(before) is not None)


def _results_period(e: TemporalExpression, text: str) -> bool:
    """Whether ``e`` is a quarter or a half of results ("the first quarter", "the three months to the end of March"),
    or the day ending one ("the second quarter ended Jan. 27"); not a week, a month nor a year."""
    if e.precision == "day":
        return _QUARTER_TO.search(text, max(0, e.start - 30), e.start) is not None
    return e.precision == "range" and e.date_start is not None and e.date_end is not None \
        and MIN_RESULTS_DAYS <= (e.date_end - e.date_start).days + 1 <= MAX_RESULTS_DAYS


def data_releases(text: str, dct: date | None, found: list[TemporalExpression], starts: list[int], ends: list[int],
                  limit: int | None = None) -> tuple[list[TemporalExpression], set[int]]:
    """(new expressions on the report's day, one per sentence telling a release of data with no day of its own; the
    ids of the expressions of ``found`` that are the periods such sentences' figures cover). ``found`` are the text's
    dated expressions, ``starts``/``ends`` its sentences; only sentences starting before ``limit`` are read (a copy's
    text). A sentence qualifies when it tells a release (:data:`_RELEASE`) with figures and comes after its report's
    lead; the periods are those of its dates up to the end of the release's clause."""
    if dct is None or (_RELEASE.search(text) is None and _RESULTS.search(text) is None):
        return [], set()
    lead = report_day(dct, found, starts, ends)
    if lead is None:
        return [], set()
    day, lead_at = lead
    lead_start = starts[max(0, bisect_right(starts, lead_at) - 1)]  # (the lead's own sentence may tell a release too)
    by_sentence: dict[int, list[TemporalExpression]] = {}
    for e in found:
        k = bisect_right(starts, e.start) - 1
        if k >= 0 and e.start < ends[k]:
            by_sentence.setdefault(k, []).append(e)
    out: list[TemporalExpression] = []
    periods: set[int] = set()
    for k, told in sorted(by_sentence.items()):
        s0, s1 = starts[k], ends[k]
        if s0 < lead_start or (limit is not None and s0 >= limit):
            continue
        release = _RELEASE.search(text, s0, s1)
        results = False
        if release is None:
            release = _RESULTS.search(text, s0, s1)
            results = release is not None
        if release is None or not _FIGURES.search(text, s0, s1):
            continue
        stop = _CLAUSE_BREAK.search(text, release.end(), s1)
        clause_end = stop.start() if stop else s1
        covered = [e for e in told if e.start < clause_end and _period(e, text, day)
                   and (not results or _results_period(e, text))]
        if not covered:
            continue
        own_day = any(e not in covered and e.precision == "day" and e.date_end is not None and e.date_end <= day
                      for e in told)  # (a day of its own tells the sentence's event)
        if results and own_day:
            continue  # "sales fell 4% in the nine months to Sept. 30, it said on Thursday": the period stays beside it
        periods |= {id(e) for e in covered}
        if not own_day:
            out.append(TemporalExpression(release.group(0), release.start(), release.end(), day, day, "day", "relative",
                                          f"{DATA_RELEASE} {day.isoformat()}", dct))
    return out, periods
