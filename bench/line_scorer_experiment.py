"""A learned line scorer for page furniture, trained on one writer's page sets and measured on another's, against the
rules on the same split (an experiment: the engine does not use it).

    python bench/line_scorer_experiment.py --train PAGES CLEAN [PAGES CLEAN ...] --test PAGES CLEAN [...]
                                           [--real DIR ...] [--shape-only] [-v]

Each page line is labelled by its page set's clean original: article text exactly when the clean text holds the same
line (the page sets keep the article's lines whole), furniture otherwise. A logistic regression (numpy, L2, batch
gradient descent) reads each line's shape (length, words, capitals, digits, %, arrows, bars, dates, sentence stops,
quotation marks, small words), its place in the page, its neighbours' shape, how many pages of its folder print it, and
its words (hashed). Its threshold is the lowest that drops no article line of the training pages. On the test pairs it
prints what the rules keep (the pipeline: :func:`analysis.corpus.prepare.prepare_texts` then the template pass), how
many of the furniture lines among them the scorer would remove, and how many article lines it would drop; on ``--real``
folders (real texts, no gold) how many kept lines it would drop (each is listed with -v: read them).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.corpus.cleaning import normalize_line  # noqa: E402
from analysis.corpus.prepare import prepare_texts  # noqa: E402
from analysis.corpus.templates import drop_template_lines  # noqa: E402
from bench_page_lines import _texts  # noqa: E402  (the page folder read as the line tool reads it)

#: Hashed word features (a vocabulary of furniture learned from the training pages).
HASH_BUCKETS = 2048
L2 = 1.0
#: Whether the words are features (--shape-only: the line's shape, place and neighbours alone).
USE_WORDS = True
STEPS = 400
RATE = 0.5
_WORD_RE = re.compile(r"[A-Za-z]+|\d+")
_SMALL_WORDS = frozenset("the a an of to in on and for that with at by from is was were said says has have".split())
_DATE_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _lines(text: str) -> list[str]:
    return [x for x in (normalize_line(raw) for raw in text.splitlines()) if x]


def _shape(line: str) -> list[float]:
    """The shape features of one line."""
    words = line.split()
    n = max(len(words), 1)
    caps = sum(w[:1].isupper() for w in words) / n
    small = sum(w.lower() in _SMALL_WORDS for w in words) / n
    digits = sum(ch.isdigit() for ch in line) / max(len(line), 1)
    stops = len(re.findall(r"[.!?](?:\s|$)", line))
    return [math.log1p(len(line)), math.log1p(len(words)), caps, small, digits, float("%" in line),
            float(any(a in line for a in "▲▼△▽↑↓")), line.count("|") + line.count("·"), float(bool(_DATE_RE.search(line))),
            min(stops, 5), float(line[-1:] in ".!?\"”’"), float(any(q in line for q in "\"“”")),
            float(":" in line[:40]), float(line.startswith(("By ", "by "))), float(line.isupper())]


def _features(lines: list[str], repeats: Counter) -> np.ndarray:
    """One row per line: its shape, its place, its neighbours' shape, its repeats in the folder, its hashed words."""
    shapes = [_shape(x) for x in lines]
    blank = [0.0] * len(shapes[0]) if shapes else []
    rows = []
    for i, line in enumerate(lines):
        place = i / max(len(lines) - 1, 1)
        prev = shapes[i - 1] if i else blank
        nxt = shapes[i + 1] if i + 1 < len(lines) else blank
        dense = [1.0, place, float(i < 3), float(i >= len(lines) - 3), math.log1p(repeats[line] - 1)] + shapes[i] + prev + nxt
        hashed = np.zeros(HASH_BUCKETS)
        for w in _WORD_RE.findall(line.lower()) if USE_WORDS else ():
            hashed[zlib.crc32(w.encode()) % HASH_BUCKETS] = 1.0
        rows.append(np.concatenate([np.array(dense), hashed]))
    return np.array(rows) if rows else np.zeros((0, 5 + 3 * len(blank) + HASH_BUCKETS))


