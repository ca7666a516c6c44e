"""The undated acts of a report of its own day: a statement with its occasion, an act told, a decision, a new rating.

A report of the day names its day once ("Shares of X closed 8.4% lower on Tuesday after ...") and goes on telling
that day's acts without it: ""We are deeply sorry," the chief executive said in a statement.", "X told analysts on a
conference call that ...", "Y wrote in a note to clients.", "Z, an analyst at W, cut her rating on the stock to
"hold" from "buy"." Each is an act on the report's day. :func:`report_acts` dates them so: a sentence with no date of
its own outside quotation marks (a date inside the quoted words is the speaker's, not the telling's; a baseline after
"from", "upside of 21% from Monday's close", is the figure's; a year alone, "its 2017 forecast", dates no event on the
timeline), telling an utterance with its occasion named (a statement, a filing, an exchange notice, a memo, a post, a
communiqué, an emailed reply, a readout, a note to clients, a conference call, a news conference or briefing, "told
analysts", "told <Name>", "told the <Name>", "told broadcaster <Name>", "wrote on <Name>"), an act told as done or
under way ("the regulator said it had taken possession of the bank", "said it was creating a lending facility"; not a
view of analysts or economists, and with no date in the sentence at all), a decision in the simple past with a named
subject (:func:`decision`: "The state regulator took possession of the bank", "X also halted its shares"; no date in
the sentence either), a commitment a named subject announces for itself (:func:`pledge`: "Alpha Air said it would
ground the jets", "a spokeswoman said the firm would cooperate fully"; no date in the sentence either) or a change
of an analyst's rating or price target, in an article whose lead (the first sentence naming a day) tells of its
publication day or of the day before (a morning paper's report of the day before; else a look back). The report's
day is the latest such day the lead names: a background date told first ("Delta, hit by the July 19 outage, said on
Wednesday ...") does not move the report's acts off its day. A plain "said" of a view is enough only from a named
speaker who is not an analyst, an economist or another giver of views (:func:`statement`: "Pellham Bank, the largest
lender, said its exposure was small", "Ana Varga will serve as interim chief executive, Corran said."): a report of
its day leaves "on Tuesday" out of its day's statements after the lead, and the writers date them on that day (round
66: most of the undated news of the day still missed). "Analysts said the market was relieved", "X says ..." (a
feature's present) and a quotation's own words are left out.
A research note's own rating change in the present ("We downgrade X to Sell.", "We cut our price target to $265")
is its publication day's act, whatever day its lead tells of (:func:`own_ratings`).
Results told in the past ("posted a fourth-quarter loss") are not read as acts: on held-out text they were as often
last quarter's results told again as the day's.
"""

from __future__ import annotations

import csv
import functools
import re
from bisect import bisect_right
from datetime import date, timedelta

from analysis import config
from analysis.timeline.dated.asides import subject_aside
from analysis.timeline.dated.model import TemporalExpression

#: The basis of an act read from the report's day.
REPORT_ACT = "an act of the report's day: an undated statement or rating change told in a report of its publication day"
#: An utterance with its occasion: "said in a statement", "In a brief statement, X said", "told analysts", "told
#: Valdmere Radio", "wrote in a note to clients", "on a conference call", "said in a filing", "said in a stock exchange
#: notice", "said in an emailed reply to queries", "wrote in a post on X", "said in a memo to staff".
_OCCASION = re.compile(
    r"\b(?i:in|on|during|at)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+){0,2}?(?:statement|filing|research\s+note|"
    r"note\s+to\s+clients|note\s+to\s+investors|conference\s+call|call\s+with\s+(?:analysts|investors|reporters)|"
    r"press\s+release|news\s+release|memo|post(?!-)|communiqu[eé]|notice|reply|response|readout|"
    r"(?:news|press)\s+(?:conference|briefing)|briefing)\b"
    r"|\btold\s+(?:analysts|reporters|investors|journalists|shareholders|(?:the\s+)?[A-Z][\w'’&.-]*|"
    r"(?:a|the)\s+(?:\w+\s+)?(?:news|press)\s+(?:conference|briefing)|"
    r"(?:the\s+)?(?:broadcaster|newspaper|news\s+agency|radio\s+station|magazine)\s+[A-Z])"
    r"|\bwrote\s+in\s+a\s+(?:\w+\s+)?note\b"
    r"|\b(?:wrote|posted)\s+on\s+[A-Z][\w'’&.-]*")
