"""The news a headline tells: its article's day.

A news headline tells what happened in the headline present, with no date: "Kessler resigns as Brightwater CEO",
"Floods shut Seraya plant; shares post record fall". The event is the one its article's lead tells ("The SEC on
Tuesday accused ..."), so the headline is dated as the lead is (the first sentence of prose with a date of its own): the
first day it names (not the dateline's), when that day is in the week up to the publication date, else the
publication date itself.

Left alone: a headline with a date of its own (the timex table reads it), a question ("Should you buy the drought?"),
a feature's or an interview's opening ("Analysis:", "Inside ...", "What we know ...", "Q&A:"), and a headline with no
verb of an event in the present (a noun phrase: "Ash Week: what the volcano taught us"). The verbs are those of
``analysis/data/event_verbs.csv`` (their third person, "resigns", or their plain form after a plural subject, "shares
tumble").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from analysis.lexicon import verb_forms
from analysis.time.timex import find_timexes
from analysis.timeline.dated.model import TemporalExpression
from analysis.timeline.labels.model import DETERMINERS

#: The basis of a headline's date.
HEADLINE_DAY = "the headline's news, told in the present with no date of its own: the day of its article's lead"
#: The days before the publication date the lead's day may be for the headline to take it.
LEAD_DAYS = 6
#: The end of a sentence of prose: key points under a headline ("* Labour Court hearing set for Friday") and a
#: standfirst end without a stop.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
#: A wire's tag before the headline: "UPDATE 2-", "EUROPE MARKETS-", "STOCKS:".
HEADLINE_TAG = re.compile(r"^\s*(?:UPDATE\s*\d*|[A-Z][A-Z &/.'’-]{2,})\s*[-–—:]\s*")
#: A feature's, an analysis's or an interview's headline, or a reader's question.
_FEATURE = re.compile(
    r"^\W*(?:analysis|opinion|comment|commentary|column|explainer|explained|q\s*&\s*a|interview|transcript|inside|"
    r"what|why|how|when|who|should|is|are|can|could|will|would|does|do)\b|\?", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A modal or "to" before the verb: a plan or a forecast, not the day's news ("will be paid in bookings, not fines").
_MODAL = re.compile(r"\b(?:will|would|could|may|might|to)\b(?![^;]*;)", re.IGNORECASE)
#: A dateline's city before a date opening the lead ("LONDON, Sept 10 (Wire) -").
_DATELINE_CITY = re.compile(r"^\W*[A-Z][A-Z .'’-]+,\s*$")


def _present_verb(title: str) -> re.Match[str] | None:
    """The first verb of an event in the headline present in ``title``: a third person ("resigns", "halts") not
    after a determiner, or a plain form after a plural noun ("shares tumble", "floods shut") not before a third person
    (the plain form is then a noun: "Stevedores strike shuts"); None when a modal comes before it ("will be paid")."""
    forms = verb_forms()
    words = list(_WORD.finditer(title))

    def third(k: int) -> bool:
        low = words[k].group(0).lower()
        verb = forms.get(low)
        return verb is not None and low == verb.third and low != verb.lemma

    for k, m in enumerate(words):
        low = m.group(0).lower()
        verb = forms.get(low)
        if verb is None or k == 0:
            continue
        prev = words[k - 1].group(0).lower()
        if prev in DETERMINERS or prev.endswith(("'s", "’s")):
            continue  # "the cut", "its falls", "Acme's charges": a noun
        found = third(k) or (low == verb.lemma and prev.endswith("s") and not prev.endswith("ss")
                             and not (k + 1 < len(words) and third(k + 1)))
        if found:
            return None if _MODAL.search(title, 0, m.start()) else m
    return None


def _lead_day(text: str, dct: date, found: list[TemporalExpression], starts: list[int], ends: list[int]) -> date:
    """The day the article's lead names first (not its dateline's), when in the week up to ``dct``; else ``dct``. The
    lead is the first sentence with a date of its own that ends with a stop (not a key point's line under the
    headline, "* Hearing set for Friday", nor a standfirst)."""
    for s0, s1 in zip(starts, ends):
        if not _SENTENCE_END.search(text, s0, s1):
            continue
        dated = sorted((e for e in found if s0 <= e.start < s1 and e.resolved
                        and not _DATELINE_CITY.match(text[s0:e.start])), key=lambda e: e.start)
        if not dated:
            continue
        first = dated[0]
        if first.precision == "day" and first.date_start == first.date_end and \
                dct - timedelta(days=LEAD_DAYS) <= first.date_start <= dct:  # type: ignore[operator]
            return first.date_start  # type: ignore[return-value]
        return dct
    return dct


def headline_day(title: str, text: str, dct: date | None, found: list[TemporalExpression],
                 starts: list[int], ends: list[int]) -> tuple[int, date] | None:
    """(the offset in ``title`` of its verb, the day) of the event ``title``, an article's headline, tells (see the
    module's doc), or None. ``text`` is the article's text, ``found`` its dated expressions, ``starts``/``ends`` its
    sentences."""
    if dct is None or not title.strip():
        return None
    tag = HEADLINE_TAG.match(title)
    body = title[tag.end():] if tag else title
    if _FEATURE.search(body) or find_timexes(title, dct):
        return None
    verb = _present_verb(body)
    if verb is None:
        return None
    return (tag.end() if tag else 0) + verb.start(), _lead_day(text, dct, found, starts, ends)
