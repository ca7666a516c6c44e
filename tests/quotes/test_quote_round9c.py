"""Quote engine, round 9c: a later "the spokesperson" speaks for the organisation an earlier "a spokesperson for X"
named; a definite description of an organisation is never handed to a person by the learned choice; live-blog
labels, a company's board in a saying clause, a name in apposition to a description, a person the entity layer
missed, compound given names, and unmarked first-person speech. Invented sentences, companies and people."""

from __future__ import annotations

from test_quote_engine import quotes

HARBOUR = [("Harbour of Quillby", "Harbour of Quillby", "ORG")]


def test_the_spokesperson_speaks_for_the_organisation_named_before() -> None:
    text = ("Barge traffic halved in June, a spokesperson for the Harbour of Quillby said.\n\n"
            "“We expect the backlog to clear by the autumn,” the spokesperson said. “Extra pilots start next week.”")
    q = quotes(text, HARBOUR)
    assert list(q["speaker"]) == ["Harbour of Quillby", "Harbour of Quillby"]


def test_a_named_spokesperson_stays_that_person() -> None:
    text = ("Jane Roe, a spokesperson for the Harbour of Quillby, said barges were late.\n\n"
            "“Extra pilots start next week,” the spokesperson said.")
    q = quotes(text, [("Jane Roe", "Jane Roe", "PERSON")] + HARBOUR)
    assert list(q["speaker"]) == ["Jane Roe"]


def test_the_company_said_is_the_company_not_the_analyst_before() -> None:
    text = ("Tarnwell Foods shares dropped 6% on the news.\n\nMargins could recover next year, Jane Ostby reckoned.\n\n"
            "“Our order book has never been fuller,” the company said in a statement.")
    found = [("Tarnwell Foods", "Tarnwell Foods", "ORG"), ("Jane Ostby", "Jane Ostby", "PERSON"),
             ("Ostby", "Jane Ostby", "PERSON")]
    assert list(quotes(text, found)["speaker"]) == ["Tarnwell Foods"]


def test_a_live_blog_label_of_a_person_and_where_they_work() -> None:
    # "15:05 - Name of the Body: “…”": the person on the label speaks
    text = "15:05 GMT - Tara Quell of the Millers Guild: “Flour is plentiful this week. Next month is the worry.”"
    q = quotes(text, [("Tara Quell", "Tara Quell", "PERSON"), ("Millers Guild", "Millers Guild", "ORG")])
    assert list(q["speaker"]) == ["Tara Quell"]


def test_a_board_named_by_its_company_speaks_for_it_in_a_saying_clause() -> None:
    text = ("Quarto Group's board on Friday turned down a request from Zeal Capital to spin off its boat unit, saying "
            "a split “would leave both halves too small to compete”.")
    q = quotes(text, [("Quarto Group", "Quarto Group", "ORG"), ("Zeal Capital", "Zeal Capital", "ORG")])
    assert list(q["speaker"]) == ["Quarto Group"]


def test_a_person_role_in_the_possessive_is_no_organisation_body() -> None:
    from analysis.quotes.phrases import _owned_body

    text = "Quarto Group's chief turned down the plan"
    assert _owned_body(text, 0, len(text)) is None
    text = "Quarto Group's board turned down the plan"
    ph = _owned_body(text, 0, len(text))
    assert text[ph.start:ph.end] == "Quarto Group's board"


def test_a_description_with_a_named_acronym_in_apposition_gives_the_name() -> None:
    text = ("Norland's fishing watchdog, the Office des pêches quistes (OPQ), said on Friday it was "
            "“reviewing every licence issued this year”.")
    q = quotes(text, [("Norland", "Norland", "GPE"), ("OPQ", "OPQ", "ORG")])
    assert list(q["speaker"]) == ["Office des pêches quistes"]


def test_a_description_with_a_name_after_the_in_apposition_gives_the_name() -> None:
    from analysis.quotes.phrases import subject_phrase

    text = "Acme's main rival, the Quill Holding Group, said"
    ph = subject_phrase(text, 0, text.index("said"))
    assert text[ph.start:ph.end] == "Quill Holding Group"


def test_a_person_the_entity_layer_missed_before_of_an_organisation() -> None:
    text = ("As Paul-Henri Venn of Ostwick Partners put it over lunch: “Nobody on that board objected at the time. "
            "Blaming one person now is convenient.”")
    q = quotes(text, [("Ostwick Partners", "Ostwick Partners", "ORG")])
    assert list(q["speaker"]) == ["Paul-Henri Venn"]


def test_capitalised_words_without_a_given_name_before_of_are_no_person() -> None:
    # "Treasury Desk of Quill Bank": no known given name opens the words, so no person is read into them
    text = "As Treasury Desk of Quill Bank put it on Monday: “Rates stay put.”"
    q = quotes(text, [("Quill Bank", "Quill Bank", "ORG")])
    assert list(q["speaker"]) != ["Treasury Desk"]


def test_a_compound_given_name_shows_the_gender_its_parts_share() -> None:
    from analysis.quotes.antecedents import _given_gender

    assert (_given_gender("Anne-Marie Quist"), _given_gender("Paul-Antoine Quist")) == ("f", "m")
    assert _given_gender("Anne-Paul Quist") == ""


def test_unmarked_first_person_speech_closed_by_he_wrote_is_a_quotation() -> None:
    text = ("Readers ask whether Quarto could be sold. Quill Bank's Omar Renn expects a buyer. If you hold the "
            "stock, you should keep it until a bid arrives, he wrote in a note to clients.")
    found = [("Quarto", "Quarto", "ORG"), ("Quill Bank", "Quill Bank", "ORG"), ("Omar Renn", "Omar Renn", "PERSON")]
    row = quotes(text, found).iloc[0]
    assert (row["quote"], row["speaker"]) == ("If you hold the stock, you should keep it until a bid arrives",
                                             "Omar Renn")


def test_unmarked_third_person_report_or_a_longer_clause_is_no_quotation() -> None:
    # reported speech is in the third person; a clause after the verb is no attribution tail
    text = ("Sales fell 4% in the quarter, he said on Monday.\n\n"
            "We lost the vote, she said the senator would only talk to the chair.")
    assert quotes(text, []).empty
