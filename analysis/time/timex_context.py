"""Shared state and helpers for the TIMEX3 resolvers of :mod:`analysis.time.timex`: the resolution context
(publication date, narrative date, the quarter under discussion), the resolved-candidate record, tense cues and
the year placement of dates written without a year.

Deictic expressions ("yesterday", "last week", "two years ago") resolve against the publication date;
anaphoric ones ("the next day", "a year earlier", "that week") against the narrative date (the last date the
text stated), falling back on the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .timex_calendar import add_quarters, quarter_of, safe_date
from .timex_patterns import LEX, Candidate, _alternation

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

#: A time zone right after "a.m." or "p.m." ("at 10:30 a.m. Singapore time (0230 GMT) on Monday", "5 p.m. EST"): the
#: stop is the abbreviation's, not a sentence's end.
CLOCK_ZONE_AFTER = (r"\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[Tt]ime|(?:[ECMP][SD]?T|ET|GMT|UTC|BST|HKT|SGT|JST|KST|IST)"
                    r"(?![\w'’]))")

_MONTHS: dict[str, int] = LEX["months"]
WEEKDAYS: dict[str, int] = LEX["weekdays"]
SEASONS: dict[str, str] = LEX["seasons"]
POD: dict[str, str] = LEX["parts_of_day"]
UNITS: dict[str, str] = LEX["units"]
TIME_UNITS = {"second", "minute", "hour"}
#: (A contraction "'ll" / "’ll" follows its word: "we'll vote in July".) A modal of obligation looks ahead too ("the
#: agency must publish the list by June 30", "must win in November"), but not as an inference about the past ("must
#: have known in May") nor in a compound ("a must-see debate").
#: A forecast's infinitive in an absolute phrase, the participle's "is" left out: "with the storm forecast to brush
#: the coast over the weekend", "with Vellmar forecast to report on Thursday" (a noun's possessive before it makes
#: "forecast" the noun: "with its annual forecast to absorb the cost"; a figure after "to" makes it the level a
#: forecast was cut to: "with profit forecast to between $2 and $3").
_FORECAST_ABSOLUTE = (r"\bwith\s+(?!(?:its|their|his|her|our|my|your)\b)(?:[\w&.-]+\s+){1,3}?forecast\s+to"
                      r"(?=\s+(?!(?:between|about|around|roughly|some|a|an|the)\b)[a-z]+\b)")
_FUTURE = re.compile(r"(?:(?<![\w'’])(?<!\w-)(?<!\bas\s)(?:" + _alternation([re.escape(c).replace(r"\ ", r"\s+")
                                                                for c in LEX["future_cues"] + LEX["obligation_cues"]
                                                                if not c.startswith("'")])
                     + r")|" + _FORECAST_ABSOLUTE + r"|(?<=\w)['’]ll|\bwon['’]t)(?!\w)(?!(?<=would)\s+have\b)(?!(?<=should)\s+have\b)"
                     r"(?!(?<=must)(?:\s+not|n['’]t)?\s+have\b)(?!(?<=must)-)",
                     re.IGNORECASE)  # "would have voted on Tuesday" is no plan; "will have a chance on Tuesday" is one
_OBLIGATION = frozenset(w.lower() for w in LEX["obligation_cues"])
#: A sentence's end: a stop, "!" or "?" not after a capital or a title's abbreviation ("Mr.", "Gov.", "Corp."), then
#: closing quotes, spaces and a capital or an opening quote (German and French marks too: „…“, »…«, «…»); or a line
#: break. (Written to open on its one character,
#: ".", "!", "?" or a line break, with the abbreviation checks as lookbehinds over it: the regex engine then jumps from
#: one such character to the next instead of trying the lookbehinds at every position, about ten times faster; the
#: same matches as the lookbehinds placed before the character.)
_SENT_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<![A-Z].)(?<!(?:Mr|Ms|Dr|St|Jr|Sr|No|Lt).)(?<!(?:Mrs|Gen|Sen|Rep|Gov|Inc|Rev|Col|Sgt).)"
                       r"(?<!(?:Corp|Prof|Capt).)(?!(?<=[ap]\.m\.)" + CLOCK_ZONE_AFTER + r")['\"`“‘«»]*\s+(?=[A-Z\"'`„‚«»]))")
#: (a passive with "get" in the present is no past either: "margins get squeezed in the fourth quarter", "will get
#: paid in May"; "got squeezed" is; nor a passive in the present progressive: "the plant is being closed in June",
#: "tickets are being sold for the Christmas concert"; "was being closed" is; nor a participle of state after "stay" or
#: "remain" not in the past: "the exchange would stay closed on Tuesday", "schools remain shut until Monday"; "stayed
#: closed" is)
_PASSIVE_AUX = re.compile(r"(?:\b(?:will|be|to|would|shall|is|are|get|gets|getting|stay|stays|staying|remain|remains|"
                          r"remaining)|['’]ll|\b(?:is|are)(?:\s+not|n['’]t)"
                          r"|(?:\b(?:is|are|am)|(?<=\w)['’](?:s|re|m))\s+being)\s+$",
                          re.IGNORECASE)
#: A present or future passive right before a date is a scheduled event: "when the case is heard in May",
#: "the results are released on Friday", "to be completed in March".
_PRESENT_PASSIVE = re.compile(r"(?:\b(?:is|are)|\b(?:will|shall|to|must)\s+be|'ll\s+be)\s+"
                              r"(?:(?:usually|normally|typically|generally|traditionally)\s+)?"
                              r"(?!not\b|still\b|now\b|already\b)(?:[a-z]+(?:ed|en|wn|rd|ld|nt|ht|ne|de|un)|"
                              r"forecast|set|put|cut)"
                              r"\s+(?:(?:on|in|at|for|by|until|till|through|to|next|this)\s+)?(?:(?:early|late|mid)[\s-]+)?$",
                              re.IGNORECASE)
_PAST_PREP = re.compile(r"\b(?:since|ago|from)\s+$", re.IGNORECASE)
#: What closes a range after its first date ("from Tuesday through Thursday"): "from" then opens a stretch, no past.
_RANGE_JOIN_AFTER = re.compile(r"\s*(?:[-–—]|\b(?:to|through|until|till|and)\b)", re.IGNORECASE)
#: Past tenses spelled like their base form ("cut", "set", "forecast"): past only where the subject or the clause
#: shows it.
_BARE_PAST_VERBS = (r"(?:cut|set|put|hit|let|shut|quit|cost|spread|split|cast|hurt|read|bid|beat|slit|upset|"
                    r"forecast|broadcast|burst|thrust|shed|rid|wed|bet)")
#: An active pluperfect right before the date, or such a bare past right after its pronoun subject ("the target it
#: had forecast in July", "had met on Friday", "the $212 million it forecast in July", "a target it first set in
#: March", an adverb of sequence between): what was done then, past,
#: whatever cue stands earlier in the sentence (not "had been", a passive or a plan of the past that :func:`planned`
#: reads, nor "had to", an obligation). So is the participle "forecast" after "than", a comparison with the forecast
#: made then ("growth will be half a point less than forecast in July"), as "than expected in July" is.
_PLUPERFECT_ACT_BEFORE = re.compile(r"(?:\bhad\s+(?:(?:already|previously|originally|earlier|first|just|also)\s+)?"
                                    r"(?!(?:been|to|not|never|better)\b)[a-z]+|\b(?:it|he|she|they|we)\s+"
                                    r"(?:(?:first|originally|previously|initially|already|also|just)\s+)?"
                                    + _BARE_PAST_VERBS + r"|\bthan\s+(?:(?:first|originally|previously|initially)\s+)?"
                                    r"forecast)\s+(?:(?:late|early)\s+)?(?:on|in|during)\s+$",
                                    re.IGNORECASE)
PLUPERFECT_ACT_REACH = 50
#: A past verb right after the date is its clause's verb: "Ahead of the trip, the ministry on Sunday issued ...".
#: Words ending in "-ed" that are no past verb ("succeed", "need", "two hundred", "indeed"), kept out of the "-ed" of
#: the past-verb patterns below.
_PAST_VERBS = _alternation(LEX["past_verbs_before"])  # the bare past verbs, as one alternation
_ED = r"(?!(?:need|succeed|proceed|exceed|feed|speed|seed|indeed|deed|greed|heed|hundred|bed|red|wed|naked|wicked|" \
      r"sacred|kindred|rugged|ragged|jagged|crooked|embed)\b)"
#: (or after "that" / "which" opening a relative clause about it: "the collision Sunday evening that injured six")
_PAST_VERB_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?!(?:expected|scheduled|planned|slated|set|due|timed)\b)(?:" + _ED + r"[a-z]+ed|"
                              + _PAST_VERBS + r")\b")
#: "on" opening a clause: at the start of the sentence or after a comma, a semicolon or a coordinator ("On Tuesday",
#: ", and on Wednesday", "; on Friday").
_CLAUSE_OPENING_ON = re.compile(r"(?:^|[,;]\s+|[,;]?\s+(?:and|but)\s+|\A\s*)[Oo]n\s+$")
#: A named subject (up to three capitalised words) and its past verb of telling or deciding right after a date that opens
#: its clause: "on Wednesday Boeing said", "On Tuesday Spirit AeroSystems announced" (the verb the date goes with); a
#: pronoun or "the" and a noun as the subject too ("and on Tuesday she said she would ...", "on Monday the firm told").
_NAMED_SUBJECT_PAST_AFTER = re.compile(r",?\s+(?:(?:[A-Z][\w&.'’-]*\s+){1,3}|(?:it|he|she|they|we|the\s+[a-z]+)\s+)"
                                       r"(?:said|announced|told|reported|confirmed|disclosed|unveiled|agreed|approved|"
                                       r"filed|warned)\b")
#: "before its annual meeting on Thursday": a noun phrase of an event (no verb) after "before" that a date
#: places; the main clause happened before it. The event may be a named party's ("before the Bank of England's policy
#: decision on Thursday", "before Nvidia's results on Wednesday").
_BEFORE_EVENT = re.compile(r"\bbefore\s+(?:its|their|his|her|the|(?:the\s+)?(?:[A-Z][\w&.-]*\s+(?:of\s+(?:the\s+)?)?){0,3}"
                           r"[A-Z][\w&.-]*['’]s)\s+(?:[a-z-]+\s+){0,2}[a-z]+s?\s+(?:on|due)\s+$")
#: A deferral names a later day: "the hearing was postponed to May", "pushed back until Tuesday", "had rebooked 140
#: appointments to Monday and Tuesday" (the second of two days joined by "and" / "or" too).
_DEFERRED = re.compile(r"\b(?:postponed|delayed|deferred|pushed\s+back|put\s+off|rescheduled|rebooked|adjourned|moved\s+back)\b"
                       r"[^.;:!?\n]{0,40}?\b(?:to|until|till)\s+(?:(?:early|late|mid)[\s-]+)?"
                       r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:and|or)\s+)?$", re.IGNORECASE)
#: A date that a present copula predicates of its subject is a schedule: "the election is in November", "the
#: vote is on Tuesday" (not "was").
_COPULA_DATE = re.compile(r"(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bwhat )(?<!day )\b(?:is|are)\s+(?:(?:now|also|still)\s+)?"
                          r"(?:(?:in|on|set\s+for|slated\s+for)\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
#: What opens a noun phrase right before an "-ed" word that is then an adjective: "its fixed fee", "a ten-year fixed
#: bond", "the reduced dividend".
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those)|\w+-\w+)\s+$",
                              re.IGNORECASE)
_DETERMINER_END = re.compile(r"\b(?:the|a|an|his|her|its|their|our|this|that)\s+$", re.IGNORECASE)
#: A modal of possibility or an exhortation: what it governs is still to come, if nothing past stands between.
#: ("may have" is a perfect unless "have" is the verb of possession: "any effect the scandal may have in November"; "could be
#: reached / located / contacted" is the past of an attempt to reach someone: "Neither could be reached Wednesday")
_MODAL_AHEAD = re.compile(r"\b(?:can|could|(?-i:may)|might|let['’]s|let\s+us)\b(?!\s+have\b(?!\s+(?:in|on|at|by|a|an|the|no|any|some|more|to)\b)"
                          r"|\s+not\b|'t)(?!(?<=could)\s+be\s+(?:reached|located|contacted|found)\b)(?=[^.;:!?\n]*$)",
                          re.IGNORECASE)
#: Where the verb governed by a modal starts (after at most two adverbs): "could hit", "could well hit".
_MODAL_VERB_AT = re.compile(r"\s+(?:(?:also|still|well|soon|even|easily|quickly|again|then|now|yet|eventually|"
                            r"potentially|further)\s+){0,2}")
#: (a comma between digits, "89,400", is a thousands separator, no clause break)
_CLAUSE_OPENER = re.compile(r"\b(?:that|which|who|whom|whose|when|where|because|since|although)\b|(?<!\d),|,(?!\d)|;",
                            re.IGNORECASE)
_ADJ_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our)\s+(?!(?:in|on|at|by|for|to|of|from|during|until|through)\b)"
                         r"[a-z]+\s+$", re.IGNORECASE)
_IF = re.compile(r"\b(?:if|unless)\b(?=[^,;:.!?\n]*$)", re.IGNORECASE)
#: A date modifying the noun after it, then a future verb: "the November election will decide", "the July
#: convention is expected to ..." (the cue is too far after the date for ``FUTURE_CUE_AFTER``).
#: Nouns of what a period yields or reports: "third-quarter results will be weak" is about the quarter past.
#: A past verb with a pronoun object right before the date, a finite verb (not a participle: "ads reserved in
#: December" may air then): "the paper asked about them in February" is no later than the publication month.
PAST_VERB_OBJECT = re.compile(r"\b(?:" + _ED + r"\w+ed|" + _PAST_VERBS + r")\s+(?:(?:about|to|with|for)\s+)?"
                              r"(?:it|them|him|her|us|me)\s+(?:on|in|during)\s+$", re.IGNORECASE)
#: A past verb whose object the expression opens, only determiners or a possessive name between: "lost the November
#: election", "won Ohio's March primary", "won February's primary".
PAST_VERB_GOVERNS = re.compile(r"\b(?:" + _ED + r"\w+ed|" + _PAST_VERBS + r")\s+"
                               r"(?:(?:the|a|an|its|their|his|her|our|this|that|[A-Z][\w.-]*['’]s?)\s+)*$")
#: A month naming the period a report covers: "the November retail sales figures", "its June sales" (a period that has ended).
#: (up to two words between, and the plural: "their February campaign finance reports"; not a word opening a clause of
#: its own: "would update investors in October when it reports results" names no report of October)
REPORT_AFTER = re.compile(r"\s+(?!(?:when|if|as|once|after|before|until|unless|while|and|or|but|it|they|we|he|she)\s)"
                          r"(?:[a-z-]+\s+){0,2}(?:" + "|".join(re.escape(w) for w in LEX["report_nouns"]) + r")s?\b")
_PERIOD_NOUNS = frozenset(w.lower() for w in LEX["report_nouns"]) | {
    "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues", "output", "growth", "deficit", "surplus"}
#: (the word after the date must be a noun: a coordinator or a pronoun opens another clause, "cut 400 jobs on Monday
#: and will close its plant", "lost on Tuesday but will appeal")
_NOUN_THEN_FUTURE = re.compile(r"\s+(?!(?:and|but|or|nor|yet|so|then|it|he|she|they|we|I|you|that|which|who)\b)"
                               r"(?P<noun>[a-z][\w-]*)\s+(?:[a-z][\w-]*\s+)?(?:will|shall|(?:is|are)\s+(?:set|due|expected|scheduled|"
                               r"slated|likely|going)\s+to)\b(?!\s+have\b)")
#: A day's possessive, a report's noun and a future cue: "Thursday's CPI report is expected to show", "Friday's jobs
#: figures will" (a release still to come; not "Monday's decision will reverberate", an event that has happened).
_REPORT_THEN_FUTURE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(re.escape(w) for w in LEX["report_nouns"])
                                 + r")s?\s+(?:will|(?:is|are)\s+(?:expected|due|set|forecast|likely|scheduled|slated)\s+to)\b")
_MODAL_EARLIEST = re.compile(r"\b(?:could|may|might|would|will|can|'ll|to)\s+(?!have\b)[^;:!?\n]{0,50}?\bas\s+(?:early|soon)\s+as\s+$",
                             re.IGNORECASE)
#: ("before" too, in a clause with no past verb: "if a rescuer appears before Monday morning", "the grants won't
#: reach towns before November")
#: The refusal formula of news, a negated "would" / "could" before a verb of answering and the date: "would not comment
#: on Monday", "could not immediately confirm Tuesday" (the refusal, told in the past; not a plan).
_REFUSED = re.compile(r"\b(?:would|could)(?:\s+not|n['’]t)\s+(?:immediately\s+|publicly\s+)?(?:comment|respond|elaborate|"
                      r"confirm|discuss|specify|disclose|reply|answer|speculate)(?:\s+(?:further|publicly|directly))?"
                      r"\s+(?:(?:on|late|early)\s+)?$", re.IGNORECASE)
#: (and a deadline: "file its accounts no later than the end of August", "not later than May 1")
_FUTURE_PREP = re.compile(r"\b(?:by|before|effective|payable|due|(?:no|not)\s+later\s+than)\s+[\"“]?$", re.IGNORECASE)
#: (a particle or a pronoun object may follow the verb: "talks broke down on Friday", "asked about them in May")
_PAST_VERB = re.compile(r"\b(?:" + _ED + r"\w+ed|" + _PAST_VERBS + r")\s+(?:(?:down|up|out|off|back|over|away)\s+)?"
                        r"(?:(?:(?:about|to|with|for)\s+)?(?:it|them|him|her|us|me)\s+)?"
                        r"(?:(?:(?:late|early)\s+)?(?:on|in|during)\s+|(?:late|early)\s+|"
                        r"(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+)?$", re.IGNORECASE)
COUNT_NOUN = re.compile(r"\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEX["count_nouns"])
                        + r")\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in LEX["name_words_before"]) + r")\s+$",
                          re.IGNORECASE)
_NAME_AFTER = re.compile(r"^\s+(?:" + "|".join(re.escape(w) for w in LEX["name_followers"]) + r")\b",
                         re.IGNORECASE)
#: A day word closing a short quoted run of capitalised words is a title ("an interview with “Velden News Sunday.”").
_QUOTED_TITLE_BEFORE = re.compile(r"(?:[“\"‘]|'')(?:[A-Z][\w'’.&-]*\s+){1,4}$")
_QUOTE_CLOSES = re.compile(r"[.,!?]?(?:[”\"’]|'')")
PREP_BEFORE = re.compile(r"\b(?:in|of|since|until|till|by|through|from|to|during|before|after|and|or|on|early|late|"
                          r"mid|last|next|this|between|around|until|for)\s+$", re.IGNORECASE)
#: A capitalised word right before a yearless month, not opening a sentence ("Tessa June", "the Tobin March"): the
#: month is part of a name. The spaces before the word are one run, so a sentence's first word after a stop and two
#: spaces ("yet.  In June ...") opens the sentence too, as one after a line break does.
CAP_BEFORE = re.compile(r"(?<![.!?\"'`”’\s])[^\S\n]+([A-Z][a-z]+)\s+$")
_ORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: A bare year this many years or more away from the publication date, in a sentence about plans, is suspect.
SUSPECT_YEAR_GAP = 30
#: A day without a year, in a clause not about the future, may fall at most this many days after the publication
#: date (else it is last year's); in a clause about the future, at most this many days before it.
YEARLESS_PAST_SLACK_DAYS = 45
#: A future cue this many characters after an expression still counts ("Friday will see ...").
FUTURE_CUE_AFTER = 12
#: The rest of a word: a cue the window's edge cuts off ("expect" of "expectations") is no cue.
_WORD_REST = re.compile(r"\w*")
#: A past auxiliary this many characters after the expression puts its clause in the past.
PAST_AUX_AFTER = 40
#: a clause of time or condition opening between a date and a past auxiliary after it ("would escalate to a full
#: walkout on Wednesday if management did not improve its offer": the condition's own back-shifted tense), or the
#: clause of a comparison ("expected to ship 10% fewer units in the October-December quarter than it had forecast":
#: the forecast's own past, not the shipping's), or an indirect question ("would hold talks on Tuesday over whether a
#: second recall was needed": the question's back-shifted tense)
_SUBORDINATOR_BETWEEN = re.compile(r"\b(?:before|after|until|till|once|unless|if|when|whenever|than|whether)\s",
                                   re.IGNORECASE)
#: One character of a clause: a title's abbreviation is no stop ("Until that day in April, Mr. Clarke had never been
#: down a mine", "The senator meets Mr. Clarke on Friday").
_CLAUSE_CHAR = r"(?:\b(?:Mrs|Mr|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr)\.|(?<=\d)[.:](?=\d)|[^.;:!?\n])"
#: A schedule verb in the present opening a relative clause after "who" / "which", this many characters before the
#: date at most, no stop, comma or quotation mark between: "Ana Reed, who speaks at the trade body's annual dinner
#: in Lisle on Friday" (a longer phrase than ``SCHEDULE_VERB_BEFORE`` allows a verb with no such opening).
RELATIVE_SCHEDULE_BEFORE = 80
_RELATIVE_SCHEDULED = re.compile(
    r"\b(?:who|which)\s+(?P<verb>"
    + _alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEX["schedule_verbs_present"] if w.endswith("s")
                    or " " in w and w.split()[0].endswith("s")])
    + r")\b[^.;:!?\n,\"“”]*$")
_PAST_AUX_AFTER = re.compile(
    _CLAUSE_CHAR + r"*?(?<!who )(?<!which )(?<!that )\b(?:had|was|were|did)\b"
    # ("was about to" is a plan; "was about 300" a figure of then)
    r"(?!\s+(?:to|going|planning|expected|scheduled|set|due|about(?!\s+[$£€¥]?\d)|slated|supposed)\b)",
    re.IGNORECASE,
)
#: A present-tense verb of a scheduled event this many characters before the expression makes it the coming one.
#: (Here and in ``_PLAN_PARTICIPLE`` the word boundary comes before the lookbehinds, at the same position: most
#: positions then fail on it at once; the verbs are grouped by first letter, :func:`_alternation`.)
SCHEDULE_VERB_BEFORE = 40
#: ... and this many when only words stand between the verb and the expression (:data:`_PLAIN_WORDS`).
SCHEDULE_VERB_FAR = 60
_PLAIN_WORDS = re.compile(r"[A-Za-z\s-]*")
_PREP_FIRST = re.compile(r"\s+(?:at|in|on|to|for|with|from|by|near|outside|inside|into|before|after|during|over|"
                         r"across|through|around|about|of|off|out|up|down)\b", re.IGNORECASE)
_SCHEDULED = re.compile(
    r"\b(?<!\bto )(?<!\bnot )(?<!n't )(?<!\bdid )(?<!\bdoes )(?<!\bdo )(?<!\bwould )(?<!\bcould )(?<!\bmight )"
    r"(?<!\bshould )(?P<verb>"
    + _alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEX["schedule_verbs_present"]])
    + r")\b" + _CLAUSE_CHAR + r"*$",
    re.IGNORECASE,
)
#: A verb of a scheduled event anywhere (the main clause after a date opening its sentence).
_SCHEDULE_WORD = re.compile(
    r"(?<!\bto )(?<!\bnot )(?<!n't )(?<!\bdid )(?<!\bdoes )(?<!\bdo )(?<!\bthe )(?<!\ba )\b(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEX["schedule_verbs_present"]) + r")\b",
    re.IGNORECASE,
)
_SENT_OR_CLAUSE_END = re.compile(r"[,.;:!?\n]")
#: A subject listing names ("Alaska, Hawaii and Washington "): its commas end no clause.
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w&'’.-]*){0,3}"
_NAME_LIST = re.compile(rf"{_NAME}(?:,\s+{_NAME})+,?\s+and\s+{_NAME}\s+")
#: A quotation opening after the date: its words ("conceded at a town hall Monday night “it will be tough”") are
#: the quotation's tense, not the clause's.
_QUOTE_OPENS = re.compile(r"[“\"]|''|``")
#: A quotation closing (its last punctuation, then the mark) between a future cue and the date. A straight mark
#: closes only right after the punctuation: after a space it opens a quotation (`would decide on a plant, "in the
#: second half of the year"`: a partial quotation inside the reported clause, whose future it keeps).
_QUOTE_CLOSED = re.compile(r"[,.!?](?:\s*(?:”|'')|\")")
#: The marks of quotations in German and Scandinavian prose, each with the mark that closes it: „…“ and ‚…‘. Their
#: closing mark comes before the comma ("„Wir …“, sagte Venn"). Guillemets open with whichever of the two a text
#: uses first: «…» in French, »…« in German and Danish.
_LOW_QUOTES = (("„", "“"), ("‚", "‘"))
_GUILLEMET = re.compile(r"[«»]")
#: How far back the marks of an open quotation are counted (a paragraph's quotation).
QUOTE_OPENER_REACH = 400


def _sentence_start(text: str, start: int, reach: int) -> int:
    """Where the sentence holding ``start`` begins, looking back at most ``reach`` characters (one character past
    ``start`` is read: a boundary's lookahead must see an expression that opens the sentence)."""
    s = max(0, start - reach)
    for last in _SENT_END.finditer(text, s, min(len(text), start + 1)):
        s = last.end()
    return s


def _closes_open_quotation(text: str, lo: int, a: int, b: int, opener: str, closer: str) -> bool:
    """Whether a ``closer`` in ``text[a:b]`` closes a quotation opened by ``opener`` after ``lo``."""
    close = text.find(closer, a, b)
    while close >= 0:
        if text.count(opener, lo, close) > text.count(closer, lo, close):
            return True
        close = text.find(closer, close + 1, b)
    return False


def quotation_closes(text: str, a: int, b: int) -> bool:
    """Whether a quotation closes in ``text[a:b]``: an English one (its last punctuation, then the mark: ``,”``),
    or a continental one opened before it ("„Wir …“, sagte", "»Vi …«", "« Nous … »")."""
    if _QUOTE_CLOSED.search(text, a, b):
        return True
    lo = max(0, a - QUOTE_OPENER_REACH)
    if any(_closes_open_quotation(text, lo, a, b, o, c) for o, c in _LOW_QUOTES):
        return True
    first = _GUILLEMET.search(text, lo, b)
    if first is None:
        return False
    opener = first.group(0)
    return _closes_open_quotation(text, lo, a, b, opener, "«" if opener == "»" else "»")


#: A complement clause right after the date, after a past verb of saying in its clause: "told a radio host on
#: Wednesday that ..." (not a relative "that": "a convention in July that would elevate him").
_THAT_AFTER = re.compile(r"\s*,?\s+(?:that\b|(?:it|he|she|they|we|I)\s+(?:would|will|was|were|had|could|might|should|"
                         r"planned|expected|intended|wanted|hoped|expects|plans|intends|wants|hopes|aims|expect|plan|"
                         r"intend|want|hope|aim)\b)")  # (or the clause without "that": "... it would")
_TOLD_BEFORE = re.compile(r"\b(?:said|told|wrote|added|noted|announced|argued|insisted|acknowledged|warned|claimed|stated|"
                          r"declared|confirmed|revealed|disclosed|admitted|conceded|explained|suggested|complained|informed|assured|reminded|"
                          r"advised|notified|briefed|promised|pledged|vowed|indicated|signal(?:l)?ed|hinted|predicted)\b",
                          re.IGNORECASE)


def _clause_start(text: str, s: int, start: int) -> int:
    """Where the clause ending at ``start`` begins: after its last comma or semicolon after ``s``."""
    clause = _CLAUSE_BREAK.search(text, s, start)
    return clause.end() if clause is not None else s
#: "host" as the head of a compound noun: "a radio show host in May", "the talk-show host on Monday".
#: A period's modifier right before a bare word of a schedule makes the word a noun: "since the group's
#: first-half report on Thursday", "its quarterly report Friday" (the report of the period, not a verb).
_PERIOD_MODIFIER_BEFORE = re.compile(r"\b(?:\w+-(?:quarter|half|year|month|week)|year-end|quarterly|annual|monthly|"
                                     r"weekly|interim)\s+$", re.IGNORECASE)
_COMPOUND_HOST = re.compile(r"\b(?:show|radio|talk|television|TV|chat|game|podcast)\s+hosts?$", re.IGNORECASE)
#: A second verb phrase joined after the date: "had idled its smelter on Monday and would be paid for it".
_COORDINATOR = re.compile(r"\b(?:and|but)\b", re.IGNORECASE)
#: How far after the comma the verb of a scheduled event may stand (a subject before it: "On Monday, the president
#: travels"), with no comma between.
SUBJECT_REACH = 45


#: What ends a clause: a comma, a semicolon, a colon, a line break, or a stop that is no abbreviation's ("the Rev.
#: Al Sharpton", "U.S. officials", "Mr. Ortiz", the first stop of "a.m.") nor a decimal point ("1.5 percent").
_FULL_STOP = (r"(?-i:(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|Lt))(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Inc|Rev|Col|Sgt))"
              r"(?<!\b(?:Corp|Prof|Capt))(?<!\b[ap])\.(?!\d))")
_CLAUSE_STOP = re.compile(r"[,;:!?\n]|" + _FULL_STOP)


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (the next comma, semicolon or sentence end; 200 characters at most)."""
    stop = _CLAUSE_STOP.search(text, pos, min(len(text), pos + 200))
    return stop.start() if stop else min(len(text), pos + 200)


#: A date opening its sentence ("On Monday, ...") takes a future from its main clause when the clause's first
#: verb is a future one, within this many characters of the comma.
MAIN_CLAUSE_REACH = 80
#: (an adverb of sequence set off by a comma may come first: "Two days later, on Thursday, the chief will ...", "Then,
#: on Monday, ...")
_OPENS_SENTENCE = re.compile(r"[\s\"'`(]*(?:(?:(?:a|an|two|three|four|five|six|seven|few|several|some|days|weeks|\d+)\s+){0,2}"
                             r"(?:later|afterwards?|then|next|meanwhile)\s*,\s+)?"
                             r"(?:(?:and|but|then|also|so)\s+)?(?:(?:on|in|at|by|early|late|from|starting|beginning)\s+)?$",
                             re.IGNORECASE)
_LEAD_CLAUSE = re.compile(r"\s*,\s*")
#: The same after a place set with the date ("By Monday evening in Lisle, the two unions had both agreed ...").
_LEAD_PLACE_CLAUSE = re.compile(r"(?:\s+(?:in|at)\s+(?:[A-Z][\w.'’-]*\s*){1,3})?\s*,\s*")
#: What parts a date opening its sentence from the main clause: a comma, or only a space before the subject ("On
#: Monday the Chancellor will meet bank chiefs").
_LEAD_OR_SUBJECT = re.compile(r"\s*,\s*|\s+(?=(?:the|a|an|its|his|her|their|our|[A-Z])\b|[A-Z])")
#: The first future verb of the main clause, or the clause's end (the first of them is what counts).
#: A relative clause opening inside a subject, right before its past verb: a noun phrase opened by a determiner, then
#: "who" / "which" / "that" or a pronoun (a contact clause: "the group he co-founded"), perhaps "had" or "has".
_RELATIVE_SUBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?i:the|a|an|his|her|its|their|our|this|that|these|those)\s+"
                                      r"(?:[\w'’&.-]+\s+){1,4}?(?:(?i:who|which|that)|he|she|they|we|I|you)\s+"
                                      r"(?:(?i:had|has|have|just|once|first|later)\s+)?(?:(?i:co|re|un|pre)-)?$")
_MAIN_FUTURE = re.compile(r"(?<![\w'])(?P<cue>will|'ll|shall|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated|going)\s+)?to|"
                          r"plans?\s+to|intends?\s+to|hopes?\s+to|aims?\s+to)(?![\w'])|[;:!?\n]|" + _FULL_STOP,
                          re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_CLAUSE_PUNCT = re.compile(r"[,;:()]")
#: A weekday heading its line, as a week-ahead or week-in-review list has it ("Tuesday: The panel is expected to
#: vote"; "Monday: Stocks fell 2%").
_HEADING_AFTER = re.compile(r"\s*:\s+")
#: What may open a line before its heading date: nothing, or a list's bullet ("* Third quarter: a review").
_LINE_OPEN = re.compile(r"(?:[*•·\-–—]\s*)?")
_LINE_END = re.compile(r"\n")
#: The last clause break between a future cue and the expression, and a past verb after it; a comma between digits is
#: a thousands separator ("shipped 1,200 units"), no break.
_BREAK = r"(?:;|,(?!\d{3}\b))"
_CLAUSE_BREAK = re.compile(rf"{_BREAK}(?!.*{_BREAK})", re.DOTALL)
#: A participle after "as" that makes an adverbial of manner ("would vote as planned on Thursday", "went ahead as
#: scheduled"): no past verb, no plan; the clause's own verb gives the tense.
_AS_PARTICIPLE = r"(?:planned|scheduled|agreed|expected|promised|announced|anticipated|intended|forecast|predicted)\b"
#: (a spaced dash breaks the clause too: "has momentum heading into next month - so much so that he sounded ...", and
#: so does a colon before a space: "I would ask one question: how many complaints reached him before August?")
_CLAUSE_BREAK_OR_DASH = re.compile(rf"(?:{_BREAK}|\s[-–—]\s|—|:\s)(?!.*(?:{_BREAK}|\s[-–—]\s|—|:\s))",
                                   re.DOTALL)
_PAST_WORD = re.compile(r"\b(?!(?<=\bas\s)" + _AS_PARTICIPLE + r")(?:" + _ED + r"\w+ed|" + _PAST_VERBS + r")\b",
                        re.IGNORECASE)
#: A past verb right before a word (the word is its object, a noun: "told host Ann Lee", "named chair on Monday"); read
#: in lower case only ("The Fed meets on Wednesday" is a name and its verb).
_PAST_VERB_RIGHT_BEFORE = re.compile(r"\b(?:" + _ED + r"\w+ed|" + _PAST_VERBS + r")\s+$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:already|previously|originally|been)\s+)*$", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
#: A present perfect is no past: "if the sale has not completed by September 30" is a deadline.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:not|never|yet|already)\s+)*$", re.IGNORECASE)


@dataclass
class Context:
    """What resolution needs: the publication date and the narrative state of the text read so far."""

    dct: date | None
    text: str
    narrative: date | None = None
    narrative_value: str = ""
    #: Where the expression that set ``narrative`` ends in the text (-1: none yet).
    narrative_end: int = -1
    quarter: tuple[int, int] | None = None
    #: The last calendar quarter a quarter's name resolved to, with where its expression ends ("in the fourth
    #: quarter, around 2% of the quarter's sales": what "the quarter" later in that sentence names, reported or not).
    named_quarter: tuple[int, int, int] = (-1, 0, 0)
    coarse: date | None = None
    coarse_value: str = ""
    #: Where the expression that set ``coarse`` ends in the text (-1: none yet).
    coarse_end: int = -1
    #: The Monday of the last week the text named by one of its days ("the week of November 11") and where that
    #: expression ends (-1: none yet): the week a story told in the past may go on in, day by day.
    named_week: tuple[date | None, int] = (None, -1)
    seen: list[str] = field(default_factory=list)
    #: Where the first live blog entry stamp opening a line starts (-1: none yet), and whether the day in force there
    #: was the publication day (a blog of its own day, not a timeline of an earlier one).
    first_stamp: int = -1
    stamps_today: bool = False
    #: The last narrative day not after the publication date (what a sentence told in the past goes on from when the
    #: text has since named a day still ahead: a deadline, a hearing).
    settled: date | None = None
    settled_value: str = ""
    #: Each day the text went on to, with where its expression ends, in text order.
    days: list[tuple[int, date]] = field(default_factory=list)
    #: The last day of a fiscal year stated right after it ("fiscal 2025, which ended Sept. 30"), by the offset
    #: where that day's expression starts: the day is read in the fiscal year's calendar year.
    fiscal_days: dict[int, date] = field(default_factory=dict)
    #: The last day named by a deictic or anaphoric day ("yesterday", "the next day"), with where its expression
    #: ends: a clock time later in its sentence is on that day.
    day_named: tuple[int, date | None] = (-1, None)
    #: The day of the last entry stamp heading its line before the publication day ("UPDATE 1 - Monday 10 March
    #: 2031, 09:40 GMT" on a page dated the 11th): the day its entry was written, so its "today" (None: none, or the
    #: stamp was of the publication day).
    entry_day: date | None = None
    #: The last month resolved, with where its expression ends and its year and month ((-1, 0, 0): none yet): a month
    #: joined to it in the same clause runs on from it ("a restart in mid-March and a ramp-up through April").
    last_month: tuple[int, int, int] = (-1, 0, 0)
    #: The stretch of each quarter or half value the text named by its number and end day ("the fourth quarter ending
    #: March 31": ``2031-Q4`` is January to March): what that value covers when the text names it again.
    fiscal_parts: dict[str, tuple[date, date]] = field(default_factory=dict)


@dataclass(frozen=True)
class Resolved:
    """The outcome for one candidate: span (possibly trimmed), type, value, anchor, the suspect flag and, when
    narrower than the value, the interval covered."""

    start: int
    end: int
    type: TimexType
    value: str
    anchor: str = ""
    suspect: bool = False
    #: The interval covered when it is narrower than the value's ("late December": the 21st to the 31st).
    span: tuple[date, date] | tuple[None, None] | None = None  # None: the value's own interval


#: (text, start, end) -> is_future: a pure function of them, asked again when a contested candidate is tried
#: and then resolved, and for each date of a text reprinted under another date. Emptied when full.
_FUTURE_MEMO: dict[tuple[str, int, int], bool] = {}
MEMO_CLAUSES = 50_000


#: A coordinator right before a verb: a verb phrase of its own, its tense its own ("the meeting, which began on
#: Thursday and ends on Friday": the past of "began" does not reach "ends").
_VERB_COORDINATED = re.compile(r"\b(?:and|but)\s+$")
#: A past auxiliary right after "and" or "but", ending the stretch searched: a verb phrase of its own ("... on Thursday
#: and had suspended its buyback").
_AUX_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:had|was|were|did)$", re.IGNORECASE)
#: A second reported clause joined by "and that" / "but that" between a date and a past auxiliary: the auxiliary is that
#: clause's own ("told the hearing that the regulator expected to publish findings by the end of January and that it
#: had not ruled out a fine").
#: An apposition set off by two commas right before a date and its preposition ("I met the suppliers' association,
#: VAAS, on Friday"): the clause goes on before it.
_ASIDE_BEFORE_DATE = re.compile(r",[^,;:.!?\n]{1,40},\s*(?:(?:on|in|at|by|last|this)\s+)?$", re.IGNORECASE)
#: A past participle opening an aside after a comma, a few words before the date it holds ("The inquiry, set up in
#: June, is expected to report", "The fund, launched by the bank on Monday, will ..."): the aside's deed is done,
#: whatever the main clause's future after it.
_PARTICIPLE_ASIDE_BEFORE = re.compile(r",\s+(?!(?:expected|scheduled|planned|slated|due|timed|targeted|proposed|"
                                      r"intended|designed|meant|supposed)\b)(?:" + _ED + r"[a-z]+ed|set|put|shut|"
                                      + _PAST_VERBS + r")(?:\s+(?:up|out|down|off))?\s+(?:[\w'’&-]+\s+){0,4}?"
                                      r"(?:in|on|at|during|last|this|early|late)\s+$", re.IGNORECASE)
_THAT_COORDINATED = re.compile(r"\b(?:and|but)\s+that\s", re.IGNORECASE)


def is_future(text: str, start: int, end: int) -> bool:
    """True when the clause around ``text[start:end]`` speaks of the future (a future cue before it in its
    sentence, or just after it). Memoised on the three."""
    key = (text, start, end)
    hit = _FUTURE_MEMO.get(key)
    if hit is None:
        if len(_FUTURE_MEMO) >= MEMO_CLAUSES:
            _FUTURE_MEMO.clear()
        hit = _FUTURE_MEMO[key] = _is_future(text, start, end)
    return hit


#: A word a past verb's capital letter shows to be a name's, not the verb ("from Port Said on Saturday", "Edward
#: Said on Monday"): a capitalised word after a word of the same sentence.
_NAME_WORD_BEFORE = re.compile(r"[\w,’'&-]\s+$")


#: A verb (not in the past) whose object a participle completes: "make their voice known", "keep members informed",
#: "get the deal done".
_COMPLEMENT_OF_BEFORE = re.compile(r"\b(?:make|makes|making|keep|keeps|keeping|get|gets|getting)\s+"
                                   r"(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


#: "as" right before a participle ("as planned", "as scheduled", "as agreed"): the participle is an adverbial's.
_AS_BEFORE = re.compile(r"\bas\s+(?=" + _AS_PARTICIPLE + r")", re.IGNORECASE)


def _past_verb_before(text: str, start: int) -> re.Match[str] | None:
    """The past verb right before offset ``start`` ("said on", "announced late on"), or None: not part of a passive
    with a present or future auxiliary, and not a capitalised word inside a sentence (a name: "Port Said")."""
    verb = _PAST_VERB.search(text, max(0, start - 30), start)
    if verb is None or _PASSIVE_AUX.search(text, max(0, verb.start() - 12), verb.start()):
        return None
    if _COMPLEMENT_OF_BEFORE.search(text, max(0, verb.start() - 40), verb.start()):
        return None  # "to make their voice known on Tuesday": the participle completes the object, no past
    if verb.group(0)[:1].isupper() and _NAME_WORD_BEFORE.search(text, max(0, verb.start() - 3), verb.start()):
        return None
    if _AS_BEFORE.match(text, max(0, verb.start() - 3)):
        return None  # "would vote as planned on Thursday": an adverbial of manner, no past verb
    return verb


def told_past_here(text: str, start: int, end: int) -> bool:
    """Whether a past verb stands right before ``text[start:end]`` ("officials said on Friday") or right after it
    ("the ministry on Sunday issued ..."), not part of a passive with a present or future auxiliary."""
    return _past_verb_before(text, start) is not None or bool(_PAST_VERB_AFTER.match(text, end))


#: An infinitive right after the date ("on Tuesday to expect", "on Friday to resume"): matched from the date's end
#: through the first three characters of the future cue.
_TO_BEFORE_CUE = re.compile(r"\s+(?:to\s+\w{3}|to\s)", re.IGNORECASE)
#: A measure "ahead of" compares with ("ahead of forecasts", "ahead of analysts' expectations", "ahead of the
#: consensus"): above it, not before a time to come.
_MEASURE_AFTER = re.compile(r"\s+(?:(?:the|its|their|market|analysts['’]?|Wall\s+Street(?:['’]s)?|average|consensus|"
                            r"company|its\s+own|[a-z]+['’]s?)\s+)*(?:forecasts?|expectations?|estimates?|consensus|"
                            r"guidance|projections?|predictions?|targets?|views?|the\s+market|peers|rivals|inflation)\b",
                            re.IGNORECASE)
#: "coming off / out of / back from": just after what follows, no future.
_COMING_FROM = re.compile(r"\s+(?:off|out\s+of|back\s+from|from)\b", re.IGNORECASE)
#: A future cue told in the past: "he was going to return to the office on Wednesday", "the dinner she was set to host".
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:(?:also|still|originally|initially|first|then)\s+)?$", re.IGNORECASE)


#: (text, start[, end]) -> :func:`planned_then` / :func:`planned`: pure functions of them, asked again for each date a
#: text is tagged against (a reprint under another date). Emptied when full, as :data:`_FUTURE_MEMO` is.
_PLANNED_THEN_MEMO: dict[tuple[str, int], bool] = {}
_PLANNED_MEMO: dict[tuple[str, int, int], bool] = {}


#: A plan told in the past right before its date, in a clause of its own: "which had been set for Monday",
#: "which were due to be held on 2 May", "had been expected in December".
_PLAN_TOLD_BEFORE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:(?:originally|initially|previously|first)\s+)?"
                               r"(?:due|scheduled|expected|planned|set|slated|timetabled)\s+"
                               r"(?:to\s+(?:be\s+)?[a-z]+\s+(?:[\w'’-]+\s+){0,3}?)?(?:for|on|in|at|by)\s+(?:the\s+)?$",
                               re.IGNORECASE)
#: A verb of putting off or calling off what was planned, told as still to be done: after a modal or "to" ("will
#: delay", "is likely to slip") or in the present ("delays"). (A past "postponed" may tell a plan put off
#: before its day had passed, told after it: the nearest such day, as for any plan told in the past.)
_PUT_OFF = re.compile(r"\b(?:(?:will|would|could|may|might|must|to)\s+(?:\w+\s+)?"
                      r"(?:postpone|delay|defer|put\s+back|push\s+back|cancel|call\s+off|scrap|slip)|"
                      r"postpones|delays|defers|(?:puts|pushes)\s+back|cancels|calls\s+off|scraps|slips)\b",
                      re.IGNORECASE)


def put_off_plan(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the day of a plan told in the past (``_PLAN_TOLD_BEFORE``) that its sentence
    puts off or calls off as still to be done (``_PUT_OFF``: "will delay the opening of its plant, which had been set for
    Monday"; "The merger vote, which had been expected in December, is likely to slip"): what is yet to be put off has
    not come, so the day is the coming one, not the nearest on either side."""
    plan = _PLAN_TOLD_BEFORE.search(text, max(0, start - 70), start)
    if plan is None:
        return False
    s = _sentence_start(text, start, 300)
    stop = _SENT_END.search(text, start, min(len(text), start + 300))
    return _PUT_OFF.search(text, s, stop.start() if stop else min(len(text), start + 300)) is not None


def planned_then(text: str, start: int) -> bool:
    """Whether the last future cue before ``start`` in its sentence is told in the past ("was going to", "were
    due to", "was set to"): a plan of the past, which may lie on either side of the publication date."""
    key = (text, start)
    hit = _PLANNED_THEN_MEMO.get(key)
    if hit is None:
        if len(_PLANNED_THEN_MEMO) >= MEMO_CLAUSES:
            _PLANNED_THEN_MEMO.clear()
        hit = _PLANNED_THEN_MEMO[key] = _planned_then(text, start)
    return hit


#: A year right after "due" ("notes due 2029", "bonds due in 2030", "debt due March 2031"): a maturity naming its own
#: year, no cue for a later date of the sentence.
_MATURITY_AFTER = re.compile(r"\s+(?:in\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\b(?!\s*[-–/]\d)")
#: A comma right before a future cue: the cue opens an aside with no verb of its own ("97 people aboard the ship, due
#: back in Galveston on Tuesday, had fallen ill"); and the aside's closing comma right after the date, then the main
#: clause's past auxiliary or verb.
_ASIDE_OPENS_BEFORE = re.compile(r",\s*$")
_ASIDE_CLOSES_PAST = re.compile(r"\s*,\s+(?:had|was|were|did)\b|\s*,\s+" + _ED + r"[a-z]+ed\b", re.IGNORECASE)
#: The words of a date at its start (a weekday or a month, a day's number after it), to find where it ends.
_DATE_WORDS = re.compile(r"[\w.]+(?:\s+\d{1,2}\b)?")


#: "was to" / "were to" and a verb: the future of a past moment ("Their task was to find a buyer by Sunday night", "the
#: meeting was to be held on Friday"); not "was to blame".
_WAS_TO = re.compile(r"\b(?:was|were)\s+to\s+(?!blame\b)[a-z]+\b", re.IGNORECASE)


def _planned_then(text: str, start: int) -> bool:
    """:func:`planned_then`, computed. Also a plan in an aside with no tense of its own, set off by commas inside a
    clause told in the past (", due back in Galveston on Tuesday, had fallen ill"): the plan's day, which the main
    clause's past does not move back; and a plan's participle modifying a noun in the object of a pluperfect ("had
    run 80 of the 130 trains scheduled from Friday to Sunday", ``_PLUPERFECT``)."""
    s = _sentence_start(text, start, 200)
    if (task := _WAS_TO.search(text, s, start)) is not None and not past_in_clause(text, task.end(), start, reporting=False):
        return True  # "Their task was to find a buyer by Sunday night": the future of a past moment, on either side
    if _FUTURE_PREP.search(text, max(0, start - 20), start):
        return False  # "said the filing was due by Friday": a deadline, still ahead
    cue = None
    for cue in _FUTURE.finditer(text, s, start):
        pass
    if cue is None:
        return False
    words = _DATE_WORDS.match(text, start)
    if words is not None and _ASIDE_OPENS_BEFORE.search(text, max(0, cue.start() - 3), cue.start()) \
            and not _PAST_WORD.search(text, cue.end(), start) and _ASIDE_CLOSES_PAST.match(text, words.end()):
        return True
    if cue.group(0).lower() in ("scheduled", "planned") \
            and not _AUX_BEFORE.search(text, max(0, cue.start() - 24), cue.start()) \
            and _PLUPERFECT.search(text, s, cue.start()):
        return True  # "said it had run 80 of the 130 trains scheduled from Friday to Sunday"
    return bool(_WAS_BEFORE.search(text, max(0, cue.start() - 20), cue.start()))


#: An auxiliary (an adverb may follow) right before a participle: "is scheduled", "had been planned", "were originally
#: scheduled" (the participle is then the verb, not a noun's modifier).
_AUX_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|has|have|had|'s|’s)\s+(?:[a-z]+ly\s+)?$",
                         re.IGNORECASE)
