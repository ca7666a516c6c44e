"""Entity layer, round 19c: CheckList-style probes. Each rule handles one construction of English news prose and is
tested on invented sentences; every person, company, product and programme here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round18 import corpus_types

from analysis.entities import spans


def _named(found: dict[str, set[str]], doc: str) -> set[str]:
    return {e for e, t in found.get(doc, set()) if t in ("ORG", "PERSON")}


def _types(found: dict[str, set[str]], doc: str) -> dict[str, str]:
    return dict(found.get(doc, set()))


# --- a numbered or named war is an event ----------------------------------------------------------------------------
def test_a_war_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Veterans honoured", "Quistar Foods, founded after World War II, said veterans of the Zorbic War "
                                      "and of World War Two would get free meals. Quistar Foods said so on Monday.\n"),
    })
    assert _named(found, "a") == {"Quistar Foods"}


def test_a_ministry_of_war_stays_an_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Archive opens", "The Freedonian Ministry of War opened its archive on Monday, a spokesman for "
                                   "the ministry said.\n"),
    })
    assert any("Ministry of War" in e for e in _named(found, "a"))


# --- a convention or a protocol (an event or a treaty), not the body that holds it ------------------------------------
def test_a_convention_or_a_protocol_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Delegates gather", "Delegates arrived for the Quistland National Convention on Monday. Brindle "
                                      "Chemicals said the Zorbo Protocol would force it to cut emissions.\n"),
    })
    assert _named(found, "a") == {"Brindle Chemicals"}


def test_a_tennis_open_is_an_event(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Sponsor signs", "Pellgrave Bank will sponsor the Quistport Open for five years, Pellgrave Bank "
                                   "said on Tuesday.\n"),
    })
    assert _named(found, "a") == {"Pellgrave Bank"}


# --- acronyms of common nouns of business and finance ---------------------------------------------------------------
def test_acronyms_of_common_nouns_are_no_organisations(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Lender update", "Zorbel Bank said its NPL ratio fell and its NIM widened. The VAT rise and "
                                   "higher DRAM prices hurt clients, Zorbel Bank said, adding that its KPI targets "
                                   "were met.\n"),
    })
    assert _named(found, "a") == {"Zorbel Bank"}


# --- a product named in apposition after "its", before its noun, or after "sales of" -------------------------------
def test_a_product_in_apposition_after_its_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Drugmaker beats", "Quistel Health said on Monday that sales of Zorbexa rose 12%. Zorbexa, its "
                                     "best-selling drug, now makes up a third of revenue.\n"),
        "b.txt": ("Carmaker recalls", "Brindle's Velossa sedan was recalled on Friday, Brindle Motors said.\n"),
    })
    assert _named(found, "a") == {"Quistel Health"}
    assert _named(found, "b") == {"Brindle Motors"}


def test_a_company_in_apposition_after_its_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Stake sold", "Quistel Health sold shares to Pellgrave Partners, its biggest shareholder, on "
                                "Monday. Pellgrave Partners, its largest investor, said it was pleased.\n"),
    })
    assert {"Quistel Health", "Pellgrave Partners"} <= _named(found, "a")


def test_a_ship_after_its_prefix_or_its_noun_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Ships held", "Port officials detained the MV Quist Star and the tanker Orla Brindle on Sunday. "
                                "Their owner, Pellgrave Shipping, said the crews were safe.\n"),
    })
    assert _named(found, "a") == {"Pellgrave Shipping"}


# --- a project's or a scheme's name before its lowercase head --------------------------------------------------------
def test_a_project_name_before_its_head_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Contract won", "Zorbel Rail won a contract for the Skyquist project on Monday. The Skyquist "
                                  "project will cost $2 billion, Zorbel Rail said.\n"),
    })
    assert _named(found, "a") == {"Zorbel Rail"}


def test_a_company_before_project_that_acts_elsewhere_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Quistar cuts", "Quistar said on Monday it would cut 500 jobs. The Quistar project in the north "
                                  "will be delayed, Quistar said.\n"),
    })
    assert "Quistar" in _named(found, "a")


# --- two particles inside a person's name ---------------------------------------------------------------------------
def test_two_particles_stay_inside_a_persons_name() -> None:
    found, _ = spans.candidates("Brindle Group named Jan van der Quist as chair. Ana Ruiz de la Zorba agreed.")
    surfaces = [c.surface for c in found]
    assert "Jan van der Quist" in surfaces and "Ana Ruiz de la Zorba" in surfaces


def test_a_single_particle_and_a_lower_case_run_are_unchanged() -> None:
    found, _ = spans.candidates("Karl von Quist met Zorbo de Brindle in the van de luxe.")
    surfaces = [c.surface for c in found]
    assert "Karl von Quist" in surfaces and "Zorbo de Brindle" in surfaces


# --- an award adjective joined by a hyphen ---------------------------------------------------------------------------
def test_an_award_adjective_is_no_name(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Studio deal", "Pellgrave Pictures signed the Quistar-nominated director on Monday, Pellgrave "
                                 "Pictures said.\n"),
    })
    assert _named(found, "a") == {"Pellgrave Pictures"}


# --- a parent named with its legal suffix beside a unit that shares its first word -----------------------------------
def test_a_parent_with_a_legal_suffix_is_no_short_form_of_its_unit(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Unit sale", "Quistel Logistics, a unit of Quistel Corp, said on Monday it would sell its card "
                               "business. Quistel Corp shares rose 2%.\n"),
        "b.txt": ("Profit up", "Brindle Inc. reported a 4% rise in profit, and Brindle Energy was the biggest "
                               "contributor, Brindle said.\n"),
    })
    assert {"Quistel", "Quistel Logistics"} <= _named(found, "a")
    assert {"Brindle", "Brindle Energy"} <= _named(found, "b")


def test_a_bare_first_word_still_links_to_its_only_company(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Miner digs", "Zorbaxa Mining said on Monday output rose. Zorbaxa expects more next year.\n"),
    })
    assert _named(found, "a") == {"Zorbaxa Mining"}


# --- a given name, then a family name with a hyphenated Arabic article ----------------------------------------------
def test_a_family_name_with_its_arabic_article_stays_with_the_given_name(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Chief named", "Quarzo Bank appointed Omar al-Brindawi as finance chief on Tuesday. Brindawi "
                                 "said al-Brindawi family firms would be sold, and Ahmed el-Quistani agreed.\n"),
    })
    assert _named(found, "a") == {"Quarzo Bank", "Omar al-Brindawi", "Ahmed el-Quistani"}
    assert _types(found, "a")["Omar al-Brindawi"] == "PERSON"
