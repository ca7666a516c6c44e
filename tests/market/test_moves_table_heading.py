"""Sessions the text names around a figure: a table of moves with no header row under a heading line that names its
session ("Closing prices, Monday 9 June:") is that session's, not the article's; a weekday's move named in passing
("recovering part of Monday's loss") dates no figure after it (invented companies)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves

TUESDAY = date(2031, 6, 10)


def _sessions(text: str) -> dict[str, object]:
    frame = extract_moves(text, TUESDAY, None)
    return {str(c): (s.date() if isinstance(s, pd.Timestamp) else s)
            for c, s in zip(frame["company"], frame["session_date"], strict=True)}


def test_a_heading_naming_a_day_dates_the_table_under_it() -> None:
    text = ("We cut Orvane Media to Sell.\n\nClosing prices, Monday 9 June:\n"
            "ORVM (Orvane Media) | R$41.16 | -14.6%\nTLRO (Tellaro Group) | R$12.88 | -5.3%\n")
    assert _sessions(text) == {"Orvane Media": date(2031, 6, 9), "Tellaro Group": date(2031, 6, 9)}


def test_a_heading_without_a_day_leaves_the_article_s_session() -> None:
    text = ("We cut Orvane Media to Sell.\n\nClosing prices:\n"
            "ORVM (Orvane Media) | R$41.16 | -14.6%\nTLRO (Tellaro Group) | R$12.88 | -5.3%\n")
    assert set(_sessions(text).values()) == {TUESDAY}


def test_a_weekday_s_move_named_in_passing_does_not_date_the_figures_after_it() -> None:
    text = "SAO PAULO, June 10 (Wire) - Rede Varanda rose 1.1%, recovering part of Monday's loss, and the index added 0.4%."
    assert set(_sessions(text).values()) == {TUESDAY}
    # a weekday that dates the figure after it still does
    text = "SAO PAULO, June 10 (Wire) - Rede Varanda fell 2% on Tuesday after Monday's loss; Tellaro Group rose 1% on Monday."
    assert _sessions(text)["Tellaro Group"] == date(2031, 6, 9)
