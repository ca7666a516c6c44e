"""Measure the TIMEX3 tagger (analysis.time.timex) on TempEval-3 train and time it on the story corpus.

usage (from the repo root):
  python bench/bench_timex.py                 # score on all of tempeval3-train
  python bench/bench_timex.py --split tune    # the four fifths used for tuning
  python bench/bench_timex.py --split heldout # the held-out fifth (stable hash of doc_id)
  python bench/bench_timex.py --split both -v # both, listing misses / wrong values / extras
  python bench/bench_timex.py --speed DIR     # time find_timexes over a story corpus folder
  python bench/bench_timex.py --timeline-speed DIR  # time the timex table + timeline steps of the product
  python bench/bench_timex.py --timeline-speed DIR --settled --pool  # ... as the product runs them (worker processes)
  python bench/bench_timex.py --cli --split both  # the product's way: make_corpus.py, `python -m analysis timex`
  python bench/bench_timex.py --cli --headings --split tune  # what-if: the dropped heading/dateline lines tagged too
  python bench/bench_timex.py --digest OUT.json   # hash timex_mentions and the timeline on the story corpora, seeds, challenge
                                                  # and TempEval texts (compare two runs: --against OLD.json)
  python bench/bench_timex.py --cpu DIR [DIR ...] # CPU seconds of timex_mentions per corpus (alternate runs)

The gold is read from ../shared/external/ next to the repo; nothing is copied into the project. Predictions are
written to a temp file as score.py wants them (file, start, end, text, type, value) and scored with it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.time.timex import find_timexes  # noqa: E402

SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "external" / "tempeval3-train"
SCORER = SHARED / "external" / "score.py"


def in_heldout(doc_id: str) -> bool:
    """True for the fifth of documents held out from tuning (stable hash of the doc id)."""
    return int(hashlib.md5(doc_id.encode("utf-8")).hexdigest(), 16) % 5 == 0


def predict(paths: list[Path]) -> list[dict[str, object]]:
    """Tagger rows (file, start, end, text, type, value) for the gold documents at ``paths``."""
    rows: list[dict[str, object]] = []
    for p in paths:
        doc = json.loads(p.read_text(encoding="utf-8"))
        dct = date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
        for t in find_timexes(doc["text"], dct):
            rows.append({"file": f"{doc['doc_id']}.txt", "start": t.start, "end": t.end, "text": t.text,
                         "type": t.type, "value": t.value})
    return rows


def split_paths(split: str) -> list[Path]:
    """The gold documents of ``split`` (all | tune | heldout)."""
    paths = sorted(GOLD.glob("*.json"))
    if split != "all":
        keep = split == "heldout"
        paths = [p for p in paths if in_heldout(json.loads(p.read_text(encoding="utf-8"))["doc_id"]) == keep]
    return paths


def cli_rows(headings: bool = False) -> list[dict[str, object]]:
    """The rows `python -m analysis timex` prints for a corpus written by make_corpus.py from the gold (the path
    a user takes: reading, cleaning, offsets mapped back to the file's text).

    With ``headings``, a what-if for the lines cleaning keeps out of the text above the body (a wire dateline
    "CITY, August 7 (Agency) --", a title line): the tagger's rows on the file's text before the first paragraph
    the corpus kept are added where the product gave none (it tags the headline, dateline, header and byline lines
    above the body since round 13b; the what-if adds the rest, page furniture included)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(SHARED / "external" / "make_corpus.py"), str(GOLD), tmp], check=True,
                       capture_output=True)
        out = subprocess.run([sys.executable, "-m", "analysis", "timex", "--corpus", tmp, "--format", "json", "--no-store"],
                             check=True, capture_output=True, text=True, cwd=ROOT)
        rows = json.loads(out.stdout)
        if headings:  # (the product tags the headline and dateline lines itself since round 13b: only what it left)
            have = {(r["file"], r["start"], r["end"]) for r in rows}
            rows += [r for r in heading_rows(tmp) if (r["file"], r["start"], r["end"]) not in have]
    return rows


