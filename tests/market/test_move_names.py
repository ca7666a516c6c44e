"""One writing of a company or index across the corpus (:func:`analysis.market.moves.one_name_per_company`)."""

from __future__ import annotations

import pandas as pd

from analysis.market.moves import one_name_per_company


def test_the_writing_most_articles_use_names_every_move_of_the_company() -> None:
    moves = pd.DataFrame({"company": ["Orvale Group plc", "Orvale Group", "Orvale Group", "FTSE 100 index",
                                      "FTSE 100", "Kestrel Bank", "Kestrel Holdings"]})
    out = one_name_per_company(moves)
    assert list(out["company"])[:5] == ["Orvale Group", "Orvale Group", "Orvale Group", "FTSE 100", "FTSE 100"]
    assert out["company"].iloc[6] == "Kestrel Holdings"  # alone in its writing
    assert out["company"].iloc[5] == "Kestrel Bank"  # a bank is not its holding company


def test_nothing_changes_when_each_company_has_one_writing() -> None:
    moves = pd.DataFrame({"company": ["Orvale", "Kestrel Bank"], "pct": [-3.0, 1.0]})
    assert one_name_per_company(moves) is moves
