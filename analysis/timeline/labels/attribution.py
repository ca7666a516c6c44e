"""What was said, for a label that names only who said it: an attribution after its words.

News copy puts the source after what it says ("Exports rose 4% in May, data showed on Tuesday."; "“We will appeal,”
she said in a statement."; a quotation's last sentence, its opening mark in the sentence before: "... for a while,”
the chief executive said."). When the date is the attribution's, the label's clause is the attribution's ("Data
show", "Ada Roe says") and says nothing of the event; :func:`with_what_was_said` adds the words before the comma: a
quotation's opening in its marks, or the label of the clause told.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from analysis.timeline.labels.model import EventLabel
from analysis.timeline.labels.names import PREFIX
from analysis.timeline.labels.phrases import LISTENERS, quoted_opening

#: Verbs an attribution after its words uses ("the company said", "data showed", "he told reporters", "she added").
_ATTRIBUTING = frozenset({"say", "show", "tell", "add", "note", "write", "warn", "argue", "insist", "explain"})

#: Their forms in a sentence.
_ATTRIBUTING_FORMS = re.compile(
    r"\b(?:said|says|say|showed|shown|shows|show|told|tells|tell|added|adds|noted|notes|wrote|writes|warned|warns"
    r"|argued|argues|insisted|insists|explained|explains)\b")

#: The comma that ends the words said, with the closing mark of a quotation on either side ('..., "', '...,”', "...”,").
_SAID_END = re.compile(r"(?:,\s*[”\"’']|[”\"’']\s*,|,)\s+")

#: The attribution's words before its verb: a source's noun phrase, no verb of its own ("the company", "official data",
#: "Chief Executive Ada Roe", "he"); at most six words, no comma.
_MOST_SOURCE_WORDS = 6

#: What was told after the verb ("told the regulator that ..."): the words before the comma are no words said.
_THAT_AFTER = re.compile(r"(?:\s+[^\s,;:.]+){0,8}?\s+that\b")

#: Words that open a clause in small letters once it follows a verb of saying ("Officials say at least 40 were hurt").
_SMALL_OPENERS = frozenset({"the", "a", "an", "at", "in", "on", "some", "many", "most", "all", "several", "few", "more",
                            "no", "its", "his", "her", "their", "our", "this", "that", "these", "those", "there", "it",
                            "he", "she", "they", "we", "one", "two", "three", "about", "nearly", "almost", "only"})

#: Words that open a subordinate clause: the clause told is after it.
_SUBORDINATORS = frozenset({"if", "when", "while", "although", "though", "because", "as", "after", "before", "unless",
                            "since", "besides", "until", "once", "whether"})

#: Quotation marks.
_MARKS = "“”\"'‘’"


def _content_free(found: EventLabel) -> bool:
    """Whether ``found`` is a verb of attribution and its subject alone, or with whom it was told ("Data show", "Ada
    Roe says", "Ada Roe tells reporters", "Ada Roe tells Harbour TV")."""
    label = found.label[4:] if found.label.startswith("The ") else found.label
    if found.verb not in _ATTRIBUTING or not found.subject or not label.lower().startswith(found.subject.lower() + " "):
        return False
    rest = label[len(found.subject):].split()
    if len(rest) == 1:
        return True
    if rest[0] not in ("tells", "tell") or len(rest) > 4:
        return False
    return all(w[:1].isupper() for w in rest[1:]) or (len(rest) == 2 and rest[1].lower() in LISTENERS)


def _attribution(sentence: str) -> tuple[str, int, bool] | None:
    """The words said before an attribution that closes the sentence's first part (", the company said", ", data
    showed on Tuesday", '," Ada Roe told reporters'), where they start, and whether they are a quotation's (a closing
    mark at their end); None when there is no such attribution."""
    for verb in _ATTRIBUTING_FORMS.finditer(sentence):
        ends = list(_SAID_END.finditer(sentence, 0, verb.start()))
        if not ends:
            continue
        end = ends[-1]
        source = sentence[end.end():verb.start()].split()
        if len(source) > _MOST_SOURCE_WORDS or any(w.endswith((",", ";", ":")) for w in source) \
                or (source and source[0].lower() in ("which", "who", "that", "whose")):
            continue  # "..., which said": a relative clause's verb
        lead = PREFIX.match(sentence)  # "02:05 GMT - ", "OSLO, May 6 (Wire) - ": no words said
        said = sentence[lead.end() if lead and lead.end() < end.start() else 0:end.start()].strip()
        quoted = any(c in _MARKS for c in sentence[end.start():end.end()])
        if (not source and not quoted) or any(c in said for c in ":;") \
                or _THAT_AFTER.match(sentence, verb.end()):
            # "Ada Roe, the chief of X, told reporters ...": the verb's subject before it, no words said; "One case
            # given: in 1990, X told the regulator that ...": what was told follows the verb
            continue
        return (said, sentence.index(said), quoted) if len(said.split()) >= 3 else None
    return None


def with_what_was_said(found: EventLabel, sentence: str, expr_start: int, expr_end: int,
                       clause_label: Callable[[str, int, int], str | None]) -> EventLabel:
    """``found`` with what was said after its verb when it names only who said it and the date is in an attribution
    after the words said ("Brovia's exports rose 12.5% in May, data showed on Tuesday" -> "Data show Brovia's exports
    rose 12.5%"; '... restore the service," Noor said' -> "Noor says “... restore the service”").
    The date may be in the words said, when the label took the attribution's verb for the event ("From 1990 to 2004,
    the samples tested positive, the records show" -> "Records show samples tested positive"). ``clause_label`` labels the
    clause told (its text and the date's offsets in it, 0 and 0 for none; None when it reads as no clause). The key is kept: which rows make one event
    does not change."""
    if not _content_free(found):
        return found
    attributed = _attribution(sentence)
    if attributed is None:
        return found
    said, at, quoted = attributed
    if not quoted and said.split()[0].lower() in _SUBORDINATORS:
        return found  # "If X falls, Y may win, Ada said": the clause told follows the subordinate one, past a comma
    inside = at <= expr_start and expr_end <= at + len(said)  # the date is in the words said
    if quoted:
        words = said.lstrip(_MARKS + " ").split()
        told = quoted_opening(words)
        if len(words) < 3 or not told:
            return found
        return replace(found, label=f"{found.label} {told}")
    told = clause_label(said, expr_start - at, expr_end - at) if inside else clause_label(said, 0, 0)
    if not told or told.startswith(tuple(_MARKS)) or len(told.split()) < 2:
        return found
    first = told.split()[0]
    if first.lower() in _SMALL_OPENERS or (first[:1].isupper() and re.search(
            rf"(?<![.!?]\s)\b{re.escape(first[:1].lower() + first[1:])}\b", sentence)):
        told = told[:1].lower() + told[1:]  # "the company's plant", not "… show The company's plant"
    return replace(found, label=f"{found.label} {told}")


#: A quotation's first clause of up to this many words is shown whole when a label's opening cut it short.
CLAUSE_WORDS = 16

#: A label that ends on a quotation's opening cut short ("... says “We think the tribunal's decision…”").
_OPENING_CUT = re.compile(r"“(?P<shown>[^“”…]+?)…”$")

#: A word that ends a sentence inside a quotation: a stop after a word of small letters, not an abbreviation's ("Mr.",
#: "U.S.").
_SENTENCE_STOP = re.compile(r"[a-z]{2,}[a-z0-9)%]*[.!?]$")

#: The mark that closes a quotation (also typed as two apostrophes: '').
_CLOSING = re.compile(r"[”\"]|''|’’")


def whole_quoted_clause(found: EventLabel, sentence: str, most: int) -> EventLabel:
    """``found`` with the quotation's opening its label ends on shown to the end of the quotation's first clause, when
    that clause ends a few words past where the opening was cut (within :data:`CLAUSE_WORDS` words, the label within
    ``most`` characters): "Ada Roe says “We think the tribunal's decision…”" -> "Ada Roe says “We think the tribunal's
    decision to halt the sale is wrong in law…”" (the quotation goes on after its comma), "“... at two of the plants”"
    (the whole quotation). Not when the opening ended on its clause's comma already. The key is kept: which rows make one event
    does not change."""
    cut = _OPENING_CUT.search(found.label)
    if cut is None:
        return found
    shown = cut.group("shown").split()
    at = re.search(r"\s+".join(re.escape(w) for w in shown), sentence, re.IGNORECASE)
    if at is None or sentence[at.end():at.end() + 1] in ",;:" or len(shown) >= CLAUSE_WORDS:
        return found
    close = _CLOSING.search(sentence, at.end())
    rest = sentence[at.end():close.start() if close else len(sentence)].split()
    for n, word in enumerate(rest[:CLAUSE_WORDS - len(shown)], 1):
        last = n == len(rest)
        if not (last or word.endswith((",", ";", ":")) or _SENTENCE_STOP.search(word)):
            continue
        words = " ".join(rest[:n]).rstrip(",.;:!?")
        label = found.label[:cut.end("shown")] + " " + words + ("”" if last else "…”")
        return replace(found, label=label) if len(label) <= most else found
    return found
