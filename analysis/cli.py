"""Command line: the rows the app shows, printed as CSV or JSON.

    python -m analysis docs --corpus seeds --format csv
    python -m analysis moves --corpus DIR --format json --outlet "Hindustan Times"
    python -m analysis timex --corpus DIR --format json
    python -m analysis report --corpus seeds --out out/
    python -m analysis build --corpus DIR [--workers 2] [--scheduler tcp://host:8786] [--rebuild]

Every command goes the app's way: load the corpus, :func:`analysis.pipeline.analyse` it whole, then
:func:`analysis.pipeline.select` the filtered rows, so the CLI prints what the app shows under the same filters.
Bad corpus paths and other user errors print one line on stderr and exit with 2; bad files inside a good corpus
are named on stderr and the good ones are printed (exit 0). Every command reads the corpus's store
(:mod:`analysis.store`) when it is current and fills it when it is not (``--no-store`` keeps it in memory);
``build`` runs every heavy step up front. All argparse and printing live here.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.build import (
    STAGES,
    BuildReport,
    Phase,
    StageTime,
    build,
)
from analysis.corpus import load_corpus
from analysis.corpus.table import docs_table
from analysis.entities.resolve import entity_table
from analysis.errors import StorytraceError
from analysis.filters import FilterState
from analysis.market.moves import moves_table
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.score import MIN_THRESHOLD, overlap_table
from analysis.overlap.spread import reuse_edges, spread_table
from analysis.pipeline import Analysis, Selection, analyse, select, unknown_outlets
from analysis.quotes.table import quote_table
from analysis.report.bundle import bundle_files, parse_formats, write_files
from analysis.report.evidence import evidence_tables
from analysis.report.registry import collect_charts
from analysis.runners import DaskRunner, InProcess, Runner
from analysis.store import stored_corpus
from analysis.time.dates import parse_iso
from analysis.timeline.chart import selection_window
from analysis.timeline.events import timeline_table
from analysis.timeline.timexes import timex_table

Table = Callable[[Selection, argparse.Namespace], pd.DataFrame]


def _window(sel: Selection, args: argparse.Namespace) -> tuple[date, date] | None:
    """``--window-from``/``--window-to``, the missing end taken from the default window: the one the Timeline page and
    the report open on for the same filters (:func:`selection_window`), so ``in_window`` marks the rows they draw."""
    default = selection_window(sel.timeline(), sel.analysis.window, sel.filters.is_active)
    if not (args.window_from or args.window_to):
        return default
    lo, hi = parse_iso(args.window_from), parse_iso(args.window_to)
    if (args.window_from and lo is None) or (args.window_to and hi is None):
        raise StorytraceError("--window-from/--window-to must be ISO dates like 2025-01-20")
    lo = lo or (default[0] if default else hi)
    hi = hi or (default[1] if default else lo)
    assert lo is not None and hi is not None
    if hi < lo:
        raise StorytraceError("--window-to is before --window-from")
    return lo, hi


def _threshold(args: argparse.Namespace) -> float:
    value = DEFAULT_THRESHOLD if args.threshold is None else float(args.threshold)
    if not MIN_THRESHOLD <= value <= 100:
        raise StorytraceError(f"--threshold must be between {MIN_THRESHOLD:g} and 100")
    return value


#: command -> (table builder, help).
TABLES: dict[str, tuple[Table, str]] = {
    "docs": (lambda sel, args: docs_table(sel.view), "one row per article with its metadata and cleaning counts"),
    "entities": (
        lambda sel, args: entity_table(sel.entity_mentions(), sel.view.docs),
        "entities per article (people, organisations, places, products)",
    ),
    "quotes": (lambda sel, args: quote_table(sel.quotes()), "direct quotes with speaker, cluster and fidelity"),
    "overlap": (
        lambda sel, args: overlap_table(sel.view, sel.matches(_threshold(args)) if args.pairs else sel.pair_sums(_threshold(args)),
                                        pairs=args.pairs),
        "pairwise source overlap (or --pairs for matched sentences)",
    ),
    "spread": (
        lambda sel, args: spread_table(reuse_edges(sel.view, sel.pair_sums(_threshold(args)))),
        "who took passages from whom: source, taker, kind of reuse, share taken, and why that direction",
    ),
    "timeline": (
        lambda sel, args: timeline_table(sel.timeline(), _window(sel, args)),
        "dated events, one row per document mention",
    ),
    "moves": (lambda sel, args: moves_table(sel.moves()), "share and index moves reported in the articles"),
    "timex": (
        lambda sel, args: timex_table(sel.timexes()),
        "temporal expressions with their TIMEX3 values (offsets into each file's text as read)",
    ),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="Storytrace: how one story travelled across outlets.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    helps = {name: help_text for name, (_, help_text) in TABLES.items()}
    helps["report"] = "write every chart and its data to --out"
    helps["build"] = "run every heavy step once and write the corpus's store (per-stage seconds and memory)"
    for name, help_text in helps.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--corpus", default=str(config.SEEDS_DIR), help="corpus folder (default: seeds/)")
        p.add_argument("--no-store", dest="no_store", action="store_true",
                       help="neither read nor write the corpus's store (compute everything in memory)")
        if name == "build":
            p.add_argument("--workers", type=int, default=0,
                           help="start a local Dask cluster of N worker processes for the per-document steps")
            p.add_argument("--scheduler", help="address of an existing Dask scheduler (tcp://host:8786)")
            p.add_argument("--rebuild", action="store_true", help="ignore a current store and compute everything")
            continue
        p.add_argument("--outlet", action="append", default=[], help="keep only this outlet (repeatable)")
        p.add_argument("--entity", action="append", default=[], help="keep only articles mentioning this entity (repeatable)")
        p.add_argument("--from", dest="date_from", help="published on or after this ISO date")
        p.add_argument("--to", dest="date_to", help="published on or before this ISO date")
        if name == "report":
            p.add_argument("--out", required=True, help="folder to write the bundle into")
            p.add_argument("--format", dest="formats", default="png,svg,csv,html", help="comma list of png,svg,pdf,html,csv")
            p.add_argument("--title", default="Storytrace report")
        else:
            p.add_argument("--format", choices=("csv", "json"), default="csv")
        if name in ("overlap", "spread"):
            if name == "overlap":
                p.add_argument("--pairs", action="store_true", help="print matched sentence pairs instead of the matrix")
            p.add_argument("--threshold", type=float, default=None,
                           help=f"similarity {MIN_THRESHOLD:g}-100 a sentence match needs (default {DEFAULT_THRESHOLD:g})")
        if name == "timeline":
            p.add_argument("--window-from", dest="window_from", help="timeline window start (ISO date; default: densest week)")
            p.add_argument("--window-to", dest="window_to", help="timeline window end (ISO date)")
    return parser


def filters_from_args(args: argparse.Namespace) -> FilterState:
    """The :class:`FilterState` of ``--outlet``, ``--entity``, ``--from`` and ``--to``."""
    return FilterState.from_query(
        {"outlet": args.outlet, "entity": args.entity, "from": args.date_from or "", "to": args.date_to or ""}
    )


def _write(frame: pd.DataFrame, fmt: str) -> None:
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    if fmt == "json":
        sys.stdout.write(out.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        out.to_csv(sys.stdout, index=False)


def check_out_folder(out: str, corpus: str) -> Path:
    """The ``report --out`` folder, refused with a one-line :class:`StorytraceError` when it is an existing file
    or lies inside the corpus folder (the next load would read the report's CSV files as articles)."""
    path = Path(out).expanduser()
    if path.exists() and not path.is_dir():
        raise StorytraceError(f"--out {out} is an existing file; give a folder to write the report into")
    resolved, corpus_path = path.resolve(), Path(corpus).expanduser().resolve()
    if resolved == corpus_path or corpus_path in resolved.parents:
        raise StorytraceError(
            f"--out {out} is inside the corpus folder {corpus}; the next load would read the report as articles. "
            "Choose a folder outside it"
        )
    return path


def _report(sel: Selection, args: argparse.Namespace, failed: list[str]) -> list[Path]:
    """Writes the report into ``args.out``; the chart files that could not be rendered are added to ``failed``
    (the rest is written)."""
    formats = parse_formats(args.formats)
    charts, messages = collect_charts(sel)
    for message in messages:
        print(f"note: {message}", file=sys.stderr)
    if sel.is_empty:
        print("note: the filters leave no article, so the report has no chart", file=sys.stderr)
    files = bundle_files(charts, sel.view.docs, sel.filters, title=args.title, notes="", formats=formats,
                         evidence=evidence_tables(sel), failed=failed.append)
    try:
        return write_files(Path(args.out), files)
    except OSError as exc:
        raise StorytraceError(f"cannot write the report into {args.out}: {exc.strerror or exc}") from None


def _progress(stage: str, phase: Phase, done: StageTime | None) -> None:
    if phase == "start":
        print(f"[{STAGES.index(stage) + 1}/{len(STAGES)}] {stage} …", file=sys.stderr, flush=True)
    elif done is not None:
        how = "read from the store" if done.reused else f"{done.seconds:.2f} s"
        print(f"[{STAGES.index(stage) + 1}/{len(STAGES)}] {stage}: {done.rows:,} rows, {how}", file=sys.stderr, flush=True)


def build_table(report: BuildReport) -> pd.DataFrame:
    """The ``build`` command's rows: one per stage (seconds, CPU seconds of this process, rows, reused) and a
    total with the peak memory."""
    rows = [{"stage": s.stage, "seconds": round(s.seconds, 3), "cpu_seconds": round(s.cpu_seconds, 3), "rows": s.rows,
             "reused": s.reused, "computed_docs": s.computed_docs} for s in report.stages]
    rows.append({"stage": "total", "seconds": round(report.seconds, 3),
                 "cpu_seconds": round(sum(s.cpu_seconds for s in report.stages), 3), "rows": report.documents,
                 "reused": all(s.reused for s in report.stages), "computed_docs": None})
    return pd.DataFrame(rows).astype({"computed_docs": "Int64"})


def _runner(args: argparse.Namespace) -> Runner:
    if args.workers < 0:
        raise StorytraceError("--workers must be 0 (this process) or more")
    if args.scheduler or args.workers > 1:
        try:
            return DaskRunner(workers=max(args.workers, 1), address=args.scheduler)
        except (OSError, TimeoutError, ValueError) as exc:
            raise StorytraceError(f"cannot reach the Dask scheduler {args.scheduler}: {exc}") from None
    return InProcess()


def _build_command(args: argparse.Namespace) -> int:
    """``build``: the cluster first (its workers also clean the files of a corpus read for the first time), then
    the corpus and every heavy step."""
    wall, cpu = time.perf_counter(), time.process_time()
    runner = _runner(args)
    try:
        batches = runner.map_batches if isinstance(runner, DaskRunner) else None
        corpus = load_corpus([args.corpus]) if args.no_store else stored_corpus([args.corpus], batches=batches)
        for problem in corpus.problems.itertuples():
            print(f"{problem.file}: {problem.reason} ({problem.severity})", file=sys.stderr)
        print(f"loaded {len(corpus.docs):,} articles in {time.perf_counter() - wall:.2f} s "
              f"({time.process_time() - cpu:.2f} s CPU)", file=sys.stderr)
        analysis = analyse(corpus, store=not args.no_store)
        report = build(analysis, runner, rebuild=args.rebuild, progress=_progress)
    finally:
        if isinstance(runner, DaskRunner):
            runner.close()
    _print_failures(analysis)
    _write(build_table(report), "csv")
    workers = "".join(f", worker {i + 1} {mb:.0f} MiB" for i, mb in enumerate(report.worker_peak_rss_mb))
    print(f"peak memory: this process {report.peak_rss_mb:.0f} MiB{workers}", file=sys.stderr)
    if report.worker_peak_rss_mb:
        print(f"CPU of the workers: {report.worker_cpu_seconds:.2f} s", file=sys.stderr)
    return 0


def _print_failures(analysis: Analysis) -> None:
    """Each article a step raised on (:mod:`analysis.isolation`), as a warning on stderr like a file's notice."""
    for problem in analysis.problems.iloc[len(analysis.corpus.problems):].itertuples():
        print(f"{problem.file}: {problem.reason} ({problem.severity})", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0, or 2 after a one-line error on stderr)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "report":
            check_out_folder(args.out, args.corpus)
        if args.command == "build":
            return _build_command(args)
        corpus = load_corpus([args.corpus]) if args.no_store else stored_corpus([args.corpus])
        for problem in corpus.problems.itertuples():
            print(f"{problem.file}: {problem.reason} ({problem.severity})", file=sys.stderr)
        analysis = analyse(corpus, store=not args.no_store)
        filters = filters_from_args(args)
        unknown = unknown_outlets(analysis, filters.outlets)
        if unknown:
            known = ", ".join(sorted(set(corpus.docs["outlet"])))
            raise StorytraceError(f"no outlet named {', '.join(map(repr, unknown))}; known: {known}")
        sel = select(analysis, filters)
        if args.command == "report":
            failed: list[str] = []
            for path in _report(sel, args, failed):
                print(path)
            _print_failures(analysis)
            for what in failed:
                print(f"error: not rendered: {what}", file=sys.stderr)
            return 1 if failed else 0
        table, _ = TABLES[args.command]
        result = table(sel, args)
        _print_failures(analysis)
    except StorytraceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _write(result, args.format)
    return 0


def run() -> None:
    """Entry point of ``python -m analysis``: a closed pipe (``| head``) ends quietly."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    raise SystemExit(code)
