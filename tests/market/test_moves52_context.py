"""Round 52 (moves52): what the rest of the article says about a move's company and day, on invented texts (no word,
name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.coref import product_names
from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float, object]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct, None if pd.isna(r.session_date) else r.session_date)
            for r in rows.itertuples()]


# 1. An owned name before a word of dealing with it ("sized its Acme loss", "cut its Acme stake", "won its Acme
# contract") is another company, not the owner's product: it stays the antecedent of a later "its shares".

TEXT = ("Morning, Readers. Quick note on the Tarlow breach.\n\n"
        "Recap: Tarlow Freight lost its tracking system for a week and its shares jumped 7.7% on the news.\n\n"
        "The insurer is the story. Last week Brennick Mutual sized its Tarlow loss at $40m.")


def test_a_name_owned_in_a_dealing_is_no_product() -> None:
    mentions = sorted(every_mention(TEXT, "Readers", "Tarlow Freight", "Tarlow", "Brennick Mutual"))
    assert product_names(TEXT, mentions) == frozenset()
    assert _rows(TEXT, "Readers", "Tarlow Freight", "Tarlow", "Brennick Mutual") == [
        ("share", "Tarlow Freight", 7.7, PUB)]


def test_an_owned_product_stays_a_product() -> None:
    text = "Its Corbel sensors were on four million wrists. Corbel Devices rose 2%."
    mentions = sorted(every_mention(text, "Corbel"))
    assert product_names(text, mentions) == frozenset({"Corbel"})


# 2. "yesterday" in the clause before the figure dates the move as a weekday there does ("reopened yesterday, and its
# shares rose 9%"; "said on Thursday ..., and its shares fell"); its possessive dates another move.

def test_yesterday_in_the_clause_before_dates_the_move() -> None:
    text = "Tarlow Freight said yesterday it had restored its systems, and its shares rose 4.1%."
    assert _rows(text, "Tarlow Freight") == [("share", "Tarlow Freight", 4.1, date(2026, 3, 5))]


def test_yesterday_in_another_sentence_or_as_a_possessive_left_alone() -> None:
    text = "Tarlow Freight said yesterday it had restored its systems. Its shares rose 4.1% today."
    assert _rows(text, "Tarlow Freight") == [("share", "Tarlow Freight", 4.1, PUB)]
    text = "Tarlow Freight shares rose 4.1%, erasing yesterday's 3% drop."
    assert _rows(text, "Tarlow Freight") == [("share", "Tarlow Freight", 4.1, PUB),
                                             ("share", "Tarlow Freight", -3.0, date(2026, 3, 5))]


# 3. "the target's shares" / a headline's "target's shares" after a bid: the company the nearest bid before is for
# ("X goes hostile with bid for Y; target's shares soar 36%", "X made a $38 offer for Y. The target's shares rose 30%").

def test_the_targets_shares_are_the_bid_companys() -> None:
    text = "Tamsin Cable goes hostile with $1.9 bln bid for Ridley; target's shares soar 36%\n\nRidley shares jumped 36%."
    assert [row[:3] for row in _rows(text, "Tamsin Cable", "Ridley")] == [
        ("share", "Ridley", 36.0), ("share", "Ridley", 36.0)]
    text = "Tamsin Cable made a $38 offer for Ridley Media on Monday. The target's shares rose 30%."
    assert [row[:3] for row in _rows(text, "Tamsin Cable", "Ridley Media")] == [("share", "Ridley Media", 30.0)]


def test_a_target_with_no_bid_or_a_price_target_left_alone() -> None:
    assert _rows("Tamsin Cable said its target's shares rose 30%.", "Tamsin Cable") == []
    assert _rows("Analysts raised their price target by 30%.", "Tamsin Cable") == []


# 4. "The stock" right after a sentence of a bidder offering a price a share ("Then X offered $38. The stock jumped
# 36%"): the stock bid for, the company the story names most, not the bidder's.

OP_ED = ("OPINION: Ridley's board should let its owners decide\n\nI have owned Ridley stock for 23 years. Ridley Cable "
         "has lost customers. The shares were lower before Tamsin's offer.\n\nThen Tamsin offered $38. The stock jumped "
         "36% in a day. That is Ridley telling us something.")


def test_the_stock_after_a_bidders_price_is_the_targets() -> None:
    assert [row[:3] for row in _rows(OP_ED, "Ridley", "Ridley Cable", "Tamsin")] == [("share", "Ridley", 36.0)]


def test_the_stock_after_a_bidders_total_price_left_alone() -> None:
    text = "Tamsin Cable said it would raise its bid. Then Tamsin offered $1.9 billion. The stock fell 3%."
    assert [row[:3] for row in _rows(text, "Ridley", "Tamsin Cable", "Tamsin")] == [("share", "Tamsin", -3.0)]
