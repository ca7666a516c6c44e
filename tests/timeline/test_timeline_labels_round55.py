"""Labels read on text newly opened in round 55, each construction with invented names: a plural doer of an event
verb opens a sentence ("Rescuers brought ..."), a count is a plural subject ("Three had been rescued"), the word after
"whose" is a noun ("a stake whose value has shrunk"), a perfect participle's clause after the date tells what came
before ("..., having fallen as much as 64%"), and a noun phrase ending on a verb's form before "the X <past>" is the
object of a clause with "that" left out ("a fleet plan the airline unveiled in May")."""
from __future__ import annotations

from tests.timeline.test_timeline_labels import label_of as _label


def test_a_plural_doer_of_an_event_verb_opening_a_sentence_is_plural() -> None:
    sentence = "Rescuers brought six workers to the surface early on Wednesday, a day after three others were freed."
    assert _label(sentence, "Wednesday") == "Rescuers bring six workers to the surface"
    assert _label("Strikers blocked the gates on Friday.", "Friday") == "Strikers block gates"
    assert _label("Waters resigned on Tuesday.", "Tuesday") == "Waters resigns"  # a name in -s stays singular


def test_a_count_is_a_plural_subject() -> None:
    assert _label("Three had been rescued by Tuesday afternoon, the company said.", "Tuesday afternoon") \
        == "Three are rescued"
    assert _label("One had been rescued by Tuesday afternoon, the company said.", "Tuesday afternoon") \
        == "One is rescued"


def test_the_word_after_whose_is_a_noun() -> None:
    sentence = "Corvane owns 9.8% of Tarlo, a stake whose value has shrunk by roughly $95 million since Friday."
    label = _label(sentence, "Friday")
    assert "values" not in label and "shrinks" in label


def test_a_perfect_participles_clause_after_the_date_is_not_its_event() -> None:
    sentence = "Tarlo shares were down 55.4% at 1115 GMT, having fallen as much as 63.8% shortly after trading resumed."
    assert _label(sentence, "1115 GMT") == "Tarlo shares are down 55.4%"
    sentence = "Tarlo shares were up 5% on Monday, having risen as much as 9% in early trade."
    assert _label(sentence, "Monday") == "Tarlo shares are up 5%"


def test_a_noun_phrase_before_the_subject_of_a_past_is_its_object() -> None:
    sentence = "The strike has its roots in a fleet plan the airline unveiled in May, under which jets would move abroad."
    assert _label(sentence, "May").startswith("Airline unveils")
    assert _label("Analysts pointed to the cost plan unveiled in May.", "May") == "Cost plan is unveiled"


def test_since_the_company_listed_names_the_company_whose_shares_open_the_sentence() -> None:
    sentence = ("Shares in Orvane Mining closed down 22.4% on Tuesday, their biggest one-day fall since the company "
                "listed in 2011, after a collapse at its mine.")
    assert _label(sentence, "2011") == "Orvane Mining lists"


def test_remained_before_a_participle_is_a_state_that_goes_on() -> None:
    sentence = "Keelway's shares, halted on Wednesday after a 38.2 per cent drop, remained suspended on Thursday."
    assert _label(sentence, "Thursday").endswith("remains suspended")
    assert _label("Both plants remained closed on Monday.", "Monday") == "Both plants remain closed"


def test_paid_is_an_event_verb() -> None:
    sentence = "Tarlo paid 12 billion yen in 2018 and had not yet begun its own trials."
    assert _label(sentence, "2018") == "Tarlo pays 12 billion yen"


def test_it_after_a_sentence_opened_by_a_possessive_name_is_that_name() -> None:
    previous = ("Brenne estimates the contract made up 12% of Orvik's expected revenue.\n\n"
                "Tarlo's position is arguably the least damaging. ")
    assert _label("It paid 12 billion yen in 2018.", "2018", previous) == "Tarlo pays 12 billion yen"
    previous = "Brenne estimates the contract made up 12% of Orvik's expected revenue.\n\nToday's session was calm. "
    assert _label("It paid 12 billion yen in 2018.", "2018", previous) == "Orvik pays 12 billion yen"


def test_a_gerunds_form_after_an_article_and_an_adjective_is_the_subjects_noun() -> None:
    sentence = "A public meeting for leaseholders will be held at the Fairfield community centre on Thursday evening."
    assert _label(sentence, "Thursday evening") == "Public meeting for leaseholders is held"


def test_changed_is_an_event_verb() -> None:
    sentence = ("Chief executive Ola Brandt told analysts that the root cause was a bonding defect introduced when a "
                "resin supplier changed its formulation in 2020.")
    assert _label(sentence, "2020") == "Resin supplier changes formulation"
    # ... but "little changed" is a state, as before
    assert _label("Sterling was little changed at $1.2790 on Monday.", "Monday") == "Sterling was little changed at $1.2790"


def test_a_months_stop_ends_no_object() -> None:
    label = _label("The increased dividend will be paid Dec. 14 to holders of record Nov. 15.", "Nov. 15")
    assert label == "Increased dividend is paid Dec. 14"



def test_a_moves_label_opens_on_a_capital() -> None:
    import pandas as pd

    from analysis.timeline.merge import move_mentions
    moves = pd.DataFrame([{
        "doc_id": "d1", "file": "a.txt", "outlet": "Example Wire", "company": "its healthcare sector index", "pct": -0.9,
        "session_date": pd.Timestamp("2031-06-17"), "kind": "index", "sent_id": 3, "label": "0.9%",
        "session_basis": "publication day", "sentence": "The STOXX 600 rose 0.2%, while its healthcare sector index fell 0.9%.",
    }])
    (row,) = move_mentions(moves)
    assert row["event"] == "Its healthcare sector index falls 0.9%"
