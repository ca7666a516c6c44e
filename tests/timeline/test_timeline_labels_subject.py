"""A timeline label keeps its subject across asides: "Tarrant, 61, of Millbrook, Ohio, was part of the crew" is
Tarrant's event, not a clause opening on "was"."""

from __future__ import annotations

import pytest

from tests.timeline.test_timeline_labels import label_of as _label


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    ("Tarrant, 61, of Millbrook, Ohio, was part of the survey crew in March 1990.", "March 1990",
     "Tarrant was part of the survey crew"),
    ("The bid, valued at about $300 million, had been set to expire Nov. 6.", "Nov. 6", "The bid had been set to expire"),
    ("A new kiln in Dorrell, Kan., is to come on line next year.", "next year", "A new kiln in Dorrell is to come on line"),
    ("Councillor Ebba Strand (Lab.), in particular, has been steadily pounding the plan since 2019.", "2019",
     "Councillor Ebba Strand has been steadily pounding the plan"),
    ("However, the group's shipping arm, while profitable, was hurt by fuel costs last June.", "last June",
     "The group's shipping arm was hurt by fuel costs"),
])
def test_the_subject_before_asides_opens_the_label(sentence: str, expression: str, label: str) -> None:
    assert _label(sentence, expression) == label


@pytest.mark.parametrize(("sentence", "expression"), [
    # the words before the comma are a clause of their own: "The van was seen" is no subject of "was found"
    ("The van was seen near the depot, and was found at the port in May.", "May"),
    # an aside with a verb of its own is no aside
    ("Ostrow, the board said, was part of the crew in March 1990.", "March 1990"),
])
def test_a_clause_before_the_comma_is_not_taken_for_the_subject(sentence: str, expression: str) -> None:
    got = _label(sentence, expression)
    assert not got.startswith(("The van", "Ostrow")), got


def test_at_least_before_a_number_stays_with_the_subject() -> None:
    got = _label("Also on Friday morning, at least four people were killed in a blast near the Orvik port.",
                 "Friday morning")
    assert got == "At least four people are killed"  # not "Least four people are killed"


@pytest.mark.parametrize(("sentence", "label"), [
    ("“The talks on Monday went well,” said the deputy envoy Ann Roe.", "Ann Roe says “The talks on Monday went well”"),
    ("“We will appeal on Monday,” said the ministry, adding that talks would go on.",
     "Ministry says “We will appeal on Monday”"),
])
def test_a_speaker_after_said_the_is_the_subject(sentence: str, label: str) -> None:
    assert _label(sentence, "on Monday") == label  # not "Says deputy envoy Ann Roe", "Says ministry"


def test_a_longer_phrase_after_said_the_is_no_speaker_phrase() -> None:
    # "the bank economist who ..." goes on past the noun phrase: no speaker is made of its first words
    got = _label("“Prices rose on Monday,” said the bank economist who tracks them.", "on Monday")
    assert not got.startswith("Bank economist says"), got
