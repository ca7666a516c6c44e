"""Which session or period a share move covers, in constructions where a stated day or the sentence's shape misleads.
Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.market.extract import move_rows

DAY = date(2026, 6, 11)  # a Thursday


def _periods(text: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    def iso(d: object) -> str | None:
        return d.isoformat() if d is not None else None  # type: ignore[attr-defined]
    return [(str(r["company"]), float(r["pct"]), iso(r["session_date"]), iso(r["period_start"]), iso(r["period_end"]))  # type: ignore[arg-type]
            for r in move_rows(text, DAY, None)]


def test_a_day_ending_a_since_clause_starts_a_period_and_dates_no_other_move() -> None:
    text = ("June 11 (Example Wire) - Vantor raised its offer for Belgrave on Thursday.\n\n"
            "Belgrave shares rose 3.9% in afternoon trading, while Vantor fell 5.5%.\n\n"
            "Vantor's stock has lost 13.6% since it first made its bid public on June 1.")
    assert _periods(text) == [
        ("Belgrave", 3.9, "2026-06-11", None, None), ("Vantor", -5.5, "2026-06-11", None, None),
        ("Vantor", -13.6, None, "2026-06-01", "2026-06-11"),
    ]


def test_a_level_from_a_stated_day_is_a_period() -> None:
    assert _periods("By Thursday's close, Ostrel shares had fallen 19.3% from 412p on June 1 to 332.5p.") == [
        ("Ostrel", -19.3, None, "2026-06-01", "2026-06-11")]


def test_the_same_five_sessions_and_a_gapped_second_figure_share_the_period() -> None:
    text = "Corra is down 21% for the week.\n\nMarlow Air is up 8.1% over the same five sessions, easyFly 6.8%."
    week = ("2026-06-08", "2026-06-11")
    assert [(c, p, s, a, b) for c, p, s, a, b in _periods(text)] == [
        ("Corra", -21.0, None, *week), ("Marlow Air", 8.1, None, *week), ("easyFly", 6.8, None, *week)]


@pytest.mark.parametrize(("text", "session"), [
    # a takeover target's price against the bid: a comparison, the session stays
    ("Belgrave shares jumped 31% to $79.91 in premarket trading, below the offer price.", "2026-06-11"),
    # an IPO's offer price on its debut: the session
    ("Ostrel rose 30% from its offer price in its market debut.", "2026-06-11"),
])
def test_an_offer_price_named_after_the_move(text: str, session: str) -> None:
    [(_c, _p, got, _a, _b)] = _periods(text)
    assert got == session


def test_an_after_hours_move_of_the_day_before_does_not_date_the_articles_other_moves() -> None:
    text = ("16:40 Quick recap: Brevik Foods closed 14.2% lower in Oslo.\n\n"
            "12:05 Brevik shares are now off 16.1%, pretty much the low of the day.\n\n"
            "09:00 Good morning. Brevik shares dropped 9% in after-hours trading yesterday.")
    assert [(p, s) for _c, p, s, _a, _b in _periods(text)] == [
        (-14.2, "2026-06-11"), (-16.1, "2026-06-11"), (-9.0, "2026-06-10")]


def test_a_consequence_participle_takes_the_main_clauses_day_and_the_publication_day_leads() -> None:
    text = ("LONDON, June 11 (Example Wire) - Marlow Air cancelled 210 flights on Thursday after a baggage system "
            "failed at its hub, sending its shares down 5.6%.\n\n"
            "Rival Skyjet gained 3.3%.\n\n"
            "Corra's stock fell 6.5% on Wednesday after it cut its outlook.")
    assert [(c, s) for c, _p, s, _a, _b in _periods(text)] == [
        ("Marlow Air", "2026-06-11"), ("Skyjet", "2026-06-11"), ("Corra", "2026-06-10")]


@pytest.mark.parametrize(("text", "want"), [
    # a level against a stated day's close is a move since that day
    ("Brevik shares were up 2.3% on Thursday but remain 36% below their June 1 close.", [2.3, -36.0]),
    ("Brevik shares rose 1.9% in early trade but remain about 30% below their level on June 1.", [1.9, -30.0]),
    # an indication before the bell, and a forecast that is none
    ("Stateside, Brevik ADRs are seen 10% weaker before the bell.", [-10.0]),
    ("Brevik shares are seen rising 10% next year, analysts said.", []),
    # a filler before the figure
    ("Brevik is down a mere 2% since the warning, and Ostrel fell a sharp 9%.", [-2.0, -9.0]),
])
def test_levels_indications_and_fillers(text: str, want: list[float]) -> None:
    assert [p for _c, p, _s, _a, _b in _periods(text)] == want
