"""Alignment links updated from a kept state (issue 17): after documents are added the passages and links equal a
link from scratch, text ids included, and only the pairs the added documents can change are verified."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import analyse, load_corpus
from analysis.overlap import align, passages
from analysis.overlap.passages import LinkState, link_passages, link_passages_kept
from analysis.store import Store

ROOT = Path(__file__).resolve().parents[2]

BASE = {
    "a1": ["the harbour board of westmoor approved the new ferry contract on friday",
           "shares of brindle marine rose sharply after the ferry contract was announced",
           "the mayor said the ferry service would start in the spring of next year"],
    "b1": ["analysts at corvo capital said the contract could double brindle marine revenue",
           "the harbour board of westmoor approved a new ferry contract late on friday"],
    "c1": ["residents of the island complained about the noise from the shipyard for months",
           "a spokesman for brindle marine declined to comment on the ferry contract figures"],
}


def _occurrences(docs: dict[str, list[str]]) -> pd.DataFrame:
    rows = [(d, i, s, len(s), False) for d in sorted(docs) for i, s in enumerate(docs[d])]
    return pd.DataFrame(rows, columns=passages.OCCURRENCE_COLUMNS).astype({"sent_id": "int64", "chars": "int64"})


def _both(old: dict[str, list[str]], new: dict[str, list[str]]) -> LinkState:
    """Link ``new`` from the state of ``old`` and from scratch; assert equal tables; return the updated state."""
    _, _, state = link_passages_kept(_occurrences(old), len(old))
    got_p, got_l, kept = link_passages_kept(_occurrences(new), len(new), state=state)
    want_p, want_l = link_passages(_occurrences(new), len(new))
    pd.testing.assert_frame_equal(got_p, want_p)
    pd.testing.assert_frame_equal(got_l, want_l)
    return kept


def test_an_added_reprint_verifies_nothing_and_equals_scratch() -> None:
    kept = _both(BASE, {**BASE, "d1": list(BASE["a1"])})
    assert kept.verified == 0


def test_an_added_edited_copy_links_to_the_old_text_verifying_its_own_pairs_only() -> None:
    edited = "shares of brindle marine rose sharply after its ferry contract was announced"
    kept = _both(BASE, {**BASE, "d1": [edited, "the weather on the island stayed calm for the whole week"]})
    new_id = kept.texts.index(edited)
    old_id = kept.texts.index(BASE["a1"][1])
    assert ((kept.links["u"] == min(old_id, new_id)) & (kept.links["v"] == max(old_id, new_id))).any()
    # the edited copy shares rare 3-grams with a few old texts; the unrelated sentence with none
    assert kept.verified is not None and 1 <= kept.verified <= 3


def test_a_document_inserted_before_others_gets_the_ids_scratch_gives() -> None:
    # "a0" sorts first: its new text takes id 0 in both paths and every old id moves
    kept = _both(BASE, {"a0": ["the ferry contract was signed by the harbour board of westmoor on friday"], **BASE})
    assert kept.texts[0].startswith("the ferry contract was signed")


def test_an_addition_moving_shared_min_links_from_scratch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align, "SMALL_CORPUS_DOCS", 4)  # three documents share 1 n-gram, four share 2
    kept = _both(BASE, {**BASE, "d1": ["the island ferry timetable was published by the harbour board"]})
    assert kept.verified is None, "the pair rule changed: every candidate is verified again"


ONE = {"a1": ["the harbour board of westmoor approved the new ferry contract on friday"],
       "b1": ["the harbour board of westmoor approved a new ferry contract late on friday"],
       "c1": ["shares of brindle marine rose sharply after the ferry contract was announced"]}
UNRELATED = {"f1": ["the cafe near the pier closed early on friday because of the storm"],
             "g1": ["the museum of the island opened a new hall about old sailing ships"],
             "h1": ["a new bakery in the old town sold out of bread before noon"],
             "i1": ["the school choir sang at the town hall on a cold evening"]}


@pytest.mark.parametrize("limit, grown, linked", [
    # a reprint makes the 3-grams the two harbour-board sentences share common: their old link goes
    (lambda docs: 2, {**ONE, "d1": list(ONE["a1"])}, (True, False)),
    # more documents raise the limit: the 3-grams they share become rare and the pair is linked
    (lambda docs: int(docs.sum() // 3), {**ONE, **UNRELATED}, (False, True)),
])
def test_an_n_gram_crossing_the_rarity_limit_updates_old_links(monkeypatch: pytest.MonkeyPatch, limit, grown,  # type: ignore[no-untyped-def]
                                                               linked) -> None:
    monkeypatch.setattr(align, "df_limit", limit)
    monkeypatch.setattr(passages, "df_limit", limit)

    def harbour_linked(state: LinkState) -> bool:
        ids = sorted(state.texts.index(ONE[d][0]) for d in ("a1", "b1"))
        return bool(((state.links["u"] == ids[0]) & (state.links["v"] == ids[1])).any())

    _, _, state = link_passages_kept(_occurrences(ONE), len(ONE))
    got_p, got_l, kept = link_passages_kept(_occurrences(grown), len(grown), state=state)
    want_p, want_l = link_passages(_occurrences(grown), len(grown))
    pd.testing.assert_frame_equal(got_l, want_l)
    pd.testing.assert_frame_equal(got_p, want_p)
    assert (harbour_linked(state), harbour_linked(kept)) == linked
    assert kept.verified is not None


def test_the_update_equals_scratch_on_random_additions() -> None:
    rng = np.random.default_rng(7)
    words = ("harbour board ferry contract westmoor brindle marine shares rose fell island mayor said friday "
             "spring revenue analysts capital shipyard noise residents").split()
    docs = {f"d{i:03d}": [" ".join(rng.choice(words, int(rng.integers(6, 12)))) for _ in range(3)] for i in range(40)}
    for i in range(0, 40, 3):  # reprints and edited copies
        docs[f"r{i:03d}"] = docs[f"d{i:03d}"][:2] + [docs[f"d{i:03d}"][2] + " again"]
    names = sorted(docs)
    for cut in (5, 20, 39):
        old = {k: docs[k] for k in names if k not in set(names[cut::7])}
        _both(old, docs)


def test_the_pipeline_keeps_the_state_and_verifies_only_the_added_article(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(ROOT / "seeds", folder)
    store = Store(tmp_path / "store")
    first = analyse(load_corpus(folder), store=store)
    first_links = first.passage_links
    assert first.computed["passage_links"] is None and len(first_links)
    text = sorted(p for p in folder.iterdir() if p.suffix == ".txt")[0].read_text(encoding="utf-8")
    (folder / "zz_added.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    again = analyse(corpus, store=store)
    want = analyse(corpus)
    pd.testing.assert_frame_equal(again.passages, want.passages)
    pd.testing.assert_frame_equal(again.passage_links, want.passage_links)
    assert again.computed["passage_links"] == 0, "a reprint adds no text: nothing to verify"
