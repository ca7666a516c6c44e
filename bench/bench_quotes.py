"""Quote engine on PolNeAR (speaker accuracy) and on the story corpus (speed).

usage:
  python bench/bench_quotes.py score [dev|train]
      # corpus from ../shared/external, the product path (Analysis.quotes), then score.py -v; tune on train,
      # report dev; then two more lines: precision without rows judged against an unresolved pronoun, and
      # speaker accuracy with a full name right for the gold's acronym ("Democratic National Committee": "DNC")
  python bench/bench_quotes.py classes [train|dev] [--examples N]
      # the same rows, every speaker miss and every wrong speaker-naming row put into classes with counts;
      # --examples N prints N wrong speaker-naming rows of each class with their context
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
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

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


def _scorer() -> ModuleType:
    """The shared scorer ``../shared/external/score.py`` as a module (read in place, never copied)."""
    spec = importlib.util.spec_from_file_location("polnear_score", SHARED / "external" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def _adjusted_precision(gold_dir: Path, pred: Path) -> str:
    """Precision of speaker-naming rows, leaving out rows whose only gold matches have an unresolved pronoun
    as their source (the gold names "he"/"she" there, so any name counts wrong)."""
    score = _scorer()
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


def _acronym_of(name: str, short: str) -> bool:
    """Whether ``short`` ("DNC", "the FBI") is the acronym of ``name`` ("Democratic National Committee"): the
    initials of its capitalised words."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and bool(re.search(rf"\b{initials}\b", short or ""))


def _acronym_accuracy(gold_dir: Path, pred: Path) -> str:
    """Speaker accuracy as the scorer counts it, and with an organisation's full name also right for the acronym
    the gold gives ("Democratic National Committee" for the gold's "DNC"; the scorer matches words, not
    initials)."""
    score = _scorer()
    rows: dict[str, list[dict]] = {}
    for p in json.loads(pred.read_text(encoding="utf-8")):
        rows.setdefault(p["file"], []).append(p)
    right = acronym = total = 0
    for name, doc in score.gold_docs(gold_dir).items():
        for g in doc["quotes"]:
            text = max((score.inner(s["text"]) for s in g.get("segments") or [{"text": g["quote"]}]), key=len)
            hits = [p for p in rows.get(name, []) if score.norm(text)
                    and score.fuzz.partial_ratio(score.norm(text), score.norm(p.get("quote"))) >= 85]
            if not hits or g.get("speaker_resolution") not in ("source_ner", "coref"):
                continue
            total += 1
            if any(score.same_speaker(p.get("speaker"), g) for p in hits):
                right += 1
            elif any(_acronym_of(p.get("speaker") or "", g.get("speaker") or "")
                     or _acronym_of(p.get("speaker") or "", (g.get("speaker_span") or {}).get("text") or "")
                     for p in hits):
                acronym += 1
    return (f"speaker accuracy with a full name right for the gold's acronym: "
            f"{(right + acronym) / total if total else 0:.3f} ({right + acronym}/{total}; {acronym} rows)")


def _product_rows(split: str) -> tuple[Path, Path]:
    """(gold folder, predictions file): ``Analysis.quotes`` of polnear-``split`` (the rows the CLI prints: a
    description that names no one is no speaker) written as the scorer reads them."""
    from analysis import analyse, load_corpus

    gold = SHARED / "external" / f"polnear-{split}"
    folder = TMP / f"qh_polnear-{split}"
    if not folder.exists():
        subprocess.run([sys.executable, str(SHARED / "external" / "make_corpus.py"), str(gold), str(folder)],
                       check=True)
    analysis = analyse(load_corpus(folder))
    _ = analysis.entity_mentions
    t0, c0 = time.perf_counter(), time.process_time()
    quotes = analysis.quotes
    print(f"{len(quotes)} quotations in {len(analysis.corpus.docs)} documents: Analysis.quotes "
          f"{time.perf_counter() - t0:.2f}s wall, {time.process_time() - c0:.2f}s CPU")
    pred = TMP / f"qh_pred_{split}_{os.getpid()}.json"  # one file per run: two runs at once never read each other's
    pred.write_text(quotes.loc[:, ["file", "start", "end", "quote", "kind", "speaker", "speaker_mention",
                                   "attribution"]].to_json(orient="records", force_ascii=False), encoding="utf-8")
    return gold, pred


def score_split(split: str) -> None:
    """Run the product path on polnear-``split`` and score it."""
    gold, pred = _product_rows(split)
    subprocess.run([sys.executable, str(SHARED / "external" / "score.py"), "quotes", str(gold), str(pred), "-v"],
                   check=True)
    print(_adjusted_precision(gold, pred))
    print(_acronym_accuracy(gold, pred))


def classes(split: str, examples: int = 0) -> None:
    """Score polnear-``split`` and count the speaker misses and the wrong speaker-naming rows by class;
    ``examples`` > 0 prints that many rows of each class of wrong speaker-naming rows with their context."""
    gold, pred = _product_rows(split)
    misses, wrong_rows = _miss_classes(_scorer(), gold, pred, examples)
    print(f"speaker misses ({sum(misses.values())}) by our answer and the gold source (direct / partial):")
    for ours in sorted({k[0] for k in misses}):
        cells = [(sum(n for k, n in misses.items() if k[0] == ours and k[1] == src and k[3] == kind))
                 for src in ("name", "pronoun/description (coref)") for kind in ("direct", "partial")]
        print(f"  {ours:30s} name {cells[0]:4d} / {cells[1]:4d}   coref {cells[2]:4d} / {cells[3]:4d}   "
              f"total {sum(cells):4d}")
    print("in detail: ours | gold source | where the gold source is | kind")
    for key, n in misses.most_common():
        print(f"{n:5d}  {' | '.join(key)}")
    print(f"wrong speaker-naming rows ({sum(wrong_rows.values())}): class | gold source | our attribution")
    for key, n in wrong_rows.most_common():
        print(f"{n:5d}  {' | '.join(key)}")


