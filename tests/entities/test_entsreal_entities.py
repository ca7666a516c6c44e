"""Entity layer, round 40 (entsreal): classes read on real news text (rows a careful reader judges wrong), one
invented case per rule with what the rule must leave alone. Every person, company and outlet here is fictional."""
from __future__ import annotations

import pandas as pd

from analysis.entities.aliases import link_entities


def _rows(*mentions: tuple[str, str, str, str]) -> pd.DataFrame:
    """Mention rows ``(doc_id, surface, name, type)`` in document order."""
    return pd.DataFrame({"doc_id": [m[0] for m in mentions], "start": range(len(mentions)),
                         "end": [i + 5 for i in range(len(mentions))], "surface": [m[1] for m in mentions],
                         "name": [m[2] for m in mentions], "type": [m[3] for m in mentions], "role": "story"})


def _entity_of(linked: pd.DataFrame, surface: str, doc: str) -> str:
    return linked.loc[(linked["surface"] == surface) & (linked["doc_id"] == doc), "entity"].iloc[0]


# --- a word of a longer name, read alone, is no short name the other articles follow -----------------------------
def test_a_word_an_article_kept_in_a_longer_name_is_no_definition_for_other_articles() -> None:
    # one article joined a modifier to the company ("the pro-Quist League Zorbogram account" -> "League Zorbogram")
    joined = [("a", "League Zorbogram", "League Zorbogram", "ORG"), ("a", "Zorbogram", "League Zorbogram", "ORG")]
    alone = [("b", "Zorbogram", "Zorbogram", "ORG"), ("c", "Zorbogram", "Zorbogram", "ORG")]
    linked = link_entities(_rows(*joined, *alone))
    assert _entity_of(linked, "Zorbogram", "b") == "Zorbogram"
    assert _entity_of(linked, "Zorbogram", "c") == "Zorbogram"
    # a short name that is no word of the full one is still the definition other articles follow
    defined = [("a", "Quist Mining Authority", "Quist Mining Authority", "ORG"),
               ("a", "Quimaut", "Quist Mining Authority", "ORG")]
    linked = link_entities(_rows(*defined, ("b", "Quimaut", "Quimaut", "ORG")))
    assert _entity_of(linked, "Quimaut", "b") == "Quist Mining Authority"


# --- a company written alone across the corpus is no surname of one article's joined name --------------------------
def test_a_company_named_alone_in_many_articles_is_no_surname_of_a_joined_name() -> None:
    # "a Zorbovision Chatterly chat": one article joins a broadcaster's name to the company and reads a person
    joined = [("a", "Zorbovision Chatterly", "Zorbovision Chatterly", "PERSON")]
    outlet = [("a", "Zorbovision", "Zorbovision", "ORG")]
    alone = [(d, "Chatterly", "Chatterly", "ORG") for d in "bcdef"] * 2
    linked = link_entities(_rows(*joined, *outlet, *alone))
    assert {_entity_of(linked, "Chatterly", d) for d in "bcdef"} == {"Chatterly"}
    assert set(linked.loc[linked["surface"] == "Chatterly", "type"]) == {"ORG"}
    # a person's surname typed an organisation by a few articles still goes to the person named in full
    person = [("a", "Tamsin Vorle", "Tamsin Vorle", "PERSON")] * 3
    surname = [(d, "Vorle", "Vorle", "ORG") for d in "bc"]
    linked = link_entities(_rows(*person, *surname))
    assert _entity_of(linked, "Vorle", "b") == "Tamsin Vorle"
    # and a surname whose full name opens with no organisation's name keeps it, however many its mentions
    person = [("a", "Tamsin Vorle", "Tamsin Vorle", "PERSON")]
    surname = [(d, "Vorle", "Vorle", "ORG") for d in "bcdef"] * 2
    linked = link_entities(_rows(*person, *surname))
    assert _entity_of(linked, "Vorle", "b") == "Tamsin Vorle"


# --- a party label before a person's name whose given name the list lacks ----------------------------------------
def test_a_party_label_is_no_part_of_a_persons_name() -> None:
    from test_entity_round10 import _story
    text = ("Race\n\nDemocrat Tamsin Vorle won the seat on Tuesday, and Republican Odile Brannock Quell conceded. "
            "Vorle thanked voters.\n")
    found = _story(text)
    assert found["Tamsin Vorle"] == "PERSON"
    assert "Odile Brannock Quell" in found  # (its type is another rule's matter)
    assert not any(name.startswith(("Democrat ", "Republican ")) for name in found), found
    # the party's own bodies, events and officers keep the label
    text = ("Race\n\nThe Republican National Convention opened as the Democratic Leadership Council and the "
            "Liberal Party met; a Republican National Committeeman spoke.\n")
    found = _story(text)
    assert "Republican National Convention" in found
    assert "Liberal Party" in found
    assert not {"National Convention", "National Committeeman", "Leadership Council"} & set(found), found


# --- an imperative 'Let' opening a sentence ----------------------------------------------------------------------
def test_let_opening_a_sentence_is_no_part_of_a_name() -> None:
    from test_entity_round10 import _people_orgs
    text = "Debate\n\n“Let Brindle Quist and me sit down and talk it out,” Jane Roe said on Monday.\n"
    found = _people_orgs(text)
    assert "Brindle Quist" in found
    assert not any(name.startswith("Let") for name in found), found
    # a name that only contains the letters stays whole
    text = "Sale\n\nLetta Quist said on Monday that Zorbo Capital would sell its stake, and Jane Roe agreed.\n"
    assert _people_orgs(text) == {"Letta Quist", "Zorbo Capital", "Jane Roe"}


# --- a given name alone beside one person's many mentions and a few names it opens -------------------------------
def test_a_given_name_alone_goes_to_the_person_it_opens_beside_a_few_organisations() -> None:
    person = [("a", "Tamsin Vorle", "Tamsin Vorle", "PERSON")] * 12
    others = [("b", "Tamsin PAC", "Tamsin PAC", "ORG"), ("c", "Crooked Tamsin", "Crooked Tamsin", "PERSON"),
              ("c", "Candidate Tamsin", "Candidate Tamsin", "PERSON")]  # (two, so neither holds the surname)
    alone = [(d, "Tamsin", "Tamsin", "ORG") for d in "de"]
    linked = link_entities(_rows(*person, *others, *alone))
    assert _entity_of(linked, "Tamsin", "d") == "Tamsin Vorle"
    assert set(linked.loc[linked["surface"] == "Tamsin", "type"]) == {"PERSON"}
    # a word opening an organisation as often as the person is no given name of that person
    orgs = [(d, "Tamsin Holdings", "Tamsin Holdings", "ORG") for d in "fgh"] \
        + [(d, "Tamsin Foods", "Tamsin Foods", "ORG") for d in "fgh"]
    linked = link_entities(_rows(*person[:6], *orgs, *alone))
    assert _entity_of(linked, "Tamsin", "d") == "Tamsin"
