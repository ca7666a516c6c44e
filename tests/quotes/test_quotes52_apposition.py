"""Quote engine, round 52 (quotes52): a description named in apposition by a numbered name, and a role of people
told of an organisation ("The activist, which …"). Invented bodies and sentences; the entity mentions are given by
hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


def test_a_description_named_by_a_numbered_name_in_apposition() -> None:
    # the mention stops before the local's number ("United Dockers Local" of "United Dockers Local 418")
    entities = [("United Dockers Local", "United Dockers Local", "ORG"), ("Pellan Ports", "Pellan Ports", "ORG")]
    text = ("Pellan Ports will close two berths in June.\n\n"
            "The union, United Dockers Local 418, said in a statement that it would \"fight every one of these "
            "cuts\" at the tribunal.")
    assert _rows(text, entities) == [("fight every one of these cuts", "United Dockers Local")]


def test_a_role_of_people_told_of_an_organisation_takes_up_the_paragraphs_organisation() -> None:
    entities = [("Corrie Capital", "Corrie Capital", "ORG"), ("Halden Mining", "Halden Mining", "ORG")]
    text = ("Halden Mining named a new chair on Monday.\n\n"
            "Corrie Capital weighed in. The activist, which owns 4.1% of Halden, says in a statement it is "
            "\"glad the board finally moved\".")
    assert _rows(text, entities) == [("glad the board finally moved", "Corrie Capital")]


def test_a_role_of_people_told_of_an_organisation_named_paragraphs_before_stays_a_description() -> None:
    entities = [("Halden Mining", "Halden Mining", "ORG")]
    text = ("Halden Mining named a new chair on Monday.\n\n"
            "The activist, which owns 4.1% of the miner, says in a statement it is \"glad the board finally "
            "moved\".")
    assert _rows(text, entities) == [("glad the board finally moved", "The activist")]
