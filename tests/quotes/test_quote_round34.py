"""Quote engine, round 34: constructions met on the thirty-fourth dev corpus, in general form. Invented
companies, people and sentences; the entity mentions are given by hand, as the entity layer would link them."""

from __future__ import annotations

import pytest

from test_quote_engine import quotes

from analysis.quotes.marks import continental_marks

PFEIL = [("Jonas Pfeilmann", "Jonas Pfeilmann", "PERSON"), ("Alder Group", "Alder Group", "ORG")]


def test_german_low_and_high_marks_quote_as_curly_marks() -> None:
    # a translated article keeps the original's „…“: the words are Pfeilmann's, not a run from the closing mark on
    text = ("The Alder Group expects weeks of delays. „Even if the canal reopens, we will need a month“, said Jonas "
            "Pfeilmann, who heads planning at the group, on Monday.")
    rows = quotes(text, PFEIL).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("Even if the canal reopens, we will need a month", "Jonas Pfeilmann")], rows


def test_danish_and_french_guillemets_quote_as_curly_marks() -> None:
    krog = [("Hanne Krogsbøl", "Hanne Krogsbøl", "PERSON")]
    text = ("The ruling came late on Friday. Spokeswoman Hanne Krogsbøl told reporters: »We do not expect the ruling "
            "to change our outlook.« She added that the firm would »engage constructively« with regulators.")
    rows = quotes(text, krog).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("We do not expect the ruling to change our outlook.", "Hanne Krogsbøl"),
        ("engage constructively", "Hanne Krogsbøl")], rows
    ferr = [("Luc Ferrandier", "Luc Ferrandier", "PERSON")]
    text = "Its head of sales, Luc Ferrandier, was more cautious: « We will not pay. Our priority is safety. »"
    rows = quotes(text, ferr).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("We will not pay. Our priority is safety.", "Luc Ferrandier")]


def test_continental_marks_keep_offsets_and_leave_lone_marks_alone() -> None:
    text = "Home » Markets » Europe\n„Fine“, he said. « Oui », she said. 5 « 6"
    out = continental_marks(text)
    assert len(out) == len(text)
    assert out == "Home » Markets » Europe\n“Fine”, he said. \u00a0“Oui”\u00a0, she said. 5 « 6"
    # a breadcrumb's arrows quote nothing
    assert quotes("Home » Markets » Europe\n\nShares of Alder Group rose 2% on Monday.", PFEIL).empty


QA_TEXT = """Q&A: A brewer's finance chief on the tariff

Interview by {credit}. Edited for length.
Marit Olsgaard has been finance chief of Tallow Breweries since 2019.
Q: Why did you cut the forecast?
A: Because the tariff took a fifth of our margin in one night.
Q: Will prices rise?
A: Some will, in the spring. We cannot absorb all of it.
"""
QA_PEOPLE = [("Marit Olsgaard", "Marit Olsgaard", "PERSON"), ("Tomas Revell", "Tomas Revell", "PERSON"),
             ("Tallow Breweries", "Tallow Breweries", "ORG")]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_the_answers_of_a_qa_interview_are_never_the_credited_interviewers() -> None:
    # two people named once each before the first question: the one credited with the interview asks the questions
    for credit in ("Tomas Revell", "Interview conducted by Tomas Revell on Monday"):
        text = QA_TEXT.format(credit=credit) if credit.startswith("Tomas") else QA_TEXT.replace(
            "Interview by {credit}", credit)
        rows = quotes(text, QA_PEOPLE).to_dict("records")
        assert [(r["speaker"], r["quote"][:12]) for r in rows] == [
            ("Marit Olsgaard", "Because the "), ("Marit Olsgaard", "Some will, i")], (credit, rows)
    # the interviewer the only person named: the answers are no one's (not the interviewer's)
    alone = QA_TEXT.format(credit="Tomas Revell").replace("Marit Olsgaard has", "She has")
    assert quotes(alone, QA_PEOPLE[1:]).empty
    # left alone: a name credited with something else than the interview ("Photos by …") still counts as before
    photos = QA_TEXT.format(credit="Tomas Revell").replace("Interview by", "Photos by")
    assert quotes(photos, QA_PEOPLE).empty


def test_the_authority_refers_back_to_an_authority_named_before() -> None:
    harb = [("Port Authority of Veldhaven", "Port Authority of Veldhaven", "ORG"), ("Torsa Line", "Torsa Line", "ORG")]
    text = ("The Port Authority of Veldhaven (PAV) said on Monday it would reopen the channel on Friday. \"The fairway "
            "is safe for vessels of all sizes,\" the authority said in a statement.")
    rows = quotes(text, harb).to_dict("records")
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [
        ("Port Authority of Veldhaven", "the authority")], rows
    # left alone: "the authorities" are no one body the text named
    plural = text.replace("the authority said", "the authorities said")
    assert [r["speaker"] for r in quotes(plural, harb).to_dict("records")] != ["Port Authority of Veldhaven"]


def test_a_description_of_the_speaker_takes_the_name_given_right_after_it() -> None:
    ents = [("Alliance for Fair Lending", "Alliance for Fair Lending", "ORG"), ("Red Lantern", "Red Lantern", "ORG"),
            ("Corvane Bank", "Corvane Bank", "ORG")]
    text = ("Corvane Bank cut its rates on Monday. Its trade group, the Alliance for Fair Lending, went further in "
            "its filing, calling the rule \"a seizure of private property\".")
    rows = quotes(text, ents).to_dict("records")
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [("Alliance for Fair Lending", "Its trade group")]
    text = ("Corvane Bank shut its branches. A group calling itself Red Lantern has claimed the attack and says it "
            "will publish the files \"within seven days\".")
    rows = quotes(text, ents).to_dict("records")
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [("Red Lantern", "A group")]


