"""Which share moves the timeline places on their session, given the dates their own sentences carry.

A move's session comes from its sentence ("fell 17% on Monday") or, when the sentence names none, from the
article ("the article's session", else the publication day). That guess is wrong when the sentence dates itself
otherwise: "the offer came after last week's slide, when the stock lost 31%", "Keel fell
9%, on pace for its worst day since 2020", "the index was up 0.5%, though below where it closed on Friday".
:func:`placed_moves` keeps a guessed session only when its sentence carries no dated mention, or one covering it; a
year after "since" ("its best day since its 2021 listing") is a yardstick, not the move's date, and a sentence
opened by "Since <day>," tells moves over that span, none on a guessed session. A live blog entry dated by its time
stamp places a guessed move on the blog's day ("17:10 BST - Keel ends the day down 4%"), and a clock time of its own
sentence on that clock's day ("By 1130 GMT the STOXX 600 was up 0.3%").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date, timedelta

import pandas as pd

from analysis.timeline.dated.acts import REPORT_ACT
from analysis.timeline.dated.entries import ENTRY_STAMP
from analysis.timeline.dated.model import (COMPARISON_SINCE, COPY_BASIS, FIGURE_PERIOD, MOVE_FROM, OTHER_EVENT,
                                          SESSIONS_BEFORE)
from analysis.timeline.event_day import EVENT_DAY


#: "since its 2021 listing", "since the 2020 crash": a date a few words after "since" (its own event, the yardstick
#: of the move's comparison, not the move's session).
_SINCE_WORDS = r"\bsince\s+(?:(?:its|their|the|a)\s+)?"


def _opening_since(expression: str, sentence: str, basis: str) -> bool:
    """Whether ``sentence`` opens with "Since <expression>," read as a span up to the article's date ("Since last
    Tuesday, Keel has lost a quarter of its value while Lyra Foods is down 5%", "Since Monday's close, X has fallen
    8% and Y 6%", "Since the close on Friday, Aug. 5,
    X and Y have lost 22.4% and 24%"): it frames every move of the sentence."""
    if basis.startswith(MOVE_FROM):
        return re.match(r"[\s\"“'‘(]*since\s+(?:the\s+)?(?:close|closing\s+(?:price|level|bell))\s+(?:on|of)\s+"
                        + re.escape(expression) + r"\s*,", sentence, re.IGNORECASE) is not None
    return basis.startswith("since ") and re.match(
        r"[\s\"“'‘(]*since\s+" + re.escape(expression) + r"(?:['’]s\s+(?:close|closing\s+(?:price|level)))?\s*,", sentence,
        re.IGNORECASE) is not None


@functools.lru_cache(maxsize=16384)
def _after_since(expression: str, sentence: str) -> bool:
    """Whether ``expression`` follows "since" (and a determiner) in ``sentence`` as a year, or follows the "since" of a
    comparison: the yardstick of a comparison ("its best day since its 2021 listing", "its weakest session since July
    2026", "its highest since the second quarter of 2026"), which tells nothing of the move's session (kept per
    pair: a reprinted sentence is read once)."""
    if expression.isdigit() and re.search(_SINCE_WORDS + re.escape(expression) + r"\b", sentence, re.IGNORECASE):
        return True
    return any(COMPARISON_SINCE.search(sentence, max(0, start - 90), start) is not None
               for start in _occurrences(expression, sentence)) if expression else False


def _occurrences(literal: str, text: str) -> Iterator[int]:
    """Where ``literal`` (not empty) occurs in ``text``, left to right without overlaps: the starts of
    ``re.finditer(re.escape(literal), text)``, found without a pattern (a pattern per expression filled the regex
    module's cache and had patterns compiled again elsewhere)."""
    start = text.find(literal)
    while start >= 0:
        yield start
        start = text.find(literal, start + len(literal))


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_WORD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
#: A weekday and its calendar day in one expression: "Monday 15 April", "Thursday, June 4", "Fri. 4 June 2031".
_DAY_WITH_WEEKDAY = re.compile(_WEEKDAY_WORD + r",?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)",
                               re.IGNORECASE)


