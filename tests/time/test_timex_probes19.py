"""Round 19b: the CheckList-style probe set of tests/time/timex_probes19.py as a regression test (every sentence invented).

Each probe must give exactly its expected rows (span, type, value, and the interval's first day where given), but
the few listed in ``LEFT`` (constructions judged rare in news or a matter of convention, reported in
bench/README.md), which must still fail: a pass there means the list is out of date."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_probes19 import DCT, PROBES  # noqa: E402

from analysis.time.timex import find_timexes  # noqa: E402

#: Probes left failing on purpose (the sentence): see bench/rounds/round-19.md, "Round 19b".
LEFT = {
    # vague or split by convention: TimeML leaves the reading open, rare in news
    "Asian markets fell overnight.",
    "Sales fell in 2028-29.",
    "Sales rose 4% in the first three months of the year.",
    "The firm filed for bankruptcy at the turn of the century.",
    "The strike entered its third week.",
    "The firm has been struggling for some time.",
    # rare forms (none in PolNeAR's or TempEval's texts)
    "Results for the period to 30.06.30 follow.",
    "Kenton's port grew in the twentieth century.",
    "Pellam's board approved the deal on Friday and shareholders vote on Monday.",
    "Inflation was 3% in October, its highest since March.",
    # a year-like number after a label or before a street or a unit (none in PolNeAR's or TempEval's texts)
    "Pellam's offices are at 2030 Harbor Road.",
    "Flight 2018 landed safely in Kenton.",
    "The plan falls under Section 2030 of the code.",
    "Quenby's Model 1999 sold poorly.",
    "Pellam makes the M1911 pistol.",
    "Pellam's shares rose 1.5% to 2019 pence.",
    "The case was filed under Rule 2004.",
    "Pellam opened a store on March Street.",
    # left on purpose: "the 90s" without an apostrophe is as often a poll share, an age or a temperature
    "Orlan was a household name in the 90s.",
    # a plural present "close" is a headline's past as often ("Stocks close higher on Friday")
    "The polls close at 8 p.m. on Sunday.",
}


def _slot_ok(want: object, got: object) -> bool:
    if want is None:
        return True
    if isinstance(want, tuple):
        return got in want
    return got == want


def probe_passes(sentence: str, expected: list[tuple[object, ...]], dct: date = DCT) -> bool:
    """Whether ``find_timexes`` gives exactly ``expected`` for ``sentence`` published on ``dct``: span text, type
    and value per row (None: any; a tuple: one of them), and the interval's first day when a row gives it."""
    got = find_timexes(sentence, dct)
    if len(got) != len(expected):
        return False
    for t, row in zip(got, expected):
        assert sentence[t.start:t.end] == t.text
        if not all(_slot_ok(w, g) for w, g in zip(row[:3], (t.text, t.type, t.value))):
            return False
        if len(row) > 3 and str(t.date_start) != row[3]:
            return False
        if t.date_start is not None and t.date_end is not None and t.date_start > t.date_end:
            return False
    return True


def test_every_probe_gives_its_expected_rows() -> None:
    failed = [(c, s) for c, s, exp in PROBES if s not in LEFT and not probe_passes(s, exp)]
    assert failed == []


def test_the_probes_left_still_fail() -> None:
    assert [s for c, s, exp in PROBES if s in LEFT and probe_passes(s, exp)] == []


def test_the_probe_set_is_large_and_varied() -> None:
    assert len(PROBES) >= 250
    assert len({c for c, _, _ in PROBES}) >= 25
