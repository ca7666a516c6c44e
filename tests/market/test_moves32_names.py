"""Round 33 (moves32): who a share move belongs to when the entity layer types a company's name a person's, when the
antecedent of "Its shares" is the company a descriptor sentence stands for, and when a name only labels a futures
contract. Invented text, fictional companies and people."""

from __future__ import annotations

import re
from datetime import date

from analysis.market.extract import extract_moves

DAY = date(2031, 3, 14)  # a Friday


def _people(text: str, names: dict[str, str], kind: str = "PERSON") -> list[tuple[int, int, str, str, str]]:
    """Mentions of each surface in ``names`` (surface -> entity name), all typed ``kind``."""
    out = []
    for surface, name in names.items():
        for m in re.finditer(re.escape(surface) + r"\b", text):
            if not any(a <= m.start() < b for a, b, *_ in out):
                out.append((m.start(), m.end(), surface, name, kind))
    return sorted(out)


def _rows(text: str, mentions) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, mentions)
    return [(str(c), float(p)) for c, p in zip(frame["company"], frame["pct"], strict=True)]


def test_shares_in_a_name_opening_a_sentence_ties_it_to_shares():
    """"Shares in X" opening a sentence ties X to shares as "shares in X" inside one does: a move of X's that the entity
    layer typed a person's is kept. A person's poll figure is still no share move."""
    text = ("Quorrel dropped 2.1% on Tuesday after the outage.\n\n"
            "Shares in Quorrel, the Lisbon-based cable operator, have been volatile since the outage began.")
    mentions = _people(text, {"Quorrel": "Quorrel"})
    assert _rows(text, mentions) == [("Quorrel", -2.1)]
    poll = "Shares in the poll were split. Edmund Tarrow did better among older voters, 4 percent higher than nationally."
    assert _rows(poll, _people(poll, {"Edmund Tarrow": "Edmund Tarrow"})) == []


def test_a_sessions_course_makes_the_subject_a_company():
    """A move that peaks during the session or is pared ("fell as much as 12% before closing 8.4% lower", "pared gains to
    1.2%") is a quoted price's, whatever type the entity layer gave the name; a person's figure without it stays out."""
    text = ("Brannock Bulk fell as much as 12% before closing 8.4% lower, as traders worried about margin calls. "
            "Yelverton Chips pared gains to 1.2% after rising as much as 8% in the morning.")
    mentions = _people(text, {"Brannock Bulk": "Brannock Bulk", "Yelverton Chips": "Yelverton Chips"})
    rows = _rows(text, mentions)
    assert {("Brannock Bulk", -12.0), ("Brannock Bulk", -8.4), ("Yelverton Chips", 1.2), ("Yelverton Chips", 8.0)} <= set(rows)
    other = "Edmund Tarrow did better among older voters, 4 percent higher than nationally."
    assert _rows(other, _people(other, {"Edmund Tarrow": "Edmund Tarrow"})) == []


def test_a_person_typed_name_moved_as_a_stock_is_a_company_for_the_rest_of_the_text():
    """Once a sentence moves a person-typed name as a stock ("Ostrava's stock fell 6%"), the name is a company's: the
    move takes the entity layer's longer name and a later "Its shares" may point back to it."""
    text = ("The shock landed first at Ostrava Metals Trading, a London merchant. "
            "Ostrava's stock fell 6% on Thursday as investors worried about collateral. "
            "Ostrava moved quickly and told the exchange it had met every call. "
            "Its shares recovered 5.5% on Friday.")
    mentions = _people(text, {"Ostrava Metals Trading": "Ostrava Metals Trading", "Ostrava": "Ostrava Metals Trading"})
    assert _rows(text, mentions) == [("Ostrava Metals Trading", -6.0), ("Ostrava Metals Trading", 5.5)]


def test_its_shares_after_a_descriptor_sentence_are_the_company_named_before_it():
    """"X lives in the middle. The Leeds-based maker of A and B sells ... Its shares fell": the descriptor stands for X,
    the one company of the sentence before it, not the topic of an earlier paragraph. When that sentence names two
    companies nothing is chosen by this rule."""
    text = ("Pellucid Chocolat has pricing power. Its shares fell 2% on Thursday.\n\n"
            "The middle of the market is where Dunmere Biscuits lives. The Leeds-based maker of Crumbly Rounds and Oat "
            "Stacks sells most of its products through supermarkets. Its shares fell 6.3% on Thursday.")
    orgs = _people(text, {"Pellucid Chocolat": "Pellucid Chocolat", "Dunmere Biscuits": "Dunmere Biscuits"}, "ORG")
    products = _people(text, {"Crumbly Rounds": "Crumbly Rounds", "Oat Stacks": "Oat Stacks"}, "PRODUCT")
    assert _rows(text, sorted(orgs + products)) == [("Pellucid Chocolat", -2.0), ("Dunmere Biscuits", -6.3)]
    two = text.replace("where Dunmere Biscuits lives", "where Dunmere Biscuits and Harrowgate Sweets live")
    orgs2 = _people(two, {"Pellucid Chocolat": "Pellucid Chocolat", "Dunmere Biscuits": "Dunmere Biscuits",
                          "Harrowgate Sweets": "Harrowgate Sweets"}, "ORG")
    assert ("Dunmere Biscuits", -6.3) not in _rows(two, sorted(orgs2 + _people(two, {"Crumbly Rounds": "Crumbly Rounds",
                                                                                     "Oat Stacks": "Oat Stacks"}, "PRODUCT")))


def test_a_name_before_contract_labels_a_futures_contract_not_a_company():
    """"the benchmark Tamsin Exchange contract for July delivery ... It closed up 11.4%": the name labels a futures
    contract; "It" is no share of Tamsin Exchange. A company of that name moving on its own keeps its move."""
    text = ("Within an hour, the benchmark Tamsin Exchange contract for July delivery had jumped $900 a tonne. "
            "It closed up 11.4% at $12,480 per tonne.")
    mentions = _people(text, {"Tamsin Exchange": "Tamsin Exchange"}, "ORG")
    assert not any(c == "Tamsin Exchange" for c, _p in _rows(text, mentions))
    own = "Tamsin Exchange reported record volumes on Thursday. It closed up 4% at $31.20."
    assert _rows(own, _people(own, {"Tamsin Exchange": "Tamsin Exchange"}, "ORG")) == [("Tamsin Exchange", 4.0)]