def _paired_date(session: object, rows: list[tuple[object, object, str, str]]) -> object:
    """The calendar date a move's session should be when its sentence pairs a weekday with that date ("Thu 4 June:
    ... Acme Ferries +6.6%", "Thursday, June 4", "June 4 (Thursday)", or one expression: "after plunging 4.2% on Monday
    15 April") and the session read from the sentence is another day of that weekday (the weekday read alone, from
    the article's week): the date the pair names. None otherwise."""
    day = session.date() if isinstance(session, pd.Timestamp) else session
    for a, b, expression, sentence in rows:
        if a != b or a == day or not hasattr(a, "weekday") or a.weekday() != day.weekday():  # type: ignore[union-attr]
            continue
        name = _WEEKDAYS[a.weekday()]  # type: ignore[union-attr]
        x = re.escape(expression)
        pair = (rf"\b(?={name}){_WEEKDAY_WORD}[\s,]+{x}\b|\b{x}\s*\(\s*(?={name}){_WEEKDAY_WORD}\s*\)")
        if re.search(pair, sentence, re.IGNORECASE) or _DAY_WITH_WEEKDAY.match(expression) and \
                expression.lower().startswith(name):  # "Monday 15 April": the weekday inside the expression
            return a
    return None


#: The close a move is measured from: "still down 42% from Wednesday's close", "2% below its close on May 8", "up 9%
#: since Friday's close". The day it names is the baseline of a move over the sessions after it, not a session.
_BASELINE_CLOSE = re.compile(
    r"\b(?:from|since|below|above|under|over|against)\s+(?:(?:its|their|the)\s+)?(?:(?P<wd>(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)['’]s\s+(?:close|closing\s+(?:level|price)|finish)|(?:close|closing\s+(?:level|price))\s+(?:on|of)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<md>(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})\b|(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8})))", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _names_day(match: re.Match[str], day: object) -> bool:
    """Whether the baseline ``match`` of :data:`_BASELINE_CLOSE` names ``day`` (its weekday, or its month and day)."""
    if match.group("wd"):
        return match.group("wd").lower()[:3] == _WEEKDAYS[day.weekday()]  # type: ignore[attr-defined]
    month, number = (match.group("m1"), match.group("d1")) if match.group("m1") else (match.group("m2"), match.group("d2"))
    return month[:3].lower() in _MONTHS and _MONTHS.index(month[:3].lower()) + 1 == day.month \
        and int(number) == day.day  # type: ignore[attr-defined]


def _baseline_session(session: object, sentence: str) -> bool:
    """Whether the session read from ``sentence`` is only the day of the close a move is measured from ("the stock is
    still down 21.3% from Monday's close", "down 2% from its close on May 8, wiping out a rally that had added 31%"):
    that day is named in a baseline and nowhere else in the sentence."""
    day = session.date() if isinstance(session, pd.Timestamp) else session
    if not hasattr(day, "weekday"):
        return False
    found = [m for m in _BASELINE_CLOSE.finditer(sentence) if _names_day(m, day)]
    if not found:
        return False
    rest = sentence
    for m in reversed(found):
        rest = rest[: m.start()] + " " + rest[m.end():]
    others = [w for w in re.finditer(rf"\b{_WEEKDAY_WORD}(?![a-z])", rest, re.IGNORECASE)
              if w.group(0).lower()[:3] == _WEEKDAYS[day.weekday()]]  # type: ignore[attr-defined]
    month = _MONTHS[day.month - 1]  # type: ignore[attr-defined]
    dated = re.search(rf"\b{month}[a-z]*\.?\s+{day.day}\b|\b{day.day}\s+{month}", rest, re.IGNORECASE)  # type: ignore[attr-defined]
    return not others and dated is None


#: A day followed by a "when" clause: "since June 7, when it gained 9.6 percent".
_WHEN_AFTER_DAY = re.compile(r",\s+when\s", re.IGNORECASE)
#: The "when" clause after a day, up to the next clause break (a decimal point is none): "June 7, when it gained 9.6
#: percent on news of a stake".
_WHEN_CLAUSE = r",\s+when\s+(?P<clause>[^;:.!?()—–]*?(?:\.\d[^;:.!?()—–]*?)*)(?:[;:!?()—–]|\.(?!\d)|$)"
#: A percentage figure: "9.6 percent", "9.6%", "9.6 per cent".
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)


