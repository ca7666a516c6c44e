"""Round 53, second wave (timeline53b): a holiday before a seller's goods, plans or marketing ("its Christmas range",
"our Christmas plan") names no day; a count of time against a plan ("a week later than planned", "a week after it was
due") dates nothing; a four-figure clock time in another zone ("at 19:20 BST (1820 GMT) on Sunday") is an hour of that
day; goods made "since May 17" date that day, as a state since a day does; "since the grounding" is dated by "grounded
on 13 October"; a question's subject dated in the past ("Was the freeze on Monday a surprise?") dates that event. One
test per rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions
from tests.timeline.test_timeline_dates50 import HEAD, rows


def test_a_holiday_before_a_seller_s_goods_or_plans_names_no_day() -> None:
    # Thursday 2041-10-17
    got = rows(HEAD + "Marrow Living warned on Thursday that part of its Christmas range would reach stores three weeks "
                      "late.\n", "2041-10-17")
    assert got == [("Thursday", "2041-10-17", "2041-10-17")]
    got = rows(HEAD + '"We had built buffers into our Christmas plan," the chief executive said.\n', "2041-10-17")
    assert got == []
    got = rows(HEAD + "Every day of delay means boxes that miss an Easter promotion, Tova Renn said on Monday.\n",
               "2041-03-20")
    assert got == [("Monday", "2041-03-18", "2041-03-18")]


def test_a_holiday_as_a_day_stays() -> None:
    got = rows(HEAD + "Marrow Living will close its stores on Christmas Day.\n", "2041-10-17")
    assert got == [("Christmas Day", "2041-12-25", "2041-12-25")]
    got = rows(HEAD + "Staff at the Velden depot will be paid a bonus at Christmas.\n", "2041-10-17")
    assert got == [("Christmas", "2041-12-25", "2041-12-25")]


def test_a_count_of_time_against_a_plan_dates_nothing() -> None:
    # Monday 2041-10-14
    got = rows(HEAD + "Brenvik Lines said it expected the ferry to dock at Velden on Wednesday, with freight arriving "
                      "about a week later than planned.\n", "2041-10-14")
    assert got == [("Wednesday", "2041-10-16", "2041-10-16")]
    got = rows(HEAD + "The freighter docked at Velden this morning, almost exactly a week after it was due.\n",
               "2041-10-14")
    assert got == [("this morning", "2041-10-14", "2041-10-14")]


def test_a_count_from_another_event_stays() -> None:
    got = rows(HEAD + "The crane reached the wreck on Friday, a week after the storm.\n", "2041-10-14")
    assert ("a week after", "2041-10-04", "2041-10-04") in got
    assert ("Friday", "2041-10-11", "2041-10-11") in got


def test_a_four_figure_clock_time_in_another_zone_is_an_hour_of_its_day() -> None:
    # Monday 2041-10-14: the hour in brackets is Sunday's, not the article's day
    got = rows(HEAD + "Tugs pulled the freighter free at about 19:20 BST (1820 GMT) on Sunday, the coastguard said.\n",
               "2041-10-14")
    assert got == [("Sunday", "2041-10-13", "2041-10-13")]
    got = rows(HEAD + "The auction closed at 10 a.m. ET (1400 GMT) on Tuesday.\n", "2041-10-14")
    assert got == [("Tuesday", "2041-10-08", "2041-10-08")]


def test_goods_made_since_a_day_date_that_day() -> None:
    # Thursday 2041-06-13
    got = rows(HEAD + "Orrin Foods said on Thursday that it was recalling everything made on both salad lines since "
                      "May 20.\n", "2041-06-13")
    assert ("May 20", "2041-05-20", "2041-05-20") in got
    got = rows(HEAD + "The recall covers all products shipped from the Velden plant since May 20.\n", "2041-06-13")
    assert got == [("May 20", "2041-05-20", "2041-05-20")]


def test_a_figure_since_a_day_stays_a_span() -> None:
    # left alone: a change measured since the day runs up to the article
    got = rows(HEAD + "Sales of products made since May 20 have fallen 12%.\n", "2041-06-13")
    assert got == [("May 20", "2041-05-20", "2041-06-13")]


def _articles(*articles: tuple[str, str]):  # type: ignore[no-untyped-def]
    raws = [(RawArticle(file=f"{i}.txt", text=HEAD + text, outlet=f"Outlet {i}", published=day),
             {"published_earliest": ""}, "corpus") for i, (text, day) in enumerate(articles)]
    got = timeline_mentions(build_corpus(raws))
    return sorted((r.file, r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def test_a_move_since_a_gerund_event_is_dated_by_its_verb() -> None:
    # two articles date the grounding with its verb ("grounded ... on Wednesday" the 9th), one names it beside the day
    # an inquiry into it was announced (Monday the 14th): the move since the grounding runs from the 9th
    got = _articles(("The freighter Tova Star grounded on a sandbank on Wednesday, the coastguard said.\n", "2041-10-10"),
                    ("Salvors said the Tova Star, which grounded off Velden on Wednesday, would be lightened.\n", "2041-10-11"),
                    ("The coastguard said on Monday it had opened an inquiry into the grounding.\n", "2041-10-15"),
                    ("Brenvik Lines shares have fallen 14% since the grounding.\n", "2041-10-17"))
    assert ("3.txt", "since the grounding", "2041-10-09", "2041-10-17") in got
    assert not any(f == "3.txt" and a == "2041-10-14" for f, _, a, _ in got)


def test_a_question_s_subject_dated_in_the_past_is_that_event() -> None:
    # Thursday 2041-11-21
    got = rows(HEAD + "Q: Was the freeze on Monday a surprise?\n", "2041-11-21")
    assert got == [("Monday", "2041-11-18", "2041-11-18")]


def test_a_question_s_own_verb_or_a_coming_date_stays_out() -> None:
    for question in ("Q: Did regulators approve the deal on Monday?", "Q: Why did the council vote against the "
                     "bridge on Monday?", "Q: Will the vote on Friday pass?"):
        assert rows(HEAD + question + "\n", "2041-11-21") == []


def test_a_multiple_of_a_level_a_year_earlier_is_the_period_compared_with() -> None:
    # Friday 2041-10-18
    got = rows(HEAD + "Spot rates for a container from Velden to Orrin were $9,400 last week, according to freight "
                      "index provider Kessa Data, nearly four times their level a year earlier.\n", "2041-10-18")
    assert got == [("last week", "2041-10-07", "2041-10-11")]


def test_a_period_a_change_is_told_in_stays() -> None:
    # left alone: a year earlier as the time of an act, the sentence's only date
    got = rows(HEAD + "Velden port handled four times as many ships after it was dredged a year earlier.\n", "2041-10-18")
    assert any(expression == "a year earlier" for expression, _, _ in got)


def test_a_gerund_of_the_session_is_not_named_by_its_verb() -> None:
    # left alone: "since the opening" is the session's, not the day another article says a plant opened
    got = _articles(("The Velden plant of Orrin Foods opened on Monday, the company said.\n", "2041-10-15"),
                    ("A second Orrin Foods plant opened on Monday in Keel.\n", "2041-10-15"),
                    ("Orrin Foods shares are up 2% since the opening.\n", "2041-10-17"))
    assert not any(f == "2.txt" and x == "since the opening" for f, x, _, _ in got)


def test_a_holiday_before_an_adjective_of_a_seller_s_goods_names_no_day() -> None:
    got = rows(HEAD + "A good part of Marrow Living's Christmas seasonal range is sitting on a sandbank, Tova Renn said "
                      "on Monday.\n", "2041-10-16")
    assert got == [("Monday", "2041-10-14", "2041-10-14")]


def test_dates_printed_on_goods_are_no_events() -> None:
    # Tuesday 2041-06-04
    got = rows(HEAD + "Orrin Foods said on Tuesday it was recalling 12 salads with use-by dates between May 30 and "
                      "June 21.\n", "2041-06-04")
    assert got == [("Tuesday", "2041-06-04", "2041-06-04")]
    got = rows(HEAD + "The recall covers wraps with a best-before date of June 28.\n", "2041-06-04")
    assert got == []


def test_a_day_of_a_sale_beside_goods_stays() -> None:
    # left alone: the day the goods were sold is an event of its own
    got = rows(HEAD + "The salads were sold at Velden stores on May 30.\n", "2041-06-04")
    assert got == [("May 30", "2041-05-30", "2041-05-30")]
