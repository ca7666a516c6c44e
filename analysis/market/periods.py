"""Which session or period a move covers, resolved to dates against the publication date.

One session: "on Tuesday", "Tuesday's", "yesterday", "overnight", "in the prior session" / "the previous day"
(the session before the sentence's own). Part of a session: premarket, after-hours, intraday (morning, midday,
"as much as"). Several sessions: "this year" (Jan 1 .. publication), "this week" (Monday .. publication), "last
week" (Monday .. Friday), "over the previous three sessions" (the three sessions before the sentence's own),
"over the past two years" / "over the last 12 months", "since March", "over the same period" (the previous
interval of the article).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from analysis.lexicon import move_words, norm_words

from .figures import BELOW_BEFORE, MONTH

PeriodKind = Literal["session", "intraday", "premarket", "after-hours", "multi-day", "year-to-date"]

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "a": 1, "one": 1}
#: A weekday, written out or short as tables and factboxes print it ("-1.25% Wed", "Thu close").
WEEKDAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Mon|Tues?|Wed|Thurs?|Thu|Fri)(?:['’]s|\.)?(?![\w.])")


def _day_index(m: re.Match[str]) -> int:
    """Monday = 0 for a :data:`WEEKDAY` match, written out or short."""
    word = m.group("day").lower()
    return next(i for i, d in enumerate(_DAYS) if d.startswith(word[:3]))


PREVIOUS = re.compile(
    r"\b(?:in\s+the\s+(?:prior|previous)\s+session|(?:the|a)\s+(?:previous|prior)\s+(?:day|session)|a\s+day\s+earlier|"
    r"the\s+day\s+before|the\s+session\s+before)\b",
    re.IGNORECASE,
)
#: "on the day" alone, closing a move ("The shares ended 7% lower on the day"): the day of what the text just told;
#: not "on the day of her departure" / "on the day the deal was announced" (an event's day the text may not give).
#: "that day" too ("Things got worse on Monday, when its auditor quit. The shares fell 11% that day"): the day just told.
ON_THE_DAY = re.compile(r"\bon\s+the\s+day\b(?!\s+(?:of|after|before|that|when|on|it|he|she|they|its|the|a|[A-Z]))"
                        r"|\b(?<![Oo]f\s)that\s+(?:day|session)\b(?!['’])")
YESTERDAY = re.compile(r"\b(?:yesterday|overnight)\b", re.IGNORECASE)
#: The publication's own session ("up N% today", "off N% this morning", "down N% this afternoon"); not "today's"
#: (an owner: "today's 5% drop" is dated by the possessive rule).
TODAY = re.compile(r"\b(?:today(?![’']s)|this\s+(?:morning|afternoon)|so\s+far\s+today)\b", re.IGNORECASE)
SPAN = re.compile(
    r"\b(?:over|in|during|for|within)\s+"
    r"(?P<approx>(?:less|more|fewer)\s+than\s+|under\s+|just\s+(?:over|under)\s+|about\s+|around\s+|nearly\s+|"
    r"almost\s+|roughly\s+)?"
    r"(?:(?:the\s+)?(?:past|last|previous|prior)\s+|(?=(?:\d+|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(?:trading\s+)?(?:sessions?|days?|weeks?|months?|years?|decades?)\b)"
    # "over the four sessions" (a factbox's: those up to its own), not "in the two sessions after the report"
    r"|the\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:trading\s+)?(?:sessions|days)\b"
    r"(?!\s+(?:after|following|since|before|of|to|that|when|ago|earlier|in\s+which)\b)))"
    r"(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(?P<unit>(?:trading\s+)?sessions?|(?:trading\s+)?days?|weeks?|months?|years?|decades?)"
    r"|(?P<unit1>week|month|year|quarter|decade))\b",
    re.IGNORECASE,
)
_MONTH = MONTH
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday)"
#: Two weekdays joined as the ends of one span ("over Monday and Tuesday", "on Monday and Tuesday", "between Monday
#: and Wednesday", "from Monday to Wednesday"): the sessions from the first to the second.
WEEKDAY_RANGE = re.compile(r"\b(?:[Oo]ver|[Aa]cross|[Bb]etween|[Ff]rom|[Oo]n|[Dd]uring)\s+(?:last\s+)?(?P<a>" + _WD + r")\s+"
                           r"(?:and|to|through|until|till|-|–)\s+(?P<b>" + _WD + r")\b(?![’']s)")
#: A span counted back from a named session ("in the week to Friday", "over the five sessions to Thursday", "in the
#: two days through Tuesday"): the week (seven days) or the sessions ending on that day.
SPAN_TO_DAY = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"(?:trading\s+)?(?P<unit>sessions|days)|(?P<week>week))\s+(?:to|through|ended|ending|up\s+to)\s+"
                         r"(?:last\s+)?(?P<day>" + _WD + r")\b(?![’']s)")
#: A level compared with a past session's close ("down 9% from Monday's close", "up 4% since Tuesday's close"): the
#: sessions after that one, to publication.
FROM_CLOSE = re.compile(r"\b(?:[Ff]rom|[Ss]ince|vs\.?|versus|below|above|under)\s+(?:(?:last\s+)?(?P<day>" + _WD + r")['’]s\s+(?:close|closing\s+"
                        r"(?:price|level))\b|(?:the|its|their)\s+(?:close|closing\s+(?:price|level))\s+(?:on|of)\s+(?:last\s+)?"
                        r"(?P<day2>" + _WD + r")\b)")
#: "last week" / "of the previous week" right after a weekday ("on Wednesday last week"): that weekday of the week before.
_WEEK_BEFORE_AFTER = re.compile(r"(?:\s+|,\s*)(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+week\b", re.IGNORECASE)
#: "last" right before a weekday ("last Wednesday"): the latest such day before the publication's own.
_LAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)
#: A move between two sessions' closes ("from Monday's close to Wednesday's close", "between Monday's close and
#: Wednesday's close"): the sessions after the first close, to the second day.
CLOSE_RANGE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+(?:last\s+)?(?P<a>" + _WD + r")['’]s\s+(?:close|closing\s+(?:price|level))"
                         r"\s+(?:to|and|through|until|till)\s+(?P<b>" + _WD + r")(?:['’]s\s+(?:close|closing\s+(?:price|level))\b|"
                         r"(?![’']))")
_CLOSE_DATE = (r"(?:(?P<{0}m>" + _MONTH + r")\.?\s+(?P<{0}d>\d{{1,2}})|(?P<{0}d0>\d{{1,2}})\s+(?P<{0}m0>" + _MONTH +
               r"))(?:st|nd|rd|th)?(?:['’]s)?")
_CLOSE_WORD = r"\s+(?:close|closing\s+(?:price|level))\b"
#: A level compared with a stated day's close, to another day's close or to now ("change from Nov. 4 close to Nov. 15
#: close", "between the 4 November close and Friday's close", "down 12% from the March 3 close"), or a weekday's close
#: set against a stated day ("Friday close against July 13", "Thursday's close vs. the March 2 close"): the sessions
#: after the first close, to the second day (the publication's when none).
DATE_CLOSE_RANGE = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween)\s+(?:the\s+|its\s+|their\s+)?" + _CLOSE_DATE.format("a") + _CLOSE_WORD +
    r"(?:\s+(?:to|and|through|until|till)\s+(?:the\s+)?(?:" + _CLOSE_DATE.format("b") + r"|(?P<wd>" + _WD + r")(?:['’]s)?)"
    + _CLOSE_WORD + r")?")
CLOSE_AGAINST_DATE = re.compile(
    r"\b(?P<wd>" + _WD + r")(?:['’]s)?" + _CLOSE_WORD + r"\s+(?:against|versus|vs\.?|compared\s+with|on)\s+(?:the\s+)?"
    r"(?:close\s+(?:of|on)\s+)?" + _CLOSE_DATE.format("a") + r"(?!\s*,?\s*(?:19|20)\d\d)")
#: A day stated with its month ("on March 14", "on Tuesday, March 14, 2023", "On Sept. 3,", "March 14's session"):
#: "on" before it, or its possessive; "since March 8" and "between Dec. 31 and March 20" name no session.
STATED_DAY = re.compile(
    r"(?:\b[Oo]n\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday),?\s+)?(?=" + _MONTH + r")|(?=" + _MONTH + r"\.?\s+\d{1,2}['’]s\s))"
    r"(?P<m>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![\d.,]*\s*(?:%|per[\s-]?cent|pct))(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
    # the day first, as British and most non-US papers write it ("on 10 November", "on Tuesday 4 March")
    r"|\b[Oo]n\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday),?\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<m1>" + _MONTH + r")\b\.?(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?")
SINCE_MONTH = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+|the\s+(?P<end>end)\s+of\s+|(?P<part>mid|early|late)(?:-|\s+)|"
                         r"(?P<d0>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<m>January|February|March|April|May|June|July|"
                         r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
                         r"(?:\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![\d.,]*\s*(?:%|per[\s-]?cent|pct)))?"
                         r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE)
#: "since" and a clause ending on a month and its year ("since Ms Roe took over in May 2019", "since the company listed
#: in early March 2021"): a period from that month, as "since May 2019" is.
SINCE_CLAUSE_MONTH = re.compile(r"\bsince\s+(?:[\w'’.-]+\s+){1,8}?in\s+(?:(?P<part>mid|early|late)(?:-|\s+))?"
                                r"(?P<m>" + _MONTH + r")\.?,?\s+(?P<y>(?:19|20)\d\d)\b")
#: The day "since mid-April", "since early May", "since late March" starts from.
_PART_OF_MONTH = {"early": 1, "mid": 15, "late": 21}
#: "since" and a clause ending on its day ("has lost 13.6% since it first made its bid public on June 1", also opening
#: the sentence: "Since the reports on March 2, the stock has lost 17%"), or a level
#: "from" a day ("fell 19% from 412p on March 6 to 332p", "down 38% from a record close of $82.45 on Nov. 9"): a period
#: from that day, not its session.
SINCE_CLAUSE = re.compile(r"\b(?:[Ss]ince\s+(?:[\w'’-]+\s+|[A-Z]{0,3}[$£€¥]\d[\d.,]*\s+){1,8}?|from\s+(?:[\w'’.,$£€-]+\s+){1,6}?)on\s+(?P<m>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
                          r"(?![\d.,]*\s*(?:%|per[\s-]?cent|pct))")
#: A name's possessive owning an event, of one to three capitalised words ("Acme's", "Bexley Peak's bid").
_OWNER_NAME = r"(?-i:(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)['’]s"
#: "since" (or a level's "before") an event the words date in passing ("since the Aug. 4 blast", "since its March 3
#: profit warning", "since the 4 August explosion", "below where it traded before the August 4 blast"): a period from
#: that day, as "since August 4" is.
SINCE_DATED_EVENT = re.compile(  # (an owner in small letters too: "before the company's June 4 warning")
    r"\b(?:since|before|prior\s+to)\s+(?:(?:the\s+(?-i:[a-z]+)['’]s)|the|its|their|" + _OWNER_NAME + r")\s+"
    r"(?:(?P<m>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})|(?P<d0>\d{1,2})\s+(?P<m0>" + _MONTH + r"))(?:st|nd|rd|th)?,?\s+"
    r"(?!(?:19|20)\d\d\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*", re.IGNORECASE)
#: "since" (or a level's "before") an event dated after its noun ("since the outage on 12 March", "below their level
#: before the outage on Nov. 8"): a period from that day, as "since the Nov. 8 outage" is.
EVENT_ON_DAY = re.compile(
    r"\b(?:since|before|prior\s+to)\s+(?:the|its|their|" + _OWNER_NAME + r")\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*\s+"
    r"on\s+(?:(?P<m>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})|(?P<d0>\d{1,2})\s+(?P<m0>" + _MONTH + r"))(?:st|nd|rd|th)?\b"
    r"(?![\d.,]*\s*(?:%|per[\s-]?cent|pct))", re.IGNORECASE)
#: "since" and a clause ending on a weekday or a span ago ("since the bid was announced on Monday", "since it warned
#: last Tuesday", "since the bid became public two weeks ago"): a period from that day to the publication's.
SINCE_TOLD = re.compile(
    # (a clause's words may hold an abbreviation's dots, "since the U.S. Consumer Product Safety Commission filed its
    # complaint last Wednesday": ten words at most)
    r"\bsince\s+(?:[\w'’-]+\.?(?:[\w'’-]+\.)*\s+){1,10}?(?:(?:on\s+)?(?:last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)\b(?![’']s)|"
    r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>week|month|year)s?\s+ago\b)")
SINCE_THEN = re.compile(r"\bsince\s+then\b", re.IGNORECASE)
#: A span of months ending at a month's end or a stated day, as accounts and funds count them ("in the twelve months to the
#: end of October", "in the year to March", "over the three months to June 30").
MONTHS_TO = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months|year)"
    r"\s+(?:to|through|until|ended|ending)\s+(?:the\s+end\s+of\s+)?(?P<m>" + _MONTH + r")\b(?:\.?\s+(?P<d>\d{1,2})\b(?!\s*%))?",
    re.IGNORECASE)
#: Days of one month as a range ("15-19 April", "(18–22 November)", "Nov. 18-22"): a period of those days.
DAY_RANGE = re.compile(r"\b(?:(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})\s+(?P<m>" + _MONTH + r")\b|(?P<m2>" + _MONTH +
                       r")\.?\s+(?P<a2>\d{1,2})\s*[-–]\s*(?P<b2>\d{1,2})\b(?![\d.,]*\s*(?:%|per[\s-]?cent|pct)))")
SINCE_DAY = re.compile(r"\b[Ss]ince\s+(?:last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)\b(?![’']s\s+clos)")
SINCE_OTHER = re.compile(r"\bsince\s+(?:(?P<y>(?:19|20)\d\d)\b|(?:its|their|the)\s+[\w-]+|"
                         r"(?-i:it|they|he|she|we)\s+[a-z]+(?:ed|ung|ook|ent|ame|ew|ade|aid|old|oke)\b|"  # "since it went public"
                         r"(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s+[a-z][\w-]*))", re.IGNORECASE)  # "since X's report"
#: A period in the possessive right before the next figure ("... last week's 9% drop", "... Tuesday's steep 9%
#: slide"): it dates that figure, not the one before.
_OWNED_PERIOD_END = re.compile(
    r"\b(?:(?:last|this|the\s+previous|the\s+prior)\s+(?:week|month|year|quarter|session)|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|yesterday|today)['’]s?\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)
#: A level compared with one a span ago ("15% higher than a year ago", "up 30% from three years earlier").
AGO = re.compile(
    r"\b(?:than|from|versus|vs\.?|compared\s+with|on)\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|\d+)\s+(?P<unit>year|month|week)s?\s+(?:ago|earlier|before)\b", re.IGNORECASE)
#: Sessions anchored to an event ("in the two sessions after the report", "in the days following the recall"): several
#: sessions the text does not date (the event is cut off as its own clause).
#: A span as an adjective on the figure's move noun ("a 12% three-day rally", "fell 9% in a two-week slide"); not a
#: streak the move ends ("gained 1%, snapping a five-day losing streak").
_SPAN_ADJECTIVE = re.compile(
    r"(?:(?:%|\bpercent|\bper[\s-]?cent|\bpct)\s+|\b(?:in|over|during)\s+an?\s+|^\s*an?\s+)"  # right after the figure,
    # "in a", or a noun's window opening at its indefinite article ("extending a two-day slide of nearly 20%": the
    # sessions before the sentence's own)
    r"(?P<n>[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?P<unit>day|session|week|month)\s+"
    r"(?:rally|slide|slump|drop|decline|fall|gain|rise|run|selloff|sell-off|rout|advance|surge|jump|plunge|tumble|"
    r"retreat|rebound)\b", re.IGNORECASE)
#: A running total's noun with a span adjective, the window opening at the noun's owner ("its three-session slide to 39%",
#: "their three-session decline to 18%"; a noun with "of": "The two-day loss of 21.6% has wiped ..."): the move over that
#: span, through the sentence's session.
_TOTAL_SPAN = re.compile(
    r"\s*(?:its|their|(?:the\s+)?[\w.&-]+['’]s?|the)\s+(?P<n>[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-"
    r"(?P<unit>day|session|week|month)\s+(?:[a-z]+\s+)?(?:loss|losses|decline|declines|drop|fall|slide|slump|gain|gains|"
    r"rise|rally|advance|rebound)\s+(?:to|of)\b", re.IGNORECASE)
EVENT_SPAN = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few)\s+)?"
    r"(?:trading\s+)?(?:sessions|days|weeks|months|quarters|years)\b(?!\s+(?:ago|earlier))"
    # one week or month anchored to an event ("in the week of the outage", "during the month after the recall")
    r"|\b(?:over|in|during|within)\s+the\s+(?:week|month)\s+(?:of|after|following|before|leading\s+up\s+to)\s+"
    r"(?!(?:" + MONTH + r")\b)", re.IGNORECASE)
#: A span of whole years ("more than doubled between 2020 and 2024", "from 2019 to 2023"): the first year's start to
#: the last year's end.
YEARS_RANGE = re.compile(r"\b(?:between|from)\s+(?P<a>(?:19|20)\d\d)\s+(?:and|to|through|until)\s+(?P<b>(?:19|20)\d\d)\b")
#: "in the first three months of the year" / "of this year": January to the end of that month.
FIRST_MONTHS = re.compile(r"\bin\s+the\s+first\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+"
                          r"months\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)
#: A month's name right after a move's figure ("is up 11% in October", "has lost 4% so far in March"), no day after
#: it ("in November 2019" is a year's month too; "in March 8" is no English): the move over that month.
IN_MONTH = re.compile(r"(?:%|\bper\s?cent\b|\bpercent\b|\bpct\b)\s+(?:so\s+far\s+)?(?P<in>in)\s+(?P<m>(?-i:January|"
                      r"February|March|April|May|June|July|August|September|October|November|December))\b(?![\s.,]*\d)",
                      re.IGNORECASE)
IN_YEAR = re.compile(r"\b(?:in|during|for|over)\s+(?:all\s+of\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*(?:so\s+far|to\s+date))")
#: A closing verb whose object is a week with words before it ("ended a wild week", "ends outage week"), or a headline's
#: plural verb and a bare "week" ("shares end week down 12%"); "ended the week" itself is a period phrase of the
#: vocabulary.
ENDED_WEEK = re.compile(r"\b(?:(?:ended|finished|closed|ends|finishes|closes)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){1,2}?"
                        r"|(?:end|finish|close)\s+(?!of\b)(?:(?:the|a|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?)week\b",
                        re.IGNORECASE)
#: A level compared with a past mark ("up 30% from their IPO price", "down 30% from its February peak", "40% above
#: its March low"): a move over the sessions since that mark, whose start the text does not date. Not on the debut
#: itself ("rose 30% from its offer price in its market debut"), nor when the words name the session's day, nor the
#: session's own high or low ("up 6%, off a session high of 9%").
FROM_MARK = re.compile(  # "below the offer price" of a takeover target is a comparison with the bid, no period
    r"\b(?:(?:from|off|over|since)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,3}?(?:offer(?:ing)?\s+price|issue\s+price)|"
    r"(?:from|off|below|under|above|over|since)\s+(?:its|their|the|a)\s+(?:(?!session\b|intraday\b)[\w-]+\s+){0,3}?(?:IPO|initial\s+public\s+"
    r"offering|listing|flotation|peak|high|highs|low|lows|top)|"
    # a price the text gave before ("down 63% from that price", "20% below that level")
    r"(?:from|off|below|under|above|over|since)\s+(?:that|this|those)\s+(?:[\w-]+\s+)?(?:price|level|mark|peak|high|low))\b",
    re.IGNORECASE)
#: A level counted "from" where the stock stood before an event ("down 61% from their level before the trial results",
#: "down 8% from where they stood before the warning", "down 27% from before the accident", "down 24% from their
#: pre-report level"): a move since that event, as "below where they stood before" (:data:`BELOW_BEFORE`) is.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:where\s+(?:they|it)\s+(?:stood|were|was|traded|closed|ended)|(?:their|its|the)\s+"
                          r"(?:level|price|value|close|closing\s+(?:price|level))s?)\s+(?:before|prior\s+to)\b|(?:their|its)\s+pre-[a-z][\w-]*\s+(?:levels?|"
                          r"prices?|close)\b|before\s+(?=(?:the|its|their)\s))", re.IGNORECASE)
#: The flotation's price as the mark of a level (:data:`BELOW_BEFORE`): on the debut itself the move is the session's.
_PRICE_MARK = re.compile(r"\b(?:IPO|listing|flotation|offer|issue)\s+price\b", re.IGNORECASE)
_DEBUT = re.compile(r"\b(?:debut|first\s+(?:day|session)|opened|opening\s+trade)\b", re.IGNORECASE)
SAME_PERIOD = re.compile(r"\bover\s+the\s+(?:same\s+(?:(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"(?P<unit>sessions|days|trading\s+days|weeks|months)|period|time|span|stretch)\b|"
                         # "falling 6.1% over the period" after a span told: that span (not "over the period since ...")
                         r"period\b(?!\s+(?:since|from|of|to|between|in|when|after|before|until|through|ended|ending)\b))"
                         # "in" or "during" the same period ("have slipped 5% in the same period"), not a year-ago one
                         # ("in the same period last year": a comparison of results)
                         r"|\b(?:in|during)\s+the\s+same\s+(?:period|span|stretch)\b(?!\s+(?:last|a\s+year|of\s+(?:last|the\s+"
                         r"previous|\d{4})|in\s+\d{4}|the\s+previous|(?:one|a)\s+year)\b)",
                         re.IGNORECASE)
_CLAUSE_END = re.compile(
    # (a level the close still stands against, set off by a comma: "closed 12.6% higher at 11.85, still well below the
    # 14.49 it fetched before the report on Tuesday": that day is the level's, not the move's)
    r",\s*(?:but\s+|though\s+)?still\s+(?:well\s+|far\s+|just\s+|some\s+way\s+)?(?:below|above|under|short\s+of|shy\s+of)\b|"
    r",\s*(?:which|who|when|where|while|whereas|but|and)\b|;|\b(?:(?<!\bat\s)which|who|when|"  # not "the price at
    # which it sold shares": the mark the figure is measured from
    r"after(?![-\s]hours|\s+the\s+(?:bell|close|open))|because|following|though|"  # "after-hours" names the session
    r"although|despite|said|says|due|ahead\s+of)\b|(?<!much )(?<!many )\bas\b(?!\s+(?:much|many|of)\b)"
    r"(?!\s+(?:chief\s+executive(?:\s+officer)?|CEO|chairman|chairwoman|chair|president)\s*(?:[,.;]|(?:on|in|at|of|and)\b|$))"
    r"|,\s*(?:its|their)\b|,\s*(?:the\s+)?(?:lowest|highest|biggest|best|worst|steepest|largest|sharpest|most|first)\b"
    r"|\b(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:lowest|highest|biggest|best|worst|steepest|largest|sharpest|"
    r"deepest|heaviest|strongest|weakest)\b"  # "fell 3% in its worst session since October": a comparison
    # ("as" before a role that closes its phrase names the role, no clause: "since Jane Roe stepped down as chief
    # executive on March 2"; "as chief executive Jane Roe quit" is a clause)
    # a participle relating the move to earlier ones ("gained 5.25%, recovering part of last week's losses"): its
    # period is theirs
    # a day fronted in the next conjunct ("fell 3% and on Tuesday it rose 2%"): that clause's, not this figure's
    r"|\band\s+(?:then\s+)?(?:on|by|at|in)\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b|the\s+(?:next|following)\s+"
    r"(?:day|session|morning)\b)"
    r"|,\s*(?:recovering|recouping|regaining|extending|erasing|reversing|adding\s+to|paring|trimming|deepening|"
    r"wiping\s+out|giving\s+back|making\s+up|building\s+on|snapping|halting|breaking|continuing)\b"
    # a conjunct led by another owner's noun ("down 5.9%, and Acme's announcement on Friday of a delisting still
    # weighing"): a day after it dates that owner's event, not the figure ("and Tuesday's" is a day's, not an owner's)
    r"|\band\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)(?-i:[A-Z][\w&.-]*)"
    r"(?:\s+(?-i:[A-Z][\w&.-]*)){0,3}['’]s\s+(?-i:[a-z])"
    r"|\s\|\s"  # a table's next cell ("Acme +0.7% | since 6 June: -4.6%"): that cell's period
    # a clause of what is yet to come ("rose 5%, easing fears that staff would miss Friday's pay"): its day is ahead
    r"|\b(?:would|will)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    """What a figure's words say about its time span (before resolving to dates)."""

    kind: PeriodKind
    day: int | None = None  # weekday named (0 = Monday)
    previous: bool = False  # "the previous day", "in the prior session"
    yesterday: bool = False
    interval: str = ""  # ytd | week | last_week | month | last_month | last_year | quarter | span | since | same | years
    # | range ("15-19 April": ``month``, ``stated_day`` its first day and ``count`` its last) | days | span_to | ...
    count: int = 0
    unit: str = ""
    month: int = 0  # the month of "since March" or of a stated day (0 with a stated day: the publication's month)
    stated_day: int = 0  # "on March 14": the day of the month (``month`` its month)
    stated_year: int = 0  # "on March 14, 2023": the year, when the text gives it
    through: bool = False  # a span of sessions that ends on the move's own session ("over three sessions")
    today: bool = False  # "today", "this morning": the publication's session
    to_day: int | None = None  # "over Monday and Tuesday": the weekday the span ends on (``day`` its first)
    on_the_day: bool = False  # "ended 7% lower on the day": the session of the day the text named just before
    earlier_week: bool = False  # "on Wednesday last week", "last Wednesday": that weekday before the publication's
    # week ("last week") or before the publication's own day ("last")
    week_before: bool = False  # "on Wednesday last week": the weekday in the calendar week before the publication's
    ends_before: int | None = None  # "gained 64% this year before Monday's drop": the span ends the session before
    # that weekday's
    ends_on: int | None = None  # "up 4% year to date through Friday": the span ends on that weekday's session
    to_month: int = 0  # "from Nov. 4 close to Nov. 15 close": the month and the day of the month the span ends on
    to_stated: int = 0
    before_month: int = 0  # "had gained 64% this year before Oct. 20": the span ends the session before that day (its
    before_stated: int = 0  # month and day of the month)
    before_now: bool = False  # "had risen 41% this year before the bid": the span ends before an event told in the past,
    # at the latest the session before the article's day
    whole_week: bool = False  # "for the week", "ended the week": a week told as a whole, not "this week" so far; on a
    # Monday's article (no session of its own week before the article's) it is the week that ended on Friday


