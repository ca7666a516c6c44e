"""A reported clause put in the present keeps its subject's number: "X said sales fell" reads "X says sales fall", not
"sales falls" (a plural subject in -s took the singular verb in round 59's labels)."""
from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Quorvane said on Monday that sales fell 5% in the quarter.", "Quorvane says sales fall 5%"),
    ("Tellbridge said on Tuesday that deliveries dropped sharply.", "Tellbridge says deliveries drop sharply"),
    ("Quorvane said on Monday that profits fell 5% in the quarter.", "Quorvane says profits fall 5%"),  # also a verb form
    ("Quorvane said on Monday they came away with nothing.", "Quorvane says they come away"),
])
def test_a_plural_reported_subject_takes_the_bare_verb(sentence: str, expected: str) -> None:
    i = sentence.index("on ")
    end = sentence.index(" ", sentence.index(" ", i) + 1)
    assert event_label(sentence, i, end).label.startswith(expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Quorvane said on Monday it fell 5% in early trade.", "Quorvane says it falls 5%"),
    ("Quorvane said on Monday the news came as a surprise.", "Quorvane says news comes"),  # singular in -s
])
def test_a_singular_reported_subject_keeps_the_s_form(sentence: str, expected: str) -> None:
    i = sentence.index("on ")
    end = sentence.index(" ", sentence.index(" ", i) + 1)
    assert event_label(sentence, i, end).label.startswith(expected)
