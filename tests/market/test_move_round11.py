"""Round 11: general share-move constructions found on a dev corpus's misses, each on an invented text (no word,
name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_article_moves, extract_moves

PUB = date(2025, 3, 13)  # a Thursday


def _moves(text: str) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, None).itertuples() if r.kind == "share"]


def _index(text: str) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, None).itertuples() if r.kind == "index"]


def _sessions(text: str) -> list[tuple[str, float, str]]:
    return [(r.company, r.pct, str(r.session_date)) for r in extract_moves(text, PUB, None).itertuples()]


def _span(text: str) -> list[tuple[str, str]]:
    return [(str(r.period_start), str(r.period_end)) for r in extract_moves(text, PUB, None).itertuples()
            if r.period_end is not None]


# A table read one cell a line (an HTML table): a dated header, cells a table prints for a missing value, footnote
# marks, and columns of another quantity.

_CELLS = ("Lender\n\nCover ratio Jun-23\n\nCover ratio Mar-23\n\nPrice change Mar 12\n\n"
          "Orlent Savings Bank\n\n4.65%\n\n3.35%\n\n-11.15%\n\n"
          "Pemberly Trust Bank\n\n2.65%*\n\n2.55%\n\n-6.35%\n\n"
          "Quillon Mutual Bank\n\nn/a\n\n1.95%\n\n-2.85%\n")


def test_a_cell_table_with_a_dated_header_and_missing_cells_reads_its_move_column() -> None:
    assert _moves(_CELLS) == [("Orlent Savings Bank", -11.15), ("Pemberly Trust Bank", -6.35),
                              ("Quillon Mutual Bank", -2.85)]


def test_a_month_and_day_in_a_columns_header_dates_its_moves() -> None:
    dates = [str(r.session_date) for r in extract_moves(_CELLS, PUB, None).itertuples()]
    assert dates == ["2025-03-12"] * 3


def test_a_pipe_table_column_of_another_quantity_is_no_move() -> None:
    text = ("Company | Dividend yield | Change\n"
            "Tamsick Foods | 3.45% | -2.15%\n"
            "Brellow Mills | 5.05% | +1.65%\n")
    assert _moves(text) == [("Tamsick Foods", -2.15), ("Brellow Mills", 1.65)]


def test_a_share_price_column_is_kept_even_when_it_names_a_share() -> None:
    text = ("Company | Stock % chg | Week\n"
            "Tamsick Foods | -2.15% | -4.05%\n"
            "Brellow Mills | +1.65% | +3.55%\n")
    assert sorted(_moves(text)) == [("Brellow Mills", 1.65), ("Brellow Mills", 3.55), ("Tamsick Foods", -4.05),
                                    ("Tamsick Foods", -2.15)]


# Fractions of a company's value, and "half a percent".

def test_a_fraction_of_a_named_owners_value_is_that_owners_fall() -> None:
    assert _moves("Recall scare erases almost two-thirds of Ardwell's value") == []  # round 38: a fraction in words has no percent figure, no row


def test_a_plural_fraction_of_its_own_value() -> None:
    assert _moves("Ardwell Foods has lost three-quarters of its value.") == []  # round 38: a fraction in words has no percent figure, no row


def test_a_fraction_that_rounds_the_exact_figure_beside_it_is_not_read_twice() -> None:
    assert _moves("Ardwell Foods lost about a third of its market value, falling 32.65%.") == [("Ardwell Foods", -32.65)]


def test_a_fraction_of_something_else_is_no_move() -> None:
    assert _moves("The storm erased a third of the harvest at Ardwell Foods.") == []
    assert _moves("Ardwell Foods lost a quarter of its customers.") == []


def test_half_a_percent_is_half_of_one_percent() -> None:
    assert _moves("Pellam Bank ended up half a percent.") == [("Pellam Bank", 0.5)]


def test_a_sentence_adverb_between_the_name_and_the_verb() -> None:
    assert _moves("Pellam Bank reportedly ended up 0.65 percent.") == [("Pellam Bank", 0.65)]


def test_a_value_owned_by_a_name_is_its_market_value() -> None:
    assert _moves("The recall knocks 14.35% off Ardwell's value") == [("Ardwell", -14.35)]


# Names that are not companies.

def test_an_index_familys_name_before_a_known_index_is_an_index() -> None:
    text = "The S&P Merrow Kospi fell 0.45% to 2,410."
    assert _moves(text) == [] and _index(text) == [("S&P Merrow Kospi", -0.45)]


def test_a_quantity_at_a_company_is_no_share_move() -> None:
    assert _moves("Impairments at Ardwell Bank more than doubled in the half.") == []
    assert _moves("Deposits at Ardwell Bank rose 12.85% from a year earlier.") == []


# Pointing back.

def test_a_weekdays_move_in_an_opening_adverbial_points_back() -> None:
    text = "Ardwell Foods fell 3.15% on Monday. Despite Tuesday's 5.65% rebound, investors value the company at its cash."
    assert _moves(text) == [("Ardwell Foods", -3.15), ("Ardwell Foods", 5.65)]


def test_a_weekdays_move_in_an_opening_adverbial_before_another_name_is_that_names() -> None:
    text = "Ardwell Foods fell 3.15% on Monday. After Tuesday's 5.65% rebound, Pellam Bank fell 2.75%."
    assert _moves(text) == [("Ardwell Foods", -3.15), ("Pellam Bank", -2.75)]


def test_american_depositary_shares_after_a_possessive() -> None:
    assert _moves("In Denver, Ardwell's American depositary shares rose 3.65% before the bell.") == [("Ardwell", 3.65)]


def test_the_depositary_shares_point_back_and_lets_is_no_name() -> None:
    text = ("Let's move on to retail, where Ardwell Foods is under pressure. The American depositary shares are down "
            "about 27% after the recall.")
    assert _moves(text) == [("Ardwell Foods", -27.0)]


def test_an_infinitive_of_the_close_takes_the_main_clauses_stock() -> None:
    text = ("Ardwell Copper sank as much as 31.25 per cent early. At the bell the shares had crept back to end "
            "13.5 per cent down.")
    assert _moves(text) == [("Ardwell Copper", -31.25), ("Ardwell Copper", -13.5)]


def test_an_infinitive_after_likely_is_no_move() -> None:
    assert _moves("Ardwell Copper fell early. The stock is likely to end 13.5 per cent lower.") == []


# Transcripts.

def test_a_speaker_label_is_no_name_and_a_day_for_a_company_makes_it_the_topic() -> None:
    body = ("THE EVENING DESK - THURSDAY, MARCH 13, 2025\n\n"
            "ANCHOR: A rough day for Ardwell Copper. The stock is ending down 26.5% after the flood at its Pellam "
            "Ridge pit.\n")
    frame = extract_article_moves("Transcript: Ardwell's Pellam Ridge closure and the zinc market", body, PUB, None)
    assert [(r.company, r.pct) for r in frame.itertuples()] == [("Ardwell Copper", -26.5)]


def test_a_guests_label_of_several_capital_words_is_blanked() -> None:
    assert _moves("ODILE FARNSWORTH: Ardwell Foods fell 5.35% today.") == [("Ardwell Foods", -5.35)]
    assert _moves("HOST (JO BANKS): Let's move on to retail, where Ardwell Foods is under pressure. The shares are "
                  "down about 27%.") == [("Ardwell Foods", -27.0)]


# Spans of sessions.

def test_a_span_of_sessions_in_the_present_perfect_runs_through_the_publication_session() -> None:
    assert _span("Ardwell Foods shares have slid 8.65% over three sessions.") == [("2025-03-11", "2025-03-13")]


def test_a_span_of_sessions_runs_through_the_sentences_own_session() -> None:
    text = "Ardwell Foods fell another 6.15% on Wednesday, bringing its loss over three sessions to 24.5%."
    assert _span(text) == [("2025-03-10", "2025-03-12")]


def test_the_previous_sessions_and_a_plain_past_end_the_session_before() -> None:
    assert _span("Ardwell Foods shares have slid 8.65% over the previous three sessions.") == [("2025-03-10", "2025-03-12")]
    assert _span("Ardwell Foods shares fell 8.65% over two days.") == [("2025-03-11", "2025-03-12")]


# The session of a move.

def test_today_and_this_morning_are_the_publication_session() -> None:
    text = "Pellam Bank fell 4.15% overnight in Tokyo. Ardwell Foods was up about 6% today."
    assert _sessions(text) == [("Pellam Bank", -4.15, "2025-03-12"), ("Ardwell Foods", 6.0, "2025-03-13")]


def test_yesterdays_move_is_the_session_before_and_not_the_articles() -> None:
    text = ("Ardwell Foods is down another 2.65 per cent this morning, after yesterday's 11.5 per cent slide. "
            "Pellam Bank is up 1.65 per cent, extending Wednesday's rally.")
    assert _sessions(text) == [("Ardwell Foods", -2.65, "2025-03-13"), ("Ardwell Foods", -11.5, "2025-03-12"),
                               ("Pellam Bank", 1.65, "2025-03-13")]


def test_a_weekday_in_the_session_words_after_the_figure_still_dates_it() -> None:
    assert _sessions("Pellam Bank rose 3.45% in Tuesday's session.") == [("Pellam Bank", 3.45, "2025-03-11")]


def test_a_day_after_a_move_is_the_session_before_the_sentences_own() -> None:
    text = "Ardwell Foods shares held steady on Wednesday, trading up 1.85% by noon, a day after shedding 21.5%."
    assert _sessions(text) == [("Ardwell Foods", 1.85, "2025-03-12"), ("Ardwell Foods", -21.5, "2025-03-11")]


# A name the entity layer read a reporting period into.

def test_a_reporting_period_the_entity_layer_read_into_a_name_is_dropped() -> None:
    text = "Ardwell Foods fell 4.45% on Monday.\n\nArdwell Foods H1 sales: frozen ranges slump"
    rows = [(0, 13, "Ardwell Foods", "Ardwell Foods H1", "ORG"), (37, 53, "Ardwell Foods H1", "Ardwell Foods H1", "ORG")]
    mentions = pd.DataFrame(rows, columns=["start", "end", "surface", "name", "type"])
    assert [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()] == [("Ardwell Foods", -4.45)]


def test_span_labels_beside_a_percent_column_are_still_moves() -> None:
    text = ("Company | 1D % | 1M | 1Y\n"
            "Tamsick Foods | -2.15% | -4.05% | +9.25%\n"
            "Brellow Mills | +1.65% | +3.55% | -7.75%\n")
    assert len(_moves(text)) == 6


def test_an_all_share_or_all_ordinaries_index_is_an_index() -> None:
    assert _moves("The Kelvar All-Share fell 0.35%.") == [] and _index("The Kelvar All-Share fell 0.35%.") != []
    assert _moves("The Kelvar All Ordinaries rose 0.25%.") == []


def test_an_expected_close_is_a_forecast_and_closing_above_expectations_is_a_move() -> None:
    assert _moves("Marlow Foods shares fell 2% on Tuesday. Analysts expect the stock to close 5% lower by Friday.") == [
        ("Marlow Foods", -2.0)]
    assert _moves("Marlow Foods shares rose more than expected to close 5% higher on Tuesday.") == [("Marlow Foods", 5.0)]


def test_a_table_of_moves_after_a_table_of_other_figures_in_one_run_of_cells() -> None:
    text = ("Prices and power stocks on Tuesday\n\nThe grid operator asked homes to cut use on Wednesday.\n\n"
            "Day-ahead prices ($/MWh)\n\nDelivery day\n\nPeak hour\n\nDaily average\n\nTue 07/14/2026\n\n880\n\n214\n\n"
            "Wed 07/15/2026\n\n1,240\n\n301\n\nPower stocks, Tuesday close\n\nCompany\n\nTicker\n\nChange\n\n"
            "Norvale Power\n\nNVLP\n\n+8.2%\n\nBrightmoor Energy\n\nBMRE\n\n+1.9%\n\nTessaly Chemicals\n\nTSLC\n\n-4.8%\n")
    assert _moves(text) == [("Norvale Power", 8.2), ("Brightmoor Energy", 1.9), ("Tessaly Chemicals", -4.8)]
