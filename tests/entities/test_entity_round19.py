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
        "a.txt": ("Refiners gain", "By midday, QRB diesel futures had climbed 2.6% and Zorbel Refining "
                                   "added 1.4%. The QIX lenders sub-index slipped 0.9% over the week.\n"),
        "b.txt": ("Diesel climbs", "Heating oil prices firmed on Thursday. QRB gained 4.1% to end at a "
                                   "seven-month high, and Zorbel Refining rose 2.2%.\n"),
    })
    assert not _orgs(found, "a") & {"QRB", "QIX"}
    assert "QRB" not in _orgs(found, "b")  # the same contract named bare in another article
    assert "Zorbel Refining" in _orgs(found, "a") and "Zorbel Refining" in _orgs(found, "b")


def test_a_company_before_futures_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Traders wait", "Shares of Quistar Energy rose 2% after Quistar Energy futures traders were "
                                  "told to wait.\n"),
    })
    assert "Quistar Energy" in _orgs(found, "a")


# --- an exchange in a table's listing column ------------------------------------------------------------------------
def test_an_exchange_in_a_listing_column_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Cable makers slip", "Cable makers fell on Thursday after a copper price spike.\n\n"
                                       "Company | Listing | Move\n\n"
                                       "Quistar Cables | Freedonia Exchange | -2.8%\n\n"
                                       "Zorbel Wire | Quistdaq | -0.6%\n\n"
                                       "Brindle Metals | Brindleford | +1.2%\n"),
        "b.txt": ("Listing move", "Quistar Cables said on Monday it would move its listing to the Freedonia "
                              "Exchange, and the Freedonia Exchange said it welcomed the company.\n"),
    })
    names = _orgs(found, "a")
    assert {"Quistar Cables", "Zorbel Wire", "Brindle Metals"} <= names
    assert not names & {"Freedonia Exchange", "Quistdaq"}
    assert "Freedonia Exchange" in _orgs(found, "b")  # named in prose: an organisation


def test_a_company_column_of_a_table_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Brokers' calls", "Brokers changed their views.\n\n"
                                    "Company | Broker | Change\n\n"
                                    "Quistar Cables | Zorbel Securities | +2.4%\n\n"
                                    "Brindle Metals | Harnbeck Capital | -1.1%\n"),
    })
    assert {"Quistar Cables", "Zorbel Securities", "Brindle Metals", "Harnbeck Capital"} <= _orgs(found, "a")
