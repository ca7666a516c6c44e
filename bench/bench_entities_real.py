"""Bench for the entity layer on real news: a hand-annotated sample of TempEval-3 train.

usage: python bench/bench_entities_real.py [-v] [--heldout [--heldout-details]]

`bench/data/entities_real/` holds the gold people and organisations (names only, never the texts) of 40
TempEval-3 train documents: the sorted document ids, every 6th from the first, annotated by hand with the
challenge conventions. The first 25 (`"construction": "tune"`) are the tuning split; the last 15
(`"construction": "heldout"`) are read only for the first-run and final figures, never to choose a rule.

The script links those documents from `../shared/external/tempeval3-train/` into a temporary folder, writes a
corpus with the shared `make_corpus.py`, runs the product path (`python -m analysis entities --corpus DIR
--format json`) and scores each split with the challenge scorer (`score_entities`). `-v` lists the misses and
extras of the tune split only. The held-out figures are printed only with `--heldout` (first run and end of a
round), and `--heldout-details` lists their misses and extras.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SOURCE = SHARED / "external" / "tempeval3-train"
GOLD = ROOT / "bench" / "data" / "entities_real"


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("challenge_score", SHARED / "challenge" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def predict(gold: dict, work: Path) -> list[dict]:
    """Corpus of the gold's documents written by make_corpus.py, then the CLI's entity rows for it."""
    src, corpus = work / "json", work / "corpus"
    src.mkdir()
    for fname in gold:
        stem = fname[:-len(".txt")]
        (src / f"{stem}.json").symlink_to((SOURCE / f"{stem}.json").resolve())
    subprocess.run([sys.executable, str(SHARED / "external" / "make_corpus.py"), str(src), str(corpus)],
                   check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run([sys.executable, "-m", "analysis", "entities", "--corpus", str(corpus), "--format", "json"],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true", help="list misses and extras of the tune split")
    ap.add_argument("--heldout", action="store_true", help="score the held-out split too (first run and end only)")
    ap.add_argument("--heldout-details", action="store_true", help="list misses and extras of the held-out split")
    args = ap.parse_args()
    scorer = _load_scorer()
    gold = scorer.load_gold(str(GOLD))
    with tempfile.TemporaryDirectory() as tmp:
        rows = predict(gold, Path(tmp))
    for split in ("tune", "heldout") if args.heldout or args.heldout_details else ("tune",):
        part = {f: g for f, g in gold.items() if g.get("construction") == split}
        tp, fp, fn, misses, extras = scorer.score_entities(part, rows)
        rec = tp / (tp + fn) if tp + fn else 1.0
        prec = tp / (tp + fp) if tp + fp else 1.0
        print(f"== {split}: {len(part)} docs  recall {rec:.3f} ({tp}/{tp + fn})  precision {prec:.3f} "
              f"({tp}/{tp + fp}, {fp} extra rows)")
        if (split == "tune" and args.v) or (split == "heldout" and args.heldout_details):
            for m in misses:
                print("  missed:", m)
            for x in extras:
                print("  extra:", x)


if __name__ == "__main__":
    main()
