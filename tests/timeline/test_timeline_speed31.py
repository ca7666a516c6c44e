"""The timex and timeline steps' speed, round 31: work skipped where it cannot find anything, and work a reprint
shares done once. These guard speed changes, so the answers must stay those of the code before them; where a test
can tell the work was skipped, it also checks that. Invented articles, companies and people."""

from __future__ import annotations

import random
import re

import pandas as pd

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.time import timex_find
from analysis.time.timex_fiscal import _calendar_days, calendar_days
from analysis.timeline import events, timexes
from analysis.timeline.dated import entries, spots
from analysis.timeline.labels import event, model, names, words
from analysis.timeline.merge import merge_events

TEXT = ("Corvald Pumps said on Tuesday it would shut its Emberlie plant for two weeks in March. The shares fell 3.2% "
        "over the week, and Corvald expects the year to end with a loss.\n\nChief executive Ilsa Marrow joined in 2019.")


def _corpus(articles: list[tuple[str, str, str, str]]):  # type: ignore[no-untyped-def]
    return build_corpus([(RawArticle(file=f, text=t, outlet=o, published=p), {"published_earliest": ""}, "corpus")
                         for f, t, o, p in articles])


def _plain_window_matches(trigger: str, text: str, lo: int, hi: int) -> tuple[tuple[tuple[int, int, dict], ...], ...]:
    """:func:`timex_find._window_matches` as it was before a pattern was skipped over a window without its words."""
    head = max(0, lo - timex_find.LOOKBEHIND)
    sub, off = text[head:hi], lo - head
    out = []
    for _, rx, has_core in timex_find._KINDS_BY_TRIGGER[trigger]:
        kind_out = []
        for m in rx.finditer(sub, off, len(sub)):
            s, e = m.span("core") if has_core and m.group("core") else m.span()
            while e > s and sub[e - 1] in " \t\n,":
                e -= 1
            if e > s:
                kind_out.append((s - off, e - off, m.groupdict()))
        out.append(tuple(kind_out))
    return tuple(out)


def test_window_patterns_find_what_they_found_without_the_word_check() -> None:
    pieces = ["the ", "year ", "week ", "day ", "days ", "months ", "two ", "3 ", "-long ", "long ", "for ", "in ",
              "last ", "next ", "first ", "morning ", "of ", "2031 ", "today ", "it is ", "hours ", "YEAR ", "Week ",
              "minutes ", "an ", "ſ", "ı", "İ", "DAYS ", "quarter ", "spring ", "that ", ", ", ".", "\n"]
    rnd = random.Random(31)
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        for trigger in ("unit", "word"):
            timex_find._MEMO.clear()
            assert timex_find._window_matches(trigger, text, lo, hi) == _plain_window_matches(trigger, text, lo, hi), \
                (trigger, text, lo, hi)


class _Refusing:
    """A stand-in pattern that fails the test when it is run."""

    def finditer(self, *args: object) -> object:
        raise AssertionError("a pattern ran over a window without its words")


def test_a_pattern_is_not_run_over_a_window_without_its_words() -> None:
    kinds = timex_find._KINDS_BY_TRIGGER["unit"]
    at = next(i for i, (kind, _, _) in enumerate(kinds) if kind == "theyear")
    saved = kinds[at]
    kinds[at] = (saved[0], _Refusing(), saved[2])  # type: ignore[assignment]
    try:
        timex_find._MEMO.clear()
        text = "Brisken Lumber cut 40 jobs over the past three months."
        found = timex_find._window_matches("unit", text, 0, len(text))
        assert found[at] == ()
        assert any(found)  # the duration is still found
    finally:
        kinds[at] = saved
        timex_find._MEMO.clear()


def test_stamps_skip_a_text_without_a_line_opening_on_a_digit() -> None:
    blog = "Live: Tarnick Mills\n09:20 BST - Tarnick opens down 6.1%.\n  10:05 - Quorra Bank adds 2%.\n"
    plain = "Tarnick Mills said at 09:20 that it would sell its Quorra unit. Shares rose 4%.\nNothing opens on 9 here."
    for text in (blog, plain, "", "7\n", "\n  3:15 p.m.\nTarnick halts trading.\n4:30 p.m.\nTrading resumes."):
        entries._stamp_matches.cache_clear()
        want = sorted(list(entries._ENTRY_STAMP.finditer(text)) + (own if len(own := list(
            entries._OWN_LINE_STAMP.finditer(text))) >= entries.MIN_OWN_LINE_STAMPS else []), key=lambda m: m.start())
        assert [m.span() for m in entries._stamp_matches(text)] == [m.span() for m in want], text
    assert entries._digit_opens_a_line(blog) and not entries._digit_opens_a_line(plain)
    saved = entries._ENTRY_STAMP
    entries._ENTRY_STAMP = _Refusing()  # type: ignore[assignment]
    try:
        entries._stamp_matches.cache_clear()
        assert entries._stamp_matches(plain) == ()
    finally:
        entries._ENTRY_STAMP = saved
        entries._stamp_matches.cache_clear()


