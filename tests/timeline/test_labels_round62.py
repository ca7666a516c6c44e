"""Round 62 (labels): labels a reader understands without the article. A past perfect with an adverb in it is undone
under "says" too; a bare count keeps the noun its "of" gives it; a day told right after the verb is no part of its
object; "was last seen" is a passive; a lead-in before a colon that names no event gives way to what follows it (a
clause, or a quotation said by the person the lead names); a plural possessive's noun, a plain form right after a name
in the singular and a participle naming an indefinite noun ("a group called Brask") are no verbs. And in the merge, a
company's figure of one day told under its full name (a move) and its short name (the sentence) is one event. Invented
sentences and names."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.timeline.labels.event import event_label
from analysis.timeline.merge import merge_events, move_mentions


def label_of(sentence: str, expression: str) -> str:
    at = sentence.index(expression) if expression else 0
    return event_label(sentence, at, at + len(expression)).label


def test_had_with_an_adverb_in_ly_is_the_past_under_says():
    assert label_of("Harbour Air said on Monday it had temporarily suspended its seaplane routes.", "on Monday") == \
        "Harbour Air says it temporarily suspended its seaplane routes"


def test_a_bare_count_keeps_the_noun_after_of():
    assert label_of("Harbour Air said on Monday that it had grounded all 12 of its seaplanes after the storm.",
                    "on Monday") == "Harbour Air says it grounded all 12 of its seaplanes"
    # a figure with its unit needs no noun: the phrase still ends before "of"
    assert label_of("Velda Bank shares fell 4.1% on Friday of last week.", "on Friday") == "Velda Bank shares fall 4.1%"


def test_a_day_right_after_the_verb_is_no_part_of_its_object():
    # the sentence dated by its dateline: "on Tuesday" between the verb and its object
    sentence = "LONDON, May 4 (Example Wire) - The regional council agreed on Tuesday to close two of its libraries."
    assert label_of(sentence, "May 4") == "Regional council agrees to close two of its libraries"


def test_was_last_seen_is_a_passive():
    sentence = "What is known: Tomas Brede, a banker, was last seen in public in Orlen on 14.03.2041."
    assert label_of(sentence, "14.03.2041") == "Tomas Brede is last seen"  # ("Tomas Brede sees" before)


def test_a_lead_in_without_a_verb_gives_way_to_the_clause_after_its_colon():
    assert label_of("Closing bell in Orlen: Velda Bank finishes 12.4% lower at 3.10 marks.", "") == \
        "Velda Bank finishes 12.4% lower at 3.10 marks"
    assert label_of("From our Orlen colleagues: Keel shares are up 9% and Brask down 2.8%.", "") == \
        "Keel shares are up 9% and Brask down 2.8%"


def test_a_list_lines_day_before_its_colon_is_no_part_of_the_label():
    assert label_of("Fri 9 June: Quist sacks its finance director Ann Roe.", "9 June") == \
        "Quist sacks its finance director Ann Roe"


def test_a_quotation_after_a_lead_in_is_said_by_the_person_it_names():
    sentence = 'Keel Lines chief executive Marta Quill on the sale: "We regard our position as untenable."'
    assert label_of(sentence, "") == "Marta Quill says “We regard our position as untenable”"
    sentence = 'Here\'s Ann Roe, now Velda\'s interim boss, in a brief statement: "Our priority is to pay our staff."'
    assert label_of(sentence, "") == "Ann Roe says “Our priority is to pay our staff”"
    sentence = 'A statement from KPQ, reported by our colleagues: "There are clear signs of a fraud at the unit."'
    assert label_of(sentence, "") == "KPQ says “There are clear signs of a fraud at the unit”"


def test_a_lead_that_is_a_clause_or_a_turn_is_left_to_the_general_rule():
    # a lead with its own verb says who spoke; a turn in capitals is read as a turn
    assert label_of('The minister said on Friday: "We will act."', "on Friday") == "Minister says “We will act”"
    assert not label_of("BREDE: I informed Minister Lanz last night.", "last night").startswith("Minister Lanz")


def test_the_noun_of_a_plural_possessive_is_no_verb():
    sentence = "Mon 5 June: Quill defeats Ann Roe in the party contest, winning 57% of the members' vote."
    assert label_of(sentence, "5 June") == "Quill defeats Ann Roe in the party contest"


def test_a_plain_form_after_a_singular_name_is_a_noun_of_its_phrase():
    sentence = "Orlen's KPQ state savings bank transferred about 300 million marks to Velda on Monday morning."
    assert not label_of(sentence, "Monday morning").startswith("KPQ states")
    # a past that is its plain form, and two names, keep their verb
    assert label_of("Velda cut its dividend on Monday.", "on Monday") == "Velda cuts dividend"
    assert label_of("Velda and Keel agree on Monday to merge their ferry lines.", "on Monday").startswith("Velda and Keel agree")


def test_a_plain_form_after_two_names_or_a_prepositions_name_stays_a_verb():
    assert label_of("2041-03-04: Quill and Keel Lines settle regulator charges for $44 million.", "2041-03-04") == \
        "Quill and Keel Lines settle regulator charges"
    sentence = "Data from the Orlen Dealers Association show retail investors were net buyers of ferry stocks in May."
    assert label_of(sentence, "in May").startswith("Data from the Orlen Dealers Association show retail investors")


def test_a_dash_left_before_the_label_goes():
    assert label_of("03/10/2041 — 45p U-turn at conference.", "03/10/2041") == "45p U-turn at conference"


def test_a_naming_participle_after_an_indefinite_noun_is_no_verb():
    sentence = "In 2031 a report by a little-known group called Brask sent the shares sharply lower."
    assert label_of(sentence, "In 2031") == "Brask sends shares sharply lower"
    assert label_of("The minister called Orlen on Monday.", "on Monday") == "Minister calls Orlen"


def test_a_capitalised_plain_form_opening_a_name_is_the_names_word():
    sentence = "State Bank of Orlen has an exposure of about 2,700 million marks to Velda, its chairman said on Thursday."
    assert label_of(sentence, "on Thursday") == "State Bank of Orlen has an exposure of about 2,700 million marks to Velda"

def _mention(doc: str, sent: int, day: date, key: str, label: str, sentence: str, kind: str) -> dict[str, object]:
    return {"doc_id": doc, "sent_id": sent, "date_start": day, "date_end": day, "precision": "day", "event": label,
            "key": key, "sentence": sentence, "kind": kind}


def _events(rows: list[dict[str, object]]) -> set[frozenset[str]]:
    merged = merge_events(pd.DataFrame(rows))
    return {frozenset(str(e) for e in g["event"]) for _, g in merged.groupby("event_id")}


def test_a_companys_figure_of_one_day_under_its_full_and_short_name_is_one_event():
    day = date(2041, 3, 4)
    wrap = "Velmora fell 5.4 per cent, Quist Bank lost 5.4 per cent and Keel added 1.2 per cent."
    rows = [
        _mention("a", 3, day, "velmora land group|fall|5.4%", "Velmora Land Group shares fall 5.4%", wrap, "move"),
        _mention("a", 3, day, "velmora|fall|5.4 per cent", "Velmora falls 5.4 per cent", wrap, "relative"),
        _mention("a", 3, day, "quist bank|fall|5.4%", "Quist Bank shares fall 5.4%", wrap, "move"),
        _mention("b", 1, day, "velmora|fall|3 per cent", "Velmora falls 3 per cent",
                 "In Orlen the builder ended the day 3 per cent lower after its results.", "relative"),
        _mention("a", 3, day, "keel|rise|1.2%", "Keel shares rise 1.2%", wrap, "move"),
    ]
    # the same figure of another company that day, and another figure of the same company, stay apart
    assert _events(rows) == {
        frozenset({"Keel shares rise 1.2%"}), frozenset({"Quist Bank shares fall 5.4%"}),
        frozenset({"Velmora falls 3 per cent"}),
        frozenset({"Velmora Land Group shares fall 5.4%", "Velmora falls 5.4 per cent"}),
    }



def _period_move(sentence: str, pct: float) -> dict[str, object]:
    return {"doc_id": "a", "file": "a.txt", "outlet": "One", "sent_id": 2, "company": "Velda", "pct": pct, "kind": "share",
            "session_date": pd.NaT, "period_start": pd.Timestamp("2041-01-01"), "period_end": pd.Timestamp("2041-03-04"),
            "published": pd.Timestamp("2041-03-04"), "sentence": sentence, "label": f"{abs(pct)}%",
            "session_basis": "period"}


def test_a_days_record_move_is_no_run_over_several_sessions():
    record = _period_move("Velda plunged 12.4% in its worst day since 2029 as the recall widened.", -12.4)
    run = _period_move("Velda has lost 30% since the start of the year.", -30.0)
    labels = {str(m["event"]) for m in move_mentions(pd.DataFrame([record, run]))}
    assert labels == {"Velda shares fall 12.4%", "Velda shares fall 30% over several sessions"}
