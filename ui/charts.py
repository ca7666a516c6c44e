"""Drawing a ChartResult on a page, with its export controls underneath."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from analysis import ChartResult, Selection
from analysis.report import bundle as export
from analysis.report.render import ImageFormat
from ui.markup import escape_markdown

#: Download buttons under each chart after the CSV one: (format, label, help).
IMAGE_BUTTONS: tuple[tuple[ImageFormat, str, str], ...] = (
    ("png", "PNG", "Picture at print resolution (2200 px wide) for documents and slides"),
    ("svg", "SVG", "Vector picture: sharp at any size, editable in Illustrator/Inkscape"),
    ("pdf", "PDF", "Vector PDF for print"),
    ("html", "HTML", "Interactive chart in one self-contained file (opens offline in any browser)"),
)
_CACHE_MAX = 64
_cache: OrderedDict[tuple[str, str], bytes] = OrderedDict()
_cache_lock = threading.Lock()


def _render_cached(figure: go.Figure, fmt: ImageFormat, stem: str) -> bytes:
    """Bytes of ``figure`` in ``fmt``, cached by a hash of the figure (repeat clicks cost nothing)."""
    digest = hashlib.sha256(figure.to_json().encode("utf-8") + stem.encode("utf-8")).hexdigest()
    key = (digest, fmt)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    data = export.figure_bytes(figure, fmt, stem)
    with _cache_lock:
        _cache[key] = data
        while len(_cache) > _CACHE_MAX:
            _cache.popitem(last=False)
    return data


def _deferred(figure: go.Figure, fmt: ImageFormat, stem: str) -> Callable[[], bytes]:
    """A callable for ``st.download_button(data=...)``: rendered only when the user clicks."""
    return lambda: _render_cached(figure, fmt, stem)


def chart_file_stem(result: ChartResult, sel: Selection) -> str:
    """``storytrace-<slug>-<dates>[-<filters>]`` for the chart under the selection's filters."""
    return export.file_stem(result.slug, sel.view.docs, sel.filters)


def download_controls(result: ChartResult, key: str, stem: str) -> None:
    """CSV of ``result.data`` plus PNG/SVG/PDF/HTML of ``result.figure`` (files named ``stem``), rendered only on
    click."""
    can_render = export.renderer_available()
    with st.container(horizontal=True, gap="small", key=f"{key}-downloads"):
        st.download_button(
            "Data behind this chart (CSV)",
            export.csv_bytes(result.data),
            file_name=f"{stem}.csv",
            mime="text/csv",
            key=f"{key}-csv",
            icon=":material/download:",
            on_click="ignore",
        )
        for fmt, label, help_text in IMAGE_BUTTONS:
            usable = can_render or fmt == "html"
            st.download_button(
                label,
                _deferred(result.figure, fmt, stem),
                file_name=f"{stem}.{fmt}",
                mime=export.MIME[fmt],
                key=f"{key}-{fmt}",
                icon=":material/image:" if fmt != "html" else ":material/code:",
                help=help_text if usable else "Chromium is not installed on the server: image export is off",
                on_click="ignore",
                disabled=not usable,
                type="tertiary",
            )


def show_chart(result: ChartResult, sel: Selection, key: str, on_select: str = "ignore", **kwargs: Any) -> Any:
    """Draw ``result.figure`` full width; the modebar camera saves a PNG named after the chart.

    Returns the plotly selection state when ``on_select="rerun"``. Download controls (CSV of
    ``result.data``, PNG, SVG, PDF and interactive HTML of the figure) are drawn underneath.
    """
    stem = chart_file_stem(result, sel)
    config = {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": stem, "scale": 2},
    }
    event = st.plotly_chart(result.figure, width="stretch", key=key, on_select=on_select, config=config, **kwargs)
    if result.caption:
        st.caption(escape_markdown(result.caption))
    download_controls(result, key, stem)
    return event
