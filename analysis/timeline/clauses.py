"""Which dates of a sentence date its main clause, and which a subordinate clause's event of its own.

:func:`subordinate` names the dates a timeline leaves out because another date of the sentence, in its main
clause, dates what the sentence tells ("Nvidia shares fell on Monday after the company said on Friday that ...").
A clause's date stays when it tells an event of its own the main clause does not date: a relative clause ("Lam
Research, which reports results on Wednesday, fell 2%"), a plan or schedule later than the main date ("said on
Friday that the regulator had agreed to a meeting in July") or a month or year of background ("since the lender
listed in 2011", "in May 2019").
:func:`since_ranges` reads "since Wednesday, the stock has fallen 58%" as a span, and :func:`dependent` names the
anchored expressions that add nothing to the dates of their sentence ("its worst day since June 2020", "X, a week
before the selloff").
:func:`referenced_dates` names the dates X an anchored expression of the sentence only refers to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from analysis.lexicon import verb_forms
from analysis.time.timex_context import is_future
from analysis.timeline.dated.entries import ENTRY_STAMP
from analysis.timeline.dated.model import (
    MONTH_RANGE,
    MOVE_FROM,
    MOVE_SPANS,
    OTHER_EVENT,
    NAMED_CLOSE,
    PRICED_CLOSE,
    OUTLOOK,
    YEAR_SO_FAR,
    YEAR_TO_DATE,
    COMPARISON_SINCE as _COMPARISON_SINCE,
    SearchedWithWords,
    TemporalExpression,
)
from analysis.timeline.dated.periods import PART_OF_MONTH
from analysis.timeline.yardsticks import LAST_SESSION_AFTER, event_named, week_event, yardsticks

#: Words opening a subordinate clause (or a relative or complement one): a date inside it belongs to that clause's
#: event, not the sentence's ("shares fell on Monday after the company said on Friday that ...").
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|since|when|while|because|following|although|though|until|once|which|who|whose|where|"
    r"that(?!\s+of\b))\b",  # "follows that of its finance chief": a pronoun, no clause
    re.IGNORECASE,
)
#: Openers of a relative clause: its date dates the clause's own event ("which reported late on Wednesday").
_RELATIVE = frozenset({"which", "who", "whose", "where"})
_CLAUSE_PUNCT = re.compile(r"[,;:()—–]")


_FINITE = re.compile(r"\b(?:\w+ed|is|are|was|were|has|had|have|will|would|can|could)\b", re.IGNORECASE)
_WORDS = re.compile(r"[a-z]+")


def _finite_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a finite verb: an auxiliary, an "-ed" word, or an inflected form
    (past, third person) of an event verb of ``analysis/data/event_verbs.csv``."""
    if _FINITE.search(text, start, end):
        return True
    forms = verb_forms()
    return any(w in forms and w != forms[w].lemma and not w.endswith("ing") for w in _WORDS.findall(text[start:end].lower()))


#: A plural or pronoun subject before a verb's plain form: "before directors vote", "after they sell".
_PLURAL_SUBJECT_VERB = re.compile(r"\b(?:[a-z]{3,}s|they|we|you)\s+([a-z]+)\b")


def _clause_after(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, right after "before"/"after", is a clause with its own verb ("before they were
    delisted", "before directors vote"), not a noun phrase ("after the launch")."""
    if _finite_verb(text, start, end):
        return True
    forms = verb_forms()
    return any(m.group(1) in forms and forms[m.group(1)].lemma == m.group(1)
               for m in _PLURAL_SUBJECT_VERB.finditer(text[start:end].lower()))


def subordinate(found: list[TemporalExpression], text: str, start: int, end: int) -> set[int]:
    """The ids of the expressions of one sentence (``text[start:end]``) that date a subordinate clause while
    another date of the sentence, with a different interval, stands in its main clause ("Nvidia shares fell on
    Monday after the company said on Friday that ...": Friday dates the statement, never the fall). A subordinate
    clause runs from its opening word to the next clause punctuation and has a finite verb before the date.
    Empty when the sentence has one interval, or no date in its main clause. A date stays when its clause is a
    relative one (also inside a subordinate clause, and "that" after a noun before a past verb: "a fire that
    began on Saturday"), when the main clause has only the span of a move ("up 11% this year, after it reported
    record sales on March 3"), when it falls after every main-clause date and the publication date (a plan told that day)
    or when it is a month or a year, a stretch of a month or a run of months (a background event of its own: "its worst
    day since it floated in May 2019", "said clients had pulled $900 million in the last ten days of May", "a report,
    dated Sept. 12, lists complaints received between January and July")."""
    if len({(e.date_start, e.date_end) for e in found}) < 2:
        return set()
    spans = []
    told: list[tuple[int, int]] = []  # the clauses a verb of saying reports ("said on Monday that ...")
    second: list[tuple[int, int]] = []  # a second complement of a saying with no date of its own (", and that ...")
    for m in _SUBORDINATOR.finditer(text, start, end):
        if any(e.start <= m.start() < e.end for e in found):
            continue  # part of a date expression ("that day", "two days after")
        stop = _CLAUSE_PUNCT.search(text, m.end(), end)
        if m.group(0).lower() == "since" and any(e.start == _next_word(text, m.end()) for e in found):
            continue  # "has not raised its fares since 2011 and said on Friday ...": a preposition, no clause opens
        if m.group(0).lower() not in _RELATIVE:
            spans.append((m.end(), stop.start() if stop else end, m.group(0).lower()))
            if m.group(0).lower() == "that" and _REPORT_BEFORE_THAT.search(text, start, m.start()) \
                    and not relative_that(text, m):
                told.append((m.end(), stop.start() if stop else end))
                if _coordinate_complement(text, start, m.start(), found):
                    second.append((m.end(), stop.start() if stop else end))
    # a clause has a finite verb before the date: "after the company said on Friday", not the noun phrase of
    # "after the collapse of Silicon Valley Bank on March 10" (an event of its own, dated by its own date)
    inner = {id(e) for e in found if any(a <= e.start < b and _finite_verb(text, a, e.start) and not ((e.precision == "day" or _week_gone(e)) and _own_event(text, a, e.start, w))
                                         for a, b, w in spans)
             and not (e.basis.startswith(MOVE_FROM) and any(o.start == e.start and o is not e for o in found))}
    # (the move since an event's day goes with that day: "has lost 21% since the strike began on May 9")
    # a relative clause inside a subordinate one dates its own event ("said on Tuesday that the strike which began
    # on April 8 would cost ..."), and is no main-clause date either
    relative = {id(e) for e in found if id(e) in inner and _in_relative_clause(e, found, text, start)}
    relative |= {id(e) for e in found if e.basis.startswith(OTHER_EVENT)}  # "a week after X": X's own date
    relative |= {id(e) for e in found if id(e) in inner and week_event(text, e)}  # "the cause of last week's failure"
    # "Keel said Orrin had missed payments on April 19 and May 3, and that it served a notice on Friday": the two things
    # said, each with its own day, under a saying of no date; the second no clause of the first
    relative |= {id(e) for e in found if id(e) in inner and any(a <= e.start < b for a, b in second)}
    inner -= relative
    # a count read from a date of a subordinate clause ("asking why it waited until Tuesday, Oct. 6, to file a
    # disclosure about an incident it detected two days earlier") tells that clause's story, no main-clause date
    counted = {id(e) for e in found if e.kind == "after_event" and e.ref_start is not None
               and any(o.start == e.ref_start and id(o) in inner for o in found)}
    main = [e for e in found if id(e) not in inner and id(e) not in relative and id(e) not in counted]
    if not main or all((e.date_start, e.date_end) == (main[0].date_start, main[0].date_end) for e in found):
        return set()
    if all(e.basis.startswith(MOVE_SPANS) for e in main):
        return set()  # "up 11% this year, after it reported record sales on March 3": a span dates no point event
    # (a coming date of the main clause is a plan told, as the subordinate one may be: "said on Tuesday a fund should be
    # on the agenda for the February 2026 session, and that they would hold a hearing on Sept. 24" tells two plans; the
    # clause's plan is later than the main clause's days that are gone by)
    gone = [e for e in main if e.anchor is None or e.date_end is None or e.date_end <= e.anchor]  # type: ignore[operator]
    last = max(e.date_end for e in (gone or main) if e.date_end is not None)
    first = min(e.date_start for e in main if e.date_start is not None)
    return {
        id(e) for e in found
        if id(e) in inner and e.precision not in ("year", "month") and not e.basis.startswith((PART_OF_MONTH, MONTH_RANGE))
        and not _stretch(e)
        and not _planned(e, last, text) and not _reported_earlier(e, first, told)
    }


def _stretch(e: TemporalExpression) -> bool:
    """Whether ``e`` is a stretch of a month or a year of its own, kept in a subordinate clause as a month is: a part of
    a month or a year, a quarter, a season ("since flows stopped at the end of August", "when the ministry raised the
    excise at the start of the year", "said it would book a provision in the second quarter"); not the span of a move,
    a count from another event ("six weeks before the switch") nor a weekend ("after its app led the charts over the
    weekend": the background of the main clause's day)."""
    return (e.precision == "range" and e.kind != "after_event" and not e.basis.startswith(MOVE_SPANS)
            and "weekend" not in e.expression.lower())


#: A verb of saying before "that", then only its adverbs and date ("said late on Monday that", "and that"), or a
#: second complement of the same verb (", and that ..."): the clause after "that" is what was said.
_REPORT_BEFORE_THAT = re.compile(
    r"\b(?:said|says|told|announced|disclosed|reported|confirmed|revealed|added|stated|explained)\b"
    r"(?:\s+[\w'’.-]+){0,6}?\s*(?:,\s*and\s*)?$|,\s*and\s+$", re.IGNORECASE)


#: A verb of saying whose first complement follows it with no "that" ("said Orrin had missed ...").
_SAID_BARE = re.compile(r"\b(?:said|says|told\s+(?:[A-Z][\w'’.-]*\s+){1,3}|announced|disclosed|confirmed|reported)\s+"
                        r"(?!that\b|on\b|in\b|late\b|early\b|last\b|this\b|it\s+would\b)", re.IGNORECASE)
_AND_THAT = re.compile(r",\s*and\s+$", re.IGNORECASE)


def _coordinate_complement(text: str, start: int, at: int, found: list[TemporalExpression]) -> bool:
    """Whether the "that" at ``at`` opens a second complement (", and that ...") of a verb of saying in ``text[start:at]``
    whose first complement follows it bare, with no date between the sentence's start and that verb: "Keel said Orrin
    had missed payments on April 19 and May 3, and that it served a notice on Friday" (the saying has no date; both
    clauses are what was said, and neither is a clause of the other's)."""
    if not _AND_THAT.search(text, max(start, at - 8), at):
        return False
    verb = _SAID_BARE.search(text, start, at)
    return verb is not None and not any(start <= e.start < verb.end() for e in found)


def _reported_earlier(e: TemporalExpression, first: object, told: list[tuple[int, int]]) -> bool:
    """Whether the day ``e`` stands in a clause a verb of saying reports (``told``: its spans) and lies before every
    main-clause date (``first``): the reported event's own day ("The company said late on Monday that inspectors had
    found the fault during a visit on Oct. 4, and that tests confirmed it on Friday": a visit of Oct. 4 and a test of
    Friday, both before the statement). A day of the saying's own or later is what the statement dates or plans."""
    return (e.precision == "day" and e.date_end is not None and e.date_end < first  # type: ignore[operator]
            and any(a <= e.start < b for a, b in told))


def _next_word(text: str, at: int) -> int:
    """The offset of the first character after the blanks from ``at``."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


#: Openers of a clause of time: "the bridge opened on Friday after crews lifted the last span on Wednesday".
_TIME_OPENERS = frozenset({"after", "before", "since", "following", "when", "once", "until"})


def _own_event(text: str, start: int, end: int, opener: str) -> bool:
    """Whether the clause of time opened by ``opener`` and running from ``start`` to a date at ``end`` tells an event
    of its own, dated by that date: "the bridge opened on Friday after crews lifted the last span on Wednesday"
    (the lifting is an event of Wednesday, as the opening is of Friday). Not a statement ("fell on Monday after the
    company said on Friday that ..."): what was said is dated elsewhere, the saying is no event of the timeline; nor
    a clause of concession or cause ("although nobody knew on Tuesday if ..."), which tells a state. Only a day
    (:func:`subordinate` asks): a weekend or a week in the clause is background ("slumped on Monday after the app
    led the download charts over the weekend")."""
    return opener in _TIME_OPENERS and not _SAYING.search(text, start, end)


#: A week named as gone by: "last week", "the previous week".
_WEEK_GONE = re.compile(r"(?:last|the\s+(?:previous|prior|preceding))\s+week", re.IGNORECASE)


def _week_gone(e: TemporalExpression) -> bool:
    """Whether ``e`` is a whole week named as gone by ("since it lost its licence last week"): like a day, it places a
    clause of time's own event ("the first partner to cut ties since it lost its licence last week"), unlike a
    stretch the clause's state lasts over ("after the app led the charts over the weekend")."""
    return (e.precision == "week" and e.anchor is not None and e.date_end is not None and e.date_end < e.anchor
            and _WEEK_GONE.fullmatch(e.expression.strip()) is not None)


_AUXILIARY = frozenset({"was", "were", "had", "has", "have", "is", "are", "will", "would", "could", "can"})


def relative_that(text: str, m: re.Match[str]) -> bool:
    """Whether the "that" at ``m`` opens a relative clause: after a word that is no verb, before a past or finite
    verb ("a fire that began on Saturday"), not the complement of a verb of saying ("said that shares fell",
    "warned that it had")."""
    before = re.findall(r"[a-z]+", text[max(0, m.start() - 30) : m.start()].lower())
    after = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 30].lower())
    if not before or after is None:
        return False
    forms = verb_forms()
    prev, word = before[-1], after.group(1)
    if (prev in forms and prev != forms[prev].lemma) or prev.endswith("ed"):
        return False  # "said that", "warned that"; a noun that is also a verb stays one ("a fire that began")
    past = word in forms and word not in (forms[word].lemma, forms[word].third)
    return word in _AUXILIARY or word.endswith("ed") or past


def _in_relative_clause(e: TemporalExpression, found: list[TemporalExpression], text: str, start: int) -> bool:
    """Whether the nearest clause opener before ``e`` in its sentence (from ``start``) is a relative pronoun with no
    clause punctuation between them: the date of the relative clause's own event ("the strike which began on
    April 8", "a fire that began on Saturday"), even inside a reported clause."""
    last = None
    for m in _SUBORDINATOR.finditer(text, start, e.start):
        if not any(o.start <= m.start() < o.end for o in found):
            last = m
    if last is None or _CLAUSE_PUNCT.search(text, last.end(), e.start):
        return False
    word = last.group(0).lower()
    if word in _RELATIVE or (word == "that" and relative_that(text, last)):
        return True
    reduced = _REDUCED_RELATIVE.search(text, last.end(), e.start)
    return reduced is not None and (_clause_after(text, last.end(), reduced.start())
                                    or _SUBJECT_VERB.fullmatch(text, last.end(), reduced.start()) is not None)


#: A participle after a noun phrase right before a date, perhaps with where it went between ("to its servers"): a
#: reduced relative clause dating its own event ("had traced the fault to a valve fitted on May 12", "said the order
#: placed in March was cut", "traced the fault to an update pushed to its servers over the weekend", the head noun
#: perhaps with its "of" phrase: "in connection with the recall of Model 5 sensors announced on 09/10/2029"; its agent
#: between: "while engineers repair a tailings dam damaged by heavy rain on Feb. 2"), once the clause has a finite
#: verb before the noun phrase, or opens with a plural subject and its verb ("while engineers repair").
_SUBJECT_VERB = re.compile(r"\s*(?:[a-z]{3,}s|they|we|you)\s+[a-z]{3,}\s+", re.IGNORECASE)
_REDUCED_RELATIVE = re.compile(
    r"\b(?:a|an|the|one|its|their|his|her|this|that|each)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+"
    r"(?:of\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[\w'’.-]+\s+){1,3}?)?"
    r"(?:[a-z]{3,}ed|taken|made|held|built|sold|written|given|shown|begun|sent|seen|set|put|paid|brought|bought|found|"
    r"struck|won|drawn|grown|known|chosen|frozen|stolen|broken|signed)\s+"
    r"(?:(?:to|into|onto|from|across)\s+(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:[a-z][\w'’-]*\s+){1,3}?)?"
    r"(?:by\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[a-z][\w'’-]*\s+){1,2}?)?"
    r"(?:on|in|at|during|over|last|earlier)?\s*$")


#: Getting ready to do something on a day: "as two plants prepared to restart today", "were preparing to reopen on
#: Monday". The day is the plan's, even when it is the article's own day.
_PREPARING_TO = re.compile(r"\bprepar(?:e|es|ed|ing)\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}\s+(?:on\s+|at\s+)?$", re.IGNORECASE)


def _planned(e: TemporalExpression, last: object, text: str = "") -> bool:
    """Whether ``e`` is later than every main-clause date (``last``) and than the date it was read against: a
    plan or schedule the main clause reports ("said on Friday that ... a meeting in July"); or later than every
    main-clause date and no earlier than the date it was read against, the day something is made ready for ("rose
    2.6% on Friday as two plants prepared to restart today")."""
    if e.date_start is None or e.anchor is None or not e.date_start > last:  # type: ignore[operator]
        return False
    return e.date_start > e.anchor or (  # type: ignore[operator]
        e.date_start == e.anchor and _PREPARING_TO.search(text, max(0, e.start - 60), e.start) is not None)


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"^\s*,?\s*(?:when|as|the\s+day)\b", re.IGNORECASE)
#: "was 7% up this year when the strike began": the year up to a moment the text does not date.
_WHEN_CLAUSE = re.compile(r"^\s*,?\s*when\b", re.IGNORECASE)
#: "since April 30, when they traded lower": the "when" clause only tells the baseline (with a price, the close is the
#: day's event: :data:`_PRICED_CLOSE`).
_WHEN_CLOSED = re.compile(r"^\s*,?\s*when\s+(?:it|they|the\s+(?:stock|shares)|its\s+shares)\s+"
                          r"(?:closed|ended|finished|settled|last\s+traded|traded)\b", re.IGNORECASE)


#: The price a close measured from was told at, after its day: "from Monday's close of $7.40", "below their March 3 peak
#: close of $7.40", "from the April 2 close of 82.30 crowns", "since April 30, when it closed at 41 cents",
#: "since June 12, when they ended at $3.15" (a figure with a currency or its unit, or a plain price; not a percentage).
_PRICED_CLOSE = re.compile(
    r"(?:(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:close|closing\s+(?:price|level))\s+(?:of|at)\s+"
    r"|\s*,\s*when\s+(?:it|they|the\s+(?:stock|shares)|its\s+shares)\s+(?:closed|ended|finished|settled)\s+at\s+)"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)?\s?\d[\d,]*(?:\.\d+)?"
    r"(?!\s*(?:%|percent\b|per\s*cent\b)|[\d.,]*\d)", re.IGNORECASE)


