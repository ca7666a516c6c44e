"""Round 13 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

from tests.test_timeline_dated import dates_of


def test_a_live_blog_stamp_alone_on_its_line_dates_the_entry_below_it() -> None:
    text = ("Markets live: Orion Metals under pressure\n\n"
            "09:10 BST - Orion Metals opens down 9% in London.\n\n"
            "3:40 p.m.\n"
            "Trading in Orion Metals is halted again, pending news. Keel Bank is down 2%.\n\n"
            "1:05 p.m.\n\n"
            "The regulator says in a statement it is watching closely.\n\n"
            "11:20 a.m.\n"
            "Hello again.\n")
    got = dates_of(text, "2026-05-14")
    assert ("3:40 p.m.", "2026-05-14", "2026-05-14") in got  # the entry on the next line
    assert ("1:05 p.m.", "2026-05-14", "2026-05-14") in got  # a blank line between stamp and entry
    assert all(x != "11:20 a.m." for x, _, _ in got)  # a greeting tells no news
    # one clock time alone on a line is no live blog (a table's cell, a caption)
    assert dates_of("Orion Metals results\n\n10:30\nThe board meets shareholders in Leeds.\n", "2026-05-14") == []


def test_a_period_of_a_plan_reported_on_a_day_is_the_plan_s_date() -> None:
    got = dates_of("Keel Pharma said on Tuesday it would take an impairment charge of up to $300 million in the first "
                   "quarter after its partner reported trial data.", "2026-03-10")
    assert got == [("Tuesday", "2026-03-10", "2026-03-10"), ("the first quarter", "2026-01-01", "2026-03-31")]
    # a week that only holds the day the sentence names still frames it
    assert dates_of("The central bank meets next week, on April 29.", "2026-04-22") == [("April 29", "2026-04-29", "2026-04-29")]
    assert dates_of("The outage this week will cost Keel $4 million, it said on Thursday.", "2026-03-12") == [
        ("Thursday", "2026-03-12", "2026-03-12")]


def test_be_to_and_a_verb_is_a_plan_for_a_coming_quarter() -> None:
    got = dates_of("Under the agreement, Keel was to file with the regulator in the third quarter of 2026.", "2026-03-10")
    assert got == [("the third quarter of 2026", "2026-07-01", "2026-09-30")]
    assert dates_of("The Orlen Bay plant is to close in the second half.", "2026-03-10") == [
        ("the second half", "2026-07-01", "2026-12-31")]
    # a quarter's figure is still no event
    assert dates_of("Keel's profit is to be compared with 12% in the third quarter.", "2026-03-10") == []


def test_a_forecast_of_a_coming_year_is_placed_in_it() -> None:
    got = dates_of("Orion Bank finance chief Ada Vell told a conference on Tuesday that the bank expected the deal to add "
                   "to earnings per share in 2028.", "2026-04-21")
    assert got == [("2028", "2028-01-01", "2028-12-31"), ("Tuesday", "2026-04-21", "2026-04-21")]


def test_the_first_weeks_of_a_month_are_a_range_of_its_days() -> None:
    got = dates_of("Keel Bank fell 30% on Thursday after it said customers had withdrawn $2 billion of deposits in the "
                   "first two weeks of April.", "2026-04-16")
    assert got == [("Thursday", "2026-04-16", "2026-04-16"), ("the first two weeks of April", "2026-04-01", "2026-04-14")]
    assert dates_of("Orion said output stopped in the last ten days of March.", "2026-04-16") == [
        ("the last ten days of March", "2026-03-22", "2026-03-31")]


def test_a_clock_time_before_another_date_is_that_date_s_hour() -> None:
    got = dates_of("Keel Bank opened its branches early on Friday. A spokesman said branches would stay open until 6 p.m. "
                   "through next week.", "2026-04-17")
    assert got == [("Friday", "2026-04-17", "2026-04-17"), ("next week", "2026-04-20", "2026-04-24")]


def test_a_covered_period_frames_a_sentence_dated_otherwise() -> None:
    got = dates_of("The firm said merchants could apply for a fee rebate for June, and promised more details by the end "
                   "of next week.", "2026-06-03")
    assert got == [("the end of next week", "2026-06-11", "2026-06-12")]
    # the only date of its sentence stays
    assert dates_of("Merchants can apply for a fee rebate for June.", "2026-06-03") == [("June", "2026-06-01", "2026-06-30")]


def _label(sentence: str, expression: str, previous: str = "") -> str:
    from analysis.timeline.labels import event_label

    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


def test_a_noun_that_is_also_a_verb_is_no_verb_of_the_label() -> None:
    # after a determiner or a possessive and a modifier, a bare verb form is a singular noun
    assert _label("Even after Thursday's relief rally, Orion is worth less than it was in early September.",
                  "Thursday") == "Relief rally"
    assert _label("The regulator said it had asked Orion for a full incident report by 19 June.", "19 June").startswith(
        "Regulator says")
    # but a bare verb after a plural subject, or after a verb of seeing, stays a verb
    assert _label("The banks rally on Monday.", "Monday") == "Banks rally"
    assert _label("Keel saw its share price drop by over 7% by the end of Monday's trading.", "Monday").startswith("Keel")
    assert "drop" in _label("Keel saw its share price drop by over 7% by the end of Monday's trading.", "Monday")
    # a word after "be" is an adjective: "are also lower" is no "lowers"
    assert "lowers" not in _label("Keel Bank is off 6%, while Lyra and Harbor Bank are also lower on Friday.", "Friday")


def test_adverbs_before_the_verb_and_a_shared_subject() -> None:
    assert _label("The company's shares have now lost 11% since the start of the year.", "the start of the year") == (
        "Company's shares lose 11%")
    # the second verb of "X represents ... and last struck in 2019" shares X
    assert _label("- The Harbor Pilots Union represents about 1,400 Orion pilots and last struck in 2019.", "2019") == (
        "Harbor Pilots Union strikes")


def test_the_event_a_comparison_s_since_names_is_the_label() -> None:
    assert _label("Orion closes 19% lower at 412p, the biggest fall since it floated in 2015.", "2015") == "Orion floats"
    assert _label("London-listed Keel Forge jumped 11 per cent, its best day since its 2022 listing.", "2022") == (
        "Keel Forge listing")
    assert _label("Shares of Keel Bank plunged 30% on Monday, their steepest fall since the lender listed in 2009.",
                  "2009") == "Keel Bank lists"
    # a level is no event: the usual label
    assert _label("Keel fell 4%, its lowest since its March 2019 low.", "March 2019") == "Keel falls 4%"


def test_a_past_that_looks_bare_and_a_pronoun_of_a_shared_subject() -> None:
    # "shut", "hit": the past and the participle are the bare form, so they stay verbs
    assert _label("When the canal shut for two days in November 2024, the disruption was over quickly.",
                  "November 2024") == "Canal shuts"
    assert _label("Both were hit by the floods of last August.", "last August").startswith("Both")
    assert "hit" in _label("Both were hit by the floods of last August.", "last August")
    # "X said on Wednesday it had given ... and set": the pronoun of the first verb, resolved to X
    assert _label("Keel said on Wednesday it had given both bidders access to its books and set a deadline of June 11 "
                  "for bids.", "June 11") == "Keel sets deadline"


def test_the_start_of_a_move_s_span_between_two_dates_is_no_event() -> None:
    assert dates_of("The stock doubled between January 2024 and its peak last September.", "2026-03-13") == [
        ("last September", "2025-09-01", "2025-09-30")]
    # two months joined as a range stay one range
    assert dates_of("Orion held talks with the union between January 2024 and March 2024.", "2026-03-13") == [
        ("January 2024 and March 2024", "2024-01-01", "2024-03-31")]


def test_a_date_in_the_possessive_of_an_event_noun_labels_that_event() -> None:
    assert _label("Orion shares are still up 42% this year even after Tuesday's drop, while Keel has gained about 18%.",
                  "Tuesday") == "Orion drop"
    assert _label("Keel, meanwhile, recovered 1.5% after Tuesday's fall.", "Tuesday") == "Keel fall"
    # a level or a session is no event: the usual label
    assert _label("Orion is up 4% since Friday's close.", "Friday") != "Orion close"


def test_a_date_opening_the_clause_is_no_part_of_its_subject() -> None:
    assert _label("By Wednesday the stock had sunk a further 9 per cent, and it is now down 81 per cent year to date.",
                  "Wednesday") == "Stock sinks further 9 per cent"
    got = _label("Basel-based Keel Pharma said on Tuesday it would take an impairment charge of up to $310 million.",
                 "Tuesday")
    assert got.startswith("Basel-based Keel Pharma") and not got.startswith("Tuesday")
