"""A learned choice among every candidate speaker of a quotation, after the rules of :mod:`.attribute`.

For each quotation the candidates are: every person or organisation the entity layer names outside quotation
marks in the quotation's sentence, the sentence before and the sentence after; the antecedent of each
"he"/"she"/"it" there; the speaker of the previous quotation; the rules' own pick; the rules' description next
to the speech verb when it names no one ("a branch manager at a rival bank told us": the row shows it); and
"none" (the quotation is credited to nobody). Each candidate gets a feature vector (:data:`FEATURES`: which side
of the quotation it stands on, how far in characters, sentences and paragraphs, whether a speech verb follows or
precedes it, whether it is a subject, an object, a possessive or inside an apposition, whether a speech verb or a
clause break stands between it and the quotation, its entity type and whether that fits the rules' cue, how often
the document names it, whether it spoke before or speaks next, whether the rules picked it, …; "none" has its own
features: the quotation's length and kind, whether any cue is in reach). A conditional model (a softmax over the
candidates of one quotation) scores them: linear weights plus boosted regression trees fitted on top of them
(:class:`Model`), both in ``analysis/data/quote_speaker_ranker.json`` (written by ``bench/train_quote_ranker.py
speakers`` from the PolNeAR training half only). The best one is the speaker when it scores more than the file's
``switch`` above the rules' own option, and no one when its probability (the softmax over the quotation's options)
is below the file's ``floor``. The file's ``apply`` says where the model overrides the rules: ``always``
or only where the rules are unsure (``unsure``, :func:`unsure`: the rules found no speaker phrase, or found the name
through coreference). Without the file the rules decide alone.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np

from .antecedents import (ORG_TYPES, PLACE_TYPES, Doc, antecedent, opens_sentence, place_before, story_organisation,
                          verb_follows)
from .model import QuoteSpan, Speaker
from .speakers import described_subject_before
from .words import (ACCORDING_TO, AUTHORITY_NOUNS, DOCUMENTS, ORGANS, FINITE_VERBS, GROUPS, PRESS_PRONOUN_REACH, ROLE_ORG, ROLE_PERSON,
                    SENTENCE_BREAK, SPEAKS_FOR, TITLES, UNNAMED_PRESS, is_sentence_break)

WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "quote_speaker_ranker.json"
Apply = Literal["always", "unsure", "never"]
REACH = 400  # characters searched for the sentence before and after
FEATURES = [
    "none", "none_partial", "none_short", "none_log_words", "none_no_cue", "none_rule_empty", "none_opens_para",
    "none_no_mention",
    "rule", "rule_adjacent", "rule_coreference", "rule_according", "rule_partial",
    "last_speaker", "last_speaker_same_para", "earlier_speaker",
    "via_pronoun", "before", "after", "in_gap", "same_sentence", "prev_sentence", "next_sentence", "far",
    "log_chars", "nearest_on_side", "verb_after", "verb_before", "according_to", "verb_between",
    "break_between", "clause_between", "possessive", "object_position", "place_before", "opens_sentence",
    "person", "org", "untyped", "log_doc_count", "log_window_count", "adjacent_to_quote", "apposition",
    "gender_agrees", "gender_clashes", "same_sentence_verb_after", "same_sentence_verb_before",
    "previous_subject", "after_adjacent", "verb_like_after", "opens_paragraph",
    "subject_before", "first_in_sentence", "possessive_document", "none_first_paragraph", "none_document",
    "rule_pronoun", "rule_description",
    # added with the tree model: distances in sentences and paragraphs, titles, the next quotation's speaker, ...
    "sentences_between", "paragraphs_between", "same_paragraph", "title", "next_speaker", "named_in_quote",
    "top_of_type", "doc_share", "distance_rank_0", "distance_rank_1", "type_agrees_cue", "type_clashes_cue",
    "according_same_sentence", "rule_is_last", "first_paragraph", "log_options", "rule_log_options",
    "description", "description_adjacent", "description_indefinite",
]
_INDEX = {k: i for i, k in enumerate(FEATURES)}
_PRONOUN = re.compile(r"\b(?:he|she|it|He|She|It)\b")
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|by|against|about|for|and|than|from|on|at|as|like|over|of|called|"
                            r"endorsed|attacked|beat|defeated|told|asked|urged|thanked|praised|criticized)"
                            r"\s+(?:the\s+)?$",
                            re.I)
_APPOSITION = re.compile(r",\s+(?:a|an|the|who|whose|which|one\s+of)\b[^,.;:“”\"]{0,60}$", re.I)
_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|although|though|because)\s", re.I)
_WORDS = re.compile(r"\w+")
_NEXT_WORDS = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?([\w-]+)")
_VERB_LIKE = re.compile(r"(?:['’]s)?,?\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|es|ts|ds|ys|ns)\b")
_GENDER = {"he": "m", "she": "f"}
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _modifies_people(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` only modifies a noun for people ("some Nordvik employees", "a Trump
    supporter"): they are not the name's own words (a noun that speaks for the name, "Trump campaign", is left
    to the rules)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).casefold()
    return (word in ROLE_PERSON or word in GROUPS or word.removesuffix("s") in ROLE_PERSON) and word not in SPEAKS_FOR


@dataclass
class Option:
    """A candidate speaker of one quotation: the speaker it gives and its feature vector."""

    speaker: Speaker
    features: list[float]
    at: int = -1  # where the text names it (its nearest mention or pronoun in reach), -1 for none


@dataclass(frozen=True)
class Model:
    """The learned scorer: a linear part (``weights`` in :data:`FEATURES` order) plus, when the data file has
    them, boosted regression trees fitted on top of it (complete binary trees of ``depth`` levels; node ``k``
    sends an option right when its feature ``feature[t, k]`` exceeds ``threshold[t, k]``; ``leaf[t, j]`` is
    added to the score at leaf ``j``); ``apply`` says where the model overrides the rules."""

    weights: np.ndarray
    apply: Apply
    switch: float = 0.0  # how far the model's best option must score above the rules' own to replace it
    depth: int = 0
    feature: np.ndarray | None = None  # (trees, nodes) column indices
    threshold: np.ndarray | None = None  # (trees, nodes)
    leaf: np.ndarray | None = None  # (trees, leaves)
    floor: float = 0.0  # a name the model keeps with a probability below this is not shown (weak evidence)

    def scores(self, x: np.ndarray) -> np.ndarray:
        """The score of each row of ``x`` (options by :data:`FEATURES`)."""
        out = x @ self.weights
        if self.feature is None or self.threshold is None or self.leaf is None:
            return out
        trees = np.arange(self.feature.shape[0])[None, :]
        node = np.zeros((x.shape[0], self.feature.shape[0]), dtype=np.intp)
        for _ in range(self.depth):
            node = 2 * node + 1 + (np.take_along_axis(x, self.feature[trees, node], 1)
                                   > self.threshold[trees, node])
        return out + self.leaf[trees, node - (2 ** self.depth - 1)].sum(axis=1)


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS_FILE) -> Model | None:
    """The :class:`Model` of the data file, or None when it is absent or its features are not these."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = data["weights"]
    if set(weights) != set(FEATURES):
        return None
    linear = np.array([float(weights[k]) for k in FEATURES])
    apply = data.get("apply", "always")
    switch = float(data.get("switch", 0.0))
    floor = float(data.get("floor", 0.0))
    trees = data.get("trees") or []
    if not trees:
        return Model(linear, apply, switch, floor=floor)
    if any(name not in _INDEX for t in trees for name in t["feature"]):
        return None
    depth = int(data["depth"])
    return Model(linear, apply, switch, depth,
                 np.array([[_INDEX[name] for name in t["feature"]] for t in trees], dtype=np.intp),
                 np.array([[float(v) for v in t["threshold"]] for t in trees]),
                 np.array([[float(v) for v in t["leaf"]] for t in trees]), floor)