def test_week_patterns_match_as_without_their_first_letters_lookahead() -> None:
    texts = ["Velmont Ore fell 2% over the week; Harlow Gas closed the week 4.5% higher and ENDED THE WEEK up 1%.",
             "Shares rose 3% for the week ahead of results. On the week, the index slipped 0.6%.",
             "Kessa finished the week down about 2 percent, ends the week up 3 per cent, offthe week 1%."]
    for new in (spots._THE_WEEK, spots._END_WEEK):
        old = re.compile(new.pattern.split(")", 1)[1], new.flags)  # the pattern without its opening lookahead
        for text in texts:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_calendar_days_read_once_for_the_same_text() -> None:
    text = "Ostrel Foods, whose fiscal year ends June 30, said on May 3 that sales rose."
    _calendar_days.cache_clear()
    first = calendar_days(text)
    assert calendar_days(text) == first and _calendar_days.cache_info().hits == 1
    first.add(-1)  # a caller's set is its own
    assert -1 not in calendar_days(text)
    assert calendar_days("No fiscal calendar is stated here.") == set()


def test_a_reprints_spans_are_mapped_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus([("a.txt", TEXT, "Harbour Wire", "2031-05-07"), ("b.txt", TEXT, "Tidewater Post", "2031-05-09"),
                      ("c.txt", TEXT.replace("3.2%", "3.3%"), "Inland Ledger", "2031-05-07")])
    calls = []
    original = timexes.raw_spans_of

    def counting(*args: object) -> object:
        calls.append(args[4])
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(timexes, "raw_spans_of", counting)
    table = timexes.timex_mentions(corpus)
    assert len(calls) == 2  # the reprint under another date shares its text and lines; the edited copy does not
    monkeypatch.setattr(timexes, "raw_spans_of", original)
    for doc_id in corpus.docs["doc_id"]:  # each document's rows are those it gets alone
        alone = timexes.timex_mentions(corpus.subset([doc_id]))
        mine = table.loc[table["doc_id"] == doc_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, alone)


def test_missing_values_read_as_none_as_the_converted_column_gives() -> None:
    frame = pd.DataFrame({"n": pd.array([1, None, 3], dtype="Int64"), "s": pd.array(["a", None, "c"], dtype="str"),
                          "d": pd.Series([pd.Timestamp("2031-05-07").date(), None, float("nan")], dtype="object"),
                          "k": [1, 2, 3], "b": [True, False, True]})
    for c in frame.columns:
        want = frame[c].astype(object).where(frame[c].notna(), None).tolist()
        got = events._none_for_missing(frame[c].tolist(), frame[c])
        assert got == want and [type(v) for v in got] == [type(v) for v in want], c


def test_the_merge_orders_by_its_keys_alone() -> None:
    def row(doc: str, sent: int, day: int, precision: str, key: str, sentence: str) -> dict[str, object]:
        start = pd.Timestamp(f"2031-05-{day:02d}").date()
        end = start if precision == "day" else pd.Timestamp("2031-05-31").date()
        return {"doc_id": doc, "sent_id": sent, "date_start": start, "date_end": end, "precision": precision,
                "event": key.split("|")[0].title(), "key": key, "sentence": sentence, "kind": "relative"}

    rows = [row("d2", 1, 7, "day", "pellam|open|depot", "Pellam opened a depot in Garrow on May 7."),
            row("d1", 4, 7, "day", "pellam|open|depot", "Pellam opened its Garrow depot on May 7."),
            row("d3", 0, 1, "month", "pellam|open|depots", "Pellam opened depots in May."),
            row("d1", 2, 9, "day", "ysolde reyne|resign|", "Ysolde Reyne resigned on May 9.")]
    frame = pd.DataFrame(rows, index=[7, 3, 11, 5])  # an index out of order: ids follow the rows, not their order
    merged = merge_events(frame)
    assert merged.index.tolist() == [7, 3, 11, 5]
    assert merged["event_id"].tolist() == ["E01", "E01", "E01", "E02"]
    shuffled = merge_events(frame.iloc[[2, 0, 3, 1]])
    assert shuffled["event_id"].to_dict() == merged["event_id"].to_dict()


def test_the_words_before_a_noun_are_the_determiners_to_and_the_prepositions() -> None:
    assert event._BEFORE_A_NOUN >= frozenset(model.DETERMINERS | {"of", "to", "in", "on"})
    assert event.event_label("The cut to Halvard Rail jobs came on Monday.", 36, 42).label  # a noun after "the"


def test_plans_read_once_per_text_and_place() -> None:
    from analysis.time import timex_context as tc

    text = "Marrowby Rail was going to open its Ostley depot on Friday, and the board had expected to vote in May."
    friday, may = text.index("Friday"), text.index("May")
    tc._PLANNED_THEN_MEMO.clear()
    tc._PLANNED_MEMO.clear()
    answers = (tc.planned_then(text, friday), tc.planned(text, may, may + 3), tc.planned(text, friday, friday + 6))
    assert answers == (tc._planned_then(text, friday), tc._planned(text, may, may + 3),
                       tc._planned(text, friday, friday + 6))
    assert answers[0] is True and answers[1] is True  # a plan told in the past; a plan after "had"
    assert len(tc._PLANNED_THEN_MEMO) == 1 and len(tc._PLANNED_MEMO) == 2
    assert tc.planned_then(str(text), friday) == answers[0] and len(tc._PLANNED_THEN_MEMO) == 1  # the same text again


