"""Quote engine, round 64 (quotes64). Invented people, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.mentions``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

import pandas as pd
from test_quote_engine import mentions, quotes

from analysis.quotes.find import find_corpus_quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,."), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


def _titled(title: str, text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [title]})
    found = mentions(text, entities).assign(doc_id="d")
    rows = find_corpus_quotes(docs, found)
    return [(q.rstrip(" ,."), s) for q, s in zip(rows["quote"], rows["speaker"], strict=True)]


ACME = [("Acme Corp", "Acme Corp", "ORG"), ("Acme", "Acme Corp", "ORG"), ("Jane Roe", "Jane Roe", "PERSON"),
        ("Roe", "Jane Roe", "PERSON")]


def test_a_chief_who_moved_the_shares_by_saying_it_speaks_not_the_company() -> None:
    # "Acme shares jumped after Chief Executive Jane Roe surprised traders by saying … “…”": Roe's words
    text = ("Acme Corp shares jumped 6% on Monday after Chief Executive Jane Roe surprised traders by saying in a "
            "podcast that the mine would reopen and that output was \"back to full strength.\"")
    assert _rows(text, ACME) == [("back to full strength", "Jane Roe")]


def test_a_chief_whose_clause_ends_in_after_saying_speaks_not_the_company() -> None:
    # "Acme shares slid after Roe shelved the plan, days after saying …": the clause's subject says it
    text = ("Acme Corp shares slid 3% on Thursday after Chief Executive Jane Roe quietly shelved the reopening, only "
            "days after saying output was \"back to full strength\" at the mine.")
    assert _rows(text, ACME) == [("back to full strength", "Jane Roe")]


def test_the_subject_of_an_in_which_clause_speaks_not_the_main_clause() -> None:
    # "Shareholders have complained that Roe's memo, in which she said she had “…”, was not backed": hers, not the
    # shareholders'
    text = ("Jane Roe runs Acme.\n\nShareholders have complained that Roe's April memo, in which she said she had "
            "\"a rescue plan,\" was not backed by any figures.")
    assert _rows(text, ACME) == [("a rescue plan", "Jane Roe")]


def test_a_document_of_a_body_is_that_bodys() -> None:
    # "according to the report of the X panel": the panel's words
    panel = [("Acme", "Acme Corp", "ORG"), ("Wexford Review Panel", "Wexford Review Panel", "ORG")]
    text = ("Acme booked sales it had not made for five years, with \"deliberate blindness\" at the top, according "
            "to the report of the Wexford Review Panel.")
    assert _rows(text, panel) == [("deliberate blindness", "Wexford Review Panel")]


WRITERS = [("Jane Roe", "Jane Roe", "PERSON"), ("Roe", "Jane Roe", "PERSON"), ("Ivo Hale", "Ivo Hale", "PERSON"),
           ("Hale", "Ivo Hale", "PERSON")]


def test_a_he_whose_words_name_the_nearest_man_is_the_other_one() -> None:
    # "… including the survey tool written by researcher Ivo Hale … “Hale, … all failed …,” he wrote": not Hale,
    # who would not name himself so; the chief the paragraphs go on about
    people = WRITERS + [("Tom Bell", "Tom Bell", "PERSON"), ("Bell", "Tom Bell", "PERSON"),
                        ("Quillon", "Quillon", "ORG"), ("Acme Inc", "Acme Inc", "ORG"), ("Acme", "Acme Inc", "ORG")]
    text = ("OSLO, May 4 (Harbor Wire) - Acme Inc Chief Executive Tom Bell on Friday ended a week of silence over the "
            "Quillon leak, conceding that the group had let its customers down.\n\n\"Our users trusted us with their "
            "records,\" Bell wrote in a letter on the Acme site.\n\nHe said Acme would review every partner that had "
            "read customer files before the group closed its interface in 2019, including the survey tool written by "
            "researcher Ivo Hale, and would bar any partner that did not agree to an outside check.\n\n\"Hale, "
            "Quillon and Acme all failed the people who gave us their files,\" he wrote.")
    assert _rows(text, people)[-1] == ("Hale, Quillon and Acme all failed the people who gave us their files",
                                       "Tom Bell")


def test_a_name_in_words_someone_said_to_the_speaker_does_not_count() -> None:
    # "… 'Mr. Hale, you are a lawyer' …, he said": the inner quotation addresses him; the words stay his
    text = ("Ivo Hale runs a law firm.\n\n\"They would come to me and say, 'Mr. Hale, you are a lawyer. Help us,'\" "
            "he said.")
    assert _rows(text, WRITERS) == [("They would come to me and say, 'Mr. Hale, you are a lawyer. Help us,'",
                                     "Ivo Hale")]


def test_the_one_who_spoke_to_us_is_the_interviews_guest() -> None:
    # 'Q&A: "…" — a pension lawyer on …' over an introduction naming someone else first: the one who "spoke to us"
    title = "Q&A: \"Directors owe the savers an answer\" — a pension lawyer on Acme's buyback"
    text = ("Interview by Tom Bell\n\nJane Roe announced on Thursday that Acme would buy back a tenth of its shares, "
            "a month after her pay row. Ivo Hale, who advises pension trustees in Leeds, spoke to us by phone.\n\n"
            "Q: Is the buyback a good use of cash?\n\nA: Only if the pension gap is closed first.\n\n"
            "Q: What should trustees ask?\n\nA: Where the money for the gap comes from.")
    people = WRITERS + [("Tom Bell", "Tom Bell", "PERSON"), ("Acme", "Acme Corp", "ORG")]
    assert _titled(title, text, people)[:1] == [("Directors owe the savers an answer", "Ivo Hale")]


def test_the_one_who_spoke_to_the_paper_after_a_sentence_naming_them_is_the_guest() -> None:
    title = "Q&A: 'The auditors signed what they were shown' - an accounting scholar on Acme"
    text = ("Jane Roe said Acme had misled its lenders. Ivo Hale lectures on audit at a business school in Wexford. He "
            "spoke to the Daily Ledger on Wednesday.\n\nQ: How did the auditors miss it?\n\nA: Nobody asked for the "
            "contracts.\n\nQ: What changes now?\n\nA: Rotation of the audit firm.")
    assert _titled(title, text, WRITERS + [("Acme", "Acme Corp", "ORG")])[:1] == [
        ("The auditors signed what they were shown", "Ivo Hale")]


def test_a_programme_named_in_a_transcripts_headline_is_no_quotation() -> None:
    # "Transcript: 'Markets at Nine' - Acme's bad week": the show's name, not its one guest's words
    title = "Transcript: 'Markets at Nine' - Acme's bad week"
    text = ("ANCHOR: Good evening. Acme lost a quarter of its value this week.\n\nJANE ROE, HALE RESEARCH: The "
            "trouble is the leasing arm. Each filing makes it look more like Acme's own book.\n\nANCHOR: Can the "
            "shares recover?\n\nROE: Not before the board publishes the leases.\n\nANCHOR: That's all for tonight.")
    people = [("JANE ROE", "Jane Roe", "PERSON"), ("ROE", "Jane Roe", "PERSON"), ("Acme", "Acme Corp", "ORG")]
    assert [row for row in _titled(title, text, people) if row[0] == "Markets at Nine"] == []


def test_a_titled_subject_before_a_verb_and_its_object_keeps_its_name() -> None:
    # "Kent Gov. X ended his presidential bid, telling donors that …": X (the verb and its object, "presidential" a
    # title word, do not join the name's run of titles), not the donors told
    text = ("Kent Gov. Ivo Hale ended his presidential bid on Friday, telling donors at a lunch in Dover that the "
            "party had \"lost its nerve\" over taxes.")
    assert _rows(text, WRITERS) == [("lost its nerve", "Ivo Hale")]
