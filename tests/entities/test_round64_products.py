"""Entity layer, round 64: the names a plural product noun lists are products. Every company and product here is
invented."""
from __future__ import annotations

from test_entities_round61 import _story


def test_names_listed_after_a_counted_plural_product_noun_are_products() -> None:
    found = _story("Pipeline\n\nQuistco expects approval of three cancer drugs, Zorvex and Talmid among them, by May.")
    assert found == {"Quistco": "ORG", "Zorvex": "PRODUCT", "Talmid": "PRODUCT"}


def test_names_after_the_plural_noun_without_a_comma_are_products() -> None:
    found = _story("Sales\n\nQuistco also sells the vaccines Quistvax and Zorbovax in Brazil.")
    assert found["Quistvax"] == "PRODUCT"
    assert found["Zorbovax"] == "PRODUCT"


def test_makers_of_a_kind_of_product_are_companies() -> None:
    found = _story("Sector\n\nMakers of generic drugs, Quistpharm and Zorbo Labs, rose 3% on Tuesday.")
    assert found["Zorbo Labs"] == "ORG"
    assert found.get("Quistpharm") != "PRODUCT"
