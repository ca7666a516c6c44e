"""The timeline's speed-ups keep its rows: a reprint read once gets the rows it would get alone, and the catalog's
aliases are found as one regex of them finds them. Invented articles and names."""

from __future__ import annotations

import re

import pandas as pd

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.labels import names as labels
from analysis.timeline.events import dated_mentions, story_day

TEXT = ("Quillane Ferries said on Tuesday it would close its Brannock yard in March. The shares fell 4.1% on Monday "
        "after the carrier cut its outlook. Chief executive Odile Vantorre joined in 2019.")


def _corpus(articles: list[tuple[str, str, str, str]]):  # type: ignore[no-untyped-def]
    return build_corpus([(RawArticle(file=f, text=t, outlet=o, published=p), {"published_earliest": ""}, "corpus")
                         for f, t, o, p in articles])


def _without_doc(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    return [tuple(r) for r in frame.drop(columns=["doc_id", "file", "outlet"]).itertuples(index=False)]


def test_a_reprint_read_once_gets_the_rows_it_gets_alone() -> None:
    corpus = _corpus([("a.txt", TEXT, "Harbour Wire", "2031-05-07"), ("b.txt", TEXT, "Tidewater Post", "2031-05-07"),
                      ("c.txt", TEXT, "Inland Ledger", "2031-05-09")])  # c: the same text on another day
    both = dated_mentions(corpus, story=story_day(corpus.docs))
    assert len(both) > 0
    for doc_id, outlet in zip(corpus.docs["doc_id"], corpus.docs["outlet"]):
        alone = corpus.subset([doc_id])
        own = dated_mentions(alone, story=story_day(alone.docs))
        mine = both.loc[both["doc_id"] == doc_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, own)  # its own document's id, file and outlet, the rest as read alone
        assert set(mine["outlet"]) == {outlet}
    first, second, later = (both.loc[both["doc_id"] == d] for d in corpus.docs["doc_id"])
    assert _without_doc(first) == _without_doc(second)
    # left alone: the same text published two days later is read again ("on Tuesday" is another day)
    assert _without_doc(later) != _without_doc(first)


def test_catalog_aliases_are_found_as_a_regex_of_them_finds_them() -> None:
    pairs = labels._catalog_names()
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a, _ in pairs) + r")(?!\w)")
    alias = next(a for a, _ in pairs if " " in a)  # a catalog name of several words
    word = next(a for a, _ in pairs if a.isalpha())
    phrases = [f"{alias} and {word}", f"x{alias}", f"{alias}s", f"{alias}_", f"é{alias}", f"{alias}'s rival",
               f"The {word} chief", f"{word}{word}", f"{word} {word}", "Quillane Ferries", ""]
    for phrase in phrases:
        assert labels._catalog_spans(phrase) == [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(phrase)]
