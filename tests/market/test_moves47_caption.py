"""Round 47 (lead): a caption line over a table without a header row names its columns ("Regional share of revenue,
and share-price change since the March 2 close"): its column of another quantity holds no moves. Invented text."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from analysis.market.tables import caption_header
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)  # a Friday
NAMES = ("Tarrow Tools", "Pell Systems", "Dunmore Optics")
ROWS = "Tarrow Tools | 29% | -21.2%\n\nPell Systems | 31% | -5.8%\n\nDunmore Optics | 27% | -4.6%\n"


def _moves(text: str) -> list[tuple[str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *NAMES)))
    return [(r.company, r.pct) for r in rows.itertuples()]


def test_a_caption_naming_the_columns_keeps_the_other_quantity_out() -> None:
    text = ("Tarrow's peers all sell heavily into the region:\n\n"
            "Regional share of latest fiscal-year revenue, and share-price change since the March 2 close\n\n" + ROWS)
    assert _moves(text) == [("Tarrow Tools", -21.2), ("Pell Systems", -5.8), ("Dunmore Optics", -4.6)]


def test_what_is_no_caption() -> None:
    assert caption_header("Regional share of revenue, and share-price change since the March 2 close") == [
        "", "Regional share of revenue", "share-price change since the March 2 close"]
    assert caption_header("Tarrow's peers all sell heavily into the region:") is None  # a lead-in
    assert caption_header("Revenue rose and margins fell.") is None  # a sentence
    assert caption_header("Peers") is None  # one part
