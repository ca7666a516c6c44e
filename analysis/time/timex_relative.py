"""Normalisation of relative expressions and times of day for :mod:`analysis.time.timex`: "yesterday",
weekdays, "last week", "two years ago", "the next day", "this summer", "9:30 a.m. Tuesday", "the weekend".
Absolute ones are in :mod:`analysis.time.timex_resolve`, durations and sets in :mod:`analysis.time.timex_durations`."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from .timex_calendar import (
    add_months,
    add_quarters,
    instant_before,
    interval,
    month_part,
    part_before_or_after,
    quarter_of,
    quarter_part,
    safe_date,
    week_part,
    week_value,
    weekday_date,
    year_part,
    ym,
    ymd,
)
from .timex_context import (
    POD,
    PREP_BEFORE,
    SEASONS,
    UNITS,
    WEEKDAYS,
    Candidate,
    Context,
    Resolved,
    clock_value,
    day_of_writing,
    framing_year,
    year_apart,
    g,
    heading_future,
    intended_then,
    done_for_day,
    is_future,
    is_name,
    low,
    month_no,
    narrative,
    past_in_clause,
    planned,
    planned_then,
    put_off_plan,
    quotation_closes,
    present_ahead,
    publication,
    told_past_here,
    _FUTURE,
    _SENT_END,
    _told_in_past,
    _PASSIVE_AUX,
    _PAST_WORD,
    _irregular_past,
    _sentence_start as _sentence_start_abbreviated,
    yearless_day,
)
from .timex_durations import duration_value, unit_key
from .timex_lists import heading_day, in_heading_line
from .timex_patterns import LEX, number_value, spelled_year

_SEASON_ORDER = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: "N units earlier" is a date (a shifted year or quarter) for these units, a duration ("three days") for others.
_CALENDAR_UNITS = {"year", "quarter", "decade", "century"}
_DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_WORD_SPLIT = re.compile(r"[\s-]")
_LEAD_PREP = re.compile(r"(?i)(?:about|around|at|by|until|before|after)\s+")
_OF_AFTER = re.compile(r"\s+of\b")
#: A day written just before ", the day before ...": "last traded on May 6, the day before regulators froze its accounts".
_APPOSED_DAY = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?|day|\b\d{4})\s*,\s*$", re.IGNORECASE)
_FALL_PREP = re.compile(r"(?i)\b(?:in|during|this|last|next|since|until|by)\s+$")
#: "fall" as the noun of "to fall", a drop: "this fall in prices", "the fall in oil shares": "in" and a noun of an
#: amount that falls (one modifier between), no determiner ("this fall in Ohio", "this fall in swing states", "this
#: fall in the polls" stay the season)
_FALL_DROP_IN = re.compile(r"\s+in\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|"
                           r"some|many|most|all|each|every|both|several|few)\b)(?:[A-Za-z-]+\s+)?"
                           r"(?:prices?|shares?|stocks?|sales|profits?|earnings|revenues?|rates?|yields?|exports?|"
                           r"imports?|orders|wages|output|demand|value|income|production|spending|inflation|"
                           r"unemployment|investment|consumption|turnout|support|ratings?)\b")
#: ... and a drop as the subject of a verb in the past: "The fall wiped out a year of gains", "The fall came after ..."
#: (only "the fall" opening its clause; "Last fall marked ..." is the season)
_FALL_DROP_VERB = re.compile(r"\s+(?:[a-z]+ed|came|left|took|hit|cut|sent|put|made|wiped|erased|drove|brought|knocked|"
                             r"dragged|pushed|pulled|followed|mirrored|reflected|deepened|accelerated)\b")
#: A verb that checks, leads or explains a drop, right before "the fall" ("sold euros to slow the fall", "banks led the
#: fall", "failed to stem the fall"): the noun of "to fall", not the season ("in the fall", "heading into the fall").
_FALL_CHECKED = re.compile(r"(?i)\b(?:slow(?:s|ed|ing)?|halt(?:s|ed|ing)?|stem(?:s|med|ming)?|stop(?:s|ped|ping)?|"
                           r"arrest(?:s|ed|ing)?|cushion(?:s|ed|ing)?|break(?:s|ing)?|broke|reverse(?:s|d)?|reversing|"
                           r"curb(?:s|ed|ing)?|lead(?:s|ing)?|led|deepen(?:s|ed|ing)?|explain(?:s|ed|ing)?)\s+$")
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;]\s*|[.!?]['\"’”]\s*|,\s*(?:and|but)?\s*|\n\s*)$")
_POSSESSIVE = re.compile(r"['’]s\b")
#: A preposition that makes a day's event a point of reference ("an aftershock of Monday's tremor", "after Monday's
#: fall", "since Friday's close", "than Tuesday's"): the text does not go on to tell that day.
_REFERENCE_BEFORE = re.compile(r"\b(?:of|after|since|than|from|following|(?:premium|discount)\s+to|above|below|versus|"
                               r"compared\s+(?:with|to))\s+$", re.IGNORECASE)
#: A figure of an earlier day set against the one told, after "after" ("640 flights were cancelled, after 620 on
#: Thursday", "rose 1.5%, after a 2.7% drop on Thursday"): the day of a baseline, the story stays on its own day.
_EARLIER_FIGURE_BEFORE = re.compile(r"[,;]\s*after\s+(?:(?:a|an|the|some|about|around|nearly|almost|minus|of)\s+){0,3}"
                                    r"[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|pence|cents?)?"
                                    r"(?:\s+[a-z]+){0,2}?\s+(?:on\s+)?$", re.IGNORECASE)
#: A future word right before a day in the possessive: the coming one ("ahead of Thursday's jobs report",
#: "traders expect Friday's sales data to show"); otherwise "Wednesday's ruling" names what already happened.
_POSSESSIVE_AHEAD = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEX["possessive_future_cues"])
                               + r")\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_AHEAD_TOLD = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEX["possessive_future_cues_past"])
                                    + r")\s+(?:the\s+)?$", re.IGNORECASE)
#: The same cue told in the past with its object, then the day: "as investors waited for U.S. inflation figures on
#: Wednesday", "braced for a rate decision on Thursday" (up to six words of the object, no clause word or verb among
#: them): what was awaited on the day the sentence told comes after it.
_AWAITED_OBJECT_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEX["possessive_future_cues_past"])
                                    + r")\s+(?:(?!(?:that|which|who|when|and|but|or|as|while|after|before|since|"
                                      r"to|was|were|had|is|are)\b)[\w.$€£%&'’-]+\s+){1,6}?(?:on\s+)?$", re.IGNORECASE)
#: The same cue in the present with its object, then the day: "Dealers are bracing for the May trade figures on
#: Thursday", "as traders await the jobs report on Friday": what is being awaited is ahead (in a clause with no past
#: verb: "braced" is the told case above).
_AWAITING_OBJECT_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                      for w in LEX["possessive_future_cues"]
                                                      if w not in ("ahead of", "expect", "expects") and " to" not in w)
                                     + r")\s+(?:(?!(?:that|which|who|when|and|but|or|as|while|after|before|since|"
                                       r"to|was|were|had|is|are)\b)[\w.$€£%&'’-]+\s+){1,6}?on\s+$", re.IGNORECASE)
#: A verb of coming next right before a day: "Corran follows on Wednesday", "the rival followed Tuesday".
#: "on the" right before a weekday ("on the Monday morning,"), as a narrative names one of its days ...
_THE_DAY_BEFORE = re.compile(r"(?<![\w-])(?i:on)\s+(?i:the)\s+$")
#: ... closing its phrase (not a noun's modifier: "the Friday attacks", "the Saturday before Christmas").
_PHRASE_CLOSES = re.compile(r"\s*[,.;:)]")
_FOLLOWS_BEFORE = re.compile(r"\b(?:follows?|followed)\s+(?:on\s+)?$")
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|from)\s+$")
#: "since" right before a day: what runs since a day runs from a day gone by.
_SINCE_ONLY_BEFORE = re.compile(r"(?i)\bsince\s+$")
#: The value of an ISO week: "2031-W07".
_WEEK_VALUE = re.compile(r"\d{4}-W\d\d")
#: "looked ahead to" right before a weekday in the possessive, no day told before it in the sentence: "as investors
#: looked ahead to Thursday's inflation report" (a market report's day is the day of writing): what is looked ahead to
#: is still to come, unlike "waited for Friday's data" (``possessive_future_cues_past``), which may be over.
_LOOKED_AHEAD_BEFORE = re.compile(r"(?i)\blooked\s+ahead\s+to\s+(?:the\s+)?$")
#: A stretch of a stated length named by the day it starts on: "called a two-week walkout beginning Thursday", "a
#: two-week closure beginning Monday" (one that started on a day already past is told with a verb, "the strike that
#: began on Wednesday"; an adverbial "a roster was agreed beginning on Sunday" is no such noun phrase).
_STARTING_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their)\s+(?:[\w]+-)+(?:hour|day|week|month)\s+(?:[a-z-]+\s+){1,2}"
                              r"(?:starting|beginning)\s+(?:on\s+|from\s+)?$")
_OVER = re.compile(r"(?i)over\s+")
#: A participle of onset right before a weekday ("a walkout starting on Saturday", "a ban beginning Monday", "prices
#: effective from Friday"): what starts on the day is told as arranged, not done.
_ONSET_BEFORE = re.compile(r"(?i)\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$"
                           # (or a day fixed for it in the past: "a hearing was set for Tuesday"; "is set for" and "has
                           # been set for" look ahead, ``_SET_FOR_NOW_BEFORE``)
                           r"|\b(?:was|were)\s+(?:\w+\s+)?(?:set|fixed|pencil+ed\s+in)\s+for\s+$")
_SET_FOR_NOW_BEFORE = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?been\s+(?:set|fixed|pencil+ed\s+in)\s+for\s+$")
#: A point within the day right before a weekday ("in the early hours of Tuesday", "late on Sunday", "shortly before
#: midnight on Friday"): news dates a done event this finely. A future cue only after the day ("The loss ... in the
#: early hours of Tuesday is set to be the largest claim") belongs to the main clause, not to the noun phrase holding
#: the day; a future cue before it governs it ("will lift off in the early hours of Tuesday").
_POINT_OF_DAY_BEFORE = re.compile(r"(?i)\b(?:the\s+(?:early|small|wee)\s+hours\s+of|(?:late|early)\s+on|"
                                  r"(?:shortly|just|soon|minutes|hours)\s+(?:before|after)\s+(?:midnight|dawn|noon|daybreak)"
                                  r"\s+on)\s+$")
#: A share's last price before a deal or a halt, on a weekday: "a premium of 21% to its last close of $1.21 on
#: Wednesday", "the previous closing price on Friday". A close already made, whatever the sentence says of the deal
#: ("holders will receive ..."): the day gone by.
_LAST_CLOSE_BEFORE = re.compile(r"(?i)\b(?:last|previous|prior)\s+(?:close|closing\s+(?:price|level))\b"
                                r"(?:[^.;:!?\n]|(?<=\d)[.,](?=\d)){0,30}?\bon\s+$")
#: A figure of change counted up to a weekday ("Orsa is down 9.8% this week through Thursday", "up 12% so far this
#: year to Friday"): a market figure runs to a close already made, the day gone by whatever the tense.
_FIGURE_THROUGH_BEFORE = re.compile(r"(?i)\d(?:%|\s+(?:per\s?cent|percent|points?))\s+"
                                    r"(?:(?:so\s+far\s+)?(?:this|last)\s+(?:week|month|year|quarter)\s+"
                                    r"|(?:so\s+far|year[\s-]to[\s-]date)\s+)?(?:through|to)\s+$")
_AT_BEFORE = re.compile(r"(?i)\bat\s+$")
#: A deadline or the end of a stretch: "by the end of the month", "until / before the end of June" is the month's last day.
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:by|until|till|through|before)\s+$")


def _business_day(ref: date, k: int) -> date:
    """The ``k``-th weekday (Monday to Friday) after ``ref`` (before it when ``k`` < 0): "the next trading day" and
    "the previous business day" skip the weekend. (Holidays are the exchange's and are not known here.)"""
    step, d = (1 if k > 0 else -1), ref
    for _ in range(abs(k)):
        d += timedelta(days=step)
        while d.isoweekday() > 5:
            d += timedelta(days=step)
    return d


def _shifted(ref: date, unit: str, k: int) -> str:
    """The TIMEX3 value of the ``unit``-sized period ``k`` units away from ``ref`` (k < 0: in the past)."""
    if unit in ("day", "weekend"):
        return ymd(ref + timedelta(days=k))
    if unit == "week":
        return week_value(ref + timedelta(weeks=k))
    if unit == "month":
        return ym(*add_months(ref.year, ref.month, k))
    if unit == "quarter":
        y, q = add_quarters(ref.year, quarter_of(ref), k)
        return f"{y:04d}-Q{q}"
    if unit == "decade":
        return f"{(ref.year + 10 * k) // 10:03d}"
    if unit == "century":
        return f"{(ref.year + 100 * k) // 100:02d}"
    if unit == "hour":
        return ymd(ref) + "TXX:XX"
    return f"{ref.year + k:04d}"


def _season_value(code: str, ref: date, rel: str, future: bool, onward: bool = False) -> str:
    """The TIMEX3 value (``YYYY-SU``) of a season named relative to ``ref``."""
    year = ref.year
    start = _SEASON_ORDER[code]
    if rel in ("last", "past", "this past", "previous"):
        if ref.month < start + 3 and not (code == "WI" and ref.month <= 2):
            year -= 1
    elif rel in ("next", "coming", "this coming"):
        if ref.month >= start:
            year += 1
    elif not rel and not future and ref.month < start and code != "WI":
        year -= 1
    elif not rel and future and onward and ref.month >= start + 3 and code != "WI":
        year += 1  # "is not expected to move again before the spring", written in November: next spring
    if code == "WI" and ref.month <= 2:
        year -= 1
    return f"{year:04d}-{code}"


#: A capitalised word right before a capitalised day word on its line, not opening a sentence: the two make a title.
_TITLE_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?:])\b[A-Z][\w&'’-]*[ \t]+$")


#: Quotation marks right around a capitalised day word and nothing else (a full stop may close it inside): the title of a
#: programme ("NBC's “Today”", "the ''Today'' show", "on ''Today.''").
_QUOTE_OPEN_BEFORE = re.compile(r"(?:[“\"]|'')$")
_QUOTE_CLOSE_AFTER = re.compile(r"\.?(?:[”\"]|'')")


_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def _capitalised_line(text: str, pos: int) -> bool:
    """Whether the words of four letters or more on the line of ``pos`` (at least two, but its first and the word at
    ``pos``) are all capitalised (a headline in title case or capitals: "Work Starts Tomorrow, But For Today",
    "STOCKS SLIDE ACROSS ASIA TODAY"), so a capital says nothing of a name."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = [w for w in _LONG_WORD.finditer(text, lo, hi if hi >= 0 else len(text)) if w.start() > lo and w.start() != pos]
    return len(words) >= 2 and all(w.group(0)[0].isupper() for w in words)


#: "today's" before a noun of the present age ("in today's world", "today's political climate", "today's youth"): the
#: times we live in, not the day of writing ("today's editions", "today's vote" are that day).
_PRESENT_AGE_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:world|society|climate|youth|young|generations?|culture|economy|"
                                r"era|age|politics|environment|standards|children|kids)\b")


#: "the people of tomorrow", "the problems of today", "the rhetoric of yesterday", "the candidates of tomorrow": a noun
#: phrase opened by a determiner, then "of" and the day word alone: an age (TimeML's FUTURE_REF / PRESENT_REF /
#: PAST_REF), not a day. Not "as of today", nor a part or an event of the day ("the end of today", "the close of
#: yesterday", "the events of yesterday", "the meeting of today"), nor a possessive after it ("of today's market").
_AGE_OF_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|our|his|her|these|those)\s+(?:[\w'’\"“”-]+\s+){0,2}"
                            r"(?!(?:end|close|start|beginning|rest|middle|course|morning|afternoon|evening|night|events?|"
                            r"meetings?|sessions?|news|editions?|issues?|papers?|votes?|ruling|decisions?|statements?|"
                            r"announcements?|orders?|date|trading|hearing|game|match|race|minutes|results?)\s)[a-z][\w-]*[\"”]?\s+of\s+$")
_AGE_VALUE = {"tomorrow": "FUTURE_REF", "today": "PRESENT_REF", "yesterday": "PAST_REF"}


def resolve_dayword(c: Candidate, ctx: Context) -> Resolved | None:
    """today / yesterday / tomorrow / tonight (with a part of the day): a day against the publication date."""
    rel = low(c, "rel")
    if rel == "today" and is_name(ctx, c):
        return None
    if rel == "today" and c.end - c.start == len(rel) and _PRESENT_AGE_AFTER.match(ctx.text, c.end):
        return None  # "in today's world", "today's youth": the present age, no day (TempEval-3 leaves it untagged)
    if ctx.text[c.start].isupper() and _TITLE_BEFORE.search(ctx.text, max(0, c.start - 40), c.start) \
            and not _capitalised_line(ctx.text, c.start):
        return None  # "This is Lisle Tonight.", "HARBOUR TONIGHT - transcript": a programme's title
    if ctx.text[c.start].isupper() and c.end - c.start == len(rel) and _QUOTE_OPEN_BEFORE.search(ctx.text, max(0, c.start - 2), c.start) \
            and _QUOTE_CLOSE_AFTER.match(ctx.text, c.end):
        return None  # "told NBC's “Today” on Monday", "joining the ''Today'' show": a programme's title, quoted alone
    if rel in _AGE_VALUE and c.end - c.start == len(rel) and ctx.text[c.end:c.end + 1] not in ("'", "’") \
            and _AGE_OF_BEFORE.search(ctx.text, max(0, c.start - 60), c.start) \
            and not re.search(r"(?i)\bas\s+of\s+$", ctx.text[max(0, c.start - 8):c.start]):
        return Resolved(c.start, c.end, "DATE", _AGE_VALUE[rel])  # "the people of tomorrow": an age, no day
    ref, anchor = day_of_writing(ctx)
    if ref is None:
        return Resolved(c.start, c.end, "DATE", "XXXX-XX-XX")
    shift = _DAY_SHIFT[rel]
    if g(c, "ba"):
        shift += -1 if low(c, "ba") == "before" else 1
    d = ref + timedelta(days=shift)
    pod = low(c, "pod") or _WORD_SPLIT.split(low(c, "pod0"))[-1]
    if rel == "tonight" and not pod:
        pod = "night"
    if pod:
        return Resolved(c.start, c.end, "TIME", ymd(d) + "T" + POD[pod], anchor)
    return Resolved(c.start, c.end, "DATE", ymd(d), anchor)


#: A word that makes "overnight" a manner, not a night: "almost overnight", "seemingly overnight".
_OVERNIGHT_MANNER = re.compile(r"(?i)\b(?:almost|virtually|practically|nearly|seemingly|literally|all\s+but|just\s+about)\s+$")
#: A negation or modal in the clause before "overnight": "did not happen overnight", "can't be fixed overnight",
#: "could double overnight" (a manner, or no night of the story); and a year ("In 2019 the bank raised rates by 400
#: basis points overnight"): the night of another time, not the one before the day of writing.
_OVERNIGHT_NOT_A_NIGHT = re.compile(r"(?i)\b(?:not|never|no|cannot|can|could|would|will|won['’]t|may|might|must|"
                                    r"should|wo|ca|(?:19|20)\d\d)\b|n['’]t\b")


#: The news of the night told right before "overnight": "said overnight", "announced overnight".
_OVERNIGHT_TOLD = re.compile(r"(?i)\b(?:said|announced|reported|confirmed|disclosed|warned|revealed|added)\s+$")
#: A past passive of a deed done to people, right before "overnight" (a place may follow the verb): "were brought to
#: the surface overnight", "was evacuated overnight", "were arrested overnight in Leeds" (not a service's state, "were
#: fully restored overnight", left as it was).
_OVERNIGHT_DEED = re.compile(r"(?i)\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:brought|rescued|evacuated|arrested|released|"
                             r"freed|recovered|detained|airlifted|hospitali[sz]ed|pulled)"
                             r"(?:\s+(?:to|from|out\s+of|into|up|out|back)(?:\s+(?:the|a|their|its)\s+)?(?:\s*\w+)?){0,2}\s+$")
#: A measured change right before "overnight": "slid 6% overnight", "fell another four centimetres overnight".
_OVERNIGHT_MOVE = re.compile(r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                             r"thirty|forty|fifty|hundred))[\d.,]*\s*(?:%|per\s*cent\b|percent\b|[a-z]+\b)?\s+$")


def resolve_overnight(c: Candidate, ctx: Context) -> Resolved | None:
    """"overnight" as the night of the news, right after a verb of telling or a measured change ("Nuvora announced
    overnight that ...", "the gauge fell another four centimetres overnight", "slid 6% overnight in New York"): the
    night before the day of writing, as "last night" (TimeML writes the night, ``TNI``, of the day before). Not in a
    clause with a negation, modal or year before it, nor after "almost", "seemingly" (a manner: "did not happen
    overnight"), nor when the text's last day lies days away (a story of another time). "Overnight, X became a
    contender", "transformed overnight", "flew overnight" (a manner, or a night of the story) are left untagged."""
    text = ctx.text
    s = max(0, c.start - 200)
    for last in _SENT_END.finditer(text, s, c.start):
        s = last.end()
    if _OVERNIGHT_MANNER.search(text, max(0, c.start - 24), c.start) or _OVERNIGHT_NOT_A_NIGHT.search(text, s, c.start):
        return None
    if not (_OVERNIGHT_TOLD.search(text, max(0, c.start - 30), c.start)
            or _OVERNIGHT_MOVE.search(text, max(0, c.start - 40), c.start)
            or _OVERNIGHT_DEED.search(text, max(0, c.start - 70), c.start)) or is_future(text, c.start, c.end):
        return None
    ref, anchor = day_of_writing(ctx)
    if ref is None or (ctx.narrative is not None and abs((ctx.narrative - ref).days) > 3):
        return None  # a story of another time ("Afterward, Fiorina and her team flew overnight ..."): not last night
    return Resolved(c.start, c.end, "TIME", ymd(ref - timedelta(days=1)) + "TNI", anchor)


#: "next week" earlier in a weekday's sentence: the weekday is that week's.
_WEEK_NAMED = re.compile(r"\b(?<!\bthe )(?<!\bthe\s\s)(?P<which>next)\s+week\b", re.IGNORECASE)  # not "in the next week"
#: A stop, "!" or "?" and spaces, or a line break. (Opening on its one character, so that the regex engine jumps
#: between such characters: the same matches as "[.!?]\s+|\n". The boundary above comes before the lookbehinds.)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|\s+)")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (looking back at most 300 characters)."""
    start = max(0, pos - 300)
    for m in _SENTENCE_BREAK.finditer(text, start, pos):
        start = m.end()
    return start


#: A day heading its sentence as the subject of a present-tense verb is the coming one ("Wednesday marks the tenth
#: anniversary", "Friday is the deadline for bids", "Sunday brings a new test"); "Friday was" is past, and so is
#: "Monday is when it began".
_SUBJECT_DAY_BEFORE = re.compile(r"[\s\"'“‘(]*(?:(?:and|but|so)\s+)?$", re.IGNORECASE)
#: ... or heading a clause of its own joined after a comma or a semicolon ("are paid at the end of January, and Friday is
#: also the deadline for tax returns").
_JOINED_SUBJECT_DAY_BEFORE = re.compile(r"(?:[,;]\s+(?:and|but|so|while)|;)\s+$", re.IGNORECASE)
_PRESENT_AFTER_SUBJECT = re.compile(r"\s+(?:is|marks|brings|sees|promises|looks\s+set)\b(?!\s+(?:when|the\s+day)\b)")


#: A weekday naming the day power or gas is delivered on: "day-ahead prices for Tuesday delivery jumped on Monday",
#: "French baseload power for Tuesday rose 52%", "gas for Friday delivery". It is traded the day (or days) before, so
#: it is the first such day after the trading day the sentence tells (else on or after the day of writing).
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|deliveries|supply|flows?)\b", re.IGNORECASE)
_ENERGY_FOR_BEFORE = re.compile(r"\b(?:power|electricity|gas|baseload|base-load|peakload|peak-load|peak)\s+(?:(?:contracts?|prices?)\s+)?"
                                r"for\s+$", re.IGNORECASE)
_OTHER_WEEKDAY = re.compile(r"\b(?:on\s+)?(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?!['’]s)(?!\s+(?:delivery|deliveries)\b)")


def _delivery_day(ctx: Context, c: Candidate, wd: int, ref: date) -> date | None:
    """The day a weekday of power or gas delivery names (see ``_DELIVERY_AFTER``), or None when it names none."""
    before = ctx.text[max(0, c.start - 40):c.start]
    if not (_DELIVERY_AFTER.match(ctx.text, c.end) and re.search(r"\bfor\s+$", before, re.IGNORECASE)) \
            and not _ENERGY_FOR_BEFORE.search(before):
        return None
    s = _sentence_start(ctx.text, c.start)
    end = _SENTENCE_BREAK.search(ctx.text, c.end)
    for m in _OTHER_WEEKDAY.finditer(ctx.text, s, end.start() if end else len(ctx.text)):
        if m.start("wd") != c.start:
            traded = weekday_date(ref, WEEKDAYS[m.group("wd").lower()], "past")
            return weekday_date(traded, wd, "next")
    return weekday_date(ref, wd, "future")


#: A weekday after a preposition and an indefinite article: "on a Monday", "until a Friday".
_INDEFINITE_DAY_BEFORE = re.compile(r"\b(?:on|by|until|till|from|since)\s+an?\s+$", re.IGNORECASE)
#: An indefinite weekday ("one bad Monday", "any Tuesday", "a typical Thursday") names no particular day ("a rally
#: Saturday" does). Not when a preposition or "time" stands between: "including one on Sunday" (the pronoun "one",
#: then the day it was on), "did not at any time Thursday mention" (at any time on Thursday).
#: Nor when a preposition other than "on" stands before "one": the word after it is the noun the preposition heads
#: and the weekday an adverb of the clause ("In one interview Friday, the minister said", "At one point Tuesday, the
#: index was down 300 points"); "on one bad Monday" stays any Monday.
_GENERIC_BEFORE = re.compile(r"(?<!\bin )(?<!\bIn )(?<!\bat )(?<!\bAt )(?<!\bduring )(?<!\bDuring )"
                             r"\b(?:(?:one|any)\s+(?:(?!(?:on|in|at|by|for|from|to|of|during|since|until|before|after|"
                             r"time|times)\b)[a-z]+\s+)?|an?\s+(?:normal|typical|usual|regular|average|ordinary)\s+)$",
                             re.IGNORECASE)


#: A weekday in brackets right after a calendar day names that day's weekday: "June 3 (Tuesday) - Inspectors find
#: ...", a chronology's or factbox's line ("9 June (Monday): ...").
_BRACKET_AFTER_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:\d{4}|[A-Z][a-z]+\.?))?\s*\($")
#: "Monday of last week", "Thursday of next week", "on Tuesday last week": the weekday of a week named right after it.
_OF_WEEK = re.compile(r"\s+(?:of\s+)?(?P<which>last|this|next)\s+week\b(?!['’])", re.IGNORECASE)
_OF_WEEK_SHIFT = {"last": -7, "this": 0, "next": 7}


#: A weekday opening a name of two capitalised words ("the brand Sunday Table", "sells Sunday Table meals", "Hollis Creek
#: and Sunday Table."): a capitalised word right after the weekday, not a month, a weekday, a part of the day or a
#: time zone, then a lower-case word or a stop; not "said Monday Trump ..." (a verb of saying after the word: a person).
_NAME_WORD_AFTER = re.compile(r"[ \t](?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|"
                              r"Thursday|Friday|Saturday|Sunday|Morning|Afternoon|Evening|Night|Noon|Midnight|Mass|"
                              r"Eve)\b)[A-Z][a-z]{2,}(?=[ \t]+(?!(?:said|says|told|added|wrote|announced|declined|"
                              r"is|was|has|had|will|would)\b)[a-z]|[.,;:)]|$)")
#: What stands before a weekday that names a day: a preposition or a word of time, a determiner ("the Tuesday Senate
#: vote": a day's event, not a name), a verb of saying, a possessive ("his Sunday Mass"), or the sentence's start.
_DAY_LEAD_BEFORE = re.compile(r"(?:\b(?:on|by|until|till|since|from|through|before|after|last|next|this|that|each|every|"
                              r"late|early|of|said|says|told|his|her|its|their|our|my|your|a|an|the|to|for|at|in|and|or|"
                              r"until|as|from)\s+|[.!?:;\n\"“(]\s*|^\s*)$", re.IGNORECASE)


def _names_a_brand(ctx: Context, c: Candidate) -> bool:
    """Whether a bare weekday opens a name of two capitalised words (``_NAME_WORD_AFTER``) after a word that never leads
    a day (a noun or a verb: "the brand Sunday Table", "sells Sunday Table meals"), or coordinated with a name ("Hollis
    Creek and Sunday Table")."""
    if not _NAME_WORD_AFTER.match(ctx.text, c.end):
        return False
    before = ctx.text[max(0, c.start - 30):c.start]
    if re.search(r"[A-Z][a-z]+\s+and\s+$", before) and not re.search(
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+and\s+$", before):
        return True  # "Hollis Creek and Sunday Table": a name coordinated with a name
    return not _DAY_LEAD_BEFORE.search(before)


def _gone_this_week(ctx: Context, start: int, end: int, wd: int, ref: date) -> bool:
    """Whether "this <weekday>" at ``start:end`` names a day of the week of ``ref`` (the day of writing) already gone
    by, in a clause told in the past: a past verb in its clause before it, with words between ("its statement, issued
    at 7.02am this Monday, ..." written on a Wednesday), and no future cue or plan told in the past ("will meet this
    Monday", "hoped to sign the lease this Monday" stay ahead)."""
    return wd < ref.isoweekday() and past_in_clause(ctx.text, _sentence_start(ctx.text, start), start) \
        and not is_future(ctx.text, start, end) and not planned_then(ctx.text, start) and not intended_then(ctx.text, start)


def _nearest_weekday(ref: date, wd: int) -> date:
    """The day of weekday ``wd`` nearest ``ref``, back or ahead (a plan told in the past may lie on either side)."""
    back, ahead = weekday_date(ref, wd, "past"), weekday_date(ref, wd, "future")
    return ahead if (ahead - ref) < (ref - back) else back


def _weekday_of_month_day(ref: date, wd: int, day: int) -> date | None:
    """"on Friday the 8th": the day ``day`` of a month that falls on weekday ``wd``, the nearest to ``ref`` within
    three months either side (None when no such month is that near)."""
    found = [d for shift in range(-3, 4) if (d := safe_date(*add_months(ref.year, ref.month, shift), day)) is not None
             and d.isoweekday() == wd]
    return min(found, key=lambda d: (abs((d - ref).days), d > ref)) if found else None


#: A label giving a section to next week: a heading line of its own ("Week ahead", "The week ahead", "Next week",
#: "Coming up next week") or the lead of a paragraph before a colon ("What to watch next week: ...", "Next week: ...").
_WEEK_AHEAD_HEADING = re.compile(r"[ \t*#]*(?:(?:the\s+)?week\s+ahead|(?:coming\s+up\s+|looking\s+ahead\s+(?:to\s+)?)?"
                                 r"next\s+week|what\s+to\s+watch\s+next\s+week)[ \t]*:?[ \t]*\n", re.IGNORECASE)
_WEEK_AHEAD_LEAD = re.compile(r"[ \t*]*(?:(?:the\s+)?week\s+ahead|(?:what\s+to\s+watch|coming\s+up|looking\s+ahead)?"
                              r"\s*(?:to\s+)?next\s+week)\s*:\s", re.IGNORECASE)


def _week_ahead_section(text: str, start: int) -> tuple[int, bool] | None:
    """Where the sentence of a weekday at ``start`` begins when a label gives its paragraph to the week ahead, and
    whether the label names next week: the paragraph opens with "What to watch next week:" (or "Next week:", "Week
    ahead:"), or the line above the paragraph is such a heading ("Week ahead"). A weekly wrap written on a Friday
    tells the coming days there ("the trade figures are due on Friday" are a week on, not the day of writing: the
    days after it under "Week ahead", next week's under "next week"); None otherwise."""
    para = text.rfind("\n", 0, start) + 1
    label = _WEEK_AHEAD_LEAD.match(text, para)
    if label is None:
        above = para - 1
        while above > 0 and text[above - 1] == "\n":
            above -= 1
        line = text.rfind("\n", 0, above) + 1
        if above <= 0 or above - line > 40 or (label := _WEEK_AHEAD_HEADING.match(text, line, above + 1)) is None:
            return None
    return _sentence_start(text, start), "next" in label.group(0).lower()


def resolve_weekday(c: Candidate, ctx: Context) -> Resolved | None:
    """Monday / last Friday / Tuesday night / every Thursday: the nearest such day, past or future by tense."""
    if is_name(ctx, c) or (not g(c, "rel") and not g(c, "pod") and c.end - c.start <= 9 and _names_a_brand(ctx, c)):
        return None
    wd = WEEKDAYS[low(c, "wd")]
    rel = low(c, "rel")
    pod = low(c, "pod")
    pod_code = "T" + POD[pod] if pod else ""
    if rel in ("every", "each") or g(c, "plural") or g(c, "plural2"):
        return Resolved(c.start, c.end, "SET", f"XXXX-WXX-{wd}{pod_code}")
    ref, anchor = publication(ctx)
    if ref is None or (not rel and _GENERIC_BEFORE.search(ctx.text, max(0, c.start - 24), c.start)):
        return Resolved(c.start, c.end, "DATE", f"XXXX-WXX-{wd}{pod_code}")  # "over one bad Tuesday": no date
    if g(c, "wdday") and not rel and (d := _weekday_of_month_day(ref, wd, int(g(c, "wdday")))) is not None:
        ctx.narrative, ctx.narrative_value = d, ymd(d)  # "on Friday the 8th": the day the text is at
        return Resolved(c.start, c.end, "TIME" if pod else "DATE", ymd(d) + pod_code, anchor)
    if not rel and ctx.narrative is not None and ctx.narrative.isoweekday() == wd \
            and _BRACKET_AFTER_DAY.search(ctx.text, max(0, c.start - 24), c.start):
        d = ctx.narrative  # "June 3 (Tuesday)": the day just named
        return Resolved(c.start, c.end, "TIME" if pod else "DATE", ymd(d) + pod_code, anchor)
    if not rel and ctx.narrative is not None and abs((ctx.narrative - ref).days) <= 14 \
            and _FOLLOWS_BEFORE.search(ctx.text, max(0, c.start - 16), c.start) and not _POSSESSIVE.match(ctx.text, c.end):
        # (not a day's possessive: "The filing follows Friday's approval" comes after that Friday's event)
        # "Halvard reports before Monday's open; Corran follows on Wednesday": the next in a series comes after the
        # day just told, on whichever side of the publication date that day lies
        d = weekday_date(ctx.narrative, wd, "next")
        ctx.narrative, ctx.narrative_value = d, ymd(d)
        return Resolved(c.start, c.end, "TIME" if pod else "DATE", ymd(d) + pod_code, anchor)
    if not rel and not pod and (delivered := _delivery_day(ctx, c, wd, ref)) is not None:
        return Resolved(c.start, c.end, "DATE", ymd(delivered), anchor)  # "power for Tuesday delivery"
    if not rel and _INDEFINITE_DAY_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        # "They posted a sample on a Monday, set a deadline for Thursday ...", "at 4:12 on a Monday morning": a day the
        # writer tells by its weekday only, not by its nearness to the day of writing ("on Monday" is that): the one
        # of the days the text is telling (on or before the last day it told), else one before the week of writing;
        # a plan's or a present habit's "on a Monday" is any Monday
        if is_future(ctx.text, c.start, c.end):
            return Resolved(c.start, c.end, "TIME" if pod else "DATE", f"XXXX-WXX-{wd}{pod_code}")
        told_day = ctx.narrative
        if told_day is not None and told_day < ref and (ref - told_day).days <= 21:
            d = weekday_date(told_day, wd, "past")
        elif not _past_word_in_sentence(ctx.text, c.start):
            # "the kind of memo that arrives at 7am on a Monday": a habit told in the present, any Monday
            return Resolved(c.start, c.end, "TIME" if pod else "DATE", f"XXXX-WXX-{wd}{pod_code}")
        else:
            d = weekday_date(ref - timedelta(days=7), wd, "past")
        ctx.narrative, ctx.narrative_value = d, ymd(d)
        return Resolved(c.start, c.end, "TIME" if pod else "DATE", ymd(d) + pod_code, anchor)
    if not rel and ctx.narrative is not None and _THE_DAY_BEFORE.search(ctx.text, max(0, c.start - 8), c.start) \
            and _PHRASE_CLOSES.match(ctx.text, c.end) \
            and ctx.narrative < ref - timedelta(days=ref.isoweekday() - 1) and (ref - ctx.narrative).days <= 31:
        # "On March 3, the seller disclosed ... and, on the Monday morning, the bidder tried to sell the deal": a day named
        # with "the" is one of the days the text is telling, the first such after the day it last told (before the
        # week of writing); "on Monday" alone stays the one nearest the day of writing
        d = weekday_date(ctx.narrative, wd, "next")
        ctx.narrative, ctx.narrative_value = d, ymd(d)
        return Resolved(c.start, c.end, "TIME" if pod else "DATE", ymd(d) + pod_code, anchor)
    # (the sentence read past a stop in an abbreviation: "waited for U.S. inflation figures on Wednesday")
    told = [m for m in _OTHER_WEEKDAY.finditer(ctx.text, _sentence_start_abbreviated(ctx.text, c.start, 300), c.start)] \
        if not rel and (_POSSESSIVE.match(ctx.text, c.end)
                        and _POSSESSIVE_AHEAD_TOLD.search(ctx.text, max(0, c.start - 24), c.start)
                        or not _POSSESSIVE.match(ctx.text, c.end)
                        and _AWAITED_OBJECT_BEFORE.search(ctx.text, max(0, c.start - 80), c.start)) else []
    if told:
        # "closed lower Wednesday as investors braced for Thursday's meeting", "edged higher on Tuesday as investors
        # waited for inflation figures on Wednesday": the first such day after the day the sentence told ("Investors
        # waited for Friday's report", with no day told, stays the Friday gone by)
        d = weekday_date(weekday_date(ref, WEEKDAYS[told[-1].group("wd").lower()], "past"), wd, "next")
        return Resolved(c.start, c.end, "DATE", ymd(d), anchor)
    # (the sentence read past a stop in an abbreviation: "Next week brings U.S. inflation figures on Wednesday")
    week = _WEEK_NAMED.search(ctx.text, _sentence_start_abbreviated(ctx.text, c.start, 300), c.start) if not rel else None
    # (a section a label gives to next week: "Week ahead" heading it, "What to watch next week:" opening the paragraph)
    ahead_from = _week_ahead_section(ctx.text, c.start) if week is None and not rel else None
    of_week = _OF_WEEK.match(ctx.text, c.end) if not rel else None
    if of_week is not None:  # "on Monday of last week": that weekday of the week named
        shift = _OF_WEEK_SHIFT[re.sub(r"\s+", " ", of_week.group("which").lower())]
        d = ref + timedelta(days=shift - ref.isoweekday() + wd)
    elif (week is not None and week.group("which").lower() == "next" or ahead_from is not None) \
            and not told_past_here(ctx.text, c.start, c.end) \
            and not quotation_closes(ctx.text, week.end() if week is not None else ahead_from[0], c.start) \
            and not past_in_clause(ctx.text, week.end() if week is not None else ahead_from[0], c.start, reporting=False,
                                   names=week is not None) \
            and not (week is None and _SINCE_ONLY_BEFORE.search(ctx.text, max(0, c.start - 8), c.start)):
        # "Next week brings ... on Wednesday"; not "will travel next week, officials said on Friday", nor a quotation's
        # week before its attribution's day ("“... next week,” said Venn, who leads the union, on Wednesday"), nor a
        # clause told in the past after the week ("the bonds mature next week, and dealers recall the panic that
        # sent their yield to 9% on Monday": the Monday gone by)
        d = ref + timedelta(days=7 - ref.isoweekday() + wd) if week is not None or ahead_from[1] \
            else weekday_date(ref, wd, "next")  # ("Week ahead": the days after the day of writing)
    elif rel in ("last", "this past"):
        d = weekday_date(ref, wd, "last")
        if rel == "last" and (ref - d).days == 1:
            # "last Thursday" written on a Friday is the Thursday of the week before: yesterday is "yesterday" or "on
            # Thursday" ("this past Thursday" stays yesterday). Two days back or more stays the nearest (TempEval-3's
            # annotators read "last Tuesday" on a Thursday as two days back).
            d -= timedelta(days=7)
    elif rel == "this" and not _POSSESSIVE.match(ctx.text, c.end) and (told_past_here(ctx.text, c.start, c.end)
                                                                     or _gone_this_week(ctx, c.start, c.end, wd, ref)):
        # "Orlan said this Monday that ...", "this Friday announced": a past verb next to it, the day gone by (not
        # a past verb further off: "hoping to sign the lease there this Tuesday" looks ahead)
        d = weekday_date(ref, wd, "past")
    elif rel in ("the previous", "the preceding", "the following") and (frame := year_apart(ctx, c.start)) is not None:
        # "2026: Won the rights. The apology came the following Monday.": a day of the year the entry tells
        return Resolved(c.start, c.end, "DATE", f"{frame:04d}", f"text:{frame:04d}")
    elif rel in ("the previous", "the preceding", "the following"):  # counted from the day the text is at
        told, anchor = narrative(ctx)
        d = weekday_date(told or ref, wd, "next" if rel == "the following" else "last")
        if d > ref and _past_word_in_sentence(ctx.text, c.start) and not _future_in_sentence(ctx.text, c.start):
            # "A profit warning earlier this month sent the shares down 30%. By the following Monday,
            # they had recovered half of that": a day the text tells as gone by is no later than the day of writing
            d, anchor = weekday_date(ref, wd, "past"), "publication"
    elif rel in ("next", "this coming"):
        d = weekday_date(ref, wd, "next")
        if rel == "next" and (d - ref).days == 1:
            # "results next Wednesday" written on a Tuesday is the Wednesday of the week after: tomorrow is
            # "tomorrow" or "on Wednesday" (the converse of "last Thursday" written on a Friday, above)
            d += timedelta(days=7)
    elif rel in ("earlier", "later") and (ref - weekday_date(ref, wd, "past")).days <= 1:
        d = weekday_date(ref, wd, "past")  # "later Monday", "earlier Tuesday": the day of writing (or one before)
    elif not rel and (listed := heading_day(ctx.text, c.start, ref)) is not None:  # a week-ahead list
        d = listed
    elif not rel and (inner := in_heading_line(ctx.text, c.start, ref, wd)) is not None:  # "(through Friday)"
        d = inner
    elif heading_future(ctx.text, c.start, c.end) is not None:  # "Tuesday: The panel is expected to vote ..."
        d = weekday_date(ref, wd, "future" if heading_future(ctx.text, c.start, c.end) else "past")
    elif not rel and put_off_plan(ctx.text, c.start):
        d = weekday_date(ref, wd, "future")  # "will delay the opening, which had been set for Monday"
    elif rel in ("", "early", "late") and (planned_then(ctx.text, c.start) or intended_then(ctx.text, c.start)
                                           or done_for_day(ctx.text, c.start, c.end)
                                           or bool(_ONSET_BEFORE.search(ctx.text, max(0, c.start - 16), c.start))):
        # "he was going to return to the office on Wednesday", "said it hoped to run a reduced schedule on Wednesday":
        # a plan told in the past, the nearest such day; after a day its own sentence told, gone by before the week
        # of writing, the first such day after it ("posted a sample on a Monday, set a deadline for Thursday")
        d = _nearest_weekday(ref, wd)
        if ctx.narrative is not None and ctx.narrative_end >= _sentence_start(ctx.text, c.start) \
                and ctx.narrative < ref - timedelta(days=ref.isoweekday() - 1):
            d = weekday_date(ctx.narrative, wd, "next")
    elif not rel and not pod and _LAST_CLOSE_BEFORE.search(ctx.text, max(0, c.start - 60), c.start):
        d = weekday_date(ref, wd, "past")  # "a premium to its last close of $1.21 on Wednesday"
    elif not rel and not pod and _FIGURE_THROUGH_BEFORE.search(ctx.text, max(0, c.start - 48), c.start):
        d = weekday_date(ref, wd, "past")  # "is down 9.8% this week through Thursday"
    elif not rel and _point_of_a_past_day(ctx.text, c.start, c.end):
        d = weekday_date(ref, wd, "past")  # "the loss in the early hours of Tuesday is set to be the largest"
    elif rel == "this" or (not _POSSESSIVE.match(ctx.text, c.end) and is_future(ctx.text, c.start, c.end)) \
            or _POSSESSIVE_AHEAD.search(ctx.text, max(0, c.start - 24), c.start) \
            or (_POSSESSIVE.match(ctx.text, c.end) and _LOOKED_AHEAD_BEFORE.search(ctx.text, max(0, c.start - 24), c.start)) \
            or (not rel and _STARTING_BEFORE.search(ctx.text, max(0, c.start - 60), c.start)) \
            or (not rel and _SET_FOR_NOW_BEFORE.search(ctx.text, max(0, c.start - 40), c.start)) \
            or (not rel and (_SUBJECT_DAY_BEFORE.match(ctx.text, _sentence_start(ctx.text, c.start), c.start)
                             or _JOINED_SUBJECT_DAY_BEFORE.search(ctx.text, max(0, c.start - 12), c.start))
                and _PRESENT_AFTER_SUBJECT.match(ctx.text, c.end)):
        d = weekday_date(ref, wd, "future")  # "Wednesday's ruling" names what already happened
    elif planned(ctx.text, c.start, c.end):  # "had been due to vote on Thursday": a plan, now on either side
        d = _nearest_weekday(ref, wd)
    elif not rel and (framed := _day_of_the_week_named(ctx, c.start, wd, ref)) is not None:
        d = framed  # "The week of November 11 undid much of that. Nexaria delayed the game on Monday; ..."
    elif not rel and not _POSSESSIVE.match(ctx.text, c.end) \
            and _AWAITING_OBJECT_BEFORE.search(ctx.text, max(0, c.start - 80), c.start) \
            and not past_in_clause(ctx.text, _sentence_start(ctx.text, c.start), c.start):
        d = weekday_date(ref, wd, "future")  # "Dealers are bracing for the May trade figures on Thursday"
    else:
        d = weekday_date(ref, wd, "past")
        if not rel and d != ref and (ahead := _named_ahead(ctx, wd, ref)) is not None \
                and not _past_word_in_sentence(ctx.text, c.start) \
                and not _SINCE_ONLY_BEFORE.search(ctx.text, max(0, c.start - 8), c.start):
            # "Talks are due to resume on Wednesday. ... We go into Wednesday's talks in good faith.": a weekday whose
            # own sentence tells no tense is the one the article already named ahead of the day of writing (not after
            # "since": "shares are up 18.5% since Friday's close" counts from a day gone by)
            d = ahead
    if g(c, "ba"):  # "the day before last Tuesday"
        d += timedelta(days=-1 if low(c, "ba") == "before" else 1)
    if not (_POSSESSIVE.match(ctx.text, c.end) and ctx.narrative is not None
            and _REFERENCE_BEFORE.search(ctx.text, max(0, c.start - 12), c.start)) \
            and not (ctx.narrative is not None and not rel
                     and _EARLIER_FIGURE_BEFORE.search(ctx.text, max(0, c.start - 60), c.start)):
        ctx.narrative, ctx.narrative_value = d, ymd(d)
    if pod:
        return Resolved(c.start, c.end, "TIME", ymd(d) + pod_code, anchor)
    return Resolved(c.start, c.end, "DATE", ymd(d), anchor)


def _day_of_the_week_named(ctx: Context, start: int, wd: int, ref: date) -> date | None:
    """Weekday ``wd`` of the week the text named last by one of its days ("The week of November 11 undid much of
    that. Nexaria delayed the game on Monday; by Thursday, ..."), when that week is over before the publication
    date, it (or the last day told since, a day of that week) was named in this sentence or the one before of the
    same paragraph, no other period was named since, and the weekday's own sentence tells a past (no future cue):
    the story is in that week. None otherwise."""
    week, named_end = ctx.named_week
    if week is None or named_end > start:
        return None
    text = ctx.text
    monday = week - timedelta(days=week.weekday())
    sunday = monday + timedelta(days=6)
    if sunday >= ref:
        return None  # the week under way: the tense places its days
    if ctx.narrative_end >= named_end and (ctx.narrative is None or not monday <= ctx.narrative <= sunday):
        return None  # a day told since, of another week: the story has left the week
    last = named_end  # the week's own sentence and the next only: after that the article's week again
    if ctx.coarse_end > named_end and ctx.coarse is not None and not (
            len(ctx.coarse_value) == 10 and monday <= ctx.coarse <= sunday):
        return None  # another period named since ("shares are down 36% this month"): the story has left that week
    if len(list(_SENT_END.finditer(text, last, start))) > 1 or "\n" in text[last:start]:
        return None
    if not _past_word_in_sentence(text, start) or _future_in_sentence(text, start):
        return None
    return monday + timedelta(days=wd - 1)


def _past_word_in_sentence(text: str, start: int) -> bool:
    """Whether the sentence around ``start`` holds a past word ("-ed" or an irregular past, "said" and "told"
    included; not "says" and not a passive after "is", "will be"), or a past verb spelled like its base."""
    s = max(0, start - 200)
    for last in _SENT_END.finditer(text, s, min(len(text), start + 1)):
        s = last.end()
    stop = _SENT_END.search(text, start, min(len(text), start + 200))
    end = stop.start() if stop else min(len(text), start + 200)
    return any(w.group(0).lower() not in ("says", "say") and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
               for w in _PAST_WORD.finditer(text, s, end)) or _irregular_past(text, s, end)


def _named_ahead(ctx: Context, wd: int, ref: date) -> date | None:
    """The last day of weekday ``wd`` the text has gone on to that lies within the week after ``ref``, or None."""
    for _, day in reversed(ctx.days):
        if day.isoweekday() == wd and 0 < (day - ref).days <= 7:
            return day
    return None


def _point_of_a_past_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday ``text[start:end]`` is a point within a day ("late on Sunday", "the early hours of
    Tuesday") whose clause speaks of the future only after it: no future cue up to the day itself."""
    if not _POINT_OF_DAY_BEFORE.search(text, max(0, start - 40), start):
        return False
    return is_future(text, start, end) and not is_future(text[:end], start, end)


_LINE_REST = re.compile(r"[ \t.:—–-]*(?:\n|$)")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all its line holds (but spaces and a stop, colon or dash after it)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _LINE_REST.match(text, end) is not None


#: A live blog's entry stamp opening a line: a clock time, maybe a zone, then a dash or a colon and the entry ("10:15am -
#: Orlan is off 3%", "07:30 ET - Good morning.", "14:05: ..."), alone on its line above the entry ("4:15pm SGT"), or
#: with the entry's short title after it on that line ("3.15pm Union: \"Don't make Wales wait\"", "09:33 Pound dips"),
#: or with its zone written right before the entry's first word ("14:45 ET Senators met the chief executive ...").
_ENTRY_STAMP_LINE = re.compile(r"^[ \t]*\d{1,2}[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,4}\b)?[ \t]*"
                               r"(?:(?:[-–—]{1,2}|:)[ \t]+(?=\S)|(?=\n\s*\S)|(?<=[ \t])(?=(?-i:[A-Z])[^\n]{0,60}\n)|"
                               r"(?<=(?-i:[A-Z][A-Z])[ \t])(?=(?-i:[A-Z])))",
                               re.MULTILINE | re.IGNORECASE)


def _day_of_the_telling(ctx: Context, start: int, end: int | None = None) -> tuple[date | None, str]:
    """The day an anaphoric time of day or day ("in the morning", "at 7 a.m.", "the day before") is read by
    (:func:`narrative`), but when the text's last day lies after the publication date and the sentence is told in
    the past, the last day it named up to the publication date, else the publication date ("set a deadline of June
    11 for offers. The index was down 1.3% in late-morning trade": the morning of the day of writing, not of the
    deadline; "were told on Tuesday that shifts would pause from March 30 ... had spoken to management the day
    before": the day before that Tuesday). ``end`` is where the expression ends: the tense after it is read from
    there, past the expression's own colon and stops ("By 9:45 a.m., the shares had pared ...": told in the past)."""
    ref, anchor = narrative(ctx)
    if ref is not None and ctx.dct is not None and ref > ctx.dct and _told_in_past(ctx.text, start) \
            and not is_future(ctx.text, start, start if end is None else end):
        if ctx.settled is not None:
            return ctx.settled, f"text:{ctx.settled_value}"
        return publication(ctx)
    return ref, anchor


def _later_entry(ctx: Context, start: int) -> bool:
    """Whether ``start`` lies in a later entry of a live blog of the publication day than the one that stated the
    narrative day: the first stamp opening a line came with the publication day in force, the narrative day was
    stated after it, and another stamp opens a line between that day and ``start``. A day named in an entry
    ("adding to Wednesday's gain", "a hearing is scheduled for March 18") dates that entry's news only; the next
    entries are news of the blog's day, whichever order the blog runs in. A timeline of an earlier day ("The timeline
    of the attack on Tuesday:" before its stamps) is left to the days it names."""
    text, told = ctx.text, ctx.narrative_end
    if not ctx.stamps_today or told < ctx.first_stamp or "\n" not in text[told:start]:
        return False
    between = _ENTRY_STAMP_LINE.search(text, told)
    return between is not None and between.start() <= text.rfind("\n", 0, start) + 1


def _note_stamp(ctx: Context, start: int) -> None:
    """Record the first live blog entry stamp (a clock time opening its line, then a dash or a colon) and whether
    the day in force there is the publication day."""
    if ctx.first_stamp >= 0 or ctx.dct is None:
        return
    line = ctx.text.rfind("\n", 0, start) + 1
    stamp = _ENTRY_STAMP_LINE.match(ctx.text, line)
    if stamp is None or not line <= start < stamp.end():
        return
    ctx.first_stamp = line
    ctx.stamps_today = narrative(ctx)[0] == ctx.dct


#: What a sentence stamped with the wires' time of the session speaks of: prices, trading, a market figure.
_SESSION_WORDS = re.compile(r"%|\b(?:per\s?cent|shares?|stocks?|index|indices|futures|bonds?|yields?|currency|"
                            r"traded|trading|trade|market|bourse|exchange|session|points?)\b", re.IGNORECASE)


#: A statement timed by the clock right after it ("said in a statement at 09:40", "told reporters at 14:10"): the
#: day of writing's, as a time of the session is.
_STATEMENT_AT = re.compile(r"\b(?:said|says|told|announced|statement|tweeted|posted|wrote)\b(?:(?!\w+ed\b)[^.;:!?\n]){0,30}$",
                           re.IGNORECASE)


def _session_sentence(text: str, start: int) -> bool:
    """Whether the sentence of offset ``start`` speaks of the market (``_SESSION_WORDS``), or the clock there times a
    statement (``_STATEMENT_AT``)."""
    return bool(_STATEMENT_AT.search(text, max(0, start - 40), start)) or _market_sentence(text, start)


def _market_sentence(text: str, start: int) -> bool:
    """Whether the sentence of offset ``start`` speaks of the market (``_SESSION_WORDS``)."""
    stop = _SENTENCE_BREAK.search(text, start)
    return _SESSION_WORDS.search(text, _sentence_start(text, start), stop.start() if stop else len(text)) is not None


#: A relative clause set off by commas before a clock time in its sentence: ", which bought the rights on 9/5/2030,".
_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,;:.!?\n]*,")


def _day_in_an_aside(ctx: Context, start: int) -> bool:
    """Whether the day the text last told was stated inside a relative clause set off by commas that closes before
    ``start`` in its sentence (``_ASIDE``)."""
    told = ctx.narrative_end
    s = _sentence_start(ctx.text, start)
    if not s <= told <= start or not ctx.days or ctx.days[-1][0] != told:
        return False
    return any(m.start() < told < m.end() for m in _ASIDE.finditer(ctx.text, s, start))


#: A calendar day written right after a weekday and a comma: ", 10 July 2031", ", July 10", ", Sept. 9, 2031".
_MONTH_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_WEEKDAYS_DATE_AFTER = re.compile(r",?\s+(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + _MONTH_WORD + r")|"
                                  r"(?P<m2>" + _MONTH_WORD + r")\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
                                  r"(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\d%])")


#: "as of" right before a clock time: a stamp of the state of things at the time of writing.
_AS_OF_BEFORE = re.compile(r"\b[Aa]s\s+of\s+$")


def resolve_clock(c: Candidate, ctx: Context) -> Resolved | None:
    """clock_date / noon: a time of day, on a named day when one is attached."""
    if c.kind == "noon":
        word = low(c, "noon")
        clock = "T24:00" if word == "midnight" else "T12:00"
        wd_word = g(c, "wd") or g(c, "wd2")
        rel = low(c, "rel") or low(c, "rel0")
    else:
        clock = clock_value(c) or ""
        wd_word = g(c, "wd")
        rel = low(c, "rel")
        start = c.start
        lead = _LEAD_PREP.match(ctx.text[c.start:c.end])
        if lead and lead.group(0).strip().lower() not in ("about", "around"):
            start += lead.end()
        c = Candidate(c.kind, start, c.end, c.groups)
    heading = not (wd_word or rel or g(c, "mon")) and _alone_on_line(ctx.text, c.start, c.end)
    _note_stamp(ctx, c.start)
    # a time heading its line is a live blog's entry stamp: the day of the blog, not the day the entry before named;
    # a day stated in an earlier paragraph does not date a 24-hour clock time in a sentence of the market, the wires'
    # time of the session ("... a strike that started on Sunday night.\n\nThe shares were 5% lower at 1115 GMT": the
    # day of writing); an incident told minute by minute stays on the day the text tells ("... on Sunday, 21
    # July.\n\nThe review found that a change deployed at 21:41 CEST ..."); a 12-hour clock with its zone is a time
    # of the session as well ("... AbbVie had closed up 1.1% on Monday.\n\nFutures were 0.2% lower at 8:45 a.m. ET"), and
    # so is midday or noon in a sentence of the market ("... the downgrade announced on 12.04.2031.\nThe index advanced
    # 1.3% by midday"; not a statement's "said at a midday rally": the rally of the day told)
    noon = low(c, "noon") in ("midday", "noon")
    earlier = bool(g(c, "h24") or g(c, "hb") or g(c, "ap") and g(c, "tz") or noon) \
        and ctx.narrative_end >= 0 and "\n" in ctx.text[ctx.narrative_end:c.start] \
        and (_market_sentence(ctx.text, c.start) if noon else _session_sentence(ctx.text, c.start)) \
        or _later_entry(ctx, c.start)
    ref, anchor = _day_of_the_telling(ctx, c.start, c.end) if not (wd_word or rel or heading or earlier) \
        else day_of_writing(ctx)
    if not (wd_word or rel or heading or earlier) and _day_in_an_aside(ctx, c.start):
        # "Vivacast, which bought the rights on 9/5/2030, went dark at 13:47": the relative clause's day dates its
        # own event, not the main clause's clock time; the day told before that sentence does
        ref, anchor = (ctx.days[-2][1], f"text:{ymd(ctx.days[-2][1])}") if len(ctx.days) >= 2 else day_of_writing(ctx)
    if not (wd_word or rel or heading or earlier or g(c, "mon")) and _AS_OF_BEFORE.search(ctx.text, max(0, c.start - 8), c.start) \
            and not _told_in_past(ctx.text, c.start) and not is_future(ctx.text, c.start, c.end):
        ref, anchor = day_of_writing(ctx)  # "Data: prices as of 4:00 p.m. EDT": the writer's stamp, not the day last told
    if ref is None:
        return Resolved(c.start, c.end, "TIME", "XXXX-XX-XX" + clock)
    if not (wd_word or rel or heading or earlier or g(c, "mon")) and ctx.day_named[1] is not None \
            and max(ctx.narrative_end, 0) <= ctx.day_named[0] <= c.start \
            and not _SENTENCE_BREAK.search(ctx.text, ctx.day_named[0], c.start):
        # "Yesterday, workers met at 9 a.m.", "The following day, about 5:15 a.m., ...", "on tonight's show at 9
        # p.m.": the day named earlier in the clock time's sentence, after the text's last day, is its day
        ref, anchor = ctx.day_named[1], "text:" + ymd(ctx.day_named[1])
    if wd_word:
        wd = WEEKDAYS[wd_word.lower()]
        if not is_future(ctx.text, c.start, c.end) and not rel \
                and (planned_then(ctx.text, c.start) or intended_then(ctx.text, c.start)):
            d = _nearest_weekday(ref, wd)  # "after its union set a strike for 12:01 a.m. Friday": a plan told in the past
        else:
            d = weekday_date(ref, wd, "future" if is_future(ctx.text, c.start, c.end) else "past")
        wd_end = ctx.text.find(wd_word, c.start, c.end) + len(wd_word) if c.kind == "clock_date" else c.end
        if (written := _WEEKDAYS_DATE_AFTER.match(ctx.text, wd_end, c.end)) is not None and ctx.dct is not None:
            # "from 00:01 CEST on Thursday, 10 July 2031": the weekday's own calendar day, written right after it
            month = month_no(written.group("m1") or written.group("m2"))
            day = int(written.group("d1") or written.group("d2"))
            on = safe_date(int(written.group("y")), month, day) if written.group("y") else \
                yearless_day(month, day, ctx, is_future(ctx.text, c.start, c.end), c.start)
            if on is not None and on.isoweekday() == wd:
                # the calendar day written out is the day the text goes on to tell ("landed at 6:10am on Sunday 4 June.
                # ... The crew flew home the following day")
                ctx.narrative, ctx.narrative_value = on, ymd(on)
                return Resolved(c.start, written.end(), "TIME", ymd(on) + clock, "" if written.group("y") else anchor)
        if wd_end < c.end:  # a calendar day that is not the weekday's: the weekday alone
            return Resolved(c.start, wd_end, "TIME", ymd(d) + clock, anchor)
        if g(c, "qh"):  # "At a quarter to seven on Tuesday morning, ...": the weekday read with the clock still
            ctx.narrative, ctx.narrative_value = d, ymd(d)  # names the day the text goes on to tell, as alone
    elif rel:
        d = ref + timedelta(days=_DAY_SHIFT[rel])
    elif g(c, "mon") and g(c, "year"):  # "at 14:46 local time on March 11, 2011": the day of the year written
        d = safe_date(int(g(c, "year")), month_no(g(c, "mon")), int(g(c, "day"))) or ref
        anchor = ""
    elif g(c, "mon"):
        d = yearless_day(month_no(g(c, "mon")), int(g(c, "day")), ctx, is_future(ctx.text, c.start, c.end), c.start) or ref
    else:
        d = ref
    return Resolved(c.start, c.end, "TIME", ymd(d) + clock, anchor)


#: "the latest fiscal year": the last full year a company reported (a calendar "latest year" is left out).
_FISCAL_IN = re.compile(r"\bfiscal\b|\bfinancial\s+year\b", re.IGNORECASE)


def resolve_relunit(c: Candidate, ctx: Context) -> Resolved | None:
    """this/last/next/the past ... + week, month, year, quarter, season or part of day."""
    rel = low(c, "rel")
    words = rel.split(" ")
    base = words[-1]
    unit = low(c, "unit")
    season = low(c, "season")
    pod = low(c, "pod")
    anaphoric = base in ("previous", "following", "that") or rel in ("the same",)
    ref, anchor = narrative(ctx, unit) if anaphoric else day_of_writing(ctx) if pod and rel == "this" else publication(ctx)
    if anaphoric and unit == "week" and _WEEK_VALUE.fullmatch(ctx.coarse_value) and ctx.coarse_end > ctx.narrative_end:
        # "Tesco ended last week 7.8% lower. Sainsbury fell 10.4% over the same week": the week the text last named,
        # named after the last day it told
        ref, anchor = ctx.coarse, f"text:{ctx.coarse_value}"
    if ref is None:
        if rel in ("the past", "the last", "the next", "the coming") and unit:
            return Resolved(c.start, c.end, "DURATION", duration_value(1, unit))
        if base in ("earlier", "later") or rel in ("the latest", "the most recent"):
            return None
        # no date to read it by: the unit's X-value, as TimeML writes it ("this week" -> XXXX-WXX)
        x_value = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
                   "year": "XXXX", "decade": "XXX", "century": "XX"}.get(unit)
        if season:
            x_value = "XXXX-" + SEASONS[season]
        elif pod:
            x_value = "XXXX-XX-XXT" + POD[pod]
        if x_value is None:
            return None
        return Resolved(c.start, c.end, "TIME" if pod else "DATE", x_value)
    if season == "fall" and _FALL_DROP_IN.match(ctx.text, c.end):
        return None  # "After this fall in prices": a drop, not the season
    if season:
        code = SEASONS[season]
        if anaphoric and base == "that":
            return Resolved(c.start, c.end, "DATE", f"{ref.year:04d}-{code}", anchor)
        return Resolved(c.start, c.end, "DATE",
                        _season_value(code, ref, "this past" if rel == "this past" else base,
                                      is_future(ctx.text, c.start, c.end)), anchor)
    if pod:
        shift = {"last": -1, "next": 1, "following": 1, "previous": -1}.get(base, 0)
        if base in ("past", "coming") or rel in ("the next", "the last", "the latest", "the most recent"):
            return None
        return Resolved(c.start, c.end, "TIME", ymd(ref + timedelta(days=shift)) + "T" + POD[pod], anchor)
    if unit == "weekend" and rel in ("the next", "the coming", "the past", "the last"):
        # "to Lisle for the coming weekend", "over the past weekend": one weekend, a date
        ahead = rel in ("the next", "the coming")
        d = weekday_date(ref, 6, "future") if ahead else weekday_date(ref, 6, "past") if ref.isoweekday() < 6 else ref
        return Resolved(c.start, c.end, "DATE", week_value(d) + "-WE", anchor)
    if rel in ("the past", "the last", "the next", "the coming") \
            and not (rel in ("the next", "the coming") and unit == "week" and _POSSESSIVE.match(ctx.text, c.end)) \
            and not (unit == "year" and _FISCAL_IN.search(ctx.text, c.start, c.end)):
        # "over the past year" is the year up to now, a duration like "the past two years" and "the past decade"
        # ("the next week's votes" is the week after this one, a date; "the last fiscal year" is one fiscal year, the
        # one before the current, as "last fiscal year" is)
        return Resolved(c.start, c.end, "DURATION", duration_value(1, unit))
    if unit == "weekend":
        return None
    if base in ("last", "previous", "past") and rel != "this past":
        k = -1
    elif base in ("next", "following", "coming") and rel != "this coming":
        k = 1
    elif rel in ("the latest", "the most recent"):
        if unit == "year" and _FISCAL_IN.search(ctx.text, c.start, c.end):
            return Resolved(c.start, c.end, "DATE", _shifted(ref, unit, -1), anchor)  # the last one reported
        if unit != "quarter":
            return None
        if ctx.quarter:
            return Resolved(c.start, c.end, "DATE", f"{ctx.quarter[0]:04d}-Q{ctx.quarter[1]}", anchor)
        k = -1
    elif base == "earlier" or base == "later":
        return None
    else:
        k = 0
    if rel == "this past":
        k = -1 if unit in ("week", "month") else 0
    if unit == "quarter" and ctx.quarter and k == 0 and base not in ("this", "current"):
        return Resolved(c.start, c.end, "DATE", f"{ctx.quarter[0]:04d}-Q{ctx.quarter[1]}", anchor)
    value = _shifted(ref, unit, k)
    part = part_before_or_after(value, ref, words[0]) if base == "this" and not anaphoric else None
    if part is None and unit == "week" and len(words) > 1:  # "late last week": its Thursday and Friday
        part = week_part(interval(value)[0] or ref, words[0])
    elif part is None and len(words) > 1 and words[0] in ("early", "late") and len(value) in (4, 7):
        # "late last year", "early this month": the part "late 2023" and "early March" name (its last quarter, its
        # first ten days)
        part = year_part(int(value), words[0]) if unit == "year" else \
            month_part(int(value[:4]), int(value[5:]), words[0]) if unit == "month" else None
    return Resolved(c.start, c.end, "DATE", value, anchor, span=part)


