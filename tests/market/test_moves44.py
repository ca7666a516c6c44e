"""Round 39 (moves44): classes of financial prose the share-move grammar misread, counted across the ten read corpora
34-43 before fixing. Invented companies, markets and sentences; each rule has a case it must read and a case it must
leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 11, 21)  # a Friday


def _moves(text: str, *names: str) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names) if names else None)
    return [(str(c), float(p), str(k)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True)]


def test_a_range_of_percents_is_no_move() -> None:
    """"now expects a decline of 8% to 10%", "a further increase of 5% to 7% would follow": the ends of a forecast's
    or an estimate's range, no share move (2 extras, in 2 of the 10 read corpora)."""
    text = "Brindle Foods fell 3% on Friday. The snack maker now expects a decline of 6% to 9% in annual profit."
    assert _moves(text, "Brindle Foods") == [("Brindle Foods", -3.0, "share")]
    text = "Brindle Foods said a further increase of 4% to 6% in its prices would follow in spring."
    assert _moves(text, "Brindle Foods") == []


def test_a_move_to_a_price_and_a_move_from_a_level_stay() -> None:
    """What the range rule leaves alone: a move "to" a price, and a move with a second figure that is not its range."""
    assert _moves("Brindle Foods fell 4% to 10.20 euros on Friday.", "Brindle Foods") == [
        ("Brindle Foods", -4.0, "share")]
    assert _moves("Brindle Foods rose 6% on Friday, taking its gain this week to 11%.", "Brindle Foods") == [
        ("Brindle Foods", 6.0, "share"), ("Brindle Foods", 11.0, "share")]


def test_turnover_and_arrivals_are_quantities() -> None:
    """"Turnover on the main board rose ..., up 22%", "Port arrivals ... down 24% year on year": a market's volume and
    a trade's tonnage, not a company's shares (2 extras, in 2 of the 10 read corpora)."""
    assert _moves("Turnover on the Kessling exchange rose to 41.2 billion crowns, up 18% from Monday.") == []
    assert _moves("Harbour arrivals at Velmora reached 2.3 million tonnes, down 14% year on year.") == []


def test_a_company_beside_its_turnover_keeps_its_move() -> None:
    """What the vocabulary leaves alone: the company's own share move in the sentence that gives its turnover."""
    text = "Larkfield Retail said turnover rose 5%, and its shares jumped 7% on Friday."
    assert _moves(text, "Larkfield Retail") == [("Larkfield Retail", 7.0, "share")]


def test_a_distance_from_the_flotation_price_with_the_price_written_in() -> None:
    """"leaving the newly listed maker 23.2% below its $34 IPO price", "6.2% above the $34 IPO price", "20.7% below
    its $34 IPO price": the stock's move since it listed, the price written between "its"/"the" and "IPO price" (3
    misses, in 1 of the 10 read corpora; "its IPO price" without a price was read before)."""
    text = ("Tessary Cloud fell another 3.1% to $22.40, leaving the newly listed software maker 18.4% below its $27.45 "
            "IPO price.")
    assert _moves(text, "Tessary Cloud") == [("Tessary Cloud", -3.1, "share"), ("Tessary Cloud", -18.4, "share")]
    assert _moves("Tessary Cloud's first trade printed at $29.10, 6.0% above the $27.45 IPO price.",
                  "Tessary Cloud") == [("Tessary Cloud", 6.0, "share")]
    assert _moves("Tessary Cloud closed at 355p, 14.5% above its 310p offer price.", "Tessary Cloud") == [
        ("Tessary Cloud", 14.5, "share")]


def test_a_takeover_target_against_the_bid_stays_no_move() -> None:
    """What the rule leaves alone: a takeover target's distance from "the offer price" or the bidder's offer price
    (a comparison with a bid, as the read corpora's notes have it)."""
    text = "Merrow Textiles fell 21% this week and ended Friday at 2.43 euros, 37% below the offer price."
    assert _moves(text, "Merrow Textiles") == [("Merrow Textiles", -21.0, "share")]
    text = "Merrow Textiles slumped 17.8% to 2.41 euros, 12% below Calvane's offer price of 2.75 euros."
    assert _moves(text, "Merrow Textiles", "Calvane") == [("Merrow Textiles", -17.8, "share")]


def test_an_earlier_move_after_a_noun_of_is_the_same_stocks() -> None:
    """"On the stock market in London, X's share price dropped another 2.3 percent on Wednesday afternoon, after a loss
    of 7.4 percent the previous day": the nominal move after "after a NOUN of" is the same stock's earlier move, not the
    market the sentence fronts (1 miss of the class in the 10 read corpora; 4 sentences of the class, the others read
    already)."""
    text = ("On the stock market in Halvik, eVolta's share price dropped another 2.3 percent on Wednesday "
            "afternoon, after a loss of 7.4 percent the previous day.")  # a name in lower case first, as the read one
    assert _moves(text, "eVolta") == [("eVolta", -2.3, "share"), ("eVolta", -7.4, "share")]


def test_a_noun_of_with_its_own_owner_stays_its_owners() -> None:
    """What the rule leaves alone: "after a decline of 3% in Y" is Y's move, and "in quarterly sales" no move."""
    assert _moves("Pellam Steel fell 1.2% on Friday, after a decline of 3% in Orrin Motors.", "Pellam Steel",
                  "Orrin Motors") == [("Pellam Steel", -1.2, "share"), ("Orrin Motors", -3.0, "share")]
    assert _moves("Pellam Steel fell 1.2% on Friday, after a decline of 3% in quarterly sales.", "Pellam Steel") == [
        ("Pellam Steel", -1.2, "share")]


def test_a_clause_after_a_kickers_colon_opens_on_the_and_a_name() -> None:
    """"Worth noting: the X Composite has turned negative too, down 0.4%": a live blog's kicker, a colon, then a clause
    whose subject is "the" and a name; the figure after the comma is that subject's, not the kicker's first word (1
    extra; 10 sentences of the form in 6 of the 10 read corpora, the others read already)."""
    text = "Worth noting: the Halvik Composite has turned negative too, down 0.4%, as yields climb."
    assert _moves(text) == [("Halvik Composite", -0.4, "index")]
    text = "Worth noting: the Brindle Foods stock has turned negative too, down 0.4%, as yields climb."
    assert _moves(text, "Brindle Foods") == [("Brindle Foods", -0.4, "share")]


def test_a_kicker_before_a_named_clause_stays_as_it_was() -> None:
    """What the rule leaves alone: a kicker's colon before a capitalised name, and a company's own label."""
    assert _moves("Market check: Brindle Foods has turned negative, down 0.4%, as yields climb.", "Brindle Foods") == [
        ("Brindle Foods", -0.4, "share")]
    assert _moves("Closing bell: the Halvik Composite ended up 0.4%.") == [("Halvik Composite", 0.4, "index")]
