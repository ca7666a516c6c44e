"""Entity layer, round 64: one company across articles whatever form of its name an article writes. Every company
here is invented."""
from __future__ import annotations

from test_entities_round63 import _corpus_entities


def test_a_trade_name_joins_its_dot_com_listed_form() -> None:
    found = _corpus_entities({
        "a.txt": "Quistra.com Inc shares fell 4% on Monday after the retailer cut its forecast.",
        "b.txt": "Quistra Corp slid 2% on Tuesday, and Brellick Retail Group rose 1%. Quistra said it would buy back shares.",
    })
    # (a name written with its legal suffix somewhere is a company of its own for the short-name rules; the ".com"
    # only says how the company is listed)
    assert set(found["a"].values()) == {"ORG"}
    assert found["b"]["Brellick Retail Group"] == "ORG"
    assert len(found["a"]) == 1 and set(found["a"]) <= set(found["b"])


def test_a_name_without_international_is_the_same_company() -> None:
    found = _corpus_entities({
        "a.txt": "Shares of Talvane Pharmaceuticals International Inc fell 19% on Wednesday.",
        "b.txt": "Talvane Pharmaceuticals lost 5% on Thursday as investors sold drugmakers.",
        "c.txt": "Talvane dropped again on Friday, analysts said.",
    })
    assert found["a"] == {"Talvane Pharmaceuticals International": "ORG"}
    assert found["b"] == {"Talvane Pharmaceuticals International": "ORG"}
    assert found["c"] == {"Talvane Pharmaceuticals International": "ORG"}


def test_two_longer_names_keep_a_short_name_apart() -> None:
    # "Quist" could be either of two companies the corpus names in full: no single full name to join
    found = _corpus_entities({
        "a.txt": "Quist Holdings rose 3% on Monday, and Quist Airways Group fell 2%.",
        "b.txt": "Quist Airways Group said on Tuesday that it would cut flights.",
    })
    assert found["a"] == {"Quist Holdings": "ORG", "Quist Airways Group": "ORG"}