def resolve_thepart(c: Candidate, ctx: Context) -> Resolved | None:
    """the summer / summer 2024 / the winter of 1994 / the morning."""
    text = ctx.text[c.start:c.end].lower()
    has_det = text.startswith("the ")
    season = low(c, "season")
    pod = low(c, "pod")
    year_s = g(c, "year") or (str(spelled_year(g(c, "sy")) or "") if g(c, "sy") else "")
    rel = low(c, "rel")
    if not (has_det or year_s or rel or g(c, "mod")):
        if not PREP_BEFORE.search(ctx.text[max(0, c.start - 12):c.start]) or pod:
            return None
        if season == "fall" and not _FALL_PREP.search(ctx.text[max(0, c.start - 10):c.start]):
            return None
    if season == "fall" and has_det and not (year_s or rel) and _OF_AFTER.match(ctx.text, c.end):
        return None  # "the fall of the Berlin Wall": a collapse, not the season
    if season == "fall" and not (year_s or rel) and (_FALL_DROP_IN.match(ctx.text, c.end) or has_det
                                                    and _FALL_DROP_VERB.match(ctx.text, c.end)
                                                    and _CLAUSE_OPEN.search(ctx.text, max(0, c.start - 4), c.start)):
        return None  # "The fall wiped out ...", "the fall in shares": a drop, not the season
    if season == "fall" and has_det and not (year_s or rel) and _FALL_CHECKED.search(ctx.text, max(0, c.start - 16),
                                                                                  c.start):
        return None  # "to slow the fall", "banks led the fall": a drop, not the season
    ref, anchor = publication(ctx)
    if pod:
        if year_s or rel or not (has_det or g(c, "mod")) or pod == "night":
            return None
        # (in a later entry of a live blog than the one that named a day, the blog's day: "09:45 ET - Orvel sits
        # close to its lows of the morning", after an entry that looked ahead to Monday)
        ref, anchor = day_of_writing(ctx) if _later_entry(ctx, c.start) else _day_of_the_telling(ctx, c.start, c.end)
        if ref is None:
            return None
        return Resolved(c.start, c.end, "TIME", ymd(ref) + "T" + POD[pod], anchor)
    code = SEASONS[season]
    if year_s:
        return Resolved(c.start, c.end, "DATE", f"{int(year_s):04d}-{code}")
    if ref is None:
        return Resolved(c.start, c.end, "DATE", f"XXXX-{code}")
    if rel:
        year = ref.year + {"this": 0, "last": -1, "next": 1}[rel]
        return Resolved(c.start, c.end, "DATE", f"{year:04d}-{code}", anchor)
    if (frame := framing_year(ctx.text, c.start)) is not None:
        # "In 2018, a drought that began in the summer drove ...": the framing year's season
        return Resolved(c.start, c.end, "DATE", f"{frame:04d}-{code}", f"text:{frame:04d}")
    # a season still ahead in a sentence told in the present is the coming one ("they could lose in the fall")
    ahead = is_future(ctx.text, c.start, c.end) or present_ahead(ctx, c.start)
    # a season ahead whose sentence tells no past, named after this year's has ended, is next year's ("the real test
    # comes in the spring", written in September); not "the end of summer" told in early September
    onward = ahead and not _told_in_past(ctx.text, c.start) \
        and not _SEASON_PART_BEFORE.search(ctx.text, max(0, c.start - 24), c.start)
    return Resolved(c.start, c.end, "DATE", _season_value(code, ref, "", ahead, onward), anchor)


