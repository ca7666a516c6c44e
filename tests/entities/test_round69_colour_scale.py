"""Round 69 (lead): the entity heatmap's colour scale counts mentions, so its ticks are whole numbers: one article's
counts of 1 to 4 were ticked 1.5, 2.5, 3.5."""

from __future__ import annotations

from analysis import analyse
from analysis.entities.chart import _mentions_colorbar, render_entity_heatmap


def test_a_short_scale_is_ticked_in_whole_mentions(seeds_corpus) -> None:
    mentions = analyse(seeds_corpus).entity_mentions
    first = mentions["doc_id"].iloc[0]
    few = mentions.loc[mentions["doc_id"] == first].head(4)  # at most four mentions in one article
    heat = next(t for t in render_entity_heatmap(few, seeds_corpus).figure.data if t.type == "heatmap")
    assert heat.colorbar.dtick == 1 and heat.colorbar.tick0 == 0
    assert heat.colorbar.title.text.startswith("Mentions")


def test_a_long_scale_keeps_plotlys_own_steps() -> None:
    assert _mentions_colorbar(4.0)["dtick"] == 1
    assert "dtick" not in _mentions_colorbar(40.0)  # plotly's whole steps (5, 10, ...) at that size
