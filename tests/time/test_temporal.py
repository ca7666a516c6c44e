"""Dated expressions as the timeline reads them off the timex table (analysis.time.timex, then
analysis.timeline.dated): finding and resolving them, on synthetic wire-style sentences and on the seeds."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.time.timex import find_timexes
from analysis.timeline.dated.expressions import timex_expressions
from analysis.timeline.dated.model import TemporalExpression
from analysis.timeline.dated.undated import text_dated, undated_rows

D = date.fromisoformat


def _as_date(value: object) -> date | None:
    if value is None or value != value:  # None / NaT
        return None
    return value.date() if isinstance(value, pd.Timestamp) else value  # type: ignore[return-value]


def find_temporal_expressions(text: str, published: object, earliest: object = None) -> list[TemporalExpression]:
    """What the timeline reads of ``text`` published on ``published`` (else ``earliest``): its rows of the
    timex table as timeline expressions, and for an undated text the ones read against a date it stated."""
    dct = _as_date(published) or _as_date(earliest)
    name = "publication" if _as_date(published) else "earliest publication"
    rows = [
        SimpleNamespace(
            text=t.text, type=t.type, value=t.value, date_start=t.date_start, date_end=t.date_end, suspect=t.suspect,
            clean_start=t.start, clean_end=t.end, ref_start=t.ref_start,
            anchor="" if not t.anchor else f"text {t.anchor[5:]}" if t.anchor.startswith("text:") else f"{name} {dct}",
        )
        for t in find_timexes(text, dct)
    ]
    found = timex_expressions(text, rows, dct) + (text_dated(text, rows) if dct is None else [])
    return sorted(found, key=lambda e: e.start)


def unresolved(text: str) -> list[str]:
    """The expressions of an undated ``text`` that nothing dates."""
    rows = [SimpleNamespace(text=t.text, type=t.type, value=t.value, date_start=t.date_start, clean_start=t.start,
                            clean_end=t.end, anchor=t.anchor) for t in find_timexes(text, None)]
    return [str(r.text) for r in undated_rows(rows)]


def one(text: str, published: date | None = None, earliest: date | None = None) -> TemporalExpression:
    found = [e for e in find_temporal_expressions(text, published, earliest) if e.kind != "year"]
    assert len(found) == 1, found
    return found[0]


def span(e: TemporalExpression) -> tuple[str, str, str]:
    assert e.date_start is not None and e.date_end is not None, e
    return e.date_start.isoformat(), e.date_end.isoformat(), e.precision


# --- absolute dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("DeepSeek unveiled R1 on January 20, 2025.", None, ("2025-01-20", "2025-01-20", "day")),
        ("The model launched on January 20.", "2025-01-25", ("2025-01-20", "2025-01-20", "day")),
        ("Shares slid on Jan. 27 in New York.", "2025-01-28", ("2025-01-27", "2025-01-27", "day")),
        ("The deal closed on 20 January, sources said.", "2025-01-25", ("2025-01-20", "2025-01-20", "day")),
        ("The rules take effect Feb 1, the ministry said.", "2025-01-25", ("2025-02-01", "2025-02-01", "day")),
        # a date without a year well after the anchor is last year's
        ("The probe began on December 15.", "2025-01-05", ("2024-12-15", "2024-12-15", "day")),
        ("Talks ran from March 3-7, 2024.", None, ("2024-03-03", "2024-03-07", "range")),
        ("Output fell in late December.", "2025-01-05", ("2024-12-21", "2024-12-31", "range")),
        ("Sales peaked in January 2025.", None, ("2025-01-01", "2025-01-31", "month")),
    ],
)
def test_absolute_dates(text: str, published: str | None, expected: tuple[str, str, str]) -> None:
    assert span(one(text, D(published) if published else None)) == expected


def test_full_date_needs_no_anchor_and_kind_is_absolute() -> None:
    e = one("On Monday, January 27, 2025, Nvidia lost $593 billion in market value.")
    assert (e.expression, e.kind, span(e)) == ("Monday, January 27, 2025", "absolute", ("2025-01-27", "2025-01-27", "day"))
    assert (e.start, e.end) == (3, 27)


# --- weekdays -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("ASML fell by the end of Monday's trading.", "2025-01-27", "2025-01-27"),  # the anchor day counts
        ("Nvidia shares fell 17% on Monday.", "2025-01-28", "2025-01-27"),
        ("The index recovered late on Wednesday.", "2025-01-30", "2025-01-29"),
        ("The company said on Friday it would cut jobs.", "2025-01-02", "2024-12-27"),  # across a year end
        ("Oil rose last Friday.", "2025-01-02", "2024-12-27"),
        ("Oil rose last Friday.", "2025-01-03", "2024-12-27"),  # "last Friday" on a Friday is a week ago
        ("The company will report results on Wednesday.", "2025-01-27", "2025-01-29"),  # future tense
        ("Trading resumes next Monday.", "2025-01-27", "2025-02-03"),
        # the future tense of another clause does not move a past weekday
        ("Analysts said the company will struggle after shares fell on Monday.", "2025-01-28", "2025-01-27"),
        ("The company, founded in 2015, will report on Wednesday.", "2025-01-28", "2025-01-29"),
        ("The vote is scheduled for Thursday.", "2025-01-28", "2025-01-30"),
    ],
)
def test_weekdays(text: str, published: str, expected: str) -> None:
    e = one(text, D(published))
    assert e.kind == "relative"
    assert span(e) == (expected, expected, "day")


def test_weekday_uses_earliest_then_text_date() -> None:
    assert span(one("Stocks fell on Monday.", None, D("2025-01-27"))) == ("2025-01-27", "2025-01-27", "day")
    found = find_temporal_expressions("On January 29, 2025, the Fed held rates. Stocks had fallen on Monday.", None)
    assert [(e.expression, span(e)) for e in found] == [
        ("January 29, 2025", ("2025-01-29", "2025-01-29", "day")),
        ("Monday", ("2025-01-27", "2025-01-27", "day")),
    ]
    assert "latest date stated earlier in the text, 2025-01-29" in found[1].basis


def test_no_anchor_leaves_relative_expressions_unresolved() -> None:
    assert find_temporal_expressions("Shares fell on Monday and again today.", None) == []
    assert unresolved("Shares fell on Monday and again today.") == ["Monday", "today"]
    assert unresolved("On January 29, 2025, the Fed held rates. Stocks had fallen on Monday.") == []


# --- relative phrases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The chipmaker fell yesterday.", "2025-01-01", ("2024-12-31", "2024-12-31", "day")),
        ("The chipmaker said today it would raise prices.", "2025-01-28", ("2025-01-28", "2025-01-28", "day")),
        ("Silicon Valley was on edge this week.", "2025-01-25", ("2025-01-20", "2025-01-24", "week")),  # its working days
        ("Investors sold tech stocks last week.", "2025-01-02", ("2024-12-23", "2024-12-27", "week")),
        ("He spoke in an AMA last November.", "2025-01-25", ("2024-11-01", "2024-11-30", "month")),
        ("he said in September.", "2025-01-25", ("2024-09-01", "2024-09-30", "month")),
        ("Prices rose in December.", "2025-01-05", ("2024-12-01", "2024-12-31", "month")),
        ("In January, the bank revealed plans.", "2025-01-27", ("2025-01-01", "2025-01-31", "month")),
        ("The fund was launched earlier this month.", "2025-03-12", ("2025-03-01", "2025-03-11", "range")),
        ("Exports fell last month.", "2025-01-10", ("2024-12-01", "2024-12-31", "month")),
        ("The app topped the charts over the weekend.", "2025-01-27", ("2025-01-25", "2025-01-26", "range")),
        ("The firm filed suit three days ago.", "2025-03-02", ("2025-02-27", "2025-02-27", "day")),
        ("The launch is planned for next month.", "2024-12-15", ("2025-01-01", "2025-01-31", "month")),
    ],
)
def test_relative_phrases(text: str, published: str, expected: tuple[str, str, str]) -> None:
    assert span(one(text, D(published))) == expected


def test_years_alone_are_not_events() -> None:
    found = find_temporal_expressions("Meta plans to spend $60 billion in 2025, up from 2024.", D("2025-01-25"))
    assert [(e.expression, e.precision, e.eventful) for e in found] == [("2025", "year", False), ("2024", "year", False)]
    [e] = find_temporal_expressions("Revenue will grow this year.", D("2025-01-25"))
    assert (span(e), e.eventful) == (("2025-01-01", "2025-12-31", "year"), False)


@pytest.mark.parametrize(
    "text",
    [
        "Part of my goal for the next 10-15 years is to build open platforms.",
        "The META 2GW+ data center is so large.",
        "we will open up online ~1GW computer technology",
        "end the year with more than 1.3 million GPUs.",
        "It plans to invest $60-65 billion in capital expenditure.",
        "The stock may 5% higher, analysts may say.",
        "Shares fell 20 percent on heavy volume.",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert [e for e in find_temporal_expressions(text, D("2025-01-25")) if e.eventful] == []


def test_garbled_year_is_only_a_year() -> None:
    found = find_temporal_expressions("In 1925, we will open up online ~1GW computer technology.", None)
    assert [(e.expression, e.precision, e.eventful) for e in found] == [("1925", "year", False)]


# --- anchored on another event -------------------------------------------------------------------------


def test_days_after_x_uses_the_earlier_date_and_the_anchor() -> None:
    text = (
        "When DeepSeek unveiled R1 on January 20, the company said it was pushing boundaries. "
        "Days after DeepSeek’s announcement, Meta CEO Mark Zuckerberg said Meta planned to spend more."
    )
    found = find_temporal_expressions(text, D("2025-01-25"))
    days_after = [e for e in found if e.kind == "after_event"][0]
    assert (days_after.expression, span(days_after)) == ("Days after", ("2025-01-21", "2025-01-25", "range"))
    assert days_after.ref_start == text.index("January 20")


def test_weekend_following_x() -> None:
    text = "DeepSeek released R1 on January 20, 2025. The weekend following DeepSeek's announcement saw it trend on X."
    e = [e for e in find_temporal_expressions(text, None, D("2025-01-31")) if e.kind == "after_event"][0]
    assert (e.expression, span(e)) == ("The weekend", ("2025-01-25", "2025-01-26", "range"))
    assert e.basis == "the weekend 'January 20, 2025' (2025-01-20)"
    assert e.ref_start == text.index("January 20")
    # a later publication date does not move it: it is read against X, not against the publication date
    e = [e for e in find_temporal_expressions(text, D("2025-03-12")) if e.kind == "after_event"][0]
    assert span(e) == ("2025-01-25", "2025-01-26", "range")


def test_days_after_x_without_a_date_for_x_is_not_dated() -> None:
    assert find_temporal_expressions("Days after the announcement, rivals cut prices.", D("2025-01-25")) == []


def test_x_dated_later_in_the_same_sentence_and_numbered_offsets() -> None:
    text = "Two days after the Fed raised rates on March 19, 2025, the dollar fell. The next day, bonds rallied."
    found = find_temporal_expressions(text, D("2025-03-25"))
    assert [(e.expression, e.kind, span(e)) for e in found] == [
        ("Two days after", "after_event", ("2025-03-21", "2025-03-21", "day")),
        ("March 19, 2025", "absolute", ("2025-03-19", "2025-03-19", "day")),
        ("The next day", "relative", ("2025-03-20", "2025-03-20", "day")),
    ]
    assert found[0].ref_start == text.index("March 19")


def test_the_day_before_a_named_date() -> None:
    # (not set right after another date: "on Jan. 24, the day before the selloff" restates Jan. 24, round 56)
    text = "Shares fell on Jan. 24. Volumes were thin the day before the Jan. 27 selloff."
    found = find_temporal_expressions(text, D("2025-01-31"))
    assert [(e.expression, span(e)) for e in found] == [
        ("Jan. 24", ("2025-01-24", "2025-01-24", "day")),
        ("the day before", ("2025-01-26", "2025-01-26", "day")),
        ("Jan. 27", ("2025-01-27", "2025-01-27", "day")),
    ]


def test_a_day_later_counts_from_the_last_day_stated() -> None:
    text = "Microsoft said on Wednesday it had found evidence. A day later, OpenAI said the same."
    found = find_temporal_expressions(text, D("2025-01-31"))
    assert [(e.expression, span(e)) for e in found] == [
        ("Wednesday", ("2025-01-29", "2025-01-29", "day")),
        ("A day later", ("2025-01-30", "2025-01-30", "day")),
    ]


def test_accepts_pandas_timestamps_and_nat() -> None:
    e = one("Stocks fell on Monday.", pd.Timestamp("2025-01-28"), pd.NaT)  # type: ignore[arg-type]
    assert span(e) == ("2025-01-27", "2025-01-27", "day")


# --- the seeds ------------------------------------------------------------------------------------------


def test_seed_expressions(seeds_corpus) -> None:
    docs = seeds_corpus.docs.set_index("doc_id")
    got = {}
    for doc_id, row in docs.iterrows():
        got[doc_id[:3]] = [
            (e.expression, e.date_start.isoformat() if e.date_start else None, e.date_end.isoformat() if e.date_end else None, e.precision)
            for e in find_temporal_expressions(row["text"], row["published"], row["published_earliest"])
            if e.eventful
        ]
    assert got["000"] == [
        ("this week", "2025-01-20", "2025-01-24", "week"),
        ("January 20", "2025-01-20", "2025-01-20", "day"),
        ("Days after", "2025-01-21", "2025-01-25", "range"),
        ("September", "2024-09-01", "2024-09-30", "month"),
        ("last November", "2024-11-01", "2024-11-30", "month"),
    ]
    assert got["001"] == [("Monday", "2025-01-27", "2025-01-27", "day"), ("January", "2025-01-01", "2025-01-31", "month")]
    assert got["002"] == []
    assert got["003"] == []  # no anchor at all; "1925" is a year, never an event
    assert got["004"] == [
        ("January 20, 2025", "2025-01-20", "2025-01-20", "day"),
        ("the same day", "2025-01-20", "2025-01-20", "day"),
        ("The weekend", "2025-01-25", "2025-01-26", "range"),
    ]


# --- wire-style sentences (dates read by hand), the accuracy bar ------------------------------------------

WIRE_CASES = [
("2025-02-05", "Alphabet shares fell 8% on Wednesday after the Google parent reported fourth-quarter cloud revenue that missed estimates late on Tuesday.",
 [("Wednesday","2025-02-05","2025-02-05"),("Tuesday","2025-02-04","2025-02-04")]),
("2025-02-05", "The company said last month it would spend $75 billion in 2025, up from $52.5 billion a year earlier.",
 [("last month","2025-01-01","2025-01-31")]),
("2025-03-12", "Tesla stock has lost more than half its value since its December 17 peak, including a 15% drop on Monday, its worst day since September 2020.",
 [("December 17","2024-12-17","2024-12-17"),("Monday","2025-03-10","2025-03-10"),("September 2020","2020-09-01","2020-09-30")]),
("2025-03-12", "The Fed meets March 18-19 and is widely expected to hold rates steady.",
 [("March 18-19","2025-03-18","2025-03-19")]),
("2025-01-03", "Shares of the carmaker closed at a record high on Dec. 31, and rose again in early trading on Thursday.",
 [("Dec. 31","2024-12-31","2024-12-31"),("Thursday","2025-01-02","2025-01-02")]),
("2025-04-07", "Markets in Asia plunged on Monday after President Trump's April 2 announcement of sweeping tariffs, which triggered the worst two-day rout for U.S. stocks since 2020 on Thursday and Friday.",
 [("Monday","2025-04-07","2025-04-07"),("April 2","2025-04-02","2025-04-02"),("Thursday","2025-04-03","2025-04-03"),("Friday","2025-04-04","2025-04-04")]),
("2025-04-10", "Trump announced a 90-day pause on Wednesday, a week after he unveiled the levies in the White House Rose Garden.",
 [("Wednesday","2025-04-09","2025-04-09")]),
("2024-11-07", "Bitcoin hit an all-time high of $76,000 on Thursday, two days after the election, and has gained about 10% this week.",
 [("Thursday","2024-11-07","2024-11-07"),("this week","2024-11-04","2024-11-07")]),
("2024-12-02", "Over the weekend, the company's chief executive resigned, the board said in a statement on Sunday.",
 [("Over the weekend","2024-11-30","2024-12-01"),("Sunday","2024-12-01","2024-12-01")]),
("2025-01-28", "The Chinese startup released its V3 model in late December and followed it with R1 on 20 January, a week before the selloff.",
 [("late December","2024-12-21","2024-12-31"),("20 January","2025-01-20","2025-01-20")]),
("2025-01-28", "Earlier this month, the company said it had raised prices. It will report results on February 26.",
 [("Earlier this month","2025-01-01","2025-01-27"),("February 26","2025-02-26","2025-02-26")]),
("2025-06-02", "Nvidia's chief executive Jensen Huang told reporters in Taipei on May 19 that export curbs had cost the company $2.5 billion in April.",
 [("May 19","2025-05-19","2025-05-19"),("in April","2025-04-01","2025-04-30")]),
("2025-01-31", "Microsoft said on Wednesday it had found evidence that DeepSeek used its models. A day later, OpenAI said the same.",
 [("Wednesday","2025-01-29","2025-01-29"),("A day later","2025-01-30","2025-01-30")]),
("2025-01-27", "The app overtook ChatGPT as the most downloaded free app on Apple's U.S. App Store on Monday, January 27, according to Appfigures.",
 [("Monday, January 27","2025-01-27","2025-01-27")]),
("2025-05-01", "Meta, which reported earnings on Wednesday, said it expects capital expenditures of $64 billion to $72 billion this year, up from a previous forecast given in January.",
 [("Wednesday","2025-04-30","2025-04-30"),("in January","2025-01-01","2025-01-31")]),
("2025-02-14", "Inflation rose to 3% in January, the Labor Department said on Wednesday, the highest since June.",
 [("in January","2025-01-01","2025-01-31"),("Wednesday","2025-02-12","2025-02-12"),("June","2024-06-01","2024-06-30")]),
("2025-03-04", "The tariffs took effect at 12:01 a.m. EST on Tuesday (0501 GMT), after Trump said on Monday there was no room left for a deal.",
 [("Tuesday","2025-03-04","2025-03-04"),("Monday","2025-03-03","2025-03-03")]),
("2025-01-02", "Last year, the index gained 23%. On the final trading day of 2024, stocks slipped for a fourth straight session.",
 []),
("2025-09-15", "Oracle shares soared 36% on Sept. 10, their best day since 1992, after the company forecast booming cloud demand.",
 [("Sept. 10","2025-09-10","2025-09-10")]),
("2025-01-21", "Trump was sworn in as the 47th president on Monday, hours after leaving a service at St. John's Church.",
 [("Monday","2025-01-20","2025-01-20")]),
]


def test_wire_sentences_every_datable_event_found() -> None:
    missed = []
    total = 0
    for published, text, expected in WIRE_CASES:
        got = {(e.date_start.isoformat(), e.date_end.isoformat()) for e in find_temporal_expressions(text, D(published)) if e.eventful}
        for expression, start, end in expected:
            total += 1
            if (start, end) not in got:
                missed.append((published, expression))
    assert total == 36
    assert missed == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The Sunday Times reported that the fund had sold its stake.", "2025-01-28"),
        ("Mar-a-Lago hosted a dinner for donors. Theresa May spoke.", "2025-01-28"),
        # Black Friday and Cyber Monday are days of the calendar (round 13, tests/test_timex*.py); Black Monday a name
        ("Traders still call the crash of that autumn Black Monday.", "2025-11-28"),
        ("The road trip took three days on the highway.", "2025-11-28"),
    ],
)
def test_names_that_look_like_dates(text: str, published: str) -> None:
    assert [e.expression for e in find_temporal_expressions(text, D(published)) if e.eventful] == []


def test_counted_offsets_from_an_earlier_date() -> None:
    found = find_temporal_expressions("The model was released on Jan. 20, 2025. Two weeks later, rivals responded.", D("2025-02-10"))
    assert [(e.expression, span(e)) for e in found] == [
        ("Jan. 20, 2025", ("2025-01-20", "2025-01-20", "day")),
        ("Two weeks later", ("2025-02-03", "2025-02-03", "day")),  # round 9: weeks from a day give a day
    ]
