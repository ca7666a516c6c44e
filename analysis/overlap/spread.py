"""How the story spread: who published first and who took from whom.

Built on the sentence matches of :mod:`analysis.overlap.score` (the same alignment as the overlap heatmap):

- :func:`reuse_edges` — one row per pair of articles that share passages: a direction (the earlier article is
  the likely source; on the same day without times, or when a date is unknown, the article that holds more of
  the other's text is the taker, and the direction is marked uncertain), the kind of reuse (``reprint``: most of
  the later article is the earlier one, nearly word for word; ``rewrite``: shared reporting, edited or partial;
  ``quotes``: only quotations in common) and its strength (``share_taken``: the share of the taker's text found
  in the source).
- :func:`passage_clusters` — one row per passage (a set of matched sentences) with every article that carries
  it and the first to print it; "first" is uncertain when an earlier carrier has no known date.

Dates: ``published`` (a day), ``published_at`` (a time, when the manifest gives one) and ``published_earliest``
(only "on or after" is known).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import numpy as np
import pandas as pd

from analysis.corpus import Corpus
from analysis.overlap.score import pair_table

ReuseKind = Literal["reprint", "rewrite", "quotes"]

#: The later article is a reprint when at least this share of it is the earlier one, at this mean similarity.
REPRINT_SHARE = 0.7
REPRINT_SIMILARITY = 92.0
#: Below this difference between the two shares, containment says nothing about the direction.
CONTAINMENT_MARGIN = 0.05

EDGE_COLUMNS = [
    "source_doc", "taker_doc", "source_file", "taker_file", "source_outlet", "taker_outlet", "source_published",
    "taker_published", "kind", "share_taken", "passages", "similarity", "direction", "direction_basis",
]
CLI_COLUMNS = [
    "source_file", "taker_file", "source_outlet", "taker_outlet", "source_published", "taker_published", "kind",
    "share_taken", "passages", "direction_basis",
]
CLUSTER_COLUMNS = [
    "passage_id", "passage", "articles", "outlets", "first_files", "first_outlets", "first_published", "first_certain",
    "later", "doc_ids",
]


class _When:
    """What is known of one article's publication: an exact time, a day, a lower bound, or nothing."""

    def __init__(self, day: pd.Timestamp, at: pd.Timestamp, earliest: pd.Timestamp) -> None:
        self.day = None if pd.isna(day) else day.date()
        self.at: datetime | None = None if pd.isna(at) else at.to_pydatetime()
        self.earliest = None if pd.isna(earliest) else earliest.date()

    def label(self) -> str:
        if self.at is not None:
            return self.at.strftime("%Y-%m-%d %H:%M")
        if self.day is not None:
            return self.day.isoformat()
        if self.earliest is not None:
            return f"on or after {self.earliest.isoformat()}"
        return "unknown"


def _order(a: _When, b: _When) -> tuple[int, str] | None:
    """-1 when ``a`` surely came first, 1 when ``b`` did, with the reason; None when the dates cannot tell."""
    if a.day is not None and b.day is not None:
        if a.day != b.day:
            return (-1 if a.day < b.day else 1), f"published earlier ({min(a.day, b.day)} before {max(a.day, b.day)})"
        if a.at is not None and b.at is not None and a.at != b.at:
            first, second = sorted((a.at, b.at))
            return (-1 if a.at < b.at else 1), f"published earlier the same day ({first:%H:%M} before {second:%H:%M})"
        return None
    if a.day is not None and b.day is None and b.earliest is not None and b.earliest > a.day:
        return -1, f"published earlier ({a.day} before the other's earliest date {b.earliest})"
    if b.day is not None and a.day is None and a.earliest is not None and a.earliest > b.day:
        return 1, f"published earlier ({b.day} before the other's earliest date {a.earliest})"
    return None


def _why_unsure(a: _When, b: _When) -> str:
    if a.day is not None and b.day is not None:
        return "same day, no publication times"
    return "a publication date is unknown"


