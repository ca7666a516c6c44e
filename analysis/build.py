"""Build every heavy step of a corpus once, on one process or on a Dask cluster, into the store.

    python -m analysis build --corpus DIR [--workers N] [--scheduler tcp://host:8786] [--rebuild]

The steps split in two kinds:

- **per-document** steps are pure functions of one document and its metadata: entity recognition
  (:func:`analysis.entities.resolve.recognized_mentions`), temporal expressions
  (:func:`analysis.timeline.timexes.timex_mentions`) and the alignable sentences
  (:func:`analysis.overlap.passages.sentence_occurrences`); each chunk is cut to the tables its step reads
  (:data:`NEEDS`). They run on chunks of documents, in this process or on the workers of a Dask cluster (the
  same functions either way, :mod:`analysis.runners`), and their rows are kept
  per document in the store (keyed by a hash of the document), so adding an article computes that article only.
- **corpus** steps see the whole corpus and run here. Their per-document parts (quotes found and attributed,
  share moves read, dated sentences) run on the same workers as soon as their inputs exist (the entity mentions,
  the timexes; moves and dates ahead of the work still queued, as the timeline waits for them, and quotes found
  while this process merges the timeline's events), and are kept by document in the store too
  (:mod:`analysis.incremental`, keyed by the document and its rows of the whole-corpus input they read, such as
  its entity mentions), so an added article is the only one read again; the whole-corpus parts are expressed as
  blocking then verification: entity
  linking (names grouped by normalised keys, each decision taken once per distinct mention form), quote clustering
  (exact and normalised hashes, then fuzzy matches among quotes sharing a rare word n-gram; the clusters of the
  distinct quote forms are kept in the store, so an added article's quotes are the only ones verified), sentence
  alignment (identical sentences grouped, similar groups
  linked among candidates sharing rare word n-grams; pairs are only made for what a view shows), share
  moves with the corpus's entity names, and timeline events (grouped by day and key).

Every table ends in the :class:`analysis.pipeline.Analysis` and the store, so the app and each CLI command read
it instead of computing it. :func:`build` returns per-stage seconds, rows and peak memory.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd

from analysis.corpus import Corpus
from analysis.entities.resolve import recognized_mentions
from analysis.incremental import DOC_KEY, doc_keys, in_doc_order
from analysis.isolation import StepFailure, failures_of, isolated
from analysis.overlap.passages import sentence_occurrences
from analysis.pipeline import RECOGNIZED_TABLES, TIMEX_TABLES, Analysis
from analysis.runners import (
    DaskRunner,
    InProcess,
    Runner,
    chunk_size,
    same_text_together,
    split,
)
from analysis.store import Store, code_version, table_key
from analysis.timeline.events import undated_expressions
from analysis.timeline.timexes import timex_mentions

#: The per-document steps: name -> (function of a part of the corpus, the Analysis result it feeds).
PER_DOCUMENT: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "recognized": recognized_mentions,
    "timexes": timex_mentions,
    "occurrences": sentence_occurrences,
}
#: The corpus tables each per-document step reads (the others travel empty to a worker: a chunk carries only
#: what its step needs).
NEEDS: dict[str, tuple[str, ...]] = {
    "recognized": RECOGNIZED_TABLES,
    "timexes": TIMEX_TABLES,
    "occurrences": ("docs", "sentences"),
}
#: Per-document steps that read only these columns of a document (besides ``doc_id``, which they copy to their
#: rows): documents with equal values get equal rows, so a reprint is computed once and its rows copied.
CONTENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "recognized": ("title", "text"),
    "occurrences": ("text",),
}
#: Every stage in build order, as the CLI and the bench print them. Quotes come last: the workers find them while
#: this process merges the timeline's events (the longest step here), which needs the moves and the dated sentences
#: first.
STAGES = ("entities", "moves", "alignment", "timexes", "undated", "timeline", "quotes")
#: The results each stage leaves in the analysis (and the store).
STAGE_RESULTS: dict[str, tuple[str, ...]] = {
    "entities": ("entity_mentions_found",), "quotes": ("quotes",), "moves": ("moves",),
    "alignment": ("passages", "passage_links"), "timexes": ("timexes",), "undated": ("undated",),
    "timeline": ("timeline",),
}
#: The per-document step behind each stage that has one.
STAGE_STEP = {"entities": "recognized", "alignment": "occurrences", "timexes": "timexes"}
#: The per-document part of each corpus stage that the analysis keeps by document
#: (:meth:`analysis.pipeline.Analysis.computed` counts the documents it computed).
STAGE_PART = {"quotes": "quotes_found", "moves": "moves_found", "timeline": "timeline_dated"}

Progress = Callable[[str, int, int], None]
Phase = Literal["start", "done"]


@dataclass
class StageTime:
    """One stage of a build: wall and CPU seconds (this process), rows, and whether it was read from the store."""

    stage: str
    seconds: float
    cpu_seconds: float
    rows: int
    reused: bool
    computed_docs: int | None = None


@dataclass
class BuildReport:
    """What a build did: per-stage times, peak memory of this process and of each worker (MiB)."""

    documents: int
    stages: list[StageTime] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    worker_peak_rss_mb: list[float] = field(default_factory=list)
    worker_cpu_seconds: float = 0.0

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.stages)

    def record(self) -> dict[str, Any]:
        """The report as JSON-ready data (saved as the store's ``build.json``)."""
        return {"documents": self.documents, "seconds": round(self.seconds, 3), "peak_rss_mb": round(self.peak_rss_mb, 1),
                "worker_peak_rss_mb": [round(v, 1) for v in self.worker_peak_rss_mb],
                "worker_cpu_seconds": round(self.worker_cpu_seconds, 3),
                "stages": [vars(s) for s in self.stages]}


def _reprints(docs: pd.DataFrame, todo: Sequence[str], content: tuple[str, ...] | None) -> tuple[list[str], pd.DataFrame]:
    """The documents of ``todo`` to compute (one per distinct ``content``, or all when None) and the copies:
    ``rep, doc_id`` rows (a document that is its own representative included)."""
    if not content or not todo:
        return list(todo), pd.DataFrame({"rep": list(todo), "doc_id": list(todo)}, dtype="str")
    part = docs.loc[docs["doc_id"].astype(str).isin(set(todo)), ["doc_id", *[c for c in content if c in docs.columns]]]
    key = pd.util.hash_pandas_object(part.drop(columns=["doc_id"]).astype("string").fillna("\x00"), index=False)
    ids = part["doc_id"].astype(str).to_numpy()
    first = pd.Series(ids).groupby(key.to_numpy(), sort=False).transform("first").to_numpy()
    return [d for d, f in zip(ids, first, strict=True) if d == f], pd.DataFrame({"rep": first, "doc_id": ids}, dtype="str")


def _with_copies(part: pd.DataFrame, copies: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``part`` (computed for representatives) for every document they stand for."""
    if part.empty or len(copies) == copies["rep"].eq(copies["doc_id"]).sum():
        return part
    order = list(part.columns)
    merged = part.rename(columns={"doc_id": "rep"}).merge(copies, on="rep", how="inner", sort=False)
    return merged.drop(columns=["rep"]).loc[:, order]


@dataclass
class Pending:
    """A per-document step sent to a runner (:func:`start_per_document`), collected by :func:`finish_per_document`."""

    name: str
    order: list[str]
    keys: np.ndarray
    have: set[int]
    known: pd.DataFrame | None
    todo: list[str]
    copies: pd.DataFrame
    chunks: int
    results: Iterator[pd.DataFrame]
    template: pd.DataFrame
    #: The documents the step raised on, known once collected (:mod:`analysis.isolation`).
    failures: list[StepFailure] = field(default_factory=list)


def start_per_document(name: str, corpus: Corpus, runner: Runner, store: Store | None, rebuild: bool = False) -> Pending:
    """Send the per-document step ``name`` to ``runner`` for the documents the store does not hold yet (a
    reprint once, see :data:`CONTENT_COLUMNS`). A cluster starts at once, so the caller can work meanwhile;
    this process's runner computes when the results are collected."""
    fn = isolated(PER_DOCUMENT[name], name)
    keys = doc_keys(corpus.docs)
    order = corpus.docs["doc_id"].astype(str).tolist()
    cache_name, cache_key = f"{name}_bydoc", table_key(f"{name}_bydoc", code_version())
    cached = None if (store is None or rebuild) else store.read(cache_name, cache_key)
    done = None if (store is None or rebuild or cached is None) else store.read(f"{name}_docs", cache_key)
    have = set(done[DOC_KEY]) & set(keys.tolist()) if done is not None else set()
    known = cached.loc[cached[DOC_KEY].isin(have)] if cached is not None and have else None
    todo = [d for d, k in zip(order, keys, strict=True) if k not in have]
    reps, copies = _reprints(corpus.docs, todo, CONTENT_COLUMNS.get(name))
    reps = same_text_together(corpus.docs, reps)
    size = chunk_size(len(reps), runner.workers)
    return Pending(name, order, keys, have, known, todo, copies, -(-len(reps) // size),
                   runner.map(fn, corpus, split(reps, size), NEEDS[name]), fn(corpus.subset([])))


def finish_per_document(pending: Pending, store: Store | None,
                        on_chunk: Callable[[int, int], None] | None = None) -> tuple[pd.DataFrame, int]:
    """The whole corpus's table of a started step: rows of documents already in the store reused, the others
    collected (copied to their reprints); the rows of all documents are written back. Returns the table
    (document order, as one call on the whole corpus gives) and how many documents were computed."""
    p = pending
    parts: list[pd.DataFrame] = []
    for i, part in enumerate(p.results):
        p.failures.extend(failures_of([part]))
        parts.append(_with_copies(part, p.copies))
        if on_chunk is not None:
            on_chunk(i + 1, p.chunks)
    key_of = dict(zip(p.order, p.keys, strict=True))
    fresh = [f.assign(**{DOC_KEY: f["doc_id"].astype(str).map(key_of).astype("uint64")}) for f in parts if len(f)]
    pieces = ([p.known] if p.known is not None and len(p.known) else []) + fresh
    table = pd.concat(pieces, ignore_index=True) if pieces else p.template.assign(**{DOC_KEY: pd.Series(dtype="uint64")})
    if store is not None and p.todo:
        cache_key = table_key(f"{p.name}_bydoc", code_version())
        store.write(f"{p.name}_bydoc", cache_key, table)
        retry = {key_of[f.doc_id] for f in p.failures if f.doc_id in key_of}  # tried again next time
        every = sorted((p.have | set(p.keys.tolist())) - retry)
        store.write(f"{p.name}_docs", cache_key, pd.DataFrame({DOC_KEY: pd.Series(every, dtype="uint64")}))
    if not pieces:
        return p.template, len(p.todo)
    return in_doc_order(table.drop(columns=[DOC_KEY]), p.order), len(p.todo)


def per_document(name: str, corpus: Corpus, runner: Runner, store: Store | None, rebuild: bool = False,
                 on_chunk: Callable[[int, int], None] | None = None) -> tuple[pd.DataFrame, int]:
    """:func:`start_per_document` then :func:`finish_per_document`: the table of step ``name`` on the whole
    ``corpus`` and how many documents were computed."""
    return finish_per_document(start_per_document(name, corpus, runner, store, rebuild), store, on_chunk)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(analysis: Analysis, runner: Runner | None = None, rebuild: bool = False,
          progress: Callable[[str, Phase, StageTime | None], None] | None = None) -> BuildReport:
    """Run every heavy step of ``analysis`` (see the module docstring), per-document steps through ``runner``
    (default: this process), and put each table in the analysis and its store. ``rebuild`` ignores what the
    store holds. ``progress(stage, phase, time)`` is called as each stage starts and ends."""
    runner = runner or InProcess()
    corpus, store = analysis.corpus, analysis.store
    if rebuild:
        analysis.read_store = False
    workers_cpu = runner.cpu_seconds() if isinstance(runner, DaskRunner) else 0.0
    report = BuildReport(documents=len(corpus.docs))

    reused = {name: not rebuild and all(analysis.is_stored(r) for r in STAGE_RESULTS[name]) for name in STAGES}
    # every per-document step is sent at once: a cluster works on dates and sentences while this process links
    # entities, attributes quotes and reads moves
    pending = {step: start_per_document(step, corpus, runner, store, rebuild)
               for name, step in STAGE_STEP.items() if not reused[name]}

    def finished(step: str) -> tuple[pd.DataFrame, int]:
        frame, computed = finish_per_document(pending[step], store)
        analysis.record_failures(pending[step].failures)
        return frame, computed

    def stage(name: str, compute: Callable[[], tuple[pd.DataFrame, int | None]]) -> None:
        if progress is not None:
            progress(name, "start", None)
        wall, cpu = time.perf_counter(), time.process_time()
        if reused[name]:
            frame, computed = getattr(analysis, {"entities": "entity_mentions", "alignment": "passages"}.get(name, name)), 0
        else:
            frame, computed = compute()
        done = StageTime(name, time.perf_counter() - wall, time.process_time() - cpu, len(frame), reused[name], computed)
        report.stages.append(done)
        if progress is not None:
            progress(name, "done", done)

    def entities() -> tuple[pd.DataFrame, int | None]:
        found, computed = finished("recognized")
        analysis.provide("entity_mentions_found", analysis.linked(found if len(corpus.docs) else found.iloc[0:0]))
        # both read the mentions: the workers start on the moves now (the timeline waits for them), and take the
        # quotes after the dates queued before them
        if not reused["moves"]:
            analysis.start("moves_found")
        if not reused["quotes"]:
            analysis.start("quotes_found", urgent=False)
        return analysis.entity_mentions, computed

    def alignment() -> tuple[pd.DataFrame, int | None]:
        occurrences, computed = finished("occurrences")
        passages, links = analysis.link_occurrences(occurrences)  # from the link state the store keeps
        analysis.provide("passages", passages)
        analysis.provide("passage_links", links)
        return passages, computed

    def documentwise(name: str) -> Callable[[], tuple[pd.DataFrame, int | None]]:
        def run() -> tuple[pd.DataFrame, int | None]:
            frame, computed = finished(name)
            analysis.provide(name, frame)
            return frame, computed
        return run

    def timexes() -> tuple[pd.DataFrame, int | None]:
        frame, computed = documentwise("timexes")()
        if not reused["timeline"]:
            analysis.start("timeline_dated")  # the dated sentences read the timexes: the workers start on them now
        return frame, computed

    def corpus_step(name: str) -> Callable[[], tuple[pd.DataFrame, int | None]]:
        return lambda: (getattr(analysis, name), analysis.computed.get(STAGE_PART[name]))

    steps = {"entities": entities, "quotes": corpus_step("quotes"), "moves": corpus_step("moves"),
             "alignment": alignment, "timexes": timexes,
             "undated": lambda: (undated_expressions(corpus, analysis.timexes), None),
             "timeline": corpus_step("timeline")}
    analysis.runner = runner  # the per-document parts of the corpus steps run on the same workers
    try:
        for name in STAGES:
            stage(name, steps[name])
    finally:
        analysis.runner = None
    report.peak_rss_mb = _peak_rss_mb()
    if isinstance(runner, DaskRunner):
        report.worker_peak_rss_mb = runner.peak_rss_mb()
        report.worker_cpu_seconds = runner.cpu_seconds() - workers_cpu
    if store is not None:
        store.write_record(report.record())
    return report
