"""'Since <day>': a state that has held since a day began on that day, its event; a sum or a move gathered since is a
span up to the article's date (a move's from the next session). Every
sentence is invented (fictional companies and people)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_since_a_day_is_the_day_a_state_began_but_a_span_for_what_was_gathered_since() -> None:
    # 2031-05-14 is a Wednesday; the Sunday before is 2031-05-11
    got = dates_of("Skipper Tamsin Orrell, whose barge has been moored at Lenbury since Sunday, said she was loading "
                   "half the usual tonnage.", "2031-05-14")
    assert got == [("Sunday", "2031-05-11", "2031-05-11")]
    # left alone: a sum gathered over the days since is their span; a share move since Friday starts with Monday's
    # session
    got = dates_of("The Orrell campaign has spent $4 million on advertising since Monday, its treasurer said.",
                   "2031-05-14")
    assert got == [("Monday", "2031-05-12", "2031-05-14")]
    got = dates_of("Shares of Harwick Marine have fallen 12% since Friday.", "2031-05-14")
    assert got == [("Friday", "2031-05-12", "2031-05-14")]
