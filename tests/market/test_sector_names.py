"""A company the catalog does not list takes the sector its own name tells ("<X> Airlines" -> Transport), so the
market chart colours it with its trade instead of "Other"; a one-word name or a name without a trade word stays
"Other", and a catalog company keeps the catalog's sector."""

from __future__ import annotations

from analysis.companies import OTHER_SECTOR, sector_of_name
from analysis.corpus.load import load_corpus
from analysis.pipeline import analyse


def test_the_trade_word_of_a_name_gives_its_sector() -> None:
    assert sector_of_name("Quillmoor Airlines") == "Transport"
    assert sector_of_name("Brantwell Vale Water") == "Utilities & power"
    assert sector_of_name("Ostrava Oil & Gas Services") == "Energy"  # the last listed word decides
    assert sector_of_name("Bank of Tessaly") == "Banks"
    assert sector_of_name("Harlow Biosciences Inc") == "Pharma & biotech"
    assert sector_of_name("Tarnwick Gold") == "Materials & mining"  # a metal a miner digs
    assert sector_of_name("Ovrelle Games") == "Media & entertainment"
    assert sector_of_name("Brakvik Maritime") == "Transport"
    assert sector_of_name("Tessaly Cable Systems") == "Telecom"


def test_a_name_without_a_trade_word_stays_other() -> None:
    assert sector_of_name("Quillmoor") == OTHER_SECTOR  # one word: a name, never a trade ("Target", "Shell")
    assert sector_of_name("Oil") == OTHER_SECTOR
    assert sector_of_name("Quillmoor Air Group") == OTHER_SECTOR  # "Air" alone is no listed trade word
    assert sector_of_name("Ostrava Holdings") == OTHER_SECTOR


def test_moves_table_takes_the_name_sector_only_where_the_catalog_is_silent(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "a.txt").write_text("Airline shares slide\n\nQuillmoor Airlines fell 4.2% on Tuesday, while Nvidia "
                                    "rose 1.5% and Ostrava Holdings lost 0.8%.", encoding="utf-8")
    moves = analyse(load_corpus(tmp_path)).moves
    sectors = dict(zip(moves["company"], moves["sector"]))
    assert sectors["Quillmoor Airlines"] == "Transport"
    assert sectors["Nvidia"] == "Semiconductors"  # the catalog's sector, as before
    assert sectors["Ostrava Holdings"] == OTHER_SECTOR
