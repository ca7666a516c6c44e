"""The lines above an article that cleaning keeps out of its text (a headline, a wire dateline) in the timex table
(round 13b; invented articles)."""

from __future__ import annotations

from datetime import date

from analysis.corpus import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions, undated_expressions
from analysis.timeline.timexes import TIMEX_COLUMNS, text_rows, timex_display, timex_mentions, timex_table

ARTICLE = (
    "Orlan Tools will name a new chief on Friday\n"
    "\n"
    "LISLE, March 11 (Harbour Wire) --\n"
    "\n"
    "Orlan Tools shares fell 6% on Wednesday after the toolmaker cut its forecast for the year, saying a strike at "
    "its Dunmere plant had cost it three weeks of output.\n"
    "\n"
    "The union has until Friday to respond to the company's latest offer, Orlan said in a statement.\n"
)


def _corpus(text: str = ARTICLE, published: str | None = "2031-03-12"):
    raw = RawArticle(file="orlan.txt", text=text, outlet="Harbour Wire", published=published)
    return build_corpus([(raw, {}, "corpus")])


def test_the_headline_and_the_dateline_are_tagged_with_offsets_into_the_file() -> None:
    corpus = _corpus()
    assert "LISLE" not in corpus.docs["text"].iloc[0]  # cleaning keeps the dateline out of the text
    mentions = timex_mentions(corpus)
    head = mentions.loc[mentions["heading"]]
    assert [(t, v) for t, v in zip(head["text"], head["value"])] == [("Friday", "2031-03-14"), ("March 11", "2031-03-11")]
    for row in head.itertuples():
        assert ARTICLE[row.start:row.end] == row.text
        assert row.sentence[row.clean_start:row.clean_end] == row.text and row.sent_id == -1
    # the text's own rows follow, unchanged
    body = mentions.loc[~mentions["heading"]]
    assert list(body["text"]) == ["Wednesday", "the year", "three weeks", "Friday"]
    for row in body.itertuples():
        assert ARTICLE[row.start:row.end] == row.text
    # the table and the Dates tab show them
    table = timex_table(mentions)
    assert list(table.columns) == TIMEX_COLUMNS and "March 11" in set(table["text"])
    shown = timex_display(mentions)
    assert "LISLE, ⟦March 11⟧ (Harbour Wire) --" in set(shown["Sentence"])


def test_the_timeline_makes_no_event_of_a_headline_or_a_dateline() -> None:
    corpus = _corpus()
    mentions = timex_mentions(corpus)
    assert len(text_rows(mentions)) == len(mentions) - 2
    events = timeline_mentions(corpus, mentions)
    assert date(2031, 3, 11) not in set(events["date_start"])  # the dateline's day: no event of its own
    assert set(events["expression"]) <= {"Wednesday", "Friday", "the year", "three weeks"}
    assert events.equals(timeline_mentions(corpus, text_rows(mentions)))


def test_an_article_without_such_lines_or_without_a_date() -> None:
    plain = "Orlan Tools shares fell 6% on Wednesday after the toolmaker cut its forecast for the year.\n"
    mentions = timex_mentions(_corpus(plain))
    assert not mentions["heading"].any() and list(mentions["text"]) == ["Wednesday", "the year"]
    # undated: the headline's expressions are listed with the text's, none of them dated; none is "undated" twice
    undated = _corpus(published=None)
    rows = timex_mentions(undated)
    assert rows.loc[rows["heading"], "value"].tolist() == ["XXXX-WXX-5", "XXXX-03-11"]
    assert "March 11" not in set(undated_expressions(undated, rows)["expression"])
