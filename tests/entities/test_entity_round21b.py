"""Entity layer, round 21b: people that real political copy typed as organisations or places.

Every person and company name here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from analysis.entities.recognize import recognize_rows
from pipeline_helpers import story_entities


def test_every_bare_surname_of_a_person_drops_the_speech_cue_of_a_company(tmp_path: Path) -> None:
    """"Brunnock said" is a company's cue only for a name the article gives no person: the first bare "Brunnock"
    after "Tavish Brunnock" dropped it, the later ones (joined through the first one's key) kept it, and five of
    them outweighed the person."""
    found = story_entities(tmp_path, {
        "a.txt": "Mayor under fire\n\nTavish Brunnock may have thought the worst was over. Critics blamed Brunnock "
                 "for the delay. Brunnock said on Monday that the city welcomed the review. Brunnock said he would "
                 "not fight the release. Brunnock told reporters the office would stop. Brunnock said he meets "
                 "families. Brunnock said the budget was fine. Brunnock told a radio host he would stay.\n",
    })
    assert ("Tavish Brunnock", "PERSON") in found["a"]


def test_a_bare_name_that_says_things_stays_a_company(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Results\n\nQuorvantix said on Monday that sales rose. Quorvantix said it would hire. Quorvantix "
                 "told investors the plant would open.\n",
    })
    assert ("Quorvantix", "ORG") in found["a"]


def test_a_name_after_an_opening_phrase_ending_on_a_place_is_no_place(tmp_path: Path) -> None:
    """"in Denver, Orlan Veskowitz was calling for change": the comma closes the opening phrase, the name opens
    the clause; it is no second place of a list."""
    found = story_entities(tmp_path, {
        "a.txt": "Rally\n\nJust after the storm hit a rally in Denver, Orlan Veskowitz was calling for change.\n",
    })
    assert ("Orlan Veskowitz", "PERSON") in found["a"]


def test_a_list_of_places_after_in_still_makes_places(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Floods\n\nThe storm moved from Denver, Quarrowby and Tulsa to the coast.\n",
    })
    assert ("Quarrowby", "PLACE") in found["a"]


def test_a_surname_that_is_also_a_listed_company_stays_the_persons(tmp_path: Path) -> None:
    """"Waters" after "Orvella Waters" is her surname: the company catalog's entry of that name is no evidence of
    an organisation for it (it outweighed the person, one cue per bare mention)."""
    found = story_entities(tmp_path, {
        "a.txt": "Voters\n\nOrvella Waters, a nurse, drove two hours to the rally. To Waters, the race is about "
                 "jobs. Waters said she had voted for the party before. Waters added that her son agreed.\n",
    })
    assert ("Orvella Waters", "PERSON") in found["a"]


def test_a_listed_company_named_alone_is_still_a_company(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Results\n\nWaters said on Monday that sales rose 4%. Waters plans to hire 200 engineers.\n",
    })
    assert ("Waters", "ORG") in found["a"]


def test_a_persons_attorney_after_the_possessive_is_weak_evidence_of_a_body(tmp_path: Path) -> None:
    """"Quistley's attorney, Jane Roe": people have attorneys; the role after a possessive is weak evidence of
    an organisation, as a spokesman's is."""
    found = story_entities(tmp_path, {
        "a.txt": "Trial\n\nRobert Velde was arrested in January. Velde's attorney, Corvin Ashdale, argued that the "
                 "charges were political.\n",
    })
    assert ("Robert Velde", "PERSON") in found["a"]


def test_a_companys_analyst_before_a_name_still_makes_the_company(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Outlook\n\nQuarnell Capital analyst Dessa Morrow said rates would fall.\n",
    })
    assert ("Quarnell Capital", "ORG") in found["a"]


def test_a_bare_surname_confirms_a_person_a_given_name_made_one_by_weak_evidence(tmp_path: Path) -> None:
    """A known given name makes "Robert Quenby" a person only weakly; the bare "Quenby" later is the strong
    evidence (a surname of the name), which a list's place cue ("in Denver and Robert Quenby") must not outweigh.
    Before, the surname added nothing once the weak given name had typed the name a person."""
    found = story_entities(tmp_path, {
        "a.txt": "Rally\n\nCrowds gathered in Denver and Robert Quenby spoke for an hour. Quenby said the state "
                 "needed new roads.\n",
    })
    assert ("Robert Quenby", "PERSON") in found["a"]


def test_an_embassy_is_an_organisation(tmp_path: Path) -> None:
    """"the Kestovan Embassy ... the Embassy": the bare head was taken for the surname of a two-word name, a
    person; an embassy or a consulate closing a name is a body (lexicon `org_heads`)."""
    found = story_entities(tmp_path, {
        "a.txt": "Blast\n\nThe Kestovan Embassy was closed on Friday. A guard said the Embassy would reopen next "
                 "week.\n",
    })
    assert ("Kestovan Embassy", "ORG") in found["a"]


def test_an_acronym_after_a_year_owns_the_document_after_it() -> None:
    """"A 1996 QVRB advisory opinion": an acronym after a number was read as a unit ("40 GWh"); after a year,
    and named elsewhere with no figure before it, it is the body that wrote the document."""
    text = ("The QVRB has deadlocked on the question for years. A 1996 QVRB advisory opinion added that paid "
            "speeches count as campaign work.\n")
    rows = recognize_rows(text)
    at = text.index("1996 QVRB") + len("1996 ")
    assert any(r[0] == at and r[4] == "ORG" for r in rows)


def test_an_acronym_only_ever_after_a_number_is_still_a_unit(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Storage\n\nThe Dravel Power plant will store 2020 QTU by May, up from 1990 QTU a year ago.\n",
    })
    assert not any(name == "QTU" for name, _t in found["a"])


def test_a_possessive_before_generic_company_words_is_part_of_the_name(tmp_path: Path) -> None:
    # "Quellby's Holdings Inc.": one company, not "Quellby" and "Holdings"; a unit's own name after its owner's
    # possessive stays two names
    found = story_entities(tmp_path, {
        "a.txt": "Auction results\n\nQuellby's Holdings Inc., the parent of the auction house Quellby's, said its net "
                 "loss narrowed. The company said business began \"extremely well.\"\n",
        "b.txt": "Units\n\nTarrow Group's Quessel Mills said on Monday it would cut 200 jobs.\n",
    })
    assert ("Quellby's Holdings", "ORG") in found["a"]
    assert not any(e == "Holdings" for e, _t in found["a"])
    assert any(e == "Quessel Mills" for e, _t in found["b"])
