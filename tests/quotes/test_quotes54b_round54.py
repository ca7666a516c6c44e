"""Quote engine, round 54 (quotes54b): a legal form with a slash is part of a company's name ("Acme A/S"); a refusal
to comment that excepts words ("declined to comment, other than to say") is the decliner's; "blamed" and "termed"
report words; "the committee" takes up the body an earlier "a <Name> … committee" introduced; "the attorney
general's office" takes up the office named with that title before; a short name two full names open with is the shorter one's. Invented bodies, people and sentences; the
entity mentions are given by hand."""

from __future__ import annotations

import pandas as pd
from test_quote_engine import quotes

from analysis.quotes.find import find_quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


def test_a_legal_form_with_a_slash_stays_in_the_name() -> None:
    text = "Oslo software maker Fjordly A/S said on Monday it would pause sign-ups \"until there is clarity\" on fees."
    assert _rows(text, [("Fjordly A/S", "Fjordly", "ORG")]) == [("until there is clarity", "Fjordly")]


PEOPLE = [("Ruth Okafor", "Ruth Okafor", "PERSON"), ("Okafor", "Ruth Okafor", "PERSON"),
          ("Dan Pell", "Dan Pell", "PERSON"), ("Pell", "Dan Pell", "PERSON"), ("Harlow Group", "Harlow Group", "ORG")]


def test_declined_to_comment_other_than_to_say_is_the_decliners() -> None:
    text = ("Ruth Okafor chairs Harlow Group.\n\nOkafor declined to comment on the search for a new chief, other than "
            "to say Pell, the company's other founder, was \"not in the running\".")
    assert _rows(text, PEOPLE) == [("not in the running", "Ruth Okafor")]


BODIES = [("Harlow Group", "Harlow Group", "ORG"), ("Norland", "Norland", "GPE")]


def test_blamed_reports_words() -> None:
    text = "Harlow Group shares rose after a Norland government panel blamed \"a single loose bolt\" for the fault."
    assert _rows(text, BODIES) == [("a single loose bolt", "a Norland government panel")]


def test_termed_reports_words() -> None:
    text = "Ruth Okafor chairs Harlow Group. Okafor termed the offer \"an insult to shareholders\"."
    assert _rows(text, PEOPLE) == [("an insult to shareholders", "Ruth Okafor")]


def test_the_committee_takes_up_the_body_an_earlier_description_introduced() -> None:
    text = ("Harlow Group shares rose after a Norland government committee found no flaw.\n\n"
            "In a report, the three-member committee said the fire was caused by \"a single loose bolt\".")
    assert _rows(text, BODIES) == [("a single loose bolt", "Norland government")]


def test_the_committee_with_no_body_introduced_stays_a_description() -> None:
    # guard: "a committee" holds no name, so the later committee names no one
    text = ("Harlow Group shares rose after a committee found no flaw.\n\n"
            "In a report, the three-member committee said the fire was caused by \"a single loose bolt\".")
    assert _rows(text, BODIES) == [("a single loose bolt", "the three-member committee")]


def test_an_office_named_by_its_holders_title_takes_up_the_named_office() -> None:
    text = ("The regulator and the Norland Attorney General's office sent Harlow Group letters.\n\n"
            "\"Patients deserve answers,\" the attorney general's office said in a statement.")
    assert _rows(text, BODIES) == [("Patients deserve answers,", "Norland Attorney General's office")]


def test_an_office_with_no_named_holder_stays_a_description() -> None:
    text = "Harlow Group was sued.\n\n\"Patients deserve answers,\" the governor's office said in a statement."
    assert _rows(text, BODIES) == [("Patients deserve answers,", "governor's office")]


def _frame_rows(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Quotations and speakers with mentions placed by hand: (surface, canonical name), each at its first
    occurrence after the one before (all organisations)."""
    rows, at = [], 0
    for surface, name in spans:
        start = text.index(surface, at)
        rows.append({"start": start, "end": start + len(surface), "surface": surface, "name": name, "type": "ORG"})
        at = start + len(surface)
    found = find_quotes(text, pd.DataFrame(rows, columns=["start", "end", "surface", "name", "type"]))
    return [(r["quote"], r["speaker"]) for r in found.to_dict("records")]


UNIT_TEXT = ("Nurses at Kestrel Eastfield Medical Center wrote orders by hand as an outage at Kestrel Care Group went "
             "on.\n\nIn a statement, Kestrel said it would pay staff \"by paper check if necessary\".")


def test_a_short_name_of_two_full_names_is_the_shorter_ones() -> None:
    # the entity layer linked the short name to the unit; the parent's name is the short name and its
    # organisation words
    spans = [("Kestrel Eastfield Medical Center", "Kestrel Eastfield Medical Center"),
             ("Kestrel Care Group", "Kestrel Care Group"), ("Kestrel", "Kestrel Eastfield Medical Center")]
    assert _frame_rows(UNIT_TEXT, spans) == [("by paper check if necessary", "Kestrel Care Group")]


def test_a_short_name_of_one_full_name_keeps_its_link() -> None:
    text = ("Nurses at Kestrel Eastfield Medical Center wrote orders by hand.\n\n"
            "In a statement, Kestrel said it would pay staff \"by paper check if necessary\".")
    spans = [("Kestrel Eastfield Medical Center", "Kestrel Eastfield Medical Center"),
             ("Kestrel", "Kestrel Eastfield Medical Center")]
    assert _frame_rows(text, spans) == [("by paper check if necessary", "Kestrel Eastfield Medical Center")]


AUTH = [("Norland", "Norland", "GPE"), ("Finanzamt", "Finanzamt", "ORG"), ("Harlow Pay", "Harlow Pay", "ORG"),
        ("Norland Payments Authority", "Norland Payments Authority", "ORG")]


def test_the_regulator_is_the_authority_not_the_company_it_oversees() -> None:
    text = ("When inspectors from Norland's Finanzamt visited Harlow Pay's office in May, nothing was said.\n\n"
            "Harlow Pay was ordered to fix the problems. According to the regulator, a later review found that "
            "\"serious gaps remained\".")
    assert _rows(text, AUTH) == [("serious gaps remained", "Finanzamt")]


def test_the_regulator_by_its_authority_word() -> None:
    text = ("Harlow Pay was fined by the Norland Payments Authority in March.\n\n"
            "Harlow Pay was ordered to fix the problems. According to the regulator, a later review found that "
            "\"serious gaps remained\".")
    assert _rows(text, AUTH) == [("serious gaps remained", "Norland Payments Authority")]


def test_the_regulator_with_no_authority_named_is_no_company() -> None:
    text = ("When inspectors visited Harlow Pay's office in May, nothing was said.\n\n"
            "Harlow Pay was ordered to fix the problems. According to the regulator, a later review found that "
            "\"serious gaps remained\".")
    assert _rows(text, AUTH) == [("serious gaps remained", "the regulator")]


def test_blamed_with_the_quotation_further_on_is_not_the_blamers() -> None:
    # guard: the quotation is not what was blamed, so its words stay with the one who said them
    ents = [("Tom Ardle", "Tom Ardle", "PERSON"), ("Ardle", "Tom Ardle", "PERSON"),
            ("Marla Venn", "Marla Venn", "PERSON"), ("Venn", "Marla Venn", "PERSON")]
    text = ("Tom Ardle on Thursday blamed the press for making an issue out of Marla Venn's claim that the mayor "
            "\"sold the harbour,\" saying reporters were nitpicking.")
    assert _rows(text, ents) == [("sold the harbour,", "Marla Venn")]
