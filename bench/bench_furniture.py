"""Is extraction fooled by page furniture? Wrap every article of a scored corpus in the furniture of a scraped
web page (menus, share buttons, market-data widgets, "Related" headlines that report other share moves and
quotes, comment sections, author bios, cookie and copyright lines) and score it again against the same gold.

    python bench/bench_furniture.py CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...] [--furniture FILE] [-v]

The furniture adds no gold item, so any change in recall or precision is the furniture's doing. Each plain-text
article gets one page template of ``--furniture`` (a JSON list of ``{"site", "top", "inline", "bottom"}``: lines
before the article, lines put between its paragraphs, lines after it), chosen and placed by a seeded random
generator; ``.html`` files are left as they are (they carry their own page). Three furniture files are kept in
``bench/data``, each a list of invented sites: ``page_furniture_tune.json`` (written with the cleaning code at hand),
``page_furniture_tune2.json`` (written by someone who had not seen the cleaning code; scored once blind, then tuned
on) and ``page_furniture_heldout.json`` (written the same way; scored, never tuned on). See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_blind import KINDS, _run, _score  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


def wrap(text: str, page: dict, rng: random.Random) -> str:
    """``text`` as a scraped page of ``page`` would give it: its top lines, the article with one or two of its
    inline lines between paragraphs (never before the second), its bottom lines."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    inline = list(page.get("inline", []))
    rng.shuffle(inline)
    for line in inline[: rng.randint(1, 2)]:
        if len(paras) > 2:
            paras.insert(rng.randint(2, len(paras) - 1), line)
    return "\n".join(page["top"]) + "\n\n" + "\n\n".join(paras) + "\n\n" + "\n".join(page["bottom"]) + "\n"


def wrapped_copy(corpus: Path, out: Path, pages: list[dict], seed: int) -> int:
    """Copy ``corpus`` to ``out`` with every ``.txt``/``.md`` article wrapped; returns how many were wrapped."""
    rng = random.Random(f"{seed}:{corpus.name}")
    shutil.copytree(corpus, out)
    n = 0
    for path in sorted(out.iterdir()):
        if path.suffix.lower() in (".txt", ".md"):
            path.write_text(wrap(path.read_text(encoding="utf-8"), rng.choice(pages), rng), encoding="utf-8")
            n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", help="CORPUS_DIR GOLD_DIR, repeated")
    parser.add_argument("--furniture", type=Path, default=DATA / "page_furniture_tune.json")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("-v", action="store_true", help="list the misses and extras the furniture caused")
    args = parser.parse_args()
    pages = json.loads(args.furniture.read_text(encoding="utf-8"))
    totals = {(k, v): [0, 0, 0] for k in args.kinds for v in ("plain", "wrapped")}
    with tempfile.TemporaryDirectory(prefix="furniture-") as tmp:
        for corpus, gold in zip(args.pairs[::2], args.pairs[1::2]):
            corpus, gold = Path(corpus), Path(gold)
            wrapped = Path(tmp) / "pages" / corpus.name
            n = wrapped_copy(corpus, wrapped, pages, args.seed)
            for kind in args.kinds:
                line = f"{corpus.name:<22} {kind:<9}"
                listed: dict[str, list[str]] = {}
                for version, folder in (("plain", corpus), ("wrapped", wrapped)):
                    store = Path(tmp) / f"store-{version}"
                    pred = Path(tmp) / f"{corpus.name}-{kind}-{version}.json"
                    pred.write_text(_run(kind, folder, store), encoding="utf-8")
                    tp, fp, fn, out = _score(kind, gold, pred, args.v)
                    listed[version] = [x for x in out.splitlines() if x.strip().startswith(("miss", "extra"))]
                    for i, v in enumerate((tp, fp, fn)):
                        totals[(kind, version)][i] += v
                    line += f"  {version} {tp / max(1, tp + fn):.3f}/{tp / max(1, tp + fp):.3f}"
                print(line + f"  ({n} articles wrapped)")
                if args.v:  # what the furniture changed: the wrapped corpus's misses and extras the plain one lacks
                    for x in sorted(set(listed["wrapped"]) - set(listed["plain"])):
                        print("   ", x.strip())
    for kind in args.kinds:
        cells = []
        for version in ("plain", "wrapped"):
            tp, fp, fn = totals[(kind, version)]
            cells.append(f"{version} recall {tp / max(1, tp + fn):.3f} ({tp}/{tp + fn}) precision "
                         f"{tp / max(1, tp + fp):.3f} ({tp}/{tp + fp})")
        print(f"{'TOTAL':<22} {kind:<9}  " + "  ·  ".join(cells))


if __name__ == "__main__":
    main()
