"""Round 64 (labels): a bare verb form after a possessive is a noun also before a verb the list does not know ("Keel's
decline now stands at 9%", not "Keel declines now stands"; "[Monday's] call will be ...", not "Calls will be"); a
past that looks bare with its object after such a noun is the verb ("Fall cuts value ...", not "Falls cut"); and a
possessive date's move noun alone is a clause of the company's shares ("Orsa shares decline", not "Orsa decline").
Invented sentences and names."""

from __future__ import annotations

from tests.timeline.test_labels_round63 import label_of


def test_a_possessives_noun_before_an_unknown_verb_stays_a_noun():
    assert label_of("Keel’s year-to-date decline now stands at 9.4%, against a 2% rise in the index.",
                    "year-to-date") == "Keel’s decline now stands at 9.4%"  # was "Keel declines now stands"


def test_a_possessive_dates_noun_opening_the_sentence_is_no_verb():
    assert label_of("Monday's call will be the bank's chance to change the story.", "Monday") == \
        "Call will be the bank's chance to change the story"  # was "Calls will be ..."


def test_a_bare_looking_past_with_its_object_after_a_bare_noun_is_the_verb():
    assert label_of("Friday's fall cut the value of that stake by about $40 million.", "Friday") == \
        "Fall cuts value of that stake by about $40 million"  # was "Falls cut the value ..."


def test_a_possessive_dates_move_noun_is_a_clause_of_the_companys_shares():
    assert label_of("Even after Tuesday's decline, Orvane shares are up about 12% this year.", "Tuesday") == \
        "Orvane shares decline"  # was "Orvane decline"
    assert label_of("Despite Friday's slide, Keel Bank is up 4% this year.", "Friday") == "Keel Bank slides"
