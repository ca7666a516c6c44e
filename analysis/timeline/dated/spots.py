"""Dated spans the timex table does not give as one expression: weekday asides beside a calendar date, past
perfect days, "between <day> and <day>", month ranges, a move's week, and a move over the year to date."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date, timedelta

from analysis.time.timex_context import past_in_clause
from analysis.timeline.dated.model import MONTH_RANGE, OUTLOOK, YEAR_TO_DATE, TemporalExpression
from analysis.timeline.dated.periods import SENTENCE_BREAK, count_of, working_week


_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def weekday_asides(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` without a weekday that only names the day of a calendar date beside it in parentheses: "May 6
    (Wednesday) - Inspectors find a leak", "Monday (May 11)". The date dates the event; the tagger reads the weekday
    on its own, from the article's date (the Wednesday of the article's week, not May 6's)."""
    days = [e for e in found if e.precision == "day" and not _WEEKDAY.fullmatch(e.expression.strip())]
    drop = set()
    for e in found:
        if not _WEEKDAY.fullmatch(e.expression.strip()):
            continue
        for o in days:
            if (o.end <= e.start and re.fullmatch(r"\s*\(", text[o.end:e.start]) and text[e.end:e.end + 1] == ")") or \
                    (e.end <= o.start and re.fullmatch(r"\s*\(", text[e.end:o.start]) and text[o.end:o.end + 1] == ")"):
                drop.add(id(e))
    return [e for e in found if id(e) not in drop]


#: A past perfect before a day: "who had defended the stock on Tuesday", "had been cut on Monday".
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:not|already|also|just|previously|earlier|first)\s+)*(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b"
                         r"[^.;:!?,()]{0,60}?\bon\s+$", re.IGNORECASE)
#: A plan in the past perfect before a day: "which had been scheduled to leave on Thursday", "had planned to vote on
#: Friday". The day is the plan's, told from the plan's own time: a coming day as often as a past one.
_HAD_PLANNED = re.compile(r"\bhad\s+(?:(?:not|already|also|just|previously|earlier|first|originally)\s+)*(?:been\s+)?"
                          r"(?:scheduled|slated|set|due|expected|planned|intended|meant|supposed|hoped|promised|aimed|"
                          r"poised)"
                          r"\s+to\s+[a-z]+\b[^.;:!?,()]{0,60}?\bon\s+$", re.IGNORECASE)


_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"


#: A clause that tells an earlier event than its sentence's: "after the union failed to reach a contract on Friday".
_EARLIER_CLAUSE = re.compile(r"\b(?:after|since|because|following|when|before|until|once)\b", re.IGNORECASE)


def _clause_start(text: str, at: int) -> int:
    """Where the clause of ``text[at]`` starts: after the last clause break (, ; : ( — – or a sentence end) before it."""
    breaks = [m.end() for m in re.finditer(r"[,;:(—–]|[.!?]\s|\n", text[max(0, at - 200):at])]
    return max(0, at - 200) + breaks[-1] if breaks else max(0, at - 200)


