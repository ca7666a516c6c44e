"""Labels read on text newly opened in round 51, each construction with invented names: a participle aside after its
noun ("The mill, opened in 1912,"), "whose" after a description of a name, an adverb between the auxiliary and the
participle, "lower" as the direction of a closing verb, a trailing "having" clause, a number as a plural subject, the
person a clause was told to before its subject, and a span's "over" left by the blanked date."""
from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


def _label(sentence: str, expression: str) -> str:
    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression)).label


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    ("The foundry, set up in 1987, employs about 1,400 people.", "1987", "Foundry is set up"),
    ("Tarrow, sunk in 1961, is the deepest of the group's four shafts.", "1961", "Tarrow is sunk"),
    ("The cuts, announced in March, average 7% across the group.", "March", "Cuts are announced"),
    ("The committee's letter to the board, sent on 4 June, was published on Friday.", "4 June", "Committee's letter is sent"),
])
def test_a_participle_aside_tells_what_was_done_to_the_noun_before_it(sentence: str, expression: str,
                                                                      expected: str) -> None:
    assert _label(sentence, expression) == expected


def test_whose_after_a_description_stands_for_the_name_the_description_follows() -> None:
    sentence = ("Orlen Vexa, the Czech glass maker whose shares fell 4.2% last week, has quietly recovered 1.9% this week, "
                "dealers said.")
    assert _label(sentence, "last week") == "Orlen Vexa shares fall 4.2%"
    assert _label(sentence, "this week") == "Orlen Vexa recovers 1.9%"  # the aside with its decimal point is skipped


def test_whose_after_a_plain_noun_phrase_stands_for_it() -> None:
    assert _label("The lender, whose shares fell 3% on Monday, said its capital was sound.", "Monday") \
        == "Lender shares fall 3%"


@pytest.mark.parametrize("adverb", ["nonetheless", "nevertheless", "since"])
def test_an_adverb_between_the_auxiliary_and_the_participle_is_no_part_of_the_subject(adverb: str) -> None:
    assert _label(f"Pellworth shares have {adverb} dropped 6.1% this week.", "this week") \
        == "Pellworth shares drop 6.1%"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Brazilian equities closed lower for a third session on Friday.", "Brazilian equities close lower"),
    ("Nordic stocks ended sharply lower on Monday.", "Nordic stocks end sharply lower"),
])
def test_lower_after_a_closing_verb_is_its_direction_not_a_verb(sentence: str, expected: str) -> None:
    assert _label(sentence, sentence.split(" on ")[-1].rstrip(".")) == expected


def test_lower_as_a_verb_stays_a_verb() -> None:
    assert "lower" in _label("Cheaper gas helped lower costs at the smelter in March.", "March")


def test_a_trailing_having_clause_has_the_main_clause_subject() -> None:
    assert _label("Rhodium traded at $4,650 an ounce, having risen 2.3% on Thursday.", "Thursday") == "Rhodium rises 2.3%"


def test_a_number_word_subject_takes_the_plural_its_auxiliary_shows() -> None:
    assert _label("Three were taken to Halvorsen Hospital on Sunday evening.", "Sunday evening") \
        == "Three are taken to Halvorsen Hospital"


def test_the_listener_of_a_told_clause_is_not_its_subject() -> None:
    label = _label("Mirela Dovic, who took over in 2021, told staff the company would publish an audit by year-end.",
                   "year-end")
    assert not label.lower().startswith("staff"), label
    assert "publishes audit" in label, label


def test_a_price_per_share_is_no_listener() -> None:
    label = _label("The bid values Kestrow at 310 pence a share, the fund said on Monday.", "Monday")
    assert not label.startswith("Share"), label


def test_over_before_a_blanked_span_goes_with_it() -> None:
    assert _label("Trevane Wind is down 18% over the week so far.", "the week") == "Trevane Wind is down 18% so far"


def test_and_inside_an_institutions_name_is_one_singular_subject() -> None:
    label = _label("Mining stopped on the order of the Department of Land Affairs and Water, which sent inspectors on "
                   "Tuesday afternoon.", "Tuesday afternoon")
    assert label.startswith("Department of Land Affairs and Water sends"), label


def test_two_names_joined_by_and_stay_a_plural_subject() -> None:
    assert _label("Orvale Tools and Kestrel Works cut prices on Monday.", "Monday") == "Orvale Tools and Kestrel Works cut prices"


def test_a_second_past_after_and_is_put_in_the_present_too() -> None:
    label = _label("At a briefing in Osaka on Thursday, Chief Executive Emi Tanabe bowed deeply and apologised.", "Thursday")
    assert label.endswith("bows deeply and apologises"), label


def test_a_past_participle_before_its_noun_after_and_is_left_alone() -> None:
    label = _label("Varnholt's chairman resigned on Monday and related costs at the site rose.", "Monday")
    assert "relates" not in label, label


def test_a_court_that_ruled_is_the_event() -> None:
    label = _label("A state appeals court ruled Friday against the county's plan for closing polling places.", "Friday")
    assert label.startswith("State appeals court rules against"), label


def test_the_participle_of_the_document_a_clause_was_said_in_dates_the_telling() -> None:
    label = _label("Marta Oyelowo's brother said in a letter published Wednesday that he wants the case reopened.",
                   "Wednesday")
    assert label.startswith("Marta Oyelowo's brother says he wants"), label


def test_which_after_a_known_place_tells_of_the_noun_the_place_locates() -> None:
    label = _label("Varnholt said it would pause hiring at its new battery plant in Dayton, Ohio, which opened in March.",
                   "March")
    assert "plant" in label and "Ohio" not in label, label


def test_an_institutions_for_phrase_is_part_of_its_name() -> None:
    label = _label("Inspectors from the Regional Office for Mine Safety completed their inspection on Friday.", "Friday")
    assert label == "Inspectors from the Regional Office for Mine Safety complete inspection", label


def test_two_ing_modifiers_joined_by_and_keep_their_noun() -> None:
    assert _label("Orvane closed its mining and processing plants on Monday.", "Monday") \
        == "Orvane closes mining and processing plants"
