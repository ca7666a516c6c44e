"""Timeline of dated events: every sentence that carries a resolvable date, merged across documents.

Pipeline (all pure):

1. :func:`timeline_mentions` — built on the timex table alone (:func:`analysis.timeline.timexes.timex_mentions`,
   read by :mod:`analysis.timeline.dated`): each sentence carrying a DATE or TIME resolved to a day, a week, a
   weekend or a month, or a span anchored on another date or event ("days after the launch", "the weekend
   following X", kind ``after_event``), becomes one *mention* per distinct interval, with a short label from
   :mod:`analysis.timeline.labels.event`. Mentions of the same event (similar label or sentence, overlapping dates)
   share an ``event_id``. Run it on the whole corpus, then narrow with :func:`narrow_mentions`.
2. :func:`default_window` — the densest 8-day window (Jan 20–27 2025 for the seeds).
3. :func:`event_items` — one row per event with its sources; :func:`render_timeline_chart` draws them.

Merging mentions into events and share moves as events live in :mod:`analysis.timeline.merge`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import namedtuple
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from analysis.corpus.load import Corpus
from analysis.lexicon import verb_forms
from analysis.time.timex_context import is_future
from analysis.time.timex_reprint import first_publication, reprint_note
from analysis.timeline.clauses import (
    dependent,
    compared_from,
    event_since_spans,
    in_condition,
    move_cause,
    quoted_today,
    quoted_utterance,
    referenced_dates,
    since_ranges,
    past_state_end,
    same_period_spans,
    state_end,
    run_close,
    state_now,
    subordinate,
)
from analysis.timeline.dated.clock import clock_days
from analysis.timeline.dated.entries import ENTRY_STAMP, entry_lines, entry_stamps, perfect_under_stamps
from analysis.timeline.dated.expressions import timex_expressions
from analysis.timeline.dated.acts import REPORT_ACT, report_acts, report_day
from analysis.timeline.dated.asides import subject_aside
from analysis.timeline.dated.counted import counted_from_news
from analysis.timeline.dated.headline import HEADLINE_DAY, HEADLINE_TAG, headline_day, key_point_days
from analysis.timeline.dated.model import DAY_CLOSES, MOVE_FROM, YEAR_SO_FAR, YEAR_TO_DATE, TemporalExpression
from analysis.timeline.dated.readings import year_frames
from analysis.timeline.dated.releases import data_releases
from analysis.timeline.dated.same_day import same_day_anaphors
from analysis.timeline.dated.spots import (
    after_event_today,
    comes_after_today,
    month_ranges,
    past_day_spans,
    past_perfect_days,
    session_timing,
    week_moves,
    weekday_asides,
    year_to_date,
)
from analysis.timeline.dated.tense import narrative_present, past_after_modal, past_aside, target_year
from analysis.timeline.dated.wraps import SESSION_WRAP, session_wraps
from analysis.timeline.dated.undated import story_year_dates, text_dated, undated_rows
from analysis.timeline.entry_moves import entry_move_rows
from analysis.timeline.event_day import event_day_moves
from analysis.timeline.headings import chronological_years, line_followers, year_heading_lines
from analysis.timeline.labels.event import event_label
from analysis.timeline.merge import PRECISION_RANK, DayBlock, merge_events, move_mentions, reported_label
from analysis.timeline.sessions import placed_moves
from analysis.timeline.background import coming_horizons, past_backgrounds
from analysis.timeline.before_event import so_far_before_event
from analysis.timeline.retold import first_tellings
from analysis.timeline.story_since import story_since_spans, timeline_spans
from analysis.timeline.timexes import document_date, text_rows, timex_mentions
from analysis.timeline.yardsticks import so_far_backgrounds, yardsticks

MENTION_COLUMNS = [
    "doc_id", "file", "outlet", "sent_id", "date_start", "date_end", "precision", "expression", "kind", "basis",
    "event", "key", "sentence", "event_id", "far_out",
]
CLI_COLUMNS = [
    "doc_id", "file", "outlet", "date_start", "date_end", "precision", "expression", "event", "sentence", "in_window",
    "event_id",
]
ITEM_COLUMNS = [
    "event_id", "date_start", "date_end", "precision", "when", "event", "outlets", "n_sources", "n_mentions",
    "in_window", "far_out", "sentence",
]
WINDOW_DAYS = 8
#: A clock time alone ("9 a.m. CET", "14:30", "noon"): the hour of a day the text gives elsewhere.
_CLOCK_ONLY = re.compile(r"^(?:at\s+)?(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|noon|midnight)$",
                         re.IGNORECASE)
#: The basis of a date read from a date stated earlier in the text (:func:`analysis.timeline.dated.model.basis_of`).
_TEXT_ANCHORED = "relative to the date stated earlier in the text"
_WORD = re.compile(r"[A-Za-z]{2}")
_CHANGE_FIGURE = re.compile(r"[+\-−–]\s?\d[\d.,]*\s*%")
#: Dates this many years away from every publication date in the corpus are flagged (a garbled "1925").
FAR_OUT_YEARS = 5
#: A range longer than this (a quarter) is on a window's timeline only when inside it, like a month.
MAX_OVERLAP_DAYS = 31


#: A note on the article itself, not the story: where or when it first ran, was recorded or edited, what time its
#: prices are from ("This article first appeared in X on 14.11.2019.", "(This story was originally published by X on
#: November 20.", "Original version published on 13/03/2024.", "Interview recorded on Tuesday, 19 March.", "Data:
#: Prices as of 4:00 PM EDT."). Its dates are no events of the story.
_PUBLICATION_NOTE = re.compile(
    r"^\W*(?:translated from [A-Z][a-z]+\.\s*)?(?:this\s+(?:article|story|piece|report|interview|column|op-ed|version|"
    r"post|item|transcript)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:first\s+|originally\s+|initially\s+)?(?:appeared|"
    r"published|posted|ran|recorded|filed|broadcast|aired|updated|edited)\b"
    r"|original(?:ly)?\s+(?:version\s+)?(?:published|posted|appeared)\b|first\s+published\b"
    r"|(?:interview|conversation|podcast|recording)\s+(?:was\s+)?(?:recorded|conducted|held)\b"
    r"|(?:data|prices?|quotes?|figures?)\s*(?::\s*(?:prices?|quotes?|data)\s+)?as\s+of\b)", re.IGNORECASE)


def _copied(text: str, timexes: list[Any], dct: date | None) -> tuple[date, int] | None:
    """The day a copy's note says its text first ran and where the copied text ends
    (:func:`analysis.time.timex_reprint.first_publication`), else None. ``timexes`` are the text's timex rows."""
    note = reprint_note(text)
    if note is None:
        return None
    days = [(int(r.clean_start), int(r.clean_end), r.date_start) for r in timexes
            if r.type == "DATE" and r.date_start is not None and not pd.isna(r.date_start) and r.date_start == r.date_end]
    return first_publication(text, note, days, dct)


def _expressions(text: str, timexes: list[Any], dct: date | None, story_day: date | None) -> list[TemporalExpression]:
    """The dated expressions of a text read on the day ``dct``: its timexes as the timeline reads them, and the
    dates its share moves, sessions, spans and past-perfect days imply."""
    exprs = weekday_asides(text, month_ranges(text, timex_expressions(text, timexes, dct)))
    exprs = after_event_today(text, dct, past_day_spans(text, past_perfect_days(text, exprs)))
    exprs = comes_after_today(text, dct, exprs)
    exprs = exprs + week_moves(text, dct, exprs) + year_to_date(text, dct) + session_timing(text, dct, exprs)
    exprs = perfect_under_stamps(text, dct, entry_stamps(text, dct, exprs))
    if story_day is not None and dct is None:
        exprs = exprs + story_year_dates(text, story_day)
    if dct is None:
        exprs = exprs + text_dated(text, timexes)
    exprs = year_heading_lines(text, since_ranges(text, chronological_years(text, sorted(exprs, key=lambda e: e.start))))
    exprs = exprs + event_since_spans(text, dct, exprs)
    return exprs + same_period_spans(text, exprs)  # "Over the same period, X has gained 9%": the span before


