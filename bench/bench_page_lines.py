"""Page lines the cleaning keeps that the clean article does not have (leaks), and article lines it loses, on page
sets made from corpora with clean originals; and what the corpus-level template pass changes on real text.

    python bench/bench_page_lines.py PAGES CLEAN [PAGES CLEAN ...] [-v]   # a page set's corpus/ and its original's
    python bench/bench_page_lines.py --real DIR [DIR ...]                  # lines the template pass takes, per folder

Both go the pipeline's way (:func:`analysis.corpus.load.build_corpus`): each text cleaned alone
(:func:`analysis.corpus.prepare.prepare_texts`), then the template pass over the whole folder
(:func:`analysis.corpus.templates.drop_template_lines`). A page line is article text exactly when the clean original,
cleaned alone, keeps it (the page sets keep the article's lines whole). For each pair the figures are printed
without the pass (per text only) and with it; -v lists what the pass takes. On real text (clean corpora, reprints)
the pass should take nothing but furniture: ``--real`` lists every line it takes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.corpus.prepare import prepare_texts  # noqa: E402
from analysis.corpus.templates import drop_template_lines  # noqa: E402


def _texts(folder: Path) -> dict[str, str]:
    out = {}
    for f in sorted(folder.glob("*.txt")):
        try:
            out[f.name] = f.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
    return out


def _paragraphs(texts: list[str], corpus_pass: bool) -> list[tuple[str, ...]]:
    prepared = prepare_texts(texts, parallel_min=10**9)
    if corpus_pass:
        prepared = drop_template_lines(texts, prepared)
    return [clean.paragraphs for clean, _ in prepared]


def score_pair(pages: Path, clean: Path, verbose: bool) -> None:
    page_texts, clean_texts = _texts(pages), _texts(clean)
    names = [n for n in page_texts if n in clean_texts]
    article = [set(p) for p in _paragraphs([clean_texts[n] for n in names], corpus_pass=False)]
    before = _paragraphs([page_texts[n] for n in names], corpus_pass=False)
    after = _paragraphs([page_texts[n] for n in names], corpus_pass=True)
    row = []
    for label, kept in (("per text", before), ("+ template pass", after)):
        leaked = sum(p not in a for k, a in zip(kept, article) for p in k)
        lost = sum(p not in set(k) for k, a in zip(kept, article) for p in a)
        row.append(f"{label}: leaked {leaked} lost {lost}")
    print(f"{pages}: article lines {sum(map(len, article))} | " + " | ".join(row))
    if verbose:
        for name, b, a, art in zip(names, before, after, article):
            for p in b:
                if p not in set(a):
                    print(f"   {'TOOK' if p not in art else 'LOST'} {name}: {p[:120]}")


def real_text(folder: Path) -> int:
    texts = _texts(folder)
    before = _paragraphs(list(texts.values()), corpus_pass=False)
    t1 = time.process_time()  # the texts are memoised now: what follows is the pass
    after = _paragraphs(list(texts.values()), corpus_pass=True)
    t2 = time.process_time()
    taken = [(name, p) for name, b, a in zip(texts, before, after) for p in b if p not in set(a)]
    print(f"{folder}: texts {len(texts)} kept lines {sum(map(len, before))} taken by the template pass {len(taken)}"
          f" (the pass: {t2 - t1:.2f}s cpu)")
    for name, p in taken:
        print(f"   TOOK {name}: {p[:140]}")
    return len(taken)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--real", action="store_true", help="list what the template pass takes in each folder")
    parser.add_argument("-v", action="store_true", help="list the lines the template pass takes")
    args = parser.parse_args()
    if args.real:
        total = sum(real_text(Path(d)) for d in args.folders)
        print(f"TOTAL taken {total}")
        return
    if len(args.folders) % 2:
        parser.error("give page and clean folders in pairs")
    for pages, clean in zip(args.folders[::2], args.folders[1::2]):
        score_pair(Path(pages), Path(clean), args.v)


if __name__ == "__main__":
    main()
