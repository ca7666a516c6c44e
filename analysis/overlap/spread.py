"""How the story spread: who published first and who took from whom.

Built on the sentence matches of :mod:`analysis.overlap.score` (the same alignment as the overlap heatmap):

- :func:`reuse_edges` — one row per pair of articles that share passages: a direction (the earlier article is
  the likely source; on the same day without times, or when a date is unknown, the article that holds more of
  the other's text is the taker, and the direction is marked uncertain), the kind of reuse (``reprint``: most of
  the later article is the earlier one, nearly word for word; ``rewrite``: shared reporting, edited or partial;
  ``quotes``: only quotations in common) and its strength (``share_taken``: the share of the taker's text found
  in the source). Two copies of one source are siblings, and the link between them is left out: each took from
  the source (:func:`_sibling_links`).
- :func:`passage_clusters` — one row per passage (a set of matched sentences) with every article that carries
  it and the first to print it; "first" is uncertain when an earlier carrier has no known date.

Dates: ``published`` (a day), ``published_at`` (a time, when the manifest gives one) and ``published_earliest``
(only "on or after" is known).
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from analysis.corpus import Corpus
from analysis.overlap.score import text_size
from analysis.overlap.sums import match_sums

ReuseKind = Literal["reprint", "rewrite", "quotes"]

#: The later article is a reprint when at least this share of it is the earlier one, at this mean similarity.
REPRINT_SHARE = 0.7
REPRINT_SIMILARITY = 92.0
#: Below this difference between the two shares, containment says nothing about the direction.
CONTAINMENT_MARGIN = 0.05
#: Two copies of one source are siblings, not source and taker: a link from an article that took at least
#: ``COPY_SHARE`` of itself from a source, to an article that took from that source too (at most ``SIBLING_MARGIN``
#: less of its text than from the sibling), is left out (:func:`_sibling_links`).
COPY_SHARE = 0.5
SIBLING_MARGIN = 0.1
#: How many of an article's strongest sources may make it a copy (:func:`_sibling_links`).
SOURCES_READ = 3

EDGE_COLUMNS = [
    "source_doc", "taker_doc", "source_file", "taker_file", "source_outlet", "taker_outlet", "source_published",
    "taker_published", "kind", "share_taken", "passages", "similarity", "direction", "direction_basis", "example",
]
CLI_COLUMNS = [
    "source_file", "taker_file", "source_outlet", "taker_outlet", "source_published", "taker_published", "kind",
    "share_taken", "passages", "direction_basis",
]
#: The Spread page groups the sentence pairs of a view into passages when the view holds at most this many.
PAIRS_LISTED = 1_000_000
CLUSTER_COLUMNS = [
    "passage_id", "passage", "articles", "outlets", "first_files", "first_outlets", "first_published", "first_certain",
    "later", "doc_ids",
]


def _dates(docs: pd.DataFrame) -> pd.DataFrame:
    """Per article: ``day`` (publication day), ``at`` (time, when known), ``earliest`` (lower bound) and ``label``
    ("2025-01-25", "2025-01-25 09:30", "on or after 2025-01-27", "unknown")."""
    day = docs["published"].dt.normalize()
    at = docs["published_at"]
    earliest = docs["published_earliest"].dt.normalize()
    label = at.dt.strftime("%Y-%m-%d %H:%M").fillna(day.dt.strftime("%Y-%m-%d"))
    label = label.fillna(earliest.dt.strftime("on or after %Y-%m-%d")).fillna("unknown")
    return pd.DataFrame({"doc_id": docs["doc_id"].to_numpy(), "day": day.to_numpy(), "at": at.to_numpy(),
                         "earliest": earliest.to_numpy(), "label": label.to_numpy()})


def _iso(values: pd.Series, pattern: str = "%Y-%m-%d") -> np.ndarray:
    """Each date or time as text (``pattern``), "" when unknown."""
    return pd.to_datetime(values).dt.strftime(pattern).fillna("").to_numpy(dtype=object)


def _pair_rows(view: Corpus, sums: pd.DataFrame) -> pd.DataFrame:
    """The ordered document pairs of ``sums`` with a score (:func:`analysis.overlap.score.pair_table`'s), folded
    into one row per unordered pair: ``lo, hi`` (positions in ``view.docs``, ``lo`` first) and, for each
    direction (``_ab``: ``lo`` in ``hi``; ``_ba``: the other way), the score ``s``, matched sentences ``n``,
    reporting matches ``r`` (0 when that direction has no row) and mean similarity ``sim`` (NaN then)."""
    ids = pd.Index(view.docs["doc_id"].to_numpy())
    a, b = ids.get_indexer(sums["doc_a"]), ids.get_indexer(sums["doc_b"])
    chars = sums["chars_a"].to_numpy(float) if "chars_a" in sums.columns else text_size(view)["chars_a"].to_numpy(float)[a]
    matched = sums["matched_chars"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.clip(np.nan_to_num(np.where(chars > 0, matched / np.where(chars > 0, chars, 1.0), np.nan)), None, 1.0)
    keep = (score > 0) & (a >= 0) & (b >= 0)  # only the documents of the view
    a, b, first = a[keep], b[keep], (a < b)[keep]
    n = sums["matched_sentences"].to_numpy()[keep]
    side = {"s": score[keep], "n": n, "r": sums["reporting_matches"].to_numpy()[keep],
            "sim": sums["similarity_sum"].to_numpy(float)[keep] / n}
    fwd = pd.DataFrame({"lo": a[first], "hi": b[first], **{f"{k}_ab": v[first] for k, v in side.items()}})
    back = pd.DataFrame({"lo": b[~first], "hi": a[~first], **{f"{k}_ba": v[~first] for k, v in side.items()}})
    pairs = fwd.merge(back, on=["lo", "hi"], how="outer")
    return pairs.fillna({"s_ab": 0.0, "s_ba": 0.0, "n_ab": 0, "n_ba": 0, "r_ab": 0, "r_ba": 0})


def reuse_edges(view: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """One row per pair of articles of ``view`` with shared passages (:data:`EDGE_COLUMNS`), strongest first.

    ``matches`` are sentence matches narrowed to ``view`` and a threshold
    (:meth:`analysis.pipeline.Selection.matches`), or their sums per document pair
    (:meth:`analysis.pipeline.Selection.pair_sums`; then ``example`` is empty: see :func:`edge_examples`). ``direction`` is ``certain`` (dates tell), ``uncertain``
    (dates do not tell; the taker is the article that holds more of the other's text) or ``undirected`` (neither
    tells; source and taker are then in document order); ``direction_basis`` says why in words.

    Vectorised on document positions: what is per document (dates as text, files, outlets) is computed once per
    document and indexed (the 320,000 article pairs of the 10,000-article story corpus take about 2 s).
    """
    sums = matches if "sent_a" not in matches.columns else match_sums(matches)
    if sums.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    pairs = _pair_rows(view, sums)
    lo, hi = pairs["lo"].to_numpy(), pairs["hi"].to_numpy()
    dates = _dates(view.docs)
    day, at, early = (pd.to_datetime(dates[c]).to_numpy() for c in ("day", "at", "earliest"))
    da, db, ta, tb, ea, eb = day[lo], day[hi], at[lo], at[hi], early[lo], early[hi]
    known = lambda v: ~np.isnat(v)  # noqa: E731
    both = known(da) & known(db)
    by_day = both & (da != db)
    by_time = both & (da == db) & known(ta) & known(tb) & (ta != tb)
    a_before_bound = known(da) & ~known(db) & known(eb) & (eb > da)
    b_before_bound = known(db) & ~known(da) & known(ea) & (ea > db)
    certain = by_day | by_time | a_before_bound | b_before_bound
    a_first = (by_day & (da < db)) | (by_time & (ta < tb)) | a_before_bound
    s_ab, s_ba = pairs["s_ab"].to_numpy(float), pairs["s_ba"].to_numpy(float)
    contained = np.abs(s_ab - s_ba) >= CONTAINMENT_MARGIN
    a_takes = ~certain & contained & (s_ab > s_ba)
    a_source = (certain & a_first) | (~certain & ~a_takes)
    direction = np.where(certain, "certain", np.where(contained, "uncertain", "undirected"))
    basis = _direction_basis(dates, lo, hi, both, by_day, by_time, a_before_bound, b_before_bound, direction)
    src, tkr = np.where(a_source, lo, hi), np.where(a_source, hi, lo)
    take = lambda a_col, b_col: np.where(a_source, pairs[b_col], pairs[a_col])  # noqa: E731 - taker side
    taken = take("s_ab", "s_ba")  # share of the taker found in the source
    similarity = np.where(a_source, pairs["sim_ba"].fillna(pairs["sim_ab"]), pairs["sim_ab"].fillna(pairs["sim_ba"]))
    reporting = take("r_ab", "r_ba")
    kind = np.where(reporting == 0, "quotes",
                    np.where((taken >= REPRINT_SHARE) & (similarity >= REPRINT_SIMILARITY), "reprint", "rewrite"))
    ids, files, outlets = (view.docs[c].to_numpy(dtype=object) for c in ("doc_id", "file", "outlet"))
    labels = dates["label"].to_numpy(dtype=object)
    share_taken = np.round(taken.astype(float), 3)
    # strongest first, then by file names (their ranks: equal names rank equal), sorted before the table is built
    file_rank = np.unique(files, return_inverse=True)[1]
    # an article's rank for the sibling rule: the earlier first (unknown dates last), then the order of the view
    when = pd.to_datetime(dates["at"]).fillna(pd.to_datetime(dates["day"])).fillna(pd.to_datetime(dates["earliest"]))
    stamp = when.fillna(pd.Timestamp(0)).to_numpy(dtype="datetime64[ns]").astype(np.int64)
    rank = np.argsort(np.lexsort((np.arange(len(when)), stamp, when.isna().to_numpy())))
    keep = ~_sibling_links(src, tkr, share_taken, rank)
    src, tkr, share_taken, kind, direction, basis, similarity = (
        v[keep] for v in (src, tkr, share_taken, kind, direction, basis, similarity))
    n_taken = take("n_ab", "n_ba")[keep]
    order = np.lexsort((file_rank[tkr], file_rank[src], -share_taken))
    src, tkr, share_taken, kind, direction, basis = (v[order] for v in (src, tkr, share_taken, kind, direction, basis))
    passages, similarity = n_taken.astype(int)[order], similarity[order]
    out = pd.DataFrame({
        "source_doc": ids[src], "taker_doc": ids[tkr], "source_file": files[src], "taker_file": files[tkr],
        "source_outlet": outlets[src], "taker_outlet": outlets[tkr],
        "source_published": labels[src], "taker_published": labels[tkr],
        "kind": kind, "share_taken": share_taken, "passages": passages,
        "similarity": np.round(similarity.astype(float), 1), "direction": direction, "direction_basis": basis,
    })
    # one passage the taker took (its best-matching sentence), for the chart's hover text; from sums alone none
    # (the chart asks for the examples of the links it draws: :func:`edge_examples`)
    if "sent_a" in matches.columns:
        examples = edge_examples(view, matches, list(zip(out["taker_doc"], out["source_doc"])))
        out = out.assign(example=[examples.get((t, s_), "") for t, s_ in zip(out["taker_doc"], out["source_doc"])])
    else:
        out = out.assign(example="")
    return out


def _sibling_links(src: np.ndarray, tkr: np.ndarray, share: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """Boolean per link ``src[i] -> tkr[i]`` (document positions, ``share`` taken): True where both ends copy a
    third article Z (Z -> src took at least :data:`COPY_SHARE` of src) and the taker's share from Z is at most
    :data:`SIBLING_MARGIN` below its share from src. Two outlets printing one wire story share its text, and
    neither took it from the other; a splice of a wire story and its cut reprint took from the wire. The link from
    Z itself is kept, so no taker loses its source (a Z -> taker link that is a sibling link itself explains
    nothing). Each article's Z are its :data:`SOURCES_READ` strongest sources (ties: the lower ``rank`` of a
    document, the earlier first), so the work grows with the links, not with the square of the copies."""
    if not len(src):
        return np.zeros(0, dtype=bool)
    links = pd.DataFrame({"s": src, "t": tkr, "share": share})
    copies = links.assign(r=rank[src]).loc[links["share"] >= COPY_SHARE]
    copies = copies.sort_values(["t", "share", "r"], ascending=[True, False, True], kind="stable")
    copies = copies.groupby("t", sort=False).head(SOURCES_READ).loc[:, ["s", "t"]].rename(columns={"s": "z", "t": "s"})
    if copies.empty:
        return np.zeros(len(src), dtype=bool)
    # (z, s, t): s copies z, and s -> t is a link; then z -> t must be a link with about as much of t
    cand = copies.merge(links.loc[links["s"].isin(copies["s"].unique())], on="s")
    cand = cand.merge(links.rename(columns={"s": "z", "share": "z_share"}), on=["z", "t"])
    cand = cand.loc[cand["z_share"] >= cand["share"] - SIBLING_MARGIN]
    if cand.empty:
        return np.zeros(len(src), dtype=bool)
    key = lambda a, b: a.astype(np.int64) * (int(max(src.max(), tkr.max())) + 1) + b.astype(np.int64)  # noqa: E731
    explained = key(cand["s"].to_numpy(), cand["t"].to_numpy())
    by_kept = ~np.isin(key(cand["z"].to_numpy(), cand["t"].to_numpy()), explained)
    return np.isin(key(src, tkr), explained[by_kept])


def _direction_basis(dates: pd.DataFrame, lo: np.ndarray, hi: np.ndarray, both: np.ndarray, by_day: np.ndarray,
                     by_time: np.ndarray, a_before_bound: np.ndarray, b_before_bound: np.ndarray,
                     direction: np.ndarray) -> np.ndarray:
    """Why each pair's direction is what it is, in words (the first rule that holds): the days, the times, a date
    before the other's earliest one, or what the dates do not tell."""
    iso_day, iso_early, iso_time = _iso(dates["day"]), _iso(dates["earliest"]), _iso(dates["at"], "%H:%M")
    at = pd.to_datetime(dates["at"]).to_numpy()
    unsure = np.where(both, "same day, no publication times", "a publication date is unknown").astype(object)
    basis = unsure + ", and both hold as much of the other"
    rules = [  # the last assigned wins: the rules in reverse order of precedence
        (direction == "uncertain", lambda i: unsure[i] + ": the taker holds more of the other's text"),
        (b_before_bound, lambda i: "published earlier (" + iso_day[hi[i]] + " before the other's earliest date "
         + iso_early[lo[i]] + ")"),
        (a_before_bound, lambda i: "published earlier (" + iso_day[lo[i]] + " before the other's earliest date "
         + iso_early[hi[i]] + ")"),
        (by_time, lambda i: _ordered("published earlier the same day (", iso_time[lo[i]], iso_time[hi[i]],
                                     at[lo[i]] <= at[hi[i]])),
        (by_day, lambda i: _ordered("published earlier (", iso_day[lo[i]], iso_day[hi[i]],
                                    iso_day[lo[i]] <= iso_day[hi[i]])),
    ]
    for holds, text in rules:
        rows = np.flatnonzero(holds)
        if len(rows):
            basis[rows] = text(rows)
    return basis


