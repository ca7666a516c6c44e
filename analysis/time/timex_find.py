"""Where the patterns of :mod:`analysis.time.timex_patterns` run, and which matches are kept.

Each pattern runs only in windows around its trigger words (a year, a month name, a unit word...), found in one
pass per trigger kind; the longest non-overlapping matches win (:func:`find_candidates`). The matches of a
window are memoised by the window's text (with the few characters before it that a lookbehind can see), so a
passage that recurs in another article (reprints, syndicated copies, corrected versions) is matched once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .timex_patterns import LEX, MONTH_ABBR, PATTERNS, Candidate

_UNIT_STEMS = ["second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade",
               "centur", "millenni", "period", "half", "session"]
_PART_STEMS = ["morning", "afternoon", "evening", "night", "spring", "summer", "fall", "autumn", "winter"]
#: Trigger classes: lower-case stems; a pattern runs only in windows around the stems of its class.
_TRIGGER_STEMS: dict[str, list[str]] = {
    "unit": _UNIT_STEMS,
    "word": _UNIT_STEMS + _PART_STEMS,
    "part": _PART_STEMS,
    "clock": ["noon", "midnight", "midday", "o'clock", "o’clock", "in the morning", "in the afternoon", "in the evening",
              "at night", "quarter to", "quarter past", "quarter after", "half past", "half after"],
    "month": [m for m in LEX["months"] if m not in MONTH_ABBR] + [m + "." for m in MONTH_ABBR]
    + [m + " " for m in MONTH_ABBR] + [m + "-" for m in MONTH_ABBR],
    "weekday": [w for w in LEX["weekdays"] if w.endswith("day")],
    "dayword": ["today", "yesterday", "tomorrow", "tonight", "overnight"],
    "set": ["every", "each", "per "] + list(LEX["set_adverbs"]),
    "spelled": ["nineteen", "eighteen", "twenty", "thousand"],
    "holiday": list(LEX["fixed_holidays"]) + list(LEX["floating_holidays"]) + list(LEX["easter_holidays"]),
    "ago": ["ago", "earlier", "later", "before", "after", "hence", "from now"],
    "inunit": ["earlier", "later", "early", "late", "end", "beginning", "start", "middle", "midyear", "mid-year"],
    "aunit": [f"{a} {u}" for a in ("a", "per") for u in ("day", "week", "month", "year")],
    "hyph": ["-" + u for u in ("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur")],
    "quarter": ["quarter", "half", "period"],
    "yearadj": ["year-"],
    "centword": ["century"],
    "decword": ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"],
    "weekend": ["weekend"],
    "fy": ["fy"],
    "vague": sorted({phrase.split(" ")[-1] for phrase in LEX["vague_refs"]}),
}
_LITERALS = sorted({w for stems in _TRIGGER_STEMS.values() for w in stems}, key=len, reverse=True)
_LITERAL_CLASSES: dict[str, frozenset[str]] = {
    lit: frozenset(c for c, stems in _TRIGGER_STEMS.items() if any(st in lit for st in stems)) for lit in _LITERALS
}


def _trie_pattern(words: list[str]) -> str:
    """A regex matching any of ``words``, written as a trie (shared prefixes once), so one pass over a text finds
    them at the speed of a single literal; the longest word wins at each position."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


#: Every literal trigger in one pass, at every position (a lookahead: overlapping words are all found). A
#: literal's classes include those of the stems inside it ("today" is also a "day"), and its window holds theirs,
#: so the longest literal starting at a position stands for the shorter ones starting there.
_LITERAL_TRIE = re.compile(
    "(?=[" + re.escape("".join(sorted({w[0] for w in _LITERALS}))) + f"])(?=({_trie_pattern(_LITERALS)}))"
)
_LITERAL_CLASS_TUPLES: dict[str, tuple[str, ...]] = {lit: tuple(sorted(cls)) for lit, cls in _LITERAL_CLASSES.items()}
#: Triggers that are not literals: clock times and quarter codes.
#: (Each trigger regex opens with a lookahead on its possible first characters: the regex engine then skips to
#: those characters instead of trying the pattern at every position, several times faster.)
#: (a 24-hour clock counts with its colon, "05:10", or as four digits before a zone's letters, "1815 gmt": its pattern
#: then wants the zone)
_TRIGGER = re.compile(r"(?=[0-9qh])(?:(?P<clock>[0-9]+(?:[:.][0-9][0-9])?\s*[ap]\.?m|[0-2][0-9]:[0-5][0-9]|"
                      r"[0-2][0-9][0-5][0-9]\s+[a-z]{3,4}\b)|(?P<qcode>[qh][1-4]|[1-4]q|[12]h))")
