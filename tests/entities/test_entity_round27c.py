"""Entity layer: the header of a table printed in plain text names no organisation. Every company here is fictional."""
from __future__ import annotations

from test_entity_round10 import _people_orgs

BODY = ("Lisbrook's main index fell 0.6% on Thursday as a jump in freight rates weighed on importers. Pellworth Retail "
        "extended its slide for a third session.\n\n")


def test_a_plain_tables_header_names_no_organisation() -> None:
    for table in ("Company                Last (CVK)    Chg %\n"
                  "Ardenholt Shipping        212.40      +5.2\n"
                  "Quarrymead Lines           78.15      +1.9\n"
                  "Pellworth Retail           41.30      -3.4\n",
                  # as the page's cleaning gives it: columns collapsed to one space, a blank line between lines
                  "Stock Close Move\n\nArdenholt Shipping 212.40 +5.2\n\nQuarrymead Lines 78.15 +1.9\n\n"
                  "Pellworth Retail 41.30 -3.4\n"):
        found = _people_orgs(BODY + table)
        assert not {"Company Last", "Company", "Chg", "Stock Close", "Stock Close Move", "Move"} & found, found
        # left alone: the rows' companies are still named
        assert {"Ardenholt Shipping", "Quarrymead Lines", "Pellworth Retail"} <= found, found


def test_a_name_on_its_own_line_over_prose_is_still_named() -> None:
    text = BODY + "Harnock Trading Group\n\nHarnock Trading Group said sales rose 4% in the quarter.\n"
    assert "Harnock Trading Group" in _people_orgs(text)
