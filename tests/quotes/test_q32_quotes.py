"""Quote engine, round 33: three general constructions met on the thirty-second corpus (read as dev). Invented
companies and people; the entity mentions are given by hand, as the entity layer would link them."""

from __future__ import annotations

import pytest

from test_quote_engine import quotes

KELLEN = [("Dariusz Kellen", "Dariusz Kellen", "PERSON"), ("Ostrava Partners", "Ostrava Partners", "ORG"),
          ("Pellmar Foundry", "Pellmar Foundry", "ORG")]


def test_a_possessive_pronoun_and_a_noun_of_speech_before_a_colon_give_the_pronouns_antecedent() -> None:
    # a live blog's "His verdict: “…”" after the sentence naming the analyst: the analyst's words
    text = ("Shares of Pellmar Foundry fell 4% on Tuesday.\n\n10:20\nA note from Ostrava Partners' Dariusz Kellen "
            "has landed in our inbox. His verdict: \"Every week of lost output costs Pellmar Foundry about "
            "$40 million.\"\n")
    rows = quotes(text, KELLEN).to_dict("records")
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [("Dariusz Kellen", "His")], rows
    # left alone: "Their verdict:" takes up a group, which names no one
    group = text.replace("Ostrava Partners' Dariusz Kellen has", "the jurors has").replace("His verdict", "Their verdict")
    assert [r["speaker"] for r in quotes(group, KELLEN).to_dict("records")] == [""]


def test_a_plural_role_noun_opening_the_clause_of_an_ing_speech_verb_is_its_subject() -> None:
    # "Traders have taken to calling it “…”": the traders call it so, not the company quoted in the sentence before
    text = ("Brackenridge Metals said in a statement that its exposure was \"fully hedged\". Traders have taken "
            "to calling the September contract the \"coffin-maker\".")
    rows = quotes(text, [("Brackenridge Metals", "Brackenridge Metals", "ORG")]).to_dict("records")
    # (a description, untyped: the product shows no name for it)
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in rows] == [
        ("Brackenridge Metals", "ORG", "fully hedged"), ("Traders", "", "coffin-maker")], rows
    # left alone: a person's name opening the clause is the subject named
    named = text.replace("Traders have", "Ilse Vantongeren has")
    rows = quotes(named, [("Brackenridge Metals", "Brackenridge Metals", "ORG"),
                          ("Ilse Vantongeren", "Ilse Vantongeren", "PERSON")]).to_dict("records")
    assert [r["speaker"] for r in rows] == ["Brackenridge Metals", "Ilse Vantongeren"], rows


def test_a_short_form_linked_to_a_run_with_a_word_no_name_holds_takes_the_name_written_in_full() -> None:
    # a most-read box in another language ("2. Quien es Tervalis") read as one run of capitalised words, and the
    # short form "Tervalis" linked to it: the company is the name the text writes in full
    text = ("Shares in Tervalis Redes, the Madrid-based network operator, fell 6% on Monday.\n\n"
            "Tervalis said it had found \"a fault in a routing update\" at its edge nodes.\n\n"
            "Lo mas leido: 1. La final a oscuras 2. Quien es Tervalis 3. El Ibex cierra en rojo\n")
    ents = [("Tervalis", "Quien es Tervalis", "PERSON"), ("Tervalis Redes", "Tervalis Redes", "ORG"),
            ("Quien es Tervalis", "Quien es Tervalis", "PERSON")]
    row = quotes(text, ents).to_dict("records")
    assert [(r["speaker"], r["speaker_type"]) for r in row] == [("Tervalis Redes", "ORG")], row
    # left alone: a particle inside a person's name ("Marta de Albornoz") keeps the name her surname is linked to
    person = ("Marta de Albornoz runs the port. \"We reopen on Friday,\" Albornoz said.")
    row = quotes(person, [("Albornoz", "Marta de Albornoz", "PERSON"),
                          ("Marta de Albornoz", "Marta de Albornoz", "PERSON")]).to_dict("records")
    assert [r["speaker"] for r in row] == ["Marta de Albornoz"], row
    # left alone: an organisation's name with a preposition in it keeps the name its short form is linked to
    trust = "\"We will fund the ward,\" Brightwater said on Monday."
    row = quotes(trust, [("Brightwater", "Brightwater against Hunger", "ORG")]).to_dict("records")
    assert [r["speaker"] for r in row] == ["Brightwater against Hunger"], row


