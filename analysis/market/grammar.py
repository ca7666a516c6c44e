"""Attach the move figures of one sentence to their subjects.

Figures joined by "and" / commas form a group ("sank about 6%, more than 8% and 4.4%, respectively"); a group
takes the subject(s) of its verb: N coordinated names and N figures pair in order ("respectively"), N names and
one figure give each name the figure ("each lost around 6%"), one name takes every figure. A figure with no
direction word after ", Name" is a gapped list item and inherits the last verb's direction ("Kering tumbled
9%, LVMH 2%"). Signed figures belong to the name right before them ("Qualcomm (-3.41 percent)", "Meituan:
-4.87%"). Nominal figures belong to their object ("a 4.6% decline in Alibaba Group"), a possessive
("Orsted's 14% slump") or the clause subject ("Samsung rose 3.9% ... following a 2.5% decline").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from analysis.lexicon import move_words

from .clauses import _descriptor_noun, clause_subject, object_after
from .figures import PCT, Figure, find_figures
from .phrases import NP, NP_RE, Subject, classify_name, clean_name, strip_auxiliaries, subject_before

_LINK = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or|&)\s+)?$")
#: A gapped list item that is another class of the shares just told ("... fell 4.1% and its common shares 3.5%", "and the
#: preferred B shares 5.9%"): the same company's.
_CLASS_ITEM_END = re.compile(r"(?:,|\band|\bwhile)\s+(?:the\s+|its\s+|their\s+)?(?:(?:common|ordinary|preferred|preference|"
                             r"voting|non-voting|[Cc]lass\s+[ABC]|[ABH])\s+){1,2}(?:shares|stock)\s+(?:(?:were|was)\s+)?$")
#: A relative clause opened after a comma and still open at a figure ("X, whose sales rose 12%, fell 3%"): the comma
#: after that figure closes the clause, so a verb of its own after it is the main clause's, not a second item of one verb.
_RELATIVE_OPEN = re.compile(r",\s+(?:which|whose|where|who|that)\b[^,;:]*$")
#: A level against a mark right after a figure ("1% below the offer price"): no further move of the verb before it.
_MARK_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pct\b)?\s*(?:below|above|under|short\s+of)\b")
#: A day or a period between two figures of one verb ("fell 38% on Monday, 22% on Tuesday and 31% on Thursday", "after
#: losing 2.2% on Tuesday and 0.3% on Wednesday", "have lost 30% since Nov. 3 and 44% this year", "up 12% over four
#: sessions and 58% year-to-date"): the bare figure
#: after it continues the list.
_DAY_LINK = re.compile(
    r"^\s*(?:on\s+)?(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)|yesterday|today|"
    r"(?:in\s+)?the\s+(?:previous|prior|following|next)\s+(?:day|session)|(?:this|last)\s+(?:week|month|year)|"
    r"(?:on\s+)?(?:that|the\s+same|the)\s+(?:day|session)|"  # "fell 7% that day and 11% the next": a day the text told
    r"(?:on|for|over)\s+the\s+(?:week|month|quarter|year)|"  # "up 3.1% on the week and 6.8% since ...": a span told
    r"(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:week|month|year|quarter)|"  # "14% in the past month and 40% ..."
    r"(?:over|in|during)\s+(?:the\s+(?:past|last)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:trading\s+)?(?:sessions|days|weeks|months)|year[- ]to[- ]date|"  # "up 12% over four sessions and 58% ..."
    r"since\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday)|"
    # "has lost 41% since the start of the year, and about 21% since the halt": as "this year"
    r"the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month|week|quarter))|"
    # a level compared with a past day's ("down 4.5% from the previous Friday and 6.8% from Oct. 13")
    r"from\s+(?:the\s+(?:previous|prior)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|day|session|week)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})|"
    # a day of the month ("rose 12% on May 3 and 31.5% on May 4")
    r"on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"in\s+(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))\s*(?:,\s*)?(?:(?:and|or|&)\s+)?$")  # "2% in New York and 3% in London"
#: A "since" clause between two figures of one verb ("has lost 12% since it cut its outlook on May 4 and 30%
#: since the start of the year", "shed 9% since the error came to light and 22% this year"): the bare figure
#: after "and" continues the list, whatever event the clause names (:data:`_DAY_LINK` knows only dates).
_SINCE_CLAUSE_LINK = re.compile(r"^\s*since\s+[^%;:,()]{1,80}?\s*,?\s+(?:and|or)\s+$")
#: A comparison right before a bare figure ("..., compared with 8% for Y", "versus about 3% for Y"): the figure is Y's
#: move of the same kind as the one just told.
_COMPARED_BEFORE = re.compile(r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)\s+(?:(?:about|around|roughly|"
                              r"nearly|almost|more\s+than|over|some|just|only)\s+)?$", re.IGNORECASE)
#: Between two compared items ("compared with 3% for Y, 3.5% for Z and 2.9% for W"): the first's owner, a comma or "and".
_COMPARED_NEXT = re.compile(r"\s+(?:for|in|at)\s+[^,;:%]{1,60}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_FOR_THE = re.compile(r"\s+(?:for|in|at)\s+the\s+")
#: A gapped list item's name may follow a lower-case description of the company ("Kering tumbled 9%, luxury rival
#: LVMH 2% and saddle maker Hermes 1.5%"): up to three words, none a function word, a participle or an "-ing" form, so
#: that a clause ("..., beating analyst X's 2%") is not read as an item; "the" may open the description ("AXA gave up
#: 3.5% and the reinsurer SCOR 2.8%").
#: A gapped item's possessive before "by" and its figure ("..., and Y's by nearly 10%"): Y's shares moved by it.
#: A name's "by" as well when the verb before had its "by" ("X fell by 2.1%, Y by 1.7%"): the verb and its "by" left out
#: ("X fell 4%, and Y by 2%" says nothing of Y's shares).
_OWNED_BY_END = re.compile(r"\w(?P<own>['’]s?)?\s+(?P<by>by\s+)$")
_BY_END = re.compile(r"\bby\s+$")
_LIST_BEFORE = re.compile(
    r"(?:,|\band|\bor|&|\bwith|;|:)\s*(?:[Ss]hares\s+of\s+|(?:the\s+(?=[a-z]))?"  # "and the reinsurer Y 2.8%"
    r"(?:(?!(?:the|a|an|its|their|by|to|from|than|of|at|in|on|for|as|about|around|nearly|almost|some|while|which|"
    r"who|that|and|or|but|with|after|before|since|up|down|off|only|just|also)\s)[a-z][a-z-]*(?<!ing)(?<!ed)\s+){1,3})?$")
_POSSESSIVE_BEFORE = re.compile(r"(?P<np>" + NP + r")['’]s?\s+(?:[\w-]+\s+){0,2}$")
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday".split())
#: Between a move (and its session) and a bare figure after it: "after" ("X gained 1.4 percent, after 4.6 percent the
#: previous day", "X fell 2% on Friday, after 5% on Thursday").
_AFTER_BARE = re.compile(r"(?:\s+(?:on|in|at)\s+[\w'’ ]{1,30}?)?\s*,?\s*after\s+")
#: An earlier session right after such a bare figure: the figure is the same stock's move then, its verb left out.
_EARLIER_SESSION = re.compile(r"\s+(?:(?:in|on)\s+)?(?:the\s+(?:previous|prior|preceding)\s+(?:day|session|trading\s+day)|"
                              r"the\s+day\s+before|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday))\b")
_CONTINUED = re.compile(r"\b(?:and|then|before|but)\s+(?:a\s+further|another|an\s+additional|a\s+fresh|a\s+combined)\s+$")
_FORECAST_BEFORE = re.compile(
    r"\b(?:could|would|may|might|will|should|can|cannot)\s+(?:\w+\s+)?$|(?<!than\s)\b(?:expects?|expected|forecasts?|"
    r"predicts?|predicted|sees?|projects?|projected|estimates?|targets?|aims?)\b[^.;]{0,60}\bto\s+"
    r"(?:(?:close|end|finish|settle|open|trade)\s+)?$",  # "expect the stock to close 5% lower": a forecast
    re.IGNORECASE,
)
#: "shares are seen rising 10% next year": a forecast before a move verb ("are seen 10% weaker before the bell", with
#: no verb, is where they are indicated to trade).
_SEEN_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+seen\s+$", re.IGNORECASE)
#: ... but "seen" before "up" / "down" and the figure ("was seen down about 6% in pre-market quotes") tells where the
#: stock is indicated, as "seen 6% lower" does: no forecast.
_SEEN_DIRECTION = re.compile(r"(?:up|down)\s", re.IGNORECASE)
#: An adverb of the stock's state right before a signed figure, after a clause of its own ("Acme off its lows, now
#: -5.5%", "Acme pares losses, currently -3%").
_STATE_ADVERB_END = re.compile(r"[,;]\s*(?:now|currently|still|last)\s+$", re.IGNORECASE)
#: An expectation right before a nominal figure ("a consensus forecast for a 7% decline", "estimates of an 8% rise",
#: "expectations for a 3% gain"): no move happened.
_EXPECTED_NOUN_BEFORE = re.compile(
    r"\b(?:forecasts?|estimates?|expectations?|consensus|predictions?|projections?|guidance)\s+(?:of|for)\s+"
    r"(?:an?|the)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
#: Between a figure and a nominal one: a participle clause with no other name ("..., extending Friday's 4% rise").
_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday))?\s*,\s*[a-z]+ing\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday)['’]s\s+|[a-z][\w'’-]*\s+){0,4}$")
#: Between a figure and a nominal move of the day before it ("The X index rose 0.2% after Monday's 2.8% drop",
#: "..., following Friday's 3% slide"): the move before the figure's, of the same subject.
_AFTER_DAY_MOVE = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday))?\s*,?\s+(?:after|following)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|[Yy]esterday)['’]s\s+"
    r"(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some)\s+)?")
#: Between a figure and a nominal move told with "of" after "after" ("X dropped another 2.3% on Wednesday afternoon,
#: after a loss of 7.4% the previous day", "..., following a gain of 3% on Monday"): the same subject's earlier move,
#: whatever the sentence fronts ("On the stock market in London, X's share price dropped ...").
_AFTER_MOVE_OF = re.compile(
    r"(?:\s+[\w'’-]+){0,4}\s*,?\s+(?:after|following)\s+an?\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some)\s+)?")
#: Between a figure and the next verb: a participle clause whose pronoun is the previous subject ("The index fell
#: 2.6%, trimming its gain to 4.4%"; "A rose 1.6% and B 2.2%, bringing their gains to 9.3% and 12.1%"; "..., closing
#: 3.2% lower and bringing its two-day loss to 11.6%"); the figure's market or trading time may stand before the day
#: ("fell 5% in Hong Kong on Tuesday, taking its two-day loss to 21%", "rose 2% in early trade, extending its gain ..."),
#: and so may the level or price it closed at ("ended up 0.5% at 10,588.1, taking its gain for the week to 1.4%"), the
#: low it closed at ("to its lowest close since 2022, taking ...") or the noun of an earlier move ("extending Tuesday's
#: 4.8% decline and taking the two-day loss to 11.7%": "the" and a move noun is the subject's own total).
_PARTICIPLE_PRONOUN = re.compile(
    r"(?:\s+(?:lower|higher))?(?:\s+at\s+(?:[A-Z]{0,3}[$€£¥]\s?)?\d[\d,]*(?:\.\d+)?\s*(?:p|pence|cents|euros?|dollars|"
    r"yen|francs|kron[ae]r|points)?)?(?:\s+in\s+(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:\s+(?:trade|trading|deals))?|"
    r"the\s+(?:[A-Z][\w.&-]*\s+){1,2}\d{2,4}|"  # "fell 4.6% in the FTSE 250, bringing its loss ...": the index it sits in
    r"(?:early|late|morning|afternoon|midday|thin|heavy|volatile)\s+(?:trade|trading|deals)))?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday))?"
    # the low or high it closed at ("fell 3.4% to its lowest close since 2022, taking its two-day loss to 10%")
    r"(?:\s+to\s+(?:its|their|a|the)\s+(?:[a-z]+\s+)?(?:lowest|highest|weakest|strongest)\s+(?:close|closing\s+level|level|"
    r"finish|point)(?:\s+(?:since|in|for)\s+[^,;]{1,30}?)?)?"
    # the move noun of a figure told as an earlier move ("extending Tuesday's 4.8% decline and taking ...")
    r"(?:\s+(?:decline|drop|fall|loss|slide|slump|gain|rise|rally|jump|advance|surge|plunge|tumble|retreat|rebound))?"
    r"(?:\s*,(?:\s+and)?|\s+and)\s*"
    r"[a-z]+ing\s+(?:(?P<p>its|their)\s+[^,;]*|the\s+(?:[a-z\d]+-(?:day|session|week|month)\s+)?)$")
#: The gap between a figure and a perfect participle that closes the sentence after a clause of its own ("X was down
#: 27% after its auditor, Y, resigned, having earlier sunk as much as 31%"): the word before the comma is in small
#: letters (a verb, not "while B, having ..."), so the participle's subject is the main clause's, the figure before's.
_HAVING_AFTER_CLAUSE = re.compile(r"[^;:]*?\s[a-z]+,\s*having\s+(?:(?:earlier|already|briefly|initially|at\s+one\s+point|"
                                  r"[a-z]+ly)\s+)?")
#: A participle clause on a whole clause with no figure before it ("X withdrew its guidance and said Y would stay
#: shut, sending its shares down 8.4%"): the pronoun is the clause's subject, not the nearest name.
_CLAUSE_PARTICIPLE = re.compile(r",\s*[a-z]+ing\s+(?:its|their)\s+(?:shares|stock|share\s+price)\s+$")
#: A participle of the session right before the figure ("Acme had its worst day in a decade, closing 14% lower"): the
#: figure is the main clause's subject's.
_SESSION_PARTICIPLE = re.compile(
    r",\s*(?:closing|ending|finishing|settling|trading)\s+(?:the\s+(?:day|session|week)\s+)?(?:(?:down|up)\s+)?$")

#: An infinitive of the session after the main verb ("... crept back to end N% down", "rallied to close N% higher",
#: "pared losses to trade N% lower", "recovered to stand N% down").
_SESSION_INFINITIVE = re.compile(r"\bto\s+(?:close|end|finish|settle|trade|stand)\s+(?:the\s+(?:day|session|week)\s+)?(?:(?:down|up)\s+)?$")

_STOCK_CLAUSE = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:stock|shares)\s+(?:[a-z]+\s+){1,5}$")
_WANTED_TO = re.compile(r"\b(?:likely|unlikely|set|poised|on\s+track|on\s+course|want(?:s|ed)?|hop(?:e|es|ed)|needs?|needed|"
                        r"seem(?:s|ed)?|appears?|bound|due|going|try|tries|tried)\s+to\s+$", re.IGNORECASE)

#: The same with "the stock": "Investors dumped X, sending the stock down 17%".
#: A running total's participle and its owner right before the total's noun, after a comma (", bringing its two-day ",
#: ", taking their ").
_RUNNING_PARTICIPLE = re.compile(r",\s*(?:taking|bringing|pushing|extending|stretching|deepening|lifting|widening)\s+"
                                 r"(?:its|their)\s+(?:[\w-]+\s+){0,2}$")
#: A company's shares as the object of a verb, then a relative clause about them running to the figure ("suspended
#: dealings in X's shares, which ended at 3.15 euros after shedding", "bought shares of X, which ended ... after").
_SHARES_WHICH = re.compile(r"(?:\b(?:of|in)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:shares|stock)"
                           r"|\b(?:shares|stock)\s+(?:of|in)\s+(?P<name2>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))"
                           r",\s+which\s+(?!(?:it|they|he|she|we|you|i|the|its|their|a|an)\b)[a-z]+\b[^,;:()]*$")
_CLAUSE_PARTICIPLE_THE = re.compile(r",\s*[a-z]+ing\s+the\s+(?:shares|stock|share\s+price)\s+$")
#: A second verb of the same subject: "The index fell 0.3% on Friday and lost 1.1% over the week".
_SAME_SUBJECT_VERB = re.compile(r"(?:[^,;:]|(?<=\d),(?=\d))*\s(?:and|but)\s+$")
#: The gap between a figure and the next verb of a list of verbs with one subject ("fell 34% that day, bounced 12.5%",
#: "rose 3% on Monday, slipped 1% on Tuesday"): a time in lower-case words, a weekday or a month, then a comma, and
#: no word after it (", Y rose 2%" has a subject of its own).
_LISTED_VERB = re.compile(r"(?:\s+(?:[a-z][\w'’-]*|\d[\d.,]*|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)['’]?s?)){0,5}\s*,\s*")
#: A second verb of the same subject after ", then" ("rose 7% on Monday after ..., then slipped 2%"), up to the verb.
_THEN_VERB = re.compile(r",\s*(?:and\s+)?then\s+(?:[a-z]+ly\s+)?$")
#: The gap between a figure and a participle of an earlier move of the same stock ("B fell 4.8%, after losing 2.1% in
#: the previous session", "B rose 2% on Friday after shedding 6%"): the participle's subject is the nearest figure's.
_AFTER_PARTICIPLE = re.compile(r"(?:\s+[\w'’-]+){0,4}\s*,?\s+(?:after|before)\s+")
#: The same, past a relative clause on the words after the figure ("rose as much as 7.9% after the news, which came at
#: lunch, before closing 4.4% higher"): the participle's subject is still the figure's.
_AFTER_RELATIVE_PARTICIPLE = re.compile(r"(?:\s+[\w'’-]+){0,4}\s*,\s*which\s[^,;%]{0,60},\s*(?:after|before)\s+"
                                        r"(?:[a-z]+ing\s+)?")
#: A definite move noun opening a sentence ("The rally of 15% ...", "This 9% slide ..."): a move the article reported;
#: the noun may carry its span ("The two-day loss of 21% has wiped ...", "The three-session slide of 9% ...").
_DEFINITE_MOVE = re.compile(r"\s*(?:The|This)\s+(?:(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten)-"
                            r"(?:day|session|week|month)\s+)?")
#: "That 7.3% drop ...", "Wednesday's 2.1% rebound ..." opening a sentence with no company: the move the sentence before
#: reported (none when it reported no share move).
_DEMONSTRATIVE_MOVE = re.compile(r"\s*(?:That|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Yesterday|Today)['’]s)\s+")
#: A weekday's move noun in an opening adverbial ("Despite Monday's N% rebound, ...", "Following Friday's N% gain,"):
#: the move the sentence before reported, when the main clause after it names no company of its own.
_FRONTED_DAY_MOVE = re.compile(r"\s*(?:(?:Even|Only|Just)\s+)?(?:[Aa]fter|[Dd]espite|[Ff]ollowing|[Ss]ince|[Ww]ith|[Bb]efore|"
                               r"[Gg]iven|[Ff]or\s+all)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|[Yy]esterday)['’]s\s+")
#: The rest of the adverbial and a main clause whose subject is no name ("rebound, investors ...", "rally, it ...").
_NAMELESS_MAIN = re.compile(r"[^,;]{0,40},\s+(?:[a-z]|(?:The|It|Its|They|Investors)\b)")
#: A futures contract as the subject of a verb, after the last clause break: "Futures for the S&P 500", "Nasdaq 100
#: futures", "stock futures", "E-mini contracts tied to the Dow", "Futures on the index" ("futures" as the head noun,
#: then nothing or a prepositional object; "futures exchange operator X" is a name).
_FUTURES_SUBJECT = re.compile(
    r"(?:^|[,;:(]|\b(?:and|but|while|whereas|as|with|after|before|when)\s)(?P<np>[^,;:()]{0,60}?\b(?:futures|(?<=E-mini\s)contracts)"
    r"(?:\s+contracts?)?(?:\s+(?:for|on|tied\s+to|linked\s+to|tracking|in|over)\s+[^,;:()]{1,60}?)?)\s*$",
    re.IGNORECASE)
#: "futures" right after a name ("Canola futures", "Karvo 40 futures"): the name is a contract's underlying, no company.
_FUTURES_AFTER = re.compile(r"\s+futures\b", re.IGNORECASE)
#: The object of a nominal move is a futures contract ("a 1% rise in S&P 500 futures").
_FUTURES_OBJECT = re.compile(r"\s+(?:in|for)\s+(?P<np>[^,;:()]{0,40}?\bfutures)\b", re.IGNORECASE)
#: The ``head`` of a subject that is a move the article dated to a weekday: ``f"{DAY_MOVE}{weekday}:{sign}"``
#: ("Monday's fall followed a 24% gain last week": the company whose fall was on Monday).
DAY_MOVE = "day move:"
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
#: The ``head`` of a subject that is the move the sentence before reported ("That takes the losses ... to 23%").
MOVE_BEFORE = "move before"
#: The head of a running move that grew ("the decline widened to 8.1%"): the last share move of the paragraph.
GROWN_MOVE = "grown move"
#: A demonstrative opening the sentence of a running total ("That takes the losses since Tuesday to 23%", "This
#: brings its decline this year to 40%"): the move the sentence before told.
_DEMONSTRATIVE_OPEN = re.compile(r"\s*(?:That|This)\s+")
#: A live blog's entry with no subject before its figure ("Now off 12.6%", "Down 12.6% now", "Still up 3%").
_BARE_OPEN = re.compile(r"\s*(?:(?:Now|Still|Currently|Last)\s+)?")
_BARE_DIRECTION = re.compile(r"(?:[Uu]p|[Dd]own|[Oo]ff|[Hh]igher|[Ll]ower)\s+(?:(?:about|around|nearly|almost|more\s+than|"
                             r"over|some|roughly)\s+)?\d")
#: A finite move verb opening a list item or a note with its subject left out ("Lost 12% on Monday; ...", "Fell 4% in
#: early trade"): the stock the item is about (a participle, "Falling 9%, Acme ...", has its subject after it).
_OPENING_VERB = re.compile(r"[A-Z][a-z]+(?<!ing)\s")
_FRONTED = re.compile(r"^\s*(?:[A-Z][a-z]+(?:ing|ed)|After|Having|Before|Up|Down)\b[^,]*,"
                      r"(?:\s+(?:and\s+)?\d[\d.]*\s*(?:%|per\s?cent\b|percent\b)[^,]*,)*\s*")  # a list of figures too:
# "After losing 8.3% on Monday, 6.1% on Tuesday and 2.5% on Wednesday, the shares ..."


#: Between two signed figures of one list item: the first one's period, then a comma ("+2.8% this week, -4.4%",
#: "-2% on the day, +4% since March 3,"); the period may stand in brackets ("-6.5% (Tue), -1.25% (Wed)", "+2% (week)").
_SIGNED_AGAIN = re.compile(
    r"(?:\s+(?:[a-z][\w'’-]*|\d[\d.,]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?|"
    r"(?:Mon|Tue|Wed|Thu|Fri)(?:[a-z]*day|s|r|rs)?\.?)){0,5}(?:\s*\([A-Za-z][\w.'’ -]{0,18}\))?\s*[,;]\s*"
    r"(?:(?:and\s+|then\s+)?(?:a\s+further|another)\s+)?")  # "-1.15% on Monday, -0.35% ...", "-6.5% Tue, -1.25% Wed",
# "-4.3% on Monday, a further -3.7% yesterday"


#: A name, then a bracket that opens with its ticker and may give a price, right before a signed figure or "up" /
#: "down" ("for Acme (ACM.AX, +9.3% today)", "Acme (NYSE: ACM, $21.33, up 11.5%)", "Acme (ACM US, -4%)"): an analyst's
#: or a wire's quote of the stock.
_TICKER_BRACKET_BEFORE = re.compile(
    r"(?:(?<=[\s\"“])|^)(?P<np>" + NP + r")\s*\((?:[A-Za-z]+:\s*)?[A-Z][A-Z0-9]{0,5}(?:[.\s][A-Z]{1,3})?\s*,\s*"
    r"(?:(?:[A-Z]{0,3}\$|€|£|¥)?\d[\d,]*(?:\.\d+)?(?:p|c|pence|cents)?\s*,\s*)?$")
#: ... and the bracket closing after the figure and a word or two of its period ("today", "on the day", "(Tue)" no).
_BRACKET_CLOSE = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*\)")
_UP_DOWN_AT = re.compile(r"(?:up|down)\s", re.IGNORECASE)


def _bracket_owner(sentence: str, head: Figure) -> list[Subject]:
    """The company whose ticker opens the bracket ``head`` stands in (:data:`_TICKER_BRACKET_BEFORE`), whatever the
    name's role in the sentence; [] when ``head`` is no such quote."""
    if head.form == "signed":
        at = head.start
    elif head.form == "verb" and _UP_DOWN_AT.match(sentence, head.anchor):
        at = head.anchor
    else:
        return []
    bracket = _TICKER_BRACKET_BEFORE.search(sentence, 0, at)
    if bracket is None or not _BRACKET_CLOSE.match(sentence, head.end):
        return []
    cleaned = clean_name(bracket.group("np"), bracket.start("np"))
    return [Subject("share", *cleaned)] if cleaned and classify_name(cleaned[0]) == "share" else []


