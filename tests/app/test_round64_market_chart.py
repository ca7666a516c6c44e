"""Round 64: the Market reaction chart as Chromium draws it at the page's width. On a corpus of long company names
and eleven outlets the legend took most of the figure: the bars were squeezed and the labels beside them ran under
the legend ("-0.7% to -12.4%, 3 figures in 1 outl")."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.market.compare import COMPARE_COLUMNS

#: The width Streamlit gives the chart in a 1400 px window with the sidebar open.
PAGE_CHART_PX = 960

OUTLETS = ["Harbour Wire", "The Valley Business Daily", "Northgate Markets", "Eastbridge Financial Wire",
           "The Lowland Courier", "Tickerhall Live", "Meridian Review", "The Prairie Sentinel"]


def _move(company: str, day: str, outlet: str, pct: float, period: str = "session", sector: str = "Industrials") -> dict:
    row = dict.fromkeys(COMPARE_COLUMNS)
    label = f"{abs(pct):g}%"
    return {**row, "company": company, "kind": "share", "sector": sector, "region": "Europe",
            "session_date": pd.Timestamp(day), "outlet": outlet, "doc_id": f"{outlet}-{company}", "pct": pct,
            "qualifier": "", "label": label, "verdict": "no reference", "note": "", "period": period,
            "sentence": f"{company} shares fell {label} on the day.", "period_start": pd.NaT, "period_end": pd.NaT}


def _compare() -> pd.DataFrame:
    rows = [
        _move("Harwick Plant Systems & Services", "2024-03-04", OUTLETS[0], -0.7),
        _move("Harwick Plant Systems & Services", "2024-03-04", OUTLETS[0], -12.4, "intraday"),
        _move("Harwick Plant Systems & Services", "2024-03-04", OUTLETS[0], -5.0),
        _move("Harwick Mills", "2024-03-05", OUTLETS[1], -3.6, sector="Chemicals"),
        _move("Harwick Mills", "2024-03-05", OUTLETS[2], -16.5, sector="Chemicals"),
        _move("Dunmore Steel", "2024-03-05", OUTLETS[3], 2.5, sector="Retail"),
        _move("Dunmore Steel", "2024-03-05", OUTLETS[4], 1.1, sector="Retail"),
        _move("Dunmore Steel", "2024-03-05", OUTLETS[5], 3.0, "intraday", sector="Retail"),
    ]
    rows += [_move(f"Company {n}", "2024-03-06", OUTLETS[n % len(OUTLETS)], -1.0 - n / 2) for n in range(6)]
    rows += [_move("Company 0", "2024-03-06", OUTLETS[6], -2.0), _move("Company 1", "2024-03-06", OUTLETS[7], -3.5)]
    frame = pd.DataFrame(rows, columns=COMPARE_COLUMNS)
    return frame.assign(pct=frame["pct"].astype(float), actual_pct=frame["actual_pct"].astype(float))


def _boxes(browser, figure) -> dict:
    """The page's boxes (px) of the chart drawn by plotly.js at :data:`PAGE_CHART_PX`: each bar label's line, the
    legend, and the plot area."""
    figure = figure.update_layout(width=PAGE_CHART_PX)
    page = browser.new_page(viewport={"width": PAGE_CHART_PX + 40, "height": 1400})
    try:
        page.set_content(figure.to_html(include_plotlyjs=True, full_html=True))
        page.wait_for_selector("g.legend")
        return page.evaluate("""() => {
            const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; };
            return {
                labels: [...document.querySelectorAll('g.textpoint text tspan.line, g.textpoint text')]
                        .filter(e => e.textContent.trim()).map(e => [e.textContent.trim(), ...box(e)]),
                legend: box(document.querySelector('g.legend')),
                plot: box(document.querySelector('g.cartesianlayer .bglayer rect, .nsewdrag')),
            };
        }""")
    finally:
        page.close()


def test_the_market_labels_stay_clear_of_the_legend_at_the_page_width(browser) -> None:
    from analysis.market.compare import render_market_chart

    docs = pd.DataFrame({"outlet": OUTLETS, "published": pd.to_datetime(["2024-03-04"] * len(OUTLETS)),
                         "published_earliest": pd.NaT})
    chart = render_market_chart(_compare(), docs, colours={o: "#0072b2" for o in OUTLETS})
    boxes = _boxes(browser, chart.figure)
    legend_left = boxes["legend"][0]
    over = [(text, round(right - legend_left)) for text, left, right, *_ in boxes["labels"] if right > legend_left - 4]
    assert not over, over
    # the plot keeps a readable width beside the names and the legend
    assert boxes["plot"][1] - boxes["plot"][0] >= 300, boxes["plot"]


def test_a_short_market_chart_is_tall_enough_for_its_legend(browser) -> None:
    """The 1,000-article story: nine bars, six sectors and a dozen outlets' marks. The figure was sized by its bars
    alone, so the legend scrolled inside the plot's height and most outlets were hidden."""
    from analysis.market.compare import render_market_chart

    sectors = ["Banks", "Energy", "Retail", "Chemicals", "Internet", "Software & cloud"]
    rows = [_move(f"Company {n}", "2024-03-06", f"Outlet {n:03d}{k}", -1.0 - n, sector=sectors[n % 6])
            for n in range(6) for k in "ab"]
    compare = pd.DataFrame(rows, columns=COMPARE_COLUMNS)
    compare = compare.assign(pct=compare["pct"].astype(float), actual_pct=compare["actual_pct"].astype(float))
    outlets = sorted(set(compare["outlet"]))
    docs = pd.DataFrame({"outlet": outlets, "published": pd.Timestamp("2024-03-06"), "published_earliest": pd.NaT})
    chart = render_market_chart(compare, docs, colours={o: "#0072b2" for o in outlets})
    page = browser.new_page(viewport={"width": PAGE_CHART_PX + 40, "height": 1400})
    try:
        page.set_content(chart.figure.update_layout(width=PAGE_CHART_PX).to_html(include_plotlyjs=True))
        page.wait_for_selector("g.legend")
        shown, drawn = page.evaluate("""() => {
            const legend = document.querySelector('g.legend');
            const frame = legend.querySelector('rect.bg').getBoundingClientRect().height;
            const items = legend.querySelector('g.scrollbox').getBoundingClientRect().height;
            return [frame, items];
        }""")
    finally:
        page.close()
    assert drawn <= shown + 1, (drawn, shown)


def test_a_bar_of_rises_and_falls_names_its_range_from_the_lowest() -> None:
    """A company's day under one outlet read "+4.4% to −9.4%, 3 figures in 1 outlet" (the figures ordered by
    size). Figures of both signs run from the lowest; a bar of falls still starts at the smallest fall."""
    from analysis.market.compare import _short_label

    def part(pcts: list[float]) -> pd.DataFrame:
        return pd.DataFrame({"label": [f"{abs(p):g}%" for p in pcts], "pct": pcts, "outlet": "Harbour Wire"})

    assert _short_label(part([4.4, -9.4, 1.0])) == "\u22129.4% to +4.4%\n3 figures in 1 outlet"
    assert _short_label(part([-13.9, -11.2])) == "\u221211.2% to \u221213.9%\n2 figures in 1 outlet"
