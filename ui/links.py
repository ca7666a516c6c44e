"""A page's own controls in a typed link: the URL names a choice as its widget shows it ("?market_colour=Region"),
and Streamlit restores a bound widget (``bind="query-params"``) from that label only. A link typed by hand, or taken
from the command line's words, names the value ("?market_colour=region", "?spread_level=outlet",
"?ov_tab=articles"); :func:`bound_choice` sets the widget to the option it names before the widget is drawn."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import streamlit as st


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


def bound_choice(key: str, options: Iterable[Any], format_func: Callable[[Any], Any] = str, many: bool = False) -> None:
    """Before the widget bound to the URL parameter ``key`` is drawn: when the link's value of it names one of
    ``options`` other than by its label (:func:`choice_label`: by the value, or in other case), the widget is set
    to that option (a list of them for a multiselect, ``many``). Streamlit reads a bound parameter from the link the
    session opened on, and lets a page set the widget only, not the parameter (the address bar drops the value until
    the control is touched). Done once per session and value, so a later click is not undone."""
    given = st.query_params.get_all(key)
    options = list(options)
    labels = [str(format_func(o)) for o in options]
    done = f"_link_choice_{key}"
    if not given or all(g in labels for g in given) or st.session_state.get(done) == given:
        return
    st.session_state[done] = given
    chosen = [options[labels.index(label)] for g in given if (label := choice_label(g, options, format_func))]
    if chosen:
        st.session_state[key] = chosen if many else chosen[0]
