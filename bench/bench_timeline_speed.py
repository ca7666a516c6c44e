"""Speed of the timeline step, and proof that a speed change leaves its rows as they were.

    python bench/bench_timeline_speed.py --speed DIR [--runs 3]     # timex + timeline steps after loading, medians
    python bench/bench_timeline_speed.py --profile DIR [--top 40]   # cProfile of the timeline step
    python bench/bench_timeline_speed.py --digest OUT.json [DIR ...] [--against OLD.json]
    python bench/bench_timeline_speed.py --check-words DIR [DIR ...]  # the word-gated patterns against their plain form

``--speed``: each run is a fresh process (no warm caches): the corpus is loaded, then the timex step
(``Analysis.timexes``) and the timeline step (``Analysis.timeline``: the dated sentences of every document, then
the share moves and the merge into events, as a build's "timeline" stage computes them, without a store) are
timed, CPU and wall; the entity mentions and share moves the timeline reads are computed before, untimed. Prints
each run with the load average before it, then the medians.

``--digest``: a hash of the timeline table (``Analysis.timeline``, with the share moves) of each corpus folder,
of its dated sentences before the merge (``dated_mentions``), of its timex table (``Analysis.timexes``, every
column) and of each document's rows of the timeline table, so two runs (before and after a change) can be compared with ``--against``: a changed
corpus is named with the documents whose rows changed (their ids only: nothing of their text is printed).
Default folders: the seeds, the challenge set's articles, the story corpora in the temp folder (``story1000``,
``story10000`` when there) and the PolNeAR dev and TempEval-3 train texts written as corpus folders under the
temp folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_timex import _frame_digest  # noqa: E402  (one hash of a frame for both digests)
#: The shared folder beside the repo (another with ``STORYTRACE_SHARED``, for a checkout elsewhere).
SHARED = Path(os.environ.get("STORYTRACE_SHARED", ROOT / ".." / "shared"))
DEFAULT_FOLDERS = [SHARED / "seeds", SHARED / "challenge" / "moves", SHARED / "challenge" / "entities",
                   Path(tempfile.gettempdir()) / "story1000", Path(tempfile.gettempdir()) / "story10000"]
EXTERNAL = ["polnear-dev", "tempeval3-train"]


def _folders(given: list[str]) -> list[str]:
    if given:
        return given
    folders = [str(f) for f in DEFAULT_FOLDERS if f.is_dir()]
    for name in EXTERNAL:
        out = Path(tempfile.gettempdir()) / f"bench_timeline_{name}"
        if not out.is_dir():
            subprocess.run([sys.executable, str(SHARED / "external" / "make_corpus.py"), str(SHARED / "external" / name),
                            str(out)], check=True, capture_output=True)
        folders.append(str(out))
    return folders


def digest(out: str, folders: list[str], against: str | None) -> None:
    from analysis.corpus import load_corpus
    from analysis.pipeline import analyse
    from analysis.timeline.events import dated_mentions, story_day

    result: dict[str, dict[str, object]] = {}
    for folder in _folders(folders):
        analysis = analyse(load_corpus(folder))
        c0 = time.process_time()
        frame = analysis.timeline
        dated = dated_mentions(analysis.corpus, analysis.timexes, story_day(analysis.corpus.docs))
        per_doc = {str(d): _frame_digest(g) for d, g in frame.groupby("doc_id", sort=True)}
        result[folder] = {"rows": len(frame), "events": int(frame["event_id"].nunique()) if len(frame) else 0,
                          "hash": _frame_digest(frame), "dated": _frame_digest(dated),
                          "timexes": _frame_digest(analysis.timexes), "timex_rows": len(analysis.timexes),
                          "docs": per_doc}
        print(f"{folder}: {len(frame)} rows, {result[folder]['events']} events, {result[folder]['hash'][:16]} "
              f"(CPU {time.process_time() - c0:.1f} s with entities and moves)", flush=True)
    Path(out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    if against:
        old = json.loads(Path(against).read_text(encoding="utf-8"))
        same = True
        for folder, now in result.items():
            before = old.get(folder)
            if before is None:
                print(f"{folder}: not in {against}")
                continue
            if before.get("timexes") is not None and before["timexes"] != now["timexes"]:
                same = False
                print(f"{folder}: the timex table CHANGED ({before['timex_rows']} -> {now['timex_rows']} rows)")
            if before["hash"] == now["hash"] and before["dated"] == now["dated"]:
                print(f"{folder}: identical ({now['rows']} rows" + (f", timex table {now['timex_rows']} rows)"
                                                                   if before.get("timexes") == now["timexes"] else ")"))
                continue
            same = False
            changed = sorted(d for d in set(before["docs"]) | set(now["docs"]) if before["docs"].get(d) != now["docs"].get(d))
            print(f"{folder}: CHANGED (dated rows {'same' if before['dated'] == now['dated'] else 'changed'}), rows {before['rows']} -> {now['rows']}, events {before['events']} -> "
                  f"{now['events']}; documents whose rows changed: {len(changed)} {changed[:10]}")
        print("all identical" if same else "SOME TABLES CHANGED")


def one_run(folder: str) -> None:
    """One timed run (in this process): prints a JSON line."""
    from analysis.corpus import load_corpus
    from analysis.pipeline import analyse

    load = os.getloadavg()[0]
    corpus = load_corpus(folder)
    analysis = analyse(corpus)
    analysis.entity_mentions  # noqa: B018  (read by the moves, untimed)
    figures: dict[str, float] = {"load": load}
    for name in ("timexes", "moves", "timeline"):
        t0, c0 = time.perf_counter(), time.process_time()
        getattr(analysis, name)
        figures[f"{name}_wall"], figures[f"{name}_cpu"] = time.perf_counter() - t0, time.process_time() - c0
    figures["rows"] = float(len(analysis.timeline))
    print(json.dumps(figures))


def speed(folder: str, runs: int) -> None:
    rows = []
    for k in range(runs):
        out = subprocess.run([sys.executable, __file__, "--one-run", folder], check=True, capture_output=True, text=True,
                             cwd=ROOT)
        f = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(f)
        print(f"run {k + 1}: load {f['load']:.1f}; timexes CPU {f['timexes_cpu']:.2f} s (wall {f['timexes_wall']:.2f}); "
              f"timeline CPU {f['timeline_cpu']:.2f} s (wall {f['timeline_wall']:.2f}); both CPU "
              f"{f['timexes_cpu'] + f['timeline_cpu']:.2f} s; moves (not counted) {f['moves_cpu']:.2f} s; "
              f"{int(f['rows'])} rows", flush=True)

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rows)

    print(f"median of {runs}: timexes CPU {med('timexes_cpu'):.2f} s, wall {med('timexes_wall'):.2f} s; timeline CPU "
          f"{med('timeline_cpu'):.2f} s, wall {med('timeline_wall'):.2f} s; both CPU "
          f"{statistics.median(r['timexes_cpu'] + r['timeline_cpu'] for r in rows):.2f} s, wall "
          f"{statistics.median(r['timexes_wall'] + r['timeline_wall'] for r in rows):.2f} s; load "
          f"{min(r['load'] for r in rows):.1f}-{max(r['load'] for r in rows):.1f}")


def profile(folder: str, top: int) -> None:
    import cProfile
    import pstats

    from analysis.corpus import load_corpus
    from analysis.pipeline import analyse

    analysis = analyse(load_corpus(folder))
    analysis.timexes, analysis.moves  # noqa: B018
    print(f"load average {os.getloadavg()[0]:.1f}")
    prof = cProfile.Profile()
    prof.enable()
    analysis.timeline  # noqa: B018
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def check_words(folders: list[str]) -> None:
    """Every pattern the timeline searches only where its words are (:class:`analysis.timeline.dated.model.SearchedWithWords`)
    against the plain pattern, on the stretches before every third position of every text of ``folders`` (as the
    timeline searches them: by position, and as a slice) and on random strings of their words and the odd characters:
    prints the comparisons, the matches and the differences (0 expected)."""
    import random

    from analysis.timeline import clauses, dated

    by_id: dict[int, tuple[str, dated.SearchedWithWords]] = {}
    for mod in (dated, clauses):  # one entry per pattern, under the name of the module that makes it
        for name in dir(mod):
            if isinstance(getattr(mod, name), dated.SearchedWithWords):
                by_id.setdefault(id(getattr(mod, name)), (name, getattr(mod, name)))
    gated = list(by_id.values())
    texts = [p.read_text(encoding="utf-8", errors="replace") for f in folders for p in sorted(Path(f).rglob("*.txt"))]
    n = matches = differ = 0

    def same(a, b) -> bool:  # type: ignore[no-untyped-def]
        return (a and a.span()) == (b and b.span())

    for text in texts:
        for end in range(0, len(text) + 1, 3):
            for _, g in gated:
                start = max(0, end - 120)
                for got, want in ((g.search(text, start, end), g.pattern.search(text, start, end)),
                                  (g.search(text[start:end]), g.pattern.search(text[start:end]))):
                    n, matches, differ = n + 1, matches + (want is not None), differ + (not same(got, want))
    rnd = random.Random(29)
    for _, g in gated:
        pieces = [f"{w} " for w in g.words] + [f"{w.upper()} " for w in g.words] + list("ſıİ") + [
            "the ", "of ", "-", ".", ";", "\n", "x", "worst ", "best ", "first time ", "quarter ", "notes ", "set ",
            "originally ", "hedged ", "for ", "May 3 ", "2031 ", "years "]
        for _ in range(100_000):
            s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
            got, want = g.search(s), g.pattern.search(s)
            n, matches, differ = n + 1, matches + (want is not None), differ + (not same(got, want))
    print(f"{[name for name, _ in gated]}: {len(texts)} texts, {n} comparisons, {matches} matches, {differ} differences")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--speed", metavar="DIR")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", metavar="DIR")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--digest", metavar="OUT_JSON")
    ap.add_argument("--against", metavar="OLD_JSON")
    ap.add_argument("--check-words", action="store_true")
    ap.add_argument("--one-run", metavar="DIR", help=argparse.SUPPRESS)
    ap.add_argument("folders", nargs="*")
    a = ap.parse_args()
    if a.one_run:
        one_run(a.one_run)
    elif a.speed:
        speed(a.speed, a.runs)
    elif a.profile:
        profile(a.profile, a.top)
    elif a.digest:
        digest(a.digest, a.folders, a.against)
    elif a.check_words:
        check_words(a.folders)
    else:
        ap.print_help()


if __name__ == "__main__":
    main()
