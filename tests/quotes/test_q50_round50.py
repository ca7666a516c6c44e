"""Quote engine, round 50 (quotes50): a surname ending in -ly after "said", "she" after an unnamed spokeswoman for a
named company, "it" after a description with capitalised adjectives ("The Danish shipping group said"), and a
verb of saying in the infinitive ("X has been careful to say"). Invented companies, people and sentences; the
entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# a capitalised word ending in -ly inside a sentence is a name ("said Brennelly"), not an adverb ("Finally, …")
FAN = [("Cathal Brennelly", "Cathal Brennelly", "PERSON"), ("Brennelly", "Cathal Brennelly", "PERSON")]


def test_a_surname_ending_in_ly_after_said() -> None:
    text = ("For Cathal Brennelly, the news landed badly.\n\n“I joined for one reason: the Harriers,” said "
            "Brennelly, 61, a retired welder from Amesbury who has held season tickets since 1999. “Now I pay "
            "twice.”")
    assert _rows(text, FAN) == [("I joined for one reason: the Harriers,", "Cathal Brennelly"),
                                ("Now I pay twice.", "Cathal Brennelly")]


def test_an_adverb_ending_in_ly_opening_a_sentence_is_no_name() -> None:
    # left alone: "Domestically" opens its sentence; the subject after it speaks
    text = "Domestically, Cathal Brennelly said the club was “in good shape”."
    assert _rows(text, FAN) == [("in good shape", "Cathal Brennelly")]


# "A spokeswoman for X said … . She said …": the pronoun takes up the unnamed spokeswoman, who speaks for X
MINER = [("Torvane Mining", "Torvane Mining", "ORG"), ("Esk Valley", "Esk Valley", "PLACE"),
         ("Ines Garcia", "Ines Garcia", "PERSON")]


def test_she_after_a_spokeswoman_for_a_named_company() -> None:
    text = ("Torvane Mining shares rose 3% on Monday.\n\nA spokeswoman for Torvane Mining said the company was "
            "\"in talks with several buyers\" but gave no figures. She said the plant at Esk Valley was running at "
            "\"close to capacity\".\n\nAnalysts were unconvinced. \"It cannot dig faster,\" said Ines Garcia.")
    assert _rows(text, MINER) == [("in talks with several buyers", "Torvane Mining"),
                                  ("close to capacity", "Torvane Mining"),
                                  ("It cannot dig faster,", "Ines Garcia")]


# "The Danish shipping group said … . It said …": "it" takes up the description, whatever adjectives it has
SHIPPER = [("Kattegat Lines", "Kattegat Lines", "ORG")]


def test_it_after_a_description_with_capitalised_adjectives() -> None:
    text = ("COPENHAGEN - Kattegat Lines said on Friday that a review of its tanker unit had found errors in its "
            "2025 accounts.\n\nThe Danish shipping group said the review had found no similar errors in its ferry "
            "business. It said it would widen the review to every unit \"as a precaution,\" with a final report "
            "in March.")
    assert _rows(text, SHIPPER) == [("as a precaution,", "Kattegat Lines")]


# "X has been careful to say …", "X went on to say …": the subject before the predicate says it
UNION = [("Mara Quell", "Mara Quell", "PERSON"), ("Brightwater Air", "Brightwater Air", "ORG")]


def test_a_verb_of_saying_in_the_infinitive() -> None:
    text = ("Drivers have rejected deals at two other bus firms this year, and union president Mara Quell has been "
            "careful to say the offer is one members \"can live with,\" not one they must accept.")
    assert _rows(text, UNION) == [("can live with,", "Mara Quell")]
    text = ("Brightwater Air cut 40 flights this week, and union leader Mara Quell was quick to add that the cuts "
            "were \"only the start\".")
    assert _rows(text, UNION) == [("only the start", "Mara Quell")]
