"""Storytrace analysis library: pure functions from article text to DataFrames and plotly figures.

Nothing here imports streamlit; the app (``app.py``, ``pages/``) and the CLI (``python -m analysis``) are two
thin fronts over these functions.
"""

from __future__ import annotations

from .cleaning import CleanDocument, clean_document
from .corpus import Corpus, build_corpus, load_corpus
from .errors import BadCorpusPath, BadInputFile, EmptySelection, StorytraceError
from .filters import FilterState, apply_filters, filter_corpus
from .sentences import split_sentences

__all__ = [
    "BadCorpusPath",
    "BadInputFile",
    "CleanDocument",
    "Corpus",
    "EmptySelection",
    "FilterState",
    "StorytraceError",
    "apply_filters",
    "build_corpus",
    "clean_document",
    "filter_corpus",
    "load_corpus",
    "split_sentences",
]