def _sentence_bounds(r: Reading, span: QuoteSpan) -> tuple[int, int]:
    """Start of the sentence before the quotation's and end of the sentence after it (within :data:`REACH`
    characters, and within the paragraph before and after)."""
    text = r.doc.text
    para = text.rfind("\n", 0, max(0, span.sent_start - 1))
    prev_para = text.rfind("\n", 0, max(0, para)) if para >= 0 else -1
    lo = max(0, span.sent_start - REACH, prev_para + 1)
    i = bisect_left(r.breaks, span.sent_start) - 1
    start = r.breaks[i] if i >= 0 and r.breaks[i] > lo else lo
    hi = min(len(text), span.sent_end + REACH)
    nl = text.find("\n", span.sent_end + 1, hi)
    nl2 = text.find("\n", nl + 1, hi) if nl >= 0 else -1
    hi = nl2 if nl2 >= 0 else hi
    j = bisect_right(r.breaks, span.sent_end)
    end = r.breaks[j] if j < len(r.breaks) and r.breaks[j] < hi else hi
    return start, end


def _where(span: QuoteSpan, s: int, e: int) -> tuple[str, int]:
    """Side of the quotation a reference at ``text[s:e]`` stands on ("before", "after", "gap") and how far."""
    if e <= span.open_at:
        return "before", span.open_at - e
    if s >= span.close_at:
        return "after", s - span.close_at
    return "gap", 0


def _ref_features(r: Reading, span: QuoteSpan, s: int, e: int, i: int | None, win: tuple[int, int],
                  f: list[float]) -> None:
    """Fill the features of a reference (a mention ``i`` or a pronoun) at ``text[s:e]``."""
    doc = r.doc
    text = doc.text
    side, dist = _where(span, s, e)
    f[_INDEX["before"]] = float(side == "before")
    f[_INDEX["after"]] = float(side == "after")
    f[_INDEX["in_gap"]] = float(side == "gap")
    f[_INDEX["same_sentence"]] = float(span.sent_start <= s < span.sent_end or side == "gap")
    f[_INDEX["prev_sentence"]] = float(win[0] <= s < span.sent_start)
    f[_INDEX["next_sentence"]] = float(span.sent_end <= s < win[1])
    f[_INDEX["log_chars"]] = math.log1p(dist)
    f[_INDEX["adjacent_to_quote"]] = float(dist <= 3)
    f[_INDEX["verb_after"]] = float(verb_follows(text, e))
    pre = text[max(0, s - 40):s]
    k = bisect_right(r.verb_ends, s) - 1
    f[_INDEX["verb_before"]] = float(k >= 0 and r.verb_ends[k] >= s - 40
                                     and len(_WORDS.findall(text, r.verb_ends[k], s)) <= 2)
    acc = ACCORDING_TO.search(pre)
    f[_INDEX["according_to"]] = float(bool(acc) and len(_WORDS.findall(pre[acc.end():])) <= 1)
    a, b = (e, span.open_at) if side == "before" else (span.close_at, s) if side == "after" else (s, s)
    between = text[a:b] if b > a else ""
    f[_INDEX["verb_between"]] = float(b > a and _finite_between(r, a, b))
    f[_INDEX["break_between"]] = float(b > a and _break_between(r, a, b))
    f[_INDEX["clause_between"]] = float(bool(_CLAUSE.search(between)))
    f[_INDEX["possessive"]] = float(text[e:e + 2] in ("'s", "’s"))
    f[_INDEX["object_position"]] = float(bool(_OBJECT_BEFORE.search(pre)))
    f[_INDEX["apposition"]] = float(bool(_APPOSITION.search(text, max(0, s - 80), s)))
    if i is not None:
        f[_INDEX["place_before"]] = float(place_before(doc, i))
        f[_INDEX["opens_sentence"]] = float(opens_sentence(doc, i))
    same = f[_INDEX["same_sentence"]]
    f[_INDEX["same_sentence_verb_after"]] = same * f[_INDEX["verb_after"]]
    f[_INDEX["same_sentence_verb_before"]] = same * f[_INDEX["verb_before"]]
    f[_INDEX["previous_subject"]] = f[_INDEX["prev_sentence"]] * float(bool(f[_INDEX["verb_after"]]
                                                                         or f[_INDEX["opens_sentence"]]))
    f[_INDEX["after_adjacent"]] = f[_INDEX["after"]] * f[_INDEX["adjacent_to_quote"]]
    f[_INDEX["verb_like_after"]] = float(bool(_VERB_LIKE.match(text, e)))
    f[_INDEX["opens_paragraph"]] = float(s == 0 or text[s - 1] == "\n")
    f[_INDEX["subject_before"]] = f[_INDEX["before"]] * f[_INDEX["same_sentence_verb_after"]]
    f[_INDEX["first_in_sentence"]] = float(span.sent_start <= s < span.sent_end
                                           and bisect_left(doc.starts, span.sent_start) == (i if i is not None else -1))
    nxt = _NEXT_WORDS.match(text, e) if f[_INDEX["possessive"]] else None
    f[_INDEX["possessive_document"]] = float(nxt is not None and nxt.group(1).casefold().rstrip("s") in DOCUMENTS)


