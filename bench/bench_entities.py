"""Bench for the entity layer (analysis/entities).

usage: python bench/bench_entities.py [--set entities|moves|both|none] [-v] [--speed DIR] [--analysis DIR ...]

Runs `recognize_entities` + `link_entities` over the challenge folders, writes rows `file, entity, type`
(PERSON / ORG, story role only) to a temporary JSON file, runs the challenge scorer on it and prints recall and
precision per construction (E01..E09, M01..M19). With --speed DIR it also times the whole layer on a corpus
folder of .txt articles (e.g. one written by the shared make_story_corpus.py). With --analysis DIR it times
the product's step, `Analysis.entity_mentions` (headline + body, linking, edits), after `load_corpus(DIR)`.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.entities.aliases import link_entities  # noqa: E402
from analysis.entities.recognize import recognize_entities  # noqa: E402

SHARED = ROOT / ".." / "shared"
CHALLENGE = SHARED / "challenge"


def headline_end(text: str) -> int:
    """Offset where the headline ends: the first line, when a blank line follows it; else 0."""
    first = text.find("\n")
    if first > 0 and text[first + 1:first + 2] == "\n":
        return first
    return 0


def run_folder(folder: Path) -> pd.DataFrame:
    """Mentions of every .txt article in `folder`, linked across the folder."""
    frames = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = recognize_entities(text, headline_end(text))
        mentions["doc_id"] = path.name
        frames.append(mentions)
    return link_entities(pd.concat(frames, ignore_index=True))


def prediction_rows(linked: pd.DataFrame) -> list[dict[str, str]]:
    """One row per (file, entity, type) for story mentions typed PERSON or ORG."""
    keep = linked[(linked["role"] == "story") & linked["type"].isin(["PERSON", "ORG"])]
    rows = keep[["doc_id", "entity", "type"]].drop_duplicates()
    return [{"file": f, "entity": e, "type": t} for f, e, t in rows.itertuples(index=False)]


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("challenge_score", CHALLENGE / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def per_construction(gold_dir: Path, rows: list[dict[str, str]]) -> None:
    """Recall and precision per construction id (the case-id prefix)."""
    scorer = _load_scorer()
    gold = scorer.load_gold(str(gold_dir))
    by_cons: dict[str, dict] = defaultdict(dict)
    for fname, g in gold.items():
        by_cons[g.get("construction") or fname[:3].upper()][fname] = g
    for cons in sorted(by_cons):
        tp, fp, fn, _m, _x = scorer.score_entities(by_cons[cons], rows)
        rec = tp / (tp + fn) if tp + fn else 1.0
        prec = tp / (tp + fp) if tp + fp else 1.0
        print(f"  {cons}: recall {rec:.2f} ({tp}/{tp + fn})  precision {prec:.2f} ({tp}/{tp + fp})")


def score(name: str, verbose: bool) -> None:
    folder, gold_dir = CHALLENGE / name, CHALLENGE / f"{name}_gold"
    t0 = time.perf_counter()
    linked = run_folder(folder)
    elapsed = time.perf_counter() - t0
    rows = prediction_rows(linked)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({"rows": rows}, handle)
        pred = handle.name
    print(f"== challenge/{name}: {len(list(folder.glob('*.txt')))} articles in {elapsed:.2f} s")
    cmd = [sys.executable, str(CHALLENGE / "score.py"), "entities", str(gold_dir), pred] + (["-v"] if verbose else [])
    subprocess.run(cmd, check=False)
    per_construction(gold_dir, rows)
    Path(pred).unlink(missing_ok=True)


def speed(folder: Path) -> None:
    texts: list[tuple[str, str]] = []
    try:
        from analysis.corpus import load_corpus
        docs = load_corpus(str(folder)).docs
        texts = list(zip(docs["doc_id"].astype(str), docs["text"].astype(str)))
    except Exception:  # the corpus loader may move; plain files are enough for timing
        texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    t0 = time.perf_counter()
    c0 = time.process_time()
    frames = []
    for doc_id, text in texts:
        mentions = recognize_entities(text, headline_end(text))
        mentions["doc_id"] = doc_id
        frames.append(mentions)
    t1 = time.perf_counter()
    linked = link_entities(pd.concat(frames, ignore_index=True))
    t2 = time.perf_counter()
    cpu = time.process_time() - c0
    chars = sum(len(t) for _d, t in texts)
    print(f"== speed on {folder.name}: {len(texts)} docs, {chars / 1e6:.1f} M chars: recognize {t1 - t0:.2f} s, "
          f"link {t2 - t1:.2f} s, total {t2 - t0:.2f} s wall ({cpu:.2f} s CPU); {len(linked)} mentions, "
          f"{linked['entity'].nunique()} entities")


def analysis_speed(folder: Path) -> None:
    """Time `analyse(load_corpus(folder)).entity_mentions` (loading and cleaning not timed)."""
    import os

    from analysis import analyse, load_corpus
    t0 = time.perf_counter()
    corpus = load_corpus(str(folder))
    t1 = time.perf_counter()
    c0 = time.process_time()
    mentions = analyse(corpus).entity_mentions
    t2 = time.perf_counter()
    cpu = time.process_time() - c0
    load = os.getloadavg()[0]
    print(f"== Analysis.entity_mentions on {folder.name}: {len(corpus.docs)} docs (load {t1 - t0:.1f} s, not timed): "
          f"{t2 - t1:.2f} s wall, {cpu:.2f} s CPU; {len(mentions)} mentions, {mentions['entity'].nunique()} entities; "
          f"machine load average {load:.1f} on {os.cpu_count()} cores")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="both", choices=["entities", "moves", "both", "none"])
    ap.add_argument("--speed", default="")
    ap.add_argument("--analysis", action="append", default=[])
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    from analysis.entities.catalog import get_lexicon
    get_lexicon()  # load once before timing
    for name in {"both": ["entities", "moves"], "none": []}.get(args.set, [args.set]):
        score(name, args.v)
    if args.speed:
        speed(Path(args.speed))
    for folder in args.analysis:
        analysis_speed(Path(folder))


if __name__ == "__main__":
    main()
