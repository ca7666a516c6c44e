"""Event labels: a noun whose bare form is also a verb ("fund", "rally") stays a noun when a determiner or a
possessive stands before it with an amount or a name's words between ("its £2.1bn UK property fund", "a Porto
street rally"): no label makes it the verb ("UK property funds")."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str, previous: str = "") -> str:
    start = sentence.index(expression)
    return event_label(sentence, start, start + len(expression), previous).label


def test_an_amount_between_the_determiner_and_the_noun() -> None:
    sentence = ("Brenmoor Asset Management has agreed to sell a Leeds office block for £90 million, its first sale "
                "since it froze its £2.1 billion UK property fund six days ago.")
    label = label_of(sentence, "six days ago")
    assert "funds" not in label
    assert label.startswith("Brenmoor Asset Management")


def test_a_name_between_the_determiner_and_the_noun() -> None:
    sentence = "Valdez, 41, is serving a long sentence for the May 2009 attack on a minister at a Porto street rally."
    assert "rallies" not in label_of(sentence, "May 2009")


def test_a_name_right_before_a_bare_verb_is_still_its_subject() -> None:
    # (the name's words are modifiers only further from the noun: "the Senate vote" stays a reading for the verb)
    sentence = "On Tuesday the Tallis Group and its lenders agree on a new schedule."
    assert "agree" in label_of(sentence, "On Tuesday")
