"""Speakers inside the turns of a transcript or a printed interview.

A turn opens its line with the speaker's label ("FELD: He was.", "JANE ROE, ACME CAPITAL: …", "A: Partly.") and
holds that speaker's words. Two things follow for the quotation marks inside a turn:

- the one speaking says "I": a "he" or "she" inside the turn is someone else, and a label is no mention in the
  prose a pronoun takes up ("KLINE: And Jo Roe was on TV. FELD: He was. He told NBC, “…”": Jo Roe);
- words in marks the writer credits to the guest in the third person inside an answer ("A: Partly. “…,” Roe said",
  "“…,” she said") are a quotation of the guest, as in any story, though the unmarked answer around them is not.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .antecedents import Doc, personlike

#: the rest of a turn's label after the speaker's name, up to its colon: a role or firm after a comma, or in
#: brackets ("JON ROE, BNT REPORTER:", "BEN ROE (CEO, ACME):", "FELD:")
_LABEL_REST = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\)|,[^\n:]{1,60})?[ \t]*:")
#: a text is a transcript when at least this many lines open on a speaker's label
_MIN_LABELS = 3
#: characters back from a pronoun within which its antecedent is looked for
_WINDOW = 1500
#: a guest named in the third person by the writer inside an answer
_THIRD_PERSON = {"he", "she"}


def _label_at(doc: Doc, i: int) -> bool:
    """Whether mention ``i`` is a turn's label: alone at its line's opening, then a colon (after a role)."""
    text = doc.text
    line = text.rfind("\n", 0, doc.starts[i]) + 1
    return not text[line:doc.starts[i]].strip() and _LABEL_REST.match(text, doc.ends[i]) is not None


def turn_labels(doc: Doc) -> list[int]:
    """The indexes of the mentions that are turns' labels, when the text is a transcript (at least
    :data:`_MIN_LABELS` lines open on one); else none."""
    labels = [i for i in range(len(doc.starts)) if doc.types[i] == "PERSON" and _label_at(doc, i)]
    return labels if len(labels) >= _MIN_LABELS else []


def turn_antecedent(doc: Doc, pos: int, gender: str) -> tuple[str, str] | None:
    """(name, type) of the person a "he"/"she" at ``pos`` inside a transcript's turn takes up: the nearest person
    before it of no other ``gender`` ("m"/"f"/""), neither a label nor the turn's own speaker (who would say "I").
    None when ``pos`` is in no labelled turn (the ordinary search then decides)."""
    labels = turn_labels(doc)
    if not labels:
        return None
    text = doc.text
    line = text.rfind("\n", 0, pos) + 1
    own = [i for i in labels if line <= doc.starts[i] < pos]
    if not own:
        return None
    speaker = doc.names[own[0]]
    skip = set(labels)
    for i in range(bisect_left(doc.starts, pos) - 1, bisect_left(doc.starts, pos - _WINDOW) - 1, -1):
        if i in skip or doc.inside_quote(doc.starts[i]) or doc.names[i] == speaker:
            continue
        if personlike(doc, doc.names[i], doc.types[i]) and doc.gender.get(doc.names[i], gender) == gender:
            return doc.names[i], doc.types[i]
    return None


def guest_quoted(row: tuple[object, ...], turn: tuple[int, int, str, str, str], cued: bool) -> bool:
    """Whether quotation ``row`` (a :func:`~analysis.quotes.find.quote_records` row: start, end, quote, kind,
    speaker, type, mention, attribution) inside the unmarked ``turn`` is credited to the turn's guest by a verb of
    saying whose subject is the guest in the third person ("“…,” Roe said", "she said, “…”"): the writer quotes
    the guest there."""
    mention = str(row[6]).strip()
    if not turn[2] or row[4] != turn[2] or not mention:
        return False
    # a "he"/"she" credited is the subject of a verb of saying (one that may split the quotation: "“…,” she
    # said, “…”"); a name must stand next to a verb of the quotation's sentence
    return mention.casefold() in _THIRD_PERSON or cued and row[7] == "adjacent" and mention != turn[4]