#: A pluperfect: "had operated", "had already run". A plan's participle after a noun of its object ("had run 80 of
#: the flights scheduled from Saturday") was a plan of the past, on either side of the day of writing.
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:already|also|just|only)\s+)?(?:[a-z]+ed|been|done|run|flown|made|taken|sold|"
                         r"built|held|kept|met|paid|spent|lost|won|cut|shut|put|set)\b", re.IGNORECASE)


#: A plan told in the past by a verb of intention and its infinitive: "said it hoped to run a reduced schedule on",
#: "had vowed to reopen the plant by" (the verbs in ``intention_verbs_past``; an adverb may stand before the verb).
_INTENDED = re.compile(r"\b(?:" + _alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEX["intention_verbs_past"]])
                       + r")\s+to\s+(?:[a-z]+ly\s+)?[a-z]+\b", re.IGNORECASE)
#: The same plan told with the doer named between the verb and its infinitive: "the port expected about 2,700
#: passengers to board Saturday", "the board wanted Ms. Rell to sign on Friday" (verbs in
#: ``intention_verbs_past_object``; up to five words of the object, no clause word among them).
_INTENDED_OBJECT = re.compile(r"\b(?:" + _alternation([re.escape(w).replace(r"\ ", r"\s+")
                                                       for w in LEX["intention_verbs_past_object"]])
                              + r")\s+(?:(?!(?:to|that|which|who|when|and|but|or|on|in|at|by)\b)"
                                r"[\w$€£%.-]+(?:,\d{3})*\s+){1,5}?to\s+(?:[a-z]+ly\s+)?[a-z]+\b", re.IGNORECASE)
