"""Source overlap: who shares which passages and quotes.

Sentences are aligned between documents by :mod:`analysis.align`. Each match is classified as a shared
*quote* (both sentences mostly inside quotation marks) or shared *reporting* (copied or lightly edited prose).
The score of an ordered pair (A, B) is asymmetric: the share of A's alignable text (characters of its
sentences of at least ``MIN_WORDS`` words, each counted once) that has a match in B.

The heatmap chart, provenance hints and the aligned drill-down live in :mod:`analysis.overlap.chart`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

import numpy as np
import pandas as pd

from analysis.corpus.load import Corpus
from analysis.overlap.align import DEFAULT_THRESHOLD, MIN_WORDS, align_sentences, alignable_sentences

Unit = Literal["all", "quotes", "reporting"]
Kind = Literal["quote", "reporting"]

#: Lowest threshold the app offers; matches are computed once at this level and filtered above it.
MIN_THRESHOLD = 65.0
#: A sentence counts as quoted when at least this share of its characters is inside quotation marks.
QUOTED_SHARE = 0.5

PAIR_COLUMNS = [
    "doc_a", "doc_b", "file_a", "file_b", "outlet_a", "outlet_b", "score",
    "matched_sentences", "quote_matches", "reporting_matches", "matched_chars", "chars_a",
]
CLI_PAIR_COLUMNS = [
    "file_a", "file_b", "outlet_a", "outlet_b", "score", "matched_sentences", "quote_matches", "reporting_matches",
]
SENTENCE_PAIR_COLUMNS = ["file_a", "sentence_a", "file_b", "sentence_b", "similarity", "kind"]
MATCH_FRAME_COLUMNS = ["doc_a", "sent_a", "doc_b", "sent_b", "similarity", "kind", "chars_a"]

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "’›"
#: A closing mark with no opener reaches back over at most this many mark-less paragraphs.
_MAX_CARRY = 6
_SPACE_CODES = np.array([ord(c) for c in " \t\n\r\x0b\x0c\xa0\u2009\u200a\u202f\u3000"], dtype=np.uint32)
_MARKS = re.compile(r"[\"“”„«»'‘’‚‹›]")


def quote_mask(text: str) -> np.ndarray:
    """Boolean per character of ``text``: inside quotation marks (the marks included).

    Handles curly and straight double quotes, and single quotes used as quote marks (an apostrophe inside a
    word such as ``people's`` is not one). Paragraphs are separated by blank lines. A quote left open runs to
    the end of its paragraph (wire style re-opens it in the next one). A closing mark with no opening mark
    before it in its paragraph closes a quote that began earlier: the paragraph up to it, and the paragraphs
    without any quote mark just before it (at most ``_MAX_CARRY``), count as quoted.
    """
    mask = np.zeros(len(text), dtype=bool)
    offset = 0
    markless: list[tuple[int, int]] = []  # spans of the mark-less paragraphs just before this one
    for para in text.split("\n\n"):
        open_kind: str | None = None  # "double" or "single"
        start = 0
        marks = list(_MARKS.finditer(para))
        if not marks:
            markless = [*markless, (offset, offset + len(para))][-_MAX_CARRY:]
            offset += len(para) + 2
            continue
        for m in marks:
            ch, i = m.group(), m.start()
            before = para[i - 1] if i > 0 else " "
            after = para[i + 1] if i + 1 < len(para) else " "
            if ch in "'’‘" and before.isalnum() and after.isalnum():
                continue  # apostrophe inside a word
            opening = (before.isspace() or before in "([{—–-:;,/") and (after.isalnum() or after in "‘'\"“")
            if ch in _DOUBLE_OPEN or ch == '"' or (ch in _DOUBLE_CLOSE and opening):
                if open_kind == "double" and not (ch in _DOUBLE_OPEN or opening):
                    mask[offset + start : offset + i + 1] = True
                    open_kind = None
                elif open_kind is None and (ch in _DOUBLE_OPEN or opening):
                    open_kind, start = "double", i
                elif open_kind is None:  # a lone closing mark: the quote began before this paragraph
                    for lo, hi in markless:
                        mask[lo:hi] = True
                    mask[offset : offset + i + 1] = True
                continue
            if ch in _DOUBLE_CLOSE:
                if open_kind == "double":
                    mask[offset + start : offset + i + 1] = True
                    open_kind = None
                elif open_kind is None:
                    for lo, hi in markless:
                        mask[lo:hi] = True
                    mask[offset : offset + i + 1] = True
                continue
            # single quote marks
            if open_kind is None and opening and ch in _SINGLE_OPEN + "'":
                open_kind, start = "single", i
            elif open_kind == "single" and not before.isspace() and ch in _SINGLE_CLOSE + "'" and not after.isalnum():
                mask[offset + start : offset + i + 1] = True
                open_kind = None
        if open_kind is not None:
            mask[offset + start : offset + len(para)] = True
        markless = []
        offset += len(para) + 2
    return mask


def sentence_quote_share(corpus: Corpus) -> pd.DataFrame:
    """Share of each sentence's non-space characters inside quotation marks.

    Needs ``docs.doc_id, docs.text`` and ``sentences.doc_id, sent_id, char_start, char_end``. Returns
    ``doc_id, sent_id, quote_share`` (0-1) sorted by doc_id, sent_id.
    """
    rows: list[tuple[str, int, float]] = []
    texts = dict(zip(corpus.docs["doc_id"], corpus.docs["text"]))
    for doc_id, part in corpus.sentences.groupby("doc_id", sort=True):
        text = str(texts.get(doc_id, "") or "")
        mask = quote_mask(text)
        visible = ~np.isin(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), _SPACE_CODES)
        for sent_id, start, end in zip(part["sent_id"], part["char_start"], part["char_end"]):
            seen = visible[start:end]
            total = int(seen.sum())
            rows.append((str(doc_id), int(sent_id), float((mask[start:end] & seen).sum() / total) if total else 0.0))
    out = pd.DataFrame(rows, columns=["doc_id", "sent_id", "quote_share"])
    return out.sort_values(["doc_id", "sent_id"]).reset_index(drop=True)


def sentence_matches(corpus: Corpus, threshold: float = MIN_THRESHOLD) -> pd.DataFrame:
    """All sentence matches of the corpus at ``threshold`` or above, classified. Heavy: run it once on the
    whole corpus (the app caches it) and narrow with :func:`narrow_matches`.

    Needs ``corpus.docs`` (``doc_id, text``) and ``corpus.sentences``. Returns ``doc_a, sent_a, doc_b, sent_b,
    similarity, kind, chars_a``: one row per sentence of A and other document B holding its best match in B;
    ``kind`` is "quote" when both sentences are mostly quoted, else "reporting"; ``chars_a`` is the length of
    A's normalised sentence.
    """
    sents = alignable_sentences(corpus)
    matches = align_sentences(corpus, threshold=threshold, sentences=sents)
    share = sentence_quote_share(corpus)
    quoted = share.assign(quoted=share["quote_share"] >= QUOTED_SHARE).loc[:, ["doc_id", "sent_id", "quoted"]]
    chars = sents.loc[:, ["doc_id", "sent_id", "chars"]]
    out = (
        matches.merge(quoted.rename(columns={"doc_id": "doc_a", "sent_id": "sent_a", "quoted": "qa"}), on=["doc_a", "sent_a"], how="left")
        .merge(quoted.rename(columns={"doc_id": "doc_b", "sent_id": "sent_b", "quoted": "qb"}), on=["doc_b", "sent_b"], how="left")
        .merge(chars.rename(columns={"doc_id": "doc_a", "sent_id": "sent_a", "chars": "chars_a"}), on=["doc_a", "sent_a"], how="left")
    )
    both = out["qa"].fillna(False).astype(bool) & out["qb"].fillna(False).astype(bool)
    out = out.assign(kind=np.where(both, "quote", "reporting"), chars_a=out["chars_a"].astype("int64"))
    return out.loc[:, MATCH_FRAME_COLUMNS].sort_values(["doc_a", "sent_a", "doc_b"]).reset_index(drop=True)


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


def pair_table(corpus: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """Asymmetric overlap per ordered document pair.

    Needs ``corpus.docs`` (``doc_id, file, outlet``), ``corpus.sentences`` and ``matches`` already narrowed
    (:func:`narrow_matches`). Returns :data:`PAIR_COLUMNS`, one row per ordered pair with at least one match:
    ``score`` = matched_chars / chars_a (0-1), each sentence of A counted once per B. Sorted by score
    descending, then doc_a, doc_b.
    """
    if matches.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "score" else ("int64" if c.endswith(("sentences", "matches", "chars", "chars_a")) else "str")) for c in PAIR_COLUMNS})
    grouped = matches.assign(
        is_quote=(matches["kind"] == "quote").astype("int64"), is_rep=(matches["kind"] == "reporting").astype("int64")
    ).groupby(["doc_a", "doc_b"], as_index=False).agg(
        matched_sentences=("sent_a", "size"),
        quote_matches=("is_quote", "sum"),
        reporting_matches=("is_rep", "sum"),
        matched_chars=("chars_a", "sum"),
    )
    meta = corpus.docs.loc[:, ["doc_id", "file", "outlet"]]
    out = (
        grouped.merge(text_size(corpus).rename(columns={"doc_id": "doc_a"}), on="doc_a", how="left")
        .merge(meta.rename(columns={"doc_id": "doc_a", "file": "file_a", "outlet": "outlet_a"}), on="doc_a", how="left")
        .merge(meta.rename(columns={"doc_id": "doc_b", "file": "file_b", "outlet": "outlet_b"}), on="doc_b", how="left")
    )
    out = out.assign(score=(out["matched_chars"] / out["chars_a"].where(out["chars_a"] > 0)).fillna(0.0).clip(upper=1.0))
    out = out.loc[out["score"] > 0, PAIR_COLUMNS]
    return out.sort_values(["score", "doc_a", "doc_b"], ascending=[False, True, True]).reset_index(drop=True)


def outlet_table(corpus: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """Asymmetric overlap per ordered pair of different outlets.

    Needs ``corpus.docs`` (``doc_id, outlet``), ``corpus.sentences`` and narrowed ``matches``. Returns
    ``outlet_a, outlet_b, score, matched_sentences, quote_matches, reporting_matches, matched_chars, chars_a``:
    the share of outlet A's alignable text (all its documents) matched anywhere in outlet B, each sentence of
    A counted once per outlet B. Sorted by score descending, then names.
    """
    cols = ["outlet_a", "outlet_b", "score", "matched_sentences", "quote_matches", "reporting_matches", "matched_chars", "chars_a"]
    outlet_of = dict(zip(corpus.docs["doc_id"], corpus.docs["outlet"]))
    m = matches.assign(outlet_a=matches["doc_a"].map(outlet_of), outlet_b=matches["doc_b"].map(outlet_of))
    m = m.loc[m["outlet_a"] != m["outlet_b"]]
    if m.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "score" else ("str" if c.startswith("outlet") else "int64")) for c in cols})
    # one row per sentence of A and outlet B: its best match among B's documents
    m = m.sort_values(["doc_a", "sent_a", "outlet_b", "similarity"], ascending=[True, True, True, False])
    m = m.drop_duplicates(["doc_a", "sent_a", "outlet_b"], keep="first")
    grouped = m.assign(
        is_quote=(m["kind"] == "quote").astype("int64"), is_rep=(m["kind"] == "reporting").astype("int64")
    ).groupby(["outlet_a", "outlet_b"], as_index=False).agg(
        matched_sentences=("sent_a", "size"),
        quote_matches=("is_quote", "sum"),
        reporting_matches=("is_rep", "sum"),
        matched_chars=("chars_a", "sum"),
    )
    sizes = text_size(corpus).assign(outlet_a=lambda f: f["doc_id"].map(outlet_of)).groupby("outlet_a", as_index=False)["chars_a"].sum()
    out = grouped.merge(sizes, on="outlet_a", how="left")
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
