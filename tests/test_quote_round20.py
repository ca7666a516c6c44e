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


def test_a_pronoun_keeps_the_gendered_subject_across_a_paragraph_naming_someone_once_in_passing() -> None:
    ents = [("Captain Ana Roe", "Ana Roe", "PERSON"), ("Roe", "Ana Roe", "PERSON"),
            ("Port Ruan", "Port Ruan", "PERSON")]  # a place the entity layer typed as a person
    text = ("Captain Ana Roe has been awake, by her own estimate, for three days.\n\n"
            "\u201cA ship with a hole in it is a patient,\u201d she said on Wednesday.\n\n"
            "Roe went to sea at 17. She took her first command in 1996.\n\n"
            "Her plan is to tow the tanker to an anchorage off Port Ruan next week.\n\n"
            "Asked what she does to relax, she paused. \u201cI sleep,\u201d she said.")
    assert list(quotes(text, ents)["speaker"]) == ["Ana Roe", "Ana Roe"]
    # a name the text gives the same gender, or mentions again, is no passing mention: it still takes the pronoun
    ents2 = ents[:2] + [("Mia Holt", "Mia Holt", "PERSON")]
    text2 = text.replace("an anchorage off Port Ruan", "her deputy Mia Holt, who joined her").replace(
        "Asked what she does to relax, she paused.", "Mia Holt has run tugs for years.")
    assert list(quotes(text2, ents2)["speaker"])[-1] == "Mia Holt"
    # a name met once in the pronoun's own paragraph takes it (a live blog's line)
    ents3 = [("Oliver Brack", "Oliver Brack", "PERSON"), ("Ivo Hale", "Ivo Hale", "PERSON")]
    text3 = ("08:25 - Oliver Brack at Thameside Capital emails: \u201cThe seller needed this deal.\u201d\n"
             "09:10 - Sterling is steady.\n"
             "11:45 - Fairwell CEO Ivo Hale on a call with reporters: \u201cWe can stand alone again.\u201d He said "
             "the board would meet on Monday.")
    assert list(quotes(text3, ents3)["speaker"]) == ["Oliver Brack", "Ivo Hale"]


def test_calls_in_the_present_tense_reports_like_called() -> None:
    ents = [("Ana Roe", "Ana Roe", "PERSON"), ("Vantex", "Vantex", "ORG")]
    text = 'WEDNESDAY\n- Vantex publishes its rebuttal; CEO Ana Roe calls the report an attempt to "write our story".'
    assert quotes(text, ents).iloc[0]["speaker"] == "Ana Roe"
    text = 'A professor at Vell University, Ana Roe, calls the ruling "a foundation of our trade law."'
    assert quotes(text, ents).iloc[0]["speaker"] == "Ana Roe"
    # the noun after a determiner still has no subject: the speaker is the one who said it
    text = 'The calls from investors were "relentless", Ana Roe said.'
    assert quotes(text, ents).iloc[0]["speaker"] == "Ana Roe"
