"""Quote engine, round 20: the constructions behind an unread corpus's misses that also occur in other read
corpora by other writers. Each was checked on real text by others. Invented sentences, fictional organisations
and people; the entity mentions are given by hand, as the entity layer would link them."""

from __future__ import annotations

from analysis.quotes.antecedents import abbreviates
from test_quote_engine import quotes


def test_an_acronym_reads_as_the_initials_of_a_name_in_order() -> None:
    assert abbreviates("HPB", "Harbour and Pilotage Board of Ostmark")  # trailing words may be left out
    assert abbreviates("GSCOV", "Grid Security Council of Valdria")  # a function word may give a letter
    assert abbreviates("INFO", "Instituto Nacional de Ferrovias Orientales")
    assert abbreviates("FCA", "The Fisheries Control Authority")  # a leading "The" gives no letter
    assert not abbreviates("FeWat", "Federal Water Supervisory Office")  # no capitals-only acronym
    assert not abbreviates("WBN", "Western Rail Board of Norland")  # a word left out before the last letter
    assert not abbreviates("KLMT", "Kalmet Minerals")  # a ticker is no acronym
    assert not abbreviates("OK", "Orvane")


def test_an_acronym_the_entity_layer_linked_to_its_name_spelled_out_in_another_article_speaks_by_that_name() -> None:
    ents = [("HPB", "Harbour and Pilotage Board of Ostmark", "ORG")]
    text = 'Barge rates eased on Monday. The HPB said the inner channel could reopen "by the weekend".'
    assert quotes(text, ents).iloc[0]["speaker"] == "Harbour and Pilotage Board of Ostmark"
    ents = [("GSCOV", "Grid Security Council of Valdria", "ORG")]
    text = 'GSCOV said in a statement that it would "look at each outage in turn".'
    assert quotes(text, ents).iloc[0]["speaker"] == "Grid Security Council of Valdria"
    # a link whose letters do not fit the acronym is taken for a bad link: the words of the text name the speaker
    ents = [("TBC", "Brindlow Mining Group", "ORG")]
    text = 'The TBC said it "will not discuss single members".'
    assert quotes(text, ents).iloc[0]["speaker"] == "TBC"


def test_a_pronoun_keeps_the_gendered_subject_across_a_paragraph_naming_someone_once_in_passing() -> None:
    ents = [("Dr. Ana Veld", "Ana Veld", "PERSON"), ("Veld", "Ana Veld", "PERSON"),
            ("Kamp Oria", "Kamp Oria", "PERSON")]  # a place the entity layer typed as a person
    text = ("Dr. Ana Veld has led the dig at the old quarry for six seasons, by her own count.\n\n"
            "\u201cEvery layer is a page of a diary,\u201d she said on Friday.\n\n"
            "Veld trained in Lund. She ran her first site in 2004.\n\n"
            "Her team will move the finds to a store near Kamp Oria next month.\n\n"
            "Asked how she unwinds, she laughed. \u201cI dig somewhere else,\u201d she said.")
    assert list(quotes(text, ents)["speaker"]) == ["Ana Veld", "Ana Veld"]
    # a name the text gives the same gender, or mentions again, is no passing mention: it still takes the pronoun
    ents2 = ents[:2] + [("Mia Tolsen", "Mia Tolsen", "PERSON")]
    text2 = text.replace("a store near Kamp Oria", "her deputy Mia Tolsen, who joined her").replace(
        "Asked how she unwinds, she laughed.", "Mia Tolsen has dug for years.")
    assert list(quotes(text2, ents2)["speaker"])[-1] == "Mia Tolsen"
    # a name met once in the pronoun's own paragraph takes it (a live blog's line)
    ents3 = [("Edgar Lune", "Edgar Lune", "PERSON"), ("Ivo Hale", "Ivo Hale", "PERSON")]
    text3 = ("08:10 - Edgar Lune at Quessel Partners writes: \u201cThe buyer wanted it more.\u201d\n"
             "09:20 - The krona is flat.\n"
             "11:50 - Corvel CEO Ivo Hale on a call with reporters: \u201cWe can go it alone.\u201d He said "
             "the board would meet on Friday.")
    assert list(quotes(text3, ents3)["speaker"]) == ["Edgar Lune", "Ivo Hale"]


def test_calls_in_the_present_tense_reports_like_called() -> None:
    ents = [("Ana Veld", "Ana Veld", "PERSON"), ("Corvel", "Corvel", "ORG")]
    text = 'MONDAY\n- Corvel answers the critics; CEO Ana Veld calls the note a bid to "talk the price down".'
    assert quotes(text, ents).iloc[0]["speaker"] == "Ana Veld"
    text = 'Ana Veld, a lecturer at Ostmark College, calls the ruling "a cornerstone of river law."'
    assert quotes(text, ents).iloc[0]["speaker"] == "Ana Veld"
    # the noun after a determiner still has no subject: the speaker is the one who said it
    text = 'The calls from lenders were "constant", Ana Veld said.'
    assert quotes(text, ents).iloc[0]["speaker"] == "Ana Veld"
