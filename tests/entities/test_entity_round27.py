"""Entity layer, round 27: a brand named with its device or its model number is a product; a quotation's
introduction line is no title; more rules below. Every name here is fictional."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities


def test_a_brand_with_its_model_number_or_device_is_a_product(tmp_path: Path) -> None:
    """"Vantrel 4 insulin pumps", "a Vantrel 4", "its Vantrel pumps", "the rival Obrisk monitor": the brand of a
    device, not its maker; the maker named before its own noun stays an organisation."""
    found = story_entities(tmp_path, {
        "a.txt": "Pump maker recalls devices\n\n"
                 "Harlowe Medical Inc's shares fell 12% on Monday after the company recalled 400,000 Vantrel 4 insulin "
                 "pumps. Vantrel makes up half of Harlowe's sales.\n\n"
                 "Quorra Devices, the maker of the competing Obrisk monitor, rose 3%.\n",
        "b.txt": "Patients worry\n\nHarlowe Medical said its Vantrel pumps were safe to use with a fingerstick "
                 "check. \"I have worn a Vantrel 4 since 2027,\" said patient Mirela Dunstan.\n",
        # a maker before its plural noun ("Quorra devices") and a compound noun after a name stay as they were
        "c.txt": "Sales call\n\nQuorra Devices said demand rose. Volunteers at the Dunstan phone bank called 300 "
                 "voters on Tuesday, said Mirela Dunstan.\n",
    })
    typed = {row for doc in found.values() for row in doc}
    assert ("Vantrel", "ORG") not in typed and ("Obrisk", "ORG") not in typed, found
    assert ("Vantrel", "PRODUCT") in found["a"] and ("Vantrel", "PRODUCT") in found["b"], found
    assert ("Obrisk", "PRODUCT") in found["a"], found["a"]
    assert ("Harlowe Medical", "ORG") in found["a"] or ("Harlowe Medical Inc", "ORG") in found["a"], found["a"]
    assert ("Quorra Devices", "ORG") in found["a"], found["a"]
    assert ("Mirela Dunstan", "PERSON") in found["c"], found["c"]


def test_a_quotation_lead_in_of_capitalised_names_is_no_title(tmp_path: Path) -> None:
    """"Commenting on the Merger, Sir X Y, Chairman of Z, said:" on a line of its own: nearly every word is
    capitalised, but the lower-case "said" makes it a sentence, so its people are named; a title-case line stays a
    title."""
    found = story_entities(tmp_path, {
        "a.txt": "Recommended offer for Palgrave Cutlery\n\n"
                 "Palgrave Cutlery PLC and Ostermark Group announce a recommended cash offer.\n\n"
                 "Commenting on the Merger, Sir Tobias Wrenfield, Chairman of Palgrave, said:\n"
                 "\"The Board believes the offer is fair.\"\n\n"
                 "Commenting on the Merger, Ilse Brandhorst, Chief Executive Officer of Ostermark, said:\n"
                 "\"We look forward to working together.\"\n",
    })
    assert ("Tobias Wrenfield", "PERSON") in found["a"], found["a"]
    assert ("Ilse Brandhorst", "PERSON") in found["a"], found["a"]


def test_a_part_of_a_known_place_and_a_compass_region_are_places(tmp_path: Path) -> None:
    """"Tokyo's Quistamachi ward" is a part of Tokyo; "South West", written as two compass points, a region; the
    company beside them stays an organisation."""
    found = story_entities(tmp_path, {
        "a.txt": "Bidder briefs press\n\n"
                 "Velandor Holdings held a briefing at its headquarters in Tokyo's Quistamachi ward. The deal keeps "
                 "2,100 South West jobs, the union said. Velandor bought a big South West employer in 2027.\n\n"
                 "Velandor Holdings rose 2%.\n",
    })
    typed = dict(found["a"])
    assert typed.get("Quistamachi") in (None, "PLACE"), found["a"]
    assert typed.get("South West") in (None, "PLACE"), found["a"]
    assert typed.get("Velandor Holdings") == "ORG", found["a"]


def test_names_coordinated_before_a_law_are_part_of_its_name(tmp_path: Path) -> None:
    """"the Quarry Safety and Mineral Rights Act 2029", "the Harbour Reform, Dredging and Pilotage Act of 1998": the
    words before "and" name no body, and a British statute's year closes its name; a body before "and" and a law
    that follows with its article ("Pellston Ports and the Pilotage Act") stays an organisation."""
    found = story_entities(tmp_path, {
        "a.txt": "Deal cleared\n\n"
                 "The takeover of Pellston Ports needs approval under the Quarry Safety and Mineral Rights Act 2029. "
                 "The port's dredging falls under the Harbour Reform, Dredging and Pilotage Act of 1998.\n\n"
                 "Lawyers for Pellston Ports and the Pilotage Act's drafters met on Monday. Odile Marchetti, who "
                 "co-founded the Tarrow Dock Workers, and Pilotage Act campaigners spoke.\n",
    })
    names = {e for e, t in found["a"] if t in ("ORG", "PERSON")}
    for part in ("Quarry Safety", "Mineral Rights Act 2029", "Harbour Reform", "Dredging"):
        assert part not in names, (part, found["a"])
    # the words before "and" are no mention at all: a two-word name of any other type is a possible person to the
    # quotes layer
    assert not {e for e, _t in found["a"]} & {"Quarry Safety", "Harbour Reform", "Dredging"}, found["a"]
    # a law, not an index ending in a number (since round 53 named in full: the words before "and" are its own)
    assert ("Quarry Safety and Mineral Rights Act 2029", "OTHER") in found["a"], found["a"]
    assert "Pellston Ports" in names and "Tarrow Dock Workers" in names, found["a"]


def test_a_ticker_alone_is_the_company_whose_ric_it_roots(tmp_path: Path) -> None:
    """One article gives the company's RIC ("Quenwick Labs Inc (QWKL.O)"), another writes the ticker alone
    ("QWKL has fallen"): the ticker names the company, not an organisation of its own."""
    found = story_entities(tmp_path, {
        "a.txt": "Lab stocks slide\n\nQuenwick Labs Inc (QWKL.O) fell 5.2% on Monday after a recall.\n",
        "b.txt": "Flash note\n\n- QWKL has fallen 12% over four sessions; we cut our target.\n"
                 "- Ardmoor Devices rose 3%.\n",
    })
    names_b = {e for e, _t in found["b"]}
    assert "QWKL" not in names_b, found["b"]
    assert any(e.startswith("Quenwick Labs") for e in names_b), found["b"]


def test_a_translation_credit_is_a_credit(tmp_path: Path) -> None:
    """"Translated and edited by X for the English edition." closing a reprint's note, and "Translated by X." on
    its own line, credit the translator; a translator named in the story's prose stays a person."""
    found = story_entities(tmp_path, {
        "a.txt": "Bidder defends deal\n\n"
                 "This article first appeared in Norwegian on Monday. Translated and edited by Signe Aldervik for the "
                 "English edition.\n\n"
                 "Brannock Shipping said on Monday it would keep its yard in Bergen. Brannock rose 2%.\n\n"
                 "Translated by Tobiah Fennimore.\n",
        "b.txt": "Award\n\nThe novel, which Signe Aldervik translated into English, won a prize, Brannock Shipping "
                 "said.\n",
    })
    names_a = {e for e, _t in found["a"]}
    assert "Signe Aldervik" not in names_a and "Tobiah Fennimore" not in names_a, found["a"]
    assert "Brannock Shipping" in names_a, found["a"]
    assert ("Signe Aldervik", "PERSON") in found["b"], found["b"]


def test_a_filing_item_heading_names_nothing(tmp_path: Path) -> None:
    """"Item 2.06 Material Impairments." and "Item 8.01 Other Events." head a filing's items: their capitalised
    words name nothing; the people and companies of the items' text are still named."""
    found = story_entities(tmp_path, {
        "a.txt": "FORM 8-K\n\n"
                 "Item 2.06 Material Impairments.\n"
                 "On 03/02/2031, the board of Tessaly Optics Inc. concluded that a charge of $40 million is required.\n\n"
                 "Item 8.01 Other Events.\n"
                 "On 03/03/2031, Tessaly Optics received a letter from Corvance Capital. Chief Executive Petra Lindqvist "
                 "said the company would respond.\n",
    })
    names = {e for e, _t in found["a"]}
    assert "Material Impairments" not in names and "Events" not in names and "Other Events" not in names, found["a"]
    assert ("Petra Lindqvist", "PERSON") in found["a"] and ("Corvance Capital", "ORG") in found["a"], found["a"]
