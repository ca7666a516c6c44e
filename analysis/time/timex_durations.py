"""Normalisation of durations ("three days", "two-year", "for years"), sets ("every week", "daily",
"$5 a week") and vague references ("now", "recently", "the future") for :mod:`analysis.time.timex`."""

from __future__ import annotations

import re

from .timex_context import LEX, POD, SEASONS, TIME_UNITS, UNITS, Candidate, Context, Resolved, g, low, month_no
from .timex_patterns import number_value

_LAST_WORD = re.compile(r"\S+$")
_OF_AFTER = re.compile(r"\s+of\b")
#: A hyphen joining an amount to "a"/"an" + unit: "$400-million-a-year", "$12-an-hour".
_RATE_HYPHEN = re.compile(r"-(?:a|an)-", re.IGNORECASE)
#: A modal or "to" right before "one day": the indefinite day to come ("will one day be", "hopes to one day run").
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|to)\s+$", re.IGNORECASE)
_LEAD_IN = re.compile(r"(?i:in)\s+(?=\S)")
#: An amount or a count of time units right before "a"/"an" + unit: a rate ("$2 million a year", "358,000 a month",
#: "$15 an hour", "24 hours a day", "5% a year"), which the TempEval-3 gold leaves unmarked in most documents (5 of 8 in
#: the tune split); a frequency ("twice a week", "three times a year") stays a SET.
_AMOUNT_BEFORE = re.compile(r"(?:[\d%]|\b(?i:percent|per\s+cent|thousand|million|billion|trillion|bn|mn|dollars?|cents?|"
                            r"euros?|pounds?|pence|yen|yuan|rupees?|francs?|each|apiece|hours|days|weeks|months|years))\s+$")
_A_UNIT = re.compile(r"(?i:an?)\s+(?i:second|minute|hour|day|week|month|year)\b")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|these|those|this|its|their|our|his|her|up)\s+$")
_COUNT_AFTER = re.compile(r"\s+(?:\d|(?i:few|several|couple|many|dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)")
_THEN_BEFORE = re.compile(r"\b(?i:then)[\s-]$")
_CURRENT_NOT_TIME = re.compile(r"\s+(?i:account|affairs|events|president|chairman|law|rules|system)\b")
#: A first count of a range right before a duration's count ("two to three weeks", "the next 12 to 18 months",
#: "12-18 months", "two or three years", "between two and three weeks"): one stretch of an unstated number of units.
#: Not after "from" ("cut delivery from five to three days" is a change between two stretches).
_RANGE_BEFORE = re.compile(r"(?:\b(?P<det>the)\s+(?P<pre>past|last|next|first|coming|previous|following)\s+)?"
                           r"(?P<approx>(?:about|around|roughly|some)\s+)?"
                           r"(?<!\bfrom\s)(?<!\bFrom\s)\b(?P<low>\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:\s+(?:to|or|and)\s+|-)$", re.IGNORECASE)
_RANGE_PREP_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def unit_key(word: str) -> str:
    """The singular lexicon key of a unit word ("centuries" -> "century")."""
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    if w.startswith("millenni"):
        return "millennium"
    if w.endswith(("session", "sessions")):
        return "session"  # "trading sessions"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


_SMALLER = {"year": (12, "M"), "month": (30, "D"), "week": (7, "D"), "day": (24, "H"), "hour": (60, "M"),
            "minute": (60, "S")}


_YEARS_IN = {"decade": 10, "century": 100, "millennium": 1000}


