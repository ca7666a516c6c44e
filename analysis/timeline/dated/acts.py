"""The undated acts of a report of its own day: a statement with its occasion, an analyst's new rating.

A report of the day names its day once ("Shares of X closed 8.4% lower on Tuesday after ...") and goes on telling
that day's acts without it: ""We are deeply sorry," the chief executive said in a statement.", "X told analysts on a
conference call that ...", "Y wrote in a note to clients.", "Z, an analyst at W, cut her rating on the stock to
"hold" from "buy"." Each is an act on the report's day. :func:`report_acts` dates them so: a sentence with no date of
its own outside quotation marks (a date inside the quoted words is the speaker's, not the telling's; a baseline after
"from", "upside of 21% from Monday's close", is the figure's; a year alone, "its 2017 forecast", dates no event on the
timeline), telling an utterance with its occasion named (a statement, a filing, an exchange notice, a memo, a post, a
communiqué, an emailed reply, a note to clients, a conference call, "told analysts", "told <Name>", "told the
<Name>", "wrote on <Name>") or a change of an analyst's rating or price target, in an article whose lead (the first
sentence naming a day) tells of its publication day or of the day before (a morning paper's report of the day
before; else a look back). The report's day is the latest such day the lead names: a background date told first
("Delta, hit by the July 19 outage, said on Wednesday ...") does not move the report's acts off its day. A plain
"said" is not enough: every sentence of a report says who said it, and the timeline would be a row per paragraph.
Results told in the past ("posted a fourth-quarter loss") are not read as acts: on held-out text they were as often
last quarter's results told again as the day's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta

from analysis.timeline.dated.model import TemporalExpression

#: The basis of an act read from the report's day.
REPORT_ACT = "an act of the report's day: an undated statement or rating change told in a report of its publication day"
#: An utterance with its occasion: "said in a statement", "In a brief statement, X said", "told analysts", "told
#: Valdmere Radio", "wrote in a note to clients", "on a conference call", "said in a filing", "said in a stock exchange
#: notice", "said in an emailed reply to queries", "wrote in a post on X", "said in a memo to staff".
_OCCASION = re.compile(
    r"\b(?i:in|on|during)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:statement|filing|research\s+note|"
    r"note\s+to\s+clients|note\s+to\s+investors|conference\s+call|call\s+with\s+(?:analysts|investors|reporters)|"
    r"press\s+release|news\s+release|memo|post(?!-)|communiqu[eé]|notice|reply|response)\b"
    r"|\btold\s+(?:analysts|reporters|investors|journalists|shareholders|(?:the\s+)?[A-Z][\w'’&.-]*)"
    r"|\bwrote\s+in\s+a\s+(?:\w+\s+)?note\b"
    r"|\b(?:wrote|posted)\s+on\s+[A-Z][\w'’&.-]*")
#: An analyst's new rating or price target: "cut his rating on X to "hold"", "raised their price target to 310 pence",
#: "downgraded the stock to "sell"".
_RATING = re.compile(
    r"\b(?:cut|lowered|reduced|trimmed|raised|lifted|increased|upgraded|downgraded)\s+(?:\w+\s+){0,3}?"
    r"(?:rating|price\s+target|target\s+price|recommendation)s?\b"
    r"|\b(?:upgraded|downgraded)\s+(?:the\s+(?:stock|shares|company)|[A-Z]\w+)\s+to\b")
#: "from" right before a date: the baseline a figure is measured from ("implies upside of about 21% from Monday's
#: close"), no date of the act.
_BASELINE_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: Words in quotation marks.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
#: A verb of the perfect or the future right before the act (up to two words between): no act of the report's day
#: ("has cut its rating twice this year", "will also say in a statement"). An auxiliary further back belongs to
#: another clause ("The developer, which has debts of $300 billion, said in a filing").
_NOT_NOW = re.compile(r"\b(?:has|have|had|will|would|could|may|might|plans?\s+to|expects?\s+to)\s+"
                      r"(?:[\w'’-]+\s+){0,2}(?:[\w'’-]+\s*)?$", re.IGNORECASE)


def report_acts(text: str, dct: date | None, found: list[TemporalExpression],
                starts: list[int], ends: list[int], limit: int | None = None) -> list[TemporalExpression]:
    """The publication day as the date of each undated sentence of ``text`` (sentences at ``starts``/``ends``) that
    tells an act of the report's day (see the module's doc); ``found`` are the text's dated expressions. Only
    sentences starting before ``limit`` are read (a copy's text). New expressions (the act's words), for ``found`` to
    be extended with."""
    if dct is None:
        return []
    lead = report_day(dct, found, starts, ends)
    if lead is None:
        return []  # no report of its own day
    day, lead_start = lead
    out: list[TemporalExpression] = []
    for s0, s1 in zip(starts, ends):
        if s0 < lead_start or (limit is not None and s0 >= limit):
            continue
        sentence = text[s0:s1]
        m = _OCCASION.search(sentence) or _RATING.search(sentence)
        if m is None:
            continue
        quoted = [(s0 + q.start(), s0 + q.end()) for q in _QUOTED.finditer(sentence)]
        if any(s0 <= e.start < s1 and e.eventful and not any(a <= e.start < b for a, b in quoted)
               and not _BASELINE_BEFORE.search(text, max(s0, e.start - 12), e.start) for e in found):
            continue  # a date of its own
        if any(a <= s0 + m.start() < b for a, b in quoted) or _NOT_NOW.search(_QUOTED.sub("", sentence[: m.start()])):
            continue
        out.append(TemporalExpression(m.group(0), s0 + m.start(), s0 + m.end(), day, day, "day", "relative",
                                      f"{REPORT_ACT} {day.isoformat()}", dct))
    return out


#: The days before the publication date the report's lead may tell of: a morning paper's report of the day before.
LEAD_DAYS_BACK = 1


def report_day(dct: date, found: list[TemporalExpression], starts: list[int],
               ends: list[int]) -> tuple[date, int] | None:
    """(the report's day, where its first day is named): the latest single day the lead (the first sentence naming a
    day) names from ``LEAD_DAYS_BACK`` days before ``dct`` up to ``dct``, else None. ``found`` are the text's dated
    expressions, ``starts``/``ends`` its sentences. A background day named first ("Delta, hit by the July 19 outage,
    said on Wednesday ...", "recovered much of yesterday's slump on Tuesday") does not make a report of the day a look
    back."""
    days = sorted((e for e in found if e.precision == "day" and e.resolved and e.date_start == e.date_end),
                  key=lambda e: e.start)
    if not days:
        return None
    k = bisect_right(starts, days[0].start) - 1
    s0, s1 = (starts[k], ends[k]) if k >= 0 else (days[0].start, days[0].end)
    told = [e.date_start for e in days if s0 <= e.start < s1
            and dct - timedelta(days=LEAD_DAYS_BACK) <= e.date_start <= dct]  # type: ignore[operator]
    return (max(told), days[0].start) if told else None  # type: ignore[type-var]