def _when_day(days: list[tuple[object, str]], sentence: str, pct: object) -> object:
    """The day of ``days`` (day, expression) whose "when" clause right after it holds the move's figure ``pct``: "It
    was the stock's biggest rise since June 7, when it gained 9.6 percent on news of a stake" tells the 9.6% of June
    7, not of the article's session. None when no such clause holds it."""
    try:
        figure = abs(float(pct))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    for day, expression in days:
        for m in re.finditer(re.escape(expression) + _WHEN_CLAUSE, sentence):
            for f in _PERCENT.finditer(m.group("clause")):
                if abs(float(f.group(1)) - figure) < 0.01:
                    return day
    return None


#: A session named only by another event: "fell 6% on the day after the collision", "rose 2% in the session before
#: the vote", "slid the morning after its profit warning", "lost 27% on the first day" (after an event told before). It
#: is that event's neighbour, no day the article names ("on its first day of trading", a debut, is not read here).
_RELATIVE_SESSION = re.compile(
    r"\b(?:on\s+|in\s+)?the\s+(?:(?:first|next|last|final)\s+)?(?:trading\s+)?(?:day|session|morning)\s+"
    r"(?:after|before|following|preceding)\s+(?:the|its|their|his|her|this|that)\s+\w"
    # "the stock lost 27% on the first day": the first day after an event told before, not the article's
    r"|\b(?:on|in)\s+the\s+first\s+(?:full\s+)?(?:trading\s+)?(?:day|session)\b(?!\s+(?:of|after|before|following)\b)"
    # "fell 3.1% on the day the report came out", "lost 14% on the day we announced": the day a clause tells of
    r"|\bon\s+the\s+(?:very\s+|same\s+)?day\s+(?:that\s+|when\s+)?(?:the|its|their|his|her|our|we|it|they|he|she|I|you)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:[a-z]+ed|came|went|said|made|took|gave|broke|began|hit|put|set|told|wrote|won|lost|was|were)\b"
    # "down 9.6% on the day of the announcement", "fell 2.1% on the day of Keel's warning": the day of an event named
    r"|\bon\s+the\s+(?:very\s+|same\s+)?day\s+of\s+(?:the|its|their|his|her|our|(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?[a-z]+\b(?<!\bclose)(?<!\bsession)"
    # "lost 26.5% on the first day of the crisis": the first day of an event of the story (not of trading, nor a period)
    r"|\bon\s+the\s+first\s+(?:full\s+)?(?:trading\s+)?day\s+of\s+(?:the|its|their)\s+(?!(?:trading|dealings?|year|"
    r"month|week|quarter|half|season|session)\b)[a-z]{3,}"
    # "rose as much as 27% during the closure": over the days an event of the story lasted (not "during the session")
    r"|\b(?:during|throughout)\s+the\s+(?!(?:session|day|morning|afternoon|evening|trading|week|month|year|quarter|half|"
    r"period|open|opening|close|closing|rally|sell-?off|rout|selling|buying|move|gain|fall|drop|rise)\b)[a-z]{4,}\b"
    r"(?!\s+(?:of|on|in|at)\b)"
    # "Neither escaped: when Northlane's numbers landed, Hertz fell 5.1%": the moment of a past event the sentence opens
    # with and does not date; "When Keel loses 6% in a day, ...": a move of any day, told in the present
    r"|(?:^|[:;—–]\s*)[\"“'‘]?when\s+(?:[\w'’-]+\s+){0,5}?(?:(?-i:[a-z]+ed)|came|went|said|made|took|gave|broke|began|hit|"
    r"put|set|told|wrote|won|lost|was|were|loses|falls|drops|rises|gains|jumps)\b[^,;:.!?]{0,60},",
    re.IGNORECASE)
