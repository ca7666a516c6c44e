"""Passages shared between documents, kept as groups of identical sentences and links between similar ones.

A story corpus reprints the same sentences many times: a wire story in 150 outlets gives each of its sentences
150 copies and 22,350 ordered pairs of copies. Stored as pairs, the alignment grows with the square of the
reprints; stored as groups it grows with the text. So the heavy step keeps two linear tables:

- **occurrences** (:func:`sentence_occurrences`, per document): every alignable sentence (``doc_id, sent_id``)
  with its normalised text, length and whether it is mostly quoted;
- **links** (:func:`link_passages`, on the whole corpus): each distinct normalised text gets a ``text_id``
  (identical sentences share it: one group), and pairs of distinct texts similar enough to match are listed
  once (``u < v``, found by n-gram blocking then verified, :func:`analysis.overlap.align.text_links`).

:func:`expand_matches` turns them into sentence matches between the documents a view selects (the pair form
the overlap scores read), so pairs are only ever made for what a page or command shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

import numpy as np
import pandas as pd

from analysis.corpus.load import Corpus
from analysis.overlap.align import (
    MIN_WORDS,
    alignable_sentences,
    shared_min,
    text_links,
)

Unit = Literal["all", "quotes", "reporting"]

#: Lowest threshold the app offers; links are computed once at this level and filtered above it.
MIN_THRESHOLD = 65.0
#: A sentence counts as quoted when at least this share of its characters is inside quotation marks.
QUOTED_SHARE = 0.5
#: Columns of :func:`sentence_occurrences` (``norm`` is dropped once texts have ids).
OCCURRENCE_COLUMNS = ["doc_id", "sent_id", "norm", "chars", "quoted"]
#: Columns of the stored passages table (:func:`link_passages`).
PASSAGE_COLUMNS = ["doc_id", "sent_id", "text_id", "chars", "quoted"]
#: Columns of the links table.
LINK_COLUMNS = ["u", "v", "similarity"]
#: Columns of the sentence matches :func:`expand_matches` returns.
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


def sentence_occurrences(corpus: Corpus) -> pd.DataFrame:
    """The alignable sentences of ``corpus`` (:func:`analysis.overlap.align.alignable_sentences`: at least
    ``MIN_WORDS`` words, a document's repeats once) with ``quoted`` (at least :data:`QUOTED_SHARE` of the
    sentence inside quotation marks). A pure function of each document. Returns :data:`OCCURRENCE_COLUMNS`,
    sorted by doc_id, sent_id."""
    sents = alignable_sentences(corpus, MIN_WORDS)
    share = sentence_quote_share(corpus)
    quoted = share.assign(quoted=share["quote_share"] >= QUOTED_SHARE).loc[:, ["doc_id", "sent_id", "quoted"]]
    out = sents.merge(quoted, on=["doc_id", "sent_id"], how="left")
    out = out.assign(quoted=out["quoted"].fillna(False).astype(bool))
    return out.loc[:, OCCURRENCE_COLUMNS].reset_index(drop=True)


def link_passages(occurrences: pd.DataFrame, n_docs: int, threshold: float = MIN_THRESHOLD) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group identical sentences and link similar groups, over the whole corpus.

    ``occurrences`` from :func:`sentence_occurrences` of a corpus of ``n_docs`` documents. Returns
    ``(passages, links)``: passages are :data:`PASSAGE_COLUMNS` (``text_id`` numbers distinct normalised texts
    in order of first occurrence), links are :data:`LINK_COLUMNS` (``u < v`` text ids whose texts match at
    ``threshold`` or above, similarity 0-100)."""
    codes, uniques = pd.factorize(occurrences["norm"])
    passages = occurrences.assign(text_id=codes.astype("int64")).loc[:, PASSAGE_COLUMNS]
    texts = [str(t) for t in uniques]
    text_docs = np.bincount(codes, minlength=len(texts)).astype(np.float64)
    links = text_links(texts, text_docs, threshold, min_shared=shared_min(n_docs)) if len(texts) > 1 else (
        pd.DataFrame({"u": pd.Series(dtype="int64"), "v": pd.Series(dtype="int64"), "similarity": pd.Series(dtype="float64")}))
    links = links.sort_values(["u", "v"]).reset_index(drop=True)
    return passages.reset_index(drop=True), links.loc[:, LINK_COLUMNS]


