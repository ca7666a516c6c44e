"""Finding name mentions in cleaned article text (the low-level half of :mod:`analysis.entities`).

Two sources: the curated alias catalog (:mod:`analysis.catalog`) and capitalised spans found in the text
(runs of Title Case / CamelCase / all-caps tokens, split at role words such as "CEO", stripped of possessives,
function words, months and headline-case lines). The word lists live in ``analysis/data/name_rules.json``.
Nothing here merges spellings; that is :func:`analysis.entities.entity_mentions`.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.lexicon import load_catalog

RULES_PATH = config.PACKAGE_DIR / "data" / "name_rules.json"
TOKEN = re.compile(r"\w+(?:[’'&.\-]\w+)*")
_POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])$")
_OPENERS = "“\"‘'(:[—–"
CANDIDATE_COLUMNS = [
    "doc_id", "start", "end", "surface", "source", "canonical", "type", "initial", "tokens", "org_word",
    "shape", "strong_cue", "speech_cue", "org_cue",
]
_ORG_BEFORE = re.compile(
    r"(?:\b(?:at|with|of|from|for)\s+(?:the\s+)?|\b(?:shares|stock|units?|subsidiary|unit|parent|owner) of\s+|"
    r"\b(?:rival|firm|company|companies|bank|lender|insurer|maker|giant|startup|start-up|group|brokerage|carmaker|chipmaker)\s+)$",
    re.I,
)
_ORG_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:shares|stock|Inc|Corp|Ltd|plc|advised|reported|posted|announced|agreed|"
    r"(?:co-)?(?:CEO|CFO|CTO|COO)|co-founder|chief\s+(?:executive|technology|financial|operating|scientist)|"
    r"boss|chairman|chairwoman|spokes(?:man|woman|person))\b"
)
#: a capitalised span before these words is introduced by an apposition that is not a role ("X, as …")
_NOT_APPOSITION = re.compile(r"(?:as|to|for|in|on|at|with|after|before|when|while|which|and|but|or|so|if|because|"
                             r"according|citing|saying|adding|the\s+company|the\s+firm)\b", re.I)
#: initials that may be followed by ". " inside one name ("D.A. Davidson", "John F. Kennedy")
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
#: first words of institution names that may hold "for"/"and"/"on" ("Center for Security and Emerging Technology")
_INSTITUTION_HEADS = frozenset(
    "Center Centre Institute Council Foundation Society Office Department Ministry Bureau Commission Agency "
    "Association Committee Fund School College Federation Alliance Coalition".split()
)
#: an all-caps place opening a paragraph, before the story ("SAN FRANCISCO, Nov 17 (Reuters) -"): a dateline
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?=\s*(?:,|\(|—|–|-\s))")


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (``analysis/data/given_names.txt``): "Tasha McCauley" is a person without any cue."""
    path = config.PACKAGE_DIR / "data" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def rules() -> dict[str, frozenset[str]]:
    """The word lists of ``name_rules.json`` as frozensets (stop_words, months, role_words, speech_verbs…)."""
    raw = json.loads(RULES_PATH.read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in raw.items() if isinstance(value, list)}


