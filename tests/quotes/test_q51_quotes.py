"""Quote engine, round 43 (q51): classes of news prose counted across the eighteen read corpora and real text
before they were fixed. Invented companies, people and sentences; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# a wire's dateline with the state and the date before the agency ("BRAMFORD, Vt., Oct 4 (Harbour Wire) - "): the
# story's first clause has its subject after it, not the month of the date
WIRE = [("Corvel Pay", "Corvel Pay", "ORG"), ("BRAMFORD", "Bramford", "PLACE"), ("Vt.", "Vermont", "PLACE")]


def test_a_clause_after_a_dateline_with_state_and_date() -> None:
    text = ("BRAMFORD, Vt., Oct 4 (Harbour Wire) - Corvel Pay on Tuesday halted all transfers, but said it was "
            "\"a short pause\" and not a shortfall.")
    assert _rows(text, WIRE) == [("a short pause", "Corvel Pay")]
    text = ("BRAMFORD, Vt., Oct 4 (Harbour Wire) - A state judge on Tuesday refused to dismiss the county's suit, "
            "but said it was \"too early\" to decide on damages.")
    assert _rows(text, WIRE) == [("too early", "A state judge")]  # a description, no name (not "Oct")


def test_a_list_of_places_is_no_dateline() -> None:
    # left alone: one or two commas after the place, as before; a list of three or more names is no dateline
    from analysis.quotes.phrases import _DATELINE

    assert _DATELINE.match("BRAMFORD (Harbour Wire) - Corvel Pay said").end() == 26
    assert _DATELINE.match("Bramford, Vermont (Harbour Wire) — Corvel Pay said").end() == 35
    assert _DATELINE.match("Corvel, Ardent, Belmor, Castel (the four lenders) - said") is None


# a description's subject ends at its past verb and that verb's object: "The bank raised its target for Varnholt
# and said …" is the bank's (the analyst's employer), not the company named in the object
STEEL = [("Varnholt Steel", "Varnholt Steel", "ORG"), ("Varnholt", "Varnholt Steel", "ORG"),
         ("Ola Brenner", "Ola Brenner", "PERSON"), ("Kessel Bank", "Kessel Bank", "ORG")]


def test_a_description_subject_ends_at_its_past_verb() -> None:
    text = ("Shares of Varnholt Steel rose 3% on Thursday.\n\n"
            "\"The math has changed for importers,\" said Ola Brenner, an analyst at Kessel Bank in Oslo.\n\n"
            "The bank raised its price target for Varnholt and said the duties were \"a clear boost for margins\".")
    assert _rows(text, STEEL) == [("The math has changed for importers,", "Ola Brenner"),
                                  ("a clear boost for margins", "Kessel Bank")]


def test_a_description_with_a_participle_left_alone() -> None:
    # left alone: a participle before a noun, not an object ("the lender's appointed administrator") stays part of
    # the phrase
    from analysis.quotes.phrases import head_phrase

    text = "the lender's appointed administrator said"
    assert head_phrase(text, 0, len(text) - 5).end == 36
    text = "The bank raised its price target for Varnholt and said"
    assert head_phrase(text, 0, len(text) - 5).end == 8


# "in the words of NAME" right after a fragment: the words are that person's, not those of the clause's subject
# (a document: "The complaint, filed in …, accuses X of …")
SUIT = [("Corvel", "Corvel", "ORG"), ("Nadia Pell", "Nadia Pell", "PERSON")]


def test_in_the_words_of_after_a_fragment() -> None:
    text = ("The complaint, filed in the district court, accuses Corvel of using its grip on both sides of the market "
            "to take \"a slice of every payment,\" in the words of Deputy Commissioner Nadia Pell.")
    assert _rows(text, SUIT) == [("a slice of every payment,", "Nadia Pell")]


def test_a_fragment_without_in_the_words_of_left_alone() -> None:
    # left alone: a fragment of what a document says, with no "in the words of" right after it, keeps no named
    # speaker; a direct quotation with its own verb keeps that verb's subject
    text = ("The complaint, filed in the district court, accuses Corvel of using its grip on both sides of the market "
            "to take \"a slice of every payment\" from merchants.")
    assert _rows(text, SUIT) == [("a slice of every payment", "")]
    text = "Corvel rejected the suit. \"It ignores every rival we have,\" the company said, in the words of its filing."
    assert _rows(text, SUIT) == [("It ignores every rival we have,", "Corvel")]
