"""Charts as a printed report shows them: the shared look of :mod:`analysis.charts` and the export layout of
:mod:`analysis.report.render` on large, multi-story corpora (long subtitles, grouped legends)."""

from __future__ import annotations

import html
import re

import plotly.graph_objects as go

from analysis.charts import COLORBAR_TITLE_GAP, SUBTITLE_CHARS, SUBTITLE_LINE_PX, TITLE_TOP_PX, finish_figure, subtitle_lines, is_source_line, swatch_label
from analysis.report import bundle as export


def _legend_rows(svg: str) -> list[float]:
    """The y (px, from the legend's top) of each row of a rendered legend: a row's own offset plus its group's."""
    rows, group = [], 0.0
    for kind, y in re.findall(r'<g class="(groups|traces)" transform="(?:translate\(0,([\d.]+)\))?"', svg):
        if kind == "groups":
            group = float(y or 0)
        else:
            rows.append(group + float(y))
    return rows


def test_the_picture_shows_every_row_of_a_grouped_legend():
    """The market chart's legend (a group per sector's bars, then "Each outlet's figure" with a row per outlet) was
    counted as one row per group, so the picture of a short chart clipped most outlets: every trace of a group is
    a row, the group's title is one more, and each group is a gap apart."""
    fig = go.Figure()
    for n in range(6):
        fig.add_bar(y=[f"Company {n}"], x=[n + 1], orientation="h", name=f"Sector {n}")
    for n in range(12):
        fig.add_scatter(y=["Company 0"], x=[n], mode="markers", name=f"Outlet {n:03d}", legendgroup="outlets",
                        legendgrouptitle={"text": "Each outlet's figure"})
    fig.add_scatter(y=["Company 1"], x=[2], mode="markers", name="Actual close")
    finish_figure(fig, title="t", subtitle="s", source="Source: s", x_title="x", y_title="y", height=420)
    fig.update_layout(legend={"title": {"text": "Sector"}})
    svg = export.figure_bytes(fig, "svg").decode("utf-8")
    rows = _legend_rows(svg)
    clip = re.search(r'clipPath id="legend[^"]*"><rect width="[\d.]+" height="([\d.]+)"', svg)
    assert len(rows) == 6 + 1 + 12 + 1 and clip  # the group's title is a row of its own
    assert max(rows) + 8 <= float(clip.group(1)), (max(rows), clip.group(1))


def test_a_long_subtitle_is_broken_into_lines_and_the_plot_moves_down():
    """A filter naming many outlets, or a chart's notes on a large corpus ("the 30 most widely printed of 777
    quotes · 135 outlets printing fewest ..."), made one subtitle line wider than the page draws the figure: it is
    broken between its parts (then words), and the top margin grows a line's height per line."""
    parts = ["Outlets: Harbour Wire, Gull Street Post, Tern Bay Courier, Lantern Quay Times",
             "100 = word for word; blank = not printed", "the 30 most widely printed of 912 quotes"]
    assert subtitle_lines(" · ".join(parts)) == [parts[0], parts[1] + " · " + parts[2]]
    assert subtitle_lines("a · b\nc") == ["a · b", "c"]
    words = " ".join(["Wexcombe"] * 30)  # one part longer than a line: broken between its words
    assert [len(line) <= SUBTITLE_CHARS for line in subtitle_lines(words)] == [True, True, True]
    fig = finish_figure(go.Figure(), title="Fidelity", subtitle=" · ".join(parts), source="Source: s")
    assert fig.layout.title.text.count("<br>") == 2 and fig.layout.margin.t == 100 + SUBTITLE_LINE_PX
    short = finish_figure(go.Figure(), title="Fidelity", subtitle=parts[1], source="Source: s")
    assert short.layout.margin.t == 100


def test_the_title_keeps_its_distance_from_the_top_of_a_tall_figure():
    """The title sat 3% of the height below the top: 117 px on a 90-bar market chart, over its first bars."""
    for height in (360, 3900):
        fig = finish_figure(go.Figure(), title="t", subtitle="s", height=height)
        assert round((1 - fig.layout.title.y) * height, 6) == TITLE_TOP_PX


def test_a_colour_bar_title_keeps_clear_of_the_top_tick_label():
    """A heatmap's colour-bar title ended on the bar's top edge, where the top tick label is drawn half above it
    ("(largest: 80%)" over "80%"): the title ends with a short blank line, added once."""
    fig = go.Figure(go.Heatmap(z=[[1, 2], [3, 4]], colorbar={"title": {"text": "Share<br>(largest: 4%)"}}))
    finish_figure(finish_figure(fig, title="t"), title="t")
    assert fig.data[0].colorbar.title.text == "Share<br>(largest: 4%)" + COLORBAR_TITLE_GAP
    svg = export.figure_bytes(fig, "svg").decode("utf-8")
    assert svg.count("\u00a0") == 1


def test_an_outlets_colour_swatch_does_not_push_the_source_line_down():
    """The overlap heatmap's outlet names carry a colour swatch (``<span style='color:…'>■</span>``): its markup
    was counted as 35 characters of every tilted label, so the picture's source line sat 130 px under the axis."""
    def figure(ticktext: list[str]) -> go.Figure:
        fig = go.Figure(go.Heatmap(z=[[1] * 12], x=[f"o{n}" for n in range(12)], y=["a"]))
        fig.update_xaxes(tickvals=[f"o{n}" for n in range(12)], ticktext=ticktext, tickangle=-35)
        return finish_figure(fig, title="t", source="Source: s", x_title="Outlet")

    names = [f"Outlet {n:03d}" for n in range(12)]
    plain = export.export_figure(figure([f"■ {n}" for n in names]))  # the characters drawn
    swatched = export.export_figure(figure([swatch_label(n, "#0072B2") for n in names]))
    shift = [next(a.yshift for a in f.layout.annotations if is_source_line(a)) for f in (plain, swatched)]
    assert shift[0] == shift[1] and swatched.layout.height == plain.layout.height


def test_the_heatmaps_of_outlets_carry_each_outlets_colour(seeds_corpus):
    """Every outlet has one colour on every chart: the overlap and spread charts lead an outlet's name with its
    colour, the entity and fidelity heatmaps did not. Given the corpus's colours, they do (grey past the palette)."""
    from analysis import analyse
    from analysis.charts import OTHER_COLOUR, outlet_colours
    from analysis.entities.chart import render_entity_heatmap
    from analysis.quotes.chart import render_quote_fidelity

    result = analyse(seeds_corpus)
    colours = outlet_colours(seeds_corpus.docs)
    for chart in (render_entity_heatmap(result.entity_mentions, seeds_corpus, colours=colours),
                  render_quote_fidelity(result.quotes, seeds_corpus, colours=colours)):
        axis = chart.figure.layout.xaxis
        outlets = [html.unescape(v.split("<br>")[0]) for v in axis.tickvals]
        assert len(axis.ticktext) == len(axis.tickvals) >= 3
        for value, text, outlet in zip(axis.tickvals, axis.ticktext, outlets):
            colour = next((c for o, c in colours.items() if o.startswith(outlet.rstrip("…"))), OTHER_COLOUR)
            assert text == swatch_label(value, colour)
    plain = render_entity_heatmap(result.entity_mentions, seeds_corpus).figure.layout.xaxis
    assert plain.ticktext is None  # the page's own chart until it passes the colours
