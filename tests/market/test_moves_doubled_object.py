""""Doubled" / "tripled" with a bare noun after it is the company growing something ("had tripled production"), no
share move; the stock's own "doubled since March" and "tripled this year" stay moves of +100% and +200%."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


def test_doubled_with_an_object_is_no_share_move() -> None:
    assert _rows("Quillmoor Toys said it had tripled production at its factories.", "Quillmoor Toys") == []
    assert _rows("Brantwell Foods doubled capacity at two plants last year.", "Brantwell Foods") == []


def test_the_stock_doubling_stays_a_move() -> None:
    assert _rows("Quillmoor Toys shares have doubled since March.", "Quillmoor Toys") == [
        ("share", "Quillmoor Toys", 100.0)]
    assert _rows("Quillmoor Toys stock has tripled this year.", "Quillmoor Toys") == [("share", "Quillmoor Toys", 200.0)]