def _type_features(doc_count: dict[str, int], name: str, etype: str, f: list[float]) -> None:
    f[_INDEX["person"]] = float(etype == "PERSON")
    f[_INDEX["org"]] = float(etype in ("ORG", "ORGANIZATION", "ORGANISATION", "NORP"))
    f[_INDEX["untyped"]] = float(not etype)
    f[_INDEX["log_doc_count"]] = math.log1p(doc_count.get(name, 0))


@dataclass
class Reading:
    """What the model reads of a whole document once: its speech verbs (starts, ends, finite or not), the
    ends of its sentences, and how often it names each entity outside quotations."""

    doc: Doc
    verb_starts: list[int]
    verb_ends: list[int]
    finite: list[bool]
    breaks: list[int]
    counts: dict[str, int]
    top: dict[str, int]  # the highest count of a person ("PERSON") and of an organisation ("ORG")
    first_para: set[str]  # the names of the first paragraph (the headline)
    total: int  # mentions outside quotations, all names together


def read_document(doc: Doc) -> Reading:
    """The :class:`Reading` of ``doc`` (one pass over its text and mentions)."""
    counts: dict[str, int] = {}
    for i, name in enumerate(doc.names):
        if not doc.inside_quote(doc.starts[i]):
            counts[name] = counts.get(name, 0) + 1
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text) if is_sentence_break(doc.text, m)]
    top: dict[str, int] = {}
    kinds: dict[str, str] = {}
    for name, etype in zip(doc.names, doc.types, strict=True):
        kinds.setdefault(name, "PERSON" if etype == "PERSON" else "ORG" if etype in ORG_TYPES else "")
    for name, c in counts.items():
        k = kinds.get(name, "")
        if k and c > top.get(k, 0):
            top[k] = c
    first_end = doc.text.find("\n", 1)
    first_end = len(doc.text) if first_end < 0 else first_end
    first_para = {doc.names[i] for i in range(bisect_left(doc.starts, first_end))}
    return Reading(doc, [v[0] for v in doc.verbs], [v[1] for v in doc.verbs],
                   [v[2] in FINITE_VERBS for v in doc.verbs], breaks, counts, top, first_para,
                   sum(counts.values()))


def _finite_between(r: Reading, a: int, b: int) -> bool:
    """Whether a finite speech verb lies wholly in ``text[a:b]``."""
    i = bisect_left(r.verb_starts, a)
    while i < len(r.verb_starts) and r.verb_ends[i] <= b:
        if r.finite[i]:
            return True
        i += 1
    return False


def _break_between(r: Reading, a: int, b: int) -> bool:
    """Whether a sentence ends between ``a`` and ``b``."""
    i = bisect_right(r.breaks, a)
    return i < len(r.breaks) and r.breaks[i] <= b