#: The same plan told by a verb of proposing and the act's gerund: "said it had proposed resuming talks on Tuesday",
#: "suggested meeting on Friday" (what is proposed comes after the proposing, which may itself be the day).
_PROPOSED_GERUND = re.compile(r"\b(?:proposed|suggested|recommended|floated)\s+(?!(?:during|morning|evening|spring)\b)"
                              r"[a-z]{3,}ing\b", re.IGNORECASE)
#: An expectation told in the past whose object is a thing, not a deed, then the day: "said it expected a similar number
#: on Friday", "the lender forecast another outflow on Monday" (a determiner opens the object; up to four more words, no
#: verb or clause word among them; then "on", "by" or nothing). The object may be quoted ("said it expected \"more
#: normal operations\" by Tuesday": the quotation is the expected thing's words, not a clause of its own).
_EXPECTED_THING = re.compile(r"\b(?:expected|forecast|predicted|projected|anticipated)\s+[\"“]?(?:a|an|another|the|some|more|"
                             r"further|similar|fewer|its|their)\s+(?:(?!(?:to|that|which|who|when|and|but|or|on|in|at|by|"
                             r"was|were|had|after|since|from|for|of|through|until|till|into|over|during|before|with|as|than|"
                             r"across|within)\b)[\w$€£%.,'’-]+[\"”]?\s+){0,4}?(?:on\s+|by\s+)?$", re.IGNORECASE)
#: A request told in the past for a meeting on the day: "the council had asked the company for a meeting on Thursday",
#: "the union called for urgent talks on Monday" (the asker and up to three words, "for", then the meeting noun with up
#: to two words before it): the day asked for, on either side of the day of writing.
_ASKED_FOR_MEETING = re.compile(r"\b(?:asked|requested|called|pressed|pushed)\s+(?:(?!(?:to|that|which|who|when|and|but|"
                                r"on|in|at|by|was|were|had)\b)[\w.'’-]+\s+){0,3}?for\s+(?:(?:a|an|another|the|urgent|"
                                r"further|fresh|new|early|emergency)\s+){0,2}(?:meeting|talks|hearing|session|briefing|"
                                r"debate|vote|summit|sit-down)\s+(?:on\s+)?$|"
                                # a halt of its shares' trading asked for from a day on: "asked for a trading halt from
                                # Wednesday morning pending an announcement" (the halt starts after the asking)
                                r"\b(?:asked|applied|called)\s+for\s+(?:a|an|the)\s+(?:(?:trading|share|temporary)\s+)?"
                                r"(?:halt|suspension)\s+(?:(?:in|of)\s+(?:its|their|the)\s+(?:shares|stock|units|"
                                r"securities)\s+)?from\s+$", re.IGNORECASE)
#: What ends the infinitive's reach before the date: a clause break, a quotation mark, a relative or a subordinator. A
#: mark opening a partial quotation inside the clause (after a space, before a word) ends nothing: "expected carmakers
#: to feel the effect \"in February or March\"" quotes the words of the plan itself.
_INTENDED_STOP = re.compile(r"[,;:()”]|(?<!\s)[\"“]|[\"“](?![^\W\d_])|\b(?:that|which|who|when|after|because|since|while|but|and\s+(?:then\s+)?[a-z]+ed)\b",
                            re.IGNORECASE)


#: A day or hour an arrangement told in the past is made for: "the union set a strike for 12:01 a.m. Friday", "the
#: board called a meeting for Monday" (a determiner and up to three words of the arrangement between; the present
#: perfect, "has called a meeting for Thursday", is ahead: ``_arranged_for_day``). Not "booked"
#: ("the club booked the hall for Friday" may be the booking's own day gone by).
_ARRANGED_FOR_BEFORE = re.compile(r"\b(?<!\bhas )(?<!\bhave )(?<!\bis )(?<!\bare )(?:set|called|fixed)\s+(?:a|an|the|its|their|his|her)\s+"
                                  r"(?:[\w'’-]+\s+){0,3}?(?<!\bthe )(?<!\ba )for\s+$", re.IGNORECASE)
#: How far before the date such an arrangement may open.
ARRANGED_FOR_REACH = 70


#: A request or invitation in the present perfect, the one asked, then the infinitive: "has invited Donald Trump to
#: meet", "have urged the board to vote" (verbs in ``request_verbs_perfect``).
_ASKED_TO_PERFECT = re.compile(r"\b(?:has|have|['’]ve)\s+(?:(?:also|already|now|just|since|repeatedly)\s+)?(?:"
                               + _alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEX["request_verbs_perfect"]])
                               + r")\s+(?:(?!(?:to|that|which|who|when|and|but|or|on|in|at|by)\b)[\w'’$€£%.-]+\s+){1,5}?"
                                 r"to\s+(?:[a-z]+ly\s+)?[a-z]+\b", re.IGNORECASE)


#: A date named as gone by or as a noun's ("a review of last Tuesday's outage"): no adverb of the infinitive.
_BACK_OR_OF_BEFORE = re.compile(r"\b(?:last|past|previous|of)\s+$", re.IGNORECASE)


def _asked_to_ahead(text: str, s: int, start: int) -> bool:
    """Whether the date at ``start`` closes the infinitive of a request told in the present perfect (``_ASKED_TO_PERFECT``)
    in its own clause, no past verb, clause break or quotation mark between (``_INTENDED_STOP``)."""
    m = None
    for m in _ASKED_TO_PERFECT.finditer(text, s, start):
        pass
    if m is None or _INTENDED_STOP.search(text, m.end(), start):
        return False
    return not any(not _MODIFIER_BEFORE.search(text, max(0, w.start() - 30), w.start())
                   for w in _PAST_WORD.finditer(text, m.end(), start)) and not _irregular_past(text, m.end(), start)


#: A deed told as done beforehand (the pluperfect or "already"), its object, then "for" right before a weekday: "had
#: already submitted payroll for Friday", "had ordered extra buses for Saturday" (a determiner and up to three lowercase
#: words of the object; none a figure, a preposition or a clause word, so "had fallen 3% for Friday" is not read).
#: Not a simple past ("the club booked the hall for Friday" may be the booking's own day gone by, round 46).
_DONE_FOR_BEFORE = re.compile(r"\b(?:had\s+(?:(?:already|also|just)\s+)?|already\s+)(?:" + _ED + r"[a-z]+ed|"
                              + _PAST_VERBS + r")\s+"
                              r"(?:(?:a|an|the|its|their|his|her|our|some|all|most|extra|more)\s+)?"
                              r"(?:(?!(?:for|to|on|in|at|by|of|from|with|and|but|or|that|which|who|it|them|him|her|us|"
                              r"up|down|off|out|higher|lower|percent|cent)\b)[a-z][a-z'’-]*\s+){1,3}for\s+$")
DONE_FOR_REACH = 60


