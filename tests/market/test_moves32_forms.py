"""Round 33 (moves32): a table row that gives the ticker first and the company's name in brackets, a speaker's "our
share price", and a fraction wiped off a value over a span of its own. Invented text, fictional companies and people."""

from __future__ import annotations

import re
from datetime import date

from analysis.market.extract import extract_moves

DAY = date(2031, 3, 14)  # a Friday


def _rows(text: str, mentions=None) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, mentions)
    return [(str(c), float(p)) for c, p in zip(frame["company"], frame["pct"], strict=True)]


def test_a_ticker_then_the_company_in_brackets_is_the_rows_company():
    """"QRLA3 (Quarela Midia) | R$12.88 | -5.3%": the name in brackets is the company, the ticker its ticker; an
    exchange's code in capitals in the brackets ("TBX (LSE)") is no name and leaves the row as it was read before."""
    text = ("Closing prices, Thursday 13 March:\n"
            "QRLA3 (Quarela Midia) | R$12.88 | -5.3%\n"
            "VNT SM (Ventanal Redes Iberia) | EUR 18.62 | -9.8%\n"
            "TBX (LSE) | 3.20 | -1.0%\n")
    frame = extract_moves(text, DAY, None)
    got = list(zip(frame["company"], frame["ticker"], frame["pct"], strict=True))
    assert ("Quarela Midia", "QRLA3", -5.3) in got and ("Ventanal Redes Iberia", "VNT SM", -9.8) in got
    assert ("TBX", "LSE", -1.0) in got or ("TBX", "", -1.0) in got


def test_our_share_price_is_the_speakers_company():
    """In a transcript's turn, "Our share price fell about 18% this week" is the speaker's company, the one the
    briefing is held by; not the firm of the analyst whose question came just before. "Our sales fell 4%" is no
    move."""
    text = ("The following is an excerpt of a briefing held by Harrowfell Optics in Osaka on Friday.\n\n"
            "DANA OKRI, BELLWEATHER SECURITIES: Bellweather Securities clients ask about the buyback.\n\n"
            "RYO TAMAKI: Our share price fell about 18% this week, and I understand why. Our sales fell 4% this year.")
    mentions = sorted((m.start(), m.end(), m.group(0), name, "ORG")
                      for surface, name in (("Harrowfell Optics", "Harrowfell Optics"),
                                            ("BELLWEATHER SECURITIES", "Bellweather Securities"),
                                            ("Bellweather Securities", "Bellweather Securities"))
                      for m in re.finditer(surface, text))
    assert _rows(text, mentions) == [("Harrowfell Optics", -18.0)]


def test_a_fraction_wiped_off_a_value_over_its_own_span_is_a_move():
    """"fell another 8% on Thursday, a slide that has wiped a quarter off its market value in three sessions": the
    quarter is a fall over three sessions beside the day's 8%. Without a span of its own ("The ruling wiped roughly a
    third off X's market value. The shares fell 29%") the fraction rounds the figure the text gives, and is not read."""
    text = ("Ostlund Wafer fell another 8% on Thursday, a slide that has wiped a quarter off its market value in three "
            "sessions, even as the broader market recovered.")
    assert _rows(text) == [("Ostlund Wafer", -8.0)]  # round 38: a fraction in words has no percent figure, no row
    rounded = "The ruling wiped roughly a third off Ostlund Wafer's market value. Ostlund Wafer shares fell 29%."
    assert _rows(rounded) == [("Ostlund Wafer", -29.0)]
