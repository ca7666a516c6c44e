"""The timex and timeline steps' speed, round 54: a sentence's whole label kept per sentence and date, a name's own
"'s" and an index's number looked for only where the text holds them, the sector rule of an industry label read once
per label. These guard speed changes, so the answers must stay those of the code before them. Invented articles,
companies and people."""

from __future__ import annotations

from analysis.companies import _rules, sector_of
from analysis.timeline.dated.readings import in_index_name
from analysis.timeline.labels import event
from analysis.timeline.labels.event import event_label


def test_a_label_that_needs_no_context_is_kept_whole() -> None:
    sentence = "Brannock Foods will close its Heddle plant on Friday, the company said."
    at = sentence.index("Friday")
    event._sentence_label.cache_clear()
    first = event_label(sentence, at, at + len("Friday"), "Brannock Foods makes soup.")
    again = event_label(sentence, at, at + len("Friday"), "Another text before it.")
    assert first == again == event._label(sentence, at, at + len("Friday"), None)
    assert event._sentence_label.cache_info().hits == 1
    assert first.label == "Brannock Foods closes Heddle plant"


def test_a_pronoun_still_takes_its_name_from_the_text_before_it() -> None:
    sentence = "She resigned on Monday."
    at = sentence.index("Monday")
    event._sentence_label.cache_clear()
    one = event_label(sentence, at, at + len("Monday"), "Chief executive Orla Penhallow led Vantry Mills for ten years. ")
    two = event_label(sentence, at, at + len("Monday"), "Finance chief Idris Calloway joined Vantry Mills in 2019. ")
    assert event._sentence_label(sentence, at, at + len("Monday")) is None  # (kept: it needs the text before it)
    assert (one.label, two.label) == ("Orla Penhallow resigns", "Idris Calloway resigns")
    assert one == event._label(sentence, at, at + len("Monday"),
                               "Chief executive Orla Penhallow led Vantry Mills for ten years. ")


def test_a_names_own_s_is_kept_and_a_possessive_stays_one() -> None:
    own = "Moody's downgraded the bank on Tuesday."
    at = own.index("Tuesday")
    assert event_label(own, at, at + len("Tuesday")).label == "Moody's downgrades bank"
    plain = "Halvern Bank cut its rate on Tuesday."
    at = plain.index("Tuesday")
    found = event_label(plain, at, at + len("Tuesday"))
    assert found == event._label(plain, at, at + len("Tuesday"), None) and found.label == "Halvern Bank cuts rate"


def test_a_number_is_read_in_an_index_name_only_where_one_holds_it() -> None:
    text = "The Russell 2000 fell 0.2% in 2025, and the FTSE 100 rose."
    assert in_index_name(text, text.index("2000"), text.index("2000") + 4)
    assert in_index_name(text, text.index("100"), text.index("100") + 3)
    assert not in_index_name(text, text.index("2025"), text.index("2025") + 4)
    other = "Sales of 2000 units in 100 stores."
    assert not in_index_name(other, other.index("2000"), other.index("2000") + 4)
    assert not in_index_name(other, other.index("100"), other.index("100") + 3)


def _sector_before(industries: list[str]) -> str:
    """:func:`sector_of` as written before a label's rule was kept per label."""
    from collections import Counter

    votes: Counter[int] = Counter()
    rules = _rules()["sector_rules"]
    for label in industries:
        low = label.lower()
        hit = next((k for k, (keyword, _s) in enumerate(rules) if low.startswith(keyword)), None)
        if hit is None:
            hit = next((k for k, (keyword, _s) in enumerate(rules) if keyword in f" {low} "), None)
        if hit is not None:
            votes[hit] += 1
    if not votes:
        return "Other"
    return rules[max(votes.items(), key=lambda kv: (kv[1], -kv[0]))[0]][1]


def test_the_sector_of_industry_labels_is_as_before() -> None:
    cases = [["Semiconductors & Semiconductor Equipment", "Technology"], ["Banks", "Financial Services"],
             ["Oil & Gas Producers", "Energy"], ["Knitting"], [], ["Airlines", "Airlines", "Banks"]]
    for industries in cases:
        assert sector_of(industries) == _sector_before(industries)
