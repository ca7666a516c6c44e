"""Command line: the same functions as the app, printed as CSV or JSON.

    python -m analysis docs --corpus seeds --format csv
    python -m analysis moves --corpus DIR --format json --outlet "Hindustan Times"
    python -m analysis report --corpus seeds --out out/

Bad corpus paths and other user errors print one line on stderr and exit with 2; bad files inside a good
corpus are named on stderr and the good ones are printed (exit 0).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from . import config
from .corpus import Corpus, load_corpus
from .errors import StorytraceError
from .filters import FilterState, filter_corpus

#: command -> (module, function, help). Each function takes (corpus, args) and returns a DataFrame, except
#: ``report``, which writes files and returns their paths.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "docs": ("analysis.cli_tables", "docs_table", "one row per article with its metadata and cleaning counts"),
    "entities": ("analysis.entities", "entity_table", "entities per article (people, organisations, places, products)"),
    "quotes": ("analysis.quotes", "quote_table", "direct quotes with speaker, cluster and fidelity"),
    "overlap": ("analysis.overlap", "overlap_cli_table", "pairwise source overlap (or --pairs for matched sentences)"),
    "timeline": ("analysis.timeline", "timeline_table", "dated events, one row per document mention"),
    "moves": ("analysis.moves", "moves_table", "share and index moves reported in the articles"),
    "report": ("analysis.export", "write_report_cli", "write every chart and its data to --out"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="Storytrace: how one story travelled across outlets.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (_, _, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--corpus", default=str(config.SEEDS_DIR), help="corpus folder (default: seeds/)")
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
        if name == "overlap":
            p.add_argument("--pairs", action="store_true", help="print matched sentence pairs instead of the matrix")
            p.add_argument("--threshold", type=float, default=None, help="similarity 0-100 a sentence match needs")
        if name == "timeline":
            p.add_argument("--window-from", dest="window_from", help="timeline window start (ISO date; default: densest week)")
            p.add_argument("--window-to", dest="window_to", help="timeline window end (ISO date)")
    return parser


def entity_docs_for(corpus: Corpus) -> dict[str, set[str]]:
    """doc_ids per entity, for the --entity filter (needs the entities module)."""
    from .entities import entity_doc_index

    return entity_doc_index(corpus)


def filtered(corpus: Corpus, args: argparse.Namespace) -> Corpus:
    state = FilterState.from_query(
        {"outlet": args.outlet, "entity": args.entity, "from": args.date_from or "", "to": args.date_to or ""}
    )
    known = set(corpus.docs["outlet"])
    unknown = [o for o in state.outlets if o not in known]
    if unknown:
        raise StorytraceError(f"no outlet named {', '.join(map(repr, unknown))}; known: {', '.join(sorted(known))}")
    return filter_corpus(corpus, state, entity_docs_for(corpus) if state.entities else None)


def _write(frame: pd.DataFrame, fmt: str) -> None:
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    if fmt == "json":
        sys.stdout.write(out.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        out.to_csv(sys.stdout, index=False)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    module, func, _ = COMMANDS[args.command]
    try:
        corpus = load_corpus([args.corpus])
        for problem in corpus.problems.itertuples():
            print(f"{problem.file}: {problem.reason} ({problem.severity})", file=sys.stderr)
        selection = filtered(corpus, args)
        fn: Callable[..., object] = getattr(importlib.import_module(module), func)
        result = fn(selection, args)
    except StorytraceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if isinstance(result, pd.DataFrame):
        _write(result, args.format)
    else:
        for path in result:  # type: ignore[union-attr]
            print(Path(path))
    return 0


if __name__ == "__main__":
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `python -m analysis moves | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    raise SystemExit(code)
