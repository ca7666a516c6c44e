"""The market chart's outlet marks where several outlets give one row the same figure: each mark shows, one above
another on the row's bar, instead of the last drawn hiding the rest."""

from __future__ import annotations

import pandas as pd

from analysis.market.compare import _DODGE_LIMIT, render_market_chart

from test_market_chart_print import _compare

OUTLETS = ["Harbour Wire", "Gull Street Post", "Tarn Valley Times"]
DOCS = pd.DataFrame({
    "doc_id": ["d1", "d2", "d3"], "outlet": OUTLETS,
    "published": pd.to_datetime(["2031-04-08"] * 3), "published_earliest": pd.NaT,
})


def _marks(fig) -> dict[str, list[tuple[float, float]]]:
    """Each outlet's marks as (x, y) pairs."""
    return {t.name: list(zip(t.x, t.y)) for t in fig.data if t.legendgroup == "outlets" and t.x is not None and len(t.x)}


def _chart(rows_by_outlet: dict[str, list[tuple[str, float, str]]]):
    compare = pd.concat([_compare(rows, outlet=o) for o, rows in rows_by_outlet.items()], ignore_index=True)
    return render_market_chart(compare, DOCS).figure


def test_outlets_giving_one_figure_are_drawn_one_above_another() -> None:
    fig = _chart({o: [("Kestrel Looms", -6.0, "Textiles"), ("Ambleford Tin", 2.0, "Mining")] for o in OUTLETS[:2]}
                 | {OUTLETS[2]: [("Kestrel Looms", -6.0, "Textiles")]})
    order = list(fig.layout.yaxis.categoryarray)
    row = order.index(next(name for name in order if name.startswith("Kestrel Looms")))
    ys = sorted(y for marks in _marks(fig).values() for x, y in marks if x == -6.0)
    assert len(ys) == 3 and len(set(ys)) == 3  # three marks, three heights: none hides another
    assert all(abs(y - row) <= _DODGE_LIMIT + 1e-9 for y in ys)  # on the row's own bar
    assert sum(ys) / 3 == row  # centred on it
    # the marks are drawn on an axis laid over the rows, where row i is at i
    assert {t.yaxis for t in fig.data if t.legendgroup == "outlets"} == {"y2"}
    assert fig.layout.yaxis2.overlaying == "y" and list(fig.layout.yaxis2.range) == list(fig.layout.yaxis.range)
    assert fig.layout.yaxis2.visible is False


def test_marks_apart_stay_on_the_row_middle() -> None:
    fig = _chart({OUTLETS[0]: [("Kestrel Looms", -2.0, "Textiles")], OUTLETS[1]: [("Kestrel Looms", -9.0, "Textiles")]})
    order = list(fig.layout.yaxis.categoryarray)
    assert sorted(y for marks in _marks(fig).values() for _, y in marks) == [0.0, 0.0] == [float(len(order) - 1)] * 2


def test_bars_and_labels_keep_their_category_rows() -> None:
    fig = _chart({o: [("Kestrel Looms", -6.0, "Textiles")] for o in OUTLETS})
    bar = next(t for t in fig.data if t.type == "bar")
    assert bar.yaxis in (None, "y") and list(bar.y) == list(fig.layout.yaxis.categoryarray)
