"""Round 52 (moves52): forms of a move's verb and of a company's listing read on invented texts (no word, name or figure
of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. "go up" / "go down" as the move's verb ("shares went up 6%", "the stock has gone down 4%"): "went" stands between
# the subject and "up" as "edged" or "moved" does.

def test_went_up_and_gone_down_are_moves() -> None:
    assert _rows("Harven Mutual shares went up 6%.", "Harven Mutual") == [("share", "Harven Mutual", 6.0)]
    assert _rows("Orsk Telematics stock has gone down 4.5% since the spin-off.", "Orsk Telematics") == [
        ("share", "Orsk Telematics", -4.5)]
    text = "Harven Mutual reported a loss. The shares have gone up 6 per cent since then."
    assert _rows(text, "Harven Mutual") == [("share", "Harven Mutual", 6.0)]


def test_went_up_of_another_quantity_left_alone() -> None:
    assert _rows("Harven Mutual's sales went up 6%.", "Harven Mutual") == []
    assert _rows("Prices at Harven Mutual went up 6% in May.", "Harven Mutual") == []


# 2. "ripped" (trading slang for a sharp rise: "shares ripped 9% on the news") is a rising verb; a fire that "ripped
# through" a plant is not.

def test_ripped_is_a_rise() -> None:
    text = "Orland Rail lost its depot for a week, and its shares ripped 7.4% on the reopening. The stock is still up 31% this year."
    assert _rows(text, "Orland Rail") == [("share", "Orland Rail", 7.4), ("share", "Orland Rail", 31.0)]


def test_ripped_through_left_alone() -> None:
    assert _rows("The fire ripped through 30% of Orland Rail's depot.", "Orland Rail") == []


# 3. A dual listing in one pair of brackets ("Acme Corp. (TSX: ACM; NYSE: ACMX) fell 4%", "(NYSE: AB, TSX: AB)"): the
# brackets are the name's tickers, as a single listing's are.

def test_a_dual_listing_after_the_name() -> None:
    text = "Pellburn Copper Corp. (TSX: PBC; NYSE: PBCX) fell a further 4.3% on Tuesday as brokers cut their ratings."
    assert _rows(text, "Pellburn Copper Corp.") == [("share", "Pellburn Copper Corp.", -4.3)]
    text = "Pellburn Copper (NYSE: PBCX, TSX: PBC) rose 2.2%."
    assert _rows(text, "Pellburn Copper") == [("share", "Pellburn Copper", 2.2)]


def test_a_dual_listing_in_a_list() -> None:
    text = "Pellburn Copper (TSX: PBC; NYSE: PBCX) and Tarrow Mines (TSX: TRM) rose 1.2% and 2.5%, respectively."
    assert _rows(text, "Pellburn Copper", "Tarrow Mines") == [
        ("share", "Pellburn Copper", 1.2), ("share", "Tarrow Mines", 2.5)]
