"""Label-only steps that make a finished label read as a whole clause: its subject when the label opens on its verb,
and no end of a span of time the date was the other end of.

Each step reads the label and its sentence alone and keeps the label's key: which rows make one event does not change,
and labels of one sentence that were the same stay the same.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.lexicon import verb_forms
from analysis.timeline.labels.fallback import tidy_label
from analysis.timeline.labels.model import EventLabel
from analysis.timeline.labels.names import PREFIX
from analysis.timeline.labels.words import AUX, MODALS

#: A date that may close or open a span of time with another: a year, a month (with its day and year), a weekday,
#: "this week", "the end of March" ...
_SPAN_DATE = (r"(?:(?:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)?"
              r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
              r"(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
              r"|(?:this|last|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter|quarter)|now|today)"
              r"(?:\s+(?:this|last|next)\s+year)?")


#: A span of time in the sentence: "from 2005 to 2009", "between April 2008 and December 2014", "from May until
#: this week".
_SPAN = re.compile(rf"\b(?P<open>(?:from|between)\s+(?P<first>{_SPAN_DATE}))"
                   rf"(?P<close>\s+(?:to|and|until|till|through)\s+(?P<last>{_SPAN_DATE}))(?!\w)")


def without_span_end(found: EventLabel, sentence: str) -> EventLabel:
    """``found`` without the one end of a span of time the date it was labelled for was the other end of ("X was
    chief executive from 2004 [to 2010]" -> "X was chief executive", "Sales rose fourfold between 2012 [and last
    spring]" -> "Sales rose fourfold"): its other end alone would say the event began or ended there."""
    label = found.label
    for span in _SPAN.finditer(sentence):
        if span.group(0) in label:
            continue
        opener, first = span.group("open").split(None, 1)
        joiner, last = span.group("close").split(None, 1)
        first, last = re.escape(first), re.escape(last)
        # its first end blanked ("between [2016] and the end of August"), its last end blanked ("from 2005 to [2009]
        # and is now ..."), its first end alone, its last end alone
        for end in (rf"\s+{opener}\s+{joiner}\s+{last}(?!\w)", rf"\s+{opener}\s+{first}\s+{joiner}(?!\w)(?!\s+{last})",
                    rf"\s+{opener}\s+{first}(?!\w)", rf"\s+{joiner}\s+{last}(?!\w)"):
            at = re.search(end, label)
            if at is not None:
                label = label[:at.start()] + label[at.end():]
                break
    if label == found.label or len(label.split()) < 2:
        return found
    return replace(found, label=tidy_label(label))


#: Words a sentence's subject opens on besides a name: determiners, possessives, demonstratives, quantifiers.
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                              "many", "some", "most", "several", "both", "all", "each", "few"})


#: Capitalised words that open no subject: prepositions, conjunctions, adverbs and pronouns of a fronted phrase.
_NOT_SUBJECT = frozenset({"with", "in", "on", "at", "after", "before", "as", "when", "while", "if", "but", "and", "or",
                          "so", "yet", "since", "until", "for", "from", "by", "to", "of", "under", "over", "despite",
                          "although", "though", "because", "once", "then", "still", "however", "meanwhile", "also",
                          "there", "here", "it", "he", "she", "they", "we", "i", "you", "what", "who", "which", "why",
                          "how", "where", "coming", "up", "down", "even", "just", "only", "not", "no"})


#: A subject that is a company's shares or stock: the timeline words those labels with the move's company.
_SHARES = re.compile(r"(?:the|its|their)\s+(?:shares|stock)\b", re.IGNORECASE)


#: The plural of an auxiliary a label opens on.
_PLURAL_AUX = {"is": "are", "was": "were", "has": "have", "does": "do"}


def _finite(word: str) -> str | None:
    """The lemma of ``word`` when it is a finite verb of a clause (an auxiliary or a modal as itself, a known verb's past
    or third person), else None."""
    low = word.lower().strip(".,;:\"'“”‘’")
    if low in AUX | MODALS:
        return low
    form = verb_forms().get(low)
    if form is None:
        return low if len(low) > 4 and low.endswith("ed") and low.isalpha() else None  # a past the list lacks
    if low == form.lemma or low.endswith("ing"):
        return None
    return form.lemma


