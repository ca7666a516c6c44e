"""Bench for share moves (analysis.market), through the product path.

Loads the challenge set's moves articles (tuning set) and entities articles (held out) as corpora, takes the
``moves`` step of ``analyse(corpus)`` (the same rows ``python -m analysis moves`` prints), scores both with the
challenge scorer, prints recall and precision per construction, and times ``extract_moves(corpus)`` after loading
on the story corpora. Usage (from the repo root):

    python bench/bench_moves.py [--no-speed] [--no-mentions] [-v] [--pred-dir DIR] [--speed-corpus DIR ...]
"""

from __future__ import annotations

import argparse
import os
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT / ".." / "shared"
CHALLENGE = SHARED / "challenge"

from analysis import analyse  # noqa: E402
from analysis.corpus import load_corpus  # noqa: E402
from analysis.market import moves as moves_module  # noqa: E402
from analysis.market.moves import MOVE_COLUMNS, extract_moves, moves_table  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("challenge_score", CHALLENGE / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(folder: Path, use_mentions: bool = True) -> list[dict[str, object]]:
    """Rows ``file, company, pct, kind, ...`` for every article of a challenge folder: the ``moves`` step of the
    pipeline (with the entity layer's mentions) or, with ``use_mentions=False``, ``extract_moves(corpus)`` alone."""
    frame = analyse(load_corpus(folder)).moves if use_mentions else extract_moves(load_corpus(folder))
    table = moves_table(frame)
    return [{k: (None if pd.isna(v) else v) for k, v in r.items()} for r in table.to_dict("records")]


def _date_text(row: dict[str, object]) -> str:
    if row.get("period_start") and row.get("period_end"):
        return f"{row['period_start']}/{row['period_end']}"
    return str(row.get("session_date") or "")


DETAIL: list[str] = []


def per_construction(gold_dir: Path, rows: list[dict[str, object]]) -> dict[str, list[int]]:
    """{construction: [found, gold, extra, qualifier agrees, date agrees]} with the scorer's name matching, one
    to one. Qualifier and date disagreements are collected in :data:`DETAIL`."""
    score = _scorer()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    by_file: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in rows:
        if r.get("kind", "share") == "share":
            by_file[str(r["file"])].append(r)
    for path in sorted(gold_dir.glob("*.json")):
        g = json.loads(path.read_text())
        key = g["construction"]
        preds = list(by_file.get(g["file"], []))
        used: set[int] = set()
        for m in g["share_moves"]:
            stats[key][1] += 1
            for i, p in enumerate(preds):
                if i not in used and abs(float(p["pct"]) - m["pct"]) <= 0.01 and score.same_company(m["company"], str(p["company"])):
                    used.add(i)
                    stats[key][0] += 1
                    stats[key][3] += p.get("qualifier") == m["qualifier"]
                    stats[key][4] += _date_text(p) == m["date_resolved"]
                    if p.get("qualifier") != m["qualifier"] or _date_text(p) != m["date_resolved"]:
                        DETAIL.append(f"{g['file']} {m['company']} {m['pct']}: qualifier {p.get('qualifier')} vs "
                                      f"{m['qualifier']}, date {_date_text(p)} vs {m['date_resolved']}")
                    break
        stats[key][2] += len(preds) - len(used)
    return dict(stats)


def index_recall(gold_dir: Path, rows: list[dict[str, object]]) -> tuple[int, int, int]:
    """(found, gold, extra) for index moves, matched on file and pct only (the scorer does not score them)."""
    by_file: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        if r.get("kind") == "index":
            by_file[str(r["file"])].append(float(r["pct"]))  # type: ignore[arg-type]
    found = total = extra = 0
    for path in sorted(gold_dir.glob("*.json")):
        g = json.loads(path.read_text())
        left = list(by_file.get(g["file"], []))
        for m in g["index_moves"]:
            total += 1
            hit = next((p for p in left if abs(p - m["pct"]) <= 0.01), None)
            if hit is not None:
                found += 1
                left.remove(hit)
        extra += len(left)
    return found, total, extra


def _print_table(stats: dict[str, list[int]]) -> None:
    print(f"{'constr':7} {'found':>5} {'gold':>5} {'extra':>5} {'recall':>7} {'prec':>7} {'qual ok':>7} {'date ok':>7}")
    tot = [0, 0, 0, 0, 0]
    for key in sorted(stats):
        f, g, e, q, d = stats[key]
        tot = [a + b for a, b in zip(tot, stats[key])]
        print(f"{key:7} {f:5} {g:5} {e:5} {f / g if g else 1:7.3f} {f / (f + e) if f + e else 1:7.3f} {q:7} {d:7}")
    f, g, e, q, d = tot
    print(f"{'total':7} {f:5} {g:5} {e:5} {f / g if g else 1:7.3f} {f / (f + e) if f + e else 1:7.3f} {q:7} {d:7}")


def run_set(name: str, folder: Path, gold: Path, out_dir: Path, use_mentions: bool, verbose: bool) -> None:
    rows = predict(folder, use_mentions)
    pred = out_dir / f"pred_moves_{name}.json"
    pred.write_text(json.dumps({"rows": rows}, indent=1, default=str), encoding="utf-8")
    print(f"\n### {name}: {len(rows)} rows -> {pred}")
    args = [sys.executable, str(CHALLENGE / "score.py"), "moves", str(gold), str(pred)] + (["-v"] if verbose else [])
    res = subprocess.run(args, capture_output=True, text=True, check=False)
    print(res.stdout.strip())
    DETAIL.clear()
    _print_table(per_construction(gold, rows))
    if verbose:
        print("\n".join(DETAIL))
    found, total, extra = index_recall(gold, rows)
    print(f"index moves (file + pct only): found {found}/{total}, extra {extra}")


def _speed(folder: str, pipeline: bool) -> None:
    """Time ``extract_moves(corpus)`` after loading: a first read (content-hash memo emptied) and a re-read of the
    same documents (a new corpus version with nothing new); with ``pipeline`` also the entity mentions the app
    computes first and the moves step with them."""
    if not Path(folder).exists():
        print(f"speed: {folder} missing")
        return
    corpus = load_corpus(folder)
    docs = corpus.docs
    extract_moves(corpus.subset(list(docs["doc_id"].head(5))))  # load and compile the vocabulary first
    moves_module._MEMO.clear()
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    n = len(extract_moves(corpus))
    first, first_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    extract_moves(corpus)
    again = time.perf_counter() - t0
    print(f"speed {folder}: {len(docs)} docs, {docs['text'].str.len().sum() / 1e6:.1f} M chars, {n} moves; "
          f"extract_moves first read {first:.2f} s wall / {first_cpu:.2f} s CPU, re-read (memo) {again:.2f} s; "
          f"load average {load:.2f}")
    if pipeline:
        moves_module._MEMO.clear()
        analysis = analyse(corpus)
        t0 = time.perf_counter()
        _ = analysis.entity_mentions
        t_ent = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        _ = analysis.moves
        print(f"  pipeline: entity mentions {t_ent:.2f} s, then moves with mentions {time.perf_counter() - t0:.2f} s "
              f"wall / {time.process_time() - c0:.2f} s CPU")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--speed-only", action="store_true", help="skip the challenge sets")
    ap.add_argument("--pipeline-speed", action="store_true", help="also time the entity mentions and the moves step with them")
    ap.add_argument("--no-mentions", action="store_true", help="run the grammar without entity mentions")
    ap.add_argument("--pred-dir", default=tempfile.gettempdir())
    ap.add_argument("--speed-corpus", action="append", default=None,
                    help="story corpus folder to time (repeatable; default: story1000 and story10000 in the temp dir, "
                         "written by ../shared/bench/make_story_corpus.py N DIR)")
    ap.add_argument("-v", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    out = Path(args.pred_dir)
    if not args.speed_only:
        run_set("moves", CHALLENGE / "moves", CHALLENGE / "moves_gold", out, not args.no_mentions, args.v)
        run_set("entities", CHALLENGE / "entities", CHALLENGE / "entities_gold", out, not args.no_mentions, args.v)
    if not args.no_speed:
        tmp = Path(tempfile.gettempdir())
        for folder in args.speed_corpus or [str(tmp / "story1000"), str(tmp / "story10000")]:
            _speed(folder, args.pipeline_speed)
    _ = MOVE_COLUMNS


if __name__ == "__main__":
    main()