def heading_rows(folder: str) -> list[dict[str, object]]:
    """Tagger rows (file, start, end, text, type, value) on each file's text before the first paragraph the corpus
    of ``folder`` kept, resolved against the file's publication date (see :func:`cli_rows`)."""
    from analysis.corpus import load_corpus

    corpus = load_corpus(folder)
    first = corpus.paragraphs.groupby("doc_id")["raw_start"].min()
    rows: list[dict[str, object]] = []
    for doc_id, file, published in zip(corpus.docs["doc_id"], corpus.docs["file"], corpus.docs["published"]):
        text = (Path(folder) / file).read_text(encoding="utf-8")
        head = text[:int(first.get(doc_id, 0))]
        if not head.strip():
            continue
        dct = None if published != published or published is None else published.date()
        for t in find_timexes(head, dct):
            rows.append({"file": file, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value})
    return rows


def score_rows(split: str, rows: list[dict[str, object]], verbose: bool) -> None:
    """Score ``rows`` (file, start, end, text, type, value) on the documents of ``split`` with score.py."""
    paths = split_paths(split)
    names = {f"{p.stem}.txt" for p in paths}
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp) / "gold"
        gold_dir.mkdir()
        for p in paths:
            (gold_dir / p.name).symlink_to(p.resolve())
        pred = Path(tmp) / "pred.json"
        pred.write_text(json.dumps([r for r in rows if r["file"] in names]), encoding="utf-8")
        print(f"[{split}: {len(paths)} documents]", flush=True)
        cmd = [sys.executable, str(SCORER), "timex", str(gold_dir), str(pred)] + (["-v"] if verbose else [])
        subprocess.run(cmd, check=True)


def score(split: str, verbose: bool) -> None:
    """Tag the documents of ``split`` (all | tune | heldout) and print score.py's line for them."""
    paths = sorted(GOLD.glob("*.json"))
    if split != "all":
        keep = split == "heldout"
        paths = [p for p in paths if in_heldout(json.loads(p.read_text(encoding="utf-8"))["doc_id"]) == keep]
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = Path(tmp) / "gold"
        gold_dir.mkdir()
        for p in paths:
            (gold_dir / p.name).symlink_to(p.resolve())
        pred = Path(tmp) / "pred.json"
        pred.write_text(json.dumps(predict(paths)), encoding="utf-8")
        print(f"[{split}: {len(paths)} documents]", flush=True)
        cmd = [sys.executable, str(SCORER), "timex", str(gold_dir), str(pred)] + (["-v"] if verbose else [])
        subprocess.run(cmd, check=True)


def speed(folder: str) -> None:
    """Time find_timexes over every document of a story corpus folder (texts and publication dates)."""
    from analysis.corpus import load_corpus

    corpus = load_corpus(folder)
    docs = corpus.docs if hasattr(corpus, "docs") else corpus[0]
    items = []
    for text, pub in zip(docs["text"], docs["published"]):
        try:
            d = pub.date() if pub == pub and pub is not None else None
        except AttributeError:
            d = None
        items.append((text, d))
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(len(find_timexes(text, d)) for text, d in items)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = sum(len(t) for t, _ in items)
    print(f"speed: {len(items)} documents, {chars:,} characters, {n} timexes in {elapsed:.2f} s "
          f"(CPU {cpu:.2f} s; the machine may be shared)")


