"""A sentence opened by "They" or "It" that reports one company's share move is labelled with that company, not the
pronoun nor a name guessed from the text before ("They are now down about 14% since last Thursday" -> "Harrow Mills
shares are now down about 14%"). Invented text."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.market.moves import extract_moves
from analysis.timeline.events import _pronoun_move_label, timeline_mentions

HEAD = "Millers slide as grain prices jump\n\n"
TUESDAY = "2041-11-12"


def _events(text: str) -> list[str]:
    raw = RawArticle(file="one.txt", text=HEAD + text, outlet="One", published=TUESDAY)
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    return sorted(set(timeline_mentions(corpus, moves=extract_moves(corpus))["event"]))


def test_they_in_a_move_sentence_is_the_companys_shares() -> None:
    text = ("Harrow Mills (HRW) shares fell 6.2% on Tuesday after the miller cut its forecast. "
            "They are now down about 14% since last Thursday.\n")
    events = _events(text)
    assert not any(e.startswith("They ") for e in events)
    assert any(e.startswith("Harrow Mills shares are now down about 14%") for e in events)


def test_a_guessed_name_gives_way_to_the_moves_company_and_the_verb_agrees() -> None:
    assert _pronoun_move_label("About 620 rises 3.1%", "about 620|rise|3.1%", "They rose 3.1% on Friday.",
                               "Pellam Grain") == "Pellam Grain shares rise 3.1%"
    assert _pronoun_move_label("Rises 3.1%", "|rise|3.1%", "It rose 3.1% on Friday.", "Pellam Grain") \
        == "Pellam Grain rises 3.1%"


def test_a_pronoun_clause_that_tells_no_move_keeps_its_label() -> None:
    assert _pronoun_move_label("Analysts say the deal is off", "analysts|say|deal", "They said on Friday the deal was off.",
                               "Pellam Grain") == "Analysts say the deal is off"


def test_a_figure_alone_is_the_companys_move_and_one_mark() -> None:
    text = "Harrow Mills (HRW)\n\nThe miller cut its forecast on Monday.\n\nDown 6.2% on Tuesday.\n"
    events = _events(text)
    assert "Down 6.2%" not in events
    assert sum("6.2%" in e for e in events) == 1
