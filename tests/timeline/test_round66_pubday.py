"""Round 66 (timeline, events of the publication day). Each test fails without its change. Every sentence, outlet and
name is invented."""

from __future__ import annotations

from tests.timeline.test_round64b_events import _days, _rows


def test_a_named_speaker_s_statement_is_told_on_the_report_s_day() -> None:
    # published on Thursday 2041-03-14; the lead names the day, the statements after it leave it out
    body = ("VALDMERE (One Wire) - Corran Foods cut its dividend on Thursday after a slump in sales.\n\n"
            "Pellham Bank, the largest lender to the group, said its exposure was \"not material\".\n\n"
            "Gov. Lena Marsh said the cut was a blow to the region.\n\n"
            "The board said the review would take weeks.\n\n"
            "Ana Varga will serve as interim chief executive, Corran said.\n\n"
            "The closures will hit margins, the company said.\n\n"
            "Ana Varga, an analyst at Tovin Securities, said the sell-off looked overdone.\n\n"
            "Tovin Mills says the market for flour remains tight.\n\n"
            "\"We know the cut hurts,\" Corran said.\n\n"
            "Corran said the board would meet again in October.\n")
    got = _rows("Corran Foods cuts dividend", body, "2041-03-14")
    assert _days(got, "Pellham Bank") == {"2041-03-14"}
    assert _days(got, "Gov. Lena Marsh") == {"2041-03-14"}
    assert _days(got, "Ana Varga will serve") == {"2041-03-14"}
    assert _days(got, "The board said") == set()  # a view of what a thing may do
    assert _days(got, "The closures will hit") == set()
    assert _days(got, "Ana Varga, an analyst") == set()  # a view
    assert _days(got, "Tovin Mills says") == set()  # a feature's present
    assert _days(got, "\"We know") == set()  # a quotation's words: the quotes' module's
    assert _days(got, "Corran said the board") == {"2041-10-01"}  # a date of its own
    # a lead of a day two weeks before publication is a look back: no report of its day
    back = _rows("What we know about Corran", body.replace("on Thursday", "on March 1"), "2041-03-14")
    assert _days(back, "Pellham Bank") == set()


def test_declining_to_comment_is_an_act_of_the_report_s_day() -> None:
    body = ("VALDMERE (One Wire) - Corran Foods cut its dividend on Thursday after a slump in sales.\n\n"
            "Corran declined to comment.\n\n"
            "Not everyone agreed.\n")
    got = _rows("Corran Foods cuts dividend", body, "2041-03-14")
    assert _days(got, "Corran declined") == {"2041-03-14"}
    assert _days(got, "Not everyone") == set()
