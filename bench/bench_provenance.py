"""Outlet and publication date read from the articles themselves (issue 15), measured against a manifest.

    python bench/bench_provenance.py CORPUS_DIR [CORPUS_DIR ...] [-v]

Each folder must hold a ``manifest.csv`` (file, outlet, published). Its articles are copied without the manifest
into a temp folder and loaded as an upload would be; the outlet and date Storytrace reads from each article's own
text (byline, wire dateline, masthead line, page title, URL, copyright line) are compared with the manifest's.
Prints, per folder and in total: how many outlets are right, how many are left to the file name, how many dates are
right, wrong and missing (-v lists every miss).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import load_corpus  # noqa: E402
from analysis.corpus.load import read_manifest  # noqa: E402


def score(folder: Path, verbose: bool) -> dict[str, int]:
    manifest = read_manifest((folder / "manifest.csv").read_bytes()).reset_index()
    with tempfile.TemporaryDirectory(prefix="bench-provenance-") as tmp:
        for name in manifest["file"]:
            shutil.copy(folder / name, Path(tmp) / name)
        docs = load_corpus(tmp).docs.set_index("file")
    counts = {"articles": 0, "outlet_right": 0, "outlet_file_name": 0, "date_right": 0, "date_wrong": 0, "date_missing": 0}
    for row in manifest.itertuples(index=False):
        got = docs.loc[row.file]
        counts["articles"] += 1
        outlet_ok = str(got["outlet"]).casefold() == str(row.outlet).casefold()
        counts["outlet_right"] += outlet_ok
        counts["outlet_file_name"] += got["outlet_basis"] == "file name"
        want = pd.Timestamp(row.published).date() if str(row.published).strip() else None
        have = got["published"].date() if pd.notna(got["published"]) else None
        key = "date_missing" if have is None else ("date_right" if have == want else "date_wrong")
        counts[key] += 1
        if verbose and (not outlet_ok or key != "date_right"):
            print(f"  {folder.name}/{row.file}: outlet {got['outlet']!r} ({got['outlet_basis']}) want {row.outlet!r}; "
                  f"date {have} ({got['published_basis']}) want {want}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    total: dict[str, int] = {}
    for folder in args.folders:
        counts = score(folder, args.verbose)
        print(f"{folder.name:24} {_line(counts)}")
        total = {k: total.get(k, 0) + v for k, v in counts.items()}
    print(f"{'TOTAL':24} {_line(total)}")


def _line(c: dict[str, int]) -> str:
    n = c["articles"]
    return (f"outlets right {c['outlet_right']}/{n} (file name {c['outlet_file_name']}); dates right {c['date_right']}/{n}, "
            f"wrong {c['date_wrong']}, missing {c['date_missing']}")


if __name__ == "__main__":
    main()