def test_a_description_keeps_no_name_that_is_not_its_own() -> None:
    ents = [("Corvane Bank", "Corvane Bank", "ORG"), ("Red Lantern", "Red Lantern", "ORG"),
            ("Alliance for Fair Lending", "Alliance for Fair Lending", "ORG")]
    # left alone: a name that opens a longer phrase after the comma is no apposition of the description ("its
    # trade group, the Alliance for Fair Lending and two unions,")
    text = ("Corvane Bank cut its rates on Monday. Its trade group, the Alliance for Fair Lending and two unions, went "
            "further, calling the rule \"a seizure of private property\".")
    assert "Alliance for Fair Lending" not in [r["speaker"] for r in quotes(text, ents).to_dict("records")]
    # nor does "calling for" name anyone
    text = ("Corvane Bank shut its branches. A group calling for Red Lantern's release says it will publish the "
            "files \"within seven days\".")
    assert [r["speaker"] for r in quotes(text, ents).to_dict("records")] != ["Red Lantern"]


def test_an_unnamed_spokesperson_speaks_for_the_organisation_that_speaks_before() -> None:
    ents = [("Veltra Motors", "Veltra Motors", "ORG"), ("Brisca", "Brisca", "ORG"), ("Koluna", "Koluna", "PLACE")]
    text = ("Veltra Motors confirms that its lines are stopped at Koluna and at the Brisca plant. \"As a precaution, "
            "we have isolated our systems,\" a spokesperson told us.")
    rows = quotes(text, ents).to_dict("records")
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [("Veltra Motors", "a spokesperson")], rows
    # left alone: with no organisation speaking there (a verb of doing, not of saying), the last one named is
    # still the one in focus
    text = ("Veltra Motors builds its vans at Koluna and at a plant owned by Brisca. \"As a precaution, "
            "we have isolated our systems,\" a spokesperson told us.")
    rows = quotes(text, ents).to_dict("records")
    assert [r["speaker"] for r in rows] == ["Brisca"], rows


def test_an_acronym_spelled_out_in_brackets_after_it_gives_the_name_in_full() -> None:
    ents = [("ANCV", "ANCV", "ORG"), ("Veltra Motors", "Veltra Motors", "ORG")]
    text = ("Veltra Motors halted its plants on Monday. The cyber agency ANCV (Agence nationale de la cybersécurité "
            "des véhicules) says it is \"supporting the company\".")
    rows = quotes(text, ents).to_dict("records")
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [
        ("Agence nationale de la cybersécurité des véhicules", "ANCV")], rows
    # left alone: brackets whose words the letters do not spell ("(France)", "(Paris)") keep the acronym
    other = text.replace("(Agence nationale de la cybersécurité des véhicules)", "(Annecy, France)")
    assert [r["speaker"] for r in quotes(other, ents).to_dict("records")] == ["ANCV"]


def test_an_elided_article_opens_a_word_an_acronym_abbreviates() -> None:
    from analysis.quotes.antecedents import abbreviates
    assert abbreviates("ANSI", "Agence nationale de la sûreté d'information")
    assert not abbreviates("ANSI", "Agence nationale de la sûreté")  # (no word for the last letter)


def test_a_quotation_whose_opening_mark_the_cleaning_lost_opens_at_its_paragraphs_start() -> None:
    # the page's cleaning took a Danish opening » at a line's start for a bullet: the lone closing « after the
    # clause, then the speech verb, close a quotation opened at the paragraph's start
    krog = [("Hanne Krogsbøl", "Hanne Krogsbøl", "PERSON"), ("Velsund Pharma", "Velsund Pharma", "ORG")]
    text = ("Velsund Pharma fell 4% on Wednesday.\n\nWe do not expect the order to change our outlook,« head of "
            "investor relations Hanne Krogsbøl told the paper.")
    rows = quotes(text, krog).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("We do not expect the order to change our outlook,", "Hanne Krogsbøl")], rows
    # left alone: no speech verb after the mark, or no clause ending before it
    for other in (text.replace("told the paper", "was at the meeting"),
                  text.replace("our outlook,«", "our outlook«")):
        assert quotes(other, krog).empty, other


def test_lone_closing_guillemets_elsewhere_are_left_alone() -> None:
    text = "Prices « rose, he said.\n»Fine,« she said. Prices rose,« he said »later«."
    out = continental_marks(text)
    assert out == "Prices « rose, he said.\n“Fine,” she said. Prices rose,« he said “later”."


def test_an_acronym_after_an_organisation_named_in_full_gives_that_name_when_the_mentions_are_not_linked() -> None:
    # the entity layer left "PAV" and "Port Authority of Veldhaven" apart: the reader knows the body by its full name
    ents = [("Port Authority of Veldhaven", "Port Authority of Veldhaven", "ORG"), ("PAV", "PAV", "ORG")]
    text = ("The Port Authority of Veldhaven (PAV) closed the channel on Monday. The PAV said the wreck would be "
            "moved \"within a week\".")
    rows = quotes(text, ents).to_dict("records")
    assert [(r["speaker"], r["speaker_mention"]) for r in rows] == [("Port Authority of Veldhaven", "PAV")], rows
    # left alone: letters that do not fit the name before the brackets ("(VPA)") keep the acronym
    other = text.replace("(PAV)", "(VPA)").replace("The PAV said", "The VPA said")
    ents = [("Port Authority of Veldhaven", "Port Authority of Veldhaven", "ORG"), ("VPA", "VPA", "ORG")]
    assert [r["speaker"] for r in quotes(other, ents).to_dict("records")] == ["VPA"]
