"""Credits apart from the story (issue 14, item 3) and the general rules added for unseen text: list rows of
figures, coordination, trade names, nicknames, glued descriptors, headline subjects, cross-article short names."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.load import load_corpus
from analysis.entities.aliases import link_entities
from analysis.entities.credits import credit_kind
from analysis.entities.recognize import recognize_entities
from analysis.entities.resolve import CREDIT_COLUMNS, article_credits, entity_mentions, entity_table

CREDITED = """Harbourline shares fall after profit warning

By Ines Marlowe

LONDON, March 3 (Example Wire) - Harbourline Logistics Plc fell 6.2% on Tuesday after the freight group cut its
full-year forecast, chief executive Tomas Fenwick said.

A Harbourline depot in Felixstowe. (Photo by Oskar Lindgren/Getty Images)

Reporting by Ines Marlowe; Editing by Paul Okoro
"""


def _names(text: str, headline_end: int = 0) -> dict[str, str]:
    found = recognize_entities(text, headline_end)
    story = found.loc[found["role"] == "story"]
    return dict(zip(story["name"], story["type"], strict=True))


@pytest.fixture(scope="module")
def credited(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("credited")
    (folder / "wire.txt").write_text(CREDITED, encoding="utf-8")
    corpus = load_corpus(folder)
    return corpus, entity_mentions(corpus)


def test_credits_are_listed_per_article_with_their_kind(credited) -> None:
    corpus, mentions = credited
    table = article_credits(mentions, corpus.docs, corpus.removals)
    assert list(table.columns) == CREDIT_COLUMNS
    kinds = {(r.name, r.credit) for r in table.itertuples()}
    assert ("Oskar Lindgren", "photo") in kinds
    assert ("Getty Images", "photo") in kinds
    assert ("Paul Okoro", "editing") in kinds
    assert ("Ines Marlowe", "reporting") in kinds or ("Ines Marlowe", "byline") in kinds
    assert ("Example Wire", "dateline") in kinds
    assert table.loc[table["name"] == "Getty Images", "type"].eq("ORG").all()
    one = article_credits(mentions, corpus.docs, corpus.removals, doc_id=str(corpus.docs["doc_id"].iloc[0]))
    assert len(one) == len(table)


def test_credited_names_are_not_story_entities(credited) -> None:
    corpus, mentions = credited
    story = set(entity_table(mentions, corpus.docs)["entity"])
    assert {"Oskar Lindgren", "Getty Images", "Paul Okoro"}.isdisjoint(story)
    assert "Tomas Fenwick" in story and "Harbourline Logistics" in story


def test_credit_kind_reads_the_clause_of_the_name() -> None:
    line = "Reporting by Ines Marlowe; Editing by Paul Okoro"
    assert credit_kind(line, line.index("Ines")) == "reporting"
    assert credit_kind(line, line.index("Paul")) == "editing"
    assert credit_kind("(Photo by Oskar Lindgren/Getty Images)") == "photo"
    assert credit_kind("Copyright 2024 Example Wire. All rights reserved.") == "copyright"


def test_list_rows_of_figures_are_companies_not_headings() -> None:
    text = "Top losers at the close:\n\nKestrel Mining: -4.87%\n\nVossberg (VOSB.DE) -2.9%\n\nOrtelia Foods +1.2%"
    names = _names(text)
    assert names.get("Kestrel Mining") == "ORG" and names.get("Vossberg") == "ORG"


def test_coordination_with_a_company_and_market_states() -> None:
    names = _names("Brevalo and Quintera Holdings fell 2% on Monday, while Salterra Tech was little changed.")
    assert names.get("Brevalo") == "ORG"
    assert names.get("Salterra Tech") == "ORG"


def test_trade_name_given_in_the_text_joins_the_company() -> None:
    found = recognize_entities("Norrland Precision Works rose 3%. The Swedish company, known as Norpre abroad, "
                               "makes bearings.")
    assert set(found.loc[found["surface"] == "Norpre", "name"]) == {"Norrland Precision Works"}


def test_nickname_inside_a_name_and_glued_descriptor() -> None:
    found = recognize_entities("Investor Robert “Bobby” Castellane praised the deal. Bobby said more was coming. "
                               "The famous Venture Fund Society Marlow Kettering (M13G) backed it.")
    names = dict(zip(found["surface"], found["name"], strict=True))
    assert names["Bobby"] == names["Robert “Bobby” Castellane"]
    assert "Marlow Kettering" in set(found["name"])
    assert not any("Society Marlow" in n for n in found["name"])


def test_headline_subject_of_a_move() -> None:
    text = "Quorvane surges 11 per cent to record\n\nThe toy maker's shares closed higher on Wednesday."
    assert _names(text, headline_end=text.index("\n")).get("Quorvane") == "ORG"


def test_short_name_goes_to_the_dominant_person_across_articles() -> None:
    rows = [("d1", 0, 5, "Dana Ruiz", "Dana Ruiz", "PERSON", "story")] * 8 + \
           [("d2", 0, 5, "Tom Ruiz", "Tom Ruiz", "PERSON", "story")] + \
           [("d3", 0, 4, "Ruiz", "Ruiz", "ORG", "story")]
    frame = pd.DataFrame(rows, columns=["doc_id", "start", "end", "surface", "name", "type", "role"])
    linked = link_entities(frame)
    last = linked.iloc[-1]
    assert last["entity"] == "Dana Ruiz" and last["type"] == "PERSON"


def test_a_lone_ticker_is_reported_as_its_company(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Software stocks slide\n\nADBE fell 3% on Tuesday after the software maker cut "
                                    "its outlook.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Lenders gain\n\nHarborview Bancorp Inc. (NASDAQ: HRBV) rose 7.4% on Wednesday.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Lenders extend gains\n\nHRBV added another 2.1% on Thursday.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    table = entity_table(entity_mentions(corpus), corpus.docs)
    got = {(r.file, r.entity) for r in table.itertuples()}
    assert ("a.txt", "Adobe") in got  # the catalog's company for the ticker
    assert ("c.txt", "Harborview Bancorp") in got  # the name the ticker follows elsewhere in the corpus


def test_an_authors_bio_line_and_a_live_blog_credit_are_credits() -> None:
    text = ("Jane Holm is a former airline economist and a contributing columnist for the Westbrook Ledger.\n\n"
            "Omar Reyes writes about insurance and consumer finance for the Harbor Courier.\n\n"
            "Live coverage by Ana Lind and Tomas Berg. Last updated Tuesday.\n\n"
            "Kara Vos is a senior analyst at Pell Bank. John Smith covers the airline for the Acme Fund, he said.")
    rows = recognize_entities(text)
    roles = dict(zip(rows["name"], rows["role"]))
    assert {roles[n] for n in ("Jane Holm", "Westbrook Ledger", "Omar Reyes", "Harbor Courier", "Ana Lind",
                               "Tomas Berg")} == {"credit"}
    assert roles["Kara Vos"] == roles["Pell Bank"] == roles["John Smith"] == "story"
