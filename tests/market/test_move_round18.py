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
    text = "Lens maker Dellacourt Optics added 3.1% on Thursday.\n"
    assert _rows(text, [_place(text, "Dellacourt Optics")]) == [("share", "Dellacourt Optics", 3.1)]


def test_a_known_place_stays_a_market() -> None:
    text = "Vilnius fell 1.3% on Thursday.\n"
    assert _rows(text, [_place(text, "Vilnius")]) == [("index", "Vilnius", -1.3)]


def test_an_address_stays_a_place() -> None:
    text = "The company, which moved to offices on Tarrowby Street in 2021, saw its share price fall 6% on Tuesday.\n"
    assert [r for r in _rows(text, [_place(text, "Tarrowby Street")]) if r[0] == "share"] == []


# A number's thousands comma inside a relative clause or appositive between a subject and its verb ("X, which employs
# 2,300 people, fell 7%") is no clause punctuation: the name before the clause is the subject.

def test_a_thousands_comma_in_a_relative_clause_keeps_the_subject() -> None:
    text = "Testing laboratory Ostmark Clinical, which employs 2,310 chemists in nine cities, fell 6.4%.\n"
    assert _rows(text) == [("share", "Ostmark Clinical", -6.4)]


def test_a_thousands_comma_in_a_money_figure_keeps_the_subject() -> None:
    text = "Wholesale trader Quellin Coal Holdings, which shipped 4,500 tonnes at up to $2,150 a tonne, gained 5.9%.\n"
    assert _rows(text) == [("share", "Quellin Coal Holdings", 5.9)]


# The owner of ", whose shares" is the name before it, past a sentence adverb ("I would not buy X either, whose
# shares ...") or an appositive with a common noun at its head ("X, Y's largest customer, whose shares ...").

def test_whose_shares_after_a_sentence_adverb() -> None:
    text = "I would not buy Pelvane Mills either, whose shares have risen 14% since March.\n"
    assert _rows(text) == [("share", "Pelvane Mills", 14.0)]


def test_whose_shares_after_an_appositive_with_an_owner() -> None:
    text = "The day's laggard was Pelvane Mills, Obrecht's largest customer, whose shares slid 5.5%.\n"
    assert _rows(text) == [("share", "Pelvane Mills", -5.5)]


# An amount of money after a copula ("The first estimate is US$2 billion of claims.") is no company a later "Their
# shares" or "The stock" can point back to.

def test_an_amount_after_a_copula_is_no_antecedent() -> None:
    text = ("Pellan Re leads the cover. The first estimate is US$2 billion of claims across the coast. "
            "Their shares are down 3.7% this week.\n")
    assert _rows(text) == [("share", "Pellan Re", -3.7)]


# A fraction of a price with neither "by" before it nor "of its value" after it is a move when a span, a cause or the
# clause's end follows it ("are down a quarter since Monday", "lost a fifth this week."); never before "of" ("lost a
# third of its customers", "made up a third of the staff").

def test_a_bare_fraction_before_a_span_is_a_move() -> None:
    assert _rows("Pelvane Mills' shares are down a quarter since Monday.\n") == []  # round 38: a fraction in words has no percent figure, no row


def test_a_bare_fraction_at_the_clause_end_is_a_move() -> None:
    assert _rows("Pelvane Mills has lost a fifth this week.\n") == []  # round 38: a fraction in words has no percent figure, no row


def test_a_fraction_of_something_else_is_no_move() -> None:
    assert _rows("Pelvane Mills lost a third of its dealers.\n") == []
    assert _rows("Contractors made up about a third of the Pelvane Mills staff.\n") == []
