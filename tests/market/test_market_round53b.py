"""Round 53, second wave (moves53b): share moves and their days read on invented texts (no word, name or figure of any
corpus), each rule with what it must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.company, r.pct) for r in rows.itertuples()]


def _days(text: str, *names: str) -> list[tuple[str, float, object, object, object]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.company, r.pct, r.session_date, r.period_start, r.period_end) for r in rows.itertuples()]


# 1. A gapped list item of two coordinated names with as many figures ("A slumped 14.2%, gold miners B and C 9.6% and
# 11.3%, respectively, and D 5.1%"): the names and figures pair in order, not both figures to the nearer name.

def test_a_gapped_pair_with_two_figures_pairs_in_order() -> None:
    text = ("Ledrow Digital Inc slumped 14.2%, gold miners Fenwick Ore and Carrow Metals 9.6% and 11.3%, respectively, "
            "and Tamsin Inc 5.1%.")
    assert _rows(text, "Ledrow Digital", "Fenwick Ore", "Carrow Metals", "Tamsin") == [
        ("Ledrow Digital Inc", -14.2), ("Fenwick Ore", -9.6), ("Carrow Metals", -11.3), ("Tamsin Inc", -5.1)]


def test_a_gapped_single_name_keeps_its_one_figure() -> None:
    text = "Ledrow Digital slumped 14.2%, gold miner Fenwick Ore 9.6% and Carrow Metals 11.3%."
    assert _rows(text, "Ledrow Digital", "Fenwick Ore", "Carrow Metals") == [
        ("Ledrow Digital", -14.2), ("Fenwick Ore", -9.6), ("Carrow Metals", -11.3)]


# 2. A place's possessive before a gapped list item's name ("..., Pemberly & Hale 0.8% and Denmark's Orsk & Lund
# 0.6%"): the country says where the company is listed; the item is still the list's.

def test_a_place_possessive_before_a_gapped_item() -> None:
    text = ("The regional retail index slipped 0.4%, with Colter Home down 1.2%, Pemberly & Hale 0.8% and Denmark's "
            "Orsk & Lund 0.6%.")
    assert _rows(text, "Colter Home", "Pemberly & Hale", "Orsk & Lund")[1:] == [
        ("Colter Home", -1.2), ("Pemberly & Hale", -0.8), ("Orsk & Lund", -0.6)]


def test_a_clause_before_a_gapped_figure_left_alone() -> None:
    text = "Colter Home fell 1.2%, beating analyst Denmark's 0.6%."
    assert _rows(text, "Colter Home") == [("Colter Home", -1.2)]


# 3. A name after a copula, closed by a relative clause ("The exception was X, which charters the ship."): the topic a
# later "Its shares" points back to, not a company of an earlier sentence's move.

def test_a_copula_name_with_a_relative_clause_is_the_topic() -> None:
    text = ("Ferry operators gained. Alder Sea and Brightwater gained 1.7% and 1.2%, respectively. The exception was "
            "Corvo Line, which leases the damaged vessel. Its shares fell another 1.9%, taking their loss this week to 9.8%.")
    assert _rows(text, "Alder Sea", "Brightwater", "Corvo Line") == [
        ("Alder Sea", 1.7), ("Brightwater", 1.2), ("Corvo Line", -1.9), ("Corvo Line", -9.8)]


def test_a_copula_name_with_a_relative_clause_of_its_own_move_unchanged() -> None:
    text = "The day's laggard was Corvo Line, which fell 4%. Its shares are down 9% this week."
    assert _rows(text, "Corvo Line") == [("Corvo Line", -4.0), ("Corvo Line", -9.0)]


# 4. A movers-list item whose clause opens with a rival described by another company's name ("• Acme Foods — The
# Bexley rival gained 2.6%"): the label's company.

def test_a_labelled_item_describing_its_company_as_anothers_rival() -> None:
    text = ("Stocks moving midday: Grelling Foods, Dunmore Snacks\n\n"
            "• Grelling Foods — Shares of the snack maker sank 12.8% after a recall.\n\n"
            "• Dunmore Snacks — The Grelling rival gained 2.6% as analysts said stores could shift shelf space.")
    assert _rows(text, "Grelling Foods", "Dunmore Snacks", "Grelling") == [
        ("Grelling Foods", -12.8), ("Dunmore Snacks", 2.6)]


def test_a_rival_outside_a_labelled_item_left_alone() -> None:
    text = "Grelling Foods sank 12.8% after a recall. The Grelling rival gained 2.6% as analysts said stores could shift."
    assert _rows(text, "Grelling Foods", "Grelling") == [("Grelling Foods", -12.8)]


# 5. A level "from" a mark dated after a longer description ("down 38% from a record close of $82.45 on Feb. 20"): a
# span from that day; the day is not the session of the sentence's other figure ("lost 21.7% in two sessions").

def test_a_level_from_a_dated_record_close() -> None:
    text = "Quenby Labs fell 8.7% on Friday. The stock has now lost 21.7% in two sessions, and is down 38% from a record close of $82.45 on Feb. 20."
    assert _days(text, "Quenby Labs") == [
        ("Quenby Labs", -8.7, PUB, None, None),
        ("Quenby Labs", -21.7, None, date(2026, 3, 5), PUB),
        ("Quenby Labs", -38.0, None, date(2026, 2, 20), PUB)]


def test_a_price_figure_with_its_own_day_left_alone() -> None:
    text = "Quenby Labs fell 19% from 412p on Feb. 20 to 332p."
    assert _days(text, "Quenby Labs") == [("Quenby Labs", -19.0, None, date(2026, 2, 20), PUB)]


# 6. A list of figures whose period closes it ("... and have risen 8.9% and 4.4% this week"): each figure's, over a day
# the clause before names ("gained 1.7% and 1.2%, respectively, on Friday").

def test_a_list_period_over_the_day_of_the_clause_before() -> None:
    text = "Alder Sea and Brightwater gained 1.7% and 1.2%, respectively, on Friday, and have risen 8.9% and 4.4% this week."
    assert _days(text, "Alder Sea", "Brightwater") == [
        ("Alder Sea", 1.7, PUB, None, None), ("Brightwater", 1.2, PUB, None, None),
        ("Alder Sea", 8.9, None, date(2026, 3, 2), PUB), ("Brightwater", 4.4, None, date(2026, 3, 2), PUB)]


def test_a_day_before_a_list_with_no_period_left_alone() -> None:
    text = "Alder Sea rose 3% on Thursday, and 8.9% and 4.4% were the gains of Brightwater's two funds."
    assert _days(text, "Alder Sea", "Brightwater")[0] == ("Alder Sea", 3.0, date(2026, 3, 5), None, None)


# 7. A clause after a semicolon whose verb is in the perfect and names no period ("X is up 11% since 13 February; Y and
# Z have gained around 5% each"): the span the clause before told. 8. "over the period" after a span told: that span.

def test_a_perfect_clause_after_a_span_takes_the_span() -> None:
    text = ("Alder Sea is up more than 11% since 13 February; Brightwater and Corvo Line have gained around 5% each. "
            "Only Dunlin Ferries has lost ground, falling 6.1% over the period.")
    start = date(2026, 2, 13)
    assert _days(text, "Alder Sea", "Brightwater", "Corvo Line", "Dunlin Ferries") == [
        ("Alder Sea", 11.0, None, start, PUB), ("Brightwater", 5.0, None, start, PUB), ("Corvo Line", 5.0, None, start, PUB),
        ("Dunlin Ferries", -6.1, None, start, PUB)]


def test_a_clause_of_its_own_session_after_a_span_left_alone() -> None:
    text = "Alder Sea is up more than 11% since 13 February; Brightwater fell 5% on Thursday."
    assert _days(text, "Alder Sea", "Brightwater")[1] == ("Brightwater", -5.0, date(2026, 3, 5), None, None)


def test_over_the_period_since_a_day_reads_its_own_day() -> None:
    text = "Alder Sea fell 3% this week. Brightwater has lost 6.1% over the period since 13 February."
    assert _days(text, "Alder Sea", "Brightwater")[1] == ("Brightwater", -6.1, None, date(2026, 2, 13), PUB)


def test_over_the_period_after_a_span_told() -> None:
    text = "Alder Sea has gained 11% since 13 February. Dunlin Ferries has lost ground, falling 6.1% over the period."
    assert _days(text, "Alder Sea", "Dunlin Ferries")[1] == ("Dunlin Ferries", -6.1, None, date(2026, 2, 13), PUB)


# 9. A span from an event the sentence does not date ("since the outage", "since the grounding") that the article dated
# earlier ("last Tuesday's outage", "the Feb. 24 decision", "The tanker grounded off the cape on 24 February"): a span
# from that day (:mod:`analysis.market.event_days`).

def test_since_an_event_the_article_dated_by_a_weekday() -> None:
    text = ("The regulator ordered Pollard Exchange to review last Tuesday's outage on its order book.\n\n"
            "Pollard Exchange shares fell 1.9%, extending their fall since the outage to 12%.")
    assert _days(text, "Pollard Exchange")[1] == ("Pollard Exchange", -12.0, None, date(2026, 3, 3), PUB)


def test_since_an_event_the_article_dated_by_a_date() -> None:
    text = ("Since the Feb. 24 decision the krona has gained 4.2%.\n\n"
            "Halden Bank rose 1.2%, bringing its gains since the decision to 12.9%.")
    assert _days(text, "Halden Bank")[-1] == ("Halden Bank", 12.9, None, date(2026, 2, 24), PUB)


def test_since_an_ing_event_the_article_dated_by_its_verb() -> None:
    text = ("The tanker grounded off the cape on 24 February and was refloated two days later.\n\n"
            "Marrow Home, whose shares have fallen 14% since the grounding, warned on Thursday.")
    assert _days(text, "Marrow Home") == [("Marrow Home", -14.0, None, date(2026, 2, 24), PUB)]


def test_since_an_event_the_article_never_dated_left_alone() -> None:
    text = ("The regulator ordered Pollard Exchange to review the outage on its order book.\n\n"
            "Pollard Exchange shares fell 1.9%, extending their fall since the outage to 12%.")
    assert _days(text, "Pollard Exchange")[1] == ("Pollard Exchange", -12.0, None, None, PUB)  # no start
    text = "Tuesday's close was a record. Pollard Exchange has gained 3% since the close."
    assert _days(text, "Pollard Exchange") == [("Pollard Exchange", 3.0, None, None, PUB)]
