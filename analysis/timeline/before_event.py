"""Moves over the year so far told up to an event of the story, ended on the day before that event.

"The stock had fallen 38% this year before the deal", "Its shares had risen 42% this year before the fire", "which
had gained 22% this year ahead of the readout": the move runs from the start of the year up to the event, not up to the
article's day. :func:`analysis.timeline.clauses.since_ranges` ends such a span before a day the sentence names ("before
Tuesday's drop") and otherwise before the article's date; but a later article of the story tells the event days after
it happened. :func:`so_far_before_event` ends the span on the working day before the day the story gives the event: the
first earlier sentence of the article naming it (its noun or verb: "recall", "recalled"; "announcement", "announced")
with a day, else the day the corpus's other articles give it most often
(:func:`analysis.timeline.event_day.story_event_day`, as for a move "on the day of the announcement"). A corpus-level
step over the dated mentions of every document.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analysis.corpus.load import Corpus
from analysis.timeline.clauses import previous_working_day
from analysis.timeline.dated.model import YEAR_SO_FAR
from analysis.timeline.event_day import event_words, story_event_day, told_events
from analysis.timeline.timexes import document_date

#: Right after the year's expression: "before the fire", "ahead of the readout", "prior to its announcement", "before
#: the surprise bid" (up to two words before the noun; the event is the phrase's last word).
_BEFORE_EVENT = re.compile(r"\s+(?:before|ahead\s+of|prior\s+to)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?P<noun>[a-z]{3,})(?=\s*(?:[,;:.!?)—–]|$)|\s+(?:and|but|as|when|while|which|on|in|to)\b)")
#: The words of :data:`_BEFORE_EVENT`'s relation, looked for before the pattern is run.
_RELATIONS = (" before ", " ahead of ", " prior to ")


def _event_nouns(dated: pd.DataFrame) -> dict[int, str]:
    """Index of a span of the year so far whose expression is followed in its sentence by "before the <event>" -> the
    event's noun."""
    found: dict[int, str] = {}
    for i, basis, expression, sentence in zip(dated.index, dated["basis"], dated["expression"], dated["sentence"]):
        text, x = str(sentence), str(expression)
        if not str(basis).startswith(YEAR_SO_FAR + ":") or not any(w in text for w in _RELATIONS):
            continue
        at = text.find(x)
        while at >= 0:
            m = _BEFORE_EVENT.match(text, at + len(x))
            if m is not None:
                found[i] = m.group("noun").lower()
                break
            at = text.find(x, at + 1)
    return found


def so_far_before_event(corpus: Corpus, dated: pd.DataFrame) -> pd.DataFrame:
    """``dated`` (:func:`analysis.timeline.events.dated_mentions` of the corpus) with each span of the year so far told
    "before the <event>" ending on the working day before the day the story gives that event (see the module's
    docstring), when that day falls inside the span; other rows unchanged. ``corpus`` needs ``docs`` (doc_id,
    published, published_earliest)."""
    if dated is None or dated.empty or "basis" not in dated.columns:
        return dated
    named = _event_nouns(dated)
    if not named:
        return dated
    wanted = set().union(*(event_words(noun) for noun in named.values()))
    told = told_events(dated, wanted)
    if not told:
        return dated
    docs = corpus.docs.set_index("doc_id")
    ends, bases = dated["date_end"].tolist(), dated["basis"].tolist()
    position = {i: n for n, i in enumerate(dated.index)}
    for i, noun in named.items():
        doc_id, sent_id = str(dated.at[i, "doc_id"]), int(dated.at[i, "sent_id"])
        if doc_id not in docs.index:
            continue
        dct = document_date(docs.at[doc_id, "published"], docs.at[doc_id, "published_earliest"])
        day = story_event_day(noun, doc_id, sent_id, dct, told) if dct is not None else None
        first: date = dated.at[i, "date_start"]
        if day is None or first is None:
            continue
        end = previous_working_day(day)
        n = position[i]
        if first <= end < ends[n]:
            ends[n] = end
            bases[n] = f"{YEAR_SO_FAR}: from {first} up to {end} (before the {noun}, which the story dates {day})"
    return dated.assign(date_end=pd.Series(ends, index=dated.index, dtype=dated["date_end"].dtype),
                        basis=pd.Series(bases, index=dated.index, dtype=object))
