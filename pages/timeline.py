"""Timeline: dated events found in the articles, merged across outlets, in an adjustable window."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from analysis.charts import day_span, plural
from analysis.timeline.chart import render_timeline_chart, selected_event_ids, selection_window
from analysis.report.bundle import csv_bytes
from analysis.timeline.events import (
    ITEM_COLUMNS,
    attach_entities,
    event_display,
    event_items,
    selected_mentions_display,
    timeline_table,
    wording_display,
)
from analysis.timeline.timexes import timex_display, timex_table
from ui.charts import show_chart, table_file_name
from ui.event_link import drawn_events, linked_events
from ui.filters import request_filter
from ui.links import bound_choice, open_for_link
from ui.page import open_page, what_to_do
from ui.tables import clip_cells, page_foot, paged, row_height

sel = open_page(
    "Timeline",
    "Every sentence that says when something happened (\"on January 20\", \"Monday's trading\", \"days after the "
    "announcement\"), dated against the article's publication date, and every share move on its trading session. The "
    "same event told by several articles is one row.",
    needs=("timeline", "undated", "timexes"),
)


#: The event tables' text columns (px), which fit a 1400 px window beside "Articles"; rows as tall as the longest
#: cell of the page (the outlets of an event told by six, its sentence), so no text is cut.
EVENT_WIDTHS = {"When": 115, "Event": 200, "Reported by": 165, "Sentence (first article)": 335, "Id": 50}
#: The picked event's wording (px): its sentences and how each was dated were cut at the table's right edge.
PICKED_WIDTHS = {"Id": 50, "Outlet": 130, "Expression": 120, "Sentence": 380, "How it was dated": 245}
#: The Dates tab's columns (px), which fit a 1400 px window (its last three columns were off the right edge and a
#: sentence of five lines was cut at a fixed row height of four); rows as tall as the page's longest cell, at most
#: :data:`DATES_LINES` lines (a longer sentence ends in "…"; the CSV keeps it whole).
DATES_WIDTHS = {"Expression": 100, "Sentence": 290, "Value": 80, "Type": 55, "Covers": 95, "Resolved against": 110,
                "Outlet": 95, "Article": 100}
DATES_LINES = 10
#: Every article's wording, in its expander (px): the sentence was cut, "How it was dated" and "In window" were off
#: the right edge.
WORDING_WIDTHS = {"Id": 50, "Outlet": 105, "Date": 95, "Precision": 65, "Expression": 95, "Sentence": 250,
                  "How it was dated": 150}
#: The window the control last opened on (:func:`follow_default`).
_LAST_DEFAULT = "_timeline_default_window"
EVENT_TABLE = {
    "hide_index": True, "width": "stretch", "height": "content",
    "column_config": {c: st.column_config.TextColumn(width=w) for c, w in EVENT_WIDTHS.items()}
    | {"Articles": st.column_config.NumberColumn(width=60)},
}


def show_events(events: pd.DataFrame, key: str, label: str, slug: str, window: tuple[date, date],
                flag_far_out: bool = False) -> None:
    """One page of :func:`event_display` of ``events`` (rows of :func:`event_items`), paged under ``key``, and
    every row of it saved as ``label`` (CSV, :data:`ITEM_COLUMNS`), named ``slug`` and the window's days: the
    events had no file of their own (the chart's CSV holds the 30 it draws)."""
    page = paged(event_display(events, flag_far_out=flag_far_out), key, noun="event")
    st.dataframe(page.rows, row_height=row_height(page.rows, EVENT_WIDTHS), **EVENT_TABLE)
    page_foot(page)
    st.download_button(label, lambda: csv_bytes(events.loc[:, ITEM_COLUMNS]), on_click="ignore", mime="text/csv",
                       file_name=table_file_name(slug, sel, days=window), key=f"{key}_csv",
                       icon=":material/download:")


def dates_tab() -> None:
    """Every temporal expression of the selection with its TIMEX3 value, marked in its sentence."""
    timexes = sel.timexes()
    if timexes.empty:
        st.info("No temporal expression in the selected articles.")
        return
    st.caption(
        f"{plural(len(timexes), 'temporal expression')} in {plural(timexes['doc_id'].nunique(), 'article')}, each resolved to a "
        "TIMEX3 value (a day, week, month, quarter, season, duration, or a vague reference such as PRESENT_REF) "
        "against the article's publication date or a date the text stated before it. The expression is marked "
        "⟦like this⟧ in its sentence."
    )
    shown = paged(timex_display(timexes), "tl_dates", noun="temporal expression")
    rows = clip_cells(shown.rows, DATES_WIDTHS, most=DATES_LINES)
    st.dataframe(rows, hide_index=True, width="stretch", height="content",
                 row_height=row_height(rows, DATES_WIDTHS, least=65, most=DATES_LINES),
                 column_config={c: st.column_config.TextColumn(width=w) for c, w in DATES_WIDTHS.items()})
    page_foot(shown)
    # the rows of `python -m analysis timex`, under the selection's days
    st.download_button("Temporal expressions (CSV)", lambda: csv_bytes(timex_table(timexes)), on_click="ignore",
                       mime="text/csv", file_name=table_file_name("dates", sel), key="tl_dates_csv",
                       icon=":material/download:")


def follow_default(default: tuple[date, date]) -> None:
    """Open the window control on ``default`` (:func:`selection_window`), and move it with the default while the
    reader has not picked a window: a widget keeps its first value, so a date filter set after the Timeline was
    opened left the window on the days of the previous selection. A window in the link wins (a shared view)."""
    last = st.session_state.get(_LAST_DEFAULT)
    current = st.session_state.get("timeline_window")
    if current is None or (tuple(current) == last and last != default):
        st.session_state["timeline_window"] = default
    st.session_state[_LAST_DEFAULT] = default


def events_tab() -> None:
    """The chart of the window and the event tables."""
    mentions = sel.analysis.timeline
    window = sel.analysis.window
    shown_mentions = sel.timeline()
    if mentions.empty or window is None:
        st.info(
            "No sentence in the corpus carries a date that can be resolved to a day, week or month. Add articles with "
            "a publication date (manifest column `published`) on the *Add articles* page."
        )
        return

    default = selection_window(shown_mentions, window, sel.filters.is_active)
    follow_default(default)
    # the control's range holds every dated event, the default and the window already picked
    all_dates = pd.concat([mentions["date_start"], mentions["date_end"]])
    ends = [*default, *(d for d in st.session_state.get("timeline_window") or () if isinstance(d, date))]
    lo_all, hi_all = min(all_dates.min(), *ends), max(all_dates.max(), *ends)
    picked = st.date_input(
        "Timeline window",
        min_value=lo_all,
        max_value=hi_all,
        key="timeline_window",
        bind="query-params",  # a shared link opens the same window
        help=f"Defaults to the busiest {(default[1] - default[0]).days + 1} days of "
        f"{'the articles the filters keep' if sel.filters.is_active else 'the corpus'}: {day_span(*default)}.",
    )
    window = default
    if isinstance(picked, (tuple, list)) and len(picked) == 2:
        window = (picked[0], picked[1])

    colour_by = "outlet"
    bound_choice("timeline_colour", ["Outlet", "Entity"])  # "?timeline_colour=entity" too
    label = st.radio("Colour by", ["Outlet", "Entity"], horizontal=True, key="timeline_colour", bind="query-params")
    if label == "Entity":
        colour_by = "entity"
        shown_mentions = attach_entities(shown_mentions, sel.analysis.entity_mentions)
    chart = render_timeline_chart(shown_mentions, sel.view, window, sel.filters.describe(), colour_by=colour_by,
                                  chosen=window != default, colours=sel.analysis.outlet_colours)
    chosen = show_chart(chart, sel, key="timeline_chart", on_select="rerun", selection_mode="points",
                        variant=("by-entity" if colour_by == "entity" else "",))
    # the events picked are in the link by a name that outlives their ids ("?tl_event=2031-09-26 · … · a1.txt")
    picked_ids = (linked_events(selected_event_ids(chosen), shown_mentions, drawn_events(chart.figure))
                  if chosen is not None else [])
    if picked_ids:
        picked = shown_mentions.loc[shown_mentions["event_id"].isin(picked_ids)]
        st.markdown(f"**Selected event{'s' if len(picked_ids) > 1 else ''} — every article's wording** "
                    f"({plural(len(picked), 'mention')})")
        wording = selected_mentions_display(picked)
        st.dataframe(wording, hide_index=True, width="stretch", height="content",
                     row_height=row_height(wording, PICKED_WIDTHS),
                     column_config={c: st.column_config.TextColumn(width=w) for c, w in PICKED_WIDTHS.items()})
        outlets = sorted(set(picked["outlet"]))
        if st.button(f"Show only {', '.join(outlets)} on every page", key="timeline_filter_outlets"):
            request_filter(outlets=outlets)
            st.rerun()

    items = event_items(shown_mentions, window)
    inside = items.loc[items["in_window"]]
    outside = items.loc[~items["in_window"]]

    st.subheader(f"Events of {day_span(*window)}")
    if inside.empty:
        st.info(f"No dated event in this window: {what_to_do(sel.filters, 'move the window above')}.")
    else:
        show_events(inside, "tl_events", f"Events of {day_span(*window)} (CSV)", "timeline-events", window)

    # open or closed, in the link as its table's page is ("?tl_wording_open=true&tl_wording_page=2")
    open_for_link("tl_wording_open", "true", ["tl_wording"])  # "?tl_wording_page=2" alone opens it too
    with st.expander("Every article's wording and how its date was worked out", key="tl_wording_open",
                     bind="query-params"):
        wording = paged(wording_display(shown_mentions, window), "tl_wording", noun="mention")
        rows = clip_cells(wording.rows, WORDING_WIDTHS, most=DATES_LINES)
        st.dataframe(rows, hide_index=True, width="stretch", height="content",
                     row_height=row_height(rows, WORDING_WIDTHS, least=65, most=DATES_LINES),
                     column_config={c: st.column_config.TextColumn(width=w) for c, w in WORDING_WIDTHS.items()}
                     | {"In window": st.column_config.CheckboxColumn(width=60)})
        page_foot(wording)
        # the rows of `python -m analysis timeline` with this window
        st.download_button("Every article's wording (CSV)", lambda: csv_bytes(timeline_table(shown_mentions, window)),
                           on_click="ignore", mime="text/csv", key="tl_wording_csv", icon=":material/download:",
                           file_name=table_file_name("timeline-mentions", sel, days=window))

    st.subheader("Outside the window")
    if outside.empty:
        st.caption("Every dated event of this selection is inside the window.")
    else:
        st.caption("Events dated before or after the window, or only to a month, are listed here and not drawn.")
        show_events(outside, "tl_outside", "Events outside the window (CSV)", "timeline-events-outside", window,
                    flag_far_out=True)

    undated = sel.undated()
    if not undated.empty:
        in_articles = plural(undated["doc_id"].nunique(), "article")
        open_for_link("tl_undated_open", "true", ["tl_undated"])
        with st.expander(f"{plural(len(undated), 'time expression')} in {in_articles} could not be dated",
                         key="tl_undated_open", bind="query-params"):
            st.caption(
                "These articles give no publication date and state no full date before the expression. Add the date in "
                "the manifest (`published`, or `published_earliest` when only a lower bound is known) to place them."
            )
            table = undated.rename(columns={"doc_id": "Article", "outlet": "Outlet", "expression": "Expression", "reason": "Why"})
            listed = paged(table, "tl_undated", noun="expression")
            st.dataframe(listed.rows, hide_index=True, width="stretch", height="content")
            page_foot(listed)


# the open tab is in the link ("?tl_tab=Dates"): a link copied on the Dates tab opened the Events tab; both tabs run
# (the window and the tables keep their state while the other tab is open)
open_for_link("tl_tab", "Dates", ["tl_dates"])  # "?tl_dates_page=2" alone: the page of the Dates tab's table
events, dates = st.tabs(["Events", "Dates"], key="tl_tab", bind="query-params")
with events:
    events_tab()
with dates:
    dates_tab()
