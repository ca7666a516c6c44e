"""Round 16 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_the_event_a_market_move_came_after_or_since_is_dated_by_its_own_day() -> None:
    # a finite clause after "since": the sinking is an event of its own, beside the session of the move
    got = dates_of("Tarrow Ferries shares added 3.7% on Thursday, their first rise since the barge sank off Kessel "
                   "on Monday.", "2026-06-04")
    assert ("Monday", "2026-06-01", "2026-06-01") in got
    # a possessive day before an event noun, after a close "lower" with no figure
    got = dates_of("Stocks in Varn ended lower on Friday, with miners dragging on the index after Tuesday's tariff "
                   "ruling.", "2026-06-05")
    assert ("Tuesday", "2026-06-02", "2026-06-02") in got
    # a level or session a move is measured from is no event; nor a statement's day in the clause
    got = dates_of("Orvale Foods climbed 4.8% on Friday after Wednesday's close at a record low.", "2026-06-05")
    assert ("Wednesday", "2026-06-03", "2026-06-03") not in got
    got = dates_of("Orvale Foods dropped 6.7% on Friday after the group said on Wednesday that it would shut a mill.",
                   "2026-06-05")
    assert ("Wednesday", "2026-06-03", "2026-06-03") not in got


def test_the_horizon_a_state_runs_into_is_no_event_beside_another_date() -> None:
    # "into" a period, "this side of" a holiday: how long a state lasts; the statement's day dates the sentence
    got = dates_of("Pellow Stores said on Friday it saw empty racks in its garden aisles well into late July.",
                   "2026-06-08")
    assert got == [("Friday", "2026-06-05", "2026-06-05")]
    got = dates_of("The Orvale council leader said on Tuesday she had been promised no store closures this side of "
                   "Easter.", "2025-10-08")
    assert got == [("Tuesday", "2025-10-07", "2025-10-07")]
    got = dates_of("Dr Ilse Marr said the Kessel plant, set to open in the third quarter, may drift into 2031.",
                   "2030-03-10")
    assert ("2031", "2031-01-01", "2031-12-31") not in got
    # the only date of its sentence stays
    assert dates_of("Talks at Brisk Air could run into next week.", "2026-05-14") != []
    # a date modifying a noun after "into" is no horizon
    from datetime import date

    from analysis.timeline.dated.model import TemporalExpression
    from analysis.timeline.yardsticks import yardsticks

    text = "Ms Varga said on Friday she kept phoning into the evening programmes."
    friday = TemporalExpression("Friday", text.index("Friday"), text.index("Friday") + 6, date(2026, 5, 15),
                                date(2026, 5, 15), "day", "relative")
    k = text.index("the evening")
    evening = TemporalExpression("the evening", k, k + 11, date(2026, 5, 14), date(2026, 5, 14), "day", "relative")
    assert yardsticks([friday, evening], text) == set()


def test_a_clause_of_time_dates_its_own_event_beside_the_main_clause() -> None:
    # "after", "before", "when" open an event of their own: both days are on the timeline
    got = dates_of("The Kessel toll bridge opened on Friday after crews lifted the last span into place on "
                   "Wednesday.", "2026-06-05")
    assert ("Wednesday", "2026-06-03", "2026-06-03") in got and ("Friday", "2026-06-05", "2026-06-05") in got
    # a statement in the clause dates nothing of its own; nor does a clause of concession (a state)
    got = dates_of("Orvale shares slid 5.3% on Tuesday after the company said on Friday that it would close a depot.",
                   "2026-06-03")
    assert [d for _, d, _ in got] == ["2026-06-02"]
    got = dates_of("Mr Pell is due to address investors in Kessel on June 30, although his office had not decided on Tuesday if he "
                   "would still go.", "2026-06-03")
    assert ("Tuesday", "2026-06-02", "2026-06-02") not in got


def test_a_verb_whose_past_is_its_bare_form_tells_a_past_act_in_a_past_quarter() -> None:
    got = dates_of("Tarrow Insurance last set aside extra reserves in the third quarter of 2023, after a refinery fire.",
                   "2026-06-05")
    assert ("the third quarter of 2023", "2023-07-01", "2023-09-30") in got
    # an infinitive or a noun is no past act; a figure makes the quarter a figure's period
    assert dates_of("Tarrow Insurance plans to set aside reserves in the third quarter of 2023.", "2026-06-05") == []
    assert dates_of("Tarrow Insurance cut costs by 27% in the third quarter of 2023.", "2026-06-05") == [
        ("the third quarter of 2023", "2023-07-01", "2023-09-30")]  # a figure over the quarter: round 20


def test_a_move_on_a_line_headed_by_a_weekday_and_a_date_is_on_that_date() -> None:
    from datetime import date

    import pandas as pd

    from analysis.timeline.sessions import placed_moves

    line = "- Thu 4 June: the quay at Kessel floods; Tarrow Ferries +6.6%."
    moves = pd.DataFrame({"doc_id": ["d"], "sent_id": [3], "session_date": [pd.Timestamp(2026, 6, 11)],
                          "session_basis": ["sentence"]})
    dated = pd.DataFrame({"doc_id": ["d"], "sent_id": [3], "date_start": [date(2026, 6, 4)],
                          "date_end": [date(2026, 6, 4)], "expression": ["4 June"], "sentence": [line], "basis": [""]})
    got = placed_moves(moves, dated)
    assert list(got["session_date"]) == [pd.Timestamp(2026, 6, 4)]
    # the same weekday not beside the date leaves the session alone
    other = dated.assign(sentence=["Tarrow Ferries rose 6.6% on Thursday, a week after the 4 June flood."])
    assert list(placed_moves(moves, other)["session_date"]) == [pd.Timestamp(2026, 6, 11)]


def test_a_clock_time_in_a_live_blog_entry_is_an_hour_of_the_entry_s_day() -> None:
    from tests.timeline.test_timeline_round14 import _sentences_of

    text = ("LIVE: Varn traders weigh the new levy\n\n"
            "12:20 CET - The Kessel finance ministry says a committee will meet on June 19.\n\n"
            "09:45 CET - Welcome back. The levy decree took effect at 9 a.m. CET. We will track the markets all day.\n")
    got = _sentences_of(text, "2026-06-08")
    assert ("2026-06-08", "The levy decree took effect at 9 a.m. CET.") in got
    assert ("2026-06-19", "The levy decree took effect at 9 a.m. CET.") not in got


def test_a_year_after_since_a_figure_starts_a_span_beside_a_finer_date() -> None:
    got = dates_of("The Varn housing agency said in May that average rents had risen 24% in cash terms since 2021.",
                   "2026-06-08")
    assert got == [("May", "2026-05-01", "2026-05-31")]
    # a year naming an event stays ("since the 2019 listing")
    got = dates_of("Tarrow shares rose 5.7% in May, their best month since the 2019 listing.", "2026-06-08")
    assert ("2019", "2019-01-01", "2019-12-31") in got
