"""Entity layer, round 21: what real news (political and wire copy) showed about short forms and headings.

Every name here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities


def test_an_acronym_is_no_short_form_of_the_name_of_a_thing_it_modifies(tmp_path: Path) -> None:
    """"the QBX Way" (a company culture's name): a capitalised common noun after "the" and the acronym is no
    organisation's full name, so "QBX's shares" stay the company's."""
    found = story_entities(tmp_path, {
        "a.txt": "Chief departs\n\nThe new chief clashed with the old guard at QBX, renowned for a culture called "
                 "\"The QBX Way.\" QBX's shares fell 4% on Monday, and QBX said it would cut 900 jobs.\n",
    })
    assert ("QBX", "ORG") in found["a"]


def test_an_organisations_full_name_after_the_still_takes_its_short_form(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Think tank\n\nThe report came from the Kelvane Institute on Monday. Kelvane said the rules "
                 "would cost jobs, and the QBX Group said it agreed. QBX has 900 staff.\n",
    })
    names = {e for e, _t in found["a"]}
    assert "Kelvane Institute" in names and "Kelvane" not in names
    assert "QBX Group" in names and "QBX" not in names


def test_an_acronym_ending_a_longer_name_is_no_surname_of_it(tmp_path: Path) -> None:
    """"the Dorrow County GOP" is a county's branch; the bare "GOP" elsewhere is the party, not the branch (an
    acronym in the same capitals at the end of a name is its generic word, as "PAC" in "Velmar Action PAC")."""
    found = story_entities(tmp_path, {
        "a.txt": "Local chairs\n\nMany GOP leaders back the nominee, said Ellis Brandt, chairman of the Dorrow "
                 "County GOP. The GOP nominee spoke in Dorrow on Friday, and GOP officials cheered.\n",
    })
    assert any(e == "Dorrow County GOP" for e, _t in found["a"])
    assert any(e in ("GOP", "Grand Old Party") for e, _t in found["a"])


def test_a_section_label_on_a_line_of_its_own_is_no_entity(tmp_path: Path) -> None:
    """Archive exports of newspaper articles head their parts with labels in capitals ("ABSTRACT.", "FULL
    TEXT.", "LETTERS.", "Correction Appended."): common words on a line of their own, no organisation."""
    found = story_entities(tmp_path, {
        "a.txt": "Grocer names chief\n\nSUMMARY.\n\nThe grocer picked an outsider.\n\nFULL TEXT.\n\nKestrel Foods "
                 "said on Monday that Dana Whitlow would lead it.\n\nLETTERS.\n\nA reader wrote to the editor.\n\n"
                 "Correction Appended.\n",
    })
    names = {e.lower() for e, _t in found["a"]}
    assert not names & {"summary", "full text", "letters", "correction appended", "appended"}
    assert ("Kestrel Foods", "ORG") in found["a"] and "dana whitlow" in names


def test_a_name_on_a_line_of_its_own_is_no_section_label(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Markets\n\nKESTREL FOODS:\n\nThe grocer's shares rose 3% after Kestrel Foods named a chief.\n\n"
                 "Brindleford.\n\nThe town will host the vote, Ravel Quist said.\n",
    })
    names = {e for e, _t in found["a"]}
    assert "Kestrel Foods" in names and "Ravel Quist" in names


def test_an_acronym_is_no_ticker_of_a_word_of_a_doctrine(tmp_path: Path) -> None:
    """"the radical Zelotarist organization, also known as ZRST": the acronym's letters run through "Zelotarist"
    as a ticker's run through a company's first word, but a word of a doctrine or its followers opens no
    company's name; the acronym stays its own organisation, here and in the articles that write it alone."""
    found = story_entities(tmp_path, {
        "a.txt": "Attack\n\nSupporters of the radical Zelotarist organization, also known as ZRST, cheered the "
                 "attack, officials in Brindleford said.\n",
        "b.txt": "Strikes\n\nThe coalition said on Monday that its strikes had weakened ZRST in the north.\n",
    })
    assert ("ZRST", "ORG") in found["b"]
    assert not any(e.startswith("Zelotarist") for e, _t in found["b"])


def test_a_body_named_after_a_person_is_not_that_person(tmp_path: Path) -> None:
    """"the Walter Quintrell Presidential Center": a body in a person's honour; "Walter Quintrell" and a bare
    "Quintrell" stay the person's, and a lone "Walter" elsewhere is no short form of the centre."""
    found = story_entities(tmp_path, {
        "a.txt": "Visit\n\nThe minister spoke at the Walter Quintrell Presidential Center on Monday. Walter Quintrell, "
                 "who led the country for eight years, said the talks went well. Quintrell praised the minister.\n",
        "b.txt": "Memoir\n\nWhen Walter was president, the economy grew, his aide Rella Vantos wrote.\n",
    })
    assert ("Walter Quintrell", "PERSON") in found["a"]
    assert ("Walter Quintrell Presidential Center", "ORG") in found["a"]
    assert not any(e == "Walter Quintrell Presidential Center" for e, _t in found.get("b", set()))


def test_a_company_named_after_its_founder_keeps_the_founders_name_as_its_short_name(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Thrift\n\nThe Walter Quintrell Federal Savings Association said on Monday it lost $3 million. "
                 "Walter Quintrell said it would sell branches.\n",
    })
    assert not any(t == "PERSON" and e.startswith("Walter Quintrell") for e, t in found["a"])


def test_a_name_opened_by_an_adjective_in_ic_is_no_person(tmp_path: Path) -> None:
    """"the Velmanic State": two name-shaped words, but an adjective in -ic ("Islamic", "Atlantic") opens no
    person's name, and "State" in "the departments of State" is no surname of it. A given name in -ic
    ("Frederic", "Dominic") still opens a person's."""
    found = story_entities(tmp_path, {
        "a.txt": "Debate\n\nOn the Velmanic State, a split mostly of words\n\nCandidates blasting the approach to "
                 "combating Velmanic State terrorism suggests a divide. Walter Tarle vowed to bomb the Velmanic State. "
                 "Rella Quint, who consulted the departments of State and Defense, said so.\n",
        "b.txt": "Strikes\n\nThe coalition will fight against the Velmanic State. Airstrikes hit Velmanic State "
                 "targets, officials said.\n",
        "c.txt": "Talks\n\nThe talks with Frederic Vantor went on until Friday. Vantor left early.\n",
    })
    assert ("Velmanic State", "ORG") in found["a"] and ("Velmanic State", "ORG") in found["b"]
    assert ("Frederic Vantor", "PERSON") in found["c"]


def test_a_spokesman_after_a_politicians_possessive_does_not_make_an_organisation(tmp_path: Path) -> None:
    """"Tarle's spokesman said": politicians have spokesmen as companies do, so that role alone is weak evidence
    of an organisation and does not outvote a person named in full; "Quistel's chief executive" still types a
    company."""
    found = story_entities(tmp_path, {
        "a.txt": "Row\n\nThe premier said he was unlikely to get on with Walter Tarle. Tarle criticised him in "
                 "parliament. Tarle's spokesman said the premier stood by his remarks.\n",
        "b.txt": "Results\n\nQuistel's chief executive said on Monday that demand was weak.\n",
    })
    assert ("Walter Tarle", "PERSON") in found["a"]
    assert ("Quistel", "ORG") in found["b"]
