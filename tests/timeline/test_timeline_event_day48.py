"""Round 48 (timeline48): a share move told "on the day of the <event>" (and a figure "the following session" after
it) is placed on the day the story gives that event: the article's own earlier sentence, else the other articles; a
move "on the first day of the <event>" whose day the story does not give is on no session. Every sentence, outlet and
name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.market.moves import extract_moves
from analysis.timeline.event_day import event_words
from analysis.timeline.events import timeline_mentions
from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def _story(*articles: tuple[str, str, str]) -> list[tuple[str, str, str, str]]:
    """(file, expression, date_start, date_end) of every timeline row of a corpus of (file, text, published)."""
    corpus = build_corpus([(RawArticle(file=f, text=t, outlet="One", published=p), {"published_earliest": ""}, "corpus")
                           for f, t, p in articles])
    got = timeline_mentions(corpus, moves=extract_moves(corpus))
    return sorted((r.file, r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def test_the_verb_of_an_event_noun_names_it_too() -> None:
    assert {"announced", "announces"} <= event_words("announcement")
    assert {"disclosed", "warned", "approved"} <= event_words("disclosure") | event_words("warning") | event_words("approval")


def test_a_move_on_the_day_of_an_event_the_article_dated_before_is_on_that_day() -> None:
    # published on Friday 2041-11-15; the announcement was on Tuesday 2041-11-12
    text = (HEAD + "Pellham Orchards announced on Tuesday that it would close two packing plants.\n\n"
                   "Brisk Cider shares lost 8.2% on the day of the announcement and another 2.4% the following "
                   "session as buyers weighed the loss of its biggest supplier.\n")
    got = with_moves(text, "2041-11-15")
    assert ("8.2% (share move)", "2041-11-12", "2041-11-12") in got
    assert ("2.4% (share move)", "2041-11-13", "2041-11-13") in got


def test_a_move_on_the_day_of_an_event_another_article_dates_is_on_that_day() -> None:
    first = ("Pellham warns on orchard yields\n\nPellham Orchards issued a profit warning on Wednesday, citing a "
             "late frost.\n")
    later = (HEAD + "Shares of Brisk Cider, which fell 3.3% on the day of Pellham's warning, have since recovered "
                    "most of the loss.\n")
    got = _story(("a.txt", first, "2041-11-13"), ("b.txt", later, "2041-11-19"))
    assert ("b.txt", "3.3% (share move)", "2041-11-13", "2041-11-13") in got


def test_a_move_on_the_first_day_of_an_undated_event_is_on_no_session() -> None:
    # before: the article's session (the last one it told), a day the sentence does not give
    text = (HEAD + "Keel Foods rose 1.2% on Friday.\n\nThe company's shares, which lost 21.5% on the first day of "
                   "the recall, have since steadied.\n")
    got = with_moves(text, "2041-11-18")
    assert not any(e == "21.5% (share move)" for e, _, _ in got)
    assert ("Friday", "2041-11-15", "2041-11-15") in got


def test_a_move_on_the_first_day_of_trading_is_left_alone() -> None:
    got = with_moves(HEAD + "Keel Foods shares rose 14% on the first day of trading in Valdmere.\n", "2041-11-13")
    assert ("14% (share move)", "2041-11-13", "2041-11-13") in got


def test_news_told_before_the_market_opened_beside_another_event_s_year_is_on_the_article_s_day() -> None:
    # published on Wednesday 2041-11-13
    text = (HEAD + "Keel Foods said in a statement before the market opened that it would close the packing plant "
                   "it built in 2036.\n")
    got = rows(text, "2041-11-13")
    assert ("before the market opened", "2041-11-13", "2041-11-13") in got
    assert ("2036", "2036-01-01", "2036-12-31") in got


def test_news_told_before_the_market_opened_on_a_named_day_keeps_that_day() -> None:
    # left alone: the sentence's own day is the telling's
    text = HEAD + "Keel Foods said on Monday before the market opened that it would close the packing plant.\n"
    got = rows(text, "2041-11-13")
    assert not any(e == "before the market opened" for e, _, _ in got)
    assert ("Monday", "2041-11-11", "2041-11-11") in got


def test_the_past_years_of_an_act_told_over_them_run_up_to_the_article_s_day() -> None:
    # published on Wednesday 2041-11-13
    got = rows(HEAD + "The growers' cooperative has struggled to make money over the last decade.\n", "2041-11-13")
    assert ("the last decade", "2031-11-14", "2041-11-13") in got
    got = rows(HEAD + "Valdmere cider makers have together taken 3 percentage points of market share over the past two "
                      "years.\n", "2041-11-13")
    assert ("the past two years", "2039-11-14", "2041-11-13") in got
    got = rows(HEAD + "Its chief executive said in an interview that the company had spent the last two years "
                      "diversifying.\n", "2041-11-13")
    assert ("the last two years", "2039-11-14", "2041-11-13") in got


def test_past_years_without_an_act_or_ahead_stay_undated() -> None:
    # left alone: no act told over the years, a forecast, and decades beyond the reach
    for sentence in ("Pellham's profit record over the past two years tarnished its name.",
                     "Keel Foods expects sales to double over the next five years.",
                     "The number of orchards has halved in the past three decades."):
        assert rows(HEAD + sentence + "\n", "2041-11-13") == []


def test_the_event_an_interview_comes_after_is_counted_back_from_the_article_s_day() -> None:
    # published on Monday 2041-11-18
    text = (HEAD + "A week after a frost destroyed half its crop, Pellham Orchards chief executive Mara Venn sat down "
                   "with the Valdmere Courier at the company's packing house.\n")
    assert ("A week after", "2041-11-11", "2041-11-11") in rows(text, "2041-11-18")


def test_a_past_main_clause_after_an_event_still_dates_nothing() -> None:
    # left alone: the day of a past act the sentence does not give
    text = HEAD + "A week after a frost destroyed half its crop, Pellham Orchards cut 40 jobs.\n"
    assert not any(e == "A week after" for e, _, _ in rows(text, "2041-11-18"))


def test_the_past_week_an_act_in_the_simple_past_fills_runs_up_to_the_article_s_day() -> None:
    # published on Wednesday 2041-11-13: the working days of the last week, Thursday 7 to Wednesday 13
    text = (HEAD + "The three big cider makers moved over the past week to reassure growers that the inquiry does not "
                   "extend to them.\n")
    assert ("the past week", "2041-11-07", "2041-11-13") in rows(text, "2041-11-13")


def test_the_past_weeks_of_a_past_narrative_or_a_plan_stay_undated() -> None:
    # left alone: a past perfect of a narrative, and a participle after "was"
    for sentence in ("The orchard had been closed over the past week when the inspectors came.",
                     "The levy was discussed over the past week by the council."):
        assert not any("week" in e for e, _, _ in rows(HEAD + sentence + "\n", "2041-11-13")), sentence


def test_a_move_during_an_event_of_the_story_is_on_no_session() -> None:
    # published on Monday 2041-11-18, after the blockade ended: the rise is of its days, not the article's
    got = with_moves(HEAD + "Your shares rose as much as 27% during the blockade.\n", "2041-11-18")
    assert not any(e.endswith("(share move)") for e, _, _ in got)


def test_a_move_during_the_session_stays_on_the_article_s_session() -> None:
    got = with_moves(HEAD + "Keel Foods shares rose as much as 6% during the session.\n", "2041-11-18")
    assert ("as much as 6% (share move)", "2041-11-18", "2041-11-18") in got


def test_a_figure_of_last_quarter_is_an_event_over_that_quarter() -> None:
    # published on Friday 2041-11-15: last quarter is July to September
    got = rows(HEAD + "Keel Foods' order book grew 14% last quarter.\n", "2041-11-15")
    assert ("last quarter", "2041-07-01", "2041-09-30") in got


def test_last_quarter_without_a_figure_stays_undated() -> None:
    # left alone: the period a report covers
    got = rows(HEAD + "Keel Foods will report results for last quarter on Friday.\n", "2041-11-13")
    assert not any(e == "last quarter" for e, _, _ in got)


def test_a_year_a_date_slipped_to_is_the_event_s_year() -> None:
    got = rows(HEAD + "The cannery's grid connection has slipped to 2043.\n", "2041-11-13")
    assert ("2043", "2043-01-01", "2043-12-31") in got
    got = rows(HEAD + "The opening of the cold store was pushed back to 2044.\n", "2041-11-13")
    assert ("2044", "2044-01-01", "2044-12-31") in got


def test_a_term_s_end_year_before_a_conjunction_is_no_modifier() -> None:
    got = rows(HEAD + "Keel Foods has a contract with Brisk Cider that runs to 2045 and accounts for 4% of its sales.\n",
               "2041-11-13")
    assert ("2045", "2045-01-01", "2045-12-31") in got
    # left alone: a year that modifies the noun after it
    got = rows(HEAD + "Keel Foods expects prices to fall back to 2040 levels.\n", "2041-11-13")
    assert not any(e == "2040" for e, _, _ in got)


def test_a_plan_for_later_this_year_is_on_the_rest_of_the_year() -> None:
    # published on Tuesday 2041-06-18
    got = rows(HEAD + "Keel Foods will present its new cider range at a trade fair later this year.\n", "2041-06-18")
    assert ("later this year", "2041-06-19", "2041-12-31") in got


def test_this_year_as_a_whole_stays_undated() -> None:
    # left alone: the current year as a whole is too vague to place an event
    got = rows(HEAD + "Keel Foods will open a second packing plant this year.\n", "2041-06-18")
    assert not any(e == "this year" for e, _, _ in got)


def test_a_day_told_as_the_last_before_an_event_is_not_that_event_s_day() -> None:
    # published on Friday 2041-11-15; Friday 2041-11-08 was the last session before the levy
    text = (HEAD + "Keel Foods remains 6.2% below its close on Nov. 8, the last session before the levy was "
                   "announced.\n\nBrisk Cider slipped another 0.8%, leaving it down 8% since the levy.\n")
    got = rows(text, "2041-11-15")
    assert not any(e == "since the levy" and start == "2041-11-08" for e, start, _ in got)


def test_a_move_since_an_event_the_article_dated_runs_from_its_day() -> None:
    text = (HEAD + "The council announced the levy on Nov. 11.\n\nBrisk Cider slipped another 0.8%, leaving it down "
                   "8% since the levy.\n")
    assert ("since the levy", "2041-11-11", "2041-11-15") in rows(text, "2041-11-15")
