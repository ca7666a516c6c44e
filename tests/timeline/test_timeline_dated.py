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
    # and the main clause's move over the month so far is one too, like "has lost 9% this year" (round 9c)
    assert got == [("Wednesday", "2026-10-21", "2026-10-21"), ("this month", "2026-10-01", "2026-10-19")]


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
    # the other event is two days before the sentence's day (round 9; not two days after it)
    assert got == [("Wednesday", "2026-10-21", "2026-10-21"), ("two days after", "2026-10-19", "2026-10-19")]
    # also after a dateline, whose full date the tagger would otherwise count the days from (round 9c)
    got = dates_of("OSLO, Oct 22 (Example Wire) - The Varde Bridge reopened to traffic on Thursday, six days after "
                   "the barge Grey Petrel struck a pier.", "2026-10-23")
    assert ("six days after", "2026-10-16", "2026-10-16") in got
    assert ("Oct 22", "2026-10-22", "2026-10-22") in got


def test_a_coming_quarter_is_a_plan_and_a_past_one_a_reporting_period() -> None:
    got = dates_of("The deal needs approval and is expected to close in the second quarter.", "2026-03-12")
    assert got == [("the second quarter", "2026-04-01", "2026-06-30")]
    # a figure in a past quarter happened over it (round 20, docs/what_counts.md): placed on its three months
    assert dates_of("Profit fell 12% in the fourth quarter.", "2026-03-12") == [
        ("the fourth quarter", "2025-10-01", "2025-12-31")]
    # a quarter is on a week's timeline only when inside it
    raw = RawArticle(file="q.txt", text="The deal is expected to close in the second quarter.", outlet="Q", published="2026-03-12")
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    assert not in_window(got, (date(2026, 4, 1), date(2026, 4, 8))).any()


def test_the_end_of_the_year_is_its_last_quarter_and_a_deadline_its_last_day() -> None:
    got = dates_of("Orion said it planned to file for approval toward the end of the year.", "2026-06-08")
    assert got == [("the end of the year", "2026-10-01", "2026-12-31")]
    got = dates_of("Orion said it planned to file for approval by the end of the year.", "2026-06-08")
    assert got == [("the end of the year", "2026-12-31", "2026-12-31")]  # round 18, as "by the end of June"
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
    got = dates_of("The airline said it expected to resume flights by the end of next week.", "2026-03-18")
    assert got == [("the end of next week", "2026-03-26", "2026-03-27")]


def test_a_part_of_a_past_year_is_a_range() -> None:
    got = dates_of("The tax changes adopted in late 2021 lifted revenue.", "2026-03-18")
    assert got == [("late 2021", "2021-10-01", "2021-12-31")]


def test_a_deadline_after_a_past_verb_is_read_in_the_past() -> None:
    # "by" is a deadline, unless the clause before it is told in the past
    got = dates_of("Keel Corp shares fell even further by the end of the week.", "2026-03-17")
    assert got == [("the end of the week", "2026-03-12", "2026-03-13")]  # in a Tuesday article: the week before
    got = dates_of("Orion may end the agreement if the sale has not completed by September 30.", "2026-03-18")
    assert got == [("September 30", "2026-09-30", "2026-09-30")]


def test_a_day_heading_its_line_takes_the_tense_of_the_line() -> None:
    text = "The week ahead.\nTuesday: The Senate panel is expected to vote on the bill.\nWednesday: Keel Corp reports results."
    got = dates_of(text, "2026-05-15")
    assert got == [("Tuesday", "2026-05-19", "2026-05-19"), ("Wednesday", "2026-05-20", "2026-05-20")]
    assert dates_of("The week in review.\nMonday: Keel Corp shares fell 4%.", "2026-05-15") == [("Monday", "2026-05-11", "2026-05-11")]


def test_a_future_word_after_a_comma_belongs_to_another_clause() -> None:
    got = dates_of("The tariff, which was announced on Friday, will raise prices from 2029.", "2026-05-18")
    assert ("Friday", "2026-05-15", "2026-05-15") in got


def test_cues_of_a_coming_day_or_month() -> None:
    # a present passive of a forecast, "expect", a possessive day after "ahead of" or "expect", "takes effect"
    assert dates_of("The storm's arrival is forecast for late Thursday.", "2026-09-15") == [("late Thursday", "2026-09-17", "2026-09-17")]
    got = dates_of("Traders expect Friday's retail sales data to show a rebound.", "2026-05-11")
    assert got == [("Friday", "2026-05-15", "2026-05-15")]
    got = dates_of("Keel Corp shares slipped ahead of Thursday's jobs report.", "2026-05-11")
    assert got == [("Thursday", "2026-05-14", "2026-05-14")]
    got = dates_of("The unions asked for a delay before the law takes effect in August.", "2026-05-14")
    assert got == [("August", "2026-08-01", "2026-08-31")]
    got = dates_of("Analysts expect the new plant's output to lift sales in the fourth quarter.", "2026-09-21")
    assert got == [("the fourth quarter", "2026-10-01", "2026-12-31")]


def test_a_month_of_background_in_a_clause_is_an_event_of_its_own() -> None:
    got = dates_of("Orion Rail ended 18% lower on Tuesday, its worst day since the company floated in May 2019.",
                   "2026-03-17")
    assert got == [("May 2019", "2019-05-01", "2019-05-31"), ("Tuesday", "2026-03-17", "2026-03-17")]


def test_a_date_before_an_expression_counted_from_it_keeps_its_event() -> None:
    got = dates_of("The new tariff will be announced on Friday and apply 30 days later.", "2026-05-11")
    assert ("Friday", "2026-05-15", "2026-05-15") in got and ("30 days later", "2026-06-14", "2026-06-14") in got
    # the only date of its sentence, before a comparison's baseline
    got = dates_of("Diesel averaged $4.12 a gallon on Monday, up 3% from a week earlier.", "2026-09-21")
    assert got == [("Monday", "2026-09-21", "2026-09-21")]
    # with another date in the sentence it only frames the figure
    got = dates_of("Swaps on Thursday priced a 30% chance of a hike at the April 28-29 meeting, up from 9% a week earlier.",
                   "2026-04-09")
    assert got == [("April 28-29", "2026-04-28", "2026-04-29")]


def test_from_a_date_starts_a_period_unless_it_follows_a_figure() -> None:
    got = dates_of("Keel Stores said it would shut 40 branches from Thursday evening.", "2026-09-17")
    assert got == [("Thursday evening", "2026-09-17", "2026-09-17")]
    got = dates_of("The fund charges a 2% fee. From March 2029, it will charge less.", "2026-05-12")
    assert got == [("March 2029", "2029-03-01", "2029-03-31")]
    # a baseline: "up 6% from ..." with another date in the sentence
    got = dates_of("Keel Corp shares rose 3% on Monday, up 6% from January.", "2026-03-10")
    assert got == [("Monday", "2026-03-09", "2026-03-09")]


def test_a_quarter_as_an_adjective_is_a_reporting_period() -> None:
    assert dates_of("Keel Corp will report third-quarter results on October 29.", "2026-09-17") == [
        ("October 29", "2026-10-29", "2026-10-29")]
    assert dates_of("Keel Corp is expected to post a third-quarter loss.", "2026-05-17") == []


