"""The overlap summed per pair from the passage groups equals the sums of the expanded sentence matches."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.filters import FilterState
from analysis.overlap.passages import expand_matches
from analysis.overlap.score import outlet_table, pair_table
from analysis.overlap.sums import match_sums, outlet_sums, pair_sums
from analysis.pipeline import analyse, select


def _random_passages(seed: int) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """A small random corpus of passages: texts reprinted across documents (some quoted in one copy and not
    in another), links with tied similarities, documents sharing outlets."""
    rng = np.random.default_rng(seed)
    n_docs, n_texts = 14, 30
    rows = []
    for d in range(n_docs):
        texts = rng.choice(n_texts, size=rng.integers(1, 9), replace=False)
        for s, t in enumerate(texts):
            rows.append((f"d{d:02d}", s, int(t), int(rng.integers(30, 200)), bool(rng.random() < 0.35)))
    passages = pd.DataFrame(rows, columns=["doc_id", "sent_id", "text_id", "chars", "quoted"])
    printed = passages["text_id"].unique()
    pairs = {(int(u), int(v)) for u, v in rng.choice(printed, size=(40, 2)) if u < v}
    links = pd.DataFrame([(u, v, float(rng.choice([66.0, 75.0, 80.0, 80.0, 92.5]))) for u, v in sorted(pairs)],
                         columns=["u", "v", "similarity"])
    outlet_of = {f"d{d:02d}": f"Outlet {d % 5}" for d in range(n_docs)}
    return passages, links, outlet_of


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("unit", ["all", "quotes", "reporting"])
def test_sums_equal_the_expanded_matches(seed: int, unit: str) -> None:
    passages, links, outlet_of = _random_passages(seed)
    view = None if seed % 2 else sorted(outlet_of)[: 10]
    for threshold in (65.0, 80.0):
        matches = expand_matches(passages, links, view, threshold, unit)
        want = match_sums(matches)
        got = pair_sums(passages, links, view, threshold, unit)
        pd.testing.assert_frame_equal(got.drop(columns=["similarity_sum", "chars_a"]), want.drop(columns=["similarity_sum"]))
        np.testing.assert_allclose(got["similarity_sum"], want["similarity_sum"])
        want_outlets = match_sums(matches, outlet_of)
        got_outlets = outlet_sums(passages, links, outlet_of, view, threshold, unit)
        pd.testing.assert_frame_equal(got_outlets.drop(columns=["chars_a"]), want_outlets)


def test_the_seeds_tables_are_the_same_from_sums_and_from_matches(seeds_corpus) -> None:
    analysis = analyse(seeds_corpus)
    sel = select(analysis, FilterState())
    for unit in ("all", "quotes", "reporting"):
        matches = sel.matches(70.0, unit)
        pd.testing.assert_frame_equal(pair_table(sel.view, sel.pair_sums(70.0, unit)), pair_table(sel.view, matches))
        pd.testing.assert_frame_equal(outlet_table(sel.view, sel.outlet_sums(70.0, unit)), outlet_table(sel.view, matches))
    assert not pair_table(sel.view, sel.pair_sums(70.0)).empty


def test_matches_among_a_few_documents_are_the_rows_of_the_whole_view(seeds_corpus) -> None:
    sel = select(analyse(seeds_corpus), FilterState())
    every = sel.matches(70.0)
    some = sorted(sel.doc_ids)[:3]
    part = sel.matches_among(some, 70.0)
    want = every.loc[every["doc_a"].isin(some) & every["doc_b"].isin(some)].reset_index(drop=True)
    pd.testing.assert_frame_equal(part, want)
