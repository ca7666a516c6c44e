"""Quote engine, round 40 (q46): classes of news prose counted across twelve read corpora and PolNeAR train before
they were fixed. Invented companies, people and sentences; the entity mentions are given by hand, typed as the
entity layer sometimes types them (a person's name as an organisation's, a newspaper's as a person's)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(r["quote"], r["speaker"], r["speaker_type"]) for r in quotes(text, entities).to_dict("records")]


# the person typed an organisation, the paper she spoke to typed a person
MISTYPED = [("Lene Dahlquist-Borg", "Lene Dahlquist-Borg", "ORG"), ("Vestby Avis", "Vestby Avis", "PERSON")]


def test_a_name_after_an_office_is_a_person_whatever_its_type() -> None:
    text = ("\"We do not expect the ruling to change our outlook,\" head of investor relations Lene Dahlquist-Borg "
            "told Vestby Avis on Tuesday evening. She added that the company would \"work with the regulators\".")
    assert _rows(text, MISTYPED) == [
        ("We do not expect the ruling to change our outlook,", "Lene Dahlquist-Borg", "PERSON"),
        ("work with the regulators", "Lene Dahlquist-Borg", "PERSON")]


def test_an_office_in_apposition_before_the_name() -> None:
    entities = [("Tarnhill", "Tarnhill", "ORG"), ("Euan Strachan", "Euan Strachan", "ORG"),
                ("Corran Foods", "Corran Foods", "ORG")]
    text = ("14:20 Tarnhill's head of retail insight, Euan Strachan, tells us shoppers may notice less than the "
            "headlines suggest. \"Ten per cent sounds big, but the saving is small,\" he says.\n"
            "12:05 Corran Foods says it will cut prices on 2,000 lines. Corran Foods shares rose 3%.")
    assert _rows(text, entities)[0] == ("Ten per cent sounds big, but the saving is small,", "Euan Strachan",
                                        "PERSON")


def test_an_organisation_after_an_office_stays_an_organisation() -> None:
    # left alone: the organisation the office is head of ("the head of X"), and a name holding an organisation
    # word after an office ("analyst Brenna Capital Partners"): "it" still finds them
    entities = [("Hallam Rail", "Hallam Rail", "ORG"), ("Brenna Capital Partners", "Brenna Capital Partners", "ORG")]
    text = ("The chief executive of Hallam Rail resigned on Monday. It said the board would \"start a search at "
            "once\".")
    assert _rows(text, entities) == [("start a search at once", "Hallam Rail", "ORG")]
    text = ("Shares fell after analyst Brenna Capital Partners cut its target. It said the stock was \"fully "
            "priced\".")
    assert _rows(text, entities) == [("fully priced", "Brenna Capital Partners", "ORG")]


def test_an_office_in_apposition_after_the_name() -> None:
    # the name typed an organisation, then "a ... analyst at": a person, whose "he" comes after
    entities = [("Kwame Asante-Boadu", "Kwame Asante-Boadu", "ORG"), ("Volta Ridge Trading", "Volta Ridge Trading", "ORG"),
                ("Harlow Cocoa", "Harlow Cocoa", "ORG")]
    text = ("\"Every bean now goes straight into the price,\" said Kwame Asante-Boadu, a soft commodities analyst at "
            "Volta Ridge Trading. Harlow Cocoa cut its forecast on Monday.\n"
            "\"Nobody is hedged for this,\" he said.")
    assert _rows(text, entities) == [("Every bean now goes straight into the price,", "Kwame Asante-Boadu", "PERSON"),
                                     ("Nobody is hedged for this,", "Kwame Asante-Boadu", "PERSON")]
    # left alone: an organisation given a unit's description ("a unit of"), not an office
    entities = [("Harlow Cocoa", "Harlow Cocoa", "ORG"), ("Volta Ridge", "Volta Ridge", "ORG")]
    text = "Volta Ridge, a unit of Harlow Cocoa, said it saw \"no shortage\" this year."
    assert _rows(text, entities) == [("no shortage", "Volta Ridge", "ORG")]
