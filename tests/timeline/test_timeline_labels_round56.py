"""Round 56 (lead): a dated sentence without an event verb is labelled on a common verb of news copy in the past
(``analysis/data/label_verbs.csv``) instead of the clause cut around its date, when that clause does not read as one.
Invented sentences and names."""

from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str) -> str:
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression)).label


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    # a date in a phrase that opens the sentence: the main clause after it
    ("At a board meeting on March 4, Ravel presented a plan to open nine new stores in Norway by the end of 2031.",
     "on March 4", "Ravel presents plan to open nine new stores"),
    ("Six days ago a small Leeds campaign group, Clearwater, put out a report on the mill's discharges.",
     "Six days ago", "Small Leeds campaign group puts out a report"),
    # the subject before a long aside
    ("Hobart-based Quill, a copper and zinc miner looking for a way into the battery market, went straight to "
     "Tarn's shareholders after the target's board rebuffed two private approaches on Monday.",
     "on Monday", "Hobart-based Quill goes straight to Tarn's shareholders"),
    # a second verb phrase with the date, its subject at the head of the sentence
    ("Ostrel carries $300 million of flood insurance, according to its annual report, and renewed the policy in May.",
     "in May", "Ostrel renews policy"),
])
def test_a_common_verb_words_the_label(sentence, expression, label):
    assert label_of(sentence, expression) == label


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    # the cut clause already reads as one: left as it was
    ("Talks between Marrow Bank and Tessel broke down late on Friday, two people familiar with the matter said.",
     "Friday", "Talks between Marrow Bank and Tessel broke down"),
    ("When Portugal's Judicial Police walked into Verdo Foods' Braga plant at dawn last Tuesday, they found nothing.",
     "last Tuesday", "Portugal's Judicial Police walk into Verdo Foods' Braga plant at dawn"),
])
def test_a_clause_that_reads_as_one_is_kept(sentence, expression, label):
    assert label_of(sentence, expression) == label


def test_a_common_verb_after_a_date_inside_the_sentence_is_another_clause_s():
    sentence = ("The agency's import notice, dated 13/05/2031, applies to goods certified after 01/03/2031, meaning "
                "cargoes already at sea may also be turned back.")
    assert "sea" not in label_of(sentence, "01/03/2031").lower().split()[:2]


def test_a_common_verb_never_makes_a_sentence_an_event():
    from analysis.lexicon import label_verb_forms, verb_forms
    assert "presented" in label_verb_forms() and "presented" not in verb_forms()
    assert "present" not in label_verb_forms()  # only the past: "present", "house", "face" are nouns as often


def test_a_common_verb_s_pronoun_subject_keeps_the_clause():
    # "we" in an interview is the speaker, not a name of the text before: the clause as the text words it
    sentence = "We drew $40 million on Friday."
    at = sentence.index("on Friday")
    assert event_label(sentence, at, at + 9, "The Harrow Ledger asked Ostrel's finance chief.").label == "We draw $40 million"


def test_a_clause_whose_past_the_label_put_in_the_present_reads_as_one():
    sentence = ("Ten days after Norway's Financial Supervisory Authority revoked the payment licence of Tessel's Oslo unit, "
                "two partners paused new business.")
    assert label_of(sentence, "Ten days after").startswith("Norway's Financial Supervisory Authority revokes the payment licence")


def test_a_participle_with_its_agent_is_no_active_verb_of_its_subject():
    sentence = "Tessel, founded in 2011 by Ida Roe and Per Vang, delivers parcels from 40 depots."
    assert "founds" not in label_of(sentence, "in 2011")


def test_a_said_clause_keeps_its_phrasal_verb_s_particle():
    sentence = "Tessel said on Monday that its chief executive would step down with immediate effect."
    assert label_of(sentence, "on Monday") == "Tessel says chief executive will step down"


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    # "by" after a verb that takes no object, or before the means, opens no agent: no passive
    ("In the workshop, the news from Oslo arrived last Monday evening by text message.", "last Monday evening",
     "News from Oslo arrives by text message"),
    ("The letter from the regulator arrived on Monday by courier.", "on Monday", "Letter from the regulator arrives by courier"),
    # an agent stays one
    ("The plant was hit by a ransomware attack on Friday.", "on Friday", "Plant is hit by a ransomware attack"),
])
def test_by_after_an_intransitive_verb_is_no_agent(sentence, expression, label):
    assert label_of(sentence, expression) == label


def test_a_date_in_a_phrase_set_off_after_the_verb_is_not_the_verb_s():
    sentence = "The two lenders submitted their plan to the finance ministry on Monday, ahead of the March 16 deadline."
    assert label_of(sentence, "March 16") == "The deadline"


def test_a_past_the_lists_lack_still_makes_the_cut_clause_read_as_one():
    sentence = "OSLO, May 7 (Harrow Wire) - Tessel ASA on Wednesday booked a provision of 90 million crowns to replace cracked pipes."
    assert "cracks" not in label_of(sentence, "May 7")


def test_a_plain_verb_form_after_a_name_after_an_article_is_a_noun():
    sentence = ("Nine days after Ida Roe's exit, investors have had two statements from the chairman, a LinkedIn post "
                "from Roe and a great deal of briefing.")
    assert "LinkedIn posts" not in label_of(sentence, "Nine days after")


def test_a_table_row_s_label_has_no_bars():
    assert label_of("18/09/2031 | 155.36 | +0.4%", "18/09/2031") == "155.36, +0.4%"


def test_a_name_s_verb_after_the_stays_a_verb():
    assert label_of("The Halvard Fed cut rates by a quarter point on Tuesday.", "on Tuesday").startswith("Halvard Fed cuts")
