"""Corpus location, cached loading and the shared sidebar filters (bound to URL query parameters)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from analysis import config
from analysis.corpus import Corpus, load_corpus
from analysis.filters import FilterState, filter_corpus

T = TypeVar("T")
_FILTER_KEYS = {"outlets": "flt_outlets", "dates": "flt_dates", "undated": "flt_undated", "entities": "flt_entities"}


def corpus_dir() -> Path:
    """The corpus folder: ``streamlit run app.py -- --corpus DIR``, else $STORYTRACE_CORPUS, else seeds/."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return Path(known.corpus or os.environ.get(config.ENV_CORPUS_DIR) or config.SEEDS_DIR).expanduser()


def upload_dir() -> Path:
    """Where uploads are saved: $STORYTRACE_UPLOAD_DIR, else the per-user data folder. Never inside seeds/."""
    path = Path(os.environ.get(config.ENV_UPLOAD_DIR) or config.DEFAULT_UPLOAD_DIR).expanduser().resolve()
    if path == config.SEEDS_DIR.resolve() or config.SEEDS_DIR.resolve() in path.parents:
        path = Path(config.DEFAULT_UPLOAD_DIR).resolve()
    return path


def corpus_key() -> tuple[tuple[str, ...], tuple[tuple[str, int, int], ...]]:
    """Folders plus (name, size, mtime) of every file: changes whenever a file is added, replaced or removed."""
    folders = (str(corpus_dir()), str(upload_dir()))
    stamp: list[tuple[str, int, int]] = []
    for folder in folders:
        path = Path(folder)
        if path.is_dir():
            for f in sorted(path.iterdir()):
                if f.is_file():
                    info = f.stat()
                    stamp.append((str(f), info.st_size, info.st_mtime_ns))
    return folders, tuple(stamp)


# cache_resource, not cache_data: the corpus and step results are read-only (analysis/ never mutates its
# inputs), so every session shares one object instead of unpickling a copy of a large corpus on each rerun.
@st.cache_resource(max_entries=4, show_spinner="Loading and cleaning the articles…")
def _load(key: tuple[tuple[str, ...], tuple[tuple[str, int, int], ...]]) -> Corpus:
    return load_corpus(list(key[0]))


def get_corpus() -> Corpus:
    """The whole corpus (corpus folder + uploads), cached until a file changes."""
    return _load(corpus_key())


@st.cache_resource(max_entries=48, show_spinner="Analysing the articles…")
def _step(qualname: str, key: Any, params: tuple[Any, ...]) -> Any:
    module, func = qualname.rsplit(".", 1)
    return getattr(importlib.import_module(module), func)(_load(key), *params)


def corpus_step(fn: Callable[..., T], *params: Any) -> T:
    """Run ``fn(whole_corpus, *params)`` once per corpus version and cache the result.

    Heavy analysis runs on the whole corpus; pages then narrow the result to the filtered documents, so
    changing a filter never recomputes it.
    """
    return _step(f"{fn.__module__}.{fn.__qualname__}", corpus_key(), params)


def entity_docs(corpus: Corpus) -> dict[str, set[str]] | None:
    """doc_ids per entity, when the entities module is available."""
    try:
        from analysis.entities import entity_doc_index
    except ImportError:
        return None
    return corpus_step(entity_doc_index)


def _date_bounds(corpus: Corpus) -> tuple[date, date] | None:
    dates = pd.concat([corpus.docs["published"], corpus.docs["published_earliest"]]).dropna()
    return (dates.min().date(), dates.max().date()) if len(dates) else None


def _store() -> dict[str, Any]:
    """The filter values of this session. Widget state can be dropped by Streamlit when a run ends early
    (``st.rerun``) or a page does not draw the widget, so values live here and are copied into the widgets
    before each run draws them; ``on_change`` copies user edits back."""
    return st.session_state.setdefault("_filter_store", {})


def _save(name: str) -> None:
    _store()[name] = st.session_state[_FILTER_KEYS[name]]


