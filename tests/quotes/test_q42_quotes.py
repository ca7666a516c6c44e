"""Round 38 (q42): a transcript's turns printed without quotation marks are no quotations, and a headline's
quotation is credited to the person the headline names as its speaker or to the one person an interview
questions. Invented names and sentences."""

from __future__ import annotations

import pandas as pd

from analysis.quotes.find import find_corpus_quotes
from analysis.quotes.headline import headline_quotations
from test_quote_engine import mentions, quotes

LABELLED = """Shares of Tarnby Mills fell 4% on Monday. Our host spoke to Nils Okonjo, the union's leader.

HOST: How long can the strike last?

OKONJO: As long as it takes. Our fund covers six weeks of pay.

HOST: The company says its offer is final.

OKONJO: They said that in 2019 too. I told the board on Friday: "We will not sign for less than 6%." Their lawyer called the walkout "regrettable" in a letter, and I don't accept that.
"""
LABELLED_PEOPLE = [("Nils Okonjo", "Nils Okonjo", "PERSON"), ("Tarnby Mills", "Tarnby Mills", "ORG")]

QA = """Interview by Pia Lund. Vera Castellan runs the Orrin Valley water board. We spoke to her on Tuesday.

Q: Will the reservoir run dry?

A: Not this summer. We have rain in the forecast and the transfers from the north are running.

Q: Will prices rise?

A: Yes, by about 3% from October.
"""
QA_PEOPLE = [("Pia Lund", "Pia Lund", "PERSON"), ("Vera Castellan", "Vera Castellan", "PERSON")]

MARKED = """Vera Castellan runs the Orrin Valley water board. We spoke to her on Tuesday.

Will the reservoir run dry?

Castellan: "Not this summer. The transfers from the north are running."

Will prices rise?

"Yes, by about 3% from October."
"""


def _with_title(title: str, text: str, entities: list[tuple[str, str, str]]) -> list[tuple[object, ...]]:
    docs = pd.DataFrame({"doc_id": ["d1"], "text": [text], "title": [title]})
    found = find_corpus_quotes(docs, mentions(text, entities).assign(doc_id="d1"))
    return [(r["quote"], r["speaker"], r["start"], r["attribution"]) for r in found.to_dict("records")]


def test_a_transcripts_unmarked_turns_are_no_quotations_but_quotation_marks_inside_them_are() -> None:
    rows = quotes(LABELLED, LABELLED_PEOPLE).to_dict("records")
    # the guest quoting himself ("I told the board"); a word in marks no verb of saying reports ("called the
    # walkout “regrettable”") is no one's quotation, and the unmarked answers none
    assert [(r["quote"], r["speaker"], r["attribution"]) for r in rows] == [
        ("We will not sign for less than 6%.", "Nils Okonjo", "coreference")]


def test_a_qa_interviews_unmarked_answers_are_no_quotations() -> None:
    assert quotes(QA, QA_PEOPLE).empty


def test_answers_printed_in_quotation_marks_stay_the_interviewees_quotations() -> None:
    rows = quotes(MARKED, [("Vera Castellan", "Vera Castellan", "PERSON")]).to_dict("records")
    assert [(r["quote"][:16], r["speaker"]) for r in rows] == [("Not this summer.", "Vera Castellan"),
                                                              ("Yes, by about 3%", "Vera Castellan")]


def test_a_headline_quotation_set_off_by_a_colon_or_a_dash_is_found_and_a_label_in_marks_is_not() -> None:
    assert headline_quotations("Q&A: 'We will not sign for less' — union leader on the strike") == [
        "We will not sign for less"]
    assert headline_quotations("'Not this summer': five questions on the drought") == ["Not this summer"]
    assert headline_quotations("Orrin Valley, Castellan: «The transfers are running»") == ["The transfers are running"]
    assert headline_quotations("Opinion: the myth of the 'resilient' water board") == []  # a label in marks
    assert headline_quotations("Tarnby Mills' strike enters its 'decisive' week") == []
    assert headline_quotations("Union says 'we will not sign for less' as talks stall") == []  # not set off


def test_a_headline_quotation_of_an_interview_is_the_interviewees() -> None:
    rows = _with_title("Q&A: 'Not this summer' — water board chief on the drought", QA, QA_PEOPLE)
    assert rows == [("Not this summer", "Vera Castellan", -1, "headline")]  # not the credited interviewer
    rows = _with_title("'As long as it takes': five questions on the Tarnby strike", LABELLED, LABELLED_PEOPLE)
    assert rows[0] == ("As long as it takes", "Nils Okonjo", -1, "headline")


def test_a_headline_quotation_is_the_persons_the_headline_names_as_its_speaker() -> None:
    text = "Vera Castellan, who runs the water board, met Nils Okonjo on Monday. Prices will rise in October."
    people = [("Vera Castellan", "Vera Castellan", "PERSON"), ("Nils Okonjo", "Nils Okonjo", "PERSON")]
    assert _with_title("Water board, Castellan: «Prices will rise in October»", text, people)[0][:2] == (
        "Prices will rise in October", "Vera Castellan")
    assert _with_title("'Prices will rise in October,' says Vera Castellan", text, people)[0][:2] == (
        "Prices will rise in October,", "Vera Castellan")
    # the one the headline names is the topic, the one told, or inside the quotation: no speaker, no row
    assert _with_title("Union chief on Castellan: 'Prices will rise in October'", text, people) == []
    assert _with_title("'Prices will rise in October,' water board tells Okonjo", text, people) == []
    assert _with_title("Editorial: 'Vera Castellan must go now'", text, people) == []
    # a headline quotation over an article that is no interview and names no speaker is left to the article
    assert _with_title("'Prices will rise in October': water board warns", text, people) == []
