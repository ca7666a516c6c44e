"""The shared chart look: one colour per outlet on every chart, whatever the filter; plurals written out."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go

from analysis import FilterState
from analysis.charts import (
    MAX_OUTLETS,
    OTHER_COLOUR,
    OTHER_OUTLETS,
    empty_figure,
    empty_reason,
    finish_figure,
    outlet_colours,
    plural,
    source_extra_px,
    wrap_source,
)
from analysis.config import QUALITATIVE_PALETTE
from analysis.corpus.coverage import render_coverage_chart
from analysis.report.registry import collect_charts
from analysis.report.render import export_figure
from tests.pipeline_helpers import selection


def test_outlets_take_the_palette_by_size_then_name() -> None:
    docs = pd.DataFrame({"outlet": ["B", "A", "B", "C", *[f"X{i}" for i in range(9)]]})
    colours = outlet_colours(docs)
    assert list(colours)[:3] == ["B", "A", "C"]
    assert colours["B"] == QUALITATIVE_PALETTE[0]
    assert len(colours) == MAX_OUTLETS  # the rest are "other"


def test_every_outlet_a_chart_names_has_a_colour_of_its_own() -> None:
    # a chart names up to MAX_OUTLETS outlets; the ninth to the twelfth were drawn in the grey of "Other outlets"
    docs = pd.DataFrame({"outlet": [f"Outlet {i:02d}" for i in range(MAX_OUTLETS) for _ in range(MAX_OUTLETS - i)]})
    colours = outlet_colours(docs)
    assert len(colours) == MAX_OUTLETS
    assert len(set(colours.values())) == MAX_OUTLETS
    assert OTHER_COLOUR not in colours.values()


def test_a_filter_does_not_recolour_an_outlet(seeds_corpus) -> None:
    whole = selection(seeds_corpus)
    part = selection(seeds_corpus, FilterState(outlets=("Hindustan Times",)))
    colours = whole.analysis.outlet_colours
    full = {t.name: t.marker.color for t in render_coverage_chart(whole.view, colours=colours).figure.data}
    one = {t.name: t.marker.color for t in render_coverage_chart(part.view, colours=colours).figure.data}
    assert one["Hindustan Times"] == full["Hindustan Times"] == colours["Hindustan Times"]


def test_outlets_past_the_palette_are_drawn_as_other(seeds_corpus) -> None:
    sel = selection(seeds_corpus)
    chart = render_coverage_chart(sel.view, colours={"Hindustan Times": "#123456"})  # the others are past it
    names = [t.name for t in chart.figure.data]
    assert names == ["Hindustan Times", OTHER_OUTLETS]
    assert chart.figure.data[1].marker.color == OTHER_COLOUR
    # one outlet past the palette is named in the legend, in the "other" colour
    outlets = sorted(set(chart.data["outlet"]))  # the dated ones
    chart = render_coverage_chart(sel.view, colours={o: "#123456" for o in outlets[1:]})
    drawn = {t.name: t.marker.color for t in chart.figure.data}
    assert OTHER_OUTLETS not in drawn and drawn[outlets[0]] == OTHER_COLOUR


def test_a_long_span_is_not_ticked_day_by_day(seeds_corpus) -> None:
    view = selection(seeds_corpus).view
    assert render_coverage_chart(view).figure.layout.xaxis.dtick == 86_400_000  # a story's week: a tick a day
    days = pd.to_timedelta(range(0, 300 * len(view.docs), 300), unit="D")  # an article every 300 days
    published = (pd.Timestamp("2024-11-08") + days).astype(view.docs["published"].dtype)
    chart = render_coverage_chart(replace(view, docs=view.docs.assign(published=published)))
    assert chart.figure.layout.xaxis.dtick is None  # years: plotly's own steps, not a label a day on top of each other


def _spread_out(view, step_days: int):
    days = pd.to_timedelta(range(0, step_days * len(view.docs), step_days), unit="D")
    return replace(view, docs=view.docs.assign(published=(pd.Timestamp("2024-11-06") + days).astype(view.docs["published"].dtype)))


def test_a_story_is_counted_by_day_and_years_by_week_or_month(seeds_corpus) -> None:
    # a bar a day over years is thinner than a pixel: the Overview showed an empty-looking chart for articles of
    # three stories years apart, so a long span is counted per week (from Monday), a very long one per month
    view = selection(seeds_corpus).view
    daily = render_coverage_chart(view)
    assert daily.title == "Coverage by day" and daily.figure.layout.xaxis.title.text == "Publication date (day)"
    weekly = render_coverage_chart(_spread_out(view, 100))  # 5 articles over 401 days
    assert weekly.title == "Coverage by week"
    assert weekly.figure.layout.xaxis.title.text == "Publication date (week, from Monday)"
    starts = {pd.Timestamp(x) for t in weekly.figure.data for x in t.x}
    assert {d.weekday() for d in starts} == {0}  # each bar at its week's Monday
    assert pd.Timestamp("2024-11-04") in starts  # the Wednesday 2024-11-06 article's week
    assert sum(sum(t.y) for t in weekly.figure.data) == len(view.docs)  # every article in one bar
    assert {t.width for t in weekly.figure.data} == {86_400_000 * 0.8 * 7}
    monthly = render_coverage_chart(_spread_out(view, 400))  # 1,601 days
    assert monthly.title == "Coverage by month" and monthly.figure.layout.xaxis.tickformat == "%b %Y"
    assert {pd.Timestamp(x).day for t in monthly.figure.data for x in t.x} == {1}
    assert sum(sum(t.y) for t in monthly.figure.data) == len(view.docs)
    # the table stays a day's counts, each row naming its bar; the files are named after the bar (round 64)
    assert list(monthly.data.columns) == ["date", "outlet", "articles", "basis", "month"] and monthly.slug == "coverage-by-month"


def test_plural() -> None:
    assert (plural(1, "article"), plural(3, "article"), plural(2, "company", "companies")) == (
        "1 article", "3 articles", "2 companies")


def test_source_line_writes_counts_as_the_page_does() -> None:
    from analysis.charts import source_line

    docs = pd.DataFrame({"outlet": [f"Outlet {i % 1200}" for i in range(2400)],
                         "published": pd.to_datetime(["2025-01-20"] * 2400), "published_earliest": pd.NaT})
    assert source_line(docs) == "Source: Storytrace, 2,400 articles from 1,200 outlets, 2025-01-20"


def test_a_long_source_line_is_broken_at_its_parts_and_the_margin_grows():
    # plotly neither wraps an annotation nor keeps it in the figure: a long source line ran off the right edge of a
    # chart whose long company labels push the plot (and the line's start) to the right
    long = ("Source: Storytrace, 11 articles from 5 outlets, 2027-09-21 to 2027-09-24 · actual moves: reference "
            "closing prices")
    assert wrap_source(long) == ("Source: Storytrace, 11 articles from 5 outlets, 2027-09-21 to 2027-09-24<br>"
                                 "actual moves: reference closing prices")
    short = "Source: Storytrace, 5 articles from 5 outlets, 2025-01-25 to 2025-01-31"
    assert wrap_source(short) == short
    assert wrap_source("Source: a · b") == "Source: a · b"  # short parts stay on one line
    one, two = (finish_figure(go.Figure(), title="t", source=s) for s in (short, long))
    assert source_extra_px(one) == 0 and source_extra_px(two) == 15
    assert two.layout.annotations[0].align == "left"  # the second line under the first, not centred
    assert two.layout.margin.b == one.layout.margin.b + 15
    assert export_figure(two).layout.margin.b >= export_figure(one).layout.margin.b + 15


def test_an_empty_chart_keeps_its_reason_and_wraps_its_message():
    long = ("No sentences shared between outlets (all matched text) at similarity ≥ 75: lower the threshold, compare "
            "documents or clear the filters.<br>Second part.")
    fig = empty_figure("Title", long, "Source: s")
    assert empty_reason(fig) == long.replace("<br>", " ")
    lines = fig.layout.annotations[0].text.split("<br>")
    assert len(lines) >= 3 and max(len(line) for line in lines) <= 70 and lines[-1] == "Second part."
    assert empty_reason(finish_figure(go.Figure(), title="t")) is None


def test_a_report_leaves_out_a_chart_with_nothing_to_show_and_says_why(seeds_corpus):
    # one outlet: nothing to compare on the overlap heatmap, no quote printed by two outlets
    sel = selection(seeds_corpus, FilterState(outlets=("Hindustan Times",)))
    charts, messages = collect_charts(sel, keys=("overlap", "quotes"))
    assert charts == []
    assert any(m.startswith("Source overlap: who shares whose text: not drawn.") for m in messages), messages


def test_a_single_days_coverage_spans_a_week_not_the_whole_plot(seeds_corpus) -> None:
    one_day = selection(seeds_corpus, FilterState(outlets=("Hindustan Times",)))
    axis = render_coverage_chart(one_day.view).figure.layout.xaxis
    lo, hi = (pd.Timestamp(v) for v in axis.range)
    assert hi - lo == pd.Timedelta(days=7)
    day = pd.Timestamp(one_day.view.docs["published"].dropna().iloc[0]).normalize()
    assert lo < day < day + pd.Timedelta(days=1) < hi  # the day's bar sits inside, with room on both sides
    assert render_coverage_chart(selection(seeds_corpus).view).figure.layout.xaxis.range is None  # a week of articles
    assert {bar.width for bar in render_coverage_chart(one_day.view).figure.data} == {86_400_000 * 0.8}
