"""Round 57 (timeline57): the dated events of a sentence on the corpora opened this round (CORPUS99-104).
One test per rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_a_guessed_move_beside_a_record_since_a_date_stays_on_its_session() -> None:
    # Thursday 2041-10-17: the sentence names no day of the move; the record's date is a date of its own. The lead kept
    # the move on the article's session (the day's main move stays on the timeline), though writers of four corpora
    # date such a sentence by the record only.
    got = with_moves(HEAD + "Brenholt shares fell as much as 9.5 percent before closing down 7.1 percent, their lowest "
                            "close since October 2037.\n", "2041-10-17")
    assert ("7.1% (share move)", "2041-10-17", "2041-10-17") in got
    got = with_moves(HEAD + "Brenholt shares closed down 12.3%, their biggest drop since its 2036 listing.\n", "2041-10-17")
    assert ("12.3% (share move)", "2041-10-17", "2041-10-17") in got and ("2036", "2036-01-01", "2036-12-31") in got


_DATELINE = ("LONDON, Oct 17 (Alpwire) - Britain's food agency said on Thursday it had found the fault in pies sold by "
             "Tarrow Foods.\n\n")


def test_news_that_comes_a_count_after_an_event_counts_back_from_the_article() -> None:
    # Thursday 2041-10-17: the event after "after" is the count before the article's day, never after the dateline
    got = rows(HEAD + _DATELINE + "The findings come a month after regulators in Ireland reported the fault in pies.\n",
               "2041-10-17")
    assert ("a month after", "2041-09-01", "2041-09-30") in got
    assert not any(start > "2041-10-17" for _, start, _ in got)
    got = rows(HEAD + _DATELINE + "The recall comes eight days after Tarrow said its accounts should no longer be relied "
                                  "upon.\n", "2041-10-17")
    assert ("eight days after", "2041-10-09", "2041-10-09") in got
    # the clause names the event's date itself: that date, and no count
    got = rows(HEAD + _DATELINE + "The findings come a month after regulators in Ireland reported the fault in pies in "
                                  "mid-September.\n", "2041-10-17")
    assert ("mid-September", "2041-09-11", "2041-09-20") in got
    assert not any(expression == "a month after" for expression, _, _ in got)
    # left alone: "came" (told in the past) is read from the main clause's day, as before
    got = rows(HEAD + "The request came two days after the miner disclosed the loss on Tuesday.\n", "2041-10-17")
    assert not any(expression.startswith("two days after") and start > "2041-10-17" for expression, start, _ in got)


def test_that_of_is_a_pronoun_and_opens_no_clause() -> None:
    # Tuesday 2041-10-22: "follows that of X last Wednesday" is no subordinate clause holding the count after it
    got = rows(HEAD + "The resignation follows that of finance chief Gareth Molt last Wednesday and comes eight days "
                      "after Tarrow said its accounts should no longer be relied upon.\n", "2041-10-22")
    assert ("last Wednesday", "2041-10-16", "2041-10-16") in got
    assert ("eight days after", "2041-10-14", "2041-10-14") in got
    # a clause "that" opens still holds its date ("said on Monday that it had cut prices on Friday")
    got = rows(HEAD + "Tarrow said on Monday that it had cut prices on Friday.\n", "2041-10-22")
    assert ("Monday", "2041-10-21", "2041-10-21") in got


def test_a_level_so_far_beside_an_event_with_only_or_a_past_period_is_background() -> None:
    # Thursday 2041-10-17
    got = with_moves(HEAD + "Orrin Metals shares are down about 14% since the regulator filed its complaint on Oct. 3, "
                            "and are up only 3% this year.\n", "2041-10-17")
    assert not any(start == "2041-01-01" for _, start, _ in got)
    assert ("Oct. 3", "2041-10-03", "2041-10-03") in got
    got = with_moves(HEAD + "Kessel Tobacco's net profit fell 18 percent in the first nine months of 2040, and its shares "
                            "are down 14 percent year-to-date.\n", "2041-10-17")
    assert not any(start == "2041-01-01" for _, start, _ in got)
    assert ("the first nine months of 2040", "2040-01-01", "2040-09-30") in got
    # left alone: the level alone, and beside a period of the same year it runs over
    got = with_moves(HEAD + "Kessel Tobacco shares are up only 3% this year.\n", "2041-10-17")
    assert any(start == "2041-01-01" and end == "2041-10-17" for _, start, end in got)


def test_a_move_since_a_dated_event_beside_that_events_day_is_no_second_row() -> None:
    # Tuesday 2041-10-22: the announcement's day is the sentence's event; the move since it adds no span up to today
    got = with_moves(HEAD + "Orrin Metals shares are still down about 15 percent since the Oct. 11 announcement by the "
                            "regulator that first linked the company to the fault.\n", "2041-10-22")
    assert got == [("Oct. 11", "2041-10-11", "2041-10-11")]
    # left alone: a move since a day that names no event of its own keeps its span
    got = with_moves(HEAD + "Orrin Metals shares have fallen 21 percent since Oct. 11.\n", "2041-10-22")
    assert any(start > "2041-10-11" and end == "2041-10-22" for _, start, end in got)


def test_a_headlines_bare_year_before_its_event_noun_after_since_names_that_event() -> None:
    # Saturday 2041-11-09: "since 2039 listing" (a headline drops the article) is the listing's year, as "since the
    # 2039 listing" is
    got = rows(HEAD + "Shares closed down 27.4%, their biggest drop since 2039 listing.\n", "2041-11-09")
    assert ("2039", "2039-01-01", "2039-12-31") in got
    # left alone: a bare year of a comparison, and a level's year
    got = rows(HEAD + "Shares closed down 27.4%, their biggest drop since 2039.\n", "2041-11-09")
    assert not any(expression == "2039" for expression, _, _ in got)
    got = rows(HEAD + "Shares closed down 27.4%, their lowest since 2039 levels.\n", "2041-11-09")
    assert not any(expression == "2039" for expression, _, _ in got)


def test_news_that_will_come_a_count_after_an_event_is_no_count_back() -> None:
    got = rows(HEAD + "The vote will come three days after the primary.\n", "2041-10-17")
    assert not any(expression.startswith("three days") for expression, _, _ in got)


def test_a_part_of_a_month_after_since_that_a_when_clause_tells_is_that_events_time() -> None:
    # Monday 2041-08-04: the "when" clause tells what happened at the start of July; that dates the sentence
    got = with_moves(HEAD + "The stock had already fallen 21 percent since the start of July, when reports of new cases "
                            "began to weigh on bookings.\n", "2041-08-04")
    assert ("the start of July", "2041-07-01", "2041-07-10") in got
    # left alone: no "when" clause, or one that only gives the close measured from: a move over the days after it
    got = with_moves(HEAD + "The stock had already fallen 21 percent since the start of July.\n", "2041-08-04")
    assert ("the start of July", "2041-07-11", "2041-08-04") in got
    got = with_moves(HEAD + "The stock has fallen 14% since mid-July, when it closed at a record.\n", "2041-08-04")
    assert ("mid-July", "2041-07-21", "2041-08-04") in got
