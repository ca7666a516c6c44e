"""A past year told in an aside on a sentence's subject: background of the subject, no date of the sentence's event.

"Pellham, which bought the grid unit in 2031 when it took over Orrin, said in a statement that ...", "Dovercorp, set
up in 2027 by two farm lenders, said it was weighing asset sales", "The finance chief and Eli Lund, who ran the
group from 2029 to 2033 and now sits on its advisory board, also left." A non-restrictive relative clause or a
participle set off by commas between the subject and its verb describes the subject; the sentence tells what its main
verb says. A year in the aside dates the subject's past (its founding, its tenure, a purchase), never the act the
sentence tells, which a report of the day tells on its day (plain grammar: the aside can be dropped and the sentence
still says all it tells). Only a year (or a run of years): a day in such an aside is an event of its own the writers
list ("Tellan Systems, which reports results on Wednesday, fell 2%").
"""

from __future__ import annotations

import re

from analysis.lexicon import verb_forms
from analysis.timeline.dated.model import TemporalExpression

#: The opening of an aside on the subject: a comma, then a relative pronoun or a participle ("formed", "set up",
#: "founded", "taken").
_OPENS = re.compile(r",\s+(?:who|which|[a-z]{3,}ed\b|[a-z]{3,}en\b|set\s+up\b|built\b|bought\b)", re.IGNORECASE)
#: What may come between the aside's closing comma and the main verb: an adverb or an auxiliary.
_BEFORE_VERB = re.compile(r",\s+(?:(?:also|then|now|later|too|separately|itself|himself|herself|has|have|had|will|"
                          r"would|was|were|is|are|[a-z]+ly)\s+){0,2}(?P<verb>[a-z]+)\b")
#: Words of a finite verb or an auxiliary that show a clause already ran before the aside (no subject aside then).
_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "can", "could"})
_YEAR_TEXT = re.compile(r"(?:19|20)\d\d")
#: What ends an aside before its closing comma could: a clause's punctuation, a quotation mark, a line's or a
#: sentence's end.
_ASIDE_STOP = re.compile(r"[;:!?\"“”()\n]|\.\s")


def _verb(word: str) -> bool:
    """Whether ``word`` (lowercase) is a finite verb: a past or third-person form of a verb of the lexicon, an "-ed"
    word or an auxiliary."""
    if word in _AUX:
        return True
    forms = verb_forms()
    return (word in forms and word != forms[word].lemma and not word.endswith("ing")) or (
        len(word) > 4 and word.endswith("ed"))


def subject_aside(text: str, s0: int, e: TemporalExpression) -> bool:
    """Whether the year ``e`` (offsets into ``text``, its sentence starting at ``s0``) stands in an aside on the
    sentence's subject: opened by a comma and a relative pronoun or a participle after a subject with no verb of its
    own, closed by the next comma, which a verb (perhaps after an adverb or an auxiliary) follows."""
    if e.precision != "year" or not _YEAR_TEXT.search(e.expression):
        return False
    opens = list(_OPENS.finditer(text, s0, e.start))
    if not opens:
        return False
    m = opens[-1]
    head = text[s0:m.start()]
    if any(_verb(w) for w in re.findall(r"\b[a-z]+\b", head)) or re.search(r"[;:!?\"“”]", head):
        return False  # a clause ran before the comma: no subject aside
    aside = text[m.end():e.start]
    if re.search(r"[,;:!?\"“”()]|\.\s", aside):
        return False  # the year is past the aside's close
    close = text.find(",", e.end)
    stop = _ASIDE_STOP.search(text, e.end)
    if close < 0 or (stop is not None and stop.start() < close):
        return False
    verb = _BEFORE_VERB.match(text, close)
    return verb is not None and _verb(verb.group("verb"))
