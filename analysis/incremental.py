"""Per-document results kept between runs, so a corpus step recomputes only the documents that changed.

A corpus step such as quote attribution or share-move reading is, for each document, a pure function of that
document (its text and metadata), of the document's rows in a whole-corpus input (its entity mentions), and of
the code. :func:`doc_keys` hashes exactly that per document; :func:`by_document` keeps the step's rows in the
store (``<name>_bydoc``, one table for every document, each row tagged with its document's key; ``<name>_docs``
lists the keys of every document done, those without rows too) and computes
only the documents whose key it does not hold: after one article is added, that article (and any document
whose mentions changed with it) is the only one computed. The whole-corpus part of the step (clustering,
merging) then runs on the concatenated rows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.store import Store, code_version, table_key

#: The column of a ``<name>_bydoc`` table holding each row's document key.
DOC_KEY = "_doc_key"
#: What a per-document step may read of a document: equal values, equal rows.
KEY_COLUMNS = ("doc_id", "file", "outlet", "published", "published_earliest", "published_at", "title", "text", "head_lines")


_MIX = np.uint64(0x9E3779B97F4A7C15)


def _hash_rows(frame: pd.DataFrame) -> np.ndarray:
    return pd.util.hash_pandas_object(frame.astype("string").fillna("\x00"), index=False).to_numpy()


def _per_doc_hash(doc_ids: Sequence[str], table: pd.DataFrame) -> np.ndarray:
    """One 64-bit hash per document of its rows of ``table`` (needs ``doc_id``), in row order (0 when none)."""
    out = np.zeros(len(doc_ids), dtype="uint64")
    if table.empty:
        return out
    ids = table["doc_id"].astype(str).to_numpy()
    rows = _hash_rows(table.drop(columns=["doc_id"]))
    position = table.groupby(ids, sort=False).cumcount().to_numpy().astype("uint64")
    mixed = pd.util.hash_array(rows ^ (position * _MIX))  # a row's place in its document counts
    order = np.argsort(ids, kind="stable")
    sorted_ids = ids[order]
    starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]])
    sums = np.add.reduceat(mixed[order], starts)  # wraps around: a sum of hashes modulo 2**64
    where = {d: i for i, d in enumerate(doc_ids)}
    for d, value in zip(sorted_ids[starts], sums, strict=True):
        if d in where:
            out[where[d]] = value
    return out


#: The last documents hashed and their hashes: every step of a build keys the same documents (the texts are most
#: of what is hashed), so they are hashed once.
_LAST_DOCS: list[tuple[pd.DataFrame, np.ndarray]] = []


def _docs_hash(docs: pd.DataFrame) -> np.ndarray:
    """:func:`_hash_rows` of the :data:`KEY_COLUMNS` of ``docs``, kept for the same frame (frames are not mutated)."""
    if _LAST_DOCS and _LAST_DOCS[0][0] is docs:
        return _LAST_DOCS[0][1]
    hashed = _hash_rows(docs.loc[:, [c for c in KEY_COLUMNS if c in docs.columns]])
    _LAST_DOCS[:] = [(docs, hashed)]
    return hashed


_LAST_INPUT: list[tuple[list[str], pd.DataFrame, np.ndarray]] = []


def _input_hash(doc_ids: list[str], table: pd.DataFrame) -> np.ndarray:
    """:func:`_per_doc_hash`, kept for the same documents and frame (two steps reading one input hash it once)."""
    if _LAST_INPUT and _LAST_INPUT[0][1] is table and _LAST_INPUT[0][0] == doc_ids:
        return _LAST_INPUT[0][2]
    hashed = _per_doc_hash(doc_ids, table)
    _LAST_INPUT[:] = [(doc_ids, table, hashed)]
    return hashed


def doc_keys(docs: pd.DataFrame, inputs: Sequence[pd.DataFrame] = (), salt: Sequence[str] | None = None) -> np.ndarray:
    """One 64-bit key per row of ``docs``: a hash of the document (:data:`KEY_COLUMNS`), of its rows in each of
    ``inputs`` (whole-corpus tables with ``doc_id``), and of its entry in ``salt`` (one string per document, for a
    corpus-wide value only some documents read)."""
    if docs.empty:
        return np.zeros(0, dtype="uint64")
    key = _docs_hash(docs).copy()
    ids = docs["doc_id"].astype(str).tolist()
    extra = [_input_hash(ids, table) for table in inputs]
    if salt is not None:
        extra.append(pd.util.hash_array(np.asarray(list(salt), dtype=object)))
    for n, part in enumerate(extra, start=1):
        tag = pd.util.hash_array(np.full(len(part), n, dtype="uint64"))  # which input: equal rows of two inputs differ
        key = pd.util.hash_array(key ^ pd.util.hash_array(part ^ tag))
    return key


def in_doc_order(frame: pd.DataFrame, order: Sequence[str]) -> pd.DataFrame:
    """``frame`` sorted by the position of its ``doc_id`` in ``order`` (stable within a document)."""
    if frame.empty:
        return frame.reset_index(drop=True)
    rank = pd.Series(np.arange(len(order)), index=pd.Index(order))
    return frame.iloc[np.argsort(rank.loc[frame["doc_id"].astype(str)].to_numpy(), kind="stable")].reset_index(drop=True)


@dataclass
class Plan:
    """What :func:`by_document` found in the store for step ``name``: the documents to compute (``todo``) and the
    stored rows of the others (``known``)."""

    name: str
    order: list[str]
    keys: np.ndarray
    todo: list[str]
    known: pd.DataFrame | None


def plan(name: str, docs: pd.DataFrame, keys: np.ndarray, store: Store | None, read: bool = True) -> Plan:
    """The first half of :func:`by_document`: which documents of ``docs`` the store does not hold for ``name``."""
    order = docs["doc_id"].astype(str).tolist()
    cache_key = table_key(f"{name}_bydoc", code_version())
    cached = store.read(f"{name}_bydoc", cache_key) if store is not None and read else None
    done = store.read(f"{name}_docs", cache_key) if cached is not None else None  # documents without rows too
    if cached is not None and done is not None and DOC_KEY in cached.columns and DOC_KEY in done.columns:
        have = set(done[DOC_KEY].tolist()) & set(keys.tolist())
        known = cached.loc[cached[DOC_KEY].isin(have)]
    else:
        have, known = set(), None
    return Plan(name, order, keys, [d for d, k in zip(order, keys.tolist(), strict=True) if k not in have], known)


def complete(p: Plan, fresh: pd.DataFrame | None, store: Store | None,
             failed: Collection[str] = ()) -> tuple[pd.DataFrame, int]:
    """The second half of :func:`by_document`: ``fresh`` (the rows of ``p.todo``, None when nothing was to be
    computed) joined to the stored rows, written back when new, in document order. The ``failed`` documents (a
    step raised on them: :mod:`analysis.isolation`) are not recorded as done, so the next run tries them again."""
    if not p.todo and p.known is not None:
        return in_doc_order(p.known.drop(columns=[DOC_KEY]), p.order).infer_objects(), 0
    assert fresh is not None
    key_of = dict(zip(p.order, p.keys.tolist(), strict=True))
    fresh = fresh.assign(**{DOC_KEY: fresh["doc_id"].astype(str).map(key_of).astype("uint64")})
    table = pd.concat([p.known, fresh], ignore_index=True) if p.known is not None and len(p.known) else fresh
    if store is not None:
        cache_key = table_key(f"{p.name}_bydoc", code_version())
        store.write(f"{p.name}_bydoc", cache_key, table)
        retry = {key_of[d] for d in failed if d in key_of}
        every = pd.Series(sorted(set(p.keys.tolist()) - retry), dtype="uint64")
        store.write(f"{p.name}_docs", cache_key, pd.DataFrame({DOC_KEY: every}))
    # a column with no value among the fresh rows comes as objects: the dtypes are inferred again on the whole,
    # as one computation over every document would have them
    return in_doc_order(table.drop(columns=[DOC_KEY]), p.order).infer_objects(), len(p.todo)


def by_document(name: str, docs: pd.DataFrame, keys: np.ndarray, compute: Callable[[list[str]], pd.DataFrame],
                store: Store | None, read: bool = True) -> tuple[pd.DataFrame, int]:
    """The rows of per-document step ``name`` for every document of ``docs`` (in document order, each
    document's rows in the order ``compute`` gave them) and how many documents were computed.

    ``keys`` are :func:`doc_keys` of ``docs``; ``compute(doc_ids)`` returns the step's rows (with ``doc_id``) for
    those documents. Rows of documents whose key the store holds are read (``read`` False: none are); the others
    are computed, and the table of all current documents is written back. Object columns come back with their
    dtypes inferred (``infer_objects``), whether read, computed or both. (:func:`plan` then :func:`complete`.)"""
    p = plan(name, docs, keys, store, read)
    return complete(p, compute(p.todo) if p.todo or p.known is None else None, store)
