"""Two apostrophes as double quotation marks (''A,'' she said), the convention of some newspapers' archives: read
as quotations in a paragraph with no other double mark, left alone beside straight or curly marks (a quotation
inside a quotation) and after a digit (inches). Every name and sentence is invented."""

from __future__ import annotations

from analysis.quotes.marks import typewriter_marks
from tests.quotes.test_quote_engine import quotes

ENTS = [("Rita Olesk", "Rita Olesk", "PERSON"), ("Tavener Mills", "Tavener Mills", "ORG")]


def test_two_apostrophes_on_both_sides_quote_in_a_paragraph_without_other_marks() -> None:
    text = ("Tavener Mills will close its Dunmore plant. ''We did not take this lightly,'' Rita Olesk said on "
            "Monday. ''The orders are gone.''")
    assert len(typewriter_marks(text)) == len(text)
    q = quotes(text, ENTS)
    assert list(q["quote"]) == ["We did not take this lightly,", "The orders are gone."]
    assert [text[a:b] for a, b in zip(q["start"], q["end"])] == list(q["quote"])
    assert set(q["speaker"]) == {"Rita Olesk"}


def test_a_multi_paragraph_quotation_opens_each_paragraph_with_two_apostrophes() -> None:
    text = ("Rita Olesk spoke to the staff on Monday.\n\n''We did not take this lightly. The orders are gone.\n\n"
            "''We will help everyone find new work,'' she said.")
    q = quotes(text, ENTS)
    assert list(q["quote"]) == ["We did not take this lightly. The orders are gone. We will help everyone find new work,"]
    assert list(q["speaker"]) == ["Rita Olesk"]


def test_two_apostrophes_beside_double_marks_or_after_a_digit_are_left_alone() -> None:
    inside = "\"They told us ''not yet'' twice,\" Rita Olesk said."
    assert typewriter_marks(inside) == inside
    assert list(quotes(inside, ENTS)["quote"]) == ["They told us ''not yet'' twice,"]
    inches = "Rita Olesk, who is 6'2'', spoke first."
    assert typewriter_marks(inches) == inches
    assert quotes(inches, ENTS).empty


def test_two_backticks_left_open_at_a_paragraphs_end_go_on_into_the_next_paragraph() -> None:
    text = ("Rita Olesk spoke to the staff on Monday. ``We did not take this lightly. The orders are gone.\n\n"
            "``We will help everyone find new work,'' she said.")
    assert len(typewriter_marks(text)) == len(text)
    q = quotes(text, ENTS)
    assert list(q["quote"]) == ["We did not take this lightly. The orders are gone. We will help everyone find new work,"]
    assert list(q["speaker"]) == ["Rita Olesk"]
