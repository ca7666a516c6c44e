"""Market reaction: the share and index moves the articles report, beside the actual closes of a reference file."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from analysis.charts import plural
from analysis.errors import BadInputFile
from analysis.market.compare import (
    compare_csv,
    compare_display,
    corpus_looks,
    discrepancies,
    discrepancy_display,
    render_index_chart,
    render_market_chart,
    reported_vs_actual,
)
from analysis.market.moves import spans_sessions
from analysis.market.reference import (
    REFERENCE_SUBDIR,
    SHIPPED_REFERENCE,
    load_reference,
    parse_reference_csv,
    uploaded_reference_files,
)
from analysis.report.bundle import csv_bytes
from analysis.storage import atomic_write
from ui.charts import show_chart, table_file_name
from ui.corpus import add_folder
from ui.links import bound_choice
from ui.market_pick import bar_moves, clicked_bar, drawn_bars, linked_bar
from ui.markup import escape_markdown
from ui.page import open_page, what_to_do
from ui.tables import page_foot, paged, row_height

#: Column widths (px) so that no column is cut at a 1400 px window, and rows as tall as the page's longest cell (a
#: company's long name, a sentence) so no text is cut; the sentence sits in the CSV and the bar's detail.
WIDTHS = {"Company": 150, "Outlet": 135, "Session": 110, "Reported": 105, "Actual": 115, "Verdict": 95, "Why": 215,
          "Wording": 120, "Sentence": 410}
TABLE_COLUMNS = {name: st.column_config.TextColumn(width=w) for name, w in WIDTHS.items()}


def show_table(rows: pd.DataFrame) -> None:
    """One page of a table of moves, every cell's text whole."""
    st.dataframe(rows, hide_index=True, width="stretch", height="content", row_height=row_height(rows, WIDTHS),
                 column_config=TABLE_COLUMNS)

sel = open_page(
    "Market reaction",
    "Share and index moves as the articles report them (\"Nvidia fell 16.9%\"), each with the sentence behind it, "
    "compared with the actual close-to-close move in a reference price file.",
    stop_when_filtered_out=False,
    needs=("moves",),
)
view = sel.view
root = add_folder()

with st.expander("Reference prices", icon=":material/table_chart:"):
    uploaded = uploaded_reference_files(root)
    st.markdown(
        f"In use: the shipped file `{SHIPPED_REFERENCE.name}`"
        + (f" plus {plural(len(uploaded), 'uploaded file')}: " + ", ".join(escape_markdown(p.name) for p in uploaded) if uploaded else "")
        + ". Uploaded rows win for the same ticker and date."
    )
    file = st.file_uploader(
        "Add a reference CSV (same columns as the shipped file, or just date, ticker, close)", type=["csv"],
        key=f"ref_upload_{st.session_state.get('_ref_gen', 0)}",
    )
    if file is not None and st.session_state.get("_ref_saved") != (file.name, file.size):
        data = file.getvalue()
        try:
            parsed = parse_reference_csv(data, file.name)
        except BadInputFile as exc:
            st.error(f"Not used: {escape_markdown(exc)}.")
        else:
            safe = re.sub(r"[^\w.\-]", "_", file.name).lstrip(".") or "reference.csv"
            atomic_write(root / REFERENCE_SUBDIR / (safe if safe.lower().endswith(".csv") else f"{safe}.csv"), data)
            st.session_state["_ref_saved"] = (file.name, file.size)
            st.success(f"Saved {escape_markdown(file.name)}: {len(parsed)} closes for {plural(parsed['ticker'].nunique(), 'ticker')}.")
            st.rerun()
    if uploaded and st.button("Remove uploaded reference files", icon=":material/delete:"):
        for path in uploaded:
            path.unlink(missing_ok=True)
        st.session_state.pop("_ref_saved", None)
        st.session_state["_ref_gen"] = st.session_state.get("_ref_gen", 0) + 1  # empties the uploader
        st.rerun()