def align_passages(corpus: Corpus, threshold: float = MIN_THRESHOLD) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`link_passages` of :func:`sentence_occurrences` of ``corpus``: ``(passages, links)``."""
    return link_passages(sentence_occurrences(corpus), len(corpus.docs), threshold)


def _empty_matches() -> pd.DataFrame:
    types = {"doc_a": "str", "sent_a": "int64", "doc_b": "str", "sent_b": "int64", "similarity": "float64",
             "kind": "str", "chars_a": "int64"}
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in types.items()})


def expand_matches(
    passages: pd.DataFrame,
    links: pd.DataFrame,
    doc_ids: Iterable[str] | None = None,
    threshold: float = MIN_THRESHOLD,
    unit: Unit = "all",
) -> pd.DataFrame:
    """Sentence matches between the documents in ``doc_ids`` (all when None) at ``threshold`` or above.

    ``passages`` and ``links`` from :func:`link_passages`. Returns :data:`MATCH_FRAME_COLUMNS`: one row per
    sentence of A and other document B where the sentence has a match in B, holding its best match there
    (ties: B's earliest sentence); both directions present; ``kind`` is "quote" when both sentences are mostly
    quoted, else "reporting" (``unit`` keeps one kind, after the best match is chosen); ``chars_a`` is the length
    of A's normalised sentence. Sorted by doc_a, sent_a, doc_b. The work is the number of pairs returned.
    """
    occ = passages if doc_ids is None else passages.loc[passages["doc_id"].isin(set(doc_ids))]
    links = links.loc[links["similarity"] >= threshold]
    # a text joins a pair only if it is printed twice or linked to another text of the view
    present = np.zeros(int(passages["text_id"].max()) + 1 if len(passages) else 0, dtype=bool)
    present[occ["text_id"].to_numpy()] = True
    links = links.loc[present[links["u"].to_numpy()] & present[links["v"].to_numpy()]] if len(present) else links.iloc[0:0]
    counts = occ["text_id"].value_counts()
    twice = counts.index[counts.to_numpy() > 1].to_numpy()
    keep = np.union1d(twice, np.union1d(links["u"].to_numpy(), links["v"].to_numpy()))
    occ = occ.loc[occ["text_id"].isin(keep)]
    if occ.empty:
        return _empty_matches()
    same = pd.DataFrame({"u": twice.astype("int64"), "v": twice.astype("int64"), "similarity": 100.0})
    pairs = pd.concat([same, links, links.rename(columns={"u": "v", "v": "u"})], ignore_index=True)
    a = occ.loc[:, ["doc_id", "sent_id", "text_id", "chars", "quoted"]].rename(
        columns={"doc_id": "doc_a", "sent_id": "sent_a", "text_id": "u", "chars": "chars_a", "quoted": "qa"})
    b = occ.loc[:, ["doc_id", "sent_id", "text_id", "quoted"]].rename(
        columns={"doc_id": "doc_b", "sent_id": "sent_b", "text_id": "v", "quoted": "qb"})
    merged = pairs.merge(a, on="u").merge(b, on="v")
    merged = merged.loc[merged["doc_a"] != merged["doc_b"]]
    if merged.empty:
        return _empty_matches()
    best = merged.sort_values(["doc_a", "sent_a", "doc_b", "similarity", "sent_b"], ascending=[True, True, True, False, True])
    best = best.drop_duplicates(["doc_a", "sent_a", "doc_b"], keep="first")
    best = best.assign(kind=np.where(best["qa"].to_numpy() & best["qb"].to_numpy(), "quote", "reporting"),
                       chars_a=best["chars_a"].astype("int64"))
    if unit == "quotes":
        best = best.loc[best["kind"] == "quote"]
    elif unit == "reporting":
        best = best.loc[best["kind"] == "reporting"]
    return best.loc[:, MATCH_FRAME_COLUMNS].reset_index(drop=True)
