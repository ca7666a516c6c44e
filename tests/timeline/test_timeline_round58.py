"""Round 58 (timeline58): the dated events of a sentence on the corpora opened this round (CORPUS105-107). One test
per rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions
from tests.timeline.test_timeline_dates50 import HEAD, rows


def _story(*articles: tuple[str, str, str]) -> list[tuple[str, str, str, str]]:
    """(file, expression, date_start, date_end) of every timeline row of a corpus of (file, text, published)."""
    corpus = build_corpus([(RawArticle(file=f, text=t, outlet="One", published=p), {"published_earliest": ""}, "corpus")
                           for f, t, p in articles])
    got = timeline_mentions(corpus)
    return sorted((r.file, r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def test_a_years_move_before_an_event_the_article_dated_ends_before_that_day() -> None:
    # Friday 2041-11-15; the fire was on Monday 2041-11-11: the span ends on Friday 2041-11-08
    got = rows(HEAD + "A fire broke out at the Orrin Metals smelter on Monday night.\n\nOrrin's shares had risen 42% "
                      "this year before the fire, as orders for copper wire grew.\n", "2041-11-15")
    assert ("this year", "2041-01-01", "2041-11-08") in got
    assert not any(x == "this year" and end > "2041-11-08" for x, _, end in got)
    # "ahead of the recall", the article naming it by its verb ("recalled") on Wednesday 2041-11-13
    got = rows(HEAD + "Tessel Bio recalled its eye drops on Wednesday.\n\nThe stock had gained 22% this year ahead of "
                      "the recall.\n", "2041-11-15")
    assert ("this year", "2041-01-01", "2041-11-12") in got


def test_a_years_move_before_an_event_other_articles_date_ends_before_that_day() -> None:
    first = ("a.txt", HEAD + "Brisk Cider agreed on Tuesday to buy Pellham Orchards for $2 billion, the companies said.\n",
             "2041-11-12")
    second = ("b.txt", HEAD + "Some investors questioned the price. Pellham's stock had fallen 30% this year before the "
                              "deal.\n", "2041-11-18")
    # Monday 2041-11-18; the other article names no deal: up to the working day before the article, as before
    assert ("b.txt", "this year", "2041-01-01", "2041-11-15") in _story(first, second)
    # the other article dates the deal (Tuesday 2041-11-12): the span ends on Monday 2041-11-11
    first = ("a.txt", HEAD + "Brisk Cider announced the deal on Tuesday, paying $2 billion for Pellham Orchards.\n",
             "2041-11-12")
    got = _story(first, second)
    assert ("b.txt", "this year", "2041-01-01", "2041-11-11") in got


def test_a_years_move_before_a_day_or_an_undated_event_is_left_alone() -> None:
    # before a day the sentence names: the working day before it, as before
    got = rows(HEAD + "Orrin Metals had gained 23% this year before Tuesday's drop.\n", "2041-11-15")
    assert ("this year", "2041-01-01", "2041-11-11") in got
    # an event nobody dated: up to the working day before the article's date, as before
    got = rows(HEAD + "Orrin's shares had risen 42% this year before the fire.\n", "2041-11-15")
    assert ("this year", "2041-01-01", "2041-11-14") in got


def test_a_stretch_of_a_month_or_year_in_a_subordinate_clause_dates_its_own_event() -> None:
    # Monday 2041-09-09: Sunday and Tuesday in the main clause, the end of August in the "since" clause
    got = rows(HEAD + "Orrin Gas told Brisk Fertiliser on Sunday that it would cut volumes by 60% from Tuesday, citing "
                      "the loss of pipeline gas since flows through the Tarn line stopped at the end of August.\n",
               "2041-09-09")
    assert ("the end of August", "2041-08-31", "2041-08-31") in got
    assert ("Sunday", "2041-09-08", "2041-09-08") in got
    # Friday 2041-02-15: a part of the year in a clause of time
    got = rows(HEAD + "When Valdmere's finance ministry raised the fuel levy at the start of the year, Brisk Oil cut its "
                      "pump prices on Feb. 4 to keep drivers.\n", "2041-02-15")
    assert any(x == "the start of the year" and start == "2041-01-01" for x, start, _ in got)


def test_a_week_a_weekend_or_a_count_in_a_subordinate_clause_still_gives_way() -> None:
    # Thursday 2041-10-17: last week and the weekend stay the background of the main clause's day
    got = rows(HEAD + "Holloway Home warned on Thursday that its range would be late after a ship ran aground in the "
                      "strait last week.\n", "2041-10-17")
    assert not any(x == "last week" for x, _, _ in got)
    got = rows(HEAD + "Velmar shares slumped on Monday after its app led the download charts over the weekend.\n",
               "2041-10-17")
    assert not any(x == "the weekend" for x, _, _ in got)
