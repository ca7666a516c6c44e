"""Where per-document work runs: in this process, on this machine's cores (:class:`PoolRunner`, the worker
processes kept for the life of this process), or on the workers of a Dask cluster (the same functions and the same
rows either way).

A :class:`Runner` maps a function over parts of a corpus: ``fn(part, *inputs_of_part)`` for each chunk of
document ids, where ``part`` is the corpus cut to those documents (:class:`Chunker`) and each input is a
whole-corpus table (with ``doc_id``) cut to their rows. On a cluster the corpus and the inputs are sent to every
worker once (:meth:`DaskRunner.share`) and each task carries only its document ids: the workers cut their own
parts, so the client neither cuts nor serialises hundreds of chunks before the first one starts.
"""

from __future__ import annotations

import resource
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

import numpy as np
import pandas as pd

from analysis import config
from analysis.corpus import Corpus
from analysis.workers import discard, started
from analysis.workers import pool as kept_pool

#: The corpus tables a part may hold.
CORPUS_TABLES = ("docs", "sentences", "removals", "paragraphs")
#: At most this many documents per task sent to a worker.
CHUNK_DOCS = 200

PartFn = Callable[..., pd.DataFrame]


class Runner(Protocol):
    """Runs a function over chunks of documents and yields the results in order."""

    workers: int

    def map(self, fn: PartFn, corpus: Corpus, chunks: Sequence[Sequence[str]], tables: Sequence[str],
            inputs: Sequence[pd.DataFrame] = (), urgent: bool = False) -> Iterator[pd.DataFrame]:
        """``fn(part, *inputs cut to the part)`` for each chunk of document ids, in order; ``part`` holds
        ``tables`` (the others empty). ``urgent``: run before work already queued (the caller waits for it)."""
        ...


