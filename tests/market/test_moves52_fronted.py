"""Round 52 (moves52): a move noun's figure in a clause of time opening the sentence ("After Monday's 24.6% crash, Acme
shares bounced 3.8%"), read on invented texts (no word, name or figure of any corpus), with what the rule must leave
alone."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 18)  # a Wednesday


def _rows(text: str, *names: str) -> list[tuple[str, str, float, object]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct, None if pd.isna(r.session_date) else r.session_date) for r in rows.itertuples()]


def test_a_fronted_move_is_the_main_clauses_company() -> None:
    text = "The market was less kind. After Monday's 24.6% crash, Corlan shares bounced 3.8% on Tuesday."
    assert _rows(text, "Corlan") == [("share", "Corlan", -24.6, date(2026, 3, 16)),
                                     ("share", "Corlan", 3.8, date(2026, 3, 17))]
    text = "Following a 9% slide on Monday, Corlan stock rebounded 2.2% on Tuesday."
    assert _rows(text, "Corlan") == [("share", "Corlan", -9.0, date(2026, 3, 16)),
                                     ("share", "Corlan", 2.2, date(2026, 3, 17))]
    text = "After a 10% rally last week, the Nasdaq fell 2% on Monday."
    assert _rows(text) == [("index", "Nasdaq", 10.0, None), ("index", "Nasdaq", -2.0, date(2026, 3, 16))]


def test_a_span_through_the_main_clauses_session_counts_from_it() -> None:
    # the fronted move is told as what came before: the span "in two days" runs through Tuesday, the main clause's
    text = "After Monday's 24.6% crash, Corlan shares bounced 3.8% on Tuesday, which still leaves them down 22% in two days."
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Corlan")))
    assert [(r.pct, r.period_start, r.period_end) for r in rows.itertuples() if r.pct == -22.0] == [
        (-22.0, date(2026, 3, 16), date(2026, 3, 17))]


def test_a_fronted_move_after_another_companys_move_or_of_another_quantity_left_alone() -> None:
    # the company moved in the sentence before may own the rebound: no row for it
    text = "Ardley Foods fell 3.1% on Monday. After Tuesday's 5.6% rebound, Pellam Bank fell 2.7%."
    assert [row[:3] for row in _rows(text, "Ardley Foods", "Pellam Bank")] == [
        ("share", "Ardley Foods", -3.1), ("share", "Pellam Bank", -2.7)]
    assert _rows("Despite a 5% rise in revenue, Corlan shares fell 3%.", "Corlan") == [("share", "Corlan", -3.0, PUB)]
