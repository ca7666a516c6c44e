"""One colour per outlet on every chart: the coverage bars, the market dots, the overlap and spread axis names,
spread nodes and the timeline's marks use the whole corpus's palette, in the page and in the export alike."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from analysis import FilterState, analyse, select
from analysis.charts import outlet_colours
from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.report.registry import collect_charts

SHARED = ("Nvidia shares fell 17% on Monday after the Chinese start-up DeepSeek released a cheaper artificial "
          "intelligence model that rattled investors across the technology sector.")
OUTLETS = ("Wire A", "Wire B", "Daily C", "International Business Times UK", "Hindustan Times")
_SWATCH = re.compile(r"<span style='color:(#[0-9a-fA-F]{6})'>■</span> (.+)")


def _corpus():
    texts = {
        "a": ("Wire A", "2025-01-27", SHARED + "\n\nAnalysts said the sell-off wiped out almost $600 billion of value."),
        "b": ("Wire B", "2025-01-28", SHARED + "\n\nOn Monday, Nvidia plunged nearly 12%, one trader said in a note."),
        "c": ("Daily C", "2025-01-28", "Nvidia fell 17% on Monday.\n\nThe Nasdaq lost 3.1% in its worst day in weeks."),
    }
    return build_corpus([(RawArticle(file=f"{k}.txt", text=t), {"outlet": o, "published": d}, "corpus")
                         for k, (o, d, t) in texts.items()])


def _colours_in(spec: dict) -> dict[str, set[str]]:
    """Outlet -> every colour a chart spec gives it (legend traces named by outlet, axis name swatches)."""
    seen: dict[str, set[str]] = {}
    for trace in spec["data"]:
        marker = trace.get("marker") or {}
        colour = marker.get("color")
        if colour == "white":  # a hollow mark (the timeline's one-day events): its outline is the colour
            colour = (marker.get("line") or {}).get("color")
        if colour is None and trace.get("mode") == "lines":
            colour = (trace.get("line") or {}).get("color")
        if isinstance(colour, str) and trace.get("name") in OUTLETS:
            seen.setdefault(trace["name"], set()).add(colour)
    for axis in ("xaxis", "yaxis"):
        for tick in spec["layout"].get(axis, {}).get("ticktext") or []:
            if m := _SWATCH.match(str(tick)):
                text = m.group(2).replace("<br>", " ")
                for name in [o for o in OUTLETS if o in text] or [text]:
                    seen.setdefault(name, set()).add(m.group(1))
    return seen


def test_every_chart_gives_an_outlet_the_same_colour() -> None:
    corpus = _corpus()
    analysis = analyse(corpus)
    palette = outlet_colours(corpus.docs)
    charts, messages = collect_charts(select(analysis, FilterState()))
    assert not [m for m in messages if "failed" in m]  # (its two wire reports share no quote: that chart is left out)
    by_slug = {c.slug: _colours_in(json.loads(c.figure.to_json())) for c in charts}
    for slug in ("coverage-by-day", "market-reaction", "source-overlap-outlet", "spread", "timeline"):
        assert by_slug.get(slug), f"{slug}: no outlet colour found"
        for outlet, colours in by_slug[slug].items():
            assert colours == {palette[outlet]}, (slug, outlet, colours)
    everywhere = {o for seen in by_slug.values() for o in seen}
    assert {"Wire A", "Wire B"} <= everywhere
    # a filter does not recolour: the palette is the whole corpus's
    narrowed, _ = collect_charts(select(analysis, FilterState(outlets=("Wire B",))), keys=("coverage",))
    assert _colours_in(json.loads(narrowed[0].figure.to_json()))["Wire B"] == {palette["Wire B"]}


@pytest.mark.parametrize("page, key", [("overlap", "overlap"), ("entities", "entities"), ("quotes", "quotes")])
def test_the_page_draws_the_export_colours(page: str, key: str) -> None:
    """The heatmaps' outlet names carry the same swatches on the page as in the report's chart, on the seeds."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    drawn = _colours_in(json.loads(at.get("plotly_chart")[0].proto.spec))
    from conftest import SEEDS
    from analysis.corpus.load import load_corpus

    seeds = analyse(load_corpus(SEEDS))
    (report,), _ = collect_charts(select(seeds, FilterState()), keys=(key,))
    assert drawn and drawn == _colours_in(json.loads(report.figure.to_json()))