def done_for_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` (not a possessive) is the day a deed told in the past was done for
    (``_DONE_FOR_BEFORE``): "85% of clients had already submitted payroll for Friday" on a Thursday is the coming
    Friday. What is readied for a day is done before it, so the day may lie on either side of the publication date:
    the nearest such day. Not in a clause about the future (``is_future`` reads it)."""
    if text[end:end + 1] in ("'", "’"):
        return False
    return _DONE_FOR_BEFORE.search(text, max(0, start - DONE_FOR_REACH), start) is not None


def intended_then(text: str, start: int) -> bool:
    """Whether the date at ``start`` closes the infinitive of a plan told in the past ("easyJet said it hoped to run
    a reduced schedule on Wednesday", "had promised to pay the bonus by Friday"; ``_INTENDED``; or with the plan's
    doer between: "the port expected 2,700 passengers to board Saturday", ``_INTENDED_OBJECT``) in its own clause, with
    no past verb between the infinitive and the date (an "-ed" word after a determiner is an adjective: "a reduced
    schedule"): the plan's day, which may lie on either side of the publication date. Not when a past verb, a clause
    break or a quotation mark stands between ("hoped to settle, the union said on Tuesday"). Also the day an
    arrangement told in the past is made for ("the union set a strike for Friday", ``_ARRANGED_FOR_BEFORE``), a
    proposal's gerund ("had proposed resuming talks on Tuesday", ``_PROPOSED_GERUND``), a thing expected for the day
    ("said it expected a similar number on Friday", ``_EXPECTED_THING``), and the
    last day a verb of calling off told in the past acts on (:func:`called_off_through`)."""
    s = _sentence_start(text, start, 160)
    if _ARRANGED_FOR_BEFORE.search(text, max(s, start - ARRANGED_FOR_REACH), start):
        return True  # "after its pilots' union set a strike for 12:01 a.m. Friday": the day arranged for
    if called_off_through(text, start):
        return True  # "the carrier canceled its entire schedule through Monday": the last day called off
    if _EXPECTED_THING.search(text, max(s, start - 80), start):
        return True  # "said it expected a similar number on Friday": the day of what is expected
    if _ASKED_FOR_MEETING.search(text, max(s, start - 80), start):
        return True  # "had asked the company for a meeting on Thursday": the day asked for
    m = None
    for m in _INTENDED.finditer(text, s, start):
        pass
    for m_object in _INTENDED_OBJECT.finditer(text, s, start):
        if m is None or m_object.end() > m.end():
            m = m_object
    for m_gerund in _PROPOSED_GERUND.finditer(text, s, start):
        if m is None or m_gerund.end() > m.end():
            m = m_gerund
    if m is None or _INTENDED_STOP.search(text, m.end(), start):
        return False
    return not any(not _MODIFIER_BEFORE.search(text, max(0, w.start() - 30), w.start())
                   for w in _PAST_WORD.finditer(text, m.end(), start)) and not _irregular_past(text, m.end(), start)


def planned(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` tells a plan, now or in the past: :func:`is_future`, or a
    future cue after "had (been)" ("the takeover had been expected to complete in the third quarter": a quarter still
    ahead of the publication date is the coming one)."""
    key = (text, start, end)
    hit = _PLANNED_MEMO.get(key)
    if hit is None:
        if len(_PLANNED_MEMO) >= MEMO_CLAUSES:
            _PLANNED_MEMO.clear()
        hit = _PLANNED_MEMO[key] = _planned(text, start, end)
    return hit


def _planned(text: str, start: int, end: int) -> bool:
    """:func:`planned`, computed."""
    if is_future(text, start, end):
        return True
    s = _sentence_start(text, start, 200)
    cue = None
    for cue in _FUTURE.finditer(text, s, start):
        pass
    return cue is not None and bool(_PLUPERFECT.search(text, max(0, cue.start() - 16), cue.start()))


#: A participle of a plan right before the date, as a noun's modifier: "a board decision expected in May", "a launch
#: targeted for October", "a ruling slated for Friday" (not "more than expected in March", "as expected", "had expected",
#: nor a finite verb after its pronoun subject: "cooling more quickly than they expected in July"); an event's place
#: may stand between ("comments expected at the site visit in Burton on Thursday": the visit's day), and so may a named
#: place ("* Storm expected near Bahamas by Saturday", a headline's bullet); so may "as early as" / "as soon as" ("with a
#: final vote expected as early as Tuesday": the earliest day of the plan).
_PLAN_PARTICIPLE = re.compile(r"\b(?<!\bthan )(?<!\bas )(?<!\bhad )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhave )(?<!\bhas )"
                              r"(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bI )(?<!\byou )(?<!\bwho )"
                              r"(?:expected|targeted|targetted|slated|pencil(?:l)?ed\s+in|earmarked)\s+"
                              r"(?:(?:at|during)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’&-]+\s+){1,6}?"
                              r"|(?:near|off|over|in|at|across|along)\s+(?:the\s+)?(?-i:[A-Z][\w'’&-]*\s+){1,3})?"
                              r"(?:for|in|on|by|at|around|as\s+(?:early|soon)\s+as)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?$",
                              re.IGNORECASE)
#: The stretch before a date that a plan's participle is searched in (its event's place between them).
PLAN_PARTICIPLE_REACH = 80
#: A past participle opening a reduced relative clause on the noun before it, a phrase of at most four words
#: (a place, an occasion, an agent) between it and the date: "to fix problems found in a closed beta test in October",
#: "refunds for customers charged twice by the bank on Monday". The participle's event is done, whatever plan the
#: main clause tells (the participle right before the date is :func:`_past_verb_before`'s). Not after an auxiliary,
#: a modal, "to" or a pronoun (a finite verb or a passive: "will be tested in a pilot in October"), nor a participle
#: of a plan ("expected", "scheduled", "set") or of a state ("stores located in big cities in October": the date is the
#: main verb's). The agent may be named ("the cut agreed by the cartel and its allies over the weekend would do little"); a
#: date in the phrase is the participle's own ("began on Tuesday and ends on Friday").
#: "over" opening the date's own words ("over the weekend"): the phrase's preposition. After a determiner the word is a
#: noun, not a participle ("traders will get another read on the market on Thursday").
_OVER_OPENS = re.compile(r"(?i)over\s")
_PARTICIPLE_PHRASE_BEFORE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|to|not|has|have|had|"
    r"it|they|he|she|we|you|i|who|which|that|and|or|the|another|each|every|any|its|their|his|her|our|your|this|these|"
    r"those|some)\b)[a-z]{3,}\s+"
    r"(?!(?:expected|scheduled|planned|slated|set|due|timed|targeted|earmarked|booked|pencilled|penciled|"
    r"proposed|intended|designed|meant|supposed|located|based|headquartered|owned|listed|named|called|known|"
    r"related|linked|tied|aimed|focused|focussed|dedicated|used|needed|required|wanted|allowed)\b)"
    r"(?:" + _ED + r"[a-z]+ed|" + _PAST_VERBS + r")\s+"
    r"(?:in|at|by|during|on|from|to|for|with|among|across|inside|near|outside)\s+(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)[A-Za-z0-9][\w'’&-]*\s+){1,4}?"
    r"(?:in|on|during|over)\s+$")
#: A label heading a line of what is to come: "COMING UP: ...", "Week ahead: ...", "What's next: ..." (a factbox or a
#: broadcast's list of coming events: every date on the line looks ahead).
_AHEAD_LABEL_WORDS = (r"(?:coming\s+up|upcoming|(?:the\s+)?(?:week|month|days?)\s+ahead|ahead|what['’]s\s+next|"
                      r"what\s+(?:happens|comes)\s+next|what\s+next|"
                      r"next\s+up|looking\s+ahead|(?:what|things|events)?\s*to\s+watch(?:\s+for)?|watch\s+for|"
                      r"key\s+dates\s+ahead|next\s+week)"
                      # "What to watch this week:", "Coming up today:": the stretch the list covers
                      r"(?:\s+(?:this|next|the\s+coming)\s+(?:week|month)|\s+(?:today|tomorrow))?")
_AHEAD_LABEL = re.compile(r"[\s\-–—•*]*" + _AHEAD_LABEL_WORDS + r"\s*:", re.IGNORECASE)
#: Such a label as a heading line of its own ("What to watch", a bulleted list under it).
_AHEAD_HEADING = re.compile(r"[ \t]*" + _AHEAD_LABEL_WORDS + r"[ \t]*[:?]?[ \t]*", re.IGNORECASE)
#: A line of a list: a bullet, then its text; or a line that ends with no stop (cleaning drops the bullets and sets
#: each item apart as a paragraph of its own: "Black Friday, on November 26, as the first read on demand").
_BULLET_LINE = re.compile(r"[ \t]*[-–—•*·][ \t]+\S")
#: A line opening with a date and a dash or a colon, a chronology's or a calendar's entry ("Nov. 28 - The mill
#: shuts.", "October: results"), a stop at its end or not.
_DATED_ENTRY = re.compile(r"[ \t]*(?:(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?(?:[ \t]+\d{1,2})?|"
                          r"\d{1,2}[ \t]+(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")|\d{1,2}/\d{1,2})"
                          r"(?:,?[ \t]+(?:19|20)\d\d)?(?:[ \t]+[-–—]|:)[ \t]", re.IGNORECASE)
_STOP_AT_END = re.compile(r"[.!?…][\"'”’)\]]*[ \t]*$")
#: At most this many lines of a list are read back for its heading, and a line without a stop this long at most.
AHEAD_LIST_LINES = 8
LIST_ITEM_CHARS = 240


def _list_item(text: str, line: int) -> bool:
    """Whether the line starting at ``line`` reads as an item of a list (see :data:`_BULLET_LINE`)."""
    stop = text.find("\n", line)
    stop = len(text) if stop < 0 else stop
    return _BULLET_LINE.match(text, line) is not None or _DATED_ENTRY.match(text, line) is not None \
        or stop - line <= LIST_ITEM_CHARS and _STOP_AT_END.search(text, line, stop) is None


#: A calendar or an agenda of a day: "On the calendar for Tuesday:", "the agenda for Thursday".
_CALENDAR_FOR_BEFORE = re.compile(r"\b(?:calendar|agenda|docket)\s+for\s+$", re.IGNORECASE)


def _ahead_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` opens with a label of coming events ("Week ahead: ... a vote in May"), or is
    an item of a list headed by such a label on a line of its own ("What to watch" / "- Black Friday, on November
    26"; blank lines may stand between)."""
    line = text.rfind("\n", 0, start) + 1
    if _AHEAD_LABEL.match(text, line, start) is not None:
        return True
    if line >= 2 and text[line - 2] != "\n" and _AHEAD_HEADING.fullmatch(text, text.rfind("\n", 0, line - 1) + 1, line - 1):
        return True  # "NEXT WEEK" / "Quiet for Orvel. Watch the survey on Tuesday.": the paragraph right under the heading
    for _ in range(AHEAD_LIST_LINES):
        if line == 0 or not _list_item(text, line):
            return False
        above = line - 1
        while above > 0 and text[above - 1] in "\n \t":
            above -= 1  # (blank lines between)
        above = text.rfind("\n", 0, above) + 1
        end = text.find("\n", above)
        if _AHEAD_HEADING.fullmatch(text, above, end if end >= 0 else len(text)):
            return True
        line = above
    return False


#: A condition right after the date: "in 2032 if funding allows", "in May unless talks fail".
_IF_AFTER = re.compile(r"\s*,?\s*(?:if|unless)\s+", re.IGNORECASE)


#: A modal of what would follow from a condition: "could be terminated if ...", "would lose the licence unless ..."
#: (not "would have": a condition that did not come true, in the past)
_MODAL_OF_CONDITION = re.compile(r"\b(?:would|could|might)\b(?!\s+have\b)", re.IGNORECASE)
#: A negation right after a future cue ("would not", "will never", "won't" is its own cue).
_NEGATION_AFTER = re.compile(r"\s+(?:not|never)\b", re.IGNORECASE)
#: A phrase of "after" and a gerund set off by a comma or a dash: ", after raising it by 18% in".
_AFTER_GERUND = re.compile(r"(?:,|\s[-–—])\s+(?:after|since)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b", re.IGNORECASE)


#: A date set off by a comma as an adjunct with no verb of its own (", on Sunday evening, and we'll talk ..."): the
#: clause before the comma tells its tense ("They received the data at the same time we did, on Sunday evening").
_ADJUNCT_BEFORE = re.compile(r",\s*(?:(?:late|early|only|just)\s+)?(?:on|at|in|by)\s+$", re.IGNORECASE)


#: The plan's own verb right after its cue ("would run", "will cut", "plans to offer"): an "-ed" word right after it is
#: no finite past but a participle before the verb's object ("would run reduced shifts", "will offer discounted fares").
_CUE_VERB_THEN = re.compile(r"\s+(?:not\s+|also\s+|only\s+)?[a-z]+\s+$")
#: An opening quotation mark right before a word: a term quoted, not a verb ("what it calls “adapted” shifts").
_QUOTE_MARK_BEFORE = re.compile(r"[\"“‘'`]$")


def _participle_in_plan(text: str, cue_end: int, word: re.Match[str]) -> bool:
    """Whether an "-ed" word between a future cue and the "from" of a change starting on a date is no past verb of
    another clause but part of the plan's own phrase: a capitalised word of a name or title ("a 'Lowest Prices Locked'
    banner"), a quoted term ("what it calls "adapted" shifts"), or a participle right after the plan's verb ("would run
    reduced shifts"). A past verb needs a subject of its own clause: "will recover what it lost from Monday"."""
    w = word.group(0)
    if w[0].isupper():
        return True
    if _QUOTE_MARK_BEFORE.search(text, max(0, word.start() - 1), word.start()):
        return True
    return _CUE_VERB_THEN.fullmatch(text, cue_end, word.start()) is not None


#: "for" right before a day: the day an arrangement is made for ("flights for Wednesday", "a meeting for Friday"), also
#: after another day joined to it ("for Wednesday and Thursday").
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:" + "|".join(re.escape(w) for w in sorted(WEEKDAYS, key=len, reverse=True))
                         + r")\s*(?:,\s*|\s+(?:and|or)\s+))*$", re.IGNORECASE)
#: A present perfect of an active verb ("has added", "have called", "has just booked"; not "has been"): the arrangement
#: is told as made by now.
_ACTIVE_PERFECT = re.compile(r"\b(?:has|have|['’]ve)\s+(?:(?:just|already|now|also|since)\s+)?(?!been\b)[a-z]+(?:ed|en|wn|t|de)\b",
                             re.IGNORECASE)
_WEEKDAY_FIRST = re.compile(r"(?:" + "|".join(re.escape(w) for w in sorted(WEEKDAYS, key=len, reverse=True)) + r")\b",
                            re.IGNORECASE)


def _arranged_for_day(text: str, s: int, start: int, end: int) -> bool:
    """Whether a weekday after "for" (not a possessive: "for Friday's ceremony") is the day an arrangement told in the
    present perfect is made for: "Ryanair says it has added 40 flights for Wednesday and Thursday", "the central bank
    has called an extraordinary meeting for Wednesday" (the day ahead; a past verb after the perfect, "has said it
    cancelled flights for Monday", keeps the clause in the past)."""
    if not _WEEKDAY_FIRST.match(text, start) or text[end:end + 1] in ("'", "’") \
            or not _FOR_BEFORE.search(text, max(0, start - 40), start):
        return False
    perfect = None
    for perfect in _ACTIVE_PERFECT.finditer(text, s, start):
        pass
    return perfect is not None and not past_in_clause(text, perfect.end(), start, reporting=False)


#: A headline's future: a subject, then "to" and a verb ("Port of Vell to reopen on Friday", "Dock workers to fully
#: strike from Monday, union says"), on a line of its own with no sentence's full stop. Not "to" after a verb or a
#: figure ("Gold climbs to record on Tuesday", "Shares fall to $4 on Friday", "up to", "due to"): the word after
#: "to" is a lowercase word that is no determiner, number or level word (``headline_to_levels`` in the lexicon; nor
#: the first part of "two-year"), and no past verb stands before it on the line.
_HEADLINE_TO = re.compile(
    r"[^\n]*?(?<![\w'’-])(?<!\bup )(?<!\bdue )(?<!\bnext )(?<!\bclose )(?<!\bback )(?<!\baccording )"
    r"(?<!\bahead )(?<!\bfrom )(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bwants )(?<!\bwant )"
    r"(?P<subject>[A-Za-z][\w'’.&-]*)\s+to\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:the|a|an|its|their|his|her|our|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    + _alternation(LEX["headline_to_levels"]) + r"|be\s+(?:held|seen))\b)[a-z]{3,}\b(?!-)")
_HEADLINE_VERBS = frozenset(LEX["headline_verbs_before_to"])
#: The most words a headline line has (the longest headline of the read corpora has 19).
HEADLINE_WORDS = 20


def _headline_infinitive(text: str, s: int, start: int) -> bool:
    """Whether ``text[start]`` stands on a headline line ("Tarvik pilots to strike on Friday"): the whole line one
    sentence of at most :data:`HEADLINE_WORDS` words with no full stop or colon at its end, "to" and a verb after its
    subject before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    if s > line_start:
        return False  # a second sentence on the line
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end].rstrip()
    if not line or line[-1] in ".!?:\"”’'" or line.count(" ") >= HEADLINE_WORDS:
        return False  # a sentence of the body, one that opens a list or a quotation, or a line too long for a headline
    m = _HEADLINE_TO.match(text, line_start, start)
    if m is None:
        return False
    # a past verb before "to" is the line's verb ("Tarvik said to weigh a sale", "Pilots voted to strike"), and so is
    # a present one that takes "to" ("Trevane agrees to sell unit on Monday")
    return _PAST_WORD.search(text, line_start, m.end("subject")) is None \
        and m.group("subject").lower() not in _HEADLINE_VERBS


#: A verb of forecasting, then a stretch that runs "through", "until" or "into" the date, in one clause: "The weather
#: office forecast more heavy rain through Wednesday", "warned of flooding across the delta through Wednesday". What
#: is forecast lies ahead of the forecast, so the stretch ends ahead (the day the forecast was made has no such
#: preposition: "predicted on Wednesday", "cut its forecast on Monday"). Not a forecast of the past perfect ("had
#: forecast rain through Sunday") nor across a comma or another clause.
_FORECAST_STRETCH = re.compile(r"(?<!\bhad )\b(?:" + _alternation([re.escape(w).replace(r"\ ", r"\s+")
                                                                     for w in LEX["forecast_verbs"]])
                               + r")\b[^,;:.!?\n]{0,80}?\b(?:through|until|till|into|(?P<from>from|starting|beginning))\s+$",
                               re.IGNORECASE)
#: A weekday named alone (a part of the day may follow), not in the possessive: "Thursday", "Friday night".
_BARE_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?")

#: The preposition of a stretch right before a date (a cheap test before :data:`_FORECAST_STRETCH`).
_STRETCH_PREP = re.compile(r"\b(?:through|until|till|into|from|starting|beginning)\s+$", re.IGNORECASE)


#: A comparison's baseline set off after a comma, bracket or dash, running up to the date with no clause break: ",
#: down from 86p on Wednesday", ", up from the $1.4 billion it forecast in February", "(compared with 3.1% in May)".
#: The earlier figure was given or stood at that date, whatever the tense of the sentence ("now expects revenue of $1
#: billion, down from $1.4 billion in February").
_BASELINE_PHRASE = re.compile(r"(?:[,(–—]|\s-)\s*(?:(?:up|down|higher|lower|rising|falling)\s+(?:sharply\s+|slightly\s+)?from|"
                              r"compared\s+(?:with|to))\s+[^,;:()!?\n–—]{1,80}?\s(?:on|in|at)\s+(?:the\s+)?"
                              r"(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
#: The stretch before a date that a baseline phrase is searched in.
BASELINE_REACH = 110
#: "to" or "through" right after the date: the baseline opens a range ("down from 5% in March to 4% in June"), tense
#: unknown.
_RANGE_TO_AFTER = re.compile(r"\s+(?:to|through|until)\s", re.IGNORECASE)
#: The range's later figure right before the date: "down from 5% in June to 4% in September" (the date of "to 4%").
_TARGET_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+)?[$£€]?\d[\d.,]*(?:\s*(?:%|p|pence|percent|per\s+cent|"
                            r"billion|million|bn|m))?\s+(?:on|in|at)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$",
                            re.IGNORECASE)


#: The present of a start that is scheduled, right before a date: "take effect from Thursday", "takes effect on May 1",
#: "comes into force in June", "goes live on Monday" (not "took effect", nor "had taken effect").
_TAKES_EFFECT_BEFORE = re.compile(r"(?<!\bhad )(?<!\bhas )(?<!\bhave )\b(?:takes?|comes?|goes?)\s+(?:effect|into\s+force|"
                                  r"into\s+effect|live)\s+(?:(?:from|on|in|at|by)\s+)?(?:(?:early|late|mid)[\s-]+)?$",
                                  re.IGNORECASE)
#: The present of an end that is fixed, in a relative clause right before a date: "licences that expire in November",
#: "bonds which mature in June", "a contract that runs out on Friday" (whatever the tense of the main clause: "bought
#: back licences that expire in November"); not "that expired in November".
_EXPIRES_BEFORE = re.compile(r"\b(?:that|which)\s+(?:\w+\s+)?(?:expires?|matures?|lapses?|runs?\s+out|falls?\s+due)\s+"
                             r"(?:(?:in|on|at\s+the\s+end\s+of)\s+)(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


def _in_baseline_phrase(text: str, s: int, start: int, end: int) -> bool:
    """Whether the date at ``start`` ends a comparison's baseline phrase in its sentence (from ``s``): ", down from
    86p on Wednesday", ", up from 3.1% in May", "(compared with 41p on Tuesday)" (see :data:`_BASELINE_PHRASE`); not
    one that opens a range to a later figure ("falling from 5% in March to 4% in June"), nor that later figure's date."""
    return _BASELINE_PHRASE.search(text, max(s, start - BASELINE_REACH), start) is not None \
        and _RANGE_TO_AFTER.match(text, end) is None \
        and _TARGET_BEFORE.search(text, max(s, start - 30), start) is None


#: A printed interview's answer line, and the question line asking when something is to happen, in the present or the
#: future ("Q: When does the strike end?", "Q: When will you name a chief?"; not "Q: When did it start?").
_ANSWER_OPENS = re.compile(r"[ \t]*A[ \t]*:[ \t]*[\"“]?(?:(?:on|in|by|before|until|around|from)\s+)?", re.IGNORECASE)
_WHEN_AHEAD_QUESTION = re.compile(r"[ \t]*Q[ \t]*:[ \t]*When\s+(?:will|does|do|is|are|can|could|would|should|might|may)\b"
                                  r"[^\n?]*\?[ \t]*\n", re.IGNORECASE)