def _doc_mentions(
    doc: dict[str, Any], sentences: tuple[list[Any], ...], timexes: list[Any], story_day: date | None = None
) -> list[dict[str, object]]:
    """The dated mentions of one document: ``sentences`` its sentences' (char_start, char_end, sent_id, text)
    lists, ``timexes`` its rows of the timex table."""
    text = str(doc["text"])
    dct = document_date(doc["published"], doc["published_earliest"])
    copy = _copied(text, timexes, dct)
    if copy is None:
        exprs = _expressions(text, timexes, dct, story_day)
    else:
        # a copy's text is read on the day its note names, a paragraph the copy added on the copy's own day
        first, cut = copy
        exprs = [e for e in _expressions(text, timexes, first, story_day) if e.start < cut]
        if cut < len(text):
            exprs += [e for e in _expressions(text, timexes, dct, story_day) if e.start >= cut]
    rows: list[dict[str, object]] = []
    followers: list[dict[str, object]] = []
    starts, ends, sent_ids, sent_texts = sentences
    exprs = exprs + (session_wraps(text, dct, exprs, starts, ends) + report_acts(text, dct, exprs, starts, ends)
                     if copy is None else session_wraps(text, copy[0], exprs, starts, ends, limit=copy[1])
                     + report_acts(text, copy[0], exprs, starts, ends, limit=copy[1]))
    exprs = exprs + same_day_anaphors(text, dct, exprs, starts, ends)  # "had finished 0.8% up earlier in the day"
    # "China's exports fell in December, official data showed": the release on the report's day, not December
    released, covered = (data_releases(text, dct, exprs, starts, ends) if copy is None
                         else data_releases(text, copy[0], exprs, starts, ends, limit=copy[1]))
    if covered or released:
        exprs = [e for e in exprs if id(e) not in covered] + released
    counts = (counted_from_news(text, dct, exprs, starts, ends) if copy is None
              else counted_from_news(text, copy[0], exprs, starts, ends, limit=copy[1]))
    if counts:  # "The move came a day after X said ...": X on the day before the report's, not the tagger's reading
        exprs = [e for e in exprs if not any(c.start < e.end and e.start < c.end for c in counts)] + counts
    of_day = dct is not None and copy is None and report_day(dct, exprs, starts, ends) is not None
    by_sentence: dict[int, list[TemporalExpression]] = {}
    for e in exprs:
        i = bisect_right(starts, e.start) - 1
        if i >= 0 and e.start < ends[i]:
            by_sentence.setdefault(i, []).append(e)
    for i, found in sorted(by_sentence.items()):
        found = clock_days(found, text)  # "at 4 p.m. (Hong Kong time) on 22 June": an hour of that day
        s0 = int(starts[i])
        sentence_text = text[s0 : int(ends[i])]
        note = _PUBLICATION_NOTE.search(sentence_text) is not None
        idle = {id(e) for e in found if note or dependent(e, found, text, sentence_text) or quoted_today(e, found, text, s0)
                or state_now(e, found, text) or run_close(e, found, text)
                or in_condition(e, text, s0, copy[0] if copy is not None and e.start < copy[1] else dct)
                or quoted_utterance(e, found, text, s0)
                or (asked(sentence_text, e.start - s0) and not asked_of_past_event(e, sentence_text, e.start - s0))}
        referenced = referenced_dates(found, idle, text, s0)
        kept = [
            e for e in found if e.start not in referenced and id(e) not in idle
            and not compared_from(e, text)  # "sales fell 9% from a year earlier": the time compared from
            and (e.eventful or (e.past_year and (not is_future(text, e.start, e.end)  # not a garbled "In 1925, we will"
                                                 or past_after_modal(text, e.start)  # "would keep ... signed in 2021"
                                                 or past_aside(text, e.start, e.end)  # "X, set up in 2021, will be"
                                                 or narrative_present(text, e.start, e.end)))  # "The story begins in 2011"
                 or (e.coming_year and (is_future(text, e.start, e.end)  # "the levy will apply from 2029"
                                        or target_year(text, e.start, e.end)))  # "pledged in May to sell only EVs by 2030"
                 or (e.rest_of_year and is_future(text, e.start, e.end))  # "will present full results later this year"
                 or state_end(e, found, text)  # "Brask has funds that last into 2033": the year a state ends
                 or past_state_end(e, text))  # "was finance chief until 2036 and joined the board in 2038"
        ]
        stamp = next((e for e in kept if e.basis.startswith(ENTRY_STAMP)), None)
        if stamp is not None:
            # "09:45 CET - The decree took effect at 9 a.m. CET.": an hour of the entry's own day, not of a date stated
            # earlier in the text (in a reverse-chronological blog, a later entry's)
            kept = [replace(e, date_start=stamp.date_start, date_end=stamp.date_end, basis=f"{e.basis}; the hour of "
                            f"the entry's day") if e is not stamp and _CLOCK_ONLY.match(e.expression.strip())
                    and e.basis.startswith(_TEXT_ANCHORED) else e for e in kept]
        if any(not e.basis.startswith(ENTRY_STAMP) and e.precision != "year" and not e.basis.endswith(DAY_CLOSES)
               for e in kept) \
                and not (stamp is not None and _stamp_tells_a_statement(stamp, kept, text, s0)):
            # "11:30 BST - X is lower after Monday's slide": the entry's own date tells its event (a year of the
            # background does not: "2:05 p.m. / The bank has raised its rate, its largest increase since 1994"; nor
            # does the close the entry's move is measured from: "9:41 a.m. - First trade at $1.15, down 61% from
            # Friday's close of $2.95" is the entry's move and Friday's close)
            kept = [e for e in kept if not e.basis.startswith(ENTRY_STAMP)]
        causes = {id(e) for e in kept if move_cause(e, kept, text, s0)}  # "off 4.2% on Thursday after Monday's ruling"
        told = [e for e in kept if not e.basis.startswith(ENTRY_STAMP)]
        framed = told if told and len(told) < len(kept) else kept  # (an entry's day beside a background year frames none)
        framing = (yardsticks(framed, text) | year_frames(text, framed)) - causes
        kept = [e for e in kept if id(e) not in framing]
        background = so_far_backgrounds(kept, text)  # kept until the moves are placed: it holds their figure
        kept = [replace(e, basis=f"{e.basis}; {SO_FAR_BACKGROUND}") if id(e) in background else e for e in kept]
        inner = subordinate(kept, text, s0, int(ends[i])) - causes
        inner |= past_backgrounds(kept, inner, text)  # "soared 75% on Thursday after ... did not cause the 2017 fire"
        inner |= _aside_years(kept, inner, text, s0, of_day)  # "Pellham, which bought the unit in 2031, said in a statement"
        inner |= coming_horizons(kept, inner, copy[0] if copy is not None and s0 < copy[1] else dct)  # "said on Thursday its chips would slip to late 2032"
        seen: set[tuple[date, date]] = set()
        sentence_rows: list[dict[str, object]] = []
        for e in kept:
            if id(e) in inner:
                continue  # the sentence is dated by its main clause (the blind gold's reading, one date a sentence)
            assert e.date_start is not None and e.date_end is not None
            interval = (e.date_start, e.date_end)
            if interval in seen:
                continue
            rest = sentence_text[: e.start - s0] + " " + sentence_text[e.end - s0 :]
            moved = _CHANGE_FIGURE.search(rest) is not None and (dct is None or e.date_end <= dct)
            if not _WORD.search(rest) and not moved:  # "Monday: +9.5%" tells a move (a result, never ahead)
                continue  # the sentence is the date alone (a live blog's "11:40 a.m."): no event of its own
            seen.add(interval)
            if e.basis.startswith((SESSION_WRAP, REPORT_ACT)):  # the "expression" is the verb: nothing to take out
                label = event_label(str(sent_texts[i]), e.start - s0, e.start - s0, text[:s0])
            else:
                label = event_label(str(sent_texts[i]), e.start - s0, e.end - s0, text[:s0])
            sentence_rows.append({
                "doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"], "sent_id": int(sent_ids[i]),
                "date_start": e.date_start, "date_end": e.date_end, "precision": e.precision, "expression": e.expression,
                "kind": e.kind, "basis": e.basis, "event": label.label, "key": label.key, "sentence": str(sent_texts[i]),
            })
        rows.extend(_one_per_event(sentence_rows))
        followers.extend(line_followers(doc, sentences, i, kept, text))
    # a sentence dated only by a year of the background ("The stock slumps 19%, its worst day since the 2014 flotation")
    # is still told on the day heading its line
    dated_sentences = {r["sent_id"] for r in rows if r["precision"] != "year"}
    rows = _headline_rows(doc, text, dct if copy is None else None, exprs, starts, ends) + rows \
        + _key_point_rows(doc, text, dct if copy is None else None, exprs, sentences, {int(r["sent_id"]) for r in rows})
    # a year heading its line gives way to a year of the sentence's own ("2006: Merchants file a suit. It settles in
    # 2012 for $7.25 billion."): no finer than that year, the heading is no better date of its event
    year_dated = {r["sent_id"] for r in rows}
    return rows + [r for r in followers if r["sent_id"] not in dated_sentences
                   and not (r["precision"] == "year" and r["sent_id"] in year_dated)]


