"""Quote engine on PolNeAR (speaker accuracy) and on the story corpus (speed).

usage:
  python bench/bench_quotes.py score [dev|train]   # corpus from ../shared/external, engine, score.py -v
  python bench/bench_quotes.py speed N             # find + cluster on the N-article story corpus

The entity mentions come from the current entity layer through a small adapter kept here (the engine takes
mentions as input). Work files go to the system temp folder.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT / ".." / "shared"
TMP = Path(tempfile.gettempdir())

from analysis.quotes.cluster import cluster_quotes  # noqa: E402
from analysis.quotes.find import find_quotes  # noqa: E402


def mentions_by_doc(folder: Path) -> tuple[pd.DataFrame, dict[str, pd.DataFrame], float]:
    """Docs frame and per-document mentions (``start, end, surface, name, type``) from the old entity layer,
    cached next to the corpus folder; plus the seconds the entity layer took (0 when cached)."""
    cache = TMP / f"qh_{folder.name}_mentions.pkl"
    if cache.exists():
        docs, by_doc = pickle.loads(cache.read_bytes())
        return docs, by_doc, 0.0
    from analysis.corpus import load_corpus
    from analysis.entities import entity_mentions

    t0 = time.perf_counter()
    corpus = load_corpus(folder)
    m = entity_mentions(corpus).rename(columns={"alias": "surface", "entity": "name"})
    took = time.perf_counter() - t0
    by_doc = {str(d): g.loc[:, ["start", "end", "surface", "name", "type"]].reset_index(drop=True)
              for d, g in m.groupby("doc_id")}
    docs = corpus.docs.loc[:, ["doc_id", "file", "text"]].reset_index(drop=True)
    cache.write_bytes(pickle.dumps((docs, by_doc)))
    return docs, by_doc, took


def run(docs: pd.DataFrame, by_doc: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, float, float]:
    """All quotes of ``docs`` with ``doc_id, file``; seconds for finding and for clustering."""
    empty = pd.DataFrame(columns=["start", "end", "surface", "name", "type"])
    t0 = time.perf_counter()
    frames = []
    for doc_id, file, text in zip(docs["doc_id"], docs["file"], docs["text"], strict=True):
        q = find_quotes(str(text), by_doc.get(str(doc_id), empty))
        frames.append(q.assign(doc_id=str(doc_id), file=str(file)))
    quotes = pd.concat(frames, ignore_index=True)
    t1 = time.perf_counter()
    clustered = cluster_quotes(quotes)
    t2 = time.perf_counter()
    return clustered, t1 - t0, t2 - t1


def score(split: str) -> None:
    gold = SHARED / "external" / f"polnear-{split}"
    folder = TMP / f"qh_polnear-{split}"
    if not folder.exists():
        subprocess.run([sys.executable, str(SHARED / "external" / "make_corpus.py"), str(gold), str(folder)], check=True)
    docs, by_doc, _ = mentions_by_doc(folder)
    quotes, t_find, t_cluster = run(docs, by_doc)
    pred = TMP / f"qh_pred_{split}.json"
    pred.write_text(quotes.loc[:, ["file", "start", "end", "quote", "kind", "speaker", "speaker_mention",
                                   "attribution"]].to_json(orient="records", force_ascii=False), encoding="utf-8")
    print(f"{len(quotes)} quotations in {len(docs)} documents: find {t_find:.2f}s, cluster {t_cluster:.2f}s")
    subprocess.run([sys.executable, str(SHARED / "external" / "score.py"), "quotes", str(gold), str(pred), "-v"], check=True)


def speed(n: int) -> None:
    folder = TMP / f"story{n}"
    if not folder.exists():
        subprocess.run([sys.executable, str(SHARED / "bench" / "make_story_corpus.py"), str(n), str(folder)], check=True)
    docs, by_doc, took = mentions_by_doc(folder)
    quotes, t_find, t_cluster = run(docs, by_doc)
    print(f"story{n}: {len(docs)} documents, {len(quotes)} quotations, {quotes['cluster_id'].nunique()} clusters | "
          f"find {t_find:.2f}s + cluster {t_cluster:.2f}s = {t_find + t_cluster:.2f}s"
          + (f" | entity layer (not part of the engine) {took:.1f}s" if took else ""))


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("score", "speed"):
        sys.exit(__doc__)
    if sys.argv[1] == "score":
        score(sys.argv[2] if len(sys.argv) > 2 else "dev")
    else:
        speed(int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