#: A part of a season named before it: "the end of summer", "the height of the summer".
_SEASON_PART_BEFORE = re.compile(r"\b(?:end|start|beginning|middle|height|rest|close|dog\s+days)\s+of\s+(?:the\s+)?$",
                                 re.IGNORECASE)


#: A year written right before "year-end" ("at the 2029 year-end", "its 2029 year end"): the end of that year.
_YEAR_RIGHT_BEFORE = re.compile(r"(?<![\d,.$€£])\b((?:19|20)\d\d)\s+$")
#: "earlier / later / early / late in the day": a time within a day the text tells, not a date of its own.
_IN_THE_DAY = re.compile(r"\bin\s+the\s+day$", re.IGNORECASE)


#: An infinitive in the clause before an expression ("determined to win it before the end of the year"): what is
#: still to come for its governor, whatever the tense of the sentence.
_INFINITIVE_IN_CLAUSE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|\d)\b)[a-z]+\b[^,;.!?]*$")


def resolve_inunit(c: Candidate, ctx: Context) -> Resolved | None:
    """earlier in the year / the end of this month / year-end."""
    ref, anchor = publication(ctx)
    if ref is None:
        return None
    if g(c, "midyear"):  # "by midyear": the middle of the publication year ("since midyear" in spring: the last one)
        year = ref.year - (1 if ref.month <= 6 and _SINCE_BEFORE.search(ctx.text[max(0, c.start - 8):c.start]) else 0)
        return Resolved(c.start, c.end, "DATE", f"{year:04d}", anchor, span=year_part(year, "mid"))
    if g(c, "yearend"):
        year = ref.year
        if _SINCE_BEFORE.search(ctx.text[max(0, c.start - 8):c.start]):
            year -= 1
        if (named := _YEAR_RIGHT_BEFORE.search(ctx.text, max(0, c.start - 6), c.start)) is not None:
            year, anchor = int(named.group(1)), ""  # "audited at the 2029 year-end": that year's end
        return Resolved(c.start, c.end, "DATE", f"{year:04d}-12-31", anchor)
    unit = low(c, "unit") or low(c, "unit2") or low(c, "unit4")
    mod = low(c, "mod") or low(c, "mod4")  # "by year's end", "at month's end": "the end of the year / month"
    if unit == "day" and g(c, "rel") and _IN_THE_DAY.search(ctx.text, c.start, c.end):
        return None  # "earlier in the day", "late in the day": left unmarked, as the TempEval-3 tune gold does (3 of 4)
    rel2 = low(c, "rel2")
    k = {"last": -1, "next": 1}.get(rel2, 0)
    value = _shifted(ref, unit, k)
    if unit == "year" and mod == "end" and rel2 in ("", "the") and ref.month <= 9 \
            and _told_in_past(ctx.text, c.start, own_part=True) and not is_future(ctx.text, c.start, c.end) \
            and not _INFINITIVE_IN_CLAUSE.search(ctx.text[max(0, c.start - 120):c.start]):
        # "raised $12 million in 2029 and had more cash at the end of the year", "By year's end, it had doubled":
        # told in the past, months before this year's end: the end of the year the text last named, else of last year
        coarse = ctx.coarse.year if ctx.coarse is not None else None
        value = f"{coarse if coarse is not None and coarse < ref.year else ref.year - 1:04d}"
    span = part_before_or_after(value, ref, low(c, "rel"))
    at = bool(_AT_BEFORE.search(ctx.text, max(0, c.start - 4), c.start))  # "at the start of the year": an instant
    if span is None and not mod and low(c, "rel") in ("early", "late") and unit in ("year", "month"):
        # "late in the year", "early in the month": the part "late 2023" and "early March" name (its last quarter,
        # its first ten days), as "late in the week" is its Thursday and Friday
        part = low(c, "rel")
        span = year_part(int(value), part) if len(value) == 4 else \
            month_part(int(value[:4]), int(value[5:]), part) if len(value) == 7 else None
    if span is None and mod and len(value) == 4:
        # "the end of the year": its last quarter; "by the end of the year" its last day, "since the beginning of
        # last year" January
        span = year_part(int(value), mod, *instant_before(ctx.text, c.start))
    elif span is None and mod and unit == "quarter":  # "by the end of this quarter": its last day
        span = quarter_part(int(value[:4]), int(value[-1]), mod, *instant_before(ctx.text, c.start))
    elif span is None and mod and len(value) == 7:  # "the end of this month": its last ten days
        at = at or bool(_UNTIL_BEFORE.search(ctx.text, max(0, c.start - 8), c.start))
        span = month_part(int(value[:4]), int(value[5:]), "the " + mod + " of", at)
    elif span is None and mod and unit == "week":  # "by the end of next week": its last working days
        span = week_part(interval(value)[0] or ref, mod)
        if span is not None and k == 0 and span[0] > ref and not is_future(ctx.text, c.start, c.end):
            # "(the stock) fell further by the end of the week" in a Tuesday article: the week before
            value = _shifted(ref, unit, -1)
            span = week_part(interval(value)[0] or ref, mod)
    return Resolved(c.start, c.end, "DATE", value, anchor, span=span)


