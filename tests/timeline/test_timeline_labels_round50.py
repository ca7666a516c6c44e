"""Labels read on text newly opened in round 50, each construction with invented names: a currency that is also a
verb ("won"), a pronoun subject the blanked date joined to the words before it, the object a relative clause
modifies, a possessive that opened the sentence, and a second verb phrase after a past the verb list does not know."""
from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


def _label(sentence: str, expression: str) -> str:
    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression)).label


def test_won_after_an_amount_is_the_currency_not_the_verb() -> None:
    label = _label("Hull steel was quoted at about 812,000 won a tonne last week, against 760,000 won in March.",
                   "last week")
    assert "wins" not in label and "812,000 won" in label


def test_a_pronoun_after_the_blanked_date_is_the_subject() -> None:
    sentence = ("The union at Norway's Torvald Heavy Industries said on Thursday it would ballot members, putting pressure on the yard "
                "just three days after it announced a record order for tankers.")
    label = _label(sentence, "three days after")
    assert label == "Torvald Heavy Industries announces record order", label


def test_the_noun_a_relative_clause_modifies_is_the_object() -> None:
    label = _label("The 9-vessel contract that Brenholt Yards signed in Busan on Tuesday is the largest on record.",
                   "on Tuesday")
    assert label == "Brenholt Yards signs 9-vessel contract", label


def test_a_possessive_that_opened_the_sentence_is_lower_case_in_the_label() -> None:
    label = _label("Its watch division, which Marivaux ran until last Friday, grew sales by 9%.", "last Friday")
    assert "Its" not in label and "its watch division" in label, label


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The union walked out on Monday and plans a full stoppage on Wednesday.", "Union"),
    ("The port's union walked out for six hours on Monday and Tuesday and plans a full stoppage on Friday.",
     "Port's union"),
])
def test_a_second_verb_phrase_shares_the_subject_of_a_past_the_list_does_not_know(sentence: str, subject: str) -> None:
    label = _label(sentence, "on Wednesday" if "Wednesday" in sentence else "on Friday")
    assert label.startswith(f"{subject} plans"), label


@pytest.mark.parametrize(("sentence", "expression", "end"), [
    ("Services at the Harwell depot will wind down by mid-November.", "by mid-November", "winds down"),
    ("The Orrin smelter shut down on Friday.", "on Friday", "shuts down"),
    ("Dalvik Bank took over on Monday.", "on Monday", "takes over"),
])
def test_a_phrasal_verb_keeps_its_particle_at_the_end_of_the_clause(sentence: str, expression: str, end: str) -> None:
    label = _label(sentence, expression)
    assert label.endswith(end), label


def test_over_after_another_verb_opens_the_span_of_time_not_a_particle() -> None:
    label = _label("The first shipment of turbines arrived over the weekend.", "over the weekend")
    assert not label.endswith("over"), label