def duration_value(n: float | None, unit: str) -> str:
    """A TIMEX3 duration value: ``n`` (None: unspecified, "X") units, fractions carried to the next unit."""
    if unit == "fortnight":  # no TIMEX3 unit of its own: two weeks
        return duration_value(None if n is None else n * 2, "week")
    if n is not None and unit in _YEARS_IN:  # "half a decade" P5Y, "a decade and a half" P15Y, "two centuries" P200Y
        years = n * _YEARS_IN[unit]
        return duration_value(float(round(years, 3)), "year")
    letter = UNITS[unit]
    if n is not None and n != int(n) and unit in _SMALLER:
        k, small = _SMALLER[unit]
        whole, part = int(n), round((n - int(n)) * k)
        head = f"{whole}{letter}" if whole else ""
        if unit in TIME_UNITS:
            return f"PT{head}{part}{small}"
        if unit == "day":
            return f"P{head}T{part}{small}"
        return f"P{head}{part}{small}"
    count = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit in TIME_UNITS:
        return f"PT{count}{letter}"
    if letter == "Q" and n is not None and n == int(n):
        return f"P{int(n) * 3}M"
    # an unspecified number of decades, centuries or millennia: TimeML's own unit letters E, C and L ("decades"
    # PXE, "centuries" PXC), the notation of the TempEval-3 gold ("about a decade" P1E, "centuries" PXC, "two
    # thousand years" P2L); a counted one in years, as the gold writes most ("two decades" P20Y)
    if letter == "DE":
        return f"P{count}0Y" if n is not None and n == int(n) and count != "X" else "PXE"
    if letter == "CE":
        return f"P{count}00Y" if count != "X" else "PXC"
    if letter == "ML":
        return f"P{count}000Y" if count != "X" else "PXL"
    return f"P{count}{letter}"


#: A comparative right after "a quarter": a fraction of an amount ("is going to cost a quarter more", "a quarter
#: lower than a year ago").
_COMPARATIVE_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|cheaper|dearer|bigger|smaller|larger|above|below)\b",
                                re.IGNORECASE)


def resolve_duration(c: Candidate, ctx: Context) -> Resolved | None:
    """N units / the past N (more) units / two-year (hyphenated) / for years (bare plural unit) / day-long / the
    first hours (an unspecified number of units)."""
    if g(c, "old"):
        return None
    unit = unit_key(g(c, "unit") or g(c, "unit2"))
    if unit not in UNITS:
        return None
    if c.kind == "firstunit":  # "the first hours of the war", "the early years": an unspecified stretch
        return Resolved(c.start, c.end, "DURATION", duration_value(None, unit))
    if c.kind == "longdur":  # "day-long" (one day), "decades-long" (an unspecified number of decades)
        return Resolved(c.start, c.end, "DURATION", duration_value(None if low(c, "unit").endswith("s") else 1, unit))
    if c.kind == "bareunit":
        m = _LAST_WORD.search(ctx.text[c.start:c.end])
        start = c.start + m.start() if m else c.start
        return Resolved(start, c.end, "DURATION", duration_value(None, unit))
    numw = g(c, "num")
    if unit == "second" and numw.lower() in ("a", "an"):
        return None
    if ctx.text[c.start:c.end].lower() == "one day" and _MODAL_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        # "Islam will one day be the second largest religion": some day to come, not a day long
        return Resolved(c.start, c.end, "DATE", "FUTURE_REF")
    if numw.lower() in ("a", "an") and _A_UNIT.match(ctx.text, c.start) \
            and _AMOUNT_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        return None  # a rate: "$15 an hour", "24 hours a day"
    if numw.lower() in ("a", "an") and _RATE_HYPHEN.match(ctx.text, max(0, c.start - 1)):
        # "a $400-million-a-year business", "$12-an-hour workers": a rate, the SET "a year"
        return Resolved(c.start, c.end, "SET", duration_value(1, unit))
    n = number_value(numw) if numw else 1.0
    if unit == "quarter" and (low(c, "unit").endswith("s") and "-" in ctx.text[c.start:c.end]
                              or n is not None and _OF_AFTER.match(ctx.text[c.end:c.end + 4])
                              or numw.lower() in ("a", "an") and _COMPARATIVE_AFTER.match(ctx.text, c.end)):
        # "three-quarters", "a quarter of the shares", "cost a quarter more": fractions ("several quarters of losses"
        # is not)
        return None
    if n is not None and (g(c, "half") or g(c, "half0")):
        n += 0.5  # "a year and a half", "two and a half years"
    if n is not None and g(c, "halfa") and numw.lower() in ("a", "an"):
        n = 0.5  # "half an hour", "half a day"
    start = c.start
    if low(c, "pre") == "last" and not g(c, "det") and _VERB_LAST_BEFORE.search(ctx.text, max(0, c.start - 16), c.start):
        # "the strike will last two weeks", "expected to last three days": the verb "last", outside the span
        start = c.start + len(g(c, "pre"))
        while ctx.text[start].isspace():
            start += 1
    rng = _RANGE_BEFORE.search(ctx.text, max(0, c.start - 40), c.start) \
        if c.kind == "duration" and not g(c, "det") and not g(c, "pre") and not g(c, "approx") else None
    if rng and number_value(g(c, "num")) is not None and number_value(rng.group("low")) is not None:
        lo_start = rng.start("approx") if rng.group("approx") else rng.start("low")
        conj = ctx.text[rng.end("low"):c.start].strip().lower()
        prep = _RANGE_PREP_BEFORE.search(ctx.text, max(0, lo_start - 10), lo_start)
        if number_value(rng.group("low")) < number_value(g(c, "num")) and not (prep and prep.group(0).lower().startswith("from")) \
                and (conj != "and" or prep):
            # "two to three weeks", "the next 12 to 18 months": one stretch, its number of units unstated (TimeML's X)
            return Resolved(rng.start() if rng.group("det") else lo_start, c.end, "DURATION", duration_value(None, unit))
    every = _EVERY_BEFORE.search(ctx.text, max(0, c.start - 16), c.start)
    if c.kind == "duration" and every and not g(c, "det") and "-" not in ctx.text[c.start:c.end]:
        # "every nine years", "once every two months", "every few weeks": a set of such stretches (TimeML SET)
        return Resolved(every.start(), c.end, "SET", duration_value(n, unit))
    hyphened = low(c, "det") == "the" and not g(c, "pre") and "-" in ctx.text[c.start:c.end].split(None, 1)[-1]
    if c.kind == "duration" and (low(c, "det") in ("a", "an") and numw.lower() not in ("a", "an", "few", "couple")
                                 or hyphened):  # "the 18-month inquiry": the adjective alone, as TimeML marks it
        start = c.start + len(g(c, "det")) + 1
        while ctx.text[start].isspace():
            start += 1
    return Resolved(start, c.end, "DURATION", duration_value(n, unit))


