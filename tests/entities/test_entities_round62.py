"""Entity layer, round 62: one invented case per rule with what the rule must leave alone. Every person and company
here is fictional; the places and public bodies are real."""
from __future__ import annotations

from test_entities_round61 import _entity_of, _linked
from test_entities_round61 import _story as _names


# --- a name whose word is written in the possessive ------------------------------------------------------------------

def test_a_known_body_with_a_possessive_word_keeps_its_whole_name() -> None:
    found = _names("Rates\n\nThe People's Bank of China (PBOC) cut its reserve ratio on Monday, traders said.")
    assert found.get("People's Bank of China") == "ORG"
    assert "Bank of China" not in found


def test_an_owner_before_another_name_is_still_cut_off() -> None:
    found = _names("Banks\n\nChina's Bank of Communications rose 2% on Monday, traders said.")
    assert "Bank of Communications" in found
    assert not any(name.startswith("China's") for name in found)


def test_the_acronym_of_the_possessive_body_is_not_the_other_bank() -> None:
    linked = _linked({
        "a": "The People's Bank of China (PBOC) cut rates on Monday.",
        "b": "The PBOC said on Tuesday it would add liquidity.",
        "c": "Bank of China shares rose 2% on Tuesday.",
    })
    assert _entity_of(linked, "b", "PBOC") == _entity_of(linked, "a", "People's Bank of China")
    assert _entity_of(linked, "c", "Bank of China") != _entity_of(linked, "a", "People's Bank of China")


# --- a first word kept and the rest cut to initials, where the catalog cuts the full name's key ---------------------

def test_a_name_cut_to_initials_joins_the_catalog_company() -> None:
    # the catalog keys "Mizuho Financial Group" as "Mizuho Financial": the initials are read off the written name
    linked = _linked({
        "a": "Shares of Mizuho Financial Group fell 3% on Monday, the bank said.",
        "b": "Mizuho FG lost 4% in Tokyo on Tuesday.",
        "c": "Mizuho gained 2% on Wednesday.",
    })
    full = _entity_of(linked, "a", "Mizuho Financial Group")
    assert full == {"Mizuho Financial Group"}
    assert _entity_of(linked, "b", "Mizuho FG") == full
    assert _entity_of(linked, "c", "Mizuho") == full


# --- a short name without its last word, across articles -------------------------------------------------------------

_LAND_DOCS = {
    "a": "Brellick Land Development rose 4% on Monday after the developer sold a tower.",
    "b": "Brellick Land gained 3% on Tuesday, traders said.",
    "c": "Talvine Garden fell 5% on Monday, and the developer said it would sell assets.",
    "d": "Talvine Garden Services, the property manager, slid 2% on Tuesday.",
}


def test_a_name_without_its_last_word_joins_the_full_name() -> None:
    linked = _linked(_LAND_DOCS)
    assert _entity_of(linked, "b", "Brellick Land") == _entity_of(linked, "a", "Brellick Land Development")


def test_a_sister_company_named_after_the_group_stays_apart() -> None:
    linked = _linked(_LAND_DOCS)
    assert _entity_of(linked, "c", "Talvine Garden") == {"Talvine Garden"}
    assert _entity_of(linked, "d", "Talvine Garden Services") == {"Talvine Garden Services"}


def test_a_sister_company_in_the_same_article_stays_apart() -> None:
    found = _names("Property\n\nTalvine Garden fell 5% while Talvine Garden Services slid 2% on Monday.")
    assert found.get("Talvine Garden") == "ORG"
    assert found.get("Talvine Garden Services") == "ORG"


def test_a_name_with_its_ticker_glued_on_is_the_name() -> None:
    linked = _linked({
        "a": "Housebuilders\n\nQuorvane Homes QVH -4.1%\nBrellick Homes BRH -3.2%",
        "b": "Quorvane Homes fell 4% on Friday, traders said.",
    })
    assert _entity_of(linked, "a", "Quorvane Homes QVH") == _entity_of(linked, "b", "Quorvane Homes")


# --- one index, whichever of its names an article writes -------------------------------------------------------------

def test_an_index_short_and_long_names_are_one_index() -> None:
    linked = _linked({
        "a": "The Nikkei 225 fell 12% on Monday, and the Hang Seng Index lost 2%.",
        "b": "The Nikkei rebounded 10% on Tuesday while the Hang Seng rose 1%.",
    })
    assert _entity_of(linked, "b", "Nikkei") == _entity_of(linked, "a", "Nikkei 225") == {"Nikkei 225"}
    assert _entity_of(linked, "b", "Hang Seng") == _entity_of(linked, "a", "Hang Seng Index")


def test_an_index_written_without_the_article_of_its_catalog_spelling_is_that_index() -> None:
    linked = _linked({
        "a": "The Nasdaq Composite lost 2.4% on Friday.",
        "b": "Quorvane fell 9% on Friday, and the Nasdaq slid 3.4%.",
    })
    assert _entity_of(linked, "b", "Nasdaq") == _entity_of(linked, "a", "Nasdaq Composite")


