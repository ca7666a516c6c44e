"""The market charts as a printed report shows them: the bars take the plot's width (labels beside the zero line
claim room on their own side only), and every sector's bars look different from every other's."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.charts import OTHER_COLOUR
from analysis.config import QUALITATIVE_PALETTE
from analysis.market.compare import (
    _MARK_HALF_PX,
    COMPARE_COLUMNS,
    OTHER_GROUP,
    _legend_texts,
    _plot_px,
    _widen_for_labels,
    group_looks,
    render_index_chart,
    render_market_chart,
)

DOCS = pd.DataFrame({
    "doc_id": ["d1", "d2"], "outlet": ["Harbour Wire", "Gull Street Post"],
    "published": pd.to_datetime(["2031-04-08", "2031-04-08"]), "published_earliest": pd.NaT,
})


def _compare(rows: list[tuple[str, float, str]], kind: str = "share", outlet: str = "Harbour Wire") -> pd.DataFrame:
    """A :func:`reported_vs_actual` frame of one outlet's moves on one session: (company, pct, sector)."""
    frame = pd.DataFrame([{
        "company": company, "ticker": "", "kind": kind, "sector": sector, "region": None,
        "session_date": pd.Timestamp("2031-04-07"), "outlet": outlet, "doc_id": "d1", "pct": pct, "qualifier": "exact",
        "label": f"{abs(pct):g}%", "actual_pct": math.nan, "reference_company": None, "reference_exchange": None,
        "reference_region": None, "gap": math.nan, "verdict": "no reference", "note": "no reference close",
        "sentence": f"{company} moved {pct:g}%.", "period_start": pd.NaT, "period_end": pd.NaT, "period": None,
    } for company, pct, sector in rows], columns=COMPARE_COLUMNS)
    return frame.assign(pct=frame["pct"].astype("float64"))


def test_short_labels_add_no_room_beyond_the_longest_bars() -> None:
    """A many-company chart left room for the labels beyond its longest fall AND its longest rise, so its bars took
    about half the plot: a label sits beside zero on the side away from its bar, in its own row, so it needs room
    beyond the marks only where it is wider than they reach."""
    compare = _compare([("Kestrel Looms", -30.0, "Textiles"), ("Ambleford Tin", 30.0, "Mining"),
                        ("Corrow Paper", -1.0, "Textiles"), ("Dunmere Salt", 1.0, "Mining")])
    fig = render_market_chart(compare, DOCS).figure
    assert list(fig.layout.xaxis.range) == [-36.0, 36.0]  # the marks and their padding (10% of the span), no more


def test_a_long_label_beside_short_bars_keeps_its_room() -> None:
    """Labels wider than the bars reach on their side still get the room they need at the plot width the figure
    is laid out for (company names on the left, the legend on the right)."""
    compare = pd.concat([
        _compare([("Fenwick Optics", -2.0, "Optics"), ("Brackley Glass", -1.5, "Glass")]),
        _compare([("Fenwick Optics", -9.0, "Optics")], outlet="Gull Street Post"),
    ], ignore_index=True)
    fig = render_market_chart(compare, DOCS).figure
    left, right = fig.layout.xaxis.range
    labels = next(t for t in fig.data if t.type == "scatter" and t.mode == "text").text
    longest = max(len(line) for t in labels for line in t.split("<br>"))  # its two spaces on each side included
    bars = [y for t in fig.data if t.type == "bar" for y in t.y]
    plot_px = _plot_px(bars, _legend_texts(fig, "Sector"))
    assert right / (right - left) >= 7.0 * longest / plot_px - 1e-9
    assert left == -9.0 - 3.0  # the falls' side holds the marks only (3 points of padding)


def test_index_chart_alone_draws_no_legend_and_fits_its_bars() -> None:
    """A one-entry legend ("Reported") took a column of the index panel and said nothing the axis does not."""
    compare = _compare([("Lowland 40 index", -1.2, None), ("Harbour All-Share", 0.8, None)], kind="index")
    fig = render_index_chart(compare, DOCS).figure
    assert fig.layout.showlegend is False
    left, right = fig.layout.xaxis.range
    assert left < -1.2 - 2.0 + 1e-9 and right >= 0.8 + 2.0 - 1e-9 and right - left < 10


