"""A link box labelled with what it links to ("Related articles: ...", "Related coverage: ...") is page furniture,
like "Related: ..."; prose that opens on "Related" is not."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import REASON_LINK
from analysis.corpus.furniture import furniture_reason


@pytest.mark.parametrize("line", [
    "Related articles: Orvale completes buyback tranche (02.06.2022) · Grain stocks: what the order means (08.06.2022)",
    "Related coverage: Keel Foods unveils a new oven (Nov. 13, 2019)",
    "Related reading: Why the mill closed (2019)",
    "Related stories: Keel Foods cuts jobs",
])
def test_a_labelled_link_box_is_furniture(line: str) -> None:
    assert furniture_reason(line) == REASON_LINK


@pytest.mark.parametrize("line", [
    "Related-party revenue rose 4% in 2021, the filing showed.",
    "Related news coverage was thin on Monday, the agency said.",
])
def test_prose_opening_on_related_is_kept(line: str) -> None:
    assert furniture_reason(line) is None
