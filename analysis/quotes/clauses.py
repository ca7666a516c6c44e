"""Subjects of reporting clauses the general phrase reader does not reach.

"Here's what Jane Roe, chief strategist at Acme Bank, wrote to clients: “…”": in a "what" clause the subject
follows "what", and an apposition set off by commas may stand between it and the verb; the organisation at the
apposition's end (the nearest words to the verb) is where the person works, not who wrote. "The committee, chaired
by Jane Roe, said …": the agent of a participle set off by commas is no subject; the noun before the commas is.
"As Jane Roe is expected to tell staff today, the company must “…”": the subject before the words that put the
verb of saying ahead ("is expected to", "is due to", "is set to"). "14:45 Sen. Jane Roe after her meeting with Jo
Doe: “…”": a live blog's label whose person is followed by the occasion she speaks on.
"""

from __future__ import annotations

import re

from bisect import bisect_left

from .antecedents import Doc
from .model import Speaker
from .phrases import Phrase, head_phrase, subject_phrase

#: "what" opening a clause, right before its subject's name
_WHAT = re.compile(r"\bwhat\s+(?=[A-Z])")
#: the subject's name, then its apposition between commas, up to the verb
_APPOSED_SUBJECT = re.compile(r"(?P<who>[^,\n]{2,60}?),[^,\n]{1,80},\s*")


def what_subject(text: str, lo: int, vs: int) -> Phrase | None:
    """The name after the last "what" of ``text[lo:vs]`` when an apposition between commas follows it up to the
    verb at ``vs`` ("what Jane Roe, chief strategist at Acme Bank, wrote"); None otherwise."""
    found = [m for m in _WHAT.finditer(text, lo, vs)]
    if not found:
        return None
    at = found[-1].end()
    m = _APPOSED_SUBJECT.fullmatch(text, at, vs)
    if m is None:
        return None
    ph = head_phrase(text, at, m.end("who"))
    return ph if ph is not None and ph.kind == "name" and ph.end == m.end("who") else None


#: a past participle's phrase with its agent set off by commas right before a verb ("…, chaired by Jane Roe, ")
_AGENT_APPOSITION = re.compile(r",[ \t]+(?:[a-z]+ed|led|run|held|set[ \t]+up)[ \t]+by[ \t]+[^,\n]{1,60},[ \t]*\Z")


def agent_apposition_subject(text: str, lo: int, vs: int) -> Phrase | None:
    """The subject before a participle's phrase with an agent set off by commas right before the verb at ``vs``
    ("the Politburo, chaired by President Jane Roe, said": the Politburo, not Roe); None otherwise."""
    m = _AGENT_APPOSITION.search(text, lo, vs)
    if m is None:
        return None
    ph = subject_phrase(text, lo, m.start())
    if ph is None or ph.end != m.start() or not text[ph.end - 1:ph.end].isalpha() \
            or not text[text.rfind(" ", lo, ph.end) + 1:ph.end][:1].isupper() or _OF_BEFORE.search(text, lo, ph.start):
        # "Analysts at Acme, led by Jane Roe, wrote", "Acme strategists, headed by Jane Roe,": people the agent
        # leads speak through the agent (the usual rules read it); only a body's name ends the subject here
        return None
    return ph


#: a preposition right before a name: the name is where the subject's people work, not the subject
_OF_BEFORE = re.compile(r"\b(?:at|of|for|from|with)\s+(?:the\s+)?\Z")


#: the words that put a verb of saying ahead, between its subject and the verb ("is expected to", "was due to")
_AHEAD = re.compile(r"\s+(?:is|are|was|were)\s+(?:expected|due|set|scheduled|likely)\s+to\s+\Z")


def expected_subject(text: str, lo: int, vs: int) -> Phrase | None:
    """The subject of a verb of saying at ``vs`` put ahead by "is expected to" and the like ("As Jane Roe is
    expected to tell staff today, …": Jane Roe); None otherwise."""
    m = _AHEAD.search(text, lo, vs)
    return subject_phrase(text, lo, m.start()) if m is not None else None


#: the occasion after a label's person ("after her meeting with X", "before the vote", "following his testimony")
_OCCASION = re.compile(r"[ \t]+(?:after|before|following|during|ahead[ \t]+of)[ \t]+(?:her|his|their|the|a|an)[ \t]+[a-z]")


def label_before_occasion(doc: Doc, lo: int, colon: int) -> Speaker | None:
    """The one person a label names before the occasion it speaks on ("Sen. Jane Roe (D-Wash.) after her meeting with
    Jo Doe:": Jane Roe, not Jo Doe, who is named in the occasion); None for any other label."""
    m = _OCCASION.search(doc.text, lo, colon)
    if m is None:
        return None
    people = {doc.names[i] for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, m.start()))
              if doc.types[i] == "PERSON" and doc.ends[i] <= m.start()}
    if len(people) != 1:
        return None
    return Speaker(people.pop(), "PERSON", doc.text[lo:m.start()].strip(), "adjacent")
