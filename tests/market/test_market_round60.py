"""Round 60 (moves60): share-move rules from the misses and wrong sessions of the dev corpora, each tried on invented
text (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from tests.move_helpers import move_days as _days

TUESDAY = date(2026, 3, 10)


# 1. A conjunct led by another owner's noun after a figure ("down 4.1%, and Bexley's announcement on Friday of a
# listing still weighing"): the weekday dates that owner's event, not the figure, which keeps the article's session.

def test_a_day_after_another_owners_noun_is_not_the_figures() -> None:
    text = ("Orlen Vasko fell 6.2% on Monday. The Kesk index lost 1.9%, with Tollan Brau down 4.1% and Bexley "
            "Peak's announcement on Friday of a new listing still weighing on sentiment.")
    assert _days(text, "Orlen Vasko", "Tollan Brau", "Bexley Peak", published=TUESDAY) == [
        ("Orlen Vasko", -6.2, "2026-03-09", "", ""), ("Kesk index", -1.9, "2026-03-09", "", ""),
        ("Tollan Brau", -4.1, "2026-03-09", "", "")]
    text = "Tollan Brau fell 4.1% and Bexley Peak's shares rose 2% on Friday."  # the day after the second figure
    assert _days(text, "Tollan Brau", "Bexley Peak", published=TUESDAY)[1] == ("Bexley Peak", 2.0, "2026-03-06", "", "")
    text = "Tollan Brau fell 4.1% on Monday and Tuesday's session was quieter."  # a day's possessive is no owner
    assert _days(text, "Tollan Brau", published=TUESDAY) == [("Tollan Brau", -4.1, "2026-03-09", "", "")]


# 2. A list line setting its label and its change apart with a spaced dash ("• Acme (ACM) — -15.2%"), as a colon does;
# a header over such lines written the same way ("Company — change since March 2") names the column's period.

def test_a_dash_between_a_list_lines_name_and_its_signed_change() -> None:
    text = "Kellar Docks (KDK) — -15.2%\n\nOrlen Vasko (ORV) – +2.8%"
    assert _days(text, "Kellar Docks", "Orlen Vasko") == [("Kellar Docks", -15.2, "2026-03-06", "", ""),
                                                          ("Orlen Vasko", 2.8, "2026-03-06", "", "")]
    text = "Company — change since March 2\n\n• Kellar Docks (KDK) — -15.2%\n\n• Orlen Vasko (ORV) — +2.8%"
    assert _days(text, "Kellar Docks", "Orlen Vasko") == [("Kellar Docks", -15.2, "", "2026-03-02", "2026-03-06"),
                                                          ("Orlen Vasko", 2.8, "", "2026-03-02", "2026-03-06")]
    text = "Company — change\n\n• Kellar Docks (KDK) — -15.2%\n\n• Orlen Vasko (ORV) — +2.8%"  # a plain change: the session
    assert _days(text, "Kellar Docks", "Orlen Vasko") == [("Kellar Docks", -15.2, "2026-03-06", "", ""),
                                                          ("Orlen Vasko", 2.8, "2026-03-06", "", "")]


# 3. A city's state or country set off by commas inside a relative clause ("at its Wichita, Kansas, plant"): the commas
# are the place's, so the clause still ends at the comma before the verb and the name before it is the subject.

def test_commas_around_a_state_inside_a_relative_clause() -> None:
    text = "Kellar Docks, which builds the hulls at its Fargo, Montana, yard, was down 2.2%."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -2.2, "2026-03-06", "", "")]
    text = "Kellar Docks, which builds the hulls in Lyon, France, slipped 1.3% on Tuesday."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -1.3, "2026-03-03", "", "")]


# 4. An analyst's rating after the ticker in a name's bracket ("Acme Tools (ACT, Neutral)") is no owner of a later
# "its shares": the name before the bracket is.

def test_a_rating_in_a_ticker_bracket_owns_no_shares() -> None:
    text = "Among suppliers, Kellar Docks (KDK, Neutral) looks weakest: its shares are down 21% since 2 February."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -21.0, "", "2026-02-02", "2026-03-06")]
    text = "Kellar Docks (KDK) said its shares are down 21% since 2 February."  # (read before)
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -21.0, "", "2026-02-02", "2026-03-06")]


# 5. A nominal move fronted by "Including" ("Including last Friday's 11.1% slide, X has lost 27.7% over six sessions")
# is the main clause's company's, as after "After" or "Following"; "last" before a weekday's possessive is the one
# before the publication's own day; and that earlier session is not the one the sentence's span runs through.

def test_a_fronted_including_and_last_weekdays_possessive() -> None:
    text = "Including last Friday's 9.4% slide, Kellar Docks has lost 21.5% over six sessions."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -9.4, "2026-02-27", "", ""),
                                           ("Kellar Docks", -21.5, "", "2026-02-27", "2026-03-06")]
    text = "Kellar Docks rose 3% on Tuesday, recouping last Friday's 9.4% slide."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", 3.0, "2026-03-03", "", ""),
                                           ("Kellar Docks", -9.4, "2026-02-27", "", "")]
    text = "Including a 4% rise in costs, Kellar Docks lost 7% on Tuesday."  # no move noun: no figure of the company's
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -7.0, "2026-03-03", "", "")]


# 6. "Position" after a figure is a holding's size ("I added a 2% position this week"), never a move, as "stake" is.

def test_a_position_is_a_holding_not_a_move() -> None:
    text = "Kellar Docks is down 20% since the recall. I added a 2% position this week."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -20.0, "", "", "2026-03-06")]
    text = "Kellar Docks rose 2% on Tuesday, its strongest position in a month."  # (no figure before "position")
    assert _days(text, "Kellar Docks") == [("Kellar Docks", 2.0, "2026-03-03", "", "")]


# 7. A listing's place after "shares" right before the verb ("Yesterday, X shares in Hong Kong fell 3.5%") is no part of
# the subject, after a fronted adverb too, as it is before a comma.

def test_a_listings_place_after_shares_before_the_verb() -> None:
    text = "Yesterday, Kellar Docks shares in Hong Kong fell 3,5 %, and Orlen Vasko fell 7,1 %."
    assert _days(text, "Kellar Docks", "Orlen Vasko") == [("Kellar Docks", -3.5, "2026-03-05", "", ""),
                                                          ("Orlen Vasko", -7.1, "2026-03-05", "", "")]
    text = "Yesterday, Kellar Docks shares in London fell 3.5%."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -3.5, "2026-03-05", "", "")]


# 8. A list line's weekday with its date in figures, month first ("- Mon 2/23: X -10.2%"): that date, not the latest
# such weekday before the publication.

def test_a_weekday_with_its_numeric_date_dates_a_list_line() -> None:
    text = "- Mon 2/23: Kesk index -3.3%, Kellar Docks -10.2%, Orlen Vasko -8.7%."
    assert _days(text, "Kellar Docks", "Orlen Vasko") == [("Kesk index", -3.3, "2026-02-23", "", ""),
                                                          ("Kellar Docks", -10.2, "2026-02-23", "", ""),
                                                          ("Orlen Vasko", -8.7, "2026-02-23", "", "")]
    text = "- Fri 2/27: Kellar Docks -11.6%."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -11.6, "2026-02-27", "", "")]
    text = "- Mon: Kellar Docks -10.2%."  # a weekday alone: the latest Monday (read before)
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -10.2, "2026-03-02", "", "")]


# 9. A demonym alone as a company's name ("United rose 1.1% and American 0.4%") when the article names one organisation
# whose name opens with it (American Airlines): that company; no company when two names open with it, and a demonym
# before a noun stays an adjective.

def test_a_demonym_standing_for_the_one_company_it_opens() -> None:
    text = "American Airlines cancelled 400 flights. Orlen Air rose 1.1% and American edged up 0.4%."
    assert _days(text, "American Airlines", "Orlen Air") == [("Orlen Air", 1.1, "2026-03-06", "", ""),
                                                             ("American Airlines", 0.4, "2026-03-06", "", "")]
    text = "Orlen Air was UP this month (American +6.1%, Orlen Air +4.2%). American Airlines added seats."
    assert [r[:2] for r in _days(text, "American Airlines", "Orlen Air")] == [("American Airlines", 6.1),
                                                                              ("Orlen Air", 4.2)]
    text = "American Airlines and American Express reported. Orlen Air rose 1.1% and American edged up 0.4%."
    assert ("American Airlines", 0.4) not in [r[:2] for r in _days(text, "American Airlines", "American Express",
                                                                   "Orlen Air")]
    text = "American Airlines cut flights. American investors sold 4% of their holdings."
    assert _days(text, "American Airlines") == []


# 10. "X and Holdings" (as "X and Co.", "X and Sons") is one company's name, not two conjuncts: "Holdings" alone names
# no company.

def test_and_holdings_closes_one_name() -> None:
    text = "Kellar Docks added 3.1% and Orlen Estates and Holdings climbed 4.3%, although Tessaly slipped 0.7%."
    assert [r[:2] for r in _days(text, "Kellar Docks", "Orlen Estates", "Tessaly")] == [
        ("Kellar Docks", 3.1), ("Orlen Estates and Holdings", 4.3), ("Tessaly", -0.7)]
    text = "Kellar Docks and Orlen Holdings rose 3% and 4%, respectively."  # two names
    assert [r[:2] for r in _days(text, "Kellar Docks", "Orlen Holdings")] == [("Kellar Docks", 3.0),
                                                                              ("Orlen Holdings", 4.0)]
