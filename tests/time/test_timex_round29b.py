"""Round 29 (timex): resolution gaps found on the twenty-seventh corpus (dated events), each a general construction
of English news dates. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2036, 2, 13)  # a Wednesday


def rows(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_a_24_hour_clock_after_a_preposition_of_time_is_a_time_of_the_day_told() -> None:
    # "said in a statement at 09:40 that", "at about 03:15", "until 17:30": the British wire's clock, no zone
    assert rows("Brenmoor Freight said in a statement at 09:40 that its depots had reopened.") == [
        ("09:40", "TIME", "2036-02-13T09:40")]
    assert rows("Ostrava Lines said it found the fault at about 03:15, before the first trains.") == [
        ("about 03:15", "TIME", "2036-02-13T03:15")]
    assert rows("Dealing in Carrow Mills was halted until 17:30.") == [("17:30", "TIME", "2036-02-13T17:30")]
    # left alone: a score or a ratio, a bare clock with no preposition, a video's mark, a chapter and verse
    assert rows("Pelham Rovers won 12:10 against Dunmere.") == []
    assert rows("The split was 10:30 in favour of Brenmoor Freight.") == []
    assert rows("The exchange starts at the 15:20 mark of the recording.") == []
    assert rows("The sermon at Tolby Hall quoted John 13:34 at length.") == []
    # and a clock before a day word leaves the day word its own expression, as before
    assert rows("Ostrava Lines reopened its depot at 07:30 today.") == [("today", "DATE", "2036-02-13")]
    assert rows("Ostrava Lines found the fault at 03:15 on Monday.") == [("Monday", "DATE", "2036-02-11")]


def test_a_clock_time_written_after_a_day_is_on_that_day() -> None:
    # a statement page's update stamps: the same day stated again in a later paragraph, then its time
    page = ("UPDATE 2 - Monday 11 February 2036, 16:05 GMT\n"
            "Harlow Grid has restored power to most of Kelby.\n\n"
            "UPDATE 1 - Monday 11 February 2036, 08:20 GMT\n"
            "Harlow Grid is investigating a fault at its Kelby substation.")
    found = [(text, value) for text, _, value in rows(page) if "GMT" in text]
    assert found == [("16:05 GMT", "2036-02-11T16:05"), ("08:20 GMT", "2036-02-11T08:20")]
    # left alone: a clock time naming its own day, and a clock time in the next sentence (the day of writing)
    assert rows("The vote was set for 4 March 2036, at 9 a.m. Tuesday.")[-1] == ("9 a.m. Tuesday", "TIME", "2036-02-12T09:00")
    assert rows("Pellam Oil recalled its tankers on 2 February 2036.\n\nIts shares were 3% lower at 11:15 GMT.")[-1] == (
        "11:15 GMT", "TIME", "2036-02-13T11:15")


def test_today_under_an_entry_stamp_of_an_earlier_day_is_that_day() -> None:
    # a statement page updated over two days, read on the second: each entry's "today" is its stamp's day
    page = ("UPDATE 2 - Wednesday 13 February 2036, 07:50 GMT\n"
            "Services at Harlow Grid were fully restored as of 06:00 today.\n\n"
            "UPDATE 1 - Tuesday 12 February 2036, 10:05 GMT\n"
            "At about 04:30 this morning a fault cut power to Kelby. We expect to restore power by tonight.")
    found = [(text, value) for text, _, value in rows(page) if "GMT" not in text and "2036" not in text]
    assert found == [("today", "2036-02-13"), ("about 04:30", "2036-02-12T04:30"), ("this morning", "2036-02-12TMO"),
                     ("tonight", "2036-02-12TNI")]
    # left alone: a day alone on its line (a chronology's heading) and a stamp of the publication day
    assert rows("12 February 2036\nHarlow Grid said today that Kelby was cut off.")[-1] == ("today", "DATE", "2036-02-13")
    assert rows("Updated: 13/02/2036 08:10\nHarlow Grid said today that Kelby was cut off.")[-1] == (
        "today", "DATE", "2036-02-13")
