"""Quote engine, round 21: constructions of news prose behind speaker misses on the PolNeAR training half (read
there, never on its dev half). Invented sentences, fictional people and organisations; the entity mentions are
given by hand, as the entity layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes


def test_a_verb_joined_by_a_comma_and_then_keeps_the_clause_subject() -> None:
    # "X offered Y a post as Secretary of Z, then says he …": the subject of "says" is X, not the office's name
    ents = [("Ivo Brandt", "Ivo Brandt", "PERSON"), ("Brandt", "Ivo Brandt", "PERSON"),
            ("Fisheries", "Fisheries", "ORG")]
    text = ("Ivo Brandt spoke at a diner in Molden on Monday.\n\n"
            "Brandt jokingly offered a farmer a job as Secretary of Fisheries, then says he will take advice "
            "from anyone.\n\n"
            "He says, \u201cthat is how you learn.\u201d")
    assert list(quotes(text, ents)["speaker"]) == ["Ivo Brandt"]
    # left alone: "then" opening a new sentence with its own subject, and a relative clause's "who then said"
    ents2 = [("Lena Korvath", "Lena Korvath", "PERSON"), ("Korvath", "Lena Korvath", "PERSON"),
             ("Ivo Brandt", "Ivo Brandt", "PERSON"), ("Brandt", "Ivo Brandt", "PERSON")]
    assert list(quotes("Korvath praised the plan. Then Brandt said: \u201cWe start on Monday.\u201d",
                       ents2)["speaker"]) == ["Ivo Brandt"]
    assert list(quotes("Korvath thanked Brandt, who then said: \u201cWe start on Monday.\u201d",
                       ents2)["speaker"]) == ["Ivo Brandt"]


def test_an_ly_adverb_after_an_apposition_leaves_the_name_as_the_subject() -> None:
    # "X (D), a staunch Y ally, effectively conceded …, saying, “…”": X speaks, not the description in apposition
    ents = [("Lena Korvath", "Lena Korvath", "PERSON"), ("Ivo Brandt", "Ivo Brandt", "PERSON"),
            ("Nia Holm", "Nia Holm", "PERSON")]
    text = ("Mayor Lena Korvath (D), a staunch Ivo Brandt ally, effectively conceded some delay even as she "
            "defended Nia Holm and the council, saying, \u201cMost of the road is done.\u201d")
    assert list(quotes(text, ents)["speaker"]) == ["Lena Korvath"]
    text = "Lena Korvath, a Brandt ally, grudgingly conceded: \u201cMost of the road is done.\u201d"
    assert list(quotes(text, ents)["speaker"]) == ["Lena Korvath"]
    # left alone: a noun in -ly closing the subject, and a description before the name in apposition
    text = "\u201cMost of the road is done,\u201d a staunch Ivo Brandt ally said."
    assert list(quotes(text, ents)["speaker_mention"]) == ["a staunch Ivo Brandt ally"]
    text = "A staunch Ivo Brandt ally, Lena Korvath, bluntly said: \u201cMost of the road is done.\u201d"
    assert list(quotes(text, ents)["speaker"]) == ["Lena Korvath"]


def test_a_document_speaks_for_the_organisation_named_before_its_noun() -> None:
    # "A 2014 Harbour Council report said …": the council (a year before the name; a role word inside the
    # owner's own name); "according to a Brill News poll": the pollster
    ents = [("Brill News", "Brill News", "ORG"), ("Lena Korvath", "Lena Korvath", "PERSON"),
            ("Korvath", "Lena Korvath", "PERSON"), ("Harbour Council", "Harbour Council", "ORG")]
    text = "A 2014 Harbour Council report said there was \u201cno evidence of a cover-up.\u201d"
    assert list(quotes(text, ents)["speaker"]) == ["Harbour Council"]
    text = "According to a Brill News poll, most voters want \u201ca fresh start.\u201d"
    assert list(quotes(text, ents)["speaker"]) == ["Brill News"]
    # left alone: a poll named after the person it is about, a role word outside the owner's name
    text = "According to a new Korvath poll, most voters want \u201ca fresh start.\u201d"
    assert list(quotes(text, ents)["speaker"]) == [""]
    text = "A Harbour Council staff memo said voters want \u201ca fresh start.\u201d"
    assert list(quotes(text, ents)["speaker"]) == [""]


def test_a_person_typed_as_an_organisation_takes_he_when_the_text_names_them_by_surname() -> None:
    # the entity layer typed "Orlan Vesk" an organisation; the text calls him "Vesk" and "Vesk said he …": a person,
    # so a later "he said" is his, not the detective named once in between
    ents = [("Orlan Vesk", "Orlan Vesk", "ORG"), ("Vesk", "Orlan Vesk", "ORG"), ("Tomas Reyl", "Tomas Reyl", "PERSON")]
    text = ("Mayor Orlan Vesk faced a crowd on Monday. Vesk said he would not resign.\n\n"
            "A decade ago the city paid for the misconduct of detective Tomas Reyl.\n\n"
            "Vesk also made clear that he has not considered stepping down.\n\n"
            "\u201cWe have a process,\u201d he said.")
    assert list(quotes(text, ents)["speaker"]) == ["Orlan Vesk"]
    # left alone: an organisation given by its last word after "the" or "on" ("the Courier", "on Chirper")
    ents2 = [("Molden Courier", "Molden Courier", "ORG"), ("Courier", "Molden Courier", "ORG"),
             ("Tomas Reyl", "Tomas Reyl", "PERSON")]
    text2 = ("The Molden Courier ran the story on Monday. In the Courier, he said nothing.\n\n"
             "A decade ago the city paid for the misconduct of detective Tomas Reyl.\n\n"
             "\u201cWe have a process,\u201d he said.")
    assert list(quotes(text2, ents2)["speaker"]) == ["Tomas Reyl"]


def test_a_name_in_a_phrase_of_setting_before_a_comma_takes_no_gender_from_the_clause_subject() -> None:
    # "On Chirper, she answered …": "she" is the clause's subject, so the platform gets no gender and is no person
    ents = [("Chirper", "Chirper", "ORG"), ("Nia Holm", "Nia Holm", "PERSON"), ("Holm", "Nia Holm", "PERSON"),
            ("Ivo Brandt", "Ivo Brandt", "PERSON")]
    text = ("Nia Holm has sued the mayor over the zoning vote. Ivo Brandt, his aide, denied it.\n\n"
            "On Chirper, she answered one of the mayor's posts by saying, \u201cJust stop.\u201d")
    assert list(quotes(text, ents)["speaker"]) == ["Nia Holm"]
    # left alone: a name before a comma that is the subject's apposition ("Holm, she said, …" keeps her gender)
    text2 = ("Nia Holm has sued the mayor over the zoning vote.\n\n"
             "Holm, she said, is \u201cnot going anywhere.\u201d Ivo Brandt declined to comment.")
    assert list(quotes(text2, ents)["speaker"]) == ["Nia Holm"]
