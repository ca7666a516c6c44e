"""Round 58 (lead): a relative clause whose antecedent is a noun that is also a verb ("The blaze, which broke out
late on Monday, ..."), a "whose" clause that holds the date ("Vellmark, whose main depot was gutted by fire on
Monday, ..."), and a plain form after "by" read as a noun ("gutted by fire"), not as the label's verb. Invented
sentences and names."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str) -> str:
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression)).label


def test_a_relative_clause_after_a_noun_that_is_also_a_verb():
    sentence = "The fire, which broke out late on Monday, gutted the plating lines on two floors of the building."
    assert label_of(sentence, "Monday") == "The fire breaks out"


def test_a_whose_clause_that_holds_the_date():
    sentence = ("The carmaker said Vellmark Circuits, whose main plant in Harrow was gutted by fire on Monday night, "
                "supplied a fifth of its boards.")
    assert label_of(sentence, "Monday night") == "Vellmark Circuits's main plant in Harrow was gutted by fire"


def test_a_whose_clause_without_the_date_is_left_out():
    sentence = "Vellmark, whose chief executive resigned in May, said on Monday that it would cut 200 jobs."
    assert label_of(sentence, "Monday").startswith("Vellmark ")


def test_a_plain_form_after_by_is_a_noun():
    sentence = "Vellmark's main depot in Harrow was gutted by fire on Monday night."
    assert label_of(sentence, "Monday night") == "Vellmark's main depot in Harrow was gutted by fire"


def test_the_antecedent_of_a_whose_clause_after_a_preposition():
    sentence = '"They did the right thing by being fast," Roe said of the payroll vendor, whose platform went down on Oct. 4.'
    assert label_of(sentence, "on Oct. 4") == "The payroll vendor's platform goes down"


def test_the_antecedent_of_a_which_clause_after_before():
    sentence = "She wants the agency to meet harvesters before the fall season, which opens on the last Monday of November."
    assert label_of(sentence, "on the last Monday of November") == "The fall season opens"