# --- a familiar given name, once the corpus gives the full one -------------------------------------------------------

_NICK_DOCS = {
    "a": "Richard Quistover, chief executive of Zorbo Brothers, said the bank was sound.",
    "b": "Critics blamed Dick Quistover for the bank's collapse, and Tim Harwell said he had been warned.",
    "c": "Timothy F. Harwell, president of the regional Fed, said on Monday that talks had failed.",
    "d": "Steve Brannagh said the deal was off. Stephen Brannagh, his cousin, and Steven Brannagh disagreed.",
}


def test_a_nickname_joins_the_formal_name_of_the_corpus() -> None:
    linked = _linked(_NICK_DOCS)
    assert _entity_of(linked, "b", "Dick Quistover") == _entity_of(linked, "a", "Richard Quistover")
    assert _entity_of(linked, "b", "Dick Quistover") == {"Richard Quistover"}
    assert _entity_of(linked, "b", "Tim Harwell") == _entity_of(linked, "c", "Timothy F. Harwell")


def test_a_nickname_of_two_formal_names_stays_as_written() -> None:
    linked = _linked(_NICK_DOCS)
    assert _entity_of(linked, "d", "Steve Brannagh") == {"Steve Brannagh"}


def test_a_nickname_alone_is_not_expanded() -> None:
    linked = _linked({"a": "Bob Quistover said on Monday the deal was off."})
    assert _entity_of(linked, "a", "Bob Quistover") == {"Bob Quistover"}


# --- terms in capitals that are no organisation ------------------------------------------------------------------------

def test_offer_and_accounting_acronyms_are_no_organisations() -> None:
    found = _names("Offer\n\nQuorvane Enterprises priced its FPO at Rs 3,112, and its non-GAAP margin rose, "
                   "while its HBM unit grew. Loans carry three-month Libor plus 2 points.")
    for term in ("FPO", "GAAP", "HBM", "Libor"):
        assert term not in found
    assert found.get("Quorvane Enterprises") == "ORG"


# --- a party or employer in parentheses after a person's name --------------------------------------------------------

def test_a_code_in_brackets_after_a_person_is_an_organisation_of_its_own() -> None:
    found = _names("Vote\n\nFinance spokesman Tamsin Vorle (ZDP) said the hearing was a farce.")
    assert found.get("Tamsin Vorle") == "PERSON"
    assert found.get("ZDP") == "ORG"


def test_a_ticker_after_a_company_still_joins_it() -> None:
    found = _names("Deal\n\nShares of Quistel Corp (QSTL) rose 5% on Monday.")
    assert "QSTL" not in found
    assert found.get("Quistel") == "ORG"


# --- a roundup of reactions: each paragraph opens with the person's name in capitals ---------------------------------

_ROUNDUP = ("What they said\n\nLawmakers and bankers reacted on Monday to the collapse of Zorbo Brothers. A selection:\n\n"
            "HENRY QUISTOVER, Treasury Secretary, at a briefing on Monday: \"We will not put taxpayer money on the line.\"\n\n"
            "ANGELA BRELLICK, chief executive of Talvine Bank, told reporters the bank was well placed.\n\n"
            "NEW YORK, Sept 16 (Quorvane Wire) - Shares fell on Tuesday.\n")


def test_a_name_in_capitals_opening_a_reaction_is_the_person_quoted() -> None:
    found = _names(_ROUNDUP)
    assert found.get("Henry Quistover") == "PERSON"
    assert found.get("Angela Brellick") == "PERSON"


def test_a_dateline_in_capitals_is_no_person() -> None:
    found = _names(_ROUNDUP)
    assert "New York" not in found or found["New York"] == "PLACE"
    assert "NEW YORK" not in found


# --- the exchange's index by its side of the day -----------------------------------------------------------------------

def test_the_exchange_name_with_its_side_of_the_day_is_the_index() -> None:
    assert _names("Stocks\n\nQuorvane fell 9%. The Nasdaq is down 2.6%.").get("Nasdaq") == "INDEX"
    assert _names("Close\n\nANCHOR: The Nasdaq just closed down almost two and a half percent.").get("Nasdaq") == "INDEX"
    assert _names("Listing\n\nThe Nasdaq said it would delist Quorvane on Monday.").get("Nasdaq") == "ORG"


# --- a gerund opening a sentence before a company's name ---------------------------------------------------------------

def test_a_gerund_opening_a_sentence_is_no_part_of_the_company_name_after_it() -> None:
    """'"Leading Intel has been the honor of my lifetime," Gelsinger said' made a company "Leading Intel", which
    later sentences' "the stock" then took as their company. The name the catalogue knows stands alone; a name the
    catalogue does not know keeps its first word."""
    found = _names('Quote\n\n"Leading Intel has been the honor of my lifetime," Jane Roe said.')
    assert "Intel" in found and "Leading Intel" not in found
    assert "Rising Sun Pictures" in _names("Studios\n\nRising Sun Pictures said on Monday it would hire 200 artists.")
