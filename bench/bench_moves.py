"""Bench for the share-move grammar (analysis.market).

Runs the extractor over the challenge set's moves articles (tuning set) and entities articles (held out),
scores both with the challenge scorer, prints recall and precision per construction, and times the extractor on
the story corpora. Usage (from the repo root):

    python bench/bench_moves.py [--no-speed] [--no-mentions] [-v] [--pred-dir DIR] [--speed-corpus DIR ...]

The entity mentions come from the current entity layer through a development adapter kept here only.
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
from datetime import date
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT / ".." / "shared"
CHALLENGE = SHARED / "challenge"

from analysis.market.extract import MOVE_COLUMNS, extract_article_moves, extract_moves  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("challenge_score", CHALLENGE / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mentions_by_doc(corpus) -> dict[str, pd.DataFrame]:
    """Development adapter: the old entity layer's mentions, renamed to the new frame's columns."""
    from analysis.entities import entity_mentions

    m = entity_mentions(corpus).rename(columns={"alias": "surface", "entity": "name"})
    return {doc: g.loc[:, ["start", "end", "surface", "name", "type"]] for doc, g in m.groupby("doc_id")}


def _shift_mentions(clean: str, body: str, mentions: pd.DataFrame | None) -> pd.DataFrame | None:
    """Move mention offsets from the cleaned text onto the raw body (the cleaner drops list and table lines)."""
    if mentions is None or mentions.empty:
        return None
    parts: list[pd.DataFrame] = []
    pos = 0
    for para in clean.split("\n\n"):
        at_clean = clean.find(para, pos)
        pos = at_clean + len(para)
        at_raw = body.find(para)
        if at_raw < 0 or not para:
            continue
        sel = mentions.loc[(mentions["start"] >= at_clean) & (mentions["end"] <= at_clean + len(para))]
        parts.append(sel.assign(start=sel["start"] - at_clean + at_raw, end=sel["end"] - at_clean + at_raw))
    return pd.concat(parts) if parts else None


def predict(folder: Path, use_mentions: bool = True) -> list[dict[str, object]]:
    """Rows ``file, company, pct, kind, ...`` for every article of a challenge folder."""
    from analysis.corpus import load_corpus

    manifest = pd.read_csv(folder / "manifest.csv", dtype=str).fillna("")
    mentions: dict[str, pd.DataFrame] = {}
    cleaned: dict[str, str] = {}
    if use_mentions:
        corpus = load_corpus(folder)
        mentions = _mentions_by_doc(corpus)
        cleaned = dict(zip(corpus.docs["file"], zip(corpus.docs["doc_id"], corpus.docs["text"])))  # type: ignore[arg-type]
    rows: list[dict[str, object]] = []
    for rec in manifest.itertuples(index=False):
        raw = (folder / rec.file).read_text(encoding="utf-8")
        title, _, body = raw.partition("\n")
        body = body.lstrip("\n")
        published = date.fromisoformat(rec.published) if rec.published else None
        ment = None
        if rec.file in cleaned:
            doc_id, clean = cleaned[rec.file]  # type: ignore[misc]
            ment = _shift_mentions(clean, body, mentions.get(doc_id))
        frame = extract_article_moves(title, body, published, ment)
        for r in frame.to_dict("records"):
            rows.append({"file": rec.file, **{k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items()}})
    return rows


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


def _speed(folder: str) -> None:
    from analysis.corpus import load_corpus

    if not Path(folder).exists():
        print(f"speed: {folder} missing")
        return
    corpus = load_corpus(folder)
    docs = corpus.docs
    empty = pd.DataFrame(columns=["start", "end", "surface", "name", "type"])
    extract_moves("Warm-up Corp fell 1% on Monday.", None, empty)  # load and compile the vocabulary first
    t0 = time.perf_counter()
    n = 0
    for text, pub in zip(docs["text"], docs["published"]):
        n += len(extract_moves(text, pub.date() if pd.notna(pub) else None, empty))
    dt = time.perf_counter() - t0
    print(f"speed {folder}: {len(docs)} docs, {docs['text'].str.len().sum() / 1e6:.1f} M chars, {n} moves, {dt:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-mentions", action="store_true", help="run the grammar without entity mentions")
    ap.add_argument("--pred-dir", default=tempfile.gettempdir())
    ap.add_argument("--speed-corpus", action="append", default=None,
                    help="story corpus folder to time (repeatable; default: story1000 and story10000 in the temp dir, "
                         "written by ../shared/bench/make_story_corpus.py N DIR)")
    ap.add_argument("-v", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    out = Path(args.pred_dir)
    run_set("moves", CHALLENGE / "moves", CHALLENGE / "moves_gold", out, not args.no_mentions, args.v)
    run_set("entities", CHALLENGE / "entities", CHALLENGE / "entities_gold", out, not args.no_mentions, args.v)
    if not args.no_speed:
        tmp = Path(tempfile.gettempdir())
        for folder in args.speed_corpus or [str(tmp / "story1000"), str(tmp / "story10000")]:
            _speed(folder)
    _ = MOVE_COLUMNS


if __name__ == "__main__":
    main()
