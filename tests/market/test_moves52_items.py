"""Round 52 (moves52): a movers-list item of several names without tickers ("Acme, Bexley Group - The two largest
retailers rose 0.8% and 1.3%, respectively"), read on invented texts (no word, name or figure of any corpus), with
what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 18)


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


def test_names_without_tickers_over_their_respective_figures() -> None:
    text = ("Midday movers\n\n• Brandle (BRD) - The stock rose 1.1%.\n\n• Halvern, Ostry Communications - The two largest "
            "cable companies rose 0.8% and 1.3%, respectively.\n\n• Tove Labs (TOV) - Shares dipped 2%.")
    assert _rows(text, "Brandle", "Halvern", "Ostry Communications", "Tove Labs") == [
        ("share", "Brandle", 1.1), ("share", "Halvern", 0.8), ("share", "Ostry Communications", 1.3),
        ("share", "Tove Labs", -2.0)]


def test_names_the_entity_layer_does_not_know_as_organisations_left_alone() -> None:
    text = "Midday movers\n\n• Halvern, Ostry Communications - The two largest cable companies rose 0.8% and 1.3%, respectively."
    assert _rows(text, "Ostry Communications") == []
    assert _rows("Brandle rose 2%. The utilities rose 1%.", "Brandle") == [("share", "Brandle", 2.0)]
