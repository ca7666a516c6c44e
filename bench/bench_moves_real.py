"""Which share and index moves the CLI reads in real news written by others (no gold: a precision check by reading).

    python bench/bench_moves_real.py [--out FILE] [--against FILE]

Builds a corpus, in a temp folder, of the texts of ``../shared/external`` (PolNeAR train and dev, TempEval-3 train) that
carry a percent figure or a doubling word, with their publication dates, runs ``python -m analysis moves`` on it as a
user would (entity layer included) and prints every move found. ``--out`` keeps the rows as JSON; ``--against`` prints
only the rows that differ from such a file (an earlier run, e.g. on the main branch), so a rule change shows what it
changes on text nobody here wrote. The texts are read at run time and never copied into the project.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_blind import _run  # noqa: E402

EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"
#: A percent, a doubling word or a fraction word (the moves read "lost a third of its value", "cut in half" too).
_FIGURE = re.compile(r"\d\s*(?:%|percent|per cent)|doubled|tripled|halved|\bhalf\b|"
                     r"\b(?:a|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?)\b", re.IGNORECASE)


def build(folder: Path) -> int:
    """Write the external texts with a figure as a corpus (one .txt each and a manifest) into ``folder``."""
    rows = []
    for path in sorted(EXTERNAL.glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = doc["text"]
        if not _FIGURE.search(text):
            continue
        title = " ".join((doc.get("title") or "").split()) or "Untitled"
        name = path.stem[:60] + ".txt"
        (folder / name).write_text(f"{title}\n\n{text.strip()}\n", encoding="utf-8")
        published = (doc.get("dct") or doc.get("publication_date") or "")[:10]
        rows.append([name, doc.get("publisher") or "Unknown", "", published, title])
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "url", "published", "title"])
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the rows found as JSON")
    parser.add_argument("--against", type=Path, help="print only the rows that differ from this earlier --out")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="moves-real-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        n = build(corpus)
        found = json.loads(_run("moves", corpus, Path(tmp) / "store") or "[]")
    rows = [[r["file"], r["kind"], r["company"], r["pct"], r["sentence"]] for r in found]
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{n} texts with a figure; {len(rows)} moves "
          f"({sum(r[1] == 'share' for r in rows)} share, {sum(r[1] == 'index' for r in rows)} index)")
    if args.against:
        before = {tuple(r[:4]) for r in json.loads(args.against.read_text(encoding="utf-8"))}
        after = {tuple(r[:4]) for r in rows}
        for r in sorted(before - after):
            print("-", *r)
        for r in sorted(after - before):
            print("+", *r)
        return
    for file, kind, company, pct, sentence in rows:
        print(f"{file[:40]:40} {kind:5} {company[:30]:30} {pct:>7} | {sentence[:100]}")


if __name__ == "__main__":
    main()
