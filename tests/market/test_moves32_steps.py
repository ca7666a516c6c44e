"""Round 33 (moves32): a price board's signed item and a ticker kept whatever type the entity layer gave the name, a
step by which a running move grew ("extended losses by another 2.5%"), and nouns of the kinds of company a
descriptor may name ("the Zurich-listed grinder"). Invented text, fictional companies and people."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_moves32_names import _people as _mentions

DAY = date(2031, 3, 14)  # a Friday


def _rows(text: str, mentions=None) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, mentions)
    return [(str(c), float(p)) for c, p in zip(frame["company"], frame["pct"], strict=True)]


def test_a_signed_item_of_a_movers_list_is_a_company_whatever_its_type():
    """"Movers on Friday: Brannock Bulk +5.5%, ...": a signed percent right after a name is a price board's item; the
    entity layer's person type does not drop it. A person's unsigned figure still does."""
    text = "Movers on Friday: Brannock Bulk +5.5%, Yelverton Chips -2.2%."
    mentions = _mentions(text, {"Brannock Bulk": "Brannock Bulk"}, "PERSON")
    assert _rows(text, mentions) == [("Brannock Bulk", 5.5), ("Yelverton Chips", -2.2)]
    poll = "Edmund Tarrow did better among older voters, 4 percent higher than nationally."
    assert _rows(poll, _mentions(poll, {"Edmund Tarrow": "Edmund Tarrow"}, "PERSON")) == []


def test_a_ticker_subject_is_no_person():
    """"Brannock: BRNK fell 8.4%": a ticker in capitals the entity layer typed a person's (its company's name) is the
    company's move, under the entity layer's name for it."""
    text = "Brannock: BRNK fell 8.4% on Thursday on margin-call fears."
    mentions = _mentions(text, {"Brannock": "Brannock Bulk Trading", "BRNK": "Brannock Bulk Trading"}, "PERSON")
    assert _rows(text, mentions) == [("Brannock Bulk Trading", -8.4)]


def test_a_running_move_extended_by_a_step_is_a_move_of_the_step():
    """"extended losses by another 2.5%", "added to gains by 1.1%": the step is a move, its direction the noun's; a
    deadline extended by 10% is no move."""
    text = ("Quellmoor Foods extended losses by another 2.5% on Tuesday, after a 14.6% fall on Monday. "
            "Tarnwick Rail added to gains by 1.1%. Osterby Mills extended the deadline by 10%.")
    assert _rows(text) == [("Quellmoor Foods", -2.5), ("Quellmoor Foods", -14.6), ("Tarnwick Rail", 1.1)]


def test_a_descriptor_may_name_a_kind_of_company_the_vocabulary_lists():
    """"The Zurich-listed grinder added 1.4%": a grinder, a merchant, a broadcaster ... stand for the company named
    before, as "the lender" does."""
    text = ("Vessberg Kakao shares have held up better than most. "
            "The Zurich-listed grinder added 1.4% on Friday, even though the stock had lost 14% this year.")
    assert _rows(text) == [("Vessberg Kakao", 1.4), ("Vessberg Kakao", -14.0)]
