"""Entity layer, round 57 (helper ents57): causes read on CORPUS99-104, one invented case per rule and, where a rule
could reach too far, what it must leave alone. Every company, person, product and body here is fictional; the places
are real only where the rule is about a real place's name."""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a known place whose name opens with a title's word ----------------------------------------------------------------
def test_a_place_opening_with_prince_is_no_titled_person() -> None:
    found = _story("Plants\n\nQuorvel Seafoods employs 900 people at plants in Nova Scotia and Prince Edward Island. "
                   "Ships waited off Vancouver and Prince Rupert.")
    assert found.get("Prince Edward Island") == "PLACE" and found.get("Prince Rupert") == "PLACE"
    assert "Edward Island" not in found and "Rupert" not in found


def test_a_prince_before_a_given_name_is_still_a_title() -> None:
    found = _story("Visit\n\nPrince Zorbald Quist opened the plant.")
    assert found.get("Zorbald Quist") == "PERSON"


# --- places by their head or their street prefix ------------------------------------------------------------------------
def test_a_reef_closes_a_place_name() -> None:
    found = _story("Port ruling\n\nThe minister failed to weigh the risk to turtles near the Zorbo Barrier Reef. "
                   "The Quist Reef Alliance said it would appeal.")
    assert found.get("Zorbo Barrier Reef") == "PLACE"
    assert found.get("Quist Reef Alliance") == "ORG"


def test_a_paseo_opens_a_street_name() -> None:
    found = _story("Raid\n\nOfficers spent eight hours at Quorvel's offices on Madrid's Paseo de la Zorbana, removing "
                   "documents.")
    assert found.get("Paseo de la Zorbana") == "PLACE"


# --- common initials, groups and units ----------------------------------------------------------------------------------
def test_common_initials_are_no_organisation() -> None:
    found = _story("Leak\n\nThe sample included names, CPF taxpayer numbers and balances. \"It looks like a support CRM "
                   "export,\" said Jane Roe. Fines under the data law, the LGPD, are capped. Zorbo Point will move "
                   "from 50 Mtpa to 110 Mtpa.")
    assert not {"CPF", "CRM", "LGPD", "Mtpa"} & set(found)


def test_the_big_four_is_no_organisation() -> None:
    found = _story("Short seller\n\nJon Quist spent 11 years auditing companies at a Big Four firm before setting up "
                   "Zorbo Research.")
    assert "Big Four" not in found
    assert found.get("Zorbo Research") == "ORG"


def test_a_temperature_unit_is_no_organisation() -> None:
    found = _story("Cold snap\n\n08:10 CET - Minus 11.4 Celsius overnight at Zorbenborn, the institute said. Night "
                   "temperatures may fall to minus 10 Celsius.")
    assert found == {"Zorbenborn": "PLACE"}


def test_initials_joined_to_a_participle_are_no_name() -> None:
    found = _story("Beef\n\nRetailers agreed that every beef product would be DNA-tested by the end of March.")
    assert "DNA-tested" not in found


def test_a_scale_joined_by_and_is_one_name_and_no_body() -> None:
    found = _story("Reactor trip\n\nThe regulator rated the event at level 0 on the seven-level International Quist and "
                   "Radiological Event Scale.")
    assert found.get("International Quist and Radiological Event Scale") == "OTHER"
    assert not any(t in ("ORG", "PERSON") for t in found.values())


# --- a social network as the medium of what was said ------------------------------------------------------------------
def test_a_social_network_a_statement_went_on_is_no_organisation() -> None:
    found = _story("Appeal\n\nThe Zorbo Shore Alliance, which brought the case, responded on Twitter: \"See you in "
                   "court.\" Jane Quist said on LinkedIn that she would stay.")
    assert "Twitter" not in found and "LinkedIn" not in found
    assert found.get("Zorbo Shore Alliance") == "ORG"


def test_a_ban_on_a_network_keeps_its_company() -> None:
    found = _story("Ban\n\nLawmakers debated a ban on TikTok on Tuesday.")
    assert found.get("TikTok") == "ORG"


# --- a maker's product line --------------------------------------------------------------------------------------------
def test_a_line_named_before_range_or_series_is_a_product() -> None:
    found = _story("Recall\n\nThe agency said the glass doors of Quorvel's Zemby series ovens can shatter. \"Our testing "
                   "shows the Zemby range meets all safety standards,\" the company said. Quorvel said it remains "
                   "confident in the Zemby product.")
    assert found.get("Zemby") == "PRODUCT"
    assert found.get("Quorvel") == "ORG"


def test_a_quoted_line_before_range_is_a_product() -> None:
    found = _story("Horse meat\n\nThe agency said 11 of 27 samples taken from Brightvale's \"Zorbo's Table\" range "
                   "contained horse meat.")
    assert found.get("Zorbo") in (None, "PRODUCT")
    assert found.get("Brightvale") == "ORG"


