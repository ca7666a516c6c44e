"""One path from a corpus to every table and chart: :func:`analyse` once per corpus version, :func:`select` per
filter change.

    files -> load_corpus -> analyse(corpus)          heavy steps, on the whole corpus, each run once on first use
                         -> select(analysis, filters) narrows every result to the documents that pass
                         -> tables and charts        the same rows in the app, the CLI and the report

Every heavy step (entity resolution, quote extraction and clustering, sentence alignment, timeline event
merging, share moves) sees the whole corpus, so event ids, quote clusters and entity names do not depend on
which filter is set; a filter only decides which rows are shown.
"""

from __future__ import annotations

import gc
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any, Literal, TypeVar

import numpy as np
import pandas as pd

from analysis import config
from analysis.charts import outlet_colours
from analysis.corpus import Corpus, build_corpus
from analysis.corpus.readers import RawArticle
from analysis.entities.edits import EDITS_NAME, apply_edits, load_edits
from analysis.entities.resolve import entity_mentions, linked_mentions, recognized_mentions, story_mentions
from analysis.filters import FilterState, filter_corpus
from analysis.incremental import Plan, complete, doc_keys, in_doc_order, plan
from analysis.isolation import (
    FAILED,
    StepFailure,
    each_document,
    failures_of,
    guarded,
    isolated,
    renumbered,
    with_failures,
)
from analysis.market.moves import extract_moves, listing_regions, one_name_per_company
from analysis.overlap.passages import (
    MIN_THRESHOLD,
    LinkState,
    Unit,
    expand_matches,
    link_passages_kept,
    sentence_occurrences,
    unlinked_passages,
)
from analysis.overlap.spread import edge_examples
from analysis.overlap.sums import outlet_sums, pair_sums
from analysis.quotes.corrections import CORRECTIONS_NAME, load_corrections
from analysis.quotes.cluster import ClusterState
from analysis.quotes.table import clustered_quotes_kept, found_quotes
from analysis.runners import (
    PartFn,
    Runner,
    chunk_size,
    empty_result,
    local_runner,
    same_text_together,
    split,
)
from analysis.store import (
    Store,
    code_version,
    docs_version,
    state_version,
    store_dir,
    table_key,
)
from analysis.timeline.dated.model import MOVE_FROM
from analysis.timeline.events import (
    dated_mentions,
    default_window,
    story_day,
    timeline_events,
    undated_expressions,
)
from analysis.timeline.merge import DayBlock
from analysis.timeline.story_since import story_since_spans
from analysis.timeline.timexes import timex_mentions
from analysis.workers import warm

T = TypeVar("T")
#: The corpus tables :func:`timex_mentions` and :func:`recognized_mentions` read (a chunk sent to a worker carries
#: only these).
TIMEX_TABLES = ("docs", "sentences", "paragraphs")
RECOGNIZED_TABLES = ("docs",)

_heap_lock = threading.Lock()
_heap_users = 0


@contextmanager
def settled_heap() -> Iterator[None]:
    """Keep the objects that exist now (the loaded corpus, its frames and the curated data) out of Python's
    cyclic garbage collections while a heavy step runs.

    A step allocates millions of small objects; every so often that triggers a full collection, which walks
    every object alive, the whole corpus included, although none of it is garbage (about a sixth of the timex and
    timeline steps' time on a 1,000-article corpus). :func:`gc.freeze` sets the objects alive at the start aside
    for the step's length; the last step to finish (steps nest, and threads share the collector) gives them back
    with :func:`gc.unfreeze`, so nothing stays out of reach of the collector after the step.
    """
    global _heap_users
    with _heap_lock:
        _heap_users += 1
        gc.freeze()
    try:
        yield
    finally:
        with _heap_lock:
            _heap_users -= 1
            if _heap_users == 0:
                gc.unfreeze()


def _rows_of(frame: pd.DataFrame, doc_ids: frozenset[str]) -> pd.DataFrame:
    """The rows of ``frame`` (needs ``doc_id``) whose document is in ``doc_ids``, order kept."""
    return frame.loc[frame["doc_id"].isin(doc_ids)].reset_index(drop=True)


def quote_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """The entity mentions as the quote engine reads them (``doc_id, start, end, surface, name, type``): the
    adapter between the entity layer's columns (``alias``, ``entity``) and the engine's."""
    return mentions.rename(columns={"alias": "surface", "entity": "name"}).loc[
        :, ["doc_id", "start", "end", "surface", "name", "type"]]


