"""Round 69 (lead): a click on an outlet's mark on the Market chart picks its row's bar. The marks are drawn on an
axis laid over the rows (so marks of one figure sit one above another): the point clicked gives a number there, which
listed the company's every move and went into the link as the bar's name."""

from __future__ import annotations

import pandas as pd

from analysis.market.compare import render_market_chart
from ui.market_pick import clicked_bar, drawn_bars

from tests.market.test_market_chart_print import _compare

OUTLETS = ["Harbour Wire", "Gull Street Post", "Tarn Valley Times"]
DOCS = pd.DataFrame({
    "doc_id": ["d1", "d2", "d3"], "outlet": OUTLETS,
    "published": pd.to_datetime(["2031-04-08"] * 3), "published_earliest": pd.NaT,
})


def test_a_mark_clicked_picks_the_bar_of_its_row() -> None:
    compare = pd.concat([_compare([("Kestrel Looms", -6.0, "Textiles"), ("Ambleford Tin", 2.0, "Mining")], outlet=o)
                         for o in OUTLETS], ignore_index=True)
    fig = render_market_chart(compare, DOCS).figure
    bars = drawn_bars(fig)
    marks = [(c, y) for t in fig.data if t.legendgroup == "outlets" and t.x is not None
             for c, y in zip(t.customdata, t.y)]
    assert marks and all(isinstance(y, float) for _, y in marks)  # the marks' own axis: numbers
    for company, y in marks:
        picked = clicked_bar({"customdata": company, "y": y, "x": 0}, fig)
        assert picked[0] == company and picked[1] in {label for _, label in bars.values()}
        assert picked[1].startswith(company)
    bar = next(t for t in fig.data if t.type == "bar")
    assert clicked_bar({"customdata": bar.customdata[0], "y": bar.y[0]}, fig) == (bar.customdata[0], bar.y[0])
