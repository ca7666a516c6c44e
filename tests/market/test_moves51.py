"""Round 43 (moves51): classes of financial prose counted across the eighteen read corpora and real news text, each
tried on invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.coref import lower_case_names
from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. A company that writes its name in small letters, named once before its exchange ticker in brackets ("drevo
# (DREV.VI)"): a company in every mention of the text, so a list of names with tickers keeps all its figures.

def test_a_lower_case_name_before_its_ticker() -> None:
    text = ("Harlow Steel (HRL.L), Omsted (OMS.DE) and drevo (DREV.VI) rose 2.1%, 4.4% and 3.9% respectively. "
            "Later drevo lost 1.2%.")
    assert _rows(text, "Harlow Steel", "Omsted") == [
        ("share", "Harlow Steel", 2.1), ("share", "Omsted", 4.4), ("share", "drevo", 3.9), ("share", "drevo", -1.2)]
    text = "Pellam Post (PPL.AS) and kvarto (KVAR.BR) were up 0.7% and down 1.6%, respectively."
    assert _rows(text, "Pellam Post") == [("share", "Pellam Post", 0.7), ("share", "kvarto", -1.6)]


def test_a_lower_case_word_before_another_ticker_left_alone() -> None:
    # a common word before a ticker its letters do not abbreviate is no name: no mention, no row of its own
    text = "Shares of the group's listed unit, the stock (KRAG.DE), fell 3.3%, and plc (CCL.L) filings rose."
    assert lower_case_names(text, []) == []
    # a function word never is a name, and a word already inside a mention is not named again
    assert lower_case_names("the (THE.L) rose 2%", []) == []
    text = "Nordvik drevo (DREV.VI) rose 2%."
    assert lower_case_names(text, [(0, 13, "Nordvik drevo", "Nordvik drevo", "ORG")]) == []


# 2. An adjective of size with its comparative between the verb and the figure ("has added a more modest 4.5%", "is off
# a more modest 3.2%", "dropped a smaller 1.2%"), as "a modest" was: the figure is the move.

def test_a_comparative_adjective_before_the_figure() -> None:
    text = "Tamsin Media has lost 9% this week. Corrow Digital has added a more modest 4.5%."
    assert _rows(text, "Tamsin Media", "Corrow Digital") == [
        ("share", "Tamsin Media", -9.0), ("share", "Corrow Digital", 4.5)]
    text = "Banca Ferlo is off a more modest 3.2%, and Gell Bank dropped a smaller 1.2%."
    assert _rows(text, "Banca Ferlo", "Gell Bank") == [("share", "Banca Ferlo", -3.2), ("share", "Gell Bank", -1.2)]


def test_a_comparative_adjective_of_another_quantity_left_alone() -> None:
    # a noun after the figure makes it another quantity: a smaller margin, a more modest rise in sales
    text = "Corrow Digital reported a more modest 4.5% rise in sales, and Gell Bank won by a smaller 40 percent margin."
    assert _rows(text, "Corrow Digital", "Gell Bank") == []


# 3. A running total owned by a name's possessive or by "the stock's" ("takes Acme's decline since ... to 18%", "took
# the stock's advance this year to 22%"): the total of that company's stock, as "its" total is.

def test_a_running_total_owned_by_a_name_or_the_stock() -> None:
    text = ("Shares of Corvo Pharma fell 4% on Tuesday. The drop takes Corvo's decline since January 2 to 18%, the worst "
            "start to a year.")
    assert _rows(text, "Corvo Pharma", "Corvo") == [("share", "Corvo Pharma", -4.0), ("share", "Corvo", -18.0)]
    text = ("Halden Air rose 6% on Tuesday. Halden's gain was its biggest one-day rise since March and took the stock's "
            "advance this year to 22%.")
    assert _rows(text, "Halden Air", "Halden") == [("share", "Halden Air", 6.0), ("share", "Halden", 22.0)]


def test_a_running_total_of_another_quantity_left_alone() -> None:
    # the total of another quantity keeps no row; "the stock's" after no verb of a running total stays as it was
    text = "Corvo Pharma fell 4%. The recall takes Corvo's decline in sales since January 2 to 18%."
    assert _rows(text, "Corvo Pharma", "Corvo") == [("share", "Corvo Pharma", -4.0)]
    text = "Halden Air rose 6%. Analysts said the stock's advance this year to 22% left little room."
    assert _rows(text, "Halden Air") == [("share", "Halden Air", 6.0)]


# 4. A place in brackets after a company's name ("Arnhold plc (London): -2.6%", "Sella Air (Dublin) +1.8%") tells where
# the stock trades: no ticker of the row (the ticker column took the city).

def test_a_place_in_brackets_is_no_ticker() -> None:
    text = "Cruise stocks:\nArnhold plc (London): -2.6%\nPavo Marine (Oslo): -18.9%\nKorro AB (KORRO.ST): +0.8%\n"
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Arnhold plc", "Pavo Marine", "Korro AB")))
    assert [(r.company, r.ticker, r.pct) for r in rows.itertuples()] == [
        ("Arnhold plc", "", -2.6), ("Pavo Marine", "", -18.9), ("Korro AB", "KORRO.ST", 0.8)]


def test_a_ticker_in_brackets_left_alone() -> None:
    text = "Sella Air (SLA.L) rose 1.8%, and Pavo Marine (NYSE: PVM) fell 2%."
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Sella Air", "Pavo Marine")))
    assert [(r.company, r.ticker, r.pct) for r in rows.itertuples()] == [
        ("Sella Air", "SLA.L", 1.8), ("Pavo Marine", "PVM", -2.0)]