#: A price the close stood at, then a comma ("finished down 24.6% at CHF38.15, "): an "off a low" after it says where
#: that close stood, no mark the figure counts from ("up 6.4%, off its record high" still is one).
_AT_PRICE_COMMA = re.compile(r"\bat\s+(?:[A-Z]{0,3}[$€£¥]\s?|[A-Z]{3}\s?)?\d[\d.,]*(?:\s*[a-zA-Z]{1,6})?\s*,\s*$")
#: A stated day's close written "the close on" that day ("from the close on September 18 to the close on September 29").
_CLOSE_ON = r"\b(?P<det>the|its|their)\s+close\s+o[nf]\s+(?P<date>(?:" + _MONTH + r")\.?\s+\d{1,2}|\d{1,2}\s+(?:" + _MONTH + r"))\b"
_CLOSE_ON_DATE = re.compile(_CLOSE_ON)
#: Two such closes as a span's ends ("from the close on Sept. 18 to the close on Sept. 29").
_CLOSES_ON_DATES = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+" + _CLOSE_ON + r"\s+(?:to|and|through|until|till)\s+"
                              + _CLOSE_ON.replace("?P<det>", "?:").replace("?P<date>", "?:"))
#: A span up to now cut short by a weekday's move after it ("had gained 64% this year before Monday's drop", "was up 20%
#: since March ahead of Tuesday's slump"): the span ends on the session before that weekday.
_ENDS_BEFORE_DAY = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|"
                              r"Friday)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*")
