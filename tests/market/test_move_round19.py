"""Round 19: move constructions that recur in three or more dev corpora by different writers, each on an invented
sentence (no word, name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

from analysis.market.coref import known_place
from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _org(text: str, surface: str, kind: str = "ORG") -> tuple[int, int, str, str, str]:
    start = text.index(surface)
    return (start, start + len(surface), surface, surface, kind)


def _rows(text: str, mentions: list[tuple[int, int, str, str, str]] | None = None) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]


# A fraction of a company's value beside a numeric percent: it is read unless that percent is a move of the same
# company (then it may only round that figure).

def test_a_fraction_beside_another_markets_percent_is_a_move() -> None:
    text = "Quillmere Bank lost nearly a fifth of its market value in one session, and the Ostra Banks index shed 2.3%.\n"
    assert _rows(text, [_org(text, "Quillmere Bank")]) == [("index", "Ostra Banks index", -2.3)]  # round 38: a fraction in words has no percent figure, no row


def test_a_fraction_beside_a_percent_that_is_no_move_is_a_move() -> None:
    text = ("Dorran Stores cut its annual profit forecast by 15% on Tuesday and its shares dropped by a quarter of "
            "their value that day.\n")
    assert _rows(text, [_org(text, "Dorran Stores")]) == []  # round 38: a fraction in words has no percent figure, no row


def test_a_fraction_that_rounds_the_same_companys_figure_stays_unread() -> None:
    text = "By the close Varnholt Robotics had lost nearly two-thirds of its value, a fall of 61.7% in one day.\n"
    assert _rows(text, [_org(text, "Varnholt Robotics")]) == [("share", "Varnholt Robotics", -61.7)]


def test_a_fraction_of_an_earlier_session_beside_the_same_companys_move_stays_unread() -> None:
    text = "Brantock Mining, which lost more than a third of its value on Monday, fell another 3.5% on Tuesday.\n"
    assert _rows(text, [_org(text, "Brantock Mining")]) == [("share", "Brantock Mining", -3.5)]


# A name joined by "&" is a firm's (two partners' names), never an address, even when its last word is "Lane" or "Street".

def test_an_ampersand_name_ending_like_an_address_is_no_place() -> None:
    assert not known_place("Pellow & Lane")
    assert known_place("Pellow Lane")
    text = "Pellow & Lane, the kitchenware chain, said its shares fell 6.5% on Thursday.\n"
    assert _rows(text, [_org(text, "Pellow & Lane", "PLACE")]) == [("share", "Pellow & Lane", -6.5)]


def test_a_fraction_beside_the_same_companys_figure_under_a_longer_name_stays_unread() -> None:
    text = "Varnholt lost nearly two-thirds of its value, and Varnholt Robotics plc was down 61.7% at the close.\n"
    mentions = [_org(text, "Varnholt"), _org(text, "Varnholt Robotics plc")]
    assert _rows(text, mentions) == [("share", "Varnholt Robotics plc", -61.7)]
