"""Storytrace analysis library: pure functions from article text to DataFrames and plotly figures.

The one path: :func:`load_corpus` -> :func:`analyse` (every heavy step, once, on the whole corpus) ->
:func:`select` (what a :class:`FilterState` keeps) -> tables and charts. The app (``app.py``, ``pages/``), the CLI
(``python -m analysis``) and the report all go this way, so they show the same rows. Nothing here imports
streamlit.
"""

from __future__ import annotations

from analysis.charts import ChartResult
from analysis.corpus import Corpus, build_corpus, load_corpus
from analysis.errors import BadCorpusPath, BadInputFile, StorytraceError
from analysis.filters import FilterState, apply_filters, filter_corpus
from analysis.pipeline import Analysis, Selection, analyse, select

__all__ = [
    "Analysis",
    "BadCorpusPath",
    "BadInputFile",
    "ChartResult",
    "Corpus",
    "FilterState",
    "Selection",
    "StorytraceError",
    "analyse",
    "apply_filters",
    "build_corpus",
    "filter_corpus",
    "load_corpus",
    "select",
]
