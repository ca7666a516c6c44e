"""The build at scale (issue 17): every heavy step of the realistic story corpus, N = 1,000 / 10,000 / 50,000,
in this process and on a two-worker local Dask cluster.

    python bench/bench_build.py                              # N = 1000 and 10000, both paths
    python bench/bench_build.py --sizes 1000 10000 50000 --paths inprocess dask
    python bench/bench_build.py --sizes 10000 --incremental  # instead: one article added to a built corpus

Each build runs as the user runs it (`python -m analysis build --corpus DIR [--workers 2]`), in its own process,
with an empty store in a temp folder, on a corpus written by `../shared/bench/make_story_corpus.py N DIR` (reused
from the temp folder when it is already there). Prints per-stage seconds (wall; CPU of the main process),
articles per second, articles per second per core, the load average before and after, and peak RSS of the main
process and of each Dask worker. The app's figures at scale come from `bench/bench_app_speed.py --corpus DIR`
run after a build.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
MAKER = ROOT.parent / "shared" / "bench" / "make_story_corpus.py"
CORES = os.cpu_count() or 1


def story_corpus(n: int) -> Path:
    """The N-article story corpus in the temp folder, written once."""
    folder = Path(tempfile.gettempdir()) / f"story{n}"
    if not (folder.is_dir() and len(list(folder.glob("*.txt"))) >= n):
        subprocess.run([sys.executable, str(MAKER), str(n), str(folder)], check=True)
    return folder


def run_build(corpus: Path, store: Path, workers: int) -> tuple[pd.DataFrame, dict[str, float], float]:
    """One `build` in a fresh process: its stage table, the loaded/peak figures from stderr, and the wall time."""
    cmd = [sys.executable, "-m", "analysis", "build", "--corpus", str(corpus)]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    env = {**os.environ, "STORYTRACE_STORE_DIR": str(store)}
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    stages = pd.read_csv(io.StringIO(proc.stdout))
    facts: dict[str, float] = {}
    if m := re.search(r"loaded [\d,]+ articles in ([\d.]+) s \(([\d.]+) s CPU\)", proc.stderr):
        facts["load_s"], facts["load_cpu_s"] = float(m.group(1)), float(m.group(2))
    if m := re.search(r"this process (\d+) MiB", proc.stderr):
        facts["peak_mb"] = float(m.group(1))
    workers_mb = [float(v) for v in re.findall(r"worker \d+ (\d+) MiB", proc.stderr)]
    if workers_mb:
        facts["worker_peak_mb"] = max(workers_mb)
    if m := re.search(r"CPU of the workers: ([\d.]+) s", proc.stderr):
        facts["worker_cpu_s"] = float(m.group(1))
    return stages, facts, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--paths", nargs="+", choices=("inprocess", "dask"), default=["inprocess", "dask"])
    parser.add_argument("--incremental", action="store_true",
                        help="instead: time adding one article to a built corpus (a fresh copy of it)")
    args = parser.parse_args()
    if args.incremental:
        for n in args.sizes:
            incremental(n)
        return
    for n in args.sizes:
        corpus = story_corpus(n)
        for path in args.paths:
            workers = 2 if path == "dask" else 0
            load_before = os.getloadavg()[0]
            with tempfile.TemporaryDirectory(prefix="bench-store-") as store:
                stages, facts, wall = run_build(corpus, Path(store), workers)
                load_after = os.getloadavg()[0]
                print(f"\n## N={n:,} {path} (load average {load_before:.1f} -> {load_after:.1f}, {CORES} cores)")
                print(stages.loc[:, ["stage", "seconds", "cpu_seconds", "rows", "computed_docs"]].to_string(index=False))
                print(f"load {facts.get('load_s', float('nan')):.1f} s; whole command {wall:.1f} s = "
                      f"{n / wall:.0f} articles/s ({n / wall / CORES:.0f} per core); peak RSS main "
                      f"{facts.get('peak_mb', float('nan')):.0f} MiB"
                      + (f", worker {facts['worker_peak_mb']:.0f} MiB" if "worker_peak_mb" in facts else "")
                      + (f"; CPU of the workers {facts['worker_cpu_s']:.1f} s" if "worker_cpu_s" in facts else ""))


def incremental(n: int) -> None:
    """Build a fresh copy of the N-article corpus, add one article, build again (each the user's command in its
    own process, in this process's path) and print what the second build computed."""
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as tmp:
        extra, store = Path(tmp) / "corpus", Path(tmp) / "store"
        subprocess.run(["cp", "-r", str(story_corpus(n)), str(extra)], check=True)
        first, _, first_wall = run_build(extra, store, 0)
        late = extra / "zz_late.txt"
        if late.exists():
            sys.exit(f"{late.name} is already in the story corpus: remove it from {story_corpus(n)}")
        late.write_text(
            "Chipmakers rebound\n\nShares of Nvidia rose 8.9% on Tuesday after Monday's rout, traders said. "
            "\"We are buying the dip,\" said Jane Roe, a fund manager at Example Capital.\n", encoding="utf-8")
        load_before = os.getloadavg()[0]
        stages, facts, wall = run_build(extra, store, 0)
        print(f"\n## one article added to {n:,} (load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}): whole "
              f"command {wall:.1f} s, first build {first_wall:.1f} s; load {facts.get('load_s', float('nan')):.1f} s")
        print(stages.loc[:, ["stage", "seconds", "cpu_seconds", "computed_docs"]].to_string(index=False))


if __name__ == "__main__":
    main()