reference, problems = load_reference(root=root)
for problem in problems:
    st.warning(f"Reference file not used: {escape_markdown(problem)}")

if sel.analysis.moves.empty:
    st.info(
        "No share or index moves found in these articles. Storytrace reads sentences such as \"Nvidia fell 17% on "
        "Monday\" or \"Oracle and Cisco slipped 14% and 5%\": add market reports on the *Add articles* page."
    )
    st.stop()
moves = sel.moves()
compare = reported_vs_actual(moves, reference)

left, right = st.columns(2)
SPANS = {"session": "One session", "multi-day": "Several days or year to date"}
bound_choice("market_span", SPANS, SPANS.get)  # a typed link may name the value ("?market_span=multi-day")
bound_choice("market_colour", ["sector", "region"], str.capitalize)
span = left.radio(
    "Moves", list(SPANS), horizontal=True, key="market_span", bind="query-params", format_func=SPANS.get,
    help="One session: the day's move, intraday and premarket included, compared with the reference close. "
    "Several days or year to date: moves over the period the article names (\"up 40% this year\").",
)
colour_by = right.radio("Colour bars by", ["sector", "region"], horizontal=True, format_func=str.capitalize, key="market_colour", bind="query-params")
market = render_market_chart(compare, view.docs, sel.filters.describe(), colour_by=colour_by, span=span,
                             colours=sel.analysis.outlet_colours, looks=corpus_looks(sel.analysis.moves, colour_by))
event = None
if market.data.empty:  # no empty chart: say what is missing instead
    shares = compare["kind"].eq("share")
    # the moves of the other view: "No share moves" above a table of four reported moves read as a contradiction
    other = int((shares & (spans_sessions(compare) if span == "session" else ~spans_sessions(compare))).sum())
    if other and span == "session":
        st.info(f"No one-session share moves in this selection, but {plural(other, 'move')} over several days or "
                "the year to date: choose *Several days or year to date* above.")
    elif other:
        st.info(f"No multi-day or year-to-date share moves in this selection, but {plural(other, 'one-session move')}"
                ": choose *One session* above.")
    else:
        st.info(
            "No multi-day or year-to-date share moves in this selection." if span == "multi-day" else
            f"No share moves in this selection: {what_to_do(sel.filters, 'add articles that report market moves')}."
        )
else:
    event = show_chart(market, sel, key="market_chart" if span == "session" else "market_multi_day_chart",
                       on_select="rerun", selection_mode="points", variant=("by-region" if colour_by == "region" else "",))
for note in market.notes:
    st.caption("⚑ " + escape_markdown(note))

points = [p for p in (event.selection.points if event and event.selection else []) if p.get("customdata")]
clicked = clicked_bar(points[0], market.figure) if points else None
# the bar picked is in the link ("?market_bar=Ardmoor Foods · 26 Sep"), so a copied address lists its moves
picked = linked_bar(clicked, drawn_bars(market.figure), span) if event is not None else None
if picked:
    company, bar = picked
    # the moves of the bar clicked (its session or period), not every move of the company
    rows, when = bar_moves(market.data, company, bar)
    st.markdown(f"**What the articles say about {escape_markdown(company)}"
                + (f" ({escape_markdown(when)})" if when else "") + "**")
    # as the table below: no reference close for any of them says nothing twice per row, and leaves the sentence
    # its room (it was cut at the right edge)
    unknown = ["Actual", "Verdict"] if rows["verdict"].eq("no reference").all() else []
    detail = paged(compare_display(rows).drop(columns=["Company", "Why", *unknown]),
                   "market_detail", noun="reported move", in_link=False)  # one list per pick: its page is not
    show_table(detail.rows)
    page_foot(detail)

