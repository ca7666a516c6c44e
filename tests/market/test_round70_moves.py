"""Round 70 (moves): share-move rules of plain grammar and news convention, each tried on invented text (no word,
name or sentence of any corpus), with what each rule must leave alone."""

from __future__ import annotations

import pandas as pd

from analysis.market.coref import brand_owners, mention_tuples, service_parties
from analysis.market.moves import one_name_per_company
from tests.move_helpers import move_days, move_rows, org_mentions, two_day_corpus_moves


# 1. A brand and its listed owner named as two companies ("Quarrow Holdings, the owner of the Bexley Bakes bakery chain";
# then "Bexley Bakes shares fell 20%"): the move is the owner's, as the text ties the brand to it, in the article and in
# the corpus's other articles.

def test_the_text_ties_a_brand_to_its_owner() -> None:
    for text in ("Quarrow Holdings, the owner of the Bexley Bakes bakery chain, halted its shares.",
                 "Quarrow Holdings, the Leeds-listed owner of Bexley Bakes, halted its shares.",
                 "Quarrow Holdings, owner of the Bexley Bakes chain, halted its shares.",
                 "Quarrow Holdings, which owns the Bexley Bakes chain, halted its shares.",
                 "Bexley Bakes owner Quarrow Holdings halted its shares.",
                 "Bexley Bakes's parent, Quarrow Holdings, halted its shares."):
        assert brand_owners(text, org_mentions(text, "Quarrow Holdings", "Bexley Bakes")) == \
            {"Bexley Bakes": "Quarrow Holdings"}, text


def test_a_person_a_stake_or_two_owners_tie_no_brand() -> None:
    text = "Tamsin Roe, the owner of Bexley Bakes, said nothing."  # a person owns it: no listed owner
    assert brand_owners(text, org_mentions(text, "Bexley Bakes")) == {}
    text = "Quarrow Capital, the largest owner of Bexley Bakes shares, sold."  # a holder of its stock
    assert brand_owners(text, org_mentions(text, "Quarrow Capital", "Bexley Bakes")) == {}
    text = ("Quarrow Holdings, the owner of Bexley Bakes, bid. Tallis Group, the owner of Bexley Bakes until 2031, "
            "objected.")  # two owners: the text does not settle it
    assert brand_owners(text, org_mentions(text, "Quarrow Holdings", "Tallis Group", "Bexley Bakes")) == {}


def test_a_brands_moves_are_its_owners_across_articles() -> None:
    # the rows of one article that tells the tie (``brand`` set, ``company`` the owner) and of one that does not
    moves = pd.DataFrame({"company": ["Quarrow Holdings", "Quarrow Holdings", "Bexley Bakes", "Tallis"],
                          "brand": ["Bexley Bakes", "", "", ""], "kind": ["share"] * 4, "doc_id": ["a", "a", "b", "b"]})
    assert one_name_per_company(moves)["company"].tolist() == [
        "Quarrow Holdings", "Quarrow Holdings", "Quarrow Holdings", "Tallis"]


def test_a_brand_in_a_corpus(tmp_path) -> None:
    texts = {"a.txt": ("Bexley Bakes shares drop 40% after audit delay\n\nLEEDS - Quarrow Holdings, the owner of the "
                       "Bexley Bakes bakery chain, said its audit would be late. Shares in Quarrow Holdings fell 40 "
                       "percent on Monday.\n"),
             "b.txt": ("Bexley Bakes rebounds\n\nBexley Bakes shares rose 6 percent on Tuesday as buyers returned to "
                       "the cake shop chain.\n")}
    moves = two_day_corpus_moves(tmp_path, texts)
    assert sorted((r.file, r.company, r.pct) for r in moves.itertuples()) == [
        ("a.txt", "Quarrow Holdings", -40.0), ("a.txt", "Quarrow Holdings", -40.0), ("b.txt", "Quarrow Holdings", 6.0)]


# 2. A running total told after a clause with no figure of its own, whose subject is a pronoun's antecedent or a name
# with an appositive ("The stock closed at $12, bringing its two-day loss to 12%", "Quarrow, the engine maker, closed at
# 120p, taking its ..."): the total is that clause subject's.

def test_a_running_total_after_a_clause_with_no_figure() -> None:
    assert move_days("Quarrow shares rose on Monday. The stock closed at $12, bringing its two-day loss to 12%.",
                     "Quarrow") == [("Quarrow", -12.0, "", "2026-03-05", "2026-03-06")]
    assert move_days("Quarrow, the engine maker, closed at 120p, bringing its two-day loss to 12%.", "Quarrow") \
        == [("Quarrow", -12.0, "", "2026-03-05", "2026-03-06")]
    # left alone: a total of something else
    assert move_days("Quarrow bought Tallis, bringing its stake to 12%.", "Quarrow", "Tallis") == []
    assert move_days("Quarrow shares closed at 120p, bringing its market value to 12 billion.", "Quarrow") == []


# 3. A day's move told as a noun with the day's possessive and no company, with no move told just before it
# ("Thursday's 4.6% drop made plain ...", "After yesterday's 18% slide, the board ..."): the move of the stock the
# article is about.

