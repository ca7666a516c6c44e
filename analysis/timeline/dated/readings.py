"""Readings that place an expression or drop it: a date heading its line, fiscal years, seasons of demand,
numbers inside names of indexes and laws, years of accounts, framing years and months, anaphors of a period
("the next day" after "the August 2023 outage"), indefinite weekdays, counterfactuals, and plans given up."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd

from analysis.lexicon import move_words
from analysis.timeline.dated.model import DAY_VALUE, MONTH_VALUE, TemporalExpression, precision_of
from analysis.timeline.dated.periods import SENTENCE_BREAK, count_of
from analysis.timeline.dated.tense import AMOUNT, sentence_start


#: A quarter or a half year: a coming one in a clause about the future is a plan; others are the periods of
#: reported results ("its third-quarter loss"), not events.
PART_OF_YEAR = re.compile(r"^\d{4}-[QH]\d$")


#: A date heading a line of a list: a bullet or nothing before it on its line, a colon or a dash after it.
_LINE_OPENING = re.compile(r"[ \t]*(?:[*•·–—-][ \t]+)?$")


_HEADING_BREAK = re.compile(r"[ \t]*(?:[-–—]{1,2}|:)[ \t]+\S")


#: A preposition placing something in a period (not "for", the period a report or a figure covers: "guidance for the
#: first half of 2027"), or nothing before the date in its sentence (the period as the subject: "The first half of
#: 2027 could bring ...").
_IN_PERIOD = re.compile(r"\b(?:in|from|by|during|until|till|through|starting|beginning|before|after)\s+(?:the\s+)?$", re.IGNORECASE)


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)(?:[A-Z][a-z]+:\s+)?$")


STATED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def stated_coming_part(text: str, start: int, expression: str, first: date, dct: date) -> bool:
    """Whether a quarter or half of a stated year, wholly after the publication date, places something in it: a
    present tense of a schedule or a rule ("the first of those starts production in the second quarter of 2027",
    "bars brokers from keeping rebates from the third quarter of 2027") or the period as the subject of a modal
    after it ("The first half of 2027 could bring another cut"). Nothing past can lie there, so, like a plan, it
    dates what its clause tells."""
    if first <= dct or not STATED_YEAR.search(expression):
        return False
    before = text[max(0, start - 40) : start]
    return _IN_PERIOD.search(before) is not None or _SENTENCE_OPENING.search(text[max(0, start - 12) : start]) is not None


def heads_line(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` heads its line ("* Q1 2032: court ruling on the patent due")."""
    line = text.rfind("\n", 0, start) + 1
    return _LINE_OPENING.fullmatch(text, line, start) is not None and _HEADING_BREAK.match(text, end) is not None


def line_dated(text: str, end: int, rows: list[Any]) -> bool:
    """Whether the rest of the line after a date heading it (``end``) holds a day or a month of its own ("- Q4 2027:
    the mill restarts, on November 3", "* Q2 2028: two strikes, on April 9 and June 21"): that date then dates the
    line's event, finer than its heading."""
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    return any(end <= int(o.clean_start) < stop and precision_of(str(o.value)) in ("day", "month") for o in rows)