_YEARS_IN = {"decade": 10, "century": 100, "millennium": 1000}
#: A word before "N units ago" that makes it a bound, not a point ("more than a decade ago", "less than two weeks ago").
_BOUND = re.compile(r"(?i)(?:more|less)\s+than|over|under|at\s+least|up\s+to")


#: A figure or a degree word right before "more than" / "less than": the comparative is the figure's ("11% less than a
#: year earlier", "$74 million more than a year ago", "slightly more than a year ago"), not a bound on the time.
_FIGURE_BEFORE = re.compile(r"(?i)(?:\d(?:[\d.,]*\d)?\s*(?:%|percent|per\s+cent|(?:m|bn|million|billion|trillion|"
                            r"points?|tonnes|tons|barrels|shares|units|cents|pence)\b)?|\b(?:much|far|slightly|somewhat|"
                            r"significantly|substantially|considerably|markedly|sharply))\s+$")
#: A period the sentence names, whose value "a year earlier" shifts ("In the first half of 2029, ... 11% less than a
#: year earlier": the first half of 2028).
_SHIFTABLE_PERIOD = re.compile(r"(?P<y>\d{4})(?P<rest>-(?:[QH]\d|\d\d(?:-\d\d)?))?$")


def _comparison_start(c: Candidate, ctx: Context) -> int:
    """Where "a year earlier" starts in "11% less than a year earlier": past "more than" / "less than" when a figure or
    a degree word stands before it (TimeML leaves the comparative out: the figure's, not the time's); else the
    candidate's start."""
    approx = g(c, "approx").lower()
    if not approx.endswith("than") or not _FIGURE_BEFORE.search(ctx.text, max(0, c.start - 30), c.start):
        return c.start
    m = re.compile(r"(?i)(?:more|less)\s+than\s+").match(ctx.text, c.start)
    return m.end() if m else c.start


