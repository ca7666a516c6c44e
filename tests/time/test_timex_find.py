"""The memoised candidate finder (analysis.time.timex_find) against the plain one it replaced: the trigger
windows built line by line and the window matches read from the memo must be exactly those of one pass over the
whole text and of each pattern run in each window (issue 17: the same output in less CPU).

The reference below is the finder as it was before the memos, kept here only to compare with."""

from __future__ import annotations

import json
from pathlib import Path
from re import _constants as sre
from re import _parser

import pytest

from analysis.time import timex_find as tf
from analysis.time.timex_patterns import PATTERNS

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / ".." / "shared" / "external" / "tempeval3-train"


def reference_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """The trigger windows in one pass over the whole lower-cased text (the finder before the line memo)."""
    low = tf._lower(text)
    n = len(text)
    hits: dict[str, list[tuple[int, int]]] = {}
    for m in tf._TRIGGER.finditer(low):
        hits.setdefault(m.lastgroup or "", []).append((m.start(), m.end()))
    for c, rx in tf._NUMBER_TRIGGERS.items():
        hits[c] = [m.span() for m in rx.finditer(low)]
    for m in tf._LITERAL_TRIE.finditer(low):
        for c in tf._LITERAL_CLASS_TUPLES[m.group(1)]:
            hits.setdefault(c, []).append(m.span(1))
    out: dict[str, list[tuple[int, int]]] = {}
    for c, spans in hits.items():
        spans.sort()
        wins: list[tuple[int, int]] = []
        for s, e in spans:
            lo, hi = max(0, s - tf.WINDOW_BEFORE), min(n, e + tf.WINDOW_AFTER)
            if wins and lo <= wins[-1][1] + tf.WINDOW_MERGE_GAP:
                if hi > wins[-1][1]:
                    wins[-1] = (wins[-1][0], hi)
            else:
                wins.append((lo, hi))
        if wins:
            out[c] = wins
    return out


def reference_matches(text: str) -> list[tuple[str, int, int, dict]]:
    """Every pattern run over ``text`` itself in each of its windows (no memo), as the finder collected them."""
    windows = reference_windows(text)
    found = []
    seen = set()
    for kind, rx in PATTERNS:
        trigger = tf.TRIGGERS.get(kind)
        has_core = "core" in rx.groupindex
        for lo, hi in ([(0, len(text))] if trigger is None else windows.get(trigger, [])):
            for m in rx.finditer(text, lo, hi):
                s, e = m.span("core") if has_core and m.group("core") else m.span()
                while e > s and text[e - 1] in " \t\n,":
                    e -= 1
                if e > s and (kind, s, e) not in seen:
                    seen.add((kind, s, e))
                    found.append((kind, s, e, m.groupdict()))
    return found


def memo_matches(text: str) -> list[tuple[str, int, int, dict]]:
    """The finder's collected matches (before the longest are kept), through both memos."""
    found = []
    windows = tf._trigger_windows(text)
    for kind, _ in PATTERNS:
        trigger, i = tf.TRIGGERS.get(kind) or "", tf._POSITION[kind]
        for lo, hi in windows.get(trigger, []):
            for s, e, groups in tf._window_matches(trigger, text, lo, hi)[i]:
                found.append((kind, s + lo, e + lo, groups))
    return found


TRICKY = [
    "",
    "Monday",
    "Shares fell on Monday.\n\nOn Tuesday they rose 5% by 3 p.m.",
    "The meeting is at 5\nam on Friday.",  # a clock time over a line break: the whole-text pass
    "The meeting is at 5 \n\n pm on Friday.",
    "Up 15" + " " * 47 + "days later.",  # a window that starts inside a number: \b sees the digit before it
    "Spent $2019 in 2020 and $1999" + " " * 40 + "in 2021.",
    "İstanbul on Monday, 3 March 2025; ΣΑΣ said in May.",  # lower case longer than the letter, a final sigma
    "Q3 2024 and 3Q24 were good; H1 was flat.\nQ4 too.",
    "High noon Tuesday.\nhigh noon on Friday\nat midnight Thursday",
    "He left in March 2019.\n" * 3 + "He left in March 2019.",  # the same line at other offsets: memo hits
    "a" * 60 + " last week " + "b" * 60 + "\n" + "the next day, three days after the vote",
    "Post-2008 and pre-2020, the 1990s and '80s; the 20th century; fiscal 1998; 1500 troops.",
    "Every day, twice a week, $5 a year, daily and the year-ago quarter ended Sept. 30.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_windows_and_matches_equal_the_plain_finder(text: str) -> None:
    tf._MEMO.clear()
    tf._LINE_MEMO.clear()
    tf._TEXT_MEMO.clear()
    for _ in range(2):  # the second time through the memos
        assert {c: w for c, w in tf._trigger_windows(text).items() if w} == reference_windows(text)
        assert memo_matches(text) == reference_matches(text)


def test_a_line_seen_before_at_another_offset_gives_the_same_matches() -> None:
    tf._MEMO.clear()
    tf._LINE_MEMO.clear()
    tf._TEXT_MEMO.clear()
    first = "Sales rose 5% on Monday, three days after the launch on Jan. 27."
    assert memo_matches(first)
    text = "The firm reported on Tuesday.\n\n" + first
    assert memo_matches(text) == reference_matches(text)


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/external/tempeval3-train is not beside the repository")
def test_equal_on_tempeval3_texts() -> None:
    tf._MEMO.clear()
    tf._LINE_MEMO.clear()
    tf._TEXT_MEMO.clear()
    for p in sorted(GOLD.glob("*.json"))[:60]:
        text = json.loads(p.read_text(encoding="utf-8"))["text"]
        assert memo_matches(text) == reference_matches(text), p.name


def _lookbehinds(items: list, out: list[int], anchors: list[object]) -> None:
    """The widest lookbehind of each parsed regex node (into ``out``) and its start anchors (into ``anchors``)."""
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            if av[0] < 0:
                out.append(av[1].getwidth()[1])
            _lookbehinds(av[1].data, out, anchors)
        elif op == sre.SUBPATTERN:
            _lookbehinds(av[-1].data, out, anchors)
        elif op == sre.BRANCH:
            for branch in av[1]:
                _lookbehinds(branch.data, out, anchors)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _lookbehinds(av[2].data, out, anchors)
        elif op == sre.ATOMIC_GROUP:
            _lookbehinds(av.data, out, anchors)
        elif op == sre.GROUPREF_EXISTS:
            _lookbehinds(av[1].data, out, anchors)
            if av[2]:
                _lookbehinds(av[2].data, out, anchors)
        elif op == sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BEGINNING_LINE):
            anchors.append(av)


@pytest.mark.parametrize(("kind", "rx"), PATTERNS, ids=[k for k, _ in PATTERNS])
def test_no_pattern_looks_further_back_than_the_window_memo_keeps(kind: str, rx) -> None:  # type: ignore[no-untyped-def]
    """The window memo keys a window by its text and LOOKBEHIND characters before it: a pattern may look back
    less than that (a word boundary looks back one character) and never anchor at the start of the string."""
    widths: list[int] = []
    anchors: list[object] = []
    _lookbehinds(_parser.parse(rx.pattern, rx.flags).data, widths, anchors)
    assert max(widths, default=0) < tf.LOOKBEHIND
    assert not anchors
