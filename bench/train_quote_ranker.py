"""Fit the quote engine's learned parts on the PolNeAR training half: the pronoun ranker
(analysis/quotes/ranker.py) and the speaker ranker over every candidate of a quotation (analysis/quotes/choose.py).

usage:
  python bench/train_quote_ranker.py            # pronoun ranker: fit, report, write analysis/data/quote_ranker.json
  python bench/train_quote_ranker.py --dry-run  # fit and report only
  python bench/train_quote_ranker.py speakers [--dry-run]
  python bench/train_quote_ranker.py speakers --floors 0.25,0.3,0.35,0.4
      # the calibrated floor's curve: five-fold cross-validation by article of naming no one below each probability
      # the model gives its pick (nothing written)
  python bench/train_quote_ranker.py speakers --margins 0,0.25,0.5,1
      # the confidence threshold's curve: two-fold cross-validation by article for each margin "none" must be
      # beaten by (nothing written)
      # speaker ranker: five-fold cross-validation by article of each variant (rules alone, linear, linear +
      # boosted trees; where the rules are unsure or everywhere), then fit the linear weights and the trees on
      # all of train and write analysis/data/quote_speaker_ranker.json (see speaker_main)

Reads ../shared/external/polnear-train only (never the dev half). The corpus folder is written to the system
temp folder with the shared make_corpus.py and loaded through the product path (load_corpus, the entity layer,
pipeline.quote_mentions), so the mentions are the ones the ranker sees at run time. For every "he", "she" or
definite person description the rules meet while attributing quotations, the ranker's candidates are
recorded; a candidate is positive when it is the annotated speaker of a quotation whose source span starts at
that pronoun (PolNeAR "coref" speakers). A numpy logistic regression over the candidates (no other
dependency) gives the weights; the threshold is 0.6 (chosen on train in round 67; 0.5 before): a best candidate the
model scores below it is not named (the script prints what other cuts would give on train). Two-fold cross-validation by article
is reported beside the fit.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "external" / "polnear-train"
OUT = ROOT / "analysis" / "data" / "quote_ranker.json"

from analysis import analyse, load_corpus  # noqa: E402
from analysis.pipeline import quote_mentions, story_mentions  # noqa: E402
from analysis.quotes.attribute import attribute_doc, attribute_spans, mention_rows  # noqa: E402
from analysis.quotes.choose import FEATURES as SPEAKER_FEATURES  # noqa: E402
from analysis.quotes.choose import Model, options, read_document, speaker_chance, unsure  # noqa: E402
from analysis.quotes.find import find_spans  # noqa: E402
from analysis.quotes.ranker import FEATURES  # noqa: E402

Group = tuple[str, np.ndarray, np.ndarray]  # (doc, features of the candidates, 1 for the right ones)
RULES = [0, 0]  # the rules' picks on the same pronouns: right, all


def _norm(s: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in s.casefold().replace("’", "'")).split())


def _same(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (fuzz.token_set_ratio(a, b) >= 80 or a.split()[-1] == b.split()[-1])


def _locate(text: str, words: str, start: int) -> int:
    """Where the annotated ``words`` (at ``start`` in the annotated text) stand in the loaded text, which the
    loader may have cleaned (spaces normalised, lines dropped): the nearest occurrence; -1 when none is near."""
    lo = max(0, start - 400)
    found, k = -1, text.find(words, lo, start + 400 + len(words))
    while k >= 0:
        if found < 0 or abs(k - start) < abs(found - start):
            found = k
        k = text.find(words, k + 1, start + 400 + len(words))
    return found


def corpus_docs() -> list[tuple[str, str, list[tuple[int, int, str, str]], dict]]:
    """(doc_id, text, mention rows, gold document) for every article of polnear-train, loaded through the
    product path (load_corpus, the entity layer, pipeline.quote_mentions)."""
    folder = Path(tempfile.gettempdir()) / "quote_ranker_polnear-train"
    if not folder.exists():
        subprocess.run([sys.executable, str(SHARED / "external" / "make_corpus.py"), str(GOLD), str(folder)],
                       check=True, capture_output=True)
    analysis = analyse(load_corpus(folder))
    mentions = quote_mentions(story_mentions(analysis.entity_mentions))
    by_doc = {d: g for d, g in mentions.groupby("doc_id")}
    gold_docs = {}
    for path in sorted(GOLD.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        gold_docs[f"{doc['doc_id']}.txt"] = doc
    out = []
    for doc_id, file, text in zip(analysis.corpus.docs["doc_id"], analysis.corpus.docs["file"],
                                  analysis.corpus.docs["text"], strict=True):
        gold = gold_docs.get(str(file))
        if gold is not None:
            out.append((str(doc_id), str(text), mention_rows(by_doc.get(doc_id)), gold))
    return out


def groups() -> list[Group]:
    """One group per recorded pronoun whose annotated speaker is known (PolNeAR coref)."""
    out: list[Group] = []
    for doc_id, text, rows, gold in corpus_docs():
        speakers = {_locate(str(text), q["speaker_span"]["text"], q["speaker_span"]["start"]): q["speaker"]
                    for q in gold["quotes"] if q.get("speaker_resolution") == "coref" and q.get("speaker_span")}
        log: list[tuple[int, str, list[object]]] = []
        attribute_spans(str(text), find_spans(str(text)), rows, log)
        seen: set[int] = set()
        for pos, rule, cands in log:
            if pos in seen or pos not in speakers or not cands:
                continue
            seen.add(pos)
            RULES[0] += _same(rule, speakers[pos]) if rule else 0
            RULES[1] += 1
            x = np.array([c.features for c in cands], dtype=float)  # type: ignore[attr-defined]
            y = np.array([_same(c.name, speakers[pos]) for c in cands], dtype=float)  # type: ignore[attr-defined]
            out.append((str(doc_id), x, y))
    return out


def fit(train: list[Group], l2: float = 1e-3, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Logistic regression weights over all candidates of the groups that hold a right one."""
    x = np.vstack([g[1] for g in train if g[2].any()])
    y = np.concatenate([g[2] for g in train if g[2].any()])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w)
    return w