def _answers_question_ahead(text: str, start: int) -> bool:
    """Whether the date at ``start`` opens the first sentence of an interview's answer, a preposition allowed ("A:
    Sunday night, at closing.", "A: By the end of March.") to a question asking when something is to happen ("Q: When does the strike end?") and its sentence
    holds no past verb: a verbless answer takes the question's tense."""
    line = text.rfind("\n", 0, start) + 1
    opener = _ANSWER_OPENS.match(text, line)
    if opener is None or opener.end() != start or line < 2:
        return False
    prev = text.rfind("\n", 0, line - 1)
    while prev > 0 and not text[prev + 1:line].strip():  # (blank lines between the question and its answer)
        line, prev = prev + 1, text.rfind("\n", 0, prev)
    return bool(_WHEN_AHEAD_QUESTION.fullmatch(text, prev + 1, line)) and not _told_in_past(text, start)


#: "tomorrow" joined to the expression right after it ("closed tomorrow and on Monday"): days of one coordination look
#: the same way.
_TOMORROW_AND_BEFORE = re.compile(r"\btomorrow,?\s+(?:and|or)\s+(?:on\s+|again\s+on\s+)?$", re.IGNORECASE)


#: A dash between a date and a future cue after it: an aside closes there ("the payouts - made possible when officials
#: invoked an exception on March 12 - must be recovered": the aside's day is gone by).
_DASH_BETWEEN = re.compile(r"\s[-–—]\s|—")
#: A relative pronoun opening a clause with no punctuation before the date ("the customers who were locked out on
#: Jan. 28 would ...").
_RELATIVE_OPENS = re.compile(r"(?<=[a-z])\s+(?:who|which|that)\s+(?=[a-z])")


def _in_relative_told_past(text: str, s: int, start: int, cue: int) -> bool:
    """Whether the date at ``start`` sits in a relative clause told in the past that a future cue at ``cue`` (after
    the date, with no punctuation between) closes: "the customers who were locked out of the app on Jan. 28 would
    forgive" (the cue is the main clause's; the day is the relative clause's, gone by)."""
    opener = None
    for opener in _RELATIVE_OPENS.finditer(text, s, start):
        pass
    if opener is None or _CLAUSE_PUNCT.search(text, opener.end(), cue) or _SENT_OR_CLAUSE_END.search(text, opener.end(), start):
        return False
    return past_in_clause(text, opener.end(), start, reporting=False, names=False)


#: A present progressive (the futurate: "is closing on Thursday", "are holding a vote on Friday"), then the words of
#: its clause up to the date: no comma, stop or quotation between. Not a gerund that is a noun ("nothing", "morning")
#: nor a progressive of a state or a market's level of the moment ("is trading", "are standing").
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|(?:he|it)['’]s|(?:we|they|you)['’]re)\s+"
                                 r"(?:(?:also|now|still|just|then)\s+)?"
                                 r"(?!(?:nothing|something|anything|everything|during|according|morning|evening|"
                                 r"trading|standing|sitting|lying|living|being|having|seeing|looking|feeling|"
                                 r"thinking|hoping|expecting|waiting|bracing|preparing|going|getting|facing|"
                                 r"coming|heading|working|running|remaining|staying|seeking|struggling|trying)\b)"
                                 r"(?P<ing>[a-z]{2,}ing)\b(?:[^,;:.!?\n\"“”—–-]|-(?=\w))*$", re.IGNORECASE)
#: The dates the futurate reads: a weekday or a month's name opening the expression (a quarter or a year is the
#: period of a figure as often: "is raising its reserves for the third quarter").
_DAY_OR_MONTH_WORD = re.compile(r"(?:(?:early|late|mid)[\s-]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                                r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)")
#: How far before the date its progressive may stand.
PROGRESSIVE_REACH = 60


def _futurate_progressive(text: str, s: int, start: int) -> bool:
    """Whether a present progressive of an act governs the date at ``start`` ("The exchange is closing on Thursday",
    "the union is staging a strike on Friday"): English tells an arranged act to come so (the futurate); a past verb
    between, or a perfect, leaves the date to them."""
    if _DAY_OR_MONTH_WORD.match(text, start) is None:
        return False
    prog = _PROGRESSIVE_BEFORE.search(text, max(s, start - PROGRESSIVE_REACH), start)
    if prog is None or _PAST_VERB_AFTER.match(text, _DATE_WORDS.match(text, start).end()):
        return False
    return not any(not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
                   for w in _PAST_WORD.finditer(text, prog.end("ing"), start))


def _is_future(text: str, start: int, end: int) -> bool:
    """:func:`is_future`, computed."""
    if _answers_question_ahead(text, start):
        return True  # "Q: When does the strike end? A: Sunday night, at closing."
    if _TOMORROW_AND_BEFORE.search(text, max(0, start - 30), start):
        return True  # "The exchange is closed tomorrow and on Monday": the Monday after tomorrow
    s = max(0, start - 200)
    last = None
    # (one character past ``start``: the boundary's lookahead must see the expression opening the sentence)
    for last in _SENT_END.finditer(text, s, min(len(text), start + 1)):
        pass
    if last is not None:
        s = last.end()
    if _headline_infinitive(text, s, start):
        return True  # "Harbour pilots to strike from Monday": a headline's infinitive is its future
    if _TAKES_EFFECT_BEFORE.search(text, max(s, start - 30), start):
        return True  # "The cuts take effect from Thursday", "the rule comes into force on May 1": a scheduled start
    if _EXPIRES_BEFORE.search(text, max(s, start - 40), start):
        return True  # "bought back licences that expire in November": a fixed end, still ahead
    if _in_baseline_phrase(text, s, start, end):
        return False  # "quoted at 68p, down from 86p on Wednesday": the earlier figure of a comparison, gone by
    if _STRETCH_PREP.search(text, max(s, start - 12), start) \
            and (stretch := _FORECAST_STRETCH.search(text, max(s, start - 120), start)) is not None \
            and (stretch.group("from") is None or _BARE_WEEKDAY.fullmatch(text, start, end) is not None):
        # "forecast more heavy rain through Wednesday": the forecast stretch ends ahead; "forecasts cooler air from
        # Thursday": a forecast weather's day opens ahead (a weekday alone: "predicted a fall from May" may look back)
        return True
    if _stretch_through_now(text, s, start, end):
        return True  # "The airline has canceled all flights through Monday": a stretch running on from now
    tail = text[max(0, start - 40):start]
    if (" is " in tail or " are " in tail or " be " in tail) and _PRESENT_PASSIVE.search(tail):
        return True
    if text[end:end + 1] not in ("'", "’") and _futurate_progressive(text, s, start):
        return True  # "The exchange is closing on Thursday", "the union is staging a strike on Friday"
    verb = _past_verb_before(text, start)
    if _PLAN_PARTICIPLE.search(text, max(s, start - PLAN_PARTICIPLE_REACH), start):
        return True  # "a board decision expected in May": a participle of a plan, no past verb
    if text[end:end + 1] not in ("'", "’") and not _BACK_OR_OF_BEFORE.search(text, max(0, start - 12), start) \
            and _asked_to_ahead(text, s, start):
        return True  # "has invited Ms. Lee to meet the leadership on Thursday morning": what was asked, still ahead
    since = _PAST_PREP.search(text, max(0, start - 12), start)
    if since is not None and since.group(0).lower().startswith("from") and _RANGE_JOIN_AFTER.match(text, end):
        since = None  # "could lift highs from Tuesday through Thursday": a stretch, tense unknown
    if since is not None and since.group(0).lower().startswith("from") and text[end:end + 1] not in ("'", "’"):
        cue = None
        for cue in _FUTURE.finditer(text, s, since.start()):
            pass
        modal_from = _MODAL_AHEAD.search(text, max(s, since.start() - 80), since.start())
        if modal_from is not None and (cue is None or modal_from.start() > cue.start()):
            cue = modal_from  # "told them that the plants could resume shipments from Monday": a start to come
        if cue is not None and not any(
                not _says(text, w) and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
                and not _MODIFIER_BEFORE.search(text, max(0, w.start() - 30), w.start())
                and not _participle_in_plan(text, cue.end(), w)
                for w in _PAST_WORD.finditer(text, cue.end(), since.start())):
            # "said it would lower its fixed deposit rate from Monday", "prices will rise from May", "could resume
            # shipments from Monday": when a change starts (an "-ed" word after a determiner or a compound modifier is
            # an adjective: "its fixed fee")
            since = None
    if since is not None and since.group(0).lower().startswith("from") and _OPENS_SENTENCE.match(text, s, since.start()) \
            and (lead := _LEAD_CLAUSE.match(text, end)) is not None and "," in lead.group(0):
        main_end = _clause_end(text, lead.end())
        if not past_in_clause(text, lead.end(), main_end) and not _PERFECT.search(text, lead.end(), main_end):
            return True  # "From Saturday, the airline expects a normal schedule": a change that starts then, ahead
    if verb or since or _PAST_VERB_AFTER.match(text, end) \
            or _PLUPERFECT_ACT_BEFORE.search(text, max(s, start - PLUPERFECT_ACT_REACH), start) \
            or _PARTICIPLE_PHRASE_BEFORE.search(text, max(s, start - 60), start + 5 if _OVER_OPENS.match(text, start) else start):
        return False  # "below the $212 million it had forecast in July": the act of the pluperfect, done then
    if _CLAUSE_OPENING_ON.search(text, max(s, start - 12), start) and _NAMED_SUBJECT_PAST_AFTER.match(text, end):
        return False  # "..., and on Wednesday Boeing said its finance chief would ...": the day of the saying
    if _REFUSED.search(text, max(s, start - 50), start):
        return False  # "Orlan would not comment on Monday": the refusal reported, in the past
    if _THAT_AFTER.match(text, end) and _TOLD_BEFORE.search(text, _clause_start(text, s, start), start):
        return False  # "told a local paper on Wednesday that ...", "told customers on Tuesday it would ...": the telling
    if _DEFERRED.search(text, max(s, start - 60), start) or _COPULA_DATE.search(text, max(s, start - 30), start):
        return True  # "the hearing was postponed to May", "the election is in November"
    if (when := _WHEN_AHEAD_AFTER.match(text, end)) is not None \
            and (when.group("future") or not past_in_clause(text, s, start, reporting=False)):
        return True  # "The first test comes on Tuesday, when she hosts a call with analysts": the day of what is to come
    if _arranged_for_day(text, s, start, end):
        return True  # "has added 40 flights for Wednesday", "has called a meeting for Wednesday"
    if _ahead_line(text, start):
        return True  # "Week ahead: ... results on Thursday; ... a vote in May"
    if _CALENDAR_FOR_BEFORE.search(text, max(s, start - 30), start) and not past_in_clause(text, s, start) \
            and not _PAST_VERB_AFTER.match(text, end) and not _PAST_AUX_AFTER.match(text, end, min(len(text), end + 40)):
        return True  # "On the calendar for Tuesday: job openings data and earnings from ...": what is scheduled
    cond = _IF.search(text, max(s, start - 80), start)
    if cond is not None and not _IF.search(text, cond.end(), start) and not past_in_clause(text, cond.end(), start) \
            and not _DETERMINER_END.search(text, max(0, start - 8), start) and text[end:end + 1] not in ("'", "’"):
        return True  # "if the mayor takes the county vote Tuesday": a present condition is about what is to come
    cond_after = _IF_AFTER.match(text, end)
    if cond_after is not None and not past_in_clause(text, s, start):
        stop = _SENT_END.search(text, cond_after.end(), min(len(text), cond_after.end() + 120))
        if not past_in_clause(text, cond_after.end(), stop.start() if stop else min(len(text), cond_after.end() + 120)):
            return True  # "can build a second line next year if funding allows": a present condition after the date
    modal = _MODAL_AHEAD.search(text, max(s, start - 80), start)
    if modal is not None and not _CLAUSE_OPENER.search(text, modal.end(), start) \
            and not any(w.group(0)[0].islower() and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
                        and w.start() != _MODAL_VERB_AT.match(text, modal.end()).end()
                        for w in _PAST_WORD.finditer(text, modal.end(), start)) \
            and not _DETERMINER_END.search(text, max(0, start - 12), start) and text[end:end + 1] not in ("'", "’") \
            and not _ADJ_BEFORE.search(text, max(0, start - 30), start):
        # (a verb whose past is its bare form, right after the modal, is the modal's infinitive: "could hit Florida
        # airwaves Monday", "may cut rates in June")
        return True  # "a candidate who can win in November", "might lift profits in November", "let's win it in May"
    if _MODAL_EARLIEST.search(text, max(s, start - 80), start):
        return True  # "the plant could reopen as early as Tuesday", "preparing planes to return as early as Sunday":
        # the earliest of what may come
    if _BEFORE_EVENT.search(text, max(0, start - 80), start):
        return True  # "eased 1.4% before its annual meeting on Thursday": an event still to come
    prep = _FUTURE_PREP.search(text, max(0, start - 20), start)
    if prep is not None and prep.group(0).lower().startswith("before") and text[end:end + 1] in ("'", "’"):
        prep = None  # "Orlan's stake before Friday's deal is small": the event may be past or ahead
    if prep is not None and prep.group(0).lower().startswith("by") and (_PAST_AUX_AFTER.match(
            text, end, min(len(text), end + (2 if _OPENS_SENTENCE.match(text, s, prep.start()) else 1) * PAST_AUX_AFTER))
            or _OPENS_SENTENCE.match(text, s, prep.start()) and (lead := _LEAD_PLACE_CLAUSE.match(text, end)) is not None
            and any(w.group(0)[0].islower() and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
                    for w in _PAST_WORD.finditer(text, lead.end(), _clause_end(text, lead.end())))):
        # ("By Wednesday afternoon, the ministry published ...": the main clause's past verb)
        # "By Friday, with a buyer lined up, the shares had won back half the loss", "but by late Sunday the speech had
        # been reframed": the state reached then
        prep = None
    if prep is not None and not past_in_clause(text, s, prep.start(), reporting=False):
        return True  # "due by Friday", "he said the crew could reach them by Friday"; not "fell further by the end of the week"
    if prep is not None and (cond := _IF.search(text, s, prep.start())) is not None \
            and (modal_of := _MODAL_OF_CONDITION.search(text, s, cond.start())) is not None \
            and not past_in_clause(text, modal_of.end(), cond.start(), reporting=False):
        # "warned that loans could be terminated if it did not publish audited results by Friday": the condition's
        # past is the back-shift of reported speech under a modal; its deadline is still ahead
        return True
    if (rel_sched := _RELATIVE_SCHEDULED.search(text, max(s, start - RELATIVE_SCHEDULE_BEFORE), start)) is not None \
            and not past_in_clause(text, rel_sched.end("verb"), start, reporting=False, names=False):
        return True  # "Ana Reed, who speaks at the trade body's annual dinner in Lisle on Friday"
    sched = _SCHEDULED.search(text, max(s, start - SCHEDULE_VERB_BEFORE), start)
    if sched is None and (far := _SCHEDULED.search(text, max(s, start - SCHEDULE_VERB_FAR), start)) is not None \
            and _PLAIN_WORDS.fullmatch(text, far.end("verb"), start) and not _PREP_FIRST.match(text, far.end("verb")):
        sched = far  # "Orvel reports annual figures after the bell on Tuesday": words only between (no figure,
        # comma or quotation: "ends 0.4% lower at 88 euros, above Friday's close" is no schedule of that Friday), the
        # verb's object first (a caption's present places its scene: "speaks at a news conference in Kenton on Monday")
    while sched is not None and (_NOUN_DETERMINER_BEFORE.search(text, max(0, sched.start() - 30), sched.start())
                                 and not _relative_that(text, sched, start)
                                 or _POSSESSOR_BEFORE.search(text, max(0, sched.start() - 12), sched.start())
                                 or _ORDINAL_NOUN_BEFORE.search(text, max(0, sched.start() - 30), sched.start())
                                 or sched.group("verb")[0].isupper() and not _ITEM_OPENS.search(text, max(0, sched.start() - 4), sched.start())
                                 or _A_NOUN_BEFORE.search(text, max(0, sched.start() - 40), sched.start())
                                 and not sched.group("verb").lower().endswith("s")
                                 or _COMPOUND_HOST.search(text, max(0, sched.start() - 16), sched.end("verb"))
                                 or _PERIOD_MODIFIER_BEFORE.search(text, max(0, sched.start() - 24), sched.start())
                                 or (object_of := _PAST_VERB_RIGHT_BEFORE.search(text, max(0, sched.start() - 16),
                                                                                 sched.start())) is not None
                                 and object_of.group(0)[0].islower()):
        # "a visit to Velden on Friday", "a parliamentary report on Wednesday": the noun; a title; the object of a
        # past verb right before it ("told host Ann Lee on Thursday"). A later word may still be the verb: "The vote
        # starts on Friday"
        sched = _SCHEDULED.search(text, sched.end("verb"), start)

    if sched is not None and (_VERB_COORDINATED.search(text, max(0, sched.start() - 6), sched.start()) is not None
                              or not past_in_clause(text, _after_subordinator(text, s, sched.start()), sched.start(),
                                                    reporting=False, names=False)) \
            and not past_in_clause(text, sched.end("verb"), start, reporting=False, names=False):
        # (a past verb between the word and the date makes the word a noun: "the vote took place Tuesday")
        # "Lam Research, which reports results on Wednesday": the present of a scheduled event; not the noun
        # after a past verb of its clause ("the auditors had filed their reports by Wednesday")
        return True
    noun_cue = _NOUN_THEN_FUTURE.match(text, end)
    if noun_cue and text[end:end + 1] not in ("'", "’") and noun_cue.group("noun").lower() not in _PERIOD_NOUNS:
        return True  # "the November election will decide ..."; not "third-quarter results will be weak"
    if text[end:end + 1] in ("'", "’") and _REPORT_THEN_FUTURE.match(text, end):
        return True  # "Thursday's CPI report is expected to show ...": a release still to come
    after = min(len(text), end + FUTURE_CUE_AFTER)
    stop = _SENT_END.search(text, end, after)
    cue_after = _FUTURE.search(text, end, stop.start() if stop else after)
    if cue_after is not None and _WORD_REST.match(text, cue_after.end()).end() > cue_after.end():
        cue_after = None  # a word the window's edge cut: "sales on Monday topped expectations" holds no "expect"
    if cue_after is not None and cue_after.group(0).lower() == "plans" and _PREP_AFTER.match(text, cue_after.end()):
        cue_after = None  # "met Wednesday on plans for a new push": the noun
    if cue_after is not None and re.sub(r"\s+", " ", cue_after.group(0).lower()) in _PLAN_NOUNS \
            and _TO_NOUN_AFTER.match(text, cue_after.end()):
        cue_after = None  # "sent on Monday a plan to the board": the noun and its preposition
    if cue_after is not None and cue_after.group(0).lower() == "coming" and _COMING_FROM.match(text, cue_after.end()):
        cue_after = None
    if cue_after is not None and cue_after.group(0).lower() == "ahead of" \
            and _MEASURE_AFTER.match(text, cue_after.end()):
        cue_after = None  # "beat its rivals on Thursday and came in ahead of forecasts": a comparison
    if cue_after is not None and cue_after.group(0).lower() == "pending":
        cue_after = None  # "took effect Aug. 9 pending ratification": what waits is the later step, not the date
    if cue_after is not None and cue_after.group(0).lower() == "ahead of" \
            and past_in_clause(text, s, start, reporting=False):
        cue_after = None  # "fell 3.5% on Tuesday ahead of the announcement": the day comes before the event, told past
    if cue_after is not None and _TO_BEFORE_CUE.fullmatch(text, end, cue_after.start() + 3) \
            and past_in_clause(text, s, start):
        cue_after = None  # "warned its members on Tuesday to expect delays": the day of the past verb, not the infinitive's
    if cue_after is not None and _in_relative_told_past(text, s, start, cue_after.start()):
        cue_after = None  # "the customers who were locked out on Jan. 28 would forgive": the relative clause's day
    if cue_after is not None and not ((_CLAUSE_PUNCT.search(text, end, cue_after.start())
                                       or _COORDINATOR.search(text, end, cue_after.start())
                                       or _QUOTE_OPENS.search(text, end, cue_after.start())
                                       or _DASH_BETWEEN.search(text, end, cue_after.start()))
                                      and (past_in_clause(text, s, start)
                                           or (aside := _ASIDE_BEFORE_DATE.search(text, max(s, start - 60), start))
                                           is not None and past_in_clause(text, s, aside.start())
                                           or (adjunct := _ADJUNCT_BEFORE.search(text, max(s, start - 16), start))
                                           is not None and past_in_clause(text, s, adjunct.start())
                                           or _PARTICIPLE_ASIDE_BEFORE.search(text, max(s, start - 60), start))):
        return True  # "Friday will see ...", "In 2030, we will ...", not "which was announced on Friday, will raise ..."
    semi = text.rfind(";", s, start)  # "...; on Saturday, Alaska and Hawaii hold caucuses": a clause opened anew
    if _OPENS_SENTENCE.match(text, s if semi < 0 else semi + 1, start) \
            and (lead := _LEAD_OR_SUBJECT.match(text, end)) is not None:
        main = _MAIN_FUTURE.search(text, lead.end(), min(len(text), lead.end() + MAIN_CLAUSE_REACH))
        if main is not None and main.group("cue") and not any(
                not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
                and not (_RELATIVE_SUBJECT_BEFORE.search(text, max(lead.end(), w.start() - 60), w.start())
                         and not _PAST_WORD.search(text, w.end(), main.start()))
                for w in _PAST_WORD.finditer(text, lead.end(), main.start())):
            # (the past verb of a relative clause inside the subject, the last before the cue, is not the main
            # clause's: "On Monday, the group he co-founded will hold a rally", "On Friday, the firm that bought the
            # mill will close it"; not "the officials I spoke to said ... will")
            return True  # "On Monday, the central bank will announce its decision"
        sched = _SCHEDULE_WORD.search(text, lead.end(), min(len(text), lead.end() + SUBJECT_REACH))
        if sched is not None and (not _SENT_OR_CLAUSE_END.search(text, lead.end(), sched.start())
                                  or _NAME_LIST.fullmatch(text, lead.end(), sched.start())) \
                and not past_in_clause(text, lead.end(), sched.start()) \
                and not _PAST_WORD.search(text, sched.end(), _clause_end(text, sched.end())):
            return True  # "On Monday, the president travels to Lisle": the present of a scheduled event
    cue = None
    asides = None
    for found in _FUTURE.finditer(text, s, start):
        if asides is None:
            asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text, s, start)]
        if any(a < found.start() and found.end() <= b <= start for a, b in asides):
            continue  # "said Orla Venn, who will chair the inquiry, on Monday": the aside's own tense, not the date's
        if found.group(0).lower() == "plans" and _PREP_AFTER.match(text, found.end()):
            continue  # "revised his withdrawal plans in October": the noun
        if re.sub(r"\s+", " ", found.group(0).lower()) in _PLAN_NOUNS and _TO_NOUN_AFTER.match(text, found.end()):
            continue  # "submitted their remedy plan to the ministry on Monday": the noun and its preposition
        if found.group(0).lower() == "due" and _MATURITY_AFTER.match(text, found.end()):
            continue  # "notes due 2029 fell 6 cents on Friday": a bond's maturity, the cue of its own year only
        if found.group(0).lower() == "coming" and _COMING_FROM.match(text, found.end()):
            continue  # "is coming off a strong showing Thursday night": just after it
        if found.group(0).lower() == "ahead of" and _MEASURE_AFTER.match(text, found.end()):
            continue  # "reported a profit ahead of forecasts on Thursday": above a measure, not before a time
        if quotation_closes(text, found.end(), start):
            continue  # "“We are going to win this,” she told supporters on Tuesday": the quotation's future
        if found.group(0).lower() == "effective" and _DEGREE_BEFORE.search(text, max(0, found.start() - 16), found.start()):
            continue  # "was tremendously effective in small groups throughout the spring": how well, not when in force
        if re.sub(r"\s+", " ", found.group(0).lower()) == "as soon as" \
                and past_in_clause(text, found.end(), start, reporting=False):
            continue  # "as soon as the bombs went off on Tuesday morning": the clause of time told in the past
        if found.group(0).lower() == "until" and _UNTIL_CLOSED_THEN_PAST.match(text, found.end(), start):
            continue  # "was stuck from Oct. 13 until Oct. 17 and docked on Wednesday": the stretch ended, then a past deed
        if found.group(0).lower() in _OBLIGATION and _CLAUSE_BREAK_OR_DASH.search(text, found.end(), start):
            continue  # "had ruled that the boy must be returned, and set Friday as the deadline": its own clause only
        cue = found
    if cue is None:
        return False
    if _NEGATION_AFTER.match(text, cue.end()) and (gerund := _AFTER_GERUND.search(text, cue.end(), start)) is not None \
            and not _SENT_OR_CLAUSE_END.search(text, gerund.end(), start):
        # "would not raise the price again this season, after raising it by 18% in October": a plan denied names no
        # coming event to set the gerund's after; what was done before the denial is past
        return False
    if _PLUPERFECT.search(text, max(0, cue.start() - 16), cue.start()):
        return False  # "had been scheduled to expire at midnight Friday": a plan of the past
    if cue.group(0).lower() in _PLAN_ADJECTIVES and _PREMODIFIER_BEFORE.search(text, max(0, cue.start() - 20), cue.start()) \
            and any(not _says(text, w) and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
                    and not _PRESENT_PERFECT.search(text, max(0, w.start() - 20), w.start())
                    for w in _PAST_WORD.finditer(text, s, cue.start())):
        # "the regulator blocked the company's planned merger on Tuesday": the past verb's date; also across a
        # comma ("Vance swept into Lisle for a planned rally staged on Wednesday")
        return False
    if cue.group(0).lower() in _PLAN_ADJECTIVES and _PREMODIFIER_BEFORE.search(text, max(0, cue.start() - 20), cue.start()) \
            and _CAUSE_OR_SEQUENCE.search(text, cue.end(), start):
        # "has postponed a planned bond sale because of volatility after Friday's downgrade": the plan word is its
        # noun's; the date stands in a phrase of cause or sequence outside that noun phrase
        return False
    if _RELATIVE.search(text, cue.end(), start):
        return False  # "will meet the envoys who arrived on Monday": the cue is the main clause's
    that = None
    for that in _THAT_AFTER_NOUN.finditer(text, cue.end(), start):
        pass
    if that is not None and past_in_clause(text, that.end(), start, reporting=False) \
            and not _FUTURE.search(text, that.end(), start):
        return False  # "will look at every decision that led to Tuesday": the relative clause's own past
    after_cue = _AFTER_CUE_SUBORDINATOR.search(text, cue.end(), start)
    if after_cue is not None and past_in_clause(text, after_cue.end(), start, reporting=False):
        return False  # "drivers would stop work after wage talks broke down on Friday": the subordinate clause's own past
    if cue.group(0).lower() == "until" and _STAYED_UNTIL.search(text, max(s, cue.start() - 80), cue.start()):
        return False  # "had been paying rent until May", "remained in the race until June": a stretch that ended
    clause = _CLAUSE_BREAK_OR_DASH.search(text, cue.end(), start)
    if clause is not None and any(
        not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
        for w in _PAST_WORD.finditer(text, clause.end(), start)
    ):
        return False  # "After the company said it would cut prices, shares fell 17% on Monday": another clause's cue
    gerund = _AFTER_GERUND.search(text, cue.end(), start)
    if gerund is not None and not _SENT_OR_CLAUSE_END.search(text, gerund.end(), start) \
            and _main_past_before(text, s, cue.start()):
        # "was indicated 10% higher ahead of the open, after jumping 11% on Tuesday": what was done before a main
        # clause told in the past is past, whatever cue the main clause holds
        return False
    if _WHEN_PAST_AFTER.match(text, end):
        return False  # "with the heaviest blow coming on Monday, when the company ordered checks": what happened then
    if (since := _SINCE_AFTER_CUE.search(text, cue.end(), start)) is not None \
            and not _CLAUSE_PUNCT.search(text, since.end(), start) and not _FUTURE.search(text, since.end(), start):
        # "will become the third lender to collapse since Orvel Bank on March 10": a span runs on from a day gone
        # by, whatever the main clause's future
        return False
    # "Until Thursday, they had not called him a suspect", "a service planned for Saturday was canceled": the
    # clause's own verb, in the past, outweighs a future word before the date (a cue opening the sentence, "Until
    # Monday's announcement, both stocks were trading ...", is weighed against the whole main clause)
    if _LOOK_AHEAD.fullmatch(cue.group(0)):
        return True  # "Looking ahead to the fall, Mr. Manafort was joined by ...": what is looked ahead to is ahead
    reach = PAST_AUX_AFTER if not _OPENS_SENTENCE.match(text, s, cue.start()) else 2 * PAST_AUX_AFTER
    aux = _PAST_AUX_AFTER.match(text, end, min(len(text), end + reach))
    # a past auxiliary inside a clause of time after the date is that clause's own ("would run a test on Saturday
    # before Thursday's open was confirmed"), and so is one opening a verb phrase joined by "and" or "but" ("said it
    # would update the market on Thursday and had suspended its buyback"): the cue's clause stays ahead
    return aux is None or _SUBORDINATOR_BETWEEN.search(text, end, aux.end()) is not None \
        or _AUX_COORDINATED.search(text, end, aux.end()) is not None \
        or _THAT_COORDINATED.search(text, end, aux.end()) is not None


