"""Round 15: general share-move constructions found on a dev corpus's misses (factbox labels with a place, limit
moves, fractions of a value), each on an invented text (no word, name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _moves(text: str) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, None).itertuples() if r.kind == "share"]


# A factbox's entries: a name in capitals, its place in brackets, a colon, a description, then the shares' move.

def test_factbox_labels_with_a_place_name_their_company() -> None:
    text = ("FACTBOX-Who is exposed to the valve recall\n\n"
            "TERVO HYDRAULICS (Tampere): Makes the valves. Exports were 31% of sales. Shares: -6.25% on Thursday.\n\n"
            "QUENBY PUMP WORKS (Winnipeg): Fits them. Shares: +1.45% on Thursday.\n")
    assert _moves(text) == [("Tervo Hydraulics", -6.25), ("Quenby Pump Works", 1.45)]


def test_a_transcript_speaker_with_a_name_in_brackets_is_no_label() -> None:
    text = ("HOST (JANE ROE): Welcome back. Shares were down 4.35% today.\n\n"
            "GUEST (OLEG VANCE): They were, and may fall further.\n")
    assert ("Host", -4.35) not in _moves(text)


# An infinitive of trading after the main verb ("pared losses to trade N% lower"): the main clause's subject moved.

def test_pared_losses_to_trade_lower() -> None:
    text = ("Veldra Foods shares sank as much as 11.5% at the open on Friday.\n\n"
            "The stock later pared losses to trade 6.25% lower at 41 pence by midday.\n")
    assert _moves(text) == [("Veldra Foods", -11.5), ("Veldra Foods", -6.25)]


def test_a_forecast_to_trade_lower_is_no_move() -> None:
    assert _moves("Brokers expect Veldra Foods shares to trade 6.25% lower on Monday.\n") == []


# "The stock" opening a paragraph, with auxiliaries and adverbs before its verb ("has now fallen"), is the article's
# company, not the firm the paragraph before was about.

def test_the_stock_has_now_fallen_opening_a_paragraph() -> None:
    text = ("Orvane Systems shares fell 5.15% on Tuesday after the watchdog widened its probe into Orvane Systems' "
            "former auditor.\n\n"
            "The watchdog said its enquiry into Pellow Baird's work would also cover Orvane Systems' older accounts. "
            "Pellow Baird said it was cooperating.\n\n"
            "The stock has now fallen 18.5% over two sessions.\n")
    names = ("Orvane Systems", "Orvane Systems", "Pellow Baird", "Orvane Systems", "Pellow Baird")
    mentions, at = [], 0
    for name in names:
        at = text.find(name, at)
        mentions.append((at, at + len(name), name, name, "ORG"))
        at += len(name)
    rows = extract_moves(text, PUB, mentions)
    assert [(r.company, r.pct) for r in rows.itertuples()] == [("Orvane Systems", -5.15), ("Orvane Systems", -18.5)]


# A move to the exchange's daily limit with more verbs before "limit-down" / "limit up" ("was locked", "opened").

def test_locked_limit_down_at_a_figure() -> None:
    text = "In Shenzhen, Qiantang Optics was locked limit-down at 20% and Lushan Glass shed 4.15% on Friday.\n"
    assert _moves(text) == [("Qiantang Optics", -20.0), ("Lushan Glass", -4.15)]


def test_opened_limit_up() -> None:
    assert _moves("Qiantang Optics opened limit up, 20%, on Friday.\n") == [("Qiantang Optics", 20.0)]


def test_the_stock_is_now_down_after_a_company_that_moved_stays_that_company() -> None:
    text = ("Pellow Baird named a new chief. Pellow Baird said the search took a year. Orvane Systems welcomed it.\n\n"
            "Orvane Systems had risen as much as 8.5% in early trading.\n\n"
            "The stock is now down about 4% since Monday.\n")
    names = ("Pellow Baird", "Pellow Baird", "Orvane Systems", "Orvane Systems")
    mentions, at = [], 0
    for name in names:
        at = text.find(name, at)
        mentions.append((at, at + len(name), name, name, "ORG"))
        at += len(name)
    rows = extract_moves(text, PUB, mentions)
    assert [(r.company, r.pct) for r in rows.itertuples()] == [("Orvane Systems", 8.5), ("Orvane Systems", -4.0)]


# A footnote mark after a table row's name ("Acme Tools*") is no part of the name.

def test_a_footnote_mark_after_a_table_rows_name() -> None:
    text = ("Weekly moves\n\nCompany | Week | Since Monday\n\nTervo Hydraulics | -2.35% | -3.15%\n\n"
            "Quenby Pump Works* | -6.45% | -7.05%\n\n*Winnipeg listing.\n")
    assert _moves(text) == [("Tervo Hydraulics", -2.35), ("Tervo Hydraulics", -3.15), ("Quenby Pump Works", -6.45),
                            ("Quenby Pump Works", -7.05)]



# A two-column table of moves (an HTML table "Company | Move" read as text): each row a name and one percent figure.

def test_a_two_column_table_of_moves() -> None:
    text = ("Moves since the recall\n\nCompany | Move\n\nTervo Hydraulics (Tampere) | -12.35%\n\n"
            "Quenby Pump Works (Winnipeg) | -4.15%\n\nWho owns what\n")
    assert _moves(text) == [("Tervo Hydraulics", -12.35), ("Quenby Pump Works", -4.15)]


def test_a_single_name_and_figure_line_is_no_table() -> None:
    assert _moves("Readers' poll | 45%\n\nTervo Hydraulics recalled its valves.\n") == []
