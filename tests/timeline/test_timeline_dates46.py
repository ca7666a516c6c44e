"""Round 40 (timeline, dates46): a clock time told with its day in one phrase is an hour of that day; a share move's
session that its own sentence names is the day the timeline reads there (a weekday some weeks back, a copy's "today"
on the day the copy's text first ran). One test per rule, each with what it must leave alone. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.market.moves import extract_moves
from analysis.timeline.events import timeline_mentions

HEAD = "Harbour blaze shuts Orlen terminal\n\n"


def rows(text: str, published: str, moves: bool = False) -> list[tuple[str, str, str]]:
    """(expression, date_start, date_end) of every timeline row of one article, in order; with ``moves`` its share
    moves read too."""
    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    got = timeline_mentions(corpus, moves=extract_moves(corpus) if moves else None)
    # (the rows of the text: not the headline's news, round 59, which these articles' one-line headlines would add)
    return sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples()
                  if not (r.sent_id == -1 and r.kind != "move"))


def test_a_clock_time_joined_to_its_day_is_an_hour_of_that_day() -> None:
    # published on Tuesday 2041-03-19: the hour is the day's the phrase names, not the publication day's
    got = rows(HEAD + "Smoke was first seen above the tanks at 11:40 p.m. local time on 03/14/2041, according to "
                      "the harbour master's log.\n", "2041-03-19")
    assert got == [("03/14/2041", "2041-03-14", "2041-03-14")]
    got = rows(HEAD + "Insurers of the terminal meet its owners at 3:30 p.m. (Varden time) on 21 March 2041 in "
                      "Orlen.\n", "2041-03-19")
    assert got == [("21 March 2041", "2041-03-21", "2041-03-21")]


def test_a_clock_time_with_no_day_joined_to_it_keeps_its_own_day() -> None:
    # left alone: a clock time of another clause, and one whose day is told elsewhere in the sentence
    got = rows(HEAD + "The terminal shut at 9 a.m. and on Monday it reopened.\n", "2041-03-19")
    assert got == [("9 a.m.", "2041-03-19", "2041-03-19"), ("Monday", "2041-03-18", "2041-03-18")]
    got = rows(HEAD + "Keel Ferries said on Monday the blaze began at 11:40 p.m.\n", "2041-03-19")
    assert got == [("Monday", "2041-03-18", "2041-03-18")]


def test_a_move_on_a_weekday_some_weeks_back_is_on_the_day_the_timeline_reads() -> None:
    # published on Thursday 2041-03-21: "Thursday last week" is the 14th, for the move as for the sentence
    got = rows(HEAD + "Velmora Foods, whose shares slid 11.5% on Thursday last week when the terminal burned, has "
                      "hired a salvage firm.\n", "2041-03-21", moves=True)
    assert got == [("Thursday", "2041-03-14", "2041-03-14")]  # the move on that Thursday, told once (not on the 21st)


def test_a_move_on_another_day_of_its_sentence_keeps_its_session() -> None:
    # left alone: a move of the session before the one its sentence names, and a move a possessive dates
    got = rows(HEAD + "Velmora Foods shares fell 2.1% on Tuesday, after losing 4.4% in the previous session.\n",
               "2041-03-19", moves=True)
    # (round 62: the sentence's own row and the move of its day are one event, told once, by the sentence's row)
    assert got == [("4.4% (share move)", "2041-03-18", "2041-03-18"), ("Tuesday", "2041-03-19", "2041-03-19")]
    got = rows(HEAD + "Velmora Foods shares rose 3.2% on Thursday, extending Wednesday's 4.4% gain.\n", "2041-03-22",
               moves=True)
    assert got == [("4.4% (share move)", "2041-03-20", "2041-03-20"), ("Thursday", "2041-03-21", "2041-03-21")]


COPY = ("Velmora slides again\n\n"
        "This story was first published by the Varden Courier on March 14, 2041; we reprint it with a map of the "
        "recall.\n"
        "Velmora Foods fell 9% yesterday after it recalled frozen meals.\n"
        "By lunchtime today Velmora Foods stock had shed another 3.3% in Orlen.\n")


def test_a_copy_s_move_today_is_on_the_day_its_text_first_ran() -> None:
    # printed on Tuesday the 19th, first run on Thursday the 14th: "today" is the 14th for the move too
    got = rows(COPY, "2041-03-19", moves=True)
    # the moves on the days their sentences tell, each told once (none on the copy's 18th or 19th)
    assert got == [("today", "2041-03-14", "2041-03-14"), ("yesterday", "2041-03-13", "2041-03-13")]
    # left alone: the same text with no note of a first run is read on its own day
    got = rows(COPY.replace(COPY.splitlines()[2] + "\n", ""), "2041-03-19", moves=True)
    assert ("today", "2041-03-19", "2041-03-19") in got or ("3.3% (share move)", "2041-03-19", "2041-03-19") in got
    assert not any(start == "2041-03-14" for _, start, _ in got)


def test_a_present_perfect_this_month_or_week_runs_up_to_the_article_s_day() -> None:
    # published on Friday 2041-03-22: what "has/have" done "this month" is the month so far, with or without a percent,
    # inside a forecast's clause too; "this week" beside a day of its week stays the week so far
    got = rows(HEAD + "Pension funds have bought back 1,850 million crowns of Orlen bonds this month.\n", "2041-03-22")
    assert got == [("this month", "2041-03-01", "2041-03-22")]
    got = rows(HEAD + "Freight brokers think tanker rates, which have doubled this month, will ease by May.\n",
               "2041-03-22")
    assert ("this month", "2041-03-01", "2041-03-22") in got
    got = rows(HEAD + "Despite a bounce on Thursday, Keel Ferries stock has given up 7.5% this week.\n", "2041-03-22")
    assert got == [("Thursday", "2041-03-21", "2041-03-21"), ("this week", "2041-03-18", "2041-03-22")]


def test_this_month_of_a_plan_a_past_act_or_an_obligation_is_the_whole_month() -> None:
    for sentence in ("The board will meet this month.", "Orlen Shipping cut 300 jobs this month.",
                     "The fund has to decide this month whether to sell."):
        assert rows(HEAD + sentence + "\n", "2041-03-22") == [("this month", "2041-03-01", "2041-03-31")], sentence


def test_a_move_since_the_start_of_the_running_month_runs_from_its_first_day_to_the_article_s() -> None:
    # published on 2041-05-08, still in "the start of May": the move runs from May 1 up to that day
    for start in ("the start of May", "the beginning of May"):
        got = rows(HEAD + f"Orlen tanker rates have gained 15% since {start}, brokers say.\n", "2041-05-08")
        assert got == [(start, "2041-05-01", "2041-05-08")]
    # left alone: the start of a month gone by (the days after it), and a state with no figure moved
    assert rows(HEAD + "Orlen tanker rates have gained 15% since the start of April, brokers say.\n", "2041-05-08") == [
        ("the start of April", "2041-04-11", "2041-05-08")]
    assert rows(HEAD + "The terminal has been idle since the start of May.\n", "2041-05-08") == [
        ("the start of May", "2041-05-01", "2041-05-10")]


def test_a_move_since_the_story_s_event_runs_from_the_day_tied_to_the_event() -> None:
    from tests.timeline.test_timeline_round38_tl42 import story_dates

    # "the hike on March 13" dates the hike itself; "said on Monday ... ahead of the hike" dates another act
    before = ("Funds trim Orlen bets\n\nHalden Capital said on Monday it had cut its Orlen holdings ahead of the hike.\n",
              "2041-03-12")
    tied = ("Orlen central bank acts\n\nTraders called the hike on March 13 a surprise to nobody.\n",
            "2041-03-14")
    since = ("Keel Bank steadies\n\nKeel Bank stock has recovered 3.5% since the hike.\n", "2041-03-20")
    assert story_dates([before, tied, since])["a2.txt"] == [("since the hike", "2041-03-13", "2041-03-20")]
    # left alone: with no sentence tying a date to the hike, the earliest of the days named beside it, as before
    beside = ("Orlen central bank acts\n\nKeel Bank gained 1.5% on Wednesday as traders digested the hike.\n",
              "2041-03-14")
    assert story_dates([before, beside, since])["a2.txt"] == [("since the hike", "2041-03-11", "2041-03-20")]
