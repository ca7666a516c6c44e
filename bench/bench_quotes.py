"""Quote engine on PolNeAR (speaker accuracy) and on the story corpus (speed).

usage:
  python bench/bench_quotes.py score [dev|train]
      # corpus from ../shared/external, engine, then score.py -v; tune on train, report dev
  python bench/bench_quotes.py pipeline N [--no-mentions]
      # the product path on the N-article story corpus: load_corpus, Analysis.entity_mentions, then
      # Analysis.quotes (find + corrections + cluster) timed on its own, wall and CPU seconds;
      # --no-mentions gives Analysis an empty mention frame instead of running the (slow, old) entity layer
  python bench/bench_quotes.py speed N [--no-mentions]
      # find + cluster on the N-article story corpus; --no-mentions skips the (slow, old) entity layer and
      # runs the engine without mentions, to compare sizes on the same footing

The entity mentions come from the product's entity layer (``Analysis.entity_mentions`` through
``pipeline.quote_mentions``; the engine takes mentions as input). Work files go to the system temp folder.
"""

from __future__ import annotations

import importlib.util
import json
import os
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
MENTION_COLUMNS = ["doc_id", "start", "end", "surface", "name", "type"]
UNRESOLVED = {"he", "she", "it", "they", "his", "her", "i", "we", "who", "which"}

from analysis.quotes.cluster import cluster_quotes  # noqa: E402
from analysis.quotes.find import find_corpus_quotes  # noqa: E402


def load_with_mentions(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, float]:
    """Docs frame and mentions (``doc_id, start, end, surface, name, type``) from the product's entity layer
    (``Analysis.entity_mentions`` through ``pipeline.quote_mentions``); plus the seconds the entity layer took."""
    from analysis import analyse, load_corpus
    from analysis.pipeline import quote_mentions, story_mentions

    analysis = analyse(load_corpus(folder))
    t0 = time.perf_counter()
    mentions = quote_mentions(story_mentions(analysis.entity_mentions)).loc[:, MENTION_COLUMNS]
    took = time.perf_counter() - t0
    docs = analysis.corpus.docs.loc[:, ["doc_id", "file", "text"]].reset_index(drop=True)
    return docs, mentions.reset_index(drop=True), took


def run(docs: pd.DataFrame, mentions: pd.DataFrame) -> tuple[pd.DataFrame, float, float]:
    """All quotes of ``docs`` with ``doc_id, file``; wall seconds for finding and for clustering (the CPU
    seconds of both are kept in ``run.cpu``: on a shared machine they move less than wall time)."""
    t0, c0 = time.perf_counter(), time.process_time()
    quotes = find_corpus_quotes(docs, mentions)
    t1 = time.perf_counter()
    clustered = cluster_quotes(quotes)
    t2 = time.perf_counter()
    run.cpu = time.process_time() - c0  # type: ignore[attr-defined]
    return clustered.merge(docs.loc[:, ["doc_id", "file"]], on="doc_id", how="left"), t1 - t0, t2 - t1


def _adjusted_precision(gold_dir: Path, pred: Path) -> str:
    """Precision of speaker-naming rows, leaving out rows whose only gold matches have an unresolved pronoun
    as their source (the gold names "he"/"she" there, so any name counts wrong)."""
    spec = importlib.util.spec_from_file_location("polnear_score", SHARED / "external" / "score.py")
    score = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(score)
    gold = score.gold_docs(gold_dir)
    good = total = left_out = 0
    for p in json.loads(pred.read_text(encoding="utf-8")):
        doc = gold.get(p["file"])
        if doc is None or not (p.get("speaker") or "").strip():
            continue
        texts = [(g, max((score.inner(s["text"]) for s in g.get("segments") or [{"text": g["quote"]}]), key=len))
                 for g in doc["quotes"]]
        hits = [g for g, t in texts if score.norm(t)
                and score.fuzz.partial_ratio(score.norm(t), score.norm(p["quote"])) >= 85]
        if any(score.same_speaker(p["speaker"], g) for g in hits):
            good += 1
            total += 1
        elif hits and all(g.get("speaker_resolution") == "source_span"
                          and score.norm((g.get("speaker_span") or {}).get("text")) in UNRESOLVED for g in hits):
            left_out += 1
        else:
            total += 1
    return (f"attributed precision without rows judged against an unresolved pronoun: "
            f"{good / total if total else 0:.3f} ({good}/{total}; {left_out} rows left out)")