def test_at_the_end_of_a_month_is_its_last_day() -> None:
    got = dates_of("Orion Bank's capital ratio stood at 14.2% at the end of March.", "2026-09-17")
    assert got == [("the end of March", "2026-03-31", "2026-03-31")]
    got = dates_of("The targets the lenders set at the start of the year still hold.", "2026-09-17")
    assert got == [("the start of the year", "2026-01-01", "2026-01-31")]
    # "by the end of" a month is a deadline on its last day (round 8; it was the stretch of its last ten days,
    # which holds that day)
    got = dates_of("Orion said it planned to file by the end of June.", "2026-05-08")
    assert got == [("the end of June", "2026-06-30", "2026-06-30")]
    # "before" bounds it as "by" does, and "end-September" is "the end of September" (round 12)
    got = dates_of("Orvane expects the regulator to rule on its tariff before the end of the month.", "2031-09-16")
    assert got == [("the end of the month", "2031-09-30", "2031-09-30")]
    got = dates_of("Keel Corp plans to name a new chair before end-September.", "2031-09-17")
    assert got == [("end-September", "2031-09-30", "2031-09-30")]


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
    got = dates_of("Hotel occupancy averaged 71% in October, roughly in line with a year earlier.", "2026-11-20")
    assert got == [("October", "2026-10-01", "2026-10-31")]
    got = dates_of('"The sector is stronger than it was five years ago," he told us on Monday.', "2026-09-22")
    assert got == [("Monday", "2026-09-21", "2026-09-21")]


def test_a_quarter_in_a_past_plan_is_still_the_coming_one() -> None:
    got = dates_of("The takeover had been expected to complete in the third quarter.", "2026-05-20")
    assert got == [("the third quarter", "2026-07-01", "2026-09-30")]


def test_the_next_two_weeks_run_from_the_publication_date() -> None:
    got = dates_of("Orion said it would name a new chief within the next three weeks.", "2026-03-18")
    assert got == [("the next three weeks", "2026-03-18", "2026-04-08")]
    assert dates_of("Keel will cut 300 jobs over the next three years.", "2026-03-18") == []


def test_an_event_after_before_is_still_to_come() -> None:
    got = dates_of("Orion Foods eased 1.4% before its annual meeting on Thursday.", "2026-05-11")
    assert got == [("Thursday", "2026-05-14", "2026-05-14")]


def test_the_first_months_of_a_year_are_a_range() -> None:
    got = dates_of("Rail freight was up 5% in the first seven months of the year.", "2026-09-15")
    assert got == [("the first seven months of the year", "2026-01-01", "2026-07-31")]
    got = dates_of("Keel Corp's sales rose 4% in the first nine months of 2025.", "2026-09-15")
    assert got == [("the first nine months of 2025", "2025-01-01", "2025-09-30")]


def test_a_yearless_day_in_a_sentence_told_in_the_present_is_the_coming_one() -> None:
    got = dates_of("Analysts said lenders face tighter capital rules on February 1.", "2026-09-22")
    assert got == [("February 1", "2027-02-01", "2027-02-01")]
    # a past verb or "since" keeps it in the past
    assert dates_of("Keel Bank raised its fees on February 1.", "2026-09-22") == [("February 1", "2026-02-01", "2026-02-01")]
    got = dates_of("Investors have been cautious since shortly after the Aug. 14 warning.", "2026-05-06")
    assert got == [("Aug. 14", "2025-08-14", "2025-08-14")]


def test_a_coming_year_in_a_plan_is_an_event_of_its_year() -> None:
    got = dates_of("The levy will apply to imported steel, starting in 2029.", "2026-05-18")
    assert got == [("2029", "2029-01-01", "2029-12-31")]
    assert dates_of("Keel Corp's revenue rose to $5 billion, and it sees growth in 2027.", "2026-05-18") == []


def test_a_list_of_weekdays_is_one_run_of_days() -> None:
    # a week-ahead list in a Friday article: the next week, each later line after the one before; a sentence
    # of the line without a date of its own takes the heading's day
    text = ("Markets reopen on Monday.\n\nMonday: Rail strike ballot closes.\nTuesday: Orvane results. UK inflation data.\n"
            "Friday: Retail sales.\n")
    got = dates_of(text, "2031-05-09")
    assert ("Tuesday", "2031-05-13", "2031-05-13") in got and ("Friday", "2031-05-16", "2031-05-16") in got
    assert sum(1 for r in got if r == ("Tuesday", "2031-05-13", "2031-05-13")) == 2  # "UK inflation data."
    # a list whose last entry is told in the past is the week so far, its lines in present-tense headlinese
    text = ("How the week unfolded:\nMonday: Orvane warns on profit.\nTuesday: Shares fall 8%.\n"
            "Wednesday: Chief executive resigns.\nThursday: Auditor appointed.\n")
    got = dates_of(text, "2031-05-08")
    assert got == [("Monday", "2031-05-05", "2031-05-05"), ("Thursday", "2031-05-08", "2031-05-08"),
                   ("Tuesday", "2031-05-06", "2031-05-06"), ("Wednesday", "2031-05-07", "2031-05-07")]


def test_a_move_since_a_day_starts_on_the_next_session() -> None:
    got = dates_of("The Harbor index has fallen 6.2% since Friday's close.", "2031-05-13")
    assert got == [("Friday", "2031-05-12", "2031-05-13")]
    got = dates_of("Lead is up about 4% since Friday.", "2031-05-13")
    assert got == [("Friday", "2031-05-12", "2031-05-13")]
    # a weekday of the same week stays in the range (its own fall may be part of the move)
    got = dates_of("Since Wednesday, Keel Corp has lost 11%.", "2031-05-09")
    assert got == [("Wednesday", "2031-05-07", "2031-05-09")]
    got = dates_of("Keel Corp has lost 11% since Wednesday's close.", "2031-05-09")
    assert got == [("Wednesday", "2031-05-08", "2031-05-09")]


def test_a_move_since_the_start_of_the_year_runs_to_the_article_date() -> None:
    got = dates_of("Orvane shares are up 18% since the start of the year.", "2031-03-12")
    assert got == [("the start of the year", "2031-01-01", "2031-03-12")]
    got = dates_of("Tin has climbed about 31% this year on supply worries.", "2031-10-07")
    assert got == [("this year", "2031-01-01", "2031-10-07")]
    # the year alone, or in a plan, is still no date of an event
    assert dates_of("Orvane plans to open 40 stores this year.", "2031-03-12") == []


def test_a_move_over_the_week_is_on_the_article_week() -> None:
    got = dates_of("Keel Corp is down 17% for the week.", "2031-05-08")
    assert got == [("the week", "2031-05-05", "2031-05-08")]
    got = dates_of("Tin was up 2.6% on the week, while zinc slipped.", "2031-05-09")
    assert got == [("the week", "2031-05-05", "2031-05-09")]
    # no figure before it: no move; a sentence naming another week may mean that one
    assert dates_of("Keel Corp plans for the week ahead.", "2031-05-08") == []
    got = dates_of("Nickel gained 1.2% for the week, helped by figures published last week.", "2031-05-09")
    assert got == [("last week", "2031-04-28", "2031-05-02")]