#: A fiscal year named by the month it ends in, after a preposition placing something in it: "plans to open the mine
#: in the fiscal year ending June 2034", "a tenth of its revenue by the fiscal year ending September 2035". ("Targets
#: for the financial year ending 30 June 2034" and "profit for the year ended May 31" name a report's period: not here.)
_FISCAL_YEAR_ENDING = re.compile(r"\b(?:in|by|during|within)\s+(?:the|its|their)\s+(?:fiscal|financial)\s+year\s+"
                                 r"(?:ending|ended|that\s+ends)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)


#: After a fiscal year, the words that lead to the month or day it ends on ("the fiscal year| ending June 2034").
_ENDING_AFTER = re.compile(r"\s+(?:ending|ended|that\s+ends)\s+(?:in\s+|on\s+)?", re.IGNORECASE)


def ends_in_next_row(r: Any, text: str, by_start: dict[int, Any]) -> bool:
    """Whether the timex row ``r`` is the fiscal year of "the fiscal year ending June 2034" with a row for its month
    right after: the month's row reads the whole phrase (:func:`fiscal_year_ending`), as one expression."""
    after = _ENDING_AFTER.match(text, int(r.clean_end))
    return after is not None and after.end() in by_start and _FISCAL_YEAR_ENDING.search(text, max(0, int(r.clean_start) - 20), after.end()) is not None


def fiscal_year_ending(r: Any, text: str, dct: date | None) -> TemporalExpression | None:
    """"in the fiscal year ending June 2034": the twelve months up to the end of that month (July 2033 to June
    2034), for a timex row that is the month (or the last day) such a phrase names, else None (and for a past year
    with an amount in its sentence: the period of a figure). The expression is the phrase from "the"."""
    value = str(r.value)
    if r.type != "DATE" or r.date_end is None or pd.isna(r.date_end) or not (MONTH_VALUE.match(value) or DAY_VALUE.match(value)):
        return None
    start, end = int(r.clean_start), int(r.clean_end)
    phrase = _FISCAL_YEAR_ENDING.search(text, max(0, start - 60), start)
    if phrase is None:
        return None
    last = r.date_end if MONTH_VALUE.match(value) else r.date_start
    month = last.month % 12 + 1  # the month after the last one, a year earlier, opens the fiscal year
    first = date(last.year - (1 if month > 1 else 0), month, 1)
    stop = SENTENCE_BREAK.search(text, end)
    if dct is not None and r.date_end < dct and AMOUNT.search(text, sentence_start(text, start), stop.start() if stop else len(text)):
        return None  # "earned $7 billion in the fiscal year ended June 2029": the period of a past figure
    begin = text.index(" ", phrase.start()) + 1  # after the preposition
    return TemporalExpression(text[begin:end], begin, end, first, last, "range", "absolute",
                              f"a fiscal year ending {last.isoformat()} (TIMEX3 {value})", dct)


#: A holiday's name (no figure: "Christmas", "Easter", "Thanksgiving", "the Lunar New Year").
_HOLIDAY = re.compile(r"^(?:the\s+)?(?:Christmas|Easter|Thanksgiving|(?:Lunar\s+)?New\s+Year(?:['’]s)?|Hanukkah|Ramadan|Diwali|"
                      r"Passover|Halloween|Golden\s+Week)$", re.IGNORECASE)


#: After a holiday's name, a noun of what is bought, booked or sold for it ("Easter trips", "Christmas shopping", "the
#: Christmas period", "the Christmas quarter", "Christmas, the season in which ..."), or of the goods, plans and
#: marketing a seller readies for it ("its Christmas range", "its Christmas seasonal range", "our Christmas plan"): the
#: holiday names a season of demand or a thing, not a day something happened on. ("Christmas week", "New Year's
#: weekend", "Christmas Day" stay: days and weeks events happen in.)
_DEMAND_AFTER = re.compile(r"(?:\s+|,\s+the\s+)(?:(?:seasonal|festive|holiday|gift|clothing|toy|food)\s+)?(?:trips?|travel|travell?ers|bookings?|shopping|shoppers|sales|spending|"
                           r"demand|orders|trade|trading\s+(?:season|update|statement)|period|quarter|season|gifts?|cards?|trees?|part(?:y|ies)|"
                           r"menus?|lights|decorations|rush|goods|stock|lines|flights|freight|cargo(?:e?s)?|shipments?|"
                           r"deliveries|imports|inventor(?:y|ies)|ranges?|plans?|promotions?|campaigns?|adverts?|ads|"
                           r"advertising|products|collections?|catalog(?:ue)?s?|displays?|hampers?|jumpers?|sweaters?|toys|"
                           r"specials|offers?|deals|discounts)\b", re.IGNORECASE)


#: Before it, a noun of demand and "for": "bookings for Easter", "demand for the Christmas season".
_DEMAND_BEFORE = re.compile(r"\b(?:trips|travel|bookings?|sales|spending|demand|orders|flights|stock|stocking\s+up|shopping|"
                            r"replenishment|restocking|freight|shipments|deliveries|imports|inventor(?:y|ies))"
                            r"\s+(?:for|over|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


#: Before it, a verb of buying, spending or travelling in its clause, then "this" ("shoppers would buy fewer eggs this
#: Easter", "plan to spend less this Christmas"): the holiday is the season the spending falls in, told as a plan.
_BOUGHT_BEFORE = re.compile(r"\b(?:buy|buying|spend|spending|shop|shopping|travel|travell?ing)\b[^.;:!?\n]{0,40}?\s+this\s+$",
                            re.IGNORECASE)


#: A month named alone, then a noun of goods or traffic for that month ("bookings for October arrivals", "the December
#: contract", "March deliveries"): the month the goods are for, not a day something happened in.
_MONTH_ALONE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)$")
_GOODS_AFTER = re.compile(r"\s+(?:arrivals|deliveries|shipments|loadings|sailings|cargoes|contracts?|futures)\b")


def demand_season(text: str, start: int, end: int) -> bool:
    """Whether the holiday at ``text[start:end]`` names a season of demand or a thing rather than a day
    (:data:`_DEMAND_AFTER`, :data:`_DEMAND_BEFORE` or :data:`_BOUGHT_BEFORE`), or the month there the goods after it
    are for (:data:`_GOODS_AFTER`)."""
    named = text[start:end].strip()
    if _MONTH_ALONE.match(named) and _GOODS_AFTER.match(text, end):
        return True
    return _HOLIDAY.match(named) is not None and (
        _DEMAND_AFTER.match(text, end) is not None or _DEMAND_BEFORE.search(text, max(0, start - 40), start) is not None
        or _BOUGHT_BEFORE.search(text, max(0, start - 60), start) is not None)


#: A holiday's name in a phrase that times something against it: "ended higher on Friday ahead of the Memorial Day
#: holiday", "at the start of the Labor Day holiday weekend", "before the Easter break".
_YARDSTICK_BEFORE = re.compile(r"\b(?:ahead\s+of|before|start\s+of|eve\s+of)\s+the\s+$", re.IGNORECASE)
_HOLIDAY_NOUN_AFTER = re.compile(r"\s+(?:holiday|weekend|break)\b", re.IGNORECASE)
_HOLIDAY_NAME = re.compile(r"^(?:[A-Z][a-z]+\s+)*(?:Day|Christmas|Easter|Thanksgiving|New\s+Year(?:['’]s)?|Hanukkah|Ramadan|"
                           r"Diwali|Passover|Halloween|Golden\s+Week)$")


def holiday_yardstick(text: str, start: int, end: int) -> bool:
    """Whether the holiday at ``text[start:end]`` only times the clause's act against it (:data:`_YARDSTICK_BEFORE`,
    then "holiday", "weekend" or "break"): "U.S. stocks ended higher on Friday ahead of the Memorial Day holiday" tells
    nothing that happened on the holiday, and "the start of the holiday weekend" is not the holiday's day."""
    return _HOLIDAY_NAME.match(text[start:end].strip()) is not None \
        and _YARDSTICK_BEFORE.search(text, max(0, start - 24), start) is not None \
        and _HOLIDAY_NOUN_AFTER.match(text, end) is not None


#: "pre-" or "post-" fixed to a year: "above pre-2022 levels", "the post-1959 politics" (an era before or after it).
_ERA_PREFIX = re.compile(r"\b(?:pre|post)-$", re.IGNORECASE)


def era_prefix(text: str, start: int) -> bool:
    """Whether the year at ``start`` is fixed to "pre-" or "post-" (:data:`_ERA_PREFIX`): "energy costs remain above
    pre-2022 levels" names a time before (after) that year as a yardstick or an era, nothing that happened in it."""
    return _ERA_PREFIX.search(text, max(0, start - 5), start) is not None


#: A date set against another as the one that does not hold: "will start in the second quarter of 2029, not 2028",
#: "takes effect in 2020 rather than 2018", "reach pharmacies this summer rather than in 2032", "instead of in May".
_REJECTED_BEFORE = re.compile(r"(?:,\s*not|\brather\s+than|\binstead\s+of)\s+(?:in\s+|on\s+|by\s+)?$", re.IGNORECASE)


def rejected_alternative(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the alternative its sentence rejects (:data:`_REJECTED_BEFORE`): what will not
    happen then has no date on the timeline; the other date of the sentence dates its event."""
    return _REJECTED_BEFORE.search(text, max(0, start - 20), start) is not None


def in_index_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a number inside the name of a stock index of the curated move words ("the Russell
    2000 index of smaller companies"): part of a name, not a year."""
    number = text[start:end].strip()
    if not number.isdigit():
        return False
    names = move_words().index_names
    if number not in names.pattern:
        return False  # (a number that no index name holds: "2025")
    return any(m.start() <= start and end <= m.end()
               for m in names.finditer(text, max(0, start - 40), min(len(text), end + 10)))


#: A law cited by its name, with the year the name carries ("under the Companies Act 2006", "pursuant to the
#: Securities Exchange Act of 1934", "not in compliance with the National Voter Registration Act of 1993"): the
#: year names the law, and what the sentence tells (a power used, a clearance needed, a filing) is not of that year.
#: Only after the words that invoke a law (not "voted against the ... Act of 2015", whose year is the vote's).
_LAW_CITED = re.compile(
    r"\b(?:under|pursuant\s+to|(?:compliance|accordance|conformity)\s+with|(?:requirements|provisions|terms)\s+of|"
    r"(?:section|sections|article|part|schedule)\s+[\dA-Za-z().]+\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|for|on|in|to|the)\s+)*){1,10}Act,?\s+(?:of\s+)?$")


#: A year right before a noun of a company's accounts as a document, with adjectives of such accounts between: "its
#: audited 2029 results", "the 2029 accounts". The year names the period the accounts cover, not when anything happened
#: (they are drawn up and published after it), as a quarter before such a noun does ("third-quarter results"). Not a
#: figure of the period ("his 1995 tax return show he took a $916 million loss": the loss is of that year), nor "a 2009
#: report" (a report is written in its year); an audit of a year is of its accounts ("its 2029 audit report can no
#: longer be relied upon"). The first of years joined before the noun too: "its 2029 and 2030
#: financial statements", "the 2028-2029 accounts".
_ACCOUNTS_AFTER = re.compile(r"(?P<joined>(?:\s*(?:,|and|or|to|through|&|-|–)\s*(?:19|20)\d\d)*)"
                             r"(?:\s+(?:full[-\s]year|annual|audited|unaudited|financial|fiscal|operating|consolidated|"
                             r"interim))*\s+(?:results|accounts|financial\s+statements|annual\s+report|audit(?:\s+(?:report|opinion))?)\b",
                             re.IGNORECASE)


def year_of_accounts(text: str, start: int, end: int) -> bool:
    """Whether the bare year at ``text[start:end]`` modifies a noun of accounts (:data:`_ACCOUNTS_AFTER`); the first of
    joined years only after no preposition ("Sales rose in 2028 and 2029 results were strong": 2028 dates the rise)."""
    if not text[start:end].isdigit():
        return False
    m = _ACCOUNTS_AFTER.match(text, end)
    return m is not None and not (m.group("joined") and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start))


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|during|since|from|by|until|for|of|before|after)\s+$", re.IGNORECASE)


