"""Rendering a figure for export: one shared kaleido browser (thread-safe, started on first use, stopped at
exit) and the report layout of a figure (fixed width, white background, title and source line kept clear of
the axis labels). :mod:`analysis.export` builds file formats, names and bundles on top of this.
"""

from __future__ import annotations

import asyncio
import atexit
import html
import logging
import math
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any, Literal

import plotly.graph_objects as go

from analysis import config
from analysis.charts import is_source_line, plural, source_extra_px
from analysis.errors import StorytraceError

log = logging.getLogger(__name__)

#: PNG pixels = CHART_WIDTH × PNG_SCALE (2200 px wide: print resolution for a full-width figure).
PNG_SCALE = 2
#: Bottom margin (px) an exported figure needs at least for the axis title plus the source line.
EXPORT_MIN_BOTTOM_MARGIN = 110
RENDER_TIMEOUT_S = 60.0
#: Tries of a render that times out, each in a fresh browser.
RENDER_ATTEMPTS = 2


ImageFormat = Literal["png", "svg", "pdf", "html"]
#: The renderer's browser profile lives in a temp folder named so: ``storytrace-render-<pid>-<random>``.
RENDER_DIR_PREFIX = "storytrace-render-"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_stale_render_dirs(root: Path | None = None) -> list[Path]:
    """Remove the renderer folders that killed processes left in the temp folder (their pid is gone);
    returns the folders removed."""
    removed = []
    for path in Path(root or tempfile.gettempdir()).glob(f"{RENDER_DIR_PREFIX}*"):
        pid = path.name[len(RENDER_DIR_PREFIX):].split("-", 1)[0]
        if path.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


class ExportFailed(StorytraceError):
    """A chart could not be rendered (e.g. Chromium is missing or crashed). The message says what to do."""


# --------------------------------------------------------------------------------------------- renderer


class _Renderer:
    """One kaleido browser in a background event loop, shared by every thread.

    kaleido's own ``start_sync_server`` hangs forever when the browser fails to start and can hand results to
    the wrong caller when two threads export at once (Streamlit runs deferred downloads off the script
    thread), so the same idea is implemented here with futures: thread-safe, with a timeout.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido: Any = None
        self._stop: asyncio.Event | None = None
        self._home: Path | None = None

    @property
    def home(self) -> Path | None:
        """The temp folder holding the browser's profile, config and cache while the renderer runs."""
        return self._home

    def running(self) -> bool:
        return self._kaleido is not None and self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        with self._lock:
            if self.running():
                return
            import kaleido  # noqa: PLC0415 - heavy, only needed for static images

            clean_stale_render_dirs()
            home = Path(tempfile.mkdtemp(prefix=f"{RENDER_DIR_PREFIX}{os.getpid()}-"))
            self._home = home
            loop = asyncio.new_event_loop()
            ready = threading.Event()
            box: dict[str, Any] = {}

            class Kaleido(kaleido.Kaleido):
                """kaleido reloads its tab after each figure before it hands the image back (0.15-0.35 s, about
                60% of a figure's time); here the image is handed back at once and the tab reloads in the
                background, joining the queue of ready tabs when done (the next figure waits for it as before)."""

                async def _return_kaleido_tab(self, tab: Any) -> None:
                    task = asyncio.create_task(super()._return_kaleido_tab(tab))
                    reloading.add(task)
                    task.add_done_callback(_reloaded)

            reloading: set[asyncio.Task[None]] = set()

            def _reloaded(task: asyncio.Task[None]) -> None:
                reloading.discard(task)
                if not task.cancelled() and task.exception() is not None:
                    log.warning("chart renderer: reloading its tab failed: %s", task.exception())

            async def serve() -> None:
                try:
                    async with Kaleido(n=1, mathjax=False, timeout=RENDER_TIMEOUT_S, tmp_dir=str(home)) as k:
                        box["kaleido"], box["stop"] = k, asyncio.Event()
                        ready.set()
                        await box["stop"].wait()
                        await asyncio.gather(*reloading, return_exceptions=True)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller of start()
                    box["error"] = exc
                    ready.set()

            def run() -> None:
                try:
                    loop.run_until_complete(serve())
                finally:
                    loop.close()

            thread = threading.Thread(target=run, name="storytrace-kaleido", daemon=True)
            # The browser inherits the environment: its config and cache go to the temp folder, never $HOME.
            saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
            os.environ["XDG_CONFIG_HOME"], os.environ["XDG_CACHE_HOME"] = str(home / "config"), str(home / "cache")
            try:
                thread.start()
                started = ready.wait(RENDER_TIMEOUT_S)
            finally:
                for key, value in saved.items():
                    if value is None:
                        os.environ.pop(key, None)
                    else:
                        os.environ[key] = value
            if not started or "error" in box:
                shutil.rmtree(home, ignore_errors=True)
                self._home = None
                error = box.get("error")
                reason = "timed out" if error is None else str(error).split(". ")[0]
                raise ExportFailed(
                    f"cannot start the chart renderer (kaleido on Chromium): {reason}. Install Chromium (Debian "
                    "package 'chromium') or set BROWSER_PATH to a Chrome/Chromium binary; CSV export still works"
                )
            self._loop, self._thread, self._kaleido, self._stop = loop, thread, box["kaleido"], box["stop"]

    def render(self, fig: dict[str, Any], opts: dict[str, Any]) -> bytes:
        """The image of ``fig``. A render that times out (a stuck tab, or a machine too busy to feed the browser)
        is tried once more in a fresh browser before it fails."""
        for attempt in range(1, RENDER_ATTEMPTS + 1):
            self.start()
            assert self._loop is not None
            future = asyncio.run_coroutine_threadsafe(self._kaleido.calc_fig(fig, opts=opts), self._loop)
            try:
                return bytes(future.result(RENDER_TIMEOUT_S))
            except TimeoutError as exc:
                future.cancel()
                if attempt == RENDER_ATTEMPTS:
                    raise ExportFailed(f"rendering the chart took longer than {RENDER_TIMEOUT_S:.0f} s, "
                                       f"{plural(RENDER_ATTEMPTS, 'time')}") from exc
                log.warning("chart renderer: a render took longer than %.0f s; trying again in a new browser",
                            RENDER_TIMEOUT_S)
                self.stop()
            except Exception as exc:  # noqa: BLE001 - named error for the page and the CLI
                raise ExportFailed(f"could not render the chart: {exc}") from exc
        raise AssertionError("unreachable")

    def stop(self) -> None:
        with self._lock:
            if self._loop is not None and self._stop is not None and self._thread is not None:
                if self._thread.is_alive():
                    self._loop.call_soon_threadsafe(self._stop.set)
                    self._thread.join(timeout=15)
            self._loop = self._thread = self._kaleido = self._stop = None
            if self._home is not None:
                shutil.rmtree(self._home, ignore_errors=True)
                self._home = None


