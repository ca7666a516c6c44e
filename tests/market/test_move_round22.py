"""Round 22: share and index moves that real news written by others held but the engine missed (a recall read), each
rule on an invented sentence (no word, name or figure of any corpus), with what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _rows(text: str) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, []).itertuples()]


# 1. An index's level told before its percent ("The X index closed at 1,931.4, down 3.6%", "shed 41.2 points to close
# at 1,931.4, down 3.6% from the previous Friday"): the points and the level are no part of the subject, and the
# lower-case index phrase before them owns the figure after the comma.

def test_an_index_level_before_the_percent_keeps_the_index() -> None:
    assert _rows("The Velmont composite index closed at 1,931.4, down 3.6%.") == \
        [("index", "Velmont composite index", -3.6)]
    assert _rows("The Velmont 80-share index shed 41.2 points to close at 1931.4, down 3.6% from the previous "
                 "Friday.") == [("index", "Velmont 80-share index", -3.6)]


def test_a_level_after_no_index_head_is_left_alone() -> None:
    # a poll's or a count's level is no index: the head word before it is no index head
    assert _rows("Attendance at the Velmont fair closed at 1,931, down 3.6% from last year.") == []


# 2. A bare figure after a figure compared with a past day ("down 4.5% from the previous Friday and 6.8% from Oct. 13")
# continues the same move: the second comparison is the same index's.

def test_a_second_figure_from_a_past_day_continues_the_move() -> None:
    assert _rows("The Velmont composite index closed at 1,931.4, down 3.6% from the previous Friday and 5.2% from "
                 "Oct. 11.") == [("index", "Velmont composite index", -3.6), ("index", "Velmont composite index", -5.2)]


def test_a_figure_of_another_noun_after_the_comparison_is_left_alone() -> None:
    assert _rows("The Velmont composite index fell 3.6% from the previous Friday, and 5.2% of its members were "
                 "replaced.") == [("index", "Velmont composite index", -3.6)]