def _subject_words(words: list[str]) -> tuple[list[str], int] | None:
    """The sentence's opening subject (at most eight words, no verb of its own) and the index of its clause's first
    finite verb, past asides set off by commas ("Its first filing, on April 4, argued ..."); None when the
    sentence opens on no subject."""
    if not words or words[0].lower().strip("\"“") in _NOT_SUBJECT:
        return None
    first = words[0].strip("\"“")
    if not (first.lower() in _SUBJECT_OPENERS or first[:1].isupper() and _finite(first) is None):
        return None
    subject: list[str] = []
    n = 0
    while n < len(words) and len(subject) <= 8:
        word = words[n]
        if _finite(word) is not None:
            return (subject, n) if subject else None
        subject.append(word.rstrip(","))
        if word.endswith(","):
            # an aside set off by commas: skipped up to its closing comma
            close = next((m for m in range(n + 1, min(len(words), n + 12)) if words[m].endswith(",")), None)
            if close is None or any(_finite(w) is not None for w in words[n + 1:close + 1]):
                return None
            n = close + 1
            if n < len(words) and _finite(words[n]) is not None:
                return subject, n
            return None
        n += 1
    return None


def with_own_subject(found: EventLabel, sentence: str) -> EventLabel:
    """``found`` with its clause's subject when the label opens on its verb and the sentence's own subject goes with
    that verb ("Its order value, about 3 billion crowns at the peak, had shrunk to 1.2 billion" -> "Its order value
    shrinks to 1.2 billion", was "Shrinks to 1.2 billion"; "Its first filing, on April 4, argued ..." -> "Its first
    filing argues ..."): the
    sentence's opening noun phrase, past its asides, then the label's verb as its first finite verb (an auxiliary
    before it passed over). Unchanged otherwise."""
    words = found.label.split()
    if len(words) < 2:
        return found
    lemma = _finite(words[0])
    if lemma is None:
        return found
    body = sentence[PREFIX.match(sentence).end():] if PREFIX.match(sentence) else sentence
    opened = _subject_words(body.split())
    if opened is None:
        return found
    subject, at = opened
    if all(w.lower() in _SUBJECT_OPENERS for w in subject) and lemma not in AUX | MODALS:
        return found  # "The raids killed ...": the label's first word is the subject's noun, not its verb ("This was")
    if any(not re.fullmatch(r"[\w'’.&$%-]+", w) or w in ("-", "–", "—") for w in subject) \
            or _SHARES.match(" ".join(subject)):
        return found  # a line's heading ("Orvane Corp (1234) - Rose 2%"), or the shares a move's label names
    tokens = body.split()
    verb = at
    while verb + 1 < len(tokens) and tokens[verb].lower() in AUX | MODALS and lemma not in AUX | MODALS:
        verb += 1  # "had shrunk": the label's verb is the participle's
    said = tokens[verb].lower().strip(".,;:")
    form = verb_forms().get(said)
    said_lemma = said if said in AUX | MODALS else (form.lemma if form is not None else None)
    if said_lemma != lemma and not (lemma in AUX and said in AUX and _PLURAL_AUX.get(lemma) in (None, said)):
        return found
    head = subject[-1].lower()
    plural = head.endswith("s") and not head.endswith(("ss", "'s", "’s", "us", "is")) and not subject[-1][:1].isupper()
    first = words[0].lower()
    if plural and first in _PLURAL_AUX:
        first = _PLURAL_AUX[first]
    elif plural and first in verb_forms() and first == verb_forms()[first].third:
        first = verb_forms()[first].lemma  # "Its shares rise", not "rises"
    named = " ".join(subject)
    label = f"{named[:1].upper()}{named[1:]} {first} {' '.join(words[1:])}"
    return replace(found, label=label)