#: A year naming a debt security by the year it matures: "a coupon on its 2028 notes", "the 7.5% 2031 bonds", "holders
#: of the 2029 senior secured notes". The year is part of the security's name, not when anything happened.
_SECURITY_AFTER = re.compile(r"(?:\s+(?:senior|junior|secured|unsecured|subordinated|convertible|exchangeable|"
                             r"perpetual|green|hybrid|dollar|euro|sterling|yen|loan|guaranteed))*\s+(?:notes|bonds|"
                             r"debentures|eurobonds|debt\s+securities)\b", re.IGNORECASE)


def year_of_security(text: str, start: int, end: int) -> bool:
    """Whether the bare year at ``text[start:end]`` names a bond or note by its maturity (:data:`_SECURITY_AFTER`),
    after no preposition ("repaid the bonds in 2028 notes" is not read)."""
    return text[start:end].isdigit() and _SECURITY_AFTER.match(text, end) is not None \
        and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is None


#: A month's name alone as a modifier of a noun of data or prices, after a determiner or a verb (not a preposition):
#: "would announce November prices on Friday", "the October inflation figures". The month is the period the data or
#: prices cover, not the day anything is done; unless the clause tells a figure of it ("its November sales fell 4%").
_MONTH_MODIFIER = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|"
                             r"december)\s+(?:[a-z-]+\s+){0,2}?(?:prices|figures|data|numbers|statistics|payrolls|"
                             r"readings?|print|survey)\b", re.IGNORECASE)
