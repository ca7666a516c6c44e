"""The timex table: every temporal expression of the corpus, one row each, resolved to a TIMEX3 value.

:func:`timex_mentions` runs :func:`analysis.time.timex.find_timexes` on each document's cleaned text against its
publication date, gives each expression its sentence, and its offsets into the file's text as read
(:func:`analysis.corpus.offsets.raw_spans_of`), so ``text[start:end]`` of the file is the expression. The timeline
(:mod:`analysis.timeline.events`), the ``timex`` command and the Dates tab are built on it.
"""

from __future__ import annotations

import json
from datetime import date

import pandas as pd

from analysis.corpus.cleaning import normalize_line
from analysis.corpus.load import HEAD_LINES, Corpus
from analysis.corpus.offsets import align, raw_spans_of
from analysis.time.timex import Timex, find_timexes

#: What the ``timex`` command prints (offsets into the file's text as read).
TIMEX_COLUMNS = [
    "doc_id", "file", "start", "end", "text", "type", "value", "date_start", "date_end", "anchor", "sentence",
]
#: The whole-corpus frame: :data:`TIMEX_COLUMNS` plus where the expression is in ``docs.text`` and its sentence.
#: ``ref_start`` is where X is in ``docs.text`` for an expression anchored on another date or event ("three days
#: after X"), else missing. ``heading`` is True for an expression of a line above the article that cleaning kept out
#: of ``docs.text`` (its headline, a wire dateline: :data:`analysis.corpus.load.HEAD_LINES`); such a row's
#: ``sentence`` is that line, ``clean_start``/``clean_end`` where the expression is in it, ``sent_start`` 0 and
#: ``sent_id`` -1. The timeline reads the text's rows only (:func:`text_rows`).
MENTION_COLUMNS = TIMEX_COLUMNS + ["outlet", "sent_id", "clean_start", "clean_end", "sent_start", "suspect", "ref_start",
                                   "heading"]


def document_date(published: object, earliest: object = None) -> date | None:
    """The date relative expressions of a document resolve against: its publication date, else the earliest
    possible one, else None (``published``/``earliest`` may be Timestamps, dates, NaT or None)."""
    for value in (published, earliest):
        if value is None or pd.isna(value):
            continue
        return value.date() if isinstance(value, pd.Timestamp) else value  # type: ignore[return-value]
    return None


def _anchor_text(t: Timex, dct: date | None, dct_name: str) -> str:
    """``anchor`` as the table shows it: "" for absolute expressions, "publication 2025-01-27" (or "earliest
    publication 2025-01-27" when only that is known), "text 2025-01-24" for the narrative date stated earlier
    in the text, or "first publication 2025-01-24" for the day a copy's note says its text first ran."""
    if not t.anchor:
        return ""
    if t.anchor.startswith("text:"):
        return f"text {t.anchor.removeprefix('text:')}"
    if t.anchor.startswith("first publication:"):  # the day a copy's note says its text first ran
        return f"first publication {t.anchor.removeprefix('first publication:')}"
    return f"{dct_name} {dct.isoformat()}" if dct is not None else t.anchor


def _heading_rows(doc_id: object, file: object, outlet: object, lines: object, dct: date | None, dct_name: str,
                  memo: dict[tuple[str, date | None], list[Timex]],
                  aligned: dict[tuple[str, str], list[tuple[int, int]]] | None = None) -> list[tuple]:
    """The rows (:data:`MENTION_COLUMNS`) of the expressions in a document's lines above the article
    (:data:`analysis.corpus.load.HEAD_LINES`, JSON ``[[raw_start, line], ...]``), each line tagged alone against the
    document's date, its offsets mapped back to the file's text as read (``aligned`` keeps each line's alignment
    with its text as read, for the reprints that share the line)."""
    if not isinstance(lines, str) or lines in ("", "[]"):
        return []
    rows: list[tuple] = []
    for raw_start, raw in json.loads(lines):
        line = normalize_line(raw)
        key = (line, dct)
        if key not in memo:
            memo[key] = find_timexes(line, dct)
        found = memo[key]
        if not found:
            continue
        where = aligned.get((line, raw)) if aligned is not None else None
        if where is None:
            where = align(line, raw)
            if aligned is not None:
                aligned[(line, raw)] = where
        for t in found:
            start = raw_start + where[t.start][0]
            end = raw_start + where[t.end - 1][1]
            rows.append((
                doc_id, file, start, end, t.text, t.type, t.value, t.date_start, t.date_end,
                _anchor_text(t, dct, dct_name), line, outlet, -1, t.start, t.end, 0, t.suspect, None, True,
            ))
    return rows


