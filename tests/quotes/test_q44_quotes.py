"""Quote engine, round 39 (q44): classes of news prose counted across ten read corpora and PolNeAR train before
they were fixed. Invented companies, people and sentences; the entity mentions are given by hand, as the entity
layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


SHORT_SELLER = [("Bluefin Research", "Bluefin Research", "ORG"), ("Tarvo Group", "Tarvo Group", "ORG"),
                ("Tarvo Steel", "Tarvo Steel", "ORG"), ("Amsel Group", "Amsel Group", "ORG")]


def test_the_group_is_the_organisation_whose_name_holds_the_word_over_a_nearer_subject() -> None:
    # a short seller (the nearer subject) attacks a conglomerate named "… Group": "the group" answers for it
    text = ("Shares of Tarvo Steel, the flagship of the Tarvo Group, fell 12% on Monday after Bluefin Research "
            "accused the conglomerate of hiding debts.\n"
            "\"The accounts do not add up,\" Bluefin Research said.\n"
            "In a statement, the group called the report \"a pack of stale claims\" and promised a rebuttal.")
    assert _rows(text, SHORT_SELLER) == [("The accounts do not add up,", "Bluefin Research"),
                                         ("a pack of stale claims", "Tarvo Group")]


def test_the_group_with_two_groups_named_or_none_keeps_the_nearest_subject() -> None:
    # left alone: two organisations named "… Group" (the text gives no one of them the word), and none at all
    text = ("Amsel Group agreed on Monday to buy the Tarvo Group for $4 billion.\n"
            "\"The price is far too low,\" Bluefin Research said.\n"
            "In a letter, the group called the deal \"a gift to Amsel\" and urged investors to vote against it.")
    assert _rows(text, SHORT_SELLER) == [("The price is far too low,", "Bluefin Research"),
                                         ("a gift to Amsel", "Bluefin Research")]
    text = ("Tarvo Steel fell 12% on Monday after a report.\n"
            "\"The accounts do not add up,\" Bluefin Research said.\n"
            "In a letter, the group called the accounts \"a maze\" and urged investors to sell.")
    assert _rows(text, SHORT_SELLER) == [("The accounts do not add up,", "Bluefin Research"),
                                         ("a maze", "Bluefin Research")]


DEVELOPER = [("Lanmore Holdings", "Lanmore Holdings", "ORG"), ("Liu Chenming", "Liu Chenming", "PERSON"),
             ("Corvina Ratings", "Corvina Ratings", "ORG"), ("Dale Hoskins", "Dale Hoskins", "PERSON"),
             ("Ted Morrow", "Ted Morrow", "PERSON")]


def test_the_developer_is_the_company_the_text_introduced_as_a_developer() -> None:
    # "developer" is a property company here: the text introduced one with the noun
    text = ("Property developer Lanmore Holdings failed to pay a coupon on Monday, chairman Liu Chenming said.\n"
            "In a filing, the Harbin-based developer said it had hired advisers to \"review all options\".")
    assert _rows(text, DEVELOPER) == [("review all options", "Lanmore Holdings")]


def test_the_developer_of_no_company_so_introduced_is_read_from_the_context() -> None:
    # left alone: "the real estate developer" is the person the paragraph is about, no company introduced so
    text = ("Dale Hoskins attacked Ted Morrow on Monday.\n"
            "\"He is a fine man and a poor golfer,\" the real estate developer said of Mr. Morrow.")
    assert _rows(text, DEVELOPER) == [("He is a fine man and a poor golfer,", "Dale Hoskins")]


DOCUMENTS = [("Bluefin Research", "Bluefin Research", "ORG"), ("Tarvo", "Tarvo", "ORG"),
             ("Keldor Hosting", "Keldor Hosting", "ORG"), ("Jane Roe", "Jane Roe", "PERSON")]


def test_the_document_a_subject_said_it_gave_out_speaks_for_that_organisation() -> None:
    # "X, …, said its report …" and "X said in a statement": the report or statement quoted later is X's
    text = ("Bluefin Research, founded by a former auditor in 2017, said its 96-page report was published late on "
            "Sunday.\nThe report alleges that $3 billion moved between Tarvo companies.\n"
            "\"We believe Tarvo is hiding its debts,\" the report said.")
    assert _rows(text, DOCUMENTS) == [("We believe Tarvo is hiding its debts,", "Bluefin Research")]
    text = ("Keldor Hosting, which ran the site, said in a statement that it had been cut off without notice.\n"
            "\"We are looking for a braver host,\" the statement said.")
    assert _rows(text, DOCUMENTS) == [("We are looking for a braver host,", "Keldor Hosting")]


def test_a_persons_statement_or_another_documents_noun_is_left_as_written() -> None:
    # left alone: a person's statement (the gold of PolNeAR keeps "the statement"), a report no subject gave out
    # by a verb of saying, and a document of another noun
    text = ("Jane Roe said in a statement on Monday that she would appeal.\n"
            "\"We will win this case,\" the statement said.")
    assert _rows(text, DOCUMENTS) == [("We will win this case,", "")]
    text = ("Bluefin Research read a report on Tarvo's debts on Sunday.\n"
            "\"We believe Tarvo is hiding its debts,\" the report said.")
    assert _rows(text, DOCUMENTS) == [("We believe Tarvo is hiding its debts,", "")]
    text = ("Keldor Hosting said in a statement that it had been cut off.\n"
            "\"We are looking for a braver host,\" the letter said.")
    assert _rows(text, DOCUMENTS) == [("We are looking for a braver host,", "")]


def test_a_participle_after_the_document_of_an_opening_in_phrase_is_no_speaker_verb() -> None:
    # "In a statement emailed to reporters, X said", "In a message posted Friday, X said": X speaks, not the document
    orgs = [("Bluefin Research", "Bluefin Research", "ORG"), ("Jane Roe", "Jane Roe", "PERSON"),
            ("Chatter", "Chatter", "ORG")]
    text = ("Bluefin Research is not backing down. In a statement emailed to reporters this morning, the short "
            "seller said the rebuttal \"answers none of our questions\" and would not end the matter.")
    assert _rows(text, orgs) == [("answers none of our questions", "Bluefin Research")]
    text = "In a Chatter message posted Friday, Jane Roe said she had \"real doubts\" about the plan."
    assert _rows(text, orgs) == [("real doubts", "Jane Roe")]


def test_a_documents_own_verb_and_a_participle_of_another_kind_are_left_alone() -> None:
    # left alone: the document as the subject of its verb ("the statement added"; "Acme's statement called")
    orgs = [("Keldor Hosting", "Keldor Hosting", "ORG"), ("Tarvo", "Tarvo", "ORG")]
    text = ("Keldor Hosting said in a statement that it had been cut off.\n"
            "It was \"a sad day for free speech,\" the statement added.")
    assert _rows(text, orgs) == [("a sad day for free speech,", "Keldor Hosting")]
    text = "Tarvo's statement called the decision \"mutual\" and thanked the staff."
    assert _rows(text, orgs) == [("mutual", "Tarvo")]


REGULATORS = [("Norland Fair Trade Office", "Norland Fair Trade Office", "ORG"),
              ("Valdrian Commission", "Valdrian Commission", "ORG"), ("Acme", "Acme", "ORG")]


def test_the_subject_of_an_after_clause_is_not_what_a_later_description_takes_up() -> None:
    # "X said …, a week after the Commission fined Acme. The regulator said …": X, not the clause's subject
    text = ("The Norland Fair Trade Office said on Tuesday it was reviewing the app rules, a week after the "
            "Valdrian Commission fined Acme.\n"
            "The antitrust regulator said it would decide \"within six months\" whether to open a case.")
    assert _rows(text, REGULATORS) == [("within six months", "Norland Fair Trade Office")]


def test_a_main_clause_subject_or_a_speaker_after_after_stays_salient() -> None:
    # left alone: the same body as the main clause's subject, and one that speaks in the "after" clause
    text = ("The Valdrian Commission fined Acme on Monday, a week after the Norland Fair Trade Office opened a "
            "review.\nThe antitrust regulator said the fine was \"a warning to the industry\".")
    assert _rows(text, REGULATORS) == [("a warning to the industry", "Valdrian Commission")]
    text = ("Acme shares fell on Tuesday, a day after the Valdrian Commission said it would open a case.\n"
            "The regulator said it would decide \"within six months\".")
    assert _rows(text, REGULATORS) == [("within six months", "Valdrian Commission")]