#: An analyst's new rating or price target: "cut his rating on X to "hold"", "raised their price target to 310 pence",
#: "downgraded the stock to "sell"".
_RATING = re.compile(
    r"\b(?:cut|lowered|reduced|trimmed|raised|lifted|increased|upgraded|downgraded)\s+(?:\w+\s+){0,3}?"
    r"(?:rating|price\s+target|target\s+price|recommendation)s?\b"
    r"|\b(?:upgraded|downgraded)\s+(?:the\s+(?:stock|shares|company)|[A-Z]\w+)\s+to\b")
#: A saying verb whose reported clause tells an act already done or under way: "said it had taken possession of the
#: bank", "said 11 reactors had shut down", "confirmed it had sent", "Biden had been briefed", "said it was creating a
#: lending facility", "said its news service was hit". Not the verb of a relative clause ("Stockal, which said
#: inflows had been minimal"), not a possession ("said it had no plans") nor a state ("had been a mistake").
_ACT_TOLD = re.compile(
    r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:said|confirmed|announced|disclosed)\s+(?:that\s+)?"
    r"(?:[\w'’.,()-]+\s+){0,8}?"
    r"(?:(?:had|has|have)\s+(?:(?:already|also|now|just|temporarily)\s+)?(?:been\s+[a-z]+(?:ed|en|wn)\b|"
    r"(?!(?:no|not|a|an|the|to|any|some|its|their|his|her|more|less|enough|little|nothing|only|about|been)\b)[a-z]+\b)"
    r"|(?:is|was|were|are)\s+(?!(?:going|trying|hoping|planning|seeking|considering|looking)\b)[a-z]+ing\b"
    r"|(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)(?:was|were)\s+(?:(?:also|temporarily|briefly)\s+)?"
    r"(?:[a-z]+ed|hit|shut|down|struck|taken)\b)")
#: Who gives a view rather than tells an act: "Analysts said the sell-off had gone too far."
_VIEW_SUBJECT = re.compile(r"\b(?:analysts|economists|strategists|traders|investors|observers|experts|critics|managers|"
                           r"dealers|brokers)\b",
                           re.IGNORECASE)


VERBS_PATH = config.PACKAGE_DIR / "data" / "event_verbs.csv"
#: The meanings (groups of ``event_verbs.csv``) of a decision or an act an authority, a company or an official takes
#: and a report tells as its day's news: "The state regulator took possession of the bank" aside, "The central bank
#: injected ...", "X also halted its shares", "The agency closed the bank before dawn", "Y suspended dealing in its
#: fund", "Z cut its growth forecast". Moves (fall, rise) are the sessions' (:mod:`wraps`), sayings the occasions'
#: above; results ("reported", "posted") are left out (see the module's doc).
DECISION_GROUPS = frozenset({
    "release", "publish", "announce", "close", "halt", "ban", "impose", "lift", "approve", "reject", "order", "rescue",
    "downgrade", "cut", "raise", "file", "buy", "sell", "sign", "appoint", "fire", "vote", "investigate", "fine",
    "charge", "arrest", "settle", "merge", "withdraw", "extend", "resume", "expand", "begin", "offer",
})
#: Words a decision's subject never opens with: a pronoun, a negation or a quantity ("Not everyone agreed", "Neither
#: company confirmed ...", "Some funds suspended ..."), a conjunction or an adverb of time.
_NOT_A_SUBJECT = re.compile(
    r"^(?:it|he|she|they|we|i|you|this|that|these|those|there|not|neither|no|none|nobody|few|some|many|most|all|each|"
    r"both|other|others|another|any|but|and|or|so|yet|then|once|earlier|later|previously|when|after|before|while|if|"
    r"as|since|because|although|though|someone|somebody|everyone|everybody|anyone|nobody)\b", re.IGNORECASE)
