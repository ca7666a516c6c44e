"""Quote engine, round 12: words a transcript's guest reports, the reporter's quoting aside, a name with an
ampersand, a name the entity layer missed with an apposition, a body named by the description's own word, state
bodies, as-clauses, passive agents, semicolons, Q&A interviews, labels, perspective openings.
Invented sentences, companies and people; the entity mentions are given by hand."""

from __future__ import annotations

import pytest

from test_quote_engine import only, quotes

from analysis.quotes.phrases import participle_subject
from analysis.quotes.words import speech_verbs

TRANSCRIPT = """HOST: Quillon Dairies slid 5% at the open. With me is Dov Arkwright, who covers food stocks at Serrat Capital. Dov, is the worst over?

ARKWRIGHT: Hardly. Milk prices will keep biting into margins.

HOST: Quillon's founder, Ilse Marren, wrote to staff overnight.

ARKWRIGHT: Right. She wrote, and I quote, "Our herds come before our quarterly numbers." Shareholders will want more.

HOST: The watchdog weighed in too.

ARKWRIGHT: Sure. Commissioner Tobin Quay said, "Supply is adequate for the winter." Nobody expected anything else.
"""
PEOPLE = [("Ilse Marren", "Ilse Marren", "PERSON"), ("Dov Arkwright", "Dov Arkwright", "PERSON"),
          ("Tobin Quay", "Tobin Quay", "PERSON"), ("Quillon Dairies", "Quillon Dairies", "ORG"),
          ("Serrat Capital", "Serrat Capital", "ORG")]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_guest_reporting_someone_elses_words_gives_that_persons_quotation() -> None:
    rows = quotes(TRANSCRIPT, PEOPLE).to_dict("records")
    pairs = [(r["speaker"], r["quote"][:20]) for r in rows]
    assert ("Ilse Marren", "Our herds come befor") in pairs
    assert ("Tobin Quay", "Supply is adequate f") in pairs
    assert [s for s, _ in pairs].count("Dov Arkwright") == 3  # the guest's turns are still the guest's quotations
    for r in rows:
        assert TRANSCRIPT[r["start"]:r["end"]] == r["quote"]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_the_guests_own_quoted_words_inside_a_turn_are_not_repeated() -> None:
    text = TRANSCRIPT.replace("Hardly. Milk", 'Hardly. "Sell the rallies," I told clients. Milk')
    rows = quotes(text, PEOPLE).to_dict("records")
    assert len(rows) == 5 and [r["speaker"] for r in rows].count("Dov Arkwright") == 3


def test_the_one_quoting_in_an_aside_is_not_the_speaker() -> None:
    for aside in ("and I'm quoting,", "and I quote,", "and I am quoting,", "and we're quoting,"):
        text = f"Ilse Marren wrote to staff. She said, {aside} \u201cOur herds come first.\u201d"
        assert only(quotes(text, PEOPLE))["speaker"] == "Ilse Marren", aside
    text = "She was quoting the chairman."
    assert [v[2] for v in speech_verbs(text, 0, len(text), verbs_only=True)] == ["quoting"]


def test_an_ampersand_joins_the_workplace_after_a_name() -> None:
    ents = [("Jane Roe", "Jane Roe", "PERSON"), ("Ashby & Crane", "Ashby & Crane", "ORG"),
            ("Ostara Foods", "Ostara Foods", "ORG")]
    text = "Ostara Foods cut jobs. \u201cA merger is the obvious exit,\u201d said Jane Roe of Ashby & Crane."
    assert only(quotes(text, ents))["speaker"] == "Jane Roe"
    text = "Ostara Foods cut jobs. \u201cA merger is the obvious exit,\u201d Ashby & Crane said."
    assert only(quotes(text, ents))["speaker"] == "Ashby & Crane"


def test_an_unknown_name_with_an_apposition_saying_what_it_is_speaks() -> None:
    ents = [("Vale County", "Vale County", "ORG")]
    text = ("Vale County\u2019s planning office said it would study the plans. Belvane, the staff association, "
            "called the closure \u201ca slap in the face for loyal workers\u201d.")
    row = only(quotes(text, ents))
    assert (row["speaker"], row["speaker_type"]) == ("Belvane", "ORG")


def test_a_capitalised_word_opening_a_sentence_is_still_no_name() -> None:
    text = "Orvale Foods cut jobs.\n\nWorkers, the union said, were \u201cshocked and angry\u201d."
    assert only(quotes(text, [("Orvale Foods", "Orvale Foods", "ORG")]))["speaker"] != "Workers"