#: A run of sessions counted from an event the sentence tells, not up to the article's day: "sent its stock down 22%
#: over the following two sessions", "fell 10% over the three sessions that followed", "lost 17% over the same five
#: sessions" (the ones named before).
SESSIONS_AFTER_EVENT = re.compile(
    r"\b(?:over|in|during|across)\s+the\s+(?:next|following|subsequent|same)\s+(?:[\w-]+\s+)?(?:trading\s+)?"
    r"(?:sessions|days|trading\s+days)\b"
    r"|\bthe\s+[\w-]+\s+(?:trading\s+)?(?:sessions|days)\s+(?:that|which)\s+followed\b", re.IGNORECASE)


#: A date of a move's sentence starting more than this many days after its guessed session is a plan told beside it.
_PLAN_DAYS = 7


#: A level a price is compared with, after a date in the possessive: "from last week's two-year high", "below Friday's
#: record close", "near Monday's low".
_LEVEL_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:high|low|peak|trough|close|level|record)s?\b", re.IGNORECASE)


#: "since" right before a date: "down 8.4% since Friday's close" runs from that close to the article's day.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def _level_of(expression: str, sentence: str) -> bool:
    """Whether ``expression`` stands in ``sentence`` only as the date of a level ("retreated from last week's
    two-year high"): the day of a comparison's yardstick, which tells nothing of a move's session. Not after "since"
    ("is down 8.4% since Friday's close; Y is 5.6% lower"): the span from that close, which the sentence's moves
    run over."""
    spots = [m for m in re.finditer(re.escape(expression), sentence)] if expression else []
    return bool(spots) and all(_LEVEL_AFTER.match(sentence, m.end())
                               and not _SINCE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) for m in spots)


#: A move's figure, then the conjunction of its cause or of what it waits for, in one clause: "fell 3.4% after ",
#: "fell 1%, ahead of " (not "after hours").
_CAUSE_AFTER_FIGURE = re.compile(r"\d\s*(?:%|percent\b|per\s*cent\b)[^.;:]*?\b(?P<conj>after(?!\s+(?:hours|the\s+"
                                 r"(?:bell|close|open)))|following|ahead\s+of)\s", re.IGNORECASE)
#: A conjunction of a cause inside the clause of a move's cause ("slid 6.1% after the brewer said it had paused
#: deliveries following a recall on May 3"): what follows is the cause's own cause.
_INNER_CAUSE = re.compile(r"\b(?:after|following)\s", re.IGNORECASE)


def _cause_of_move(expression: str, sentence: str, last: object, session: object) -> bool:
    """Whether ``expression`` (its last day ``last``) stands in ``sentence`` only after a move's figure and the
    conjunction of what the move waits for ("fell 1.8%, ahead of Monday's vote") or of its cause, when that cause
    leaves no trading day before the move's guessed ``session`` ("Acme fell 3.4% after its founder wrote over the weekend
    that ...", on Monday) or is the cause of its cause ("slid 6.1% after the brewer said it had paused deliveries
    following a recall on May 3"): the day of that other event, which tells nothing of the move's session (the move
    keeps the session its article gives it; the other event keeps its own row). A cause with trading days between it
    and the guess still contradicts it ("slid 4.2% after Monday's profit warning" in Thursday's article)."""
    spots = list(_occurrences(expression, sentence)) if expression else []
    if not spots:
        return False
    for at in spots:
        m = _CAUSE_AFTER_FIGURE.search(sentence, 0, at)
        if m is None:
            return False
        if m.group("conj").lower().startswith("ahead") or _INNER_CAUSE.search(sentence, m.end(), at):
            continue
        if not isinstance(last, date) or not isinstance(session, date) or pd.isna(last) or pd.isna(session) \
                or not last < session:
            return False
        if any((last + timedelta(days=k)).weekday() < 5 for k in range(1, (session - last).days)):
            return False  # a trading day between the cause and the guessed session
    return True


def _day_of(value: object) -> object:
    """A session or a date as a date."""
    return value.date() if isinstance(value, pd.Timestamp) else value


