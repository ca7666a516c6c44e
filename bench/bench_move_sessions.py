"""Score the session (or period) of each share move found, against a corpus with gold in the challenge set's schema.

    python bench/bench_move_sessions.py CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...] [-v]

The scorer of ``../shared/challenge/score.py moves`` counts a move found when its company and figure match; it does not
look at the day. The market-reaction chart puts each one-session move on its session and draws a multi-day move as a
period, so a "fell 12% this week" read as Friday's move is a wrong bar. For every gold share move that the CLI finds
(matched as that scorer matches, company and figure), this compares the gold's ``date_resolved`` with the row's
session (``session_date``) or period (``period_start`` to ``period_end``): a period shown as one session (the gold
gives an interval, a week, a month or a year; the row one day, even a day inside it: the chart draws a one-session
bar), a session shown as a period, right (the scorer's own interval test) or another day, or undated (the row has no
day; the gold has one). Gold moves with no ``date_resolved`` are not counted. -v lists the wrong rows.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "challenge" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("challenge_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _moves(corpus: Path, store: Path) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "analysis", "moves", "--corpus", str(corpus), "--format", "json"],
                         cwd=ROOT, env={**os.environ, "STORYTRACE_STORE_DIR": str(store)},
                         capture_output=True, text=True, check=True).stdout
    out_path = store / f"{corpus.parent.name}-{corpus.name}-moves.json"
    out_path.write_text(out, encoding="utf-8")
    return out_path


def _row_span(row: dict) -> tuple[str | None, str | None, bool]:
    """The days a row stands for and whether it is a period."""
    if row.get("period_start") and row.get("period_end"):
        return str(row["period_start"])[:10], str(row["period_end"])[:10], True
    if row.get("session_date"):
        day = str(row["session_date"])[:10]
        return day, day, False
    return None, None, False


def score(corpus: Path, gold_dir: Path, store: Path, sc, verbose: bool) -> Counter:
    gold = sc.load_gold(str(gold_dir))
    preds = sc.pred_rows(str(_moves(corpus, store)))
    tally: Counter = Counter()
    used: set[int] = set()
    for fname in sorted(gold):
        for m in gold[fname].get("share_moves", []):
            hit = None
            for i, p in enumerate(preds):
                if i in used or p.get("file") != fname or (p.get("kind") or "share") != "share":
                    continue
                try:
                    pct = float(p.get("pct"))
                except (TypeError, ValueError):
                    continue
                if abs(pct - float(m["pct"])) < 0.011 and sc.same_company(p.get("company"), m["company"]):
                    hit = i
                    break
            if hit is None:
                continue
            used.add(hit)
            when = m.get("date_resolved")
            if not when:
                continue
            start, end, period = _row_span(preds[hit])
            gold_period = "/" in when or len(when) < 10  # an interval, a week, a month or a year
            if start is None:
                verdict = "undated"
            elif gold_period and not period:
                verdict = "period shown as a session"  # right or not, the chart draws one session's bar
            elif period and not gold_period:
                verdict = "session shown as a period"
            elif sc.in_interval(when, start, end):
                verdict = "right"
            else:
                verdict = "another day"
            tally[verdict] += 1
            if verbose and verdict != "right":
                print(f"  {corpus.parent.name}/{fname}: {m['company']} {m['pct']} gold {when} | row {start}..{end} "
                      f"[{verdict}] {m.get('sentence', '')[:110]}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", help="CORPUS_DIR GOLD_DIR, repeated")
    parser.add_argument("-v", action="store_true", help="list the rows whose day is not right")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give corpus and gold folders in pairs")
    sc = _scorer()
    total: Counter = Counter()
    with tempfile.TemporaryDirectory(prefix="move-sessions-") as store:
        for corpus, gold in zip(args.pairs[::2], args.pairs[1::2]):
            tally = score(Path(corpus), Path(gold), Path(store), sc, args.v)
            total += tally
            n = sum(tally.values())
            print(f"{Path(corpus).parent.name:<12} right {tally['right']}/{n}  " +
                  "  ".join(f"{k} {v}" for k, v in sorted(tally.items()) if k != "right"))
    n = sum(total.values())
    print(f"TOTAL        right {total['right']}/{n} ({total['right'] / max(n, 1):.3f})  " +
          "  ".join(f"{k} {v}" for k, v in sorted(total.items()) if k != "right"))


if __name__ == "__main__":
    main()
