"""Search on the Overview: every word of the query in a headline or sentence, results naming the sentence."""

from __future__ import annotations

from conftest import ROOT
from streamlit.testing.v1 import AppTest

from analysis.corpus.table import search_articles
from ui.markup import marked_markdown


def test_every_word_must_be_there_case_and_word_starts(seeds_corpus) -> None:
    docs, sentences = seeds_corpus.docs, seeds_corpus.sentences
    hits = search_articles(docs, sentences, "deepseek")
    assert len(hits) > 5 and set(hits["where"].str.split().str[0]) <= {"Headline", "Sentence"}
    assert all("deepseek" in t.casefold() for t in hits["text"])
    both = search_articles(docs, sentences, "DeepSeek R1")
    assert 0 < len(both) < len(hits)
    assert all("r1" in t.casefold() and "deepseek" in t.casefold() for t in both["text"])
    row = both.loc[both["sent_id"] >= 0].iloc[0]
    text = sentences.loc[(sentences["doc_id"] == row["doc_id"]) & (sentences["sent_id"] == row["sent_id"]), "text"].item()
    assert text == row["text"] and row["where"] == f"Sentence {row['sent_id'] + 1}"
    assert search_articles(docs, sentences, "seek").empty  # a word's beginning, not its middle
    assert search_articles(docs, sentences, "  ").empty
    assert search_articles(docs, sentences, "(*?").empty


def test_marked_sentence_is_escaped() -> None:
    assert marked_markdown("Nvidia **fell** [x](y)", "nvidia") == ":yellow-background[Nvidia] \\*\\*fell\\*\\* \\[x\\]\\(y\\)"


def test_overview_search_box_lists_the_matching_sentences() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.text_input(key="ov_search").input("DeepSeek R1").run()
    assert not at.exception, [e.value for e in at.exception]
    table = next(d.value for d in at.dataframe if "Where" in d.value.columns)
    assert list(table.columns) == ["Outlet", "Where", "Text", "Article"] and len(table) > 0
    assert any("pick one to open its article below" in c.value for c in at.caption)
    at.text_input(key="ov_search").input("zzzz qqqq").run()
    assert any("No headline or sentence holds all of these words" in i.value for i in at.info)
