"""The timeline chart: one row per event in the window, each article drawn at its own date, exact days as a
mark in the middle of a bar that spans the day, intervals as bars, coloured (and marked) by outlet. The title
says which days are shown and why; "articles" is the one word for the sources of an event. A window with more
events than :data:`MAX_EVENTS` draws those reported by the most articles (the subtitle says how many are left
out; the page's table lists them all), so the chart stays readable at any corpus size."""

from __future__ import annotations

import textwrap
from datetime import date, datetime, time, timedelta
from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from analysis import config
from analysis.charts import (
    LEGEND_ROW_PX,
    OTHER_COLOUR,
    OTHER_OUTLETS,
    OUTLET_PALETTE,
    OUTLET_SYMBOLS,
    ChartResult,
    chart_text,
    day_span,
    empty_figure,
    finish_figure,
    legend_rows,
    outlet_colour,
    outlet_groups,
    plural,
    source_line,
    subtitle_lines,
)
from analysis.corpus.load import Corpus
from analysis.timeline.events import NO_ENTITY, default_window, describe_interval, event_items, in_window

SLUG = "timeline"
TITLE = "Timeline of dated events"
#: The groups of the chart coloured by entity that name no one entity, in greys: the entities past the palette
#: ("Other entities", as "Other outlets" elsewhere) and the sentences naming none (lighter).
OTHER_ENTITIES = "Other entities"
NEUTRAL_COLOURS = {OTHER_ENTITIES: OTHER_COLOUR, NO_ENTITY: "#c8c8c8"}
DATA_COLUMNS = [
    "event_id", "event", "date_start", "date_end", "precision", "outlet", "doc_id", "expression", "sentence", "basis",
]
#: An event label (whole clause) wraps at this many characters, on at most LABEL_LINES lines.
LABEL_CHARS = 46
LABEL_LINES = 3
#: The share of a row's height its marks may spread over (the rest keeps rows apart).
ROW_SPREAD = 0.56
#: Windows up to this many days get one labelled tick per day.
DAY_TICKS_MAX = 16
#: The width the legend's rows are reckoned for: plotly wraps a horizontal legend at the plot's width, which the
#: event labels on the left narrow to about 500 px in a page on a 1,280-1,400 px screen with the sidebar open.
LEGEND_WRAP_PX = 500
#: At most this many events (rows) are drawn: those reported by the most articles (ties: :func:`drawn_first`).
MAX_EVENTS = 30
#: Pixels of the plot per event row, and the plot's height beside its rows (the figure's height less its margins).
ROW_PX = 60
PLOT_EXTRA_PX = 40
#: A window of more events than this repeats its day labels above the plot (:func:`_days_on_top`), in this many
#: more pixels of the figure's top margin.
TOP_AXIS_ROWS = 10
TOP_AXIS_PX = 40
#: What a mark stands for (:func:`article_marks`), said under the title.
MARKS_NOTE = ("Each mark is one article's date for the event: a filled mark = that day · a hollow mark on a longer bar "
              "= a span of days")
#: The vertical axis's title, and the short one of a plot too low for it: a title longer than its axis runs up over
#: the legend and the subtitle (a window of one or two events).
Y_TITLE = "Event (number of articles reporting it)"
Y_TITLE_SHORT = "Event"
#: Pixels per character of an axis title at the house font, reckoned on the wide side.
TITLE_CHAR_PX = 7.2


def selection_window(mentions: pd.DataFrame, corpus_window: tuple[date, date] | None,
                     narrowed: bool) -> tuple[date, date] | None:
    """The window a timeline opens on: the corpus's busiest days (``corpus_window``, computed once) when no filter
    narrows the articles, else the busiest days of the events the selected articles report (``mentions``, columns of
    :func:`analysis.timeline.events.default_window`): articles published in late August about a crash three weeks
    before drew the crash's week with the few events they mention there, while the title said "the 8 days with the
    most dated events". The corpus's window when the selection dates nothing to a day, range or week."""
    if not narrowed:
        return corpus_window
    return default_window(mentions) or corpus_window


