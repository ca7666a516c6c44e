"""A company noun that opens a sentence before a company's name is the sentence's description, not part of the name,
when the article writes the name without it (invented companies)."""

from __future__ import annotations

from analysis.market.moves import _undescribed


def test_a_describing_noun_before_a_name_the_article_also_writes_alone_goes() -> None:
    text = ("Shares of Tellaro fell on Monday. Rede Varanda was hit too.\n\n"
            "Broadcaster Rede Varanda, whose app relied on the same network, fell 5.3%.")
    assert _undescribed("Broadcaster Rede Varanda", text) == "Rede Varanda"


def test_a_name_that_opens_on_such_a_noun_stays_whole() -> None:
    # the article never writes "Global" alone: "Carrier Global" is the company's whole name
    text = "Carrier Global lost 1.1% on Monday, and Carrier Global's bonds were flat."
    assert _undescribed("Carrier Global", text) == "Carrier Global"
    # a word that is no company noun stays
    assert _undescribed("Tellaro Media", "Tellaro Media rose 2%. Media stocks gained.") == "Tellaro Media"
