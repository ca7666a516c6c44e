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


def test_a_move_at_the_lows_or_in_the_first_minutes_is_part_of_the_session():
    text = ("Quarne Air shares closed down 3.2% on Friday, after swinging between a 1.1% gain in early trade and a 4.8% "
            "loss at the lows. Earlier, Quarne Air shares were 0.8% higher in the first minutes of trade.")
    rows = extract_moves(text, date(2026, 3, 6), sorted(every_mention(text)))
    period = {r.pct: r.period for r in rows.itertuples()}
    assert period[-3.2] == "session"
    assert period[-4.8] == "intraday" and period[0.8] == "intraday"
