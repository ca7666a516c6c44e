"""Entity layer, round 19: classes of misses and extras that recur in at least three of thirteen dev corpora by
about a dozen writers, one invented text each.

Every person, company, index, contract and figure here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round18 import corpus_types


def _orgs(found: dict[str, set[str]], doc: str) -> set[str]:
    return {e for e, t in found.get(doc, set()) if t in ("ORG", "PERSON")}


# --- an index, a benchmark or a contract named before "sub-index" or "futures" ------------------------------------
def test_a_sub_index_or_a_futures_grade_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Refiners gain", "Over in New York, QRB gasoline futures are up 3.1% and Zorbel Refining "
                                   "rose 2%. The QIX banks sub-index has lost 4% since Monday.\n"),
        "b.txt": ("Gasoline climbs", "U.S. gasoline futures rose overnight. QRB rose 3.8% on Tuesday to settle "
                                     "at its highest since April, and Zorbel Refining gained 1%.\n"),
    })
    assert not _orgs(found, "a") & {"QRB", "QIX"}
    assert "QRB" not in _orgs(found, "b")  # the same contract named bare in another article
    assert "Zorbel Refining" in _orgs(found, "a") and "Zorbel Refining" in _orgs(found, "b")


def test_a_company_or_an_exchange_before_futures_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Traders wait", "Shares of Quistar Energy rose 2% after Quistar Energy futures traders were "
                                  "told to wait. Volumes on the ASX futures market fell.\n"),
    })
    assert "Quistar Energy" in _orgs(found, "a")


# --- an exchange in a table's listing column ------------------------------------------------------------------------
def test_an_exchange_in_a_listing_column_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Freight stocks jump", "Freight stocks rose on Wednesday as box rates climbed.\n\n"
                                         "Company | Exchange | Change\n\n"
                                         "Quistar Lines | Nasdaq | +3.9%\n\n"
                                         "Zorbel Stores | NYSE | -1.7%\n\n"
                                         "Brindle Freight | Oslo | +5.5%\n"),
        "b.txt": ("Listing move", "Quistar Lines said on Monday it would move its listing to the Nasdaq, "
                              "and Nasdaq said it welcomed the move.\n"),
    })
    names = _orgs(found, "a")
    assert {"Quistar Lines", "Zorbel Stores", "Brindle Freight"} <= names
    assert not names & {"Nasdaq", "NYSE", "New York Stock Exchange"}
    assert "Nasdaq" in _orgs(found, "b")  # named in prose: an organisation


def test_a_company_column_of_a_table_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Brokers' calls", "Brokers changed their views.\n\n"
                                    "Company | Broker | Change\n\n"
                                    "Quistar Lines | Zorbel Securities | +2.1%\n\n"
                                    "Brindle Freight | Harwick Capital | -1.3%\n"),
    })
    assert {"Quistar Lines", "Zorbel Securities", "Brindle Freight", "Harwick Capital"} <= _orgs(found, "a")
