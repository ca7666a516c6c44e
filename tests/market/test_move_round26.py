"""Round 26: share moves a newly written corpus held but the engine missed or misread, each rule on an invented sentence
(no word, name or figure of any corpus), with what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import Mention, _mention

PUB = date(2025, 6, 13)  # a Friday


def _rows(text: str, mentions: list[Mention] | None = None) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions or [])).itertuples()]


def _named(text: str, *names: str) -> list[Mention]:
    """Every mention of each name in ``text``, as the entity layer gives them."""
    out = []
    for name in names:
        for nth in range(text.count(name)):
            out.append(_mention(text, name, nth=nth))
    return out


# 1. A printed table of movers whose rows lead the eye from the name to the figure with dots ("Acme Tools ...... -4.1%",
# "Acme . . . . +2%", "Acme ……… +2%"): read as the same table set in spaces ("Acme Tools    -4.1%").

_LEADERS = ("Orlan Textiles fell 2% on Friday.\n\n"
            "WEEKLY MOVERS\n"
            "Orlan Textiles ........ -18.6%\n"
            "Breck Dyeworks ....... +7.3%\n"
            "Fenmoor Looms . . . . +2.2%\n"
            "Calder Spinning ……… -0.8%\n")


def test_a_dot_leader_row_is_a_move() -> None:
    assert _rows(_LEADERS, _named(_LEADERS, "Orlan Textiles", "Breck Dyeworks", "Fenmoor Looms", "Calder Spinning")) == \
        [("share", "Orlan Textiles", -2.0), ("share", "Orlan Textiles", -18.6), ("share", "Breck Dyeworks", 7.3),
         ("share", "Fenmoor Looms", 2.2), ("share", "Calder Spinning", -0.8)]


def test_dots_before_no_percent_or_inside_prose_are_left_alone() -> None:
    prices = "Breck Dyeworks cut its outlook.\n\nCLOSING PRICES\nBreck Dyeworks ........ 41.20\n"
    assert _rows(prices, _named(prices, "Breck Dyeworks")) == []
    prose = "Breck Dyeworks said . . . that 7.3% of its looms were idle."
    assert _rows(prose, _named(prose, "Breck Dyeworks")) == []


# 2. A list item's signed figures, each with its period in brackets ("- ACME: -6.1% (Mon), +2.4% (Tue), +0.8% (Wed)"):
# every figure is the item's, as when the periods stand without brackets ("-6.1% Mon, +2.4% Tue").

def test_signed_figures_with_bracketed_days_are_one_items() -> None:
    text = "Orlan Textiles cut its outlook.\n\nThe week so far\n- Orlan Textiles: -31.5% (Mon), -4.2% (Tue), +6.6% (Wed)\n"
    rows = extract_moves(text, PUB, sorted(_named(text, "Orlan Textiles")))
    got = [(r.company, r.pct, str(r.session_date)) for r in rows.itertuples()]
    assert got == [("Orlan Textiles", -31.5, "2025-06-09"), ("Orlan Textiles", -4.2, "2025-06-10"),
                   ("Orlan Textiles", 6.6, "2025-06-11")]


def test_a_bracket_does_not_carry_a_figure_past_another_name() -> None:
    text = "Movers: Orlan Textiles: +4.1% (record), Breck Dyeworks: -2.2% (Tue)"
    assert _rows(text, _named(text, "Orlan Textiles", "Breck Dyeworks")) == \
        [("share", "Orlan Textiles", 4.1), ("share", "Breck Dyeworks", -2.2)]


# 3. "that day" / "the same day" between two figures of one verb ("fell 7.2% that day and 11.4% the next"): the bare
# figure after it continues the verb's list, as after "on Monday".

def test_that_day_links_two_figures_of_one_verb() -> None:
    text = "Orlan Textiles recalled a loom. The company's shares fell 8.3% that day and 12.6% the next."
    assert _rows(text, _named(text, "Orlan Textiles")) == [("share", "Orlan Textiles", -8.3), ("share", "Orlan Textiles", -12.6)]


def test_that_day_before_another_quantity_is_left_alone() -> None:
    text = "Orlan Textiles shares fell 8.3% that day and 40% of its staff were laid off."
    assert _rows(text, _named(text, "Orlan Textiles")) == [("share", "Orlan Textiles", -8.3)]
    text = "Orlan Textiles shares fell 8.3% that day and analysts cut their targets by 15%."
    assert _rows(text, _named(text, "Orlan Textiles")) == [("share", "Orlan Textiles", -8.3)]


# 4. A name, then a bracket with its ticker (a price may follow) and a signed figure or "up" / "down" ("for Acme (ACM.AX,
# +9.3% today)", "Acme (ACM, $21.33, up 11.5% today) trades at ...", "Acme (NYSE: ACM, -4%)"): an analyst's quote of the
# stock, the bracket's name's move whatever the name's role in the sentence (after a preposition, before a verb of its
# own).

def test_a_ticker_bracket_quotes_its_names_move() -> None:
    text = "The tender resets the debate for Quenby Salt (QSL.AX, +6.7% today). We see little downside."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", 6.7)]
    text = "Quenby Salt (QSLT, $18.42, -13.9% today) now trades below our estimate of its cash."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", -13.9)]


def test_a_ticker_bracket_with_up_or_an_exchange_quotes_its_names_move() -> None:
    text = "The tender resets the debate for Quenby Salt (QSL.AX, up 6.7% today)."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", 6.7)]
    text = "We still like Quenby Salt (NYSE: QSLT, -13.9%) at these levels."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", -13.9)]
    text = "We still like Quenby Salt (QSLT US, -13.9% today) at these levels."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", -13.9)]


def test_a_bracket_without_a_ticker_or_a_move_is_left_alone() -> None:
    text = "The tender resets the debate for Quenby Salt (its exports, +6.7% this year)."
    assert _rows(text, _named(text, "Quenby Salt")) == []
    text = "Quenby Salt (QSLT, 6.7% stake) was bought by a fund."
    assert _rows(text, _named(text, "Quenby Salt")) == []


# 5. An index family's name followed by a sector ("S&P 500 Utilities", "Stoxx 600 Banks", "FTSE 350 Real Estate",
# "... sector"): the family's sector gauge, an index, not a company.

def test_an_index_familys_sector_gauge_is_an_index() -> None:
    text = "Quenby Salt shares have fallen 9.6% this week, versus a 1.3% gain for the S&P 500 Utilities sector."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", -9.6), ("index", "S&P 500 Utilities", 1.3)]
    text = "The Stoxx 600 Banks rose 1.3% while Quenby Salt fell 2%."
    assert _rows(text, _named(text, "Quenby Salt")) == [("index", "Stoxx 600 Banks", 1.3), ("share", "Quenby Salt", -2.0)]


def test_a_company_named_after_an_index_family_stays_a_company() -> None:
    from analysis.market.phrases import classify_name

    assert classify_name("Dow Chemical") == "share"  # a word that names no sector
    assert classify_name("S&P Global") == "share"
    assert classify_name("FTSE Russell") == "share"


# 6. A figure's bound "as much as" ("fell as much as 15% around midday, taking the two-day slide to 21%") holds no "as"
# that opens a clause or a preposition: the running total after it is the same stock's, as after "fell 15%".

def test_a_running_total_after_as_much_as_is_the_stocks() -> None:
    text = "Quenby Salt was down as much as 13% around noon, taking the three-day slide to roughly 24%."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", -13.0), ("share", "Quenby Salt", -24.0)]


def test_an_as_that_opens_a_clause_still_does() -> None:
    text = "Quenby Salt rose 4% as its sales grew 9%."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", 4.0)]
    text = "Quenby Salt rose as much as 4% as sales grew 9%."
    assert _rows(text, _named(text, "Quenby Salt")) == [("share", "Quenby Salt", 4.0)]