#: Narrower digit triggers, each its own pass: a year or decade ("1998", "'90s") and a numeric date ("1/27", "2025-01").
_NUMBER_TRIGGERS = {"yearnum": re.compile(r"(?:1[0-9]|20)\d\d|'\d0"), "datenum": re.compile(r"\d[-/.]\d"),
                    "ordnum": re.compile(r"\d(?:st|nd|rd|th)\b")}
#: The trigger class each kind of pattern needs (None: run over the whole text).
TRIGGERS: dict[str, str | None] = {
    "iso": "datenum", "slash": "datenum", "slashday": "datenum", "wdslash": "datenum", "slashwd": "datenum", "slashhead": "datenum", "slashmonth": "datenum", "dotted": "datenum", "dashed": "datenum", "year": "yearnum", "decade": "yearnum",
    "century": "centword", "spelled_decade": "decword", "mdy": "month", "dmy": "month", "month": "month", "clock_date": "clock",
    "noon": "clock", "weekday": "weekday", "quarter": "quarter", "period": "quarter", "yearadj": "yearadj",
    "theyear": "unit", "newyear": "unit", "theweek": "unit", "themonth": "unit", "dayword": "dayword", "relunit": "word", "thepart": "part", "inunit": "inunit",
    "ago": "ago", "theday": "word", "overnight": "dayword", "aunit": "aunit", "duration": "unit", "hyphdur": "hyph", "longdur": "unit",
    "bareunit": "unit", "firstunit": "unit", "set": "set", "vague": "vague", "weekend": "weekend", "holiday": "holiday",
    "qcode": "qcode", "fyshort": "fy", "fysplit": "yearnum", "fysplit2": "fy", "spelled_year": "spelled", "weekno": "unit", "ordday": "unit",
    "monthday": "ordnum", "ordweekday": "weekday",
}
#: A pattern is run from this many characters before a trigger to this many after it.
WINDOW_BEFORE, WINDOW_AFTER = 48, 36
#: Windows closer than this are merged into one (fewer regex calls).
WINDOW_MERGE_GAP = 32


def _lower(text: str) -> str:
    """``text`` lower-cased character for character (offsets kept: a character whose lower case is longer, such
    as "İ", stays as it is)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


def _around(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The window of each trigger span: from ``WINDOW_BEFORE`` characters before it to ``WINDOW_AFTER`` after."""
    return [(s - WINDOW_BEFORE, e + WINDOW_AFTER) for s, e in spans]


def _merged(intervals: list[tuple[int, int]], n: int | None) -> list[tuple[int, int]]:
    """``intervals`` (sorted) merged where closer than ``WINDOW_MERGE_GAP``, each clipped to ``[0, n)`` first
    unless ``n`` is None. (Clipping changes no merge: a clipped start is still at most the end before it plus
    the gap, a clipped end still reaches past every later start.)"""
    wins: list[tuple[int, int]] = []
    for lo, hi in intervals:
        if n is not None:
            lo, hi = max(0, lo), min(n, hi)
        if wins and lo <= wins[-1][1] + WINDOW_MERGE_GAP:
            if hi > wins[-1][1]:
                wins[-1] = (wins[-1][0], hi)
        else:
            wins.append((lo, hi))
    return wins


#: Each trigger class with its windows, as a line's memo keeps them: (class, ((start, end), ...)) pairs.
LineWindows = tuple[tuple[str, tuple[tuple[int, int], ...]], ...]
#: line -> for each trigger class, its merged windows relative to the line (not clipped): of the number and
#: literal triggers, and of those with the clock times and quarter codes too. Emptied when full. (Kept as tuples of
#: numbers and strings only, which the garbage collector stops following after one pass, not as dictionaries of
#: lists, which it follows in every full collection: thousands of lines are kept.)
_LINE_MEMO: dict[str, tuple[LineWindows, LineWindows]] = {}
MEMO_LINES = 20_000
#: A digit before a line break with only spaces between: a clock time may run over the break ("at 5\nam").
_CLOCK_OVER_BREAK = re.compile(r"[0-9]\s*\n")


