"""Quote engine, round 16: a role's holder named in apposition after the organisation ("The president of Acme,
Jane Roe, said"); a printed interview whose questions stand under the publication's name; what "the company" and
"the board" take up (a document's author, a company after an introductory phrase or opening a bulleted line, shares
opening a sentence, a listed company's board); short quotations that are no nicknames; a press release's "quote
attributable to". Invented sentences, companies and people; the entity mentions are given by hand."""

from __future__ import annotations

import pytest

from test_quote_engine import only, quotes

BRENNICK = [("Brennick", "Brennick Foods", "ORG"), ("Brennick Foods", "Brennick Foods", "ORG"),
            ("Ada Quist", "Ada Quist", "PERSON")]


def test_the_holder_of_a_role_of_an_organisation_named_in_apposition_speaks() -> None:
    text = ("Brennick Foods lost 7% on Friday.\n\n"
            "The president of Brennick, Ada Quist, said the board \u201cwill weigh the verdict\u201d and that "
            "\u201cthe brand stands on its own\u201d.")
    row = only(quotes(text, BRENNICK))
    assert (row["speaker"], row["speaker_type"]) == ("Ada Quist", "PERSON")
    text = ("Brennick Foods lost 7% on Friday.\n\n"
            "\u201cWe intend to contest it,\u201d said the chief executive of Brennick Foods, Ada Quist.")
    assert only(quotes(text, BRENNICK))["speaker"] == "Ada Quist"


def test_an_organisation_after_a_role_without_a_person_in_apposition_still_speaks() -> None:
    # no person after the comma, or no role before the name: the organisation stays the speaker
    ents = [*BRENNICK, ("Vellmark", "Vellmark", "PLACE")]
    text = "The owners of Brennick Foods, Vellmark, said the mill \u201cshould restart by autumn\u201d."
    assert only(quotes(text, ents))["speaker"] == "Brennick Foods"
    text = "Brennick Foods, Ada Quist's employer, said the mill \u201cshould restart by autumn\u201d."
    assert only(quotes(text, ents))["speaker"] == "Brennick Foods"


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_printed_interview_under_the_publication_s_label_quotes_the_interviewee() -> None:
    ents = [("Oskar Varn", "Oskar Varn", "PERSON"), ("Quellmore Capital", "Quellmore Capital", "ORG")]
    text = ("Interview: Quellmore Capital's Oskar Varn on the bond slump\n\n"
            "We met fund manager Oskar Varn last week.\n\n"
            "HarbourNotes: Did the coupon cut catch you out?\n"
            "Varn: Hardly. The warning signs came early.\n\n"
            "HarbourNotes: Issuers expect buyers to come back.\n"
            "Varn: Perhaps. I would not stake the portfolio on it.\n")
    q = quotes(text, ents)
    assert list(q["speaker"]) == ["Oskar Varn", "Oskar Varn"]
    assert list(q["quote"]) == ["Hardly. The warning signs came early.",
                                "Perhaps. I would not stake the portfolio on it."]


def test_label_lines_that_are_no_interview_quote_no_one() -> None:
    ents = [("Oskar Varn", "Oskar Varn", "PERSON"), ("Ilse Vargha", "Ilse Vargha", "PERSON")]
    # the other label asks nothing (a list of figures under a heading word), or one label only: no interview
    text = ("Oskar Varn on the half year.\n\n"
            "Turnover: ahead by a tenth.\nVarn: A decent half for us.\nCosts: higher again.\nVarn: As we planned.\n")
    assert quotes(text, ents).empty
    text = ("Oskar Varn on the slump.\n\nVarn: Hardly. It came early.\nVarn: We shall see, shan't we?\n")
    assert quotes(text, ents).empty


def test_the_author_of_a_statement_is_what_the_company_of_the_next_sentence_takes_up() -> None:
    ents = [("Brindle", "Brindle Mining", "ORG"), ("Brindle Mining", "Brindle Mining", "ORG"),
            ("Orwyn", "Orwyn Insurance", "ORG"), ("Orwyn Insurance", "Orwyn Insurance", "ORG"),
            ("Quellmore Capital", "Quellmore Capital", "ORG")]
    text = ("Live: mining shares\n\n07:05 BST\nBrindle Mining opened down 9% on the pit flooding.\n\n"
            "07:50 BST\nWho carries the risk? Quellmore Capital says the insurer is Orwyn Insurance. "
            "Orwyn shares have slipped 1.7% so far.\n\n"
            "10:30 BST\nThe sector gauge trades 1.1% lower, with Brindle the main drag, though Brindle has trimmed "
            "its fall to 6.6%.\n\n"
            "12:10 BST\nA statement from Brindle is out. \u201cPumping has begun and every worker is accounted "
            "for,\u201d the company said.\n")
    assert only(quotes(text, ents))["speaker"] == "Brindle Mining"