def test_a_month_or_holiday_naming_a_report_is_its_period() -> None:
    got = dates_of("Traders are waiting for November producer price data, due on Tuesday.", "2031-01-12")
    assert got == [("Tuesday", "2031-01-14", "2031-01-14")]
    got = dates_of("Orvane had lost 6% after a soft Christmas sales update on Jan. 8.", "2031-03-05")
    assert got == [("Jan. 8", "2031-01-08", "2031-01-08")]
    # after a preposition the month dates the clause; a sentence with no other date keeps its only one
    assert dates_of("Retail sales rose 3% in December.", "2031-01-15") == [("December", "2030-12-01", "2030-12-31")]
    got = dates_of("Investors are studying December car sales data, which showed a 3% rise.", "2031-01-15")
    assert got == [("December", "2030-12-01", "2030-12-31")]


def test_by_or_until_the_end_of_a_month_is_its_last_day() -> None:
    got = dates_of("The price freeze will last until the end of June.", "2031-01-12")
    assert got == [("the end of June", "2031-06-30", "2031-06-30")]
    got = dates_of("Orvane said it would file its accounts by the end of the month.", "2031-01-15")
    assert got == [("the end of the month", "2031-01-31", "2031-01-31")]


def test_a_move_over_the_last_sessions_runs_to_the_article_date() -> None:
    got = dates_of("The stock closed 5% lower. It has shed 9.1% in two sessions.", "2031-05-13")
    assert got == [("two sessions", "2031-05-12", "2031-05-13")]
    got = dates_of("The retail index slid 2.4% over the five sessions.", "2031-05-09")
    assert got == [("the five sessions", "2031-05-05", "2031-05-09")]
    got = dates_of("Keel shares have lost a third of their value in three sessions.", "2031-05-12")
    assert got == [("three sessions", "2031-05-08", "2031-05-12")]  # Thursday, Friday, Monday


def test_a_deadline_in_a_reported_clause_is_ahead() -> None:
    got = dates_of("He said the crew could reach the two drivers by Friday.", "2031-05-13")
    assert got == [("Friday", "2031-05-16", "2031-05-16")]
    # a past verb of the clause itself still puts the deadline behind
    got = dates_of("Keel Corp shares fell even further by the end of the week.", "2026-03-17")
    assert got == [("the end of the week", "2026-03-12", "2026-03-13")]


def test_a_weekday_inside_a_list_line_counts_from_its_heading() -> None:
    text = "Coming up:\nMonday: The trade fair opens in Lyon (through Friday).\nTuesday: Orvane results.\n"
    got = dates_of(text, "2031-05-09")
    assert ("Monday", "2031-05-12", "2031-05-12") in got and ("Friday", "2031-05-16", "2031-05-16") in got


def test_a_maturity_is_a_scheduled_event_of_its_year() -> None:
    got = dates_of("The ferry operator's bond matures in 2034, analysts noted.", "2031-05-09")
    assert got == [("2034", "2034-01-01", "2034-12-31")]


def test_the_last_months_of_a_stated_year_are_a_range() -> None:
    got = dates_of("Zinc lost 7% in the last four months of 2030 as smelters restarted.", "2031-01-13")
    assert got == [("the last four months of 2030", "2030-09-01", "2030-12-31")]


def test_a_weekday_of_a_past_plan_is_the_nearest_one() -> None:
    # a Tuesday article: the vote had been due on the coming Thursday
    got = dates_of("The council had been due to vote on the plan on Thursday.", "2031-05-13")
    assert got == [("Thursday", "2031-05-15", "2031-05-15")]
    # a Monday article: the deal had been scheduled to close on the Friday just gone
    got = dates_of("The deal had been scheduled to close on Friday.", "2031-05-12")
    assert got == [("Friday", "2031-05-09", "2031-05-09")]


def test_a_custom_told_in_the_present_passive_is_the_coming_one() -> None:
    got = dates_of("The town's regatta is normally held in July.", "2031-03-05")
    assert got == [("July", "2031-07-01", "2031-07-31")]


def test_a_date_of_a_coordinated_verb_is_not_a_figure_period() -> None:
    got = dates_of("Economists expect the central bank to keep its rate at 3.25% on Wednesday and to lower it in June.",
                   "2031-03-14")
    assert got == [("June", "2031-06-01", "2031-06-30"), ("Wednesday", "2031-03-19", "2031-03-19")]


def test_the_next_day_after_days_ago_counts_from_that_day() -> None:
    got = dates_of("Twelve days ago, the cartel said it would cut output. Tin jumped 5% the next day.", "2031-01-21")
    assert ("the next day", "2031-01-10", "2031-01-10") in got


# Round 9: moves over a span measured from a close, over the year so far, over the article's week


def test_a_hyphenated_most_is_no_comparison_since() -> None:
    got = dates_of("Shares of Orvane, seen as the most-exposed lender, have fallen 9 percent since Monday.", "2031-05-08")
    assert got == [("Monday", "2031-05-05", "2031-05-08")]


def test_a_move_from_a_days_close_starts_on_the_next_session() -> None:
    # Thursday 2031-05-15: the move runs from the session after the baseline's day to the article's date
    assert dates_of("Keel shares are up 21% since the close on May 9.", "2031-05-15") == [
        ("May 9", "2031-05-12", "2031-05-15")]
    assert dates_of("Orvane stock remains 7.5% below the level of May 9.", "2031-05-15") == [
        ("May 9", "2031-05-12", "2031-05-15")]
    assert dates_of("The stock now sits about 3% below its May 12 close.", "2031-05-15") == [
        ("May 12", "2031-05-13", "2031-05-15")]
    assert dates_of("Keel has recovered 2.8% from last Friday's low close.", "2031-05-15") == [
        ("last Friday", "2031-05-12", "2031-05-15")]
    assert dates_of("Orvane shares had fallen 12% from 310p on May 9 to 273p.", "2031-05-15") == [
        ("May 9", "2031-05-12", "2031-05-15")]
    # a "when" clause that gives the baseline's price: that close is May 9's event (round 67: the writers list the
    # day of a close told with its price, not the span after it)
    assert dates_of("Keel shares are up 30% since May 9, when they closed at $41.", "2031-05-15") == [
        ("May 9", "2031-05-09", "2031-05-09")]
    # a comparison of figures and a span stay as they were
    assert dates_of("Orvane's margin rose to 4%, up from 1% on Tuesday.", "2031-05-15") == []
    assert dates_of("Keel rose 3% from Monday to Wednesday.", "2031-05-15") == [
        ("Monday", "2031-05-12", "2031-05-12"), ("Wednesday", "2031-05-14", "2031-05-14")]


def test_a_move_over_the_year_so_far_ends_before_what_it_is_told_before() -> None:
    # Monday 2031-05-12: "before Monday" ends on the Friday before; the Monday is no event of its own
    assert dates_of("Keel shares had risen 11% this year before Monday.", "2031-05-12") == [
        ("this year", "2031-01-01", "2031-05-09")]
    assert dates_of("Orvane shares had gained 6% so far in 2031 before Monday's slide.", "2031-05-12") == [
        ("2031", "2031-01-01", "2031-05-09")]
    # the past perfect: the year up to the session before the article's date
    assert dates_of("Keel, which had gained 15% so far this year, said it would borrow.", "2031-05-12") == [
        ("this year", "2031-01-01", "2031-05-09")]
    # the present: up to the article's date
    assert dates_of("Orvane shares are 9% higher this year.", "2031-05-14") == [("this year", "2031-01-01", "2031-05-14")]


