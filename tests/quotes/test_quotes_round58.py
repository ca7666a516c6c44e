"""Quote engine, round 58 (quotes58). Invented bodies, people and sentences; the entity mentions are given by hand
(``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

import pandas as pd
from test_quote_engine import quotes

from analysis.quotes.table import _named_only, clustered_quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,"), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


FILER = [("Korvath Minerals", "Korvath Minerals", "ORG"), ("Korvath", "Korvath Minerals", "ORG"),
         ("Ilse Marnow", "Ilse Marnow", "PERSON"), ("Marnow", "Ilse Marnow", "PERSON"),
         ("Tesk & Obery", "Tesk & Obery", "ORG")]


def test_a_filing_two_paragraphs_on_is_the_issuers() -> None:
    # "Acme said in a filing …" two paragraphs before "…, the filing said": the issuer the text told
    text = ("Korvath Minerals has suspended its finance director pending a review of its accounts.\n\n"
            "Deputy finance director Ilse Marnow will take over the role with immediate effect, Korvath said in a "
            "filing to the stock exchange. The suspended director keeps his seat on the board for now, and his team reports to the chief executive until the review ends.\n\n"
            "\"We owe our shareholders a clear account of what happened,\" Marnow said in a statement. \"Our mines "
            "and our customers are not affected. Every site keeps working as it did last week.\"\n\n"
            "The review, led by an outside lawyer, has hired accountants Tesk & Obery and expects to finish "
            "\"within six to eight weeks\", the filing said.")
    assert _rows(text, FILER)[-1] == ("within six to eight weeks", "Korvath Minerals")
    # guard: a filing the text gives to no one stays no one's
    text = ("Korvath Minerals has suspended its finance director pending a review of its accounts.\n\n"
            "Deputy finance director Ilse Marnow will take over the role with immediate effect. The suspended "
            "director keeps his seat on the board for now, according to people close to the miner.\n\n"
            "\"We owe our shareholders a clear account of what happened,\" Marnow said in a statement. \"Our mines "
            "and our customers are not affected.\"\n\n"
            "The review, led by an outside lawyer, has hired accountants Tesk & Obery and expects to finish "
            "\"within six to eight weeks\", the filing said.")
    assert _rows(text, FILER)[-1] == ("within six to eight weeks", "")


MINISTRY = [("Ostmark", "Ostmark", "PLACE"), ("Ministry of Ports and Shipping", "Ministry of Ports and Shipping", "ORG"),
            ("Halvik Dredging", "Halvik Dredging", "ORG"), ("Lenna Voss", "Lenna Voss", "PERSON")]


def test_the_spokeswoman_speaks_for_the_body_whose_act_she_reported() -> None:
    # "X is examining whether …, a spokeswoman said. / “…,” the spokeswoman told …": X's
    text = ("VELLMARK, May 3 (Wire) - Ostmark's Ministry of Ports and Shipping is examining whether dredging firms "
            "hit by the strike can get state help, a spokeswoman said on Friday, days after Halvik Dredging laid up "
            "its fleet.\n\n"
            "\"We are talking to the company and to the unions every day,\" the spokeswoman told a news conference.")
    assert _rows(text, MINISTRY) == [("We are talking to the company and to the unions every day",
                                      "Ministry of Ports and Shipping")]
    # guard: a person opening the clause the spokeswoman reported names no body
    text = ("Lenna Voss will step down as chair of Halvik Dredging, a spokeswoman said on Friday.\n\n"
            "\"She wants more time with her family,\" the spokeswoman told reporters.")
    assert _rows(text, MINISTRY) == [("She wants more time with her family", "the spokeswoman")]


NURSERY = [("Orla Fenwick", "Orla Fenwick", "PERSON"), ("Maeve Dunstan", "Maeve Dunstan", "PERSON"),
           ("Maeve", "Maeve Dunstan", "PERSON"), ("Tillbrook Nurseries", "Tillbrook Nurseries", "ORG")]


def test_the_author_of_a_document_the_sentence_names_as_an_object_is_no_subject() -> None:
    # "X said staff had been reassured by an email from chief executive Y. “…,” she said": X, not Y
    text = ("Tillbrook Nurseries agreed to a buyout on Monday.\n\n"
            "Orla Fenwick, who has run the Tillbrook nursery in Ashby since 2015, said staff had been reassured by an "
            "email from chief executive Maeve Dunstan on Monday night.\n\n"
            "\"Maeve told us nothing would change,\" she said. \"We will wait and see.\"")
    assert _rows(text, NURSERY) == [("Maeve told us nothing would change", "Orla Fenwick"),
                                    ("We will wait and see.", "Orla Fenwick")]


FIRM = [("Corvane Biologics", "Corvane Biologics", "ORG"), ("Corvane", "Corvane Biologics", "ORG"),
        ("Sanne Holtby", "Sanne Holtby", "PERSON"), ("Holtby", "Sanne Holtby", "PERSON")]


def _story(texts: dict[str, str]) -> list[tuple[str, str, str]]:
    """The product's rows (after clustering) of a story of several articles: (file, words, speaker)."""
    found = pd.concat([_named_only(quotes(t, FIRM).assign(doc_id=f, file=f, outlet="", sentence=""), {f: t})
                       for f, t in texts.items()], ignore_index=True)
    found = found.assign(quote=found["quote"].str.rstrip(" ,"))
    rows = clustered_quotes(found).sort_values(["file", "start"])
    return [(r["file"], r["quote"], r["speaker"]) for r in rows.to_dict("records")]


NEWS = ("Corvane Biologics will cut 400 jobs after its lead drug failed.\n\n\"We are choosing to be a smaller company "
        "with a future,\" Chief Executive Sanne Holtby said. She said no labs would close this year, and that the firm "
        "had \"no funding problem, … not now and not next year.\"")


def test_a_column_quoting_a_role_takes_the_speaker_the_story_names_for_the_same_words() -> None:
    # a column: "“…,” its chief executive said" (never named there); the news story: "Chief Executive X said"
    column = ("Corvane's answer to the failed trial was swift. \"We are choosing to be a smaller company with a "
              "future,\" its chief executive said this week. The chief executive insisted there was \"no funding "
              "problem\" right up until the trial failed.")
    assert _story({"a.txt": NEWS, "b.txt": column})[-2:] == [
        ("b.txt", "We are choosing to be a smaller company with a future", "Sanne Holtby"),
        ("b.txt", "no funding problem", "Sanne Holtby")]
    # guard: a role the story never gives the speaker of those words ("its finance director") names no one
    column = ("Corvane's answer to the failed trial was swift. \"We are choosing to be a smaller company with a "
              "future,\" its finance director said this week.")
    assert _story({"a.txt": NEWS, "b.txt": column})[-1] == (
        "b.txt", "We are choosing to be a smaller company with a future", "")