def test_a_subject_after_an_introductory_word_and_a_possessive_place_is_what_the_company_takes_up() -> None:
    ents = [("Hallam", "Hallam Semiconductor", "ORG"), ("Hallam Semiconductor", "Hallam Semiconductor", "ORG"),
            ("Norland", "Norland", "PLACE"), ("Quistor Microelectronics", "Quistor Microelectronics", "ORG"),
            ("Vesta Bourse", "Vesta Bourse", "ORG"), ("Tarrow Circuits", "Tarrow Circuits", "ORG")]
    text = ("Hallam Semiconductor climbed 3.3% on Monday after the company said its new line was on schedule.\n\n"
            "Hallam's finance chief speaks to investors on Thursday. The company reports in August.\n\n"
            "Smaller rival Tarrow Circuits added 0.6%.\n\n"
            "Separately, Norland's Quistor Microelectronics, which hit its limit down a week ago, gained 1% once "
            "the company told the Vesta Bourse it was \u201cqualifying a second supplier\u201d.\n")
    assert only(quotes(text, ents))["speaker"] == "Quistor Microelectronics"


def test_a_short_quotation_opening_a_sentence_or_paragraph_is_no_nickname() -> None:
    ents = [("Quist", "Ada Quist", "PERSON"), ("Ada Quist", "Ada Quist", "PERSON")]
    text = "Brennick Foods lost 7% on Friday.\n\n\"We will contest,\" Ada Quist said.\n"
    assert only(quotes(text, ents))["speaker"] == "Ada Quist"
    text = "Brennick Foods lost 7% on Friday. \"We will contest,\" Quist said."
    assert only(quotes(text, ents))["quote"] == "We will contest,"
    # a nickname between the words of a name (after a title or initials too) is still no quotation
    for text in ("The boxer Milo \"The Hammer\" Brandt spoke.", "Gov. R.T. \"Sonny\" Tamsett spoke.",
                 "It was Gov. \"Sonny\" Tamsett."):
        assert quotes(text).empty


def test_the_company_whose_shares_open_the_sentence_is_what_the_company_takes_up() -> None:
    ents = [("Acme Holdings", "Acme Holdings", "ORG"), ("Sandor Ferries", "Sandor Ferries", "ORG")]
    text = ("Acme Holdings lost 5% on Thursday.\n\nShares in Sandor Ferries, the bid target, gained 3%. The company "
            "said it would \u201cremain an independent operator\u201d.\n")
    assert only(quotes(text, ents))["speaker"] == "Sandor Ferries"


def test_the_board_is_the_board_of_the_listed_company_the_text_is_about() -> None:
    ents = [("Brindle", "Brindle Pay", "ORG"), ("Brindle Pay", "Brindle Pay", "ORG"), ("Quist", "Ada Quist", "PERSON"),
            ("Ada Quist", "Ada Quist", "PERSON")]
    text = ("Brindle Pay shares dropped 8% on Wednesday.\n\nIn other news, Brindle hired Ada Quist as treasurer. "
            "Quist joins in July. The board said a search for a new auditor was \u201ca top priority\u201d.\n")
    assert only(quotes(text, ents))["speaker"] == "Brindle Pay"
    # a board of no listed company (an elections board, a school board): not that body
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
    ents = [("Acme Holdings", "Acme Holdings", "ORG"), ("Sandor Ferries", "Sandor Ferries", "ORG"),
            ("Jane Roe", "Jane Roe", "PERSON")]
    text = ("Stocks to watch\n\n\u2022 Acme Holdings (-5%): CEO Jane Roe called the fine \u201cexcessive\u201d.\n"
            "\u2022 Sandor Ferries (+3%): the operator said bookings were \u201cat a record\u201d.\n")
    assert list(quotes(text, ents)["speaker"]) == ["Jane Roe", "Sandor Ferries"]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_host_printed_as_name_then_role_is_the_host_under_the_bare_surname_too() -> None:
    text = ("Harbour Hour transcript\n\n"
            "NORA PELLING, HOST: Ferry stocks rose again. With me is Dev Rao of Quellmore Capital.\n\n"
            "DEV RAO, QUELLMORE CAPITAL: Take profits. The rally is thin.\n\n"
            "PELLING: And the insurers?\n\n"
            "RAO: Oversold. I am buying.\n")
    q = quotes(text)
    assert len(q) == 2 and "Pelling" not in " ".join(q["speaker"])


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_host_who_thanks_a_guest_by_the_given_name_alone_is_not_quoted() -> None:
    text = ("Podcast transcript\n\n"
            "Nora Pelling: Ferry stocks rose again. Dev, what now?\n"
            "Dev Rao: Take profits. The rally is thin.\n"
            "Nora Pelling: And the insurers?\n"
            "Dev Rao: Oversold. I am buying.\n"
            "Nora Pelling: Thanks, Dev.\n")
    q = quotes(text)
    assert set(q["speaker"]) == {"Dev Rao"} and len(q) == 2
