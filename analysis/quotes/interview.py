"""An interview printed as questions and answers: the speaker of the answers.

Many outlets print a short interview ("Five questions for X", "X on the oil shock") as the interviewer's questions,
each a line of its own ending in a question mark with no quotation marks, and the answers after them: a paragraph
that opens with the answer's quotation marks ("…"), or with the answerer's label ("Roe: …", "Roe: “…”"). An
answer in quotation marks that no words of its own attribute is the answerer's, as a reader takes it.
"""

from __future__ import annotations

import re
from collections import Counter

from .attribute import MentionRow
from .marks import paragraphs

#: a question line: no quotation marks, at most this many words, ending in a question mark
_QUESTION = re.compile(r"[^\"“”«»„\n]{3,300}\?[ \t]*")
_QUESTION_WORDS = 40
#: an answer's opening: a label of one to three capitalised words and a colon, or a quotation mark, or both
_ANSWER = re.compile(r"[ \t]*(?:(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}):[ \t]+)?(?P<mark>[\"“«„])?")
#: at least this many questions, each followed by an answer, make an interview
MIN_QUESTIONS = 2
#: a credit line naming the one asking the questions ("Interview by Jane Roe", "Questions by Jane Roe")
_ASKER_CREDIT = re.compile(r"\b(?:interview(?:ed)?|conducted|questions(?:\s+asked)?|asked)\s+by[ \t]+\Z", re.I)

#: the words of an interview's introduction right before the one it questions ("We asked Jane Roe, …, what happens
#: next", "I spoke to Jane Roe", "We put five questions to Jane Roe")
_ASKED_PERSON = re.compile(r"\b(?:[Ww]e|I)\s+(?:asked|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
                           r"put\s+(?:\w+\s+){0,2}questions?\s+to)\s+(?:(?:the\s+)?[a-z]+\s+){0,3}\Z")

#: what follows the one an interview's introduction says it spoke to ("Jane Roe, who teaches at X, spoke to us on
#: Monday", "She spoke to the Daily Ledger"): a verb of talking to the outlet (us, or the outlet by its name)
_SPOKE_VERB = r"[ \t]+(?:spoke|talked)[ \t]+(?:to|with)[ \t]+(?:us\b|the[ \t]+[A-Z])"
_SPOKE_TO = re.compile(r"(?:,[^.\n]{0,200}?,)?" + _SPOKE_VERB)
#: the same told by a pronoun opening its sentence, after a sentence that names the person
_PRONOUN_SPOKE_TO = re.compile(r"(?:^|(?<=[.!?][ \t]))(?:She|He)" + _SPOKE_VERB, re.M)

#: labels that mark a line as the answer and name no one ("Q: …" / "A: …"): the answer is the interviewee's, told as
#: for an unlabelled answer
_ANSWER_MARKERS = {"a", "answer"}

Record = tuple[object, ...]