#: A clause of "when" set off by a comma right after a date, whose verb is a present of a schedule or a future
#: ("on Tuesday, when she hosts a call with analysts", "in March, when the cuts are due", "on Monday, when a $40 million
#: coupon is due": an amount among the words): the day of what is to come. A quotation may close on the date first
#: ('to continue "beyond Friday", when it is due to end'). A future or a "due" in that clause keeps the day ahead in a
#: sentence told in the past too ("said members needed support beyond Friday, when it is due to end": the reported
#: past is the saying's, the clause of "when" tells the day's own time).
_WHEN_AHEAD_AFTER = re.compile(r"[”\"’']?,\s+when\s+(?:(?!(?:was|were|had|did)\s)[\w'’&.$€£%-]+\s+){1,4}?(?:"
                               + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEX["schedule_verbs_present"]
                                          if w.endswith("s") or " " in w)
                               + r"|(?P<future>will|['’]ll|(?:is|are)\s+(?:due|set|scheduled|slated|expected)\b))",
                               re.IGNORECASE)
#: A clause of "when" right after a date whose verb is past: "on Monday, when the company ordered checks" tells what
#: happened that day (not "when the board will meet"; a passive with a present or future auxiliary is no past).
_WHEN_PAST_AFTER = re.compile(r",?\s+when\s+(?:(?!(?:is|are|be|will|would|to|has|have)\s)[\w'’&-]+\s+){1,5}?"
                              r"(?:" + _ED + r"\w+ed|" + _PAST_VERBS + r")\b", re.IGNORECASE)


def _main_past_before(text: str, s: int, stop: int) -> bool:
    """Whether ``text[s:stop]`` holds a past verb of its own: not a reporting verb ("said it would ..."), not the
    participle of a present or future passive ("is expected")."""
    return any(not _says(text, w) and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
               for w in _PAST_WORD.finditer(text, s, stop))


#: The cues that name looking forward itself ("looking ahead to the fall"): a past verb of the clause after the date
#: tells when someone looked ahead, not that the date is gone by.
_LOOK_AHEAD = re.compile(r"(?:looks?|looking)\s+ahead\s+to", re.IGNORECASE)
#: After "until", its own date and then a second verb phrase told in the past: "stuck on the bank until Oct. 17 and
#: docked at the port on Wednesday" (the "until" bounds its own stretch only; the next deed is past).
_UNTIL_CLOSED_THEN_PAST = re.compile(r"\s*[^,;:!?\n]{1,30}?\s+(?:and|then|before)\s+(?:then\s+)?(?:" + _ED + r"[a-z]+ed|"
                                     + _PAST_VERBS + r")\b")


#: Nouns of events that end like adjectives: "The festival starts on Friday", "the trial opens Monday" (the verb
#: after them is a verb, not the noun of "a parliamentary report on Wednesday").
_EVENT_NOUNS_LIKE_ADJECTIVES = (r"(?:festival|trial|retrial|final|semifinal|quarterfinal|carnival|tribunal|arrival|"
                                r"proposal|rival|referral|recital|revival|music|clinic|picnic|traffic|public|republic|"
                                r"executive|initiative|offensive|primary|anniversary|centenary|commentary|summary|"
                                r"seminary|library|plenary)")
#: A phrase of cause or sequence: what follows it is no part of the noun phrase before it.
_CAUSE_OR_SEQUENCE = re.compile(r"\b(?:because|after|following|amid|despite|since)\b", re.IGNORECASE)
#: Plan words that also stand before a noun ("the planned merger", "its scheduled launch").
#: A word of degree or "cost-" before "effective": the adjective of how well something works ("very effective",
#: "cost-effective"), not "in force from" ("effective in the spring", "will be effective Monday").
_DEGREE_BEFORE = re.compile(r"(?:\b(?:very|highly|most|more|less|least|so|as|too|quite|extremely|tremendously|remarkably|"
                            r"particularly|especially|hugely|incredibly|really|surprisingly|equally|fairly|less)\s+|\bcost-)$",
                            re.IGNORECASE)
_PLAN_ADJECTIVES = frozenset({"planned", "scheduled", "proposed"})
#: A list item's colon right before a capitalised word of a schedule makes it the item's verb, not a title: "• Keel
#: Foods (KEEL): Reports full-year results on Thursday."
_ITEM_OPENS = re.compile(r"\S:\s+$")
#: A determiner or a possessive right before a word: that word modifies the noun after it.
#: A figure or a quantifier counts the noun the same way ("of 1,350 planned take-offs", "some scheduled flights"), and
#: a preposition, which no finite verb follows, makes a bare plural's modifier of it ("14 per cent of scheduled
#: services", "cuts in planned spending").
_PREMODIFIER_BEFORE = re.compile(r"(?:\b(?:a|an|the|his|her|its|their|our|this|that|these|those|all|some|many|most|"
                                 r"several|of|for|on|in|with|from|\d[\d,.]*)|\w['’]s)\s+$", re.IGNORECASE)
#: A possessive right before a word makes it a noun, never a verb in the present ("since the short seller's report on
#: Monday", "the workers' vote on Friday"); not a pronoun's "is" or "us" ("let's meet on Friday", "it's").
_POSSESSOR_BEFORE = re.compile(r"(?i:(?<!\blet)(?<!\bit)(?<!\bthat)(?<!\bhe)(?<!\bshe)(?<!\bthere)(?<!\bhere)(?<!\bwho)"
                               r"(?<!\bwhat)(?<!\bwhere))\w['’]s\s+$|\ws['’]\s+$")
_NOUN_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|this|that|these|those)\s+"
                                     r"(?:(?!" + _EVENT_NOUNS_LIKE_ADJECTIVES + r"\s)[a-z]+(?:al|ic|ary|ial|ive)\s+)?$",
                                     re.IGNORECASE)
#: A determiner or a possessive, then an ordinal, before a bare word of a schedule make the word a noun: "the topic
#: of the agency's third report on Tuesday", "its first meeting on Monday" (an ordinal qualifies a noun; "Orvel first
#: reports on Tuesday", with no determiner, keeps the verb).
_ORDINAL_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|his|her|its|their|our|this|that)|\w['’]s|\ws['’])\s+"
                                  r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|final|"
                                  r"\d+(?:st|nd|rd|th))\s+$", re.IGNORECASE)
#: An indefinite article and a noun's modifiers before a bare word of a schedule make the word a noun: "according to
#: a news agency report Friday", "a Reuters report on Tuesday", "during a campaign visit Friday" (a singular subject
#: after "a" would take "reports", "visits"). Not a plural noun right before it ("a dozen ministers meet Friday"),
#: unless it is a name ("a Reuters report"), nor a phrase of "of" ("a group of investors vote Friday"), nor a subject
#: joined by "and"/"or" ("the utility and a rival meet Friday").
_A_NOUN_BEFORE = re.compile(r"(?<!\band )(?<!\bor )\b(?:a|an)\s+(?:(?!of\b)[\w'’-]+\s+){0,2}(?:(?!of\b)[\w'’-]*[^\Ws]|[A-Z][\w'’-]*)\s+$")
_PREP_AFTER = re.compile(r"\s+(?:in|on|at|for|during|from|of|after|before|with|by|and|or)\b|\s*[,.;:]", re.IGNORECASE)
#: "to" after a plan word, then a determiner or a possessive: the preposition of the noun ("submitted their remedy plan to
#: the ministry on Monday", "presented its plans to the board", "its plan to Korea's ministry"), not the infinitive of a plan ("plans to open a plant").
_TO_NOUN_AFTER = re.compile(r"(?:(?<=\bto)|\s+to)\s+(?:(?i:the|a|an|its|their|his|her|our|your|this|that|these|those|each|every)\b|"
                            r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\b)")
_PLAN_NOUNS = frozenset(("plan to", "plans", "planned to"))
#: "through" right before a date, and a range's first end before it ("from Friday through Monday", "between ...").
_THROUGH_BEFORE = re.compile(r"\b(?:through|thru)\s+$", re.IGNORECASE)
_RANGE_OPEN_BEFORE = re.compile(r"\b(?:from|between)\s+[^,;.!?\n]{1,40}$", re.IGNORECASE)
#: Verbs that call off or hold back what was to come ("canceled all flights", "suspended service", "extended its
#: closures"): the stretch after them is of the days called off, which run on past the act.
_CALLED_OFF = r"(?:cancell?ed|suspended|halted|grounded|closed|shut|extended|scrapped|paused|called\s+off|pulled)"
_PERFECT_PARTICIPLE = re.compile(r"\b(?:has|have|['’]ve)\s+(?:(?:just|already|now|also)\s+)?(?!(?:been|to)\b)"
                                 r"(?P<verb>called\s+off|[a-z]+)\b", re.IGNORECASE)
#: A second verb phrase of the clause, joined by "and" or "but" and opened by a present auxiliary ("has added 38
#: flights and is capping fares through Thursday"): the stretch is that verb's.
_VERB_PHRASE_JOINED = re.compile(r"\b(?:and|but)\s+(?=(?:is|are|has|have)\b)", re.IGNORECASE)
_CALLED_OFF_VERB = re.compile(_CALLED_OFF, re.IGNORECASE)
#: A verb of calling off told in the past, its object, then "through" right before the date: "the carrier canceled
#: its entire schedule through Monday", "said it had suspended service through Tuesday" (not the present perfect,
#: :func:`_stretch_through_now`, nor a present passive or state, "flights are cancelled through Sunday", "stays shut";
#: "until" has its own reading in ``is_future``, and a deferral, "postponed until Tuesday", is ahead: ``_DEFERRED``).
_CALLED_OFF_THROUGH = re.compile(r"\b(?<!\bhas )(?<!\bhave )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bstays )"
                                 r"(?<!\bstay )(?<!\bremains )(?<!\bremain )" + _CALLED_OFF
                                 + r"\s+(?:[\w'’$%.,-]+\s+){0,6}?(?:through|thru)\s+$", re.IGNORECASE)
#: How far before the date such a verb may stand.
CALLED_OFF_REACH = 70
#: An extension told in the past, its object, then "to" / "until" right before the date: "Toyota extended its
#: production halt to Wednesday", "the exchange extended the suspension until Friday": the new last day, set near the
#: day of the act, so the nearest such day (as a stretch called off "through" a day).
_EXTENDED_TO = re.compile(r"\b(?<!\bhas )(?<!\bhave )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )extended\s+"
                          r"(?:[\w'’$%.,-]+\s+){0,6}?(?:to|until|till)\s+$", re.IGNORECASE)


