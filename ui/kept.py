"""Widget values that outlive the runs that do not draw them.

Streamlit drops the state of a widget a run does not draw (a lazy tab left closed, a page stopped early, another
page), so a page that draws a widget only sometimes keeps its value here and gives it back when the widget is drawn
again: :func:`restore` before drawing, :func:`keep` after.
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st


def restore(store: str, keys: Iterable[str]) -> None:
    """Give the widgets ``keys`` the values kept for them in ``store`` when they are not in this run's state."""
    kept = st.session_state.setdefault(store, {})
    for key in keys:
        if key not in st.session_state and key in kept:
            st.session_state[key] = kept[key]


def keep(store: str, keys: Iterable[str]) -> None:
    """Keep in ``store`` the values the widgets ``keys`` drawn in this run have."""
    kept = st.session_state.setdefault(store, {})
    kept.update({key: st.session_state[key] for key in keys if key in st.session_state})
