"""Round 53 (moves53): share moves read on invented texts (no word, name or figure of any corpus), each rule with what
it must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import _mention, every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str, persons: tuple[str, ...] = ()) -> list[tuple[str, str, float]]:
    mentions = every_mention(text, *names) + [_mention(text, p, "PERSON", p, nth=n) for p in persons
                                               for n in range(text.count(p))]
    rows = extract_moves(text, PUB, sorted(mentions))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


def _days(text: str, *names: str) -> list[tuple[float, object, object, object]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.pct, r.session_date, r.period_start, r.period_end) for r in rows.itertuples()]


# 1. A definite move noun with its span opening a sentence ("The two-day loss of 21.6% has wiped ..."): the move the
# sentences before told, over that span through the sentence's session.

def test_a_span_noun_opening_a_sentence_is_a_move() -> None:
    text = "Morrant Cable dropped 6.1% to 41 pounds. The two-day loss of 15.3% has wiped about 2 billion off its value."
    assert _rows(text, "Morrant Cable") == [("share", "Morrant Cable", -6.1), ("share", "Morrant Cable", -15.3)]
    assert _days(text, "Morrant Cable")[1] == (-15.3, None, date(2026, 3, 5), date(2026, 3, 6))


def test_a_span_noun_after_the_stocks_possessive() -> None:
    text = "Morrant Cable dropped 6.1%. The stock's two-day loss of 15.3% is its worst since 2019."
    assert _days(text, "Morrant Cable")[1] == (-15.3, None, date(2026, 3, 5), date(2026, 3, 6))
    text = "Morrant Cable dropped 6.1%, taking the stock's two-day loss to 15.3%."
    assert _days(text, "Morrant Cable")[1] == (-15.3, None, date(2026, 3, 5), date(2026, 3, 6))


def test_a_noun_of_another_quantity_left_alone() -> None:
    text = "Morrant Cable dropped 6.1%. The two-day strike of 400 staff cut output by 15.3%."
    assert _rows(text, "Morrant Cable") == [("share", "Morrant Cable", -6.1)]


# 2. A running total in a participle clause after the level the stock closed at ("fell 3.4% to its lowest close since
# 2021, taking its two-day loss to 10%") or after an earlier move's noun, with "the" ("extending Tuesday's 4.8% decline
# and taking the two-day loss to 11.7%"): the subject's own total, through the sentence's own session (not the earlier
# move's).

def test_a_total_after_the_lowest_close() -> None:
    text = "Pelling Air fell another 3.4% to its lowest close since 2021, taking its two-day loss to 9.5%."
    assert _rows(text, "Pelling Air") == [("share", "Pelling Air", -3.4), ("share", "Pelling Air", -9.5)]


def test_a_total_after_an_earlier_move_runs_through_the_own_session() -> None:
    text = "Pelling Air shares fell 5.2% on Thursday, extending Wednesday's 3.9% decline and taking the two-day loss to 8.9%."
    assert _days(text, "Pelling Air") == [(-5.2, date(2026, 3, 5), None, None), (-3.9, date(2026, 3, 4), None, None),
                                          (-8.9, None, date(2026, 3, 4), date(2026, 3, 5))]


def test_the_total_of_another_owner_left_alone() -> None:
    text = "Pelling Air fell 3%, taking the index down 2%."
    assert _rows(text, "Pelling Air") == [("share", "Pelling Air", -3.0), ("index", "the index", -2.0)]


# 3. "crown" (the English name of the koruna, krona and krone), "koruna", "dinar", "dirham", "riyal" ... are currencies:
# index rows, and a later "its gain" is the currency's, not the company named before.

def test_the_crown_is_a_currency() -> None:
    text = ("Dunmere's central bank raised rates. The crown rose a further 0.4% to 11.2 per euro by midday, taking its "
            "gain over two sessions to 2.6%.")
    assert _rows(text, "Dunmere") == [("index", "The crown", 0.4), ("index", "The crown", 2.6)]
    assert _rows("The Czech koruna fell 0.7%.") == [("index", "The Czech koruna", -0.7)]


def test_a_company_named_crown_left_alone() -> None:
    assert _rows("Crown Tolley rose 3%.", "Crown Tolley") == [("share", "Crown Tolley", 3.0)]


# 4. A definite subject with no name ("The exchange said it would ...") before "Its shares": the company named earlier
# whose name holds that noun, even past a list of dated lines that name something else.

def test_the_exchange_said_then_its_shares() -> None:
    text = ("Tarnby Exchange Group switched to a new engine last week.\n\n"
            "The timeline:\n- 02/03: Corvo cutover begins\n- 03/03: first live day\n- 04/03: halt\n- 05/03: normal trading\n\n"
            "The exchange said it would publish a report. Its shares are down 8.1% for the week so far.")
    assert _rows(text, "Tarnby Exchange Group", "Corvo") == [("share", "Tarnby Exchange Group", -8.1)]


def test_a_noun_no_name_holds_left_alone() -> None:
    text = ("Tarnby Exchange Group switched to a new engine last week.\n\n"
            "The timeline:\n- 02/03: Corvo cutover begins\n- 03/03: first live day\n- 04/03: halt\n- 05/03: normal trading\n\n"
            "The regulator said it would publish a report. Its shares are down 8.1% for the week so far.")
    assert _rows(text, "Tarnby Exchange Group", "Corvo") != [("share", "Tarnby Exchange Group", -8.1)]


# 5. A perfect participle closing the sentence after a clause of its own ("was down 27% after its auditor, Y, resigned,
# having earlier sunk as much as 31%"): the main clause's subject, not the name in the clause.

def test_having_after_a_clause_is_the_main_subject() -> None:
    text = "Orland Freight shares were down 24% after its auditor, Bexley Hart LLP, resigned, having earlier sunk as much as 29%."
    assert _rows(text, "Orland Freight", "Bexley Hart LLP") == [
        ("share", "Orland Freight", -24.0), ("share", "Orland Freight", -29.0)]


def test_having_after_a_name_left_alone() -> None:
    text = "Orland Freight rose 3%, while Bexley Hart, having earlier sunk 5%, recovered."
    assert _rows(text, "Orland Freight", "Bexley Hart") == [("share", "Orland Freight", 3.0), ("share", "Bexley Hart", -5.0)]


# 6. "shares in X" with a description before the name ("shares in York-based engineer X"): X is what a later "the stock"
# means, whatever type the entity layer gave the name (no person's name follows "shares in").

def test_shares_in_a_described_name_typed_a_person() -> None:
    text = ("Tarnby said yesterday it would pay. Retired nurse Ann Bell said a sell order for shares in York-based "
            "engineer Calder Works was stuck for most of the day. By the time it went through, the stock had dropped 6%.")
    assert _rows(text, "Tarnby", persons=("Ann Bell", "Calder Works")) == [("share", "Calder Works", -6.0)]


def test_shares_in_a_list_of_kinds_left_alone() -> None:
    text = ("Tarnby said yesterday it would pay. Ann Bell said she sold shares in retailers such as Calder Works. "
            "By then the stock had dropped 6%.")
    assert _rows(text, "Tarnby", persons=("Ann Bell", "Calder Works")) == [("share", "Tarnby", -6.0)]


# 7. A reprint's wire dateline a few days before its publication ("TARNBY, Mar 3 (Example Wire) - ...", out on Friday
# Mar 6): a move with no day of its own, told as the live session, is the dateline's session; weekdays still count back
# from the publication, and a dateline of the publication's own day changes nothing.

def test_a_reprint_keeps_the_datelines_session() -> None:
    text = ("Crown climbs again\n\nTARNBY, Mar 3 (Example Wire) - The Dunmere crown rose on Tuesday.\n\n"
            "Shares of Bolt Foods, which fell 6.3% on Monday, recovered 1.9% in morning trade.")
    assert _days(text, "Bolt Foods") == [(-6.3, date(2026, 3, 2), None, None), (1.9, date(2026, 3, 3), None, None)]


def test_a_dateline_of_the_publication_day_left_alone() -> None:
    text = ("Crown climbs again\n\nTARNBY, Mar 6 (Example Wire) - The Dunmere crown rose on Friday.\n\n"
            "Shares of Bolt Foods, which fell 6.3% on Thursday, recovered 1.9% in morning trade.")
    assert _days(text, "Bolt Foods") == [(-6.3, date(2026, 3, 5), None, None), (1.9, date(2026, 3, 6), None, None)]


# 8. "the week's loss" (or gain) as a running total's noun ("trimming the week's loss to 8.7%"): a span of the week, with
# a straight or a curly apostrophe.

def test_the_weeks_loss_is_the_week() -> None:
    for mark in ("'", "’"):
        text = f"Orland shares rose 3.4% on Thursday, trimming the week{mark}s loss to 8.7%."
        assert _days(text, "Orland") == [(3.4, date(2026, 3, 5), None, None), (-8.7, None, date(2026, 3, 2), date(2026, 3, 6))]


def test_last_weeks_loss_left_alone() -> None:
    text = "Orland shares rose 3.4% on Thursday, after last week’s loss of 8.7%."
    assert _days(text, "Orland")[1] == (-8.7, None, date(2026, 2, 23), date(2026, 2, 27))


# 9. "over the same two sessions": the latest span told of that many sessions, not a longer one told after it ("rose 8.1%
# over Thursday and Friday and are now up 24% this year").

def test_the_same_two_sessions() -> None:
    text = ("Acme Bank shares rose 8.1% over Thursday and Friday and are now up 24% this year. Bolt Foods and Cray Metals "
            "lost 5.6% and 7.8%, respectively, over the same two sessions.")
    rows = _days(text, "Acme Bank", "Bolt Foods", "Cray Metals")
    assert rows[2:] == [(-5.6, None, date(2026, 3, 5), date(2026, 3, 6)), (-7.8, None, date(2026, 3, 5), date(2026, 3, 6))]


def test_the_same_period_is_the_last_span() -> None:
    text = "Acme Bank shares rose 8.1% over Thursday and Friday and are now up 24% this year. Bolt Foods lost 5.6% over the same period."
    assert _days(text, "Acme Bank", "Bolt Foods")[2] == (-5.6, None, date(2026, 1, 1), date(2026, 3, 6))


# 10. "since" (or a level "before") an event dated after its noun ("since the outage on 2 March", "below their level
# before the outage on March 2"): a span from that day.

def test_an_event_dated_after_its_noun() -> None:
    text = "Orland shares rose 1.1% on Wednesday but are still 9.6% below their level before the outage on March 2."
    assert _days(text, "Orland")[1] == (-9.6, None, date(2026, 3, 2), date(2026, 3, 6))
    text = "Orland, whose shares have fallen roughly 14% since the Bexley outage on 2 March, makes engines."
    assert _days(text, "Orland", "Bexley") == [(-14.0, None, date(2026, 3, 2), date(2026, 3, 6))]


def test_an_undated_event_left_alone() -> None:
    assert _days("Orland shares have fallen 14% since the outage.", "Orland") == [(-14.0, None, None, date(2026, 3, 6))]


# 11. "up"/"down" with no verb after a bracket, colon or comma ("Acme: +3.8% (up 18.5% over two sessions)"): where the
# stock stands now, so the span runs through the article's session; a plain past ("rose 18.5% over two sessions") still
# ends the session before.

def test_a_bare_up_over_two_sessions_runs_to_now() -> None:
    assert _days("Orland Steel: +3.8% (up 18.5% over two sessions)", "Orland Steel") == [
        (3.8, date(2026, 3, 6), None, None), (18.5, None, date(2026, 3, 5), date(2026, 3, 6))]


def test_a_plain_past_over_two_sessions_left_alone() -> None:
    assert _days("Orland Steel rose 18.5% over two sessions.", "Orland Steel") == [
        (18.5, None, date(2026, 3, 4), date(2026, 3, 5))]


# 12. "over the same period" after a sentence that names a span from a stated day but no figure ("..., trimming their
# losses since the March 2 announcement. X, which has gained 20% over the same period, ..."): that span.

def test_the_same_period_as_the_span_named_before() -> None:
    text = ("Shares in Bolt Parts jumped 6.2% by midday, trimming their losses since the March 2 announcement. Orland Steel, "
            "which has gained about 20% over the same period, eased 2.5%.")
    assert _days(text, "Orland Steel", "Bolt Parts")[1] == (20.0, None, date(2026, 3, 2), date(2026, 3, 6))


def test_the_same_period_with_nothing_named_before_left_alone() -> None:
    text = "Bolt Parts said it would cut jobs. Orland Steel, which has gained about 20% over the same period, eased 2.5%."
    assert _days(text, "Orland Steel", "Bolt Parts")[0] == (20.0, None, None, None)


# 13. A clause of contrast with a copula and no verb of its own ("X is down 9.3% for the week so far, while Y's are 5.9%
# lower"): Y's figure is of the same period; a contrast with its own day or verb keeps its own.

def test_a_contrast_with_a_copula_shares_the_period() -> None:
    text = "Acme shares are down 9.3% for the week so far, while Bolt's are 5.9% lower."
    assert _days(text, "Acme", "Bolt") == [(-9.3, None, date(2026, 3, 2), date(2026, 3, 6)),
                                           (-5.9, None, date(2026, 3, 2), date(2026, 3, 6))]


def test_a_contrast_with_its_own_day_left_alone() -> None:
    text = "Acme shares are down 9.3% for the week so far, while Bolt was down 2% on Monday."
    assert _days(text, "Acme", "Bolt")[1] == (-2.0, date(2026, 3, 2), None, None)
    text = "Acme shares are down 9.3% for the week so far, while Bolt fell 2%."
    assert _days(text, "Acme", "Bolt")[1] == (-2.0, date(2026, 3, 6), None, None)
