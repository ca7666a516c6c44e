"""Quote engine, round 47 (lead): a word a sentence opens with in quotation marks and then explains ("“Transition” is a
reference to ...") is named, not said, so it is nobody's quotation. Invented names and sentences; entities by hand."""

from __future__ import annotations

from test_quote_engine import quotes

PELL = [("Ada Pell", "Ada Pell", "PERSON"), ("Tarrow Data", "Tarrow Data", "ORG")]


def _quoted(text: str) -> list[str]:
    return list(quotes(text, PELL)["quote"])


def test_a_word_named_and_explained_is_no_quotation() -> None:
    said = "“We have completed the transition,” Ada Pell, chief executive of Tarrow Data, said in an interview."
    for named in ("“Transition” is a reference to the company's five-year restructuring effort.",
                  "“Dry powder” means cash a fund has raised but not yet invested.",
                  "“Glide path” refers to the bank's plan for cutting rates."):
        assert _quoted(f"{said} {named}") == ["We have completed the transition,"], named


def test_a_quotation_that_opens_a_sentence_and_is_said_stays() -> None:
    text = ("Ada Pell was asked about the plan. “Transition,” she said, “is a word we use too often.” "
            "“A reference to the past” is how she described the old name.")
    assert any(q.startswith("Transition,") for q in _quoted(text))  # (the split quotation read as one)