def _headline_rows(doc: dict[str, Any], text: str, dct: date | None, exprs: list[TemporalExpression],
                   starts: list[int], ends: list[int]) -> list[dict[str, object]]:
    """The row of the news the document's headline (``doc["title"]``) tells on its lead's day
    (:func:`analysis.timeline.dated.headline.headline_day`), sentence id -1 as a headline's share move; none when it
    tells none."""
    title = doc.get("title")
    if not isinstance(title, str):
        return []
    found = headline_day(title, text, dct, exprs, starts, ends)
    if found is None:
        return []
    at, day = found
    label = event_label(title, at, at, "")
    return [{"doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"], "sent_id": -1,
             "date_start": day, "date_end": day, "precision": "day", "expression": title[at:].split()[0],
             "kind": "relative", "basis": f"{HEADLINE_DAY} {day.isoformat()}",
             "event": _headline_label(title, label.label), "key": label.key, "sentence": title}]


def _key_point_rows(doc: dict[str, Any], text: str, dct: date | None, exprs: list[TemporalExpression],
                    sentences: tuple[list[Any], ...], dated: set[int]) -> list[dict[str, object]]:
    """The rows of the key points listed under the document's headline that tell news as it does
    (:func:`analysis.timeline.dated.headline.key_point_days`), each on its sentence, none on a sentence ``dated``
    already (its share move, a date of its own). Only under a headline kept apart from the text: without one, the
    text's first line is the headline itself."""
    title = doc.get("title")
    if not isinstance(title, str) or not title.strip():
        return []
    starts, ends, sent_ids, sent_texts = sentences
    rows: list[dict[str, object]] = []
    for at, day in key_point_days(text, dct, exprs, starts, ends):
        i = bisect_right(starts, at) - 1
        if i < 0 or at >= ends[i] or int(sent_ids[i]) in dated or str(sent_texts[i]).strip() in title:
            continue
        s0 = int(starts[i])
        label = event_label(str(sent_texts[i]), at - s0, at - s0, text[:s0])
        rows.append({"doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"], "sent_id": int(sent_ids[i]),
                     "date_start": day, "date_end": day, "precision": "day", "expression": text[at:].split()[0],
                     "kind": "relative", "basis": f"{HEADLINE_DAY} {day.isoformat()}; a key point under the headline",
                     "event": label.label, "key": label.key, "sentence": str(sent_texts[i])})
    return rows


#: The most words a headline may have to stand as its own event's label.
_HEADLINE_LABEL_WORDS = 14


def _headline_label(title: str, built: str) -> str:
    """The label of a headline's event: the headline itself (without a wire's tag), already a clause in the present
    ("Floods shut Seraya plant; shares post record fall"), when it is short enough or when the label built from it
    would end on a verb whose object it dropped ("Acme chief says sales data shows"); else the built label."""
    tag = HEADLINE_TAG.match(title)
    head = title[tag.end():].strip() if tag else title.strip()
    words = head.split()
    last = built.split()[-1].lower() if built.split() else ""
    if len(words) <= _HEADLINE_LABEL_WORDS or last in verb_forms():
        return head
    return built


#: The end of a direct question: "?", then perhaps a closing quotation mark or bracket.
_QUESTION_END = re.compile(r"\?[”\"’')\]]*\s*$")
#: The opening of a direct question, after a speaker's turn ("Q:", "HOST:") or a conjunction: an interrogative
#: word or an auxiliary put before its subject ("What did ...", "Will Keel ...", "And did ...").
_QUESTION_START = re.compile(
    r"^\W*(?:[A-Z][A-Z.'’ -]{0,30}:\s*)?(?:(?:and|but|so|or|then)\s+)?(?:what|why|how|when|where|who|whom|whose|which|"
    r"will|would|can|could|did|do|does|is|are|was|were|has|have|had|should|shall|may|might|must|isn't|aren't|"
    r"wasn't|weren't|didn't|doesn't|don't|won't|wouldn't|can't|couldn't|hasn't|haven't|shouldn't)\b", re.IGNORECASE)


def asked(sentence: str, at: int) -> bool:
    """Whether the date at offset ``at`` of ``sentence`` sits in a direct question ("What did the board decide on
    Tuesday?", "Will Orvane reopen the plant in May?", a host's turn of a transcript): a question tells no event.
    The question is the sentence, or its part after a colon or an opening quotation mark when the sentence ends on
    it ("... Tuesday has brought Sanders closer to one question: What does he want?"), and opens as a question does;
    a statement ending on an embedded question ("The Pentagon said today it will re-examine whether ...?") is none."""
    if not _QUESTION_END.search(sentence):
        return False
    end = sentence.rstrip()
    opener = max(end.rfind("“"), end.rfind('"', 0, len(end) - 1), end.rfind("‘"), end.rfind(":"))
    if end[-1] not in "”\"’'":
        opener = end.rfind(":")
    start = opener + 1 if opener >= 0 else 0
    return at >= start and _QUESTION_START.match(sentence[start:]) is not None


#: A question's subject up to its date, right after the question's auxiliary: "Was the freeze on Monday a surprise?",
#: "Why did the vote of March 3 fail?" (a determiner, one to three words, then "on", "of" or "in").
_SUBJECT_BEFORE_DATE = re.compile(
    r"^\W*(?:[A-Z][A-Z.'’ -]{0,30}:\s*)?(?:(?:and|but|so)\s+)?(?:(?:why|how|when)\s+)?(?:was|were|is|are|did|does|do|"
    r"has|have|had)\s+(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){1,3}?(?:on|of|in)\s+$", re.IGNORECASE)


