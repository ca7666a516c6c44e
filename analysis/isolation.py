"""One article that breaks a step loses its own rows, not the corpus's; a whole-corpus step that breaks loses only
what it adds across articles.

The per-document steps (entity recognition, TIMEX3 tagging, sentence occurrences, quotes, moves, dated sentences)
run on chunks of documents. Real scraped text holds what no rule was written for (an HTML attribute left in a
tweet, a table of a thousand cells), and an exception on one sentence used to end the whole run: no table, no
page, for every article. :func:`isolated` wraps a step's part function so that when a chunk raises, its documents
run one by one; a document that still raises gives no rows and is named in the result
(:func:`failures_of`), with the error, so the app and the command line can say which article lost which step.
A failed document is not kept in the store as done (it is tried again with the next run).

The whole-corpus steps (entity linking, quote grouping, source overlap, event merging, share moves across
articles) read every article's rows at once, so one bad article cannot be left out of them: when one raises,
:func:`guarded` runs its fallback instead, which keeps every article's own rows and gives up only the step's work
across articles (:data:`CORPUS_STEPS` says what is given up), often by running the step on each article alone
(:func:`each_document`, ids renumbered by :func:`renumbered`). The failure is named for the whole corpus
(``doc_id`` :data:`WHOLE_CORPUS`).

``STORYTRACE_STRICT=1`` (the tests set it) lets the error through instead: a test must fail on a broken rule,
not pass on its missing rows.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

import pandas as pd

from analysis.corpus import Corpus

#: Set (to anything but "" or "0") to let a step's error through instead of losing the document's rows.
ENV_STRICT = "STORYTRACE_STRICT"
#: The steps' names as a user reads them in a failure's notice.
STEP_TITLES = {"recognized": "entities", "occurrences": "source overlap", "timexes": "dates",
               "quotes_found": "quotes", "moves_found": "share moves", "timeline_dated": "dated events"}
#: The whole-corpus steps: the name a user reads, and what the pages show without the step's work across articles.
CORPUS_STEPS = {
    "entity_linking": ("entity linking", "each article's names stand as it writes them, not merged across articles"),
    "quote_clusters": ("quote grouping", "quotations are grouped within each article, not with other articles' printings"),
    "passage_links": ("source overlap", "only word-for-word identical sentences are matched across articles"),
    "timeline_merge": ("event merging", "each article's events stand on their own, not merged with other articles'"),
    "moves_story": ("share moves across articles",
                    "each article keeps its own name for a company, and a move since an event only other articles "
                    "date has no period"),
}
#: The ``doc_id`` of a whole-corpus step's failure.
WHOLE_CORPUS = ""
#: Where a result frame carries its failures (``DataFrame.attrs``, which survives pickling to and from workers).
FAILED = "storytrace_failed"


@dataclass(frozen=True)
class StepFailure:
    """A step that raised on one document: the step's name, the document, and the error in one line."""

    step: str
    doc_id: str
    error: str

    @property
    def whole_corpus(self) -> bool:
        """Whether a whole-corpus step failed (:data:`CORPUS_STEPS`), not one article."""
        return self.doc_id == WHOLE_CORPUS

    def reason(self) -> str:
        """The notice a user reads beside the article's file name (or, for a whole-corpus step, "all articles")."""
        if self.whole_corpus:
            title, kept = CORPUS_STEPS.get(self.step, (self.step.replace("_", " "), "its rows are missing"))
            return f"the {title} step failed ({self.error}); {kept}"
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
    return each_document(fn, step, part, *inputs)


def each_document(fn: Callable[..., pd.DataFrame], step: str, part: Corpus, *inputs: pd.DataFrame) -> pd.DataFrame:
    """``fn`` on each document of ``part`` alone (each input cut to its rows), concatenated in document order; the
    documents it raises on are left out and listed under :data:`FAILED` in the result's attrs (in strict mode the
    error goes through)."""
    frames: list[pd.DataFrame] = []
    failed: list[StepFailure] = []
    for doc_id in part.docs["doc_id"].astype(str):
        try:
            frames.append(fn(part.subset([doc_id]), *(_rows_of(table, doc_id) for table in inputs)))
        except Exception as exc:  # noqa: BLE001 - any error of a rule on one text; it is reported, not hidden
            if strict():
                raise
            failed.append(StepFailure(step, doc_id, _one_line(exc)))
    kept = [f for f in frames if len(f)]
    result = (pd.concat(kept, ignore_index=True) if kept
              else frames[0] if frames else fn(part.subset([]), *(table.iloc[0:0] for table in inputs)))
    return with_failures(result, failed)


T = TypeVar("T")


def guarded(step: str, compute: Callable[[], T], fallback: Callable[[], T],
            record: Callable[[list[StepFailure]], None]) -> T:
    """``compute()`` of the whole-corpus step ``step`` (a key of :data:`CORPUS_STEPS`); when it raises, the failure is
    passed to ``record`` for the whole corpus and ``fallback()`` is returned (in strict mode the error goes
    through)."""
    try:
        return compute()
    except Exception as exc:  # noqa: BLE001 - any error of a rule on the corpus; it is reported, not hidden
        if strict():
            raise
        record([StepFailure(step, WHOLE_CORPUS, _one_line(exc))])
    return fallback()


def renumbered(frame: pd.DataFrame, column: str, prefix: str, width: int) -> pd.DataFrame:
    """``frame`` with the ids of ``column`` numbered anew per document and id, in row order (``prefix`` and at least
    ``width`` digits): the ids a step gave each document alone made distinct across the corpus."""
    if frame.empty:
        return frame
    codes, uniques = pd.factorize(frame["doc_id"].astype(str) + "\n" + frame[column].astype(str))
    width = max(width, len(str(len(uniques))))
    return frame.assign(**{column: [f"{prefix}{n + 1:0{width}d}" for n in codes]})


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
