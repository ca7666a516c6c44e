"""Round 67 (lead): a place's possessive after "shares of" says where the company is, not whose shares they are."""

from __future__ import annotations

from tests.move_helpers import move_rows


def test_shares_of_a_places_company() -> None:
    text = "Shares of Brazil's Quistobras fell 6% on Monday. Stock in Japan's Zorbota Motors rose 2%."
    assert move_rows(text, "Quistobras", "Zorbota Motors") == [
        ("share", "Quistobras", -6.0), ("share", "Zorbota Motors", 2.0)]



# A company's rows whose own article names no place nor ticker take the region of the listing other articles print
# its ticker with: one company, one colour on the market chart (a corpus step, after the names are made one).

def test_a_companys_region_from_its_ticker_in_another_article(tmp_path) -> None:
    from analysis import analyse
    from analysis.corpus.load import load_corpus

    texts = {"a.txt": "Quistobras falls\n\nQuistobras (QSTB4.SA) fell 6% on Monday after the vote.\n",
             "b.txt": "Quistobras rebounds\n\nQuistobras rose 3% on Tuesday as investors returned.\n"}
    lines = ["file,outlet,url,published,title"]
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        lines.append(f"{name},Quist Ledger,,2026-03-{4 if name == 'a.txt' else 5:02d},{text.split(chr(10))[0]}")
    (tmp_path / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    moves = analyse(load_corpus(tmp_path)).moves
    got = {(r.company, r.pct): (r.region, r.region_basis) for r in moves.itertuples()}
    assert got[("Quistobras", -6.0)] == ("Latin America", "ticker")
    assert got[("Quistobras", 3.0)] == ("Latin America", "ticker elsewhere")


# A stocks-to-watch heading sets a company's name in capitals ("TESLA (TSLA): Shares of the carmaker fell 8%"): the
# corpus's one name for the company is a writing in small letters when any article has one, else the catalog's.

def test_a_name_in_capitals_gives_way_to_one_in_small_letters_or_the_catalogs() -> None:
    import pandas as pd

    from analysis.market.moves import one_name_per_company

    moves = pd.DataFrame({"company": ["QUISTOR MOTORS", "QUISTOR MOTORS", "Quistor Motors", "TESLA", "ZORBEL", "IBM"],
                          "kind": ["share"] * 6})
    assert one_name_per_company(moves)["company"].tolist() == [
        "Quistor Motors", "Quistor Motors", "Quistor Motors", "Tesla", "ZORBEL", "IBM"]


# The kind of a company's stock after its name is its listing, not a part of the name ("Quistor ADRs fell 8%"); a
# name written with and without a space between its words is one company ("Zorb Mobil" and "ZorbMobil").

def test_the_kind_of_stock_after_a_name_and_a_name_written_without_its_space() -> None:
    import pandas as pd

    from analysis.market.moves import one_name_per_company, without_trailing_acronym

    assert without_trailing_acronym("Quistor ADRs") == "Quistor"
    assert without_trailing_acronym("Quistor Preferred") == "Quistor"
    assert without_trailing_acronym("Quistor") == "Quistor"
    moves = pd.DataFrame({"company": ["Zorb Mobil", "Zorb Mobil", "ZorbMobil"], "kind": ["share"] * 3})
    assert one_name_per_company(moves)["company"].tolist() == ["Zorb Mobil"] * 3
