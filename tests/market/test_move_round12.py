"""Round 12: general share-move constructions found on two dev corpora's misses, each on an invented text (no word,
name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _moves(text: str) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, None).itertuples() if r.kind == "share"]


# A table column that runs from a stated day to the table's own ("June 2 to date", "Since May 30").

_SINCE_TABLE = ("Ferry and port shares\n\nCompany\n\nThu\n\nJune 2 to date\n\n"
                "Harnby Lines\n\n+0.45%\n\n-7.15%\n\n"
                "Oskel Shipping\n\n-1.35%\n\n+4.25%\n\n"
                "Tenmoor Ferries\n\n+2.05%\n\n-0.65%\n")


def test_a_column_from_a_stated_day_to_date_holds_moves() -> None:
    assert sorted(_moves(_SINCE_TABLE)) == [("Harnby Lines", -7.15), ("Harnby Lines", 0.45),
                                            ("Oskel Shipping", -1.35), ("Oskel Shipping", 4.25),
                                            ("Tenmoor Ferries", -0.65), ("Tenmoor Ferries", 2.05)]


def test_a_column_from_a_stated_day_to_date_spans_the_days_since() -> None:
    spans = {(r.company, str(r.period_start), str(r.period_end)) for r in extract_moves(_SINCE_TABLE, PUB, None).itertuples()
             if r.period_end is not None}
    assert spans == {(n, "2025-06-02", "2025-06-13") for n in ("Harnby Lines", "Oskel Shipping", "Tenmoor Ferries")}


def test_a_pipe_table_since_column() -> None:
    text = ("Company | Today | Since May 30\n"
            "Harnby Lines | -1.15% | +3.35%\n"
            "Oskel Shipping | +0.85% | -2.45%\n")
    assert sorted(_moves(text)) == [("Harnby Lines", -1.15), ("Harnby Lines", 3.35), ("Oskel Shipping", -2.45),
                                    ("Oskel Shipping", 0.85)]


# A time expression opening a capitalised run is no part of the name after it.

def test_a_weekday_after_on_is_no_part_of_the_name_after_it() -> None:
    assert _moves("On Tuesday Brakeworth Tools fell 4.15%.") == [("Brakeworth Tools", -4.15)]


def test_a_name_after_a_weekday_that_a_preposition_governs_is_still_the_subject() -> None:
    assert _moves("Later on Wednesday Brakeworth rose 1.35%.") == [("Brakeworth", 1.35)]


def test_last_and_a_weekday_opening_a_sentence_is_no_company() -> None:
    text = ("Brakeworth Tools makes drills.\n\nLast Thursday the Ohio toolmaker wrote down its stake in a supplier. "
            "The stock has since shed 27.5%.")
    assert _moves(text) == [("Brakeworth Tools", -27.5)]


def test_a_weekday_the_entity_layer_read_into_an_organisations_name_is_dropped() -> None:
    text = "Brakeworth rose 2.35% on Thursday."
    mentions = pd.DataFrame({"start": [0], "end": [10], "surface": ["Brakeworth"], "name": ["Monday Brakeworth"],
                             "type": ["ORG"]})
    assert [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()] == [("Brakeworth", 2.35)]


def test_a_name_that_starts_with_a_weekday_and_a_part_of_the_day_stays_whole() -> None:
    assert _moves("Shares in Tuesday Evening Outfitters rose 3.45%.") == [("Tuesday Evening Outfitters", 3.45)]


# Factbox lines: a dated label (after a bullet, its weekday in brackets or before the date), a label naming a share
# move with the figure alone, and a label naming a company.

def _org_mentions(text: str, names: list[str]) -> pd.DataFrame:
    rows = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            rows.append((at, at + len(name), name, name, "ORG"))
            at = text.find(name, at + len(name))
    return pd.DataFrame(rows, columns=["start", "end", "surface", "name", "type"])


def _with_orgs(text: str, names: list[str]) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, _org_mentions(text, names)).itertuples()
            if r.kind == "share"]


_FACTBOX = ("FACTBOX-Hobwick Kitchens: a hard week\n\n"
            "June 13 (Wire) - Key dates for Hobwick Kitchens, whose auditor quit:\n\n"
            "* Equity raise: 40 million pounds, backstopped by Corby Bank\n"
            "* June 9 (Monday): Auditor quits; stock ends 17.5% lower.\n"
            "* Tuesday, June 10: Refinancing talks stall. Shares drop 8.5% by the close.\n"
            "* Stock move, June 11 (Wednesday): -4.5%\n"
            "* Share price change, June 12: +6.5%\n")


def test_a_dated_factbox_line_after_a_bullet_is_the_articles_company() -> None:
    assert _with_orgs(_FACTBOX, ["Hobwick Kitchens", "Corby Bank"]) == [
        ("Hobwick Kitchens", -17.5), ("Hobwick Kitchens", -8.5), ("Hobwick Kitchens", -4.5), ("Hobwick Kitchens", 6.5)]


def test_a_share_move_label_dates_its_figure() -> None:
    rows = extract_moves(_FACTBOX, PUB, _org_mentions(_FACTBOX, ["Hobwick Kitchens", "Corby Bank"]))
    assert [str(d) for d in rows["session_date"]] == ["2025-06-09", "2025-06-10", "2025-06-11", "2025-06-12"]


def test_a_company_label_is_what_bare_shares_on_its_line_mean() -> None:
    text = ("Who gains from the recall\n\nWINNERS\n"
            "- Pellow Fittings (hinges): shares 3.5% higher on the week.\n"
            "- Corby Timber: sells a tenth of its output to Hobwick; stock off 11% since Monday.\n"
            "LOSERS\n"
            "- Dray Logistics: runs the chain's depots; its shares slipped 2.5%.\n")
    assert _with_orgs(text, ["Pellow Fittings", "Corby Timber", "Hobwick", "Dray Logistics"]) == [
        ("Pellow Fittings", 3.5), ("Corby Timber", -11.0), ("Dray Logistics", -2.5)]


def test_a_label_the_entity_layer_does_not_know_as_an_organisation_names_nothing() -> None:
    text = ("Hobwick Kitchens fell 9.5% on Monday.\n\n"
            "* Outlook: Corby Timber supplies the doors; shares fell 2.5% on Tuesday.\n")
    assert _with_orgs(text, ["Hobwick Kitchens", "Corby Timber"]) == [("Hobwick Kitchens", -9.5), ("Corby Timber", -2.5)]


# Result clauses after a move: "leaving them down N%", a running total in "per cent" with a span adjective, and a
# second figure of a period list ("up 14% over four sessions and 58% year-to-date").

def _spans(text: str) -> list[tuple[str, float, str, str]]:
    return [(r.company, r.pct, str(r.period_start), str(r.period_end)) for r in extract_moves(text, PUB, None).itertuples()
            if r.period_end is not None]


def test_leaving_them_down_is_the_same_stocks_move() -> None:
    text = "Quenby Tiles is a tile maker.\n\nThe shares fell 4.15% in late trade, leaving them 31.5% lower than a month ago."
    assert _moves(text) == [("Quenby Tiles", -4.15), ("Quenby Tiles", -31.5)]


def test_a_running_total_in_per_cent_after_a_figure_in_per_cent() -> None:
    text = "Quenby Tiles gave up 13.5 per cent on the day, bringing its three-session slide to 39 per cent."
    assert _moves(text) == [("Quenby Tiles", -13.5), ("Quenby Tiles", -39.0)]


def test_a_running_totals_span_adjective_spans_the_sessions_through_its_own() -> None:
    text = "Quenby Tiles gave up 13.5% today, bringing its three-session slide to 39%."
    assert _spans(text) == [("Quenby Tiles", -39.0, "2025-06-11", "2025-06-13")]


def test_a_second_figure_after_a_span_of_sessions_and_and() -> None:
    text = "Quenby Tiles added 1.35% on Friday and is now up 11.5% over six sessions and 47% year-to-date."
    assert _moves(text) == [("Quenby Tiles", 1.35), ("Quenby Tiles", 11.5), ("Quenby Tiles", 47.0)]


# A sentence adverb with no comma before a name; an interview's "Your stock"; a transcript's one-word speaker label
# and a British "Mr" before a surname.

def test_a_sentence_adverb_right_before_a_name_is_no_leading_adverbial() -> None:
    assert _moves("Meanwhile Quenby Tiles recovered a little, up 2.15% by the close.") == [("Quenby Tiles", 2.15)]


def test_your_shares_in_an_interview_is_the_guests_company() -> None:
    text = ("ANCHOR: Quenby Tiles opened 1.35% higher. Joining us is Ivo Stenner, who runs Quenby Tiles. Mr Stenner, "
            "good morning.\n\n"
            "STENNER: Thank you. Good morning.\n\n"
            "ANCHOR: Your stock has slipped 8.5% since May. What went wrong?\n")
    rows = [(r.company, r.pct) for r in extract_moves(text, PUB, _org_mentions(text, ["Quenby Tiles"])).itertuples()]
    assert rows == [("Quenby Tiles", 1.35), ("Quenby Tiles", -8.5)]


def test_a_british_title_without_its_period_makes_a_person() -> None:
    text = "Quenby Tiles makes tiles. Mr Stenner, good evening.\n\nANCHOR: The stock is 3.5% lower since May."
    assert _moves(text) == [("Quenby Tiles", -3.5)]


def test_a_name_owned_by_its_and_before_a_noun_owns_no_later_its_shares() -> None:
    text = "Quenby Tiles idled its Selwick kiln site, and its shares dropped 6.5% over the week."
    assert _moves(text) == [("Quenby Tiles", -6.5)]


# A fraction of a value with a span of its own beside an exact figure of another span is a move of its own; a fraction
# beside the figure it rounds stays unread (tests/market/test_move_round11.py).

def test_a_fraction_with_its_own_span_beside_an_exact_figure() -> None:
    text = "Quenby Tiles slid 9.5% on Thursday and has shed a quarter of its value since Monday."
    assert _moves(text) == [("Quenby Tiles", -9.5)]  # round 38: a fraction in words has no percent figure, no row


def test_a_fraction_this_year_before_a_days_figure() -> None:
    text = "Quenby Tiles has dropped roughly a quarter of its value so far this year after a 6.5% fall on Friday."
    assert _moves(text) == [("Quenby Tiles", -6.5)]  # round 38: a fraction in words has no percent figure, no row


def test_a_share_price_label_with_a_direction_word() -> None:
    text = "FACTBOX-Quenby Tiles in numbers\n\nKey figures for Quenby Tiles:\n\n* Share price, Friday June 13: down 7.5%\n"
    assert _with_orgs(text, ["Quenby Tiles"]) == [("Quenby Tiles", -7.5)]


def test_a_shares_label_with_its_day() -> None:
    text = "FACTBOX-Quenby Tiles in numbers\n\nKey figures for Quenby Tiles:\n\n* Shares, Thursday June 12: +3.5%\n"
    rows = extract_moves(text, PUB, _org_mentions(text, ["Quenby Tiles"]))
    assert [(r.company, r.pct, str(r.session_date)) for r in rows.itertuples()] == [("Quenby Tiles", 3.5, "2025-06-12")]


def test_a_month_a_preposition_governs_is_no_part_of_the_name_after_it() -> None:
    assert _moves("In March Quenby Tiles lost 21.5%.") == [("Quenby Tiles", -21.5)]


def test_a_name_that_starts_with_a_month_after_shares_in_stays_whole() -> None:
    assert _moves("Shares in May Hollins Stores rose 3.15%.") == [("May Hollins Stores", 3.15)]


# A period opening the sentence with no comma before the name ("Last week Acme rose 8%"), and "Yesterday".

def _dated(text: str) -> list[tuple[str, str, str]]:
    return [(str(r.session_date), str(r.period_start), str(r.period_end)) for r in extract_moves(text, PUB, None).itertuples()]


def test_last_week_opening_the_sentence_without_a_comma_spans_last_week() -> None:
    assert _dated("Last week Quenby Tiles rose 8.5%.") == [("None", "2025-06-02", "2025-06-06")]


def test_yesterday_opening_the_sentence_dates_the_session_before() -> None:
    assert _dated("Yesterday, Quenby Tiles fell 3.5%.") == [("2025-06-12", "None", "None")]
    assert _dated("Yesterday Quenby Tiles fell 3.5%.") == [("2025-06-12", "None", "None")]


def test_a_since_a_weekday_column_spans_the_days_since_as_prose_does() -> None:
    text = ("Company | Today | Chg since Monday\n"
            "Harnby Lines | -1.15% | +3.35%\n"
            "Oskel Shipping | +0.85% | -2.45%\n")
    assert _spans(text) == [("Harnby Lines", 3.35, "2025-06-09", "2025-06-13"),
                            ("Oskel Shipping", -2.45, "2025-06-09", "2025-06-13")]


def test_a_weekend_day_opening_a_name_stays_in_it() -> None:
    assert _moves("Shares in Sunday Ledger Media fell 2.35%.") == [("Sunday Ledger Media", -2.35)]


def test_a_company_label_with_a_legal_suffix_and_ticker_or_a_dash() -> None:
    text = ("Suppliers to watch\n\n"
            "* Pellow Fittings Inc.: Hobwick buys a third of its hinges; shares 4.5% lower this week.\n"
            "* Corby Timber – Hobwick takes most of its doors; stock off 2.5% since Monday.\n")
    assert _with_orgs(text, ["Pellow Fittings Inc.", "Corby Timber", "Hobwick"]) == [("Pellow Fittings Inc.", -4.5),
                                                                                      ("Corby Timber", -2.5)]
