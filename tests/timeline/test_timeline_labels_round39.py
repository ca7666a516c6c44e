"""Event labels, round 39: a lead-in before a colon, the date's clause when its verb is an infinitive, a name ending
in "'s" before its past, a title before a name that begins like a catalog company, a noun after three modifiers."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label
from analysis.timeline.labels.names import canonical_name


def label_of(sentence: str, expression: str, previous: str = "") -> str:
    start = sentence.index(expression)
    return event_label(sentence, start, start + len(expression), previous).label


def test_a_lead_in_before_a_colon_is_no_part_of_the_clause() -> None:
    assert label_of("Updated: Orvale Foods was fined on March 3 by the regulator.", "on March 3") \
        == "Orvale Foods is fined by the regulator"
    assert label_of("Next week: the Keel Institute publishes its annual survey on Thursday.", "on Thursday") \
        == "Keel Institute publishes annual survey"
    # a speaker's turn ("Okafor:") and a colon before a quotation are no lead-ins
    assert not label_of("Ledworth: I met the minister on Monday.", "on Monday").startswith("I ")
    assert "“" in label_of("Tana Brill, an analyst at Orvale Capital: “We sold on Monday.”", "on Monday")


def test_an_infinitive_keeps_the_date_in_its_own_clause() -> None:
    sentence = "Orvale is due to publish results on July 18, and several analysts have cut their estimates."
    assert label_of(sentence, "on July 18") == "Orvale is due to publish results"
    sentence = "Orvale plans to open stores on July 18, and rivals are expected to follow."
    assert label_of(sentence, "on July 18") == "Orvale plans to open stores"
    # a second verb without a subject of its own still shares the date's subject
    assert label_of("Orvale reported results on July 18, and raised its forecast.", "on July 18") == "Orvale reports results"


def test_a_name_ending_in_s_before_its_past_keeps_it() -> None:
    assert label_of("Brindley's said on Wednesday it would close 40 stores.", "on Wednesday").startswith("Brindley's says")
    # a possessive before its noun stays a possessive
    assert label_of("Brindley's shares fell 3% on Monday.", "on Monday") == "Brindley's shares fall 3%"


def test_a_title_before_a_name_that_begins_like_a_catalog_company() -> None:
    # "Dana" is a listed company; "Dana Whitlock" after a title is a person
    assert canonical_name("Under Secretary Dana Whitlock") == "Dana Whitlock"
    assert canonical_name("Fed Chair Jerome Powell") == "Jerome Powell"


def test_a_noun_after_a_determiner_and_three_modifiers() -> None:
    assert label_of("The agency publishes its weekly oil market report on Thursday.", "on Thursday") \
        == "Agency publishes weekly oil market report"


def test_the_writers_own_we_is_kept() -> None:
    """"We spoke to her on Friday" in a report's own voice (no quotation open, no speaker's turn): the writer, not
    the last name of the text before."""
    previous = "The Keel Institute is based in Brussels.\n"
    assert label_of("We spoke to her by video on Friday.", "on Friday", previous) == "We speak to her by video"
    # inside a quotation the speaker is meant: the sentence carries a mark, or the paragraph opened one
    quoted = label_of("We filed our plan on Friday,” she said.", "on Friday", "Ada Marsh runs Keel Foods.\n“It is late.")
    assert not quoted.startswith("We ")


def test_a_turn_opened_by_a_surname_names_its_speaker() -> None:
    previous = "Tana Ledworth runs the Keel Institute.\nLedworth: Thanks for having me.\n"
    assert label_of("Ledworth: We wrote to the regulator on September 9.", "on September 9", previous) \
        == "Tana Ledworth writes to the regulator"
    # a role's turn ("A:") names no one
    assert not label_of("A: We wrote to the regulator on September 9.", "on September 9", previous).startswith("A ")


def test_a_bare_verb_form_after_the_and_a_name_is_a_noun() -> None:
    """"after the U.S. close on Wednesday": "close" is the session's end, not the event's verb."""
    assert label_of("Keel Foods reports results after the U.S. close on Wednesday.", "on Wednesday") \
        == "Keel Foods reports results"
    # a name's past after "the" stays its verb
    assert label_of("The Fed cut rates on Wednesday.", "on Wednesday").endswith("cuts rates")


def test_a_verb_form_after_an_article_belongs_to_the_subject() -> None:
    """"The top commander of ... said": "top" after "the" is no verb, wherever it stands in the phrase."""
    label = label_of("The top commander of the Keel rebel force said Thursday he had sent a team.", "Thursday")
    assert label.startswith("Top commander")
    assert label_of("A proposed merger was filed on Thursday.", "on Thursday") == "Proposed merger is filed"


def test_which_after_a_comma_stands_for_the_nearest_noun_phrase() -> None:
    sentence = "The chairman echoed the official view of the accord, which was announced Friday."
    assert label_of(sentence, "Friday") == "Accord is announced"
    assert label_of("Keel Foods, which reported results on Wednesday, fell 3%.", "on Wednesday") == "Keel Foods reports results"


def test_a_name_with_of_before_which_is_whole() -> None:
    """", which" after "the Bank of Keel": the whole name is the antecedent, not its last word; a phrase without
    "the" keeps its last name only ("Shares of Keel Bank, which ...": the bank)."""
    assert "Keel" in label_of("The Bank of Keel, which was founded in 1694, said it would act.", "in 1694") \
        and "Bank" in label_of("The Bank of Keel, which was founded in 1694, said it would act.", "in 1694")
    assert label_of("Shares of Keel Bank, which was founded in 1952, fell.", "in 1952") == "Keel Bank is founded"