def _told_moves(moves: pd.DataFrame) -> dict[tuple[str, int], set[object]]:
    """(doc_id, sent_id) -> the sessions of the moves dated by their own sentence ("extending Monday's 3.6% drop")."""
    out: dict[tuple[str, int], set[object]] = {}
    for d, s, session, basis in zip(moves["doc_id"], moves["sent_id"], moves["session_date"], moves["session_basis"]):
        if basis == "sentence" and session is not None and not pd.isna(session):
            out.setdefault((str(d), int(s)), set()).add(_day_of(session))
    return out


def _possessive(expression: str, sentence: str) -> bool:
    """Whether ``expression`` stands in ``sentence`` as a possessive ("Monday's 3.6% drop", "Tuesday's losses")."""
    return bool(expression) and re.search(re.escape(expression) + r"['’]s\b", sentence) is not None


#: Between another move's figure and its day, in one phrase: "the 5 per cent gain they posted on ", "a 2.2% gain on ".
_FIGURE_TO_DAY = re.compile(r"\s*(?:gain|rise|jump|drop|fall|decline|loss|slide|advance|rally)s?\b[^,;:.%\d]{0,30}?\b(?:on|last)\s+$",
                            re.IGNORECASE)


def _other_figure_day(expression: str, sentence: str, pct: object) -> bool:
    """Whether ``expression`` stands in ``sentence`` as the day of another move's figure told as a noun ("dropped 3.6%,
    erasing most of the 5% gain they posted on Tuesday"): the figure right before the day is not the move's ``pct``."""
    at = sentence.find(expression) if expression else -1
    if at < 0:
        return False
    figures = [m for m in _PERCENT.finditer(sentence, 0, at)]
    if not figures or not _FIGURE_TO_DAY.fullmatch(sentence, figures[-1].end(), at):
        return False
    try:
        return abs(abs(float(figures[-1].group(1))) - abs(float(pct))) > 0.001  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _weekday_read_otherwise(day: object, own: list[tuple[object, object, str, str]], sentence: str) -> object:
    """The day the dated mentions ``own`` (date_start, date_end, expression, basis) of a move's ``sentence`` give when
    the session ``day`` the move's own reading took from that sentence is outside every one of them and the sentence
    names one day only, read otherwise: the same weekday some weeks apart, named once in the sentence and in that
    mention ("sent its shares down 17.8% on Wednesday last week": the week the timeline reads), or the day a copy's text
    first ran ("down a further 4.1% in trading today" in a copy of an earlier article, the session read on the copy's
    own day). None otherwise."""
    if not own or any(a <= day <= b for a, b, _, _ in own):  # type: ignore[operator]
        return None
    days = {a for a, b, _, _ in own if a == b}
    if len(days) != 1 or any(a != b for a, b, _, _ in own):
        return None
    other = next(iter(days))
    if (other - day).days % 7 == 0:  # type: ignore[operator]
        name = _WEEKDAYS[other.weekday()]  # type: ignore[attr-defined]
        named = [w for w in re.finditer(rf"\b{_WEEKDAY_WORD}(?![a-z])", sentence, re.IGNORECASE)
                 if w.group(0).lower().startswith(name)]
        said = {x for _, _, x, _ in own}
        return other if len(named) == 1 and len(said) == 1 and named[0].group(0) in next(iter(said)) else None
    return other if all(COPY_BASIS in basis for _, _, _, basis in own) else None


_PUBLICATION_BASIS = re.compile(r"relative to the publication date (\d{4}-\d{2}-\d{2})")