# --- a public body named again in parentheses; a court sitting as a full bench -------------------------------------------
def test_a_bodys_own_language_name_in_parentheses_joins_it() -> None:
    found = _story("Raid\n\nThe search was ordered by a judge at the National Court (Audiencia Quistal), acting on a "
                   "complaint from prosecutors.")
    assert found == {"National Court": "ORG"}


def test_a_second_body_in_parentheses_stays_apart() -> None:
    found = _story("Merger\n\nThe Quist Agency (Zorbo Agency) said it would review the deal.")
    assert found.get("Quist Agency") == "ORG" and found.get("Zorbo Agency") == "ORG"


def test_the_full_court_of_a_court_is_that_court() -> None:
    found = _story("Appeal\n\nChief Executive Jon Quist said the company would ask the Full Court of the Federal Court "
                   "for an expedited hearing.")
    assert found.get("Federal Court") == "ORG"
    assert "Full Court of the Federal Court" not in found


# --- grammar of the name's edges ---------------------------------------------------------------------------------------
def test_a_gerund_then_a_day_opening_a_sentence_is_no_name() -> None:
    found = _story("Live\n\n11:40 ET - A reader asks how much Quorvel has lost. Using Monday's close of $8.40, the stock "
                   "is down 23%.")
    assert "Using Monday" not in found
    assert found.get("Quorvel") == "ORG"


def test_the_particle_d_joins_a_family_name() -> None:
    found = _story("Prices\n\nColleen d'Quisterre, president of the Zorbo Fishers' Alliance, said prices fell. Cocoa "
                   "from Côte d'Ivoire rose.")
    assert found.get("Colleen d'Quisterre") == "PERSON"
    assert found.get("Côte d'Ivoire") == "PLACE"


def test_a_directorate_general_of_two_portfolios_is_one_body() -> None:
    found = _story("Excise\n\n\"Cities will face sanctions,\" Budi Quistanto, a spokesman for the Directorate General "
                   "of Customs and Excise, told reporters.")
    assert found.get("Directorate General of Customs and Excise") == "ORG"
    assert "Excise" not in found


def test_a_delivery_month_is_no_part_of_a_markets_name() -> None:
    found = _story("Cocoa\n\nOpen interest in the London December contract dropped by 6,000 lots. The ZEX October raw "
                   "sugar contract rose 3.1 percent.")
    assert "London December" not in found and "ZEX October" not in found
    assert found.get("London") == "PLACE"


# --- places listed after a plural place noun; a district named before its kind; a person's age --------------------------
def test_names_listed_after_the_provinces_of_are_places() -> None:
    found = _story("Bank\n\nAbout 38,000 of Quorvel's 52,000 shareholders live in the provinces of Zorbini, Vellacorta "
                   "and Pesca-Marrino, according to the bank.")
    assert found.get("Zorbini") == "PLACE" and found.get("Vellacorta") == "PLACE"
    assert found.get("Pesca-Marrino") == "PLACE"


def test_two_companies_after_of_stay_companies() -> None:
    found = _story("Miners slide\n\nThe combined value of Zorbo Mining and Quistel Energy fell 3% after the report.")
    assert found.get("Zorbo Mining") == "ORG" and found.get("Quistel Energy") == "ORG"


def test_a_name_before_business_district_is_a_place() -> None:
    found = _story("Jobs\n\nThe group employs 340 people at its site on the Zorbo Royal business district, which it "
                   "opened in 2008.")
    assert found.get("Zorbo Royal") == "PLACE"


def test_a_lone_surname_with_an_age_in_apposition_is_a_person() -> None:
    found = _story("Short seller issues second report\n\nShort seller Zorbo Heron Research on Monday published a "
                   "second report. Quistaye, 46, spent 11 years auditing companies before setting up Zorbo Heron.")
    assert found.get("Quistaye") == "PERSON"
    assert found.get("Zorbo Heron Research") == "ORG"


def test_a_name_whose_coast_it_is_is_a_place() -> None:
    found = _story("Town\n\nZorbus, a town of about 800,000 people on Quava's north coast, has long made cigarettes. "
                   "Quistel's shares fell.")
    assert found.get("Quava") == "PLACE"
    assert found.get("Quistel") == "ORG"


def test_a_datelines_region_is_a_place() -> None:
    found = _story("Kiosks\n\nZORBUS, Central Quava - At her kiosk in Zorbus, Siti Quist sells cigarettes. Zorbus lies "
                   "on Quava's north coast.")
    assert found.get("Quava") == "PLACE"
    assert found.get("Siti Quist") == "PERSON"