def _init_from_query(corpus: Corpus, entity_names: list[str]) -> None:
    """First run of a session: the filters start from the URL's query parameters (a shared link)."""
    store = _store()
    if store:
        return
    state = FilterState.from_query({k: st.query_params.get_all(k) for k in st.query_params.keys()})
    outlets = set(corpus.docs["outlet"])
    store["outlets"] = [o for o in state.outlets if o in outlets]
    store["entities"] = [e for e in state.entities if e in entity_names]
    store["undated"] = state.include_undated
    bounds = _date_bounds(corpus)
    store["dates"] = (state.date_from or bounds[0], state.date_to or bounds[1]) if bounds else ()


def request_filter(*, outlets: list[str] | None = None, entities: list[str] | None = None) -> None:
    """Set these filters from a page (e.g. a click on an entity); call ``st.rerun()`` afterwards so the
    sidebar and every view pick them up."""
    if outlets is not None:
        _store()["outlets"] = list(outlets)
    if entities is not None:
        _store()["entities"] = list(entities)


def page_filters() -> FilterState:
    """The sidebar filters for the page being run.

    A page opened by URL as the very first request of a fresh server is run by Streamlit's legacy ``pages/``
    mode, without ``app.py``; switch to ``app.py``'s navigation (which draws the sidebar) and run again.
    """
    if "filters" not in st.session_state:
        from streamlit.runtime.pages_manager import PagesManager

        PagesManager.uses_pages_directory = False
        st.rerun()
    return st.session_state["filters"]


def sidebar_filters(corpus: Corpus) -> FilterState:
    """Draw the global filters in the sidebar and return their state; keeps the URL in sync."""
    index = entity_docs(corpus) or {}
    entity_names = sorted(index, key=lambda e: (-len(index[e]), e))
    _init_from_query(corpus, entity_names)
    store = _store()
    outlets = sorted(corpus.docs["outlet"].unique())
    store["outlets"] = [o for o in store.get("outlets", []) if o in outlets]
    store["entities"] = [e for e in store.get("entities", []) if e in entity_names]
    bounds = _date_bounds(corpus)
    if bounds and len(store.get("dates") or ()) != 2:
        store["dates"] = bounds
    for name in ("outlets", "entities", "undated", "dates"):
        if name in store and (name != "dates" or bounds):
            st.session_state[_FILTER_KEYS[name]] = store[name]
    with st.sidebar:
        st.subheader("Filters")
        chosen = st.multiselect(
            "Outlets", outlets, key=_FILTER_KEYS["outlets"], placeholder="All outlets", on_change=_save, args=("outlets",)
        )
        chosen_entities: list[str] = []
        if index:
            chosen_entities = st.multiselect(
                "Mentioning any of", entity_names, key=_FILTER_KEYS["entities"], placeholder="Any entity",
                on_change=_save, args=("entities",),
            )
        date_from = date_to = None
        if bounds:
            lo, hi = bounds
            current = [d for d in store["dates"] if d]
            picked = st.date_input(
                "Published between",
                min_value=min([lo, *current]),
                max_value=max([hi, *current]),
                key=_FILTER_KEYS["dates"],
                on_change=_save,
                args=("dates",),
                help="Articles known only to have appeared on or after a date are placed on that date.",
            )
            if isinstance(picked, (tuple, list)) and len(picked) == 2:
                date_from = picked[0] if picked[0] != lo else None
                date_to = picked[1] if picked[1] != hi else None
        include_undated = st.checkbox(
            "Include articles without a known date", key=_FILTER_KEYS["undated"], on_change=_save, args=("undated",)
        )
    state = FilterState(tuple(chosen), date_from, date_to, include_undated, tuple(chosen_entities))
    wanted = state.to_query()
    current_params = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
    if current_params != wanted:
        st.query_params.from_dict(wanted)
    return state


def filtered_corpus(corpus: Corpus, state: FilterState) -> Corpus:
    """The corpus narrowed by the sidebar state."""
    return filter_corpus(corpus, state, entity_docs(corpus) if state.entities else None)
