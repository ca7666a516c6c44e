"""One company, one name across the corpus (lead, round 52): a reprint's short form ("Kessa") and a unit named once
("Kessa Trading Pte") do not split the company the other articles name in full. Invented names."""
from __future__ import annotations

import pandas as pd

from analysis.market.moves import one_name_per_company


def _renamed(names: list[str]) -> list[str]:
    moves = pd.DataFrame({"company": names, "kind": ["share"] * len(names), "pct": [1.0] * len(names)})
    return one_name_per_company(moves)["company"].tolist()


def test_a_one_word_short_form_takes_the_name_the_corpus_mostly_uses() -> None:
    got = _renamed(["Kessa Fine Foods"] * 5 + ["Kessa", "Kessa Trading Pte"])
    assert got[5] == "Kessa Fine Foods"
    assert got[6] == "Kessa Trading Pte"  # the unit keeps its own name


def test_two_names_of_equal_weight_or_a_name_told_rarely_leave_the_short_form_alone() -> None:
    assert _renamed(["Tarn Steel"] * 5 + ["Tarn Motors"] * 5 + ["Tarn"])[-1] == "Tarn"
    assert _renamed(["Tarn Trust Financial Group", "Tarn"])[-1] == "Tarn"  # a family of companies, one named once


def test_a_verb_opening_the_sentence_is_no_part_of_the_name() -> None:
    from datetime import date

    from analysis.market.extract import extract_moves
    from tests.move_helpers import org_mentions

    text = "Medtech slips\n\nCompare Tarvelle, whose shares have slipped 3% this month in sympathy."
    frame = extract_moves(text, date(2031, 10, 14), org_mentions(text, "Tarvelle"))
    assert frame["company"].tolist() == ["Tarvelle"]


def test_a_bare_name_goes_to_the_group_it_is_the_stem_of_not_to_a_unit_that_opens_on_it() -> None:
    # "Kessa" beside "China Kessa Group" and its unit "Kessa Property Services" named more often: the bare name is the
    # group's, as the entity layer links it (round 60); it went to the unit before
    got = _renamed(["China Kessa Group"] * 3 + ["Kessa Property Services"] * 6 + ["Kessa"] * 2)
    assert got[-2:] == ["China Kessa Group", "China Kessa Group"]
    assert got[3] == "Kessa Property Services"  # the unit keeps its own name
    assert _renamed(["Kessa Fine Foods"] * 5 + ["Kessa"])[-1] == "Kessa Fine Foods"  # no group: as before