def test_the_description_names_the_body_that_holds_its_word() -> None:
    ents = [("Brask Bank", "Brask Bank", "ORG"), ("Tom Hale", "Tom Hale", "PERSON")]
    text = ("Queues grew at three Brask Bank offices on Friday.\n\n\u201cI want my savings out,\u201d said "
            "Tom Hale, 71.\n\nThe bank said in a statement that its funding was \u201cample and stable\u201d.")
    rows = quotes(text, ents)
    assert rows.iloc[-1]["speaker"] == "Brask Bank"


def test_a_state_body_named_by_a_peoples_word_speaks_through_its_note() -> None:
    ents = [("Norvik Tools", "Norvik Tools", "ORG")]
    text = ("Norvik Tools fell 9% at the open.\n\nThe Finnish labour ministry has put out a brief note: the board "
            "\u201cregrets\u201d the delay and will \u201cpublish its findings before the summer\u201d.")
    rows = quotes(text, ents)
    assert set(rows["speaker"]) == {"Finnish labour ministry"} and set(rows["speaker_type"]) == {"ORG"}
    assert set(rows["attribution"]) == {"adjacent"}
    assert "regrets" in rows.iloc[0]["quote"]


def test_a_short_fragment_after_a_statements_colon_is_a_quotation_but_not_without_one() -> None:
    ents = [("Norvik Tools", "Norvik Tools", "ORG")]
    text = "Norvik Tools issued a statement: the plant is \u201cfully insured\u201d."
    assert only(quotes(text, ents))["quote"] == "fully insured"
    text = "Norvik Tools has a new plan: the plant is \u201cfully insured\u201d."
    assert quotes(text, ents).empty


def test_an_auxiliary_ends_the_subjects_noun_phrase() -> None:
    text = "The Finnish labour ministry has put out a brief note: it"
    ph = participle_subject(text, 0, len(text) - 3, adjacent=False)
    assert ph is not None and ph.head == "ministry"


ORVALE = [("Orvale Stores", "Orvale Stores", "ORG"), ("Orvale", "Orvale Stores", "ORG"),
          ("Brask Bank", "Brask Bank", "ORG"), ("Tilde Grid", "Tilde Grid", "ORG"),
          ("Jan Moss", "Jan Moss", "PERSON"), ("Kim Lowe", "Kim Lowe", "PERSON")]


def test_an_as_clause_with_its_own_report_is_not_the_attribution() -> None:
    text = ("Orvale Stores said on Friday that its chairman, Jan Moss, would step down \u201cat the end of the "
            "month\u201d, as the Tilde Grid confirmed it was reviewing the group's contracts.")
    assert only(quotes(text, ORVALE))["speaker"] == "Orvale Stores"


def test_the_agent_of_a_passive_report_may_be_an_organisation_description() -> None:
    text = ("Orvale Stores fell by a fifth on Friday.\n\nStaff at its warehouse were told by the company "
            "last night that their pensions were \u201cfully protected\u201d.")
    assert only(quotes(text, ORVALE))["speaker"] == "Orvale Stores"


def test_a_note_from_a_body_before_a_colon_and_an_attribution_inside_the_next_sentence() -> None:
    text = ("11:40 CET\n\nA note from Brask Bank, which arranged most of Orvale's loans: \u201cWe are talking to "
            "the board every day.\u201d Orvale, the bank noted, remains \u201cwithin its lending limits\u201d for now.")
    assert list(quotes(text, ORVALE)["speaker"]) == ["Brask Bank", "Brask Bank"]


def test_a_semicolon_opens_a_clause_with_its_own_subject() -> None:
    text = ("Orvale Stores has doubled since May; its founder, Kim Lowe, was assuring investors on Friday that "
            "the rally was \u201conly the first leg\u201d.")
    assert only(quotes(text, ORVALE))["speaker"] == "Kim Lowe"


def test_the_source_after_according_to_is_what_a_later_description_refers_to() -> None:
    text = ("Orvale Stores said late on Friday that its depot had reopened. The company's shares rose.\n\n"
            "According to Tilde Grid, output fell by a third. The network operator said in a note that it would "
            "\u201caudit each substation by hand\u201d.")
    assert only(quotes(text, ORVALE))["speaker"] == "Tilde Grid"


