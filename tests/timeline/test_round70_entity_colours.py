"""Round 70 (lead): the Timeline coloured by entity gave "(no entity)" and a ninth entity the same blue (the eight
colours of the palette cycled over the groups in name order). Each named entity now takes a colour of its own, and
the groups that name no one entity draw in greys, as "Other outlets" does on the outlet charts."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.charts import OTHER_COLOUR
from analysis.entities.resolve import entity_mentions
from analysis.timeline.chart import NEUTRAL_COLOURS, OTHER_ENTITIES, render_timeline_chart
from analysis.timeline.events import NO_ENTITY, attach_entities, timeline_mentions

WINDOW = (date(2025, 1, 20), date(2025, 1, 27))


@pytest.fixture(scope="module")
def mentions(seeds_corpus) -> pd.DataFrame:
    return timeline_mentions(seeds_corpus)


def _colours(chart) -> dict[str, set[str]]:
    """Each legend group's colours, from its bars (lines) of the chart."""
    found: dict[str, set[str]] = {}
    for trace in chart.figure.data:
        if trace.mode == "lines":
            found.setdefault(str(trace.name), set()).add(str(trace.line.color))
    return found


def test_sentences_naming_no_entity_are_grey_and_every_entity_has_its_own_colour(seeds_corpus, mentions) -> None:
    with_entities = attach_entities(mentions, entity_mentions(seeds_corpus))
    twice = pd.concat([with_entities, with_entities.assign(event_id=with_entities["event_id"] + "b")], ignore_index=True)
    in_window = twice["date_start"].between(*WINDOW)
    names = [NO_ENTITY, *(f"Entity {c}" for c in "ABCDEFGHIJKLMNOP")]
    many = twice.loc[in_window].assign(entity=names[: int(in_window.sum())])
    chart = render_timeline_chart(many, seeds_corpus, WINDOW, colour_by="entity")
    colours = _colours(chart)
    drawn = set(chart.data["entity"])
    assert len(drawn) >= 10 and NO_ENTITY in colours  # more groups than the palette's eight colours
    assert colours[NO_ENTITY] == {NEUTRAL_COLOURS[NO_ENTITY]}
    assert colours[OTHER_ENTITIES] == {OTHER_COLOUR}  # past the legend's twelve groups, as "Other outlets"
    named = [next(iter(c)) for g, c in colours.items() if g not in NEUTRAL_COLOURS]
    assert all(len(c) == 1 for c in colours.values())
    assert len(set(named)) == len(named)  # no two entities share a colour
    assert NEUTRAL_COLOURS[NO_ENTITY] not in named and OTHER_COLOUR not in named


def test_the_subtitle_explains_the_hollow_mark_of_a_span(seeds_corpus, mentions) -> None:
    # a span of days is drawn as a bar with the outlet's mark hollow in its middle; the note said "a bar alone"
    chart = render_timeline_chart(mentions, seeds_corpus, WINDOW)
    hollow = [t for t in chart.figure.data if t.mode == "markers" and t.marker.color == "white"]
    assert hollow, "the seeds' window draws a span"
    heading = str(chart.figure.layout.title.text) + str(chart.figure.layout.title.subtitle.text or "")
    assert "hollow mark on a longer bar = a span of days" in heading.replace("<br>", " ")
