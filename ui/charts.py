"""Drawing a ChartResult on a page, with its export controls underneath: as the interactive Plotly chart
(:func:`show_chart`), or first as a picture of the export rendered on the server with the interactive chart on
request (:func:`show_chart_picture`: no Plotly component for the browser to fetch and parse on a first view)."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from analysis import ChartResult, Selection
from analysis.charts import empty_reason
from analysis.report import bundle as export
from analysis.report.render import ImageFormat
from ui.markup import escape_markdown

log = logging.getLogger(__name__)

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
#: Session key of the set of chart keys the user switched to their interactive version (kept across pages).
_INTERACTIVE = "_interactive_charts"
#: After a picture failed, pages draw the interactive chart without trying the renderer for this long (s): a
#: renderer that cannot start would make every run wait for its start-up timeout.
PICTURE_RETRY_S = 300.0
_picture_failed_at: list[float] = []


#: The hash of each figure's JSON, by figure object (kept alive here, so an id is never reused while listed): the
#: pages' charts are cached objects, drawn again on every run, and each run made their JSON twice (2 ms for the
#: seeds' coverage chart, more for a large corpus's figures).
_figure_hashes: OrderedDict[int, tuple[go.Figure, str]] = OrderedDict()


def _figure_hash(figure: go.Figure) -> str:
    """A hash of ``figure``'s JSON, made once per figure object. The figures drawn are never changed after they
    are made (pages draw the cached ``ChartResult`` figures as they are)."""
    with _cache_lock:
        known = _figure_hashes.get(id(figure))
        if known is not None and known[0] is figure:
            _figure_hashes.move_to_end(id(figure))
            return known[1]
    digest = hashlib.sha256(figure.to_json().encode("utf-8")).hexdigest()
    with _cache_lock:
        _figure_hashes[id(figure)] = (figure, digest)
        while len(_figure_hashes) > _CACHE_MAX:
            _figure_hashes.popitem(last=False)
    return digest


def _cache_key(figure: go.Figure, fmt: ImageFormat, stem: str) -> tuple[str, str]:
    return hashlib.sha256((_figure_hash(figure) + stem).encode("utf-8")).hexdigest(), fmt


def _render_cached(figure: go.Figure, fmt: ImageFormat, stem: str) -> bytes:
    """Bytes of ``figure`` in ``fmt``, cached by a hash of the figure (repeat clicks cost nothing)."""
    key = _cache_key(figure, fmt, stem)
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


def chart_file_stem(result: ChartResult, sel: Selection, variant: Sequence[str] = ()) -> str:
    """``storytrace-<slug>[-<variant>]-<dates>[-<filters>]`` for the chart under the selection's filters (the dates
    of the days it draws, when it says: the Timeline's window). ``variant``: the page's own choices that change what
    the chart shows ("person", "quotes-only", "similarity-80"), so two views saved from one page do not share a
    name; "" parts are left out."""
    return _with_variant(export.file_stem(result.slug, sel.view.docs, sel.filters, result.days), result.slug, variant)


def _with_variant(stem: str, slug: str, variant: Sequence[str]) -> str:
    """``stem`` (:func:`analysis.report.bundle.file_stem` of ``slug``) with the ``variant`` parts after its slug
    (each part whole: the slug's own 40-character cap would cut the last choice off)."""
    extra = export.safe_slug("-".join(v for v in variant if v), 60)
    if not extra:
        return stem
    head = f"storytrace-{export.safe_slug(slug, 40) or 'chart'}"
    return f"{head}-{extra}{stem[len(head):]}"[:export.MAX_STEM_CHARS].rstrip("-_")


def table_file_name(slug: str, sel: Selection, variant: Sequence[str] = (),
                    days: tuple[date, date] | None = None) -> str:
    """The file name of a page's table saved as CSV, named as the charts' files and the report's tables are:
    ``storytrace-<slug>[-<variant>]-<first day>_<last day>[-<filters>].csv`` (a fixed "storytrace-quotes.csv" saved
    the quotes of two selections under one name, and did not say which articles it held; ``variant`` as in
    :func:`chart_file_stem`). The days are ``days`` when given (a table of the Timeline's window), else those of the
    selection's articles."""
    return f"{_with_variant(export.file_stem(slug, sel.view.docs, sel.filters, days), slug, variant)}.csv"


def download_controls(result: ChartResult, key: str, stem: str) -> None:
    """A "Download" menu under the chart: CSV of ``result.data`` plus PNG/SVG/PDF/HTML of ``result.figure`` (files
    named ``stem``), rendered only on click. A menu, not a row of five buttons: the browser draws its buttons only
    when it is opened (a page's first view drew five buttons and their tooltips per chart)."""
    can_render = export.renderer_available()
    with st.popover("Download", icon=":material/download:", key=f"{key}-downloads",
                    help="The data behind this chart (CSV), or the chart as a picture (PNG, SVG, PDF) or as an "
                    "interactive HTML file, named after the chart and the filters"):
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


def said_empty(result: ChartResult) -> bool:
    """When ``result`` has nothing to show (:func:`analysis.charts.empty_reason`), say why in a notice, in place of
    an empty chart and its downloads, and return True."""
    reason = empty_reason(result.figure)
    if reason:
        st.info(f"**{escape_markdown(result.title)}** — {escape_markdown(reason)}", icon=":material/info:")
    return bool(reason)


def show_chart(result: ChartResult, sel: Selection, key: str, on_select: str = "ignore", variant: Sequence[str] = (),
               **kwargs: Any) -> Any:
    """Draw ``result.figure`` full width; the modebar camera saves a PNG named after the chart (and ``variant``,
    :func:`chart_file_stem`). A chart with nothing to show is a notice instead (:func:`said_empty`).

    Returns the plotly selection state when ``on_select="rerun"``. Download controls (CSV of
    ``result.data``, PNG, SVG, PDF and interactive HTML of the figure) are drawn underneath.
    """
    if said_empty(result):
        return None
    stem = chart_file_stem(result, sel, variant)
    config = {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": stem, "scale": 2},
    }
    event = st.plotly_chart(result.figure, width="stretch", key=key, on_select=on_select, config=config, **kwargs)
    if result.caption:
        st.caption(escape_markdown(result.caption))
    download_controls(result, key, stem)
    return event


def _remember_interactive(key: str, widget: str) -> None:
    """``on_change`` of the "Interactive chart" toggle: keep the choice for the session (the widget's own state
    is dropped when a page does not draw it)."""
    chosen: set[str] = st.session_state.setdefault(_INTERACTIVE, set())
    if st.session_state[widget]:
        chosen.add(key)
    else:
        chosen.discard(key)


def _pictures_on() -> bool:
    """True when pictures can be drawn: a browser for the renderer is installed and no picture failed in the last
    :data:`PICTURE_RETRY_S` seconds."""
    recent_failure = bool(_picture_failed_at) and time.monotonic() - _picture_failed_at[-1] < PICTURE_RETRY_S
    return export.renderer_available() and not recent_failure


def _picture(figure: go.Figure, stem: str) -> str | None:
    """The SVG of ``figure`` as exported (the shared renderer, cached by figure), or None when rendering fails
    (logged; pictures are then off for :data:`PICTURE_RETRY_S` seconds)."""
    try:
        return _render_cached(figure, "svg", stem).decode("utf-8")
    except Exception as exc:  # noqa: BLE001 - any failure falls back to the interactive chart, never an error
        log.warning("chart picture failed, drawing the interactive chart instead: %s", exc)
        _picture_failed_at[:] = [time.monotonic()]
        return None


def warm_picture(result: ChartResult, stem: str) -> None:
    """Render the picture :func:`show_chart_picture` would draw for ``result`` (file stem ``stem``) into the cache,
    when pictures are on; a failure is logged and turns pictures off as in a page. Returns nothing."""
    if _pictures_on():
        _picture(result.figure, stem)


def picture_ready(result: ChartResult, sel: Selection, key: str) -> bool:
    """True when :func:`show_chart_picture` would draw ``result`` at once: its picture is already rendered (the
    launcher's first view, or an earlier run) and the session has not switched it to the interactive chart. A page
    that draws its picture last so the server renders it while the browser takes the rest can then draw it in its
    place, before the rest, so the browser fetches the picture's code first."""
    if not _pictures_on() or key in st.session_state.get(_INTERACTIVE, set()):
        return False
    cache_key = _cache_key(result.figure, "svg", chart_file_stem(result, sel))
    with _cache_lock:
        return cache_key in _cache


def show_chart_picture(result: ChartResult, sel: Selection, key: str) -> None:
    """Draw ``result.figure`` first as a picture: the SVG the export makes (rendered on the server by the shared
    renderer, cached by figure), full width, with a toggle "Interactive chart" above it that draws the Plotly
    chart instead (hover, zoom, legend); the choice is kept for the session. Caption and download controls as in
    :func:`show_chart`. Without a renderer, or when it fails, draws the interactive chart (no toggle: there is no
    picture to go back to). Returns nothing."""
    if said_empty(result):
        return
    if not _pictures_on():
        show_chart(result, sel, key)
        return
    widget = f"{key}-interactive"
    st.session_state[widget] = key in st.session_state.get(_INTERACTIVE, set())
    st.toggle("Interactive chart", key=widget, on_change=_remember_interactive, args=(key, widget),
              help="Draw the chart in the browser: hover for the numbers, zoom, hide outlets from the legend. "
              "Off: a picture of the chart, exactly as exported.")
    stem = chart_file_stem(result, sel)
    svg = None if st.session_state[widget] else _picture(result.figure, stem)
    if svg is None:
        show_chart(result, sel, key)
        return
    st.image(svg, width="stretch")
    if result.caption:
        st.caption(escape_markdown(result.caption))
    download_controls(result, key, stem)
