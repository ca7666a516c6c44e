"""Which dates of a sentence of market coverage become timeline events (invented sentences, one rule each)."""

from __future__ import annotations

from datetime import date

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import in_window, timeline_mentions


def dates_of(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, date_start, date_end) of every timeline row of one article, in date order."""
    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    return sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def test_a_past_year_of_the_background_is_an_event_of_its_year() -> None:
    got = dates_of("Harbor Lines closed up 12%, its biggest gain since it listed in 2019.", "2026-05-12")
    assert got == [("2019", "2019-01-01", "2019-12-31")]
    got = dates_of("Shares of Keel Bank plunged 30% on Monday, their steepest fall since the lender listed in 2009.",
                   "2026-03-10")
    assert got == [("2009", "2009-01-01", "2009-12-31"), ("Monday", "2026-03-09", "2026-03-09")]
    # the current or a coming year is no date of an event; a past year in a clause about the future is garbled
    assert dates_of("The group plans to spend $9 billion in 2026.", "2026-05-12") == []
    assert dates_of("In 1926, we will open two plants.", "2026-05-12") == []


def test_two_dates_of_one_sentence_are_two_events() -> None:
    got = dates_of("Orion Metals reports results on November 12, and Keel Corp on October 28.", "2026-10-20")
    assert got == [("November 12", "2026-11-12", "2026-11-12"), ("October 28", "2026-10-28", "2026-10-28")]


def test_dates_that_frame_a_figure_are_not_events() -> None:
    # the period a statistic covers and the baseline of a comparison: the event is the release
    got = dates_of("Retail sales rose 0.4% in February from January, the Commerce Department said on Tuesday.",
                   "2026-03-12")
    assert got == [("Tuesday", "2026-03-10", "2026-03-10")]
    got = dates_of("Factory output rose 2.1% in May, up from 1.8% a year earlier.", "2026-06-15")
    assert got == [("May", "2026-05-01", "2026-05-31")]  # the only date of its sentence stays
    # a week that only holds the sentence's day
    assert dates_of("The central bank meets next week, on April 29.", "2026-04-22") == [("April 29", "2026-04-29", "2026-04-29")]
    # the start of a span
    got = dates_of("Keel Bank fell 20% on Monday after reporting a 9% drop in deposits since January.", "2026-03-10")
    assert got == [("Monday", "2026-03-09", "2026-03-09")]


def test_a_plan_reported_in_a_that_clause_keeps_its_date() -> None:
    got = dates_of("Orion said on Friday that regulators had agreed to a meeting in July.", "2026-06-12")
    assert got == [("Friday", "2026-06-12", "2026-06-12"), ("July", "2026-07-01", "2026-07-31")]
    # a relative clause dates its own event
    got = dates_of("Keel Corp, whose results are due on Wednesday, has lost 9% this month.", "2026-10-19")
    assert got == [("Wednesday", "2026-10-21", "2026-10-21")]


def test_scheduled_events_are_read_forward() -> None:
    got = dates_of("Orion rose 1% ahead of quarterly results due before the bell on Friday.", "2026-05-14")
    assert got == [("Friday", "2026-05-15", "2026-05-15")]
    got = dates_of("An analyst told us he expects the full data on Thursday to disappoint.", "2026-06-08")
    assert got == [("Thursday", "2026-06-11", "2026-06-11")]
    got = dates_of("Keel said on Friday that a director would join its board, ahead of the deal's expected closing in June.",
                   "2026-03-13")
    assert got == [("Friday", "2026-03-13", "2026-03-13"), ("June", "2026-06-01", "2026-06-30")]


def test_days_after_an_event_told_from_the_sentence_date_place_that_other_event() -> None:
    got = dates_of("Beijing on Wednesday opened a probe into Keel Corp two days after Washington announced new curbs.",
                   "2026-10-21")
    assert got == [("Wednesday", "2026-10-21", "2026-10-21")]


def test_a_coming_quarter_is_a_plan_and_a_past_one_a_reporting_period() -> None:
    got = dates_of("The deal needs approval and is expected to close in the second quarter.", "2026-03-12")
    assert got == [("the second quarter", "2026-04-01", "2026-06-30")]
    assert dates_of("Profit fell 12% in the fourth quarter.", "2026-03-12") == []
    # a quarter is on a week's timeline only when inside it
    raw = RawArticle(file="q.txt", text="The deal is expected to close in the second quarter.", outlet="Q", published="2026-03-12")
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    assert not in_window(got, (date(2026, 4, 1), date(2026, 4, 8))).any()


def test_the_end_of_the_year_is_its_last_quarter() -> None:
    got = dates_of("Orion said it planned to file for approval by the end of the year.", "2026-06-08")
    assert got == [("the end of the year", "2026-10-01", "2026-12-31")]
    assert dates_of("Orion said sales had risen earlier this year.", "2026-06-08") == []


def test_an_earlier_day_in_the_possessive_refers_back() -> None:
    got = dates_of("The Journal reported on Wednesday that Orion had approached Keel before Monday's trial results.",
                   "2026-06-10")
    assert got == [("Wednesday", "2026-06-10", "2026-06-10")]
    # alone it dates its sentence
    assert dates_of("Monday's trial results lifted the shares.", "2026-06-10") == [("Monday", "2026-06-08", "2026-06-08")]


def test_a_baseline_with_its_own_when_clause_is_an_event() -> None:
    got = dates_of("The index is down 6.8% from Oct. 13, when the crash began.", "2026-10-27")
    assert got == [("Oct. 13", "2026-10-13", "2026-10-13")]


def test_a_week_places_its_event_on_its_working_days() -> None:
    # a past or coming week: Monday to Friday; the week of the article, in a past clause, up to its date
    assert dates_of("Keel Corp shares lost 14% last week.", "2026-03-23") == [("last week", "2026-03-16", "2026-03-20")]
    assert dates_of("The Orion bond index fell 1.1% this week.", "2026-03-19") == [("this week", "2026-03-16", "2026-03-19")]
    # a part of a week: "late last week" its Thursday and Friday, "by the end of next week" its last working days
    got = dates_of("Keel Corp shares rebounded late last week.", "2026-03-23")
    assert got == [("late last week", "2026-03-19", "2026-03-20")]
    got = dates_of("The utility said it expected to restore power by the end of next week.", "2026-03-18")
    assert got == [("the end of next week", "2026-03-26", "2026-03-27")]


def test_a_part_of_a_past_year_is_a_range() -> None:
    got = dates_of("The rules passed in late 2022 curbed lawsuits.", "2026-03-18")
    assert got == [("late 2022", "2022-10-01", "2022-12-31")]


def test_a_deadline_after_a_past_verb_is_read_in_the_past() -> None:
    # "by" is a deadline, unless the clause before it is told in the past
    got = dates_of("Keel Corp shares fell even further by the end of the week.", "2026-03-17")
    assert got == [("the end of the week", "2026-03-12", "2026-03-13")]  # in a Tuesday article: the week before
    got = dates_of("Either side can walk away if the deal has not closed by June 30.", "2026-03-18")
    assert got == [("June 30", "2026-06-30", "2026-06-30")]


def test_a_day_heading_its_line_takes_the_tense_of_the_line() -> None:
    text = "The week ahead.\nTuesday: The Senate panel is expected to vote on the bill.\nWednesday: Keel Corp reports results."
    got = dates_of(text, "2026-05-15")
    assert got == [("Tuesday", "2026-05-19", "2026-05-19"), ("Wednesday", "2026-05-20", "2026-05-20")]
    assert dates_of("The week in review.\nMonday: Keel Corp shares fell 4%.", "2026-05-15") == [("Monday", "2026-05-11", "2026-05-11")]


def test_a_future_word_after_a_comma_belongs_to_another_clause() -> None:
    got = dates_of("The rule, which was published on Friday, will cap prices from 2028.", "2026-05-18")
    assert ("Friday", "2026-05-15", "2026-05-15") in got


def test_cues_of_a_coming_day_or_month() -> None:
    # a present passive of a forecast, "expect", a possessive day after "ahead of" or "expect", "takes effect"
    assert dates_of("Landfall is forecast for late Wednesday.", "2026-09-15") == [("late Wednesday", "2026-09-16", "2026-09-16")]
    got = dates_of("Economists expect Tuesday's price index to show inflation easing.", "2026-05-11")
    assert got == [("Tuesday", "2026-05-12", "2026-05-12")]
    got = dates_of("Keel Corp shares slipped ahead of Thursday's jobs report.", "2026-05-11")
    assert got == [("Thursday", "2026-05-14", "2026-05-14")]
    got = dates_of("The groups asked for an injunction before the rule takes effect in July.", "2026-05-14")
    assert got == [("July", "2026-07-01", "2026-07-31")]
    got = dates_of("Analysts expect the rebuilding spending to show up in the fourth quarter.", "2026-09-21")
    assert got == [("the fourth quarter", "2026-10-01", "2026-12-31")]


def test_a_month_of_background_in_a_clause_is_an_event_of_its_own() -> None:
    got = dates_of("Keel Air closed down 29% on Tuesday, its worst session since the carrier listed in March 2021.",
                   "2026-03-17")
    assert got == [("March 2021", "2021-03-01", "2021-03-31"), ("Tuesday", "2026-03-17", "2026-03-17")]


def test_a_date_before_an_expression_counted_from_it_keeps_its_event() -> None:
    got = dates_of("The rule will be published on Friday and take effect 60 days later.", "2026-05-11")
    assert ("Friday", "2026-05-15", "2026-05-15") in got and ("60 days later", "2026-07-14", "2026-07-14") in got
    # the only date of its sentence, before a comparison's baseline
    got = dates_of("Gasoline averaged $3.41 a gallon on Monday, up 6% from a week earlier.", "2026-09-21")
    assert got == [("Monday", "2026-09-21", "2026-09-21")]
    # with another date in the sentence it only frames the figure
    got = dates_of("Futures on Thursday priced a 44% chance of a cut at the March 17-18 meeting, up from 12% a week earlier.",
                   "2026-03-12")
    assert got == [("March 17-18", "2026-03-17", "2026-03-18")]


def test_from_a_date_starts_a_period_unless_it_follows_a_figure() -> None:
    got = dates_of("Keel Stores said it would close 71 stores from Wednesday afternoon.", "2026-09-16")
    assert got == [("Wednesday afternoon", "2026-09-16", "2026-09-16")]
    got = dates_of("The agency pays 6% more. From January 2028, it will pay less.", "2026-05-12")
    assert got == [("January 2028", "2028-01-01", "2028-01-31")]
    # a baseline: "up 6% from ..." with another date in the sentence
    got = dates_of("Keel Corp shares rose 3% on Monday, up 6% from January.", "2026-03-10")
    assert got == [("Monday", "2026-03-09", "2026-03-09")]


def test_a_quarter_as_an_adjective_is_a_reporting_period() -> None:
    assert dates_of("Keel Corp will report third-quarter results on November 5.", "2026-09-17") == [
        ("November 5", "2026-11-05", "2026-11-05")]
    assert dates_of("Keel Corp is expected to post a third-quarter loss.", "2026-05-17") == []


def test_at_the_end_of_a_month_is_its_last_day() -> None:
    got = dates_of("Keel Re's solvency ratio stood at 278% at the end of June.", "2026-09-17")
    assert got == [("the end of June", "2026-06-30", "2026-06-30")]
    got = dates_of("The budgets the insurers set at the start of the year were ample.", "2026-09-17")
    assert got == [("the start of the year", "2026-01-01", "2026-01-31")]
    # "by the end of" stays a stretch
    got = dates_of("Orion said it planned to file by the end of June.", "2026-05-08")
    assert got == [("the end of June", "2026-06-21", "2026-06-30")]


def test_a_guessed_session_gives_way_to_the_sentence_date() -> None:
    import pandas as pd

    from analysis.timeline.sessions import placed_moves

    moves = pd.DataFrame({
        "doc_id": ["d", "d", "d"], "sent_id": [1, 2, 3],
        "session_date": [date(2026, 3, 23)] * 3, "session_basis": ["publication date", "sentence", "article"],
    })
    dated = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [1, 2],
                          "date_start": [date(2026, 3, 16)] * 2, "date_end": [date(2026, 3, 20)] * 2})
    # sentence 1 says "last week's slide, when the stock lost 27.8%": the publication day was a guess
    assert placed_moves(moves, dated)["sent_id"].tolist() == [2, 3]


def test_more_baselines_of_a_comparison() -> None:
    got = dates_of("Load factors averaged 84% in February, roughly in line with a year earlier.", "2026-03-20")
    assert got == [("February", "2026-02-01", "2026-02-28")]
    got = dates_of('"The market is healthier than it was three years ago," she told me on Monday.', "2026-09-22")
    assert got == [("Monday", "2026-09-21", "2026-09-21")]


def test_a_quarter_in_a_past_plan_is_still_the_coming_one() -> None:
    got = dates_of("The deal had been expected to close in the second quarter.", "2026-03-17")
    assert got == [("the second quarter", "2026-04-01", "2026-06-30")]


def test_the_next_two_weeks_run_from_the_publication_date() -> None:
    got = dates_of("Keel said it would hold a call with investors within the next two weeks.", "2026-03-18")
    assert got == [("the next two weeks", "2026-03-18", "2026-04-01")]
    assert dates_of("Keel will cut 300 jobs over the next three years.", "2026-03-18") == []


def test_an_event_after_before_is_still_to_come() -> None:
    got = dates_of("Keel Media slipped 0.8% before its quarterly results on Wednesday.", "2026-05-11")
    assert got == [("Wednesday", "2026-05-13", "2026-05-13")]


def test_the_first_months_of_a_year_are_a_range() -> None:
    got = dates_of("Container volumes at the port were up 9% in the first eight months of the year.", "2026-09-15")
    assert got == [("the first eight months of the year", "2026-01-01", "2026-08-31")]
    got = dates_of("Keel Corp's sales rose 4% in the first nine months of 2025.", "2026-09-15")
    assert got == [("the first nine months of 2025", "2025-01-01", "2025-09-30")]


def test_a_yearless_day_in_a_sentence_told_in_the_present_is_the_coming_one() -> None:
    got = dates_of("Several analysts said Florida insurers face a tougher reinsurance renewal on January 1.", "2026-09-22")
    assert got == [("January 1", "2027-01-01", "2027-01-01")]
    # a past verb or "since" keeps it in the past
    assert dates_of("Keel Re raised its prices on January 1.", "2026-09-22") == [("January 1", "2026-01-01", "2026-01-01")]
    got = dates_of("Police have been searching for him since shortly after the Oct. 23 shooting.", "2026-05-06")
    assert got == [("Oct. 23", "2025-10-23", "2025-10-23")]


def test_a_coming_year_in_a_plan_is_an_event_of_its_year() -> None:
    got = dates_of("The rule will cap payments for about 50 drugs, starting in 2028.", "2026-05-18")
    assert got == [("2028", "2028-01-01", "2028-12-31")]
    assert dates_of("Keel Corp's revenue rose to $5 billion, and it sees growth in 2027.", "2026-05-18") == []