def drawn_first(items: pd.DataFrame) -> pd.DataFrame:
    """``items`` (rows of :func:`event_items`) in the order a window too full to draw takes them: the events the most
    articles report; of those as widely reported, the one dated most narrowly (a day before a span of a week), then
    the earliest. Ties went to the earliest alone, so in one corpus's busiest week six events of one article dated
    only to "this week" (bars across the whole window) took rows from events of one
    article dated to their day."""
    span = [(end - start).days for start, end in zip(items["date_start"], items["date_end"])]
    return (items.assign(_span=span).sort_values(["n_sources", "_span", "date_start", "event_id"],
                                                 ascending=[False, True, True, True])
            .drop(columns="_span").reset_index(drop=True))


def window_title(window: tuple[date, date], chosen: bool = False) -> str:
    """The chart title: which days are shown and why ("…: the 8 days with the most dated events" for the default
    window, "…: the window you chose" when ``chosen``)."""
    lo, hi = window
    days = (hi - lo).days + 1
    span = day_span(lo, hi)
    why = "the window you chose" if chosen else f"the {days} days with the most dated events"
    return f"Dated events, {span}: {why}"


def _wrap(text: str, width: int = 80, lines: int = 6) -> str:
    parts = textwrap.wrap(str(text), width=width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] += " …"
    return "<br>".join(chart_text(p) for p in parts)


def _wrap_label(label: str, width: int = LABEL_CHARS, lines: int = LABEL_LINES) -> str:
    """An event label on up to ``lines`` lines of ``width`` characters (escaped, joined by <br>): whole words,
    never cut; only a label longer than all the lines ends in "…"."""
    parts = textwrap.wrap(str(label), width=width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] += " …"
    return "<br>".join(chart_text(p) for p in parts)


def _hover_rows(part: pd.DataFrame, outlets_by_event: dict[str, str]) -> list[list[str]]:
    return [
        [
            chart_text(describe_interval(r.date_start, r.date_end, r.precision)),
            chart_text(str(r.outlet)),
            chart_text(str(r.expression)),
            _wrap(r.sentence),
            _wrap(r.basis, 90, 2),
            chart_text(outlets_by_event.get(r.event_id, "")),
            chart_text(str(r.event)),
            str(r.event_id),
        ]
        for r in part.itertuples()
    ]


_HOVER = (
    "<b>%{customdata[6]}</b><br>%{customdata[0]} · %{customdata[1]} (“%{customdata[2]}”)<br>%{customdata[3]}"
    "<br><i>%{customdata[4]}</i><br>Reported by: %{customdata[5]}<extra></extra>"
)


def _days_on_top(fig: go.Figure) -> None:
    """The day labels of ``fig``'s time axis once more along the top of the plot: a window of many events is a
    figure taller than a screen (30 events: 2,000 px), and its days were named only under the last row, out of
    sight of the first rows. An axis drawn only for its labels, tied to the bottom one."""
    bottom = fig.layout.xaxis
    fig.update_layout(xaxis2={
        "overlaying": "x", "side": "top", "matches": "x", "range": bottom.range, "tickvals": bottom.tickvals,
        "ticktext": bottom.ticktext, "tickformat": bottom.tickformat, "showgrid": False, "ticks": "",
    })
    # an axis is drawn with a trace on it: one point of a line draws nothing
    fig.add_scatter(x=[bottom.range[0]], y=[0], xaxis="x2", mode="lines", showlegend=False, hoverinfo="skip")


def article_marks(shown: pd.DataFrame, group_col: str = "outlet") -> pd.DataFrame:
    """The marks of the mentions ``shown`` (in drawing order): one per article, date and colour group of an event.
    An article that tells its event in several sentences drew a mark for each, so a row labelled "(2 articles)"
    showed five marks under a subtitle that says each mark is one article (a wire's story and its
    reprint, each telling the plunge three times); a second date the article gives keeps its own mark. The first
    sentence of each stands for the article in the hover."""
    return shown.drop_duplicates(["event_id", "doc_id", "date_start", "date_end", group_col])


def y_title(rows: int) -> str:
    """The vertical axis's title for a plot of ``rows`` events: :data:`Y_TITLE` where the plot is as tall as the title
    is long, else :data:`Y_TITLE_SHORT` (each event label says its number of articles anyway)."""
    return Y_TITLE if ROW_PX * rows + PLOT_EXTRA_PX >= TITLE_CHAR_PX * len(Y_TITLE) else Y_TITLE_SHORT


