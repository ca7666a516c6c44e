"""A dated sentence that is one quotation is labelled with its own words, whatever marks it is quoted in and
wherever its date sits (a label of a lone quotation mark was drawn on a real corpus's timeline)."""
from __future__ import annotations

import re

import pytest

from analysis.timeline.labels.event import event_label


@pytest.mark.parametrize(("sentence", "expression"), [
    ('"The next two weeks will decide the fate of the Harlow plant."', "The next two weeks"),  # date inside, straight marks
    ("''The vote closes on Election Day.''", "Election Day"),  # doubled apostrophes as quotation marks
    ("“Orders at Quistel slowed through October.”", "October"),  # curly marks, date at the end
])
def test_a_sentence_that_is_one_quotation_keeps_its_words(sentence: str, expression: str) -> None:
    i = sentence.index(expression)
    label = event_label(sentence, i, i + len(expression)).label
    assert len(re.findall(r"\w+", label)) >= 2, label
    assert expression not in label