def score_split(split: str) -> None:
    """Run the engine on polnear-``split`` and score it."""
    gold = SHARED / "external" / f"polnear-{split}"
    folder = TMP / f"qh_polnear-{split}"
    if not folder.exists():
        subprocess.run([sys.executable, str(SHARED / "external" / "make_corpus.py"), str(gold), str(folder)],
                       check=True)
    docs, mentions, _ = load_with_mentions(folder)
    quotes, t_find, t_cluster = run(docs, mentions)
    pred = TMP / f"qh_pred_{split}.json"
    pred.write_text(quotes.loc[:, ["file", "start", "end", "quote", "kind", "speaker", "speaker_mention",
                                   "attribution"]].to_json(orient="records", force_ascii=False), encoding="utf-8")
    print(f"{len(quotes)} quotations in {len(docs)} documents: find {t_find:.2f}s, cluster {t_cluster:.2f}s")
    subprocess.run([sys.executable, str(SHARED / "external" / "score.py"), "quotes", str(gold), str(pred), "-v"],
                   check=True)
    print(_adjusted_precision(gold, pred))


def speed(n: int, with_mentions: bool = True) -> None:
    """Time find + cluster on the ``n``-article story corpus."""
    folder = TMP / f"story{n}"
    if not folder.exists():
        subprocess.run([sys.executable, str(SHARED / "bench" / "make_story_corpus.py"), str(n), str(folder)],
                       check=True)
    if with_mentions:
        docs, mentions, took = load_with_mentions(folder)
    else:
        from analysis.corpus import load_corpus

        docs, took = load_corpus(folder).docs.loc[:, ["doc_id", "file", "text"]], 0.0
        mentions = pd.DataFrame(columns=MENTION_COLUMNS)
    quotes, t_find, t_cluster = run(docs, mentions)
    label = f"story{n}" + ("" if with_mentions else " (no mentions)")
    print(f"{label}: {len(docs)} documents, {len(quotes)} quotations, {quotes['cluster_id'].nunique()} clusters | "
          f"find {t_find:.2f}s + cluster {t_cluster:.2f}s = {t_find + t_cluster:.2f}s wall, "
          f"{run.cpu:.2f}s CPU"  # type: ignore[attr-defined]
          + (f" | entity layer (not part of the engine) {took:.1f}s" if took else ""))


def pipeline(n: int, with_mentions: bool = True) -> None:
    """Time ``Analysis.quotes`` (after loading and the entity layer) on the ``n``-article story corpus."""
    from analysis import analyse, load_corpus

    folder = TMP / f"story{n}"
    if not folder.exists():
        subprocess.run([sys.executable, str(SHARED / "bench" / "make_story_corpus.py"), str(n), str(folder)],
                       check=True)
    t0 = time.perf_counter()
    analysis = analyse(load_corpus(folder))
    t1 = time.perf_counter()
    if not with_mentions:
        from analysis.entities.resolve import MENTION_COLUMNS as ENTITY_COLUMNS

        analysis._results["entity_mentions"] = pd.DataFrame(columns=ENTITY_COLUMNS)
    _ = analysis.entity_mentions
    t2, c2 = time.perf_counter(), time.process_time()
    quotes = analysis.quotes
    t3, c3 = time.perf_counter(), time.process_time()
    print(f"story{n}{'' if with_mentions else ' (no mentions)'}: {len(analysis.corpus.docs)} documents, {len(quotes)} quotations, "
          f"{quotes['cluster_id'].nunique()} clusters | Analysis.quotes {t3 - t2:.2f}s wall, {c3 - c2:.2f}s CPU | "
          f"load {t1 - t0:.1f}s, entity layer {t2 - t1:.1f}s (before, not counted) | load average "
          f"{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("score", "speed", "pipeline"):
        sys.exit(__doc__)
    if sys.argv[1] == "pipeline":
        pipeline(int(sys.argv[2]) if len(sys.argv) > 2 else 1000, "--no-mentions" not in sys.argv)
    elif sys.argv[1] == "score":
        score_split(sys.argv[2] if len(sys.argv) > 2 else "dev")
    else:
        speed(int(sys.argv[2]) if len(sys.argv) > 2 else 1000, "--no-mentions" not in sys.argv)