def options(r: Reading, spans: list[QuoteSpan], n: int, rules: list[Speaker]) -> list[Option]:
    """The candidate speakers of quotation ``spans[n]`` with their features (``r``: the document read by
    :func:`read_document`; ``rules``: the rules' speakers of every quotation); the first option is "none"."""
    doc = r.doc
    text = doc.text
    span = spans[n]
    rule = rules[n]
    win = _sentence_bounds(r, span)
    refs: dict[str, tuple[int, int, int | None, str, bool, int]] = {}  # name -> s, e, mention, type, pronoun, count
    lo, hi = bisect_left(doc.starts, win[0]), bisect_left(doc.starts, win[1])
    for i in range(lo, hi):
        s, e, name, etype = doc.starts[i], doc.ends[i], doc.names[i], doc.types[i]
        if etype in PLACE_TYPES or span.open_at <= s < span.close_at and any(a <= s < b for a, b in span.segments) \
                or doc.inside_quote(s) or _modifies_people(text, e):
            continue
        dist = _where(span, s, e)[1]
        old = refs.get(name)
        if old is None or dist < _where(span, old[0], old[1])[1]:
            refs[name] = (s, e, i, etype, False, (old[5] if old else 0) + 1)
        else:
            refs[name] = (*old[:5], old[5] + 1)
    for m in _PRONOUN.finditer(text, win[0], win[1]):
        if doc.inside_quote(m.start()):
            continue
        word = m.group(0).casefold()
        found = antecedent(doc, m.start(), "ORG" if word == "it" else "PERSON", {"he": "m", "she": "f"}.get(word, ""))
        if not found:
            continue
        dist = _where(span, m.start(), m.end())[1]
        old = refs.get(found[0])
        if old is None or dist < _where(span, old[0], old[1])[1]:
            refs[found[0]] = (m.start(), m.end(), None, found[1], True, old[5] if old else 0)
    last = rules[n - 1] if n and rules[n - 1].type else None
    last_same_para = last is not None and spans[n - 1].para == span.para
    spoke = {name for p, name, _ in doc.speakers if p < span.open_at}
    names = list(refs)
    for extra in (rule, last):
        if extra is not None and extra.type and extra.name not in names:
            names.append(extra.name)  # once: the rules' pick is often the previous speaker too
    nearest: dict[str, int] = {}
    for name, (s, e, _, _, _, _) in refs.items():
        side, dist = _where(span, s, e)
        if side not in nearest or dist < nearest[side]:
            nearest[side] = dist
    out = [_none_option(r, span, rule, bool(refs))]
    pronoun = _GENDER.get(rule.mention.casefold(), "")
    ranked = sorted(refs, key=lambda k: _where(span, refs[k][0], refs[k][1])[1])
    rank = {k: j for j, k in enumerate(ranked)}
    ctx = _context(r, span, rule, len(names) + 1)
    for name in names:
        f = [0.0] * len(FEATURES)
        ref = refs.get(name)
        if ref is not None:
            s, e, i, etype, via, count = ref
            _ref_features(r, span, s, e, i, win, f)
            f[_INDEX["via_pronoun"]] = float(via)
            f[_INDEX["log_window_count"]] = math.log1p(count)
            side, dist = _where(span, s, e)
            f[_INDEX["nearest_on_side"]] = float(nearest.get(side) == dist)
            mention = text[s:e]
        else:
            f[_INDEX["far"]] = 1.0
            etype = rule.type if rule.name == name else last.type if last is not None else ""
            mention = rule.mention if rule.name == name else name
        _type_features(r.counts, name, etype, f)
        known = doc.gender.get(name, "")
        f[_INDEX["gender_agrees"]] = float(bool(pronoun) and known == pronoun)
        f[_INDEX["gender_clashes"]] = float(bool(pronoun) and bool(known) and known != pronoun)
        is_rule = rule.type != "" and rule.name == name
        if is_rule:
            f[_INDEX["rule"]] = 1.0
            f[_INDEX["rule_adjacent"]] = float(rule.attribution == "adjacent")
            f[_INDEX["rule_coreference"]] = float(rule.attribution == "coreference")
            f[_INDEX["rule_according"]] = float(rule.attribution == "according-to")
            f[_INDEX["rule_partial"]] = float(span.kind == "partial")
            said_by = rule.mention.casefold()
            f[_INDEX["rule_pronoun"]] = float(said_by in _GENDER or said_by == "it")
            f[_INDEX["rule_description"]] = float(rule.attribution == "coreference" and " " in said_by)
        f[_INDEX["last_speaker"]] = float(last is not None and last.name == name)
        f[_INDEX["last_speaker_same_para"]] = float(last_same_para and last is not None and last.name == name)
        f[_INDEX["earlier_speaker"]] = float(name in spoke)
        _extra_features(r, span, spans, n, rules, name, etype, ref, mention, rank.get(name, 9), ctx, f)
        if is_rule:
            who = rule
        else:
            same = ref is not None and not ref[4] and f[_INDEX["same_sentence"]] == 1.0
            who = Speaker(name, etype, mention, "adjacent" if same else "coreference")
        out.append(Option(who, f, ref[0] if ref is not None else -1))
    if rule.name and not rule.type and rule.attribution == "adjacent":
        # the rules' description that names no one next to the speech verb ("a branch manager at a rival bank
        # told us"): the row shows it as the speaker, so it is an option of its own beside "none" (which shows
        # nothing); one reached through coreference is not shown, as "none"
        f = [0.0] * len(FEATURES)
        f[_INDEX["description"]] = 1.0
        f[_INDEX["description_adjacent"]] = float(rule.attribution == "adjacent")
        first = rule.name.split()[0].casefold()
        f[_INDEX["description_indefinite"]] = float(first in ("a", "an", "one", "another", "two", "three", "some"))
        f[_INDEX["log_options"]] = ctx.log_options
        out.append(Option(rule, f))
    return out


_TITLE_BEFORE = re.compile(r"([A-Za-z][\w-]*)\.?\s+$")
_PERSON_PRONOUNS = {"he", "she", "i", "we"}


@dataclass
class _Context:
    """What every option of one quotation shares: its paragraph's bounds, the quotation's words, the kind of
    speaker the rules' words name (person, organisation or neither), the size of the option list."""

    para_start: int
    para_end: int
    quote: str
    cue_kind: str
    log_options: float


def _context(r: Reading, span: QuoteSpan, rule: Speaker, size: int) -> _Context:
    text = r.doc.text
    para_start = text.rfind("\n", 0, span.open_at) + 1
    para_end = text.find("\n", span.open_at)
    words = rule.mention.casefold().rstrip(".,").split()
    head = words[-1] if words else ""
    if head in _PERSON_PRONOUNS or head in ROLE_PERSON or rule.type == "PERSON" and rule.attribution != "none":
        kind = "person"
    elif head in ("it", "they") or head in ROLE_ORG or rule.type in ORG_TYPES:
        kind = "org"
    else:
        kind = ""
    quote = " ".join(text[a:b] for a, b in span.segments).casefold()
    return _Context(para_start, para_end if para_end >= 0 else len(text), quote, kind, math.log(size))


