"""Quote engine, round 9c: "the spokesperson" later in a story speaks for the organisation an earlier "a
spokesperson for X" named, and a definite description of an organisation ("the company said") is never handed to
a person by the learned choice. Invented sentences, companies and people."""

from __future__ import annotations

from test_quote_engine import quotes

PORT = [("Port of Quillby", "Port of Quillby", "ORG")]


def test_the_spokesperson_speaks_for_the_organisation_named_before() -> None:
    text = ("Only 9 ships called at the harbour last week, a spokesperson for the Port of Quillby said.\n\n"
            "“When the strait opens, they will all come at once,” the spokesperson said. “We are hiring crews.”")
    q = quotes(text, PORT)
    assert list(q["speaker"]) == ["Port of Quillby", "Port of Quillby"]


def test_a_named_spokesperson_stays_that_person() -> None:
    text = ("Jane Roe, a spokesperson for the Port of Quillby, said ships were late.\n\n"
            "“We are hiring extra crews,” the spokesperson said.")
    q = quotes(text, [("Jane Roe", "Jane Roe", "PERSON")] + PORT)
    assert list(q["speaker"]) == ["Jane Roe"]


def test_the_company_said_is_the_company_not_the_analyst_before() -> None:
    text = ("Marlow Foods shares fell 20%.\n\nThe ratio could rise, Jane Kerrow estimated.\n\n"
            "“We have ample liquidity,” the company said in a statement.")
    people = [("Marlow Foods", "Marlow Foods", "ORG"), ("Jane Kerrow", "Jane Kerrow", "PERSON"),
              ("Kerrow", "Jane Kerrow", "PERSON")]
    q = quotes(text, people)
    assert list(q["speaker"]) == ["Marlow Foods"]


def test_a_live_blog_label_of_a_person_and_where_they_work() -> None:
    # "12:40 - Name of the Body: “…”": the person on the label speaks
    text = "12:40 BST - Tara Quell of the Retail Guild: “Stores have good stock levels today. The risk is later.”"
    q = quotes(text, [("Tara Quell", "Tara Quell", "PERSON"), ("Retail Guild", "Retail Guild", "ORG")])
    assert list(q["speaker"]) == ["Tara Quell"]


def test_a_board_named_by_its_company_speaks_for_it_in_a_saying_clause() -> None:
    text = ("Quarto Group's board on Monday rejected calls from Zeal Capital to sell its unit, saying a sale now "
            "“would crystallise value at the bottom”.")
    q = quotes(text, [("Quarto Group", "Quarto Group", "ORG"), ("Zeal Capital", "Zeal Capital", "ORG")])
    assert list(q["speaker"]) == ["Quarto Group"]


def test_a_person_role_in_the_possessive_is_no_organisation_body() -> None:
    # "Quarto Group's chief … saying": an unnamed person, never the company through this rule
    from analysis.quotes.phrases import _owned_body

    text = "Quarto Group's chief rejected the plan"
    assert _owned_body(text, 0, len(text)) is None
    text = "Quarto Group's board rejected the plan"
    assert text[_owned_body(text, 0, len(text)).start:_owned_body(text, 0, len(text)).end] == "Quarto Group's board"


def test_a_description_with_a_named_acronym_in_apposition_gives_the_name() -> None:
    text = ("10:00 - Norland's market regulator, the Autorité des valeurs quistes (AVQ), said on Wednesday it was "
            "“examining the timing of the trades”, a standard step.")
    q = quotes(text, [("Norland", "Norland", "GPE"), ("AVQ", "AVQ", "ORG")])
    assert list(q["speaker"]) == ["Autorité des valeurs quistes"]


def test_a_description_with_a_name_after_the_in_apposition_gives_the_name() -> None:
    from analysis.quotes.phrases import subject_phrase

    text = "Acme's main rival, the Quill Holding Group, said"
    ph = subject_phrase(text, 0, text.index("said"))
    assert text[ph.start:ph.end] == "Quill Holding Group"


def test_a_person_the_entity_layer_missed_before_of_an_organisation() -> None:
    text = ("As Paul-Henri Venn of Ostwick Gestion put it when I called him on Monday: “The board approved every "
            "rise. They cannot pretend otherwise.”")
    q = quotes(text, [("Ostwick Gestion", "Ostwick Gestion", "ORG")])
    assert list(q["speaker"]) == ["Paul-Henri Venn"]


def test_capitalised_words_without_a_given_name_before_of_are_no_person() -> None:
    # "Treasury Desk of Quill Bank": no known given name opens the words, so the organisation speaks
    text = "As Treasury Desk of Quill Bank put it on Monday: “Rates stay put.”"
    q = quotes(text, [("Quill Bank", "Quill Bank", "ORG")])
    assert list(q["speaker"]) != ["Treasury Desk"]


def test_a_compound_given_name_shows_the_gender_its_parts_share() -> None:
    from analysis.quotes.antecedents import _given_gender

    assert (_given_gender("Anne-Marie Quist"), _given_gender("Paul-Antoine Quist")) == ("f", "m")
    assert _given_gender("Anne-Paul Quist") == ""


def test_unmarked_first_person_speech_closed_by_he_wrote_is_a_quotation() -> None:
    text = ("A reader asks whether Quarto could become a target. Quill Bank's Tomás Renn thinks so. At this "
            "valuation you have to assume somebody is looking at it, he wrote in a note this morning.")
    people = [("Quarto", "Quarto", "ORG"), ("Quill Bank", "Quill Bank", "ORG"), ("Tomás Renn", "Tomás Renn", "PERSON")]
    row = quotes(text, people).iloc[0]
    assert (row["quote"], row["speaker"]) == ("At this valuation you have to assume somebody is looking at it",
                                             "Tomás Renn")


def test_unmarked_third_person_report_or_a_longer_clause_is_no_quotation() -> None:
    # reported speech is in the third person; a clause after the verb is no attribution tail
    text = ("Sales fell 4% in the quarter, he said on Monday.\n\n"
            "We lost the vote, she said the senator would only talk to the chair.")
    assert quotes(text, []).empty
