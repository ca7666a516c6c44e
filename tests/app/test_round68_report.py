"""Round 68 (lead): the report's index.html printed as a reader prints it, and captions that read right on paper."""

import re

import pandas as pd


def test_a_printed_report_keeps_each_heading_with_its_chart() -> None:
    """Printed, the index put a section's heading at the foot of one page and its chart on the next, and could cut a
    chart in two: a heading is kept with what follows it, and a picture or caption is never split."""
    from analysis.report.bundle import index_html

    entry = {"title": "Moves", "caption": "A caption.", "notes": [], "source": "Source: x", "data": pd.DataFrame(),
             "files": {"png": "moves.png"}}
    style = re.search(r"<style>(.*)</style>", index_html("Report", "", "none", [entry], "now")).group(1)
    assert re.search(r"h2[^{]*\{[^}]*break-after:avoid-page", style)
    assert re.search(r"img[^{]*\{[^}]*break-inside:avoid-page", style)
    assert "@media print" in style


def test_the_spread_caption_says_where_a_diamond_can_be_clicked(seeds_corpus) -> None:
    """The Spread chart's caption goes into the report under a still picture, where nothing can be clicked: it says
    the click is the app's."""
    from analysis import FilterState, analyse, select
    from analysis.overlap.align import DEFAULT_THRESHOLD
    from analysis.overlap.spread import reuse_edges
    from analysis.overlap.spread_chart import render_spread_chart

    sel = select(analyse(seeds_corpus), FilterState())
    caption = render_spread_chart(sel.view, reuse_edges(sel.view, sel.matches(DEFAULT_THRESHOLD))).caption
    assert "In the app, click a diamond" in caption and "Click a diamond" not in caption