def _extra_features(r: Reading, span: QuoteSpan, spans: list[QuoteSpan], n: int, rules: list[Speaker], name: str,
                    etype: str, ref: tuple[int, int, int | None, str, bool, int] | None, mention: str, rank: int,
                    ctx: _Context, f: list[float]) -> None:
    """The features of an option that weigh distances in sentences and paragraphs, titles, the next quotation's
    speaker, the option's share of the document's mentions and whether its type fits the rules' cue."""
    text = r.doc.text
    if ref is not None:
        s, e = ref[0], ref[1]
        a, b = (e, span.open_at) if s < span.open_at else (span.close_at, s)
        if b > a:
            f[_INDEX["sentences_between"]] = float(min(4, bisect_right(r.breaks, b) - bisect_right(r.breaks, a)))
            f[_INDEX["paragraphs_between"]] = float(min(3, text.count("\n", a, b)))
        f[_INDEX["same_paragraph"]] = float(ctx.para_start <= s < ctx.para_end)
        m = _TITLE_BEFORE.search(text, max(0, s - 30), s)
        first = mention.split()[0].casefold().rstrip(".") if mention.split() else ""
        f[_INDEX["title"]] = float(first in TITLES or (m is not None and m.group(1).casefold() in TITLES))
        f[_INDEX["distance_rank_0"]] = float(rank == 0)
        f[_INDEX["distance_rank_1"]] = float(rank == 1)
        f[_INDEX["according_same_sentence"]] = f[_INDEX["according_to"]] * f[_INDEX["same_sentence"]]
    nxt = rules[n + 1] if n + 1 < len(rules) else None
    f[_INDEX["next_speaker"]] = float(nxt is not None and nxt.type != "" and nxt.name == name
                                      and spans[n + 1].para == span.para)
    last_word = name.split()[-1].casefold() if name.split() else ""
    f[_INDEX["named_in_quote"]] = float(len(last_word) > 2 and last_word in ctx.quote)
    mine = r.counts.get(name, 0)
    f[_INDEX["doc_share"]] = mine / max(1, r.total)
    f[_INDEX["top_of_type"]] = float(mine > 0 and mine == r.top.get("PERSON" if etype == "PERSON" else "ORG", -1))
    person = etype == "PERSON"
    org = etype in ORG_TYPES
    f[_INDEX["type_agrees_cue"]] = float(ctx.cue_kind == "person" and person or ctx.cue_kind == "org" and org)
    f[_INDEX["type_clashes_cue"]] = float(ctx.cue_kind == "person" and org or ctx.cue_kind == "org" and person)
    f[_INDEX["rule_is_last"]] = f[_INDEX["rule"]] * f[_INDEX["last_speaker"]]
    f[_INDEX["first_paragraph"]] = float(name in r.first_para)
    f[_INDEX["log_options"]] = ctx.log_options
    f[_INDEX["rule_log_options"]] = f[_INDEX["rule"]] * ctx.log_options


def _none_option(r: Reading, span: QuoteSpan, rule: Speaker, any_ref: bool) -> Option:
    text = r.doc.text
    f = [0.0] * len(FEATURES)
    words = sum(len(_WORDS.findall(text, a, b)) for a, b in span.segments)
    k = bisect_left(r.verb_starts, span.sent_start)
    cued = (k < len(r.verb_starts) and r.verb_starts[k] < span.sent_end) or bool(
        ACCORDING_TO.search(text, span.sent_start, span.sent_end))
    f[_INDEX["none"]] = 1.0
    f[_INDEX["none_partial"]] = float(span.kind == "partial")
    f[_INDEX["none_short"]] = float(words <= 3)
    f[_INDEX["none_log_words"]] = math.log1p(words)
    f[_INDEX["none_no_cue"]] = float(not cued)
    f[_INDEX["none_rule_empty"]] = float(not rule.type)
    f[_INDEX["none_opens_para"]] = float(span.open_at <= 0 or text[max(0, span.open_at - 1)] == "\n")
    f[_INDEX["none_no_mention"]] = float(not any_ref)
    f[_INDEX["none_first_paragraph"]] = float(span.para == 0)
    f[_INDEX["none_document"]] = float(any(w.casefold() in DOCUMENTS for w in _WORDS.findall(text, span.sent_start,
                                                                                               span.open_at)))
    return Option(Speaker("", "", rule.mention, "none"), f)  # the words the rules read stay as the mention


def unsure(rule: Speaker) -> bool:
    """Whether the rules are unsure of a quotation's speaker: they found no speaker phrase, or found the name
    through coreference (a pronoun, a description, the paragraph's earlier speaker). A description next to the
    verb ("a branch manager at a rival bank told us") is a sure answer that names no one."""
    return rule.attribution in ("none", "coreference")


#: characters back from a quotation within which an organisation counts as just named (:func:`_named_near`)
_NEAR_REACH = 400


