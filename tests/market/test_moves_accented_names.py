"""Names that open on an accented capital ("Ørsted", "Électricité de France", "Åkerholm"): Nordic, French, Polish and
Turkish companies are written so, and a sentence may open on one. Invented names and figures."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


def test_a_name_opening_on_an_accented_capital_is_a_subject() -> None:
    text = "Since the tender closed, Brevik Kraft is down 1.9 per cent and Øyvang Energi 2.8 per cent."
    assert _rows(text, "Brevik Kraft", "Øyvang Energi") == [("share", "Brevik Kraft", -1.9),
                                                            ("share", "Øyvang Energi", -2.8)]
    text = "Élancourt Industrie's shares are down 31 per cent this year."
    assert _rows(text, "Élancourt Industrie") == [("share", "Élancourt Industrie", -31.0)]


def test_a_sentence_opening_on_an_accented_capital_starts_a_new_subject() -> None:
    text = ("Brevik Kraft rose 0.8 per cent by mid-afternoon, after a 2.4 per cent gain on Tuesday. Åkerholm Vind added "
            "0.6 per cent, having risen 1.5 per cent the previous session.")
    assert _rows(text, "Brevik Kraft", "Åkerholm Vind") == [
        ("share", "Brevik Kraft", 0.8), ("share", "Brevik Kraft", 2.4),
        ("share", "Åkerholm Vind", 0.6), ("share", "Åkerholm Vind", 1.5)]
