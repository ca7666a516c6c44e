"""Quote engine, round 52 (quotes52): an interview that labels its guest in full once and then by initials ("Mara
Quint: …", "MQ: …") questions one person, whom a headline's quotation naming no one belongs to. Invented names and
sentences."""

from __future__ import annotations

import pandas as pd

from analysis.quotes.find import find_corpus_quotes
from analysis.quotes.interview import _initials_of
from test_quote_engine import mentions

TEXT = """Mara Quint covers Nordic banks for Ellery Capital. The Harbour Ledger's Tim Vane asked her about Sundby Bank.

Harbour Ledger: Sundby shares are down 7 per cent this month. Is that fair?

Mara Quint: Mostly. The fraud cost them a quarter of profit, not a year of it.

HL: Will depositors leave?

MQ: Some have. Most will stay, because the rates are still the best in the region.

HL: What will you watch?

MQ: The October results. I want the provision on its own line.
"""
# the entity layer reads the initials as a person of their own
PEOPLE = [("Mara Quint", "Mara Quint", "PERSON"), ("Tim Vane", "Tim Vane", "PERSON"), ("MQ", "MQ", "PERSON"),
          ("Ellery Capital", "Ellery Capital", "ORG"), ("Sundby Bank", "Sundby Bank", "ORG")]


def _rows(title: str) -> list[tuple[object, ...]]:
    docs = pd.DataFrame({"doc_id": ["d1"], "text": [TEXT], "title": [title]})
    found = find_corpus_quotes(docs, mentions(TEXT, PEOPLE).assign(doc_id="d1"))
    return [(r["quote"], r["speaker"], r["attribution"]) for r in found.to_dict("records")]


def test_a_headline_quotation_of_a_guest_labelled_by_initials() -> None:
    title = 'Q&A: "The fraud cost Sundby a quarter, not a year," says Ellery analyst'
    assert _rows(title) == [("The fraud cost Sundby a quarter, not a year,", "Mara Quint", "headline")]


def test_initials_spell_each_word_of_the_name() -> None:
    assert _initials_of("MQ", "Mara Quint") is True
    assert _initials_of("MQ", "Mara Quint Olsen") is False
    assert _initials_of("HL", "Mara Quint") is False
    assert _initials_of("Mq", "Mara Quint") is False
