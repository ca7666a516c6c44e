"""Benchmark the source-overlap alignment on a synthetic corpus.

    python bench/bench_overlap.py                 # N = 100, 1000, 10000
    python bench/bench_overlap.py --n 1000 --n 5000
    python bench/bench_overlap.py --n 200 --check  # also compare with the brute-force reference

Builds N wire-style articles from sentence templates: originals, exact reprints, lightly edited copies,
garbled rewrites (word swaps) and articles that borrow a few quotes. Prints, per N, the seconds of
:func:`analysis.overlap.sentence_matches` (alignment, quote marks, kinds), the peak resident memory of the
process (each N runs in a fresh process) and the sentence and match counts. Corpus building is not timed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.corpus.load import Corpus, build_corpus  # noqa: E402
from analysis.corpus.readers import RawArticle  # noqa: E402

COMPANIES = ["Nvidia", "Microsoft", "Alphabet", "Meta", "OpenAI", "Anthropic", "Broadcom", "ASML", "Oracle",
             "Siemens Energy", "Tencent", "Alibaba", "Baidu", "SoftBank", "Arm", "TSMC", "Samsung", "Intel", "AMD",
             "Cisco", "DeepSeek", "Mistral", "Cohere", "Huawei", "Xiaomi", "Amazon", "Apple", "Dell", "Micron"]
PEOPLE = ["Yann LeCun", "Sam Altman", "Mark Zuckerberg", "Satya Nadella", "Jensen Huang", "Lisa Su", "Dario Amodei",
          "Marc Andreessen", "Liang Wenfeng", "Sundar Pichai", "Demis Hassabis", "Arthur Mensch", "Aidan Gomez"]
PLACES = ["Silicon Valley", "Beijing", "Hangzhou", "London", "Paris", "Tokyo", "Seoul", "Shenzhen", "New York",
          "Washington", "Brussels", "Singapore", "Taipei", "Berlin", "Toronto"]
SWAPS = {"said": "stated", "shares": "stocks", "fell": "dropped", "company": "firm", "expected": "anticipated",
         "rivals": "competitors", "cost": "price", "customers": "clients", "release": "launch", "quickly": "fast",
         "continuing": "ongoing", "close": "end", "long": "for years", "review": "examine", "usual": "normal"}
VERBS = ["said", "told reporters", "wrote in a post", "added", "noted", "argued", "warned", "explained"]
#: Copies are taken from the last WINDOW articles (a story wave), so reprint clusters stay realistic in size.
WINDOW = 200
OUTLETS = [f"Outlet {i:03d}" for i in range(200)]


def _vocabulary() -> list[str]:
    """Words of the seed articles, most frequent first (real English news vocabulary, offline)."""
    from collections import Counter

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    counts: Counter[str] = Counter()
    for path in sorted(seeds.glob("*.txt")):
        counts.update(w for w in re.findall(r"[A-Za-z][a-z'’-]+", path.read_text(encoding="utf-8", errors="replace")))
    return [w for w, _ in counts.most_common()]


_VOCAB: list[str] = []
_WEIGHTS: list[float] = []


def _sentence(rng: random.Random) -> str:
    """A run of real news words (Zipf-weighted by their frequency in the seeds) with a company, a person or
    a place and a figure dropped in; one in seven is a quote with an attribution. Unrelated sentences look
    alike only as much as real ones do (fixed sentence templates would make every article match every other)."""
    if not _VOCAB:
        _VOCAB.extend(_vocabulary())
        _WEIGHTS.extend(1 / (k + 10) for k in range(len(_VOCAB)))
    words = rng.choices(_VOCAB, weights=_WEIGHTS, k=rng.randint(10, 24))
    for name in (rng.choice(COMPANIES), rng.choice(PEOPLE + PLACES), f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"):
        words.insert(rng.randrange(len(words) + 1), name)
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    if rng.random() < 1 / 7:
        return f"\u201c{text},\u201d {rng.choice(PEOPLE)} {rng.choice(VERBS)}."
    return text + "."


def _edit(sentence: str, rng: random.Random, rate: float) -> str:
    """Swap known words for synonyms, and replace or drop about ``rate / 4`` of the other words."""
    out: list[str] = []
    for word in sentence.split():
        if word in SWAPS and rng.random() < rate:
            out.append(SWAPS[word])
        elif rng.random() < rate / 4:
            if rng.random() < 0.5:
                out.append(rng.choice(_VOCAB[:300]))
        else:
            out.append(word)
    return " ".join(out)


def synthetic_articles(n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """``n`` articles as (file name, outlet, text). Paragraphs of 1-2 sentences separated by blank lines."""
    rng = random.Random(seed)
    bodies: list[list[str]] = []
    out: list[tuple[str, str, str]] = []
    for i in range(n):
        roll = rng.random()
        if bodies and roll < 0.15:  # exact reprint
            body = list(rng.choice(bodies[-WINDOW:]))
        elif bodies and roll < 0.30:  # lightly edited copy: a few word swaps, a sentence dropped, one added
            src = rng.choice(bodies[-WINDOW:])
            body = [_edit(s, rng, 0.3) for s in src if rng.random() > 0.1] + [_sentence(rng)]
        elif bodies and roll < 0.40:  # garbled rewrite: many swaps
            body = [_edit(s, rng, 0.9) for s in rng.choice(bodies[-WINDOW:])]
        else:  # original, sometimes borrowing quotes from an earlier article
            body = [_sentence(rng) for _ in range(rng.randint(18, 32))]
            if bodies and rng.random() < 0.3:
                quotes = [s for s in rng.choice(bodies[-WINDOW:]) if s.startswith("\u201c")]
                body[3:3] = quotes[:3]
        bodies.append(body)
        paragraphs = [" ".join(body[j : j + 2]) for j in range(0, len(body), 2)]
        out.append((f"{i:05d}.txt", rng.choice(OUTLETS), "\n\n".join(paragraphs)))
    return out


def synthetic_corpus(n: int, seed: int = 7) -> Corpus:
    """A cleaned :class:`Corpus` of :func:`synthetic_articles`."""
    records = [(RawArticle(file=f, text=t, outlet=o), {}, "corpus") for f, o, t in synthetic_articles(n, seed)]
    return build_corpus(records)


def _rss_mib() -> float:
    """Peak resident memory of this process so far (MiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, check: bool = False) -> None:
    """Build the corpus (not timed), then time :func:`sentence_matches` on it and print one line."""
    from analysis.overlap.score import sentence_matches

    t0 = time.perf_counter()
    corpus = synthetic_corpus(n)
    built, rss_before = time.perf_counter() - t0, _rss_mib()
    t0 = time.perf_counter()
    matches = sentence_matches(corpus)
    seconds = time.perf_counter() - t0
    print(
        f"N={n:>6} articles  sentences={len(corpus.sentences):>8}  matches={len(matches):>9}  "
        f"overlap={seconds:7.2f} s  peak RSS={_rss_mib():8.1f} MiB (after corpus build: {rss_before:.1f} MiB; "
        f"corpus build {built:.1f} s, not counted)",
        flush=True,
    )
    if check:
        from analysis.overlap.align import align_bruteforce, align_sentences

        fast = align_sentences(corpus)
        exact = align_bruteforce(corpus)
        key = ["doc_a", "sent_a", "doc_b"]
        missed = len(exact.merge(fast, on=key, how="left", indicator=True).query("_merge == 'left_only'"))
        print(f"         brute force: {len(exact)} matches, fast path missed {missed}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable; default 100, 1000, 10000)")
    parser.add_argument("--check", action="store_true", help="also run the brute-force reference (small N only)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = args.n or [100, 1000, 10000]
    if args.one:
        run(sizes[0], args.check)
        return
    print(f"{os.cpu_count()} CPU(s); each N runs in its own process so peak memory is per N", flush=True)
    for n in sizes:  # a fresh process per N: peak RSS then belongs to that N alone
        subprocess.run([sys.executable, __file__, "--one", "--n", str(n)] + (["--check"] if args.check else []), check=True)


if __name__ == "__main__":
    main()