#: What a decision's subject never holds: a subordinate clause ("Its collapse came two days after it announced"), a
#: time before the day ("The clearing house later cut it"), a present or a negation before the verb ("are not named").
_IN_SUBJECT = re.compile(
    r"\b(?:after|before|when|while|since|because|until|if|which|who|whom|that|later|earlier|previously|once|"
    r"subsequently|initially|originally|not|never|is|are|am)\b|n['’]t\b", re.IGNORECASE)
#: A price at the close after "closed" or "ended": "closed at $263.91", "ended 0.4 pct lower", "closed flat".
_SESSION_CLOSE = re.compile(r"\s+(?:at|up|down|higher|lower|flat|unchanged|little|slightly|sharply|off|with|the|"
                            r"a|an|in|on|[\d$€£¥+−-])", re.IGNORECASE)
#: An aside inside the subject: a parenthesis, an appositive or a relative clause between commas.
_SUBJECT_ASIDE = re.compile(r"\s*\([^()]*\)|,\s+[^,]*,")
#: An adverb between a decision's subject and its verb ("X also halted", "the Fed separately created").
_BEFORE_VERB = re.compile(r"(?:\s+(?:also|separately|formally|swiftly|quickly|immediately|jointly|then|all|both))+$",
                          re.IGNORECASE)
#: A connective opening the sentence before its subject.
_OPENER = re.compile(r"^(?:Meanwhile|Separately|In addition|Also|Elsewhere),\s+")
#: "took" as a decision: "took possession of", "took control of", "took over".
_TAKEN = re.compile(r"\s+(?:possession|control|charge)\s+of\b|\s+over\b")
#: The longest subject of a decision (words, asides taken out).
MAX_DECISION_SUBJECT = 10
_WORD_RE = re.compile(r"[A-Za-z][\w'’&.-]*")


@functools.cache
def _decision_pasts() -> frozenset[str]:
    """The past forms of the verbs of :data:`DECISION_GROUPS` in ``event_verbs.csv`` ("seized", "halted", "cut")."""
    with VERBS_PATH.open(encoding="utf-8") as fh:
        return frozenset(row["past"].strip().lower() for row in csv.DictReader(fh)
                         if row["group"].strip().lower() in DECISION_GROUPS)


#: Characters that join a word to the next: the verb of a decision is a word of its own, not part of "short-cut".
_JOINERS = frozenset("'’&.-")


#: A response told in the simple past, an act of the day as a decision is: "X called for an inquiry", "Y urged
#: Congress to act", "Z welcomed the order", "W demanded that ...", "V declined to comment".
RESPONSES = (r"called\s+for", r"urged", r"welcomed", r"demanded", r"declined\s+to\s+comment")
#: A response that holds its object: "X declined to comment."
_WHOLE_RESPONSE = re.compile(r"declined\s+to\s+comment")


@functools.cache
def _decision_verb() -> re.Pattern[str]:
    """A word of :func:`_decision_pasts`, "took" or a response (:data:`RESPONSES`), in lower case (a decision's verb
    follows its subject)."""
    words = "|".join(sorted((re.escape(w) for w in _decision_pasts() | {"took"}), key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(RESPONSES)}|{words})\b")