def timeline_speed(folder: str, settled: bool = False, pool: bool = False) -> None:
    """Time the product's steps after loading: the timex table (``timex_mentions``), the timeline
    (``timeline_mentions`` on it, share moves left out: they are their own step) and the default window; CPU and
    wall seconds each, with the load average (the machine may be shared).

    ``pool`` times them as the product runs them on a large corpus: through ``analyse(corpus)``, the documents in
    chunks on this machine's kept worker processes (the timex table and the dated sentences), the merge here. The
    CPU then printed per step is this process's; the workers' is added at the end.

    ``settled`` runs each step inside :func:`analysis.pipeline.settled_heap`, as the product's ``Analysis`` runs
    every heavy step: the loaded corpus is then out of the cyclic collector's reach, so a step's time no longer
    depends on when the loading left the collector's counters (a full collection over the whole corpus falls
    into whichever step comes next)."""
    import contextlib
    import os

    from analysis.corpus import load_corpus
    from analysis.pipeline import settled_heap
    from analysis.timeline.events import default_window, timeline_events, timeline_mentions
    from analysis.timeline.timexes import timex_mentions

    corpus = load_corpus(folder)
    analysis, workers = _started_analysis(corpus) if pool else (None, [])
    total_cpu = total_wall = total_workers = 0.0

    def step(name: str, fn):  # type: ignore[no-untyped-def]
        nonlocal total_cpu, total_wall, total_workers
        t0, c0, w0 = time.perf_counter(), time.process_time(), _cpu_of(workers)
        with settled_heap() if settled else contextlib.nullcontext():
            out = fn()
        wall, cpu, on_workers = time.perf_counter() - t0, time.process_time() - c0, _cpu_of(workers) - w0
        total_cpu, total_wall, total_workers = total_cpu + cpu, total_wall + wall, total_workers + on_workers
        print(f"{name}: CPU {cpu:.2f} s{f' (workers {on_workers:.2f} s)' if workers else ''}, wall {wall:.2f} s",
              flush=True)
        return out

    if analysis is not None:
        timexes = step("timex table", lambda: analysis.timexes)
        mentions = step("timeline", lambda: timeline_events(corpus, analysis.dated))
    else:
        timexes = step("timex table", lambda: timex_mentions(corpus))
        mentions = step("timeline", lambda: timeline_mentions(corpus, timexes))
    window = step("default window", lambda: default_window(mentions))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    on_workers = f" (and {total_workers:.2f} s on {len(workers)} workers)" if workers else ""
    print(f"{len(corpus.docs)} documents, {len(timexes)} timexes, {len(mentions)} mentions, "
          f"{mentions['event_id'].nunique()} events, window {window}; total CPU {total_cpu:.2f} s{on_workers}, "
          f"wall {total_wall:.2f} s; load average {load}")


def _started_analysis(corpus):  # type: ignore[no-untyped-def]
    """``analyse(corpus)`` as the app makes it, with this machine's worker processes started
    (:meth:`analysis.pipeline.Analysis.start_workers`), and their process ids once they are up (the seconds they
    took are printed, not counted: in the app they start while the corpus is read)."""
    import psutil

    from analysis.pipeline import analyse

    t0 = time.perf_counter()
    analysis = analyse(corpus)
    for started in analysis.start_workers():
        started.result()
    pids = [p.pid for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())]
    print(f"{len(pids)} workers ready in {time.perf_counter() - t0:.2f} s (not counted)", flush=True)
    return analysis, pids


def _cpu_of(pids: list[int]) -> float:
    """CPU seconds the processes ``pids`` have used so far (user and system)."""
    import psutil

    return sum(sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids)


#: The corpora the equality digest covers: story corpora written by ``make_story_corpus.py`` (skipped when
#: missing), the seeds, the challenge set's articles, and the TempEval-3 and PolNeAR texts as a corpus folder.
DIGEST_FOLDERS = [str(Path(tempfile.gettempdir()) / "story1000"), str(Path(tempfile.gettempdir()) / "story10000"),
                  str(SHARED / "seeds"), str(SHARED / "challenge" / "moves"),
                  str(SHARED / "challenge" / "entities")]
#: Research sets written as corpus folders by make_corpus.py (under the temp folder, never into the repo).
DIGEST_EXTERNAL = ["tempeval3-train", "polnear-dev"]


