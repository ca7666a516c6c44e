"""Entities: who and what the coverage mentions, by outlet; choosing an entity filters every page."""

from __future__ import annotations

import streamlit as st

from analysis.charts import plural
from analysis.entities.chart import entity_summary, render_entity_heatmap
from analysis.entities.edits import save_edit
from ui.charts import show_chart, table_file_name
from ui.corpus import edits_folder
from ui.filters import request_filter
from ui.links import bound_choice
from ui.page import open_page, what_to_do
from ui.tables import clip_cells, page_foot, paged, row_height

TYPES = ["PERSON", "ORG", "PLACE", "PRODUCT", "INDEX", "OTHER"]

sel = open_page(
    "Entities",
    "People, organisations, places and products found in the cleaned text (headline and body), typed from the "
    "evidence of every mention. Spellings of one name are merged (\"LeCun\", \"Yann Lecun\"); photo and wire "
    "credits are left out. Merge or rename an entity below: the edit is saved beside the corpus.",
    needs=("entity_mentions",),
)

mentions = sel.analysis.entity_mentions
view, state = sel.view, sel.filters
left, right = st.columns([3, 1])
bound_choice("ent_types", TYPES, many=True)  # "?ent_types=person" too
types = left.multiselect("Types", TYPES, default=[], placeholder="All types", key="ent_types", bind="query-params")
top = right.slider("Entities shown", 5, 60, 25, step=5, key="ent_top", bind="query-params")
summary = entity_summary(mentions, view.docs)
if types and not summary.empty and not summary["type"].isin(types).any():
    # the chart's own notice blamed the entity and outlet filters, and the table's repeated it below
    others = sorted(set(summary["type"]))
    st.info(f"No entity of the type{'s' if len(types) > 1 else ''} {' or '.join(types)} in this selection (it names "
            f"{plural(len(summary), 'entity', 'entities')} of the type{'s' if len(others) > 1 else ''} "
            f"{', '.join(others)}): "
            f"{what_to_do(state, 'choose other *Types* above', page_first=True)}.")
    st.stop()
chart = render_entity_heatmap(mentions, view, subtitle=state.describe(), top=top, types=tuple(types),
                              colours=sel.analysis.outlet_colours)
# the page's choices name the files: a heatmap of the people and one of every type were saved under one name
chosen = tuple(t.lower() for t in types)
event = show_chart(chart, sel, key="entity-heatmap", on_select="rerun", selection_mode="points",
                   variant=(*chosen, f"top-{top}" if top != 25 else ""))

points = (event or {}).get("selection", {}).get("points", []) if event else []
if points and not chart.data.empty:
    custom = points[0].get("customdata") or []
    wanted = str(custom[3]) if len(custom) > 3 else None  # the raw entity name the chart put on the cell
    if wanted and wanted not in state.entities:
        request_filter(entities=[wanted])
        st.rerun()

if types:
    summary = summary.loc[summary["type"].isin(types)].reset_index(drop=True)
st.subheader("Entities and the spellings seen")
if summary.empty:
    ways = what_to_do(sel.filters, *(["clear the type filter"] if types else []), page_first=True)
    st.info(f"No entity of these types in this selection: {ways or 'add articles that name people or companies'}.")
    st.stop()
pick_col, button_col, clear_col = st.columns([3, 1, 1], vertical_alignment="bottom")
choice = pick_col.selectbox("Filter every page to articles mentioning", summary["entity"].tolist(), key="ent_choice")
if button_col.button("Apply filter", icon=":material/filter_alt:", key="ent_apply"):
    request_filter(entities=[choice])
    st.rerun()
if state.entities and clear_col.button("Clear entity filter", key="ent_clear"):
    request_filter(entities=[])
    st.rerun()
st.caption("Tip: click a cell of the heatmap to filter on its entity.")
shown = paged(summary.rename(columns=str.capitalize), "ent_table", noun="entity", nouns="entities",
              labels={"Aliases": "Spellings seen"})
widths = {"Entity": 230, "Type": 75, "Aliases": 390}  # px at 1400 px; a longer name or list wraps, never cut
st.dataframe(
    clip_cells(shown.rows, widths, most=3),  # a list of many spellings: three lines, then "…"
    hide_index=True,
    width="stretch",
    height="content",
    row_height=row_height(shown.rows, widths, most=3),
    column_config={
        "Entity": st.column_config.TextColumn(width=widths["Entity"]), "Type": st.column_config.TextColumn(width=75),
        **{c: st.column_config.NumberColumn(width=80) for c in ("Documents", "Outlets", "Mentions")},
        "Aliases": st.column_config.TextColumn("Spellings seen", width=widths["Aliases"]),
    },
)
page_foot(shown)
with st.expander("Merge or rename an entity", icon=":material/edit:"):
    st.caption("Merging gives one entity the name of another; renaming gives it a new name. The edit is saved "
               "beside the corpus and applies on every page, in the CLI and in exports.")
    e_col, n_col, m_col = st.columns(3)
    old = e_col.selectbox("Entity", summary["entity"].tolist(), key="ent_edit_old")
    target = m_col.selectbox("Merge into", ["", *[e for e in summary["entity"].tolist() if e != old]],
                             key="ent_edit_merge", format_func=lambda e: e or "(no merge)")
    new = n_col.text_input("New name", value="", key="ent_edit_new", placeholder="type a new name")
    if st.button("Save the edit", icon=":material/save:", key="ent_edit_save"):
        name = (target or new).strip()
        if not name:
            st.warning("Choose an entity to merge into, or type a new name.")
        else:
            save_edit(edits_folder(), str(old), name)
            sel.analysis.reload_entity_edits()
            if old in state.entities:
                request_filter(entities=[name if e == old else e for e in state.entities])
            st.rerun()
st.download_button(
    "Entities table (CSV)", lambda: summary.to_csv(index=False).encode("utf-8"), file_name=table_file_name("entities", sel, chosen), on_click="ignore",
    mime="text/csv", key="ent_csv", icon=":material/download:",
)
