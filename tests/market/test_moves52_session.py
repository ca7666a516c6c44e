"""Round 52 (moves52): a span cut short by a later move, and the session's own high or low, read on invented texts (no
word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention


def _spans(text: str, pub: date, *names: str) -> list[tuple[str, float, str, object, object, object]]:
    rows = extract_moves(text, pub, sorted(every_mention(text, *names)))
    day = lambda v: None if pd.isna(v) else v  # noqa: E731
    return [(r.company, r.pct, r.period, day(r.session_date), day(r.period_start), day(r.period_end))
            for r in rows.itertuples()]


# 1. A span up to now told as what came before a weekday's move ("had gained 64% this year before Monday's drop"):
# it ends on the session before that weekday's.

def test_a_span_before_a_weekdays_move_ends_the_session_before() -> None:
    monday, wednesday = date(2026, 3, 16), date(2026, 3, 18)
    text = "Corlan shares had gained 64% this year before Monday's drop, riding record rates."
    assert _spans(text, monday, "Corlan") == [("Corlan", 64.0, "year-to-date", None, date(2026, 1, 1), date(2026, 3, 13))]
    text = "Corlan shares were up 12% this month ahead of Tuesday's slump."
    assert _spans(text, wednesday, "Corlan") == [("Corlan", 12.0, "multi-day", None, date(2026, 3, 1), date(2026, 3, 16))]


def test_a_span_up_to_now_or_a_session_left_alone() -> None:
    monday = date(2026, 3, 16)
    assert _spans("Corlan shares have gained 64% this year.", monday, "Corlan") == [
        ("Corlan", 64.0, "year-to-date", None, date(2026, 1, 1), monday)]
    assert _spans("Corlan shares fell 5% on Tuesday before Monday's results.", date(2026, 3, 18), "Corlan") == [
        ("Corlan", -5.0, "session", date(2026, 3, 17), None, None)]


# 2. The session's own high or low in percent ("up 6.4%, off a session high of 9.5%", "an intraday low of 5.5%"): the
# move at its extreme during the session, up for a high and down for a low; and no mark of a span for the move before
# it, as "off its record high" is.

def test_a_session_high_or_low_is_an_intraday_move() -> None:
    pub = date(2026, 3, 18)
    assert _spans("Corlan is now up 6.4%, off a session high of 9.5%.", pub, "Corlan") == [
        ("Corlan", 6.4, "session", pub, None, None), ("Corlan", 9.5, "session", pub, None, None)]
    assert _spans("Corlan is down 2.4%, off an intraday low of 5.5%.", pub, "Corlan") == [
        ("Corlan", -2.4, "session", pub, None, None), ("Corlan", -5.5, "intraday", pub, None, None)]
    assert _spans("Corlan is now up 6.4%, off a session high.", pub, "Corlan") == [
        ("Corlan", 6.4, "session", pub, None, None)]


def test_a_record_high_stays_a_mark() -> None:
    pub = date(2026, 3, 18)
    assert _spans("Corlan is now up 6.4%, off its record high.", pub, "Corlan") == [
        ("Corlan", 6.4, "multi-day", None, None, None)]


# 3. A span of months ending at a month's end or a stated day ("in the twelve months to the end of October", "in the year
# to March", "over the three months to June 30"), fronted or after the figure: those whole months.

def test_months_to_a_months_end() -> None:
    pub = date(2026, 11, 20)
    text = "In the twelve months to the end of October, Corlan shares rose 64% on the strength of one title."
    assert _spans(text, pub, "Corlan") == [("Corlan", 64.0, "multi-day", None, date(2025, 11, 1), date(2026, 10, 31))]
    assert _spans("Corlan shares rose 64% in the year to March.", pub, "Corlan") == [
        ("Corlan", 64.0, "multi-day", None, date(2025, 4, 1), date(2026, 3, 31))]
    assert _spans("Corlan shares rose 9% in the three months to June 30.", pub, "Corlan") == [
        ("Corlan", 9.0, "multi-day", None, date(2026, 4, 1), date(2026, 6, 30))]
    assert _spans("Corlan shares rose 9% in the six months to March 15.", pub, "Corlan") == [
        ("Corlan", 9.0, "multi-day", None, date(2025, 9, 16), date(2026, 3, 15))]


def test_a_week_to_a_weekday_or_another_quantity_left_alone() -> None:
    pub = date(2026, 11, 20)
    assert _spans("Corlan shares rose 4% in the week to Friday.", pub, "Corlan") == [
        ("Corlan", 4.0, "multi-day", None, date(2026, 11, 16), pub)]
    assert _spans("Corlan's revenue rose 64% in the year to March.", pub, "Corlan") == []
