"""Round 63 (moves63): share-move rules from the misses and wrong days of the dev corpora, each tried on invented text
(no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

import json
from datetime import date

from analysis.market.coref import DocMentions
from analysis.market.strips import head_strip_rows
from tests.move_helpers import move_days as _days

MONDAY = date(2026, 3, 9)


def _head(*lines: str) -> str:
    """A page's head lines as the corpus stores them (JSON ``[offset, line]``)."""
    return json.dumps([[i * 100, line] for i, line in enumerate(lines)])


def _orgs(*names: str) -> DocMentions:
    """Organisation mentions of ``names`` in an article body (offsets made up, one mention each)."""
    return DocMentions([(i * 50, i * 50 + len(n), n, n, "ORG") for i, n in enumerate(names)])


# 1. A move told in the past perfect, or in a clause of its own after "after" with the stock as subject, happened before
# the story's time: its day is its own, not the session of the article's undated moves.

def test_a_past_perfect_move_does_not_date_the_article() -> None:
    text = ("Kellar Docks shares closed down 2.5% at 41,200 won, while Orlen Vasko fell 1.1%. "
            "Kellar Docks shares had risen 3.4% on Friday to a record high.")
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=MONDAY) == [
        ("Kellar Docks", -2.5, "2026-03-09", "", ""), ("Orlen Vasko", -1.1, "2026-03-09", "", ""),
        ("Kellar Docks", 3.4, "2026-03-06", "", "")]
    # a verb of its own between "had" and the figure's day ("had already on Friday 6 per cent gained")
    text = "Orlen Vasko lost 1.8%. The Kellar Docks share had already on Friday 6 per cent gained."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=MONDAY) == [
        ("Orlen Vasko", -1.8, "2026-03-09", "", ""), ("Kellar Docks", 6.0, "2026-03-06", "", "")]
    # the simple past still tells the article's session ("fell 3.4% on Friday" in a Monday wrap with no other day)
    text = "Orlen Vasko fell 1.1%. Kellar Docks shares fell 3.4% on Friday."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=MONDAY) == [
        ("Orlen Vasko", -1.1, "2026-03-06", "", ""), ("Kellar Docks", -3.4, "2026-03-06", "", "")]


def test_an_after_clause_with_its_own_subject_is_an_earlier_session() -> None:
    text = ("Kellar Docks slumped 7.9%, after its New York-listed shares lost 6.2% on Friday. "
            "Orlen Vasko declined 2.6%.")
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=MONDAY) == [
        ("Kellar Docks", -7.9, "2026-03-09", "", ""), ("Kellar Docks", -6.2, "2026-03-06", "", ""),
        ("Orlen Vasko", -2.6, "2026-03-09", "", "")]
    # a clause coordinated after it is the main clause's, not the earlier session's
    text = "Kellar Docks slumped 7.9%, after its New York-listed shares lost 6.2% on Friday, and Orlen Vasko fell 2.6%."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=MONDAY) == [
        ("Kellar Docks", -7.9, "2026-03-09", "", ""), ("Kellar Docks", -6.2, "2026-03-06", "", ""),
        ("Orlen Vasko", -2.6, "2026-03-09", "", "")]
    # a gapped item after a dated main clause still takes its day
    assert _days("Kellar Docks rose 4% on Friday, and Orlen Vasko 3%.", "Kellar Docks", "Orlen Vasko", published=MONDAY) == [
        ("Kellar Docks", 4.0, "2026-03-06", "", ""), ("Orlen Vasko", 3.0, "2026-03-06", "", "")]


# 2. In a quote strip, a one-letter ticker is no abbreviation of a name the article writes (it would fit too many; the
# listed company of that symbol still counts), and a name in capitals that is an index's ("DOW") is the index.

def test_a_strip_one_letter_ticker_and_index_in_capitals() -> None:
    mentions = _orgs("Kellar Docks", "Tollan Brau")
    head = _head("KLDK 41.20 -3.15%   TLNB 7.75 +1.57%   DOW 18,020.40 -0.88%")
    rows = head_strip_rows(head, date(2026, 3, 4), mentions)
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar Docks", -3.15), ("Tollan Brau", 1.57)]
    # one letter: neither "Tollan Brau" nor "Kellar Docks" by its first letter
    head = _head("K 12.10 -0.48%   TLNB 7.75 +1.57%")
    assert [(r["company"], r["pct"]) for r in head_strip_rows(head, date(2026, 3, 4), mentions)] == [
        ("Tollan Brau", 1.57)]


# 3. A session weeks before the story's, named by a dated move, is backstory: the article's undated moves stay on its
# own day; a dated session of the days just before still dates them.

def test_a_session_weeks_before_is_backstory() -> None:
    text = "Kellar Docks lost $41 billion on Sept. 3, 2025, when its shares fell 8%. Orlen Vasko fell 26% to $23.70."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=date(2026, 2, 3)) == [
        ("Kellar Docks", -8.0, "2025-09-03", "", ""), ("Orlen Vasko", -26.0, "2026-02-03", "", "")]
    text = "Kellar Docks shares fell 8% on Jan. 30. Orlen Vasko fell 6%."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=date(2026, 2, 3)) == [
        ("Kellar Docks", -8.0, "2026-01-30", "", ""), ("Orlen Vasko", -6.0, "2026-01-30", "", "")]