def test_year_to_date_is_the_year_up_to_the_article_date() -> None:
    assert dates_of("The stock is now down 3.7% year to date.", "2031-05-14") == [
        ("year to date", "2031-01-01", "2031-05-14")]
    assert dates_of("Year to date, Orvane stock is down 12.2%.", "2031-05-14") == [
        ("Year to date", "2031-01-01", "2031-05-14")]
    # no figure, no move
    assert dates_of("Orvane's year-to-date sales were not given.", "2031-05-14") == []


def test_a_move_closing_the_week_is_on_the_article_week() -> None:
    assert dates_of("In Oslo, Keel Corp closed the week 6.3% higher.", "2031-05-09") == [
        ("the week", "2031-05-05", "2031-05-09")]
    assert dates_of("Orvane shares ended the week down 4.1%.", "2031-05-09") == [("the week", "2031-05-05", "2031-05-09")]
    assert dates_of("Orvane ended the week with a new chairman.", "2031-05-09") == []


def test_a_relative_clause_inside_a_reported_one_dates_its_own_event() -> None:
    got = dates_of("Keel Mills estimated on Wednesday that the strike which began on May 2 would cost it $40 million.",
                   "2031-05-07")
    assert got == [("May 2", "2031-05-02", "2031-05-02"), ("Wednesday", "2031-05-07", "2031-05-07")]
    got = dates_of("Keel Mills fell 4% on Monday as a fire that began on Saturday closed its main plant.", "2031-05-13")
    assert got == [("Monday", "2031-05-12", "2031-05-12"), ("Saturday", "2031-05-10", "2031-05-10")]
    # a "that" of a verb of saying opens no relative clause (its earlier day dates the reported event, round 36)
    assert dates_of("Orvane said on Tuesday that shares of its unit fell on Friday.", "2031-05-14") == [
        ("Friday", "2031-05-09", "2031-05-09"), ("Tuesday", "2031-05-13", "2031-05-13")]
    # a relative clause's date is no main-clause date: the date of a later relative clause stays
    got = dates_of("The ruling ends a dispute that began on May 1, when Orvane sued Keel over a patent that a court "
                   "voided three days later.", "2031-05-14")
    assert got == [("May 1", "2031-05-01", "2031-05-01"), ("three days later", "2031-05-04", "2031-05-04")]


def test_a_count_of_years_or_months_counts_from_the_date_stated_before_it() -> None:
    got = dates_of("Orvane last cut its dividend in 2024, when it sold a mill it had bought two years earlier.",
                   "2031-05-14")
    assert got == [("2024", "2024-01-01", "2024-12-31"), ("two years earlier", "2022-01-01", "2022-12-31")]
    got = dates_of("Regulators approved the vaccine in March 2029, and the health agency added it to its list a year later.",
                   "2031-05-14")
    assert got == [("March 2029", "2029-03-01", "2029-03-31"), ("a year later", "2030-03-01", "2030-03-31")]
    got = dates_of("Keel opened its first store in June 2027. Six months later, it listed in Oslo.", "2031-05-14")
    assert ("Six months later", "2027-12-01", "2027-12-31") in got
    # with no date stated before it, "two years earlier" is read from the publication date as before
    assert dates_of("Orvane had opened the plant two years earlier.", "2031-05-14") == [
        ("two years earlier", "2029-01-01", "2029-12-31")]


def test_weeks_counted_from_a_day_give_a_day() -> None:
    got = dates_of("Keel approached Orvane on March 3 with an offer. Its board turned it down a week later.", "2031-06-02")
    assert ("a week later", "2031-03-10", "2031-03-10") in got


def test_a_count_of_years_prefers_its_own_sentence_date_to_an_earlier_sentence_day() -> None:
    text = "Keel fell 4% on Tuesday.\n\nOrvane last cut its dividend in 2024, when it sold a mill it had bought two years earlier."
    got = dates_of(text, "2031-05-14")
    assert ("two years earlier", "2022-01-01", "2022-12-31") in got


def test_the_past_weeks_of_a_move_or_a_present_perfect_are_the_last_working_days() -> None:
    # Wednesday 2031-05-14: five working days back is Thursday 2031-05-08
    assert dates_of("Keel has lost about a third of its value in a week.", "2031-05-14") == [
        ("a week", "2031-05-08", "2031-05-14")]
    assert dates_of("The regulator has questioned at least two suppliers in the past week.", "2031-05-14") == [
        ("the past week", "2031-05-08", "2031-05-14")]
    # ahead, or no move and no present perfect: no span of the past
    assert dates_of("Keel will report in a week.", "2031-05-14") == []
    assert dates_of("Keel said a decision could come in a week.", "2031-05-14") == []


def test_a_part_of_the_trading_day_told_of_a_move_is_the_article_session() -> None:
    text = "On Monday, Orvane made its offer. Keel shares eased 0.7% in midday trading."
    assert ("midday", "2031-05-15", "2031-05-15") in dates_of(text, "2031-05-15")
    text = "On Monday, Orvane made its offer. Keel fell as much as 9% in the morning and then steadied."
    assert ("the morning", "2031-05-15", "2031-05-15") in dates_of(text, "2031-05-15")
    # no move: the morning of the day named before
    text = "On Monday, Orvane made its offer. The board met in the morning."
    assert ("the morning", "2031-05-12", "2031-05-12") in dates_of(text, "2031-05-15")


def test_the_day_of_a_change_from_one_figure_to_another_is_no_baseline() -> None:
    got = dates_of("Analyst Jo Weir cut her price target on Keel to $30 from $45 on Friday, while rivals held theirs.",
                   "2031-05-13")
    assert got == [("Friday", "2031-05-09", "2031-05-09")]
    # a comparison with a figure of another day stays a baseline
    assert dates_of("Keel's margin rose to 4% on Monday, up from 1% on Friday.", "2031-05-13") == [
        ("Monday", "2031-05-12", "2031-05-12")]


def test_a_since_day_named_by_an_appositive_or_an_event_clause() -> None:
    # "the day ..." tells that day's event: a day, not a span; "most of" is no superlative
    got = dates_of("In a filing on Wednesday, Keel said it had bought most of its stake since May 5, the day "
                   "the shares plunged.", "2031-05-15")
    assert got == [("May 5", "2031-05-05", "2031-05-05"), ("Wednesday", "2031-05-14", "2031-05-14")]
    # "since <event> began on <day>" after a figure: the event's day (round 31: no span row from the day the
    # since-clause's verb carries; tests/timeline/test_timeline_round30.py)
    got = dates_of("Orvane has now lost 21% since the strike began on May 9.", "2031-05-15")
    assert got == [("May 9", "2031-05-09", "2031-05-09")]


def test_a_list_line_of_a_figure_alone_is_a_move_of_its_day() -> None:
    text = "How the stock moved since Friday's close:\n- Monday: +9.5%\n- Tuesday: +0.4%\n- Wednesday (so far): +2.1%\n"
    got = dates_of(text, "2031-05-14")
    # a move is a result: never dated ahead of the article (the lines' direction is the tagger's)
    assert all(end <= "2031-05-14" for _, _, end in got)


