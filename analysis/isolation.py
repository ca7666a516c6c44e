"""One article that breaks a step loses its own rows, not the corpus's.

The per-document steps (entity recognition, TIMEX3 tagging, sentence occurrences, quotes, moves, dated sentences)
run on chunks of documents. Real scraped text holds what no rule was written for (an HTML attribute left in a
tweet, a table of a thousand cells), and an exception on one sentence used to end the whole run: no table, no
page, for every article. :func:`isolated` wraps a step's part function so that when a chunk raises, its documents
run one by one; a document that still raises gives no rows and is named in the result
(:func:`failures_of`), with the error, so the app and the command line can say which article lost which step.
A failed document is not kept in the store as done (it is tried again with the next run).

``STORYTRACE_STRICT=1`` (the tests set it) lets the error through instead: a test must fail on a broken rule,
not pass on its missing rows.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd

from analysis.corpus import Corpus

#: Set (to anything but "" or "0") to let a step's error through instead of losing the document's rows.
ENV_STRICT = "STORYTRACE_STRICT"
#: The steps' names as a user reads them in a failure's notice.
STEP_TITLES = {"recognized": "entities", "occurrences": "source overlap", "timexes": "dates",
               "quotes_found": "quotes", "moves_found": "share moves", "timeline_dated": "dated events"}
#: Where a result frame carries its failures (``DataFrame.attrs``, which survives pickling to and from workers).
FAILED = "storytrace_failed"


@dataclass(frozen=True)
class StepFailure:
    """A step that raised on one document: the step's name, the document, and the error in one line."""

    step: str
    doc_id: str
    error: str

    def reason(self) -> str:
        """The notice a user reads beside the article's file name."""
        title = STEP_TITLES.get(self.step, self.step.replace("_", " "))
        return f"the {title} step failed on this article ({self.error}); its rows of that step are missing"


def strict() -> bool:
    """Whether errors go through (``STORYTRACE_STRICT``) instead of being kept per document."""
    return os.environ.get(ENV_STRICT, "").strip() not in ("", "0")


@dataclass(frozen=True)
class Isolated:
    """A step's part function that loses only the documents it raises on (:func:`run_isolated`); picklable when
    ``fn`` is, so it runs on worker processes and Dask workers as ``fn`` would."""

    fn: Callable[..., pd.DataFrame]
    step: str

    @property
    def func(self) -> Callable[..., pd.DataFrame]:
        """The step's own function (under a ``functools.partial`` too), as ``partial.func`` names it."""
        return getattr(self.fn, "func", self.fn)

    def __call__(self, part: Corpus, *inputs: pd.DataFrame) -> pd.DataFrame:
        return run_isolated(self.fn, self.step, part, *inputs)


def isolated(fn: Callable[..., pd.DataFrame], step: str) -> Isolated:
    """``fn`` as an :class:`Isolated` step named ``step``."""
    return Isolated(fn, step)


def run_isolated(fn: Callable[..., pd.DataFrame], step: str, part: Corpus, *inputs: pd.DataFrame) -> pd.DataFrame:
    """``fn(part, *inputs)``; when it raises, ``fn`` on each document of ``part`` alone (each input cut to its
    rows), the documents that raise again left out and listed under :data:`FAILED` in the result's attrs."""
    try:
        return fn(part, *inputs)
    except Exception:
        if strict():
            raise
    frames: list[pd.DataFrame] = []
    failed: list[StepFailure] = []
    for doc_id in part.docs["doc_id"].astype(str):
        try:
            frames.append(fn(part.subset([doc_id]), *(_rows_of(table, doc_id) for table in inputs)))
        except Exception as exc:  # noqa: BLE001 - any error of a rule on one text; it is reported, not hidden
            failed.append(StepFailure(step, doc_id, _one_line(exc)))
    kept = [f for f in frames if len(f)]
    result = (pd.concat(kept, ignore_index=True) if kept
              else frames[0] if frames else fn(part.subset([]), *(table.iloc[0:0] for table in inputs)))
    return with_failures(result, failed)


def with_failures(frame: pd.DataFrame, failures: Iterable[StepFailure]) -> pd.DataFrame:
    """``frame`` carrying ``failures`` (none: as it is)."""
    failures = list(failures)
    if failures:
        frame.attrs[FAILED] = failures
    return frame


def failures_of(frames: Iterable[pd.DataFrame]) -> list[StepFailure]:
    """The failures the ``frames`` carry, in order (read them before concatenating: ``pd.concat`` drops attrs
    that differ)."""
    return [f for frame in frames for f in frame.attrs.get(FAILED, ())]


def _rows_of(table: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    if "doc_id" not in table.columns:
        return table
    return table.loc[table["doc_id"].astype(str) == doc_id].reset_index(drop=True)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__
