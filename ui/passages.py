"""Aligned sentence pairs side by side, the differing words highlighted (Source overlap and Spread pages)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import FilterState, select
from analysis.overlap.spread import passage_clusters
from ui.corpus import CorpusKey, analysis_of
from ui.markup import diff_markdown
from ui.tables import page_foot, paged

#: Aligned pairs drawn per page (each is a row of three columns of Markdown).
PAIRS_PER_PAGE = 25


@st.cache_resource(max_entries=16, show_spinner=False)
def passage_groups(key: CorpusKey, filters: FilterState, threshold: float, limit: int) -> pd.DataFrame | None:
    """The Spread page's passages (:func:`analysis.overlap.spread.passage_clusters`) of corpus version ``key`` under
    ``filters`` at ``threshold``; None when the selection holds more than ``limit`` matched sentence pairs
    (:data:`analysis.overlap.spread.PAIRS_LISTED`).
    Cached: grouping a 1,000-article corpus's 220,000 pairs took 1.4 s on every run of the page, a click on the
    chart or a page of the table included. Callers must not change the frame (it is shared)."""
    sel = select(analysis_of(key), filters)
    if int(sel.pair_sums(threshold)["matched_sentences"].sum()) > limit:
        return None
    return passage_clusters(sel.view, sel.matches(threshold))


def passages_of_kinds(clusters: pd.DataFrame, edges: pd.DataFrame, kinds: tuple[str, ...]) -> pd.DataFrame:
    """The rows of ``clusters`` (:func:`passage_groups`, needs ``passage_id, doc_ids``) carried by two articles that
    the Spread chart links by one of ``kinds`` (``edges``: :func:`analysis.overlap.spread.reuse_edges`, needs
    ``source_doc, taker_doc, kind``); all of them when ``kinds`` is empty. The chart's *Kinds of reuse* left the
    passages table listing every kind."""
    if not kinds or clusters.empty:
        return clusters
    carried = clusters.loc[:, ["passage_id"]].assign(doc=clusters["doc_ids"].str.split("|")).explode("doc")
    chosen = edges.loc[edges["kind"].isin(kinds), ["source_doc", "taker_doc"]]
    linked = carried.merge(chosen, left_on="doc", right_on="source_doc").merge(
        carried.rename(columns={"doc": "taker_doc"}), on=["passage_id", "taker_doc"])
    return clusters.loc[clusters["passage_id"].isin(set(linked["passage_id"]))].reset_index(drop=True)


def show_aligned_pairs(pairs: pd.DataFrame, head_a: str | None = None, head_b: str | None = None,
                       key: str = "pairs") -> None:
    """One row per pair of ``pairs`` (needs ``text_a, text_b, similarity, kind``): A's words in orange where
    they differ, B's in blue, then the similarity and the kind of match. Optional column headings. Drawn a page
    at a time (:func:`ui.tables.paged`, widget keys from ``key``): two outlets of a large corpus share thousands."""
    page = paged(pairs, key, page_size=PAIRS_PER_PAGE, noun="sentence pair",
                 sortable=[c for c in ("similarity", "kind", "text_a", "text_b") if c in pairs.columns],
                 labels={"similarity": "Similarity", "kind": "Kind of match", "text_a": head_a or "First sentence",
                         "text_b": head_b or "Second sentence"})
    if head_a or head_b:
        col_a, col_b, col_s = st.columns([5, 5, 1.4])
        col_a.markdown(f"**{head_a or ''}**")
        col_b.markdown(f"**{head_b or ''}**")
        col_s.markdown("**Similarity**")
    for pair in page.rows.itertuples():
        left, right = diff_markdown(str(pair.text_a), str(pair.text_b))
        col_a, col_b, col_s = st.columns([5, 5, 1.4])
        col_a.markdown(left)
        col_b.markdown(right)
        col_s.markdown(f"{pair.similarity:.0f} · {pair.kind}")
    page_foot(page)