@functools.lru_cache(maxsize=4)
def _speech_patterns(verbs: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One regex for "a speech verb opens ``after``" and one for "``before`` ends with a speech verb" (a search per
    verb per candidate made entity detection slow on long texts)."""
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=lambda v: (-len(v), v))) or "(?!)"
    return re.compile(rf"(?:{alternatives})[ .,:]"), re.compile(rf"(?:^|\W)(?:{alternatives})\s*$")


def _in_ranges(pos: int, starts: list[int], ends: list[int]) -> bool:
    """True when ``pos`` lies in one of the merged, sorted ranges ``[starts[i], ends[i])``."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, merged ranges as parallel lists of starts and ends (for :func:`_in_ranges`)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(ranges):
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        elif a < b:
            starts.append(a)
            ends.append(b)
    return starts, ends


def norm_key(text: str) -> str:
    """Comparison key of a name: casefolded, letters and digits only ("Open AI" -> "openai")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@dataclass(frozen=True)
class CatalogMatcher:
    pattern: re.Pattern[str] | None
    lookup: dict[str, tuple[str, str, str]]  # casefolded alias -> (alias, canonical, type)


@functools.lru_cache(maxsize=16)
def catalog_matcher(extra: str | None = None) -> CatalogMatcher:
    """A regex over every catalog name and alias (longest first) and its lookup table."""
    catalog = load_catalog(Path(extra) if extra else None)
    lookup: dict[str, tuple[str, str, str]] = {}
    for row in catalog.itertuples(index=False):
        for alias in (row.name, *row.aliases):
            if len(alias) >= 2:
                lookup[alias.casefold()] = (alias, str(row.name), str(row.type) or "OTHER")
    if not lookup:
        return CatalogMatcher(None, lookup)
    alternatives = sorted({a for a, _, _ in lookup.values()}, key=lambda a: (-len(a), a))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w|[’']\w\w)", re.I)
    return CatalogMatcher(pattern, lookup)


def corpus_catalog_file(folders: tuple[str, ...]) -> str | None:
    """A corpus folder's own ``entities.csv`` (first folder that has one), extending the shipped catalog."""
    for folder in folders:
        path = Path(folder) / "entities.csv"
        if path.is_file():
            return str(path)
    return None


def _catalog_hits(text: str, matcher: CatalogMatcher) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, canonical, type) for catalog aliases in ``text``.

    Case-insensitive except: the first letter must match the alias's case ("meta" is not "Meta"), and short
    all-caps aliases ("FT", "SOX") must match exactly.
    """
    if matcher.pattern is None:
        return []
    hits = []
    for m in matcher.pattern.finditer(text):
        surface = m.group(0)
        alias, canonical, etype = matcher.lookup[surface.casefold()]
        if surface[0] != alias[0]:
            continue
        if alias.isupper() and len(alias) <= 5 and surface != alias:
            continue
        hits.append((m.start(), m.end(), surface, canonical, etype))
    return hits


def _shape(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "acronym"
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
        return "camel"
    return "title"


def _headline_ranges(text: str, sentences: pd.DataFrame) -> list[tuple[int, int]]:
    """Char ranges of headline-case lines (a one-sentence paragraph without a full stop, mostly capitalised)."""
    out = []
    counts = sentences["para_id"].value_counts()
    for row in sentences.itertuples(index=False):
        line = str(row.text).strip()
        if counts.get(row.para_id, 0) != 1 or line.endswith((".", "”", '"')):
            continue
        words = [w for w in TOKEN.findall(line) if w[0].isalpha()]
        if len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= 0.5:
            out.append((int(row.char_start), int(row.char_end)))
    return out


def _cues(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(strong person cue, speech cue) around a span: "CEO X", "X, chief executive of", "X said", "said X"."""
    r = rules()
    before = text[max(0, start - 60) : start]
    after = text[end : end + 70]
    before_words = [w.casefold().rstrip(".") for w in TOKEN.findall(before)]
    strong = bool(before_words) and before_words[-1] in r["person_cues"] and not before.endswith((",", ".", "\n"))
    m = re.match(r",\s+(?:(?:who|is|was)\s+)?(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?([^,.;:“”\"]{0,50})", after)
    if m and not _NOT_APPOSITION.match(m.group(1)) and any(w.casefold() in r["person_cues"] for w in TOKEN.findall(m.group(1))[:6]):
        strong = True
    verbs = r["speech_verbs"]
    after_clean = re.sub(r"^[\s,]+(?:(?:also|then|later|previously|had|has|have|once)\s+)?", "", after)
    opens, ends = _speech_patterns(verbs)
    speech = bool(opens.match(after_clean) or ends.search(before))
    return strong, speech


def _org_cue(text: str, start: int, end: int) -> bool:
    """"Shares of X", "rival X", "an analyst at X", "X shares": cues that X is an organisation."""
    before = text[max(0, start - 40) : start]
    if _ORG_BEFORE.search(before):
        if re.search(r"\b(?:at|with|of|from|for)\s+(?:the\s+)?$", before, re.I) and not re.search(
            r"\b(?:analyst|economist|strategist|director|head|chief|executive|officer|president|partner|"
            r"scientist|professor|researcher|spokes\w+|shares|stock|units?|subsidiary|parent|owner|CEO|founder)\s+(?:at|with|of|from|for)\s+(?:the\s+)?$",
            before, re.I):
            return False
        return True
    return bool(_ORG_AFTER.match(text[end : end + 30]))


