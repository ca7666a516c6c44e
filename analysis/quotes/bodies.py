"""Which organisation a definite description of one takes up, where the nearest one is plainly not it.

- "X asked the company to comment. The company said …": the second "the company" takes up the first, the object of
  X's verb, so it is not X (no one asks itself); it is the organisation that sentence was about, named before X
  ("Trading in Acme was halted after the exchange asked the company to comment").
- "the Board" of a company's announcement: the term the announcement defines ("The board (the "Board") of directors
  of Acme Group announces …"), the board of that company, which speaks for it.
- "the Company" of a press release or filing: the term it defines for the organisation named right before the
  definition ('Acme Inc. (NASDAQ: AC) ("Acme" or the "Company")'), whatever the entity layer made of the word.
- "the central bank": a bank of a state, never a company the story is about ("Acme rose after the central bank
  said …"); only an organisation whose name shows it is one ("Bank of X", "Federal Reserve", "Riksbank").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .antecedents import ORG_TYPES, Doc
from .words import SENTENCE_BREAK, is_sentence_break

#: characters back from a description to the sentence before it
_REACH = 400
#: a body's verb with "the <noun>" as its object, right after the body's name ("asked the company to", "told the
#: company", "ordered the group to")
_VERB_OBJECT = r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:asked|told|urged|ordered|pressed|requested|called\s+on|summoned|" \
               r"instructed|contacted|approached|queried)[ \t]+the[ \t]+{noun}\b"
#: a central bank's name: "Bank of X", "X Central Bank", "People's Bank of X", "National Bank of X", a reserve
#: ("Federal Reserve", "Reserve Bank of X", "X Reserve Bank"), a monetary authority, or a bank named as the state's
#: ("Riksbank", "Bundesbank")
_CENTRAL_BANK = re.compile(r"^(?:the\s+)?(?:(?:People['’]s|National|Reserve|Central)\s+)?Bank\s+of\s+[A-Z]|\bCentral\s+Bank\b|"
                           r"\b(?:Federal\s+Reserve|Reserve\s+Bank|Fed|Riksbank|Bundesbank|Nationalbank|Monetary\s+Authority|"
                           r"Banque\s+de\s+France)\b")


def asked_object(doc: Doc, head: str, start: int) -> tuple[str, str] | None:
    """(name, type) of the organisation a definite description "the ``head``" at ``start`` takes up when the
    sentence before holds "<body> asked the ``head``": the organisation named before that body in its sentence
    (None when there is none, or no such sentence)."""
    text = doc.text
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - _REACH), start) if is_sentence_break(text, m)]
    if not breaks or text[breaks[-1]:start].strip():
        return None  # the description must open its sentence ("The company said …")
    lo = breaks[-2] if len(breaks) >= 2 else max(0, start - _REACH)
    verb = re.compile(_VERB_OBJECT.format(noun=re.escape(head)))
    for i in range(bisect_left(doc.starts, breaks[-1]) - 1, bisect_left(doc.starts, lo) - 1, -1):
        if doc.types[i] not in ORG_TYPES or doc.inside_quote(doc.starts[i]) or not verb.match(text, doc.ends[i]):
            continue
        for k in range(i - 1, bisect_left(doc.starts, lo) - 1, -1):
            if doc.types[k] in ORG_TYPES and doc.names[k] != doc.names[i] and not doc.inside_quote(doc.starts[k]):
                return doc.names[k], doc.types[k]
        return None
    return None


def central_bank(words_before: list[str], head: str) -> bool:
    """Whether a description is "the central bank" ("China's central bank" names its state: the state bodies'
    rule reads it)."""
    return head == "bank" and words_before[:1] == ["the"] and "central" in words_before


def is_central_bank(name: str) -> bool:
    """Whether an organisation's name shows it to be a central bank ("People's Bank of China", "Bank of Norland",
    "Federal Reserve"; not "Acme Bank"), one a central bank's description may take up."""
    return _CENTRAL_BANK.search(name) is not None


#: an announcement's definition of "the Board": "The board (the "Board") of directors of Acme", "the board of
#: directors (the "Board") of Acme", "the board of directors of Acme (the "Board")"
_BOARD_DEFINED = re.compile(r"\b[Bb]oard\s+(?:\((?:the\s+)?[\"“]Board[\"”]\)\s+)?of\s+[Dd]irectors\s+"
                            r"(?:\((?:the\s+)?[\"“]Board[\"”]\)\s+)?of\s+(?:the\s+)?")
_DEFINED_TERM = re.compile(r"\((?:the\s+)?[\"“]Board[\"”]")


def defined_board(doc: Doc) -> tuple[str, str] | None:
    """(name, type) of the company whose board an announcement defines as "the Board" (the organisation named right
    after "board of directors of", the definition in brackets on the way or right after the name); None when the
    text defines no such term."""
    for m in _BOARD_DEFINED.finditer(doc.text):
        i = bisect_left(doc.starts, m.end())
        if i >= len(doc.starts) or doc.starts[i] != m.end() or doc.types[i] not in ORG_TYPES:
            continue
        if _DEFINED_TERM.search(doc.text, m.start(), m.end()) or _DEFINED_TERM.match(doc.text, doc.ends[i] + 1):
            return doc.names[i], doc.types[i]
    return None


#: what may stand between an organisation's name and the parenthesis defining its term: a legal form ("Co., Ltd.")
_LEGAL_FORM = re.compile(r"[\s,.]*(?:(?:Inc|Ltd|Co|Corp|Corporation|Limited|plc|PLC|SA|AG|NV|ASA|LLC|SE)\.?[\s,.]*)*\Z")


def defined_organisation(doc: Doc, term: str) -> tuple[str, str] | None:
    """(name, type) of the organisation a press release or filing defines a capitalised term for ("Acme Metals Co.,
    Ltd. (the "Company"; TSE: 1234)", "Acme Inc. (NASDAQ: AC) ("Acme" or the "Company")"): the organisation named
    right before the parenthesis (across a legal form and one parenthesis more), so "the Company said" later is
    Acme's. None when the text defines no such term."""
    text = doc.text
    if f'"{term}"' not in text and f"“{term}”" not in text:
        return None
    pattern = re.compile(r"\((?:[^()\n]{0,60}?\s)?(?:the\s+)?[\"“]" + re.escape(term) + r"[\"”]")
    for m in pattern.finditer(text):
        at = m.start()
        before = text[:at].rstrip()
        if before.endswith(")") and 0 <= at - before.rfind("(") <= 50:
            at = before.rfind("(")  # "(NASDAQ: AC) (the "Company")": the name before the first parenthesis
        for i in range(bisect_left(doc.starts, at) - 1, -1, -1):
            if doc.ends[i] < at - 40:
                break
            if doc.types[i] in ORG_TYPES and doc.ends[i] <= at and _LEGAL_FORM.match(text, doc.ends[i], at):
                return doc.names[i], doc.types[i]
    return None
