"""Quote engine, round 49 (quotes49): classes of news prose read on the newly opened corpora and counted on the read
ones and real text before they were fixed. Invented companies, people and sentences; the entity mentions are given
by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


BROKERS = [("Pellmark Capital", "Pellmark Capital", "ORG"), ("Ivo Strand", "Ivo Strand", "PERSON"),
           ("Strand", "Ivo Strand", "PERSON"), ("Quorra Minerals", "Quorra Minerals", "ORG")]


# a verb of holding a view opening the quotation's clause with a named subject, no verb of saying in the clause:
# the view's holder said the words
def test_a_view_holder_speaks() -> None:
    text = ("Analysts were divided. Ivo Strand at Pellmark Capital reckons the closures will save about $40m a year, "
            "“barely a tenth of what the contract was worth”. He keeps his sell rating.")
    assert _rows(text, BROKERS) == [("barely a tenth of what the contract was worth", "Ivo Strand")]


def test_a_view_holder_after_but_speaks() -> None:
    text = ("Ivo Strand covers the miner for Pellmark Capital.\n\n"
            "Quorra Minerals has said it does not need new equity, but Strand expects a share sale “before the end "
            "of the year unless copper recovers”.")
    assert _rows(text, BROKERS) == [("before the end of the year unless copper recovers", "Ivo Strand")]


def test_a_view_inside_reported_speech_left_alone() -> None:
    # left alone: a verb of saying in the clause reports the view ("said he thinks"): the sayer, as before
    text = "Quorra Minerals chairman Ivo Strand said he thinks the bid is “an insult to long-term holders”."
    assert _rows(text, BROKERS) == [("an insult to long-term holders", "Ivo Strand")]


def test_a_view_of_an_unnamed_subject_left_alone() -> None:
    # left alone: a description holding the view is no named speaker ("The market expects")
    text = "The market expects a cut in the dividend, “probably by half, maybe more”, after the writedown."
    assert _rows(text, BROKERS) == [("probably by half, maybe more", "")]


CHIEF = [("Tessary", "Tessary", "ORG"), ("Hanne Vollmer", "Hanne Vollmer", "PERSON"),
         ("Vollmer", "Hanne Vollmer", "PERSON")]
CHIEF_LEAD = ("Vollmer defended the timing of the recall. “One complaint is an anecdote,” she said. The complaints "
              "rose in May, she said, when the weather turned.\n\n")


# the subject of a question a lead asks ("Asked whether Tessary would …, she said") casts no gender vote: the
# pronoun after the lead is the one asked, so an organisation asked about is nobody's "she"
def test_asked_whether_an_organisation_then_she() -> None:
    text = CHIEF_LEAD + ("Asked whether Tessary would cut output, she said two lines had been slowed “as a precaution”, "
                         "and that staff would keep full pay.")
    assert _rows(text, CHIEF)[-1] == ("as a precaution", "Hanne Vollmer")


def test_the_question_of_whether_then_a_beat() -> None:
    text = CHIEF_LEAD + ("On the question of whether Tessary will cut jobs to protect margins, she was blunt. “No. "
                         "This is a quality problem, not a cost problem.”")
    assert _rows(text, CHIEF)[-1] == ("No. This is a quality problem, not a cost problem.", "Hanne Vollmer")


def test_gender_of_the_question_subject_left_alone() -> None:
    # left alone: the name of a person right before the pronoun, with no "whether" before it, still gets the vote
    from analysis.quotes.antecedents import _genders

    text = "After Hanne Vollmer arrived, she said the plant was safe."
    assert _genders(text, [(6, 18, "Hanne Vollmer")]) == {"Hanne Vollmer": "f"}
    text = "Asked whether Tessary would cut output, she said no."
    assert _genders(text, [(14, 21, "Tessary")]) == {}


# a parenthetical attribution set off by commas right before the quotation ("and, she says, “…”") names its
# speaker, though an earlier clause of the sentence holds another verb of saying ("when Tessary announced …")
def test_a_parenthetical_attribution_beats_an_earlier_verb() -> None:
    text = ("Hanne Vollmer has spent most of the week on the phone. Since Monday, when Tessary announced the recall of "
            "90,000 heaters, its chief executive has called regulators, the largest retailers and, she says, “more "
            "installers than I have met in my whole career”.")
    assert _rows(text, CHIEF) == [("more installers than I have met in my whole career", "Hanne Vollmer")]


def test_a_parenthetical_pronoun_after_a_main_clause_verb_left_alone() -> None:
    # left alone: the earlier verb is the main clause's ("X acknowledged …, which is an outcome, he said, “…”"): its
    # subject is the "he", so the sentence's speaker stays X (not another man named in between)
    entities = CHIEF + [("Ole Brandt", "Ole Brandt", "PERSON"), ("Brandt", "Ole Brandt", "PERSON"),
                        ("Per Holm", "Per Holm", "PERSON")]
    text = ("Brandt won the vote. In a memo sent on Tuesday, campaign manager Per Holm acknowledged that Vollmer and "
            "Brandt had split the first two rounds, which is an outcome, he said, “we have long expected.”")
    assert _rows(text, entities) == [("we have long expected.", "Per Holm")]


def test_a_plain_attribution_after_a_lead_left_alone() -> None:
    # left alone: "Asked about X, Y said, “…”" was Y's already
    text = "Asked about Tessary's recall, Hanne Vollmer said, “We acted as soon as we knew.”"
    assert _rows(text, CHIEF) == [("We acted as soon as we knew.", "Hanne Vollmer")]


# a headline's "Acme chief: '…'" over a profile whose first paragraph opens on one person and names the
# organisation and a head's role: that person's words
PROFILE = ("Hanne Vollmer has had better weeks. Since Monday, when Tessary recalled 90,000 heaters, its shares have "
           "lost a third of their value and its chief executive has become the most quoted person in Aalborg.\n\n"
           "Tom Brandt, an analyst, was less sure.")
PROFILE_MENTIONS = [(-1, -1, "Tessary", "ORG"), (0, 13, "Hanne Vollmer", "PERSON"), (54, 61, "Tessary", "ORG"),
                    (181, 188, "Aalborg", "PLACE"), (191, 201, "Tom Brandt", "PERSON")]


def _headline(title: str, text: str, mentions: list[tuple[int, int, str, str]]) -> list[tuple[object, ...]]:
    from analysis.quotes.headline import headline_records

    return [(r[2], r[4], r[6]) for r in headline_records(title, text, mentions)]


def test_a_headline_head_by_role_is_the_profiled_person() -> None:
    assert _headline("Tessary chief: ‘We will not cut corners to get back on the shelves’", PROFILE,
                     PROFILE_MENTIONS) == [("We will not cut corners to get back on the shelves", "Hanne Vollmer",
                                            "Tessary chief")]


def test_a_headline_head_by_role_left_alone() -> None:
    # left alone: a role that is the headline's object ("X hammers Acme chief: '…'"), and a first paragraph that
    # opens on no person or never names the organisation
    title = "Tessary chief: ‘We will not cut corners to get back on the shelves’"
    assert _headline("Senator grills Tessary chief: ‘You knew about the fires’", PROFILE, PROFILE_MENTIONS) == []
    assert _headline(title, "Shares fell again. " + PROFILE, [(m[0] + 19 * (m[0] >= 0), m[1] + 19 * (m[0] >= 0),
                                                                m[2], m[3]) for m in PROFILE_MENTIONS]) == []
    assert _headline(title, PROFILE.replace("Tessary", "the maker"),
                     [m for m in PROFILE_MENTIONS if m[2] != "Tessary"]) == []


# a headline's quotation right after a verb of saying or promising after a name the article names: that person's
def test_a_headline_name_promises() -> None:
    assert _headline("Interview: Tessary chief Vollmer promises ‘no fire sale’ after recall", PROFILE,
                     PROFILE_MENTIONS) == [("no fire sale", "Hanne Vollmer", "Vollmer")]


def test_a_headline_verb_without_a_named_speaker_left_alone() -> None:
    # left alone: a verb with no name the article names right before it, and a label of one or two words after a
    # verb
    assert _headline("Union says ‘we will not sign for less’ as talks stall", PROFILE, PROFILE_MENTIONS) == []
    assert _headline("Brandt pledges ‘we will not sign for less’ as talks stall", PROFILE,
                     PROFILE_MENTIONS[:4]) == []
    assert _headline("Vollmer promises ‘no sale’", PROFILE, PROFILE_MENTIONS) == []


# an attribution closing a sentence whose fragment sits in the reported clause, the verb followed by more than six
# words of its own setting ("said in an interview on Thursday, as the company …"): the attribution's speaker, not
# the reported clause's subject
def test_a_closing_attribution_with_a_long_setting() -> None:
    text = ("Tessary can absorb the import ban “for many months” without changing its investment plans or its "
            "dividend policy, chief financial officer Hanne Vollmer said in an interview on Thursday, as the maker "
            "works to reroute exports after the outbreak.")
    assert _rows(text, CHIEF) == [("for many months", "Hanne Vollmer")]


def test_a_closing_verb_with_a_reported_clause_left_alone() -> None:
    # left alone (the start's reading, kept): more than six words after the verb that are its object, a clause of
    # their own, not its setting; the closing verb is not read as the fragment's attribution
    text = ("Tessary can absorb the import ban “for many months” without changing its investment plans or its "
            "dividend policy, chief financial officer Hanne Vollmer said the board had agreed at a meeting in "
            "Aalborg.")
    assert _rows(text, CHIEF) == [("for many months", "the board")]
