"""Cleaning a scraped article: keep the article's own sentences, drop the page around them.

The rules are general (no seed is special-cased): page furniture is recognised by its shape (share widgets,
login boxes, cookie notices, "Also Read:" links, copyright lines, template debris), the article body is the
run of prose between the page header and the footer, and a paragraph printed twice is kept once. Every
removal is recorded with its reason so an analyst can check what was dropped.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from analysis import config
from analysis.time.dates import parse_date_line

#: Reasons recorded for removals (shown to users as is).
REASON_DEBRIS = "template debris"
REASON_SHARE = "share widget"
REASON_NAV = "navigation / page chrome"
REASON_LOGIN = "login box"
REASON_COOKIE = "cookie notice"
REASON_LINK = "'Also Read' style link"
REASON_COPYRIGHT = "copyright line"
REASON_CONTACT = "contact line"
REASON_NEWSLETTER = "newsletter promo"
REASON_CAPTION = "photo caption"
REASON_BYLINE = "byline"
REASON_COUNTER = "share/comment counter"
REASON_HEADER = "page header (before the article)"
REASON_FOOTER = "page footer / related posts (after the article)"
REASON_DATE = "date line"
REASON_REPEAT = "repeated paragraph"
REASON_CREDIT = "credit / publisher boilerplate"
REASON_COMMENTS = "comment prompt"

_DEBRIS_RE = re.compile(r"\{\{[^{}\n]{0,80}\}\}|\{%[^%\n]{0,80}%\}|<%[^%\n]{0,80}%>|</?(?:div|span|p|br|a|img|strong|em|b|i|u)\b[^>\n]{0,200}>", re.I)
_SHARE_WORDS = frozenset(
    "share shares on facebook twitter x whatsapp tweet send email mail print pin pinterest linkedin reddit "
    "telegram copy link this article story messenger flipboard via".split()
)
_NAV_LINES = frozenset(
    """no result|view all result|view all results|search|menu|home|skip to content|skip to main content|
    advertisement|advertise|contact us|privacy policy|terms of use|terms of service|terms and conditions|
    about us|cookie policy|subscribe|newsletter|sponsored|read more|load more|show more|close|open menu|
    back to top|trending|latest news|more information|learn more|more|continue reading|listen to this article|
    add new playlist|ad|advertisement - scroll to continue|story continues below|watch|video""".replace("\n", "").split("|")
)
_LOGIN_LINES = frozenset(
    """login|log in|sign in|sign up|register|logout|log out|my account|welcome back!|welcome back|
    forgotten password?|forgot password?|forgot your password?|retrieve your password|
    login to your account below|create an account|remember me""".replace("\n", "").split("|")
)
_NAV_LINES = frozenset(s.strip() for s in _NAV_LINES)
_LOGIN_LINES = frozenset(s.strip() for s in _LOGIN_LINES)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(username|e-?mail address).{0,60}password|password.{0,40}(reset|retrieve)", re.I), REASON_LOGIN),
    (re.compile(r"\bcookies?\b.{0,120}\b(use|uses|consent|accept|continuing|policy|experience)\b", re.I), REASON_COOKIE),
    (re.compile(r"^(also read|read also|read more|related|recommended|see also|must read|don'?t miss|more on this)\s*[:|–-]", re.I), REASON_LINK),
    (re.compile(r"^(©|\(c\)\s|copyright\b)|all rights reserved", re.I), REASON_COPYRIGHT),
    (re.compile(r"^(write us|email us|e-mail us|follow us|contact)\b.{0,80}$", re.I), REASON_CONTACT),
    (re.compile(r"^\S+@\S+\.\w+$|^https?://\S+$"), REASON_CONTACT),
    (re.compile(r"^(join|sign up|subscribe)\b.{0,160}\b(newsletters?|updates|inbox|coverage|alerts)\b", re.I), REASON_NEWSLETTER),
    (re.compile(r"[.!?]\s*(Wikimedia Commons|Getty Images|Reuters|AFP|AP Photo|Bloomberg|Shutterstock|EPA|File Photo|Photo(?: credit)?:.{0,60})\s*\.?$"), REASON_CAPTION),
    (re.compile(r"^(photo|image|picture|credit|caption)\s*(credit)?\s*:", re.I), REASON_CAPTION),
    (re.compile(r"^\d[\d,.]*k?\s+(shares?|comments?|views?|reads?)$", re.I), REASON_COUNTER),
    (re.compile(r"^\d+\s+min(ute)?s?\s+read$|^item \d+ of \d+$|^click here\b|^sign up here\.?$", re.I), REASON_NAV),
    (re.compile(r"^\[\d+/\d+\]"), REASON_CAPTION),
    (re.compile(r"^(\(?(additional )?(reporting|writing|editing|compiled|graphics)( by|:)\b.{0,200}$)|trust principles|^our standards\b", re.I), REASON_CREDIT),
    (re.compile(r"\b(let us know|tell us|share your (thoughts|views))\b.{0,40}\b(comments?( section)?( below)?|below)\s*[.!]?$", re.I), REASON_COMMENTS),
    (re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}(\s*(,|\||and|&).{0,60})?$"), REASON_BYLINE),
)
#: For each of :data:`_PATTERNS`, its gate: ``(prefixes, substrings)`` of which a line must start with one or hold
#: one for the pattern to match (lower-cased for a case-insensitive pattern), or None (always tried). A gate only
#: skips a pattern that cannot match (:func:`_pattern_reason`); each is read off its pattern's literal words.
_PATTERN_GATES: tuple[tuple[tuple[str, ...], tuple[str, ...]] | None, ...] = (
    ((), ("password",)),
    ((), ("cookie",)),
    (("also read", "read also", "read more", "related", "recommended", "see also", "must read", "don", "more on this"), ()),
    (("©", "(c)", "copyright"), ("all rights reserved",)),
    (("write us", "email us", "e-mail us", "follow us", "contact"), ()),
    (("http",), ("@",)),
    (("join", "sign up", "subscribe"), ()),
    ((), ("Wikimedia Commons", "Getty Images", "Reuters", "AFP", "Bloomberg", "Shutterstock", "EPA", "Photo")),
    (("photo", "image", "picture", "credit", "caption"), ()),
    None,
    None,
    (("[",), ()),
    (("(", "additional ", "reporting", "writing", "editing", "compiled", "graphics", "our standards"), ("trust principles",)),
    ((), ("let us know", "tell us", "share your")),
    (("By", "by"), ()),
)
_GATED_PATTERNS = tuple(
    (pattern, reason, gate, bool(pattern.flags & re.IGNORECASE)) for (pattern, reason), gate in zip(_PATTERNS, _PATTERN_GATES)
)
#: Every gate at once: a line that opens with none of these prefixes and holds none of these substrings can only
#: match the patterns without a gate.
_ALL_PREFIXES = tuple(p for _, _, gate, folded in _GATED_PATTERNS if gate and folded for p in gate[0])
_ALL_CASED_PREFIXES = tuple(p for _, _, gate, folded in _GATED_PATTERNS if gate and not folded for p in gate[0])
_ALL_SUBSTRINGS = tuple(s for _, _, gate, folded in _GATED_PATTERNS if gate and folded for s in gate[1])
_ALL_CASED_SUBSTRINGS = tuple(s for _, _, gate, folded in _GATED_PATTERNS if gate and not folded for s in gate[1])
_UNGATED_PATTERNS = tuple((pattern, reason) for pattern, reason, gate, _ in _GATED_PATTERNS if gate is None)
#: Characters that a case-insensitive pattern matches to an ASCII letter although they are not ASCII ("K", the
#: Kelvin sign, matches "k"): a line holding one is tried against every pattern, without the gates.
_FOLDS_TO_ASCII_RE = re.compile(r"[^\x00-\x7f](?<=(?i:[a-z]))")
_TAIL_MARKER_RE = re.compile(
    r"^(tags?|topics?|filed under|categories|related( posts| articles| stories| content| news)?|popular( posts?)?"
    r"|most (read|popular)|more (from|stories|news)|you (may|might) also like|recommended( for you)?"
    r"|previous (post|article)|next (post|article)|read next|comments?|leave a (reply|comment)"
    r"|share this( article| story)?|about the author)\b",
    re.I,
)
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
_BULLET_RE = re.compile(r"^[•·▪►»‣◦*]\s*|^[-–]\s+")
_CLOSERS = "\"'”’»)]"
#: A list or table line that reports a share move: a capitalised name (an optional ticker in parentheses) and a
#: signed percent figure ("Meituan: -4.87%", "BNP Paribas (BNPP.PA) -2.9%", "SoftBank Group (9984) +6.2 pct").
_MOVE_LINE_RE = re.compile(
    r"^[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,5}(?:\s*\([^()]{1,20}\))?\s*[:–-]?\s*[+\-−–]\s?\d{1,3}(?:\.\d+)?\s*"
    r"(?:%|pct\b|per\s?cent\b|percent\b)"
)
_COPYRIGHT_NAME_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?(?P<name>[^.|,©]+?)\s*(?:\.|,|\||all rights reserved|$)",
    re.I,
)


@dataclass(frozen=True)
class Removal:
    """One piece of the scraped text that cleaning dropped."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class CleanDocument:
    """The article's own paragraphs plus what was found and dropped around them."""

    paragraphs: tuple[str, ...]
    removals: tuple[Removal, ...]
    title: str | None
    dateline: date | None
    dateline_text: str | None
    site_name: str | None
    #: For each kept paragraph, the ``(start, end)`` of the line it was cleaned from in the text as given to
    #: :func:`clean_document` (the text as read), so offsets can be mapped back (:mod:`analysis.corpus.offsets`).
    sources: tuple[tuple[int, int], ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


_SPACES_RE = re.compile(r"[ \t]+")
_WORD_RE = re.compile(r"[\w'’-]+")
_KEY_WORD_RE = re.compile(r"[\w']+")
_KEY_PAIRS = tuple(zip("‘’“”«»–—", "''\"\"\"\"--"))
_STOPS_RE = re.compile(r"[.!?]\s")
_PUBLISHED_RE = re.compile(r"\s*(published|posted|updated|first published)", re.I)
#: The first characters :data:`_BULLET_RE` can match (a line starting otherwise has no bullet to strip).
_BULLET_STARTS = frozenset("•·▪►»‣◦*-–")
#: Characters :func:`normalize_line` removes or replaces (all outside ASCII).
_INVISIBLE = ("\u00a0", "\u200b", "\ufeff", "\u200e")


def normalize_line(line: str) -> str:
    """Tidy one line: Unicode NFC, HTML entities, no zero-width or non-breaking spaces, single spaces."""
    line = unicodedata.normalize("NFC", html.unescape(line))
    if not line.isascii():
        line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\u200e", "")
    if "\t" in line or "  " in line:
        line = _SPACES_RE.sub(" ", line)
    return line.strip()


def _is_normalized(line: str) -> bool:
    """Whether :func:`normalize_line` returns ``line`` unchanged, for a line it returned: no entity left to
    decode and NFC (removing an invisible character can leave a combining mark next to a letter)."""
    return "&" not in line and (line.isascii() or unicodedata.is_normalized("NFC", line))


def _strip_bullet(line: str) -> str:
    """``line`` without a leading bullet (:data:`_BULLET_RE`), not stripped."""
    return _BULLET_RE.sub("", line) if line[:1] in _BULLET_STARTS else line


def dedupe_key(line: str) -> str:
    """Comparison key for duplicate paragraphs: case, quote style, bullets and punctuation ignored."""
    line = _strip_bullet(line).lower()
    if not line.isascii():
        for old, new in _KEY_PAIRS:
            if old in line:
                line = line.replace(old, new)
    return " ".join(_KEY_WORD_RE.findall(line))


def _words(line: str) -> int:
    return len(_WORD_RE.findall(line))


def is_prose(line: str) -> bool:
    """A line of running text: at least eight words that end like a sentence."""
    return _is_prose(line, _words(line))


def _is_prose(line: str, words: int) -> bool:
    """:func:`is_prose` of a line of ``words`` words (:func:`_words`)."""
    if words < 8:
        return False
    body = line.rstrip().rstrip(_CLOSERS).rstrip()
    return body.endswith((".", "!", "?", ":", "…")) or len(_STOPS_RE.findall(line)) >= 2


def _sentence_like(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS).rstrip().endswith((".", "!", "?", "…"))


def is_move_line(line: str) -> bool:
    """A list, table or bullet line with a company-like name and a signed percent figure: article content."""
    if "%" not in line and "pct" not in line and "per" not in line:  # the figure's unit: no move without one
        return False
    return bool(_MOVE_LINE_RE.match(_strip_bullet(line).strip()))


_SHARE_TOKEN_RE = re.compile(r"[A-Z]?[a-z]+|\d+")
_SHARE_NAMES = frozenset({"share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest"})
#: A token of :data:`_SHARE_TOKEN_RE` is one of :data:`_SHARE_NAMES` lower-cased only when it holds its tail.
_SHARE_TAILS = tuple(name[1:] for name in sorted(_SHARE_NAMES))


def _is_share_widget(line: str) -> bool:
    for tail in _SHARE_TAILS:
        if tail in line:
            break
    else:
        return False
    tokens = _SHARE_TOKEN_RE.findall(line)
    return bool(tokens) and len(tokens) <= 12 and all(t.isdigit() or t.lower() in _SHARE_WORDS for t in tokens) and any(
        t.lower() in _SHARE_NAMES for t in tokens
    )


_CELL_SPLIT = re.compile(r"\s+\|\s+")
_FIGURE_CELL = re.compile(r"\d")


def table_cells(line: str) -> list[str]:
    """The cells of a pipe-separated line ("Acme (ACM) | +6.0% | -59.3%"), or the line alone."""
    if "|" not in line:
        return [line.strip()]
    return [p.strip() for p in _CELL_SPLIT.split(line)]


def _restore_table_headers(removals: list[Removal], candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Put back a pipe line taken for a menu when the next kept line (within three lines) is a table row with as
    many cells and figures in them: it is the table's header ("Company (ticker) | Friday | Week | Year to date")."""
    restored = []
    for r in removals:
        if r.reason != REASON_NAV or "|" not in r.text:
            continue
        nxt = next(((n, line) for n, line in candidates if n > r.line_no), None)
        if nxt is None or nxt[0] - r.line_no > 3:
            continue
        cells, next_cells = table_cells(r.text), table_cells(nxt[1])
        if len(cells) == len(next_cells) >= 3 and any(_FIGURE_CELL.search(c) for c in next_cells[1:]):
            restored.append(r)
    if not restored:
        return candidates
    for r in restored:
        removals.remove(r)
    return sorted([*candidates, *((r.line_no, r.text) for r in restored)])


def _in_table(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` is a row of a pipe table with figures, or the header of one (kept after the last prose
    paragraph, where a short line would be taken for page footer)."""
    if "|" not in candidates[idx][1]:
        return False
    cells = table_cells(candidates[idx][1])
    if len(cells) < 3:
        return False
    if any(_FIGURE_CELL.search(c) for c in cells[1:]):
        return True
    following = table_cells(candidates[idx + 1][1]) if idx + 1 < len(candidates) else []
    return len(following) == len(cells) and any(_FIGURE_CELL.search(c) for c in following[1:])


def _in_move_list(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` is a move line, a table row or header, or the lead-in ("Top losers:") of a move line."""
    line = candidates[idx][1]
    return is_move_line(line) or _in_table(candidates, idx) or (
        line.rstrip().endswith(":") and idx + 1 < len(candidates) and is_move_line(candidates[idx + 1][1])
    )


def furniture_reason(line: str) -> str | None:
    """Why a whole line is page furniture, or None when it may be article text."""
    bare = _strip_bullet(line).strip()
    lowered = bare.lower()
    low = lowered.strip(" .:|")
    if low in _LOGIN_LINES:
        return REASON_LOGIN
    if low in _NAV_LINES:
        return REASON_NAV
    if _is_share_widget(bare):
        return REASON_SHARE
    if "|" in bare:
        parts = table_cells(bare)
        if len(parts) >= 3 and all(1 <= _words(p) <= 3 and not _sentence_like(p) for p in parts) \
                and not any(_FIGURE_CELL.search(p) for p in parts):
            return REASON_NAV  # a menu: "Home | News | Business | Tech" (a table row has figures: "Acme | +6.0% | -59%")
    reason = _pattern_reason(bare, lowered)
    if reason is not None:
        return reason
    if line[:1] in _BULLET_STARTS and _BULLET_RE.match(line) and _words(bare) <= 3 and not is_prose(bare):
        return REASON_NAV
    return None


def _holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needles``."""
    for needle in needles:
        if needle in text:
            return True
    return False


def _pattern_reason(bare: str, lowered: str) -> str | None:
    """The reason of the first of :data:`_PATTERNS` found in ``bare`` (``lowered`` is ``bare.lower()``), skipping
    the patterns whose gate (:data:`_PATTERN_GATES`) proves they cannot match. The gates hold for a line whose
    letters a case-insensitive pattern matches only to themselves lower-cased, which is checked first."""
    gated = bare.isascii() or _FOLDS_TO_ASCII_RE.search(bare) is None
    if gated and not (lowered.startswith(_ALL_PREFIXES) or bare.startswith(_ALL_CASED_PREFIXES)
                      or _holds_any(lowered, _ALL_SUBSTRINGS) or _holds_any(bare, _ALL_CASED_SUBSTRINGS)):
        for pattern, reason in _UNGATED_PATTERNS:
            if pattern.search(bare):
                return reason
        return None
    for pattern, reason, gate, folded in _GATED_PATTERNS:
        if gated and gate is not None:
            hay = lowered if folded else bare
            if not hay.startswith(gate[0]) and not _holds_any(hay, gate[1]):
                continue
        if pattern.search(bare):
            return reason
    return None


def site_name_from_copyright(line: str) -> str | None:
    """The site name in a copyright line ("© 2021 Daily The Business" → "Daily The Business")."""
    m = _COPYRIGHT_NAME_RE.search(line)
    if not m:
        return None
    name = m.group("name").strip(" -–:")
    if not name or len(name) > 60 or _words(name) > 8 or name.lower() in {"copyright", "all rights reserved"}:
        return None
    return name


def _find_tail_start(lines: list[tuple[int, str]], prose: list[bool], body_start: int,
                     words: list[int] | None = None) -> int:
    """Index (into ``lines``) where the footer begins, or ``len(lines)`` (``words``: each line's :func:`_words`)."""
    if words is None:
        words = [_words(line) for _, line in lines]
    total = sum(w for w, p in zip(words, prose) if p)
    before = 0
    for idx in range(body_start, len(lines)):
        line = lines[idx][1]
        if prose[idx]:
            before += words[idx]
        if idx > body_start and (_TAIL_MARKER_RE.match(line) and words[idx] <= 12 or line.lower().startswith("tags:")):
            after = total - before
            if after < 0.25 * max(before, 1):
                return idx
    return len(lines)


def raw_line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` (``\\r\\n``, ``\\r`` and ``\\n`` all end a line; the break is not
    part of the line), in order: line ``n`` (1-based) is ``text[start:end]`` of item ``n - 1``."""
    spans: list[tuple[int, int]] = []
    start = 0
    if "\r" not in text:
        for line in text.split("\n"):
            spans.append((start, start + len(line)))
            start += len(line) + 1
        return spans
    for m in _LINE_BREAK_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def clean_document(text: str) -> CleanDocument:
    """Clean the raw text of one scraped article.

    Returns the article's paragraphs (one per kept line), every removal with its reason, the headline and
    dateline found above the body, and a site name from a copyright line when there is one.
    """
    removals: list[Removal] = []
    candidates: list[tuple[int, str]] = []  # (1-based line number, text) still in play
    site_name: str | None = None
    spans = raw_line_spans(text)
    for line_no, (line_start, line_end) in enumerate(spans, start=1):
        line = normalize_line(text[line_start:line_end])
        if not line:
            continue
        if ("{" in line or "<" in line) and _DEBRIS_RE.search(line) is not None:
            for fragment in _DEBRIS_RE.findall(line):
                removals.append(Removal(line_no, fragment, REASON_DEBRIS))
            line = normalize_line(_DEBRIS_RE.sub(" ", line))
        elif not _is_normalized(line):  # normalising again would change it ("&amp;amp;"): as before, do
            line = normalize_line(line)
        if not line:
            continue
        reason = furniture_reason(line)
        if reason is not None:
            if reason == REASON_COPYRIGHT and site_name is None:
                site_name = site_name_from_copyright(line)
            removals.append(Removal(line_no, line, reason))
            continue
        candidates.append((line_no, line))
    candidates = _restore_table_headers(removals, candidates)

    words = [_words(line) for _, line in candidates]
    prose = [_is_prose(line, w) for (_, line), w in zip(candidates, words)]
    body_start = prose.index(True) if any(prose) else 0
    tail_start = _find_tail_start(candidates, prose, body_start, words)
    last_prose = max((i for i in range(body_start, tail_start) if prose[i]), default=body_start)

    # Header: the headline is the longest multi-word line above the body; a dateline follows it.
    head = candidates[:body_start]
    title: str | None = None
    title_idx = -1
    for idx, (_, line) in enumerate(head):
        if words[idx] >= 4 and parse_date_line(line) is None and (title is None or len(line) > len(title)):
            title, title_idx = line, idx
    dateline: date | None = None
    dateline_text: str | None = None
    for idx, (_, line) in enumerate(candidates[: body_start + 3]):
        parsed = parse_date_line(line)
        if parsed is None:
            continue
        after_title = idx > title_idx
        published_word = bool(_PUBLISHED_RE.match(line))
        if dateline is None and (after_title or published_word):
            dateline, dateline_text = parsed[0], line
    for idx, (line_no, line) in enumerate(head):
        if idx == title_idx or line == dateline_text:
            continue
        removals.append(Removal(line_no, line, REASON_HEADER))

    kept: list[str] = []
    sources: list[tuple[int, int]] = []
    seen: dict[str, int] = {}
    long_kept: list[tuple[str, int]] = []
    for idx in range(body_start, len(candidates)):
        line_no, line = candidates[idx]
        if idx >= tail_start or (idx > last_prose and not _sentence_like(line) and words[idx] <= 12
                                 and not _in_move_list(candidates, idx)):
            removals.append(Removal(line_no, line, REASON_FOOTER))
            continue
        if line == dateline_text:
            continue
        if parse_date_line(line) is not None:
            removals.append(Removal(line_no, line, REASON_DATE))
            continue
        line = _strip_bullet(line).strip()
        key = dedupe_key(line)
        first = seen.get(key)
        if first is None and len(key) >= config.FUZZY_DUPLICATE_MIN_CHARS:
            window = long_kept[-config.FUZZY_DUPLICATE_WINDOW:]  # bounded: linear time on any number of paragraphs
            near = process.extractOne(key, [k for k, _ in window], scorer=fuzz.ratio, score_cutoff=config.FUZZY_DUPLICATE_RATIO)
            if near is not None:
                first = window[near[2]][1]
        if first is not None and len(key) >= config.MIN_DUPLICATE_CHARS:
            removals.append(Removal(line_no, line, f"{REASON_REPEAT} (first at line {first})"))
            continue
        seen.setdefault(key, line_no)
        if len(key) >= config.FUZZY_DUPLICATE_MIN_CHARS:
            long_kept.append((key, line_no))
        kept.append(line)
        sources.append(spans[line_no - 1])

    if title is not None:
        title = title.strip()
    removals.sort(key=lambda r: r.line_no)
    return CleanDocument(tuple(kept), tuple(removals), title, dateline, dateline_text, site_name, tuple(sources))
