"""A partial quotation in the clause of someone's view, with no verb of saying: the view's holder said the words.

Market and analyst copy gives an analyst's view with a verb of thinking and the analyst's own words in marks:
"Jane Roe at Acme Capital reckons the cuts will save €26m a year, “less than a fifth of the revenue lost”", "The
lender has said it needs no new equity, but Roe expects a placement “within six months”". The named subject that
opens the quotation's clause holds the view and speaks the words; an earlier clause's verb of saying ("has said")
reports something else.
"""

from __future__ import annotations

import re

from .antecedents import Doc
from .model import QuoteSpan, Speaker
from .phrases import subject_phrase
from .speakers import resolve_phrase
from .words import speech_verbs

#: a present-tense verb of holding a view (none of them a verb of saying) after the clause's subject
STANCE_VERB = re.compile(r"\b(?:expects|reckons|thinks|believes|suspects|fears|doubts)\b")
#: where a new clause with its own subject opens inside the sentence: a contrasting or coordinate conjunction after
#: a comma, or a semicolon, before a capitalised subject ("…, but Roe expects …")
_CLAUSE_OPENS = re.compile(r"(?:,\s+(?:while|but|whereas|yet|and)|;)\s+(?=[A-Z])")


def stance_holder(doc: Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """The named holder of the view whose clause holds the partial quotation ``span`` (its sentence from ``lo``):
    the name opening the quotation's clause, right before a verb of :data:`STANCE_VERB`, with no verb of saying in
    the clause before the quotation. None for any other clause, or when the name is no known speaker."""
    text = doc.text
    clause = max([lo] + [m.end() for m in _CLAUSE_OPENS.finditer(text, lo, span.open_at)])
    if speech_verbs(text, clause, span.open_at, verbs_only=True):
        return None
    verb = STANCE_VERB.search(text, clause, span.open_at)
    if verb is None:
        return None
    ph = subject_phrase(text, clause, verb.start())
    if ph is None or ph.kind != "name" or text[clause:ph.start].strip():
        return None  # the name must open the clause as its subject ("In Roe's view, Acme expects …" is no one's)
    found = resolve_phrase(doc, ph, span.open_at)
    return found if found is not None and found.type else None