class Chunker:
    """Cuts parts of a corpus by document quickly: each table's row positions per document are found once
    (``Corpus.subset`` scans every table for each part, which adds up over hundreds of chunks)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._rows = {name: _positions(getattr(corpus, name)) for name in CORPUS_TABLES}

    def part(self, doc_ids: Sequence[str], tables: Sequence[str] = CORPUS_TABLES) -> Corpus:
        """``corpus.subset(doc_ids)``: the same rows in the same order, for the ``tables`` named (the others
        empty, with their columns)."""

        def rows(name: str) -> pd.DataFrame:
            return _take(getattr(self.corpus, name), self._rows[name], doc_ids if name in tables else ())

        c = self.corpus
        return Corpus(docs=rows("docs"), sentences=rows("sentences"), removals=rows("removals"), problems=c.problems,
                      folders=c.folders, paragraphs=rows("paragraphs"))

    def chunks(self, doc_ids: Sequence[str], size: int, tables: Sequence[str]) -> Iterator[Corpus]:
        """Parts of ``size`` documents holding ``tables``, cut when iterated."""
        return (self.part(ids, tables) for ids in split(doc_ids, size))


def chunk_size(documents: int, workers: int) -> int:
    """Documents per task: about four tasks per worker (so a slow chunk does not leave the others idle), at most
    :data:`CHUNK_DOCS`."""
    return max(1, min(CHUNK_DOCS, -(-documents // (4 * workers))))


def split(doc_ids: Sequence[str], size: int) -> list[Sequence[str]]:
    """``doc_ids`` in consecutive chunks of ``size``."""
    return [doc_ids[i:i + size] for i in range(0, len(doc_ids), size)]


def same_text_together(docs: pd.DataFrame, doc_ids: list[str]) -> list[str]:
    """``doc_ids`` reordered so documents with the same text are neighbours (then they share a chunk, and a step
    that reads a text once per call, such as the TIMEX3 tagger, reads a reprint once); rows come back in
    document order whatever the order of the chunks."""
    if len(doc_ids) < 2 or "text" not in docs.columns:
        return doc_ids
    text_of = dict(zip(docs["doc_id"].astype(str), docs["text"].astype(str)))
    keys = pd.util.hash_array(np.asarray([text_of[d] for d in doc_ids], dtype=object))
    return [doc_ids[i] for i in np.argsort(keys, kind="stable")]


def _positions(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    return {str(k): v for k, v in frame.groupby("doc_id", sort=False).indices.items()} if len(frame) else {}


def _take(frame: pd.DataFrame, where: dict[str, np.ndarray], doc_ids: Sequence[str]) -> pd.DataFrame:
    empty = np.empty(0, dtype=np.int64)
    idx = np.sort(np.concatenate([where.get(d, empty) for d in doc_ids])) if len(doc_ids) else empty
    return frame.take(idx).reset_index(drop=True)


# ------------------------------------------------------------------------------------------------ one task

_indexes: OrderedDict[int, tuple[Any, Any]] = OrderedDict()
_indexes_lock = threading.Lock()


def _index_of(value: Corpus | pd.DataFrame) -> Any:
    """The :class:`Chunker` of a corpus, or the row positions per document of a table, made once per object this
    process holds (a worker receives a shared corpus once and runs many tasks on it)."""
    with _indexes_lock:
        if id(value) in _indexes and _indexes[id(value)][0] is value:
            return _indexes[id(value)][1]
    index = Chunker(value) if isinstance(value, Corpus) else _positions(value)
    with _indexes_lock:
        _indexes[id(value)] = (value, index)
        while len(_indexes) > 8:
            _indexes.popitem(last=False)
    return index


def run_part(fn: PartFn, corpus: Corpus, doc_ids: Sequence[str], tables: Sequence[str],
             *inputs: pd.DataFrame) -> pd.DataFrame:
    """One task: ``fn`` on ``corpus`` cut to ``doc_ids`` (its ``tables``) and on each input cut to their rows."""
    part = _index_of(corpus).part(doc_ids, tables)
    return fn(part, *(_take(table, _index_of(table), doc_ids) for table in inputs))


def empty_result(fn: PartFn, corpus: Corpus, inputs: Sequence[pd.DataFrame] = ()) -> pd.DataFrame:
    """``fn`` on no document: its columns and dtypes."""
    return fn(corpus.subset([]), *(table.iloc[0:0] for table in inputs))


# ------------------------------------------------------------------------------------------------ runners

class InProcess:
    """Runs every chunk in this process, lazily: a chunk is cut when its turn comes."""

    workers = 1

    def map(self, fn: PartFn, corpus: Corpus, chunks: Sequence[Sequence[str]], tables: Sequence[str],
            inputs: Sequence[pd.DataFrame] = (), urgent: bool = False) -> Iterator[pd.DataFrame]:
        return (run_part(fn, corpus, ids, tables, *inputs) for ids in chunks)


class PoolRunner:
    """Runs chunks on this machine's kept worker processes (:mod:`analysis.workers`). Each task carries its part of
    the corpus, cut here, and its rows of each input. Chunks a broken pool lost (a worker killed) run in this
    process, and the next step starts a new pool: the same rows either way."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def map(self, fn: PartFn, corpus: Corpus, chunks: Sequence[Sequence[str]], tables: Sequence[str],
            inputs: Sequence[pd.DataFrame] = (), urgent: bool = False) -> Iterator[pd.DataFrame]:
        # every chunk is sent now, so the workers start while the caller goes on (``urgent`` cannot jump a process
        # pool's queue; the steps that share these workers wait for one another anyway)
        chunker = _index_of(corpus)
        rows = [_index_of(table) for table in inputs]
        parts = [(chunker.part(ids, tables), [_take(t, r, ids) for t, r in zip(inputs, rows)]) for ids in chunks]
        executor = kept_pool()
        futures: list[Future[pd.DataFrame] | None] = [None] * len(parts)
        if executor is not None:
            try:
                futures = [executor.submit(fn, part, *cut) for part, cut in parts]
            except (BrokenProcessPool, RuntimeError):  # broken, or shut down as this process exits
                discard(executor)
        return _pool_results(fn, parts, futures, executor)


