"""Timeline: dated events found in the articles, merged across outlets, in an adjustable window."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.timeline import (
    attach_entities,
    default_window,
    event_items,
    in_window,
    narrow_mentions,
    timeline_mentions,
    undated_expressions,
)
from analysis.timeline_chart import render_timeline_chart, selected_event_ids
from ui.charts import show_chart
from ui.page import open_page
from ui.state import corpus_step, request_filter

corpus, state, view = open_page(
    "Timeline",
    "Every sentence that says when something happened (\"on January 20\", \"Monday's trading\", \"days after the "
    "announcement\"), dated against the article's publication date. The same event told by several outlets is one row.",
)

mentions = corpus_step(timeline_mentions)
window = default_window(mentions)  # cheap on the cached mentions
shown_mentions = narrow_mentions(mentions, view.docs["doc_id"])

if mentions.empty or window is None:
    st.info(
        "No sentence in the corpus carries a date that can be resolved to a day, week or month. Add articles with "
        "a publication date (manifest column `published`) on the *Add articles* page."
    )
    st.stop()

all_dates = pd.concat([mentions["date_start"], mentions["date_end"]])
lo_all, hi_all = min(all_dates.min(), window[0]), max(all_dates.max(), window[1])
picked = st.date_input(
    "Timeline window",
    value=window,
    min_value=lo_all,
    max_value=hi_all,
    key="timeline_window",
    help=f"Defaults to the busiest {(window[1] - window[0]).days + 1} days of the corpus: {window[0]} to {window[1]}.",
)
if isinstance(picked, (tuple, list)) and len(picked) == 2:
    window = (picked[0], picked[1])

colour_by = "outlet"
try:
    from analysis.entities import entity_mentions
except ImportError:  # entities are optional: colour by outlet only
    entity_mentions = None
if entity_mentions is not None:
    label = st.radio("Colour by", ["Outlet", "Entity"], horizontal=True, key="timeline_colour")
    if label == "Entity":
        colour_by = "entity"
        shown_mentions = attach_entities(shown_mentions, corpus_step(entity_mentions))
chosen = show_chart(
    render_timeline_chart(shown_mentions, view, window, state.describe(), colour_by=colour_by),
    key="timeline_chart",
    on_select="rerun",
    selection_mode="points",
)
picked_ids = selected_event_ids(chosen)
if picked_ids:
    picked = shown_mentions.loc[shown_mentions["event_id"].isin(picked_ids)]
    st.markdown(f"**Selected event — every source's wording** ({len(picked)} mention(s))")
    st.dataframe(
        picked.loc[:, ["event_id", "outlet", "expression", "sentence", "basis"]].rename(
            columns={"event_id": "Id", "outlet": "Outlet", "expression": "Expression", "sentence": "Sentence",
                     "basis": "How it was dated"}
        ),
        hide_index=True,
        width="stretch",
    )
    outlets = sorted(set(picked["outlet"]))
    if st.button(f"Show only {', '.join(outlets)} on every page", key="timeline_filter_outlets"):
        request_filter(outlets=outlets)
        st.rerun()

items = event_items(shown_mentions, window)
inside = items.loc[items["in_window"]]
outside = items.loc[~items["in_window"]]


def _event_table(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "When": frame["when"],
            "Event": frame["event"],
            "Reported by": frame["outlets"],
            "Articles": frame["n_sources"],
            "Sentence (first source)": frame["sentence"],
            "Id": frame["event_id"],
        }
    )


st.subheader(f"Events from {window[0]} to {window[1]}")
if inside.empty:
    st.info("No dated event in this window: move the window above, or clear the outlet filter in the sidebar.")
else:
    st.dataframe(_event_table(inside), hide_index=True, width="stretch",
                 column_config={"Sentence (first source)": st.column_config.TextColumn(width="large")})

with st.expander("Every source's wording and how its date was worked out"):
    wording = shown_mentions.assign(in_window=in_window(shown_mentions, window))
    st.dataframe(
        pd.DataFrame(
            {
                "Id": wording["event_id"],
                "Outlet": wording["outlet"],
                "Date": [f"{s}" if s == e else f"{s} to {e}" for s, e in zip(wording["date_start"], wording["date_end"])],
                "Precision": wording["precision"],
                "Expression": wording["expression"],
                "Sentence": wording["sentence"],
                "How it was dated": wording["basis"],
                "In window": wording["in_window"],
            }
        ),
        hide_index=True,
        width="stretch",
    )

st.subheader("Outside the window")
if outside.empty:
    st.caption("Every dated event of this selection is inside the window.")
else:
    flagged = outside.assign(
        when=[f"{w} — far outside the corpus dates, probably garbled" if far else w for w, far in zip(outside["when"], outside["far_out"])]
    )
    st.caption("Events dated before or after the window, or only to a month, are listed here and not drawn.")
    st.dataframe(_event_table(flagged), hide_index=True, width="stretch")

undated = narrow_mentions(corpus_step(undated_expressions), view.docs["doc_id"])
if not undated.empty:
    with st.expander(f"{len(undated)} time expression(s) in {undated['doc_id'].nunique()} article(s) could not be dated"):
        st.caption(
            "These articles give no publication date and state no full date before the expression. Add the date in "
            "the manifest (`published`, or `published_earliest` when only a lower bound is known) to place them."
        )
        st.dataframe(undated.rename(columns={"doc_id": "Article", "outlet": "Outlet", "expression": "Expression",
                                             "reason": "Why"}), hide_index=True, width="stretch")
