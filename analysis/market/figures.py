"""Percent figures that report a move: value, sign, qualifier and the word that gives the direction.

A figure's direction comes from, in order: a sign written on it ("-4.87%", "(TGT +14.6%)"); a verb or adverb
right before it ("fell 3.7%", "was up 5.1%", "lost around 6%", "fell $3.97, or 11.3%"); a noun before it with
"of" ("a drop of 8.5%"); an adjective after it ("closed 1.9 pct higher"); a noun after it ("a 24% slump").
"Doubled" and "tripled" are figures of +100 and +200. Figures that are levels ("fell to 3.9%"), shares of
something ("9% of its staff") or other quantities ("a 27% tariff", "a 65% chance") are dropped here; figures
with no direction word are kept with ``sign == 0`` (list items such as "LVMH 2%").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from analysis.lexicon import move_words, norm_words, phrase_alternation

FigureForm = Literal["signed", "verb", "noun", "bare", "dated"]  # dated: a bare figure after a day (grammar)

#: The number of a percent: digits with thousands commas and a decimal point ("1,250.5"), or a decimal comma with one or
#: two decimals, as continental European copy writes it ("-6,2%", "0,45 %"; three digits after a comma stay thousands).
PCT = re.compile(
    r"(?<![\w.$/,])(?P<sign>[+\-−–](?=\d))?(?P<num>\d{1,4}(?:,\d{3})*(?:\.\d+)?|\d{1,3},\d{1,2}(?![\d.,]))\s*-?\s*"
    r"(?P<unit>%|per[\s-]?cent\b|percent\b|pct\b|(?-i:pc)\b)(?!\s*(?:points?|percentage|pts)\b)",
    re.IGNORECASE,
)
#: A bare number listed before the percent that closes its list ("rose 5.3, 4.6 and 4.1 per cent respectively"): a
#: percent too, its unit written once, at the end (``last``: that closing percent).
_LISTED_NUMBER = re.compile(
    r"(?<![\w.$/,£€¥])(?P<sign>)(?P<num>\d{1,3}(?:\.\d+)?)(?P<unit>)(?=(?:\s*,\s*\d{1,3}(?:\.\d+)?)*,?\s+and\s+"
    r"(?P<last>\d{1,3}(?:\.\d+)?\s*(?:%|per[\s-]?cent\b|percent\b|pct\b)))", re.IGNORECASE)
#: The word before a listed number that makes it no move's figure: a preposition of time or place ("since Oct. 6 and
#: 41% this year" reads "6" after a month; "between 3 and 5%").
_NOT_LISTED_AFTER = frozenset("since on from to until till between at of in by and or than".split())


def _listed_after(before: str) -> bool:
    """Whether a bare number after ``before`` may stand in a list of move figures (:data:`_LISTED_NUMBER`): after a
    word in small letters that is no preposition ("rose 5.3, 4.6 and 4.1 per cent") or after the list's number before
    it, never after a capitalised word (a month: "Oct. 6 and 41%") or a preposition."""
    words = before.split()
    if not words:
        return False
    if words[-1].endswith(",") and re.fullmatch(r"\d{1,3}(?:\.\d+)?", words[-1][:-1]):
        return True  # "5.3, 4.6 and 4.1 per cent": the list's number before
    last = words[-1].strip(",;:")
    return last.isalpha() and last.islower() and last not in _NOT_LISTED_AFTER


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def pct_number(num: str) -> float:
    """The value of :data:`PCT`'s ``num``: "6,2" (a decimal comma) is 6.2, "1,250.5" is 1250.5."""
    return float(num.replace(",", ".") if _DECIMAL_COMMA.fullmatch(num) else num.replace(",", ""))


HAS_FIGURE = re.compile(r"\d\s*-?\s*(?:%|per[\s-]?cent|percent|pct|(?-i:pc\b))|doubled|tripled|quadrupled|halved|halves?\b|"
                        r"\b(?:shares|stock)\s+(?:(?:more\s+than|nearly|almost|over)\s+)?(?:double|triple|quadruple)s?\b|"
                        r"\b(?:a|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?)\b|\bhalf\s+a\s+per[\s-]?cent\b|"
                        r"\bhalf(?:\s+of)?\s+(?:its|their)\s+(?:market\s+)?(?:value|valuation|worth)\b|"
                        r"\bhalf\b(?![\w-])",
                        re.IGNORECASE)
#: "half a percent" written out: 0.5%. The words are read as the figure itself ("closed up half a percent").
_HALF_A_PERCENT = re.compile(r"(?<![\w-])half\s+a(?=\s+per[\s-]?cent\b)", re.IGNORECASE)
_FRACTION_FROM_PEAK = re.compile(r"\s+(?:since|from|off|below)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:peak|high|top)\b",
                                 re.IGNORECASE)
#: A move to the exchange's daily limit with its size after it ("went limit-up, 10%", "closed limit down at 30%", "was
#: locked limit-down at 20%", "opened limit up, 30%").
_LIMIT_MOVE = re.compile(r"(?<![\w-])(?:went|hit|closed|ended|finished|was|were|is|are|trading|traded|locked|sealed|stuck|"
                         r"opened|fell|dropped|slumped|plunged|tumbled|sank|rose|jumped|surged|soared|rallied)\s+limit[-\s]"
                         r"(?P<dir>up|down)\s*(?:,|at|by|of)?\s*(?P<num>\d{1,2}(?:\.\d+)?)\s*(?:%|per[\s-]?cent|percent)",
                         re.IGNORECASE)
#: The exchange's daily limit named with its size ("hit its 20% daily limit", "was capped at the 20 pct daily limit",
#: "hit its 30% daily limit down", "rose by the daily limit of 20%"): a move of that size, its direction from
#: "up"/"down" after "limit", else from the other moves of the sentence.
_DAILY_LIMIT = re.compile(
    r"(?<![\w-])(?P<verb>(?:hit|hits|hitting|reached|reaches|reaching|touched|touches|touching|capped\s+at|"
    r"locked\s+at|stuck\s+at|closed\s+at|ended\s+at|finished\s+at|(?:rose|rises?|jumped|jumps?|surged|surges?|climbed|"
    r"climbs?|fell|falls?|dropped|drops?|slumped|slumps?|plunged|plunges?|tumbled|tumbles?|sank|sinks?|slid|slides?)\s+by))\s+"
    r"(?:(?:its|their|the|a)\s+|(?=(?:daily\s+)?(?:trading\s+|price\s+)?limit\s+of\s))(?:(?P<fig>(?P<num>\d{1,2}(?:\.\d+)?)\s*(?:%|pct|"
    r"per[\s-]?cent|percent))\s+(?:daily\s+)?(?:trading\s+|price\s+)?limit|(?:daily\s+)?(?:trading\s+|price\s+)?limit\s+of\s+"
    r"(?P<fig2>(?P<num2>\d{1,2}(?:\.\d+)?)\s*(?:%|pct|per[\s-]?cent|percent)))(?:[-\s](?P<dir>up|down)\b)?", re.IGNORECASE)
#: A daily limit's direction with no verb before it, then its size ("Acme limit-up 20% in Shenzhen", "Shares:
#: limit-down, -30%, on Thursday", "Acme daily limit up 10%"): the item's move, read from "limit" (the "up" or "down"
#: after it is the limit's, not a verb of its own whose subject would stop at "limit").
_BARE_LIMIT = re.compile(r"(?<![\w-])(?:daily\s+)?limit[-\s](?P<dir>up|down)\s*,?\s*(?:at\s+)?[+\-−]?(?P<num>\d{1,2}(?:\.\d+)?)\s*"
                         r"(?:%|pct|per[\s-]?cent|percent)", re.IGNORECASE)
#: An Indian exchange's price band, its circuit, named with its size ("was locked in the 10 per cent lower circuit", "hit
#: its 5% upper circuit", "hit the lower circuit of 20%", "was stuck in a 10 per cent lower circuit limit"): a move of
#: that size, down for the lower circuit, up for the upper.
_CIRCUIT = re.compile(
    r"(?<![\w-])(?:hit|hits|hitting|touched|touches|locked\s+(?:in|at)|stuck\s+(?:in|at)|frozen\s+(?:in|at)|"
    r"(?:closed|ended|finished|settled)\s+(?:in|at))\s+(?:its|their|the|a)\s+"
    r"(?:(?P<fig>(?P<num>\d{1,2}(?:\.\d+)?)\s*(?:%|pct|per[\s-]?cent|percent))\s+(?P<dir>lower|upper)\s+circuit"
    r"|(?P<dir2>lower|upper)\s+circuit(?:\s+(?:limit|filter|band))?\s+of\s+(?P<fig2>(?P<num2>\d{1,2}(?:\.\d+)?)\s*"
    r"(?:%|pct|per[\s-]?cent|percent)))", re.IGNORECASE)
_FALL_VERBS_BY = frozenset("fell fall falls dropped drop drops slumped slump slumps plunged plunge plunges tumbled tumble "
                           "tumbles sank sink sinks slid slide slides".split())
