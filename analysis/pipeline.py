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

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import pandas as pd

from analysis.charts import outlet_colours
from analysis.corpus import Corpus
from analysis.entities.edits import apply_edits, load_edits
from analysis.entities.resolve import entity_mentions, story_mentions
from analysis.filters import FilterState, filter_corpus
from analysis.market.moves import extract_moves
from analysis.overlap.score import MIN_THRESHOLD, Unit, narrow_matches, sentence_matches
from analysis.quotes.corrections import load_corrections
from analysis.quotes.table import quote_variants
from analysis.timeline.events import default_window, timeline_mentions, undated_expressions
from analysis.timeline.timexes import timex_mentions

T = TypeVar("T")


def _rows_of(frame: pd.DataFrame, doc_ids: frozenset[str]) -> pd.DataFrame:
    """The rows of ``frame`` (needs ``doc_id``) whose document is in ``doc_ids``, order kept."""
    return frame.loc[frame["doc_id"].isin(doc_ids)].reset_index(drop=True)


def quote_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """The entity mentions as the quote engine reads them (``doc_id, start, end, surface, name, type``): the
    adapter between the entity layer's columns (``alias``, ``entity``) and the engine's."""
    return mentions.rename(columns={"alias": "surface", "entity": "name"}).loc[
        :, ["doc_id", "start", "end", "surface", "name", "type"]]


class Analysis:
    """The whole-corpus results of every heavy step.

    Each step runs on first use and is kept, so a page that needs only the documents never waits for the
    alignment, and no step runs twice for one corpus version. Safe to share between threads (the app keeps one
    per corpus version for all sessions); the frames it returns must not be mutated (nothing in ``analysis/``
    mutates its inputs).
    """

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._results: dict[str, Any] = {}
        self._lock = threading.RLock()

    def _once(self, name: str, compute: Callable[[], T]) -> T:
        with self._lock:
            if name not in self._results:
                self._results[name] = compute()
            return self._results[name]

    @property
    def outlet_colours(self) -> dict[str, str]:
        """One colour per outlet for every chart (:func:`analysis.charts.outlet_colours` of the whole corpus)."""
        return self._once("outlet_colours", lambda: outlet_colours(self.corpus.docs))

    @property
    def entity_mentions(self) -> pd.DataFrame:
        """:func:`analysis.entities.resolve.entity_mentions` of the whole corpus, with the user's merges and
        renames (:mod:`analysis.entities.edits`, saved beside the corpus) applied."""
        return self._once("entity_mentions", lambda: apply_edits(
            self._once("entity_mentions_found", lambda: entity_mentions(self.corpus)), load_edits(self.corpus.folders)))

    def reload_entity_edits(self) -> None:
        """Re-read the entity edits: the steps that use entity names run again on next use (not the
        recognition itself)."""
        with self._lock:
            for name in ("entity_mentions", "entity_index", "quotes", "moves", "timeline"):
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
        return self._once("quotes", lambda: quote_variants(
            self.corpus, quote_mentions(story_mentions(self.entity_mentions)), load_corrections(self.corpus.folders)))

    @property
    def matches(self) -> pd.DataFrame:
        """Sentence matches at the lowest threshold any view offers (:data:`MIN_THRESHOLD`); views narrow them."""
        return self._once("matches", lambda: sentence_matches(self.corpus, MIN_THRESHOLD))

    @property
    def timeline(self) -> pd.DataFrame:
        """Dated mentions and share moves merged into events (:func:`analysis.timeline.events.timeline_mentions`)."""
        return self._once("timeline", lambda: timeline_mentions(self.corpus, self.timexes, self.moves))

    @property
    def timexes(self) -> pd.DataFrame:
        """Every temporal expression with its TIMEX3 value (:func:`analysis.timeline.timexes.timex_mentions`)."""
        return self._once("timexes", lambda: timex_mentions(self.corpus))

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
        return self._once("moves", lambda: extract_moves(self.corpus, move_mentions(story_mentions(self.entity_mentions))))


def move_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Entity mentions (:func:`analysis.entities.resolve.entity_mentions`) in the shape the move grammar reads:
    ``doc_id, start, end, surface, name, type`` (the one place that knows both layers' columns)."""
    frame = mentions.rename(columns={"alias": "surface", "entity": "name"})
    return frame.loc[:, ["doc_id", "start", "end", "surface", "name", "type"]]


def analyse(corpus: Corpus) -> Analysis:
    """The results of every heavy step on ``corpus``, computed lazily (see :class:`Analysis`)."""
    return Analysis(corpus)


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
        """Sentence matches between selected documents at ``threshold`` (at least :data:`MIN_THRESHOLD`)."""
        return narrow_matches(self.analysis.matches, self.doc_ids, max(float(threshold), MIN_THRESHOLD), unit)

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
