"""Nothing lost silently, measured: load corpus folders and list every line of an article's text as read that is
neither in its cleaned text, its title nor its removals (:func:`analysis.corpus.conservation.unlisted_lines`), the
removals by reason (the removal census), and, with gold folders, every gold ``sentence`` not found in the cleaned
text or the title.

    python bench/bench_conservation.py CORPUS_DIR [GOLD_DIR] [CORPUS_DIR [GOLD_DIR] ...] [--external] [-v]

A folder whose name ends in ``_gold`` is the gold of the corpus before it. ``--external`` also builds the PolNeAR
and TempEval-3 texts (``../shared/external``, read with its ``make_corpus.py``, into a temporary folder) as one
corpus. ``--furniture FILE`` wraps every plain-text article in the page furniture of FILE first (as ``bench_furniture.py``
does; e.g. ``bench/data/page_furniture_heldout.json``). ``-v`` prints every unlisted line and lost gold sentence, and
every removal of a headline line, a site's name or the date line.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
EXTERNAL = ROOT.parent / "shared" / "external"

from analysis.corpus.conservation import texts_as_read, unlisted_lines  # noqa: E402
from analysis.corpus.cleaning import dedupe_key  # noqa: E402
from analysis.corpus.load import load_corpus  # noqa: E402
from bench_furniture import wrapped_copy  # noqa: E402

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Words only, lower case (bullets, quote styles and line breaks aside)."""
    return " " + " ".join(dedupe_key(line) for line in text.splitlines()) + " "


def _gold_sentences(gold: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(gold.glob("*.json")):
        stack = [json.loads(path.read_text(encoding="utf-8"))]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "sentence" and isinstance(value, str) and value.strip():
                        out.append((path.stem, value))
                    else:
                        stack.append(value)
            elif isinstance(node, list):
                stack.extend(node)
    return out


def check(folder: Path, gold: Path | None, verbose: bool) -> collections.Counter:
    corpus = load_corpus(folder)
    texts = texts_as_read(corpus)
    lost = unlisted_lines(corpus, texts)
    lines = sum(1 for t in texts.values() for line in t.splitlines() if line.strip())
    reasons = collections.Counter(re.sub(r" \(first at line \d+\)", "", r) for r in corpus.removals["reason"])
    missing = []
    if gold is not None:
        text = {Path(f).stem: _norm(f"{t}\n{x}").replace("  ", " ") for f, t, x in zip(corpus.docs["file"], corpus.docs["title"].fillna(""), corpus.docs["text"])}
        missing = [(stem, s) for stem, s in _gold_sentences(gold) if _norm(s).replace("  ", " ") not in text.get(stem, "")]
    print(f"{folder.name:<24} docs {len(corpus.docs):>4}  lines {lines:>6}  removals {len(corpus.removals):>5}  "
          f"unlisted {len(lost):>4}" + (f"  gold sentences lost {len(missing)}" if gold is not None else ""))
    if verbose:
        for row in lost.itertuples(index=False):
            print(f"    unlisted {row.doc_id}:{row.line_no}: {row.text[:140]}")
        for stem, s in missing:
            print(f"    gold lost {stem}: {s[:140]}")
        for row in corpus.removals.itertuples(index=False):
            if "read as the headline" in row.reason or row.reason.startswith(("site name", "date line (read")):
                print(f"    {row.reason[:60]:<60} {row.doc_id}:{row.line_no}: {row.text[:100]}")
    return collections.Counter({"docs": len(corpus.docs), "lines": lines, "removals": len(corpus.removals),
                                "unlisted": len(lost), "gold lost": len(missing), **{f"reason: {k}": v for k, v in reasons.items()}})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--external", action="store_true")
    parser.add_argument("--furniture", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    pairs: list[tuple[Path, Path | None]] = []
    for folder in args.folders:
        if folder.name.endswith("_gold") and pairs:
            pairs[-1] = (pairs[-1][0], folder)
        else:
            pairs.append((folder, None))
    total: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="conservation-") as tmp:
        if args.external:
            for part in ("polnear-dev", "polnear-train", "tempeval3-train"):
                subprocess.run([sys.executable, str(EXTERNAL / "make_corpus.py"), str(EXTERNAL / part), str(Path(tmp) / part)],
                               check=True, capture_output=True)
                pairs.append((Path(tmp) / part, None))
        if args.furniture is not None:
            pages = json.loads(args.furniture.read_text(encoding="utf-8"))
            wrapped = []
            for folder, gold in pairs:
                out = Path(tmp) / "wrapped" / folder.name
                wrapped_copy(folder, out, pages, args.seed)
                wrapped.append((out, gold))
            pairs = wrapped
        for folder, gold in pairs:
            total += check(folder, gold, args.v)
    print("TOTAL  " + "  ".join(f"{k} {total[k]}" for k in ("docs", "lines", "removals", "unlisted", "gold lost")))
    for key in sorted(k for k in total if k.startswith("reason: ")):
        print(f"    {key[8:]:<60} {total[key]:>6}")


if __name__ == "__main__":
    main()