def best(groups_: list[Group], w: np.ndarray) -> list[tuple[float, bool]]:
    """(score of the best candidate, whether it is right) per group."""
    out = []
    for _, x, y in groups_:
        s = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        k = int(np.argmax(s))
        out.append((float(s[k]), bool(y[k])))
    return out


THRESHOLD = 0.6  # a best candidate the model scores below it is not named (chosen on train, round 67)


def threshold(picks: list[tuple[float, bool]]) -> float:
    """The threshold shipped (:data:`THRESHOLD`); the table printed beside it shows what other cuts would give
    on ``picks`` (named, right) so the trade between accuracy and precision is visible."""
    for cut in (0.3, 0.4, 0.5, 0.6, 0.7):
        kept = [r for s, r in picks if s >= cut]
        print(f"    cut {cut:.1f}: {len(kept)} named, {sum(kept)} right")
    return THRESHOLD


def report(label: str, picks: list[tuple[float, bool]], cut: float) -> str:
    right = sum(r for _, r in picks)
    kept = [(s, r) for s, r in picks if s >= cut]
    kept_right = sum(r for _, r in kept)
    return (f"{label}: top-1 right {right}/{len(picks)} = {right / max(1, len(picks)):.3f}; above threshold "
            f"{cut:.3f}: {len(kept)} named, {kept_right} right (precision {kept_right / max(1, len(kept)):.3f})")


