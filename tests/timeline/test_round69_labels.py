"""Round 69: event labels read as whole clauses (invented sentences and names)."""

from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label
from analysis.timeline.labels.words import holds_no_time


def _label(sentence: str, expression: str, previous: str = "") -> str:
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression), previous).label


def _key(sentence: str, expression: str, previous: str = "") -> str:
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression), previous).key


# --- a word of the clause that dates it (a release told on the report's day) is no date to take out

@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("The Orvel, Texas-based company said revenue rose 4.1% to $2.2 billion in the quarter ended June 30.",
     "revenue", "Texas-based company says revenue rises 4.1%"),
    ("Its revenue fell 18% in the first quarter as cheaper imports weighed on its margins.", "revenue",
     "Revenue falls 18%"),
    ("The National Statistics Agency said in a bulletin that exports had fallen for a third month.", "Agency said",
     "National Statistics Agency says exports fell for a third month"),
])
def test_release_word_is_kept(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


@pytest.mark.parametrize(("span", "expected"), [
    ("revenue", True), ("Agency said", True), ("earnings", True),
    ("Monday", False), ("midday", False), ("the first half", False), ("Christmas", False), ("Sept. 30", False),
    ("last week", False), ("nine o'clock", False), ("", False),
])
def test_holds_no_time(span: str, expected: bool) -> None:
    assert holds_no_time(span) is expected


# --- a quotation's first clause a few words past the opening's limit is shown whole

@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ('"We think the tribunal\'s decision to halt the sale is wrong in law, and we will appeal at once," '
     "Chief Executive Ada Roe said in a statement.", "in a statement",
     "Ada Roe says “We think the tribunal's decision to halt the sale is wrong in law…”"),
    ('"We are sure the panel will back our reading of the whole contract," Noor told analysts on Monday.',
     "Monday", "Noor tells analysts “We are sure the panel will back our reading of the whole contract”"),
    ("Orvane said on Friday its audit had found \"repeated failures of its safety checks at two of the Kestrel "
     'plants".', "Friday",
     "Orvane says audit found “repeated failures of its safety checks at two of the Kestrel plants”"),
])
def test_quoted_clause_shown_whole(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


def test_quoted_clause_keeps_its_key() -> None:
    sentence = '"We are sure the panel will back our reading of the whole contract," Noor told analysts on Monday.'
    assert "contract" not in _key(sentence, "Monday")


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    # the opening ends on its clause's comma already
    ('"We are unhappy with the quarter, and we will work hard to win back our customers," Noor said on Monday.',
     "Monday", "Noor says “We are unhappy with the quarter…”"),
    # the clause runs on past the limit: cut where a phrase ends, as before
    ('"The board has decided after a long and careful review of every option open to the group to sell the '
     'unit," Noor said on Monday.', "Monday", "Noor says “The board has decided after a long…”"),
])
def test_quoted_opening_unchanged(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


# --- a pronoun subject no name stands for stays in the label; the company whose shares the sentence names

@pytest.mark.parametrize(("sentence", "expression", "previous", "expected"), [
    ("A week later he told a reporter he would consider a second bid.", "A week later", "",
     "He tells reporter he will consider a second bid"),
    ("On 3 March it told the market that its sales would fall short.", "3 March", "",
     "It tells market that its sales would fall short"),
    ("Shares in Orvane Foods posted their worst one-day loss in more than a decade on Monday after the company said "
     "it had misstated its costs by about £90m.", "Monday", "", "Orvane Foods says it misstated its costs by about £90m"),
])
def test_unresolved_subject_kept(sentence: str, expression: str, previous: str, expected: str) -> None:
    assert _label(sentence, expression, previous) == expected


def test_unresolved_subject_leaves_the_key() -> None:
    sentence = ("Shares in Orvane Foods posted their worst one-day loss in more than a decade on Monday after the "
                "company said it had misstated its costs by about £90m.")
    assert _key(sentence, "Monday").startswith("|say|")


def test_resolved_pronoun_unchanged() -> None:
    previous = "Kestrel Mining cut its forecast in January. "
    assert _label("On 3 March it told the market that its sales would fall short.", "3 March", previous) \
        == "Kestrel Mining tells market that its sales would fall short"


# --- a reported progressive keeps its object, and the object of its preposition

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ada Roe, the regional premier, said the ministry was following the talks closely.",
     "Ada Roe says ministry was following the talks closely"),
    ("The Kestrel Health Authority said it was working with the police on the case.",
     "Kestrel Health Authority says it was working with the police"),
    ("The Orvane Commission said it had been working on the rules for months.",
     "Orvane Commission says it had been working on the rules"),
])
def test_reported_progressive_whole(sentence: str, expected: str) -> None:
    at = sentence.index("said")
    assert event_label(sentence, at, at, "").label == expected


def test_reported_progressive_keeps_its_key() -> None:
    sentence = "The Kestrel Health Authority said it was working with the police on the case."
    at = sentence.index("said")
    assert event_label(sentence, at, at, "").key.endswith("|it was working")


# --- a fronted prepositional phrase before its clause's subject is no part of the label

@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("At 41.20p they are still down about 55% this year.", "this year", "They are still down about 55%"),
    ("At Monday's hearing she set the trial to open on March 3, splitting the days between the two sides.",
     "March 3", "She set the trial to open"),
])
def test_fronted_phrase_dropped(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


def test_quantifier_is_no_fronted_phrase() -> None:
    assert _label("At least three brokerages cut their price targets on the stock on Friday.", "Friday") \
        == "At least three brokerages cut price targets"


def test_year_in_words_is_time() -> None:
    assert holds_no_time("nineteen ninety-six") is False


def test_quotation_closed_by_two_apostrophes() -> None:
    sentence = ("``This small company, which has come so far, belongs with its founders,'' Noor said Wednesday, adding "
                "that more was needed.")
    assert _label(sentence, "Wednesday") == "Noor says “This small company, which has come so far, belongs with its founders”"
