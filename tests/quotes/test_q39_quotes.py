"""Quote engine, round 46 (q39): a she that no longer takes up a man with a common given name the gender lists
lacked, "“…,” says the chief executive of X" in a write-up that says who holds that role, and an unnamed
spokesperson of a port (or airport, hospital, charity) speaking for the body that runs it. Invented
companies, people and sentences; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# a she after a man whose given name the gender lists lacked, and the woman named before him
HALVORD = [("Ingrid Tollak", "Ingrid Tollak", "PERSON"), ("Tollak", "Ingrid Tollak", "PERSON"),
           ("Alastair Penwick", "Alastair Penwick", "PERSON"), ("Penwick", "Alastair Penwick", "PERSON"),
           ("Halvord Mills", "Halvord Mills", "ORG")]
HALVORD_TEXT = ("Ingrid Tollak runs Halvord Mills, the flour maker, and has done so since 2019.\n\n"
                "Her finance chief, Alastair Penwick, left in March. The mills, she insists, are not for sale. "
                "\u201cWe have looked at every offer and turned every one down.\u201d")


def test_a_she_passes_over_a_man_with_a_common_given_name() -> None:
    rows = _rows(HALVORD_TEXT, HALVORD)
    assert rows == [("We have looked at every offer and turned every one down.", "Ingrid Tollak")]


def test_a_he_still_takes_up_that_man() -> None:
    text = HALVORD_TEXT.replace("she insists", "he insists")
    assert _rows(text, HALVORD) == [("We have looked at every offer and turned every one down.",
                                     "Alastair Penwick")]


# "“…,” says the chief executive of X" in a write-up that says elsewhere who holds that role
OSTRAVEL = [("Marit Vandel", "Marit Vandel", "PERSON"), ("Vandel", "Marit Vandel", "PERSON"),
            ("Ostravel Freight Group", "Ostravel Freight Group", "ORG"), ("Ostravel", "Ostravel Freight Group", "ORG"),
            ("Perrin Holt", "Perrin Holt", "PERSON")]
OSTRAVEL_TEXT = ("Marit Vandel does not pretend the quarter went well. \u201cIt was the worst spring we have "
                 "had,\u201d says the chief executive of Ostravel Freight Group, in her office above the depot.\n\n"
                 "Vandel, 49, who joined Ostravel from a rival haulier in 2016 and became chief executive two years "
                 "later, has cut the fleet by a fifth.\n\n"
                 "{extra}")


def test_the_chief_executive_of_x_is_the_person_said_to_hold_the_role() -> None:
    rows = _rows(OSTRAVEL_TEXT.format(extra="Fuel prices have since eased."), OSTRAVEL)
    assert rows == [("It was the worst spring we have had,", "Marit Vandel")]


def test_the_role_of_x_stays_x_when_no_one_or_two_people_hold_it() -> None:
    # left alone: no one is said to hold the role (the sentence that names it names no one), or two are
    text = OSTRAVEL_TEXT.replace("Vandel, 49, who joined", "The company, which hired her").format(extra="")
    assert _rows(text, OSTRAVEL) == [("It was the worst spring we have had,", "Ostravel Freight Group")]
    two = "Perrin Holt, who joined Ostravel in 2001, was chief executive until 2016."
    assert _rows(OSTRAVEL_TEXT.format(extra=two), OSTRAVEL) == [("It was the worst spring we have had,",
                                                                 "Ostravel Freight Group")]


def test_an_analyst_who_speaks_of_the_chief_executive_does_not_hold_the_role() -> None:
    # left alone: a speech verb between the person and the role word ("Holt said Ostravel's chief executive …")
    extra = "Perrin Holt, an analyst, said Ostravel's chief executive had been too slow."
    text = OSTRAVEL_TEXT.replace("Vandel, 49, who joined Ostravel from a rival haulier in 2016 and became chief "
                                 "executive two years later, has", "The group has").format(extra=extra)
    assert _rows(text, OSTRAVEL) == [("It was the worst spring we have had,", "Ostravel Freight Group")]


# an unnamed spokesperson of a port speaks for the body that runs it (also an airport, hospital or charity)
BRENHAVEN = [("Brenhaven Terminals", "Brenhaven Terminals", "ORG"), ("Tomas Ekdal", "Tomas Ekdal", "PERSON")]
BRENHAVEN_TEXT = ("Brenhaven Terminals, which runs the port, said volumes fell 12% last week.\n\n"
                  "\u201cThe berths will be full again by the end of the month,\u201d a {noun} spokeswoman said.")


def test_a_port_spokeswoman_speaks_for_the_ports_operator() -> None:
    rows = _rows(BRENHAVEN_TEXT.format(noun="port"), BRENHAVEN)
    assert rows == [("The berths will be full again by the end of the month,", "Brenhaven Terminals")]


def test_a_spokeswoman_of_no_organisation_noun_keeps_her_description() -> None:
    # left alone: "a harbour-side spokeswoman" names no kind of organisation
    rows = _rows(BRENHAVEN_TEXT.format(noun="harbour-side"), BRENHAVEN)
    assert rows == [("The berths will be full again by the end of the month,", "a harbour-side spokeswoman")]


# a definite description whose apposition says the person is not named is no one named earlier
KESTREL = [("Ruth Ambler", "Ruth Ambler", "PERSON"), ("Ms Ambler", "Ruth Ambler", "PERSON"),
           ("Kestrel Homewares", "Kestrel Homewares", "ORG")]
KESTREL_TEXT = ("Ruth Ambler, an analyst at Quayle Securities, expects margins to hold. \u201cIt is a dent, not a "
                "crisis,\u201d Ms Ambler said.\n\n"
                "\u201cOur customers notice every penny,\u201d said the finance director of one listed furniture "
                "chain{after}.")


def test_the_description_of_a_person_who_declined_to_be_named_is_not_the_analyst_before() -> None:
    rows = _rows(KESTREL_TEXT.format(after=", who declined to be named"), KESTREL)
    # the description itself, with no name (the product shows no speaker for a definite description)
    assert rows == [("It is a dent, not a crisis,", "Ruth Ambler"),
                    ("Our customers notice every penny,", "the finance director of one listed furniture chain")]


def test_the_description_without_that_apposition_still_takes_up_a_name() -> None:
    # left alone: with no apposition the description's antecedent is read as before
    rows = _rows(KESTREL_TEXT.format(after=""), KESTREL)
    assert rows[1] == ("Our customers notice every penny,", "Ruth Ambler")


# an indefinite description with a relative clause and no comma before the verb
TARRANT = [("Owen Tarrant", "Owen Tarrant", "PERSON"), ("Mr Tarrant", "Owen Tarrant", "PERSON")]
TARRANT_TEXT = ("Mr Tarrant told staff on Monday that he was \u201cstaying put\u201d. {subject} said: \u201cHe promised "
                "no one would lose their job. Nobody believed him.\u201d")


def test_one_employee_who_was_there_speaks_not_the_man_before() -> None:
    rows = _rows(TARRANT_TEXT.format(subject="One worker who was at the meeting"), TARRANT)
    assert rows[-1] == ("He promised no one would lose their job. Nobody believed him.", "One worker")


def test_a_relative_clause_after_a_name_is_left_to_the_name() -> None:
    # left alone: a named subject with its relative clause is read as before
    rows = _rows(TARRANT_TEXT.format(subject="Mr Tarrant, who was at the meeting,"), TARRANT)
    assert rows[-1] == ("He promised no one would lose their job. Nobody believed him.", "Owen Tarrant")


# a short she-sentence led by a phrase whose topic is a man ("On the founder, X, …, she is warm.")
MARLOW = [("Greta Solheim", "Greta Solheim", "PERSON"), ("Solheim", "Greta Solheim", "PERSON"),
          ("Angus Marlow", "Angus Marlow", "PERSON"), ("Marlow Toys", "Marlow Toys", "ORG")]
MARLOW_TEXT = ("Greta Solheim has run Marlow Toys since 2021. \u201cWe were too slow,\u201d Solheim said.\n\n"
               "She is careful about the banks. \u201cThey were patient. They will want paying.\u201d\n\n"
               "On the founder, Angus Marlow, whose \u00a33.3m share purchase set off a rally, {pronoun} is warm. "
               "\u201cHe rang me on the Sunday night. That is him all over.\u201d")


def test_a_she_beat_led_by_a_phrase_about_a_man_is_the_womans() -> None:
    rows = _rows(MARLOW_TEXT.format(pronoun="she"), MARLOW)
    assert rows[-1] == ("He rang me on the Sunday night. That is him all over.", "Greta Solheim")


def test_a_he_beat_led_by_a_phrase_about_that_man_is_left_alone() -> None:
    # left alone: the lead names a man and the pronoun is "he": he may be the one the lead names, so the rules
    # give no one, as before
    rows = _rows(MARLOW_TEXT.format(pronoun="he"), MARLOW)
    assert rows[-1] == ("He rang me on the Sunday night. That is him all over.", "")


# "A company spokesman said:" in a story about one company, named last further back than an antecedent is looked for
CORRAN = [("Corran Games", "Corran Games", "ORG"), ("Corran", "Corran Games", "ORG"),
          ("Ilse Brandt", "Ilse Brandt", "PERSON"), ("Unite", "Unite", "ORG")]
CORRAN_TEXT = ("Corran Games will close its Derby studio, the second closure at Corran this year.\n\n"
               + "The studio opened in 1998 in a former lace mill and made racing games for two decades. " * 8
               + "\n\nIlse Brandt, a regional officer for the union Unite, asked for a meeting.\n\n"
               "A {noun} spokesman said: \u201cWe have no announcements to make about jobs.\u201d")


def test_a_company_spokesman_speaks_for_the_company_the_story_is_about() -> None:
    rows = _rows(CORRAN_TEXT.format(noun="company"), CORRAN)
    assert rows == [("We have no announcements to make about jobs.", "Corran Games")]


def test_a_spokesman_of_another_kind_of_organisation_is_not_the_company() -> None:
    # left alone: "a union spokesman" keeps the rules' reading (its description)
    rows = _rows(CORRAN_TEXT.format(noun="union"), CORRAN)
    assert rows == [("We have no announcements to make about jobs.", "A union spokesman")]


# a name with its ticker in brackets before the verb
PELLAM = [("Pellam Offshore", "Pellam Offshore", "ORG"), ("PLM.L", "PLM.L", "ORG")]


def test_a_ticker_in_brackets_after_the_name_is_the_names() -> None:
    text = ("Pellam Offshore (PLM.L) jumped 14% and said it would \u201crestart design work\u201d on its "
            "Tyneside plant.")
    assert _rows(text, PELLAM) == [("restart design work", "Pellam Offshore")]


# a he/she sentence of where the speaker stands on a topic, naming an organisation, right before the quotation
def test_a_stance_sentence_about_an_organisation_introduces_the_quotation() -> None:
    text = MARLOW_TEXT.split("\n\nOn the founder")[0].replace(
        "She is careful about the banks.", "She is careful about Marlow Toys, which she still chairs.")
    rows = _rows(text.replace("\n\nShe is careful", "\n\nShe took over in May.\n\nShe is careful"), MARLOW)
    assert rows[-1] == ("They were patient. They will want paying.", "Greta Solheim")


def test_a_stance_sentence_naming_a_person_is_left_alone() -> None:
    # left alone: the sentence names a person, who may be the one quoted
    text = MARLOW_TEXT.split("\n\nOn the founder")[0].replace(
        "She is careful about the banks.", "She is careful about Angus Marlow, who still chairs it.")
    rows = _rows(text.replace("\n\nShe is careful", "\n\nShe took over in May.\n\nShe is careful"), MARLOW)
    assert rows[-1] == ("They were patient. They will want paying.", "")
