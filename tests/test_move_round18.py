"""Round 18: share-move constructions whose misses recur in at least two of six dev corpora (each by another
writer), each on an invented text (no word, name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _rows(text: str, mentions: list[tuple[int, int, str, str, str]] | None = None) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]


def _place(text: str, name: str) -> tuple[int, int, str, str, str]:
    start = text.index(name)
    return (start, start + len(name), name, name, "PLACE")


# A name of two or more words that the entity layer types as a place and no place list knows ("Quarrow Valley", typed
# by its head word) is no market: as the subject of a share verb it stays a company. A known place, a one-word name
# and an address stay places.

def test_a_place_shaped_name_no_place_list_knows_is_a_company() -> None:
    text = "Quarrow Valley slid 4.2% on Thursday.\n"
    assert _rows(text, [_place(text, "Quarrow Valley")]) == [("share", "Quarrow Valley", -4.2)]


def test_a_longer_name_typed_a_place_by_its_context_is_a_company() -> None:
    text = "Solar maker Sunmere Optics added 3.1% on Thursday.\n"
    assert _rows(text, [_place(text, "Sunmere Optics")]) == [("share", "Sunmere Optics", 3.1)]


def test_a_known_place_stays_a_market() -> None:
    text = "Vilnius fell 1.3% on Thursday.\n"
    assert _rows(text, [_place(text, "Vilnius")]) == [("index", "Vilnius", -1.3)]


def test_an_address_stays_a_place() -> None:
    text = "The company, which moved to offices on Quillon Street in 2021, saw its share price fall 6% on Tuesday.\n"
    assert [r for r in _rows(text, [_place(text, "Quillon Street")]) if r[0] == "share"] == []
