"""The Spread chart at the outlet level when every link joins two articles of one outlet: it says so and how to see
them, as every empty chart does, instead of failing on a time axis with nothing to place."""

from __future__ import annotations

from analysis import FilterState, analyse, select
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.spread import reuse_edges
from analysis.overlap.spread_chart import render_spread_chart


def test_links_inside_one_outlet_give_the_outlet_view_its_empty_state(seeds_corpus) -> None:
    sel = select(analyse(seeds_corpus), FilterState())
    edges = reuse_edges(sel.view, sel.matches(DEFAULT_THRESHOLD))
    assert not edges.empty
    one_outlet = edges.assign(taker_outlet=edges["source_outlet"])  # as if each taker were its source's outlet
    chart = render_spread_chart(sel.view, one_outlet, level="outlet")
    assert chart.data.equals(one_outlet.loc[:, chart.data.columns])  # the links of the selection, for the CSV
    text = chart.figure.layout.annotations[0].text
    assert "between articles of one outlet" in text and "Set Show to Articles" in text  # the control reads "Show: Articles"
    assert not [t for t in chart.figure.data if t.type == "scatter"]
