"""Round 42 (moves50): classes of financial prose counted across the sixteen read corpora and real news text, each
tried on invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. A list line's label may carry a note in brackets that gives a place and a time ("(New York, Friday midday)") or a
# ticker and then a description ("(PWG), a landscaping contractor"), before its colon and its figure.

def test_a_list_label_with_a_long_note_or_a_description() -> None:
    text = ("Weekly moves:\nArnhold Cruises (London): -2.6%\nSella Lines (New York, Friday midday): +1.8%\n"
            "Pavo Marine (Oslo): -7.9%\n")
    assert _rows(text, "Arnhold Cruises", "Sella Lines", "Pavo Marine") == [
        ("share", "Arnhold Cruises", -2.6), ("share", "Sella Lines", 1.8), ("share", "Pavo Marine", -7.9)]
    text = ("Biggest movers since the storm:\n• Pellworth Gardens (PWG), a landscaping contractor: +38%\n"
            "• Orvane Tree Care (OTC), a utility contractor: -21%\n")
    assert _rows(text, "Pellworth Gardens", "Orvane Tree Care") == [
        ("share", "Pellworth Gardens", 38.0), ("share", "Orvane Tree Care", -21.0)]


def test_a_list_label_left_alone() -> None:
    # a description with no ticker in brackets before it is no label; a figure of another quantity stays none
    text = "Pellworth Gardens, a landscaping contractor that won the county's contract: orders up 38%\n"
    assert _rows(text, "Pellworth Gardens") == []
    text = "Sella Lines (New York, Friday midday): bookings 12% ahead of last year\n"
    assert _rows(text, "Sella Lines") == []


# 2. A place fronted by "in" before a list of names ("while in Seoul A and B fell 3% and 2%, respectively") is where
# the whole list trades: every name of the list is a subject, not only the first; a city's exchange after "on"
# ("the main index on Corvik Bourse") is where shares trade, no company.

def test_a_fronted_place_before_a_list_of_names() -> None:
    text = ("Tokens slid overnight, while in Tokyo Halvard Mining and Petrel Chain were down 3.3% and 2.9%, "
            "respectively, in morning trading.")
    assert _rows(text, "Halvard Mining", "Petrel Chain") == [
        ("share", "Halvard Mining", -3.3), ("share", "Petrel Chain", -2.9)]


def test_a_list_after_a_preposition_left_alone() -> None:
    # the objects of a preposition with no place before them stay objects: no row for a name in a stake's phrase
    text = "Stakes in Halvard Mining and Petrel Chain held by the state fund rose 3% in value."
    assert [r for r in _rows(text, "Halvard Mining", "Petrel Chain") if r[0] == "share"] == []


def test_an_exchange_after_its_city_is_no_company() -> None:
    text = "Shares in Vessa Ferries fell 12.2 per cent on Tuesday. The main index on Oslo Bourse rose 0.4 per cent."
    assert _rows(text, "Vessa Ferries", "Oslo Bourse") == [
        ("share", "Vessa Ferries", -12.2), ("index", "The main index", 0.4)]
    # left alone: a company after a fronted city ("while in Seoul X shed ...") keeps its row
    text = "Chipmakers fell, while in Seoul Daeyang Semicon shed 2.4% on Tuesday."
    assert _rows(text, "Daeyang Semicon") == [("share", "Daeyang Semicon", -2.4)]


# 3. In an interview's turn that names no company of its own, "The stock" / "The shares" is the stock of the company the
# interview is about (its guest's, else the one the text names most), not the firm or the brand the turn before
# happened to name; a turn right after one that told a company's move ("Q: Acme lost 10% last week. Overdone?") stays
# with that company.

_INTERVIEW = ("Interview: Halden Brewing's Ilse Marrow on the excise rise\n\n"
              "Halden Brewing shares have lost about 12% since Feb. 20, when news of the tax first broke. Ilse Marrow, "
              "who runs the brewer's beer business, spoke to us on Tuesday.\n"
              "QR: How did you learn of it?\n"
              "Marrow: From the news. We were briefed on Thursday, a few hours before the announcement.\n"
              "QR: What happens to your lager brands?\n"
              "Marrow: Lager is about 40% of our volume. We have until 2028, and Tolland Foods, our distributor, is ready.\n"
              "QR: Shareholders are unhappy. The stock fell 7.4% on Friday alone.\n"
              "Marrow: I understand their frustration. Our dividend is unchanged.\n")


def test_the_stock_in_an_interview_turn() -> None:
    assert _rows(_INTERVIEW, "Halden Brewing", "Tolland Foods", "Lager") == [
        ("share", "Halden Brewing", -12.0), ("share", "Halden Brewing", -7.4)]


def test_the_stock_in_an_interview_turn_left_alone() -> None:
    # the question before told another company's move: "The stock" in the answer is that company's
    text = ("Q&A: Morrow Research's Ada Quill on the new rules\n\n"
            "We asked Ada Quill, who covers equipment at Morrow Research, what comes next.\n"
            "Capital Desk: Telvane Tools lost almost 10% last week. Overdone?\n"
            "Quill: A bit. The stock fell 7.1% on Tuesday alone, and that was mostly reflex.\n"
            "Capital Desk: Which companies are most exposed?\n"
            "Quill: The ones that had been shipping the most.\n")
    assert [(k, c, p) for k, c, p in _rows(text, "Morrow Research", "Telvane Tools") if p == -7.1] == [
        ("share", "Telvane Tools", -7.1)]
    # a turn that names a company of its own before "The stock" keeps the nearest reading (that company)
    text = ("Halden Brewing shares have lost about 12% since Feb. 20.\nQ: Is Tolland Foods ready?\n"
            "A: Tolland Foods is ready. The stock fell 7.4% on Friday alone.\nQ: And now?\nA: We wait.")
    assert _rows(text, "Halden Brewing", "Tolland Foods") == [
        ("share", "Halden Brewing", -12.0), ("share", "Tolland Foods", -7.4)]
