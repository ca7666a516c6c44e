"""The timeline's speed, round 29: the merge's indexes and scores kept in fewer objects, a label key read once, the
catalog read once for the labels, a sentence's narrowing kept per sentence and date. These guard speed changes, so
the answers must stay those of the code before them."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
from rapidfuzz import fuzz

from analysis.timeline.labels import names as labels
from analysis.timeline.labels.constructions import narrowed_sentence
from analysis.timeline.labels.event import _sentence_label, event_label
from analysis.timeline.labels.model import DETERMINERS, key_similarity
from analysis.timeline.merge import _Merger, merge_events


def _key_similarity_before(a: str, b: str) -> float:
    """:func:`key_similarity` as written before its parts were kept per key."""
    sa, ga, oa = (a.split("|") + ["", "", ""])[:3]
    sb, gb, ob = (b.split("|") + ["", "", ""])[:3]
    if sa and sb and not sa.startswith("~") and not sb.startswith("~") and fuzz.token_set_ratio(sa, sb) < 80:
        return 0.0
    shared = {w for w in oa.split() if len(w) > 1} & {w for w in ob.split() if len(w) > 1} - DETERMINERS
    if ga and ga == gb and shared:
        return 90.0
    return float(fuzz.token_sort_ratio(a.replace("|", " ").lstrip("~"), b.replace("|", " ").lstrip("~")))


def test_key_similarity_scores_as_before() -> None:
    keys = [
        "brenmoor foods|cut|jobs in its plant", "brenmoor|cut|the plant jobs", "~it|cut|jobs", "~they|cut|a plant",
        "talvik bank|raise|rates", "talvik bank|raise|the rates", "vessany|raise|the", "vessany|raise|a b c",
        "orlen vasko|resign|", "orlen vasko", "", "|say|", "harwick|say|plans for a sale", "harwick mining|say|a sale",
        "~the company|open|a store in pell", "quarrow|open|its store",
    ]
    for a in keys:
        for b in keys:
            assert key_similarity(a, b) == _key_similarity_before(a, b), (a, b)


def _mention(doc: str, sent: int, start: date, key: str, sentence: str, precision: str = "day",
             end: date | None = None) -> dict[str, object]:
    return {"doc_id": doc, "sent_id": sent, "date_start": start, "date_end": end or start, "precision": precision,
            "event": key.split("|")[0].title(), "key": key, "sentence": sentence}


def test_longer_mentions_find_the_days_events_under_their_words() -> None:
    monday = date(2027, 5, 3)
    rows = [_mention(f"d{n}", 0, monday + timedelta(days=n), "corvell|open|depot",
                     f"Corvell opened a depot in town number {n} on that day.") for n in range(12)]
    rows += [
        # a three-day range: the word is under more days than the range has (each day's event looked up by its day)
        _mention("r", 0, monday + timedelta(days=4), "corvell|open|depot", "Corvell opened depots this week.", "range",
                 monday + timedelta(days=6)),
        # a month: the range has more days than the word is under
        _mention("m", 0, date(2027, 5, 1), "corvell|open|depot", "Corvell opened depots in May.", "month",
                 date(2027, 5, 31)),
        # a quarter, longer than the indexed days: found through its terms
        _mention("q", 0, date(2027, 4, 1), "corvell|open|depot", "Corvell opened depots in the second quarter.",
                 "range", date(2027, 6, 30)),
        # a range on days with no event under the word: joins none
        _mention("x", 0, date(2027, 8, 2), "corvell|open|depot", "Corvell opened depots in August.", "range",
                 date(2027, 8, 4)),
    ]
    frame = merge_events(pd.DataFrame(rows))
    event_of = dict(zip(frame["doc_id"], frame["event_id"], strict=True))
    # the same key on each day: the first day's event is the labelled one, so every overlapping mention joins it
    assert event_of["d0"] != event_of["d1"]  # one-day mentions of different days are different events
    assert event_of["r"] == event_of["d4"]
    assert event_of["m"] == event_of["d0"]
    assert event_of["q"] == event_of["d0"]
    assert event_of["x"] not in {event_of[f"d{n}"] for n in range(12)}


def test_a_days_merger_keeps_no_index_for_longer_mentions() -> None:
    local, whole = _Merger(long_terms=False), _Merger()
    for merger in (local, whole):
        day = date(2027, 2, 9)
        words = frozenset({"pellham", "air", "cut", "routes", "on", "tuesday"})
        merger.add(day, day, "Pellham Air cuts routes", "pellham air|cut|routes", "Pellham Air cut routes on Tuesday.",
                   "date", words, dict.fromkeys(words, 1))
    assert local.by_term == {} and whole.by_term  # only a merger that longer mentions come to keeps it
    assert local.by_word == whole.by_word


def test_a_sentences_narrowing_is_kept_and_labels_as_before() -> None:
    sentence = "Merrow Dairy, which was founded in 1961, will close its Aldby plant on Friday, a spokesman said."
    at = sentence.index("Friday")
    narrowed_sentence.cache_clear()
    first = event_label(sentence, at, at + len("Friday"))
    _sentence_label.cache_clear()  # (the whole label is kept too, since round 54: read it again from its parts)
    again = event_label(sentence, at, at + len("Friday"))
    assert first == again
    assert narrowed_sentence.cache_info().hits == 1  # the second label read the narrowing kept from the first
    narrowed, start, end = narrowed_sentence(sentence, at, at + len("Friday"))
    assert narrowed[start:end] == "Friday" and "founded" not in narrowed and "spokesman" not in narrowed


def test_the_catalog_is_read_once_for_the_labels(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []
    real = labels.load_catalog

    def counted():  # type: ignore[no-untyped-def]
        calls.append(1)
        return real()

    cached = (labels._catalog_columns, labels._catalog_names, labels._catalog_index, labels.catalog_types)
    monkeypatch.setattr(labels, "load_catalog", counted)
    for f in cached:
        f.cache_clear()
    try:
        labels.catalog_types()
        labels._catalog_names()
        assert len(calls) == 1
    finally:
        for f in cached:
            f.cache_clear()  # (read again from the real catalog by the next test)


def test_a_pattern_searched_only_where_its_word_is_answers_as_the_pattern() -> None:
    from analysis.timeline.clauses import _NO_EVENT_BEFORE
    from analysis.timeline.dated.model import COMPARISON_SINCE, _COMPARISON_SINCE, SearchedWithWords

    assert isinstance(COMPARISON_SINCE, SearchedWithWords) and isinstance(_NO_EVENT_BEFORE, SearchedWithWords)
    texts = [
        "Tarrow Mills had its worst week since the",  # a match at the end
        "Tarrow Mills had its worst week SINCE ",
        "Tarrow Mills had its worst week ſince ",  # a long s: IGNORECASE matches it to "s"
        "Tarrow Mills had its worst week sınce ",  # a dotless i
        "Tarrow Mills had its worst week sİnce ",  # a dotted capital I
        "Tarrow Mills had its worst week in years on",  # no "since": passed over
        "the best-ever run since ",  # "best-" is no comparison
        "the first time since ",
        "notes due ", "bonds MATURING in ", "originally scheduled for ", "hedged its fuel through the end of ",
        "the quarter ended ", "years ending on March 3 and ", "funded ınto ", "a plan for ",
    ]
    for text in texts:
        for pattern, stretch in ((COMPARISON_SINCE, 90), (_NO_EVENT_BEFORE, 60)):
            plain = _COMPARISON_SINCE if pattern is COMPARISON_SINCE else pattern.pattern
            for end in range(len(text) + 1):
                start = max(0, end - stretch)
                got, want = pattern.search(text, start, end), plain.search(text, start, end)
                assert (got and got.span()) == (want and want.span()), (text, end)
                got, want = pattern.search(text[start:end]), plain.search(text[start:end])
                assert (got and got.span()) == (want and want.span()), (text, end)
    assert COMPARISON_SINCE.search("Tarrow Mills had its worst week ſince ") is not None
    assert _NO_EVENT_BEFORE.search("the quarter ended ") is not None


def test_a_name_token_is_read_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from analysis.timeline.labels import words as lb

    monkeypatch.setattr(lb, "_NAME_TOKENS", {})
    monkeypatch.setattr(lb, "_NAME_TOKENS_KEPT", 3)
    assert lb.is_name_token("Quellbrook's") and not lb.is_name_token("shares") and not lb.is_name_token("2031")
    assert lb._NAME_TOKENS == {"Quellbrook's": True, "shares": False, "2031": False}
    monkeypatch.setattr(lb, "POSSESSIVE_END", None)  # a kept answer is not worked out again
    assert lb.is_name_token("Quellbrook's")
    monkeypatch.undo()
    lb._NAME_TOKENS_KEPT, lb._NAME_TOKENS = 3, {"Quellbrook's": True, "shares": False, "2031": False}
    try:
        assert lb.is_name_token("Velder") and lb._NAME_TOKENS == {"Velder": True}  # full: emptied first
    finally:
        lb._NAME_TOKENS, lb._NAME_TOKENS_KEPT = {}, 65536


def test_an_index_keeps_one_event_as_its_number() -> None:
    from analysis.timeline.merge import _gather, _put

    index: dict[str, object] = {}
    _put(index, "harbour", 4)
    _put(index, "harbour", 4)
    _put(index, "quay", 2)
    assert index == {"harbour": 4, "quay": 2}
    _put(index, "harbour", 7)
    assert index == {"harbour": {4, 7}, "quay": 2}
    related: set[int] = set()
    for word in ("harbour", "quay", "dock"):
        _gather(related, index.get(word))  # type: ignore[arg-type]
    assert related == {2, 4, 7}


def test_a_one_date_sentence_skips_the_yardstick_rules_that_need_another_date(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from analysis.timeline import yardsticks as ys
    from analysis.timeline.dated.model import TemporalExpression

    searched = []
    real = ys._BETWEEN

    class Counted:
        def search(self, *args):  # type: ignore[no-untyped-def]
            searched.append(args)
            return real.search(*args)

    monkeypatch.setattr(ys, "_BETWEEN", Counted())
    text = "Ostrava Glassworks shares tripled between March 2021 and its high last November, a trader said."
    march = TemporalExpression("March 2021", text.index("March"), text.index("March") + 10, date(2021, 3, 1),
                               date(2021, 3, 31), "month", "absolute")
    k = text.index("last November")
    november = TemporalExpression("last November", k, k + 13, date(2025, 11, 1), date(2025, 11, 30), "month", "relative")
    assert ys.yardsticks([march], text) == set()
    assert searched == []  # one date: "between" is never looked for
    assert ys.yardsticks([march, november], text) == {id(march)}  # the span's start, as before
    assert searched


def test_a_documents_timex_rows_are_made_while_it_is_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle
    from analysis.timeline import events
    from analysis.timeline.timexes import timex_mentions

    text = "Dunmore Rail said on Tuesday it would shut its Velk depot in March. Its shares fell 3.2% on Monday."
    corpus = build_corpus([(RawArticle(file=f, text=t, outlet="Harbour Wire", published=p), {"published_earliest": ""},
                            "corpus") for f, t, p in [("a.txt", text, "2031-05-07"), ("b.txt", text, "2031-05-07"),
                                                      ("c.txt", "Nothing dated here.", "2031-05-08")]])
    timexes = timex_mentions(corpus)
    handed: list[list[object]] = []
    real = events._doc_mentions

    def recorded(doc, sentences, rows, story_day=None):  # type: ignore[no-untyped-def]
        handed.append(rows)
        return real(doc, sentences, rows, story_day)

    monkeypatch.setattr(events, "_doc_mentions", recorded)
    frame = events.dated_mentions(corpus, timexes, events.story_day(corpus.docs))
    assert len(handed) == 2  # the reprint (b) is not read again; c is read, with no rows
    first, third = handed
    mine = timexes.loc[timexes["doc_id"] == corpus.docs["doc_id"][0]]
    assert [tuple(r) for r in first] == [tuple(r) for r in mine.itertuples(index=False)]
    assert [r._fields for r in first[:1]] == [tuple(timexes.columns)] and third == []
    assert set(frame["doc_id"]) == set(corpus.docs["doc_id"][:2])
