"""The Overview's first view, made before anyone asks for it.

A fresh server's first visitor opens the Overview of the default project with a plain link. Everything that view
needs from the server and can be computed without a browser is computed by the launcher in the background as soon
as the server starts (:func:`warm_first_view`): the corpus (read from the store or loaded and cleaned), its
analysis, the coverage chart under the filters of a plain link, and that chart's picture. The caches that hold them
are the ones every script run reads (:func:`ui.corpus.analysis_of`, :func:`coverage_chart`, the pictures of
:mod:`ui.charts`), so the visitor's first script run finds them ready, or waits (with its spinner) for the
computation in flight instead of starting its own.
"""

from __future__ import annotations

import logging
import threading

import streamlit as st

from analysis import ChartResult, FilterState, select
from analysis.corpus.coverage import render_coverage_chart
from ui.charts import chart_file_stem, warm_picture
from ui.corpus import CorpusKey, analysis_of, default_folders, scan_corpus_key

log = logging.getLogger(__name__)
#: The name of the warm-up thread (its log records are filtered by it).
WARM_THREAD = "storytrace-first-view"


def link_filters() -> FilterState:
    """The filters of a session opened by a link without filters (the sidebar's starting state): none."""
    return FilterState.from_query({})


@st.cache_resource(max_entries=32, show_spinner=False)
def coverage_chart(key: CorpusKey, filters: FilterState) -> ChartResult:
    """The Overview's coverage chart of corpus version ``key`` under ``filters`` (cached: a figure is 0.1-0.3 s of
    plotly's work, and the same selection draws the same chart for every session)."""
    sel = select(analysis_of(key), filters)
    return render_coverage_chart(sel.view, filters.describe(), sel.analysis.outlet_colours)


class _NoContextWarning(logging.Filter):
    """Drops Streamlit's "missing ScriptRunContext" warnings of the warm-up thread (it runs no script, on purpose)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (threading.current_thread().name == WARM_THREAD and "ScriptRunContext" in record.getMessage())


def warm_first_view(app_args: list[str] | None = None) -> None:
    """Compute what the default project's Overview shows first (see the module's docstring); ``app_args`` are the
    app's own arguments (``--corpus DIR``). Logs and returns on any failure: the first visitor then computes it."""
    try:
        key = scan_corpus_key(default_folders(app_args))
        analysis = analysis_of(key)
        if analysis.corpus.is_empty:
            return
        filters = link_filters()
        chart = coverage_chart(key, filters)
        if not chart.data.empty:
            warm_picture(chart, chart_file_stem(chart, select(analysis, filters)))
    except Exception:  # noqa: BLE001 - a warm-up never stops the server; the first visitor computes it instead
        log.warning("warming the Overview's first view failed", exc_info=True)


def start_warming(app_args: list[str] | None = None) -> threading.Thread:
    """Run :func:`warm_first_view` in a background thread (the server answers meanwhile); returns the thread."""
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(_NoContextWarning())
    thread = threading.Thread(target=warm_first_view, args=(app_args,), name=WARM_THREAD, daemon=True)
    thread.start()
    return thread
