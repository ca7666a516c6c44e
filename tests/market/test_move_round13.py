"""Round 13: general share-move constructions found on a dev corpus's misses (factboxes, dated lists in capitals,
running totals, move vocabulary), each on an invented text (no word, name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _moves(text: str) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, None).itertuples() if r.kind == "share"]


def _days(text: str) -> dict[float, str]:
    return {r.pct: str(r.session_date) for r in extract_moves(text, PUB, None).itertuples() if r.kind == "share"}


# A factbox item headed by a name in capitals and its ticker: what the item's sentences say of "shares", or of no
# subject at all, is that company's move.

_FACTBOX = ("FACTBOX-Who gains from the ferry strike\n\n"
            "June 13 (Example Wire) - Here is how the main names have traded:\n\n"
            "* HARNBY LINES (HRN.L) - Operator. Lost 12.5% on Monday; down a further 2.25% on Tuesday. Plans to "
            "trim 10% of sailings.\n\n"
            "* OSKEL SHIPPING (OSK.OL) - Rival route. Shares -1.15% on Monday, -0.35% on Tuesday.\n\n"
            "* TENMOOR FERRIES (TFR.L) - Phase Two fleet plan; shares were flat on Tuesday after a 0.65% "
            "dip on Monday.\n\n"
            "* BRAXLEY PORTS (BXP.L) - Owns the Kestrel terminal. Stock up 4.45% over the two sessions.\n")


def test_a_factbox_item_headed_by_a_name_in_capitals_and_a_ticker() -> None:
    assert sorted(_moves(_FACTBOX)) == sorted([
        ("Harnby Lines", -12.5), ("Harnby Lines", -2.25), ("Oskel Shipping", -1.15), ("Oskel Shipping", -0.35),
        ("Tenmoor Ferries", -0.65), ("Braxley Ports", 4.45)])


def test_a_factbox_item_keeps_its_days() -> None:
    days = _days(_FACTBOX)
    assert (days[-12.5], days[-2.25], days[-1.15], days[-0.35]) == ("2025-06-09", "2025-06-10", "2025-06-09", "2025-06-10")


def test_a_heading_in_capitals_without_a_ticker_names_no_company() -> None:
    text = "Markets wrap\n\n* MARKET CLOSE - Quiet day. Shares rose 1.15% at Harnby Lines.\n"
    assert ("Market Close", 1.15) not in _moves(text)


def test_a_name_in_capitals_takes_the_documents_spelling() -> None:
    text = ("Harnby Lines said on Friday it would cut sailings.\n\n"
            "* HARNBY LINES (HRN.L) - Ferry operator. Shares down 3.15% this week.\n")
    assert _moves(text) == [("Harnby Lines", -3.15)]


def test_a_move_verb_opening_an_item_with_no_subject_is_the_items_stock() -> None:
    text = "Harnby Lines\n\nFell 4.35% on Thursday after the strike call.\n"
    assert _moves(text) == [("Harnby Lines", -4.35)]


def test_bare_shares_opening_a_clause_point_back() -> None:
    text = "Harnby Lines runs the northern routes; shares were flat on Friday after a 2.15% slide on Thursday."
    assert _moves(text) == [("Harnby Lines", -2.15)]


def test_shares_of_a_sector_are_not_a_bare_pointer() -> None:
    text = "Harnby Lines runs the northern routes; shares in the sector were flat after a 2.15% slide in the index."
    assert _moves(text) == []


# Weekdays written short in a figure list ("-1.25% Wed") date the figures and are never companies.

def test_short_weekdays_in_a_list_of_signed_figures() -> None:
    text = "OSKEL SHIPPING (OSK.OL)\n* Shares: -6.5% Tue, -1.25% Wed, +2.75% Thu; down 0.85% early on Friday.\n"
    assert sorted(_moves(text)) == sorted([("Oskel Shipping", -6.5), ("Oskel Shipping", -1.25),
                                           ("Oskel Shipping", 2.75), ("Oskel Shipping", -0.85)])
    days = _days(text)
    assert (days[-6.5], days[-1.25], days[2.75], days[-0.85]) == ("2025-06-10", "2025-06-11", "2025-06-12", "2025-06-13")


# A timeline's dated line set in capitals ("- TUESDAY, JUNE 10:") is a dated line: its bare "Shares" is the article's
# company, not a capitalised word opening the line.

def test_a_dated_line_in_capitals() -> None:
    text = ("Key moments in the strike at Harnby Lines plc:\n\n"
            "- TUESDAY, JUNE 10: Auditors flag a cash shortfall. Shares close down 18.5%, after falling as much as 24%.\n\n"
            "- WEDNESDAY, JUNE 11: Queues at the ports. Stock -7.25%.\n")
    at = text.index("Harnby")
    mentions = pd.DataFrame([{"start": at, "end": at + 16, "surface": "Harnby Lines plc", "name": "Harnby Lines plc",
                              "type": "ORG"}])
    rows = extract_moves(text, PUB, mentions)
    assert sorted(zip(rows["company"], rows["pct"])) == sorted([
        ("Harnby Lines plc", -18.5), ("Harnby Lines plc", -24.0), ("Harnby Lines plc", -7.25)])
    assert sorted(str(d) for d in rows["session_date"]) == ["2025-06-10", "2025-06-10", "2025-06-11"]


# A running total with the extent it was pared from: both are the stock's move.

def test_a_running_total_pared_from_an_earlier_extent() -> None:
    assert sorted(_moves("Oskel Shipping has pared losses to 6.5% from as much as 11.25% earlier.")) == [
        ("Oskel Shipping", -11.25), ("Oskel Shipping", -6.5)]


def test_a_forecast_cut_from_a_level_is_no_move() -> None:
    assert _moves("Oskel Shipping cut its margin forecast to 6.5% from 8%.") == []


# "the N% lost / gained": a move told as a noun phrase.

def test_the_figure_lost_over_earlier_sessions() -> None:
    text = "Tenmoor Ferries rose 3.35% on Friday, recovering part of the 14.5% lost over the previous two sessions."
    assert sorted(_moves(text)) == [("Tenmoor Ferries", -14.5), ("Tenmoor Ferries", 3.35)]


# Move vocabulary: "has given up N%", "put on N%".

def test_given_up_and_put_on() -> None:
    text = ("Braxley Ports, which bought the terminal in 2019, has given up 6.35% over three sessions. "
            "Harnby Lines advanced 1.15% and Oskel Shipping put on 2.45%.")
    assert sorted(_moves(text)) == sorted([("Braxley Ports", -6.35), ("Harnby Lines", 1.15), ("Oskel Shipping", 2.45)])


def test_put_on_with_no_figure_after_it_is_no_move() -> None:
    assert _moves("Braxley Ports put on hold 5% of its expansion budget.") == []


# A causative verb with the company itself as its object ("a relief rally lifted Acme 4%").

def test_a_rally_lifted_a_company_by_a_figure() -> None:
    assert _moves("A relief rally lifted Harnby Lines 4.45% on Friday.") == [("Harnby Lines", 4.45)]
    assert _moves("The upgrade boosted Oskel Shipping 6.15%, its best day since May.") == [("Oskel Shipping", 6.15)]


def test_a_lift_of_a_place_or_a_stake_is_no_company_move() -> None:
    assert _moves("The weak pound boosted Europe 2% in the week.") == []
    assert _moves("The deal lifted Harnby's stake to 15% from 10%.") == []


# A word of relation before a name ("Partner Acme", "licensee Acme") is no part of it.

def test_a_partner_before_a_name_is_no_part_of_it() -> None:
    assert sorted(_moves("Partner Braxley Ports fell 2.45%, while licensee Tenmoor Ferries slid 1.15%.")) == [
        ("Braxley Ports", -2.45), ("Tenmoor Ferries", -1.15)]


# More verbs of a share move.

def test_more_move_verbs() -> None:
    text = ("Harnby Lines surrendered 3.35% on Friday. Oskel Shipping sold off 2.15%. Tenmoor Ferries vaulted 7.25%. "
            "Braxley Ports clawed back 1.45%. Kestrel Bay Foods softened 0.65%.")
    assert sorted(_moves(text)) == sorted([("Harnby Lines", -3.35), ("Oskel Shipping", -2.15), ("Tenmoor Ferries", 7.25),
                                           ("Braxley Ports", 1.45), ("Kestrel Bay Foods", -0.65)])


# Share classes and listings owned by a company ("its Shanghai A-shares", "X's H-shares", "X's GDRs").

def test_share_classes_are_the_companys_shares() -> None:
    text = "Harnby Lines fell 3.35% in Hong Kong, while its Shanghai A-shares dropped 2.15%."
    assert _moves(text) == [("Harnby Lines", -3.35), ("Harnby Lines", -2.15)]
    assert _moves("Harnby Lines' H-shares fell 3.35%.") == [("Harnby Lines", -3.35)]
    assert _moves("Harnby Lines' GDRs fell 3.35% in London.") == [("Harnby Lines", -3.35)]


# A list of items split by semicolons: a comma before the semicolon belongs to the item before it.

def test_items_split_by_semicolons_keep_their_names() -> None:
    assert _moves("Losers: Harnby Lines, down 3.35%; Oskel Shipping, down 1.15%.") == [
        ("Harnby Lines", -3.35), ("Oskel Shipping", -1.15)]


# A table row's price cell with its currency ("288p", "€112.5", "12.5c") is no part of the name.

def test_a_price_cell_with_its_currency_is_no_part_of_the_name() -> None:
    text = ("Ferry stocks on Friday\n\nCompany Close Change\nHarnby Lines 288p -4.15%\nOskel Shipping 41.2 +1.35%\n"
            "Tenmoor Ferries €112.5 -0.85%\nKestrel Bay 12.5c -2.25%\n")
    assert _moves(text) == [("Harnby Lines", -4.15), ("Oskel Shipping", 1.35), ("Tenmoor Ferries", -0.85),
                            ("Kestrel Bay", -2.25)]


# Periods: a participle relating the move to earlier ones takes its period with it; "over the N sessions" are the
# sessions up to the text's own.

def test_a_participle_about_earlier_losses_does_not_date_the_move() -> None:
    text = "Harnby Lines rose 7.75% on Tuesday and Oskel Shipping gained 5.25%, recovering part of last week's losses."
    row = next(r for r in extract_moves(text, PUB, None).itertuples() if r.pct == 5.25)
    assert (str(row.session_date), row.period_end) == ("2025-06-10", None)


def test_over_the_n_sessions_runs_to_the_articles_session() -> None:
    rows = extract_moves("Braxley Ports (BXP.L) - Terminal owner. Stock up 4.45% over the two sessions.", PUB, None)
    assert [(str(r.period_start), str(r.period_end)) for r in rows.itertuples()] == [("2025-06-12", "2025-06-13")]


def test_the_n_sessions_after_an_event_are_not_the_last_n() -> None:
    rows = extract_moves("Oskel Shipping fell 5.95% in the two sessions after the report.", PUB, None)
    assert [(r.pct, r.period_end) for r in rows.itertuples()] == [(-5.95, None)]


# A company's name set in capitals (a factbox's heading) is written as a name ("Oskel Shipping"); a short word in
# capitals ("ACME", an initialism) stays.

def test_a_heading_name_in_capitals_is_written_as_a_name() -> None:
    text = "Losers\n\nOSKEL SHIPPING AB fell 2.15% and KBX fell 1.05%.\n"
    assert sorted(_moves(text)) == [("KBX", -1.05), ("Oskel Shipping AB", -2.15)]


def test_a_lift_of_a_quantity_in_capitals_is_no_company_move() -> None:
    assert _moves("The price rise boosted Q3 Revenue 5%.") == []
    assert _moves("Strong demand lifted Group Sales 4%.") == []


# A bulleted label in capitals without a ticker ("* ACME TOOLS: ...; shares fell 4%"): with the entity layer, the
# organisation it names with the same letters; a bulleted heading it does not know ("* BACKGROUND:") names none.

def test_a_bulleted_label_in_capitals_names_the_items_company() -> None:
    text = ("Harnby Lines and Oskel Shipping moved on Friday.\n\n"
            "* HARNBY LINES: the operator cut its outlook; shares fell 4.45%.\n"
            "* OSKEL SHIPPING: bookings rose; stock up 2.25%.\n")
    mentions = pd.DataFrame([{"start": text.index(n), "end": text.index(n) + len(n), "surface": n, "name": n,
                              "type": "ORG"} for n in ("Harnby Lines", "Oskel Shipping")])
    rows = extract_moves(text, PUB, mentions)
    assert list(zip(rows["company"], rows["pct"])) == [("Harnby Lines", -4.45), ("Oskel Shipping", 2.25)]


def test_a_bulleted_heading_in_capitals_is_no_company() -> None:
    text = "Harnby Lines cut its outlook on Friday.\n\n* BACKGROUND: the operator warned twice; shares fell 4.45%.\n"
    at = text.index("Harnby")
    mentions = pd.DataFrame([{"start": at, "end": at + 12, "surface": "Harnby Lines", "name": "Harnby Lines",
                              "type": "ORG"}])
    rows = extract_moves(text, PUB, mentions)
    assert list(zip(rows["company"], rows["pct"])) == [("Harnby Lines", -4.45)]


# A verb ranking its subject in an index ("X topped the FTSE 250, up 5%"): the figure after the index is the subject's.

def test_a_figure_after_a_ranked_index_is_the_subjects() -> None:
    assert _moves("Harnby Lines topped the FTSE 250, up 5.45%.") == [("Harnby Lines", 5.45)]
    assert _moves("Harnby Lines trailed the FTSE 250, down 5.45%.") == [("Harnby Lines", -5.45)]


def test_an_etf_named_by_its_ticker_is_an_index_move() -> None:
    rows = extract_moves("The cyber-security ETF HKZ rose 4.15%.", PUB, None)
    assert [(r.kind, r.pct) for r in rows.itertuples()] == [("index", 4.15)]


# A live blog's time stamp with no dash or colon after it ("10:40 The stock ...") opens the entry.

def test_a_time_stamp_without_a_separator_opens_the_entry() -> None:
    text = "Harnby Lines opens down 12.5%.\n\n10:40 The stock has pared losses and is now 8.25% lower.\n"
    assert _moves(text) == [("Harnby Lines", -12.5), ("Harnby Lines", -8.25)]
    assert _moves("10:05 KBX rose 3.15%.") == [("KBX", 3.15)]


def test_a_question_opening_with_an_auxiliary_keeps_the_name() -> None:
    assert _moves("Is Harnby Lines a buy after its 12.5% drop?") == [("Harnby Lines", -12.5)]


def test_an_industry_noun_before_a_name_is_no_part_of_it() -> None:
    text = "Grocer Harnby Foods fell 2.15%. Housebuilder Oskel Homes rose 1.05%. Customer Tenmoor Retail slid 0.45%."
    assert sorted(_moves(text)) == [("Harnby Foods", -2.15), ("Oskel Homes", 1.05), ("Tenmoor Retail", -0.45)]


# A change of market value in money, then the percent ("lost $4 billion in market value, or about 9%").

def test_market_value_lost_in_money_then_percent() -> None:
    assert _moves("Harnby Motors lost roughly $4 billion in market value, or about 9.85%.") == [("Harnby Motors", -9.85)]
    assert _moves("Harnby Motors added $1.5 billion in market value, or 4.45%.") == [("Harnby Motors", 4.45)]
    assert _moves("Harnby Motors lost 2,000 customers, or 6%.") == []


def test_a_bare_figure_after_the_past_month_continues_the_list() -> None:
    assert _moves("Harnby Lines has gained 14.5% in the past month and 40.5% this year.") == [
        ("Harnby Lines", 14.5), ("Harnby Lines", 40.5)]


# A price before the move in a label's line ("Share price: 288p (-4%)", "Acme (ACM) - $12.40, up 5%"): a price is no
# name, and the move is the label's company's.

def test_a_price_before_the_move_on_a_labelled_line() -> None:
    text = "Movers\n\n* Harnby Lines (HRN) - $12.40, up 5.25%\n* Oskel Shipping (OSK) - $8.10 (-2.15%)\n"
    assert _moves(text) == [("Harnby Lines", 5.25), ("Oskel Shipping", -2.15)]


def test_a_share_price_label_with_a_price_or_ticker_before_the_move() -> None:
    for line in ("Share price: 288p (-4.15%)", "Stock: HRN.L -4.15%"):
        text = f"Harnby Lines cut its outlook on Friday.\n\n{line}\n"
        mentions = pd.DataFrame([{"start": 0, "end": 12, "surface": "Harnby Lines", "name": "Harnby Lines",
                                  "type": "ORG"}])
        rows = extract_moves(text, PUB, mentions)
        assert list(zip(rows["company"], rows["pct"])) == [("Harnby Lines", -4.15)]


def test_a_price_is_never_a_company() -> None:
    assert _moves("Harnby Lines (LSE: HRN) - 288p, down 4.15%") == [("Harnby Lines", -4.15)]


def test_adrs_of_a_descriptor_point_back() -> None:
    assert _moves("Harnby Motors cut its forecast. ADRs of the carmaker lost 2.15%.") == [("Harnby Motors", -2.15)]