@dataclass(frozen=True)
class Attached:
    """One figure with the subject it reports on (``subject.kind`` is share, index or coref)."""

    subject: Subject
    figure: Figure
    group_end: int  # end of the figure group (for period windows)


#: A page's ticker chip right before a signed figure: the ticker in capitals after a company's name and a comma
#: ("Acme Tools Inc. ACMT, +1.88%", "Bexley Group PLC BXL, -3.81%").
_TICKER_CHIP_END = re.compile(r"(?<=[\w.)])\s+[A-Z]{2,5}(?:\.[A-Z]{1,2})?,\s*$")
#: Between two figures that each carry their direction after them ("16.4% higher and 7.2% lower"), and what closes
#: such a list: "respectively" after the last one's adjective.
_ADJECTIVE_LINK = re.compile(r"\s+(?:higher|lower)\s*,?\s*(?:and\s+)?")
_RESPECTIVELY_AFTER = re.compile(r"\s+(?:higher|lower)\s*,?\s*respectively\b")


def _groups(figures: list[Figure], sentence: str) -> list[list[Figure]]:
    groups: list[list[Figure]] = []
    for f in figures:
        if groups:
            prev = groups[-1][-1]
            gap_end = f.anchor if f.form == "verb" else f.start
            if prev.end <= gap_end and _LINK.match(sentence[prev.end:gap_end]) and f.form != "signed" and prev.form != "signed" \
                    and not (f.form == "verb" and f.anchor < f.start and _RELATIVE_OPEN.search(sentence, 0, prev.anchor)):
                groups[-1].append(f)
                continue
            if prev.end <= f.start and _ADJECTIVE_LINK.fullmatch(sentence, prev.end, f.start) and prev.sign and f.sign \
                    and _RESPECTIVELY_AFTER.match(sentence, f.end):
                groups[-1].append(f)  # "moved 16.4% higher and 7.2% lower, respectively": one list, in order
                continue
            if f.sign == 0 and prev.form in ("verb", "dated", "noun") and prev.end <= f.start \
                    and (_DAY_LINK.match(sentence[prev.end:f.start]) or _SINCE_CLAUSE_LINK.match(sentence[prev.end:f.start])) \
                    and not _MARK_AFTER.match(sentence, f.end):
                groups[-1].append(Figure(f.start, f.end, f.value, f.sign, f.qualifier, "dated", f.start, f.noun_end))
                continue  # its own anchor: the day after it is its own
        groups.append([f])
    filled: list[list[Figure]] = []
    for g in groups:
        signs = [f.sign for f in g if f.sign]
        if signs and any(f.sign == 0 for f in g):
            out: list[Figure] = []
            for i, f in enumerate(g):
                if f.sign:
                    out.append(f)
                    continue
                later = [x.sign for x in g[i + 1:] if x.sign]
                earlier = [x.sign for x in g[:i] if x.sign]
                sign = earlier[-1] if earlier else later[0]
                anchor = f.anchor if f.form == "dated" else g[0].anchor
                out.append(Figure(f.start, f.end, f.value, sign, f.qualifier, "verb", anchor, f.noun_end))
            g = out
        filled.append(g)
    return filled


