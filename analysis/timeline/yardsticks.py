"""Dates of a sentence that measure something rather than date an event, dropped from the timeline.

A sentence of market coverage often carries, next to the date of its event, dates that only frame a figure:
the baseline of a comparison ("up 2.9% from a year earlier", "down from 47% on Tuesday", but not the day of a change
"to $30 from $45 on Friday"), the start of a span
("deposits fell 18% since January"), the period a statistic covers ("prices rose 0.3% in February, the Labor
Department said on Wednesday", "data for September, due on Tuesday") or a week or month that only contains
the day the sentence names ("this week's outage ... said on Thursday", "meets next week, on October 29"), or an
earlier day named in the possessive ("reported on Wednesday ... before Monday's trial results"). An earlier week
names an event of its own ("crashed on Monday as the fallout from the announcement last week spread", "after last
week's court ruling"), unless a figure or a move is its content ("after falling 9% last week", "last week's slump").
A clock time before another date is that date's hour ("staffed until 8 p.m. throughout next week"), and the month a thing
covers ("a refund for May") frames a sentence another date dates more finely. A period that holds the day a
plan was told stays the plan's date ("said on Monday it would book a writedown in the second quarter").
:func:`yardsticks` names them; the event keeps the sentence's other dates.
"""

from __future__ import annotations

import re

from analysis.lexicon import event_nouns
from analysis.time.timex_context import is_future
from analysis.time.timex_patterns import LEX
from analysis.timeline.dated.model import DAY_CLOSES, MOVE_SPANS, PAST_SESSIONS, YEAR_SO_FAR, SearchedWithWords, TemporalExpression

#: The baseline of a comparison: "from a year earlier", "down from 47% on Tuesday", "than in March", "than it was
#: three years ago", "in line with a year earlier".
#: (Opening on a lookahead on its first letters: the regex engine skips to those, the same matches.)
_BASELINE = re.compile(
    r"(?=[cfitv])\b(?:from|than(?:\s+(?:it|they|he|she|we|this|that)\s+(?:was|were|had\s+been|did))?|"
    r"compared\s+(?:with|to)|"
    r"in\s+line\s+with|versus|vs\.?)\s+(?:(?:about|around|roughly|some)\s+)?"
    r"(?:[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|bps|[mbk]n?|million|billion)?\s+)?"
    r"(?:(?:on|in|at|of|the|its|their|whole|entire|all)\s+){0,4}"  # "than in the whole of January", "than its Monday low"
    r"(?:(?:the\s+)?same\s+(?:day|week|weekend|month|quarter|period|session)\s+)?$",  # "compared with the same day a year earlier"
    re.IGNORECASE,
)
#: A figure set against an earlier level of it: "valued at about 2.4 billion crowns, against 6.3 billion at the start of the
#: year", "a margin of 4.1%, against 5.3% in the first quarter". Only with the earlier figure right after "against" ("the
#: vote went 52 against 48", "a suit against the 2031 law" name no level of a date).
_AGAINST_FIGURE = re.compile(r"\bagainst\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just)\s+)?"
                             r"[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|bps|[mbk]n?|million|billion|trillion)?"
                             r"(?:\s+[a-z]+)?\s+(?:(?:on|in|at|of|the|its|their|a|whole|entire|all)\s+){0,4}$", re.IGNORECASE)
#: A count a business tallied over a past period: "drew about 1.9 million visitors last year", "carried 14 million
#: passengers in 2030", "produced 150,000 tonnes of copper last year". A statistic of that period, no event in it.
_TALLY_BEFORE = re.compile(r"\b(?:drew|attracted|welcomed|served|carried|handled|shipped|produced|employed|recorded|logged|"
                           r"hosted)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just\s+over|under|"
                           r"fewer\s+than|less\s+than)\s+)?\d[\d.,]*\s*(?:million|billion|thousand|m|bn|k)?\s+"
                           r"(?:[a-z-]+\s+){1,3}(?:(?:in|during|over)\s+)?$", re.IGNORECASE)
#: A figure compared "on" an earlier period, as British news writes it: "sales were up 340% on a year earlier", "down
#: 3% on the previous quarter", "4% higher on last year". Only a period named back from another date ("last year", "a
#: year earlier", "the previous quarter"): "fell 11% on Monday" is the day of the fall.
_ON_BASELINE = re.compile(r"(?:\d\s*(?:%|percent|per\s+cent)|\b(?:up|down|higher|lower|ahead|behind))\s+on\s+$",
                          re.IGNORECASE)
_BACK_PERIOD = re.compile(r"^(?:(?:a|one|the)\s+(?:year|month|week|quarter)\s+(?:earlier|ago|before)|last\s+(?:year|month|"
                          r"week|quarter)|the\s+(?:previous|prior|preceding)\s+(?:year|month|week|quarter|day|session))$",
                          re.IGNORECASE)
#: "more than", "less than" before a percentage: its size, not a comparison ("a rally of more than 8% in the previous
#: two sessions").
_MORE_THAN = re.compile(r"\b(?:more|less|fewer)\s+than$", re.IGNORECASE)
_PERCENT_AFTER_THAN = re.compile(r"than\s+\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
#: A figure above or below its baseline: "bookings were 9% above last year", "sales ran 4% below the level of May".
_ABOVE_BELOW = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:above|below)\s+"
                          r"(?:(?:the|its|their|levels?|that|those|of|in|on|at)\s+){0,3}$", re.IGNORECASE)
#: "levels" after the date of a comparison: "still about 30% below 2019 levels", "above pre-strike 2030 levels".
_LEVELS_AFTER = re.compile(r"\s+levels?\b", re.IGNORECASE)
#: The period of a norm a figure is set against: "at about 55% of their usual output for late July", "twice the normal
#: rainfall for March", "above seasonal demand for the time of year". What is usual then, no event in it.
#: A level set against where it stood at another time: "remain far below where they were a fortnight ago", "back to
#: where it traded in March" (not with a "when" clause telling that time's event: :data:`_WHEN_AFTER`).
_WHERE_LEVEL = re.compile(r"\b(?:above|below|under|beneath|short\s+of|back\s+(?:to|at)|near|close\s+to)\s+(?:where|what)\s+"
                          r"(?:it|they|the\s+[a-z]+|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?)\s+(?:was|were|stood|traded|"
                          r"had\s+been|closed|ended)\s+(?:on\s+|in\s+|at\s+)?$")
_NORM_FOR = re.compile(r"\b(?:usual|normal|typical|seasonal)\s+(?:[a-z-]+\s+){0,2}?for\s+(?:the\s+)?$", re.IGNORECASE)
#: A lead or a lag on a period: "running well ahead of last year", '"well ahead" of last year', "behind last month".
_AHEAD_OF = re.compile(r"\b(?:ahead[\"”’']?\s+of|behind)[\"”’']?\s+$", re.IGNORECASE)
#: A past period named relative to the article ("last year", "last month"), or a past year.
_LAST_PERIOD = re.compile(r"^(?:last|the\s+previous|the\s+prior|a\s+year\s+(?:earlier|ago))\b", re.IGNORECASE)


def _past_period(e: TemporalExpression) -> bool:
    """Whether ``e`` is a whole past year, or a past period named as the last one ("last month"): what a lead or a lag
    is measured against ("ahead of last year"), unlike a coming day or month something happens before ("ahead of
    Thursday's meeting", "stockpiled ahead of May")."""
    past = e.resolved and e.anchor is not None and e.date_end is not None and e.date_end < e.anchor  # type: ignore[operator]
    return past and (e.precision == "year" or _LAST_PERIOD.match(e.expression) is not None)


