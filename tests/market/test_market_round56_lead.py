"""Round 56 (lead): a descriptor before a name written in small letters with a capital inside ("Rival easyJet added
0.7%") is no part of the company's name. Invented sentences (the names are invented too)."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention


def _rows(text: str) -> list[tuple[str, float]]:
    rows = extract_moves(text, date(2026, 3, 6), sorted(every_mention(text)))
    return [(r.company, r.pct) for r in rows.itertuples()]


def test_a_descriptor_before_a_camel_case_name_is_no_part_of_it():
    found = _rows("Quarne Air shares jumped 6% on Friday. Rival flyQuist added 0.7%, while Tessair was flat.")
    assert ("flyQuist", 0.7) in found
    assert not any(name.startswith("Rival") for name, _ in found)
