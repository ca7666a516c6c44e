"""Quote engine, round 10: constructions that credited a quotation to the wrong name (precision of speaker-naming
rows). Invented sentences and people; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import mentions, only, quotes

from analysis.quotes.attribute import attribute_doc, mention_rows
from analysis.quotes.find import find_spans
from analysis.quotes.words import speech_verbs

PEOPLE = [("Maria Lindqvist", "Maria Lindqvist", "PERSON"), ("Lindqvist", "Maria Lindqvist", "PERSON"),
          ("Jonas Petrakis", "Jonas Petrakis", "PERSON"), ("Petrakis", "Jonas Petrakis", "PERSON")]


def rules(text: str, entities: list[tuple[str, str, str]]) -> list[str]:
    """The speakers the rules give each quotation span, before the speaker ranker weighs the unsure ones."""
    _, out = attribute_doc(text, find_spans(text), mention_rows(mentions(text, entities)))
    return [s.name for s in out]


def test_a_speech_noun_after_a_possessive_has_no_subject() -> None:
    # "Petrakis’ comments": a noun; the -ing verb after the comma reports the main clause's subject
    text = ("Maria Lindqvist didn't seem impressed with Petrakis’ comments on Tuesday, telling reporters, "
            "“Half the harbour wants the harbourmaster gone.”")
    assert only(quotes(text, PEOPLE))["speaker"] == "Maria Lindqvist"


def test_noun_uses_still_cue_a_quotation_but_are_no_verbs_for_a_speaker() -> None:
    text = "Petrakis’ comments and his remarks drew the claims of Roe's notes, but she's said it and Roe's added more."
    verbs = [v[2] for v in speech_verbs(text, 0, len(text), verbs_only=True)]
    assert verbs == ["said", "added"]
    assert {"comments", "remarks", "claims", "notes"} <= {v[2] for v in speech_verbs(text, 0, len(text))}


def test_a_time_phrase_after_a_relative_clause_leaves_the_subject_before_it() -> None:
    text = ("Jonas Petrakis, who has been quarrelling with the harbour board lately, on Friday described his plan "
            "for a “bigger harbour” for the town.")
    assert only(quotes(text, PEOPLE))["speaker"] == "Jonas Petrakis"


def test_a_lower_case_fragment_ending_its_sentence_takes_no_attribution_from_the_next() -> None:
    # after a comma the quotation reads as direct, but a lower-case start shows a fragment: "Lindqvist fired back"
    # opens the next sentence and reports her own words, not this quotation's
    text = ("At the start of the race, Petrakis went after Lindqvist, calling her, among much else, “a spent force.” "
            "Lindqvist fired back in March.")
    assert only(quotes(text, PEOPLE))["speaker"] == "Jonas Petrakis"


def test_with_a_body_doing_the_speaking_the_person_before_it_is_no_speaker() -> None:
    union = [("Maria Lindqvist", "Maria Lindqvist", "PERSON"), ("Harbour Workers Union", "Harbour Workers Union", "ORG")]
    text = ("Dockers were among the first backers of Maria Lindqvist, with the Harbour Workers Union calling her “the "
            "friend every dock deserves” and its chair cheering her at rallies.")
    assert only(quotes(text, union))["speaker"] == "Harbour Workers Union"


def test_an_affiliation_with_a_body_still_names_the_person() -> None:
    union = [("Maria Lindqvist", "Maria Lindqvist", "PERSON"), ("Harbour Workers Union", "Harbour Workers Union", "ORG")]
    text = "“Every dock deserves a friend,” said Maria Lindqvist, with the Harbour Workers Union."
    assert only(quotes(text, union))["speaker"] == "Maria Lindqvist"


def test_a_participle_after_a_relative_clause_and_a_predicate_takes_the_titled_subject() -> None:
    # "Former judge and Harbour Commissioner X, who backs Y, trashed Z …, calling it a “…”": X (not "trashed Z");
    # a guard: the hand-given mentions here already led the earlier rules to X
    people = PEOPLE + [("Brandt", "Karl Brandt", "PERSON"), ("Radio North", "Radio North", "ORG")]
    text = ("Former judge and Harbour Commissioner Jonas Petrakis, who backs Lindqvist, trashed Brandt on Radio "
            "North’s “Morning Tide,” calling it a “no-brainer” to close the pier.")
    rows = quotes(text, people)
    assert rows.loc[rows["quote"] == "no-brainer", "speaker"].tolist() == ["Jonas Petrakis"]
    from analysis.quotes.phrases import participle_subject
    for text in ("Former judge and Harbour Commissioner Jonas Petrakis, who backs Lindqvist, trashed Brandt on "
                 "Friday, calling", "Jonas Petrakis, who backs Lindqvist, trashed Brandt on Friday, calling"):
        ph = participle_subject(text, 0, text.index("calling"))
        assert ph is not None and text[ph.name_start:ph.name_end] == "Jonas Petrakis"


def test_an_inverted_copula_after_an_introductory_quotation_still_names_the_subject() -> None:
    people = [("Elmer Quist", "Elmer Quist", "PERSON"), ("Petrakis", "Jonas Petrakis", "PERSON")]
    text = ("Across town, \"ringing every doorbell\" for the Petrakis campaign, is Elmer Quist, a canvasser "
            "and \"son of the old quay\" who left his bakery job in June.")
    assert set(quotes(text, people)["speaker"]) == {"Elmer Quist"}


def test_an_ing_verb_after_an_earlier_quotation_of_the_sentence_takes_its_subject_not_a_possessive() -> None:
    people = PEOPLE + [("Coast Weekly", "Coast Weekly", "ORG")]
    text = ("Speaking to Coast Weekly in 2031, Petrakis called it “too early” to endorse Lindqvist’s bid while "
            "adding on the harbour, “I have no doubt she means well by the quay.”")
    assert set(quotes(text, people)["speaker"]) == {"Jonas Petrakis"}


def test_a_possessive_before_a_noun_of_speech_names_the_speaker() -> None:
    people = PEOPLE + [("Brandt", "Karl Brandt", "PERSON")]
    text = "Lindqvist’s favourite line during the ferry dispute was that Brandt “would trade any pier for a vote.”"
    assert only(quotes(text, people))["speaker"] == "Maria Lindqvist"
    text = ("The mayor made an issue out of Petrakis’s claim that the council “sold the harbour,” and said so on "
            "Friday.")
    assert only(quotes(text, people))["speaker"] == "Jonas Petrakis"


def test_a_noun_of_speech_that_is_the_subject_of_another_verb_is_no_attribution() -> None:
    from analysis.quotes.attribute import _OWNED_SPEECH
    said = "Petrakis’s claim that the council "
    other = "Petrakis's comments arrive days before the ferry ballot in the town at the heart of an "
    assert _OWNED_SPEECH.search(said) and not _OWNED_SPEECH.search(other)


def test_a_pronoun_after_the_clause_it_reports_skips_the_name_in_that_clause() -> None:
    # "Also, Petrakis isn't a friend of the port, he said. “…”": he reports the clause, so he is not Petrakis
    people = [("Karl Brandt", "Karl Brandt", "PERSON"), ("Petrakis", "Jonas Petrakis", "PERSON")]
    text = ("Karl Brandt, who writes a harbour newsletter, is backing someone other than Petrakis this time.\n\n"
            "Also, Petrakis isn't a friend of the port, he said. “He's a developer!”")
    assert only(quotes(text, people))["speaker"] == "Karl Brandt"
    assert rules(text, people) == ["Karl Brandt"]


def test_a_later_sentence_reporting_speech_in_the_paragraph_gives_the_quotation_its_speaker() -> None:
    people = [("Maria Lindqvist", "Maria Lindqvist", "PERSON"), ("Karl Brandt", "Karl Brandt", "PERSON"),
              ("Jonas Petrakis", "Jonas Petrakis", "PERSON")]
    text = ("Council members Maria Lindqvist and Karl Brandt tweeted their support for the ruling. Across the "
            "aisle, Jonas Petrakis, who has made the harbour his cause, tweeted a warning. “Dockers will recall who "
            "voted to close the pier.”")
    assert only(quotes(text, people))["speaker"] == "Jonas Petrakis"


def test_an_introductory_phrase_before_a_definite_description_is_searched_past() -> None:
    # "In an interview with hosts X and Y, the candidate stated …": X and Y (no possessives) are not the candidate
    from test_quote_round9 import _doc

    from analysis.quotes.attribute import _reported_before
    from analysis.quotes.phrases import subject_phrase
    from analysis.quotes.speakers import _named_between
    text = "In an interview with radio hosts Tom Halvorsen and Anna Berg, the mayoral candidate stated it."
    ph = subject_phrase(text, 0, text.index(" stated"))
    assert ph is not None and ph.kind == "description" and _reported_before(text, 0, ph) == 0
    doc = _doc(text + " After Karl Brandt's speech, he left.",
               [("Tom Halvorsen", "Tom Halvorsen", "PERSON"), ("Karl Brandt", "Karl Brandt", "PERSON")])
    assert _named_between(doc, "Tom Halvorsen", 0, ph.start)
    assert not _named_between(doc, "Karl Brandt", len(text), len(doc.text))  # a possessive may be the speaker


def test_a_verb_after_and_following_a_fragment_and_its_object_is_the_main_clause_subjects() -> None:
    # "Petrakis's spokeswoman challenged the claim that Petrakis had ever “insulted” Lindqvist, and said he “…”":
    # neither the fragment nor the part after "and said" is Lindqvist's
    text = ("Petrakis's spokeswoman challenged the claim that Petrakis had ever “insulted” Lindqvist, and said he "
            "“expects her to run the port well.”")
    assert set(quotes(text, PEOPLE)["speaker"]) == {"Jonas Petrakis"}


def test_a_subject_after_a_connective_before_an_apposition_and_a_naming_called() -> None:
    people = [("Piet Oosterhof", "Piet Oosterhof", "PERSON"), ("Norrland Advisory", "Norrland Advisory", "ORG")]
    text = ("But Piet Oosterhof, at a consulting firm called Norrland Advisory, argues that as trade grows, “the "
            "port's grip on the coast will only tighten,” too.")
    assert only(quotes(text, people))["speaker"] == "Piet Oosterhof"


def test_called_after_a_common_noun_names_a_thing_but_before_a_quotation_reports_speech() -> None:
    naming = "a consulting firm called Norrland Advisory, argues"
    assert [v[2] for v in speech_verbs(naming, 0, len(naming), verbs_only=True)] == ["argues"]
    calling = "the senator called Petrakis “a liar”"
    assert [v[2] for v in speech_verbs(calling, 0, len(calling), verbs_only=True)] == ["called"]


def test_an_unnamed_according_to_inside_a_reported_clause_leaves_the_verbs_subject() -> None:
    people = [("Oskar Vennli", "Oskar Vennli", "PERSON")]
    text = ("Oskar Vennli, a member of the party's ward committee, said Tuesday morning that according to its "
            "analysis, the party has taken 61 percent of the wards, but “the tally of the berths is still going on.”")
    assert only(quotes(text, people))["speaker"] == "Oskar Vennli"
    assert rules(text, people) == ["Oskar Vennli"]  # the rules themselves, before the speaker ranker
