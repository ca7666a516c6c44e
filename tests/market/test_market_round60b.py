"""Round 60, second pass (moves60b): share-move rules for figures written with a decimal comma and a spaced percent
sign in the word order of a literal translation, each tried on invented text (no word, name or figure of any corpus),
with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.figures import find_figures
from tests.move_helpers import move_days as _days
from tests.move_helpers import move_rows

TUESDAY = date(2026, 3, 10)


# 1. "in the red" / "in the green" after a figure (and the translated "in the minus" / "in the plus"): the figure's
# direction, as "lower" / "higher" after it.

def test_in_the_red_or_the_minus_after_a_figure() -> None:
    assert move_rows("Orlen Vasko shares closed 2,4 % in the red.", "Orlen Vasko") == [("share", "Orlen Vasko", -2.4)]
    assert move_rows("Orlen Vasko shares finished 1.8% in the green.", "Orlen Vasko") == [("share", "Orlen Vasko", 1.8)]
    assert move_rows("The Orlen Vasko share ended 0,9 % in the plus.", "Orlen Vasko") == [("share", "Orlen Vasko", 0.9)]
    assert [f.sign for f in find_figures("Tollan traded 3,2 % in the minus at 41,10 euros.")] == [-1]


# 2. A place between the move verb and its figure ("lost in Oslo 4,4 %", "fell in Hong Kong trading 3%"): read through
# as the gap words are; a word in small letters there still is no gap.

def test_a_listing_place_between_the_verb_and_its_figure() -> None:
    assert move_rows("Tollan Brau share lost in New York 4,4 %.", "Tollan Brau") == [("share", "Tollan Brau", -4.4)]
    assert move_rows("Tollan Brau fell in Hong Kong trading 3%.", "Tollan Brau") == [("share", "Tollan Brau", -3.0)]
    assert [f.sign for f in find_figures("Tollan Brau fell in value 3% of the time.")] == []
    assert [f.sign for f in find_figures("Its weight in the index rose 3% over the year.")] == [1]  # (read before)


# 3. The verb after its figure, closing a perfect whose auxiliary stands before it ("has on Friday 6,15 % lost and
# closed at ..."): the literal order of a German or Dutch sentence. Without the auxiliary, or with a determiner before
# the figure, it stays as it was.

def test_a_participle_after_its_figure_closes_a_perfect() -> None:
    text = "The share of the shipbuilder Kellar Docks has on Friday in Oslo 6,15 % lost and closed at 88 kroner."
    assert move_rows(text, "Kellar Docks") == [("share", "Kellar Docks", -6.15)]
    text = "Kellar Docks had in the morning trading 2,5 % gained, before profit-taking set in."
    assert move_rows(text, "Kellar Docks") == [("share", "Kellar Docks", 2.5)]
    assert [f.form for f in find_figures("Kellar Docks has recovered part of the 14% lost last week.")] == ["noun"]
    assert [f.sign for f in find_figures("Kellar Docks has a 6% stake, lost and found.")] == []


# 4. Verbs of a literal translation that are plain English words: "broke in" (a slump), "gave in" (a fall), "won" (a
# gain), and "however" between a verb and its figure; "won 52% of the vote" and "won a 10% stake" stay no moves.

def test_translated_move_verbs() -> None:
    assert move_rows("The supplier Orlen Vasko broke in by 12,2 %.", "Orlen Vasko") == [("share", "Orlen Vasko", -12.2)]
    assert move_rows("Orlen Vasko shares gave in around 4 percent.", "Orlen Vasko") == [("share", "Orlen Vasko", -4.0)]
    text = "The shares of the specialist Orlen Vasko won however 5,2 % to 77,40 euros."
    assert move_rows(text, "Orlen Vasko") == [("share", "Orlen Vasko", 5.2)]
    assert move_rows("Orlen Vasko won 52% of the vote.", "Orlen Vasko") == []
    assert move_rows("Orlen Vasko won a 10% stake in the venture.", "Orlen Vasko") == []


# 5. A day right after a figure told as what came before ("fell 1.8% after jumping 8.5% on Friday, while ...") is that
# earlier move's: the clause after the comma keeps the sentence's own session.

def test_the_day_of_an_earlier_move_does_not_date_the_clause_after_it() -> None:
    text = "Orlen Vasko fell 1.1% after jumping 6.4% on Friday, while Kellar Docks and Tollan Brau each rose about 3%."
    assert _days(text, "Orlen Vasko", "Kellar Docks", "Tollan Brau", published=TUESDAY) == [
        ("Orlen Vasko", -1.1, "2026-03-10", "", ""), ("Orlen Vasko", 6.4, "2026-03-06", "", ""),
        ("Kellar Docks", 3.0, "2026-03-10", "", ""), ("Tollan Brau", 3.0, "2026-03-10", "", "")]
    text = "Orlen Vasko fell 1.1% on Friday, while Kellar Docks rose about 3%."  # the day of the same session: kept
    assert _days(text, "Orlen Vasko", "Kellar Docks", published=TUESDAY)[1] == ("Kellar Docks", 3.0, "2026-03-06", "", "")


# 6. "sat" and "lay" as verbs of where the stock stood ("the shares sat 1.5% lower at midday", a translation's "lay
# again 1,5 % in the minus"), as "stood" is; "lay off 5% of its staff" stays no move.

def test_sat_and_lay_stand_as_stood() -> None:
    assert move_rows("Kellar Docks shares sat 1.5% lower at midday.", "Kellar Docks") == [("share", "Kellar Docks", -1.5)]
    text = "On Monday the Kellar Docks share in Oslo trading lay again 2,5 % in the minus at 98,20 kroner."
    assert move_rows(text, "Kellar Docks") == [("share", "Kellar Docks", -2.5)]
    assert move_rows("Kellar Docks lay off 5% of its staff.", "Kellar Docks") == []


# 7. A move noun as the subject of "erased" ("The two-day slide has erased nearly 23% of the company's value"): the
# move told before, so its company's; "of the company's value" is a value as "of its value" is. Another noun as the
# subject ("The recall has erased 23% of its value") is no move of a stock read here.

def test_a_move_noun_erasing_a_share_of_the_companys_value() -> None:
    text = "Tollan Brau shares fell 7% on Monday. The two-day slide has erased nearly 19% of the company's value."
    assert move_rows(text, "Tollan Brau") == [("share", "Tollan Brau", -7.0), ("share", "Tollan Brau", -19.0)]
    text = "Tollan Brau shares fell 7% on Monday. The recall has erased 19% of its value."
    assert move_rows(text, "Tollan Brau") == [("share", "Tollan Brau", -7.0)]


# 8. "X daily limit up 10%" in a list of moves: the limit's "up" is no verb of its own; the name before "daily limit"
# made the move (it had gone to the list's first name).

def test_a_daily_limit_up_after_a_name_in_a_list() -> None:
    text = "Orlen Vasko rose 3,1%, Tollan Brau up 4,22 pct, Kellar Docks daily limit up 10%."
    assert move_rows(text, "Orlen Vasko", "Tollan Brau", "Kellar Docks") == [
        ("share", "Orlen Vasko", 3.1), ("share", "Tollan Brau", 4.22), ("share", "Kellar Docks", 10.0)]
    text = "Orlen Vasko rose 3.1% and Kellar Docks went limit up, 10%."  # (read before)
    assert move_rows(text, "Orlen Vasko", "Kellar Docks")[1] == ("share", "Kellar Docks", 10.0)


# 9. A name, a comma, "and", then a described name ("... remembered as Black Friday, and the Kesk index fell 3.4%"): two
# clauses, as "X overtook Y, and Z fell" already was; the first name takes no share of the figure.

def test_a_comma_and_a_described_name_open_a_clause_of_their_own() -> None:
    text = ("The Vantor index plunged 12.4% in its worst day since the crash remembered as Black Friday, and the Kesk "
            "Composite fell 3.4% at the close.")
    assert move_rows(text, "Black Friday") == [("index", "Vantor index", -12.4), ("index", "Kesk Composite", -3.4)]
    assert move_rows("Orlen Vasko, Tollan Brau, and Kellar Docks fell 3%.", "Orlen Vasko", "Tollan Brau",
                     "Kellar Docks") == [("share", "Orlen Vasko", -3.0), ("share", "Tollan Brau", -3.0),
                                         ("share", "Kellar Docks", -3.0)]  # a list of three keeps its serial comma