#: A close a move is measured from named as a record after its day: "below its June 4 record close", "from
#: Tuesday's record close", "under its May 30 record", "its March 3 peak" (not a low: "has recovered 2.8% from last
#: Friday's low close" stays a span, as an earlier test holds).
_RECORD_CLOSE = re.compile(r"(?:['’]s)?\s+(?:(?:all-time|closing|intraday)\s+)?(?:record|peak)\b", re.IGNORECASE)
#: A close a move is measured from told with what it was, right after its day: "since March 2, the last close before
#: the bid", "since June 9, the first session after the listing", "its close on May 3, before the accounts came out",
#: "its July 14 close, a ten-year low".
_CLOSE_TOLD = re.compile(r"(?:['’]s)?(?:\s+(?:close|closing\s+(?:price|level)))?\s*,\s*(?:the|a|an|their|its|before|after)\s",
                         re.IGNORECASE)


#: A performance over the sessions after a close, with no figure of its own (a table of figures follows): "how the
#: shares have traded since the close on Friday 7 June:", "how they performed between the close on July 10 and ...".
_PERFORMED_FROM_CLOSE = re.compile(r"\b(?:traded|performed|fared|moved)\s+(since|between)\s+(?:the\s+)?"
                                   r"(?:close|closing\s+(?:price|level|bell))\s+(?:on|of)\s+$", re.IGNORECASE)
#: The "and" before the end of such a span: "between the close on July 10 and Friday's close".
_SPAN_AND = re.compile(r"\s+and\s+(?:the\s+(?:close|closing\s+(?:price|level|bell))\s+(?:on|of)\s+)?", re.IGNORECASE)
#: "since Friday's close": the move starts with the next session.
_CLOSE_AFTER = re.compile(r"['’]s\s+close\b", re.IGNORECASE)
#: The close or level of a day a move is measured from, before that day: "since the close on April 30", "8% below the
#: level of April 9", "from 250p on April 9", "3% below its April 14 close" (the close after it). Read only after a
#: percentage in its clause (:data:`_FIGURE_IN_CLAUSE`).
#: (Opening on a lookahead on its first letters: the regex engine skips to those, the same matches.)
_BASELINE_BEFORE = re.compile(
    r"(?=[abfsu])(?:\bsince\s+(?:the\s+|its\s+|their\s+)?(?:close|closing\s+(?:price|level|bell))\s+(?:on|of)\s+"
    r"|\b(?:below|above|under|beneath|from)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:closing\s+)?(?:level|price|close|value)\s+(?:of|on)\s+)?"
    r"|\bfrom\s+(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:p|pence|cents?))\s+(?:on|at\s+the\s+close\s+on)\s+)$",
    re.IGNORECASE,
)
#: After the day of a baseline: "'s close", " close", "'s low close", "'s closing price".
_BASELINE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:close|closing\s+(?:price|level))\b", re.IGNORECASE)
_CLOSE_WORD = re.compile(r"\b(?:close|closing|level|price|value)\b", re.IGNORECASE)
#: A percentage anywhere in the sentence: what makes "since Friday" the span of a move up to the article's date.
_PERCENT = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: A state the clause says has held since a day ("has been moored at Lenbury since"), not a sum or a figure gathered
#: over the days since ("has spent $10 million since", "has fallen 12% since").
_STATE_SINCE = re.compile(r"\b(?:has|have|had)\s+been\b[^.;!?\n]{0,80}\bsince\s+(?:the\s+)?$", re.IGNORECASE)


#: "the flood that since 12 May has interrupted the lines": the perfect right after "since <day>", an act that began
#: that day and goes on (with no figure moved in the sentence: not "since May 12 has fallen 9%").
_PERFECT_AFTER = re.compile(r"\s+(?:has|have)\s+(?:been\s+)?(?:[a-z]+ed|shut|kept|left|held|cut|hit|halted|stopped)\b",
                            re.IGNORECASE)


#: A perfect, or a participle, whose clause runs on to "since": "had not slept properly since", "has cut his holdings in
#: two firms since", "relatives had kept vigil since", "with placements halted since". Its object holds no digit (not "has
#: spent $10 million since", "has added 38 flights since": a sum gathered over the days since).
_PERFECT_BEFORE_SINCE = re.compile(r"(?:\b(?:has|have|had)|['’]ve|['’]d)\s+(?:(?:not|never|also|now|only|just)\s+)?"
                                   r"[a-z]+[^.;:!?\n\d]{0,80}\bsince\s+(?:the\s+)?$|\b[a-z]{3,}ed\s+since\s+(?:the\s+)?$"
                                   # a participle after the noun it qualifies, then where ("everything made on both lines
                                   # since", "cars built at the plant since"): what was made from that day on
                                   r"|\b(?:everything|anything|all|products?|goods|items|units|vehicles|cars|batches|lots)\s+"
                                   r"(?:[a-z]{3,}ed|made|built|sold|bought|sent|shipped|grown|taken|given|written|drawn|held|"
                                   r"kept|put|cut|set|brought|caught|paid|laid|found|won|spun|struck)\s+"
                                   r"(?:(?:on|at|in|from|by|under|across|through)\s+(?:[a-z][\w'’-]*\s+){1,3}?)?"
                                   r"since\s+(?:the\s+)?$",
                                   re.IGNORECASE)

