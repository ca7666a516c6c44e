"""Round 64 (labels): what was said is told as a whole clause. A quotation that ends the sentence, or that is all
that was said after "that", ends the label (not "Acme says pharmacy arrangements"); a reported subject with a
phrase after it goes on to its verb also when that verb is a past the verb list does not know or the subject is a
plural in -s ("posts on social media could qualify"), and such a past is put in the present with its complement
("accounts for about 7%"); a verb with a doubled consonant keeps one in the present ("stepped" -> "steps").
Invented sentences and names."""

from __future__ import annotations

from analysis.timeline.labels.words import third_person_of_past
from tests.timeline.test_labels_round63 import label_of



def test_a_quotation_that_ends_the_sentence_ends_what_was_said():
    sentence = 'Kessa Lines said on Tuesday that its freight contracts were "fully priced and properly booked."'
    assert label_of(sentence, "Tuesday") == \
        "Kessa Lines says freight contracts were “fully priced and properly booked”"  # was "... freight contracts"


def test_a_pronoun_before_a_closing_quotation_keeps_the_quotation():
    sentence = 'Orvane said in a statement on Friday that it "denies every claim made in the short seller\'s note."'
    assert label_of(sentence, "Friday") == "Orvane says it “denies every claim made in the short seller's note”"


def test_a_quotation_right_after_that_is_what_was_said():
    sentence = 'Jo Roe said on Monday that "every option is open" on the sale.'
    assert label_of(sentence, "Monday") == 'Jo Roe says "every option is open"'  # was "Jo Roe says on the sale"


def test_a_plural_in_s_opening_the_reported_clause_goes_on_to_its_verb():
    sentence = "The regulator said on Monday that posts on company blogs could count as disclosure."
    assert label_of(sentence, "Monday", "Velda Bank met the regulator.") == \
        "Regulator says posts could count"  # was "Regulator says posts"


def test_an_unknown_past_after_the_reported_subjects_phrase_is_its_verb():
    sentence = "Velda said on Monday that orders in its marine unit grew 12% in the quarter."
    assert label_of(sentence, "Monday") == "Velda says orders grow 12%"  # was "Velda says orders"


def test_an_unknown_past_of_a_reported_clause_is_put_in_the_present_with_its_complement():
    sentence = "Ann Poe told investors on Monday that Keel accounted for about 9% of the group's revenue."
    assert label_of(sentence, "Monday") == "Ann Poe tells investors Keel accounts for about 9%"  # was "... Keel accounted"


def test_a_participle_with_its_agent_is_no_verb_of_the_reported_clause():
    sentence = "Velda said on Monday that a fault at a contractor hired by the bank had caused the outage."
    assert label_of(sentence, "Monday") == "Velda says fault caused the outage"  # was "Velda says fault hires by ..."


def test_a_doubled_consonant_is_single_in_the_present():
    assert [third_person_of_past(w) for w in ("stepped", "tagged", "scrapped", "added", "merged")] == \
        ["steps", "tags", "scraps", "adds", "merges"]
    sentence = "Shares have lost 8% since Al Poe stepped down as chairman on May 2."
    assert label_of(sentence, "May 2") == "Al Poe steps down as chairman"  # was "Al Poe stepps down"


def test_an_aside_participle_keeps_a_named_place():
    sentence = "The review, released in Osaka yesterday, said the board set unrealistic targets."
    assert label_of(sentence, "yesterday") == "Review is released in Osaka"  # was "Released in Osaka"


def test_an_aside_participle_filed_in_court_is_the_dates_event():
    sentence = "Keel's lawsuit, filed in federal court in Manhattan on Thursday, says the bank misled investors."
    assert label_of(sentence, "Thursday") == "Keel's lawsuit is filed in Manhattan"  # not the main clause's "says"


def test_been_before_a_prepositions_phrase_keeps_its_complement():
    sentence = "Keel's chief executive Ann Roe said on Monday she had been in talks with two lenders."
    assert label_of(sentence, "Monday") == "Ann Roe says she had been in talks"  # was "Ann Roe says she"
