"""Transcript turns as quotations (analysis.quotes.transcript): invented broadcast transcripts and pages that only
look like one."""

from __future__ import annotations

import pytest

from test_quote_engine import quotes

TRANSCRIPT = """ANCHOR: Shares of Marlow Foods are down almost 6% this morning. Joining us is the chief executive, Petra Lindqvist. Petra, what happened?

PETRA LINDQVIST (Chief Executive, Marlow Foods): We are paying more than twice what we paid a year ago for cocoa.

ANCHOR: Will you raise prices again?

LINDQVIST: We will take some pricing in the autumn, but we want to protect volumes first.

ANCHOR: Let's bring in Oren Castell, an analyst at Brightwater Securities.

OREN CASTELL, BRIGHTWATER SECURITIES: I think the market is right to worry. Margins will be squeezed.

UNIDENTIFIED MALE: Thank you.
"""
PEOPLE = [("Petra Lindqvist", "Petra Lindqvist", "PERSON"), ("Oren Castell", "Oren Castell", "PERSON")]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_each_guest_turn_is_a_direct_quotation_of_its_speaker() -> None:
    rows = quotes(TRANSCRIPT, PEOPLE).to_dict("records")
    assert [(r["speaker"], r["quote"][:24]) for r in rows] == [
        ("Petra Lindqvist", "We are paying more than "),
        ("Petra Lindqvist", "We will take some pricin"),  # a surname label: the person the text names in full
        ("Oren Castell", "I think the market is ri"),
    ]
    assert {r["kind"] for r in rows} == {"direct"} and {r["attribution"] for r in rows} == {"adjacent"}
    assert [r["speaker_mention"] for r in rows] == ["PETRA LINDQVIST", "LINDQVIST", "OREN CASTELL"]
    for r in rows:  # the offsets hold the words spoken
        assert TRANSCRIPT[r["start"]:r["end"]] == r["quote"]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_label_in_capitals_without_a_mention_is_written_as_a_name() -> None:
    rows = quotes(TRANSCRIPT, []).to_dict("records")
    assert [r["speaker"] for r in rows] == ["Petra Lindqvist", "Lindqvist", "Oren Castell"]


def test_the_hosts_turns_are_not_quotations() -> None:
    text = TRANSCRIPT.replace("ANCHOR:", "HOST DANA WREN:")
    assert "Dana Wren" not in set(quotes(text, PEOPLE)["speaker"])


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_quotation_marks_inside_a_turn_give_one_quotation() -> None:
    text = TRANSCRIPT.replace("I think the market", "As my boss says, \u201cnever fight the tape.\u201d I think the market")
    rows = quotes(text, PEOPLE)
    assert len(rows) == 3 and rows.iloc[2]["speaker"] == "Oren Castell"


def test_page_furniture_and_week_ahead_lists_are_not_a_transcript() -> None:
    text = ("Marlow Foods fell 6% on Tuesday after it cut its outlook.\n\nREAD MORE: Cocoa hits a record high\n\n"
            "WATCH: Why chocolate costs more\n\nRELATED: Brightwater cuts its rating\n\n"
            "Monday: Marlow Foods reports first-quarter results.\n\nTuesday: Brightwater holds its investor day.\n\n"
            "Wednesday: The central bank announces its rate decision.\n")
    assert quotes(text, PEOPLE).empty


def test_two_labelled_lines_are_not_a_transcript() -> None:
    text = ("Petra Lindqvist: A year of higher costs\n\nMarlow Foods fell 6% on Tuesday.\n\n"
            "Oren Castell: The selloff is overdone\n")
    assert quotes(text, PEOPLE).empty


def test_repeated_caption_and_credit_lines_are_not_a_transcript() -> None:
    text = ("Marlow Foods fell 6% on Tuesday.\n\nImage: A worker sorts cocoa beans at a plant.\n\n"
            "Credit: Example Photo Agency staff\n\nImage: Shoppers look at chocolate prices.\n\n"
            "Summary: Cocoa costs keep rising for food makers.\n")
    assert quotes(text, PEOPLE).empty


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_surname_label_counts_only_for_a_person_the_text_names() -> None:
    text = ("Petra Lindqvist and Oren Castell debated the outlook.\n\nLindqvist: We will raise prices in the autumn.\n\n"
            "Castell: Margins will be squeezed for two more quarters.\n\nLindqvist: Volumes matter more to us.\n")
    assert list(quotes(text, PEOPLE)["speaker"]) == ["Petra Lindqvist", "Oren Castell", "Petra Lindqvist"]
    assert quotes(text.replace("Petra Lindqvist and Oren Castell", "Two guests"), []).empty


def test_the_entity_layer_reads_a_guest_label_as_a_person_and_a_host_role_as_no_entity() -> None:
    from analysis.entities.recognize import recognize_entities

    found = recognize_entities(TRANSCRIPT)
    types = dict(zip(found["name"], found["type"]))
    assert types.get("Petra Lindqvist") == "PERSON" and types.get("Oren Castell") == "PERSON"
    assert "ANCHOR" not in set(found["surface"]) and "UNIDENTIFIED MALE" not in set(found["surface"])
    assert "SECURITIES" not in set(found["surface"])  # a piece of the affiliation after a label
    label = found.loc[found["surface"] == "PETRA LINDQVIST"]
    assert list(label["role"]) == ["story"]  # a label with a role in brackets is no dateline or credit


INTERVIEW = """Five questions for Harwell Rail's new chief, Dana Ferrow, who took over on Monday.

Railwise: Did the board's decision surprise you?
Ferrow: Not really. We had talked about the succession for a year.

Railwise: Fares rise in January.
Ferrow: They do, and we will explain every penny of it to passengers.

Harwell reports its results on March 3.
"""


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_an_interviewer_under_one_word_asks_and_the_person_named_answers() -> None:
    # "SPIEGEL:" / "Surname:": the questioner's label is one word (often the publication's) that names no one
    rows = quotes(INTERVIEW, [("Dana Ferrow", "Dana Ferrow", "PERSON")]).to_dict("records")
    assert [(r["speaker"], r["quote"][:20]) for r in rows] == [
        ("Dana Ferrow", "Not really. We had t"), ("Dana Ferrow", "They do, and we will")]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_two_one_word_labels_taking_turns_are_two_speakers_not_an_interview() -> None:
    debate = "Dana Ferrow and Lena Tovar debated fares.\n\nFerrow: We will cut fares.\nTovar: You said that last year.\n" \
             "Ferrow: And we did it.\nTovar: Only on Sundays.\n"
    people = [("Dana Ferrow", "Dana Ferrow", "PERSON"), ("Lena Tovar", "Lena Tovar", "PERSON")]
    assert [r["speaker"] for r in quotes(debate, people).to_dict("records")] == [
        "Dana Ferrow", "Lena Tovar", "Dana Ferrow", "Lena Tovar"]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_turns_behind_time_codes_are_read_as_the_same_turns() -> None:
    # a podcast or video transcript stamps each turn: "[00:01:12] LINDQVIST: ..."
    stamped = "\n".join(f"[00:{i:02d}:12] {line}" if line else line for i, line in enumerate(TRANSCRIPT.split("\n")))
    rows = quotes(stamped, PEOPLE).to_dict("records")
    assert [(r["speaker"], r["quote"][:24]) for r in rows] == [
        ("Petra Lindqvist", "We are paying more than "),
        ("Petra Lindqvist", "We will take some pricin"),
        ("Oren Castell", "I think the market is ri"),
    ]
    for r in rows:
        assert stamped[r["start"]:r["end"]] == r["quote"]