def _frame_digest(frame) -> str:  # type: ignore[no-untyped-def]
    """A hash of a frame's columns, dtypes and every value (in order)."""
    h = hashlib.sha256()
    h.update(repr(list(frame.columns)).encode())
    h.update(repr([str(t) for t in frame.dtypes]).encode())
    for row in frame.itertuples(index=False, name=None):
        h.update(repr(row).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _loaded(folder: str):  # type: ignore[no-untyped-def]
    """The corpus of ``folder``, pickled under the temp folder on first load (the digest runs often), keyed by the
    folder and the code of ``analysis/corpus/``."""
    import os
    import pickle

    from analysis.corpus import load_corpus

    code = b"".join(f.read_bytes() for f in sorted((ROOT / "analysis" / "corpus").glob("*.py")))
    key = hashlib.md5(folder.encode() + code).hexdigest()[:12]  # a change to loading or cleaning loads again
    cache = Path(tempfile.gettempdir()) / f"bench_timex_corpus_{key}.pkl"
    if cache.exists() and cache.stat().st_mtime > os.path.getmtime(folder):
        return pickle.loads(cache.read_bytes())
    corpus = load_corpus(folder)
    cache.write_bytes(pickle.dumps(corpus))
    return corpus


def _digest_folders() -> list[str]:
    """The existing digest folders, the external sets written as corpora under the temp folder if missing."""
    folders = [f for f in DIGEST_FOLDERS if Path(f).is_dir()]
    for name in DIGEST_EXTERNAL:
        out = Path(tempfile.gettempdir()) / f"bench_timex_{name}"
        if not out.is_dir():
            subprocess.run([sys.executable, str(SHARED / "external" / "make_corpus.py"),
                            str(SHARED / "external" / name), str(out)], check=True, capture_output=True)
        folders.append(str(out))
    return folders


def digest(out: str, against: str | None) -> None:
    """Hash ``timex_mentions`` and ``timeline_mentions`` (on that table, no share moves) on every digest corpus and
    ``find_timexes`` on the TempEval-3 texts (with and without their DCT); write the digests as JSON to ``out`` and, given ``against``, compare with those."""
    from analysis.timeline.events import timeline_mentions
    from analysis.timeline.timexes import timex_mentions

    result: dict[str, str] = {}
    for folder in _digest_folders():
        corpus = _loaded(folder)
        c0 = time.process_time()
        frame = timex_mentions(corpus)
        result[folder] = _frame_digest(frame)
        print(f"{folder}: {len(frame)} rows, CPU {time.process_time() - c0:.2f} s, {result[folder][:16]}", flush=True)
        c0 = time.process_time()
        mentions = timeline_mentions(corpus, frame)
        result[f"{folder} timeline"] = _frame_digest(mentions)
        print(f"{folder} timeline: {len(mentions)} rows, CPU {time.process_time() - c0:.2f} s, "
              f"{result[f'{folder} timeline'][:16]}", flush=True)
    h = hashlib.sha256()
    for p in sorted(GOLD.glob("*.json")):
        doc = json.loads(p.read_text(encoding="utf-8"))
        dct = date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
        for d in (dct, None):
            h.update(repr(find_timexes(doc["text"], d)).encode("utf-8", "surrogatepass"))
    result["tempeval3-train find_timexes"] = h.hexdigest()
    Path(out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    if against:
        old = json.loads(Path(against).read_text(encoding="utf-8"))
        bad = [k for k in old if old[k] != result.get(k)]
        print("digests EQUAL" if not bad else f"digests DIFFER: {bad}")


def cpu(folders: list[str], rounds: int) -> None:
    """CPU seconds of ``timex_mentions`` on each corpus folder, ``rounds`` times in turn (one process)."""
    import os

    from analysis.timeline.timexes import timex_mentions

    corpora = {f: _loaded(f) for f in folders}
    for r in range(rounds):
        for folder, corpus in corpora.items():
            t0, c0 = time.perf_counter(), time.process_time()
            frame = timex_mentions(corpus)
            cpu_s, wall = time.process_time() - c0, time.perf_counter() - t0
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            print(f"round {r + 1} {folder}: {len(frame)} rows, CPU {cpu_s:.2f} s, wall {wall:.2f} s, load {load}",
                  flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["all", "tune", "heldout", "both"], default="all")
    ap.add_argument("--speed", metavar="CORPUS_DIR")
    ap.add_argument("--timeline-speed", metavar="CORPUS_DIR")
    ap.add_argument("--settled", action="store_true",
                    help="with --timeline-speed: each step inside settled_heap(), as the product runs it")
    ap.add_argument("--pool", action="store_true",
                    help="with --timeline-speed: through analyse(corpus), on this machine's worker processes")
    ap.add_argument("--cli", action="store_true", help="score the `python -m analysis timex` output")
    ap.add_argument("--headings", action="store_true",
                    help="with --cli: what-if, add the tagger's rows on the lines above the body cleaning drops")
    ap.add_argument("--digest", metavar="OUT_JSON")
    ap.add_argument("--against", metavar="OLD_JSON")
    ap.add_argument("--cpu", metavar="CORPUS_DIR", nargs="+")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    if a.digest:
        digest(a.digest, a.against)
        return
    if a.cpu:
        cpu(a.cpu, a.rounds)
        return
    if a.speed:
        speed(a.speed)
        return
    if a.timeline_speed:
        timeline_speed(a.timeline_speed, a.settled, a.pool)
        return
    if a.cli:
        rows = cli_rows(a.headings)
        for split in (["all", "tune", "heldout"] if a.split == "both" else [a.split]):
            score_rows(split, rows, a.v)
        return
    for split in (["tune", "heldout"] if a.split == "both" else [a.split]):
        score(split, a.v)


if __name__ == "__main__":
    main()
