"""Entity layer, round 54 (helper ents54): classes read on CORPUS88 and CORPUS91, one invented case per rule with
what the rule must leave alone. Every place, person, body, company and product here is fictional."""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a two-wheeler or a ride is a product: its noun, an indefinite article, a participle after it --------------
def test_a_named_scooter_after_an_indefinite_article_and_a_participle_is_a_product() -> None:
    found = _story("Clip spreads\n\nThe video shows a parked Quorra Glide scooter emitting smoke before it caught fire.")
    assert found.get("Quorra Glide") == "PRODUCT"


def test_a_named_scooter_after_its_owner_with_a_participle_after_it_is_a_product() -> None:
    found = _story("Maker slides\n\nShares in Brennick Motors fell after a clip of one of its Quorra Glide electric "
                   "scooters bursting into flames spread online.")
    assert found.get("Quorra Glide") == "PRODUCT"
    assert found.get("Brennick Motors") == "ORG"


def test_a_named_coaster_is_a_ride_not_a_company() -> None:
    found = _story("Ride shut\n\nThe accident on the Velden Viper wooden coaster happened in the afternoon.")
    assert found.get("Velden Viper") == "PRODUCT"


def test_a_company_before_a_vehicle_maker_stays_a_company() -> None:
    found = _story("Deal\n\nQuorvane, a scooter maker, said on Monday that the Quorvane scooter maker would hire.")
    assert found.get("Quorvane") == "ORG"


# --- a body's own-language name after ", or " joins the body ---------------------------------------------------
def test_a_body_and_its_own_language_name_after_or_are_one_organisation() -> None:
    df = recognize_entities("Licence pulled\n\nThe Freedonian Payments Authority, or Quellsynet, said on Tuesday "
                            "it had pulled the licence. Quellsynet gave no reason.", 14)
    names = set(df.loc[df["surface"] == "Quellsynet", "name"])
    assert names == {"Freedonian Payments Authority"}


def test_two_companies_either_side_of_or_stay_apart() -> None:
    df = recognize_entities("Bids\n\nZorvane Holdings, or Quellmark, will win the tender, analysts said.", 4)
    assert set(df.loc[df["surface"] == "Quellmark", "name"]) == {"Quellmark"}


# --- a company's name closed by a regional adjective in -ic is no people ---------------------------------------
def test_a_name_closed_by_a_regional_adjective_is_a_company() -> None:
    found = _story("Licence lost\n\nSTOCKHOLM - Quellmark Nordic said on Monday it would appeal the decision.")
    assert found.get("Quellmark Nordic") == "ORG"


def test_a_people_named_by_a_plural_demonym_stays_no_name() -> None:
    found = _story("Unrest\n\nEthnic Sylvanians and Quellish Serbs protested in the capital on Monday.")
    assert "Ethnic Sylvanians" not in found and "Quellish Serbs" not in found


# --- a creek or a stream after a name is a place ---------------------------------------------------------------
def test_a_name_before_creek_is_a_place() -> None:
    found = _story("Spill\n\nTailings water reached the Quellora creek on Monday, Zorvane Mining said.")
    assert found.get("Quellora") == "PLACE"


# --- a lone plural head word opening a sentence before a plural verb is no name --------------------------------
def test_partners_opening_a_sentence_before_will_is_no_name() -> None:
    found = _story('Loss\n\nQuisto fell. "Losing a licence is serious. Partners will now ask questions," she said.')
    assert "Partners" not in found


def test_a_head_word_company_before_said_stays() -> None:
    found = _story("Deal\n\nPartners said on Monday it would buy Zorvane Mining.")
    assert found.get("Partners") == "ORG"


# --- city hall and an apartment block are places ----------------------------------------------------------------
def test_city_hall_and_an_apartment_block_are_places() -> None:
    found = _story("Fire\n\nResidents of Quellmoor Apartments spoke to the mayor outside City Hall on Monday.")
    assert found.get("Quellmoor Apartments") == "PLACE"
    assert found.get("City Hall") == "PLACE"


# --- the employer after a post ("president of", "boss of", "an analyst at") is an organisation ------------------
def test_the_employer_after_president_of_is_an_organisation() -> None:
    found = _story('Rates\n\n"Demand is soft," said Tamsin Vorle, president of Marcus Hale.')
    assert found.get("Marcus Hale") == "ORG"
    assert found.get("Tamsin Vorle") == "PERSON"


def test_the_employer_after_boss_of_is_an_organisation() -> None:
    found = _story('Rates\n\n"Demand is soft," said Tamsin Vorle, boss of Ellis Brandt.')
    assert found.get("Ellis Brandt") == "ORG"


def test_a_country_after_president_of_the_stays_a_place() -> None:
    found = _story("Talks\n\nJane Roe, president of the United States, spoke on Monday.")
    assert found.get("United States") == "PLACE"


# --- a company's showroom, dealership or store named after its place ---------------------------------------------
def test_a_showroom_after_the_company_possessive_is_named_after_a_place() -> None:
    found = _story("Dealers\n\nAt the company's Quellapur showroom, a sales executive said two buyers had cancelled.")
    assert found.get("Quellapur") == "PLACE"


def test_a_chain_of_stores_after_its_stays_no_place() -> None:
    found = _story("Shops\n\nBrindle said its Zorvane stores would close. Zorvane said nothing.")
    assert found.get("Zorvane") != "PLACE"


# --- a provider named after its descriptor is an organisation, though a demonym opens its name -------------------
def test_a_provider_named_after_its_descriptor_is_an_organisation() -> None:
    found = _story("Rates\n\nRates rose, according to freight index provider Baltic Quellery, nearly four times "
                   "their level a year earlier.")
    assert found.get("Baltic Quellery") == "ORG"


def test_a_person_after_care_provider_stays_a_person() -> None:
    found = _story("Care\n\nHer care provider Jane Quellan said she was well.")
    assert found.get("Jane Quellan") == "PERSON"


def test_a_faith_adjective_after_a_word_stays_no_company() -> None:
    found = _story("Visit\n\nThey met at the home of a Roman Catholic nun in Quellport on Monday.")
    assert "Roman Catholic" not in found