def _named_subject(before: str, pasts: frozenset[str]) -> bool:
    """Whether ``before`` (the words of a clause before its verb, an opener taken out) is a named subject: asides and
    adverbs taken out, at most :data:`MAX_DECISION_SUBJECT` words opening with a capital, no pronoun, quantity or
    negation first (:data:`_NOT_A_SUBJECT`), no clause, time, perfect or plan in it, no verb of ``pasts``."""
    subject = _BEFORE_VERB.sub("", _SUBJECT_ASIDE.sub("", before.rstrip()))
    words = subject.split()
    return not (not words or len(words) > MAX_DECISION_SUBJECT or not words[0][:1].isupper()
                or _NOT_A_SUBJECT.match(subject) or re.search(r"[,;:\"“”]", subject)
                or _IN_SUBJECT.search(subject) or _NOT_NOW.search(subject + " ")
                or any(w.lower() in pasts for w in words))


def decision(sentence: str) -> tuple[int, int] | None:
    """Where the verb of a decision told in the simple past is in ``sentence``, its main clause opening with a named
    subject ("The state regulator (DSR) took ...", "Keel Bank, a lender in Valdmere, suspended ..."), else None."""
    opener = _OPENER.match(sentence)
    at = opener.end() if opener else 0
    pasts = _decision_pasts()
    for m in _decision_verb().finditer(sentence, at):
        word = m.group(0)
        if sentence[max(0, m.start() - 1):m.start()] in _JOINERS or sentence[m.end():m.end() + 1] in _JOINERS - {"."}:
            continue  # part of a longer word ("short-cut", "cut-off")
        if word == "took" and not _TAKEN.match(sentence, m.end()):
            continue
        if word in ("closed", "ended") and _SESSION_CLOSE.match(sentence, m.end()):
            return None  # a price at the close: the session's, placed with the share moves
        if not _named_subject(sentence[at:m.start()], pasts):
            return None
        if not _WORD_RE.search(sentence, m.end()) and not _WHOLE_RESPONSE.fullmatch(word):
            return None  # no object: "Not everyone agreed." ("X declined to comment." holds its own)
        return m.start(), m.end()
    return None


#: A commitment its speaker announces for itself: "said it would close", "announced they would cut 300 jobs", "said
#: his office would investigate", "said the company would cooperate fully". The speaker speaks of itself (or of the
#: body it speaks for), so the saying is its act of the day, as a decision is; "said the grounding would affect 1,000
#: guests" (a view of what will follow) and "said it would be difficult" (a state) are not.
_PLEDGE = re.compile(
    r"\b(?:said|announced|confirmed)\s+(?:that\s+)?(?:it|they|he|she|we|(?:its|his|her|their)\s+(?:office|company|firm|"
    r"group|bank|government|ministry|department|agency|board|team)|the\s+(?:company|firm|group|bank|government|board|"
    r"agency|regulator|airline|exchange|lender|ministry|union))\s+would\s+(?:(?:also|now|immediately|then|soon)\s+)?"
    r"[\"“]?(?!(?:be|have|like|love|need|want|prefer|hope|expect|seem)\b)[a-z]{3,}\b")


def pledge(sentence: str) -> tuple[int, int] | None:
    """Where the saying of a commitment (:data:`_PLEDGE`) is in ``sentence``, its clause opening with a named subject
    ("Alder Airways, which flies 30 of the jets, said it would ground them", "A Keel spokeswoman said the firm would
    cooperate fully"), else None. Not a view's subject ("Analysts said they would ...")."""
    opener = _OPENER.match(sentence)
    at = opener.end() if opener else 0
    m = _PLEDGE.search(sentence, at)
    if m is None or _VIEW_SUBJECT.search(sentence, at, m.start()) or not _named_subject(sentence[at:m.start()],
                                                                                          _decision_pasts()):
        return None
    return m.start(), m.end()


#: The saying of a statement, in the past of a report ("Pellham Bank said its exposure was small"); the present, "X
#: says", is a feature's or an analysis's telling of a state (on the check corpora it gave a wrong date).
_SAYS = re.compile(r"\bsaid\s+(?=[\w\"“])")
#: A statement's speaker named after its words: "..., Corran said.", "..., the company said." (not after a closing
#: quotation mark: a quotation's words are the quotes' module's)
_SAID_AFTER = re.compile(
    r"(?<![\"”]),\s+(?P<subject>(?:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})|the\s+(?:company|group|firm|bank|"
    r"regulator|agency|ministry|government|airline|utility|lender|exchange|board))\s+(?P<verb>said)\s*\.?\s*$")
