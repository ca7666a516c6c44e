"""Does cleaning keep the article? Count the gold sentences of a scored corpus (share and index moves, dated
events, quotations) that the extractors never see whole, because cleaning dropped them as page furniture or the
sentence splitter cut them apart.

    python bench/bench_cleaning_gold.py CORPUS_DIR GOLD_DIR [CORPUS_DIR GOLD_DIR ...]

For each corpus it prints counts only (never a sentence, so it may be run on held-out data):

- ``gold``: distinct gold sentences;
- ``title``: sentences not in the cleaned text but in the article's title, whole or a clause of it (the headline is
  no line of the text; the extractors read it as the title);
- ``handed``: sentences not in the cleaned text but in a line cleaning hands to the extractors apart (``head_lines``:
  a quote strip above or below the article, read by the share-move reader; a header line);
- ``lost``: sentences found neither in the cleaned text (partial fuzzy ratio below 90 on the scorer's normalisation
  against the whole cleaned text) nor in the title nor in a line handed apart: cleaning took them out;
- ``split``: found in the cleaned text, but no single sentence of the pipeline holds at least 90% of it (a wrong
  sentence boundary cut it apart);
- ``undated``: articles whose manifest leaves ``published`` empty and that still have no publication date after
  loading (the date the page gives was not read);
- ``misdated``: such articles dated otherwise than the gold's ``publication_date_assumed``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from analysis.corpus.load import load_corpus  # noqa: E402

_SENTENCE_KINDS = ("share_moves", "index_moves", "dated_events", "quotes")
#: File name -> the gold's ``publication_date_assumed`` (filled by :func:`gold_sentences`).
ASSUMED: dict[str, str | None] = {}


def norm(text: str) -> str:
    """The scorer's normalisation: lower case, every run of other characters one space."""
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower().replace("’", "'")).strip()


def gold_sentences(gold_dir: Path) -> dict[str, set[str]]:
    """File name -> the distinct gold sentences of that file."""
    out: dict[str, set[str]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        sents = out.setdefault(g["file"], set())
        ASSUMED[g["file"]] = g.get("publication_date_assumed")
        for kind in _SENTENCE_KINDS:
            for item in g.get(kind) or []:
                if item.get("sentence"):
                    sents.add(item["sentence"])
    return out


def count(corpus_dir: Path, gold_dir: Path) -> dict[str, int]:
    """The counts described in the module docstring for one corpus."""
    corpus = load_corpus(corpus_dir)
    docs = corpus.docs.set_index("file")
    by_doc = corpus.sentences.groupby("doc_id")["text"].apply(list).to_dict()
    n = {"gold": 0, "title": 0, "handed": 0, "lost": 0, "split": 0, "undated": 0, "misdated": 0}
    for fname, sents in gold_sentences(gold_dir).items():
        if fname not in docs.index:
            n["gold"] += len(sents)
            n["lost"] += len(sents)
            continue
        row = docs.loc[fname]
        text = norm(row["text"])
        pieces = [norm(s) for s in by_doc.get(row["doc_id"], [])]
        title = norm(row["title"] or "")
        handed = [norm(line) for _at, line in json.loads(row.get("head_lines") or "[]")]
        for sent in sents:
            g = norm(sent)
            n["gold"] += 1
            if fuzz.partial_ratio(g, text) < 90:
                if fuzz.ratio(g, title) >= 90 or len(g) <= len(title) and fuzz.partial_ratio(g, title) >= 90:
                    n["title"] += 1
                elif any(fuzz.partial_ratio(g, line) >= 95 for line in handed):
                    n["handed"] += 1
                else:
                    n["lost"] += 1
            elif not any(len(p) >= 0.9 * len(g) and fuzz.partial_ratio(g, p) >= 90 for p in pieces):
                n["split"] += 1
    manifest = corpus_dir / "manifest.csv"
    if manifest.exists():
        import pandas as pd
        m = pd.read_csv(manifest, dtype=str).fillna("")
        empty = set(m.loc[m["published"].str.strip() == "", "file"]) if "published" in m else set()
        for fname in empty & set(docs.index):
            day = docs.loc[fname, "published"]
            n["undated"] += bool(pd.isna(day) and pd.isna(docs.loc[fname, "published_earliest"]))
            n["misdated"] += bool(not pd.isna(day) and ASSUMED.get(fname) and str(day)[:10] != ASSUMED[fname])
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", help="CORPUS_DIR GOLD_DIR, repeated")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give CORPUS_DIR GOLD_DIR pairs")
    total = {"gold": 0, "title": 0, "handed": 0, "lost": 0, "split": 0, "undated": 0, "misdated": 0}
    for corpus_dir, gold_dir in zip(args.pairs[::2], args.pairs[1::2]):
        n = count(Path(corpus_dir), Path(gold_dir))
        for k, v in n.items():
            total[k] += v
        print(f"{Path(corpus_dir).parent.name or corpus_dir:<14} " + "  ".join(f"{k} {v}" for k, v in n.items()))
    print(f"{'total':<14} " + "  ".join(f"{k} {v}" for k, v in total.items()))


if __name__ == "__main__":
    main()
