"""Timeline labels never end mid-phrase: a title's stop ("Sen.", "Mr.") is no end of the phrase, a copula whose date
was cut out goes with it, and what a speaker said after a colon is what the label quotes."""

from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


def _label(sentence: str, expression: str) -> str:
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression), "").label


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    ("Marlow said on Tuesday he would back naming Sen. Ada Quillon to the panel.", "on Tuesday",
     "Marlow says he will back naming Sen. Ada Quillon to the panel"),
    ("The debate comes a day before Vance Orrin faces off against Republican Ohio Gov. Tilda Maro in Dayton.",
     # (round 63: the date that ends on "before" stays before the clause it is counted from)
     "a day before", "Debate comes a day before Vance Orrin faces off against Republican Ohio Gov. Tilda Maro"),
    ("Today, the mill is run by a trust founded by Mr. Pell Aston.", "Today",
     "The mill is run by a trust founded by Mr. Pell Aston"),
])
def test_a_titles_stop_does_not_end_the_phrase(sentence: str, expression: str, label: str) -> None:
    assert _label(sentence, expression) == label


def test_a_phrase_cut_at_its_length_does_not_end_on_a_title() -> None:
    got = _label("Vell said he did not mention Ostland's suspected ties to the hacking of Mr. Orrin's emails in the "
                 "segment I watched last week.", "last week")
    assert got == "Vell says he did not mention Ostland's suspected ties to the hacking"  # not "... of Mr"


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    ("The record date is Oct. 14.", "Oct. 14", "The record date"),
    ("Harvest Sunday is this coming Sunday, the ninth.", "this coming Sunday", "Harvest Sunday"),
    ("The deadline for bids was Friday.", "Friday", "The deadline for bids"),
])
def test_a_copula_whose_date_was_cut_out_goes_with_it(sentence: str, expression: str, label: str) -> None:
    assert _label(sentence, expression) == label


def test_a_copula_before_its_own_complement_stays() -> None:
    assert _label("On Friday the Orvane plant was closed for repairs.", "On Friday").startswith("Orvane plant is closed")


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    ("The Dunmore Ledger said in an editorial on Sunday, May 3: The council took a wrong turn on housing this week.",
     "Sunday, May 3", "Dunmore Ledger says “The council took a wrong turn on housing this week”"),
    ('But in a statement Friday, Vell said: "I am grateful for the support of Senator Aran.', "Friday",
     "Vell says “I am grateful for the support of Senator Aran”"),
])
def test_what_a_speaker_said_after_a_colon_is_quoted(sentence: str, expression: str, label: str) -> None:
    assert _label(sentence, expression) == label


def test_a_colon_with_nothing_after_it_quotes_nothing() -> None:
    assert _label("The Dunmore Ledger said in an editorial on Monday, Oct. 5:", "Monday, Oct. 5") == "Dunmore Ledger says"
    # a verb of saying with its own object takes no colon's words
    assert _label("Orvane said on Monday it had cut prices: by a tenth.", "on Monday") == "Orvane says it cut prices"


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    ("Orvane said in a statement on Monday that it had cut prices.", "on Monday", "Orvane says it cut prices"),
    ("Gen. Edda Rask said in an interview with a Lisbon radio station at her office that she hopes to sign the deal "
     "within the next two weeks.", "within the next two weeks", "Edda Rask says she hopes to sign the deal"),
    ("Kell Foods announced in a filing this month that it had settled the claim.", "this month",
     "Kell Foods announces it settled the claim"),
])
def test_what_was_said_follows_the_phrase_of_the_telling(sentence: str, expression: str, label: str) -> None:
    assert _label(sentence, expression) == label


@pytest.mark.parametrize(("sentence", "expression", "unwanted"), [
    # "that" as a relative pronoun: no reported clause after it
    ("Orvane said in a statement on Monday that was posted online.", "on Monday", "was posted"),
    # another clause between the verb and "that": the verb's own object stays
    ("In June, the senator called on fellow members to drop Vell after the mogul claimed that a judge was unfit.",
     "In June", "judge"),
])
def test_a_that_outside_the_tellings_phrase_is_not_what_was_said(sentence: str, expression: str, unwanted: str) -> None:
    assert unwanted not in _label(sentence, expression)


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    ("Chief executive Ilse Marr told analysts on a call this morning: “Every order in the region is signed and paid.",
     "this morning", "Ilse Marr tells analysts “Every order in the region is signed and paid”"),
    ('"Demand has beaten every forecast we made," Chief Executive Tomas Vell told investors on a call late on Thursday.',
     "Thursday", "Tomas Vell tells investors “Demand has beaten every forecast we made”"),
])
def test_what_was_told_to_analysts_is_quoted_after_them(sentence: str, expression: str, label: str) -> None:
    assert _label(sentence, expression) == label


def test_a_telling_with_its_own_object_quotes_nothing() -> None:
    got = _label('"We will appeal," Tomas Vell told the board of Kell Foods on Thursday.', "on Thursday")
    assert "“" not in got


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    ("Orvane reported results on Tuesday as expected.", "on Tuesday", "Orvane reports results"),
    ("Kell Foods will publish its interim report on 7 November 2025 as planned.", "7 November 2025",
     "Kell Foods publishes interim report"),
    ("Sales at Orvane rose more than forecast on Friday.", "on Friday", "Sales at Orvane rise more than forecast"),
])
def test_a_participle_after_as_or_than_is_no_verb_of_the_event(sentence: str, expression: str, label: str) -> None:
    assert _label(sentence, expression) == label


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    ("On Wednesday, Vell told a crowd in Dunmore that he was “troubled” by the vote.", "On Wednesday",
     "Vell tells crowd he was “troubled”"),
    ("Orvane told reporters on Monday that it would cut prices.", "on Monday", "Orvane tells reporters it will cut prices"),
    ("“Trust is all we sell,” Ekdahl told me last year.", "last year", "Ekdahl says “Trust is all we sell”"),
])
def test_whom_it_was_told_to_stays_before_what_was_told(sentence: str, expression: str, label: str) -> None:
    assert _label(sentence, expression) == label
