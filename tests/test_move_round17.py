"""Round 17: share-move constructions whose misses recur in at least two of four dev corpora, each on an invented
text (no word, name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _moves(text: str) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, None).itertuples() if r.kind == "share"]


# "Run up" as a rise ("the shares had run up 12%") and "run" as its noun ("after a 26% run in three sessions").

def test_run_up_is_a_rise_verb() -> None:
    assert _moves("Kelbrook Tools shares have run up 41% this year.\n") == [("Kelbrook Tools", 41.0)]


def test_a_run_is_a_rise_noun() -> None:
    text = "Tarnow Defense slipped 3% as traders booked profits after a 22% run in the previous four sessions.\n"
    assert _moves(text) == [("Tarnow Defense", -3.0), ("Tarnow Defense", 22.0)]


def test_running_up_a_quantity_with_its_article_is_no_move() -> None:
    assert _moves("Kelbrook Tools ran up a 41% deficit last year.\n") == []
