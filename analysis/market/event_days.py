"""The day of an event a move's span runs from, when the article dated it earlier ("... last Tuesday's outage ...
Shares are down 12% since the outage"; "The ship grounded on 13 October. ... fallen 14% since the grounding").

A span "since the <event>" (or a level "before the <event>") that names no day of its own reads as a span from the
day the article's earlier text gave that same event noun: a date before it ("the Oct. 6 decision", "the 13 October
grounding"), a weekday's possessive ("last Tuesday's outage"), a date after it ("the outage on March 12"), or, for a
noun in "-ing", its verb with a date ("grounded in the strait on 13 October"). The window is rewritten as if the
writer had dated the event there, so that :func:`analysis.market.periods.read_period` reads it as it reads "since the
March 12 outage".
"""

from __future__ import annotations

import re

from .figures import MONTH

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE = (r"(?:(?P<m>" + MONTH + r")\.?\s+(?P<d>\d{1,2})|(?P<d0>\d{1,2})\s+(?P<m0>" + MONTH + r"))(?:st|nd|rd|th)?")
#: An undated event after "since" or a level's "before" ("since the outage", "since the rate decision", "before the
#: grounding"): one modifier at most, the noun not followed by a date of its own.
_UNDATED = re.compile(r"\b(?P<cue>since|before|prior\s+to)\s+the\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][a-z-]{3,})\b"
                      r"(?!\s+(?:on|of|that|which|when)\b)(?!['’])")
#: Nouns of time and of the trading day: "since the close", "since the start" are no event of the story.
_NOT_EVENTS = frozenset("close closing open opening start beginning end bell session sessions day days week weeks month "
                        "months year years quarter quarters period time lows highs peak high low record".split())


def _mentions(noun: str) -> list[re.Pattern[str]]:
    mods = r"(?:[a-z][\w-]*\s+){0,2}"
    found = [
        re.compile(r"\b(?:the|its|their|[A-Z][\w&.-]*['’]s)\s+" + _DATE + r",?\s+" + mods + noun + r"\b"),
        re.compile(r"\b(?P<wd>(?:last\s+)?" + _WD + r")['’]s\s+" + mods + noun + r"\b"),
        re.compile(r"\b" + noun + r"\b[^.;%]{0,60}?\bon\s+(?:" + _DATE + r"|(?P<wd>(?:last\s+)?" + _WD + r"))\b"),
    ]
    if noun.endswith("ing") and len(noun) > 6:  # "grounding": "grounded ... on 13 October"
        stem = noun[:-3]
        found.append(re.compile(r"\b" + stem + r"e?d\b[^.;%]{0,60}?\bon\s+(?:" + _DATE + r"|(?P<wd>(?:last\s+)?" + _WD
                                + r"))\b"))
    return found


def _told_day(noun: str, before: str) -> str | None:
    """The words that date ``noun`` last in ``before`` ("Oct. 6", "13 October", "last Tuesday"), or None."""
    best: tuple[int, str] | None = None
    for pattern in _mentions(re.escape(noun)):
        for m in pattern.finditer(before):
            if m.groupdict().get("wd"):
                words = m.group("wd")
            elif m.group("m"):
                words = f"{m.group('m')} {m.group('d')}"
            else:
                words = f"{m.group('d0')} {m.group('m0')}"
            if best is None or m.start() > best[0]:
                best = (m.start(), words)
    return best[1] if best else None


#: The event told in the passive after its noun ("since the deal was announced", "since the strike was called"): the
#: verb the earlier text may date ("The merger, announced on 11 June, ...").
_PASSIVE = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?(?P<verb>[a-z]{3,}ed)\b"
                      r"(?!\s+(?:on|in|at|last|this|yesterday|earlier)\b)")


def _verb_day(verb: str, before: str) -> str | None:
    """The words that date ``verb`` last in ``before`` ("announced on 11 June" -> "11 June"), or None."""
    found = list(re.finditer(r"\b" + re.escape(verb) + r"\b[^.;%]{0,40}?\bon\s+(?:" + _DATE + r"|(?P<wd>(?:last\s+)?" + _WD
                             + r"))\b", before))
    if not found:
        return None
    m = found[-1]
    if m.group("wd"):
        return m.group("wd")
    return f"{m.group('m')} {m.group('d')}" if m.group("m") else f"{m.group('d0')} {m.group('m0')}"


def dated_event_window(window: str, before: str) -> str:
    """``window`` with an undated event after "since" / "before" dated as the article's earlier text (``before``)
    dated the same event noun, or the verb of its passive ("since the deal was announced" after "announced on 11
    June"), or ``window`` unchanged."""
    m = _UNDATED.search(window)
    if m is None or m.group("noun") in _NOT_EVENTS:
        return window
    passive = _PASSIVE.match(window, m.end("noun"))
    told = _verb_day(passive.group("verb"), before) if passive and passive.group("verb") in before else None
    if told is not None:
        if told.split()[-1].endswith("day") and m.group("cue") != "since":
            return window
        dated = f"{told}'s {m.group('noun')}" if told.split()[-1].endswith("day") else f"the {told} {m.group('noun')}"
        return window[: m.end("cue")] + " " + dated + " " * (passive.end() - m.end("noun")) + window[passive.end():]
    if m.group("noun").removesuffix("ing") not in before:
        return window
    day = _told_day(m.group("noun"), before)
    if day is None:
        return window
    weekday = day.split()[-1].endswith("day")
    if weekday and m.group("cue") != "since":
        return window  # ("before Tuesday's ..." would read as a span ending before that day)
    dated = f"{day}'s {m.group('noun')}" if weekday else f"the {day} {m.group('noun')}"
    return window[: m.end("cue")] + " " + dated + window[m.end("noun"):]
