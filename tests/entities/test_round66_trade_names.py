"""Entity layer, round 66: a company that the text names formally once, then by the trade name it gives, is shown
under the trade name (every company and person here is fictional; the places are real)."""
from __future__ import annotations

from tests.entity_helpers import linked_mentions as _linked, story_types as _story


def test_a_trade_name_the_body_then_uses_is_the_display_name() -> None:
    found = _story("Quispetro falls\n\nShares of Quistel Petroquimica SA, known as Quispetro, fell on Monday. "
                   "Quispetro said its board would meet. Analysts expect Quispetro to cut its dividend.")
    assert found == {"Quispetro": "ORG"}


def test_a_body_known_by_a_short_name_is_shown_under_it() -> None:
    found = _story("Fire report\n\nThe Harwick Department of Forestry and Fire Rescue, known as Har Fire, said on "
                   "Thursday the blaze began near a substation. Har Fire crews reached it within an hour.")
    assert found.get("Har Fire") == "ORG"
    assert "Harwick Department of Forestry and Fire Rescue" not in found


def test_a_trade_name_written_once_keeps_the_formal_name() -> None:
    found = _story("Assembler rises\n\nZorbo Precision Industry, the biggest assembler of phones, rose 2.6% on "
                   "Thursday. The company, known as Quistcon abroad, also builds servers.")
    assert found == {"Zorbo Precision Industry": "ORG"}


def test_the_trade_name_names_the_company_in_other_articles_too() -> None:
    linked = _linked({"a": "Board meets\n\nQuistel Petroquimica SA, known as Quispetro, said on Monday its board "
                           "would meet. Quispetro shares fell.",
                      "b": "Shares recover\n\nQuispetro rose 3.1% on Tuesday."})
    assert set(linked.loc[linked["surface"].str.startswith("Quis"), "entity"]) == {"Quispetro"}


# --- a given name of another language's press opens a person's name ---------------------------------------------
def test_a_long_portuguese_name_with_a_particle_is_a_person() -> None:
    found = _story("Politics\n\nFormer president Luiz Inacio Quistaro da Zorba criticised the move on Tuesday.")
    assert found == {"Luiz Inacio Quistaro da Zorba": "PERSON"}
