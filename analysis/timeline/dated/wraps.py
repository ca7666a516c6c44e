"""The undated sentences of a market report that tell the report's own session.

A same-day market report names its day once ("Shares of X fell 18% on Tuesday") and goes on without it: "The
benchmark 10-year yield fell to 4.65%.", "Wall Street was little changed.", "The pound weakened 1.1% against the
dollar." Those sentences tell the session of the article's day. :func:`session_wraps` dates them so: a sentence with
no date of its own, told in the simple past with a verb of a price move ("rose", "slid", "weakened", "closed at")
whose subject names a market (shares, a yield, an index, a currency, futures, prices; not "Net income fell 16%") or
with a level word ("was little changed", "was flat"), in a report of its day (its lead tells of its publication day
or of the day before, as the report's acts are read: :func:`analysis.timeline.dated.acts.report_day`; else a look
back), on a weekday, where the last day or week a sentence of a price move (or a figure in percent) named before it
is that day too. A sentence whose only dates come after its verb and measure the move is one of them too: a
yardstick ("its steepest fall since March 2020", "for the first time since 1985"), a baseline ("down from a closing
high of $347.51 on Jan. 27") or an earlier move ("after losing a third of their value on Monday"), when those dates
are before the report's day. Left alone: a sentence with a perfect, a modal or a quotation, a span ("since", "so
far", "over the") before any such yardstick, a subordinate clause before the verb ("which fell", "after it rose").
The vocabulary is in ``analysis/data/event_sessions.json``.
"""

from __future__ import annotations

import functools
import json
import re
from bisect import bisect_right
from datetime import date

from analysis import config
from analysis.lexicon import move_words
from analysis.timeline.dated.acts import report_day
from analysis.timeline.dated.model import TemporalExpression

