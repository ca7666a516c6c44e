"""The Overview's coverage chart on the first view: a picture of the export rendered on the server (no Plotly
component for the browser to load), the interactive chart on request, and the interactive chart whenever the
renderer is missing or fails (never an empty space, never an exception)."""

from __future__ import annotations

import base64
import json
import re

import plotly.graph_objects as go
import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from analysis.charts import finish_figure
from analysis.report import bundle as export
from ui import charts


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)


def _svg(at: AppTest) -> str:
    """The SVG markup of the page's one picture (Streamlit sends it as a data URI)."""
    [image] = at.get("image")
    url = image.proto.imgs[0].url
    assert url.startswith("data:image/svg+xml;base64,"), url[:60]
    return base64.b64decode(url.split(",", 1)[1]).decode("utf-8")


@pytest.fixture(autouse=True)
def _no_earlier_failure(monkeypatch):
    """A failure seen by another test in this process must not switch the pictures off here."""
    monkeypatch.setattr(charts, "_picture_failed_at", [])


def test_the_coverage_chart_is_a_picture_of_the_export_first():
    at = app()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.get("plotly_chart")
    svg = _svg(at)
    assert "Coverage by day" in svg, svg[:400]  # the chart's own title
    assert "Source: Storytrace, 5 articles from 5 outlets" in svg  # the chart's own source line
    width = re.search(r'<svg[^>]*\bwidth="(\d+)"', svg)
    assert width and int(width.group(1)) == 1100  # the export's width, drawn full width (vector: sharp)
    assert at.toggle(key="coverage-interactive").value is False
    labels = [b.label for b in at.get("download_button")]
    assert "Data behind this chart (CSV)" in labels and "PNG" in labels  # the downloads, as on every chart


def test_the_picture_has_the_outlet_colours_of_the_interactive_chart():
    at = app()
    at.run()
    svg = _svg(at)
    at.toggle(key="coverage-interactive").set_value(True).run()
    [chart] = at.get("plotly_chart")
    colours = {t["marker"]["color"] for t in json.loads(chart.proto.spec)["data"]}
    assert colours
    for colour in colours:  # plotly writes "#1f77b4" as "rgb(31, 119, 180)" in the SVG
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        assert f"rgb({r}, {g}, {b})" in svg, colour


def test_the_toggle_draws_the_interactive_chart_and_the_choice_is_kept():
    at = app()
    at.run()
    at.toggle(key="coverage-interactive").set_value(True).run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 1
    assert not at.get("image")
    at.switch_page("pages/report.py").run()  # another page, then back: still interactive in this session
    at.switch_page("pages/overview.py").run()
    assert len(at.get("plotly_chart")) == 1 and not at.get("image")
    at.toggle(key="coverage-interactive").set_value(False).run()
    assert not at.get("plotly_chart") and len(at.get("image")) == 1


def test_a_filter_change_draws_a_new_picture():
    at = app()
    at.run()
    whole = _svg(at)
    one = app()
    one.query_params["outlet"] = ["Hindustan Times"]
    one.run()
    assert _svg(one) != whole
    assert "1 article from 1 outlet" in _svg(one)


def test_without_a_renderer_the_interactive_chart_is_drawn(monkeypatch):
    monkeypatch.setattr(export, "renderer_available", lambda: False)
    at = app()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.get("image")
    assert len(at.get("plotly_chart")) == 1
    assert not at.get("toggle")  # no picture to switch back to


def test_a_failing_renderer_falls_back_to_the_interactive_chart_and_is_not_retried_at_once(monkeypatch):
    calls = []

    def broken(figure, fmt, stem):
        calls.append(fmt)
        raise export.ExportFailed("cannot start the chart renderer (kaleido on Chromium): crashed")

    monkeypatch.setattr(charts, "_render_cached", broken)
    at = app()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.get("image")
    assert len(at.get("plotly_chart")) == 1
    at.run()  # the next run does not wait for a broken renderer again
    assert len(at.get("plotly_chart")) == 1
    assert not at.get("toggle")
    assert calls == ["svg"]


def test_the_picture_shows_every_row_of_a_long_legend():
    """A legend longer than the plot area scrolls in the browser but is clipped in a picture: the export grows
    the figure until every row shows (the coverage chart of a large corpus has 9 rows in 190 px)."""
    fig = go.Figure()
    for n in range(14):
        fig.add_bar(x=["a", "b"], y=[1, n], name=f"Outlet {n:03d}")
    finish_figure(fig, title="t", subtitle="s", source="Source: s", x_title="x", y_title="y", height=360)
    fig.update_layout(legend={"title": {"text": "Outlet"}})
    svg = export.figure_bytes(fig, "svg").decode("utf-8")
    rows = [float(y) for y in re.findall(r'<g class="traces" transform="translate\(0,([\d.]+)\)"', svg)]
    clip = re.search(r'clipPath id="legend[^"]*"><rect width="[\d.]+" height="([\d.]+)"', svg)
    assert len(rows) == 14 and clip
    assert max(rows) + 8 <= float(clip.group(1)), (max(rows), clip.group(1))


def test_every_chart_takes_the_house_template_whatever_the_default() -> None:
    """Streamlit makes its own template plotly's default when it is imported (its colours are placeholders the
    browser fills in): a chart names the house template itself, so its export never takes Streamlit's."""
    import plotly.graph_objects as go
    import plotly.io as pio

    from analysis.charts import finish_figure

    before = pio.templates.default
    try:
        pio.templates.default = "plotly"
        fig = finish_figure(go.Figure(go.Bar(x=[1, 2], y=[3, 4])), title="A chart", source="Source: test")
    finally:
        pio.templates.default = before
    assert fig.layout.template.layout.plot_bgcolor == "white"


def test_a_picture_already_rendered_is_drawn_in_its_place_before_the_rest(monkeypatch):
    """The Overview draws its picture after the rest of the page when the run must render it (the browser takes the
    rest meanwhile), and in its place when it is already rendered (a fresh server's first view, a rerun with the
    same filters): the browser then fetches the picture's code before the article table's. Same page either way."""
    seen: list[bool] = []
    real = charts.picture_ready
    monkeypatch.setattr(charts, "picture_ready", lambda *a, **k: seen.append(real(*a, **k)) or seen[-1])
    at = app()
    at.run()
    first = _svg(at)
    at.run()  # the same filters: the picture is in the cache now
    assert not at.exception, [e.value for e in at.exception]
    assert seen[-1] is True
    assert _svg(at) == first and not at.get("plotly_chart")
    at.toggle(key="coverage-interactive").set_value(True).run()  # the session's choice: the interactive chart
    assert seen[-1] is False
    assert len(at.get("plotly_chart")) == 1 and not at.get("image")
    monkeypatch.setattr(export, "renderer_available", lambda: False)
    at.toggle(key="coverage-interactive").set_value(False).run()
    assert seen[-1] is False  # no renderer: nothing is drawn early, the interactive chart at the end