_NOT_MODIFIED_BEFORE = re.compile(r"\b(?:in|on|during|since|from|by|until|till|for|of|before|after|through|to|early|"
                                  r"late|mid|end|last|next|this|that)[\s-]+$", re.IGNORECASE)
_FIGURE_IN_CLAUSE_AFTER = re.compile(r"[^.;:!?\n]{0,80}?\d(?:[.,]\d+)?\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)


_MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
#: After a month, the rest of a run of months naming the period a report covers: "its July-September results", "the
#: release of its July–September quarter results".
_MONTH_RUN_OF_REPORT = re.compile(r"\s*[-–]\s*" + _MONTH_NAMES + r"\s+(?:(?:quarter|half|period|half-year|six-month|"
                                  r"three-month|nine-month)\s+)?(?:results|earnings|figures|accounts|report|numbers)\b",
                                  re.IGNORECASE)


def month_run_of_report(text: str, start: int, end: int) -> bool:
    """Whether the month at ``text[start:end]`` opens a run of months that names the period a report covers ("will
    file its delayed July-September results by Nov. 14"; the tagger reads "July" alone): no date of an event, as
    "results for the quarter" names none."""
    return text[start:end].strip().isalpha() and _MONTH_RUN_OF_REPORT.match(text, end) is not None


def month_of_data(text: str, start: int, end: int) -> bool:
    """Whether the month at ``text[start:end]`` is only the period a noun of data or prices covers
    (:data:`_MONTH_MODIFIER`), with no figure told of it in its clause: no date of an event."""
    m = _MONTH_MODIFIER.match(text, start)
    return (m is not None and end <= m.end() and text[start:end].strip().isalpha()
            and _NOT_MODIFIED_BEFORE.search(text, max(0, start - 12), start) is None
            and _FIGURE_IN_CLAUSE_AFTER.match(text, m.end()) is None)


#: A futures contract named by its delivery month, as commodity reports write it: "June WTI slipped 3%", "the June
#: Valdmere Light contract", "its June holdings", "Brent crude for June (delivery)", "crude futures for July",
#: "contracts expiring in June 2031". The month is the contract's, no date of an event.
_CONTRACT_AFTER = re.compile("(?i:" + _MONTH_NAMES + r")(?:\s+\d{4})?\s+(?:(?:[A-Z][\w.&-]*|crude|oil|gas|gasoline|"
                             r"futures|delivery)\s+){0,3}(?:contracts?|futures|delivery|holdings|positions|WTI|"
                             r"Brent)\b")
_CONTRACT_BEFORE = re.compile(r"\b(?:(?:crude|oil|Brent|WTI|gas|gasoline|diesel|futures|contracts?)\s+(?:futures\s+)?"
                              r"for|(?:contracts?|futures)\s+(?:expiring|maturing|due)\s+(?:in\s+|as\s+late\s+as\s+)?)"
                              r"\s*$", re.IGNORECASE)


#: In a sentence naming a futures contract, a month the money moves to or is measured against, alone or in a list:
#: "moved its holdings across June, July and August", "25% in the May contract, 60% in July", "June traded $5 under
#: August", "rolled into July".
_CONTRACT_LIST_BEFORE = re.compile(r"\b(?:across|into|below|above|than|%\s+in|per\s*cent\s+in)\s+(?:(?i:"
                                   + _MONTH_NAMES + r"),?\s+(?:and\s+)?)*$")
#: A month naming a contract, anywhere in a sentence (:data:`_CONTRACT_AFTER` at a capitalised month).
_CONTRACT_NAMED = re.compile(r"\b(?=(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December)\b)")


def contract_month(text: str, start: int, end: int) -> bool:
    """Whether the month at ``text[start:end]`` (a month, with its year or not) names a futures contract
    (:data:`_CONTRACT_AFTER`, :data:`_CONTRACT_BEFORE`): "June WTI ended at $21.40", "Brent crude for June gained 2%"; a
    bare month too where its sentence names a contract by its month and the month is one the money moves to or is
    measured against (:data:`_CONTRACT_LIST_BEFORE`: "after the April contract expired, the fund moved its holdings
    across June, July and August")."""
    if not re.fullmatch(_MONTH_NAMES + r"(?:,?\s+\d{4})?", text[start:end].strip(), re.IGNORECASE):
        return False
    if _CONTRACT_BEFORE.search(text, max(0, start - 40), start):
        return True
    if text[start].isupper() and _CONTRACT_AFTER.match(text, start) is not None:
        return True
    s0 = sentence_start(text, start)
    stop = SENTENCE_BREAK.search(text, end)
    s1 = stop.start() if stop is not None else len(text)
    return (text[start:end].strip().isalpha()
            and _CONTRACT_LIST_BEFORE.search(text, max(s0, start - 60), start) is not None
            and any(m.start() != start and _CONTRACT_AFTER.match(text, m.start())
                    for m in _CONTRACT_NAMED.finditer(text, s0, s1)))


#: A period named back by "the" and owning a noun: "around 2% of the quarter's sales", "the month's data", "the year's
#: biggest listing". The period an earlier date of the text named, here the period a figure covers; no event of it.
_PERIOD_POSSESSIVE = re.compile(r"the\s+(?:quarter|half|month|year|week)$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


#: A period a relative clause defines, not one of the calendar: "booked the fees in the quarter a contract was signed",
#: "the month in which a customer pays", "the year when a plant opens" (any such period: an indefinite subject or
#: "in which"/"when" after it; not "the quarter that ended in March", which names one).
_PERIOD_OF_CLAUSE = re.compile(r"the\s+(?:quarter|half|month|year|week|day|session)$", re.IGNORECASE)
_CLAUSE_AFTER_PERIOD = re.compile(r"\s+(?:(?:in|during)\s+which|when|a|an|each|every|any)\s+[a-z]", re.IGNORECASE)


def period_of_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is "the quarter" (half, month, year, week, day) defined by the relative clause after
    it (:data:`_CLAUSE_AFTER_PERIOD`): a period of a habit or a rule, no date."""
    return (_PERIOD_OF_CLAUSE.fullmatch(text[start:end].strip()) is not None
            and _CLAUSE_AFTER_PERIOD.match(text, end) is not None)


def period_possessive(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is "the quarter" (half, month, year, week) in the possessive: "2% of the quarter's
    sales" (:data:`_PERIOD_POSSESSIVE`)."""
    return (_PERIOD_POSSESSIVE.fullmatch(text[start:end].strip()) is not None
            and _POSSESSIVE_AFTER.match(text, end) is not None)


def in_law_name(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` closes the name of a law cited after a word invoking it
    (:data:`_LAW_CITED`): part of a name, no date of the sentence's event."""
    return text[start:end].strip().isdigit() and _LAW_CITED.search(text, max(0, start - 160), start) is not None


#: A year framing its sentence: nothing but a preposition of time before it ("In 2019, ...", "Early 2027 - ...", the
#: tagger's "Early 2027" is the year's part), then a comma, a dash or a colon (not a year modifying a noun: "Some 2016
#: candidates", "Kopp's 1987 Chevrolet").
_FRAME_BEFORE = re.compile(r"[\s\"“'‘(*•-]*(?:(?:and|but|then|back)\s+)?(?:(?:in|during|throughout)\s+)?$", re.IGNORECASE)


_FRAME_AFTER = re.compile(r"\s*(?:,|:|[-–—]{1,2}\s)")


#: A month named without its year or a word placing it from now ("in January", "on March 3", "mid-September").
_BARE_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


_FROM_NOW = re.compile(r"\b(?:last|next|this|previous|coming|following|past|that|same|ago)\b", re.IGNORECASE)


_MONTH_OR_DAY_VALUE = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")


def framed_months(text: str, rows: list[Any]) -> list[Any]:
    """"In 2008, the campaign began airing ads in mid-September", "Early 2027 - Keel cuts 4% of its staff in
    January", "2011: The quake struck at 14:46 on March 11": a month (or a day, or a clock time on a named day) named
    without its year in a sentence a stated year frames is in that year, not the
    one the tagger reads from the article's date. The frame opens the sentence (:data:`_FRAME_BEFORE`), is set off
    by a comma, a dash or a colon, and no other year is stated between it and the month; the month must lie in the
    frame's span ("Early 2027": January to March). ``rows`` are a document's timex rows (named tuples); the others
    pass as they are."""
    out = list(rows)
    for i, r in enumerate(out):
        if r.type != "DATE" or not re.fullmatch(r"\d{4}", str(r.value)) or not STATED_YEAR.search(str(r.text)) \
                or r.date_start is None or pd.isna(r.date_start):
            continue
        start, end = int(r.clean_start), int(r.clean_end)
        s = sentence_start(text, start)
        if not _FRAME_BEFORE.fullmatch(text, s, start) or not _FRAME_AFTER.match(text, end):
            continue
        stop = SENTENCE_BREAK.search(text, end)
        s_end = stop.start() if stop else len(text)
        for j in range(i + 1, len(out)):
            x = out[j]
            if int(x.clean_start) >= s_end:
                break
            if STATED_YEAR.search(str(x.text)):
                break  # another year stated: it frames what follows
            value = str(x.value)
            # (a clock time on a named day, "at 14:46 on March 11", is that day's: its value's day part)
            if x.type not in ("DATE", "TIME") or not _MONTH_OR_DAY_VALUE.match(value if x.type == "DATE" else value[:10]) \
                    or x.type == "TIME" and "T" not in value or not _BARE_MONTH.search(str(x.text)) \
                    or _FROM_NOW.search(str(x.text)) or x.date_start is None or pd.isna(x.date_start) \
                    or value[:4] == str(r.value):
                continue
            year = int(str(r.value))
            try:
                first, last = x.date_start.replace(year=year), x.date_end.replace(year=year)
            except ValueError:
                continue  # February 29 of a year without one
            if first < r.date_start or last > r.date_end:
                continue
            out[j] = x._replace(value=f"{year}{value[4:]}", date_start=first, date_end=last, anchor=f"text {year}")
    return out


def year_frames(text: str, found: list[TemporalExpression]) -> set[int]:
    """The ids of the expressions of ``found`` (one sentence's) that are a year framing the sentence (as
    :func:`framed_months` reads one: "Early 2027 - Keel cuts 4% of its staff in January and in February reports ...")
    when a later date of the sentence lies inside the frame's span and is narrower: those dates tell its events, the
    frame only sets their year."""
    out: set[int] = set()
    for e in found:
        if not e.resolved or not STATED_YEAR.search(e.expression) or e.precision not in ("year", "range"):
            continue
        s = sentence_start(text, e.start)
        if not _FRAME_BEFORE.fullmatch(text, s, e.start) or not _FRAME_AFTER.match(text, e.end):
            continue
        if any(o is not e and o.start >= e.end and o.resolved and e.date_start <= o.date_start  # type: ignore[operator]
               and o.date_end <= e.date_end and (o.date_start, o.date_end) != (e.date_start, e.date_end)  # type: ignore[operator]
               for o in found):
            out.add(id(e))
    return out


def anaphor_of_a_period(r: Any, text: str, rows: list[Any]) -> Any:
    """"... more serious than the August 2023 outage, which was followed by a 5% decline in the shares the next day":
    a day the tagger read from a day D stated earlier in the text (its anchor ``text D``) whose own sentence states,
    before it, a month, a quarter or a year that does not hold D. The anaphor counts from that period, not from D:
    returns that period's row (the last such before it), else None."""
    anchor = str(r.anchor)
    if r.type != "DATE" or not anchor.startswith("text ") or not DAY_VALUE.match(anchor[5:]) \
            or not DAY_VALUE.match(str(r.value)) or r.date_start is None or pd.isna(r.date_start):
        return None
    told = date.fromisoformat(anchor[5:15])
    start = int(r.clean_start)
    s = sentence_start(text, start)
    periods = [x for x in rows if x is not r and s <= int(x.clean_start) and int(x.clean_end) <= start
               and x.type == "DATE" and (precision_of(str(x.value)) in ("month", "year") or PART_OF_YEAR.match(str(x.value)))
               and x.date_start is not None and not pd.isna(x.date_start) and not x.date_start <= told <= x.date_end]
    return max(periods, key=lambda x: int(x.clean_start)) if periods else None


def day_from_a_period(r: Any, text: str, rows: list[Any], dct: date | None) -> TemporalExpression | None:
    """The day of an anaphor counted from a month of its sentence (:func:`anaphor_of_a_period`): "the next day" after
    "the August 2023 outage" is a day from August 2 to September 1, 2023, placed as that range. None for a quarter or
    a year (too wide to place a day in) and for anything else."""
    x = anaphor_of_a_period(r, text, rows)
    if x is None or precision_of(str(x.value)) != "month":
        return None
    shift = r.date_start - date.fromisoformat(str(r.anchor)[5:15])
    if abs(shift.days) > 7:
        return None
    return TemporalExpression(str(r.text), int(r.clean_start), int(r.clean_end), x.date_start + shift, x.date_end + shift,
                              "range", "relative", f"counted from {str(x.text)!r} of its sentence (TIMEX3 {x.value})", dct)


#: A weekday after an indefinite determiner ("on a Saturday", "any Monday"), and what may follow it when it is the
#: noun itself: a clause word or punctuation ("pushed a change on a Saturday that should have waited"), not a noun it
#: modifies ("at a Tuesday rally", "in a Friday interview": that week's day, which the tagger places).
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|some|one|another)\s+$", re.IGNORECASE)


_WEEKDAY_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?)”\"'’—–-]|$|(?:that|which|when|who|where|and|or|but|to|in|at|on|of|for|"
                                 r"with|before|after|while|as|because|so|than|is|was|would|could|will|can|night|morning|"
                                 r"afternoon|evening)\b)", re.IGNORECASE)


_WEEKDAY_TEXT = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


#: A weekday naming a recurring slot of a broadcaster's or a league's week: "carries the league's national Saturday
#: package", "the Sunday broadcast window", "its Friday night slot" (a word or two between; not "Tuesday's package"),
#: or of a works' week: "made up through extra Saturday shifts in April" (shifts in the plural: "the Sunday night shift"
#: may be one night's).
_SLOT_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:packages?|slots?|windows?|shifts)\b")


def slot_weekday(text: str, end: int, expression: str) -> bool:
    """Whether the bare weekday ``expression`` ending at ``end`` names a weekly slot (:data:`_SLOT_AFTER`): "Comcast
    keeps the Saturday broadcast package through 2031" tells no Saturday of the article's week."""
    return _WEEKDAY_TEXT.fullmatch(expression.strip()) is not None and _SLOT_AFTER.match(text, end) is not None


def indefinite_weekday(text: str, start: int, end: int, expression: str) -> bool:
    """"We pushed a change on a Saturday that should have waited for Monday": a weekday after "a" (or "any", "one")
    standing as a noun is some Saturday, no day the article's week fixes."""
    return _WEEKDAY_TEXT.match(expression) is not None and _INDEFINITE_BEFORE.search(text, max(0, start - 10), start) \
        is not None and _WEEKDAY_NOUN_AFTER.match(text, end) is not None


#: A modal perfect and its verb right before a date, at most two words between (its object) and no preposition
#: tying the date to that object ("would not have prevented a crisis in 2008": the crisis was real): "should have waited
#: for Monday", "could have written those things last week", "would have had to quit that very day".
#: (Opening on a lookahead on its first letters: the regex engine skips to those, the same matches.)
_COUNTERFACTUAL = re.compile(r"(?=[cmsw])\b(?:should|could|would|might|must)(?:\s+not|n['’]t)?\s+have\s+"
                             r"(?:been\s+|had\s+to\s+)?"
                             r"[a-z]+(?P<object>(?:\s+[a-z]+){0,2}?)\s+(?P<prep>(?:in|on|of|during|at|for|until|by)\s+)?$",
                             re.IGNORECASE)


def counterfactual(text: str, start: int) -> bool:
    """Whether the date at ``start`` dates what a modal perfect says did not (or may not) happen: "We pushed a change on
    a Saturday that should have waited for Monday", "I could have written those things last week", "would have been
    drafted six to eight weeks ago". Not a date after an object and "in", "of" or "during" (it dates that object's own
    event: "would not have prevented a crisis in 2008")."""
    m = _COUNTERFACTUAL.search(text, max(0, start - 80), start)
    if m is None:
        return False
    prep = (m.group("prep") or "").strip().lower()
    return not (m.group("object").strip() and prep in ("in", "of", "during"))


#: A time pointed back to with "that" ("that morning", "That day", "that same night", "that week"): the time the text
#: told last, never the day of writing ("this morning", "today").
_THAT_TIME = re.compile(r"that\s+(?:same\s+|very\s+)?(?:morning|afternoon|evening|night|day|week|weekend|month|year)",
                        re.IGNORECASE)


def that_time_unplaced(r: Any) -> bool:
    """Whether the row ``r`` is a time pointed back to with "that" (:data:`_THAT_TIME`) that the tagger read from the
    publication date, the text having stated no earlier date to point to ("On the morning the rains stopped, he
    walked the rows. That morning, in the last week of April, the note was wrong.", a book's "That night, I could
    barely stop grinning"): it names a time of the story the text does not date, not the day of writing."""
    return _THAT_TIME.fullmatch(str(r.text).strip()) is not None and str(r.anchor).startswith(
        ("publication", "earliest publication"))


#: A plan given up: the date something was first set for ("The vote, first scheduled for Tuesday, was delayed", "a
#: hearing that had originally been set for Wednesday", "the offer previously had been scheduled to expire at midnight
#: Friday"), not when it happened. Not "as originally planned" (it happened so).
#: (Opening on a lookahead on its first letters: the regex engine skips to those, the same matches.)
_SUPERSEDED_PLAN = re.compile(r"(?=[fiop])(?<!\bas )\b(?:first|originally|initially|previously)\s+(?:had\s+)?(?:been\s+)?"
                              r"(?:scheduled|set|planned|slated|due|timed)\s+(?:to\s+[a-z]+\s+)?(?:(?:for|on|at|in)\s+)?"
                              r"(?:the\s+)?$", re.IGNORECASE)


#: How the plan moved, told later in its sentence: "was pushed back by a day", "postponed by two weeks", "brought
#: forward by a day".
_PLAN_MOVED = re.compile(r"\b(?P<way>pushed\s+back|put\s+back|moved\s+back|postponed|delayed|deferred|brought\s+forward|"
                         r"moved\s+(?:up|forward))\s+by\s+(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+"
                         r"(?P<unit>days?|weeks?)\b", re.IGNORECASE)


def plan_given_up(text: str, start: int, end: int) -> tuple[bool, int | None]:
    """Whether the date at ``text[start:end]`` is the one a plan was first set for (:data:`_SUPERSEDED_PLAN`), and
    then by how many days its sentence says the plan moved ("had first been set for Wednesday and was pushed back by
    a day": one; None when it does not say): the event is on the day it moved to, or on no day the date tells."""
    if _SUPERSEDED_PLAN.search(text, max(0, start - 80), start) is None:
        return False, None
    stop = SENTENCE_BREAK.search(text, end)
    moved = _PLAN_MOVED.search(text, end, stop.start() if stop else len(text))
    if moved is None:
        return True, None
    n = count_of(moved.group("n"))
    if n is None:
        return True, None
    days = n * (7 if moved.group("unit").lower().startswith("week") else 1)
    way = moved.group("way").lower()
    return True, -days if way.startswith(("brought", "moved up", "moved forward")) else days