_RENDERER = _Renderer()
atexit.register(_RENDERER.stop)


def renderer_available() -> bool:
    """True when a Chrome/Chromium for kaleido can be found (static image export is possible)."""
    if _RENDERER.running():
        return True
    path = os.environ.get("BROWSER_PATH")
    if path:
        return Path(path).exists()
    return any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome", "chrome"))


def warm_up() -> None:
    """Start the shared renderer in the background so the first export does not wait for the browser.
    Does nothing when it is running already or no browser is installed (the export then says why)."""
    if _RENDERER.running() or not renderer_available():
        return

    def start() -> None:
        try:
            _RENDERER.start()
        except ExportFailed as exc:
            log.warning("chart renderer warm-up failed: %s", exc)

    threading.Thread(target=start, name="storytrace-kaleido-warmup", daemon=True).start()


def stop_renderer() -> None:
    """Shut the shared renderer down (also done automatically at exit)."""
    _RENDERER.stop()


# --------------------------------------------------------------------------------------------- figures


def _label_lines(text: str) -> int:
    return str(text).count("<br>") + str(text).count("\n") + 1


#: Markup in a tick label (an outlet's colour swatch, ``<b>``): not drawn as characters.
_TAG = re.compile(r"<[^>]+>")


def _x_axis_depth(fig: go.Figure, width: int) -> int:
    """Estimated pixels the bottom x axis (tick labels and title) takes below the plot area.

    Plotly's automargin grows the margin for long or rotated tick labels but a paper-anchored annotation does
    not move with it, so the source line is placed below this estimate instead.
    """
    axis = fig.layout.xaxis
    if axis.visible is False:
        return 0
    base = fig.layout.font.size or 13
    size = (axis.tickfont.size if axis.tickfont and axis.tickfont.size else None) or base
    labels: list[str] = [str(t) for t in (axis.ticktext or ())]
    ticks = 0
    if not labels and axis.tickformat:  # a date/number axis: ~10 ticks shaped like the format
        labels = [re.sub(r"%[A-Za-z]", "Www", axis.tickformat)]
        ticks = 10
    if not labels:
        for trace in fig.data:
            xs = getattr(trace, "x", None)
            if xs is not None and getattr(trace, "orientation", None) != "h":
                labels.extend(str(x) for x in list(xs)[:200] if isinstance(x, str))
    labels = [html.unescape(_TAG.sub("", t.replace("<br>", "\n"))) for t in labels]  # the text drawn, not its markup
    lines = max((_label_lines(t) for t in labels), default=1)
    longest = max((len(part) for t in labels for part in t.split("\n")), default=4)
    label_px = min(longest, 45) * size * 0.62
    angle = axis.tickangle if isinstance(axis.tickangle, (int, float)) else None
    if angle is None:
        plot_px = max(200, width - 200)
        distinct = max(1, ticks or len(set(labels)))
        angle = 0 if distinct * label_px * 1.1 < plot_px else (30 if distinct * size * 2 < plot_px else 90)
    rad = math.radians(abs(angle))
    tick_px = math.sin(rad) * label_px + math.cos(rad) * size * 1.3 * lines
    title = axis.title.text if axis.title else None
    title_px = ((axis.title.font.size if axis.title.font and axis.title.font.size else None) or base + 1) * 2 if title else 0
    return int(tick_px + title_px + 16)