def _stretch_through_now(text: str, s: int, start: int, end: int) -> bool:
    """Whether the weekday at ``start`` ends a stretch after "through" in a clause told in the present or the
    progressive, or in the present perfect of a verb of calling off ("the sale runs through Friday", "says it is
    capping fares at $199 through Thursday", "the airline has canceled all flights through Monday"; a verb of saying
    is the telling's): a stretch that reaches the day of writing ends ahead of it, as one after "until" does. Not the
    second end of a range ("from Friday through Monday"), a possessive ("through Monday's close"), a clause with a past
    verb ("shares rose through Monday"), nor another present perfect: "have held primaries through Tuesday", "has
    fallen 2% this year through Oct. 19" count up to a day gone by."""
    through = _THROUGH_BEFORE.search(text, max(s, start - 10), start)
    if through is None or text[end:end + 1] in ("'", "’") or not _WEEKDAY_FIRST.match(text, start) \
            or _RANGE_OPEN_BEFORE.search(text, max(s, through.start() - 40), through.start()):
        return False
    clause = _CLAUSE_BREAK.search(text, s, start)
    begin = clause.end() if clause is not None else s
    for joined in _VERB_PHRASE_JOINED.finditer(text, begin, start):
        begin = joined.end()
    if any(not _CALLED_OFF_VERB.fullmatch(p.group("verb")) for p in _PERFECT_PARTICIPLE.finditer(text, begin, start)):
        return False
    return not past_in_clause(text, s, start, reporting=False)


def called_off_through(text: str, start: int) -> bool:
    """Whether the date at ``start`` ends the stretch of days a verb of calling off, told in the past, acts on ("the
    carrier canceled its entire schedule through Monday", "said it had suspended service through Tuesday"): days called
    off from a day gone by may lie on either side of the day of writing (the nearest such day)."""
    s = _sentence_start(text, start, 160)
    return _CALLED_OFF_THROUGH.search(text, max(s, start - CALLED_OFF_REACH), start) is not None \
        or _EXTENDED_TO.search(text, max(s, start - CALLED_OFF_REACH), start) is not None


#: A past perfect, or a past verb of lasting or holding on ("remained", "held out", "resisted"), before "until" in its
#: clause: the stretch is over ("Canada held out until Wednesday morning"). Also a past copula
#: or "had" with the "until" phrase set off by commas right after it ("Ardo was, until Tuesday, the sector's darling",
#: "the fund had, until last week, held ..."): a state told as over at that date; so is a wait told in the past ("it
#: took until Tuesday to find the leak", "why did it take until Tuesday?"). And the past cleft "it was not until
#: Tuesday that the firm confirmed the breach": the day it happened at last.
_STAYED_UNTIL = re.compile(r"\b(?:had\s+(?:\w+\s+)?(?:been\s+)?\w+|remained|stayed|lasted|continued|served|lived|"
                           r"worked|reigned|ruled|persisted|ran|waited|held\s+out|held\s+firm|hung\s+on|resisted|took|did\s+(?:\w+\s+)?take|(?<!\bhas )(?<!\bhave )kept|dragged\s+on|went\s+on|carried\s+on)\b(?:[^.;:!?\n,]|(?<=\d)[.,](?=\d))*$"
                           r"|\b(?:was|were|had)\s*,\s*$"
                           r"|\b(?:was|were)(?:\s+not|n['’]t)\s+(?:even\s+|only\s+)?$", re.IGNORECASE)


#: Irregular verbs whose past is their base form ("cut", "shut", "put", "set"), before an object ("cut 400 jobs",
#: "shut its depot", "set a new cap"). After a singular subject ("Varnell cut", "the regulator set") the present would
#: take "-s", so the bare form is the past; after a modal, "to", "did", a plural pronoun or a plural noun it is not
#: ("plans to cut", "will cut", "they cut", "the unions cut": tense unknown), nor as a noun ("a rate cut in May").
_IRREGULAR_PAST = re.compile(r"(?<![\w'’-])(?P<verb>cut|shut|put|set|bid|split|shed|spread)\s+(?:(?:back|off|down|up|out)\s+)?"
                             r"(?=(?:the|a|an|its|their|his|her|our|some|all|more|about|nearly|almost|jobs|prices|rates|"
                             r"costs|output|production|fares|wages|staff|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
                             r"thousands)\b|[$£€\d])")
_NOT_SUBJECT = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not", "never",
                          "did", "does", "do", "i", "we", "you", "they", "and", "or", "a", "an", "the", "rate", "price",
                          "budget", "tax", "spending", "job", "cost", "pay", "further", "deep", "deeper", "big",
                          "bigger", "first", "last", "next"})
_WORD_BEFORE = re.compile(r"(?P<word>[\w'’]+)\s+(?:(?:also|further|again|recently|already|then|later|sharply|quickly|"
                          r"abruptly|temporarily)\s+)?$")


#: A bare past after "he", "she" or "it" ("even as it beat estimates"): its present would end in "-s", so it is past
#: (not after a verb that takes a bare infinitive, a modal or "did": "let it cut", "helped it beat", "did it hit").
_PRONOUN_BARE_PAST = re.compile(r"(?<![\w'’-])(?:he|she|it)\s+(?:(?:also|then|later|again|just|first)\s+)?"
                                + _BARE_PAST_VERBS + r"\b(?![-'’])", re.IGNORECASE)
_BARE_INFINITIVE_HOSTS = re.compile(r"\b(?:let|lets|make|makes|made|making|help|helps|helped|helping|have|has|had|see|"
                                    r"sees|saw|watch|watched|did|does|do|will|would|could|can|may|might|should|must|"
                                    r"shall)\s+$", re.IGNORECASE)


def _irregular_past(text: str, begin: int, start: int) -> bool:
    """Whether an irregular past with the form of its base ("Varnell cut 400 jobs") stands in ``text[begin:start]``
    after a singular subject (see ``_IRREGULAR_PAST``), or any such past right after "he", "she" or "it"."""
    for m in _PRONOUN_BARE_PAST.finditer(text, begin, start):
        if not _BARE_INFINITIVE_HOSTS.search(text, max(0, m.start() - 12), m.start()):
            return True
    for m in _IRREGULAR_PAST.finditer(text, begin, start):
        before = _WORD_BEFORE.search(text, max(begin, m.start() - 40), m.start())
        if before is None:
            continue
        word = before.group("word")
        if word.lower().rstrip("'’") in _NOT_SUBJECT or word.endswith(("n't", "n’t", "'ll", "’ll")):
            continue
        if word[0].islower() and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            continue  # "the unions cut": a plural subject, present or past
        return True
    return False


#: A verb of wanting and its object, right before a participle that completes the object ("wants the bill passed by
#: the end of November", "needs the work finished by Friday"): the participle is the state wished for, no past verb.
_WANTED_OBJECT = re.compile(r"\b(?:wants?|needs?|would\s+like|(?:would|'d)\s+prefer)\s+(?:(?:the|a|an|its|their|his|her|our|"
                            r"this|that|these|those|it|them)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)

#: A subject pronoun and a verb in the present right before an "-ed" word: that word modifies the verb's object ("when
#: it files restated accounts", "she reads printed copies"), the clause's verb being the present one.
_PRESENT_VERB_BEFORE = re.compile(r"\b(?:it|he|she)\s+(?!(?:was|has|had|is|does|always|sometimes|perhaps|thus|also|"
                                  r"nevertheless|nonetheless)\b)[a-z]{2,}[^s\W]s\s+$", re.IGNORECASE)


def past_in_clause(text: str, s: int, start: int, reporting: bool = True, names: bool = True) -> bool:
    """Whether the clause ending at ``start`` (from its last comma or semicolon after ``s``, the sentence start)
    holds a past-tense verb that is not part of a passive with a present or future auxiliary, nor a participle
    completing the object of a present verb of wanting (``_WANTED_OBJECT``); with ``reporting`` False a verb of
    saying ("said", "told") does not count (the reported clause keeps its own tense); with ``names`` False a
    capitalised word ("the Fed") is no verb."""
    clause = _CLAUSE_BREAK.search(text, s, start)
    begin = clause.end() if clause is not None else s
    return any((names or not w.group(0)[0].isupper())
               and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
               and not _PRESENT_PERFECT.search(text, max(0, w.start() - 20), w.start())
               and not _WANTED_OBJECT.search(text, max(0, w.start() - 40), w.start())
               and not _PRESENT_VERB_BEFORE.search(text, max(0, w.start() - 30), w.start())
               and (reporting or not _says(text, w))
               for w in _PAST_WORD.finditer(text, begin, start)) or _irregular_past(text, begin, start)


_RELATIVE = re.compile(r"\b(?:who|whom|whose)\b", re.IGNORECASE)
#: "that" or "which" after a noun, opening a relative clause: "every decision that led to Tuesday".
_THAT_AFTER_NOUN = re.compile(r"(?<=[a-z])\s+(?:that|which)\s+(?!(?:is|are|will|would|can|could|may|might|must|shall|"
                              r"should)\b)")
#: A subordinate clause after a future cue, with its own verb: its tense is its own.
_AFTER_CUE_SUBORDINATOR = re.compile(r"\b(?:after|because|since|as|when|once)\b(?!.*\b(?:after|because|since|as|when|once)\b)",
                                     re.IGNORECASE | re.DOTALL)
_SUBORDINATOR = re.compile(r"\b(?:before|after|when|until|while|once|because|if|unless|which|that|who|where)\b",
                           re.IGNORECASE)


#: "that" right before a word of a schedule, after a noun: "a cooling-off period that expires at midnight on Thursday".
_THAT_BEFORE = re.compile(r"(?<=[a-z])\s+that\s+$")
_A_BEFORE = re.compile(r"\ba\s+$", re.IGNORECASE)


def _relative_that(text: str, sched: re.Match[str], start: int) -> bool:
    """Whether the schedule word of ``sched`` is the present verb of a relative clause opened by "that" after a noun
    ("a 30-day cooling-off period that expires at midnight on Thursday", "a convention that opens Tuesday"): a
    singular verb ending in "-s" cannot be the noun after the determiner "that" ("that report", not "that reports").
    Not for a day after "a" at ``start``: "a memo that arrives at 7am on a Monday" is any Monday."""
    return sched.group("verb").lower().endswith("s") \
        and _THAT_BEFORE.search(text, max(0, sched.start() - 30), sched.start()) is not None \
        and _A_BEFORE.search(text, max(0, start - 3), start) is None


def _after_subordinator(text: str, s: int, start: int) -> int:
    """Where the clause of ``start`` begins when a subordinating word or relative pronoun after ``s`` opens it ("the
    unions asked for a delay before | the law takes effect"); else ``s``."""
    for m in _SUBORDINATOR.finditer(text, s, start):
        s = m.end()
    return s


def heading_future(text: str, start: int, end: int, bullet: bool = False) -> bool | None:
    """For a day heading its line ("Wednesday: Keel reports results."): whether the line is about the future,
    i.e. holds no past-tense verb (a week-in-review list tells its days in the past). None when ``text[start:end]``
    does not head its line with a colon; with ``bullet``, also after a list's bullet ("* Third quarter: a review")."""
    head = _HEADING_AFTER.match(text, end)
    line = text.rfind("\n", 0, start) + 1
    if head is None or not (start == line or bullet and _LINE_OPEN.fullmatch(text, line, start)):
        return None
    stop = _LINE_END.search(text, head.end())
    return not past_in_clause(text, head.end(), stop.start() if stop else len(text))


_REPORTING = re.compile(r"(?:said|told|wrote|added|noted|says|say)$", re.IGNORECASE)  # ("analysts say": the present)
#: An amount right after "added": "Facebook added 6 million users", "the index added another 2%" (a deed with its
#: object, not the verb of saying of "she added", "he added that ...").
_AMOUNT_AFTER = re.compile(r"\s+(?:(?:just|only|nearly|almost|about|around|some|another|roughly|over|more\s+than|"
                           r"less\s+than|a\s+further)\s+)*[\d$€£¥]", re.IGNORECASE)


def _says(text: str, w: re.Match[str]) -> bool:
    """Whether the past word ``w`` is a verb of saying ("said", "told", "added"), whose reported clause keeps its own
    tense; "added" before an amount is a deed ("added 6 million users in the third quarter") and is past."""
    return bool(_REPORTING.match(w.group(0))) and not (w.group(0).lower() == "added" and _AMOUNT_AFTER.match(text, w.end()))
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
#: "since" after a future cue, the last one before the date: the date is where a span starts.
_SINCE_AFTER_CUE = re.compile(r"\bsince\b(?!.*\bsince\b)", re.IGNORECASE | re.DOTALL)
_PERFECT = re.compile(r"\b(?:has|have|had|'ve)\s+(?:\w+\s+)?(?:been|\w+(?:ed|en|wn))\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


#: A relative clause set off by commas: ", who became chief executive in January 2024,".
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b(?:[^,;:.!?\n]|(?<=\d)[.,](?=\d))*,")  # ("to 0.5 percent")


def _told_in_past(text: str, start: int, own_part: bool = False) -> bool:
    """Whether the sentence around offset ``start`` holds a past verb other than a reporting one ("said") and
    passives with a present or future auxiliary (True when ``start`` is -1: unknown). With ``own_part``, only the
    part of the sentence after its last semicolon before ``start`` counts (a semicolon joins clauses of their own
    tense: "Samsung slid 2%; its waivers remain valid through the end of the year")."""
    if start < 0:
        return True
    s = _sentence_start(text, start, 200)
    if own_part and (semi := text.rfind(";", s, start)) >= 0:
        s = semi + 1
    stop = _SENT_END.search(text, start, min(len(text), start + 200))
    if _SINCE.search(text, s, start):
        return True  # "cautious since shortly after the Aug. 14 warning"
    end = stop.start() if stop else min(len(text), start + 200)
    # a relative clause between commas tells of its noun, not the sentence ("Marchetti, who became chief executive
    # in 2024, faces her first test at the annual meeting on May 14"), unless the expression is in it
    asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text, s, end)]
    if own := [(a, b) for a, b in asides if a <= start < b]:
        # ... and when the expression is in it, only the clause's own verbs tell its tense ("The order, which
        # would oblige the port to dredge the channel by June 21, was too costly": the coming June 21)
        s, end = own[0]
    asides = [(a, b) for a, b in asides if not a <= start < b]
    return any(
        not _says(text, w)
        and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
        and not _PRESENT_PERFECT.search(text, max(0, w.start() - 20), w.start())
        and not any(a <= w.start() < b for a, b in asides)
        for w in _PAST_WORD.finditer(text, s, end))


def g(c: Candidate, name: str) -> str:
    """The stripped text of named group ``name`` of a candidate ("" when it did not match)."""
    return (c.groups.get(name) or "").strip()


def low(c: Candidate, name: str) -> str:
    """Group ``name`` lower-cased with its whitespace collapsed."""
    return _SPACES.sub(" ", g(c, name).lower())


