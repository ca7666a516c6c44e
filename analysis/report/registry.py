"""The registry of report charts: a static list of every chart a report can hold, each built from a
:class:`analysis.pipeline.Selection` exactly as its page draws it with the default options.

This module and :mod:`analysis.cli` are the only places that combine features; each feature's chart module
imports only its own computation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.charts import ChartResult, empty_reason
from analysis.corpus.coverage import render_coverage_chart
from analysis.entities.chart import render_entity_heatmap
from analysis.market.compare import corpus_looks, render_index_chart, render_market_chart, reported_vs_actual
from analysis.market.reference import load_reference
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.chart import overlap_chart
from analysis.overlap.spread import reuse_edges
from analysis.overlap.spread_chart import render_spread_chart
from analysis.pipeline import Selection
from analysis.quotes.chart import render_quote_fidelity
from analysis.timeline.chart import render_timeline_chart, selection_window

log = logging.getLogger(__name__)

ChartBuilder = Callable[[Selection], list[ChartResult]]


def coverage_charts(sel: Selection) -> list[ChartResult]:
    """The Overview's coverage chart, per day (per week or month over a long span; none when no article of the
    selection is dated: a report holds no empty chart)."""
    chart = render_coverage_chart(sel.view, sel.filters.describe(), sel.analysis.outlet_colours)
    return [chart] if not chart.data.empty else []


def entity_charts(sel: Selection) -> list[ChartResult]:
    """The Entities page's entity × outlet heatmap."""
    return [render_entity_heatmap(sel.analysis.entity_mentions, sel.view, subtitle=sel.filters.describe(),
                                  colours=sel.analysis.outlet_colours)]


def quote_charts(sel: Selection) -> list[ChartResult]:
    """The Quotes page's quote × outlet fidelity heatmap."""
    return [render_quote_fidelity(sel.analysis.quotes, sel.view, sel.filters.describe(),
                                  colours=sel.analysis.outlet_colours)]


def overlap_charts(sel: Selection) -> list[ChartResult]:
    """The Source overlap heatmap: outlets, all text, the default threshold."""
    sums = sel.outlet_sums(DEFAULT_THRESHOLD, "all")
    return [overlap_chart(sel.view, sums, "outlet", "all", DEFAULT_THRESHOLD, subtitle=sel.filters.describe(),
                          colours=sel.analysis.outlet_colours)]


def spread_charts(sel: Selection) -> list[ChartResult]:
    """The Spread page's chart: who took from whom at the default threshold."""
    edges = reuse_edges(sel.view, sel.pair_sums(DEFAULT_THRESHOLD))
    return [render_spread_chart(sel.view, edges, sel.filters.describe(), colours=sel.analysis.outlet_colours,
                                examples=sel.examples_of(DEFAULT_THRESHOLD))]


def timeline_charts(sel: Selection) -> list[ChartResult]:
    """The Timeline chart in the window the page opens on (:func:`selection_window`: the busiest days of the
    selection)."""
    mentions = sel.timeline()
    window = selection_window(mentions, sel.analysis.window, sel.filters.is_active)
    return [render_timeline_chart(mentions, sel.view, window, sel.filters.describe(),
                                  colours=sel.analysis.outlet_colours)]


def market_charts(sel: Selection) -> list[ChartResult]:
    """The Market page's share-move chart, its multi-day / year-to-date view and the index panel, each only when
    the selection has such moves (a report holds no empty chart); actual closes from the shipped reference plus
    the ones saved in the corpus's last folder (the upload or project folder, as on the Market page)."""
    folders = sel.analysis.corpus.folders  # the last one takes the user's files: the upload or project folder
    reference, _ = load_reference(root=Path(folders[-1]) if folders else None)
    compare = reported_vs_actual(sel.moves(), reference)
    subtitle = sel.filters.describe()
    colours, looks = sel.analysis.outlet_colours, corpus_looks(sel.analysis.moves)
    charts = [render_market_chart(compare, sel.view.docs, subtitle, colours=colours, looks=looks),
              render_market_chart(compare, sel.view.docs, subtitle, span="multi-day", colours=colours, looks=looks),
              render_index_chart(compare, sel.view.docs, subtitle)]
    return [c for c in charts if not c.data.empty]


@dataclass(frozen=True)
class ReportSource:
    """One page's contribution to a report."""

    key: str
    label: str
    build: ChartBuilder


#: Every source of report charts, in report order.
REPORT_SOURCES: tuple[ReportSource, ...] = (
    ReportSource("coverage", "Coverage by day, week or month", coverage_charts),
    ReportSource("entities", "Entities", entity_charts),
    ReportSource("quotes", "Quotes", quote_charts),
    ReportSource("overlap", "Source overlap", overlap_charts),
    ReportSource("spread", "Spread", spread_charts),
    ReportSource("timeline", "Timeline", timeline_charts),
    ReportSource("market", "Market reaction", market_charts),
)


def collect_charts(
    sel: Selection, keys: Sequence[str] | None = None, sources: Sequence[ReportSource] = REPORT_SOURCES
) -> tuple[list[ChartResult], list[str]]:
    """The charts of every source (or only ``keys``) for ``sel``, in registry order, plus one message per source
    that failed (a failing chart is reported, not hidden, and does not stop the others) and per chart left out
    because it has nothing to show (:func:`analysis.charts.empty_reason`: a report holds no empty chart)."""
    charts: list[ChartResult] = []
    messages: list[str] = []
    for source in sources:
        if keys is not None and source.key not in keys:
            continue
        try:
            built = source.build(sel)
        except Exception as exc:  # noqa: BLE001 - report the failure, keep the other charts
            log.exception("report chart %s failed", source.key)
            messages.append(f"{source.label} failed: {exc}")
            continue
        for chart in built:
            reason = empty_reason(chart.figure)
            if reason:
                messages.append(f"{chart.title}: not drawn. {reason}")
            else:
                charts.append(chart)
    return charts, messages
