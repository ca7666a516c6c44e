"""Event labels read typewriter marks (``A,'') and two-apostrophe marks (''A,'') as quotation marks, as the quotes
do: the label of a sentence is the same whichever marks its outlet typed. Every name and sentence is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_labels import label_of


def test_a_typewriter_quotation_before_said_labels_as_a_curly_one() -> None:
    curly = "\u201cThe gates stay shut,\u201d said Marta Kellison, of the port authority, on Friday."
    typed = "``The gates stay shut,'' said Marta Kellison, of the port authority, on Friday."
    assert label_of(typed, "Friday") == label_of(curly, "Friday") == "Marta Kellison says \u201cThe gates stay shut\u201d"


def test_a_partial_quotation_in_two_apostrophes_closes_on_its_mark() -> None:
    got = label_of("Orlan Vesk said on Friday he had ''no doubts'' about the sale.", "Friday")
    assert got == "Orlan Vesk says he had \u201cno doubts\u201d"
    assert "\u00a0" not in got