def _pair(subjects: list[Subject], figs: list[Figure]) -> list[tuple[Subject, Figure]]:
    if not subjects:
        return []
    if len(subjects) == len(figs):
        return list(zip(subjects, figs))
    if len(figs) == 1:
        return [(s, figs[0]) for s in subjects]
    if len(subjects) == 1:
        return [(subjects[0], f) for f in figs]
    n = min(len(subjects), len(figs))
    return list(zip(subjects[-n:], figs[-n:]))


def _usable(subjects: list[Subject]) -> list[Subject]:
    return [s for s in subjects if s.kind in ("share", "index", "coref")]


def _with_sign(group: list[Figure], sign: int) -> list[Figure]:
    return [Figure(f.start, f.end, f.value, sign, f.qualifier, "verb", f.anchor, f.noun_end) for f in group]


#: An index, sector or the market as the owner of a nominal move ("lagging the benchmark's 0.5% gain", "the Castellio 40
#: index's 2% drop", "outpacing the sector's 1% rise"): its move, never the clause subject's.
_MARKET_POSSESSIVE_BEFORE = re.compile(
    r"\b(?P<np>the\s+(?:[\w&./-]+\s+){0,4}?(?:index|indexes|indices|benchmark|gauge|average|composite|sector|subsector|"
    r"sub-index|market|bourse))['’]s?\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some)\s+)?$",
    re.IGNORECASE)


