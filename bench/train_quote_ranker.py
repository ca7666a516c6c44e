"""Fit the quote engine's pronoun ranker (analysis/quotes/ranker.py) on the PolNeAR training half.

usage:
  python bench/train_quote_ranker.py            # fit, report, write analysis/data/quote_ranker.json
  python bench/train_quote_ranker.py --dry-run  # fit and report only

Reads ../shared/external/polnear-train only (never the dev half). The corpus folder is written to the system
temp folder with the shared make_corpus.py and loaded through the product path (load_corpus, the entity layer,
pipeline.quote_mentions), so the mentions are the ones the ranker sees at run time. For every "he", "she" or
definite person description the rules meet while attributing quotations, the ranker's candidates are
recorded; a candidate is positive when it is the annotated speaker of a quotation whose source span starts at
that pronoun (PolNeAR "coref" speakers). A numpy logistic regression over the candidates (no other
dependency) gives the weights; the threshold is 0.5: a best candidate the model scores as more likely wrong
than right is not named (the script prints what other cuts would give on train). Two-fold cross-validation by article
is reported beside the fit.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "external" / "polnear-train"
OUT = ROOT / "analysis" / "data" / "quote_ranker.json"

from analysis import analyse, load_corpus  # noqa: E402
from analysis.pipeline import quote_mentions, story_mentions  # noqa: E402
from analysis.quotes.attribute import attribute_spans, mention_rows  # noqa: E402
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


def groups() -> list[Group]:
    """One group per recorded pronoun whose annotated speaker is known (PolNeAR coref)."""
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
    out: list[Group] = []
    for doc_id, file, text in zip(analysis.corpus.docs["doc_id"], analysis.corpus.docs["file"],
                                  analysis.corpus.docs["text"], strict=True):
        gold = gold_docs.get(str(file))
        if gold is None:
            continue
        speakers = {_locate(str(text), q["speaker_span"]["text"], q["speaker_span"]["start"]): q["speaker"]
                    for q in gold["quotes"] if q.get("speaker_resolution") == "coref" and q.get("speaker_span")}
        log: list[tuple[int, str, list[object]]] = []
        attribute_spans(str(text), find_spans(str(text)), mention_rows(by_doc.get(doc_id)), log)
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


THRESHOLD = 0.5  # a best candidate the model scores as more likely wrong than right is not named


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


if __name__ == "__main__":
    main()
