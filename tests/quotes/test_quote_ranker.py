"""Quote engine, round 3: the learned pronoun ranker (its data file and the choices it makes) and the rules added
with it (a spokesman, office or campaign speaks for the name inside it; a body such as "the board" refers back
only to an organisation of that name; a capitalised common word opening its sentence is no speaker; a long
apposition after a quote still names the speaker). Hand-written sentences, mentions given by hand."""

from __future__ import annotations

import json

import pytest
from test_quote_engine import only, quotes

from analysis.quotes.ranker import FEATURES, WEIGHTS_FILE, load_weights, score

CLINTON_SANDERS = [("Clinton", "Hillary Clinton", "PERSON"), ("Hillary Clinton", "Hillary Clinton", "PERSON"),
                   ("Sanders", "Bernie Sanders", "PERSON"), ("Bernie Sanders", "Bernie Sanders", "PERSON")]


def test_weights_file_matches_the_features() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    assert 0.0 <= data["threshold"] < 1.0
    loaded = load_weights()
    assert loaded is not None
    weights, _ = loaded
    assert score(weights, [0.0] * len(FEATURES)) == pytest.approx(0.5)


def test_pronoun_after_quote_takes_the_previous_speaker() -> None:
    text = ('"We will win Iowa," Bernie Sanders said on Monday in Des Moines.\n\n'
            '"Nobody expected this crowd," he added.')
    rows = quotes(text, CLINTON_SANDERS)
    assert list(rows["speaker"]) == ["Bernie Sanders", "Bernie Sanders"]
    assert list(rows["attribution"]) == ["adjacent", "coreference"]


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = ('Hillary Clinton said she would campaign in Ohio. Bernie Sanders stayed in Vermont with his staff.\n\n'
            '"We can afford it," she said.')
    rows = quotes(text, CLINTON_SANDERS)
    assert rows.iloc[-1]["speaker"] == "Hillary Clinton"


@pytest.mark.parametrize("phrase", ["Clinton's campaign", "a spokesman for Hillary Clinton", "the Clinton campaign",
                                    "Clinton's office"])
def test_a_spokesman_or_campaign_speaks_for_the_name_inside(phrase: str) -> None:
    row = only(quotes(f'"The senator has been clear on this," {phrase} said.', CLINTON_SANDERS))
    assert row["speaker"] == "Hillary Clinton"


def test_the_board_is_not_the_nearest_organisation() -> None:
    text = ('The memo was seen by Reuters.\n\n'
            '"Management changes are not expected to affect guidance," the board said.')
    row = only(quotes(text, [("Reuters", "Reuters", "ORG")]))
    assert row["speaker"] != "Reuters"


def test_the_committee_refers_back_to_a_committee() -> None:
    text = ('The House Select Committee released its report on Tuesday, and Reuters saw it first.\n\n'
            '"The record is now complete," the committee said.')
    row = only(quotes(text, [("House Select Committee", "House Select Committee", "ORG"),
                             ("Reuters", "Reuters", "ORG")]))
    assert row["speaker"] == "House Select Committee"


def test_a_common_word_opening_the_sentence_is_no_speaker() -> None:
    row = only(quotes('Guns are "the ultimate public health crisis" in this country.'))
    assert row["speaker"] == ""


def test_long_apposition_after_the_quote() -> None:
    text = ('"Discrimination should never be sanctioned by the state," Sarah Warbelow, legal director for the '
            'group that filed the suit over the law last spring, said in a statement.')
    row = only(quotes(text, [("Sarah Warbelow", "Sarah Warbelow", "PERSON")]))
    assert row["speaker"] == "Sarah Warbelow"


def test_mo_is_a_name_without_its_dot() -> None:
    row = only(quotes('"It also means no other Democrat is getting oxygen," said Mo Elleithee, a former aide.'))
    assert row["speaker"] == "Mo Elleithee"