#: A span up to now that names the weekday it runs through ("had gained 4% year to date through Friday", "up 9% this
#: month up to Wednesday's close"): the span ends on that weekday's session.
_ENDS_ON_DAY = re.compile(r"\b(?:through|thru|up\s+to|until|till)\s+(?:last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday)(?:['’]s\s+(?:close|closing\s+(?:price|level)|session|trading)\b|(?![’']))")
#: A span up to now cut short by a stated day ("had gained 64% this year before Oct. 20", "ahead of the March 3
#: announcement"): the span ends on the session before that day.
_ENDS_BEFORE_DATE = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:(?:the|its|their|(?-i:[A-Z][\w&.-]*)['’]s)\s+)?"
                               r"(?:(?P<m>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})|(?P<d0>\d{1,2})\s+(?P<m0>" + _MONTH + r"))"
                               r"(?:st|nd|rd|th)?\b(?![\d.,]*\s*(?:%|per[\s-]?cent|pct))")
#: A span up to now cut short by an event the words do not date ("had risen 41% this year before the bid", "ahead of the
#: readout"): read only after a past perfect (:func:`ends_before_event`); not a time of day or of the calendar ("before
#: the close", "before the start of the year").
_ENDS_BEFORE_EVENT = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:the|its|their|(?-i:[A-Z][\w&.-]*)['’]s)\s+"
                                r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]{2,})\b(?!\s+(?:of|on|in)\b)")
