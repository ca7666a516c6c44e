"""Entity layer, round 66 (lead): a one-word company that the text never calls a company in its usual words is still
one when a class of its shares or its kind names it; a lone "at X" (a place's cue, as for a workplace) no longer
outweighs that (every company and person here is fictional)."""
from __future__ import annotations

from tests.entity_helpers import story_types as _story


def test_a_class_of_shares_after_a_name_makes_it_a_company() -> None:
    found = _story("Markets\n\nQuistobras preferred shares plunged 21.5% to 21.45 reais. Brokers said the same could "
                   "happen at Quistobras again.")
    assert found == {"Quistobras": "ORG"}


def test_a_kind_of_company_before_a_name_makes_it_a_company() -> None:
    found = _story("Markets\n\nShares of state-controlled oil company Quistobras collapsed on Monday.\n\n\"If he can "
                   "do this at Quistobras, he can do it anywhere,\" said Ana Lima, a fund manager.")
    assert found == {"Quistobras": "ORG", "Ana Lima": "PERSON"}


def test_a_person_after_the_company_and_a_verb_stays_a_person() -> None:
    found = _story("Travel\n\nThe company Jane Roe founded grew fast.")
    assert found == {"Jane Roe": "PERSON"}
