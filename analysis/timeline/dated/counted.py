"""A count from the report's news to another event: "The move came a day after the regulator finalised its rules".

A report of its day names its news and sets it beside what came before: "The hearing came a day after the council
said it would investigate", "Its collapse came two days after it announced the share sale", "The settlement comes a
day before the president is expected to sign the bill". The subject (the move, the hearing, its collapse) is the
report's news, on the report's day (:func:`analysis.timeline.dated.acts.report_day`); the count dates the event of the
clause after it, that many days or weeks before (or after) that day. The tagger reads such a count from the last day an
earlier sentence named, or not at all. :func:`counted_from_news` gives the clause its day: only after a subject with no
date of its own opening the sentence, in the simple past or the present ("came", "comes"), in whole days or weeks, and
not when the clause names its own date ("three weeks after the Sept. 15 filing": that date, as the tagger reads it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from analysis.timeline.dated.acts import report_day
from analysis.timeline.dated.model import TemporalExpression

#: The basis of a count read from the report's news.
NEWS_COUNT = "counted from the report's news, on the report's day"
#: The basis of a count read from the event the sentence before tells ("This decision has come one day after ...").
BACK_COUNT = "counted from the event the sentence before dates"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
#: The sentence's subject (no clause of its own, a short noun phrase possibly with an aside) and "came"/"comes".
_NEWS_CAME = re.compile(
    r"^(?:The|Its|Their|His|Her|This|That|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:came|comes|ha(?:s|ve)\s+come)\s+")
#: The verb after the subject: "came", "comes", "has come".
_CAME = re.compile(r"\b(?:came|comes|ha(?:s|ve)\s+come)\s+")
#: A subject pointing back at the sentence before: "This decision", "That move".
_BACK = re.compile(r"(?:This|That)\s")
#: An aside of the subject between commas ("The announcement, billed as a growth plan, came ...").
_ASIDE = re.compile(r",[^,]{1,120},")
#: A count and its relation: "a day after", "two weeks before", "just three days after".
_COUNT = re.compile(
    r"(?:(?:just|only|barely|exactly)\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<rel>after|before)\s+|(?P<hours>hours|minutes)\s+(?P<hrel>after|before)\s+",
    re.IGNORECASE)
#: "and" joining another count to the first ("hours before X, and a day after Y").
_AND = re.compile(r"[^.;:]*?,?\s+and\s+")
#: What ends the clause a count dates.
_CLAUSE_END = re.compile(r",\s+and\s+|[;:!?](?:\s|$)|\.\s*$|,\s+(?:which|who|when|while|as)\b")


def _news_subject(sentence: str) -> re.Match[str] | None:
    """The opening subject and "came"/"comes" of ``sentence``, an aside of the subject taken out first."""
    head = sentence[:200]
    m = _NEWS_CAME.match(head)
    if m is None:
        aside = _ASIDE.search(head)
        if aside is not None and aside.start() < 80:
            m = _NEWS_CAME.match(head[: aside.start()] + " " + head[aside.end():].lstrip())
            return m and _CAME.search(sentence, aside.end())
        return None
    return m


def _day_before(found: list[TemporalExpression], starts: list[int], ends: list[int], s0: int, dct: date) -> date | None:
    """The one day (not after ``dct``) that the sentence right before the one at ``s0`` names, else None."""
    k = bisect_left(starts, s0)
    if k < 1:
        return None
    days = {e.date_start for e in found if starts[k - 1] <= e.start < ends[k - 1] and e.precision == "day"
            and e.resolved and e.date_start == e.date_end and e.kind != "after_event" and e.date_start <= dct}  # type: ignore[operator]
    return days.pop() if len(days) == 1 else None


def counted_from_news(text: str, dct: date | None, found: list[TemporalExpression], starts: list[int],
                      ends: list[int], limit: int | None = None) -> list[TemporalExpression]:
    """The counts of ``text`` (sentences at ``starts``/``ends``, dated expressions ``found``) from the report's news to
    another event (see the module's doc), each dated on the report's day less (or plus) the count. Only sentences
    starting before ``limit`` are read. New expressions; the caller drops those of ``found`` over the same words."""
    if dct is None or "come" not in text and "came" not in text:
        return []
    lead = report_day(dct, found, starts, ends)
    out: list[TemporalExpression] = []
    for s0, s1 in zip(starts, ends):
        if limit is not None and s0 >= limit:
            continue
        sentence = text[s0:s1]
        m = _news_subject(sentence)
        if m is None:
            continue
        if any(s0 <= e.start < s0 + m.end() and e.resolved for e in found):
            continue  # the subject's own date: "The Jan. 5 announcement came a day after ..."
        before = _day_before(found, starts, ends, s0, dct) if _BACK.match(sentence) else None
        if before is not None:  # "This decision has come one day after ...": the decision the sentence before dates
            base, basis = before, BACK_COUNT
        elif lead is not None and s0 > lead[1]:
            base, basis = lead[0], NEWS_COUNT
        else:
            continue
        at = m.end()
        while True:
            c = _COUNT.match(sentence, at)
            if c is None:
                joined = _AND.match(sentence, at)
                c = _COUNT.match(sentence, joined.end()) if joined is not None else None
                if c is None:
                    break
            elif at > m.end() and not re.search(r"\band\s+$", sentence[:c.start()]):
                break  # a later count not joined by "and" belongs to another clause
            end = _CLAUSE_END.search(sentence, c.end())
            stop = end.start() if end is not None else len(sentence)
            after = _COUNT.search(sentence, c.end(), stop)  # "three weeks after X and three days after Y"
            stop = after.start() if after is not None else stop
            if not any(s0 + c.end() <= e.start < s0 + stop and e.resolved and e.kind != "after_event" for e in found):
                if c.group("hours"):
                    when = base  # "The move came hours after X unveiled ...": the same day
                else:
                    n = _NUMBERS.get(c.group("n").lower()) or int(c.group("n"))
                    days = n * (7 if c.group("unit").lower().startswith("week") else 1)
                    when = base - timedelta(days=days) if c.group("rel").lower() == "after" else base + timedelta(days=days)
                span = sentence[c.start():c.end()].rstrip()
                out.append(TemporalExpression(span, s0 + c.start(), s0 + c.start() + len(span), when, when, "day",
                                              "after_event", f"{basis} {base.isoformat()}", base))
            at = stop
    return out
