"""Entity layer, round 54 (lead): who a person is, capitalised before the given name at a sentence's start ("Patient
Dorothy Vance, 71, said"), is no part of the name (vocabulary: ``person_nouns_before``); read on CORPUS88, where the
span was typed an organisation and the quote's "she said" after it found no one. Invented names."""
from __future__ import annotations

from tests.entities.test_ents54_round54 import _story


def test_a_persons_noun_before_a_given_name_is_dropped() -> None:
    found = _story("Clinic stays open\n\nPatient Marta Quell, 71, said her appointment went ahead. Resident Ivan Darn "
                   "said the queue was long. Nurse Ida Lamm, 34, said staff wrote orders by hand.")
    assert found.get("Marta Quell") == "PERSON"
    assert found.get("Ivan Darn") == "PERSON"
    assert found.get("Ida Lamm") == "PERSON"
    assert not any(name.startswith(("Patient", "Resident", "Nurse")) for name in found)


def test_the_noun_stays_before_a_word_that_is_no_given_name() -> None:
    found = _story("Safety review\n\nPatient Safety Trust said on Monday that the review would take a year.")
    assert "Safety Trust" not in found
