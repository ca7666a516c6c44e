"""A page's own controls in a typed link: the URL names a choice as its widget shows it ("?market_colour=Region"),
and Streamlit restores a bound widget (``bind="query-params"``) from that label only. A link typed by hand, or taken
from the command line's words, names the value ("?market_colour=region", "?spread_level=outlet",
"?ov_tab=articles"); :func:`bound_choice` rewrites the link to the label it names before the widget is drawn, so the
widget opens on it and the address bar keeps it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st
from streamlit.runtime.state import get_session_state


def _folded(text: object) -> str:
    """``text`` compared loosely: letters and digits only, in lower case ("Multi-day" = "multi day" = "multiday")."""
    return "".join(c for c in str(text).lower() if c.isalnum())


def choice_label(given: str, options: Iterable[Any], format_func: Callable[[Any], Any] = str) -> str | None:
    """The label (``format_func`` of an option) that ``given`` names: the label itself, the option's value, or either
    in other case, spacing or hyphens; None when it names none."""
    options = list(options)
    labels = [str(format_func(o)) for o in options]
    if given in labels:
        return given
    for option, label in zip(options, labels):
        if _folded(given) in (_folded(option), _folded(label)):
            return label
    return None


def _relabel_link(key: str, given: str | list[str]) -> bool:
    """Write ``given`` (labels) as the link's value of ``key``, in the address bar and in the link Streamlit restores
    bound widgets from, before the widget bound to ``key`` is first drawn; False when the widget is bound already (a
    link followed within the session). Streamlit then opens the widget on that choice itself and keeps the parameter:
    a value it cannot read as a label it drops from the URL, and a value a page sets it writes only once the reader
    has touched a control."""
    with get_session_state().query_params() as params:
        if params.is_bound(key):
            return False
    st.query_params[key] = given
    link = urlencode([(k, v) for k in st.query_params.keys() for v in st.query_params.get_all(k)])
    with get_session_state().query_params() as params:
        params.set_initial_query_params(link)
    return True


def bound_choice(key: str, options: Iterable[Any], format_func: Callable[[Any], Any] = str, many: bool = False) -> None:
    """Before the widget bound to the URL parameter ``key`` is drawn: when the link's value of it names one of
    ``options`` other than by its label (:func:`choice_label`: by the value, or in other case), the link is rewritten
    to the label ("?market_colour=region" -> "?market_colour=Region", :func:`_relabel_link`), so the widget opens on
    that option (a list of them for a multiselect, ``many``) and a link copied from the address bar keeps it. Where
    the widget is bound already, it is set to the option. Done once per session and value, so a later click is not
    undone."""
    given = st.query_params.get_all(key)
    options = list(options)
    labels = [str(format_func(o)) for o in options]
    done = f"_link_choice_{key}"
    if not given or all(g in labels for g in given) or st.session_state.get(done) == given:
        return
    st.session_state[done] = given
    named = [label for g in given if (label := choice_label(g, options, format_func))]
    if not named:
        return
    if _relabel_link(key, named if many else named[0]):
        st.session_state[done] = st.query_params.get_all(key)
        return
    chosen = [options[labels.index(label)] for label in named]
    st.session_state[key] = chosen if many else chosen[0]


def drop_unbound(keys: Iterable[str]) -> None:
    """Take ``keys`` out of the URL where no widget drawn holds them: the controls of a table this run does not draw
    (one page long under a narrower filter), so a link copied then does not open a later page of a longer table.
    A key bound to a widget is left to Streamlit, which drops it when the widget is no longer drawn."""
    with get_session_state().query_params() as params:
        unbound = [k for k in keys if k in st.query_params and not params.is_bound(k)]
    for key in unbound:
        del st.query_params[key]


def link_pick(param: str, key: str, named: dict[str, str]) -> None:
    """Before the select box bound to ``key`` is drawn: when the link's ``param`` is one of ``named`` (a stable name,
    "Outlet A → Outlet B", mapped to the box's label, which may carry a figure that changes, "… (42%)"), open the box
    on it. Once per session and value, so a later pick is not undone; see :func:`keep_pick`."""
    given = st.query_params.get(param)
    done = f"_link_pick_{param}"
    if given is None or st.session_state.get(done) == given:
        return
    st.session_state[done] = given
    if given in named:
        st.session_state[key] = named[given]


def keep_pick(param: str, name: str, default: str) -> None:
    """After the select box: the address bar names its pick as ``param`` (``name``; no parameter for the ``default``
    pick), so a link copied from it opens the same pick (:func:`link_pick`)."""
    st.session_state[f"_link_pick_{param}"] = None if name == default else name
    if name == default:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != name:
        st.query_params[param] = name


#: The URL parameter naming the link picked on the Spread chart: "a.txt → b.txt" (files), or "A → B" (outlets).
SPREAD_LINK = "spread_link"
_LAST_CLICK = "_spread_last_click"


def linked_pick(clicked: list[str] | None, drawn: pd.DataFrame, docs: pd.DataFrame, level: str) -> list[str] | None:
    """The Spread chart's picked link as ``[source, taker]`` (doc ids, or outlets at the ``"outlet"`` level): the
    diamond ``clicked`` in this session, else the link the address names (``?spread_link=a.txt → b.txt``), when the
    chart ``drawn`` (its data: ``source_file, taker_file`` or ``source_outlet, taker_outlet``) draws it. A new click,
    or a click away, puts its pick in the address or takes it out; a copied address opened the chart with nothing
    picked. ``docs``: the selection's articles (``doc_id, file``)."""
    if level == "article":
        ids = dict(zip(docs["file"], docs["doc_id"]))
        files = {v: k for k, v in ids.items()}
        linkable = {f"{s} → {t}": [ids[s], ids[t]] for s, t in zip(drawn["source_file"], drawn["taker_file"])
                    if s in ids and t in ids}
        name = (lambda pair: f"{files.get(pair[0], pair[0])} → {files.get(pair[1], pair[1])}")
    else:
        linkable = {f"{s} → {t}": [s, t] for s, t in zip(drawn["source_outlet"], drawn["taker_outlet"])}
        name = (lambda pair: f"{pair[0]} → {pair[1]}")
    now = (level, tuple(clicked)) if clicked else None
    if _LAST_CLICK not in st.session_state:
        st.session_state[_LAST_CLICK] = now  # the first run: nothing clicked yet, the link decides
    elif now != st.session_state[_LAST_CLICK]:  # the reader clicked (or clicked away): the click decides
        st.session_state[_LAST_CLICK] = now
        if clicked:
            st.query_params[SPREAD_LINK] = name(clicked)
        elif SPREAD_LINK in st.query_params:
            del st.query_params[SPREAD_LINK]
    return list(clicked) if clicked else linkable.get(st.query_params.get(SPREAD_LINK, ""))


def open_for_link(key: str, value: str, stems: Iterable[str], also: Iterable[str] = ()) -> None:
    """Before the tabs or expander bound to ``key`` are drawn: a link that carries the controls of a table inside
    them (``f"{stem}_sort"``, ``_order`` or ``_page`` of any of ``stems``) and does not name ``key`` opens them on
    ``value`` (a tab's label, or "true" for an expander), and the address bar then names it. A link to the third
    page of the Overview's articles that lacked "ov_tab=Articles" (typed by hand, or copied from the table's keys
    alone) opened the Search tab, with the table it named out of sight. A link that names ``key`` keeps it; done on a
    session's first run only (a widget already bound is left to the reader's clicks). ``also``: other parameters of
    what is inside (the article picked under the Overview's table, "?ov_article=a.txt")."""
    if key in st.query_params:
        return
    carried = {f"{stem}_{part}" for stem in stems for part in ("sort", "order", "page")} | set(also)
    if carried & set(st.query_params.keys()):
        _relabel_link(key, value)