#: A day's price as the baseline of a multiple or a comparison: "at 520p, more than twice the price at which it closed
#: on Tuesday", "three times the level at which the shares traded on May 2", "above the price at which they listed in
#: 2021". The day's close only measures the figure.
_PRICE_OF_DAY = re.compile(r"\b(?:twice|double|triple|half|times|than|above|below)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:price|level|value)\s+at\s+which\s+(?:it|they|the\s+(?:shares|stock))\s+"
                           r"(?:closed|traded|ended|finished|stood|opened|listed|floated)\s+(?:on\s+|in\s+|at\s+)?$",
                           re.IGNORECASE)
#: A comparison the tagger reads into the date itself: "11% less than a year earlier", "about $74 million more than a year
#: ago" (the expression opens with the comparative; the figure compared stands right before it).
_THAN_OPENS = re.compile(r"(?:less|more|fewer|lower|higher|greater|smaller|larger|bigger|weaker|stronger)\s+than\s",
                         re.IGNORECASE)
_FIGURE_BEFORE_THAN = re.compile(r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|bps|[mbk]n?|million|billion|trillion|"
                                 r"tonnes|tons|barrels)?)\s+$", re.IGNORECASE)
#: A range read from the baseline ("from Monday to Friday") is a span, not a comparison.
_RANGE_AFTER = re.compile(r"\s*(?:to|through|until|till|and)\b", re.IGNORECASE)
#: "6.8% from Oct. 13, when Wall Street's plunge began": the "when" clause tells that day's event.
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when\b|the\s+(?:last|final)\s+(?:full\s+)?(?:trading\s+)?(?:session|day)\s+before\b)",
                         re.IGNORECASE)
#: "below their close on 8 March, the last session before the attack": the day is named for an event of its own (the
#: last session before it), as a "when" clause names one; so is it in "since 8 March, the last trading day before ...".
LAST_SESSION_AFTER = re.compile(r"\s*,\s*the\s+(?:last|final)\s+(?:full\s+)?(?:trading\s+)?(?:session|day)\s+before\b",
                                re.IGNORECASE)
#: The start of a span: "since January", "since the start of the year".
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
#: A figure then the period it covers, in one clause: "rose 0.3% in February", "36% of its revenue last year",
#: "held at 4.4% in the February jobs report". A level reached ("raised its rate to 0.75% in July") is an event.
_FIGURE_PERIOD = re.compile(
    r"(?<!\bto )(?<![\d.,])\d[\d.,]*\s*(?:%|percent|per\s+cent)[^,;:.()\d]{0,40}$",
    re.IGNORECASE,
)
#: A level a release of data showed, then the period it covers: "figures published on Wednesday showed inflation fell to
#: 1.5% in October" (unlike "raised its rate to 0.75% in July", where the level reached is the event).
_DATA_LEVEL = re.compile(r"\b(?:data|figures|statistics|numbers|surveys?|estimates?|readings?)\b[^.;:!?\n]{0,60}?"
                         r"\b(?:showed|shows?|indicated|indicates?)\b[^.;:!?\n]{0,60}?\bto\s+\d[\d.,]*\s*(?:%|percent|per\s+cent)"
                         r"\s+(?:in|for|during)\s+(?:the\s+)?$", re.IGNORECASE)
_DATA_LEVEL_SEARCHED = SearchedWithWords(_DATA_LEVEL, ("show", "indicat"))  # (searched only where such a verb is)
#: A share of people a poll found planning or expecting something by a date: "62% of shoppers planned to finish their
#: gift buying by mid-December", "a third of firms expect to hire before June": the horizon is part of the answer, no
#: event (unlike a day naming an event, "a majority of voters expect Keel to win Monday's debate").
#: (Opening on a lookahead on its first letters: the regex engine skips to those, the same matches.)
_POLL_ANSWER = re.compile(
    r"(?=[\dahmot])(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|\b(?:a|one|two)[- ](?:third|quarter|half|fifth)s?|\bhalf|"
    r"\bmost|\bmajority)"
    r"\s+of\s+(?:the\s+|all\s+)?(?:[a-z]+\s+){0,2}?(?:shoppers|consumers|respondents|voters|households|firms|companies|"
    r"businesses|employers|investors|managers|executives|economists|analysts|people|adults|parents|buyers|customers)\s+"
    r"(?:say\s+they\s+|said\s+they\s+)?(?:plan|planned|expect|expected|intend|intended|hope|hoped|aim|aimed|want|wanted|"
    r"would|will)\b[^.;:!?\n]*\b(?:by|before|until|till|within)\s+(?:the\s+)?$", re.IGNORECASE)
#: A coordinated verb phrase between a figure and a date: the date is that verb's, not the figure's period.
_NEW_VERB_PHRASE = re.compile(r"\band\s+(?:to|will|would|then|is|are|was|were)\b", re.IGNORECASE)
#: A holding's size after a verb taking or telling it, before a date: "disclosed a 6.2% stake in Orlan last year", "took a
#: 9.9% holding in the group in March": the date is the deal's or the disclosure's, not a period the figure covers.
_STAKE_TAKEN = re.compile(r"\b(?:disclosed|revealed|bought|took|acquired|built|amassed|sold|announced)\s+(?:a|an|its|their|"
                          r"his|her)\s+(?:[a-z-]+\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:stake|holding|interest)\b"
                          r"[^,;:.()\d]{0,40}$", re.IGNORECASE)
#: A passive of a past act between a figure and a date, the figure modifying the act's subject ("fall 12% since the
#: 9.9% stake was first disclosed in November 2028"): the date is that act's, not the figure's period.
_PASSIVE_BETWEEN = re.compile(r"(?:%|\bpercent|\bper\s+cent)\s+[a-z][\w-]*\s+(?:was|were)\s+(?:(?:first|last|later|then|also|only)\s+)?"
                              r"[a-z]+(?:ed|en|wn)\s+(?:in|on|during)\s+$", re.IGNORECASE)
#: The period of data: "data for September", "results for the fourth quarter".
#: Not after a participle of a plan: "a vote scheduled for May", "completion targeted for the third quarter" (the plan's date),
#: nor after "on schedule", "on track" or "on course" ("the new kiln is on track for the second half of 2033").
_FOR_PERIOD = re.compile(r"(?<!\bscheduled )(?<!\bset )(?<!\bslated )(?<!\bplanned )(?<!\btargeted )(?<!\bexpected )"
                         r"(?<!\bpencilled in )(?<!\bpenciled in )(?<!\bearmarked )(?<!\bdue )(?<!\btimed )(?<!\bbooked )"
                         r"(?<!\bon schedule )(?<!\bon track )(?<!\bon course )"
                         r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
#: After a date, a gathering it names the time of: "the February 2026 session", "the May 2042 annual meeting", "the
#: 2043 election" (the date dates the gathering, not a period something covers).
_GATHERING_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:session|meeting|hearing|conference|summit|vote|election|"
                              r"auction|congress|convention|sitting|assembly|referendum)s?\b")
#: A wire story's dateline: "OSLO, May 4 (Example Wire) - ", "Sept 9 (Example News) - " at the start of a line.
#: Not a weekday in parentheses: "May 6 (Wednesday) - Inspectors find a leak" heads a list's line with its day.
_DATELINE_AFTER = re.compile(r"\s*\((?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\))[^()\n]{2,60}\)\s*[-–—]", re.IGNORECASE)
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Z.'’ -]*(?:/[A-Z][A-Z.'’ -]*)*,[ \t]*)?$")
#: A press release's dateline: "Lenbury, 12 May 2031 – Keel Corp announces ...", a town (not a weekday) opening a line,
#: its date, then a dash.
_RELEASE_DATELINE_AFTER = re.compile(r"[ \t]*[-–—][ \t]")
_RELEASE_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
                                      r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]*$")