def test_a_days_move_as_a_noun_with_no_move_before() -> None:
    lead = "Quarrow said it would review its accounts. Analysts were unconvinced. "
    assert move_days(lead + "Thursday's 4.6 per cent drop made plain that the doubts remain.", "Quarrow") \
        == [("Quarrow", -4.6, "2026-03-05", "", "")]
    assert move_days(lead + "After yesterday's 18% slide, the board met in private.", "Quarrow") \
        == [("Quarrow", -18.0, "2026-03-05", "", "")]
    # left alone: a move noun with no day's possessive and no move before ("That rise of 4% ..." of prices)
    assert move_days(lead + "That took the increase to 9%.", "Quarrow") == []


# 4. A time word fronted without a comma before "the stock" whose clause then writes a price with a thousands comma
# ("On Monday the stock ended at 1,980 crowns, down 11%"): the price's comma ends no leading adverbial; the stock is the
# article's, and "It" after it is the same stock, not a firm the paragraph before named.

def test_a_fronted_time_word_and_a_price_with_a_thousands_comma() -> None:
    text = ("Quarrow Steel owned up to the flawed tests.\n\nTallis Rail, which runs the coastal line, said on Monday that "
            "Quarrow Steel wire was in its carriages.\n\nOn Monday the stock ended at 1,980 crowns, down 11%. It slid as much "
            "as 9.5% to 1,790 crowns today and then ended down 6.2% at 1,860 crowns.")
    assert move_days(text, "Quarrow Steel", "Tallis Rail") == [
        ("Quarrow Steel", -11.0, "2026-03-02", "", ""), ("Quarrow Steel", -9.5, "2026-03-06", "", ""),
        ("Quarrow Steel", -6.2, "2026-03-06", "", "")]
    # left alone: a real leading adverbial before a comma, a year after a date's comma
    assert move_days("On March 2, 2026, Quarrow Steel fell 4%.", "Quarrow Steel") == [
        ("Quarrow Steel", -4.0, "2026-03-02", "", "")]


# 5. "Doubled" before a demonstrative and its noun ("has since doubled that position") has an object: the holder grew
# its stake, no stock doubled; a time after it ("doubled that day") leaves the move.

def test_doubled_with_a_demonstratives_object() -> None:
    text = "Tallis took a 3 percent stake in Quarrow last spring and has since doubled that position."
    assert move_rows(text, "Quarrow", "Tallis") == []
    assert move_rows("Quarrow shares doubled that day.", "Quarrow") == [("share", "Quarrow", 100.0)]
    assert move_rows("Quarrow shares doubled that week as buyers piled in.", "Quarrow") == [("share", "Quarrow", 100.0)]


# 6. An activist investor ("Activist investor Tallis Capital, which holds 7% ...", "Tallis Capital, an activist
# fund") is a party pressing the company, as an auditor or a short seller is: no antecedent of "the company"'s shares.

def test_an_activist_investor_is_a_party() -> None:
    text = ("Quarrow Motors trimmed its outlook once more.\n\nActivist investor Tallis Capital, which holds about 7 "
            "percent of it, said it wanted two board seats.\n\nShares in the company have slid 21.5 percent since the "
            "start of the year.")
    assert move_days(text, "Quarrow Motors", "Tallis Capital") == [
        ("Quarrow Motors", -21.5, "", "2026-01-01", "2026-03-06")]
    text = "Tallis Capital, an activist fund, said it backed Quarrow Motors."
    assert service_parties(text, mention_tuples(org_mentions(text, "Tallis Capital", "Quarrow Motors"))) \
        == frozenset({"Tallis Capital"})


# 7. A quote strip's cell with a short session note after its percent ("QRW +0.5% pre"), as "premarket" is written: the
# cell is read whole (a strip of such cells was no strip); a word that goes on ("pre-tax") is no note.

def test_a_strip_cell_with_a_short_premarket_note() -> None:
    from analysis.market.extract import _STRIP_CELL

    cell = _STRIP_CELL.fullmatch("QRW +0.5% pre")
    assert cell is not None and (cell.group("ticker"), cell.group("pct"), cell.group("tag")) == ("QRW", "+0.5", "pre")
    assert _STRIP_CELL.fullmatch("QRW +0.5% premarket").group("tag") == "premarket"
    assert _STRIP_CELL.fullmatch("QRW +0.5% pre-tax") is None


# 8. A company's shares as a verb's object, then a relative clause about them that runs to the figure ("The regulator
# halted dealings in Tallis's shares, which ended at 3.15 euros after shedding 9.2%"): the move is Tallis's, not the
# main clause subject's; a relative clause with its own subject ("which it had sold after ...") is left alone.

def test_a_relative_clause_about_an_objects_shares() -> None:
    text = ("The Bexley Authority, which polices the bourse, halted dealings in Tallis's shares, which ended at 3.15 "
            "euros on Monday after shedding 9.2 percent.")
    assert move_rows(text, "Bexley Authority", "Tallis") == [("share", "Tallis", -9.2)]
    text = "Quarrow Bank bought shares of Tallis, which it had sold after falling 9.2 percent."
    assert move_rows(text, "Quarrow Bank", "Tallis") == [("share", "Quarrow Bank", -9.2)]
