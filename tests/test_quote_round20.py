"""Quote engine, round 20: constructions of English news attribution behind the misses of an unread corpus that
recur in other read corpora by other writers, each checked on real text by others. Invented sentences and
fictional organisations and people; the entity mentions are given by hand (as the entity layer would link them)."""

from __future__ import annotations

from analysis.quotes.antecedents import abbreviates
from test_quote_engine import quotes


def test_an_acronym_reads_as_the_initials_of_a_name_in_order() -> None:
    assert abbreviates("MPA", "Marsh and Port Authority of Velland")  # trailing words may be left out
    assert abbreviates("ERCOT", "Energy Reliability Council of Texland")  # a function word may give a letter
    assert abbreviates("ANAC", "Agencia Nacional de Aviacao Civil")
    assert abbreviates("FCA", "The Financial Conduct Authority")
    assert not abbreviates("BaFin", "Federal Financial Supervisory Authority")  # no capitals-only acronym
    assert not abbreviates("FBI", "Federal Reserve Bank of Italy")  # a word left out before the last letter
    assert not abbreviates("CLDR", "Calder Biosciences")  # a ticker is no acronym
    assert not abbreviates("OK", "Orlen")


def test_an_acronym_the_entity_layer_linked_to_its_name_spelled_out_in_another_article_speaks_by_that_name() -> None:
    ents = [("MPA", "Marsh and Port Authority of Velland", "ORG")]
    text = 'Freight futures fell 2% on Tuesday. The MPA said the east lane could reopen "early next week".'
    assert quotes(text, ents).iloc[0]["speaker"] == "Marsh and Port Authority of Velland"
    ents = [("ERCOT", "Energy Reliability Council of Texland", "ORG")]
    text = 'ERCOT said in a statement that it would "review every hour of this event".'
    assert quotes(text, ents).iloc[0]["speaker"] == "Energy Reliability Council of Texland"
    # a link whose letters do not fit the acronym is taken for a bad link: the words of the text name the speaker
    ents = [("TBC", "Harlow Mining Group", "ORG")]
    text = 'The TBC said it "does not comment on individual members".'
    assert quotes(text, ents).iloc[0]["speaker"] == "TBC"
