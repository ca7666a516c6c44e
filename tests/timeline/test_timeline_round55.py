"""Round 55 (timeline55): the dated events of a sentence on the corpora opened this round (CORPUS81, 85, 87, 89, 90, 92).
One test per rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_a_quarter_adjective_of_a_figure_that_changed_is_that_quarter() -> None:
    # Thursday 2041-10-17: the third quarter just gone
    got = rows(HEAD + "Third-quarter revenue slipped 6% on a like-for-like basis, with exports down 9%.\n", "2041-10-17")
    assert ("Third-quarter", "2041-07-01", "2041-09-30") in got
    # a coming effect on the quarter, by a figure
    got = rows(HEAD + "Brenna Lisle said the stoppage would cut fourth-quarter output by 40,000 tonnes.\n", "2041-10-17")
    assert ("fourth-quarter", "2041-10-01", "2041-12-31") in got


def test_a_quarter_adjective_without_a_figure_of_it_stays_no_event() -> None:
    got = rows(HEAD + "Orrin Metals will report third-quarter results on Oct. 29.\n", "2041-10-17")
    assert not any(expression.lower() == "third-quarter" for expression, _, _ in got)
    got = rows(HEAD + "Orrin Metals withdrew its fourth-quarter revenue forecast on Monday.\n", "2041-10-17")
    assert not any(expression.lower() == "fourth-quarter" for expression, _, _ in got)
    got = rows(HEAD + "Orrin Metals rose 1.1% after reporting third-quarter net profit up 14%.\n", "2041-10-17")
    assert not any(expression.lower() == "third-quarter" for expression, _, _ in got)
    # the day the figure was told is its event, as with "in the third quarter"
    got = rows(HEAD + "Orrin Metals said on Monday its third-quarter revenue slipped 6%.\n", "2041-10-17")
    assert not any(expression.lower() == "third-quarter" for expression, _, _ in got)


def test_a_run_told_as_last_weeks_beside_a_day_is_placed_on_its_days() -> None:
    # Tuesday 2041-11-12: last week is November 4 to 8
    got = with_moves(HEAD + "Keel Rail shares, which lost 19% last week, rose 2% on Tuesday.\n", "2041-11-12")
    assert ("19% (share move)", "2041-11-04", "2041-11-08") in got
    got = with_moves(HEAD + "Shares of Brisk Cider fell 4% on Tuesday, extending last week's 21.4% slide.\n", "2041-11-12")
    assert ("21.4% (share move)", "2041-11-04", "2041-11-08") in got


def test_a_run_counted_back_from_the_article_or_dated_by_its_sentence_stays_as_before() -> None:
    # a run the sentence dates itself is that date's event, no second row
    got = with_moves(HEAD + "Keel Rail shares lost 19% last week.\n", "2041-11-12")
    assert got == [("last week", "2041-11-04", "2041-11-08")]
    # a run counted back from the article's day is not placed on days before it
    got = with_moves(HEAD + "Keel Rail extended its slide, taking its two-day loss to 35%.\n", "2041-11-12")
    assert not any(start < "2041-11-12" for _, start, _ in got)


def test_a_figures_quarter_leaves_a_move_on_its_session() -> None:
    # the quarter is the period of the sales figure, not the day of the move the article's date places
    got = with_moves(HEAD + "Orrin Metals shares fell 5% after the company said third-quarter sales fell 4%.\n",
                     "2041-10-17")
    assert ("5% (share move)", "2041-10-17", "2041-10-17") in got
    got = with_moves(HEAD + "Orrin Metals shares fell 5% after the company said sales fell 4% in the third quarter.\n",
                     "2041-10-17")
    assert ("5% (share move)", "2041-10-17", "2041-10-17") in got


def test_a_years_levels_a_norm_for_a_period_and_a_years_audit_date_nothing() -> None:
    # Thursday 2041-10-17
    got = rows(HEAD + "Kessel said ferry bookings to the islands in September were still about 25% below 2038 levels, "
                      "and fares had risen further.\n", "2041-10-17")
    assert not any(expression == "2038" for expression, _, _ in got)
    assert ("September", "2041-09-01", "2041-09-30") in got
    got = rows(HEAD + "Orrin Hydro said its dams were releasing about 60% of their usual flow for early August, and "
                      "that it had warned the grid on Tuesday.\n", "2041-08-08")
    assert not any(expression == "early August" for expression, _, _ in got)
    got = rows(HEAD + "By Tuesday's close the shares had lost 21% in two sessions, and the auditor has said its 2040 "
                      "audit report can no longer be relied upon.\n", "2041-10-17")
    assert not any(expression == "2040" for expression, _, _ in got)


def test_a_year_a_state_began_in_stays() -> None:
    # left alone: a year no figure is set against
    got = rows(HEAD + "Orrin Hydro has supplied the island since 2038, it said on Tuesday.\n", "2041-10-17")
    assert ("2038", "2038-01-01", "2038-12-31") in got


def test_a_second_thing_said_with_its_own_day_is_no_clause_of_the_first() -> None:
    # Monday 2041-05-13: the saying has no date; both things said keep their days
    got = rows(HEAD + "Orrin Metals said Valdo Steel had missed payments on April 19 and May 3, and that it served a "
                      "notice of default on the buyer on Friday.\n", "2041-05-13")
    assert ("Friday", "2041-05-10", "2041-05-10") in got
    assert ("May 3", "2041-05-03", "2041-05-03") in got


def test_a_later_day_said_after_a_dated_saying_stays_as_before() -> None:
    # left alone: "that" after a saying of its own day, a day later than it in the clause said (a plan told that day)
    got = rows(HEAD + "Orrin Metals shares fell 4% on Monday after the company said that it had found a flaw.\n",
               "2041-05-15")
    assert got == [("Monday", "2041-05-13", "2041-05-13")]


def test_last_weekends_high_winds_are_that_weekends_event() -> None:
    # Friday 2041-07-19: the weekend gone by is the 13th and 14th
    got = rows(HEAD + "The regulator said on Thursday it would examine whether the utility should have cut power ahead "
                      "of last weekend's high winds.\n", "2041-07-19")
    assert ("last weekend", "2041-07-13", "2041-07-14") in got


def test_last_weeks_high_stays_a_level() -> None:
    # left alone: a level of last week ("retreated from last week's two-year high") dates no event
    got = rows(HEAD + "Copper retreated on Thursday from last week's two-year high.\n", "2041-07-19")
    assert not any(expression == "last week" for expression, _, _ in got)


def test_days_after_an_event_told_in_the_past_count_from_the_saying_not_a_coming_day() -> None:
    # Monday 2041-11-18: a plan's day (Jan. 2) after the saying's; the warning was five days before the saying
    got = rows(HEAD + "Orrin Foods said on Monday it would raise its prices by 6% from Jan. 2, five days after a profit "
                      "warning that wiped a fifth off its market value.\n", "2041-11-18")
    assert ("five days after", "2041-11-13", "2041-11-13") in got
    assert ("Jan. 2", "2042-01-02", "2042-01-02") in got


def test_a_week_after_an_event_named_in_passing_stays_undated() -> None:
    # left alone: an indefinite event with no act told of it, beside the sentence's own day
    got = rows(HEAD + "Keel shares led gains on Monday after it restored its platform a week after a cyberattack.\n",
               "2041-11-21")
    assert got == [("Monday", "2041-11-18", "2041-11-18")]


def test_a_deadline_beside_the_day_of_an_aside_is_the_sentences_event() -> None:
    # Wednesday 2041-03-20: the inquiry opened on Monday (an aside); its report is due by the end of May
    got = rows(HEAD + "The port inquiry, which opened on Monday, is due to report by the end of May.\n", "2041-03-20")
    assert ("the end of May", "2041-05-31", "2041-05-31") in got
    assert ("Monday", "2041-03-18", "2041-03-18") in got


def test_a_deadline_of_a_plan_told_on_a_day_stays_the_tellings() -> None:
    # left alone: the telling's day dates the sentence, the plan happens any day up to its deadline
    got = rows(HEAD + "On Monday, Keel told staff it would shut 40 stores by the end of September.\n", "2041-03-20")
    assert got == [("Monday", "2041-03-18", "2041-03-18")]


def test_this_year_of_a_guided_figure_is_no_year_so_far() -> None:
    # Wednesday 2041-03-13: the year of the output guided for, not a deed of the year so far
    got = rows(HEAD + "Orrin Copper had guided in January for output of 90,000 to 95,000 tonnes this year.\n",
               "2041-03-13")
    assert got == [("January", "2041-01-01", "2041-01-31")]


def test_the_first_half_hour_is_no_half_year() -> None:
    got = rows(HEAD + "Keel Parks shares dropped as much as 9% in the first half hour of trading before "
                      "paring losses.\n", "2041-07-17")
    assert not any(start == "2041-01-01" for _, start, _ in got)
    # left alone: a figure in a half of a year
    got = rows(HEAD + "Keel Parks burned 74 million pounds during the first half of 2040.\n", "2041-07-17")
    assert ("the first half of 2040", "2040-01-01", "2040-06-30") in got