#: A reported clause of what a thing may do ("said the review would take weeks", "said the grounding would affect
#: 1,000 passengers"): a view, not the day's act. An actor's ("said the state would remain engaged", "said it would
#: ...", :func:`pledge`) is the speaker's word of the day.
_THING_WILL = re.compile(
    r"(?:that\s+)?(?:the|a|an|this|that)\s+(?!(?:state|company|firm|group|bank|government|board|agency|regulator|"
    r"airline|exchange|lender|ministry|union|city|council|court|administration|department|office|utility|"
    r"insurer|fund|investor|owner|buyer|seller|operator|carrier)s?\b)(?:[\w'’-]+\s+){1,3}?"
    r"(?:would|will|could|may|might|should|can)\b", re.IGNORECASE)
#: A state to come: "said it would be difficult", "said it could take months".
_STATE_WILL = re.compile(r"\b(?:would|will|could|may|might|should|can)\s+(?:not\s+)?(?:be|have|seem|take|need)\b")
#: A reported possession or state: "said it had no plans to sell".
_HAS_NO = re.compile(r"(?:that\s+)?(?:\S+\s+){1,3}?(?:had|has|have)\s+no\b")
#: Who gives a view, one of them: "Ana Varga, an analyst at X, said ..."
_VIEW_ONE = re.compile(r"\b(?:analysts?|economists?|strategists?|traders?|investors?|observers?|experts?|critics?|"
                       r"managers?|dealers?|brokers?|professors?|researchers?|consultants?|lawyers?)\b", re.IGNORECASE)


def statement(sentence: str) -> tuple[int, int] | None:
    """Where the saying of a statement is in ``sentence``: a named speaker, not one giving a view (an analyst, an
    economist), saying a clause of its own ("Pellham Bank, the largest lender, said its exposure was small", "Ana
    Varga will serve as interim chief executive, Corran said."), else None. News convention: a report of its day tells
    its day's statements without the day ("said on Tuesday" is left out after the lead)."""
    if sentence[:1] in "\"“'‘":
        return None  # a quotation's own words first: the quotes' module reads them
    opener = _OPENER.match(sentence)
    at = opener.end() if opener else 0
    m = _SAYS.search(sentence, at)
    if m is not None:
        before = sentence[at:m.start()]
        if (_VIEW_ONE.search(before) or not _named_subject(before, _decision_pasts())
                or _THING_WILL.match(sentence, m.end()) or _HAS_NO.match(sentence, m.end())
                or _STATE_WILL.search(sentence, m.end())):
            return None
        return m.start(), m.start() + len("said")
    m = _SAID_AFTER.search(sentence)
    if (m is None or _VIEW_ONE.search(m.group("subject")) or _NOT_A_SUBJECT.match(m.group("subject"))
            or _THING_WILL.match(sentence, at)):
        return None
    return m.start("verb"), m.end("verb")


#: A sentence going on with the act of the sentence before, its subject a pronoun: "It also launched two
#: investigations", "It then sold a further $3.9 billion of shares", "It also said it would add liquidity".
_GOES_ON = re.compile(r"^(?:It|He|She|They)\s+(?:also|then|further|separately|additionally)\s+(?P<verb>[a-z]+)\b")
#: The sayings that go on with an act or a statement of the sentence before ("It also said ...").
_GOES_ON_SAYING = frozenset({"said", "announced", "confirmed", "disclosed", "told"})


def goes_on(sentence: str) -> tuple[int, int] | None:
    """Where the verb is in ``sentence`` when it goes on with the act of the sentence before (:data:`_GOES_ON`): a
    pronoun subject, "also" or "then", and a decision's verb in the simple past or a saying ("It also suspended its
    buyback.", "It also said ..."), else None. Its caller checks that the sentence before tells an act of the day."""
    m = _GOES_ON.match(sentence)
    if m is None or (m.group("verb") not in _decision_pasts() and m.group("verb") not in _GOES_ON_SAYING):
        return None
    return m.start("verb"), m.end("verb")