#: The date a level or a balance is measured at: "at the end of June", "as of March 31", "as at June 30".
_AS_AT = re.compile(r"\b(?:at|as\s+(?:of|at))\s+(?=$)", re.IGNORECASE)
#: After a bare "at", only the end of a period or a calendar day ("at the end of June", "at December 31", "at 30 June"),
#: not a session's time ("down 4.35% at Monday's close").
_BALANCE_DAY = re.compile(r"(?:the\s+)?end\s+of\b|end-|[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z][a-z]{2,8}\b")
#: A figure earlier in the clause of such a date ("climbed to 7.2% of its book at", "debt of $90 million as of").
_LEVEL_FIGURE = re.compile(r"\d(?:[\d.,]*)\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|bn|mn|m)\b)[^,;:.()]{0,40}$",
                           re.IGNORECASE)
#: The date not taken of an alternative: "now plans to deliver the ferry in August instead of July".
_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:(?:in|on|at|by)\s+)?$", re.IGNORECASE)
_FUNCTION_WORDS_HORIZON = frozenset({
    "and", "or", "but", "when", "as", "after", "before", "while", "until", "for", "with", "because", "if", "at", "in",
    "on", "to", "from", "of", "by", "than", "so", "amid", "despite", "unless", "though", "although", "it", "they",
})
#: The horizon a state or a delay runs into, or the bound it stays on this side of: "empty racks well into late July",
#: "the launch may drift into 2031", "no store closures this side of Easter", "talks could run into next week". The period
#: is how long something lasts, not when an event happens; the sentence's other date dates its event.
_HORIZON = re.compile(r"(?:\binto|\bthis\s+side\s+of)\s+(?:(?:the\s+)?(?:early|mid|late|start\s+of|end\s+of|middle\s+of)\s+)?$",
                      re.IGNORECASE)
#: A horizon after "through" in a clause about what is to come: "expects the currency to trade in a narrow band through
#: the summer", "the plant will run at half speed through March", "would keep rates near zero through at least 2023". How
#: long a coming state lasts, as with "into". (A day or a week after "at least" is the nearer bound a promise gives, and
#: stays: "staff would be paid through at least Friday".)
_THROUGH_COMING = re.compile(r"(?:\b(?:will|would|could|may|might|should|shall)|'ll|\b(?:expects?|expected|forecasts?|"
                             r"predicts?|sees)\s+(?:[\w'’-]+\s+){0,4}?to)\s+[a-z]+\b(?:[^,;:.!?\n]|\.(?=\d))*"
                             r"\bthrough\s+(?P<least>at\s+least\s+)?(?:(?:the\s+)?(?:early|mid|late|end\s+of)\s+)?$", re.IGNORECASE)
#: A date that modifies the noun after it: "heading into Thursday's vote", "phoning into the evening programmes" (an
#: event or a thing named by its date, no horizon).
_MODIFIES_NOUN = re.compile(r"['’]s\b|\s+(?!(?:" + "|".join(sorted(_FUNCTION_WORDS_HORIZON)) + r")\b)[a-z]", re.IGNORECASE)
#: The end of a reporting year or a run of them: "in the year to February 2031", "the financial year ended March 31",
#: "the fiscal year ending June", "the year ended in June", "the four financial years to June 2039".
#: (Opening on a lookahead on its first letters: the regex engine skips to those, the same matches.)
_YEAR_TO = re.compile(r"(?=[ait])\b(?:the|its|their|a)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                      r"(?:(?:financial|fiscal|full|trading|accounting)\s+)?years?\s+"
                      r"(?:to|ended|ending|through)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\b")
#: A month or a holiday as the modifier of a report, naming the period it covers: "November producer price data",
#: "a soft Christmas sales update", "Japan March CPI". The report is the event, not its period.
_REPORT_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}(?:" + "|".join(re.escape(w) for w in LEX["report_nouns"]) + r")\b")
_NOT_MODIFIER = re.compile(r"(?:\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|year|quarter|"
                           r"day|month|today|yesterday|tomorrow)\b)", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"\b(?:in|on|at|by|since|until|through|during|for|from|of)\s+$", re.IGNORECASE)
_COARSE = ("week", "month", "year", "range")
#: A month naming a futures contract: "copper for December delivery", "the March cocoa contract", "June Brent futures".
#: The month the goods are delivered in is part of the instrument's name, no date of the sentence's event.
_CONTRACT_AFTER = re.compile(r"(?:\s+(?:19|20)\d\d)?(?:\s+(?!(?:the|a|an|and|or|to|of|in|on|at|for|by|its|their|was|were|"
                             r"is|are|has|had|have)\b)[A-Za-z-]+){0,2}?\s+(?:delivery|futures|contracts?|options|expiry|"
                             r"settlement)\b", re.IGNORECASE)

