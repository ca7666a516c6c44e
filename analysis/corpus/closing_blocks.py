"""Blocks of short lines that are still the article's though no paragraph of prose follows them, where cleaning
reads short lines after the last paragraph as page footer: a fact box on the story's company ("Acme at a glance",
"Founded: 1998, Oslo", "Employees: 540") and the bullets of a wire's brief under its lead-in ("Oct 12 (Agency) -
Acme SE:", "* SAYS ...").

Each function takes the kept lines (``(line number, text)``) and their word counts, and returns the indexes of the
block's lines.
"""

from __future__ import annotations

import re

from analysis.corpus.furniture import sentence_like, strip_bullet

#: A fact box's line: a label of one to four words (maybe led by a year: "2025 revenue"), a colon, a short value
#: ("Founded: 2011, Espoo", "Largest shareholder: Saimaa Ventures (23.4%)").
_FACT_LINE_RE = re.compile(r"^(?:(?:19|20)\d{2} )?[^\W\d_][\w&'’/-]*(?: [\w&'’/-]+){0,3}\s*:\s+\S")
#: A fact box has at least this many lines, at most :data:`FACT_VALUE_WORDS` words each ...
FACT_MIN_LINES = 3
FACT_VALUE_WORDS = 10
#: ... and at least this many of them give a figure (a contact block or a list of links gives none or one).
FACT_MIN_FIGURES = 2
#: What a fact line's value must not be: an address to write to or call, a link (a contact block, a sign-off).
_CONTACT_VALUE_RE = re.compile(r"@|https?://|www\.|\+\d{1,3}[\s.-]\d|\(\d{3}\)|\d{3}[ .-]\d{3,4}[ .-]\d{3,4}")
#: The heading right above a fact box: a few words, no sentence ("Revontuli at a glance", "Key facts").
FACT_HEADING_WORDS = 6


def fact_box(candidates: list[tuple[int, str]], words: list[int], start: int, stop: int) -> set[int]:
    """Indexes in ``start``..``stop`` of fact boxes: runs of at least :data:`FACT_MIN_LINES` labelled lines
    (:data:`_FACT_LINE_RE`, at most :data:`FACT_VALUE_WORDS` words, no sentence's end), of which at least
    :data:`FACT_MIN_FIGURES` hold a figure and none an e-mail address, a link or a telephone number; with the short
    heading right above a run ("Revontuli at a glance"), when it is no labelled line itself."""
    found: set[int] = set()
    i = start
    while i < stop:
        j = i
        while j < stop and _fact_line(candidates[j][1], words[j]):
            j += 1
        run = range(i, j)
        if len(run) >= FACT_MIN_LINES and sum(1 for k in run if any(ch.isdigit() for ch in _value(candidates[k][1]))) \
                >= FACT_MIN_FIGURES:
            found.update(run)
            head = i - 1
            if head >= start and words[head] <= FACT_HEADING_WORDS and not sentence_like(candidates[head][1]) \
                    and ":" not in candidates[head][1]:
                found.add(head)
        i = max(j, i + 1)
    return found


def _value(line: str) -> str:
    """What follows the label of a fact line."""
    return line.split(":", 1)[1]


def _fact_line(line: str, words: int) -> bool:
    """Whether ``line`` is a line of a fact box (:func:`fact_box`)."""
    return words <= FACT_VALUE_WORDS and _FACT_LINE_RE.match(line) is not None and not sentence_like(line) \
        and _CONTACT_VALUE_RE.search(_value(line)) is None


#: A wire brief's lead-in: the day, the agency in brackets, a dash, the company, a colon ("Oct 12 (Agency) - Acme SE:",
#: "12 October (Agency) – Acme Group plc:"), or the dash alone when the bullets tell of the company in the third
#: person ("Oct 12 (Agency) -", then "* ACME SHARES LOSE 4% IN EARLY TRADE ...").
_BRIEF_LEAD_RE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\s*\([A-Z][\w .&'’-]{1,30}\)\s*[-–—]{1,2}\s*(?:[^:]{2,80}:)?$")


def brief_lead_alone(candidates: list[tuple[int, str]], i: int) -> bool:
    """Whether line ``i`` is a brief's lead-in of the day and the agency alone ("Feb 17 (Agency) -") with a bulleted
    line right under it: the brief's text starts under it."""
    line = candidates[i][1]
    return line.endswith(("-", "–", "—")) and _BRIEF_LEAD_RE.match(line) is not None and i + 1 < len(candidates) \
        and strip_bullet(candidates[i + 1][1]) != candidates[i + 1][1]


def wire_brief(candidates: list[tuple[int, str]]) -> set[int]:
    """Indexes of a wire brief's lead-in (:data:`_BRIEF_LEAD_RE`) and of the run of bulleted lines right under it
    ("* SAYS FIRST TWO RETURNS EACH MONTH WILL BE FREE"): the brief's whole text, though no line ends like a sentence."""
    found: set[int] = set()
    for i, (_, line) in enumerate(candidates):
        if not line.endswith((":", "-", "–", "—")) or _BRIEF_LEAD_RE.match(line) is None:
            continue
        j = i + 1
        while j < len(candidates) and strip_bullet(candidates[j][1]) != candidates[j][1]:
            j += 1
        if j > i + 1:
            found.update(range(i, j))
    return found
