"""Quote engine, round 53 (quotes53): invented organisations, people and sentences; the entity mentions are given by
hand. Each test fails on the round's start commit but the two guards ("still speaks", "a role of their own"), which
pin what the rules must leave alone."""

from __future__ import annotations

import pandas as pd
from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


GROWERS = [("Harlow Growers Association", "Harlow Growers Association", "ORG"),
           ("Central Bank of Ostria", "Central Bank of Ostria", "ORG"), ("Ledger Daily", "Ledger Daily", "ORG"),
           ("Mia Stone", "Mia Stone", "PERSON")]


def test_a_letter_writer_asks_not_the_body_written_to() -> None:
    # "X has written to Y asking for '…'": X asks; Y is the object of "to"
    text = ("Crop prices fell again.\n\n"
            "The Harlow Growers Association has written to the Central Bank of Ostria asking for \"a clearer sense "
            "of where rates are going\", according to a copy of the letter seen by Ledger Daily.")
    assert _rows(text, GROWERS) == [("a clearer sense of where rates are going", "Harlow Growers Association")]


def test_a_name_right_before_the_participle_still_speaks() -> None:
    # "with Y saying" and "a letter from Y urging": the name right before the verb stays the speaker
    text = ("Shares fell 3% on Monday, with Mia Stone saying the bid was \"far too low for a business this size\".")
    assert _rows(text, GROWERS) == [("far too low for a business this size", "Mia Stone")]
    text = ("The Central Bank of Ostria received a letter from Harlow Growers Association urging \"a clearer sense "
            "of where rates are going\".")
    assert _rows(text, GROWERS) == [("a clearer sense of where rates are going", "Harlow Growers Association")]


TELECOM = [("Brava Telecom", "Brava Telecom", "ORG"), ("Lena Okafor", "Lena Okafor", "PERSON"),
           ("Ravi Menon", "Ravi Menon", "PERSON"), ("Grove Capital", "Grove Capital", "ORG")]


def test_a_lead_naming_a_chief_by_role_is_the_person_named_next() -> None:
    # the lead gives the role, the next paragraph the name: the chief executive speaks, not the company
    text = ("PORT ELLIS, May 3 - Brava Telecom's chief executive told lawmakers on Wednesday that last week's outage "
            "was \"entirely avoidable\" and that an engineer had skipped the tests.\n\n"
            "Lena Okafor, appearing before the committee for two hours, said the engineer had been suspended.")
    assert _rows(text, TELECOM) == [("entirely avoidable", "Lena Okafor")]
    text = ("PORT ELLIS, May 3 - The chief executive of Brava Telecom apologised on Wednesday for the outage, and said "
            "the company would \"take full responsibility\" for it.\n\n"
            "\"We let our customers down,\" Lena Okafor told a news conference.")
    assert _rows(text, TELECOM) == [("take full responsibility", "Lena Okafor"),
                                    ("We let our customers down,", "Lena Okafor")]


def test_a_person_named_next_with_a_role_of_their_own_is_not_the_chief() -> None:
    text = ("PORT ELLIS, May 3 - Brava Telecom's chief executive told lawmakers on Wednesday that the outage was "
            "\"entirely avoidable\".\n\n"
            "Ravi Menon, an analyst at Grove Capital, said the company should have tested the update.")
    assert _rows(text, TELECOM) == [("entirely avoidable", "Brava Telecom")]


def _headed(title: str, text: str, entities: list[tuple[str, str, str]], deck: str = "") -> list[tuple[str, str]]:
    """The headline's (and the standfirst's) quotations of one article, as the corpus step finds them."""
    import json

    from analysis.quotes.find import find_corpus_quotes
    from test_quote_engine import mentions

    head = json.dumps([[0, title]] + ([[len(title) + 2, deck]] if deck else []))
    docs = pd.DataFrame({"doc_id": ["d1"], "text": [text], "title": [title], "head_lines": [head]})
    found = find_corpus_quotes(docs, mentions(text, entities).assign(doc_id="d1"))
    return [(r["quote"], r["speaker"]) for r in found.to_dict("records") if r["start"] == -1]


PLANT = [("Norvale Cells", "Norvale Cells", "ORG"), ("Norvale Cells America", "Norvale Cells America", "ORG"),
         ("Norvale", "Norvale Cells", "ORG"), ("Ada Price", "Ada Price", "PERSON")]


def test_a_headline_clause_closed_by_its_speaker_is_that_speakers() -> None:
    # "<clause with 'two words'>, Norvale says": the company reports the clause, its two quoted words with it
    title = "Ohio cell plant 'not affected' by recall, Norvale says; workers relieved"
    text = ("Norvale Cells said its Ohio plant is not part of the recall.\n\n"
            "\"Our Ohio lines run as normal,\" Norvale Cells America spokesperson Ada Price said.")
    assert _headed(title, text, PLANT) == [("not affected", "Norvale Cells")]


QUILL = [("Quill Systems", "Quill Systems", "ORG"), ("Quill", "Quill Systems", "ORG"),
         ("Jon Berg", "Jon Berg", "PERSON"), ("Berg", "Jon Berg", "PERSON")]


def test_a_standfirst_quoting_an_organisations_chief_is_the_chief_named_in_the_body() -> None:
    title = "Q&A: Quill's Jon Berg on the outage"
    deck = "Quill chief says the engine \"worked as designed\" but blame is shared"
    text = ("Quill Systems has had a hard week. Chief executive Jon Berg spoke to us on Tuesday.\n\n"
            "Whose fault was it?\n\n"
            "Berg: I will not pre-empt the review.\n\n"
            "Will clients leave?\n\n"
            "Berg: No. None has seen a similar issue.")
    assert _headed(title, text, QUILL, deck) == [("worked as designed", "Jon Berg")]
    # the same words in the headline with no one reporting them are left to the article
    assert _headed("Quill engine \"worked as designed\" in the outage", text, QUILL) == []
    # a reporter the headline names by no role and no name of the article is not the interview's guest
    assert _headed("Tide table says the harbour is \"safe for now\" this week", text, QUILL) == []


def test_the_notice_an_organisation_was_said_to_issue_by_description_speaks_for_it() -> None:
    # "…, the exchange operator said in a notice to members. “…,” the notice said": the operator's notice
    entities = [("Tarn Exchange Group", "Tarn Exchange Group", "ORG")]
    text = ("LONDON, May 3 (Wire) - Tarn Exchange Group suspended trading at 09:14 on Tuesday because of a fault with "
            "its matching engine, the exchange operator said in a notice to members.\n\n"
            "\"We are investigating and will update members soon,\" the notice said.")
    assert _rows(text, entities) == [("We are investigating and will update members soon,", "Tarn Exchange Group")]