#: A market a clause's move carried to a nominal figure ("X rose 3.8%, helping the Y 600 utilities index to a 1.6% gain",
#: "sending the benchmark to a 2% loss"): the market's own move, not the clause subject's.
_CARRIED_MARKET_BEFORE = re.compile(
    r"\b(?:help(?:s|ed|ing)?|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|sen(?:ds|t|ding)|driv(?:es|ing|en)|drove|"
    r"dragg?(?:s|ed|ing)?|pull(?:s|ed|ing)?|le(?:ads|d|ading)|propel(?:s|led|ling)?)\s+(?P<np>the\s+(?:[\w&./-]+\s+){0,5}?"
    r"(?:index|indexes|indices|benchmark|gauge|average|composite|sector|subsector|sub-index|market|bourse))\s+to\s+"
    r"(?:an?\s+)?(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some)\s+)?$", re.IGNORECASE)


#: A definite descriptor's possessive right before a nominal figure ("the payments company's 33.8% rally", "the
#: carmaker's 12% slide").
_DESCRIPTOR_POSSESSIVE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)['’]s?\s+(?:(?:about|around|roughly|nearly|almost|"
    r"more\s+than|over|some)\s+)?$")


def _nominal_subjects(sentence: str, head: Figure, last_subjects: list[Subject], prev_end: int) -> list[Subject] | None:
    """Subjects of "a 4.6% decline in X" / "X's 14% slump" / "... following a 2.5% decline"; None: not a move.
    A participle clause right after the previous figure ("B gained 3.5%, extending Friday's 4% rise") continues
    that figure's subject."""
    if _EXPECTED_NOUN_BEFORE.search(sentence[max(0, head.start - 60): head.start]):
        return None  # "short of a consensus forecast for a 7% decline": what was expected, not a move
    if _amount_appositive(sentence, head, prev_end):
        return None  # "raised its wage to $17.25 an hour, an increase of 4.5%": the wage's change
    fut = _FUTURES_OBJECT.match(sentence, head.noun_end)
    if fut and not _commodity(fut.group("np")):
        return None  # "a 1% rise in S&P 500 futures": a futures contract, not the index's session
    obj = object_after(sentence, head.noun_end)
    if obj and obj[0].kind == "reject":
        return None
    subjects = _usable(obj)
    market = (_MARKET_POSSESSIVE_BEFORE.search(sentence[: head.start])
              or _CARRIED_MARKET_BEFORE.search(sentence[: head.start])) if not subjects else None
    if market:  # "X fell 3%, lagging the benchmark's 0.5% gain": the index's move, not X's
        return [Subject("index", market.group("np"), market.start("np"), market.end("np"))]
    if not subjects and last_subjects and (_PARTICIPLE_AFTER.match(sentence, prev_end, head.start)
                                           or _AFTER_DAY_MOVE.fullmatch(sentence, prev_end, head.start)
                                           or _AFTER_MOVE_OF.fullmatch(sentence, prev_end, head.start)):
        return last_subjects  # (", extending Friday's 4% rise"; " after Monday's 2.8% drop": the same subject's move)
    if not subjects:
        pos = _POSSESSIVE_BEFORE.search(sentence[: head.start])
        if pos and pos.group("np").split()[-1] not in _WEEKDAYS:
            cleaned = clean_name(pos.group("np"), pos.start("np"))
            if cleaned and classify_name(cleaned[0]) != "reject":
                subjects = [Subject(classify_name(cleaned[0]), cleaned[0], cleaned[1], cleaned[2])]
    if not subjects:
        owner = _DESCRIPTOR_POSSESSIVE_BEFORE.search(sentence, 0, head.start)
        if owner and _descriptor_noun(owner.group("noun")):
            return [Subject("coref", "", head=owner.group("noun"))]  # "after the payments company's 33.8% rally": the
            # company the descriptor stands for
    subjects = (subjects or _usable(clause_subject(sentence, head.start, local=True))  # "..., while X bucked the trend
                or _usable(clause_subject(sentence, head.start)) or last_subjects)          # with a 2% gain"
    if not subjects and _DEFINITE_MOVE.fullmatch(sentence, 0, head.anchor):
        return [Subject("coref", "", head="shares")]  # "The rally of 15% on Wednesday suggests ...": the move named before
    if not subjects and _DEMONSTRATIVE_MOVE.fullmatch(sentence, 0, head.anchor):
        return [Subject("coref", "", head=MOVE_BEFORE)]
    if not subjects and _FRONTED_DAY_MOVE.fullmatch(sentence, 0, head.anchor) and _NAMELESS_MAIN.match(sentence, head.noun_end):
        return [Subject("coref", "", head=MOVE_BEFORE)]  # "Despite Monday's N% rebound, investors ...": that move
    opener = _move_noun_subject().match(sentence[: head.start]) if not subjects else None
    if opener:  # "The drop followed a 4% gain last week": the same stock's moves
        day = opener.group("day")
        if day:  # "Monday's fall followed a 24% gain": the company whose fall the article dated Monday
            sign = -1 if opener.group("noun").lower() in move_words().fall_nouns else 1
            return [Subject("coref", "", head=f"{DAY_MOVE}{_DAY_NAMES.index(day)}:{sign}")]
        return [Subject("coref", "", head=MOVE_BEFORE)]
    return subjects


