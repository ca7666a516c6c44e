"""Quote engine, round 52 (quotes52): a document as the subject of the quotation's clause speaks for the body that
issued it. Invented bodies, companies and sentences; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


AUTHORITY = [("Harbour Safety Authority", "Harbour Safety Authority", "ORG"),
             ("HSA", "Harbour Safety Authority", "ORG"), ("Brenton Tankers", "Brenton Tankers", "ORG")]


def test_a_bodys_numbered_form_speaks_for_the_body() -> None:
    # "The HSA's Form 22": a possessive before a form named by its number; the form is no person called "Form"
    text = ("Harbour Safety Authority inspectors visited the Brenton Tankers yard in May.\n\n"
            "The HSA's Form 22, dated May 3, lists four findings, including that the operator \"failed to log "
            "pressure checks\" on two of its barges.")
    assert _rows(text, AUTHORITY) == [("failed to log pressure checks", "Harbour Safety Authority")]


def test_an_owned_report_listing_findings_speaks_for_its_owner() -> None:
    text = ("The Harbour Safety Authority's inspection report lists four findings, including that Brenton Tankers "
            "\"did not train its crews\" for night loading.")
    assert _rows(text, AUTHORITY) == [("did not train its crews", "Harbour Safety Authority")]


BOARD = [("Coastal Licensing Board", "Coastal Licensing Board", "ORG"),
         ("Pellmark Foods", "Pellmark Foods", "ORG"), ("Harbour Wire", "Harbour Wire", "ORG"),
         ("LISBURN", "Lisburn", "PLACE")]


def test_the_order_after_a_body_ordered_something_is_that_bodys() -> None:
    # "X ordered …. The suspension order said …": the order is the act of the body that ordered
    text = ("LISBURN, March 4 (Harbour Wire) - The Coastal Licensing Board on Tuesday ordered Pellmark Foods to "
            "close its Ardmore depot.\n\n"
            "The suspension order, seen by Harbour Wire, said the company had kept solvents in \"plainly unsafe "
            "drums\" near the canal.")
    assert _rows(text, BOARD) == [("plainly unsafe drums", "Coastal Licensing Board")]


def test_the_ruling_after_a_tribunal_ruled_is_the_tribunals() -> None:
    entities = [("Marlow Appeals Tribunal", "Marlow Appeals Tribunal", "ORG"), ("Ostrava Mills", "Ostrava Mills", "ORG")]
    text = ("The Marlow Appeals Tribunal ruled on Friday that Ostrava Mills must repay the grant.\n\n"
            "The ruling said the mill had shown \"a pattern of careless accounting\" for six years.")
    assert _rows(text, entities) == [("a pattern of careless accounting", "Marlow Appeals Tribunal")]


def test_an_order_with_no_issuing_verb_before_it_names_no_one() -> None:
    # no body "ordered" anything before: the order stays unattributed
    text = ("Pellmark Foods shares fell 4% on Tuesday.\n\n"
            "The suspension order said the company had kept solvents in \"plainly unsafe drums\" near the canal.")
    assert _rows(text, BOARD) == [("plainly unsafe drums", "")]
