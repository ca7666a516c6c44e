"""Quote clusters updated incrementally (issue 17): a clustering from the state a previous one left verifies only
what the new or changed quotations can touch, and its table is exactly the one a clustering from scratch gives."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import analysis.quotes.cluster as cluster
from analysis import analyse, load_corpus
from analysis.quotes.cluster import cluster_forms, cluster_quotes, cluster_quotes_kept, normalise
from analysis.store import Store

BASE = [
    ("d1", "We will not sell the Quarrow plant to anyone this year"),
    ("d2", "We will not sell the Quarrow plant to anyone"),
    ("d3", "The board has full confidence in Mara Velden"),
    ("d4", "Prices at Tollbridge will rise again in the spring"),
    ("d5", "the board has full confidence in Mara Velden"),
]


def _frame(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [d for d, _ in rows], "quote": [q for _, q in rows],
                         "start": list(range(len(rows)))})


def _incremental_equals_scratch(before: list[tuple[str, str]], after: list[tuple[str, str]]) -> int:
    """Cluster ``before``, then ``after`` from its state; the table and state must be those of ``after`` from
    scratch. Returns how many forms the second clustering verified."""
    _, state = cluster_quotes_kept(_frame(before))
    got, kept = cluster_quotes_kept(_frame(after), state)
    want, fresh = cluster_quotes_kept(_frame(after))
    pd.testing.assert_frame_equal(got, want)
    assert kept.same(fresh)
    return kept.verified


def test_an_added_document_joining_a_cluster_is_the_only_one_verified() -> None:
    after = [*BASE, ("d6", "We will not sell the Quarrow plant to anyone this year, or next")]
    assert _incremental_equals_scratch(BASE, after) == 1
    out = cluster_quotes(_frame(after))
    assert out.loc[out["doc_id"] == "d6", "cluster_id"].item() == out.loc[out["doc_id"] == "d1", "cluster_id"].item()


def test_an_added_reprint_verifies_nothing_and_can_change_the_representative() -> None:
    # two more copies of the shorter wording: it becomes the cluster's most common one, and every variant's
    # fidelity is scored against it
    after = [*BASE, ("d7", "We will not sell the Quarrow plant to anyone"), ("d8", "We will not sell the Quarrow plant to anyone")]
    assert _incremental_equals_scratch(BASE, after) == 0
    out = cluster_quotes(_frame(after))
    assert set(out.loc[out["doc_id"].isin(["d1", "d2"]), "representative"]) == {"We will not sell the Quarrow plant to anyone"}


def test_removing_the_bridge_between_two_wordings_splits_their_cluster() -> None:
    long_ = ("a1", "The Quarrow plant will close in March and the Tollbridge depot will stay open all year")
    left = ("a2", "The Quarrow plant will close in March")
    right = ("a3", "the Tollbridge depot will stay open all year")
    both = cluster_quotes(_frame([long_, left, right]))
    assert both["cluster_id"].nunique() == 1, "each part sits inside the long wording"
    assert _incremental_equals_scratch([long_, left, right], [left, right]) == 2
    assert cluster_quotes(_frame([left, right]))["cluster_id"].nunique() == 2


def test_a_three_word_run_that_stops_being_rare_is_checked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "MAX_BLOCK", 2)
    monkeypatch.setattr(cluster, "MIN_SHARED", 1)
    a, b = ("b1", "cut costs now please"), ("b2", "please cut costs now")  # one 3-gram in common: "cut costs now"
    more = [("b3", "we cut costs now"), ("b4", "they cut costs now")]
    assert cluster_quotes(_frame([a, b]))["cluster_id"].nunique() == 1
    # two more forms hold "cut costs now": it is no longer rare, the pair is no longer compared, and the cluster
    # that held it is split
    _incremental_equals_scratch([a, b], [a, b, *more])
    assert cluster_quotes(_frame([a, b, *more])).set_index("doc_id").loc[["b1", "b2"], "cluster_id"].nunique() == 2
    # and the other way: the forms leave, the 3-gram is rare again and joins a pair nobody compared before
    _incremental_equals_scratch([a, b, *more], [a, b])


def test_clusters_do_not_depend_on_the_order_of_the_rows() -> None:
    rows = [*BASE, ("d6", "We will not sell the Quarrow plant to anyone this year, or next")]
    forward, backward = cluster_forms(normalise(q) for _, q in rows)[0], cluster_forms(normalise(q) for _, q in rows[::-1])[0]
    assert forward == backward
    out = cluster_quotes(_frame(rows))
    assert out["cluster_id"].tolist()[:4] == ["Q001", "Q001", "Q002", "Q003"], "numbered by first appearance"


def test_the_pipeline_keeps_the_clusters_and_verifies_an_added_article_only(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    texts = [
        "Quarrow keeps plant\n\n\"We will not sell the Quarrow plant to anyone this year,\" said Mara Velden, "
        "chief executive of Quarrow Foods.\n",
        "Tollbridge prices\n\n\"Prices at Tollbridge will rise again in the spring,\" said Ivo Marsh, a trader.\n",
    ]
    for n, text in enumerate(texts):
        (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
    store = Store(tmp_path / "store")
    first = analyse(load_corpus(folder), store=store)
    assert len(first.quotes) == 2 and first.computed["quote_clusters"] == 2
    (folder / "a9.txt").write_text(
        "Quarrow plant stays\n\n\"We will not sell the Quarrow plant to anyone,\" Mara Velden told reporters.\n",
        encoding="utf-8")
    corpus = load_corpus(folder)
    again = analyse(corpus, store=store)
    quotes = again.quotes
    assert again.computed["quote_clusters"] == 1, "the added article's quote alone is verified"
    pd.testing.assert_frame_equal(quotes, analyse(corpus).quotes)
    assert quotes["cluster_id"].nunique() == 2