def equity_futures(sentence: str, end: int) -> bool:
    """Whether the subject right before ``end`` (a move verb) is a futures contract on shares or a
    share index ("Futures for the Nasdaq Composite rose 1% overnight", "Dow futures were up 0.4%"): a bet on where
    the index will open, neither a company's move nor the index's session. Commodity futures ("U.S. crude futures",
    "iron ore futures in Singapore") are the commodity's price and stay."""
    m = _FUTURES_SUBJECT.search(strip_auxiliaries(sentence[:end]))
    return bool(m) and not _commodity(m.group("np"))


def _commodity(phrase: str) -> bool:
    """Whether ``phrase`` names a commodity ("U.S. crude futures", "copper")."""
    lex = move_words()
    words = phrase.lower()
    return any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", words) for w in lex.commodity_words)


_SUBORDINATORS = frozenset("after as when because since following while with despite amid before though although once "
                           "until if".split())
_CLAUSE_OPEN = re.compile(r"(?:[,;:(]|\b(?:said|says|reported|reports|that|and|but))\s+", re.IGNORECASE)
_WORD_AT = re.compile(r"[A-Za-z]+")
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that|his|her)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _clause_verbs() -> re.Pattern[str]:
    """The finite verbs of change a clause before a participle may have ("deposits fell faster than expected,
    declining 13%"): the move verbs of one word, and the verbs of growth that only quantities take."""
    lex = move_words()
    words = {w for w in lex.falls | lex.rises if " " not in w and w not in {"up", "down", "higher", "lower", "off"}}
    words |= {"halved", "grew", "shrank", "increased", "decreased", "contracted", "expanded", "doubled", "tripled"}
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _place_owner_end() -> re.Pattern[str]:
    places = move_words().places
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
                      + r")['’]s\s+$")


def _less_place_owner(before: str) -> str:
    """The words before a gapped list item's name less a place's possessive right before it ("..., B 0.8% and
    Sweden's C 0.6%": C's, the country only says where it is listed)."""
    m = _place_owner_end().search(before) or _PLACE_LISTED_END.search(before)
    return before[: m.start()] if m else before


#: A place's "-listed" adjective right before a gapped item's name (", Shenzhen-listed B 4.1%", "and London-based C
#: 2%"): where it is listed or based, like a place's possessive.
_PLACE_LISTED_END = re.compile(r"(?<![\w.])[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-(?:listed|based|quoted|traded|headquartered)\s+$")


@functools.lru_cache(maxsize=1)
def _move_nouns() -> frozenset[str]:
    lex = move_words()
    return lex.fall_nouns | lex.rise_nouns


def _quantity_participle(sentence: str, head: Figure, prev_end: int) -> bool:
    """Whether ``head`` is a participle right after a clause whose subject is not a share price ("SVB said
    deposits fell faster than it had expected, declining 13% to $173 billion", "profit slumped, dropping 40%"):
    the participle's subject is that quantity. A subordinate clause ("after sales rose,") is skipped: the
    participle then belongs to the main clause before it."""
    verb = _WORD_AT.match(sentence, head.anchor)
    before = sentence[prev_end: head.anchor]
    if not verb or not verb.group(0).lower().endswith("ing") or not before.rstrip().endswith(","):
        return False
    verbs = list(_clause_verbs().finditer(before))
    for i in range(len(verbs) - 1, -1, -1):
        m = verbs[i]
        opens = [o.end() for o in _CLAUSE_OPEN.finditer(before, 0, m.start())] + ([verbs[i - 1].end()] if i else [])
        lead = before[max(opens, default=0): m.start()].split()
        if lead and lead[0].lower() in _SUBORDINATORS:
            continue
        if m.group(0).lower() in _move_nouns() and _NOUN_BEFORE.search(before, 0, m.start()):
            continue  # "staged a sharp rally": a noun, no verb
        found = subject_before(sentence, prev_end + m.start())
        if not found or found[0].kind != "reject":
            return False
        words = found[0].name.lower().split()[-4:]  # "net income more than (halved)"
        lex = move_words()
        return any(w in lex.non_move_subjects or " ".join(words[i:i + 2]) in lex.non_move_subjects for i, w in enumerate(words))
    return False


#: A business quantity with its amount in money ("revenue of ₹2,860 crore", "its starting wage to $17.25 an hour",
#: "a profit of about $3 million"), then the rest of its clause up to a comma, and at most an article: an appositive
#: figure after it ("..., up 18%", "..., an increase of 4.5%") is the quantity's change.
_AMOUNT_THEN_COMMA = re.compile(
    r"\b(?P<noun>[a-z][\w-]*)\s+(?:of|to|at)\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?"
    r"(?:[$€£¥₹]|(?:Rs|US\$|A\$|HK\$|C\$|S\$|NZ\$)\.?\s*)\s*\d[\d,.]*[^,;]{0,80},\s*(?:an?\s+)?$")
#: Quantity nouns that may be a share's own price or value ("a market value of $2 billion, up 4%"): no such quantity.
_SHARE_AMOUNT_NOUNS = frozenset({"price", "value", "valuation", "capitalisation", "capitalization", "cap"})


def _amount_appositive(sentence: str, head: Figure, prev_end: int) -> bool:
    """Whether ``head`` is an appositive right after a business quantity given in money ("Acme reported revenue of
    ₹2,860 crore for the year ended March 31, up 18%", "Acme raised its starting wage to $17.25 an hour in April, an
    increase of 4.5%"): the change of that quantity, no move of the company's shares."""
    m = _AMOUNT_THEN_COMMA.search(sentence, prev_end, min(head.anchor, head.start))
    if m is None:
        return False
    noun = m.group("noun").lower()
    return noun in move_words().non_move_subjects and noun not in _SHARE_AMOUNT_NOUNS


@functools.lru_cache(maxsize=1)
def _move_noun_opening() -> re.Pattern[str]:
    nouns = sorted(_move_nouns() | {"move", "moves"}, key=len, reverse=True)
    return re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[a-z][\w'’-]*\s+)?(?:" + "|".join(map(re.escape, nouns)) + r")\s+")


@functools.lru_cache(maxsize=1)
def _move_noun_subject() -> re.Pattern[str]:
    """A move noun as the subject of the clause before a nominal figure ("The drop followed a", "Tuesday's fall came
    after a", "That slide erased an")."""
    nouns = "|".join(map(re.escape, sorted(_move_nouns(), key=len, reverse=True)))
    return re.compile(r"\s*(?:The|This|That|Its|Their|(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)['’]s)\s+"
                      r"(?:[a-z][\w-]*\s+)?(?P<noun>" + nouns + r")\s+(?:[a-z]+\s+){1,3}(?:an?|the|its|their)\s+"
                      r"(?:[a-z-]+\s+)?$")


@functools.lru_cache(maxsize=1)
def _move_noun_erasing() -> re.Pattern[str]:
    """A move noun as the subject of a verb that takes away value ("The two-day slide has erased nearly 23% of the
    company's value", "That selloff wiped out 18% of its market value"): the move the sentences before told."""
    nouns = "|".join(map(re.escape, sorted(_move_nouns(), key=len, reverse=True)))
    return re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[a-z][\w-]*\s+)?(?:" + nouns + r")\s+"
                      r"(?:(?:has|had|have)\s+)?")