_FRACTION_PARTS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_FRACTION_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
#: What may follow a bare fraction of a price with neither "by" before it nor "of its value" after it ("are down a
#: quarter since Monday", "sheds nearly a fifth after the recall", "has lost a fifth this week."): a span, a cause or
#: the clause's end; never "of" ("lost a third of its customers", "made up a third of the staff").
_FRACTION_BARE_END = re.compile(
    r"\s*(?:[.;,]|$)|\s+(?:since|after|this\s+(?:week|month|year|session)|so\s+far|year[- ]to[- ]date|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)|"
    r"(?:in|over)\s+(?:the\s+(?:(?:past|last|previous|prior)\s+)?)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+(?:trading\s+)?(?:sessions|days|weeks|months)|in\s+a\s+(?:single\s+)?(?:session|day|week|month))\b")
#: The words of a fraction of a price as a change, after a verb of the move vocabulary ("fell by nearly a third",
#: "lost a third of its value", "has risen by a quarter", "plunge a quarter after ...", "has given up roughly a third of
#: its value", "down a fifth"): -33.3, +25 (not "lost a third of its customers"). ``{verbs}`` is filled from the
#: vocabulary's fall and rise verbs (``_fraction_re``).
_FRACTION_TEMPLATE = (
    r"(?<![\w-])(?P<verb>{verbs}|(?P<wipe>wip(?:e|es|ed|ing)\s+out|eras(?:e|es|ed|ing)))(?P<by>\s+by)?\s+"
    r"(?:(?P<qual>nearly|almost|about|around|roughly|more\s+than|over|close\s+to|some|just\s+under|just\s+over)\s+)?"
    r"(?:(?P<count>a|one|two|three|four)[\s-](?P<part>thirds?|quarters?|fifths?|tenths?)|(?P<half>half))(?![\w-])"
    r"(?:(?P<of>(?:\s+of)?\s+(?:its|their)\s+(?:market\s+)?(?:value|valuation|worth))"
    # the value of a named owner ("erased two-thirds of X's value"): the owner after "of" is what fell
    r"|(?P<owned>(?=\s+of\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){{0,3}}['’]s?\s+(?:market\s+)?"
    r"(?:value|valuation|worth|capitali[sz]ation)\b)))?")
#: Verbs of the vocabulary a fraction never follows as a move: those that need a value as object (read by the ``wipe``
#: group: "erased a third" of what?), comparatives ("lower", "higher") and verbs whose fraction is an object
#: ("slashed a third of its staff", "recovered a third of its losses").
_FRACTION_NOT_VERBS = frozenset("wipe wiped erase erases erased erasing slash slashed lower higher recover recovers "
                                "recovered recovering regain regains regained regaining recoup recouped recouping".split())
#: A noun right after a fraction word: the fraction counts something else ("a quarter point", "half a percentage point",
#: "a quarter of a percentage point", "a third day", "for a third session"), no change of a price.
_FRACTION_NOUN_AFTER = re.compile(
    r"\s+(?:of\s+an?\s|(?:an?\s+)?(?:percentage|per[\s-]?cent|percent|pct|points?|pts|basis|day|days|sessions?|weeks?|"
    r"months?|years?|time|straight|consecutive|cents?|penny|pence|dollars?)\b)", re.IGNORECASE)
