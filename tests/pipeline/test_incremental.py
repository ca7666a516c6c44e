"""Per-document results kept between runs (issue 17): a document's key moves with what it reads, and only the
documents whose key moved are computed again."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.incremental import by_document, doc_keys
from analysis.store import Store

DOCS = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["one", "two", "one"], "title": ["", "", ""]})
MENTIONS = pd.DataFrame({"doc_id": ["a", "a", "b"], "start": [0, 5, 1], "name": ["X", "Y", "Z"]})


def test_a_key_moves_with_the_document_its_input_rows_and_its_salt_only() -> None:
    base = doc_keys(DOCS, (MENTIONS,))
    renamed = MENTIONS.assign(name=["X", "Y", "Q"])
    assert (doc_keys(DOCS, (renamed,)) != base).tolist() == [False, True, False]
    swapped = MENTIONS.iloc[[1, 0, 2]].reset_index(drop=True)
    assert (doc_keys(DOCS, (swapped,)) != base).tolist() == [True, False, False], "row order within a document counts"
    assert (doc_keys(DOCS, (MENTIONS,), ["", "", "2025-01-27"]) != doc_keys(DOCS, (MENTIONS,), ["", "", ""])).tolist() \
        == [False, False, True]
    edited = DOCS.assign(text=["one", "two", "three"])
    assert (doc_keys(edited, (MENTIONS,)) != base).tolist() == [False, False, True]


def test_only_documents_with_a_new_key_are_computed(tmp_path: Path) -> None:
    store = Store(tmp_path)
    seen: list[list[str]] = []
    more = pd.concat([DOCS, pd.DataFrame({"doc_id": ["d"], "text": ["one"], "title": [""]})], ignore_index=True)

    def compute(ids: list[str]) -> pd.DataFrame:
        seen.append(ids)
        part = more.loc[more["doc_id"].isin(ids)]
        # a document without rows ("b") must not be computed again either
        return pd.DataFrame({"doc_id": [d for d, t in zip(part["doc_id"], part["text"]) if t == "one"], "n": 1})

    first, n1 = by_document("step", DOCS, doc_keys(DOCS), compute, store)
    again, n2 = by_document("step", DOCS, doc_keys(DOCS), compute, store)
    grown, n3 = by_document("step", more, doc_keys(more), compute, store)
    assert (n1, n2, n3) == (3, 0, 1) and seen == [["a", "b", "c"], ["d"]]
    pd.testing.assert_frame_equal(again, first)
    assert grown["doc_id"].tolist() == ["a", "c", "d"]


def test_a_key_moves_with_the_lines_above_the_text() -> None:
    # a standfirst or dateline edited alone (the text unchanged): the steps that read the head lines (quotes, moves,
    # the timex table) compute that document again
    docs = DOCS.assign(head_lines=["[]", "[]", "[[0, \"Headline\"]]"])
    edited = docs.assign(head_lines=["[]", "[]", "[[0, \"Another headline\"]]"])
    assert (doc_keys(edited) != doc_keys(docs)).tolist() == [False, False, True]
