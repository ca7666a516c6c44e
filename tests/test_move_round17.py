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


# A factbox item's figures belong to its label's company when nothing else stands in subject position: after a note in
# brackets ("- Acme (named adviser): +17%"), after a description closed by ";" ("* Acme (ACM): the maker; lost 8%"),
# and a second signed figure after "and" / "then" ("-4.1%, then +2.3%").

def test_an_item_label_with_a_note_in_brackets_owns_its_figures() -> None:
    text = "Movers:\n- Tarnow Cyber Defense (hired to investigate): +14% and +5%\n"
    assert _moves(text) == [("Tarnow Cyber Defense", 14.0), ("Tarnow Cyber Defense", 5.0)]


def test_an_item_label_owns_a_subjectless_verb_after_its_description() -> None:
    text = "* Tarnow Health Partners (TNHP): the largest distributor; lost 8.4% over the two sessions.\n"
    assert _moves(text) == [("Tarnow Health Partners", -8.4)]


def test_an_item_second_signed_figure_after_then() -> None:
    assert _moves("- Kelbrook Online Securities: -4.1%, then +2.3%\n") == [
        ("Kelbrook Online Securities", -4.1), ("Kelbrook Online Securities", 2.3)]


def test_an_item_figure_with_its_own_non_share_subject_stays_out() -> None:
    assert _moves("- Kelbrook Tools: the drill maker; sales fell 5%\n") == []
    assert _moves("- Kelbrook Tools: revenue up 5%; shares down 3%\n") == [("Kelbrook Tools", -3.0)]
