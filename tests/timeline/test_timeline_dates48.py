"""Round 41 (timeline, dates48): a sentence opened by "<N> days after <event>," with a main clause in the present
counts back from the article's day also when its event holds a decimal figure or its subject a figure with a thousands
comma ("do not know" a verb in the present too); the time a figure is compared from ("from a year earlier", "from 40
cents at the start of the month") dates no event; a holiday or a month naming what is shipped, stocked or bought for
it ("Christmas freight", "replenishment for Christmas", "buy fewer gifts this Christmas", "October arrivals") is no day.
One test per rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions

HEAD = "Tannery closure rattles Varden\n\n"


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, date_start, date_end) of every timeline row of one article, in order."""
    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    got = timeline_mentions(corpus)
    return sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def test_days_after_an_event_with_figures_count_back_from_the_article_day() -> None:
    # published on Thursday 2041-05-16: the recall was four days before, the filing one day before
    got = rows(HEAD + "Four days after Brenmoor Dairies recalled 2.6 million cartons of yoghurt, the questions are "
                      "about who pays.\n", "2041-05-16")
    assert got == [("Four days after", "2041-05-12", "2041-05-12")]
    got = rows(HEAD + "VARDEN. One day after Ostrava Leather filed for insolvency, most of its 2,400 workers still "
                      "do not know whether they will be paid.\n", "2041-05-16")
    assert got == [("One day after", "2041-05-15", "2041-05-15")]


def test_days_after_an_event_with_a_main_clause_in_the_past_dates_nothing_here() -> None:
    # left alone: a main clause in the past tells no article's day (the count is no date of this sentence)
    got = rows(HEAD + "One day after Ostrava Leather filed for insolvency, most of its 2,400 workers walked out.\n",
               "2041-05-16")
    assert got == []


def test_the_time_a_figure_is_compared_from_is_no_event() -> None:
    # published on Thursday 2041-05-16: the figure's own week is the event; its baseline is none
    got = rows(HEAD + "Hide prices fell to 0.41 euros per square foot last week, from 0.66 euros a year earlier, "
                      "according to Tanner Index.\n", "2041-05-16")
    assert got == [("last week", "2041-05-06", "2041-05-10")]
    got = rows(HEAD + "Ostrava Leather's bonds fell to 14 cents on the dollar on Tuesday from 52 cents at the start "
                      "of the month.\n", "2041-05-16")
    assert got == [("Tuesday", "2041-05-14", "2041-05-14")]
    got = rows(HEAD + "Brenmoor said on Tuesday that its sales fell 12% in April from a year earlier.\n", "2041-05-16")
    assert ("a year earlier", "2040-04-01", "2040-04-30") not in got
    assert ("Tuesday", "2041-05-14", "2041-05-14") in got


def test_a_time_that_is_no_baseline_stays() -> None:
    # left alone: a change taking effect from a day, a span since the start of the year, a year earlier not compared
    got = rows(HEAD + "Varden will raise its water levy by 4% from 1 June.\n", "2041-05-16")
    assert got == [("1 June", "2041-06-01", "2041-06-01")]
    got = rows(HEAD + "A year earlier, Ostrava Leather had closed its second tannery in Varden.\n", "2041-05-16")
    assert got == [("A year earlier", "2040-01-01", "2040-12-31")]


def test_a_holiday_or_month_of_goods_is_no_day() -> None:
    # published on Thursday 2041-11-14: what is shipped, stocked or bought for Christmas, goods for October
    got = rows(HEAD + "Department stores booked their Christmas freight in the third quarter.\n", "2041-11-14")
    assert ("Christmas", "2041-12-25", "2041-12-25") not in got
    got = rows(HEAD + "On Friday the port conceded the delay would last, and retailers counting on quick "
                      "replenishment for Christmas are paying air-freight rates.\n", "2041-11-14")
    assert got == [("Friday", "2041-11-08", "2041-11-08")]
    got = rows(HEAD + "In a poll published on Wednesday, 58% of shoppers said they would buy fewer gifts this "
                      "Christmas.\n", "2041-11-14")
    assert got == [("Wednesday", "2041-11-13", "2041-11-13")]
    got = rows(HEAD + "The port of Varden said on Wednesday that bookings for October arrivals were up 6%.\n",
               "2041-09-12")
    assert got == [("Wednesday", "2041-09-11", "2041-09-11")]


