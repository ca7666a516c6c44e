"""Round 57 (lead): the subject before a long appositive with a relative clause ("Jo Roe, a 54-year-old engineer who
ran the site before becoming chief executive in 2021, said ..."), and a wire brief's bullets in capitals: the company
of the brief's opening line as the subject of a bullet that opens on "SAYS", the capitals the text before gives a
word, a time zone after a clock time. Invented sentences and names."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str, previous_text: str = "") -> str:
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression), previous_text).label


def test_the_subject_before_an_appositive_with_a_relative_clause():
    sentence = ("Quarrie, a 51-year-old chemist who ran the Tollund site before becoming chief executive in 2020, said "
                "staff had worked through the night since Tuesday.")
    assert label_of(sentence, "since Tuesday") == "Quarrie says staff had worked through the night"


_BRIEF = "BRIEF-Vellmar says Tollund 3 turbine to stay offline until at least March 9\n\nMarch 2 (Harrow Wire) - Vellmar AG:\n\n"


def test_a_brief_bullet_that_opens_on_says_takes_the_company_of_the_opening_line():
    assert label_of("SAYS WILL UPDATE MARKET ON FINANCIAL IMPACT ON MARCH 20", "ON MARCH 20", _BRIEF) == \
        "Vellmar AG to update market"


def test_a_brief_bullet_keeps_the_capitals_the_text_before_gives_its_words():
    label = label_of("SAYS TOLLUND 3 TURBINE SHUT DOWN AUTOMATICALLY ON MARCH 1 AT 22:10 CET AFTER A GEARBOX FAULT",
                     "ON MARCH 1", _BRIEF)
    assert label == "Tollund 3 turbine shuts down automatically"


def test_a_flash_s_company_keeps_its_legal_form_in_capitals():
    label = label_of("VELLMAR AG SAYS TOOK TOLLUND 3 TURBINE OFFLINE ON MARCH 1", "ON MARCH 1", _BRIEF)
    assert label.startswith("Vellmar AG ")
