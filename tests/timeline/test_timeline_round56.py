"""Round 56 (timeline56): the dated events of a sentence on the corpora opened this round (CORPUS93-98).
One test per rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_the_end_of_a_month_after_until_at_least_is_its_last_day() -> None:
    # Thursday 2041-10-17
    got = rows(HEAD + "The Brenholt kiln has been idle since Oct. 9 and will stay shut until at least the end of the "
                      "month, the company said.\n", "2041-10-17")
    assert ("the end of the month", "2041-10-31", "2041-10-31") in got
    got = rows(HEAD + "Tarrow said the ferry would be out of service until at the earliest the end of November.\n",
               "2041-10-17")
    assert ("the end of November", "2041-11-30", "2041-11-30") in got
    # (a plain bound was already its last day)
    got = rows(HEAD + "The Brenholt kiln will stay shut until the end of the month, the company said.\n", "2041-10-17")
    assert ("the end of the month", "2041-10-31", "2041-10-31") in got


def test_a_level_so_far_told_as_a_state_beside_a_days_event_is_no_event() -> None:
    # Thursday 2041-10-17
    got = with_moves(HEAD + "Halvard Foods, which makes the jars, is down about 12 percent this month, and Tuesday's "
                            "recall suggests the fall was deserved.\n", "2041-10-17")
    assert not any(expression == "this month" for expression, _, _ in got)
    assert ("Tuesday", "2041-10-15", "2041-10-15") in got
    got = with_moves(HEAD + "Shares of Orrin Metals, which are down 38% since the start of the year, were little changed "
                            "on Wednesday.\n", "2041-10-17")
    assert not any(start == "2041-01-01" for _, start, _ in got)
    assert ("Wednesday", "2041-10-16", "2041-10-16") in got
    got = with_moves(HEAD + "Tessel Bank's shares are down about 5% since the regulator stepped in on Oct. 2, though "
                            "year-to-date they are still up 9%.\n", "2041-10-17")
    assert not any(start == "2041-01-01" for _, start, _ in got)
    # the year's move, no row, and no move placed on the article's day either
    got = with_moves(HEAD + "Brisk Cider has fallen 14% since the Oct. 2 report that it was preparing to file, and is "
                            "down 52% year-to-date.\n", "2041-10-17")
    assert not any(start == "2041-01-01" or expression == "52% (share move)" for expression, start, _ in got)


def test_a_level_so_far_alone_or_beside_a_weeks_move_stays() -> None:
    got = with_moves(HEAD + "Orrin Metals is down 46% this year.\n", "2041-10-17")
    assert any(start == "2041-01-01" and end == "2041-10-17" for _, start, end in got)
    got = with_moves(HEAD + "Orrin Metals shares are down 44 per cent this year, most of that since last week.\n",
                     "2041-10-17")
    assert any(start == "2041-01-01" and end == "2041-10-17" for _, start, end in got)
    # beside the month a span starts from: two moves
    got = with_moves(HEAD + "Tannery shares are down about 40% since March, and the Varden index is down 3% this year.\n",
                     "2041-10-17")
    assert any(start == "2041-01-01" for _, start, _ in got)
    # a change told as a deed, beside a day: the year's move stays
    got = with_moves(HEAD + "Orrin Metals had gained 23% this year before Tuesday's drop.\n", "2041-10-17")
    assert any(start == "2041-01-01" for _, start, _ in got)


def test_the_week_after_an_event_its_clause_tells_is_not_counted_from_the_dateline() -> None:
    # Thursday 2041-10-17: a week after the article's own day, told in the past, is no date of the withdrawals
    got = rows(HEAD + "ZURICH, Oct 17 (Alpwire) - Tessel Bank said on Thursday that clients had withdrawn about 2 billion "
                      "francs in the week after it agreed to a settlement with regulators.\n", "2041-10-17")
    assert not any(expression == "the week after" or start > "2041-10-17" for expression, start, _ in got)
    assert any(start == end == "2041-10-17" for _, start, end in got)


def test_a_count_after_an_event_is_not_read_from_a_later_act_of_its_sentence() -> None:
    # Thursday 2041-10-17: Friday is the day of the recovery, not the accident's
    got = rows(HEAD + "Orrin Metals shares lost 14.2% in the three sessions after the accident before recovering "
                      "2.1% on Friday.\n", "2041-10-17")
    assert not any(expression.startswith("the three sessions") and start > "2041-10-11" for expression, start, _ in got)


def test_a_relative_aside_and_spoke_to_leave_the_main_clause_told() -> None:
    # Friday 2041-10-18: the interview is on Friday; "four days after" a saying told in the past is no day after it
    text = (HEAD + "MADRID, Oct 18 (Ibex Wire) - Orrin Metals will raise fresh equity, Chief Financial Officer Lena Sarro "
            "said in an interview on Friday.\n\nSarro, who joined Orrin Metals from a rival in 2036, spoke to Ibex Wire "
            "at the company's headquarters four days after it said it would skip a coupon payment.\n")
    got = rows(text, "2041-10-18")
    assert not any(start > "2041-10-18" for _, start, _ in got)


def test_a_closing_quotation_mark_ends_the_sentence_before_a_past_perfects_weekday() -> None:
    # Monday 2041-10-21: Saturday is the 19th; Friday, in the sentence before, does not push it a week back
    got = rows(HEAD + 'On Friday, the interim chief wrote to staff that "every project is confirmed." The mayor of '
                      "Dunmere, Alan Reece, said he had received the same assurance in a phone call on Saturday.\n",
               "2041-10-21")
    assert ("Saturday", "2041-10-19", "2041-10-19") in got
    # within one sentence the past perfect's weekday still goes before the simple past's
    got = rows(HEAD + "Analyst Jo Marr, who had defended the stock on Monday, downgraded it on Wednesday.\n", "2041-10-21")
    assert ("Monday", "2041-10-14", "2041-10-14") in got


def test_a_run_of_months_naming_a_reports_period_is_no_event() -> None:
    # Thursday 2041-10-17
    got = rows(HEAD + "Orrin Metals has said it will file its delayed July-September results by Nov. 14.\n", "2041-10-17")
    assert not any(expression == "July" for expression, _, _ in got)
    assert ("Nov. 14", "2041-11-14", "2041-11-14") in got
    # a month of its own stays
    got = rows(HEAD + "Orrin Metals said output fell 8% in July, before a September recovery.\n", "2041-10-17")
    assert ("July", "2041-07-01", "2041-07-31") in got


def test_a_year_naming_a_bond_by_its_maturity_is_no_event() -> None:
    # Monday 2041-10-14
    got = rows(HEAD + "The Lisbon-based company said on Monday it would skip a coupon on its 2044 notes.\n", "2041-10-14")
    assert not any(expression == "2044" for expression, _, _ in got)
    got = rows(HEAD + "Holders of the 7.5% 2046 senior secured bonds met on Monday.\n", "2041-10-14")
    assert not any(expression == "2046" for expression, _, _ in got)
    # a year the notes are paid in is a date
    got = rows(HEAD + "The company will repay the notes in 2044.\n", "2041-10-14")
    assert ("2044", "2044-01-01", "2044-12-31") in got


def test_a_level_compared_with_where_it_stood_is_no_event() -> None:
    # Wednesday 2041-10-16
    got = rows(HEAD + "Orrin Metals shares, which bounced 2.6% on Tuesday, remain far below where they were a "
                      "fortnight ago.\n", "2041-10-16")
    assert not any(expression == "a fortnight ago" for expression, _, _ in got)
    assert ("Tuesday", "2041-10-15", "2041-10-15") in got


def test_a_quarter_figure_beside_a_year_naming_a_noun_is_that_quarter() -> None:
    # Wednesday 2041-06-19: the year of "its 2041 harvest forecast" is no day the figure was told
    got = rows(HEAD + "The company kept its reduced 2041 harvest forecast of 54,000 tonnes and said the cost of treatment "
                      "would reduce second-quarter operating profit by 140 million to 170 million crowns.\n", "2041-06-19")
    assert ("second-quarter", "2041-04-01", "2041-06-30") in got
    # a day of telling still takes it
    got = rows(HEAD + "The company said on Monday the cost of treatment would reduce second-quarter operating profit by "
                      "140 million crowns.\n", "2041-06-19")
    assert not any(expression == "second-quarter" for expression, _, _ in got)


def test_a_figure_in_the_year_to_a_past_day_is_placed_on_that_year() -> None:
    # Thursday 2042-02-27
    got = rows(HEAD + "Headline earnings per share rose 41% to 512 cents in the year to Dec. 31, 2041, within the range "
                      "it had flagged earlier this month.\n", "2042-02-27")
    assert ("the year to Dec. 31, 2041", "2041-01-01", "2041-12-31") in got
    # a year "ending" on a day is the year a forecast is for
    got = rows(HEAD + "Orrin Metals said on Monday it expects net income in the year ending June 30, 2042, to fall 5%.\n",
               "2042-02-27")
    assert not any(start == "2041-07-01" for _, start, _ in got)
    # the period a report covers stays no event
    got = rows(HEAD + "Orrin Metals will publish results for the year to Dec. 31, 2041 on March 12.\n", "2042-02-27")
    assert not any(start == "2041-01-01" for _, start, _ in got)


def test_the_day_after_an_event_in_apposition_to_a_date_is_that_date() -> None:
    # Thursday 2041-10-17: "the day after" describes the date before it from the results; it is not a day after Monday
    got = rows(HEAD + "Orrin Metals announced 200 job cuts on Monday.\n\nThe Dunmere Suppliers Group said it would hold a "
                      "meeting for members on 24-10-2041, the day after Orrin's quarterly results.\n", "2041-10-17")
    assert not any(expression == "the day after" for expression, _, _ in got)
    # counted from the day the text told, it stays
    got = rows(HEAD + "Orrin Metals announced 200 job cuts on Monday. The day after, its shares fell 4%.\n", "2041-10-17")
    assert any(start == end == "2041-10-15" for _, start, end in got)


def test_a_date_naming_a_gathering_after_for_is_its_event_and_two_plans_told_stay() -> None:
    # Wednesday 2041-09-11
    got = rows(HEAD + "In a joint statement on Tuesday evening, the leaders of the assembly's budget committee said a "
                      "relief fund should be on the agenda for the February 2042 session, and that they would hold a "
                      "hearing on Sept. 24.\n", "2041-09-11")
    assert ("February 2042", "2042-02-01", "2042-02-28") in got
    assert ("Sept. 24", "2041-09-24", "2041-09-24") in got
    # the period a figure covers after "for" stays no event beside a day
    got = rows(HEAD + "Orrin Metals said on Tuesday it had booked a refund for February 2041.\n", "2041-09-11")
    assert not any(expression == "February 2041" for expression, _, _ in got)
