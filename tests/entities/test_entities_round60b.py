"""Entity linking, round 60 (b): one invented case per rule with what the rule must leave alone. Every company here
is fictional; the places are real."""
from __future__ import annotations

import pandas as pd

from analysis.entities.aliases import acronym_matches, is_clipped_last_word, link_entities
from analysis.entities.catalog import get_lexicon
from analysis.entities.recognize import recognize_entities


def _linked(docs: dict[str, str]) -> pd.DataFrame:
    """The linked story mentions of invented articles (doc id -> text)."""
    frames = []
    for doc_id, text in docs.items():
        df = recognize_entities(text)
        frames.append(df.assign(doc_id=doc_id))
    linked = link_entities(pd.concat(frames, ignore_index=True))
    return linked[linked["role"] == "story"]


def _entity_of(linked: pd.DataFrame, doc_id: str, surface: str) -> set[str]:
    rows = linked[(linked["doc_id"] == doc_id) & (linked["surface"] == surface)]
    return set(rows["entity"])


# --- a bare name means the group the corpus names by it, not a unit whose longer name opens with it ----------------
_GROUP_DOCS = {
    "a": "Shares of China Quistora Group fell 12% on Monday. Quistora Property Services slid 5%. "
         "Quistora said it would meet its bond payments, and Quistora's chairman met creditors.",
    "b": "Shares of Quistora fell 9% on Thursday. Quistora said it would pay.",
    "c": "China Quistora Group said on Friday that talks with creditors continued.",
}


def test_a_bare_name_links_to_the_group_not_its_unit() -> None:
    linked = _linked(_GROUP_DOCS)
    group = _entity_of(linked, "c", "China Quistora Group")
    assert len(group) == 1
    assert _entity_of(linked, "a", "Quistora") == group
    assert _entity_of(linked, "b", "Quistora") == group
    assert _entity_of(linked, "a", "Quistora Property Services") != group  # the unit keeps its own name


def test_a_bare_name_without_a_group_still_links_to_the_one_longer_name() -> None:
    linked = _linked({"a": "Kestrowe Heavy Industries rose 4% on Monday. Kestrowe said orders were strong.",
                      "b": "Kestrowe shares gained again on Tuesday, traders said."})
    full = _entity_of(linked, "a", "Kestrowe Heavy Industries")
    assert _entity_of(linked, "b", "Kestrowe") == full


# --- an acronym may give both nouns of a word joined of two business nouns a letter ("JAL") ----------------------
def test_an_acronym_reads_a_joined_business_noun_as_two_words() -> None:
    lex = get_lexicon()
    assert acronym_matches("QAL", ["Quistland", "Airlines"], lex)
    assert acronym_matches("QA", ["Quistland", "Airlines"], lex)
    assert not acronym_matches("QAL", ["Quistland", "Airways"], lex)  # "ways" is no business noun


def test_the_acronym_links_to_the_airline_in_its_article() -> None:
    linked = _linked({"a": "In Tokyo, Quistland Airlines said check-in systems were down. QAL shares slipped 0.6%."})
    assert _entity_of(linked, "a", "QAL") == _entity_of(linked, "a", "Quistland Airlines")


# --- a last word clipped where a second word is joined to it with a capital ("Spirit Aero") ------------------------
def test_a_name_clipped_at_an_inner_capital_is_the_same_name() -> None:
    assert is_clipped_last_word(["Quist", "Aero"], ["Quist", "AeroWorks"])
    assert not is_clipped_last_word(["Quist", "Aero"], ["Quist", "AeroX"])  # a cut of one letter is no word
    assert not is_clipped_last_word(["Quist", "Aer"], ["Quist", "AerWorks"])  # three letters kept: too short


def test_a_clipped_name_in_one_article_is_the_full_name_of_another() -> None:
    linked = _linked({"a": "Shares of Quistel AeroWorks rose 3% on Monday after the supplier won an order.",
                      "b": "Shares of Quistel Aero rebounded 2% on Tuesday, traders said."})
    assert _entity_of(linked, "b", "Quistel Aero") == _entity_of(linked, "a", "Quistel AeroWorks")


# --- a lone "Holdings" after "and" closes the name before it ("X Developments and Holdings") -----------------------
def test_a_lone_holdings_after_and_closes_the_name() -> None:
    found = recognize_entities("Quistal Land added 3.1% and Zorbo Developments and Holdings climbed 4.3% on Monday.")
    names = dict(zip(found["name"], found["type"]))
    assert names.get("Zorbo Developments and Holdings") == "ORG", names
    assert "Zorbo Developments" not in names


# --- "the Quistford stock exchange" in lower case names the exchange ------------------------------------------------
def test_a_place_stock_exchange_in_lower_case_is_an_organisation(tmp_path) -> None:
    from pipeline_helpers import story_entities

    found = story_entities(tmp_path, {"a.txt": "Quistel warns on payments\n\nQuistel Holdings told the Hong Kong "
                                               "stock exchange on Monday that it may miss a payment. Its shares fell."})
    assert ("Hong Kong stock exchange", "ORG") in found["a"], found["a"]
    assert ("Hong Kong", "PLACE") not in found["a"]


# --- a share move after a long apposition, or written "4.6pc", still makes its subject a company ------------------
def test_a_move_after_a_long_apposition_types_its_subject() -> None:
    found = recognize_entities("Miners rallied. Kestrelex, the Freedonian pellet producer that has slumped 38 per cent "
                               "since July, rose 4.6pc after prices steadied.")
    assert dict(zip(found["name"], found["type"])).get("Kestrelex") == "ORG"


def test_a_place_stock_exchange_filing_names_the_exchange(tmp_path) -> None:
    from pipeline_helpers import story_entities

    found = story_entities(tmp_path, {"a.txt": "Quistel warns on payments\n\nQuistel Holdings said in a Hong Kong "
                                               "stock exchange filing on Monday that it may miss a payment."})
    assert ("Hong Kong stock exchange", "ORG") in found["a"], found["a"]
