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


def _init_from_query(corpus: Corpus, entity_names: list[str]) -> None:
    """First run of a session: widgets start from the URL's query parameters (a shared link)."""
    if st.session_state.get("_filters_initialised"):
        return
    state = FilterState.from_query({k: st.query_params.get_all(k) for k in st.query_params.keys()})
    outlets = sorted(corpus.docs["outlet"].unique())
    st.session_state[_FILTER_KEYS["outlets"]] = [o for o in state.outlets if o in outlets]
    st.session_state[_FILTER_KEYS["entities"]] = [e for e in state.entities if e in entity_names]
    st.session_state[_FILTER_KEYS["undated"]] = state.include_undated
    bounds = _date_bounds(corpus)
    if bounds:
        st.session_state[_FILTER_KEYS["dates"]] = (state.date_from or bounds[0], state.date_to or bounds[1])
    st.session_state["_filters_initialised"] = True


def request_filter(*, outlets: list[str] | None = None, entities: list[str] | None = None) -> None:
    """Ask the sidebar to set these filters on the next run (pages call this, then ``st.rerun()``).

    Widgets cannot be changed after they are drawn in a run, so the request is applied before the sidebar
    draws them.
    """
    if outlets is not None:
        st.session_state["_pending_outlets"] = list(outlets)
    if entities is not None:
        st.session_state["_pending_entities"] = list(entities)


def sidebar_filters(corpus: Corpus) -> FilterState:
    """Draw the global filters in the sidebar and return their state; keeps the URL in sync."""
    index = entity_docs(corpus) or {}
    entity_names = sorted(index, key=lambda e: (-len(index[e]), e))
    _init_from_query(corpus, entity_names)
    if "_pending_outlets" in st.session_state:
        st.session_state[_FILTER_KEYS["outlets"]] = st.session_state.pop("_pending_outlets")
    if "_pending_entities" in st.session_state:
        wanted = st.session_state.pop("_pending_entities")
        st.session_state[_FILTER_KEYS["entities"]] = [e for e in wanted if e in entity_names]
    outlets = sorted(corpus.docs["outlet"].unique())
    with st.sidebar:
        st.subheader("Filters")
        chosen = st.multiselect("Outlets", outlets, key=_FILTER_KEYS["outlets"], placeholder="All outlets")
        chosen_entities: list[str] = []
        if index:
            chosen_entities = st.multiselect(
                "Mentioning any of", entity_names, key=_FILTER_KEYS["entities"], placeholder="Any entity"
            )
        bounds = _date_bounds(corpus)
        date_from = date_to = None
        if bounds:
            lo, hi = bounds
            current = st.session_state.get(_FILTER_KEYS["dates"])
            if not isinstance(current, (tuple, list)) or not current:
                st.session_state[_FILTER_KEYS["dates"]] = current = (lo, hi)
            picked = st.date_input(
                "Published between",
                min_value=min([lo, *[d for d in current if d]]),
                max_value=max([hi, *[d for d in current if d]]),
                key=_FILTER_KEYS["dates"],
                help="Articles known only to have appeared on or after a date are placed on that date.",
            )
            if isinstance(picked, (tuple, list)) and len(picked) == 2:
                date_from = picked[0] if picked[0] != lo else None
                date_to = picked[1] if picked[1] != hi else None
        include_undated = st.checkbox("Include articles without a known date", key=_FILTER_KEYS["undated"])
    state = FilterState(tuple(chosen), date_from, date_to, include_undated, tuple(chosen_entities))
    wanted = state.to_query()
    current = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
    if current != wanted:
        st.query_params.from_dict(wanted)
    return state


def filtered_corpus(corpus: Corpus, state: FilterState) -> Corpus:
    """The corpus narrowed by the sidebar state."""
    return filter_corpus(corpus, state, entity_docs(corpus) if state.entities else None)
