"""Which company a share move belongs to, in constructions where the capital letters mislead: a listing place after
the possessive, a demonym or an everyday acronym, a headline set in title case, and a deal headline whose bare
"shares" are the target's. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.market.extract import move_rows

DAY = date(2026, 3, 17)


def _moves(text: str, mentions: list[tuple[int, int, str, str, str]] | None = None) -> list[tuple[str, float]]:
    return [(str(r["company"]), float(r["pct"])) for r in move_rows(text, DAY, mentions)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "want"), [
    ("Harlow's London shares edged up 1.1%.", [("Harlow", 1.1)]),
    ("Tessmer's Hong Kong stock fell 2.5% on Monday.", [("Tessmer", -2.5)]),
    ("Acme's Frankfurt-listed shares rose 2%.", [("Acme", 2.0)]),
])
def test_a_listing_place_after_the_possessive(text: str, want: list[tuple[str, float]]) -> None:
    assert _moves(text) == want


def test_a_demonym_or_an_everyday_acronym_is_no_company() -> None:
    text = ("Brevik Foods shares fell 9% on Tuesday.\n\n"
            "The stock closed at 88.10 Norwegian crowns, bringing its loss this week to 14 per cent.")
    assert [c for c, _ in _moves(text)] == ["Brevik Foods", "Brevik Foods"]
    text = "The last time a carrier had an IT failure this large, at Marlow Air in 2019, its shares lost about 4% in a day."
    assert _moves(text) == [("Marlow Air", -4.0)]


def test_a_title_case_headline_lends_no_capital_to_a_later_pronoun() -> None:
    title = "Pellow Systems Stock Sinks 12% After Outlook Cut: What Traders Need to Watch"
    body = ("Pellow Systems Inc. shares sank 12.4% on Tuesday, extending losses after the software maker cut its "
            "outlook.\n\nThe stock touched an intraday low of $30.10, down as much as 15%, before recovering.")
    text = f"{title}\n\n{body}"
    mentions = sorted((text.index(n, start), text.index(n, start) + len(n), n, "Pellow Systems", "ORG")
                      for n, start in (("Pellow Systems", 0), ("Pellow Systems Inc.", len(title))))
    assert [c for c, _ in _moves(text, mentions)] == ["Pellow Systems"] * 3


@pytest.mark.parametrize(("text", "want"), [
    ("Corra Capital takes 8% stake in battered Ostrel; shares jump 11%", [("Ostrel", 11.0)]),
    ("Vantor tops rival with $40 cash offer for Belgrave; stock jumps 9%", [("Belgrave", 9.0)]),
    ("Vantor walks away from Belgrave; shares dip 4.1%", [("Belgrave", -4.1)]),
    # no deal: the headline's subject keeps its shares
    ("Acme wins contract from Globex; shares rise 4%", [("Acme", 4.0)]),
    ("Acme beats forecasts; shares jump 5%", [("Acme", 5.0)]),
])
def test_a_deal_headlines_bare_shares_are_the_targets(text: str, want: list[tuple[str, float]]) -> None:
    assert _moves(text) == want


def test_a_fronted_preposition_is_no_company() -> None:
    text = "Ostrel shares fell 50% on Monday.\n\nOver the week, that is a drop of about 55% from Friday's close."
    assert all(company != "Over" for company, _ in _moves(text))


@pytest.mark.parametrize(("text", "want"), [
    ("On Tuesday, Brevik Foods had its worst session since 2008, closing 14.2 per cent lower.", [("Brevik Foods", -14.2)]),
    ("Ostrel had its best week in a year, ending the week up 9%.", [("Ostrel", 9.0)]),
    # the main clause has no company: no move
    ("Analysts were cautious, closing their notes with a 5% target cut.", []),
])
def test_a_session_participle_takes_the_main_clauses_company(text: str, want: list[tuple[str, float]]) -> None:
    assert _moves(text) == want


def test_a_fronted_place_adverbial_is_skipped_to_find_the_subject() -> None:
    text = ("Marlow Air said it would add flights.\n\n"
            "Over in New York, Pellow Systems has opened sharply lower. The stock is down 11% in early trade.")
    assert _moves(text) == [("Pellow Systems", -11.0)]


def test_a_dotted_acronym_inside_a_name_ends_no_sentence() -> None:
    text = "Shares of Tamura O.S.K. Lines fell 4% on Monday, while Kobe Kisen dropped 3%. A.B. Tanner Corp. rose 2%."
    assert _moves(text) == [("Tamura O.S.K. Lines", -4.0), ("Kobe Kisen", -3.0), ("A.B. Tanner Corp.", 2.0)]


def test_a_blow_to_a_companys_value_makes_it_the_topic_of_the_next_sentence() -> None:
    text = ("Marlow Air's decision to drop the supplier has wiped roughly a third off Ostrel's market value. "
            "The shares fell 29% last week.")
    assert _moves(text) == [("Ostrel", -29.0)]
