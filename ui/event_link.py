"""The event picked on the Timeline chart in the link, by a name that outlives the event's id: the ids ("E241") are
numbered over the corpus and change when an article is added, so a link by id would open another event. An event is
named by the mention that labels it: its day, its words and its article's file ("2031-09-26 · Ardmoor Foods shares
fall 12% · a1.txt"). The link finds the event again by any of its mentions, so an article added later, which may give
the event its label, does not lose it."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.timeline.merge import PRECISION_RANK, reported_label

#: The URL parameter naming the events picked on the Timeline chart (one value per event).
TIMELINE_EVENT = "tl_event"
_LAST_CLICK = "_timeline_last_click"


def _names(mentions: pd.DataFrame) -> pd.Series:
    """Each mention's name (rows of :data:`analysis.timeline.events.MENTION_COLUMNS`: ``date_start, event, kind, key,
    file``): its day, its words as the chart labels its event (a share move's with the figure the articles report,
    :func:`analysis.timeline.merge.reported_label`) and its file."""
    words = [reported_label(str(e), str(k)) if kind == "move" else str(e)
             for e, k, kind in zip(mentions["event"], mentions["key"], mentions["kind"])]
    return pd.Series([f"{d} · {w} · {f}" for d, w, f in zip(mentions["date_start"], words, mentions["file"])],
                     index=mentions.index, dtype="object")


def event_names(mentions: pd.DataFrame, event_ids: Iterable[str]) -> list[str]:
    """The name of each of ``event_ids`` (in that order): that of its mention in ``mentions`` that labels it on the
    chart and in the tables (the most precise, then the earliest; :func:`analysis.timeline.events.event_items`), so
    the link says what the reader picked. An id no mention holds is left out."""
    ordered = mentions.assign(_rank=mentions["precision"].map(PRECISION_RANK)).sort_values(
        ["_rank", "date_start", "doc_id", "sent_id"], kind="stable")
    first = ordered.drop_duplicates("event_id")
    names = dict(zip(first["event_id"].astype(str), _names(first)))
    return [names[i] for i in map(str, event_ids) if i in names]


def events_named(mentions: pd.DataFrame, names: Iterable[str]) -> list[str]:
    """The ids of the events of ``mentions`` that ``names`` name (any of an event's mentions names it), in the order of
    ``names``; a name no mention has gives nothing."""
    wanted = list(names)
    if not wanted or mentions.empty:
        return []
    named = mentions.assign(_name=_names(mentions))
    ids: list[str] = []
    for name in wanted:
        for event_id in named.loc[named["_name"] == name, "event_id"].astype(str):
            if event_id not in ids:
                ids.append(event_id)
    return ids


def drawn_events(figure: go.Figure | None) -> set[str]:
    """The ids of the events the Timeline chart ``figure`` draws (``customdata[7]`` of its marks and bars)."""
    if figure is None:
        return set()
    return {str(row[7]) for trace in figure.data if trace.customdata is not None
            for row in trace.customdata if len(row) > 7}


def linked_events(clicked: list[str], mentions: pd.DataFrame, drawn: set[str]) -> list[str]:
    """The events picked on the Timeline chart: the ids ``clicked`` in this session, else the events the address names
    (``?tl_event=2031-09-26 · Ardmoor Foods shares fall 12% · a1.txt``, :func:`event_names`) that the chart draws
    (``drawn``: :func:`drawn_events`; ``mentions``: the chart's). A new click, or a click away, puts its events in the
    address or takes them out: a copied address opened the chart with nothing picked and no wording under it."""
    now = tuple(clicked) or None
    if _LAST_CLICK not in st.session_state:
        st.session_state[_LAST_CLICK] = now  # the first run: nothing clicked yet, the link decides
    elif now != st.session_state[_LAST_CLICK]:  # the reader clicked (or clicked away): the click decides
        st.session_state[_LAST_CLICK] = now
        if clicked:
            st.query_params[TIMELINE_EVENT] = event_names(mentions, clicked)
        elif TIMELINE_EVENT in st.query_params:
            del st.query_params[TIMELINE_EVENT]
    if clicked:
        return list(clicked)
    return [i for i in events_named(mentions, st.query_params.get_all(TIMELINE_EVENT)) if i in drawn]