_ERASING_VERB = re.compile(r"(?:erased|erases|wiped|wipes)\b")


def _move_noun_open(text: str) -> bool:
    """A sentence opening with a move noun before a running total's verb ("The slide took the loss since May to 30%",
    "That drop takes the decline this year to 41%"): the move the sentence before told."""
    return bool(_move_noun_opening().fullmatch(text))


#: A running move that opens its clause, with no name before it ("At one point in the morning session the decline
#: widened to 8.1%", "By midday the losses had deepened to 9%"): the move the sentences before told.
_GROWN_MOVE_OPEN = re.compile(r"\s*(?:(?:At|In|By|Later|Then|Before|Shortly)\b[^,A-Z]{0,50}?,?\s+)?(?:[Tt]he|[Tt]hat|[Tt]his)\s+")
_GROWN_MOVE = re.compile(r"[a-z]+\s+(?:\w+\s+)?(?:(?:had|has|was)\s+)?(?:widened|widening|widens|deepened|deepens|"
                         r"extended|extends|grew|grows|narrowed|narrows|shrank|shrinks)\s+to\b")


def _verb_subjects(sentence: str, head: Figure, last_subjects: list[Subject], prev_end: int,
                   before: list[Subject]) -> list[Subject] | None:
    """Subjects of a verb figure ("X fell 3%"); participles and "after losing 41%" take the clause's subject;
    a fronted participle ("Falling as much as 9.8%, X hit ...") takes the name after it; "its"/"their" in a
    participle clause right after a figure ("..., trimming its gain to 4.4%") and a second verb after "and" take
    the previous figure's subject (``before``: the subjects of every earlier figure, for "their"). None: not a
    move."""
    if head.anchor > head.end:  # "the 20% the stock had gained" (:mod:`analysis.market.figures`): the relative
        words = [w.lower() for w in sentence[head.end: head.anchor].split() if w.lower() not in ("had", "has", "have")]
        noun = words[-1] if words else "shares"  # clause's subject, the stock or a company noun, points back
        return [Subject("coref", "", head="shares" if noun in ("stock", "stocks", "share", "shares") else noun)]
    if _FORECAST_BEFORE.search(sentence[max(0, head.anchor - 80): head.anchor]) or (
            head.anchor < head.start and _SEEN_BEFORE.search(sentence, 0, head.anchor)
            and not _SEEN_DIRECTION.match(sentence, head.anchor)):
        return None  # "could fall 30%", "expect the shares to rise 20%", "seen rising 10%": a forecast, not a move
    if equity_futures(sentence, head.anchor) or _quantity_participle(sentence, head, prev_end) \
            or _amount_appositive(sentence, head, prev_end):
        return None
    if head.total and _GROWN_MOVE_OPEN.fullmatch(sentence, 0, head.anchor) and _GROWN_MOVE.match(sentence, head.anchor):
        return [Subject("coref", "", head=GROWN_MOVE)]  # "At one point the decline widened to 8.1%": a move told, grown
    if head.total and (_DEMONSTRATIVE_OPEN.fullmatch(sentence, 0, head.anchor) or _move_noun_open(sentence[: head.anchor])):
        return [Subject("coref", "", head=MOVE_BEFORE)]  # "That takes the losses since May to 23%": the move just told
    if _move_noun_erasing().fullmatch(sentence, 0, head.anchor) and _ERASING_VERB.match(sentence, head.anchor):
        return [Subject("coref", "", head=MOVE_BEFORE)]  # "The two-day slide has erased 23% of its value": that move's
    found = subject_before(sentence, head.anchor)
    if found and found[0].kind == "share" and _elided_other(sentence, found[0], head.anchor):
        return None  # "A's weekly carloadings fell 94%, while B's rose 4%": B's carloadings, no stock
    part = _SESSION_PARTICIPLE.search(sentence, 0, head.anchor) if not prev_end else None
    if part and not (found and found[0].kind == "share"):
        main = [x for x in clause_subject(sentence, part.start()) if x.kind == "share"]
        if main:  # "X had its worst day in years, closing 14% lower": the main clause's subject
            return main
    inf = _SESSION_INFINITIVE.search(sentence, 0, head.anchor) if not prev_end else None
    if inf and (_FORECAST_BEFORE.search(sentence[max(0, inf.start() - 80): inf.start() + 3])
                or _WANTED_TO.search(sentence, 0, inf.start() + 3)):
        inf = None  # "Analysts expect the stock to close N% lower", "is likely to end": no move yet
    if inf and (not found or found[0].kind == "reject"):
        main = _usable(clause_subject(sentence, inf.start()))
        if main:  # "The shares had crept back to end N% down": the main clause's subject
            return main
        if _STOCK_CLAUSE.search(sentence, 0, inf.start()):  # "At the bell the shares had crept back ... to end"
            return [Subject("coref", "", head="shares")]
    participle = _PARTICIPLE_PRONOUN.match(sentence, prev_end, head.anchor) if last_subjects and prev_end else None
    if last_subjects and prev_end and _AFTER_RELATIVE_PARTICIPLE.fullmatch(sentence, prev_end, head.anchor):
        return last_subjects  # "rose 7.9% after the news, which came at lunch, before closing 4.4% higher": the same
        # stock's, not the relative clause's noun
    if found and found[0].kind == "reject" and head.total and not prev_end \
            and _RUNNING_PARTICIPLE.search(sentence, 0, head.anchor):
        found = []  # "The stock closed at $12, bringing its two-day loss to 12%", "X, the engine maker, closed at 120p,
        # taking its ...": a running total told after a clause with no figure is that clause's subject's
    if found and found[0].kind == "reject" and not (participle and head.total):
        return None  # (not "..., closing 3.2% lower and bringing its two-day loss to 11.6%": the running total is the
        # previous figure's subject's, whatever the words before the first figure read as)
    if last_subjects and prev_end and _THEN_VERB.search(sentence, prev_end, head.anchor):
        return last_subjects  # "The stock surged 7% after the regulator said X caused no fire, then slipped 2%": the
        # verb after ", then" has the earlier verb's subject, whatever the clause in between names
    if last_subjects and prev_end and _HAVING_AFTER_CLAUSE.fullmatch(sentence, prev_end, head.anchor):
        return last_subjects  # "X was down 27% after its auditor, Y, resigned, having earlier sunk 31%": X's
    subjects = _usable(found)
    if participle and all(x.start < prev_end for x in subjects):  # no name of its own in the participle clause
        if participle.group("p") == "their" and len(_distinct(before)) > 1:
            return _distinct(before)
        return last_subjects
    if not subjects and last_subjects and prev_end and _SAME_SUBJECT_VERB.match(sentence, prev_end, head.anchor):
        return last_subjects
    if not subjects and last_subjects and prev_end and _LISTED_VERB.fullmatch(sentence, prev_end, head.anchor):
        return last_subjects  # "the shares fell 34% that day, bounced 12.5% on Wednesday and ...": a list of verbs
    if not subjects and last_subjects and prev_end and _AFTER_PARTICIPLE.fullmatch(sentence, prev_end, head.anchor):
        return last_subjects  # "A fell 3.2% and B fell 4.8%, after losing 2.1% the session before": B's, the nearest
    if not prev_end and _CLAUSE_PARTICIPLE.search(sentence, 0, head.anchor):
        main = [x for x in clause_subject(sentence, head.anchor) if x.kind == "share"]
        if main:
            return main
    the = _CLAUSE_PARTICIPLE_THE.search(sentence, 0, head.anchor) if not prev_end else None
    if the:  # "Investors dumped X, sending the stock down 17%": the one company the clause before names
        named = _distinct(_names_in(sentence, 0, the.start()))
        if len(named) == 1:
            return named
    if subjects:
        return subjects
    fronted = _FRONTED.match(sentence)
    if fronted and fronted.end() > head.end:
        subjects = _usable(clause_subject(sentence, len(sentence)))
        if not subjects:
            np = NP_RE.match(sentence[fronted.end():])
            if np:
                subjects = _usable(subject_before(sentence, fronted.end() + np.end()))
    rel = None if subjects or prev_end else _SHARES_WHICH.search(sentence, 0, head.anchor)
    if rel is not None:  # "The regulator halted dealings in X's shares, which ended at 3.15 euros after shedding
        group = "name" if rel.group("name") else "name2"  # 9.2%": the relative clause's, X's shares
        cleaned = clean_name(rel.group(group), rel.start(group))
        if cleaned and classify_name(cleaned[0]) == "share":
            return [Subject("share", cleaned[0], cleaned[1], cleaned[2])]
    subjects = (subjects or _usable(clause_subject(sentence, head.anchor, local=True)) or last_subjects
                or _usable(clause_subject(sentence, head.anchor)))
    # "Canola futures ... were down 1.3%, and have lost 6% since February": the clause's subject is a futures contract
    # (its first figure no move of a company), not a company named "Canola"
    subjects = [x for x in subjects if not (x.kind == "share" and x.end > 0 and _FUTURES_AFTER.match(sentence, x.end))]
    if not subjects and not prev_end and _BARE_OPEN.fullmatch(sentence, 0, head.anchor) and \
            (_BARE_DIRECTION.match(sentence, head.anchor) or _OPENING_VERB.match(sentence, head.anchor)):
        return [Subject("coref", "", head="shares")]  # a live blog's "Now off 12.6%, near the session low."
    return subjects


