"""A dated sentence that is one quotation is labelled with its own words, whatever marks it is quoted in and
wherever its date sits (a label of a lone quotation mark was drawn on a real corpus's timeline)."""
from __future__ import annotations

import re

import pytest

from analysis.timeline.labels.event import event_label


@pytest.mark.parametrize(("sentence", "expression", "kept"), [
    # the date is the clause's subject: taken out, the quotation would misquote its speaker (round 63); it stays
    ('"The next two weeks will decide the fate of the Harlow plant."', "The next two weeks", True),  # straight marks
    ("''The vote closes on Election Day.''", "Election Day", False),  # doubled apostrophes as quotation marks
    ("“Orders at Quistel slowed through October.”", "October", False),  # curly marks, date at the end
])
def test_a_sentence_that_is_one_quotation_keeps_its_words(sentence: str, expression: str, kept: bool) -> None:
    i = sentence.index(expression)
    label = event_label(sentence, i, i + len(expression)).label
    assert len(re.findall(r"\w+", label)) >= 2, label
    assert (expression in label) is kept