#: A part of a day named without its day ("in the evening hours", "the morning"), which the tagger reads on the
#: publication date: in a sentence that names another date, a time of that date's days, no date of its own.
_BARE_DAY_PART = re.compile(r"^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)s?$", re.IGNORECASE)
_FROM_PUBLICATION = "relative to the publication date"
#: A day as the delivery of a contract: "power for Tuesday delivery", "gas for next-day delivery" (after "for").
_DELIVERY_AFTER = re.compile(r"[ \t-]+delivery\b", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


#: What makes "from X" a comparison's baseline: a figure or a word of change before it in its clause ("up 6% from
#: a week earlier", "down from 47%", "higher than"); "From March 2029, it will charge" and "will shut 40 branches from
#: Thursday evening" start a period instead.
_CHANGE = re.compile(r"(?:%|\bpercent\b|\bper\s+cent\b|\bpoints?\b|\bbps\b|[$€£]|\b(?:up|down|higher|lower|more|less|"
                     r"rose|fell|gained|lost|climbed|dropped|jumped|slipped|increased|decreased|declined)\b)",
                     re.IGNORECASE)
#: "cut its target to $30 from $45 on Friday": the day of the change from one figure to another, not a baseline.
_TO_FROM = re.compile(r"\bto\s+[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]{1,3})?\s+from\s+[$€£]?\d[\d.,]*\s*"
                      r"(?:%|percent|per\s+cent|[a-z]{1,3})?\s+(?:on\s+)?$", re.IGNORECASE)
#: The start of the last clause: after a comma, a semicolon, a colon or a sentence's end, not a thousands separator
#: ("climbed to 5,120 on Friday from 4,870 a week earlier" is one clause).
_CLAUSE_START = re.compile(r"(?:,(?!\d)|[;:]|[.!?]\s)\s*(?![^;:.!?]*(?:,(?!\d)|[;:]|[.!?]\s))")


#: The words after a date that "since" opens: its possessive, then up to three words.
_WORDS_AFTER = re.compile(r"(?P<pos>['’]s)?(?:[ \t]+[a-z]+(?:-[a-z]+)*){1,3}")
_SINCE_THE = re.compile(r"\bsince\s+the\s+$", re.IGNORECASE)
_SINCE_BARE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: Nouns of a level or a session a move is measured from ("since Friday's close", "since the March 2029 low").
_LEVEL_NOUNS = frozenset({
    "close", "closing", "open", "opening", "session", "trading", "trade", "level", "levels", "high", "highs", "low",
    "lows", "peak", "trough", "price", "value", "record", "finish", "end", "start", "beginning", "bottom", "top",
})
#: Words that end the phrase of the date: a clause or another phrase follows, no noun the date modifies.
_FUNCTION_WORDS = frozenset({
    "and", "or", "but", "when", "as", "after", "before", "while", "until", "for", "with", "the", "a", "an", "its",
    "their", "his", "her", "has", "have", "had", "was", "were", "is", "are", "will", "would", "that", "which", "in",
    "on", "at", "to", "from", "of", "by", "into", "amid", "because", "than", "it", "they", "shares", "stock", "so",
})


def event_named(text: str, e: TemporalExpression) -> bool:
    """Whether the date ``e`` after "since" modifies the noun of an event: "since Monday's power cut" (a
    possessive), "since the May 2029 strike" (the article, the date, then its noun). The date is then that
    event's, not only the start of a span. Not a level or a session ("since Friday's close", "since the March 2029
    low"), nor a date a clause or a phrase follows ("since May 5, the day ...", "since January as rates rose")."""
    m = _WORDS_AFTER.match(text, e.end)
    if m is None or (m.group("pos") is None and not _SINCE_THE.search(text, max(0, e.start - 12), e.start)
                     # a headline's bare year before its noun: "biggest drop since 2019 listing"
                     and not (e.expression.strip().isdigit() and _SINCE_BARE.search(text, max(0, e.start - 8), e.start))):
        return False
    content = 0
    for w in m.group(0)[len(m.group("pos") or ""):].split():
        if w in _FUNCTION_WORDS:
            break
        if any(part in _LEVEL_NOUNS for part in w.split("-")):
            return False
        content += 1
    return content > 0


#: Nouns of a share move or a level a day's possessive names ("after Monday's 12% slide", "from Friday's close"):
#: a move the move table dates, or a level measured from, no other event of the sentence.
_MOVE_NOUNS = frozenset(n for n, groups in event_nouns().items() if groups & {"fall", "rise"}) | _LEVEL_NOUNS | {
    "fall", "falls", "slide", "gain", "gains", "loss", "losses", "rise", "rises", "dip", "bounce", "move", "moves",
    "swing", "retreat", "advance", "run-up", "slump", "performance", "selloff", "sell-off", "rout",
}
#: A bound before the possessive: "met the lenders before Thursday's vote" places the main event by that day.
_BOUND_BEFORE_DAY = re.compile(r"\b(?:before|ahead\s+of|until|till|prior\s+to)\s+(?:last\s+)?$", re.IGNORECASE)

#: A condition opening the clause of the possessive: "If Sunday's trial run goes wrong, ..." tells no event that happened.
_CONDITION_BEFORE_DAY = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


#: A possessive, a noun phrase of one to three words, then its own past verb: "last week's walkout grounded 2,600
#: flights", "last week's strike had cost it 85 million euros".
_ACTS_AFTER = re.compile(r"['’]s(?:\s+(?![\w-]*ed\b)[\w-]+){1,3}?\s+(?:had\s+|has\s+|was\s+|were\s+)?"
                         r"(?!(?:showed|indicated|suggested|signalled|signaled)\b)(?:[a-z]{3,}ed|cost|hit|shut|left|led|took|brought|sent|kept|cut|put|set|drew|forced|made|"
                         r"began|ended|wiped|knocked)\b")


def _week_acting(text: str, e: TemporalExpression) -> bool:
    """Whether ``e`` is a past week named in the possessive before the subject of a past verb ("last week's walkout
    grounded 2,600 flights"): the week of an event that did something, no period of data ("last week's figures
    showed ...")."""
    return (e.precision == "week" and e.anchor is not None and e.date_end is not None and e.date_end < e.anchor  # type: ignore[operator]
            and _ACTS_AFTER.match(text, e.end) is not None)


#: A week named as gone by: "last week", "the previous week", "a week earlier".
_LAST_WEEK = re.compile(r"(?:last|the\s+(?:previous|prior|preceding))\s+week\b|(?:a|one)\s+week\s+(?:ago|earlier|before)\b",
                        re.IGNORECASE)


#: A weekend named as gone by: "last weekend's derailment", "the previous weekend's storm" (the weekend of that event).
_LAST_WEEKEND = re.compile(r"(?:last|the\s+(?:previous|prior|preceding))\s+weekend\b", re.IGNORECASE)


#: A possessive, then the words of the noun phrase it opens, up to a clause's punctuation: "'s Talon-2 launch failure",
#: "'s $1.15 billion charge" (names and figures among them).
_NOUN_PHRASE_AFTER = re.compile(r"['’]s((?:[ \t]+[\w$£€%.-]*\w%?){1,4})")
#: Nouns of the data a past week's release gave ("last week's figures showed hiring slowed"): a period of data, no event.
_DATA_NOUNS = frozenset({"data", "figures", "numbers", "statistics", "reading", "readings", "print", "survey"})


#: Words of a level that are adjectives before another noun ("high winds", "low water"), not the level itself ("last
#: week's two-year high").
_LEVEL_ADJECTIVES = frozenset({"high", "low"})


def week_event(text: str, e: TemporalExpression) -> bool:
    """Whether ``e`` is a week or a weekend named as gone by ("last week", "last weekend") in the possessive before the noun of an event ("after last week's Supreme
    Court ruling", "before last week's failed auction", "the most likely cause of last week's launch failure"): the
    week of that event, an event of its own beside a later day of the sentence. Not a share move or a level ("after
    last week's slump", "from last week's two-year high": :data:`_MOVE_NOUNS`), nor a week's data ("last week's
    figures showed"), nor a week in a condition ("if last week's deal falls apart"). The week named back from the
    article is past, whatever the tense of its clause ("expects no more write-downs after last week's charge")."""
    if not (e.anchor is not None and e.date_end is not None and e.date_end < e.anchor  # type: ignore[operator]
            and ((e.precision == "week" and _LAST_WEEK.match(e.expression))
                 or (e.precision == "range" and _LAST_WEEKEND.match(e.expression)))):
        return False
    m = _NOUN_PHRASE_AFTER.match(text, e.end)
    if m is None or _CONDITION_BEFORE_DAY.search(text, max(0, e.start - 40), e.start):
        return False
    content = 0
    words = m.group(1).split()
    for k, w in enumerate(words):
        if w[:1].isupper():
            content += 1  # a name's word ("last week's High Court ruling")
            continue
        if w in _FUNCTION_WORDS:
            break
        if w in _LEVEL_ADJECTIVES and k + 1 < len(words) and words[k + 1].isalpha() and words[k + 1] not in _FUNCTION_WORDS:
            continue  # "ahead of last weekend's high winds": an adjective of the noun after it, no level
        if "%" in w or w in ("percent", "per") or w in _DATA_NOUNS or w in _MOVE_NOUNS \
                or any(part in _MOVE_NOUNS for part in w.split("-")):
            return False  # "last week's 12% slide", "last week's rally": a move
        content += any(c.isalpha() for c in w)
    return content > 0


def earlier_event(text: str, e: TemporalExpression) -> bool:
    """Whether the day ``e``, in the possessive before the noun of an event ("three days after Monday's derailment",
    "since Monday's derailment", "the crew behind Tuesday's strike", "helped by Tuesday's court ruling"), tells that
    earlier event of its own, though the sentence's main clause names a later day. Not a share move or a level ("after
    Monday's 12% slide", "since Friday's close": :data:`_MOVE_NOUNS`, or a figure after the possessive), nor a day that
    bounds the main event ("before Thursday's vote"), nor one in a condition ("if Sunday's trial run goes wrong") or a
    clause about the future."""
    if e.date_start is None or e.date_end is None or (e.date_end - e.date_start).days > 2 and not _week_acting(text, e):
        return False  # a day or a weekend; "October's numbers" names a period of data
    m = _WORDS_AFTER.match(text, e.end)
    acting = _ACTS_AFTER.match(text, e.end) if _week_acting(text, e) else None
    if acting is not None:  # "last week's 48-hour walkout grounded ...": the words of its subject, a figure too
        m = re.match(r"(?P<pos>['’]s)((?:\s+[\w-]+)+?)\s+\S+$", acting.group(0)) or m
    if m is None or m.group("pos") is None or _BOUND_BEFORE_DAY.search(text, max(0, e.start - 16), e.start) \
            or _CONDITION_BEFORE_DAY.search(text, max(0, e.start - 40), e.start) \
            or (is_future(text, e.start, e.end) and not _week_acting(text, e)):
        # "who is standing in Tuesday's election": a coming day read back (not "after last week's strike grounded
        # flights, talks are due to resume": the week's event has its own past verb)
        return False
    content = 0
    for w in m.group(0)[len(m.group("pos")):].split():
        if w in _FUNCTION_WORDS:
            break
        if w in _MOVE_NOUNS or any(part in _MOVE_NOUNS for part in w.split("-")):
            return False
        content += 1
    return content > 0


#: A count, a figure, a change or a comparison before "since": what is measured over the span ("three more plants
#: since 2027", "the fourth recall since 2026", "has shrunk since 2019", "the smallest haul since 1994"), no state that
#: began then.
_MEASURED = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|"
                       r"thousands|millions|several|many|more|fewer|less|first|second|third|fourth|fifth|last|only|"
                       r"every|each|all|no|none|any|worst|best|biggest|largest|highest|lowest|steepest|sharpest|strongest|"
                       r"weakest|most|least|longest|fastest|slowest|smallest|fewest|greatest|heaviest|deepest|hottest|coldest|warmest|"
                       r"wettest|driest|busiest|cheapest|record|times?|up|down|higher|lower|rose|risen|fell|"
                       r"fallen|gained|lost|grown|grew|shrunk|shrank|climbed|dropped|jumped|slid|increased|decreased|"
                       r"declined|doubled|tripled|halved|surged|soared|tumbled|rallied)\b", re.IGNORECASE)