#: A modal, "to" or a negation right before "last": the verb ("will last two weeks", "did not last six months").
_VERB_LAST_BEFORE = re.compile(r"(?:\b(?:will|would|could|can|may|might|shall|should|must|to|not|never|did|does|do)|"
                               r"n['’]t|['’]ll)\s+$", re.IGNORECASE)
#: "every" right before a counted duration ("every nine years", "every 20 minutes"): the span starts there.
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)


#: Adverbs of frequency that are also nouns for a newspaper or magazine.
_PERIODICAL_WORDS = frozenset({"daily", "weekly", "monthly"})
#: What may stand before such a noun: an article, then capitalised words or a paper's usual modifiers ("the
#: ruling party daily", "the business daily", "a local weekly"), or those words alone ("Lisbon daily").
_PAPER_MODIFIER = (r"(?:[A-Z][\w'’.-]*|business|financial|economic|economics|news|local|regional|state|state-run|"
                   r"state-owned|official|national|leading|influential|popular|tabloid|party|government|"
                   r"pro-government|opposition|independent|conservative|liberal|left-leaning|right-leaning|"
                   r"morning|evening|newspaper)")
_PAPER_BEFORE = re.compile(rf"(?:\b(?:the|a|an)\s+(?:{_PAPER_MODIFIER}\s+){{0,3}}|(?<![.!?]\s)\b{_PAPER_MODIFIER}\s+)$")
#: After the noun: a capitalised title (not a weekday or month: "published weekly Monday to Friday"), a verb of
#: reporting ("the daily said") or a punctuation mark ("according to the Lisbon daily.").
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_PAPER_AFTER = re.compile(r"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|"
                          r"June|July|August|September|October|November|December)\b)[A-Z]|"
                          r"\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|added|carried|"
                          r"published|that)\b|\s*[,.;:)]")