index_chart = render_index_chart(compare, view.docs, sel.filters.describe())
index_over_days = int((compare["kind"].eq("index") & spans_sessions(compare)).sum())
if span == "multi-day":  # the chart is of one session's index moves: drawn under "Several days" it said the opposite
    st.caption("Index, ETF, currency and commodity moves are charted for one session only: choose *One session* "
               "above" + (f"; {plural(index_over_days, 'index move')} over several days "
                          f"{'is' if index_over_days == 1 else 'are'} listed under *Reported vs actual* below."
                          if index_over_days else "."))
elif index_chart.data.empty and index_over_days:
    st.caption(f"No index, ETF, currency or commodity moves of one session are reported in this selection, so there "
               f"is no chart of them; {plural(index_over_days, 'index move')} over several days: choose *Several "
               "days or year to date* above.")
elif index_chart.data.empty:
    st.caption("No index, ETF, currency or commodity moves are reported in this selection, so there is no chart of them.")
else:
    show_chart(index_chart, sel, key="market_index_chart")

st.subheader("Reported vs actual")
# the table follows the "Moves" choice above, as the chart does (it listed the moves of both)
in_span = spans_sessions(compare) if span == "multi-day" else ~spans_sessions(compare)
listed, others = compare.loc[in_span], int((~in_span).sum())
other_view = "*One session*" if span == "multi-day" else "*Several days or year to date*"
these, those = (("multi-day or year-to-date", "of one session") if span == "multi-day" else
                ("one-session", "over several days or the year to date"))
if compare.empty:
    st.info(f"No reported moves in this selection: "
            f"{what_to_do(sel.filters, 'add articles that report market moves')}.")
elif listed.empty:
    st.info(f"No {these} moves reported in this selection, but {plural(others, 'move')} {those}: choose {other_view} "
            "above.")
else:
    if others:
        st.caption(f"The {these} moves, as chosen under *Moves* above; {plural(others, 'other move')} {those} "
                   f"{'is' if others == 1 else 'are'} under {other_view}.")
    shown = compare_display(listed)
    if listed["verdict"].eq("no reference").all():  # said once, not in three columns of every row
        st.caption("No reference close for any of these companies and sessions, so no actual move to compare: add a "
                   "reference CSV under *Reference prices* above. Each row is one sentence's figure.")
        # the room of the three shows each move's sentence: without it, two sentences of one outlet giving one
        # figure for one session read as a row printed twice
        shown = shown.drop(columns=["Actual", "Verdict", "Why"])
    else:
        shown = shown.drop(columns=["Sentence"])
    table_page = paged(shown, "market_table", noun="reported move")
    show_table(table_page.rows)
    page_foot(table_page)
    st.download_button(
        "Reported vs actual (CSV)", compare_csv(listed),
        file_name=table_file_name("reported-vs-actual", sel, ("multi-day" if span == "multi-day" else "",)),
        mime="text/csv", icon=":material/download:",
    )

st.subheader("Where outlets disagree")
gaps = discrepancies(moves)
if gaps.empty and view.docs["outlet"].nunique() < 2:
    more = "add other outlets' reports of the same sessions"
    st.info(f"Only one outlet in this selection, so no outlets' figures to set against each other: "
            f"{what_to_do(sel.filters, more)}.")
elif gaps.empty:
    st.info(
        "No discrepancies: no company and session is reported with different figures by different outlets in this "
        "selection. Add more outlets' reports of the same session to compare them."
    )
else:
    if span == "multi-day":  # the choice above did not narrow this table: say what it holds
        st.caption("Figures of one session, whatever *Moves* above shows: one company's moves over several days "
                   "seldom name the same period in two outlets.")
    gap_rows = paged(discrepancy_display(gaps), "market_gaps", noun="reported figure")
    show_table(gap_rows.rows)
    page_foot(gap_rows)
    # the table on screen, named and shaped as the report's evidence file of it
    st.download_button("Where outlets disagree (CSV)", lambda: csv_bytes(discrepancy_display(gaps)), on_click="ignore",
                       mime="text/csv", file_name=table_file_name("move-discrepancies", sel), key="market_gaps_csv",
                       icon=":material/download:")