#: A clause break: a comma (not a thousands separator), a semicolon, a colon, a line break or a sentence's end.
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:\n]|[.!?](?:\s|$)")


#: A month with its year ("December 2019", "Dec. 2019"): a month the text places, as a year is.
_MONTH_OF_YEAR = re.compile(r"[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d$")


def state_since(text: str, e: TemporalExpression) -> bool:
    """Whether the year ``e`` after "since" is when a state began ("Osgrave, who has run the mill since 2021, said on
    Monday ...", "the hall that has hosted the fair since 1987", "has not raised its fares since 2011", "its supplier
    since 2016"), or the month with its year ("the line, run by Osgrave since December 2029, would pass to the state
    on June 29"): nothing is counted, measured or compared over the span in its clause (:data:`_MEASURED`), so the
    year or month dates the state's start, an event of its own beside the sentence's day. (A month modifying a noun
    after it is a level's or an event's: "since the May 2029 low".)"""
    if e.precision != "year" and not (e.precision == "month" and _MONTH_OF_YEAR.search(e.expression.strip())
                                      and not _MODIFIES_NOUN.match(text, e.end)):
        return False
    since = _SINCE.search(text, max(0, e.start - 12), e.start)
    if since is None:
        return False
    begin = max(0, since.start() - 120)
    for stop in _CLAUSE_BREAK.finditer(text, begin, since.start()):
        begin = stop.end()
    return _MEASURED.search(text, begin, since.start()) is None


#: A modal or a verb of a plan then "to": what follows is still to come ("it would take", "plans to close").
_PLAN_CUE = re.compile(r"(?<![\w'])(?:will|would|shall|'ll|(?:expects?|expected|plans?|planned|intends?|intended|aims?|"
                       r"aimed)\s+to)(?![\w'])", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|told|announced|confirmed|disclosed|added|warned|stated)\s+(?:\w+\s+){0,3}?$",
                          re.IGNORECASE)


#: "tripled between March 2021 and its high last November": a move's span from one date to another.
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+(?:start|end|beginning)\s+of\s+)?$", re.IGNORECASE)
_MOVED = re.compile(r"\b(?:doubled|tripled|trebled|halved|rose|fell|gained|lost|climbed|dropped|jumped|slid|slumped|"
                    r"surged|soared|rallied|tumbled|declined|(?:has|have)\s+(?:more\s+than\s+)?doubled)\b|\d\s*(?:%|percent\b|per\s+cent\b)",
                    re.IGNORECASE)
_AND_THEN = re.compile(r"\s+and\s+(?:(?:its|their|the)\s+(?:[a-z]+\s+){0,2}?)?", re.IGNORECASE)
#: A clock time alone: "8 p.m.", "09:30", "10am ET", "noon".
_CLOCK = re.compile(r"^(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|noon|midnight)$", re.IGNORECASE)
#: What may stand between a clock time and the date it is the hour of: "until 8 p.m. throughout next week", "at 9 a.m. on".
_HOUR_OF = re.compile(r"\s*,?\s*(?:(?:on|through|throughout|until|till|to|from|for|during|over|each|every)\s+)?(?:the\s+)?",
                      re.IGNORECASE)


