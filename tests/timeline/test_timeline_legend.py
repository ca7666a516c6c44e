"""The Timeline chart's legend: under the title, never over the subtitle or the plot, however many outlets it lists."""

from __future__ import annotations

from analysis.charts import LEGEND_ROW_PX, legend_rows
from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.report.render import export_figure
from analysis.timeline.chart import render_timeline_chart
from analysis.timeline.events import default_window, timeline_mentions

LONG_OUTLETS = [
    "Quillfield Evening Courier (translated from Portuguese)", "Harrowgate Commodities Letter (Perth)",
    "Ostmark Wirtschaftsblatt (Vienna)", "Tamsin Bay Financial Review", "Corrowan Markets Desk (New York)",
    "Selvedge Street Journal of Trade", "Nairn & Oakes Investor Bulletin", "Pellucid Wire (press release)",
]


def _corpus(outlets: list[str]):
    text = "Brackwell Foods shares fell 3.4% on Monday after the grocer cut its margin forecast."
    records = [(RawArticle(file=f"a{n}.txt", text=text, outlet=outlet, published="2024-05-08"),
                {"published_earliest": ""}, "corpus") for n, outlet in enumerate(outlets)]
    return build_corpus(records)


def _chart(outlets: list[str]):
    corpus = _corpus(outlets)
    got = timeline_mentions(corpus)
    return render_timeline_chart(got, corpus, default_window(got)).figure


def test_legend_rows_wrap_as_the_entries_fill_the_width() -> None:
    assert legend_rows([], 500) == 0
    assert legend_rows(["Ayr Post", "Kell Times"], 500, "Outlet") == 1
    assert legend_rows(LONG_OUTLETS, 500, "Outlet") >= 6  # two of these names do not fit one row of 500 px
    assert legend_rows(LONG_OUTLETS, 2000, "Outlet") < legend_rows(LONG_OUTLETS, 500, "Outlet")


def test_the_legend_sits_under_the_subtitle_in_the_figures_pixels() -> None:
    fig = _chart(LONG_OUTLETS)
    legend = fig.layout.legend
    # placed from the figure's top in pixels (plotly then moves the plot below its last row), not from the plot area,
    # where a legend of several rows grew up over the title and its subtitle
    assert (legend.xref, legend.yref, legend.yanchor) == ("container", "container", "top")
    below_title = (1 - legend.y) * fig.layout.height
    subtitle_lines = str(fig.layout.title.text).count("<br>")
    assert below_title >= 30 + 20 * subtitle_lines
    assert fig.layout.margin.t >= below_title + LEGEND_ROW_PX  # at least its first row above the plot


def test_more_outlets_make_a_taller_figure_not_a_shorter_plot() -> None:
    few, many = _chart(LONG_OUTLETS[:2]), _chart(LONG_OUTLETS)
    assert len({t.legendgroup for t in many.data}) == len(LONG_OUTLETS)
    rows = legend_rows(LONG_OUTLETS, 500, "Outlet") - legend_rows(LONG_OUTLETS[:2], 500, "Outlet")
    assert many.layout.height - few.layout.height == rows * LEGEND_ROW_PX


def test_a_report_figure_lines_the_legend_up_with_the_title() -> None:
    out = export_figure(_chart(LONG_OUTLETS), 1100)
    assert out.layout.legend.x == 24 / 1100
    assert out.layout.title.pad.l == 24
