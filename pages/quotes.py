"""Quotes: who said what, and how each quote changed from outlet to outlet."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from analysis.charts import plural
from analysis.quotes.chart import render_quote_fidelity
from analysis.quotes.table import TABLE_COLUMNS, quote_cards
from ui.charts import show_chart, table_file_name
from ui.links import bound_choice
from ui.markup import escape_markdown, names_markdown, printing_markdown, variant_markdown
from ui.page import open_page, what_to_do
from ui.quote_edit import speaker_editor
from ui.tables import TablePage, page_foot, page_number, paged

PAGE_SIZE = 20
#: Distinct wordings shown on a quote's card (the rest are in its "Every printing" table).
VARIANTS_SHOWN = 8
ORDERS = {"Most outlets first": "outlets", "Order in the articles": "first"}

sel = open_page(
    "Quotes",
    "Quotations with their speaker, grouped when outlets print the same quote. Each variant is compared "
    "word by word with the most common wording: :red-background[added words] and ~~dropped words~~. "
    "Fidelity 100 = verbatim.",
    needs=("quotes",),
)

variants = sel.analysis.quotes
doc_ids = set(sel.doc_ids)
part = sel.quotes()
if part.empty:
    st.info(f"No quote in this selection: {what_to_do(sel.filters, 'add articles that quote people')}.")
    st.stop()

speakers = sorted({s for s in part["speaker"] if s})


def first_page() -> None:
    """A new search, speaker, order or "2+ outlets" lists from its first card (the third page of the last list
    opened on the third page of the new one)."""
    st.session_state["q_page"] = 1


c1, c2, c3 = st.columns([2, 2, 1], vertical_alignment="bottom")
search = c1.text_input("Search", key="q_search", bind="query-params", placeholder="a speaker's name or words of the quote",
                       on_change=first_page)
who = c2.selectbox("Speaker", ["Everyone", *speakers, "Unattributed"], key="q_speaker", bind="query-params",
                   on_change=first_page)
bound_choice("q_order", ORDERS)
order = c3.selectbox("Sort", list(ORDERS), key="q_order", bind="query-params", on_change=first_page)
shared = st.checkbox("Only quotes printed by 2+ outlets", value=False, key="q_shared", bind="query-params",
                     on_change=first_page)
cards = quote_cards(variants, doc_ids, min_outlets=2 if shared else 1, search=search, order=ORDERS[order])
if who == "Unattributed":
    cards = cards.loc[cards["speaker"] == ""]
elif who != "Everyone":
    cards = cards.loc[cards["speaker"] == who]
if len(cards) <= PAGE_SIZE and "q_page" in st.query_params:
    del st.query_params["q_page"]  # no page number drawn: one left in the link would open a later page of a longer list
if cards.empty:
    ways = [w for w, on in (("clear the search", search.strip()), ("choose *Everyone*", who != "Everyone"),
                            ("untick *Only quotes printed by 2+ outlets*", shared)) if on]
    st.info(f"No quote matches: {what_to_do(sel.filters, *ways, page_first=True) or 'clear the search'}.")
    st.stop()

# the chart above the cards shows the quotes the search and speaker list (it showed the whole selection's while the
# cards under it were one speaker's): the choices sit above both
picked = {"Everyone": [], "Unattributed": ["unattributed quotes"]}.get(who, [f"quotes of {who}"])
picked += [f"quotes with “{search.strip()}”"] if search.strip() else []
fidelity = render_quote_fidelity(variants.loc[variants["cluster_id"].isin(set(cards["cluster_id"]))], sel.view,
                                 " · ".join([sel.filters.describe(), *picked]), colours=sel.analysis.outlet_colours)
if fidelity.data.empty and sel.view.docs["outlet"].nunique() < 2:  # the filter may hide the other printings
    others = "add other outlets' articles on the *Add articles* page"
    st.info(f"Only one outlet in this selection, so no other outlet's wording to compare its quotes with (they are "
            f"listed below): {what_to_do(sel.filters, others)}.")
elif fidelity.data.empty and picked:
    st.info(f"None of the {plural(len(cards), 'quote')} listed was printed by two or more outlets, so there is no "
            "fidelity chart of them: they are listed below with the outlet that printed each.")
elif fidelity.data.empty:  # no chart to draw or to download: say why, the quotes follow
    st.info("No quote here was printed by two or more outlets, so there is no fidelity chart to compare their "
            "wordings: every quote is listed below with the outlet that printed it.")
else:
    show_chart(fidelity, sel, key="quote-fidelity",
               variant=[who if who != "Everyone" else "", search.strip()])

pages = max(1, math.ceil(len(cards) / PAGE_SIZE))
if st.session_state.get("q_page", 1) > pages:
    st.session_state["q_page"] = pages  # a narrower search has fewer pages
page_no = page_number(st, pages, "q", in_link=True) if pages > 1 else 1  # "?q_page=3" opens the third page
first = (page_no - 1) * PAGE_SIZE
shown = cards.iloc[first:first + PAGE_SIZE]
st.caption(f"{plural(len(cards), 'quote')}; showing {first + 1}–{first + len(shown)}.")

for card in shown.itertuples():
    rows = part.loc[part["cluster_id"] == card.cluster_id].sort_values(["fidelity", "outlet"], ascending=[False, True])
    with st.container(border=True):
        speaker = escape_markdown(card.speaker) if card.speaker else "_Unattributed_"
        st.markdown(f"**{speaker}** · printed by {names_markdown(card.outlets)}")
        st.markdown("> " + escape_markdown(card.representative))
        # the printings that differ most first; a quote reprinted by hundreds of outlets lists the rest in a table
        listed = rows.drop_duplicates("quote").head(VARIANTS_SHOWN)
        for row in listed.itertuples():
            alike = int((rows["quote"] == row.quote).sum()) - 1
            # one printing is compared with nothing: its "fidelity 100" read as a check it had passed
            fidelity = "the only printing" if len(rows) == 1 else f"fidelity {row.fidelity:g}"
            label = printing_markdown(row.outlet, alike, fidelity, row.speaker, card.speaker, row.attribution,
                                      row.speaker_mention)
            # a printing worded as the quote above is not printed twice; one that differs shows how
            same_words = row.quote == card.representative
            st.markdown(label + ("" if same_words else "  \n" + variant_markdown(card.representative, row.quote)))
        if len(rows) > len(listed):
            with st.expander(f"Every printing ({len(rows):,})"):
                every = rows.loc[:, ["outlet", "fidelity", "speaker", "speaker_mention", "quote"]]
                # nobody is named where nobody is attributed (as on the card)
                every = every.assign(speaker_mention=every["speaker_mention"].where(every["speaker"].astype(bool), ""))
                every = every.rename(columns={
                    "outlet": "Outlet", "fidelity": "Fidelity", "speaker": "Attributed to", "speaker_mention": "Named as",
                    "quote": "Wording"})
                printings = paged(every, f"q_every_{card.cluster_id}", noun="printing", in_link=False)  # one per card
                st.dataframe(printings.rows, hide_index=True, width="stretch", height="content")
                page_foot(printings)
        speaker_editor(sel.analysis.corpus, str(card.cluster_id), str(card.speaker), rows)
# the reader at the twentieth card turns the page here, not 20 cards up
page_foot(TablePage(shown, first, len(cards), key="q", page_no=page_no, pages=pages, noun="quote"))

table = part.loc[:, [c for c in TABLE_COLUMNS if c != "doc_id"]]
# a search, a speaker or "2+ outlets" narrows the cards: their CSV holds the quotes listed (every printing of each),
# named after the choice; "all quotes" saved the whole selection whatever the reader had narrowed the list to
narrowed = [choice for choice, on in ((who, who != "Everyone"), (search.strip(), bool(search.strip())),
                                  ("2-outlets", shared)) if on]
save, save_all = st.columns([1, 1]) if narrowed else (None, st)
if narrowed:
    listed = table.loc[table["cluster_id"].isin(set(cards["cluster_id"]))]
    save.download_button(
        f"The {plural(len(cards), 'quote')} listed (CSV)", lambda: pd.DataFrame(listed).to_csv(index=False).encode("utf-8"),
        on_click="ignore", file_name=table_file_name("quotes", sel, narrowed), mime="text/csv",
        key="q_csv_listed", icon=":material/download:", width="stretch",
    )
save_all.download_button(
    "All quotes in this selection (CSV)", lambda: pd.DataFrame(table).to_csv(index=False).encode("utf-8"), on_click="ignore",
    file_name=table_file_name("quotes", sel), mime="text/csv", key="q_csv", icon=":material/download:",
    width="stretch" if narrowed else "content",
)