def _folder_lines(pages: Path) -> tuple[dict[str, list[str]], Counter]:
    texts = _texts(pages)
    lines = {name: _lines(text) for name, text in texts.items()}
    repeats = Counter(x for ls in lines.values() for x in set(ls))
    return lines, repeats


def _labelled(pairs: list[tuple[Path, Path]]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for pages, clean in pairs:
        lines, repeats = _folder_lines(pages)
        clean_texts = _texts(clean)
        for name, ls in lines.items():
            if name not in clean_texts or not ls:
                continue
            article = set(_lines(clean_texts[name]))
            xs.append(_features(ls, repeats))
            ys.append(np.array([0.0 if x in article else 1.0 for x in ls]))
    return np.vstack(xs), np.concatenate(ys)


def train(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weights of a logistic regression (furniture = 1) on standardised features, with the mean and scale."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    mean[0], scale[0] = 0.0, 1.0  # the bias column
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-z @ w))
        w -= RATE * (z.T @ (p - y) / len(y) + L2 * w / len(y))
    return w, mean, scale


def score(model: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, mean, scale = model
    return 1 / (1 + np.exp(-((x - mean) / scale) @ w))


def _kept(texts: list[str]) -> list[tuple[str, ...]]:
    prepared = drop_template_lines(texts, prepare_texts(texts, parallel_min=10**9))
    return [clean.paragraphs for clean, _ in prepared]


def _kept_scores(model, pages: Path) -> list[tuple[str, str, float]]:
    """(name, kept line, furniture score) for each line the rules keep in a folder's pages."""
    lines, repeats = _folder_lines(pages)
    texts = _texts(pages)
    names = [n for n in texts if lines.get(n)]
    out = []
    for name, kept in zip(names, _kept([texts[n] for n in names])):
        ls = lines[name]
        scores = dict(zip(ls, score(model, _features(ls, repeats))))
        out += [(name, p, float(scores.get(p, 0.0))) for p in kept]  # a line the cleaning rewrote: not scored
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", nargs="+", required=True)
    parser.add_argument("--test", nargs="+", required=True)
    parser.add_argument("--real", nargs="*", default=[])
    parser.add_argument("--shape-only", action="store_true", help="leave the words out of the features")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    global USE_WORDS
    USE_WORDS = not args.shape_only
    pairs = [(Path(a), Path(b)) for a, b in zip(args.train[::2], args.train[1::2])]
    x, y = _labelled(pairs)
    model = train(x, y)
    p = score(model, x)
    threshold = float(p[y == 0].max()) + 1e-9  # the lowest that drops no training article line
    print(f"train: lines {len(y)} furniture {int(y.sum())} | threshold {threshold:.3f} | furniture removed at it "
          f"{int((p[y == 1] >= threshold).sum())}")
    for pages, clean in zip(args.test[::2], args.test[1::2]):
        clean_texts = _texts(Path(clean))  # article lines as the clean text, cleaned alone, keeps them
        article = {n: set(k) for n, k in zip(clean_texts, _kept(list(clean_texts.values())))}
        rows = [r for r in _kept_scores(model, Path(pages)) if r[0] in article]
        leaks = [r for r in rows if r[1] not in article[r[0]]]
        arts = [r for r in rows if r[1] in article[r[0]]]
        for t in (threshold, 0.9, 0.5):
            took = sum(s >= t for _, _, s in leaks)
            lost = sum(s >= t for _, _, s in arts)
            print(f"{pages}: kept {len(rows)} (furniture {len(leaks)}) | at {t:.3f}: furniture removed {took}, "
                  f"article lines dropped {lost}")
        if args.v:
            for name, line, s in leaks + arts:
                if s >= 0.5:
                    print(f"   {'FURN' if (name, line, s) in leaks else 'ART '} {s:.2f} {name}: {line[:110]}")
    for folder in args.real:
        rows = _kept_scores(model, Path(folder))
        dropped = [r for r in rows if r[2] >= threshold]
        print(f"{folder}: kept {len(rows)} | dropped at {threshold:.3f}: {len(dropped)}")
        if args.v:
            for name, line, s in dropped:
                print(f"   {s:.2f} {name}: {line[:120]}")


if __name__ == "__main__":
    main()
