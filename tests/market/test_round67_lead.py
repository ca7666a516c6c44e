"""Round 67 (lead): a place's possessive after "shares of" says where the company is, not whose shares they are."""

from __future__ import annotations

from tests.move_helpers import move_rows


def test_shares_of_a_places_company() -> None:
    text = "Shares of Brazil's Quistobras fell 6% on Monday. Stock in Japan's Zorbota Motors rose 2%."
    assert move_rows(text, "Quistobras", "Zorbota Motors") == [
        ("share", "Quistobras", -6.0), ("share", "Zorbota Motors", 2.0)]

