"""Benchmark: reading, cleaning and sentence-splitting a corpus of N synthetic scraped articles.

    python bench/bench_corpus.py               # N = 100, 1000, 10000
    python bench/bench_corpus.py --n 5000
    python bench/bench_corpus.py --prepare-digest OUT.json [--corpus DIR ...] [--against BASE.json]

``--prepare-digest`` is the equality harness of the cleaning code: it runs ``prepare_text`` on every article of
the seeds, the test fixtures, the challenge set (``../shared/challenge/``), a synthetic page-furniture corpus, a
corpus of mutated lines (entities, odd spaces, bullets, debris, date lines, tables, line endings) and every
``--corpus DIR`` (e.g. a story corpus, the PolNeAR/TempEval folders written by
``../shared/external/make_corpus.py``), hashes each result (texts, sentence spans, removals, title, dateline,
site name, line sources) and, for folders of at most 2,000 files, the whole ``load_corpus`` tables (docs,
sentences, removals, problems, paragraphs). It prints the CPU seconds of the ``prepare_text`` loop per set and
writes every digest to OUT.json; with ``--against`` it lists every set and article whose digest differs.

Articles are built from the seed sentences, shuffled, wrapped in page furniture (navigation, share widgets,
related posts, a cookie notice) and, for one in five, with the body printed twice. Prints seconds, articles per
second and peak resident memory for each N. No figure here is asserted by the tests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.corpus.load import Corpus, list_article_files, load_corpus  # noqa: E402
from analysis.corpus.prepare import _CLEAN_MEMO, prepare_text, to_json  # noqa: E402
from analysis.corpus.readers import read_article_bytes  # noqa: E402
from analysis.errors import BadInputFile  # noqa: E402
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


SHARED = ROOT.parent / "shared"
#: Folders whose whole ``load_corpus`` tables are hashed too (bigger ones only per article).
LOAD_DIGEST_MAX_FILES = 2000


def _mutations(rng: random.Random, line: str) -> str:
    """``line`` with zero to three of the changes a scraped page brings (entities, odd spaces, bullets, debris)."""
    edits = [
        lambda t: "• " + t, lambda t: "- " + t, lambda t: "* " + t, lambda t: t.replace(" ", "\u00a0", 3),
        lambda t: t.replace(" ", "  \t", 2), lambda t: t.replace("'", "&#8217;").replace("&", "&amp;"),
        lambda t: "\u200b" + t + "\ufeff", lambda t: t + " {{/usCountry}}", lambda t: "<div class='x'>" + t + "</div>",
        lambda t: t.upper(), lambda t: t.lower(), lambda t: t[: len(t) // 2], lambda t: t + " | " + t[:20] + " | +2.5%",
        lambda t: t.replace("e", "e\u0301", 2), lambda t: "  " + t + "   ", lambda t: t.rstrip(".") + ".”",
        lambda t: "By Jane Doe, " + t[:30], lambda t: t + " Photo: Getty Images.", lambda t: t.replace(".", ". ", 2),
        lambda t: t.title(), lambda t: t.replace("k", "\u212a").replace("s", "\u017f", 2),
        lambda t: t.replace("i", "\u0131", 1).replace("I", "\u0130"), lambda t: t.replace(" ", "\t"),
    ]
    for _ in range(rng.randint(0, 3)):
        line = rng.choice(edits)(line)
    return line


_EXTRA_LINES = (
    "Published: January 28, 2025 10:30 am ET", "Updated Mon, 27 Jan 2025 14:05 GMT", "2025-01-27", "Jan. 28, 2025",
    "Tuesday, January 28th, 2025 | Updated 09:15", "posted on 28 January 2025", "28 of January, 2025 5:30 p.m.",
    "Share this article", "Share15Tweet10Send", "Home | News | Business | Tech", "Company | Friday | Week | YTD",
    "Nvidia (NVDA) | -17.0% | -3.1% | +1.2%", "Meituan: -4.87%", "Top losers:", "SoftBank Group (9984) +6.2 pct",
    "© 2025 Example Wire. All rights reserved.", "Copyright 2024-25 The Daily Example, all rights reserved",
    "Also Read: Stocks to watch", "Tags: markets ai", "Related Posts", "12 comments", "3 min read",
    "Reporting by Jane Doe; Editing by John Roe", "Let us know what you think in the comments below.",
    "Sign up for our newsletter to get updates in your inbox", "Photo credit: Example", "[1/3] A trader works",
    "hello@example.com", "https://example.com/story", "This website uses cookies to improve your experience.",
    "Login", "Forgot password?", "Username or email address and password", "Advertisement", "Trending", "",
    "<span>", "{% block %}", "&nbsp;", "\u00a0\u00a0", "Leave a reply", "You may also like", "About the author",
)


def mutated_texts(n: int, seed: int = 11) -> list[tuple[str, str]]:
    """``n`` synthetic articles of lines taken from the seeds and the challenge set, mutated and mixed with
    page furniture, date lines, tables and repeats, with LF, CRLF or CR line endings."""
    rng = random.Random(seed)
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((SHARED / "challenge").glob("*/*.txt"))
    lines = [ln for p in files for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    out = []
    for i in range(n):
        body = [_mutations(rng, rng.choice(lines)) for _ in range(rng.randint(1, 25))]
        for _ in range(rng.randint(0, 8)):
            extra = rng.choice(_EXTRA_LINES)
            body.insert(rng.randint(0, len(body)), _mutations(rng, extra) if rng.random() < 0.5 else extra)
        if body and rng.random() < 0.3:
            body.extend(_mutations(rng, ln) for ln in body[: rng.randint(1, len(body))])
        sep = rng.choice(["\n", "\n\n", "\r\n", "\r", "\n \n"])
        out.append((f"mutated_{i:05d}", sep.join(body) + rng.choice(["", "\n", sep])))
    return out


def folder_texts(folder: Path) -> list[tuple[str, str]]:
    """``(name, text)`` of every article of ``folder`` as the loader reads it (HTML and Markdown converted)."""
    out = []
    for path in list_article_files(folder):
        try:
            result = read_article_bytes(path.name, path.read_bytes())
        except BadInputFile:
            continue
        out.extend((f"{a.file}#{a.record}", a.text) for a in result.articles)
    return out


def _corpus_digest(corpus: Corpus) -> str:
    h = hashlib.sha256()
    for name in ("docs", "sentences", "removals", "problems", "paragraphs"):
        frame = getattr(corpus, name)
        h.update(name.encode())
        h.update(frame.to_csv(index=False).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def prepare_digest(out: Path, corpora: list[Path], against: Path | None) -> int:
    """Hash ``prepare_text`` of every article of every set (and ``load_corpus`` of the small folders); write
    them to ``out``; return the number of differences from ``against``."""
    folders = [ROOT / "seeds", *sorted(p for p in (ROOT / "tests" / "fixtures").iterdir() if p.is_dir()),
               SHARED / "challenge" / "moves", SHARED / "challenge" / "entities", *corpora]
    result: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = Path(tmp) / "synthetic"
        synthetic.mkdir()
        make_corpus(synthetic, 300)
        sets = [(f.name if f.parent != SHARED / "challenge" else f"challenge-{f.name}", f) for f in folders]
        sets.append(("synthetic", synthetic))
        sets.append(("mutated", None))
        for label, folder in sets:
            texts = mutated_texts(2000) if folder is None else folder_texts(folder)
            _CLEAN_MEMO.clear()
            start = time.process_time()
            prepared = [to_json(prepare_text(text)) for _, text in texts]
            cpu = time.process_time() - start
            per = {name: hashlib.sha256(doc.encode("utf-8", "surrogatepass")).hexdigest()[:16]
                   for (name, _), doc in zip(texts, prepared)}
            entry = {"articles": len(texts), "cpu_s": round(cpu, 3),
                     "digest": hashlib.sha256(json.dumps(per, sort_keys=True).encode()).hexdigest(), "per_article": per}
            if folder is not None and len(list_article_files(folder)) <= LOAD_DIGEST_MAX_FILES:
                _CLEAN_MEMO.clear()
                entry["load_corpus"] = _corpus_digest(load_corpus(folder))
            result[label] = entry
            print(f"{label:>20}: {len(texts):6d} articles  prepare_text {cpu:7.2f} s CPU "
                  f"({1000 * cpu / max(len(texts), 1):6.2f} ms/article)  {entry['digest'][:16]}", flush=True)
    out.write_text(json.dumps(result, indent=1, sort_keys=True))
    if against is None:
        return 0
    base = json.loads(against.read_text())
    differences = 0
    for label, entry in result.items():
        old = base.get(label)
        if old is None:
            print(f"{label}: not in {against.name}")
            continue
        if old["digest"] != entry["digest"] or old.get("load_corpus") != entry.get("load_corpus"):
            bad = sorted(k for k in set(old["per_article"]) | set(entry["per_article"])
                         if old["per_article"].get(k) != entry["per_article"].get(k))
            differences += max(len(bad), 1)
            print(f"{label}: DIFFERS ({len(bad)} articles, load_corpus "
                  f"{'same' if old.get('load_corpus') == entry.get('load_corpus') else 'differs'}): {bad[:10]}")
    print("all digests equal" if not differences else f"{differences} differences")
    return differences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable); default 100, 1000, 10000")
    parser.add_argument("--prepare-digest", type=Path, metavar="OUT", help="write the equality digests to OUT")
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="more folders for the digests")
    parser.add_argument("--against", type=Path, help="digests to compare with (from an earlier --prepare-digest)")
    args = parser.parse_args()
    if args.prepare_digest:
        sys.exit(1 if prepare_digest(args.prepare_digest, args.corpus, args.against) else 0)
    for n in args.n or [100, 1000, 10000]:
        run(n)


if __name__ == "__main__":
    main()
