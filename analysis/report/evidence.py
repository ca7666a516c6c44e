"""The evidence a report carries besides its charts: the articles with the basis of their metadata, each quote
with every outlet's wording, the aligned passages behind the strongest overlap pairs, and the outlets that
disagree about a share move. Built from the same :class:`analysis.pipeline.Selection` as the charts."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.corpus.table import publication_label
from analysis.market.compare import discrepancies, discrepancy_display
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.score import pair_table, sentence_pairs
from analysis.pipeline import Selection

#: How many of the strongest overlap pairs have their aligned passages in a report.
TOP_PAIRS = 5


@dataclass(frozen=True)
class EvidenceTable:
    """One table of a report's evidence section (also written as CSV)."""

    slug: str
    title: str
    caption: str
    data: pd.DataFrame


def article_list(sel: Selection) -> EvidenceTable:
    docs = sel.view.docs
    data = pd.DataFrame({
        "Outlet": docs["outlet"], "Outlet from": docs["outlet_basis"], "Published": publication_label(docs),
        "Date from": docs["published_basis"], "Title": docs["title"].fillna("(no headline found)"), "File": docs["file"],
    })
    return EvidenceTable("articles", "Articles and where their metadata comes from",
                         "Every article in the selection: its outlet and date, and what each was read from.", data)


def quote_wordings(sel: Selection) -> EvidenceTable:
    quotes = sel.quotes()
    shared = quotes.groupby("cluster_id")["outlet"].transform("nunique") if len(quotes) else pd.Series(dtype="int64")
    part = quotes.loc[shared >= 2] if len(quotes) else quotes
    data = pd.DataFrame({
        "Quote": part.get("cluster_id", pd.Series(dtype="str")), "Speaker": part.get("speaker", pd.Series(dtype="str")),
        "Outlet": part.get("outlet", pd.Series(dtype="str")), "Fidelity": part.get("fidelity", pd.Series(dtype="float")),
        "Wording": part.get("quote", pd.Series(dtype="str")),
    }).sort_values(["Quote", "Fidelity", "Outlet"], ascending=[True, False, True]).reset_index(drop=True)
    return EvidenceTable("quote-wordings", "Quotes printed by several outlets, in each outlet's words",
                         "Fidelity 100 = the most common wording, word for word.", data)


def overlap_passages(sel: Selection, top: int = TOP_PAIRS) -> EvidenceTable:
    pairs = pair_table(sel.view, sel.pair_sums(DEFAULT_THRESHOLD)).head(top)
    matches = sel.matches_among(set(pairs["doc_a"]) | set(pairs["doc_b"]), DEFAULT_THRESHOLD)
    strongest = matches.merge(pairs.loc[:, ["doc_a", "doc_b"]], on=["doc_a", "doc_b"])
    text = sentence_pairs(sel.view, strongest)
    data = text.loc[:, ["file_a", "sentence_a", "file_b", "sentence_b", "similarity", "kind"]].rename(columns={
        "file_a": "Article A", "sentence_a": "Sentence in A", "file_b": "Article B", "sentence_b": "Sentence in B",
        "similarity": "Similarity", "kind": "Kind"})
    return EvidenceTable("overlap-passages", f"The passages behind the {len(pairs)} strongest overlap pairs",
                         f"Sentences matched at similarity ≥ {DEFAULT_THRESHOLD:.0f}.", data)


def move_disagreements(sel: Selection) -> EvidenceTable:
    gaps = discrepancies(sel.moves())
    data = discrepancy_display(gaps) if not gaps.empty else pd.DataFrame()
    return EvidenceTable("move-discrepancies", "Where outlets disagree about a share move",
                         "The same company and session reported with different figures.", data)


def evidence_tables(sel: Selection) -> list[EvidenceTable]:
    """Every evidence table of a report for ``sel`` that has rows (an empty table is left out)."""
    tables = [article_list(sel), quote_wordings(sel), overlap_passages(sel), move_disagreements(sel)]
    return [t for t in tables if not t.data.empty]
