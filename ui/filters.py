"""The shared sidebar filters, bound to URL query parameters, and the :class:`analysis.Selection` they make."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlparse

import pandas as pd
import streamlit as st

from analysis import Corpus, FilterState, Selection, select
from analysis.charts import day_span
from ui.corpus import CorpusKey, corpus_key, get_analysis
from ui.project_picker import project_query
from ui.projects import PROJECT_PARAM

_RETURN_KEY = "_return_to_page"
_WANT_ENTITIES = "_want_entity_filter"
#: Set on a run whose sidebar offered :data:`ENTITY_BUTTON` (the entities not found yet): a page that finds them
#: runs again, so its sidebar lists them (:func:`ui.page.open_page`).
_ENTITY_BUTTON = "_entity_button_drawn"
#: The entity filter's caption, and the button drawn in its box before the entities are found.
ENTITY_LABEL = "Mentioning any of"
ENTITY_BUTTON = "Any entity: list them…"


@st.cache_resource(show_spinner=False)  # an empty set: a spinner would start a thread on a fresh server's first run
def _entities_ready() -> set[CorpusKey]:
    """Corpus versions whose entities are known on this server: only then does the sidebar list them without being
    asked (finding them takes seconds on a large corpus, and the Overview's first render need not wait for it)."""
    return set()
_FILTER_KEYS = {"outlets": "flt_outlets", "dates": "flt_dates", "undated": "flt_undated", "entities": "flt_entities"}


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


def _save_dates(bounds: tuple[date, date]) -> None:
    """Keep the picked range as its narrowing: an end at the corpus's first or last date is open (None), so the
    range still reaches the articles an upload adds beyond it. Half a range (the picker's first click) is a start."""
    picked = tuple(st.session_state[_FILTER_KEYS["dates"]] or ())
    start = picked[0] if picked and picked[0] != bounds[0] else None
    end = picked[1] if len(picked) == 2 and picked[1] != bounds[1] else None
    _store()["dates"] = (start, end)


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
    store["dates"] = (state.date_from, state.date_to)


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
    mode, without ``app.py`` (Streamlit decides the mode before any script has called ``st.navigation``). Such a
    run goes through ``app.py`` (which draws the sidebar and switches the server to ``st.navigation``) and comes
    back to the page the URL named, with the URL's filters: see :func:`return_to_requested_page`.
    """
    if "filters" not in st.session_state:
        url_path = urlparse(st.context.url or "").path.rstrip("/").rpartition("/")[2]
        st.session_state[_RETURN_KEY] = url_path
        st.switch_page("app.py", query_params=_query())
    return st.session_state["filters"]


def return_to_requested_page(pages: list[Any]) -> None:
    """In ``app.py``, after ``st.navigation``: open the page a legacy-mode run asked for (see :func:`page_filters`)."""
    wanted = st.session_state.pop(_RETURN_KEY, None)
    if wanted is None:
        return
    for page in pages:
        if page.url_path == wanted:
            st.switch_page(page, query_params=_query())


def _query() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params.keys()}


def mark_entities_ready() -> bool:
    """Say that the entities of this run's corpus are found (a page needed them): the sidebar lists them from
    the next run on. True when this run's sidebar offered the button instead (the page should run again, so the
    filter it shows is the list: Quotes, Timeline, Market and Entities find the entities anyway, and drew the
    button on their first view while every later view drew the list)."""
    _entities_ready().add(corpus_key())
    return bool(st.session_state.pop(_ENTITY_BUTTON, False))


def _want_entities() -> None:
    st.session_state[_WANT_ENTITIES] = True


def _entity_index() -> dict[str, frozenset[str]] | None:
    """The entity index when it is known or wanted (entities in the URL or the filters, the user asked, or a page
    found them already); None means the sidebar offers a button instead of waiting for it."""
    wanted = (st.session_state.get(_WANT_ENTITIES) or _store().get("entities")
              or (not _store() and st.query_params.get_all("entity")))
    if not wanted and corpus_key() not in _entities_ready():
        return None
    index = get_analysis().entity_index
    _entities_ready().add(corpus_key())
    return index


def range_label(date_from: date | None, date_to: date | None, bounds: tuple[date, date]) -> str:
    """The date filter's label: the range picked, an open end read as the corpus's first or last date ``bounds``. A
    start past the corpus's last date (or an end before its first, from a link) is "from 1 Jan 2030", where the
    open end made a range that ran backwards ("1 Jan 2030 – 5 Sep 2024")."""
    start, end = date_from or bounds[0], date_to or bounds[1]
    if start <= end:
        return day_span(start, end)
    if date_from and not date_to:
        return f"from {day_span(date_from, date_from)}"
    if date_to and not date_from:
        return f"until {day_span(date_to, date_to)}"
    return f"{day_span(start, start)} to {day_span(end, end)}"


def sidebar_filters(corpus: Corpus) -> FilterState:
    """Draw the global filters in the sidebar and return their state; keeps the URL in sync."""
    index = _entity_index()
    entity_names = sorted(index, key=lambda e: (-len(index[e]), e)) if index is not None else []
    _init_from_query(corpus, entity_names)
    store = _store()
    outlets = sorted(corpus.docs["outlet"].unique())
    store["outlets"] = [o for o in store.get("outlets", []) if o in outlets]
    store["entities"] = [e for e in store.get("entities", []) if e in entity_names]
    bounds = _date_bounds(corpus)
    date_from, date_to = store.get("dates") or (None, None)
    for name in ("outlets", "entities", "undated"):
        if name in store:
            st.session_state[_FILTER_KEYS[name]] = store[name]
    if bounds:  # the picker shows an open end as the corpus's first or last date
        st.session_state[_FILTER_KEYS["dates"]] = (date_from or bounds[0], date_to or bounds[1])
    with st.sidebar:
        st.subheader("Filters")
        # every filter, on every page, one look: a caption, then its box (the date filter's is a menu; the entity
        # filter's, while the entities are not found yet, a button in the box's place)
        st.caption("Outlets")
        chosen = st.multiselect(
            "Outlets", outlets, key=_FILTER_KEYS["outlets"], placeholder="All outlets", on_change=_save,
            args=("outlets",), label_visibility="collapsed",
        )
        chosen_entities: list[str] = []
        if index is None or index:
            st.caption(ENTITY_LABEL)
        st.session_state[_ENTITY_BUTTON] = index is None
        if index is None:
            st.button(ENTITY_BUTTON, on_click=_want_entities, key="flt_entities_open", width="stretch",
                      icon=":material/groups:", help="Find the people, organisations and places the articles "
                      "mention (once per corpus), then pick some to keep only the articles mentioning them.")
        elif index:
            chosen_entities = st.multiselect(
                ENTITY_LABEL, entity_names, key=_FILTER_KEYS["entities"], placeholder="Any entity",
                on_change=_save, args=("entities",), label_visibility="collapsed",
            )
        if bounds:
            current = [d for d in (date_from, date_to) if d]
            # In a menu labelled with the range: the browser draws the picker (and fetches its ~200 KiB of script)
            # only when the menu opens, not on every page's first view. The key keeps the menu open while its label
            # follows the picked range.
            st.caption("Published between")
            with st.popover(range_label(date_from, date_to, bounds), icon=":material/calendar_month:",
                            width="stretch", key="flt_dates_menu"):
                st.date_input(
                    "Published between",
                    min_value=min([bounds[0], *current]),
                    max_value=max([bounds[1], *current]),
                    key=_FILTER_KEYS["dates"],
                    on_change=_save_dates,
                    args=(bounds,),
                    help="Articles known only to have appeared on or after a date are placed on that date.",
                )
        include_undated = st.checkbox(
            "Include articles without a known date", key=_FILTER_KEYS["undated"], on_change=_save, args=("undated",)
        )
    state = FilterState(tuple(chosen), date_from, date_to, include_undated, tuple(chosen_entities))
    sync_query({**project_query(), **state.to_query()}, (*FilterState.QUERY_KEYS, PROJECT_PARAM))
    return state


def sync_query(wanted: dict[str, list[str]], owned: tuple[str, ...]) -> None:
    """Make the URL's parameters of ``owned`` say ``wanted`` (absent ones removed), leaving the others alone: a
    page's controls keep theirs (they are bound to their widgets, ``bind="query-params"``)."""
    for key in owned:
        want = wanted.get(key, [])
        if st.query_params.get_all(key) != want:
            if want:
                st.query_params[key] = want
            elif key in st.query_params:
                del st.query_params[key]


def current_selection() -> Selection:
    """The whole-corpus analysis narrowed by the sidebar filters of this run."""
    return select(get_analysis(), page_filters())
