"""Share-move mechanisms the thirty-first corpus (read as a dev corpus) showed missing, each widened to its family and
tried on invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves, move_rows
from test_move_round21 import every_mention

PUB = date(2026, 9, 18)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. A decimal comma with one or two decimals ("-4,7%", "0,4 %"), as continental European copy and its tables print a
# percent, is a decimal point; a comma before three digits stays a thousands separator ("3,125%").

def test_a_decimal_comma_is_read_as_a_decimal_point() -> None:
    text = ("Haldrup Werft closed -4,7% in Hamburg on Tuesday. Ostmark Papier fell 0,45 % on Wednesday. Selvik Garn has "
            "risen 3,125% since its listing.")
    assert _rows(text, "Haldrup Werft", "Ostmark Papier", "Selvik Garn") == [
        ("share", "Haldrup Werft", -4.7), ("share", "Ostmark Papier", -0.45), ("share", "Selvik Garn", 3125.0)]


def test_a_table_with_decimal_commas() -> None:
    text = ("Closing prices\nCompany | Close (EUR) | Change\nHaldrup Werft | 41,20 | -1,8%\n"
            "Ostmark Papier | 9,75 | +0,6%\n")
    assert _rows(text, "Haldrup Werft", "Ostmark Papier") == [
        ("share", "Haldrup Werft", -1.8), ("share", "Ostmark Papier", 0.6)]


# 2. A bare ticker in the body ("BRLK closed down 12.5%") stands for the company a line of the page's head names with
# that ticker in brackets (a research note's header "Berlok Orbital (NYSE: BRLK) | Rating: Sell"), as the same line in
# the body does. A head line naming another ticker, or a dateline's agency, names no owner.

def test_a_ticker_defined_in_the_page_head() -> None:
    from analysis.market.moves import page_head

    head = page_head('[[0, "HARTWELL SECURITIES - EQUITY RESEARCH"], '
                     '[40, "Berlok Orbital (NYSE: BRLK) | Rating: Sell | Target: $9"], [98, "Analyst: Ione Varga"]]')
    assert head == "Berlok Orbital (NYSE: BRLK) | Rating: Sell | Target: $9"
    text = "What happened. BRLK closed down 12.5% on Tuesday. The stock has lost 30% this year."
    mentions = sorted(every_mention(text, "BRLK"))
    rows = move_rows(text, PUB, mentions, page_head=head)
    assert [(r["company"], r["pct"]) for r in rows] == [("Berlok Orbital", -12.5), ("Berlok Orbital", -30.0)]
    # left alone: no head, a head naming another ticker, a dateline's agency
    assert [r["company"] for r in move_rows(text, PUB, mentions)] == ["BRLK", "BRLK"]
    other = "Quenby Rockets (NYSE: QNBY) | Rating: Buy"
    assert [r["company"] for r in move_rows(text, PUB, mentions, page_head=other)] == ["BRLK", "BRLK"]
    assert page_head('[[0, "Markets today"], [14, "By Ione Varga"]]') == ""


# 3. A change of market value in money with the currency's code before the sum ("shed GBP 640m in market value, or
# 11%", "fell CHF 2.35, or 4.4%") gives the percent its direction, as "$640m" and "2.35 francs" do. A sum that is no
# change of the price ("sold CHF 300 million of bonds, or 5% of its debt") stays no move.

def test_a_money_change_with_a_currency_code() -> None:
    text = "Brannock Tiles shed GBP 640m in market value, or 11%, on Monday. Corrigan Mills fell CHF 2.35, or 4.4%."
    assert _rows(text, "Brannock Tiles", "Corrigan Mills") == [
        ("share", "Brannock Tiles", -11.0), ("share", "Corrigan Mills", -4.4)]
    assert _rows("Brannock Tiles sold CHF 300 million of bonds, or 5% of its debt, on Wednesday.", "Brannock Tiles") == []


# 4. A fraction of a value with a span of its own after it ("lost a fifth of its value in the three weeks to Friday",
# "in the previous four sessions") is a move of that span beside a one-day figure of the same company. Without a span
# the fraction may round that figure and is not read.

def test_a_fraction_with_its_own_span_beside_a_figure() -> None:
    text = "Corrigan Mills lost a fifth of its value in the three weeks to Friday, including a 7% drop on Monday."
    assert _rows(text, "Corrigan Mills") == [("share", "Corrigan Mills", -7.0)]  # round 38: a fraction in words has no percent figure, no row
    text = "Corrigan Mills lost a fifth of its value, including a 7% drop on Monday."
    assert _rows(text, "Corrigan Mills") == [("share", "Corrigan Mills", -7.0)]


# 5. A running total in a participle clause ("..., taking its two-day loss to 15%") is the previous figure's subject's
# also when that figure's market stands between them in a name of two or three words ("fell 4.2% in New York on
# Monday, taking ..."). A participle clause whose noun is another quantity ("taking its stake in Y to 15%") stays none.

def test_a_running_total_after_the_figure_s_market() -> None:
    text = "Tamsin Rail fell a further 4.2% in New York on Monday, taking its two-day loss to 15%."
    assert _rows(text, "Tamsin Rail") == [("share", "Tamsin Rail", -4.2), ("share", "Tamsin Rail", -15.0)]
    text = "Tamsin Rail fell a further 4.2% in New York on Monday, taking its stake in Orrin Ports to 15%."
    assert _rows(text, "Tamsin Rail", "Orrin Ports") == [("share", "Tamsin Rail", -4.2)]


# 6. A lower-case descriptor opening a clause after ", while" ("while freight operator X reversed course and rose 3%")
# leads to the name after it, as a capitalised one at a sentence's start does; the subject of the second verb is that
# name. A clause whose head is no company noun ("while analysts at X ...") gives no subject.

def test_a_lower_case_descriptor_after_while() -> None:
    text = "Stocks slipped on Friday, while freight operator Kelburn Lines reversed course and rose 3% after a contract win."
    assert _rows(text, "Kelburn Lines") == [("share", "Kelburn Lines", 3.0)]
    text = "Stocks slipped on Friday, while analysts at Kelburn Lines changed tack and said earnings rose 3%."
    assert _rows(text, "Kelburn Lines") == []


# 7. A weekday opening a sentence with no comma before a pronoun and its verb in the past ("On Wednesday it reversed
# course and rose 2.5%") leaves the pronoun as the clause's subject: the company the text is about. A quantity the
# company reported ("On Wednesday it reported that revenue jumped 12%") stays no move.

def test_a_weekday_then_a_pronoun_opens_the_clause() -> None:
    text = "Pellmore Glass fell 6% on Tuesday. On Wednesday it reversed course and rose 2.5%."
    assert _rows(text, "Pellmore Glass") == [("share", "Pellmore Glass", -6.0), ("share", "Pellmore Glass", 2.5)]
    text = "Pellmore Glass fell 6% on Tuesday. On Wednesday it reported that revenue jumped 12%."
    assert _rows(text, "Pellmore Glass") == [("share", "Pellmore Glass", -6.0)]


# 8. A level compared with where the stock closed on a past day or started a past span ("33% below where they closed on
# Sept. 3", "10.5% below where it ended last week", "7.9% below where they started the week") is a move since then, as
# "below where they were before the recall" is. "Where it closed today" is today's level (a target compared with it),
# and a target price's distance from a close ("a target price of 3,800 yen, about 7% above Monday's close") is its
# upside: no move.

def test_a_level_against_a_past_close_is_a_move_since_then() -> None:
    text = ("Even so, Gallard Tools' shares remain 33 percent below where they closed on Sept. 3. At the close on "
            "Friday, Ruddock Mills was 10.5% below where it ended last week. Tarvey Foods stood at 152 kronor, still "
            "7.9% below where they started the week.")
    assert _rows(text, "Gallard Tools", "Ruddock Mills", "Tarvey Foods") == [
        ("share", "Gallard Tools", -33.0), ("share", "Ruddock Mills", -10.5), ("share", "Tarvey Foods", -7.9)]
    text = "I have a target price of 3,800 yen on Gallard Tools. That's only about 7 percent above where it closed today."
    assert _rows(text, "Gallard Tools") == []
    text = "Gallard Tools has a target price of 3,800 yen, about 7 percent above Monday's close."
    assert _rows(text, "Gallard Tools") == []


# 9. A fraction taken off a value ("knocked a quarter off the value of X", "shaved a fifth off X's shares") is X's fall
# by that fraction, as "knocked 25% off" is; "the value of" before the owner leaves the owner as the object, a
# descriptor too ("off the value of the lens maker on Tuesday": the company it stands for, not the day). A fraction off
# a price or a bill ("took a third off the price of its tickets") is no move.

def test_a_fraction_knocked_off_a_value() -> None:
    text = "The recall knocked a quarter off the value of Fennick Optics on Tuesday."
    assert _rows(text, "Fennick Optics") == []  # round 38: a fraction in words has no percent figure, no row
    text = ("Fennick Optics warned on Monday. Within a day the recall had knocked a third off the value of the lens "
            "maker, dented a rival and hit suppliers.")
    assert _rows(text, "Fennick Optics") == []
    text = "Fennick Optics warned on Monday. The recall knocked 10% off the value of the lens maker on Tuesday."
    assert _rows(text, "Fennick Optics") == [("share", "Fennick Optics", -10.0)]
    assert _rows("Fennick Optics took a third off the price of its lenses on Tuesday.", "Fennick Optics") == []
