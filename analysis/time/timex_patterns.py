"""Recognisers for :mod:`analysis.time.timex`: the lexicon loader and the compiled patterns (built once, at
import); where they run and which matches are kept is :mod:`analysis.time.timex_find`.

Each pattern is a ``(kind, regex)`` pair; the resolver in :mod:`analysis.time.timex_resolve` turns a match of a
kind into a TIMEX3 type and value. Month and weekday names are matched case-sensitively (capitalised) so that
"may" the verb and "march" the verb stay out; everything else is case-insensitive.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

_LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "timex_lexicon.json"


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, Any]:
    """The TIMEX lexicon (``analysis/data/timex_lexicon.json``) as a dict; read once."""
    return json.loads(_LEXICON_PATH.read_text(encoding="utf-8"))


LEX = load_lexicon()
_SPACES = re.compile(r"\s+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_AND_A_HALF = re.compile(r"(\d+)[\s-]1/2")
_NUMBER_PARTS = re.compile(r"[\s-]+")


def _alternation(fragments: list[str]) -> str:
    """The regex alternation of ``fragments`` ("a|b|c"), written with the fragments that open on the same letter
    under that letter once ("s(?:aid|ent)|t(?:old|ook)"), in their order: the regex engine then tries each letter
    once at a position instead of every fragment (a list of 191 past verbs is read about four times faster), and
    it finds the same matches, since two fragments opening on different lower-case letters never both match at one
    position, with or without IGNORECASE, and those on one letter keep their order. Fragments that do not all open
    on a lower-case ASCII letter, or that hold regex syntax other than an escape or "\\s+", are joined as they are."""
    if not fragments or not all("a" <= f[0] <= "z" and not any(ch in "|()[]?*+{}" for ch in f.replace(r"\s+", ""))
                                for f in fragments):
        return "|".join(fragments)
    groups: dict[str, list[str]] = {}
    for f in fragments:
        groups.setdefault(f[0], []).append(f[1:])
    return "|".join(k + (rest[0] if len(rest) == 1 and rest[0].isalpha() else "(?:" + "|".join(rest) + ")")
                    for k, rest in groups.items())


def _alt(words: list[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any run of whitespace (grouped by
    first letter, :func:`_alternation`: the same matches)."""
    return _alternation([re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)])


MONTH_ABBR = [m for m in LEX["months"] if any(o != m and o.startswith(m) for o in LEX["months"])]
_MONTH_FULL = [m for m in LEX["months"] if m not in MONTH_ABBR]
#: A month in capitals ("MARCH 10", a factbox's heading); "MAY" only next to a number ("MAY 6", "6 MAY", "MAY 2031"):
#: alone it is the modal verb of a headline in capitals ("SHARES MAY FALL").
_MONTH_CAPS = "|".join(m.upper() for m in _MONTH_FULL if m != "may") + r"|MAY(?=\s+\d)|(?<=\d\s)MAY"
#: A month's abbreviation in capitals only before a day of the month ("ON OCT. 4", a wire brief's line in capitals):
#: alone it may be a ticker or an acronym ("MAR", "DEC").
_ABBR_CAPS = r"(?:" + "|".join(m.upper() for m in MONTH_ABBR) + r")(?:\.|\b(?!\.))(?=\s+[0-3]?\d\b(?![.,]\d))"
MON = (r"(?P<mon>(?:" + "|".join(m.capitalize() for m in _MONTH_FULL) + "|" + _MONTH_CAPS
       + r")\b|(?:" + "|".join(m.capitalize() for m in MONTH_ABBR) + r")(?:\.|\b(?!\.))|" + _ABBR_CAPS + ")")
_WD_FULL = [w for w in LEX["weekdays"] if w.endswith("day")]
WD = r"(?P<wd>(?:" + "|".join(w.capitalize() for w in _WD_FULL) + r"))"
_WD_ONLY = "|".join(w.capitalize() for w in _WD_FULL)
#: A weekday written in full or shortened, capitalised ("Tuesday", "Tue", "Thurs"), longest first.
_WD_SLASH = "|".join(w.capitalize() for w in sorted(LEX["weekdays"], key=len, reverse=True))
#: A calendar day written after a weekday and a comma (", 10 July 2031", ", July 10"): read with the weekday by the
#: resolver, which keeps it only when it is that weekday.
_MONTH_WORD = "(?:" + "|".join(m.capitalize() for m in _MONTH_FULL) + "|" + "|".join(m.capitalize() for m in MONTH_ABBR) \
    + r")(?:(?<![a-z]{5})\.)?"  # a stop after an abbreviation only ("Sept.", not "September.")
_WD_DAY_AFTER = (r"(?:,?\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD + r"|" + _MONTH_WORD
                 + r"\s+[0-3]?\d(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?(?![\d%\w]))?")
