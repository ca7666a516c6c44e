"""Round 67 (moves): share-move rules of plain grammar, wire convention and general market knowledge, each tried on
invented text (no word, name or sentence of any corpus; the tickers of real listings only where a rule reads the
listings of the shipped catalog), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import (extract_moves, figures_order, home_listing_owner, letters_root, one_company,
                                     ticker_company)
from analysis.market.moves import listing_region, most_written, one_name_per_company, sentence_region
from analysis.market.strips import head_strip_rows
from tests.market.test_market_round63 import MONDAY, _head, _orgs
from tests.market.test_move_round21 import every_mention
from tests.move_helpers import PUB, move_days, move_rows


# 1. A company the entity layer names by a formal name written once ("Quisto Petroleos SA", its formal name, given
# once) while most of its articles write another name ("Quistobras"): its moves take the writing the articles use.
# A part of the name ("Kellar" of "Kellar Group") is no other writing.

def test_most_written_is_the_other_writing_an_article_uses_most() -> None:
    mentions = [(0, 21, "Quisto Petroleos SA", "Quisto Petroleos", "ORG"),
                (40, 50, "Quistobras", "Quisto Petroleos", "ORG"), (60, 70, "Quistobras", "Quisto Petroleos", "ORG"),
                (80, 84, "Kell", "Kellar Group", "ORG"), (90, 102, "Kellar Group", "Kellar Group", "ORG"),
                (110, 116, "Kellar", "Kellar Group", "ORG"), (120, 126, "Kellar", "Kellar Group", "ORG")]
    assert most_written(mentions) == {"Quisto Petroleos": "Quistobras"}


def _rows(company: str, written: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(written))], "company": company, "kind": "share",
                         "written": written, "short_name": "", "pct": 1.0, "sentence": ""})


def test_a_company_most_articles_write_another_way_takes_that_writing() -> None:
    moves = _rows("Quistobras Petroleos", ["Quistobras", "Quistobras", "Quistobras", ""])
    assert one_name_per_company(moves)["company"].tolist() == ["Quistobras"] * 4
    # left alone: two articles of five are no majority, and three are needed
    moves = _rows("Quistobras Petroleos", ["Quistobras", "Quistobras", "", "", ""])
    assert one_name_per_company(moves)["company"].tolist() == ["Quistobras Petroleos"] * 5
    moves = _rows("Quistobras Petroleos", ["Quistobras", "Quistobras"])
    assert one_name_per_company(moves)["company"].tolist() == ["Quistobras Petroleos"] * 2


# 2. A quote strip's bare ticker that is a home listing's symbol without its exchange's suffix ("BARC" for "BARC.L"),
# among cells of the same market; a number code, alone or with its suffix or a name after it ("7203", "6758.T",
# "7203 TOYOTA"); a Nordic share class ("ATCO A"). A bare ticker among another market's names is left alone.

def test_a_strip_cell_by_its_home_listing_symbol_in_the_strips_market() -> None:
    rows = head_strip_rows(_head("FTSE 100 7,490 -0.4% | BARC 182.5p -2.1% | HSBA +0.8%"), MONDAY, _orgs("Tarn Group"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Barclays", -2.1), ("HSBC", 0.8)]
    # left alone: the same symbol of a European listing on a strip of American quotes
    assert home_listing_owner("BARC", "US") is None
    rows = head_strip_rows(_head("DJIA 33,120 -0.6% | BARC 18.20 -2.1% | SPX 4,010 -0.5%"), MONDAY, _orgs("Tarn Group"))
    assert [(r["company"], r["pct"]) for r in rows] == []


def test_a_strip_cell_by_a_number_code_or_a_share_class() -> None:
    rows = head_strip_rows(_head("NIKKEI 23,100 -0.7% | 7203 TOYOTA -1.9% | 6758.T +2.4% | 9999 -1.0%"), MONDAY,
                           _orgs("Tarn Group"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Toyota", -1.9), ("Sony", 2.4)]
    rows = head_strip_rows(_head("ATCO A  -2.4%  |  OMXS30 -2.9%  |  DAX -4.4%"), MONDAY, _orgs("Tarn Group"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Atlas Copco", -2.4)]


# 3. A ticker's letters with a share class's number after them ("KLBR3", a Brazilian listing's common shares)
# abbreviate the company as the letters alone do; two writings of one company that both fit ("Alder Coast" and "Alder
# Coast Bank") are one fit; a colon may close a strip's ticker ("ACB: +1.8%").

def test_a_class_number_and_two_writings_of_one_company() -> None:
    assert letters_root("KLBR3") == "KLBR" and letters_root("KLBR") == "KLBR" and letters_root("N225") == "N225"
    mentions = _orgs("Kellar Brasil", "Tarn Mineracao")
    assert ticker_company("KLBR3", mentions).name == "Kellar Brasil"
    assert one_company({"Alder Coast", "Alder Coast Bank"}) == {"Alder Coast Bank"}
    assert one_company({"Alder Coast", "Bexley Coast"}) == {"Alder Coast", "Bexley Coast"}
    text = "Kellar Brasil fell. Tarn Mineracao rose.\n\nIbovespa 118,430 -0.64% | KLBR3 27.33 -1.80% | TRNM4 +2.10%"
    assert move_rows(text, "Kellar Brasil", "Tarn Mineracao")[-2:] == [("share", "Kellar Brasil", -1.8),
                                                                        ("share", "Tarn Mineracao", 2.1)]
    text = "Alder Coast Bank fell. Alder Coast said it would sell loans.\n\nS&P 500: -0.8% | ACB: +1.8% | KBW Banks: -2.1%"
    assert move_rows(text, "Alder Coast Bank", "Alder Coast")[-1:] == [("share", "Alder Coast Bank", 1.8)]


# 4. A share class before "shares" is no company ("The B shares", "Preferred shares"): the shares talked about; another
# class after "and" with the verb left out ("and common shares 7.9%") is the same company's.

def test_a_share_class_is_no_company() -> None:
    assert move_rows("Kellar said it would cut jobs. The A shares ended 1.7% lower in Oslo.", "Kellar") == [
        ("share", "Kellar", -1.7)]
    assert move_rows("Kellar said it would cut jobs. Preferred shares ended 4.1% lower and common shares 3.5%.",
                     "Kellar") == [("share", "Kellar", -4.1), ("share", "Kellar", -3.5)]
    assert move_rows("Kellar preferred shares slid 2.5% and the common shares 2.1%, a record.", "Kellar") == [
        ("share", "Kellar", -2.5), ("share", "Kellar", -2.1)]
    # left alone: a gapped item with a name of its own stays that company's
    assert move_rows("Kellar fell 6.6% and Bexley 7.9%.", "Kellar", "Bexley") == [
        ("share", "Kellar", -6.6), ("share", "Bexley", -7.9)]


# 5. A list of figures each with its day of the month ("rose 12% on May 3 and 31.5% on May 4"): one verb's list.

def test_a_list_of_figures_with_a_day_of_the_month_each() -> None:
    rows = extract_moves("Kellar shares rose 12% on March 3 and 31.5% on March 4.", PUB,
                         sorted(every_mention("Kellar shares rose 12% on March 3 and 31.5% on March 4.", "Kellar")))
    assert [(r.company, r.pct, str(r.session_date)[:10]) for r in rows.itertuples()] == [
        ("Kellar", 12.0, "2026-03-03"), ("Kellar", 31.5, "2026-03-04")]


# 6. The first line of a rundown entry under a heading in capitals: a descriptor subject ("The toolmaker", "the
# region's biggest lender") is the heading's company, not the firm the entry before it named last; a coordinated descriptor of
# two words after "and" ("The pump and valve parts maker") is one company; "marketplace" and "renter" are company nouns.

def test_a_descriptor_opening_a_rundown_entry_is_the_headings_company() -> None:
    text = ("Stocks to watch: Kellar, Bexley.\n\nBEXLEY\nThe toolmaker rose 1%. Roe Securities cut its target.\n\n"
            "KELLAR\nThe pump and valve parts maker was indicated 8.0% lower.")
    assert move_rows(text, "Kellar", "Bexley", "Roe Securities") == [("share", "Bexley", 1.0), ("share", "Kellar", -8.0)]
    for descriptor in ("The online auction marketplace", "The van renter", "The seeds and farm chemicals group"):
        text = f"Stocks to watch.\n\nKELLAR (KLR): {descriptor} slumped 8.0% after forecasting weak sales."
        assert move_rows(text, "Kellar") == [("share", "Kellar", -8.0)]
    # left alone: a later sentence of the entry that names another company's move keeps it
    text = "Stocks to watch: Kellar.\n\nKELLAR\nThe toolmaker rose 1%. Bexley, its rival, fell 2%."
    assert move_rows(text, "Kellar", "Bexley") == [("share", "Kellar", 1.0), ("share", "Bexley", -2.0)]


# 7. Region: a ticker's exchange suffix names its listing's region when the sentence names no place; a market outside
# US, Europe and Asia-Pacific has its own (Sao Paulo, ".SA": Latin America; Toronto: Canada); of two places, the one
# right after the figure.

def test_the_region_of_a_tickers_exchange_suffix() -> None:
    assert listing_region("KLF.L") == "Europe" and listing_region("7203.T") == "Asia" and listing_region("KLF.O") == "US"
    assert listing_region("TRN.AX") == "Asia" and listing_region("KLBR3.SA") == "Latin America"
    assert listing_region("KLF.TO") == "Canada"
    assert listing_region("KLF") is None and listing_region("BRK.B") is None


def test_a_place_of_another_region_and_the_place_after_the_figure() -> None:
    assert sentence_region("Kellar fell 3% in Sao Paulo.") == "Latin America"
    sentence = "Kellar common shares fell 4.2% in Sao Paulo and its ADRs 3.1% in New York."
    assert sentence_region(sentence, sentence.index("4.2")) == "Latin America"
    assert sentence_region(sentence, sentence.index("3.1")) == "US"
    sentence = "Kellar fell 2% in London, while in New York Bexley rose 3%."
    assert sentence_region(sentence, sentence.index("2%")) == "Europe"
    assert sentence_region(sentence, sentence.index("3%")) == "US"


# 8. A time adverb opening a sentence ("Yesterday's 7% recovery", "Today the shares rose 3%") is no company's name: the
# stock talked about.

def test_a_time_adverb_is_no_company() -> None:
    assert move_rows("Kellar fell 20% on Monday. Yesterday's 7% recovery changes little.", "Kellar") == [
        ("share", "Kellar", -20.0), ("share", "Kellar", 7.0)]


# 9. A premarket indication its sentence does not date is of the story's own session (Monday's rundown), not the earlier
# session another move of the article names ("Tarn closed 0.7% higher on Friday").

def test_a_premarket_indication_is_of_the_storys_session() -> None:
    monday = date(2026, 3, 9)
    text = ("Futures point to a higher open.\n\nKellar was seen 3% lower in pre-market trade after its rival said on "
            "Saturday it had turned down an offer.\n\nTarn closed 0.7% higher on Friday.")
    assert move_days(text, "Kellar", "Tarn", published=monday) == [
        ("Kellar", -3.0, "2026-03-09", "", ""), ("Tarn", 0.7, "2026-03-06", "", "")]


# 10. A chronology's line dated with the day before the month and a colon ("2 March: ..."); a line dated in figures
# ("05/03/2026 - ...", day or month first?) takes the order the text's unambiguous dates in figures show ("16/03/2026").

def test_chronology_lines_with_the_day_first() -> None:
    text = ("How it unfolded\n\n2 March: Kellar issues a warning. The shares drop 8.2%, their worst day in a year.\n\n"
            "05/03/2026 - Kellar closes up 6.2%.\n\n16/03/2026 - The shares rise 6.3%.")
    assert move_days(text, "Kellar", published=date(2026, 3, 20)) == [
        ("Kellar", -8.2, "2026-03-02", "", ""), ("Kellar", 6.2, "2026-03-05", "", ""), ("Kellar", 6.3, "2026-03-16", "", "")]
    assert figures_order("on 3/16/2026 and 3/5/2026") == "md" and figures_order("on 16/3/2026") == "dm"
    assert figures_order("on 3/5/2026") == "" and figures_order("on 3/16/2026 and 16/3/2026") == ""
    # left alone: with no unambiguous date in figures, "05/03/2026" names no day (the article's session)
    text = "How it unfolded\n\n05/03/2026 - Kellar closes up 6.2%."
    assert move_days(text, "Kellar", published=date(2026, 3, 20)) == [("Kellar", 6.2, "2026-03-20", "", "")]
