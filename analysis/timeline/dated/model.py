"""A dated expression of the timeline and what every other ``dated`` module shares: precisions and kinds,
the shapes of TIMEX3 values, the words that say how a date was read, and patterns searched only where their words are."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from typing import Literal



Precision = Literal["day", "range", "week", "month", "year"]


Kind = Literal["absolute", "weekday", "relative", "month", "year", "after_event"]


DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(?:T.*)?$")


_WEEK_VALUE = re.compile(r"^\d{4}-W\d\d$")


_WEEKEND_VALUE = re.compile(r"^\d{4}-W\d\d-WE$")


MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")


#: A comparison measured from a date: "its weakest session since July 2026", "the first time since 2011", "their first
#: weekly decline since early October", "its highest since the second quarter of 2026" (the date is a yardstick; :func:`analysis.timeline.clauses.last_time` says when it is
#: also the last time the thing compared happened).
_COMPARISON_SINCE = re.compile(
    r"(?<!-)\b(?:worst|best|biggest|largest|highest|lowest|steepest|sharpest|strongest|weakest|first|most|"
    r"least|longest|fastest|slowest)\b(?!-|\s+of\b)[^.;]{0,60}\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)


class SearchedWithWords:
    """A pattern every match of which holds one of ``words`` (lower-case ASCII letters, matched case-insensitively):
    ``search`` runs it only on a stretch that holds one, so the many stretches without any are passed over at the
    cost of a lower-casing. A stretch holding "ſ", "ı" or "İ" is always searched: IGNORECASE matches these to "s" and
    "i" but they do not lower-case to them (every other character it matches to an ASCII letter lower-cases to that
    letter, and ``str.lower`` maps character by character). The same answers as ``pattern.search``."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern, self.words = pattern, words

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        stretch = string[max(pos, 0):endpos]
        low = stretch.lower()
        if not any(w in low for w in self.words) and not any(c in stretch for c in "ſıİ"):
            return None  # (a match lies inside the stretch, so it would hold one of the words)
        return self.pattern.search(string, pos, endpos)


#: :data:`_COMPARISON_SINCE`, searched only where "since" is (most dates have none before them).
COMPARISON_SINCE = SearchedWithWords(_COMPARISON_SINCE, ("since",))


#: The basis of a move measured from a day's close ("8% below the level of April 9"), read by
#: :func:`analysis.timeline.clauses.since_ranges`: a span, not the baseline of a comparison.
MOVE_FROM = "a move from the close of"


#: A forecast in the clause before a figure: "expects sales to grow 5% this year", "forecast a 10% gain over the past
#: week's level", "had guided in January for output of 150,000 tonnes this year" tell no move so far.
OUTLOOK = re.compile(r"\b(?:expects?|expected|forecasts?|predicts?|sees|projects?|targets?|guidance|outlook|guided|guides|"
                     r"estimates?|aims?|plans?)\b[^.;:!?\n]*$", re.IGNORECASE)


#: The basis of "year to date" (:func:`year_to_date`) and of a move over "this year" up to the article's date.
YEAR_TO_DATE = "the year to date"


YEAR_SO_FAR = "the year so far"


#: In a basis, the day of a close a move is measured from, told with its price ("down 44% from Monday's close of
#: $7.40"): that close is the day's event, no baseline of a comparison (:func:`analysis.timeline.clauses.since_ranges`).
PRICED_CLOSE = "a close told with its price"


#: In a basis, the day of a close a move is measured from, named as a record or told with what it was ("8% below its
#: June 4 record close", "21% below Tuesday's record close", "up 140% since June 9, the first session after the
#: listing"): that close is the day's event, as with a price (:func:`analysis.timeline.clauses.since_ranges`).
NAMED_CLOSE = "a close named as a record or told with what it was"


#: Bases of a close that is its day's event, no baseline of a comparison.
DAY_CLOSES = (PRICED_CLOSE, NAMED_CLOSE)


#: Bases of the spans of a move, which frame no other date of their sentence and no other date frames
#: (:mod:`analysis.timeline.yardsticks`).
MOVE_SPANS = (MOVE_FROM, YEAR_TO_DATE, YEAR_SO_FAR)


#: The basis of a move's run of the last sessions up to the article's date ("have recovered 8.8% over the past two
#: sessions", :func:`analysis.timeline.dated.periods.past_sessions`), or of the sessions from an earlier day its sentence
#: names ("filmed on March 11, wiped 12% off its value in two sessions"): the sessions the figure moved over, its own span.
PAST_SESSIONS = re.compile(r"the (?:last \d+ sessions up to |\d+ sessions from )")
#: In such a basis, the sessions before the article's own ("after gaining 5.2% over the previous three sessions"): they
#: place no other move of their sentence, which is on the session after them.
SESSIONS_BEFORE = "before the article's session"
#: The basis of two months joined into one stretch ("between May and July", "from March to June"):
#: :func:`analysis.timeline.dated.spots.month_ranges`.
MONTH_RANGE = "a range of months"


#: In a basis, a quarter or a half placed as the period a reported figure covers ("Third-quarter sales fell 4%", "sales fell
#: 12% in the third quarter"): a period of the figure, which places no move of its sentence off its session.
FIGURE_PERIOD = "the period of a reported figure"

