"""Benchmark: how long one chart export takes once the shared renderer (kaleido on Chromium) is warm.

    python bench/bench_export.py

Prints the cold start and the warm time per format for the seed corpus's Coverage chart. Nothing here is
asserted by the tests.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.corpus.coverage import render_coverage_chart  # noqa: E402
from analysis.corpus.load import load_corpus  # noqa: E402
from analysis.report.bundle import figure_bytes  # noqa: E402


def main() -> None:
    figure = render_coverage_chart(load_corpus(ROOT / "seeds")).figure
    start = time.perf_counter()
    figure_bytes(figure, "png")
    print(f"cold start (browser launch + first PNG): {time.perf_counter() - start:.2f} s")
    for fmt in ("png", "svg", "pdf", "html"):
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            figure_bytes(figure, fmt)
            runs.append(time.perf_counter() - start)
        print(f"{fmt:>4}: best {min(runs):.3f} s, median {sorted(runs)[2]:.3f} s over 5 exports")


if __name__ == "__main__":
    main()
