"""Timeline, round 35 (lead): a sentence that tells a share move under the short name its article gave the company
is the move's one event, not a second row beside it. Invented companies."""

from __future__ import annotations


def _events(text: str) -> list[tuple[str, str]]:
    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle
    from analysis.market.moves import extract_moves
    from analysis.timeline.events import timeline_mentions

    raw = RawArticle(file="one.txt", text=text, outlet="One", published="2031-03-14")
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    got = timeline_mentions(corpus, moves=extract_moves(corpus))
    return sorted({(r.event, r.date_start.isoformat()) for r in got.itertuples()})


def test_a_move_told_under_the_articles_short_name_is_one_event() -> None:
    # 2031-03-14 is a Friday; the move's event carries the article's full name, the sentence's label the short one
    text = ("Drugmakers rally\n\nQuellan Pharmaceutical Industries (QUELLAN.NS) gained 3.8% on Friday. Quellan Pharma, "
            "which earns a third of its revenue abroad, had fallen 1.4% on Monday, before the order.\n")
    monday = [e for e, day in _events(text) if day == "2031-03-10"]
    assert monday == ["Quellan Pharmaceutical Industries shares fall 1.4%"], monday
    # left alone: a sentence on the move's day with the same figure but without the company is its own event
    text = ("Drugmakers rally\n\nQuellan Pharmaceutical Industries (QUELLAN.NS) gained 3.8% on Friday. Quellan Pharma "
            "had fallen 1.4% on Monday. Dorrin Labs cut 1.4% of its staff on Monday.\n")
    assert len([e for e, day in _events(text) if day == "2031-03-10"]) == 2, _events(text)