#: "cut in half" as a fall of 50% ("its shares were cut in half", "saw its value cut in half"); an object between the
#: verb and "in half" is something the company cut ("cut its workforce in half"), not matched.
_CUT_IN_HALF = re.compile(r"(?<![\w-])(?:cut|sliced|chopped)\s+in\s+half\b(?!-)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _running_since_re() -> re.Pattern[str]:
    """A running total whose noun carries the span it counts from, a clause or a date with its digits ("taking its
    losses since the duties were announced last Wednesday to about 30%", "taking their loss since the June 7 close,
    the last session before the recall, to 17.4%"): the vocabulary's ``running_total`` allows 40 characters without
    digits between noun and "to"; a "since" span is longer. Only after a verb of a running total (``_TOTAL_VERB``
    words: taking, bringing, extending ...; or one that cuts it back: trimming, paring, narrowing) and an owner ("its", "their", "the", a name's possessive: "takes Acme's
    decline since 02.01.2026 to 18%") or none, as wires write it ("taking losses since the complaint was filed last
    Wednesday to 18%"), so the figure is that total."""
    lex = move_words()
    nouns = phrase_alternation(lex.fall_nouns | lex.rise_nouns)
    qual = phrase_alternation(list(lex.qualifiers))
    return re.compile(
        r"(?<![\w-])(?:takes?|took|taking|taken|brings?|brought|bringing|extend(?:s|ed|ing)?|push(?:es|ed|ing)?|"
        r"trim(?:s|med|ming)?|pare[sd]?|paring|narrow(?:s|ed|ing)?)\s+"
        r"(?:(?:its|their|the|(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s?))\s+(?:[\w-]+\s+)?)?(?P<noun>" + nouns +
        r")\s+since\s+"
        r"[^;%]{3,90}?,?\s+to\s+"
        r"(?:(?P<qual>" + qual + r")\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _fraction_re() -> re.Pattern[str]:
    """The fraction pattern with the vocabulary's move verbs (``_FRACTION_TEMPLATE``)."""
    lex = move_words()
    verbs = phrase_alternation({w for w in lex.falls | lex.rises if w not in _FRACTION_NOT_VERBS})
    return re.compile(_FRACTION_TEMPLATE.format(verbs=verbs), re.IGNORECASE)


#: A span of sessions right after a fraction of a value ("... of its value this year", "over six sessions", "since
#: March"): the fraction is a move of its own, beside an exact figure of another span.
_OWN_SPAN_AFTER = re.compile(
    r"\s+(?:this\s+(?:year|month|week)|so\s+far\s+this\s+year|year[- ]to[- ]date|since\s+\w+|"
    r"between\s+(?:\w+\s+){1,3}?and\s|"  # "lost nearly half of its value between January 2022 and the end of 2023"
    # "over six sessions", "in the past three months", "in the four weeks to Friday"
    r"(?:over|in|during)\s+(?:the\s+(?:(?:past|last|previous|prior)\s+)?)?"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:trading\s+)?(?:sessions|days|weeks|months))\b", re.IGNORECASE)
#: A numeric percent anywhere in the sentence: a fraction beside it may round that figure, so it is read only when that
#: percent is no move of the fraction's own company (``Figure.beside``; the move grammar's caller decides).
_NUMERIC_PERCENT = re.compile(r"\d\s*-?\s*(?:%|per[\s-]?cent|percent|pct)", re.IGNORECASE)
#: A verb that takes a share of a price away, before "N% off X's shares" ("knocked 5% off", "wiping 8% off").
_KNOCK_BEFORE = re.compile(r"(?<![\w-])(?:knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|lop(?:s|ped|ping)?|strip(?:s|ped|ping)?|"
                           r"t(?:ake|akes|ook|aking)|wip(?:e|es|ed|ing))\s+$", re.IGNORECASE)
_OFF_AFTER = re.compile(r"^\s+off\s+(?!the\s+(?:price|cost|bill|fee)s?\b)", re.IGNORECASE)
#: The same verbs with a fraction before "off" ("knocked a quarter off the value of X", "shaved a fifth off X's shares"):
#: a fall of X by that fraction (the object after "off" decides whose). "Wiped a third off X's value" is left unread (a
#: round figure of the move the text gives next: "... wiped roughly a third off X's market value. The shares fell 29%").
_KNOCK_FRACTION = re.compile(
    r"(?<![\w-])(?:knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|lop(?:s|ped|ping)?|t(?:ook|aken))\s+"
    r"(?:(?P<qual>nearly|almost|about|around|roughly|more\s+than|over|close\s+to|some|just\s+under|just\s+over)\s+)?"
    r"(?:(?P<count>a|one|two|three|four)[\s-](?P<part>thirds?|quarters?|fifths?|tenths?)|(?P<half>half))"
    r"(?=\s+off\s+(?!the\s+(?:price|cost|bill|fee)s?\b))", re.IGNORECASE)
#: A verb that takes a fraction off a company's value, then the value ("wiped a quarter off its market value", "erased
#: a third off Acme's stock market value", "knocked half off their shares"): read only with a span of its own after it.
_WIPE_FRACTION = re.compile(
    r"(?<![\w-])(?:wip(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing))\s+"
    r"(?:(?P<qual>nearly|almost|about|around|roughly|more\s+than|over|close\s+to|some|just\s+under|just\s+over)\s+)?"
    r"(?:(?P<count>a|one|two|three|four)[\s-](?P<part>thirds?|quarters?|fifths?|tenths?)|(?P<half>half))\s+off\s+"
    r"(?:its|their|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}['’]s?)\s+(?:stock\s+)?(?:market\s+(?:value|"
    r"capitali[sz]ation|cap)|value|valuation|shares|stock|share\s+price)\b", re.IGNORECASE)
#: A causative verb with the shares as its object, right before the figure ("lifting its shares 5%", "has lifted the
#: stock 21%", "boosted Vexa's shares 4%"): a rise of those shares (not "lifted its dividend 5%").
_LIFT_BEFORE = re.compile(
    r"(?<![\w-])(?:lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|buoy(?:s|ed|ing)?|propel(?:s|led|ling)?)\s+"
    r"(?P<obj>(?:the|its|their)\s+(?:shares|stock|share\s+price)|shares\s+(?:of|in)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*|"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+(?:shares|stock|share\s+price)|"
    # a company itself as the object ("a relief rally lifted Acme Tools 4%")
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:by\s+)?$")
#: Two figures as the ends of a range ("swung between a 3% gain and a 2% loss", "traded between 2% and 4% lower").
_RANGE = re.compile(
    r"\bbetween\s+(?:an?\s+)?[+\-−]?\d[\d.,]*\s*-?\s*(?:%|per[\s-]?cent|percent|pct)(?:\s+[a-z]+)?\s+and\s+(?:an?\s+)?"
    r"[+\-−]?\d[\d.,]*\s*-?\s*(?:%|per[\s-]?cent|percent|pct)", re.IGNORECASE)
#: The lower end of a range of percents ("expects a decline of 8% to 10%", "a further increase of 5% to 7%", "could cut
#: earnings by 9% to 12%"): a forecast or an estimate's span, no share move (the upper end follows "to", a level).
_TO_RANGE = re.compile(r"\s+to\s+[+\-−]?\d[\d.,]*\s*-?\s*(?:%|per[\s-]?cent\b|percent\b|pct\b)", re.IGNORECASE)
#: A bare noun right after "doubled" / "tripled" is its object ("had tripled production", "doubled capacity"): the
#: company grew something, its stock did not move; a preposition, an adverb or a conjunction after it leaves the move.
_DOUBLED_OBJECT = re.compile(
    r"\s+(?!(?:since|this|in|over|from|last|so|during|on|after|before|to|again|and|but|while|as|amid|following|within|"
    r"at|for|year|by|overnight|more|already|twice|or|with|when|until|through|between|compared|versus|than|off|that|"
    r"which|where|then|even|respectively|year-to-date|intraday|yesterday|today)\b)[a-z][a-z-]*\b"
    # a demonstrative before its noun ("has since doubled that position"): an object too, unless a time ("that day")
    r"|\s+(?:that|this|those|these)\s+(?!(?:year|week|month|quarter|day|session|morning|afternoon|evening|time|period|"
    r"decade|spring|summer|autumn|fall|winter)s?\b)[a-z][a-z-]*\b(?!\s+(?:has|have|had|was|were|is|are|will|would)\b)")
#: "The shares have halved": a fall of 50% (the counterpart of "doubled"); not "halved its dividend" (an object).
_HALVED = re.compile(
    r"(?<![\w-])halved\b(?!-)(?=\s*$|\s*[,.;:)]|\s+(?:since|this|in(?!\s+size)|over|from|last|so|during|on|after|before|"
    r"to|again|and|but|while|as|amid|following|within|at|for|year)\b)", re.IGNORECASE)
#: A comparison with the year (or quarter) before right after a figure ("sales rose 9% year on year", "up 7% from a
#: year earlier", "a 43% increase from $704.4 million"): a measure of the business or the economy, no share move.
_YEAR_ON_YEAR = re.compile(
    r"^\s*(?:(?:from|on|over|versus|vs\.?|compared\s+with)\s+(?:a|the)\s+(?:year|quarter)\s+(?:earlier|ago|before)"
    r"|year[-\s]on[-\s]year|year[-\s]over[-\s]year|y/y|yoy|a\s+year\s+earlier|in\s+the\s+(?:first|second|third|fourth)\s+quarter"
    r"|(?:from|over|compared\s+with)\s+(?:about\s+|some\s+)?(?:[A-Z]{0,3}\$|€|£|¥|#)\s?\d)",
    re.IGNORECASE,
)
#: A verb that carries a running total with no owner before its noun ("Acme pares losses to 4.6%", "extends gains to
#: 8.3%", "That takes the decline since May to 23%"): the move's subject stands before the verb ("its losses" points
#: back by itself).
_TOTAL_VERB = re.compile(
    r"(?<![\w-])(?:pares?|pared|paring|trim(?:s|med|ming)?|extend(?:s|ed|ing)?|deepen(?:s|ed|ing)?|takes?|took|taking|"
    r"taken|brings?|brought|bringing|push(?:es|ed|ing)?)\s+(?:the\s+)?$", re.IGNORECASE)
#: A running move that grew by a step, right before the step's figure ("extended losses by another 2.5%", "deepened
#: its slide by a further 3%", "added to gains by 1.1%"): the step is a move of its own, its direction the noun's.
_INCREMENT_BY = re.compile(
    r"(?<![\w-])(?:extend(?:s|ed|ing)?|deepen(?:s|ed|ing)?|add(?:s|ed|ing)?\s+to)\s+(?:(?:its|their|the|early|earlier|"
    r"recent)\s+)?(?P<noun>[a-z][a-z-]*)\s+by\s+(?:(?:another|a\s+further|an\s+additional)\s+)?$",
    re.IGNORECASE)
#: The quantity a running total's noun is about ("took the decline in sales to 5%"): another quantity, no share move.
_TOTAL_OF = re.compile(r"\b(?:in|of)\s+(?:(?:its|their|the)\s+)?(?P<what>[a-z]+(?:\s+[a-z]+)?)")
#: A running move stated as a level its noun "stands at" ("Acme's year-to-date loss now stands at 34%", "the stock's
#: decline since March totals 21%"): the owner's move over the span its words name.
_NOUN_STANDS_AT = re.compile(
    r"(?P<owner>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s?|(?:[Tt]he\s+)?(?:stock|shares)['’]s?)\s+(?:(?P<mod>year[- ]to[- ]date|ytd|[a-z]+-(?:day|session|week|month)|weekly|monthly|"
    r"overall|total|cumulative|share[- ]price|stock[- ]price)\s+)?(?P<noun>loss|losses|decline|fall|drop|slide|gain|gains|rise|advance|rally)\s+(?:(?P<span>since|this|so\s+far|for)\s+"
    r"[\w.]+(?:\s+[\w.]+)?\s+)?(?:(?:now|so\s+far)\s+)?(?:stands|stood|totals|totalled|totaled|amounts\s+to|is)\s+"
    r"(?:at\s+)?(?:(?P<qual>about|nearly|almost|roughly|some|around|more\s+than)\s+)?$")
#: A price change in money before the percent ("3.45 crowns, or", "about 1.5 billion pounds, or", "40 Swiss francs,
#: or", "CHF 3.45, or"); not a count of something else ("lost 200,000 subscribers, or 5%").
#: The percent may also follow the money in brackets ("fell 23.40 kronor (14.2%)", "added $6.14 (7.9%)", "dropped
#: 4,460c (10.4%)"), the money then a currency's word, its sign or a cent's or penny's letter.
_MONEY_OR = re.compile(r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?:(?:[A-Z]{0,3}\$|€|£|¥)?\d[\d,]*(?:\.\d+)?"
                       r"(?:\s*(?:billion|million|trillion|bn|mln))?\s+(?:[A-Z][a-z]+\s+)?(?:crowns?|kron(?:or|er|a)|pounds?|"
                       r"dollars?|euros?|cents?|pence|yen|yuan|renminbi|won|rupees?|francs?|rand|reais|pesos?|zlotys?|"
                       r"forints?|lira|baht|ringgit|rupiah|shekels?|riyals?|dirhams?|dinars?)\s*,\s*or\s+$"
                       # the currency's code before the sum ("fell CHF 3.45, or 6.2%", "lost EUR 2.1bn, or 5%")
                       r"|[A-Z]{3}\s?\d[\d,]*(?:\.\d+)?"
                       r"(?:\s*(?:billion|million|trillion|bn|mln))?\s*,\s*or\s+$"
                       r"|(?:(?:[A-Z]{0,3}\$|€|£|¥)\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?(?:[cp]|\s+(?:[A-Z][a-z]+\s+)?(?:crowns?|"
                       r"kron(?:or|er|a)|pounds?|dollars?|euros?|cents?|pence|yen|yuan|renminbi|won|rupees?|francs?|rand|"
                       r"reais|pesos?|zlotys?|forints?|lira|baht|ringgit|rupiah|shekels?|riyals?|dirhams?|dinars?)))\s*\(\s*$)")
#: The unit of a price change before its percent ("fell $26.13 per share, or 68.4%", "rose 40 cents a share, or 3%"):
#: read as the bare money ("fell $26.13, or 68.4%").
#: A listing's place between a move verb and its figure ("lost in New York 11.1%", "fell in Hong Kong trading 3%",
#: "rose on the Paris stock exchange 2%"): an adverbial of place, read through as the gap words are (its words are
#: blanked, so offsets hold). Capitalised words only: "fell in value 3%" or "rose in March" stay as they are.
_PLACE_GAP = re.compile(
    r"(?<=[a-z])\s+(?:in|on)\s+(?:the\s+)?(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})"
    r"(?:\s+(?:stock\s+exchange|exchange|bourse|trading|trade))?(?=\s+(?:by\s+)?(?:[a-z]+\s+){0,2}$)")
#: A figure with its move verb after it, the past participle of a perfect whose auxiliary stands before the figure ("X
#: has on Monday 8.03% lost and closed at ..."): the verb-final order of a literal translation from German or Dutch. The
#: participle closes its clause (a comma, "and", the end); "the 14% lost over two sessions" (a determiner) is read
#: elsewhere.
_FINAL_PARTICIPLE = re.compile(r"\s+(?P<verb>lost|gained|fallen|risen|dropped|climbed|declined|slumped|plunged|"
                               r"tumbled|sunk|surged|jumped|advanced)(?=\s*(?:[,.;]|\band\b|$))", re.IGNORECASE)
_PERFECT_AUX = re.compile(r"(?<![\w-])(?:has|have|had)\s+(?!been\b)(?P<rest>[^,;:%]*)$", re.IGNORECASE)
_PER_SHARE = re.compile(r"(?<=[\d\w])\s+(?:per|a)\s+(?:share|ADS|ADR)(?=\s*,\s*or\s+(?:[a-z]+\s+){0,2}$)")
#: A change of market value in money, then the percent ("lost roughly $4 billion in market value, or about 9%", "shed
#: 2 billion euros of its value, or 6%", the currency's code before the sum: "shed EUR 1.2bn in market value, or 8%").
_VALUE_OR = re.compile(
    r"(?<![\w-])(?P<verb>lost|shed|wiped|erased|added|gained)\s+(?P<money>(?:about\s+|around\s+|roughly\s+|some\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+)?(?:[A-Z]{0,3}\$|€|£|¥|(?-i:[A-Z]{3})\s?)?\d[\d,]*(?:\.\d+)?"
    r"\s*(?:billion|million|trillion|bn|mln|m)?"
    r"(?:\s+(?:dollars|euros|pounds|yen|won|yuan|francs))?)\s+(?:in|of|from|off)\s+(?:(?:its|their|the\s+company['’]s)\s+)?"
    r"(?:stock\s+)?(?:market\s+(?:value|capitali[sz]ation|cap)|value|valuation)\s*,\s*or\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?$", re.IGNORECASE)
#: A price per share right before ", N% above/below ..." in a deal (with ``_DEAL_WORD`` before it): the comparison is
#: that price's (an offer, a placing), not the stock's move.
_PRICE_PER_SHARE_END = re.compile(
    r"\d[\d,.]*\s*(?:[a-z]+\s+)?(?:a|per)\s+share\s*,\s*(?:some\s+|about\s+|roughly\s+|around\s+|nearly\s+)?$|"
    r"\d[\d,.]*\s*(?:[a-z]+\s+)?(?:each|apiece)\s*,\s*(?:some\s+|about\s+|roughly\s+|around\s+|nearly\s+)?$")
#: An analyst's target price (or a value put on the stock) with its figure, then a comma right before a percent ("has a
#: target price of 3,800 yen, about", "price target: $16, ", "put a value of $2.10 on the shares, "): what follows
#: compares the target with a level, no move of the stock.
_TARGET_PRICE_END = re.compile(r"\b(?:target\s+price|price\s+target|target|"
                               # a value an analyst or a short seller puts on the stock ("put a value of $2.10 on the
                               # shares, 85% below ...", "valued the shares at $3, ...")
                               r"(?:fair\s+)?value\s+of|valu(?:ed|es|ing)\s+(?:the\s+|its\s+)?(?:shares|stock)\s+at)\b"
                               r"[^;%]{0,30}?\d[\d,.]*(?:\s*[a-z]+)?(?:\s+on\s+(?:the|its|their)\s+(?:shares|stock))?\s*,\s*"
                               r"(?:(?:some|about|roughly|around|nearly|only|just)\s+)?$", re.IGNORECASE)
_DEAL_WORD = re.compile(r"\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|takeover|deal|"
                        r"sold|sells?|selling|placing|placement|priced|pricing|rais(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|"
                        r"valu(?:e|es|ed|ing))\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"^\s*of\b", re.IGNORECASE)
_DETERMINER_END = re.compile(r"(?:\b(?:a|an|the|its|their|another|further)|['’]s?)\s+$", re.IGNORECASE)
#: A comparison before a bare figure and the market or company it belongs to after it ("..., compared with 8% for Y",
#: "compared to about 5% in the Castellio index"): a change of Y, told the same way as the move before it.
_COMPARED_END = re.compile(r"\bcompared\s+(?:with|to)\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some|"
                           r"just|only)\s+)?$", re.IGNORECASE)
_COMPARED_OWNER = re.compile(r"\s+(?:for|in|at)\s+(?:the\s+)?[A-Z]")
_LEVEL_END = re.compile(r"(?<![\w-])(?:to|from|at|of|with|than|below|above|under)\s+$", re.IGNORECASE)
#: A past participle of a move right after "the N%" ("the 14% lost over two sessions", "the 12% gained this year"): the
#: figure names a move as a noun phrase does ("the 14% loss").
_DONE_AFTER = re.compile(r"\s+(?P<verb>lost|shed|gained|added|erased|given\s+up|given\s+back|wiped\s+out)\b(?!\s+(?:of|to)\b)",
                         re.IGNORECASE)
#: A relative clause after a figure whose subject is the stock or the company ("the 20% (that) the stock gained last year",
#: "the 8% its shares shed on Monday", "the 3.3% it lost a week ago"): the figure is what that subject gained or lost.
_DONE_BY_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>(?!(?:had|has|have)\b)[a-z]+)|"
    r"(?P<pron>(?-i:it|they)))\s+(?:(?:had|has|have)\s+)?"
    r"(?P<verb>lost|shed|gained|added)\b(?!\s+(?:of|to)\b)", re.IGNORECASE)
