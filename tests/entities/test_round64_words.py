"""Entity layer, round 64: words that never name an organisation on their own (a strip's "Ticker:" label, the idiom
"the Wild West"). The company and the person are invented."""
from __future__ import annotations

from test_entities_round61 import _story


def test_a_ticker_strip_label_is_no_organisation() -> None:
    found = _story("Low\n\nQuistco shares fell 2.1% on Monday.\n\nTicker: 9911.T -2.1% | 9912.T +0.4% | .N225 -0.3%")
    assert "Ticker" not in found
    assert found["Quistco"] == "ORG"


def test_the_wild_west_is_no_organisation() -> None:
    found = _story("Crypto\n\nSenator Jo Quist called token trading the Wild West on Tuesday.")
    assert found.get("Wild West") in (None, "PLACE")
    assert found["Jo Quist"] == "PERSON"