def reuse_edges(view: Corpus, matches: pd.DataFrame) -> pd.DataFrame:
    """One row per pair of articles of ``view`` with shared passages (:data:`EDGE_COLUMNS`), strongest first.

    ``matches`` are sentence matches narrowed to ``view`` and a threshold
    (:meth:`analysis.pipeline.Selection.matches`). ``direction`` is ``certain`` (dates tell), ``uncertain``
    (dates do not tell; the taker is the article that holds more of the other's text) or ``undirected`` (neither
    tells; source and taker are then in document order); ``direction_basis`` says why in words.
    """
    if matches.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    scores = pair_table(view, matches)
    share = {(a, b): s for a, b, s in zip(scores["doc_a"], scores["doc_b"], scores["score"])}
    sims = matches.groupby(["doc_a", "doc_b"])["similarity"].mean().to_dict()
    reporting = matches.loc[matches["kind"] == "reporting"].groupby(["doc_a", "doc_b"]).size().to_dict()
    counts = matches.groupby(["doc_a", "doc_b"]).size().to_dict()
    docs = view.docs.set_index("doc_id")
    when = {
        d: _When(r.published, r.published_at, r.published_earliest)
        for d, r in zip(docs.index, docs.loc[:, ["published", "published_at", "published_earliest"]].itertuples())
    }
    order = {d: i for i, d in enumerate(view.docs["doc_id"])}
    rows = []
    for a, b in {tuple(sorted(k, key=order.get)) for k in counts}:
        s_ab, s_ba = share.get((a, b), 0.0), share.get((b, a), 0.0)  # share of a found in b, of b found in a
        decided = _order(when[a], when[b])
        if decided is not None:
            source, taker = (a, b) if decided[0] < 0 else (b, a)
            direction, basis = "certain", decided[1]
        elif abs(s_ab - s_ba) >= CONTAINMENT_MARGIN:
            source, taker = (b, a) if s_ab > s_ba else (a, b)
            direction = "uncertain"
            basis = f"{_why_unsure(when[a], when[b])}: the taker holds more of the other's text"
        else:
            source, taker = a, b
            direction, basis = "undirected", f"{_why_unsure(when[a], when[b])}, and both hold as much of the other"
        taken = share.get((taker, source), 0.0)
        similarity = float(sims.get((taker, source), sims.get((source, taker), 0.0)))
        n_reporting = int(reporting.get((taker, source), 0))
        kind: ReuseKind = (
            "quotes" if n_reporting == 0
            else "reprint" if taken >= REPRINT_SHARE and similarity >= REPRINT_SIMILARITY
            else "rewrite"
        )
        rows.append({
            "source_doc": source, "taker_doc": taker,
            "source_file": docs.at[source, "file"], "taker_file": docs.at[taker, "file"],
            "source_outlet": docs.at[source, "outlet"], "taker_outlet": docs.at[taker, "outlet"],
            "source_published": when[source].label(), "taker_published": when[taker].label(),
            "kind": kind, "share_taken": round(float(taken), 3), "passages": int(counts.get((taker, source), 0)),
            "similarity": round(similarity, 1), "direction": direction, "direction_basis": basis,
        })
    out = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    return out.sort_values(["share_taken", "source_file", "taker_file"], ascending=[False, True, True]).reset_index(drop=True)


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
    the earliest known date (several when they share the day); ``first_certain`` is False when a carrier with
    an unknown or "on or after" date could be earlier; ``later`` lists the other carriers with their dates.
    """
    if matches.empty:
        return pd.DataFrame(columns=CLUSTER_COLUMNS)
    a = list(zip(matches["doc_a"], matches["sent_a"]))
    b = list(zip(matches["doc_b"], matches["sent_b"]))
    index = {node: i for i, node in enumerate(dict.fromkeys(a + b))}
    labels = _components(len(index), np.array([index[n] for n in a]), np.array([index[n] for n in b]))
    nodes = pd.DataFrame(list(index), columns=["doc_id", "sent_id"]).assign(passage=labels)
    text = view.sentences.loc[:, ["doc_id", "sent_id", "text"]]
    nodes = nodes.merge(text, on=["doc_id", "sent_id"], how="left")
    docs = view.docs.set_index("doc_id")
    when = {
        d: _When(r.published, r.published_at, r.published_earliest)
        for d, r in zip(docs.index, docs.loc[:, ["published", "published_at", "published_earliest"]].itertuples())
    }
    rows = []
    for _, part in nodes.groupby("passage", sort=False):
        carriers = list(dict.fromkeys(part["doc_id"]))
        if len(carriers) < 2:
            continue
        dated = [d for d in carriers if when[d].day is not None]
        first_day = min((when[d].day for d in dated), default=None)
        first = sorted(d for d in dated if when[d].day == first_day)
        if len(first) > 1 and all(when[d].at is not None for d in first):
            earliest_at = min(when[d].at for d in first)
            first = [d for d in first if when[d].at == earliest_at]
        undated = [d for d in carriers if when[d].day is None]
        certain = bool(first) and all(
            when[d].earliest is not None and first_day is not None and when[d].earliest > first_day for d in undated
        )
        if not first:
            first = carriers[:1]
        rep = part.loc[part["doc_id"] == first[0], "text"].astype(str)
        passage = max(rep, key=len) if len(rep) else str(part["text"].iloc[0])
        later = [d for d in carriers if d not in first]
        rows.append({
            "passage": passage,
            "articles": len(carriers),
            "outlets": docs.loc[carriers, "outlet"].nunique(),
            "first_files": ", ".join(docs.at[d, "file"] for d in first),
            "first_outlets": ", ".join(dict.fromkeys(docs.at[d, "outlet"] for d in first)),
            "first_published": when[first[0]].label(),
            "first_certain": certain,
            "later": "; ".join(f"{docs.at[d, 'outlet']} ({when[d].label()})" for d in later),
            "doc_ids": "|".join(carriers),
            "_day": first_day.isoformat() if first_day else "9999",
        })
    out = pd.DataFrame(rows)
    if out.empty:
        return pd.DataFrame(columns=CLUSTER_COLUMNS)
    out = out.sort_values(["articles", "_day", "passage"], ascending=[False, True, True]).reset_index(drop=True)
    out = out.assign(passage_id=[f"P{i + 1:03d}" for i in range(len(out))])
    return out.loc[:, CLUSTER_COLUMNS]
