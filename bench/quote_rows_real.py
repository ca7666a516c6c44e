"""The quote rows of real text without quote gold (TempEval-3 train), and counts of a construction in real text.

    python bench/quote_rows_real.py rows OUT_JSON [--root CHECKOUT]
        # `python -m analysis quotes` on TempEval-3 train, run in CHECKOUT (default: this one), rows to OUT_JSON;
        # run it in a checkout of the old code and in this one, then `diff OLD NEW`
    python bench/quote_rows_real.py diff OLD_JSON NEW_JSON
        # the rows (file, start, speaker, quote) one run has and the other has not
    python bench/quote_rows_real.py count REGEX [--examples N]
        # how many times REGEX (Python, multiline) matches in the texts of PolNeAR train and TempEval-3 train,
        # with N matches printed in their context

Texts are read in place from ``../shared/external`` (the corpus for the CLI is written to a temporary folder and
removed); nothing of them is kept in the project.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTERNAL = ROOT / ".." / "shared" / "external"


def rows(out: Path, root: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="qrr-") as tmp:
        corpus = Path(tmp) / "corpus"
        subprocess.run([sys.executable, str(EXTERNAL / "make_corpus.py"), str(EXTERNAL / "tempeval3-train"),
                        str(corpus)], check=True, stdout=subprocess.DEVNULL)
        env_store = Path(tmp) / "store"
        res = subprocess.run([sys.executable, "-m", "analysis", "quotes", "--corpus", str(corpus), "--format", "json"],
                             check=True, capture_output=True, text=True, cwd=root,
                             env={**os.environ, "STORYTRACE_STORE_DIR": str(env_store)})
    out.write_text(res.stdout, encoding="utf-8")
    print(f"{len(json.loads(res.stdout))} rows -> {out}")


def _keys(path: Path) -> set[tuple[str, int, str, str]]:
    return {(str(r.get("file")), int(r.get("start", -1)), str(r.get("speaker") or ""), str(r.get("quote"))[:80])
            for r in json.loads(path.read_text(encoding="utf-8"))}


def diff(old: Path, new: Path) -> None:
    a, b = _keys(old), _keys(new)
    for sign, rows_ in (("-", sorted(a - b)), ("+", sorted(b - a))):
        for f, s, who, q in rows_:
            print(f"{sign} {f} {s} {who!r}: {q}")
    print(f"{len(a - b)} rows only in the old run, {len(b - a)} only in the new")


def _texts() -> list[tuple[str, str]]:
    out = []
    for part in ("polnear-train", "tempeval3-train"):
        for p in sorted((EXTERNAL / part).glob("*.json")):
            doc = json.loads(p.read_text(encoding="utf-8"))
            out.append((f"{part}/{p.stem}", str(doc.get("text") or "")))
    return out


def count(pattern: str, examples: int) -> None:
    rx = re.compile(pattern, re.M)
    n = shown = 0
    for name, text in _texts():
        for m in rx.finditer(text):
            n += 1
            if shown < examples:
                shown += 1
                ctx = text[max(0, m.start() - 100):m.end() + 100].replace("\n", " / ")
                print(f"{name}: …{ctx}…")
    print(f"{n} matches in PolNeAR train and TempEval-3 train")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rows")
    r.add_argument("out", type=Path)
    r.add_argument("--root", type=Path, default=ROOT)
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    c = sub.add_parser("count")
    c.add_argument("regex")
    c.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    if args.cmd == "rows":
        rows(args.out, args.root.resolve())
    elif args.cmd == "diff":
        diff(args.old, args.new)
    else:
        count(args.regex, args.examples)


if __name__ == "__main__":
    main()