#: A figure told in a word: "inquiries had tripled since Tuesday", "they've had thousands of shootings since January 1",
#: "has twice complained since" are a change, a sum or repeated acts gathered over the days since, as a percentage or an
#: amount is.
_MULTIPLIED = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|halved|dozens|hundreds|thousands|millions|billions|"
                         r"numbers|twice|times|repeatedly)\b", re.IGNORECASE)

#: A noun of a sum right before the perfect, its object in a relative clause: "the numbers we've seen since".
_SUM_BEFORE = re.compile(r"\b(?:numbers|figures|sums|totals)\s+(?:\w+\s*)?$", re.IGNORECASE)


def _perfect_before(text: str, start: int) -> bool:
    """Whether the clause before "since <day>" at ``start`` is a perfect or a participle with no figure in its object
    (:data:`_PERFECT_BEFORE_SINCE`): "Ms Roe had not slept since Tuesday night", "who has cut his holdings since Monday"
    tell an act or a state that began that day and goes on."""
    m = _PERFECT_BEFORE_SINCE.search(text, max(0, start - 110), start)
    # (the sum may stand before its verb, in a relative clause: "the numbers we've seen since Jan. 1")
    return m is not None and _MULTIPLIED.search(m.group(0)) is None \
        and _SUM_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None


def _perfect_after(text: str, end: int) -> bool:
    """Whether a perfect follows "since <day>" at ``end`` with no figure in the rest of its clause ("since 12 May has
    interrupted the lines", not "since 12 May has shipped 40,000 tonnes": a sum gathered over the span)."""
    m = _PERFECT_AFTER.match(text, end)
    if m is None:
        return False
    stop = re.compile(r"[,;:.!?\n](?!\d)").search(text, m.end())
    return not any(c.isdigit() for c in text[m.end() : stop.start() if stop else len(text)])


