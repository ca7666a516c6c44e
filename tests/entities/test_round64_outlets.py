"""Entity layer, round 64: an outlet cited as a source in quotation marks is an organisation; a quoted title is not.
Every outlet and company here is invented."""
from __future__ import annotations

from test_entities_round61 import _story


def test_a_quoted_paper_that_reports_is_an_organisation() -> None:
    found = _story("Probe\n\nThe regulator has also asked Quistco about the plan, as the \"Brellwick Evening Journal\" "
                   "reports.")
    assert found["Brellwick Evening Journal"] == "ORG"


def test_a_quoted_paper_after_according_to_is_an_organisation() -> None:
    found = _story("Probe\n\nAccording to the “Talmore Daily News”, the regulator wrote to Quistco on Monday.")
    assert found["Talmore Daily News"] == "ORG"


def test_a_quoted_title_of_a_work_names_no_outlet() -> None:
    found = _story("Book\n\nJo Quist wrote “The Last Days of Talmore Daily News” after the paper closed in Brellwick.")
    assert "Talmore Daily News" not in found


def test_a_broadcaster_named_with_its_channel_number_is_one_name() -> None:
    found = _story("Interview\n\nJo Quist told Channel 4 News on Sunday that Quistco would appeal.")
    assert found["Channel 4 News"] == "ORG"
    assert "Channel" not in found


def test_a_one_figure_number_before_other_words_stays_out_of_a_name() -> None:
    found = _story("Cut\n\nQuistco said on Monday that it would cut 4 Brellwick stores.")
    assert "Quistco 4 Brellwick" not in found