def window_events(mentions: pd.DataFrame, window: tuple[date, date]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The mentions to draw and the events they belong to (:func:`event_items` of every mention, so with the label,
    the outlets and the article count the page's table of the window gives): the events the table lists in the
    window (an event is in it by its most precise mention), and of them the mentions dated inside the window. An
    event is never drawn beside the table's "Outside the window" because one vaguer mention reaches into the window,
    nor with a smaller count than the table's because another article dates it to a span too long to draw."""
    inside = in_window(mentions, window)
    # every mention of the events with one inside (the table's events of the window are among them): a large
    # corpus's other events are not grouped on every draw
    near = mentions.loc[mentions["event_id"].isin(set(mentions.loc[inside, "event_id"]))]
    items = event_items(near, window)
    items = items.loc[items["in_window"].astype(bool)].reset_index(drop=True)
    shown = mentions.loc[inside & mentions["event_id"].isin(set(items["event_id"]))]
    return shown, items


def render_timeline_chart(
    mentions: pd.DataFrame,
    view: Corpus,
    window: tuple[date, date] | None,
    subtitle: str | None = None,
    colour_by: Literal["outlet", "entity"] = "outlet",
    chosen: bool = False,
    colours: dict[str, str] | None = None,
    max_events: int = MAX_EVENTS,
) -> ChartResult:
    """Draw the events of ``mentions`` (columns of :data:`analysis.timeline.MENTION_COLUMNS`, already narrowed
    to ``view``) that fall in ``window``, coloured by outlet or by entity (then ``mentions`` needs the ``entity``
    column of :func:`analysis.timeline.attach_entities`). ``chosen`` says the reader picked ``window`` (else it is the
    corpus's default window, and the title says why those days). ``colours``: one colour per outlet over the whole
    corpus (:func:`analysis.charts.outlet_colours`), so an outlet has its colour of every other chart; without
    it, or coloured by entity, the palette's order. At most ``max_events`` rows are drawn: the events reported by
    the most articles (ties: the most narrowly dated, then the earliest), in date order. ``data`` holds one row per
    mention of the events drawn (every sentence; a mark stands for an article's sentences of one date:
    :func:`article_marks`)."""
    source = source_line(view.docs, "published")
    empty_data = pd.DataFrame(columns=DATA_COLUMNS)
    if mentions.empty or window is None:
        fig = empty_figure(
            TITLE,
            "No sentence in this selection carries a date that can be resolved.<br>Clear the filters, or add articles "
            "with a publication date (manifest column 'published') that say when things happened.",
            source,
        )
        return ChartResult(SLUG, TITLE, fig, empty_data)
    shown, items = window_events(mentions, window)
    lo, hi = window
    if shown.empty:
        fig = empty_figure(
            TITLE,
            f"No dated event in {day_span(lo, hi)} in this selection.<br>"
            "Move the window with the date range control, or clear the outlet filter.",
            source,
        )
        return ChartResult(SLUG, TITLE, fig, empty_data)
    left_out = max(0, len(items) - max_events)
    if left_out:
        top = drawn_first(items).head(max_events)
        items = items.loc[items["event_id"].isin(set(top["event_id"]))].reset_index(drop=True)
        shown = shown.loc[shown["event_id"].isin(set(items["event_id"]))]
    order = list(items["event_id"])
    row_of = {eid: len(order) - 1 - i for i, eid in enumerate(order)}  # earliest at the top
    outlets_by_event = dict(zip(items["event_id"], items["outlets"]))
    order_col = "entity" if colour_by == "entity" and "entity" in shown.columns else "outlet"
    shown = shown.assign(yrow=shown["event_id"].map(row_of)).sort_values(["yrow", order_col, "outlet", "doc_id", "sent_id"])
    marks = article_marks(shown, order_col)
    n_inyrow = marks.groupby("event_id")["doc_id"].transform("size")
    k_inyrow = marks.groupby("event_id").cumcount()
    step = (ROW_SPREAD / n_inyrow.clip(lower=2)).clip(upper=0.2)  # all marks of a row within its band
    marks = marks.assign(ypos=marks["yrow"] + (k_inyrow - (n_inyrow - 1) / 2) * step)
    fig = go.Figure()
    group_col = order_col
    # past MAX_OUTLETS names, the outlets without a colour of their own (the entities named least) share one entry
    groups = outlet_groups(shown[group_col], keep=list(colours) if colours is not None and group_col == "outlet" else None)
    other = OTHER_OUTLETS if group_col == "outlet" else OTHER_ENTITIES
    shown = shown.assign(_group=shown[group_col].astype(str).map(groups).replace(OTHER_OUTLETS, other))
    marks = marks.assign(_group=marks[group_col].astype(str).map(groups).replace(OTHER_OUTLETS, other))
    # entities: each named one a colour of the outlets' palette (as many as groups drawn), the greys for the rest
    named = [g for g in sorted(set(marks["_group"])) if g not in NEUTRAL_COLOURS]
    entity_colours = {g: OUTLET_PALETTE[i % len(OUTLET_PALETTE)] for i, g in enumerate(named)} | NEUTRAL_COLOURS
    for n, (group, part) in enumerate(marks.groupby("_group", sort=True)):
        colour = (outlet_colour(group, colours) if colours is not None and group_col == "outlet"
                  else entity_colours.get(str(group), OTHER_COLOUR) if group_col == "entity"
                  else config.QUALITATIVE_PALETTE[n % len(config.QUALITATIVE_PALETTE)])
        name = chart_text(str(group))
        points = part.loc[part["precision"] == "day"]
        spans = part.loc[part["precision"] != "day"]
        if not spans.empty:
            xs: list[object] = []
            ys: list[object] = []
            data: list[list[str]] = []
            for row, hover in zip(spans.itertuples(), _hover_rows(spans, outlets_by_event)):
                xs += [datetime.combine(row.date_start, time()), datetime.combine(row.date_end + timedelta(days=1), time()), None]
                ys += [row.ypos, row.ypos, None]
                data += [hover, hover, hover]
            fig.add_scatter(
                x=xs, y=ys, mode="lines", name=name, legendgroup=name, showlegend=False, customdata=data,
                line={"color": colour, "width": 9}, opacity=0.7, hovertemplate=_HOVER,
            )
            # the outlet's symbol (hollow) in the middle of each interval: tells outlets apart in greyscale print
            mids = [datetime.combine(r.date_start, time()) + (datetime.combine(r.date_end + timedelta(days=1), time())
                    - datetime.combine(r.date_start, time())) / 2 for r in spans.itertuples()]
            fig.add_scatter(
                x=mids, y=spans["ypos"], mode="markers", name=name, legendgroup=name, showlegend=points.empty,
                customdata=_hover_rows(spans, outlets_by_event), hovertemplate=_HOVER,
                marker={"color": "white", "size": 11, "symbol": OUTLET_SYMBOLS[n % len(OUTLET_SYMBOLS)],
                        "line": {"color": colour, "width": 2.5}},
            )
        if not points.empty:
            xs, ys, data = [], [], []
            for row, hover in zip(points.itertuples(), _hover_rows(points, outlets_by_event)):
                xs += [datetime.combine(row.date_start, time()), datetime.combine(row.date_start + timedelta(days=1), time()), None]
                ys += [row.ypos, row.ypos, None]
                data += [hover, hover, hover]
            fig.add_scatter(  # the day the event happened, from its first to its last hour
                x=xs, y=ys, mode="lines", name=name, legendgroup=name, showlegend=False, customdata=data,
                line={"color": colour, "width": 9}, opacity=0.35, hovertemplate=_HOVER,
            )
            fig.add_scatter(
                x=[datetime.combine(d, time(12)) for d in points["date_start"]], y=points["ypos"], mode="markers",
                name=name, legendgroup=name, customdata=_hover_rows(points, outlets_by_event),
                marker={"color": colour, "size": 13, "symbol": OUTLET_SYMBOLS[n % len(OUTLET_SYMBOLS)], "line": {"color": "#222", "width": 1}},
                hovertemplate=_HOVER,
            )
    labels = [
        _wrap_label(f"{r.event} ({r.n_sources}\u00a0article{'s' if r.n_sources != 1 else ''})")  # count kept whole
        for r in items.itertuples()
    ]
    fig.update_yaxes(
        tickvals=[row_of[e] for e in order], ticktext=labels, range=[-0.5, len(order) - 0.5], showgrid=False,
        zeroline=False, minor={"tickvals": [r + 0.5 for r in range(-1, len(order))], "showgrid": True,
                               "gridcolor": "#d9d9d9", "ticks": ""},
    )
    span_days = (hi - lo).days + 1
    midnights = [datetime.combine(lo + timedelta(days=n), time()) for n in range(span_days + 1)]
    if span_days <= DAY_TICKS_MAX:  # one label per day, in the middle of its day; day boundaries as grid lines
        noons = [m + timedelta(hours=12) for m in midnights[:-1]]
        fig.update_xaxes(tickvals=noons, ticktext=[f"{m:%a}<br>{m.day} {m:%b}" for m in noons], showgrid=False,
                         minor={"tickvals": midnights, "showgrid": True, "gridcolor": "#d9d9d9", "ticks": ""})
    else:
        fig.update_xaxes(tickformat="%d %b %Y", showgrid=True, gridcolor="#eeeeee")
    fig.update_xaxes(range=[midnights[0] - timedelta(hours=3), midnights[-1] + timedelta(hours=3)])
    precision_note = MARKS_NOTE
    top_note = (f"The {len(order)} events reported by the most articles; {plural(left_out, 'smaller event')} of the "
                "window not drawn") if left_out else None
    first_line = " · ".join(p for p in (subtitle, top_note) if p)
    # the legend under the title and its subtitle lines, placed in the figure's pixels: plotly then moves the plot
    # down below the legend's last row, however many rows it wraps into; the figure is made taller by the rows
    # expected, so the events keep their room
    subtitle_text = "\n".join(p for p in (first_line, precision_note) if p)
    legend_top = 30 + 23 * len(subtitle_lines(subtitle_text))
    legend_title = group_col.title()
    entries = sorted(str(g) for g in shown["_group"].unique())
    top = legend_top + LEGEND_ROW_PX + 12 + (TOP_AXIS_PX if len(order) > TOP_AXIS_ROWS else 0)
    height = top + LEGEND_ROW_PX * (legend_rows(entries, LEGEND_WRAP_PX, legend_title) - 1) + 130 + PLOT_EXTRA_PX
    height += ROW_PX * len(order)
    finish_figure(
        fig,
        title=window_title(window, chosen),
        subtitle=subtitle_text,
        source=source,
        x_title="Day of the event",
        y_title=y_title(len(order)),
        height=height,
    )
    # the title 14 px from the top and the legend right under its subtitle, whatever the height (shares of a tall
    # figure put them into each other)
    fig.update_layout(
        title_y=1 - 14 / height,
        margin={"l": 40, "r": 30, "t": top},
        legend={"title": {"text": legend_title}, "orientation": "h", "xref": "container", "x": 0, "xanchor": "left",
                "yref": "container", "y": 1 - legend_top / height, "yanchor": "top"},
        hovermode="closest",
    )
    if len(order) > TOP_AXIS_ROWS:
        _days_on_top(fig)
    fig.update_yaxes(automargin=True, title_standoff=12)
    fig.update_xaxes(automargin=True)
    data = shown.loc[:, DATA_COLUMNS + (["entity"] if group_col == "entity" else [])].sort_values(["date_start", "event_id", "outlet", "doc_id"]).reset_index(drop=True)
    caption = (
        f"{plural(len(order), 'event')} from {plural(shown['doc_id'].nunique(), 'article')} in {day_span(lo, hi)}"
        + (f" (the {len(order)} reported by the most articles of {len(order) + left_out}; the table below lists every "
           "event of the window)" if left_out else "")
        + ". Hover a mark for the sentence and how its date was worked out."
    )
    return ChartResult(SLUG, TITLE, fig, data, caption, days=window)


def selected_event_ids(selection: object) -> list[str]:
    """Event ids of the marks picked in a Streamlit plotly selection state (``customdata[7]`` of each point)."""
    try:
        points = selection["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError, IndexError):
        return []
    ids: list[str] = []
    for point in points or []:
        data = point.get("customdata") if isinstance(point, dict) else None
        if isinstance(data, (list, tuple)) and len(data) > 7 and str(data[7]) not in ids:
            ids.append(str(data[7]))
    return ids