def text_rows(mentions: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` (:func:`timex_mentions`) without the rows of the lines above the article (``heading``): the
    expressions of ``docs.text``, which the timeline reads (a dateline repeats the publication date; a headline
    retells the text)."""
    if "heading" not in mentions.columns or not mentions["heading"].any():
        return mentions
    return mentions.loc[~mentions["heading"].astype(bool)].reset_index(drop=True)


def timex_mentions(corpus: Corpus) -> pd.DataFrame:
    """Every temporal expression of ``corpus`` (columns :data:`MENTION_COLUMNS`), in document and text order.

    ``start``/``end`` index the file's text as read (None when the corpus has no paragraph record for the
    document); ``clean_start``/``clean_end`` index ``docs.text``; ``sent_start`` is where the sentence begins in
    ``docs.text`` (the lines above the article that cleaning kept out of ``docs.text``, its headline and a wire
    dateline, come first in each document, ``heading`` True: see :data:`MENTION_COLUMNS`); ``date_start``/``date_end`` are ``datetime.date`` (None for durations, sets and vague
    references, except a duration anchored on another date or event, "three days after X", which carries the
    interval it dates and ``ref_start``). Run on the whole corpus.
    """
    sentences = corpus.sentences
    sentence_rows = sentences.groupby("doc_id", sort=False).indices  # plain lists: no frame per document
    all_starts, all_ends = sentences["char_start"].tolist(), sentences["char_end"].tolist()
    all_ids, all_texts = sentences["sent_id"].tolist(), sentences["text"].tolist()
    paragraphs = corpus.paragraphs  # the same: each column read once, rows of a document by position
    rows_by_doc = paragraphs.groupby("doc_id", sort=False).indices
    p_starts, p_ends = paragraphs["char_start"].tolist(), paragraphs["char_end"].tolist()
    p_raw_starts, p_raws = paragraphs["raw_start"].tolist(), paragraphs["raw"].tolist()
    docs = corpus.docs
    columns = ("doc_id", "file", "text", "published", "published_earliest", "outlet")
    records = list(zip(*(docs[c].tolist() for c in columns)))
    dates = [document_date(published, earliest) for _, _, _, published, earliest, _ in records]
    heads = docs[HEAD_LINES].tolist() if HEAD_LINES in docs.columns else [None] * len(records)
    head_memo: dict[tuple[str, date | None], list[Timex]] = {}
    head_aligned: dict[tuple[str, str], list[tuple[int, int]]] = {}
    # a reprint (same text, same date) is tagged once, and a text's dates one after the other (the finder then
    # reads the text once: analysis.time.timex_find); the rows of a text's documents are made right after, so its
    # expressions are let go before the next text is tagged (kept for the whole corpus, they were thousands of
    # objects the garbage collector followed in a full collection of its own)
    by_text: dict[str, list[int]] = {}
    for k, (_, _, doc_text, _, _, _) in enumerate(records):
        by_text.setdefault(str(doc_text), []).append(k)
    doc_rows: list[list[tuple]] = [[] for _ in records]
    for text, of_text in by_text.items():
        found_by_date: dict[object, list[Timex]] = {}
        for k in of_text:
            if dates[k] not in found_by_date:
                found_by_date[dates[k]] = find_timexes(text, dates[k])
        # an exact reprint (the same text, read from the same lines at the same offsets) maps its spans once
        raw_by_key: dict[tuple[object, ...], list[tuple[int, int] | None]] = {}
        for k in of_text:
            doc_id, file, _, published, _, outlet = records[k]
            dct = dates[k]
            rows = doc_rows[k]
            dct_name = "publication" if dct is None or not pd.isna(published) else "earliest publication"
            rows.extend(_heading_rows(doc_id, file, outlet, heads[k], dct, dct_name, head_memo, head_aligned))
            found = found_by_date[dct]
            if not found:
                continue
            rows_of_doc = sentence_rows.get(doc_id, ())
            s_starts = [all_starts[i] for i in rows_of_doc]
            s_ends = [all_ends[i] for i in rows_of_doc]
            s_ids = [all_ids[i] for i in rows_of_doc]
            s_texts = [all_texts[i] for i in rows_of_doc]
            prows = rows_by_doc.get(doc_id, ())
            columns = ([p_starts[i] for i in prows], [p_ends[i] for i in prows], [p_raw_starts[i] for i in prows],
                       [p_raws[i] for i in prows])
            spans = [(t.start, t.end) for t in found]
            raw_key = (*(tuple(c) for c in columns), tuple(spans))
            raw = raw_by_key.get(raw_key)
            if raw is None:
                raw = raw_by_key[raw_key] = raw_spans_of(*columns, text, spans)
            j = 0
            for t, span in zip(found, raw):
                while j < len(s_starts) and s_ends[j] <= t.start:
                    j += 1
                inside = j < len(s_starts) and s_starts[j] <= t.start
                rows.append((
                    doc_id, file, None if span is None else span[0], None if span is None else span[1], t.text,
                    t.type, t.value, t.date_start, t.date_end, _anchor_text(t, dct, dct_name),
                    s_texts[j] if inside else "", outlet, int(s_ids[j]) if inside else -1, t.start, t.end,
                    int(s_starts[j]) if inside else t.start, t.suspect, t.ref_start, False,
                ))
    rows = [row for of_doc in doc_rows for row in of_doc]
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return frame.astype({"start": "Int64", "end": "Int64", "sent_id": "int64", "clean_start": "int64",
                         "clean_end": "int64", "sent_start": "int64", "suspect": "bool", "ref_start": "Int64",
                         "heading": "bool"})


def timex_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """The ``timex`` command's rows (:data:`TIMEX_COLUMNS`, dates as ISO strings or empty) of ``mentions``
    (:func:`timex_mentions`, possibly narrowed)."""
    iso = lambda d: "" if d is None or pd.isna(d) else d.isoformat()  # noqa: E731
    out = mentions.assign(date_start=mentions["date_start"].map(iso), date_end=mentions["date_end"].map(iso))
    return out.loc[:, TIMEX_COLUMNS].reset_index(drop=True)


def marked_sentence(sentence: str, start: int, end: int, left: str = "⟦", right: str = "⟧") -> str:
    """``sentence`` with ``sentence[start:end]`` between ``left`` and ``right`` (offsets clipped to it)."""
    start, end = max(0, min(start, len(sentence))), max(0, min(end, len(sentence)))
    return f"{sentence[:start]}{left}{sentence[start:end]}{right}{sentence[end:]}"


def timex_display(mentions: pd.DataFrame) -> pd.DataFrame:
    """The Dates tab: ``Expression, Sentence, Value, Type, Covers, Resolved against, Outlet, Article``, the
    expression marked ⟦like this⟧ in its sentence ("Resolved against" says "stated in full" for an absolute date,
    and is empty for durations, sets and vague references). Needs :data:`MENTION_COLUMNS`."""
    covers = [
        "" if s is None or pd.isna(s) else s.isoformat() if s == e else f"{s.isoformat()} to {e.isoformat()}"
        for s, e in zip(mentions["date_start"], mentions["date_end"])
    ]
    marked = [
        marked_sentence(str(s), int(c0) - int(s0), int(c1) - int(s0)) if s else ""
        for s, c0, c1, s0 in zip(mentions["sentence"], mentions["clean_start"], mentions["clean_end"], mentions["sent_start"])
    ]
    against = [
        a if a else "stated in full" if c else ""
        for a, c in zip(mentions["anchor"], covers)
    ]
    return pd.DataFrame({
        "Expression": mentions["text"],
        "Sentence": marked,
        "Value": mentions["value"],
        "Type": mentions["type"],
        "Covers": covers,
        "Resolved against": against,
        "Outlet": mentions["outlet"],
        "Article": mentions["doc_id"],
    }).reset_index(drop=True)
