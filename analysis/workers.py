"""This machine's worker processes, kept for the life of this process: one pool, started by spawn (safe beside the
app's threads; a worker takes a second or two to import the package) when a large corpus is cleaned
(:func:`analysis.corpus.prepare.prepare_texts`) or a long-lived process asks for it (:func:`warm`, the app's
server when it opens a large corpus), and reused by every later step and corpus version. The per-document steps
run on it only once it is started (:func:`started`): a one-off command whose tables are stored does not start
processes it would then wait for at exit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context

from analysis import config

_pool: list[ProcessPoolExecutor] = []
_sizes: list[int] = []
_lock = threading.Lock()


def pool() -> ProcessPoolExecutor | None:
    """The kept pool of :func:`analysis.config.workers` processes, or None when that is one (run here)."""
    size = config.workers()
    if size < 2:
        return None
    with _lock:
        if _pool and _sizes[0] != size:  # the setting changed: a pool of the new size
            _sizes.clear()
            _pool.pop().shutdown(wait=False, cancel_futures=True)
        if not _pool:
            _pool.append(ProcessPoolExecutor(max_workers=size, mp_context=get_context("spawn")))
            _sizes.append(size)
        return _pool[0]


def started() -> bool:
    """Whether the kept pool is running (its workers may still be starting)."""
    with _lock:
        return bool(_pool)


def warm(practise: Callable[[], int]) -> list[Future[int]]:
    """Start every worker now, without waiting, each running ``practise`` once (a module-level function that
    imports the steps and reads what they read on first use, then gives its worker's process id; best effort: a
    worker that takes no practice reads them in its first task). Returns the warm-up tasks; nothing when there is
    no pool."""
    executor = pool()
    return [executor.submit(practise) for _ in range(config.workers())] if executor is not None else []


def discard(broken: ProcessPoolExecutor) -> None:
    """Forget a pool that broke (a worker was killed): the next step starts a new one."""
    with _lock:
        if _pool and _pool[0] is broken:
            _pool.clear()
            _sizes.clear()
    broken.shutdown(wait=False, cancel_futures=True)


def close() -> None:
    """Stop the kept workers (they also stop when this process exits); the next step starts new ones."""
    with _lock:
        pools = list(_pool)
        _pool.clear()
        _sizes.clear()
    for executor in pools:
        executor.shutdown(wait=True, cancel_futures=True)