def _line_windows(line: str) -> tuple[LineWindows, LineWindows]:
    """The windows of the triggers in one line of text, memoised on the line: of the number and literal triggers
    (none runs over a line break), and of those with clock times and quarter codes."""
    hit = _LINE_MEMO.get(line)
    if hit is not None:
        return hit
    low = _lower(line)
    hits: dict[str, list[tuple[int, int]]] = {}
    for c, rx in _NUMBER_TRIGGERS.items():
        spans = [m.span() for m in rx.finditer(low)]
        if spans:
            hits[c] = spans
    for m in _LITERAL_TRIE.finditer(low):
        span = m.span(1)
        for c in _LITERAL_CLASS_TUPLES[m.group(1)]:
            hits.setdefault(c, []).append(span)
    base = {c: _merged(_around(sorted(spans)), None) for c, spans in hits.items()}
    full = base
    for m in _TRIGGER.finditer(low):
        if full is base:
            full = {c: list(spans) for c, spans in hits.items()}
        full.setdefault(m.lastgroup or "", []).append((m.start(), m.end()))
    if full is not base:
        full = {c: _merged(_around(sorted(spans)), None) for c, spans in full.items()}
    kept_base = tuple((c, tuple(wins)) for c, wins in base.items())
    hit = (kept_base, kept_base if full is base else tuple((c, tuple(wins)) for c, wins in full.items()))
    if len(_LINE_MEMO) >= MEMO_LINES:
        _LINE_MEMO.clear()
    _LINE_MEMO[line] = hit
    return hit


