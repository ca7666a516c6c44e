"""Round 53 (timeline53): a plan "within four months" is placed from the article's day to the end of the count; an act
over "the past 10 days" on the days up to the article's day; a move "since the <event>" measured at "Friday's close"
ends on that close; the first of joined years before a noun of accounts ("its 2029 and 2030 financial statements")
dates nothing, nor does a month naming the period of data or prices ("would announce November prices on Friday"), nor
"the quarter" a relative clause defines. One test per rule, each with what it must leave alone. Every sentence,
outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.clauses import closed_on
from analysis.timeline.events import timeline_mentions
from tests.timeline.test_timeline_dates50 import HEAD, rows


def test_a_plan_within_a_count_runs_from_the_article_to_the_end_of_the_count() -> None:
    # Monday 2041-03-18: within four months is up to 2041-07-18
    got = rows(HEAD + "The inquiry, to be led by an outside lawyer, will examine the ferry operator's safety checks and "
                      "report to the minister within four months, Brenvik Lines said.\n", "2041-03-18")
    assert ("four months", "2041-03-18", "2041-07-18") in got
    got = rows(HEAD + "Orrin Metals expects to sign a supply deal within 30 days.\n", "2041-03-18")
    assert ("30 days", "2041-03-18", "2041-04-17") in got
    # working days skip the weekends: ten business days from Friday 2041-03-15 end on Friday 2041-03-29
    got = rows(HEAD + "The exchange said it would publish a fuller incident report within ten business days.\n",
               "2041-03-15")
    assert ("ten business days", "2041-03-15", "2041-03-29") in got


def test_a_count_within_a_rule_or_a_past_act_is_no_date() -> None:
    # hours are a rule's time limit; a past act's count starts at no day the text gives
    got = rows(HEAD + "Ferry operators must notify the ministry of major incidents within four hours.\n", "2041-03-18")
    assert not any(expression == "four hours" for expression, _, _ in got)
    got = rows(HEAD + "The dispute was settled within two weeks.\n", "2041-03-18")
    assert not any(expression == "two weeks" for expression, _, _ in got)
    got = rows(HEAD + "Orrin Metals said on Monday it would appeal within 30 days after the ruling.\n", "2041-03-20")
    assert got == [("Monday", "2041-03-18", "2041-03-18")]


def test_an_act_over_the_past_days_runs_up_to_the_article() -> None:
    # Thursday 2041-05-23: the last 10 days
    got = rows(HEAD + "Maren Tolvik has spent much of the past 10 days in meeting rooms with lawyers and auditors.\n",
               "2041-05-23")
    assert ("the past 10 days", "2041-05-13", "2041-05-23") in got
    got = rows(HEAD + "Orrin Metals shares have fallen 12% over the past five days.\n", "2041-05-23")
    assert ("the past five days", "2041-05-18", "2041-05-23") in got


def test_days_ahead_or_without_an_act_stay_as_they_were() -> None:
    got = rows(HEAD + "Police will patrol the harbour over the next 10 days.\n", "2041-05-23")
    assert ("the next 10 days", "2041-05-23", "2041-06-02") in got
    got = rows(HEAD + "He spent the past two days in Velden.\n", "2041-05-23")
    assert not any(expression == "the past two days" for expression, _, _ in got)


def test_a_move_since_an_event_measured_at_a_named_close_ends_on_that_close() -> None:
    # Monday 2041-10-14: another article dates the decision on Thursday the 10th; the gain is measured at Friday the
    # 11th's close, so its span ends there
    first = RawArticle(file="a.txt", text=HEAD + "The central bank raised its main rate by a full point on Thursday, a "
                       "decision that caught traders out.\n", outlet="One", published="2041-10-10")
    second = RawArticle(file="b.txt", text=HEAD + "Exporters are counting the cost. The lira has gained 3.1% since the "
                        "decision, and Friday's close of 10.36 per euro was its strongest since 2036.\n", outlet="Two",
                        published="2041-10-14")
    corpus = build_corpus([(first, {"published_earliest": ""}, "corpus"), (second, {"published_earliest": ""}, "corpus")])
    got = {(r.expression, r.date_start.isoformat(), r.date_end.isoformat())
           for r in timeline_mentions(corpus).itertuples() if r.file == "b.txt"}
    assert ("since the decision", "2041-10-10", "2041-10-11") in got
    assert ("since the decision", "2041-10-10", "2041-10-14") not in got
    sentence = "The lira has gained 3.1% since the decision, and Friday's close of 10.36 per euro was its best."
    assert closed_on(sentence, "Friday", sentence.index("since"))


def test_a_move_since_an_event_without_a_close_still_runs_to_the_article() -> None:
    got = rows(HEAD + "The central bank's decision last Thursday caught traders out. The lira has gained 3.1% since "
                      "the decision.\n", "2041-10-14")
    assert ("since the decision", "2041-10-10", "2041-10-14") in got
    sentence = "The lira has gained 3.1% since the decision, and Friday's talks went well."
    assert not closed_on(sentence, "Friday", sentence.index("since"))


def test_the_first_of_joined_years_of_accounts_dates_nothing() -> None:
    got = rows(HEAD + "Suppliers want assurances after Orrin Metals said on Monday that its 2039 and 2040 financial "
                      "statements could not be relied upon.\n", "2041-05-16")
    assert not any(expression in ("2039", "2040") for expression, _, _ in got)
    assert ("Monday", "2041-05-13", "2041-05-13") in got
    # a year after a preposition is the year of its own clause
    got = rows(HEAD + "Sales rose in 2039 and 2040 results were strong.\n", "2041-05-16")
    assert ("2039", "2039-01-01", "2039-12-31") in got


def test_a_month_naming_the_period_of_data_or_prices_dates_nothing() -> None:
    # Wednesday 2041-10-09
    got = rows(HEAD + "Velden Steel confirmed it had raised rebar prices by 6% effective October 8, and said it would "
                      "announce November prices on Friday.\n", "2041-10-09")
    assert not any(expression == "November" for expression, _, _ in got)
    assert ("Friday", "2041-10-11", "2041-10-11") in got
    got = rows(HEAD + "The statistics office will publish the October inflation figures next week.\n", "2041-10-09")
    assert not any(expression == "October" for expression, _, _ in got)


def test_a_month_with_a_figure_or_a_preposition_still_dates() -> None:
    got = rows(HEAD + "Velden Steel said its November sales fell 4%.\n", "2041-12-09")
    assert ("November", "2041-11-01", "2041-11-30") in got
    got = rows(HEAD + "Rebar prices will rise in November.\n", "2041-10-09")
    assert ("November", "2041-11-01", "2041-11-30") in got


def test_a_quarter_a_relative_clause_defines_dates_nothing() -> None:
    got = rows(HEAD + "Former staff said the company booked many of these fees in the quarter a contract was signed, "
                      "rather than spreading them.\n", "2041-05-16")
    assert not any(expression == "the quarter" for expression, _, _ in got)
    got = rows(HEAD + "Sales rose 4% in the quarter.\n", "2041-05-16")
    assert ("the quarter", "2041-01-01", "2041-03-31") in got


def test_a_count_ahead_of_an_event_places_it_after_the_day_of_its_sentence() -> None:
    # Thursday 2041-11-14: filed on Wednesday the 13th, two days ahead of the deadline (Friday the 15th)
    got = rows(HEAD + "Tolvik said Brenvik Lines had filed an initial report with the ministry on Wednesday, two days "
                      "ahead of the ministry's deadline.\n", "2041-11-14")
    assert ("two days ahead of", "2041-11-15", "2041-11-15") in got
    assert ("Wednesday", "2041-11-13", "2041-11-13") in got


def test_ahead_of_a_dated_event_is_no_count() -> None:
    got = rows(HEAD + "Brenvik Lines filed its plan on Monday, ahead of the Nov. 15 deadline.\n", "2041-11-14")
    assert not any(expression.endswith("ahead of") for expression, _, _ in got)


def test_a_deadline_of_its_own_with_clause_beside_the_telling_stays() -> None:
    # Thursday 2041-03-14: said on Wednesday the 13th; the details are due by March 31
    got = rows(HEAD + "Brenvik Lines said yesterday it would set up a refund scheme for passengers who could show "
                      "losses, with details to follow by the end of the month.\n", "2041-03-14")
    assert ("the end of the month", "2041-03-31", "2041-03-31") in got
    assert ("yesterday", "2041-03-13", "2041-03-13") in got


def test_a_plan_bounded_by_the_end_of_a_period_beside_the_telling_still_dates_the_telling_only() -> None:
    got = rows(HEAD + "On Monday, Brenvik Lines told the town that it would cut 280 jobs by the end of September.\n",
               "2041-03-14")
    assert got == [("Monday", "2041-03-11", "2041-03-11")]
