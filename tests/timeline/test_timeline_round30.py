"""Round 30 (timeline): a day the since-clause's own verb carries is that event's day, not the start of an open
span. Every sentence is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions


def dates_of(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, date_start, date_end) of every timeline row of one article, in date order."""
    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    return sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def test_a_day_carried_by_the_since_clauses_verb_is_the_events_day_not_a_span() -> None:
    # "since the leak was disclosed on the 12th": the disclosure's day, one row, no span from it to the article
    got = dates_of("Brask Mining stock has fallen 9.4% since the breach was disclosed on May 12, against a 1.1% "
                   "decline for the index.", "2031-05-16")
    assert got == [("May 12", "2031-05-12", "2031-05-12")]
    # left alone: a day straight after "since" is the start of the move's span
    got = dates_of("Brask Mining stock has fallen 9.4% since Monday.", "2031-05-16")
    assert got == [("Monday", "2031-05-12", "2031-05-16")]
