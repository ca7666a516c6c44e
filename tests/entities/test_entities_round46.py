"""Entity layer, round 46 (ents39): classes counted across the two newly opened corpora of the round and on real
news text, one invented case per rule with what the rule must leave alone. Every person, body, company, product,
trial and zone here is fictional."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a name before "zone" is an area, not a company or a person ------------------------------------------------------
def test_a_name_before_zone_is_an_area() -> None:
    text = ("Auction\n\nNo developer bid for the Quistmere Shoal zone, and the 2.1 GW Brannock Reach zone went to "
            "Zorbo Power.")
    assert _story(text) == {"Quistmere Shoal": "PLACE", "Brannock Reach": "PLACE", "Zorbo Power": "ORG"}
    # the owner before its zone's name, and a known organisation before the noun, stay organisations
    assert _story("Auction\n\nZorbo Power said its Brannock Reach offshore zone would be built first.") == {
        "Zorbo Power": "ORG", "Brannock Reach": "PLACE"}
    assert _story("Talks\n\nNATO said the NATO zone would widen.") == {"North Atlantic Treaty Organization": "ORG"}
    assert _story("Talks\n\nThe Quistland Alliance zone was calm.") == {"Quistland Alliance": "ORG"}


def test_the_unit_of_a_figure_is_no_part_of_the_name_after_it() -> None:
    text = "Auction\n\nZorbo Power won the 1.4 GW Brannock Reach zone on Tuesday."
    assert "Brannock Reach" in _story(text)
    assert "GW Brannock Reach" not in _story(text)
    # a company whose name opens with the letters keeps them
    assert _story("Deal\n\nGW Quistmed said on Monday it would buy Zorbo Labs.")["GW Quistmed"] == "ORG"


# --- a trial's code name and a compound's serial code are no organisations ----------------------------------------------
def test_a_trial_named_in_apposition_or_after_its_phase_is_a_trial() -> None:
    text = ("Results\n\nThe 900-patient trial, called QUELL-1, is the first of two. Quistra Pharma will pay for the second "
            "Phase III trial, QUELL-2, from the proceeds. Data from the Phase III QUELL-1 study are due in May.")
    types = _story(text)
    assert types["QUELL-1"] == types["QUELL-2"] == "OTHER"
    assert "Phase III QUELL-1" not in types
    assert types["Quistra Pharma"] == "ORG"


def test_a_serial_code_names_a_compound_or_a_model() -> None:
    text = "Pill\n\nQuistra Pharma said QBX-4410 cut weight by 14%. The Zb-76 transport plane landed in Quistford."
    types = _story(text)
    assert types["QBX-4410"] == "OTHER"
    assert types["Zb-76"] == "OTHER"
    assert types["Quistra Pharma"] == "ORG"
    # an index written with a hyphen is the index
    assert _story("Markets\n\nThe KOSPI-200 rose 1.2% on Monday.")["KOSPI-200"] == "INDEX"


# --- a name before a company that owns the next name is no company of the list ----------------------------------------
def test_a_brand_before_a_possessive_owner_is_not_listed_with_it(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Pills\n\nThe pill joins Quistel's (QSTL.N) Zorbex and Brindle Pharma's (BRP.N) Velmora, but is "
                  "cheaper.",
        "a2.txt": "Pills\n\nShares of the Zorbex maker dropped 4.9%.",
    })
    assert ("Zorbex", "ORG") not in found["a1"]
    assert ("Zorbex", "PRODUCT") in found["a1"]
    # two companies before one possessive noun are both companies
    assert _story("Markets\n\nQuistmark and Zorbo Foods' shares fell on Monday.")["Quistmark"] == "ORG"


# --- an exchange's code used as a company's name ------------------------------------------------------------------------
def test_an_exchange_code_before_its_own_ticker_or_owning_something_is_a_company() -> None:
    text = ("Auction\n\nZorbo Power (ZRB.L) won one zone and SET (SET.L) the other. SET's project starts in 2027.")
    types = _story(text)
    assert types["SET"] == "ORG"
    # the code before someone else's listing is still the exchange's prefix
    assert "SET" not in _story("Listing\n\nQuistel (SET: QSTL) rose 3% on Monday.")


# --- "X Bank" is the bank of "X Banking Group" --------------------------------------------------------------------------
def test_a_bank_joins_the_banking_group_of_its_name(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Outage\n\nQuistmoor Banking Group said on Monday its app had failed. Quistmoor Banking Group shares "
                  "fell 4%.",
        "a2.txt": "Outage\n\nCustomers of Quistmoor Bank could not pay on Tuesday, Quistmoor Bank said.",
    })
    assert ("Quistmoor Banking Group", "ORG") in found["a2"]
    assert ("Quistmoor Bank", "ORG") not in found["a2"]


# --- terms: an auction's name, a term defined in mixed case, a final investment decision ---------------------------------
def test_an_auction_and_terms_are_no_organisations() -> None:
    text = ("Wind\n\nThe first Quistland Offshore Wind Auction has awarded contracts for quist (CfQs) to Zorbo Power, "
            "which won CfQs in 2022 too. Zorbo Power expects to take FID next year.")
    assert _story(text) == {"Quistland Offshore Wind Auction": "OTHER", "CfQs": "OTHER", "Zorbo Power": "ORG"}
    # a body named in mixed case after its capitalised name is still the body
    assert _story("Frigates\n\nThe Ministry of Quistery (MoQ) said on Tuesday it would buy two.") == {
        "Ministry of Quistery": "ORG"}


# --- places no grammar types: a county, a town of two words, a cape, a port's terminal, a sea ----------------------------
def test_a_county_named_by_shire_is_a_place(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Toys\n\nQuistel Toys Group warned on Monday, leaving the Quistamptonshire toymaker close to a breach. "
                  "It employs 900 people in north Quistamptonshire.",
    })
    assert found["a1"] == {("Quistel Toys Group", "ORG"), ("Quistamptonshire", "PLACE")}
    # the word as a company's subject stays the company
    assert _story("Deal\n\nQuistamptonshire said on Monday it bought shares of Zorbo Steel.")["Quistamptonshire"] == "ORG"


def test_a_known_town_of_two_words_a_cape_and_a_terminal_are_places() -> None:
    text = ("Canal\n\nTwo dredgers would arrive from Port Said on Saturday, and the rocket lifted off from Cape "
            "Quistral on Monday. Zorbo Lines ships call at Quistowe's Brannock Terminal twice a week, and Quistford "
            "Haven's port authority said it would go on.")
    types = _story(text)
    assert types["Port Said"] == types["Cape Quistral"] == types["Brannock Terminal"] == "PLACE"
    assert types["Quistford Haven"] == "PLACE"
    assert types["Zorbo Lines"] == "ORG"
    # a given name before the head keeps the person
    assert _story("Talks\n\nJane Haven said the talks would resume.") == {"Jane Haven": "PERSON"}


def test_the_mediterranean_is_a_place() -> None:
    text = "Rates\n\nThe surcharge would also cover Mediterranean routes, and Asia–Mediterranean rates rose 39%."
    assert _story(text) == {"Mediterranean": "PLACE", "Asia": "PLACE"}


# --- a shouted wire line's time, an index of the junior market -----------------------------------------------------
def test_a_clock_time_in_a_shouted_line_is_no_name() -> None:
    text = ("Quist shares fall\nQuistel Motors said on Monday its sales fell.\n* SHARES DOWN 1.1% AT 1345 GMT\n"
            "* QUISTEL MOTORS SHARES DOWN")
    assert _story(text) == {"Quistel Motors": "ORG"}


def test_the_junior_markets_all_share_index_is_an_index() -> None:
    text = "Markets\n\nThe FTSE 250 slipped 0.2% and the AIM All-Share rose 0.1% on Friday."
    assert _story(text) == {"FTSE 250": "INDEX", "AIM All-Share": "INDEX"}


# --- a housebuilder's descriptor opening a sentence is no part of its name ------------------------------------------------
def test_a_sentence_initial_housebuilder_descriptor_is_trimmed() -> None:
    text = "Markets\n\nElsewhere, Quistco gained 2.3%. Housebuilder Zorbo Homes rose 1.5% after approvals rose."
    assert _story(text) == {"Quistco": "ORG", "Zorbo Homes": "ORG"}
