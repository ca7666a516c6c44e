"""Labels read on text newly opened in round 52, each construction with invented names: a plural noun's "with" inside
the subject, a date inside what was said after the day of the telling (the act said, not the saying), a possessive
left by the blanked date, a participle after the main clause, the figure a zero relative clause tells of, and a
quotation told to a named listener."""
from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


def _label(sentence: str, expression: str, previous: str = "") -> str:
    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


def test_with_inside_the_subject_after_its_plural_noun() -> None:
    sentence = "Other lenders with farm books also fell yesterday: Quarrow Bank lost 1.9 per cent."
    assert _label(sentence, "yesterday") == "Other lenders with farm books fall"
    # "with" opening the sentence opens a phrase of its own
    assert _label("With the deal done, Tamsin Foods shares rose on Monday.", "on Monday") == "Tamsin Foods shares rise"


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("Orvel Pharma said on Monday it would book a $40 million charge in the second quarter.", "the second quarter",
     "Orvel Pharma to book a $40 million charge"),
    ("Kessa Lines said on Wednesday it planned to resume sailings by next Monday.", "next Monday",
     "Kessa Lines plans to resume sailings"),
])
def test_a_date_inside_what_was_said_labels_the_act_said(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected
    # the day of the telling keeps the saying
    assert _label(sentence, "on Monday" if "Monday it" in sentence else "on Wednesday").split()[2] == "says"


def test_a_date_in_the_telling_phrase_keeps_the_saying() -> None:
    sentence = "Brell Foods announced in a filing this month that it had settled the claim."
    assert _label(sentence, "this month") == "Brell Foods announces it settled the claim"


def test_a_blanked_date_takes_its_possessive_along() -> None:
    # a quotation keeps the date that is a word of its clause whole (round 63): "most of orders" misquotes its speaker
    assert _label("\"We've shipped most of this week's orders by rail.\"", "this week") == \
        "“We've shipped most of this week's orders by rail”"


def test_a_participle_after_the_main_clause_tells_of_its_subject() -> None:
    sentence = "The company's shares have recovered part of their losses, rising 4.8% on Wednesday."
    assert _label(sentence, "on Wednesday") == "Company's shares rise 4.8%"


def test_the_figure_a_zero_relative_clause_tells_of() -> None:
    sentence = "The shares ended 9.1% higher, recouping most of the 14% they lost last week."
    previous = "Kessa Lines shares rose on Monday after the company reopened its booking site."
    # ("they" stands for the shares the sentence before opens on, round 63: was "Kessa Lines loses 14%")
    assert _label(sentence, "last week", previous) == "Kessa Lines shares lose 14%"


def test_a_quotation_told_to_a_named_listener() -> None:
    sentence = 'As Ivo Brandt told Harbour Radio last week, "nobody here thought it would be us".'
    assert _label(sentence, "last week") == "Ivo Brandt tells Harbour Radio “nobody here thought it would be us”"


def test_a_ticker_in_brackets_between_the_subject_and_its_verb() -> None:
    assert _label("Its Oslo-listed shares (KSNV.OL) fell 12.4% on Monday.", "on Monday") == "Oslo-listed shares fall 12.4%"


def test_an_undated_move_of_a_report_of_its_day_keeps_its_verb_in_the_label() -> None:
    # the report's own session dates the sentence by its verb: the label keeps the verb it was dated by
    from analysis.timeline.events import timeline_mentions
    from tests.timeline.test_timeline_dates50 import _corpus

    text = ("Toronto stocks slip\n\nShares of Quarrow Mining fell 18% on Tuesday after it cut its reserves. "
            "Six of the index's 11 major sectors fell. The heavyweight energy sector was flat.\n")
    got = timeline_mentions(_corpus(text, "2041-03-05"))
    labels = dict(zip(got["sentence"], got["event"]))
    assert labels["Six of the index's 11 major sectors fell."] == "Six of the index's 11 major sectors fall"
    # a level after "was" reads in the present like the rest (round 53)
    assert labels["The heavyweight energy sector was flat."] == "The heavyweight energy sector is flat"


def test_a_possessive_clause_said_without_that_keeps_its_verb() -> None:
    sentence = ("Brakvik Re said on Thursday its net loss from the storm on the northern coast would be about "
                "40 million euros.")
    assert _label(sentence, "on Thursday") == "Brakvik Re says net loss will be about 40 million euros"
