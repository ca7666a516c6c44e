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
