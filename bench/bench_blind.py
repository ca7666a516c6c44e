"""Score the CLI on a corpus with gold in the challenge set's schema, e.g. a blind corpus written after the code.

    python bench/bench_blind.py CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...] [-v]

For each pair: runs `python -m analysis moves|quotes|timeline|entities --corpus DIR --format json` as a user
would (a fresh store in a temp folder, the timeline over every date: `--window-from/--window-to` spanning the
corpus) and scores the rows with `../shared/challenge/score.py KIND GOLD_DIR PRED_JSON`. Prints recall and
precision per kind and story, and the totals. With -v the scorer lists misses and extras.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "challenge" / "score.py"
KINDS = ("moves", "quotes", "timeline", "entities")
_FIGURES = re.compile(r"recall [\d.]+ \((\d+)/(\d+)\), precision [\d.]+ \((\d+)/(\d+)\)")


def _run(kind: str, corpus: Path, store: Path) -> str:
    cmd = [sys.executable, "-m", "analysis", kind, "--corpus", str(corpus), "--format", "json"]
    if kind == "timeline":
        cmd += ["--window-from", "1900-01-01", "--window-to", "2100-12-31"]
    env = {**os.environ, "STORYTRACE_STORE_DIR": str(store)}
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout


def _score(kind: str, gold: Path, pred: Path, verbose: bool) -> tuple[int, int, int, str]:
    cmd = [sys.executable, str(SCORER), kind, str(gold), str(pred)] + (["-v"] if verbose else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
    m = _FIGURES.search(out)
    if not m:
        raise SystemExit(f"cannot read the scorer's output:\n{out}")
    tp, gold_n, pred_n = int(m.group(1)), int(m.group(2)), int(m.group(4))
    return tp, pred_n - tp, gold_n - tp, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", help="CORPUS_DIR GOLD_DIR, repeated")
    parser.add_argument("-v", action="store_true", help="list misses and extras")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give corpus and gold folders in pairs")
    totals = {k: [0, 0, 0] for k in args.kinds}
    with tempfile.TemporaryDirectory(prefix="blind-store-") as store:
        for corpus, gold in zip(args.pairs[::2], args.pairs[1::2]):
            for kind in args.kinds:
                pred = Path(store) / f"{Path(corpus).name}-{kind}.json"
                pred.write_text(_run(kind, Path(corpus), Path(store)), encoding="utf-8")
                tp, fp, fn, out = _score(kind, Path(gold), pred, args.v)
                for i, v in enumerate((tp, fp, fn)):
                    totals[kind][i] += v
                rec, prec = tp / max(1, tp + fn), tp / max(1, tp + fp)
                print(f"{Path(corpus).name:<24} {kind:<9} recall {rec:.3f} ({tp}/{tp + fn})  precision {prec:.3f} ({tp}/{tp + fp})")
                if args.v:
                    print(out)
    for kind, (tp, fp, fn) in totals.items():
        print(f"{'TOTAL':<24} {kind:<9} recall {tp / max(1, tp + fn):.3f} ({tp}/{tp + fn})  "
              f"precision {tp / max(1, tp + fp):.3f} ({tp}/{tp + fp})")


if __name__ == "__main__":
    main()
