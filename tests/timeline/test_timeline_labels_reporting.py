"""Event labels of three common shapes of wire copy: a sentence that ends on its source with the date on the verb of
telling (", the airline announced Friday"), a closing price ("closed at $60"), and a subject whose head noun is also
a verb ("The meeting ended"). Every name and sentence is invented."""

from __future__ import annotations

import pytest

from tests.timeline.test_timeline_labels import label_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Norvale plans daily flights between Oslo and Lima, up from four a week, the airline announced Friday.",
         "Norvale plans daily flights between Oslo"),
        ("The economy added jobs at a brisk pace in March, the agency reported on Friday.", "Economy adds jobs"),
        ("Dock workers will vote on the offer, the union confirmed Friday.", "Dock workers vote on the offer"),
    ],
)
def test_a_source_at_the_end_with_the_date_labels_what_it_told(sentence: str, expected: str) -> None:
    # the day is the telling's day: the label is what was told, not "Airline announces"
    assert label_of(sentence, "Friday") == expected


def test_a_participle_after_which_or_as_is_no_source() -> None:
    # ", which was announced Friday" and "as predicted" end on a verb of telling that has no source before it
    assert label_of("Cara Fennick praised the terms of the accord, which was announced Friday.", "Friday") \
        != "Cara Fennick praises the terms of the accord"
    assert label_of("But in July 2014, Tolvane failed as predicted.", "July 2014") == "Tolvane fails"


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("In composite trading on the New York Stock Exchange Friday, Kelwick closed at $5.25, down $1.875.", "Friday",
         "Kelwick closes at $5.25, down $1.875"),
        ("In trading yesterday, Brantwell closed at $43.50 a share, up $1.", "yesterday",
         "Brantwell closes at $43.50 a share"),
    ],
)
def test_a_closing_price_is_the_verbs_complement(sentence: str, date: str, expected: str) -> None:
    assert label_of(sentence, date) == expected


def test_at_before_a_place_is_still_no_object() -> None:
    assert label_of("Kelwick closed at the bell on Friday.", "Friday") == "Kelwick closes"


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("The meeting ended at noon on Friday.", "Friday", "Meeting ends"),
        ("The attacks killed 12 people on Sunday.", "Sunday", "Attacks kill 12 people"),
        ("Its plans were approved by regulators on Monday.", "Monday", "Plans are approved by regulators"),
    ],
)
def test_a_noun_after_a_determiner_heads_the_subject_though_it_is_also_a_verb(sentence: str, date: str,
                                                                              expected: str) -> None:
    assert label_of(sentence, date) == expected


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("Tolvane completed the purchase of Orvane Foods on Monday.", "Monday",
         "Tolvane completes purchase of Orvane Foods"),
        ("Regulators extended the deadline to March 3 on Friday.", "Friday", "Regulators extend deadline to March 3"),
        ("The Senate condemned the attack on Tuesday.", "Tuesday", "Senate condemns attack"),
    ],
)
def test_common_news_verbs_make_the_label(sentence: str, date: str, expected: str) -> None:
    assert label_of(sentence, date) == expected


def test_a_verb_registered_in_the_past_only_leaves_its_noun_forms_alone() -> None:
    from analysis.lexicon import verb_forms

    forms = verb_forms()
    assert "purchased" in forms and "ordered" in forms  # "Tolvane purchased a plant": a verb
    assert "purchases" not in forms and "orders" not in forms  # "share purchases", "new orders": nouns


def test_the_day_of_the_telling_is_not_what_was_said() -> None:
    got = label_of("Harlan Vole said Friday that if the bill passed in November, the plant would stay open.", "November")
    assert "Friday" not in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One of his Vardell cousins sought custody on Friday.", "One of his Vardell cousins seeks custody"),
        ("Lawyers for the family raised new objections on Friday.", "Lawyers for the family raise new objections"),
        ("Demand for welders led employers to raise wages on Friday.", "Demand for welders leads employers"),
        ("Two of the researchers resigned on Friday.", "Two of the researchers resign"),
    ],
)
def test_the_verb_agrees_with_the_head_before_its_preposition(sentence: str, expected: str) -> None:
    assert label_of(sentence, "Friday").startswith(expected)


def test_a_plural_demonym_or_party_takes_a_plural_verb_wherever_it_stands() -> None:
    assert label_of("Senate Republicans said on Friday they would block the bill.", "Friday").startswith("Senate Republicans say")
    assert label_of("Many Kenyans on Friday visited the new bridge.", "Friday").startswith("Kenyans visit")
    assert label_of("Evans said on Friday the plant would close.", "Friday").startswith("Evans says")  # a surname


def test_whose_after_a_name_and_a_comma_names_the_owner() -> None:
    got = label_of("Analysts expect bookings to move to Kelby Air, whose shares have gained 7.3% since Monday.", "Monday")
    assert got == "Kelby Air's shares gain 7.3%"
    assert label_of("Tolvane, whose chief executive resigned on Monday, said profits would fall.", "Monday") \
        == "Tolvane's chief executive resigns"


def test_a_progressive_keeps_its_subject_and_a_year_between_them_is_skipped() -> None:
    assert label_of("Analysts were predicting 2019 Kelwick earnings of $3.90 a share.", "2019") \
        == "Analysts are predicting Kelwick earnings of $3.90 a share"
    assert label_of("Veterans in 2014 were leaving the service at a quickening pace, up by a third from 2001 to 2014.",
                    "2001").startswith("Veterans are leaving")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("An inspector said on Monday that field tests suggested traces of a solvent called Marvex in the tank.",
         "Inspector says field tests suggest traces of a solvent called Marvex"),
        ("Officials said on Monday that tests found a dye called Orlite in the river.",
         "Officials say tests find a dye called Orlite"),
    ],
)
def test_a_participle_after_the_reported_clauses_verb_stays_a_participle(sentence: str, expected: str) -> None:
    # the reported clause has its verb ("suggested", "found", put in the present since round 64 as a known verb's past
    # is): "called" names a noun, it is no verb to make present
    assert label_of(sentence, "on Monday") == expected


def test_the_reported_clauses_own_verb_is_still_put_in_the_present() -> None:
    assert label_of("Officials said on Monday the carrier lost its licence.", "on Monday") \
        == "Officials say carrier loses its licence"