def _trigger_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger class, merged [start, end) windows of ``text`` around its trigger words: per line
    (memoised), one regex pass for clock times and quarter codes, one per number trigger (years and decades,
    numeric dates) and one for the literal words (the longest starting at each position); the clock times over
    the whole text when one may run over a line break. Merging the windows of each line first, then those of the
    lines, gives the windows of all the triggers at once."""
    n = len(text)
    pieces: dict[str, list[tuple[int, int]]] = {}
    whole = _CLOCK_OVER_BREAK.search(text) is not None
    if whole:
        for m in _TRIGGER.finditer(_lower(text)):
            pieces.setdefault(m.lastgroup or "", []).append((m.start() - WINDOW_BEFORE, m.end() + WINDOW_AFTER))
    offset = 0
    for line in text.split("\n"):
        if line:
            for c, wins in _line_windows(line)[0 if whole else 1]:
                pieces.setdefault(c, []).extend([(lo + offset, hi + offset) for lo, hi in wins])
        offset += len(line) + 1
    out: dict[str, list[tuple[int, int]]] = {}
    for c, wins in pieces.items():
        wins.sort()
        out[c] = _merged(wins, n)
    return out


def _overlapping(found: list[Candidate]) -> set[int]:
    """The ids of candidates that overlap another one (only those need checking before they win a span)."""
    ordered = sorted(found, key=lambda c: c.start)
    out: set[int] = set()
    max_end, max_owner = -1, None
    for c in ordered:
        if c.start < max_end:
            out.add(id(c))
            if max_owner is not None:
                out.add(id(max_owner))
        if c.end > max_end:
            max_end, max_owner = c.end, c
    return out


#: How many characters before a window a lookbehind of a pattern can see (the longest is 5: "(?<![Hh]igh )").
LOOKBEHIND = 8
#: The window memo is emptied when it holds this many windows (memory stays bounded on any corpus).
MEMO_WINDOWS = 50_000
#: The patterns run in each trigger class's windows: (kind, regex, whether it reports a "core" group), in order.
_KINDS_BY_TRIGGER: dict[str, list[tuple[str, re.Pattern[str], bool]]] = {}
for _kind, _rx in PATTERNS:
    _KINDS_BY_TRIGGER.setdefault(TRIGGERS.get(_kind) or "", []).append((_kind, _rx, "core" in _rx.groupindex))
#: Where each kind is among its class's patterns.
_POSITION = {kind: i for kinds in _KINDS_BY_TRIGGER.values() for i, (kind, _, _) in enumerate(kinds)}
#: Kinds of pattern every match of which holds one of these words (matched case-insensitively), where a window of
#: their trigger class may hold none (a window of the "unit" class around "month" has no "year" for "the year"): the
#: pattern is not run over a window without any of them (lower-cased), but for one holding "ſ", "ı" or "İ", which
#: case-insensitive matching takes for "s" and "i" though they do not lower-case to them (see
#: :class:`analysis.timeline.dated.model.SearchedWithWords`). The same matches, fewer passes.
_REQUIRED_WORDS: dict[str, tuple[str, ...]] = {
    "weekno": ("week",), "theyear": ("year",), "theweek": ("week",), "themonth": ("month",), "ordday": ("day",), "longdur": ("long",),
    "bareunit": ("years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"),
    "firstunit": ("hours", "days", "weeks", "months", "years", "decades"),
    "relunit": ("week", "month", "year", "quarter", "decade", "century", "spring", "summer", "fall", "autumn", "winter",
                "morning", "afternoon", "evening", "night"),
    "theday": ("day", "morning", "week", "month", "year", "afternoon", "evening", "night"),
}
#: For each trigger class, its patterns' required words (None: the pattern always runs), in :data:`_KINDS_BY_TRIGGER` order.
_WORDS_BY_TRIGGER = {trigger: [_REQUIRED_WORDS.get(kind) for kind, _, _ in kinds]
                     for trigger, kinds in _KINDS_BY_TRIGGER.items()}
#: (trigger class, the window's text with up to LOOKBEHIND characters before it, where the window starts in it)
#: -> for each kind of the class, its matches as (start, end, groups) relative to the window's start.
_MEMO: dict[tuple[str, str, int], tuple[tuple[tuple[int, int, dict[str, str | None]], ...], ...]] = {}


def _window_matches(trigger: str, text: str, lo: int, hi: int) -> tuple[tuple[tuple[int, int, dict], ...], ...]:
    """The matches of the patterns of ``trigger`` in ``text[lo:hi]`` (each kind's, in :data:`_KINDS_BY_TRIGGER`
    order; spans relative to ``lo``, trailing spaces and commas dropped, empty spans left out). A pattern sees
    nothing past ``hi`` and at most :data:`LOOKBEHIND` characters before ``lo``, so the matches are a function of
    that stretch of text: memoised on it."""
    head = max(0, lo - LOOKBEHIND)
    key = (trigger, text[head:hi], lo - head)
    hit = _MEMO.get(key)
    if hit is not None:
        return hit
    sub, off = key[1], lo - head
    out = []
    low: str | None = None  # the window lower-cased, made when a pattern with required words comes
    for (_, rx, has_core), words in zip(_KINDS_BY_TRIGGER[trigger], _WORDS_BY_TRIGGER[trigger]):
        if words is not None:
            if low is None:
                low = sub[off:].lower()
                if any(c in sub for c in "ſıİ"):
                    low = ""  # (every pattern runs)
            if low and not any(w in low for w in words):
                out.append(())
                continue
        kind_out = []
        for m in rx.finditer(sub, off, len(sub)):
            s, e = m.span("core") if has_core and m.group("core") else m.span()
            while e > s and sub[e - 1] in " \t\n,":
                e -= 1
            if e > s:
                kind_out.append((s - off, e - off, m.groupdict()))
        out.append(tuple(kind_out))
    hit = tuple(out)
    if len(_MEMO) >= MEMO_WINDOWS:
        _MEMO.clear()
    _MEMO[key] = hit
    return hit


#: text -> its matches, longest first, and the ids of those overlapping another: a text reprinted under another
#: date is read once (the oldest text makes way when full).
_TEXT_MEMO: dict[str, tuple[list[Candidate], set[int]]] = {}
MEMO_TEXTS = 2_000


def _collected(text: str) -> tuple[list[Candidate], set[int]]:
    """Every pattern match in ``text``, longest first (then by start), and the ids of those that overlap another
    one; memoised on the text (the candidates are frozen and shared)."""
    hit = _TEXT_MEMO.get(text)
    if hit is not None:
        return hit
    found: list[Candidate] = []
    seen: set[tuple[str, int, int]] = set()
    windows = _trigger_windows(text)
    whole = [(0, len(text))]  # a pattern without a trigger class runs over the whole text
    matched = {trigger: [(lo, _window_matches(trigger, text, lo, hi))
                         for lo, hi in (windows.get(trigger, []) if trigger else whole)]
               for trigger in _KINDS_BY_TRIGGER}
    for kind, _ in PATTERNS:
        trigger, i = TRIGGERS.get(kind) or "", _POSITION[kind]
        for lo, per_kind in matched[trigger]:
            for s, e, groups in per_kind[i]:
                s, e = s + lo, e + lo
                if (kind, s, e) not in seen:
                    seen.add((kind, s, e))
                    found.append(Candidate(kind, s, e, groups))
    contested = _overlapping(found)
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    if len(_TEXT_MEMO) >= MEMO_TEXTS:
        del _TEXT_MEMO[next(iter(_TEXT_MEMO))]
    _TEXT_MEMO[text] = hit = (found, contested)
    return hit


def find_candidates(text: str, accept: Callable[[Candidate], bool] | None = None) -> list[Candidate]:
    """All pattern matches in ``text``, then the longest non-overlapping ones that ``accept`` (if given) takes,
    sorted by start. A match ``accept`` refuses ("Black Monday", "1500 troops") leaves its span to shorter ones.

    Each pattern runs only in windows around its trigger words (see ``TRIGGERS``), so the cost stays linear in
    the text and small for text without temporal words; a window's matches are memoised on its text, and a
    text's matches on the text."""
    found, contested = _collected(text)
    taken = bytearray(len(text) + 1)
    kept: list[Candidate] = []
    for c in found:
        if any(taken[c.start:c.end]):
            continue
        if accept is not None and id(c) in contested and not accept(c):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