def test_blanked_text_kept_per_text_pattern_and_kept_characters() -> None:
    words._BLANKED.clear()
    sentence = "Ondrel Kaye said (on Monday) that “we will wait” for Halvane."
    brackets = re.compile(r"\([^()]*\)")
    quotes = re.compile(r"“[^”]*”")
    q0, q1 = sentence.index("“"), sentence.index("”") + 1
    assert words.blank(sentence, brackets) == sentence.replace("(on Monday)", " " * 11)
    assert words.blank(sentence, quotes, "“…”") == sentence[:q0] + "“…”" + " " * (q1 - q0 - 3) + sentence[q1:]
    assert words.blank(sentence, brackets, ",") == sentence.replace("(on Monday)", "," + " " * 10)
    assert len(words._BLANKED) == 3
    words.blank(sentence, brackets)
    assert len(words._BLANKED) == 3  # read again, not blanked again


def test_week_patterns_skipped_only_where_they_cannot_match() -> None:
    pieces = ["the ", "The", "THE", " ", "\n", "\t", "\u00a0", "week", "Week", "WEEK", "weeK", "on ", "over ", "for ",
              "closed ", "ended ", "finished ", "3% ", "up ", ".", ",", "theweek", "ahead", "x", "İ"]
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        if spots._THE_WEEK.search(text) or spots._END_WEEK.search(text):
            assert spots._the_week_in(text.lower()), text
    assert not spots._the_week_in("vantrell hired 40 staff last week and this week.")  # "week" without "the"
    assert spots._the_week_in("fell 2% over the \n week")
    saved = spots._THE_WEEK
    spots._THE_WEEK = _Refusing()  # type: ignore[assignment]
    try:
        spots._week_spots.cache_clear()
        assert spots._week_spots("Dorrin Steel said last week it would cut 300 jobs; shares fell 3%.") == ()
    finally:
        spots._THE_WEEK = saved
        spots._week_spots.cache_clear()


def test_a_lines_windows_are_kept_as_plain_tuples() -> None:
    timex_find._LINE_MEMO.clear()
    base, full = timex_find._line_windows("Quenby Air cut 12 flights on Monday at 9 a.m. for three weeks in 2031.")
    for kept in (base, full):
        assert isinstance(kept, tuple) and all(isinstance(c, str) and isinstance(w, tuple) for c, w in kept)
    assert dict(base)["weekday"] and dict(full)["clock"]  # the clock time only with clock times and quarter codes
    assert "clock" not in dict(base)


def test_mention_frames_built_by_column_equal_the_frame_of_the_rows() -> None:
    columns = ["doc_id", "sent_id", "date_start", "event", "basis"]
    day = pd.Timestamp("2031-05-07").date()
    cases = [
        [{"doc_id": "d1", "sent_id": 3, "date_start": day, "event": "Thessaly Glass opens a kiln", "basis": None},
         {"doc_id": "d2", "sent_id": 0, "date_start": None, "event": None, "basis": "stated in full"}],
        [],  # no rows: the plain constructor's empty columns
        [{"doc_id": "d1", "sent_id": 1, "date_start": day, "event": "x"}],  # a row without a column: as before
    ]
    for rows in cases:
        want = pd.DataFrame(rows, columns=columns)
        got = events._frame_of(rows, columns)
        pd.testing.assert_frame_equal(got, want)
        assert got.dtypes.tolist() == want.dtypes.tolist()


def test_timex_rows_stay_in_document_order_when_a_texts_documents_are_made_together() -> None:
    other = "Brevik Cement opened its Sallow kiln on Monday after a two-year delay."
    corpus = _corpus([("a.txt", TEXT, "Harbour Wire", "2031-05-07"), ("b.txt", other, "Tidewater Post", "2031-05-08"),
                      ("c.txt", TEXT, "Inland Ledger", "2031-05-09")])  # c reprints a, after b
    table = timexes.timex_mentions(corpus)
    order = list(dict.fromkeys(table["doc_id"]))
    assert order == corpus.docs["doc_id"].tolist()
    for doc_id in corpus.docs["doc_id"]:
        alone = timexes.timex_mentions(corpus.subset([doc_id]))
        pd.testing.assert_frame_equal(table.loc[table["doc_id"] == doc_id].reset_index(drop=True), alone)


def test_the_blanking_memo_holds_nothing_the_collector_keeps_following() -> None:
    import gc

    words._BLANKED.clear()
    words.blank("Ettrick Dairies said (on Tuesday) it would close.", names._BRACKETS)
    gc.collect()
    assert words._BLANKED and not any(gc.is_tracked(k) for k in words._BLANKED)
