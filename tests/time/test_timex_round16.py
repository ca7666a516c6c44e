"""Round 16 resolver rules, each on invented sentences (fictional companies and people)."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def tags(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def test_a_modal_of_obligation_makes_a_month_or_a_day_in_its_clause_the_coming_one() -> None:
    march = date(2031, 3, 11)
    # a deadline or a duty still ahead: the coming June, even with an "-ed" adjective in the clause
    assert ("June 30", "DATE", "2031-06-30") in tags(
        "The Orlan agency must publish the list of affected products by June 30, its director told reporters on Monday.", march)
    assert ("June", "DATE", "2031-06") in tags("Harlow must repay the loan in June, the lender said on Monday.", march)
    assert ("November", "DATE", "2031-11") in tags("The Harlow party must win in November, its leader said.", march)
    # an inference about the past, a compound, and another clause after a comma are left as before
    assert ("June", "DATE", "2030-06") in tags("Mr. Varro must have known in June that the plan was failing, the report said.", march)
    assert ("June", "DATE", "2030-06") in tags("The Orlan show was a must-see in June, critics said.", march)
    assert ("Friday", "DATE", "2031-03-07") in tags(
        "The Harlow board had ruled that the shares must be sold, and set Friday as the deadline.", march)


def test_a_month_naming_the_period_of_reports_a_few_words_before_them_has_ended() -> None:
    march = date(2031, 3, 20)
    assert ("February", "DATE", "2031-02") in tags(
        "The Orlan candidates must file their February campaign finance reports on Sunday.", march)


def test_a_day_named_in_a_live_blog_entry_does_not_date_the_clock_times_of_later_entries() -> None:
    # reverse-chronological: the hearing's day, named in a later entry printed first, is not the day of the signing
    blog = ("Live: Orlan markets\n\n11:10 ET - The press office confirms a hearing is scheduled for March 18.\n\n"
            "10:02 ET - Orlan opens 4% lower.\n\n07:30 ET - Good morning. The order was signed at 7 a.m. ET.\n")
    assert ("7 a.m. ET", "TIME", "2031-03-10T07:00") in tags(blog, date(2031, 3, 10))
    # chronological: "Wednesday's gain" dates its entry only; the next entry's stamp is the blog's day
    blog = ("Thursday, June 12 - live coverage.\n\n11:30am - Harlow is up 2.9 per cent, adding to Wednesday's gain.\n\n"
            "12:52pm - Rescue teams reached the worker overnight.\n")
    assert ("12:52pm", "TIME", "2031-06-12T12:52") in tags(blog, date(2031, 6, 12))
    # a day stated before the first stamp (a timeline of an earlier day) still dates every entry
    timeline = ("The timeline of the Orlan fire on Tuesday shows the alarm was raised early.\n\n"
                "11:00 am - Crews receive calls.\n\n11:40 am - Crews reach the plant.\n")
    found = tags(timeline, date(2031, 12, 4))
    assert ("11:00 am", "TIME", "2031-12-02T11:00") in found and ("11:40 am", "TIME", "2031-12-02T11:40") in found


def test_the_day_a_span_starts_from_does_not_date_the_next_part_of_day() -> None:
    # "since Friday" opens a span up to the time of writing: the morning after it is the day the text tells
    text = ("Shares of Orlan Systems tumbled 12% on Monday, after an outage that has grounded flights since Friday.\n\n"
            "The stock fell as much as 15% in the morning before recovering.")
    assert ("the morning", "TIME", "2031-03-10TMO") in tags(text, date(2031, 3, 10))
    text = "Harlow shares are up 46% since the close on May 29.\nThe index was down 1.3% in late-morning trade."
    assert ("late-morning", "TIME", "2031-06-10TMO") in tags(text, date(2031, 6, 10))
    # a day told as what happened still dates it
    text = "Orlan shares tumbled 12% on Friday.\n\nThe stock fell as much as 15% in the morning."
    assert ("the morning", "TIME", "2031-03-07TMO") in tags(text, date(2031, 3, 10))


def test_a_time_of_day_told_in_the_past_is_not_put_on_a_day_still_ahead() -> None:
    # the last day the text named is a deadline still ahead: a morning told in the past is the day of writing
    text = "Harlow set a deadline of June 11 for final offers.\nThe index was down 1.3% in late-morning trade."
    assert ("late-morning", "TIME", "2031-06-10TMO") in tags(text, date(2031, 6, 10))
    text = "The Orlan vote is on June 11.\nThe polls will open at 7 a.m."
    assert ("7 a.m.", "TIME", "2031-06-11T07:00") in tags(text, date(2031, 6, 10))


def test_last_or_next_before_a_weekday_is_the_nearest_such_day_whatever_the_distance() -> None:
    # "last Monday" on a Wednesday stays two days back: TempEval-3's annotators read the nearest day ("last Tuesday"
    # on a Thursday); the day before is the exception (round 31): "last Tuesday" written on a Wednesday is a week
    # back, as the market copy of two dev corpora dates it (yesterday is "on Tuesday")
    wednesday = date(2031, 3, 12)
    assert ("last Tuesday", "DATE", "2031-03-04") in tags("The Orlan regulator, which opened a review last Tuesday, said it would report in May.", wednesday)
    assert ("last Monday", "DATE", "2031-03-10") in tags("Orlan met the unions last Monday.", wednesday)
    assert ("next Friday", "DATE", "2031-03-14") in tags("Orlan meets the unions next Friday.", wednesday)
    assert ("last Thursday", "DATE", "2031-03-06") in tags("Orlan met the unions last Thursday.", wednesday)


def test_a_day_counted_from_the_text_in_a_past_sentence_goes_on_from_the_last_day_not_ahead() -> None:
    # the last day named is still ahead (a pause from March 30): "the day before" a past telling goes on from Tuesday
    text = ("Workers at the Orlan plant were told on Tuesday that two shifts would pause from March 30.\n"
            "The mayor said he had spoken to Orlan management the day before.")
    assert ("the day before", "DATE", "2031-03-17") in tags(text, date(2031, 3, 19))
    # "the same day" is the day just named, ahead or not
    text = "If Mr. Varro loses the Aug. 30 primary and his wife wins hers on the same day, critics said it would help him."
    assert ("the same day", "DATE", "2031-08-30") in tags(text, date(2031, 7, 29))


def test_a_past_verb_in_a_relative_clause_between_commas_does_not_put_the_sentence_in_the_past() -> None:
    march = date(2031, 3, 18)
    text = "Ms. Varro, who became chief executive in January 2029, faces her first test at the annual meeting on May 14."
    assert ("May 14", "DATE", "2031-05-14") in tags(text, march)
    text = "That could carry Orlan into the Harlow primary on June 1 that includes Texas, which he's expected to win, Jones said."
    assert ("June 1", "DATE", "2031-06-01") in tags(text, march)
    # the sentence's own past verb still does
    assert ("May 14", "DATE", "2030-05-14") in tags("Ms. Varro faced her first test at the annual meeting on May 14.", march)


def test_a_month_in_a_sentence_with_no_past_at_all_is_the_coming_one() -> None:
    april = date(2031, 4, 20)
    assert ("November", "DATE", "2031-11") in tags("Whether Mr. Varro wins or loses in November, the Orlan party will face hard questions.", april)
    assert ("November", "DATE", "2031-11") in tags("Then there's November.", april)
    # a date heading a list's line is left to the list (a timeline tells its past in the present)
    assert ("Early November", "DATE", "2030-11") in tags("Key dates:\n- Early November - The two companies file their plans.\n", april)
    # any past, a reporting verb included, a comparison, a report's period or a possessive: as before
    assert ("November", "DATE", "2030-11") in tags("Mr. Varro said in November that he would run.", april)
    assert ("November", "DATE", "2030-11") in tags("Orlan cut its forecast in November.", april)
    assert ("November", "DATE", "2030-11") in tags("Orlan is up from 37 percent in November.", april)
    assert ("November", "DATE", "2030-11") in tags("Harlow inflation data for November are published on Wednesday.", april)
    assert ("November", "DATE", "2030-11") in tags("According to November's Harlow polling, more than half back Orlan.", april)


def test_a_count_after_in_or_within_before_after_x_is_the_stretch_next_to_x() -> None:
    found = {t.text: t for t in find_timexes(
        "Orlan lost half its value in two sessions before it was suspended on Wednesday, September 10.", date(2031, 9, 16))}
    assert (found["two sessions"].date_start, found["two sessions"].date_end) == (date(2031, 9, 8), date(2031, 9, 9))
    found = {t.text: t for t in find_timexes("Harlow may appeal within 30 days after the ruling on September 1.", date(2031, 9, 2))}
    assert (found["30 days"].date_start, found["30 days"].date_end) == (date(2031, 9, 2), date(2031, 10, 1))
    # without the preposition, a day that far from X, as before
    found = {t.text: t for t in find_timexes("Orlan shares fell two days before the ruling on September 10.", date(2031, 9, 16))}
    assert (found["two days"].date_start, found["two days"].date_end) == (date(2031, 9, 8), date(2031, 9, 8))


def test_a_past_auxiliary_in_a_clause_of_time_after_the_date_is_that_clauses_own() -> None:
    wednesday = date(2031, 3, 12)
    # "would ... on Saturday before X was confirmed": the main clause is still ahead
    assert ("Saturday", "DATE", "2031-03-15") in tags(
        "Ms. Varro said the Harlow depot would reopen on Saturday before the Monday timetable was agreed.", wednesday)
    # a past auxiliary of the date's own clause keeps it in the past, as before
    assert ("Saturday", "DATE", "2031-03-08") in tags(
        "Ms. Varro said the Harlow depot would reopen on Saturday, but it was closed again by noon.", wednesday)


def test_a_month_in_a_list_of_key_dates_read_forward_follows_the_entries_before_it() -> None:
    september = date(2031, 9, 22)
    entries = "KEY DATES\n\nSept. 21 (Sun): Harlow notice issued\n\nOct. 9: Orlan estimate\n\nMid-November: {}\n\nDecember: the review\n"
    found = tags(entries.format("procurement peaks"), september)
    assert ("Mid-November", "DATE", "2031-11") in found and ("December", "DATE", "2031-12") in found
    # one entry gives no order (a timeline may be told backwards): the month keeps its tense's year
    assert ("November", "DATE", "2030-11") in tags("KEY DATES\n* Sept. 10, 2031: recall\n* November: first fire\n", september)
    # a month opening a line of prose is no entry
    assert ("November", "DATE", "2030-11") in tags(
        "Orlan cut jobs on Sept. 2, 2031. It hired again on Sept. 10, 2031.\n\nIn November it lost a contract.\n", september)