def _coming_weekday_of_plan(day: object, own: list[tuple[object, object, str, str]]) -> bool:
    """Whether the session ``day`` a move's own reading took from its sentence is the weekday of a dated mention of
    ``own`` (date_start, date_end, expression, basis) that the timeline reads as a day after the publication date, whole
    weeks later: "said on Monday it would reopen the park on Wednesday, sending its shares up 7%", "restored payroll,
    sending its shares up 7.4% and easing fears that workers would miss Friday's paychecks". The weekday is the plan's,
    a coming day, and no move is told on a day to come nor on that weekday a week before."""
    if not own or any(a <= day <= b for a, b, _, _ in own):  # type: ignore[operator]
        return False
    for a, b, x, basis in own:
        told = _PUBLICATION_BASIS.search(basis)
        if a != b or told is None or not re.search(rf"\b{_WEEKDAY_WORD}(?![a-z])", x, re.IGNORECASE):
            continue
        a = _day_of(a)
        if str(a) > told.group(1) and (a - day).days > 0 and (a - day).days % 7 == 0:  # type: ignore[operator]
            return True
    return False


#: A clock time alone, as markets reports time a level: "1130 GMT", "by 10:00 BST", "at 2.15pm", "by 1000 BST" (a zone, a
#: colon or a point, or a.m./p.m.: not a bare number).
_SESSION_CLOCK = re.compile(r"(?:by|at|as\s+of)?\s*(?:\d{1,2}[:.][0-5]\d\s*(?:[ap]\.?\s?m\.?)?(?-i:\s*[A-Z]{2,4})?|"
                            r"\d{1,4}\s*(?:[ap]\.?\s?m\.?(?-i:\s*[A-Z]{2,4})?|(?-i:[A-Z]{2,4})))", re.IGNORECASE)


def _clock_day(rows: list[tuple[object, object, str, str]]) -> object:
    """The one day the clock times alone among a sentence's dated mentions ``rows`` (date_start, date_end, expression,
    sentence) are read to ("By 1130 GMT the STOXX 600 was up 0.3%", "down a further 9.3% by 1000 BST"): the moment the
    sentence's undated moves are told at. None without one, or with clock times on different days."""
    days = {_day_of(a) for a, b, x, _ in rows if a == b and a is not None and not pd.isna(a)
            and _SESSION_CLOCK.fullmatch(x.strip())}
    return next(iter(days)) if len(days) == 1 else None


#: A run of a move told as last week's: "which lost 19% last week", "extending last week's 21.4% slide", "fell 14% over two
#: sessions last week" (a run the move table places on that week's days; a run counted back from the article's day, "its
#: two-day loss", may hold the article's own session and is not placed).
LAST_WEEK_RUN = re.compile(r"\blast\s+week\b", re.IGNORECASE)


def _run_apart(first: object, last: object, own: list[tuple[object, object]]) -> bool:
    """Whether a move's run of days ``first`` to ``last`` (its period, no session) is apart from every date of its
    sentence (``own``): none of them covers the run nor lies inside it ("Hallberg's shares, which lost 19% last week, were
    2.6% higher on Monday": the run of last week beside Monday's session). A run the sentence dates itself ("lost 12% last
    week" with its "last week") is that date's event."""
    if first is None or last is None or pd.isna(first) or pd.isna(last):
        return False
    a0, b0 = _day_of(first), _day_of(last)
    return all(b < a0 or a > b0 for a, b in own)  # type: ignore[operator]


