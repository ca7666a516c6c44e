"""Round 38 (moves42): classes of financial prose the share-move grammar misread, counted across the eight read
corpora 34-41 before fixing. Invented companies, markets and sentences; each rule has a case it must read and a case
it must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from analysis.market.figures import find_figures
from tests.move_helpers import org_mentions

DAY = date(2031, 11, 21)  # a Friday


def _moves(text: str, *names: str) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names) if names else None)
    return [(str(c), float(p), str(k)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True)]


def test_a_fraction_or_halving_in_words_gives_no_row() -> None:
    """"X has lost more than a third of its value this week", "the shares have almost halved": no percent figure, so
    no share move (12 extras in 7 of the 8 read corpora; 2 wrong rows of the 1,000-article corpus, "up by a third").
    The fraction is still read as a worded figure, so that it rounds nothing into a move of its own."""
    for text in ("Quarrow Freight has lost more than a third of its value this week.",
                 "Quarrow Freight shares have almost halved since the audit.",
                 "The short report knocked a quarter off the value of Quarrow Freight on Tuesday.",
                 "Quarrow Freight loses two-thirds of its value as trial fails"):
        assert _moves(text, "Quarrow Freight") == []
        assert [f.worded for f in find_figures(text)] == [True]


def test_a_figure_beside_a_fraction_and_a_doubling_stay_moves() -> None:
    """What the rule leaves alone: a percent figure in the same sentence as a fraction, and "doubled" / "tripled"
    (+100 / +200, which the gold conventions count)."""
    text = "Quarrow Freight fell 6.8% on Friday and has lost a third of its value in two days."
    assert _moves(text, "Quarrow Freight") == [("Quarrow Freight", -6.8, "share")]
    assert _moves("Quarrow Freight shares have more than doubled this year.", "Quarrow Freight") == [
        ("Quarrow Freight", 100.0, "share")]
    assert _moves("Quarrow Freight stock tripled between 2026 and 2028.", "Quarrow Freight") == [
        ("Quarrow Freight", 200.0, "share")]


def test_a_running_total_counted_since_a_clause_or_a_dated_close() -> None:
    """"..., taking its losses since the duties were announced last Wednesday to about 30%", "taking their loss since
    the June 7 close, the last session before the recall, to 17.4%": the running total's noun carries a "since" span
    longer than the vocabulary's 40 characters, or with digits (2 misses, in 2 of the 8 read corpora)."""
    text = ("Pellam Steel was down 15.4% at midday, taking its losses since the levy was announced last Wednesday "
            "to about 30%.")
    assert _moves(text, "Pellam Steel") == [("Pellam Steel", -15.4, "share"), ("Pellam Steel", -30.0, "share")]
    text = ("Orrin Motors ended 6.2% lower, taking its loss since the March 4 close, the last session before the "
            "recall, to 17.4%.")
    assert _moves(text, "Orrin Motors") == [("Orrin Motors", -6.2, "share"), ("Orrin Motors", -17.4, "share")]
    # another quantity counted since a date stays no move
    text = "Orrin Motors rose 2%, taking its stake since the March 4 merger to 30%."
    assert _moves(text, "Orrin Motors") == [("Orrin Motors", 2.0, "share")]
    text = "Orrin Motors rose 2%, taking the decline in sales since the March 4 recall to 30%."
    assert _moves(text, "Orrin Motors") == [("Orrin Motors", 2.0, "share")]


def _typed(text: str, name: str, kind: str) -> list[tuple[int, int, str, str, str]]:
    return [(s, e, n, n, kind) for s, e, n, _, _ in org_mentions(text, name)]


def test_a_name_ending_in_a_trade_or_legal_form_typed_a_person_is_a_company() -> None:
    """The entity layer types some companies as people (in 4 of the 8 read corpora); a move whose sentence has no word
    of shares was then dropped as a person's ("Castell-like Refining lost 9.8% ..."): a name whose last word is a
    legal form, "Bank"/"Airlines", or a trade's gerund with a company noun of the vocabulary ("Refining" of refiner,
    "Shipping" of shipper) is no person's (3 misses in 1 corpus)."""
    for name in ("Orvel Refining", "Orvel Shipping", "Orvel Holdings", "Orvel Airlines"):
        text = f"{name} lost 9.8% in the first three sessions of last week."
        frame = extract_moves(text, DAY, _typed(text, name, "PERSON"))
        assert list(zip(frame["company"], frame["pct"], strict=True)) == [(name, -9.8)]
    # a person's name ending in "-ing" stays a person: no move
    for name in ("Dana Fleming", "Lee Manning"):
        text = f"{name} lost 9.8% in the first round."
        assert extract_moves(text, DAY, _typed(text, name, "PERSON")).empty


def test_the_subject_of_a_reported_clause_starts_after_the_reporting_verb() -> None:
    """"Traders noted that the group had already lost more than 20% since its July peak": the subject is "the group"
    (the company moved just before), not "Traders noted that the group" read as a sector group (1 miss in 1 read
    corpus; "Analysts said the company had lost 20%" gave no row at all)."""
    text = "Halvard Werke fell 3% on Monday. Traders noted that the group had already lost more than 20% since March."
    assert _moves(text, "Halvard Werke") == [("Halvard Werke", -3.0, "share"), ("Halvard Werke", -20.0, "share")]
    text = "Halvard Werke fell 3% on Monday. Analysts said the company had lost 20% since March."
    assert _moves(text, "Halvard Werke") == [("Halvard Werke", -3.0, "share"), ("Halvard Werke", -20.0, "share")]
    # a reported quantity stays no move
    text = "Halvard Werke fell 3% on Monday. Analysts said that sales had fallen 20% since March."
    assert _moves(text, "Halvard Werke") == [("Halvard Werke", -3.0, "share")]


def test_throughput_is_a_quantity_no_share_price() -> None:
    """"X, which runs terminals in 20 countries, reported that throughput rose 6.5% in 2025": a port's or a plant's
    throughput is a volume, as traffic and shipments are (1 extra in 1 read corpus; vocabulary)."""
    text = "Tarvel Ports, which runs terminals in 20 countries, reported last month that throughput rose 6.5% in 2025."
    assert _moves(text, "Tarvel Ports") == []
    text = "Tarvel Ports, which runs terminals in 20 countries, rose 6.5% on Friday."
    assert _moves(text, "Tarvel Ports") == [("Tarvel Ports", 6.5, "share")]
