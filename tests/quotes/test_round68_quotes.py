"""Quote engine, round 68 (quotes68). Invented people, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.mentions``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,."), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


HALDEN = [("Halden Foods", "Halden Foods", "ORG")]
LEAD = "Halden Foods on Monday rejected a newspaper report about its factories, and its shares fell 4%.\n\n"


def test_the_statement_a_company_gave_after_its_quotation_goes_on_speaking_for_it() -> None:
    # "“…,” the company said in a statement. … The statement added: “…”": the statement is the company's, though its
    # description stands after the closing mark of the quotation (not after a plain comma)
    text = LEAD + ("\"Our factories meet every standard,\" the company said in a statement.\n\n"
                   "The statement added: \"Independent audits have confirmed our practices.\"")
    assert _rows(text, HALDEN) == [("Our factories meet every standard", "Halden Foods"),
                                   ("Independent audits have confirmed our practices", "Halden Foods")]


def test_the_statement_after_a_plain_clause_is_still_the_company_s() -> None:
    # unchanged: "…, the company said in a statement" after a clause of its own
    text = LEAD + ("Its factories meet every standard, the company said in a statement.\n\n"
                   "The statement added: \"Independent audits have confirmed our practices.\"")
    assert _rows(text, HALDEN) == [("Independent audits have confirmed our practices", "Halden Foods")]


COURT = [("Maria Ortlund", "Maria Ortlund", "PERSON"), ("Circuit Court", "Circuit Court", "ORG"),
         ("Dunmore", "Dunmore", "GPE"), ("Halden Foods", "Halden Foods", "ORG")]


def test_the_person_heads_a_body_whose_name_holds_other_names() -> None:
    # "Judge X of the Circuit Court of the City of Dunmore wrote": the entity layer finds names inside the court's
    # name; the person before "of" is the subject, not the place that ends the phrase
    text = ("A state judge upheld a jury award against Halden Foods on Tuesday.\n\nCircuit Judge Maria Ortlund of the "
            "Circuit Court of the City of Dunmore wrote that there was \"clear proof\" of fault.")
    assert _rows(text, COURT) == [("clear proof", "Maria Ortlund")]


def test_a_place_alone_before_the_verb_still_speaks() -> None:
    # unchanged: a place with no person before it is the subject ("the City of Dunmore said")
    text = "The City of Dunmore said the award was \"far too high.\""
    assert _rows(text, COURT) == [("far too high", "Dunmore")]


def test_a_body_named_in_the_sentence_before_does_not_join_the_next_subject_to_its_speaker() -> None:
    # unchanged: "… said X at Acme Securities. Y at Tolland Brothers was less sure:": Y, not X across the full stop
    entities = [("Odile Varsen", "Odile Varsen", "PERSON"), ("Brackwater Securities", "Brackwater Securities", "ORG"),
                ("Kasimir Adeyanju", "Kasimir Adeyanju", "PERSON"), ("Tolland Brothers", "Tolland Brothers", "ORG")]
    text = ("\"We like the deal,\" said Odile Varsen at Brackwater Securities. Kasimir Adeyanju at Tolland Brothers "
            "was less sure: \"The synergies look thin.\"")
    assert _rows(text, entities) == [("We like the deal", "Odile Varsen"), ("The synergies look thin", "Kasimir Adeyanju")]
