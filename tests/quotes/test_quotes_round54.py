"""Quote engine, round 54 (quotes54): who obtained a document relays it and is no speaker ("A letter from X obtained
by Y warns that “…”"); a readout, a memorandum and an affidavit are worded documents of their owner ("A Treasury
readout said …"). Invented people, bodies, outlets and sentences; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


ENTS = [("Marla Venn", "Marla Venn", "PERSON"), ("Venn", "Marla Venn", "PERSON"),
        ("Veterans League", "Veterans League", "ORG"), ("Daily Courier", "Daily Courier", "ORG"),
        ("Tom Ardle", "Tom Ardle", "PERSON"), ("Treasury", "Treasury", "ORG")]


def test_a_letter_obtained_by_an_outlet_is_its_authors() -> None:
    text = ("Marla Venn has used the league's emblem twice. A March 3 letter from the Veterans League obtained by the "
            "Daily Courier warns that \"any further use will go to our lawyers.\"")
    assert _rows(text, ENTS) == [("any further use will go to our lawyers.", "Veterans League")]


def test_a_memo_seen_by_an_outlet_names_no_one() -> None:
    # guard: no author, and the outlet that saw the memo is not its speaker
    text = ("Tom Ardle sent a note to the staff on Friday.\n\n"
            "An internal memo, seen by the Daily Courier, said the unit would \"wind down over the summer\".")
    assert _rows(text, ENTS) == [("wind down over the summer", "")]


def test_a_letter_the_outlet_wrote_stays_the_outlets() -> None:
    # guard: "by" without "obtained/seen" is the author ("a letter by X")
    text = "A letter by the Daily Courier's editors warns that \"the city cannot pay for this.\""
    assert _rows(text, ENTS) == [("the city cannot pay for this.", "Daily Courier")]


def test_a_readout_is_its_owners() -> None:
    text = ("Tom Ardle met his counterpart on Monday. A Treasury readout said the two had agreed \"to keep talking\" "
            "next week.")
    assert _rows(text, ENTS) == [("to keep talking", "Treasury")]


def test_a_memorandum_is_its_owners() -> None:
    text = "A Veterans League memorandum warned members that the plan was \"a breach of trust\"."
    assert _rows(text, ENTS) == [("a breach of trust", "Veterans League")]


PEOPLE = [("Harlow Group", "Harlow Group", "ORG"), ("Jane Roe", "Jane Roe", "PERSON"), ("Roe", "Jane Roe", "PERSON"),
          ("Dara Quill", "Dara Quill", "PERSON"), ("Quill", "Dara Quill", "PERSON"),
          ("Sam Oduya", "Sam Oduya", "PERSON"), ("Oduya", "Sam Oduya", "PERSON")]


def test_people_described_by_a_relative_clause_are_not_the_name_inside_it() -> None:
    # "Analysts who cover X said": the analysts (no one named), not the company they cover
    text = "Analysts who cover Harlow Group said the deal was \"a stretch at this price\"."
    assert _rows(text, PEOPLE) == [("a stretch at this price", "Analysts")]


def test_a_group_described_by_a_relative_clause_after_a_subordinate_clause() -> None:
    text = ("Most recently, Oduya called for a ban on new arrivals. While Quill has condemned the proposal, the groups "
            "who wrote to her on Thursday say they are \"concerned your campaign is sending mixed messages\" on it.")
    assert _rows(text, PEOPLE) == [("concerned your campaign is sending mixed messages", "the groups")]


def test_a_definite_person_described_by_a_relative_clause() -> None:
    text = "The woman who succeeded Jane Roe at Harlow Group said the plan was \"never realistic\"."
    assert _rows(text, PEOPLE) == [("never realistic", "The woman")]


def test_a_description_in_apposition_to_a_name_stays_the_name() -> None:
    # guard: "Jane Roe, the analyst who …, said" is Jane Roe's
    text = "Jane Roe, the analyst who first covered Harlow Group, said the plan was \"never realistic\"."
    assert _rows(text, PEOPLE) == [("never realistic", "Jane Roe")]


def test_a_relative_clause_with_a_subject_of_its_own_stays_that_subjects() -> None:
    # guard: "the congressman who gained fame when he yelled “…”" is the congressman named before
    text = ("The latest is Rep. Jane Roe, the Harlow County congresswoman who gained national attention in 2009 when "
            "she yelled \"You are wrong!\" at the governor.")
    assert _rows(text, PEOPLE) == [("You are wrong!", "Jane Roe")]


BODIES = [("Tom Ardle", "Tom Ardle", "PERSON"), ("Policy Forum", "Policy Forum", "ORG"),
          ("Harlow Group", "Harlow Group", "ORG")]


def test_a_review_is_a_document_of_its_owner() -> None:
    # "which a Policy Forum review said was “…”": the forum, not the subject of the main clause
    text = "Tom Ardle criticized the plan, which a Policy Forum review said was \"deeply flawed\" but legal."
    assert _rows(text, BODIES) == [("deeply flawed", "Policy Forum")]


def test_an_investigation_is_a_document_of_its_owner() -> None:
    text = ("Tom Ardle defended the merger on Monday. A Harlow Group investigation found the deal had been "
            "\"handled with great care\" by the board.")
    assert _rows(text, BODIES) == [("handled with great care", "Harlow Group")]


def test_a_source_familiar_with_a_body_s_document_is_not_the_body() -> None:
    # the unnamed source knows the report; the company that owns the report did not say it (the row shows the
    # source's description, which names no one)
    text = ("But a source familiar with Harlow Group's internal report said the intruders were after "
            "\"trade secrets.\"")
    assert _rows(text, BODIES) == [("trade secrets.", "a source")]


def test_people_briefed_on_an_inquiry_are_not_the_body() -> None:
    text = "Two people briefed on the Harlow Group inquiry said the intruders were after \"trade secrets.\""
    assert _rows(text, BODIES) == [("trade secrets.", "Two people")]