def _has_percent_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` (at most 300 characters each way) holds a percentage."""
    left = max(0, start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    right = min(len(text), end + 300)
    after = _SENTENCE_END.search(text, end, right)
    return _PERCENT.search(text, ends[-1] if ends else left, after.start() if after else right) is not None


_FIGURE_IN_CLAUSE = re.compile(r"\d(?:\.\d+)?(?:%|\s*percent\b|\s+per\s*cent\b)[^.;:!?\n]{0,50}$", re.IGNORECASE)
#: A figure that is no move: a target's implied upside, a bid's premium ("implying a 12% upside from Friday's close").
_IMPLIED = re.compile(r"\b(?:upside|downside|premium|discount|potential|impl(?:y|ies|ying|ied))\b", re.IGNORECASE)
#: Words of comparison after which "from X" is a comparison of figures, not a price ("up from 1% on Tuesday").
_FROM = re.compile(r"\bfrom\s", re.IGNORECASE)


def next_working_day(day: date) -> date:
    """The first Monday-to-Friday day after ``day``: where a move "since Friday('s close)" starts, and the session
    "the following session" names."""
    step = {5: 3, 6: 2}.get(day.isoweekday(), 1)
    return day + timedelta(days=step)


def previous_working_day(day: date) -> date:
    """The last Monday-to-Friday day before ``day``: where a move "this year before Monday" ends."""
    step = {1: 3, 7: 2}.get(day.isoweekday(), 1)
    return day - timedelta(days=step)


_previous_working_day = previous_working_day


#: "Since the close on April 30," opening its sentence (or a clause after a semicolon or a live blog's dash): the close
#: a move told after it is measured from.
_OPENING_SINCE_CLOSE = re.compile(r"(?:[\n;:—–]\s*|[.!?]\s+)since\s+(?:the\s+)?(?:close|closing\s+(?:price|level|bell))\s+"
                                  r"(?:on|of)\s+$", re.IGNORECASE)


def _baseline(text: str, e: TemporalExpression) -> bool:
    """Whether the day ``e`` is the close a move is measured from: "since the close on April 30", "8% below the level
    of April 9", "fallen 11% from 250p on April 9", "recovered 2.2% from last Friday's low close", with a percentage
    earlier in its clause. A bare "from" needs "close" after the day ("up from 1% on Tuesday" compares figures;
    "from Monday to Friday" is a span)."""
    before = text[max(0, e.start - 120) : e.start]
    m = _BASELINE_BEFORE.search(before)
    if m is None:
        return False
    if _OPENING_SINCE_CLOSE.search(before if e.start > 120 else "\n" + before) is not None:
        # "Since the close on Friday, Aug. 5, X and Y have lost 22.4% and 24%": the close opens its sentence, the
        # move and its figure come after it
        stop = _SENTENCE_END.search(text, e.end)
        return _PERCENT.search(text, e.end, stop.start() if stop else len(text)) is not None
    figure = _FIGURE_IN_CLAUSE.search(before, 0, m.start())
    if figure is None or _IMPLIED.search(figure.group(0)):
        return False  # "implying a 12% upside from Friday's close": a figure measured from the close, no move
    # "from its close on March 3" names the close before the day, like "since the close on April 30"
    bare_from = _FROM.match(m.group(0)) is not None and not any(c.isdigit() for c in m.group(0)) \
        and _CLOSE_WORD.search(m.group(0)) is None
    return not bare_from or _BASELINE_AFTER.match(text, e.end) is not None


#: A year up to now: "this year", "year to date", "the start of the year", or the current year ("so far in 2031").
_YEAR_SO_FAR = re.compile(r"(?:this\s+year|year[- ]to[- ]date|ytd|(?:start|beginning)\s+of\s+(?:the\s+)?year|(?:19|20)\d\d)$",
                          re.IGNORECASE)
#: "... this year through April 17": the span ends on that day.
_THROUGH_AFTER = re.compile(r"\s+(?:through|to|until|till|up\s+to)\s+", re.IGNORECASE)
#: "... this year before Monday('s fall)": the span ends before that day; "before the bid": before the article's day.
_BEFORE_AFTER = re.compile(r"\s+before\b\s*", re.IGNORECASE)
#: A past perfect or a past "was ... when" in the clause: the year's move up to an earlier point ("had gained 15% so
#: far this year").
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+\b[^,;:.!?]*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n]")


def _year_end(text: str, e: TemporalExpression, exprs: list[TemporalExpression]) -> tuple[date | None, int | None]:
    """Where a move over the year so far (``e``, a range up to the date it was read against) ends, and the start of a
    day it absorbs: the working day before "before <day>" right after it ("up 11% this year before Monday"); the
    working day before the article's date after "before <event>" or in the past perfect ("had gained 15% so far this
    year"); the day after "through" ("this year through April 17"); else the article's date (None)."""
    assert e.anchor is not None
    through = _THROUGH_AFTER.match(text, e.end)
    if through is not None:
        day = next((o for o in exprs if o.start == through.end() and o.resolved and o.precision == "day"), None)
        if day is not None and day.date_start is not None and e.date_start is not None \
                and e.date_start <= day.date_start <= e.anchor:
            return day.date_start, day.start  # "has fallen 2% this year through April 17"
    before = _BEFORE_AFTER.match(text, e.end)
    if before is not None:
        day = next((o for o in exprs if o.start == before.end() and o.resolved and o.precision == "day"), None)
        if day is not None and day.date_start is not None and day.date_start <= e.anchor:
            return _previous_working_day(day.date_start), day.start
        return _previous_working_day(e.anchor), None
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, e.start - 120), e.start)), default=max(0, e.start - 120))
    if _PAST_PERFECT.search(text, clause_start, e.start):
        return _previous_working_day(e.anchor), None
    return None, None


#: Between the close a move is measured from and the day it ran to: "from the Feb. 29 close to its low last Friday",
#: "from Monday's close to Thursday".
_TO_DAY_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+(?:close|closing\s+(?:price|level)))?\s+to\s+(?:(?:its|their|the|a)\s+)?"
                             r"(?:(?:low|high|trough|peak|bottom|top|close|closing|intraday|lowest|highest|level)\s+){0,2}",
                             re.IGNORECASE)


#: A change measured from a day's close, without its figure (a table's heading): "share-price change from the".
_CHANGE_FROM = re.compile(r"\b(?:change|changes|move|moves|performance|return|returns)\s+from\s+(?:the\s+)?$",
                          re.IGNORECASE)


#: The session a price was told at, before the figure measured from an earlier close: "ended Friday at $18.90, down
#: 31% from their close on September 11", "closed on Friday at 18.90 marks, 31% below their November 8 close".
_SESSION_ENDED = re.compile(r"\b(?:ended|closed|finished|settled)\s+(?:on\s+)?$", re.IGNORECASE)
_PRICE_THEN_FIGURE = re.compile(r"\s+at\s+[^,;:!?\n]{1,24}?,\s+[^,;:!?\n]{0,60}$")


def _span_to_day(text: str, e: TemporalExpression, exprs: list[TemporalExpression],
                 first: date) -> TemporalExpression | None:
    """The day a move measured from the close of ``e`` ran to, when the clause names it right after ("fell 8.2% from
    the Feb. 29 close to its low last Friday"), or names the session the price was told at before the figure ("ended
    Friday at $18.90, down 31% from their close on September 11"): a day from ``first`` up to the date ``e`` was read
    against; else None (the move runs to the article's date)."""
    days = [o for o in exprs if o.resolved and o.precision == "day" and o.date_start is not None and e.anchor is not None
            and first <= o.date_start <= e.anchor]
    return next((o for o in days if o.start > e.end and _TO_DAY_BETWEEN.fullmatch(text, e.end, o.start)), None) or next(
        (o for o in days if o.end < e.start and _SESSION_ENDED.search(text, max(0, o.start - 20), o.start)
         and _PRICE_THEN_FIGURE.match(text, o.end, e.start)), None)


def since_ranges(text: str, exprs: list[TemporalExpression]) -> list[TemporalExpression]:
    """"Since Wednesday, the stock has fallen 58%" tells a move over Wednesday up to the article's date, not an
    event on Wednesday: the day becomes a range ending on the date it was read against. It starts on the next
    working day after "<day>'s close" and after a Friday (a weekend between: "since Friday" in a Tuesday article
    is Monday and Tuesday), and after the close a move is measured from ("since the close on April 30", "8% below the
    level of April 9", "from 250p on April 9"). Kept as a day when a
    "when ..." clause tells what happened that day ("since March 8, when SVB announced ...", but not "since April 30,
    when they last traded lower") or when the sentence compares ("its worst day since June 2020", dropped elsewhere).
    A close told with its price ("from Monday's close of $7.40", "since April 30, when they closed at $27") is that
    day's event, as the news lists it, marked :data:`PRICED_CLOSE` (no yardstick drops it); so is one named as a
    record or told with what it was ("8% below its June 4 record close", "up 140% since June 9, the first session
    after the listing"), marked :data:`NAMED_CLOSE`.
    A move over the year so far ("up 11% this year", "year to date") ends before a day or event it is told
    "before", or before the article's date in the past perfect (:func:`_year_end`); the day it ends before is no
    event of its own. A day the since-clause's own verb carries ("has lost 21% since the strike began on May 9",
    "since the leak was disclosed on the 12th") is that event's day, not the start of an open span: the move
    since it is the moves' to place."""
    out = []
    absorbed: set[int] = set()
    for e in exprs:
        since = _SINCE_BEFORE.search(text[max(0, e.start - 12) : e.start]) is not None
        baseline = not since and e.resolved and e.precision == "day" and _baseline(text, e)
        if not since and not baseline and e.resolved and e.precision == "day" and e.date_end is not None \
                and _CHANGE_FROM.search(text, max(0, e.start - 40), e.start) \
                and _span_to_day(text, e, exprs, e.date_end) is not None:
            baseline = True  # "share-price change from the March 6 close to Wednesday's close": the sessions between
        run = None if baseline or since or not e.resolved or e.precision != "day" else _PERFORMED_FROM_CLOSE.search(
            text, max(0, e.start - 60), e.start)
        if run is not None:
            # "here is how the shares have traded since the close on Friday 7 June:", "performed between the close on
            # July 10 and Friday's close": the sessions after that close, up to the article's date or the span's end
            baseline = True
            end = next((o for o in exprs if o.start > e.end and o.resolved and o.date_end is not None
                        and _SPAN_AND.fullmatch(text, e.end, o.start)), None) if run.group(1).lower() == "between" else None
            if end is not None and e.date_end is not None and end.date_end > e.date_end:  # type: ignore[operator]
                e = replace(e, anchor=end.date_end)
        if (since or baseline) and e.resolved and e.precision == "day" and _PRICED_CLOSE.match(text, e.end):
            # "down 44% from Monday's close of $7.40", "up 160% since June 12, when they ended at $3.15": the close
            # told with its price is that day's event, as the news lists it; the move since it is the moves' to place
            out.append(replace(e, basis=f"{e.basis}; {PRICED_CLOSE}"))
            continue
        if (since or baseline) and run is None and e.resolved and e.precision == "day" \
                and (_RECORD_CLOSE.match(text, e.end) or _CLOSE_TOLD.match(text, e.end)) and not event_named(text, e) \
                and (_FIGURE_IN_CLAUSE.search(text, max(0, e.start - 80), e.start) if since
                     else _span_to_day(text, e, exprs, e.date_end) is None) \
                and not _COMPARISON_SINCE.search(text[max(0, e.start - 90) : e.start]):  # type: ignore[arg-type]
            # "8% below its June 4 record close", "up 140% since June 9, the first session after the listing",
            # "21% below Tuesday's record close": a close named as a record or told with what it was is that day's
            # event, as the news lists it (a plain close, "3% above Friday's close", "18% below their March 2
            # close", stays the start of the move's span)
            out.append(replace(e, basis=f"{e.basis}; {NAMED_CLOSE}"))
            continue
        if (
            since and e.resolved and e.precision == "day" and e.anchor is not None and e.date_end is not None
            and e.anchor > e.date_end and event_named(text, e)
            and not _COMPARISON_SINCE.search(text[max(0, e.start - 90) : e.start])
        ):
            # "idle since Monday's power cut": the day of the cut; after a figure, the move since it too
            m = _SINCE_BEFORE.search(text, max(0, e.start - 12), e.start)
            first = next_working_day(e.date_end)
            if m is not None and _FIGURE_IN_CLAUSE.search(text, max(0, m.start() - 80), m.start()) and first <= e.anchor:
                out.append(replace(e, date_start=first, date_end=e.anchor, precision="range",
                                   basis=f"{MOVE_FROM} {e.date_start}, up to {e.anchor}"))
        elif (
            e.resolved and e.precision == "day" and e.anchor is not None and e.date_end is not None
            and e.anchor > e.date_end and (since or baseline)
            and (not _WHEN_AFTER.match(text[e.end : e.end + 12]) or _WHEN_CLOSED.match(text[e.end : e.end + 40]))
            and not LAST_SESSION_AFTER.match(text, e.end)
            and not _COMPARISON_SINCE.search(text[max(0, e.start - 90) : e.start])
        ):
            if (since and not _CLOSE_AFTER.match(text, e.end)
                    and (_STATE_SINCE.search(text, max(0, e.start - 100), e.start) or _perfect_after(text, e.end)
                         or _perfect_before(text, e.start))
                    and not _has_percent_in_sentence(text, e.start, e.end)):
                # a state with no figure moved: "has been moored at the quay since Sunday" began that day, its event
                out.append(e)
                continue
            first = e.date_start
            if baseline or _CLOSE_AFTER.match(text, e.end) or e.date_end.isoweekday() >= 5:  # type: ignore[union-attr]
                first = next_working_day(e.date_end)  # type: ignore[arg-type]
                first = first if first <= e.anchor else e.date_start
            last = _span_to_day(text, e, exprs, first) if baseline else None
            end = e.anchor if last is None else last.date_end
            e = replace(e, date_start=first, date_end=end, precision="range",
                        basis=f"{MOVE_FROM if baseline else 'since'} {e.date_start}, up to {end}")
        elif since and (_month_close_move(text, e) or _period_move(text, e)) \
                and not (_WHEN_CLAUSE.match(text[e.end : e.end + 12]) and not _WHEN_CLOSED.match(text[e.end : e.end + 40])):
            # ("since the start of July, when reports of new cases began to weigh": the "when" clause tells that part
            # of the month's event, which dates the sentence, as "since March 8, when ..." keeps its day)
            # "have fallen 12% since the end of June": a move measured from the month's close, up to the article's date;
            # "have fallen 41% since mid-December", "has climbed 37% since March": the days after that part of the
            # calendar are the move's, whichever of its days it was measured from
            first = e.date_end + timedelta(days=1)  # type: ignore[operator]
            e = replace(e, date_start=first, date_end=e.anchor, precision="range",
                        basis=f"{MOVE_FROM} {e.date_end}, up to {e.anchor}")
        elif (
            e.resolved and e.anchor is not None and e.date_start is not None and e.date_start.year == e.anchor.year
            and e.date_start < e.anchor and (
                (_START_OF_PERIOD.match(e.expression) and _SINCE_BEFORE.search(text[max(0, e.start - 12) : e.start]))
                or (_START_OF_MONTH.match(e.expression) and e.date_end is not None and e.date_end >= e.anchor
                    and _SINCE_BEFORE.search(text[max(0, e.start - 12) : e.start])
                    and _FIGURE_IN_CLAUSE.search(text, max(0, e.start - 80), e.start))  # "up 22% since the start of May"
                or (_THIS_YEAR.match(e.expression) and _FIGURE_BEFORE.search(text[max(0, e.start - 40) : e.start])
                    and not _WHEN_CLAUSE.match(text[e.end : e.end + 12]) and not is_future(text, e.start, e.end)
                    and not OUTLOOK.search(text, max(0, e.start - 80), e.start))
                or (e.basis.startswith(YEAR_TO_DATE))
                or (_THIS_YEAR_ALONE.match(e.expression) and _PERFECT_DEED_BEFORE.search(text, max(0, e.start - 80), e.start)
                    and not is_future(text, e.start, e.end) and not OUTLOOK.search(text, max(0, e.start - 80), e.start))
                or (_THIS_PART.match(e.expression) and _PERFECT_BEFORE.search(text, max(0, e.start - 80), e.start)
                    and not _WHEN_CLAUSE.match(text[e.end : e.end + 12]))  # "have sold $2 billion this month": so far
            ) and not _COMPARISON_SINCE.search(text[max(0, e.start - 90) : e.start])
        ):
            # "up 18% since the start of the year", "has climbed 31% this year": the year to the article's date
            end, day = _year_end(text, e, exprs) if _YEAR_SO_FAR.search(e.expression) else (None, None)
            if day is not None:
                absorbed.add(day)
            moved = _FIGURE_IN_CLAUSE.search(text, max(0, e.start - 80), e.start) or e.basis.startswith(YEAR_TO_DATE)
            e = replace(e, date_end=end or e.anchor, precision="range",  # a move's span only with its figure
                        basis=f"{YEAR_SO_FAR + ':' if moved else ''} from {e.date_start} up to {end or e.anchor} ({e.expression})".strip())
        out.append(e)
    return [e for e in out if e.start not in absorbed]


#: "since the cut", "since its recall" closing a clause: a span from an event the article named before. The noun may
#: take a verb telling that the event happened, with nothing after it in its clause ("since the bid was announced",
#: "since the report was first published", "since the storm began"; not "since the cut was announced on X", whose own
#: date dates it).
SINCE_EVENT = re.compile(r"\bsince\s+(?:the|its|their|this|that)\s+(?P<noun>[a-z]{3,})\b"
                         r"(?:\s+(?:was|were)\s+(?:first\s+)?[a-z]{3,}ed|\s+(?:began|started|arrived|broke|struck|erupted|"
                         r"emerged|surfaced))?"
                         r"(?=\s*(?:[,;:.!?)—–]|\s(?:and|but|which|while|as|when)\b))", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z]+")


def event_forms(noun: str) -> set[str]:
    """The words that name the event of ``noun`` as a noun or a verb: "cut", "cuts", "cutting"; "recall", "recalled";
    a gerund's verb too: "grounding", "grounded" ("since the grounding" after "the ship grounded on 13 October")."""
    stem = noun[:-1] if noun.endswith("e") else noun
    forms = {noun, noun + "s", stem + "ed", stem + "ing", noun + noun[-1] + "ing", noun + noun[-1] + "ed"}
    if noun.endswith("ing") and len(noun) > 6 and noun not in _SESSION_GERUNDS:
        verb = noun[:-3]
        forms |= {verb, verb + "s", verb + "ed"}
    return forms


#: Gerunds naming a part of a session or a day, no event of the story ("up 2% since the opening"): their verbs are not
#: read as the event's ("the plant opened on Monday").
_SESSION_GERUNDS = frozenset({"opening", "closing", "morning", "evening", "beginning", "ending", "trading", "starting"})


def figure_before_since(text: str, at: int) -> bool:
    """Whether a figure of change stands before the "since" at ``at`` in its clause ("has lost 33% since the recall")."""
    return _FIGURE_IN_CLAUSE.search(text, max(0, at - 80), at) is not None


#: Between a day and the event noun after it: the day is another, before or after the event ("its close on Sept. 13,
#: the last session before the cuts were announced").
_OTHER_DAY_THAN = re.compile(r"\b(?:before|after|ahead\s+of|prior\s+to|until|since)\b", re.IGNORECASE)


def _day_before_event(text: str, e: TemporalExpression, forms: set[str], s: int, stop: int) -> bool:
    """Whether the day ``e`` of the sentence ``text[s:stop]`` is told as another day than that of the event the words
    ``forms`` name after it: "below its close on Sept. 13, the last session before the cuts were announced"."""
    for m in _WORD_RE.finditer(text.lower(), e.end, stop):
        if m.group(0) in forms:
            return _OTHER_DAY_THAN.search(text, e.end, m.start()) is not None
    return False


def event_since_spans(text: str, dct: date | None, exprs: list[TemporalExpression]) -> list[TemporalExpression]:
    """The moves over a span from an event the article named and dated before: "Sterling has lost 1.3 percent since the
    cut" after "last Thursday's surprise interest rate cut" is a range from that Thursday up to the article's date,
    "the stock has lost 33% since the recall" likewise. Only a figure of change before "since" in its clause, an event
    noun that ends the phrase (not "since the cut was announced on X", whose own date dates it), and a day of the
    first earlier sentence naming the event (its noun or verb: "cut", "cutting") on or before the article's date.
    New expressions, for ``exprs`` (the document's, offsets into ``text``) to be extended with."""
    if dct is None or "since" not in text:
        return []
    out = []
    days = [e for e in exprs if e.resolved and e.precision == "day" and not e.basis.startswith(MOVE_SPANS)
            and e.date_end <= dct]  # type: ignore[operator]
    for m in SINCE_EVENT.finditer(text):
        if any(e.start <= m.start("noun") < e.end for e in exprs):
            continue
        if not figure_before_since(text, m.start()) \
                or _COMPARISON_SINCE.search(text[max(0, m.end() - 90) : m.end() - len(m.group("noun"))]):
            continue
        forms = event_forms(m.group("noun").lower())
        for e in sorted(days, key=lambda e: e.start):
            if e.start >= m.start():
                break
            s = max((b.end() for b in _SENTENCE_END.finditer(text, max(0, e.start - 400), e.start)), default=max(0, e.start - 400))
            stop = _SENTENCE_END.search(text, e.end)
            if forms & set(_WORD_RE.findall(text[s : stop.start() if stop else len(text)].lower())) \
                    and not _day_before_event(text, e, forms, s, stop.start() if stop else len(text)):
                end = _close_told_before(text, m.start(), exprs, e.date_start, dct) or dct
                out.append(TemporalExpression(text[m.start() : m.end()], m.start(), m.end(), e.date_start, end, "range",
                                              "after_event", f"{MOVE_FROM} the day of the {m.group('noun').lower()} "
                                              f"({e.date_start}, '{e.expression}'), up to {end}", dct))
                break
    return out


#: Before a day, the close a level is told at: "which closed at Rs 742.10 on Wednesday", "ended at $31.20 on Monday".
_CLOSED_BEFORE_DAY = re.compile(r"\b(?:closed|ended|finished|settled)\b(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,40}?\bon\s+$",
                                re.IGNORECASE)


#: After a day, its close named as a possessive: "Friday's close of 10.36 per euro", "Monday's closing price".
_CLOSE_OF_DAY = re.compile(r"['’]s\s+(?:close|closing\s+(?:level|price)|settlement)\b", re.IGNORECASE)


def _close_told_before(text: str, at: int, exprs: list[TemporalExpression], first: date | None, dct: date) -> date | None:
    """The day of a close the sentence of ``at`` tells ("The shares, which closed at Rs 742.10 on Wednesday, are down
    36 per cent since the blast", "The crown has gained 3.1% since the decision, and Friday's close of 10.36 per euro
    was its strongest since 2018"): the figure since the event is measured at that close, so the span ends there, not
    on the article's day. None when the sentence tells no such close between ``first`` and ``dct``."""
    s = max((b.end() for b in _SENTENCE_END.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
    stop = _SENTENCE_END.search(text, at)
    stop_at = stop.start() if stop else len(text)
    days = [e for e in exprs if s <= e.start < stop_at and e.resolved and e.precision == "day" and e.date_end is not None
            and first is not None and first <= e.date_end <= dct
            and ((e.start < at and _CLOSED_BEFORE_DAY.search(text, max(s, e.start - 60), e.start))
                 or _CLOSE_OF_DAY.match(text, e.end))]
    return max(days, key=lambda e: e.start).date_end if days else None


def closed_on(sentence: str, expression: str, before: int) -> bool:
    """Whether the day ``expression`` appears in ``sentence`` as the day of a close: before offset ``before`` ("which
    closed at Rs 742.10 on Wednesday, are down 36 per cent since the blast"), or anywhere as a possessive ("and
    Friday's close of 10.36 per euro was its strongest since 2018")."""
    at = sentence.rfind(expression, 0, before)
    if at >= 0 and _CLOSED_BEFORE_DAY.search(sentence, max(0, at - 60), at) is not None:
        return True
    at = sentence.find(expression)
    return at >= 0 and _CLOSE_OF_DAY.match(sentence, at + len(expression)) is not None


#: The opening of a sentence told over the period of the sentence before: "Over the same period, Aarti has gained 9%".
SAME_PERIOD_OPENING = re.compile(r"[\s\"“'‘(]*(?P<p>(?:over|in|during|for|across)\s+the\s+same\s+(?:period|time|span|stretch))\b",
                                 re.IGNORECASE)


#: A sentence opened by the period of the sentence before: "Over the same period, Aarti has gained 9%".
_SAME_PERIOD = re.compile(r"(?:^|(?<=[.!?][\s\"”’])|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<p>(?:over|in|during|for|across)\s+the\s+same\s+"
                          r"(?:period|time|span|stretch))\b", re.IGNORECASE)


def same_period_spans(text: str, exprs: list[TemporalExpression]) -> list[TemporalExpression]:
    """"The shares are down 36 per cent since the blast. Over the same period, Aarti has gained 9 per cent": a sentence
    opened by "over the same period" tells its moves over the span the sentence before it gives (its last span of
    days, a month, a quarter or a year: "Sales rose 12% in the third quarter. In the same period, costs fell 3%"), a
    new expression on that span; none when that sentence gives no span."""
    if "same" not in text:
        return []
    out = []
    for m in _SAME_PERIOD.finditer(text):
        if any(e.start <= m.start("p") < e.end for e in exprs):
            continue
        s = max((b.end() for b in _SENTENCE_END.finditer(text, max(0, m.start() - 400), max(0, m.start() - 2))),
                default=max(0, m.start() - 400))
        spans = [e for e in exprs if s <= e.start < m.start() and e.resolved and e.date_start is not None
                 and e.date_end is not None and e.date_start < e.date_end and e.precision != "day"
                 and not e.basis.startswith(ENTRY_STAMP)]
        if not spans:
            continue
        x = max(spans, key=lambda e: e.start)
        out.append(TemporalExpression(m.group("p"), m.start("p"), m.end("p"), x.date_start, x.date_end, "range",
                                      "after_event", f"{MOVE_FROM} {x.date_start}, the same period as "
                                      f"'{x.expression}', up to {x.date_end}", x.anchor))
    return out


#: The close of a month, a part of it that ends it: "the end of June", "end-June", "late June" (not "late 2030").
_MONTH_CLOSE = re.compile(r"^(?:the\s+)?(?:(?:very\s+)?end(?:\s+of\s+|-)|late[- ])(?![\d])", re.IGNORECASE)


def _month_close_move(text: str, e: TemporalExpression) -> bool:
    """Whether ``e``, right after "since", is the close of an earlier month that a figure of change in its clause is
    measured from ("the shares have fallen nearly 12% since the end of June", "up 8% since late May"): a move over the
    days after that month, up to the date it was read against. Not a state ("idle since the end of June": it began
    then), not a comparison ("its lowest since late May"), not a month still running."""
    if not (e.resolved and e.anchor is not None and e.date_end is not None and e.date_end < e.anchor
            and e.kind == "month" and (e.date_end + timedelta(days=1)).day == 1  # type: ignore[operator]
            and _MONTH_CLOSE.match(e.expression)):
        return False
    m = _SINCE_BEFORE.search(text, max(0, e.start - 12), e.start)
    return m is not None and _FIGURE_IN_CLAUSE.search(text, max(0, m.start() - 80), m.start()) is not None \
        and not _COMPARISON_SINCE.search(text[max(0, e.start - 90) : e.start])


#: A share of a whole moved ("cut its lending by a third", "has lost half its value"): a figure of change, in words.
_SHARE_MOVED = re.compile(r"\b(?:by\s+(?:a|one|two)[- ](?:thirds?|quarters?|fifths?|tenths?)|by\s+half|half\s+(?:of\s+)?"
                          r"(?:its|their)\s+(?:market\s+)?value)\b[^.;:!?\n]{0,20}$", re.IGNORECASE)
#: A month named alone, perhaps with its year ("July", "March 2040").
_MONTH_NAME = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?")
#: The longest part of the calendar read as the start of a move "since" it: a season.
MAX_PERIOD_DAYS = 92


def _period_move(text: str, e: TemporalExpression) -> bool:
    """Whether ``e``, right after "since", is a part of the calendar longer than a day and at most a season, over
    before the date it was read against ("mid-December", "early September", "the end of 2020", "last autumn"; not a
    month named alone, nor "the start of the year", read elsewhere), that a figure of change in its clause is measured from ("spot rates have fallen 41% since
    mid-December", "had cut its lending by a third since the end of 2020"): a move over the days after it, up to that
    date. Not a state ("idle since March": it began then), not a comparison ("its lowest since March"), not a year
    ("since 2020"), not a period still running."""
    if not (e.resolved and e.anchor is not None and e.date_start is not None and e.date_end is not None
            and e.date_end < e.anchor and 0 < (e.date_end - e.date_start).days <= MAX_PERIOD_DAYS
            and e.precision != "year" and not _START_OF_PERIOD.match(e.expression)
            and not _MONTH_NAME.fullmatch(e.expression.strip())):
        return False  # (a month named alone stays that month: "has lost 11% since July", the round-29 reading)
    m = _SINCE_BEFORE.search(text, max(0, e.start - 12), e.start)
    return m is not None and (_FIGURE_IN_CLAUSE.search(text, max(0, m.start() - 80), m.start()) is not None
                              or _SHARE_MOVED.search(text, max(0, m.start() - 60), m.start()) is not None) \
        and not _COMPARISON_SINCE.search(text[max(0, e.start - 90) : e.start])


#: The start of the current year or month, after "since": a move up to the article's date.
_START_OF_PERIOD = re.compile(r"(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month)$", re.IGNORECASE)
#: The start of a month named, after "since": while that start still runs on the article's date ("has climbed 22% since
#: the start of May" on May 8), a move from the month's first day up to that date, like "since the start of the month".
_START_OF_MONTH = re.compile(r"(?:the\s+)?(?:start|beginning)\s+of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$",
                            re.IGNORECASE)
#: "this month" as well: "have lost 7% this month" is the month up to the article's date, like "this year".
_THIS_YEAR = re.compile(r"(?:this\s+(?:year|month)|(?:19|20)\d\d)$", re.IGNORECASE)
#: The month or week still running: "this month", "so far this week".
_THIS_PART = re.compile(r"(?:so\s+far\s+)?this\s+(?:month|week)$", re.IGNORECASE)
#: A verb in the present perfect in the clause before (a figure's decimal point or thousands' comma is no break):
#: "have sold a net 2,300 crore of shares", "which has already risen about 11%", "has been cut twice" (up to the
#: article's date, whatever the clause around it plans: "expects prices, which have risen 11% this month, to peak").
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:already|also|now|just|only|so\s+far|[a-z]+ly)\s+)?"
                             r"(?:been\s+)?(?!to\b|been\b)[a-z]{2,}\b(?:[^.;:!?\n,\"“”]|[.,](?=\d))*$", re.IGNORECASE)
#: "this year" alone, and a deed told in the perfect before it in its clause, the past perfect of reported speech too:
#: "the buyback, under which it had repurchased about 2% of its shares this year", "has opened two plants this year" (the
#: year up to the article's date; not "for this year", the period of a forecast or a budget).
_THIS_YEAR_ALONE = re.compile(r"this\s+year$", re.IGNORECASE)
_PERFECT_DEED_BEFORE = re.compile(r"\b(?:has|have|had|['’]ve)\s+(?:(?:already|also|now|just|only|so\s+far)\s+)?"
                                  r"(?!to\b|been\b|got\b|had\b)[a-z]{2,}(?:ed|ht|ld|ne|wn|ut|old|ent|ilt)\b"
                                  r"(?:[^.;:!?\n,\"“”]|[.,](?=\d)|(?<=\b(?-i:[A-Z]))\.)*(?<!\bfor\s)$", re.IGNORECASE)
#: A figure of change right before "this year" ("lost 6% this year", "up 3 per cent so far this year").
#: The figure's measure may come between: "fell 15% in euro terms this year", "gained 3% against the yen this year".
#: Or a share of its value: "has lost more than a third of its value this month", "shed half its market value this year".
_FIGURE_BEFORE = re.compile(r"(?:\d(?:%|\s*per\s*cent)\s+(?:(?:up|down|higher|lower)\s+)?"
                            r"(?:(?:in\s+[a-z-]+(?:\s+[a-z-]+)?\s+terms|against\s+(?:the\s+)?[a-z]+)\s+)?"
                            r"|\b(?:a|one|two|three)[- ](?:thirds?|quarters?|fifths?|tenths?)\s+of\s+(?:its|their)\s+(?:market\s+)?value\s+"
                            r"|\bhalf\s+(?:of\s+)?(?:its|their)\s+(?:market\s+)?value\s+)"
                            r"(?:so\s+far\s+)?(?:in\s+)?$", re.IGNORECASE)



#: Before a date that names no event: a debt's maturity ("notes due 2031", "bonds maturing in 2030") or the first
#: date of a plan since moved ("originally scheduled for March 3", "initially set for June", "originally set for release
#: on May 2", "initially due to open in June"), or the end of a
#: horizon a state lasts to ("hedged through November", "funded into 2033": no event on that date), or the last day of
#: a reporting period ("net income for the quarter ended Sept. 30", "the accounts for the years ended 31 March 2029
#: and 31 March 2030": the period's label, not the day of an event).
_NO_EVENT_BEFORE = SearchedWithWords(re.compile(
    r"(?:\b(?:years?|quarters?|half(?:-years?)?|halves|periods?|months|weeks)\s+(?:ended|ending)\s+(?:on\s+)?"
    r"(?:[A-Za-z]+\.?\s+\d{1,2},?\s+(?:\d{4}\s+)?(?:and|or)\s+|\d{1,2}\s+[A-Za-z]+\.?\s+(?:\d{4}\s+)?(?:and|or)\s+)?$)|"
    r"(?:\b(?:bonds?|notes?|debentures?|debt|securities|loans?|gilts?|treasuries)\s+(?:due|maturing)\s+(?:in\s+)?"
    r"|\b(?:originally|initially|previously)\s+(?:set|scheduled|planned|slated|due|timed|expected)\s+(?:(?:for|to)\s+(?:[a-z]+\s+){1,3}?)?(?:for|on|in)\s+"
    r"|\b(?:covered|hedged|funded|financed|booked|sold\s+out|supplied|stocked)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:through|until|till|into)\s+(?:the\s+end\s+of\s+)?)$",
    re.IGNORECASE), ("end", "due", "maturing", "originally", "initially", "previously", "through", "until", "till", "into"))
#: A year as the modifier of a forecast or a payout names the period it covers, never the date of an event ("will set
#: out its 2032 guidance at an investor day in February", "cut its fiscal 2031 revenue outlook", "suspended the 2030
#: dividend").
_FORECAST_AFTER = re.compile(r"\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:guidance|forecasts?|outlook|targets?|budgets?|"
                             r"estimates?|projections?|dividends?)\b")
#: "In 2029 targets were missed": after a preposition the year dates its clause, it modifies no noun.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|by|since|until|till|during|from|through|before|after)\s+$", re.IGNORECASE)
_RELATION_END = re.compile(r"\b(?:after|before|following|ahead\s+of)$", re.IGNORECASE)


#: The speaker's own day inside a quotation: "today", "tonight", "this morning".
_DEICTIC_DAY = re.compile(r"^(?:today|tonight|this\s+(?:morning|afternoon|evening))$", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”]")


def quoted_today(e: TemporalExpression, found: list[TemporalExpression], text: str, s0: int) -> bool:
    """"Rask said on Friday: 'We are busier today than in years'": the speaker's "today" inside a quotation is the
    day of the speech, which another date of the sentence, outside the quotation, already states (the publication
    day would be wrong: the quote may be days old). ``s0`` is the sentence's start."""
    if not _DEICTIC_DAY.match(e.expression) or len(_QUOTE_MARKS.findall(text, s0, e.start)) % 2 == 0:
        return False
    return any(o is not e and o.eventful and o.precision == "day" and o.date_start != e.date_start
               and len(_QUOTE_MARKS.findall(text, s0, o.start)) % 2 == 0 for o in found)


#: A present state compared with the past, up to "today" at its clause's end: "I doubt the number is much better
#: today", "prices are higher today", "the lanes are no safer today"; or judged now: "are necessary today".
_STATE_NOW = re.compile(r"\b(?:is|are|isn['’]t|aren['’]t)\s+(?:(?:much|far|any|no|not|still|even|a\s+lot|little|"
                        r"somewhat|barely|hardly)\s+){0,2}(?:better|worse|higher|lower|safer|riskier|cheaper|dearer|"
                        r"different|bigger|smaller|stronger|weaker|greater|fewer|more|less"
                        # a judgement of now on a past deed: "the cuts we announced on Thursday are the ones we
                        # believe are necessary today", "the price paid last year is still justified today"
                        r"|necessary|needed|required|sufficient|enough|appropriate|justified|warranted|right|valid)"
                        r"\b[^,;:.!?\n]{0,40}$",
                        re.IGNORECASE)


#: After "today", a verb of a lasting state in the present simple: "the group today employs 9,000 people", "today
#: operates 40 mills" (not "today announced", "today is launching").
_STATE_VERB_AFTER = re.compile(r"\s+(?:employs|operates|owns|serves|counts|runs|manages|produces|supplies|sells|"
                               r"generates|exports|ships)\b", re.IGNORECASE)


def state_now(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether ``e`` is the "today" of a present state compared with the past ("A 2027 study found that 40% of ferries
    ran late; I doubt the figure is much better today", "Founded in 1961 as a single bakery, the group today employs
    9,000 people") while another, earlier date of the sentence dates its event: "today" only means nowadays there, no
    event of the article's day."""
    if not _DEICTIC_DAY.match(e.expression) or not e.expression.lower().startswith("today"):
        return False
    if not _STATE_NOW.search(text, max(0, e.start - 80), e.start) and not _STATE_VERB_AFTER.match(text, e.end):
        return False
    return any(o is not e and o.resolved and o.date_end is not None and e.date_start is not None
               and o.date_end < e.date_start and o.end <= e.start for o in found)  # type: ignore[operator]


#: A run's last session told by a participle after its figure: "have gained 30.2% for the week, closing on Thursday at
#: $36.18", "lost 8% over five sessions, ending on Friday at 41 pence" (up to the day the participle names).
_RUN_CLOSE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|percent\b|per\s*cent\b)[^.;:!?\n]{0,60}?,\s+(?:closing|ending|finishing|"
                        r"settling)\s+(?:the\s+(?:week|session|day)\s+)?(?:on\s+)?$", re.IGNORECASE)


def run_close(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether ``e`` is the day a move's run ended on, told by a participle after its figure ("Since Velmora made
    its offer public on Monday, Orlan's shares have gained 30.2% for the week, closing on Thursday at $36.18") while
    an earlier date of the sentence dates its event: the close is the move's last session, the move's to place, no
    event of its own. A sentence with no other, earlier date keeps it."""
    if e.precision != "day" or e.date_start is None or not _RUN_CLOSE.search(text, max(0, e.start - 130), e.start):
        return False
    return any(o is not e and o.resolved and o.date_end is not None and o.date_end < e.date_start  # type: ignore[operator]
               and o.end <= e.start for o in found)


#: The opening of a whole quoted utterance: the quotation mark opens the sentence, or follows a colon ("replied with a
#: single sentence: "I want ..."").
_UTTERANCE_OPENS = re.compile(r"^\W*$|:\s*$")


#: A part of a year: "the fourth quarter", "the second half", "the first half of 2042".
_PART_OF_YEAR_WORDS = re.compile(r"\b(?:quarter|half)\b", re.IGNORECASE)
#: After a quotation's closing mark, its speaker's verb: '," Port Houston said', '," said the chief executive'.
_SAID_AFTER_QUOTE = re.compile(r"[”\"]\s*(?:[\w'’.&-]+\s+){0,6}?(?:said|says|told|added|wrote|stated|explained)\b",
                               re.IGNORECASE)


#: A hedge of an outlook: a modal of possibility or a condition ("could fall", "may need", "if the ban holds").
_HEDGE = re.compile(r"\b(?:could|might|may|if|unless)\b", re.IGNORECASE)
#: A quantity planned for a period, right before it: "the capacity planned for", "volumes budgeted for".
_QUANTITY_PLANNED = re.compile(r"\b(?!(?:is|are|was|were|been|be)\b)[a-z]{3,}\s+(?:planned|budgeted|forecast|targeted)\s+for\s+$",
                               re.IGNORECASE)


def _quoted_outlook(e: TemporalExpression, found: list[TemporalExpression], text: str, s0: int) -> bool:
    """Whether ``e`` is a coming quarter or half inside a speaker's whole quoted utterance whose narration dates the
    speaking on a day up to the article's ("Volumes could fall 8% in the fourth quarter if the ban holds," the port
    said in a statement on Wednesday; '... review the capacity planned for the second half," said the finance chief
    on a call on Wednesday', the quotation opened in an earlier sentence): the period the speaker's outlook covers,
    no event; the sentence's event is the statement. The quotation hedges (a modal of possibility, a condition), holds
    a figure, or plans a quantity for the period. A plan's day or week in a quotation stays, and so does a quarter of
    a plain plan ("We will open the hall in the first quarter," X said on Monday)."""
    if e.anchor is None or e.date_start is None or e.date_start <= e.anchor or not _PART_OF_YEAR_WORDS.search(e.expression):
        return False
    close = _QUOTE_MARKS.search(text, e.end)
    before = len(_QUOTE_MARKS.findall(text, s0, e.start))
    if close is None or not _SAID_AFTER_QUOTE.match(text, close.start(), close.start() + 80):
        return False
    if before % 2 == 1:
        opening = _QUOTE_MARKS.search(text, s0, e.start)
        if opening is None or _UTTERANCE_OPENS.search(text[s0 : opening.start()]) is None:
            return False  # a quoted fragment inside the narration
    elif before != 0 or text[close.start()] != "”":
        return False  # (a quotation opened in an earlier sentence shows by its curly closing mark)
    opened = _QUOTE_MARKS.search(text, s0, e.start)
    quote = text[opened.end() if opened is not None else s0 : close.start()]
    if not (_HEDGE.search(quote) or _PERCENT.search(quote) or _QUANTITY_PLANNED.search(text, max(0, e.start - 40), e.start)):
        return False  # "We will open the hall in the first quarter," X said on Monday: a plan the speaker tells
    return any(o is not e and o.resolved and o.precision == "day" and o.date_end is not None and o.date_end <= e.anchor
               and o.start > close.start() for o in found)


def quoted_utterance(e: TemporalExpression, found: list[TemporalExpression], text: str, s0: int) -> bool:
    """Whether ``e`` lies in a whole quoted utterance ("The stock was priced for perfection a year ago," said X, who cut
    his rating on Thursday) while the sentence, outside the quotation, gives a date of its own: the speaker's dates are
    read from the day of speaking, not the article's, and tell how the speaker frames things (a plan, a comparison, a
    memory); the sentence's event is the one its narration dates. A coming date in the quotation stays (a plan:
    "Both leaders are meeting next week," Dunmore told reporters on Thursday). A quotation that is the sentence's only dated part
    keeps its date, and so does a quoted fragment inside the narration ("said it expected to choose a supplier "by the
    end of the third quarter""). ``s0`` is the sentence's start."""
    if _quoted_outlook(e, found, text, s0):
        return True
    if e.anchor is None or e.date_end is None or e.date_end > e.anchor or len(_QUOTE_MARKS.findall(text, s0, e.start)) % 2 == 0:
        return False  # (a coming date in a quotation is a plan the speaker tells, placed as other plans are)
    opening = _QUOTE_MARKS.search(text, s0, e.start)
    if opening is None or _UTTERANCE_OPENS.search(text[s0 : opening.start()]) is None:
        return False
    return any(o is not e and o.resolved and (o.date_start, o.date_end) != (e.date_start, e.date_end)
               and len(_QUOTE_MARKS.findall(text, s0, o.start)) % 2 == 0 for o in found) \
        and not is_future(text, e.start, e.end)  # ""By the middle of the week she'll be out there," X said on Monday": a plan


#: A month name that is also a word of English, written in capitals ("MAY", "MARCH").
_SHOUTED_MONTH = re.compile(r"^(?:MAY|MARCH|JUNE|AUGUST)$")
_SHOUTED_WORD = re.compile(r"[A-Z]{2,}")


def shouted_word(e: TemporalExpression, text: str) -> bool:
    """"READERS MAY ALSO ENJOY: ...": a month name in capitals between other words in capitals, with no day or year, is
    the word of English (a modal, a verb) of a shouted line, not the month."""
    if not _SHOUTED_MONTH.match(e.expression):
        return False
    before = text[max(0, e.start - 20) : e.start].split()
    after = text[e.end : e.end + 20].split()
    return bool(before and _SHOUTED_WORD.fullmatch(before[-1].strip(":,.")) and after
                and _SHOUTED_WORD.fullmatch(after[0].strip(":,.")))


#: ", when ..." after a date: the clause tells what happened on it ("its lowest since 2011, when the mill last shut").
_WHEN_CLAUSE_AFTER = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


#: A percentage move told before a comparison in its sentence ("Keel closed 6.2% lower, its steepest fall since March",
#: "the index finished down 4.2%, its worst day since August 2015"): the comparison is the record of that move. A price
#: between them keeps its decimal point ("down 1.1% at $1.2712, its weakest level since mid-October").
_MOVE_BEFORE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|percent\b|per\s*cent\b)(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,80}$", re.IGNORECASE)


#: A record measured from an earlier time told with more words than "since" and the date ("its worst day since at least
#: 2003", "its steepest quarterly decline since the same period of 2011"), or a level last reached then ("trading at
#: levels last seen in 2013", "a level not seen since mid-2016"). Not "first" ("its first apology since the outbreak
#: was reported in October" tells when the outbreak was), nor an event's clause ("its worst day since the company
#: floated in May 2019" keeps the flotation, as earlier rounds decided).
_RECORD_SINCE = re.compile(
    r"(?:(?<!-)\b(?:worst|best|biggest|largest|highest|lowest|steepest|sharpest|strongest|weakest|longest|deepest|"
    r"heaviest|fastest|slowest)\b(?!-|\s+of\b)[^.;:!?\n]{0,60}\bsince\s+(?:at\s+least\s+(?:the\s+)?|"
    r"(?:the\s+)?same\s+(?:period|quarter|month|week|day)\s+(?:of|in)\s+(?:the\s+)?)"
    r"|\b(?:last\s+seen|not\s+seen\s+since|unseen\s+since)\s+(?:in\s+|since\s+|around\s+)?(?:the\s+)?)$",
    re.IGNORECASE)


def record_yardstick(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether the past date ``e`` only measures a record (:data:`_RECORD_SINCE`) of a move told before it in its
    sentence ("Harlow Mills closed 9.4% lower, its worst day since at least 2031") or of a sentence with a date of its own
    ("are trading at levels last seen in 2013, after last Friday's verdict"). News dates such a sentence by its move;
    the date of the record is a yardstick. Alone in a sentence with no move ("Prices were last seen there in 2031.")
    the date stays, as a comparison's does (:func:`last_time`)."""
    if not e.resolved or e.anchor is None or e.date_end is None or e.date_end >= e.anchor:
        return False
    record = _RECORD_SINCE.search(text, max(0, e.start - 140), e.start)
    if record is None or _WHEN_CLAUSE_AFTER.match(text, e.end):
        return False
    if _MOVE_BEFORE.search(text, max(0, record.start() - 100), record.start()):
        return True
    return any(o is not e and o.resolved and not o.basis.startswith((ENTRY_STAMP, *MOVE_SPANS)) for o in found)


def last_time(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether the past date ``e`` of a comparison ("its weakest session since July 2026", "the first time the court has
    fined a bank since 2011") dates the last time the thing compared happened, an event of its own: a ", when" clause
    after it tells that event ("the sharpest slide since the fourth quarter of 2026, when a buyer scrapped an order"), or
    it is the only date of its sentence ("the first time the court has fined a bank since 2011"). Beside a day of the
    sentence's own ("slid 4.4% on Friday, its weakest session since 2026") the comparison only measures that day's
    event; so it does after a percentage move told before it ("Brask Foods slid 4.4%, its weakest session since July
    2026": the record of the move, which the move table places on its session). ``found`` are the sentence's
    expressions."""
    if not e.resolved or (e.anchor is not None and e.date_end is not None and e.date_end >= e.anchor):
        return False
    if _WHEN_CLAUSE_AFTER.match(text, e.end):
        return True
    comparison = _COMPARISON_SINCE.search(text, max(0, e.start - 90), e.start)
    if comparison is not None and not comparison.group(0).lower().startswith("first") \
            and _MOVE_BEFORE.search(text, max(0, comparison.start() - 100), comparison.start()):
        return False  # "Keel closed 6.2% lower, its steepest fall since March": the record of the day's move ("down to
        # 48 percent, the first time since mid-February that it was below 50" tells when it last was)
    return not any(o is not e and o.resolved and not o.basis.startswith((ENTRY_STAMP, *MOVE_SPANS)) for o in found)


#: A bound a state lasts to, right before a year: "funds that last into 2033", "the patent shields it until at least
#: 2035", "a drag on margins through 2032", "served as treasurer until 2024".
_HORIZON_BEFORE = re.compile(r"\b(?:until|till|through|into)\s+(?:at\s+least\s+)?(?:fiscal\s+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+[a-z]")


def state_end(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether the year ``e`` bounds a state and is the only date of its sentence ("Brask has funds that last into 2033",
    "the patent shields the drug until at least 2035", "who served as treasurer until 2024"): the year the state ends,
    which the timeline places like a plan's year, whatever the tense. Not a year modifying the noun after it ("into
    2033 budgets"), nor one beside another date of the sentence, which dates its event ("the opening may drift into
    2033 after a permit delay in March"). ``found`` are the sentence's expressions."""
    return (e.resolved and e.precision == "year" and _HORIZON_BEFORE.search(text, max(0, e.start - 30), e.start) is not None
            and _WORD_AFTER.match(text, e.end) is None
            and not any(o is not e and o.resolved and not o.basis.startswith(ENTRY_STAMP) for o in found))


#: "until" or "till" right before a year: "was chief operating officer until 2016".
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)


def past_state_end(e: TemporalExpression, text: str) -> bool:
    """Whether the past year ``e`` ends a state after "until" ("Voss was finance chief of Pellham until 2036 and joined
    Keel's board in May 2038"): the state ended that year, an event of it (leaving the post), whatever other date the
    sentence gives. (:func:`state_end` places a coming year a state lasts to.)"""
    return e.past_year and e.precision == "year" and _UNTIL_BEFORE.search(text, max(0, e.start - 8), e.start) is not None


_DECADE_WORDS = re.compile(r"\b(?:1[89]|20)\d0s\b")


#: A time counted back from the time of its sentence: "a year earlier", "a month ago", "the previous quarter", "the
#: year before".
_EARLIER_TIME = re.compile(r"^(?:(?:a|one)\s+(?:year|month|week|quarter)\s+(?:earlier|ago|before)|the\s+(?:previous|prior|"
                           r"preceding)\s+(?:year|month|week|quarter)|the\s+(?:year|month|week|quarter)\s+before)$", re.IGNORECASE)
#: The start of a period up to the time of its sentence: "the start of the month", "the beginning of the year".
_PERIOD_START = re.compile(r"^(?:the\s+)?(?:start|beginning)\s+of\s+the\s+(?:year|month|week|quarter)$", re.IGNORECASE)
#: "from" and the figure a comparison starts from, then perhaps "at"/"in"/"on": "from 0.24 euros", "from 38 cents at",
#: "from $1.2 billion in", "from 4.5%".
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?(?:[$€£¥]\s?)?\d[\d.,]*\s*"
                          r"(?:%|percent\b|per\s+cent\b|[a-z]+\b(?:\s+(?:a|an|per)\s+[a-z]+\b)?)?\s*(?:(?:at|in|on)\s+)?$",
                          re.IGNORECASE)
_FROM_BARE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


#: A month alone, perhaps with its year: "June", "January 2026".
_MONTH_ALONE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?$")
#: Before "from <month>", the change of a monthly figure: a figure after a verb of change or "up"/"down" ("rose 0.3%
#: from", "up 14% from", "fell 2.1 per cent from"), a figure's own month ("were flat in July from"), or "flat" and
#: "unchanged" ("was unchanged from"). Not "by 9% from April" (a rise taking effect then).
_MONTH_CHANGE_FROM = re.compile(
    r"(?:\b(?:up|down|rose|fell|climbed|dropped|gained|lost|increased|decreased|declined|slipped|eased|jumped|grew|"
    r"shrank|slid|edged\s+(?:up|down|higher|lower)|higher|lower)\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?"
    r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)(?:\s+(?:in|on\s+the\s+month|month[- ]on[- ]month))?"
    r"|\bin\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b(?:flat|unchanged|steady))\s+from\s+$")


def compared_from(e: TemporalExpression, text: str) -> bool:
    """Whether ``e`` is the time a figure is compared from, no event's date: a time counted back from its sentence's
    after "from" ("sales fell 9% in April from a year earlier", "to 0.11 euros, from 0.20 euros a year earlier"), the
    start of the period after "from" and a figure ("fell to 12 cents from 40 cents at the start of the month"; "up 8%
    from the start of the year" is a span to now, left alone), or the month a monthly figure is compared with ("prices
    were flat in July from June", "rose 0.3% from January"; "will raise prices by 9% from April" is left alone)."""
    expression = e.expression.strip()
    before = text[max(0, e.start - 50) : e.start]
    if _MONTH_ALONE.match(expression):
        return _MONTH_CHANGE_FROM.search(before) is not None
    if _EARLIER_TIME.match(expression):
        return _FROM_FIGURE.search(before) is not None or _FROM_BARE.search(before) is not None
    return _PERIOD_START.match(expression) is not None and _FROM_FIGURE.search(before) is not None


#: The condition of a sentence up to a date: "if", "unless", "even if" or "in case", then words with no clause break and
#: no relative or complement opener ("if the strike runs into March", not "if talks that begin on Monday fail", whose
#: date tells a plan of its own). Not "if" after a word of knowing or asking ("not known if the arrest made today ...":
#: "whether", no condition).
_CONDITION = re.compile(r"(?<!\w)(?<!\bas\s)(?:(?:even\s+)?if|unless|in\s+case)\s+(?![^,;:()—–.!?\"“”„]*\b(?:that|which|who|whom|whose|"
                        r"when|where)\b)[^,;:()—–.!?\"“”„]*$", re.IGNORECASE)
_ASKING_IF = re.compile(r"\b(?:known|clear|certain|sure|asked?|asking|wonders?|wondering|see|decide[sd]?|unclear|doubt|"
                        r"check|tell|know)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


#: After a date, what shows it modifies a noun: a possessive ("Tuesday's primary") or a noun right after it ("the
#: Aug. 30 primary", "his 2012 self"); a date that adverbs its clause is followed by punctuation, a preposition, a
#: conjunction or a pronoun ("if the strait reopens next week, we ...", "if there is a vote on Tuesday we need ...").
_ADVERBIAL_AFTER = re.compile(r"(?!['’]s\b|,\s+when\b)\s*(?:$|[,.;:!?)\]\"”’'—–-]|(?:and|or|but|to|at|in|on|for|with|by|from|then|when|as|if|than|"
                              r"so|because|after|before|until|the|a|an|he|she|it|they|we|you|i|this|that|which|who|"
                              r"would|will|could|might|may|is|are|was|were)\b)", re.IGNORECASE)


#: Before a date, a deadline: "by", "no later than" ("may end the deal if the sale has not completed by September 30":
#: the deadline is a date of the contract, told whatever happens).
_DEADLINE_BEFORE = re.compile(r"\b(?:by|no\s+later\s+than)\s+(?:the\s+)?$", re.IGNORECASE)


def in_condition(e: TemporalExpression, text: str, s0: int, dct: date | None) -> bool:
    """Whether ``e``, a date after the article's day ``dct``, stands in the condition of its sentence (opening at
    ``s0``): what happens only if it happens is no event ("Even if the channel reopens next week, we will need a
    month", "the grounding could cost 40 million euros if the jets stay parked until the end of October"). The
    condition runs from "if"/"unless" to the next clause break. Stay: a date after a relative or complement opener
    inside it ("if talks that begin on Monday fail"), one after an "if" that means "whether" ("not known if the arrest
    announced today ..."), one that modifies a noun (a scheduled event the condition is about: "if he loses next
    week's primary", "if Keel loses the Aug. 30 vote") or that a "when" clause after it dates ("unless hearings start
    on Sept. 6, when the Senate returns"), a deadline ("if the sale has not completed by September 30"), one after "as if" ("it seems as if we will agree by Saturday": a plan), and
    a past or present one (a fact the condition recalls: "if she wins, as she did in 2008", "the meaning of Thursday
    night's debate")."""
    if dct is None or e.date_start is None or e.date_start <= dct or _ADVERBIAL_AFTER.match(text, e.end) is None \
            or _DEADLINE_BEFORE.search(text, max(s0, e.start - 20), e.start):
        return False
    m = _CONDITION.search(text, max(s0, e.start - 160), e.start)
    return m is not None and _ASKING_IF.search(text, max(s0, m.start() - 30), m.start()) is None


#: Before a year or a month, a bound: "no other release planned before 2021", "had sold the stake before March" (what
#: happens before it happens in none of its days).
_BOUND_BEFORE = re.compile(r"\b(?:before|prior\s+to)\s+$", re.IGNORECASE)
_YEAR_OR_MONTH = re.compile(r"^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?|"
                            r"(?:19|20)\d\d)$")


#: The end of a period as a deadline: "by the end of September", "before the end of the month", "no later than the end
#: of the year", "by end-June".
_DEADLINE_END = re.compile(r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+$", re.IGNORECASE)
_PERIOD_END = re.compile(r"^(?:the\s+)?(?:end|close)\s+of\b|^end-", re.IGNORECASE)


#: A deadline in a clause of its own, "with" a noun then what is due: "said it would set up a compensation scheme, with
#: details to follow by the end of the month", "with a decision due before the end of the year".
_WITH_DUE_BEFORE = re.compile(r",\s+with\s+(?:[\w'’-]+\s+){1,4}?(?:to\s+(?:follow|come)|due|expected)\s+"
                              r"(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+$", re.IGNORECASE)


def end_deadline(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether ``e`` is the end of a coming period told as the deadline of a plan ("On Monday, Keel told staff it would
    shut 40 stores by the end of September", "wrote to the board on Thursday asking for a meeting before the end of the
    month") while another date of the sentence, up to the article's day, dates the telling: the plan happens any day
    up to that end, on none the text gives, and the sentence's event is the telling. A deadline that is the only date
    of its sentence stays ("Keel will shut 40 stores by the end of September": a plan placed on its deadline), and so
    do a coming day ("no later than Friday") and a deadline of its own clause, "with" what is due by it ("said it would
    set up a fund, with details to follow by the end of the month": the details are an event of that day)."""
    if not e.resolved or e.anchor is None or e.date_start is None or e.date_start <= e.anchor \
            or not _PERIOD_END.match(e.expression.strip()) or not _DEADLINE_END.search(text, max(0, e.start - 20), e.start):
        return False
    if _WITH_DUE_BEFORE.search(text, max(0, e.start - 80), e.start):
        return False
    return any(o is not e and o.resolved and o.eventful and o.date_end is not None and o.date_end <= e.anchor
               and o.kind != "after_event" and not _in_aside(text, o, e) for o in found)


#: The opening of an aside between commas: a relative clause or a participle ("The inquiry, which opened on Monday, is
#: due to report by the end of May", "The licence, granted on Friday, covers equipment due by the end of March").
_ASIDE_OPENS = re.compile(r",\s*(?:which|who|[a-z]{3,}ed|[a-z]{3,}en)\b", re.IGNORECASE)


def _in_aside(text: str, o: TemporalExpression, e: TemporalExpression) -> bool:
    """Whether the date ``o`` stands in an aside between commas (:data:`_ASIDE_OPENS`) closed before the deadline ``e``:
    the day of the aside's own event, not of a telling the deadline's plan belongs to."""
    if o.end > e.start:
        return False
    left = text.rfind(",", max(0, o.start - 80), o.start)
    if left < 0 or re.search(r"[.;:!?]\s", text[left:o.start]) or not _ASIDE_OPENS.match(text, left):
        return False
    return "," in text[o.end:e.start]


#: After "a week after"/"two days before": an indefinite noun phrase ("a cyberattack", "an outage"), up to the end of its
#: clause.
_INDEFINITE_EVENT = re.compile(r"\s+an?\s+(?P<np>[^,;:.!?()—–\n]{1,60}?)(?=\s*(?:[,;:.!?()—–\n]|$|\s(?:while|and|but|as|"
                               r"which|that|when|with)\b))", re.IGNORECASE)


#: A relative clause telling a past act of the event just named: " that wiped a sixth off its value", " which sank the
#: shares" (a past verb right after the relative pronoun, perhaps after an adverb).
_PAST_RELATIVE_AFTER = re.compile(r"\s+(?:that|which)\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|sent|sank|took|cut|hit|knocked|"
                                  r"shook|drove|wrote|tore|blew|led|left|broke|struck|spread)\b", re.IGNORECASE)


def unnamed_other_event(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether ``e``, "a week after" an event an indefinite noun phrase names with no verb ("leading gains on Monday
    after it restored its platform a week after a cyberattack"), dates that other event beside a day of the sentence's
    own: the event is named only in passing (no act, no day of its own), so the sentence is its main clause's, dated by
    that day. Not an event told by a clause ("two days after an explosion there killed five workers")."""
    if not e.basis.startswith(OTHER_EVENT) or not _RELATION_END.search(e.expression):
        return False
    m = _INDEFINITE_EVENT.match(text, e.end)
    if m is None or _finite_verb(text, m.start("np"), m.end("np")):
        return False
    if _PAST_RELATIVE_AFTER.match(text, m.end("np")):
        return False  # "five days after a profit warning that wiped a sixth off its value": an act told of it
    return any(o is not e and o.eventful and o.resolved and not o.basis.startswith(OTHER_EVENT) for o in found)


def dependent(e: TemporalExpression, found: list[TemporalExpression], text: str, sentence: str) -> bool:
    """An anchored expression that adds nothing: "X, a week before the selloff" right after another date (it
    describes that date), "N days after/before <event>" read from an earlier date of its sentence (it places that
    other event, not the sentence's), or one whose X has no date while the sentence carries a better-dated one."""
    if shouted_word(e, text):
        return True  # "READERS MAY ALSO ENJOY": no month
    if _YEAR_OR_MONTH.match(e.expression.strip()) and _BOUND_BEFORE.search(text, max(0, e.start - 12), e.start):
        return True  # "no other major release planned before 2021": the year bounds the plan, it is not its year
    if unnamed_other_event(e, found, text):
        return True  # "leading gains on Monday after it restored its platform a week after a cyberattack": Monday's
    if end_deadline(e, found, text):
        return True  # "told the town on Monday it would cut 280 jobs by the end of September": the telling's day
    if _COMPARISON_SINCE.search(text[max(0, e.start - 90) : e.start]) and not event_named(text, e) \
            and not last_time(e, found, text):
        return True  # "its worst day since June 2020": a yardstick, not an event ("since the 2016 merger" dates one)
    if record_yardstick(e, found, text):
        return True  # "fell 11.6%, its worst day since at least 2003": the record's yardstick
    if _DECADE_WORDS.search(e.expression) and e.resolved and (e.date_end - e.date_start).days > 3000 and any(  # type: ignore[operator]
            o is not e and o.resolved and not o.basis.startswith(ENTRY_STAMP) for o in found):
        return True  # "in the 1990s" beside another date of its sentence: background to that date's event
    if _NO_EVENT_BEFORE.search(text[max(0, e.start - 60) : e.start]):
        return True  # "notes due 2034" (a maturity), "originally set for June 9" (a date given up), a horizon
    if e.precision == "year" and _FORECAST_AFTER.match(text, e.end) and not _PREPOSITION_BEFORE.search(text, max(0, e.start - 12), e.start):
        return True  # "will set out its 2032 guidance in February", "withdrew its 2029 dividend": the period covered
    if e.kind != "after_event":
        return False
    others = [o for o in found if o is not e and o.eventful]
    if any(0 <= e.start - o.end <= 2 and text[o.end : e.start].strip() in (",", "") for o in others):
        return True
    if _RELATION_END.search(e.expression) and any(o.start == e.ref_start and o.start < e.start for o in others):
        return True  # "opened a probe on Wednesday, two days after Washington announced curbs": it places another event
    return e.ref_start is None and any(o.kind != "after_event" for o in others)


def referenced_dates(found: list[TemporalExpression], idle: set[int], text: str, s0: int) -> set[int]:
    """The starts of the dates X of one sentence (``found``, starting at ``s0``) that an anchored expression of it
    only refers to: X after it ("three days after the launch on March 3"), or X before a comparison's baseline
    ("swaps on Thursday priced a 30% chance of a hike at the April meeting, up from 9% a week earlier") when
    the sentence names another date. X before a date of another event stays ("announced on Friday and
    applies 30 days later"), and so does the only date of its sentence ("averaged $4.12 on Monday, up 3% from a
    week earlier")."""
    anchored = [
        e for e in found if e.ref_start is not None and e.kind == "after_event" and id(e) not in idle
        and e.ref_start >= s0
        and not any(o.start == e.ref_start and (o.date_start, o.date_end) == (e.date_start, e.date_end) for o in found)
    ]
    if not anchored:
        return set()
    baseline = yardsticks([e for e in found if id(e) not in idle], text)
    out = set()
    for e in anchored:
        others = [o for o in found if o is not e and o.start != e.ref_start and o.eventful and id(o) not in idle]
        if e.ref_start > e.start and _RELATION_END.search(e.expression) and _clause_after(text, e.end, e.ref_start):
            continue  # "slid for three days before they were delisted last Thursday": X's clause tells its own day
        if e.ref_start > e.start or (id(e) in baseline and others):  # type: ignore[operator]
            out.add(int(e.ref_start))  # type: ignore[arg-type]
    return out


#: A market move or a session's close: "shares added 3.7%", "stocks ended lower", "the market closed modestly higher".
_MARKET_MOVE = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)|\b(?:closed|ended|finished|opened|traded)\s+"
                          r"(?:[a-z]+\s+)?(?:higher|lower|up|down)\b", re.IGNORECASE)
#: The word that opens what a move came after: "dropped 6.7% on Thursday after ...", "its first rise since ...".
_CAUSE_OPENER = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
#: A verb of saying: "after the company said on Friday that it would cut prices" dates what was said, not an event.
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|commented|wrote|writes)\b",
                     re.IGNORECASE)
#: What ends the clause of that event before its date.
_CAUSE_BREAK = re.compile(r"[,;:()—–]|[.!?]\s")


def move_cause(e: TemporalExpression, found: list[TemporalExpression], text: str, s0: int) -> bool:
    """Whether the day ``e`` dates the event a market move of its sentence is told after or since: "shares added
    3.7% on Thursday, their first rise since the barge sank on Monday", "the index ended lower on Friday after
    Tuesday's tariff ruling", "climbed 7.5% on Friday after divers found the crew missing since last Monday's
    capsizing". The move is a result; the earlier event is an event of its own, dated by its own day (the gold of news
    timelines dates the cause, not only the session), so neither the one-date-a-sentence reading of a subordinate
    clause nor the back-reference of a possessive day drops it. Needs a move (a percentage or a close "higher"/"lower")
    before the opener, another date of the sentence later than ``e`` before the opener, and an event after it: a
    finite verb before the date ("since the barge sank on Monday") or an event noun after the date's possessive
    ("after Tuesday's ruling", not "since Friday's close"). Not a statement's day ("fell on Monday after the company
    said on Friday that ..."): the sentence keeps its main clause's date, the statement tells no event of its own."""
    if e.precision != "day" or not e.resolved or e.kind == "after_event":
        return False
    opener = None
    for m in _CAUSE_OPENER.finditer(text, s0, e.start):
        opener = m
    if opener is None or _CAUSE_BREAK.search(text, opener.end(), e.start) or e.start - opener.end() > 100:
        return False
    if not _MARKET_MOVE.search(text, s0, opener.start()) or _SAYING.search(text, opener.end(), e.start):
        return False  # "fell 17% on Monday after the company said on Friday that ...": the day of a statement
    if not any(o is not e and o.resolved and o.end <= opener.start() and o.date_start > e.date_end  # type: ignore[operator]
               for o in found):
        return False
    return event_named(text, e) or _finite_verb(text, opener.end(), e.start)
