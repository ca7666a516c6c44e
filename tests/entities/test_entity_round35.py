"""Entity layer, round 35 (lead): knowledge found reading the thirty-fifth corpus as dev, one invented text per
rule with what the rule must leave alone. Listed companies are the package catalog's (general knowledge); every
other person, company and figure here is fictional."""
from __future__ import annotations

from test_entity_round10 import _people_orgs


def test_a_listed_company_named_with_a_demonym_is_an_organisation() -> None:
    # "Anglo American" ends on a demonym, like "Sylvanian Serbs" (a people): the catalog knows it as a company
    text = "Miners slide\n\nAnglo American fell 6% on Wednesday after a dam failure at a mine it co-owns.\n"
    assert "Anglo American" in _people_orgs(text)
    # a people named by a demonym stays no organisation
    text = "Miners slide\n\nRural Sylvanian Americans protested on Wednesday after the dam failure.\n"
    assert not any("American" in n for n in _people_orgs(text))
