"""Source overlap: who shares whose text, with the aligned sentences behind every cell."""

from __future__ import annotations

import streamlit as st

from analysis.charts import plural
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.chart import (
    UNIT_LABELS,
    aligned_pairs,
    cell_docs,
    mark_cell,
    overlap_chart,
    provenance_hints,
)
from analysis.overlap.score import MIN_THRESHOLD
from analysis.report.bundle import safe_slug
from ui.charts import show_chart, table_file_name
from ui.links import bound_choice, keep_pick, link_pick
from ui.markup import escape_markdown
from ui.page import open_page, what_to_do
from ui.passages import show_aligned_pairs

sel = open_page(
    "Source overlap",
    "Who reprints, rewrites or quotes whom: sentences matched across articles, fuzzy enough to catch light edits "
    "and garbled rewrites.",
    needs=("passage_links",),
)
view = sel.view

c1, c2, c3 = st.columns([1, 1.3, 1.3])
LEVELS = {"outlet": "Outlets", "document": "Documents"}
UNITS = {"all": "All text", "quotes": "Quotes only", "reporting": "Reporting only"}
bound_choice("ovl_level", LEVELS, LEVELS.get)  # a typed link may name the value ("?ovl_unit=quotes")
bound_choice("ovl_unit", UNITS, UNITS.get)
level = c1.radio("Compare", list(LEVELS), format_func=LEVELS.get, horizontal=True, key="ovl_level", bind="query-params")
unit = c2.radio("Unit", list(UNIT_LABELS), format_func=UNITS.get, horizontal=True, key="ovl_unit", bind="query-params")
threshold = c3.slider("Similarity threshold (0-100)", min_value=int(MIN_THRESHOLD), max_value=100, value=int(DEFAULT_THRESHOLD), step=1, key="ovl_threshold", bind="query-params", help="How alike two sentences must be (edit-distance ratio after removing case and punctuation). Lower catches heavier rewrites but risks unrelated matches.")

# the heatmap and the hints read the overlap summed per pair; sentence pairs are listed only for the cell shown
sums = sel.outlet_sums(float(threshold), unit) if level == "outlet" else sel.pair_sums(float(threshold), unit)

hints = provenance_hints(view, sel.pair_sums(float(threshold), "all"))
HINTS_SHOWN = 3  # the rest fold away, so the heatmap stays near the top of the page
if hints:
    with st.container(border=True):
        st.markdown("**Provenance hints**")
        for hint in hints[:HINTS_SHOWN]:
            st.text("• " + hint)
        if len(hints) > HINTS_SHOWN:
            with st.expander(plural(len(hints) - HINTS_SHOWN, "more hint")):
                for hint in hints[HINTS_SHOWN:]:
                    st.text("• " + hint)

result = overlap_chart(view, sums, level, unit, float(threshold), subtitle=sel.filters.describe(),
                       colours=sel.analysis.outlet_colours)
if result.data.empty:  # one outlet or one article: say what to compare instead of an empty chart
    outlets = sorted(set(view.docs["outlet"]))
    if level == "outlet" and len(view.docs) > 1:
        st.info(f"Only one outlet in this selection, {escape_markdown(outlets[0])} ({plural(len(view.docs), 'article')}), "
                f"so there is no other outlet to compare it with: "
                f"{what_to_do(sel.filters, 'choose *Compare: Documents* above to see what its articles share', page_first=True)}.")
    else:
        st.info(f"Only one article in this selection, so there is nothing to compare it with: "
                f"{what_to_do(sel.filters, 'add articles on the *Add articles* page')}.")
    st.stop()
chart_key = f"ovl_heatmap_{level}"
cells = result.data.loc[result.data["matched_sentences"] > 0].sort_values("score_pct", ascending=False)
labels = {f"{r.row_name} → {r.col_name} ({r.score_pct:.0f}%)": (r.row_id, r.col_id, r.row_name, r.col_name) for r in cells.itertuples()}
by_label = {(r.row_label, r.col_label): f"{r.row_name} → {r.col_name} ({r.score_pct:.0f}%)" for r in cells.itertuples()}
pair_names = {f"{row} → {col}": label for label, (_, _, row, col) in labels.items()}
link_pick("ovl_pair", "ovl_cell", pair_names)  # a shared link names the pair ("?ovl_pair=A → B"), not its figure
# the click of the previous run (kept by Streamlit under the chart's key) picks the pair before the chart is
# drawn, so the drawn chart can frame the picked cell
event = st.session_state.get(chart_key)
points = (event.get("selection", {}) or {}).get("points", []) if event else []
clicked = (points[0].get("y"), points[0].get("x")) if points else None
if clicked != st.session_state.get("ovl_last_click"):  # a new click wins; an old one must not undo the selectbox
    st.session_state["ovl_last_click"] = clicked
    if clicked in by_label:
        st.session_state["ovl_cell"] = by_label[clicked]
if labels and st.session_state.get("ovl_cell") not in labels:
    st.session_state["ovl_cell"] = next(iter(labels))
if labels:
    result = mark_cell(result, *labels[st.session_state["ovl_cell"]][:2])
# the unit and the threshold name the files (the level is in the chart's own name)
variant = ("" if unit == "all" else f"{unit}-only", "" if threshold == int(DEFAULT_THRESHOLD) else f"similarity-{threshold}")
show_chart(result, sel, key=chart_key, on_select="rerun", selection_mode="points", variant=variant)
if cells.empty:
    st.stop()

st.subheader("Aligned sentences")
choice = st.selectbox("Pair (click a heatmap cell, or choose here)", list(labels), key="ovl_cell")
row_id, col_id, row_name, col_name = labels[choice]
keep_pick("ovl_pair", f"{row_name} → {col_name}", next(iter(pair_names)))
cell = sel.matches_among(cell_docs(view, row_id, col_id, level), float(threshold), unit)
pairs = aligned_pairs(view, cell, row_id, col_id, level)
st.caption(f"{plural(len(pairs), 'sentence')} of {escape_markdown(row_name)} with a match in {escape_markdown(col_name)}. "
           "Differing words are highlighted (orange: only in A, blue: only in B).")
show_aligned_pairs(pairs, "A (row)", "B (column)", key="ovl_pairs")
st.download_button(
    "These sentence pairs (CSV)",
    lambda: pairs.to_csv(index=False).encode("utf-8"),
    on_click="ignore",
    file_name=table_file_name(f"overlap-pairs-{safe_slug(row_name, 12)}-{safe_slug(col_name, 12)}", sel, variant),
    mime="text/csv",
    key="ovl_pairs_csv",
    icon=":material/download:",
)
