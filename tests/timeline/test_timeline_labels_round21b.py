"""Round 21b: event labels in the present tense, on invented sentences (fictional companies and people).

The house style of a label is a short whole clause in the present ("Nvidia shares fall 16.9%"). Each test names the
construction of news prose it covers and what the rule leaves alone."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str, previous: str = "") -> str:
    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


# A fallback label (a verb the list does not know) that is a whole clause in the past: the verb in the present.
def test_a_past_verb_after_the_subject_of_a_fallback_label_is_put_in_the_present() -> None:
    assert label_of("Quarrow Freight burned 52 million pounds during the first half of 2030.", "the first half of 2030") \
        == "Quarrow Freight burns 52 million pounds"
    assert label_of("Belsky Mills nominated Ida Farrant for a second term on Monday.", "Monday").startswith(
        "Belsky Mills nominates Ida Farrant")
    assert label_of("The trustees stepped down on Monday.", "Monday") == "The trustees step down"
    # a participle with its agent, a conjunction before the name, a word whose bare form the spelling does not tell
    assert label_of("A survey conducted by the Pelgrave Institute found support in March.", "March").startswith(
        "A survey conducted")
    assert label_of("As Mr. Tolland campaigned in Porto on Monday, rain set in.", "Monday") != \
        "As Mr. Tolland campaigns in Porto"
    assert label_of("Quarrow Freight audited the Porto depot on Monday.", "Monday") == "Quarrow Freight audited the Porto depot"


# "<subject> was/were <participle>" in a fallback label: the passive in the present, the text's own number kept.
def test_a_past_passive_of_a_fallback_label_is_put_in_the_present() -> None:
    assert label_of("The Farrant survey was conducted by telephone in March.", "March") == "The Farrant survey is conducted by telephone"
    assert label_of("The Belsky trustees were also swayed by the audit in March.", "March") \
        == "The Belsky trustees are also swayed by the audit"
    assert label_of("I was pleased to see the vote in March.", "March").startswith("I am pleased")
    # "was" with no participle after it (a place, a figure) is left as it stands
    assert label_of("The Belsky rate was at 7.1 percent in March.", "March").startswith("The Belsky rate was at")


# "X was VERBed in <date> and VERBed in <date>": the second verb phrase shares the first one's "was" (a passive).
def test_a_second_participle_shares_the_passive_of_the_first() -> None:
    s = "Pelgrave Air was founded in 1961 and privatised in 1994."
    assert label_of(s, "1994") == "Pelgrave Air is privatised"
    assert label_of("The Belsky mills were built in 1950 and closed in 1994.", "1994") == "Belsky mills are closed"
    # an object after the second verb, a verb that takes none, a simple past: active
    assert label_of("Quarrow Freight was founded in 1952 and bought Tolland Lines in 1998.", "1998") \
        == "Quarrow Freight buys Tolland Lines"
    assert not label_of("Ida Farrant was born in 1950 and died in 2001.", "2001").startswith("Ida Farrant is")
    assert label_of("Quarrow Freight was founded in 1987 and went public in 2006.", "2006") == "Quarrow Freight goes public"


# A possessive opening a fallback label is followed by its noun, never by the verb.
def test_a_past_participle_after_a_possessive_is_no_verb() -> None:
    got = label_of("In 2012, Tolland's complicated bond with Farrant was shown by one letter.", "2012")
    assert not got.startswith("Tolland's complicates")


# A heading or a list line (no full stop) is in headline style: a bare past there is a passive, left as it stands.
def test_a_list_line_keeps_its_bare_past() -> None:
    assert label_of("* 1961 - Pelgrave Air founded in Porto", "1961").endswith("Pelgrave Air founded in Porto")
    assert label_of("Pelgrave Air founded the Porto route in 1961.", "1961") == "Pelgrave Air founds the Porto route"


# A plural common noun that opens the sentence ("Regulators", "Details") takes a plural verb; a name in -s does not.
def test_a_capitalised_plural_noun_opening_a_sentence_is_plural() -> None:
    assert label_of("Regulators fined Tolland Lines $30 million on Monday.", "Monday") == "Regulators fine Tolland Lines $30 million"
    assert label_of("Details were not disclosed on Monday.", "Monday") == "Details are not disclosed"
    assert label_of("Vantris fined Tolland Lines $30 million on Monday.", "Monday") == "Vantris fines Tolland Lines $30 million"


# A past form after the subject, a preposition after it and a modal or auxiliary later in the clause: a participle of
# the noun phrase ("The trader wanted for questioning ... may have fled"), left in the past.
def test_a_participle_before_a_later_finite_verb_is_left() -> None:
    got = label_of("The trader wanted for questioning in last month's Belsky fraud may have fled to Porto.", "last month")
    assert got.startswith("The trader wanted for questioning")
    # an object after the verb: the verb is finite, its object a clause ("hinted the depot was")
    assert label_of("In March, the Belsky trustees hinted the depot was too small.", "March").startswith("The Belsky trustees hint ")
