"""Entity layer, round 18b: extras typed as organisations that recur across five of the six dev corpora (events,
periods and programmes; products; acronyms of common nouns), one invented text each.

Every person, company, storm, outlet and figure here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round18 import corpus_types


def _orgs(found: dict[str, set[str]], doc: str) -> set[str]:
    return {e for e, t in found.get(doc, set()) if t in ("ORG", "PERSON")}


# --- a storm named bare, after another article (or the headline) names it with its head --------------------------
def test_a_storm_named_bare_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Typhoon Marevi nears the coast", "Typhoon Marevi strengthened overnight, and Quistar Freight "
                                                    "shut its Harlow terminal.\n"),
        "b.txt": ("Refiners slide", "Zorbel Refining has lost 9% since Marevi made landfall, and Quistar Freight "
                                    "fell 2%.\n"),
        "c.txt": ("Insurers count the cost", "Two days after superstorm Delcana hit the coast, Vellmont Re said the "
                                             "aftermath of Delcana would cost it 40 million.\n"),
    })
    assert "Marevi" not in _orgs(found, "b")
    assert "Delcana" not in _orgs(found, "c")
    assert {"Zorbel Refining", "Quistar Freight"} <= _orgs(found, "b")
    assert "Vellmont Re" in _orgs(found, "c")


def test_a_company_sharing_no_storm_name_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Storm season", "Hurricane Orlena weakened on Monday. Marevi said its terminal was open.\n"),
        "b.txt": ("Marevi rises", "Shares of Marevi rose 4% on Tuesday.\n"),
    })
    assert "Marevi" in _orgs(found, "b")


# --- a programme, a clock or a scale named by its last word -----------------------------------------------------
def test_a_show_a_clock_or_an_alert_level_is_no_organisation_nor_person(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Grid strains", "Welcome back to The Quistley Hour. Jane Wexley told The Dora Fenwick Show on "
                                  "Tuesday that Quistar Power had declared a Grid Stress Level 2 at 6:10 p.m. "
                                  "Freedonia Daylight Time. Quistar Power shares fell 3%.\n"),
    })
    names = _orgs(found, "a")
    assert not names & {"Quistley Hour", "Dora Fenwick Show", "Grid Stress Level",
                        "Freedonia Daylight Time"}
    assert {"Quistar Power", "Jane Wexley"} <= names


# --- an honour's title before "of the Year" ------------------------------------------------------------------------
def test_a_title_before_of_the_year_is_an_honour(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Founder steps down", "Quistar Windows began in a garden shed. Last spring its founder was "
                                        "voted Innovator of the Year by the Brindlemoor Glass Association, and she "
                                        "still chairs Quistar Windows.\n"),
    })
    names = _orgs(found, "a")
    assert "Innovator" not in names
    assert "Brindlemoor Glass Association" in names


# --- a brand named right before its owner ------------------------------------------------------------------------
def test_a_bare_name_before_owner_and_an_organisation_is_a_brand(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Glassware stocks slide", "Glassware makers slid on Thursday. Cartwell owner Brindle Group shed "
                                            "3.7% in Quistborough, and Vellmara owner Quillow Holdings eased 0.9%. "
                                            "Quist Airways owner Zorbel Aviation Group was flat, and Dorrit parent "
                                            "Penfold Group gained 0.4%.\n"),
    })
    names = _orgs(found, "a")
    assert not names & {"Cartwell", "Vellmara"}
    assert {"Brindle Group", "Quillow Holdings", "Quist Airways", "Zorbel Aviation Group", "Dorrit"} <= names


def test_a_team_before_owner_and_a_person_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Club sale", "The Harlow Quistars are for sale. Quistars owner Jane Wexley said on Monday that "
                               "Brindle Group had made an offer.\n"),
    })
    assert "Brindle Group" in _orgs(found, "a")
    assert "Jane Wexley" in _orgs(found, "a")
