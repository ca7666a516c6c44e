"""A document's dated expressions (:func:`timex_expressions`): its rows of the timex table, every DATE or TIME
resolved to a day, a week, a weekend or a month, and every expression anchored on another date or event ("three
days after X", "the weekend following X", "two weeks later"), which the TIMEX3 tagger dates
(:mod:`analysis.time.timex_anchored`); the readings below drop what is not an event's date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pandas as pd

from analysis.time.timex_calendar import interval
from analysis.time.timex_context import is_future, planned
from analysis.timeline.dated.model import (
    COMPARISON_SINCE,
    FIGURE_PERIOD,
    SearchedWithWords,
    TemporalExpression,
    basis_of,
    clause_around,
    kind_of,
    precision_of,
)
from analysis.timeline.dated.month_year import nearer_month_year
from analysis.timeline.dated.periods import (
    ago_today,
    anchored_precision,
    coming_span,
    exact_day,
    first_months,
    first_weeks,
    past_sessions,
    past_weeks,
    sessions_of_week,
    stated_shift,
    within_plan,
    working_week,
)
from analysis.timeline.dated.readings import (
    PART_OF_YEAR,
    STATED_YEAR,
    anaphor_of_a_period,
    contract_month,
    counterfactual,
    day_from_a_period,
    demand_season,
    ends_in_next_row,
    era_prefix,
    fiscal_year_ending,
    framed_months,
    heads_line,
    holiday_yardstick,
    in_index_name,
    in_law_name,
    indefinite_weekday,
    slot_weekday,
    line_dated,
    month_of_data,
    month_run_of_report,
    period_of_clause,
    period_possessive,
    plan_given_up,
    rejected_alternative,
    stated_coming_part,
    that_time_unplaced,
    year_of_accounts,
    year_of_security,
)
from analysis.timeline.dated.tense import (
    bound_count,
    counted_past_the_article,
    earlier_this_year_act,
    event_from_day,
    past_action,
    past_anaphor,
    season_act,
    session_part,
)


#: A month, a year, a quarter or a half: the periods whose end, after a bound, is a deadline on their last day.
_BOUNDED_VALUE = re.compile(r"^\d{4}(?:-\d\d|-[QH]\d)?$")


#: The end of a month, a year, a quarter or a half ("the end of the month", "end-September", "the end of 2033") after a
#: word that makes it a bound: the period's last day ("by the end of June", "to name a chair before end-September",
#: "to settle the claim by the end of the year"), as TIMEX3 readers of a
#: deadline take it (the stretch of its last days would put the deadline before its day).
_END_OF = re.compile(r"^(?:the\s+)?(?:very\s+)?end(?:\s+of\s+|-)", re.IGNORECASE)


_BOUND_BEFORE = re.compile(r"\b(?:by|before|until|till|through|ahead\s+of|no\s+later\s+than|not\s+later\s+than|"
                           r"(?:runs?|running|ran|lasts?|lasting|extends?|extending)\s+to)\s+"  # "a contract that runs to"
                           r"(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?$",  # "closed until at least the end of"
                           re.IGNORECASE)


#: "at" before the end of a period to come: "will leave at the end of the year", "whose contract expires at the end of
#: the year", "would step down at the end of March": an act set for the period's last day, as a deadline is.
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)


#: A bound and "the end of" before a period the tagger reads without them: "before the end of this quarter".
_BOUND_END_OF_BEFORE = re.compile(r"\b(?:by|before|until|till|through|ahead\s+of|no\s+later\s+than|not\s+later\s+than)\s+"
                                  r"(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?(?:the\s+)?(?:very\s+)?end\s+of\s+$", re.IGNORECASE)


#: A part of a year this many days long or shorter is placed as a range ("by the end of the year").
PART_OF_YEAR_DAYS = 92


#: A quarter or half as an adjective names the period of a report, never the date of its event ("will report
#: third-quarter results on October 29", "fiscal fourth-quarter results").
#: "Be to" and a verb in the clause before a date: a plan ("Keel was to open the plant in the fourth quarter",
#: "the mill is to close in the first half"), as "was due to" is.
_BE_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:also|still|originally|initially|first|then|now)\s+)?to\s+"
                    r"(?!blame\b)[a-z]{3,}\b[^.;:!?\n]{0,80}$", re.IGNORECASE)


#: A season of a year, placed as its three months ("the spring of 2019": March to May) when past or planned.
#: A decade ("199"), and one written out ("the 1990s", "the early 1970s"; not "a decade ago" or "the last decade").
_DECADE_VALUE = re.compile(r"^\d{3}$")


_DECADE_NAMED = re.compile(r"\b(?:1[89]|20)\d0s\b")


#: Before a decade: a preposition placing something in it or starting a span at it; after it: no noun or "-era" it
#: modifies, no second decade ("in the 1960s and '70s", a run of decades).
_PLACED_IN_DECADE = re.compile(r"\b(?:in|since|during|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


_DECADE_MODIFIES = re.compile(r"(?:-|\s+[a-z]|\s+(?:and|or|to)\s+(?:the\s+)?['’\d])", re.IGNORECASE)


_SEASON_VALUE = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")


#: Only a season with its year or a word that fixes it ("summer demand" names no particular summer).
_SEASON_NAMED = re.compile(r"\d{4}|\b(?:last|next|this|coming)\b", re.IGNORECASE)


#: "next spring", "the coming winter": a season named as the one ahead.
_COMING_SEASON = re.compile(r"(?:the\s+)?(?:next|coming)\s+", re.IGNORECASE)


#: A preposition placing a plan in a season named without its year ("will reopen in the summer", "by the autumn"):
#: the coming one. Not a season as a modifier ("summer demand") nor one told of the past.
_SEASON_PLACED = re.compile(r"\b(?:in|by|over|during|until|before|through)\s+$", re.IGNORECASE)


#: "in", "over" or "during" right before a season named without its year ("over the summer").
_SEASON_OVER = re.compile(r"\b(?:in|over|during)\s+$", re.IGNORECASE)


#: A season named by its word alone ("the summer", "the early summer"), no year in words or digits.
_BARE_SEASON = re.compile(r"(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)", re.IGNORECASE)


_PERIOD_ADJECTIVE = re.compile(r"-(?:quarter|half)$", re.IGNORECASE)
#: "hour" after a half or a quarter: "the first half hour of trading", "the last quarter hour".
_HOUR_AFTER = re.compile(r"[\s-]+hours?\b", re.IGNORECASE)


#: A preposition placing what a clause tells in a past quarter or half ("in the third quarter", "during the first
#: half", "over the second quarter of 2024"); not "for" (the period a report covers: "results for the quarter").
_PLACED_IN_PERIOD = re.compile(r"\b(?:in|during|over|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
#: A quarter or half as the adjective of a figure's noun, the figure's change told in its clause: "Third-quarter sales fell
#: 4%" (the noun the subject of a change with its figure), "would reduce first-quarter sales by 55 million crowns" (the
#: object of a change by a figure). The figure tells what happens over that period, as "sales fell 4% in the third
#: quarter" does; not "will report third-quarter results on October 29" nor "its fourth-quarter revenue forecast" (no
#: figure of the period), nor "third-quarter volumes would come in below expectations" (no figure).
_FIGURE_NOUN = (r"\s+(?:(?:organic|net|operating|underlying|comparable|core|adjusted|pretax|pre-tax|gross|total|group|"
                r"like-for-like)\s+){0,2}(?:sales|revenues?|profits?|earnings|output|deliveries|volumes|shipments|"
                r"loss(?:es)?|income|orders|bookings|production)")
_PERIOD_FIGURE_SUBJECT = re.compile(_FIGURE_NOUN + r"\s+(?:(?:have|has|had)\s+)?(?:rose|fell|dropped|declined|"
                                    r"slipped|slid|climbed|jumped|increased|decreased|grew|shrank|plunged|tumbled|gained|"
                                    r"surged|sank)\b[^,;:.!?\n]{0,30}?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|"
                                    r"million\b|billion\b)", re.IGNORECASE)
_PERIOD_FIGURE_OBJECT = re.compile(_FIGURE_NOUN + r"\s+by\s+(?:(?:about|around|roughly|some|up\s+to|as\s+much\s+as)\s+)?"
                                   r"[$€£¥]?\d", re.IGNORECASE)
_CHANGE_BY_BEFORE = re.compile(r"\b(?:reduce|reduces|reduced|cut|cuts|lower|lowers|lowered|lift|lifts|lifted|boost|boosts|"
                               r"boosted|raise|raises|raised|increase|increases|increased|trim|trims|trimmed|shave|shaves|"
                               r"shaved|hit|hits|dent|dents|dented)\s+(?:(?:its|their|the)\s+)?$", re.IGNORECASE)
#: A quarter or a half named from the article's, an adverb without a preposition: "the order book grew 14% last quarter".
_DEICTIC_PERIOD = re.compile(r"^(?:last|this)\s+(?:quarter|half)$", re.IGNORECASE)


#: A figure the clause reports: a percentage or an amount ("fell 12%", "$8 million", "335 million euros"), also in the
#: Indian notation ("Rs 850 crore", "₹40 lakh", "INR 1,200").
_REPORTED_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:%|percent\b|per\s*cent\b|(?:million|billion|trillion|bn|crore|lakhs?)\b)"
                               r"|[$€£¥₹]\s?\d|\b(?:Rs\.?|INR)\s?\d", re.IGNORECASE)


#: The relation word of an anchored duration, shown with it on the timeline ("Days after", "Two weeks later").
_RELATION = re.compile(r"\s+(?:after|following|before|later|earlier|afterwards?)\b", re.IGNORECASE)
#: After a count, the event it runs from named by a noun: "in the two sessions after the accident", "three days
#: following its announcement".
_AFTER_NAMED_EVENT = re.compile(r"\s+(?:after|following|before)\s+(?:the|its|their|this|that)\s+(?P<noun>[a-z]{4,})\b",
                                re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")
#: Between the event a count runs from and a later date of the sentence, another act: "before recovering 2.5% on
#: Friday", ", then rose 3% on Monday", "and rebounded on Friday".
_LATER_ACT = re.compile(r"\b(?:before|after|then|and|but|until|while)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|ing)\b")
_PLURAL = re.compile(r"[^su]s$")
#: A date that names the noun after it: "at 1 January 2031 renewals", "the 2029 law" (not a function word after it:
#: "met on March 4 to discuss", "fell 7% on Monday after").
_NAMES_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|for|with|when|after|before|as|the|a|an|of|by|from|until|"
                               r"while|that|which|who|amid|despite|than|its|their|his|her)\b)(?P<noun>[a-z][a-z-]{2,})\b")


def _event_elsewhere(text: str, start: int, ref: int, ref_end: int) -> bool:
    """Whether the count at ``start`` runs from an event it names by a singular noun ("slid 13.7% in the two sessions
    after the accident") while the date it was read against (``ref``..``ref_end``) stands in an earlier sentence as the
    date of a plural noun ("Premiums rose 12% at 1 January 2031 renewals. [...] The shares, which slid 13.7% in the two
    sessions after the accident"): the renewals' date, no day of the accident (a noun sharing the event's first five
    letters is the event's: "the 2031 recalls ... the days after the recall")."""
    m = _AFTER_NAMED_EVENT.match(text, start)
    if m is not None and ref >= m.end() and _LATER_ACT.search(text, m.end(), ref) \
            and not _SENTENCE_END.search(text, m.end(), ref):
        return True  # "lost 17.1% in the three sessions after the accident before recovering 2.5% on Friday": Friday's
        # is the later act's day, not the accident's
    if m is None or ref >= start or not _SENTENCE_END.search(text, ref_end, start):
        return False  # (a date of the count's own sentence is read there: "on July 15 ... in the two days after the accident")
    named = _NAMES_NOUN_AFTER.match(text, ref_end)
    if named is None:
        return False
    noun, event = named.group("noun").lower(), m.group("noun").lower()
    # a plural ("renewals", "elections") is a set of things, none of which "the accident" names back; a singular noun
    # may be the event's other name ("the Oct. 23 slaying ... in the weeks before the shooting")
    return _PLURAL.search(noun) is not None and _PLURAL.search(event) is None and noun[:5] != event[:5]


#: "earlier this year", "earlier in the year": the current year up to the article's date.
_EARLIER_THIS_YEAR = re.compile(r"earlier\s+(?:this|in\s+the)\s+year", re.IGNORECASE)


#: "late last year", "early this year": a part of a year named relative to the article's (the tagger reads the
#: whole year; "late 2024" it reads as its last quarter, "mid-2024" as May to August).
_PART_OF_RELATIVE_YEAR = re.compile(r"^(early|mid|late)[\s-]+(?:last|this|next|the\s+(?:previous|following))\s+year$",
                                    re.IGNORECASE)


#: "mid-2027", "mid 2027", "the middle of 2027", "mid-next year": the middle of a year.
_MIDDLE_OF_YEAR = re.compile(r"(?:the\s+)?mid(?:dle)?(?:[\s-]+|\s+of\s+)", re.IGNORECASE)


_YEAR_PARTS = {"ear": ((1, 1), (3, 31)), "mid": ((5, 1), (8, 31)), "lat": ((10, 1), (12, 31))}


#: A coming event called off, right before its date: "removing the threat of a second strike next week", "averting a
#: walkout planned for Monday", "lifted the risk of a shutdown in May". The date is of what will no longer happen.
_AVERTED = re.compile(r"\b(?:(?:remov|lift|end|eas)(?:e|es|ed|ing)\s+(?:the|any)\s+(?:threat|risk|prospect|spectre|specter)"
                      r"\s+of|avert(?:s|ed|ing)?|head(?:s|ed|ing)?\s+off|call(?:s|ed|ing)?\s+off)\s+(?:a|an|the|its|their)?"
                      r"\s*(?:[\w'’-]+\s+){0,3}?(?:(?:planned|scheduled|set|due)\s+)?(?:for\s+|on\s+|in\s+)?$", re.IGNORECASE)


_AVERTED_SEARCHED = SearchedWithWords(_AVERTED, ("threat", "risk", "prospect", "spect", "avert", "off"))


def _told_from_a_slot(r: Any, text: str, rows: list[Any]) -> bool:
    """Whether the tagger read the timex row ``r`` ("the day after") from the last day stated before it, and that day
    is a weekday naming a weekly slot (:func:`slot_weekday`: "kept its Saturday package ... slid 1.7% on the day after
    the announcement"): no day the story told."""
    anchor = str(r.anchor)
    if not anchor.startswith("text "):
        return False
    told = [x for x in rows if int(x.clean_end) <= int(r.clean_start) and str(x.value)[:10] == anchor[5:15]]
    return bool(told) and slot_weekday(text, int(told[-1].clean_end), str(told[-1].text))


def _other_date_in_sentence(text: str, start: int, end: int, rows: list[Any]) -> bool:
    """Whether the sentence around ``start:end`` holds another date ("Orvane said on Monday its third-quarter sales fell
    12%": the day the figure was told is the event, as with "in the third quarter")."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    stop = re.search(r"[.!?](?:\s|$)|\n", text[end:])
    right = end + stop.start() if stop else len(text)
    # (a bare year naming a noun is no day the figure was told: "kept its reduced 2015 harvest forecast and said the
    # treatment would reduce second-quarter operating profit by 140 million crowns")
    return any(left <= int(o.clean_start) < right and not (int(o.clean_start) == start) and o.type in ("DATE", "TIME")
               and not (str(o.text).isdigit() and _NAMES_NOUN_AFTER.match(text, int(o.clean_end)))
               for o in rows)


#: "the day after", "the week before": a day counted from an event it names, in apposition after a date.
_RESTATED_DAY = re.compile(r"^(?:the\s+)?(?:day|week)\s+(?:after|before)$", re.IGNORECASE)
#: Right before it, a date and a comma: "on 27-10-2016, ", "on Oct. 27, ", "on Thursday, " (the appositive describes
#: that date from the other event; it is no day counted from an earlier date of the text).
_DATE_AND_COMMA_BEFORE = re.compile(r"(?:\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,\s*$", re.IGNORECASE)


def timex_expressions(text: str, rows: list[Any], dct: date | None) -> list[TemporalExpression]:
    """The dated timexes of one document (its rows of :func:`analysis.timeline.timexes.timex_mentions` as named
    tuples, ``text`` its cleaned text) as timeline expressions."""
    out = []
    rows = framed_months(text, rows)
    by_start = {int(r.clean_start): r for r in rows}
    covered = -1  # the end of the last span built from a duration and the year after it
    for r in rows:
        if that_time_unplaced(r):
            continue  # "That morning, in the last week of April, ...": a time of the story, no day of writing
        r = nearer_month_year(r, text, dct)  # "the Fed's July meeting" in an August report: last July, not the next
        ahead = (coming_span(r, dct, text) or within_plan(r, text, dct) or first_months(r, text, dct)
                 or first_weeks(r, text, rows, dct)
                 or past_sessions(r, text, dct, rows)
                 or past_weeks(r, text, dct) or stated_shift(r, text, rows, dct) or session_part(r, text, dct, rows)
                 or event_from_day(r, text, rows, dct) or past_anaphor(r, text, rows, dct)
                 or fiscal_year_ending(r, text, dct) or day_from_a_period(r, text, rows, dct))
        if ahead is not None:
            out.append(ahead)
            covered = max(covered, ahead.end)
            continue
        if ends_in_next_row(r, text, by_start):
            continue
        if _RESTATED_DAY.match(str(r.text)) and _DATE_AND_COMMA_BEFORE.search(text, max(0, int(r.clean_start) - 40),
                                                                          int(r.clean_start)):
            continue  # "a meeting on 27-10-2016, the day after Norder's results": the date before, told again
        if counted_past_the_article(r, text, int(r.clean_start), dct):
            continue  # "The job cuts come a day after X said ...": not a day after an earlier sentence's plan
        if r.date_start is None or pd.isna(r.date_start) or r.suspect or r.type == "SET" or int(r.clean_end) <= covered:
            continue  # "2030" of "the last four months of 2030" is part of that span
        if r.type in ("DATE", "TIME") and counterfactual(text, int(r.clean_start)):
            continue  # "a change that should have waited for Monday": what did not happen has no date
        if r.type in ("DATE", "TIME") and dct is not None and r.date_start is not None and not pd.isna(r.date_start) \
                and r.date_start > dct and _AVERTED_SEARCHED.search(text, max(0, int(r.clean_start) - 90), int(r.clean_start)):
            continue  # "removing the threat of a second strike next week": what will no longer happen has no date
        if r.type in ("DATE", "TIME"):
            given_up, moved = plan_given_up(text, int(r.clean_start), int(r.clean_end))
            if given_up and (moved is None or precision_of(str(r.value)) != "day"):
                continue  # "The announcement, first scheduled for Tuesday, was delayed": the day given up, no event's
            if given_up and moved is not None:
                # "a hearing that had first been set for Wednesday and was pushed back by a day": the day it moved to
                first = r.date_start + timedelta(days=moved)
                r = r._replace(value=first.isoformat(), date_start=first, date_end=first)
        if indefinite_weekday(text, int(r.clean_start), int(r.clean_end), str(r.text)):
            continue  # "pushed a change on a Saturday that should have waited": some Saturday, no date
        if slot_weekday(text, int(r.clean_end), str(r.text)) or _told_from_a_slot(r, text, rows):
            continue  # "carries the league's national Saturday package": a weekly slot, no day (nor a day after it)
        if anaphor_of_a_period(r, text, rows) is not None:
            continue  # "the 2023 outage ... a decline the next day": no day after a year
        if r.type in ("DATE", "TIME") and rejected_alternative(text, int(r.clean_start)):
            continue  # "commercial service will start in the second quarter of 2029, not 2028": 2028 dates nothing
        if era_prefix(text, int(r.clean_start)):
            continue  # "energy costs remain above pre-2022 levels": an era before the year, no event in it
        if in_index_name(text, int(r.clean_start), int(r.clean_end)):
            continue  # "The Russell 2000 fell 0.2%": the number of an index's name, no year
        if in_law_name(text, int(r.clean_start), int(r.clean_end)):
            continue  # "a call-in notice under the National Security and Investment Act 2021": a law's name, no date
        if year_of_security(text, int(r.clean_start), int(r.clean_end)):
            continue  # "would skip a coupon on its 2028 notes": a bond named by its maturity, no date of an event
        if year_of_accounts(text, int(r.clean_start), int(r.clean_end)):
            continue  # "publishes its audited 2029 results": the period the accounts cover, no date of an event
        if contract_month(text, int(r.clean_start), int(r.clean_end)):
            continue  # "June WTI ended 4% up", "Brent crude for June slipped": the contract's month, no event's date
        if month_of_data(text, int(r.clean_start), int(r.clean_end)):
            continue  # "would announce November prices on Friday": the month the prices cover, no date of an event
        if month_run_of_report(text, int(r.clean_start), int(r.clean_end)):
            continue  # "will file its delayed July-September results by Nov. 14": the period the results cover
        if period_of_clause(text, int(r.clean_start), int(r.clean_end)):
            continue  # "booked the fees in the quarter a contract was signed": any such quarter, no date of an event
        if period_possessive(text, int(r.clean_start), int(r.clean_end)):
            continue  # "around 2% of the quarter's sales": the period of a figure, named back, no date of an event
        value, start, end = str(r.value), int(r.clean_start), int(r.clean_end)
        ref = None if r.ref_start is None or pd.isna(r.ref_start) else int(r.ref_start)
        if ref is not None and r.type == "DURATION" and bound_count(r, text):
            continue  # "begins less than four weeks before Black Friday": a bound, no date of the event
        if ref is not None:
            x = by_start.get(ref)
            expression = str(r.text)
            if r.type == "DURATION":
                rel = _RELATION.match(text, end)
                if x is not None and _event_elsewhere(text, end, ref, int(x.clean_end)):
                    continue  # "slid 13.7% in the two sessions after the accident", read from another event's date
                if rel:
                    end = rel.end()
                    expression = text[start:end]
            x_text = str(x.text) if x is not None else ""
            basis = f"{expression.lower()} {x_text!r} ({r.anchor.removeprefix('text ')})"
            first, last = exact_day(r, text, r.date_start, r.date_end)
            out.append(TemporalExpression(expression, start, end, first, last,
                                          anchored_precision(value, first, last), "after_event",
                                          basis, dct, ref))
            continue
        if r.type not in ("DATE", "TIME"):
            continue
        if holiday_yardstick(text, start, end):
            continue  # "ended higher on Friday ahead of the Memorial Day holiday": no event on the holiday
        if demand_season(text, start, end):
            continue  # "cancelled Easter trips", "bookings for the Christmas period": a season of demand, no event
        if PART_OF_YEAR.match(value) and _HOUR_AFTER.match(text, end):
            continue  # "dropped 14.8% in the first half hour of trading": half an hour, no half of a year
        precision = precision_of(value)
        figure_period = False
        if (precision is None and PART_OF_YEAR.match(value) and dct is not None and r.date_end >= dct
                and not _PERIOD_ADJECTIVE.search(str(r.text))
                and (planned(text, start, end) or heads_line(text, start, end) or _BE_TO.search(text, max(0, start - 120), start)
                     or stated_coming_part(text, start, str(r.text), r.date_start, dct))):
            # a coming quarter or half is a plan ("expected to close in the second quarter"), and so is one heading
            # a line of a list of what is to come ("Q1 2032: court ruling on the patent due"), as a month heading one is
            precision = "range"
        if (precision is None and PART_OF_YEAR.match(value) and _PERIOD_ADJECTIVE.search(str(r.text))
                and (_PERIOD_FIGURE_SUBJECT.match(text, end)
                     or (_PERIOD_FIGURE_OBJECT.match(text, end) and _CHANGE_BY_BEFORE.search(text, max(0, start - 30), start)))
                and not _other_date_in_sentence(text, start, end, rows)):
            precision, figure_period = "range", True  # "Third-quarter sales fell 4%", "would reduce first-quarter sales by 55
            # million": the period of its figure
        if (precision is None and PART_OF_YEAR.match(value) and dct is not None and r.date_end < dct
                and not _PERIOD_ADJECTIVE.search(str(r.text)) and past_action(text, start, end)):
            precision = "range"  # "sold its ferry arm in the third quarter": a past act in a quarter, no figure of it
        if (precision is None and PART_OF_YEAR.match(value) and dct is not None and r.date_end < dct
                and STATED_YEAR.search(str(r.text)) and heads_line(text, start, end) and not line_dated(text, end, rows)):
            precision = "range"  # "Q3 2027 - The mill restarts" in a chronology: the line's event, as a coming one is
        if (precision is None and PART_OF_YEAR.match(value) and dct is not None and r.date_end < dct
                and COMPARISON_SINCE.search(text, max(0, start - 90), start)):
            precision = "range"  # "its weakest session since the second quarter of 2026": a comparison's yardstick
        if (precision is None and PART_OF_YEAR.match(value) and dct is not None and r.date_end < dct
                and not _PERIOD_ADJECTIVE.search(str(r.text))
                and (_PLACED_IN_PERIOD.search(text, max(0, start - 12), start) or _DEICTIC_PERIOD.match(str(r.text)))
                and _REPORTED_FIGURE.search(clause_around(text, start, end))):
            # "sales fell 12% in the third quarter", "burned 74 million in the first half", "grew 14% last quarter": what
            # the figure tells happened over that period, placed on it (a product decision: see docs/what_counts.md)
            precision, figure_period = "range", True
        if precision is None and _DECADE_VALUE.match(value) and dct is not None and r.date_end is not None \
                and r.date_end < dct and _DECADE_NAMED.search(str(r.text)) \
                and _PLACED_IN_DECADE.search(text, max(0, start - 12), start) and not _DECADE_MODIFIES.match(text, end):
            precision = "range"  # "the tannery shut in the 1980s", "has farmed here since the 1960s": a past decade
        if precision is None and _SEASON_VALUE.match(value) and dct is not None and r.date_start is not None \
                and _SEASON_NAMED.search(str(r.text)) \
                and ((r.date_end < dct and not is_future(text, start, end))
                     or (r.date_start > dct and (planned(text, start, end) or _COMING_SEASON.match(str(r.text))))):
            # "in the spring of 2019" (a past season), "due to open in autumn 2030" (a plan), "we launch in the UK next
            # spring" (the word itself says it is ahead, whatever the tense)
            precision = "range"
        if precision is None and _SEASON_VALUE.match(value) and dct is not None and r.date_end is not None \
                and r.date_end < dct and not _SEASON_NAMED.search(str(r.text)) \
                and _BARE_SEASON.fullmatch(str(r.text).strip()) and _SEASON_OVER.search(text, max(0, start - 12), start) \
                and season_act(text, start, end):
            precision = "range"  # "Over the summer, rivals offered deeper discounts": a past act in the season just gone
        if precision is None and _SEASON_VALUE.match(value) and dct is not None and r.date_start is not None \
                and r.date_start > dct and _SEASON_PLACED.search(text, max(0, start - 12), start) \
                and planned(text, start, end):
            precision = "range"  # "will resume flights in the summer", "to open by the autumn": the coming season
        if (precision == "year" and dct is not None and re.fullmatch(r"\d{4}", value) and r.date_start is not None
                and r.date_start.year == dct.year and _EARLIER_THIS_YEAR.fullmatch(str(r.text).strip())
                and earlier_this_year_act(text, start, end)):
            # "the board earlier this year adopted a rights plan": a past act in the year so far (the tagger's span, up
            # to the day before the article's), placed on it
            precision = "range"
        if precision is None:
            continue
        part = _PART_OF_RELATIVE_YEAR.match(str(r.text))
        if precision == "year" and part and (r.date_start.month, r.date_end.month) == (1, 12):
            # "late last year" as "late 2025": the part of the year the tagger gives a stated year
            (m0, d0), (m1, d1) = _YEAR_PARTS[part.group(1).lower()[:3]]
            r = r._replace(date_start=date(r.date_start.year, m0, d0), date_end=date(r.date_start.year, m1, d1))
        if precision == "year" and (r.date_end - r.date_start).days <= PART_OF_YEAR_DAYS:
            precision = "range"  # "the end of the year": its last quarter ("earlier this year" stays a year)
        if precision == "year" and dct is not None and r.date_end >= dct and _MIDDLE_OF_YEAR.match(str(r.text)) \
                and (r.date_end - r.date_start).days < 364:
            # "possible from mid-2025", "will reopen in mid-2027": the middle of the year (May to August), placed as
            # its start and end are ("early 2025"); a past one stays its year's, as the timeline reads a past year
            precision = "range"
        if precision in ("day", "month") and (r.date_start, r.date_end) != interval(value[:10]):
            precision = "range"  # "March 18-19", "late December", "earlier this month": a part or a run of days
        first, last = r.date_start, r.date_end
        if precision == "week" and (first, last) == interval(value):
            first, last = working_week(first, dct, is_future(text, start, end))
            sessions = sessions_of_week(text, start, first, last)
            if sessions is not None:  # "lost 9.8% in the first three sessions of last week": those days
                (first, last), precision = sessions, "range"
        basis = basis_of(str(r.anchor), value) + (f"; {FIGURE_PERIOD}" if figure_period else "")
        if first != last and _BOUNDED_VALUE.match(value) and (
                (_END_OF.match(str(r.text)) and _BOUND_BEFORE.search(text, max(0, start - 24), start))
                or _BOUND_END_OF_BEFORE.search(text, max(0, start - 40), start)
                or (_END_OF.match(str(r.text)) and _AT_BEFORE.search(text, max(0, start - 8), start)
                    and dct is not None and last is not None and last >= dct and is_future(text, start, end))):
            # "expects a ruling before the end of the month", "before end-September", "to settle the claim by the end of
            # the year", "the lease lasts until the end of 2033", "before the end of this quarter": a bound on its last day;
            # "will leave at the end of the year": an act set for that day
            first, precision, basis = last, "day", f"{basis}; the last day, a deadline"
        expression = str(r.text)
        months = _MONTHS_ENDED.search(text, max(0, start - 60), start) if precision == "day" and dct is not None \
            and last is not None and last < dct else None
        if months is not None and _REPORTED_FIGURE.search(clause_around(text, start, end)):
            # "revenue rose 212% to $486 million in the six months ended June 30": the figure's period, placed on it
            # as a past half or quarter with its figure is
            # ("rose 48% to 612 cents in the year to Dec. 31, 2018": its twelve months)
            n = months.group("n")
            count = 12 if n is None else _MONTH_COUNTS.get(n.lower()) or int(n)
            after = last + timedelta(days=1)  # type: ignore[operator]
            y, m = after.year, after.month - count
            while m <= 0:
                y, m = y - 1, m + 12
            first, precision = date(y, m, min(after.day, 28)), "range"
            start, expression = months.start("period"), text[months.start("period") : end]
            basis = f"{basis}; the {count} months up to it"
        out.append(TemporalExpression(
            expression, start, end, first, last, precision,  # type: ignore[arg-type]
            kind_of(value, str(r.anchor)), basis, dct,
        ))
    return ago_today(out, text)


#: A run of months up to a past day, as results are reported: "in the six months ended June 30", "during the nine months
#: to Sept. 30" (not "for the six months ended", the period a report covers).
#: A year told as gone by: "in the year to Dec. 31, 2018", "in the year ended March 31" (not "the year ending June 30",
#: the year a forecast is made for).
_MONTHS_ENDED = re.compile(r"\b(?:in|during|over)\s+(?P<period>the\s+(?:(?P<n>three|six|nine|twelve|\d{1,2})\s+months\s+"
                           r"(?:ended|ending|to|through)|(?:financial\s+|fiscal\s+|full\s+)?year\s+(?:ended|to))\s+"
                           r"(?:on\s+)?)$", re.IGNORECASE)
_MONTH_COUNTS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
