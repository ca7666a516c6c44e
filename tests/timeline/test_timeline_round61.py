"""Round 61 (timeline, dated events): more of a report's own undated acts are dated on its day. One test per rule,
each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from test_timeline_dates59 import _report_rows, _rows


def test_a_statement_at_a_news_conference_is_on_the_report_day() -> None:
    for sentence in ("\"We will not sell the orchards,\" Finance Minister Ida Holm told a news conference.",
                     "Holm said at a press conference in Valdmere that the levy would stay.",
                     "\"Growers are protected,\" the ministry said in a readout afterwards.",
                     "Keel Bank's chairman, Ole Brand, told broadcaster Valdmere TV that it would hold its stake."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence
    # a news conference to come is no act of the day
    sentence = "Holm will give details at a news conference."
    assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence)


def test_an_act_told_as_done_is_on_the_report_day() -> None:
    for sentence in ("The Valdmere Cider Authority said it had taken control of the Brisk Cider presses.",
                     "The regulator said 14 presses had shut down automatically.",
                     "Brisk Cider confirmed it had sent growers a letter of apology.",
                     "A government spokeswoman said the minister had been briefed.",
                     "The central bank separately said it was setting up a credit line for growers.",
                     "Keel Bank said its payment service was hit for several hours.",
                     "Two growers' cooperatives said their presses were down all morning."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence


def test_what_an_act_told_leaves_alone() -> None:
    # (round 63: "The board said it would review the dividend." is now an act of the day, a commitment its speaker
    # announces for itself; see test_timeline_round63.py)
    for sentence in ("The board said the review would take weeks.",  # a view of what will follow: no act done
                     "The cider maker said it had no plans to sell the presses.",  # a possession
                     "Analysts said the sell-off had gone too far.",  # a view
                     "Fund managers said the market was relieved.",  # a view
                     "\"It went dark,\" said a grower who was seated near the press.",  # a relative clause
                     "Growers sell through Valdmere Press, which said orders had held up.",  # a relative clause
                     "It said output had doubled between 2038 and 2040.",  # a date of its own
                     "Keel said it was preparing presses to restart \"as early as Sunday\"."):  # a quoted date
        assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence), sentence


def test_a_decision_in_the_simple_past_is_on_the_report_day() -> None:
    for sentence in ("The Valdmere Cider Authority (VCA) took control of the Brisk Cider presses.",
                     "Keel Bank, a lender to the growers, also suspended dealing in its orchard fund.",
                     "The growers' board voted 7-2 to hold the levy.",
                     "Trading in the shares was halted twice for volatility."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence


def test_what_a_decision_leaves_alone() -> None:
    for sentence in ("Its slump came two days after it announced the share sale.",  # a subordinate clause
                     "The press house later cut its staff by half.",  # a time before the day
                     "The new presses are not named in the notice.",  # a present, a negation
                     "Neither company confirmed the report.",  # a negation
                     "It cut the levy.",  # a pronoun: whose act is unsaid
                     "Not everyone agreed."):
        assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence), sentence


def test_a_price_at_the_close_is_the_report_session() -> None:
    for sentence in ("Shares of Keel Bank closed at 4.12 crowns.",
                     "The Valdmere index ended down 2.1% at 1,204.5."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence
    # a bank closed by its regulator is no price at the close, and no session of the day when the moves were Monday's
    text = "Brisk Cider shares fell 11% on Monday after the warning.\nShares of Keel Bank closed at 4.12 crowns.\n"
    assert not any(r[0].startswith("Shares of Keel") for r in _rows("Brisk Cider's bad week", text, "2041-11-14"))


def test_a_move_measured_against_an_earlier_date_is_the_report_session() -> None:
    for sentence in ("The Valdmere banks index sank 7.2%, its steepest fall since March 2039.",
                     "Keel Bank shares closed at 3.10 crowns, down from a closing high of 4.75 crowns on Nov. 3.",
                     "The preference shares rose 5.2%, after losing a third of their value on Monday."):
        assert (sentence, "2041-11-14", "2041-11-14") in _report_rows(sentence), sentence
    # a date to come after "from" is a plan, no yardstick: the sentence is not the session's
    sentence = "Two-year yields fell to a record low as traders priced a cut from 0.5% as early as Dec. 3."
    assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence)


def test_a_notes_own_rating_change_is_on_its_publication_day() -> None:
    # a note published on Friday 2041-11-15 whose lead tells Thursday's slide: the note's own acts are Friday's
    body = ("Brisk Cider shares fell 11% on Thursday after the profit warning.\n"
            "We downgrade Brisk Cider to Sell.\n"
            "We also cut our price target to 310 pence from 420 pence.\n"
            "\"We downgrade nothing,\" the chief executive joked.\n")
    rows = _rows("Brisk Cider: downgrade to Sell", body, "2041-11-15")
    assert ("We downgrade Brisk Cider to Sell.", "2041-11-15", "2041-11-15") in rows
    assert ("We also cut our price target to 310 pence from 420 pence.", "2041-11-15", "2041-11-15") in rows
    assert not any(r[0].startswith("\"We downgrade nothing") for r in rows)  # a quotation
