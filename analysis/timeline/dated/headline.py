"""The news a headline tells: its article's day.

A news headline tells what happened in the headline present, with no date: "Kessler resigns as Brightwater CEO",
"Floods shut Seraya plant; shares post record fall". The event is the one its article's lead tells ("The SEC on
Tuesday accused ..."), so the headline is dated as the lead is (the first sentence of prose with a date of its own): the
first day it names (not the dateline's, nor a possessive's: "the fallout from Friday's blowout"), when that day is
in the week up to the publication date, else the publication date itself.

Left alone: a headline with a date of its own (the timex table reads it; a length of time, "six-year low", an undated
"soon" and a year or month qualifying a noun, "no 2024 forecast", are none), a question ("Should you buy the
drought?"), a feature's or an interview's opening ("Analysis:", "Inside ...", "What we know ...", "Q&A:", a kicker
opening with an article, "The power of open source: ..."), and a headline with no verb of an event in the present (a
noun phrase: "Ash Week: what the volcano taught us"). The verbs are those of ``analysis/data/event_verbs.csv`` (their
third person, "resigns", or their plain form after a plural subject, "shares tumble") and the third person of the
common verbs of ``analysis/data/label_verbs.csv`` where it cannot be a plural noun ("FAA clears path", not "property
stocks suffer" nor "a history of updates").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from analysis.lexicon import finite_verb_words, label_verb_forms, verb_forms
from analysis.time.timex import Timex, find_timexes
from analysis.timeline.dated.model import TemporalExpression
from analysis.timeline.labels.model import DETERMINERS

#: The basis of a headline's date.
HEADLINE_DAY = "the headline's news, told in the present with no date of its own: the day of its article's lead"
#: The days before the publication date the lead's day may be for the headline to take it.
LEAD_DAYS = 6
#: The end of a sentence of prose: key points under a headline ("* Labour Court hearing set for Friday") and a
#: standfirst end without a stop.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
#: A wire's tag before the headline: "UPDATE 2-", "EUROPE MARKETS-", "STOCKS:".
HEADLINE_TAG = re.compile(r"^\s*(?:UPDATE\s*\d*|[A-Z][A-Z &/.'’-]{2,})\s*[-–—:]\s*")
#: A feature's, an analysis's or an interview's headline, or a reader's question.
_FEATURE = re.compile(
    r"^\W*(?:analysis|opinion|comment|commentary|column|explainer|explained|q\s*&\s*a|interview|transcript|inside|"
    r"what|why|how|when|who|should|is|are|can|could|will|would|does|do)\b|\?", re.IGNORECASE)
#: A feature's kicker before a colon, a noun phrase opening with an article: "The power of open source: X opens up
#: on Y", "A tale of two harbours: ...". The news of a day is told by its subject and verb, or a section's or a
#: speaker's name before the colon ("European shares: ...", "Powell: ...").
_KICKER = re.compile(r"^\W*(?:the|a|an)\s[^:;]*:\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A modal or "to" before the verb: a plan or a forecast, not the day's news ("will be paid in bookings, not fines").
#: Not a "to" before a figure, a bound ("Up to 2.7 million users affected, says regulator").
_MODAL = re.compile(r"\b(?:will|would|could|may|might|to(?!\s+[\d$€£¥]))\b(?![^;]*;)", re.IGNORECASE)
#: What follows a verb with its object or complement: a space, then a word, a figure or a quotation (not the end of
#: the headline, a colon or a dash).
_OBJECT_AFTER = re.compile(r"\s+[\w$€£'‘\"“]")
#: Words before a noun, not a verb: "a history of updates", "fears over costs".
_PREPOSITIONS = frozenset("of for in on at by with from to into over about against amid after before".split())
#: Words after a noun of a list: "Hong Kong stocks and the Fed".
_CONJUNCTIONS = frozenset(("and", "or", "nor"))
#: A possessive after a date: "the fallout from Friday's blowout" names an event before the lead's news.
_POSSESSIVE = re.compile(r"['’]s\b")
#: A dateline's city before a date opening the lead ("LONDON, Sept 10 (Wire) -").
_DATELINE_CITY = re.compile(r"^\W*[A-Z][A-Z .'’-]+,\s*$")


def _present_verb(title: str) -> re.Match[str] | None:
    """The first verb of an event in the headline present in ``title``: a third person ("resigns", "halts") not
    after a determiner, or a plain form after a plural noun ("shares tumble", "floods shut") not before a third person
    (the plain form is then a noun: "Stevedores strike shuts"); None when a modal comes before it ("will be paid")."""
    forms = verb_forms()
    finite = finite_verb_words()
    noun_thirds = {v.third for v in forms.values()}
    words = list(_WORD.finditer(title))

    def third(k: int) -> bool:
        low = words[k].group(0).lower()
        verb = forms.get(low)
        return verb is not None and low == verb.third and low != verb.lemma

    def common_third(k: int) -> bool:
        # a common verb's third person ("FAA clears path", "chief departs") with words after it: not a plural noun
        # ending the headline or its part ("Boeing results: what to watch")
        low = words[k].group(0).lower()
        # nor a plural noun before the verb ("property stocks suffer"), after a preposition ("a history of updates")
        # or before a conjunction ("Hong Kong stocks and the Fed")
        # (an event verb's third person left out of its forms is a noun: "prices", "issues")
        return low not in forms and low not in noun_thirds and low.endswith("s") and low in finite and \
            _OBJECT_AFTER.match(title, words[k].end()) is not None and \
            words[k - 1].group(0).lower() not in _PREPOSITIONS and \
            not (k + 1 < len(words) and (words[k + 1].group(0).lower() in forms
                                         or words[k + 1].group(0).lower() in _CONJUNCTIONS))

    for k, m in enumerate(words):
        low = m.group(0).lower()
        verb = forms.get(low)
        if (verb is None and not common_third(k)) or k == 0:
            continue
        prev = words[k - 1].group(0).lower()
        if prev in DETERMINERS or prev.endswith(("'s", "’s")):
            continue  # "the cut", "its falls", "Acme's charges": a noun
        if verb is None:
            return None if _MODAL.search(title, 0, m.start()) else m
        found = third(k) or (low == verb.lemma and prev.endswith("s") and not prev.endswith("ss")
                             and not (k + 1 < len(words) and third(k + 1)))
        if found:
            return None if _MODAL.search(title, 0, m.start()) else m
    return None


#: A year or a month that is a noun's modifier ("no 2024 forecast", "for July outage"): a lower-case word right after
#: it that is no preposition or conjunction.
_MODIFIER_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|as|after|amid|before|while|when|with|to|from|on|in|at|by|for|of|despite|over|since|"
    r"until|vs)\b)[a-z]")
#: The TIMEX3 value of a year or a month.
_YEAR_OR_MONTH = re.compile(r"^\d{4}(?:-\d\d)?$")


#: "since" right before a year or a month: a yardstick of the news ("worst day since 1987", "first time since 2014",
#: "biggest rate rise since 1989"), not its date.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def _dates_the_news(title: str, t: Timex) -> bool:
    """Whether the expression ``t`` of a headline dates its news ("on Monday", "in January"): not a length of time
    ("six-year low", "worst rout in years"), an undated reference ("could come soon"), a year or month before a
    noun it qualifies ("no 2024 forecast", "apologises for July outage": the headline's news is still its day's) or a
    year or month after "since" that measures the news ("Nikkei suffers worst day since 1987")."""
    if t.type not in ("DATE", "TIME") or t.date_start is None:
        return False
    if _YEAR_OR_MONTH.match(t.value) and _SINCE_BEFORE.search(title, max(0, t.start - 12), t.start):
        return False
    return not (_YEAR_OR_MONTH.match(t.value) and _MODIFIER_AFTER.match(title, t.end))


def _lead_day(text: str, dct: date, found: list[TemporalExpression], starts: list[int], ends: list[int],
              plan: bool = False) -> date:
    """The day the article's lead names first (not its dateline's, nor a possessive's: "the fallout from Friday's
    blowout" names an earlier event), when in the week up to ``dct``; else ``dct``. The
    lead is the first sentence with a date of its own that ends with a stop (not a key point's line under the
    headline, "* Hearing set for Friday", nor a standfirst). For a headline's ``plan`` the first day of the lead, past
    the date of the plan itself ("will cut 400 jobs in April, the company said on Tuesday": the day it was made known)."""
    for s0, s1 in zip(starts, ends):
        if not _SENTENCE_END.search(text, s0, s1):
            continue
        dated = sorted((e for e in found if s0 <= e.start < s1 and e.resolved
                        and not _DATELINE_CITY.match(text[s0:e.start])
                        and not _POSSESSIVE.match(text, e.end)), key=lambda e: e.start)
        if not dated:
            continue
        first = next((e for e in dated if e.precision == "day" and e.date_start == e.date_end), dated[0]) if plan \
            else dated[0]
        if first.precision == "day" and first.date_start == first.date_end and \
                dct - timedelta(days=LEAD_DAYS) <= first.date_start <= dct:  # type: ignore[operator]
            return first.date_start  # type: ignore[return-value]
        return dct
    return dct


#: A headline's plan, the headline's future: its subject, "to" and a verb's plain form ("Acme to cut 2,000 jobs",
#: "Brisk Cider chief to step down, pay $2 million to settle charges"). The news of the day is that the plan was made
#: or announced. Not after a word that makes "to" a preposition or a figure's bound ("Up to 2.7 million users
#: affected", "Shares close to record", "Exports down to 2019 level").
_PLAN = re.compile(r"^\W*(?P<subject>[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,5}?)[ \t]+to[ \t]+(?P<verb>[a-z]+)\b")
_NOT_A_PLAN_SUBJECT = frozenset(
    "up down due close next according thanks owing prior compared back ahead open key similar equal linked tied "
    "related subject return road path guide answer way".split())
#: A word of readiness between a plan's subject and "to": "Acme set to cut jobs", "X prepared to testify".
_READY = frozenset("set poised prepared ready".split())
#: A noun that takes "to" and a verb after it: "Acme's agreement to acquire 51% of X", "a plan to sell its branches".
_NOUN_BEFORE_TO = frozenset(
    "agreement agreements plan plans bid bids offer offers deal deals move moves decision decisions attempt attempts "
    "effort efforts right rights ability pledge pledges vow promise push order orders proposal proposals failure "
    "refusal deadline chance need time".split())


def _plan_verb(title: str) -> re.Match[str] | None:
    """The plain form of the verb of a headline's plan (:data:`_PLAN`), or None: its subject's words are no
    preposition nor finite verb, it ends on no noun taking "to" ("agreement to acquire"), and the word after "to" is a
    verb of ``analysis/data/event_verbs.csv`` or ``label_verbs.csv``."""
    m = _PLAN.match(title)
    if m is None:
        return None
    words = [w.lower() for w in _WORD.findall(m.group("subject"))]
    finite = finite_verb_words()
    if len(words) > 1 and words[-1] in _READY:
        words = words[:-1]  # "Roe prepared to testify", "Acme set to cut jobs": the plan's subject before it
    if not words or words[-1] in _NOT_A_PLAN_SUBJECT or words[0] in _NOT_A_PLAN_SUBJECT \
            or words[-1] in _NOUN_BEFORE_TO or any(w in _PREPOSITIONS or w in finite for w in words):
        return None  # (a verb in the subject: "X agreed to pay", "X said a plan to sell ...": no headline's plan)
    lemmas = {v.lemma for v in label_verb_forms().values()}
    return m if m.group("verb") in lemmas else None


def headline_day(title: str, text: str, dct: date | None, found: list[TemporalExpression],
                 starts: list[int], ends: list[int]) -> tuple[int, date] | None:
    """(the offset in ``title`` of its verb, the day) of the event ``title``, an article's headline, tells (see the
    module's doc), or None. ``text`` is the article's text, ``found`` its dated expressions, ``starts``/``ends`` its
    sentences."""
    if dct is None or not title.strip():
        return None
    tag = HEADLINE_TAG.match(title)
    body = title[tag.end():] if tag else title
    if _FEATURE.search(body) or _KICKER.match(body) or any(_dates_the_news(title, t) for t in find_timexes(title, dct)):
        return None
    verb = _present_verb(body)
    if verb is None:
        plan = _plan_verb(body)  # "Acme to cut 2,000 jobs": the plan made known, news of the lead's day
        if plan is None:
            return None
        return (tag.end() if tag else 0) + plan.start("verb"), _lead_day(text, dct, found, starts, ends, plan=True)
    return (tag.end() if tag else 0) + verb.start(), _lead_day(text, dct, found, starts, ends)


#: A bullet opening a key point's line ("• ", "* "), which the cleaning may have taken off already.
_BULLET = re.compile(r"^[ \t]*(?:[•*▪·][ \t]+)?")
#: The lines from the top of an article's text that key points may be on.
KEY_POINT_LINES = 12
#: A key point has at most this many words: a headline's length.
MAX_KEY_POINT_WORDS = 16


def key_points(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each key point listed at the top of an article's text (under its headline, which
    the text does not hold), before its lead: a line told as a headline is, with no stop at its end ("Lehman files
    for bankruptcy; AIG seeks lifeline", "Bank of Russia raises key rate to 20%"), perhaps after a bullet. The points
    end at the first line of prose (a stop at its end: the lead, a live blog's first entry) or a line opening with a
    figure (a time stamp, a table)."""
    out: list[tuple[int, int]] = []
    at = 0
    for _ in range(KEY_POINT_LINES):
        if at >= len(text):
            break
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop]
        if line.strip():
            if _SENTENCE_END.search(line) or line.lstrip()[:1].isdigit():
                break
            start = at + _BULLET.match(line).end()  # type: ignore[union-attr]
            if len(_WORD.findall(text, start, stop)) <= MAX_KEY_POINT_WORDS:
                out.append((start, stop))
        at = stop + 1
    return out

def key_point_days(text: str, dct: date | None, found: list[TemporalExpression], starts: list[int],
                   ends: list[int]) -> list[tuple[int, date]]:
    """(the offset in ``text`` of its verb, the day) of each key point at the top of ``text`` (:func:`key_points`) that
    tells news as a headline does (:func:`headline_day`: a verb in the headline present, no date of its own, no
    feature's or question's form): "• Bank of Russia raises key rate to 20%" is told on its lead's day too."""
    out = []
    for start, end in key_points(text) if dct is not None else []:
        found_day = headline_day(text[start:end], text, dct, found, starts, ends)
        if found_day is not None:
            out.append((start + found_day[0], found_day[1]))
    return out