def _named_near(doc: Doc, name: str, at: int) -> bool:
    """Whether ``name`` has a mention outside quotation marks in the sentence holding ``at`` (a quotation's
    opening mark) before it, or in the sentence before."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text, max(0, at - _NEAR_REACH), at)
              if is_sentence_break(doc.text, m)]
    if len(breaks) < 2 and at > _NEAR_REACH:
        # a long sentence before (a wire's lead with its dateline): its start, within twice the reach
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text, max(0, at - 2 * _NEAR_REACH), at)
                  if is_sentence_break(doc.text, m)]
    lo = breaks[-2] if len(breaks) >= 2 else max(0, at - 2 * _NEAR_REACH) if breaks else max(0, at - _NEAR_REACH)
    lo = _before_quoted_sentence(doc, lo, breaks[-1], breaks[:-2]) if len(breaks) >= 2 else lo
    return any(doc.names[i] == name and not doc.inside_quote(doc.starts[i])
               for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, at)))


#: a quotation's speaker in the first person singular ("I am angry", "I’m", "my"): a person, never an organisation
#: (whose words say "we")
_FIRST_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e)\b")


def _speaks_as_one(doc: Doc, span: QuoteSpan) -> bool:
    """Whether the words of ``span`` speak in the first person singular and never in the plural."""
    words = " ".join(doc.text[a:b] for a, b in span.segments)
    return bool(_FIRST_SINGULAR.search(words)) and not re.search(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b", words)


def _before_quoted_sentence(doc: Doc, lo: int, hi: int, earlier: list[int]) -> int:
    """``lo``, or the start of the sentence before when the sentence ``text[lo:hi]`` is all inside a quotation
    (the words of the one the sentence before credits: "“A,” X said in a statement. “B.” The decision followed
    what the agency called …": X's sentence is the one before, for a reader)."""
    words = [m.start() for m in re.finditer(r"\w", doc.text[lo:hi])]
    if not earlier or not words or not all(doc.inside_quote(lo + k) for k in words):
        return lo
    return earlier[-1]


#: a sentence that opens on the pronoun of an organisation ("It probably won't get it", "Its case rests on …")
_IT_OPENS = re.compile(r"[\s\"“]*(?:It|Its)\b")


def _named_then_it(doc: Doc, name: str, at: int) -> bool:
    """Whether ``name`` is named outside quotation marks in the sentence two before the one holding ``at``, and
    the sentence between opens on "It"/"Its" (the organisation kept in focus: "Acme wants more. It probably won't
    get it. The fund, which …, said …")."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text, max(0, at - 2 * _NEAR_REACH), at)
              if is_sentence_break(doc.text, m)]
    if len(breaks) < 2 or not _IT_OPENS.match(doc.text, breaks[-2]):
        return False
    lo = breaks[-3] if len(breaks) >= 3 else max(0, at - 2 * _NEAR_REACH)
    return any(doc.names[i] == name and not doc.inside_quote(doc.starts[i])
               for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, breaks[-2])))


def _organisation_description(rule: Speaker) -> bool:
    """Whether the rules read the speaker as an organisation from a definite description of one ("the
    company", "the group", "the regulator"): no person can be meant, whatever the model would pick."""
    words = rule.mention.casefold().split()
    cut = next((k for k, w in enumerate(words) if k >= 2 and w in ("of", "for")), len(words))
    words = words[:cut]  # "the Dunmere, Ohio, maker of gears": the head noun before its complement
    return rule.type in ORG_TYPES and len(words) >= 2 and words[0] in ("the", "its") \
        and words[-1].rstrip(".,") in ROLE_ORG and words[-1].rstrip(".,") not in ROLE_PERSON


def _person_role(rule: Speaker) -> bool:
    """Whether the rules read the speaker from a description of a person by role of two words or more ("the
    minister", "Britain's building safety minister", "its chief executive"): a person, whatever the model picks."""
    words = rule.mention.casefold().rstrip(".,").split()
    return len(words) >= 2 and words[-1] in ROLE_PERSON and words[-1] not in ROLE_ORG


def _document_description(rule: Speaker) -> bool:
    """Whether the rules read the speaker from a definite description of a document ("the order", "the closure
    order"): the organisation that issued it."""
    words = rule.mention.casefold().split()
    return 2 <= len(words) <= 3 and words[0] == "the" and words[-1].rstrip(".,") in DOCUMENTS


#: the characters back from a quotation within which an organisation's own act of issuing a document is read
#: (:func:`_issued_by`): a story's paragraph or two
_ISSUED_REACH = 700
#: a verb that puts out a document, or says something in one, right before the document's noun ("said in a filing
#: to the exchange", "issued a statement", "announced in a notice"); group 1 is the noun
_ISSUING = re.compile(r"\b(?:said|says|announced|added|stated|wrote|warned|told\s+\w+|issued|released|published|"
                      r"filed|posted)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:in\s+)?(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?"
                      r"([a-z]+)\b")


def _issued_by(doc: Doc, rule: Speaker, at: int) -> bool:
    """Whether the text before ``at`` (within :data:`_ISSUED_REACH`) names the rules' organisation right before a verb
    that issued a document of the description's noun ("Acme said in a filing to the exchange … / … and expects to
    report “…”, the filing said"): the issuer is told, however far back the sentence with its name lies."""
    noun = rule.mention.casefold().split()[-1].rstrip(".,")
    lo = max(0, at - _ISSUED_REACH)
    for m in _ISSUING.finditer(doc.text, lo, at):
        if m.group(1) != noun or doc.inside_quote(m.start()):
            continue
        # the name ends right before the verb, maybe with a time between ("Acme on Friday said in a filing")
        k = bisect_left(doc.starts, m.start()) - 1
        if k >= 0 and doc.ends[k] <= m.start() and doc.names[k] == rule.name and re.fullmatch(r"\s+(?:(?:on|late|early)\s+\w+\s+)?",
                                                                 doc.text[doc.ends[k]:m.start()]):
            return True
    return False


#: one who speaks for an organisation given by a description ("a spokesman for the reserve bank")
_FOR_DESCRIPTION = re.compile(r"(?:an?|the)\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:for|of)\s+the\s+(?:[a-z-]+\s+){0,2}([a-z-]+)")


def _speaks_for_description(rule: Speaker) -> bool:
    """Whether the rules credited a spokesperson for an organisation's description ("a spokeswoman for the
    marketplace", "a spokesman for the foundation", "its spokesman", "a company spokeswoman") to the organisation it
    takes up: it speaks for no person."""
    words = rule.mention.casefold().rstrip(".,").split()
    if len(words) == 2 and words[0] == "its" and words[1] in SPEAKS_FOR and rule.type in ORG_TYPES:
        return True  # "its spokeswoman said": the organisation "its" takes up
    if len(words) == 3 and words[0] in ("a", "an", "the", "one") and words[1] in ROLE_ORG \
            and words[1] not in ROLE_PERSON and words[2] in SPEAKS_FOR and rule.type in ORG_TYPES:
        return True  # "a company spokeswoman said", "the bank spokesman said": the body its noun takes up
    m = _FOR_DESCRIPTION.fullmatch(rule.mention.casefold().rstrip(".,"))
    return m is not None and m.group(1) in SPEAKS_FOR and m.group(2) not in ROLE_PERSON and rule.type in ORG_TYPES


def _named_by_its_word(rule: Speaker) -> bool:
    """Whether the rules read an organisation description in lower case ("the bank", "the airline") as a body
    whose name holds the description's head word ("Acme Bank", "Brisk Airline Group")."""
    words = rule.mention.split()
    return _organisation_description(rule) and all(w.islower() for w in words[1:]) \
        and words[-1].rstrip(".,").casefold() in rule.name.casefold().split()


def _reported_by_pronoun(r: Reading, span: QuoteSpan, rule: Speaker, at: int) -> bool:
    """Whether the rules credited the quotation through "he"/"she" and the model's pick (named at ``at``) is a
    name earlier in the pronoun's own sentence, in the clause the pronoun reports ("Petrakis isn't a friend of
    the port, he said"), or that very pronoun read by the plain antecedent search: the rules' reading of the
    pronoun stands."""
    if at < 0 or not rule.type or rule.mention.casefold() not in ("he", "she"):
        return False
    text = r.doc.text
    pattern = re.compile(r"\b" + rule.mention.casefold() + r"\b", re.I)
    found = [m.start() for m in pattern.finditer(text, max(0, span.open_at - REACH), span.open_at)
             if not r.doc.inside_quote(m.start())]
    pos = found[-1] if found else -1
    return 0 <= at <= pos and not _break_between(r, at, pos)


def _continues_unnamed(spans: list[QuoteSpan], rules: list[Speaker], chosen: list[Speaker], n: int) -> bool:
    """Whether the rules credited quotation ``n`` through coreference to the unnamed source (an indefinite
    description, no name: untyped) that the quotation before it in its paragraph has next to its verb, and that
    stayed its speaker (``chosen``: the speakers chosen so far) ("“A,” said one former manager in the company's
    procurement group. “B.”"): the same source goes on speaking. (A definite one, "the judge said", takes up
    someone the rules did not find; the model may still name them.)"""
    rule = rules[n]
    if not n or not rule.name or rule.type or rule.attribution != "coreference" \
            or not unnamed_source(rule.mention):
        return False
    prev = chosen[n - 1]
    return prev.attribution == "adjacent" and not prev.type and prev.name == rule.name \
        and spans[n - 1].para == spans[n].para


#: "one" or "another" (of them) as the speaker right after a quotation ("“…,” said one.", "“…,” one of them added"):
#: one of a group the text describes and never names
_ONE_OF_MANY = re.compile(r"\s*(?:(?:said|says|added|adds|told\s+us)\s+(?:one|another)(?:\s+of\s+them)?\s*[.,;]"
                          r"|(?:one|another)(?:\s+of\s+them)?\s+(?:said|says|added|adds)\b)")
#: the first words of a description of an unnamed source ("one former manager", "a person close to the talks")
UNNAMED_SOURCE = {"a", "an", "one", "another"}
#: what joins a definite description's head to the body it is at ("the finance director of one chain")
_AT_BODY = {"of", "at", "for", "from", "with"}


def unnamed_source(description: str) -> bool:
    """Whether a description names an unnamed source: an indefinite one ("one former manager", "a person close
    to the talks"), or a definite head at an indefinite body ("the finance director of one listed chain", "the
    head of a rival bank"): one person of many, whom the text does not name."""
    words = description.casefold().split()
    if len(words) >= 2 and words[0] in UNNAMED_SOURCE:
        return True
    return len(words) >= 4 and words[0] == "the" and any(
        w in _AT_BODY and words[k + 1] in UNNAMED_SOURCE for k, w in enumerate(words[2:-1], start=2))
def _pronoun_chain(doc: Doc, span: QuoteSpan, rule: Speaker) -> bool:
    """Whether the rules read "he"/"she" in the quotation's own sentence, before it, as a person and the sentence
    before opens on the same pronoun as its subject ("He was good at them. In 2015 he told investors that …"): a
    chain of one person the text goes on about, which the rules followed back to the name."""
    pron = rule.mention.casefold()
    if pron not in ("he", "she") or rule.type != "PERSON":
        return False
    text = doc.text
    at = [m.start() for m in re.finditer(r"\b" + pron + r"\b", text[span.sent_start:span.open_at], re.I)]
    if not at:
        return False
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, span.sent_start - REACH), span.sent_start)
              if is_sentence_break(text, m) and text[m.end():span.sent_start].strip()]
    if not breaks:
        return False
    before = text[breaks[-1]:span.sent_start].lstrip()
    return re.match(pron + r"\s", before, re.I) is not None and not doc.inside_quote(breaks[-1])


