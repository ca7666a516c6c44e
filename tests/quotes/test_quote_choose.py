"""Quote engine, round 5: the speaker ranker over every candidate of a quotation (``analysis/quotes/choose.py``,
weights in ``analysis/data/quote_speaker_ranker.json`` written by ``bench/train_quote_ranker.py speakers``).
It decides only where the rules are unsure (no speaker phrase found, or a name found through coreference);
a name or a description next to the speech verb stays the rules' answer. Mentions given by hand."""

from __future__ import annotations

import json

import pytest
from test_quote_engine import only, quotes

from analysis.quotes import choose
from analysis.quotes.choose import FEATURES, WEIGHTS_FILE, load_model, unsure
from analysis.quotes.model import Speaker

BECK = [("Glenn Beck", "Glenn Beck", "PERSON"), ("Beck", "Glenn Beck", "PERSON"),
        ("Sarah Palin", "Sarah Palin", "PERSON"), ("Palin", "Sarah Palin", "PERSON")]


def test_weights_file_matches_the_features() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    assert data["apply"] in ("always", "unsure", "never")
    assert load_model() is not None


def test_only_unsure_answers_are_reweighed() -> None:
    assert unsure(Speaker())
    assert unsure(Speaker("Sarah Palin", "PERSON", "she", "coreference"))
    assert not unsure(Speaker("Sarah Palin", "PERSON", "Palin", "adjacent"))
    assert not unsure(Speaker("a branch manager", "", "a branch manager", "adjacent"))


def test_a_name_right_after_the_quote_with_an_unlisted_verb() -> None:
    # "questioned" is not in the cue lexicon: the rules find no speaker, the ranker takes the name next to the quote
    text = ('Glenn Beck spoke after Sarah Palin.\n\n'
            '“What was the massive pivot point to make him change so fundamentally?” Beck questioned.')
    row = only(quotes(text, BECK))
    assert row["speaker"] == "Glenn Beck"


def test_without_the_weights_file_the_rules_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(choose, "load_model", lambda: None)
    text = ('Glenn Beck spoke after Sarah Palin.\n\n'
            '“What was the massive pivot point to make him change so fundamentally?” Beck questioned.')
    assert only(quotes(text, BECK))["speaker"] == ""


def test_the_adjacent_name_is_kept() -> None:
    text = 'Sarah Palin spoke first.\n\n"We will not back down," Glenn Beck said on Tuesday.'
    assert only(quotes(text, BECK))["speaker"] == "Glenn Beck"


def test_a_description_next_to_the_verb_is_not_replaced_by_a_nearby_name() -> None:
    text = ('Sarah Palin visited the town on Monday. “Clients keep asking whether to pull money,” a branch manager '
            'at a rival bank told us.')
    row = only(quotes(text, BECK))
    assert row["speaker"] != "Sarah Palin"
