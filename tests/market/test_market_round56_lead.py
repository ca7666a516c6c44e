"""Round 56 (lead): a descriptor before a name written in small letters with a capital inside ("Rival easyJet added
0.7%") is no part of the company's name. Invented sentences (the names are invented too)."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention


def _rows(text: str) -> list[tuple[str, float]]:
    rows = extract_moves(text, date(2026, 3, 6), sorted(every_mention(text)))
    return [(r.company, r.pct) for r in rows.itertuples()]


def test_a_descriptor_before_a_camel_case_name_is_no_part_of_it():
    found = _rows("Quarne Air shares jumped 6% on Friday. Rival flyQuist added 0.7%, while Tessair was flat.")
    assert ("flyQuist", 0.7) in found
    assert not any(name.startswith("Rival") for name, _ in found)


def test_a_move_at_the_lows_or_in_the_first_minutes_is_part_of_the_session():
    text = ("Quarne Air shares closed down 3.2% on Friday, after swinging between a 1.1% gain in early trade and a 4.8% "
            "loss at the lows. Earlier, Quarne Air shares were 0.8% higher in the first minutes of trade.")
    rows = extract_moves(text, date(2026, 3, 6), sorted(every_mention(text)))
    period = {r.pct: r.period for r in rows.itertuples()}
    assert period[-3.2] == "session"
    assert period[-4.8] == "intraday" and period[0.8] == "intraday"


def test_a_session_bar_stands_for_the_close_not_the_swings_told_beside_it():
    import pandas as pd

    from analysis.market.compare import COMPARE_COLUMNS, _bar_table

    def row(pct: float, period: str, label: str) -> dict[str, object]:
        out = {c: None for c in COMPARE_COLUMNS}
        out.update(company="Quarne Air", kind="share", sector="Transport", session_date=pd.Timestamp("2026-03-06"),
                   outlet="Harrow Wire", doc_id="a1", pct=pct, qualifier="exact", label=label, actual_pct=float("nan"),
                   verdict="no reference", note="no reference close for this company and session", sentence="…",
                   period=period)
        return out

    compare = pd.DataFrame([row(-3.2, "session", "3.2%"), row(-4.8, "intraday", "4.8%"), row(0.8, "intraday", "0.8%")])
    bar = _bar_table(compare).iloc[0]
    assert bar["pct"] == -3.2 and "to" not in bar["label"]
    # intraday figures alone (a live page's "up 2% in early trade") still make the bar
    alone = _bar_table(compare.loc[compare["period"].eq("intraday")]).iloc[0]
    assert "4.8%" in alone["label"] and "0.8%" in alone["label"]
