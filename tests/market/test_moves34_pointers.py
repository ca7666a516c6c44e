"""Round 34 (moves34): what a subject that points back stands for, in classes of financial prose the share-move
grammar missed or misread. Invented companies, people and sentences; each rule has a case it must read and a case it
must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves

DAY = date(2031, 11, 21)  # a Friday


def _rows(text: str) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, None)
    return [(str(c), float(p)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True) if k == "share"]


def test_the_pair_with_respectively_is_the_two_companies_just_named() -> None:
    """"the pair have added 8% and 11%, respectively": the two companies just named, in the order told; a currency
    pair's one rate is no pair of companies."""
    text = "Vexa and Orrin both beat forecasts. Since the results, the pair have added 8% and 11%, respectively."
    assert _rows(text) == [("Vexa", 8.0), ("Orrin", 11.0)]
    assert _rows("Vexa rose 2% on Friday. The krone firmed against the euro; the pair was up 0.4%.") == [("Vexa", 2.0)]


def test_singular_share_after_a_name_or_possessive_is_the_stock() -> None:
    """"the Tellaro share closed 3% higher" (European copy's singular): Tellaro's stock; "market share" stays a
    quantity."""
    assert _rows("In Madrid, the Tellaro share closed 3% higher after the upgrade.") == [("Tellaro", 3.0)]
    assert _rows("Tellaro's market share rose 2% in October.") == []


def test_a_singular_descriptor_skips_a_pair_of_subjects_for_the_company_before() -> None:
    """"Vexa and Orrin barely moved. ... the Spanish brand's share is up 30%": one company is no item of a pair; the
    sentence before it about one company is meant. With no such sentence the pair's last is kept, as before."""
    text = ("In Madrid, the Tellaro share closed 3% higher after the upgrade. Vexa and Orrin barely moved. "
            "Over the year, the Spanish brand's share is up 30%.")
    assert _rows(text) == [("Tellaro", 3.0), ("Tellaro", 30.0)]
    alone = "Vexa and Orrin barely moved on Monday. Over the year, the brand's share is up 30%."
    assert _rows(alone) == [("Orrin", 30.0)]


def test_the_forwarder_points_back() -> None:
    """"the forwarder ... is up 5%": the company just named ("forwarder", a company noun of the vocabulary); a
    forwarder set against the company named ("while the forwarder Brisk fell") is another company."""
    text = "Halden Cargo won a customs contract on Thursday. The forwarder is up 5% this week."
    assert _rows(text) == [("Halden Cargo", 5.0)]
    assert _rows("Halden Cargo gained 0.6% on Friday, while the forwarder Brisk fell 1%.") == [("Halden Cargo", 0.6), ("Brisk", -1.0)]
