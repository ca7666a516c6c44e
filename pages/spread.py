"""Spread: who published first and who took from whom, with the passages behind every link."""

from __future__ import annotations

import streamlit as st

from analysis.charts import plural
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.chart import aligned_pairs, cell_docs
from analysis.overlap.score import MIN_THRESHOLD
from analysis.overlap.spread import PAIRS_LISTED, reuse_edges
from analysis.overlap.spread_chart import (
    KIND_LABELS,
    default_level,
    render_spread_chart,
)
from ui.charts import show_chart, table_file_name
from ui.corpus import corpus_key
from ui.links import bound_choice, linked_pick
from ui.markup import escape_markdown
from ui.page import open_page, what_to_do
from ui.passages import passage_groups, passages_of_kinds, show_aligned_pairs
from ui.tables import clip_cells, paged, row_height

sel = open_page(
    "How the story spread",
    "Who printed a passage first and who took it: articles on a time axis, an arrow from the likely source to each "
    "article that reprinted, rewrote or quoted from it. Directions the dates cannot confirm are pale.",
    needs=("passage_links",),
)

if len(sel.view.docs) < 2:  # "lower the similarity threshold" cannot help: there is no other article to take from
    st.info("Only one article in this selection, so no article to take passages from another: "
            f"{what_to_do(sel.filters, 'add articles on the *Add articles* page')}.")
    st.stop()

c1, c2, c3 = st.columns([1, 1.6, 1.4])
threshold = c3.slider("Similarity threshold (0-100)", min_value=int(MIN_THRESHOLD), max_value=100,
                      value=int(DEFAULT_THRESHOLD), step=1, key="spread_threshold", bind="query-params",
                      help="How alike two sentences must be to count as the same passage.")
# the links are summed from the passage groups; sentence pairs are listed only for what is shown
sums = sel.pair_sums(float(threshold))
edges = reuse_edges(sel.view, sums)
LEVELS = {"article": "Articles", "outlet": "Outlets"}
bound_choice("spread_level", LEVELS, LEVELS.get)  # a typed link may name the value ("?spread_level=outlet")
bound_choice("spread_kinds", KIND_LABELS, KIND_LABELS.get, many=True)
level = c1.radio("Show", list(LEVELS), index=0 if edges.empty or default_level(edges) == "article" else 1,
                 format_func=LEVELS.get, horizontal=True, key="spread_level", bind="query-params")
kinds = c2.multiselect("Kinds of reuse", list(KIND_LABELS), format_func=KIND_LABELS.get, placeholder="All kinds",
                       key="spread_kinds", bind="query-params")

outlets = sorted(set(sel.view.docs["outlet"]))
# no outlet to take from another, but links between its articles: no chart to draw (with no link at all, the chart's
# own notice says so; "choose Show: Articles" showed nothing more)
one_outlet = level == "outlet" and len(outlets) < 2 and not edges.empty
# every link between two articles of one outlet (of two or more): the chart's own empty state says so
result = None if one_outlet else render_spread_chart(
    sel.view, edges, sel.filters.describe(), level=level, kinds=tuple(kinds), colours=sel.analysis.outlet_colours,
    examples=sel.examples_of(float(threshold)))
similarity = "" if threshold == int(DEFAULT_THRESHOLD) else f"similarity-{threshold}"
kind_names = " or ".join(f"*{KIND_LABELS[k]}*" for k in kinds)
event = None
if one_outlet:  # the chart would say "lower the similarity threshold", which brings no second outlet
    articles = "choose *Show: Articles* above to see what its articles took from each other"
    st.info(f"Only one outlet in this selection, {escape_markdown(outlets[0])} "
            f"({plural(len(sel.view.docs), 'article')}), so no outlet to take from another: "
            f"{what_to_do(sel.filters, articles, page_first=True)}.")
elif kinds and not edges.empty and not edges["kind"].isin(kinds).any():  # the kinds chosen, not the story, empty it
    present = " and ".join(f"*{KIND_LABELS[k]}*" for k in KIND_LABELS if k in set(edges["kind"]))
    st.info(f"No link in this selection is of the kind {kind_names} (its links are {present}): choose other *Kinds "
            "of reuse* above.")