def test_a_speech_verb_after_an_apposition_holding_a_report_is_the_main_clauses() -> None:
    # "X, the carmaker that a newspaper reported was in talks with Y, said that …": the newspaper's report sits in
    # the apposition; the quotation is in what X said
    text = ("Harrowgate Motors, the carmaker that a Busan newspaper reported on Thursday was in talks with Quillan "
            "Cells, said on Friday that it expected to choose a supplier \"by the end of the third quarter\".")
    ents = [("Harrowgate Motors", "Harrowgate Motors", "ORG"), ("Quillan Cells", "Quillan Cells", "ORG")]
    rows = quotes(text, ents).to_dict("records")
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [("Harrowgate Motors", "Harrowgate Motors")], rows
    # left alone: the outer report first when the second verb is inside what the first reports ("X said Y called
    # it …")
    outer = ("Harrowgate Motors said on Friday that Quillan Cells had called the offer \"far too low\".")
    rows = quotes(outer, ents).to_dict("records")
    assert [r["speaker"] for r in rows] == ["Harrowgate Motors"], rows


CALL = ("Good afternoon and thank you for joining Marrowfield Batteries' briefing. Mr. Okabe, please go ahead.\n\n"
        "Renzo Okabe\n\nThank you. On Sunday the tariff was announced. We will raise local output.\n\n"
        "Daniel Vaswick\n\nThanks. How much of the plan is at risk?\n\n"
        "Renzo Okabe\n\nWe began talks last Thursday. I can't give details.\n\n"
        "Operator\n\nThat concludes today's briefing.\n")


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_call_transcripts_name_lines_give_each_turn_to_its_speaker() -> None:
    # a conference call transcript prints each speaker's name alone on a line and the words below it (the
    # participants' list may have been cleaned away); the operator's words are no one's quotation
    rows = quotes(CALL, [("Renzo Okabe", "Renzo Okabe", "PERSON"), ("Okabe", "Renzo Okabe", "PERSON"),
                         ("Marrowfield Batteries", "Marrowfield Batteries", "ORG")]).to_dict("records")
    assert [(r["speaker"], r["quote"][:12]) for r in rows] == [
        ("Renzo Okabe", "Thank you. O"), ("Daniel Vaswick", "Thanks. How "), ("Renzo Okabe", "We began tal")], rows
    # left alone: a readers' letters page signs each letter below it, with a full stop ("Jane Roe."): no turns
    letters = ("Looks like someone told the mayor the plan was dead.\n\nBrannock Hale.\n\n"
               "The council had a chance to lead.\n\nIlse Ferrow.\n\nIt is theatre, nothing more.\n\nBrannock Hale.\n")
    assert quotes(letters, []).empty
    # left alone: title-case section heads of a feature are no speakers' names
    feature = ("The mill closed in May.\n\nThe Road Ahead\n\nWorkers wait.\n\nWhat Comes Next\n\nNo one knows.\n\n"
               "The Road Ahead\n\nIt is long.\n")
    assert quotes(feature, []).empty


def test_a_view_from_someone_before_a_colon_gives_the_source() -> None:
    # "Some perspective from X, head of …: “…”": the words of the one the view is from
    text = ("Carmakers fell on Monday.\n\nSome perspective from Halvard Ostby, head of strategy at Nordkamp Asset "
            "Management: \"Markets are pricing a permanent tariff.\"\n")
    ents = [("Halvard Ostby", "Halvard Ostby", "PERSON"), ("Nordkamp Asset Management", "Nordkamp Asset Management",
                                                             "ORG")]
    assert [r["speaker"] for r in quotes(text, ents).to_dict("records")] == ["Halvard Ostby"]
    # left alone: a view of something ("a view of the harbour:") names no source
    other = text.replace("Some perspective from Halvard Ostby, head of strategy at Nordkamp Asset Management",
                         "A view of the harbour")
    assert [r["speaker"] for r in quotes(other, ents).to_dict("records")] == [""]
