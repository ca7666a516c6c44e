"""Round 46 (moves39): classes of share-move errors read on the newly opened dev corpora (CORPUS59, CORPUS61), each
tried on invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves
from analysis.market.moves import one_name_per_company, without_trailing_acronym
from test_move_round21 import _mention, every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str, persons: tuple[str, ...] = ()) -> list[tuple[str, str, float]]:
    mentions = every_mention(text, *names) + [_mention(text, p, "PERSON", p, nth=n)
                                              for p in persons for n in range(text.count(p))]
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


# 1. An exchange's letters written with a ticker that opens on the same letters ("SSE (SSE.L)", "LSE (LSEG.L)"): a
# company listed under them; the exchange itself has no share price.

def test_an_exchanges_letters_with_their_own_ticker_are_a_company() -> None:
    text = "Orvel (ORV.CO) gained 1.5% and SSE (SSE.L) rose 0.9%."
    assert _rows(text, "Orvel", "SSE") == [("share", "Orvel", 1.5), ("share", "SSE", 0.9)]
    assert _rows(text, "Orvel") == [("share", "Orvel", 1.5), ("share", "SSE", 0.9)]


def test_an_exchanges_letters_alone_stay_no_company() -> None:
    assert _rows("The SSE rose 0.9% on Monday.") == []


# 2. A movers-list item "Name (TICKER) - clause": the clause's descriptor or "Shares" is the item's company even when
# the entity layer reads the name as a person's or does not know it, never the item above it.

def test_an_items_name_read_as_a_person_is_still_the_items_company() -> None:
    text = ("Stocks making the biggest moves:\n"
            "Marrow Biotech (MRRW) — The drug developer tumbled 12.4%.\n"
            "Amos Kettering (AKT) — The maker of widgets fell 2.6%.\n")
    assert _rows(text, "Marrow Biotech", persons=("Amos Kettering",)) == [
        ("share", "Marrow Biotech", -12.4), ("share", "Amos Kettering", -2.6)]


def test_an_items_possessive_name_the_entity_layer_misses_is_the_items_company() -> None:
    text = ("Movers:\n"
            "Dunmere Games (DGM): The game retailer jumped 7.1% after a surprise profit.\n"
            "Pellam's (PLM): Shares slipped 2% after the soup maker cut its outlook.\n")
    assert _rows(text, "Dunmere Games") == [("share", "Dunmere Games", 7.1), ("share", "Pellam's", -2.0)]


# 3. A currency's code before a number is a price ("NOK 412.15"), no name: not a subject, nor a list's first name.

def test_a_currency_code_before_a_price_is_no_name() -> None:
    text = "Marrow Biotech fell 4.7 per cent to NOK 412.15 and Kettle Foods, which makes snacks, dropped 7.9 per cent."
    assert _rows(text, "Marrow Biotech", "Kettle Foods") == [
        ("share", "Marrow Biotech", -4.7), ("share", "Kettle Foods", -7.9)]
    text = "Closing prices:\nMarrow Biotech: SEK 593.50 (+41.3%)\nKettle Foods: SEK 412.15 (-4.7%)\n"
    assert _rows(text, "Marrow Biotech", "Kettle Foods") == [
        ("share", "Marrow Biotech", 41.3), ("share", "Kettle Foods", -4.7)]


# 4. A running total's "its" after the index the stock sits in ("fell 4.6% in the FTSE 250, bringing its loss for the
# week to 19%"): the clause's subject's, not a possessive inside its appositive.

def test_a_running_total_after_the_index_named_is_the_subjects() -> None:
    text = ("Marrow Systems, the software company that supplied Kettle's new platform, fell 4.6% in the FTSE 250, "
            "bringing its loss for the week to 19%.")
    assert _rows(text, "Marrow Systems", "Kettle") == [("share", "Marrow Systems", -4.6), ("share", "Marrow Systems", -19.0)]


# 5. "The FTSE 250 company" / "the FTSE 100 lender": one company described by the index it belongs to.

def test_a_company_noun_after_an_index_name_is_a_company() -> None:
    text = "Marrow Toys Group warned on profit.\nShares in the FTSE 250 company closed down 41.6 per cent at 142p."
    assert _rows(text, "Marrow Toys Group") == [("share", "Marrow Toys Group", -41.6)]


def test_a_sector_after_an_index_name_stays_an_index() -> None:
    assert _rows("FTSE 100 miners fell 3%.") == [("index", "FTSE 100 miners", -3.0)]


# 6. "Their shares fell A% and B% respectively": the pair the sentence before names, not two companies moved earlier.

def test_their_shares_respectively_are_the_pair_just_named() -> None:
    text = ("Dorrow rose 3% and Pellam fell 2% on Monday.\nAnalysts were upbeat.\n"
            "Marrow and Kettle both sell online. Their shares fell 2.1 per cent and 1.7 per cent, respectively.")
    assert _rows(text, "Marrow", "Kettle", "Dorrow", "Pellam")[2:] == [("share", "Marrow", -2.1), ("share", "Kettle", -1.7)]


# 7. Numbers listed before the percent that closes their list ("rose 5.3, 4.6 and 4.1 per cent respectively"): each
# a percent; after a month or a preposition a number opens no list ("since Oct. 6 and 41% this year").

def test_numbers_listed_before_a_closing_percent_are_percents() -> None:
    text = "In Oslo, Marrow Kisen, Kettle Yusen and Dorrow Lines rose 5.3, 4.6 and 4.1 per cent respectively."
    assert _rows(text, "Marrow Kisen", "Kettle Yusen", "Dorrow Lines") == [
        ("share", "Marrow Kisen", 5.3), ("share", "Kettle Yusen", 4.6), ("share", "Dorrow Lines", 4.1)]
    text = "Marrow and Kettle fell 5.3 and 4.6 per cent."
    assert _rows(text, "Marrow", "Kettle") == [("share", "Marrow", -5.3), ("share", "Kettle", -4.6)]


def test_a_number_after_a_preposition_opens_no_list() -> None:
    text = "Marrow imposed a surcharge between 5 and 8 per cent on Monday."
    assert _rows(text, "Marrow") == []


# 8. Weight lost in a drug trial ("weight loss of 13.4%") is no share move.

def test_a_weight_loss_is_no_share_move() -> None:
    text = "Marrow Pharma's pill delivered placebo-adjusted weight loss of 13.4%, and its shares rose 8%."
    assert _rows(text, "Marrow Pharma") == [("share", "Marrow Pharma", 8.0)]


# 9. "Recovering most of the 3.3% it lost a week ago": a move the pronoun's company made.

def test_a_figure_a_pronoun_lost_is_its_companys_move() -> None:
    text = "Marrow Energy climbed 2.7%, recovering most of the 3.3% it lost a week ago when an auction flopped."
    assert _rows(text, "Marrow Energy") == [("share", "Marrow Energy", 2.7), ("share", "Marrow Energy", -3.3)]


# 10. "N% below where they stood a week ago": a move since then.

def test_below_where_they_stood_days_ago_is_a_move() -> None:
    text = ("Marrow Toys warned on profit. The shares jumped 12.8 per cent on Tuesday. Even so, at 152p they remain "
            "37 per cent below where they stood a week ago.")
    assert _rows(text, "Marrow Toys") == [("share", "Marrow Toys", 12.8), ("share", "Marrow Toys", -37.0)]


# 11. A wire brief's "* SHARES DOWN 1.1%": the company its opening line names with its ticker, not a partner its
# bullets name as often.

def test_a_briefs_shares_are_the_company_of_its_opening_line() -> None:
    text = ("BRIEF-Marrow Pharma says placing shares admitted, receives Kettle upfront\n\n"
            "May 20 (Example Wire) - Marrow Pharma A/S (MRRW.CO):\n"
            "* SAYS RECEIVED $420 MLN UPFRONT PAYMENT FROM KETTLE & CO ON MAY 19\n"
            "* SAYS KETTLE & CO TO GET ASIAN RIGHTS\n"
            "* SHARES DOWN 1.1% AT 1345 GMT\n")
    assert _rows(text, "Marrow Pharma", "KETTLE & CO", "Kettle") == [("share", "Marrow Pharma A/S", -1.1)]


# 12. "Acme Bank" in one article and "Acme Banking Group" in others: one stock, one name across the corpus.

def test_a_bank_and_its_banking_group_are_one_name() -> None:
    moves = pd.DataFrame({"company": ["Marrow Banking Group", "Marrow Banking Group", "Marrow Bank", "Marrow Bankers"],
                          "kind": ["share"] * 4})
    assert one_name_per_company(moves)["company"].tolist() == [
        "Marrow Banking Group", "Marrow Banking Group", "Marrow Banking Group", "Marrow Bankers"]


# 13. A movers-list item naming two companies with their tickers ("Acme (ACM), Bexley (BXL) - The retailers lost 3.6%
# and 2.9%, respectively"): the figures are theirs, in order; without "respectively" no pairing is guessed.

def test_an_item_of_two_names_and_tickers_gives_its_figures_in_order() -> None:
    text = ("Movers:\nNorvo Chips (NVC) — The chipmaker rose 2.4%.\n"
            "Marrow Buy (MBY), Kettle (KTL) — The retailers lost 3.6% and 2.9%, respectively, on import costs.\n")
    assert _rows(text, "Norvo Chips", "Marrow Buy", "Kettle") == [
        ("share", "Norvo Chips", 2.4), ("share", "Marrow Buy", -3.6), ("share", "Kettle", -2.9)]


# 14. A company's name the entity layer ends with an acronym of no organisation ("Acme Bank IT" from "the Acme Bank IT
# failure"): the name without it; a legal form or a short name stays.

def test_a_trailing_acronym_of_no_organisation_leaves_the_name() -> None:
    assert [without_trailing_acronym(n) for n in ("Marrow Bank IT", "Marrow Group PLC", "Marrow AI", "Kettle Bank")] == [
        "Marrow Bank", "Marrow Group PLC", "Marrow AI", "Kettle Bank"]


# 15. A company whose name opens on dotted initials in small letters ("k.j.v. Cosmetics"), which the entity layer
# misses: a name; "a.m." before a capital ("At 10 a.m. Shares of ...") stays a time.

def test_a_name_opening_on_dotted_small_initials_is_a_company() -> None:
    text = "Beauty stocks were mixed. k.j.v. Cosmetics slipped 1.9% and Dorrow lost 0.6%, while Pellam Labs rose 0.4%."
    assert _rows(text, "Dorrow", "Pellam Labs") == [
        ("share", "k.j.v. Cosmetics", -1.9), ("share", "Dorrow", -0.6), ("share", "Pellam Labs", 0.4)]
    assert _rows("At 10 a.m. Shares of Pellam Labs were up 3%.", "Pellam Labs") == [("share", "Pellam Labs", 3.0)]


def test_a_dateline_of_a_place_and_an_agency_is_no_items_company() -> None:
    text = "Orvel Tools warned on Monday.\nKirkwall (AP) — The company's shares fell 5%."
    assert _rows(text, "Orvel Tools") == [("share", "Orvel Tools", -5.0)]


def test_a_dotted_name_wins_over_a_mention_of_its_last_word() -> None:
    # the entity layer reads the last word alone as another company's short form ("Cosmetics" -> "Dorrow Cosmetics")
    text = "Dorrow Cosmetics rose 1%. Rivals were mixed. k.j.v. Cosmetics slipped 1.9%."
    mentions = [_mention(text, "Dorrow Cosmetics"), (text.index("Cosmetics", 30), text.index("Cosmetics", 30) + 9,
                                                     "Cosmetics", "Dorrow Cosmetics", "ORG")]
    rows = extract_moves(text, PUB, sorted(mentions))
    assert [(r.company, r.pct) for r in rows.itertuples()] == [("Dorrow Cosmetics", 1.0), ("k.j.v. Cosmetics", -1.9)]