class _Span:
    """A match-like span of a sentence (``start()``, ``end()``, ``group(0)``)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text[self._start:self._end]


#: "from" right before a date: the baseline a figure is measured from ("implies upside of about 21% from Monday's
#: close"), no date of the act.
_BASELINE_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: Words in quotation marks.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
#: The writer's own rating change in a research note, in the present: "We downgrade X to Sell.", "We also lower Y to
#: Hold.", "We cut our price target to $265 from $280", "We cut 2017 EPS by 12%".
_OWN_RATING = re.compile(
    r"\b[Ww]e\s+(?:also\s+|now\s+)?(?:downgrade|upgrade|lower|raise|lift|cut|trim|reduce|move|initiate)\s+"
    r"(?:[\w&.'’()-]+\s+){0,6}?(?:to\s+[\"“]?[A-Z]|(?:price\s+)?targets?\b|ratings?\b|estimates?\b|forecasts?\b|"
    r"EPS\b)")


def own_ratings(text: str, dct: date, found: list[TemporalExpression], starts: list[int], ends: list[int],
                limit: int | None = None) -> list[TemporalExpression]:
    """The publication day as the date of each sentence of ``text`` in which the writer changes a rating, a target or
    an estimate in the present (:data:`_OWN_RATING`): a research note's own act, done the day it is published,
    whatever day its lead tells of. Not in quotation marks, nor in a sentence with a date of its own."""
    out: list[TemporalExpression] = []
    if _OWN_RATING.search(text) is None:
        return out  # (most texts: no note of the writer's own)
    for s0, s1 in zip(starts, ends):
        if limit is not None and s0 >= limit:
            continue
        m = _OWN_RATING.search(text, s0, s1)
        if m is None or _QUOTED.search(text[s0:s1]) or any(s0 <= e.start < s1 and e.eventful for e in found):
            continue
        out.append(TemporalExpression(m.group(0), m.start(), m.end(), dct, dct, "day", "relative",
                                      f"{REPORT_ACT} {dct.isoformat()}", dct))
    return out


#: A verb of the perfect or the future right before the act (up to two words between): no act of the report's day
#: ("has cut its rating twice this year", "will also say in a statement"). An auxiliary further back belongs to
#: another clause ("The developer, which has debts of $300 billion, said in a filing").
_NOT_NOW = re.compile(r"\b(?:has|have|had|will|would|could|may|might|plans?\s+to|expects?\s+to)\s+"
                      r"(?:[\w'’-]+\s+){0,2}(?:[\w'’-]+\s*)?$", re.IGNORECASE)


#: A year before a noun, after a determiner: "its 2022 guidance", "the 2021 dividend", "their 2023 outlook".
_YEAR_BEFORE_NOUN = re.compile(r"\b(?:its|their|his|her|our|the)\s+(?:fiscal\s+|full-year\s+)?$", re.IGNORECASE)


def _names_what_is_decided(e: TemporalExpression, text: str) -> bool:
    """Whether ``e`` is a year of this year or a later one naming what a decision is about ("suspended its 2022
    earnings outlook", "cut its 2022 margin guidance", "the 2021 dividend"): the year of a forecast or a payout, not a
    date of the act (a past year, "its 2019 accounts", is left as a date of the sentence)."""
    return (e.precision == "year" and e.resolved and not e.past_year and text[e.end:e.end + 2][:1] == " "
            and text[e.end + 1:e.end + 2].islower() and _YEAR_BEFORE_NOUN.search(text, max(0, e.start - 24), e.start)
            is not None)


def report_acts(text: str, dct: date | None, found: list[TemporalExpression],
                starts: list[int], ends: list[int], limit: int | None = None) -> list[TemporalExpression]:
    """The publication day as the date of each undated sentence of ``text`` (sentences at ``starts``/``ends``) that
    tells an act of the report's day (see the module's doc); ``found`` are the text's dated expressions. Only
    sentences starting before ``limit`` are read (a copy's text). New expressions (the act's words), for ``found`` to
    be extended with."""
    if dct is None:
        return []
    out = own_ratings(text, dct, found, starts, ends, limit)
    lead = report_day(dct, found, starts, ends)
    if lead is None:
        return out  # no report of its own day
    day, lead_start = lead
    rated = {e.start for e in out}
    on_day = [e.start for e in found if e.eventful and e.date_start == day and e.date_end == day]
    for k, (s0, s1) in enumerate(zip(starts, ends)):
        if s0 < lead_start or (limit is not None and s0 >= limit) or any(s0 <= at < s1 for at in rated):
            continue
        sentence = text[s0:s1]
        m = _OCCASION.search(sentence) or _RATING.search(sentence)
        own = [e for e in found if s0 <= e.start < s1 and not _names_what_is_decided(e, text)
               and not (e.past_year and subject_aside(text, s0, e))]  # "X, set up in 2027, said it was weighing sales"
        if m is None:
            m = _ACT_TOLD.search(sentence)
            if m is None or _VIEW_SUBJECT.search(sentence, 0, m.start()) or own:
                m = None
        span = None if m is not None else decision(sentence) or pledge(sentence) or statement(sentence)
        if m is None and span is None and not own and k > 0:
            before = (starts[k - 1], ends[k - 1])
            if any(before[0] <= at < before[1] for at in on_day + [e.start for e in out]):
                span = goes_on(sentence)
        if m is None and span is None:
            continue
        if span is not None:
            if own:
                continue  # an act told or a decision needs no date at all, not even a quoted one ("as early as Sunday")
            m = _Span(sentence, *span)
        quoted = [(s0 + q.start(), s0 + q.end()) for q in _QUOTED.finditer(sentence)]
        if any(s0 <= e.start < s1 and e.eventful and not any(a <= e.start < b for a, b in quoted)
               and not _BASELINE_BEFORE.search(text, max(s0, e.start - 12), e.start) for e in found):
            continue  # a date of its own
        if any(a <= s0 + m.start() < b for a, b in quoted) or _NOT_NOW.search(_QUOTED.sub("", sentence[: m.start()])):
            continue
        out.append(TemporalExpression(m.group(0), s0 + m.start(), s0 + m.end(), day, day, "day", "relative",
                                      f"{REPORT_ACT} {day.isoformat()}", dct))
    return out


#: The days before the publication date the report's lead may tell of: a morning paper's report of the day before.
LEAD_DAYS_BACK = 1


def report_day(dct: date, found: list[TemporalExpression], starts: list[int],
               ends: list[int]) -> tuple[date, int] | None:
    """(the report's day, where its first day is named): the latest single day the lead (the first sentence naming a
    day) names from ``LEAD_DAYS_BACK`` days before ``dct`` up to ``dct``, else None. ``found`` are the text's dated
    expressions, ``starts``/``ends`` its sentences. A background day named first ("Delta, hit by the July 19 outage,
    said on Wednesday ...", "recovered much of yesterday's slump on Tuesday") does not make a report of the day a look
    back."""
    days = sorted((e for e in found if e.precision == "day" and e.resolved and e.date_start == e.date_end),
                  key=lambda e: e.start)
    if not days:
        return None
    k = bisect_right(starts, days[0].start) - 1
    s0, s1 = (starts[k], ends[k]) if k >= 0 else (days[0].start, days[0].end)
    told = [e.date_start for e in days if s0 <= e.start < s1
            and dct - timedelta(days=LEAD_DAYS_BACK) <= e.date_start <= dct]  # type: ignore[operator]
    return (max(told), days[0].start) if told else None  # type: ignore[type-var]

