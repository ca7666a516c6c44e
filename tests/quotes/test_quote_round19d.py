"""Quote engine, round 19d: constructions of English news attribution found failing by the second pass of invented
CheckList-style probes (:mod:`quote_probes19b`), each rule checked on real text by others. The entity mentions are
given by hand; every company and person is fictional."""

from __future__ import annotations

from test_quote_engine import quotes

L, R = "\u201c", "\u201d"

AALTONEN = [("Benedikt Aaltonen", "Benedikt Aaltonen", "PERSON"), ("Pirnwell Pharma", "Pirnwell Pharma", "ORG")]


def test_an_age_used_as_a_noun_takes_up_the_person_named_before() -> None:
    text = (f"Benedikt Aaltonen took over at Pirnwell Pharma in 2021. {L}I have never seen a market like it,{R} "
            "the 58-year-old said.")
    assert list(quotes(text, AALTONEN)["speaker"]) == ["Benedikt Aaltonen"]
    text = (f"Benedikt Aaltonen took over at Pirnwell Pharma in 2021.\n\n{L}We are a different company now,{R} "
            "said the 58-year-old.")
    assert list(quotes(text, AALTONEN)["speaker"]) == ["Benedikt Aaltonen"]
    text = (f"Benedikt Aaltonen joined Pirnwell Pharma in 2019. {L}It was the right move,{R} the 58-year-old "
            "chief executive told Example Wire.")
    assert list(quotes(text, AALTONEN)["speaker"]) == ["Benedikt Aaltonen"]


def test_an_age_before_a_noun_that_is_no_person_changes_nothing() -> None:
    # (a place or a thing of that age is no speaker: "the 44-year-old club", no quotation credited to it)
    text = f"The 44-year-old Tarnley Golf Club will close. {L}It is a sad day,{R} members said."
    assert "Tarnley Golf Club" not in set(quotes(text, [("Tarnley Golf Club", "Tarnley Golf Club", "ORG")])["speaker"])


ASK = [("Cormac Delahunt", "Cormac Delahunt", "PERSON"), ("Benedikt Aaltonen", "Benedikt Aaltonen", "PERSON"),
       ("Aaltonen", "Benedikt Aaltonen", "PERSON"), ("Delahunt", "Cormac Delahunt", "PERSON")]


def test_a_pronoun_answering_after_x_asked_y_takes_up_y() -> None:
    text = f"Cormac Delahunt asked Benedikt Aaltonen about the price. {L}It is fair,{R} he said."
    assert list(quotes(text, ASK)["speaker"]) == ["Benedikt Aaltonen"]
    text = f"Cormac Delahunt then asked Benedikt Aaltonen whether the price was fair.\n\n{L}It is,{R} he said."
    assert list(quotes(text, ASK)["speaker"]) == ["Benedikt Aaltonen"]
    text = f"Cormac Delahunt interviewed Benedikt Aaltonen on Monday. {L}We are hiring again,{R} he said."
    assert list(quotes(text, ASK)["speaker"]) == ["Benedikt Aaltonen"]


def test_the_asker_keeps_a_question_and_a_named_speaker_keeps_the_quotation() -> None:
    text = (f"Senator Wilma Pilgrave questioned Benedikt Aaltonen for three hours. {L}Did you know?{R} she asked. "
            f"{L}No,{R} he said.")
    ents = ASK + [("Wilma Pilgrave", "Wilma Pilgrave", "PERSON")]
    assert list(quotes(text, ents)["speaker"]) == ["Wilma Pilgrave", "Benedikt Aaltonen"]
    text = f"Cormac Delahunt asked Benedikt Aaltonen to resign. {L}I have lost confidence in him,{R} Delahunt said."
    assert list(quotes(text, ASK)["speaker"]) == ["Cormac Delahunt"]


def test_a_body_noun_takes_up_the_body_whose_name_holds_it() -> None:
    ents = [("Eastland High Court", "Eastland High Court", "ORG"), ("Pirnwell Pharma", "Pirnwell Pharma", "ORG")]
    text = (f"The Eastland High Court rejected the appeal by Pirnwell Pharma on Monday. {L}The claimant has not "
            f"shown any loss,{R} the court said in its ruling.")
    assert list(quotes(text, ents)["speaker"]) == ["Eastland High Court"]
    # a court named nowhere: not the company before it
    text = f"Pirnwell Pharma lost on Monday. {L}The claimant has not shown any loss,{R} the court said."
    assert "Pirnwell Pharma" not in set(quotes(text, ents)["speaker"])


def test_a_note_after_an_article_is_a_document_not_a_verb() -> None:
    ents = [("Tolland Brothers", "Tolland Brothers", "ORG"), ("Kasimir Adeyanju", "Kasimir Adeyanju", "PERSON")]
    text = f"According to a note from Tolland Brothers, the deal is {L}accretive from year one{R}."
    assert list(quotes(text, ents)["speaker"]) == ["Tolland Brothers"]
    text = (f"According to a research note from Tolland Brothers analyst Kasimir Adeyanju, the deal is "
            f"{L}accretive from year one{R}.")
    assert list(quotes(text, ents)["speaker"]) == ["Kasimir Adeyanju"]
    # "one" or "another" before the verb is its subject, not an article
    text = f"Two traders spoke. {L}It is chaos,{R} one said. {L}Nobody knows the price,{R} another said."
    assert len(quotes(text, ents)) == 2


def test_a_persons_possessive_label_before_a_colon_names_the_speaker() -> None:
    ents = [("Odile Varsen", "Odile Varsen", "PERSON"), ("Kasimir Adeyanju", "Kasimir Adeyanju", "PERSON"),
            ("Farrow Securities", "Farrow Securities", "ORG")]
    text = f"Analysts were divided.\n\nOdile Varsen's verdict: {L}Too expensive.{R}"
    assert list(quotes(text, ents)["speaker"]) == ["Odile Varsen"]
    text = f"Analysts were unimpressed. Farrow Securities analyst Odile Varsen\u2019s take: {L}Buy the dip.{R}"
    assert list(quotes(text, ents)["speaker"]) == ["Odile Varsen"]
    text = (f"Analysts were split.\n\nOdile Varsen's assessment: {L}A solid beat.{R} Kasimir Adeyanju's reaction: "
            f"{L}Nothing to get excited about.{R}")
    assert list(quotes(text, ents)["speaker"]) == ["Odile Varsen", "Kasimir Adeyanju"]
