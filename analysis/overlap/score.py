"""Source overlap: who shares which passages and quotes.

Sentences are aligned between documents by :mod:`analysis.align`. Each match is classified as a shared
*quote* (both sentences mostly inside quotation marks) or shared *reporting* (copied or lightly edited prose).
The score of an ordered pair (A, B) is asymmetric: the share of A's alignable text (characters of its
sentences of at least ``MIN_WORDS`` words, each counted once) that has a match in B.

The heatmap chart, provenance hints and the aligned drill-down live in :mod:`analysis.overlap.chart`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import pandas as pd

from analysis.corpus.load import Corpus
from analysis.overlap.align import DEFAULT_THRESHOLD, MIN_WORDS, alignable_sentences
from analysis.overlap.passages import (
    MATCH_FRAME_COLUMNS,
    MIN_THRESHOLD,
    QUOTED_SHARE,
    Unit,
    align_passages,
    expand_matches,
    quote_mask,
    sentence_quote_share,
)
from analysis.overlap.sums import match_sums

__all__ = ["MATCH_FRAME_COLUMNS", "MIN_THRESHOLD", "QUOTED_SHARE", "Unit", "quote_mask", "sentence_quote_share"]

Kind = Literal["quote", "reporting"]

PAIR_COLUMNS = [
    "doc_a", "doc_b", "file_a", "file_b", "outlet_a", "outlet_b", "score",
    "matched_sentences", "quote_matches", "reporting_matches", "matched_chars", "chars_a",
]
CLI_PAIR_COLUMNS = [
    "file_a", "file_b", "outlet_a", "outlet_b", "score", "matched_sentences", "quote_matches", "reporting_matches",
]
SENTENCE_PAIR_COLUMNS = ["file_a", "sentence_a", "file_b", "sentence_b", "similarity", "kind"]


def sentence_matches(corpus: Corpus, threshold: float = MIN_THRESHOLD) -> pd.DataFrame:
    """All sentence matches of the corpus at ``threshold`` or above, classified: :func:`expand_matches` of
    :func:`align_passages` over every document (the pair form; quadratic in the reprints, so the app and the
    build keep the passages and expand only what a view shows).

    Needs ``corpus.docs`` (``doc_id, text``) and ``corpus.sentences``. Returns ``doc_a, sent_a, doc_b, sent_b,
    similarity, kind, chars_a``: one row per sentence of A and other document B holding its best match in B;
    ``kind`` is "quote" when both sentences are mostly quoted, else "reporting"; ``chars_a`` is the length of
    A's normalised sentence.
    """
    passages, links = align_passages(corpus, threshold)
    return expand_matches(passages, links, threshold=threshold)


def narrow_matches(
    matches: pd.DataFrame, doc_ids: Iterable[str], threshold: float = DEFAULT_THRESHOLD, unit: Unit = "all"
) -> pd.DataFrame:
    """Matches (from :func:`sentence_matches`) between documents in ``doc_ids``, at ``threshold`` or above,
    of the chosen ``unit`` ("all", "quotes" or "reporting"). Same columns, same order."""
    keep = set(doc_ids)
    out = matches.loc[matches["doc_a"].isin(keep) & matches["doc_b"].isin(keep) & (matches["similarity"] >= threshold)]
    if unit == "quotes":
        out = out.loc[out["kind"] == "quote"]
    elif unit == "reporting":
        out = out.loc[out["kind"] == "reporting"]
    return out.reset_index(drop=True)


def text_size(corpus: Corpus) -> pd.DataFrame:
    """Alignable characters per document (the score's denominator). Needs ``docs.doc_id`` and
    ``sentences``; returns ``doc_id, chars_a`` for every document (0 when nothing is alignable)."""
    sizes = alignable_sentences(corpus, MIN_WORDS).groupby("doc_id", as_index=False)["chars"].sum()
    out = corpus.docs.loc[:, ["doc_id"]].merge(sizes, on="doc_id", how="left")
    return out.assign(chars_a=out["chars"].fillna(0).astype("int64")).loc[:, ["doc_id", "chars_a"]]


def pair_table(corpus: Corpus, matches: pd.DataFrame, min_score: float = 0.0) -> pd.DataFrame:
    """Asymmetric overlap per ordered document pair.

    Needs ``corpus.docs`` (``doc_id, file, outlet``), ``corpus.sentences`` and ``matches`` already narrowed
    (:func:`narrow_matches`), or their sums per document pair (:func:`analysis.overlap.sums.pair_sums`, the same
    table without expanding the pairs). Returns :data:`PAIR_COLUMNS`, one row per ordered pair with at least one
    match (and a score of at least ``min_score``): ``score`` = matched_chars / chars_a (0-1), each sentence of A
    counted once per B. Sorted by score descending, then doc_a, doc_b.
    """
    grouped = matches if "sent_a" not in matches.columns else match_sums(matches)
    if "chars_a" not in grouped.columns:
        grouped = grouped.merge(text_size(corpus).rename(columns={"doc_id": "doc_a"}), on="doc_a", how="left")
    score = (grouped["matched_chars"] / grouped["chars_a"].where(grouped["chars_a"] > 0)).fillna(0.0).clip(upper=1.0)
    grouped = grouped.assign(score=score).loc[(score > 0) & (score >= min_score)]
    if grouped.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "score" else ("int64" if c.endswith(("sentences", "matches", "chars", "chars_a")) else "str")) for c in PAIR_COLUMNS})
    grouped = grouped.loc[:, ["doc_a", "doc_b", "score", "matched_sentences", "quote_matches", "reporting_matches",
                              "matched_chars", "chars_a"]]
    files = dict(zip(corpus.docs["doc_id"], corpus.docs["file"]))
    outlets = dict(zip(corpus.docs["doc_id"], corpus.docs["outlet"]))
    out = grouped.assign(file_a=grouped["doc_a"].map(files), file_b=grouped["doc_b"].map(files),
                         outlet_a=grouped["doc_a"].map(outlets), outlet_b=grouped["doc_b"].map(outlets))
    out = out.loc[:, PAIR_COLUMNS]
    return out.sort_values(["score", "doc_a", "doc_b"], ascending=[False, True, True]).reset_index(drop=True)


def outlet_table(corpus: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """Asymmetric overlap per ordered pair of different outlets.

    Needs ``corpus.docs`` (``doc_id, outlet``), ``corpus.sentences`` and narrowed ``matches``, or their sums per
    outlet pair (:func:`analysis.overlap.sums.outlet_sums`). Returns ``outlet_a, outlet_b, score,
    matched_sentences, quote_matches, reporting_matches, matched_chars, chars_a``: the share of outlet A's
    alignable text (all its documents) matched anywhere in outlet B, each sentence of A counted once per outlet
    B. Sorted by score descending, then names.
    """
    cols = ["outlet_a", "outlet_b", "score", "matched_sentences", "quote_matches", "reporting_matches", "matched_chars", "chars_a"]
    outlet_of = dict(zip(corpus.docs["doc_id"], corpus.docs["outlet"]))
    grouped = matches if "sent_a" not in matches.columns else match_sums(matches, outlet_of)
    if grouped.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "score" else ("str" if c.startswith("outlet") else "int64")) for c in cols})
    out = grouped
    if "chars_a" not in out.columns:
        sizes = text_size(corpus).assign(outlet_a=lambda f: f["doc_id"].map(outlet_of)).groupby("outlet_a", as_index=False)["chars_a"].sum()
        out = out.merge(sizes, on="outlet_a", how="left")
    out = out.assign(score=(out["matched_chars"] / out["chars_a"].where(out["chars_a"] > 0)).fillna(0.0).clip(upper=1.0))
    return out.loc[:, cols].sort_values(["score", "outlet_a", "outlet_b"], ascending=[False, True, True]).reset_index(drop=True)


def sentence_pairs(corpus: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """Matched sentence pairs as text, each unordered pair once (A is the document listed first).

    Needs ``corpus.docs`` (``doc_id, file``), ``corpus.sentences`` (``doc_id, sent_id, text``) and narrowed
    ``matches``. Returns ``doc_a, sent_a, doc_b, sent_b`` plus :data:`SENTENCE_PAIR_COLUMNS`, sorted by
    file_a, sent_a, file_b, sent_b.
    """
    order = {d: i for i, d in enumerate(corpus.docs["doc_id"])}
    forward = matches.loc[matches["doc_a"].map(order) < matches["doc_b"].map(order)]
    backward = matches.loc[matches["doc_a"].map(order) > matches["doc_b"].map(order)].rename(
        columns={"doc_a": "doc_b", "sent_a": "sent_b", "doc_b": "doc_a", "sent_b": "sent_a"}
    )
    both = pd.concat([forward, backward], ignore_index=True).drop_duplicates(["doc_a", "sent_a", "doc_b", "sent_b"])
    files = dict(zip(corpus.docs["doc_id"], corpus.docs["file"]))
    text = corpus.sentences.loc[:, ["doc_id", "sent_id", "text"]]
    out = both.merge(text.rename(columns={"doc_id": "doc_a", "sent_id": "sent_a", "text": "sentence_a"}), on=["doc_a", "sent_a"]).merge(
        text.rename(columns={"doc_id": "doc_b", "sent_id": "sent_b", "text": "sentence_b"}), on=["doc_b", "sent_b"]
    )
    out = out.assign(file_a=out["doc_a"].map(files), file_b=out["doc_b"].map(files), similarity=out["similarity"].round(1))
    out = out.loc[:, ["doc_a", "sent_a", "doc_b", "sent_b", *SENTENCE_PAIR_COLUMNS]]
    return out.sort_values(["file_a", "sent_a", "file_b", "sent_b"]).reset_index(drop=True)


def overlap_table(view: Corpus, matches: pd.DataFrame, pairs: bool = False) -> pd.DataFrame:
    """CLI ``overlap``: the pair table of ``view`` (:data:`CLI_PAIR_COLUMNS`, score 0-1 rounded to 3 places), or
    with ``pairs`` the matched sentences (:data:`SENTENCE_PAIR_COLUMNS`). ``matches`` are already narrowed to
    ``view`` and a threshold (:func:`narrow_matches`)."""
    if pairs:
        return sentence_pairs(view, matches).loc[:, SENTENCE_PAIR_COLUMNS]
    table = pair_table(view, matches)
    return table.assign(score=table["score"].round(3)).loc[:, CLI_PAIR_COLUMNS]