#: the organisation pronoun a quotation's speaker phrase may be
_IT = re.compile(r"\b[Ii]t\b")


def _it_of_described_subject(doc: Doc, span: QuoteSpan, rule: Speaker) -> bool:
    """Whether the rules read an "it" before the quotation as the organisation a definite description opening the
    sentence before takes up ("The company has not disputed that. In its statement it said it had “…”";
    :func:`~.speakers.described_subject_before`): the subject the pronoun continues, not a guess."""
    if rule.mention.casefold() != "it" or rule.type not in ORG_TYPES:
        return False
    found = [m.start() for m in _IT.finditer(doc.text, span.sent_start, span.open_at) if not doc.inside_quote(m.start())]
    if not found:
        return False
    described = described_subject_before(doc, found[0], span.open_at)
    return described is not None and described.name == rule.name


def best_option(opts: list[Option], model: Model, rule: Speaker | None = None) -> Option:
    """The option of highest score under ``model``; with the rules' speaker ``rule``, the rules' own option
    unless the best scores more than the model's ``switch`` above it."""
    return _best(opts, model, rule)[0]


def _best(opts: list[Option], model: Model, rule: Speaker | None = None) -> tuple[Option, float]:
    """:func:`best_option` and the probability of its speaker (:func:`speaker_chance`)."""
    scores = model.scores(np.array([o.features for o in opts]))
    best = int(np.argmax(scores))
    if rule is not None:
        own = next((k for k, o in enumerate(opts) if k and o.speaker.name == rule.name), 0)
        if scores[best] - scores[own] <= model.switch:
            best = own
    return opts[best], speaker_chance(scores, [o.speaker.name for o in opts], best)


