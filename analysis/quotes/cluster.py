"""The same quotation across documents: clusters, representative wording and fidelity.

Quotes are compared on a normalised form (casefolded words, no quote marks or punctuation). Identical forms
join at once (hashing); two distinct forms are compared with rapidfuzz only when they share rare word 3-grams
(a 3-gram found in at most ``MAX_BLOCK`` distinct forms; at least ``MIN_SHARED`` of them, or a quarter of the
shorter form's), so the work grows with the number of forms, not with its square. Two forms are the same
quotation when ``token_sort_ratio`` >= 80, when the shorter (5+ words) sits inside the longer (``partial_ratio``
>= 90), or when they share most of their content words (``token_set_ratio`` >= 75, 4+ shared words covering
60% of the shorter, and the longer has at most three times the shorter's content words: a speech quoted whole
holds most words of any one-liner). Clusters are the connected components of that graph: a function of the set
of distinct forms alone (not of the order documents come in), so clustering again after documents are added or
changed (:class:`ClusterState`, kept in the store) verifies only the pairs the change can touch and gives the
clusters of a clustering from scratch.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain, combinations
from typing import Literal

import numpy as np
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
    if max(len(ca), len(cb)) > 3 * min(len(ca), len(cb)):
        return False  # a speech quoted whole holds most words of any one-liner: only an excerpt of it (above) is it
    shared = len(ca & cb)
    return shared >= 4 and shared >= 0.6 * min(len(ca), len(cb)) and fuzz.token_set_ratio(a, b) >= 75


def _keys(words: list[str]) -> set[tuple[str, ...]]:
    """The word 3-grams of ``words`` (the words themselves when fewer than three)."""
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:]))


def _need(a: int, b: int) -> int:
    """Rare 3-grams two forms with ``a`` and ``b`` 3-grams must share before they are compared."""
    return min(MIN_SHARED, max(1, min(a, b) // 4))


def cluster_forms(forms: Iterable[str], known: Mapping[str, str] | None = None) -> tuple[dict[str, str], int]:
    """The cluster of each distinct normalised form: its label is the smallest form (string order) of its
    cluster, the connected component of the graph joining two forms that share enough rare 3-grams (see the
    module docstring) and are :func:`similar`. Returns the labels and how many forms were verified against
    their candidates.

    ``known`` is a previous result (the labels of every form of another set of forms, with the same code): only
    what the difference can change is verified again: the added forms, the clusters that lost a form or whose
    forms lost a rare 3-gram (one now in more than :data:`MAX_BLOCK` forms), and the pairs sharing a 3-gram that
    became rare; every other cluster of ``known`` is kept whole. The labels are those of a clustering from
    scratch (``known`` None)."""
    forms = sorted(set(forms))
    known = known or {}
    index = {f: i for i, f in enumerate(forms)}
    grams = [frozenset(_keys(f.split())) for f in forms]
    df: Counter[tuple[str, ...]] = Counter(chain.from_iterable(grams))
    added = [i for i, f in enumerate(forms) if f not in known]
    gone = [f for f in known if f not in index]
    up: set[tuple[str, ...]] = set()  # 3-grams rare before the change and not after
    down: set[tuple[str, ...]] = set()  # the other way
    if known:
        before: Counter[tuple[str, ...]] = Counter()
        for i in added:
            before.subtract(grams[i])
        for f in gone:
            before.update(_keys(f.split()))
        for g, delta in before.items():
            was = df[g] + delta
            if was <= MAX_BLOCK < df[g]:
                up.add(g)
            elif df[g] <= MAX_BLOCK < was:
                down.add(g)
    parent = list(range(len(forms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        """Join ``i`` and ``j`` when they are not yet together and are the same quotation."""
        ri, rj = find(i), find(j)
        if ri != rj and similar(forms[min(i, j)], forms[max(i, j)]):
            parent[max(ri, rj)] = min(ri, rj)

    members: dict[str, list[int]] = defaultdict(list)
    for f, label in known.items():
        if f in index:
            members[label].append(index[f])
    broken = {known[f] for f in gone}
    if up:
        broken |= {known[forms[i]] for i in range(len(forms)) if forms[i] in known and grams[i] & up}
    for label, rows in members.items():
        if label not in broken:  # still connected: none of its pairs lost a shared rare 3-gram
            for i in rows[1:]:
                parent[find(i)] = find(rows[0])
    dirty = sorted(set(added).union(*(members[label] for label in broken if label in members)))
    redo = set(dirty)
    # the forms holding each rare 3-gram that a verified form or a pair of forms below needs
    wanted = (set().union(*(grams[i] for i in dirty)) if len(dirty) < len(forms) else set(df)) | down
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, gs in enumerate(grams):
        for g in gs & wanted:
            if df[g] <= MAX_BLOCK:
                blocks[g].append(i)
    for i in dirty:
        shared: Counter[int] = Counter()
        for g in grams[i]:
            if df[g] <= MAX_BLOCK:
                shared.update(blocks[g])
        for j, n in shared.items():
            if j != i and not (j in redo and j > i) and n >= _need(len(grams[i]), len(grams[j])):
                join(i, j)
    for g in down:
        for i, j in combinations(blocks.get(g, ()), 2):
            n = sum(1 for h in grams[i] & grams[j] if df[h] <= MAX_BLOCK)
            if n >= _need(len(grams[i]), len(grams[j])):
                join(i, j)
    root_label: dict[int, str] = {}
    for i, f in enumerate(forms):  # in string order: a cluster's first form is its smallest
        root_label.setdefault(find(i), f)
    return {f: root_label[find(i)] for i, f in enumerate(forms)}, len(dirty)


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


@dataclass
class ClusterState:
    """What a clustering keeps for the next one (the store's ``quote_clusters`` table): each form's cluster label
    (:func:`cluster_forms`), the representative it was scored against and that fidelity (scored again only when
    the representative changes). ``verified``: forms the clustering that made it verified (not stored)."""

    label: dict[str, str] = field(default_factory=dict)
    representative: dict[str, str] = field(default_factory=dict)
    fidelity: dict[str, float] = field(default_factory=dict)
    verified: int = 0

    COLUMNS = ("form", "label", "representative", "fidelity")

    def to_frame(self) -> pd.DataFrame:
        forms = list(self.label)
        return pd.DataFrame({"form": pd.Series(forms, dtype="str"),
                             "label": pd.Series([self.label[f] for f in forms], dtype="str"),
                             "representative": pd.Series([self.representative[f] for f in forms], dtype="str"),
                             "fidelity": pd.Series([self.fidelity[f] for f in forms], dtype="float64")})

    @classmethod
    def from_frame(cls, frame: pd.DataFrame | None) -> ClusterState | None:
        """The state a :meth:`to_frame` table holds (None when it is missing or not one)."""
        if frame is None or not set(cls.COLUMNS) <= set(frame.columns):
            return None
        forms = frame["form"].astype(str).tolist()
        return cls(dict(zip(forms, frame["label"].astype(str), strict=True)),
                   dict(zip(forms, frame["representative"].astype(str), strict=True)),
                   dict(zip(forms, frame["fidelity"].astype(float), strict=True)))

    def same(self, other: ClusterState | None) -> bool:
        return other is not None and (self.label, self.representative, self.fidelity) == (
            other.label, other.representative, other.fidelity)


def cluster_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes of many documents grouped into clusters.

    ``quotes`` needs ``doc_id`` and ``quote`` (other columns are kept). Returns the same rows in the same order
    plus ``cluster_id`` ("Q001", … numbered by first appearance in ``quotes``), ``fidelity`` (0–100, one
    decimal: the variant against its cluster's representative) and ``representative`` (the cluster's most
    common wording; ties go to the longest, then to the first). The clusters themselves do not depend on the
    order of the rows (:func:`cluster_forms`)."""
    return cluster_quotes_kept(quotes)[0]


def cluster_quotes_kept(quotes: pd.DataFrame, state: ClusterState | None = None) -> tuple[pd.DataFrame, ClusterState]:
    """:func:`cluster_quotes` from the ``state`` a previous clustering left (:class:`ClusterState`; None: from
    scratch), with the state it leaves. The table is the one a clustering from scratch gives."""
    if quotes.empty:
        return quotes.assign(cluster_id=pd.Series(dtype="str"), fidelity=pd.Series(dtype="float64"),
                             representative=pd.Series(dtype="str")), ClusterState()
    codes, uniques = pd.factorize(quotes["quote"], use_na_sentinel=False)  # each wording once, in row order
    texts = ["" if pd.isna(q) else str(q) for q in uniques]
    norms = [normalise(t) for t in texts]
    forms = list(dict.fromkeys(norms))  # in order of first appearance
    form_no = {f: k for k, f in enumerate(forms)}
    row_form = np.array([form_no[f] for f in norms], dtype=np.int64)[codes]
    label, verified = cluster_forms(forms, state.label if state is not None else None)
    counts = np.bincount(row_form, minlength=len(forms))
    _, first = np.unique(row_form, return_index=True)  # forms are numbered in order of first appearance
    best: dict[str, int] = {}  # cluster label -> its representative form (most rows, longest, first)
    for k, f in enumerate(forms):
        other = best.get(label[f])
        if other is None or (-counts[k], -len(f), first[k]) < (-counts[other], -len(forms[other]), first[other]):
            best[label[f]] = k
    rep_text = {lab: texts[codes[first[k]]] for lab, k in best.items()}
    kept = ClusterState(verified=verified)
    for f in forms:
        rep = rep_text[label[f]]
        kept.label[f], kept.representative[f] = label[f], rep
        if state is not None and state.representative.get(f) == rep and f in state.fidelity:
            kept.fidelity[f] = state.fidelity[f]
        else:
            kept.fidelity[f] = fidelity(f, rep)
    lab_no = {lab: n for n, lab in enumerate(dict.fromkeys(label[f] for f in forms))}
    row_label = np.array([lab_no[label[f]] for f in forms], dtype=np.int64)[row_form]
    order, labs = pd.factorize(row_label)  # clusters numbered by first appearance
    names = list(lab_no)
    width = max(3, len(str(len(labs))))
    ids = pd.array([f"Q{n + 1:0{width}d}" for n in range(len(labs))], dtype="str").take(order)
    reps = pd.array([rep_text[names[n]] for n in labs], dtype="str").take(order)
    fids = np.array([kept.fidelity[f] for f in forms], dtype="float64")[row_form]
    return quotes.assign(cluster_id=ids, fidelity=fids, representative=reps), kept