#: A weekday before a day and month, capitalised or in capitals as a factbox's day heading has it ("TUESDAY, MARCH
#: 10"); a weekday in capitals alone is no date here (a headline's "MONDAY'S VOTE" is read as nothing new).
WD_DATE = r"(?P<wd>(?:" + "|".join(w.capitalize() for w in _WD_FULL) + "|" + "|".join(w.upper() for w in _WD_FULL) + r"))"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[.,:]\d|\s*(?:%|(?i:per\s?cent)))"
YEAR = r"(?P<year>(?:1[0-9]|20)\d\d)(?![\d%]|[.,:]\d)"
_NUMS = LEX["numbers"]
_NUMWORD = _alt([n for n in _NUMS if " " not in n])
_NUMPHRASE = _alt([n for n in _NUMS if " " in n])
NUM = (r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+|\s+1/2|-1/2)?(?![\d,])|(?i:(?:" + _NUMPHRASE + r")|"
       r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b"
       r"|(?:" + _NUMWORD + r")\b(?:\s+(?:hundred|thousand)\b)?|" + _alt(LEX["vague_numbers"]) + r"))")
UNIT = (r"(?P<unit>(?i:second|minute|hour|day|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie)|"
        r"millenni(?:um|a))s?)\b")
#: Units of a duration only: a trading session is a day of the market ("the past three sessions", P3D).
DURATION_UNIT = (r"(?P<unit>(?i:second|minute|hour|day|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie)|"
                 r"millenni(?:um|a)|(?:trading\s+)?session)s?)\b")
POD = r"(?P<pod>(?i:morning|afternoon|evening|night))"
SEASON = r"(?P<season>(?i:spring|summer|fall|autumn|winter))"
APPROX = (r"(?:(?P<approx>(?i:about|nearly|almost|roughly|around|some|more\s+than|less\s+than|over|under|"
          r"at\s+least|up\s+to|just))\s+)?")
_MOD = (r"(?P<mod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
        r"the\s+close\s+of|end))")
#: The parts of a month only: "the first half of July", "the second half of May" (a half of a year is the quarter
#: pattern's "the first half").
_MONTH_MOD = _MOD.replace("|end))", r"|end|the\s+(?:first|second|latter)\s+half\s+of))")
#: A day right after "the week ended / ending / to": "12 July", "July 12", "Jan. 5", "Friday".
_DAY_AHEAD = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
              r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
#: A time zone after a clock time ("GMT", "Eastern time", "New York time", "local time"; the wires' Asian and Pacific
#: abbreviations too: "by 1130 IST" in Mumbai, "0900 KST" in Seoul, "1400 MSK" in Moscow).
_TZ = (r"[ECMP][SD]?T|GMT|UTC|BST|CES?T|JST|HKT|SGT|AE[SD]T|IST|KST|MSK|SAST|NZ[SD]T|AW[SD]T|(?i:local\s+time)|"
       r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?|"
       # a time zone written out: "Eastern time", "New York time", "Tokyo time" (not a weekday, nor a word opening the
       # next sentence: "at 6 p.m. This time, nobody came")
       r"(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|This|That|The|Each|Every|Any|Some|Next|Last|No|One|"
       r"At|By|In|On|For|From|Over|Half|Full|Part|Prime|Extra|Over|Real|Peak|Such)\b)"
       r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time")
_CLOCK = (r"(?:(?P<oc>[01]?\d|2[0-3]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?i:o['’]clock)"
          r"(?:\s+(?P<ocpod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))?|"
          # "at 4 in the morning", "until eleven at night": an hour and a part of day, after a preposition of time
          r"(?:(?<=\b[Aa]t\s)|(?<=\b[Aa]round\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Tt]ill\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|"
          r"(?<=\b[Ss]ince\s))(?P<hp>[1-9]|1[0-2]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
          r"\s+(?P<hppod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))\b|"
          # "a quarter to seven", "quarter past 8", "half past nine": a time of day, not a span of three months; only
          # where the hour ends the phrase (a stop, or a word of time or of a clause after it): "a quarter to 30 cents",
          # "one-quarter to one-third" are no clock
          r"(?<![\w-])(?:(?i:a)\s+)?(?P<qq>(?i:quarter|half))\s+(?P<qrel>(?i:to|past|after))\s+"
          r"(?P<qh>[1-9]|1[0-2]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
          r"(?:\s+(?P<qpod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))?"
          r"(?=\s*(?:[.,;:!?)\"”]|$|(?i:on|in|at|this|that|today|tonight|tomorrow|yesterday|last|next|when|and|or|"
          r"before|after|until|local|sharp|o['’]clock)\b))|"
          r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am\b|pm\b))|"
          # a 24-hour clock only with its zone ("05:10 CET", "1815 GMT"): alone, "05:10" may be a score or a ratio
          rf"(?P<h24>[01]\d|2[0-3]):?(?P<mi24>[0-5]\d)(?=\s+(?:{_TZ})\b)|"
          # ... or after a preposition of time, written with two digits, a colon and two digits ("said in a statement at
          # 09:40 that", "at about 03:15", "until 17:30"): a score or a ratio is not "at 09:40". Not before a day word
          # ("at 07:30 today", "at 03:15 on Monday"): the day word dates the sentence, as it did
          r"(?:(?<=\b[Aa]t\s)|(?<=\b[Aa]bout\s)|(?<=\b[Aa]round\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Bb]efore\s)|"
          r"(?<=\b[Aa]fter\s)|(?<=\b[Ss]ince\s))(?P<hb>[01]\d|2[0-3]):(?P<mib>[0-5]\d)(?![\d:]|[.,]\d)"
          r"(?!,?\s+(?i:(?:on\s+)?(?:today|yesterday|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
          r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))"
          rf"(?:\s+(?P<tz>{_TZ})\b)?")