def test_a_holiday_or_month_that_is_a_day_stays() -> None:
    # left alone: a holiday something happens on, a month in which something happens
    got = rows(HEAD + "The Varden tannery will close for good at Christmas, its owners said on Wednesday.\n",
               "2041-11-14")
    assert ("Christmas", "2041-12-25", "2041-12-25") in got
    got = rows(HEAD + "The port of Varden said the new cranes arrive in October.\n", "2041-09-12")
    assert got == [("October", "2041-10-01", "2041-10-31")]


def test_a_date_in_a_condition_is_no_event() -> None:
    # published on Thursday 2041-10-17: what happens only if it happens has no date on the timeline
    got = rows(HEAD + "\"Even if the tannery reopens next week, we will need a month to win the orders back,\" said "
                      "Mira Holt on Wednesday.\n", "2041-10-17")
    assert got == [("Wednesday", "2041-10-16", "2041-10-16")]
    got = rows(HEAD + "Brenmoor expects the closure to cost it 9 million euros if the tannery stays shut until the "
                      "end of November.\n", "2041-10-17")
    assert got == []


def test_a_date_that_is_no_condition_stays() -> None:
    # left alone: a plan in a relative clause inside the condition, the main clause's date, an "if" meaning "whether"
    got = rows(HEAD + "Workers will strike on 4 November if talks that begin on Monday fail.\n", "2041-10-17")
    assert got == [("4 November", "2041-11-04", "2041-11-04"), ("Monday", "2041-10-21", "2041-10-21")]
    got = rows(HEAD + "It was not known if the tannery sold on Tuesday would reopen.\n", "2041-10-17")
    assert got == [("Tuesday", "2041-10-15", "2041-10-15")]


def test_a_move_over_the_year_so_far_and_a_date_inside_it_are_two_events() -> None:
    # published on Monday 2041-05-20: the move over the year and last week's trading, the year's move and the one
    # since March
    got = rows(HEAD + "Ostrava Leather is down 61% this year, and it traded below its net cash last week.\n", "2041-05-20")
    assert got == [("last week", "2041-05-13", "2041-05-17"), ("this year", "2041-01-01", "2041-05-20")]
    got = rows(HEAD + "Tannery shares have lost about 40% since March, and the Varden index is down 3% this year.\n",
               "2041-05-20")
    assert got == [("March", "2041-03-01", "2041-03-31"), ("this year", "2041-01-01", "2041-05-20")]


def test_one_event_told_twice_in_a_sentence_is_one_row() -> None:
    # left alone: a week and its day told of one event keep the day
    got = rows(HEAD + "Ostrava Leather shut its last tannery this week, on Wednesday.\n", "2041-05-24")
    assert got == [("Wednesday", "2041-05-22", "2041-05-22")]


def test_a_scheduled_or_past_date_in_a_condition_stays() -> None:
    # left alone: a scheduled event the condition is about, a plan after "as if", a fact the condition recalls
    got = rows(HEAD + "Keel may sell the tannery if it loses next week's council vote.\n", "2041-10-17")
    assert got == [("next week", "2041-10-21", "2041-10-25")]
    got = rows(HEAD + "It seems as if the owners will agree a sale by Saturday afternoon.\n", "2041-10-17")
    assert got == [("Saturday afternoon", "2041-10-19", "2041-10-19")]
    got = rows(HEAD + "If the tannery closes, as it did in 2039, Varden loses 300 jobs.\n", "2041-10-17")
    assert got == [("2039", "2039-01-01", "2039-12-31")]


def test_a_deadline_in_a_condition_stays() -> None:
    # left alone: the deadline of a contract, told whatever happens
    got = rows(HEAD + "Keel may end the lease if the sale of the tannery has not closed by 30 November.\n", "2041-10-17")
    assert got == [("30 November", "2041-11-30", "2041-11-30")]