#: The heavy steps whose whole-corpus tables are persisted (:mod:`analysis.store`), each with the user's state
#: files its rows depend on besides the code and the documents.
STORED_TABLES: dict[str, tuple[str, ...]] = {
    "entity_mentions_found": (),
    "quotes": (EDITS_NAME, CORRECTIONS_NAME),
    "passages": (),
    "passage_links": (),
    "timexes": (),
    "undated": (),
    "moves": (EDITS_NAME,),
    "timeline": (EDITS_NAME,),
}


#: Expanded match views (:meth:`Analysis.matches_of`) an analysis keeps: at most this many, and past the latest
#: one only while their rows add up to no more than :data:`VIEW_CACHE_ROWS` (a whole syndicated corpus expands
#: to millions of pairs).
VIEW_CACHE = 4
VIEW_CACHE_ROWS = 2_000_000


class Analysis:
    """The whole-corpus results of every heavy step.

    Each step runs on first use and is kept, so a page that needs only the documents never waits for the
    alignment, and no step runs twice for one corpus version. With a ``store`` (:mod:`analysis.store`), a step
    whose table is stored at the current version is read instead of computed, and a computed one is written, so
    a restart or the next CLI command skips it. Safe to share between threads (the app keeps one per corpus
    version for all sessions); the frames it returns must not be mutated (nothing in ``analysis/`` mutates its
    inputs).
    """

    def __init__(self, corpus: Corpus, store: Store | None = None) -> None:
        self.corpus = corpus
        self.store = store
        self._results: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._docs_version: str | None = None
        #: False to compute every step again and overwrite the store (``build --rebuild``).
        self.read_store = True
        self._views: OrderedDict[tuple[Any, ...], pd.DataFrame] = OrderedDict()
        #: Documents each per-document part of a corpus step computed (the rest read from the store); for
        #: ``quote_clusters`` and ``passage_links``, the forms or pairs verified (None: all, from scratch).
        self.computed: dict[str, int | None] = {}
        #: Where the per-document parts of the corpus steps run; a build sets it (:func:`analysis.build.build`).
        #: None: on this machine's kept worker processes for a large corpus once they are started, else here
        #: (:meth:`workers`).
        self.runner: Runner | None = None
        self._started: dict[str, tuple[Plan, Callable[[], pd.DataFrame]]] = {}
        #: Documents a per-document step raised on (:mod:`analysis.isolation`): their rows of that step are missing.
        self.failures: list[StepFailure] = []

    def _once(self, name: str, compute: Callable[[], T]) -> T:
        with self._lock:
            if name not in self._results:
                with settled_heap():
                    if self.store is not None and name in STORED_TABLES:
                        self._results[name] = self._from_store(name, compute)  # type: ignore[arg-type]
                    else:
                        self._results[name] = compute()
            return self._results[name]

    def table_key(self, name: str) -> str:
        """The version of the stored table ``name``: code, documents and the state files it reads."""
        if self._docs_version is None:
            self._docs_version = docs_version(self.corpus.docs)
        return table_key(name, code_version(), self._docs_version,
                         state_version(self.corpus.folders, STORED_TABLES[name]))

    def _from_store(self, name: str, compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        assert self.store is not None
        key = self.table_key(name)
        frame = self.store.read(name, key) if self.read_store else None
        if frame is None:
            failed_before = len(self.failures)
            frame = compute()
            if len(self.failures) == failed_before:  # a table missing a failed document's rows is not kept
                self.store.write(name, key, frame)
        return frame

    def note_failures(self, frame: pd.DataFrame) -> list[str]:
        """Keep the failures ``frame`` carries (:func:`analysis.isolation.failures_of`) and take them off it;
        returns the failed documents' ids."""
        found = failures_of([frame])
        frame.attrs.pop(FAILED, None)
        self.record_failures(found)
        return [f.doc_id for f in found]

    def record_failures(self, failures: Iterable[StepFailure]) -> None:
        """Keep ``failures`` (each once) among :attr:`failures`."""
        with self._lock:
            self.failures.extend(f for f in failures if f not in self.failures)

    def _guarded(self, step: str, compute: Callable[[], T], fallback: Callable[[], T]) -> T:
        """The whole-corpus step ``step``: ``compute()``, or when it raises, ``fallback()`` with the failure kept
        (:func:`analysis.isolation.guarded`); a fallback's own per-document failures are kept too."""
        result = guarded(step, compute, fallback, self.record_failures)
        if isinstance(result, pd.DataFrame):
            self.note_failures(result)
        return result

    @property
    def problems(self) -> pd.DataFrame:
        """The corpus's problems (refused files, notices) and, after them, each article a step failed on (a
        whole-corpus step: "all articles"): file, severity ("warning"), reason."""
        with self._lock:
            failures = list(self.failures)
        if not failures:
            return self.corpus.problems
        file_of = dict(zip(self.corpus.docs["doc_id"].astype(str), self.corpus.docs["file"].astype(str)))
        file_of[""] = "all articles"
        rows = pd.DataFrame([(file_of.get(f.doc_id, f.doc_id), "warning", f.reason()) for f in failures],
                            columns=self.corpus.problems.columns)
        return pd.concat([self.corpus.problems, rows], ignore_index=True)

    def is_stored(self, name: str) -> bool:
        """Whether the table of step ``name`` is in the store at the current version (or already in memory)."""
        with self._lock:
            if name in self._results:
                return True
        return (self.store is not None and self.read_store and name in STORED_TABLES
                and self.store.has(name, self.table_key(name)))

    def _part_spec(self, name: str) -> tuple[PartFn, tuple[str, ...], tuple[pd.DataFrame, ...], bool, list[str] | None]:
        """How the per-document part ``name`` of a corpus step is computed: ``fn(part of the corpus holding
        tables, *inputs cut to it)``; whether the inputs are in each document's key (unkeyed inputs derive from
        the document alone), and a salt per document (a corpus-wide value only some documents read)."""
        if name == "quotes_found":
            return found_quotes, ("docs", "sentences"), (self._engine_mentions(),), True, None
        if name in ("moves_found", "timeline_dated"):
            docs, story = self.corpus.docs, story_day(self.corpus.docs)
            # only an article without any publication date reads the corpus's latest one
            undated = (docs["published"].isna() & docs["published_earliest"].isna()).tolist()
            salt = [str(story) if u else "" for u in undated]
            if name == "moves_found":
                return partial(extract_moves, story=story), ("docs", "sentences"), (self._engine_mentions(),), True, salt
            return partial(dated_mentions, story=story), ("docs", "sentences"), (self.timexes,), False, salt
        raise KeyError(name)

    def _engine_mentions(self) -> pd.DataFrame:
        """The story's entity mentions in the shape the quote engine and the move grammar read (:func:`quote_mentions`
        and :func:`move_mentions` give the same frame): made once, so both steps key their documents by one frame
        (:func:`analysis.incremental.doc_keys` hashes a frame's rows once)."""
        return self._once("engine_mentions", lambda: quote_mentions(story_mentions(self.entity_mentions)))

    def _submit(self, name: str, urgent: bool = True) -> tuple[Plan, Callable[[], pd.DataFrame]]:
        """Plan the part ``name`` (:func:`analysis.incremental.plan`: with a store, only documents it has not seen
        with the same inputs are computed) and send them to the workers (:meth:`workers`) now when there are several;
        returns the plan and what gives the computed rows. ``urgent``: ahead of the work the workers have queued."""
        fn, tables, inputs, keyed, salt = self._part_spec(name)
        fn = isolated(fn, name)
        corpus, runner = self.corpus, self.workers()
        keys = (doc_keys(corpus.docs, inputs if keyed else (), salt) if self.store is not None
                else np.zeros(len(corpus.docs), dtype="uint64"))
        p = plan(name, corpus.docs, keys, self.store, self.read_store)
        todo = p.todo
        if runner is not None and runner.workers > 1 and len(todo) > 1:
            # reprints in one chunk: a step that reads a text once per call (quote finding) reads a reprint once
            ordered = same_text_together(corpus.docs, todo)
            results = runner.map(fn, corpus, split(ordered, chunk_size(len(todo), runner.workers)), tables, inputs,
                                 urgent=urgent)

            def collect() -> pd.DataFrame:
                parts = list(results)
                frames = [f for f in parts if len(f)]
                found = pd.concat(frames, ignore_index=True) if frames else empty_result(fn, corpus, inputs)
                return with_failures(found, failures_of(parts))

            return p, collect
        return p, lambda: fn(corpus if len(todo) == len(corpus.docs) else corpus.subset(todo), *inputs)

    def start_workers(self) -> list[Future[int]]:
        """For a large corpus, start this machine's worker processes now, in the background (a long-lived process
        such as the app's server: they are then kept for its later steps and corpus versions); the per-document
        parts of the steps run on them (:meth:`workers`). Returns the workers' warm-up tasks
        (:func:`analysis.workers.warm`); a small corpus starts nothing."""
        return warm(practise) if len(self.corpus.docs) >= config.PARALLEL_MIN_DOCS else []

    def workers(self) -> Runner | None:
        """Where the per-document parts run: the runner a build set, else this machine's kept worker processes
        for a large corpus once started (:meth:`start_workers`, or by cleaning a large corpus:
        :func:`analysis.runners.local_runner`), else None (here)."""
        return self.runner if self.runner is not None else local_runner(len(self.corpus.docs))

    def start(self, name: str, urgent: bool = True) -> None:
        """Send the per-document part ``name`` of a corpus step to the :attr:`runner`'s workers now, so they work
        while this process does something else; the step collects it when asked for. ``urgent``: ahead of the
        work already queued (else after it)."""
        with self._lock:
            if name not in self._started:
                self._started[name] = self._submit(name, urgent)

    def _per_document(self, name: str) -> pd.DataFrame:
        """The per-document part ``name`` of a corpus step for every document (:meth:`_part_spec`), started by
        :meth:`start` or now."""
        with self._lock:
            started = self._started.pop(name, None)
        p, compute = started if started is not None else self._submit(name)
        fresh = compute() if p.todo or p.known is None else None
        failed = self.note_failures(fresh) if fresh is not None else []
        frame, self.computed[name] = complete(p, fresh, self.store, failed)
        return frame

    def provide(self, name: str, frame: pd.DataFrame) -> None:
        """Set the result of step ``name`` computed elsewhere (a worker pool, :mod:`analysis.build`), and store it."""
        with self._lock:
            self._results[name] = frame
            # a table made while a step failed on a document lacks its rows: computed again next time, not kept
            if self.store is not None and name in STORED_TABLES and not self.failures:
                self.store.write(name, self.table_key(name), frame)

    @property
    def outlet_colours(self) -> dict[str, str]:
        """One colour per outlet for every chart (:func:`analysis.charts.outlet_colours` of the whole corpus)."""
        return self._once("outlet_colours", lambda: outlet_colours(self.corpus.docs))

    @property
    def entity_mentions(self) -> pd.DataFrame:
        """:func:`analysis.entities.resolve.entity_mentions` of the whole corpus, with the user's merges and
        renames (:mod:`analysis.entities.edits`, saved beside the corpus) applied."""
        return self._once("entity_mentions", lambda: apply_edits(
            self._once("entity_mentions_found", self._entity_mentions), load_edits(self.corpus.folders)))

    def _entity_mentions(self) -> pd.DataFrame:
        """:func:`entity_mentions`: each document's mentions recognised (on the workers when there are several),
        then linked across the corpus here."""
        if self.corpus.docs.empty:
            return entity_mentions(self.corpus)
        return self.linked(self._documentwise("recognized", recognized_mentions, RECOGNIZED_TABLES))

    def linked(self, found: pd.DataFrame) -> pd.DataFrame:
        """:func:`linked_mentions` of ``found`` (every document's recognised mentions) across the corpus, or when
        that raises, within each document alone (:meth:`_guarded`)."""
        return self._guarded("entity_linking", lambda: linked_mentions(self.corpus, found),
                             lambda: each_document(linked_mentions, "entity_linking", self.corpus, found))

    def reload_entity_edits(self) -> None:
        """Re-read the entity edits: the steps that use entity names run again on next use (not the
        recognition itself)."""
        with self._lock:
            for name in ("entity_mentions", "engine_mentions", "entity_index", "quotes", "moves", "timeline"):
                self._results.pop(name, None)

    @property
    def entity_index(self) -> dict[str, frozenset[str]]:
        """Canonical entity -> the doc_ids whose story mentions it (the entity filter; credits left out)."""
        return self._once(
            "entity_index",
            lambda: {str(e): frozenset(g["doc_id"])
                     for e, g in story_mentions(self.entity_mentions).groupby("entity", sort=True)},
        )

    @property
    def quotes(self) -> pd.DataFrame:
        """Quotations with speakers and clusters (:func:`analysis.quotes.table.quote_variants`), the user's
        speaker corrections saved beside the corpus applied."""
        return self._once("quotes", self._clustered_quotes)

    def _clustered_quotes(self) -> pd.DataFrame:
        """:func:`clustered_quotes_kept` with the clustering kept in the store (table ``quote_clusters``, keyed by
        the code: each distinct quote form's cluster, representative and fidelity), so after an article is added
        only its quotes are verified against the others."""
        found = self._per_document("quotes_found")
        corrections = load_corrections(self.corpus.folders)

        def clustered() -> pd.DataFrame:
            key = table_key("quote_clusters", code_version())
            stored = self.store.read("quote_clusters", key) if self.store is not None and self.read_store else None
            state = ClusterState.from_frame(stored)
            frame, kept = clustered_quotes_kept(found, corrections, state)
            self.computed["quote_clusters"] = kept.verified
            if self.store is not None and not kept.same(state):
                self.store.write("quote_clusters", key, kept.to_frame())
            return frame

        def within_each_document() -> pd.DataFrame:
            def one(part: Corpus, quotes: pd.DataFrame) -> pd.DataFrame:
                return clustered_quotes_kept(quotes, corrections)[0]
            frame = each_document(one, "quote_clusters", self.corpus, found)
            return renumbered(frame, "cluster_id", "Q", 3).sort_values(["cluster_id", "doc_id", "start"]) \
                .reset_index(drop=True)

        return self._guarded("quote_clusters", clustered, within_each_document)

    def _alignment(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        return self._once("alignment", lambda: self.link_occurrences(sentence_occurrences(self.corpus)))

    def link_occurrences(self, occurrences: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        """:func:`analysis.overlap.passages.link_passages` of the corpus's ``occurrences`` with the link state kept
        in the store (tables ``alignment_texts`` and ``alignment_links``, keyed by the code: each distinct text,
        how many documents hold it, and the links), so after articles are added only the pairs they can change
        are verified (:func:`analysis.overlap.passages.link_passages_kept`); ``computed["passage_links"]`` is
        how many pairs were verified (None: all, from scratch)."""
        def linked() -> tuple[pd.DataFrame, pd.DataFrame]:
            key = table_key("alignment_state", code_version())
            state = None
            if self.store is not None and self.read_store:
                state = LinkState.from_frames(self.store.read("alignment_texts", key),
                                              self.store.read("alignment_links", key))
            passages, links, kept = link_passages_kept(occurrences, len(self.corpus.docs), MIN_THRESHOLD, state)
            self.computed["passage_links"] = kept.verified
            if self.store is not None and not kept.same(state):
                texts, kept_links = kept.to_frames()
                self.store.write("alignment_texts", key, texts)
                self.store.write("alignment_links", key, kept_links)
            return passages, links

        return self._guarded("passage_links", linked, lambda: unlinked_passages(occurrences))

    @property
    def passages(self) -> pd.DataFrame:
        """Every alignable sentence with the id of its normalised text (identical sentences share it) and
        whether it is quoted (:func:`analysis.overlap.passages.link_passages`)."""
        return self._once("passages", lambda: self._alignment()[0])

    @property
    def passage_links(self) -> pd.DataFrame:
        """Pairs of distinct sentence texts that match at :data:`MIN_THRESHOLD` or above (``u, v, similarity``)."""
        return self._once("passage_links", lambda: self._alignment()[1])

    def _view(self, key: tuple[Any, ...], compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
        """``compute()`` kept under ``key`` among the last views (:data:`VIEW_CACHE`, :data:`VIEW_CACHE_ROWS`)."""
        with self._lock:
            if key in self._views:
                self._views.move_to_end(key)
                return self._views[key]
        frame = compute()
        with self._lock:
            self._views[key] = frame
            while len(self._views) > 1 and (len(self._views) > VIEW_CACHE
                                            or sum(len(f) for f in self._views.values()) > VIEW_CACHE_ROWS):
                self._views.popitem(last=False)
        return frame

    def _whole(self, doc_ids: frozenset[str] | None) -> frozenset[str] | None:
        # the whole corpus: one cache entry whatever the set's order
        return None if doc_ids is not None and len(doc_ids) == len(self.corpus.docs) else doc_ids

    def matches_of(self, doc_ids: frozenset[str] | None, threshold: float = MIN_THRESHOLD, unit: Unit = "all") -> pd.DataFrame:
        """Sentence matches between the documents ``doc_ids`` (None: all) at ``threshold``, of ``unit``
        (:func:`analysis.overlap.passages.expand_matches`); the last views are kept (:data:`VIEW_CACHE`)."""
        doc_ids = self._whole(doc_ids)
        return self._view(("matches", doc_ids, float(threshold), str(unit)),
                          lambda: expand_matches(self.passages, self.passage_links, doc_ids, float(threshold), unit))

    def sums_of(self, doc_ids: frozenset[str] | None, threshold: float = MIN_THRESHOLD, unit: Unit = "all",
                level: Literal["document", "outlet"] = "document") -> pd.DataFrame:
        """The overlap sums per ordered pair of documents (:func:`analysis.overlap.sums.pair_sums`) or outlets
        (:func:`analysis.overlap.sums.outlet_sums`) between ``doc_ids`` (None: all), without expanding the
        sentence pairs; the last views are kept."""
        doc_ids = self._whole(doc_ids)
        if level == "outlet":
            outlet_of = dict(zip(self.corpus.docs["doc_id"].astype(str), self.corpus.docs["outlet"].astype(str)))
            compute = partial(outlet_sums, self.passages, self.passage_links, outlet_of, doc_ids, float(threshold), unit)
        else:
            compute = partial(pair_sums, self.passages, self.passage_links, doc_ids, float(threshold), unit)
        return self._view(("sums", level, doc_ids, float(threshold), str(unit)), compute)

    @property
    def matches(self) -> pd.DataFrame:
        """Sentence matches of the whole corpus at :data:`MIN_THRESHOLD` (pairs: large on a syndicated corpus;
        views use :meth:`matches_of`)."""
        return self.matches_of(None)

    @property
    def timeline(self) -> pd.DataFrame:
        """Dated mentions and share moves merged into events (:func:`analysis.timeline.events.timeline_mentions`)."""
        return self._once("timeline", self._merged_timeline)

    def _merged_timeline(self) -> pd.DataFrame:
        """:func:`timeline_events` with each day's merge kept in the store (table ``timeline_days``, keyed by the
        code): after one article is added, only the days it mentions are merged again."""
        dated, moves = self.dated, self.moves

        def merged() -> pd.DataFrame:
            key = table_key("timeline_days", code_version())
            stored = self.store.read("timeline_days", key) if self.store is not None and self.read_store else None
            known = {} if stored is None else {k: DayBlock.from_json(b)
                                               for k, b in zip(stored["key"], stored["block"], strict=True)}
            used: dict[str, DayBlock] = {}
            frame = timeline_events(self.corpus, dated, moves, known, used, since=self.story_since)
            if self.store is not None and (stored is None or set(used) != set(known)):
                self.store.write("timeline_days", key, pd.DataFrame(
                    {"key": list(used), "block": [b.to_json() for b in used.values()]}, columns=["key", "block"]))
            return frame

        def within_each_document() -> pd.DataFrame:
            frame = each_document(timeline_events, "timeline_merge", self.corpus, dated, moves)
            return renumbered(frame.sort_values(["date_start", "doc_id"], kind="stable"), "event_id", "E", 2) \
                .reset_index(drop=True)

        return self._guarded("timeline_merge", merged, within_each_document)

    @property
    def dated(self) -> pd.DataFrame:
        """The dated sentence mentions of every document before they are merged into events
        (:func:`analysis.timeline.events.dated_mentions` on the timexes, by document: the per-document part of
        :attr:`timeline`)."""
        return self._once("dated", lambda: self._per_document("timeline_dated"))

    @property
    def timexes(self) -> pd.DataFrame:
        """Every temporal expression with its TIMEX3 value (:func:`analysis.timeline.timexes.timex_mentions`)."""
        return self._once("timexes", self._timexes)

    def _timexes(self) -> pd.DataFrame:
        return self._documentwise("timexes", timex_mentions, TIMEX_TABLES)

    def _documentwise(self, step: str, fn: Callable[[Corpus], pd.DataFrame], tables: tuple[str, ...]) -> pd.DataFrame:
        """``fn(corpus)`` for a step whose rows of a document depend on that document alone, in chunks on
        :meth:`workers` when there are several: the same rows, in document order. ``tables``: what ``fn`` reads;
        ``step``: its name in a failure's notice (:mod:`analysis.isolation`)."""
        corpus, runner, fn = self.corpus, self.workers(), isolated(fn, step)
        if runner is None or runner.workers < 2 or len(corpus.docs) < 2:
            frame = fn(corpus)
            self.note_failures(frame)
            return frame
        order = corpus.docs["doc_id"].astype(str).tolist()
        # a reprint in its original's chunk: the steps read a text once per call
        chunks = split(same_text_together(corpus.docs, order), chunk_size(len(order), runner.workers))
        parts = list(runner.map(fn, corpus, chunks, tables))
        for part in parts:
            self.note_failures(part)
        frames = [f for f in parts if len(f)]
        return in_doc_order(pd.concat(frames, ignore_index=True), order) if frames else empty_result(fn, corpus)

    @property
    def undated(self) -> pd.DataFrame:
        """Time expressions that could not be dated (:func:`analysis.timeline.events.undated_expressions`)."""
        return self._once("undated", lambda: undated_expressions(self.corpus))

    @property
    def window(self) -> tuple[date, date] | None:
        """The default timeline window: the densest 8 days of the whole corpus."""
        return self._once("window", lambda: default_window(self.timeline))

    @property
    def moves(self) -> pd.DataFrame:
        """Reported share and index moves (:func:`analysis.market.moves.extract_moves`)."""
        return self._once("moves", self._moves)

    def _moves(self) -> pd.DataFrame:
        found = self._per_document("moves_found")
        return self._guarded("moves_story", lambda: self._moves_across(found),
                             lambda: found.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True))

    def _moves_across(self, found: pd.DataFrame) -> pd.DataFrame:
        """The moves ``found`` in each article, with one name per company across articles and the periods of moves
        "since" an event the story's other articles date."""
        frame = listing_regions(one_name_per_company(found))  # one writing of a company across articles, one region
        since = self.story_since
        own = self.dated  # "has fallen 21% since the ruling", the ruling dated by the article itself ("on Tuesday")
        own = own.loc[own["basis"].astype(str).str.startswith(MOVE_FROM) & (own["kind"] == "after_event")] \
            if not own.empty else own
        frame = moves_since_story(frame, since if own.empty else pd.concat([since, own], ignore_index=True))
        return frame.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)  # as extract_moves orders

    @property
    def story_since(self) -> pd.DataFrame:
        """Spans "since the <event>" that only the story's other articles date
        (:func:`analysis.timeline.story_since.story_since_spans`): the timeline's events and the moves' periods."""
        return self._once("story_since", lambda: story_since_spans(self.corpus, self.dated))


def moves_since_story(moves: pd.DataFrame, since: pd.DataFrame) -> pd.DataFrame:
    """``moves`` with the period of each move over several sessions that the move grammar leaves undated ("Altamira's
    shares have fallen 21.6% since the incident") taken from the span of its sentence that the timeline dates
    (``since``: :func:`analysis.timeline.story_since.story_since_spans`, the event dated by the story's other
    articles, and the timeline's own spans since an event the article dated, from the event's day to the article's
    date); the one place that knows both layers' columns."""
    if moves.empty or since.empty:
        return moves
    spans = {(str(d), int(i)): (a, b, str(basis)) for d, i, a, b, basis, kind in zip(
        since["doc_id"], since["sent_id"], since["date_start"], since["date_end"], since["basis"], since["kind"])
        if kind == "after_event"}
    undated = (moves["session_date"].isna() & moves["period_start"].isna() & (moves["period"] == "multi-day")).tolist()
    keys = list(zip(moves["doc_id"].astype(str), moves["sent_id"].astype(int)))
    hits = [n for n, (k, u) in enumerate(zip(keys, undated, strict=True)) if u and k in spans]
    if not hits:
        return moves
    out = moves.copy()
    rows = out.index[hits]
    out.loc[rows, "period_start"] = [pd.Timestamp(spans[keys[n]][0]) for n in hits]
    out.loc[rows, "period_end"] = [pd.Timestamp(spans[keys[n]][1]) for n in hits]
    out.loc[rows, "session_basis"] = [spans[keys[n]][2] for n in hits]
    return out


def move_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Entity mentions (:func:`analysis.entities.resolve.entity_mentions`) in the shape the move grammar reads:
    ``doc_id, start, end, surface, name, type`` (the one place that knows both layers' columns)."""
    frame = mentions.rename(columns={"alias": "surface", "entity": "name"})
    return frame.loc[:, ["doc_id", "start", "end", "surface", "name", "type"]]


#: An invented article each worker process reads through every step as it starts (:func:`practise`; the rows are
#: thrown away), so the data files and patterns the steps read on first use are read then, not in its first task.
PRACTICE_ARTICLE = RawArticle(
    file="practice.txt", published="2025-01-28", outlet="Practice Wire",
    text="Acme Robotics shares fall 4.2% after recall\n\n"
         "LONDON, Jan 28 (Practice Wire) - Shares in Acme Robotics Plc fell 4.2% on Tuesday, a day after the "
         "company recalled 1,200 arms, while Beta Motors Inc rose 1.5% and the FTSE 100 ended 0.3% higher.\n\n"
         "\"We acted as soon as we knew,\" chief executive Jane Doe told reporters in Paris last week. The regulator "
         "said on Monday it would publish its findings by March 15, 2025, and the recall should end in the third "
         "quarter, according to a statement from the company.\n",
)


def practise() -> int:
    """Read :data:`PRACTICE_ARTICLE` through every step, in this process (a worker's warm-up:
    :func:`analysis.workers.warm`); returns the process id."""
    analysis = Analysis(build_corpus([(PRACTICE_ARTICLE, {}, "corpus")]))
    for step in ("timeline", "quotes", "undated"):
        getattr(analysis, step)
    return os.getpid()


def analyse(corpus: Corpus, store: Store | bool | None = None) -> Analysis:
    """The results of every heavy step on ``corpus``, computed lazily (see :class:`Analysis`). ``store``: a
    :class:`Store`, True for the corpus's own (:func:`analysis.store.store_dir`), or None to keep results in
    memory only."""
    if store is True:
        store = Store(store_dir(corpus.folders))
    return Analysis(corpus, store or None)


@dataclass(frozen=True)
class Selection:
    """What the filters keep: the filtered corpus (``view``) and every whole-corpus result narrowed to it."""

    analysis: Analysis
    filters: FilterState
    view: Corpus

    @property
    def doc_ids(self) -> frozenset[str]:
        return frozenset(self.view.docs["doc_id"])

    @property
    def is_empty(self) -> bool:
        return self.view.is_empty

    def entity_mentions(self) -> pd.DataFrame:
        return _rows_of(self.analysis.entity_mentions, self.doc_ids)

    def quotes(self) -> pd.DataFrame:
        return _rows_of(self.analysis.quotes, self.doc_ids)

    def matches(self, threshold: float, unit: Unit = "all") -> pd.DataFrame:
        """Sentence matches between selected documents at ``threshold`` (at least :data:`MIN_THRESHOLD`): every
        pair, so large on a syndicated corpus; scores and charts read :meth:`pair_sums` / :meth:`outlet_sums`."""
        return self.analysis.matches_of(self.doc_ids, max(float(threshold), MIN_THRESHOLD), unit)

    def matches_among(self, doc_ids: Iterable[str], threshold: float, unit: Unit = "all") -> pd.DataFrame:
        """:meth:`matches` between the selected documents among ``doc_ids`` only (the sentences behind a few
        pairs: the same rows as :meth:`matches` has for them)."""
        return self.analysis.matches_of(self.doc_ids & frozenset(map(str, doc_ids)), max(float(threshold), MIN_THRESHOLD), unit)

    def pair_sums(self, threshold: float, unit: Unit = "all") -> pd.DataFrame:
        """Overlap sums per ordered pair of selected documents (:func:`analysis.overlap.sums.pair_sums`)."""
        return self.analysis.sums_of(self.doc_ids, max(float(threshold), MIN_THRESHOLD), unit, "document")

    def examples_of(self, threshold: float) -> Callable[[list[tuple[str, str]]], dict[tuple[str, str], str]]:
        """A function giving the example sentence of (taker, source) document pairs of the selection
        (:func:`analysis.overlap.spread.edge_examples`), from the matches of those documents alone."""
        def examples(pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
            return edge_examples(self.view, self.matches_among({d for pair in pairs for d in pair}, threshold), pairs)
        return examples

    def outlet_sums(self, threshold: float, unit: Unit = "all") -> pd.DataFrame:
        """Overlap sums per ordered pair of outlets of the selection (:func:`analysis.overlap.sums.outlet_sums`)."""
        return self.analysis.sums_of(self.doc_ids, max(float(threshold), MIN_THRESHOLD), unit, "outlet")

    def timeline(self) -> pd.DataFrame:
        return _rows_of(self.analysis.timeline, self.doc_ids)

    def undated(self) -> pd.DataFrame:
        return _rows_of(self.analysis.undated, self.doc_ids)

    def timexes(self) -> pd.DataFrame:
        return _rows_of(self.analysis.timexes, self.doc_ids)

    def moves(self) -> pd.DataFrame:
        return _rows_of(self.analysis.moves, self.doc_ids)


def select(analysis: Analysis, filters: FilterState) -> Selection:
    """Narrow ``analysis`` to the documents that pass ``filters`` (outlets, dates, entities)."""
    index = analysis.entity_index if filters.entities else None
    return Selection(analysis, filters, filter_corpus(analysis.corpus, filters, index))


def unknown_outlets(analysis: Analysis, outlets: Iterable[str]) -> list[str]:
    """The names in ``outlets`` that no document of the corpus has."""
    known = set(analysis.corpus.docs["outlet"])
    return [o for o in outlets if o not in known]
