"""Labels of what was said read whole: a reported clause put in the present keeps its subject's number ("X said sales
fell" reads "X says sales fall", not "sales falls"), and a quotation cut short ends on a whole phrase ("“Part of my
goal…”", not "“Part of my goal for the…”")."""
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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“Part of my goal for the next ten years is to build open platforms,” Orla Venn said in September.",
     "“Part of my goal for the next ten years is to build open platforms”"),  # round 69: the clause whole
    ("Orla Venn said on Friday: “Let everyone know that if the strike goes on, we will act.”", "“Let everyone know that if the strike goes on…”"),
    ("Orla Venn said on Friday: “We act now.”", "“We act now”"),  # whole: nothing cut
])
def test_a_quotation_cut_short_in_a_label_ends_on_a_whole_phrase(sentence: str, expected: str) -> None:
    for expression in ("in September", "on Friday"):
        if expression in sentence:
            i = sentence.index(expression)
            assert event_label(sentence, i, i + len(expression)).label.endswith(expected)
