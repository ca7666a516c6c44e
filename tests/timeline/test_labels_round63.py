"""Round 63 (labels): labels that read as headlines. A simple past is no reduced relative's participle; a date ending
on "after"/"before" keeps the clause it is counted from; two names joined by "and" before an aside are the subject; a
list line's date is no pronoun's antecedent; a quotation is never cut inside (a date that is a word of its clause
stays); a live blog's time before a speaker's lead leaves the speaker; a result participle's "leaving them down 11.6%"
is the subject's state; an aside participle keeps its agent; "it"/"they" stand for no person the text names, no
period, and "they" for the shares the sentence before opens on. Invented sentences and names."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str, previous_text: str = "") -> str:
    at = sentence.index(expression) if expression else 0
    return event_label(sentence, at, at + len(expression), previous_text).label


def test_a_simple_past_is_no_participle_of_a_reduced_relative():
    # "came" is a past, not a participle: no "Statement is came"
    assert label_of("The statement came a day after the founder's exit took effect on Sunday.", "a day after") == \
        "Statement comes a day after founder's exit takes effect"


def test_a_date_ending_on_after_opens_a_clause_of_its_own():
    assert label_of("The lender collapsed two days after regulators seized its assets.", "two days after") == \
        "Lender collapses two days after regulators seize its assets"  # (was "Lender is collapsed")


def test_two_names_before_an_aside_are_the_subject():
    sentence = "Jo Roe and Al Poe, head of Keel's retail unit, were named interim co-chiefs on Monday."
    assert label_of(sentence, "on Monday") == "Jo Roe and Al Poe are named interim co-chiefs"  # not "Keel is named"


def test_a_list_lines_date_is_no_antecedent():
    previous = "Mon 5 May: Ann Roe wins the party vote.\n"
    assert label_of("Tue 6 May: She is appointed prime minister by the King at Balmoral.", "6 May", previous) == \
        "Ann Roe is appointed prime minister by the King"  # not "Tue 6 is appointed"


def test_he_or_she_opening_a_sentence_goes_on_with_the_subject_before():
    previous = "Ann Roe ran for the leadership in spring.\nMon 5 May: Roe defeats Ada Poe in the leadership contest.\n"
    assert label_of("Tue 6 May: She is appointed prime minister by the King at Balmoral.", "6 May", previous) == \
        "Roe is appointed prime minister by the King"  # not "Ada Poe", the last name before it


def test_a_quotation_keeps_a_date_that_is_a_word_of_its_clause():
    assert label_of('"Today\'s slide has shaken confidence in the plan."', "Today") == \
        "“Today's slide has shaken confidence in the plan”"  # not "“Slide has shaken ...”"
    assert label_of('"Come Thursday, we could be back where we started."', "Thursday") == \
        "“Come Thursday, we could be back where we started”"  # not "“Come, we could ...”"
    # a date set off at an edge of the quotation still goes
    assert label_of('"Five years ago, Quist would have been the buyer."', "Five years ago") == \
        "“Quist would have been the buyer”"
    assert label_of('"Nobody is asking about valuation today."', "today") == "“Nobody is asking about valuation”"


def test_a_quotation_labelled_alone_keeps_up_to_sixteen_words():
    sentence = '"From Friday night to Monday morning, I do not think anybody on the desk slept."'
    assert label_of(sentence, "Monday morning") == \
        "“From Friday night to Monday morning, I do not think anybody on the desk slept”"


def test_a_live_blog_time_before_a_speakers_lead_leaves_the_speaker():
    sentence = '14:41 GMT Vell: "We came to the conclusion that the floor was not sustainable anymore."'
    # was "Vell: “…”"; round 69: the quotation's one clause whole (was "“We came to the conclusion…”")
    assert label_of(sentence, "14:41 GMT") == "Vell says “We came to the conclusion that the floor was not sustainable anymore”"
    assert label_of("2:20 p.m. ET - Analysts: 'the right plan, the wrong moment'", "2:20 p.m. ET") == \
        "Analysts say “the right plan, the wrong moment”"  # a plural noun's lead says "say"
    # a clock's lead before a list (no quotation) keeps the lead's own clause
    assert label_of("3:35 p.m. ET - Airline stocks bounce: Keel Air up 1%, Velda Air up 0.3%.", "3:35 p.m. ET") == \
        "Airline stocks bounce"


def test_leaving_them_down_is_the_state_the_subject_is_left_in():
    assert label_of("Keel shares fell 1.2% in morning trading Thursday, leaving them down 11.6% since the recall.",
                    "since the recall") == "Keel shares are down 11.6%"  # not "Keel shares leave them down 11.6%"
    assert label_of("Quist was up 0.8% in afternoon trading, leaving it down 11.9% since last Wednesday.",
                    "last Wednesday") == "Quist is down 11.9%"
    # a result clause with an object of its own stays as it was
    assert label_of("The storm hit the coast on Monday, leaving thousands without power.", "on Monday") == \
        "Storm hits coast"


def test_an_aside_participle_keeps_its_agent_and_its_manner():
    assert label_of("Velda, bought by Keel in 2008, is the largest brewer in Orlen.", "in 2008") == \
        "Velda is bought by Keel"  # was "Bought by Keel"
    assert label_of("Baltar, bought in stages between 1992 and 2008, is the largest brewer in Orlen.",
                    "between 1992 and 2008") == "Baltar is bought"  # was "Baltar buys"


def test_it_and_they_stand_for_no_person_and_no_period():
    previous = "Keel Bank raised its July-September profit forecast. "
    assert label_of("It said it would publish full results on Oct. 27.", "on Oct. 27", previous) == \
        "Keel Bank publishes full results"  # not "July-September publishes ..."
    previous = "Mark Vell founded Quist in 2004. The contrast with Quist could not be sharper. Vell insists he is right. "
    assert label_of("It reported results on Thursday night.", "on Thursday", previous) == \
        "Quist reports results"  # not "Vell reports results"


def test_they_stands_for_the_shares_the_sentence_before_opens_on():
    previous = "Keel shares fell 3.1% in early New York trade to $11.71. "
    assert label_of("They ended Thursday at $12.08, down 3.3% on the day.", "Thursday", previous) == \
        "Keel shares end at $12.08, down 3.3%"  # not "New York ends at ..."


def test_a_move_over_months_stays_apart_from_a_days_event_inside_it():
    import pandas as pd
    from datetime import date

    from analysis.timeline.merge import merge_events

    def mention(doc: str, start: date, end: date, precision: str, key: str, label: str, sentence: str) -> dict:
        return {"doc_id": doc, "sent_id": 1, "date_start": start, "date_end": end, "precision": precision,
                "event": label, "key": key, "sentence": sentence, "kind": "relative"}

    rows = [
        mention("a", date(2041, 9, 21), date(2041, 9, 21), "day", "~keel shares|fall|", "Keel shares fall",
                "Keel shares fell as much as 7% in the morning, then closed up 0.4%."),
        mention("b", date(2041, 1, 1), date(2041, 10, 4), "range", "keel shares|fall|83%", "Keel shares lose 83%",
                "They have lost 83% since the start of the year."),
        mention("c", date(2041, 9, 21), date(2041, 9, 21), "day", "keel shares|fall|7%", "Keel shares fall 7%",
                "Keel shares lost 7% on Tuesday."),
    ]
    merged = merge_events(pd.DataFrame(rows))
    events = {frozenset(str(e) for e in g["event"]) for _, g in merged.groupby("event_id")}
    # the 83% over nine months is no event of 21 September (it joined "Keel shares fall" before)
    assert frozenset({"Keel shares lose 83%"}) in events