def month_no(word: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9)."""
    return _MONTHS[word.lower().rstrip(".")]


def year_of(word: str, dct: date | None) -> int:
    """A year from 4 digits, or from 2 digits placed in the century nearest the publication date."""
    y = int(word)
    if len(word) == 2:
        century = (dct.year if dct else 2000) // 100 * 100
        y += century
        if dct and y - dct.year > 20:
            y -= 100
    return y


def publication(ctx: Context) -> tuple[date | None, str]:
    """The publication date and the anchor label for it."""
    return ctx.dct, "publication" if ctx.dct else ""


def day_of_writing(ctx: Context) -> tuple[date | None, str]:
    """The day "today", "yesterday" or "this morning" is read by: the day of the entry stamp heading the entry (a
    statement page or a live blog updated over several days), else the publication date."""
    if ctx.entry_day is not None:
        return ctx.entry_day, f"text:{ctx.entry_day.isoformat()}"
    return publication(ctx)


def narrative(ctx: Context, unit: str = "day") -> tuple[date | None, str]:
    """The date anaphoric expressions resolve against: for a year (or a month) the last absolute date of at
    least that precision the text stated, else the last full day it stated, else the publication date."""
    coarse = ctx.coarse_value
    if coarse and (unit in ("year", "decade", "century") or unit == "month" and _MONTH_VALUE.match(coarse)):
        return ctx.coarse, f"text:{coarse}"
    if ctx.narrative is not None:
        return ctx.narrative, f"text:{ctx.narrative_value}"
    return publication(ctx)


def latest_quarter(ctx: Context) -> tuple[int, int] | None:
    """(year, quarter) under discussion: the one the text last named, else the last one completed."""
    if ctx.quarter:
        return ctx.quarter
    if ctx.dct is None:
        return None
    return add_quarters(ctx.dct.year, quarter_of(ctx.dct), -1)


#: A running total longer than a quarter that a sentence of results is about: "For the nine months, net rose ...",
#: "In the first nine months", "for the six-month period", "in the first half". The same months a year back are no
#: quarter: "year-ago", "year-earlier", "the 1988 period" of that sentence take the year (TIMEX3 has no value for
#: nine months of a year). ("a year earlier" there keeps the quarter: the timeline draws a figure's baseline that
#: is a year as an event, see bench/rounds/round-35.md.)
_RUNNING_TOTAL = re.compile(r"(?i)\b(?:for|in|during|over|through)\s+the\s+(?:(?:first|latest|past)\s+)?"
                            r"(?:(?:six|nine|6|9)\s+months|(?:six|nine|6|9)-month\s+period|half)\b")


def running_total_before(text: str, start: int) -> bool:
    """True when the sentence of offset ``start`` names a running total of six or nine months (or a half) before
    it (``_RUNNING_TOTAL``)."""
    s = _sentence_start(text, start, 300)
    return _RUNNING_TOTAL.search(text, s, start) is not None


#: A year framing its sentence: it opens the sentence (after at most "and"/"but", a preposition of time or "early",
#: "late", "mid"), then a comma, a colon or a spaced dash ("In 2008, the campaign began airing ads in mid-September";
#: "Early 2027 - the firm cuts 4% of its staff in January"). Not "since"/"from"/"until"/"by" (a bound, no frame),
#: and not a year modifying a noun ("Some 2016 candidates", "In 2008 the campaign ...": no break, the year may be a
#: noun's).
_YEAR_FRAME = re.compile(r"[\s\"'`“‘(*•-]*(?:(?i:and|but|then|so|back)\s+)?(?:(?i:in|during|throughout|over|all\s+through)\s+)?"
                         r"(?:(?i:early|late|mid|the\s+(?:start|end|middle|spring|summer|autumn|fall|winter)\s+of|"
                         r"(?:spring|summer|autumn|fall|winter))[\s-]+(?:(?i:of|in)\s+)?)?"
                         r"(?P<year>(?:1[0-9]|20)\d\d)(?:,\s|\s*:\s|\s+[-–—]\s|—)")
#: A year heading a chronology's line: "2027 - ", "* 2027: " (not "In 2008, ...": a paragraph opened that way may go on
#: to the present, "Back in 2008, the economy was in the emergency room ... the action likely to come in December").
_CHRONOLOGY_YEAR = re.compile(r"[ \t*•·-]*(?P<year>(?:1[0-9]|20)\d\d)(?:[ \t]*:[ \t]|[ \t]+[-–—][ \t]|—)")
_A_YEAR = re.compile(r"(?<![\d$#.,/-])(?:1[0-9]|20)\d\d(?![\d%])")


def framing_year(text: str, start: int) -> int | None:
    """The year that frames the sentence of offset ``start`` (``_YEAR_FRAME``), when no other year is written
    between the frame and ``start``: a month or day named there without a year is in that year, not in the one
    nearest the publication date. A year heading a chronology's line frames the line's later sentences too
    (the entry "2027 - The firm raises $600 million in August. Its shares peak in October.": TimeML
    resolves by the reference time the narrative set, not by the publication date)."""
    frame = _frame(text, start, _YEAR_FRAME, _CHRONOLOGY_YEAR)
    return None if frame is None else int(frame.group("year"))


def _frame(text: str, start: int, opening: re.Pattern[str], line_head: re.Pattern[str]) -> re.Match[str] | None:
    """The frame of the sentence of offset ``start``: ``opening`` at the sentence's start, else ``line_head`` at the
    start of its line (a chronology's entry) when the line starts before the sentence; None when another year is
    written between the frame and ``start`` (that year rules the words after it)."""
    s = _sentence_start(text, start, 300)
    frame = opening.match(text, s, start)
    if frame is None:
        line = text.rfind("\n", 0, start) + 1
        if line < s:
            frame = line_head.match(text, line, start)
    return None if frame is None or _A_YEAR.search(text, frame.end(), start) else frame


_MONTH_WORD = r"(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
#: A day written with its month and year heading its sentence ("On Jan. 30, 2019, shares fell 13% ...") or a
#: chronology's line ("Jan. 30, 2019 – The paper reports ...", "24.09.2018 – The firm joins the index"), set off as
#: :data:`_YEAR_FRAME` sets off a year.
_DAY_FRAME = re.compile(r"[\s\"'`“‘(*•-]*(?:(?i:on)\s+)?(?:(?P<mon>" + _MONTH_WORD + r")\s+(?P<day>\d{1,2}),?\s+"
                        r"(?P<year>(?:1[0-9]|20)\d\d)|(?P<day2>\d{1,2})\s+(?P<mon2>" + _MONTH_WORD + r")\s+"
                        r"(?P<year2>(?:1[0-9]|20)\d\d)|(?P<day3>\d{1,2})\.(?P<mon3>\d{1,2})\.(?P<year3>(?:1[0-9]|20)\d\d))"
                        r"(?:,\s|\s*:\s|\s+[-–—]\s|—)")


def framing_day(text: str, start: int) -> date | None:
    """The day that frames the sentence of offset ``start`` (``_DAY_FRAME``: written with its year, opening the
    sentence or heading its chronology line), when no other year is written between it and ``start``: a day named
    there without a year is the one nearest that day ("Jan. 30, 2019 – Shares fall 13%, and another 15% after a
    second report on Feb. 1": 1 February 2019, not the February nearest the publication date), as a framing year
    places it (:func:`framing_year`)."""
    frame = _frame(text, start, _DAY_FRAME, _DAY_FRAME)
    if frame is None:
        return None
    if frame.group("mon"):
        month, day, year = _MONTHS[frame.group("mon").rstrip(".").lower()], frame.group("day"), frame.group("year")
    elif frame.group("mon2"):
        month, day, year = _MONTHS[frame.group("mon2").rstrip(".").lower()], frame.group("day2"), frame.group("year2")
    else:
        month, day, year = int(frame.group("mon3")), frame.group("day3"), frame.group("year3")
    return safe_date(int(year), month, int(day))


#: A month written with its year heading a chronology's line or its sentence, set off by a colon or a dash ("March 2017
#: — The regulator certifies the jet; the first delivery follows in May"; not "In June 2031, the firm said it would
#: float in January", a sentence's adjunct, whose clause may look ahead).
_MONTH_FRAME = re.compile(r"[\s\"'`“‘(*•-]*(?P<mon>" + _MONTH_WORD + r")\s+(?P<year>(?:1[0-9]|20)\d\d)"
                          r"(?:\s*:\s|\s+[-–—]\s|—)")


def framing_month(text: str, start: int) -> tuple[int, int] | None:
    """(year, month) of a month with its year that frames the sentence of offset ``start`` (:data:`_MONTH_FRAME`:
    opening the sentence or heading its chronology line), when no other year is written between it and ``start``: a
    month named there without a year is the one nearest it ("March 2017 — ...; the first delivery follows in May": May
    2017), as a framing day places a yearless day (:func:`framing_day`)."""
    frame = _frame(text, start, _MONTH_FRAME, _MONTH_FRAME)
    return None if frame is None else (int(frame.group("year")), _MONTHS[frame.group("mon").rstrip(".").lower()])


def year_apart(ctx: Context, start: int) -> int | None:
    """The year framing the sentence of offset ``start`` (:func:`framing_year`) when the day the text last told is
    not in it: an anaphoric day there ("2026: Won the rights. The apology came the following Monday.", "2029: Listed
    in Sao Paulo and, a week later, in New York") counts from an unknown day of that year, not from the last day
    told (an earlier entry's, or the publication date); None otherwise."""
    frame = framing_year(ctx.text, start)
    if frame is None or ctx.narrative is not None and ctx.narrative.year == frame:
        return None
    return frame


def yearless_day(month: int, day: int, ctx: Context, future: bool, start: int = -1) -> date | None:
    """A month and day without a year, placed in the year that keeps it near the publication date: a day well
    after it only in a clause about the future, or in a sentence told in the present (no past verb but the
    reporting one: "analysts said lenders face tighter rules on February 1"; ``start`` the offset of the
    expression, -1 when unknown, -2 for a plan told in the past: the nearest day on either side)."""
    ref = ctx.dct
    if ref is None:
        return None
    options = [d for d in (safe_date(ref.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    if not options:
        return None
    best = min(options, key=lambda d: abs((d - ref).days))
    if not future and start != -2 and (best - ref).days > YEARLESS_PAST_SLACK_DAYS and _told_in_past(ctx.text, start):
        best = min(options, key=lambda d: (d > ref, abs((d - ref).days)))
    elif future and (ref - best).days > YEARLESS_PAST_SLACK_DAYS:
        best = min(options, key=lambda d: (d < ref, abs((d - ref).days)))
    return best


def yearless_month(month: int, ctx: Context, rel: str, future: bool, past: bool = False,
                   nearest: bool = False, tie_ahead: bool = False) -> int | None:
    """The year of a month named without one: after last/next/this, else by the tense of its clause (``nearest``:
    the one nearest the publication month on either side, for a plan told in the past; of two as near, the one gone
    by, or the coming one with ``tie_ahead``)."""
    ref = ctx.dct
    if ref is None:
        return None
    if rel == "last":
        return ref.year if month < ref.month else ref.year - 1
    if rel == "next":
        return ref.year if month > ref.month else ref.year + 1
    if rel == "this":
        return ref.year
    here = ref.year * 12 + ref.month - 1
    options = [(ref.year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    if future:
        best = min(t for t in options if t >= here)
    elif nearest:
        best = min(options, key=lambda t: (abs(t - here), (t > here) != tie_ahead))
    else:  # (next month too, as told in advance: "told buyers of a price cut in September"; not a report's)
        best = max(t for t in options if t <= here + (0 if past else 1))
    return best // 12


#: An agreement or plan whose infinitive holds the date, ending right before it: "agreed to buy the unit for $40 million
#: in February", "announced an agreement to acquire the bank in January", "decided to close the plant by June"; the day
#: of the agreeing may stand before the infinitive ("agreed on Sunday to cut output in May and June").
_FORWARD_TO = re.compile(r"\b(?:agreed|agreement|decided|decision|voted|planned|plans?|promised|pledged|vowed|intended|"
                         r"offered|offer|deal|proposed|proposal|moved)\s+"
                         # (the day of the agreeing between: "agreed on Sunday to cut output ... in May")
                         r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+week|"
                         r"this\s+week|earlier\s+this\s+(?:week|month)|yesterday|today),?\s+)?"
                         r"to\s+(?!be\b|have\b)[a-z]+\b"
                         r"(?:[^.;:!?\n]|\.(?=[\d,]))*?\s(?:in|by|until|through)\s+(?:(?:early|late|mid)[\s-]+)?"
                         # (the second month of a pair: "in May and June")
                         r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\s+(?:and|or|to|through)\s+)?$",
                         re.IGNORECASE)


def forward_infinitive(text: str, start: int) -> bool:
    """Whether the date at ``start`` sits in the infinitive of an agreement or plan earlier in its sentence ("agreed
    to buy the line in February"): what is agreed or planned comes after the agreeing (TimeML orders the
    infinitive's event after its governing one), so a month told that way may lie on either side of the publication
    date even when the agreement is told in the past."""
    s = _sentence_start(text, start, 200)
    return _FORWARD_TO.search(text[s:start]) is not None


def modal_over_possessive(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a possessive ("after November's results") in a clause a modal of what
    may come governs ("a clause that could let insiders sell their stock after November's results"), nothing past
    between: the noun's period may have passed or be still to come, and what the modal tells lies ahead, so it is
    the nearest such one on either side (``is_future`` leaves a possessive alone: "could weigh on Thursday's data")."""
    if text[end:end + 1] not in ("'", "’"):
        return False
    s = _sentence_start(text, start, 200)
    modal = None
    for modal in _MODAL_AHEAD.finditer(text, max(s, start - 80), start):
        pass
    if modal is None or _CLAUSE_OPENER.search(text, modal.end(), start) or _REFUSED.search(text, max(s, start - 50), start):
        return False
    verb_at = _MODAL_VERB_AT.match(text, modal.end()).end()
    return not any(w.group(0)[0].islower() and not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start())
                   and w.start() != verb_at for w in _PAST_WORD.finditer(text, modal.end(), start)) \
        and not _irregular_past(text, modal.end(), start)


def present_ahead(ctx: Context, start: int) -> bool:
    """Whether the sentence of offset ``start`` is told in the present (no past verb but a reporting one, no
    "since" right before): a season or month named without a year is then the coming one."""
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 12), start) or _told_in_past(ctx.text, start):
        return False
    s = _sentence_start(ctx.text, start, 200)
    stop = _SENT_END.search(ctx.text, start, min(len(ctx.text), start + 200))
    return not _PERFECT.search(ctx.text, s, stop.start() if stop else min(len(ctx.text), start + 200))


#: A baseline or a comparison earlier in the month's clause: "up from 37 percent in January", "than in May".
_BASELINE_BEFORE = re.compile(r"\b(?:from|since|than|after|ago|last|earlier|previous|ended|ending|follows|despite)\b",
                              re.IGNORECASE)


#: "now" or "today" in a later clause of the month's sentence: the month is set against the present ("her flats, worth
#: $9 million in October, are worth half that now"), so it has passed.
_NOW_LATER = re.compile(r"(?:[,;–—]|\s-\s)[^.;:!?\n]*?\b(?:now|today)\b", re.IGNORECASE)


#: A past tense spelled like the base form, not after "to", a modal or a negation: "Harlow cut its forecast in August";
#: nor the noun after an article ("a 40% chance of a cut in February", "the forecast for March", "a rate cut").
_BARE_PAST = re.compile(r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bmight )"
                        r"(?<!\bmust )(?<!\bshould )(?<!\bnot )(?<!n['’]t )(?<!\bdo )(?<!\bdoes )(?<!['’]ll )"
                        r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bany )(?<!\bno )(?<!\brate )"
                        r"\b" + _BARE_PAST_VERBS + r"\b", re.IGNORECASE)
#: The period a report covers, named after it: "inflation data for May", "sales figures for April".
_REPORT_FOR = re.compile(r"\b(?:inflation|" + "|".join(re.escape(w) for w in LEX["report_nouns"]) + r")s?\s+for\s+"
                         r"(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
_MONTH_WORD_END = re.compile(r"[\w.-]*")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def month_ahead(ctx: Context, start: int) -> bool:
    """Whether a month named without a year at ``start`` is the coming one because its sentence holds no past at
    all: no past-tense word anywhere in it (a reporting "said", "told" included, and a relative clause's), no
    perfect, no baseline or comparison before it in its clause ("Whether the senator wins or loses in November, the
    party will ...", "Republicans have 24 seats up in November", "the looming showdown in July"), and the month not
    a noun's modifier after a determiner ("a June agreement"). A clause of its own joined by ", and" / ", but" / ";"
    is read alone when the past stays before it ("The bank held its rate this month, and markets see a 40% chance of
    a cut in February")."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    if _LINE_OPEN.fullmatch(text, line, start):
        return False  # a date heading a list's line: a timeline tells its past in the present ("Feb. 3 - Orlan files")
    if _DETERMINER_END.search(text, max(0, start - 8), start) \
            or _POSSESSIVE_AFTER.match(text, _MONTH_WORD_END.match(text, start).end()) \
            or _FIGURE_IN.search(text, max(0, start - 24), start):
        return False  # (nor "July's polling": the data of a month that has ended; nor "inflation, at 9.0 per cent in
        # April, remains the worry": a figure of a month, read from data once the month is over)
    s = _sentence_start(text, start, 200)
    stop = _SENT_END.search(text, start, min(len(text), start + 200))
    end = stop.start() if stop else min(len(text), start + 200)
    if not present_ahead(ctx, start) or _has_past(text, s, end, start):
        joined = None
        for joined in _JOINED_CLAUSE.finditer(text, s, start):
            pass
        if joined is None or len(_WORD.findall(text, joined.end(), start)) < JOINED_CLAUSE_WORDS \
                or _SINCE_BEFORE.search(text, max(0, start - 12), start) or _has_past(text, joined.end(), end, start) \
                or _PERFECT.search(text, joined.end(), end):
            return False
        s = joined.end()
    return not _BASELINE_BEFORE.search(text, _own_clause(text, s, start), end) and not _NOW_LATER.search(text, start, end)


def _own_clause(text: str, s: int, start: int) -> int:
    """Where the clause of a month at ``start`` begins when a clause of its own, with a subject and a verb, is joined
    before it by ", and" / ", but" / ";" after ``s`` ("The fee begins less than four weeks before Black Friday, and
    returns typically peak in early December": the comparison is the first clause's), else ``s``."""
    joined = None
    for joined in _JOINED_CLAUSE.finditer(text, s, start):
        pass
    if joined is None or len(_WORD.findall(text, joined.end(), start)) < JOINED_CLAUSE_WORDS:
        return s
    return joined.end()


#: A rate right before the month: "at 9.0 per cent in April", "67% in February" (a reading of the month's data; a price
#: or a worth, "worth $9 million in October", may be a forecast).
_FIGURE_IN = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+(?:in|for|during)\s+(?:(?:early|late|mid)[\s-]+)?$",
                        re.IGNORECASE)
#: A clause of its own joined to the one before: ", and" / ", but" / ", while" / ";" then its subject.
#: (or by a colon after a word: "in a year that already had a good landscape: Republicans have 24 seats up in November")
_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;|(?<=[a-z)\]”\"’']):)\s+(?=[a-z])", re.IGNORECASE)
_WORD = re.compile(r"\b[\w%’'-]+\b")
#: Words a joined clause needs before the month to hold a subject and a verb of its own ("markets see a chance of a cut
#: in"; not "and again in").
JOINED_CLAUSE_WORDS = 4


def _has_past(text: str, s: int, end: int, start: int) -> bool:
    """Whether ``text[s:end]`` holds a past-tense word (not in a passive with a present or future auxiliary), a bare
    past ("Harlow cut its forecast") or a report's period before ``start`` ("inflation data for May")."""
    return any(not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start()) for w in _PAST_WORD.finditer(text, s, end)) \
        or any(not _imperative(text, m) for m in _BARE_PAST.finditer(text, s, end)) \
        or bool(_REPORT_FOR.search(text, max(0, start - 40), start))


#: What opens a sentence before its first word: the text's start, a line break, or a sentence's end (a closing quote
#: may follow it) and a space.
_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)[\"“‘']?$")
#: An object right after a verb: a pronoun or a determiner ("Set it", "Put the plan").
_OBJECT_AFTER = re.compile(r"\s+(?:it|them|him|her|us|me|the|a|an|its|their|his|our|your|this|that|these|those|"
                           r"some|all|every)\b")


def _imperative(text: str, verb: re.Match[str]) -> bool:
    """Whether the bare verb of ``verb`` ("cut", "set") opens its sentence, capitalised, before its object ("Set it
    in March, and be done."): a past needs a subject, so the verb is an imperative, of what is yet to be done (a
    participle opening a sentence takes no object: "Set up in 1998, the fund ...")."""
    if _OBJECT_AFTER.match(text, verb.end()) is None:
        return False
    if verb.group(0)[0].isupper():
        return _SENTENCE_OPENS.search(text[max(0, verb.start() - 4):verb.start()]) is not None
    # a second imperative after a comma, the sentence opened by one ("Set it now, set it low")
    if _COMMA_BEFORE.search(text, max(0, verb.start() - 6), verb.start()) is None:
        return False
    s = _sentence_start(text, verb.start(), 200)
    first = _BARE_PAST.match(text, s)
    return first is not None and first.start() < verb.start() and _imperative(text, first)


_COMMA_BEFORE = re.compile(r",\s+(?:and\s+)?$")


def clock_value(c: Candidate) -> str | None:
    """The ``THH:MM`` part of a clock time match (12-hour clock with a.m./p.m., or "three o'clock in the
    afternoon"), or None."""
    oc = low(c, "oc") or low(c, "hp")
    if oc:
        hour = int(oc) if oc.isdigit() else int(LEX["numbers"][oc])
        pod = low(c, "ocpod") or low(c, "hppod")
        if hour < 12 and pod.endswith(("afternoon", "evening", "night")) and not (pod.endswith("night") and hour < 5):
            hour += 12
        elif hour == 12 and pod.endswith("morning"):
            hour = 0
        return f"T{hour:02d}:00"
    qh = low(c, "qh")
    if qh:  # "a quarter to seven" 06:45, "quarter past 8" 08:15, "half past nine" 09:30
        hour = int(qh) if qh.isdigit() else int(LEX["numbers"][qh])
        minute = 30 if low(c, "qq") == "half" else 15
        if low(c, "qrel") == "to":
            hour, minute = hour - 1 if hour > 1 else 12, 60 - minute
        pod = low(c, "qpod")
        if hour < 12 and pod.endswith(("afternoon", "evening", "night")) and not (pod.endswith("night") and hour < 5):
            hour += 12
        return f"T{hour:02d}:{minute:02d}"
    h = g(c, "h")
    if not h and g(c, "h24"):  # a 24-hour clock with its zone: "05:10 CET"
        return f"T{int(g(c, 'h24')):02d}:{g(c, 'mi24')}"
    if not h and g(c, "hb"):  # a 24-hour clock after a preposition of time: "at 09:40"
        return f"T{int(g(c, 'hb')):02d}:{g(c, 'mib')}"
    if not h:
        return None
    hour = int(h)
    ap = low(c, "ap").replace(".", "")
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    return f"T{hour:02d}:{g(c, 'mi') or '00'}"


def is_name(ctx: Context, c: Candidate) -> bool:
    """True when the matched word is part of a name: "Black Monday", "the Today show", "USA Today"."""
    before = ctx.text[max(0, c.start - 20):c.start]
    after = ctx.text[c.end:c.end + 25]
    return bool(_NAME_BEFORE.search(before) or _NAME_AFTER.match(after)
                or _QUOTED_TITLE_BEFORE.search(ctx.text, max(0, c.start - 60), c.start) and _QUOTE_CLOSES.match(after))


#: An infinitive: "to" and a verb's base form ("eligible to cast a ballot", "trying to regain control"); not "to" before
#: a determiner, a pronoun, a name, a figure, a plural or an "-ed" / "-ing" form ("from 37 percent to 56 percent",
#: "to voters", "to becoming"), nor a noun of common suffix ("a right to discovery"), nor "to be" / "to date" / "to have" (a passive or a perfect infinitive may be past).
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|them|him|me|us|"
                         r"it|be|been|have|date|day|now|what|which|who|whom|where|when|how|and|or|up|no|any|some|"
                         r"all|each|every|such|more|most|less|about|around)\b)(?-i:[a-z]+)(?<!ed)(?<!ing)(?<![^su]s)"
                         r"(?<!tion)(?<!sion)(?<!ment)(?<!ness)(?<!ity)(?<!ery)(?<!ship)(?<!ism)\b",
                         re.IGNORECASE)


def infinitive_ahead(ctx: Context, start: int) -> bool:
    """Whether a month named without a year at ``start`` is the coming one because it closes an infinitive whose
    sentence holds no past before it: "Latinos who are eligible to cast a ballot in November", "Rivals trying to
    regain control of the council in May say ...". An infinitive under a present (or no) governor tells what is
    still to come (TimeML orders its event after the governing one); a past word anywhere before the month ("asked
    for funds to fight the outbreak in February": the month may date the asking), a perfect, a baseline or
    comparison ("from ... to ... in January"), a date heading a list's line, a month modifying a noun after a
    determiner ("to approve the March deal") or a possessive ("July's") keep the reading by tense."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    if _LINE_OPEN.fullmatch(text, line, start) or _DETERMINER_END.search(text, max(0, start - 8), start) \
            or _POSSESSIVE_AFTER.match(text, _MONTH_WORD_END.match(text, start).end()) \
            or _SINCE_BEFORE.search(text, max(0, start - 12), start):
        return False
    s = _sentence_start(text, start, 200)
    if not _INFINITIVE.search(text, s, start):
        return False
    if any(not _PASSIVE_AUX.search(text, max(0, w.start() - 12), w.start()) for w in _PAST_WORD.finditer(text, s, start)) \
            or _BARE_PAST.search(text, s, start) or _PERFECT.search(text, s, start) \
            or _REPORT_FOR.search(text, max(0, start - 40), start):
        return False
    return not _BASELINE_BEFORE.search(text, s, start)