def placed_moves(moves: pd.DataFrame, dated: pd.DataFrame, entries: dict[tuple[str, int], object] | None = None) -> pd.DataFrame:
    """The rows of ``moves`` (``doc_id, sent_id, session_date, session_basis``) the timeline places: those dated by
    their sentence, and those whose guessed session (from the article or the publication date) no dated mention
    of their sentence contradicts. ``dated`` is :func:`analysis.timeline.events.dated_mentions` (``doc_id,
    sent_id, date_start, date_end``, and ``expression, sentence, basis`` when known); ``entries`` maps the sentences
    of stamped live blog entries to the blog's day (:func:`analysis.timeline.events.entry_days`)."""
    if moves.empty or "session_basis" not in moves.columns:
        return moves
    entries = entries or {}
    spans: dict[tuple[str, int], list[tuple[object, object]]] = {}
    framed: set[tuple[str, int]] = set()  # sentences opened by "Since <day>,": their moves run over that span
    stamped: dict[tuple[str, int], object] = {}  # live blog entries dated by their time stamp: the blog's day
    dated_rows: dict[tuple[str, int], list[tuple[object, object, str, str]]] = {}
    bases: dict[tuple[str, int], list[tuple[object, object, str, str]]] = {}  # (start, end, expression, basis)
    when_days: dict[tuple[str, int], list[tuple[object, str]]] = {}  # days followed by ", when ..."
    blank = [""] * len(dated)
    columns = [dated[c].tolist() if c in dated.columns else blank
               for c in ("doc_id", "sent_id", "date_start", "date_end", "expression", "sentence", "basis")]
    for d, s, a, b, x, text, basis in zip(*columns):
        if a == b and a is not None and not pd.isna(a) and _WHEN_AFTER_DAY.search(str(text)) and x:
            when_days.setdefault((str(d), int(s)), []).append((a, str(x)))
        if _after_since(str(x), str(text)):
            continue  # "jumped 30% by midday, its best day since its 2021 listing": a yardstick's date
        if str(basis).startswith(OTHER_EVENT):
            continue  # "slid 12%, a day after losing a quarter of its value": the date of the other event
        if SESSIONS_BEFORE in str(basis):
            continue  # "fell 3.3% after a rally of 8% in the previous two sessions": the sessions before the move's
        if FIGURE_PERIOD in str(basis):
            continue  # "fell 5% after saying third-quarter sales fell 4%": the period of the figure, not the move's
        spans.setdefault((str(d), int(s)), []).append((a, b))
        dated_rows.setdefault((str(d), int(s)), []).append((a, b, str(x), str(text)))
        bases.setdefault((str(d), int(s)), []).append((a, b, str(x), str(basis)))
        if _opening_since(str(x), str(text), str(basis)):
            framed.add((str(d), int(s)))
        if str(basis).startswith(ENTRY_STAMP):
            stamped[(str(d), int(s))] = a
    told = _told_moves(moves)
    pcts = list(moves["pct"]) if "pct" in moves.columns else [None] * len(moves)
    firsts = list(moves["period_start"]) if "period_start" in moves.columns else [None] * len(moves)
    lasts = list(moves["period_end"]) if "period_end" in moves.columns else [None] * len(moves)
    keep = []
    sessions = list(moves["session_date"])
    texts = moves["sentence"] if "sentence" in moves.columns else pd.Series("", index=moves.index)
    for n, (d, s, session, basis, text) in enumerate(zip(moves["doc_id"], moves["sent_id"], moves["session_date"],
                                                         moves["session_basis"], texts)):
        own = spans.get((str(d), int(s)))
        if str(basis).startswith(EVENT_DAY):
            keep.append(True)  # "lost 9.8% on the day of the announcement": the day the story gives the announcement
            continue
        if basis != "sentence" and session is not None and not pd.isna(session):
            day = _clock_day(dated_rows.get((str(d), int(s)), []))
            if day is not None and day != _day_of(session):
                # "By 1130 GMT the STOXX 600 was up 0.3%": the clock's day, not a session guessed from another sentence
                sessions[n] = pd.Timestamp(day)
                keep.append(True)
                continue
            day = _when_day(when_days.get((str(d), int(s)), []), str(text), pcts[n])
            if day is not None:  # "its biggest rise since June 7, when it gained 9.6 percent": that day's move
                sessions[n] = pd.Timestamp(day)
                keep.append(True)
                continue
        if own is not None and (str(d), int(s)) in framed and session is not None and not pd.isna(session) and (
                basis != "sentence" or not any(a <= _day_of(session) <= b for a, b in own)):  # type: ignore[operator]
            # "Since Monday's close, X has fallen 8% and Y 6%": moves over the span (its day is a close's, no level
            # of its own), no session; a session the sentence reads outside the span is none either (a reprint's
            # "since" read up to the copy's day, the span up to the first publication's)
            keep.append(False)
            continue
        if basis != "sentence" and own is not None:
            # "slid 4.2%, extending Monday's 3.6% drop": the day named in the possessive is the other move's session
            others = told.get((str(d), int(s)), set())
            # "as copper retreated from last week's two-year high": the date of a level, no session
            own = [(a, b) for (a, b), (_, _, x, t), (_, _, _, why) in zip(own, dated_rows.get((str(d), int(s)), []),
                                                                          bases.get((str(d), int(s)), []))
                   if not (a == b and _day_of(a) in others and (_possessive(x, t) or _other_figure_day(x, t, pcts[n])))
                   and not _level_of(x, t)
                   # "fell 3.4% after its founder wrote over the weekend": the cause's day (one the text names, not a
                   # statement's taken from the report's own day)
                   and not (not why.startswith(REPORT_ACT) and _cause_of_move(x, t, _day_of(b), _day_of(session)))] or None
        if basis != "sentence" and own is None and (str(d), int(s)) in entries:
            # "09:20 BST - Tarnwell opens down 6.1%. Brisco adds 2%.": a guessed move of a stamped entry, the blog's day
            sessions[n] = pd.Timestamp(entries[(str(d), int(s))])
            keep.append(True)
            continue
        if basis == "sentence" and own is not None and session is not None and not pd.isna(session):
            day = _paired_date(session, dated_rows.get((str(d), int(s)), []))
            if day is not None:  # "- Thu 4 June: the quay floods; Acme Ferries +6.6%": the line's date
                sessions[n] = pd.Timestamp(day)
        if basis == "sentence" and own is not None and session is not None and not pd.isna(session):
            day = _weekday_read_otherwise(_day_of(sessions[n]), bases.get((str(d), int(s)), []), str(text))
            if day is not None:  # "sent its shares down 17.8% on Wednesday last week": the day the timeline reads
                sessions[n] = pd.Timestamp(day)
        if basis == "sentence" and own is not None and session is not None and not pd.isna(session) \
                and _coming_weekday_of_plan(_day_of(sessions[n]), bases.get((str(d), int(s)), [])):
            keep.append(False)  # "said on Monday it would reopen on Wednesday, sending its shares up 7%": the plan's weekday
            continue
        if basis == "sentence" and session is not None and not pd.isna(session) and _baseline_session(session, str(text)):
            keep.append(False)  # "still down 42% from Wednesday's close": a move since that close, on no session
            continue
        if basis != "sentence" and own is None and _RELATIVE_SESSION.search(str(text)):
            keep.append(False)  # "fell 6.1% on the day after the collision": no session the article's date gives
            continue
        if basis != "sentence" and SESSIONS_AFTER_EVENT.search(str(text)):
            keep.append(False)  # "fell nearly 22% over the next two sessions": sessions after an event, not the article's
            continue
        if (session is None or pd.isna(session)) and own is not None:
            # a move over a period in a sentence the timeline dates by its own words: that event's; unless a past run of
            # days no date of the sentence covers ("which lost 19% last week, were 2.6% higher on Monday")
            keep.append(LAST_WEEK_RUN.search(str(text)) is not None and _run_apart(firsts[n], lasts[n], own))
            continue
        if basis == "sentence" or own is None or session is None or pd.isna(session):
            keep.append(True)
            continue
        if (str(d), int(s)) in framed:
            keep.append(False)  # "Since last Tuesday, ... while Lyra Foods is down 5%": a move over the span, no session
            continue
        if (str(d), int(s)) in stamped:  # "17:10 BST - Keel ends the day down 4%": the blog's day
            sessions[n] = pd.Timestamp(stamped[(str(d), int(s))])
            keep.append(True)
            continue
        day = session.date() if isinstance(session, pd.Timestamp) else session
        past = [(a, b) for a, b in own if (a - day).days <= _PLAN_DAYS]  # type: ignore[operator]
        # "Sterling was up 0.2% as traders pared bets on a rate cut in November": a plan, weeks after the session
        keep.append(not past or any(a <= day <= b for a, b in past))  # type: ignore[operator]
    if sessions != list(moves["session_date"]):
        moves = moves.assign(session_date=pd.Series(sessions, index=moves.index, dtype=moves["session_date"].dtype))
    return moves.loc[pd.Series(keep, index=moves.index, dtype="bool")]
