"""Event labels: a word that is also a verb is a noun where no verb can stand. After a preposition ("stay in place",
"put on hold") a bare form names a thing; right before a verb in the past ("The audit report reached", "capital
spending rose") a present form or an -ing is the subject's head, not a second finite verb. A participle that may be a
past ("promises made in August have") tells of the noun before it unless an object follows it."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return event_label(sentence, start, start + len(expression)).label


def test_a_bare_form_after_a_preposition_is_a_noun() -> None:
    label = label_of("Grazing restrictions will stay in place for at least 30 days from May 4.", "May 4")
    assert "places" not in label
    assert label.startswith("Grazing restrictions")


def test_a_present_form_right_before_a_past_is_the_subject() -> None:
    label = label_of("The first safety report reached Velmora Audio in March; the recall came later.", "in March")
    assert label == "First safety report reaches Velmora Audio"


def test_an_ing_noun_right_before_a_past_is_the_subject() -> None:
    label = label_of("Capital spending rose to $410 million last year.", "last year")
    assert label.startswith("Capital spending rises")


def test_a_participle_without_an_object_tells_of_the_noun_before_it() -> None:
    label = label_of("The plan is welcome, but pledges made in August have a way of being forgotten by the time of the "
                     "budget.", "in August")
    assert label.startswith("Pledges made")