#: A possessive right before the verb, its noun left out ("..., while B's rose 4%").
_ELIDED_NOUN = re.compile(r"['’]s?\s+(?:[a-z]+ly\s+)?$")
#: A noun of a company's stock or its value ("shares", "share price", "market value", "ADRs").
_STOCK_NOUN = re.compile(r"\b(?:shares?|stocks?|price|valuation|value|cap|capitali[sz]ation|ADRs?|ADSs?|GDRs?|receipts)\b",
                         re.IGNORECASE)
#: An owner's possessive and the noun it owns ("A's weekly carloadings", "the railway's grain shipments").
_OWNED_NOUN = re.compile(r"[A-Za-z][\w&.-]*['’]s?\s+(?P<noun>(?:[a-z][\w-]*\s+){1,3})")


def _elided_other(sentence: str, subject: Subject, anchor: int) -> bool:
    """Whether ``subject`` owns a noun the sentence leaves out right before the verb ("A's weekly carloadings fell 94%,
    while B's rose 4%"), the noun an earlier possessive of the sentence owns, and that noun names a quantity other than
    shares or value (:data:`_STOCK_NOUN`): B's carloadings rose, not B's stock. "A's shares fell 9%, while B's rose 4%" stays
    B's move."""
    if subject.end <= 0 or not _ELIDED_NOUN.fullmatch(sentence, subject.end, anchor):
        return False
    owned = [m for m in _OWNED_NOUN.finditer(sentence, 0, subject.start)]
    # the earlier possessive's noun moved by a figure of its own before this one ("A's weekly carloadings fell 94%, while
    # B's"): the parallel the left-out noun copies; none ("After A's chairman quit, Sainsbury's dropped 7%": a company
    # whose name ends in a possessive) leaves the subject as it is
    return bool(owned) and PCT.search(sentence, owned[-1].end(), subject.start) is not None \
        and not _STOCK_NOUN.search(owned[-1].group("noun"))


def _names_in(sentence: str, start: int, end: int) -> list[Subject]:
    """The company names (capitalised noun phrases a place or index list does not claim) in ``sentence[start:end]``."""
    out = []
    for m in NP_RE.finditer(sentence, start, end):
        cleaned = clean_name(m.group(0), m.start())
        if cleaned and classify_name(cleaned[0]) == "share":
            out.append(Subject("share", cleaned[0], cleaned[1], cleaned[2]))
    return out


def _distinct(subjects: list[Subject]) -> list[Subject]:
    """The share subjects of ``subjects`` with repeated names dropped, order kept."""
    seen: dict[str, Subject] = {}
    for x in subjects:
        if x.kind == "share":
            seen.setdefault(x.name, x)
    return list(seen.values())


#: An adjective that describes a market index, right before a name ("the broad Karvo", "the blue-chip Karvo 30", "the
#: tech-heavy Karvo", "the benchmark Karvo"): the name is the index's, not a company's.
_INDEX_ADJECTIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:[Tt]he\s+)?(?:benchmark|broad|broader|broad-based|blue-chip|tech-heavy|technology-heavy|wider|"
    r"small-cap|mid-cap|large-cap|all-share)\s+$")


def _index_by_adjective(sentence: str, subject: Subject) -> Subject:
    """``subject`` as an index when an index's adjective in lower case stands right before its name
    (:data:`_INDEX_ADJECTIVE_BEFORE`); a capital ("Benchmark Electronics", "Broad Street Bank") may open a company's."""
    if subject.kind != "share" or subject.start <= 0 or not _INDEX_ADJECTIVE_BEFORE.search(sentence, 0, subject.start):
        return subject
    return Subject("index", subject.name, subject.start, subject.end, subject.ticker)


#: A list item's label and what may stand between it and the item's first figure: a note in brackets, a description
#: after it ("* Acme (ACM), a maker of drills: "), a colon, a description closed by a semicolon ("- Acme (named
#: adviser): ", "* Acme (ACM): the biggest maker; ").
_ITEM_LABEL_OPEN = re.compile(r"\s*[A-Z][^:;,()]{0,60}?\s*(?:\([^()]{1,30}\))?"
                              r"(?:(?<=\)),\s+(?:an?|the)\s+[^:;,()\d%]{1,50}?(?=:))?\s*:\s*(?:[^;:%]{1,80};\s*)?")


def _unnamed_item_figure(sentence: str, head: Figure, prev_end: int) -> bool:
    """Whether a figure of a labelled list item stands with no subject of its own: right after the label (and a note
    or a description closed by ";"), or after the item's previous figure and "and" / "then"."""
    at = head.anchor if head.form == "verb" else head.start
    if prev_end:
        return re.fullmatch(r"[^\w%]*,?\s*(?:and|then|and\s+then)\s+", sentence[prev_end: at]) is not None
    return _ITEM_LABEL_OPEN.fullmatch(sentence, 0, at) is not None


#: A pronoun of the clause after a figure's ("..., though it remains up 11% since June"): the sentence's own subject.
_SAME_SENTENCE_PRONOUNS = frozenset({"it", "its"})


def _earlier_subjects(sentence: str, subjects: list[Subject], group: list[Figure], out: list[Attached],
                      last_subjects: list[Subject], prev_end: int) -> list[Subject]:
    """``subjects`` of a later figure group read against the sentence's earlier figures: a group of as many figures as
    the companies the sentence gave a figure each before, whose subject is only one of them named earlier ("A and B
    rose 1% and 2%, respectively, taking their gains to 7% and 6%"; "A fell 1% and B 2%, after losses of 3% and 4%"),
    goes to them in order; "it" after a figure of one subject ("The X index fell 3.8%, though it remains up 11%") is
    that subject, not a company of an earlier sentence."""
    if not prev_end or not subjects:
        return subjects
    if len(subjects) == 1 and subjects[0].kind == "coref" and subjects[0].head in _SAME_SENTENCE_PRONOUNS \
            and len(last_subjects) == 1 and last_subjects[0].kind in ("share", "index"):
        return last_subjects
    if len(group) < 2 or len(subjects) != 1 or subjects[0].kind != "share" or subjects[0].start >= prev_end:
        return subjects
    earlier = _distinct([a.subject for a in out])
    if len(earlier) == len(group) and subjects[0].name in {x.name for x in earlier} \
            and not _names_in(sentence, prev_end, group[0].start):
        return earlier
    return subjects


#: A count opening a subject ("Eight of the 11 sectors", "Two of its peers"): a number of things, never a company's
#: name, whatever the figure after it.
_COUNT_OF = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|"
                       r"Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Dozens|Hundreds|Thousands)"
                       r"\s+of\s+(?:the|its|their|those|these)\b")


