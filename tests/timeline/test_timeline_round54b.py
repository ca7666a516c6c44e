"""Round 54, second wave (timeline54b): a count read from a date of a subordinate clause is no main-clause date; a deed
in the perfect "this year" after an abbreviation with points ("U.S.") is still the year so far; "last weekend's <event>"
names that event's weekend, as "last week's <event>" does; a clause of time's "last week" dates its own event. One test
per rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows


def test_a_count_from_a_reported_clauses_day_leaves_that_day_its_event() -> None:
    # Wednesday 2041-10-16: the regulator's letter asks about a filing of Tuesday the 8th, an incident two days before
    got = rows(HEAD + "On Monday, the Valdmere Gazette reported that staff at the markets regulator had written to Orrin "
                      "Metals asking why it waited until Tuesday, Oct. 8, to file a notice about a breach it detected "
                      "two days earlier.\n", "2041-10-16")
    assert ("Tuesday, Oct. 8", "2041-10-08", "2041-10-08") in got
    assert ("two days earlier", "2041-10-06", "2041-10-06") in got
    assert ("Monday", "2041-10-14", "2041-10-14") in got


def test_a_statement_about_a_day_after_the_saying_keeps_one_date() -> None:
    # a day of the reported clause after the saying's, with no count read from it, stays the clause's (unchanged)
    got = rows(HEAD + "Orrin Metals shares fell 4% on Monday after the company said on Friday that it had found a flaw.\n",
               "2041-10-16")
    assert not any(expression == "Friday" for expression, _, _ in got)


def test_this_year_after_a_deed_in_the_perfect_reads_past_an_abbreviation() -> None:
    # Monday 2041-10-07
    got = rows(HEAD + "Officials said the breach bore the marks of Slate Heron, a group that researchers have tied to "
                      "several attacks on U.S. water utilities this year.\n", "2041-10-07")
    assert ("this year", "2041-01-01", "2041-10-07") in got


def test_this_year_after_a_sentence_end_stays_no_event() -> None:
    # a full stop closes the deed's clause: the next sentence's "this year" is no year so far of it
    got = rows(HEAD + "Researchers have tied the group to one attack. Officials hope to catch it this year.\n",
               "2041-10-07")
    assert not any(expression == "this year" for expression, _, _ in got)


def test_last_weekends_event_in_a_reported_clause_is_that_weekend() -> None:
    # Wednesday 2041-07-17: the weekend gone by is the 13th and 14th
    got = rows(HEAD + "ALDERTON, July 17 (Wire) - State safety officials said on Wednesday that a cracked axle was the "
                      "likely cause of last weekend's zip line collapse at the Brenvik Lagoon park.\n", "2041-07-17")
    assert ("last weekend", "2041-07-13", "2041-07-14") in got


def test_last_weekends_slump_stays_no_event() -> None:
    # a move of the weekend's week is no event of its own (as "last week's slump" is not)
    got = rows(HEAD + "Brenvik shares rose 3% on Wednesday after the company said that last weekend's slump in "
                      "visitors had ended.\n", "2041-07-17")
    assert not any(expression == "last weekend" for expression, _, _ in got)


def test_last_week_in_a_clause_of_time_dates_its_own_event() -> None:
    # Friday 2041-06-07: the week gone by is 27-31 May
    got = rows(HEAD + "Orsk Bank said on Friday it would end its card programme with Velmar by the end of the third "
                      "quarter, making it the first partner to cut ties with the fintech since it lost its licence last "
                      "week.\n", "2041-06-07")
    assert ("last week", "2041-05-27", "2041-05-31") in got
    assert ("Friday", "2041-06-07", "2041-06-07") in got


def test_a_stretch_in_a_clause_of_time_stays_background() -> None:
    got = rows(HEAD + "Velmar shares slumped on Monday after its app led the download charts over the weekend.\n",
               "2041-06-07")
    assert not any(expression == "the weekend" for expression, _, _ in got)


def test_an_opening_count_before_a_long_clause_and_a_present_main_clause_is_told_from_today() -> None:
    # Friday 2041-06-07: ten days before it is May 28
    got = rows(HEAD + "Ten days after Valdmere's Financial Supervisory Authority revoked the e-money licence of Velmar "
                      "Nordic's Danish unit, the Oslo-listed fintech has lost its founder-CEO, two partners have paused "
                      "new business and its appeal is pending. Here is how the shares have traded since the decision "
                      "was announced on the evening of May 28:\n", "2041-06-07")
    assert ("Ten days after", "2041-05-28", "2041-05-28") in got


def test_an_opening_count_before_a_plan_stays_undated() -> None:
    got = rows(HEAD + "Ten days after Valdmere's Financial Supervisory Authority revoked the e-money licence of Velmar "
                      "Nordic's Danish unit, the Oslo-listed fintech will appeal. Here is how the shares have traded "
                      "since the decision was announced on the evening of May 28:\n", "2041-06-07")
    assert not any(expression.startswith("Ten days") for expression, _, _ in got)


def test_a_reduced_relative_with_its_agent_dates_its_own_event() -> None:
    # Wednesday 2041-02-06: the dam was damaged on the 3rd, the forecast cut on the 6th
    got = rows(HEAD + "LIMA, Feb 6 (Wire) - Orrin Copper Corp on Wednesday cut its copper forecast, saying its Velka "
                      "mine would stay shut while engineers repair a tailings dam damaged by heavy rain on Feb. 3.\n",
               "2041-02-06")
    assert ("Feb. 3", "2041-02-03", "2041-02-03") in got
    assert ("Feb 6", "2041-02-06", "2041-02-06") in got


def test_a_statement_in_a_clause_of_time_still_gives_way_to_the_main_clause() -> None:
    # no reduced relative: "after the company said on Friday" is the saying, dated by the main clause (unchanged)
    got = rows(HEAD + "Orrin Copper shares fell 4% on Monday after the company said on Friday it would shut a mine.\n",
               "2041-02-06")
    assert not any(expression == "Friday" for expression, _, _ in got)


def test_a_statement_after_a_bare_subject_is_no_reduced_relative() -> None:
    # "the company announced on Friday" after "because" is the clause's own finite verb, no participle: the main
    # clause dates the sentence (unchanged; a reduced relative read without a clause before it would keep Friday)
    got = rows(HEAD + "The miners' union called a strike on Monday because the company announced on Friday that it "
                      "would shut a mine.\n", "2041-02-06")
    assert got == [("Monday", "2041-02-04", "2041-02-04")]


def test_a_figure_in_the_months_ended_a_past_day_is_placed_on_those_months() -> None:
    # Monday 2041-09-16: the six months ended June 30 are January to June
    got = rows(HEAD + "Orrin Foods, founded in 2031, delivers groceries in 19 metro areas. Its revenue rose 212% to "
                      "$486 million in the six months ended June 30, while its net loss narrowed.\n", "2041-09-16")
    assert ("the six months ended June 30", "2041-01-01", "2041-06-30") in got
    got = rows(HEAD + "Orrin Foods' sales fell 4% to 1.2 billion euros in the nine months to Sept. 30, 2041, it said on "
                      "Thursday.\n", "2041-11-14")
    assert ("the nine months to Sept. 30, 2041", "2041-01-01", "2041-09-30") in got


def test_the_months_a_report_covers_stay_no_event() -> None:
    # "for the six months ended" names the period of the accounts, and a day without a figure is none either
    got = rows(HEAD + "Orrin Foods will publish its accounts for the six months ended June 30 next week.\n", "2041-09-16")
    assert not any(expression.startswith("the six months") for expression, _, _ in got)
    got = rows(HEAD + "Orrin Foods opened 12 stores in the six months ended June 30.\n", "2041-09-16")
    assert not any(expression.startswith("the six months") for expression, _, _ in got)
