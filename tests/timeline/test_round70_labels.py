"""Round 70: event labels read as whole clauses (invented sentences and names)."""

from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label
from analysis.timeline.labels.model import EventLabel
from analysis.timeline.labels.whole import with_own_subject, without_span_end


def _found(sentence: str, expression: str, previous: str = ""):
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression), previous)


def _label(sentence: str, expression: str, previous: str = "") -> str:
    return _found(sentence, expression, previous).label


# --- a clause cut around the date is shown up to sixteen words: its verb's object or complement stays

@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("In 2011, the collapse of Marrowby Trust forced Veldania to accept a 12 billion crown loan for its lenders.",
     "2011", "The collapse of Marrowby Trust forced Veldania to accept a 12 billion crown loan"),
    ("The number of retailers caught up in the Pellworth labelling affair grew longer this week.", "this week",
     "The number of retailers caught up in the Pellworth labelling affair grew longer"),
    ("Senators asked on Tuesday whether that exemption had cost savers hundreds of millions of crowns.", "Tuesday",
     "Senators asked whether that exemption had cost savers hundreds of millions of crowns"),
])
def test_cut_clause_keeps_its_complement(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


def test_longer_clause_keeps_the_shorter_key() -> None:
    found = _found("In 2011, the collapse of Marrowby Trust forced Veldania to accept a 12 billion crown loan for its "
                   "lenders.", "2011")
    assert found.key == "||the collapse of marrowby trust forced veldania"


def test_longer_clause_cut_before_its_relative() -> None:
    sentence = ("Last month it shone a light on a corner of the freight brokerage trade that few outsiders had "
                "ever looked at closely.")
    assert _label(sentence, "Last month") == "It shone a light on a corner of the freight brokerage trade"


def test_copula_stays_when_the_date_was_not_its_complement() -> None:
    assert _label("10:12 GMT - Here it is.", "10:12 GMT") == "Here it is"
    assert _label("The record date is Nov. 9.", "Nov. 9") == "The record date"


# --- a span of time whose one end is the date is left out whole

@pytest.mark.parametrize("expression", ["2004", "2010"])
def test_span_of_years_left_out_whole(expression: str) -> None:
    sentence = ("Her predecessor, Ilse Morrow, who was chief executive from 2004 to 2010, also stepped down.")
    assert _label(sentence, expression) == "Ilse Morrow was chief executive"


@pytest.mark.parametrize("expression", ["March 2009", "May 2013"])
def test_span_of_months_left_out_whole(expression: str) -> None:
    assert _label("The panel found the practices ran from March 2009 to May 2013.", expression) == \
        "The panel finds the practices ran"


def test_span_between_left_out_whole() -> None:
    sentence = "The units were sold between October 2020 and the end of June this year, the company said."
    assert _label(sentence, "October 2020") == "Units are sold"
    assert _label(sentence, "the end of June this year") == "Units are sold"


def test_span_key_unchanged() -> None:
    found = _found("Her predecessor, Ilse Morrow, who was chief executive from 2004 to 2010, also stepped down.",
                   "2010")
    assert found.key == "||ilse morrow was chief executive from 2004"


def test_whole_span_and_figures_stay() -> None:
    sentence = "The founder ran the firm from 1990 to 2005 and cut its dividend to 4.2p from 9.8p in 2019."
    whole = EventLabel("Founder ran the firm from 1990 to 2005", "k", "", "")
    figures = EventLabel("Firm cuts its dividend to 4.2p from 9.8p", "k", "", "")
    assert without_span_end(whole, sentence) == whole
    assert without_span_end(figures, sentence) == figures
    half = EventLabel("Founder ran the firm from 1990", "k", "", "")
    assert without_span_end(half, sentence) == EventLabel("Founder ran the firm", "k", "", "")


# --- a name's own "'s" before a verb whose past is its present ("cut", "set", "hit") and the verb's object

def test_name_s_before_a_past_like_its_present() -> None:
    sentence = "A reminder that Fitchley's cut the lender's ratings by two notches on Monday."
    assert _label(sentence, "Monday") == "Fitchley's cuts lender's ratings by two notches"


def test_possessive_noun_stays_a_possessive() -> None:
    sentence = "Norvell's cut in prices on Monday hit rivals."
    assert not _label(sentence, "Monday").startswith("Norvell's cuts")


# --- a label opening on its verb takes its sentence's subject

@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("Its order value, about 3 billion crowns at the March peak, had shrunk to 1.2 billion crowns by Friday.",
     "Friday", "Its order value shrinks to 1.2 billion crowns"),
    ("Its first filing, on April 4, argued that Pellworth's debts were understated by about 40 million crowns.",
     "April 4", "Its first filing argues Pellworth's debts were understated by about 40 million crowns"),
])
def test_label_takes_its_sentences_subject(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


@pytest.mark.parametrize(("label", "sentence"), [
    ("Have a good weekend", "16:15 - Have a good weekend."),
    # another verb is the sentence's first: its subject is not the label's
    ("Raises prospect of legal action", "Its note of May 3 warned that costs would rise and raised the prospect of "
                                        "legal action."),
    # a line's heading is no subject
    ("Falls 2% after its results", "Orvane Corp (1234) - Fell 2% after its results."),
    # the shares are worded with the move's company by the timeline
    ("Rises 1.7 percent", "Its shares rose 2.0 percent, then rose 1.7 percent on Friday."),
])
def test_label_keeps_no_subject_it_lacks(label: str, sentence: str) -> None:
    found = EventLabel(label, "k", "", "")
    assert with_own_subject(found, sentence) == found