def asked_of_past_event(e: TemporalExpression, sentence: str, at: int) -> bool:
    """Whether the past date ``e`` at offset ``at`` of a question ``sentence`` dates the event its subject names ("Was
    the freeze on Monday a surprise?"): the question takes that event as given, so the date is the event's. A date of
    the question's own verb ("Did regulators approve the deal last week?") or a date to come stays out."""
    past = e.date_end is not None and e.anchor is not None and e.date_end < e.anchor  # type: ignore[operator]
    return past and _SUBJECT_BEFORE_DATE.match(sentence[:at]) is not None


#: The bases of the span of a move over the year so far ("up 11% this year", "year to date").
_SO_FAR = (YEAR_TO_DATE, YEAR_SO_FAR)


#: A verb of saying in the present or the past: "X says it will ...", "X said it would ...".
_STATEMENT_VERB = re.compile(r"\b(?:says|said|told|tells|announced|announces|confirmed|confirms|warned|warns|pledged|"
                             r"pledges|promised|promises)\b")


def _stamp_tells_a_statement(stamp: TemporalExpression, kept: list[TemporalExpression], text: str, s0: int) -> bool:
    """Whether a live blog entry's sentence reports a statement of its day about what is to come: a verb of saying
    before every other date of the sentence, each after the entry's day ("10:40 CET - Corvane says it will update
    the market no later than Friday"). The stamp then dates the statement, the coming date its plan: two events."""
    others = [e for e in kept if e is not stamp and not e.basis.startswith(ENTRY_STAMP)]
    return bool(others) and all(
        e.date_start is not None and stamp.date_end is not None and e.date_start > stamp.date_end
        and _STATEMENT_VERB.search(text, s0, e.start) is not None for e in others)


def _aside_years(found: list[TemporalExpression], skipped: set[int], text: str, s0: int, of_day: bool) -> set[int]:
    """The ids of the years of one sentence (``found``, offsets into ``text``, the sentence starting at ``s0``) that
    stand in an aside on its subject (:func:`analysis.timeline.dated.asides.subject_aside`) in a report of its own day
    (``of_day``), when the sentence names no date of its own beside them: the act is the day's, told undated
    ("Dovercorp, set up in 2027 by two lenders, said it was weighing asset sales", read as an act of the report's day),
    or it has no date at all ("X, who ran the group from 2029 to 2033, also left"). A sentence naming a day or
    another date keeps the aside's year ("X, which listed in 2029, fell 5% on Monday": the writers list both)."""
    asides = {id(e) for e in found if e.precision == "year" and e.date_end is not None and subject_aside(text, s0, e)}
    if not asides or not of_day:
        return set()
    named = [e for e in found if id(e) not in asides and id(e) not in skipped and not e.basis.startswith(REPORT_ACT)]
    return set() if named else asides


def _one_per_event(sentence_rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """One sentence tells an event once: of two mentions with the same label whose dates overlap ("this week
    ... on Thursday") keep the more precise one. Disjoint dates stay, each its own event ("Applied Materials
    reports on November 12, and KLA on October 28"), and so do the span of a move over the year so far and another
    date inside it ("is down 64% this year, and it traded below its net cash last week": the move over the year and
    last week's trading; "down 30% this year and 12% since March")."""
    order = sorted(sentence_rows, key=lambda r: PRECISION_RANK[str(r["precision"])])
    kept: list[dict[str, object]] = []
    for row in order:
        if not any(
            k["event"] == row["event"] and k["date_start"] <= row["date_end"] and row["date_start"] <= k["date_end"]  # type: ignore[operator]
            and str(k["basis"]).startswith(_SO_FAR) == str(row["basis"]).startswith(_SO_FAR)
            for k in kept
        ):
            kept.append(row)
    return [r for r in sentence_rows if any(r is k for k in kept)]


def story_day(docs: pd.DataFrame) -> date | None:
    """The corpus's latest publication date (or earliest possible one): the year an undated article's "March 13"
    takes (needs ``published, published_earliest``)."""
    known = pd.concat([docs["published"], docs["published_earliest"]]).dropna()
    return known.max().date() if len(known) else None


def dated_mentions(corpus: Corpus, timexes: pd.DataFrame | None = None, story: date | None = None) -> pd.DataFrame:
    """The per-document part of :func:`timeline_mentions`: one row per dated sentence mention, before merging
    (:data:`MENTION_COLUMNS` but ``event_id`` and ``far_out``), in document order. A document's rows depend on
    that document, its timexes and, for a document without any publication date, ``story``
    (:func:`story_day` of the whole corpus)."""
    rows: list[dict[str, object]] = []
    # plain lists, one pass each: no frame per document
    sentences = corpus.sentences
    columns = [sentences[c].tolist() for c in ("char_start", "char_end", "sent_id", "text")]
    sentence_groups = {k: tuple(_rows_at(col, idx) for col in columns)
                       for k, idx in sentences.groupby("doc_id", sort=False).indices.items()}
    if timexes is None:
        timexes = timex_mentions(corpus)
    timexes = text_rows(timexes)  # (not a headline's or a dateline's expressions: no events of their own)
    timex_groups: dict[str, list[int]] = {}  # a document's rows of the table, by position
    timex_keys: dict[str, list[tuple[object, ...]]] = {}  # each row's values but the document's own, missing as None
    row_type = namedtuple("TimexRow", list(timexes.columns))  # type: ignore[misc]
    values = [timexes[c].tolist() for c in timexes.columns]
    # (each column's values as read above, a missing one as None: no column converted a second time)
    plain = [_none_for_missing(column, timexes[c]) for c, column in zip(timexes.columns, values) if c not in _DOC_FIELDS]
    for i, (doc_id, key) in enumerate(zip(timexes["doc_id"].tolist(), zip(*plain))):
        timex_groups.setdefault(str(doc_id), []).append(i)
        timex_keys.setdefault(str(doc_id), []).append(key)

    def rows_of(doc_id: object) -> list[Any]:
        # (a document's rows as named tuples only while it is read: thousands kept at once would be followed by
        # every collection of the garbage collector)
        return [row_type(*[column[i] for column in values]) for i in timex_groups.get(str(doc_id), ())]
    # a reprint (same text, date, sentences and timexes: another outlet's copy) is read once, its rows copied
    done: dict[tuple[object, ...], list[dict[str, object]]] = {}
    # (the columns a document's mentions read, not the whole table: its other texts are not converted)
    read = ["doc_id", "file", "outlet", "published", "published_earliest", "text"] + \
        (["title"] if "title" in corpus.docs.columns else [])
    for doc in corpus.docs.loc[:, read].to_dict("records"):
        sents = sentence_groups.get(doc["doc_id"])
        if sents is not None and sents[0]:
            dct = document_date(doc["published"], doc["published_earliest"])
            key = (str(doc["text"]), dct, story if dct is None else None, doc.get("title"), tuple(tuple(col) for col in sents),
                   tuple(timex_keys.get(str(doc["doc_id"]), ())))
            found = done.get(key)
            if found is None:
                found = done[key] = _doc_mentions(doc, sents, rows_of(doc["doc_id"]), story)
                rows.extend(found)
            else:
                rows.extend({**r, "doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"]} for r in found)
    return _frame_of(rows, [c for c in MENTION_COLUMNS if c not in ("event_id", "far_out")])



def _rows_at(column: list[Any], positions: Any) -> list[Any]:
    """``column``'s values at ``positions`` (ascending): a slice when they run without a gap, as a document's
    sentences do."""
    first, last = int(positions[0]), int(positions[-1])
    if last - first + 1 == len(positions):
        return column[first : last + 1]
    return [column[i] for i in positions]


#: The fields of a mention that name its document: all a reprint's mentions differ by (:func:`dated_mentions`).
_DOC_FIELDS = ("doc_id", "file", "outlet")


