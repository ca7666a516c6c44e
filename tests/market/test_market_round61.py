"""Round 61 (moves61): share-move rules from the misses of the dev corpora, each tried on invented text (no word, name
or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import initials_blend
from analysis.market.moves import one_name_per_company
from tests.move_helpers import move_days as _days

SUNDAY = date(2026, 3, 8)


# 1. A fund's short or position in a company ("closed its Acme short", "doubled its Acme position") is a dealing in that
# company's stock, as a stake is: the name stays a company, not a product of the fund, and keeps its own moves.

def test_a_funds_short_in_a_name_leaves_the_name_a_company() -> None:
    text = ("Kellar Docks rose 5% on Monday.\n\nOrlen Vasko says it has closed its Kellar Docks short.\n\n"
            "Kellar Docks fell 6.4% on Friday.")
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=SUNDAY) == [
        ("Kellar Docks", 5.0, "2026-03-02", "", ""), ("Kellar Docks", -6.4, "2026-03-06", "", "")]
    text = "Orlen Vasko doubled its Kellar Docks position.\n\nKellar Docks fell 6.4% on Friday."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=SUNDAY) == [("Kellar Docks", -6.4, "2026-03-06", "", "")]


# 2. One word writing the initials of a name's first words, then the opening of its last ("Nepco" of "Norvik Electric
# Power Co"): the company's short name, in the article after its full name and across the corpus.

def test_a_word_of_initials_and_the_last_words_opening() -> None:
    assert initials_blend("Nepco", "Norvik Electric Power Co")
    assert initials_blend("Nepco", "Norvik Electric Power")  # the legal word left out of the full name
    assert initials_blend("NEPCO", "Norvik Electric Power Co")
    assert not initials_blend("Nep", "Norvik Electric Power Co")  # initials alone: the entity layer's to link
    assert not initials_blend("Norvik", "Norvik Electric Power Co")  # the first word itself
    assert not initials_blend("Nepal", "Norvik Electric Power Co")  # "al" opens no next word
    text = "Norvik Electric Power Co fell 5% on Monday.\n\nNepco lost a further 3% on Tuesday."
    assert [r[:2] for r in _days(text, "Norvik Electric Power Co", "Nepco")] == [
        ("Norvik Electric Power Co", -5.0), ("Norvik Electric Power Co", -3.0)]
    moves = pd.DataFrame({"company": ["Nepco", "Norvik Electric Power", "Norvik Electric Power", "Norvik Electric Power Co"],
                          "kind": ["share"] * 4, "pct": [-3.0, -5.0, 2.0, 1.0]})  # two writings of the one full name
    assert one_name_per_company(moves)["company"].tolist() == ["Norvik Electric Power"] * 4


# 3. Moves written word for word from German: a sign as a word ("with a minus of 18.6%", "plus 11%"), "the papers of"
# a company for its shares, "gave N% after" for a fall; "$3 plus 5%" stays arithmetic.

def test_moves_translated_word_for_word() -> None:
    text = "The Kellar Docks share closed with a minus of 18,6 % at 133,70 Euro."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -18.6, "2026-03-06", "", "")]
    text = "Kellar Docks, Orlen Vasko and Tollan Brau each went with a minus of around 7 % out of the trade."
    assert [r[:2] for r in _days(text, "Kellar Docks", "Orlen Vasko", "Tollan Brau")] == [
        ("Kellar Docks", -7.0), ("Orlen Vasko", -7.0), ("Tollan Brau", -7.0)]
    text = "The battery maker Kellar Docks was pulled up: plus 11 % on Wednesday, on Thursday minus 6,8 %."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", 11.0, "2026-03-04", "", ""),
                                           ("Kellar Docks", -6.8, "2026-03-05", "", "")]
    text = "On Wednesday the papers of the Kellar Docks had dropped by 8,7 %."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -8.7, "2026-03-04", "", "")]
    text = "The shares of Orlen Vasko lost 14,1 %, Kellar Docks gave 13,3 % after."
    assert [r[:2] for r in _days(text, "Kellar Docks", "Orlen Vasko")] == [("Orlen Vasko", -14.1), ("Kellar Docks", -13.3)]
    text = "Kellar Docks pays $3 plus 5% a year on the notes."
    assert _days(text, "Kellar Docks") == []


# 4. A firm named as rating a company ("Roe Ratings cut Kellar Docks's credit rating", "Bexley Credit had already
# lowered its rating") is no antecedent of a later "the stock" in that article: the rated company is.

def test_a_rater_is_no_antecedent_of_the_stock() -> None:
    text = ("Kellar Docks shares fell 3% on Monday.\n\nRoe Ratings cut Kellar Docks's credit rating by one notch on "
            "Tuesday. Bexley Credit had already lowered its rating in October.\n\n"
            "Since Sept. 18, the stock has now fallen 40 percent.")
    assert [r[:2] for r in _days(text, "Kellar Docks", "Roe Ratings", "Bexley Credit")] == [
        ("Kellar Docks", -3.0), ("Kellar Docks", -40.0)]


# 5. A blend that fits two names of the corpus ("Nepco": "Norvik Electric Power", "Nokha Electric Power") takes the one
# named often and at least twice as often as the other, else stays as written.

def test_a_blend_fitting_two_names_takes_the_one_named_far_more() -> None:
    moves = pd.DataFrame({"company": ["Nepco"] + ["Norvik Electric Power"] * 5 + ["Nokha Electric Power"],
                          "kind": ["share"] * 7, "pct": [float(i) for i in range(7)]})
    assert one_name_per_company(moves)["company"].tolist()[0] == "Norvik Electric Power"
    moves = pd.DataFrame({"company": ["Nepco", "Norvik Electric Power", "Nokha Electric Power"],
                          "kind": ["share"] * 3, "pct": [1.0, 2.0, 3.0]})
    assert one_name_per_company(moves)["company"].tolist()[0] == "Nepco"


# 6. A chronology's line opening on a date in figures, year first ("2026-01-22  Acme rises 51%"): the date is the
# line's label, which dates its move, not the subject of the verb.

def test_a_line_opening_on_a_date_in_figures() -> None:
    text = "The key dates\n2026-01-22 Kellar Docks rises 51% to $65.01.\n2026-02-02: Kellar Docks drops 60% to $90."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", 51.0, "2026-01-22", "", ""),
                                           ("Kellar Docks", -60.0, "2026-02-02", "", "")]


# 7. A company the entity layer found written with a small first letter and a capital inside ("zipFerry") opens a
# sentence of its own and is the subject of its verb, as a capitalised name is.

def test_a_name_with_a_small_first_letter_opens_its_sentence() -> None:
    text = "Orlen Vasko closed down 22.5%. zipFerry, which had earlier slumped 22.6%, ended 14.3% lower."
    assert [r[:2] for r in _days(text, "Orlen Vasko", "zipFerry")] == [
        ("Orlen Vasko", -22.5), ("zipFerry", -22.6), ("zipFerry", -14.3)]
    text = "Shares in Orlen Vasko rose 2.1 percent in Dublin. zipFerry added 1.9 percent."
    assert [r[:2] for r in _days(text, "Orlen Vasko", "zipFerry")] == [("Orlen Vasko", 2.1), ("zipFerry", 1.9)]


# 8. A level set against an earlier close with that close's day ("where it closed on Friday", "higher than its close of
# 6,338 on June 23"): the day is the compared level's, not the move's session, nor the next paragraph's.

def test_the_day_of_a_compared_close_is_no_session() -> None:
    tuesday = date(2026, 3, 10)
    text = "Kellar Docks rose 2.6% to 140.39, almost exactly where it closed on Friday.\n\nOrlen Vasko gained 6.3%."
    assert _days(text, "Kellar Docks", "Orlen Vasko", published=tuesday) == [
        ("Kellar Docks", 2.6, "2026-03-10", "", ""), ("Orlen Vasko", 6.3, "2026-03-10", "", "")]
    text = "Kellar Docks rose 2.3 percent to 6,504.33, higher than its close of 6,338.10 on March 5, the day of the vote."
    assert _days(text, "Kellar Docks", published=tuesday) == [("Kellar Docks", 2.3, "2026-03-10", "", "")]
    text = "Kellar Docks rose 2.6% on Friday."  # (the day of the move itself stays)
    assert _days(text, "Kellar Docks", published=tuesday) == [("Kellar Docks", 2.6, "2026-03-06", "", "")]



# 9. A ticker bracket naming its exchange in two words ("(NYSE AMEX: UEC)") ties the figure after it to the name before
# the bracket, as a one-word exchange does.

def test_a_two_word_exchange_in_a_ticker_bracket() -> None:
    text = "Kellar Docks (NYSE: KDK) is down 14%, Orlen Vasko (NYSE AMEX: ORV) has lost 19% and Tollan Brau 21%."
    assert [r[:2] for r in _days(text, "Kellar Docks", "Orlen Vasko", "Tollan Brau")] == [
        ("Kellar Docks", -14.0), ("Orlen Vasko", -19.0), ("Tollan Brau", -21.0)]

