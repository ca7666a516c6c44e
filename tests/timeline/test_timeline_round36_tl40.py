"""Dated events, round 36 (tl40): which date of a sentence dates its event (a move measured from a month's close, the
record of a move after a price with decimals, the period a release of data covers, a lead or lag on a past period).
One test per rule, each with what it must leave alone. Every sentence is invented (fictional companies, people and
places)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_a_move_since_the_close_of_a_month_is_a_span_up_to_the_article() -> None:
    # "have fallen 12% since the end of June": the move over the days after June, not an event at the end of June
    got = dates_of("Corbel Tools shares have fallen nearly 12% since the end of June, against a 2% rise for the index.",
                   "2031-07-16")
    assert got == [("the end of June", "2031-07-01", "2031-07-16")]
    assert dates_of("The Lenbury krone is up 3% since late June.", "2031-07-16") == [
        ("late June", "2031-07-01", "2031-07-16")]
    # left alone: a state that began then, a comparison, and a figure with no "since"
    assert dates_of("The Corbel plant has been idle since the end of June.", "2031-07-16") == [
        ("the end of June", "2031-06-21", "2031-06-30")]
    assert dates_of("Corbel Tools shares fell 3% on Tuesday, their lowest since late June.", "2031-07-16") == [
        ("Tuesday", "2031-07-15", "2031-07-15")]
    assert dates_of("Corbel Tools shares fell 12% at the end of June.", "2031-07-16") == [
        ("the end of June", "2031-06-30", "2031-06-30")]


def test_a_comparison_after_a_move_and_a_price_with_decimals_is_its_record() -> None:
    # "down 1.1% at $1.2712, ..., its weakest level since mid-October": the record of the move, no event of October
    assert dates_of("The krone was last down 1.1% at $1.2712, having touched $1.2698 after the vote, its weakest level "
                    "since mid-October.", "2031-11-07") == []
    # left alone: a comparison in a sentence of its own, which dates the last time
    assert dates_of("The krone touched $1.2698. It was the first time since mid-October that it fell below $1.27.",
                    "2031-11-07") == [("mid-October", "2031-10-11", "2031-10-20")]


def test_the_period_a_release_of_data_covers_is_no_event() -> None:
    # "figures published on Wednesday showed inflation fell to 1.5% in October": the release is the event
    got = dates_of("Official figures published on Wednesday showed Lenbury inflation fell to 1.5% in October.",
                   "2031-11-14")
    assert got == [("Wednesday", "2031-11-12", "2031-11-12")]
    # left alone: a level a bank set in a month, and a sentence with no other date
    got = dates_of("The Lenbury central bank said on Wednesday it had raised its rate to 0.75% in July.", "2031-11-14")
    assert ("July", "2031-07-01", "2031-07-31") in got
    assert dates_of("Lenbury inflation fell to 1.5% in October.", "2031-11-14") == [
        ("October", "2031-10-01", "2031-10-31")]


def test_a_lead_or_a_lag_on_a_past_year_is_no_event() -> None:
    # 'running "well ahead" of last year': the year compared with
    got = dates_of('Corbel Air said on Friday that bookings for the rest of July were running "well ahead" of last year, '
                   "though it gave no figures.", "2031-07-14")
    assert got == [("Friday", "2031-07-11", "2031-07-11")]
    # left alone: a coming day something happens before, and a past week's event named in the possessive
    assert dates_of("Traders sold Corbel Air shares ahead of Thursday's meeting.", "2031-07-14") == [
        ("Thursday", "2031-07-17", "2031-07-17")]
    assert dates_of("Corbel Air shares rose ahead of last week's vote.", "2031-07-14") == [
        ("last week", "2031-07-07", "2031-07-11")]


def test_an_earlier_day_of_a_reported_clause_dates_the_reported_event() -> None:
    # "said late on Monday that inspectors had found it during a visit on Oct. 4, and that tests confirmed it on
    # Friday": the visit and the tests are events of their own days, before the statement
    got = dates_of("Brask Foods said late on Monday that state inspectors had found the bacteria during a routine visit "
                   "on Oct. 4, and that follow-up tests confirmed the finding on Friday.", "2031-10-14")
    assert got == [("Friday", "2031-10-10", "2031-10-10"), ("Monday", "2031-10-13", "2031-10-13"),
                   ("Oct. 4", "2031-10-04", "2031-10-04")]
    # left alone: a clause no verb of saying reports (the main clause's day dates the sentence), and a plan told
    got = dates_of("Brask Foods shares fell on Tuesday as traders feared that the plant had shut on Friday.",
                   "2031-10-14")
    assert got == [("Tuesday", "2031-10-14", "2031-10-14")]
    got = dates_of("Brask Foods said on Tuesday that the plant would reopen on Friday.", "2031-10-14")
    assert got == [("Friday", "2031-10-17", "2031-10-17"), ("Tuesday", "2031-10-14", "2031-10-14")]


def test_a_move_since_an_event_the_article_dated_before_spans_from_its_day() -> None:
    # "has lost 1.3 percent since the cut", after "last Thursday's surprise rate cut": from that Thursday to the article
    got = dates_of("The krone has not recovered from last Thursday's surprise rate cut by the Lenbury central bank. "
                   "Against the euro, the krone has thus lost 1.3 percent since the cut.", "2031-11-10")
    assert ("since the cut", "2031-11-06", "2031-11-10") in got
    got = dates_of("Brask Foods recalled its pasta pots on Monday. The stock has lost 33% since the recall.", "2031-11-12")
    assert got == [("Monday", "2031-11-10", "2031-11-10"), ("since the recall", "2031-11-10", "2031-11-12")]
    # left alone: no figure moved (a state), an event the article names only later, and one with a date of its own
    assert dates_of("Brask Foods recalled its pasta pots on Monday. The plant has been idle since the recall.",
                    "2031-11-12") == [("Monday", "2031-11-10", "2031-11-10")]
    assert dates_of("The stock has lost 33% since the recall. The recall began on Monday.", "2031-11-12") == [
        ("Monday", "2031-11-10", "2031-11-10")]
    got = dates_of("Brask Foods recalled its pasta pots on Monday. The stock has lost 3% since the recall was widened "
                   "on Tuesday.", "2031-11-12")
    assert [g for g in got if g[0].startswith("since")] == []


def test_a_past_week_named_in_the_possessive_before_its_event_s_own_verb_dates_that_event() -> None:
    # "after last week's 48-hour walkout grounded 2,600 flights, talks are due to resume on Wednesday": the walkout
    got = dates_of("After last week's 48-hour walkout grounded some 2,600 Corbel Air flights, talks between the airline "
                   "and the union are due to resume on Wednesday.", "2031-07-14")
    assert got == [("Wednesday", "2031-07-16", "2031-07-16"), ("last week", "2031-07-07", "2031-07-11")]
    got = dates_of("Corbel Air said last week's strike had cost it 85 million euros, more than the estimate it gave on "
                   "Tuesday.", "2031-07-18")
    assert ("last week", "2031-07-07", "2031-07-11") in got
    # left alone: data a past week's figures showed and a move of last week (a week's event with no verb of its own
    # is dated since round 46: "after last week's strike")
    assert dates_of("Lenbury stocks rose on Monday as last week's figures showed hiring slowed.", "2031-07-15") == [
        ("Monday", "2031-07-14", "2031-07-14")]
    assert dates_of("Lenbury stocks rose on Monday after last week's slump hit banks.", "2031-07-15") == [
        ("Monday", "2031-07-14", "2031-07-14")]
    assert dates_of("Corbel Air shares rose on Monday after last week's strike.", "2031-07-15") == [
        ("Monday", "2031-07-14", "2031-07-14"), ("last week", "2031-07-07", "2031-07-11")]


def test_the_coming_date_of_an_event_called_off_is_no_date() -> None:
    # "removing the threat of a second strike next week": the strike will not happen
    got = dates_of("Corbel Air shares jumped 6.2% on Friday after the airline and its pilots reached a pay deal, "
                   "removing the threat of a second strike next week.", "2031-07-18")
    assert got == [("Friday", "2031-07-18", "2031-07-18")]
    assert dates_of("The Corbel pilots' union called off a walkout planned for Monday.", "2031-07-18") == []
    # left alone: a threat still standing, and the day something was called off
    assert dates_of("The Corbel pilots' union threatened a second strike next week.", "2031-07-18") == [
        ("next week", "2031-07-21", "2031-07-25")]
    assert dates_of("The Corbel pilots' union called off the strike on Monday.", "2031-07-18") == [
        ("Monday", "2031-07-14", "2031-07-14")]


def test_a_live_blog_entry_reporting_a_statement_about_the_future_is_news_of_its_day() -> None:
    # "1:05 p.m. PT - Brask said executives should testify": the statement was made that day
    text = ("Corbel fire live updates\n\n"
            "2:30 p.m. PT - Lenbury Ratings cut Corbel Power's credit rating to junk.\n"
            "1:05 p.m. PT - Councillor Ana Brask said Corbel executives should testify before a committee.\n"
            "9:50 a.m. PT - Keel Homes said two planned developments were inside the evacuation zone.\n")
    got = dates_of(text, "2031-09-09")
    assert sorted(g[0] for g in got) == ["1:05 p.m. PT", "2:30 p.m. PT", "9:50 a.m. PT"]
    assert {g[1] for g in got} == {"2031-09-09"}
    # left alone: a calendar's line of what is to come
    text = ("Markets live\n\n09:20 BST - Corbel Power opens down 6.1% after the downgrade.\n"
            "09:30 BST - Lenbury inflation data will be out at 11.\n")
    assert [g[0] for g in dates_of(text, "2031-09-09")] == ["09:20 BST"]
