"""Unit tests for the TIMEX3 tagger (analysis.time.timex) on hand-written sentences.

The publication date (DCT) is Wednesday 29 January 2025 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.time.timex_fiscal import FISCAL_PREFIX as FY  # the notation of a fiscal value ("" as TempEval-3 writes it, or "FY")
from analysis.time.timex import Timex, find_timexes

DCT = date(2025, 1, 29)


def tags(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    """(text, type, value) of every timex found in ``text``."""
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal was signed on January 27, 2025 in Paris.", [("January 27, 2025", "DATE", "2025-01-27")]),
        ("It was signed on 27 January 2025.", [("27 January 2025", "DATE", "2025-01-27")]),
        ("Shares rose on Jan. 27 after the report.", [("Jan. 27", "DATE", "2025-01-27")]),
        ("The form is dated 01/27/2025.", [("01/27/2025", "DATE", "2025-01-27")]),
        ("Das Formular trägt das Datum 27.01.2025.", [("27.01.2025", "DATE", "2025-01-27")]),
        ("The filing (2025-01-27) was public.", [("2025-01-27", "DATE", "2025-01-27")]),
        ("Prices peaked in mid-January.", [("mid-January", "DATE", "2025-01")]),
        ("The boom of the early 1990s ended.", [("the early 1990s", "DATE", "199")]),
        ("He was born in 1998.", [("1998", "DATE", "1998")]),
        ("In the 1990s, the firm grew.", [("the 1990s", "DATE", "199")]),
        ("The 1980s and '90s were good years for it.", [("The 1980s", "DATE", "198"), ("'90s", "DATE", "199")]),
        ("Sales in fiscal 1998 rose.", [("fiscal 1998", "DATE", FY + "1998")]),
        ("Profit fell in the third quarter.", [("the third quarter", "DATE", "2024-Q3")]),
        ("Revenue in Q3 2024 was flat.", [("Q3 2024", "DATE", "2024-Q3")]),
        ("Sales rose in Q3.", [("Q3", "DATE", "2024-Q3")]),  # a quarter still ahead, told in the past: last year's
        ("Sales will rise in Q3.", [("Q3", "DATE", "2025-Q3")]),
        ("The stock lost 20% over the past three sessions.", [("the past three sessions", "DURATION", "P3D")]),
        ("In the quarter ended July 31, sales fell.", [("the quarter", "DATE", "2024-Q2"), ("July 31", "DATE", "2024-07-31")]),
        ("Until Thursday, the police had not named him.", [("Thursday", "DATE", "2025-01-23")]),
        ("A vigil planned for Saturday was canceled.", [("Saturday", "DATE", "2025-01-25")]),
        ("Protesters planned a march on Saturday and were planning more.", [("Saturday", "DATE", "2025-02-01")]),
        ("Revenue in the first half of 1998 was flat.", [("the first half of 1998", "DATE", "1998-H1")]),
        ("Sales rose during the summer of 2024.", [("the summer of 2024", "DATE", "2024-SU")]),
        ("Last summer was hot.", [("Last summer", "DATE", "2024-SU")]),
        ("He ruled in the 20th century.", [("the 20th century", "DATE", "19")]),
        ("He spoke on Christmas Day.", [("Christmas Day", "DATE", "2024-12-25")]),
        ("Talks were held in the winter of nineteen ninety-four.",
         [("the winter of nineteen ninety-four", "DATE", "1994-WI")]),
    ],
)
def test_absolute_dates(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The market fell today.", [("today", "DATE", "2025-01-29")]),
        ("The market fell yesterday.", [("yesterday", "DATE", "2025-01-28")]),
        ("The vote is tomorrow.", [("tomorrow", "DATE", "2025-01-30")]),
        ("He will speak tonight.", [("tonight", "TIME", "2025-01-29TNI")]),
        ("Talks ended late yesterday.", [("late yesterday", "DATE", "2025-01-28")]),
        ("Talks resumed this week.", [("this week", "DATE", "2025-W05")]),
        ("The report covers last week.", [("last week", "DATE", "2025-W04")]),
        ("Prices rose last month.", [("last month", "DATE", "2024-12")]),
        ("Elections are due next year.", [("next year", "DATE", "2026")]),
        ("He resigned two weeks ago.", [("two weeks ago", "DATE", "2025-01-15")]),
        ("The plant closed three years ago.", [("three years ago", "DATE", "2022")]),
        ("A year earlier, it had lost money.", [("A year earlier", "DATE", "2024")]),
        ("Growth has slowed in recent years.", [("recent years", "DATE", "PAST_REF")]),
        ("He quit last Friday.", [("last Friday", "DATE", "2025-01-24")]),
        ("Earlier this month, the bank cut rates.", [("Earlier this month", "DATE", "2025-01")]),
    ],
)
def test_relative_to_publication(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence) == expected


def test_weekday_is_tense_aware() -> None:
    assert tags("The company said Monday that it would cut jobs.") == [("Monday", "DATE", "2025-01-27")]
    assert tags("The company will report results on Monday.") == [("Monday", "DATE", "2025-02-03")]
    assert tags("The minister resigned on Wednesday.") == [("Wednesday", "DATE", "2025-01-29")]
    # "late on" / "early on" after a past reporting verb: the saying is past, whatever the clause it reports
    assert tags("Brinmoor Union said late on Monday it would call a strike vote.") == [("Monday", "DATE", "2025-01-27")]
    assert tags("Talvik Oil confirmed early on Monday that it would sell a field.") == [("Monday", "DATE", "2025-01-27")]
    # "<weekday> of last/this/next week": that day of the week named (round 9c); DCT is a Wednesday
    assert tags("On Monday of last week, a ferry lost power.")[0] == ("Monday", "DATE", "2025-01-20")
    assert tags("The board meets on Tuesday of next week.")[0] == ("Tuesday", "DATE", "2025-02-04")
    # "attention turns to", "looks ahead to": what a story waits for next (round 9c)
    assert tags("Traders' focus turns to Orvane's trading update on Tuesday.") == [
        ("Tuesday", "DATE", "2025-02-04")]
    assert tags("The company turned to its lenders on Monday.") == [("Monday", "DATE", "2025-01-27")]
    # "midafternoon" and "midmorning" as one word (round 9c)
    assert tags("Keel Bank fell 2% by midmorning.") == [("midmorning", "TIME", "2025-01-29TMO")]
    # "that June": the month of the year last stated (round 9c)
    got = tags("Output peaked in 2019 and fell back that June.")
    assert got == [("2019", "DATE", "2019"), ("June", "DATE", "2019-06")]


def test_narrative_anchor() -> None:
    found = find_timexes("The board met on March 3, 2024. The day before, the chief executive resigned.", DCT)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("March 3, 2024", "2024-03-03", ""),
        ("The day before", "2024-03-02", "text:2024-03-03"),
    ]
    later = find_timexes("The plant opened on June 2, 2023. The next day, workers went on strike.", DCT)
    assert [(t.text, t.value, t.anchor) for t in later][1] == ("The next day", "2023-06-03", "text:2023-06-02")


def test_anaphoric_year_and_later_durations() -> None:
    assert tags("He fled in June 1998 and returned later that year.") == [
        ("June 1998", "DATE", "1998-06"),
        ("later that year", "DATE", "1998"),
    ]
    assert tags("The bank failed. Three days later, its rival bought it.") == [("Three days", "DURATION", "P3D")]
    assert tags("We met on June 16th of last year.") == [("June 16th of last year", "DATE", "2024-06-16")]


def test_weeks() -> None:
    assert tags("The hearing is set for the week of March 3.") == [("the week of March 3", "DATE", "2025-W10")]
    assert tags("Sales in week 7 of 1998 rose.") == [("week 7 of 1998", "DATE", "1998-W07")]


def test_times_of_day() -> None:
    assert tags("The meeting starts at 9:30 a.m. today.") == [("9:30 a.m. today", "TIME", "2025-01-29T09:30")]
    assert tags("Trading opened Friday morning.") == [("Friday morning", "TIME", "2025-01-24TMO")]
    assert tags("The rally began at noon Thursday.") == [("noon Thursday", "TIME", "2025-01-23T12:00")]
    assert tags("Results come out this afternoon.") == [("this afternoon", "TIME", "2025-01-29TAF")]
    assert tags("By mid-afternoon, prices fell.") == [("mid-afternoon", "TIME", "2025-01-29TAF")]
    # a time zone between the clock and its day keeps them one expression
    assert tags("The group will present the data at 9:15 a.m. local time on Friday.") == [
        ("9:15 a.m. local time on Friday", "TIME", "2025-01-31T09:15")]
    assert tags("Shares were flat at 10:30 a.m. ET.") == [("10:30 a.m. ET", "TIME", "2025-01-29T10:30")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike lasted three days.", [("three days", "DURATION", "P3D")]),
        ("The project took two years.", [("two years", "DURATION", "P2Y")]),
        ("The operation lasted five hours.", [("five hours", "DURATION", "PT5H")]),
        ("Rates are fixed for a week.", [("a week", "DURATION", "P1W")]),
        ("The dispute has dragged on for years.", [("years", "DURATION", "PXY")]),
        ("It signed a two-year contract.", [("two-year", "DURATION", "P2Y")]),
        ("The first nine months were strong.", [("The first nine months", "DURATION", "P9M")]),
        ("The talks took 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ],
)
def test_durations(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The newsletter comes out every week.", [("every week", "SET", "P1W")]),
        ("The plant runs daily.", [("daily", "SET", "P1D")]),
        ("Workers earn $500 a week.", []),  # a rate: left unmarked, as most of the TempEval-3 gold does
        ("The club meets each Thursday.", [("each Thursday", "SET", "XXXX-WXX-4")]),
    ],
)
def test_sets(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices are now higher.", [("now", "DATE", "PRESENT_REF")]),
        ("Inflation is currently 3%.", [("currently", "DATE", "PRESENT_REF")]),
        ("Prices fell recently.", [("recently", "DATE", "PAST_REF")]),
        ("In the future, rates may rise.", [("the future", "DATE", "FUTURE_REF")]),
    ],
)
def test_vague_references(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She appeared on the Today show.",
        "Black Monday hit markets.",
        "The store is open 24/7.",
        "The team won 3-2.",
        "Install version 2.1.3 first.",
        "Margins were 19.5%.",
        "Call 555-1234 or (212) 555-0199.",
        "The firm paid $2,025 per share.",
        "The army sent 1500 troops.",
        "Most people may march.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert tags(sentence) == []


def test_far_year_in_a_plan_is_flagged_not_dropped() -> None:
    plan = find_timexes("The company plans to open the plant in 1925.", DCT)
    history = find_timexes("The fort was built in 1925.", DCT)
    assert [(t.value, t.suspect) for t in plan] == [("1925", True)]
    assert [(t.value, t.suspect) for t in history] == [("1925", False)]


def test_offsets_intervals_and_order() -> None:
    text = "On Jan. 27 the bank said third-quarter profit rose; in 2024 it had fallen."
    found = find_timexes(text, DCT)
    assert all(text[t.start:t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert [(t.value, t.date_start, t.date_end) for t in found] == [
        ("2025-01-27", date(2025, 1, 27), date(2025, 1, 27)),
        ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ]
    assert isinstance(found[0], Timex)


def test_without_publication_date() -> None:
    assert tags("The bank said on March 5, 2024 that profit rose yesterday.", None) == [
        ("March 5, 2024", "DATE", "2024-03-05"),
        ("yesterday", "DATE", "XXXX-XX-XX"),
    ]


def test_time_modules_import_only_their_own_package() -> None:
    import ast
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "analysis" / "time"
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                assert node.level == 1, f"{path.name} imports from outside analysis.time"
            names = [a.name for a in node.names] if isinstance(node, (ast.Import, ast.ImportFrom)) else []
            module = getattr(node, "module", None) or ""
            assert not any(n.split(".")[0] in ("streamlit", "pandas") for n in names + [module]), path.name


def test_a_long_repetitive_text_finds_every_expression() -> None:
    """Every repetition is found (speed is measured in bench/bench_timex.py, not asserted here)."""
    paragraph = ("Shares of the company rose 4% on Tuesday after it said third-quarter profit doubled from a year "
                 "earlier, the biggest gain since March 2020. ") * 20
    assert len(find_timexes(paragraph * 10, DCT)) == 20 * 10 * 4


def test_a_possessive_weekday_names_what_happened() -> None:
    """"Wednesday's ruling" is the last Wednesday even in a sentence about plans (TempEval-3 train: 12 such
    weekdays before the publication date, none after)."""
    text = "Relatives said they would look for ways to get around Wednesday's ruling by the agency."
    assert tags(text, date(2000, 1, 7)) == [("Wednesday", "DATE", "2000-01-05")]


def test_said_in_a_month_is_past() -> None:
    assert tags("“Our goal for the next years is to win,” he said in September.", date(2025, 1, 25))[-1] == (
        "September", "DATE", "2024-09")


def test_a_yearless_day_without_a_publication_date_keeps_its_month_and_day() -> None:
    assert tags("On March 13, shares fell.", None) == [("March 13", "DATE", "XXXX-03-13")]


def test_a_weekday_after_next_week_in_its_sentence_is_that_weeks() -> None:
    found = {t.text: t.value for t in find_timexes("Next week brings the central bank's decision on Wednesday.", date(2026, 10, 23))}
    assert found == {"Next week": "2026-W44", "Wednesday": "2026-10-28"}


MONDAY = date(2025, 1, 27)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the present tense of a scheduled event, published on a Monday: the coming day
        ("Lam Research, which reports results on Wednesday, fell 2%.", [("Wednesday", "DATE", "2025-01-29")]),
        ("The Fed meets on Wednesday.", [("Wednesday", "DATE", "2025-01-29")]),
        ("Microsoft will report in March.", [("March", "DATE", "2025-03")]),
        ("Intel is due to report on Thursday.", [("Thursday", "DATE", "2025-01-30")]),
        ("The vote is scheduled for Tuesday.", [("Tuesday", "DATE", "2025-01-28")]),
        ("Results are expected on Friday.", [("Friday", "DATE", "2025-01-31")]),
        # ... and what stays in the past
        ("Meta, which reported results on Wednesday, rose.", [("Wednesday", "DATE", "2025-01-22")]),
        ("Shares rose more than expected on Friday.", [("Friday", "DATE", "2025-01-24")]),
        ("Nvidia says on Friday it will invest.", [("Friday", "DATE", "2025-01-24")]),
        ("The firm failed to report on Thursday.", [("Thursday", "DATE", "2025-01-23")]),
        ("The offer had been scheduled to expire on Friday.", [("Friday", "DATE", "2025-01-24")]),
    ],
)
def test_tense_aware_future_weekdays_and_months(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence, MONDAY) == expected


def test_for_the_year_closing_its_clause_is_the_year_under_report() -> None:
    assert tags("For the year, volume was flat.") == [("the year", "DATE", "2025")]
    assert tags("For the year ended Sept. 30, it earned more.")[0] == ("the year", "DURATION", "P1Y")
    assert tags("Sales should rise throughout the year.") == [("the year", "DURATION", "P1Y")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He will serve at least 20 more years.", [("at least 20 more years", "DURATION", "P20Y")]),
        ("The index rose for ten straight sessions.", [("ten straight sessions", "DURATION", "P10D")]),
        ("It paid within five business days.", [("five business days", "DURATION", "P5D")]),
        ("The stock lost 9% in three trading days.", [("three trading days", "DURATION", "P3D")]),
        ("A day-long strike shut the port.", [("day-long", "DURATION", "P1D")]),
        ("It ended a decades-long feud.", [("decades-long", "DURATION", "PXE")]),
    ],
)
def test_durations_with_an_adjective_or_long(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence) == expected


def test_the_following_month_counts_from_the_month_the_text_named() -> None:
    text = "In March, the firm got an offer. The following month, it put itself up for sale."
    assert tags(text, date(1989, 10, 27)) == [("March", "DATE", "1989-03"),
                                               ("The following month", "DATE", "1989-04")]


def test_a_capitalised_unit_word_is_a_title() -> None:
    assert tags("He said on CBS's \"60 Minutes\" that he would stay.") == []
    assert tags("He told ABC's \"This Week\" he would run.") == []
    assert tags("He found it on Thanksgiving Day.", date(1999, 12, 1)) == [("Thanksgiving Day", "DATE", "1999-11-25")]
    assert tags("This week, shares fell.") == [("This week", "DATE", "2025-W05")]


def test_a_future_word_of_another_clause_does_not_move_a_past_weekday() -> None:
    text = "After the company said on Friday that it would cut prices, shares fell 17% on Monday."
    assert tags(text, date(2025, 1, 28)) == [("Friday", "DATE", "2025-01-24"), ("Monday", "DATE", "2025-01-27")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Net rose from $3 million in the same period last year.", [("the same period last year", "DATE", "2023-Q4")]),
        ("It compares with the corresponding period of the previous year.",
         [("the corresponding period of the previous year", "DATE", "2023-Q4")]),
        ("Sales beat last year's quarter.", [("last year's quarter", "DATE", "2023-Q4")]),
        ("He used the same period to rest.", []),
    ],
)
def test_a_period_a_year_back_is_the_quarter_under_report_a_year_earlier(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence) == expected


def test_a_quarter_still_ahead_is_not_the_quarter_under_report() -> None:
    text = ("Third-quarter net rose 11%. The quake will result in a fourth-quarter charge. "
            "Earnings fell in the latest quarter from a year ago.")
    assert tags(text, date(1989, 11, 2)) == [
        ("Third-quarter", "DATE", "1989-Q3"), ("fourth-quarter", "DATE", "1989-Q4"),
        ("the latest quarter", "DATE", "1989-Q3"), ("a year ago", "DATE", "1988-Q3")]


def test_a_present_passive_before_a_date_is_a_scheduled_event() -> None:
    assert tags("He will lose if the case is heard in May.", date(2000, 3, 29)) == [("May", "DATE", "2000-05")]
    assert tags("They could not be located Wednesday.", date(2000, 1, 6)) == [("Wednesday", "DATE", "2000-01-05")]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("He left the day before last Tuesday.", date(2000, 2, 24), [("the day before last Tuesday", "DATE", "2000-02-21")]),
        ("Families kept the secret for more than two thousand years.", DCT,
         [("more than two thousand years", "DURATION", "P2000Y")]),
        ("It became a $400-million-a-year business.", DCT, [("a-year", "SET", "P1Y")]),
        ("Islam will one day be the second largest religion.", DCT, [("one day", "DATE", "FUTURE_REF")]),
        ("It took one day to fix.", DCT, [("one day", "DURATION", "P1D")]),
        ("The post-1959 politics split families.", DCT, [("1959", "DATE", "1959")]),
        ("It turned a profit after several quarters of losses.", DCT, [("several quarters", "DURATION", "PXQ")]),
        ("A quarter of the shares changed hands.", DCT, []),
        ("Crowds filled the city during Easter week.", date(2000, 4, 17), [("Easter week", "DATE", "2000-W16")]),
        ("He returned on Good Friday.", date(2013, 3, 25), [("Good Friday", "DATE", "2013-03-29")]),
        ("It is a theme of the race from now to Election Day.", date(1998, 10, 26),
         [("now", "DATE", "PRESENT_REF"), ("Election Day", "DATE", "1998-11-03")]),
        ("His name was crossed out that same day.", date(1999, 1, 22), [("that same day", "DATE", "1999-01-22")]),
        ("The poster showed a still from the film High Noon.", DCT, []),
        ("It ran on the front of Friday's edition of the daily Granma.", date(2000, 1, 28),
         [("Friday", "DATE", "2000-01-28"), ("daily", "SET", "P1D")]),
        ("He told NBC's Today show he would run.", DCT, []),
        ("He was tweeting at three o'clock in the morning.", DCT, [("three o'clock in the morning", "TIME", "2025-01-29T03:00")]),
        ("He called at ten o’clock at night.", DCT, [("ten o’clock at night", "TIME", "2025-01-29T22:00")]),
        ("It should end by the end of the decade.", DCT, [("the end of the decade", "DATE", "202")]),
        ("Prices may rise in the coming days.", DCT, [("the coming days", "DURATION", "PXD")]),
        ("She fears a loss in the coming election.", DCT, []),
        ("Rates should stay low in the near term.", DCT, [("the near term", "DATE", "FUTURE_REF")]),
        ("A letter from Easter Seals urged action.", DCT, []),
        ("The Good Friday Agreement ended the conflict.", DCT, []),
        ("Her peak came the last week of October.", date(2016, 5, 2), [("the last week of October", "DATE", "2015-W44")]),
        ("Prisoners were taken in the first hours of the war.", DCT, [("the first hours", "DURATION", "PTXH")]),
        ("It struggled in the early years of the republic.", DCT, [("the early years", "DURATION", "PXY")]),
    ],
)
def test_round_5_rules(sentence: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence, dct) == expected


def test_parts_of_the_current_year_and_month_cover_their_part() -> None:
    [t] = find_timexes("It plans to file toward the end of the year.", DCT)
    assert (t.value, t.date_start, t.date_end) == ("2025", date(2025, 10, 1), date(2025, 12, 31))
    [t] = find_timexes("It plans to file by the end of the year.", DCT)  # a deadline on its last day (round 18)
    assert (t.value, t.date_start, t.date_end) == ("2025", date(2025, 12, 31), date(2025, 12, 31))
    [t] = find_timexes("It plans to file by the end of this month.", DCT)  # a deadline on its last day (round 8)
    assert (t.value, t.date_start, t.date_end) == ("2025-01", date(2025, 1, 31), date(2025, 1, 31))
    [t] = find_timexes("Prices rose through the end of this month.", DCT)
    assert (t.value, t.date_start, t.date_end) == ("2025-01", date(2025, 1, 31), date(2025, 1, 31))


def test_an_indefinite_weekday_has_no_date() -> None:
    assert tags("Clients do not leave over one bad Tuesday.") == [("Tuesday", "DATE", "XXXX-WXX-2")]
    assert tags("They held a rally Saturday.") == [("Saturday", "DATE", "2025-01-25")]


def test_a_past_verb_right_after_the_day_puts_it_in_the_past() -> None:
    assert tags("Ahead of the minister's trip, the embassy on Sunday issued a warning.") == [
        ("Sunday", "DATE", "2025-01-26")]


FRIDAY = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a schedule word after a past verb of its clause is a noun: "had filed their reports by Wednesday" is past
        ("The auditors had filed their reports by Wednesday.", [("Wednesday", "DATE", "2026-03-18")]),
        ("Orland Foods, which reports results on Wednesday, fell.", [("Wednesday", "DATE", "2026-03-25")]),
        # "next week" earlier in the sentence does not move a weekday that a past verb tells
        ("The envoy will fly to Lima next week, aides said on Friday.",
         [("next week", "DATE", "2026-W13"), ("Friday", "DATE", "2026-03-20")]),
        # a date opening its sentence takes the future of its main clause's first verb
        ("On Monday, the Zentral board will announce its decision.", [("Monday", "DATE", "2026-03-23")]),
        ("On Tuesday, a growers' group plans to march downtown.", [("Tuesday", "DATE", "2026-03-24")]),
        ("On Monday, the board said it will announce a decision.", [("Monday", "DATE", "2026-03-16")]),
        ("On Monday, the board was expected to vote.", [("Monday", "DATE", "2026-03-16")]),
        # "the previous Friday" counts back from the day the text is at
        ("Vellin stock closed on Wednesday below its level of the previous Friday.",
         [("Wednesday", "DATE", "2026-03-18"), ("the previous Friday", "DATE", "2026-03-13")]),
        ("The strike began on Tuesday and ended the following Friday.",
         [("Tuesday", "DATE", "2026-03-17"), ("the following Friday", "DATE", "2026-03-20")]),
        # "midnight on Sunday" is one time of that day
        ("The walkout ended at midnight on Sunday.", [("midnight on Sunday", "TIME", "2026-03-15T24:00")]),
    ],
)
def test_round_9_weekday_rules(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence, FRIDAY) == expected


def test_the_past_year_is_a_duration_like_the_past_two_years() -> None:
    assert tags("Brenner Labs has doubled its staff over the past year.") == [("the past year", "DURATION", "P1Y")]
    assert tags("Its lead has narrowed in the last year.") == [("the last year", "DURATION", "P1Y")]
    assert tags("Prices rose over the past two years.") == [("the past two years", "DURATION", "P2Y")]
    assert tags("Prices rose last year.") == [("last year", "DATE", "2024")]


def test_a_forecast_and_coming_into_force_are_ahead() -> None:
    assert tags("The storm is forecast to reach the coast on Sunday morning.", FRIDAY) == [
        ("Sunday morning", "TIME", "2026-03-22TMO")]
    assert tags("The new Tarrow rules come into force in January.", FRIDAY) == [("January", "DATE", "2027-01")]
    assert tags("The new Tarrow rules came into force in January.", FRIDAY) == [("January", "DATE", "2026-01")]


def test_coming_months_without_a_determiner_is_the_future() -> None:
    assert tags("Corvane's margins should widen in coming months.") == [("coming months", "DATE", "FUTURE_REF")]
    assert tags("Orders point to weaker sales in coming quarters.") == [("coming quarters", "DATE", "FUTURE_REF")]
    assert tags("Troops will arrive in the coming weeks.") == [("the coming weeks", "DURATION", "PXW")]
    assert tags("He is coming home.") == []


def test_a_hyphened_duration_before_its_noun_leaves_out_the_article() -> None:
    assert tags("The 18-month inquiry into Delmar Bank ended.") == [("18-month", "DURATION", "P18M")]
    assert tags("It was the first of the two-day talks.") == [("two-day", "DURATION", "P2D")]
    assert tags("Sales fell in the past two years.") == [("the past two years", "DURATION", "P2Y")]


def test_a_half_of_a_decade_is_the_decade() -> None:
    assert tags("The town grew fast in the last half of the '70s.", date(1989, 10, 26)) == [
        ("the last half of the '70s", "DATE", "197")]
    assert tags("Prices rose in the first half of the 1990s.") == [("the first half of the 1990s", "DATE", "199")]
    assert tags("Prices rose in the first half of 1990.") == [("the first half of 1990", "DATE", "1990-H1")]


def test_the_past_before_a_count_is_no_time() -> None:
    assert tags("Turnout fell in the past three polls in Velden County.") == []
    assert tags("The club has won five of the past eight finals.") == []
    assert tags("In the past, the firm paid more.") == [("the past", "DATE", "PAST_REF")]
    assert tags("The past three weeks were hard.") == [("The past three weeks", "DURATION", "P3W")]


MAY = date(2026, 5, 12)


def test_a_season_still_ahead_told_in_the_present_is_the_coming_one() -> None:
    assert tags("The Orvale party could lose its majority in the fall.", MAY) == [("the fall", "DATE", "2026-FA")]
    assert tags("The dispute could drag on into the spring.", date(2026, 2, 9)) == [("the spring", "DATE", "2026-SP")]
    assert tags("Sales rose in the fall.", MAY) == [("the fall", "DATE", "2025-FA")]
    assert tags("Sales have risen since the fall.", MAY) == [("the fall", "DATE", "2025-FA")]
    assert tags("Crowds cheered the fall of the old regime.", MAY) == []
    assert tags("It happened in the fall of 2011.", MAY) == [("the fall of 2011", "DATE", "2011-FA")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the present of a scheduled trip, match or session is the coming day
        ("The Ostrava coach travels to Lima on Wednesday.", [("Wednesday", "DATE", "2026-03-25")]),
        ("The Harlow side plays Kenton on Sunday.", [("Sunday", "DATE", "2026-03-22")]),
        ("The Calder fund's year, which ends June 30, looks weak.", [("June 30", "DATE", "2026-06-30")]),
        ("The Harlow side played Kenton on Sunday.", [("Sunday", "DATE", "2026-03-15")]),
        ("The mayor continues to argue, as she did in a Sunday speech, that taxes must rise.",
         [("Sunday", "DATE", "2026-03-15")]),
        # "as early as" / "as soon as" after a modal: the earliest of what may come
        ("Officials said the Perrin plant could reopen as early as Tuesday.", [("Tuesday", "DATE", "2026-03-24")]),
        ("The problems began as early as Tuesday.", [("Tuesday", "DATE", "2026-03-17")]),
        # "later Monday" in a text dated a day after it is that Monday
        ("He speaks later Thursday.", [("later Thursday", "DATE", "2026-03-19")]),
    ],
)
def test_round_9_scheduled_present_and_earliest_days(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert tags(sentence, FRIDAY) == expected


def test_a_deferral_and_a_dated_copula_name_a_coming_month() -> None:
    assert tags("The Ferrol hearing was postponed to May.", FRIDAY) == [("May", "DATE", "2026-05")]
    assert tags("The runoff is in November.", FRIDAY) == [("November", "DATE", "2026-11")]
    assert tags("The runoff was in November.", FRIDAY) == [("November", "DATE", "2025-11")]
    assert tags("The talks collapsed in December.", FRIDAY) == [("December", "DATE", "2025-12")]


def test_halves_quarters_of_the_year_and_fractions() -> None:
    assert tags("Growth should pick up in the second half of the year.", FRIDAY) == [
        ("the second half of the year", "DATE", "2026-H2")]
    assert tags("The Arlen fund grew faster in the third quarter of the year.", date(2026, 1, 4)) == [
        ("the third quarter of the year", "DATE", "2025-Q3")]
    assert tags("Sales fell in the first quarter of last year.", FRIDAY) == [
        ("the first quarter of last year", "DATE", "2025-Q1")]
    assert tags("He left the Talbot board a year and a half ago.", FRIDAY) == [
        ("a year and a half ago", "DATE", "2024-09")]
    assert tags("The meeting lasted half an hour.", FRIDAY) == [("half an hour", "DURATION", "PT30M")]


def test_should_is_a_future_cue_and_a_relative_clause_keeps_its_own_tense() -> None:
    assert tags("Growth should pick up in November.", FRIDAY) == [("November", "DATE", "2026-11")]
    assert tags("Vessel Labs said Saturday would have been the founder's 90th birthday.", date(2026, 3, 22)) == [
        ("Saturday", "DATE", "2026-03-21")]
    assert tags("He will meet the envoys who arrived on Monday.", FRIDAY) == [("Monday", "DATE", "2026-03-16")]
    assert tags("Her brother, who could land in the U.K. as early as Tuesday, waited.", FRIDAY) == [
        ("Tuesday", "DATE", "2026-03-24")]


def test_the_day_before_in_apposition_names_the_day_just_stated() -> None:
    found = tags("The index peaked on Sept. 8, the day before the Marlow crash.", date(2025, 9, 30))
    assert found == [("Sept. 8", "DATE", "2025-09-08"), ("the day before", "DATE", "2025-09-08")]
    found = tags("The firm last traded on May 6, the day before regulators froze its accounts.", date(2025, 5, 20))
    assert found == [("May 6", "DATE", "2025-05-06"), ("the day before", "DATE", "2025-05-06")]
    assert tags("Shares fell on Sept. 9. The day before, they had risen.", date(2025, 9, 30))[-1] == (
        "The day before", "DATE", "2025-09-08")


def test_today_is_the_eighth_day_names_a_day() -> None:
    assert tags("Residents say today is the eighth day without power in Kestova.", FRIDAY) == [
        ("today", "DATE", "2026-03-20"), ("the eighth day", "DATE", "2026-03-20")]
    assert tags("It's the second day of the strike at the port.", FRIDAY) == [("the second day", "DATE", "2026-03-20")]
    assert tags("It was the first time in years.", FRIDAY) == [("years", "DURATION", "PXY")]


def test_a_past_verb_before_a_days_event_and_a_report_noun() -> None:
    # the Monday 9 November is the publication date
    assert tags('Dr. Alden described that report Friday as "a fabrication."', date(2026, 11, 9)) == [
        ("Friday", "DATE", "2026-11-06")]
    assert tags("Varga, who had said he would cut taxes, spoke at a Saturday rally about other things.",
                date(2026, 11, 9)) == [("Saturday", "DATE", "2026-11-07")]
    assert tags("Varga will speak at a Saturday rally.", date(2026, 11, 9)) == [("Saturday", "DATE", "2026-11-14")]


def test_a_present_condition_and_a_sentence_opening_and_on_look_ahead() -> None:
    saturday = date(2026, 4, 4)
    assert tags("If Dorran takes the county vote Tuesday, he leads.", saturday) == [("Tuesday", "DATE", "2026-04-07")]
    assert tags("If he builds on his Tuesday victories, he leads.", saturday) == [("Tuesday", "DATE", "2026-03-31")]
    assert tags("If the bill passed on Tuesday, nobody noticed.", saturday) == [("Tuesday", "DATE", "2026-03-31")]
    assert tags("And on Monday, the Lisle group will hold a rally.", saturday) == [("Monday", "DATE", "2026-04-06")]


def test_a_modal_of_possibility_or_lets_looks_ahead_when_nothing_past_intervenes() -> None:
    march = date(2026, 3, 22)
    assert tags("Members want a leader who can win the runoff in November.", march) == [
        ("November", "DATE", "2026-11")]
    assert tags("“Let’s finish the job in November,” she said.", march) == [("November", "DATE", "2026-11")]
    assert tags("The merger might lift profits in November.", march) == [("November", "DATE", "2026-11")]
    assert tags("You can check that it was filed on June 3.", march) == [("June 3", "DATE", "2025-06-03")]
    assert tags("The chaotic February auction hurt him, and you can tell.", march) == [("February", "DATE", "2026-02")]


# Round 10 (TIMEX3 values following the TimeML guidelines; invented sentences).


def test_an_ordinal_quarter_is_not_read_inside_quarterly_and_plural_quarters_are_a_set() -> None:
    assert tags("Brackley Tools posted its first quarterly loss in years.") == [("years", "DURATION", "PXY")]
    assert tags("Most of Ferris Co.'s sales usually come in the second and fourth quarters.") == [
        ("fourth quarters", "SET", "XXXX-Q4")]
    assert tags("Profit fell in the fourth quarter.") == [("the fourth quarter", "DATE", "2024-Q4")]


def test_future_before_a_plural_unit_and_then_current() -> None:
    assert tags("The credits will cut Orvane's tax bill in future years.") == [("future years", "DATE", "FUTURE_REF")]
    assert tags("Orvane said future losses would be small.") == []
    assert tags("Holders could buy stock at a discount to the then-current price.") == [("then-current", "DATE", "PAST_REF")]
    assert tags("Holders could buy stock at a discount to the then current price.") == [("then current", "DATE", "PAST_REF")]
    assert tags("Holders can buy stock at a discount to the current price.") == [("current", "DATE", "PRESENT_REF")]


def test_common_irregular_past_verbs_put_a_yearless_season_or_day_behind() -> None:
    march = date(2013, 3, 22)  # a Friday
    assert tags("The Pellan family spent the summer in Spain.", march) == [("the summer", "DATE", "2012-SU")]
    assert tags("The Pellan family will spend the summer in Spain.", march) == [("the summer", "DATE", "2013-SU")]
    assert tags("Ferro rebuilt its plant in the fall.", march) == [("the fall", "DATE", "2012-FA")]
    assert tags("Ferro rebuilds its plant in the fall.", march) == [("the fall", "DATE", "2013-FA")]


def test_daily_or_weekly_naming_a_newspaper_is_no_set() -> None:
    assert tags("The ruling party daily Vorwaarts praised the plan.") == []
    assert tags("Ministers told the Lisbon daily that the plan was dead.") == []
    assert tags("The business weekly said profits fell.") == []
    assert tags("She spoke to the Harlow Daily Courier.") == []
    assert tags("Protesters rallied daily outside the ministry.") == [("daily", "SET", "P1D")]
    assert tags("Bram dropped out of the weekly Harlow Poll rankings.") == [("weekly", "SET", "P1W")]
    assert tags("The daily briefing was cancelled.") == [("daily", "SET", "P1D")]


def test_a_part_of_day_before_of_and_a_day_is_not_dated_by_the_publication_date() -> None:
    march = date(2013, 3, 22)
    assert tags("Marra proposed a debate on the evening of May 9.", march) == [("May 9", "DATE", "2012-05-09")]
    assert tags("On the morning of Feb. 17 the Velden mayor resigned.", march) == [("Feb. 17", "DATE", "2013-02-17")]
    assert tags("The fire began on the night of the storm.", march) == []
    assert tags("The Velden mayor resigned this morning.", march) == [("this morning", "TIME", "2013-03-22TMO")]


def test_a_schedule_word_followed_by_a_past_verb_is_a_noun() -> None:
    wednesday = date(2013, 3, 20)
    assert tags("The vote, which took place Tuesday, was close.", wednesday) == [("Tuesday", "DATE", "2013-03-19")]
    assert tags("Radio host Dana Kell spoke bluntly Tuesday.", wednesday) == [("Tuesday", "DATE", "2013-03-19")]
    assert tags("Lawmakers vote on the Kell bill on Thursday.", wednesday) == [("Thursday", "DATE", "2013-03-21")]
    assert tags("Velden, which reports results on Friday, fell 2%.", wednesday) == [("Friday", "DATE", "2013-03-22")]


def test_waiting_for_a_weekdays_report_and_heading_to_the_polls_look_ahead() -> None:
    wednesday = date(2013, 3, 20)
    assert tags("Investors in Velden are waiting for Friday's jobs report.", wednesday) == [
        ("Friday", "DATE", "2013-03-22")]
    assert tags("Investors in Velden waited for Friday's jobs report.", wednesday) == [("Friday", "DATE", "2013-03-15")]
    assert tags("Voters in Velden head to the polls on Sunday.", wednesday) == [("Sunday", "DATE", "2013-03-24")]


def test_a_day_heading_its_sentence_before_a_present_verb_is_the_coming_one() -> None:
    monday = date(2013, 3, 18)
    assert tags("Wednesday marks the tenth anniversary of the Velden accord.", monday) == [
        ("Wednesday", "DATE", "2013-03-20")]
    assert tags("Friday is the deadline for bids on Ferro.", monday) == [("Friday", "DATE", "2013-03-22")]
    assert tags("Friday was the deadline for bids on Ferro.", monday) == [("Friday", "DATE", "2013-03-15")]
    assert tags("Sunday brings a new test for the Velden coalition.", monday) == [("Sunday", "DATE", "2013-03-24")]


def test_a_day_closing_a_quoted_title_is_a_name() -> None:
    assert tags("Marra said so in an interview with “Velden News Sunday.” Aides agreed.") == []
    assert tags("She was asked three times on ''Harlow Report Friday'' about the plan.") == []
    assert tags("“We will vote on Sunday,” Marra said.") == [("Sunday", "DATE", "2025-02-02")]
    assert tags("Marra told Velden News Sunday that the plan was dead.") == [("Sunday", "DATE", "2025-01-26")]


def test_more_present_tense_schedule_verbs_look_ahead() -> None:
    wednesday = date(2013, 3, 20)
    assert tags("The court, which hears the Ferro case on Monday, declined to comment.", wednesday) == [
        ("Monday", "DATE", "2013-03-25")]
    assert tags("The Velden president leaves for Asia on Sunday.", wednesday) == [("Sunday", "DATE", "2013-03-24")]
    assert tags("The Ferro tender offer closes on Friday.", wednesday) == [("Friday", "DATE", "2013-03-22")]
    assert tags("The Velden president left for Asia on Sunday.", wednesday) == [("Sunday", "DATE", "2013-03-17")]


def test_a_day_opening_its_sentence_before_a_present_schedule_verb_is_the_coming_one() -> None:
    monday = date(2016, 3, 21)
    assert tags("On Tuesday, Velden voters vote in three counties.", monday) == [("Tuesday", "DATE", "2016-03-22")]
    assert tags("On Tuesday, Velden voters voted in three counties.", monday) == [("Tuesday", "DATE", "2016-03-15")]
    assert tags("On Friday night, at the Velden hall, Marra let Kell speak before her.", monday) == [
        ("Friday night", "TIME", "2016-03-18TNI")]


def test_a_fortnight_is_two_weeks() -> None:
    wednesday = date(2013, 3, 20)
    assert tags("The Velden talks resume in a fortnight.", wednesday) == [("a fortnight", "DURATION", "P2W")]
    assert tags("Marra left Velden a fortnight ago.", wednesday) == [("a fortnight ago", "DATE", "2013-03-06")]
    assert tags("The strike lasted two fortnights.", wednesday) == [("two fortnights", "DURATION", "P4W")]


def test_fractions_of_decades_and_centuries_and_n_and_a_half_units() -> None:
    assert tags("The Velden feud has lasted half a century.") == [("half a century", "DURATION", "P50Y")]
    assert tags("Ferro survived half a decade of lawsuits.") == [("half a decade", "DURATION", "P5Y")]
    assert tags("The Velden feud lasted a decade and a half.") == [("a decade and a half", "DURATION", "P15Y")]
    assert tags("The Ferro trial took two and a half years.") == [("two and a half years", "DURATION", "P2Y6M")]
    assert tags("Each Velden hearing lasts one and a half hours.") == [("one and a half hours", "DURATION", "PT1H30M")]
    assert tags("Ferro was founded two and a half years ago.") == [("two and a half years ago", "DATE", "2022-07")]
    assert tags("The Velden pact was signed half a century ago.") == [("half a century ago", "DATE", "1975")]


def test_a_spelled_out_decade_after_the_is_a_decade_but_not_an_age_or_a_temperature() -> None:
    assert tags("Velden grew fast in the mid-Nineties.") == [("the mid-Nineties", "DATE", "199")]
    assert tags("Songs of the sixties filled the Ferro hall.") == [("the sixties", "DATE", "196")]
    assert tags("Marra is in her sixties.") == []
    assert tags("Temperatures in Velden reached the nineties.") == []


def test_the_first_half_of_a_century_is_one_expression_valued_as_the_century() -> None:
    assert tags("Velden grew through the first half of the 20th century.") == [
        ("the first half of the 20th century", "DATE", "19")]


def test_a_time_alone_on_its_line_is_a_live_blog_stamp_of_the_publication_day() -> None:
    text = ("The Latest on the Velden vote (all times local):\n\n9:10 p.m.\n\nMarra says the race goes on to June 14."
            "\n\n___.\n\n8:35 p.m.\n\nKell concedes.")
    assert tags(text, date(2016, 4, 14)) == [
        ("9:10 p.m.", "TIME", "2016-04-14T21:10"), ("June 14", "DATE", "2016-06-14"),
        ("8:35 p.m.", "TIME", "2016-04-14T20:35")]
    assert tags("Marra spoke on June 14. At 9 p.m. she left.", date(2016, 4, 14))[-1] == (
        "9 p.m.", "TIME", "2015-06-14T21:00")


def test_in_the_next_week_does_not_move_a_weekday_of_its_sentence_to_next_week() -> None:
    monday = date(2016, 9, 5)
    assert tags("In the next week the Velden board meets on Wednesday.", monday) == [
        ("the next week", "DURATION", "P1W"), ("Wednesday", "DATE", "2016-09-07")]
    assert tags("Next week the Velden board meets on Wednesday.", monday) == [
        ("Next week", "DATE", "2016-W37"), ("Wednesday", "DATE", "2016-09-14")]


def test_plans_before_a_preposition_is_a_noun_and_a_stretch_until_a_month_that_ended_is_past() -> None:
    august = date(2016, 8, 23)
    assert tags("Marra changed her travel plans in October.", august) == [("October", "DATE", "2015-10")]
    assert tags("Velden plans to list its shares in October.", august) == [("October", "DATE", "2016-10")]
    assert tags("The Kell campaign had been paying $21,000 a month for the space until May.", august)[-1] == (
        "May", "DATE", "2016-05")
    assert tags("Marra remained in the race until June.", august) == [("June", "DATE", "2016-06")]
    assert tags("The Velden rule stays in force until May.", august) == [("May", "DATE", "2017-05")]


def test_a_contracted_will_after_its_word_looks_ahead() -> None:
    february = date(2016, 2, 17)  # a Wednesday
    assert tags("“I'll back Marra at the party congress in July.”", february) == [
        ("July", "DATE", "2016-07")]
    assert tags("“We’ll hold talks on Friday in Velden,” Kell said.", february) == [("Friday", "DATE", "2016-02-19")]


def test_a_date_modifying_a_noun_before_a_future_verb_looks_ahead() -> None:
    march = date(2016, 3, 2)
    assert tags("The wins raised the odds that the November election will pit Marra against Kell.", march) == [
        ("November", "DATE", "2016-11")]
    assert tags("The wins showed that the February election was close.", march) == [("February", "DATE", "2016-02")]


def test_a_day_opening_its_sentence_does_not_read_the_sentence_before() -> None:
    tuesday = date(2015, 12, 22)
    assert tags("Marra plans to speak in Velden.  Monday, Marra held a call with donors.", tuesday) == [
        ("Monday", "DATE", "2015-12-21")]


def test_a_schedule_word_or_plans_used_as_a_noun_does_not_look_ahead() -> None:
    thursday = date(2016, 7, 14)
    assert tags("Velden hid the breach, according to a parliamentary report on Wednesday.", thursday) == [
        ("Wednesday", "DATE", "2016-07-13")]
    assert tags("Kell praised the vote during a visit to Velden on Friday.", date(2016, 6, 26)) == [
        ("Friday", "DATE", "2016-06-24")]
    assert tags("Aides met Wednesday on plans for a new advertising push.", thursday) == [
        ("Wednesday", "DATE", "2016-07-13")]
    assert tags("The Velden board meets on Monday.", thursday) == [("Monday", "DATE", "2016-07-18")]


def test_wont_is_a_future_cue_and_will_have_is_not_a_counterfactual() -> None:
    wednesday = date(2015, 12, 16)
    assert tags("Traders won't get a bounce in Velden shares Wednesday or Thursday.", wednesday) == [
        ("Wednesday", "DATE", "2015-12-16"), ("Thursday", "DATE", "2015-12-17")]
    assert tags("Velden will have another big win in its June 9 vote.", date(2016, 3, 23)) == [
        ("June 9", "DATE", "2016-06-09")]
    assert tags("Marra would have voted on Tuesday.", wednesday) == [("Tuesday", "DATE", "2015-12-15")]


def test_this_weekend_from_thursday_on_and_the_weekend_ahead_on_a_sunday() -> None:
    assert tags("The result set up another Kell win this weekend.", date(2016, 4, 15)) == [
        ("this weekend", "DATE", "2016-W15-WE")]
    assert tags("Kell said he expects the deal to be signed over the weekend.", date(2016, 5, 29)) == [
        ("the weekend", "DATE", "2016-W21-WE")]
    assert tags("This weekend, Marra complained about the debate.", date(2015, 12, 23)) == [
        ("This weekend", "DATE", "2015-W51-WE")]


def test_two_years_joined_by_a_hyphen_are_two_years() -> None:
    assert tags("Marra ran the Velden agency from 2006-2011.") == [("2006", "DATE", "2006"), ("2011", "DATE", "2011")]
    assert tags("Call the Velden desk at 555-2013.") == []
    assert tags("Kell expects growth of 2013-2014% a year.") == []  # no year (and the rate is left unmarked)


def test_a_modal_passive_looks_ahead_and_a_periods_earnings_stay_behind() -> None:
    january = date(2025, 1, 17)
    assert tags("The Velden feud may finally be settled at a court hearing the week of March 11.", january) == [
        ("the week of March 11", "DATE", "2025-W11")]
    assert tags("Ferro said its third-quarter results will be weak.", january) == [
        ("third-quarter", "DATE", "2024-Q3")]


def test_may_looks_ahead_like_might_but_not_the_month() -> None:
    january = date(2025, 1, 17)
    assert tags("Officials said the Velden talks may resume on Monday.", january) == [("Monday", "DATE", "2025-01-20")]
    assert tags("Kell ran a poll taken from May 11 through Sunday.", date(2016, 5, 27)) == [
        ("May 11", "DATE", "2016-05-11"), ("Sunday", "DATE", "2016-05-22")]


def test_a_cue_opening_the_sentence_is_weighed_against_the_whole_main_clause() -> None:
    friday = date(2016, 6, 17)
    assert tags("Until Monday's merger news, Velden and Ferro shares were cheap by every measure we know.", friday) == [
        ("Monday", "DATE", "2016-06-13")]
    assert tags("Until Monday's vote, Velden lawmakers will keep talking.", friday) == [("Monday", "DATE", "2016-06-20")]


def test_a_plan_word_before_a_noun_leaves_the_date_to_the_past_verb_of_its_clause() -> None:
    wednesday = date(2026, 9, 23)
    assert tags("The regulator blocked the company's planned merger with Veltra on Tuesday.", wednesday) == [
        ("Tuesday", "DATE", "2026-09-22")]
    assert tags("Shareholders approved the proposed buyout on Tuesday.", wednesday) == [("Tuesday", "DATE", "2026-09-22")]
    # still a plan: no past verb, or a future one after the date
    assert tags("Investors await the planned vote on Tuesday.", wednesday) == [("Tuesday", "DATE", "2026-09-29")]
    assert tags("The company said its planned listing on Tuesday would raise $1 billion.", wednesday) == [
        ("Tuesday", "DATE", "2026-09-29")]



def test_the_two_months_of_a_range_are_in_order() -> None:
    # in an April article, July alone in a present-tense clause is last July; after "between May and" it is the July
    # after that May
    dct = date(2031, 4, 15)
    assert tags("Orvane expects a ruling between May and July.", dct) == [("May", "DATE", "2031-05"), ("July", "DATE", "2031-07")]
    # a range told in the past moves its first month back instead
    assert tags("Output rose from April to June.", dct) == [("April", "DATE", "2030-04"), ("June", "DATE", "2030-06")]
    # a range over the turn of a year; "March" after a month and a dash is the month
    assert tags("Sales ran from November to February.", dct) == [
        ("November", "DATE", "2030-11"), ("February", "DATE", "2031-02")]
    assert tags("Keel will publish January-March sales in late April.", date(2031, 1, 20))[:2] == [
        ("January", "DATE", "2031-01"), ("March", "DATE", "2031-03")]
    # "and" without "between" or "from" joins no range
    assert tags("Keel shares fell in April and in July.", dct) == [
        ("April", "DATE", "2031-04"), ("July", "DATE", "2030-07")]


def test_a_quarter_named_by_its_last_month() -> None:
    assert tags("Keel's September-quarter sales were flat.") == [("September-quarter", "DATE", "2024-Q3")]
    assert tags("How grocers fared in the September quarter") == [("September quarter", "DATE", "2024-Q3")]
    # the end of a range of months stays a month; a month that ends no calendar quarter too
    assert tags("Profit for the July-September quarter dropped.") == [
        ("July", "DATE", "2024-07"), ("September", "DATE", "2024-09")]
    assert tags("Sales in the November quarter rose.") == [("November", "DATE", "2024-11")]


def test_a_present_condition_after_the_date_tells_the_future() -> None:
    dct = date(2031, 3, 12)
    # June alone in a present-tense clause is last June; with "if" and a present condition after it, the coming one
    assert tags("We have the money to open a plant in June if demand holds.", dct) == [("June", "DATE", "2031-06")]
    assert tags("Keel closed the plant in June if the records are right.", dct) == [("June", "DATE", "2030-06")]


def test_could_looks_ahead_and_a_thousands_separator_is_no_clause_break() -> None:
    monday = date(2026, 7, 13)
    assert tags("The operator said demand could reach a record 89,400 megawatts on Wednesday.", monday) == [
        ("Wednesday", "DATE", "2026-07-15")]
    assert tags("The operator said demand could reach a record on Wednesday afternoon.", monday) == [
        ("Wednesday afternoon", "TIME", "2026-07-15TAF")]
    assert tags("The shares could not recover on Monday.", monday) == [("Monday", "DATE", "2026-07-13")]


# Round 12 (TIMEX3 values; invented sentences).


def test_by_a_day_opening_a_past_sentence_is_the_day_passed() -> None:
    monday = date(2031, 9, 15)
    assert tags("By Friday, with a buyer lined up, Keel shares had won back half the loss.", monday) == [
        ("Friday", "DATE", "2031-09-12")]
    # a deadline still ahead keeps its coming day
    assert tags("By Friday, the board must decide on the offer.", monday) == [("Friday", "DATE", "2031-09-19")]
    assert tags("Keel said the filing was due by Friday.", monday) == [("Friday", "DATE", "2031-09-19")]


def test_a_future_verb_joined_after_a_past_one_leaves_its_day_past() -> None:
    tuesday = date(2031, 7, 15)
    assert tags("Lorvane gained after it reported it had idled its smelter on Monday evening and would "
                "receive a grid payment.", tuesday) == [("Monday evening", "TIME", "2031-07-14TEV")]
    # a present schedule verb before "and will" still looks ahead
    assert tags("Keel reports on Thursday and will hold a call.", tuesday) == [("Thursday", "DATE", "2031-07-17")]


def test_a_range_of_weekdays_is_in_order() -> None:
    monday = date(2031, 7, 14)
    # "from" opening a stretch is no past preposition; the end of the stretch follows its start
    assert tags("The weather service said a cold snap could cut lows to minus 20 from Tuesday through "
                "Thursday.", monday) == [("Tuesday", "DATE", "2031-07-15"), ("Thursday", "DATE", "2031-07-17")]
    # "from" alone still tells the past
    assert tags("Keel shares have fallen 9% from Friday.", monday) == [("Friday", "DATE", "2031-07-11")]


def test_a_clock_time_opening_a_range_is_on_the_day_its_end_names() -> None:
    tuesday = date(2031, 7, 15)
    found = tags("The city on Tuesday asked shops to dim their signs between 2 p.m. and 7 p.m. on Wednesday.",
                 tuesday)
    assert found == [("Tuesday", "DATE", "2031-07-15"), ("2 p.m.", "TIME", "2031-07-16T14:00"),
                     ("7 p.m. on Wednesday", "TIME", "2031-07-16T19:00")]


def test_a_weekday_in_the_infinitive_of_a_dated_request_comes_after_it() -> None:
    wednesday = date(2031, 7, 16)
    assert tags("The union on Wednesday urged members to walk out on Tuesday.", wednesday) == [
        ("Wednesday", "DATE", "2031-07-16"), ("Tuesday", "DATE", "2031-07-22")]
    # an infinitive of a verb that sends nothing ahead keeps the day before
    assert tags("On Wednesday, Keel said it had tried to reach the buyer on Monday.", wednesday) == [
        ("Wednesday", "DATE", "2031-07-16"), ("Monday", "DATE", "2031-07-14")]


def test_looking_to_a_day_in_the_possessive_is_the_coming_one() -> None:
    friday = date(2031, 3, 14)
    assert tags("Dealers are now looking to Thursday's bond auction.", friday) == [
        ("now", "DATE", "PRESENT_REF"), ("Thursday", "DATE", "2031-03-20")]
    assert tags("Investors are bracing for Tuesday's jobs data.", friday) == [("Tuesday", "DATE", "2031-03-18")]
    # without such a word the possessive day is the last one
    assert tags("Traders digested Wednesday's rate decision.", friday) == [("Wednesday", "DATE", "2031-03-12")]


def test_a_day_and_a_month_after_from_are_a_range_in_order() -> None:
    friday = date(2031, 3, 14)
    found = find_timexes("The review of the branch network runs from May 3 to the end of August.", friday)
    assert [(t.text, t.value) for t in found] == [("May 3", "2031-05-03"), ("the end of August", "2031-08")]
    assert found[1].date_end == date(2031, 8, 31)
    # no "from" or "between": a day and a month are no range ("a revision Friday to March's figures")
    assert tags("After a revision Friday to February's figures, payrolls look weaker.", friday)[1] == (
        "February", "DATE", "2031-02")


def test_before_the_end_of_a_month_is_its_last_day() -> None:
    found = find_timexes("The regulator said its ruling would not come before the end of the month.", date(2031, 9, 16))
    assert [(t.text, t.value, t.date_start, t.date_end) for t in found] == [
        ("the end of the month", "2031-09", date(2031, 9, 30), date(2031, 9, 30))]
    found = find_timexes("No verdict is due before end-October.", date(2031, 10, 17))
    assert [(t.date_start, t.date_end) for t in found] == [(date(2031, 10, 31), date(2031, 10, 31))]


def test_a_past_verb_with_a_particle_dates_its_day_past() -> None:
    monday = date(2031, 10, 13)
    assert tags("The union said drivers would stop work after wage talks broke down on Friday.", monday) == [
        ("Friday", "DATE", "2031-10-10")]
    # a subordinate clause without a past verb keeps the cue's future
    assert tags("The union will strike after the vote on Friday.", monday) == [("Friday", "DATE", "2031-10-17")]


def test_a_stretch_starting_on_a_weekday_starts_on_the_coming_one() -> None:
    monday = date(2031, 10, 13)
    assert tags("Shares fell after the union called a two-week walkout beginning Thursday.", monday) == [
        ("two-week", "DURATION", "P2W"), ("Thursday", "DATE", "2031-10-16")]
    assert tags("Shares fell after the strike began on Wednesday.", monday) == [("Wednesday", "DATE", "2031-10-08")]
    # an adverbial "beginning on" after a past verb is no stretch named ahead
    assert tags("The new roster was agreed beginning on Sunday in talks at a hotel.", monday) == [
        ("Sunday", "DATE", "2031-10-12")]


def test_a_day_between_a_verb_of_saying_and_its_that_clause_is_the_telling() -> None:
    thursday = date(2031, 1, 16)
    assert tags("Vance told a local paper on Wednesday that the remark was a joke.", thursday) == [
        ("Wednesday", "DATE", "2031-01-15")]
    assert tags("Keel will tell investors on Monday that it is closing the mill.", thursday) == [
        ("Monday", "DATE", "2031-01-20")]
    # a relative "that" after the date is no complement: "a convention in July that would elevate him"
    assert tags("Aides dismissed talk of a revolt at the party congress in July that would install a rival.",
                date(2031, 4, 12)) == [("July", "DATE", "2031-07")]


def test_a_title_word_and_a_quotation_do_not_send_a_day_ahead() -> None:
    monday = date(2031, 8, 4)
    # "Meet" in a programme's title is no present schedule verb
    assert tags("Marsh said on the programme ''Meet the Voters'' on Sunday that he would stay.", monday) == [
        ("Sunday", "DATE", "2031-08-03")]
    # a "will" inside the quotation after the date is the quotation's
    assert tags('Vance conceded at a town hall Monday night "it will be tough for us to catch up."',
                date(2031, 4, 30)) == [("Monday night", "TIME", "2031-04-28TNI")]


def test_a_relative_clause_in_the_past_after_the_day_dates_it_past() -> None:
    assert tags("The driver will be charged over the collision Sunday evening that injured six people.",
                date(2031, 12, 23)) == [("Sunday evening", "TIME", "2031-12-21TEV")]


def test_a_plan_told_in_the_past_is_the_nearest_such_day() -> None:
    thursday = date(2031, 4, 24)
    # "was going to", "was set to": a plan of the past, on either side of the publication date (here: yesterday)
    assert tags("He said he was going to return to the office on Wednesday morning.", thursday) == [
        ("Wednesday morning", "TIME", "2031-04-23TMO")]
    assert tags("The dinner, which Vance was set to host Friday in Lisle, costs $500 a seat.", thursday) == [
        ("Friday", "DATE", "2031-04-25")]
    # "is set to" stays a plan ahead
    assert tags("Vance is set to host a dinner on Wednesday.", thursday) == [("Wednesday", "DATE", "2031-04-30")]


def test_coming_off_an_event_is_just_after_it() -> None:
    assert tags("Vance is coming off a strong showing Thursday night.", date(2031, 3, 7)) == [
        ("Thursday night", "TIME", "2031-03-06TNI")]


def test_a_month_naming_the_period_a_report_covers_has_ended() -> None:
    dct = date(2031, 12, 1)
    assert tags("Bond dealers will get another clue on Friday with the November retail sales figures.", dct) == [
        ("Friday", "DATE", "2031-12-05"), ("November", "DATE", "2031-11")]
    # a month named for an event still ahead keeps its coming year
    assert tags("Voters will go to the polls in the November election.", date(2031, 6, 1)) == [
        ("November", "DATE", "2031-11")]


def test_a_past_verb_with_a_pronoun_object_dates_its_month_past() -> None:
    dct = date(2031, 1, 12)
    assert tags("The payments came to light only after a magazine asked about them in February.", dct) == [
        ("February", "DATE", "2030-02")]
    # a participle after a noun may name what is still ahead ("ads reserved in February"): next month stays
    assert tags("Most of the airtime booked in February comes from outside groups.", dct) == [
        ("February", "DATE", "2031-02")]


def test_more_words_that_look_ahead() -> None:
    dct = date(2031, 4, 6)
    assert tags("The contest is likely to end in June.", dct) == [
        ("June", "DATE", "2031-06")]
    assert tags("Loyal voters alone are not enough going into November.", dct) == [
        ("November", "DATE", "2031-11")]
    assert tags("They do not want to face her in November.", dct) == [("November", "DATE", "2031-11")]
    # "may have" as the verb of possession looks ahead; as a perfect it does not
    assert tags("He shrugged off any effect the scandal may have in November.", dct) == [
        ("November", "DATE", "2031-11")]
    assert tags("He may have voted in November.", dct) == [("November", "DATE", "2030-11")]


def test_a_spaced_dash_ends_the_clause_of_a_future_cue() -> None:
    assert tags("Vance has momentum heading into next month - so much so that he sounded upbeat on Tuesday.",
                date(2031, 4, 24)) == [("next month", "DATE", "2031-05"), ("Tuesday", "DATE", "2031-04-22")]


def test_a_vote_named_by_its_month_is_the_coming_one() -> None:
    dct = date(2031, 3, 1)
    assert tags("Island residents cannot take part in the November general election.", dct) == [
        ("November", "DATE", "2031-11")]
    assert tags("Investors fear a break-up of the alliance in a June referendum.", dct) == [("June", "DATE", "2031-06")]
    # told in the past: the one held
    assert tags("Vance won the county narrowly in February's primary.", date(2031, 4, 17)) == [
        ("February", "DATE", "2031-02")]


def test_the_next_week_in_the_possessive_is_a_date() -> None:
    assert tags("Vance has momentum going into the next week's primaries.", date(2031, 4, 24)) == [
        ("the next week", "DATE", "2031-W18")]
    assert tags("Over the next week, talks continue.", date(2031, 4, 24)) == [("the next week", "DURATION", "P1W")]


def test_looking_ahead_to_a_season_is_the_coming_one() -> None:
    assert tags("Looking ahead to the fall, Mr. Vance said little.", date(2031, 4, 23)) == [
        ("the fall", "DATE", "2031-FA")]


def test_could_be_reached_is_a_past_attempt() -> None:
    thursday = date(2031, 1, 9)
    assert tags("Neither the owner nor his lawyer could be reached Wednesday at their offices.", thursday) == [
        ("Wednesday", "DATE", "2031-01-08")]
    assert tags("The ruling could be handed down Wednesday.", thursday) == [("Wednesday", "DATE", "2031-01-15")]


def test_a_planned_event_in_a_past_sentence_is_the_past_one() -> None:
    assert tags("Vance swept into Lisle, Ohio, for a planned rally staged at a stadium on Wednesday.",
                date(2031, 3, 13)) == [("Wednesday", "DATE", "2031-03-12")]
    assert tags("Keel's planned merger will close on Tuesday.", date(2031, 3, 13)) == [("Tuesday", "DATE", "2031-03-18")]


def test_words_in_ed_that_are_no_past_verb() -> None:
    # "succeed" is no past verb between the modal and the month
    assert tags("Can she succeed in winning over young voters in November?", date(2031, 3, 7)) == [
        ("November", "DATE", "2031-11")]
    assert tags("Farmers said they were more likely to back the governor in November.", date(2031, 4, 22)) == [
        ("November", "DATE", "2031-11")]


def test_a_show_host_is_a_noun() -> None:
    assert tags("She recalled her remarks to a radio show host in May.", date(2031, 7, 27)) == [
        ("May", "DATE", "2031-05")]
    assert tags("Vance told talk-radio host Dee Lorne on Wednesday the field was weak.", date(2031, 2, 14)) == [
        ("Wednesday", "DATE", "2031-02-12")]
    # the verb keeps its schedule reading
    assert tags("The city hosts the summit in April.", date(2031, 7, 27)) == [("April", "DATE", "2032-04")]


def test_the_coming_or_past_weekend_is_one_weekend() -> None:
    tuesday = date(2031, 6, 17)
    assert tags("Aides were sent to Lisle for the coming weekend.", tuesday) == [
        ("the coming weekend", "DATE", "2031-W25-WE")]
    assert tags("Over the past weekend, talks stalled.", tuesday) == [("the past weekend", "DATE", "2031-W24-WE")]


def test_by_a_day_before_a_past_perfect_and_a_past_plan_late_in_a_day() -> None:
    monday = date(2031, 6, 16)
    assert tags("The plan was for a tax speech, but by late Sunday afternoon the text had been scrapped.", monday) == [
        ("late Sunday afternoon", "TIME", "2031-06-15TAF")]
    assert tags("The minister was scheduled to fly out late Sunday.", monday) == [
        ("late Sunday", "DATE", "2031-06-15")]


def test_a_future_inside_a_closed_quotation_and_a_past_main_clause_after_by() -> None:
    thursday = date(2031, 5, 1)
    assert tags("“We are going to win this,” Vance told supporters in Lisle on Tuesday as the results came in.", thursday) == [
        ("Tuesday", "DATE", "2031-04-29")]
    assert tags("By Wednesday afternoon, the ministry published figures that contradicted the claim.", date(2031, 1, 7)) == [
        ("Wednesday afternoon", "TIME", "2031-01-01TAF")]
    assert tags("By Wednesday, the board must decide.", date(2031, 1, 7)) == [("Wednesday", "DATE", "2031-01-08")]


# Round 13 (TIMEX3 values; invented sentences).

def test_a_month_in_the_infinitive_of_an_agreement_told_in_the_past_is_the_nearest() -> None:
    october = date(2031, 10, 30)
    # what is agreed comes after the agreeing: the coming February is nearer than the past one
    assert tags("Harlow Tools, which agreed to buy Penwick's pump line for $40.5 million in February, declined.",
                october) == [("February", "DATE", "2032-02")]
    assert tags("Orlan Bank announced an agreement to acquire the Dunmere, Ore., lender in January.", october) == [
        ("January", "DATE", "2032-01")]
    # a month nearer on the past side stays past; a plain past clause keeps the past month
    assert tags("Harlow Tools agreed to buy the pump line in August.", october) == [("August", "DATE", "2031-08")]
    assert tags("Harlow Tools bought the pump line in February.", october) == [("February", "DATE", "2031-02")]


def test_the_year_after_a_part_or_a_rank_is_the_year_of_the_text() -> None:
    day = date(2031, 10, 30)
    assert tags("Revenue fell 4% to $512.4 million through the first six months of the year.", day) == [
        ("the first six months", "DURATION", "P6M"), ("the year", "DATE", "2031")]
    assert tags("Harlow shares rose to a high for the year of $31.25 in June.", day) == [
        ("the year", "DATE", "2031"), ("June", "DATE", "2031-06")]
    assert tags("It was the largest deal of the year.", day) == [("the year", "DATE", "2031")]
    # an award is no date; "for the year" in a report keeps its reading
    assert tags("Dunmere's coach was named coach of the year.", day) == []
    assert tags("She was Time's Person of the Year.", day) == []
    assert tags("Revenue for the year rose 5%.", day) == [("the year", "DURATION", "P1Y")]


def test_a_weekday_in_the_infinitive_of_a_request_is_the_nearer_one() -> None:
    tuesday = date(2031, 7, 15)
    # what one is asked to do lies after the asking: the coming Wednesday, not the one six days back
    assert tags("The grid operator asked households to cut power use between 2 p.m. and 6 p.m. on Wednesday.", tuesday) == [
        ("2 p.m.", "TIME", "2031-07-16T14:00"), ("6 p.m. on Wednesday", "TIME", "2031-07-16T18:00")]
    assert tags("The mayor of Lisle urged residents to stay indoors on Friday.", tuesday) == [
        ("Friday", "DATE", "2031-07-18")]
    # a vote dates the voting; a day just past stays past; a day named before the request orders it
    assert tags("Ministers voted to back the plan Friday.", tuesday) == [("Friday", "DATE", "2031-07-11")]
    assert tags("The union told members to return to work on Monday.", tuesday) == [("Monday", "DATE", "2031-07-14")]
    # a past verb between the infinitive and the day dates the day
    assert tags("Her relatives, who asked police to show them the video, watched it on Thursday.", tuesday) == [
        ("Thursday", "DATE", "2031-07-10")]


def test_a_clock_time_with_its_time_zone_written_out_keeps_its_day() -> None:
    wednesday = date(2031, 3, 12)
    assert tags("The offer expires at 5 p.m. Eastern time on March 14.", wednesday) == [
        ("5 p.m. Eastern time on March 14", "TIME", "2031-03-14T17:00")]
    assert tags("The tender closes at 5 p.m. New York time on March 14.", wednesday) == [
        ("5 p.m. New York time on March 14", "TIME", "2031-03-14T17:00")]
    assert tags("The debate starts at 9 p.m. Eastern.", wednesday) == [("9 p.m. Eastern", "TIME", "2031-03-12T21:00")]
    # a capitalised word opening the next sentence is no time zone
    assert tags("They met at 6 p.m. This time, nobody came.", wednesday) == [("6 p.m.", "TIME", "2031-03-12T18:00")]


def test_the_quarter_in_a_clause_about_the_future_is_the_one_under_way() -> None:
    wednesday = date(2031, 3, 12)
    assert tags("Harlow will cut 500 jobs by the end of the quarter.", wednesday) == [("the quarter", "DATE", "2031-Q1")]
    # a report's quarter is the last one completed
    assert tags("Sales rose 4% in the quarter.", wednesday) == [("the quarter", "DATE", "2030-Q4")]


def test_a_day_a_present_copula_or_a_present_schedule_names_is_the_coming_one() -> None:
    wednesday = date(2031, 3, 12)
    assert tags("The deadline for bids is Friday.", wednesday) == [("Friday", "DATE", "2031-03-14")]
    assert tags("Harlow's results come out on Thursday.", wednesday) == [("Thursday", "DATE", "2031-03-13")]
    assert tags("Flights are cancelled through Sunday.", wednesday) == [("Sunday", "DATE", "2031-03-16")]
    # told in the past, the day is the last one
    assert tags("The deadline for bids was Friday.", wednesday) == [("Friday", "DATE", "2031-03-07")]


def test_the_latest_fiscal_year_is_the_last_one_reported() -> None:
    day = date(2031, 3, 12)
    assert tags("The unit made 31% of Orlan's sales in the latest fiscal year.", day) == [
        ("the latest fiscal year", "DATE", FY + "2030")]
    assert tags("Sales rose in the most recent fiscal year.", day) == [("the most recent fiscal year", "DATE", FY + "2030")]


def test_a_fiscal_year_written_fy() -> None:
    day = date(2031, 3, 12)
    assert tags("Orlan cut its FY31 sales forecast.", day) == [("FY31", "DATE", FY + "2031")]
    assert tags("Orlan's FY2032 guidance was cut.", day) == [("FY2032", "DATE", FY + "2032")]
    assert tags("Its FY '30 loss narrowed.", day) == [("FY '30", "DATE", FY + "2030")]


def test_a_schedule_verb_after_an_event_noun_ending_like_an_adjective() -> None:
    wednesday = date(2031, 3, 12)
    assert tags("The Lisle festival starts on Friday.", wednesday) == [("Friday", "DATE", "2031-03-14")]
    assert tags("The trial opens Friday.", wednesday) == [("Friday", "DATE", "2031-03-14")]
    # a first schedule word that is a noun leaves the next one to be the verb
    assert tags("The vote starts on Friday.", wednesday) == [("Friday", "DATE", "2031-03-14")]
    assert tags("The fair runs from Friday to Sunday.", wednesday) == [
        ("Friday", "DATE", "2031-03-14"), ("Sunday", "DATE", "2031-03-16")]
    # the noun after an adjective stays a noun
    assert tags("A parliamentary report on Monday criticised the plan.", wednesday) == [("Monday", "DATE", "2031-03-10")]


def test_a_stretch_that_ran_until_a_month_is_over() -> None:
    wednesday = date(2031, 3, 12)
    assert tags("The offer ran until February.", wednesday) == [("February", "DATE", "2031-02")]
    assert tags("The offer runs until February.", wednesday) == [("February", "DATE", "2032-02")]


def test_daily_or_weekly_measuring_a_figure_is_no_set() -> None:
    day = date(2031, 3, 12)
    assert tags("Harlow shares fell 5% on Tuesday, their third straight daily decline.", day) == [
        ("Tuesday", "DATE", "2031-03-11")]
    assert tags("The block was 5% of Orlan's average daily volume.", day) == []
    assert all(typ != "SET" for _, typ, _ in tags("It was the index's first weekly loss since May.", day))
    # a habit stays a set
    assert tags("Crowds gather daily outside the court.", day) == [("daily", "SET", "P1D")]


def test_black_friday_and_cyber_monday_are_days() -> None:
    december = date(2031, 12, 3)
    assert tags("Orlan's Black Friday sales rose 5%.", december) == [("Black Friday", "DATE", "2031-11-28")]
    assert tags("Cyber Monday sales hit a record.", december) == [("Cyber Monday", "DATE", "2031-12-01")]
    assert tags("On Black Monday, stocks crashed.", december) == []  # a name


def test_more_written_date_formats() -> None:
    day = date(2031, 3, 12)
    assert tags("Orlan shares fell on 27/01/2031.", day) == [("27/01/2031", "DATE", "2031-01-27")]  # day first
    assert tags("Orlan shares fell on 3/4/2031.", day) == [("3/4/2031", "DATE", "2031-03-04")]  # month first
    assert tags("The filing is dated 2031/01/27.", day) == [("2031/01/27", "DATE", "2031-01-27")]
    assert tags("The notes were issued on 27-Jan-2031.", day) == [("27-Jan-2031", "DATE", "2031-01-27")]
    assert tags("Growth slowed in 1H 2031 and 2H30.", day) == [("1H 2031", "DATE", "2031-H1"), ("2H30", "DATE", "2030-H2")]
    assert tags("Q3'30 sales rose.", day) == [("Q3'30", "DATE", "2030-Q3")]
    # no year: "2H" is no half ("a 2H pencil"); a score is no date
    assert tags("He drew with a 2H pencil and scored 27/30.", day) == []


def test_midyear_is_the_middle_of_the_year() -> None:
    march, november = date(2031, 3, 12), date(2031, 11, 5)
    assert tags("Orlan aims to double output by mid-year.", march) == [("mid-year", "DATE", "2031")]
    assert tags("Sales have doubled since midyear.", march) == [("midyear", "DATE", "2030")]
    assert tags("Sales have doubled since midyear.", november) == [("midyear", "DATE", "2031")]
    assert tags("The midyear review is due.", march) == []  # a name of a report


# Round 13b (resolver cases; invented sentences).

def test_on_track_for_a_half_looks_ahead() -> None:
    march = date(2031, 3, 10)
    assert tags('"Our filing with the regulator is on track for the second half," she said.', march) == [
        ("the second half", "DATE", "2031-H2")]
    assert tags("Orlan is on course to open the plant in the fourth quarter.", march) == [
        ("the fourth quarter", "DATE", "2031-Q4")]
    # a report of a half still reads the last one
    assert tags("Sales rose 4% in the second half.", march) == [("the second half", "DATE", "2030-H2")]


def test_a_participle_of_a_plan_and_a_coming_up_line_look_ahead() -> None:
    april = date(2031, 4, 21)
    assert tags("Coming up: Brightwell results on May 2; Zorbex board decision expected in May; plant launch "
                "targeted for October-December.", april) == [
        ("May 2", "DATE", "2031-05-02"), ("May", "DATE", "2031-05"), ("October", "DATE", "2031-10"),
        ("December", "DATE", "2031-12")]
    assert tags("Week ahead: Harlow results on Thursday.", april) == [("Thursday", "DATE", "2031-04-24")]
    assert tags("Coming up: Zorbex board meets in August.", april) == [("August", "DATE", "2031-08")]
    assert tags("Zorbex board met in August.", april) == [("August", "DATE", "2030-08")]
    assert tags("A ruling slated for June could delay the merger.", april) == [("June", "DATE", "2031-06")]
    # "than expected", "as expected" and a past clause keep the past month
    assert tags("Sales rose more than expected in February.", april) == [("February", "DATE", "2031-02")]
    assert tags("Zorbex held its vote in December.", april) == [("December", "DATE", "2030-12")]


def test_a_24_hour_clock_time_with_its_zone() -> None:
    tuesday = date(2031, 6, 3)
    assert tags("Orlan said its servers failed at 05:10 CET and came back two hours later.", tuesday)[0] == (
        "05:10 CET", "TIME", "2031-06-03T05:10")
    assert tags("The pipeline closed at 1815 GMT on Monday.", tuesday) == [
        ("1815 GMT on Monday", "TIME", "2031-06-02T18:15")]
    assert tags("Trading resumed at 09:15 local time.", tuesday) == [("09:15 local time", "TIME", "2031-06-03T09:15")]
    # without a zone a 24-hour figure may be a score or a ratio
    assert tags("Harlow won 21:17 and the ratio was 3:1.", tuesday) == []
    # a day stated in an earlier paragraph does not date it: the wires' time of the session
    assert tags("Orlan shares sank on Tuesday after a strike that started on Sunday night.\n\n"
                "The shares were 5% lower at 1115 GMT.", tuesday)[-1] == ("1115 GMT", "TIME", "2031-06-03T11:15")


def test_a_holiday_ahead_in_a_present_clause_is_the_coming_one() -> None:
    october = date(2031, 10, 20)
    assert tags("Retailers are hiring extra staff for Christmas.", october) == [
        ("Christmas", "DATE", "2031-12-25")]
    # told in the past, or nearer last year's, it is last year's
    assert tags("Retailers hired extra staff at Christmas.", october) == [("Christmas", "DATE", "2030-12-25")]
    assert tags("Retail sales slump after Christmas.", date(2032, 2, 10)) == [("Christmas", "DATE", "2031-12-25")]


def _anchored(text: str, dct: date) -> list[tuple[str, str, str | None, str]]:
    return [(t.text, t.value, t.date_start.isoformat() if t.date_start else None, t.anchor)
            for t in find_timexes(text, dct)]


def test_a_count_after_the_sentence_day_dates_the_other_event() -> None:
    tuesday, monday = date(2031, 3, 11), date(2031, 6, 9)
    # the sentence's day is the count after X: the row dates X
    assert _anchored("Orlan shares fell 4% on Tuesday, a day after it recalled 2,000 drills.", tuesday) == [
        ("Tuesday", "2031-03-11", "2031-03-11", "publication"), ("a day", "P1D", "2031-03-10", "text:2031-03-11")]
    assert _anchored("LONDON, June 9 - Harlow shares fell on Monday after the company said its finance chief would "
                     "leave, six days after a flood shut its warehouse.", monday)[-1] == (
        "six days", "P6D", "2031-06-03", "text:2031-06-09")
    assert _anchored("On Monday, two days before the vote, the chairman resigned.", monday)[1] == (
        "two days", "P2D", "2031-06-11", "text:2031-06-09")
    # a span after X, or a count inside a plan or a relative clause, is not the sentence's day
    assert _anchored("Orlan said on Monday it would restart the plant three days after the inspection.", monday)[1][2] \
        != "2031-06-06"
    assert _anchored("She recounted on Monday a talk that took place three weeks after the crash.", monday)[1][2] \
        != "2031-05-19"
    assert _anchored("Shares rose 9% in the two weeks after the listing on Monday.", monday)[0][2] != "2031-05-26"


def test_a_capitalised_day_word_or_daily_closing_a_title_is_a_name() -> None:
    day = date(2031, 3, 12)
    assert tags("HARBOUR TONIGHT - transcript, Friday", day) == [("Friday", "DATE", "2031-03-07")]
    assert tags("This is Lisle Today.", day) == []
    assert tags("Foundry Trade Weekly | Castings", day) == []
    assert tags("The Harbour Daily reported the sale.", day) == []
    # a headline in title case or capitals keeps its day words; a sentence's first word too
    assert tags("Work Starts Tomorrow, But For Today, Congratulations", day) == [
        ("Tomorrow", "DATE", "2031-03-13"), ("Today", "DATE", "2031-03-12")]
    assert tags("STOCKS SLIDE ACROSS ASIA TODAY", day) == [("TODAY", "DATE", "2031-03-12")]
    assert tags("Sales rose. Today the market fell.", day) == [("Today", "DATE", "2031-03-12")]
