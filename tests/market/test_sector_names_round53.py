"""Trade words of company names added in round 53 (general vocabulary): metals and forest products, food, a
carmaker's "Motor", rail and airports."""
from __future__ import annotations

import pytest

from analysis.companies import sector_of_name


@pytest.mark.parametrize(("name", "sector"), [
    ("Ostrava Aluminium", "Materials & mining"),
    ("Quillmoor Timber", "Materials & mining"),
    ("Brakvik Materials", "Materials & mining"),
    ("Tessaly Seafood", "Food & drink"),
    ("Ovrelle Motor", "Autos"),
    ("Ostrava Rail", "Transport"),
])
def test_trade_words_of_round_53(name: str, sector: str) -> None:
    assert sector_of_name(name) == sector
