"""The session of undated moves in a market wrap whose only dated moves are backstory (lead, round 52): a move told in
an aside, after "having", or later in the article than a live-session move keeps its own day, and the undated moves
are the publication day's. A next-day report, whose first move names its day, keeps that day for the rest. Invented
text and names."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 10, 14)  # a Tuesday
MONDAY = date(2031, 10, 13)
NAMES = ("Quillmere Foods", "Brackwater Mining", "Orsolo Bank")


def _sessions(body: str) -> list[tuple[str, float, date]]:
    text = "Stocks to watch\n\n" + body
    frame = extract_moves(text, DAY, org_mentions(text, *NAMES))
    return [(str(c), float(p), s) for c, p, s in zip(frame["company"], frame["pct"], frame["session_date"], strict=True)]


@pytest.mark.parametrize("body", [
    "Quillmere Foods rose 4.2%. Brackwater Mining, which slumped 12% on Monday, recovered 3%. Orsolo Bank fell 2.1%.",
    "Quillmere Foods rose 4.2%. Brackwater Mining, down 12% on Monday, recovered 3%. Orsolo Bank fell 2.1%.",
    "Quillmere Foods rose 4.2%. Brackwater Mining recovered 3%, having slumped 12% on Monday. Orsolo Bank fell 2.1%.",
    "Quillmere Foods rose 4.2% in early trading. Brackwater Mining recovered 3%. The stock slumped 12% on Monday after "
    "a profit warning. Orsolo Bank fell 2.1%.",
    "Quillmere Foods is up 4.2%. Brackwater Mining recovered 3%. The stock slumped 12% on Monday. Orsolo Bank fell 2.1%.",
])
def test_backstory_day_stays_with_its_move(body: str) -> None:
    rows = _sessions(body)
    assert ("Brackwater Mining", -12.0, MONDAY) in rows
    assert {r for r in rows if r[1] != -12.0} == {("Quillmere Foods", 4.2, DAY), ("Brackwater Mining", 3.0, DAY),
                                                   ("Orsolo Bank", -2.1, DAY)}


def test_a_next_day_report_keeps_the_day_its_first_move_names() -> None:
    rows = _sessions("Quillmere Foods shares rose 8% on Monday after the company raised its forecast. "
                     "Brackwater Mining fell 2%. Orsolo Bank gained 1.1%.")
    assert {s for _c, _p, s in rows} == {MONDAY}


def test_a_trailing_figure_phrase_is_no_aside() -> None:
    # ", down 4.5% from ..., when ..." closes the sentence: no later move, so the figure is the sentence's own
    rows = _sessions("Orsolo Bank shed 47 pence on Monday to close at 210 pence, down 4.5% from the week before, "
                     "when the sell-off began. Quillmere Foods fell 2%.")
    assert ("Orsolo Bank", -4.5, MONDAY) in rows