def test_a_year_after_since_does_not_move_a_guessed_session() -> None:
    import pandas as pd

    from analysis.timeline.sessions import placed_moves

    moves = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [1, 2], "session_date": [date(2031, 5, 13)] * 2,
                          "session_basis": ["publication date"] * 2})
    dated = pd.DataFrame({
        "doc_id": ["d", "d"], "sent_id": [1, 2], "date_start": [date(2027, 1, 1)] * 2, "date_end": [date(2027, 12, 31)] * 2,
        "expression": ["2027", "2027"],
        "sentence": ["Keel jumped 30% by midday, its best day since its 2027 listing.",
                     "Keel rose 30% in 2027."],
    })
    # the listing year is the yardstick of the comparison; a move told in a year is of that year
    assert placed_moves(moves, dated)["sent_id"].tolist() == [1]


def test_a_move_span_in_the_main_clause_leaves_the_subordinate_day() -> None:
    got = dates_of("Keel shares had risen 12% this year before Monday, after it reported record sales on March 3.",
                   "2031-05-12")
    assert got == [("March 3", "2031-03-03", "2031-03-03"), ("this year", "2031-01-01", "2031-05-09")]


def test_an_event_n_days_before_or_after_the_sentence_day() -> None:
    got = dates_of("Keel said on Monday it would book a charge on the licence, a week after Orvane's trial failure.",
                   "2031-05-12")
    assert got == [("Monday", "2031-05-12", "2031-05-12"), ("a week after", "2031-05-05", "2031-05-05")]
    # "on June 2, four days before it was held": June 2 is told from the other event
    got = dates_of("The mayor said Keel had asked the council to delay the vote on June 2, four days before "
                   "it was held.", "2031-06-18")
    assert got == [("June 2", "2031-06-02", "2031-06-02"), ("four days before", "2031-06-06", "2031-06-06")]
    # a day after "after" is the tagger's ("two weeks after March 3")
    got = dates_of("The plant reopened two weeks after March 3.", "2031-05-12")
    assert got == [("two weeks after", "2031-03-14", "2031-03-20")]


def test_a_part_of_a_year_named_relative_to_the_article() -> None:
    got = dates_of("Orvane, which paid $90 million for the licence late last year, fell 3%.", "2031-05-12")
    assert ("late last year", "2030-10-01", "2030-12-31") in got
    got = dates_of("Keel said it had opened the mill early last year.", "2031-05-12")
    assert got == [("early last year", "2030-01-01", "2030-03-31")]


def test_a_move_over_the_past_months_runs_to_the_article_date() -> None:
    got = dates_of("Keel's shares have tripled over the past nine months.", "2031-05-12")
    assert got == [("the past nine months", "2030-08-13", "2031-05-12")]
    assert dates_of("Keel plans to hire 40 people over the next 12 months.", "2031-05-12") == []


def test_a_forecast_for_the_year_is_no_move_so_far() -> None:
    assert dates_of("Keel expects sales to grow 5% this year.", "2031-05-12") == []
    assert dates_of("Keel expects sales to grow 5% in 2031.", "2031-05-12") == []
    assert dates_of("Revenue will rise 4% this year, the company said.", "2031-05-12") == []


def test_the_year_so_far_through_a_day_and_the_past_months_of_a_state() -> None:
    assert dates_of("Keel's fund has fallen 1.65% this year through May 9, a tracker says.", "2031-05-14") == [
        ("this year", "2031-01-01", "2031-05-09")]
    # a state over the past months is no move
    assert dates_of("Ms Vey, who has chaired the panel over the past four months, spoke.", "2031-05-14") == []
    # "as" after the year opens no clause that dates it
    got = dates_of("Support rose from about 20 percent several years ago to 44 percent this year, as doubts waned.",
                   "2031-05-14")
    assert got == [("this year", "2031-01-01", "2031-05-14")]


def test_an_implied_upside_from_a_close_is_no_move() -> None:
    got = dates_of("Thornfield raised its target on Keel Bank to $75, implying a 14 per cent upside from Friday's close.",
                   "2031-05-12")
    assert got == []
    # "since the start of the year" with no figure frames the sentence's day, as before round 9
    got = dates_of("Keel, whose volumes have tracked the index's climb since the start of the year, on Friday closed up 9%.",
                   "2031-05-12")
    assert got == [("Friday", "2031-05-09", "2031-05-09")]


def test_a_part_of_a_day_named_in_its_sentence_and_a_deadline_after_an_event() -> None:
    assert dates_of("On Friday, Keel rose 5% in the morning before slipping.", "2031-05-14") == [
        ("Friday", "2031-05-09", "2031-05-09")]
    got = dates_of("Orvane said on Monday it would appeal within 30 days after the ruling.", "2031-05-14")
    assert got == [("Monday", "2031-05-12", "2031-05-12")]


def test_a_forecast_over_a_span_is_no_move() -> None:
    assert dates_of("Analysts forecast the stock to gain 10% over the past week's level.", "2031-05-14") == []
    assert dates_of("Keel expects its output to be up 3% year to date by June.", "2031-05-14") == [
        ("June", "2031-06-01", "2031-06-30")]


def test_a_move_this_month_runs_from_the_first_of_the_month_to_the_article() -> None:
    # like "this year": the month so far, not the whole month (round 9c)
    got = dates_of("Shares of Keel Bank have lost 7% this month on worries about rates.", "2026-03-18")
    assert got == [("this month", "2026-03-01", "2026-03-18")]
    # no figure: the month itself
    assert dates_of("Keel Bank will hold its investor day this month.", "2026-03-18") == [
        ("this month", "2026-03-01", "2026-03-31")]


def test_a_move_from_the_close_on_a_day_starts_after_that_day() -> None:
    # "from its close on May 6": the close named before the day, like "since the close on April 30" (round 9c)
    got = dates_of("Orvane Shipping ended the week down about 3% from its close on May 6.", "2031-05-16")
    assert ("May 6", "2031-05-07", "2031-05-16") in got


def test_a_move_this_year_with_its_measure_between_is_the_year_to_date() -> None:
    # "in euro terms", "against the yen" between the figure and "this year" (round 9c)
    assert dates_of("Keel Bank ADRs have lost 15% in euro terms this year.", "2031-05-16") == [
        ("this year", "2031-01-01", "2031-05-16")]
    assert dates_of("The krona has risen 3.5% against the yen this year.", "2031-05-16") == [
        ("this year", "2031-01-01", "2031-05-16")]


def test_a_debt_maturity_and_a_date_given_up_are_no_events() -> None:
    # round 9c: "notes due 2034" is a maturity; "originally set for Oct. 14" is a date the plan left
    assert dates_of("Orvane said on Monday that its notes due 2034 now yield 7.8%.", "2026-09-23") == [
        ("Monday", "2026-09-21", "2026-09-21")]
    got = dates_of("Orvane said on Monday it had postponed its investor day, originally set for Oct. 14, to next year.",
                   "2026-09-23")
    assert ("Oct. 14", "2026-10-14", "2026-10-14") not in got and ("Monday", "2026-09-21", "2026-09-21") in got


def test_a_move_by_midafternoon_is_the_article_session() -> None:
    # "midafternoon", "midmorning" written as one word (round 9c)
    assert dates_of("In New York, Orvane Foods slid 1.7% by midafternoon.", "2026-09-08") == [
        ("midafternoon", "2026-09-08", "2026-09-08")]