#: The stock's own peak or low dated by its month (and year) ("65% below their October 2021 peak", "17% below its high
#: in May"): a span from the first day of that month.
_DATED_MARK = re.compile(r"\s+(?:below|under|above)\s+(?:their|its)\s+(?:(?P<m>" + _MONTH + r")\.?\s+(?:(?P<y>(?:19|20)\d\d)\s+)?"
                         r"(?:record\s+|all-time\s+|closing\s+)?(?:peak|high|low)\b|(?:record\s+|all-time\s+|closing\s+)?"
                         r"(?:peak|high|low)\s+in\s+(?P<m2>" + _MONTH + r")\.?(?:\s+(?P<y2>(?:19|20)\d\d))?\b)")
#: A mark the figure counts from, dated by a stated day or month: the stock's own peak, high, low or record ("down 60%
#: from its March 22 peak", "58% below its March 22 peak", "up 30% from its 12 October trough", "down 35% from its May
#: high", "off their record high of June 3") or a price it stood at then ("down from HK$27.50 in July 2020"): a span from
#: that day (the first of the month when no day is given) to now.
_MARK_DATE = (r"(?:(?P<d0>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m0>" + _MONTH + r")\b\.?|(?P<m>" + _MONTH + r")\b\.?"
              r"(?:\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![\d.,]*\s*(?:%|per[\s-]?cent|pct)))?)(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")
_MARK_NOUN = r"(?:(?:record|all-time|closing|intraday|recent|share-price)\s+)?(?:peak|high|low|trough|record|top)\b"
_DATED_PEAK = re.compile(
    r"\b(?:from|off|below|under|above)\s+(?:its|their|the)\s+(?:" + _MARK_DATE + r"\s+" + _MARK_NOUN
    + r"|" + _MARK_NOUN + r"\s+(?:in|of|on)\s+" + _MARK_DATE.replace("?P<", "?P<b") + r")"
    r"|\bfrom\s+(?:[A-Z]{0,3}[$€£¥]|Rs\.?\s?|[A-Z]{3}\s?)?\d[\d.,]*(?:p|c|\s?pence|\s?euros?|\s?yen)?\s+(?:in|on)\s+"
    + _MARK_DATE.replace("?P<", "?P<c"), re.IGNORECASE)


def _dated_peak(m: re.Match[str]) -> Period:
    """The span from the day a :data:`_DATED_PEAK` match dates (its month's first day when no day is given)."""
    g = {k[1:] if k[0] in "bc" and k[1:] in ("d0", "m0", "m", "d", "y") else k: v for k, v in m.groupdict().items() if v}
    return Period("multi-day", interval="since", month=_month_index(g.get("m") or g["m0"]),
                  stated_day=int(g.get("d") or g.get("d0") or 1), stated_year=int(g.get("y") or 0))


#: A week phrase that tells the week as a whole ("for the week", "on the week", "ended the week"), not the week so far
#: ("this week", "so far this week", "since the start of the week").
_WHOLE_WEEK = re.compile(r"(?:for|on|over)\s+the\s+week|(?:ended|finished|closed|ends|finishes)\s+the\s+week",
                         re.IGNORECASE)
#: "last week" right after a span of sessions ("over two sessions last week"): the span ends on that week's Friday.
_LAST_WEEK_AFTER = re.compile(r"\s+last\s+week\b", re.IGNORECASE)
#: A span up to now cut short by the week the article is in ("Before this week, X had lost 38% this year"): it ends on the
#: session before this week's Monday.
_ENDS_BEFORE_WEEK = re.compile(r"\b(?:before|ahead\s+of|prior\s+to|until|till)\s+this\s+week\b", re.IGNORECASE)
_NOT_EVENT_NOUNS = frozenset("close closing open opening start beginning end bell session sessions day days week weeks "
                             "month months year years quarter quarters period time lows highs peak high low record "
                             "market markets".split())


_AHEAD_OF = re.compile(r"ahead\s+of\b")


def cut_before(period: Period, words: str) -> Period:
    """``period``, a span up to now, ending before the day ``words`` name after "before" / "ahead of": a weekday's
    event (``ends_before``), a stated day (``before_month``, ``before_stated``) or an event they do not date
    (``before_now``, kept only after a past perfect by the caller); ``period`` itself when they name none."""
    if period.interval not in _TO_NOW or period.ends_before is not None or period.ends_on is not None:
        return period
    words = re.sub(r"^(\s*)(Before|Ahead|Prior)\b", lambda m: m.group(1) + m.group(2).lower(), words)  # fronted
    ends = _ENDS_BEFORE_DAY.search(words)
    if ends:
        return replace(period, ends_before=_DAYS.index(ends.group("day").lower()))
    if _ENDS_BEFORE_WEEK.search(words):  # "Before this week, the stock had lost 38% this year": up to last Friday
        return replace(period, ends_before=0)
    dated = _ENDS_BEFORE_DATE.search(words)
    if dated:
        return replace(period, before_month=_month_index(dated.group("m") or dated.group("m0")),
                       before_stated=int(dated.group("d") or dated.group("d0")))
    event = _ENDS_BEFORE_EVENT.search(words)
    if event and event.group("noun").lower() not in _NOT_EVENT_NOUNS:
        return replace(period, before_now=True)
    return period


#: A figure "for the year" ("is still up about 10% for the year"): the year to date ("for the year to March" is no such
#: span, nor a forecast "for the year" a figure does not head).
_FOR_THE_YEAR = re.compile(r"(?:%|\bper\s*cent|\bpct)\s+(?:so\s+far\s+)?for\s+the\s+year\b(?!\s+(?:to|ended|ending|through|"
                           r"ahead|before|prior)\b)", re.IGNORECASE)
#: A level against a stated day's close or level (:data:`BELOW_BEFORE`: "8% below their level of June 8", "33% below
#: where they closed on Sept. 3", "36% below their March 9 close", "17% below where they were on Sept. 2").
_LEVEL_ON_DATE = re.compile(
    r"\s+(?:below|under|above)\s+(?:where\s+(?:they|it)\s+(?:closed|ended|finished|stood|were|was|traded)\s+on|"
    r"(?:their|its|the)\s+(?:level|close|closing\s+price)\s+(?:on|of)|(?:their|its|the)(?=\s+" + _CLOSE_DATE.format("x")
    + r"\s+(?:close|closing\s+price|level)\b))\s+" + _CLOSE_DATE.format("a") + r"(?![\d.,]*\s*(?:%|per[\s-]?cent|pct))")
#: A weekday's event after a level's "before" ("below where they stood before last Wednesday's warning"): the event's
#: weekday, the first session of the span.
_BEFORE_DAYS_EVENT = re.compile(r"\s+(?:last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)['’]s\s+(?:[a-z][\w-]*\s+)"
                                r"{0,2}?[a-z][\w-]*")
#: A level "from" which a figure counts, right before the event that dates it ("down 21% from its level before the
#: review was published on Nov. 15").
_FROM_LEVEL_END = re.compile(r"\bfrom\s+(?:its|their|the)\s+(?:level|price|value|close|closing\s+(?:price|level))s?\s+$")
#: The intervals that run up to the publication's day (their end the one :data:`_ENDS_BEFORE_DAY` moves back); a named
#: year ("had fallen 38% in 2026 before Monday's jump") does when it is the publication's (:func:`resolve` cuts only an
#: end on the publication's day).
_TO_NOW = frozenset({"ytd", "week", "month", "quarter", "since", "since_day", "span", "year"})


def trading_day(day: date) -> date:
    """``day`` on a weekday, else the Friday before."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def previous_session(day: date) -> date:
    """The weekday before ``day``."""
    day -= timedelta(days=1)
    while day.weekday() > 4:
        day -= timedelta(days=1)
    return day


def weekday_on_or_before(ref: date, weekday: int) -> date:
    """The latest date on or before ``ref`` that falls on ``weekday``."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def last_weekday(text: str) -> int | None:
    """The last weekday named in ``text`` (0 = Monday), or None ("recouping part of Tuesday's 9% slide")."""
    days = list(WEEKDAY.finditer(text))
    return _day_index(days[-1]) if days else None


#: "yesterday" as a clause's day ("reopened yesterday, and its shares rose 9%"); not its possessive ("yesterday's 4%
#: drop" dates that move).
_YESTERDAY_DAY = re.compile(r"\byesterday\b(?![’']s)", re.IGNORECASE)


#: A clause of what is yet to come up to a weekday it names ("said on Monday it would restart the plant on Thursday",
#: "plans to vote on Friday"): that weekday is ahead, no session of a move.
_FUTURE_DAY = re.compile(r"\b(?:would|will|shall|(?:plans?|planned|intends?|intended|expects?|expected|is|are|was|were|"
                         r"due|set|scheduled)\s+to)\s[^,;.!?]{0,80}?(?=\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b)")


