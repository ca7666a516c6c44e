"""An act of the day told again, word for word, in a later article of the corpus: the day of its first telling.

A report's undated sentences are dated on the report's own day (:mod:`analysis.timeline.dated.acts`: "The board said
it would review the dividend.", :mod:`analysis.timeline.dated.wraps`: "The pound fell 1.9% against the dollar."). A
later article that carries the same sentence (a reprint without a note, a digest, a splice of earlier wire copy) would
date it on its own day and put one act on two days. :func:`first_tellings` gives every such row the day the corpus's
earliest article carrying the sentence dated it by its own day. Only the same sentence (letters and digits alike, long
enough to be one telling) moves, and only back to an article published earlier; a sentence with a date of its own is
left as its words date it.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analysis.corpus.load import Corpus
from analysis.timeline.dated.acts import REPORT_ACT
from analysis.timeline.dated.wraps import SESSION_WRAP
from analysis.timeline.timexes import document_date

#: The fewest words of a sentence read as one telling: a short one ("Shares fell 2%.") recurs by chance.
MIN_WORDS = 8
#: Added to the basis of a row moved to its first telling.
FIRST_TOLD = "the day the corpus's earliest article carrying this sentence dated it"
_NOT_WORD = re.compile(r"\W+")


def _key(sentence: str) -> str | None:
    """The sentence's words in lower case, or None when it is too short to be one telling."""
    words = _NOT_WORD.sub(" ", sentence).strip().lower()
    return words if words.count(" ") + 1 >= MIN_WORDS else None


def first_tellings(corpus: Corpus, dated: pd.DataFrame) -> pd.DataFrame:
    """``dated`` (the dated mentions of the whole corpus: ``doc_id, date_start, date_end, basis, sentence``) with every
    row dated by its article's own day (an act or a session of the report's day) moved to the earlier day another
    article, published before it, gave the same sentence so. Rows and order are kept."""
    if dated.empty:
        return dated
    by_day = dated["basis"].astype(str).str.startswith((REPORT_ACT, SESSION_WRAP))
    if not by_day.any():
        return dated
    published: dict[str, date | None] = {
        str(d): document_date(p, e) for d, p, e in zip(corpus.docs["doc_id"], corpus.docs["published"],
                                                       corpus.docs["published_earliest"])}
    first: dict[str, tuple[date, date | None]] = {}  # sentence -> (earliest day, its article's publication date)
    rows = dated.loc[by_day]
    keys = [_key(str(s)) for s in rows["sentence"]]
    for key, doc, day in zip(keys, rows["doc_id"], rows["date_start"]):
        if key is not None and (key not in first or day < first[key][0]):
            first[key] = (day, published.get(str(doc)))
    starts, ends, bases = dated["date_start"].tolist(), dated["date_end"].tolist(), dated["basis"].tolist()
    changed = False
    for i, key, doc, day in zip(rows.index, keys, rows["doc_id"], rows["date_start"]):
        if key is None or key not in first:
            continue
        earlier, when = first[key]
        own = published.get(str(doc))
        if earlier < day and when is not None and own is not None and when < own:
            at = dated.index.get_loc(i)
            starts[at] = ends[at] = earlier
            bases[at] = f"{bases[at]}; {FIRST_TOLD} ({earlier.isoformat()})"
            changed = True
    if not changed:
        return dated
    return dated.assign(date_start=pd.Series(starts, index=dated.index, dtype=dated["date_start"].dtype),
                        date_end=pd.Series(ends, index=dated.index, dtype=dated["date_end"].dtype),
                        basis=pd.Series(bases, index=dated.index, dtype=dated["basis"].dtype))