_DAYWORD = r"(?P<rel>(?i:today|yesterday|tomorrow|tonight))"
_ORD = r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))"
_REL = (r"(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+next|the\s+coming|"
        r"the\s+previous|the\s+following|the\s+same|the\s+current|the\s+latest|the\s+most\s+recent|"
        r"(?:early|late|earlier|later)\s+(?:this|last|next|that)|earlier|later|this\s+current|that))")

SPELLED = (r"(?P<sy>(?i:nineteen|eighteen|twenty)[\s-]+(?:(?i:oh)[\s-]+)?(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|"
           r"eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)|"
           r"(?i:two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?))")
_I = re.IGNORECASE
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # (also written with slashes, year first: "2031/01/27"; or with dots, as East Asian copy writes it: "2031.1.27")
    ("iso", re.compile(r"(?<![\d/.-])(?<![A-Za-z])(?P<year>(?:19|20)\d\d)(?:-(?P<m>[01]\d)-(?P<d>[0-3]\d)|/(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)(?!\d|/\d)|"
                       r"\.(?P<m3>1[0-2]|0?[1-9])\.(?P<d3>[12]\d|3[01]|0?[1-9])(?!\d|\.\d))"
                       r"(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?(?!\d|-\d)")),
    # (month first as in US usage; a first number above 12 is the day: "27/01/2031")
    ("slash", re.compile(r"(?<![\d/.$-])(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?!\d|/\d)")),
    # a month and day without a year ("a survey published on 11/11"), only after a preposition of time; never a
    # fraction of something ("on 3/4 of the seats")
    ("slashday", re.compile(r"(?:(?<=\b[Oo]n )|(?<=\b[Ss]ince )|(?<=\b[Ff]rom )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|"
                            r"(?<=\b[Bb]efore )|(?<=\b[Aa]fter ))(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)"
                            r"(?![\d/%]|[.,]\d|\s+of\b)")),
    # a month and day without a year after the weekday it falls on ("Tuesday 1/23", "Wed 9/22:", "Thu. 9/23"), as
    # calendars, agendas and week-ahead lists write them: the weekday makes it a day, not a fraction
    ("wdslash", re.compile(rf"\b(?P<wd>{_WD_SLASH})\.?,?[ \t]+(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)"
                           r"(?![\d/%]|[.,]\d|\s+of\b)")),
    # ... or before it in brackets ("2/20 (Thursday) - The mill shuts", "on 3/4 (Wed)"), as chronologies and
    # schedules write them: the weekday makes it a day and tells its year and order
    ("slashwd", re.compile(rf"(?<![\d/.$-])(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)[ \t]*\((?P<wd>{_WD_SLASH})\.?\)")),
    # ... or opening a line of a list, before its colon or a dash ("- 1/31: results", "12/3: the vote", "4/17 - The
    # agency warns"): an agenda's or a chronology's entry
    ("slashhead", re.compile(r"(?:(?<![^\n])|(?<=\n[*•·\-–—] ))(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)"
                             r"(?=(?::|[ \t]+[-–—])[ \t]+[A-Z0-9$\"“])")),
    # a month and its year opening a chronology's line before a dash or a colon ("12/2029 - The minister grants ...")
    ("slashmonth", re.compile(r"(?:(?<![^\n])|(?<=\n[*•·\-–—] ))(?P<m>1[0-2]|0?[1-9])/(?P<year>(?:19|20)\d\d)"
                              r"(?=(?::|[ \t]+[-–—])[ \t]+[A-Z0-9$\"“])")),
    ("dotted", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d|\.\d)")),
    # (with dashes and a four-digit year, read as the slash dates: "27-10-2031" day first, "10-27-2031" month first)
    ("dashed", re.compile(r"(?<![\w/.$-])(?P<m>[0-3]?\d)-(?P<d>[0-3]?\d)-(?P<year>(?:19|20)\d\d)(?![\w-]|[./]\d)")),
    ("mdy", re.compile(rf"\b(?P<weekof>(?i:the\s+week\s+of)\s+)?(?:{WD_DATE},?\s+)?{MON}\s+{DAY}\b"
                       rf"(?:\s*[-–]\s*(?P<day2>[0-3]?\d)\b(?![\d%.,]\d|\s*%))?"
                       rf"(?:,?\s+{YEAR}|\s+(?i:of\s+)?(?P<rel2>(?i:this|last|next))\s+(?i:year)\b)?"
                       # (a clock time after a blank line opens an entry of its own: "Thursday, October 1, 2020" as a
                       # chronology's heading, "7:04 a.m. - A disk fails" below it)
                       rf"(?:,\s+(?P<wd2>{_WD_ONLY})\b(?=\s*[.;)]))?(?:,?(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))(?i:at\s+)?{_CLOCK})?")),
    ("dmy", re.compile(rf"\b(?:{WD_DATE},?\s+)?(?i:the\s+)?{DAY}(?:\s+(?i:of\s+)?{MON}"
                       rf"(?:,?\s+{YEAR}|\s+(?P<rel2>(?i:this|last|next))\s+(?i:year)\b)?|"
                       # "27-Jan-2031", "27-Jan-31"
                       rf"-(?P<mon2>(?:{'|'.join(m.capitalize() for m in MONTH_ABBR)}|"
                       rf"{'|'.join(m.upper() for m in MONTH_ABBR)}))-(?P<year2>(?:19|20)?\d\d)(?!\d))")),
    # (the day may follow on the next line only as the sentence's continuation, in lower case: a live blog's stamp
    # alone on its line, "1:05pm SGT", is not the time of the "On Tuesday" opening its entry)
    ("clock_date", re.compile(rf"(?<![\w.:$/])(?:(?i:about|around|at|by|until|before|after)\s+)?{_CLOCK}"
                              rf"(?:,?(?:[ \t]+|[ \t]*\n\s*(?=[a-z]))(?i:on\s+)?(?:(?P<rel>(?i:today|yesterday|tomorrow|tonight))|{WD}{_WD_DAY_AFTER}"
                              rf"|{MON}\s+(?P<day>[0-3]?\d)\b(?:,?\s+(?P<year>(?:1[0-9]|20)\d\d)(?![\d%]|[.,:]\d))?))?")),
    ("noon", re.compile(rf"\b(?:(?P<rel0>(?i:today|yesterday|tomorrow))\s+|{WD}\s+)?"
                        rf"(?<![Hh]igh )(?P<noon>(?i:noon|midnight|midday))"
                        rf"(?:,?\s+(?i:on\s+)?(?:(?P<rel>(?i:today|yesterday|tomorrow|tonight))|(?P<wd2>{_WD_ONLY})))?\b")),
    ("month", re.compile(rf"\b(?:(?i:the\s+(?P<wkord>first|second|third|fourth|last|final)\s+week\s+of)\s+|"
                         rf"{_MONTH_MOD}[\s-]+|(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|early\s+last|"
                         rf"late\s+last|early\s+next|late\s+next))\s+)?{MON}(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b)"
                         rf"(?:,?\s+(?i:of\s+)?(?:{YEAR}|{SPELLED}\b)|\s+(?i:of\s+)?(?P<rel2>(?i:this|last|next))\s+(?i:year)\b)?")),
    ("decade", re.compile(r"(?<!\w)(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?:(?P<dec>1[0-9]\d0|20\d0)|"
                          r"'(?P<short>\d0))'?s\b")),
    ("spelled_decade", re.compile(r"\b(?i:the)\s+(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<sdec>(?i:twenties|thirties|"
                                  r"forties|fifties|sixties|seventies|eighties|nineties))\b")),
    ("century", re.compile(r"\b(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<cent>\d{1,2})(?:st|nd|rd|th)"
                           r"[\s-](?i:century)\b")),
    ("quarter", re.compile(rf"\b(?:(?i:the)\s+)?(?:{YEAR}(?:'s)?\s+|(?P<ryr>(?i:this|last|next))\s+(?i:year's)\s+|"
                           rf"(?P<ago>(?i:year-ago|year-earlier|prior-year|comparable))\s+)?(?:(?i:fiscal)\s+)?"
                           rf"(?:(?P<twoord>(?i:first|last|final))\s+(?i:two)\s+(?=(?i:quarters)\s)|{_ORD}[\s-])"
                           rf"(?:(?i:fiscal)[\s-])?(?P<unit>(?i:quarter|half))(?P<plural>(?i:s))?(?![a-z])"
                           # (not a part of a smaller unit: "in the first half hour of trading")
                           rf"(?![\s-]+(?i:hour|minute|mile|inning|century)s?\b)"
                           rf"(?:\s+(?i:of\s+)?(?:(?i:fiscal)\s+|FY\s?)?(?P<year2>(?:19|20)\d\d)\b|"
                           rf"\s+(?i:of\s+the)\s+(?:(?P<dec2>1[0-9]\d0|20\d0)|'(?P<dshort>\d0))'?s\b|"
                           rf"\s+(?i:of\s+the)\s+(?P<cent2>[12]?\d)(?:st|nd|rd|th)[\s-](?i:century)\b|"
                           rf"\s+(?:(?i:of)\s+|(?=(?i:this|last|next)\s))(?P<ofyr>(?i:the|this|last|next))\s+(?i:year)\b(?!\s*-|'s))?")),
    ("weekno", re.compile(r"\b(?i:week)\s+(?P<wk>[1-5]?\d)\s+(?i:of)\s+(?P<year>(?:19|20)\d\d)\b")),
    # ("Q3 2031", "Q3'31", "3Q31", "1H 2031", "2H31")
    # ("Q3 FY26", "Q1 fiscal 2027": a fiscal quarter, see timex_fiscal)
    # ("Q3 last year", "H1 of this year", as "the third quarter last year": the quarter of that year)
    ("qcode", re.compile(r"\b(?P<q>[QH][1-4])(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b|\s?['’](?P<yy0>\d\d)\b|"
                         r"\s+(?:(?i:of)\s+)?(?P<qrel>(?i:this|last|next))\s+(?i:year)\b(?!\s*-|'s)|"
                         r"\s+(?:of\s+)?(?:FY\s?['’]?|(?i:fiscal)\s+(?:(?i:year)\s+)?)(?P<fyy>(?:19|20)\d\d|\d\d)\b(?![.,/-]\d))?\b"
                         r"|\b(?P<q2>[1-4]Q|[12]H(?=\d\d\b|\s+(?:19|20)\d\d\b))(?:(?P<yy>\d\d)|\s+(?P<year3>(?:19|20)\d\d))?\b")),
    ("period", re.compile(r"(?:\b(?P<lyr>(?i:last\s+year's|a\s+year\s+ago's))\s+|"
                          r"\b(?i:the)\s+(?P<which>(?i:latest|current|most\s+recent|recent|comparable\s+year-ago|"
                          r"comparable\s+year-earlier|comparable|year-ago|year-earlier|prior-year|same|corresponding|"
                          r"fiscal|(?P<year>(?:19|20)\d\d)))?\s*)"
                          r"(?P<unit>(?i:quarter|period))(?P<ago>\s+(?i:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|"
                          r"(?:of\s+)?the\s+(?:previous|prior)\s+year))?\b")),
    ("yearadj", re.compile(r"\b(?P<which>(?i:year-ago|year-earlier))\b")),
    # a range of two years joined by a hyphen is two years ("from 2006-2011"), not a number
    ("year", re.compile(rf"(?:(?<![\d$#.,/-])|(?<=[Pp]ost-)|(?<=[Pp]re-)|(?<=(?<![\d$#.,/-])(?:1[89]|20)\d\d-))"
                        rf"(?:{_MOD}[\s-]+|(?P<fisc>(?i:fiscal(?:[\s-]+years?)?|calendar(?:\s+year)?|financial\s+years?|the\s+year)\s+|FY[\s-]?))?{YEAR}"
                        rf"(?:(?=-(?:1[89]|20)\d\d(?![\d%]|[.,:]\d))|(?!\s*-?\d))")),
    # a fiscal year written short: "FY31", "FY '31", "FY-31" (four digits are read by "year": "FY2031")
    ("fyshort", re.compile(r"\bFY[\s-]?['’]?(?P<yy>\d\d)\b(?![\d/.,-]\d|%)")),
    # a fiscal year written over two calendar years: "the 2025/26 financial year", "the 2025-26 fiscal year", "fiscal
    # 2025-26", "financial year 2025/2026", "FY2025/26" (with four digits), "FY25/26" (two: "fysplit2")
    ("fysplit", re.compile(r"(?:\b(?:(?i:the|its|their)\s+)?(?P<y1>(?:19|20)\d\d)(?:[/-](?P<y2>\d\d)|/(?P<y2l>(?:19|20)\d\d)|"
                           r"-(?P<y2h>(?:19|20)\d\d)(?=\s+(?i:fiscal|financial)\s+(?i:year)))\s+(?i:fiscal|financial)\s+"
                           r"(?i:year)\b(?![-'’])|(?:\b(?i:fiscal)\s+(?:(?i:year)\s+)?|\b(?i:financial\s+year)\s+|\bFY\s?)"
                           r"(?P<y1b>(?:19|20)\d\d)(?:[/-](?P<y2b>\d\d)|/(?P<y2bl>(?:19|20)\d\d))\b(?![/.-]\d))")),
    ("fysplit2", re.compile(r"\bFY\s?['’]?(?P<y1c>\d\d)[/-](?P<y2c>\d\d)\b(?![/.-]\d)")),
    ("spelled_year", re.compile(r"\b(?:(?i:the\s+year)\s+)?" + SPELLED + r"\b")),
    # (or "of the year" after a noun of a part or a rank: "the first six months of the year", "the rest of the year",
    # "the largest deal of the year"; "a high for the year")
    # "the government will respond in the new year": the year about to begin (lower case: "New Year" is the holiday)
    ("newyear", re.compile(r"\b(?P<core>[Tt]he\s+new\s+year)\b(?!['’]|\s+(?i:holiday|celebration|festival|eve|day|break)s?\b)")),
    ("theyear", re.compile(r"(?:(?<=[a-z]\s)(?P<of>of|(?:(?<=high\s)|(?<=\blow\s))for)|"
                           r"\b(?i:for|in|during|through|over|throughout))"
                           r"\s+(?P<core>(?i:the)\s+"
                           r"(?:(?P<which>(?i:full|(?P<fisc>fiscal|financial)|entire|whole|calendar))\s+)?(?i:year))\b"
                           r"(?!\s+(?i:before|after|earlier|later|ago|"
                           r"when|in\s+which|that|since|and))(?(of)|(?!\s+(?i:of)\b))"
                           # (British "the financial year to March 31" is the fiscal year ending then, "the year to
                           # March" a stretch of twelve months)
                           r"(?(fisc)(?!\s+(?i:to)\s+(?![A-Z][a-z]{2}|end-|the\s+end\b))|(?!\s+(?i:to)\b))")),
    # "For the week, the index lost 2.1%", "the week's busiest session": a week the text does not name (TimeML
    # writes the publication year with an unknown week, "1998-WXX"); not "the week of May 9", "the week before",
    # "the week ahead", "the week to Sunday" (a week ending on a day; "its loss for the week to 9%" is one), "the
    # week-long strike", "days of the week" (a generic week)
    # "the week to 12 July", "the week ended Jan. 5", "the week ending Friday": a week a day ends (its interval is set
    # by ``_periods_ended``, as "the year ended March 31" is)
    ("theweek", re.compile(r"\b(?i:the)\s+(?i:week)\b"
                           r"(?!-|\s+(?i:of|before|after|earlier|later|ago|ahead|to\s+come|"
                           r"beginning|starting|long|when|in\s+which|that|since)\b|"
                           rf"\s+(?i:ending|ended)\b(?!\s+(?:on\s+)?{_DAY_AHEAD})|"
                           rf"\s+(?i:to|through)\s+(?!{_DAY_AHEAD})(?![-+\d$\u20ac\u00a3]))")),
    # "Acme Tec lost about 9% over the month", "the month was brutal": the month the text is telling (TimeML values
    # an anaphoric month by the month it names); not "the month of May", "the month before", "the month ahead", "the
    # month-long strike", "the month to date", "the month ending ..."
    ("themonth", re.compile(r"\b(?i:the)\s+(?i:month)\b"
                            r"(?!-|\s+(?i:of|before|after|earlier|later|ago|ahead|to|through|beginning|starting|long|when|"
                            r"in\s+which|that|since|ending|ended|or|and)\b)")),
    ("dayword", re.compile(rf"\b(?:(?P<pod0>(?i:(?:mid-?|early\s+|late\s+)?(?:morning|afternoon|evening)))\s+)?"
                           rf"(?:(?P<mod>(?i:early|late|earlier|later))\s+)?(?:(?i:the\s+day\s+(?P<ba>before|after)"
                           rf")\s+)?{_DAYWORD}(?:\s+{POD})?\b")),
    # "the last Friday in August", "the first Monday of October 2031": that weekday of that month (the month's year as
    # the month alone would have it)
    ("ordweekday", re.compile(rf"\b(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))\s+"
                              rf"{WD}\s+(?i:in|of)\s+(?P<mcore>{MON}(?:,?\s+{YEAR})?)")),
    # ("the first trading day after last Friday's filing": a market's day, not the day after; the weekday alone. The
    # lookbehinds hold the words' ends, "trading", "business", "working", "session": the window memo's reach is short)
    ("weekday", re.compile(rf"\b(?:(?i:the\s+)?(?<!ading )(?<!ness )(?<!rking )(?<!ssion )(?i:day)\s+"
                           rf"(?P<ba>(?i:before|after))\s+)?"
                           rf"(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|early|late|earlier|later|"
                           rf"every|each|the\s+previous|the\s+preceding|the\s+following))\s+)?{WD}(?P<plural>s\b)?(?:\s+{POD}(?P<plural2>s\b)?)?"
                           # (the day of the month after it: "on Friday the 8th", and as British copy writes it,
                           # "on Monday 27th"; not an ordinal of a noun: "Friday 2nd-quarter results")
                           r"(?:\s+(?:(?i:the)\s+)?(?P<wdday>[12]?[1-9]|[123]0|31)(?i:st|nd|rd|th)"
                           r"(?![-\w]|\s+(?i:quarter|half|round|place|time|term|straight|consecutive)\b))?")),
    ("relunit", re.compile(rf"\b{_REL}\s+(?:(?i:fiscal)\s+|(?i:financial)\s+(?=(?i:year)\b))?"
                           rf"(?:(?P<unit>(?i:week|weekend|month|year|quarter|decade|century))|{SEASON}|{POD})\b")),
    ("thepart", re.compile(rf"\b(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))(?:[\s-]+|(?<=[Mm]id)(?=[a-z])))?(?:{SEASON}|{POD})(?:\s+(?i:of\s+)?(?:"
                           rf"{YEAR}|{SPELLED}|(?P<rel>(?i:this|last|next))\s+(?i:year)))?\b"
                           # (not a festival's name: "the Mid-Autumn Festival", "the Winter Festival")
                           r"(?!\s+Festival\b)")),
    ("inunit", re.compile(r"\b(?P<rel>(?i:earlier|later|early|late))\s+(?i:in|this)\s+(?i:the\s+)?"
                          r"(?P<unit>(?i:week|month|year|day))\b|\b(?i:the)\s+(?P<mod>(?i:end|beginning|start|middle))"
                          r"\s+(?i:of)\s+(?P<rel2>(?i:the|this|last|next))\s+(?P<unit2>(?i:week|month|year|decade|century)|(?<![Tt]he\s)(?i:quarter))\b"
                          # (not a payment named by the period it closes, as "an interim dividend" is: "scrapped
                          # its year-end dividend in May")
                          r"|\b(?P<yearend>(?i:year-end|year\s+end|end-of-year))\b"
                          r"(?![-\s](?i:dividends?|bonus(?:es)?|payouts?|distributions?)\b)"
                          r"|\b(?P<unit4>(?i:week|month|year))['’]s\s+(?P<mod4>(?i:end|start|beginning))\b"
                          r"|\b(?P<midyear>(?i:mid-?year))\b(?![-\s](?i:results|report|review|exam|exams|elections?|budget|update)\b)")),
    ("ago", re.compile(rf"\b{APPROX}(?:{NUM}(?P<half0>\s+(?i:and\s+a\s+half))?\s+{UNIT}(?P<half>\s+(?i:and\s+a\s+half))?|"
                       rf"(?P<bare>(?i:years|months|weeks|days|decades|hours|minutes)))"
                       rf"(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|before|after|"
                       rf"from\s+now|hence))\b")),
    # "the week before last": the unit two back from the publication (not "the day before last year's vote")
    ("theday", re.compile(r"\b(?i:the)\s+(?P<unit5>(?i:week|month|year))\s+(?i:before\s+last)\b"
                          r"(?!\s+(?i:week|month|year|weekend|night|season|quarter|[A-Z][a-z]+day)\b|['’])|"
                          r"\b(?i:the)\s+(?P<which>(?i:next|following|previous|preceding|same))\s+"
                          r"(?P<trading>(?i:trading|business)\s+(?=(?i:day)\b))?"
                          r"(?P<unit>(?i:day|morning|week|month|year|afternoon|evening|night))\b|"
                          r"\b(?i:the)\s+(?P<unit3>(?i:day|week|month|year|night))\s+(?P<ba>(?i:before|after))"
                          r"(?!\s+(?i:yesterday|today|tomorrow|last|next))\b|"
                          r"\b(?P<that>(?i:that|earlier\s+that|later\s+that))\s+(?:(?i:same|very)\s+)?(?P<unit2>(?i:day|week|month|year|"
                          r"morning|afternoon|evening|night))\b")),
    # a day of the month alone after a preposition, closing its clause ("the board votes on the 27th."): spoken or
    # informal copy names the month of the moment; never before a noun ("on the 7th floor", "the 20th edition"), but
    # before the verb of its clause ("Anything not landed by the 20th is going to cost more"); or
    # with its month named relative to the publication date ("on the 14th of last month"); also after a part of the
    # day and "of" ("was refloated on the evening of the 17th"); translated copy drops the article ("on 26th, the
    # bureau said", "on 10th of this month"); before a word that opens the next clause or is its verb too ("came out
    # on the 24th and in two weeks ...", "announced on 29th that ...", "in the morning of 6th said"; not "the 24th and
    # 25th floors", "on the 4th and final day")
    ("monthday", re.compile(r"\b(?i:on|by|until|till|before|from|since|(?:morning|afternoon|evening|night)\s+of)\s+(?P<core>(?:(?i:the)\s+)?"
                            r"(?P<day>[12]?[1-9]|[123]0|31)(?i:st|nd|rd|th)(?:\s+(?i:of)\s+(?P<mrel>(?i:last|this|next))\s+(?i:month)\b|"
                            r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?i:is|are|was|were|will|would|must|can|could|should|may|might)\b"
                            r"|\s+(?:and|but|that|when|said|says|announced)\b(?!\s+(?:\d|(?:final|last|deciding|closing)\b)))))")),
    ("ordday", re.compile(r"\b(?i:today|it|this)(?:\s+(?P<cop>(?i:is|was))|['’]s)\s+(?P<core>(?i:the)\s+"
                          r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                          r"\d{1,3}(?:st|nd|rd|th))\s+(?:(?i:straight|consecutive|full)\s+)?(?i:day))\b")),
    ("aunit", re.compile(r"(?:(?<=[\d%])|\b(?i:once|twice|times|percent|million|billion|dollars|cents|each|apiece))\s+"
                         r"(?P<core>(?i:a|per)\s+(?P<unit>(?i:day|week|month|year)))\b"
                         r"(?!\s+(?i:ago|earlier|later|before|after|or))")),
    ("duration", re.compile(rf"\b(?:(?P<det>(?i:the|a|an))\s+)?(?:(?P<pre>(?i:past|last|next|first|coming|final|previous|"
                            rf"following|entire|full|whole|latest|remaining|initial|same|year-ago|year-earlier|prior-year|comparable))\s+)?{APPROX}(?P<halfa>(?i:half)\s+)?{NUM}"
                            rf"(?P<half0>\s+(?i:and\s+a\s+half))?[\s-]+"
                            rf"(?:(?i:more|additional|further|extra|straight|consecutive|business|working|trading)\s+)?{DURATION_UNIT}"
                            rf"(?P<half>\s+(?i:and\s+a\s+half))?(?P<old>-(?i:old)|\s+(?i:old))?"
                            r"(?!(?<=[Yy]ear)-(?i:end)\b)")),  # ("a year-end dividend" holds no year's length)
    ("hyphdur", re.compile(r"\b(?P<num>\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"fifteen|twenty|thirty|forty|fifty|hundred))-(?P<unit>(?i:second|minute|hour|day|week|month|"
                           r"year|decade|century))(?P<old>-(?i:old))?\b")),
    ("longdur", re.compile(r"\b(?P<unit>(?i:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?)-(?i:long)\b")),
    ("bareunit", re.compile(r"\b(?P<prep>(?i:for|within|in|over|take|took|takes|last|lasted|lasts))\s+(?:(?i:the)\s+)?"
                            r"(?P<unit>(?i:years|months|weeks|days|decades|centuries|hours|minutes))\b"
                            r"(?!\s+(?i:ago|earlier|later|before|after|of|to\s+come))")),
    ("firstunit", re.compile(r"\b(?i:the)\s+(?:(?i:first|last|final|opening|closing)\s+"
                             r"(?P<unit>(?i:hours|days|weeks|months|years|decades))|"
                             r"(?i:early)\s+(?P<unit2>(?i:days|weeks|months|years|decades)))\b"
                             r"(?!\s+(?i:ago|earlier|later|before|to\s+come))")),
    # ("every other week": every second one)
    ("set", re.compile(rf"\b(?P<every>(?i:every|each|per))\s+(?:(?<=[Ee]very\s)(?P<other>(?i:other))\s+)?"
                       rf"(?:(?P<unit>(?i:day|week|month|year|quarter|hour|minute|"
                       rf"morning|afternoon|evening|night|weekend|summer|winter|spring|fall))|{MON})\b|"
                       r"\b(?P<adv>(?i:" + _alt(list(LEX["set_adverbs"])) + r"))\b")),
    ("vague", re.compile(r"\b(?P<v>" + _alt(list(LEX["vague_refs"])) + r")\b"
                         r"(?P<units>\s+(?i:years|months|weeks|days|decades|quarters))?", _I)),
    # "said overnight that", "fell 4 cm overnight.", "slid 6% overnight in New York": the adverb closing its phrase,
    # not a modifier of a noun ("overnight rates", "an overnight stay", "the overnight session")
    ("overnight", re.compile(r"(?<![-\w])(?i:overnight)(?![-\w])(?=\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?i:in|on|at|that|when|as|"
                             r"after|amid|following|and|but|while|with|from|against|it|they|he|she|we|to\s+(?:close|end|finish|settle))\b)")),
    # ("this past weekend", "this coming weekend": the one gone by, the one ahead)
    ("weekend", re.compile(r"\b(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the\s+past|the|over\s+the))\s+)"
                           r"(?P<unit>(?i:weekend))\b")),
    # (a year before it after "the": "since the 2020 Labor Day fires")
    ("holiday", re.compile(r"(?:(?:(?<=\bthe )|(?<=\bThe ))(?P<yb>(?:19|20)\d\d)\s+)?\b(?P<hol>" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in
                                                    sorted(list(LEX["fixed_holidays"]) + list(LEX["floating_holidays"])
                                                           + list(LEX["easter_holidays"]), key=len, reverse=True))
                         + r")\b(?:,?\s+" + YEAR + r"|(?P<hweek>\s+(?i:week)\b)|(?P<hwe>\s+(?i:weekend)\b))?", _I)),
]