def test_sectors_past_the_palette_change_pattern_and_other_is_grey() -> None:
    """With more sectors than palette colours the ninth sector repeated the first one's colour AND pattern, and the
    companies of no known sector were drawn in the palette's black: each sector now looks different, and
    "Other" is grey like the outlets past the palette."""
    sectors = pd.Series([f"Sector {chr(65 + i)}" for i in range(len(QUALITATIVE_PALETTE) + 1)] + [OTHER_GROUP])
    looks = group_looks(sectors)
    assert len(set(looks.values())) == len(looks)
    assert looks["Sector A"][1] != looks["Sector I"][1]
    assert looks["Sector I"][0] not in QUALITATIVE_PALETTE  # a colour of its own, not the first one's (round 62)
    assert looks[OTHER_GROUP][0] == OTHER_COLOUR
    assert group_looks(pd.Series([OTHER_GROUP]))[OTHER_GROUP] == (QUALITATIVE_PALETTE[0], "")


def test_a_label_starts_past_its_rows_mark_of_the_other_sign_where_there_is_room() -> None:
    """Outlets that disagree on the direction (two say a fall, one a rise) put a dot on the far side of zero, where
    the fall's label was written over it: the label starts past the dot when the range has room for it there (a
    long rise elsewhere) or when a little more range makes the room, and stays at zero rather than widen the range
    far for one row's outlying figure."""
    wexcombe = pd.concat([
        _compare([("Wexcombe Rail", -20.0, "Rail")]),
        _compare([("Wexcombe Rail", -18.0, "Rail")], outlet="Gull Street Post"),
        _compare([("Wexcombe Rail", 4.0, "Rail")], outlet="Tern Bay Courier"),
    ], ignore_index=True)
    roomy = render_market_chart(pd.concat([wexcombe, _compare([("Ashby Ferries", 25.0, "Shipping")])],
                                          ignore_index=True), DOCS).figure
    labels = next(t for t in roomy.data if t.type == "scatter" and t.mode == "text")
    left, right = roomy.layout.xaxis.range
    plot_px = _plot_px(["Wexcombe Rail", "Ashby Ferries"], _legend_texts(roomy, "Sector"))
    clear = _MARK_HALF_PX / plot_px * (right - left)  # half a mark past the dot's centre, so the dot covers none of it
    assert dict(zip(labels.y, labels.x)) == pytest.approx({"Ashby Ferries": 0.0, "Wexcombe Rail": 4.0 + clear})
    wide = max(len(line) for line in labels.text[list(labels.y).index("Wexcombe Rail")].split("<br>"))
    assert right >= 4.0 + clear + 7.0 * wide / plot_px * (right - left) - 1e-9
    tight = render_market_chart(wexcombe, DOCS).figure  # no long rise: the range grows a little for the label
    labels = next(t for t in tight.data if t.type == "scatter" and t.mode == "text")
    left, right = tight.layout.xaxis.range
    plot_px = _plot_px(["Wexcombe Rail"], _legend_texts(tight, "Sector"))
    clear = _MARK_HALF_PX / plot_px * (right - left)
    assert list(labels.x) == pytest.approx([4.0 + clear])
    assert right >= 4.0 + clear + 7.0 * wide / plot_px * (right - left) - 1e-9
    # a label that would need more than a fifth of the span again leaves the range as it is (and starts at zero)
    long = pd.DataFrame({"label": ["+8% to −9% in five outlets, two of them on the previous session"], "pct": [-5.0],
                         "label_x": [8.0]})
    assert _widen_for_labels([-12.0, 11.0], long, 400.0) == [-12.0, 11.0]
    assert _widen_for_labels([-12.0, 11.0], long.assign(label="+8% to −9%"), 400.0)[1] > 11.0


def test_the_rows_fill_the_plot_from_top_to_bottom() -> None:
    """Plotly pads the range of a text trace by its text's size: 90 bars with their labels had several rows of blank
    above and below. The y range is the rows', half a row beyond the first and last."""
    rows = [(f"Company {n:02d}", float(n - 10) or 0.5, "Rail" if n % 2 else "Shipping") for n in range(20)]
    fig = render_market_chart(_compare(rows), DOCS).figure
    assert list(fig.layout.yaxis.range) == [-0.5, 19.5]
    index = render_index_chart(_compare(rows[:5], kind="index"), DOCS).figure
    assert list(index.layout.yaxis.range) == [-0.5, 4.5]
