"""Moves over several sessions up to the article's day, in a sentence that names no date of its own (the items of a
list under "Week's movers (3-7 November):", "Since the tie-up, A and B have lost 8.1% and 10%, respectively"): the
timeline shows each on the article's day, the figure as the article reports it that day. A period that ends before the
article's day, or a sentence the timeline dates by its own words, adds no such mark. Invented text."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.market.moves import extract_moves
from analysis.timeline.events import timeline_mentions

HEAD = "Grain traders end a rough week\n\n"
FRIDAY = "2041-11-08"


def _marks(text: str) -> list[tuple[str, str, str]]:
    raw = RawArticle(file="one.txt", text=HEAD + text, outlet="One", published=FRIDAY)
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    got = timeline_mentions(corpus, moves=extract_moves(corpus))
    return sorted((r.event, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples()
                  if r.kind == "move")


def test_the_items_of_a_weeks_list_are_marked_on_the_articles_day() -> None:
    text = ("Millers had a hard week.\nWeek's movers (4-8 November):\n• Harrow Mills (HRW): -6.8%\n"
            "• Pellam Grain (PLG): +2.1%\n")
    assert _marks(text) == [("Harrow Mills shares fall 6.8% over several sessions", FRIDAY, FRIDAY),
                            ("Pellam Grain shares rise 2.1% over several sessions", FRIDAY, FRIDAY)]


def test_a_respectively_list_since_an_undated_event_is_marked_on_the_articles_day() -> None:
    text = "Since the tie-up was announced, Harrow Mills and Pellam Grain have lost 8.1% and 10%, respectively.\n"
    assert [(a, b) for _, a, b in _marks(text)] == [(FRIDAY, FRIDAY), (FRIDAY, FRIDAY)]


def test_a_period_ending_before_the_articles_day_adds_no_mark() -> None:
    text = "Millers had a hard week.\nWeek's movers (28-31 October):\n• Harrow Mills (HRW): -6.8%\n"
    assert not any("over several sessions" in e for e, _, _ in _marks(text))
