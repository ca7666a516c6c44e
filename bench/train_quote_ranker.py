"""Fit the quote engine's learned parts on the PolNeAR training half: the pronoun ranker
(analysis/quotes/ranker.py) and the speaker ranker over every candidate of a quotation (analysis/quotes/choose.py).

usage:
  python bench/train_quote_ranker.py            # pronoun ranker: fit, report, write analysis/data/quote_ranker.json
  python bench/train_quote_ranker.py --dry-run  # fit and report only
  python bench/train_quote_ranker.py speakers [--dry-run]
  python bench/train_quote_ranker.py speakers --margins 0,0.25,0.5,1
      # the confidence threshold's curve: two-fold cross-validation by article for each margin "none" must be
      # beaten by (nothing written)
      # speaker ranker: two-fold cross-validation by article (ranker against the rules on the same quotations),
      # then fit on all of train and write analysis/data/quote_speaker_ranker.json (see speaker_main)

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

import importlib.util
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
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
from analysis.quotes.choose import options, read_document, unsure  # noqa: E402
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
            names = [o.speaker.name if o.speaker.type else "" for o in opts]
            right = np.array([bool(nm) and any(score.same_speaker(nm, golds[k][0]) for k in hits) for nm in names])
            right[0] = not right[1:].any()
            rule_name = rules[n].name if rules[n].type else ""
            rule = next((k for k, nm in enumerate(names) if nm == rule_name), 0)
            out.append(QuoteGroup(doc_id, np.array([o.features for o in opts], dtype=float), right, names, rule,
                                  unsure(rules[n]), hits, named))
    return out


def fit_softmax(groups_: list[QuoteGroup], l2: float = 3e-2, steps: int = 800, rate: float = 0.05) -> np.ndarray:
    """Conditional logistic regression (a softmax over the options of each quotation; the likelihood of the
    right options), fitted with Adam; quotations whose only right answer is "none" because they match an
    annotated quotation of an unnamed source are left out (their gold speaker is unknown). The weight of
    "none" is then raised by :data:`NONE_MARGIN`: a name must beat "none" by that much."""
    use = [g for g in groups_ if not (g.hits and not g.named_hits and g.right[0])]
    x = np.vstack([g.x for g in use])
    y = np.concatenate([g.right for g in use]).astype(float)
    sizes = np.array([len(g.names) for g in use])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    owner = np.repeat(np.arange(len(use)), sizes)
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


def _picks(groups_: list[QuoteGroup], w: np.ndarray | None, apply: str) -> list[int]:
    """The option each quotation ends with: the rules' (``w`` None), the model's (``apply`` always) or the
    model's where the rules are unsure."""
    out = []
    for g in groups_:
        if w is None or (apply == "unsure" and not g.unsure):
            out.append(g.rule)
        else:
            out.append(int(np.argmax(g.x @ w)))
    return out


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


def speaker_main(dry_run: bool) -> None:
    """Cross-validate the speaker ranker by article against the rules, fit it on all of train, write it."""
    data = speaker_groups()
    if "--margins" in sys.argv:
        margin_curve(data, [float(m) for m in sys.argv[sys.argv.index("--margins") + 1].split(",")])
        return
    reach = sum(g.right[1:].any() for g in data if g.named_hits)
    print(f"{len(data)} quotations found, {sum(bool(g.named_hits) for g in data)} matching a named annotated speaker, "
          f"{reach} of them with the speaker among the options")
    docs = sorted({g.doc for g in data})
    half = set(docs[::2])
    for k, test_half in enumerate((half, set(docs) - half)):
        train = [g for g in data if g.doc not in test_half]
        test = [g for g in data if g.doc in test_half]
        w = fit_softmax(train)
        print(f"fold {k + 1}, held-out half ({len(test)} quotations):")
        print(f"  rules            {simulate(test, _picks(test, None, ''))}")
        for apply in ("always", "unsure"):
            print(f"  ranker, {apply:8s} {simulate(test, _picks(test, w, apply))}")
    w = fit_softmax(data)
    for apply in ("always", "unsure"):
        print(f"all of train (fit), {apply}: {simulate(data, _picks(data, w, apply))}")
    for name, value in zip(SPEAKER_FEATURES, w, strict=True):
        print(f"  {name:24s} {value:+.3f}")
    if dry_run:
        return
    SPEAKER_OUT.write_text(json.dumps({
        "about": "Weights of the speaker ranker of analysis/quotes/choose.py: a softmax over every candidate speaker "
                 "of a quotation, fitted on the PolNeAR training half by bench/train_quote_ranker.py speakers "
                 "(which rewrites this file); apply: where the model overrides the rules.",
        "trained_on": f"polnear-train: {len(data)} quotations",
        "apply": APPLY,
        "weights": {name: round(float(v), 4) for name, v in zip(SPEAKER_FEATURES, w, strict=True)},
    }, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {SPEAKER_OUT.relative_to(ROOT)}")


APPLY = "unsure"


if __name__ == "__main__":
    if sys.argv[1:2] == ["speakers"]:
        speaker_main("--dry-run" in sys.argv)
    else:
        main()
