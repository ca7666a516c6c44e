"""The moves behind the bar a reader clicked on the Market chart: that company's session (or period), not every
move of the company."""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.charts import chart_text
from analysis.market.compare import compare_display


def bar_moves(moves: pd.DataFrame, company: str, bar: object) -> tuple[pd.DataFrame, str]:
    """The rows of ``moves`` (the chart's data: :func:`analysis.market.compare.reported_vs_actual` rows of the moves
    drawn, ``company, session_date`` and the columns :func:`compare_display` needs) that the bar ``bar`` stands for
    (the clicked point's category: "Ardmoor Foods · 22 Sep", a period "Ardmoor Foods · 01 Jan–22 Sep 2031", or the
    company alone when the chart draws one bar of it), and the session or period it names ("" for a company alone).
    A click on "Ardmoor Foods · 26 Sep" listed every move of the company, of every session and period, under "What
    the articles say about Ardmoor Foods". A label no row matches gives all of the company's rows drawn."""
    rows = moves.loc[moves["company"] == company]
    head = chart_text(company) + " · "
    label = str(bar) if bar is not None else ""
    if not label.startswith(head):
        return rows, ""
    short = label[len(head):]
    days = rows["session_date"].dt.strftime("%d %b").fillna("")
    sessions = compare_display(rows)["Session"].set_axis(rows.index)
    picked = rows.loc[(days == short) | (sessions == short)]
    return (picked, short) if not picked.empty else (rows, "")


def clicked_bar(point: Mapping[str, object], figure: go.Figure) -> tuple[str, str]:
    """``(company, label)`` of a ``point`` clicked on the Market chart ``figure``, the label as the figure writes
    it: a bar or a diamond gives its row's label as its y; an outlet's mark is drawn on the axis laid over the rows
    (:func:`analysis.market.compare.render_market_chart` spreads the marks of one figure apart there) and gives a
    number, its row's position (row i at i), so a click on a mark listed the company's every move and put the
    number in the link."""
    y = point.get("y", "")
    if isinstance(y, (int, float)) and not isinstance(y, bool):
        rows = list(figure.layout.yaxis.categoryarray or ())
        row = round(float(y))
        y = rows[row] if 0 <= row < len(rows) else ""
    return str(point["customdata"]), str(y)


#: The URL parameter naming the bar picked on the Market chart, by its label ("?market_bar=Ardmoor Foods · 26 Sep").
MARKET_BAR = "market_bar"
_LAST_CLICK = "_market_last_click"


def drawn_bars(figure: go.Figure) -> dict[str, tuple[str, str]]:
    """Each bar the Market chart ``figure`` draws, by its label as a reader reads it ("Marks & Spencer · 22 Sep"):
    its company (the bar's ``customdata``) and its label as the figure writes it ("Marks &amp; Spencer · 22 Sep")."""
    return {html.unescape(str(y)): (str(c), str(y)) for t in figure.data if t.type == "bar" and t.customdata is not None
            for y, c in zip(t.y, t.customdata)}


def linked_bar(clicked: tuple[str, str] | None, bars: dict[str, tuple[str, str]], view: str) -> tuple[str, str] | None:
    """The Market chart's picked bar as ``(company, label)`` (the label as the figure writes it): the bar or mark
    ``clicked`` in this session on the chart of ``view`` (one session, or several days), else the bar the address
    names (``?market_bar=Ardmoor Foods · 26 Sep``) when the chart draws it (``bars``: :func:`drawn_bars`). A new
    click, or a click away, puts its bar in the address or takes it out: a copied address opened the chart with
    nothing picked and no list under it."""
    now = (view, clicked) if clicked else None
    if _LAST_CLICK not in st.session_state:
        st.session_state[_LAST_CLICK] = now  # the first run: nothing clicked yet, the link decides
    elif now != st.session_state[_LAST_CLICK]:  # the reader clicked (or clicked away): the click decides
        st.session_state[_LAST_CLICK] = now
        if clicked:
            st.query_params[MARKET_BAR] = html.unescape(clicked[1])
        elif MARKET_BAR in st.query_params:
            del st.query_params[MARKET_BAR]
    if clicked:
        return clicked
    label = st.query_params.get(MARKET_BAR, "")
    return bars.get(label)
