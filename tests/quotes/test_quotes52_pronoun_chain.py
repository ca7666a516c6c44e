"""Quote engine, round 52 (quotes52): "he"/"she" reporting a quotation, right after a sentence that opens on the same
pronoun ("She rarely spoke in public. In 2019 she told a forum that …"), goes on with the person the rules followed
the chain back to; the learned ranker does not replace that person with no one. Invented names and sentences."""

from __future__ import annotations

from analysis.quotes.attribute import attribute_doc, mention_rows
from analysis.quotes.choose import _pronoun_chain
from analysis.quotes.find import find_spans
from test_quote_engine import mentions

PEOPLE = [("Marta Olsen", "Marta Olsen", "PERSON"), ("Hollin Port Authority", "Hollin Port Authority", "ORG")]
CHAIN = ("Marta Olsen ran the Hollin Port Authority for a decade. She rarely spoke in public. In 2019 she told a "
         "shipping forum that the new quay would \"pay for itself within five years\".")


def _chain(text: str) -> tuple[bool, str]:
    spans = find_spans(text)
    doc, rules = attribute_doc(text, spans, mention_rows(mentions(text, PEOPLE)))
    return _pronoun_chain(doc, spans[0], rules[0]), rules[0].name


def test_a_sentence_opening_on_the_same_pronoun_makes_a_chain() -> None:
    assert _chain(CHAIN) == (True, "Marta Olsen")


def test_a_sentence_opening_on_anything_else_makes_none() -> None:
    assert _chain(CHAIN.replace("She rarely spoke", "The quay was her idea. Few expected")) == (False, "Marta Olsen")
    assert _chain(CHAIN.replace("She rarely spoke in public", "Shepherds rarely came to the port")) == \
        (False, "Marta Olsen")
