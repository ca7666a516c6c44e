"""A figure after "has since <verb>" (lead, round 51): the move runs from an earlier event the sentence leaves undated,
not over one session. Invented text and names."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 10, 10)  # a Friday


def _spans(text: str, *names: str) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names))
    return [(str(c), float(p), str(s)) for c, p, s in zip(frame["company"], frame["pct"], frame["period"], strict=True)]


def test_has_since_lost_is_a_move_over_several_sessions() -> None:
    text = ("On October 2 regulators barred exports from Quillmere Foods' largest plant, and the stock has since lost "
            "about 18 per cent of its value.")
    assert _spans(text, "Quillmere Foods") == [("Quillmere Foods", -18.0, "multi-day")]


def test_a_move_without_since_stays_on_its_session() -> None:
    text = "Quillmere Foods shares closed 2.4 per cent higher on Thursday."
    assert _spans(text, "Quillmere Foods") == [("Quillmere Foods", 2.4, "session")]
