"""Entity layer, round 35 (ents39): classes of news prose found reading the thirty-fifth corpus (dev) and PolNeAR
train, one invented text per rule with what the rule must leave alone. Every person, company, place, show and
book here is fictional; the regions and US states are the real ones (general knowledge)."""
from __future__ import annotations

from test_entity_round10 import _story


# --- a credit rating after a country's name ------------------------------------------------------------------
def test_a_credit_rating_after_a_name_is_no_part_of_it() -> None:
    text = ("Freedonia cut\n\nQuist Ratings, which rates Freedonia BBB- with a negative outlook, will publish its "
            "review on Friday.\n")
    story = _story(text, 13)
    assert "Freedonia" in story
    assert not any("BBB" in n for n in story)


def test_a_name_word_that_looks_like_a_rating_stays_in_the_name() -> None:
    # a capitalised word after the grade makes it a name's word, even in a sentence about a downgrade
    text = "Quist shares fall\n\nTriple BBB Holdings fell 3% after the downgrade of its parent.\n"
    assert _story(text, 17).get("Triple BBB Holdings") == "ORG"


# --- a person whose role names a region -----------------------------------------------------------------------
def test_a_name_before_a_place_and_a_role_is_a_person() -> None:
    text = ("Campaign opens office\n\nPat Quovert, South Carolina director for the Roe campaign, said the office "
            "opened on Monday.\n")
    story = _story(text, 20)
    assert story.get("Pat Quovert") == "PERSON"
    assert story.get("South Carolina") == "PLACE"
    text = ("Leu holds\n\n\"The line is drawn,\" said Katka Zorbowska, CEE strategist at Quist Hartmann Bank in "
            "London.\n")
    story = _story(text, 9)
    assert story.get("Katka Zorbowska") == "PERSON"
    assert story.get("CEE") == "PLACE"


def test_a_town_before_its_state_stays_a_place() -> None:
    text = "Plant shuts\n\nThe plant in Quistville, Ohio employs 300 people and will shut in May.\n"
    assert _story(text, 11).get("Quistville") == "PLACE"


# --- what an owner owns is a business -------------------------------------------------------------------------
def test_the_name_after_the_owner_of_is_no_person() -> None:
    text = "Bookmakers slide\n\nQuistco, the owner of William Zorbell, dipped 1.1% in sympathy on Tuesday.\n"
    # round 37: a name in a company's descriptor of what it owns is a brand (the golds of CORPUS35 and CORPUS39 list
    # no such name), still no person
    assert _story(text, 16).get("William Zorbell") == "PRODUCT"


def test_a_person_who_owns_something_stays_a_person() -> None:
    text = "Team stays\n\nThe club's owner, William Zorbell, said the team would stay in Quistville.\n"
    assert _story(text, 10).get("William Zorbell") == "PERSON"


# --- a title in quotation marks -------------------------------------------------------------------------------
def test_a_name_alone_in_quotation_marks_is_a_title() -> None:
    text = ("Roe on air\n\nJane Roe went on to promote \u201cQuistly Tonight,\u201d and said she had bought a "
            "building in Brindleford.\n")
    story = _story(text, 10)
    assert story.get("Quistly Tonight") == "OTHER"
    assert story.get("Jane Roe") == "PERSON"
    text = "Roe on gold\n\nHe gets his ideas from Jan Roe's \"Zorbo Rising\" - a work of fiction - and it shows.\n"
    assert _story(text, 11).get("Zorbo Rising") == "OTHER"


def test_a_defined_term_or_a_quoted_person_is_left_alone() -> None:
    text = ("Levy noted\n\nQuist Wagering Limited (\"Quist Wagering\" or \"the Company\") notes the levy announced "
            "on Monday.\n")
    assert _story(text, 10).get("Quist Wagering") == "ORG"
    text = "Candidate silent\n\nThe candidate, \"Jane Roe,\" said nothing on Monday.\n"
    assert _story(text, 16).get("Jane Roe") == "PERSON"


# --- a sentence's first common noun before a description of the name -------------------------------------------
def test_a_head_noun_opening_a_description_is_no_name() -> None:
    text = ("Utilities fall\n\nGas network operator Quistgaz and distributor Zorbica are down 6.1% and 5.3% "
            "respectively since Friday.\n")
    story = _story(text, 15)
    assert "Gas" not in story
    assert story.get("Quistgaz") == "ORG"


def test_a_head_noun_with_a_name_of_its_own_is_left_alone() -> None:
    # the capitalised word after it makes one name of two words
    text = "Utilities fall\n\nGas Quistgaz network operator shares are down 6.1% since Friday.\n"
    assert "Gas Quistgaz" in _story(text, 15)


# --- an owner's list of brands --------------------------------------------------------------------------------
def test_names_listed_before_an_owners_brands_are_products() -> None:
    text = ("Bookmakers slide\n\nQuistain Group, whose Zorbrokes and Quids brands hold a fifth of the market, slid "
            "5.4% on Tuesday.\n")
    story = _story(text, 16)
    assert story.get("Zorbrokes") == "PRODUCT"
    assert story.get("Quids") == "PRODUCT"
    assert story.get("Quistain Group") == "ORG"


def test_two_companies_before_brands_without_an_owner_are_left_alone() -> None:
    # no "its", "their" or "whose": "the Quistain and Zorbo brands" may name two companies' brands
    text = "Brands compete\n\nShares of Quistain and Zorbo rose 2% after the Quistain and Zorbo brands gained.\n"
    story = _story(text, 14)
    assert story.get("Quistain") == "ORG"
    assert story.get("Zorbo") == "ORG"


# --- a title English writes only before a name, at the end of a person's name -----------------------------------
def test_a_monarchs_or_clerics_title_after_a_given_name_is_a_surname() -> None:
    text = "Roe remembered\n\nTennis great Jane Roe Bishop remembered the champion as fun to be around.\n"
    story = _story(text, 14)
    assert story.get("Jane Roe Bishop") == "PERSON"
    assert "Jane Roe" not in story


def test_an_organisations_title_after_its_name_is_still_split() -> None:
    # "President" follows a company's name ("Quist Bank President"), and "King" after a place is the place's king
    text = "Bank quiet\n\nQuist Bank President said nothing on Monday about the Quistland King.\n"
    story = _story(text, 10)
    assert story.get("Quist Bank") == "ORG"
    assert "Quistland" in story
    assert not any(n.endswith(("President", "King")) for n in story)


# --- a person listed beside places ------------------------------------------------------------------------------
def test_a_person_with_a_given_name_listed_beside_a_place_stays_a_person() -> None:
    text = ("Senators wait\n\nSens. Janet Quistson of Georgia and John Zorbman of Arkansas, both up for reelection, "
            "also said they would wait.\n")
    story = _story(text, 13)
    assert story.get("John Zorbman") == "PERSON"
    assert story.get("Arkansas") == "PLACE"


def test_a_town_listed_beside_a_place_is_still_a_place() -> None:
    text = "Flights cut\n\nFlights from Ohio and San Jose were cancelled on Monday.\n"
    assert _story(text, 11).get("San Jose") == "PLACE"