@dataclass(frozen=True)
class Candidate:
    """One pattern match: the kind of pattern, its span and its named groups."""

    kind: str
    start: int
    end: int
    groups: dict[str, str | None]


def number_value(word: str | None) -> float | None:
    """The value of a number written in digits or words ("12", "twenty-four", "a couple of"); None if vague."""
    if word is None:
        return 1.0
    w = _SPACES.sub(" ", word.strip().lower().replace(",", ""))
    if _DECIMAL.fullmatch(w):
        return float(w)
    half = _AND_A_HALF.fullmatch(w)
    if half:
        return float(half.group(1)) + 0.5
    if w in _NUMS:
        return float(_NUMS[w])
    parts = _NUMBER_PARTS.split(w)
    total = 0.0
    for p in parts:
        if p in ("hundred", "thousand"):
            total = (total or 1) * _NUMS[p]
        elif p in _NUMS:
            total += _NUMS[p]
        else:
            return None
    return total or None


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def spelled_year(words: str) -> int | None:
    """The year written in words: "nineteen ninety-six" -> 1996, "two thousand" -> 2000, "nineteen oh five" -> 1905."""
    w = _NUMBER_PARTS.sub(" ", words.strip().lower()).split(" ")
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        tail = number_value(" ".join(rest)) if rest else 0
        return None if tail is None else 2000 + int(tail)
    head = _NUMS.get(w[0])
    rest = [x for x in w[1:] if x != "oh"]
    tail = number_value(" ".join(rest)) if rest else None
    if head is None or tail is None or tail >= 100 or tail < 10 and "oh" not in w:
        return None
    return int(head) * 100 + int(tail)
