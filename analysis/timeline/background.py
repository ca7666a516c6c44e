"""A past year naming an earlier event beside the day a sentence tells: background, no event of the sentence.

"The stock closed at $34.95, its lowest since the 2015 merger", "Shares closed at $33.48, the lowest since the company's
2015 formation", "A judge, who oversees its probation stemming from its 2016 conviction, proposed the conditions on
Jan. 9", "X told the inquiry on August 7 that it never asked for the consent to be reconsidered after the 2014
findings". A sentence that tells a day tells its event on that day (the timeline reads one date a sentence, its main
clause's: :func:`analysis.timeline.clauses.subordinate`). A stated year before that day that only modifies the noun of
an act or a happening (after a determiner or a possessive) recalls that earlier event by its year: it tells no event
of the sentence, and the year, never drawn on the chart, would stand as a second one. A year stays when its noun is
the subject of a verb of its own ("A 2027 study found that ...": the study's event), names a thing rather than an act
("the 2039 orchard law"), when a verb tells its event ("their steepest fall since the lender listed in 2009", "the
plant it built in 2036"), when it opens a record's span ("its largest increase since 2004": the last time), when it
holds the day (it frames it: :func:`analysis.timeline.dated.readings.year_frames`) or comes after it (a plan told on
the day), and in a sentence with no day (its year is its only date).
"""

from __future__ import annotations

import re
from datetime import date

from analysis.timeline.dated.model import TemporalExpression

#: A year stated alone ("2017").
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A determiner or a possessive right before the year: "the 2017 fires", "its 2016 conviction", "the company's 2015
#: formation", "Western Australia's 1972 heritage law".
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|a|an|this|that)|['’]s?)\s+$", re.IGNORECASE)
#: The noun phrase after the year: one to three words, up to a function word, a punctuation mark or a verb's "-ed".
_PHRASE_AFTER = re.compile(r"(?:\s+(?![a-z]+ed\b)(?!(?:and|or|but|to|of|in|on|at|for|by|as|from|with|was|were|is|are|has|had|have|"
                           r"will|would|when|which|that|who|after|before|through|until|since)\b)[A-Za-z][\w-]*){1,3}")
#: A noun of an act or a happening by its form: "merger", "conviction", "formation", "findings", "closure", "approval"
#: (the year then dates that event, not a thing named by its year: "the 2039 orchard law", "a 2027 model").
_EVENT_NOUN = re.compile(r"(?:[a-z]{2}(?:tion|sion|ment|ings?|ure|al)|merger)s?$")
#: What follows a clause's subject: a finite verb ("A 2027 study found that ...": the study's own event).
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|found|showed|shows|said|says|is|are|was|were|has|had|have|will|would)\b")


def named_background(text: str, e: TemporalExpression) -> bool:
    """Whether the stated year ``e`` (offsets into ``text``) modifies the noun of an event after a determiner or a
    possessive ("the 2015 merger", "its 2016 conviction", "the company's 2015 formation") that is no subject of a
    verb of its own ("A 2027 study found ..." tells the study)."""
    expression = e.expression.strip()
    if not _YEAR.fullmatch(expression):
        return False
    if not _DETERMINER_BEFORE.search(text, max(0, e.start - 40), e.start):
        return False
    phrase = _PHRASE_AFTER.match(text, e.end)
    if phrase is None or _VERB_AFTER.match(text, phrase.end()):
        return False
    return _EVENT_NOUN.search(phrase.group(0).split()[-1].lower()) is not None


def past_backgrounds(found: list[TemporalExpression], skipped: set[int], text: str) -> set[int]:
    """The ids of the expressions of one sentence (``found``, offsets into ``text``) that are a stated year ending
    before the earliest day the sentence tells (a resolved expression of precision "day" whose id is not in ``skipped``,
    the dates the sentence's rows leave out already) and named as background (:func:`named_background`). Empty when
    the sentence tells no day."""
    days = [e.date_start for e in found if id(e) not in skipped and e.precision == "day" and e.date_start is not None]
    if not days:
        return set()
    first = min(days)
    return {id(e) for e in found
            if e.precision == "year" and e.date_end is not None and e.date_end < first and named_background(text, e)}


#: The shortest period that is a plan's horizon rather than a scheduled day: a quarter (a month of results to come,
#: "will report in October", is a date the writers list beside the day it was announced; a year, a half, a quarter,
#: "late 2032", "early next year" are not).
MIN_HORIZON_DAYS = 80


def coming_horizons(found: list[TemporalExpression], skipped: set[int], dct: date | None) -> set[int]:
    """The ids of the expressions of one sentence (``found``) that are a period of a quarter or longer, not over by the
    report's day, beginning after a past day, week or month the sentence tells (one whose id is not in ``skipped``, ending by the report's day
    ``dct``): the horizon of a plan told on that day ("Ardent said on Thursday its first chips would slip to late
    2032", "On Tuesday the chief executive said the board would choose a site early next year", "March 4, 2030 -
    Ardent says its first mill will open in 2032"). The writers list the day of the telling, never the horizon;
    a sentence with no such day keeps it (its only date: "Ardent's first chips are due in 2032"), and so does a
    month or a day to come ("will report results in October"), and a period already over when the report was written
    ("a record fine in February 2035, larger than the one imposed in 2037": an event of its own)."""
    told = [e.date_end for e in found if id(e) not in skipped and e.precision in ("day", "week", "month")
            and e.date_end is not None and dct is not None and e.date_end <= dct]
    if not told:
        return set()
    first = min(told)
    return {id(e) for e in found if id(e) not in skipped and e.date_start is not None and e.date_end is not None
            and (e.date_end - e.date_start).days >= MIN_HORIZON_DAYS and e.date_start > first
            and dct is not None and e.date_end > dct}
