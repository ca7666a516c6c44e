"""Quote engine, round 45 (q38): a quotation after a short he/she sentence led by a phrase of topic ("On the
levy, she was blunt. “…”"), an interview whose answers are marked "A:" and whose introduction names the one it
asked, a contrasting clause whose subject is a description of people ("…, but analysts at X said"), a relative
apposition inside a "while" clause, a name inside a possessive description before an apposition, a judge's
judgment as a document of the judge's, and the words named again as "a passage" others judge. Invented companies,
people and sentences; the entity mentions are given by hand."""

from __future__ import annotations

import pandas as pd

from analysis.quotes.find import find_corpus_quotes
from test_quote_engine import mentions, quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# a short sentence of what the speaker did, led by a phrase of topic or occasion, before an unattributed quotation
FENNICK = [("Ilse Fennick", "Ilse Fennick", "PERSON"), ("Fennick", "Ilse Fennick", "PERSON"),
           ("Parlow Cables", "Parlow Cables", "ORG"), ("Odo Braam", "Odo Braam", "PERSON")]
FENNICK_TEXT = ("Ilse Fennick has run Parlow Cables since 2017.\n\n"
                "\u201cCopper is the whole story this year,\u201d Fennick said.\n\n"
                "{beat} \u201cThe levy was written for a market that does not exist. Nobody here was surprised.\u201d")


def test_a_quotation_after_a_led_beat_is_the_pronouns_referent() -> None:
    for beat in ("On the levy itself, she was blunt.",
                 "Asked whether Parlow Cables could be sold, she smiled."):
        rows = _rows(FENNICK_TEXT.format(beat=beat), FENNICK)
        assert rows[-1] == ("The levy was written for a market that does not exist. Nobody here was surprised.",
                            "Ilse Fennick"), beat


def test_a_led_beat_naming_a_person_or_reporting_speech_is_left_alone() -> None:
    # left alone: a lead that names another person, or reports speech, may bring in the speaker
    for beat in ("On Odo Braam's offer, she was blunt.",
                 "After the board said no to the levy, she was blunt."):
        rows = _rows(FENNICK_TEXT.format(beat=beat), FENNICK)
        assert rows[-1][1] == "", (beat, rows)


# a question-and-answer interview with "A:" answers: the one the introduction says it asked
QA = """Parlow Cables' shares have fallen 20% this week. Odo Braam covers the company at Tessel Bank. We asked Ilse Fennick, who runs the rival Venna Wire, what happens next.

Q: Was the fall a surprise?

A: The direction wasn't. The speed was.

Q: Who gains?

A: Venna Wire in the short run, and the importers after that.
"""
QA_PEOPLE = [("Odo Braam", "Odo Braam", "PERSON"), ("Ilse Fennick", "Ilse Fennick", "PERSON"),
             ("Parlow Cables", "Parlow Cables", "ORG"), ("Venna Wire", "Venna Wire", "ORG")]


def _with_title(title: str, text: str, entities: list[tuple[str, str, str]]) -> list[tuple[object, ...]]:
    docs = pd.DataFrame({"doc_id": ["d1"], "text": [text], "title": [title]})
    found = find_corpus_quotes(docs, mentions(text, entities).assign(doc_id="d1"))
    return [(r["quote"], r["speaker"], r["attribution"]) for r in found.to_dict("records")]


def test_a_headline_quotation_of_an_a_marked_interview_is_the_one_asked() -> None:
    rows = _with_title("Q&A: 'The speed was the surprise' — a rival on the cable slump", QA, QA_PEOPLE)
    assert rows == [("The speed was the surprise", "Ilse Fennick", "headline")]


def test_with_no_one_asked_the_person_named_most_before_the_answers_stays() -> None:
    # left alone: no "we asked X": two people named once each before the answers, no one can be told
    text = QA.replace("We asked Ilse Fennick, who runs the rival Venna Wire, what happens next.",
                      "Ilse Fennick runs the rival Venna Wire.")
    assert _with_title("Q&A: 'The speed was the surprise' — a rival on the cable slump", text, QA_PEOPLE) == []


# a contrasting clause whose subject is a description of people: its speech verb is read first
HALDOR = [("Haldor Pharma", "Haldor Pharma", "ORG"), ("Haldor", "Haldor Pharma", "ORG"),
          ("Brisk & Co", "Brisk & Co", "ORG")]


def test_analysts_at_a_firm_in_a_but_clause_say_it() -> None:
    text = ("Haldor Pharma rose 3%. Haldor has not said whether it has filed, but analysts at Brisk & Co said the "
            "company had \"a fair chance at a share of the market\".")
    assert _rows(text, HALDOR) == [("a fair chance at a share of the market", "Brisk & Co")]


def test_a_lowercase_word_that_is_no_description_of_people_keeps_the_first_report() -> None:
    # left alone: "but then said" opens no clause with a subject of its own
    text = ("Haldor has not said whether it has filed, but then said the company had \"a fair chance at a share "
            "of the market\".")
    assert _rows(text, HALDOR) == [("a fair chance at a share of the market", "Haldor Pharma")]


