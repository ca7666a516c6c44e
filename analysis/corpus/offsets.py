"""Character offsets from the cleaned text back to the text as read.

Cleaning keeps each article paragraph as one tidied line of the text the reader decoded (entities unescaped,
spaces collapsed, bullets and template debris dropped), and records where that line was
(:attr:`analysis.corpus.cleaning.CleanDocument.sources`). The corpus keeps these lines in its ``paragraphs``
frame, so any span found in ``docs.text`` (a date, a quote) can be given as offsets into the file's text as
read: :func:`raw_spans`. Inside a line the two texts are aligned character by character, left to right
(linear in the line's length).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

PARAGRAPH_COLUMNS = ["doc_id", "para_id", "char_start", "char_end", "raw_start", "raw_end", "raw"]

_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
#: How far ahead in the raw line a cleaned character is looked for (template debris is at most this long).
_LOOKAHEAD = 260
#: Characters that must also agree after a candidate match before it is taken.
_CONFIRM = 3
_SPACES = frozenset(" \t\u00a0\n\r")  # (a hard-wrapped paragraph is one line broken at a width)
#: Characters cleaning deletes.
_INVISIBLE = frozenset("\u200b\ufeff\u200e")


def _units(raw: str) -> list[tuple[str, int, int]]:
    """The raw line as ``(text, start, end)`` units: an HTML entity is one unit holding what it stands for, a run
    of spaces one space; characters cleaning deletes are left out."""
    units: list[tuple[str, int, int]] = []
    i = 0
    while i < len(raw):
        if raw[i] == "&":
            m = _ENTITY_RE.match(raw, i)
            if m:
                decoded = html.unescape(m.group(0))
                if decoded != m.group(0):
                    units.append((decoded.replace("\u00a0", " "), i, m.end()))
                    i = m.end()
                    continue
        ch = raw[i]
        if ch in _INVISIBLE:
            i += 1
            continue
        if ch in _SPACES:  # a run of spaces was collapsed into one
            j = i + 1
            while j < len(raw) and (raw[j] in _SPACES or raw[j] in _INVISIBLE):
                j += 1
            units.append((" ", i, j))
            i = j
            continue
        units.append((ch, i, i + 1))
        i += 1
    return units


def _same(a: str, unit: str) -> bool:
    return unit == a or (len(unit) > 1 and unit.startswith(a))


def align(clean: str, raw: str) -> list[tuple[int, int]]:
    """For each character of ``clean`` (a tidied copy of ``raw``), the ``(start, end)`` in ``raw`` of what it
    came from. A character with no counterpart gets the empty span where the alignment stood."""
    base = raw.find(clean)
    if base >= 0:
        return [(base + i, base + i + 1) for i in range(len(clean))]
    units = _units(raw)
    out: list[tuple[int, int]] = []
    j = 0
    for i, ch in enumerate(clean):
        hit = first = -1
        for k in range(j, min(len(units), j + _LOOKAHEAD)):
            if not _same(ch, units[k][0]):
                continue
            if first < 0:
                first = k
            if all(
                k + d >= len(units) or _same(clean[i + d], units[k + d][0])
                for d in range(1, min(_CONFIRM, len(clean) - i))
            ):
                hit = k
                break
        if hit < 0:
            hit = first  # nothing agrees for long (debris follows): the nearest match
        if hit < 0:
            at = units[j][1] if j < len(units) else len(raw)
            out.append((at, at))
            continue
        out.append((units[hit][1], units[hit][2]))
        j = hit + 1
    return out


@lru_cache(maxsize=4096)
def _aligned(clean: str, raw: str) -> tuple[tuple[int, int], ...]:
    """:func:`align` memoised (reprints and syndicated copies share their lines)."""
    return tuple(align(clean, raw))


def paragraph_rows(doc_id: str, paragraphs: Sequence[str], sources: Sequence[tuple[int, int]], raw: str) -> list[tuple]:
    """Rows of the corpus ``paragraphs`` frame (:data:`PARAGRAPH_COLUMNS`) for one document: where each cleaned
    paragraph is in ``docs.text`` (paragraphs joined by blank lines) and which line of the text as read ``raw``
    it came from. Empty when ``sources`` is missing."""
    if len(sources) != len(paragraphs):
        return []
    rows = []
    offset = 0
    for para_id, (para, (r0, r1)) in enumerate(zip(paragraphs, sources)):
        rows.append((doc_id, para_id, offset, offset + len(para), r0, r1, raw[r0:r1]))
        offset += len(para) + 2
    return rows


def paragraph_frame(rows: list[tuple]) -> pd.DataFrame:
    """The ``paragraphs`` frame from :func:`paragraph_rows` output."""
    return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS).astype(
        {"para_id": "int64", "char_start": "int64", "char_end": "int64", "raw_start": "int64", "raw_end": "int64"}
    )


def raw_spans(paragraphs: pd.DataFrame, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """``spans`` (``start, end`` into the cleaned ``text`` of ONE document) as offsets into that document's text
    as read. ``paragraphs`` are that document's rows of the corpus ``paragraphs`` frame. A span that crosses
    paragraphs ends where its last character came from; None when the document has no such record."""
    if paragraphs.empty:
        return [None] * len(spans)
    return raw_spans_of(paragraphs["char_start"].tolist(), paragraphs["char_end"].tolist(),
                        paragraphs["raw_start"].tolist(), paragraphs["raw"].tolist(), text, spans)


def raw_spans_of(starts: Sequence[int], ends: Sequence[int], raw_starts: Sequence[int], raws: Sequence[object],
                 text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """:func:`raw_spans` on plain lists: ``starts``, ``ends``, ``raw_starts`` and ``raws`` are the columns
    ``char_start``, ``char_end``, ``raw_start`` and ``raw`` of ONE document's paragraph rows (a caller mapping
    many documents reads each column once); the same result."""
    if not starts:
        return [None] * len(spans)
    maps: dict[int, int | tuple[tuple[int, int], ...]] = {}
    # rows in order, none overlapping the next (as the corpus writes them): a position's row found by bisection
    ordered = all(s <= e for s, e in zip(starts, ends)) and all(e <= s for e, s in zip(ends, starts[1:]))

    def char_span(pos: int) -> tuple[int, int] | None:
        """Where the cleaned character at ``pos`` came from in the text as read."""
        if ordered:
            row: int | None = bisect_right(starts, pos) - 1
            if row < 0 or not pos < ends[row]:
                row = None
        else:
            row = next((r for r in range(len(starts)) if starts[r] <= pos < ends[r]), None)
        if row is None:
            return None
        if row not in maps:
            clean = text[starts[row]:ends[row]]
            base = str(raws[row]).find(clean)  # the usual case: the line was kept as read, no alignment needed
            maps[row] = base if base >= 0 else _aligned(clean, str(raws[row]))
        found = maps[row]
        if isinstance(found, int):
            return raw_starts[row] + found + pos - starts[row], raw_starts[row] + found + pos - starts[row] + 1
        s, e = found[pos - starts[row]]
        return raw_starts[row] + s, raw_starts[row] + e

    out: list[tuple[int, int] | None] = []
    for start, end in spans:
        first, last = char_span(start), char_span(max(start, end - 1))
        out.append(None if first is None or last is None else (first[0], max(first[0], last[1])))
    return out
