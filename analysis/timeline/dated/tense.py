"""Tense and clause around an expression: the day a count of days is told from, a part of the trading day, an
anaphoric day ("the day before"), and whether a past quarter, season or year dates a past act, a plan or a target."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any

import pandas as pd

from analysis.lexicon import VERBS_PATH, move_words, verb_forms
from analysis.time.timex_calendar import WORKING_DAYS
from analysis.time.timex_context import is_future, past_in_clause
from analysis.time.timex_patterns import LEX
from analysis.timeline.dated.model import DAY_VALUE, OTHER_EVENT, TemporalExpression, precision_of
from analysis.timeline.dated.periods import COUNTED, FIGURE_BEFORE, SENTENCE_BREAK


#: A past verb right before the season's preposition, and the word before that verb ("report issued over the summer",
#: not "set to be released in the summer").
_VERB_BEFORE_SEASON = re.compile(r"([A-Za-z'’]+)\s+([A-Za-z]+)\s+(?:in|over|during)\s+$", re.IGNORECASE)
#: A word, a verb, its object of one, two or three words, then the season's preposition ("included mandatory meetings
#: over"): one pattern per length of the object, each anchored at the preposition.
_VERB_OBJECT_BEFORE_SEASON = tuple(re.compile(r"([A-Za-z'’]+)\s+([A-Za-z]+)\s+((?:[A-Za-z'’-]+\s+){%d})(?:in|over|during)\s+$" % n)
                                   for n in (1, 2, 3))
#: Words that end an object before a season: a clause or an infinitive opens ("said that ... in the fall", "decided to
#: run in the spring"), or a modal.
_OBJECT_STOPS = frozenset({"to", "that", "which", "who", "and", "or", "but", "when", "as", "if", "will", "would", "could",
                           "can", "may", "might", "should", "must", "be", "been", "is", "are", "was", "were"})


#: "a week after <event>", "four days before <event>", "two days ahead of <event>": the relation word then no date.
_RELATION_TO_EVENT = re.compile(r"\s+(?P<rel>after|before|ahead\s+of)\s+(?!(?:the\s+|last\s+|next\s+)?(?:[A-Z][a-z]+day|\d|"
                                r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))")


_SPAN_BEFORE = re.compile(r"\b(?:within|for|over|up\s+to|until)\s+(?:(?:about|around|roughly|some)\s+)?$", re.IGNORECASE)


#: At most this many days are counted back or forward from the sentence's day to another event.
MAX_EVENT_GAP_DAYS = 60


#: After "A week after <event>": its clause, a comma, then a main clause in the present ("insurers are still counting
#: the cost", "the stock remains 20% lower", "its finance chief insists the company can survive").
_PRESENT_MAIN = re.compile(r"[^,;:.!?\n]{1,140},\s+(?:[\w'’-]+\s+){0,6}?(?:is|are|has|have|remains?|stays?|looks?|stands?|"
                           r"sits?|trades?|seems?|says|insists|argues|believes|maintains|admits|concedes)\b"
                           r"(?![^.;!?\n]*\b(?:will|would|shall)\b)", re.IGNORECASE)


#: The main clause before an undated count of days ("It comes two days after ...", "Keel says its chief has quit, a day
#: after ..."): a verb in the present tells the article's day (the reference time of news prose in the present).
_PRESENT_TELLING = re.compile(r"\b(?:comes?|says?|is|are|falls?|lands?|arrives?|follows?)\b", re.IGNORECASE)


#: ... one in the past tells the day the sentence before it names ("Orvane's owners voted on Thursday. The vote came
#: three days after ..."); a modal, "to", a conditional or a relative clause tells no day.
_PAST_TELLING = re.compile(r"\b(?:came|was|were|followed|arrived|happened|[a-z]{3,}ed)\b", re.IGNORECASE)


#: A word: a main clause before a count ("It comes two days after ...") has one, an opening count none.
_WORDS = re.compile(r"[A-Za-z]{2,}")


#: (A "to" before a determiner, a name or a figure is a preposition, "spoke to Halden Wire", not an infinitive's.)
_NOT_TOLD = re.compile(r"\b(?:will|would|shall|should|could|can|may|might|must|if|until|unless|who|whom|whose|which)\b|"
                       r"\bto\b(?!\s+(?:the|a|an|its|their|his|her|our|my|this|that|these|those|(?-i:[A-Z0-9$€£])))|"
                       r"\b(?:more|less|fewer)\s+than\s+$|\b(?:nearly|almost|about|around|roughly|some|at\s+least|"
                       r"at\s+most|within|for|over)\s+$", re.IGNORECASE)


#: An approximate count ("more than a week after", "nearly two weeks after") places no day.
_APPROXIMATE = re.compile(r"(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|some|at\s+(?:least|most)|"
                          r"over|under|just\s+(?:over|under))\b", re.IGNORECASE)
#: The same words right before the count the tagger read without them: "a little over a week after" ("over a week").
_APPROXIMATE_BEFORE = re.compile(r"\b(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|some|"
                                 r"at\s+(?:least|most)|"
                                 r"(?:a\s+little|a\s+bit|slightly|just|well)\s+(?:over|under|more\s+than|less\s+than)|"
                                 r"over|under)\s+$", re.IGNORECASE)


#: A bound on a count, no count: "less than four weeks before", "more than a year later", "at least 10 days after",
#: "a little over a week after" (the tagger may read the count without its first words).
_BOUND = re.compile(r"(?:(?:less|more|fewer)\s+than|at\s+(?:least|most)|(?:(?:a\s+little|a\s+bit|slightly|just|well)\s+)?"
                    r"(?:over|under))\s+$", re.IGNORECASE)
_BOUND_OPENS = re.compile(r"^(?:(?:less|more|fewer)\s+than|at\s+(?:least|most)|over|under)\b", re.IGNORECASE)
#: A count of days, weeks, months or years (TIMEX3 "P4W", "P1Y"): not of hours or minutes, which keep their day.
_DAYS_OR_LONGER = re.compile(r"^P\d+(?:\.\d+)?[DWMY]$")


def bound_count(r: Any, text: str) -> bool:
    """Whether the timex row ``r`` is a count of days or longer that the text gives as a bound, not a number ("the fee
    begins less than four weeks before Black Friday", "more than a year later"): the other event lies somewhere
    within it, on no day or week the text settles. A bound of hours ("just over an hour later") keeps its day."""
    start = int(r.clean_start)
    return _DAYS_OR_LONGER.match(str(r.value)) is not None and (
        _BOUND_OPENS.match(str(r.text)) is not None or _BOUND.search(text, max(0, start - 24), start) is not None)


def _approximate(r: Any, text: str, start: int) -> bool:
    """Whether the count of the timex row ``r`` at ``start`` is approximate ("more than a week", "a little over a
    week", "nearly two weeks"): a bound, no number of days to count back or forward."""
    return _APPROXIMATE.match(str(r.text)) is not None or _APPROXIMATE_BEFORE.search(text, max(0, start - 24), start) is not None


#: A percentage figure: a move's size ("0.3%", "2.1 per cent", "4 percent").
_PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)


def session_move(clause: str) -> bool:
    """Whether ``clause`` tells a price move by a move verb and its figure ("the S&P/ASX 200 rose 0.3% as buyers
    returned", "Keel shares fell 4 per cent"), read with the share-move vocabulary of ``analysis/data/``."""
    verb_before = move_words().verb_before
    return any(verb_before.search(clause, 0, m.start()) is not None for m in _PERCENT.finditer(clause))


def _told_day(text: str, rows: list[Any], s: int, start: int, dct: date) -> tuple[date, str] | None:
    """The day of the main clause before an undated count of days at ``start`` (its sentence opening at ``s``), and
    what tells it: the article's day for a verb in the present ("The move comes two days after Keel's warning") and
    for a move told with no day of its own, the article's session ("The index rose 0.3% as buyers returned a day
    after the levy announcement"), the one day the sentence before names for another verb in the past ("Orvane's
    owners voted on Thursday. The vote came three days after Keel tabled its offer"); None for a modal, a
    conditional or an approximate count, or when the sentence before names no day, or one after the article's."""
    before = text[s:start]
    if _NOT_TOLD.search(_without_asides(before)):
        return None
    present, past = _PRESENT_TELLING.search(before), _PAST_TELLING.search(before)
    if present is not None and (past is None or present.start() < past.start()):  # the first verb is the main one
        return dct, "the article's day"
    if dct.weekday() < WORKING_DAYS and session_move(before):
        return dct, "the article's session"
    q = s
    while q > 0 and text[q - 1].isspace():
        q -= 1
    if past is None or q == 0:
        return None
    p = sentence_start(text, q - 1)
    days = {x.date_start for x in rows if p <= int(x.clean_start) and int(x.clean_end) <= s and x.type in ("DATE", "TIME")
            and x.date_start is not None and not pd.isna(x.date_start) and x.date_start == x.date_end
            and precision_of(str(x.value)) == "day" and x.date_start <= dct}
    if len(days) != 1:
        return _lead_day(text, rows, s, dct) if _THE_NEWS_CAME.match(before) else None
    return next(iter(days)), "the day of the sentence before"


#: A main clause that refers back to the story's news: "The move came", "The decision came", "Her resignation followed".
_THE_NEWS_CAME = re.compile(r"^\W*(?:the|this|that|his|her|its|their)\s+(?:move|decision|resignation|departure|"
                            r"announcement|appointment|exit|step|shake-?up|ouster|change)\s+(?:came|followed)\s+$",
                            re.IGNORECASE)


def _lead_day(text: str, rows: list[Any], s: int, dct: date) -> tuple[date, str] | None:
    """The article's day as the day of the story's news a main clause refers back to ("The move came two days after
    X demanded his departure", the sentence before naming no past day), when the first day the article names is its
    own (a dateline or lead of that day: "TORONTO, March 7 - X stepped down on Thursday"); else None."""
    first = min((x for x in rows if int(x.clean_end) <= s and x.type in ("DATE", "TIME") and x.date_start is not None
                 and not pd.isna(x.date_start) and x.date_start == x.date_end and precision_of(str(x.value)) == "day"),
                key=lambda x: int(x.clean_start), default=None)
    if first is None or first.date_start != dct:
        return None
    return dct, "the article's day, its lead's"


def counted_past_the_article(r: Any, text: str, start: int, dct: date | None) -> bool:
    """Whether the tagger read a timex row at ``start``, an undated count of days or weeks before another event ("a
    day after the levy announcement"), from a day an earlier sentence names, to a day after the article's, while the
    main clause before the count is told in the past or the present ("In Sydney, the index rose 0.3% as bargain
    hunters returned a day after the levy announcement" in an article of Wednesday: not Thursday, a day after the
    Wednesday an earlier sentence gave to another event). What a told clause tells has happened by the article's day,
    so the count is read from the main clause's own day instead (:func:`event_from_day`), or dates nothing. A plan
    ("will reopen a day after the inspection") keeps the tagger's day."""
    counted = COUNTED.match(str(r.value))
    if dct is None or r.date_start is None or pd.isna(r.date_start) or r.date_start <= dct:
        return False
    if r.type == "DATE" and str(r.anchor).startswith("text ") and _WEEK_AFTER.match(str(r.text)) \
            and _CLAUSE_AFTER.match(text, int(r.clean_end)):
        # "clients had withdrawn 1.8 billion francs in the week after it agreed to a settlement": the week after the
        # event its clause tells, not after the dateline's day (a week after the article, told in the past)
        s = sentence_start(text, start)
        return _NOT_TOLD.search(_without_asides(text[s:start])) is None \
            and is_future(text, start, int(r.clean_end)) is False
    if r.ref_start is None or pd.isna(r.ref_start) or r.type != "DURATION" or counted is None \
            or counted.group("unit") not in ("D", "W") or _RELATION_TO_EVENT.match(text, int(r.clean_end)) is None:
        return False  # (not "a week later", "hours after": no count of days before another event)
    s = sentence_start(text, start)
    return int(r.ref_start) < s and _WORDS.search(text, s, start) is not None \
        and _NOT_TOLD.search(_without_asides(text[s:start])) is None \
        and is_future(text, start, int(r.clean_end)) is False  # (an opening count's main clause follows it: left alone)


#: "the week after", "the day before": a timex that counts from an event named right after it.
_WEEK_AFTER = re.compile(r"^(?:the\s+)?(?:day|week|month)\s+(?:after|before)$", re.IGNORECASE)
#: After such a timex, a clause telling the event: a pronoun or a name, then a verb in the past ("it agreed to",
#: "Keel said").
_CLAUSE_AFTER = re.compile(r"\s+(?:it|they|he|she|we|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+[a-z]{2,}ed\b")
#: A relative clause set off by commas ("Roe, who joined the company in 2019, spoke ..."): an aside of the subject,
#: not the main clause's mood.
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;:]*,")


