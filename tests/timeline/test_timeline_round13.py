"""Round 13 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_a_live_blog_stamp_alone_on_its_line_dates_the_entry_below_it() -> None:
    text = ("Markets live: Orion Metals under pressure\n\n"
            "09:10 BST - Orion Metals opens down 9% in London.\n\n"
            "3:12 p.m.\n"
            "Orion Metals shares are suspended once more while the board meets. Keel Bank is down 2%.\n\n"
            "1:05 p.m.\n\n"
            "The mining regulator says in a statement it is watching closely.\n\n"
            "11:20 a.m.\n"
            "Hello again.\n")
    got = dates_of(text, "2026-05-14")
    assert ("3:12 p.m.", "2026-05-14", "2026-05-14") in got  # the entry on the next line
    assert ("1:05 p.m.", "2026-05-14", "2026-05-14") in got  # a blank line between stamp and entry
    assert all(x != "11:20 a.m." for x, _, _ in got)  # a greeting tells no news
    # one clock time alone on a line is no live blog (a table's cell, a caption)
    assert dates_of("Orion Metals results\n\n10:30\nThe board meets shareholders in Leeds.\n", "2026-05-14") == []


def test_a_period_of_a_plan_reported_on_a_day_is_the_plan_s_date() -> None:
    got = dates_of("Keel Pharma said on Monday it would book a $75 million writedown in the second quarter.", "2026-05-11")
    assert got == [("Monday", "2026-05-11", "2026-05-11"), ("the second quarter", "2026-04-01", "2026-06-30")]
    # a week that only holds the day the sentence names still frames it
    assert dates_of("The central bank meets next week, on April 29.", "2026-04-22") == [("April 29", "2026-04-29", "2026-04-29")]
    assert dates_of("The outage this week will cost Keel $4 million, it said on Thursday.", "2026-03-12") == [
        ("Thursday", "2026-03-12", "2026-03-12")]


def test_be_to_and_a_verb_is_a_plan_for_a_coming_quarter() -> None:
    got = dates_of("Under the merger terms, Keel was to open the Brisk Point plant in the fourth quarter of 2027.",
                   "2027-02-10")
    assert got == [("the fourth quarter of 2027", "2027-10-01", "2027-12-31")]
    assert dates_of("The Orlen Bay mill is to close in the second half.", "2027-02-10") == [
        ("the second half", "2027-07-01", "2027-12-31")]
    # a quarter's figure is still no event
    assert dates_of("Keel's margin is to be compared with 12% in the third quarter.", "2027-02-10") == []


def test_a_forecast_of_a_coming_year_is_placed_in_it() -> None:
    got = dates_of("Orion Mutual's finance chief Ada Vell said the insurer expected the merger to lift "
                   "profit in 2030.", "2027-09-16")
    assert got == [("2030", "2030-01-01", "2030-12-31")]
    # round 68: beside the day of the telling, the forecast's year is no event of the sentence (the writers list the
    # telling: :func:`analysis.timeline.background.coming_horizons`)
    got = dates_of("Orion Mutual's finance chief Ada Vell said on Thursday the insurer expected the merger to lift "
                   "profit in 2030.", "2027-09-16")
    assert got == [("Thursday", "2027-09-16", "2027-09-16")]


def test_the_first_weeks_of_a_month_are_a_range_of_its_days() -> None:
    got = dates_of("Lyra Trust sank 12% on Wednesday after it said clients had pulled $900 million in the first three "
                   "weeks of July.", "2027-07-28")
    assert got == [("Wednesday", "2027-07-28", "2027-07-28"), ("the first three weeks of July", "2027-07-01", "2027-07-21")]
    assert dates_of("Orion said output stopped in the last ten days of March.", "2026-04-16") == [
        ("the last ten days of March", "2026-03-22", "2026-03-31")]


def test_a_clock_time_before_another_date_is_that_date_s_hour() -> None:
    got = dates_of("Lyra Trust opened its offices early on Monday. A spokesman said call centres would be staffed until "
                   "8 p.m. throughout next week.", "2027-03-08")
    assert got == [("Monday", "2027-03-08", "2027-03-08"), ("next week", "2027-03-15", "2027-03-19")]


def test_a_covered_period_frames_a_sentence_dated_otherwise() -> None:
    got = dates_of("Lyra Trust said savers could claim a refund for May, and pledged a full plan by the end of next "
                   "week.", "2027-06-09")
    assert [x for x, _, _ in got] == ["the end of next week"]
    # the only date of its sentence stays
    assert [x for x, _, _ in dates_of("Savers can claim a refund for May.", "2027-06-09")] == ["May"]


def test_the_start_of_a_move_s_span_between_two_dates_is_no_event() -> None:
    assert dates_of("The shares tripled between March 2021 and their high last November.", "2026-03-13") == [
        ("last November", "2025-11-01", "2025-11-30")]
    # two months joined as a range stay one range
    assert dates_of("Orion held talks with the union between January 2024 and March 2024.", "2026-03-13") == [
        ("January 2024 and March 2024", "2024-01-01", "2024-03-31")]


def _label(sentence: str, expression: str, previous: str = "") -> str:
    from analysis.timeline.labels.event import event_label

    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


def test_a_noun_that_is_also_a_verb_is_no_verb_of_the_label() -> None:
    # after a determiner or a possessive and a modifier, a bare verb form is a singular noun
    assert _label("Even after Wednesday's short-covering rally, Brisk Mining trades below its offer price.",
                  "Wednesday") == "Brisk Mining short-covering rally"
    assert _label("Lyra Foods is still 20% below its offer price after a short-covering rally on Wednesday.",
                  "Wednesday") != "Short-covering rallies"
    assert _label("The watchdog said it had asked Brisk Mining for a detailed audit report by 4 May.", "4 May").startswith(
        "Watchdog says")
    # but a bare verb after a plural subject, or after a verb of seeing, stays a verb
    assert _label("The banks rally on Monday.", "Monday") == "Banks rally"
    assert "drop" in _label("Keel saw its bonds drop sharply on Monday.", "Monday")
    # a word after "be" is an adjective: "are also higher" is no "highers", "are lower" no "lowers"
    assert "lowers" not in _label("Keel Bank is up 2%, while Lyra and Orion are lower on Monday.", "Monday")


def test_adverbs_before_the_verb_and_a_shared_subject() -> None:
    assert _label("Brisk Mining's shares have now shed 17% since January.", "January") == "Brisk Mining's shares shed 17%"
    # the second verb of "X represents ... and last walked out in 2016" shares X
    assert _label("- The Harbour Crews Guild represents about 600 Orion crews and last struck in 2016.", "2016") == (
        "Harbour Crews Guild strikes")


def test_the_event_a_comparison_s_since_names_is_the_label() -> None:
    assert _label("Brisk Mining ends 8% lower at 96p, the biggest fall since it floated in 2011.", "2011") == (
        "Brisk Mining floats")
    assert _label("Oslo-listed Keel Forge rose 14 per cent, its best day since its 2018 listing.", "2018") == (
        "Keel Forge listing")
    assert _label("Shares of Keel Bank plunged 30% on Monday, their steepest fall since the lender listed in 2009.",
                  "2009") == "Keel Bank lists"
    # a level is no event: the usual label
    assert _label("Keel fell 4%, its lowest since its March 2019 low.", "March 2019") == "Keel falls 4%"


def test_a_past_that_looks_bare_and_a_pronoun_of_a_shared_subject() -> None:
    # "shut", "hit": the past and the participle are the bare form, so they stay verbs
    assert _label("When the port shut for a week in October 2023, freight rates barely moved.", "October 2023") == (
        "Port shuts")
    assert "hit" in _label("Both were hit by the storms of last March.", "last March")
    # "X said on Friday it had hired advisers ... and set": the pronoun of the first verb, resolved to X
    assert _label("Keel said on Friday it had hired advisers for the sale and set a deadline of July 3 for offers.",
                  "July 3") == "Keel sets deadline"


def test_a_date_in_the_possessive_of_an_event_noun_labels_that_event() -> None:
    assert _label("Orion shares are still up 30% this year even after Friday's slide, while Keel has added 6%.",
                  "Friday") == "Orion shares slide"  # a clause since round 64 (was "Orion slide")
    assert _label("Keel, for its part, regained 2.5% after Monday's fall.", "Monday") == "Keel falls"
    # a level or a session is no event: the usual label
    assert _label("Orion is up 4% since Friday's close.", "Friday") != "Orion close"


def test_a_date_opening_the_clause_is_no_part_of_its_subject() -> None:
    assert _label("By Thursday the shares had slid a further 6 per cent.", "Thursday") == "Shares slide further 6 per cent"
    got = _label("Oslo-based Keel Pharma said on Friday it would take a $40 million charge.", "Friday")
    assert got.startswith("Oslo-based Keel Pharma") and not got.startswith("Friday")
