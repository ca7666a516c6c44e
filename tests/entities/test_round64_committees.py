"""Entity layer, round 64: a legislature's committees named by the grammar of their names. The people are
invented."""
from __future__ import annotations

from analysis.entities.committees import committee_rows
from test_entities_round61 import _story


def test_a_committee_named_by_a_list_of_subjects_is_one_organisation() -> None:
    found = _story("Evidence\n\nThe House of Commons Energy, Climate, Trade and Industry Committee has called Jo "
                   "Quist to give evidence on power prices.")
    assert found == {"Jo Quist": "PERSON",
                     "House of Commons Energy, Climate, Trade and Industry Committee": "ORG"}


def test_two_committees_sharing_a_plural_head_are_two_organisations() -> None:
    found = _story("Farm bill\n\nTamsin Vorle is due to testify to the Senate Banking and Agriculture committees "
                   "next month.")
    assert found == {"Tamsin Vorle": "PERSON", "Senate Banking Committee": "ORG",
                     "Senate Agriculture Committee": "ORG"}


def test_each_chamber_keeps_its_own_committee() -> None:
    found = _story("Hearing\n\nThe House Financial Services and Senate Banking committees will hear Tamsin Vorle.")
    assert found["House Financial Services Committee"] == "ORG"
    assert found["Senate Banking Committee"] == "ORG"


def test_a_chamber_committee_in_lower_case_is_an_organisation() -> None:
    found = _story("Rail fares\n\nThe Commons transport committee will question Jo Quist about fares in June.")
    assert found == {"Jo Quist": "PERSON", "Commons transport committee": "ORG"}


def test_a_chamber_sending_a_bill_to_committee_names_no_committee() -> None:
    text = "The House voted to send the bill to committee on Friday."
    assert committee_rows([], text) == []