def test_a_past_or_planned_season_is_its_three_months() -> None:
    # round 9c: a season placed as its meteorological months, like a coming quarter in a plan
    assert dates_of("Grocers last saw shortages on this scale in the spring of 2019.", "2026-05-15") == [
        ("the spring of 2019", "2019-03-01", "2019-05-31")]
    assert dates_of("A new bottling hall is due to open in autumn 2030.", "2026-10-08") == [
        ("autumn 2030", "2030-09-01", "2030-11-30")]
    # a bare season names no particular one
    assert dates_of("Grocers had been hit by fears of weak summer demand, Orvane said on Monday.", "2026-05-20") == [
        ("Monday", "2026-05-18", "2026-05-18")]


def test_a_live_blog_entry_opened_by_its_time_stamp_is_news_of_the_blog_s_day() -> None:
    text = ("LIVE: Markets\n\n"
            "09:05 BST - Good morning.\n"
            "09:20 BST - Tarnwell Foods opens down 6.1% in London.\n"
            "10:45 BST - Marla Quist, the finance chief, speaking at an investor breakfast: \"We saw it coming.\"\n"
            "11:30 BST - Tarnwell is lower after Monday's 12% slide.\n"
            "2:15pm ET: Brisco Retail will report results on June 18.\n")
    got = dates_of(text, "2026-06-10")
    assert ("09:20 BST", "2026-06-10", "2026-06-10") in got  # the entry's move, on the blog's day
    assert ("10:45 BST", "2026-06-10", "2026-06-10") in got  # an entry with no date of its own
    assert all(x != "09:05 BST" for x, _, _ in got)  # a greeting tells no news
    # an entry with its own date is dated by it, not by its stamp
    assert ("Monday", "2026-06-08", "2026-06-08") in got and all(x != "11:30 BST" for x, _, _ in got)
    assert ("June 18", "2026-06-18", "2026-06-18") in got and all(not x.startswith("2:15") for x, _, _ in got)
    # a calendar's time of a release still to come is no news of the day
    assert dates_of("Week ahead\n\n09:30 GMT - Inflation figures are due from the statistics office.\n",
                    "2026-06-10") == []


def test_a_list_of_dates_that_runs_forward_keeps_running_forward() -> None:
    text = ("FACTBOX-The long road of the Brisco-Tarnwell deal\n\n"
            "Following is a timeline of the deal:\n"
            "* March 3, 2025 - Brisco and Tarnwell open talks.\n"
            "* July 14, 2026 - The regulator opens a review.\n"
            "* Aug. 20 - The ministry rejects the plan.\n"
            "* Early February - Last day to lodge objections.\n")
    got = dates_of(text, "2026-08-27")
    assert ("Aug. 20", "2026-08-20", "2026-08-20") in got
    # the last line, without its year, follows the one above it: next February, not the last one
    assert [(s, e) for x, s, e in got if x == "Early February"] == [("2027-02-01", "2027-02-10")]
    # a list running back in time (newest first) keeps the usual reading of a yearless month
    back = ("Key dates:\n"
            "- Aug. 20, 2026 - The ministry rejects the plan.\n"
            "- July 14, 2026 - The regulator opens a review.\n"
            "- Early February - The two companies file their plans.\n")
    assert [(s, e) for x, s, e in dates_of(back, "2026-08-27") if x == "Early February"] == [("2026-02-01", "2026-02-10")]


def test_a_past_anaphoric_day_counts_from_a_past_date_not_from_a_plan() -> None:
    text = ("Staff at the Orlen Bay plant were told on Tuesday that the night shift would stop from June 29.\n\n"
            "Union leader Tilda Brenner said she had met the owners the day before.")
    got = dates_of(text, "2026-06-18")
    assert ("the day before", "2026-06-15", "2026-06-15") in got  # Tuesday June 16, not the coming June 29
    # an anaphor in a clause about what is still to come keeps the plan's date
    ahead = dates_of("The line will stop on June 29. Engineers will arrive the day before.", "2026-06-18")
    assert ("the day before", "2026-06-28", "2026-06-28") in ahead


def test_a_past_verb_after_would_dates_its_own_past_event_in_its_year() -> None:
    got = dates_of("Orlen Bay said pensioners would keep the bonus under the deal signed with the trustees in 2021.",
                   "2026-06-18")
    assert got == [("2021", "2021-01-01", "2021-12-31")]
    assert dates_of("In 1926, we will open two plants.", "2026-05-12") == []  # still a garbled year


def test_today_inside_a_quotation_is_the_day_of_the_speech() -> None:
    got = dates_of('Tarnwell\'s chief executive, Ivo Rask, said on Friday: "We are busier today than we '
                   'have been in years."', "2026-06-22")
    assert got == [("Friday", "2026-06-19", "2026-06-19")]
    # a quoted "today" with no other date stays the article's day
    got = dates_of('"We signed the lease today," said Ivo Rask.', "2026-06-22")
    assert got == [("today", "2026-06-22", "2026-06-22")]


def test_a_sentence_opened_by_since_tells_moves_over_the_span_not_on_a_session() -> None:
    import pandas as pd

    from analysis.timeline.sessions import placed_moves

    moves = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [1, 2], "session_date": [date(2026, 6, 17)] * 2,
                          "session_basis": ["publication date"] * 2})
    dated = pd.DataFrame({
        "doc_id": ["d", "d"], "sent_id": [1, 2], "date_start": [date(2026, 6, 9)] * 2, "date_end": [date(2026, 6, 17)] * 2,
        "expression": ["last Tuesday", "Tuesday"],
        "basis": ["since 2026-06-09, up to 2026-06-17"] * 2,
        "sentence": ["Since last Tuesday, Tarnwell has lost a quarter of its value while Brisco is down 5%.",
                     "Brisco rose 1.2% in early trade but is still 9% below its level since Tuesday."],
    })
    # the first sentence's moves run over the span; the second's early trade is the article's session
    assert placed_moves(moves, dated)["sent_id"].tolist() == [2]


def test_a_month_name_among_words_in_capitals_is_a_word_not_the_month() -> None:
    text = "Tarnwell rose 3% on Monday.\n\nREADERS MAY ALSO ENJOY: Five charts on the grocery slowdown\n"
    assert dates_of(text, "2026-06-10") == [("Monday", "2026-06-08", "2026-06-08")]
    # a headline in capitals that names the month with its day keeps it
    assert ("MAY 4", "2026-05-04", "2026-05-04") in dates_of("TARNWELL TO OPEN PLANT ON MAY 4\n\nText.", "2026-04-20")


def test_a_guessed_move_in_a_stamped_live_blog_entry_is_on_the_blog_s_day() -> None:
    import pandas as pd

    from analysis.timeline.dated.entries import ENTRY_STAMP
    from analysis.timeline.sessions import placed_moves

    moves = pd.DataFrame({"doc_id": ["d", "d"], "sent_id": [1, 2],
                          "session_date": pd.to_datetime(["2026-06-09", "2026-06-09"]),
                          "session_basis": ["article", "article"]})
    dated = pd.DataFrame({
        "doc_id": ["d", "d"], "sent_id": [1, 2], "date_start": [date(2026, 6, 10), date(2026, 6, 9)],
        "date_end": [date(2026, 6, 10), date(2026, 6, 9)], "expression": ["17:10 BST", "Tuesday"],
        "basis": [f"{ENTRY_STAMP} 2026-06-10", "relative to the publication date"],
        "sentence": ["17:10 BST - Tarnwell ends the day down 4.2%.", "Tarnwell fell 5% on Tuesday."],
    })
    got = placed_moves(moves, dated)
    # the article's session was a guess from an earlier day; the stamped entry is news of the blog's day
    assert [d.date() for d in got["session_date"]] == [date(2026, 6, 10), date(2026, 6, 9)]