def _frame_of(rows: list[dict[str, object]], columns: list[str]) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)`` for mention rows that hold every column: the same frame, built from
    one list per column (a frame from thousands of dictionaries reads them key by key, several times slower).
    No rows, or a row without one of the columns, are left to the plain constructor."""
    if rows:
        try:
            return pd.DataFrame({c: [r[c] for r in rows] for c in columns}, columns=columns)
        except KeyError:
            pass
    return pd.DataFrame(rows, columns=columns)


def _none_for_missing(values: list[Any], column: pd.Series) -> list[Any]:
    """``values`` (``column.tolist()``) with None for each missing value: what ``column.astype(object).where(
    column.notna(), None).tolist()`` gives, without converting the column again (most have no missing value)."""
    missing = column.isna()
    if not missing.any():
        return values
    return [None if m else v for v, m in zip(values, missing.tolist())]


def entry_days(corpus: Corpus) -> dict[tuple[str, int], date]:
    """(doc_id, sent_id) -> the publication day, for every sentence of a live blog entry opened by its time stamp
    (:func:`analysis.timeline.dated.entries.entry_lines`): "09:20 BST - Tarnwell opens down 6.1%. Brisco adds 2%." tells the
    blog's day in both sentences. Needs ``docs`` (doc_id, published, published_earliest, text) and ``sentences``."""
    out: dict[tuple[str, int], date] = {}
    docs = corpus.docs
    stamped = []
    for doc_id, published, earliest, text in zip(docs["doc_id"].tolist(), docs["published"], docs["published_earliest"],
                                                 docs["text"].tolist()):
        dct = document_date(published, earliest)
        lines = entry_lines(str(text), dct) if dct is not None else []
        if lines:
            stamped.append((str(doc_id), dct, lines))
    if not stamped:
        return out
    sentences = corpus.sentences
    groups = sentences.groupby(sentences["doc_id"].astype(str), sort=False).indices
    ids, starts = sentences["sent_id"].to_numpy(), sentences["char_start"].to_numpy()
    for doc_id, dct, lines in stamped:
        for i in groups.get(doc_id, []):
            if any(a <= int(starts[i]) < b for a, _, b, _ in lines):
                out[(doc_id, int(ids[i]))] = dct  # type: ignore[assignment]
    return out


#: A label whose subject is bare shares or stock ("Shares up 19.2% this week", a factbox item under its company).
_BARE_SHARES = re.compile(r"^(?:the |its |their )?(?:shares|stock)\b(?!\s+(?:of|in)\b)", re.IGNORECASE)  # (not "Shares of X")


def _move_subjects(dated: pd.DataFrame, moves: pd.DataFrame) -> pd.DataFrame:
    """``dated`` with a label whose subject is bare "shares" or "stock" given the company whose move the same
    sentence reports, when it reports one company's ("Shares up 19.2% this week" under a factbox heading ->
    "Acme Group shares up 19.2% this week") and a label that is the figure alone ("Down 2.7%" -> "Acme Group shares
    down 2.7%"); and the label of a sentence opened by "They" or "It" that reports one
    company's share move, given that company (:func:`_pronoun_move_label`)."""
    if dated.empty:
        return dated
    companies: dict[tuple[str, int], set[str]] = {}
    shares: dict[tuple[str, int], set[str]] = {}
    kinds = moves["kind"].tolist() if "kind" in moves.columns else ["share"] * len(moves)
    for d, s, c, kind in zip(moves["doc_id"].tolist(), moves["sent_id"].tolist(), moves["company"].tolist(), kinds):
        companies.setdefault((str(d), int(s)), set()).add(str(c))
        if kind == "share":
            shares.setdefault((str(d), int(s)), set()).add(str(c))
    labels = []
    sentences = dated["sentence"].tolist() if "sentence" in dated.columns else [""] * len(dated)
    keys = dated["key"].tolist() if "key" in dated.columns else [""] * len(dated)
    for d, s, label, sentence, key in zip(dated["doc_id"].tolist(), dated["sent_id"].tolist(), dated["event"].tolist(),
                                          sentences, keys):
        names = companies.get((str(d), int(s)), set())
        owners = shares.get((str(d), int(s)), set())
        bare = _BARE_SHARES.match(str(label))
        if bare and len(names) == 1:
            rest = str(label)[bare.end() - len(bare.group().split()[-1]):].lstrip()  # "Shares up 19.2%", "shares drop"
            label = f"{next(iter(names))} {rest[:1].lower()}{rest[1:]}"
        elif len(names) == 1 and _BARE_FIGURE.match(str(label)):  # "Down 2.7% on Tuesday." under its company
            name = next(iter(names))
            label = f"{name}{' shares' if name in owners else ''} {str(label)[:1].lower()}{str(label)[1:]}"
        elif len(names) == 1 and len(owners) == 1 and _PRONOUN_OPENING.match(str(sentence)):
            label = _pronoun_move_label(str(label), str(key), str(sentence), next(iter(owners)))
        labels.append(label)
    return dated if labels == dated["event"].tolist() else dated.assign(event=labels)


#: A label that is a move's figure alone ("Down 2.7%", "Up 0.4% this week"), a sentence telling no subject.
_BARE_FIGURE = re.compile(r"(?:up|down|higher|lower)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?\d", re.IGNORECASE)


#: A sentence opened by a pronoun that may stand for a company or its shares ("They are now down about 21% since
#: last Thursday.", "It rose 3.1% on Friday.").
_PRONOUN_OPENING = re.compile(r"\s*(?P<pronoun>They|It)\b(?![’'])")


def _pronoun_move_label(label: str, key: str, sentence: str, company: str) -> str:
    """The label of a sentence opened by "They" or "It" that reports ``company``'s share move, with the company as
    its subject when the label tells the move (a verb of rising or falling, or "up"/"down"): the pronoun, or the name
    the label guessed for it from the text before (the key's subject), becomes "<company> shares" for "They" and
    "<company>" for "It", the verb agreeing ("They are now down about 21%" -> "Acme shares are now down about 21%";
    "Rises 3.1%", no subject found -> "Acme shares rise 3.1%")."""
    they = _PRONOUN_OPENING.match(sentence).group("pronoun") == "They"
    guessed, group = (key.split("|") + ["", ""])[:2]
    guessed = guessed.lstrip("~")
    low = label.lower()
    if low.startswith(("they ", "it ")):
        rest = label.split(" ", 1)[1]  # the pronoun stayed: its verb agrees already
    elif guessed and low.startswith(guessed + " "):
        rest = _agreeing(label[len(guessed) + 1:], they)
    elif not guessed:
        rest = _agreeing(label[:1].lower() + label[1:], they)
    else:
        return label
    if group not in _MOVE_GROUPS and not _UP_OR_DOWN.match(rest):
        return label  # "They said the deal was off": not the move's clause
    return f"{company} shares {rest}" if they else f"{company} {rest}"


#: The verb groups of the event verbs that tell a move (data/event_verbs.csv).
_MOVE_GROUPS = frozenset({"rise", "fall"})

#: A copula and "up"/"down" telling a move ("are now down about 21%", "was up 4%").
_UP_OR_DOWN = re.compile(r"(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:up|down|higher|lower)\b")


def _agreeing(rest: str, plural: bool) -> str:
    """``rest`` (a label after its subject, opening on its verb) with the verb agreeing with a plural or a singular
    subject ("rises 3.1%" -> "rise 3.1%" for "Acme shares")."""
    word, _, tail = rest.partition(" ")
    verb = verb_forms().get(word.lower())
    if verb is None or verb.third == verb.lemma:
        return rest
    if plural and word.lower() == verb.third:
        word = verb.lemma
    elif not plural and word.lower() == verb.lemma:
        word = verb.third
    return f"{word} {tail}".strip()


