"""Round 54 (moves54): share moves and their days read on invented texts (no word, name or figure of any corpus), each
rule with what it must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

MONDAY = date(2027, 4, 12)
THURSDAY = date(2027, 4, 15)


def _days(text: str, published: date, *names: str) -> list[tuple[str, float, object, object, object]]:
    rows = extract_moves(text, published, sorted(every_mention(text, *names)))
    return [(r.company, r.pct, r.session_date, r.period_start, r.period_end) for r in rows.itertuples()]


# 1. A weekday in a clause of what is yet to come ("said on Monday it would restart the smelter on Thursday, pushing its
# shares up 4%"; "..., easing fears that staff would miss Friday's pay") is ahead: no session of the move.

def test_a_future_weekday_before_a_result_participle_is_not_the_session() -> None:
    text = ("Orlen Paper Inc said on Monday it would restart its Dunmore smelter on Thursday once inspectors sign off, "
            "pushing its shares up 3.8%.")
    assert _days(text, MONDAY, "Orlen Paper") == [("Orlen Paper Inc", 3.8, date(2027, 4, 12), None, None)]


def test_a_future_weekday_after_the_figure_is_not_the_session() -> None:
    text = ("Bexmoor Inc said on Thursday its warehouse was back online, driving its stock up 4.4% and calming worries "
            "that shops would miss Friday's deliveries.")
    assert _days(text, THURSDAY, "Bexmoor") == [("Bexmoor Inc", 4.4, date(2027, 4, 15), None, None)]


def test_a_past_weekday_before_a_result_participle_still_dates_the_move() -> None:
    text = "Orlen Paper Inc shut its Dunmore mill on Wednesday after a fire, sending its shares down 6.2%."
    assert _days(text, MONDAY, "Orlen Paper") == [("Orlen Paper Inc", -6.2, date(2027, 4, 7), None, None)]


# 2. A table of one stock's sessions, each row's first cell a day ("08/04/2027 | 17.35 | -8.3%" under "Date | Close |
# Change"): each change is a move of the stock the text over the table is about, on the row's day; a numeric day is
# read day first or month first, whichever falls nearer before the publication.

_SESSIONS = """Harnby Pay's recall, in figures

Harnby Pay's recall began on April 7. Its closing prices since then:

Date | Close (EUR) | Change
08/04/2027 | 17.35 | -8.3%
09/04/2027 | 16.02 | -4.6%
12/04/2027 | 16.40 | +1.9%
"""


def test_a_table_of_dated_sessions_is_the_stocks_moves() -> None:
    assert _days(_SESSIONS, THURSDAY, "Harnby Pay") == [
        ("Harnby Pay", -8.3, date(2027, 4, 8), None, None), ("Harnby Pay", -4.6, date(2027, 4, 9), None, None),
        ("Harnby Pay", 1.9, date(2027, 4, 12), None, None)]


def test_a_month_first_day_is_read_before_the_publication() -> None:
    text = _SESSIONS.replace("08/04/2027", "4/8/27").replace("09/04/2027", "4/9/27").replace("12/04/2027", "4/12/27")
    assert [d for _c, _p, d, _s, _e in _days(text, THURSDAY, "Harnby Pay")] == [
        date(2027, 4, 8), date(2027, 4, 9), date(2027, 4, 12)]


def test_a_dated_table_under_another_first_column_is_left_alone() -> None:
    assert _days(_SESSIONS.replace("Date |", "Ticker |"), THURSDAY, "Harnby Pay") == []


def test_a_dated_table_of_another_quantity_is_left_alone() -> None:
    text = _SESSIONS.replace("Close (EUR) | Change", "Volume | Dividend yield")
    assert _days(text, THURSDAY, "Harnby Pay") == []


# 3. A figure in a clause of condition ("the bonus pays out only if the stock closes at least 40% above ...", "If
# the stock falls 10%, ...") is no move made; a concession ("Even if the stock fell 5% on Monday, ...") tells one.

def test_a_figure_in_a_clause_of_condition_is_no_move() -> None:
    text = ("Ostrander Inc rose 3% on Monday. The bonus pays out only if the stock closes at least 40% above its listing "
            "price on 20 straight days. If the shares fall 12%, the plan is void.")
    assert _days(text, THURSDAY, "Ostrander") == [("Ostrander Inc", 3.0, date(2027, 4, 12), None, None)]


def test_a_concession_with_if_keeps_its_move() -> None:
    text = "Even if Ostrander Inc fell 5% on Monday, the bank still likes it."
    assert _days(text, THURSDAY, "Ostrander") == [("Ostrander Inc", -5.0, date(2027, 4, 12), None, None)]


# 4. A relative clause closing the first of two coordinated subjects ("A, which brokers say supplies B's steel, and
# hotel owner C dropped 3.1% and 6.4%, respectively"): the names still pair with the figures in order.

def test_a_relative_clause_in_the_first_conjunct_keeps_the_pairing() -> None:
    text = ("Harlow Specialty Holdings, which brokers say supplies most of Tamber's steel, and hotel owner Riddle "
            "Hospitality Trust dropped 3.1% and 6.4%, respectively.")
    assert [(c, p) for c, p, *_ in _days(text, THURSDAY, "Harlow Specialty Holdings", "Riddle Hospitality Trust",
                                          "Tamber")] == [("Harlow Specialty Holdings", -3.1), ("Riddle Hospitality Trust", -6.4)]


def test_a_relative_clause_with_a_figure_of_its_own_is_left_alone() -> None:
    text = "Harlow Holdings, which fell 3% on Monday, and Riddle Trust rose 2% on Tuesday."
    assert [(c, p) for c, p, *_ in _days(text, THURSDAY, "Harlow Holdings", "Riddle Trust")] == [
        ("Harlow Holdings", -3.0), ("Riddle Trust", 2.0)]


# 5. "settled down/lower/up/higher" (a futures contract's close): a move of its subject, not of the company before.

def test_settled_down_is_its_subjects_move() -> None:
    text = "Corvane Mining fell 3% on Monday. Refiners rose 0.6% as heating oil futures settled up 2.3%."
    assert [(c, p) for c, p, *_ in _days(text, THURSDAY, "Corvane Mining")] == [
        ("Corvane Mining", -3.0), ("Refiners", 0.6), ("heating oil futures", 2.3)]


# 6. A new listing's week as a closing verb's object ("ended their first full week as a listed company up 6%",
# "ends first week of trading down 9%"): a move over this week.

FRIDAY = date(2027, 4, 16)


def test_a_listings_first_week_is_the_weeks_move() -> None:
    text = "Quorra Foods Inc shares ended their first full week as a listed company up 6%, helped by a broker's buy rating."
    assert _days(text, FRIDAY, "Quorra Foods") == [("Quorra Foods Inc", 6.0, None, date(2027, 4, 12), date(2027, 4, 16))]


def test_a_headlines_first_week_of_trading_is_the_weeks_move() -> None:
    text = "Quorra Foods ends first week of trading up 6% on broker praise"
    assert _days(text, FRIDAY, "Quorra Foods") == [("Quorra Foods", 6.0, None, date(2027, 4, 12), date(2027, 4, 16))]


def test_ended_the_session_keeps_its_session() -> None:
    assert _days("Quorra Foods Inc shares ended the session down 11%.", FRIDAY, "Quorra Foods") == [
        ("Quorra Foods Inc", -11.0, date(2027, 4, 16), None, None)]


# 7. A level against the price the company sold its shares at ("13.7% above the $19 price at which it sold shares in
# its flotation"): a move since the flotation, as "its $19 IPO price" (its start undated).

def test_a_level_above_the_price_it_sold_shares_at_is_a_move() -> None:
    text = ("Quorra Foods' stock finished at $21.60, 13.7% above the $19 price at which it sold shares in its flotation, "
            "but down 9% from its first-day close of $23.74.")
    assert _days(text, MONDAY, "Quorra Foods") == [("Quorra Foods", 13.7, None, None, None),
                                                  ("Quorra Foods", -9.0, date(2027, 4, 12), None, None)]


# 8. "the offer price" in an article about a flotation with no bid in it: the company's own offer price ("ended 31% above
# the offer price"), a move since listing; in an article about a bid it stays the bid's (a spread, no move).

def test_the_offer_price_of_a_flotation_is_the_companys_own() -> None:
    text = ("Quorra Foods set its IPO price at $19 on Wednesday. On Thursday, its first day of trading, Quorra Foods "
            "shares ended 31% above the offer price.")
    assert _days(text, FRIDAY, "Quorra Foods") == [("Quorra Foods", 31.0, date(2027, 4, 15), None, None)]


def test_the_offer_price_of_a_bid_is_no_move() -> None:
    text = ("Bexton agreed on Wednesday to acquire Quorra Foods for $19 a share. Quorra Foods ended at $18.81 on "
            "Thursday, up 1.2% on the day and 1% below the offer price.")
    assert [(c, p) for c, p, *_ in _days(text, FRIDAY, "Quorra Foods", "Bexton")] == [("Quorra Foods", 1.2)]


# 9. A fronted span of sessions with the definite article ("Over the three sessions the stock lost 10.8%"): the sessions
# the article has just told, through the latest of them; with none told, those before the article's session.

def test_over_the_sessions_after_a_dated_table_ends_on_its_last_row() -> None:
    text = _SESSIONS + "\nOver the three sessions the stock lost 10.8%.\n"
    assert _days(text, THURSDAY, "Harnby Pay")[-1] == ("Harnby Pay", -10.8, None, date(2027, 4, 8), date(2027, 4, 12))


def test_over_the_sessions_after_a_told_session_ends_on_it() -> None:
    text = "Harnby Pay rose 3% on Friday. Over the three sessions the stock lost 18.6%."
    assert _days(text, THURSDAY, "Harnby Pay") == [("Harnby Pay", 3.0, date(2027, 4, 9), None, None),
                                                   ("Harnby Pay", -18.6, None, date(2027, 4, 7), date(2027, 4, 9))]


def test_over_the_past_sessions_is_left_as_it_was() -> None:
    text = "Harnby Pay rose 3% on Friday. Over the past three sessions the stock lost 18.6%."
    assert _days(text, THURSDAY, "Harnby Pay")[-1] == ("Harnby Pay", -18.6, None, date(2027, 4, 12), date(2027, 4, 14))


# 10. A list line labelled with a weekday and its date ("* Monday, April 12: down 3.2%"): that date, not the weekday
# nearest the publication (here a Monday a week later).

def test_a_weekday_with_its_date_labels_its_line() -> None:
    text = "Quorra Foods' daily moves:\n\n* Monday, April 12: down 3.2%\n* Tuesday, April 13: up 2.0%\n"
    assert [(p, d) for _c, p, d, _s, _e in _days(text, date(2027, 4, 19), "Quorra Foods")] == [
        (-3.2, date(2027, 4, 12)), (2.0, date(2027, 4, 13))]


# 11. A level named after a price and a comma, with no figure of its own ("finished up 2.6% at 412.30 rupees, above its
# April 9 close"): no span of the figure before it, which keeps its session.

def test_a_level_after_the_closing_price_is_not_the_figures_span() -> None:
    text = ("Quorra Foods rose 3% on Monday.\n\nThe shares climbed as much as 3.4% by midday and finished up 2.6% at "
            "412.30 rupees, above its April 9 close.")
    assert _days(text, MONDAY, "Quorra Foods")[-1] == ("Quorra Foods", 2.6, date(2027, 4, 12), None, None)


def test_a_level_right_after_its_figure_is_still_no_session() -> None:
    text = "Quorra Foods shares are 4.9% above their April 5 close."
    # a span (round 55: from the session after that close, to the article's day)
    assert _days(text, MONDAY, "Quorra Foods") == [("Quorra Foods", 4.9, None, date(2027, 4, 6), date(2027, 4, 12))]


# 12. A reprint whose wire dateline is a few days before its publication: its spans to date ("this week", "since April
# 5") run to the dateline's day, the day the story was written.

def test_a_reprints_week_ends_on_its_dateline() -> None:
    text = ("Quorra headline\n\nNEW YORK, April 16 (Meridian) - Quorra Foods Inc shares fell 11% this week, as the stock "
            "gave back part of its gain. Quorra Foods is up 4% since April 5.")
    assert _days(text, date(2027, 4, 19), "Quorra Foods") == [
        ("Quorra Foods Inc", -11.0, None, date(2027, 4, 12), date(2027, 4, 16)),
        ("Quorra Foods", 4.0, None, date(2027, 4, 5), date(2027, 4, 16))]


def test_a_week_with_no_dateline_ends_on_the_publication() -> None:
    text = "Quorra headline\n\nQuorra Foods Inc shares fell 11% this week."
    assert _days(text, FRIDAY, "Quorra Foods") == [("Quorra Foods Inc", -11.0, None, date(2027, 4, 12), date(2027, 4, 16))]


# 13. A sentence adverb opening a sentence ("First print at $23.10, 21.6% above the $19 IPO price.", "Later, ...") is
# no company whose shares moved; a name that starts with it ("First Solar") still is one.

def test_first_opening_a_sentence_is_no_company() -> None:
    text = "Quorra Foods shares opened on Monday. First print at $23.10, 21.6% above the $19 IPO price."
    assert [c for c, *_ in _days(text, MONDAY, "Quorra Foods")] == []


def test_a_name_starting_with_first_is_a_company() -> None:
    assert _days("First Harbour Bank rose 3% on Monday.", MONDAY, "First Harbour Bank") == [
        ("First Harbour Bank", 3.0, date(2027, 4, 12), None, None)]


# 14. A fronted pair of weekdays with a capital ("Over Monday and Tuesday, A gave up 7.2%, and B dropped 5.5%"): the
# two sessions, for each figure of the first clause.

WEDNESDAY = date(2027, 4, 14)


def test_a_fronted_pair_of_weekdays_is_a_span() -> None:
    text = "Over Monday and Tuesday, Harlow Properties gave up 7.2%, and Riddle Realty Trust dropped 5.5%."
    assert _days(text, WEDNESDAY, "Harlow Properties", "Riddle Realty Trust") == [
        ("Harlow Properties", -7.2, None, date(2027, 4, 12), date(2027, 4, 13)),
        ("Riddle Realty Trust", -5.5, None, date(2027, 4, 12), date(2027, 4, 13))]


# 15. A clause after a semicolon in the perfect with no period of its own, after a span to date ("X has gained 38% this
# year; Y, whose tenants are mostly grocers, has gained 17%"): the same span; one naming its own day keeps it.

def test_a_perfect_after_a_year_to_date_takes_the_year() -> None:
    text = ("Tillbury Realty Trust has gained 38% this year; Ashford Retail Properties, whose tenants are mostly "
            "grocers, has gained 17%.")
    assert _days(text, WEDNESDAY, "Tillbury Realty Trust", "Ashford Retail Properties") == [
        ("Tillbury Realty Trust", 38.0, None, date(2027, 1, 1), date(2027, 4, 14)),
        ("Ashford Retail Properties", 17.0, None, date(2027, 1, 1), date(2027, 4, 14))]


def test_a_perfect_with_its_own_day_keeps_it() -> None:
    text = "Tillbury Realty Trust has gained 38% this year; Ashford Retail Properties has gained 17% on Tuesday."
    assert _days(text, WEDNESDAY, "Tillbury Realty Trust", "Ashford Retail Properties")[-1] == (
        "Ashford Retail Properties", 17.0, date(2027, 4, 13), None, None)