SESSIONS_PATH = config.PACKAGE_DIR / "data" / "event_sessions.json"
#: The basis of a session read from the report's day.
SESSION_WRAP = "the report's session: an undated price move told in the past in a report of its publication day"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the move verb or level phrase, a market noun, what leaves a sentence alone, an auxiliary before the verb),
    from the data file."""
    words = json.loads(SESSIONS_PATH.read_text(encoding="utf-8"))
    alt = lambda key: "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words[key]), key=len, reverse=True))  # noqa: E731
    verb = re.compile(rf"\b(?:(?P<move>{alt('move_verbs')})|(?:was|were)\s+(?P<level>{alt('level_phrases')}))\b")
    noun = re.compile(rf"\b(?:{alt('market_nouns')}|{alt('currencies')})s?\b", re.IGNORECASE)
    skip = re.compile(rf"\b(?:{alt('leave_alone')})\b|[\"“”]", re.IGNORECASE)
    aux = re.compile(rf"\b(?:{alt('auxiliaries')})\b", re.IGNORECASE)
    return verb, noun, skip, aux


#: A word opening a subordinate clause, before the sentence's verb: the verb is then the clause's, not the sentence's.
_SUBORDINATE = re.compile(r"\b(?:which|that|who|whose|when|after|before|as|since|while|if|because|until|where)\b",
                          re.IGNORECASE)
#: A non-restrictive relative clause between commas inside the subject: ", which sells ready meals,".
_ASIDE = re.compile(r",\s*(?:which|who)\b[^,]*,\s*", re.IGNORECASE)
#: A change in percent: a sentence with one tells a move ("lost 2.4 percent on Thursday and Friday combined").
_FIGURE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
#: A date after the move's verb that only measures the move or tells what came before it: a yardstick ("its lowest
#: close since February 12", "for the first time since 1985", "more than its close on June 23"), a baseline ("down from
#: a high of $347.51 on Jan. 27") or an earlier move ("after jumping 8.5% on Friday", "extending Friday's fade").
_MEASURE = re.compile(r"\b(?:since|than|from|after\s+\w+ing|extending|following|on\s+top\s+of)\b", re.IGNORECASE)


def _measured(sentence: str, verb_end: int, at: int) -> bool:
    """Whether the date at offset ``at`` of ``sentence`` comes after the move's verb (ending at ``verb_end``) behind a
    word that makes it a yardstick, a baseline or an earlier move (:data:`_MEASURE`), in the same clause part."""
    return at >= verb_end and _MEASURE.search(sentence, verb_end, at) is not None


#: A phrase opening the sentence before its subject: a place ("In Tokyo,", "Here in London,") or a connective
#: ("Meanwhile,", "Elsewhere,"). The subject is read after it.
_OPENER = re.compile(r"^(?:(?:Here\s+)?(?:In|On|At|Across)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}|"
                     r"Meanwhile|Elsewhere|Separately|Overall|Still|Also),\s+")


def _names_a_market(subject: str, noun_re: re.Pattern[str]) -> bool:
    """Whether ``subject`` names a market: a market noun of the data file ("shares", "the benchmark yield", "the
    pound") or a stock index by its name (the curated move words: "the Nikkei", "the KOSPI", "The FTSE 100")."""
    return noun_re.search(subject) is not None or move_words().index_names.search(subject) is not None


#: The subject of the sentence, before its verb: at most this many words.
MAX_SUBJECT_WORDS = 12


def session_wraps(text: str, dct: date | None, found: list[TemporalExpression],
                  starts: list[int], ends: list[int], limit: int | None = None) -> list[TemporalExpression]:
    """The publication day as the date of each undated sentence of ``text`` (sentences at ``starts``/``ends``) that
    tells a price move of the report's session (see the module's doc); ``found`` are the text's dated expressions.
    Only sentences starting before ``limit`` are read (a copy's text, not the paragraphs the copy added). New
    expressions (the verb), for ``found`` to be extended with."""
    if dct is None:
        return []
    lead = report_day(dct, found, starts, ends)
    if lead is None or lead[0].isoweekday() > 5:
        return []  # no report of its own day (a look back, an analysis of a week), or no session on that day
    day, first = lead
    verb_re, noun_re, skip_re, aux_re = _patterns()
    if verb_re.search(text, first) is None:
        return []  # (most texts: no move verb after the report's day, nothing to read sentence by sentence)
    dated: dict[int, list[TemporalExpression]] = {}
    for e in found:
        dated.setdefault(bisect_right(starts, e.start) - 1, []).append(e)
    # the dated expressions of sentences that tell a price move: the day the text's moves are at
    moves = [e for e in sorted(found, key=lambda e: e.start) if e.resolved and e.date_end is not None and (e.date_end - e.date_start).days <= 6
             and (k := bisect_right(starts, e.start) - 1) >= 0
             and (verb_re.search(text, starts[k], ends[k]) or _FIGURE.search(text, starts[k], ends[k]))]
    out: list[TemporalExpression] = []
    for k, (s0, s1) in enumerate(zip(starts, ends)):
        if s0 < first or (limit is not None and s0 >= limit):
            continue
        sentence = text[s0:s1]
        m = verb_re.search(sentence)
        if m is None:
            continue
        if k in dated:
            cut = _MEASURE.search(sentence, m.end())
            if cut is None or not all(_measured(sentence, m.end(), e.start - s0) and e.date_end is not None
                                      and e.date_end < day for e in dated[k]):
                continue
            sentence = sentence[: cut.start()]  # the words before the yardstick
        told = [e for e in moves if e.end <= s0]
        if told and (told[-1].date_start != day or told[-1].date_end != day):
            continue  # the moves are at another day: "lost 2.4% on Thursday and Friday combined. X was hardly changed."
        if skip_re.search(sentence):
            continue
        opener = _OPENER.match(sentence)
        subject = _ASIDE.sub(",", sentence[opener.end() if opener else 0: m.start()])  # "Walmart, which sells ready meals, was little changed"
        if len(subject.split()) > MAX_SUBJECT_WORDS or _SUBORDINATE.search(subject) or "," in subject.rstrip(", ") \
                or aux_re.search(subject):
            continue
        if m.group("move") and not _names_a_market(subject, noun_re):
            continue  # "The crowd fell silent", "Net income fell 16%": no market in the subject
        out.append(TemporalExpression(m.group(0), s0 + m.start(), s0 + m.end(), day, day, "day", "relative",
                                      f"{SESSION_WRAP} {day.isoformat()}", dct))
    return out
