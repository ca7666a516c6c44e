"""Dated events: which dated expression of a sentence dates its event (round 31, the dev corpora 24-31 read for
event-choice faults). One test per rule, each with what the rule must leave alone. Every sentence is invented
(fictional companies and people)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_dates_inside_a_whole_quoted_utterance_give_way_to_the_narrations_date() -> None:
    # the speaker's "a year ago" and "a month ago" frame the speaker's point; the sentence's event is the rating cut
    got = dates_of('Kettlebrook Capital turned cautious.\n\n"The stock was priced for perfection a year ago and for calm a '
                   'month ago," said Orla Vantreese, an analyst at Kettlebrook Capital, who cut her rating to hold on '
                   'Thursday.', "2031-05-16")
    assert got == [("Thursday", "2031-05-15", "2031-05-15")]
    # a quotation opening after a colon is a whole utterance too
    got = dates_of('Ennis Marlow, asked by text message on Wednesday what he wanted, replied: "I want the board to '
                   'explain Sunday to the owners."', "2031-05-16")
    assert got == [("Wednesday", "2031-05-14", "2031-05-14")]
    # left alone: a plan the speaker tells (a coming date), a quotation that is the sentence's only dated part, and a quoted fragment inside the narration
    got = dates_of('"The two boards will meet next week," Ennis Marlow said on Wednesday.', "2031-05-16")
    assert got == [("Wednesday", "2031-05-14", "2031-05-14"), ("next week", "2031-05-19", "2031-05-23")]
    got = dates_of('"I think by the middle of the week she will be out there campaigning," Ennis Marlow said on Monday.',
                   "2031-05-16")
    assert got == [("Monday", "2031-05-12", "2031-05-12"), ("the middle of the week", "2031-05-13", "2031-05-15")]
    got = dates_of('"We halted the Dunmore line on Monday," said Orla Vantreese.', "2031-05-16")
    assert got == [("Monday", "2031-05-12", "2031-05-12")]
    got = dates_of('Brennock Foods said on Wednesday that it expected to pick a supplier "by the end of the third '
                   'quarter".', "2031-05-16")
    assert got == [("Wednesday", "2031-05-14", "2031-05-14"), ("the third quarter", "2031-09-30", "2031-09-30")]


def test_a_comparison_read_into_the_date_is_the_baseline_of_its_figure() -> None:
    # "11% less than a year earlier": the tagger reads "less than" into the date; the figure before it is compared
    got = dates_of("In the first half of 2029, Dovrecht Barge carried 9.1 million tonnes, 11% less than a year earlier.",
                   "2029-08-02")
    assert got == [("the first half of 2029", "2029-01-01", "2029-06-30")]
    got = dates_of("Pellwick Casinos reported $1.4 billion in revenue in the first half, about $74 million more than a "
                   "year ago, the company said on Tuesday.", "2029-08-02")
    assert got == [("Tuesday", "2029-07-31", "2029-07-31"), ("the first half", "2029-01-01", "2029-06-30")]
    # left alone: an approximate past date with no figure before it
    got = dates_of("Marta Olvenko joined Pellwick Casinos less than a year ago.", "2029-08-02")
    assert got == [("less than a year ago", "2028-01-01", "2028-12-31")]


def test_a_year_in_the_clause_of_a_past_quarter_is_no_figure_of_it() -> None:
    # "contracted in the second quarter of 2031 for the first time since 2023": the year is a date, not a reported
    # figure, so the past act in the quarter places it (and the comparison's year gives way to it)
    got = dates_of("Output at the Brellan smelter contracted in the second quarter of 2031 for the first time since 2023.",
                   "2031-10-14")
    assert got == [("the second quarter of 2031", "2031-04-01", "2031-06-30")]
    # left alone: a figure in the clause still names the period of a reported figure, with the year as before
    got = dates_of("Output at the Brellan smelter fell 4.2 per cent in the second quarter of 2031, its worst since 2023, "
                   "the company said on Monday.", "2031-10-14")
    assert ("the second quarter of 2031", "2031-04-01", "2031-06-30") not in got


def test_a_past_quarter_opening_its_sentence_without_a_comma_dates_the_act_after_it() -> None:
    # "In the first quarter of 2024 Ambrose recalled ...": fronted as with a comma, the act told right after it
    got = dates_of("In the first quarter of 2027 Delvane Medical recalled 600,000 infusion pumps after a software fault.",
                   "2029-09-12")
    assert got == [("the first quarter of 2027", "2027-01-01", "2027-03-31")]
    # left alone: a state in the quarter, a verb of saying, and a reported figure with no act
    assert dates_of("In the third quarter of 2028 orders at Delvane Medical were slow.", "2029-09-12") == []
    assert dates_of("In the third quarter of 2028 Delvane Medical said demand slowed.", "2029-09-12") == []