_PRONOUNS = {"he", "she", "it", "they", "his", "her", "him", "i", "we", "you", "who"}
_NEW_SENTENCE = re.compile(r"[.!?][\"”]?\s+[\"“A-Z]")


def _ours(p: dict[str, str]) -> str:
    """The class of our answer on a missed quotation."""
    if p.get("speaker"):
        return "other name, via coreference" if p.get("attribution") == "coreference" else "other name, adjacent"
    mention = (p.get("speaker_mention") or "").strip()
    if not mention:
        return "empty, no cue found"
    return "empty, pronoun unresolved" if mention.casefold() in _PRONOUNS else "empty, description"


def _where(text: str, gold_q: dict) -> str:
    """Where the annotated source lies from the quotation: inside it, its sentence, its paragraph, or further."""
    src, qs, qe = gold_q.get("speaker_span") or {}, gold_q["start"], gold_q["end"]
    if not src or src["start"] < qe and qs < src["end"]:
        return "inside"
    side = "before" if src["end"] <= qs else "after"
    between = text[src["end"]:qs] if side == "before" else text[qe:src["start"]]
    if "\n" in between:
        return f"{side}, another paragraph"
    return f"{side}, {'same sentence' if not _NEW_SENTENCE.search(between) else 'same paragraph'}"


def _miss_classes(score: ModuleType, gold_dir: Path, pred: Path,
                  examples: int = 0) -> tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]:
    """(speaker misses, wrong speaker-naming rows) counted by class, exactly as ``score.py quotes`` judges a
    hit (any predicted row of the file whose quote matches) and a speaker (token-set ratio or surname)."""
    gold = score.gold_docs(gold_dir)
    by_file: dict[str, list[dict[str, str]]] = {}
    for p in json.loads(pred.read_text(encoding="utf-8")):
        by_file.setdefault(p["file"], []).append(p)
    misses: Counter[tuple[str, ...]] = Counter()
    wrong: Counter[tuple[str, ...]] = Counter()
    shown: dict[tuple[str, ...], list[str]] = {}
    for name, doc in gold.items():
        rows = by_file.get(name, [])
        texts = [(g, max((score.inner(s["text"]) for s in g.get("segments") or [{"text": g["quote"]}]), key=len))
                 for g in doc["quotes"]]
        for g, t in texts:
            if not score.norm(t) or g.get("speaker_resolution") not in ("source_ner", "coref"):
                continue
            hits = [p for p in rows if score.fuzz.partial_ratio(score.norm(t), score.norm(p.get("quote"))) >= 85]
            if hits and not any(score.same_speaker(p.get("speaker"), g) for p in hits):
                source = "name" if g["speaker_resolution"] == "source_ner" else "pronoun/description (coref)"
                misses[(_ours(hits[0]), source, _where(doc["text"], g), g.get("kind", "direct"))] += 1
        for p in rows:
            if not (p.get("speaker") or "").strip():
                continue
            hits = [g for g, t in texts if score.norm(t)
                    and score.fuzz.partial_ratio(score.norm(t), score.norm(p.get("quote"))) >= 85]
            if any(score.same_speaker(p["speaker"], g) for g in hits):
                continue
            if not hits:
                words = len(str(p.get("quote")).split())
                size = "1-3 words" if words <= 3 else "4-8 words" if words <= 8 else "9+ words"
                key = ("not annotated", f"{p.get('kind')}, {size}", str(p.get("attribution")))
            elif all(g.get("speaker_resolution") == "source_span" for g in hits):
                src = score.norm((hits[0].get("speaker_span") or {}).get("text"))
                key = ("gold source unresolved", "pronoun" if src in _PRONOUNS else "description",
                       str(p.get("attribution")))
            else:
                key = ("other speaker", "+".join(sorted({g["speaker_resolution"] for g in hits})),
                       str(p.get("attribution")))
            wrong[key] += 1
            if examples and len(shown.setdefault(key, [])) < examples:
                shown[key].append(_example(name, doc["text"], p, hits))
    for key, lines in sorted(shown.items(), key=lambda kv: -wrong[kv[0]]):
        print(f"== {wrong[key]}  {' | '.join(key)}")
        for line in lines:
            print(line)
    return misses, wrong


def _example(name: str, text: str, p: dict[str, str], hits: list[dict]) -> str:
    """One wrong row with the text around its quotation and the gold sources it was judged against."""
    start, end = int(p.get("start") or 0), int(p.get("end") or 0)
    around = text[max(0, start - 220):end + 160].replace("\n", " / ")
    gold = "; ".join(f"{g.get('speaker')!r} [{(g.get('speaker_span') or {}).get('text')!r}]" for g in hits) or "-"
    return (f"  - {name[:40]} | ours {p.get('speaker')!r} (mention {p.get('speaker_mention')!r}) | gold {gold}\n"
            f"      …{around}…")


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
    if len(sys.argv) < 2 or sys.argv[1] not in ("score", "classes", "speed", "pipeline"):
        sys.exit(__doc__)
    if sys.argv[1] == "classes":
        classes(sys.argv[2] if len(sys.argv) > 2 else "train",
                int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 0)
    elif sys.argv[1] == "pipeline":
        pipeline(int(sys.argv[2]) if len(sys.argv) > 2 else 1000, "--no-mentions" not in sys.argv)
    elif sys.argv[1] == "score":
        score_split(sys.argv[2] if len(sys.argv) > 2 else "dev")
    else:
        speed(int(sys.argv[2]) if len(sys.argv) > 2 else 1000, "--no-mentions" not in sys.argv)