def _segments(words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split a capitalised run into name segments (at role words, stop words, months, generic acronyms)."""
    r = rules()
    blocked = r["stop_words"] | r["months"] | r["weekdays"] | r["acronym_stop"] | r["demonyms"]
    # "Helen Toner of Georgetown University": a person's name, then "of" and an organisation
    for k, word in enumerate(words):
        if word[2] == "of" and 2 <= k <= 3 and words[0][2] in given_names() \
                and not any(w[2] in r["org_words"] for w in words[:k]):
            return _segments(words[:k]) + _segments(words[k + 1:])
    if words and words[-1][2] in r["org_words"] and len(words) >= 2:
        lead = r["stop_words"] | r["months"] | r["weekdays"] | r["role_words"]
        while words and words[0][2] in lead:
            words = words[1:]
        return [words] if words else []
    out: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for i, word in enumerate(words):
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        is_role = word[2] in r["role_words"] and nxt not in r["org_words"] and nxt not in r["name_connectors"]
        if word[2] in blocked or is_role:
            if current:
                out.append(current)
            current = []
        else:
            current.append(word)
    if current:
        out.append(current)
    cleaned = []
    for seg in out:
        while seg and seg[0][2] in r["name_connectors"]:
            seg = seg[1:]
        while seg and seg[-1][2] in r["name_connectors"]:
            seg = seg[:-1]
        if seg:
            cleaned.append(seg)
    return cleaned


def _auto_spans(text: str, sentences: pd.DataFrame) -> list[tuple[int, int, bool]]:
    """(start, end, initial) of capitalised name spans; ``initial`` = the span opens a sentence or a quote."""
    r = rules()
    starts = set(sentences["char_start"].astype(int))
    skip = _headline_ranges(text, sentences)
    for para in re.finditer(r"(?:^|\n)([^\n]+)", text):
        m = _DATELINE.match(para.group(1))
        if m and len(m.group(0).split()) <= 4:
            skip.append((para.start(1), para.start(1) + m.end()))
    skip_starts, skip_ends = _merged(skip)
    tokens = []
    for m in TOKEN.finditer(text):
        word, s, e = m.group(0), m.start(), m.end()
        poss = _POSSESSIVE.search(word)
        if poss and word[0].isupper():
            word, e = word[: poss.start()], e - len(poss.group(0))
        tokens.append((s, e, word, bool(poss)))
    spans: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(tokens):
        s, e, word, poss = tokens[i]
        if not word or not word[0].isupper() or _in_ranges(s, skip_starts, skip_ends):
            i += 1
            continue
        run = [(s, e, word)]
        j = i
        while not tokens[j][3] and j + 1 < len(tokens):
            nxt = tokens[j + 1]
            gap = text[tokens[j][1] : nxt[0]]
            if gap != " " and not (gap == ". " and _INITIALS.match(tokens[j][2]) and nxt[2][:1].isupper()):
                break
            if nxt[2][:1].isupper():
                run.append((nxt[0], nxt[1], nxt[2]))
                j += 1
            elif (nxt[2] in r["name_connectors"] or (nxt[2] in ("for", "and", "on") and run[0][2] in _INSTITUTION_HEADS)) \
                    and j + 2 < len(tokens) and tokens[j + 2][2][:1].isupper() \
                    and text[nxt[1] : tokens[j + 2][0]] == " ":
                run.append((nxt[0], nxt[1], nxt[2]))
                j += 1
            else:
                break
        for seg in _segments(run):
            first = seg[0][0]
            prev = text[:first].rstrip()
            initial = first in starts or not prev or prev[-1] in ".!?" + _OPENERS or text[prev.rfind("\n") + 1 : first].strip() == ""
            spans.append((first, seg[-1][1], initial))
        i = j + 1
    return spans


def detect_candidates(corpus_docs: pd.DataFrame, corpus_sentences: pd.DataFrame, extra_catalog: str | None = None) -> pd.DataFrame:
    """Every name mention candidate. Needs docs ``doc_id, text`` and sentences ``doc_id, para_id, text,
    char_start, char_end``; returns :data:`CANDIDATE_COLUMNS` (``source`` is "catalog" or "auto";
    ``canonical``/``type`` are set for catalog hits only). Ordered by doc_id, start."""
    r = rules()
    matcher = catalog_matcher(extra_catalog)
    rows: list[dict[str, object]] = []
    sentences_by_doc = dict(tuple(corpus_sentences.groupby("doc_id", sort=False)))
    for doc_id, text in zip(corpus_docs["doc_id"], corpus_docs["text"], strict=True):
        text = str(text)
        sents = sentences_by_doc.get(doc_id, corpus_sentences.iloc[0:0])
        hits = _catalog_hits(text, matcher)
        autos = _auto_spans(text, sents)
        kept_hits = []
        auto_starts = [a for a, _, _ in autos]
        for hs, he, surface, canonical, etype in hits:
            container = [
                (a, b) for a, b, _ in _containing(autos, auto_starts, hs, he)
                if (a, b) != (hs, he) and text[a:b].split()[-1] in r["org_words"]
            ]
            if etype == "PLACE" and container:
                continue  # "Bank of America" wins over the place "America"
            kept_hits.append((hs, he, surface, canonical, etype))
        covered = [(hs, he) for hs, he, *_ in kept_hits]
        for hs, he, surface, canonical, etype in kept_hits:
            strong, speech = _cues(text, hs, he)
            rows.append({"doc_id": doc_id, "start": hs, "end": he, "surface": surface, "source": "catalog",
                         "canonical": canonical, "type": etype, "initial": False, "tokens": len(surface.split()),
                         "org_word": False, "shape": _shape(surface), "strong_cue": strong, "speech_cue": speech,
                         "org_cue": _org_cue(text, hs, he)})
        for a, b, initial in autos:
            pieces = _uncovered(text, a, b, covered)
            for ps, pe, pinitial in pieces:
                surface = text[ps:pe]
                words = surface.split()
                if not _plausible(words):
                    continue
                strong, speech = _cues(text, ps, pe)
                rows.append({"doc_id": doc_id, "start": ps, "end": pe, "surface": surface, "source": "auto",
                             "canonical": "", "type": "", "initial": initial and pinitial, "tokens": len(words),
                             "org_word": len(words) >= 2 and (words[-1] in r["org_words"] or (
                                 words[0] in r["org_words"] and words[1] in r["name_connectors"])),
                             "shape": _shape(words[0]) if len(words) == 1 else "title",
                             "strong_cue": strong, "speech_cue": speech, "org_cue": _org_cue(text, ps, pe)})
    frame = pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)
    return frame.sort_values(["doc_id", "start", "end"]).reset_index(drop=True)


def _containing(
    autos: list[tuple[int, int, bool]], starts: list[int], hs: int, he: int
) -> list[tuple[int, int, bool]]:
    """The spans of ``autos`` (in text order, not overlapping; ``starts`` their starts) that contain [hs, he)."""
    out = []
    k = bisect.bisect_right(starts, hs) - 1
    while k >= 0 and autos[k][1] >= he:
        out.append(autos[k])
        k -= 1
    return out


def _uncovered(text: str, a: int, b: int, covered: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Parts of span [a, b) not covered by catalog hits (in text order, not overlapping), trimmed to whole
    capitalised words."""
    lo = bisect.bisect_left(covered, (a, -1))
    while lo > 0 and covered[lo - 1][1] > a:
        lo -= 1
    hi = bisect.bisect_left(covered, (b, -1))
    overlapping = sorted((s, e) for s, e in covered[lo:hi] if s < b and e > a)
    if not overlapping:
        return [(a, b, True)]
    out = []
    pos = a
    for s, e in [*overlapping, (b, b)]:
        if s > pos:
            words = [w for w in TOKEN.finditer(text, pos, s) if w.group(0)[0].isupper()]
            if words:
                out.append((words[0].start(), words[-1].end(), pos == a))
        pos = max(pos, e)
    return out


def _plausible(words: list[str]) -> bool:
    """Reject spans that cannot be names: stop words only, numbers, single letters, short codes with digits."""
    r = rules()
    blocked = r["stop_words"] | r["months"] | r["weekdays"] | r["acronym_stop"] | r["demonyms"] | r["role_words"]
    if not words or all(w in blocked for w in words):
        return False
    if len(words) == 1:
        w = words[0]
        letters = sum(c.isalpha() for c in w)
        if letters < 2 or (any(c.isdigit() for c in w) and len(w) <= 4) or w in blocked:
            return False
    return True
