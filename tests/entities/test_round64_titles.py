"""Entity layer, round 64: the portfolio word of an office before its holder's name is no organisation. The person
is invented."""
from __future__ import annotations

from test_entities_round61 import _story


def test_an_information_commissioner_title_names_no_organisation() -> None:
    found = _story("Data\n\nInformation Commissioner Tamsin Vorle opened an inquiry into the loyalty scheme. In June "
                   "the Information Commissioner, Tamsin Vorle, fined the retailer.")
    assert found == {"Tamsin Vorle": "PERSON"}


def test_the_commissioner_office_by_its_full_name_is_an_organisation() -> None:
    found = _story("Data\n\nThe Information Commissioner's Office fined the retailer in June.")
    assert found == {"Information Commissioner's Office": "ORG"}
