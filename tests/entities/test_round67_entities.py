"""Entity layer, round 67: invented sentences for each rule (every person, company and product here is fictional;
the places are real)."""
from __future__ import annotations

import pandas as pd

from analysis.entities.aliases import link_entities
from analysis.entities.recognize import recognize_entities
from tests.entity_helpers import corpus_story_mentions, linked_mentions as _linked, story_types as _story


def _rows(*mentions: tuple[str, str, str, str]) -> pd.DataFrame:
    """Mention rows ``(doc_id, surface, name, type)`` in document order."""
    return pd.DataFrame({"doc_id": [m[0] for m in mentions], "start": range(len(mentions)),
                         "end": [i + 5 for i in range(len(mentions))], "surface": [m[1] for m in mentions],
                         "name": [m[2] for m in mentions], "type": [m[3] for m in mentions], "role": "story"})


def _entities(linked: pd.DataFrame, surface: str) -> set[str]:
    return set(linked.loc[linked["surface"] == surface, "entity"])


# --- an organisation is shown by the short name most of the corpus writes alone -------------------------------------
_FORMAL = {
    "a": "Loss\n\nQuistoleo Zorbasileiro SA, to give the group its full name, reported a loss on Tuesday. "
         "Quistozorb has cut jobs twice this year.",
    "b": "Shares\n\nQuistozorb shares lost 9% on Wednesday after the minister named a new chairman. Quistozorb "
         "said its plans stood. Brokers said Quistozorb could slide further.",
    "c": "Board\n\nThe board of Quistozorb gathered on Friday. Quistozorb said the vote would be held in May.",
}


def test_the_short_name_most_articles_write_alone_names_the_company() -> None:
    linked = _linked(_FORMAL)
    assert _entities(linked, "Quistozorb") == {"Quistozorb"}
    assert _entities(linked, "Quistoleo Zorbasileiro SA") == {"Quistozorb"}  # one entity, named as most articles do


def test_a_formal_name_as_often_written_as_its_short_name_keeps_the_formal_name() -> None:
    linked = _linked({k: _FORMAL[k] for k in "ac"})
    assert _entities(linked, "Quistozorb") == {"Quistoleo Zorbasileiro"}


def test_initials_written_alone_in_most_articles_leave_the_full_name() -> None:
    full = ("a", "QASB", "Quist Aviation Safety Board", "ORG")
    alone = [("b", "QASB", "QASB", "ORG")] * 5
    assert _entities(link_entities(_rows(full, *alone)), "QASB") == {"Quist Aviation Safety Board"}


def test_a_listed_common_word_written_alone_in_most_articles_leaves_the_full_name() -> None:
    full = ("a", "Next", "Quistford Retail Group", "ORG")
    alone = [("b", "Next", "Next", "ORG")] * 5
    assert _entities(link_entities(_rows(full, *alone)), "Next") == {"Quistford Retail Group"}


def _corpus_entities(texts: dict[str, str]) -> dict[str, set[str]]:
    """surface -> its entities in the story mentions of invented articles (file name -> text), read as the product
    reads a corpus."""
    return corpus_story_mentions(texts).groupby("alias")["entity"].agg(set).to_dict()


def test_a_short_name_the_corpus_writes_in_lower_case_leaves_the_full_name() -> None:
    texts = {
        "a.txt": "Retail\n\nZorbo Retail Holdings (Beacon) said on Monday that sales rose. Beacon shares fell 2%.\n",
        "b.txt": "Shares\n\nBeacon shares rose 3% on Tuesday. Beacon said its stores were busy. Beacon also said "
                 "it would hire.\n",
        "c.txt": "Stores\n\nBeacon said on Wednesday it would open ten stores, a beacon for the high street.\n",
    }
    assert _corpus_entities(texts)["Beacon"] == {"Zorbo Retail Holdings"}
    texts["c.txt"] = texts["c.txt"].replace("a beacon", "a boost")
    assert _corpus_entities(texts)["Beacon"] == {"Beacon"}


def test_a_defined_short_name_written_alone_more_often_than_not_names_the_body() -> None:
    full = ("a", "Namiaut", "National Mining Authority", "ORG")
    alone = [("b", "Namiaut", "Namiaut", "ORG")] * 3
    assert _entities(link_entities(_rows(full, *alone)), "Namiaut") == {"Namiaut"}


# --- the name a person or a company went by before is no entity of its own ------------------------------------------
def test_a_former_name_after_a_descriptor_is_no_entity() -> None:
    found = _story("Deal\n\nQuistco dropped its sponsorship of Zeb, the singer formerly known as Tomas Quist, on "
                   "Friday. Zeb did not comment.")
    assert "Tomas Quist" not in found
    assert "Zeb" in found