def main() -> None:
    data = groups()
    reachable = sum(g[2].any() for g in data)
    print(f"{len(data)} pronouns with an annotated speaker, {reachable} with the speaker among the candidates")
    print(f"the rules on the same pronouns: {RULES[0]}/{RULES[1]} right = {RULES[0] / max(1, RULES[1]):.3f}")
    docs = sorted({g[0] for g in data})
    half = set(docs[::2])
    for k, test_half in enumerate((half, set(docs) - half)):
        train = [g for g in data if g[0] not in test_half]
        test = [g for g in data if g[0] in test_half]
        w = fit(train)
        cut = threshold(best(train, w))
        print(report(f"fold {k + 1} (held-out half)", best(test, w), cut))
    w = fit(data)
    cut = threshold(best(data, w))
    print(report("all of train (fit)", best(data, w), cut))
    for name, value in zip(FEATURES, w, strict=True):
        print(f"  {name:20s} {value:+.3f}")
    if "--dry-run" in sys.argv:
        return
    OUT.write_text(json.dumps({
        "about": "Weights of the pronoun ranker of analysis/quotes/ranker.py: logistic regression over candidate "
                 "antecedents, fitted on the PolNeAR training half by bench/train_quote_ranker.py (which "
                 "rewrites this file); threshold: below it the best candidate is not named.",
        "trained_on": f"polnear-train: {len(data)} pronouns and person descriptions, {reachable} with the "
                      "annotated speaker among the candidates",
        "weights": {name: round(float(v), 4) for name, v in zip(FEATURES, w, strict=True)},
        "threshold": round(cut, 4),
    }, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


# --- the speaker ranker over every candidate of a quotation (analysis/quotes/choose.py) ---------------------

SPEAKER_OUT = ROOT / "analysis" / "data" / "quote_speaker_ranker.json"


@dataclass
class QuoteGroup:
    """One quotation of train: its options' features, which options the scorer would count right, the
    rules' option, whether the rules are unsure, and the annotated quotations it matches."""

    doc: str
    x: np.ndarray
    right: np.ndarray  # option k names a speaker the scorer accepts for a matched quotation (none: no name does)
    names: list[str]  # the name each option shows ("" for none)
    rule: int  # index of the rules' option
    unsure: bool
    hits: list[int]  # indices (within the document) of the annotated quotations it matches
    named_hits: list[int]  # those whose gold speaker is a name (scored for accuracy)


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("polnear_score", SHARED / "external" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def speaker_groups() -> list[QuoteGroup]:
    """Every quotation the engine finds in polnear-train with its options (one group each)."""
    score = _score_module()
    out: list[QuoteGroup] = []
    for doc_id, text, rows, gold in corpus_docs():
        golds = [(g, score.norm(max((score.inner(s["text"]) for s in g.get("segments") or [{"text": g["quote"]}]),
                                    key=len))) for g in gold["quotes"]]
        spans = find_spans(text)
        doc, rules = attribute_doc(text, spans, rows)
        reading = read_document(doc)
        for n, span in enumerate(spans):
            quote = score.norm(" ".join(text[a:b].strip() for a, b in span.segments))
            hits = [k for k, (g, t) in enumerate(golds) if t and score.fuzz.partial_ratio(t, quote) >= 85]
            named = [k for k in hits if golds[k][0].get("speaker_resolution") in ("source_ner", "coref")]
            opts = options(reading, spans, n, rules)
            names = [""] + [o.speaker.name for o in opts[1:]]  # a description the rules found is an option too
            right = np.array([bool(nm) and any(score.same_speaker(nm, golds[k][0]) for k in hits) for nm in names])
            right[0] = not right[1:].any()
            rule = next((k for k, nm in enumerate(names) if nm == rules[n].name), 0)  # a description is an option
            out.append(QuoteGroup(doc_id, np.array([o.features for o in opts], dtype=float), right, names, rule,
                                  unsure(rules[n]), hits, named))
    return out


def _stacked(groups_):
    """The quotations a fit uses (not those whose only right answer is an unnamed source's "none"), their options'
    features stacked, 1 for the right options, each quotation's option count and first row, and each row's owner."""
    use = [g for g in groups_ if not (g.hits and not g.named_hits and g.right[0])]
    x = np.vstack([g.x for g in use])
    y = np.concatenate([g.right for g in use]).astype(float)
    sizes = np.array([len(g.names) for g in use])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    owner = np.repeat(np.arange(len(use)), sizes)
    return use, x, y, sizes, starts, owner


def fit_softmax(groups_: list[QuoteGroup], l2: float = 3e-2, steps: int = 800, rate: float = 0.05) -> np.ndarray:
    """Conditional logistic regression (a softmax over the options of each quotation; the likelihood of the
    right options), fitted with Adam; quotations whose only right answer is "none" because they match an
    annotated quotation of an unnamed source are left out (their gold speaker is unknown). The weight of
    "none" is then raised by :data:`NONE_MARGIN`: a name must beat "none" by that much."""
    use, x, y, sizes, starts, owner = _stacked(groups_)
    w = np.zeros(x.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        z = x @ w
        z = z - np.maximum.reduceat(z, starts)[owner]
        e = np.exp(z)
        p = e / np.add.reduceat(e, starts)[owner]
        q = p * y
        q = q / np.maximum(np.add.reduceat(q, starts)[owner], 1e-12)
        grad = x.T @ (p - q) / len(use) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    w[SPEAKER_FEATURES.index("none")] += NONE_MARGIN
    return w


#: chosen by the two-fold cross-validation on train (0, 0.25, 0.5, 1 tried with l2 0.01 and 0.03): the largest
#: gain in speaker accuracy that keeps attributed precision at the rules' level
NONE_MARGIN = 0.25


def _picks(groups_: list[QuoteGroup], w: np.ndarray | Model | None, apply: str) -> list[int]:
    """The option each quotation ends with: the rules' (``w`` None), the model's (``apply`` always) or the
    model's where the rules are unsure (``w``: linear weights or a :class:`Model` with trees)."""
    out = []
    for g in groups_:
        if w is None or (apply == "unsure" and not g.unsure):
            out.append(g.rule)
        else:
            scores = w.scores(g.x) if isinstance(w, Model) else g.x @ w
            best = int(np.argmax(scores))
            out.append(g.rule if isinstance(w, Model) and scores[best] - scores[g.rule] <= w.switch else best)
    return out


# --- boosted trees on top of the linear part ------------------------------------------------------------------

#: chosen by five-fold cross-validation by article on train (bench/README.md, the speaker ranker's trees):
#: 50 trees of two levels, shrinkage 0.1, fitted on the linear model's scores (its weights without the margin
#: of "none"), then a margin of 0.1 for "none" (the largest gain in speaker accuracy that keeps attributed
#: precision at the rules' level; more trees or three levels overfit)
TREES, DEPTH, RATE, LAMBDA, MIN_HESSIAN, BINS = 50, 2, 0.1, 1.0, 1.0, 32
TREE_NONE_MARGIN = 0.1
#: the model replaces the rules' speaker only when its best option scores more than this above the rules' own
#: (cross-validation tried 0 and 0.25: 0 gains on every fold and more in all)
SWITCH = 0.0
#: the model's pick (where the rules are unsure) is shown only when its probability (the softmax over the
#: quotation's options, summed over the options naming one person: :func:`analysis.quotes.choose.speaker_chance`)
#: reaches this floor; below it the quotation is credited to no one. The five-fold cross-validation by article on
#: train (``speakers --floors``, bench/README.md) trades right speakers for wrong speaker-naming rows at every
#: floor (0.30: 1 right for 8 wrong; 0.35: 6 for 16; 0.40: 14 for 37; 0.45: 28 for 66), and on the product path
#: 0.30 cost more (train: 3 right speakers for 5 wrong rows; dev: 1 right speaker, 2 right rows, no wrong row),
#: so the floor ships off; the lever stays for a model whose probabilities separate better
FLOOR = 0.0


def _bins(x: np.ndarray) -> list[np.ndarray]:
    """Candidate thresholds per feature: midpoints between its values, or between quantiles when it has many."""
    edges = []
    for j in range(x.shape[1]):
        u = np.unique(x[:, j])
        edges.append((u[:-1] + u[1:]) / 2 if len(u) <= BINS
                     else np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)[1:-1])))
    return edges


def _fit_tree(xb: np.ndarray, edges: list[np.ndarray], g: np.ndarray, h: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One regression tree of :data:`DEPTH` levels on the gradients ``g`` and hessians ``h`` (second-order
    boosting: each split maximises the gain in G²/(H+λ), each leaf is -G/(H+λ)); a node with no useful split
    sends every row left (threshold +inf)."""
    n, nf = xb.shape
    nodes = 2 ** DEPTH - 1
    feature = np.zeros(nodes, dtype=np.intp)
    cut = np.full(nodes, np.inf)
    cut_bin = np.full(nodes, 1 << 30)
    at = np.zeros(n, dtype=np.intp)
    offsets = (np.arange(nf) * (BINS + 1))[None, :]
    for level in range(DEPTH):
        for k in range(2 ** level):
            rows = at == k
            node = 2 ** level - 1 + k
            if not rows.any():
                continue
            big_g, big_h = g[rows].sum(), h[rows].sum()
            flat = (xb[rows] + offsets).ravel()
            hist_g = np.bincount(flat, np.repeat(g[rows], nf), nf * (BINS + 1)).reshape(nf, BINS + 1)
            hist_h = np.bincount(flat, np.repeat(h[rows], nf), nf * (BINS + 1)).reshape(nf, BINS + 1)
            left_g, left_h = np.cumsum(hist_g, 1)[:, :-1], np.cumsum(hist_h, 1)[:, :-1]
            gain = (left_g ** 2 / (left_h + LAMBDA) + (big_g - left_g) ** 2 / (big_h - left_h + LAMBDA)
                    - big_g ** 2 / (big_h + LAMBDA))
            gain[(left_h < MIN_HESSIAN) | (big_h - left_h < MIN_HESSIAN)] = -1.0
            j, b = np.unravel_index(int(np.argmax(gain)), gain.shape)
            if gain[j, b] <= 1e-9 or b >= len(edges[j]):
                continue
            feature[node], cut[node], cut_bin[node] = j, edges[j][b], b
        node_of = 2 ** level - 1 + at
        at = 2 * at + (xb[np.arange(n), feature[node_of]] > cut_bin[node_of])
    leaf = -np.bincount(at, g, 2 ** DEPTH) / (np.bincount(at, h, 2 ** DEPTH) + LAMBDA) * RATE
    return feature, cut, leaf


def fit_trees(groups_: list[QuoteGroup], w: np.ndarray) -> Model:
    """Boosted trees on top of the linear weights ``w`` (:func:`fit_softmax`'s, without the margin of "none"):
    each tree is fitted to the gradient of the softmax loss over the options of each quotation (the same
    quotations as :func:`fit_softmax`); the margin of "none" (:data:`TREE_NONE_MARGIN`) is then added to the
    linear part."""
    use, x, y, sizes, starts, owner = _stacked(groups_)
    edges = _bins(x)
    xb = np.stack([np.searchsorted(e, x[:, j], side="right") for j, e in enumerate(edges)], axis=1)
    target = y / np.add.reduceat(y, starts)[owner]
    base = w.copy()
    base[SPEAKER_FEATURES.index("none")] -= NONE_MARGIN
    z = x @ base
    features, cuts, leaves = [], [], []
    for _ in range(TREES):
        e = np.exp(z - np.maximum.reduceat(z, starts)[owner])
        p = e / np.add.reduceat(e, starts)[owner]
        feature, cut, leaf = _fit_tree(xb, edges, p - target, np.maximum(p * (1 - p), 1e-6))
        features.append(feature)
        cuts.append(cut)
        leaves.append(leaf)
        z = z + Model(np.zeros(x.shape[1]), "always", 0.0, DEPTH, feature[None], cut[None], leaf[None]).scores(x)
    base[SPEAKER_FEATURES.index("none")] += TREE_NONE_MARGIN
    return Model(base, "always", SWITCH, DEPTH, np.array(features), np.array(cuts), np.array(leaves))


def simulate(groups_: list[QuoteGroup], picks: list[int]) -> str:
    """Speaker accuracy and attributed precision as ``score.py quotes`` counts them (before the product joins
    fragments of one sentence), from the options picked; and top-1 right on quotations with a named gold
    speaker."""
    right_gold: set[tuple[str, int]] = set()
    found_gold: set[tuple[str, int]] = set()
    named = good = top = top_n = 0
    for g, k in zip(groups_, picks, strict=True):
        for h in g.named_hits:
            found_gold.add((g.doc, h))
        if g.names[k]:
            named += 1
            good += bool(g.right[k])
            if g.right[k]:
                right_gold.update((g.doc, h) for h in g.named_hits)  # approximate: the name fits a hit
        if g.named_hits:
            top_n += 1
            top += bool(g.right[k]) and bool(g.names[k])
    accuracy = len(right_gold) / max(1, len(found_gold))
    return (f"top-1 {top / max(1, top_n):.3f} ({top}/{top_n}) | speaker accuracy ~{accuracy:.3f} "
            f"| attributed precision ~{good / max(1, named):.3f} ({good}/{named})")


def margin_curve(data: list[QuoteGroup], margins: list[float]) -> None:
    """A confidence threshold on the speaker ranker: for each margin "none" must be beaten by, the two-fold
    cross-validation by article (fit on one half, scored on the other), where the model applies only where the
    rules are unsure (as shipped) and everywhere."""
    global NONE_MARGIN
    docs = sorted({g.doc for g in data})
    half = set(docs[::2])
    kept = NONE_MARGIN
    for k, test_half in enumerate((half, set(docs) - half)):
        train = [g for g in data if g.doc not in test_half]
        test = [g for g in data if g.doc in test_half]
        print(f"fold {k + 1}, held-out half ({len(test)} quotations); rules alone: "
              f"{simulate(test, _picks(test, None, ''))}")
        for margin in margins:
            NONE_MARGIN = margin
            w = fit_softmax(train)
            for apply in ("unsure", "always"):
                print(f"  margin {margin:5.2f} {apply:7s} {simulate(test, _picks(test, w, apply))}")
    NONE_MARGIN = kept


def _five_folds(data: list[QuoteGroup]) -> list[tuple[list[QuoteGroup], list[QuoteGroup]]]:
    """Five folds by article (a fixed shuffle of the article names): (train, held-out) pairs."""
    docs = sorted({g.doc for g in data})
    order = np.random.default_rng(0).permutation(len(docs))
    parts = [{docs[i] for i in order[k::5]} for k in range(5)]
    return [([g for g in data if g.doc not in part], [g for g in data if g.doc in part]) for part in parts]


def _sums(groups_: list[QuoteGroup], picks: list[int]) -> np.ndarray:
    """(right named quotations, named quotations, right speaker-naming rows, speaker-naming rows), as
    :func:`simulate` counts them, to add up over folds."""
    right_gold: set[tuple[str, int]] = set()
    found_gold: set[tuple[str, int]] = set()
    named = good = 0
    for g, k in zip(groups_, picks, strict=True):
        found_gold.update((g.doc, h) for h in g.named_hits)
        if g.names[k]:
            named += 1
            good += bool(g.right[k])
            if g.right[k]:
                right_gold.update((g.doc, h) for h in g.named_hits)
    return np.array([len(right_gold), len(found_gold), good, named])


def cross_validate(data: list[QuoteGroup]) -> None:
    """Five-fold cross-validation by article of each variant (fit on four fifths, scored on the fifth, summed)."""
    totals: dict[str, np.ndarray] = {}
    folds: dict[str, list[int]] = {}
    for train, test in _five_folds(data):
        w = fit_softmax(train)
        model = fit_trees(train, w)
        variants: list[tuple[str, np.ndarray | Model | None, str]] = [
            ("rules alone", None, ""), ("linear, where the rules are unsure", w, "unsure"),
            ("linear, every quotation", w, "always")]
        for switch in sorted({0.0, 0.25, SWITCH}):
            variants += [(f"linear + trees, unsure, switch {switch}", replace(model, switch=switch), "unsure"),
                         (f"linear + trees, every quotation, switch {switch}", replace(model, switch=switch),
                          "always")]
        for label, scorer, apply in variants:
            sums = _sums(test, _picks(test, scorer, apply))
            totals[label] = totals.get(label, 0) + sums
            folds.setdefault(label, []).append(int(sums[0]))
    for label, (right, found, good, named) in totals.items():
        gains = [a - b for a, b in zip(folds[label], folds["rules alone"], strict=True)]
        print(f"  {label:50s} speaker accuracy ~{right / found:.4f} ({right}/{found}) | attributed precision "
              f"~{good / named:.4f} ({good}/{named}) | right speakers over the rules per fold {gains}")


def _floor_picks(groups_: list[QuoteGroup], model: Model, floor: float) -> list[int]:
    """:func:`_picks` where the rules are unsure, then "none" where the option kept has a probability (softmax over
    the quotation's options) below ``floor``: weak evidence names no one."""
    out = []
    for g, k in zip(groups_, _picks(groups_, model, "unsure"), strict=True):
        if g.unsure and k and floor > 0:
            k = k if speaker_chance(model.scores(g.x), g.names, k) >= floor else 0
        out.append(k)
    return out


def floor_curve(data: list[QuoteGroup], floors: list[float]) -> None:
    """The calibrated floor's curve: five-fold cross-validation by article (fit on four fifths, scored on the
    fifth, summed) of the model where the rules are unsure, naming no one below each floor; with each fold's
    change against no floor in right speakers and in wrong speaker-naming rows."""
    totals: dict[float, np.ndarray] = {}
    per_fold: dict[float, list[tuple[int, int]]] = {}
    for train, test in _five_folds(data):
        model = fit_trees(train, fit_softmax(train))
        base = _sums(test, _floor_picks(test, model, 0.0))
        for floor in floors:
            sums = _sums(test, _floor_picks(test, model, floor))
            totals[floor] = totals.get(floor, 0) + sums
            per_fold.setdefault(floor, []).append((int(sums[0] - base[0]), int((sums[3] - sums[2]) - (base[3] - base[2]))))
    for floor in floors:
        right, found, good, named = totals[floor]
        print(f"  floor {floor:.2f}: speaker accuracy ~{right / found:.4f} ({right}/{found}) | attributed precision "
              f"~{good / named:.4f} ({good}/{named}) | per fold (right speakers, wrong rows) against no floor "
              f"{per_fold[floor]}")


def speaker_main(dry_run: bool) -> None:
    """Cross-validate the speaker ranker by article against the rules, fit it on all of train, write it."""
    data = speaker_groups()
    if "--floors" in sys.argv:
        floor_curve(data, [float(m) for m in sys.argv[sys.argv.index("--floors") + 1].split(",")])
        return
    if "--margins" in sys.argv:
        margin_curve(data, [float(m) for m in sys.argv[sys.argv.index("--margins") + 1].split(",")])
        return
    reach = sum(g.right[1:].any() for g in data if g.named_hits)
    print(f"{len(data)} quotations found, {sum(bool(g.named_hits) for g in data)} matching a named annotated speaker, "
          f"{reach} of them with the speaker among the options")
    print("five-fold cross-validation by article (held-out fifths summed):")
    cross_validate(data)
    w = fit_softmax(data)
    model = fit_trees(data, w)
    for apply in ("always", "unsure"):
        print(f"all of train (fit), {apply}: {simulate(data, _picks(data, model, apply))}")
    for name, value in zip(SPEAKER_FEATURES, w, strict=True):
        print(f"  {name:24s} {value:+.3f}")
    if dry_run:
        return
    assert model.feature is not None and model.threshold is not None and model.leaf is not None
    SPEAKER_OUT.write_text(json.dumps({
        "about": "The speaker ranker of analysis/quotes/choose.py: a softmax over every candidate speaker of a "
                 "quotation, scored by linear weights plus boosted regression trees fitted on top of them (each "
                 "tree: complete binary tree of depth levels, node k sends an option right when its feature "
                 "exceeds the threshold, the leaf's value is added), fitted on the PolNeAR training half by "
                 "bench/train_quote_ranker.py speakers (which rewrites this file); apply: where the model "
                 "overrides the rules; floor: a pick whose probability (softmax over the options) is below it "
                 "names no one.",
        "trained_on": f"polnear-train: {len(data)} quotations",
        "apply": APPLY,
        "weights": {name: round(float(v), 4) for name, v in zip(SPEAKER_FEATURES, model.weights, strict=True)},
        "switch": SWITCH,
        "floor": FLOOR,
        "depth": DEPTH,
        "trees": [{"feature": [SPEAKER_FEATURES[int(j)] for j in f],
                   "threshold": [round(float(t), 6) if np.isfinite(t) else 1e300 for t in c],
                   "leaf": [round(float(v), 6) for v in leaf]}
                  for f, c, leaf in zip(model.feature, model.threshold, model.leaf, strict=True)],
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {SPEAKER_OUT.relative_to(ROOT)}")


APPLY = "unsure"


if __name__ == "__main__":
    if sys.argv[1:2] == ["speakers"]:
        speaker_main("--dry-run" in sys.argv)
    else:
        main()
