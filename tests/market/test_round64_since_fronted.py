"""A "since" clause that opens its sentence dates a period as one after the verb does: "Since the reports on March 2,
the stock has lost about 17%" runs from March 2 to the publication day; it is no move of a March 2 session (which
was a Monday here, but might as well be a Saturday). Invented sentences."""

from __future__ import annotations

from datetime import date

from tests.move_helpers import move_days

TUESDAY = date(2026, 3, 10)


def test_a_since_clause_opening_the_sentence_is_a_period() -> None:
    text = ("Kellar Docks fell 2% on Tuesday. Since the Harbour Post and Daily Ledger reports on March 2, the stock has "
            "lost about 17% of its value.")
    assert move_days(text, "Kellar Docks", published=TUESDAY)[1] == ("Kellar Docks", -17.0, "", "2026-03-02", "2026-03-10")


def test_the_same_clause_after_the_verb_still_is() -> None:
    text = "Kellar Docks has lost about 17% since the Harbour Post and Daily Ledger reports on March 2."
    assert move_days(text, "Kellar Docks", published=TUESDAY) == [("Kellar Docks", -17.0, "", "2026-03-02", "2026-03-10")]


def test_a_sentence_opening_on_a_day_keeps_its_session() -> None:
    text = "On March 2, Kellar Docks fell 4%."
    assert move_days(text, "Kellar Docks", published=TUESDAY) == [("Kellar Docks", -4.0, "2026-03-02", "", "")]
