"""Passages shared between documents, kept as groups of identical sentences and links between similar ones.

A story corpus reprints the same sentences many times: a wire story in 150 outlets gives each of its sentences
150 copies and 22,350 ordered pairs of copies. Stored as pairs, the alignment grows with the square of the
reprints; stored as groups it grows with the text. So the heavy step keeps two linear tables:

- **occurrences** (:func:`sentence_occurrences`, per document): every alignable sentence (``doc_id, sent_id``)
  with its normalised text, length and whether it is mostly quoted;
- **links** (:func:`link_passages`, on the whole corpus): each distinct normalised text gets a ``text_id``
  (identical sentences share it: one group), and pairs of distinct texts similar enough to match are listed
  once (``u < v``, found by n-gram blocking then verified, :func:`analysis.overlap.align.text_links`). A
  :class:`LinkState` kept from an earlier corpus lets :func:`link_passages_kept` verify only the pairs that added
  documents can change, with the same tables as a link from scratch.

:func:`expand_matches` turns them into sentence matches between the documents a view selects (the pair form
the overlap scores read), so pairs are only ever made for what a page or command shows.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from analysis.corpus.load import Corpus
from analysis.overlap.align import (
    MIN_WORDS,
    NGRAM,
    _ngram_hashes,
    _pairs_within_groups,
    alignable_sentences,
    df_limit,
    keep_same_figures,
    ratios,
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


def _empty_links() -> pd.DataFrame:
    return pd.DataFrame({"u": pd.Series(dtype="int64"), "v": pd.Series(dtype="int64"),
                         "similarity": pd.Series(dtype="float64")})


@dataclass(frozen=True)
class LinkState:
    """What the links of one corpus were made from, kept so the next corpus (documents added) verifies only the
    pairs that can change: the distinct normalised ``texts`` in id order, how many documents hold each
    (``docs``), the corpus size ``n_docs``, the ``threshold`` and the ``links`` (:data:`LINK_COLUMNS`, ids into
    ``texts``). ``verified``: candidate pairs verified to make it (None: every candidate, a build from scratch)."""

    texts: list[str]
    docs: np.ndarray
    n_docs: int
    threshold: float
    links: pd.DataFrame
    verified: int | None = None

    def to_frames(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """``(texts, links)`` frames for the store (the corpus size and threshold ride on the texts frame; both
        carry one random ``stamp``, so a texts frame is never read with the links of another write)."""
        stamp = uuid.uuid4().hex
        texts = pd.DataFrame({"text": pd.Series(self.texts, dtype="object"), "docs": self.docs.astype("int64"),
                              "n_docs": np.full(len(self.texts), self.n_docs, dtype="int64"),
                              "threshold": np.full(len(self.texts), self.threshold, dtype="float64"),
                              "stamp": stamp})
        links = self.links.loc[:, LINK_COLUMNS].reset_index(drop=True)
        stamps = pd.DataFrame({"u": [-1], "v": [-1], "similarity": [0.0], "stamp": [stamp]})
        return texts, pd.concat([links.assign(stamp=""), stamps], ignore_index=True)

    @classmethod
    def from_frames(cls, texts: pd.DataFrame | None, links: pd.DataFrame | None) -> LinkState | None:
        """The state :meth:`to_frames` wrote, or None when either frame is missing, holds no text, or the two
        come from different writes."""
        if texts is None or links is None or not len(texts) or "stamp" not in texts or "stamp" not in links:
            return None
        mark = links["u"].to_numpy() < 0
        if mark.sum() != 1 or str(links["stamp"].to_numpy()[mark][0]) != str(texts["stamp"].iloc[0]):
            return None
        return cls([str(t) for t in texts["text"]], texts["docs"].to_numpy(dtype=np.float64),
                   int(texts["n_docs"].iloc[0]), float(texts["threshold"].iloc[0]),
                   links.loc[~mark, LINK_COLUMNS].astype({"u": "int64", "v": "int64", "similarity": "float64"})
                   .reset_index(drop=True))

    def same(self, other: LinkState | None) -> bool:
        """Whether ``other`` holds the same texts, counts, corpus size and threshold (nothing to write)."""
        return (other is not None and self.n_docs == other.n_docs and self.threshold == other.threshold
                and self.texts == other.texts and np.array_equal(self.docs, other.docs))


def _update_links(texts: list[str], text_docs: np.ndarray, min_shared: int, threshold: float,
                  state: LinkState) -> tuple[pd.DataFrame, int] | None:
    """The links of ``texts`` from those of ``state`` when every text of the state is still there (documents
    added, none removed) and the pair rule is the same; None otherwise (the caller links from scratch).

    A pair's link reads its texts, the n-grams they share that are rare (document frequency at most
    :func:`df_limit` of the corpus) and ``min_shared``. So only these pairs can change, and only they are
    verified: a new text with any text it shares a rare n-gram with, and two old texts sharing an n-gram whose
    rarity changed (its frequency grew, or the limit grew with the corpus). Every other old link is kept."""
    old_ids = pd.Index(texts).get_indexer(pd.Index(state.texts))
    if (old_ids < 0).any():
        return None
    old_docs = np.zeros(len(texts), dtype=np.float64)
    old_docs[old_ids] = state.docs
    is_new = np.ones(len(texts), dtype=bool)
    is_new[old_ids] = False
    hashes, owners = _ngram_hashes(texts, NGRAM)
    uniq, inverse = np.unique(hashes, return_inverse=True)
    df_new = np.bincount(inverse, weights=text_docs[owners], minlength=len(uniq))
    df_old = np.bincount(inverse, weights=old_docs[owners], minlength=len(uniq))
    rare = df_new <= df_limit(text_docs)
    changed = (df_old > 0) & (rare != (df_old <= df_limit(state.docs)))
    of_new = np.zeros(len(uniq), dtype=bool)
    of_new[inverse[is_new[owners]]] = True

    def pairs_in(grams: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keep = grams[inverse]
        gram, owner = inverse[keep], owners[keep]
        order = np.lexsort((owner, gram))
        gram, owner = gram[order], owner[order]
        if not len(gram):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        starts = np.concatenate(([0], np.flatnonzero(np.diff(gram)) + 1)).astype(np.int64)
        sizes = np.diff(np.concatenate((starts, [len(gram)]))).astype(np.int64)
        return _pairs_within_groups(owner, starts, sizes)

    lc, rc = pairs_in(changed)
    ln, rn = pairs_in(rare & of_new)
    with_new = is_new[ln] | is_new[rn]
    left, right = np.concatenate((lc, ln[with_new])), np.concatenate((rc, rn[with_new]))
    keys = np.unique(np.minimum(left, right) * len(texts) + np.maximum(left, right))
    us, vs = keys // len(texts), keys % len(texts)
    # shared rare n-grams of each pair to check (few pairs: sets of gram numbers per text)
    grams_of: dict[int, set[int]] = {}
    involved = np.zeros(len(texts), dtype=bool)
    involved[us], involved[vs] = True, True
    pick = involved[owners] & rare[inverse]
    for owner, gram in zip(owners[pick].tolist(), inverse[pick].tolist()):
        grams_of.setdefault(owner, set()).add(gram)
    shared = np.asarray([len(grams_of.get(u, set()) & grams_of.get(v, set())) for u, v in zip(us.tolist(), vs.tolist())],
                        dtype=np.int64)
    lengths = np.asarray([len(t) for t in texts], dtype=np.int64)
    lu, lv = lengths[us], lengths[vs]
    ok = (shared >= min_shared) & (200.0 * np.minimum(lu, lv) / np.maximum(lu + lv, 1) >= threshold)
    cu, cv = us[ok], vs[ok]
    found = _empty_links()
    if len(cu):
        sims = ratios([texts[i] for i in cu], [texts[i] for i in cv], threshold)
        hit = np.flatnonzero(sims >= threshold)
        hit = hit[keep_same_figures(texts, cu[hit], cv[hit])]
        found = pd.DataFrame({"u": cu[hit].astype("int64"), "v": cv[hit].astype("int64"),
                              "similarity": sims[hit].astype("float64")})
    ou, ov = old_ids[state.links["u"].to_numpy()], old_ids[state.links["v"].to_numpy()]
    kept = pd.DataFrame({"u": np.minimum(ou, ov).astype("int64"), "v": np.maximum(ou, ov).astype("int64"),
                         "similarity": state.links["similarity"].to_numpy(dtype=np.float64)})
    kept = kept.loc[~np.isin(kept["u"].to_numpy() * len(texts) + kept["v"].to_numpy(), keys)]
    links = pd.concat([kept, found], ignore_index=True) if len(found) else kept
    return links, int(len(cu))


def link_passages_kept(occurrences: pd.DataFrame, n_docs: int, threshold: float = MIN_THRESHOLD,
                       state: LinkState | None = None) -> tuple[pd.DataFrame, pd.DataFrame, LinkState]:
    """:func:`link_passages` from the :class:`LinkState` of an earlier corpus when there is one (only the pairs
    documents added can change are verified; the tables are those of a link from scratch), with the state of
    this corpus for the next time."""
    codes, uniques = pd.factorize(occurrences["norm"])
    passages = occurrences.assign(text_id=codes.astype("int64")).loc[:, PASSAGE_COLUMNS].reset_index(drop=True)
    texts = [str(t) for t in uniques]
    text_docs = np.bincount(codes, minlength=len(texts)).astype(np.float64)
    min_shared = shared_min(n_docs)
    update = None
    if (state is not None and len(texts) > 1 and float(state.threshold) == float(threshold)
            and shared_min(state.n_docs) == min_shared):
        update = _update_links(texts, text_docs, min_shared, threshold, state)
    if update is not None:
        links, verified = update
    else:
        links = text_links(texts, text_docs, threshold, min_shared=min_shared) if len(texts) > 1 else _empty_links()
        verified = None
    links = links.sort_values(["u", "v"]).reset_index(drop=True).loc[:, LINK_COLUMNS]
    return passages, links, LinkState(texts, text_docs, int(n_docs), float(threshold), links, verified)


def unlinked_passages(occurrences: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The passages of :func:`link_passages` with no links: identical sentences share a text, similar ones are not
    matched (what the pages show when linking fails, :mod:`analysis.isolation`)."""
    codes, _ = pd.factorize(occurrences["norm"])
    passages = occurrences.assign(text_id=codes.astype("int64")).loc[:, PASSAGE_COLUMNS].reset_index(drop=True)
    return passages, _empty_links()


def link_passages(occurrences: pd.DataFrame, n_docs: int, threshold: float = MIN_THRESHOLD) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group identical sentences and link similar groups, over the whole corpus.

    ``occurrences`` from :func:`sentence_occurrences` of a corpus of ``n_docs`` documents. Returns
    ``(passages, links)``: passages are :data:`PASSAGE_COLUMNS` (``text_id`` numbers distinct normalised texts
    in order of first occurrence), links are :data:`LINK_COLUMNS` (``u < v`` text ids whose texts match at
    ``threshold`` or above, similarity 0-100)."""
    passages, links, _ = link_passages_kept(occurrences, n_docs, threshold)
    return passages, links


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