def past_perfect_days(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` with a weekday of a past perfect clause put before the day of its sentence's simple past: "analyst
    X, who had defended the stock on Tuesday, downgraded it on Thursday" in a Tuesday article is the Tuesday before
    that Thursday, not the article's own day the tagger reads. Only a weekday read against the article's date, on or
    after another weekday of its sentence that is no past perfect's, moves back a week; not after the day of a clause
    of an earlier event ("had gathered on Wednesday, chanting after the union failed to reach a contract on Friday"),
    nor the day of a plan ("which had been scheduled to leave on Thursday": the tagger's day stands)."""
    days = [e for e in found if e.precision == "day" and e.date_start is not None
            and re.fullmatch(_WEEKDAY.pattern + _DAY_PART, e.expression.strip(), re.IGNORECASE)]
    had = {id(e) for e in days if _HAD_BEFORE.search(text, max(0, e.start - 120), e.start)
           and not _HAD_PLANNED.search(text, max(0, e.start - 120), e.start)}
    out = []
    for e in found:
        if id(e) in had and e.basis.startswith("relative to the publication date"):
            later = [o for o in days if id(o) not in had and o.date_start <= e.date_start  # type: ignore[operator]
                     and not SENTENCE_BREAK.search(text, min(o.end, e.end), max(o.start, e.start))
                     and not _EARLIER_CLAUSE.search(text, _clause_start(text, o.start), o.start)]
            if later:
                week = timedelta(days=7)
                e = replace(e, date_start=e.date_start - week, date_end=e.date_end - week,  # type: ignore[operator]
                            basis=f"{e.basis}; a past perfect, the week before")
        out.append(e)
    return out


#: "Between Monday evening, when X said ..., and Wednesday's close": the two ends of a span of days.
_SPAN_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|should|shall|must)\b", re.IGNORECASE)


_BETWEEN_DAYS = re.compile(r"\bbetween\s+$", re.IGNORECASE)


_AND_END = re.compile(r"[^.;:!?]*?\band\s+$", re.IGNORECASE)


def past_day_spans(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` with the two weekdays of "between <day> ... and <day>" put in the past when the span's main clause
    is told in the past ("Between Monday evening, when Arakane said it would delay its cars, and Wednesday's close,
    the shares lost 26 percent"): a span something happened over ends no later than the article's day, and starts
    before it ends. The tagger may read the end as a coming day (a future cue of the clause between) and the start as
    the article's own day; each moves back a week, the end while it is after the article's day, the start while it is
    not before the end."""
    days = {e.start: e for e in found if e.precision == "day" and e.date_start is not None and e.anchor is not None
            and e.basis.startswith("relative to the publication date")
            and re.fullmatch(_WEEKDAY.pattern + _DAY_PART, e.expression.strip(), re.IGNORECASE)}
    moved: dict[int, TemporalExpression] = {}
    week = timedelta(days=7)
    for a in days.values():
        if not _BETWEEN_DAYS.search(text, max(0, a.start - 10), a.start):
            continue
        b = next((o for o in sorted(days.values(), key=lambda o: o.start) if o.start > a.end
                  and _AND_END.fullmatch(text, a.end, o.start) and not SENTENCE_BREAK.search(text, a.end, o.start)), None)
        if b is None:
            continue
        comma = re.compile(r"(?:['’]s\s+[a-z]+)?\s*,").match(text, b.end)
        stop = re.compile(r"[,;:!?]|\.(?!\d)|\n").search(text, comma.end()) if comma else None
        clause = text[comma.end():stop.start() if stop else len(text)] if comma else ""
        if not clause or _SPAN_MODAL.search(clause) or not past_in_clause(clause, 0, len(clause)):
            continue  # the span's own clause is not told in the past
        end_day, start_day = b.date_start, a.date_start
        while end_day > b.anchor:  # type: ignore[operator]
            end_day -= week  # type: ignore[operator]
        while start_day >= end_day:  # type: ignore[operator]
            start_day -= week  # type: ignore[operator]
        if end_day != b.date_start:
            moved[b.start] = replace(b, date_start=end_day, date_end=end_day, basis=f"{b.basis}; the end of a past span")
        if start_day != a.date_start:
            moved[a.start] = replace(a, date_start=start_day, date_end=start_day, basis=f"{a.basis}; the start of a past span")
    return [moved.get(e.start, e) if e.start in days else e for e in found]


#: What joins the two months of a range: "between May and July", "from March to May", "July-September".
_MONTH_JOIN = re.compile(r"\s?[-–—]\s?|\s+(?:to|through|until|till|and)\s+")


_BETWEEN_FROM = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


#: A date moved from one month to another ("the vote was postponed from March to May"): two dates, no range.
_MOVED_BEFORE = re.compile(r"\b(?:postponed|postpone|delayed|delay|moved|move|pushed|push|brought|bring|shifted|shift|"
                           r"rescheduled|reschedule|deferred|defer|advanced|put\s+off)\b[^.;:!?]{0,40}$", re.IGNORECASE)


def month_ranges(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` with two months that make a range joined into one expression: "expects a ruling between May and
    July" is one stretch, May to July, as "the July-September quarter" and "April-June sales" are (the
    tagger dates each month; TIMEX3 has no value for a run of months). "And" joins a range only after "between" or
    "from"; the second month must not come before the first."""
    out: list[TemporalExpression] = []
    for e in sorted(found, key=lambda e: e.start):
        a = out[-1] if out else None
        if (a is not None and a.precision == "month" and e.precision == "month" and a.kind == e.kind == "month"
                and a.date_end is not None and e.date_start is not None and a.date_end < e.date_start
                and (e.date_start - a.date_end).days < 335):
            join = _MONTH_JOIN.fullmatch(text, a.end, e.start)
            if join is not None and (join.group(0).strip() != "and" or _BETWEEN_FROM.search(text, max(0, a.start - 10), a.start)) \
                    and not _MOVED_BEFORE.search(text, max(0, a.start - 60), a.start):
                out[-1] = TemporalExpression(text[a.start:e.end], a.start, e.end, a.date_start, e.date_end, "range",
                                             "month", f"{MONTH_RANGE}, {a.basis} to {e.basis}", a.anchor)
                continue
        out.append(e)
    return out


#: "on the week", "over the week", "for the week" after a figure of its clause: a move over the article's week
#: ("the index slipped 0.6% over the week", "down 17% for the week"). (This pattern and the next open with a lookahead
#: on the first letters of their words: the engine passes over the other positions of a text faster, same matches.)
_THE_WEEK = re.compile(r"(?=[of])\b(?:on|over|for)\s+the\s+(?P<w>week)\b(?!\s+(?:ahead|before|after|to|ending|ended)\b)",
                       re.IGNORECASE)


#: "closed the week 9% higher", "ended the week down 8%": a move over the article's week, its figure after it.
_END_WEEK = re.compile(r"(?=[cef])\b(?:closed|ended|finished|closes|ends|finishes)\s+the\s+(?P<w>week)\b"
                       r"(?=\s+(?:(?:up|down|higher|lower|about|nearly|almost|some|roughly)\s+)*\d[\d.]*\s*(?:%|percent\b|per\s*cent\b))",
                       re.IGNORECASE)


#: Two expressions this close with no sentence break between them share a sentence.
SAME_SENTENCE_CHARS = 300


_FIGURE_IN_CLAUSE = re.compile(r"\d(?:%|\s*percent\b|\s+per\s*cent\b)[^.;:\n]{0,60}$", re.IGNORECASE)


def week_moves(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """The article's own week as a move's period, where the timex table has no date: "the week" after "on",
    "over" or "for", with a percentage before it in its clause or, set before its clause with a comma, after it ("For
    the week, the stock fell 2.6%"), or after "closed" or "ended" with the percentage right after it ("closed the week
    9% higher"); its working days up to the publication date. In a Monday article
    it is the week before ("They ended the week up 3.9%"), the article's own having had one session at most.
    Not when its sentence names another week (``found``, the document's dated expressions): "the week" may then
    be that one ("gained 1.2% for the week, helped by figures published last week")."""
    if dct is None:
        return []
    out = []
    monday = dct - timedelta(days=dct.isoweekday() - 1)
    if dct.isoweekday() == 1:
        monday -= timedelta(days=7)  # a Monday article's week move is the week just ended: its own has one session
    weeks = [e.start for e in found if e.precision == "week"]
    for at, w_at, end in _week_spots(text):
        if any(SENTENCE_BREAK.search(text, min(w, at), max(w, at)) is None
               and abs(w - at) < SAME_SENTENCE_CHARS for w in weeks):
            continue
        first, last = working_week(monday, dct, False)
        out.append(TemporalExpression(text[w_at - 4:end], w_at - 4, end, first, last, "week",
                                      "relative", f"the article's week, to {dct.isoformat()}", dct))
    return out


def _the_week_in(low: str) -> bool:
    """Whether the lower-cased text ``low`` holds "the", white space and "week", as every match of :data:`_THE_WEEK`
    and :data:`_END_WEEK` does (their letters lower-case to these, white space to itself): most texts that name a
    week have no such phrase, and are passed over without the two patterns."""
    at = low.find("week")
    while at >= 0:
        begin = at
        while begin > 0 and low[begin - 1].isspace():  # (what the patterns' white space matches)
            begin -= 1
        if begin < at and low.endswith("the", 0, begin):
            return True
        at = low.find("week", at + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _week_spots(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, start of "week", end) of each "the week" of :func:`week_moves` in ``text``, in text order: what depends
    on the text alone, read once per text (a reprint's is the original's). A text without the word has none."""
    if not _the_week_in(text.lower()):  # (what the patterns match case-insensitively lower-cases to "the week")
        return ()
    ended = list(_END_WEEK.finditer(text))
    return tuple((m.start(), m.start("w"), m.end()) for m in sorted(list(_THE_WEEK.finditer(text)) + ended, key=lambda m: m.start())
                 if m in ended or _FIGURE_IN_CLAUSE.search(text, max(0, m.start() - 80), m.start()) is not None
                 # "For the week, the stock fell 2.6%": the period set before its clause, the figure in it
                 or (text.startswith(",", m.end()) and _FIGURE_AFTER.match(text, m.end()) is not None))


#: "year to date", "year-to-date", "YTD": the year up to the article's date, told of a move.
_YEAR_TO_DATE = re.compile(r"\b(?:year[- ]to[- ]date|YTD)\b", re.IGNORECASE)


_FIGURE_AFTER = re.compile(r"[^.;:!?\n]{0,60}?\d[\d.,]*(?:%|\s*percent\b|\s+per\s*cent\b)", re.IGNORECASE)


def year_to_date(text: str, dct: date | None) -> list[TemporalExpression]:
    """"Down 3.7% year to date", "Year to date, the stock is down 12%": a move from January 1 up to the publication
    date, with a percentage in its clause before or after it (the timex table has no date for it)."""
    if dct is None:
        return []
    return [TemporalExpression(words, start, end, date(dct.year, 1, 1), dct, "range", "relative",
                               f"{YEAR_TO_DATE}, from {dct.year}-01-01 up to {dct.isoformat()}", dct)
            for words, start, end in _year_to_date_spots(text)]


@functools.lru_cache(maxsize=4096)
def _year_to_date_spots(text: str) -> tuple[tuple[str, int, int], ...]:
    """(words, start, end) of each "year to date" of a move in ``text`` (:func:`year_to_date`), read once per text. A
    text without "to date", "to-date" or "ytd" (lower-cased: what the pattern matches case-insensitively) has none."""
    low = text.lower()
    if "to date" not in low and "to-date" not in low and "ytd" not in low:
        return ()
    out = []
    for m in _YEAR_TO_DATE.finditer(text):
        if (_FIGURE_IN_CLAUSE.search(text, max(0, m.start() - 80), m.start()) is None
                and _FIGURE_AFTER.match(text, m.end()) is None) or OUTLOOK.search(text, max(0, m.start() - 80), m.start()):
            continue
        out.append((m.group(0), m.start(), m.end()))
    return tuple(out)


#: A sentence opened by a span after an event, then its main clause: "The day after the veto from Brussels, Lirio is
#: trying to reassure the market", "Ten days after Keel announced its recall, here is how ...". After a line start, a
#: sentence's end or a dateline's dash. The dot of an abbreviation ("the U.S. gas contract", "the U.K. regulator
#: said") is part of the event.
_AFTER_EVENT_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[–—]\s)|(?<=\s-\s))(?P<span>(?P<n>the|a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after)\s+(?P<event>(?:[^,.;:!?\n]|(?<=\d)[.,](?=\d)|"
    r"(?-i:(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[a-z]|\s+[A-Z]\w*\s+[a-z]))){3,120}),[ \t]+"
    r"(?P<main>(?:[^.;:!?\n]|(?<=\d)\.(?=\d)){0,90})",
    re.IGNORECASE | re.MULTILINE)
#: the words every "<N> days after" opening holds
_UNIT_AFTER = re.compile(r"(?:day|week)s?\s+after\b", re.IGNORECASE)
#: A main clause told in the present: "here is how ...", or a subject of up to six words (no past verb among them, a
#: number such as "1,200" one word) and a verb in the present: "Lirio Comunicazioni is trying ...", "the company has cut
#: ...", "most of its 2,400 staff still do not know ...".
_PRESENT_MAIN = re.compile(r"(?:here\s+(?:is|are)|(?:(?!(?:was|were|had|did|said|[\w'’-]+ed)\b)(?:\d{1,3}(?:,\d{3})+|[\w'’.-]+)\s+)"
                           r"{1,8}?(?:is|are|has|have|remains|says|faces|looks|seems|do|does|don['’]t|doesn['’]t)\b)"
                           r"(?!\s+(?:been\s+)?[\w-]+ed\b\s+(?:on|in|at)\b)",
                           re.IGNORECASE)


#: A main clause telling the interview the article reports, in the past: "Fiona Vale sat down with the Courier in the
#: company's office", "the chief executive spoke to Counter & Shelf" (a subject of up to ten words, then the verb).
_INTERVIEW_MAIN = re.compile(r"(?:[\w'’.&-]+\s+){1,10}?(?:sat\s+down|spoke|talked)\s+(?:with|to)\b", re.IGNORECASE)


def after_event_today(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` with the event of a sentence opened by "<N> days after <event>," whose main clause is told in the
    present ("The day after the veto from Brussels, Lirio is trying to reassure the market", "Ten days after Keel
    announced its recall, here is how the exposed shares have traded"), or telling the interview the article reports
    ("A week after the leak shut the mine, its managing director sat down with the Courier"): the main clause is the
    article's day, so the event is N days (or weeks) before the publication date. The tagger reads "the day after" from the publication date
    (the day after it) and "ten days" as no date; those expressions give way. A main clause in the past ("The day
    after the vote, Keel resigned") or the future dates nothing here."""
    if dct is None or "after" not in text or not _UNIT_AFTER.search(text):
        return found  # the opening's words first: a text without them is not scanned at every line and sentence start
    out = list(found)
    for m in _AFTER_EVENT_OPENING.finditer(text):
        unit = m.group("unit").lower()
        word = m.group("n").lower()
        n = 1 if word == "the" and not unit.endswith("s") else count_of(word)
        if n is None or n < 1:
            continue
        back = timedelta(days=n * (7 if unit.startswith("week") else 1))
        start, end = m.start("span"), m.end("span")
        if _PRESENT_MAIN.match(m.group("main")):
            day, told = dct - back, f"the publication date {dct.isoformat()}: the event a sentence in the present comes after"
        elif _INTERVIEW_MAIN.match(m.group("main")) and _main_clause_day(text, m.start("main"), dct, out) is None:
            day, told = dct - back, f"the publication date {dct.isoformat()}: the event the article's interview comes after"
        else:
            day = None
        if day is not None and _day_named_near(text, end, day, out):
            continue  # "A week after X told investors ..., the stock trades 35% below where it did before the May 14
            # disclosure": the sentence names the event's day itself
        if day is None:
            main_day = _main_clause_day(text, m.start("main"), dct, out)
            if main_day is None:
                continue
            day, told = main_day - back, f"{main_day.isoformat()}, the day of the main clause: the event it comes after"
        out = [e for e in out if e.end <= start or e.start >= end]
        out.append(TemporalExpression(m.group("span"), start, end, day, day, "day", "relative",
                                      f"{n} {'week' if unit.startswith('week') else 'day'}(s) before {told}", dct))
    return sorted(out, key=lambda e: e.start)


#: The news of the article told as coming a count after another event, in the present: "The findings come a month after
#: regulators reported ...", "The resignation ... comes eight days after the company said ...". The subject's verb in
#: the present is the article's day; the event after "after" is the count before it.
_COMES_AFTER = re.compile(r"\b(?:comes?|arrives?)\s+(?:just\s+|only\s+)?(?P<span>(?P<n>a|an|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?|months?)\s+after)\s+"
                          r"(?=\S)", re.IGNORECASE)


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|should|shall|can|must|to|did|do|does|not|never)\s+$|['’]ll\s+$",
                           re.IGNORECASE)


def comes_after_today(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` with the event a present "comes <N> days/weeks/months after" counts back from the article's day
    ("The findings come a month after regulators reported the fault": the report a month before the publication
    date; "comes eight days after the company said ...": eight days before it). The tagger reads the count forward
    from the last date of the text (a month after the dateline); that reading gives way. When the clause after
    "after" names a date of its own near the count ("a month after regulators reported it in mid-January", "two
    days after it said on Tuesday"), that date is the event's and nothing is added. "came" (told in the past) is
    left to the readings of the main clause's day."""
    if dct is None or "after" not in text or not re.search(r"\b(?:comes?|arrives?)\b", text, re.IGNORECASE):
        return found
    out = list(found)
    for m in _COMES_AFTER.finditer(text):
        if _MODAL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "The caucuses will come three days after the primary": a plan, no article's day
        n = count_of(m.group("n"))
        if n is None or n < 1:
            continue
        unit = m.group("unit").lower()
        start, end = m.start("span"), m.end("span")
        out = [e for e in out if e.end <= start or e.start >= end]
        if unit.startswith("month"):
            first = _month_back(dct, n)
            last = (date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1))
            precision = "month"
        else:
            first = last = dct - timedelta(days=n * (7 if unit.startswith("week") else 1))
            precision = "day"
        stop = SENTENCE_BREAK.search(text, end)
        stop_at = stop.start() if stop else len(text)
        if any(end <= e.start < stop_at and e.resolved and e.date_start <= last + timedelta(days=NEAR_EVENT_DAYS)  # type: ignore[operator]
               and e.date_end >= first - timedelta(days=NEAR_EVENT_DAYS) for e in out):  # type: ignore[operator]
            continue  # the clause names the event's date itself
        out.append(TemporalExpression(m.group("span"), start, end, first, last, precision, "relative",
                                      f"{n} {unit.rstrip('s')}(s) before the publication date {dct.isoformat()}: "
                                      "the event the article's news comes after", dct))
    return sorted(out, key=lambda e: e.start)


def _month_back(day: date, n: int) -> date:
    """The first day of the month ``n`` months before ``day``'s."""
    m = day.year * 12 + day.month - 1 - n
    return date(m // 12, m % 12 + 1, 1)


#: A day the sentence names is the event's own when it is at most this many days from the day a count back from the
#: article's day gives ("a week" after an event told loosely).
NEAR_EVENT_DAYS = 3


def _day_named_near(text: str, at: int, day: date, found: list[TemporalExpression]) -> bool:
    """Whether an expression of ``found`` after ``at`` in its sentence names one day at most :data:`NEAR_EVENT_DAYS`
    from ``day`` (other than ``day``'s count itself): "A week after Keel told investors to ignore its accounts, the stock
    sits 35% below where it traded before the May 14 disclosure" names the event's day."""
    stop = SENTENCE_BREAK.search(text, at)
    end = stop.start() if stop else len(text)
    return any(at <= e.start < end and e.precision == "day" and e.date_start == e.date_end
               and abs((e.date_start - day).days) <= NEAR_EVENT_DAYS for e in found)


def _main_clause_day(text: str, at: int, dct: date, found: list[TemporalExpression]) -> date | None:
    """The one past day the main clause after a "<N> days after <event>," opening names ("Five days after the
    debut, she spoke to us on Wednesday", "One day after the award, the shares slid on Friday"): a single day, not
    after the article's ``dct``, read by an expression of ``found`` between ``at`` and the sentence's end. None when
    the clause names no day, or more than one."""
    stop = SENTENCE_BREAK.search(text, at)
    end = stop.start() if stop else len(text)
    days = {e.date_start for e in found if at <= e.start < end and e.precision == "day" and e.resolved
            and e.date_start == e.date_end and e.kind != "after_event"}
    if len(days) != 1:
        return None
    day = next(iter(days))
    return day if day is not None and day <= dct else None


#: When a company told its news, by the market's session and with no day: "said before the market opened", "before the
#: opening bell" (the morning of the article's day; "after the market closed" is often the evening before a morning
#: paper's date, and is left alone).
_SESSION_TIMING = re.compile(r"\bbefore\s+(?:the\s+)?(?:stock\s+)?(?:market|markets|exchange)\s+opened\b"
                             r"|\bbefore\s+the\s+opening\s+bell\b", re.IGNORECASE)
_TOLD_BEFORE_TIMING = re.compile(r"\b(?:said|announced|reported|published|released|disclosed|confirmed|issued|posted)\b"
                                 r"[^.;:!?\n]{0,60}$", re.IGNORECASE)


#: A dated expression spanning fewer days than this names a day or a few (the telling's, perhaps); a month, a quarter or
#: a year is another event's period.
_FEW_DAYS = 7


def _names_days(e: TemporalExpression) -> bool:
    """Whether the dated expression ``e`` names a day or a few days (not a month, a quarter or a year), or is not
    resolved to a span at all."""
    if e.date_start is None or e.date_end is None:
        return True
    return (e.date_end - e.date_start).days < _FEW_DAYS  # type: ignore[operator]


def session_timing(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """The article's session as the day of news told "before the market opened" with a past verb of telling ("the
    company said before the market opened", "in a report published before the market opened"), in a sentence with no
    day of its own (``found``, the document's dated expressions; a year or a month there is another event's: "said in
    a statement before the market opened that it would write down contracts signed in 2021"; a coming day is the plan
    told: "said before the market opened that the game would now launch on Dec. 12"): a weekday publication
    date. New expressions, for ``found`` to be extended with."""
    if dct is None or dct.isoweekday() > 5 or "before" not in text:
        return []
    out = []
    for m in _SESSION_TIMING.finditer(text):
        breaks = [b.end() for b in SENTENCE_BREAK.finditer(text, max(0, m.start() - 400), m.start())]
        begin = breaks[-1] if breaks else max(0, m.start() - 400)
        stop = SENTENCE_BREAK.search(text, m.end())
        end = stop.start() if stop else len(text)
        if any(begin <= e.start < end and _names_days(e) and (e.date_start is None or e.date_start <= dct) for e in found) \
                or not _TOLD_BEFORE_TIMING.search(text, max(0, m.start() - 80), m.start()):
            continue
        out.append(TemporalExpression(m.group(0), m.start(), m.end(), dct, dct, "day", "relative",
                                      f"news told by the article's session, {dct.isoformat()}", dct))
    return out