_STOCK_HEADS = frozenset({"stock", "shares", "share", "stocks"})
#: Between a running total and a bare figure: "from" ("pares losses to 4% from 9%", "trimmed gains to 1% from as much as
#: 6% earlier"): the figure is where the same move stood before.
_FROM_EXTENT = re.compile(r"\s+from\s+", re.IGNORECASE)
#: Between a move's figure and a bare figure after it: a few words of the move's period, then "including" ("off 27% since
#: then, including a further 2.2% on Tuesday", "down 9% this week, including 4% on Monday"): a part of that move.
_INCLUDING = re.compile(r"(?:\s+(?!(?:and|but|while|whereas|as|which|when|after|before)\b)[\w'’.-]+){0,4}\s*,?\s+including\s+"
                        r"(?:a\s+further\s+|another\s+|an\s+additional\s+|a\s+)?", re.IGNORECASE)
#: A headline's present tense of a doubling verb right after "shares" / "stock" ("Shares more than triple", "Acme stock
#: doubles in a week"): +100, +200 or +300, as "doubled" is. Only after the stock's noun, so "plans to double output",
#: "double-digit" and "a double blow" stay unread.
_PRESENT_MULTIPLE = {"double": 100, "triple": 200, "quadruple": 300}
_PRESENT_DOUBLING = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:(?P<qual>more\s+than|nearly|almost|over)\s+)?"
                               r"(?P<num>(?:double|triple|quadruple)s?)\b(?![\w-])(?!\s+(?:the|a|an|its|their)\b)")
#: The same present tense of "halve" ("X shares halve after ...", "saw its own shares more than halve on Tuesday", a
#: title's "Acme (ACM) Halves on ..."): -50, as "halved" is. Only after the stock's noun or a ticker in parentheses,
#: and only before a preposition, a conjunction or the end, so "plans to halve its dividend" (an object) and "the two
#: halves of the year" (a noun) stay unread.
_PRESENT_HALVING = re.compile(
    r"(?:\b(?:[Ss]hares|[Ss]tock)|\([A-Z]{1,6}(?:[.:-][A-Z]{1,3})?\))\s+(?:(?P<qual>more\s+than|nearly|almost|over)\s+)?"
    r"(?P<num>[Hh]alve|[Hh]alves)\b(?![\w-])(?=\s*$|\s*[,.;:)]|\s+(?:since|this|in|over|from|last|so|during|on|"
    r"after|before|again|and|but|while|as|amid|following|within|at|for|year)\b)")
_ARTICLE_END = re.compile(r"(?<![\w-])(?:a|the)\s+$", re.IGNORECASE)
#: A word that ends the figure's noun phrase: a non-move noun after it ("2.4% after trimming growth plans") is not
#: what the figure measures.
_PHRASE_BREAK = re.compile(
    r"\b(?:after|before|as|since|on|in|at|to|from|while|when|amid|despite|following|with|and|but|for|by|than)\b",
    re.IGNORECASE)


