"""Quote engine, round 10: constructions that credited a quotation to the wrong name (precision of speaker-naming
rows). Invented sentences and people; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import only, quotes

from analysis.quotes.words import speech_verbs

PEOPLE = [("Maria Lindqvist", "Maria Lindqvist", "PERSON"), ("Lindqvist", "Maria Lindqvist", "PERSON"),
          ("Jonas Petrakis", "Jonas Petrakis", "PERSON"), ("Petrakis", "Jonas Petrakis", "PERSON")]


def test_a_speech_noun_after_a_possessive_has_no_subject() -> None:
    # "Petrakis’ comments": a noun; the -ing verb after the comma reports the main clause's subject
    text = ("Maria Lindqvist didn't seem impressed with Petrakis’ comments Tuesday, telling reporters, "
            "“A lot of people said the mayor should step down.”")
    assert only(quotes(text, PEOPLE))["speaker"] == "Maria Lindqvist"


def test_noun_uses_still_cue_a_quotation_but_are_no_verbs_for_a_speaker() -> None:
    text = "Petrakis’ comments and his remarks drew the claims of Roe's notes, but she's said it and Roe's added more."
    verbs = [v[2] for v in speech_verbs(text, 0, len(text), verbs_only=True)]
    assert verbs == ["said", "added"]
    assert {"comments", "remarks", "claims", "notes"} <= {v[2] for v in speech_verbs(text, 0, len(text))}


def test_a_time_phrase_after_a_relative_clause_leaves_the_subject_before_it() -> None:
    text = ("Jonas Petrakis, who has been feuding with council leaders this week, on Friday described his plan for "
            "a “bigger harbour” for the town.")
    assert only(quotes(text, PEOPLE))["speaker"] == "Jonas Petrakis"
