"""Dates heading a line of a list ("Tuesday: Orvane results. UK inflation data.", "Nov. 5: Seven workers
rescued. The regulator suspends the mine."): the heading dates every sentence of its line, and a list of such lines
that runs forward in time keeps running forward (:func:`chronological_years`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from analysis.timeline.dated.model import TemporalExpression
from analysis.timeline.labels.event import event_label

#: A colon after a date that opens its line, its weekday in parentheses between them or not: the date heads a list
#: entry ("Tuesday: ...", "Nov 13 (Friday): ...").
_WEEKDAY_ASIDE = r"(?:\s*\((?:mon|tues|wednes|thurs|fri|satur|sun)day\))?"
_HEADING_COLON = re.compile(_WEEKDAY_ASIDE + r"\s*:\s", re.IGNORECASE)
#: A dash after such a date ("May 6 (Wednesday) - ...", "* March 3 - ..."): a list entry when at least two lines
#: of the text open so (one such line may be a dateline).
_HEADING_DASH = re.compile(_WEEKDAY_ASIDE + r"[ \t]*[-–—]{1,2}[ \t]", re.IGNORECASE)
MIN_DASH_HEADINGS = 2
#: A line opening with a day and month (either order) or an ISO date ("2031-03-04 – ..."), a bullet or nothing before
#: it, then a dash.
_DASH_LINE = re.compile(r"^[ \t]*(?:[*•·–—-][ \t]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                        r"\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                        r"|(?:19|20)\d\d-[01]\d-[0-3]\d)"
                        r"(?:,?\s+\d{4})?" + _WEEKDAY_ASIDE + r"[ \t]*[-–—]{1,2}[ \t]", re.IGNORECASE | re.MULTILINE)


def _dash_list(text: str) -> bool:
    """Whether ``text`` has a list of lines each opened by a date and a dash (a timeline factbox)."""
    return len(_DASH_LINE.findall(text)) >= MIN_DASH_HEADINGS


def line_followers(
    doc: dict[str, Any], sentences: tuple[list[Any], ...], i: int, kept: list[TemporalExpression],
    text: str,
) -> list[dict[str, object]]:
    """A date heading its line ("Tuesday: Orvane results. UK inflation data.", "May 6 (Wednesday) - Inspectors
    find a leak. Output stops." in a list of such lines) dates every sentence of that line: one mention for each
    later sentence of the line (sentence ``i`` holds the heading; ``kept`` its expressions placed on the timeline).
    The caller drops those of sentences dated on their own."""
    starts, _, sent_ids, sent_texts = sentences
    s0 = int(starts[i])
    head = next((e for e in kept if e.start == s0 and (_HEADING_COLON.match(text, e.end)
                                                       or (_HEADING_DASH.match(text, e.end) and _dash_list(text)))), None)
    if head is None or text[max(0, s0 - 1):s0] not in ("", "\n"):
        return []
    line_end = text.find("\n", s0)
    line_end = len(text) if line_end < 0 else line_end
    out: list[dict[str, object]] = []
    j = i + 1
    while j < len(starts) and int(starts[j]) < line_end:
        sentence = str(sent_texts[j])
        label = event_label(sentence, 0, 0, text[:int(starts[j])])
        out.append({
            "doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"], "sent_id": int(sent_ids[j]),
            "date_start": head.date_start, "date_end": head.date_end, "precision": head.precision,
            "expression": head.expression, "kind": head.kind, "basis": f"the date heading its line; {head.basis}",
            "event": label.label, "key": label.key, "sentence": sentence,
        })
        j += 1
    return out


#: What may stand before a date heading its line: a bullet ("* ", "- ", "• ") or nothing.
_LINE_OPENING = re.compile(r"[ \t]*(?:[*•·–—-][ \t]+)?$")
#: What follows a date heading its line: a dash or a colon, then the entry.
_HEADING_BREAK = re.compile(r"[ \t]*(?:[-–—]{1,2}|:)[ \t]+\S")
#: A year written out: such a heading is placed by it, never moved.
_STATED_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b|['’]\d\d\b")
#: A yearless month name heading a line ("Early February", "Aug. 20", "22 March"); not a weekday or "last month".
_MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?")
_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|previous|coming|following|that|same)\b", re.IGNORECASE)


def _in_year(day: date, year: int) -> date:
    """``day`` moved to ``year`` (February 29 becomes the 28th)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _next_year(day: date) -> date:
    """``day`` a year later (February 29 becomes the 28th)."""
    return _in_year(day, day.year + 1)


def _month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _line_before(text: str, line: int) -> int:
    """The start of the last line with text before the line starting at ``line`` (-1 when none)."""
    end = line - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return text.rfind("\n", 0, end) + 1 if end > 0 else -1


def chronological_years(text: str, exprs: list[TemporalExpression]) -> list[TemporalExpression]:
    """A list of dated lines that runs forward in time ("* March 3, 2025 - Talks open. / * Aug. 20 - The ministry
    rejects the plan. / * Early February - Last day to lodge objections.") keeps running forward: after at least two
    lines in order, a heading written without its year is in the year of the line above it ("Nov. 3, 2030 - ... /
    Jan. 9, 2031 - ... / Jan. 20 - ..." is January 20, 2031, even in a November 2031 article, where the day alone
    reads as the coming one), or in the next year when it would fall before that line (a factbox's coming deadline,
    not last year's). ``exprs`` are a document's dated expressions; the others pass."""
    heads: list[tuple[int, TemporalExpression]] = []  # (line start, expression) of each date heading its line
    for e in exprs:
        line = text.rfind("\n", 0, e.start) + 1
        if e.resolved and _LINE_OPENING.match(text, line, e.start) and _HEADING_BREAK.match(text, e.end):
            if not heads or heads[-1][0] != line:
                heads.append((line, e))
    moved: dict[int, TemporalExpression] = {}
    run: list[TemporalExpression] = []  # the headings of the list so far, each on the line after the one before
    last_line = -1
    for line, e in heads:
        if run and _line_before(text, line) != last_line:
            run = []  # another list (blank lines between its entries allowed)
        last_line = line
        ordered = len(run) >= 2 and all(a.date_start <= b.date_start for a, b in zip(run, run[1:]))  # type: ignore[operator]
        if (ordered and _MONTH_NAME.search(e.expression) and not _STATED_YEAR.search(e.expression)
                and not _RELATIVE_WORD.search(e.expression)):
            # the year of the line above, or the next one when the day would fall before that line's
            above: date = run[-1].date_start  # type: ignore[assignment]
            first = _in_year(e.date_start, above.year)  # type: ignore[arg-type]
            if first < above:
                first = _in_year(e.date_start, above.year + 1)  # type: ignore[arg-type]
            if first != e.date_start:
                shift = first.year - e.date_start.year  # type: ignore[union-attr]
                last = _in_year(e.date_end, e.date_end.year + shift)  # type: ignore[arg-type,union-attr]
                if e.precision == "month":
                    last = _month_end(last)  # (a February's end)
                note = ("a year on, as the list of dates above it runs forward" if first > e.date_start  # type: ignore[operator]
                        else "in the year of the line above, as the list of dates above it runs forward")
                moved[id(e)] = e = replace(e, date_start=first, date_end=last, basis=f"{e.basis}; {note}")
        run.append(e)
    return [moved.get(id(e), e) for e in exprs]


#: The date an expression was read from, as its basis gives it: "... stated earlier in the text, 2029-12 (TIMEX3 ...)",
#: "a week later 'Monday' (2030-07-29)" (:func:`analysis.timeline.dated.model.basis_of`).
_READ_FROM = re.compile(r"(?:stated earlier in the text, |\()((?:1[89]|2\d)\d\d)\b")


def _read_from_year(e: TemporalExpression) -> int | None:
    """The year of the date ``e`` was read from, when it was read from a date the text stated (else None: the
    publication date)."""
    if e.basis.startswith(("relative to the publication", "relative to the earliest")):
        return None
    m = _READ_FROM.search(e.basis)
    return int(m.group(1)) if m else None


#: A year written alone: "2026".
_BARE_YEAR = re.compile(r"(?:1[89]|2\d)\d\d")


def year_heading_lines(text: str, exprs: list[TemporalExpression]) -> list[TemporalExpression]:
    """A line of a chronology headed by a year ("2026: Won the streaming rights. The contract was signed in Zurich,
    and the apology came the following Monday.", "2029 - Listed in Sao Paulo and, a week later, in New York") tells
    events of that year: a date of the line read from a date outside it (the publication date, or the last date the
    text stated before the list) that falls outside the year is dropped, and the heading dates its sentence. Dates
    the line states in full, those that fall inside the year, and those read from a date of that year ("2029: Signed
    the deal in December; it closed the following month") stay. ``exprs`` are a document's dated expressions."""
    spans: list[tuple[int, int, TemporalExpression]] = []  # (heading end, line end, heading)
    for e in exprs:
        if e.precision != "year" or not e.resolved or not _BARE_YEAR.fullmatch(e.expression.strip()):
            continue
        line = text.rfind("\n", 0, e.start) + 1
        if _LINE_OPENING.match(text, line, e.start) and _HEADING_BREAK.match(text, e.end):
            line_end = text.find("\n", e.end)
            spans.append((e.end, len(text) if line_end < 0 else line_end, e))
    if not spans:
        return exprs
    out = []
    for e in exprs:
        head = next((h for a, b, h in spans if a <= e.start < b), None)
        if (head is not None and e.resolved and not e.basis.startswith("stated in the text")
                and (e.date_start < head.date_start or e.date_end > head.date_end)  # type: ignore[operator]
                and _read_from_year(e) != head.date_start.year):  # type: ignore[union-attr]
            continue
        out.append(e)
    return out
