"""Event labels, labels51: a verb of saying never ends the label with what was said left out: the reported clause
after the day of the telling when a dateline dates the sentence, and the clause before a source followed by a phrase
of its own (", the agency said on Friday, up from ...") or named with its initials in brackets."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str, previous: str = "") -> str:
    start = sentence.index(expression)
    return event_label(sentence, start, start + len(expression), previous).label


def key_of(sentence: str, expression: str) -> str:
    start = sentence.index(expression)
    return event_label(sentence, start, start + len(expression)).key


def test_a_dateline_before_a_telling_day_labels_what_was_said() -> None:
    sentence = "TROMSO, May 4 (Norrwire) - Halvard Motors said on Friday it would cut about 30% of its staff."
    assert label_of(sentence, "May 4") == "Halvard Motors says it will cut about 30%"
    # the same event as the label of the telling's own day: one key, so the timeline merges the two
    assert key_of(sentence, "May 4") == key_of(sentence, "on Friday")
    sentence = "LIMA, June 2 - Ferrow Air said late on Tuesday the strike had cost it 40 million soles."
    assert label_of(sentence, "June 2") == "Ferrow Air says strike had cost it 40 million soles"
    # no reported clause after the day (a phrase, a comma, a place): the telling alone, as before
    assert label_of("LIMA, June 2 - Ferrow Air said on Tuesday in a statement.", "June 2") == "Ferrow Air says"
    # (round 61: a phrase of the telling, then a pronoun and its verb, is what was said)
    assert label_of("LIMA, June 2 - Ferrow Air said at the meeting it was pleased.", "June 2") == \
        "Ferrow Air says it was pleased"


def test_a_date_inside_what_was_said_keeps_its_own_label() -> None:
    # the plan's quarter is no day of the telling: the clause after the day is not taken as the telling's object
    sentence = "Brisk Pharma said on Monday it would book a $60 million writedown in the third quarter."
    assert key_of(sentence, "the third quarter") != key_of(sentence, "on Monday")


def test_a_source_followed_by_a_phrase_of_its_own_gives_the_clause_before_it() -> None:
    sentence = "About 140 barges are now waiting to pass, the river authority said at 9am, up from 120 on Sunday."
    assert label_of(sentence, "9am") == "About 140 barges are now waiting to pass"
    sentence = ("Tarvin Bank has called an extraordinary meeting of its board for Wednesday, the central bank said on "
                "Tuesday, a day after the peso fell to a record low.")
    assert label_of(sentence, "Tuesday") == "Tarvin Bank calls extraordinary meeting of its board"
    sentence = ("Electric van sales fell 12.4% in March from a year earlier, the Drovia Association of Carmakers said "
                "on Friday, the third straight monthly decline.")
    assert label_of(sentence, "Friday") == "Electric van sales fall 12.4%"
    # a source that stands inside its clause (the verb after it) or opens a clause of its own is left alone
    sentence = "Its trial reads out in 2027, and its cash runway, the company said in August, lasts into 2028."
    assert label_of(sentence, "August") == "The company says"
    # the date in the phrase after the source is not the clause's date
    assert label_of("About 140 barges are now waiting to pass, the river authority said at 9am, up from 120 on Sunday.",
                    "on Sunday") != "About 140 barges are now waiting to pass"


def test_a_source_named_with_its_initials_in_brackets() -> None:
    sentence = "Lonvik won the rights to stream the matches, the Drovian Football League (DFL) said on Thursday."
    assert label_of(sentence, "Thursday") == "Lonvik wins rights to stream the matches"
    # an aside in brackets that is no initialism leaves the telling as it was (round 68: with what was told)
    sentence = "Lonvik won the rights to stream the matches, the Drovian Football League (in Zurich) said on Thursday."
    assert label_of(sentence, "Thursday") == "Drovian Football League says Lonvik won rights to stream the matches"


def test_a_wire_dateline_with_an_underscore_or_a_bar_is_no_part_of_the_label() -> None:
    sentence = "LINCOLN _ The county created 900 jobs in March, the labour office reported on Friday."
    assert label_of(sentence, "Friday") == "The county creates 900 jobs in March"
    assert label_of(sentence.replace("_", "―"), "Friday") == "The county creates 900 jobs in March"
    # an underscore inside a sentence opens no dateline
    assert label_of("Ferrow Air cut 300 jobs on Friday at its LINCOLN _ plant.", "on Friday") == "Ferrow Air cuts 300 jobs"


def test_a_quotation_in_other_languages_marks_is_what_was_said() -> None:
    sentence = "„The yards are full until the end of the decade“, chief executive Karl Aldorf said at the meeting on 14 May."
    assert label_of(sentence, "14 May") == "Karl Aldorf says “The yards are full until the end of the decade”"
    assert label_of("«We will show a new plan to investors,» Ilse Bellanti said on Monday.", "on Monday") \
        == "Ilse Bellanti says “We will show a new plan to investors”"
    # the same as in English marks; a lone mark (a breadcrumb's "News » Markets") quotes nothing
    assert label_of("“We will show a new plan to investors,” Ilse Bellanti said on Monday.", "on Monday") \
        == "Ilse Bellanti says “We will show a new plan to investors”"
    assert label_of("News » Markets: Orvale Foods cut 200 jobs on Monday.", "on Monday") == "Orvale Foods cuts 200 jobs"


def test_a_live_blog_clock_before_a_colon_is_no_part_of_the_label() -> None:
    sentence = "10:15 a.m. ET: Shop prices were flat in May from April, the Lorvan Statistics Office said this morning."
    assert label_of(sentence, "this morning") == "Shop prices were flat in May from April"
    # a clock time inside the clause opens no stamp
    assert label_of("Orvale Foods cut 200 jobs at 10:15 on Monday.", "on Monday") == "Orvale Foods cuts 200 jobs"


def test_a_source_after_and_tells_its_own_clause() -> None:
    sentence = ("Next up: Orvale has until 10 March to file its plan, and the Drovia Trade Board said this week it is "
                "examining similar rules.")
    assert label_of(sentence, "this week") == "Drovia Trade Board says it is examining similar rules"
    # the date before "and" still dates its own clause
    assert label_of(sentence, "10 March") == "Orvale has to file its plan"
    # a source after a comma alone still gives the clause before it
    assert label_of("Orvale filed its plan with the board, the Drovia Trade Board said this week.", "this week") \
        == "Orvale files plan"
