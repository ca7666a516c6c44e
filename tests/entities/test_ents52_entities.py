"""Entity layer, round 52 (lead): a company whose name opens on a word that is also a title before a person's name
("Cardinal", "Premier"), with its legal form after it or a title and a person after it. Invented companies and people."""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def test_a_title_word_opening_a_company_with_its_legal_form_is_the_company() -> None:
    names = _story("Distributors slip\n\nShares of Cardinal Health Inc. fell 3.2% on Tuesday after the drug distributor "
                   "cut its outlook.")
    assert names.get("Cardinal Health") == "ORG"
    assert "Health" not in names


def test_a_title_word_opening_a_company_before_its_officer() -> None:
    names = _story("Distributors slip\n\n\"We see pressure in the second half,\" Cardinal Health Chief Executive Lena "
                   "Morrow said on Tuesday.")
    assert names.get("Cardinal Health") == "ORG"
    assert names.get("Lena Morrow") == "PERSON"
    assert "Health" not in names


def test_a_cleric_keeps_the_title() -> None:
    names = _story("Synod opens\n\nCardinal Tomasz Wierzbicki opened the synod on Sunday, the archdiocese said.")
    assert "Tomasz Wierzbicki" in names
    assert names["Tomasz Wierzbicki"] == "PERSON"
