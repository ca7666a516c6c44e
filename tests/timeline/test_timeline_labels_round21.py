"""Round 21: event labels read as a whole clause, on invented sentences (fictional companies and people).

Each test names the construction of news prose it covers and what the rule leaves alone."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str, previous: str = "") -> str:
    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


# "<noun> being VERBed": a participle of a passive after the noun it tells of.
def test_a_noun_being_verbed_is_a_passive_of_the_noun() -> None:
    assert label_of("The appeal being filed this week also questions a fee.", "this week") == "Appeal is filed"
    got = label_of("A detailed survey being released on Tuesday by a team of economists shows how mills close.", "Tuesday")
    assert got == "Detailed survey is released by a team of economists"
    # after a preposition, "being VERBed" has no noun before it: left alone
    got = label_of("After being arrested in 1957, Tomas Ferrel fled to Lisbon.", "1957")
    assert not got.startswith("Tomas Ferrel is")


# "is supposed / assured / required to be VERBed": the subject before the chain.
def test_a_participle_of_be_before_a_passive_infinitive_keeps_the_subject() -> None:
    assert label_of("All sealed ledgers are supposed to be made public by Jan. 29.", "Jan. 29") == "All sealed ledgers are made public"
    assert label_of("Varda is assured to be shut out of the vote on Saturday.", "Saturday") == "Varda is shut out of the vote"


# Negation: "has not filed" is "does not file", "was not approved" is "is not approved".
def test_a_negated_verb_keeps_its_negation() -> None:
    assert label_of("The network did not respond to the request on Friday.", "Friday") == "Network does not respond to the request"
    assert label_of("The levy was not expected to be approved on Monday.", "Monday") == "Levy is not approved"
    assert label_of("Coastal towns are not going to be left alone this summer.", "this summer") == "Coastal towns are not left alone"
    # "had X not filed": a condition (no auxiliary before "not"), the act happened
    assert "does not" not in label_of("Had Quorn Valley not filed on Monday, the bank would have failed.", "Monday")


# An adverb in -ly between the auxiliary and the verb: "has vigorously denied", "was ultimately approved".
def test_an_adverb_between_auxiliary_and_verb_is_left_out() -> None:
    assert label_of("The council has vigorously denied any role on Monday.", "Monday") == "Council denies any role"
    assert label_of("The merger was ultimately approved last year.", "last year") == "Merger is approved"
    assert label_of("The subsidies were finally cut on Monday.", "Monday") == "Subsidies are cut"


# "they" standing for a plural noun that names a group takes a plural verb; a person's surname in -s does not.
def test_they_for_a_plural_group_takes_a_plural_verb() -> None:
    assert label_of("On Monday, they were cut short.", "Monday", "The Greens walked out. ") == "Greens are cut short"
    assert label_of("On Monday, they were cut short.", "Monday", "Ada Fennings walked out. ") == "Ada Fennings is cut short"


# Number: an irregular plural ("men", "women") takes a plural verb, a singular noun in -s ("analysis") a singular one.
def test_a_subject_noun_agrees_in_number_with_its_verb() -> None:
    assert label_of("Four women were elected on Monday.", "Monday") == "Four women are elected"
    got = label_of("A 46-page audit analysis released by the ministry last month reveals how swift the decline is.", "last month")
    assert got.startswith("46-page audit analysis reveals")
    assert label_of("Local unions were cut short on Monday.", "Monday") == "Local unions are cut short"


# "a/an <modifier in -s> <noun>": the singular determiner makes the bare word a noun, not a verb.
def test_a_singular_determiner_before_a_modifier_in_s_keeps_the_noun() -> None:
    got = label_of("The ad slams Vell for voting in favor of an assault-weapons ban in 1994.", "1994")
    assert got == "Vell votes in favor of an assault-weapons ban"
    assert label_of("Analysts expect a sales slump in March.", "March") == "Analysts expect sales slump"


# A restrictive "that" after "<head> of <noun>": it stands for the noun right before it.
def test_that_stands_for_the_noun_right_before_it() -> None:
    got = label_of("Vance noted that Ossler was speaking in the shadow of the same union hall that hosted the party "
                   "congress of 1964.", "1964")
    assert got == "Same union hall hosts party congress"
    got = label_of("The law aimed to stop the type of speculative bets that caused the great crash of 1929.", "1929")
    assert got == "Speculative bets cause great crash"
    # an infinitive after the noun is no such place: "a bill to curb smoking that was signed" is the bill
    got = label_of("Ms. Orlan was a sponsor of a bill to curb smoking that was signed into law last month.", "last month")
    assert got.startswith("Bill ") and got.endswith("is signed into law")


# A participle with its agent after "to VERB the <noun>": the noun phrase from its determiner, the agent's possessive
# with its noun.
def test_a_participle_with_its_agent_tells_of_the_noun_phrase_before_it() -> None:
    got = label_of("Senators went before reporters on Tuesday to denounce the stance taken by the party's likely "
                   "presidential nominee.", "Tuesday")
    assert got == "Stance is taken by the party's likely presidential nominee"
    got = label_of("The footage released Friday by Vell's family did not show it.", "Friday")
    assert got == "Footage is released by Vell's family"
    # a name-run agent followed by a verb stays the name run
    assert label_of("Orvane Foods was outbid by Carraway Partners on Monday.", "Monday").endswith("by Carraway Partners")


# Two participles joined by "and": the second tells of the first one's noun; a plural noun after the agent's names.
def test_a_second_participle_tells_of_the_first_ones_noun() -> None:
    got = label_of("He sent a team to recover the remains of a Danish mine expert kidnapped and presumed killed by "
                   "Red Ridge rebels almost two years ago.", "almost two years ago")
    assert got == "Danish mine expert is killed by Red Ridge rebels"


# A figure's object ends at the date: what follows the date is no longer the figure's phrase.
def test_a_figure_is_not_glued_to_the_noun_after_its_date() -> None:
    assert label_of("Quellby Foods lost 9.4% the day after the ruling.", "the day after") == "Quellby Foods loses 9.4%"
    assert label_of("In this poll, Ossler rose 1 percentage point since Monday's debate.", "Monday") \
        == "Ossler rises 1 percentage point"
    # no date between the figure and its phrase: left whole
    assert label_of("Quellby Foods signed a $40 million supply contract on Tuesday.", "Tuesday").endswith("$40 million supply contract")


# A pronoun subject never stands for a name that is its own verb's object ("they called Vell a suspect").
def test_a_pronoun_subject_is_not_resolved_to_its_own_object() -> None:
    previous = "Police questioned Ada Vell for hours. "
    assert label_of("Until Thursday, they had not called Vell a suspect.", "Thursday", previous) \
        == "They do not call Vell a suspect"
    # resolved as before when the name is not in the object
    assert label_of("On Thursday, she filed a complaint.", "Thursday", previous).startswith("Ada Vell files")


# A subject that is a number ("three", "84", "one of the ...") takes the number of the text's own auxiliary.
def test_a_number_subject_takes_the_number_of_its_auxiliary() -> None:
    assert label_of("The other three were provided on Friday morning.", "Friday morning") == "Other three are provided"
    assert label_of("One of the drivers is named in reports on Monday.", "Monday").startswith("One of the drivers is named")
    # a noun subject keeps its own number whatever the auxiliary
    assert label_of("The harbour fees were cut on Monday.", "Monday") == "Harbour fees are cut"
