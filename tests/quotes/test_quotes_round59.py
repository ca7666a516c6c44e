"""Quote engine, round 59 (quotes59). Invented bodies, people and sentences; the entity mentions are given by hand
(``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,"), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


HALVERN = [("Halvern Biotech", "Halvern Biotech", "ORG"), ("Halvern", "Halvern Biotech", "ORG"),
           ("Mira Castell", "Mira Castell", "PERSON")]


def test_a_past_verb_before_a_titled_object_ends_the_subject() -> None:
    # "X named finance chief Y interim chief executive and said … “…”": X, the subject of both verbs
    text = ("Halvern named finance chief Mira Castell interim chief executive and said a committee of independent "
            "directors would review \"matters relating to trading in its shares.\"")
    assert _rows(text, HALVERN) == [("matters relating to trading in its shares.", "Halvern Biotech")]
    text = ("Halvern named Chief Financial Officer Mira Castell interim chief executive and said its board had formed "
            "a committee to review \"matters relating to trading in its shares.\"")
    assert _rows(text, HALVERN) == [("matters relating to trading in its shares.", "Halvern Biotech")]
    # guard: a title run holding a name still gives that name
    text = "Former finance chief Mira Castell said the board had \"lost its nerve.\""
    assert _rows(text, HALVERN) == [("lost its nerve.", "Mira Castell")]


RIVERS = [("Mira Castell", "Mira Castell", "PERSON"), ("Clean Rivers", "Clean Rivers", "PERSON"),
          ("Tarn Valley Growers", "Tarn Valley Growers", "ORG")]


def test_the_person_before_of_heads_a_body_whose_name_the_entity_layer_cut() -> None:
    # "X of Parents for Clean Rivers put it …" with a mention under "Clean Rivers" alone (typed a person): X speaks
    text = ("Tarn Valley Growers shares fell 4% on Friday.\n\n"
            "Mira Castell of Parents for Clean Rivers, who has campaigned on runoff since 2007, put it this way when "
            "we spoke on Saturday: \"There is no safe level. None.\"")
    assert _rows(text, RIVERS) == [("There is no safe level. None.", "Mira Castell")]
    # guard: another mention between the person and the name speaks ("X of Tarn Valley Growers and Clean Rivers"
    # is not read through)
    text = ("Tarn Valley Growers shares fell 4% on Friday.\n\n"
            "Mira Castell of Tarn Valley Growers and Clean Rivers said: \"There is no safe level. None.\"")
    assert _rows(text, RIVERS) == [("There is no safe level. None.", "Clean Rivers")]


def test_one_commenter_is_an_unnamed_source() -> None:
    # "As one commenter put it: “…”": the unnamed source, written without its determiner, as "one trader" is
    from analysis.quotes.table import _named_only
    text = "Tarn Valley Growers shares fell 9% on Monday.\n\nAs one commenter put it on Friday: \"Tarn is not broken, it is just thirsty.\""
    rows = _named_only(quotes(text, RIVERS).assign(doc_id="d"), {"d": text})
    assert [(r["quote"], r["speaker"]) for r in rows.to_dict("records")] == [
        ("Tarn is not broken, it is just thirsty.", "commenter")]


BRENNING = [("Tarn Valley Air", "Tarn Valley Air", "ORG"), ("Oskar Brenning", "Oskar Brenning", "PERSON"),
            ("Brenning", "Oskar Brenning", "PERSON"), ("Ivo Hale", "Ivo Hale", "PERSON")]


def test_an_opening_subordinate_clause_gives_its_subject_to_the_main_clause_pronoun() -> None:
    # "When X took over …, he warned investors that … “…”": X, the subject the main clause takes up
    text = ("Storms ground Tarn jets\n\n"
            "When Oskar Brenning took over as chief executive of Tarn Valley Air in January 2009, he warned investors "
            "that the airline business was \"a machine for turning small shocks into big losses\".")
    assert _rows(text, BRENNING) == [("a machine for turning small shocks into big losses", "Oskar Brenning")]
    # guard: an introductory phrase naming someone else keeps its name out ("In an interview with Y, he said")
    text = ("Oskar Brenning runs Tarn Valley Air.\n\n"
            "In a long interview with the magazine's editor Ivo Hale on Monday, he said the business was "
            "\"a machine for turning small shocks into big losses\".")
    assert _rows(text, BRENNING) == [("a machine for turning small shocks into big losses", "Oskar Brenning")]


TARN = [("Tarn Stevedoring", "Tarn Stevedoring", "ORG"), ("Tarn", "Tarn Stevedoring", "ORG"),
        ("Oskar Brenning", "Oskar Brenning", "PERSON"), ("Dockers' Alliance", "Dockers' Alliance", "ORG")]


def test_the_company_takes_up_the_organisation_whose_officer_opens_the_sentence_before() -> None:
    # "X's chief executive Y left early. In a statement, the company said …": X
    text = ("Talks between Tarn Stevedoring and the Dockers' Alliance went on tonight.\n\n"
            "Tarn's chief executive Oskar Brenning left the building briefly at about 5pm but did not speak to "
            "reporters. In a statement, the company said it was \"negotiating in good faith\".")
    assert _rows(text, TARN) == [("negotiating in good faith", "Tarn Stevedoring")]
    # guard: another organisation named after it leaves the description as it was
    text = ("Talks went on tonight.\n\n"
            "Tarn's chief executive Oskar Brenning met the Dockers' Alliance at about 5pm but did not speak to "
            "reporters. In a statement, the company said it was \"negotiating in good faith\".")
    assert _rows(text, TARN) == [("negotiating in good faith", "the company")]


VELDA = [("Velda Biologics", "Velda Biologics", "ORG"), ("Velda", "Velda Biologics", "ORG"),
         ("Korrin Therapeutics", "Korrin Therapeutics", "ORG"), ("Korrin", "Korrin Therapeutics", "ORG"),
         ("Ivo Hale", "Ivo Hale", "PERSON"), ("Hale", "Ivo Hale", "PERSON")]


def test_a_weak_pronoun_after_an_organisation_gives_it_no_gender() -> None:
    # "… his valuation of Velda and kept his rating": the analyst's "his", so Velda stays an organisation "the
    # company" can take up
    text = ("Velda, based in Basel, holds the European rights to Korrin's lung drug. The company said it was "
            "\"in close contact\" with Korrin's management.\n\n"
            "Hale said the drug accounts for 18 per cent of his valuation of Velda and kept his rating.")
    assert _rows(text, VELDA) == [("in close contact", "Velda Biologics")]
    # guard: a person the entity layer typed an organisation keeps the gender a verb of saying gives it
    text = ("Velda shares fell 3%. Tarkel Voss said he would stay on the board.\n\n"
            "\"We will not sell,\" he said.")
    assert _rows(text, [("Tarkel Voss", "Tarkel Voss", "ORG"), ("Velda", "Velda Biologics", "ORG")]) == [
        ("We will not sell", "Tarkel Voss")]


PACKAGING = [("Tarn Packaging", "Tarn Packaging", "ORG"), ("Vell Exchange", "Vell Exchange", "ORG")]


def test_it_after_a_quotation_takes_up_the_company_not_the_body_its_filing_went_to() -> None:
    # "The company said in a filing to X that …. “A. B,” it said": the company, not X (the description opens the
    # sentence before the quotation's, which holds a sentence break of its own)
    text = ("Tarn Packaging shut its plant on Tuesday after a flood.\n\n"
            "The company said in a filing to Vell Exchange that water entered the plant at about 11 p.m. on Monday. "
            "\"There were no injuries. Our priority now is the safety of our people,\" it said.")
    assert _rows(text, PACKAGING) == [("There were no injuries. Our priority now is the safety of our people",
                                       "Tarn Packaging")]
    # guard: a body named as a subject between them still stops the description
    text = ("Tarn Packaging shut its plant on Tuesday after a flood.\n\n"
            "The company said water entered the plant on Monday, and Vell Exchange suspended its shares. "
            "\"There were no injuries. Trading resumes tomorrow,\" it said.")
    assert _rows(text, PACKAGING) == [("There were no injuries. Trading resumes tomorrow", "Vell Exchange")]


HALE = [("Ivo Hale", "Ivo Hale", "PERSON"), ("Mr. Hale", "Ivo Hale", "PERSON"), ("Hale", "Ivo Hale", "PERSON"),
        ("Dora Finch", "Dora Finch", "PERSON")]


def test_the_name_apposed_to_a_role_for_an_honorific_and_a_name_speaks() -> None:
    # "A lawyer for Mr. X, Y, said her client “…”": Y, the role's holder, as after "The president of Acme, Y,"
    text = ("Ivo Hale was charged on Monday.\n\n"
            "A lawyer for Mr. Hale, Dora Finch, said her client \"intends to contest these allegations vigorously.\"")
    assert _rows(text, HALE) == [("intends to contest these allegations vigorously.", "Dora Finch")]
    # guard: without a name in apposition the role still speaks for the one it serves, as before
    text = ("Ivo Hale was charged on Monday.\n\n"
            "A lawyer for Mr. Hale said his client \"intends to contest these allegations vigorously.\"")
    assert _rows(text, HALE) == [("intends to contest these allegations vigorously.", "Ivo Hale")]


ANALYSTS = [("Tarn Packaging", "Tarn Packaging", "ORG"), ("Tarn", "Tarn Packaging", "ORG"),
            ("Vell Securities", "Vell Securities", "ORG")]


def test_they_takes_up_the_body_whose_people_open_the_sentence_before() -> None:
    # "Analysts at X estimate …. In a note on Thursday, they wrote: “…”": X, as "Analysts at X said" gives it
    text = ("Tarn Packaging shut its plant on Tuesday.\n\n"
            "Analysts at Vell Securities estimate that every month of lost output cuts Tarn's profit by about 7 per "
            "cent. In a note to clients on Thursday, they wrote: \"Our base case is a partial restart before "
            "Christmas.\"")
    assert _rows(text, ANALYSTS) == [("Our base case is a partial restart before Christmas.", "Vell Securities")]
    # guard: plural people of no named body give no one
    text = ("Tarn Packaging shut its plant on Tuesday.\n\n"
            "Workers said the water rose fast. In a note to clients on Thursday, they wrote: \"Our base case is a "
            "partial restart before Christmas.\"")
    assert _rows(text, ANALYSTS) == [("Our base case is a partial restart before Christmas.", "")]
