"""Round 65, second pass (moves2): share-move rules of wire-text grammar, each tried on invented text (no word, name
or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from analysis.market.phrases import classify_name
from tests.market.test_move_round21 import _mention, every_mention
from tests.move_helpers import move_days, move_rows

MONDAY = date(2026, 3, 9)


# 1. An index after a possessive place that the entity catalogue knows, a metonym of a market among them ("Wall
# Street's S&P 500", as "Tokyo's Nikkei 225" already was): the index's move, named without the place.

def test_an_index_after_a_possessive_market_metonym_stays_an_index() -> None:
    text = "Asian shares were set to open higher after Wall Street's S&P 500 climbed 1.3% to a record close overnight."
    assert move_rows(text) == [("index", "S&P 500", 1.3)]
    assert classify_name("Wall Street's S&P 500") == "index"
    # left alone: a company after a metonym's possessive stays a company
    assert classify_name("Wall Street's Kellar Docks") == "share"


# 2. A descriptor ("the Chilean miner") in a sentence whose earlier clause names one company as an owner or a place
# ("at Vasko's Teravin mine", "a mine owned by Vasko") is that company, not the story's company named sentences
# before; a firm acting as a clause's subject ("After Bexley Capital cut its target") is not taken.

def test_a_descriptor_is_the_company_its_sentence_just_named_as_owner() -> None:
    text = ("Kellar Docks said it would review its dams. When a dam failed at Vasko's Teravin mine in Chile, killing 30 "
            "people, the Chilean miner's shares plunged 18% on March 3, 2021, the first session after the accident.")
    assert move_days(text, "Kellar Docks", "Vasko") == [("Vasko", -18.0, "2021-03-03", "", "")]
    text = ("Kellar Docks said it would review its dams. After a dam failed at a mine owned by Vasko in Chile, the "
            "Chilean miner's shares plunged 18%.")
    assert move_rows(text, "Kellar Docks", "Vasko") == [("share", "Vasko", -18.0)]


def test_a_descriptor_after_a_one_word_owner_typed_a_place() -> None:
    # the entity layer may type a one-word company a place; written as a site's owner, it is the miner all the same
    text = ("Kellar Docks said it would review its dams. When a dam failed at Vasko's Teravin mine in Chile, the "
            "Chilean miner's shares plunged 18%.")
    mentions = every_mention(text, "Kellar Docks") + [_mention(text, "Vasko", "PLACE"), _mention(text, "Chile", "PLACE")]
    rows = extract_moves(text, MONDAY, sorted(mentions))
    assert [(r.company, r.pct) for r in rows.itertuples()] == [("Vasko", -18.0)]


def test_a_descriptor_after_a_broker_or_two_companies_stays_the_story_company() -> None:
    text = ("Kellar Docks said it would review its dams. After Bexley Capital cut its price target, the Chilean "
            "miner's shares fell 4%.")
    assert move_rows(text, "Kellar Docks", "Bexley Capital") == [("share", "Kellar Docks", -4.0)]
    text = ("Kellar Docks said it would review its dams. When a dam failed at Vasko's mine and at Tarn Metals' "
            "smelter, the miner's shares fell 4%.")
    assert move_rows(text, "Kellar Docks", "Vasko", "Tarn Metals") == [("share", "Kellar Docks", -4.0)]


# 3. "since" and a clause ending on a month and its year ("since Ms Roe took over in May 2019"), and "since May 2019"
# itself: a period from that month of that year to the publication; a weekday after a second figure of the sentence
# ("and rose 1.4% on Friday") is that figure's session only.

def test_since_a_clause_in_a_month_and_year_is_a_period_from_that_month() -> None:
    text = ("Kellar's Oslo-listed shares have more than doubled since Ms Roe took over in May 2019, and rose 1.4% on "
            "Friday as investors weighed her exit.")
    assert move_days(text, "Kellar") == [("Kellar", 100.0, "", "2019-05-01", "2026-03-06"),
                                         ("Kellar", 1.4, "2026-03-06", "", "")]
    text = "Kellar's shares have risen 40% since the company listed in March 2021, and fell 2% on Thursday."
    assert move_days(text, "Kellar") == [("Kellar", 40.0, "", "2021-03-01", "2026-03-06"),
                                         ("Kellar", -2.0, "2026-03-05", "", "")]


def test_since_a_month_and_its_year() -> None:
    assert move_days("Kellar's shares have risen 40% since May 2019.", "Kellar") == [
        ("Kellar", 40.0, "", "2019-05-01", "2026-03-06")]
    # left alone: a month with no year is its last one before the publication
    assert move_days("Kellar's shares have risen 40% since May.", "Kellar") == [
        ("Kellar", 40.0, "", "2025-05-01", "2026-03-06")]


# 4. A company written with its ticker in brackets as a section heading ("VSK (VSK.AX)") after a paragraph that ends
# on a weekday's full stop: the name is on the bracket's own line and after any sentence's end, no "Friday. VSK".

def test_a_ticker_heading_after_a_paragraph_takes_no_word_of_it() -> None:
    text = ("Stocks to watch\n\nKELLAR DOCKS (KLD.AX)\nThe fallout from Monday's news continues. Kellar's shares closed "
            "1.2% higher on Friday.\n\nVSK (VSK.AX)\nVSK's Oslo shares added 0.3% on Friday. The company meets next "
            "month.\n\nTARN METALS (TRN.AX)\nTarn fell 2% on Friday.")
    assert move_rows(text, "Kellar Docks", "Kellar", "VSK") == [
        ("share", "Kellar", 1.2), ("share", "VSK", 0.3), ("share", "Tarn", -2.0)]
    # the same with the sentence's end on the heading's own line
    text = ("Kellar Docks said it would sell a unit. Shares rose on Friday. VSK (VSK.AX) gained 0.3% on the news.")
    assert ("share", "VSK", 0.3) in move_rows(text, "Kellar Docks", "VSK")
