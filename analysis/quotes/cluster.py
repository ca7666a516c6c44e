"""The same quotation across documents: clusters, representative wording and fidelity.

Quotes are compared on a normalised form (casefolded words, no quote marks or punctuation). Identical forms
join at once (hashing); other pairs are compared with rapidfuzz only when they share a rare word 3-gram (one
found in at most ``MAX_BLOCK`` distinct quotes), and each quote with at most ``MAX_CANDIDATES`` earlier ones,
those sharing most 3-grams first, so the work grows with the number of quotes, not with its square. Two forms
are the same quotation
when ``token_sort_ratio`` >= 80, when the shorter (5+ words) sits inside the longer (``partial_ratio`` >= 90),
or when they share most of their content words (``token_set_ratio`` >= 75, 4+ shared words covering 60% of
the shorter). Clusters are the connected components.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from typing import Literal

import pandas as pd
from rapidfuzz import fuzz

CLUSTER_COLUMNS = ["cluster_id", "fidelity", "representative"]
Op = Literal["same", "added", "removed"]
_MARKS = re.compile(r"[“”\"‘’'`]")
_DASHES = re.compile(r"[-–—/]")
_PUNCT = re.compile(r"[^\w\s$%]")
_STOP = frozenset("a an the and or but of in on at to for from with by as is are was were be been it its this that "
                  "these those there their they we i you he she our my your his her not will would".split())
MAX_BLOCK = 50
MAX_CANDIDATES = 12
PARTIAL_MAX_CHARS = 400  # longer excerpts are matched by containment or token ratios (partial_ratio is quadratic)
MIN_SHARED = 3  # 3-grams two quotes must share (a quarter of the shorter one's, at least one) before rapidfuzz compares them


def normalise(text: str) -> str:
    """Comparison form of a quote: casefolded words, no quote marks, hyphens or punctuation."""
    text = _MARKS.sub("", str(text).casefold())
    return " ".join(_PUNCT.sub(" ", _DASHES.sub(" ", text)).split())


def similar(a: str, b: str) -> bool:
    """Whether two normalised quotes are the same quotation (rules in the module docstring)."""
    if not a or not b:
        return False
    wa, wb = a.split(), b.split()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if min(len(wa), len(wb)) >= 5 and short in long_:
        return True
    if fuzz.token_sort_ratio(a, b) >= 80:
        return True
    if min(len(wa), len(wb)) >= 5 and len(short) <= PARTIAL_MAX_CHARS and fuzz.partial_ratio(a, b) >= 90:
        return True
    ca, cb = set(wa) - _STOP, set(wb) - _STOP
    shared = len(ca & cb)
    return shared >= 4 and shared >= 0.6 * min(len(ca), len(cb)) and fuzz.token_set_ratio(a, b) >= 75


def _keys(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def _components(forms: list[str]) -> list[int]:
    """Component root of each form: a form is compared only with earlier forms sharing one of its word 3-grams
    that is rare (in at most :data:`MAX_BLOCK` forms), best-sharing first, at most :data:`MAX_CANDIDATES`."""
    parent = list(range(len(forms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    grams = [_keys(f.split()) for f in forms]
    df: Counter[tuple[str, ...]] = Counter(g for gs in grams for g in gs)
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, gs in enumerate(grams):
        shared: Counter[int] = Counter()
        for g in gs:
            if df[g] <= MAX_BLOCK:
                shared.update(blocks[g])
                blocks[g].append(i)
        for j, n in shared.most_common(MAX_CANDIDATES):
            if n < min(MIN_SHARED, max(1, min(len(gs), len(grams[j])) // 4)):
                break
            if find(i) != find(j) and similar(forms[i], forms[j]):
                parent[find(i)] = find(j)
    return [find(i) for i in range(len(forms))]


def _covered(rep: list[str], var: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Word opcodes of ``var`` against ``rep``, representative words outside the excerpt ``var`` covers left out."""
    ops = difflib.SequenceMatcher(a=rep, b=var, autojunk=False).get_opcodes()
    while ops and ops[0][0] == "delete":
        ops = ops[1:]
    while ops and ops[-1][0] == "delete":
        ops = ops[:-1]
    # a variant's own words before or after the excerpt ("Rather, …") are added words, not a rewrite of the
    # representative's words outside the excerpt
    if len(ops) > 1 and ops[0][0] == "replace":
        _, _, i2, j1, j2 = ops[0]
        ops[0] = ("insert", i2, i2, j1, j2)
    if len(ops) > 1 and ops[-1][0] == "replace":
        _, i1, _, j1, j2 = ops[-1]
        ops[-1] = ("insert", i1, i1, j1, j2)
    return ops


