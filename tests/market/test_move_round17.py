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
    text = "Tarnow Alarm slipped 3% as traders took profits after a 22% run over the prior week.\n"
    assert _moves(text) == [("Tarnow Alarm", -3.0), ("Tarnow Alarm", 22.0)]


def test_running_up_a_quantity_with_its_article_is_no_move() -> None:
    assert _moves("Kelbrook Tools ran up a 41% deficit last year.\n") == []


# A factbox item's figures belong to its label's company when nothing else stands in subject position: after a note in
# brackets ("- Acme (named adviser): +17%"), after a description closed by ";" ("* Acme (ACM): the maker; lost 8%"),
# and a second signed figure after "and" / "then" ("-4.6%, then +2.35%").

def test_an_item_label_with_a_note_in_brackets_owns_its_figures() -> None:
    text = "Movers:\n- Pellmont Alarm Systems (named as adviser): +13% and +4%\n"
    assert _moves(text) == [("Pellmont Alarm Systems", 13.0), ("Pellmont Alarm Systems", 4.0)]


def test_an_item_label_owns_a_subjectless_verb_after_its_description() -> None:
    text = "* Tarnow Freight Lines (TFLX): the biggest carrier; lost 8.7% over the two sessions.\n"
    assert _moves(text) == [("Tarnow Freight Lines", -8.7)]


def test_an_item_second_signed_figure_after_then() -> None:
    assert _moves("- Kelbrook Brokerage: -4.6%, then +2.35%\n") == [
        ("Kelbrook Brokerage", -4.6), ("Kelbrook Brokerage", 2.35)]


def test_an_item_figure_with_its_own_non_share_subject_stays_out() -> None:
    assert _moves("- Kelbrook Tools: the drill maker; sales fell 5%\n") == []
    assert _moves("- Kelbrook Tools: revenue up 5%; shares down 3%\n") == [("Kelbrook Tools", -3.0)]