#: A capitalised word right before (on the same line): "Daily", "Weekly" after it close a title ("Foundry Trade Weekly").
#: Set adverbs that open the names of papers and programmes ("Daily News", "Nightly News", "Weekly Standard"), written
#: capitalised before another capitalised word (not a weekday or a month: "Weekly Monday meetings" is rare, "published
#: Daily Monday to Friday" is not a name).
_NAME_OPENERS = frozenset({"daily", "weekly", "monthly", "nightly"})
_CAPITAL_WORD_AFTER = re.compile(r"[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|"
                                 r"June|July|August|September|October|November|December)\b)[A-Z][a-z]")
_TITLE_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])\b[A-Z][\w&'’-]*[ \t]+$")


def _is_periodical(text: str, start: int, end: int) -> bool:
    """Whether "daily"/"weekly"/"monthly" at ``text[start:end]`` is a newspaper or magazine (a noun): an article or a
    paper's modifier before it and a title, a reporting verb or a punctuation mark after it ("the ruling party
    daily Vorwaarts", "the business daily said", "reported by the Lisbon daily.")."""
    after = _PAPER_AFTER.match(text, end)
    if not after or not _PAPER_BEFORE.search(text, max(0, start - 80), start):
        return False
    # "the weekly GOP rankings": right after an article, a lowercase word before a name is still the adjective
    return not (text[start].islower() and after.group(0)[-1:].isupper()
                and _ARTICLE_BEFORE.search(text, max(0, start - 6), start))


#: "average daily volume", "its biggest weekly gain", "a third straight daily decline": the adverb measures a
#: figure per period (TimeML marks no set there).
_MEASURE_BEFORE = re.compile(r"\b(?:average|straight|consecutive|successive|biggest|largest|steepest|sharpest|"
                             r"smallest|worst|best|record|median|typical|mean)\s+$", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s+(?:volumes?|turnover|averages?|declines?|gains?|loss(?:es)?|drops?|falls?|rises?|"
                            r"advances?|moves?|swings?|limits?|percentage|closing|trading\s+volume)\b", re.IGNORECASE)


def resolve_set(c: Candidate, ctx: Context) -> Resolved | None:
    """every day / each July / daily / twice a week / $5 million a year."""
    if c.kind == "aunit" and _AMOUNT_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        return None  # a rate: "$2 million a year", "358,000 a month"
    if c.kind == "aunit":  # the candidate span is already just "a week" (the pattern's core group)
        return Resolved(c.start, c.end, "SET", duration_value(1, low(c, "unit")))
    adv = low(c, "adv")
    if adv:
        if adv in _PERIODICAL_WORDS and _is_periodical(ctx.text, c.start, c.end):
            return None  # "the business daily Harlow Courier", "the weekly said": a newspaper, not a set
        if adv in _PERIODICAL_WORDS and ctx.text[c.start].isupper() and _TITLE_WORD_BEFORE.search(ctx.text, max(0, c.start - 40), c.start):
            return None  # "Lisle Tools Weekly", "the Harbour Daily reported": a title's last word
        if adv in _NAME_OPENERS and ctx.text[c.start].isupper() and _CAPITAL_WORD_AFTER.match(ctx.text, c.end):
            return None  # "the Daily Show with ...", "NBC Nightly News", "a Daily News pullout": the first word of a name
        if adv in _PERIODICAL_WORDS and (_MEASURE_BEFORE.search(ctx.text, max(0, c.start - 24), c.start)
                                         or _MEASURE_AFTER.match(ctx.text, c.end)):
            return None  # "average daily volume", "a third straight daily decline": a measure per day, not a set
        value, typ = LEX["set_adverbs"][adv]
        return Resolved(c.start, c.end, typ, value)
    if g(c, "mon"):
        return Resolved(c.start, c.end, "SET", f"XXXX-{month_no(g(c, 'mon')):02d}")
    unit = low(c, "unit")
    if low(c, "every") == "per" and unit not in UNITS:
        return None
    if unit in POD:
        return Resolved(c.start, c.end, "SET", "XXXX-XX-XXT" + POD[unit])
    if unit in SEASONS:
        return Resolved(c.start, c.end, "SET", "XXXX-" + SEASONS[unit])
    if unit == "weekend":
        return Resolved(c.start, c.end, "SET", "XXXX-WXX-WE")
    every = 2 if g(c, "other") else 1  # "every other day": every second day, P2D
    return Resolved(c.start, c.end, "SET", f"P{every}Q" if unit == "quarter" else duration_value(every, unit))


#: "soon" tied to a clause about the future: a modal or an infinitive before it in its clause ("may soon sell",
#: "expects prices to soon rise", "will be ready soon") or right after it ("soon will open", "soon to open").
#: (no comma, "and" or "but" between: "told staff to go home, and the hall was soon empty" is another clause)
_SOON_CUE_BEFORE = re.compile(r"(?:\b(?:will|shall|may|might|could|would|to)\b|'ll\b)"
                              r"(?:(?!\b(?:and|but)\b)[^.,;:!?\n\"\u201c\u201d]){0,48}$", re.IGNORECASE)
_SOON_CUE_AFTER = re.compile(r"\s+(?:will|shall|may|might|could|would|to)\b", re.IGNORECASE)
#: "as soon as", "how soon", "too soon", "soon after the attack", "soon-to-be": a comparison or an anchored time.
_SOON_NOT_BEFORE = re.compile(r"\b(?:as|how|too|so)\s+$", re.IGNORECASE)
_SOON_NOT_AFTER = re.compile(r"-|\s+(?:after|afterwards?|thereafter|as|before)\b", re.IGNORECASE)


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _soon_ahead(text: str, start: int, end: int) -> bool:
    """Whether "soon" at ``start:end`` is TimeML's FUTURE_REF: in a clause about the future, not "as soon as" or
    "soon after X" (narrative "was soon released" is a past time, left untagged)."""
    if _SOON_NOT_BEFORE.search(text, max(0, start - 5), start) or _SOON_NOT_AFTER.match(text, end):
        return False
    return bool(_SOON_CUE_BEFORE.search(text, max(0, start - 60), start) or _SOON_CUE_AFTER.match(text, end))


def resolve_vague(c: Candidate, ctx: Context) -> Resolved | None:
    """now / currently / recently / the future / recent years: PRESENT_REF, PAST_REF or FUTURE_REF."""
    word = low(c, "v")
    value = LEX["vague_refs"].get(word)
    if value is None:
        return None
    if g(c, "v") == "Now" and ctx.text[c.end:c.end + 1] == ",":
        return None  # the discourse marker "Now, ..." opens an argument, not a time
    if word == "the future" and _OF_AFTER.match(ctx.text, c.end):
        return None  # "the future of the mill", "a vote on the future of our towns": a fate, not a time
    if word == "soon" and not _soon_ahead(ctx.text, c.start, c.end):
        return None
    if word == "current" and _CURRENT_NOT_TIME.match(ctx.text[c.end:c.end + 12]):
        return None
    if word == "current":
        then = _THEN_BEFORE.search(ctx.text, max(0, c.start - 6), c.start)
        if then:  # "the then-current price": current at a past time the text is at
            return Resolved(then.start(), c.end, "DATE", "PAST_REF")
    if word == "the past" and _COUNT_AFTER.match(ctx.text, c.end):
        return None  # "in the past three elections": an adjective before a count, not the past itself
    lead = _LEAD_IN.match(ctx.text, c.start)
    if lead:  # "in the coming days": the preposition is not part of the expression
        c = Candidate(c.kind, lead.end(), c.end, c.groups)
    units = low(c, "units")
    if word == "in the coming" and not units:
        return None  # "in the coming election": an adjective, not a time
    if word in ("coming", "future") and (not units or _DETERMINER_BEFORE.search(ctx.text, max(0, c.start - 8), c.start)):
        return None  # "coming months" alone is the future; "the coming months" is a stretch of them (another pattern)
    if word in ("coming", "future"):
        return Resolved(c.start, c.end, "DATE", value)  # "should widen in coming months", "weaker sales in coming quarters"
    if units and units != "years":
        # "recent weeks" / "the coming months": an unspecified number of those units.
        return Resolved(c.start, c.end, "DURATION", duration_value(None, unit_key(units)))
    return Resolved(c.start, c.end, "DATE", value)
