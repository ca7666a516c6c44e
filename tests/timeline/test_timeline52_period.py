"""Round 52 (timeline52): a move "since the <event>" in a sentence that names the close it is measured at ("which
closed at 74.10 on Wednesday, are down 36% since the fire") runs up to that close, not to the article's day; a sentence
opened by "Over the same period" runs its moves over the span of the sentence before, in one article or with the
event dated by the story's other articles. Every sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.market.moves import extract_moves
from analysis.timeline.events import timeline_mentions
from tests.timeline.test_timeline_dates50 import HEAD, with_moves

# Friday 2041-08-23: the fire of Monday 2041-08-05, the close of Wednesday 2041-08-21
STORY = (HEAD + "A fire tore through the Orrin Dyes works in Valdmere on August 5, killing three workers. "
         "The shares, which closed at 74.10 crowns on Wednesday, are down 36 per cent since the fire. "
         "Over the same period, Pellham Colour has gained 9 per cent and Tarn Pigments 6 per cent.\n")


def test_a_move_since_an_event_runs_to_the_close_its_sentence_names() -> None:
    # (in one article the span gives way to the close's own day, the more precise mention of the same event; the span
    # still frames the sentence after it, and the story-level span below keeps it)
    got = with_moves(STORY, "2041-08-23")
    assert ("since the fire", "2041-08-05", "2041-08-23") not in got
    assert ("Wednesday", "2041-08-21", "2041-08-21") in got


def test_the_same_period_takes_the_span_of_the_sentence_before() -> None:
    got = with_moves(STORY, "2041-08-23")
    assert ("Over the same period", "2041-08-05", "2041-08-21") in got
    assert not any(start == end == "2041-08-23" for _, start, end in got)  # no move guessed on the article's day


def test_a_move_since_an_event_with_no_close_named_runs_to_the_article() -> None:
    text = (HEAD + "A fire tore through the Orrin Dyes works in Valdmere on August 5, killing three workers. "
            "The shares are down 36 per cent since the fire.\n")
    assert ("since the fire", "2041-08-05", "2041-08-23") in with_moves(text, "2041-08-23")


def test_the_same_period_after_a_sentence_with_no_span_dates_nothing() -> None:
    text = HEAD + "Orrin Dyes shut its works on Monday. Over the same period, Pellham Colour has hired 40 staff.\n"
    got = with_moves(text, "2041-08-23")
    assert not any(expression == "Over the same period" for expression, _, _ in got)


def test_the_same_period_of_an_event_the_story_dates_elsewhere() -> None:
    first = RawArticle(file="a.txt", text=HEAD + "A fire tore through the Orrin Dyes works on August 5, killing three "
                       "workers.\n", outlet="One", published="2041-08-06")
    later = RawArticle(file="b.txt", text=HEAD + "The shares, which closed at 74.10 crowns on Wednesday, are down 36 "
                       "per cent since the fire. Over the same period, Pellham Colour has gained 9 per cent and Tarn "
                       "Pigments 6 per cent.\n", outlet="Two", published="2041-08-23")
    corpus = build_corpus([(r, {"published_earliest": ""}, "corpus") for r in (first, later)])
    got = timeline_mentions(corpus, moves=extract_moves(corpus))
    rows = sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples()
                  if r.file == "b.txt")
    assert ("since the fire", "2041-08-05", "2041-08-21") in rows
    assert ("Over the same period", "2041-08-05", "2041-08-21") in rows
    assert not any(start == end == "2041-08-23" for _, start, end in rows)


def test_the_same_period_takes_a_quarter_of_the_sentence_before() -> None:
    got = with_moves(HEAD + "Orrin Dyes' sales rose 12% in the third quarter. In the same period, its costs fell 3%.\n",
                     "2041-11-12")
    assert ("In the same period", "2041-07-01", "2041-09-30") in got