def _retells_a_move(frame: pd.DataFrame) -> pd.Series:
    """Which dated mentions tell a share or index move that is on the timeline as its own event: a one-day mention
    whose sentence also gives a move on that day, and whose label names the moving company ("LONDON, Tuesday 2 June
    - The FTSE 100 closed up 0.2%": "FTSE 100 closes up 0.2%" beside the move's "FTSE 100 rises 0.2%"). The move's
    event keeps the sentence, so the story's day shows one row for it."""
    moves = frame.loc[frame["kind"] == "move"]
    if moves.empty:
        return pd.Series(False, index=frame.index)
    named: dict[tuple[str, int, object], list[tuple[str, str]]] = {}
    for d, s, day, key in zip(moves["doc_id"].tolist(), moves["sent_id"].tolist(), moves["date_start"].tolist(),
                              moves["key"].tolist()):
        company, _, figure = str(key).split("|", 2) if str(key).count("|") >= 2 else (str(key), "", "")
        named.setdefault((str(d), int(s), day), []).append((company, figure))

    def retold(label: str, company: str, figure: str) -> bool:
        # the company's name, or its first word with the move's figure: the sentence's short name ("Sun Pharma fell
        # 1.4%") for the move the article's full name carries ("Sun Pharmaceutical Industries shares fall 1.4%")
        first = company.split()[0] if company else ""
        return bool(company) and (company in label or (
            len(first) >= 3 and bool(figure) and figure in label and first in label.split()))

    flags = [
        kind != "move" and a == b and any(retold(str(label).lower(), c, f) for c, f in named.get((str(d), int(s), a), ()))
        for d, s, a, b, kind, label in zip(*(frame[c].tolist() for c in ("doc_id", "sent_id", "date_start", "date_end",
                                                                          "kind", "event")))
    ]
    return pd.Series(flags, index=frame.index, dtype="bool")


#: The basis mark of a span of the year so far that is only the state a dated event of its sentence stands in
#: (:func:`analysis.timeline.yardsticks.so_far_backgrounds`): it places the moves of its figure, then leaves the timeline.
SO_FAR_BACKGROUND = "the state beside the sentence's dated event"


