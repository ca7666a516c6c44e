"""Entity layer, round 40 (ents46): classes counted across the twelve read corpora and real text before they were
fixed, one invented text per rule with what the rule must leave alone. Every person, company, bank and outlet here
is fictional."""
from __future__ import annotations

from test_entity_round10 import _people_orgs, _story


# --- a central bank's named policy rate --------------------------------------------------------------------------
def test_a_named_policy_rate_is_no_organisation() -> None:
    text = ("Rates\n\nThe Quistian Reserve Bank kept Bank Rate at 4.25% on Thursday, as Jane Roe of Zorbo Capital "
            "expected. The next day the central bank raised the QB-Rate by 150 basis points, and Bank Rate may fall in "
            "May.\n")
    found = _story(text)
    assert found["Bank Rate"] == "OTHER"
    assert found["QB-Rate"] == "OTHER"
    assert _people_orgs(text) == {"Quistian Reserve Bank", "Jane Roe", "Zorbo Capital"}
    # a company whose name only starts with the word, or a hyphenated name that is no acronym's, keeps its type
    text = "Deals\n\nRate Capital bought 5% of Quist-Rate Holdings on Monday, Jane Roe said.\n"
    assert _people_orgs(text) == {"Rate Capital", "Quist-Rate Holdings", "Jane Roe"}


# --- a country's adjective ---------------------------------------------------------------------------------------
def test_a_countrys_adjective_is_no_organisation_and_its_place_stays_a_place() -> None:
    text = ("Asia\n\nThe Philippine peso and the Malagasy ariary gained 0.6%, Jane Roe of Zorbo Capital said, while "
            "Costa Rican bonds were flat.\n")
    assert _people_orgs(text) == {"Jane Roe", "Zorbo Capital"}
    assert not {"Philippine", "Malagasy", "Costa Rican"} & set(_story(text))
    # a name opened by the adjective keeps it, and the country whose name is the adjective and one letter more is a
    # place ("Philippines" of "Philippine", "Germany" of "German", "Indiana" of "Indian")
    text = ("Flights\n\nQuistair Philippine Airlines said on Monday that flights to the Philippines would resume. "
            "France and Germany backed the plan, and Gov. Jane Roe of Indiana welcomed it.\n")
    found = _story(text)
    assert found["Quistair Philippine Airlines"] == "ORG"
    assert found["Philippines"] == found["Germany"] == found["Indiana"] == "PLACE"


# --- a surname with a second capital ----------------------------------------------------------------------------
def test_a_surname_with_a_second_capital_keeps_a_two_word_name_a_person() -> None:
    text = ("Prices\n\nQuistco's head of retail insight, Torvald McQuarrie, said shoppers may notice less. Brindle "
            "O'Fallon said the same, and Ostra Vance-Holm was of the same view.\n")
    found = _story(text)
    assert found["Torvald McQuarrie"] == "PERSON"
    assert found["Brindle O'Fallon"] == "PERSON"
    assert found["Ostra Vance-Holm"] == "PERSON"
    # a word whose second capital follows another prefix ("MacBook") or a name led by a company stays as it was
    text = "Laptops\n\nZorbo MacPad sold well in May, and Quistco McWraps were a hit, Jane Roe said.\n"
    found = _story(text)
    assert found["Zorbo MacPad"] != "PERSON"
    assert found["Jane Roe"] == "PERSON"


# --- an organisation typed as a person ---------------------------------------------------------------------------
def test_an_apposition_with_a_peoples_or_places_word_types_its_organisation() -> None:
    text = ("Deal\n\nQuistel paid 310 million euros for Vantor Pumps, a Freedonian valve maker, in 2021. Jane Roe now "
            "runs Brindle Softs, a Quistville-based advisory firm.\n")
    found = _story(text)
    assert found["Vantor Pumps"] == "ORG"
    assert found["Brindle Softs"] == "ORG"
    # a person described by a people's word and a role stays a person
    text = "Deal\n\nTorvald Ashby, a Freedonian activist, opposed the deal, and Ostra Lindqvist, a Quistville banker, agreed.\n"
    found = _story(text)
    assert found["Torvald Ashby"] == "PERSON"
    assert found["Ostra Lindqvist"] == "PERSON"


def test_who_ran_a_poll_or_a_survey_is_an_organisation() -> None:
    text = ("Sales\n\nAnalysts polled by Vantor Estimates expect sales to fall 1.4%. A poll published this week by "
            "Encuestas Quist found 71% support, and in a survey by Brindle Polling 64% of shoppers agreed.\n")
    found = _story(text)
    assert found["Vantor Estimates"] == found["Encuestas Quist"] == found["Brindle Polling"] == "ORG"
    # the author of a report or a study keeps the "by" of a person
    text = "Sales\n\nA report by Torvald Ashby said sales would fall, and a study written by Ostra Lindqvist agreed.\n"
    found = _story(text)
    assert found["Torvald Ashby"] == found["Ostra Lindqvist"] == "PERSON"
