"""Round 19b (timex, CheckList probes): rules for constructions the invented probes of tests/timex_probes19.py
showed failing. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2030, 6, 12)  # a Wednesday


def rows(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_every_before_a_counted_stretch_makes_a_set() -> None:
    assert rows("Kenton elects its council every four years.") == [("every four years", "SET", "P4Y")]
    assert rows("The Orlan pumps are checked every 15 minutes.") == [("every 15 minutes", "SET", "PT15M")]
    assert rows("Pellam renews the lease once every three years.") == [("every three years", "SET", "P3Y")]
    assert rows("Every two weeks, Quenby ships a batch.") == [("Every two weeks", "SET", "P2W")]
    assert rows("The Quenby ferry is serviced every few weeks.") == [("every few weeks", "SET", "PXW")]


def test_a_counted_stretch_without_every_stays_a_duration() -> None:
    assert rows("Kenton's mayor served four years.") == [("four years", "DURATION", "P4Y")]
    assert rows("Each three-month contract pays well.") == [("three-month", "DURATION", "P3M")]
    assert rows("The board meets every week.") == [("every week", "SET", "P1W")]