def without_future_days(text: str) -> str:
    """``text`` with the weekdays of a clause of what is yet to come (:data:`_FUTURE_DAY`) blanked, offsets kept."""
    for m in reversed(list(_FUTURE_DAY.finditer(text))):
        wd = WEEKDAY.match(text, m.end())
        if wd:
            text = text[: wd.start()] + " " * (wd.end() - wd.start()) + text[wd.end():]
    return text


#: A weekday written out with its month and day after it ("Monday, June 9", "Tuesday June 10"), no "on" before it.
_WEEKDAY_DATE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday),?\s+(?P<m>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})"
                           r"(?:st|nd|rd|th)?\b(?![\d.,]*\s*(?:%|per[\s-]?cent|pct))(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")


_WEEKDAY_NUMERIC = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Mon|Tues?|Wed|Thurs?|Fri)\.?,?\s+"
                              r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\b(?![/.]\d)")


def last_day(text: str, yesterday: bool = False) -> Period | None:
    """The last weekday or stated day ("on March 14") named in ``text``, as a one-session :class:`Period`; with
    ``yesterday``, "yesterday" too (the session before the publication's)."""
    # ("last Friday's 11% slide": the Friday before the publication's own day, as "last Friday" reads elsewhere)
    days = [(m.start(), Period("session", day=_day_index(m), earlier_week=bool(_LAST_BEFORE.search(text, 0, m.start()))))
            for m in WEEKDAY.finditer(text)]
    days += [(m.start(), stated_period(m)) for m in STATED_DAY.finditer(text)]
    # a weekday with its date ("* Monday, June 9: down 3.2%"): the date, not the weekday nearest the publication
    days += [(m.start() + 1, stated_period(m)) for m in _WEEKDAY_DATE.finditer(text)]
    # ... or with its date in figures, month first as after a US weekday ("- Mon 9/20: Evergrande -10.2%")
    days += [(m.start() + 1, Period("session", month=int(m.group("m")), stated_day=int(m.group("d"))))
             for m in _WEEKDAY_NUMERIC.finditer(text)]
    if yesterday:
        days += [(m.start(), Period("session", yesterday=True)) for m in _YESTERDAY_DAY.finditer(text)]
    return max(days, key=lambda x: x[0])[1] if days else None


#: A day adverbial or label opening a sentence ("On March 13, the first trading day after ..., X fell 47%", "On Monday
#: X ...", "March 14: Shares jump 12%").
_OPENING_DAY = re.compile(r"^\s*(?:On\s+(?=[A-Z])|(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|" + _MONTH + r"\.?\s+\d{1,2})\b[,:]))")


#: A day of the month alone opening a sentence ("On the 14th, ..."): British and regional papers' way with a day of
#: the publication's month (or the month before, for a day after the publication's).
_OPENING_ORDINAL = re.compile(r"^\s*On\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s*,")


def since_then(period: Period, before: str) -> Period:
    """``period`` of a move "since then" (``interval == "since_then"``) from the last day ``before`` names (the words
    of its sentence before it: "the recall on September 6 ..., the shares are off 27% since then"; a weekday: "since
    Monday"); ``period`` unchanged when they name none."""
    day = last_day(before) if period.interval == "since_then" else None
    if day is None:
        return period
    if day.day is not None:
        return Period("multi-day", interval="since_day", day=day.day)
    if day.month and day.stated_day:
        return Period("multi-day", interval="since", month=day.month, stated_day=day.stated_day)
    return period


#: "Today" or "this morning" opening a sentence, with or without a comma ("This morning they're up 3.8%", "Today,
#: the shares are up 4%"): the publication's session.
_OPENING_TODAY = re.compile(r"^\s*(?:Today|This\s+(?:morning|afternoon))\b(?![’']s)")


def opening_day(sentence: str) -> Period | None:
    """The session a sentence opens with ("On March 13, ...", "Tuesday, ...", "This morning ..."), for the figures of
    its first clause."""
    if _OPENING_TODAY.match(sentence):
        return Period("session", today=True)
    ordinal = _OPENING_ORDINAL.match(sentence)
    if ordinal:  # "On the 14th, the first trading day after the leak, ...": a day of the publication's month
        return Period("session", stated_day=int(ordinal.group("d")))
    m = _OPENING_DAY.match(sentence)
    if not m:
        return None
    head = sentence[: m.end() + 40]
    stated = STATED_DAY.match(head) or STATED_DAY.match("On " + head[m.end():])
    if stated:
        return stated_period(stated)
    wd = WEEKDAY.match(head, m.end())
    return Period("session", day=_day_index(wd)) if wd else None


#: A trading day a sentence names ("in early trading Monday", "trade on Tuesday", "Monday's session"): a sentence
#: right after it in the same paragraph that names no day of its own reports that session.
_TRADING_DAY = re.compile(
    r"\b(?:[Tt]rading|[Tt]rade|[Dd]ealings|[Ss]ession)\s+(?:on\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday)\b|"
    r"\b(?P<day2>Monday|Tuesday|Wednesday|Thursday|Friday)['’]s\s+(?:early\s+|late\s+)?(?:session|trading|trade)\b")


def trading_day_named(sentence: str) -> Period | None:
    """The last trading day ``sentence`` names (:data:`_TRADING_DAY`), or None."""
    found = list(_TRADING_DAY.finditer(sentence))
    if not found:
        return None
    day = found[-1].group("day") or found[-1].group("day2")
    return Period("session", day=_DAYS.index(day.lower()))


