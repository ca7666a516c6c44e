"""Quote engine, round 16: a role's holder named in apposition after the organisation ("The president of Acme,
Jane Roe, said"); a printed interview whose questions stand under the publication's name. Invented sentences,
companies and people; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import only, quotes

BRENNICK = [("Brennick Foods", "Brennick Foods", "ORG"), ("Brennick", "Brennick Foods", "ORG"),
            ("Ada Quist", "Ada Quist", "PERSON")]


def test_the_holder_of_a_role_of_an_organisation_named_in_apposition_speaks() -> None:
    text = ("Brennick Foods fell 5% on Monday.\n\n"
            "The president of Brennick, Ada Quist, said the group \u201cwill study the ruling\u201d and that "
            "\u201cBrennick has a future on its own\u201d.")
    row = only(quotes(text, BRENNICK))
    assert (row["speaker"], row["speaker_type"]) == ("Ada Quist", "PERSON")
    text = ("Brennick Foods fell 5% on Monday.\n\n"
            "\u201cWe will appeal,\u201d said the chief executive of Brennick Foods, Ada Quist.")
    assert only(quotes(text, BRENNICK))["speaker"] == "Ada Quist"


def test_an_organisation_after_a_role_without_a_person_in_apposition_still_speaks() -> None:
    # no person after the comma, or no role before the name: the organisation stays the speaker
    ents = [*BRENNICK, ("Ohio", "Ohio", "PLACE")]
    text = "The owners of Brennick Foods, Ohio, said the plant \u201cwill reopen in May\u201d."
    assert only(quotes(text, ents))["speaker"] == "Brennick Foods"
    text = "Brennick Foods, Ada Quist's employer, said the plant \u201cwill reopen in May\u201d."
    assert only(quotes(text, ents))["speaker"] == "Brennick Foods"


def test_a_printed_interview_under_the_publication_s_label_quotes_the_interviewee() -> None:
    ents = [("Oskar Varn", "Oskar Varn", "PERSON"), ("Tallis Capital", "Tallis Capital", "ORG")]
    text = ("Interview: Tallis Capital's Oskar Varn on the freight slump\n\n"
            "We spoke to chief executive Oskar Varn on Monday.\n\n"
            "FreightWeek: Were you surprised by the rate cut?\n"
            "Varn: Not at all. The signs were there in March.\n\n"
            "FreightWeek: The carriers say demand will return.\n"
            "Varn: We will see. I would not bet the fund on it.\n")
    q = quotes(text, ents)
    assert list(q["speaker"]) == ["Oskar Varn", "Oskar Varn"]
    assert list(q["quote"]) == ["Not at all. The signs were there in March.",
                                "We will see. I would not bet the fund on it."]


def test_label_lines_that_are_no_interview_quote_no_one() -> None:
    ents = [("Oskar Varn", "Oskar Varn", "PERSON"), ("Ilse Vargha", "Ilse Vargha", "PERSON")]
    # the other label asks nothing (a list of figures under a heading word), or one label only: no interview
    text = ("Oskar Varn on the quarter.\n\n"
            "Revenue: up 4% on the year.\nVarn: A good quarter for us.\nMargin: down a point.\nVarn: We expected it.\n")
    assert quotes(text, ents).empty
    text = ("Oskar Varn on the slump.\n\nVarn: Not at all. It was clear.\nVarn: We will see, won't we?\n")
    assert quotes(text, ents).empty


def test_the_author_of_a_statement_is_what_the_company_of_the_next_sentence_takes_up() -> None:
    ents = [("Brindle Mining", "Brindle Mining", "ORG"), ("Brindle", "Brindle Mining", "ORG"),
            ("Orwell Insurance", "Orwell Insurance", "ORG"), ("Orwell", "Orwell Insurance", "ORG"),
            ("Tallis Capital", "Tallis Capital", "ORG")]
    text = ("Markets live\n\n08:31 GMT\nBrindle Mining has opened sharply lower, down 12% in the first half hour.\n\n"
            "09:15 GMT\nA reader asks who insures the mine. According to a note from Tallis Capital, it is Orwell "
            "Insurance. Orwell shares are off 3.1% this morning.\n\n"
            "11:48 GMT\nThe mining index is down 2.4%, dragged by Brindle, and Brindle has pared its losses to 8.9%.\n\n"
            "13:20 GMT\nStatement from Brindle just landed. \u201cWe are in constant contact with the authorities,\u201d "
            "the company said.\n")
    assert only(quotes(text, ents))["speaker"] == "Brindle Mining"


def test_a_subject_after_an_introductory_word_and_a_possessive_place_is_what_the_company_takes_up() -> None:
    ents = [("Hallam Semiconductor", "Hallam Semiconductor", "ORG"), ("Hallam", "Hallam Semiconductor", "ORG"),
            ("Norland", "Norland", "PLACE"), ("Quistor Microelectronics", "Quistor Microelectronics", "ORG"),
            ("Vesta Stock Exchange", "Vesta Stock Exchange", "ORG"), ("Dunmore Chips", "Dunmore Chips", "ORG")]
    text = ("Hallam Semiconductor shares rebounded 4.4% on Tuesday after the company said its plant had the tools it "
            "needed.\n\nHallam's finance chief will host an investor call on Wednesday. The company reports on June "
            "24.\n\nSmaller rival Dunmore Chips rose 2.1%.\n\n"
            "Meanwhile, Norland's Quistor Microelectronics, which fell by its daily limit last Thursday, was up 2% after "
            "the company told the Vesta Stock Exchange it was \u201cevaluating alternative equipment sources\u201d.\n")
    assert only(quotes(text, ents))["speaker"] == "Quistor Microelectronics"


def test_a_short_quotation_opening_a_sentence_or_paragraph_is_no_nickname() -> None:
    ents = [("Ada Quist", "Ada Quist", "PERSON"), ("Quist", "Ada Quist", "PERSON")]
    text = "Brennick Foods fell 4% on Tuesday.\n\n\"We will appeal,\" Ada Quist said.\n"
    assert only(quotes(text, ents))["speaker"] == "Ada Quist"
    text = "Brennick Foods fell 4% on Tuesday. \"We will appeal,\" Quist said."
    assert only(quotes(text, ents))["quote"] == "We will appeal,"
    # a nickname between the words of a name (after a title or initials too) is still no quotation
    for text in ("The actor Dwayne \"The Rock\" Johnson spoke.", "Gov. C.L. \"Butch\" Otter spoke.",
                 "It was Gov. \"Butch\" Otter."):
        assert quotes(text).empty


def test_the_company_whose_shares_open_the_sentence_is_what_the_company_takes_up() -> None:
    ents = [("Acme Holdings", "Acme Holdings", "ORG"), ("Brenner Line", "Brenner Line", "ORG")]
    text = ("Acme Holdings fell 4% on Tuesday.\n\nShares in Brenner Line, the target, rose 2%. The company said it "
            "would \u201ccontinue as an independent business\u201d.\n")
    assert only(quotes(text, ents))["speaker"] == "Brenner Line"


def test_the_board_is_the_board_of_the_listed_company_the_text_is_about() -> None:
    ents = [("Brindle", "Brindle Pay", "ORG"), ("Brindle Pay", "Brindle Pay", "ORG"), ("Quist", "Ada Quist", "PERSON"),
            ("Ada Quist", "Ada Quist", "PERSON")]
    text = ("Brindle Pay shares fell 6% on Tuesday.\n\nSeparately, Brindle named Ada Quist as its finance chief. Quist "
            "starts in May. The board said it would appoint a new auditor \u201cas a matter of urgency\u201d.\n")
    assert only(quotes(text, ents))["speaker"] == "Brindle Pay"
    # a board of no listed company (an elections board, a school board): no one named
    ents = [("Harwick County", "Harwick County", "ORG"), ("Ada Quist", "Ada Quist", "PERSON")]
    text = ("Harwick County counted its ballots on Monday. Ada Quist lost.\n\nThe board said the count was "
            "\u201cclean and complete\u201d.\n")
    assert only(quotes(text, ents))["speaker"] != "Harwick County"


def test_a_press_release_s_quote_attributable_to_a_person_names_them() -> None:
    ents = [("Acme Holdings", "Acme Holdings", "ORG"), ("Jane Roe", "Jane Roe", "PERSON")]
    text = ("Acme Holdings today announced its appeal.\n\nQuote attributable to Jane Roe, Chief Executive Officer:\n\n"
            "\u201cWe are confident in our case and we will defend our customers.\u201d\n")
    assert only(quotes(text, ents))["speaker"] == "Jane Roe"
    text = ("Acme Holdings today announced its appeal.\n\nStatement from Jane Roe, Chief Executive Officer:\n\n"
            "\u201cWe are confident in our case and we will defend our customers.\u201d\n")
    assert only(quotes(text, ents))["speaker"] == "Jane Roe"


def test_a_company_opening_a_bullet_line_is_what_the_description_on_that_line_takes_up() -> None:
    ents = [("Acme Holdings", "Acme Holdings", "ORG"), ("Brenner Line", "Brenner Line", "ORG"),
            ("Jane Roe", "Jane Roe", "PERSON")]
    text = ("Morning digest\n\n\u2022 Acme Holdings (-4%): CEO Jane Roe called the ruling \u201cflawed\u201d.\n"
            "\u2022 Brenner Line (+2%): the carrier said demand was \u201cholding up\u201d.\n")
    assert list(quotes(text, ents)["speaker"]) == ["Jane Roe", "Brenner Line"]
