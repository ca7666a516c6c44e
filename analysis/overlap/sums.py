"""Overlap per pair of documents or outlets, summed straight from the passage groups.

The overlap scores need, for each ordered pair (A, B), how many of A's sentences have a match in B, how many
characters they hold and of which kind. :func:`analysis.overlap.passages.expand_matches` answers that by listing
every matched sentence pair, which on a syndicated corpus is millions of rows (a wire story in 150 outlets gives
each of its sentences 22,350 ordered pairs of copies). Here the same sums come from two small tables:

- for each distinct text and each document holding a match of it, the best match there
  (:func:`best_partners`: highest similarity, then earliest sentence, as the expansion picks it);
- which texts each document holds (one entry per alignable sentence).

The sum over A's sentences of "has a best match in B" is then a product of two sparse matrices
(documents × texts and texts × documents), computed by SciPy in compiled code: the work is the passages and
their partners, not the pairs. The results equal the sums of the expanded matches (``tests/overlap/test_overlap_sums.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from scipy import sparse

from analysis.overlap.passages import MIN_THRESHOLD, Unit

#: The sums of one ordered pair: matched sentences of A, how many of them are quotes / reporting, their
#: characters, and the sum of their best similarities (for a mean).
SUM_COLUMNS = ["matched_sentences", "quote_matches", "reporting_matches", "matched_chars", "similarity_sum"]
#: :func:`pair_sums` and :func:`outlet_sums` add ``chars_a``, A's alignable characters (the score's denominator).
PAIR_SUM_COLUMNS = ["doc_a", "doc_b", *SUM_COLUMNS]
OUTLET_SUM_COLUMNS = ["outlet_a", "outlet_b", *SUM_COLUMNS[:4]]


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="float64" if c == "similarity_sum" else ("int64" if c in [*SUM_COLUMNS, "chars_a"] else "str"))
                         for c in columns})


def _coded(passages: pd.DataFrame, doc_ids: Iterable[str] | None) -> tuple[pd.DataFrame, np.ndarray]:
    """The view's passages with each document as a number, numbered in the order of their ids (so sorting by
    number sorts by id), and the ids."""
    occ = passages if doc_ids is None else passages.loc[passages["doc_id"].isin(set(doc_ids))]
    codes, docs = pd.factorize(occ["doc_id"].astype(str).to_numpy(), sort=True)
    return occ.assign(doc=codes.astype("int64")), np.asarray(docs, dtype=object)


def _firsts(*keys: np.ndarray) -> np.ndarray:
    """Where a run of equal ``keys`` (rows already sorted by them) starts."""
    start = np.zeros(len(keys[0]), dtype=bool)
    if len(start):
        start[0] = True
        for k in keys:
            start[1:] |= k[1:] != k[:-1]
    return start


def _best(occ: pd.DataFrame, links: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """:func:`best_partners` on coded passages: ``text_id, doc_b`` (a number), ``similarity, quoted_b``."""
    counts = np.bincount(occ["text_id"].to_numpy(), minlength=1)
    twice = np.flatnonzero(counts > 1).astype("int64")
    links = links.loc[links["similarity"] >= threshold]
    lu, lv, ls = (links[c].to_numpy() for c in ("u", "v", "similarity"))
    u = np.concatenate([twice, lu, lv]).astype("int64")
    v = np.concatenate([twice, lv, lu]).astype("int64")
    sim = np.concatenate([np.full(len(twice), 100.0), ls, ls]).astype("float64")
    # every occurrence of v, for each pair (u, v): sorted by text, the occurrences of a text are one slice
    texts = occ["text_id"].to_numpy().astype("int64")
    by_text = np.argsort(texts, kind="stable")
    starts = np.searchsorted(texts[by_text], v, side="left")
    ends = np.searchsorted(texts[by_text], v, side="right")
    sizes = ends - starts
    pair = np.repeat(np.arange(len(v)), sizes)
    offsets = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    rows = by_text[np.repeat(starts, sizes) + offsets]
    fu, fsim = u[pair], sim[pair]
    fdoc = occ["doc"].to_numpy()[rows]
    fsent = occ["sent_id"].to_numpy()[rows]
    fq = occ["quoted"].to_numpy().astype(bool)[rows]
    order = np.lexsort((fsent, -fsim, fdoc, fu))
    fu, fdoc, fsim, fq = fu[order], fdoc[order], fsim[order], fq[order]
    keep = _firsts(fu, fdoc)
    return pd.DataFrame({"text_id": fu[keep], "doc_b": fdoc[keep], "similarity": fsim[keep], "quoted_b": fq[keep]})


def best_partners(passages: pd.DataFrame, links: pd.DataFrame, doc_ids: Iterable[str] | None = None,
                  threshold: float = MIN_THRESHOLD) -> pd.DataFrame:
    """For each text of the view and each document of the view holding a match of it, that document's best
    match: ``text_id, doc_b, similarity, quoted_b`` (highest similarity, then earliest sentence; an identical
    text is a match of 100), sorted by text and document.

    ``passages`` and ``links`` from :func:`analysis.overlap.passages.link_passages`; ``doc_ids`` the view (None:
    every document). The rows include the document the text itself stands in; the sums leave it out."""
    occ, docs = _coded(passages, doc_ids)
    best = _best(occ, links, threshold)
    return best.assign(doc_b=docs[best["doc_b"].to_numpy()] if len(best) else pd.Series(dtype="str"))


def _matrix(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, shape: tuple[int, int]) -> sparse.csr_array:
    return sparse.csr_array((values, (rows, cols)), shape=shape)


def _a_side(occ: pd.DataFrame, rows: np.ndarray, n_rows: int, n_texts: int) -> dict[str, sparse.csr_array]:
    """A's sentences as (row × text) matrices: every sentence (1), its characters, and the same for the quoted
    ones and the others."""
    texts = occ["text_id"].to_numpy().astype("int64")
    quoted = occ["quoted"].to_numpy().astype(bool)
    chars = occ["chars"].to_numpy().astype("float64")
    shape = (n_rows, n_texts)
    one = np.ones(len(occ))
    return {
        "all": _matrix(rows, texts, one, shape), "all_chars": _matrix(rows, texts, chars, shape),
        "q": _matrix(rows, texts, one * quoted, shape), "q_chars": _matrix(rows, texts, chars * quoted, shape),
        "nq": _matrix(rows, texts, one * ~quoted, shape), "nq_chars": _matrix(rows, texts, chars * ~quoted, shape),
    }


def _entries(m: sparse.csr_array) -> tuple[np.ndarray, np.ndarray]:
    """The stored entries of ``m`` as (row * columns + column, value), sorted by key."""
    c = sparse.coo_array(m)
    key = c.row.astype("int64") * m.shape[1] + c.col.astype("int64")
    order = np.argsort(key, kind="stable")
    return key[order], c.data[order]


def _sums(a: dict[str, sparse.csr_array], b: dict[str, sparse.csr_array], unit: Unit) -> pd.DataFrame:
    """Sums per (row, column) from A's sentence matrices and B's best-match matrices (texts × columns):
    ``any`` (a match there), ``q`` (the best match is quoted), ``any_q`` / ``any_nq`` (some column member's best
    match is / is not quoted: the same as ``q`` / ``any - q`` for documents), ``sim`` (the best similarity).
    Returns ``row, col`` and the :data:`SUM_COLUMNS`, sorted by row and column."""
    if unit == "quotes":
        parts = {"matched_sentences": a["q"] @ b["any_q"], "matched_chars": a["q_chars"] @ b["any_q"],
                 "similarity_sum": a["q"] @ b["sim_q"]}
    elif unit == "reporting":
        parts = {"matched_sentences": a["nq"] @ b["any"] + a["q"] @ b["any_nq"],
                 "matched_chars": a["nq_chars"] @ b["any"] + a["q_chars"] @ b["any_nq"],
                 "similarity_sum": a["nq"] @ b["sim"] + a["q"] @ b["sim_nq"]}
    else:
        parts = {"matched_sentences": a["all"] @ b["any"], "matched_chars": a["all_chars"] @ b["any"],
                 "similarity_sum": a["all"] @ b["sim"], "quote_matches": a["q"] @ b["q"]}
    width = parts["matched_sentences"].shape[1]
    keys, counts = _entries(parts["matched_sentences"])
    keys = keys[counts > 0]
    out = pd.DataFrame({"row": keys // width, "col": keys % width})
    for name, m in parts.items():
        k, values = _entries(m)
        at = np.searchsorted(keys, k)
        hit = at < len(keys)
        hit[hit] = keys[at[hit]] == k[hit]
        column = np.zeros(len(keys))
        column[at[hit]] = values[hit]
        out[name] = column
    if unit == "quotes":
        out["quote_matches"] = out["matched_sentences"]
    elif unit == "reporting":
        out["quote_matches"] = 0.0
    out["reporting_matches"] = out["matched_sentences"] - out["quote_matches"]
    for c in ("matched_sentences", "quote_matches", "reporting_matches", "matched_chars"):
        out[c] = np.rint(out[c].to_numpy()).astype("int64")
    return out


def _b_side(best: pd.DataFrame, cols: np.ndarray, n_cols: int, n_texts: int) -> dict[str, sparse.csr_array]:
    """B's best matches as (text × column) matrices, one entry per (text, column) (``best`` holds one row
    each: ``text_id, similarity, quoted_b`` and ``any_q, any_nq`` for outlets)."""
    texts = best["text_id"].to_numpy().astype("int64")
    quoted = best["quoted_b"].to_numpy().astype(bool)
    sim = best["similarity"].to_numpy().astype("float64")
    any_q = best["any_q"].to_numpy().astype(bool) if "any_q" in best.columns else quoted
    any_nq = best["any_nq"].to_numpy().astype(bool) if "any_nq" in best.columns else ~quoted
    shape = (n_texts, n_cols)
    one = np.ones(len(best))
    return {
        "any": _matrix(texts, cols, one, shape), "q": _matrix(texts, cols, one * quoted, shape),
        "any_q": _matrix(texts, cols, one * any_q, shape), "any_nq": _matrix(texts, cols, one * any_nq, shape),
        "sim": _matrix(texts, cols, sim, shape), "sim_q": _matrix(texts, cols, sim * any_q, shape),
        "sim_nq": _matrix(texts, cols, sim * any_nq, shape),
    }


def _n_texts(occ: pd.DataFrame, best: pd.DataFrame) -> int:
    return int(max(occ["text_id"].max(), best["text_id"].max())) + 1


def pair_sums(passages: pd.DataFrame, links: pd.DataFrame, doc_ids: Iterable[str] | None = None,
              threshold: float = MIN_THRESHOLD, unit: Unit = "all") -> pd.DataFrame:
    """:data:`PAIR_SUM_COLUMNS` and ``chars_a``: for each ordered pair of different documents of the view with a
    match, the sums over A's sentences of their best match in B (as :func:`match_sums` of the expanded matches
    gives them). ``unit`` keeps the sentences whose best match in B is of that kind. Sorted by doc_a, doc_b."""
    occ, docs = _coded(passages, doc_ids)
    best = _best(occ, links, threshold)
    if occ.empty or best.empty:
        return _empty([*PAIR_SUM_COLUMNS, "chars_a"])
    n_texts = _n_texts(occ, best)
    a = _a_side(occ, occ["doc"].to_numpy(), len(docs), n_texts)
    b = _b_side(best, best["doc_b"].to_numpy(), len(docs), n_texts)
    out = _sums(a, b, unit)
    out = out.loc[out["row"] != out["col"]]
    sizes = np.bincount(occ["doc"].to_numpy(), weights=occ["chars"].to_numpy(), minlength=len(docs))
    rows, cols = out["row"].to_numpy(), out["col"].to_numpy()
    out = out.assign(doc_a=docs[rows], doc_b=docs[cols], chars_a=sizes[rows].astype("int64"))
    # rows come sorted by row then column number: by doc_a then doc_b
    return out.loc[:, [*PAIR_SUM_COLUMNS, "chars_a"]].astype({"doc_a": "str", "doc_b": "str"}).reset_index(drop=True)


def outlet_sums(passages: pd.DataFrame, links: pd.DataFrame, outlet_of: Mapping[str, str],
                doc_ids: Iterable[str] | None = None, threshold: float = MIN_THRESHOLD, unit: Unit = "all") -> pd.DataFrame:
    """:data:`OUTLET_SUM_COLUMNS` and ``chars_a``: for each ordered pair of different outlets, the sums over A's
    sentences of their best match among B's documents (highest similarity, then the first document), as
    :func:`match_sums` of the expanded matches by outlet gives them. ``outlet_of`` maps each document of the view
    to its outlet. Sorted by outlet_a, outlet_b."""
    occ, docs = _coded(passages, doc_ids)
    best = _best(occ, links, threshold)
    if occ.empty or best.empty:
        return _empty([*OUTLET_SUM_COLUMNS, "chars_a"])
    outlet_codes, outlets = pd.factorize(pd.Series(docs).map(outlet_of).astype(str).to_numpy(), sort=True)
    outlets = np.asarray(outlets, dtype=object)
    text, doc, sim, quoted = (best[c].to_numpy() for c in ("text_id", "doc_b", "similarity", "quoted_b"))
    outlet = outlet_codes[doc]
    # per (text, outlet B): the best match among B's documents (highest similarity, then the first document),
    # and whether any of B's documents has a quoted / an unquoted best match
    order = np.lexsort((doc, -sim, outlet, text))
    text, outlet, sim, quoted = text[order], outlet[order], sim[order], quoted[order]
    first = _firsts(text, outlet)
    group = np.cumsum(first) - 1
    any_q = np.bincount(group, weights=quoted, minlength=int(first.sum())) > 0
    any_nq = np.bincount(group, weights=~quoted, minlength=int(first.sum())) > 0
    top = pd.DataFrame({"text_id": text[first], "similarity": sim[first], "quoted_b": quoted[first],
                        "any_q": any_q, "any_nq": any_nq})
    n_texts = _n_texts(occ, top)
    # A's sentences summed by outlet straight away: (outlet × text) @ (text × outlet)
    a_rows = outlet_codes[occ["doc"].to_numpy()]
    a = _a_side(occ, a_rows, len(outlets), n_texts)
    b = _b_side(top, outlet[first], len(outlets), n_texts)
    out = _sums(a, b, unit)
    out = out.loc[out["row"] != out["col"]]
    sizes = np.bincount(a_rows, weights=occ["chars"].to_numpy(), minlength=len(outlets))
    rows, cols = out["row"].to_numpy(), out["col"].to_numpy()
    out = out.assign(outlet_a=outlets[rows], outlet_b=outlets[cols], chars_a=sizes[rows].astype("int64"))
    return out.loc[:, [*OUTLET_SUM_COLUMNS, "chars_a"]].astype({"outlet_a": "str", "outlet_b": "str"}).reset_index(drop=True)


def match_sums(matches: pd.DataFrame, outlet_of: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The same sums from expanded sentence matches (:data:`analysis.overlap.passages.MATCH_FRAME_COLUMNS`):
    per document pair (:data:`PAIR_SUM_COLUMNS`), or with ``outlet_of`` per pair of different outlets
    (:data:`OUTLET_SUM_COLUMNS`; each sentence of A counted once per outlet B, its best match there)."""
    m = matches
    keys = ["doc_a", "doc_b"]
    columns = PAIR_SUM_COLUMNS
    if outlet_of is not None:
        m = m.assign(outlet_a=m["doc_a"].map(outlet_of), outlet_b=m["doc_b"].map(outlet_of))
        m = m.loc[m["outlet_a"] != m["outlet_b"]]
        m = m.sort_values(["doc_a", "sent_a", "outlet_b", "similarity"], ascending=[True, True, True, False])
        m = m.drop_duplicates(["doc_a", "sent_a", "outlet_b"], keep="first")
        keys, columns = ["outlet_a", "outlet_b"], OUTLET_SUM_COLUMNS
    if m.empty:
        return _empty(columns)
    grouped = m.assign(
        is_quote=(m["kind"] == "quote").astype("int64"), is_rep=(m["kind"] == "reporting").astype("int64")
    ).groupby(keys, as_index=False).agg(
        matched_sentences=("sent_a", "size"),
        quote_matches=("is_quote", "sum"),
        reporting_matches=("is_rep", "sum"),
        matched_chars=("chars_a", "sum"),
        similarity_sum=("similarity", "sum"),
    )
    grouped = grouped.assign(matched_chars=grouped["matched_chars"].astype("int64"))
    return grouped.loc[:, columns].sort_values(keys).reset_index(drop=True)
