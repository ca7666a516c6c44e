"""Moves told in the later sentences of a time-stamped live blog entry, on the entry's day.

"11:40 CET - Tarnwell Air is the day's worst performer. Its biggest rival closed down 8.4%.": the stamp dates
the entry, and every sentence of it tells that day's trading. A share move the move extractor reads becomes a timeline
row on that day (:func:`analysis.timeline.sessions.placed_moves`); a sentence whose move it does not read ("Its
biggest rival closed down 8.4%, its worst day since 2019", "The owner of the Kesta chain is up 4.2%") still reports one.
:func:`entry_move_rows` places such a sentence on the entry's day: a verb of a rise or fall, or "up"/"down", then a
percentage, in a sentence with no dated row of its own and no move row. Not a forecast ("is expected to rise 5%").
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date

import pandas as pd

from analysis.corpus.load import Corpus
from analysis.lexicon import MOVE_WORDS_PATH
from analysis.timeline.labels.event import event_label

#: A forecast or a condition before the move: no move told.
_NOT_TOLD = re.compile(r"\b(?:expect(?:s|ed)?|forecasts?|could|would|may|might|will|should|if|to)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _move_figure() -> re.Pattern[str]:
    """A verb of a rise or fall of the curated move words (or "up", "down", "higher", "lower"), then within a few words
    a percentage: "falls 4.4%", "closed down 14.2%", "is up 6.4%"."""
    raw = json.loads(MOVE_WORDS_PATH.read_text(encoding="utf-8"))
    verbs = sorted({w.lower() for w in raw["fall_verbs"] + raw["rise_verbs"] if " " not in w} | {"up", "down", "higher", "lower"},
                   key=len, reverse=True)
    return re.compile(r"\b(?P<verb>" + "|".join(map(re.escape, verbs)) + r")\b(?:\s+(?:by|about|around|roughly|nearly|almost|"
                      r"some|as\s+much\s+as|more\s+than|another|a\s+further))*\s+(?P<pct>\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b))",
                      re.IGNORECASE)


def entry_move_rows(corpus: Corpus, rows: pd.DataFrame, entries: dict[tuple[str, int], date]) -> pd.DataFrame:
    """Mention rows (the columns of ``rows``) for the sentences of stamped live blog entries (``entries``:
    (doc_id, sent_id) -> the blog's day, :func:`analysis.timeline.events.entry_days`) that report a move but carry no
    row of ``rows`` (the dated mentions and the placed move rows). ``corpus`` needs ``docs`` (doc_id, file, outlet,
    text) and ``sentences`` (doc_id, sent_id, text, char_start)."""
    if not entries:
        return rows.iloc[0:0]
    have = set(zip(rows["doc_id"].astype(str), rows["sent_id"].astype(int))) if len(rows) else set()
    wanted = {k for k in entries if k not in have}
    if not wanted:
        return rows.iloc[0:0]
    docs = corpus.docs.set_index(corpus.docs["doc_id"].astype(str))
    sentences = corpus.sentences
    out = []
    for doc_id, sent_id, s0, sentence in zip(sentences["doc_id"].astype(str), sentences["sent_id"].astype(int),
                                             sentences["char_start"], sentences["text"]):
        if (doc_id, sent_id) not in wanted:
            continue
        sentence = str(sentence)
        m = next((m for m in _move_figure().finditer(sentence)
                  if not _NOT_TOLD.search(sentence, max(0, m.start() - 40), m.start())), None)
        if m is None:
            continue
        doc = docs.loc[doc_id]
        day = entries[(doc_id, sent_id)]
        text = str(doc["text"])
        label = event_label(sentence, m.start(), m.end(), text[: int(s0)])
        out.append({
            "doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"], "sent_id": sent_id,
            "date_start": day, "date_end": day, "precision": "day", "expression": f"{m.group('pct')} (the entry's day)",
            "kind": "relative", "basis": f"a move told in a live blog entry stamped on the publication day ({day})",
            "event": label.label, "key": label.key, "sentence": sentence,
        })
    return pd.DataFrame(out, columns=list(rows.columns)) if out else rows.iloc[0:0]
