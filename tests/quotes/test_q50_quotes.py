"""Quote engine, round 42 (q50): classes of news prose counted across the sixteen read corpora and real text
before they were fixed. Invented companies, people and sentences; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# a person "of" an organisation whose name holds "and": the phrase read back from the verb stops at "and", inside
# the organisation's name; the person before "of the" still speaks, as with a name without "and"
BOARD = [("Petra Lindqvist", "Petra Lindqvist", "PERSON"), ("Lake and Forest Board", "Lake and Forest Board", "ORG"),
         ("Lindqvist", "Petra Lindqvist", "PERSON")]


def test_a_person_of_an_organisation_whose_name_holds_and() -> None:
    text = ("“The permits were never the problem,” chief ranger Petra Lindqvist of the Lake and Forest Board told "
            "reporters on Monday.")
    assert _rows(text, BOARD) == [("The permits were never the problem,", "Petra Lindqvist")]


def test_an_organisation_whose_name_holds_and_left_alone() -> None:
    # left alone: the organisation itself speaking
    text = "“The permits were never the problem,” the Lake and Forest Board said on Monday."
    assert _rows(text, BOARD) == [("The permits were never the problem,", "Lake and Forest Board")]


# a dateline in capitals without the agency ("HARBOURTON — "): the story's first clause has its subject after it,
# so a participle's speaker is that subject, not the dateline's place or a place in a phrase of time
PORT = [("Corvel Pay", "Corvel Pay", "ORG"), ("HARBOURTON", "Harbourton", "PLACE"),
        ("Harbourton", "Harbourton", "PLACE")]


def test_a_participle_after_a_dateline_in_capitals() -> None:
    text = ("HARBOURTON - Corvel Pay halted all transfers late on Monday, Harbourton time, saying it faced "
            "\"a sudden shortfall\" of cash.")
    assert _rows(text, PORT) == [("a sudden shortfall", "Corvel Pay")]
    text = ("HARBOURTON, Oct 3 — Corvel Pay halted all transfers late on Monday, Harbourton time, saying it faced "
            "\"a sudden shortfall\" of cash.")
    assert _rows(text, PORT) == [("a sudden shortfall", "Corvel Pay")]


def test_a_heading_in_capitals_is_no_dateline() -> None:
    # left alone: a heading in capitals of more than three words before a dash stays part of the line
    from analysis.quotes.phrases import _CAPS_DATELINE

    assert _CAPS_DATELINE.match("THE BOARD HAS QUESTIONS TO ANSWER — Corvel Pay said") is None
    assert _CAPS_DATELINE.match("Harbourton — Corvel Pay said") is None
    assert _CAPS_DATELINE.match("NEW HARBOURTON, Oct 3 — Corvel Pay said").end() == 24
