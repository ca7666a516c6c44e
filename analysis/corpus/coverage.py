"""Coverage over time: how many articles each outlet published per day (the Overview chart; drawn per week or
month when the articles span more than a season)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from analysis.charts import (
    OTHER_COLOUR,
    OTHER_OUTLETS,
    ChartResult,
    chart_text,
    empty_figure,
    finish_figure,
    outlet_colours,
    plural,
    source_line,
)
from analysis.corpus.load import Corpus, effective_date

#: The fewest days the chart's axis spans: bars of a shorter selection keep a day's width.
MIN_DAYS_SHOWN = 7
DAY_MS = 86_400_000
#: Longest span (days) drawn a bar a day, and a bar a week: past them a day's bar (or a week's) is thinner than a
#: pixel at print width, so the chart counts articles per week (Monday first) or per calendar month instead.
MAX_DAYS_BY_DAY = 92
MAX_DAYS_BY_WEEK = 3 * 366


_BIN_DAYS = {"day": 1, "week": 7, "month": 30}
_BIN_HOVER = {"day": "%{x|%a %d %b %Y}", "week": "week of %{x|%d %b %Y}", "month": "%{x|%B %Y}"}
_BIN_AXIS = {"day": "Publication date (day)", "week": "Publication date (week, from Monday)",
             "month": "Publication date (month)"}


def coverage_table(docs: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet and day. Needs ``doc_id, outlet, published, published_earliest``; returns
    ``date, outlet, articles, basis`` where basis is "published" or "on or after" (only the earliest date
    is known). Undated articles are left out."""
    when = effective_date(docs)
    basis = docs["published"].notna().map({True: "published", False: "on or after"})
    frame = pd.DataFrame({"date": when.dt.date, "outlet": docs["outlet"], "basis": basis}).dropna(subset=["date"])
    if frame.empty:
        return pd.DataFrame(columns=["date", "outlet", "articles", "basis"])
    out = frame.groupby(["date", "outlet", "basis"], as_index=False).size().rename(columns={"size": "articles"})
    return out.loc[:, ["date", "outlet", "articles", "basis"]].sort_values(["date", "outlet"]).reset_index(drop=True)


def coverage_bin(days: int) -> Literal["day", "week", "month"]:
    """The bar a chart of coverage over ``days`` calendar days counts by: a day for a story's weeks, a week
    (Monday first) up to three years, else a calendar month."""
    return "day" if days <= MAX_DAYS_BY_DAY else "week" if days <= MAX_DAYS_BY_WEEK else "month"


def _bin_start(dates: pd.Series, unit: str) -> pd.Series:
    """The first day of each date's bar (``dates`` of ``datetime.date``)."""
    when = pd.to_datetime(dates)
    if unit == "week":
        return when - pd.to_timedelta(when.dt.weekday, unit="D")
    if unit == "month":
        return when.dt.to_period("M").dt.to_timestamp()
    return when


def render_coverage_chart(view: Corpus, subtitle: str | None = None, colours: Mapping[str, str] | None = None) -> ChartResult:
    """Stacked bars of articles per day (per week or month over a long span: :func:`coverage_bin`) by outlet
    for the documents in ``view``, each outlet in its colour of
    ``colours`` (:func:`analysis.charts.outlet_colours` of the whole corpus; by default of ``view``); outlets
    without a colour are drawn together as "Other outlets" (one such outlet keeps its name)."""
    data = coverage_table(view.docs)
    colours = colours if colours is not None else outlet_colours(view.docs)
    span = (data["date"].max() - data["date"].min()).days + 1 if not data.empty else 1
    unit = coverage_bin(span)
    title = f"Coverage by {unit}"
    source = source_line(view.docs)
    undated = int(view.docs["published"].isna().sum() - view.docs["published_earliest"].notna().sum())
    if data.empty:
        fig = empty_figure(title, "No article in this selection has a publication date.", source)
        return ChartResult("coverage-by-day", title, fig, data)
    fig = go.Figure()
    past = data["outlet"].loc[~data["outlet"].isin(list(colours))]
    # one outlet past the palette keeps its name (in the "other" colour); two or more are drawn together
    drawn = data.assign(group=data["outlet"] if past.nunique() <= 1 else data["outlet"].where(~data.index.isin(past.index), OTHER_OUTLETS))
    order = [o for o in colours if o in set(drawn["group"])] + sorted(set(drawn["group"]) - set(colours))
    for group in order:
        rows = drawn.loc[drawn["group"] == group]
        part = rows.assign(date=_bin_start(rows["date"], unit)).groupby(["date", "basis"], as_index=False)["articles"].sum()
        name = chart_text(group)
        fig.add_bar(
            x=part["date"],
            y=part["articles"],
            name=name,
            marker={"color": colours.get(group, OTHER_COLOUR)},
            # plotly sizes a lone bar on a date axis from nothing: a bar is drawn 0.8 of its day, week or month
            width=DAY_MS * 0.8 * _BIN_DAYS[unit],
            customdata=[[name, basis] for basis in part["basis"]],  # user text in the data, never in the template
            hovertemplate=_BIN_HOVER[unit] + "<br>%{customdata[0]}: %{y} (%{customdata[1]})<extra></extra>",
        )
    fig.update_layout(barmode="stack", legend={"title": {"text": "Outlet"}, "traceorder": "normal"})  # legend in palette order
    days = (data["date"].max() - data["date"].min()).days + 1
    # a tick a day for a story's week or two; over a longer span plotly's own steps (a tick for each of 300 days
    # prints the labels over one another)
    fig.update_xaxes(tickformat="%b %Y" if unit == "month" else "%d %b %Y", **({"dtick": DAY_MS} if days <= 16 else {}))
    if days < MIN_DAYS_SHOWN:  # a day or two of articles: a week around them, not one bar over the whole width
        lo = pd.Timestamp(data["date"].min()) - pd.Timedelta(days=(MIN_DAYS_SHOWN - days) / 2 + 0.5)
        fig.update_xaxes(range=[lo, lo + pd.Timedelta(days=MIN_DAYS_SHOWN)])
    tallest = int(data.assign(date=_bin_start(data["date"], unit)).groupby("date")["articles"].sum().max())
    # whole articles: a tick per article up to ten, else plotly's round steps (a tick per article on a day of 80
    # articles draws the axis as a smear)
    fig.update_yaxes(rangemode="tozero", tickformat="d", **({"dtick": 1} if tallest <= 10 else {}))
    note = f"{plural(undated, 'undated article')} not shown." if undated > 0 else ""
    finish_figure(
        fig,
        title=title,
        subtitle=" · ".join(p for p in (subtitle, "'On or after' dates count on their earliest day", note) if p),
        source=source,
        x_title=_BIN_AXIS[unit],
        y_title="Articles (count)",
        height=420,
    )
    # the files are named after the bar drawn ("coverage-by-week" for "Coverage by week"); a week's or month's CSV
    # keeps its rows per day and names each row's bar by its first day
    if unit != "day":
        data = data.assign(**{unit: _bin_start(data["date"], unit).dt.date})
    return ChartResult(f"coverage-by-{unit}", title, fig, data)