def test_every_sentence_of_a_stamped_entry_is_news_of_the_blog_s_day() -> None:
    import pandas as pd

    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle
    from analysis.timeline.events import entry_days
    from analysis.timeline.sessions import placed_moves

    text = ("Markets live\n\n"
            "09:20 BST - Tarnwell extends its slide after Monday's 12% fall. Brisco adds 2%.\n\n"
            "09:30 BST - Figures on retail sales are due at the top of the hour.\n\n"
            "09:45 BST - Hello again. Orlen Bay slips 1%.\n\n"
            "Lyra Foods was flat on Monday.\n")
    raw = RawArticle(file="one.txt", text=text, outlet="One", published="2026-06-10")
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    days = entry_days(corpus)
    # both sentences of the first entry, and of the one opened by a greeting; not the calendar line, not the prose
    # after the blog
    assert sorted(days.values()) == [date(2026, 6, 10)] * 4
    first = min(days)
    moves = pd.DataFrame({"doc_id": [first[0]], "sent_id": [first[1] + 1],
                          "session_date": pd.to_datetime(["2026-06-08"]), "session_basis": ["article"]})
    dated = pd.DataFrame({"doc_id": [first[0]], "sent_id": [first[1]], "date_start": [date(2026, 6, 8)],
                          "date_end": [date(2026, 6, 8)], "expression": ["Monday"], "basis": [""],
                          "sentence": ["09:20 BST - Tarnwell extends its slide after Monday's 12% fall."]})
    # "Brisco adds 2%": the article's guessed session gives way to the blog's day
    assert [d.date() for d in placed_moves(moves, dated, days)["session_date"]] == [date(2026, 6, 10)]



def test_a_date_after_since_that_names_an_event_dates_that_event() -> None:
    # "since Monday's power cut": the cut's day, not a span; the week holding it frames nothing new
    got = dates_of("Pulp prices rose this week as mills hunted for fibre to replace the Redhill plant, idle since "
                   "Monday's power cut.", "2031-06-12")
    assert got == [("Monday", "2031-06-09", "2031-06-09")]
    # "since the May 2029 strike": the strike's month, next to the day of the statement
    got = dates_of("The guild said on Friday that hiring had slowed since the May 2029 strike and was still weak.",
                   "2031-06-12")
    assert got == [("Friday", "2031-06-06", "2031-06-06"), ("May 2029", "2029-05-01", "2029-05-31")]
    # after a figure: the event's day (the move since it is no second row: round 57, the writers of CORPUS86, 87 and
    # 104 date such a sentence by the event's day alone in five of six sentences)
    assert dates_of("Keel has lost 13.5% since Monday's profit warning.", "2031-06-12") == [
        ("Monday", "2031-06-09", "2031-06-09")]
    # a level or a session is no event
    assert dates_of("Keel has lost 13.5% since Monday's close.", "2031-06-12") == [("Monday", "2031-06-10", "2031-06-12")]
    assert dates_of("Hiring has slowed since the May 2029 low, the guild said on Friday.", "2031-06-12") == [
        ("Friday", "2031-06-06", "2031-06-06")]
    # a comparison's bare date is its yardstick; a date that names an event dates it there too (round 12), as
    # "since its 2019 listing" and "since it listed in 2019" do
    assert dates_of("The guild said on Friday that it was the worst month since May 2029.",
                    "2031-06-12") == [("Friday", "2031-06-06", "2031-06-06")]
    assert dates_of("The guild said on Friday that it was the worst month since the May 2029 strike.",
                    "2031-06-12") == [("Friday", "2031-06-06", "2031-06-06"), ("May 2029", "2029-05-01", "2029-05-31")]
    assert dates_of("Harbor Lines sank 21%, its sharpest fall since the 2016 merger.", "2031-06-12") == [
        ("2016", "2016-01-01", "2016-12-31")]


def test_two_months_of_a_range_are_one_stretch() -> None:
    assert dates_of("Orvane expects a court ruling between May and July.", "2031-04-15") == [
        ("May and July", "2031-05-01", "2031-07-31")]
    assert dates_of("Operating profit for the July-September quarter dropped to 7.3 billion yen.", "2031-10-28") == [
        ("July-September", "2031-07-01", "2031-09-30")]
    # the months before a report noun are its period: the sentence's other dates tell the events
    assert dates_of("Keel will publish April–June sales in early August, and its board votes on May 14.",
                    "2031-04-15") == [("May 14", "2031-05-14", "2031-05-14"), ("early August", "2031-08-01", "2031-08-10")]
    # two months that are no range stay two: a date moved from one month to another, or "and" alone
    assert dates_of("The vote was postponed from March to May.", "2031-03-12") == [
        ("March", "2031-03-01", "2031-03-31"), ("May", "2031-05-01", "2031-05-31")]
    assert dates_of("Keel shares fell in March and May.", "2031-06-12") == [
        ("March", "2031-03-01", "2031-03-31"), ("May", "2031-05-01", "2031-05-31")]


def test_a_quarter_named_by_its_last_month_is_a_reporting_period() -> None:
    # "its June-quarter sales on Monday morning": the release is the event, not its period
    assert dates_of("Keel trimmed its monthly loss to 1.35% after its June-quarter sales on Monday morning beat "
                    "forecasts.", "2031-07-16") == [("Monday morning", "2031-07-14", "2031-07-14")]


def test_the_date_a_level_is_measured_at_is_no_event() -> None:
    # "climbed to 7.2% of its book at the end of June": the ratio's date; the filing is the event
    assert dates_of("Keel Bank's arrears climbed to 7.2% of its book at the end of June from 5.95% a quarter "
                    "earlier, it said in a statement on Monday.", "2031-07-16") == [("Monday", "2031-07-14", "2031-07-14")]
    assert dates_of("Keel had debt of $90 million as of March 31, it said on Monday.", "2031-07-16") == [
        ("Monday", "2031-07-14", "2031-07-14")]
    # no figure before it: a plan's date; alone in its sentence: kept
    assert dates_of("Keel said on Monday it would shut the mill at the end of September.", "2031-07-16") == [
        ("Monday", "2031-07-14", "2031-07-14"), ("the end of September", "2031-09-30", "2031-09-30")]
    assert dates_of("Keel had debt of $90 million at March 31.", "2031-07-16") == [
        ("March 31", "2031-03-31", "2031-03-31")]


def test_a_year_after_for_is_the_period_covered_when_the_sentence_dates_its_event() -> None:
    assert dates_of("Wage talks between the guild and the mills for 2033 pay are set to open in May.",
                    "2031-11-12") == [("May", "2032-05-01", "2032-05-31")]
    assert dates_of("Keel will give its guidance for 2032 in February.", "2031-06-12") == [
        ("February", "2032-02-01", "2032-02-29")]


def test_a_dateline_is_no_event_next_to_the_day_of_the_news() -> None:
    assert dates_of("Sept 9 (Example News) - Keel Foods' recall on Monday has raised questions for grocers.",
                    "2031-09-09") == [("Monday", "2031-09-08", "2031-09-08")]
    # the same day: one row, as before
    assert dates_of("OSLO, Sept 8 (Example Wire) - Keel Foods shares fell 6.35% on Monday.", "2031-09-08") == [
        ("Sept 8", "2031-09-08", "2031-09-08")]


