"""The timex and timeline steps' speed, round 45: the merge scores an event's new sentences with the scorer itself,
and a TIMEX3 value's interval is read once. These guard speed changes, so the answers must stay those of the code
before them. Invented sentences, companies and people."""

from __future__ import annotations

from datetime import date

import pandas as pd
from rapidfuzz import fuzz, process

from analysis.time.timex_calendar import interval
from analysis.timeline.merge import SENTENCE_MATCH, _sentence_score, merge_events

SENTENCES = [
    "Orvane Foods said on Tuesday it would close its Lenbury plant in March.",
    "Orvane Foods said Tuesday it will close its Lenbury plant in March.",
    "On Tuesday, Orvane Foods said it would shut the Lenbury plant in March, cutting 300 jobs.",
    "Keel Corp shares fell 4.1% on Tuesday.",
    "Chief executive Ada Vell resigned on Tuesday.",
    "",
]


def _extract_one(sentence: str, others: list[str], score: float) -> float:
    """The merge's sentence score as it was read before round 45: ``process.extractOne``'s best."""
    found = process.extractOne(sentence, others, scorer=fuzz.token_set_ratio, score_cutoff=SENTENCE_MATCH)
    return max(score, found[1]) if found is not None else score


def test_sentence_scores_are_what_extract_one_gave() -> None:
    for sentence in SENTENCES:
        for k in range(len(SENTENCES) + 1):
            for before in (0.0, 70.0, 90.0):
                others = SENTENCES[:k]
                assert _sentence_score(sentence, others, before) == _extract_one(sentence, others, before)


def test_similar_sentences_still_merge_and_others_do_not() -> None:
    day = date(2031, 3, 4)
    rows = [
        {"doc_id": d, "sent_id": 0, "date_start": day, "date_end": day, "precision": "day", "event": label,
         "key": key, "sentence": s, "kind": "date"}
        for d, label, key, s in [
            ("a", "Orvane Foods closes Lenbury plant", "orvane foods|close|lenbury plant", SENTENCES[0]),
            ("b", "Orvane to shut plant", "~orvane|shut|plant", SENTENCES[1]),
            ("c", "Ada Vell resigns", "ada vell|resign|", SENTENCES[4]),
        ]
    ]
    merged = merge_events(pd.DataFrame(rows))
    ids = dict(zip(merged["doc_id"], merged["event_id"]))
    assert ids["a"] == ids["b"] != ids["c"]


def test_an_interval_is_read_once_per_value_and_unchanged() -> None:
    values = ["2031-03-04", "2031-03", "2031-W10", "2031-W10-WE", "2031-Q2", "2031-H1", "2031-SU", "2031-WI", "203",
              "20", "2031", "XXXX-03-04", "P3D", "PRESENT_REF", "2031-13", "2031-02-30", "2031-03-04T09:30"]
    for value in values:
        assert interval(value) == interval.__wrapped__(value)
    before = interval.cache_info().hits
    assert interval("2031-03-04") == (date(2031, 3, 4), date(2031, 3, 4))
    assert interval.cache_info().hits == before + 1
