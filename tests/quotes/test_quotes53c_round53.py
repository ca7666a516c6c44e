"""Quote engine, round 53 (quotes53c): a board that rejects a proposal is the board of the company the bid was made
for, not the bidder's ("X first approached Y privately. The board rejected that proposal, saying it “…”"); a deed
the writer judges ("X was right to demand “…”") is a verb of saying. Invented companies, people and sentences; the
entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


BID = [("Harlow Group", "Harlow Group", "ORG"), ("Harlow", "Harlow Group", "ORG"),
       ("Brindle Savings Bank", "Brindle Savings Bank", "ORG"), ("Brindle", "Brindle Savings Bank", "ORG"),
       ("Quill Partners", "Quill Partners", "ORG")]


def test_a_rejecting_board_is_the_targets() -> None:
    text = ("Harlow Group made a hostile offer for Brindle Savings Bank on Monday.\n\n"
            "Harlow first approached Brindle privately in May. The board rejected that proposal a week later, "
            "saying it \"badly undervalues\" the lender, according to the letter.")
    assert _rows(text, BID) == [("badly undervalues", "Brindle Savings Bank")]


def test_a_rejecting_board_after_an_offer_for_a_name_typed_as_a_place() -> None:
    # the entity layer may type a bank named for a bay or a harbour as a place: a bid's target is a company still
    ents = [("Harlow Group", "Harlow Group", "ORG"), ("Corran Bay", "Corran Bay Bancorp", "PLACE")]
    text = ("Harlow Group said on Monday it had made an offer for Corran Bay in June. The board had already turned "
            "down the offer, calling it \"opportunistic at best\".")
    assert _rows(text, ents) == [("opportunistic at best", "Corran Bay Bancorp")]


def test_a_board_rejecting_nothing_left_alone() -> None:
    # no rejection of a bid: "the board" takes no bid target
    text = ("Harlow first approached Brindle privately in May. The board said it would \"look at every option\" "
            "before the vote.")
    assert _rows(text, BID) == [("look at every option", "The board")]


def test_a_deed_the_writer_judges_is_said() -> None:
    text = ("Harlow Group made a hostile offer for Brindle Savings Bank on Monday.\n\n"
            "Quill Partners, the largest outside shareholder, was right to demand \"a fair auction\" last week. "
            "It should keep at it.")
    assert _rows(text, BID) == [("a fair auction", "Quill Partners")]


def test_a_wish_to_demand_is_not_said() -> None:
    # "wants to demand" plans a deed, not one done: no verb of saying, no speaker
    text = "Quill Partners wants to demand \"a fair auction\" at the next meeting."
    assert _rows(text, BID) == []
