"""The heavy steps run with the objects alive at their start set aside from cyclic collections, and give them back."""

from __future__ import annotations

import gc
import threading

from analysis.pipeline import Analysis, settled_heap


def test_a_step_runs_on_a_settled_heap_and_gives_it_back():
    seen: list[int] = []
    analysis = Analysis(corpus=None, store=None)  # type: ignore[arg-type]  (the step reads no corpus)
    analysis._once("probe", lambda: seen.append(gc.get_freeze_count()) or 1)
    assert seen and seen[0] > 0
    assert gc.get_freeze_count() == 0


def test_nested_steps_unfreeze_only_when_the_outer_one_ends():
    with settled_heap():
        outer = gc.get_freeze_count()
        with settled_heap():
            pass
        assert gc.get_freeze_count() >= outer > 0
    assert gc.get_freeze_count() == 0


def test_an_error_in_a_step_still_gives_the_heap_back():
    try:
        with settled_heap():
            raise ValueError("a bad document")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0


def test_steps_on_two_threads_leave_nothing_frozen():
    start = threading.Barrier(2)

    def step() -> None:
        with settled_heap():
            start.wait(timeout=5)

    threads = [threading.Thread(target=step) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gc.get_freeze_count() == 0
