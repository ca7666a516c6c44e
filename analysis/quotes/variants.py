"""The same quote across outlets: clustering, representative, fidelity and word-level differences.

Quote units are compared on normalised text (casefolded, quote marks, hyphens and punctuation removed) with
rapidfuzz: two units join when ``token_sort_ratio`` >= 80, or when the shorter one (4+ words) sits inside the
longer one (5+ words, ``partial_ratio`` >= 90), or when they share 4+ content words (60% of the shorter
one's; ``quote_stop_words`` in name_rules.json are ignored) and ``token_set_ratio`` >= 75 (garbled rewrites). Clusters are connected components. The representative is the most common wording (ties: the
longest); fidelity (0–100) compares a variant with the part of the representative it covers, word by word, so
a verbatim excerpt scores 100 and "10-15 years" -> "the next decade" loses points.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import Literal

import pandas as pd
from rapidfuzz import fuzz

from analysis.lexicon import quote_rules

Op = Literal["same", "added", "removed"]
CLUSTER_COLUMNS = ["cluster_id", "representative", "fidelity", "variants", "outlets"]


def normalise(text: str) -> str:
    """Comparison form of a quote: casefolded words, no quote marks, hyphens or punctuation."""
    text = re.sub(r"[“”\"‘’'`]", "", text.casefold())
    text = re.sub(r"[-–—/]", " ", text)
    text = re.sub(r"[^\w\s$%]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    """Whether two normalised quotes are the same quote (see the module docstring for the rules)."""
    if not a or not b:
        return False
    if fuzz.token_sort_ratio(a, b) >= 80:
        return True
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) >= 5 and fuzz.partial_ratio(a, b) >= 90:
        return True
    stop = quote_rules()["quote_stop_words"]
    ca, cb = set(wa) - stop, set(wb) - stop
    shared = len(ca & cb)
    return shared >= 4 and shared >= 0.6 * min(len(ca), len(cb)) and fuzz.token_set_ratio(a, b) >= 75


def cluster_quotes(quotes: pd.DataFrame) -> pd.Series:
    """Cluster id per row of ``quotes`` (needs ``quote``), aligned to its index; ids are 1.. in order of first
    appearance."""
    norm = [normalise(q) for q in quotes["quote"]]
    parent = list(range(len(norm)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(norm)):
        for j in range(i + 1, len(norm)):
            if find(i) != find(j) and similar(norm[i], norm[j]):
                parent[find(j)] = find(i)
    roots: dict[int, int] = {}
    ids = []
    for i in range(len(norm)):
        ids.append(roots.setdefault(find(i), len(roots) + 1))
    return pd.Series(ids, index=quotes.index, dtype="int64")


def representative(variants: list[str]) -> str:
    """The most common wording of a cluster (compared normalised); ties go to the longest, then alphabetical."""
    counts = Counter(normalise(v) for v in variants)
    best = sorted(variants, key=lambda v: (-counts[normalise(v)], -len(normalise(v)), v))
    return best[0]


def _covered(rep: list[str], var: list[str]) -> tuple[int, list[tuple[str, int, int, int, int]]]:
    matcher = difflib.SequenceMatcher(a=rep, b=var, autojunk=False)
    ops = matcher.get_opcodes()
    # drop representative words outside the excerpt the variant covers
    while ops and ops[0][0] == "delete":
        ops = ops[1:]
    while ops and ops[-1][0] == "delete":
        ops = ops[:-1]
    same = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    return same, ops


def fidelity(variant: str, rep: str) -> int:
    """0–100: how faithfully ``variant`` reproduces the part of ``rep`` it covers (word level)."""
    r, v = normalise(rep).split(), normalise(variant).split()
    if not r or not v:
        return 0
    same, ops = _covered(r, v)
    span = sum(i2 - i1 for _, i1, i2, _, _ in ops)
    return round(100 * 2 * same / (len(v) + span)) if (len(v) + span) else 0


def diff_words(rep: str, variant: str) -> list[tuple[Op, str]]:
    """Word-level differences of ``variant`` against ``rep`` as (op, text) runs: "same", "added" (in the
    variant only) or "removed" (in the representative only, within the covered excerpt)."""
    r, v = rep.split(), variant.split()
    rn, vn = [normalise(w) for w in r], [normalise(w) for w in v]
    _, ops = _covered(rn, vn)
    out: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            out.append(("same", " ".join(v[j1:j2])))
        if tag in ("replace", "delete") and i2 > i1:
            out.append(("removed", " ".join(r[i1:i2])))
        if tag in ("replace", "insert") and j2 > j1:
            out.append(("added", " ".join(v[j1:j2])))
    return out


def add_clusters(quotes: pd.DataFrame) -> pd.DataFrame:
    """``quotes`` (needs ``quote``) plus ``cluster_id``, ``representative`` and ``fidelity``."""
    if quotes.empty:
        return quotes.assign(cluster_id=pd.Series(dtype="int64"), representative=pd.Series(dtype="str"),
                             fidelity=pd.Series(dtype="int64"))
    ids = cluster_quotes(quotes)
    reps = {cid: representative(list(quotes.loc[ids == cid, "quote"])) for cid in ids.unique()}
    rep_col = ids.map(reps)
    fid = [fidelity(q, r) for q, r in zip(quotes["quote"], rep_col, strict=True)]
    return quotes.assign(cluster_id=ids, representative=rep_col, fidelity=fid)