def _not_counts(sentence: str, subjects: list[Subject]) -> list[Subject]:
    """``subjects`` less a count the grammar read as a name ("Eight" of "Eight of the 11 sectors ended lower, led by a
    1.7% decline in ..."); a number word standing alone as a name ("Nine shares rose 3%") is kept."""
    return [x for x in subjects if not (x.kind == "share" and x.start >= 0 and _COUNT_OF.match(sentence, x.start))]


#: A move noun's figure in a clause of time opening the sentence ("After Monday's 24.6% crash, ...", "Following a 9%
#: slide on Tuesday, ...", "Even after Thursday's 5.6% rebound on results, ..."): the figure's company is the main
#: clause's subject after the comma.
FRONTED_MOVE = re.compile(r"\s*(?:(?:Even|Only|Just)\s+(?:after|following|despite|since)|After|Following|Despite|Amid|Since|"
                          r"Including|Counting)"  # "Including last Friday's 11% slide, X has lost 27%": X's slide too
                          r"\s+(?:(?:(?:[Ll]ast\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday)|"
                           r"yesterday|[Ll]ast\s+week|[Tt]he\s+previous\s+session|[Tt]he\s+prior\s+session)['’]s|an?|its|their|"
                           r"the)\s+(?:[a-z][\w-]*\s+){0,2}?$")
#: The rest of that clause, up to its comma ("... crash on Monday, "), before the main clause.
_FRONTED_MAIN = re.compile(r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)|in\s+(?:[a-z]+\s+)?(?:trade|trading|"
                           r"session)|last\s+week|yesterday))?"
                           # what the move came on, a short phrase ("rebound on first-quarter results", "slide after the
                           # warning")
                           r"(?:\s+(?:on|after|following)\s+(?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?\s*,\s*")


def sentence_moves(sentence: str, labelled: bool = False, lean: int = 0) -> list[Attached]:
    """Input: one sentence, list line or headline. Output: its move figures with their subjects, in text order;
    coreferent subjects (``kind == "coref"``) are resolved by the caller against earlier sentences. ``labelled``: the
    line is a list item whose label names a company ("- Acme Tools (named adviser): +17%"); a verb or signed figure
    with nothing at all in subject position is then the label's ("shares", which the caller reads as the label).
    ``lean``: the direction of the moves the paragraph told before (:func:`find_figures`)."""
    figures = find_figures(sentence, beside=True, lean=lean)  # the caller drops a fraction that rounds its company's figure
    if not figures:
        return []
    out: list[Attached] = []
    last_sign = 0
    last_subjects: list[Subject] = []
    last_form = ""
    prev_end = 0
    last_by = False  # the figure before came after "by" ("fell by 2.1%")
    compared_before = False  # the figure before was the compared item of "compared with 8% for Y"
    for group in _groups(figures, sentence):
        head = group[0]
        was_compared, compared_before = compared_before, False
        subjects: list[Subject] | None
        if (quoted := _bracket_owner(sentence, head)):
            subjects = quoted  # "for Acme (ACM.AX, +9.3% today)", "Acme (ACM, $21.33, up 11.5%)": the bracket's name
        elif head.form == "signed" and (chip := _TICKER_CHIP_END.search(sentence, 0, head.start)) is not None \
                and (owner := _usable(subject_before(sentence[: chip.start()] + " rose", chip.start(), allow_object=True))):
            subjects = owner[-1:]  # "... 4.3% of Acme Tools Inc. ACMT, +1.88%, said": the quote of the name the ticker
            # follows, wherever the name stands in the sentence (a page's ticker chip)
        elif head.form == "signed":  # "Qualcomm (-3.41 percent)", "Meituan: -4.87%"
            subjects = _usable(subject_before(sentence, head.start, allow_object=True))[-1:]
            if not subjects and _STATE_ADVERB_END.search(sentence, 0, head.start):
                # "Acme off its lows, now -5.5%": the figure stands where "now down 5.5%" would, the clause's subject
                subjects = _verb_subjects(sentence, head, last_subjects, prev_end, [a.subject for a in out]) or []
            if last_form == "signed" and last_subjects and _SIGNED_AGAIN.fullmatch(sentence[prev_end: head.start]):
                subjects = last_subjects[-1:]  # "Acme: +2.8% this week, -4.4% since May 9": the item's second figure
        elif head.sign == 0 and last_subjects and _CONTINUED.search(sentence[: head.start]):
            subjects = last_subjects  # "fell 9% on Tuesday and a further 4% on Wednesday"
            group = _with_sign(group, last_sign)
        elif (head.sign == 0 and last_sign and last_subjects
              and (last_form in ("verb", "noun") and _COMPARED_BEFORE.search(sentence, 0, head.start)
                   or was_compared and _COMPARED_NEXT.fullmatch(sentence, prev_end, head.start))  # ", 5% for Z"
              and _usable(compared := object_after(sentence, group[-1].end))):
            subjects = _usable(compared)[:1]  # "has gained 40% this year, compared with 8% for Y": Y's, the same way
            compared_before = True
            if subjects[0].kind == "share" and _FOR_THE.match(sentence, group[-1].end):
                subjects = [replace(subjects[0], kind="index")]  # "compared with 3% for the X 500": a market, not a firm
            group = _with_sign(group, last_sign)
        elif head.sign == 0 and last_sign and last_subjects and last_form in ("verb", "noun") \
                and _AFTER_BARE.fullmatch(sentence, prev_end, head.start) and _EARLIER_SESSION.match(sentence, group[-1].end):
            subjects = last_subjects  # "X gained 1.4%, after 4.6% the previous day": the verb left out, X's move before
            group = _with_sign(group, last_sign)
        elif head.sign == 0 and last_sign and last_subjects and _CLASS_ITEM_END.search(sentence, 0, head.start):
            subjects = last_subjects[-1:]  # "X's preferred shares fell 4.1% and its common shares 3.5%": another class
            group = _with_sign(group, last_sign)  # of the same company's shares, the verb left out
        elif head.sign == 0:  # a gapped list item: "Kering tumbled 9%, LVMH 2%"
            # "X's shares have risen 9%, and Y's by nearly 10%": the possessive's "by" stands where the verb was
            owned_by = _OWNED_BY_END.search(sentence, 0, head.start)
            if owned_by and not owned_by.group("own") and not last_by:
                owned_by = None
            at = owned_by.start("by") if owned_by else head.start
            found = _usable(subject_before(sentence, at, allow_object=True)) if last_sign else []
            if not found or found[0].start < 0 or not _LIST_BEFORE.search(_less_place_owner(sentence[: found[0].start])):
                continue
            # "A slumped 14%, miners B and C 9.6% and 11.3%, respectively": a pair with as many figures, in order
            subjects = found if len(group) > 1 and len(found) == len(group) else found[-1:]
            group = _with_sign(group, last_sign)
        elif head.form == "noun" and not out and FRONTED_MOVE.match(sentence, 0, head.start) \
                and (main := _FRONTED_MAIN.match(sentence, head.noun_end)) is not None:
            # "After Monday's 24.6% crash, Acme shares bounced 3.8%": the move of the main clause's subject
            later = [a for a in sentence_moves(" " * main.end() + sentence[main.end():], labelled, lean)
                     if a.figure.start >= main.end()]
            subjects = [later[0].subject] if later and (later[0].subject.start >= main.end()
                                                        or later[0].subject.kind == "coref") \
                else _nominal_subjects(sentence, head, last_subjects, prev_end)  # no move after: the one before's
        elif head.form == "noun":
            subjects = _nominal_subjects(sentence, head, last_subjects, prev_end)
        else:
            subjects = _verb_subjects(sentence, head, last_subjects, prev_end, [a.subject for a in out])
        if subjects is None:
            continue
        if not subjects and labelled and head.form in ("signed", "verb") and _unnamed_item_figure(sentence, head, prev_end):
            subjects = [Subject("coref", "", head="shares")]  # "- Acme (named adviser): +17%", "- Acme: the maker; lost 4%"
        subjects = _not_counts(sentence, _earlier_subjects(sentence, subjects, group, out, last_subjects, prev_end))
        subjects = [_index_by_adjective(sentence, x) for x in subjects]
        for subject, fig in _pair(subjects, group):
            out.append(Attached(subject, fig, group[-1].end))
        if subjects:
            last_subjects = subjects
        last_sign = group[-1].sign or last_sign
        last_form = group[-1].form
        last_by = _BY_END.search(sentence, max(0, group[0].start - 10), group[0].start) is not None
        prev_end = group[-1].end
    return out
