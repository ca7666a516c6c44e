"""How the timeline's event labels read: whole clauses, and close to what a person wrote for the same sentence.

    python bench/bench_labels.py CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...] [--worst 40] [--dump FILE]

For each pair: runs `python -m analysis timeline --corpus DIR --format json` as bench_blind.py does (a fresh store
in a temp folder, every date in the window), matches each gold dated event to the first row on its sentence whose
dates hold the gold date (the challenge scorer's matching; of several such rows the sentence's own before a share
move's, then by expression), and prints per corpus:

* matched: the gold events with such a row (and the scorer's timeline recall and precision, as bench_blind.py);
* clause: the share of matched labels that read as a whole clause: a subject and then a finite verb, not ending on a
  function word or a dangling determiner or "…", no "(TICKER)" or ": -5.4%" debris (a heuristic, see ``clause_faults``);
* F1: the mean overlap of lowercased content words between the label and the gold "event" (a reference written
  by a person for the sentence, not a target).

Then the worst labels (faults first, then lowest F1) with their sentence and gold event. The gold is read at run
time only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SCORER = ROOT.parent / "shared" / "challenge" / "score.py"

from analysis.lexicon import verb_forms  # noqa: E402

_STOP = frozenset(
    "a an the of to in on at by for from with and or but as its his her their our this that these those is are was "
    "were be been being has have had will would could should may might can it he she they we i said says say over "
    "into after before than about up down out also not no new".split())
_FUNCTION_END = frozenset(
    "a an the its his her their our my this that these those of to in on at by for from with and or but as than "
    "into over about up down is are was were be been has have had will would could should may might can which who "
    "whom whose that when where while because after before since until during per some any each more most least "
    "nearly almost around".split())
_AUX_FINITE = frozenset("is are was were has have had will would could should may might can must does do did".split())
_IRREGULAR_PAST = frozenset("went came became began took made left gave got broke ran led met won held kept built "
                            "spent paid sent brought grew fell rose sold bought lost hit shut cut set put quit told "
                            "saw said stood struck wrote".split())
_NOT_SUBJECT_START = frozenset(
    "out in on at by for from with after before since until during as of to over into about up down and or but "
    "despite amid following than".split())
_TICKER = re.compile(r"\((?:[A-Z0-9]{1,6}[.:])?[A-Z0-9]{1,6}(?:[.:][A-Z]{1,4})?\)")
_LIST_FIGURE = re.compile(r":\s*[-+−–]?\s*\d")
_WORD = re.compile(r"[A-Za-z][\w’'-]*|\d[\d.,]*%?")


#: A gold date written as a TIMEX3 quarter or half ("2016-Q2", "2021-H1"), which the challenge scorer's
#: ``in_interval`` does not parse: some writers date a period so.
_PERIOD = re.compile(r"(\d{4})-([QH])([1-4])")


def _months(gold: str) -> str:
    """``gold`` with each quarter or half written as its months ("2016-Q2" -> "2016-04/2016-06"), an interval of two
    such periods from the first's first month to the second's last."""
    def one(part: str) -> list[str]:
        m = _PERIOD.fullmatch(part)
        if not m:
            return [part]
        year, kind, n = m.group(1), m.group(2), int(m.group(3))
        first, last = ((n - 1) * 3 + 1, n * 3) if kind == "Q" else ((n - 1) * 6 + 1, n * 6)
        return [f"{year}-{first:02d}", f"{year}-{last:02d}"]
    parts = [p for part in gold.split("/") for p in one(part)] if gold else []
    return f"{parts[0]}/{parts[-1]}" if len(parts) > 1 else gold


def _scorer():
    spec = importlib.util.spec_from_file_location("challenge_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    in_interval = module.in_interval
    module.in_interval = lambda gold, start, end=None: in_interval(_months(gold), start, end)
    return module


def _run(corpus: Path, store: Path) -> list[dict]:
    cmd = [sys.executable, "-m", "analysis", "timeline", "--corpus", str(corpus), "--format", "json",
           "--window-from", "1900-01-01", "--window-to", "2100-12-31"]
    env = {**os.environ, "STORYTRACE_STORE_DIR": str(store)}
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def content_words(text: str) -> list[str]:
    words = [w.lower().replace("’", "'").rstrip(".,") for w in _WORD.findall(text or "")]
    return [re.sub(r"'s$", "", w) for w in words if w not in _STOP and len(w) > 1]


def f1(label: str, gold: str) -> float:
    a, b = set(content_words(label)), set(content_words(gold))
    common = len(a & b)
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def _finite(word: str, prev: str) -> bool:
    forms = verb_forms()
    low = word.lower()
    if low in _AUX_FINITE or low in _IRREGULAR_PAST:
        return True
    if not word.islower():
        return False
    if low in forms:
        v = forms[low]
        return low in (v.third, v.lemma) or (low.endswith("ed") and prev.lower() not in ("the", "a", "an"))
    if low.endswith("ed") and len(low) > 4:
        return True
    return low.endswith("s") and not low.endswith("ss") and (low[:-1] in forms or low[:-2] in forms)


def clause_faults(label: str) -> list[str]:
    """Why ``label`` does not read as a whole clause (empty: it does)."""
    faults = []
    text = label.strip()
    if _TICKER.search(text):
        faults.append("ticker")
    if _LIST_FIGURE.search(text):
        faults.append("list-figure")
    bare = re.sub(r"“[^”]*”?|\"[^\"]*\"", " Q ", text)
    words = _WORD.findall(bare)
    if not words:
        return faults + ["empty"]
    last = words[-1].lower()
    if last in _FUNCTION_END or re.search(r"[’']s$", words[-1]) and not text.endswith(("”", "\"")):
        faults.append("ends-on-function-word")
    if bare.rstrip().endswith("…"):
        faults.append("cut")
    if words[0].lower() in _NOT_SUBJECT_START:
        faults.append("no-subject")
    verb = next((k for k in range(1, len(words)) if _finite(words[k], words[k - 1])), None)
    if verb is None:
        faults.append("no-finite-verb")
    elif words[verb - 1].endswith(("’s", "'s")) and words[verb - 1][:1].isupper() and verb == len(words) - 1 or \
            (verb is not None and re.search(r"[’']s$", words[verb - 1]) and words[verb].lower() not in _AUX_FINITE
             and not words[verb].lower().endswith("s")):
        faults.append("possessive-subject")
    return faults


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", help="CORPUS_DIR GOLD_DIR, repeated")
    parser.add_argument("--worst", type=int, default=40)
    parser.add_argument("--dump", help="write every matched row (label, sentence, gold event, faults, F1) as JSON")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give corpus and gold folders in pairs")
    score = _scorer()
    every: list[dict] = []
    totals = [0, 0, 0.0, 0, 0, 0]
    with tempfile.TemporaryDirectory(prefix="labels-store-") as store:
        for corpus, gold_dir in zip(args.pairs[::2], args.pairs[1::2]):
            preds = _run(Path(corpus), Path(store))
            gold = score.load_gold(gold_dir)
            tp, fp, fn, _, _ = score.score_timeline(gold, preds)
            rows = []
            for fname, g in sorted(gold.items()):
                for e in g.get("dated_events", []):
                    if not e.get("date"):
                        continue
                    found = [p for p in preds if p.get("file") == fname
                             and score.fuzz.partial_ratio(score.norm(e["sentence"]), score.norm(p.get("sentence", ""))) >= 90
                             and score.in_interval(e["date"], p.get("date_start"), p.get("date_end"))]
                    # the sentence's own dated row before a share move's row; then by expression (a choice that
                    # does not hang on the labels, so two versions of the labels are compared on the same rows)
                    found.sort(key=lambda p: ("(share move)" in str(p.get("expression", "")), str(p.get("expression", "")),
                                              str(p.get("sentence", ""))))
                    if found:
                        p = found[0]
                        rows.append({"corpus": Path(corpus).name, "file": fname, "label": p.get("event", ""),
                                     "gold": e["event"], "sentence": p.get("sentence", ""),
                                     "expression": p.get("expression", ""), "faults": clause_faults(str(p.get("event", ""))),
                                     "f1": f1(str(p.get("event", "")), e["event"])})
            clause = sum(not r["faults"] for r in rows)
            mean = sum(r["f1"] for r in rows) / max(1, len(rows))
            print(f"{Path(corpus).name:<24} matched {len(rows):>3}  clause {clause / max(1, len(rows)):.3f} "
                  f"({clause}/{len(rows)})  F1 {mean:.3f}   timeline recall {tp}/{tp + fn} precision {tp}/{tp + fp}")
            every += rows
            for i, v in enumerate((len(rows), clause, sum(r["f1"] for r in rows), tp, fp, fn)):
                totals[i] += v
    n, clause, f1_sum, tp, fp, fn = totals
    print(f"{'TOTAL':<24} matched {n:>3}  clause {clause / max(1, n):.3f} ({clause}/{n})  F1 {f1_sum / max(1, n):.3f}"
          f"   timeline recall {tp}/{tp + fn} precision {tp}/{tp + fp}")
    faults: dict[str, int] = {}
    for r in every:
        for f in r["faults"]:
            faults[f] = faults.get(f, 0) + 1
    print("faults:", ", ".join(f"{k} {v}" for k, v in sorted(faults.items(), key=lambda kv: -kv[1])))
    if args.worst:
        print(f"\nworst {args.worst} labels")
        for r in sorted(every, key=lambda r: (-len(r["faults"]), r["f1"]))[: args.worst]:
            print(f"- [{r['corpus']}/{r['file']}] {r['label']!r}  faults={','.join(r['faults']) or '-'} F1={r['f1']:.2f}\n"
                  f"    gold: {r['gold']}\n    sent: {r['sentence'][:220]}")
    if args.dump:
        Path(args.dump).write_text(json.dumps(every, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