def _without_backgrounds(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without the spans of the year so far marked :data:`SO_FAR_BACKGROUND`, nor the moves placed on them
    (the same document, sentence and days): "Crestmoor ... has fallen 14% since the July 6 report ..., and is down 52%
    year-to-date" tells the move since July 6; the year's 52% is the state it left."""
    if frame.empty:
        return frame
    basis = frame["basis"].astype(str)
    marked = basis.str.endswith(SO_FAR_BACKGROUND)
    # a move since a dated event beside that event's own day ("are still down 15 percent since the Feb. 11 announcement
    # by the agency"): the sentence's event is the announcement; the span up to the article's day measures the move
    spanned = basis.str.startswith(MOVE_FROM) & (frame["kind"] != "move")
    if spanned.any():
        points = set(zip(*(frame.loc[~spanned & (frame["kind"] != "move") & (frame["date_start"] == frame["date_end"]), c]
                           .tolist() for c in ("doc_id", "sent_id", "expression"))))
        marked = marked | pd.Series([bool(p) and (d, s, x) in points for d, s, x, p in zip(
            frame["doc_id"], frame["sent_id"], frame["expression"], spanned)], index=frame.index, dtype="bool")
    if not marked.any():
        return frame
    spans = set(zip(*(frame.loc[marked, c].tolist() for c in ("doc_id", "sent_id", "date_start", "date_end"))))
    on_span = [k == "move" and (d, s, a, b) in spans for d, s, a, b, k in
               zip(*(frame[c].tolist() for c in ("doc_id", "sent_id", "date_start", "date_end", "kind")))]
    return frame.loc[~marked & ~pd.Series(on_span, index=frame.index)]


#: The most days a span's end may lie before the session of a move beside it (the sessions before a Monday's).
SPAN_BEFORE_SESSION_DAYS = 3


#: A word opening the clause of a move's cause: "fell 5.2% after its chairman wrote over the weekend", "booked profits
#: after a rally of more than 8% in the previous two sessions" (that clause tells an event of its own, dated by its span).
_CAUSE_OPENS = re.compile(r"\b(?:after|following|amid|as|because|ahead\s+of|before|when|on\s+(?:news|reports?|hopes?|fears?))\b",
                          re.IGNORECASE)


def _span_of_a_cause(sentence: str, expression: str) -> bool:
    """Whether the span ``expression`` stands in the clause of a move's cause in ``sentence``: after a word opening one
    (:data:`_CAUSE_OPENS`) with no clause punctuation between."""
    at = sentence.find(expression)
    if at < 0:
        return True  # (not found as written: left alone)
    opens = list(_CAUSE_OPENS.finditer(sentence, 0, at))
    return bool(opens) and not re.search(r"[,;:()—–]", sentence[opens[-1].end():at])


def _without_spans_beside_moves(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without the spans (a week, a month, a run of sessions, the year so far) of a sentence that tells an
    undated move of a session (a share move the sentence names no date for, placed on the report's session) and names
    no day of its own, when the span runs up to that session (ends on it or in the days before it): "the index ended
    1.2% down at 7,412, leaving it 4.1% lower on the week", "finished up 3.8%, clawing back part of the 29% it shed
    over the previous three sessions", "rose 1.9% to 640 crowns, its best day in a week". News convention: a report of the day
    tells the day's move and sets it against the run it ends or extends; the writers date the sentence by the
    session, and the span's figure is the state the move leaves. A span alone in its sentence ("has lost 30% this
    week"), or beside a day the sentence names ("rose 2% on Tuesday, extending its gain this week to 12%"), stays."""
    if frame.empty:
        return frame
    kinds, starts, ends = frame["kind"].tolist(), frame["date_start"].tolist(), frame["date_end"].tolist()
    keys = list(zip(frame["doc_id"].tolist(), frame["sent_id"].tolist()))
    sessions: dict[tuple[object, object], set[date]] = {}
    named: set[tuple[object, object]] = set()
    for k, kind, a, b in zip(keys, kinds, starts, ends):
        if kind == "move" and a == b:
            sessions.setdefault(k, set()).add(a)
        elif kind != "move" and a == b:
            named.add(k)
    if not sessions:
        return frame
    drop = [kind != "move" and a < b and k in sessions and k not in named
            and any(a < day and day - timedelta(days=SPAN_BEFORE_SESSION_DAYS) <= b <= day for day in sessions[k])
            and not _span_of_a_cause(str(sentence), str(expression))
            for k, kind, a, b, sentence, expression in zip(keys, kinds, starts, ends, frame["sentence"].tolist(),
                                                           frame["expression"].tolist())]
    return frame.loc[~pd.Series(drop, index=frame.index, dtype="bool")]


def timeline_events(corpus: Corpus, dated: pd.DataFrame, moves: pd.DataFrame | None = None,
                    known: Mapping[str, DayBlock] | None = None,
                    used: MutableMapping[str, DayBlock] | None = None,
                    since: pd.DataFrame | None = None) -> pd.DataFrame:
    """The corpus part of :func:`timeline_mentions`: ``dated`` (:func:`dated_mentions` of the whole corpus) and
    the share ``moves`` merged into events, dates far from the corpus's flagged. ``known``/``used``: the days
    merged before, and every day's merge of this corpus (:func:`analysis.timeline.merge.merge_events`). ``since``:
    :func:`story_since_spans` of ``dated``, when the caller has it already."""
    dated = first_tellings(corpus, dated)  # an act of the day told again word for word later: its first telling's day
    if since is None:
        since = story_since_spans(corpus, dated)
    since = timeline_spans(since)
    if len(since):  # "has lost 33% since the recall" where only the story's other articles date the recall
        dated = pd.concat([dated, since], ignore_index=True)
    dated = so_far_before_event(corpus, dated)  # "had fallen 38% this year before the deal": up to the deal's day
    frame = dated
    if moves is not None and len(moves):
        frame = dated = _move_subjects(dated, moves)
        entries = entry_days(corpus)
        moves = event_day_moves(corpus, dated, moves)  # "lost 9.8% on the day of the announcement": that day's move
        added = _frame_of(move_mentions(placed_moves(moves, dated, entries)), list(dated.columns))
        frame = pd.concat([dated, added], ignore_index=True) if len(dated) else added
        told = entry_move_rows(corpus, frame, entries)  # "09:00 - X plunges 11%. Y falls 4.4%.": Y's move, unread
        if len(told):
            frame = pd.concat([frame, told], ignore_index=True)
    frame = _without_backgrounds(frame)
    frame = _without_spans_beside_moves(frame)
    frame = merge_events(frame, known, used)
    if moves is not None and not frame.empty:  # a move told in a sentence already on its event is one mark
        # ... unless that mention only spans the move's day ("rose 0.5% on the day and 1.4% for the week": the week is
        # the other figure's, the session the move's own)
        told = (frame["kind"] != "move") & (frame["date_start"] == frame["date_end"])
        spans = (frame["kind"] != "move") & (frame["date_start"] != frame["date_end"])
        seen = set(zip(frame.loc[told, "doc_id"], frame.loc[told, "sent_id"], frame.loc[told, "event_id"]))
        wide = set(zip(frame.loc[spans, "doc_id"], frame.loc[spans, "sent_id"], frame.loc[spans, "event_id"]))
        again = [k == "move" and ((d, s, e) in seen or ((d, s, e) in wide and a != b))
                 for d, s, e, k, a, b in zip(*(frame[c].tolist() for c in ("doc_id", "sent_id", "event_id", "kind",
                                                                           "date_start", "date_end")))]
        frame = frame.loc[~pd.Series(again, index=frame.index)]
        frame = frame.loc[~_retells_a_move(frame)]
    published = pd.concat([corpus.docs["published"], corpus.docs["published_earliest"]]).dropna()
    if len(published) and not frame.empty:
        lo = published.min().date() - timedelta(days=365 * FAR_OUT_YEARS)
        hi = published.max().date() + timedelta(days=365 * FAR_OUT_YEARS)
        far = (frame["date_end"] < lo) | (frame["date_start"] > hi)
    else:
        far = frame["date_start"].map(lambda d: not 1990 <= d.year <= date.today().year + 5) if not frame.empty else []
    frame = frame.assign(far_out=pd.Series(far, index=frame.index, dtype="bool"))
    return frame.loc[:, MENTION_COLUMNS].sort_values(["date_start", "date_end", "event_id", "doc_id", "sent_id"]).reset_index(drop=True)


def timeline_mentions(
    corpus: Corpus, timexes: pd.DataFrame | None = None, moves: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per dated sentence mention, merged into events (columns :data:`MENTION_COLUMNS`):
    :func:`dated_mentions` then :func:`timeline_events`.

    ``timexes`` is the timex table of the whole corpus (:func:`analysis.timeline.timexes.timex_mentions`,
    computed here when not given). ``moves`` (:func:`analysis.market.moves.extract_moves`), when given, adds
    each company's move on a session as an event (:func:`move_mentions`).

    Needs ``docs``: ``doc_id, file, outlet, published, published_earliest, text`` and ``sentences``:
    ``doc_id, sent_id, text, char_start, char_end``. Dates are ``datetime.date``. ``far_out`` flags dates more
    than :data:`FAR_OUT_YEARS` years from every publication date of the corpus. In an article without any
    publication date, "March 13" takes its year from the corpus's latest publication date (the basis says so).
    Run on the whole corpus.
    """
    return timeline_events(corpus, dated_mentions(corpus, timexes, story_day(corpus.docs)), moves)


def undated_expressions(corpus: Corpus, timexes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Time expressions that could not be dated (no publication date, no earlier date in the text), so the page
    can say what is missing. Needs ``docs``: ``doc_id, outlet, published, published_earliest, text`` (and
    ``sentences``, ``paragraphs`` when ``timexes``, the timex table, is not given); returns ``doc_id, outlet,
    expression, reason`` in text order."""
    docs = corpus.docs
    # with a publication date (or the earliest possible one) every expression has its anchor: only undated
    # articles can hold undated expressions
    undated = docs.loc[docs["published"].isna() & docs["published_earliest"].isna(), "doc_id"].tolist()
    if timexes is None:
        timexes = timex_mentions(corpus.subset(undated)) if undated else None
    rows = []
    if timexes is not None and undated:
        outlets = dict(zip(docs["doc_id"], docs["outlet"]))
        mine = text_rows(timexes.loc[timexes["doc_id"].isin(set(undated))])
        for doc_id, group in mine.groupby("doc_id", sort=False):
            for r in undated_rows(list(group.itertuples(index=False))):
                rows.append((doc_id, outlets[doc_id], str(r.text), "no publication date and no earlier date in the text"))
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "expression", "reason"])


#: The ``entity`` of a mention whose sentence names no person or organisation (:func:`attach_entities`).
NO_ENTITY = "(no entity)"


def attach_entities(mentions: pd.DataFrame, entity_mentions: pd.DataFrame) -> pd.DataFrame:
    """Add ``entity`` to ``mentions`` (needs ``doc_id, sent_id, event``): the label's subject when it is an entity
    found in that document, else the sentence's first person or organisation, else :data:`NO_ENTITY`.
    ``entity_mentions`` is :func:`analysis.entities.entity_mentions` (``doc_id, sent_id, entity, type, start``)."""
    if mentions.empty:
        return mentions.assign(entity=pd.Series(dtype="str"))
    ents = entity_mentions.sort_values(["doc_id", "start"]) if not entity_mentions.empty else entity_mentions
    by_sentence: dict[tuple[str, int], list[tuple[str, str]]] = {}
    by_doc: dict[str, list[str]] = {}
    for row in ents.itertuples():
        by_sentence.setdefault((str(row.doc_id), int(row.sent_id)), []).append((str(row.entity), str(row.type)))
        by_doc.setdefault(str(row.doc_id), []).append(str(row.entity))
    chosen = []
    for row in mentions.itertuples():
        found = by_sentence.get((str(row.doc_id), int(row.sent_id)), [])
        in_doc = sorted(set(by_doc.get(str(row.doc_id), [])), key=len, reverse=True)
        subject = next((e for e in in_doc if str(row.event).startswith(e + " ")), None)
        first = next((e for e, t in found if t in ("PERSON", "ORG")), None)
        chosen.append(subject or first or NO_ENTITY)
    return mentions.assign(entity=chosen)


def narrow_mentions(mentions: pd.DataFrame, doc_ids: Iterable[str]) -> pd.DataFrame:
    """The mentions of the documents ``doc_ids`` (after filtering), order kept."""
    keep = set(doc_ids)
    return mentions.loc[mentions["doc_id"].isin(keep)].reset_index(drop=True)


def in_window(mentions: pd.DataFrame, window: tuple[date, date] | None) -> pd.Series:
    """Whether each row (``date_start, date_end, precision, far_out``) belongs on a timeline of ``window``:
    inside it, or for day/range/week precision overlapping it. Month-precision rows, and ranges longer than
    :data:`MAX_OVERLAP_DAYS` (a quarter), only when inside."""
    if window is None or mentions.empty:
        return pd.Series(False, index=mentions.index, dtype="bool")
    lo, hi = window
    inside = (mentions["date_start"] >= lo) & (mentions["date_end"] <= hi)
    short = [(e - s).days <= MAX_OVERLAP_DAYS for s, e in zip(mentions["date_start"], mentions["date_end"])]
    overlap = ((mentions["date_start"] <= hi) & (mentions["date_end"] >= lo) & mentions["precision"].isin(["day", "range", "week"])
               & pd.Series(short, index=mentions.index, dtype="bool"))
    return ((inside | overlap) & ~mentions["far_out"].astype(bool)).astype("bool")


def event_items(mentions: pd.DataFrame, window: tuple[date, date] | None = None) -> pd.DataFrame:
    """One row per event (columns :data:`ITEM_COLUMNS`): the most precise mention's dates and label (a share move's
    with its key's reported figure, :func:`analysis.timeline.merge.reported_label`), the
    outlets that report it, counts, and whether it is in ``window``; in date order, and on one date the event the
    most articles report first. Needs :data:`MENTION_COLUMNS`."""
    if mentions.empty:
        return pd.DataFrame(columns=ITEM_COLUMNS)
    ranked = mentions.assign(_rank=mentions["precision"].map(PRECISION_RANK)).sort_values(
        ["event_id", "_rank", "date_start", "doc_id", "sent_id"]
    )
    first = ranked.drop_duplicates("event_id").set_index("event_id")
    grouped = ranked.groupby("event_id", sort=True)
    # a session's move is labelled by the figure the articles report (its key's), not by the first article's own
    # figure ("opens 16.2% higher" under a close of 18.7%)
    label = first["event"]
    if {"kind", "key"} <= set(first.columns):
        label = pd.Series([reported_label(str(x), str(k)) if kind == "move" else x
                           for x, k, kind in zip(first["event"], first["key"], first["kind"])], index=first.index)
    items = pd.DataFrame({
        "event_id": first.index,
        "date_start": first["date_start"].to_numpy(),
        "date_end": first["date_end"].to_numpy(),
        "precision": first["precision"].to_numpy(),
        "event": label.to_numpy(),
        "outlets": grouped["outlet"].agg(lambda s: ", ".join(sorted(set(map(str, s))))).reindex(first.index).to_numpy(),
        "n_sources": grouped["doc_id"].nunique().reindex(first.index).to_numpy(),
        "n_mentions": grouped.size().reindex(first.index).to_numpy(),
        "far_out": grouped["far_out"].any().reindex(first.index).to_numpy(),
        "sentence": first["sentence"].to_numpy(),
    })
    items = items.assign(when=[describe_interval(s, e, p) for s, e, p in zip(items["date_start"], items["date_end"], items["precision"])])
    items = items.assign(in_window=in_window(items, window))
    # by date; of one day's events, the one the most articles report first (the day's main event heads its rows)
    return items.loc[:, ITEM_COLUMNS].sort_values(["date_start", "date_end", "n_sources", "event_id"],
                                                  ascending=[True, True, False, True]).reset_index(drop=True)


def describe_interval(start: date, end: date, precision: str) -> str:
    """"2025-01-20", "2025-01-21 to 2025-01-25 (range)", "2024-09 (month)"."""
    if precision == "day" or start == end:
        return start.isoformat()
    if precision == "month":
        return f"{start:%Y-%m} (month)"
    if precision == "year":
        return f"{start:%Y} (year)"
    return f"{start.isoformat()} to {end.isoformat()} ({precision})"


def default_window(mentions: pd.DataFrame, days: int = WINDOW_DAYS) -> tuple[date, date] | None:
    """The ``days``-long window (inclusive) holding the most events dated to a day, range or week.

    Candidate windows start on an event's first day; ties go to more exact days, then the earlier window.
    None when nothing is dated that precisely. Needs ``event_id, date_start, date_end, precision, far_out``.
    """
    if mentions.empty:
        return None
    items = event_items(mentions)
    precise = items.loc[items["precision"].isin(["day", "range", "week"]) & ~items["far_out"].astype(bool)]
    if precise.empty:
        return None
    # days as ordinals, events sorted by their first day: the events a window starting on a day can hold are those
    # from that day on, and of them the ones that end inside it (one array comparison per candidate start, not a
    # frame filter: a corpus has a candidate for every day that starts an event)
    firsts = np.fromiter((d.toordinal() for d in precise["date_start"]), dtype=np.int64, count=len(precise))
    order = np.argsort(firsts, kind="stable")
    firsts = firsts[order]
    lasts = np.fromiter((d.toordinal() for d in precise["date_end"]), dtype=np.int64, count=len(precise))[order]
    one_day = (precise["precision"] == "day").to_numpy()[order]
    best: tuple[int, int, int] | None = None
    for start in np.unique(firsts):
        lo = int(np.searchsorted(firsts, start, side="left"))
        inside = lasts[lo:] <= start + days - 1
        score = (int(inside.sum()), int((inside & one_day[lo:]).sum()))
        if best is None or score > best[:2]:
            best = (score[0], score[1], int(start))
    assert best is not None
    first = date.fromordinal(best[2])
    return first, first + timedelta(days=days - 1)


def timeline_table(mentions: pd.DataFrame, window: tuple[date, date] | None) -> pd.DataFrame:
    """CLI ``timeline``: one row per document mention of ``mentions`` (:func:`timeline_mentions`, possibly
    narrowed), columns :data:`CLI_COLUMNS` (dates as ISO strings); ``in_window`` against ``window``."""
    out = mentions.assign(in_window=in_window(mentions, window))
    out = out.assign(
        date_start=out["date_start"].map(lambda d: d.isoformat()).astype("str"),
        date_end=out["date_end"].map(lambda d: d.isoformat()).astype("str"),
    )
    return out.loc[:, CLI_COLUMNS].reset_index(drop=True)


def event_display(items: pd.DataFrame, flag_far_out: bool = False) -> pd.DataFrame:
    """:func:`event_items` as a reader sees them: ``When, Event, Reported by, Articles, Sentence (first article),
    Id``; with ``flag_far_out`` a date years from the corpus's says it may be history or garbled (the
    text alone cannot tell "in 1987, prospectors found gold" from a garbled "In 1925, we will open")."""
    when = items["when"]
    if flag_far_out:
        when = pd.Series(
            [f"{w} — years from the corpus dates: history, or a garbled date" if far else w for w, far in zip(items["when"], items["far_out"])],
            index=items.index, dtype="object",
        )
    return pd.DataFrame(
        {
            "When": when,
            "Event": items["event"],
            "Reported by": items["outlets"],
            "Articles": items["n_sources"],
            "Sentence (first article)": items["sentence"],
            "Id": items["event_id"],
        }
    ).reset_index(drop=True)


def wording_display(mentions: pd.DataFrame, window: tuple[date, date] | None) -> pd.DataFrame:
    """Every article's wording of every event (needs :data:`MENTION_COLUMNS`): ``Id, Outlet, Date, Precision,
    Expression, Sentence, How it was dated, In window``."""
    return pd.DataFrame(
        {
            "Id": mentions["event_id"],
            "Outlet": mentions["outlet"],
            "Date": [f"{s}" if s == e else f"{s} to {e}" for s, e in zip(mentions["date_start"], mentions["date_end"])],
            "Precision": mentions["precision"],
            "Expression": mentions["expression"],
            "Sentence": mentions["sentence"],
            "How it was dated": mentions["basis"],
            "In window": in_window(mentions, window),
        }
    ).reset_index(drop=True)


def selected_mentions_display(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions of the events picked on the chart: ``Id, Outlet, Expression, Sentence, How it was dated``."""
    return mentions.loc[:, ["event_id", "outlet", "expression", "sentence", "basis"]].rename(
        columns={"event_id": "Id", "outlet": "Outlet", "expression": "Expression", "sentence": "Sentence",
                 "basis": "How it was dated"}
    ).reset_index(drop=True)