def _pool_results(fn: PartFn, parts: list[tuple[Corpus, list[pd.DataFrame]]], futures: list[Future[pd.DataFrame] | None],
                  executor: ProcessPoolExecutor | None) -> Iterator[pd.DataFrame]:
    """Each part's result in order: from its worker, or computed here when the pool broke (or was replaced, its
    waiting tasks cancelled)."""
    for (part, cut), future in zip(parts, futures, strict=True):
        if future is not None:
            try:
                yield future.result()
                continue
            except (BrokenProcessPool, CancelledError):
                if executor is not None:
                    discard(executor)
        yield fn(part, *cut)


def local_runner(documents: int) -> PoolRunner | None:
    """The runner of this machine's kept worker processes for a corpus of ``documents``, or None to run in this
    process: a corpus of fewer than :data:`analysis.config.PARALLEL_MIN_DOCS` documents (a task's trip to a worker
    would cost more than it saves), one worker (one core, or ``STORYTRACE_WORKERS=1``:
    :func:`analysis.config.workers`), or no workers started (:func:`analysis.workers.started`)."""
    workers = config.workers()
    return PoolRunner(workers) if documents >= config.PARALLEL_MIN_DOCS and workers > 1 and started() else None


def _collect(futures: list[Any], data: Any = None) -> Iterator[Any]:
    """The futures' results in order. Holds ``data`` (scattered inputs) until the last result is in: Dask forgets
    scattered data nobody refers to, and the tasks that need it then fail."""
    for future in futures:
        yield future.result()
    del data


class DaskRunner:
    """Runs chunks on a Dask cluster: an existing one (``address``) or a local one of ``workers`` processes that
    is closed with :meth:`close`. Results come back in order, as they would in this process."""

    def __init__(self, workers: int = 2, address: str | None = None) -> None:
        # imported here, not at the top: dask takes a second to import and only a cluster build needs it
        from dask.distributed import Client, LocalCluster

        self._cluster = None if address else LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        self.client = Client(address or self._cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        self._shared: dict[int, tuple[Any, Any]] = {}

    def share(self, value: Any) -> Any:
        """A handle of ``value`` on every worker (sent once per object; kept until :meth:`close`)."""
        if id(value) not in self._shared or self._shared[id(value)][0] is not value:
            self._shared[id(value)] = (value, self.client.scatter(value, broadcast=True, hash=False))
        return self._shared[id(value)][1]

    def map(self, fn: PartFn, corpus: Corpus, chunks: Sequence[Sequence[str]], tables: Sequence[str],
            inputs: Sequence[pd.DataFrame] = (), urgent: bool = False) -> Iterator[pd.DataFrame]:
        # submitted now (not when the results are first asked for); each task carries its document ids only
        shared = [self.share(corpus), *(self.share(table) for table in inputs)]
        futures = [self.client.submit(run_part, fn, shared[0], list(ids), tuple(tables), *shared[1:],
                                      pure=False, priority=1 if urgent else 0) for ids in chunks]
        return _collect(futures)

    def map_batches(self, fn: Callable[[Any], Any], batches: Sequence[Any]) -> Iterator[Any]:
        """``fn(batch)`` for each of ``batches`` on the workers (each sent once, to the worker that runs it), in
        order; submitted now."""
        data = self.client.scatter(list(batches))
        futures = self.client.map(fn, data, pure=False)
        return _collect(futures, data)

    def cpu_seconds(self) -> float:
        """CPU seconds the worker processes have used so far, summed."""
        return float(sum(self.client.run(time.process_time).values()))

    def peak_rss_mb(self) -> list[float]:
        """Each worker's peak resident memory (MiB)."""
        peaks = self.client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        return [float(v) for v in peaks.values()]

    def close(self) -> None:
        self._shared.clear()
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
