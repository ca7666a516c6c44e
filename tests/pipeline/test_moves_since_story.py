"""Round 54 (lead): a move measured "since the <event>" that its own article leaves undated ("Orrin Mining's shares have
fallen 28% since the collapse") gets its period from the day the story's other articles give the event, as the
timeline's event does (:func:`analysis.pipeline.moves_since_story`). Every article, outlet and name is invented."""

from __future__ import annotations

import pandas as pd

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.pipeline import analyse

_FIRST = ("Tailings dam fails at Orrin mine\n\nThe tailings dam at Orrin Mining's Quellbrook mine collapsed on Tuesday, "
          "the company said, and the regulator sent inspectors to the site on Tuesday afternoon.\n")
_LATER = ("Orrin counts the cost\n\nOrrin Mining's shares have fallen 28% since the collapse, and analysts expect the "
          "mine to stay shut for months.\n")


def _moves(texts: list[tuple[str, str, str]]) -> pd.DataFrame:
    raws = [(RawArticle(file=f, text=t, outlet="Wire " + f[0], published=p), {"published_earliest": ""}, "corpus")
            for f, t, p in texts]
    return analyse(build_corpus(raws), store=False).moves


def test_a_move_since_an_event_the_story_dates_gets_its_period() -> None:
    moves = _moves([("a.txt", _FIRST, "2041-03-13"), ("b.txt", _LATER, "2041-03-19")])
    row = moves[moves["pct"] == -28.0].iloc[0]
    assert pd.isna(row["session_date"])
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp("2041-03-12"), pd.Timestamp("2041-03-19"))


def test_the_move_stays_undated_when_no_other_article_dates_the_event() -> None:
    moves = _moves([("b.txt", _LATER, "2041-03-19")])
    row = moves[moves["pct"] == -28.0].iloc[0]
    assert pd.isna(row["period_start"])


def test_a_move_since_an_event_its_own_article_dated_gets_its_period() -> None:
    # Round 57 (lead): the article dates the event itself, sentences before the move ("... set aside the approval on
    # Tuesday, the company called the ruling a slip. Orrin has fallen 21% since the ruling."): the timeline's span
    # since that day gives the move its period too (Friday 2041-03-22; Tuesday is the 19th)
    text = ("Investors were warned\n\nWhen a Federal Court judge set aside the approval for Orrin Mining's Quellbrook "
            "expansion on Tuesday, the company called the ruling a procedural slip.\n\nOrrin Mining has fallen 21% since "
            "the ruling.\n")
    moves = _moves([("c.txt", text, "2041-03-22")])
    row = moves[moves["pct"] == -21.0].iloc[0]
    assert pd.isna(row["session_date"])
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp("2041-03-19"), pd.Timestamp("2041-03-22"))


def test_a_move_below_the_level_before_an_event_the_story_dates_gets_its_period() -> None:
    # Round 58 (lead): "still 8.3% below their close before the collapse" measures the move since the event, as
    # "since the collapse" does; the story's other article dates the collapse (Tuesday 2041-03-12)
    later = ("Orrin recovers some ground\n\nOrrin Mining shares rose 1.2% on Tuesday but are still 8.3% below their "
             "close before the collapse.\n")
    moves = _moves([("a.txt", _FIRST, "2041-03-13"), ("b.txt", later, "2041-03-19")])
    row = moves[moves["pct"] == -8.3].iloc[0]
    assert pd.isna(row["session_date"])
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp("2041-03-12"), pd.Timestamp("2041-03-19"))


def test_the_level_before_an_event_dates_the_move_but_is_no_timeline_event() -> None:
    later = ("Orrin recovers some ground\n\nOrrin Mining shares rose 1.2% on Tuesday but are still 8.3% below their "
             "close before the collapse.\n")
    raws = [(RawArticle(file=f, text=t, outlet="Wire " + f[0], published=p), {"published_earliest": ""}, "corpus")
            for f, t, p in [("a.txt", _FIRST, "2041-03-13"), ("b.txt", later, "2041-03-19")]]
    timeline = analyse(build_corpus(raws), store=False).timeline
    rows = timeline[timeline["file"] == "b.txt"]
    assert not rows["expression"].astype(str).str.contains("before the collapse").any()
    assert (rows["date_start"].astype(str) == "2041-03-19").any()  # the day's own move, "rose 1.2% on Tuesday"
