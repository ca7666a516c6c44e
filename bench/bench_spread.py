"""Speed and readability of the Spread view on a story corpus.

    python ../shared/bench/make_story_corpus.py 1000 /tmp/story1000
    python bench/bench_spread.py --corpus /tmp/story1000 [--png /tmp/spread.png]

Times the sentence alignment (shared with the overlap heatmap; once per corpus version), then what the Spread
page adds on top of it: the reuse links, the passage clusters and the chart; optionally writes the chart as PNG.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import FilterState, analyse, load_corpus, select  # noqa: E402
from analysis.overlap.align import DEFAULT_THRESHOLD  # noqa: E402
from analysis.overlap.spread import passage_clusters, reuse_edges  # noqa: E402
from analysis.overlap.spread_chart import render_spread_chart  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--png", help="write the chart here")
    args = parser.parse_args()
    t = time.perf_counter()
    corpus = load_corpus(args.corpus)
    print(f"load            {time.perf_counter() - t:6.2f} s  {len(corpus.docs)} articles")
    analysis = analyse(corpus)
    t = time.perf_counter()
    analysis.matches
    print(f"alignment       {time.perf_counter() - t:6.2f} s  (shared with the overlap heatmap)")
    sel = select(analysis, FilterState())
    t0 = time.perf_counter()
    matches = sel.matches(DEFAULT_THRESHOLD)
    edges = reuse_edges(sel.view, matches)
    t1 = time.perf_counter()
    clusters = passage_clusters(sel.view, matches)
    t2 = time.perf_counter()
    chart = render_spread_chart(sel.view, edges, "All articles")
    t3 = time.perf_counter()
    print(f"reuse links     {t1 - t0:6.2f} s  {len(edges)} links ({edges['kind'].value_counts().to_dict()})")
    print(f"passages        {t2 - t1:6.2f} s  {len(clusters)} passages carried by 2+ articles")
    print(f"chart           {t3 - t2:6.2f} s  {len(chart.data)} links drawn")
    print(f"spread in all   {t3 - t0:6.2f} s  after the alignment")
    if args.png:
        from analysis.report.render import figure_bytes

        Path(args.png).write_bytes(figure_bytes(chart.figure, "png"))
        print(f"wrote {args.png}")


if __name__ == "__main__":
    main()