#: A level in units of goods right after the figure ("stocks fell 2% to 178,000 tonnes", "inventories rose 4% to 1.2
#: million barrels"): a stock of a commodity in warehouses, never a share price (a price takes a currency: "rose 1% to
#: $2,010 an ounce").
_GOODS_LEVEL_AFTER = re.compile(
    r"\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+over|just\s+under|a\s+record(?:\s+high|\s+low)?\s+of)\s+)?"
    r"\d[\d,]*(?:\.\d+)?\s*(?:(?:million|billion|thousand|mln|bn|m|k)\s+)?(?:metric\s+|short\s+)?"
    r"(?:tonnes|tons|barrels|bbl|(?:troy\s+)?ounces|oz|bushels|bales|carats|cubic\s+(?:metres|meters|feet)|litres|liters|"
    r"gallons|kilograms|kg|lbs)\b", re.IGNORECASE)


_LAST_WORD = re.compile(r"([A-Za-z][\w-]*)\s+$")


def _last_running(window: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The running total nearest the figure ("The rally takes Acme's gain this year to 27%": "gain", not "rally")."""
    found = pattern.search(window)
    while found is not None:
        nxt = pattern.search(window, found.start() + 1)
        if nxt is None:
            break
        found = nxt
    return found


def _other_total(between: str, non_move: frozenset[str]) -> bool:
    """Whether the words between a running total's noun and its "to" name another quantity ("in sales")."""
    m = _TOTAL_OF.search(between)
    if not m:
        return False
    words = m.group("what").lower().split()
    return words[0] in non_move or " ".join(words) in non_move


def _bare_object_quantity(obj: str, non_move: frozenset[str]) -> bool:
    """Whether a lifting verb's object without "shares"/"stock" ("lifted Acme Tools 4%") is a quantity rather than a
    company: a figure in it ("Q3") or a last word naming another quantity ("Group Sales", "EBITDA")."""
    words = obj.split()
    if words[0].lower() in ("the", "its", "their", "shares") or words[-1].lower() in ("shares", "stock", "price"):
        return False
    return any(ch.isdigit() for ch in obj) or norm_words(words[-1]) in non_move


def _non_move_noun_before(text: str, non_move: frozenset[str]) -> bool:
    """Whether ``text`` ends with a noun whose change is not a share price ("profit", "revenue")."""
    m = _LAST_WORD.search(text)
    return bool(m) and norm_words(m.group(1)) in non_move


#: The plural ending of a noun right before "of" and the figure ("falls of", "declines of", "drops of"): cut, the noun
#: is read as its singular (the lexicon's move nouns are singular, but for "losses" and "gains").
_PLURAL_OF_END = re.compile(r"(?<=[a-z]{3})s(?=\s+of\s+(?:[a-z]+\s+){0,2}$)")


@dataclass(frozen=True)
class Figure:
    """One percent figure of a sentence (offsets relative to the sentence)."""

    start: int  # first character of the figure, qualifier and sign included
    end: int  # end of the unit ("%", "percent")
    value: float  # magnitude
    sign: int  # +1 rise, -1 fall, 0 not stated (a list item)
    qualifier: str  # exact | about | nearly | over | as much as | at least
    form: FigureForm
    anchor: int  # where its direction construction starts (the verb; the figure itself for nouns and signs)
    noun_end: int  # end of the move noun after a nominal figure ("a 24% slump"), else ``end``
    total: bool = False  # a running total ("pares losses to 4.6%", "took the decline to 33%"): a move to date
    # a fraction of a value in a sentence that gives a numeric percent too: read only if that percent is no move of the
    # same company (the caller decides, once subjects are known); else it may round that figure
    beside: bool = False
    # a fraction of a value or a halving told in words ("lost a third of its value", "have halved"): no percent figure,
    # so no move row (the read corpora's gold, 34-41, calls such a figure "no percent figure"); found so that it
    # rounds, and so blocks, no other figure's reading
    worded: bool = False
    # a part of the move before it, told after "including" ("off 27% since then, including a further 2.2% on Tuesday"):
    # that move's direction and subject, its own period
    part: bool = False


class _NounHit(NamedTuple):
    word: str  # the move noun after a figure ("drop")
    stop: int  # its end, relative to the text after the figure


#: A period modifier between a figure and its move noun ("Acme's 13% year-to-date drop", "a 9.7% three-day rally", "the
#: 33.8% debut rally", "a 20% first-day jump").
_PERIOD_MODIFIER = re.compile(
    r"\s+(?:year-to-date|month-to-date|week-to-date|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|multi)-"
    r"(?:day|session|week|month)|debut|first-day|first-session|opening-day)(?=\s)", re.IGNORECASE)


def _move_noun_after(after: str) -> _NounHit | None:
    """The move noun right after a figure ("a 24% slump", "a 13% year-to-date drop"), or None."""
    mod = _PERIOD_MODIFIER.match(after)
    skip = mod.end() if mod else 0
    noun = move_words().noun_after.match(after[skip:])
    return _NounHit(noun.group("noun"), skip + noun.end()) if noun else None


def _qualifier(text: str | None) -> str:
    return move_words().qualifiers.get(norm_words(text), "exact") if text else "exact"


#: The span a closing verb names before its figure ("ended the week 20% lower", "finished the session 3% higher",
#: "ended a wild week up 47%", "ends outage week down 20%", a headline's plural "shares end week down 12%", a new
#: listing's "ended their first full week as a listed company up 6%", "ends first week of trading up 9%"; not the
#: noun, "the end of the week").
_SPAN_OBJECT = re.compile(
    r"\b(?:ended|closed|finished|ends|closes|finishes|began|started|end|close|finish)\s+(?!of\b)"
    r"(?:(?:the\s+|its\s+|their\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:week|session|day|month|quarter|year|trading\s+day)(?:\s+of\s+trading|\s+as\s+a\s+(?:public|listed)\s+company)?"
    r"|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday))\s+$", re.IGNORECASE)
_UP_DOWN = frozenset({"up", "down"})
#: "run up" as a move verb ("the shares had run up 12% in May"); with an article before the figure its object is a
#: quantity the company ran up ("ran up a 40% deficit"), no move.
_RUN_UP = frozenset({"run up", "runs up", "ran up", "running up"})
#: "won" as a gain (a literal translation's "gewann": "won 6.3% to 187 euros"); with an article before the figure its
#: object is a thing won ("won a 10% stake in the venture", "won a 5% pay rise"), no move.
_WIN = frozenset({"win", "wins", "won"})
_ARTICLE_GAP = re.compile(r"\b(?:a|an)\b", re.IGNORECASE)
#: A level compared with one before an event ("remain 48% below where they were before the crisis", "20% below their
#: level before the collapse"): a move over the sessions since then (:mod:`analysis.market.periods` reads its span).
#: A month's name or abbreviation (:mod:`analysis.market.periods` reads stated days with it too).
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
_MONTH_DAY = r"(?:" + MONTH + r"\.?\s+\d{1,2}|\d{1,2}\s+" + MONTH + r"\b\.?)"  # "March 9", or day first: "9 March"
BELOW_BEFORE = re.compile(
    r"\s+(?P<dir>below|under|above)\s+(?:(?:where\s+(?:they|it)\s+[a-z]+|(?:their|its)\s+(?:level|price|value|close|"
    r"closing\s+(?:price|level))s?|"  # (their close before the event: the last close it stood at before it)
    r"pre-[\w-]+\s+levels?)\s+(?:before|prior\s+to)\b"
    # where the stock closed on a past day or started a past span ("33% below where they closed on March 3", "10.5% below
    # where it ended last week", "7.9% below where they started the week", "37% below where they stood a week ago",
    # "44% below where they stood in June");
    # not "where it closed today" (a price compared with today's level: a target's upside)
    r"|where\s+(?:they|it)\s+(?:closed|ended|finished|started|began|opened|stood)\s+(?:(?:on|in)\s+(?-i:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|" + MONTH + r")|last\s+(?:week|month|year|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday))|"
    r"the\s+(?:week|month|year)|(?:a|one|two|three|four|\d{1,2})\s+(?:days?|weeks?|months?)\s+ago)\b"
    # a level against a stated day's close ("remain 36% below their March 9 close", "30% below their level on March 9",
    # "21% below its March 9 record close")
    r"|(?:their|its|the)\s+(?-i:" + _MONTH_DAY + r")\s+(?:(?:record|all-time)\s+)?(?:close|closing\s+price|level)\b"
    r"|(?:their|its|the)\s+(?:level|close|closing\s+price)\s+(?:on|of)\s+(?-i:" + _MONTH_DAY + r")\b"
    # a distance from the stock's own high or low mark ("trades 23.5% below its 2023 high", "40% below their record
    # peak", "25% above its March low", "30% under its IPO price", "40% below the June peak") or its level before an
    # event: a move since then
    r"|(?:their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:peak|high|highs|low|lows|(?:IPO|listing|flotation)\s+price)\b"
    # the price the stock was sold at in its flotation, with the price written in ("23% below its $34 IPO price", "6%
    # above the $34 IPO price", "10% above its 310p offer price", "19% below its offer price"): a move since listing;
    # not a takeover's "the offer price" or "X's offer price" (a bid the stock is compared with)
    r"|(?:their|its|the)\s+(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*p)?\s*(?:IPO|listing|flotation)\s+price\b"
    r"|(?:their|its)\s+(?:[$€£¥]\s?\d[\d.,]*\s+|\d[\d.,]*p\s+)?(?:offer|issue)\s+price\b"
    # the price the company itself sold its shares at ("17% above the $19 price at which it sold shares in its IPO")
    r"|(?:their|its|the)\s+(?:[$€£¥]\s?\d[\d.,]*\s+|\d[\d.,]*p\s+)?price\s+at\s+which\s+(?:it|they|the\s+company)\s+"
    r"(?:sold|priced|offered|issued|placed|floated)\b"
    r"|(?:their|its)\s+pre-[\w-]+\s+(?:levels?|price|close)\b"  # "14.5% below its pre-strike level"
    # a weekday's price, described or not ("11% below Tuesday's untraded limit-down price"); not a bid's ("Tuesday's
    # offer price": a deal the stock is compared with)
    r"|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday)['’]s\s+(?:(?!offer|bid|tender|target|deal)[\w-]+\s+){0,2}?"
    r"(?:close|closing\s+(?:price|level)|level|price)\b)", re.IGNORECASE)


#: A price per unit of goods: "$505 a tonne", "52,500 yuan a tonne", "2,800 CFA francs per kilogram", "$80 a barrel".
_UNIT_PRICE = re.compile(
    r"\d[\d,]*(?:\.\d+)?\s*(?:(?:million|billion|thousand)\s+)?(?:[A-Za-z]{1,10}\s+){0,2}(?:a|an|per)\s+"
    r"(?:metric\s+|short\s+|troy\s+|dry\s+)?(?:tonne|ton|barrel|ounce|pound|lb|kilogram|kilo|kg|bushel|carat|gallon|litre|liter|"
    r"cubic\s+(?:metre|meter|foot)|megawatt[-\s]hour|MWh|MMBtu|therm)\b", re.IGNORECASE)
#: What keeps such a price away from the subject before it: a relative clause or an adverbial phrase of its own
#: ("X, which sells ore at $100 a tonne, fell 3%", "X, with copper at $9,000 a tonne, rose 2%").
_PRICE_ASIDE = re.compile(r"(?:,\s*(?:which|who|whose|that)\b|\b(?:with|as|after|amid|while|when|because|since|despite)\s)",
                          re.IGNORECASE)
#: A price named as a thing of its own: what changed is that price, set by the subject ("X raised the farm-gate price
#: to 2,800 francs per kilogram, an increase of 27%").
_PRICE_NOUN = re.compile(r"\bprices?\b", re.IGNORECASE)


def unit_priced(between: str) -> Literal["goods", "price", ""]:
    """What a figure measures when the words ``between`` its subject and the figure give a price per unit of goods
    (:data:`_UNIT_PRICE`): "goods" when the subject is those goods ("Spodumene concentrate ... was assessed at $505 a
    tonne on Friday, down 11%": a commodity's move, an index row), "price" when a price the subject set moved ("X
    raised the price to 2,800 francs per kilogram, an increase of 27%": no share move), "" when there is no such price
    or an aside holds it ("X, which sells ore at $100 a tonne, fell 3%")."""
    unit = _UNIT_PRICE.search(between)
    if unit is None or _PRICE_ASIDE.search(between, 0, unit.start()):
        return ""
    return "price" if _PRICE_NOUN.search(between, 0, unit.start()) else "goods"


def find_figures(sentence: str, beside: bool = False, lean: int = 0) -> list[Figure]:
    """Move figures of ``sentence`` in text order. Input: one sentence, list line or headline. Output: list of
    :class:`Figure`; non-move percentages (levels, shares of a whole, rates, stakes, chances) are left out.
    ``beside``: also a fraction of a value beside a numeric percent (``Figure.beside``), for a caller that drops it
    when that percent is the same company's move; else such a fraction is left out. ``lean``: the direction of the
    moves told before in the paragraph (+1, -1, 0 none), which a daily limit without a direction of its own takes
    ("X closed down 14%. Y hit the daily limit of 30%")."""
    lex = move_words()
    qual_end = lex.qual_end
    out: list[Figure] = []
    sentence = _HALF_A_PERCENT.sub(lambda h: "0.5".rjust(len(h.group(0))), sentence)  # same length: offsets hold
    ranges = [(r.start(), r.end()) for r in _RANGE.finditer(sentence)] if "between" in sentence.lower() else []
    listed = [m for m in _LISTED_NUMBER.finditer(sentence) if _listed_after(sentence[: m.start()])] \
        if " and " in sentence else []
    closes = {m.end(): m.end("last") for m in listed}  # a listed number's end -> the end of the percent closing its list
    matches = sorted([*PCT.finditer(sentence), *listed], key=lambda x: x.start()) if listed else PCT.finditer(sentence)
    for m in matches:
        if any(a <= m.start() < b for a, b in ranges):
            continue  # "swung between a 3% gain and a 2% loss": a range, no move
        before, after = sentence[: m.start()], sentence[m.end():]
        if _TO_RANGE.match(after):
            continue  # "expects a decline of 8% to 10%": a range's lower end, no move
        if _OF_AFTER.match(after) and not lex.pct_of_ok.match(after):
            continue
        if _OFF_AFTER.match(after) and not m.group("sign"):
            window = before[-160:]
            knock = _KNOCK_BEFORE.search(qual_end.sub("", window))
            if knock:  # "knocked 5% off X's shares", "wiping about 8% off their value": a fall of X (the object decides)
                q = qual_end.search(window)
                offset = m.start() - len(window)
                start = offset + q.start() if q else m.start()
                out.append(Figure(start, m.end(), pct_number(m.group("num")), -1,
                                  _qualifier(q.group("qual") if q else None), "noun", offset + knock.start(), m.end()))
                continue
        if _GOODS_LEVEL_AFTER.match(after):
            continue  # "LME stocks fell 2% to 178,000 tonnes": goods in warehouses, no stock market's shares
        noun = _move_noun_after(after)
        non_move = lex.non_move_after.match(after)
        if non_move and _PHRASE_BREAK.search(after, 0, non_move.end()):
            non_move = None  # "slips 2.4% after trimming growth plans": the noun belongs to another phrase
        if noun is None and (non_move or _YEAR_ON_YEAR.match(after)):
            continue
        value = pct_number(m.group("num"))
        window = before[-160:]
        offset = m.start() - len(window)
        if m.group("sign"):
            sign = 1 if m.group("sign") == "+" else -1
            out.append(Figure(m.start(), m.end(), value, sign, "exact", "signed", m.start(), m.end()))
            continue
        if noun and _YEAR_ON_YEAR.match(after[noun.stop:]):
            continue  # "a 43% increase from $704.4 million": a comparison of amounts
        by = _DONE_BY_AFTER.match(after) if noun is None else None
        if by and (by.group("pron") or by.group("head") in _STOCK_HEADS or by.group("head") in lex.company_nouns) \
                and _DETERMINER_END.search(qual_end.sub("", window)):
            # "it wiped out the 20% the stock had gained in May": the object of a relative clause whose subject, the
            # stock, made the move; the subject is read before its verb
            q = qual_end.search(window)
            start = offset + q.start() if q else m.start()
            sign = 1 if by.group("verb").lower() in ("gained", "added") else -1
            out.append(Figure(start, m.end(), value, sign, _qualifier(q.group("qual") if q else None), "verb",
                              m.end() + by.start("verb"), m.end()))
            continue
        done = _DONE_AFTER.match(after) if noun is None else None
        if done and _DETERMINER_END.search(qual_end.sub("", window)):
            # "recovering part of the 14% lost over two sessions", "the 12% gained this year": a move told before
            q = qual_end.search(window)
            start = offset + q.start() if q else m.start()
            sign = 1 if done.group("verb").lower() in ("gained", "added") else -1
            out.append(Figure(start, m.end(), value, sign, _qualifier(q.group("qual") if q else None), "noun", start,
                              m.end() + done.end()))
            continue
        if noun and _DETERMINER_END.search(qual_end.sub("", window)):
            q = qual_end.search(window)
            start = offset + q.start() if q else m.start()
            sign = -1 if norm_words(noun.word) in lex.fall_nouns else 1
            out.append(Figure(start, m.end(), value, sign, _qualifier(q.group("qual") if q else None), "noun", start, m.end() + noun.stop))
            continue
        lift = _LIFT_BEFORE.search(qual_end.sub("", window))
        if lift and _bare_object_quantity(lift.group("obj"), lex.non_move_subjects):
            lift = None  # "boosted Q3 Revenue 5%": a quantity in capitals, not a company
        if lift:  # "lifting its shares 5%", "a rally that has lifted the stock 21%": the shares rose; the subject is
            q = qual_end.search(window)  # read before the figure, where the object ends
            start = offset + q.start() if q else m.start()
            anchor = offset + lift.end("obj")
            out.append(Figure(start, m.end(), value, 1, _qualifier(q.group("qual") if q else None), "verb", anchor, m.end()))
            continue
        more = _INCREMENT_BY.search(qual_end.sub("", window))
        if more and norm_words(more.group("noun")) in lex.fall_nouns | lex.rise_nouns:
            # "extended losses by another 2.5% on Tuesday", "added to its gains by 1.1%": a move of its own, the
            # step by which a running move grew; its direction the noun's
            q = qual_end.search(window)
            start = offset + q.start() if q else m.start()
            sign = -1 if norm_words(more.group("noun")) in lex.fall_nouns else 1
            out.append(Figure(start, m.end(), value, sign, _qualifier(q.group("qual") if q else None), "verb",
                              offset + more.start(), m.end()))
            continue
        final = _FINAL_PARTICIPLE.match(after)
        aux = _PERFECT_AUX.search(window) if final else None
        if aux and not lex.verb_before.search(window) and not _DETERMINER_END.search(qual_end.sub("", window)):
            q = qual_end.search(window)  # "X has on Monday 8.03% lost": the auxiliary opens the move
            start = offset + q.start() if q else m.start()
            sign = -1 if norm_words(final.group("verb")) in lex.falls else 1
            out.append(Figure(start, m.end(), value, sign, _qualifier(q.group("qual") if q else None), "verb",
                              offset + aux.start(), m.end() + final.end()))
            continue
        blanked = _PLACE_GAP.sub(lambda p: " " * len(p.group(0)), _PER_SHARE.sub(lambda p: " " * len(p.group(0)), window))
        verb = lex.verb_before.search(blanked)
        value_or = _VALUE_OR.search(window) if verb is None else None
        if value_or:  # "lost roughly $4 billion in market value, or about 9%": the value's change in percent
            q = qual_end.search(window)
            start = offset + q.start() if q and q.start() > value_or.start("money") else m.start()
            sign = 1 if value_or.group("verb").lower() in ("added", "gained") else -1
            qual = q.group("qual") if q and q.start() > value_or.start("money") else None
            out.append(Figure(start, m.end(), value, sign, _qualifier(qual), "verb", offset + value_or.start(), m.end()))
            continue
        if verb is None:  # "fell 3.45 crowns, or 6.2%": a price change in a currency the vocabulary does not list
            money = _MONEY_OR.search(window)
            verb = lex.verb_before.search(window, 0, money.start()) if money else None
        if verb and any(offset + verb.end("verb") < e <= m.start() for e in closes):
            verb = None  # "rose 5.3 and 4.6 per cent": the verb is the listed number's, this figure is the list's next
        if verb and norm_words(verb.group("verb")) in _RUN_UP | _WIN and _ARTICLE_GAP.search(verb.group("gap")):
            verb = None  # "ran up a 40% deficit", "won a 10% stake": an object with its article; "ran up 40%" is a move
        if verb:
            word = norm_words(verb.group("verb"))
            sign = -1 if word in lex.falls else 1
            start = offset + (verb.start("qual") if verb.group("qual") else m.start() - offset)
            anchor = offset + verb.start()
            if word in _UP_DOWN:  # "finished the week up 11.5%": the closing verb before its span
                span = _SPAN_OBJECT.search(sentence[:anchor])
                anchor = span.start() if span else anchor
            out.append(Figure(start, m.end(), value, sign, _qualifier(verb.group("qual")), "verb", anchor, m.end()))
            continue
        running = _last_running(window, lex.running_total) or _running_since_re().search(window)
        if running and _other_total(window[running.end("noun"):], lex.non_move_subjects):
            continue  # "That brings the decline in sales to 5%": the total of another quantity
        if running:
            sign = -1 if norm_words(running.group("noun")) in lex.fall_nouns else 1
            start = offset + (running.start("qual") if running.group("qual") else m.start() - offset)
            verb = _TOTAL_VERB.search(window, 0, running.start())  # "X pares losses to 4.6%": the verb opens the move
            anchor = offset + (verb.start() if verb else running.start())
            if running.groupdict().get("owner"):  # "takes Acme's decline since ... to 18%": the owner is the subject
                anchor = offset + running.start("noun")
            out.append(Figure(start, m.end(), value, sign, _qualifier(running.group("qual")), "verb", anchor, m.end(), True))
            continue
        stands = _NOUN_STANDS_AT.search(window)
        if stands and (stands.group("mod") or stands.group("span")) and not _non_move_noun_before(window[: stands.start("noun")], lex.non_move_subjects):
            # "Acme's year-to-date loss now stands at 34%": the owner's running move, its span words from the owner on
            sign = -1 if norm_words(stands.group("noun")) in lex.fall_nouns else 1
            start = offset + (stands.start("qual") if stands.group("qual") else m.start() - offset)
            out.append(Figure(start, m.end(), value, sign, _qualifier(stands.group("qual")), "verb",
                              offset + stands.end("owner") + 1, m.end(), True))
            continue
        nof = lex.noun_of_before.search(window)
        plural = _PLURAL_OF_END.search(window) if nof is None else None
        if plural:  # "after falls of 7.8% on Monday and 3.1% on Tuesday": a move noun's plural, read as its singular
            nof = lex.noun_of_before.search(window[: plural.start()] + window[plural.end():])
        if nof and _non_move_noun_before(window[: nof.start()], lex.non_move_subjects):
            continue  # "a fourth-quarter profit decline of 41%": the change of another quantity
        if nof:
            sign = -1 if norm_words(nof.group("noun")) in lex.fall_nouns else 1
            start = offset + (nof.start("qual") + (plural is not None) if nof.group("qual") else m.start() - offset)
            out.append(Figure(start, m.end(), value, sign, _qualifier(nof.group("qual")), "noun", offset + nof.start(), m.end()))
            continue
        q = qual_end.search(window)
        start = offset + q.start() if q else m.start()
        qualifier = _qualifier(q.group("qual") if q else None)
        if out and out[-1].total and out[-1].end <= start and _FROM_EXTENT.fullmatch(sentence, out[-1].end, start):
            # "pared losses to 6% from as much as 11% earlier": the same move at its earlier extent
            out.append(Figure(start, m.end(), value, out[-1].sign, qualifier, "verb", out[-1].anchor, m.end()))
            continue
        if _LEVEL_END.search(sentence[:start]) and not (_COMPARED_END.search(sentence, 0, start) and _COMPARED_OWNER.match(after)):
            continue  # a level ("fell to 3.9%"), not a change; but "compared with 8% for Y" is Y's change (grammar)
        anchored = BELOW_BEFORE.match(after)
        if anchored and _PRICE_PER_SHARE_END.search(sentence, 0, start) and _DEAL_WORD.search(sentence, 0, start):
            continue  # "agreed to buy X for 12 euros a share, 25% above its high": the offer's premium, no move
        if anchored and _TARGET_PRICE_END.search(sentence, 0, start):
            continue  # "a target price of 3,800 yen, about 7% above Monday's close": the target's upside, no move
        if anchored:
            sign = 1 if anchored.group("dir").lower() == "above" else -1
            out.append(Figure(start, m.end(), value, sign, qualifier, "verb", start, m.end()))
            continue
        adj = lex.adjective_after.match(after)
        if adj:
            sign = -1 if adj.group("adj").lower() in lex.after_fall else 1
            span = _SPAN_OBJECT.search(sentence[:start])  # "ended the week 20% lower": the verb before its span
            out.append(Figure(start, m.end(), value, sign, qualifier, "verb", span.start() if span else start, m.end()))
            continue
        if noun:
            sign = -1 if norm_words(noun.word) in lex.fall_nouns else 1
            out.append(Figure(start, m.end(), value, sign, qualifier, "noun", start, m.end() + noun.stop))
            continue
        if out and out[-1].sign and out[-1].end <= start and _INCLUDING.fullmatch(sentence, out[-1].end, start):
            # "the shares are off 27% since then, including a further 2.2% on Tuesday": a part of that move
            out.append(Figure(start, m.end(), value, out[-1].sign, qualifier, "verb", out[-1].anchor, m.end(), part=True))
            continue
        out.append(Figure(start, m.end(), value, 0, qualifier, "bare", start, m.end()))
    if closes:  # a listed number is a move only when the percent closing its list is one
        kept = {f.end for f in out}
        out = [f for f in out if f.end not in closes or closes[f.end] in kept]
    for d in lex.doubling_re.finditer(sentence):
        if _ARTICLE_END.search(sentence[: d.start()]) or _DOUBLED_OBJECT.match(sentence, d.end()):
            continue
        value = float(lex.doubling[norm_words(d.group("num"))])
        out.append(Figure(d.start(), d.end(), value, 1, _qualifier(d.group("qual")), "verb", d.start(), d.end()))
    for d in _PRESENT_DOUBLING.finditer(sentence):  # "2028 - Shares more than triple": a headline's present tense
        value = float(_PRESENT_MULTIPLE[d.group("num").lower().rstrip("s")])
        at = d.start("qual") if d.group("qual") else d.start("num")
        out.append(Figure(at, d.end(), value, 1, _qualifier(d.group("qual")), "verb", at, d.end()))
    for d in _PRESENT_HALVING.finditer(sentence):  # "X shares halve after ...": a headline's present tense
        at = d.start("qual") if d.group("qual") else d.start("num")
        out.append(Figure(at, d.end(), 50.0, -1, _qualifier(d.group("qual")), "verb", at, d.end()))
    for lim in _LIMIT_MOVE.finditer(sentence):  # "went limit-up, 10%": the daily limit, its size given after it
        sign = 1 if lim.group("dir").lower() == "up" else -1
        value = float(lim.group("num"))
        if not any(f.start <= lim.start("num") < f.end for f in out):
            out.append(Figure(lim.start("num"), lim.end(), value, sign, "exact", "verb", lim.start(), lim.end()))
        else:  # a bare figure read on its own: it takes the limit's sign
            out = [replace(f, sign=sign, form="verb", anchor=lim.start()) if f.start <= lim.start("num") < f.end and f.sign == 0
                   else f for f in out]
    for lim in _DAILY_LIMIT.finditer(sentence):  # "hit its 20% daily limit": the limit's size is the move
        num, fig = ("num", "fig") if lim.group("num") else ("num2", "fig2")
        if lim.group("dir"):
            sign = 1 if lim.group("dir").lower() == "up" else -1
        elif lim.group("verb").lower().endswith(" by"):
            sign = -1 if lim.group("verb").split()[0].lower() in _FALL_VERBS_BY else 1
        else:  # no direction written: the one direction of the sentence's other moves, else the paragraph's
            signs = {f.sign for f in out if f.sign and not (f.start <= lim.start(num) < f.end)}
            if not signs and lean:
                signs = {lean}
            if len(signs) != 1:
                continue
            sign = signs.pop()
        value = float(lim.group(num))
        out = [f for f in out if not f.start <= lim.start(num) < f.end]  # the bare figure the limit's size was read as
        out.append(Figure(lim.start(fig), lim.end(fig), value, sign, "exact", "verb", lim.start(), lim.end()))
    for lim in _CIRCUIT.finditer(sentence):  # "was locked in the 10 per cent lower circuit": the band's size is the move
        num, fig, way = ("num", "fig", "dir") if lim.group("num") else ("num2", "fig2", "dir2")
        sign = -1 if lim.group(way).lower() == "lower" else 1
        out = [f for f in out if not f.start <= lim.start(num) < f.end]  # "10 per cent lower" read on its own
        out.append(Figure(lim.start(fig), lim.end(fig), float(lim.group(num)), sign, "exact", "verb", lim.start(), lim.end()))
    for lim in _BARE_LIMIT.finditer(sentence):  # "Acme limit-up 20%": no verb, the direction read from "limit"
        sign = 1 if lim.group("dir").lower() == "up" else -1
        inside = [f for f in out if f.start <= lim.start("num") < f.end]
        if inside and inside[0].form != "bare" and inside[0].form != "signed" and inside[0].anchor < lim.start("dir"):
            continue  # a verb before "limit" read it already ("went limit-up, 10%")
        out = [f for f in out if f not in inside]
        out.append(Figure(inside[0].start if inside else lim.start("num"), inside[0].end if inside else lim.end(),
                          float(lim.group("num")), sign, "exact", "verb", lim.start(), lim.end()))
    for f in _fraction_re().finditer(sentence):
        part = (f.group("part") or "half").lower()  # "lost half its value", "shed half of their value": 50%
        count = _FRACTION_COUNT[f.group("count").lower()] if f.group("count") else 1
        bare = not (f.group("by") or f.group("of") or f.group("owned") is not None)
        if bare and not _FRACTION_BARE_END.match(sentence, f.end()) or (count > 1) != part.endswith("s"):
            continue  # "three-quarters", "a third", "nearly half."; never "a thirds" or "two-fifth"
        if not (f.group("of") or f.group("owned") is not None) and _FRACTION_NOUN_AFTER.match(sentence, f.end()):
            continue  # "rose by a quarter point", "fell half a percentage point": the fraction counts another thing
        if f.group("wipe") and not (f.group("of") or f.group("owned") is not None):
            continue  # "erased a third" of what: only a value is a move
        # to one decimal, as a percentage is printed: "a third" is 33.3%, "two-thirds" 66.7%
        value = round(_FRACTION_PARTS[part.rstrip("s")] * count, 1)
        if _FRACTION_FROM_PEAK.match(sentence, f.end()):
            continue  # a distance from a peak
        # beside a numeric percent, a fraction may round the exact figure the sentence gives (not one with a span of its
        # own: "slid 9.5% on Thursday and has shed a quarter of its value since Monday"): the caller keeps it only when
        # that percent is no move of the same company ("X lost a fifth of its value, and the Y index shed N%")
        near = bool(_NUMERIC_PERCENT.search(sentence)) and not _OWN_SPAN_AFTER.match(sentence, f.end())
        if near and not beside:
            continue
        sign = -1 if f.group("wipe") or norm_words(f.group("verb")) in lex.falls else 1
        if f.group("owned") is not None:  # "erased two-thirds of X's value": the owner after "of" decides
            out.append(Figure(f.start("count") if f.group("count") else f.start("half"), f.end(), value, sign, _qualifier(f.group("qual")), "noun", f.start(),
                              f.end(), beside=near, worded=True))
            continue
        anchor = f.start()
        if norm_words(f.group("verb")) in _UP_DOWN:  # "ends week down a fifth": the closing verb before its span
            span = _SPAN_OBJECT.search(sentence[:anchor])
            anchor = span.start() if span else anchor
        out.append(Figure(f.start(), f.end(), value, sign, _qualifier(f.group("qual")), "verb", anchor, f.end(),
                          beside=near, worded=True))
    for k in _KNOCK_FRACTION.finditer(sentence):  # "knocked a quarter off the value of X": X's fall, as "knocked 25% off"
        part = (k.group("part") or "half").lower()
        count = _FRACTION_COUNT[k.group("count").lower()] if k.group("count") else 1
        if (count > 1) != part.endswith("s") or _NUMERIC_PERCENT.search(sentence):
            continue  # never "a thirds"; beside a numeric percent the fraction may round it
        at = k.start("qual") if k.group("qual") else k.start("count") if k.group("count") else k.start("half")
        out.append(Figure(at, k.end(), round(_FRACTION_PARTS[part.rstrip("s")] * count, 1), -1, _qualifier(k.group("qual")),
                          "noun", k.start(), k.end(), worded=True))
    for w in _WIPE_FRACTION.finditer(sentence):
        # "a slide that has wiped a quarter off its market value in three sessions": with a span of its own after the
        # value the fraction is a move over that span, not a rounding of the sentence's one-session figure
        part = (w.group("part") or "half").lower()
        count = _FRACTION_COUNT[w.group("count").lower()] if w.group("count") else 1
        if (count > 1) != part.endswith("s") or not _OWN_SPAN_AFTER.match(sentence, w.end()):
            continue
        if any(f.start <= w.start("count" if w.group("count") else "half") < f.end for f in out):
            continue
        at = w.start("qual") if w.group("qual") else w.start("count") if w.group("count") else w.start("half")
        value = round(_FRACTION_PARTS[part.rstrip("s")] * count, 1)
        out.append(Figure(at, w.end(), value, -1, _qualifier(w.group("qual")), "noun", w.start(), w.end(), worded=True))
    for c in _CUT_IN_HALF.finditer(sentence):  # "its shares were cut in half": a fall of 50%, as "halved"
        q = qual_end.search(sentence[max(0, c.start() - 40): c.start()])
        start = c.start() - (len(sentence[max(0, c.start() - 40): c.start()]) - q.start()) if q else c.start()
        out.append(Figure(start, c.end(), 50.0, -1, _qualifier(q.group("qual") if q else None), "verb", start, c.end(),
                          worded=True))
    for h in _HALVED.finditer(sentence):
        if _ARTICLE_END.search(sentence[: h.start()]):
            continue
        q = qual_end.search(sentence[max(0, h.start() - 40): h.start()])
        start = h.start() - (len(sentence[max(0, h.start() - 40): h.start()]) - q.start()) if q else h.start()
        out.append(Figure(start, h.end(), 50.0, -1, _qualifier(q.group("qual") if q else None), "verb", start, h.end(),
                          worded=True))
    return sorted(out, key=lambda f: f.start)