def _without_asides(part: str) -> str:
    """``part`` of a sentence with its relative asides between commas taken out."""
    return _RELATIVE_ASIDE.sub(",", part)


#: After "N days after", an event noun phrase told in the past: "a profit warning that wiped ...", "the fire that
#: destroyed ...", "its shares were suspended" (a past verb in the clause that follows).
_PAST_EVENT_AFTER = re.compile(r"[^,;:.!?\n]{0,60}?\b(?:was|were|had|[a-z]{3,}ed)\b", re.IGNORECASE)


#: A dot of an abbreviation inside a name, not a sentence's end: "the U.S. Securities and Exchange Commission",
#: "Mr. Roe" (the next word capitalised and no word that opens a sentence: "sold in the U.S. The plant ..." ends one).
_NAME_DOT = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St)\.)\s(?=[A-Z])(?!(?:The|A|An|It|Its|He|She|They|We|This|That|"
                       r"These|Those|In|On|At|But|And|Shares|Some|Others?)\b)")


def _no_break(text: str, a: int, b: int) -> bool:
    """Whether no sentence ends between ``a`` and ``b`` of ``text`` (:data:`SENTENCE_BREAK`, but not at a dot of an
    abbreviation inside a name: :data:`_NAME_DOT`)."""
    for m in SENTENCE_BREAK.finditer(text, a, b):
        dot = text.rfind(".", a, m.end())
        n = _NAME_DOT.search(text, max(a, dot - 12))
        if n is None or n.end() != m.end():
            return False
    return True


def event_from_day(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """"Keel said on Monday ..., a week after Orvane's trial failure", "asked to delay the vote on June 2, four days
    before it was held": the other event is that many days before (after) the day its sentence names before
    it, for a timex row that is such an undated count of days or weeks, or one the tagger read from the day right
    before it ("on June 2, four days before ..." describes June 2 from the other event), else None. (Not a count
    the tagger dates from a day after it: "two weeks after March 3".)"""
    counted = COUNTED.match(str(r.value))
    start, end = int(r.clean_start), int(r.clean_end)
    dated = r.date_start is not None and not pd.isna(r.date_start)
    appositive = dated and r.ref_start is not None and not pd.isna(r.ref_start) and any(
        int(x.clean_start) == int(r.ref_start) and text[int(x.clean_end):start].strip() == "," for x in rows)
    # "OSLO, June 4 - The bridge reopened on Thursday, six days after a barge struck it": the tagger read the
    # count from an earlier day of the same sentence, which is the sentence's own day, not the other event's
    same_sentence = dated and r.ref_start is not None and not pd.isna(r.ref_start) and int(r.ref_start) < start \
        and _no_break(text, int(r.ref_start), start)
    appositive = appositive or same_sentence or (dated and counted_past_the_article(r, text, start, dct))
    if r.type != "DURATION" or counted is None or counted.group("unit") not in ("D", "W") or (dated and not appositive):
        return None  # the tagger's own "two weeks after March 3"; but "on June 2, four days before it was held"
    rel = _RELATION_TO_EVENT.match(text, end)
    if rel is None or _SPAN_BEFORE.search(text, max(0, start - 16), start):
        return None  # "within 30 days after the ruling": a deadline, no gap between two events
    days = int(str(r.value)[1:-1].lstrip("T")) * (7 if counted.group("unit") == "W" else 1)
    if not 1 <= days <= MAX_EVENT_GAP_DAYS:
        return None
    named = [
        x for x in rows if int(x.clean_end) <= start and x.type in ("DATE", "TIME") and x.date_start is not None
        and not pd.isna(x.date_start) and x.date_start == x.date_end and precision_of(str(x.value)) == "day"
        and _no_break(text, int(x.clean_end), start)
    ]
    sign = -1 if rel.group("rel").lower() == "after" else 1
    expression = text[start:rel.end("rel")]
    if not named:
        # "Two weeks after the plant fire, insurers are still counting the cost": the main clause tells the present, the
        # article's day, and the other event is that long before it (only the sentence's opening, no other date)
        s = sentence_start(text, start)
        stop = SENTENCE_BREAK.search(text, rel.end())
        s_end = stop.start() if stop else len(text)
        if dct is not None and text[s:start].strip(" \t\"“'‘(") and not any(
                s <= int(x.clean_start) < s_end and x is not r and x.type in ("DATE", "TIME") for x in rows):
            told = None if _approximate(r, text, start) else _told_day(text, rows, s, start, dct)
            # "The vote came three days after Keel tabled its offer": that many days from the main clause's day
            if told is None:
                return None
            day = told[0] + timedelta(days=sign * days)
            return TemporalExpression(expression, start, rel.end("rel"), day, day, "day", "relative",
                                      f"{OTHER_EVENT} {expression.lower()} the event, told from {told[1]} "
                                      f"({told[0].isoformat()})", dct)
        if dct is None or rel.group("rel").lower() != "after" or text[s:start].strip(" \t\"“'‘(") \
                or any(s <= int(x.clean_start) < s_end and x is not r for x in rows) \
                or not _PRESENT_MAIN.match(text, rel.end(), s_end):
            return None
        day = dct - timedelta(days=days)
        return TemporalExpression(expression, start, rel.end("rel"), day, day, "day", "relative",
                                  f"{OTHER_EVENT} {expression.lower()} the event, told from the article's day "
                                  f"({dct.isoformat()})", dct)
    if _approximate(r, text, start):
        return None  # "said on Tuesday ..., a little over a week after an outbreak sickened hundreds": no day of it
    x = max(named, key=lambda x: int(x.clean_start))
    if dct is not None and x.date_start + timedelta(days=sign * days) > dct and _PAST_EVENT_AFTER.match(text, rel.end()):
        # "said on Monday it would raise prices from Jan. 2, five days after a profit warning that wiped a sixth off its
        # value": an event told in the past is no later than the article; counted from the day of the saying, not the plan's
        past = [o for o in named if o.date_start + timedelta(days=sign * days) <= dct]
        x = max(past, key=lambda o: int(o.clean_start)) if past else x
    day = x.date_start + timedelta(days=sign * days)
    return TemporalExpression(expression, start, rel.end("rel"), day, day, "day", "relative",
                              f"{OTHER_EVENT} {expression.lower()} the event of {str(x.text)!r} ({x.date_start})", dct)


#: A part of the trading day: "in midday trading", "in the morning", "in late-morning deals".
_PART_OF_DAY = re.compile(r"^(?:the\s+)?(?:(?:early|late)[\s-]+|mid-?)?(?:morning|midday|noon|lunchtime|afternoon)$", re.IGNORECASE)


_TRADING_AFTER = re.compile(r"\s+(?:trading|trade|deals|session)\b", re.IGNORECASE)


def session_part(r: Any, text: str, dct: date | None, rows: list[Any]) -> TemporalExpression | None:
    """"Shares dipped 0.7% in midday trading", "fell as much as 6% in the morning": a part of the trading day told
    of a move, with no day of its own, is the article's session (its publication day, a weekday), not the day an
    earlier sentence named (which the tagger reads it from), for such a timex row, else None."""
    if dct is None or dct.isoweekday() > WORKING_DAYS or r.type != "TIME" or not str(r.anchor).startswith("text ") \
            or not _PART_OF_DAY.match(str(r.text)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    if FIGURE_BEFORE.search(text, max(0, start - 80), start) is None and _TRADING_AFTER.match(text, end) is None:
        return None
    if any(int(x.clean_end) <= start and x.type in ("DATE", "TIME") and SENTENCE_BREAK.search(text, int(x.clean_end), start) is None
           for x in rows):
        return None  # "On Friday, Keel rose 5% in the morning": the morning of the sentence's own day
    return TemporalExpression(str(r.text), start, end, dct, dct, "day", "relative",
                              f"a part of the article's session, {dct.isoformat()} (TIMEX3 {r.value})", dct)


def past_anaphor(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """"The union leader said she had met the owners the day before": an anaphoric day the tagger read from the
    last date stated before it, when that date is still to come ("the night shift would stop from June 29"), in a
    clause told in the past, is read instead from the last day stated before it that is not after the publication
    date (a past event counts from a past reference time, never from a plan); for such a timex row, else None."""
    anchor = str(r.anchor)
    if dct is None or r.type != "DATE" or not anchor.startswith("text ") or not DAY_VALUE.match(anchor[5:]) \
            or r.date_start is None or pd.isna(r.date_start) or r.date_start != r.date_end or r.date_start <= dct \
            or not DAY_VALUE.match(str(r.value)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    s = sentence_start(text, start)
    if is_future(text, start, end) or not past_in_clause(text, s, start):
        return None
    told = date.fromisoformat(anchor[5:15])
    if told <= dct:
        return None
    past = [x for x in rows if int(x.clean_end) <= start and x.type == "DATE" and DAY_VALUE.match(str(x.value))
            and x.date_start is not None and not pd.isna(x.date_start) and x.date_start == x.date_end
            and x.date_start <= dct and x is not r]
    if not past:
        return None
    x = max(past, key=lambda x: int(x.clean_start))
    day = x.date_start + (r.date_start - told)
    return TemporalExpression(str(r.text), start, end, day, day, "day", "relative",
                              f"relative to the last past date stated earlier in the text, {x.date_start} "
                              f"(not the coming {told}) (TIMEX3 {r.value})", dct)


#: A modal of the future or of a report about it ("will", "would"): what a past verb after it tells is past again.
_MODAL = re.compile(r"(?<![\w'])(?:will|would|shall|'ll)(?![\w'])", re.IGNORECASE)


_IN_BEFORE = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)


#: A figure in a clause: a percentage, an amount or a quantity ("fell 17%", "$4 billion", "2.75 million tonnes").
_ANY_FIGURE = re.compile(r"\d")


#: A count of things, told of a past act in the period as a figure is ("cut 300 jobs", "shipped 2.5 million tonnes").
_COUNT = re.compile(r"\b\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+[a-z]+s\b")


#: A year standing alone ("for the first time since 2023", "the 2019 listing"): a date, not a figure of the period.
_YEAR_WORD = re.compile(r"(?<![\d.,$€£])\b(?:1[89]|20)\d\d\b(?![\d.,]\d|\s*(?:%|percent\b|per\s+cent\b))")


def _figure_in(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` holds a digit other than a count of things (:data:`_COUNT`) or a year."""
    counts = [(m.start(), m.end()) for m in _COUNT.finditer(text, begin, end)]
    counts += [(m.start(), m.end()) for m in _YEAR_WORD.finditer(text, begin, end)]
    return any(not any(a <= d.start() < b for a, b in counts) for d in _ANY_FIGURE.finditer(text, begin, end))


#: The end of a clause, not a thousands comma or a decimal point ("1,200 units", "2.5 million").
_CLAUSE_END = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?\n]|\s[-–—]\s")


def _clause_span(text: str, start: int, end: int, stop: re.Pattern[str]) -> tuple[int, int]:
    """Where the clause of ``text[start:end]`` begins (after the last clause break of its sentence before it) and
    ends (at the first match of ``stop`` after it, else the text's end)."""
    sentence = sentence_start(text, start)
    begin = sentence
    for found in _CLAUSE_END.finditer(text, sentence, start):
        begin = found.end()
    after = stop.search(text, end)
    return begin, after.start() if after else len(text)


def past_action(text: str, start: int, end: int, placed: bool = True) -> bool:
    """Whether the past quarter or half at ``text[start:end]``, after "in" or "during", is when a past act happened
    ("the group sold its ferry arm in the third quarter", "the plant was shut during the second half") rather than the
    period of a reported figure ("profit fell 17% in the fourth quarter"): a past verb (not one of saying) in its
    clause and no figure in the clause, or, the period set off by a comma after it, a past act in the clause after it
    (:func:`_act_after`)."""
    if placed and not _IN_BEFORE.search(text, max(0, start - 10), start):
        return False  # (``placed`` False: an expression with no "in" of its own, as "earlier this year")
    if _OPENS_SENTENCE.fullmatch(text, sentence_start(text, start), start) and _FRONTED_AFTER.match(text, end) is None \
            and _act_after(text, _SPACES.match(text, end).end()):  # type: ignore[union-attr]
        return True  # "In the first quarter of 2024 Ambrose recalled 800,000 pumps": fronted with no comma, then the act
    begin, clause_end = _clause_span(text, start, end, _CLAUSE_END)
    if _figure_in(text, begin, start) or _figure_in(text, end, clause_end):
        return False
    fronted = _FRONTED_AFTER.match(text, end)
    if fronted is not None and _act_after(text, fronted.end()):
        return True  # "During the third quarter, the group bought a plant"
    return (any(not _STATE_VERB.fullmatch(w.group(0)) and not w.group(0)[0].isupper()
                for w in _PAST_ACT.finditer(text, begin, start)) and past_in_clause(text, begin, start, reporting=False, names=False)) \
        or _bare_past(text, begin, start)


#: Words before a bare verb form that make it no past: an infinitive, a modal, a determiner (a noun: "a cut"), a negation.
_NOT_PAST_BEFORE = frozenset({
    "to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "do", "does", "did", "not",
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "any", "no", "each", "every",
})


_WORD_RUN = re.compile(r"[A-Za-z'’]+")


@functools.lru_cache(maxsize=1)
def same_past_verbs() -> frozenset[str]:
    """Event verbs whose past is their bare form ("cut", "shut", "set", "hit") in ``analysis/data/event_verbs.csv``."""
    return frozenset(lemma for lemma, v in verb_forms().items() if v.lemma == lemma and lemma in _bare_pasts())


@functools.lru_cache(maxsize=1)
def _bare_pasts() -> frozenset[str]:
    import csv

    with VERBS_PATH.open(encoding="utf-8") as fh:
        return frozenset(r["lemma"].strip().lower() for r in csv.DictReader(fh) if r["lemma"].strip().lower() == r["past"].strip().lower())


def _bare_past(text: str, begin: int, start: int) -> bool:
    """Whether the clause ``text[begin:start]``, before a past quarter or half, holds a verb whose past is its bare
    form, used as a finite verb: "the insurer last set aside reserves in the third quarter of 2023", "the plant
    shut in the second half" (a past period: the bare form is its past). Not after "to", a modal or a determiner ("plans to
    cut", "a cut"), nor capitalised (a name), nor as the third person would be ("cuts" is present)."""
    words = [(m.group(0), m.start()) for m in _WORD_RUN.finditer(text, begin, start)]
    verbs = same_past_verbs()
    for k, (w, _) in enumerate(words):
        if w.lower() in verbs and not w[0].isupper() and k > 0 and words[k - 1][0].lower() not in _NOT_PAST_BEFORE:
            return True
    return False


#: A comma right after the period: the phrase is fronted or set off ("During the third quarter, the group bought ...",
#: "the chief who, in the third quarter of 2022, signed the order"); the act is told in the clause after it.
_FRONTED_AFTER = re.compile(r"\s*,\s*")


#: Only "In" or "During" between the sentence's start and the period: it opens the sentence.
_OPENS_SENTENCE = re.compile(r"\W*(?:in|during)\s+", re.IGNORECASE)


_SPACES = re.compile(r"\s*")


#: An amount or a percentage: the period of a reported figure ("In the third quarter, it charged $46 million").
AMOUNT = re.compile(r"[$€£¥]\s?\d|\d\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|bn|mn)\b)", re.IGNORECASE)


#: The end of a clause, not a decimal point or a thousands comma ("2.5 million", "1,500").
_CLAUSE_STOP = re.compile(r"[,.](?!\d)|[;:!?\n]|\s[-–—]\s")


#: What may stand between the period and the act's verb: its subject, a few words, no clause opener and no noun of a
#: period ("In the year-ago quarter, the second quarter ended Oct. 31, ..." is the quarter's gloss).
_SUBJECT_WORDS = re.compile(r"(?:[\w.'’&-]+\s+){0,6}?$")


_NOT_SUBJECT = re.compile(r"\b(?:that|which|who|when|where|while|as|if|because|quarter|half|year|month|week|period|"
                          r"given|compared|including)\b", re.IGNORECASE)


#: Past participles that are no past tense: never the act's verb ("a worry given that ...").
_PARTICIPLE_ONLY = frozenset({"given", "taken", "shown", "known", "seen", "done", "written", "driven", "chosen", "spoken",
                              "broken", "fallen", "risen", "grown", "drawn", "thrown", "begun", "gone", "been"})


def _act_after(text: str, begin: int, amounts: bool = False) -> bool:
    """Whether the clause from ``begin`` (after a fronted or set-off period) tells a past act: its subject (a few
    words, no clause opener, no noun of a period) then a past verb that is not one of a state or of saying, in lower
    case, and no amount or percentage in the clause."""
    stop = _CLAUSE_STOP.search(text, begin)
    clause_end = stop.start() if stop else len(text)
    if not amounts and AMOUNT.search(text, begin, clause_end):
        return False  # (``amounts``: an amount is an act's object, as "made a $15-a-share offer", not a period's figure)
    verb = next((w for w in _PAST_ACT.finditer(text, begin, clause_end) if w.group(0).lower() not in _PARTICIPLE_ONLY),
                None)
    if verb is None or _STATE_VERB.fullmatch(verb.group(0)) or verb.group(0)[0].isupper():
        return False
    subject = text[begin:verb.start()]
    return _SUBJECT_WORDS.fullmatch(subject) is not None and not _NOT_SUBJECT.search(subject) \
        and past_in_clause(text, begin, clause_end, reporting=False, names=False)


#: Past verbs of a state, not an act: "orders were slow in the third quarter" tell the period of a condition.
#: Verbs of saying tell when something was said, not what was done in the quarter.
_STATE_VERB = re.compile(r"(?:was|were|had|did|seemed|remained|stayed|looked|appeared|felt|said|told|reported|added|"
                         r"noted|stated|explained|confirmed|disclosed|announced|warned|expected|estimated)", re.IGNORECASE)


_PAST_ACT = re.compile(r"\b(?:\w+ed|" + "|".join(LEX["past_verbs_before"]) + r")\b", re.IGNORECASE)


#: Verbs of a figure's change: with one, "earlier this year" is the period of a figure ("sales rose 4% earlier this year").
_CHANGE_VERB = re.compile(r"\b(?:rose|fell|grew|gained|lost|climbed|jumped|dropped|declined|slid|slipped|surged|soared|"
                          r"slumped|plunged|tumbled|increased|decreased|earned|posted|reported|risen|fallen|grown)\b",
                          re.IGNORECASE)


#: A verb of saying right before "earlier this year" and its complement right after ("Acme said earlier this year that
#: it was looking for a buyer"): the phrase dates the saying, as "said on Monday that" does.
_SAYING_BEFORE = re.compile(r"\b(?:said|announced|disclosed|confirmed|revealed|stated|warned|signall?ed|indicated|"
                            r"told\s+(?:[\w'’]+\s+){1,3}?)\s*$", re.IGNORECASE)


_COMPLEMENT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)


def earlier_this_year_act(text: str, start: int, end: int) -> bool:
    """Whether "earlier this year" (or a past season, "over the summer") at ``text[start:end]`` dates a past act told
    in its clause: fronted ("Earlier this year, the board adopted a rights plan"), between the subject and its verb
    ("the group earlier this year opened a plant") or after the verb with no figure ("the lender sold its card arm
    earlier this year"). Not with a verb of a figure's change (the year so far of a figure), nor of saying or of a
    state ("said sales had risen earlier this year"), unless the phrase stands between a verb of saying and its
    "that" ("said earlier this year that ..."): then it dates the saying."""
    if _SAYING_BEFORE.search(text, max(0, start - 40), start) and _COMPLEMENT_AFTER.match(text, end):
        return True  # "Kaiyo said earlier this year that it was looking for acquisitions": the saying's date
    begin, clause_end = _clause_span(text, start, end, _CLAUSE_STOP)
    if _CHANGE_VERB.search(text, begin, start) or _CHANGE_VERB.search(text, end, clause_end):
        return False
    fronted = _FRONTED_AFTER.match(text, end) or _SPACES.match(text, end)
    after = fronted.end()
    if _act_after(text, after, amounts=True):
        return True  # "Earlier this year, the board adopted ...", "the group earlier this year opened ..."
    return past_action(text, start, end, placed=False)


def season_act(text: str, start: int, end: int) -> bool:
    """Whether a season named without its year at ``text[start:end]`` dates a past act: fronted, the act told after
    its comma ("Over the summer, rivals offered deeper discounts"), or a past verb right before its preposition
    ("a report issued over the summer", "the numbers changed over the summer"), not after "be", "to" or a modal
    ("is set to be released in the summer"). The tagger reads a bare season back to the last one gone, so anything
    less (a plan, "winning in the fall") would be dated to the wrong year."""
    fronted = _FRONTED_AFTER.match(text, end)
    if fronted is not None and _act_after(text, fronted.end(), amounts=True):
        return True
    m = _VERB_BEFORE_SEASON.search(text, max(0, start - 60), start)
    if (m is not None and _PAST_ACT.fullmatch(m.group(2)) is not None and not _STATE_VERB.fullmatch(m.group(2))
            and m.group(2).lower() not in _PARTICIPLE_ONLY and m.group(1).lower() not in _NOT_PAST_BEFORE | {"be"}):
        return True
    # the past verb and its object: "a campaign that included mandatory meetings over the summer", "joined the board
    # in the spring" (no "-ing" word or infinitive between: "had trouble winning in the fall" is still ahead)
    for pattern in _VERB_OBJECT_BEFORE_SEASON:
        m = pattern.search(text, max(0, start - 80), start)
        if m is None or any(w.lower().endswith("ing") or w.lower() in _OBJECT_STOPS for w in m.group(3).split()):
            continue
        if (_PAST_ACT.fullmatch(m.group(2)) is not None and not _STATE_VERB.fullmatch(m.group(2))
                and m.group(2).lower() not in _PARTICIPLE_ONLY
                and m.group(1).lower() not in (_NOT_PAST_BEFORE - {"that"}) | {"be"}):
            return True
    return False


def past_after_modal(text: str, start: int) -> bool:
    """"Pensioners would keep the bonus under the deal signed with the trustees in 2021": a past verb after the
    last "will"/"would" of the sentence, before ``start``, tells its own past event (the year its date), whatever the
    modal says of the main clause. ("In 1926, we will open two plants" has none: a garbled year.)"""
    s = sentence_start(text, start)
    cue = None
    for cue in _MODAL.finditer(text, s, start):
        pass
    return cue is not None and past_in_clause(text, cue.end(), start, reporting=False, names=False)


#: A participle opening an aside set off by commas, right before "in" and the year ("SIE's mobile unit, set up in
#: 2021, will be folded into ...", "the plant, built in 1998, will close").
_ASIDE_PARTICIPLE = re.compile(r",\s+(?:[a-z]{3,}ed|set\s+up|built|bought|founded|begun|made|won|held|sold|taken|"
                               r"written|grown|run|chosen|drawn|spun\s+off)\s+in\s+$")
#: The aside closes right after the year.
_ASIDE_CLOSES = re.compile(r"\s*,")


def past_aside(text: str, start: int, end: int) -> bool:
    """Whether the past year at ``text[start:end]`` closes an aside that opens with a past participle and is set off
    by commas ("SIE's mobile unit, set up in 2021, will be folded into Revontuli"): the aside tells its own past
    event, whatever the main clause's future says."""
    return _ASIDE_PARTICIPLE.search(text, max(0, start - 24), start) is not None and _ASIDE_CLOSES.match(text, end) is not None


#: A present of a schedule right before "in" and a year ("The story begins in 2011", "the saga starts in 1998"): with a
#: past year it is the narrative present of a feature, no plan.
_NARRATIVE_PRESENT = re.compile(r"\b(?:begins|starts|opens|ends|closes)\s+in\s+$", re.IGNORECASE)


def narrative_present(text: str, start: int, end: int) -> bool:
    """Whether the past year at ``text[start:end]`` is read as ahead only for a present of a schedule right before it
    (:data:`_NARRATIVE_PRESENT`): with that verb blanked out, its clause no longer speaks of the future."""
    m = _NARRATIVE_PRESENT.search(text, max(0, start - 16), start)
    if m is None:
        return False
    verb_end = m.start() + len(m.group(0).split()[0])
    blanked = text[:m.start()] + " " * (verb_end - m.start()) + text[verb_end:]
    return not is_future(blanked, start, end)


#: A verb or noun of a goal, then "by" right before the date: the year a target is set for.
_TARGET_BY = re.compile(r"\b(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|goals?|pledged?|pledges|committed|commits?|vowed|promised|"
                        r"intends?|intended)\b[^.;:!?\n]{0,120}\bby\s+$", re.IGNORECASE)


#: A word after the year that makes it a modifier of a noun ("by 2030 levels"); not a word joining the next clause or
#: phrase ("a contract that runs to 2030 and accounts for 4% of revenue").
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|as|when|while|which|where|after|before|for|with|from|at|on|in|of|if|under|"
                         r"amid|because|unless|than|though|although|despite)\b)[a-z]")


#: A verb of a forecast, its object, then "to" and a verb, then "in" right before the date: "the insurer expected the
#: merger to lift profit in 2031", "sees the plant opening ... in": the year the forecast event is to happen.
_FORECAST_TO = re.compile(r"\b(?:expects?|expected|forecasts?|predicts?|predicted|projects?|projected)\s+"
                          r"(?:[\w'’-]+\s+){1,5}?to\s+[a-z]{3,}\b[^.;:!?\n]{0,80}?\bin\s+$", re.IGNORECASE)


#: A verb of a term's end right before the date, perhaps with "in": "licences that expire in 2027", "permits that lapse
#: next year", "bonds maturing in 2030", "leases that run to 2031", "a deal that runs until 2029".
_TERM_ENDS = re.compile(r"\b(?:expir(?:e|es|ing)|laps(?:e|es|ing)|matur(?:e|es|ing)|run(?:s|ning)?\s+(?:out\s+)?"
                        r"(?:to|until|till|through|into))\s+(?:in\s+)?$"
                        # a date moved to a year: "whose grid connection has slipped to 2026", "extended its credit
                        # facility to 2028", "the launch was pushed back to 2031": the year the event now falls in
                        r"|\b(?:slipp(?:ed|ing)|slips?|pushed\s+back|delayed|postponed|deferred|extend(?:ed|s|ing)?)\b"
                        r"(?:\s+[\w'’-]+){0,5}?\s+to\s+$", re.IGNORECASE)


def target_year(text: str, start: int, end: int) -> bool:
    """"Keel Motors pledged in May to sell only electric cars by 2030": a coming year after "by" in a clause
    that sets a goal is the year of that plan, whatever the tense of the report (the sentence's start bounds the
    search), and so is one after "in" that a forecast's "expected X to <verb>" dates ("said it expected the merger
    to lift profit in 2031"), and one right after a verb of a term's end (:data:`_TERM_ENDS`: "licences that expire
    in 2027", "leases that run to 2031"), a fixed date told in the present, or of a date moved to it ("the grid
    connection has slipped to 2026"). Not a year that modifies a noun ("by 2030 levels")."""
    s = sentence_start(text, start)
    return (_TARGET_BY.search(text, max(s, start - 160), start) is not None
            or _FORECAST_TO.search(text, max(s, start - 160), start) is not None
            or _TERM_ENDS.search(text, max(s, start - 30), start) is not None) and _NOUN_AFTER.match(text, end) is None


def sentence_start(text: str, at: int) -> int:
    """The start of the sentence holding offset ``at`` (after the last sentence break before it)."""
    s = max(0, at - 300)
    last = None
    for last in SENTENCE_BREAK.finditer(text, s, at):
        pass
    return last.end() if last is not None else s
