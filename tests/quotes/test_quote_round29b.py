"""Quote engine, round 29 (lead): a party named with its lower-case head noun is an organisation speaking.
Invented sentences; the entity mentions are given by hand, as the entity layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes

_VELL = [("Civic Union", "Civic Union", "ORG"), ("Harbour League", "Harbour League", "ORG")]


def test_a_party_named_before_its_head_noun_speaks() -> None:
    # "The opposition Civic Union party said ... “...”": no phrase was read before the speech verb (a capitalised
    # name between a lower-case modifier and "party"), so the quotation had no speaker
    text = "The opposition Civic Union party said in a statement that the hike was “a confession of failure”."
    assert list(quotes(text, _VELL)["speaker"]) == ["Civic Union"]
    # left alone: the name alone, and "the party" taking up the party named before it
    text = ("The Harbour League said the vote was “a farce”. Its leader quit on Monday. The party said the result "
            "was “not the end of the road”.")
    assert list(quotes(text, _VELL)["speaker"]) == ["Harbour League", "Harbour League"]