def _sentence_period(ctx: Context, start: int) -> str | None:
    """The value of the period the sentence of ``start`` named last before it (a year, half, quarter, month or
    day: ``Context.coarse_value``), or None when it named none."""
    if ctx.coarse_end < 0 or ctx.coarse_end > start:
        return None
    s = max(0, start - 300)
    for last in _SENT_END.finditer(ctx.text, s, min(len(ctx.text), start + 1)):
        s = last.end()
    return ctx.coarse_value if ctx.coarse_end >= s and _SHIFTABLE_PERIOD.match(ctx.coarse_value) else None


#: "to the day" right after "N years ago": the very day, that many years back.
_TO_THE_DAY = re.compile(r"\s+to\s+the\s+day\b", re.IGNORECASE)


def resolve_ago(c: Candidate, ctx: Context) -> Resolved | None:
    """N units ago / earlier / later / before / after / from now."""
    unit = unit_key(g(c, "unit") or g(c, "bare"))
    if unit not in UNITS:
        return None
    if (start := _comparison_start(c, ctx)) != c.start:
        c = replace(c, start=start, groups={**c.groups, "approx": None})
    direction = low(c, "dir")
    numw = g(c, "num")
    n = number_value(numw) if numw else None
    if n is not None and (g(c, "half") or g(c, "half0")):
        n += 0.5  # "a year and a half ago", "two and a half years ago"
    if unit == "fortnight":  # "a fortnight ago": two weeks back
        unit, n = "week", None if n is None else n * 2
    follow = ctx.text[c.end:c.end + 3]
    before_event = direction in ("before", "after") and follow[:1].isspace() and follow[1:2].isalnum()
    if before_event or direction == "later" or direction == "earlier" and unit not in _CALENDAR_UNITS:
        # TimeML: in "three days later" / "two weeks before the vote" the timex is the duration "three days".
        core_end = c.end - len(g(c, "dir"))
        while core_end > c.start and ctx.text[core_end - 1].isspace():
            core_end -= 1
        return Resolved(c.start, core_end, "DURATION", duration_value(n, unit))
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    deictic = direction in ("ago", "from now", "hence")
    ref, anchor = publication(ctx) if deictic else narrative(ctx)
    if n is None:
        return Resolved(c.start, c.end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    if ref is None:
        return None
    if unit == "year" and n == 1 and sign < 0 and direction == "earlier" and (period := _sentence_period(ctx, c.start)):
        # "In the first half of 2029, ... 11% less than a year earlier": the period the sentence is about, a year back
        m = _SHIFTABLE_PERIOD.match(period)
        value = f"{int(m.group('y')) - 1:04d}{m.group('rest') or ''}"
        if value.endswith("-02-29"):
            value = value[:-2] + "28"
        return Resolved(c.start, c.end, "DATE", value, f"text:{period}")
    if unit == "year" and n == 1 and sign < 0 and ctx.quarter and c.start > 0:
        return Resolved(c.start, c.end, "DATE", f"{ctx.quarter[0] - 1:04d}-Q{ctx.quarter[1]}", anchor)
    if n != int(n) and unit in _YEARS_IN and n * _YEARS_IN[unit] == int(n * _YEARS_IN[unit]):
        unit, n = "year", n * _YEARS_IN[unit]  # "half a century ago": fifty years back
    bound = _BOUND.fullmatch(g(c, "approx") or "") is not None  # "more than a decade ago": before that point
    if unit == "decade" and deictic and not bound:
        # "a decade ago" is the year ten years back, as "ten years ago" is (in 2019 it is 2009, not the 2000s)
        unit, n = "year", n * _YEARS_IN["decade"]
    if n != int(n) and unit == "year" and (n * 12) == int(n * 12):
        unit, n = "month", n * 12  # "a year and a half ago": eighteen months back
    k = int(n) * sign
    if n != int(n):
        return Resolved(c.start, c.end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    if unit == "day" and deictic:  # "Twelve days ago, ... the next day": the text moved to that day
        ctx.narrative = ref + timedelta(days=k)
        ctx.narrative_value = ymd(ctx.narrative)
    if unit == "week" and deictic and not bound:
        # "two weeks ago": the day as many weeks back (its weekday is the publication's), as TempEval-3's annotators
        # mostly value it; "more than three weeks ago" stays a week. The text moves to that day, as after "twelve
        # days ago" ("Two weeks ago today, she posted the offer. Shares jumped 11% that afternoon")
        ctx.narrative = ref + timedelta(weeks=k)
        ctx.narrative_value = ymd(ctx.narrative)
        return Resolved(c.start, c.end, "DATE", ymd(ctx.narrative), anchor)
    if unit in ("year", "month") and direction == "ago" and not bound and ctx.dct is not None and ref == ctx.dct \
            and (exact := _TO_THE_DAY.match(ctx.text, c.end)) is not None:
        # "the lease, renewed two years ago to the day": the day of writing, as many years (or months) back
        y, m = add_months(ref.year, ref.month, k * (12 if unit == "year" else 1))
        day = safe_date(y, m, min(ref.day, calendar.monthrange(y, m)[1]))
        if day is not None:
            return Resolved(c.start, exact.end(), "DATE", ymd(day), anchor)
    if unit == "year" and k == -1 and direction == "ago" and not bound and ctx.dct is not None and ref == ctx.dct:
        # "cut its dividend a year ago", written in November: the year back is TimeML's value, but what is told is
        # about twelve months back, so the interval is that month of the year (not the whole calendar year); "nine
        # years ago" keeps its year, a month that far back being more than the words say
        y = ref.year + k
        return Resolved(c.start, c.end, "DATE", _shifted(ref, unit, k), anchor,
                        span=(date(y, ref.month, 1), date(y, ref.month, calendar.monthrange(y, ref.month)[1])))
    return Resolved(c.start, c.end, "DATE", _shifted(ref, unit, k), anchor)


#: A figure's move "on" a period ("rose 4.3% on the week", "was flat on the day"): the market's way of saying "over".
_MOVE_ON_BEFORE = re.compile(r"(?:\d\s*%|\d\s*(?:percent|per\s+cent|points?|cents?|pence)|\b(?:flat|unchanged|higher|lower|"
                             r"up|down))\s+on\s+$", re.IGNORECASE)


#: "later in the day before returning home", "early in the day after the talks": "in the day" is a part of the day
#: told, and "before" / "after" opens what follows; no day before or after another.
_IN_THE_DAY_BEFORE = re.compile(r"\b(?:later|earlier|early|late)\s+in\s+$", re.IGNORECASE)
_THE_DAY_BA = re.compile(r"(?i)the\s+day\s+(?:before|after)\b")


def resolve_theday(c: Candidate, ctx: Context) -> Resolved | None:
    """the next day / the previous week / that day / earlier that day."""
    if _THE_DAY_BA.match(ctx.text, c.start) and _IN_THE_DAY_BEFORE.search(ctx.text, max(0, c.start - 16), c.start):
        return None
    if unit5 := low(c, "unit5"):  # "the week before last": two weeks back from the day of writing, as "last week" is one
        ref, anchor = publication(ctx)
        return Resolved(c.start, c.end, "DATE", _shifted(ref, unit5, -2), anchor) if ref is not None else None
    unit = low(c, "unit") or low(c, "unit2") or low(c, "unit3")
    if low(c, "ba") == "after" and unit == "week" and ctx.dct is not None \
            and _MOVE_ON_BEFORE.search(ctx.text, max(0, c.start - 24), c.start):
        # "rose 4.3% on the week after an upbeat note": the move's period, then its cause; "on the week" alone is the
        # week of the text, as "for the week" is (TimeML's underspecified week). ("fell 6% on the day after the
        # collision" stays the day after it: a session is told by its day)
        return Resolved(c.start, ctx.text.lower().index("week", c.start) + 4, "DATE", f"{ctx.dct.year:04d}-WXX",
                        "publication")
    which = low(c, "which") or low(c, "that") or {"before": "previous", "after": "next"}.get(low(c, "ba"), "")
    shift = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(which.split(" ")[-1], 0)
    # (a day counted from the text's day, told in the past; "that day", "the same day" is the day just named)
    ref, anchor = _day_of_the_telling(ctx, c.start, c.end) if unit == "day" and shift else narrative(ctx, unit)
    if ref is None:
        return None
    k = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(which.split(" ")[-1], 0)
    if low(c, "ba") and unit == "day" and ctx.narrative is not None and _APPOSED_DAY.search(ctx.text, max(0, c.start - 12), c.start):
        # "Sept. 8, the day before the crash": an apposition naming the day just stated
        return Resolved(c.start, c.end, "DATE", ymd(ctx.narrative), anchor)
    if unit == "day" and k and (period := _period_of_the_sentence(ctx, c, ref, k)) is not None:
        return period
    if unit in ("day", "week") and k and (frame := year_apart(ctx, c.start)) is not None:
        # "2026: Won the rights. The contract was signed the next day.": a day of the year the entry tells
        return Resolved(c.start, c.end, "DATE", f"{frame:04d}", f"text:{frame:04d}")
    if unit == "day" and not k and ctx.dct is not None and ref < ctx.dct and is_future(ctx.text, c.start, c.end):
        ahead = [d for end, d in ctx.days if end <= c.start and d > ctx.dct]
        if ahead:
            # "will report on Nov. 27 ... The fine was imposed on Nov. 3 ... It will brief analysts that day": a clause
            # told ahead names the last day to come the text gave, not one gone by
            ref, anchor = ahead[-1], f"text:{ymd(ahead[-1])}"
    if unit in POD:
        return Resolved(c.start, c.end, "TIME", ymd(ref + timedelta(days=k)) + "T" + POD[unit], anchor)
    if g(c, "trading") and k:  # "fell 1.3% the next trading day" after a Friday: the Monday (weekends hold no session)
        return Resolved(c.start, c.end, "DATE", ymd(_business_day(ref, k)), anchor)
    if which in ("next", "following") and unit in ("month", "year", "week") and not ctx.narrative:
        return Resolved(c.start, c.end, "DURATION", duration_value(1, unit))
    if unit in ("day", "week") and k > 0 and ctx.dct is not None and ref == ctx.dct and _told_in_past(ctx.text, c.start) \
            and not is_future(ctx.text, c.start, c.end) and not _future_in_sentence(ctx.text, c.start):
        # "He apologized the next day", "Gave an interview the day after the shooting", counted from the day of
        # writing (no earlier day of the story named, or the one named is that day) in a sentence told in the past
        # with no future word: a day after an event the text does not date, not the day after publication; TimeML's
        # unknown day (and week: "clients had withdrawn 2% in the week after it agreed to a settlement")
        return Resolved(c.start, c.end, "DATE", "XXXX-XX-XX" if unit == "day" else "XXXX-WXX", "")
    return Resolved(c.start, c.end, "DATE", _shifted(ref, unit, k), anchor)


#: A month, quarter, half or year value (no day).
_PERIOD_VALUE = re.compile(r"\d{4}(?:-\d\d|-[QH]\d)?$")


#: A month (a year may follow) that ends a stretch: "the year that ended in March", "the six months to September".
_STRETCH_END_BEFORE = re.compile(r"\b(?:ended|ending|ends|to|through)\s+(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?"
                                 r"[A-Z][a-z]+\.?(?:\s+\d{4})?$")


#: A word opening a relative clause, whose day belongs to the noun before it.
_RELATIVE_WORD = re.compile(r"\b(?:which|that|when|whose)\b", re.IGNORECASE)


def _period_of_the_sentence(ctx: Context, c: Candidate, ref: date, k: int) -> Resolved | None:
    """"the next day" / "the day before" (``k`` days from ``ref``, the day the text last stated) whose own sentence
    names, before it and after that day was stated, a month, quarter or year that does not hold ``ref`` ("more
    serious than the August 2023 outage, which was followed by a 5% fall in the shares the next day"): the day is
    counted from a day of that period, not from the day of an earlier sentence. After a month: the month's value,
    its interval moved by the offset (August 2 to September 1 for "the next day"); after a quarter or a year,
    TimeML's unknown day. None otherwise."""
    text, start = ctx.text, c.start
    if ctx.coarse_end < 0 or ctx.coarse_end <= ctx.narrative_end or not _PERIOD_VALUE.match(ctx.coarse_value):
        return None
    s = max(0, start - 300)
    for last in _SENT_END.finditer(text, s, min(len(text), start + 1)):
        s = last.end()
    if not s <= ctx.coarse_end <= start or _STRETCH_END_BEFORE.search(text, max(s, ctx.coarse_end - 40), ctx.coarse_end):
        return None  # (a month ending a stretch is no event's: "its forecast for the year that ended in March")
    if ctx.narrative_end >= s and not _RELATIVE_WORD.search(text, ctx.coarse_end, start):
        # the day was stated in this sentence, before the month, and the day counted is no relative clause's of the
        # month's noun: "Orvel reports on Thursday, March 13, and the February payrolls come out the following day"
        # is the Friday (the month only names what the report covers); "a June outage, which was followed by a fall
        # the next day" still counts from June
        return None
    lo, hi = interval(ctx.coarse_value)
    if lo is None or hi is None or lo <= ref <= hi:
        return None
    if len(ctx.coarse_value) == 7:  # a month: "2023-08"
        return Resolved(c.start, c.end, "DATE", ctx.coarse_value, f"text:{ctx.coarse_value}",
                        span=(lo + timedelta(days=k), hi + timedelta(days=k)))
    return Resolved(c.start, c.end, "DATE", "XXXX-XX-XX", "")


def _future_in_sentence(text: str, start: int) -> bool:
    """Whether a future word ("will", "would", "to be") stands in the sentence of ``start`` before it."""
    s = max(0, start - 200)
    for last in _SENT_END.finditer(text, s, min(len(text), start + 1)):
        s = last.end()
    return _FUTURE.search(text, s, start) is not None


#: A day of the month opening its sentence and set off by a comma before a clause that reports in the past ("On the
#: 26th, the housing bureau said it has set up a team", "In addition, on 26th, the regulator announced ..."): the day
#: of the reporting, gone by (a reporting verb alone counts for no past tense elsewhere).
_FRONTED_DAY_REPORTED = re.compile(r",\s+(?:[\w.'’&-]+\s+){1,8}?(?:said|told|announced|reported|confirmed|stated|wrote)\b",
                                   re.IGNORECASE)
#: What may stand before such a fronted day in its sentence: a connective at most, and its "on".
_FRONT_OF_SENTENCE = re.compile(r"\s*(?:(?:In\s+addition|Also|Meanwhile|Separately|Earlier|Then|And|But),?\s+)?(?:on\s+)?$",
                                re.IGNORECASE)
#: Where the day of "on the 27th" / "on 26th" begins: its article, else its number.
_MONTHDAY_CORE = re.compile(r"\b(?:the\s+)?\d", re.IGNORECASE)


def _fronted_reported(ctx: Context, c: Candidate) -> bool:
    """Whether the day of the month ``c`` opens its sentence (after a connective at most) and a clause reporting in the
    past follows it after a comma (``_FRONTED_DAY_REPORTED``)."""
    s = _sentence_start(ctx.text, c.start)
    return bool(_FRONT_OF_SENTENCE.fullmatch(ctx.text, s, c.start)) and bool(_FRONTED_DAY_REPORTED.match(ctx.text, c.end))


def resolve_monthday(c: Candidate, ctx: Context) -> Resolved | None:
    """"the board votes on the 27th", "it paid on the 3rd": the day of the month nearest the publication date on the
    side its clause tells (a past verb: on or before it; else a plan: on or after it); "on the 14th of last month":
    the day of the month named."""
    start = c.start + _MONTHDAY_CORE.search(ctx.text[c.start : c.end]).start()  # "the 27th" or (translated) "26th"
    ref, anchor = publication(ctx)
    if ref is None:
        return None
    day = int(g(c, "day"))
    past = told_past_here(ctx.text, c.start, c.end) or (
        not is_future(ctx.text, c.start, c.end) and _told_in_past(ctx.text, c.start)) or _fronted_reported(ctx, c)
    year, month = ref.year, ref.month
    told = ctx.narrative if ctx.narrative is not None and not g(c, "mrel") \
        and _sentence_start(ctx.text, c.start) <= ctx.narrative_end <= c.start else None
    if told is not None:
        # "peaked on 7/3/2030 (my data has it on the 3rd ...)", "rose on March 28 and fell back on the 30th": a day of
        # the month after a day its sentence told is the one nearest that day, not the one of the month of writing
        near = [x for x in (safe_date(*add_months(told.year, told.month, k), day) for k in (-1, 0, 1)) if x is not None]
        if near:
            d = min(near, key=lambda x: abs((x - told).days))
            ctx.narrative, ctx.narrative_value = d, ymd(d)
            return Resolved(start, c.end, "DATE", ymd(d), f"text:{ymd(told)}")
    if g(c, "mrel"):  # "on the 14th of last month": that month's day, whatever the tense
        year, month = add_months(year, month, {"last": -1, "this": 0, "next": 1}[low(c, "mrel")])
    elif past and day > ref.day:
        year, month = add_months(year, month, -1)
    elif not past and day < ref.day:
        year, month = add_months(year, month, 1)
    d = safe_date(year, month, day)
    if d is None:
        return None
    ctx.narrative, ctx.narrative_value = d, ymd(d)  # the day the text is at ("on 5th ... On the next day")
    return Resolved(start, c.end, "DATE", ymd(d), anchor)


def resolve_ordday(c: Candidate, ctx: Context) -> Resolved | None:
    """"today is the eighth day without power", "it was the second day of the strike": the day the clause is at (the
    publication date for "is", the narrative date for "was")."""
    ref, anchor = narrative(ctx) if low(c, "cop") == "was" else publication(ctx)
    if ref is None:
        return None
    return Resolved(c.start, c.end, "DATE", ymd(ref), anchor)


#: Between a day told and "the weekend" of its sentence, a word placing the weekend before that day: "came on Monday,
#: after we had informed them over the weekend", "was agreed on Tuesday following talks through the weekend".
_EARLIER_WEEKEND_BETWEEN = re.compile(r"\b(?:after|following|had)\b", re.IGNORECASE)


def resolve_weekend(c: Candidate, ctx: Context) -> Resolved | None:
    """the weekend / this weekend / over the weekend: the ISO week value with ``-WE``."""
    text = ctx.text[c.start:c.end]
    start = c.start
    m = _OVER.match(text)
    if m:
        start += m.end()
    rel = {"this past": "last", "this coming": "next"}.get(re.sub(r"\s+", " ", low(c, "rel")), low(c, "rel").split(" ")[-1])
    # ("this past weekend" is the last one, "this coming weekend" the next one)
    ref, anchor = publication(ctx)
    if ref is None:
        return Resolved(start, c.end, "DATE", "XXXX-WXX-WE")
    future = rel == "next" or (rel in ("the", "this") and is_future(ctx.text, c.start, c.end))
    told = ctx.narrative if rel == "the" and not future and ctx.narrative is not None \
        and ctx.narrative_end >= _sentence_start(ctx.text, c.start) and ctx.narrative < ref - timedelta(days=ref.isoweekday()) \
        and _EARLIER_WEEKEND_BETWEEN.search(ctx.text, ctx.narrative_end, c.start) else None
    if told is not None:
        # "The announcement came on Monday the 11th, after we had informed the authorities over the weekend": the
        # weekend before the day the sentence told (a past week), not the one before the day of writing
        d = told - timedelta(days=told.isoweekday() + 1) if told.isoweekday() < 6 else told
        return Resolved(start, c.end, "DATE", week_value(d) + "-WE", f"text:{ymd(told)}")
    if rel == "this" and ref.isoweekday() >= 4 or future and rel != "next" and ref.isoweekday() == 7:
        # from Thursday on, "this weekend" is the one at hand, whatever the tense ("the result set up a win this
        # weekend"); on a Sunday the weekend still ahead is the one under way
        d = weekday_date(ref, 6, "future") if ref.isoweekday() < 6 else ref
    elif future:
        d = weekday_date(ref, 6, "future")
    else:
        d = weekday_date(ref, 6, "past") if ref.isoweekday() < 6 else ref
        if rel == "last" and ref.isoweekday() >= 6:
            d = ref - timedelta(days=7)
    return Resolved(start, c.end, "DATE", week_value(d) + "-WE", anchor)