def hour_of_date(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether ``e`` is a bare clock time that is the hour of the date right after it ("branches will be staffed until
    8 p.m. throughout next week", "at 9 a.m. on Thursday" told apart): that date dates the event; the clock time, read
    from the article's day or an earlier date, does not. ``found`` are the sentence's expressions."""
    if not _CLOCK.match(e.expression.strip()):
        return False
    return any(o is not e and o.resolved and o.start >= e.end and (o.date_start, o.date_end) != (e.date_start, e.date_end)
               and _HOUR_OF.fullmatch(text, e.end, o.start) is not None for o in found)


def reported_plan(text: str, day: TemporalExpression, e: TemporalExpression) -> bool:
    """Whether the period ``e`` dates a plan reported on ``day``: "X said on Monday it would book a writedown in the
    second quarter" (a verb of saying right before the day, a modal or a verb of a plan between the day and the
    period, no sentence break): the quarter is when the writedown falls, not only a span holding the day the plan was
    told."""
    if not (day.end <= e.start) or _SAID_BEFORE.search(text, max(0, day.start - 40), day.start) is None:
        return False
    between = text[day.end:e.start]
    return "\n" not in between and not re.search(r"[.!?]\s", between) and _PLAN_CUE.search(between) is not None


#: A deadline, not a comparison: "no later than 29 July", "not later than March 31".
_DEADLINE_THAN = re.compile(r"\b(?:no|not)\s+(?:later|earlier|sooner)\s+than\s+(?:the\s+)?$", re.IGNORECASE)


def _takes_effect(text: str, e: TemporalExpression, base: str) -> bool:
    """Whether "from" before the coming day ``e`` starts what a clause about the future tells ("tariffs will rise by
    9.5% from 1 August", "the levy will double from Monday"): the day a change takes effect, no baseline of the figure
    (unlike "up 6% from a week earlier")."""
    return (base.lower().startswith("from") and e.precision == "day" and e.anchor is not None and e.date_start is not None
            and e.date_start > e.anchor and is_future(text, e.start, e.end))  # type: ignore[operator]


def _compares(before: str, at: int) -> bool:
    """Whether the baseline word at ``before[at:]`` follows a figure or a word of change in its clause (only "from"
    needs one: "than", "compared with" and "versus" compare by themselves)."""
    if not before[at:].lower().startswith("from"):
        return True
    clause = _CLAUSE_START.search(before, 0, at)
    return bool(_CHANGE.search(before, clause.end() if clause else 0, at))


def since_year_span(e: TemporalExpression, found: list[TemporalExpression], text: str) -> bool:
    """Whether the year or month ``e`` only starts the span a figure is measured over ("rents had risen 24% in cash
    terms since 2021", "closed 40 percent of its branches since 2017", "had lost 11% since July") in a sentence that
    names a finer date for its event ("said last month"), or for a month a later one ("reached 8.7% in August"). Not a
    year naming an event ("since the 2016 merger"), nor a month whose own event a "when" clause or a state tells."""
    before = text[max(0, e.start - 60) : e.start]
    since = _SINCE.search(before)
    if since is None or _FIGURE_PERIOD.search(before[: since.start()]) is None or event_named(text, e):
        return False
    if e.precision == "year":
        return any(o is not e and o.resolved and o.precision != "year" for o in found)
    # a month: "inflation reached 8.7% in August, and the currency had lost 11% since July": a later date is the event's
    return (e.precision == "month" and e.date_end is not None and not _WHEN_AFTER.match(text, e.end)
            and not state_since(text, e)
            and any(o is not e and o.resolved and o.date_start is not None and o.date_start > e.date_end for o in found))


def _coming_day(o: TemporalExpression) -> bool:
    """Whether the day ``o`` lies after the date it was read against: a plan or a deadline ("said this week that it
    would not file its report by Wednesday's deadline"). An earlier week is then when the plan was told, no
    back-reference made from that day."""
    return o.anchor is not None and o.date_start is not None and o.date_start > o.anchor  # type: ignore[operator]


#: The basis of a date read from another date of the text (:func:`analysis.timeline.dated.model.basis_of`).
_TEXT_ANCHORED = "relative to the date stated earlier in the text"


def _move_after_days(e: TemporalExpression, days: list[TemporalExpression]) -> bool:
    """Whether the week or month ``e``, begun by the date it was read against, starts after every day of its sentence
    (``days``): the figure before it is a move over that period ("Corvane Mills added 3.1% for the week, helped by
    insurers who confirmed that the fire of May 2 is covered", "Tallis rose 5.4% this week as traders bet that the port
    dispute that began on April 28 is ending"), and the earlier days tell other events (a cause, the start of another span). A
    release of data comes after the period it covers, never before it ("prices rose 0.3% in February, it said on
    Wednesday" keeps Wednesday alone). Only a period read from the article's date: one read from another date of the
    text is that date's neighbour ("added 1.7% for the week after lifting its forecast", the tagger's "the week after"
    Friday, is no week of the article)."""
    return (e.precision in ("week", "month") and e.kind != "after_event" and _TEXT_ANCHORED not in e.basis
            and e.anchor is not None and e.date_start is not None
            and e.date_start <= e.anchor and bool(days)  # type: ignore[operator]
            and all(o.date_end is not None and o.date_end < e.date_start for o in days))  # type: ignore[operator]


#: A count of time told as a delay or a lead on a plan: "with cargo arriving about a week later than planned", "opened two
#: days earlier than scheduled", "berthed almost exactly a week after it was due". The count measures how late or early
#: the act came; the plan's day is no event, and the count from another day dates nothing.
_COUNT_AGAINST_PLAN = re.compile(r"^(?:(?:about|around|roughly|some|almost|nearly|more\s+than|less\s+than|over|just|only|"
                                 r"exactly|almost\s+exactly)\s+)*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"\d+|a\s+few|several|a\s+couple\s+of)\s+(?:hours?|days?|weeks?|months?|years?|sessions?)\s+"
                                 r"(?P<rel>later|earlier|sooner|after|before)$", re.IGNORECASE)
_THAN_PLANNED = re.compile(r"\s+than\s+(?:(?:it\s+|they\s+|was\s+|were\s+|had\s+been\s+)?(?:originally|initially|first|"
                           r"previously|once)\s+)?(?:planned|expected|scheduled|forecast|hoped|intended|anticipated|"
                           r"promised|agreed|targeted|budgeted|usual|normal)\b", re.IGNORECASE)
_WAS_DUE = re.compile(r"\s+(?:it|they|he|she|we|the\s+[a-z]+)\s+(?:was|were|had\s+been|is|are)\s+(?:(?:originally|"
                      r"initially|first|once)\s+)?(?:due|scheduled|expected|planned|meant|supposed)\b", re.IGNORECASE)


#: A multiple of a level, then the earlier period the level is of: "$14,120 last week, nearly four times their level a
#: year earlier", "twice the price of a year ago", "half its value the previous year". The period compared with.
_MULTIPLE_OF_LEVEL = re.compile(r"\b(?:twice|double|triple|treble|half|times)\s+(?:the|its|their|that|the\s+same)\s+"
                                r"(?:levels?|prices?|values?|rates?|size|figures?|amount|number|total)\s+(?:(?:of|in)\s+)?$",
                                re.IGNORECASE)


#: The dates printed on goods, before a date of that list: "with use-by dates between June 2 and June 24", "best-before
#: dates up to 14 May", "an expiry date of March 2042". What a recall or a sale covers, no event on those days.
_DATE_ON_GOODS = re.compile(r"\b(?:(?:use|best|sell|display)[- ](?:by|before|until)|expiry|expiration|pack(?:ed|ing)[- ]on)\s+"
                            r"dates?\b[^.;:!?\n]{0,40}$", re.IGNORECASE)


def against_plan(text: str, e: TemporalExpression) -> bool:
    """Whether ``e`` is a count of time measuring a delay or a lead on a plan (:data:`_COUNT_AGAINST_PLAN`, then "than
    planned" or "after it was due"): "about a week later than planned" dates no day a week after another."""
    m = _COUNT_AGAINST_PLAN.match(e.expression.strip())
    if m is None:
        return False
    if m.group("rel").lower() in ("later", "earlier", "sooner"):
        return _THAN_PLANNED.match(text, e.end) is not None
    return _WAS_DUE.match(text, e.end) is not None


def yardsticks(found: list[TemporalExpression], text: str) -> set[int]:
    """The ids of the expressions of one sentence (``found``, offsets into ``text``) that frame a figure rather
    than date an event: a comparison's baseline always; when the sentence also names a day, the start of a
    "since" span, the period a figure or data covers, and a week, month or range holding one of its days.
    A sentence with no other date keeps its only one ("producer prices rose 0.1% in May"). The span of a move
    measured from a day's close or over the year so far ("up 2.2% from Friday's close", "up 11% this year",
    :func:`analysis.timeline.clauses.since_ranges`) is kept, and frames no other date."""
    out = set()
    found = [e for e in found if not e.basis.startswith(MOVE_SPANS)  # "2.2% from Friday's close": the move's span
             and not e.basis.endswith(DAY_CLOSES)]  # "from Monday's close of $7.40": that close, the day's event
    for e in found:
        if _DATE_ON_GOODS.search(text, max(0, e.start - 80), e.start):
            out.add(id(e))  # "with use-by dates between June 2 and June 24": dates printed on the goods
            continue
        if against_plan(text, e):
            out.add(id(e))  # "with cargo arriving about a week later than planned": the delay, no day of its own
            continue
        if e.precision == "month" and _CONTRACT_AFTER.match(text, e.end):
            out.add(id(e))  # "futures for December delivery rose 1.5%": the contract's month
            continue
        if e.precision == "day" and _DELIVERY_AFTER.match(text, e.end) and _FOR_BEFORE.search(text, max(0, e.start - 8), e.start):
            out.add(id(e))  # "day-ahead power for Tuesday delivery jumped 41% on Monday": the day the power is delivered
            continue
        if _MULTIPLE_OF_LEVEL.search(text, max(0, e.start - 40), e.start) and _BACK_PERIOD.match(e.expression.strip()):
            out.add(id(e))  # "nearly four times their level a year earlier": the period the level is compared with
            continue
        if _ON_BASELINE.search(text, max(0, e.start - 24), e.start) and _BACK_PERIOD.match(e.expression.strip()):
            out.add(id(e))  # "sales were up 340% on a year earlier": the period compared with
            continue
        if _BARE_DAY_PART.match(e.expression.strip()) and e.basis.startswith(_FROM_PUBLICATION) and any(
                o is not e and o.resolved and o.date_start is not None and o.date_start != e.date_start
                and not _BARE_DAY_PART.match(o.expression.strip()) for o in found):
            out.add(id(e))  # "produced a record share last week, yet prices still tripled in the evening hours"
            continue
        if _WHERE_LEVEL.search(text, max(0, e.start - 60), e.start) and not _WHEN_AFTER.match(text, e.end) \
                and not any(ch.isdigit() for ch in e.expression):
            # "remain far below where they were a fortnight ago": the level compared with, no event (a day the text
            # names, "below where they stood on Nov. 5", is the writers' own event and stays)
            out.add(id(e))
            continue
        if _NORM_FOR.search(text, max(0, e.start - 60), e.start):
            out.add(id(e))  # "generating at 55% of their usual output for late July": the period of a norm, no event
            continue
        if _POLL_ANSWER.search(text, max(0, e.start - 120), e.start):
            out.add(id(e))  # "62% of shoppers planned to finish their buying by mid-December": a poll's answer
            continue
        before = text[max(0, e.start - 60) : e.start]
        base = _BASELINE.search(before)
        if base is not None and e.kind != "after_event" and _TEXT_ANCHORED not in e.basis \
                and _MORE_THAN.search(before, 0, base.start() + 4) and _PERCENT_AFTER_THAN.match(base.group(0)):
            # "a rally of more than 8% in the previous two sessions", "rose more than 14% this week": the figure's size
            # and the period it moved over, no baseline (not a period counted from another date of the text)
            base = None
        if len(found) > 1 and _past_period(e) and _TALLY_BEFORE.search(before) and any(
                o is not e and o.resolved and (o.date_start, o.date_end) != (e.date_start, e.date_end) for o in found):
            out.add(id(e))  # "which opened in 1998, drew about 1.9 million visitors last year": a statistic's period
            continue
        if base is None and len(found) > 1 and _AGAINST_FIGURE.search(before):
            out.add(id(e))  # "valued at 2.4 billion, against 6.3 billion at the start of the year": the level compared with
            continue
        if base is None and (not _MODIFIES_NOUN.match(text, e.end) or _LEVELS_AFTER.match(text, e.end)):
            # not "70 per cent below their 2022 peak": the peak's; but "30% below 2019 levels" names no event of 2019
            base = _ABOVE_BELOW.search(before)
        if base is None and len(found) > 1:  # (a sentence's only date stays)
            base = _PRICE_OF_DAY.search(before)
        if base is None and _AHEAD_OF.search(before) and _past_period(e) and not _MODIFIES_NOUN.match(text, e.end):
            out.add(id(e))  # "bookings were running well ahead of last year": the period compared with, no event
            continue
        if base is None and _THAN_OPENS.match(e.expression) and _FIGURE_BEFORE_THAN.search(before):
            out.add(id(e))  # "carried 14.2 million tonnes, 11% less than a year earlier": the baseline of the figure
            continue
        if base and (_DEADLINE_THAN.search(before) or _takes_effect(text, e, before[base.start():])):
            base = None  # "will pay the fee no later than 29 July", "fares will rise 9.5% from 1 August": a deadline, a start
        if base and not _RANGE_AFTER.match(text, e.end) and not _WHEN_AFTER.match(text, e.end) and _compares(before, base.start()) \
                and not (_TO_FROM.search(before) and e.precision == "day"):
            out.add(id(e))
    # (the rules below that need another date of the sentence are not read for a sentence with one date)
    others = found if len(found) > 1 else []
    for e in others:
        if _BETWEEN.search(text, max(0, e.start - 80), e.start) and _MOVED.search(
                text, max(0, e.start - 80), _BETWEEN.search(text, max(0, e.start - 80), e.start).start()) \
                and any(o is not e and o.resolved and o.start > e.end and o.date_start is not None and e.date_end is not None
                        and o.date_start > e.date_end and _AND_THEN.fullmatch(text, e.end, o.start) for o in found):
            out.add(id(e))  # "the stock tripled between March 2021 and its high last November": the span's start
    for e in found:
        if hour_of_date(e, found, text):
            out.add(id(e))  # "staffed until 8 p.m. throughout next week": the hour of next week's days
    for e in others:
        horizon = _HORIZON.search(text, max(0, e.start - 40), e.start)
        if not horizon:
            through = _THROUGH_COMING.search(text, max(0, e.start - 100), e.start)
            # (not "would be paid for scheduled shifts through at least Friday": a promise's near bound, a day of its own)
            horizon = through is not None and not (through.group("least") and e.precision in ("day", "week")) \
                and not re.search(r"\bfrom\b", text[max(0, e.start - 100) : e.start], re.IGNORECASE)  # "from May through"
        if horizon and not _MODIFIES_NOUN.match(text, e.end) and any(
                o is not e and o.resolved and id(o) not in out and (o.date_start, o.date_end) != (e.date_start, e.date_end)
                for o in found):
            out.add(id(e))  # "said on Friday it saw empty racks well into late July": how long a state lasts
    for e in others:
        before = text[max(0, e.start - 60) : e.start]
        if _INSTEAD.search(before) and any(o is not e and o.resolved and id(o) not in out for o in found):
            out.add(id(e))  # "to deliver the ferry in August instead of July": the date not taken
    for e in found:
        if id(e) in out:
            continue
        days = [o for o in found if o is not e and id(o) not in out and o.precision == "day" and o.date_start is not None]
        before = text[max(0, e.start - 60) : e.start]
        own = [o for o in days if o.kind != "after_event"]
        wire = _DATELINE_AFTER.match(text, e.end) and _DATELINE_BEFORE.search(text, max(0, e.start - 60), e.start)
        release = e.precision == "day" and _RELEASE_DATELINE_AFTER.match(text, e.end) \
            and _RELEASE_DATELINE_BEFORE.search(text, max(0, e.start - 60), e.start)
        if own and (wire or release) and all(o.date_start != e.date_start for o in own):
            out.add(id(e))  # "Sept 9 (Example Wire) - X's recall on Monday ...", "Lenbury, 12 May 2031 – Keel Corp
            # announces that its plant reopens on Monday, 19 May 2031": the story's date, not an event's
            continue
        if _YEAR_TO.search(before) and any(o is not e and id(o) not in out and o.resolved
                                           and (o.date_start, o.date_end) != (e.date_start, e.date_end) for o in found):
            # "restated rebates booked in the year to March 2031, it said on Oct. 3", "bought its cover for the year to
            # March 2031 in Q3 2029": the end of a reporting year names the period, the sentence's other date its event
            out.add(id(e))
            continue
        if e.precision == "year" and others and _FOR_PERIOD.search(before) and any(
                o is not e and id(o) not in out and o.resolved and o.precision != "year" for o in found):
            out.add(id(e))  # "wage talks for 2033 pay open in May": the period the pay covers
            continue
        finer = [o for o in found if o is not e and id(o) not in out and o.resolved and o.precision in ("day", "range", "week")
                 and e.precision in ("month", "year") and not o.basis.startswith(MOVE_SPANS)]
        if not days and finer and _FOR_PERIOD.search(before):
            out.add(id(e))  # "a refund for May, and a plan by the end of next week": the period covered
            continue
        if not days and since_year_span(e, [o for o in found if id(o) not in out], text):
            out.add(id(e))  # "said in May that rents had risen 24% since 2021": the start of the span measured
            continue
        as_at = _AS_AT.search(before)
        level_day = as_at is not None and _LEVEL_FIGURE.search(before) is not None \
            and (as_at.group(0).lower().startswith("as") or _BALANCE_DAY.match(e.expression) is not None)
        if not days and level_day and any(o is not e and id(o) not in out and o.resolved and o.precision != "year"
                                           and (o.date_start, o.date_end) != (e.date_start, e.date_end) for o in found):
            out.add(id(e))  # "held a 2.9% stake at the end of March ... and added to it earlier this month": a level's date
            continue
        if not days:
            continue
        if _REPORT_AFTER.match(text, e.end) and not _NOT_MODIFIER.search(e.expression) and not _PREP_BEFORE.search(before):
            out.add(id(e))  # "November producer price data, due on Tuesday": the period of a report
            continue
        if week_event(text, e):
            continue  # "launched a rights issue on Wednesday after last week's Supreme Court ruling": the ruling's week
        if _POSSESSIVE.match(text, e.end) and any(o.date_start > e.date_end for o in days) and not earlier_event(text, e):  # type: ignore[operator]
            # "reported on Wednesday ... before Monday's trial results": a back-reference ("three days after Monday's
            # derailment" tells that event: :func:`earlier_event`)
            out.add(id(e))
            continue
        if level_day:
            out.add(id(e))  # "arrears climbed to 7.2% of its book at the end of June, it said on Monday": a level's date
            continue
        coarse = e.precision in _COARSE or (e.date_start is not None and e.date_end is not None and e.date_start < e.date_end)
        if not coarse:
            continue
        figure = _FIGURE_PERIOD.search(before) or _DATA_LEVEL_SEARCHED.search(text, max(0, e.start - 160), e.start)
        if figure is not None and (_NEW_VERB_PHRASE.search(figure.group(0)) or _PASSIVE_BETWEEN.search(figure.group(0))):
            figure = None  # "to keep its rate at 3.25% on Wednesday and to lower it in June": another verb's date
        if figure is not None and _STAKE_TAKEN.search(text, max(0, e.start - 120), e.start):
            figure = None  # "which disclosed a 6.2% stake in Orlan last year, said on Thursday": the disclosure's year
        if figure is not None and _WHEN_AFTER.match(text, e.end):
            figure = None  # "44% below where they stood in June, when its chief told a conference ...": June's event
        # "since the 2016 merger" names an event of its own, after a comparison too ("its worst day since the 2029
        # crash"), as "since its 2016 merger" and "since it merged in 2016" do
        since = _SINCE.search(before) is not None and not event_named(text, e) \
            and not _WHEN_AFTER.match(text, e.end) \
            and not state_since(text, e)  # "since July 2026, when the kiln cracked": that day's event
        holds = [o for o in days if e.date_start <= o.date_start and o.date_end <= e.date_end]  # type: ignore[operator]
        framing = since or _FOR_PERIOD.search(before) or figure
        if framing and not since and not figure and _GATHERING_AFTER.match(text, e.end):
            framing = None  # "should be on the agenda for the February 2026 session": when the session sits, its event
        if framing and not since and _move_after_days(e, days):
            framing = None  # "added 3.1% for the week, ... the fire of May 2": the week's own move
        if framing and not since and PAST_SESSIONS.match(e.basis):
            framing = None  # "have recovered 8.8% over the past two sessions but remain below ... Oct. 3": the move's run
        if holds and all(reported_plan(text, o, e) for o in holds):
            holds = []  # "said on Monday it would book a writedown in the second quarter": the plan's period
        if framing or holds:
            out.add(id(e))  # a span's start, a figure's period, or a week or month holding the sentence's day
        elif e.precision == "week" and not _LAST_WEEK.match(e.expression) and any(
                e.date_end < o.date_start and not _coming_day(o) for o in days):  # type: ignore[operator]
            # "the RNC's meeting this week", read back before the sentence's Saturday: a back-reference (a week named
            # as gone by dates an event of its own: "crashed on Monday as the fallout from the announcement last week
            # spread" tells the announcement of last week too)
            out.add(id(e))
    return out


_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|just|only|more\s+than|over|less\s+than)\s+)?"
_PERCENT = r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
#: A level so far told as a state in the present, just before its period: "is down about 14 percent this month", "it is
#: 14 percent lower year to date", "which are down 43% since the start of the year", "..., up nearly 32% since the start
#: of the year" (a verbless aside). Not a change told as a deed ("has lost 31% this year", "had gained 23% this year
#: before Tuesday's drop") nor a result left by one ("leaving them up 49% this year").
_STATE_SO_FAR_BEFORE = re.compile(
    r"(?:\b(?:is|are|remains?|stays?|sits?)\s+(?:(?:still|now|also|already)\s+)?|,\s*(?:still\s+)?)"
    r"(?:" + _HEDGE + _PERCENT + r"\s+(?:lower|higher|down|up|off)|(?:up|down|off|lower|higher)\s+" + _HEDGE + _PERCENT + r")"
    r"\s+(?:so\s+far\s+)?(?:since\s+)?$", re.IGNORECASE)
#: The same state told after its period: "though year-to-date they are still up 11%".
_STATE_SO_FAR_AFTER = re.compile(
    r"\s*,?\s*(?:they|it|the\s+(?:stock|shares))\s+(?:is|are|remains?)\s+(?:(?:still|now|also)\s+)?"
    r"(?:up|down|lower|higher|off)\b", re.IGNORECASE)


def so_far_backgrounds(found: list[TemporalExpression], text: str) -> set[int]:
    """The ids of the spans of a move over the year (or month) so far (``basis`` the year so far with its figure) that
    are the state a dated event of the same sentence stands in, not an event of their own: told in the present as a
    level ("it is 14 percent lower year to date", "which are down 43% since the start of the year, were little changed
    on Wednesday", "is down about 14 percent this month, and Tuesday's profit warning ...") beside a day or a month
    the sentence names; or, for the year, told as a deed or its result beside a past day or month of the sentence
    (:func:`_year_left_beside`). Alone in its sentence ("The stock is down 46% this year."), or beside a week's or a
    run of sessions' move ("are down 44 per cent this year, most of that since last week"), the span stays."""
    spans = [e for e in found if e.basis.startswith(YEAR_SO_FAR + ":") and e.date_start is not None]
    named = [o for o in found if o.resolved and not o.basis.startswith(MOVE_SPANS) and (
        o.precision == "day" or (o.precision == "month" and not _SINCE.search(text, max(0, o.start - 12), o.start))
        # a part of an earlier year ("net profit fell 18 percent in the first nine months of 2029, and its shares are
        # down 14 percent year-to-date"): a past period's event, not one the year so far runs over
        or (o.precision != "year" and o.date_end is not None and not _SINCE.search(text, max(0, o.start - 12), o.start)
            and any(o.date_end < e.date_start for e in spans)))]  # type: ignore[operator]
    # (a month a span starts from is no event the state stands beside: "have lost 40% since March, and the index is
    # down 3% this year" tells two moves)
    if not named:
        return set()
    return {id(e) for e in found if e.basis.startswith(YEAR_SO_FAR + ":")
            and (_STATE_SO_FAR_BEFORE.search(text, max(0, e.start - 60), e.start)
                 or _STATE_SO_FAR_AFTER.match(text, e.end) or _year_left_beside(e, named, text))}


#: The year of a span of the year so far: "this year", "since the start of the year", "year-to-date", "YTD", "in 2031".
_OF_THE_YEAR = re.compile(r"\byear\b|\bytd\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
#: A span of the year so far told up to another point: "had risen 12% this year before Monday", "this year through May".
_YEAR_ENDED_AT = re.compile(r"\s+(?:before|through|until|till|up\s+to)\b", re.IGNORECASE)


def _year_left_beside(e: TemporalExpression, named: list[TemporalExpression], text: str) -> bool:
    """Whether the span of the year so far ``e`` is the standing a past (or the day's) event of its sentence left or
    stands in, told as a deed or its result as well as a level: "Corran closed down 4.1% on Friday, leaving it down 71%
    so far this year", "X, which had already fallen 48% this year, slumped 13% on Thursday", "sank 22% on Wednesday
    and has lost about 64% since the start of the year". The day (or month) ``named`` in the sentence, on or before the
    span's end, is the event; the year's figure is its background, as the news tells it. Not a span told up to another
    point ("had risen 12% this year before Monday": the run up to the event), nor a month's or a week's so far ("has
    given up 7.5% this week", beside Thursday), nor beside a day to come ("whose results are due on Wednesday")."""
    if _OF_THE_YEAR.search(e.expression) is None or _YEAR_ENDED_AT.match(text, e.end) or e.date_end is None:
        return False
    return any(o.date_start is not None and o.date_start <= e.date_end for o in named)
