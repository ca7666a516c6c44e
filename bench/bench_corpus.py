"""Benchmark: reading, cleaning and sentence-splitting a corpus of N synthetic scraped articles.

    python bench/bench_corpus.py               # N = 100, 1000, 10000
    python bench/bench_corpus.py --n 5000

Articles are built from the seed sentences, shuffled, wrapped in page furniture (navigation, share widgets,
related posts, a cookie notice) and, for one in five, with the body printed twice. Prints seconds, articles per
second and peak resident memory for each N. No figure here is asserted by the tests.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.corpus.load import load_corpus  # noqa: E402
from analysis.corpus.prepare import _CLEAN_MEMO  # noqa: E402
from analysis.corpus.sentences import split_sentences  # noqa: E402

HEADER = "• Home\n• Markets\n• Login\nWednesday, February 4, 2026\nNo Result\nView All Result\n"
FOOTER = (
    "Tags: markets ai chips\nShare15Tweet10Send\nRelated Posts\nStocks to watch this week\nFebruary 3, 2026\n"
    "© 2025 Example News\nThis website uses cookies. By continuing to use this website you consent to cookies.\n"
)


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    sentences = [
        s
        for p in sorted((ROOT / "seeds").glob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
        for s in split_sentences(line)
        if len(s.split()) >= 8
    ]
    for i in range(n):
        body = [" ".join(rng.sample(sentences, 3)) for _ in range(rng.randint(8, 20))]
        if i % 5 == 0:
            body = body + body
        text = f"{HEADER}Headline number {i} about the chip selloff\nJanuary {1 + i % 28}, 2025\n" + "\n\n".join(body) + "\n" + FOOTER
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")


def run(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(folder, n)
        _CLEAN_MEMO.clear()
        start = time.perf_counter()
        corpus = load_corpus(folder)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        load_corpus(folder)
        warm = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"N={n:>6}  load+clean+split {cold:7.2f} s ({n / cold:8.0f} articles/s)  "
        f"reload (memoised cleaning) {warm:6.2f} s  sentences {len(corpus.sentences):>8}  peak RSS {peak_mb:7.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable); default 100, 1000, 10000")
    args = parser.parse_args()
    for n in args.n or [100, 1000, 10000]:
        run(n)


if __name__ == "__main__":
    main()