QA = """Quillon Dairies founder says milk prices will ease

By Dana Holt

Ilse Marren, founder of Quillon Dairies, spoke to us after the company cut its forecast. Edited excerpts:

Q: Why did you cut the forecast?

A: Feed costs have nearly doubled since spring. We could not absorb that.

Q: Will prices rise again?

A: We will raise some prices in the autumn, but we want to keep our shoppers first.

Marren said the company would report in July.
"""
QA_PEOPLE = [("Ilse Marren", "Ilse Marren", "PERSON"), ("Marren", "Ilse Marren", "PERSON"),
             ("Dana Holt", "Dana Holt", "PERSON"), ("Quillon Dairies", "Quillon Dairies", "ORG")]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_the_answers_of_a_qa_interview_are_the_interviewees_quotations() -> None:
    rows = quotes(QA, QA_PEOPLE).to_dict("records")
    assert [(r["speaker"], r["quote"][:18]) for r in rows] == [
        ("Ilse Marren", "Feed costs have ne"), ("Ilse Marren", "We will raise some")]
    for r in rows:
        assert QA[r["start"]:r["end"]] == r["quote"] and r["kind"] == "direct"


def test_a_qa_interview_needs_one_interviewee_two_answers_and_a_question() -> None:
    # (the byline's name is outweighed by the interviewee named twice; two people named once each are not)
    two_people = QA.replace("Edited excerpts:", "Jon Hale of Serrat joined her. Edited excerpts:").replace(
        "Marren said the company would report in July.", "")
    assert quotes(two_people, [*QA_PEOPLE[:1], *QA_PEOPLE[2:], ("Jon Hale", "Jon Hale", "PERSON")]).empty
    one_answer = QA.replace("A: We will raise", "We will raise")
    assert quotes(one_answer, QA_PEOPLE).empty
    initials = "A. Roe and A. Moss met Ilse Marren.\n\nA: first line here.\n\nA: second line here.\n"
    assert quotes(initials, QA_PEOPLE).empty


def test_bare_management_and_executives_speak_for_the_company_in_focus() -> None:
    for subject in ("Management said the results were", "Executives told analysts the quarter had been"):
        text = f"Orvale Stores fell 8% on Tuesday. {subject} \u201cdeeply disappointing\u201d."
        assert only(quotes(text, ORVALE))["speaker"] == "Orvale Stores", subject
    text = "Kim Lowe resigned on Tuesday. Management said the results were \u201cdeeply disappointing\u201d."
    assert only(quotes(text, ORVALE))["speaker"] != "Orvale Stores"


def test_a_verdict_of_someone_after_the_quotation_names_them() -> None:
    text = "Orvale Stores fell 8%. \u201cThe worst is behind us\u201d \u2014 that was the verdict of Kim Lowe at Brask Bank."
    assert only(quotes(text, ORVALE))["speaker"] == "Kim Lowe"
    text = "Orvale Stores fell 8%. \u201cThe worst is behind us,\u201d was the view from Brask Bank."
    assert only(quotes(text, ORVALE))["speaker"] == "Brask Bank"


def test_a_persons_label_after_a_sentence_on_the_same_line() -> None:
    text = "Orvale Stores fell 4%. Kim Lowe (Brask Bank): \u201cThe selling has gone too far.\u201d"
    assert only(quotes(text, ORVALE))["speaker"] == "Kim Lowe"
    text = "Orvale Stores fell 4%. Kim Lowe contrasted it with Brask Bank: \u201cThe selling has gone too far.\u201d"
    assert only(quotes(text, ORVALE))["speaker"] == "Kim Lowe"  # prose after the sentence: no label


def test_in_the_words_of_names_the_source() -> None:
    text = "Orvale Stores fell 8%. The fall was, in the words of Kim Lowe at Brask Bank, \u201coverdue by a year\u201d."
    assert only(quotes(text, ORVALE))["speaker"] == "Kim Lowe"


def test_an_opening_to_or_for_a_person_gives_their_view() -> None:
    for opening in ("To Kim Lowe at Brask Bank,", "For Kim Lowe,"):
        text = f"Orvale Stores fell 8%. {opening} the fall was \u201coverdue by a year\u201d."
        assert only(quotes(text, ORVALE))["speaker"] == "Kim Lowe", opening
    for opening in ("For Kim Lowe and her clients,", "For Orvale Stores,"):  # not one person's view
        text = f"Orvale Stores fell 8%. {opening} the fall was \u201coverdue by a year\u201d."
        assert only(quotes(text, ORVALE))["speaker"] == "", opening


def test_a_bulleted_label_names_its_person() -> None:
    text = "Key quotes\n\n- Kim Lowe, Brask Bank: \u201cThe selling has gone too far.\u201d"
    assert only(quotes(text, ORVALE))["speaker"] == "Kim Lowe"