def test_a_former_name_right_after_the_name_is_no_entity() -> None:
    found = _story("Deal\n\nQuistco dropped its sponsorship of Zeb, formerly known as Tomas Quist, on Friday.")
    assert "Tomas Quist" not in found


def test_a_trade_name_after_known_as_still_joins_the_company() -> None:
    found = _story("Plant\n\nZorbo Precision Industry, known as Quistcon, said on Monday that Quistcon would build "
                   "a plant in Ohio. Quistcon shares rose.")
    assert "Quistcon" in found


# --- a listed share class's code in a quote strip is the company the article names --------------------------------
def test_codes_of_share_classes_with_a_number_are_the_companies_named_in_the_article() -> None:
    found = _linked({"a": "Banks fall\n\nZorbo do Brasil fell 1.8%, Itaz Unibanco lost 4% and Quistobras dropped 6%."
                          "\n\nQSTB4 27.33 -6.63% | QSTB3 27.90 -7.92% | ZBAS3 -1.80% | ITUB4 -4.0% | GGXR4 +2.1%"})
    assert _entities(found, "QSTB4") == _entities(found, "QSTB3") == {"Quistobras"}
    assert _entities(found, "ZBAS3") == {"Zorbo do Brasil"}
    assert _entities(found, "ITUB4") == {"Itaz Unibanco"}
    assert not _entities(found, "GGXR4") & {"Quistobras", "Zorbo do Brasil", "Itaz Unibanco"}  # fits none


def test_codes_of_share_classes_with_a_letter_are_the_companies_named_in_the_article() -> None:
    found = _linked({"a": "Stockholm\n\nQuistsson shares fell 14% in Stockholm, and Zorvo lost 2%.\n\n"
                          "QUIS B  -14.2%\nZORV B  -2.0%\n"})
    assert _entities(found, "QUIS B") == {"Quistsson"}
    assert _entities(found, "ZORV B") == {"Zorvo"}


def test_a_code_whose_letters_fit_two_companies_is_neither() -> None:
    found = _linked({"a": "Banks\n\nQuistbank fell 2% and Quistobras lost 3%.\n\nQSTB4 -3.0%\n"})
    assert _entities(found, "QSTB4") == {"QSTB4"}


# --- a name between an owner and "feature" is the owner's product ---------------------------------------------------
def test_a_name_before_feature_after_its_is_a_product() -> None:
    found = _story("Listing\n\nThe broker set aside 35% of the shares for customers through its IPO Quist feature, "
                   "a large slice.")
    assert found == {"IPO Quist": "PRODUCT"}


# --- a code in brackets after a company's name that opens on a given name is its ticker -----------------------------
def test_a_ticker_after_a_company_named_with_a_given_name_joins_the_company() -> None:
    found = _story("Movers\n\n** Mavis Quist Group (MQT): The lender gained 1.1% in early trade.")
    assert found == {"Mavis Quist Group": "ORG"}


def test_a_party_after_a_person_s_name_stays_the_party() -> None:
    found = _story("Taxes\n\nChancellor Jo Quist (ZDP) said on Monday that taxes would rise.")
    assert found == {"Jo Quist": "PERSON", "ZDP": "ORG"}


# --- a military rank before a person's name, and two family names joined by "e" --------------------------------------
def test_two_family_names_joined_by_e_are_one_name_and_its_surname() -> None:
    rows = recognize_entities("Chair\n\nQuistel picked Tiago Quistaro e Zorba to chair its board. Quistaro e "
                              "Zorba told staff on Friday he was honoured.")
    people = rows[rows["type"] == "PERSON"]
    assert set(people["surface"]) == {"Tiago Quistaro e Zorba", "Quistaro e Zorba"}
    assert set(people["name"]) == {"Tiago Quistaro e Zorba"}


# --- a title that goes only before a name is a surname before "Jr." too -----------------------------------------------
def test_king_before_jr_is_the_surname_and_the_holiday_no_organisation() -> None:
    found = _story("Holiday\n\nMarkets were shut for the Jorge Quist King Jr. holiday, so Quistel's shares did not "
                   "trade.")
    assert found == {"Jorge Quist King Jr.": "OTHER", "Quistel": "ORG"}


def test_king_before_jr_after_a_given_name_is_a_person() -> None:
    found = _story("Speech\n\nDr. Jorge Quist King Jr. said on Monday that the plan would work.")
    assert found == {"Jorge Quist King Jr.": "PERSON"}
