"""Labels read on text newly opened in round 53, each construction with invented names: an -ing word after a
possessive is no verb ("the day's closing auction"), a clause opened by "When" is the event without it, "Its" names
the company the text before tells of, a level after "was"/"were" reads in the present, and a fallback label is not
cut between "most" and its "of"."""
from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


def _label(sentence: str, expression: str, previous: str = "") -> str:
    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


def test_an_ing_word_after_a_possessive_is_no_verb() -> None:
    sentence = "The June 4 blackout lasted six hours and forced the cancellation of the day's closing auction."
    label = _label(sentence, "June 4")
    assert not label.startswith("Closes")
    assert label.startswith("The blackout lasts six hours")
    # "it's" is "it is": the -ing word after it stays a verb
    assert _label("Orvane said on Monday it's closing three plants.", "on Monday") == "Orvane says it's closing three plants"


def test_a_when_clause_is_the_event_without_its_when() -> None:
    sentence = ("When one of the region's two big payment networks went dark for most of a working day last week, "
                "the first word from the regulator was that it was \"monitoring\".")
    assert _label(sentence, "last week") == "One of the region's two big payment networks went dark for most of a working day"


@pytest.mark.parametrize(("previous", "expected"), [
    ("Tamsin Rail said the line would reopen on Friday. ", "Tamsin Rail's shares are down 7.1%"),
    ("The exchange said Kessa Holdings would publish a report. ", "Kessa Holdings' shares are down 7.1%"),
])
def test_its_names_the_company_the_text_before_tells_of(previous: str, expected: str) -> None:
    sentence = "Its shares are down 7.1% for the week so far, while its rival's are 2.2% lower."
    assert _label(sentence, "for the week so far", previous).startswith(expected)


def test_its_stays_when_no_company_is_named_before() -> None:
    sentence = "Its shares are down 7.1% for the week so far, while its rival's are 2.2% lower."
    assert _label(sentence, "for the week so far", "nobody said anything. ").startswith("Its shares")


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("Tamsin Rail shares, which trade in Oslo, were down 5.2% at 09:40 GMT.", "09:40 GMT", "Tamsin Rail shares are down 5.2%"),
    ("The stock was up 3% on Tuesday.", "on Tuesday", "The stock is up 3%"),
])
def test_a_level_after_was_reads_in_the_present(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


@pytest.mark.parametrize(("sentence", "expression", "not_start", "start"), [
    ("The Harbour Telecoms Authority said it had asked Kessa Mobile for a written report by Friday.", "by Friday",
     "Kessa Mobile reports", "Harbour Telecoms Authority says"),
    ("The authority says it has asked Kessa Mobile for a full written account of the incident by Friday.", "by Friday",
     "Kessa Mobile writes", "Authority says"),
])
def test_a_participle_before_its_noun_is_an_adjective(sentence: str, expression: str, not_start: str, start: str) -> None:
    label = _label(sentence, expression)
    assert not label.startswith(not_start)
    assert label.startswith(start)
    # right after a determiner, an -ed form is an adjective too; after a noun it stays the verb
    assert _label("The regulator published a written report on Tuesday.", "on Tuesday") == "Regulator publishes written report"
    assert _label("The company said on Monday profit rose.", "on Monday").endswith("profit rises")


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("Service had been restored to most users by early evening.", "by early evening", "Service is restored to most users"),
    ("The votes were not counted on Monday.", "on Monday", "The votes are not counted"),
    ("The outage had been a drag on Monday.", "on Monday", "The outage had been a drag"),
])
def test_a_past_perfect_passive_reads_in_the_present(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


def test_the_last_plural_of_a_list_is_no_verb_and_suffer_is_an_event() -> None:
    sentence = ("OSLAND, May 4 (Wire) - Kessa Mobile, the country's second operator, suffered a nationwide outage on "
                "Tuesday that cut off service for most of the day, disrupting card payments, ticket machines and "
                "emergency calls.")
    assert _label(sentence, "on Tuesday").startswith("Kessa Mobile suffers nationwide outage")
    assert _label(sentence, "May 4") == "Kessa Mobile suffers nationwide outage"


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("Tamsin Rail said it would set up a refund scheme for riders who could show losses, with details to follow by "
     "the end of the month.", "the end of the month", "Details to follow"),
    ("The court adjourned the hearing, with a decision due on Friday.", "Friday", "Decision due"),
])
def test_a_plan_in_a_with_clause_labels_its_deadline(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected
    # a "with" clause of a level is no plan
    assert _label("Orvane cut jobs on Monday, with shares down 4%.", "on Monday") == "Orvane cuts jobs"


def test_the_second_verb_after_a_modal_shares_its_subject_over_an_aside() -> None:
    sentence = ("The review, to be carried out by an outside firm appointed under the listing rules of the exchange, "
                "will examine the change procedures and report to the regulator within four months, Tamsin said.")
    assert _label(sentence, "within four months") == "Review reports to the regulator"
    assert _label("The review will examine the procedures and report to the regulator within four months.",
                  "within four months") == "Review reports to the regulator"


def test_what_was_said_with_a_plural_pronoun_takes_the_bare_form() -> None:
    assert _label("The brothers said on Thursday they came away with nothing.", "on Thursday") \
        == "Brothers say they come away"
    assert _label("Tamsin Rail said on Thursday it came away with nothing.", "on Thursday") \
        == "Tamsin Rail says it comes away"


def test_a_fallback_labels_it_as_the_name_it_stands_for() -> None:
    sentence = ("OSLAND, May 9 (Wire) - The tanker Kessa Star was refloated from a sandbank on Sunday evening, four days "
                "after it ran aground, and was anchored off the port on Monday.")
    assert _label(sentence, "four days after", "Earlier text. ") == "Kessa Star runs aground"
    # an expletive "it" stays
    assert _label("It was a record on Monday.", "on Monday", "Tamsin Rail said so. ") == "It was a record"


def test_a_past_after_an_indefinite_pronoun_after_a_verb_is_a_participle() -> None:
    label = _label("The firm said it was recalling everything made on both lines since May 17.", "May 17",
                   "Tamsin Foods said so. ")
    assert "makes" not in label
    assert _label("Everything changed on Monday.", "on Monday") == "Everything changes"


def test_a_figure_after_the_date_of_a_passive_in_a_since_clause_is_the_outer_clauses() -> None:
    sentence = ("Tamsin shares fell 4.8% to $36.33, bringing their losses since the recall was first announced on June 8 "
                "to about 25%.")
    assert _label(sentence, "June 8") == "Recall is announced"
    assert _label("The dividend was cut on Monday to 5 cents.", "on Monday") == "Dividend is cut to 5 cents"


def test_people_familiar_with_the_matter_are_the_subject_not_the_matter() -> None:
    sentence = ("Two people familiar with the matter told Harbour Wire that a rival lender has been studying Kessa Bank's "
                "books since the middle of last month.")
    label = _label(sentence, "the middle of last month")
    assert label.startswith("Two people familiar with the matter tell")
    assert _label("People familiar with the matter said that Kessa Bank has been studying the books since the middle of "
                  "last month.", "the middle of last month").startswith("People familiar with the matter say ")
