"""Entity layer, round 17: classes of misses that recur across corpora, one invented text each.

Every person, company, outlet, place and figure here is fictional.
"""
from __future__ import annotations

from test_entity_round10 import _people_orgs


# --- a market table's venue column --------------------------------------------------------------------------------
def test_an_exchange_code_alone_in_a_table_cell_is_a_venue() -> None:
    text = ("Grain exporters slump\n\nShares of exporters fell on Tuesday.\n\n"
            "Company | Exchange | Tuesday\n\n"
            "Quorva Agri Exports | TSX | -18.6%\n\nPellam Rice Mills | KRX | -9.8%\n\nTamsin Foods | JSE | +2.1%\n")
    assert _people_orgs(text) == {"Quorva Agri Exports", "Pellam Rice Mills", "Tamsin Foods"}


def test_an_exchange_named_in_a_sentence_is_still_read() -> None:
    text = ("Grain exporters slump\n\nQuorva Agri Exports | TSX | -18.6%\n\n"
            "Quorva Agri Exports said the TSX had halted trading in its shares for an hour.\n")
    assert "TSX" in _people_orgs(text) or any("Exchange" in n for n in _people_orgs(text))