def _answers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each paragraph answering a question line before it, when the text has at least
    :data:`MIN_QUESTIONS` such pairs; the label is "" for an answer that opens with its quotation mark alone."""
    paras = paragraphs(text)
    out = []
    for (qa, qb), (aa, ab) in zip(paras, paras[1:]):
        question = text[qa:qb].strip()
        if not _QUESTION.fullmatch(question) or len(question.split()) > _QUESTION_WORDS:
            continue
        m = _ANSWER.match(text, aa, ab)
        if m is None or not (m.group("label") or m.group("mark")):
            continue
        out.append((aa, ab, m.group("label") or ""))
    return out if len(out) >= MIN_QUESTIONS else []


def _person_named(label: str, mentions: list[MentionRow]) -> tuple[str, str]:
    """The person a label names: the mention whose name is the label or ends with it ("Roe" for Jane Roe), else
    the one whose name holds it as a word ("Yoon" for Yoon Hye-rin, whose family name comes first)."""
    folded = label.casefold()
    names = {str(n) for _, _, n, t in mentions if t == "PERSON"}
    hits = [n for n in names if n.casefold() == folded or n.casefold().endswith(" " + folded)]
    if not hits and " " not in folded:
        # a family name written first ("Yoon:" for Yoon Hye-rin), or a given name: the one person with that word
        hits = [n for n in names if folded in n.casefold().split()]
    return (hits[0], "PERSON") if len(hits) == 1 else ("", "")


def _initials_of(label: str, other: str) -> bool:
    """Whether ``label`` spells the initials of the name ``other`` ("KV" after "Karin Vestergaard:"): an interview
    labels its guest in full once, then by initials."""
    words = other.split()
    return label.isupper() and 2 <= len(label) == len(words) <= 4 and label == "".join(w[0] for w in words).upper()


def _interviewee(text: str, answers: list[tuple[int, int, str]], mentions: list[MentionRow]) -> tuple[str, str]:
    """The one person answering: the person every label names (an "A:" marker names no one), else the one person
    the introduction says it questioned ("We asked Jane Roe …"), else the one person the text names before the
    first answer (not the one a credit line names as asking); ("", "") when no one can be told."""
    labels = {label for _, _, label in answers if label and label.casefold() not in _ANSWER_MARKERS}
    labels = {label for label in labels if not any(_initials_of(label, other) for other in labels)}
    if labels:
        named = {_person_named(label, mentions) for label in labels}
        return named.pop() if len(named) == 1 else ("", "")
    first = answers[0][0]
    asked = {str(n) for a, _, n, t in mentions
             if t == "PERSON" and 0 <= a < first and _ASKED_PERSON.search(text, max(0, a - 40), a)}
    if len(asked) == 1:
        return (asked.pop(), "PERSON")
    spoke = _spoke_to_us(text, first, mentions)
    if spoke:
        return (spoke, "PERSON")
    people = Counter(str(n) for a, _, n, t in mentions
                     if t == "PERSON" and a < first and not _ASKER_CREDIT.search(text, max(0, a - 30), a))
    ranked = people.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return ("", "")
    return (ranked[0][0], "PERSON")


def _spoke_to_us(text: str, first: int, mentions: list[MentionRow]) -> str:
    """The one person an interview's introduction (before ``first``, the first answer) says spoke to the outlet:
    "Jane Roe, who teaches at X, spoke to us", or "Jane Roe teaches at X. She spoke to the Ledger" (the first
    person of the sentence before); "" when none or several."""
    people = sorted((int(a), int(b), str(n)) for a, b, n, t in mentions if t == "PERSON" and 0 <= a < first)
    found = {n for _, b, n in people if _SPOKE_TO.match(text, b, first)}
    for m in _PRONOUN_SPOKE_TO.finditer(text, 0, first):
        para = text.rfind("\n", 0, m.start()) + 1
        before = text.rfind(". ", para, max(para, m.start() - 2))  # the sentence before the pronoun's
        opening = [n for a, _, n in people if (before + 2 if before >= 0 else para) <= a < m.start()]
        if opening:
            found.add(opening[0])
    return found.pop() if len(found) == 1 else ""


def interview_answers(text: str, records: list[Record], mentions: list[MentionRow]) -> list[Record]:
    """``records`` (rows in :data:`~analysis.quotes.find.QUOTE_COLUMNS` order) with the unattributed quotations of
    a question-and-answer interview credited to the one interviewed: a quotation opening an answer paragraph.
    Rows with a speaker, and texts with no interview, are left as they are."""
    answers = _answers(text)
    if not answers or not any(not r[4] for r in records):
        return records
    name, etype = _interviewee(text, answers, mentions)
    if not name:
        return records
    out = []
    for r in records:
        start = int(r[0])  # type: ignore[call-overload]
        opens = any(a <= start <= m_end for a, b, _ in answers
                    for m_end in [_ANSWER.match(text, a, b).end() + 1])  # type: ignore[union-attr]
        if not r[4] and opens:
            r = (*r[:4], name, etype, r[6] or name, "coreference")
        out.append(r)
    return out