_OWNED_WEEKDAY_END = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)['’]s?\s+(?:[a-z][\w-]*\s+){0,2}$")


def _owns_move(text: str, wd: re.Match[str]) -> bool:
    """Whether the weekday ``wd`` is the possessive of another move after the figure ("up N%, extending Monday's
    rally", "on top of Monday's heavy falls", a plural noun too): it dates that move, not the figure ("rose N% in
    Tuesday's session" keeps its day)."""
    if not wd.group(0).endswith(("'s", "’s")):
        return False
    lex = move_words()
    nouns = lex.fall_nouns | lex.rise_nouns
    words = [w.lower().strip(".,;:") for w in text[wd.end():].split()[:3]]
    return any(w in nouns or w.endswith("s") and w[:-1] in nouns for w in words)


def owned_weekday(before: str) -> bool:
    """Whether a weekday's possessive stands right before a figure ("extending Tuesday's 9% slide")."""
    return bool(_OWNED_WEEKDAY_END.search(before))


def owned_period(before: str) -> Period | None:
    """The multi-day period a possessive right before a figure names ("recovered all of last week's 9% drop",
    "this year's 40% rally") or "yesterday's", or None (a weekday's possessive is read as its session elsewhere)."""
    m = _OWNED_PERIOD_END.search(before)
    if not m:
        return None
    period = read_period(re.sub(r"['’]s?\b", "", m.group(0)))
    return period if period.interval or period.yesterday else None  # "after yesterday's N% slide": the session before


def session_kind(text: str) -> PeriodKind:
    """The part of a session the last session phrase of ``text`` names ("In after-hours trading, X rose ...")."""
    lex = move_words()
    found = list(lex.session_re.finditer(text))
    if not found:
        return "session"
    kind: PeriodKind = lex.session_words[norm_words(found[-1].group(0))]  # type: ignore[assignment]
    return kind


def _month_index(name: str) -> int:
    return [m[:3] for m in _MONTHS].index(name[:3].lower()) + 1


def _after_stated(m: re.Match[str]) -> Period:
    """The span after a stated day's close (:data:`DATE_CLOSE_RANGE`, :data:`CLOSE_AGAINST_DATE`)."""
    g = m.groupdict()
    to_month = to_stated = 0
    if g.get("bm") or g.get("bm0"):
        to_month, to_stated = _month_index(g.get("bm") or g["bm0"]), int(g.get("bd") or g["bd0"])
    return Period("multi-day", interval="after_stated", month=_month_index(g.get("am") or g["am0"]),
                  stated_day=int(g.get("ad") or g["ad0"]), to_day=_DAYS.index(g["wd"].lower()) if g.get("wd") else None,
                  to_month=to_month, to_stated=to_stated)


#: A level the move's end is set against, with the earlier day of that level ("rose 2.6% to 6,140, almost exactly where it
#: closed on Friday", "rose 2.3% to 6,504, higher than its close of 6,338 on June 23"): the day is the compared
#: close's, not the move's session (blanked before the period is read; offsets kept). "below where they closed on Feb.
#: 20" is a span after that day, read as such.
_LEVEL_DAY = re.compile(
    r"\b(?:(?:(?:almost|nearly|roughly|about|just|exactly|back\s+to|close\s+to|near)\s+)+where\s+(?:it|they)\s+"
    r"(?:had\s+)?(?:closed|ended|finished|stood)|(?:higher|lower)\s+than\s+(?:its|their)\s+"
    r"(?:\w+\s+)?close(?:\s+of\s+[\d.,]+)?)\s+on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")


def read_period(window: str) -> Period:
    """The period a figure's own words name. Input: the text from the figure's verb to the next figure or clause
    break. Output: a :class:`Period` (``kind == "session"`` and nothing else set when the words name none)."""
    lex = move_words()
    window = window.replace("’", "'")  # "the week’s loss" as the vocabulary writes it (one character for one: offsets kept)
    if " on " in window and (" where " in window or " than " in window):
        window = _LEVEL_DAY.sub(lambda m: " " * len(m.group(0)), window)  # "where it closed on Friday": no session
    if "close o" in window and (pair := _CLOSES_ON_DATES.search(window)):  # "from the close on September 18 to the
        # close on September 29": as "from the September 18 close to the September 29 close" (as long: offsets kept)
        window = window[: pair.start()] + _CLOSE_ON_DATE.sub(lambda m: f"{m.group('det')} {m.group('date')} close   ",
                                                             pair.group(0)) + window[pair.end():]
    text = window
    cut = _CLAUSE_END.search(text)
    if cut:
        text = text[: cut.start()]
    owned = _OWNED_PERIOD_END.search(text) if not cut else None  # "rose 3% and recovered all of last week's (9%
    if owned:                                                      # drop)": the next figure's period
        text = text[: owned.start()]
    kind: PeriodKind = "session"
    sess = lex.session_re.search(text)
    if sess:
        kind = lex.session_words[norm_words(sess.group(0))]  # type: ignore[assignment]
    found: list[tuple[int, Period]] = []  # the first found wins a tie of positions: the specific forms come first
    pair = WEEKDAY_RANGE.search(text)
    if pair:
        found.append((pair.start(), Period("multi-day", interval="days", day=_DAYS.index(pair.group("a").lower()),
                                           to_day=_DAYS.index(pair.group("b").lower()))))
    to_day = SPAN_TO_DAY.search(window)  # on the whole window: "to" may open a cut clause
    if to_day and to_day.start() < len(text):
        n = to_day.group("n") or "five"
        found.append((to_day.start(), Period("multi-day", interval="span_to", to_day=_DAYS.index(to_day.group("day").lower()),
                                             count=int(n) if n.isdigit() else _NUMBERS.get(n.lower(), 5),
                                             unit="week" if to_day.group("week") else "session")))
    closes = CLOSE_RANGE.search(text)
    if closes:
        found.append((closes.start(), Period("multi-day", interval="after_day", day=_DAYS.index(closes.group("a").lower()),
                                             to_day=_DAYS.index(closes.group("b").lower()))))
    dated_closes = DATE_CLOSE_RANGE.search(text) or CLOSE_AGAINST_DATE.search(text)
    if dated_closes:
        found.append((dated_closes.start(), _after_stated(dated_closes)))
    close = FROM_CLOSE.search(text) if not closes else None
    if close:
        found.append((close.start(), Period("multi-day", interval="after_day",
                                            day=_DAYS.index((close.group("day") or close.group("day2")).lower()))))
    per = lex.period_re.search(text)
    dated_since = SINCE_MONTH.search(text)
    if per and dated_since and (dated_since.group("d") or dated_since.group("d0")) \
            and dated_since.start() <= per.start() < dated_since.end():
        per = None  # "since January 3" is a stated day, not the year to date that "since January" is
    if per:
        key = lex.period_phrases[norm_words(per.group(0))]
        whole = key == "week" and _WHOLE_WEEK.fullmatch(per.group(0)) is not None
        found.append((per.start(), Period("year-to-date" if key == "ytd" else "multi-day", interval=key, whole_week=whole)))
    for_year = _FOR_THE_YEAR.search(text) if not per else None
    if for_year:  # "is still up about 10% for the year": the year to date
        found.append((for_year.start(), Period("year-to-date", interval="ytd")))
    anchored = BELOW_BEFORE.search(text) or _FROM_BEFORE.search(text)
    if anchored and close and anchored.start() <= close.start() <= anchored.end() + 1:
        anchored = None  # "19.6% below Tuesday's close": the sessions after that close (:data:`FROM_CLOSE`)
    if anchored and "," in text[text.rfind("%", 0, anchored.start()) + 1: anchored.start()] and "%" in text[: anchored.start()]:
        anchored = None  # "closed up 2.6% at 412.30 rupees, above its June 3 close": a level with no figure of its own
    if anchored and _PRICE_MARK.search(anchored.group(0)) and _DEBUT.search(window):
        anchored = None  # "rose 30% above its offer price in its market debut": the debut's own session
    event = SINCE_DATED_EVENT.search(text) or EVENT_ON_DAY.search(text)
    if event and not anchored and _FROM_LEVEL_END.search(text, 0, event.start()):
        anchored = event  # "down 21% from its level before the review was published on Nov. 15": a level before it
    if event and (event.group(0)[:5].lower() == "since" or anchored and anchored.start() <= event.start() <= anchored.end() + 1):
        # "down 36% since the Aug. 4 blast", "27% below where it traded before the August 4 blast": from that day
        month = [m[:3] for m in _MONTHS].index((event.group("m") or event.group("m0"))[:3].lower()) + 1
        found.append((event.start(), Period("multi-day", interval="since", month=month,
                                            stated_day=int(event.group("d") or event.group("d0")))))
        anchored = None
    level_day = _LEVEL_ON_DATE.match(text, anchored.start()) if anchored else None
    if level_day:  # "8% below their level of June 8", "33% below where they closed on Sept. 3": the sessions after it
        found.append((anchored.start(), _after_stated(level_day)))
        anchored = None
    peak = _DATED_PEAK.search(text)
    if peak:  # "down 60% from its March 22 peak", "down from HK$27.50 in July 2020": from that day (month) to now
        found.append((peak.start(), _dated_peak(peak)))
        anchored = None
    owned_day = _BEFORE_DAYS_EVENT.match(text, anchored.end()) if anchored and anchored.group(0).rstrip().endswith(
        ("before", "to")) else None
    if owned_day:  # "14.9% below where they stood before last Wednesday's warning": from that weekday's session
        found.append((anchored.start(), Period("multi-day", interval="since_day",
                                               day=_DAYS.index(owned_day.group("day").lower()))))
    elif anchored and (mark := _DATED_MARK.match(text, anchored.start())) is not None:
        # "65% below their October 2021 peak", "since its peak in May": from the first day of that month
        found.append((anchored.start(), Period("multi-day", interval="since",
                                               month=_month_index(mark.group("m") or mark.group("m2")),
                                               stated_day=1, stated_year=int(mark.group("y") or mark.group("y2") or 0))))
    elif anchored:  # "48% below where they were before the crisis": since an event the text does not date
        found.append((anchored.start(), Period("multi-day", interval="approximate")))
    to_month = MONTHS_TO.search(text)
    if to_month:  # "in the twelve months to the end of October", "in the year to March", "in the three months to June 30"
        n = (to_month.group("n") or "twelve").lower()
        found.append((to_month.start(), Period(
            "multi-day", interval="months_to", count=int(n) if n.isdigit() else _NUMBERS.get(n, 12),
            month=[m[:3] for m in _MONTHS].index(to_month.group("m")[:3].lower()) + 1, stated_day=int(to_month.group("d") or 0))))
    span = SPAN.search(window)  # on the whole window: "in the two sessions (after the report)" looks past the cut
    span = span if span and span.end() <= len(text) else None
    if span:
        n = span.group("n") or "one"
        count = int(n) if n.isdigit() else _NUMBERS.get(n.lower(), 1)
        unit = (span.group("unit") or span.group("unit1")).lower().split()[-1].rstrip("s")
        if unit == "quarter":
            count, unit = 3 * count, "month"
        if unit == "decade":
            count, unit = 10 * count, "year"
        if span.group("approx"):  # "in less than a year": a span whose dates the text does not give
            found.append((span.start(), Period("multi-day", interval="approximate", count=count, unit=unit)))
        elif not (count == 1 and unit in ("day", "session")):  # "in a day" is one session
            # "over three sessions", "over the past two sessions" run through the move's own session; "over the
            # previous three sessions" are the ones before it
            through = not re.search(r"\b(?:previous|prior)\b", span.group(0), re.IGNORECASE)
            last_week = unit in ("session", "day") and _LAST_WEEK_AFTER.match(window, span.end()) is not None
            # ("fell 14% over two sessions last week": the last two sessions of the week before the article's)
            found.append((span.start(), Period("multi-day", interval="span", count=count, unit=unit,
                                               through=through or last_week, week_before=last_week)))
    total = _TOTAL_SPAN.match(text) if not span else None
    adj = (_SPAN_ADJECTIVE.search(text) or total) if not span else None
    if adj:  # "a 12% three-day rally", "its 20% two-week slump": the move over that span
        n = adj.group("n").lower()
        unit = adj.group("unit").lower().replace("session", "day")
        found.append((adj.start(), Period("multi-day", interval="span", count=int(n) if n.isdigit() else _NUMBERS.get(n, 1),
                                          unit=unit, through=adj is total)))
    since = SINCE_MONTH.search(text) or SINCE_CLAUSE.search(text) or SINCE_CLAUSE_MONTH.search(text)
    if since:
        month = [m[:3] for m in _MONTHS].index(since.group("m")[:3].lower()) + 1  # "since November", "since Nov. 3"
        day = int(since.groupdict().get("d") or since.groupdict().get("d0") or 0) \
            or _PART_OF_MONTH.get((since.groupdict().get("part") or "").lower(), 0)  # "since 7 June" too
        if since.groupdict().get("end"):  # "since the end of July": from that month's last day (its last close)
            day = calendar.monthrange(2001, month)[1]
        year = int(since.groupdict().get("y") or 0)  # "since May 2019": that month of that year
        found.append((since.start(), Period("year-to-date" if month == 1 and day <= 1 and not year else "multi-day",
                                            interval="since", month=month, stated_day=day, stated_year=year)))
    since_day = SINCE_DAY.search(text)
    if since_day:
        found.append((since_day.start(), Period("multi-day", interval="since_day",
                                                day=_DAYS.index(since_day.group("day").lower()))))
    told = SINCE_TOLD.search(text) if not since else None
    if told and told.group("day"):  # "since the bid was announced on Monday": that session to now
        found.append((told.start(), Period("multi-day", interval="since_day", day=_DAYS.index(told.group("day").lower()))))
    elif told:  # "since the bid became public two weeks ago": that span back from the publication
        n = told.group("n").lower()
        found.append((told.start(), Period("multi-day", interval="span", count=int(n) if n.isdigit() else _NUMBERS.get(n, 1),
                                           unit=told.group("unit"))))
    then = SINCE_THEN.search(text)
    if then:  # "off 27% since then": since the day the sentence told before (:func:`since_then`), else undated
        found.append((then.start(), Period("multi-day", interval="since_then")))
    since_other = SINCE_OTHER.search(text)
    if since_other and not since:
        year = since_other.group("y")
        found.append((since_other.start(), Period("multi-day", interval="since", month=1, count=int(year) if year else 0)))
    days = DAY_RANGE.search(text)
    if days and not int(days.group("a") or days.group("a2")) < int(days.group("b") or days.group("b2")) <= 31:
        days = None  # "3-1 May" is no range of days
    if days:
        # "(15-19 April)", "Nov. 18-22": those days of that month
        month = days.group("m") or days.group("m2")
        found.append((days.start(), Period("multi-day", interval="range", month=[m[:3] for m in _MONTHS].index(month[:3].lower()) + 1,
                                           stated_day=int(days.group("a") or days.group("a2")),
                                           count=int(days.group("b") or days.group("b2")))))
    years = YEARS_RANGE.search(text)
    if years and int(years.group("a")) < int(years.group("b")):
        found.append((years.start(), Period("multi-day", interval="years", count=int(years.group("a")),
                                            stated_year=int(years.group("b")))))
    first = FIRST_MONTHS.search(text)
    if first:  # "rose 30% in the first three months of the year": January to the end of March
        n = first.group("n").lower()
        found.append((first.start(), Period("multi-day", interval="first_months", count=int(n) if n.isdigit() else _NUMBERS.get(n, 1))))
    in_month = IN_MONTH.search(text)
    if in_month:  # "is up 11% in October": that month (to date when it is the article's)
        found.append((in_month.start("in"), Period("multi-day", interval="in_month",
                                                    month=[m[:3] for m in _MONTHS].index(in_month.group("m")[:3].lower()) + 1)))
    year = IN_YEAR.search(text)
    if year:
        found.append((year.start(), Period("multi-day", interval="year", count=int(year.group("y")))))
    ended = ENDED_WEEK.search(text)
    if ended and not per:
        found.append((ended.start(), Period("multi-day", interval="week", whole_week=True)))
    mark = FROM_MARK.search(text)
    if mark and mark.group(0)[:3].lower() == "off" and _AT_PRICE_COMMA.search(text, 0, mark.start()):
        mark = None  # "finished down 24.6% at 38.15, off a low that was 31% below ...": where the close stood, the
        # figure's mark the session's open
    if mark and not _DEBUT.search(window) and not WEEKDAY.search(text) and not STATED_DAY.search(text) \
            and not YESTERDAY.search(text):
        found.append((mark.start(), Period("multi-day", interval="approximate")))
    ago = AGO.search(text)
    if ago:
        n = ago.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBERS.get(n, 1)
        found.append((ago.start(), Period("multi-day", interval="span", count=count, unit=ago.group("unit").lower())))
    event_span = EVENT_SPAN.search(text)
    if event_span is None:  # "in the week after the outage": the clause break cuts the event off, not the span
        event_span = EVENT_SPAN.search(window)
        event_span = event_span if event_span and event_span.start() < len(text) else None
    if event_span and not span and not since:  # ("in the four sessions since X quit on March 2": from that day)
        found.append((event_span.start(), Period("multi-day", interval="approximate")))
    same = SAME_PERIOD.search(text)
    if same:
        n, unit = same.group("n"), (same.group("unit") or "").lower().split()[-1:] or [""]
        sessions = unit[0] in ("sessions", "days") and n is not None  # "over the same two sessions": a span of that count
        found.append((same.start(), Period("multi-day", interval="same", unit="session" if sessions else "",
                                           count=(int(n) if n.isdigit() else _NUMBERS.get(n.lower(), 0)) if sessions else 0)))
    stated = STATED_DAY.search(text)
    if stated and not (since and since.start() < stated.start() < since.end()):
        found.append((stated.start(), stated_period(stated, kind)))
    wd = next((w for w in WEEKDAY.finditer(text) if not _owns_move(text, w)), None)
    if wd and not (since_day and since_day.start() < wd.start() <= since_day.end()):
        week_before = _WEEK_BEFORE_AFTER.match(text, wd.end()) is not None
        found.append((wd.start(), Period(kind, day=_day_index(wd), week_before=week_before,
                                         earlier_week=week_before or _LAST_BEFORE.search(text, 0, wd.start()) is not None)))
    on_day = ON_THE_DAY.search(text)
    if on_day:
        found.append((on_day.start(), Period(kind, on_the_day=True)))
    prev = PREVIOUS.search(text)
    if prev:
        found.append((prev.start(), Period(kind, previous=True)))
    yest = YESTERDAY.search(text)
    if yest:
        found.append((yest.start(), Period(kind, yesterday=True)))
    today = TODAY.search(text)
    if today:
        found.append((today.start(), Period(kind, today=True)))
    if days:  # "Week's movers (1-5 June)": the days the text gives, not the week a phrase names
        found = [f for f in found if f[1].interval not in ("week", "last_week", "month", "last_month")]
    if found:
        first = min(found, key=lambda x: x[0])[1]
        ends = (_ENDS_BEFORE_DAY.search(text) or _ENDS_BEFORE_DAY.match(window, len(text))) \
            if first.interval in _TO_NOW else None  # (cut at "ahead of": "up 12% this month ahead of Tuesday's slump")
        if ends:  # "had gained 64% this year before Monday's drop": up to the session before Monday's
            first = replace(first, ends_before=_DAYS.index(ends.group("day").lower()))
        through = _ENDS_ON_DAY.search(text) if first.interval in _TO_NOW and not ends else None
        if through:  # "had gained 4% year to date through Friday": up to Friday's session
            first = replace(first, ends_on=_DAYS.index(through.group("day").lower()))
        # "had gained 64% this year before Oct. 20", "... before the bid", "... ahead of the readout" (cut at "ahead of")
        return cut_before(first, text if not _AHEAD_OF.match(window, len(text)) else window[: len(text) + 60])
    return Period(kind)


#: A period that opens the sentence before its first comma ("Since Monday, ...", "So far this year, ...").
_OPENING = re.compile(r"^\s*(?:(?P<c>(?:since|from|between)\s+(?:last\s+)?" + _WD + r"['’]s\s+(?:close|closing\s+(?:price|level))"
                      r"(?:\s+(?:to|and|through|until|till)\s+" + _WD + r"['’]s\s+(?:close|closing\s+(?:price|level)))?)"
                      r"\s*,?\s+(?=\S)|"  # "Since Monday's close X has lost 9%", "From Monday's close to Wednesday's close it's down"
                      r"(?P<p>(?:since|so\s+far|over|in|during|for|this|last|yesterday|year[\s-]to[\s-]date)\b"
                      r"(?:[^,.;\d%]|(?<=[A-Z][a-z]{2})\.|(?<=\s)\d{1,2}\b){0,64}),|(?P<q>(?:last|this)\s+(?:week|month|year)|yesterday)\s+(?-i:(?=[A-Z])))",
                      re.IGNORECASE)


#: The subject right after a period phrase that opens a sentence without a comma ("Since the start of the year the
#: stock ...", "Over the past week Acme ...").
_OPENING_SUBJECT = re.compile(r"\s+(?:the|its|their|shares|(?-i:[A-Z]))", re.IGNORECASE)


#: The session before the one just told, opening a sentence ("A day earlier, it fell 7%", "The day before, ...").
_OPENING_PREVIOUS = re.compile(r"^\s*(?:A\s+day\s+(?:earlier|before)|The\s+day\s+before|The\s+(?:previous|prior)\s+"
                               r"(?:day|session)|In\s+the\s+(?:previous|prior)\s+session)\s*,")


def opening_period(sentence: str) -> Period | None:
    """The multi-day period a sentence opens with ("Since Monday, X has fallen 40%", "Last week X rose 8%"), or
    "Yesterday" ("Yesterday, X fell 3%") or "A day earlier," (the session before the one just told), which applies to
    the figures of its first clause that name no period of their own; None when it opens with none."""
    if _OPENING_PREVIOUS.match(sentence):
        return Period("session", previous=True)
    m = _OPENING.match(sentence)
    if not m:
        lead = move_words().period_re.match(sentence.lstrip())
        if lead and _OPENING_SUBJECT.match(sentence.lstrip(), lead.end()):
            # "Since the start of the year the stock has lost 27%": a period phrase without its comma, then the subject
            period = read_period(lead.group(0))
            return period if period.interval else None
        return None
    period = read_period(m.group("c") or m.group("p") or m.group("q"))
    return period if period.interval or period.yesterday else None


def stated_period(m: re.Match[str], kind: PeriodKind = "session") -> Period:
    """The one-session :class:`Period` of a :data:`STATED_DAY` match."""
    if m.groupdict().get("m1"):  # "on 10 November"
        month = [x[:3] for x in _MONTHS].index(m.group("m1")[:3].lower()) + 1
        return Period(kind, month=month, stated_day=int(m.group("d1")), stated_year=int(m.group("y1") or 0))
    month = [x[:3] for x in _MONTHS].index(m.group("m")[:3].lower()) + 1
    return Period(kind, month=month, stated_day=int(m.group("d")), stated_year=int(m.group("y") or 0))


def stated_date(period: Period, published: date | None, story: date | None = None) -> date | None:
    """The date of a stated day ("on March 14"): the year the text gives, else the publication's (the year before
    when the day would fall more than a month after it: the publication date may be the earliest possible one),
    else that of the corpus's latest publication date ``story`` (an undated article)."""
    base = published or story
    year = period.stated_year or (base.year if base else 0)
    if not year:
        return None
    if not period.month:  # "on the 14th": the publication's month, or the month before for a later day
        if base is None:
            return None
        back = _months_back(base.replace(day=1), 1 if period.stated_day > base.day else 0)
        try:
            return date(back.year, back.month, period.stated_day)
        except ValueError:
            return None
    try:
        day = date(year, period.month, period.stated_day)
        if not period.stated_year and base is not None and day > base + timedelta(days=31):
            day = date(year - 1, period.month, period.stated_day)  # "on Dec. 29" in a January article
    except ValueError:
        return None
    return day


def _month_end(year: int, month: int) -> date:
    """The last day of ``month`` of ``year``."""
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _month_start_back(year: int, month: int, months: int) -> date:
    """The first day of the span of ``months`` whole months ending with ``month`` of ``year``."""
    y, m = divmod(year * 12 + month - months, 12)
    return date(y, m + 1, 1)


def _months_back(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(y, m + 1, min(day.day, 28 if m + 1 == 2 else 30 if m + 1 in (4, 6, 9, 11) else 31))


def _latest_date(ref: date, month: int, day: int) -> date:
    """The day ``month``/``day`` on or before ``ref`` (the year before when it falls after it)."""
    found = date(ref.year, month, day)
    return found if found <= ref else date(ref.year - 1, month, day)


def resolve(period: Period, published: date | None, own_session: date | None,
            last_interval: tuple[date | None, date] | None, story: date | None = None) -> tuple[date | None, date | None, date | None]:
    """Dates for ``period``: (session_date, period_start, period_end). ``own_session`` is the session the sentence
    is about (for "the previous day" and "the previous three sessions"); ``last_interval`` the article's previous
    multi-day interval (for "over the same period"); ``story`` the corpus's latest publication date, which gives an
    undated article's "on March 14" its year. A span cut short by a later weekday's move (``ends_before``) ends on
    the session before that weekday's."""
    session, start, end = _resolve(period, published, own_session, last_interval, story)
    if period.ends_on is not None and end is not None and published is not None and end == published:
        cut = weekday_on_or_before(published, period.ends_on)
        if start is None or start <= cut:
            end = cut
    if period.ends_before is not None and end is not None and published is not None and end == published:
        cut = previous_session(weekday_on_or_before(published, period.ends_before))
        if start is None or start <= cut:
            end = cut
    if (period.before_stated or period.before_now) and end is not None and published is not None and end == published:
        try:
            day = date(published.year, period.before_month, period.before_stated) if period.before_stated else published
        except ValueError:
            day = None
        cut = previous_session(day) if day is not None and day <= published else None
        if cut is not None and (start is None or start <= cut):
            end = cut
    return session, start, end


def _resolve(period: Period, published: date | None, own_session: date | None,
             last_interval: tuple[date | None, date] | None, story: date | None = None) -> tuple[date | None, date | None, date | None]:
    """:func:`resolve` before a span's ``ends_before``."""
    ref = published
    if period.stated_day and not period.interval:
        return stated_date(period, published, story), None, None
    if period.interval:
        if ref is None:
            return None, None, None
        end = ref
        if period.interval == "ytd":
            return None, date(ref.year, 1, 1), end
        if period.interval == "week" and period.whole_week and ref.weekday() == 0:
            return None, ref - timedelta(days=7), ref - timedelta(days=3)  # "down 4% for the week" on a Monday
        if period.interval == "week":
            return None, ref - timedelta(days=ref.weekday()), end
        if period.interval == "last_week":
            monday = ref - timedelta(days=ref.weekday() + 7)
            return None, monday, monday + timedelta(days=4)
        if period.interval == "month":
            return None, date(ref.year, ref.month, 1), end
        if period.interval == "last_month":
            first = date(ref.year, ref.month, 1)
            last = first - timedelta(days=1)
            return None, date(last.year, last.month, 1), last
        if period.interval == "first_months" and 1 <= period.count <= 12:
            year = ref.year if _month_end(ref.year, period.count) <= ref else ref.year - 1
            return None, date(year, 1, 1), _month_end(year, period.count)
        if period.interval == "in_month" and period.month:
            year = ref.year if period.month <= ref.month else ref.year - 1
            return None, date(year, period.month, 1), min(ref, _month_end(year, period.month))
        if period.interval == "last_year":
            return None, date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31)
        if period.interval == "quarter":
            return None, date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), end
        if period.interval == "months_to" and period.month and 1 <= period.count <= 36:  # "in the year to March"
            year = ref.year if (period.month, period.stated_day) <= (ref.month, ref.day) else ref.year - 1
            try:
                last = date(year, period.month, period.stated_day) if period.stated_day else _month_end(year, period.month)
            except ValueError:
                return None, None, None
            first = _months_back(last, period.count) + timedelta(days=1) if last != _month_end(year, period.month) \
                else _month_start_back(year, period.month, period.count)  # "to June 30": April 1 to June 30
            return None, first, last
        if period.interval == "since_then":  # "since then" after no day: the start is not in the sentence
            return None, None, end
        if period.interval == "since":
            if period.count:  # "since 2021"
                return None, date(period.count, 1, 1), end
            if period.month == 1 and not period.count and not period.stated_day and period.kind == "multi-day":
                return None, None, end  # "since its listing": the start is not in the text
            if period.stated_year:  # "below their October 2021 peak": that month of that year
                return (None, date(period.stated_year, period.month, 1), end) if period.stated_year <= ref.year \
                    else (None, None, None)
            try:  # "since March 8"; "since November" in a January article is the year before
                start = date(ref.year, period.month, period.stated_day or 1)
                start = start if start <= ref else date(ref.year - 1, period.month, period.stated_day or 1)
            except ValueError:
                return None, None, end
            return None, start, end
        if period.interval == "range" and period.month and period.stated_day and period.count:  # "15-19 April"
            year = ref.year if (period.month, period.stated_day) <= (ref.month, ref.day) else ref.year - 1
            try:
                return None, date(year, period.month, period.stated_day), date(year, period.month, period.count)
            except ValueError:
                return None, None, None
        if period.interval == "days" and period.day is not None and period.to_day is not None:  # "over Monday and Tuesday"
            last = weekday_on_or_before(ref, period.to_day)
            return None, weekday_on_or_before(last, period.day), last
        if period.interval == "span_to" and period.to_day is not None:  # "in the week to Friday"
            last = weekday_on_or_before(ref, period.to_day)
            if period.unit == "week":
                first = last - timedelta(days=6)
                return None, first + timedelta(days=max(0, 7 - first.weekday()) if first.weekday() > 4 else 0), last
            days = [last]
            for _ in range(period.count - 1):
                days.append(previous_session(days[-1]))
            return None, days[-1], last
        if period.interval == "after_day" and period.day is not None:  # "from Monday's close": Tuesday to now
            if period.to_day is not None:  # "from Monday's close to Wednesday's close": Tuesday to Wednesday
                end = weekday_on_or_before(ref, period.to_day)
            close = weekday_on_or_before(end - timedelta(days=1), period.day)
            return None, min(close + timedelta(days=1 if close.weekday() < 4 else 7 - close.weekday()), end), end
        if period.interval == "after_stated" and period.month and period.stated_day:  # "from the Nov. 4 close"
            try:
                close = _latest_date(ref, period.month, period.stated_day)
                if period.to_stated:  # "... to Nov. 15 close"
                    end = _latest_date(ref, period.to_month, period.to_stated)
                elif period.to_day is not None:  # "Friday close against July 13"
                    end = weekday_on_or_before(ref, period.to_day)
            except ValueError:
                return None, None, None
            start = close + timedelta(days=1 if close.weekday() < 4 else 7 - close.weekday())
            return (None, start, end) if start <= end else (None, None, None)
        if period.interval == "since_day" and period.day is not None:  # "since Monday": that session to now
            return None, weekday_on_or_before(ref - timedelta(days=1), period.day), end
        if period.interval == "year":
            return None, date(period.count, 1, 1), min(end, date(period.count, 12, 31))
        if period.interval == "years":  # "between 2020 and 2024"
            return None, date(period.count, 1, 1), min(end, date(period.stated_year, 12, 31))
        if period.interval == "same":
            return (None, *last_interval) if last_interval else (None, None, None)
        if period.interval == "span":
            anchor = own_session or trading_day(ref)
            if period.week_before:  # "over two sessions last week": up to the Friday of the week before the article's
                anchor = ref - timedelta(days=ref.weekday() + 3)
            if period.unit in ("session", "day"):
                days = [anchor if period.through or period.week_before else previous_session(anchor)]
                for _ in range(period.count - 1):
                    days.append(previous_session(days[-1]))
                return None, days[-1], days[0]
            if period.unit == "week":
                return None, ref - timedelta(days=7 * period.count), end
            if period.unit == "month":
                return None, _months_back(ref, period.count), end
            if period.unit == "year":
                return None, _months_back(ref, 12 * period.count), end
        return None, None, None
    if period.day is not None and ref is not None:
        if period.week_before:  # "on Wednesday last week": the week before the publication's
            return ref - timedelta(days=ref.weekday() + 7) + timedelta(days=period.day), None, None
        if period.earlier_week:  # "last Wednesday" in a Wednesday's article: a week before, not that day
            return weekday_on_or_before(ref - timedelta(days=1), period.day), None, None
        return weekday_on_or_before(ref, period.day), None, None
    if period.previous:
        base = own_session or (trading_day(ref) if ref else None)
        return (previous_session(base) if base else None), None, None
    if period.yesterday and ref is not None:
        return previous_session(ref), None, None
    if period.today and ref is not None:
        return trading_day(ref), None, None
    return None, None, None