def diff_words(rep: str, variant: str) -> list[tuple[Op, str]]:
    """Word-level differences of ``variant`` against ``rep`` as (op, text) runs: "same", "added" (in the
    variant only) or "removed" (in the representative only, within the covered excerpt)."""
    r, v = rep.split(), variant.split()
    out: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in _covered([normalise(w) for w in r], [normalise(w) for w in v]):
        if tag == "equal":
            out.append(("same", " ".join(v[j1:j2])))
        if tag in ("replace", "delete") and i2 > i1:
            out.append(("removed", " ".join(r[i1:i2])))
        if tag in ("replace", "insert") and j2 > j1:
            out.append(("added", " ".join(v[j1:j2])))
    return out


def fidelity(variant: str, rep: str) -> float:
    """0–100 (one decimal): how faithfully ``variant`` reproduces the part of ``rep`` it covers, word by word;
    a verbatim excerpt scores 100."""
    r, v = normalise(rep).split(), normalise(variant).split()
    if not r or not v:
        return 0.0
    if r == v:
        return 100.0
    ops = _covered(r, v)
    same = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    span = sum(i2 - i1 for _, i1, i2, _, _ in ops)
    return round(100 * 2 * same / (len(v) + span), 1) if len(v) + span else 0.0


def cluster_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes of many documents grouped into clusters.

    ``quotes`` needs ``doc_id`` and ``quote`` (other columns are kept). Returns the same rows in the same order
    plus ``cluster_id`` ("Q001", … numbered by first appearance), ``fidelity`` (0–100, one decimal: the
    variant against its cluster's representative) and ``representative`` (the cluster's most common wording;
    ties go to the longest)."""
    if quotes.empty:
        return quotes.assign(cluster_id=pd.Series(dtype="str"), fidelity=pd.Series(dtype="float64"),
                             representative=pd.Series(dtype="str"))
    texts = ["" if pd.isna(q) else str(q) for q in quotes["quote"]]
    norms = [normalise(q) for q in texts]
    index: dict[str, int] = {}
    forms: list[str] = []
    for f in norms:
        if f not in index:
            index[f] = len(forms)
            forms.append(f)
    roots = _components(forms)
    root_of_row = [roots[index[f]] for f in norms]
    order: dict[int, int] = {}
    for r in root_of_row:
        order.setdefault(r, len(order))
    width = max(3, len(str(len(order))))
    members: dict[int, list[int]] = defaultdict(list)
    for row, r in enumerate(root_of_row):
        members[r].append(row)
    rep_of: dict[int, str] = {}
    for r, rows in members.items():
        counts = Counter(norms[i] for i in rows)
        best = min(rows, key=lambda i: (-counts[norms[i]], -len(norms[i]), i))
        rep_of[r] = texts[best]
    reps = [rep_of[r] for r in root_of_row]
    cache: dict[tuple[str, str], float] = {}
    fids = []
    for f, rep in zip(norms, reps, strict=True):
        key = (f, rep)
        if key not in cache:
            cache[key] = fidelity(f, rep)
        fids.append(cache[key])
    ids = [f"Q{order[r] + 1:0{width}d}" for r in root_of_row]
    return quotes.assign(cluster_id=ids, fidelity=fids, representative=reps)
