"""Quote engine, round 31: constructions from the thirty-first corpus (read as dev) and PolNeAR train, each a
general construction of news prose. Invented programmes, companies and people; the entity mentions are given by
hand, as the entity layer would link them."""

from __future__ import annotations

import pytest

from test_quote_engine import quotes

NET = ("Launch day live\n\n"
       "09:02 - The countdown is running. Here is the control room net:\n\n"
       "TEST CONDUCTOR (Orla Venning): All stations, report status for terminal count.\n"
       "WEATHER: Weather is acceptable for launch.\n"
       "TEST CONDUCTOR (Orla Venning): Copy, we are clear to proceed.\n\n"
       "09:10 - Liftoff of the Brantley Orbital rocket.\n")


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_role_label_with_a_name_in_brackets_is_that_persons_turn() -> None:
    # a radio net's transcript prints the post and the person holding it: the words are the person's, and a post
    # printed without a name ("WEATHER:") speaks for no one named
    rows = quotes(NET, [("Orla Venning", "Orla Venning", "PERSON"), ("WEATHER", "Weather", "PERSON"),
                        ("Brantley Orbital", "Brantley Orbital", "ORG")]).to_dict("records")
    named = [(r["speaker"], r["quote"][:20]) for r in rows if r["speaker"]]
    assert named == [("Orla Venning", "All stations, report"), ("Orla Venning", "Copy, we are clear t")], rows
    # left alone: a transcript that names no one in brackets keeps its labels as names ("REYES:" a guest's surname)
    plain = NET.replace(" (Orla Venning)", "").replace("TEST CONDUCTOR", "FENWICK")
    assert "Fenwick" in {r["speaker"] for r in quotes(plain, []).to_dict("records")}
    # left alone: an affiliation in brackets after a person's name label is not the speaker
    guest = NET.replace("TEST CONDUCTOR (Orla Venning)", "ORLA VENNING (Brantley Orbital)")
    assert {r["speaker"] for r in quotes(guest, []).to_dict("records")} >= {"Orla Venning"}


def test_one_speaker_under_two_spellings_is_one_option_and_one_probability() -> None:
    # the entity layer may keep "Anders Lövgren" and "Anders Lovgren" apart: the probability of a speaker sums the
    # options that name that person, with or without accents; another person's option is not added
    import numpy as np

    from analysis.quotes.choose import speaker_chance

    names = ["", "Ilse Märten", "Ilse Marten", "Jorun Tveit"]
    scores = np.log(np.array([0.2, 0.25, 0.25, 0.3]))
    assert abs(speaker_chance(scores, names, 1) - 0.5) < 1e-9
    assert abs(speaker_chance(scores, names, 3) - 0.3) < 1e-9


def test_a_pick_below_the_rankers_floor_names_no_one(monkeypatch) -> None:
    # where the rules are unsure, the ranker's pick is shown only when its probability reaches the weights file's
    # floor: weak evidence leaves the speaker empty rather than wrong (the file ships it at 0, off: the
    # cross-validation on train found no floor that removes wrong names without costing right ones)
    from dataclasses import replace

    from analysis.quotes import choose

    people = [("Wendell Harrow", "Wendell Harrow", "PERSON"), ("Harrow", "Wendell Harrow", "PERSON"),
              ("Cressida Vale", "Cressida Vale", "PERSON"), ("Vale", "Cressida Vale", "PERSON")]
    text = ("Wendell Harrow spoke after Cressida Vale.\n\n"
            "\u201cWhat made the board change course so fast?\u201d Harrow questioned.")
    shipped = choose.load_model()
    assert shipped is not None and 0 <= shipped.floor < 1
    assert quotes(text, people).iloc[0]["speaker"] == "Wendell Harrow"  # strong evidence: named as before
    monkeypatch.setattr(choose, "load_model", lambda: replace(shipped, floor=0.999))
    row = quotes(text, people).iloc[0]
    assert row["speaker"] == "" and row["attribution"] == "none"
    # left alone: a name the rules find next to the speech verb is not the ranker's to drop
    sure = text.replace("Harrow questioned", "Harrow said")
    assert quotes(sure, people).iloc[0]["speaker"] == "Wendell Harrow"


def test_the_rules_pick_that_is_also_the_last_speaker_is_one_option() -> None:
    # the rules' pick and the previous quotation's speaker, both outside the sentences searched, were each added as
    # an option: one speaker twice, splitting its probability; each name is an option once
    from analysis.quotes.attribute import attribute_doc, mention_rows
    from analysis.quotes.choose import options, read_document
    from analysis.quotes.find import find_spans
    import pandas as pd

    text = ("\u201cWe will reopen the berth by spring,\u201d Wendell Harrow said. The harbour board met again on "
            "Thursday to review the schedule for the dredging works.\n\n"
            "\u201cAnd the cranes will follow soon after.\u201d\n")
    at = text.index("Wendell Harrow")
    rows = mention_rows(pd.DataFrame([{"start": at, "end": at + 14, "surface": "Wendell Harrow",
                                       "name": "Wendell Harrow", "type": "PERSON"}]))
    spans = find_spans(text)
    doc, rules = attribute_doc(text, spans, rows)
    names = [o.speaker.name for o in options(read_document(doc), spans, len(spans) - 1, rules)]
    assert names.count("Wendell Harrow") <= 1, (names, rules)
