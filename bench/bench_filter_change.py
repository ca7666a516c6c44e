"""What a filter change costs on the Report page: the heavy steps run once per corpus version, then every filter
change only selects and draws.

    python bench/bench_filter_change.py                       # the seeds
    python bench/bench_filter_change.py --corpus /tmp/story1000

Prints the seconds of the first analysis (every heavy step, on the whole corpus) and of each filter change
(select + build every report chart, as the Report page does on a rerun).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import FilterState, analyse, load_corpus, select  # noqa: E402
from analysis.report.registry import collect_charts  # noqa: E402

STEPS = ("entity_mentions", "quotes", "matches", "timeline", "undated", "moves")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    args = parser.parse_args()
    t0 = time.perf_counter()
    corpus = load_corpus(args.corpus)
    print(f"load: {time.perf_counter() - t0:6.2f} s  ({len(corpus.docs)} articles)")
    analysis = analyse(corpus)
    for step in STEPS:
        t = time.perf_counter()
        getattr(analysis, step)
        print(f"{step:16s} {time.perf_counter() - t:6.2f} s (once per corpus version)")
    outlets = corpus.docs["outlet"].value_counts().index.tolist()
    entities = sorted(analysis.entity_index, key=lambda e: -len(analysis.entity_index[e]))
    states = [
        ("no filter", FilterState()),
        ("one outlet", FilterState(outlets=(outlets[0],))),
        ("two outlets", FilterState(outlets=tuple(outlets[:2]))),
        ("one entity", FilterState(entities=(entities[0],))),
    ]
    for label, state in states:
        t = time.perf_counter()
        charts, messages = collect_charts(select(analysis, state))
        print(f"filter change ({label:11s}): {time.perf_counter() - t:6.2f} s, {len(charts)} charts {messages or ''}")


if __name__ == "__main__":
    main()
