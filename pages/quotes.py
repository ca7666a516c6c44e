"""Quotes: who said what, and how each quote changed from outlet to outlet."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.quotes.chart import render_quote_fidelity
from analysis.quotes.table import quote_cards
from ui.charts import show_chart
from ui.markup import escape_markdown, variant_markdown
from ui.page import open_page

MAX_CARDS = 40

sel = open_page(
    "Quotes",
    "Direct quotes with their speaker, grouped when outlets print the same quote. Each variant is compared "
    "word by word with the most common wording: :red-background[added words] and ~~dropped words~~. "
    "Fidelity 100 = verbatim.",
    needs=("quotes",),
)

variants = sel.analysis.quotes
doc_ids = set(sel.doc_ids)
part = sel.quotes()
if part.empty:
    st.info("No direct quote in this selection: clear the outlet or entity filter, or add articles that quote people.")
    st.stop()

show_chart(render_quote_fidelity(variants, sel.view, sel.filters.describe()), sel, key="quote-fidelity")

speakers = sorted({s for s in part["speaker"] if s})
c1, c2 = st.columns([2, 1], vertical_alignment="bottom")
who = c1.selectbox("Speaker", ["Everyone", *speakers, "Unattributed"], key="q_speaker")
shared = c2.checkbox("Only quotes printed by 2+ outlets", value=part.groupby("cluster_id")["outlet"].nunique().max() > 1, key="q_shared")
cards = quote_cards(variants, doc_ids, min_outlets=2 if shared else 1)
if who == "Unattributed":
    cards = cards.loc[cards["speaker"] == ""]
elif who != "Everyone":
    cards = cards.loc[cards["speaker"] == who]
if cards.empty:
    st.info("No quote matches: choose *Everyone*, untick *Only quotes printed by 2+ outlets*, or clear the sidebar filters.")
    st.stop()
st.caption(f"{len(cards)} quote(s){f', showing the first {MAX_CARDS}' if len(cards) > MAX_CARDS else ''}.")


for card in cards.head(MAX_CARDS).itertuples():
    rows = part.loc[part["cluster_id"] == card.cluster_id].sort_values(["fidelity", "outlet"], ascending=[False, True])
    with st.container(border=True):
        speaker = escape_markdown(card.speaker) if card.speaker else "_Unattributed_"
        st.markdown(f"**{speaker}** · printed by {escape_markdown(card.outlets)}")
        st.markdown("> " + escape_markdown(card.representative))
        for row in rows.itertuples():
            label = f"**{escape_markdown(row.outlet)}** · fidelity {row.fidelity}"
            if row.speaker != card.speaker:
                label += f" · attributed to {escape_markdown(row.speaker) if row.speaker else 'nobody'}"
            st.markdown(label + "  \n" + variant_markdown(card.representative, row.quote))

table = part.loc[:, ["outlet", "speaker", "quote", "cluster_id", "fidelity", "sentence"]]
st.download_button(
    "All quotes in this selection (CSV)", pd.DataFrame(table).to_csv(index=False).encode("utf-8"),
    file_name="storytrace-quotes.csv", mime="text/csv", key="q_csv", icon=":material/download:",
)
