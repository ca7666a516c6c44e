"""Round 31: share-move mechanisms the thirtieth corpus showed missing, each widened to its family and tried on
invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves
from analysis.market.moves import one_name_per_company
from test_move_round21 import _mention, every_mention

PUB = date(2026, 9, 18)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. A list whose heading names the unit, percent, in brackets or after a comma, a colon or a dash ("Market movers (week,
# %)", "Top losers (%)", "Biggest fallers, % chg", "Top gainers: %") prints its rows' figures as bare signed numbers; a row may open with a bullet and give
# the listing in brackets after the name ("- Orvane Motor (KRX: 0071Q0) -9.6"). Each row is the company's move over
# the period the heading names. A heading naming another quantity ("Sales growth (%)"), a heading with a year in it,
# and a single row are no such list.

def test_a_list_headed_by_its_unit_and_period_is_read() -> None:
    text = ("Stocks slid all week.\n\nMarket movers (week, %)\n- Orvane Motor (KRX: 0071Q0) -9.6\n"
            "- Pelliton Cells (KOSDAQ: 3311Q0) -38.9\n- Tarquin Motors (NSE: TARQ) +2.8\n\nTraders were cautious.")
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Orvane Motor", "Pelliton Cells", "Tarquin Motors")))
    assert [(r.company, r.pct) for r in rows.itertuples()] == [
        ("Orvane Motor", -9.6), ("Pelliton Cells", -38.9), ("Tarquin Motors", 2.8)]
    assert set(rows["period"]) == {"multi-day"}  # the heading's week
    assert str(rows["period_start"].iloc[0])[:10] == "2026-09-14"


def test_other_unit_headings_and_bullets() -> None:
    text = "Stocks slid.\n\nTop losers (%)\nOrvane Motor -9.6\nPelliton Cells -38.9\n\nTraders were cautious."
    assert _rows(text, "Orvane Motor", "Pelliton Cells") == [("share", "Orvane Motor", -9.6), ("share", "Pelliton Cells", -38.9)]
    text = "Stocks slid.\n\nBiggest fallers, % chg\n* Orvane Motor -9.6\n* Pelliton Cells -3.9\n"
    assert _rows(text, "Orvane Motor", "Pelliton Cells") == [("share", "Orvane Motor", -9.6), ("share", "Pelliton Cells", -3.9)]
    text = "Stocks rose.\n\nTop gainers: %\nOrvane Motor +9.6\nPelliton Cells +3.9\n\nWeek's losers – % chg\nTarquin Motors -2.2\nBellac Steel -1.4\n"
    assert _rows(text, "Orvane Motor", "Pelliton Cells", "Tarquin Motors", "Bellac Steel") == [
        ("share", "Orvane Motor", 9.6), ("share", "Pelliton Cells", 3.9), ("share", "Tarquin Motors", -2.2),
        ("share", "Bellac Steel", -1.4)]
    # left alone: a heading of another quantity, one with a year, a lone row
    assert _rows("Sales slid.\n\nSales growth by unit (%)\n- Orvane Motor -9.6\n- Pelliton Cells -3.9\n",
                 "Orvane Motor", "Pelliton Cells") == []
    assert _rows("Results (2028, %)\n- Orvane Motor -9.6\n- Pelliton Cells -3.9\n", "Orvane Motor", "Pelliton Cells") == []
    assert _rows("Stocks slid.\n\nMarket movers (week, %)\n- Orvane Motor -9.6\n\nTraders were cautious.", "Orvane Motor") == []


# 2. "seen" before "up" / "down" and the figure ("was seen down about 6% in pre-market quotes") says where a stock is
# indicated, as "seen 6% lower" does; "seen rising 10% next year" and "seen falling 5%" stay forecasts.

def test_seen_up_or_down_is_an_indication_not_a_forecast() -> None:
    text = ("Wendlow Paper was seen down about 6% in pre-market quotes. Quarrin Glass shares were seen up 3% before "
            "the bell. Wendlow Paper shares are seen rising 10% next year, and Quarrin Glass was seen falling 5% by "
            "analysts.")
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Wendlow Paper", "Quarrin Glass")))
    assert [(r.company, r.pct, r.qualifier) for r in rows.itertuples()] == [
        ("Wendlow Paper", -6.0, "about"), ("Quarrin Glass", 3.0, "exact")]


# 3. A signed figure after "now" / "currently" that closes a clause of its own ("Kelbrook off its lows, now -5.5%",
# "Kelbrook pares losses, currently -3%") stands where "now down 5.5%" would: the clause's subject moved. A rate's level
# ("Rates rose, now 4.5%") has no sign and stays no move.

def test_a_signed_figure_after_now_is_the_clause_subjects() -> None:
    text = ("Kelbrook off its lows, now -5.5% after falling as much as 8.1% in the first half hour. Pardale Steel "
            "pares losses, currently -3.2%. Rates rose, now 4.5%.")
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Kelbrook", "Pardale Steel")))
    assert [(r.company, r.pct) for r in rows.itertuples()] == [
        ("Kelbrook", -5.5), ("Kelbrook", -8.1), ("Pardale Steel", -3.2)]


# 4. "The stock" opening a paragraph is the company the article is about even with a relative clause between it and
# its verb ("The stock, which closed at 1,200 won on Monday, rose 1.8% on Tuesday and slipped 0.6% on Wednesday"), not
# the last name told before (an official the entity layer mistook for a firm).

_TOWN = ("Orvane Fuel Cells employs 900 people in Halmstrand. Orvane Fuel Cells said on Monday it would keep its plant "
         "open.\n\nThe mayor, Sella Vantreu, met Orvane Fuel Cells managers. Vantreu said the town would ask for help.\n\n"
         "The stock, which closed at 1,200 won on Monday, rose 1.8% on Tuesday and slipped 0.6% on Wednesday.")


def test_the_stock_opening_a_paragraph_across_a_relative_clause() -> None:
    mentions = every_mention(_TOWN, "Orvane Fuel Cells", "Sella Vantreu") + [_mention(_TOWN, "Vantreu", name="Sella Vantreu", nth=1)]
    assert _rows_of(_TOWN, mentions) == [("share", "Orvane Fuel Cells", 1.8), ("share", "Orvane Fuel Cells", -0.6)]
    # left alone: a relative clause holding a move of its own keeps it ("The shares, which rose as much as 7% ...")
    text = _TOWN.replace("closed at 1,200 won on Monday", "rose as much as 7% early")
    mentions = every_mention(text, "Orvane Fuel Cells", "Sella Vantreu") + [_mention(text, "Vantreu", name="Sella Vantreu", nth=1)]
    assert ("share", "Orvane Fuel Cells", 7.0) in _rows_of(text, mentions)


def _rows_of(text: str, mentions: list) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


# 5. "Your shares" / "your company's stock" (a call's question, an interview) is the stock of the company the article
# is about, never the last name told before it (the analyst asking, whose name heads the turn, which the entity layer
# may not have found), nor the organisation whose name heads the turn ("THE QUILL REVIEW: Your shares ..."), however
# often its label names it.

def test_your_shares_are_the_addressed_companys() -> None:
    text = ("Orvane Fuel Cells held a call on Tuesday. Orvane Fuel Cells said its plant would stay open.\n\n"
            "Marta Quill - Dunmore Securities\n\nMarta Quill\nThanks. Your shares have dropped about 7% this week. "
            "Can you say more?")
    assert _rows_of(text, every_mention(text, "Orvane Fuel Cells")) == [("share", "Orvane Fuel Cells", -7.0)]
    # the turn's name typed a person: the same
    mentions = every_mention(text, "Orvane Fuel Cells") + [_mention(text, "Marta Quill", "PERSON", nth=n) for n in (0, 1)]
    assert _rows_of(text, mentions) == [("share", "Orvane Fuel Cells", -7.0)]
    # an interview whose questions are headed by the outlet's name, named more often than the company: not the outlet
    talk = ("The Quill Review spoke to Orvane Fuel Cells chief Dana Ferro.\n\nTHE QUILL REVIEW: When did you know?\n\n"
            "FERRO: \"In August.\"\n\nTHE QUILL REVIEW: Your shares have fallen more than 20% since Monday. Were "
            "investors wrong?")
    mentions = every_mention(talk, "Orvane Fuel Cells", "The Quill Review") + [
        _mention(talk, "QUILL REVIEW", name="The Quill Review", nth=n) for n in (0, 1)]
    assert _rows_of(talk, mentions) == [("share", "Orvane Fuel Cells", -20.0)]


# 6. A daily limit named with its size but no direction ("hit the daily limit of 30%") takes the one direction of the
# moves its paragraph told before it ("X closed down 14.3%. ... Y hit the daily limit of 30%": a fall of 30%); with
# none, or with moves both ways, it stays unread.

def test_a_daily_limit_without_direction_takes_its_paragraphs() -> None:
    text = ("Hollin Motor closed down 14.3% at 18,600 won. Cathode maker Tarrant Materials hit the daily limit of 30% "
            "and did not trade again.")
    assert _rows(text, "Hollin Motor", "Tarrant Materials") == [
        ("share", "Hollin Motor", -14.3), ("share", "Tarrant Materials", -30.0)]
    # left alone: a limit in a paragraph of its own, or after moves both ways
    text = "Hollin Motor closed down 14.3%.\n\nCathode maker Tarrant Materials hit the daily limit of 30%."
    assert _rows(text, "Hollin Motor", "Tarrant Materials") == [("share", "Hollin Motor", -14.3)]
    text = "Hollin Motor rose 4%, Jorvik Cells fell 3%. Tarrant Materials hit the daily limit of 30%."
    assert _rows(text, "Hollin Motor", "Tarrant Materials", "Jorvik Cells") == [
        ("share", "Hollin Motor", 4.0), ("share", "Jorvik Cells", -3.0)]


# 7. An Indian exchange's price band, its circuit, named with its size is a move of that size: the lower circuit a
# fall, the upper a rise ("was locked in the 10 per cent lower circuit", "hit its 5% upper circuit", "hit the lower
# circuit of 20 per cent", "was stuck in a lower circuit limit of 10%"). A band the exchange sets ("widened the lower
# circuit of 20%") is no move.

def test_a_lower_or_upper_circuit_is_a_move_of_its_size() -> None:
    text = ("Auto-parts maker Quorra Auto Components Ltd was locked in the 10 per cent lower circuit for a second day. "
            "Brisa Cables hit its 5% upper circuit on Tuesday. Tamsin Steel hit the lower circuit of 20 per cent, and "
            "Vellore Looms was stuck in a lower circuit limit of 10%. The exchange widened the lower circuit of 20% for "
            "Marrow Fabrics.")
    assert _rows(text, "Quorra Auto Components Ltd", "Brisa Cables", "Tamsin Steel", "Vellore Looms", "Marrow Fabrics") == [
        ("share", "Quorra Auto Components Ltd", -10.0), ("share", "Brisa Cables", 5.0), ("share", "Tamsin Steel", -20.0),
        ("share", "Vellore Looms", -10.0)]


# 8. "shares of X" / "stock in X" after a fronted adverbial is the subject, not an insertion before it: "In Varrowby,
# shares of Brackley Tools, which makes drills, rose 3.6%" is Brackley Tools's move, never the place's.

def test_shares_of_after_a_fronted_adverbial_is_the_subject() -> None:
    for text in ("In Varrowby, shares of Brackley Tools, which makes drills, rose 3.6%.",
                 "In Varrowby, shares of Brackley Tools, which runs a smaller plant nearby, rose 3.6%, and the Varrow "
                 "All-Share index was up 0.4%."):
        mentions = every_mention(text, "Brackley Tools") + [_mention(text, "Varrowby", "PLACE")]
        assert [row for row in _rows_of(text, mentions) if row[0] == "share"] == [("share", "Brackley Tools", 3.6)]
    # left alone: an appositive after the name still stands between it and its verb
    text = "In Varrowby, Brackley Tools, the drill maker, rose 3.6%."
    assert _rows_of(text, every_mention(text, "Brackley Tools") + [_mention(text, "Varrowby", "PLACE")]) == [
        ("share", "Brackley Tools", 3.6)]


# 9. A name opened by a capitalised noun of a company ("Utility Pellane", "Insurer Roskall Mutual") is a company the
# sentence describes, even when the entity layer typed the whole span a person; a person's own name typed PERSON
# ("Hesper Vanley did better among older voters, 4 percent higher") stays no company.

def test_a_company_noun_heading_a_name_typed_person_keeps_the_move() -> None:
    text = "Utility Pellane, seen as a bond proxy, fell 2.7%, while its listed grid unit Pellane Grid lost 1.9%."
    mentions = [_mention(text, "Utility Pellane", "PERSON"), _mention(text, "Pellane Grid")]
    assert _rows_of(text, mentions) == [("share", "Utility Pellane", -2.7), ("share", "Pellane Grid", -1.9)]
    text = "Hesper Vanley did better among older voters, 4 percent higher than nationally."
    assert _rows_of(text, [_mention(text, "Hesper Vanley", "PERSON")]) == []


# 10. A move noun whose compound names another quantity, a wage, a salary, a rent, a fare or a fee ("wants a real wage
# increase of 7%", "a salary rise of 4%"), is no share move; the stock's own "increase of 7%" still is.

def test_a_wage_or_fare_increase_is_no_move() -> None:
    text = ("The Brenmoor Metals union wants a real wage increase of 7%. Brenmoor Metals offered a salary rise of 4%, "
            "and Tessing Rail announced a fare increase of 3%. Brenmoor Metals shares posted an increase of 2%.")
    assert _rows(text, "Brenmoor Metals", "Tessing Rail") == [("share", "Brenmoor Metals", 2.0)]


# 11. A movers row led by its RIC ("VRT.AX   Varrow Tin   -9.1%") names the company after it, the RIC its ticker, when
# the entity layer read both columns as one name; and a Spanish or Portuguese legal head written short or long ("Cia
# Minera Tolpa", "Compania Minera Tolpa") is one company across the corpus. A name with dots of its own ("J.P. Roe")
# keeps them.

def test_a_ric_led_row_names_the_company_after_the_ric() -> None:
    text = ("MARKET MOVERS (Tuesday close, local currency)\n  VRT.AX   Varrow Tin        -9.1%\n"
            "  TOLPA.SN  Cia Minera Tolpa  +2.4%\n\nJ.P. Quarrell rose 3% on Tuesday.")
    mentions = [_mention(text, "VRT.AX   Varrow Tin", name="VRT.AX Varrow Tin"),
                _mention(text, "TOLPA.SN  Cia Minera Tolpa", name="TOLPA.SN Cia Minera Tolpa"), _mention(text, "J.P. Quarrell")]
    rows = extract_moves(text, PUB, sorted(mentions))
    assert [(r.company, r.ticker, r.pct) for r in rows.itertuples()] == [
        ("Varrow Tin", "VRT.AX", -9.1), ("Cia Minera Tolpa", "TOLPA.SN", 2.4), ("J.P. Quarrell", "", 3.0)]
    both = one_name_per_company(pd.DataFrame({"company": ["Cia Minera Tolpa", "Compania Minera Tolpa",
                                                          "Compania Minera Tolpa", "Varrow Tin"]}))
    assert list(both["company"]) == ["Compania Minera Tolpa"] * 3 + ["Varrow Tin"]


# 12. "the" before a listing's place and the stock or its line ("The Toronto shares closed up 33.8%", "the Frankfurt
# line had dropped 14.1%", "the Oslo listing") is the stock of the company talked about, as "its Toronto shares" is;
# "the Tokyo stock exchange" and "the Oslo stock index" stay what they are.

def test_the_stock_named_by_its_listings_place() -> None:
    text = ("Rostvik Data listed in Toronto and Frankfurt last year.\n\nThe Toronto shares closed their first session up "
            "33.8%. On Monday the Frankfurt line had dropped 14.1%.")
    assert _rows(text, "Rostvik Data") == [("share", "Rostvik Data", 33.8), ("share", "Rostvik Data", -14.1)]
    text = "Rostvik Data listed in Tokyo last year. The Tokyo stock exchange index fell 2.1%."
    assert ("share", "Rostvik Data", -2.1) not in _rows(text, "Rostvik Data")


# 13. A definite descriptor's possessive before a nominal move ("after the payments company's 33.8% rally", "The
# carmaker's 12% slide on Monday ...") is the move of the company the descriptor stands for, as "Rostvik Data's 12%
# slide" is; a debut or first-day modifier may stand between the figure and its noun ("the 33.8% debut rally", "a 20%
# first-day jump"). A descriptor's stake or tax ("the bank's 5% stake") stays no move.

def test_a_descriptors_possessive_owns_a_nominal_move() -> None:
    text = ("Rostvik Data listed in Toronto on Wednesday.\n\nA day after the payments company's 33.8% debut rally, its "
            "shares fell 9.6%. The company's 12% slide on Monday had worried investors. The bank's 5% stake was sold.")
    assert _rows(text, "Rostvik Data") == [("share", "Rostvik Data", 33.8), ("share", "Rostvik Data", -9.6),
                                           ("share", "Rostvik Data", -12.0)]
    text = "Rostvik Data listed in Toronto on Wednesday. It closed its session with a 20% first-day jump."
    assert _rows(text, "Rostvik Data") == [("share", "Rostvik Data", 20.0)]


# 14. A definite descriptor opening a clause whose move comes after a comma ("The payments group closed its first day at
# 43,010c, up 32.3%", "The lender closed at $4.10, down 2%") is the company the descriptor stands for, as "The carmaker
# closed with a fall of 5%" already was; a descriptor that is no company's ("The number of users ended the year at
# 4,100, up 3%") stays none.

def test_a_descriptor_opening_a_clause_before_a_comma_figure() -> None:
    text = ("Rostvik Data gave the exchange its liveliest debut in years on Wednesday.\n\nThe payments group, which is "
            "based in Toronto, closed its first day at 43,010c, up 32.3% from the reference price. The number of its "
            "users ended the year at 4,100, up 3%.")
    assert _rows(text, "Rostvik Data") == [("share", "Rostvik Data", 32.3)]