#: Pixels plotly keeps between two groups of a legend (its ``tracegroupgap`` default).
LEGEND_GROUP_GAP_PX = 10


def _legend_depth(fig: go.Figure) -> int:
    """Estimated pixels a vertical legend needs: its title and one row per entry, plus a row for each group's title
    and a gap between groups. A legend with a group in it (``legendgroup``) is drawn grouped: each trace of a
    group has its own row, and each trace outside a group is a group of its own. In a picture the legend cannot
    scroll as in the browser: plotly clips it to the plot area, so rows past it are lost."""
    legend = fig.layout.legend
    if fig.layout.showlegend is False or legend.orientation == "h":
        return 0
    shown = [t for t in fig.data if getattr(t, "showlegend", None) is not False]
    if len(shown) <= 1 and fig.layout.showlegend is None:  # plotly draws no legend for a single trace
        return 0
    grouped = any(t.legendgroup for t in shown)
    groups = {t.legendgroup or f"#{n}" for n, t in enumerate(shown)} if grouped else {""}
    titled = {t.legendgroup for t in shown if t.legendgroup and t.legendgrouptitle and t.legendgrouptitle.text}
    gap = LEGEND_GROUP_GAP_PX if legend.tracegroupgap is None else legend.tracegroupgap
    size = (legend.font.size if legend.font and legend.font.size else None) or fig.layout.font.size or 13
    title = 2 * size if legend.title and legend.title.text else 0
    return int(title + (len(shown) + len(titled)) * (1.3 * size + 3) + (len(groups) - 1) * gap + 12)


def export_figure(fig: go.Figure, width: int = config.CHART_WIDTH) -> go.Figure:
    """A copy of ``fig`` sized for a report page: fixed width, white background, the title inside the image,
    the source line below the x axis (moved down when rotated labels need the room) and a plot area tall enough
    for every row of the legend. The input figure is not changed. One figure is built at a time: plotly's figure
    objects share their validators, and two threads copying one chart at once can mix up its traces' properties."""
    with _FIGURE_LOCK:
        return _export_figure(fig, width)


#: Held while a figure is copied and laid out for export (:func:`export_figure`).
_FIGURE_LOCK = threading.Lock()


def _export_figure(fig: go.Figure, width: int) -> go.Figure:
    out = go.Figure(fig)
    margin_b = out.layout.margin.b if out.layout.margin.b is not None else 80
    height = out.layout.height or config.CHART_HEIGHT
    source = [a for a in (out.layout.annotations or ()) if is_source_line(a)]
    if source:
        depth = _x_axis_depth(out, width)
        needed = max(margin_b, EXPORT_MIN_BOTTOM_MARGIN, depth + 40 + source_extra_px(out))
        height += needed - margin_b
        margin_b = needed
        for ann in source:
            ann.update(y=0, yref="paper", yanchor="top", yshift=-(depth + 6))
    margin_t = out.layout.margin.t if out.layout.margin.t is not None else 100
    height += max(0, _legend_depth(out) - (height - margin_t - max(margin_b, EXPORT_MIN_BOTTOM_MARGIN)))
    out.update_layout(
        width=width,
        height=height,
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"b": max(margin_b, EXPORT_MIN_BOTTOM_MARGIN)},
    )
    if out.layout.title.text:
        # keep the title inside the image: anchored to the top-left corner with padding, not at the bare edge
        out.update_layout(title={"y": 1.0, "yanchor": "top", "yref": "container", "x": 0.0, "xanchor": "left",
                                 "xref": "container", "pad": {"t": 18, "l": 24}})
    legend = out.layout.legend
    if legend.xref == "container" and not legend.x:  # a legend at the figure's left edge lines up with the title
        out.update_layout(legend_x=24 / width)
    return out


def figure_bytes(fig: go.Figure, fmt: ImageFormat, file_stem: str = "storytrace-chart") -> bytes:
    """``fig`` as a PNG (print resolution), SVG, PDF or self-contained interactive HTML (plotly.js inline)."""
    ready = export_figure(fig)
    if fmt == "html":
        page = ready.to_html(
            include_plotlyjs=True,
            full_html=True,
            config={
                "displaylogo": False,
                "toImageButtonOptions": {"format": "png", "filename": file_stem, "scale": PNG_SCALE},
            },
        )
        heading = re.sub(r"<[^>]+>", "", re.split(r"<br\s*/?>", str(ready.layout.title.text or ""))[0]).strip()
        title = f"<title>{html.escape(html.unescape(heading) or file_stem)}</title>"
        return page.replace("<head>", f"<head><meta charset=\"utf-8\">{title}", 1).encode("utf-8")
    if fmt not in ("png", "svg", "pdf"):
        raise StorytraceError(f"unknown image format {fmt!r}; use one of png, svg, pdf, html")
    opts = {"format": fmt, "width": ready.layout.width, "height": ready.layout.height}
    opts["scale"] = PNG_SCALE if fmt == "png" else 1
    with _FIGURE_LOCK:
        spec = ready.to_dict()
    return _RENDERER.render(spec, opts)
