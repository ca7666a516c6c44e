"""This machine's kept worker processes (:mod:`analysis.workers`, :class:`analysis.runners.PoolRunner`): once
started, a large corpus runs its entity recognition, its timex table and the per-document parts of its corpus
steps on them, with the same rows as one process; a small corpus, one worker, or no workers started runs here; a
worker that dies loses no rows."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator

import pandas as pd
import pytest

from analysis import analyse, config, workers
from analysis.runners import PoolRunner, local_runner, split

TABLES = ("entity_mentions", "timexes", "dated", "timeline", "quotes", "moves", "undated")


@pytest.fixture(autouse=True)
def _own_pool() -> Iterator[None]:
    """Each test starts from no kept pool and leaves none behind (a test kills a worker)."""
    workers.close()
    yield
    workers.close()


def test_a_large_corpus_runs_its_steps_on_the_kept_workers_with_the_same_rows(seeds_corpus, monkeypatch):
    monkeypatch.setenv(config.ENV_WORKERS, "1")
    one = analyse(seeds_corpus)
    assert one.workers() is None, "one worker: every step runs in this process"
    want = {name: getattr(one, name) for name in TABLES}

    monkeypatch.setenv(config.ENV_WORKERS, "2")
    assert local_runner(len(seeds_corpus.docs)) is None, "five articles are too few for the workers"
    monkeypatch.setattr(config, "PARALLEL_MIN_DOCS", 1)
    sent: list[tuple[str, int]] = []
    plain_map = PoolRunner.map

    def recording_map(self, fn, corpus, chunks, tables, inputs=(), urgent=False):  # type: ignore[no-untyped-def]
        sent.append((getattr(fn, "func", fn).__name__, len(chunks)))
        return plain_map(self, fn, corpus, chunks, tables, inputs, urgent)

    monkeypatch.setattr(PoolRunner, "map", recording_map)
    analysis = analyse(seeds_corpus)
    assert analysis.workers() is None, "no workers started (a one-off command): the steps run here"
    practised = {f.result() for f in analysis.start_workers()}
    assert practised and os.getpid() not in practised
    assert isinstance(analysis.workers(), PoolRunner) and analysis.workers().workers == 2
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(analysis, name), want[name], obj=name)
    assert {name for name, _ in sent} == {"recognized_mentions", "timex_mentions", "dated_mentions", "extract_moves",
                                          "found_quotes"}
    assert all(chunks > 1 for _, chunks in sent), "in chunks, not the whole corpus in one task"


def _doc_ids_unless_in_a_worker(part):  # type: ignore[no-untyped-def]
    """A task whose worker dies (as one killed by the kernel would); in the app's own process it gives the ids."""
    if multiprocessing.parent_process() is not None:
        os._exit(1)
    return part.docs[["doc_id"]]


def _doc_ids(part):  # type: ignore[no-untyped-def]
    return part.docs[["doc_id"]]


def test_a_worker_that_dies_loses_no_rows_and_the_next_step_gets_new_workers(seeds_corpus, monkeypatch):
    monkeypatch.setenv(config.ENV_WORKERS, "2")
    broken = workers.pool()
    ids = seeds_corpus.docs["doc_id"].astype(str).tolist()
    parts = PoolRunner(2).map(_doc_ids_unless_in_a_worker, seeds_corpus, split(ids, 2), ("docs",))
    got = pd.concat(list(parts), ignore_index=True)
    assert got["doc_id"].tolist() == ids, "the chunks the dead worker lost ran here"
    fresh = workers.pool()
    assert fresh is not None and fresh is not broken
    assert {f.result() for f in workers.warm(os.getpid)} - {os.getpid()}, "the new workers answer"


def test_the_number_of_workers_follows_the_setting_and_the_cores(monkeypatch):
    monkeypatch.setenv(config.ENV_WORKERS, "1")
    assert config.workers() == 1 and workers.pool() is None and workers.warm(os.getpid) == []
    monkeypatch.setenv(config.ENV_WORKERS, "64")
    assert config.workers() == config.MAX_WORKERS
    monkeypatch.setenv(config.ENV_WORKERS, "many")  # not a number: one per core
    assert 1 <= config.workers() <= min(os.cpu_count() or 1, config.MAX_WORKERS)


def test_a_step_whose_waiting_tasks_are_cancelled_computes_them_here(seeds_corpus, monkeypatch):
    """The pool is replaced (the setting changed in another thread) while a step waits: its cancelled chunks run
    here, the step still gives every row."""
    monkeypatch.setenv(config.ENV_WORKERS, "2")
    ids = seeds_corpus.docs["doc_id"].astype(str).tolist()
    old = workers.pool()
    parts = PoolRunner(2).map(_doc_ids, seeds_corpus, split(ids, 1), ("docs",))
    old.shutdown(wait=False, cancel_futures=True)  # its workers are still starting: every task is still waiting
    got = pd.concat(list(parts), ignore_index=True)
    assert got["doc_id"].tolist() == ids