#: The basis of another event placed from its sentence's day ("on Monday, a week after X's failure": X), which is
#: no date of the sentence's own clauses (:func:`event_from_day`).
OTHER_EVENT = "another event:"


def clause_around(text: str, start: int, end: int) -> str:
    """The stretch of ``text`` between the sentence or clause breaks (. ; : ! ? or a line end) around ``start:end``."""
    left = max(text.rfind(ch, 0, start) for ch in ".;:!?\n") + 1
    rights = [i for i in (text.find(ch, end) for ch in ";!?\n") if i >= 0]
    stop = re.search(r"\.(?:\s|$)", text[end:])
    if stop:
        rights.append(end + stop.start())
    return text[left:min(rights) if rights else len(text)]


@dataclass(frozen=True)
class TemporalExpression:
    """One dated expression of a text: ``start``/``end`` offsets into it; ``date_start``/``date_end`` an
    inclusive interval (None when it cannot be resolved); ``precision`` how exact it is; ``kind`` what sort of
    expression it is (``after_event`` for one anchored on another date or event); ``basis`` how it was dated;
    ``anchor`` the date it was resolved against; ``ref_start`` the offset of X for "days after X"."""

    expression: str
    start: int
    end: int
    date_start: date | None
    date_end: date | None
    precision: Precision
    kind: Kind
    basis: str = ""
    anchor: date | None = None
    ref_start: int | None = None

    @property
    def resolved(self) -> bool:
        """Whether it has a date interval."""
        return self.date_start is not None and self.date_end is not None

    @property
    def eventful(self) -> bool:
        """Whether a sentence carrying this expression can be placed on a timeline (years alone cannot)."""
        return self.resolved and self.precision != "year"

    @property
    def coming_year(self) -> bool:
        """Whether it is a whole year after the year of the date it was read against ("starting in 2029" in a 2026
        article): with a clause about the future, a plan placed in its year."""
        return (
            self.resolved and self.precision == "year" and self.anchor is not None and self.date_start is not None
            and self.date_start.year > self.anchor.year and self.date_end is not None
            and (self.date_end - self.date_start).days >= 364 and self.date_start.year - self.anchor.year <= 10
        )

    @property
    def rest_of_year(self) -> bool:
        """Whether it is the rest of the year of the date it was read against, from the day after that date to the
        year's end ("later this year" in a June article): with a clause about the future, a plan placed on those
        months (the current year as a whole stays too vague, :attr:`past_year`)."""
        return (
            self.resolved and self.precision == "year" and self.anchor is not None and self.date_start is not None
            and self.date_end is not None and self.date_start.year == self.anchor.year
            and self.date_start > self.anchor and (self.date_end.month, self.date_end.day) == (12, 31)
        )

    @property
    def past_year(self) -> bool:
        """Whether it is a year before the year of the date it was read against: a fact of the background the
        timeline places in its year ("since the lender listed in 2011", "a 2024 agreement", "last year"). The
        current year is too vague to place an event; a coming one only in a plan (:attr:`coming_year`)."""
        return (
            self.resolved and self.precision == "year" and self.anchor is not None and self.date_end is not None
            and self.date_end.year < self.anchor.year
        )


def precision_of(value: str) -> str | None:
    """The timeline precision of a TIMEX3 value: "day" (a date or a time), "week", "range" (a weekend),
    "month", "year" (kept, never drawn), or None for what the timeline does not place (quarters, seasons,
    decades, unresolved X-values)."""
    if DAY_VALUE.match(value):
        return "day"
    if _WEEK_VALUE.match(value):
        return "week"
    if _WEEKEND_VALUE.match(value):
        return "range"
    if MONTH_VALUE.match(value):
        return "month"
    if len(value) == 4 and value.isdigit():
        return "year"
    return None


def kind_of(value: str, anchor: str) -> Kind:
    """The kind of a dated timex: absolute, relative, month or year."""
    precision = precision_of(value)
    if precision == "year":
        return "year"
    if precision == "month":
        return "month"
    return "relative" if anchor else "absolute"


#: The words of the basis of a date of a copy's text, read on the day the copy's note says that text first ran.
COPY_BASIS = "of the text this copies"


def basis_of(anchor: str, value: str) -> str:
    """How a timex was dated, in words for the Timeline page."""
    if not anchor:
        return f"stated in the text (TIMEX3 {value})"
    if anchor.startswith("first publication"):  # a copy's text: the day its note says it first ran
        day = anchor.removeprefix("first publication ")
        return f"relative to the publication date {day} {COPY_BASIS} (TIMEX3 {value})"
    if anchor.startswith("publication"):
        return f"relative to the publication date {anchor.removeprefix('publication ')} (TIMEX3 {value})"
    if anchor.startswith("earliest publication"):
        day = anchor.removeprefix("earliest publication ")
        return f"relative to the earliest possible publication date {day} (TIMEX3 {value})"
    if anchor.startswith("text"):
        return f"relative to the date stated earlier in the text, {anchor.removeprefix('text ')} (TIMEX3 {value})"
    return f"relative to {anchor} (TIMEX3 {value})"
