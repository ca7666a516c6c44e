"""Test helpers: run the one path (analyse -> select -> builder) on a corpus, as the app and the CLI do."""

from __future__ import annotations

from analysis import Corpus, FilterState, Selection, analyse, select
from analysis.charts import ChartResult
from analysis.report.registry import REPORT_SOURCES


def selection(corpus: Corpus, state: FilterState | None = None) -> Selection:
    """The whole-corpus analysis of ``corpus`` narrowed by ``state``."""
    return select(analyse(corpus), state or FilterState())


def report_charts(key: str, corpus: Corpus, state: FilterState | None = None) -> list[ChartResult]:
    """The report charts of the source ``key`` ("market", "timeline", ...) under ``state``."""
    source = next(s for s in REPORT_SOURCES if s.key == key)
    return source.build(selection(corpus, state))


def entity_mentions_of(corpus: Corpus):
    return analyse(corpus).entity_mentions


def entity_index_of(corpus: Corpus) -> dict[str, frozenset[str]]:
    return analyse(corpus).entity_index
