"""The period a share move covers when the text tells it once for several figures: a list of figures ("rose 4.4% and
5.2% this week, respectively"), a gapped conjunct ("X lost 3.1% this week and Y 2.4%"), a period opening the
sentence before a compound subject, and the line introducing a list or table of moves ("Week's movers (1-5 June):").
The chart draws a one-session move as that session's bar, so a week's move read as the article's session is a wrong
bar. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.market.extract import move_rows

DAY = date(2026, 6, 11)  # a Thursday
WEEK = (None, "2026-06-08", "2026-06-11")
TODAY = ("2026-06-11", None, None)


def _spans(text: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    def iso(d: object) -> str | None:
        return d.isoformat() if d is not None else None  # type: ignore[attr-defined]
    return [(str(r["company"]), float(r["pct"]), iso(r["session_date"]), iso(r["period_start"]), iso(r["period_end"]))  # type: ignore[arg-type]
            for r in move_rows(text, DAY, None)]


@pytest.mark.parametrize("text", [
    "Corra lost 3.1% this week and Belmont 2.4%.",  # the second figure's verb and period are left out
    "Corra and Belmont fell 3.1% and 2.4% for the week, respectively.",  # the period after the list's last figure
    "Corra and Belmont lost 3.1% and 2.4% this week.",
])
def test_a_period_told_once_covers_every_figure_of_the_list(text: str) -> None:
    assert _spans(text) == [("Corra", -3.1, *WEEK), ("Belmont", -2.4, *WEEK)]


def test_a_gapped_conjunct_after_and_keeps_the_first_period_and_leaves_a_later_verb_alone() -> None:
    assert _spans("Corra has lost 19% this week, Belmont Foods 13% and Tavish Group 12%.") == [
        ("Corra", -19.0, *WEEK), ("Belmont Foods", -13.0, *WEEK), ("Tavish Group", -12.0, *WEEK)]
    # its own verb and day: no gap ("and Y rose 1.5% yesterday" is Y's, and the coordination dates X too)
    assert [s for _c, _p, s, _a, _b in _spans("Orrell Tools fell 2% and Pellam Works rose 1.5% yesterday.")] == [
        "2026-06-10", "2026-06-10"]
    # a clause with a verb of its own and no period stays the session
    assert _spans("Corra rose 3.1% this week and Belmont fell 2.4%.")[1] == ("Belmont", -2.4, *TODAY)


def test_an_opening_period_covers_a_compound_subjects_figures() -> None:
    since = (None, "2026-06-09", "2026-06-11")  # after Monday's close
    assert _spans("Since Monday's close, Corra and Belmont have lost 8.1% and 5.9%.") == [
        ("Corra", -8.1, *since), ("Belmont", -5.9, *since)]
    # a later clause with a day of its own is not the opening period's
    assert _spans("Since Monday, Corra rose 3%, and Belmont fell 2% on Thursday.")[1] == ("Belmont", -2.0, *TODAY)


def test_a_period_opening_a_sentence_without_its_comma() -> None:
    rows = _spans("Corra fell 2% on Monday.\n\nSince the start of the year the stock has lost around 27 percent.")
    assert rows[1] == ("Corra", -27.0, None, "2026-01-01", "2026-06-11")


def test_since_a_day_written_before_its_month() -> None:
    rows = _spans("Corra fell 2% on Monday.\n\nIts shares have lost 36 per cent since 18 October.")
    assert rows[1] == ("Corra", -36.0, None, "2025-10-18", "2026-06-11")


@pytest.mark.parametrize(("intro", "span"), [
    ("Week's movers (1-5 June):", (None, "2026-06-01", "2026-06-05")),  # a range of days of one month
    ("Weekly performance (Friday close vs. previous Friday):", WEEK),
    ("Here is how the exposed names have traded since 29 May:", (None, "2026-05-29", "2026-06-11")),
    ("Thursday, 11 June 2026 — closing prices, week-on-week change", WEEK),  # a heading: no colon, no full stop
])
def test_the_line_introducing_a_list_gives_its_items_period(intro: str, span: tuple[None, str, str]) -> None:
    text = f"Corra cut its outlook on Tuesday.\n{intro}\n• Belmont (BLM): +2.1%\n• Tavish Group (TVG): -1.4%"
    assert _spans(text) == [("Belmont", 2.1, *span), ("Tavish Group", -1.4, *span)]


@pytest.mark.parametrize("intro", [
    "Here is how they closed:",  # a colon, no period: the session
    "The stocks most exposed to the strike ended the week lower.",  # a sentence of prose, not an introduction
])
def test_an_introduction_without_a_period_leaves_the_items_session(intro: str) -> None:
    rows = _spans(f"{intro}\n• Belmont (BLM): +2.1%\n• Tavish Group (TVG): -1.4%")
    assert [r[2:] for r in rows] == [TODAY, TODAY]


def test_an_item_with_its_own_day_keeps_it_under_a_periods_introduction() -> None:
    rows = _spans("Moves this week:\n• Belmont rose 2.1% on Monday\n• Tavish Group -1.4%")
    assert rows == [("Belmont", 2.1, "2026-06-08", None, None), ("Tavish Group", -1.4, *WEEK)]


def test_a_tables_week_to_a_weekday_column_is_that_week() -> None:
    text = "Company | Ticker | Week to Friday\nBelmont | BLM.AX | -5.2%\nTavish | TVG.AX | +0.9%"
    assert [r[2:] for r in _spans(text)] == [(None, "2026-06-01", "2026-06-05")] * 2


def test_a_table_cells_period_stays_in_its_cell() -> None:
    # the day's move, then the move since a date in the next cell: the first is the session's
    rows = _spans("Grocers at Thursday's close:\nBelmont (BLM.L) +0.7% | since 6 June: -4.6%")
    assert rows[0] == ("Belmont", 0.7, *TODAY)