# the subject of a "while" clause read past a relative apposition ("…, while X, whose unit lost the case, … and said")
LENDERS = [("Corrin Brothers", "Corrin Brothers", "ORG"), ("Saltash Finance", "Saltash Finance", "ORG"),
           ("Mere Motor Credit", "Mere Motor Credit", "ORG")]


def test_a_while_clause_subject_past_its_relative_apposition() -> None:
    text = ("Corrin Brothers set aside £300m and scrapped its dividend, while Saltash Finance, whose Mere Motor "
            "Credit unit lost the test case, booked a £90m charge and said it was weighing \"every option to "
            "rebuild its capital\".")
    assert _rows(text, LENDERS) == [("every option to rebuild its capital", "Saltash Finance")]


def test_a_while_clause_without_its_own_verb_of_saying_keeps_the_main_subject() -> None:
    # left alone: the verb of saying is the main clause's, after the "while" clause has closed
    text = ("Corrin Brothers, while Saltash Finance, whose unit lost the case, booked a charge, said it was weighing "
            "\"every option to rebuild its capital\".")
    assert _rows(text, LENDERS) == [("every option to rebuild its capital", "Corrin Brothers")]


# a name inside a possessive description ("The Danish lender's British arm") before the apposition that names it
BANKS = [("Danish", "Danish", "NORP"), ("Vesterhav Bank", "Vesterhav Bank", "ORG"),
         ("Vesterhav UK", "Vesterhav UK", "ORG")]


def test_the_apposition_after_a_possessive_description_speaks() -> None:
    text = ("Vesterhav Bank fell 0.7% in Copenhagen. The Danish lender's British arm, Vesterhav UK, is among the "
            "largest car lenders and said it was \"studying the ruling closely\".")
    assert _rows(text, BANKS) == [("studying the ruling closely", "Vesterhav UK")]


# a judge's judgment is a document of the judge's; the words named again as "a passage" that others judge
COURT = [("Corwen", "Ada Corwen", "PERSON"), ("Ada Corwen", "Ada Corwen", "PERSON")]


def test_a_judges_judgment_gives_the_judges_words() -> None:
    text = ("Although the case was about lenders, Corwen's judgment said dealers owed \"a duty to be candid\" to "
            "Ben Stroud.")
    assert _rows(text, COURT + [("Ben Stroud", "Ben Stroud", "PERSON")]) == [("a duty to be candid", "Ada Corwen")]


def test_a_passage_that_others_said_could_matter_is_not_their_quotation() -> None:
    text = ("Ada Corwen sat with two other judges. Corwen's ruling said dealers owed \"a duty to be candid with the "
            "buyer about their role\", a passage lawyers said could open the door to new claims.")
    assert _rows(text, COURT) == [("a duty to be candid with the buyer about their role", "Ada Corwen")]


def test_an_attribution_after_the_quotation_still_names_its_speaker() -> None:
    # left alone: "a lawyer said" with nothing after it, and "the passage" with no relative clause, attribute
    text = "\"The duty is new,\" a lawyer at Brisk & Co said."
    assert _rows(text, HALDOR) == [("The duty is new,", "Brisk & Co")]
    text = "Ada Corwen spoke first. \"The duty is new,\" Corwen said, a line that was read twice."
    assert _rows(text, COURT) == [("The duty is new,", "Ada Corwen")]


# "what PEOPLE called “…”": unnamed people name the words, not the organisation of an earlier clause
CAFE = [("Brindle Coffee", "Brindle Coffee", "ORG"), ("Aske & Lowe", "Aske & Lowe", "ORG"),
        ("Leeds", "Leeds", "PLACE"), ("Nell Ostry", "Nell Ostry", "PERSON")]


def test_unnamed_people_after_what_name_the_words() -> None:
    text = ("In May, Brindle Coffee hired Aske & Lowe, a Leeds firm that advises employers during union drives, and "
            "managers held what baristas described as mandatory \"team huddles.\"")
    rows = quotes(text, CAFE).to_dict("records")
    assert [(r["quote"], r["speaker"], r["speaker_type"]) for r in rows] == [("team huddles.", "baristas", "")]


def test_a_named_speaker_after_what_names_the_words() -> None:
    text = ("In May, Brindle Coffee hired Aske & Lowe, a Leeds firm that advises employers during union drives, and "
            "managers held what Nell Ostry described as mandatory \"team huddles.\"")
    assert _rows(text, CAFE) == [("team huddles.", "Nell Ostry")]


def test_what_far_from_the_quotation_is_read_as_before() -> None:
    # left alone: "what" and its verb several words before the quotation, after "said"
    text = "Nell Ostry said what managers described as a review of the rota plans had been \"a sham.\""
    assert _rows(text, CAFE) == [("a sham.", "Nell Ostry")]