def _folded_name(name: str) -> str:
    """A name without its accents and case ("Anders Lövgren" and "Anders Lovgren" are one person)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def speaker_chance(scores: np.ndarray, names: list[str], k: int) -> float:
    """The probability (softmax over a quotation's options) that option ``k``'s speaker spoke: the sum over every
    option naming that speaker (spelled with or without accents), since one person may stand in the list under
    two spellings the entity layer kept apart."""
    p = np.exp(scores - scores.max())
    own = _folded_name(names[k])
    return float(sum(p[j] for j, n in enumerate(names) if _folded_name(n) == own) / p.sum())


def choose_speakers(doc: Doc, spans: list[QuoteSpan], rules: list[Speaker]) -> list[Speaker]:
    """The speaker of each quotation of ``spans`` (the document read as ``doc``), the learned model's choice
    among every candidate where the data file says it applies, the rules' pick (``rules``) elsewhere."""
    model = load_model()
    if model is None or model.apply == "never" or not spans:
        return rules
    apply = model.apply
    reading: Reading | None = None
    out = list(rules)
    for n, rule in enumerate(rules):
        if apply == "unsure" and not unsure(rule):
            continue
        reading = reading if reading is not None else read_document(doc)
        chosen, chance = _best(options(reading, spans, n, rules), model, rule)
        pick = chosen.speaker
        if pick.name != rule.name and _reported_by_pronoun(reading, spans[n], rule, chosen.at):
            continue  # "Also, Petrakis isn't a friend of the port, he said": the name in the clause "he" reports
        if rule.name and not rule.type and rule.mention.casefold() in ("he", "she"):
            continue  # "When I spoke to one chief executive, he told me, “…”": the unnamed source the rules read
        if not pick.name and _pronoun_chain(doc, spans[n], rule):
            continue  # "He was good at them. In 2015 he told investors that the mine “…”": the same person goes on
        if not pick.name and _it_of_described_subject(doc, spans[n], rule):
            continue  # "The company has not disputed that. In its statement it said …": the company's words
        if not rule.type and _ONE_OF_MANY.match(doc.text, spans[n].close_at):
            continue  # "Bankers say … “…,” said one.": one of the people just described, whom the text never names
        if _continues_unnamed(spans, rules, out, n):
            continue  # "“A,” said one former manager. “B.”": the unnamed source of the quotation before goes on
        if pick.type == "PERSON" and _organisation_description(rule):
            continue  # "“…,” the company said": a description of an organisation names no person
        if pick.type in ORG_TYPES and rule.type == "PERSON" and _person_role(rule):
            continue  # "Britain's building safety minister said …": a description of a person names no organisation
        if pick.type == "PERSON" and rule.type in ORG_TYPES and rule.mention.casefold() in ("he", "she") \
                and UNNAMED_PRESS.search(doc.text, max(0, spans[n].open_at - PRESS_PRONOUN_REACH), spans[n].open_at):
            continue  # "“…,” said a Vela spokesman. “…,” he said": the rules read the unnamed spokesperson's body
        if pick.type in ORG_TYPES and rule.type not in ORG_TYPES and rule.mention.casefold() in ("he", "she"):
            continue  # "he said", "she said" name a person: only the rules' spokesperson link makes one a body
        word = rule.mention.split()[-1].rstrip(".,").casefold() if rule.mention else ""
        if _named_by_its_word(rule) and word not in pick.name.casefold().split():
            continue  # "the bank noted" after "Acme Bank": not a body whose name lacks the word
        if not pick.name and rule.type in ORG_TYPES and (
                (_organisation_description(rule) and (rule.name == story_organisation(doc)
                                                      or _named_near(doc, rule.name, spans[n].open_at)
                                                      or _named_then_it(doc, rule.name, spans[n].open_at)))
                or rule.mention.casefold() in ("management", "executives") or _speaks_for_description(rule)
                or (_organisation_description(rule)
                    and rule.mention.split()[-1].rstrip(".,").casefold() in ORGANS | AUTHORITY_NOUNS)
                or (rule.attribution == "coreference" and rule.mention.replace("’", "'").endswith("'s office")
                    and rule.name.replace("’", "'").casefold().endswith("'s office"))):
            # "the company said" of the organisation the article names most, or of one named in this sentence or
            # the one before ("the fund said" of the activist just named, in a story about its target),
            # "Management said" after the company in focus, "the committee said" of the body the rules found for
            # that word (a body's own noun: "the committee", "the panel", "the board"; "the regulator" of a body
            # shown to be an authority), "the attorney general's office said" of the office named with that title
            # before: the body the rules found spoke
            continue
        if not pick.name and rule.type in ORG_TYPES and _document_description(rule) \
                and (_named_near(doc, rule.name, spans[n].open_at) or _issued_by(doc, rule, spans[n].open_at)):
            # "The regulator ordered the plant shut. The order said …": the body just named issued it; "Acme said
            # in a filing … (two paragraphs) … “…”, the filing said": the text told who issued it
            continue
        if pick.type in ORG_TYPES and not rule.name and _speaks_as_one(doc, spans[n]):
            pick = Speaker("", "", rule.mention, "none")  # "“I am angry.”" with no one named: no organisation's words
        if pick.type and chance < model.floor:
            # weak evidence (the model's own probability of its pick below the file's floor, chosen by
            # cross-validation on train): a name that is likely wrong is worse than none
            pick = Speaker("", "", rule.mention, "none")
        if pick.name != rule.name or pick.type != rule.type:
            out[n] = pick
    return out
