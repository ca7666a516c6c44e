"""Benchmark the source-overlap alignment on a synthetic corpus.

    python bench/bench_overlap.py                 # N = 100, 1000, 10000
    python bench/bench_overlap.py --n 1000 --n 5000
    python bench/bench_overlap.py --n 200 --check  # also compare with the brute-force reference

Builds N wire-style articles from sentence templates: originals, exact reprints, lightly edited copies,
garbled rewrites (word swaps) and articles that borrow a few quotes. Prints, per N, the seconds and peak
Python memory (tracemalloc) of :func:`analysis.overlap.sentence_matches`, plus the sentence and match counts.
Corpus building is not timed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.corpus import Corpus, build_corpus  # noqa: E402
from analysis.readers import RawArticle  # noqa: E402

COMPANIES = ["Nvidia", "Microsoft", "Alphabet", "Meta", "OpenAI", "Anthropic", "Broadcom", "ASML", "Oracle",
             "Siemens Energy", "Tencent", "Alibaba", "Baidu", "SoftBank", "Arm", "TSMC", "Samsung", "Intel", "AMD",
             "Cisco", "DeepSeek", "Mistral", "Cohere", "Huawei", "Xiaomi", "Amazon", "Apple", "Dell", "Micron"]
PEOPLE = ["Yann LeCun", "Sam Altman", "Mark Zuckerberg", "Satya Nadella", "Jensen Huang", "Lisa Su", "Dario Amodei",
          "Marc Andreessen", "Liang Wenfeng", "Sundar Pichai", "Demis Hassabis", "Arthur Mensch", "Aidan Gomez"]
PLACES = ["Silicon Valley", "Beijing", "Hangzhou", "London", "Paris", "Tokyo", "Seoul", "Shenzhen", "New York",
          "Washington", "Brussels", "Singapore", "Taipei", "Berlin", "Toronto"]
THINGS = ["reasoning model", "chip export rules", "data centre plans", "open-source release", "pricing cut",
          "earnings guidance", "training cluster", "inference costs", "benchmark results", "chatbot app",
          "capital spending", "cloud contract", "licensing deal", "safety policy", "GPU orders"]
VERBS = ["said", "told reporters", "wrote in a post", "added", "noted", "argued", "warned", "explained"]
TEMPLATES = [
    "{c1} shares fell {p}% on {day} after {c2} unveiled its {t}, wiping billions off its market value.",
    "Analysts at {c1} said the {t} could force rivals in {pl} to rethink their spending over the next {n} months.",
    "{pe} {v} that the {t} showed how quickly competitors in {pl} were catching up with {c1}.",
    "The company said its {t} had been built for a fraction of the cost of comparable systems from {c1} and {c2}.",
    "Investors in {pl} sold technology stocks on {day}, with {c1} down {p}% and {c2} losing {q}% by the close.",
    "Regulators in {pl} are expected to review the {t} before {c1} can offer it to customers there.",
    "{c1} declined to comment on the {t}, but people familiar with the matter said talks with {c2} were continuing.",
    "In a statement on {day}, {c1} said it would invest ${n} billion in its {t} this year.",
    "The {t} from {c1} topped a popular leaderboard within {n} days of its release in {pl}.",
    "\u201cWe did not expect the {t} to move this fast,\u201d {pe} {v}, adding that {c1} would respond within weeks.",
    "\u201cThis is a wake-up call for everyone working on the {t} in {pl},\u201d {pe} {v}.",
    "{pe}, who has long backed the {t}, {v} that open research lets {c1} build on the work of {c2}.",
    "Trading volumes at {c1} were {n} times their usual level on {day}, exchange data showed.",
    "The sell-off spread to suppliers such as {c1} and {c2}, which depend on demand for the {t}.",
    "Some economists in {pl} cautioned that the market reaction to the {t} might be overdone.",
    "{c1} has not disclosed how many GPUs it used to train the {t}, a question raised by {pe} on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SWAPS = {"said": "stated", "shares": "stocks", "fell": "dropped", "company": "firm", "expected": "anticipated",
         "rivals": "competitors", "cost": "price", "customers": "clients", "release": "launch", "quickly": "fast",
         "continuing": "ongoing", "close": "end", "long": "for years", "review": "examine", "usual": "normal"}
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


def _sentence(rng: random.Random) -> str:
    """A quarter of the time a slot-filled news template with a random tail, else a run of real news words (Zipf-weighted), so that
    unrelated sentences look alike only as much as real ones do."""
    if not _VOCAB:
        _VOCAB.extend(_vocabulary())
    tail = " ".join(rng.choices(_VOCAB, weights=[1 / (k + 10) for k in range(len(_VOCAB))], k=rng.randint(6, 14)))
    if rng.random() < 0.75:
        words = " ".join(rng.choices(_VOCAB, weights=[1 / (k + 10) for k in range(len(_VOCAB))], k=rng.randint(12, 26)))
        text = words[0].upper() + words[1:] + "."
        return f"\u201c{text[:-1]},\u201d {rng.choice(PEOPLE)} {rng.choice(VERBS)}." if rng.random() < 0.15 else text
    template = rng.choice(TEMPLATES)
    c1, c2 = rng.sample(COMPANIES, 2)
    body = template.format(
        c1=c1, c2=c2, pe=rng.choice(PEOPLE), pl=rng.choice(PLACES), t=rng.choice(THINGS), v=rng.choice(VERBS),
        day=rng.choice(DAYS), p=f"{rng.randint(1, 19)}.{rng.randint(0, 9)}", q=f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        n=rng.randint(2, 90),
    )
    return body[:-1] + ", " + tail + body[-1]


def _edit(sentence: str, rng: random.Random, rate: float) -> str:
    words = sentence.split()
    return " ".join(SWAPS.get(w, w) if rng.random() < rate else w for w in words)


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


def run(n: int, check: bool = False) -> None:
    from analysis.align import align_bruteforce
    from analysis.overlap import sentence_matches

    t0 = time.perf_counter()
    corpus = synthetic_corpus(n)
    built = time.perf_counter() - t0
    tracemalloc.start()
    t0 = time.perf_counter()
    matches = sentence_matches(corpus)
    seconds = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"N={n:>6} articles  sentences={len(corpus.sentences):>8}  matches={len(matches):>9}  "
        f"overlap={seconds:7.2f} s  peak={peak / 2**20:8.1f} MiB  (corpus build {built:.1f} s, not counted)",
        flush=True,
    )
    if check:
        from analysis.align import align_sentences

        fast = align_sentences(corpus)
        exact = align_bruteforce(corpus)
        key = ["doc_a", "sent_a", "doc_b"]
        missed = len(exact.merge(fast, on=key, how="left", indicator=True).query("_merge == 'left_only'"))
        print(f"         brute force: {len(exact)} matches, fast path missed {missed}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable; default 100, 1000, 10000)")
    parser.add_argument("--check", action="store_true", help="also run the brute-force reference (small N only)")
    args = parser.parse_args()
    for n in args.n or [100, 1000, 10000]:
        run(n, args.check)


if __name__ == "__main__":
    main()
