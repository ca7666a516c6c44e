"""Entity layer, round 64: a wire credited as the story's source is a credit, and an index's acronym is an index.
Every company and outlet here is invented; the places are real."""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _roles(text: str) -> dict[str, tuple[str, str]]:
    """name -> (type, role) of the mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    return {name: (kind, role) for name, kind, role in zip(df["name"], df["type"], df["role"], strict=True)}


def test_a_closing_line_naming_the_wire_reports_is_a_credit() -> None:
    found = _roles("Plan dropped\n\nQuistco shares fell 3% on Monday after the plan was dropped.\n\n"
                   "From Brellwick Ledger Wire reports.")
    assert found["Brellwick Ledger Wire"] == ("ORG", "credit")
    assert found["Quistco"] == ("ORG", "story")


def test_a_sentence_saying_a_wire_material_was_used_is_a_credit() -> None:
    found = _roles("Shares slide\n\nShares of Quistco fell 16% on Thursday.\n\n"
                   "Talmore Wire Service material was used in this report.")
    assert found["Talmore Wire Service"] == ("ORG", "credit")


def test_reports_of_a_company_in_a_sentence_are_no_credit() -> None:
    found = _roles("Sales\n\nFrom Quistco reports of its sales, analysts said the drop was large. Zorbo Bank agreed.")
    assert found["Quistco"] == ("ORG", "story")
    assert found["Zorbo Bank"] == ("ORG", "story")


def test_the_dow_by_its_acronym_is_an_index() -> None:
    found = _roles("Stocks\n\nDJIA +1.9% | S&P 500 +1.7%\n\nThe DJIA rose 1.9% on Thursday as Quistco jumped.")
    assert found["DJIA"] == ("INDEX", "story")
