"""Round 52 (moves52): the start of a move measured "since" an event, read on invented texts (no word, name or figure
of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 20)  # a Friday


def _spans(text: str, *names: str) -> list[tuple[str, float, object, object, object]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    day = lambda v: None if pd.isna(v) else v  # noqa: E731
    return [(r.company, r.pct, day(r.session_date), day(r.period_start), day(r.period_end)) for r in rows.itertuples()]


# 1. An event dated in passing after "since" ("since the March 4 blast", "since its Feb. 26 profit warning", "since the
# 26 February warning"), or after a level's "before" ("27% below where it traded before the March 4 blast"): the move
# runs from that day to the article's.

def test_since_an_event_dated_in_passing() -> None:
    text = "Corlan fell 9.8% to 743 rupees, taking its losses since the March 4 blast to 37%."
    assert _spans(text, "Corlan") == [("Corlan", -9.8, PUB, None, None),
                                      ("Corlan", -37.0, None, date(2026, 3, 4), PUB)]
    assert _spans("Corlan shares are down 12% since its Feb. 26 profit warning.", "Corlan") == [
        ("Corlan", -12.0, None, date(2026, 2, 26), PUB)]
    assert _spans("Corlan shares are down 12% since the 26 February profit warning.", "Corlan") == [
        ("Corlan", -12.0, None, date(2026, 2, 26), PUB)]


def test_below_a_level_before_an_event_dated_in_passing() -> None:
    text = "Corlan stock is 27 per cent below where it traded before the March 4 blast."
    assert _spans(text, "Corlan") == [("Corlan", -27.0, None, date(2026, 3, 4), PUB)]


def test_an_event_without_its_day_or_a_move_before_one_left_alone() -> None:
    assert _spans("Corlan shares are down 12% since the blast.", "Corlan") == [("Corlan", -12.0, None, None, PUB)]
    assert _spans("Corlan stock is 27 per cent below where it traded before the blast.", "Corlan") == [
        ("Corlan", -27.0, None, None, None)]
    assert _spans("Corlan shares fell 12% before the March 4 results.", "Corlan") == [("Corlan", -12.0, PUB, None, None)]


# 2. "since" and a clause that ends on a weekday or a span ago ("since the bid was announced on Monday", "since the bid
# became public two weeks ago"): from that day.

def test_since_a_clause_ending_on_its_day() -> None:
    assert _spans("Corlan has gained 9% since the bid was announced on Monday.", "Corlan") == [
        ("Corlan", 9.0, None, date(2026, 3, 16), PUB)]
    assert _spans("Corlan has gained 49% since the original bid became public two weeks ago.", "Corlan") == [
        ("Corlan", 49.0, None, date(2026, 3, 6), PUB)]
    assert _spans("Corlan has gained 9% since it announced the deal a week ago.", "Corlan") == [
        ("Corlan", 9.0, None, date(2026, 3, 13), PUB)]


def test_a_comparison_since_a_clause_left_alone() -> None:
    # the clause after the move names the move's own session; "since" is then a comparison's
    assert _spans("Corlan fell 9% on Monday, its worst day since it listed.", "Corlan") == [
        ("Corlan", -9.0, date(2026, 3, 16), None, None)]


# 3. "Over the same period" after a span whose start the text does not give ("since the blast") has no start either,
# rather than the start of an older span of the article.

def test_the_same_period_as_an_undated_span() -> None:
    text = ("Corlan rose 40% this year before the accident. The shares are down 36 per cent since the blast. "
            "Over the same period, Tembo has gained 9 per cent.")
    assert _spans(text, "Corlan", "Tembo") == [("Corlan", 40.0, None, date(2026, 1, 1), PUB),
                                              ("Corlan", -36.0, None, None, PUB), ("Tembo", 9.0, None, None, PUB)]
    text = "Corlan shares are down 36 per cent this month. Over the same period, Tembo has gained 9 per cent."
    assert _spans(text, "Corlan", "Tembo") == [("Corlan", -36.0, None, date(2026, 3, 1), PUB),
                                              ("Tembo", 9.0, None, date(2026, 3, 1), PUB)]


# 4. "since then": from the last day the sentence (else the sentence before, in its paragraph) names; with none, a
# span whose start the text does not give.

def test_since_then_from_the_day_told_before() -> None:
    text = ("Corlan's recall on March 6 was one of them, and the market has marked it down: the shares are off 27% "
            "since then.")
    assert _spans(text, "Corlan") == [("Corlan", -27.0, None, date(2026, 3, 6), PUB)]
    text = "Corlan announced the recall on Monday. The shares are off 27% since then."
    assert _spans(text, "Corlan") == [("Corlan", -27.0, None, date(2026, 3, 16), PUB)]


def test_since_then_with_no_day_before_left_undated() -> None:
    assert _spans("Corlan shares are off 27% since then.", "Corlan") == [("Corlan", -27.0, None, None, PUB)]
    text = "Corlan announced the recall on Monday.\n\nThe shares are off 27% since then."
    assert _spans(text, "Corlan") == [("Corlan", -27.0, None, None, PUB)]


# 5. A bare figure after "including" right after a move ("off 27% since then, including a further 2.2% on Tuesday",
# "down 9% this month, including 4% on Monday"): a part of that move, its direction and company, its own day.

def test_a_part_of_a_move_after_including() -> None:
    text = "Corlan shares are off 27% since the recall, including a further 2.2% on Tuesday, when it cut its forecast."
    assert _spans(text, "Corlan") == [("Corlan", -27.0, None, None, PUB), ("Corlan", -2.2, date(2026, 3, 17), None, None)]
    assert _spans("Corlan shares are down 9% this month, including 4% on Monday.", "Corlan") == [
        ("Corlan", -9.0, None, date(2026, 3, 1), PUB), ("Corlan", -4.0, date(2026, 3, 16), None, None)]


def test_a_part_of_another_quantity_left_alone() -> None:
    assert _spans("Corlan's sales rose 10%, including 3% from acquisitions.", "Corlan") == []
    assert _spans("Corlan shares rose 5% after revenue rose 10%, including 3% from acquisitions.", "Corlan") == [
        ("Corlan", 5.0, PUB, None, None)]


# 6. "since" and a clause of a pronoun and its past verb ("since it went public with the offer", "since they announced
# the deal"): a span from an event the sentence does not date, no session.

def test_since_a_pronouns_clause_is_a_span() -> None:
    text = "Tamsin's shares have slipped about 3 percent since it went public with the offer."
    assert _spans(text, "Tamsin") == [("Tamsin", -3.0, None, None, PUB)]
    assert _spans("Corlan has fallen 9% since it announced the deal.", "Corlan") == [("Corlan", -9.0, None, None, PUB)]
