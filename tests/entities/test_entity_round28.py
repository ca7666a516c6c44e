"""Entity layer, round 28: a pipeline or a port named before its noun is a site, not its owner.

Every company, person, pipeline and port here is fictional.
"""
from __future__ import annotations

from test_entity_round10 import _people_orgs, _story


def test_a_pipeline_or_port_named_before_its_noun_is_a_site() -> None:
    cases = (
        ("Brandwell Energy shut the Varnholt pipeline on Tuesday after a leak, the company said.\n", "Varnholt"),
        ("Flows on the Ostermark XL pipeline resumed, said Tove Ansgar, an analyst at Dunmore Securities.\n",
         "Ostermark XL"),
        ("Cargo piled up at the Halvik port as Quellmark Shipping rerouted two vessels.\n", "Halvik"),
    )
    for text, site in cases:
        assert _story(text).get(site) == "PLACE", text
        assert site not in _people_orgs(text), text


def test_a_pipeline_company_that_acts_stays_a_company() -> None:
    text = "Varnholt Pipeline Co. said on Monday that its Ostermark pipeline would reopen. Varnholt Pipeline shares rose 3%.\n"
    assert "Varnholt Pipeline" in _people_orgs(text)