def _ordered(head: str, a: np.ndarray, b: np.ndarray, a_first: np.ndarray) -> np.ndarray:
    """``head`` + "<earlier> before <later>)" for texts ``a`` and ``b``, ``a`` earlier where ``a_first``."""
    return head + np.where(a_first, a, b) + " before " + np.where(a_first, b, a) + ")"


def edge_examples(view: Corpus, matches: pd.DataFrame, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """For each (taker, source) document pair of ``pairs``, the taker's sentence that best matches the source
    (highest similarity, then longest): the example a link's hover text shows. ``matches`` are the sentence
    matches of the view (or of the pairs' documents alone, :meth:`analysis.pipeline.Selection.matches_among`)."""
    if matches.empty or not pairs:
        return {}
    wanted = pd.DataFrame(pairs, columns=["doc_a", "doc_b"]).drop_duplicates()
    best = matches.merge(wanted, on=["doc_a", "doc_b"]).sort_values(["similarity", "chars_a"], ascending=False, kind="stable")
    best = best.drop_duplicates(["doc_a", "doc_b"]).merge(view.sentences.loc[:, ["doc_id", "sent_id", "text"]].rename(
        columns={"doc_id": "doc_a", "sent_id": "sent_a", "text": "example"}), on=["doc_a", "sent_a"])
    return {(str(a), str(b)): str(e) for a, b, e in zip(best["doc_a"], best["doc_b"], best["example"])}


def spread_table(edges: pd.DataFrame) -> pd.DataFrame:
    """CLI ``spread``: :func:`reuse_edges` with :data:`CLI_COLUMNS`."""
    return edges.loc[:, CLI_COLUMNS].reset_index(drop=True)


def _components(nodes: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected-component label of each of ``nodes`` nodes joined by the edges ``left[i] - right[i]``."""
    parent = np.arange(nodes)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for x, y in zip(left.tolist(), right.tolist()):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return np.array([find(x) for x in range(nodes)])


def passage_clusters(view: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """Passages printed by several articles (:data:`CLUSTER_COLUMNS`), the most widely carried first.

    A passage is a connected set of matched sentences. ``first_files``/``first_outlets`` are the carriers with
    the earliest known date (several when they share the day and no times tell them apart); ``first_certain``
    is False when a carrier with an unknown or "on or after" date could be earlier; ``later`` lists the other
    carriers with their dates.
    """
    if matches.empty:
        return pd.DataFrame(columns=CLUSTER_COLUMNS)
    a = pd.MultiIndex.from_arrays([matches["doc_a"], matches["sent_a"]])
    b = pd.MultiIndex.from_arrays([matches["doc_b"], matches["sent_b"]])
    index = a.append(b).unique()
    labels = _components(len(index), index.get_indexer(a), index.get_indexer(b))
    nodes = pd.DataFrame({"doc_id": index.get_level_values(0), "sent_id": index.get_level_values(1), "passage": labels})
    carriers = nodes.drop_duplicates(["passage", "doc_id"])
    carriers = carriers.loc[carriers.groupby("passage")["doc_id"].transform("size") >= 2]
    if carriers.empty:
        return pd.DataFrame(columns=CLUSTER_COLUMNS)
    meta = view.docs.loc[:, ["doc_id", "file", "outlet"]]
    c = carriers.loc[:, ["passage", "doc_id"]].merge(_dates(view.docs), on="doc_id").merge(meta, on="doc_id")
    c = c.assign(order=c["doc_id"].map(pd.Series(range(len(view.docs)), index=view.docs["doc_id"].to_numpy())))
    first_day = c.groupby("passage")["day"].transform("min")
    on_first_day = c["day"].notna() & (c["day"] == first_day)
    earliest_at = c["at"].where(on_first_day).groupby(c["passage"]).transform("min")
    all_timed = (c["at"].notna() | ~on_first_day).groupby(c["passage"]).transform("all")
    is_first = on_first_day & (~all_timed | c["at"].isna() | (c["at"] == earliest_at))
    none_dated = first_day.isna()
    is_first = is_first | (none_dated & (c["order"] == c.groupby("passage")["order"].transform("min")))
    could_be_earlier = c["day"].isna() & ~(c["earliest"].notna() & (c["earliest"] > first_day))
    uncertain = could_be_earlier.groupby(c["passage"]).transform("any") | none_dated
    c = c.assign(first=is_first, certain=~uncertain, later_text=c["outlet"] + " (" + c["label"] + ")")
    c = c.sort_values(["passage", "order"])
    firsts = c.loc[c["first"]]
    later = c.loc[~c["first"]]
    grouped = c.groupby("passage", sort=False)
    out = pd.DataFrame({
        "articles": grouped["doc_id"].size(),
        "outlets": grouped["outlet"].nunique(),
        "first_published": firsts.groupby("passage")["label"].first(),
        "first_certain": grouped["certain"].first(),
        "first_files": firsts.groupby("passage")["file"].agg(", ".join),
        "first_outlets": firsts.groupby("passage")["outlet"].agg(lambda s: ", ".join(dict.fromkeys(s))),
        "later": later.groupby("passage")["later_text"].agg("; ".join),
        "doc_ids": grouped["doc_id"].agg("|".join),
        "_day": firsts.groupby("passage")["day"].first(),
    }).fillna({"later": ""})
    # the passage as its first printer wrote it: the longest of that article's sentences in the passage
    text = view.sentences.loc[:, ["doc_id", "sent_id", "text"]]
    first_doc = firsts.drop_duplicates("passage").loc[:, ["passage", "doc_id"]]
    rep = nodes.merge(first_doc, on=["passage", "doc_id"]).merge(text, on=["doc_id", "sent_id"])
    rep = rep.assign(n=rep["text"].str.len()).sort_values(["passage", "n"], ascending=[True, False]).drop_duplicates("passage")
    out = out.assign(passage=rep.set_index("passage")["text"].reindex(out.index).fillna("")).reset_index(drop=True)
    out = out.sort_values(["articles", "_day", "passage"], ascending=[False, True, True], na_position="last").reset_index(drop=True)
    out = out.assign(passage_id=[f"P{i + 1:03d}" for i in range(len(out))])
    return out.loc[:, CLUSTER_COLUMNS]