else:
    event = show_chart(result, sel, key=f"spread_chart_{level}", on_select="rerun", selection_mode="points",
                       variant=("outlets" if level == "outlet" else "", *kinds, similarity))

points = (event.get("selection", {}) or {}).get("points", []) if event else []
picked = next((p.get("customdata") for p in points if isinstance(p.get("customdata"), list)), None)
if event is not None:  # the pair a diamond picked is in the link, so a copied address opens its passages
    picked = linked_pick(picked, result.data, sel.view.docs, level)
if picked:
    source, taker = picked
    names = dict(zip(sel.view.docs["doc_id"], sel.view.docs["outlet"]))
    side = "document" if level == "article" else "outlet"
    pairs = aligned_pairs(sel.view, sel.matches_among(cell_docs(sel.view, taker, source, side), float(threshold)),
                          taker, source, side)
    st.subheader(f"What {escape_markdown(names.get(taker, taker))} took from {escape_markdown(names.get(source, source))}")
    st.caption(f"{plural(len(pairs), 'sentence')}. Differing words are highlighted (orange: the taker, blue: the source).")
    show_aligned_pairs(pairs, "Taker", "Source", key="spread_pairs")

listed = int(sums["matched_sentences"].sum())
clusters = passage_groups(corpus_key(), sel.filters, float(threshold), PAIRS_LISTED)
if edges.empty and clusters is not None and clusters.empty:
    st.stop()  # no link, no passage: the notice above said so (a second one below said it again)
st.subheader("Passages and who printed them first")
if clusters is None:
    st.info(f"This selection holds {listed:,} matched sentence pairs, too many to group into passages here: narrow it "
            "with the sidebar filters (outlets, dates, an entity) to list the passages.")
elif clusters.empty:
    ways = what_to_do(sel.filters, "lower the similarity threshold", page_first=True)
    st.info(f"No passage is carried by two articles here: {ways}.")
elif (clusters := passages_of_kinds(clusters, edges, tuple(kinds))).empty:  # the chart's kinds narrow the table too
    st.info(f"No passage is carried by two articles whose link is of the kind {kind_names}: choose other *Kinds of "
            "reuse* above.")
else:
    st.caption("One row per passage carried by several articles, the most widely carried first"
               + (f", of the articles whose link is of the kind {kind_names}" if kinds else "") + ". *First certain* is "
               "unticked when an article with an unknown or 'on or after' date could have printed it earlier.")
    # the files (in the CSV) give way to the outlets and dates on screen, so every column fits at 1400 px
    headings = {
        "passage_id": "Id", "passage": "Passage", "articles": "Articles", "outlets": "Outlets",
        "first_files": "First printed in", "first_outlets": "First outlets", "first_published": "First date",
        "first_certain": "First certain", "later": "Later (date)",
    }
    passages = paged(clusters.drop(columns=["doc_ids", "first_files"]), "spread_passages", noun="passage",
                     labels=headings)
    widths = {"Id": 45, "Passage": 250, "First outlets": 110, "First date": 90, "Later (date)": 215}
    shown = passages.rows.rename(columns=headings)
    shown = clip_cells(shown, widths, most=7)  # a passage or its later printings: 7 lines at most, then "…"
    tall = row_height(shown, widths, least=65, most=7)
    st.dataframe(
        shown,
        hide_index=True, width="stretch",
        row_height=tall,
        height=min(len(shown), 8) * tall + 40,  # up to 8 rows without scrolling inside the table
        column_config={  # widths (px) so every column fits at a 1400 px window
            **{c: st.column_config.TextColumn(width=w) for c, w in widths.items()},
            **{c: st.column_config.NumberColumn(width=w) for c, w in (("Articles", 60), ("Outlets", 58))},
            "First certain": st.column_config.CheckboxColumn(width=85),
        },
    )
    st.download_button("Passages (CSV)", lambda: clusters.to_csv(index=False).encode("utf-8"), file_name=table_file_name("passages", sel, (*kinds, similarity)), on_click="ignore",
                       mime="text/csv", key="spread_passages_csv", icon=":material/download:")