def test_a_past_act_in_a_past_quarter_is_an_event_of_that_quarter() -> None:
    # no figure in the clause: an act in the quarter, placed as its three months
    assert dates_of("Keel sold its ferry arm in the third quarter, it said on Tuesday.", "2031-11-12") == [
        ("Tuesday", "2031-11-11", "2031-11-11"), ("the third quarter", "2031-07-01", "2031-09-30")]
    # a figure, a state or a verb of saying: the period of a report, as before
    assert dates_of("Profit fell 17% in the third quarter.", "2031-11-12") == [  # a figure over the quarter: round 20
        ("the third quarter", "2031-07-01", "2031-09-30")]
    assert dates_of("Keel said orders were slow in the third quarter.", "2031-11-12") == []
    assert dates_of("Keel reported a loss in the third quarter.", "2031-11-12") == []


def test_the_end_of_a_horizon_a_state_lasts_to_is_no_event() -> None:
    assert dates_of('"We locked in prices in the third quarter, so we are hedged through November," said Ivo Rask.',
                    "2031-10-15") == [("the third quarter", "2031-07-01", "2031-09-30")]
    assert dates_of("Keel said it was fully funded into 2033 after the placing on Tuesday.", "2031-06-12") == [
        ("Tuesday", "2031-06-10", "2031-06-10")]
    # a plan's end stays
    assert dates_of("The plant will be shut until September.", "2031-06-12") == [("September", "2031-09-01", "2031-09-30")]


def test_a_coming_year_before_a_present_condition_is_a_plan() -> None:
    assert dates_of("We can build a second line next year if funding allows.", "2031-03-12") == [
        ("next year", "2032-01-01", "2032-12-31")]


def test_dates_that_name_no_event_of_their_own() -> None:
    # round 12: the alternative not taken, a reporting year's end and a forecast's year, next to the event's date
    assert dates_of("The shipyard now plans to deliver the ferry in August instead of July.", "2031-05-17") == [
        ("August", "2031-08-01", "2031-08-31")]
    assert dates_of("Orvane will set out its 2032 guidance at an investor day in February.", "2031-10-20") == [
        ("February", "2032-02-01", "2032-02-29")]
    assert dates_of("Keel Corp withdrew its 2030 production guidance on Monday.", "2031-10-15") == [
        ("Monday", "2031-10-13", "2031-10-13")]
    # after a preposition the year dates its clause
    assert dates_of("In 2029 targets were missed, the regulator said on Monday.", "2031-10-20") == [
        ("2029", "2029-01-01", "2029-12-31"), ("Monday", "2031-10-20", "2031-10-20")]
    got = dates_of("Keel Corp restated rebates booked in the year to March 2031, the company said on Oct. 3.", "2031-10-06")
    assert got == [("Oct. 3", "2031-10-03", "2031-10-03")]
    # a reporting year with no other date stays the sentence's only date
    assert dates_of("Profit at Brisco Mills rose 10% in the year to March.", "2031-10-06") == [
        ("March", "2031-03-01", "2031-03-31")]


def test_a_line_heading_dates_a_sentence_with_only_a_background_year() -> None:
    got = dates_of("Key dates:\n* Tuesday, March 4: Brisco Mills loses its licence appeal. The stock slumps 19%, its worst "
                   "day since the 2014 flotation.\n", "2031-03-07")
    assert got == [("2014", "2014-01-01", "2014-12-31"), ("Tuesday, March 4", "2031-03-04", "2031-03-04"),
                   ("Tuesday, March 4", "2031-03-04", "2031-03-04")]


def test_a_coming_quarter_heading_a_line_is_a_plan() -> None:
    got = dates_of("What to watch:\n- Q1 2032: court ruling on the Keel patent due.\n- March 2032: annual results.\n",
                   "2031-11-18")
    assert got == [("March 2032", "2032-03-01", "2032-03-31"), ("Q1 2032", "2032-01-01", "2032-03-31")]


def test_a_reported_past_perfect_over_the_past_weeks_runs_to_the_article_date() -> None:
    # "she said the board had met ..." reports "the board has met ...": the weeks up to the article's date, also
    # after a noun that is no forecast ("the plan")
    got = dates_of("The mayor said the council had studied the plan with the Keel bidders three times over the past "
                   "two weeks.", "2031-09-19")
    assert got == [("the past two weeks", "2031-09-08", "2031-09-19")]
    # a forecast stays none
    assert dates_of("Keel expects sales to grow 5% over the past week's level.", "2031-09-19") == []


def test_a_goal_set_for_a_coming_year_is_a_plan_of_that_year() -> None:
    got = dates_of("Keel Motors has pledged to sell only electric cars by 2030.", "2026-09-18")
    assert got == [("2030", "2030-01-01", "2030-12-31")]
    # round 68: beside the month of the pledge, the goal's year is no event of the sentence (the writers list the
    # pledge: :func:`analysis.timeline.background.coming_horizons`)
    got = dates_of("Keel Motors pledged in May to sell only electric cars by 2030.", "2026-09-18")
    assert got == [("May", "2026-05-01", "2026-05-31")]
    assert dates_of("The group aimed to cut costs by 2030 levels.", "2026-09-18") == []



def test_an_event_n_days_before_the_present_of_the_article() -> None:
    # "A week after X, <the present>": the main clause is the article's day, X a week before it
    assert dates_of("Two weeks after the Keel plant fire, insurers are still counting the cost.", "2031-03-17") == [
        ("Two weeks after", "2031-03-03", "2031-03-03")]
    # a past or a future main clause tells another day, which the sentence does not name
    assert dates_of("Two weeks after the Keel plant fire, the stock fell again.", "2031-03-17") == []
    assert dates_of("Two weeks after the Keel plant fire, the company will meet insurers.", "2031-03-17") == []


def test_the_last_day_of_a_reporting_period_is_no_event() -> None:
    # round 15: "for the quarter ended Sept. 30", "the years ended 31 March 2028 and 31 March 2029" label a period
    got = dates_of("The regulator said on Monday it had opened an inquiry into Vantor Pay's accounts for the years "
                   "ended 31 March 2028 and 31 March 2029.", "2029-09-12")
    assert got == [("Monday", "2029-09-10", "2029-09-10")]
    got = dates_of("Orvane Foods said on Tuesday that sales rose 4% in the three months ended August 31.", "2029-09-12")
    assert got == [("Tuesday", "2029-09-11", "2029-09-11")]


def test_the_date_of_a_clause_after_before_keeps_its_own_day() -> None:
    # round 15: "N units before <clause with its own verb> <date>": that clause tells its own event on its date
    got = dates_of("Orlan bonds slid for three days before they were delisted last Thursday.", "2031-06-16")
    assert ("last Thursday", "2031-06-12", "2031-06-12") in got
    got = dates_of("The sale lands two weeks before Harlow directors vote in Lisbon on 30 June.", "2031-06-16")
    assert ("30 June", "2031-06-30", "2031-06-30") in got
    # after a noun phrase the date only places the anchor, as before
    assert dates_of("Orlan shares rose 5% three days after the launch on June 3.", "2031-06-16") == [
        ("three days after", "2031-06-06", "2031-06-06")]
